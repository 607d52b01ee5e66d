// The lead's readings of session 51:
// 1. a toll denied of an attack named after it (لم تسجل أي إصابات في الهجوم الذي استهدف القاعدة، لم تقع إصابات جراء
//    القصف): the attack took place and no one was hurt. Before, a negated attack was coded beside the attack when the
//    toll was the document's first trigger, so the same incident was coded twice, once as denied.
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
    {"no_injuries_in_the_attack_on_ain_al_asad", "لم تسجل أي إصابات في الهجوم الذي استهدف قاعدة عين الأسد الجوية غرب العراق.",
     "19"},
    {"no_injuries_from_shelling_kafr_nabl", "لم تقع إصابات جراء القصف المدفعي على بلدة كفرنبل.", "19"},
    {"no_word_of_injuries_in_the_blast_baghdad", "لم ترد أنباء عن وقوع إصابات في الانفجار الذي هز حي المنصور في بغداد.",
     "18"},
    {"no_human_injuries_in_shelling_of_idlib_camp", "لم تسجل إصابات بشرية في القصف الذي طال مخيما للنازحين في إدلب.",
     "19"},
    {"no_deaths_from_the_drone_strike_marib", "لم يسقط قتلى في الغارة التي شنتها طائرة مسيرة على مدينة مأرب.", "19"},
    {"guard_no_one_hurt_in_israeli_raid_dahieh", "لم يصب أحد في الغارة الإسرائيلية على مبنى في الضاحية الجنوبية لبيروت.",
     "19"},
    {"guard_missile_attack_on_embassy_caused_no_injuries", "لم يسفر الهجوم الصاروخي على السفارة الأمريكية عن إصابات.",
     "19"},
};

INSTANTIATE_TEST_SUITE_P(Lead51, Lead51DeniedTollTest, ::testing::ValuesIn(kDeniedTolls),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
