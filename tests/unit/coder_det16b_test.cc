// Detection of the leftovers of sets 15 and 16 (session 62, det16b), beside the other senses of the same words.
// Wire-style sentences written for this table (none copied from a corpus or a gold set), one class per block:
// 1. a crowd's march told by a verb of motion (سار، زحف) whose demand or purpose comes far after the verb, past a long
//    subject and its way, in the verb's own clause; a minister walking, soldiers advancing and pilgrims raising
//    banners are no march (guards);
// 2. a strike ended by its strikers where they are workers of a body named in several words (عمال شركة مصر للحديد
//    والصلب): the ending reaches the strike past the name, no new protest;
// 3. a march against prices (مسيرة احتجاجية على أسعار البذور) is a march: the drone of مسيرة is no attack there;
// 4. a protest noun as the subject of a verb of showing or revealing that opens its clause, what it showed after أنّ
//    (أظهرت الاحتجاجات أن), is a reading, no event;
// 5. a protest whose purpose names a killing by the police (تنديدا بمقتل متظاهرين برصاص قوات الأمن) is a protest: the
//    police are the killers, not its doers; processions with the article and a purpose after them (جابت المواكب
//    شوارع المدينة رفضا للحكم العسكري) march, motorcades and religious processions do not (guards).
// Every expected type and code prefix was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they
// protect. (Its one pending row is read since det17: see the end.)
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det16bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det16bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A march whose demand stands far after its verb of motion.
    {"supporters_marched_from_the_mosque_to_the_governorate_demanding_a_release",
     "سار آلاف من أنصار المعارضة، القادمين من القرى المجاورة، من ساحة الجامع الكبير نحو مبنى المحافظة، رافعين "
     "لافتات ومطالبين بالإفراج عن المعتقلين.",
     "PROTEST", "14", nullptr, nullptr},
    {"peasants_marched_along_the_old_road_to_the_council_demanding_compensation",
     "زحف مئات الفلاحين من قراهم في الريف الجنوبي عبر الطريق الزراعي القديم نحو مقر مجلس المحافظة في المدينة، "
     "مرددين هتافات ومطالبين بتعويضات عن المحاصيل.",
     "PROTEST", "14", nullptr, nullptr},
    // (det16's pending row, moved here: the demand past a long subject and its destination.)
    {"supporters_marched_from_the_mosque_to_the_headquarters_raising_pictures",
     "سار آلاف من أنصار الرئيس المعزول، القادمين من المحافظات، من ساحة المسجد نحو مقر المحكمة الدستورية، رافعين "
     "صوره ومطالبين بعودته.",
     "PROTEST", "14", nullptr, nullptr},
    {"guard_the_minister_walked_through_the_old_city_urging_traders",
     "سار وزير الداخلية في جولة تفقدية بين أحياء المدينة القديمة برفقة المحافظ وعدد من المسؤولين، مطالبا التجار "
     "بالالتزام بالأسعار.",
     nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_soldiers_advanced_on_the_villages_ordering_residents_out",
     "زحف آلاف الجنود من ثكناتهم في الشمال عبر الطرق الجبلية الوعرة نحو مواقع المتمردين قرب الحدود، مطالبين "
     "السكان بإخلاء القرى.",
     nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_pilgrims_walked_to_the_shrine_raising_banners",
     "سار ملايين الزوار من مدينة النجف على الطريق الطويل بين المدينتين نحو مرقد الإمام الحسين في كربلاء، رافعين "
     "الرايات ومرددين الأدعية.",
     nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_marchers_walked_through_the_streets_demanding_at_once",
     "سار مئات الطلاب في شوارع المدينة مطالبين بإلغاء الرسوم الجامعية.", "PROTEST", "14", nullptr, nullptr},

    // 2. A strike ended by workers of a body named in several words.
    {"workers_of_a_named_steel_company_ended_their_strike",
     "أنهى عمال شركة مصر للحديد والصلب إضرابهم بعد الاتفاق على زيادة الأجور.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_workers_of_a_named_fertiliser_company_suspended_their_strike",
     "علق عمال شركة السويس للأسمدة إضرابهم بعد تدخل المحافظ.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (det16's pending row, moved here.)
    {"workers_of_a_named_company_ended_their_strike",
     "أنهى عمال شركة مصر للألمنيوم إضرابهم بعد صرف الحوافز المتأخرة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (A name of two plain nouns and a place: the trade and where the body is.)
    {"workers_of_the_cement_company_of_a_city_ended_their_strike",
     "أنهى عمال شركة أسمنت أسيوط إضرابهم بعد الاتفاق مع الإدارة على صرف العلاوة.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"workers_of_a_textile_mill_of_a_town_ended_their_strike",
     "أنهى عمال مصنع نسيج دمياط إضرابهم بعد صرف الأجور المتأخرة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_workers_of_the_cement_company_of_a_city_declared_a_strike",
     "أعلن عمال شركة أسمنت أسيوط إضرابا عن العمل للمطالبة بصرف العلاوة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_workers_of_the_electricity_company_ended_their_strike",
     "أنهى عمال شركة الكهرباء إضرابهم بعد صرف الرواتب.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_workers_of_a_named_company_declared_a_strike",
     "أعلن عمال شركة مصر للحديد والصلب إضرابا مفتوحا عن العمل احتجاجا على تأخر الأجور.", "PROTEST", "14", nullptr,
     nullptr},

    // 3. A march against prices.
    {"farmers_organised_a_march_against_seed_prices",
     "نظم مئات المزارعين مسيرة احتجاجية على أسعار البذور في وسط المدينة.", "PROTEST", "14", nullptr, nullptr},
    {"fishermen_went_out_in_a_march_against_fuel_prices",
     "خرج مئات الصيادين في مسيرة احتجاجية على أسعار الوقود.", "PROTEST", "14", nullptr, nullptr},
    // (det16's pending row, moved here.)
    {"farmers_marched_on_the_capital_against_fertiliser_prices",
     "زحف مئات المزارعين نحو العاصمة في مسيرة احتجاجية على أسعار الأسمدة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_drone_struck_a_car_on_the_market_road",
     "استهدفت مسيرة إسرائيلية سيارة على طريق السوق في جنوب لبنان.", "ASSAULT", "19", nullptr, nullptr},
    {"guard_a_war_on_prices_is_no_attack",
     "شنت الحكومة حربا على أسعار السلع المرتفعة.", nullptr, "", nullptr, nullptr, "ASSAULT"},

    // 4. A protest noun as the subject of a verb of showing, the verb first.
    {"the_teachers_protests_revealed_that_the_union_is_stronger",
     "وكشفت احتجاجات المعلمين في المدارس الريفية أن النقابة أقوى من الوزارة.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"the_transport_strikes_showed_that_the_government_cannot_talk",
     "أظهرت إضرابات عمال النقل في العاصمة أن الحكومة عاجزة عن الحوار، بحسب محللين.", nullptr, "", nullptr,
     nullptr, "PROTEST"},
    {"guard_the_recent_protests_showed_that_the_street_lost_trust",
     "أظهرت الاحتجاجات الأخيرة أن الشارع فقد ثقته بالأحزاب التقليدية، بحسب محللين.", nullptr, "", nullptr,
     nullptr, "PROTEST"},
    {"guard_sources_revealed_that_protests_broke_out",
     "كشفت مصادر أمنية أن احتجاجات اندلعت في ثلاث مدن أمس.", "PROTEST", "14", nullptr, nullptr},

    // 5. A protest whose purpose names a killing by state agents: they are the killers, not the protesters.
    {"demonstrations_condemning_the_killing_of_students_by_security_forces",
     "انطلقت مظاهرات في مدينة الأبيض تنديدا بمقتل طلاب برصاص قوات الأمن.", "PROTEST", "14", nullptr, nullptr},
    {"guard_marchers_went_out_protesting_the_killing_of_a_youth_by_police",
     "خرجت مسيرات في أحياء المدينة احتجاجا على مقتل شاب برصاص الشرطة.", "PROTEST", "14", nullptr, nullptr},
    // (det15's and det15b's pending rows, moved here.)
    {"processions_in_atbara_condemning_the_killing_of_protesters",
     "انطلقت مواكب في مدينة عطبرة تنديدا بمقتل متظاهرين برصاص قوات الأمن.", "PROTEST", "141", nullptr, nullptr},
    {"processions_condemning_the_killing_of_students_by_police",
     "انطلقت مواكب في مدينة عطبرة تنديدا بقتل طالبين برصاص الشرطة.", "PROTEST", "141", nullptr, nullptr},
    // (The processions with the article, the subject of a verb of occurrence, their purpose after them.)
    {"the_processions_set_off_demanding_civilian_rule",
     "انطلقت المواكب من أحياء أم درمان مطالبة بالحكم المدني.", "PROTEST", "141", nullptr, nullptr},
    {"the_committees_ran_the_processions_condemning_the_repression",
     "سيرت لجان المقاومة المواكب في أحياء الخرطوم تنديدا بالقمع.", "PROTEST", "141", nullptr, nullptr},
    // (det15's pending row, moved here.)
    {"the_processions_roamed_atbara_rejecting_military_rule",
     "جابت المواكب شوارع مدينة عطبرة رفضا للحكم العسكري.", "PROTEST", "141", nullptr, nullptr},
    {"guard_the_official_motorcades_passed_through_the_capital",
     "مرت المواكب الرسمية في شوارع العاصمة استعدادا لاستقبال الرئيس.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_husseini_processions_set_off_in_karbala",
     "انطلقت المواكب الحسينية في كربلاء إحياء لذكرى عاشوراء.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_police_gathered_before_parliament",
     "تجمعت قوات الشرطة أمام مبنى البرلمان قبل بدء الجلسة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_security_forces_shot_at_demonstrators",
     "أطلقت قوات الأمن الرصاص على متظاهرين في وسط المدينة.", "ASSAULT", "1", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det16bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (det16b's pending row, workers of a mill of a town the gazetteer does not know ending their strike, is read since
// det17, whose ending reads the phrase from the verb that opens the clause: coder_det17_test.)

}  // namespace
}  // namespace rasad
