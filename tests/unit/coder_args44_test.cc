// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on what session 44
// (args44) worked on, one class of readings per block (the numbers of the brief):
// 1. a supposition about who the doer is (طائرات حربية يعتقد أنها روسية، مقاتلات يرجح أنها تركية، طائرات قيل إنها
//    روسية، مسيرات يشتبه في أنها إسرائيلية) hedges the attribution, not the act: the strike is told as fact, its doer the
//    supposed state's military (the record has no field for an alleged attribution: the source is kept); a belief
//    about the act itself (يعتقد أن طائرات روسية شنت غارات) still makes it hypothetical;
// 2. lives lost (فقد جنديان حياتهما في انفجار عبوة ناسفة): a killing of the subject, the count its dead, the code and
//    doer those of the attack named after في or جراء; in an accident no event; a killing in an ambush one event;
// 3. an act agreed to after على (وافقت الحكومة على الإفراج عن المعتقلين، اتفقت روسيا وأوكرانيا على تبادل الأسرى) is
//    intended, done by the agreeing party (the first party of a pair to the others, as for any mutual act); a request
//    agreed to (وافق على طلب المعارضة) was made;
// 4. arms received with the giver after من (تسلم الجيش اللبناني أسلحة وذخائر من الولايات المتحدة): military aid of the
//    giver to the receiver; with no giver named, no event.
// 5. (earlier pending rows) a disorder after أصيب بـ (أصيب الرئيس السابق باضطرابات في النوم) is falling ill, no wounding.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them (47 rows:
// 28 that failed, 17 guards, 2 pending; the 2 pending rows are read since session 45 and moved to kCases).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/modal_event_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::MoodRow;
using testing::ProbeRow;

class Args44Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args44Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A supposition about who the doer is: the act is a fact, its doer the supposed state's military.
    {"warplanes_believed_russian_raided_idlib", "شنت طائرات حربية يعتقد أنها روسية غارات على مدينة إدلب.", "ASSAULT",
     "195", "RUS/MIL", "SYR/*"},
    {"warplanes_likely_turkish_shelled_pkk_positions",
     "قصفت طائرات حربية يرجح أنها تركية مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT", "195", "TUR/MIL",
     nullptr},
    {"drones_suspected_israeli_raided_south_syria",
     "شنت طائرات مسيرة يشتبه في أنها إسرائيلية غارات على مواقع في جنوب سوريا.", "ASSAULT", "1952", "ISR/MIL", "SYR/*"},
    {"planes_said_to_be_russian_raided_hama_countryside", "شنت طائرات قيل إنها روسية غارات على بلدات في ريف حماة.",
     "ASSAULT", "195", "RUS/MIL", "SYR/*"},
    {"fighter_jets_believed_emirati_raided_rsf_in_darfur",
     "شنت مقاتلات يعتقد أنها إماراتية غارات على مواقع لقوات الدعم السريع في دارفور.", "ASSAULT", "195", "ARE/MIL",
     "SDN/REB"},
    {"gunmen_believed_from_isis_attacked_checkpoint_kirkuk",
     "شن مسلحون يعتقد أنهم من تنظيم داعش هجوما على حاجز للجيش العراقي في كركوك.", "ASSAULT", "190", "*/UAF",
     "IRQ/MIL"},
    {"gunmen_likely_shabaab_attacked_somali_base", "هاجم مسلحون يرجح أنهم من حركة الشباب قاعدة للجيش الصومالي.",
     "ASSAULT", "190", "SOM/UAF", "SOM/MIL"},
    // 1. (Unknown planes: the act with no doer.)
    {"guard_unknown_warplanes_raided_pmf_positions",
     "شنت طائرات حربية مجهولة غارات على مواقع للحشد الشعبي قرب البوكمال.", "ASSAULT", "195", "", "IRQ/MIL"},
    // 2. A death in an accident is no attack.
    {"guard_worker_lost_life_in_road_accident", "فقد عامل حياته في حادث سير على الطريق الدولي.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // 3. A request agreed to was made; the agreement itself is told as fact.
    {"guard_government_agreed_to_opposition_request", "وافقت الحكومة على طلب المعارضة.", "REQUEST", "020", "*/OPP",
     nullptr},
    {"guard_military_council_agreed_to_african_mediation_request", "وافق المجلس العسكري على طلب الوساطة الأفريقية.",
     "REQUEST", "02", nullptr, nullptr},
    {"guard_russia_and_ukraine_agreed", "اتفقت روسيا وأوكرانيا على تبادل الأسرى.", "AGREE", "030", "RUS/*", "UKR/*"},
    {"guard_government_agreed_to_egyptian_proposal", "وافقت الحكومة على مقترح مصري لتبادل الأسرى.", "AGREE", "030",
     "*/GOV", "EGY/*"},
    // 5. (Protesters wounded by police fire during unrest: a wounding.)
    {"guard_protesters_wounded_by_police_fire_during_unrest", "أصيب ثلاثة متظاهرين برصاص الشرطة خلال اضطرابات في العاصمة.",
     "ASSAULT", "19", "*/COP", "*/CVL"},
    // 4. Arms received, the giver after من: the giver's military aid to the receiver.
    {"lebanese_army_received_arms_from_us", "تسلم الجيش اللبناني أسلحة وذخائر من الولايات المتحدة.", "AID", "072",
     "USA/*", "LBN/MIL"},
    {"ukrainian_army_received_tanks_from_germany", "تلقى الجيش الأوكراني دبابات من ألمانيا.", "AID", "072", "DEU/*",
     "UKR/MIL"},
    {"malian_forces_received_armoured_vehicles_from_turkey", "استلمت القوات المسلحة المالية مدرعات من تركيا.", "AID",
     "072", "TUR/*", "MLI/MIL"},
    {"somali_government_received_ammunition_from_egypt",
     "تلقت الحكومة الصومالية ذخائر من مصر لدعم جيشها في مواجهة حركة الشباب.", "AID", "072", "EGY/*", "SOM/GOV"},
    // 4. (Aid nouns after a verb of receiving, and arms sent, as before.)
    {"guard_sudanese_authorities_received_aid_from_saudi", "استلمت السلطات السودانية مساعدات إنسانية من السعودية.",
     "AID", "073", "SAU/*", "SDN/GOV"},
    {"guard_us_army_delivered_arms_to_lebanese_army", "سلم الجيش الأمريكي أسلحة للجيش اللبناني.", "AID", "072",
     "USA/MIL", "LBN/MIL"},
    // 4. Arms received with no giver named: no event.
    {"guard_ukraine_received_american_missiles_no_giver", "تسلمت أوكرانيا صواريخ أمريكية بعيدة المدى.", nullptr, nullptr,
     nullptr, nullptr, "AID"},
    // 1. (Moved from pending in session 45: the supposition after the subject of a split phrase, or after the noun of
    // a drone that is the verb's subject, names the doer's state.)
    {"boats_believed_iranian_fired_on_tanker", "أطلقت زوارق يعتقد أنها إيرانية النار على ناقلة نفط في مضيق هرمز.",
     "ASSAULT", "19", "IRN/MIL", nullptr},
    {"drone_believed_american_targeted_car_idlib", "استهدفت طائرة مسيرة يعتقد أنها أمريكية سيارة في ريف إدلب.",
     "ASSAULT", "1952", "USA/MIL", nullptr},
};

