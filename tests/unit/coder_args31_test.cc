// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied
// from a corpus), on what session 31 (args31) worked on, one class of readings per block (the numbers of
// the brief):
// 1. visits and journeys: a journey for talks (توجه الوزير إلى الخرطوم لبحث الأزمة مع نظيره): the talks are the
//    traveller's with the one after مع; an arriving visitor who then meets (وصل ... والتقى), a visit noun after
//    the verb of arriving (وصل ... في زيارة رسمية), a host receiving one who visits (استقبل ... الذي يزور);
// 2. one incident told by a noun of killing and its means (اغتيال القيادي بغارة إسرائيلية على سيارته، مقتل خمسة
//    مدنيين بقصف مدفعي لقوات الدعم السريع): one attack, done by the doer of the means (its nationality, or its
//    owner after لـ);
// 3. a verb of going on with a verbal noun (استأنفت الولايات المتحدة تزويد أوكرانيا بالأسلحة، واصل الجيش السوداني
//    قصف مواقع الدعم السريع): the verb's subject does the act; a stop of supplying (علقت بريطانيا تزويد إسرائيل
//    بالأسلحة) is a reduction of aid (162), not a supply;
// 4. the object with a nationality adjective (رفضت روسيا مقترحا أوكرانيا): the state the adjective names is the
//    target;
// 5. a subject after a phrase of time or of place (اعتقلت في الخليل قوات الاحتلال، قصفت صباح اليوم قوات الدعم
//    السريع);
// 6. talks announced as not held (لم تجر محادثات بين ...): a negated consultation between the two.
// Right readings rasad does not give yet are in kPending.
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

