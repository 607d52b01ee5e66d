// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 38 (args38) worked on, one class of readings per block (the numbers of the brief):
// 1. a toll told after the count of a verb of result or its participle (ما خلف ستة قتلى، مخلفا 12 قتيلا، ما أسفر عن
//    ثمانية قتلى) is the toll of the cause before it, one event, not an attack of its own;
// 2. a verb of wounding joined by و to a toll of لقي whose rest carries the victims' pronoun (لقي شرطيان مصرعهما
//    وأصيب خمسة آخرون): the wounded are kept with the dead, one event (the noun in the rest is no noun of its own
//    that the verb would describe);
// 3. a definite body no dictionary names with a sector (اللجنة، البعثة، الهيئة، المفوضية) is no head of a construct:
//    the group after it (الجيش المالي، الحكومة الإثيوبية) is the object, not one actor with it;
// 4. an act told again past a verb of saying in the next sentence (وقال شهود إن الشرطة أطلقت ...), by the same doer
//    on the same side with the same code, is the act told before: one event;
// 5. an attack noun with its means, then من (من جانب) and an armed force named as such (قصف مدفعي من قوات الدعم
//    السريع، هجوم صاروخي من حزب الله): that force is the doer;
// 6. the nationality of the act a complaint or a protest is about (احتجت الحكومة العراقية على القصف التركي) names the
//    target; unidentified gunmen who storm a camp or a prison (اقتحم مسلحون مخيما للنازحين في إقليم دارفور) are of
//    the state where they act.
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

using testing::CountRow;
using testing::IncidentRow;
using testing::ProbeRow;

class Args38IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args38IncidentTest, CodesOneIncidentWithItsToll) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 1. A toll after the count of a verb of result is its cause's.
    {"quetta_car_bomb_left_six_dead", "انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة كويتا ما خلف ستة قتلى.", 1, "18", nullptr,
     nullptr, 6, -1},
    {"suicide_bomber_left_twelve_dead", "فجر انتحاري نفسه وسط تجمع انتخابي في إقليم خيبر بختونخوا مخلفا 12 قتيلا.", 1, "18",
     nullptr, nullptr, 12, -1},
    {"russian_artillery_market_seven_dead_ten_wounded",
     "قصفت المدفعية الروسية سوقا في مدينة كوستيانتينيفكا ما خلف سبعة قتلى وعشرة جرحى.", 1, "19", "RUS/*", nullptr, 7, 10},
    {"pakistani_army_strikes_twenty_dead", "شن الجيش الباكستاني غارات على مخابئ للمسلحين في وزيرستان ما أسفر عن عشرين قتيلا.",
     1, "195", "PAK/MIL", nullptr, 20, -1},
    {"houthi_shelling_taiz_four_dead", "قصف الحوثيون حيا سكنيا في مدينة تعز ما خلف أربعة قتلى بينهم طفلان.", 1, "194", "YEM/REB",
     nullptr, 4, -1},
    // (The dual of a casualty noun as the toll, قتيلين: a pending row closed by args39.)
    {"kharkiv_shelling_two_dead_seven_wounded", "قصفت القوات الروسية مدينة خاركيف ما خلف قتيلين وسبعة جرحى.", 1, "19",
     "RUS/MIL", nullptr, 2, 7},
    {"guard_mogadishu_bomb_resulted_in_killing", "انفجرت عبوة ناسفة في سوق بمدينة مقديشو ما أسفر عن مقتل خمسة أشخاص.", 1, "18",
     nullptr, nullptr, 5, -1},
    // 2. The wounded joined by و to a toll of لقي with the victims' pronoun.
    {"two_policemen_died_five_wounded_balochistan",
     "لقي شرطيان مصرعهما وأصيب خمسة آخرون في هجوم مسلح بإقليم بلوشستان.", 1, "19", nullptr, "*/COP", 2, 5},
    {"ukrainian_soldier_died_four_wounded_kherson", "لقي جندي أوكراني مصرعه وأصيب أربعة آخرون في قصف روسي على خيرسون.", 1,
     "19", "RUS/*", "UKR/MIL", 1, 4},
    {"two_women_died_six_wounded_blue_nile", "لقيت امرأتان مصرعهما وجرح ستة آخرون في غارة على قرية بولاية النيل الأزرق.", 1,
     "19", nullptr, "*/CVL", 2, 6},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args38IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

