// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 39 (args39) worked on, one class of readings per block (the numbers of the brief):
// 1. a verb of dying that names no violence (توفي، مات، قضى) with a violent noun after في، جراء، إثر as its cause
//    (توفي ثلاثة مدنيين في انفجار عبوة ناسفة، قضى سبعة مدنيين في غارة جوية للجيش السوداني) is a killing: the noun
//    gives the code and its doer, the dead are the victims and their count the toll (before, no event, or an event
//    with no toll); a death with no violent cause (توفي الرئيس السابق في باريس، قضى الوزير ثلاثة أيام في القاهرة،
//    توفي ثلاثة عمال في انفجار خزان غاز) stays no event;
// 2. soldiers killed in an attack on a checkpoint read as the police's (قضى جنديان في هجوم لمسلحين على حاجز أمني): a
//    state's army and police, of one state or one naming none, are one side to the means, one event (before, two);
// 3. the dual of a casualty noun (خلف الهجوم قتيلين، أسفر الانفجار عن قتيلين وجريحين، سقوط قتيلين) is a toll of two
//    (before, none, or the count of the noun joined to it by و);
// 6. a count standing alone for people right after a verb of protest (شارك الآلاف في مظاهرة، خرج المئات إلى الشوارع) is a crowd,
//    civilians of the state where it gathers (before, the protest had no source); so is an indefinite count with no
//    genitive (تظاهر آلاف في العاصمة الكينية نيروبي).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::NoEventRow;
using testing::ProbeRow;

class Args39IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args39IncidentTest, CodesOneIncidentWithItsToll) { testing::ExpectIncidentRow(GetParam()); }

// name, text, counted ASSAULT events, code prefix, source, target, killed, injured (-1 unchecked).
const IncidentRow kIncidents[] = {
    // 1. A verb of dying with a violent noun as its cause.
    {"three_civilians_died_in_quetta_bombing", "توفي ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة كويتا.", 1, "18", "",
     "PAK/CVL", 3, -1},
    {"two_children_died_of_russian_shelling_kharkiv", "توفي طفلان جراء قصف روسي على مدينة خاركيف.", 1, "19", "RUS/*",
     "UKR/CVL", 2, -1},
    {"seven_civilians_perished_in_sudanese_army_strike",
     "قضى سبعة مدنيين في غارة جوية للجيش السوداني على سوق في نيالا.", 1, "195", "SDN/MIL", "SDN/CVL", 7, -1},
    {"five_children_died_in_israeli_strike_rafah", "مات خمسة أطفال جراء غارة إسرائيلية على رفح.", 1, "195", "ISR/*",
     "PSE/CVL", 5, -1},
    {"four_villagers_died_in_myanmar_army_strike", "توفي أربعة قرويين في غارة جوية للجيش الميانماري على قرية في ولاية شان.", 1,
     "195", "MMR/MIL", "MMR/CVL", 4, -1},
    {"three_ukrainian_soldiers_perished_donetsk", "قضى ثلاثة جنود أوكرانيين جراء قصف روسي على منطقة دونيتسك.", 1, "19",
     "RUS/*", "UKR/MIL", 3, -1},
    {"two_children_died_in_shelling_on_idlib_camp", "مات طفلان في قصف مدفعي على مخيم للنازحين في شمال إدلب.", 1, "194", "",
     "SYR/CVL", 2, -1},
    {"five_miners_perished_in_drone_attack_congo", "قضى خمسة عمال في هجوم بطائرة مسيرة على منجم في شرق الكونغو.", 1, "19",
     "", "COD/*", 5, -1},
    // 2. Soldiers killed in an attack on a checkpoint, the security it stands for with no state named: one side, one
    // event.
    {"two_soldiers_perished_in_attack_on_sinai_checkpoint", "قضى جنديان في هجوم لمسلحين على حاجز أمني في شمال سيناء.", 1,
     "19", "EGY/UAF", "EGY/MIL", 2, -1},
    {"three_soldiers_killed_in_attack_on_security_checkpoint_balochistan",
     "قتل ثلاثة جنود في هجوم لمسلحين على حاجز أمني في إقليم بلوشستان.", 1, "19", "PAK/UAF", "PAK/MIL", 3, -1},
    {"guard_two_soldiers_died_three_wounded_checkpoint_gao",
     "لقي جنديان مصرعهما وأصيب ثلاثة آخرون في هجوم على نقطة تفتيش قرب مدينة غاو.", 1, "19", nullptr, "*/MIL", 2, 3},
    {"guard_two_soldiers_killed_in_attack_on_patrol", "قتل جنديان في هجوم لمسلحين على دورية في شمال سيناء.", 1, "19",
     "EGY/UAF", "EGY/MIL", 2, -1},
    // 3. The dual of a casualty noun is a toll of two.
    {"attack_left_two_dead_goma", "خلف الهجوم قتيلين في مدينة غوما.", 1, "19", nullptr, nullptr, 2, -1},
    {"attack_left_two_dead_three_wounded_goma", "خلف الهجوم قتيلين وثلاثة جرحى في مدينة غوما.", 1, "19", nullptr, nullptr, 2,
     3},
    {"kabul_blast_two_dead_two_wounded", "أسفر الانفجار عن قتيلين وجريحين في كابل.", 1, "18", nullptr, nullptr, 2, 2},
    {"kabul_blast_fall_of_two_dead", "أسفر الانفجار عن سقوط قتيلين في كابل.", 1, "18", nullptr, nullptr, 2, -1},
    {"russian_shelling_two_wounded_kherson", "أسفر القصف الروسي عن جريحين في خيرسون.", 1, "19", "RUS/*", nullptr, -1, 2},
    {"strike_left_two_martyrs_deir_al_balah", "أسفرت الغارة عن شهيدين في دير البلح.", 1, "195", nullptr, nullptr, 2, -1},
    {"guard_gunmen_killed_two_soldiers_khyber", "قتل مسلحون جنديين في هجوم على دورية بإقليم خيبر بختونخوا.", 1, "19",
     "PAK/UAF", "PAK/MIL", 2, -1},
    // 6. The dozens counted alone are the victims, and still their count.
    {"guard_dozens_killed_in_shabaab_attack_mogadishu", "قتل العشرات في هجوم لحركة الشباب على فندق في مقديشو.", 1, "19",
     "SOM/REB", nullptr, 0, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args39IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// 1. A death with no violent cause is no event.
const NoEventRow kNoEvents[] = {
    {"guard_former_president_died_in_paris", "توفي الرئيس السابق في باريس عن عمر ناهز 80 عاما."},
    {"guard_minister_spent_three_days_in_cairo", "قضى الوزير ثلاثة أيام في القاهرة."},
    {"guard_workers_died_in_gas_tank_blast", "توفي ثلاثة عمال في انفجار خزان غاز في مدينة لاهور."},
    {"guard_migrants_perished_in_shipwreck", "قضى عشرة مهاجرين في غرق قارب قبالة سواحل ليبيا."},
    {"guard_three_died_in_road_accident", "توفي ثلاثة أشخاص في حادث سير على طريق الخرطوم مدني."},
};

class Args39NoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Args39NoEventTest, GivesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args39NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<NoEventRow>& i) { return std::string(i.param.name); });

