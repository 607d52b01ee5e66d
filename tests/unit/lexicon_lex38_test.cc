// Dictionary classes of session 38 (lex38):
//  1. A strike phrase split by a subject in construct: the verb phrase دخل ... في إضراب reads past the genitive of a
//     one-word indefinite generic subject (دخل عمال الموانئ في إضراب شامل: the port workers' strike), and a phrase's
//     rest may run five words (دخل المعتقلون في إضراب مفتوح عن الطعام: a hunger strike, 142, not a general one).
//  2. Lawyers and judges as a group take to the street and strike (تظاهر المحامون، أضرب القضاة): the veto on state
//     agents as protesters keeps the government, the forces and the courts, not the jurists.
//  3. A group of people and a body or building of their sector are two actors, not one named twice: نظم المعلمون وقفة
//     أمام مديرية التربية is the teachers' protest at the directorate (before: no event at all).
//  4. An indefinite sound plural's adjective agrees with it in case, as the definite one does: مسلحون ملثمون is one
//     mention (the masked gunmen), not two actors that leave the kidnapping without a doer; and a sound plural in the
//     other case right after one is neither its adjective nor its genitive but the object (قتل مسلحون مستوطنين:
//     before, one mention, the settlers, and no doer).
//  5. The kin of the detained, the missing and hostages as news names them when they protest (أسر المعتقلين، عائلات
//     الرهائن، أهالي الأسرى): families, CVL; أسر only with the genitive (أسر alone is "captured").
//  6. Palestinian towns news names daily that hunspell-ar also knows as words (نابلس، غزة، دير البلح، بيت لاهيا،
//     مخيم جنين، طمون) are sure names: they give the document its country, so دوما near Nablus is the West Bank's.
//  7. Office holders: Faisal Mekdad left the foreign ministry for the vice presidency in September 2024 and Bassam
//     Sabbagh was foreign minister until the regime fell.
//  8. Camps of 2024-2026 news: the West Bank's (مخيم العين of Nablus, not al-Ain of the Emirates; الدهيشة), Lebanon's
//     (مخيم الرشيدية of Tyre, not Errachidia), Syria's (مخيم الركبان, on the Syrian side of the border), Darfur's
//     (مخيم كلمة), the spelling كادوقلي of Kadugli, and south Lebanon's villages (الطيبة of Marjayoun beside Israel's
//     Tayibe and the West Bank's Taybeh; زبقين، برعشيت).
//  9. The state a group is loyal to (موالية لإيران، الموالية لإيران: a word of loyalty, not of belonging, in the
//     feminine singular after a plural) qualifies the group; neither the loyal word, read as "loyalists", nor the
//     state after it is the target: هاجمت ميليشيات موالية لإيران قاعدة أمريكية hits the American base (before: Iran).
// Every sentence was written for this table (none copied from a corpus) and every expected value was written
// by hand from the Arabic before rasad ran. Rows named guard_ passed before the session's entries and keep the
// readings they protect; every other row failed before them, except those of the pending table, gaps found and not
// closed (they state the right reading).
#include <gtest/gtest.h>

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
    // 1. A strike phrase split by a subject in construct; a hunger strike of five words after the subject.
    {"port_workers_strike", "2025-06-01", "دخل عمال الموانئ في إضراب شامل في ميناء البصرة.", "143", "IRQ/LAB", ""},
    {"detainees_open_hunger_strike", "2025-06-01", "دخل المعتقلون في إضراب مفتوح عن الطعام في سجن عوفر.", "142",
     "*/CVL", ""},
    {"prisoners_open_hunger_strike", "2025-06-01", "دخل الأسرى في إضراب مفتوح عن الطعام في السجون الإسرائيلية.",
     "142", "*/CVL", ""},
    {"guard_hunger_strike", "2025-06-01", "دخل الأسرى في إضراب عن الطعام في سجن النقب.", "142", "*/CVL", ""},
    {"guard_workers_strike", "2025-06-01", "دخل العمال في إضراب شامل في ميناء البصرة.", "143", "IRQ/LAB", ""},
    {"guard_drivers_strike", "2025-06-01", "دخل سائقو الشاحنات في إضراب مفتوح في عمان.", "143", "JOR/CVL", ""},
    // 2. Lawyers and judges protest and strike.
    // (Naming no one it is against: its state's government, coder_tgt21_test.)
    {"lawyers_demonstrate", "2025-06-01", "تظاهر المحامون أمام قصر العدل في تونس.", "141", "TUN/JUD", "TUN/GOV"},
    // (The dismissal, its doer unnamed, is the state's act: the strike is aimed at the government.)
    {"judges_strike", "2025-06-01", "أضرب القضاة في تونس احتجاجا على عزل زملائهم.", "143", "TUN/JUD", "TUN/GOV"},
    {"guard_doctors_strike", "2025-06-01", "أضرب الأطباء في المستشفيات الحكومية في الجزائر.", "143", "DZA/HLH", ""},
    // 3. A group and a body or building of its sector are two actors.
    {"teachers_at_directorate", "2025-06-01", "نظم المعلمون وقفة احتجاجية أمام مديرية التربية في عدن.", "141",
     "YEM/EDU", "YEM/EDU"},
    {"women_teachers_at_directorate", "2025-06-01", "نظمت المعلمات وقفة احتجاجية أمام مديرية التربية في تعز.",
     "141", "YEM/EDU", "YEM/EDU"},
    {"students_at_university", "2025-06-01", "اعتصم الطلبة أمام مبنى الجامعة في الخرطوم.", "141", "SDN/EDU",
     "SDN/EDU"},
    {"guard_gunmen_kill_gunmen", "2025-06-01", "قتلت دورية للأمن العام مسلحين في ريف اللاذقية.", "190", "SYR/COP",
     "SYR/UAF"},
    // 4. The indefinite sound plural's adjective.
    {"masked_gunmen_kidnap", "2025-06-01", "اختطف مسلحون ملثمون ناشطا في طرابلس.", "181", "LBY/UAF", "LBY/CVL"},
    {"guard_masked_gunmen_oblique", "2025-06-01", "اعتقلت الشرطة مسلحين ملثمين في كركوك.", "173", "IRQ/COP", "IRQ/UAF"},
    // (Before, مسلحون مستوطنين was one mention, the settlers, and the killing had no doer.)
    {"gunmen_kill_settlers", "2025-06-01", "قتل مسلحون مستوطنين قرب نابلس.", "190", "PSE/UAF", "ISR/CVL"},
    {"guard_unknown_gunmen", "2025-06-01", "قتل مسلحون مجهولون ثلاثة جنود في درعا.", "190", "SYR/UAF", "SYR/MIL"},
    // 9. The state a group is loyal to qualifies it: no target.
    {"militias_loyal_to_iran", "2025-06-01", "هاجمت ميليشيات موالية لإيران قاعدة أمريكية في شرق سوريا.", "190", "*/UAF",
     "USA/MIL"},
    {"factions_loyal_to_iran_shell", "2025-06-01", "قصفت فصائل مسلحة موالية لإيران قاعدة أمريكية في سوريا.", "194",
     "*/REB", "USA/MIL"},
    {"kataib_hezbollah_loyal_definite", "2025-06-01",
     "هاجمت كتائب حزب الله الموالية لإيران قاعدة عين الأسد في غرب العراق.", "190", "IRQ/REB", "IRQ/*"},
    {"guard_loyalists_arrested", "2025-06-01", "اعتقلت قوات الأمن موالين للنظام السابق في حمص.", "173", "SYR/COP",
     "*/*"},
    // 5. The kin of the detained protest.
    // (Naming no one it is against: its state's government, coder_tgt21_test.)
    {"families_of_detainees", "2025-06-01", "نظمت أسر المعتقلين وقفة احتجاجية في دمشق.", "141", "*/CVL", "SYR/GOV"},
    {"guard_captured_verb", "2025-06-01", "أسر المقاتلون جنديين خلال الهجوم على الموقع.", "181", "*/UAF", "*/MIL"},
    // (Pending until lex40: with the courts after في the lawyers' strike was not coded at all. Its target, since
    // session 65: the arrest, whose doer is not named, is the state's act, so the strike is aimed at the government
    // of the protesters' state, no place read (tgt19's reading, as the judges' row of lexicon_lex38 since session 63).)
    {"lawyers_strike", "2025-06-01", "أضرب المحامون في المحاكم التونسية احتجاجا على اعتقال زميلهم.", "143",
     "TUN/JUD", "TUN/GOV"},
};

