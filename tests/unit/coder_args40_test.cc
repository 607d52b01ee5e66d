// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 40 (args40) worked on, one class of readings per block (the numbers of the brief):
// 1. a missile named as the antecedent of a verb of launching right after it (اعترضت الدفاعات الجوية السعودية صاروخا
//    باليستيا أطلقه الحوثيون باتجاه جازان، الصواريخ التي أطلقتها القوات الروسية على كييف) is its launcher's fire, an attack
//    on where it was aimed: still pending (see kPending); a missile named with no launch (كشفت إيران عن صاروخ جديد،
//    تسلمت أوكرانيا صواريخ) stays no attack;
// 2. a reciprocal act (تبادل القصف، تبادل إطلاق النار) or the signing of an agreement by two parties, joined as the subject
//    or one after مع, is coded in both directions, each party the source once (before, only the first party's);
// 5. a shelling noun with على before positions of an owner (قصف مدفعي على مواقع للجيش السوري) hits the owner: pending (see
//    kPending);
// 7. prisoners who died under torture (توفي ٧٠ سجينا تحت التعذيب) are its dead, not its wounded (before, the count was
//    the injured).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Args40Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args40Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A missile named with no launch is a weapon, no attack.
    {"guard_iran_unveiled_new_ballistic_missile", "كشفت إيران عن صاروخ باليستي جديد يصل مداه إلى ألفي كيلومتر.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_ukraine_received_american_missiles", "تسلمت أوكرانيا صواريخ أمريكية بعيدة المدى.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // 2. A reciprocal act of two parties: both directions.
    {"guard_indian_pakistani_forces_exchanged_fire_forward",
     "تبادلت القوات الهندية والباكستانية إطلاق النار على خط المراقبة في كشمير.", "ASSAULT", "193", "IND/MIL", "PAK/MIL"},
    {"indian_pakistani_forces_exchanged_fire_backward",
     "تبادلت القوات الهندية والباكستانية إطلاق النار على خط المراقبة في كشمير.", "ASSAULT", "193", "PAK/MIL", "IND/MIL"},
    {"israeli_army_and_hezbollah_exchanged_shelling_backward", "تبادل الجيش الإسرائيلي وحزب الله القصف عبر الحدود.",
     "ASSAULT", "194", "LBN/REB", "ISR/MIL"},
    {"thai_forces_exchanged_fire_with_cambodian_backward",
     "تبادلت القوات التايلاندية إطلاق النار مع القوات الكمبودية على الحدود.", "ASSAULT", "193", "KHM/MIL", "THA/MIL"},
    {"guard_egypt_sudan_signed_agreement_forward", "وقعت مصر والسودان اتفاقية للتعاون العسكري.", "SUPPORT", "057", "EGY/*",
     "SDN/*"},
    {"egypt_sudan_signed_agreement_backward", "وقعت مصر والسودان اتفاقية للتعاون العسكري.", "SUPPORT", "057", "SDN/*",
     "EGY/*"},
    {"iraq_jordan_signed_memorandum_backward", "وقع العراق والأردن مذكرة تفاهم في مجال الطاقة.", "SUPPORT", "057", "JOR/*",
     "IRQ/*"},
    {"algeria_signed_agreement_with_tunisia_backward", "وقعت الجزائر اتفاقية مع تونس لترسيم الحدود.", "SUPPORT", "057",
     "TUN/*", "DZA/*"},
    // 5. A shelling verb with its object and the owner after لـ.
    {"guard_turkish_artillery_shelled_sdf_positions", "قصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية في ريف الحسكة.",
     "ASSAULT", "194", "TUR/MIL", "SYR/REB"},
    // 5. A shelling noun on positions of an owner, على + the positions + لـ the owner: the owner is the target (pending
    // in session 40; coded since args41's lines of قصف على مواقع، مقرات، تجمعات).
    {"artillery_shelling_on_syrian_army_positions", "قصف مدفعي على مواقع للجيش السوري في ريف إدلب.", "ASSAULT", "194",
     nullptr, "SYR/MIL"},
    {"rocket_shelling_on_shabaab_positions", "قصف صاروخي على مواقع لحركة الشباب في جنوب الصومال.", "ASSAULT", "194", nullptr,
     "SOM/REB"},
    {"heavy_shelling_on_houthi_headquarters_saada", "قصف عنيف على مقرات للحوثيين في صعدة.", "ASSAULT", "194", nullptr,
     "YEM/REB"},
    // 1. A missile whose launcher the verb of launching after it names: the launcher's attack on where it was aimed
    // (pending in session 40; coded since args42's missile line read only before such a verb).
    {"saudi_defences_intercepted_houthi_ballistic_missile",
     "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.", "ASSAULT", "19", "YEM/REB", "SAU/*"},
    {"ukrainian_defences_downed_russian_missiles_on_kyiv",
     "أسقطت الدفاعات الجوية الأوكرانية صواريخ أطلقتها القوات الروسية على كييف.", "ASSAULT", "19", "RUS/MIL", "UKR/*"},
    {"us_navy_destroyed_houthi_missile_red_sea",
     "دمرت البحرية الأمريكية صاروخا أطلقته جماعة الحوثي نحو سفينة تجارية في البحر الأحمر.", "ASSAULT", "19", "YEM/REB",
     nullptr},
    // 5. (Moved from pending in session 45: the noun phrase قصف على مواقع split by the demonym after قصف, its rest
    // opening with its preposition, is read whole; its target the owner of the positions.)
    {"russian_shelling_on_ukrainian_army_positions", "قصف روسي على مواقع للجيش الأوكراني قرب باخموت.", "ASSAULT", "194", "RUS/*",
     "UKR/MIL"},
    // 2. (moved from pending in session 48: the dual of army, جيشان، in lexicon/agents.tsv)
    {"armenian_azerbaijani_armies_exchanged_shelling", "تبادل الجيشان الأرميني والأذربيجاني القصف على الحدود.", "ASSAULT", "194",
     "ARM/MIL", "AZE/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args40Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 1. (A missile whose launcher a relative clause after الذي names, the fragments of it the subject: the
    // launcher's attack on where it was aimed. args42's missile line is read only right before the verb of launching.)
    {"fragments_of_hezbollah_missile_on_haifa", "سقطت شظايا الصاروخ الذي أطلقه حزب الله على مدينة حيفا.", "ASSAULT", "19",
     "LBN/REB", "ISR/*"},
    // 1. (A missile launched at no place named: the interceptor's side was attacked.)
    {"israeli_defences_intercepted_hezbollah_missile", "اعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلقه حزب الله.", "ASSAULT",
     "19", "LBN/REB", "ISR/*"},
    // 1. (The place aimed at, كريات شمونة، is in no dictionary: no state attacked.)
    {"fragments_of_hezbollah_missile_on_kiryat_shmona", "سقطت شظايا الصاروخ الذي أطلقه حزب الله على مستوطنة كريات شمونة.",
     "ASSAULT", "19", "LBN/REB", "ISR/*"},
    // 3. (قتله after a relative pronoun: the text layer reads قتله as قتلة, killers, and keeps the pronoun on it.)
    {"funeral_of_youth_killed_by_israeli_army_nablus", "شيع الآلاف جثمان الشاب الذي قتله الجيش الإسرائيلي أمس في نابلس.",
     "ASSAULT", "19", "ISR/MIL", "PSE/*"},
};

class Args40PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args40PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args40PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 7. The victims of a wounding noun who died of it: the dead, and no wounded.
struct TollRow {
  const char* name;
  const char* text;
  int64_t killed;   // the fatalities of a counted ASSAULT event; -1 none
  int64_t injured;  // its injured; -1 none
};

void PrintTo(const TollRow& x, std::ostream* os) { *os << x.name; }

std::optional<int64_t> Count(int64_t n) { return n < 0 ? std::nullopt : std::optional<int64_t>(n); }

class Args40TollTest : public ::testing::TestWithParam<TollRow> {};

TEST_P(Args40TollTest, CountsTheDeadAndTheWounded) {
  const TollRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e) + " killed " + (e.fatalities ? std::to_string(*e.fatalities) : "none") + ", injured " +
            (e.injured ? std::to_string(*e.injured) : "none") + "\n";
    found = found || (testing::Counts(e) && e.event == "ASSAULT" && e.fatalities == Count(x.killed) &&
                      e.injured == Count(x.injured));
  }
  EXPECT_TRUE(found) << x.name << ": no event with that toll among:\n" << seen;
}

const TollRow kTolls[] = {
    {"seventy_prisoners_died_under_torture", "توفي ٧٠ سجينا تحت التعذيب في سجون النظام السوري.", 70, -1},
    {"five_detainees_died_under_torture_saydnaya", "مات خمسة معتقلين تحت التعذيب في سجن صيدنايا.", 5, -1},
    {"three_detainees_died_of_torture_police_station", "توفي ثلاثة موقوفين جراء التعذيب في مركز للشرطة في القاهرة.", 3, -1},
    {"guard_ten_detainees_wounded_by_torture", "أصيب عشرة معتقلين جراء التعذيب في سجن أبو غريب.", -1, 10},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args40TollTest, ::testing::ValuesIn(kTolls),
                         [](const ::testing::TestParamInfo<TollRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
