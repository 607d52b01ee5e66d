// The lead's readings of session 50:
// 1. the genitive of a weapon is its owner, named definitely (مسيرات الحوثيين، مسيرة الجيش): an indefinite agent after
//    an indefinite drone right after a verb of attack is the verb's object (استهدفت مسيرة صحفيين). Before, the drone
//    gave a second event whose source was the people it hit (journalists attacking);
// 2. an attack on what only force hits (مواقع، أهداف، منشآت: word_kinds.tsv hard_target), whose sides and place the
//    sentence does not name, is still an attack (قصفت طائرات مسيرة مواقع). Before, a violent verb with no doer, no
//    victim, no place and no toll gave nothing;
// 3. أنصار الإسلام is Iraq's group, but Burkina Faso's Ansarul Islam in a document that names Burkina Faso (its `?`
//    names in lexicon/actors/horn_sahel.tsv). Before, it was Iraq's everywhere.
// Every expected count, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the change; every other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Lead50IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Lead50IncidentTest, CodesTheIncident) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 1. An indefinite agent after an indefinite drone is the verb's object.
    {"drone_hit_journalists_khan_younis", "استهدفت مسيرة صحفيين في خان يونس.", 1, "19", "", "PSE/MED", -1, -1},
    {"drone_hit_rsf_fighters", "استهدفت مسيرة مقاتلين من الدعم السريع قرب مدينة الأبيض.", 1, "19", "", "SDN/*", -1, -1},
    {"guard_drone_hit_police_mosul", "قصفت مسيرة عناصر من الشرطة في مدينة الموصل.", 1, "19", "", "IRQ/COP", -1, -1},
    {"drone_hit_base_deir_ez_zor", "استهدفت مسيرة قاعدة عسكرية في ريف دير الزور.", 1, "19", "", "SYR/MIL", -1, -1},
    {"guard_houthi_drones_hit_ship", "استهدفت مسيرات الحوثيين سفينة تجارية في البحر الأحمر.", 1, "1952", "YEM/*", nullptr,
     -1, -1},
    {"guard_israeli_drone_hit_hezbollah_men", "استهدفت مسيرة إسرائيلية عناصر من حزب الله في الجنوب اللبناني.", 1, "19",
     "ISR/MIL", "LBN/*", -1, -1},
    {"guard_army_drones_hit_rsf_positions", "استهدفت مسيرات الجيش السوداني مواقع لقوات الدعم السريع في الفاشر.", 1, "19",
     "SDN/MIL", "SDN/*", -1, -1},
    // 2. An attack on what only force hits, its sides unnamed.
    {"drones_struck_positions", "قصفت طائرات مسيرة مواقع فجر اليوم.", 1, "195", "", "", -1, -1},
    {"drones_struck_targets", "قصفت طائرات مسيرة أهدافا في ساعة متأخرة من الليل.", 1, "195", "", "", -1, -1},
    {"guard_drones_struck_military_positions", "قصفت طائرات مسيرة مواقع عسكرية فجر اليوم.", 1, "195", "", "*/MIL", -1,
     -1},
    {"guard_drones_struck_targets_in_marib", "قصفت طائرات مسيرة أهدافا في مدينة مأرب.", 1, "195", "", nullptr, -1, -1},
    // 3. Ansarul Islam in Burkina Faso, Ansar al-Islam in Iraq.
    {"ansarul_islam_attacked_barracks_burkina", "هاجمت جماعة أنصار الإسلام ثكنة للجيش في شمال بوركينا فاسو.", 1, "19",
     "BFA/REB", "*/MIL", -1, -1},
    {"ansarul_islam_fighters_attacked_police_burkina",
     "هاجم مسلحون من جماعة أنصار الإسلام مركزا للشرطة في إقليم سوم ببوركينا فاسو.", 1, "19", "BFA/REB", "*/COP", -1, -1},
    {"guard_ansar_al_islam_attacked_army_kirkuk", "هاجمت جماعة أنصار الإسلام نقطة للجيش في كركوك.", 1, "19", "IRQ/REB",
     "*/MIL", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Lead50, Lead50IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const auto& info) { return std::string(info.param.name); });

class Lead50ProbeTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead50ProbeTest, CodesTheSentence) { testing::ExpectProbeRow(GetParam()); }

// A march of people named in its genitive is still a march: the rule of weapons asks for the weapon reading.
const ProbeRow kProbes[] = {
    {"guard_students_march_khartoum", "خرجت مسيرة طلاب في الخرطوم للمطالبة بالحكم المدني.", "PROTEST", "14", "SDN/EDU",
     nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Lead50, Lead50ProbeTest, ::testing::ValuesIn(kProbes),
                         [](const auto& info) { return std::string(info.param.name); });

class Lead50PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead50PendingTest, IsStillPending) { testing::ExpectStillPending(GetParam()); }

// Readings still missing. A march that roams the streets (جابت مسيرة عمال الشوارع) is the workers' protest: the coder
// gives a protest (احتجاجا) with no doer, and does not read جاب as a verb the march does.
const ProbeRow kPending[] = {
    {"workers_march_roamed_casablanca", "جابت مسيرة عمال شوارع الدار البيضاء احتجاجا على غلاء الأسعار.", "PROTEST", "14",
     "MAR/LAB", nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Lead50, Lead50PendingTest, ::testing::ValuesIn(kPending),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
