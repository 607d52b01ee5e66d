// The lead's readings of session 51:
// 1. a toll denied of an attack named after it (لم تسجل أي إصابات في الهجوم الذي استهدف القاعدة، لم تقع إصابات جراء
//    القصف): the attack took place and no one was hurt. Before, a negated attack was coded beside the attack when the
//    toll was the document's first trigger, so the same incident was coded twice, once as denied;
// 2. a state's people counted (آلاف السلوفاكيين، خمسة فلسطينيين، عشرات الآلاف من الإسرائيليين: a demonym for people
//    with no agent noun of its own, after a count or its من) are its civilians (CVL), as a crowd counted alone and
//    counted persons (أشخاص) already were. Before, they were the state with no sector. The independent gold sets 2-6
//    label them so; rows of earlier tables that expected the state alone (coder_actors, coder_probe_violent,
//    coder_syntax) now expect CVL. Victims of a state so counted, joined to an attack on a place of no state (اقتحمت
//    قوات الأمن المخيم فقتلت خمسة فلسطينيين), are the attack's target;
// 3. the doer of a protest noun after a light verb whose subject is an actor with its town as genitive (نظم سكان مدينة
//    طنجة وقفة احتجاجية، نفذ أهالي مدينة جرادة اعتصاما): the town, past its word of place, is passed over to the actor.
//    Before, the town stopped the search and the protest had no doer.
// Every expected count and code was written by hand from the Arabic before the coder ran. Rows named guard_ passed
// before the change; every other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// 1. A denied toll: the sentence's one attack, told as done, and no denied attack beside it.
struct DeniedTollRow {
  const char* name;
  const char* text;
  const char* cameo;  // the attack's CAMEO code starts with this
};

void PrintTo(const DeniedTollRow& x, std::ostream* os) { *os << x.name; }

class Lead51DeniedTollTest : public ::testing::TestWithParam<DeniedTollRow> {};

TEST_P(Lead51DeniedTollTest, CodesOneAttackNotDenied) {
  const DeniedTollRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int attacks = 0, denied = 0;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (e.event != "ASSAULT") continue;
    ++attacks;
    if (e.negated) ++denied;
    found = found || (testing::Counts(e) && e.cameo.rfind(x.cameo, 0) == 0);
  }
  EXPECT_EQ(attacks, 1) << x.name << ":\n" << seen;
  EXPECT_EQ(denied, 0) << x.name << ":\n" << seen;
  EXPECT_TRUE(found) << x.name << ":\n" << seen;
}

const DeniedTollRow kDeniedTolls[] = {
    {"no_injuries_in_the_attack_on_ain_al_asad",
     "لم تسجل أي إصابات في الهجوم الذي استهدف قاعدة عين الأسد الجوية غرب العراق.", "19"},
    {"no_injuries_from_shelling_kafr_nabl", "لم تقع إصابات جراء القصف المدفعي على بلدة كفرنبل.", "19"},
    {"no_word_of_injuries_in_the_blast_baghdad", "لم ترد أنباء عن وقوع إصابات في الانفجار الذي هز حي المنصور في بغداد.",
     "18"},
    {"no_human_injuries_in_shelling_of_idlib_camp", "لم تسجل إصابات بشرية في القصف الذي طال مخيما للنازحين في إدلب.",
     "19"},
    {"no_deaths_from_the_drone_strike_marib", "لم يسقط قتلى في الغارة التي شنتها طائرة مسيرة على مدينة مأرب.", "19"},
    {"guard_no_one_hurt_in_israeli_raid_dahieh",
     "لم يصب أحد في الغارة الإسرائيلية على مبنى في الضاحية الجنوبية لبيروت.", "19"},
    {"guard_missile_attack_on_embassy_caused_no_injuries", "لم يسفر الهجوم الصاروخي على السفارة الأمريكية عن إصابات.",
     "19"},
};

INSTANTIATE_TEST_SUITE_P(Lead51, Lead51DeniedTollTest, ::testing::ValuesIn(kDeniedTolls),
                         [](const auto& info) { return std::string(info.param.name); });

