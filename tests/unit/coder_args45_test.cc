// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied from a
// corpus), on what session 45 (args45) worked on, one class of readings per block (the numbers of the brief):
// 1. casualties denied after a violent event told in the same sentence (سقط صاروخ على سديروت دون وقوع إصابات، ولم
//    تسجل خسائر بشرية، لا إصابات، ولم يسفر الهجوم عن سقوط ضحايا): one event, the attack, not a second negated attack
//    on the casualty noun; the noun of the attack that is the subject of the negated verb of result (الهجوم) is that
//    attack again. A sentence that only denies casualties (نفى الجيش وقوع إصابات) keeps its negated event.
// 2. a doer supposed to be of a state, the supposition between the noun and the rest of the phrase (أطلقت زوارق يعتقد
//    أنها إيرانية النار، استهدفت مسيرة يرجح أنها تركية سيارة، دمرت غارة يعتقد أنها إسرائيلية مستودعا): the supposed
//    state's military (of a machine of war or an air strike), the object after the supposition; siblings of
//    coder_args44_test's two rows, which moved there from its pending block.
// 3. rows of session 43's pending blocks, with siblings here: a hunger strike whose strikers stand in the genitive
//    between إضراب and عن الطعام, an adjective of theirs too (دخل إضراب المعتقلين السياسيين عن الطعام أسبوعه الثاني):
//    142, its doers the genitive; a strike declared under a condition after it (أعلن العمال إضرابا مفتوحا إذا لم،
//    ما لم، في حال لم): intended, no protest that took place; a drone downed told by the noun phrase of downing that
//    ends in the craft (نجح الحوثيون في إسقاط طائرة مسيرة أمريكية، أعلن الجيش الباكستاني إسقاط طائرة مسيرة هندية): the
//    nationality after it is the target's; a count before من and the people counted, before the verb of a clause
//    after أن (أعلن الجيش أن ثلاثة من جنوده قتلوا): the killing's count.
// 4. a violent verb whose subject, right after it, is an indefinite violent noun (a drone, a raid, an attack) with a
//    named group's relational adjective (استهدفت طائرة مسيرة حوثية مطار أبها، دمرت غارة حوثية منزلا): one event, the
//    group its doer, as with a state's nationality; the adjective is no object of the verb.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them (56 rows:
// 35 that failed, 18 guards, 3 pending; two pending rows are read since session 47 and moved to the cases). Pending
// rows state readings still missing.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/modal_event_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

// A sentence, the number of its ASSAULT events told as done (counted) and denied (negated), and one counted event
// it must give (unless `cameo` is null).
struct DeniedTollRow {
  const char* name;
  const char* text;
  int told;            // counted ASSAULT events
  int denied;          // negated ASSAULT events
  const char* cameo;   // the counted event checked: its CAMEO code starts with this; nullptr: none checked
  const char* source;  // as in ProbeRow
  const char* target;
};

void PrintTo(const DeniedTollRow& x, std::ostream* os) { *os << x.name; }

class Args45DeniedTollTest : public ::testing::TestWithParam<DeniedTollRow> {};

TEST_P(Args45DeniedTollTest, CodesOneAttack) {
  const DeniedTollRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int told = 0, denied = 0;
  bool found = x.cameo == nullptr;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (e.event != "ASSAULT") continue;
    if (e.negated) ++denied;
    if (testing::Counts(e)) ++told;
    found = found || (x.cameo != nullptr && testing::CountsAs(e, "ASSAULT", x.cameo, x.source, x.target));
  }
  EXPECT_EQ(told, x.told) << x.name << ": events:\n" << seen;
  EXPECT_EQ(denied, x.denied) << x.name << ": events:\n" << seen;
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

