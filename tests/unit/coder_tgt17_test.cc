// Whom a protest is aimed at, in wire-style sentences written for this table (none copied from a corpus or a gold
// set), on the target classes of the independent set 17 that session 63 (tgt17) worked on, one class per block (the
// numbers of the brief):
// 1. a protest's target inside what it rejects: the body of authority itself after a word of protest against
//    (رفضا للحكومة), the genitive of a second noun in construct (رفضا لتمديد ولاية الرئيس), the subject of a relative
//    clause on the act or the thing (رفضا للاتفاق الذي وقعته الإمارات), a participle of rejecting or objecting read as
//    one of demanding (رافضين خطة الرئاسة، رافضين أن يترشح الرئيس), and anger at a thing (غضبا من زيادة أقرتها
//    الحكومة);
// 2. a foreign state as the target from the place: a building named by a construct of nouns and owned by the state
//    of the nationality after it (أمام مركز منح التأشيرات المصرية), a building near which the crowd gathered (على
//    مقربة من مقر السفارة);
// 3. the police or the army whose station or camp the act protested against happened in (احتجاجا على وفاة موقوف في
//    مركز للشرطة), kept behind those the crowd names.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Tgt17Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt17Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. What the protest rejects.
    {"crowds_rejected_the_extension_of_the_presidents_term_kampala",
     "تظاهر آلاف الأوغنديين في كمبالا رفضاً لتمديد ولاية الرئيس يوويري موسيفيني.", "PROTEST", "14", "UGA/*",
     "UGA/GOV"},
    {"young_men_went_out_rejecting_the_new_government_sfax", "خرج مئات الشبان في مدينة صفاقس رفضاً للحكومة الجديدة.",
     "PROTEST", "14", "TUN/*", "*/GOV"},
    {"crowds_went_out_rejecting_the_presidencys_plan_ndjamena",
     "خرج آلاف التشاديين في نجامينا رافضين خطة الرئاسة لتمديد المرحلة الانتقالية.", "PROTEST", "14", "TCD/*",
     "TCD/GOV"},
    {"crowds_rejected_that_the_president_run_again_nairobi",
     "تظاهر آلاف الكينيين في نيروبي رافضين أن يترشح الرئيس ويليام روتو لولاية ثانية.", "PROTEST", "14", "KEN/*",
     "KEN/GOV"},
    {"crowds_rejected_the_deal_a_foreign_state_signed_port_sudan",
     "تظاهر آلاف السودانيين في بورتسودان رفضاً للاتفاق الذي وقعته الإمارات مع قوات الدعم السريع.", "PROTEST", "14",
     "SDN/*", "ARE/*"},
    {"young_men_rejected_the_memorandum_a_foreign_state_signed_niamey",
     "تظاهر مئات الشبان في نيامي رفضاً لمذكرة التفاهم التي وقعتها روسيا مع الحكومة.", "PROTEST", "14", "NER/*",
     "RUS/*"},
    {"crowds_demonstrated_in_anger_at_a_rise_the_government_approved_lagos",
     "تظاهر آلاف النيجيريين في لاغوس غضباً من زيادة كبيرة أقرتها الحكومة على أسعار الوقود.", "PROTEST", "14",
     "NGA/*", "*/GOV"},
    // (Kept: a decision of the government after على or لـ, the nationality of an act, no body of authority named.)
    {"guard_opponents_objecting_to_the_governments_decision_lome",
     "تظاهر أنصار المعارضة في لومي معترضين على قرار الحكومة تأجيل الانتخابات.", "PROTEST", "14", "TGO/*", "TGO/GOV"},
    {"guard_traders_rejecting_the_governments_decision_amman",
     "تظاهر مئات التجار في عمان رفضاً لقرار الحكومة رفع الضرائب.", "PROTEST", "14", "JOR/*", "JOR/GOV"},
    {"guard_crowds_protesting_sanctions_of_a_nationality_bamako",
     "خرج آلاف الماليين في باماكو احتجاجاً على العقوبات الفرنسية.", "PROTEST", "14", "MLI/*", "FRA/*"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_students_rejecting_a_fellows_expulsion_name_no_target",
     "تظاهر مئات الطلاب في الجزائر رافضين طرد زميلهم من الجامعة.", "PROTEST", "14", "DZA/*", "DZA/GOV"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_a_protest_in_solidarity_names_no_target", "تظاهر مئات الطلاب في الرباط تضامناً مع المعتقلين.", "PROTEST",
     "14", "MAR/*", "MAR/GOV"},

    // 2. The foreign state whose building the protest was held at or near.
    {"crowds_gathered_before_a_visa_centre_of_a_nationality_khartoum",
     "تجمع مئات السودانيين أمام مركز منح التأشيرات المصرية في الخرطوم احتجاجاً على تأخر المعاملات.", "PROTEST",
     "14", "SDN/*", "EGY/*"},
    {"crowds_gathered_near_an_embassy_awkar",
     "احتشد مئات اللبنانيين على مقربة من مقر السفارة الأمريكية في عوكر منددين بالحرب.", "PROTEST", "14", "LBN/*",
     "USA/*"},
    {"guard_crowds_before_an_embassy_tripoli", "تظاهر مئات الليبيين أمام السفارة التركية في طرابلس.", "PROTEST", "14",
     "LBY/*", "TUR/*"},

    // 3. The state's organ whose facility the act protested against happened in (not its victim).
    {"a_death_in_a_police_station_protested_targets_the_police_dakar",
     "خرج مئات الشبان في داكار احتجاجاً على وفاة موقوف في مركز للشرطة.", "PROTEST", "14", "SEN/*", "SEN/COP"},
    {"a_killing_inside_the_police_station_protested_targets_the_police_kano",
     "تظاهر مئات السكان في مدينة كانو احتجاجاً على مقتل شاب داخل مركز الشرطة.", "PROTEST", "14", "NGA/*",
     "NGA/COP"},
    {"a_death_in_an_army_camp_protested_targets_the_army_bukavu",
     "تظاهر مئات في مدينة بوكافو احتجاجاً على وفاة معتقل في معسكر للجيش.", "PROTEST", "14", "COD/*", "COD/MIL"},
    // (Kept: a chant against the government named after it comes first; a party's or the displaced's place is none.)
    {"guard_a_chant_against_the_government_before_the_police_station_nador",
     "تظاهر آلاف الشبان في مدينة الناظور احتجاجاً على وفاة شاب في مقر للشرطة، ورددوا شعارات معادية للحكومة.",
     "PROTEST", "14", "MAR/*", "*/GOV"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_an_arrest_at_a_partys_headquarters_names_no_target",
     "تظاهر مئات الطلاب في الجزائر احتجاجاً على اعتقال زملائهم في مقر الحزب.", "PROTEST", "14", "DZA/*", "DZA/GOV"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_conditions_in_a_camp_of_the_displaced_name_no_target",
     "تظاهر مئات النازحين احتجاجاً على الأوضاع في مخيم للنازحين قرب مدينة الفاشر.",
     "PROTEST", "14", nullptr, "SDN/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt17Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. (The election rejected, crowds_rejecting_the_holding_of_elections_target_the_government_kinshasa, moved to
    //    coder_kinds63_test: grammar.tsv election.)
    // (2. Near an embassy, then a named neighbourhood: read since session 63's tgt17b, its row moved to
    //    coder_tgt17b_test.cc.)
    // 3. A place's owner: the state of an airport named by its city (محيط مطار بنغازي) is what the strike aimed at.
    {"a_drone_striking_around_a_city_airport_targets_its_state",
     "استهدفت طائرة مسيرة محيط مطار بنغازي.", "ASSAULT", "19", nullptr, "LBY/*"},
};

class Tgt17PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt17PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt17PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