class Args38Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args38Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 3. A definite body is no head of a construct: the group after it is the object.
    {"mission_accused_malian_army", "اتهمت البعثة الجيش المالي بقتل مدنيين في وسط البلاد.", "ACCUSE", "112", nullptr, "MLI/MIL"},
    {"commission_called_on_ethiopian_government", "دعت المفوضية الحكومة الإثيوبية إلى الإفراج عن الصحفيين.", "REQUEST", "02",
     nullptr, "ETH/GOV"},
    {"committee_accused_ugandan_police", "اتهمت اللجنة الشرطة الأوغندية باعتقال أنصار المعارضة.", "ACCUSE", "112", nullptr,
     "UGA/COP"},
    {"guard_authority_accused_rsf", "اتهمت الهيئة قوات الدعم السريع بنهب المساعدات في دارفور.", "ACCUSE", "112", nullptr,
     "SDN/REB"},
    {"guard_one_of_the_police_members_killed", "قتل أحد عناصر الشرطة في هجوم بمدينة العريش.", "ASSAULT", "19", nullptr,
     "*/COP"},
    // 5. The armed force after من is the attack noun's doer; the shelling noun's على.
    {"artillery_shelling_by_rsf_on_fasher", "قصف مدفعي من قوات الدعم السريع على أحياء مدينة الفاشر.", "ASSAULT", "194",
     "SDN/REB", nullptr},
    {"rocket_attack_by_hezbollah_on_metula", "هجوم صاروخي من حزب الله على بلدة المطلة.", "ASSAULT", "19", "LBN/*", nullptr},
    {"drone_attacks_on_the_part_of_rsf", "هجمات بالمسيرات من جانب قوات الدعم السريع على مدينة بورتسودان.", "ASSAULT", "195",
     "SDN/REB", nullptr},
    {"m23_shelling_on_congolese_army_positions", "قصف عنيف من متمردي حركة إم23 على مواقع الجيش الكونغولي قرب غوما.", "ASSAULT",
     "194", "COD/REB", nullptr},
    {"guard_drone_attack_by_the_houthis", "هجوم بطائرة مسيرة من قبل الحوثيين على سفينة تجارية.", "ASSAULT", "195", "YEM/REB",
     nullptr},
    {"guard_rocket_fire_from_lebanon_names_no_doer", "قصف صاروخي من لبنان على مستوطنة شمالي إسرائيل.", "ASSAULT", "194", "",
     nullptr},
    // 6. The nationality of the act complained of is the target.
    {"iraq_protested_turkish_shelling", "احتجت الحكومة العراقية على القصف التركي لقرى في إقليم كردستان.", "ACCUSE", "114",
     "IRQ/GOV", "TUR/*"},
    {"pakistan_protested_indian_strikes", "احتجت الخارجية الباكستانية على الضربات الهندية.", "ACCUSE", "114", "PAK/GOV", "IND/*"},
    {"students_protested_israeli_war", "احتج مئات الطلاب على الحرب الإسرائيلية على غزة.", "PROTEST", "14", "*/EDU", "ISR/*"},
    {"guard_egypt_denounced_israeli_strikes", "نددت الخارجية المصرية بالغارات الإسرائيلية على لبنان.", "ACCUSE", "111",
     "EGY/GOV", "ISR/*"},
    // 6. Unidentified gunmen who storm a place are of its state.
    {"gunmen_stormed_darfur_displaced_camp", "اقتحم مسلحون مخيما للنازحين في إقليم دارفور.", "ASSAULT", "19", "SDN/UAF",
     nullptr},
    {"gunmen_stormed_maiduguri_prison", "اقتحم مسلحون مجهولون السجن المركزي في مدينة مايدوغوري.", "ASSAULT", "19", "NGA/UAF",
     nullptr},
    {"guard_occupation_forces_stormed_jenin_camp", "اقتحمت قوات الاحتلال مخيم جنين.", "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    // (An armed attack named by its noun alone, هجوم مسلح: the unidentified armed men it implies, of the place's state;
    // pending here until session 66.)
    {"armed_attack_on_kogi_prison", "هجوم مسلح على سجن في ولاية كوجي.", "ASSAULT", "19", "NGA/UAF", nullptr},
    // 5. The shelling noun on positions of the army: its owner is the target (pending in session 38; coded since args41's
    // lines of قصف على مواقع، مقرات، تجمعات, whose phrase ends in what was hit, so that على is read only there).
    {"shelling_on_sudanese_army_positions_babanusa", "قصف مدفعي على مواقع الجيش السوداني في مدينة بابنوسة.", "ASSAULT", "194",
     "", "SDN/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args38Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Args38CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Args38CountTest, GivesTheEventsWithTheirSides) { testing::ExpectCountRow(GetParam()); }

const CountRow kCounts[] = {
    // 4. An act told again by witnesses in the next sentence: one event.
    {"kenyan_police_tear_gas_retold_by_witnesses",
     "أطلقت الشرطة الكينية الغاز المسيل للدموع على المحتجين في نيروبي. وقال شهود إن الشرطة أطلقت الغاز المسيل للدموع على "
     "المحتجين.",
     1, "ASSAULT", "175", "KEN/COP", "KEN/CVL"},
    {"iranian_arrests_retold_by_witnesses",
     "اعتقلت قوات الأمن الإيرانية عشرات الطلاب في طهران. وذكر شهود أن قوات الأمن اعتقلت الطلاب أمام الجامعة.", 1, "COERCE",
     "173", "IRN/COP", "IRN/*"},
    {"guard_witnesses_told_police_fired_tear_gas_dhaka", "وقال شهود إن الشرطة أطلقت الغاز المسيل للدموع على المحتجين في داكا.",
     1, "ASSAULT", "175", "BGD/COP", "BGD/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args38CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 3. (A phrase split by its subject, طالب ... بفتح تحقيق, reads no object between the subject and the rest: the
    // authorities asked are lost.)
    {"authority_asked_sudanese_authorities_to_investigate", "طالبت الهيئة السلطات السودانية بفتح تحقيق في مقتل المحتجين.",
     "REQUEST", "10", nullptr, "SDN/GOV"},
    // 5. (A state's army after من, هجمات بالطائرات المسيرة من جانب الجيش الأوكراني، هجوم صاروخي من الجيش الروسي, is found
    // as the doer but lost later: only non-state armed groups keep it.)
    {"drone_attacks_on_the_part_of_ukrainian_army", "هجمات بالطائرات المسيرة من جانب الجيش الأوكراني على مصفاة في منطقة روستوف.",
     "ASSAULT", "195", "UKR/MIL", nullptr},
};

class Args38PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args38PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args38PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending incidents: the reading the row states is not yet given; passes while it is not, and fails once it is, so
// that the row moves to kIncidents.
const IncidentRow kPendingIncidents[] = {
    // 2. (The oblique dual of a noun whose line lists a sound plural in ون, شرطيين, is still no count of two.)
    {"gunmen_killed_two_policemen_khyber", "قتل مسلحون شرطيين في هجوم على دورية بإقليم خيبر بختونخوا.", 1, "19", "PAK/UAF",
     "PAK/COP", 2, -1},
    // 1. (Drones said to belong to a group, مسيرات تابعة لقوات الدعم السريع, as the subject of شن هجوما give a strike of
    // their own beside the attack and its toll: two events.)
    {"rsf_drones_hospital_eight_dead",
     "شنت مسيرات تابعة لقوات الدعم السريع هجوما على مستشفى في مدينة الأبيض ما أسفر عن ثمانية قتلى.", 1, "19", nullptr, nullptr,
     8, -1},
    // 2. (The wounded whose means hits another side than the dead, في هجوم على نقطة تفتيش, the checkpoint read as the
    // army's, are a second event.)
    {"two_policemen_died_five_wounded_checkpoint",
     "لقي شرطيان مصرعهما وأصيب خمسة آخرون في هجوم على نقطة تفتيش بإقليم بلوشستان.", 1, "19", nullptr, "*/COP", 2, 5},
};

class Args38PendingIncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args38PendingIncidentTest, IsStillAGap) {
  testing::ExpectIncidentStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args38PendingIncidentTest, ::testing::ValuesIn(kPendingIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
