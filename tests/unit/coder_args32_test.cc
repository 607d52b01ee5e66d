// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied
// from a corpus), on what session 32 (args32) worked on, one class of readings per block (the numbers of
// the brief):
// 1. a result clause after a violent noun (شن الجيش غارة على مقر للحركة، ما أسفر عن مقتل خمسة من عناصرها):
//    the dead are the attack's toll, one event by the attacker on the side it hit;
// 2. an agreement with a party (وافقت الحكومة على اتفاق لوقف إطلاق النار مع لبنان): one truce declared;
// 3. the parties of a clash (اشتباكات بين الجيش وقوات الدعم السريع): the first is the source;
// 4. a demand's or a warning's target after a state subject (وطالبت رواندا الأمم المتحدة بـ...);
// 5. the means before the object (فرقت الشرطة بالغاز المسيل للدموع المحتجين);
// 6. a nationality adjective on a machine of war (إسقاط خمس طائرات هندية): the state's military;
// 7. a dual toll (لقي جنديان مصرعهما وأصيب ثلاثة آخرون) and a guest of a host (حل ... ضيفا على).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder
// ran. An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Args32IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args32IncidentTest, CodesOneIncidentWithItsSides) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 1. A result clause after a violent noun, its dead counted among members named by a bare agent noun
    // (عناصر، مقاتلي) of no state or group of their own: one attack, on the side the cause hit.
    {"us_strike_houthi_site_killed_three_members", "شنت القوات الأمريكية غارة على موقع للحوثيين في الحديدة، ما أسفر عن مقتل ثلاثة من عناصر الجماعة.",
     1, "19", "USA/MIL", "YEM/REB", 3, -1},
    {"somali_forces_attack_shabaab_killed_ten_fighters", "شنت القوات الصومالية هجوما على معقل لحركة الشباب في جوبا الوسطى، ما أسفر عن مقتل عشرة من مقاتلي الحركة.",
     1, "19", "SOM/MIL", "SOM/REB", 10, -1},
    {"guard_sudan_army_strike_rsf_hq_killed_five", "شن الجيش السوداني غارة جوية على مقر لقوات الدعم السريع في نيالا، ما أسفر عن مقتل خمسة من عناصرها.",
     1, "19", "SDN/MIL", "SDN/REB", 5, -1},
    {"guard_israeli_strike_khan_younis_killed_six", "نفذ الجيش الإسرائيلي غارة على منزل في خان يونس، ما أدى إلى مقتل ستة فلسطينيين.",
     1, "19", "ISR/MIL", "PSE/*", 6, -1},
    {"guard_turkish_jets_pkk_killed_four", "نفذت طائرات تركية غارة على مواقع لحزب العمال الكردستاني في دهوك، مما أدى إلى مقتل أربعة من عناصره.",
     1, "19", "TUR/*", "*/REB", 4, -1},
    {"guard_myanmar_army_shelled_village_killed_ten", "قصف جيش ميانمار قرية في ولاية راخين، ما أسفر عن مقتل عشرة مدنيين.",
     1, "19", "MMR/MIL", "*/CVL", 10, -1},
    // 7. A toll joined by و: one incident with its dead and wounded.
    {"guard_rsf_shelling_el_obeid_two_killed_five_wounded", "قتل مدنيان وأصيب خمسة آخرون في قصف لقوات الدعم السريع على الأبيض.",
     1, "19", "SDN/REB", "*/CVL", 2, 5},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args32IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // 5. The means before the object of a verb of dispersing (a means of several words is whole: the
    // definite noun after it is the object, not its genitive).
    {"iraqi_police_dispersed_with_tear_gas_protesters", "فرقت الشرطة العراقية بالغاز المسيل للدموع المحتجين في البصرة.",
     "ASSAULT", "17", "IRQ/COP", "IRQ/*"},
    {"sudan_security_dispersed_with_live_fire_demonstrators", "فرقت قوات الأمن السودانية بالرصاص الحي المتظاهرين في أم درمان.",
     "ASSAULT", "17", "SDN/COP", "SDN/*"},
    {"kenyan_police_dispersed_with_water_cannon_protesters", "فرقت الشرطة الكينية بخراطيم المياه المحتجين في نيروبي.",
     "ASSAULT", "17", "KEN/COP", "KEN/*"},
    // 6. A machine of war with its nationality as the target: the state's military (also past a count).
    {"pakistan_army_downed_five_indian_jets", "أعلن الجيش الباكستاني إسقاط خمس طائرات هندية.",
     "ASSAULT", "19", "PAK/MIL", "IND/MIL"},
    {"ukrainian_army_downed_six_russian_jets_kherson", "أعلن الجيش الأوكراني إسقاط ست طائرات روسية فوق خيرسون.",
     "ASSAULT", "19", "UKR/MIL", "RUS/MIL"},
    {"russian_mod_downed_ten_ukrainian_drones_belgorod", "أعلنت وزارة الدفاع الروسية إسقاط عشر مسيرات أوكرانية فوق بيلغورود.",
     "ASSAULT", "19", "RUS/MIL", "UKR/MIL"},
    {"russian_air_defences_downed_ten_ukrainian_drones", "أسقطت الدفاعات الجوية الروسية عشر مسيرات أوكرانية.",
     "ASSAULT", "19", "RUS/MIL", "UKR/MIL"},
    {"israeli_air_defences_downed_iranian_drone_golan", "أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة إيرانية فوق الجولان.",
     "ASSAULT", "19", "ISR/MIL", "IRN/MIL"},
    // 7. A guest of a host: the preposition ending the phrase's rest after the subject introduces its object.
    {"iraqi_pm_guest_of_turkish_president", "حل رئيس الوزراء العراقي ضيفا على الرئيس التركي في أنقرة.",
     "CONSULT", "04", "IRQ/GOV", "TUR/GOV"},
    {"italian_pm_guest_of_tunisian_president", "حلت رئيسة الوزراء الإيطالية ضيفة على الرئيس التونسي في قرطاج.",
     "CONSULT", "04", "ITA/GOV", "TUN/GOV"},
    {"guard_somali_president_guest_of_kenyan_counterpart", "حل الرئيس الصومالي ضيفا على نظيره الكيني في نيروبي.",
     "CONSULT", "04", "SOM/GOV", "KEN/GOV"},
    {"guard_russian_drones_attacked_kharkiv", "هاجمت مسيرات روسية مدينة خاركيف ليلة الثلاثاء.",
     "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"guard_houthis_downed_us_drone", "أسقط الحوثيون طائرة مسيرة أمريكية فوق مأرب.",
     "ASSAULT", "19", "YEM/REB", "USA/*"},
    // 4. A demand or a warning after a state subject: the one after the verb is its target.
    {"guard_rwanda_demanded_un_investigators", "وطالبت رواندا الأمم المتحدة بإرسال محققين إلى شرق الكونغو.",
     "REQUEST", "10", "RWA/", "*/IGO"},
    {"guard_sudan_demanded_au_lift_suspension", "وطالب السودان الاتحاد الأفريقي برفع تعليق عضويته.",
     "REQUEST", "10", "SDN/", "*/IGO"},
    {"guard_qatar_demanded_israel_let_aid_in", "وطالبت قطر إسرائيل بالسماح بدخول المساعدات إلى غزة.",
     "REQUEST", "10", "QAT/", "ISR/"},
    {"guard_iraq_warned_turkey", "وحذر العراق تركيا من مواصلة العمليات العسكرية في الشمال.",
     "THREATEN", "13", "IRQ/", "TUR/"},
    {"guard_drc_demanded_rwanda_withdraw", "طالبت الكونغو الديمقراطية رواندا بسحب قواتها من أراضيها.",
     "REQUEST", "10", "COD/", "RWA/"},
    // 3. The parties of a clash told with اشتباكات: the first is the source, the second the target.
    {"guard_clashes_sudan_army_rsf_fasher", "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الفاشر.",
     "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    {"guard_clashes_yemen_forces_houthis_taiz", "اندلعت اشتباكات بين القوات الحكومية اليمنية والحوثيين في تعز.",
     "ASSAULT", "19", "YEM/MIL", "YEM/REB"},
    // 6. The nationality on a request rejected names its state (moved from the pending rows in session 33).
    {"sudan_president_rejected_us_request", "رفض الرئيس السوداني طلبا أمريكيا بوقف القتال.", "REJECT", "12", "SDN/GOV", "USA/*"},
    // Other conflicts.
    {"guard_ukraine_accused_russia_shelling_hospital", "اتهمت أوكرانيا روسيا بقصف مستشفى للأطفال في كييف.",
     "ACCUSE", "11", "UKR/", "RUS/"},
    {"guard_occupation_forces_arrested_jenin", "اعتقلت قوات الاحتلال الإسرائيلي خمسة فلسطينيين خلال مداهمات في جنين.",
     "COERCE", "17", "ISR/MIL", "PSE/*"},
    // 3. Pending in session 32; read right since session 34 (args34: دارت is a verb of happening).
    {"somali_army_shabaab_confrontations", "دارت مواجهات بين الجيش الصومالي ومسلحي حركة الشباب في شبيلي السفلى.",
     "ASSAULT", "19", "SOM/MIL", "SOM/REB"},
    // (Pending until session 38, whose changes give this reading.)
    {"idlib_two_children_died_six_wounded_syrian_army", "لقي طفلان مصرعهما وأصيب ستة آخرون بقصف للجيش السوري على إدلب.",
     "ASSAULT", "19", "SYR/MIL", "*/CVL"},
    // 2. Pending in session 32; read right since lex38 (rests of five words after a subject: one agreement to a
    // truce, 0356, by the subject with the party after مع).
    {"israeli_government_agreed_ceasefire_deal_with_lebanon", "وافقت الحكومة الإسرائيلية على اتفاق لوقف إطلاق النار مع لبنان.",
     "AGREE", "0356", "ISR/GOV", "LBN/"},
    // 6. A machine right after the noun of downing, with no count: its nationality is the side downed (moved from
    // pending in session 47).
    {"pakistan_army_downed_indian_jet", "أعلن الجيش الباكستاني إسقاط طائرة هندية.", "ASSAULT", "19", "PAK/MIL", "IND/MIL"},
};

class Args32Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args32Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args32Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 32). The last row moved to kCases in session 47;
// this one is still missing and has no row:
// 7. (The dual لقي ... مصرعهما with the wounded joined by و and no comma: the wounded and the means' doer are lost.)

}  // namespace
}  // namespace rasad
