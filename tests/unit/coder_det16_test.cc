// Detection of set 16's classes (session 62, det16), beside the other senses of the same words. Wire-style sentences
// written for this table (none copied from a corpus or a gold set), one class per block:
// 1. a march told by a verb of motion: a crowd going, marching or advancing on a place "in a march" (توجه الآلاف إلى
//    القصر في مسيرة، زحف المزارعون نحو العاصمة في مسيرة احتجاجية) marched; troops advancing, a minister walking and
//    pilgrims' processions are no march (guards);
// 2. a gathering with the crowd's coordinated demand (تجمع المئات ... وطالبوا بـ), or a protest named in its clause
//    (احتشد الآلاف ... في اليوم الأول من مسيرة الغضب), is a protest; a gathering with neither stays none (guards);
// 3. a sit-in or a strike declared in a participle (معلنين اعتصاما مفتوحا، معلنين الإضراب) is the crowd's protest;
// 4. a war's cumulative toll (حصيلة القتلى منذ اندلاع الحرب) names no incident, a toll of a named attack does (guards);
//    a protest as the subject of a verb of saying or revealing (احتجاجات الجنوب كشفت، أظهرت الاحتجاجات) is a reading.
// Every expected type and code prefix was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they
// protect.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det16Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det16Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A verb of motion with a march or a demonstration as its manner.
    {"protesters_headed_to_parliament_in_a_march_called_by_the_opposition",
     "توجه آلاف المحتجين نحو مبنى البرلمان في مسيرة دعت إليها أحزاب المعارضة.", "PROTEST", "14", nullptr, nullptr},
    {"farmers_marched_on_the_capital_in_a_march_against_a_decision",
     "زحف مئات المزارعين نحو العاصمة في مسيرة احتجاجية على قرار الحكومة.", "PROTEST", "14", nullptr, nullptr},
    {"students_moved_from_the_campus_to_the_ministry_in_a_demonstration",
     "تحرك مئات الطلاب من حرم الجامعة إلى مقر وزارة التعليم في تظاهرة صاخبة.", "PROTEST", "14", nullptr, nullptr},
    {"thousands_set_off_toward_the_palace_in_marches",
     "اتجه آلاف الشبان صوب القصر الرئاسي في مسيرات متفرقة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_thousands_went_out_in_a_march",
     "خرج آلاف المواطنين في مسيرة نحو مقر الحكومة في العاصمة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_marchers_walked_through_the_streets_demanding",
     "سار آلاف المحتجين في شوارع العاصمة مطالبين بإسقاط الحكومة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_the_minister_walked_in_a_tour_of_the_market",
     "سار وزير التجارة في جولة بين محلات السوق المركزي للاطلاع على الأسعار.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_troops_advanced_toward_the_town",
     "تقدمت قوات الجيش نحو البلدة بعد قصف مدفعي عنيف على مواقع المسلحين.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_pilgrims_walked_in_the_arbaeen_procession",
     "سار ملايين الزوار نحو مدينة كربلاء في مسيرة الأربعين.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (A march the crowd will head to, or goes to join after لـ, is to come, not the manner of its motion.)
    {"guard_students_will_head_to_the_capital_to_join_a_march",
     "قالت النقابة إن آلاف الطلاب سيتوجهون من الأقاليم إلى العاصمة للمشاركة في مسيرة ضد قانون التعليم.", nullptr,
     "", nullptr, nullptr, "PROTEST"},
    {"guard_the_delegation_headed_to_the_capital_on_a_visit",
     "توجه وفد الحكومة إلى العاصمة في زيارة رسمية تستمر يومين.", nullptr, "", nullptr, nullptr, "PROTEST"},

    // 2. A gathering with the crowd's coordinated demand, or a protest named in its clause.
    {"hundreds_gathered_at_the_square_and_demanded_reforms",
     "تجمع مئات الشبان في الساحة الرئيسية بالمدينة وطالبوا بإصلاحات سياسية.", "PROTEST", "14", nullptr, nullptr},
    {"teachers_gathered_before_the_ministry_and_demanded_their_wages",
     "احتشد مئات المعلمين في وسط العاصمة وطالبوا بصرف رواتبهم المتأخرة.", "PROTEST", "14", nullptr, nullptr},
    {"youths_crowded_near_the_wall_on_the_first_day_of_a_march",
     "احتشد آلاف الشبان قرب الجدار الفاصل شمال المدينة في اليوم الأول من مسيرة الغضب.", "PROTEST", "14", nullptr,
     nullptr},
    {"guard_worshippers_gathered_in_the_mosque",
     "احتشد آلاف المصلين في المسجد الكبير لأداء صلاة العيد.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_displaced_gathered_before_the_aid_centre",
     "تجمع مئات النازحين أمام مركز توزيع المساعدات في انتظار الطحين.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_mourners_gathered_and_the_president_demanded_calm",
     "تجمع المعزون أمام منزل العائلة، وطالب الرئيس بضبط النفس.", nullptr, "", nullptr, nullptr, "PROTEST"},

    // 3. A sit-in or a strike declared in a participle.
    {"workers_blocked_the_factory_declaring_an_open_sit_in",
     "أغلق مئات العمال مداخل المصنع معلنين اعتصاما مفتوحا حتى صرف مستحقاتهم.", "PROTEST", "14", nullptr, nullptr},
    {"doctors_left_their_wards_declaring_a_general_strike",
     "غادر الأطباء أقسام المستشفيات الحكومية معلنين الإضراب العام حتى تحسين ظروف العمل.", "PROTEST", "14",
     nullptr, nullptr},

    // 4. A war's cumulative toll is a statistic; a protest's meaning read by analysts is no event.
    {"the_toll_since_the_war_broke_out_passed_a_hundred_thousand",
     "أفادت المنظمة بأن حصيلة القتلى في سوريا منذ بدء النزاع تجاوزت مئة ألف.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"the_civilian_death_count_since_the_invasion_began",
     "أفاد مكتب الأمم المتحدة بأن عدد القتلى المدنيين في أوكرانيا منذ بدء الغزو تجاوز عشرة آلاف.", nullptr, "",
     nullptr, nullptr, "ASSAULT"},
    {"guard_the_toll_of_the_attack_on_the_market_since_the_morning",
     "أفادت الشرطة بأن حصيلة قتلى الهجوم على السوق منذ صباح اليوم ارتفعت إلى عشرين.", "ASSAULT", "1", nullptr,
     nullptr},
    {"guard_the_toll_of_the_market_bombing_rose",
     "أفادت الشرطة بأن حصيلة قتلى انفجار السوق ارتفعت إلى عشرين.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_an_air_strike_killed_ten_since_the_morning",
     "قتل عشرة مدنيين في غارة جوية على بلدة أريحا صباح اليوم.", "ASSAULT", "19", nullptr, nullptr},
    {"researchers_say_the_protests_of_the_south_revealed_the_gap",
     "يقول باحثون إن احتجاجات الجنوب كشفت عمق الأزمة بين المركز والأطراف.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"analysts_said_the_strikes_showed_the_anger_of_the_workers",
     "قال محللون إن إضرابات عمال الموانئ أظهرت حجم الغضب من السياسات الاقتصادية.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_officials_said_protests_broke_out_in_the_south",
     "قال مسؤولون محليون إن احتجاجات اندلعت في مدن الجنوب أمس.", "PROTEST", "14", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det16Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (det16's pending rows, a march against prices, a demand far after سار and a strike ended by workers of a named
// company, are read since det16b: coder_det16b_test.)

}  // namespace
}  // namespace rasad