class Args31IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args31IncidentTest, CodesOneIncidentWithItsDoer) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 2. A noun of killing and its means: one attack, by the means' doer.
    {"hamas_leader_assassinated_israeli_strike_on_car", "اغتيال القيادي في حركة حماس بغارة إسرائيلية على سيارته في جنوب لبنان.",
     1, "18", "ISR/*", "PSE/*", -1, -1},
    {"hezbollah_commander_assassinated_israeli_drone_strike", "اغتيال قيادي في حزب الله بضربة إسرائيلية بطائرة مسيرة في صور.",
     1, "18", "ISR/*", "LBN/REB", -1, -1},
    {"omdurman_civilians_killed_rsf_shelling", "مقتل خمسة مدنيين بقصف مدفعي لقوات الدعم السريع على أم درمان.",
     1, "19", "SDN/REB", "*/CVL", 5, -1},
    {"jabalia_palestinians_killed_israeli_strike", "مقتل ثلاثة فلسطينيين بغارة إسرائيلية على مخيم جباليا.",
     1, "19", "ISR/*", "PSE/*", 3, -1},
    // 2. لقي ... مصرعهم with its means after it: the noun of the phrase's rest is the phrase's event, and the
    // doer it found (the means' owner) the phrase's; one incident with the wounded joined by و.
    {"somali_soldiers_died_wounded_shabaab_attack", "لقي ثلاثة جنود صوماليين مصرعهم وأصيب ثلاثة آخرون بهجوم لحركة الشباب.",
     1, "19", "SOM/REB", "SOM/MIL", 3, 3},
    {"guard_fasher_civilians_died_wounded_rsf_shelling", "لقي خمسة مدنيين حتفهم وأصيب سبعة آخرون بقصف لقوات الدعم السريع على الفاشر.",
     1, "19", "SDN/REB", "*/CVL", 5, 7},
    {"guard_malian_soldiers_killed_drone_attack", "مقتل ثلاثة جنود ماليين بهجوم بمسيرة في منطقة تمبكتو.",
     1, "19", nullptr, "MLI/MIL", 3, -1},
    {"guard_libyan_commander_killed_bomb_derna", "مقتل قائد ميداني في الجيش الليبي بانفجار عبوة ناسفة في درنة.",
     1, "18", "", "LBY/MIL", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args31IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // 1. A journey for talks: the traveller discusses with the one after مع.
    {"egyptian_fm_to_khartoum_to_discuss_with_counterpart", "توجه وزير الخارجية المصري إلى الخرطوم لبحث الأزمة مع نظيره السوداني.",
     "CONSULT", "04", "EGY/GOV", "SDN/*"},
    {"libyan_council_head_to_tunis_to_discuss_border", "توجه رئيس المجلس الرئاسي الليبي إلى تونس لبحث ملف الحدود مع الرئيس التونسي.",
     "CONSULT", "04", "LBY/GOV", "TUN/GOV"},
    {"yemeni_delegation_to_riyadh_to_discuss_peace", "توجه وفد من الحكومة اليمنية إلى الرياض لبحث عملية السلام مع المسؤولين السعوديين.",
     "CONSULT", "04", "YEM/GOV", "SAU/GOV"},
    // 1. Visits that were read right before: the arriving visitor who meets, the visit noun after وصل, the
    // one who visits received by a host.
    {"guard_somali_president_arrived_addis_and_met", "وصل الرئيس الصومالي إلى أديس أبابا والتقى رئيس الوزراء الإثيوبي.",
     "CONSULT", "04", "SOM/GOV", "ETH/GOV"},
    {"guard_iraqi_pm_arrived_ankara_official_visit", "وصل رئيس الوزراء العراقي إلى أنقرة في زيارة رسمية.",
     "CONSULT", "04", "IRQ/GOV", "TUR/*"},
    {"guard_ukrainian_president_washington_visit_meets", "وصل الرئيس الأوكراني إلى واشنطن في زيارة رسمية يلتقي خلالها الرئيس الأمريكي.",
     "CONSULT", "04", "UKR/GOV", "USA/GOV"},
    {"guard_jordan_king_received_who_visits", "استقبل العاهل الأردني وزير الخارجية الأمريكي الذي يزور عمان.",
     "CONSULT", "04", "USA/GOV", "JOR/*"},
    // 1. A guest of a host (حل ضيفا على): the host after على (pending in session 31; args32 reads the
    // preposition ending the phrase's rest after the subject as introducing its object).
    {"russian_fm_guest_of_syrian_president", "حل وزير الخارجية الروسي ضيفا على الرئيس السوري في دمشق.",
     "CONSULT", "04", "RUS/GOV", "SYR/GOV"},
    {"french_president_guest_of_moroccan_king", "حل الرئيس الفرنسي ضيفا على العاهل المغربي في الرباط.",
     "CONSULT", "04", "FRA/GOV", "MAR/GOV"},
    // 3. A verb of going on: its subject does the act it takes as its object.
    {"us_resumed_supplying_ukraine_weapons", "استأنفت الولايات المتحدة تزويد أوكرانيا بالأسلحة.",
     "AID", "07", "USA/", "UKR/"},
    {"rsf_kept_up_shelling_fasher", "واصلت قوات الدعم السريع قصف أحياء مدينة الفاشر.",
     "ASSAULT", "19", "SDN/REB", "SDN/*"},
    {"houthis_resumed_targeting_ships", "استأنف الحوثيون استهداف السفن التجارية في البحر الأحمر.",
     "ASSAULT", "19", "YEM/REB", nullptr},
    {"sudan_army_kept_up_shelling_rsf_positions", "واصل الجيش السوداني قصف مواقع قوات الدعم السريع في الخرطوم.",
     "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    {"turkey_kept_up_shelling_pkk_positions", "واصلت تركيا قصف مواقع حزب العمال الكردستاني في شمال العراق.",
     "ASSAULT", "19", "TUR/", "*/REB"},
    {"guard_israeli_army_kept_up_shelling_rafah", "واصل الجيش الإسرائيلي قصف مدينة رفح.",
     "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    {"guard_russia_resumed_shelling_energy", "استأنفت روسيا قصف البنية التحتية للطاقة في أوكرانيا.",
     "ASSAULT", "19", "RUS/", "UKR/*"},
    // 3. A stop of supplying: a reduction of aid, not a supply (the decision of the brief: أوقف، علق with a
    // verbal noun of giving is a stop, coded 16x, never a negated 07).
    {"britain_suspended_supplying_israel_weapons", "علقت بريطانيا تزويد إسرائيل بالأسلحة.",
     "SANCTION", "16", "GBR/", "ISR/*", "AID"},
    {"guard_germany_halted_exporting_arms_israel", "أوقفت ألمانيا تصدير الأسلحة إلى إسرائيل.",
     "SANCTION", "16", "DEU/", "ISR/*"},
    // (Written first as AID 07 by hand; إدخال المساعدات is CAMEO 0863, allowing the delivery of aid, which an
    // analyst codes so: the row keeps that reading.)
    {"guard_israel_resumed_letting_aid_into_gaza", "استأنفت إسرائيل إدخال المساعدات الإنسانية إلى قطاع غزة.",
     "RETREAT", "0863", "ISR/", "PSE/*"},
    // 4. The object with a nationality adjective.
    {"guard_russia_rejected_ukrainian_proposal", "رفضت روسيا مقترحا أوكرانيا لتبادل الأسرى.",
     "REJECT", "12", "RUS/", "UKR/*"},
    {"guard_sudan_army_rejected_kenyan_initiative", "رفض الجيش السوداني مبادرة كينية لوقف القتال.",
     "REJECT", "12", "SDN/MIL", "KEN/*"},
    {"guard_libya_welcomed_algerian_initiative", "رحبت الحكومة الليبية بمبادرة جزائرية للحوار.",
     "SUPPORT", "05", "LBY/GOV", "DZA/*"},
    // 5. A subject after a phrase of place or time.
    {"guard_hebron_occupation_forces_arrested", "اعتقلت في الخليل قوات الاحتلال الإسرائيلي عشرة فلسطينيين.",
     "COERCE", "17", "ISR/MIL", "PSE/*"},
    {"guard_rsf_shelled_fasher_this_morning", "قصفت صباح اليوم قوات الدعم السريع أحياء سكنية في الفاشر.",
     "ASSAULT", "19", "SDN/REB", nullptr},
    // 5. A time between a verb of carrying out and its subject (PastInsertion): the subject is the noun's doer.
    {"russian_forces_attack_kharkiv_at_dawn", "شنت فجر اليوم القوات الروسية هجوما على مدينة خاركيف.",
     "ASSAULT", "19", "RUS/MIL", "UKR/*"},
    {"iraqi_security_arrest_campaign_last_evening", "نفذت مساء أمس قوات الأمن العراقية حملة اعتقالات في البصرة.",
     "COERCE", "17", "IRQ/COP", nullptr},
    {"israeli_jets_raids_at_dawn", "شنت فجر اليوم طائرات حربية إسرائيلية غارات على بلدات في جنوب لبنان.",
     "ASSAULT", "19", "ISR/*", nullptr},
    // Moved from the pending rows in session 33: the nationality on a request rejected names its state, and
    // the subject of machines is found past a phrase of time.
    {"syrian_president_rejected_french_request", "رفض الرئيس السوري طلبا فرنسيا بالإفراج عن المعتقلين.",
     "REJECT", "12", "SYR/GOV", "FRA/*"},
    {"russian_drones_attacked_odessa_tuesday_night", "هاجمت ليلة الثلاثاء مسيرات روسية مدينة أوديسا.",
     "ASSAULT", "19", "RUS/*", "UKR/*"},
    // 6. Talks announced as not held (FoundNegated in coder_args26_test; here as a guard of the parties).
    // (Pending until session 38, whose changes give this reading.)
    {"somali_soldiers_two_died_three_wounded_shabaab", "لقي جنديان صوماليان مصرعهما وأصيب ثلاثة آخرون بهجوم لحركة الشباب.",
     "ASSAULT", "19", "SOM/REB", "SOM/MIL"},
    // (Pending until session 38, whose changes give this reading.)
    {"kherson_civilians_two_died_russian_shelling", "لقي مدنيان مصرعهما وأصيب أربعة آخرون بقصف روسي على خيرسون.",
     "ASSAULT", "19", "RUS/*", "*/CVL"},
};

class Args31Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args31Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args31Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 31): each row passes while the
// reading is missing and fails once it is produced, to be moved to a table of cases then.
const ProbeRow kPending[] = {
    // 2. (The dual لقي ... مصرعهما: the wounded joined after it by و, with no comma, are lost.)
    {"sudan_security_dispersed_protesters_in_khartoum", "فرقت في الخرطوم قوات الأمن السودانية المتظاهرين بالغاز المسيل للدموع.",
     "ASSAULT", "17", "SDN/COP", "SDN/*"},
    {"russian_mod_announced_downing_on_sunday", "أعلنت يوم الأحد وزارة الدفاع الروسية إسقاط عشر مسيرات أوكرانية.",
     "ASSAULT", "19", "RUS/MIL", "UKR/*"},
};

class Args31PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args31PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args31PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
