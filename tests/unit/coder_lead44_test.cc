// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 44:
// - a speaker's attack (هاجم، مهاجمة, which a person, a party, an official or a medium mostly does in words: هاجم
//   الرئيس التركي الحكومة السورية, criticism, CAMEO 111) on a hard target or a machine of war (word_kinds.tsv
//   hard_target, machine: السفن، المنشآت النفطية، القواعد) is an attack: هدد زعيم الحوثيين بمهاجمة السفن gave an
//   intended criticism of Israel; it is an intended attack on it.
// - a vow (توعد) of an attack reads as a threat (هدد) of one: a threat of force (138), of occupation (1382) or of
//   killing (1383); and a threat of an attack named by its verbal noun (بمهاجمة، باستهداف، بقصف) is a threat of
//   force, not a threat in general (130), aimed at whom the attack is.
// - a death by drowning or electrocution, told by its manner (لقي حتفه غرقا، صعقا بالكهرباء), is an accident, no
//   attack: before, لقي صياد حتفه غرقا gave an attack on the fisherman.
// Every expected code and actor was written by hand from the Arabic before the coder ran; the rows not named
// guard_ failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/modal_event_support.h"

namespace rasad {
namespace {

using testing::ModalEventRow;

class Lead44Test : public ::testing::TestWithParam<ModalEventRow> {};

TEST_P(Lead44Test, CodesTypeModalityAndActors) { testing::ExpectModalEvent(GetParam()); }

const ModalEventRow kHardTargets[] = {
    {"houthi_leader_threatened_to_attack_israeli_ships",
     "هدد زعيم الحوثيين عبد الملك الحوثي بمهاجمة السفن الإسرائيلية في البحر الأحمر.", "ASSAULT", "19", "intended",
     "YEM/*", "ISR/*", "ACCUSE"},
    {"hezbollah_leader_threatened_israeli_oil_installations",
     "هدد الأمين العام لحزب الله بمهاجمة المنشآت النفطية الإسرائيلية في البحر المتوسط.", "ASSAULT", "19", "intended",
     "LBN/*", "ISR/*", "ACCUSE"},
    // (A quantifier before the thing.)
    {"houthi_spokesman_threatened_any_ships",
     "هدد المتحدث العسكري باسم الحوثيين بمهاجمة أي سفن تتجه إلى الموانئ الإسرائيلية.", "ASSAULT", "19", "intended",
     "YEM/*", nullptr, "ACCUSE"},
    // (A base with its nationality was an object of the dictionaries already.)
    {"guard_iranian_leader_vowed_to_attack_us_bases", "توعد المرشد الإيراني بمهاجمة القواعد الأمريكية في الخليج.", "ASSAULT",
     "19", "intended", "IRN/*", "USA/*", "ACCUSE"},
    // An attack in words on a government, on policies, on the press: criticism.
    {"guard_turkish_president_attacked_syrian_government", "هاجم الرئيس التركي الحكومة السورية.", "ACCUSE", "111",
     "asserted", "TUR/GOV", "SYR/GOV", "ASSAULT"},
    {"guard_opposition_leader_attacked_government_policies", "هاجم زعيم المعارضة سياسات الحكومة الاقتصادية.", "ACCUSE",
     "111", "asserted", nullptr, nullptr, "ASSAULT"},
    {"guard_prime_minister_attacked_the_press", "شن رئيس الوزراء هجوما حادا على الصحافة.", "ACCUSE", "111", "asserted",
     nullptr, nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(HardTargets, Lead44Test, ::testing::ValuesIn(kHardTargets),
                         [](const auto& info) { return std::string(info.param.name); });

// A threat or a vow (هدد، توعد) of an attack named by its verbal noun is a threat of force (138), of occupation
// (1382) or of killing (1383), aimed at whom the attack is; توعد reads as هدد does.
const ModalEventRow kThreatsOfForce[] = {
    {"commander_vowed_to_strike_us_bases", "توعد قائد الحرس الثوري بضرب القواعد الأمريكية في المنطقة.", "THREATEN",
     "138", "asserted", "IRN/*", "USA/*", nullptr},
    {"commander_vowed_strike_is_intended", "توعد قائد الحرس الثوري بضرب القواعد الأمريكية في المنطقة.", "ASSAULT",
     "18", "intended", "IRN/*", "USA/*", nullptr},
    {"houthis_vowed_to_target_us_ships", "توعد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "THREATEN", "138",
     "asserted", "YEM/*", "USA/*", nullptr},
    {"israeli_army_threatened_to_bomb_beirut_airport", "هدد الجيش الإسرائيلي بقصف مطار بيروت.", "THREATEN", "138",
     "asserted", "ISR/MIL", "LBN/*", nullptr},
    {"hamas_vowed_to_kill_captives", "توعدت حماس بقتل الأسرى إذا استمر القصف.", "THREATEN", "1383", "asserted", "PSE/*",
     nullptr, nullptr},
    {"guard_north_korea_threatened_force", "هددت كوريا الشمالية باستخدام القوة ضد الولايات المتحدة.", "THREATEN", "138",
     "asserted", "PRK/*", "USA/*", nullptr},
};

INSTANTIATE_TEST_SUITE_P(ThreatsOfForce, Lead44Test, ::testing::ValuesIn(kThreatsOfForce),
                         [](const auto& info) { return std::string(info.param.name); });

using testing::NoEventRow;

class Lead44NoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Lead44NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const NoEventRow kAccidentalDeaths[] = {
    {"fisherman_drowned_off_tyre", "لقي صياد حتفه غرقا قبالة سواحل صور."},
    {"three_children_drowned_in_euphrates", "لقي ثلاثة أطفال حتفهم غرقا في نهر الفرات."},
    {"guard_worker_electrocuted_in_factory", "لقي عامل حتفه صعقا بالكهرباء في مصنع بالقاهرة."},
};

INSTANTIATE_TEST_SUITE_P(AccidentalDeaths, Lead44NoEventTest, ::testing::ValuesIn(kAccidentalDeaths),
                         [](const auto& info) { return std::string(info.param.name); });

// A death in an attack stays one (guard).
const ModalEventRow kDeathsInAttacks[] = {
    {"guard_soldiers_died_in_armed_attack", "لقي ثلاثة جنود حتفهم في هجوم مسلح.", "ASSAULT", "19", "asserted", nullptr,
     "*/MIL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(DeathsInAttacks, Lead44Test, ::testing::ValuesIn(kDeathsInAttacks),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
