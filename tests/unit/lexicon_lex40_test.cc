// Dictionary classes of session 40 (lex40):
//  1. The indefinite accusative of agent nouns, the object of an arrest or a killing (اعتقلت الشرطة مدونا، كاهنا،
//     مستثمرا، منشقا): the singular's on its line, the broken plural's on a line of its own (ثوارا), as جنديا and
//     جنودا were; and a demonym's broken plural (سياحا ألمانا، أفغانا، أكرادا، هنودا). Before, the object was no one
//     (or had no country) and the arrest had no target. (عمالا is held back: pending.)
//  2. Writers and poets (ELI, as intellectuals), artists, singers and athletes (CVL) and content creators (MED, as
//     bloggers): people named as detainees and victims who were no one before (اعتقلت السلطات شاعرا، قتل فنان،
//     القبض على بلوغر). كاتب الدولة, a minister of the Maghreb, is GOV.
//  3. A word in ان is a dual, two victims, only when its stem is a singular its line knows (جنديان) or it is a
//     feminine dual (صحفيتان): a broken plural (شبان، رهبان) or a singular (فنان) counted two before.
//  4. The town in construct after an object that stands after a preposition of place (في سوق دمشق، في مستشفى
//     حمص) is the event's place: the building is no place of its own. Before, the event had no place, and its
//     actors no country, when the object was not the event's argument (lex39's pending rows).
//  5. People who strike in the state body they work in (أضرب المحامون في المحاكم، الموظفون في الوزارات) are the
//     strikers, of the body's country: before, the body stood for them, and a body does not protest (no event).
//  6. Muslims, Hindus and Buddhists named as a community with the article (REL, as the Christians and the Shia),
//     foreign solidarity activists (متضامنين أجانب, CVL), the municipal worker (عامل بلدية, LAB); and Xinjiang and
//     Tibet, China's regions the gazetteer lacked.
// Every sentence was written for this table (none copied from a corpus) and every expected value was written
// from the Arabic. Rows named guard_ passed before the session's change and keep the readings they protect; every
// other row failed before it, except those of the pending table, gaps found and not closed (they state the right
// reading).
#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;
using testing::NamedActorRow;
using testing::NamedPlaceRow;

