// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in session 48:
// - الأحد with the article is Sunday, never the count "one" (that is الواحد; أحد counts without the article: أحد
//   الجنود). Before, مساء الأحد before a subject (اعتقلت مساء الأحد الشرطة التونسية خمسة مهربين) was a count of one
//   right before it: the police were read as the one person arrested, the target, and the event had no doer.
// - an agent's counted form is read only after a count of 11 to 99 also where its singular names the agent itself
//   (%متهما in lexicon/agents.tsv: حكمت المحكمة على 15 متهما); alone it stays the participle "accusing" (متهما
//   إياها). Before, the set of counted forms was the forms whose singular names no agent, so متهما could not be one.
// - a verb phrase that holds its doer (قصف الطيران، قصفت الطائرات) and runs into a list of them (الطيران الروسي
//   والسوري) takes none of the list as its object: before, only a lone doer was kept out of the object, and a list of
//   two was both the doer and the target of each event, which dropped them all. The town attacked stands for its state
//   as the target of each doer not at home there (the Russians in Idlib), and of no one at home (the Syrians).
// - the dual of army (الجيشان، الجيشين) is an army, so the two nationalities after it name two (الجيشان الهندي
//   والباكستاني); before, neither was named.
// - people named by a generic plural of no state's agents going out for a purpose of support (خرج الأنصار لتأييد
//   الرئيس) are a crowd, as a count of people is (args48): a rally. Before, only the support was coded.
// Every expected code and actor was written by hand from the Arabic before the coder ran; the rows not named
// guard_ failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::ProbeRow;

