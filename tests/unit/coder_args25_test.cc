// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on
// what session 25 (args25) fixed, one class of readings per block:
// 1. a verb after a visit's noun with خلالها (في زيارة يلتقي خلالها الرئيس): the visitor meets the actor
//    after it, not the other way round;
// 2. a participle of ties after a group (المدعومة من، المرتبطة بـ، التابع لـ) only qualifies it: the group is
//    the doer, and a definite group noun so qualified (الجماعة المرتبطة بتنظيم القاعدة) is the group named
//    before;
// 3. the people a partitive pronoun counts (مقتل عشرة عناصر منها) are of its antecedent;
// 4. who repels an attack (تصدت الدفاعات الجوية السورية لهجوم إسرائيلي) did not make it;
// 6. a generic person noun followed by في and an organisation (مسؤول أمني في حركة الشباب) is that
//    organisation's, and 7. takes its sector (ضابط في الشرطة: COP, not MIL);
// 8. people of no armed role from a force (أسرى من القوات الحكومية) are the force's;
// 9. the speaker before أنّ is not the subject of a clause whose indefinite subject is its own (إن منشأة
//    للطاقة تعرضت لهجوم).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran.
// An actor is "COUNTRY/SECTOR" ("SYR/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row of kCases failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. The visitor meets whom خلالها names.
    {"visit_meets_host_damascus", "وصل وزير الخارجية التركي هاكان فيدان إلى دمشق في زيارة يلتقي خلالها الرئيس أحمد الشرع.",
     "CONSULT", "040", "TUR/GOV", "SYR/*"},
    {"visit_meets_zelensky", "توجه وزير الدفاع الأمريكي إلى كييف في زيارة يلتقي خلالها الرئيس الأوكراني فولوديمير زيلينسكي.",
     "CONSULT", "040", "USA/*", "UKR/GOV"},
    {"visit_meets_sisi",
     "وصل رئيس مجلس السيادة السوداني عبد الفتاح البرهان إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي.",
     "CONSULT", "040", "SDN/*", "EGY/GOV"},
    {"visit_meets_emir", "وصل الرئيس الفرنسي إلى الدوحة في زيارة يلتقي خلالها أمير قطر.", "CONSULT", "040", "FRA/GOV",
     "QAT/GOV"},
    {"visit_meets_libyan_prime_minister",
     "وصل وزير الداخلية الإيطالي إلى طرابلس في زيارة يجتمع خلالها رئيس حكومة الوحدة الوطنية.", "CONSULT", "040",
     "ITA/GOV", "LBY/GOV"},
    {"guard_visit_meets_with_host_tehran",
     "بدأ رئيس الوزراء العراقي محمد شياع السوداني زيارة إلى طهران يجتمع خلالها مع الرئيس الإيراني.", "CONSULT", "040",
     "IRQ/GOV", "IRN/GOV"},
    {"guard_visit_discusses_with_haftar",
     "وصل المبعوث الأممي إلى بنغازي في زيارة يبحث خلالها مع المشير خليفة حفتر الأوضاع الأمنية.", "CONSULT", "040",
     "*/IGO", "LBY/MIL"},
    // 2. A participle of ties qualifies the group before it.
    {"rsf_backed_by_uae_launched_attack", "شنت قوات الدعم السريع المدعومة من الإمارات هجوما على مدينة الفاشر.", "ASSAULT",
     "", "SDN/REB", nullptr},
    {"lna_affiliated_to_haftar_launched_attack", "شن الجيش الوطني الليبي التابع لحفتر هجوما على مدينة غريان.", "ASSAULT",
     "", "LBY/MIL", nullptr},
    {"group_linked_to_qaeda_refers_back",
     "سيطرت جماعة نصرة الإسلام والمسلمين على بلدة في وسط مالي. وهاجمت الجماعة المرتبطة بتنظيم القاعدة قاعدة للجيش المالي.",
     "ASSAULT", "190", "*/REB", "MLI/MIL"},
    {"guard_jnim_linked_to_qaeda", "هاجمت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة قاعدة للجيش في وسط مالي.",
     "ASSAULT", "", "*/REB", "MLI/MIL"},
    {"guard_houthis_backed_by_iran", "قصفت جماعة الحوثي المدعومة من إيران سفينة تجارية في البحر الأحمر.", "ASSAULT", "",
     "YEM/REB", nullptr},
    {"guard_shabaab_linked_to_qaeda", "هاجمت حركة الشباب المرتبطة بتنظيم القاعدة قاعدة عسكرية في جنوب الصومال.",
     "ASSAULT", "", "SOM/REB", nullptr},
    {"guard_hezbollah_backed_by_iran", "قصف حزب الله المدعوم من إيران مواقع للجيش الإسرائيلي في الجليل.", "ASSAULT", "",
     "LBN/REB", "ISR/MIL"},
    {"guard_kataib_hezbollah_loyal_to_iran", "هاجمت كتائب حزب الله الموالية لإيران قاعدة عين الأسد في غرب العراق.",
     "ASSAULT", "", "IRQ/REB", nullptr},
    // 3. The dead a partitive pronoun counts.
    {"guard_partitive_rsf_positions_shelled", "قصف الجيش السوداني مواقع لقوات الدعم السريع ما أدى إلى مقتل عشرة عناصر منها.",
     "ASSAULT", "", "SDN/MIL", "SDN/REB"},
    // (Since session 30 the toll of the result is the strike's own, one event coded 195: "19".)
    {"partitive_hezbollah_killed",
     "استهدفت غارة إسرائيلية تجمعا لعناصر حزب الله في جنوب لبنان ما أدى إلى مقتل ثلاثة منهم.", "ASSAULT", "19", nullptr,
     "LBN/REB"},
    {"guard_partitive_ukraine_dead", "شنت القوات الروسية هجوما على مواقع للجيش الأوكراني أسفر عن مقتل خمسة جنود منه.",
     "ASSAULT", "190", "RUS/MIL", "UKR/MIL"},
    // 4. The attack repelled was made by its demonym's state, on who repelled it.
    {"air_defence_israeli_attack", "تصدت الدفاعات الجوية السورية لهجوم إسرائيلي على محيط دمشق.", "ASSAULT", "", "ISR/*",
     "SYR/MIL"},
    {"guard_air_defence_ukrainian_attack", "تصدت الدفاعات الجوية الروسية لهجوم أوكراني بالمسيرات على موسكو.", "ASSAULT", "",
     "UKR/*", "RUS/MIL"},
    // 6. and 7. A member of an organisation (في) is the organisation's, with its sector.
    {"gunmen_killed_iraqi_police_officer", "قتل مسلحون ضابطا في الشرطة العراقية في كركوك.", "ASSAULT", "", "*/UAF",
     "IRQ/COP"},
    {"egyptian_police_officer_wounded", "أصيب ضابط في الشرطة المصرية بانفجار عبوة ناسفة في شمال سيناء.", "ASSAULT", "",
     nullptr, "EGY/COP"},
    {"libyan_police_officer_assassinated", "اغتال مجهولون ضابطا في الشرطة الليبية في بنغازي.", "ASSAULT", "", nullptr,
     "LBY/COP"},
    {"guard_palestinian_policeman_killed", "قتل عنصر في الشرطة الفلسطينية برصاص إسرائيلي في جنين.", "ASSAULT", "", "ISR/*",
     "PSE/COP"},
    {"guard_killed_syrian_army_officer", "قتل ضابط في الجيش السوري في ريف درعا.", "ASSAULT", "", "", "SYR/MIL"},
    {"guard_killed_hezbollah_commander", "قتل قيادي في حزب الله في غارة إسرائيلية على جنوب لبنان.", "ASSAULT", "", "ISR/*",
     "LBN/REB"},
    // 8. Prisoners from a force are the force's.
    {"houthis_free_government_prisoners", "أفرجت جماعة الحوثي عن أسرى من القوات الحكومية.", "RETREAT", "0841", "YEM/REB",
     "YEM/*"},
    {"rsf_free_army_prisoners", "أفرجت قوات الدعم السريع عن أسرى من الجيش السوداني.", "RETREAT", "0841", "SDN/REB",
     "SDN/MIL"},
    {"russia_frees_ukrainian_prisoners", "أفرجت روسيا عن أسرى من القوات الأوكرانية.", "RETREAT", "0841", "RUS/*", "UKR/MIL"},
    // 9. After أنّ with a subject of its own, the speaker is no argument of the clause.
    {"facility_attacked_speaker_no_target",
     "قالت وزارة الدفاع الروسية إن منشأة للطاقة في بيلغورود تعرضت لهجوم أوكراني بالمسيرات.", "ASSAULT", "", "UKR/*",
     "RUS/"},
    {"guard_army_says_rsf_shelled", "أكد الجيش السوداني أن قوات الدعم السريع قصفت أحياء سكنية في الفاشر.", "ASSAULT", "",
     "SDN/REB", nullptr},
    {"guard_army_says_soldiers_killed", "أعلن الجيش النيجيري أن عشرة جنود قتلوا في كمين بولاية بورنو.", "ASSAULT", "", "",
     "NGA/MIL"},
    {"guard_witnesses_say_soldiers_fired", "قال شهود إن جنودا إسرائيليين أطلقوا النار على متظاهرين في الخليل.", "ASSAULT",
     "", "ISR/MIL", nullptr},
    // 5. (Moved from kPending by session 26, args26.) Drones in construct with their owner after a verb of
    // carrying out and before the violent noun are the weapon, their owner the doer.
    {"houthi_drones_attack", "نفذت مسيرات الحوثيين هجوما على سفينة في البحر الأحمر.", "ASSAULT", "", "YEM/REB", nullptr},
    // (Made right by session 28, args28: machines of war with their nationality after أنّ.)
    {"houthis_say_us_aircraft_struck", "أعلن الحوثيون أن طائرات أمريكية قصفت مواقع في صنعاء.", "ASSAULT", "",
     "USA/MIL", nullptr},
};