class Args39Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args39Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A court's ruling is no killing.
    {"guard_court_sentenced_to_death", "قضت المحكمة بإعدام ثلاثة متهمين في قضية الهجوم.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    // 6. The thousands, the hundreds, alone after a verb of protest, are a crowd of the place's state.
    {"thousands_took_part_in_amman_demonstration", "شارك الآلاف في مظاهرة في عمان.", "PROTEST", "14", "JOR/CVL", nullptr},
    {"hundreds_went_out_to_khartoum_streets", "خرج المئات إلى الشوارع في الخرطوم.", "PROTEST", "14", "SDN/CVL", nullptr},
    {"tens_of_thousands_marched_in_islamabad", "شارك عشرات الآلاف في مسيرة حاشدة في إسلام آباد.", "PROTEST", "14", "PAK/CVL",
     nullptr},
    {"thousands_demonstrated_in_dhaka_over_prices", "تظاهر الآلاف في داكا احتجاجا على ارتفاع الأسعار.", "PROTEST", "14",
     "BGD/CVL", nullptr},
    {"hundreds_gathered_at_us_embassy_baghdad", "تجمع المئات أمام السفارة الأمريكية في بغداد.", "PROTEST", "14", "IRQ/CVL",
     "USA/*"},
    {"thousands_demonstrated_in_nairobi", "تظاهر آلاف في العاصمة الكينية نيروبي.", "PROTEST", "14", "KEN/CVL", nullptr},
    {"thousands_went_out_to_nairobi_streets", "خرج الآلاف إلى شوارع نيروبي للاحتجاج على الضرائب.", "PROTEST", "14",
     "KEN/CVL", nullptr},
    {"guard_thousands_of_people_demonstrated_in_dhaka", "تظاهر آلاف الأشخاص في داكا.", "PROTEST", "14", "BGD/CVL", nullptr},
    {"guard_thousands_of_russian_soldiers_killed", "قتل آلاف الجنود الروس في معارك باخموت.", "ASSAULT", "19", nullptr,
     "RUS/MIL"},
    {"guard_police_arrested_dozens_of_khan_supporters", "اعتقلت الشرطة الباكستانية العشرات من أنصار عمران خان في لاهور.",
     "COERCE", "173", "PAK/COP", "PAK/*"},
    {"guard_tear_gas_on_hundreds_of_protesters_nairobi", "أطلقت الشرطة الغاز المسيل للدموع على المئات من المحتجين في نيروبي.",
     "ASSAULT", "175", "KEN/COP", "KEN/CVL"},
    // 5. A missile whose launcher the verb of launching after it names, its pronoun the missile: the launcher's fire
    // (pending in session 39; coded since args42's missile line read only before such a verb).
    {"houthi_missile_intercepted_over_eilat", "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون باتجاه إيلات.", "ASSAULT", "19",
     "YEM/REB", nullptr},
    {"houthi_ballistic_missile_intercepted_over_jizan",
     "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته جماعة الحوثي نحو جازان.", "ASSAULT", "19", "YEM/REB", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args39Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 2. (An attack noun alone on a prison, هجوم على سجن, names no doer: the unidentified gunmen of the place's state.)
    {"attack_on_prison_in_kogi", "هجوم على سجن في ولاية كوجي.", "ASSAULT", "19", "NGA/UAF", nullptr},
};

class Args39PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args39PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args39PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending incidents: passes while the reading is not given, fails once it is, so that the row moves to kIncidents.
const IncidentRow kPendingIncidents[] = {
    // 2. (The wounded of an attack on a checkpoint where the dead are police, لقي شرطيان مصرعهما وأصيب خمسة آخرون في هجوم
    // على نقطة تفتيش, still make a second event: the checkpoint is read as the army's, and police and army are one
    // side only where one names no state.)
    {"two_policemen_died_four_wounded_checkpoint_kirkuk",
     "لقي شرطيان مصرعهما وأصيب أربعة آخرون في هجوم على نقطة تفتيش جنوب كركوك.", 1, "19", nullptr, "IRQ/COP", 2, 4},
};

class Args39PendingIncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args39PendingIncidentTest, IsStillAGap) { testing::ExpectIncidentStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args39PendingIncidentTest, ::testing::ValuesIn(kPendingIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
