// Names and places the recognizer misread, found by round one's helpers of session 65 and fixed as classes, each with
// sentences written for this table (none copied from a corpus; expected values written by hand from the Arabic):
//  1. A state's capital named by a phrase of common words (تل أبيب) was dropped as the bare object of a verb (حماس
//     تضرب تل أبيب), kept only after a preposition of place: the headline's subject became the victim. It is the
//     city wherever it stands, and the state the target of the attack on it.
//  2. صلاة المغرب is the sunset prayer, not Morocco: the definite name after a prayer or its call (word_kinds.tsv
//     prayer: صلاة، صلاتي، أذان) is the prayer's time and names nothing.
//  3. A capital names its state in news (قالت واشنطن): in a document about that state (the strongest country of
//     the document, a tie going to the first named) it weighs 2 like the state's name, so a generic name of the
//     state (?مسلحو الشباب، ?حركة حق) is read with مقديشو or المنامة alone; a capital named by a common word (المنامة
//     "the dream") counts where it is read as the place, after في or as a dateline. A capital named in passing
//     (طهران in a story about Iraq) stays a place and reads no generic name of its state.
//  4. Bare القيادة العامة is Haftar's General Command only in a document about Libya (?@LBY): Sudan's army has its
//     own; and a dual place noun in construct (قريتي، محافظتي، مدينتي) announces its places as the singular does.
// Rows named guard_ passed before the change and keep the readings they protect; every other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::NamedActorRow;
using testing::NamedPlaceRow;
using testing::ProbeRow;

// 1 and 2: the words as written name the place (or none).
TEST(Pend65aPlaceTest, CapitalAsObjectAndPrayerTimes) {
  const testing::PlaceRow rows[] = {
      // 1. The capital named by common words as the object of a verb.
      {"الفصائل تقصف تل أبيب برشقة صاروخية.", "تل أبيب", "Tel Aviv", "ISR"},
      {"ضربت الصواريخ تل أبيب وضواحيها فجر اليوم.", "تل أبيب", "Tel Aviv", "ISR"},
      {"غادر السفير تل أبيب مساء الأحد.", "تل أبيب", "Tel Aviv", "ISR"},
      // Guard: after a preposition of place it was read before.
      {"وصل الوفد الأمريكي إلى تل أبيب.", "تل أبيب", "Tel Aviv", "ISR"},
      // 2. A prayer's time is no place.
      {"قتل مصليان في هجوم على مسجد بعد صلاة المغرب في كراتشي.", "المغرب", "", ""},
      {"رفع أذان المغرب فوق أنقاض المسجد.", "المغرب", "", ""},
      {"أدى الآلاف صلاتي المغرب والعشاء في الساحة.", "المغرب", "", ""},
      // Guards: Morocco after a preposition, a prayer named before it.
      {"عاد الملك إلى المغرب بعد صلاة الجمعة.", "المغرب", "Morocco", "MAR"},
      {"أدى الرئيس صلاة الجمعة في المغرب.", "المغرب", "Morocco", "MAR"},
  };
  testing::ExpectPlaceRows(rows);
}

// 4. A dual place noun announces its first place as the singular does.
const NamedPlaceRow kPlaces[] = {
    {"dual_villages", "2014-02-01", "قصفت الطائرات قريتي الشيخ مسكين والحراك.", "الشيخ مسكين", "SYR"},
    {"guard_dual_provinces", "2011-04-01", "خرجت مظاهرات في محافظتي السويداء ودرعا.", "السويداء", "SYR"},
};

class Pend65aPlaceRowTest : public ::testing::TestWithParam<NamedPlaceRow> {};