const CodedEventRow kEvents[] = {
    // 1. The indefinite accusative of agent nouns.
    {"blogger_accusative_arrested", "2025-06-01", "اعتقلت السلطات الجزائرية مدونا في مدينة وهران.",
     "173", "DZA/GOV", "DZA/MED"},
    {"priest_accusative_kidnapped", "2025-06-01", "خطف مسلحون كاهنا في نيجيريا.", "181", "*/UAF", "NGA/REL"},
    {"investor_accusative_detained", "2025-06-01", "اعتقلت الشرطة التركية مستثمرا في إسطنبول.",
     "173", "TUR/COP", "TUR/BUS"},
    {"defector_accusative_arrested", "2025-06-01", "اعتقلت المخابرات السورية منشقا في ريف دمشق.",
     "173", "SYR/SPY", "SYR/OPP"},
    // (The accusative of a demonym's broken plural: سياحا ألمانا.)
    {"german_tourists_kidnapped", "2025-06-01", "اختطف مسلحون سياحا ألمانا في شمال مالي.", "181", "*/UAF", "DEU/CVL"},
    {"afghan_migrants_arrested", "2025-06-01", "اعتقلت الشرطة الإيرانية مهاجرين أفغانا في طهران.",
     "173", "IRN/COP", "AFG/REF"},
    // 2. Writers, artists and content creators.
    {"poet_arrested", "2025-06-01", "اعتقلت السلطات الإيرانية شاعرا في مدينة مشهد.", "173", "IRN/GOV", "IRN/ELI"},
    {"writer_assassinated", "2025-06-01", "اغتال مسلحون كاتبا معارضا في البصرة.", "18", "*/UAF", "IRQ/ELI"},
    {"artist_killed_in_air_strike", "2025-06-01", "قتل فنان فلسطيني في غارة إسرائيلية على خان يونس.",
     "19", "ISR/*", "PSE/CVL"},
    {"singer_arrested", "2025-06-01", "اعتقلت الشرطة العراقية مطربا في بغداد.", "173", "IRQ/COP", "IRQ/CVL"},
    {"blogger_loanword_arrested", "2025-06-01", "ألقت الشرطة المصرية القبض على بلوغر في الإسكندرية.",
     "173", "EGY/COP", "EGY/MED"},
    {"content_creator_arrested", "2025-06-01", "اعتقلت السلطات الكويتية صانعة محتوى بتهمة خدش الحياء.",
     "173", "KWT/GOV", "KWT/MED"},
    // 6. Communities, solidarity activists and a municipal worker.
    {"solidarity_activists_attacked", "2025-06-01", "اعتدى مستوطنون على متضامنين أجانب في الخليل.",
     "18", "ISR/CVL", "*/CVL"},
    {"muslims_detained_in_xinjiang", "2025-06-01", "اعتقلت السلطات الصينية عشرات المسلمين في إقليم شينجيانغ.",
     "173", "CHN/GOV",
     "CHN/REL"},
    {"hindus_attacked", "2025-06-01", "هاجم متطرفون الهندوس في شمال بنغلاديش.", "19", "*/UAF", "BGD/REL"},
    {"municipal_worker_wounded", "2025-06-01", "أصيب عامل بلدية برصاص مستوطن في نابلس.", "19", "ISR/CVL", "PSE/LAB"},
    {"monks_accusative_arrested", "2025-06-01", "اعتقلت الشرطة رهبانا في التبت.", "173", "CHN/COP", "CHN/REL"},
    // 4. The town after a located object is the event's place (lex39's pending rows, and more objects).
    {"young_men_in_damascus_market", "2025-06-01", "اعتقلت قوات الأمن شبانا في سوق دمشق.", "173", "SYR/COP", "SYR/CVL"},
    {"young_men_in_baghdad_mosques", "2025-06-01", "اعتقلت الشرطة شبانا في مساجد بغداد.", "173", "IRQ/COP", "IRQ/CVL"},
    {"paramedics_in_homs_hospital", "2025-06-01", "اعتقلت قوات الأمن مسعفين في مستشفى حمص.",
     "173", "SYR/COP", "SYR/HLH"},
    {"students_in_mosul_school", "2025-06-01", "اعتقلت قوات الأمن طلابا في مدرسة الموصل.", "173", "IRQ/COP", "IRQ/EDU"},
    {"guard_port_of_hodeidah", "2025-06-01", "اعتقلت قوات الأمن صيادين في ميناء الحديدة.", "173", "YEM/COP", "YEM/AGR"},
    // 5. Strikers in the state body they work in.
    {"lawyers_strike_in_courts", "2025-06-01", "أضرب المحامون في المحاكم احتجاجا على الرسوم القضائية الجديدة.",
     "143", "*/JUD",
     nullptr},
    {"employees_strike_in_ministries", "2025-06-01", "أضرب الموظفون في الوزارات العراقية للمطالبة بصرف رواتبهم.",
     "143", "IRQ/LAB",
     nullptr},
    {"doctors_strike_in_health_ministry", "2025-06-01", "أضرب الأطباء في وزارة الصحة اللبنانية.",
     "143", "LBN/HLH", nullptr},
    {"guard_teachers_strike_in_schools", "2025-06-01", "أضرب المعلمون في المدارس الحكومية بالأردن.",
     "143", "JOR/EDU", nullptr},
    {"guard_lawyers_strike_before_courts", "2025-06-01", "أضرب المحامون أمام المحاكم في تونس.",
     "143", "TUN/JUD", nullptr},
};

