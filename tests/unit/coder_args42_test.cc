// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 42 (args42) worked on, one class of readings per block (the numbers of the brief):
// 1. a missile or a shell named as the pronoun of a verb of launching right after it (صاروخا أطلقته جماعة الحوثي على
//    إيلات) is its launcher's fire at where it was aimed; the side that downs or destroys it is no launcher, and what
//    it destroyed is the launcher's, not the place aimed at; a missile elsewhere is no event;
// 2. a subject whose relative clause is long (المسلحون الذين اقتحموا القرية فجر اليوم على متن دراجات نارية قتلوا) is
//    still the subject of the verb past it;
// 3. aircraft of an owner (مقاتلات الجيش السوداني، طائرات التحالف العربي) as the subject of a strike verb or after a
//    strike noun give the owner as the doer;
// 4. تمكن انتحاري من تفجير نفسه: a suicide bombing that happened, 1831 (نجح في: coder_args43_test);
// 5. mourners are no dead: a funeral gives no fatality count (guards);
// 6. تصدت الدفاعات الجوية لهجوم بطائرات مسيرة: the defences are the side attacked, not the attack's doer;
// 7. victims counted as part of a place's people (من سكانها، من أهالي القرية) are its civilians, the count theirs
//    (guards).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Args42Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args42Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A missile or a shell as the pronoun of a verb of launching right after it: the launcher's fire.
    {"israeli_defences_intercepted_houthi_missile_on_eilat",
     "اعترضت الدفاعات الجوية الإسرائيلية صاروخا أطلقته جماعة الحوثي على مدينة إيلات.", "ASSAULT", "19", "YEM/REB", "ISR/*"},
    {"saudi_defences_downed_houthi_missiles_on_jazan", "أسقطت الدفاعات السعودية صواريخ أطلقها الحوثيون على مدينة جازان.",
     "ASSAULT", "19", "YEM/REB", "SAU/*"},
    {"ukrainian_defences_intercepted_two_russian_ballistic_missiles",
     "اعترضت الدفاعات الجوية الأوكرانية صاروخين باليستيين أطلقتهما القوات الروسية على مدينة خاركيف.", "ASSAULT", "19",
     "RUS/MIL", "UKR/*"},
    {"shells_fired_by_sudanese_army_fell_on_omdurman_market",
     "سقطت قذائف أطلقها الجيش السوداني على سوق في مدينة أم درمان.", "ASSAULT", "19", "SDN/MIL", "SDN/*"},
    {"us_navy_destroyed_houthi_missile_houthis_fired_it",
     "دمرت البحرية الأمريكية صاروخا أطلقته جماعة الحوثي على مدينة إيلات.", "ASSAULT", "19", "YEM/REB", "ISR/*"},
    // 1. What the navy destroyed is the launcher's missile, not the town it was aimed at.
    {"guard_us_navy_destroyed_the_launchers_missile",
     "دمرت البحرية الأمريكية صاروخا أطلقته جماعة الحوثي على مدينة إيلات.", "ASSAULT", "17", "USA/MIL", "YEM/REB"},
    // 1. A missile with no verb of launching carrying its pronoun: no attack.
    {"guard_russia_unveiled_missile_it_named", "كشفت روسيا عن صاروخ جديد أطلقت عليه اسم سارمات.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_ukraine_obtained_american_missiles", "حصلت أوكرانيا على صواريخ أمريكية بعيدة المدى.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // 2. The actor opening the clause, past the relative clause on it, is the subject of the verb after that clause.
    {"gunmen_who_stormed_the_village_killed_ten_katsina",
     "المسلحون الذين اقتحموا القرية قتلوا عشرة قرويين في ولاية كاتسينا.", "ASSAULT", "19", "NGA/*", "NGA/CVL"},
    {"guard_gunmen_who_attacked_the_town_at_dawn_on_motorbikes_killed",
     "المسلحون الذين هاجموا البلدة فجر اليوم على متن دراجات نارية قتلوا خمسة عشر شخصا في ولاية بلاتو.", "ASSAULT", "19",
     "NGA/*", nullptr},
    {"policemen_who_came_after_midnight_arrested_activists_alexandria",
     "عناصر الشرطة الذين وصلوا إلى الحي بعد منتصف الليل على متن سيارات مدنية اعتقلوا ثلاثة ناشطين في مدينة الإسكندرية.",
     "COERCE", "173", "EGY/COP", nullptr},
    {"guard_man_the_police_arrested_confessed", "الرجل الذي اعتقلته الشرطة أمس في باريس اعترف بتنفيذ الهجوم.", "COERCE",
     "173", "FRA/COP", "FRA/*"},
    // 3. Aircraft of an owner as the subject of a strike verb: the owner is the doer.
    {"sudanese_army_fighter_jets_bombed_rsf_in_fasher",
     "قصفت مقاتلات الجيش السوداني مواقع لقوات الدعم السريع في مدينة الفاشر.", "ASSAULT", "195", "SDN/MIL", "SDN/REB"},
    {"turkish_army_fighter_jets_attacked_pkk_in_iraq",
     "هاجمت مقاتلات الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT", "195", "TUR/MIL", "*/REB"},
    {"israeli_fighter_jets_bombed_hezbollah_is_an_air_strike",
     "قصفت مقاتلات إسرائيلية مواقع لحزب الله في جنوب لبنان.", "ASSAULT", "195", "ISR/MIL", "LBN/REB"},
    {"israeli_army_aircraft_raided_house_in_rafah", "أغارت طائرات الجيش الإسرائيلي على منزل في مدينة رفح.", "ASSAULT",
     "195", "ISR/MIL", "PSE/*"},
    {"guard_arab_coalition_aircraft_raided_houthis_in_marib",
     "أغارت طائرات التحالف العربي على مواقع للحوثيين في محافظة مأرب.", "ASSAULT", "195", "SAU/MIL", "YEM/REB"},
    // 3. Aircraft of an owner after a strike noun that is the means of a killing: the owner is the doer.
    {"civilians_killed_in_raid_by_arab_coalition_aircraft",
     "قتل خمسة مدنيين في غارة لطائرات التحالف العربي على سوق في محافظة حجة.", "ASSAULT", "195", "SAU/MIL", "*/CVL"},
    {"civilians_killed_in_raids_of_sudanese_army_aircraft",
     "قتل سبعة مدنيين في غارات طائرات الجيش السوداني على مدينة نيالا.", "ASSAULT", "195", "SDN/MIL", "SDN/CVL"},
    {"guard_sudanese_army_aircraft_bombed_nyala", "قصفت طائرات الجيش السوداني أحياء في مدينة نيالا.", "ASSAULT", "195",
     "SDN/MIL", "SDN/CVL"},
    {"guard_houthi_drones_targeted_ship", "استهدفت مسيرات الحوثيين سفينة تجارية في البحر الأحمر.", "ASSAULT", "1952",
     "YEM/REB", nullptr},
    // 3. Tanks of an army as the object of a verb after its subject: the army is the target, not the doer.
    {"guard_ukrainian_forces_destroyed_russian_army_tanks", "دمرت القوات الأوكرانية دبابات الجيش الروسي قرب باخموت.",
     "ASSAULT", "17", "UKR/MIL", "RUS/MIL"},
    // 5. Mourners are no dead, and a funeral no attack.
    {"guard_hundreds_bade_farewell_to_victims_peshawar", "ودع المئات جثامين ضحايا الهجوم في مدينة بيشاور.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_thousands_buried_the_dead_in_hebron", "شيع الآلاف جثامين القتلى في مدينة الخليل.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // 6. A repeller that fights back a named attacker keeps both events (args30's reading).
    {"guard_sudanese_army_repelled_rsf_attack_on_babanusa",
     "تصدى الجيش السوداني لهجوم شنته قوات الدعم السريع على مدينة بابنوسة.", "ASSAULT", "19", "SDN/REB", "SDN/MIL"},
    // 4. تمكن من (past forms, grammar.tsv occurrence) before the suicide bombing's noun: it happened, 1831.
    {"gunman_managed_to_blow_himself_up_at_sinai_checkpoint", "تمكن مسلح من تفجير نفسه عند حاجز للجيش في سيناء.",
     "ASSAULT", "1831", "EGY/*", nullptr},
    {"woman_bomber_managed_to_blow_herself_up_maiduguri", "تمكنت انتحارية من تفجير نفسها في سوق بمدينة مايدوغوري.",
     "ASSAULT", "1831", "NGA/*", nullptr},
    // 3. (Moved from pending in session 49: bare التحالف in a document about Yemen is the Saudi-led coalition.)
    {"coalition_aircraft_launched_raids_on_houthis_in_saada", "شنت طائرات التحالف غارات على مواقع للحوثيين في صعدة.",
     "ASSAULT", "195", "*/MIL", "YEM/REB"},
    // 4. After لم the word is the present تمكّن, "enables", no report of the act; لم يتمكن denies it.
    {"guard_bomber_could_not_blow_himself_up_baghdad", "لم يتمكن الانتحاري من تفجير نفسه بعد أن اعتقلته الشرطة في بغداد.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args42Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The counted attacks of a sentence and the one checked, with its dead.
class Args42IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args42IncidentTest, CodesTheIncident) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 6. An attack repelled by air defences, its doer unnamed or named by its demonym: one attack, on the defences.
    {"saudi_defences_repelled_drone_attack_on_jazan", "تصدت الدفاعات الجوية السعودية لهجوم بطائرات مسيرة على مدينة جازان.",
     1, "1952", "", "SAU/MIL", -1, -1},
    {"iraqi_defences_repelled_drone_attack_on_erbil_airport",
     "تصدت الدفاعات الجوية العراقية لهجوم بطائرات مسيرة على مطار أربيل.", 1, "1952", "", "IRQ/MIL", -1, -1},
    {"russian_defences_repelled_ukrainian_drone_attack_on_moscow",
     "تصدت الدفاعات الجوية الروسية لهجوم بطائرات مسيرة أوكرانية على موسكو.", 1, "1952", "UKR/MIL", "RUS/MIL", -1, -1},
    // 7. Victims counted as part of a place's people: its civilians, the count theirs.
    {"guard_gunmen_killed_over_hundred_of_the_villagers_plateau",
     "قتل مسلحون أكثر من مئة من سكان القرية في ولاية بلاتو.", 1, "19", "NGA/*", "NGA/CVL", 100, -1},
    {"guard_gunmen_stormed_village_and_killed_thirty_of_its_people",
     "اقتحم مسلحون قرية في ولاية كادونا وقتلوا ثلاثين من أهلها.", 1, "19", "NGA/*", "NGA/CVL", 30, -1},
    {"guard_gunmen_attacked_village_and_killed_hundred_of_its_people",
     "هاجم مسلحون قرية في ولاية بينو وقتلوا أكثر من مئة من سكانها.", 1, "19", "NGA/*", "NGA/CVL", 100, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args42IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// (Session 49: the last pending row, bare التحالف's aircraft in Saada, passes since ?التحالف@YEM and moved to kCases;
// the aircraft after لـ with their nationality after them and نجح في before the suicide bombing's noun moved to
// coder_args43_test in session 43.)

}  // namespace
}  // namespace rasad
