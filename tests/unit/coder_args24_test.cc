// Who did what to whom, and whether an event happened at all, in wire-style sentences written for this
// table (none copied from a corpus), on what session 24 (args24) fixed: an actor as the object of a
// headline present (الشرطة توقف مشتبها بهم), a nisba adjective of a passive's subject before the group it
// belongs to (قتل قائد ميداني في قوات الدعم السريع في غارة للجيش السوداني), the demonym of an attack named
// as repelled (تصدت القوات الأوكرانية لهجوم روسي), a confessed killing or strike (اعترفت إسرائيل بقتل عامل
// إغاثة: it happened, done by who confesses it), the handing of suspects to the courts (no event, not the
// judicial cooperation of extradition), opposition activists as one actor, فجر with what was blown up
// after its subject, the owner or nationality of the machines of war that carried out strikes (شنت طائرات
// التحالف العربي غارات، شنت طائرات روسية غارات), the nationality in a passive's phrase of agency (بنيران
// إسرائيلية), and the coalition named bare (طائرات التحالف, no antecedent: no actor).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran.
// An actor is "COUNTRY/SECTOR" ("ISR/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row of kCases and kNoEvents failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // A headline's present توقف (also the Form V verb "stopped") with an actor right after it as its
    // object, whatever else that word could be (مشتبها بهم).
    {"headline_police_detain_suspects", "الشرطة توقف مشتبها بهم في إحراق سيارات.", "COERCE", "17", "*/COP", "*/CVL"},
    // A nisba adjective of an indefinite subject (ميداني) is part of it: the verb with no object is the
    // passive, its subject the victim, of the group after في; the doer is the air strike's (لـ).
    {"passive_commander_adjective_airstrike", "قتل قائد ميداني في قوات الدعم السريع في غارة للجيش السوداني.", "ASSAULT",
     "", "SDN/MIL", "SDN/REB", "SUPPORT"},
    {"passive_leader_adjective_shelling", "أصيب قيادي عسكري في هيئة تحرير الشام بقصف روسي على ريف إدلب.", "ASSAULT", "",
     "RUS/*", "SYR/REB"},
    // An attack named as repelled (تصدى لـ) was done by the state of its demonym, on who repelled it.
    {"repelled_russian_attack", "تصدت القوات الأوكرانية لهجوم روسي على بلدة في خاركيف.", "ASSAULT", "", "RUS/*",
     "UKR/MIL"},
    // What is confessed (اعترف، أقر بقتل، بقصف) happened, done by who confesses it; no recognition (054).
    {"confessed_killing_aid_worker", "اعترفت إسرائيل بقتل عامل إغاثة في غزة.", "ASSAULT", "", "ISR/*", "*/NGO",
     "SUPPORT"},
    {"confessed_killing_hostages", "اعترف الجيش الإسرائيلي بقتل ثلاثة رهائن عن طريق الخطأ.", "ASSAULT", "", "ISR/MIL",
     "*/CVL", "SUPPORT"},
    {"admitted_shelling_hospital", "أقر الجيش الأمريكي بقصف مستشفى في قندوز.", "ASSAULT", "", "USA/MIL", "*/HLH"},
    {"confessed_killing_wife", "اعترف المتهم بقتل زوجته أمام المحكمة.", "ASSAULT", "", "*/CVL", nullptr, "SUPPORT"},
    // Opposition activists are one actor, of the opposition.
    {"arrested_opposition_activists", "اعتقلت الشرطة الإيرانية ناشطين معارضين في طهران.", "COERCE", "17", "IRN/COP",
     "*/OPP"},
    // فجر (3ms past; alone "dawn") with what was blown up after its subject.
    {"gunmen_blew_up_houses", "فجر مسلحون منازل في قرية بشمال مالي.", "ASSAULT", "183", "*/UAF", nullptr},
    // The machines of war that carried out strikes are their owner's (the genitive) or their nationality's
    // military, indefinite as well.
    {"coalition_aircraft_launched_raids", "شنت طائرات التحالف العربي غارات على مواقع للحوثيين في مأرب.", "ASSAULT",
     "195", "SAU/MIL", "YEM/REB"},
    {"russian_aircraft_launched_raids", "شنت طائرات روسية غارات على ريف إدلب.", "ASSAULT", "195", "RUS/MIL", nullptr},
    {"american_fighters_launched_strikes", "شنت مقاتلات أمريكية ضربات على مواقع في اليمن.", "ASSAULT", "", "USA/MIL",
     nullptr},
    // A passive's phrase of agency qualified by a nationality names the doer's state.
    {"peacekeepers_wounded_israeli_fire", "أصيب جنود من اليونيفيل بنيران إسرائيلية قرب رأس الناقورة.", "ASSAULT", "",
     "ISR/*", "*/IGO"},
    {"youth_killed_israeli_bullets", "قتل شاب فلسطيني برصاص إسرائيلي في نابلس.", "ASSAULT", "", "ISR/*", "PSE/*"},
    {"soldier_killed_turkish_fire", "قتل جندي سوري بنيران تركية في ريف حلب.", "ASSAULT", "", "TUR/*", "SYR/MIL"},
    // The bare coalition in a document about Yemen is the Saudi-led one (since session 49: ?التحالف@YEM in
    // lexicon/actors/igo.tsv; before, it named no one and the strikes had no doer), and التحالف is no verb تحالف
    // (COOPERATE).
    {"coalition_aircraft_bare", "شنت طائرات التحالف غارات على مواقع للحوثيين في مأرب.", "ASSAULT", "195", "SAU/MIL",
     "YEM/REB", "COOPERATE"},
    // (Moved from pending in session 49: bare التحالف is read in Yemen as the coalition named in full before.)
    {"bare_coalition_refers_back",
     "شن التحالف بقيادة السعودية غارات على صنعاء. وشنت طائرات التحالف غارات على مواقع للحوثيين في مأرب.", "ASSAULT",
     "195", "SAU/MIL", "YEM/REB"},
    // (Pending until args25: the repeller is not the attack's doer, and the attack is aimed at it.)
    {"repelled_israeli_attack", "تصدت الدفاعات الجوية السورية لهجوم إسرائيلي على محيط دمشق.", "ASSAULT", "", "ISR/*",
     "SYR/MIL"},
    // Missionaries (مبشرين) are religious people: the object, with their nationality, not the abductors'.
    {"gang_abducted_american_missionaries", "خطفت عصابة مسلحة مبشرين أمريكيين في هايتي.", "ASSAULT", "181", "*/UAF",
     "USA/REL"},
    // A headline's subject before a present split by a place (يقصف ... بالمسيرات): the place is the object.
    {"headline_forces_shell_city_with_drones", "القوات الروسية تقصف زابوريجيا بالمسيرات.", "ASSAULT", "1952", "RUS/MIL",
     nullptr},
    // Sieges of a place: the place is where, no target (one convention, as فرضت القوات الروسية حصارا على
    // مدينة ماريوبول in coder_probe_violent_test).
    {"guard_siege_of_fasher", "حاصرت قوات الدعم السريع مدينة الفاشر.", "COERCE", "191", "SDN/REB", ""},
    {"guard_siege_of_mariupol", "حاصرت القوات الروسية مدينة ماريوبول.", "COERCE", "191", "RUS/MIL", ""},
    // Handing suspects to another state is still extradition (063).
    {"guard_extradition_to_state", "سلمت تركيا المتهمين إلى فرنسا.", "COOPERATE", "063", "TUR/*", "FRA/*"},
    // قصف مدفعي للجيش: the adjective of the noun is no site; the army did the shelling.
    {"guard_artillery_shelling_of_army", "قتل مدنيان في قصف مدفعي للجيش على القرية.", "ASSAULT", "", "*/MIL", "*/CVL"},
    {"guard_allied_parties", "تحالفت الأحزاب الكردية مع المعارضة في الانتخابات.", "COOPERATE", "06", "*", "*"},
};

class Args24Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args24Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args24Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Sentences that report no event.
const testing::NoEventRow kNoEvents[] = {
    // Handing suspects to the courts or the prosecution at home is a step of a case (the arrest was the
    // event), not judicial cooperation between states (063) nor aid.
    {"police_handed_accused_to_justice", "سلمت الشرطة المتهمين إلى القضاء."},
    {"police_handed_suspect_to_prosecution", "سلمت الشرطة العراقية المشتبه به إلى النيابة العامة."},
};

class Args24NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Args24NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args24NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 24): each row passes while the
// reading is missing and fails once it is produced, to be moved to kCases then.
const ProbeRow kPending[] = {
    // آلية عسكرية is an object mention: the phrase فجر آلية is not found across the subject.
    {"pending_gunmen_blew_up_vehicle", "فجر مسلحون آلية عسكرية في ريف دير الزور.", "ASSAULT", "183", "*/UAF", nullptr},
};

class Args24PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args24PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args24PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