const DeniedTollRow kDeniedTolls[] = {
    // 1. Casualties denied after the attack in its sentence: the attack only.
    {"rocket_fell_on_sderot_without_injuries", "سقط صاروخ على مستوطنة سديروت صباح اليوم دون وقوع إصابات.", 1, 0, "19",
     nullptr, nullptr},
    {"mortar_fell_on_base_in_north_iraq_without_injuries",
     "سقطت قذيفة هاون على قاعدة عسكرية في شمال العراق دون وقوع إصابات.", 1, 0, "19", nullptr, nullptr},
    {"bomb_exploded_near_iraqi_patrol_in_diyala_no_injuries_occurred",
     "انفجرت عبوة ناسفة قرب دورية للجيش العراقي في محافظة ديالى ولم تقع إصابات.", 1, 0, "18", nullptr, "IRQ/MIL"},
    {"french_patrol_hit_by_bomb_attack_in_mali_no_human_losses",
     "تعرضت دورية فرنسية لهجوم بعبوة ناسفة في مالي، ولم تسجل أي خسائر بشرية.", 1, 0, "1", nullptr, "FRA/MIL"},
    {"turkish_artillery_shelled_hasakah_villages_no_reports_of_injuries",
     "قصفت المدفعية التركية قرى في ريف الحسكة، ولم ترد أنباء عن إصابات.", 1, 0, "19", "TUR/MIL", nullptr},
    {"israeli_jets_struck_hamas_site_in_gaza_no_injuries_headline",
     "قصفت طائرات إسرائيلية موقعا لحركة حماس في غزة، لا إصابات.", 1, 0, "195", "ISR/MIL", nullptr},
    {"hamas_shelled_israeli_post_army_denied_casualties_in_its_ranks",
     "قصفت حماس موقعا عسكريا إسرائيليا، ونفى الجيش الإسرائيلي وقوع إصابات في صفوفه.", 1, 0, "19", "PSE/*", "ISR/MIL"},
    {"ukrainian_drones_attacked_krasnodar_refinery_without_injuries",
     "هاجمت طائرات مسيرة أوكرانية مصفاة نفط في منطقة كراسنودار الروسية دون وقوع إصابات.", 1, 0, "19", "UKR/MIL", nullptr},
    {"kenyan_police_fired_tear_gas_at_protesters_without_injuries_recorded",
     "أطلقت الشرطة الغاز المسيل للدموع على المحتجين في نيروبي دون تسجيل إصابات.", 1, 0, "17", "KEN/COP", nullptr},
    {"russian_jets_struck_idlib_town_raids_led_to_no_victims",
     "قصفت طائرات روسية بلدة في ريف إدلب، ولم تؤد الغارات إلى سقوط ضحايا.", 1, 0, "195", "RUS/MIL", nullptr},
    // 1. The attack's noun as the subject of the negated verb of result names the attack again.
    {"gunmen_attacked_sinai_checkpoint_attack_caused_no_victims",
     "هاجم مسلحون حاجزا للجيش في شمال سيناء ولم يسفر الهجوم عن سقوط ضحايا.", 1, 0, "19", "*/*", "EGY/MIL"},
    {"rocket_attack_targeted_ain_al_asad_attack_caused_no_injuries",
     "استهدف هجوم صاروخي قاعدة عين الأسد في الأنبار، ولم يسفر الهجوم عن إصابات.", 1, 0, "19", nullptr, nullptr},
    // 1. (Casualties only denied, or caused: as before.)
    {"guard_israeli_army_denied_casualties_in_its_ranks", "نفى الجيش الإسرائيلي وقوع إصابات في صفوفه.", 0, 1, nullptr,
     nullptr, nullptr},
    {"guard_no_injuries_occurred_in_the_incident", "لم تقع إصابات في الحادث.", 0, 1, nullptr, nullptr, nullptr},
    {"guard_security_forces_defused_bomb_in_mosul_without_injuries",
     "فككت قوات الأمن عبوة ناسفة في الموصل دون وقوع إصابات.", 0, 1, nullptr, nullptr, nullptr},
    {"guard_rocket_fell_on_sderot_and_caused_injuries", "سقط صاروخ على مستوطنة سديروت ما أدى إلى وقوع إصابات.", 1, 0,
     "19", nullptr, nullptr},
    {"guard_sudan_clashes_in_khartoum_no_reports_of_victims",
     "اندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم دون ورود أنباء عن ضحايا.", 1, 0, "19", "SDN/MIL", "SDN/REB"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args45DeniedTollTest, ::testing::ValuesIn(kDeniedTolls),
                         [](const ::testing::TestParamInfo<DeniedTollRow>& i) { return std::string(i.param.name); });

class Args45Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args45Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 2. A machine of war or an attack supposed to be of a state, the supposition right after it: that state's doer.
    {"boats_suspected_iranian_attacked_merchant_ship_gulf_of_oman",
     "هاجمت زوارق يشتبه أنها إيرانية سفينة تجارية في خليج عمان.", "ASSAULT", "19", "IRN/MIL", nullptr},
    {"drone_likely_turkish_targeted_car_qamishli", "استهدفت مسيرة يرجح أنها تركية سيارة في ريف القامشلي.", "ASSAULT",
     "1952", "TUR/MIL", "SYR/*"},
    {"drones_believed_ukrainian_fired_missiles_at_crimea_airport",
     "أطلقت مسيرات يعتقد أنها أوكرانية صواريخ على مطار في القرم.", "ASSAULT", "19", "UKR/MIL", nullptr},
    {"drone_believed_israeli_shelled_car_south_lebanon", "قصفت مسيرة يعتقد أنها إسرائيلية سيارة في جنوب لبنان.",
     "ASSAULT", "19", "ISR/MIL", "LBN/*"},
    {"raid_believed_israeli_destroyed_arms_depot_near_damascus",
     "دمرت غارة يعتقد أنها إسرائيلية مستودعا للأسلحة قرب دمشق.", "ASSAULT", "1", "ISR/MIL", nullptr},
    {"three_gunmen_killed_in_raid_believed_american_marib", "قتل ثلاثة مسلحين في غارة يعتقد أنها أمريكية في محافظة مأرب.",
     "ASSAULT", "19", "USA/*", "YEM/*"},
    // 2. (A supposition of the subject that the phrase did not split, or about the object, as before.)
    {"guard_warship_likely_russian_fired_missiles_at_odesa", "أطلقت سفينة حربية يرجح أنها روسية صواريخ على ميناء أوديسا.",
     "ASSAULT", "19", "RUS/MIL", nullptr},
    {"guard_jets_believed_israeli_struck_truck_convoy_east_syria",
     "قصفت طائرات يعتقد أنها إسرائيلية قافلة شاحنات في شرق سوريا.", "ASSAULT", "19", "ISR/MIL", "SYR/*"},
    {"guard_unknown_drone_targeted_car_in_daraa", "استهدفت طائرة مسيرة مجهولة سيارة في ريف درعا.", "ASSAULT", "1952", "",
     nullptr},
    {"guard_jets_struck_positions_believed_to_belong_to_isis",
     "قصفت طائرات حربية مواقع يعتقد أنها تابعة لتنظيم داعش في البادية.", "ASSAULT", "195", "*/MIL", "*/REB"},
    // 3. A hunger strike with its strikers in the genitive (and an adjective of theirs) before عن الطعام: 142.
    {"administrative_detainees_hunger_strike_entered_fiftieth_day", "دخل إضراب الأسرى الإداريين عن الطعام يومه الخمسين.",
     "PROTEST", "142", "*/*", nullptr},
    {"political_detainees_hunger_strike_entered_second_week_tora",
     "دخل إضراب المعتقلين السياسيين عن الطعام أسبوعه الثاني في سجن طرة.", "PROTEST", "142", "*/*", nullptr},
    {"bahraini_political_prisoners_hunger_strike_tenth_day",
     "دخل إضراب السجناء السياسيين البحرينيين عن الطعام يومه العاشر.", "PROTEST", "142", "BHR/*", nullptr},
    // 3. (A strike from work with its strikers in the genitive, and a strike declared with no condition: as before.)
    {"guard_workers_strike_from_work_entered_third_day", "دخل إضراب العمال عن العمل يومه الثالث.", "PROTEST", "143",
     "*/LAB", nullptr},
    {"guard_teachers_declared_open_strike_in_protest_at_late_salaries",
     "أعلن المعلمون إضرابا مفتوحا احتجاجا على تأخر صرف رواتبهم.", "PROTEST", "143", "*/EDU", nullptr},
    // 3. A craft downed, its nationality after the noun phrase of downing: the target's.
    {"russian_air_defences_managed_to_down_ukrainian_drone_belgorod",
     "تمكنت الدفاعات الجوية الروسية من إسقاط مسيرة أوكرانية فوق بيلغورود.", "ASSAULT", "19", "RUS/MIL", "UKR/MIL"},
    {"pakistani_army_announced_downing_indian_drone", "أعلن الجيش الباكستاني إسقاط طائرة مسيرة هندية قرب خط المراقبة.",
     "ASSAULT", "19", "PAK/MIL", "IND/*"},
    {"houthis_announced_downing_us_mq9_drone", "أعلن الحوثيون إسقاط طائرة مسيرة أمريكية من طراز إم كيو 9.", "ASSAULT",
     "19", "YEM/REB", "USA/*"},
    // 3. (Told by the verb, as before.)
    {"guard_syrian_air_defences_downed_israeli_drone_over_damascus",
     "أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق دمشق.", "ASSAULT", "19", "SYR/MIL", "ISR/MIL"},
    // 3. A craft with its kind in the genitive, طائرة تجسس أمريكية, and drones owned by a group after تابعة لـ: the
    // nationality past the kind, or the owner, is the side downed (moved from pending in session 47).
    {"iran_announced_downing_us_spy_plane_over_hormuz", "أعلنت إيران إسقاط طائرة تجسس أمريكية فوق مضيق هرمز.", "ASSAULT",
     "19", "IRN/*", "USA/*"},
    {"sudanese_army_announced_downing_rsf_drones", "أعلن الجيش السوداني إسقاط مسيرات تابعة لقوات الدعم السريع.",
     "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    // 4. An airport named by its town with no preposition, مطار أبها: the town after a place noun is the place, and
    // its state the side attacked (moved from pending in session 50, places50: أبها is no particle after a place noun).
    {"houthi_drone_targeted_abha_airport_saudi_target", "استهدفت طائرة مسيرة حوثية مطار أبها.", "ASSAULT", "19",
     "YEM/REB", "SAU/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args45Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 3. A count before من and the people counted, before the verb of a clause after أن: the killing's or wounding's.
class Args45CountTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args45CountTest, CountsTheVictims) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kCounts[] = {
    {"hamas_confirmed_five_fighters_killed_in_israeli_strike_khan_younis",
     "أكدت حماس أن خمسة من مقاتليها قتلوا في غارة إسرائيلية على خان يونس.", 1, "19", "ISR/*", "PSE/*", 5, -1},
    {"ukrainian_army_confirmed_two_soldiers_killed_in_russian_shelling",
     "أكد الجيش الأوكراني أن اثنين من جنوده قتلا في قصف روسي على خاركيف.", 1, "19", "RUS/*", "UKR/MIL", 2, -1},
    {"police_said_four_of_its_members_wounded_in_bomb_blast",
     "قالت الشرطة إن أربعة من عناصرها أصيبوا في انفجار عبوة ناسفة.", 1, "18", nullptr, nullptr, -1, 4},
    // 3. (A count of people named with no من, or after the verb: as before.)
    {"guard_health_ministry_confirmed_five_people_killed_in_israeli_strike",
     "أكدت وزارة الصحة أن خمسة أشخاص قتلوا في غارة إسرائيلية.", 1, "19", "ISR/*", nullptr, 5, -1},
    {"guard_three_somali_soldiers_killed_in_shabaab_attack", "قتل ثلاثة من جنود الجيش الصومالي في هجوم لحركة الشباب.", 1,
     "19", nullptr, "SOM/MIL", 3, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args45CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// 4. A violent noun subject with a group's adjective: one event, the group its doer.
class Args45GroupAdjectiveTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args45GroupAdjectiveTest, CodesOneEventOfTheGroup) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kGroupAdjectives[] = {
    {"houthi_drone_targeted_abha_airport", "استهدفت طائرة مسيرة حوثية مطار أبها.", 1, "19", "YEM/REB", nullptr, -1, -1},
    {"houthi_drone_targeted_abha_airport_without_human_losses",
     "استهدفت طائرة مسيرة حوثية مطار أبها دون تسجيل خسائر بشرية.", 1, "19", "YEM/REB", nullptr, -1, -1},
    {"houthi_drone_hit_merchant_ship_in_red_sea", "أصابت مسيرة حوثية سفينة تجارية في البحر الأحمر.", 1, "19", "YEM/REB",
     "*/BUS", -1, -1},
    {"houthi_raid_destroyed_house_in_marib", "دمرت غارة حوثية منزلا في مأرب.", 1, "17", "YEM/REB", nullptr, -1, -1},
    {"houthi_attack_with_drones_targeted_jazan_oil_facility",
     "استهدف هجوم حوثي بطائرات مسيرة منشأة نفطية في جازان.", 1, "19", "YEM/REB", "SAU/*", -1, -1},
    // 4. (Houthi artillery or missiles as the subject, and a state's drone: as before.)
    {"guard_houthi_artillery_shelled_taiz_neighbourhoods", "قصفت مدفعية حوثية أحياء سكنية في تعز.", 1, "194", "YEM/REB",
     "YEM/CVL", -1, -1},
    {"guard_houthi_missiles_targeted_merchant_ship_gulf_of_aden", "استهدفت صواريخ حوثية سفينة تجارية في خليج عدن.", 1,
     "19", "YEM/REB", "*/BUS", -1, -1},
    {"guard_israeli_drone_targeted_car_south_lebanon", "استهدفت طائرة مسيرة إسرائيلية سيارة في جنوب لبنان.", 1, "1952",
     "ISR/MIL", "LBN/*", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args45GroupAdjectiveTest, ::testing::ValuesIn(kGroupAdjectives),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// 3. A strike declared under a condition after it: intended.
class Args45ConditionTest : public ::testing::TestWithParam<testing::ModalEventRow> {};

TEST_P(Args45ConditionTest, CodesTheDeclaredActAsIntended) { testing::ExpectModalEvent(GetParam()); }

const testing::ModalEventRow kConditions[] = {
    {"doctors_declared_comprehensive_strike_if_salaries_unpaid",
     "أعلن الأطباء إضرابا شاملا في المستشفيات الحكومية إذا لم تصرف رواتبهم.", "PROTEST", "143", "intended", "*/*",
     nullptr},
    {"union_declared_general_strike_unless_government_reverses_decision",
     "أعلنت النقابة إضرابا عاما ما لم تتراجع الحكومة عن قرارها.", "PROTEST", "143", "intended", "*/*", nullptr},
    {"truck_drivers_declared_strike_in_case_fuel_prices_not_cut",
     "أعلن سائقو الشاحنات إضرابا في حال لم تخفض الحكومة أسعار الوقود.", "PROTEST", "143", "intended", "*/*", nullptr},
    // 3. (A strike threatened under a condition: intended, as before.)
    {"guard_doctors_threatened_to_declare_strike_if_salaries_unpaid",
     "هدد الأطباء بإعلان إضراب شامل إذا لم تصرف رواتبهم.", "PROTEST", "143", "intended", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args45ConditionTest, ::testing::ValuesIn(kConditions),
                         [](const ::testing::TestParamInfo<testing::ModalEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
