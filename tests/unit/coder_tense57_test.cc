// Recalled events (session 57, tense): an analyst codes a report's new event, not the history it recalls. Most of the
// GSR's ASSAULT and PROTEST false alarms tell a real act the GSR does not count because the report recalls it. Of the
// marks of a recalled event in Arabic news, this table holds the ones the coder reads and the ones still missing, in
// wire-style sentences written for it (none copied from a corpus or a gold set), one class per block:
// 1. a date of an earlier year told with the event (اختطف مسلحون عاملا العام الماضي، في السنة الماضية، العام المنصرم):
//    a shift of relative_dates.tsv in years places the event before the report's news; it is background, no event, as
//    a year well before the news is (LongPastYear, mood34). The date is the event's only where no verb of another
//    clause, no other trigger and no comma stand between them (reporting.cc, Background);
// 2. guards: new events told beside such a date (a recent date in the clause, a date of another noun or another
//    verb's, منذ العام الماضي opening a period up to now) stay news;
// 3. pending: the pluperfect (وكان مسلحون قد هاجموا) and سبق أن with no date of an earlier year are not yet read as
//    recalled; the GSR's own items with a pluperfect are news as often as not (their clause then has a recent date).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Tense57Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tense57Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A date of an earlier year told with the event: recalled, no event.
    {"gunmen_abducted_twelve_workers_in_the_delta_last_year",
     "اختطف مسلحون مجهولون اثني عشر عاملا أجنبيا في ولاية دلتا النيجر العام الماضي.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"a_journalist_was_killed_by_a_sniper_in_aleppo_last_year",
     "قتل صحفي سوري برصاص قناص في مدينة حلب في السنة الماضية.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"a_bomber_blew_himself_up_in_a_quetta_market_last_year",
     "فجر انتحاري نفسه وسط سوق شعبي في مدينة كويتا الباكستانية العام الماضي.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"an_aid_convoy_came_under_armed_attack_in_darfur_last_year",
     "تعرضت قافلة إغاثة لهجوم مسلح في إقليم دارفور العام المنصرم.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"thirty_red_crescent_workers_were_kidnapped_in_mosul_last_year",
     "تم اختطاف ثلاثين من موظفي الهلال الأحمر في مدينة الموصل العام الفائت.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"thousands_of_students_demonstrated_in_rabat_last_year",
     "تظاهر آلاف الطلاب في شوارع الرباط العام الماضي للمطالبة بإصلاح التعليم.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"hundreds_of_workers_sat_in_before_the_company_in_sfax_last_year",
     "اعتصم مئات العمال أمام مقر الشركة في مدينة صفاقس في السنة الماضية.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},

    // 2. New events told beside a date of an earlier year: news all the same.
    {"guard_gunmen_killed_three_soldiers_at_a_checkpoint_near_arish",
     "قتل مسلحون ثلاثة جنود في هجوم على حاجز أمني قرب مدينة العريش.", "ASSAULT", "", nullptr, "*/MIL"},
    {"guard_gunmen_killed_two_policemen_yesterday_in_a_town_attacked_last_year",
     "قتل مسلحون أمس شرطيين اثنين في مدينة كركوك التي شهدت هجمات مماثلة العام الماضي.", "ASSAULT", "", nullptr,
     nullptr},
    {"guard_teachers_demonstrated_against_a_law_parliament_passed_last_year",
     "تظاهر آلاف المعلمين في عمان احتجاجا على قانون أقره البرلمان العام الماضي.", "PROTEST", "14", nullptr, nullptr},
    {"guard_students_demonstrated_over_the_killing_of_a_classmate_last_year",
     "تظاهر مئات الطلاب في مدينة صفاقس احتجاجا على مقتل زميل لهم العام الماضي.", "PROTEST", "14", nullptr, nullptr},
    {"guard_employees_sat_in_over_salaries_frozen_since_last_year",
     "اعتصم مئات الموظفين أمام وزارة المالية في الرباط احتجاجا على تجميد رواتبهم منذ العام الماضي.", "PROTEST", "14",
     "MAR/*", nullptr},
    {"guard_police_fired_on_protesters_yesterday_over_last_years_election",
     "أطلقت الشرطة الكينية أمس النار على محتجين في نيروبي رفضوا نتائج انتخابات العام الماضي.", "ASSAULT", "", "KEN/COP",
     nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tense57Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. بارزا "prominent" between the act and the date is read as a verb only (بارز "to duel"), a verb of another
    //    clause: the date is not taken for the assassination's, told after the report's new arrest.
    {"police_arrested_a_man_gunmen_assassinated_a_prominent_judge_last_year",
     "اعتقلت الشرطة العراقية أمس رجلا في البصرة. واغتال مسلحون قاضيا بارزا في المدينة العام الماضي.", "COERCE", "17",
     nullptr, nullptr, "ASSAULT"},
    // 3. The pluperfect with no date of an earlier year (وكان مسلحون قد هاجموا ... قبل أشهر) after the report's new event:
    //    the earlier attack is still coded as an event of its own.
    {"police_arrested_suspects_after_gunmen_had_attacked_the_station_months_ago",
     "اعتقلت الشرطة أمس ثلاثة مشتبه بهم في مدينة بنغازي، وكان مسلحون قد هاجموا مركز الشرطة في المدينة قبل عدة أشهر.",
     "COERCE", "17", nullptr, nullptr, "ASSAULT"},
    // 3. سبق أن "it happened before that": the act it tells is recalled, beside the report's new one.
    {"villagers_demonstrated_yesterday_settlers_had_attacked_the_village_before",
     "تظاهر أهالي قرية المغير أمس ضد الاستيطان، وسبق أن هاجم مستوطنون القرية وأحرقوا حقولها.", "PROTEST", "14",
     nullptr, nullptr, "ASSAULT"},
};

class Tense57PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tense57PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Tense57PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
