// Readings of attacks and protests session 53 left pending, in wire-style sentences written for this table (none
// copied from a corpus or a gold set), on what session 54 (reads) worked on, one class per block, by how often the
// construction comes in the news:
// 1. the target of استهداف and استهدف in construct with the unit hit (استهداف دورية للجيش السوري، استهداف موكب لوزير
//    الداخلية، استهداف سيارة لقوات الأمن): the unit's owner after لـ; a patrol, a motorcade or a vehicle is coded only
//    through its owner, never alone (دورية is also "periodic", سيارة the car of a car bomb);
// 2. a protest's doers with no country of their own (عائلات المختطفين after من قبل، أهالي المعتقلين، اتحاد الطلاب): the
//    state of the protest's place, as for other unnamed people; only the head noun of the doers makes them people whose
//    place says nothing of their state (the hostages themselves, not the families of the abducted);
// 3. a strike named as the circumstance of the verb its clause opens with (أغلقت المحلات أبوابها في إضراب شامل، توقفت
//    الحركة بسبب إضراب سائقي الأجرة) and a strike kept to (التزم التجار بالإضراب): one protest, by the strikers when
//    named; none for a strike called or threatened, nor for a commitment (التزمت الحكومة بإجراء الانتخابات);
// 4. a suicide bombing told in a clause of عندما after its toll (قتل عشرة أشخاص عندما فجر انتحاري نفسه): one event, the
//    bomber's act on the toll's people with its counts (the temporal clause after a toll tells the incident);
// 5. a bare crowd after a preposition of place or direction (كلمة أمام حشد، إلى حشد): people, no mobilisation;
//    حشد الجيش قواته stays one.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "/CVL" is civilians of no known state; "" is no actor;
// nullptr is not checked. Rows named guard_ passed before the session's changes and keep the readings they protect;
// every other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Reads54Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads54Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The target of استهداف in construct with the unit hit: the unit's owner after لـ.
    {"a_patrol_of_the_israeli_forces_targeted_near_jenin", "استهداف دورية لقوات الاحتلال الإسرائيلي قرب مدينة جنين.",
     "ASSAULT", "1", nullptr, "ISR/*"},
    {"a_post_of_the_turkish_army_targeted_with_mortars_idlib",
     "استهداف نقطة للجيش التركي في ريف إدلب بقذائف الهاون.", "ASSAULT", "1", nullptr, "TUR/MIL"},
    {"a_motorcade_of_the_libyan_interior_minister_targeted_tripoli",
     "استهداف موكب لوزير الداخلية الليبي بسيارة مفخخة في طرابلس.", "ASSAULT", "1", nullptr, "LBY/GOV"},
    {"a_car_of_the_somali_security_forces_targeted_mogadishu",
     "استهداف سيارة لقوات الأمن الصومالية بعبوة ناسفة في مقديشو.", "ASSAULT", "1", nullptr, "SOM/*"},
    {"a_police_patrol_targeted_south_of_kirkuk", "استهداف دورية للشرطة العراقية بعبوة ناسفة جنوب كركوك.", "ASSAULT",
     "1", nullptr, "IRQ/COP"},
    {"jnim_claimed_targeting_vehicles_of_the_malian_army",
     "أعلنت جماعة نصرة الإسلام والمسلمين استهداف مركبات للجيش المالي قرب مدينة غاو.", "ASSAULT", "1", nullptr,
     "MLI/MIL"},
    {"guard_soldiers_wounded_in_targeting_a_patrol_of_the_lebanese_army",
     "أصيب ثلاثة جنود في استهداف دورية للجيش اللبناني بعبوة ناسفة في عكار.", "ASSAULT", "1", nullptr, "LBN/MIL"},
    {"guard_gunmen_targeted_a_patrol_of_the_iraqi_army_ramadi",
     "استهدف مسلحون مجهولون دورية للجيش العراقي بعبوة ناسفة قرب مدينة الرمادي.", "ASSAULT", "183", "IRQ/UAF",
     "IRQ/MIL"},
    {"guard_a_bomber_in_a_car_bomb_targeted_a_checkpoint_of_the_somali_army",
     "استهدف انتحاري بسيارة مفخخة حاجزا للجيش الصومالي في مقديشو.", "ASSAULT", "18", nullptr, "SOM/MIL"},
    {"guard_periodic_meetings_with_the_army_are_no_attack",
     "عقدت لجنة التنسيق اجتماعات دورية للجيش والشرطة في العاصمة.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},

    // 2. A protest's doers with no country of their own: the state of its place.
    {"a_stand_organised_by_the_families_of_the_abducted_basra",
     "نظمت وقفة احتجاجية أمام مبنى المحافظة في البصرة من قبل عائلات المختطفين.", "PROTEST", "14", "IRQ/CVL",
     nullptr},
    {"relatives_of_the_detained_sat_in_before_the_court_rabat",
     "اعتصم أهالي المعتقلين أمام المحكمة الابتدائية في الرباط.", "PROTEST", "14", "MAR/CVL", nullptr},
    {"guard_families_of_the_missing_demonstrated_in_beirut",
     "تظاهرت عائلات المفقودين في وسط بيروت للمطالبة بكشف مصير أبنائها.", "PROTEST", "14", "LBN/CVL", nullptr},
    {"the_student_union_organised_a_march_tunis", "نظم اتحاد الطلاب مسيرة احتجاجية في شوارع تونس العاصمة.",
     "PROTEST", "14", "TUN/EDU", nullptr},
    {"guard_the_teachers_union_struck_amman",
     "نفذت نقابة المعلمين إضرابا عن العمل في عمان احتجاجا على تأخر صرف العلاوات.", "PROTEST", "14", "JOR/*",
     nullptr},
    {"guard_a_stand_organised_by_the_teachers_union_baghdad",
     "نظمت وقفة احتجاجية أمام مقر وزارة التربية في بغداد من قبل نقابة المعلمين.", "PROTEST", "14", "IRQ/*",
     "IRQ/GOV"},
    {"guard_hostages_killed_are_given_no_state_by_the_place",
     "قتل مسلحون ثلاثة رهائن في ولاية زمفارا.", "ASSAULT", "1", nullptr, "/CVL"},

    // 3. A strike named as the circumstance of its clause's verb, or kept to.
    {"shops_closed_their_doors_in_a_general_strike_hebron",
     "أغلقت المحلات التجارية أبوابها في مدينة الخليل في إضراب شامل.", "PROTEST", "143", nullptr, nullptr},
    {"traffic_stopped_because_of_a_taxi_drivers_strike_karachi",
     "توقفت الحركة في مدينة كراتشي بسبب إضراب سائقي سيارات الأجرة.", "PROTEST", "143", "PAK/*", nullptr},
    {"classes_stopped_because_of_a_teachers_strike_jordan", "توقفت الدراسة في مدارس الأردن بسبب إضراب المعلمين.",
     "PROTEST", "143", "JOR/EDU", nullptr},
    {"traders_kept_to_the_strike_west_bank", "التزم التجار بالإضراب في مدن الضفة الغربية احتجاجا على الاعتقالات.",
     "PROTEST", "143", "PSE/BUS", nullptr},
    {"life_was_paralysed_after_a_general_strike_west_bank",
     "شلت الحياة في مدن الضفة الغربية إثر إضراب عام دعت إليه الفصائل.", "PROTEST", "143", nullptr, nullptr},
    {"guard_unions_called_a_general_strike_next_week", "دعت النقابات العمالية في تونس إلى إضراب عام الأسبوع المقبل.",
     nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_truck_drivers_threatened_to_strike",
     "هدد سائقو الشاحنات في نيجيريا بالإضراب إذا لم تخفض الحكومة أسعار الوقود.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_talks_stopped_during_a_former_general_strike",
     "توقفت المفاوضات بين النقابة والحكومة خلال إضراب عام سابق.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_a_government_committed_to_holding_elections", "التزمت الحكومة السودانية بإجراء الانتخابات في موعدها.",
     nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_taxi_drivers_struck_amman", "أضرب سائقو سيارات الأجرة في عمان احتجاجا على رفع أسعار الوقود.", "PROTEST",
     "143", "JOR/*", nullptr},

    // 4. A suicide bombing told in a clause of عندما after its toll: one event, the bomber's, on the toll's people.
    {"ten_killed_when_a_bomber_blew_himself_up_in_a_market_maiduguri",
     "قتل عشرة أشخاص عندما فجر انتحاري نفسه في سوق شعبي بمدينة مايدوغوري.", "ASSAULT", "1831", "NGA/*", "NGA/CVL"},
    {"seven_wounded_when_a_bomber_blew_himself_up_at_a_wedding_anbar",
     "أصيب سبعة أشخاص عندما فجر انتحاري نفسه في حفل زفاف بمحافظة الأنبار.", "ASSAULT", "1831", "IRQ/*", "IRQ/CVL"},
    {"six_died_when_a_bomber_detonated_his_belt_in_a_cafe_baidoa",
     "لقي ستة أشخاص مصرعهم عندما فجر انتحاري حزامه الناسف في مقهى شعبي بمدينة بيدوا.", "ASSAULT", "1831", "SOM/*",
     "SOM/CVL"},
    {"guard_a_bomber_blew_himself_up_killing_ten_maiduguri",
     "فجر انتحاري نفسه في سوق شعبي بمدينة مايدوغوري مما أسفر عن مقتل عشرة أشخاص.", "ASSAULT", "1831", "NGA/*",
     "NGA/CVL"},

    // 5. A bare crowd after a preposition of place or direction.
    {"the_president_spoke_before_a_crowd_in_kasbah_square", "ألقى الرئيس التونسي كلمة أمام حشد في ساحة القصبة.",
     nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"the_opposition_leader_turned_to_the_crowd_kinshasa", "توجه زعيم المعارضة الكونغولية إلى الحشود في كينشاسا.",
     nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"guard_a_candidate_spoke_to_a_crowd_of_supporters_lagos",
     "تحدث المرشح الرئاسي إلى حشد من مؤيديه في مدينة لاغوس.", nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"guard_the_sudanese_army_massed_its_forces", "حشد الجيش السوداني قواته على حدود ولاية الجزيرة.", "MOBILIZE",
     "154", "SDN/MIL", nullptr},
    {"guard_russia_massed_troops_near_the_border", "حشدت روسيا عشرات الآلاف من الجنود قرب الحدود الأوكرانية.",
     "MOBILIZE", "154", "RUS/*", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads54Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. The means after بـ refines the code of the verb استهدف (183 by a bomb) but not of its verbal noun, which stays
    //    190: the noun is neither a verb nor a toll, the two heads MergeRestNouns takes a means for.
    {"a_column_of_us_forces_targeted_with_a_roadside_bomb",
     "استهداف رتل للقوات الأمريكية بعبوة ناسفة على طريق الناصرية.", "ASSAULT", "183", nullptr, "USA/MIL"},
    // 3. The doers of a strike that is the circumstance of their own verb (أغلق التجار محلاتهم في إضراب): the subject of
    //    the clause's verb is not read as the strike's doer.
    {"traders_closed_their_shops_in_a_strike_against_taxes_damascus",
     "أغلق التجار محلاتهم في سوق الحميدية بدمشق في إضراب احتجاجي على رفع الضرائب.", "PROTEST", "14", "SYR/BUS",
     nullptr},
    // 4. A suicide bombing after حين, "when" without ما: since session 55 حين is temporal and the bombing is merged with
    //    the toll (coder_reads55_test.cc, block 2); the place, بوساسو, is not known to the gazetteer, so neither the
    //    bomber nor the soldiers get Somalia.
    {"eight_soldiers_died_when_an_attacker_detonated_his_belt_bosaso",
     "لقي ثمانية جنود حتفهم حين فجر مهاجم حزامه الناسف قرب ثكنة عسكرية في مدينة بوساسو.", "ASSAULT", "1831",
     "SOM/*", "SOM/MIL"},
};

class Reads54PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads54PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Reads54PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
