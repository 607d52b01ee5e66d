// Who did it, in constructions where the coder took the attacker for the target or lost it, in wire-style sentences
// written for this table (none copied from a corpus or a gold set), on what session 51 (args2) worked on, one class of
// readings per block (the numbers of the brief):
// 1. a weapon with a relative clause naming its launcher (استهدفت مسيرات أطلقتها قوات الدعم السريع مستشفى): a machine
//    of war, as a munition was, is launched by the actor after the verb of launching that carries its pronoun, who
//    did what it did; the object comes after that launcher (the subject right after the verb, or the machine the
//    verb's phrase ends in: قصفت طائرات مسيرة أطلقتها);
// 2. the defender's claim (صد الجيش هجوما شنته قوات الدعم السريع على مدينة): the attack is the one who launched it,
//    on the defender (a guard row); one event, not a second with the sides reversed (read since session 52);
// 3. a dual subject after a killing verb, then a noun of people with no conjunction, right after it, counted, or past
//    a phrase of a preposition and plain nouns (قتل مسلحان على متن دراجة نارية سائق حافلة): the dual is the subject
//    and that noun the object, whose case a construct's head does not show; a dual with no object stays the victims;
// 4. armed men of no stated side (مسلحون, UAF) next to a people with a side, in agreement (انفصاليون مسلحون،
//    مسلحون انفصاليون، متمردون مسلحون): one actor, of that side, not a second actor taken as the target.
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