// 2. A state's people counted are its civilians.
class Lead51CountedPeopleTest : public ::testing::TestWithParam<testing::ProbeRow> {};

TEST_P(Lead51CountedPeopleTest, CodesTheSides) { testing::ExpectProbeRow(GetParam()); }

const testing::ProbeRow kCountedPeople[] = {
    {"thousands_of_slovaks_protest_bratislava", "تظاهر آلاف السلوفاكيين في براتيسلافا ضد الحكومة.", "PROTEST", "14",
     "SVK/CVL", nullptr},
    {"hundreds_of_tunisians_protest_sfax", "احتج مئات التونسيين في صفاقس على غلاء الأسعار.", "PROTEST", "14", "TUN/CVL",
     nullptr},
    {"tens_of_thousands_of_israelis_protest", "تظاهر عشرات الآلاف من الإسرائيليين في تل أبيب ضد الحكومة.", "PROTEST",
     "14", "ISR/CVL", nullptr},
    {"five_palestinians_killed_by_israeli_army_nablus", "قتل الجيش الإسرائيلي خمسة فلسطينيين في نابلس.", "ASSAULT",
     "19", "ISR/MIL", "PSE/CVL"},
    {"twenty_afghans_killed_in_blast_kabul", "قتل ٢٠ أفغانيا في انفجار استهدف سوقا في كابل.", "ASSAULT", "18", nullptr,
     "AFG/CVL"},
    {"rsf_abducted_dozens_of_sudanese", "اختطفت قوات الدعم السريع عشرات السودانيين في ولاية الجزيرة.", "ASSAULT", "181",
     "SDN/REB", "SDN/CVL"},
    {"security_forces_stormed_camp_and_killed_five_palestinians", "اقتحمت قوات الأمن المخيم فقتلت خمسة فلسطينيين.",
     "ASSAULT", "190", "/COP", "PSE/CVL"},
    {"guard_three_syrian_soldiers_killed", "قتل ثلاثة جنود سوريين في هجوم على حاجز في درعا.", "ASSAULT", "19", nullptr,
     "SYR/MIL"},
    {"guard_palestinians_uncounted_reject", "رفض الفلسطينيون خطة السلام الأمريكية.", "REJECT", "", "PSE/", nullptr},
    {"guard_egyptian_journalists_counted_arrested", "اعتقلت الشرطة عشرة صحفيين مصريين في القاهرة.", "COERCE", "173",
     "EGY/COP", "EGY/MED"},
};

INSTANTIATE_TEST_SUITE_P(Lead51, Lead51CountedPeopleTest, ::testing::ValuesIn(kCountedPeople),
                         [](const auto& info) { return std::string(info.param.name); });

// 3. A light verb's subject with its town as genitive is the protest's doer.
class Lead51TownGenitiveTest : public ::testing::TestWithParam<testing::ProbeRow> {};

TEST_P(Lead51TownGenitiveTest, CodesTheDoer) { testing::ExpectProbeRow(GetParam()); }

const testing::ProbeRow kTownGenitives[] = {
    {"residents_of_the_city_of_tangier_held_a_vigil", "نظم سكان مدينة طنجة وقفة احتجاجية ضد انقطاع المياه.", "PROTEST",
     "14", "MAR/CVL", nullptr},
    {"dozens_of_residents_of_sidi_bouzid_held_a_vigil",
     "نظم العشرات من سكان مدينة سيدي بوزيد وقفة احتجاجية أمام مقر الولاية.", "PROTEST", "14", "TUN/CVL", "TUN/GOV"},
    {"people_of_the_town_of_jerada_held_a_sit_in", "نفذ أهالي مدينة جرادة اعتصاما احتجاجا على البطالة.",
     "PROTEST", "14",
     "MAR/CVL", nullptr},
    {"guard_residents_of_tangier_held_a_vigil", "نظم سكان طنجة وقفة احتجاجية ضد انقطاع المياه.", "PROTEST", "14",
     "MAR/CVL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Lead51, Lead51TownGenitiveTest, ::testing::ValuesIn(kTownGenitives),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
