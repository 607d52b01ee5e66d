// Who did it in a defence, a clash and a protest, in wire-style sentences written for this table (none copied from a
// corpus or a gold set), on what session 52 (args) worked on, one class of readings per block (the numbers of the
// brief):
// 1. the attack repelled is the attacker's (صد الجيش هجوما شنته قوات الدعم السريع، تصدت القوات الأوكرانية لهجوم روسي):
//    one clash, the attacker's on the defender, not a second event of the defender on the attacker; the defender's own
//    event stays where a toll of its own follows (ما أسفر عن مقتل العشرات منهم);
// 2. a weapon named before its verb (قال مسؤول إن صواريخ روسية قتلت مدنيين): munitions, as machines of war, qualified
//    by a state's demonym (also one that names its people: صاروخين روسيين), right before the verb after إن or opening
//    the clause, are that state's, which struck; a residential building in the accusative (استهدفت مبنى سكنيا) is
//    homes, as in the nominative (and منزلا سكنيا);
// 3. a killing told before the clash it happened in (قتل ثلاثة جنود في مواجهات بين الجيش ومسلحين، لقي سبعة أشخاص حتفهم
//    في اشتباكات بين مسلحين من قبيلتين): one event, the clash, fought by the first side after بين on the second; a
//    clash among one armed people named once (بين عصابتين، بين مسلحين من قبيلتين) is theirs, an armed clash, not a
//    riot; a first side named in quotation marks after its head noun (بين قوات «درع الوطن» ومسلحين) is read with the
//    second;
// 4. one protest, not two, told by a verb of organising and its noun (نظم طلاب جامعة الخرطوم وقفة احتجاجية); the
//    caller of a strike named after it (إضراب عام دعا إليه اتحاد العمال) as its doer (read since session 53);
// 5. a protest aimed at a government by an adjective (احتجاجا على خطة حكومية، رفضا لقرار رسمي): the government of the
//    protest's state; at a board's decision (اعتراضا على قرار مجلس الإدارة): the board;
// 6. the killed and the arrested of a clash with someone (قتل مسلح واعتقل آخرون في اشتباك مع الشرطة): the one the clash
//    was with (مع) killed and arrested them (only a state's forces arrest); the killing is the clash.
// Every expected type, code prefix, count and actor was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them. Pending
// rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Args52IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args52IncidentTest, CodesTheIncidentsOnce) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 1. The attack repelled: one event, the attacker's, on the defender.
    {"nigerian_army_said_it_repelled_an_attack_by_boko_haram_fighters",
     "قال الجيش النيجيري إنه صد هجوما شنه مقاتلو بوكو حرام على قاعدة عسكرية في ولاية بورنو.", 1, "19", "NGA/*",
     "NGA/MIL", -1, -1},
    {"somali_forces_repelled_an_attack_launched_by_shabaab_fighters",
     "صدت القوات الصومالية هجوما شنه مقاتلو حركة الشباب على قاعدة في إقليم شبيلي السفلى.", 1, "19", "SOM/*", "SOM/MIL",
     -1, -1},
    {"the_malian_army_stood_up_to_an_attack_by_gunmen_mopti",
     "تصدى الجيش المالي لهجوم شنه مسلحون على معسكر في منطقة موبتي.", 1, "19", "*/UAF", "MLI/MIL", -1, -1},
    {"syrian_air_defences_stood_up_to_an_israeli_attack",
     "تصدت الدفاعات الجوية السورية لهجوم إسرائيلي على مواقع قرب دمشق.", 1, "19", "ISR/*", "SYR/*", -1, -1},
    {"guard_ukrainian_forces_repelled_an_attack_and_killed_twenty_of_the_attackers",
     "صدت القوات الأوكرانية هجوما شنته القوات الروسية على بلدة في دونيتسك، ما أسفر عن مقتل عشرين منهم.", 2, "19",
     "UKR/MIL", "RUS/MIL", 20, -1},

    // 3. A killing told before the clash between two sides it happened in: one event, the first side's on the second.
    {"three_soldiers_killed_in_confrontations_between_the_army_and_gunmen",
     "قتل ثلاثة جنود في مواجهات بين الجيش ومسلحين في ولاية شمال دارفور.", 1, "19", "SDN/MIL", "SDN/UAF", 3, -1},
    {"five_civilians_died_in_clashes_between_the_malian_army_and_tuareg_rebels",
     "لقي خمسة مدنيين مصرعهم في اشتباكات بين الجيش المالي ومتمردين من الطوارق في منطقة كيدال.", 1, "19", "MLI/MIL",
     "MLI/*", 5, -1},
    {"two_chadian_soldiers_killed_in_clashes_between_the_army_and_gunmen",
     "قتل جنديان تشاديان في اشتباكات بين الجيش ومسلحين في منطقة بحيرة تشاد.", 1, "19", "TCD/MIL", "*/UAF", 2, -1},
    {"seven_died_in_clashes_between_gunmen_of_two_tribes_shabwa",
     "لقي سبعة أشخاص حتفهم في اشتباكات بين مسلحين من قبيلتين متنازعتين في محافظة شبوة.", 1, "19", "YEM/UAF", "YEM/*", 7,
     -1},
    {"three_killed_in_clashes_between_shabaab_members_in_quotes_and_clan_militias",
     "قتل ثلاثة أشخاص في اشتباكات بين عناصر «حركة الشباب» وميليشيات عشائرية في إقليم هيران.", 1, "19", "SOM/*",
     nullptr, 3, -1},
    {"four_prisoners_killed_in_confrontations_between_two_gangs_ecuador",
     "قتل أربعة سجناء في مواجهات بين عصابتين متنافستين داخل سجن في الإكوادور.", 1, "19", "ECU/CRM", "ECU/*", 4, -1},

    // 6. The killed of a clash with someone: the one the clash was with killed them; one event.
    {"a_gunman_killed_and_others_arrested_in_a_clash_with_the_police_karachi",
     "قتل مسلح واعتقل آخرون في اشتباك مع الشرطة في مدينة كراتشي.", 1, "19", "*/COP", "*/UAF", 1, -1},
    {"three_soldiers_killed_in_clashes_with_gunmen_borno",
     "قتل ثلاثة جنود في اشتباكات مع مسلحين في ولاية بورنو.", 1, "19", "NGA/UAF", "NGA/MIL", 3, -1},
    {"a_smuggler_killed_in_an_exchange_of_fire_with_algerian_border_guards",
     "قتل مهرب في تبادل لإطلاق النار مع حرس الحدود الجزائري.", 1, "19", "DZA/*", "*/CRM", 1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args52IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

class Args52Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args52Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 2. Munitions qualified by a state's demonym right before the verb, after إن or أن: that state struck.
    {"russian_missiles_before_the_verb_killed_civilians_zaporizhzhia",
     "قال مسؤول محلي إن صواريخ روسية قتلت خمسة مدنيين في مدينة زابوريجيا.", "ASSAULT", "19", "RUS/*", "UKR/CVL"},
    {"american_missiles_before_the_verb_targeted_a_houthi_site",
     "ذكرت الوكالة أن صواريخ أمريكية استهدفت موقعا للحوثيين في محافظة الحديدة.", "ASSAULT", "19", "USA/*", "YEM/*"},
    {"russian_missiles_before_the_verb_targeted_a_residential_building_odesa",
     "قال مسؤول إن صواريخ روسية استهدفت مبنى سكنيا في مدينة أوديسا.", "ASSAULT", "19", "RUS/*", "UKR/CVL"},
    {"guard_an_israeli_drone_targeted_a_residential_house_aitaroun",
     "استهدفت مسيرة إسرائيلية منزلا سكنيا في بلدة عيترون جنوب لبنان.", "ASSAULT", "19", "ISR/*", "LBN/CVL"},
    {"two_russian_missiles_before_the_verb_killed_civilians",
     "قال المسؤول إن صاروخين روسيين قتلا ثلاثة مدنيين في مدينة خيرسون.", "ASSAULT", "19", "RUS/*", "UKR/CVL"},
    {"two_american_missiles_before_the_verb_targeted_a_houthi_site",
     "ذكرت الوكالة أن صاروخين أمريكيين استهدفا موقعا للحوثيين في محافظة الحديدة.", "ASSAULT", "19", "USA/*", "YEM/*"},
    {"guard_israeli_shells_before_the_verb_hit_a_hospital",
     "أفاد الدفاع المدني بأن قذائف إسرائيلية أصابت مستشفى في جنوب لبنان.", "ASSAULT", "19", "ISR/*", "LBN/*"},
    {"guard_russian_aircraft_before_the_verb_shelled_a_building",
     "قال المسؤول إن طائرات روسية قصفت مبنى سكنيا في خاركيف.", "ASSAULT", "19", "RUS/MIL", "UKR/*"},

    // 3. A clash among one armed people is an armed clash, not a riot.
    {"prison_gangs_clash_is_no_riot", "قتل أربعة سجناء في مواجهات بين عصابتين متنافستين داخل سجن في الإكوادور.",
     "ASSAULT", "19", "ECU/CRM", nullptr, "PROTEST"},
    {"guard_clashes_between_the_army_and_the_rsf_are_an_armed_clash",
     "اندلعت مواجهات بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض.", "ASSAULT", "193", "SDN/MIL", "SDN/REB",
     "PROTEST"},
    {"clashes_between_forces_named_in_quotes_and_tribal_gunmen_shabwa",
     "اندلعت مواجهات مسلحة بين قوات «النخبة الشبوانية» ومسلحين قبليين في محافظة شبوة.", "ASSAULT", "193", "YEM/MIL",
     "YEM/UAF"},
    {"guard_clashes_between_protesters_and_the_police_are_a_riot",
     "اندلعت مواجهات بين المحتجين والشرطة في وسط العاصمة نيروبي.", "PROTEST", "145", nullptr, nullptr},

    // 5. A protest against a decision or a plan qualified as official: the government of the protest's state; a
    //    board's decision: the board.
    {"doctors_protested_a_government_plan_rabat",
     "تظاهر مئات الأطباء في الرباط احتجاجا على خطة حكومية لخصخصة المستشفيات.", "PROTEST", "14", "MAR/*", "MAR/GOV"},
    {"taxi_drivers_struck_rejecting_a_government_decision_jordan",
     "أضرب سائقو سيارات الأجرة في الأردن رفضا لقرار حكومي برفع أسعار الوقود.", "PROTEST", "14", "JOR/*", "JOR/GOV"},
    {"pensioners_stood_against_an_official_policy_algeria",
     "نظم المتقاعدون في الجزائر وقفة احتجاجية رفضا لسياسة حكومية تمس معاشاتهم.", "PROTEST", "14", "DZA/*", "DZA/GOV"},
    {"cement_workers_sat_in_objecting_to_the_board_decision",
     "اعتصم عمال شركة الإسمنت في بنزرت اعتراضا على قرار مجلس الإدارة بتسريح مئات العمال.", "PROTEST", "14", "*/LAB",
     "*/BUS"},
    {"guard_teachers_protested_the_government_decision_baghdad",
     "تظاهر المعلمون في بغداد احتجاجا على قرار الحكومة بخفض الرواتب.", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},

    // 4. The caller of a strike named after it (دعا إليه) is its doer (pending until session 53, which reads the
    //    caller as the doer only, the noun's happening read as before).
    {"a_general_strike_called_by_the_ugtt_paralysed_sfax",
     "شل إضراب عام دعا إليه الاتحاد العام التونسي للشغل الحركة في مدينة صفاقس.", "PROTEST", "143", "TUN/*", nullptr},
    {"an_open_strike_called_by_the_teachers_union_morocco", "بدأ إضراب مفتوح دعت إليه نقابة المعلمين في المغرب.",
     "PROTEST", "143", "MAR/*", nullptr},

    // 6. The arrested of a clash with a state's forces: those forces arrested them.
    {"others_arrested_in_a_clash_with_the_police_karachi", "قتل مسلح واعتقل آخرون في اشتباك مع الشرطة في مدينة كراتشي.",
     "COERCE", "173", "*/COP", nullptr},
    {"five_arrested_in_a_clash_with_egyptian_security_forces_sinai",
     "قتل ثلاثة مسلحين واعتقل خمسة آخرون في اشتباك مع قوات الأمن المصرية في شمال سيناء.", "COERCE", "173", "EGY/*",
     nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args52Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

using testing::CountRow;

class Args52CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Args52CountTest, CodesTheEventsOnce) { testing::ExpectCountRow(GetParam()); }

// 4. A protest told by a verb of organising and its noun (نظم طلاب جامعة الخرطوم وقفة احتجاجية) is one protest, also
//    where the university's town gives the students a state the noun's own reading did not.
const CountRow kCounts[] = {
    {"students_of_baghdad_university_held_one_sit_in",
     "نظم طلاب جامعة بغداد وقفة احتجاجية أمام مبنى رئاسة الجامعة.", 1, "PROTEST", "14", "IRQ/EDU", nullptr},
    {"students_of_khartoum_university_held_one_sit_in", "نظم طلاب جامعة الخرطوم وقفة احتجاجية أمام مبنى الإدارة.", 1,
     "PROTEST", "14", "SDN/EDU", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args52CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 2. A munition in the singular accusative after إن (إن صاروخا روسيا أصاب): its demonym is spelled as the state's
    //    name (روسيا) and read as the state, not as the munition's adjective, and the doer is lost.
    {"a_russian_missile_in_the_accusative_before_the_verb_hit_homes",
     "قال مسؤول محلي إن صاروخا روسيا أصاب منزلا في مدينة سومي.", "ASSAULT", "19", "RUS/*", nullptr},
    // 4. The organiser of a strike named after it (إضراب نظمته النقابة) is its doer (the caller, دعا إليه, is read
    //    since session 53). Reading دعا إلى (the pronoun of إليه split off) and نظمه as verbs of carrying out (grammar.tsv
    //    perpetrate) was tried and dropped: that cue also tells the noun happened, and made protests awaited (تحسبا
    //    لتظاهرات دعا إليها ناشطون) or only the background of another report (بعد احتجاجات نظمتها عائلاتهم) reported
    //    ones (independent sets 1 and 3, one false protest each). The caller is to be the doer without the noun's being
    //    told as happening. And a long subject in construct with a company's name between the light verb and the
    //    protest noun (نظم موظفو شركة الخطوط الجوية ... وقفة احتجاجية) is lost.
    {"employees_of_royal_air_maroc_held_a_sit_in",
     "نظم موظفو شركة الخطوط الملكية المغربية وقفة احتجاجية أمام مقر الشركة في الدار البيضاء.", "PROTEST", "14",
     "MAR/LAB", nullptr},
    // (Since session 63 the strike, whose doer is still not read, is given the protesters of the place's state,
    // TUN/CVL: the row asks for the union, LAB, it names.)
    {"a_strike_organised_by_the_dockers_union_tunisia",
     "شل إضراب نظمته نقابة عمال الموانئ الحركة في ميناء رادس بتونس.", "PROTEST", "143", "TUN/LAB", nullptr},
};

class Args52PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args52PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args52PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