class Lex40EventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex40EventTest, CodesTheEvent) { testing::ExpectCodedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex40EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

// Pending: gaps found and not closed; each row states the right reading, passes while the gap stays and fails once
// it is closed (then move it to kEvents).
const CodedEventRow kPendingEvents[] = {
    // عمالا, the accusative of the workers' broken plural, is held back (agents.tsv): the object is no one.
    {"workers_accusative_arrested", "2025-06-01", "اعتقلت قوات الأمن عمالا مضربين في مدينة عدن.",
     "173", "YEM/COP", "YEM/LAB"},
    // A ministry named with its seat (وزارة الصحة في غزة) reports a killing with no place of its own: the seat is
    // the place, and the people killed are Palestinians; the seat is inside the ministry's name, no place mention.
    {"killed_reported_by_ministry_in_gaza", "2025-06-01", "أعلنت وزارة الصحة في غزة مقتل 30 شخصا.",
     "19", nullptr, "PSE/CVL"},
};

class Lex40PendingEventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex40PendingEventTest, IsStillAGap) {
  const CodedEventRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  std::string seen;
  EXPECT_FALSE(testing::HasCodedEvent(x, &seen)) << x.name << ": the gap is closed; move the row to kEvents";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex40PendingEventTest, ::testing::ValuesIn(kPendingEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

// 3. A killing and the number killed its victims' noun gives: 0 for none (a plural of no number).
struct KilledCountRow {
  const char* name;
  const char* text;
  int64_t killed;
};

void PrintTo(const KilledCountRow& x, std::ostream* os) { *os << x.name; }

const KilledCountRow kKilledCounts[] = {
    {"young_men_no_count", "قتل شبان فلسطينيون في غارة على جباليا.", 0},
    {"monks_no_count", "قتل رهبان في هجوم على دير في شمال العراق.", 0},
    {"one_artist", "قتل فنان في قصف على مدينة صور.", 1},
    {"guard_two_soldiers", "قتل جنديان إسرائيليان في كمين بجنوب لبنان.", 2},
    {"guard_two_women_journalists", "قتلت صحفيتان في قصف على رفح.", 2},
};

class Lex40KilledCountTest : public ::testing::TestWithParam<KilledCountRow> {};

// A counted ASSAULT event of the sentence has the row's fatalities (none for 0).
TEST_P(Lex40KilledCountTest, CountsTheVictims) {
  const KilledCountRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  std::string seen;
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2025-06-01")) {
    seen += testing::Describe(e) + " killed " + (e.fatalities ? std::to_string(*e.fatalities) : "none") + "\n";
    if (!testing::Counts(e) || e.event != "ASSAULT") continue;
    found = found || (x.killed == 0 ? !e.fatalities.has_value() : e.fatalities == x.killed);
  }
  EXPECT_TRUE(found) << x.name << ": no ASSAULT with " << x.killed << " killed among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex40KilledCountTest, ::testing::ValuesIn(kKilledCounts),
                         [](const ::testing::TestParamInfo<KilledCountRow>& i) { return std::string(i.param.name); });

const NamedActorRow kActors[] = {
    // 2. A minister of the Maghreb, and writers as intellectuals.
    {"secretary_of_state_maghreb", "2025-06-01", "استقبل كاتب الدولة المغربي المكلف بالخارجية السفير الفرنسي.",
     "كاتب الدولة", "MAR", "GOV"},
    {"novelist_woman", "2025-06-01", "منعت السلطات روائية مصرية من السفر.", "روائية", "EGY", "ELI"},
};

const NamedPlaceRow kPlaces[] = {
    // 6. China's western regions.
    {"xinjiang", "2025-06-01", "فرضت واشنطن عقوبات على مسؤولين صينيين في شينجيانغ.", "شينجيانغ", "CHN"},
    {"tibet", "2025-06-01", "تظاهر رهبان بوذيون في إقليم التبت.", "التبت", "CHN"},
};

class Lex40PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex40PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex40PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

class Lex40ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name stands for the actor of the expected country and sector.
TEST_P(Lex40ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex40ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
