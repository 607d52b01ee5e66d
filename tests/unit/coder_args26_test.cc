// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on
// what session 26 (args26) worked on, one class of readings per block (the numbers of the brief):
// 1. machines of war named with their owner (مسيرات الحوثيين، طائرة مسيرة تابعة للجيش السوداني) or nationality
//    are that owner's: the owner is the doer;
// 2. قتل followed by an indefinite person noun with its adjective and في + a group, and no object, is the
//    passive (the person was killed);
// 3. the means of a violent act used for a purpose (لتفريق المتظاهرين) is aimed at whom the purpose acts on;
// 4. a journey for talks (وصل الوفد إلى القاهرة لإجراء محادثات): the traveller holds them;
// 5. talks that did not take place between two parties (لم تجر محادثات بين X وY): a negated event of both;
// 6. an attack claimed in the next sentence (وتبنى التنظيم الهجوم) is the attack reported, done by the claimant;
// 7. an adverb between a verb and its subject (وأكد أيضا، وطالب بدوره) does not hide the subject.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran.
// An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row of kCases and kNegated failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. Machines of war: their owner (genitive, تابعة لـ, nationality) is the doer, before or after the verb.
    {"drone_of_sudan_army_before_verb", "طائرة مسيرة تابعة للجيش السوداني قصفت مواقع لقوات الدعم السريع في أم درمان.",
     "ASSAULT", "", "SDN/MIL", "SDN/REB"},
    {"drone_of_russian_army_before_verb", "طائرة مسيرة تابعة للجيش الروسي استهدفت حافلة في خيرسون.",
     "ASSAULT", "", "RUS/MIL", "UKR/*"},
    {"rsf_drone_targets_power_station", "مسيرة تابعة لقوات الدعم السريع استهدفت محطة كهرباء في مروي.",
     "ASSAULT", "", "SDN/REB", nullptr, "PROTEST"},
    {"houthi_drones_targeted_ship", "قالت مصادر ملاحية إن مسيرات الحوثيين استهدفت سفينة تجارية في البحر الأحمر.",
     "ASSAULT", "", "YEM/REB", nullptr, "PROTEST"},
    {"irgc_boats_attacked_tanker", "هاجمت زوارق تابعة للحرس الثوري الإيراني ناقلة نفط في مضيق هرمز.",
     "ASSAULT", "", "IRN/*", nullptr},
    {"libyan_army_aircraft_strike", "غارة جوية شنتها طائرات تابعة للجيش الليبي استهدفت مواقع في مدينة درنة.",
     "ASSAULT", "", "LBY/MIL", nullptr},
    {"syrian_army_artillery", "قصفت مدفعية الجيش السوري مواقع للفصائل المسلحة في ريف إدلب.",
     "ASSAULT", "", "SYR/MIL", "SYR/REB"},
    // (Made right by session 28, args28: an indefinite machine of war with its nationality, the subject
    // before the verb after أن.)
    {"us_aircraft_after_anna", "أفادت مصادر محلية بأن طائرات أمريكية قصفت مواقع لحركة الشباب في جنوب الصومال.",
     "ASSAULT", "", "USA/MIL", "SOM/REB"},
    {"russian_aircraft_after_anna", "ذكرت وكالة الأنباء السورية أن طائرات روسية قصفت مواقع للفصائل المسلحة في ريف إدلب.",
     "ASSAULT", "", "RUS/MIL", "SYR/REB"},
    // 2. قتل with an indefinite person noun, its adjective and في + a group, and no object: the passive.
    {"hezbollah_commander_killed_by_strike", "قتل قيادي بارز في حزب الله بغارة إسرائيلية في صور.",
     "ASSAULT", "", "ISR/*", "LBN/REB"},
    {"irgc_officer_killed_by_strike", "قتل ضابط كبير في الحرس الثوري الإيراني بغارة إسرائيلية على دمشق.",
     "ASSAULT", "", "ISR/*", "IRN/*"},
    {"rsf_commander_killed_in_battles", "قتل قائد ميداني بارز في قوات الدعم السريع في معارك بشمال دارفور.",
     "ASSAULT", "", "", "SDN/REB"},
    {"guard_shabaab_commander_killed_by_us_strike", "قتل قيادي في حركة الشباب بغارة أمريكية في جنوب الصومال.",
     "ASSAULT", "", "USA/*", "SOM/REB"},
    {"guard_gunmen_killed_official", "قتل مسلحون مسؤولا أمنيا في مقديشو.",
     "ASSAULT", "", "*/UAF", "SOM/*"},
    {"sudan_tear_gas_disperse", "استخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين في الخرطوم.",
     "ASSAULT", "", "SDN/COP", "SDN/*"},
    {"kenya_gas_canisters_disperse", "أطلقت قوات الأمن الكينية قنابل الغاز لتفريق محتجين في نيروبي.",
     "ASSAULT", "", "KEN/COP", "KEN/*"},
    {"tunisia_water_cannon_disperse", "استخدمت الشرطة خراطيم المياه لتفريق المتظاهرين في تونس العاصمة.",
     "ASSAULT", "", "TUN/COP", "TUN/*"},
    {"guard_iraq_rubber_bullets_at_protesters", "أطلقت الشرطة العراقية الرصاص المطاط على المحتجين في بغداد.",
     "ASSAULT", "", "IRQ/COP", "IRQ/*"},
    // 4. A journey for talks (وصل ... لإجراء محادثات، توجه ... لبحث): the traveller is the source.
    {"hamas_delegation_talks_in_cairo", "وصل وفد حماس إلى القاهرة لإجراء محادثات مع مسؤولين مصريين.",
     "CONSULT", "", "PSE/*", "EGY/GOV"},
    {"us_envoy_talks_in_beirut", "وصل المبعوث الأمريكي إلى بيروت لإجراء مباحثات مع رئيس البرلمان اللبناني.",
     "CONSULT", "", "USA/*", "LBN/*"},
    {"sudan_delegation_to_jeddah_negotiate", "سافر وفد من الحكومة السودانية إلى جدة للتفاوض مع قوات الدعم السريع.",
     "CONSULT", "", "SDN/GOV", "SDN/REB"},
    {"iran_minister_consultations_muscat", "وصل وزير الخارجية الإيراني إلى مسقط لإجراء مشاورات مع المسؤولين العمانيين.",
     "CONSULT", "", "IRN/GOV", "OMN/GOV"},
    // (Made right by session 27, args27: the genitive of للقاء is whom the traveller meets.)
    {"iraq_pm_to_washington_meet", "توجه رئيس الوزراء العراقي إلى واشنطن للقاء الرئيس الأمريكي.",
     "CONSULT", "", "IRQ/GOV", "USA/GOV"},
    // 6. An attack claimed in the next sentence (وتبنى التنظيم الهجوم): the claimant is the doer of the attack reported.
    {"car_bomb_claimed_by_islamic_state", "انفجرت سيارة مفخخة في سوق شعبي ببغداد. وتبنى تنظيم الدولة الإسلامية الهجوم.",
     "ASSAULT", "", "*/REB", "IRQ/*"},
    {"burkina_attack_claimed_by_jnim", "قتل عشرة جنود في هجوم على قاعدة عسكرية في شمال بوركينا فاسو. وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.",
     "ASSAULT", "", "*/REB", "BFA/MIL"},
    {"drone_attack_claimed_by_iraqi_resistance", "استهدف هجوم بطائرة مسيرة قاعدة أمريكية في شرق سوريا. وتبنت المقاومة الإسلامية في العراق الهجوم.",
     "ASSAULT", "", "IRQ/REB", "USA/*"},
    // 7. An adverb between a verb and its subject (وأكد أيضا وزير الخارجية ضرورة، وطالب بدوره).
    {"jordan_minister_also_stressed", "وأكد أيضا وزير الخارجية الأردني ضرورة وقف إطلاق النار في غزة.",
     "REQUEST", "", "JOR/GOV", nullptr},
    {"un_chief_again_renewed_call", "وجدد مجددا الأمين العام للأمم المتحدة دعوته إلى وقف إطلاق النار في السودان.",
     "REQUEST", "", "*/IGO", nullptr},
    {"iraqi_pm_again_stressed", "وأكد مجددا رئيس الوزراء العراقي ضرورة انسحاب القوات الأجنبية من العراق.",
     "REQUEST", "", "IRQ/GOV", nullptr},
    {"egyptian_minister_in_turn_demanded", "وطالب بدوره وزير الخارجية المصري بوقف فوري لإطلاق النار في غزة.",
     "REQUEST", "", "EGY/GOV", nullptr},
    {"saudi_ministry_likewise_stressed", "وأكدت كذلك وزارة الخارجية السعودية ضرورة حماية المدنيين في السودان.",
     "REQUEST", "", "SAU/GOV", nullptr},
    // 6. Pending in session 26, right since session 29 (args29): ب after انفجر introduces what was hit, and the
    // claim in the next sentence names the doer.
    {"bomb_by_patrol_claimed_by_shabaab", "انفجرت عبوة ناسفة بدورية للجيش الصومالي في مقديشو. وتبنت حركة الشباب التفجير.",
     "ASSAULT", "", "SOM/REB", "SOM/MIL"},
    // Moved from kPending (session 30): tear gas named by its grenades (triggers.tsv, args30 block).
    {"iraq_tear_gas_grenades_disperse", "استخدمت قوات الأمن العراقية القنابل المسيلة للدموع لتفريق المحتجين في الناصرية.",
     "ASSAULT", "", "IRQ/COP", "IRQ/*"},
    // Moved from kPending (session 31): بحث before what is discussed is discussion (triggers.tsv, args31 block),
    // the traveller's.
    {"saudi_minister_to_ankara_discuss", "توجه وزير الخارجية السعودي إلى أنقرة لبحث العلاقات الثنائية مع نظيره التركي.",
     "CONSULT", "", "SAU/GOV", "TUR/GOV"},
};