class Args25Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args25Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args25Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Wrong readings that must not come back: no counted event of the type with this target (the killing
// read apart, its dead of no one: "/").
struct WrongTargetRow {
  const char* name;
  const char* text;
  const char* event;
  const char* target;  // "COUNTRY/SECTOR" as ActorKey gives it
};

void PrintTo(const WrongTargetRow& x, std::ostream* os) { *os << x.name; }

const WrongTargetRow kWrongTargets[] = {
    // 3. The dead counted by منها are the RSF's, not people of no one.
    {"partitive_rsf_dead_not_unowned", "قصف الجيش السوداني مواقع لقوات الدعم السريع ما أدى إلى مقتل عشرة عناصر منها.",
     "ASSAULT", "/"},
    // 9. The speaker is not what underwent the attack.
    {"facility_attacked_not_the_speaker",
     "قالت وزارة الدفاع الروسية إن منشأة للطاقة في بيلغورود تعرضت لهجوم أوكراني بالمسيرات.", "ASSAULT", "RUS/MIL"},
};

class Args25WrongTargetTest : public ::testing::TestWithParam<WrongTargetRow> {};

TEST_P(Args25WrongTargetTest, DoesNotCodeTheWrongTarget) {
  const WrongTargetRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    EXPECT_FALSE(testing::Counts(e) && e.event == x.event && testing::ActorKey(e.target) == x.target)
        << x.name << ": " << testing::Describe(e);
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args25WrongTargetTest, ::testing::ValuesIn(kWrongTargets),
                         [](const ::testing::TestParamInfo<WrongTargetRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 25): each row passes while the
// reading is missing and fails once it is produced, to be moved to kCases then.
const ProbeRow kPending[] = {
    // 5. Drones as the subject of a verb of carrying out, with their owner in construct: the drone noun
    // is read as a march (or not at all); WeaponReading (document_coder.cc) sees no violent verb before it.
    {"pending_drones_of_sudan_army", "نفذت مسيرات الجيش السوداني ضربات على مواقع لقوات الدعم السريع في الخرطوم.",
     "ASSAULT", "", "SDN/MIL", "SDN/REB"},
    // The owner of the positions (لحزب العمال الكردستاني) is not read past the drone noun's own event.
    {"pending_turkish_drones_pkk_positions", "نفذت مسيرات تركية ضربات على مواقع لحزب العمال الكردستاني في شمال العراق.",
     "ASSAULT", "", "TUR/MIL", "TUR/REB"},
    // 6. قتل with an indefinite person noun, its nisba adjective and في + a group, then a means (بانفجار): read
    // as active, the official the killer; the passive is not seen past the adjective here.
    {"pending_killed_shabaab_security_official", "قتل مسؤول أمني في حركة الشباب بانفجار عبوة ناسفة في مقديشو.",
     "ASSAULT", "", nullptr, "SOM/REB"},
};

class Args25PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args25PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args25PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