// 2. Lives lost: one killing, its victims the subject, its count the dead.
class Args44LivesLostTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args44LivesLostTest, CodesTheDead) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    {"two_israeli_soldiers_lost_lives_in_ied_blast",
     "فقد جنديان إسرائيليان حياتهما في انفجار عبوة ناسفة جنوب لبنان.", 1, "183", nullptr, "ISR/MIL", 2, -1},
    {"policeman_lost_life_in_gunmen_attack_sinai", "فقد شرطي حياته في هجوم شنه مسلحون على حاجز أمني في سيناء.", 1,
     "19", "*/UAF", "EGY/COP", 1, -1},
    {"woman_lost_life_in_israeli_strike_south_lebanon", "فقدت امرأة حياتها جراء غارة إسرائيلية على بلدة في جنوب لبنان.",
     1, "195", "ISR/*", "LBN/CVL", -1, -1},
    {"three_malian_soldiers_lost_lives_in_ambush",
     "فقد ثلاثة جنود ماليين حياتهم في كمين نصبه مسلحون قرب الحدود مع النيجر.", 1, "19", "*/UAF", "MLI/MIL", 3, -1},
    {"guard_three_civilians_lost_lives_in_russian_shelling", "فقد ثلاثة مدنيين حياتهم في قصف روسي على مدينة خاركيف.", 1,
     "19", "RUS/*", "UKR/CVL", 3, -1},
    {"guard_three_soldiers_killed_in_ambush", "قتل ثلاثة جنود في كمين نصبه مسلحون قرب الحدود.", 1, "19", "*/UAF",
     "*/MIL", 3, -1},
    {"guard_army_lost_three_soldiers_in_ambush", "خسر الجيش ثلاثة جنود في كمين نصبه مسلحون قرب الحدود.", 1, "19",
     "*/UAF", "*/MIL", 3, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args44LivesLostTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// 3. An act agreed to: an intended event (which does not count as one that happened) of the type, code prefix, source
// and target the row asks.
struct IntendedActRow {
  const char* name;
  const char* text;
  const char* event;
  const char* cameo;
  const char* source;
  const char* target;
};

void PrintTo(const IntendedActRow& x, std::ostream* os) { *os << x.name; }

class Args44AgreedActTest : public ::testing::TestWithParam<IntendedActRow> {};

TEST_P(Args44AgreedActTest, CodesTheIntendedAct) {
  const IntendedActRow& x = GetParam();
  testing::ExpectModalEvent({x.name, x.text, x.event, x.cameo, "intended", x.source, x.target});
}

const IntendedActRow kAgreedActs[] = {
    {"russia_and_ukraine_agreed_to_exchange_prisoners", "اتفقت روسيا وأوكرانيا على تبادل الأسرى.", "RETREAT", "0841",
     "RUS/*", "UKR/*"},
    {"hamas_and_israel_agreed_to_exchange_prisoners", "اتفقت حماس وإسرائيل على تبادل الأسرى والمحتجزين.", "RETREAT",
     "0841", "PSE/REB", "ISR/*"},
    {"sudanese_government_agreed_to_release_detainees", "وافقت الحكومة السودانية على الإفراج عن مئتي معتقل.", "RETREAT",
     "0841", "SDN/GOV", nullptr},
    {"iranian_government_agreed_to_release_french_journalist", "وافقت الحكومة الإيرانية على الإفراج عن صحفي فرنسي.",
     "RETREAT", "0841", "IRN/GOV", "FRA/*"},
    {"russia_agreed_to_withdraw_from_zaporizhzhia_plant", "وافقت روسيا على الانسحاب من محطة زابوريجيا النووية.",
     "RETREAT", "0874", "RUS/*", nullptr},
    // (The three rows below were counted events of coder_probe_test and coder_probe16_test before session 44.)
    {"israeli_government_agreed_to_release_palestinian_prisoners",
     "وافقت الحكومة الإسرائيلية على إطلاق سراح 50 أسيرا فلسطينيا.", "RETREAT", "0841", "ISR/GOV", "PSE/CVL"},
    {"germany_agreed_to_supply_ukraine_air_defence", "وافقت ألمانيا على تزويد أوكرانيا بأنظمة دفاع جوي.", "AID", "07",
     "DEU/*", "UKR/*"},
    {"sweden_agreed_to_extradite_wanted_man_to_turkey", "وافقت السويد على تسليم مطلوب إلى تركيا.", "COOPERATE", "063",
     "SWE/*", "TUR/*"},
    {"ethiopia_and_tplf_agreed_to_cease_hostilities",
     "اتفقت الحكومة الإثيوبية وجبهة تحرير تيغراي على وقف الأعمال العدائية.", "RETREAT", "0871", "ETH/GOV", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args44AgreedActTest, ::testing::ValuesIn(kAgreedActs),
                         [](const ::testing::TestParamInfo<IntendedActRow>& i) { return std::string(i.param.name); });

INSTANTIATE_TEST_SUITE_P(Sentences, Args44Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Args44MoodTest : public ::testing::TestWithParam<MoodRow> {};

TEST_P(Args44MoodTest, ReadsTheModality) { testing::ExpectMoodRow(GetParam()); }

const MoodRow kMoods[] = {
    // 1. The supposition hedges the doer, not the act.
    {"warplanes_believed_russian_is_a_fact", "شنت طائرات حربية يعتقد أنها روسية غارات على مدينة إدلب.", "ASSAULT",
     "asserted"},
    {"gunmen_believed_from_isis_is_a_fact", "شن مسلحون يعتقد أنهم من تنظيم داعش هجوما على حاجز للجيش العراقي في كركوك.",
     "ASSAULT", "asserted"},
    // 3. The act agreed to is intended; the agreement is told as fact.
    {"act_agreed_to_is_intended", "وافقت الحكومة السودانية على الإفراج عن مئتي معتقل.", "RETREAT", "intended"},
    {"guard_agreement_is_a_fact", "وافقت الحكومة السودانية على الإفراج عن مئتي معتقل.", "AGREE", "asserted"},
    // 1. A belief about the act itself keeps it a supposition.
    {"guard_believed_that_russian_planes_raided", "يعتقد أن طائرات روسية شنت غارات على مدينة إدلب.", "ASSAULT",
     "hypothetical"},
    {"guard_likely_that_israel_will_attack_rafah", "يرجح أن تشن إسرائيل هجوما على رفح.", "ASSAULT", "hypothetical"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args44MoodTest, ::testing::ValuesIn(kMoods),
                         [](const ::testing::TestParamInfo<MoodRow>& i) { return std::string(i.param.name); });

// 5. Falling ill with a disorder is no wounding.
class Args44NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Args44NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    // (Moved from coder_args43_test's pending rows, written in session 43.)
    {"former_president_fell_ill_with_sleep_disorders", "أصيب الرئيس السابق باضطرابات في النوم بعد خروجه من السجن."},
    {"guard_artist_fell_ill_with_mental_disorders", "أصيب الفنان المعروف باضطرابات نفسية بعد وفاة والدته."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args44NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// (The two pending rows of session 44, a doer supposed to be of a state between the noun and the rest of the phrase,
// are read since session 45: they moved to kCases.)

}  // namespace
}  // namespace rasad