TEST_P(Pend65aPlaceRowTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65aPlaceRowTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

// Pending: the second place of a dual joined by و, named by a common word (الحراك "the movement"), is not read: the
// recognizer keeps a weak name's places only after a preposition of place or a place noun, and the place noun's dual
// is known only as a place noun (word_kinds.tsv has no kind for the dual). Each row passes while the place is unread.
const NamedPlaceRow kPendingPlaces[] = {
    {"dual_second_village", "2014-02-01", "قصفت الطائرات قريتي الشيخ مسكين والحراك.", "الحراك", "SYR"},
};

class Pend65aPendingPlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

TEST_P(Pend65aPendingPlaceTest, StillUnread) {
  const NamedPlaceRow& x = GetParam();
  bool read = false;
  testing::ForEachMention(x.text, x.date, [&](const Mention& m, const std::string& words, const Engine& engine) {
    read = read || (m.is_place() && words.find(x.span_text) != std::string::npos &&
                    engine.lexicon().places()[m.place].country == x.country);
  });
  EXPECT_FALSE(read) << x.name << ": now read, move the row to kPlaces";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65aPendingPlaceTest, ::testing::ValuesIn(kPendingPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

// 3 and 4: a generic name read in a document about its state.
const NamedActorRow kActors[] = {
    {"shabaab_mogadishu", "2023-03-01", "هاجم مسلحو الشباب فندقا في مقديشو.", "مسلحو الشباب", "SOM", "REB"},
    {"haq_in_manama", "2011-03-10", "أصدرت حركة حق بيانا في المنامة.", "حركة حق", "BHR", "OPP"},
    {"haq_supporters_in_manama", "2011-03-10", "اعتصم أنصار حركة حق في المنامة.", "حركة حق", "BHR", "CVL"},
    {"haq_manama_dateline", "2011-03-12", "المنامة (رويترز) - دعت حركة حق إلى إضراب عام.", "حركة حق", "BHR", "OPP"},
    {"psu_rabat_dateline", "2024-05-10", "الرباط - دعا الحزب الاشتراكي الموحد إلى وقفة احتجاجية أمام البرلمان.",
     "الحزب الاشتراكي الموحد", "MAR", "PTY"},
    {"morality_police_tehran", "2022-09-20", "اعتقلت شرطة الأخلاق شابة في طهران.", "شرطة الأخلاق", "IRN", "COP"},
    {"guard_lna_benghazi", "2019-04-10", "أعلنت القيادة العامة في بنغازي سيطرتها على مطار طرابلس.", "القيادة العامة",
     "LBY", "MIL"},
};

class Pend65aActorTest : public ::testing::TestWithParam<NamedActorRow> {};

TEST_P(Pend65aActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65aActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

// Words no mention (actor or place) of `country` may contain.
struct NotReadRow {
  const char* name;
  const char* date;
  const char* text;
  const char* span_text;
  const char* country;
};

void PrintTo(const NotReadRow& x, std::ostream* os) { *os << x.name; }

const NotReadRow kNotRead[] = {
    // 2. The sunset prayer in Yemen names no Moroccan actor nor place.
    {"prayer_not_morocco", "2024-03-01", "قتل ثلاثة مصلين في قصف بعد صلاة المغرب في مأرب.", "المغرب", "MAR"},
    // 4. Sudan's General Command, and the sit-in before it, are no Libyan force.
    {"sudan_general_command", "2019-06-05", "تجمع المعتصمون أمام القيادة العامة للقوات المسلحة في الخرطوم.",
     "القيادة العامة", "LBY"},
    {"sudan_sit_in", "2019-06-03", "فضت قوات نظامية اعتصام القيادة العامة في الخرطوم.", "القيادة العامة", "LBY"},
    // Guards of 3: a capital named in passing in a story about another state reads no generic name of its own.
    {"guard_tehran_in_passing", "2022-09-20",
     "قال مسؤول عراقي في بغداد إن شرطة الأخلاق ستنتشر في الأسواق بعد زيارة وزير الداخلية إلى طهران.",
     "شرطة الأخلاق", "IRN"},
    {"guard_manama_in_passing", "2011-03-10",
     "أطلقت حركة حق حملة لجمع التبرعات في غزة بينما وصل وفد فلسطيني إلى المنامة.", "حركة حق", "BHR"},
};

class Pend65aNotReadTest : public ::testing::TestWithParam<NotReadRow> {};

TEST_P(Pend65aNotReadTest, NoMentionOfTheCountry) {
  const NotReadRow& x = GetParam();
  std::string misread;
  testing::ForEachMention(x.text, x.date, [&](const Mention& m, const std::string& words, const Engine& engine) {
    if (words.find(x.span_text) == std::string::npos) return;
    std::string country = m.is_place() ? engine.lexicon().places()[m.place].country : m.country;
    if (country == x.country) misread += words + "\n";
  });
  EXPECT_TRUE(misread.empty()) << x.name << ": read as a mention of " << x.country << ": " << misread;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65aNotReadTest, ::testing::ValuesIn(kNotRead),
                         [](const ::testing::TestParamInfo<NotReadRow>& i) { return std::string(i.param.name); });

// 1. The state of the capital attacked is the target; the headline's subject is the attacker.
const ProbeRow kCases[] = {
    {"brigades_strike_tel_aviv", "كتائب القسام تضرب تل أبيب بصواريخ بعيدة المدى", "ASSAULT", "", "PSE/*", "ISR/*"},
    {"jihad_shells_tel_aviv", "قصفت حركة الجهاد الإسلامي تل أبيب برشقة من الصواريخ", "ASSAULT", "", "PSE/*", "ISR/*"},
    // Guards: a capital of one word was read so before.
    {"guard_houthis_riyadh", "جماعة الحوثي تقصف الرياض بطائرات مسيرة", "ASSAULT", "", "YEM/*", "SAU/*"},
    {"guard_russia_kyiv", "روسيا تقصف كييف بالصواريخ", "ASSAULT", "", "RUS/*", "UKR/*"},
};

class Pend65aCaseTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend65aCaseTest, CodedWithItsActors) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65aCaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
