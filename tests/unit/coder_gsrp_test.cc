// The GSR's false alarms that any analyst reads as no event of the day (session 66): the classes of them a rule of the
// language or of news style separates from the real events of the same shape.
// 1. a protest a call asks its hearers to take part in (دعوة للعمال للمشاركة في إضراب، منشورات تدعو السكان للمشاركة في
//    مسيرة): asked for, not held, as with إلى (دعا إلى المشاركة في) before;
// 2. a clause in the pluperfect (كان، its subject، قد) that counts two months or more back (قبل عدة أشهر، قبل شهرين):
//    what had happened before the news, as one of an earlier year is; a count back alone may date the day's report;
// 3. a clause opened by حيث right after a date of an earlier year (بخلاف انتخابات العام الماضي حيث قتل): what took
//    place then and there;
// 4. "one day, once" (في أحد الأيام، ذات يوم): the undated occasion of a story told, no date of the news; and اليوم
//    after the far demonstrative (في ذلك اليوم) is that day, not today.
// The sentences were written for this table (none copied from a corpus or a gold set); every expected type, code
// prefix and actor was written by hand from the Arabic before the coder ran. An actor is "COUNTRY/SECTOR"; "*" in
// either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded as of 2024-05-10. Rows
// named guard_ pass before and after the session's changes and keep the readings they protect.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class GsrpTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(GsrpTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A call to take part in a protest: the call is made, the protest is only asked for.
    {"a_union_calls_its_members_to_join_a_general_strike",
     "وجهت نقابة المعلمين دعوة لأعضائها للمشاركة في إضراب عام يوم الأحد.", "REQUEST", "02", nullptr, nullptr,
     "PROTEST"},
    {"leaflets_call_residents_to_join_a_march_today",
     "وزع ناشطون منشورات تدعو السكان للمشاركة في مسيرة اليوم ضد غلاء الأسعار.", "REQUEST", "02", nullptr, nullptr,
     "PROTEST"},
    {"a_banner_calls_fellow_students_to_join_a_demonstration",
     "وعلق الطلاب لافتة تدعو زملاءهم للمشاركة في مظاهرة اليوم.", "REQUEST", "02", nullptr, nullptr, "PROTEST"},
    {"parties_appeal_to_citizens_to_take_part_in_the_march",
     "ووجهت الأحزاب نداء للمواطنين بالمشاركة في المسيرة اليوم.", "REQUEST", "02", nullptr, nullptr, "PROTEST"},
    {"guard_workers_took_part_in_a_demonstration_today",
     "شارك آلاف العمال اليوم في مظاهرة أمام مقر الحكومة للمطالبة برفع الأجور.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_call_to_join_a_sit_in_after_ila",
     "أصدر الحزب بيانا يدعو فيه أنصاره إلى الانضمام إلى اعتصام اليوم أمام البرلمان.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_a_strike_held_after_the_call_in_the_next_clause",
     "دعت النقابة أعضاءها للمشاركة في الإضراب، وأضرب آلاف المعلمين اليوم عن العمل.", "PROTEST", "14", nullptr,
     nullptr},

    // 2. The pluperfect with a count of months back: told as what had happened before.
    {"farmers_had_held_a_sit_in_five_months_before",
     "وكان آلاف المزارعين قد اعتصموا أمام مقر المحافظة قبل خمسة أشهر.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"protests_had_broken_out_several_months_before",
     "وكانت احتجاجات قد اندلعت في الجنوب قبل عدة أشهر للمطالبة بفرص العمل.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"demonstrations_had_come_out_in_the_same_town_months_before",
     "وكانت مظاهرات قد خرجت في المدينة نفسها قبل عدة أشهر.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"gunmen_had_kidnapped_engineers_two_months_before",
     "وكان مسلحون قد خطفوا قبل شهرين ثلاثة مهندسين أتراك في المنطقة.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_gunmen_had_attacked_a_checkpoint_yesterday", "وكان مسلحون قد هاجموا أمس حاجزا للجيش قرب المدينة.",
     "ASSAULT", "19", nullptr, nullptr},
    {"guard_workers_had_demonstrated_two_days_before", "وكان آلاف العمال قد تظاهروا قبل يومين أمام البرلمان.",
     "PROTEST", "14", nullptr, nullptr},
    {"guard_gunmen_had_kidnapped_engineers_last_month",
     "وكان مسلحون قد خطفوا الشهر الماضي ثلاثة مهندسين في المنطقة.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_students_demonstrated_three_months_ago_told_plainly",
     "تظاهر مئات الطلاب قبل ثلاثة أشهر أمام وزارة التعليم.", "PROTEST", "14", nullptr, nullptr},

    // 3. A clause of حيث after a date of an earlier year: what took place then.
    {"killings_at_last_year_s_elections_after_haythu",
     "ومرت الانتخابات بهدوء بخلاف انتخابات العام الماضي حيث قتل عشرة أشخاص في هجمات على مراكز الاقتراع.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"a_sit_in_at_a_march_two_years_ago_after_haythu",
     "ويأتي الاحتجاج بعد مسيرة مماثلة في العاصمة قبل عامين حيث اعتصم آلاف الطلاب أمام البرلمان.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_protesters_burned_pictures_where_they_gathered_yesterday",
     "تظاهر الآلاف أمس في الساحة الكبرى حيث أحرقوا صور الرئيس.", "PROTEST", "14", nullptr, nullptr},
    {"guard_gunmen_stormed_the_village_where_they_killed_five", "اقتحم مسلحون القرية حيث قتلوا خمسة مدنيين.",
     "ASSAULT", "19", nullptr, nullptr},

    // 4. A story's day told with no date, and "that day".
    {"a_resident_tells_of_a_shell_one_day", "ويروي أحد السكان أنه في أحد الأيام سقطت قذيفة على منزل جيرانه.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"once_soldiers_stormed_our_house", "وذات يوم اقتحم الجنود منزلنا وضربوا أبي أمام أعيننا.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"a_driver_recalls_blasts_one_day_and_going_out_that_day",
     "ويتذكر السائق أنه في أحد الأيام وقعت أربعة انفجارات في الحي واضطر للخروج في ذلك اليوم أربع مرات.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_a_resident_tells_of_a_shell_yesterday", "ويروي أحد السكان أن قذيفة سقطت أمس على منزل جيرانه.", "ASSAULT",
     "19", nullptr, nullptr},
    {"guard_soldiers_killed_yesterday_at_a_checkpoint", "قتل ثلاثة جنود أمس في هجوم على حاجز قرب المدينة.", "ASSAULT",
     "19", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, GsrpTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // تعد with an attack in the accusative: "prepares an attack" (or "deems it an attack"), no attack made. The same
    // letters are also the passive يُعدّ "is deemed" before a definite event told before (يعد الهجوم الأعنف), which a
    // cue of the word alone would take away: not read.
    {"the_government_prepares_an_offensive", "الحكومة تعد هجوما واسعا على معاقل المتمردين في الشمال.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
};

class GsrpPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(GsrpPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, GsrpPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