class Args2_51Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args2_51Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A machine of war or a munition with a relative clause naming its launcher: the launcher did it.
    {"drones_launched_by_the_rsf_targeted_a_hospital_el_obeid",
     "استهدفت مسيرات أطلقتها قوات الدعم السريع مستشفى في مدينة الأبيض.", "ASSAULT", "19", "SDN/REB", "SDN/HLH"},
    {"drone_aircraft_launched_by_the_rsf_shelled_a_hospital_nyala",
     "قصفت طائرات مسيرة أطلقتها قوات الدعم السريع مستشفى في مدينة نيالا.", "ASSAULT", "19", "SDN/REB", "SDN/HLH"},
    {"a_drone_launched_by_the_ukrainian_army_killed_civilians_belgorod",
     "قتلت مسيرة أطلقها الجيش الأوكراني ثلاثة مدنيين في منطقة بيلغورود.", "ASSAULT", "19", "UKR/MIL", "RUS/CVL"},
    {"missiles_launched_by_the_houthis_hit_a_saudi_army_post",
     "استهدفت صواريخ أطلقها الحوثيون موقعا للجيش السعودي في منطقة جازان.", "ASSAULT", "19", "YEM/*", "SAU/MIL"},
    {"guard_aircraft_of_the_sudanese_army_shelled_a_market_nyala",
     "قصفت طائرات تابعة للجيش السوداني سوقا في مدينة نيالا.", "ASSAULT", "19", "SDN/MIL", nullptr},
    {"guard_israeli_aircraft_shelled_a_house_khan_younis", "قصفت الطائرات الإسرائيلية منزلا في مدينة خان يونس.",
     "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    {"guard_the_rsf_shelled_a_hospital_el_fasher", "قصفت قوات الدعم السريع مستشفى في مدينة الفاشر.", "ASSAULT", "19",
     "SDN/REB", "SDN/HLH"},

    // 2. The defender's claim: the attack repelled is the attacker's, on the defender (and kIncidents).
    {"guard_government_forces_repelled_an_attack_by_gunmen_borno",
     "تصدت القوات الحكومية لهجوم شنه مسلحون على بلدة في ولاية بورنو.", "ASSAULT", "19", "NGA/UAF", "NGA/MIL"},

    // 3. A dual subject after a killing verb, then its object past a phrase, counted, or in construct.
    {"two_gunmen_on_a_motorcycle_killed_a_policeman_quetta",
     "قتل مسلحان على متن دراجة نارية شرطيا في مدينة كويتا.", "ASSAULT", "19", "PAK/UAF", "PAK/COP"},
    {"two_gunmen_on_a_motorcycle_killed_a_truck_driver_peshawar",
     "قتل مسلحان على متن دراجة نارية سائق شاحنة في مدينة بيشاور.", "ASSAULT", "19", "PAK/UAF", "PAK/CVL"},
    {"two_gunmen_killed_a_bus_driver_karachi", "قتل مسلحان سائق حافلة في مدينة كراتشي.", "ASSAULT", "19", "PAK/UAF",
     "PAK/CVL"},
    {"two_gunmen_killed_three_farmers_zamfara", "قتل مسلحان ثلاثة مزارعين في ولاية زمفارا.", "ASSAULT", "19", "NGA/UAF",
     "NGA/AGR"},
    {"guard_two_gunmen_killed_a_policeman_peshawar", "قتل مسلحان شرطيا في مدينة بيشاور.", "ASSAULT", "19", "PAK/UAF",
     "PAK/COP"},
    {"guard_two_egyptian_policemen_were_killed_arish", "قتل شرطيان مصريان في مدينة العريش.", "ASSAULT", "19", "",
     "EGY/COP"},
    {"guard_two_soldiers_killed_in_an_attack_by_gunmen", "قتل جنديان في هجوم شنه مسلحون على حاجز للجيش.", "ASSAULT",
     "19", "*/UAF", "*/MIL"},

    // 4. Armed men of no stated side next to a people with one: one actor, of that side.
    {"armed_separatists_kidnapped_chinese_engineers_balochistan",
     "خطف انفصاليون مسلحون أربعة مهندسين صينيين في إقليم بلوشستان.", "ASSAULT", "18", "PAK/SEP", "CHN/*"},
    {"separatist_gunmen_kidnapped_drivers_balochistan", "اختطف مسلحون انفصاليون سائقين في إقليم بلوشستان.", "ASSAULT",
     "18", "PAK/SEP", "PAK/*"},
    {"armed_rebels_attacked_a_village_ituri", "هاجم متمردون مسلحون قرية في إقليم إيتوري.", "ASSAULT", "19", "COD/REB",
     "COD/CVL"},
    {"armed_settlers_attacked_shepherds_near_hebron", "هاجم مستوطنون مسلحون رعاة في قرية قرب الخليل.", "ASSAULT", "19",
     "ISR/*", "PSE/*"},
    {"guard_masked_gunmen_kidnapped_a_journalist_mosul", "اختطف مسلحون ملثمون صحفيا في مدينة الموصل.", "ASSAULT", "18",
     "IRQ/UAF", "IRQ/*"},
    // (Pending here until session 53, which read a thing hit that is no actor as the state of its place:
    // coder_actors53_test.)
    {"drones_launched_by_the_rsf_hit_a_power_station_atbara",
     "استهدفت مسيرات أطلقتها قوات الدعم السريع محطة كهرباء في مدينة عطبرة.", "ASSAULT", "19", "SDN/REB", "SDN/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args2_51Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

using testing::IncidentRow;

class Args2_51IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args2_51IncidentTest, CodesTheIncidentsOnce) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 2. Routing (دحر) is the router's own act on the routed.
    {"guard_the_somali_army_routed_shabaab_fighters",
     "دحر الجيش الصومالي مقاتلي حركة الشباب من بلدة في إقليم شبيلي السفلى.", 1, "19", "SOM/MIL", "SOM/*", -1, -1},
    // 2. An attack repelled is one clash, the attacker's, on the defender: no second event of the defender on the
    //    attacker (session 52, coder_args52_test: the defender's own event stays where a toll of its own follows, ما
    //    أسفر عن مقتل العشرات منهم, coder_args30_test, or a killing joined by و, coder_args35_test).
    {"the_army_repelled_an_attack_launched_by_the_rsf_on_dilling",
     "صد الجيش السوداني هجوما شنته قوات الدعم السريع على مدينة الدلنج.", 1, "19", "SDN/REB", "SDN/MIL", -1, -1},
    {"kenyan_police_said_they_repelled_a_shabaab_attack_lamu",
     "أعلنت الشرطة الكينية أنها صدت هجوما لحركة الشباب على مركز أمني في مقاطعة لامو.", 1, "19", "SOM/*", "KEN/*", -1,
     -1},
    {"ukrainian_forces_stood_up_to_a_russian_attack_kharkiv",
     "تصدت القوات الأوكرانية لهجوم روسي على بلدة في منطقة خاركيف.", 1, "19", "RUS/*", "UKR/MIL", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args2_51IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
