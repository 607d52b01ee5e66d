// Whom a protest or a use of force is aimed at, in wire-style sentences written for this table (none copied from a
// corpus or a gold set), on the target classes of the independent set 16 that session 62 (arg16t) worked on, one class
// of readings per block (the numbers of the brief):
// 1. a protest's target named in its demand or accusation after it: past the accusative of purpose (احتجاجا على)
//    and a protest noun that is another act's object (رغم حظر المسيرات), a later verb of demand or blame in the
//    plural (واتهموا رئيس الوزراء، وطالبوا قائد الجيش: an office or a person holding the state's power now counts as
//    the body addressed), a verb of demand followed by a noun of removal (وطالبوا بإسقاط الحكومة), and a noun of
//    removal past a noun of rule (مطالبين بإنهاء حكم الرئيس);
// 2. the regime in a chant or a chanted demand (هتفوا «الشعب يريد إسقاط النظام»، هتافات تطالب بإسقاط النظام):
//    النظام, the government of the state the protest is in;
// 4. the people a use of force was meant to disperse, after a count (لتفريق آلاف المتظاهرين); a state organ's building
//    a protest throws stones at (رشقوا مراكز الشرطة) is the organ's.
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

class Arg16tTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16tTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The target in the protest's demand or accusation.
    {"farmers_blocked_the_highway_and_accused_the_prime_minister_lahore",
     "قطع مئات المزارعين الطريق السريع قرب لاهور احتجاجا على ارتفاع أسعار الأسمدة، واتهموا رئيس الوزراء بتجاهل "
     "مطالبهم.",
     "PROTEST", "14", "PAK/*", "PAK/GOV"},
    {"workers_sat_in_and_demanded_the_fall_of_the_government_beirut",
     "اعتصم مئات العمال في بيروت احتجاجا على تأخر صرف الأجور، وطالبوا بإسقاط الحكومة.", "PROTEST", "14", "LBN/*",
     "LBN/GOV"},
    {"crowds_demonstrated_and_demanded_of_the_army_chief_khartoum",
     "تظاهر الآلاف في الخرطوم احتجاجا على استمرار الحكم العسكري، وطالبوا قائد الجيش بتسليم السلطة إلى المدنيين.",
     "PROTEST", "14", "SDN/*", "SDN/MIL"},
    {"employees_sat_in_and_accused_the_finance_minister_basra",
     "اعتصم مئات الموظفين في البصرة احتجاجا على تأخر الرواتب، واتهموا وزير المالية بالمماطلة.", "PROTEST", "14",
     "IRQ/*", "IRQ/GOV"},
    {"teachers_demonstrated_despite_the_ban_demanding_of_the_ministry_zarqa",
     "تظاهر مئات المعلمين في مدينة الزرقاء رغم حظر المسيرات، مطالبين وزارة التربية بزيادة رواتبهم.", "PROTEST", "14",
     "*/EDU", "*/GOV"},
    {"protesters_went_out_demanding_an_end_to_the_presidents_rule_colombo",
     "خرج آلاف المحتجين إلى شوارع كولومبو مطالبين بإنهاء حكم الرئيس.", "PROTEST", "14", "LKA/*", "LKA/GOV"},
    // A state organ's building thrown at (مراكز الشرطة، مقر الوزارة) is the organ's: the protest's target.
    {"young_men_threw_stones_at_police_stations_basra",
     "رشق شبان غاضبون مراكز الشرطة بالحجارة في مدينة البصرة.", "PROTEST", "14", "IRQ/*", "IRQ/COP"},
    {"young_men_threw_stones_at_police_stations_and_demanded_of_the_government_gabes",
     "خرج مئات الشبان في مدينة قابس، ورشقوا مراكز الشرطة بالحجارة، وطالبوا الحكومة بسحب الزيادات في الأسعار.",
     "PROTEST", "14", nullptr, "TUN/*"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_a_building_of_no_owner_is_no_target_of_the_protest",
     "تظاهر مئات العمال أمام مبنى قديم في مدينة البصرة.", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    // (Precision: a figure of no state office accused, a demand made by someone else, a verdict that is no rule.)
    // (Session 64, hdl18: a protest against an act or a want with no doer named is aimed at the government of the
    // protest's state, as the independent sets code it; this row asserted no target
    // before; the teacher accused is still none.)
    {"guard_students_accusing_a_teacher_name_no_teacher_target",
     "تظاهر مئات الطلاب في الرباط احتجاجا على طرد زميلهم، واتهموا أحد الأساتذة بالتحرش.", "PROTEST", "14", "MAR/*",
     "MAR/GOV"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_a_deputys_own_demand_of_the_minister_is_no_target",
     "تظاهر مئات في الموصل، وطالب النائب عن المحافظة وزير الداخلية بالتحقيق في الحادث.", "PROTEST", "14", "IRQ/*",
     "IRQ/GOV"},

    // 2. The regime in a chant.
    {"crowds_gathered_and_chanted_the_people_want_the_fall_of_the_regime_beirut",
     "تجمع مئات المحتجين في وسط بيروت وهتفوا «الشعب يريد إسقاط النظام».", "PROTEST", "14", "LBN/*", "LBN/GOV"},
    {"thousands_demonstrated_chanting_for_the_fall_of_the_regime_daraa",
     "تظاهر الآلاف في مدينة درعا مرددين هتافات تطالب بإسقاط النظام.", "PROTEST", "14", "SYR/*", "SYR/GOV"},

    // 4. The people a use of force was meant to disperse, counted.
    {"police_used_water_cannon_to_disperse_thousands_of_protesters_nairobi",
     "استخدمت الشرطة خراطيم المياه لتفريق آلاف المحتجين في نيروبي.", "ASSAULT", "17", "KEN/COP", "KEN/CVL"},
    {"guard_police_used_tear_gas_to_disperse_the_protesters_lima",
     "استخدمت الشرطة الغاز المسيل للدموع لتفريق المحتجين في ليما.", "ASSAULT", "17", "PER/COP", "PER/CVL"},

    // (Already read so, kept: a place named after a king with its city after it, the owner of the sites struck.)
    {"guard_a_drone_towards_king_abdulaziz_airport_is_aimed_at_saudi_arabia",
     "أطلق الحوثيون طائرة مسيرة باتجاه مطار الملك عبدالعزيز الدولي في جدة.", "ASSAULT", "19", "YEM/*", "SAU/*"},
    {"guard_air_strikes_on_positions_of_al_shabaab_in_the_south",
     "شنت طائرات أمريكية غارات على مواقع حركة الشباب في جنوب الصومال.", "ASSAULT", "19", "USA/*", "SOM/*"},
    // فيما وصفوه بيوم الغضب ("in what they called"), read as "while", still stops the scan for the demand; the protest,
    // naming no one it is against, is aimed at its state's government (coder_tgt21_test).
    {"protesters_went_out_in_what_they_called_a_day_of_rage_demanding_an_end_to_the_rule_dhaka",
     "خرج آلاف المحتجين إلى شوارع داكا فيما وصفوه بيوم الغضب، مطالبين بإنهاء حكم رئيسة الوزراء.", "PROTEST", "14",
     "BGD/*", "BGD/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16tTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 3. A title followed by a given name inside a named place (مستشفى الملك عبدالله، جامعة الملك سعود) is part of the
    //    place's name: since arg16b no king is read there (coder_arg16b_test), but the hospital near which the shell
    //    fell is now read as the target (JOR/HLH); the target should be the state alone.
    {"a_shell_near_a_hospital_named_after_a_king_is_aimed_at_jordan",
     "سقطت قذيفة صاروخية قرب مستشفى الملك عبدالله في مدينة إربد.", "ASSAULT", "19", nullptr, "JOR/"},
    // 4. Sites struck whose owner follows them (غارات على مواقع حركة الشباب) after a subject with a relative clause
    //    (الطيران الحربي التابع للجيش، الذي يقوده ...): the owner is not reached past the relative clause.
    {"air_strikes_by_aircraft_described_by_a_relative_clause_on_al_shabaab_positions",
     "شن الطيران الحربي التابع للجيش الصومالي، الذي يقوده ضباط مدربون، غارات على مواقع حركة الشباب في جوبا الوسطى.",
     "ASSAULT", "19", "SOM/*", "SOM/*"},
};

class Arg16tPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16tPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16tPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