const ProbeRow kCases[] = {
    // Sunday before the subject.
    {"tunisian_police_arrested_smugglers_sunday_evening", "اعتقلت مساء الأحد الشرطة التونسية خمسة مهربين.", "COERCE",
     "173", "TUN/COP", "*/CRM"},
    {"guard_israeli_aircraft_struck_lebanon_sunday_dawn", "قصفت فجر الأحد الطائرات الإسرائيلية مواقع لحزب الله.", "ASSAULT",
     "19", "ISR/MIL", "LBN/*"},
    {"jordanian_police_arrested_protesters_sunday", "اعتقلت يوم الأحد قوات الأمن الأردنية عشرة متظاهرين.", "COERCE", "173",
     "JOR/*", "*/CVL"},
    {"guard_police_arrested_smugglers_monday_evening", "اعتقلت مساء الاثنين الشرطة التونسية خمسة مهربين.", "COERCE",
     "173", "TUN/COP", "*/CRM"},
    {"guard_police_arrested_smugglers_no_date", "اعتقلت الشرطة التونسية خمسة مهربين.", "COERCE", "173", "TUN/COP",
     "*/CRM"},
    // The counted accused.
    {"military_court_sentenced_15_accused", "حكمت محكمة عسكرية على 15 متهما بالسجن.", "ACCUSE", "116", "*/JUD",
     "*/CVL"},
    {"guard_minister_said_accusing_her", "قال الوزير متهما إياها بالتقصير.", "ACCUSE", "11", "*/GOV", nullptr},
    // A doer held by the phrase, and a list of them.
    // (The town attacked stands for its state, Syria, hit by the Russians; the Syrians at home hit no state.)
    {"russian_and_syrian_aviation_bombed_idlib_russian", "قصف الطيران الروسي والسوري مدينة إدلب.", "ASSAULT", "195",
     "RUS/MIL", "SYR/*"},
    {"russian_and_syrian_aviation_bombed_idlib_syrian", "قصف الطيران الروسي والسوري مدينة إدلب.", "ASSAULT", "195",
     "SYR/MIL", ""},
    {"syrian_and_russian_aviation_bombed_aleppo", "قصف الطيران السوري والروسي أحياء حلب الشرقية.", "ASSAULT", "195",
     "RUS/MIL", nullptr},
    {"guard_russian_aviation_bombed_idlib_towns", "قصف الطيران الروسي بلدات في ريف إدلب.", "ASSAULT", "195", "RUS/MIL",
     "SYR/*"},
    {"guard_russian_and_syrian_aircraft_bombed_idlib", "قصفت الطائرات الروسية والسورية مدينة إدلب.", "ASSAULT", "195",
     "SYR/MIL", nullptr},
    // Two armies named by the dual with their two nationalities (agents.tsv: جيشان|جيشين).
    {"indian_and_pakistani_armies_exchanged_fire", "تبادل الجيشان الهندي والباكستاني إطلاق النار على الحدود.", "ASSAULT",
     "19", "IND/MIL", "PAK/MIL"},
    {"sudanese_and_ethiopian_armies_clashed", "اشتبك الجيشان السوداني والإثيوبي في منطقة الفشقة.", "ASSAULT", "19",
     "SDN/MIL", "ETH/MIL"},
    // People named by a plural going out to support someone: a rally.
    {"supporters_went_out_to_back_the_president", "خرج الأنصار لتأييد الرئيس في القاهرة.", "PROTEST", "141", "*/CVL",
     nullptr},
    {"students_went_out_to_support_gaza", "خرج الطلاب لدعم غزة في عمان.", "PROTEST", "141", "*/EDU", nullptr},
    {"retirees_went_out_to_support_teachers", "خرج المتقاعدون لدعم مطالب المعلمين في بيروت.", "PROTEST", "141",
     "*/CVL", nullptr},
    {"guard_soldiers_sent_out_to_support_no_rally", "خرج الجنود لدعم القوات في الجبهة.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_one_young_man_no_rally", "خرج شاب لتأييد المرشح.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_president_went_out_no_rally", "خرج الرئيس لتأييد المرشح.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_worshippers_went_out_to_pray", "خرج المصلون لأداء الصلاة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
};

class Lead48Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead48Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead48Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The count an event gives: the arrested five, not the one Sunday was read as; أحد without the article counts one.
struct CountRow {
  const char* name;
  const char* text;
  const char* event;  // the PLOVER type of the event checked
  int64_t captured;   // its count of the captured, or -1 not checked
  int64_t killed;     // its fatalities, or -1 not checked
};

const CountRow kCountRows[] = {
    {"sunday_is_no_count", "اعتقلت مساء الأحد الشرطة التونسية خمسة مهربين.", "COERCE", 5, -1},
    {"guard_one_of_the_soldiers_killed", "قتل أحد الجنود في هجوم على حاجز عسكري.", "ASSAULT", -1, 1},
};

TEST(Lead48CountTest, CountsTheEvent) {
  for (const CountRow& row : kCountRows) {
    SCOPED_TRACE(row.name);
    bool found = false;
    for (const Event& e : CodeText(row.text, "2024-05-10")) {
      if (e.event != row.event) continue;
      found = true;
      if (row.captured >= 0) {
        EXPECT_EQ(e.captured, row.captured);
      }
      if (row.killed >= 0) {
        EXPECT_EQ(e.fatalities, row.killed);
      }
    }
    EXPECT_TRUE(found);
  }
}

const testing::MentionRow kMentionRows[] = {
    // A count of 11 to 99 before the counted form: the accused (lexicon/agents.tsv, CVL, no state named).
    {"fifteen_accused", "حكمت المحكمة على 15 متهما بالسجن.", "متهما", true, "CVL", "", "CVL", 1},
    // No count: the participle "accusing", no one.
    {"guard_accusing_her", "قال الوزير متهما إياها بالتقصير.", "متهما", false, nullptr, "", "", 0},
    {"guard_accusing_the_government", "خرج النائب متهما الحكومة بالفشل.", "متهما", false, nullptr, "", "", 0},
};

TEST(Lead48MentionTest, CountedAccused) { testing::ExpectMentionRows(kMentionRows); }

}  // namespace
}  // namespace rasad
