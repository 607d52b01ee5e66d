// Detection of set 15's classes (session 61, det15): the shapes of protest and attack news of 2019-2026 the coder
// missed or read wrongly, beside the other senses of the same words. Wire-style sentences written for this table
// (none copied from a corpus or a gold set), one class per block:
// 1. Sudan's word for a protest march, موكب / مواكب: a march where the context shows a protest (an adjective of
//    rejecting, opposing or demanding, a word of protest purpose or of demanding after it); a motorcade, the target
//    of an attack or a president's convoy, is none (guards);
// 2. a crowd returning to the streets or the squares (عاد إلى الشوارع) protests again, as one going out (خرج) does;
//    life, calm or traffic returning to the streets is none (guards);
// 3. a religious procession (the Arbaeen walk, مسيرة الأربعين) is no march of protest;
// 4. a strike or a sit-in suspended, stopped or lifted (علق، أوقف، فك، رفع) names no new protest;
// 5. a ship seized with its crew held is a hijacking; (pending) drones striking, before a relative clause;
// 6. chants against someone are a protest (guards); (pending) chants with no word of protest against.
// Every expected type and code prefix was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they
// protect. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det15Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det15Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. موكب: a procession qualified by a protester's adjective, or with a demand after it, is a march.
    {"protesters_went_out_in_processions_rejecting_military_rule",
     "خرج آلاف المحتجين في مواكب رافضة للحكم العسكري في مدن العاصمة الثلاث.", "PROTEST", "141", nullptr, nullptr},
    {"resistance_committees_ran_processions_opposing_the_coup",
     "سيرت لجان المقاومة مواكب مناهضة للانقلاب في أحياء الخرطوم بحري.", "PROTEST", "141", nullptr, nullptr},
    {"neighbourhood_committees_ran_a_procession_rejecting_the_settlement",
     "سيرت تنسيقيات الأحياء موكبا رافضا للتسوية مع العسكر في بحري.", "PROTEST", "141", nullptr, nullptr},
    {"processions_set_off_in_atbara_demanding_retribution",
     "انطلقت مواكب في مدينة عطبرة مطالبة بالقصاص للشهداء.", "PROTEST", "141", nullptr, nullptr},
    // Taking part in processions (plural: the motorcade is one), and processions named by the revolution's days.
    {"hundreds_took_part_in_processions_rejecting_the_settlement",
     "شارك المئات في مواكب رافضة للتسوية في مدينة بحري.", "PROTEST", "141", nullptr, nullptr},
    {"thousands_took_part_in_the_21_october_processions",
     "شارك الآلاف في مواكب 21 أكتوبر في الخرطوم.", "PROTEST", "141", nullptr, nullptr},
    {"the_30_june_processions_went_out_in_sudans_cities",
     "خرجت مواكب 30 يونيو في مدن السودان.", "PROTEST", "141", nullptr, nullptr},
    {"guard_pilgrims_took_part_in_the_husseini_processions",
     "شارك آلاف الزوار في المواكب الحسينية في كربلاء.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // A motorcade or a convoy, as the target of an attack or arriving, is no protest.
    {"guard_gunmen_fired_on_the_governors_motorcade",
     "أطلق مسلحون النار على موكب والي شمال دارفور قرب مدينة الفاشر.", "ASSAULT", "", nullptr, nullptr, "PROTEST"},
    {"guard_an_assassination_attempt_targeted_the_ministers_motorcade",
     "نجا وزير الداخلية من محاولة اغتيال استهدفت موكبه في بغداد.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_presidents_motorcade_arrived_at_the_palace",
     "وصل موكب الرئيس إلى القصر الجمهوري وسط إجراءات أمنية مشددة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_tear_gas_on_a_protest_procession",
     "أطلقت قوات الأمن الغاز المسيل للدموع على موكب احتجاجي في الخرطوم.", "ASSAULT", "", nullptr, nullptr},

    // 2. Back in the streets: a crowd as subject, or a demand or chants against after the verb.
    {"protesters_returned_to_the_streets_of_beirut_chanting_against",
     "عاد آلاف المحتجين إلى شوارع بيروت مرددين هتافات ضد الطبقة السياسية.", "PROTEST", "141", nullptr, nullptr},
    {"demonstrators_returned_to_the_street_in_baghdad_to_demand",
     "عاد المتظاهرون إلى الشارع في بغداد للمطالبة بإقالة الحكومة.", "PROTEST", "141", nullptr, nullptr},
    {"protesters_returned_to_tahrir_square",
     "عاد المحتجون إلى ساحة التحرير في بغداد مساء الجمعة.", "PROTEST", "141", nullptr, nullptr},
    {"demonstrators_returned_to_martyrs_square_in_tripoli",
     "عاد المتظاهرون إلى ميدان الشهداء في طرابلس للمطالبة برحيل الحكومة.", "PROTEST", "141", nullptr, nullptr},
    {"baghdad_saw_the_protesters_return_to_the_streets",
     "شهدت بغداد مساء الجمعة عودة المحتجين إلى الشوارع بعد أسابيع من الهدوء.", "PROTEST", "141", nullptr, nullptr},
    {"guard_tripoli_saw_life_return_to_the_streets",
     "شهدت طرابلس عودة الحياة إلى الشوارع بعد رفع حظر التجول.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_life_returned_to_the_streets",
     "عادت الحياة إلى شوارع المدينة بعد رفع حظر التجول.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_calm_returned_to_the_streets_of_tripoli",
     "عاد الهدوء إلى شوارع طرابلس بعد اشتباكات ليلية.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_traffic_returned_to_the_streets",
     "عادت حركة السير إلى شوارع العاصمة بعد رفع الحواجز.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_displaced_returned_to_the_streets_of_their_town",
     "عاد النازحون إلى شوارع بلدتهم المدمرة بعد انسحاب القوات.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_students_took_to_the_streets",
     "خرج آلاف الطلاب إلى الشوارع في العاصمة التونسية.", "PROTEST", "141", nullptr, nullptr},

    // 3. The Arbaeen walk is a pilgrimage, no march of protest; a march against corruption on the same road is one.
    {"pilgrims_took_part_in_the_arbaeen_walk",
     "شارك ملايين الزوار في مسيرة الأربعين نحو مدينة كربلاء.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"the_arbaeen_walk_set_off_from_basra",
     "انطلقت مسيرة الأربعين من البصرة نحو كربلاء بمشاركة مئات الآلاف.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_a_march_against_corruption_to_karbala",
     "سار آلاف المحتجين في مسيرة من النجف إلى كربلاء احتجاجا على الفساد.", "PROTEST", "14", nullptr, nullptr},
    {"guard_workers_organised_a_march_against_high_prices",
     "نظم آلاف العمال مسيرة في الدار البيضاء احتجاجا على غلاء الأسعار.", "PROTEST", "14", nullptr, nullptr},

    // 4. A strike or a sit-in suspended, stopped or lifted: the end of a protest, no new one.
    {"teachers_suspended_a_strike_that_lasted_three_weeks",
     "علق المعلمون إضرابا استمر ثلاثة أسابيع بعد وعود من وزارة التربية.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (أوقف over the strikers' strike is its ending, not an arrest.)
    {"cleaners_stopped_their_strike_no_arrest",
     "أوقف عمال النظافة إضرابهم المفتوح بعد صرف رواتبهم المتأخرة.", nullptr, "", nullptr, nullptr, "COERCE"},
    {"the_doctors_union_lifted_the_sit_in",
     "أعلنت نقابة الأطباء رفع الاعتصام بعد الاستجابة لمطالبها.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"the_labour_union_suspended_the_general_strike_in_transport",
     "أعلن اتحاد الشغل تعليق الإضراب العام في قطاع النقل بعد اتفاق مع الحكومة.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    // (An act told with the ending is still read on its own trigger.)
    {"guard_sit_in_ended_after_security_forces_arrested_ten",
     "فك المعتصمون اعتصامهم بعد أن اقتحمت قوات الأمن ساحة الاعتصام واعتقلت عشرة منهم.", "COERCE", "17", nullptr,
     nullptr},
    {"guard_dockers_went_on_strike_in_protest",
     "أضرب عمال الموانئ في ميناء بورتسودان عن العمل احتجاجا على خصخصة الميناء.", "PROTEST", "143", nullptr, nullptr},

    // 5. A vessel seized with its crew held: the crew are hostages (181); the vessel alone is property seized (171).
    {"gunmen_seized_a_cargo_ship_and_held_its_crew",
     "استولى مسلحون على سفينة شحن في خليج عدن واحتجزوا طاقمها.", "ASSAULT", "181", nullptr, nullptr},
    {"pirates_held_a_fishing_boat_and_its_crew",
     "احتجز قراصنة صوماليون سفينة صيد إيرانية واحتجزوا طاقمها قبالة سواحل بونتلاند.", "ASSAULT", "181", nullptr,
     nullptr},
    {"guard_the_navy_seized_a_tanker_for_smuggling",
     "احتجزت البحرية الإيرانية ناقلة نفط أجنبية في مضيق هرمز بتهمة تهريب الوقود.", "COERCE", "171", nullptr, nullptr,
     "ASSAULT"},
    // Drones as the striking subject, and marches named مسيرات, stay apart.
    {"guard_drones_struck_a_base_in_northern_israel",
     "ضربت مسيرات أطلقت من الأراضي اللبنانية قاعدة عسكرية في شمال إسرائيل.", "ASSAULT", "195", nullptr, nullptr},
    {"guard_students_marches_are_no_drones",
     "نظم الطلاب مسيرات في جامعات القاهرة تضامنا مع غزة.", "PROTEST", "141", nullptr, nullptr, "ASSAULT"},

    // 6. Chants against someone are the chanters' protest; fans cheering their team are none.
    {"guard_students_chanted_slogans_against_the_government",
     "هتف مئات الطلاب بشعارات مناهضة للحكومة في حرم جامعة طهران.", "PROTEST", "141", nullptr, nullptr},
    {"guard_students_repeated_chants_hostile_to_the_government",
     "ردد مئات الطلاب هتافات مناهضة للحكومة في جامعة طهران.", "PROTEST", "141", nullptr, nullptr},
    {"guard_female_students_repeated_chants_against_the_regime",
     "رددت طالبات هتافات ضد النظام في ساحة الجامعة.", "PROTEST", "141", nullptr, nullptr},
    {"guard_fans_cheered_the_national_team",
     "هتف آلاف المشجعين للمنتخب الوطني في ملعب القاهرة.", nullptr, "", nullptr, nullptr, "PROTEST"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det15Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // (1. The processions whose purpose word is a trigger further on, تنديدا بمقتل متظاهرين برصاص قوات الأمن، جابت
    //    المواكب شوارع المدينة رفضا للحكم العسكري, are read since det16b: coder_det16b_test.)
    // (4. The suspended strike whose strikers are a noun in construct, علق عمال النفط إضرابا, is read since det15b:
    //    coder_det15b_test.)
    // 5. Drones as the subject of ضربت, a relative clause (انطلقت من) after them and no place of the thing hit.
    {"drones_launched_from_rebel_areas_struck_a_power_station",
     "ضربت مسيرات انطلقت من مناطق المتمردين محطة للكهرباء فجر اليوم.", "ASSAULT", "195", nullptr, nullptr},
    // 6. Chants with no word against or of demanding, a slogan quoted: the chanters' protest is not read.
    {"students_chanted_freedom_in_the_university_square",
     "هتفت طالبات في جامعة شيراز «حرية، حرية» في ساحة الجامعة.", "PROTEST", "14", nullptr, nullptr},
};

class Det15PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det15PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det15PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
