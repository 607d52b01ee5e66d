// Who protests against whom, and the attacks told by a verb the coder did not read, in wire-style sentences written for
// this table (none copied from a corpus or a gold set), on what session 51 (args51) worked on, one class of readings
// per block (the numbers of the brief):
// 1. the target of a protest is the body whose decision or policy is protested, or the one before whose seat the crowd
//    gathers (احتجاجا على قرار الحكومة، رفضا لسياسات وزارة الصحة، اعتصموا أمام مقر الولاية): the seats of a province's
//    government by their Maghrebi and Levantine names (مقر الولاية، مقر العمالة، مقر المعتمدية، السراي الحكومي) are the
//    state's government, as مقر المحافظة was; facing it (قبالة) is before it; a march that roams the streets (جابت
//    مسيرات شوارع باريس) took place;
// 2. mourners or a funeral's crowd chanting against someone (ردد المشيعون هتافات ضد الحكومة، هتف المشاركون في الجنازة
//    بشعارات مناهضة للنظام): a protest, the chanters its doers (civilians of the state), the one chanted against its
//    target. Protesters named with the article chanting (وهتف المتظاهرون بشعارات ضد) belong to the protest reported
//    before them, and chanting for someone (هتف المشجعون للمنتخب) is none;
// 3. a crowd closing a building (أغلق محتجون مقر الشركة): a protest by obstruction (CAMEO 144), not the authorities'
//    shutting of an office (172); so is people of a trade closing a place with a word of protest purpose after the
//    verb (أغلق عمال النفط الحقل احتجاجا على); the authorities closing a crossing or an office keep their reading;
// 4. readings pending from session 50: a march's verb (جابت مسيرة عمال شوارع الدار البيضاء), نزل as the going out of a
//    crowd to protest (نزل الآلاف للتظاهر ضد ...), and the verb of an ambush (كمن مسلحون لدورية للجيش).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them. Pending
// rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Args51Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args51Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The target of a protest: the body whose decision is protested, or the owner of the seat the crowd stands
    // before.
    {"residents_sat_in_before_the_wilaya_seat_ouargla", "اعتصم عشرات السكان أمام مقر الولاية في مدينة ورقلة.",
     "PROTEST",
     "14", "DZA/CVL", "DZA/GOV"},
    {"unemployed_demonstrated_before_the_delegation_seat_kasserine",
     "تظاهر عشرات العاطلين عن العمل أمام مقر المعتمدية في مدينة القصرين.", "PROTEST", "14", "TUN/*", "TUN/GOV"},
    {"young_men_held_a_vigil_before_the_prefecture_seat_tetouan",
     "نظم عشرات الشبان وقفة احتجاجية أمام مقر العمالة في مدينة تطوان للمطالبة بفرص عمل.", "PROTEST", "14", "MAR/*",
     "MAR/GOV"},
    {"retirees_gathered_before_the_grand_serail_beirut",
     "احتشد المتقاعدون أمام السراي الحكومي في بيروت احتجاجا على تآكل رواتبهم.", "PROTEST", "14", "LBN/CVL", "LBN/GOV"},
    {"marches_roamed_paris_against_the_government_plan",
     "جابت مسيرات حاشدة شوارع باريس احتجاجا على خطة الحكومة الفرنسية لرفع سن التقاعد.", "PROTEST", "14", nullptr,
     "FRA/GOV"},
    {"nurses_held_a_vigil_facing_the_health_ministry_amman", "نظم الممرضون وقفة احتجاجية قبالة وزارة الصحة في عمان.",
     "PROTEST", "14", "JOR/HLH", "JOR/GOV"},
    {"guard_students_demonstrated_facing_the_israeli_embassy_amman",
     "تظاهر مئات الطلاب قبالة السفارة الإسرائيلية في عمان.",
     "PROTEST", "14", "JOR/EDU", "ISR/GOV"},
    {"guard_teachers_sat_in_before_the_education_ministry_rabat",
     "اعتصم المعلمون أمام مقر وزارة التربية في الرباط احتجاجا على تأخر صرف الرواتب.", "PROTEST", "14", "MAR/EDU",
     "MAR/GOV"},
    {"guard_students_demonstrated_before_the_french_embassy_algiers", "تظاهر الطلاب أمام السفارة الفرنسية في الجزائر.",
     "PROTEST", "14", "DZA/EDU", "FRA/GOV"},
    {"guard_retirees_amman_against_the_government_decision",
     "تظاهر مئات المتقاعدين في عمان احتجاجا على قرار الحكومة رفع أسعار المحروقات.", "PROTEST", "14", "JOR/CVL",
     "JOR/GOV"},
    {"guard_doctors_vigil_rejecting_the_health_ministry_policies",
     "نظم الأطباء وقفة احتجاجية في الجزائر العاصمة رفضا لسياسات وزارة الصحة.", "PROTEST", "14", "DZA/HLH", "DZA/GOV"},
    {"guard_thousands_belgrade_against_the_serbian_government_decision",
     "تظاهر الآلاف في بلغراد احتجاجا على قرار الحكومة الصربية رفع أسعار الكهرباء.", "PROTEST", "14", "SRB/CVL",
     "SRB/GOV"},
    {"guard_lawyers_vigil_condemning_the_justice_minister_decision",
     "نفذ المحامون وقفة احتجاجية أمام قصر العدالة في تونس تنديدا بقرار وزير العدل.", "PROTEST", "14", "TUN/JUD",
     "TUN/GOV"},
    // (Session 64, hdl18: a protest against an act or a want with no doer named is aimed at the government of the
    // protest's state, as the independent sets code it; this row asserted no target before.)
    {"guard_protest_against_high_prices_is_aimed_at_the_government",
     "تظاهر المئات في الخرطوم احتجاجا على غلاء الأسعار.", "PROTEST", "14", "SDN/CVL", "SDN/GOV"},

    // 2. Mourners or a funeral's crowd chanting against someone: their protest against the one named.
    {"mourners_chanted_against_the_government_baghdad", "ردد المشيعون هتافات ضد الحكومة خلال جنازة الصحفي في بغداد.",
     "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"funeral_participants_chanted_slogans_hostile_to_the_regime_daraa",
     "هتف المشاركون في الجنازة بشعارات مناهضة للنظام في مدينة درعا.", "PROTEST", "14", "SYR/CVL", "SYR/GOV"},
    {"thousands_of_mourners_tehran_chanted_against_the_united_states",
     "ردد آلاف المشيعين في طهران هتافات ضد الولايات المتحدة.", "PROTEST", "14", "IRN/CVL", "USA/*"},
    {"mourners_raised_slogans_hostile_to_israel_jenin", "رفع المشيعون شعارات معادية لإسرائيل في مخيم جنين.", "PROTEST",
     "14", "PSE/CVL", "ISR/*"},
    {"mourners_in_qom_chanted_slogans_hostile_to_the_government", "هتف مشيعون في مدينة قم بشعارات مناهضة للحكومة.",
     "PROTEST", "14", "IRN/CVL", "IRN/GOV"},
    // Moved from the pending blocks of sessions 29, 30 and 31 (coder_mood29_test, coder_mood30_test,
    // coder_mood31_test).
    {"mourners_chanted_against_government", "ردد المشيعون هتافات مناهضة للحكومة خلال تشييع المتظاهر في البصرة.",
     "PROTEST", "14", nullptr, nullptr},
    {"mourners_chanted_against_army", "هتف المشيعون بشعارات ضد الجيش خلال تشييع ضحايا مجزرة ود النورة.", "PROTEST",
     "14", nullptr, nullptr},
    {"mourners_chanted_against_government_sweida", "ردد المشيعون شعارات مناهضة للحكومة في مدينة السويداء.", "PROTEST",
     "14", nullptr, nullptr},
    {"mourners_chanted_against_army_khartoum", "هتف المشيعون ضد الجيش خلال تشييع قتلى الاحتجاجات في الخرطوم.",
     "PROTEST", "14", nullptr, nullptr},
    {"mourners_in_omdurman_chanted_against_the_army_leaders", "هتف مشيعون في أم درمان ضد قادة الجيش.", "PROTEST", "14",
     "SDN/CVL", "SDN/MIL"},
    {"guard_mourners_slogans_condemning_the_government_karbala", "وردد المشيعون في كربلاء شعارات تندد بالحكومة.",
     "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"guard_protesters_chanting_belongs_to_the_protest_reported_before",
     "وهتف المتظاهرون بشعارات ضد رئيس الوزراء وطالبوا برحيله.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_protesters_slogans_hostile_to_the_ruling_party_after_a_march",
     "سار الآلاف في مسيرة وسط المدينة ورفع المحتجون شعارات معادية للحزب الحاكم.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_funeral_alone_is_no_protest", "شيع الآلاف جثمان الشيخ في مدينة غزة.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_fans_chanting_for_the_team_is_no_protest", "هتف المشجعون للمنتخب في شوارع الرباط.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},

    // 3. A crowd closing a building blocks it (144); the authorities' closing keeps its reading.
    {"protesters_closed_the_company_office_basra", "أغلق محتجون مقر الشركة في مدينة البصرة.",
     "PROTEST", "144", "IRQ/CVL",
     "IRQ/BUS", "COERCE"},
    {"demonstrators_closed_the_municipality_seat_gabes", "أغلق متظاهرون مقر البلدية في مدينة قابس.", "PROTEST", "144",
     "TUN/CVL", "TUN/GOV", "COERCE"},
    {"protesters_closed_the_offices_of_the_oil_company_zawiya",
     "أغلق محتجون مكاتب شركة النفط الوطنية في مدينة الزاوية.", "PROTEST", "144", "LBY/CVL", "LBY/BUS", "COERCE"},
    // People of a trade closing a place with a word of protest purpose after the verb do a crowd's act.
    {"oil_workers_closed_the_field_in_protest_libya", "أغلق عمال النفط حقل الشرارة في ليبيا احتجاجا على تأخر رواتبهم.",
     "PROTEST", "144", "LBY/LAB", nullptr},
    {"students_closed_the_university_gates_rejecting_the_fees_khartoum",
     "أغلق طلاب جامعة الخرطوم بوابات الجامعة رفضا لزيادة الرسوم الدراسية.", "PROTEST", "144", "SDN/EDU", nullptr},
    {"guard_the_army_closed_the_road_no_protest", "أغلق الجيش الطريق المؤدي إلى المطار بعد الهجوم.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_demonstrators_cut_the_international_road", "قطع متظاهرون الطريق الدولي قرب مدينة قابس.", "PROTEST", "144",
     "TUN/CVL", nullptr},
    {"guard_protesters_closed_the_entrances_of_nasiriyah", "أغلق المحتجون مداخل مدينة الناصرية بالإطارات المشتعلة.",
     "PROTEST", "144", "IRQ/CVL", nullptr},
    {"guard_authorities_closed_the_crossing", "أغلقت السلطات المعبر مع قطاع غزة.", "COERCE", "191", "*/GOV", nullptr,
     "PROTEST"},
    {"guard_authorities_closed_the_opposition_party_office", "أغلقت السلطات مقر الحزب المعارض في العاصمة.",
     "COERCE", "172", nullptr, nullptr, "PROTEST"},

    // 4. Readings pending from session 50.
    {"workers_march_roamed_casablanca", "جابت مسيرة عمال شوارع الدار البيضاء احتجاجا على غلاء الأسعار.",
     "PROTEST", "14",
     "MAR/LAB", nullptr, "ASSAULT"},
    {"a_march_of_the_workers_roamed_casablanca", "جابت مسيرة للعمال شوارع الدار البيضاء.", "PROTEST", "14", "MAR/LAB",
     nullptr, "ASSAULT"},
    {"thousands_went_down_to_demonstrate_against_fuel_prices_amman",
     "نزل الآلاف للتظاهر ضد قرار رفع أسعار الوقود في العاصمة الأردنية عمان.", "PROTEST", "14", "JOR/CVL", nullptr},
    {"hundreds_went_down_to_demonstrate_against_the_government_irbid", "نزل المئات للتظاهر ضد الحكومة في مدينة إربد.",
     "PROTEST", "14", "JOR/CVL", "JOR/GOV"},
    {"guard_prices_went_down_no_event", "نزلت أسعار النفط بعد قرار منظمة أوبك.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"gunmen_ambushed_an_army_patrol_kirkuk", "كمن مسلحون لدورية للجيش في محافظة كركوك.", "ASSAULT", "19", "IRQ/*",
     "IRQ/MIL"},
    {"shabaab_gunmen_ambushed_an_ethiopian_military_convoy",
     "كمن مسلحون من حركة الشباب لقافلة عسكرية إثيوبية قرب بلدة بلدوين.", "ASSAULT", "19", "SOM/REB", "ETH/MIL"},
    {"isis_members_ambushed_an_iraqi_army_column_anbar", "كمن عناصر من تنظيم داعش لرتل للجيش العراقي في صحراء الأنبار.",
     "ASSAULT", "19", "IRQ/REB", "IRQ/MIL"},
    {"guard_the_danger_lay_in_the_delay_is_no_ambush", "كمن الخطر في تأخر الحكومة عن اتخاذ القرار.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // An adjective of government (خطة حكومية) names the state's government as the maker of what is protested (read
    // since session 52: coder_args52_test).
    {"fishermen_against_a_government_plan_nouakchott",
     "تظاهر مئات الصيادين في نواكشوط احتجاجا على خطة حكومية لرفع الرسوم.", "PROTEST", "14", "MRT/*", "MRT/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args51Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing.
const ProbeRow kPending[] = {
    // Participants in marches that roamed the streets (شارك الآلاف في مسيرات جابت شوارع مدريد احتجاجا على خطة
    // الحكومة): the march's relative verb gives a second protest that has the target, and the participants' protest
    // has none.
    {"workers_took_part_in_marches_that_roamed_madrid_against_the_government_plan",
     "شارك آلاف العمال في مسيرات جابت شوارع مدريد احتجاجا على خطة الحكومة الإسبانية لخفض الأجور.", "PROTEST", "14",
     "ESP/LAB", "ESP/GOV"},
    // A crowd that went as far as closing a port (أقدم محتجون على إغلاق): the verbal noun of closing is read only in
    // its road phrases (إغلاق الطرق).
    {"protesters_went_as_far_as_closing_the_port_sudan", "أقدم محتجون على إغلاق ميناء بورتسودان.", "PROTEST", "144",
     "SDN/CVL", nullptr},
    // (A crowd named by its trade and its anger, مزارعون غاضبون, closing the motorways is read since session 55:
    // coder_reads55_test.cc, block 3.)
};

class Args51PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args51PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args51PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