class Args26Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args26Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args26Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Events reported as not having happened: the negated event of the type with its parties.
bool FoundNegated(const ProbeRow& x, std::string* seen) {
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    *seen += testing::Describe(e);
    found = found || (e.negated && testing::EventMatches(e, x.event, x.cameo, x.source, x.target));
  }
  return found;
}

const ProbeRow kNegated[] = {
    // 5. No talks between X and Y (لم تجر محادثات بين): X and Y are the parties of the negated event.
    {"guard_no_talks_bare_government_opposition", "لم تجر محادثات بين الحكومة والمعارضة.",
     "CONSULT", "", "/GOV", "/OPP"},
    {"guard_no_meeting_yemen_houthis", "لم تعقد أي محادثات بين الحكومة اليمنية والحوثيين منذ أشهر.",
     "CONSULT", "", "YEM/GOV", "YEM/REB"},
};

class Args26NegatedTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args26NegatedTest, CodesTheNegatedEventWithItsParties) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_TRUE(FoundNegated(GetParam(), &seen)) << GetParam().name << ": no negated event as expected among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args26NegatedTest, ::testing::ValuesIn(kNegated),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 26): each row passes while the
// reading is missing and fails once it is produced, to be moved to kCases then.
const ProbeRow kPending[] = {
    // 1. Machines of war: their owner (genitive, تابعة لـ, nationality) is the doer, before or after the verb.
    {"pending_iraqi_f16_strike", "ضربة جوية نفذتها طائرات إف 16 العراقية استهدفت مخبأ لتنظيم الدولة الإسلامية في كركوك.",
     "ASSAULT", "", "IRQ/MIL", "*/REB"},
    // 2. قتل with an indefinite person noun, its adjective and في + a group, and no object: the passive.
    {"pending_pkk_official_killed_by_turkish_strike", "قتل مسؤول أمني في حزب العمال الكردستاني بغارة تركية في شمال العراق.",
     "ASSAULT", "", "TUR/*", "TUR/REB"},
    // 3. The means of a violent act used for a purpose (لتفريق المتظاهرين): whom the purpose acts on is the target.
    // 6. An attack claimed in the next sentence (وتبنى التنظيم الهجوم): the claimant is the doer of the attack reported.
    {"pending_mosque_attack_claimed_by_is_khorasan", "وقع هجوم انتحاري على مسجد في بيشاور. وتبنى تنظيم الدولة الإسلامية في خراسان الهجوم.",
     "ASSAULT", "", "*/REB", "PAK/*"},
};

class Args26PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args26PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args26PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Negated events not yet read with their parties: each row passes while the reading is missing.
const ProbeRow kNegatedPending[] = {
    // 5. No talks between X and Y (لم تجر محادثات بين): X and Y are the parties of the negated event.
    {"pending_syria_no_talks_government_opposition", "لم تجر محادثات بين الحكومة السورية والمعارضة.",
     "CONSULT", "", "SYR/GOV", "SYR/*"},
    {"pending_no_talks_russia_ukraine", "لم تجر محادثات بين روسيا وأوكرانيا.",
     "CONSULT", "", "RUS/", "UKR/"},
    {"pending_no_contacts_army_rsf", "لم تجر أي اتصالات بين الجيش السوداني وقوات الدعم السريع.",
     "CONSULT", "", "SDN/MIL", "SDN/REB"},
};

class Args26NegatedPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args26NegatedPendingTest, IsStillAGap) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_FALSE(FoundNegated(GetParam(), &seen)) << GetParam().name << ": now coded as expected, move the row:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args26NegatedPendingTest, ::testing::ValuesIn(kNegatedPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