class Lex38EventTest : public ::testing::TestWithParam<CodedEventRow> {};

// A counted event of the sentence has the row's CAMEO code, source and target.
TEST_P(Lex38EventTest, CodesTheEvent) {
  const CodedEventRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, x.date)) {
    seen += e.cameo + " " + testing::Describe(e);
    found = found || (testing::Counts(e) && e.cameo == x.cameo &&
                      testing::ActorMatches(x.source, testing::ActorKey(e.source)) &&
                      testing::ActorMatches(x.target, testing::ActorKey(e.target)));
  }
  EXPECT_TRUE(found) << x.name << ": no event " << x.cameo << " " << x.source << " -> " << x.target << " among:\n"
                     << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex38EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

// Pending: gaps found and not closed; each row states the right reading, passes while the gap stays and fails once
// it is closed (then move it to kEvents).
const CodedEventRow kPendingEvents[] = {
    // The strike is read, but the oil fields of "the Libyan south" give it no place, so the workers no country.
    {"oil_workers_strike", "2025-06-01", "دخل عمال النفط في إضراب مفتوح في حقول الجنوب الليبي.", "143", "LBY/LAB",
     ""},
};

class Lex38PendingEventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex38PendingEventTest, IsStillAGap) {
  const CodedEventRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, x.date)) {
    found = found || (testing::Counts(e) && e.cameo == x.cameo &&
                      testing::ActorMatches(x.source, testing::ActorKey(e.source)) &&
                      testing::ActorMatches(x.target, testing::ActorKey(e.target)));
  }
  EXPECT_FALSE(found) << x.name << ": the gap is closed; move the row to kEvents";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex38PendingEventTest, ::testing::ValuesIn(kPendingEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

const NamedActorRow kActors[] = {
    // 5. The kin as one mention (before: only the detained, or the missing, were read).
    {"families_of_hostages", "2025-06-01", "تظاهرت عائلات الرهائن أمام مقر الحكومة في تل أبيب.", "عائلات الرهائن", "",
     "CVL"},
    // 7. Office holders of the last Assad government.
    {"sabbagh_foreign_minister", "2024-10-15", "استقبل وزير الخارجية السوري بسام صباغ نظيره العراقي في دمشق.",
     "بسام صباغ", "SYR", "GOV"},
    {"guard_mekdad_2023", "2023-05-01", "التقى وزير الخارجية السوري فيصل المقداد نظيره السعودي في جدة.",
     "فيصل المقداد", "SYR", "GOV"},
    {"guard_mekdad_after_fall", "2025-03-01", "قال فيصل المقداد إن النظام انهار.", "فيصل المقداد", "SYR", "ELI"},
};

class Lex38ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name stands for the actor of the expected country and sector.
TEST_P(Lex38ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex38ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // 6. Palestinian towns known to hunspell as words give the document its country.
    {"duma_south_of_nablus", "2025-06-01", "هاجم مستوطنون قرية دوما جنوب نابلس.", "دوما", "PSE"},
    {"duma_near_tammun", "2025-06-01", "أحرق مستوطنون منازل في دوما وطمون.", "دوما", "PSE"},
    {"guard_duma_near_ramallah", "2025-06-01", "أحرق مستوطنون منازل في دوما قرب رام الله.", "دوما", "PSE"},
    {"guard_douma_near_damascus", "2025-06-01", "قصفت طائرات مدينة دوما قرب دمشق.", "دوما", "SYR"},
    // 8. Camps of 2024-2026 news the gazetteer lacked or gave to another country, and a spelling of Kadugli.
    {"ein_camp_nablus", "2025-06-01", "اقتحم الجيش الإسرائيلي مخيم العين في نابلس.", "مخيم العين", "PSE"},
    {"rashidieh_camp_tyre", "2025-06-01", "اندلعت اشتباكات في مخيم الرشيدية جنوب لبنان.", "مخيم الرشيدية", "LBN"},
    {"rukban_camp_syria", "2025-06-01", "وصل نازحون إلى مخيم الركبان.", "مخيم الركبان", "SYR"},
    {"kalma_camp_nyala", "2025-06-01", "قصفت قوات الدعم السريع مخيم كلمة قرب نيالا.", "مخيم كلمة", "SDN"},
    {"dheisheh_camp", "2025-06-01", "اعتقل الجيش الإسرائيلي شابين من مخيم الدهيشة.", "مخيم الدهيشة", "PSE"},
    {"kadugli_spelling", "2025-06-01", "قصفت مسيرة مدينة كادوقلي.", "كادوقلي", "SDN"},
    // South Lebanon's villages: الطيبة of Marjayoun beside Israel's Tayibe, and villages the gazetteer lacked.
    {"taybeh_south_lebanon", "2025-06-01", "قصفت مسيرة إسرائيلية بلدة الطيبة في جنوب لبنان.", "الطيبة", "LBN"},
    {"taybeh_ramallah", "2025-06-01", "اقتحم مستوطنون بلدة الطيبة قرب رام الله.", "الطيبة", "PSE"},
    {"guard_tayibe_israel", "2025-06-01", "قتل شاب برصاص الشرطة الإسرائيلية في مدينة الطيبة بالمثلث.", "الطيبة", "ISR"},
    {"zebqine", "2025-06-01", "قصفت مسيرة إسرائيلية بلدة زبقين.", "زبقين", "LBN"},
};

class Lex38PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex38PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex38PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
