// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 41 (args41) worked on, one class of readings per block (the numbers of the brief):
// 1. a missile, a rocket or a shell named as the pronoun of a verb of launching right after it (صاروخين أطلقهما
//    الحوثيون باتجاه أبوظبي) is its launcher's fire at where it was aimed (coded since args42); أطلق with no
//    munition before it (أطلق الرئيس حملة، صاروخ أطلقت عليه اسم) stays no attack; a shelling noun on positions, headquarters or
//    gatherings of an owner (قصف مدفعي على مواقع لقوات ...) hits the owner;
// 2. a verb of loss with a violent cause (فقد الجيش خمسة من جنوده في انفجار عبوة ناسفة): a killing of the loser's own
//    people, the loser the target and the count its dead; with no violent cause (خسر الحزب مقاعد) no event;
// 3. a suicide bombing told with the verbal noun (قامت امرأة بتفجير نفسها، أقدم مسلح على تفجير نفسه) is 1831, as
//    with the verb (فجرت نفسها);
// 4. a stabbing attack (عملية طعن، هجوم طعن) takes its victims after ضد or على; طعن في a result, a ruling or a law is a
//    challenge, no stabbing;
// 5. a killing dated yesterday in a relative clause after a funeral (شيع أهالي الفاشر جثامين المدنيين الذين قتلتهم قوات
//    الدعم السريع أمس) has its doer and its victim (guards); with قتله, which the text layer reads as قتلة, pending;
// 6. a subject whose relative clause pushes its verb past the clause reach (المسلحون الذين اقتحموا القرية ... قتلوا):
//    its subject (coded since args42).
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

class Args41Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args41Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A shell (قذيفة), a trigger of its own, with its launcher after أطلقتها: the launcher's fire.
    {"guard_israeli_defences_downed_jihad_rocket_on_ashkelon",
     "أسقطت الدفاعات الإسرائيلية قذيفة صاروخية أطلقتها حركة الجهاد الإسلامي على مدينة عسقلان.", "ASSAULT", "19", "PSE/REB",
     "ISR/*"},
    // 1. أطلق with no munition as its pronoun: no attack.
    {"guard_president_launched_campaign", "أطلق الرئيس حملة وطنية لمكافحة الفساد.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_missile_named_by_russia", "كشفت روسيا عن صاروخ جديد أطلقت عليه اسم سارمات.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_north_korea_missile_into_sea", "أطلقت كوريا الشمالية صاروخا باليستيا في البحر.", "MOBILIZE", "150", "PRK/*", "",
     "ASSAULT"},
    // 1. A shelling noun on positions of an owner: the owner is the target.
    {"artillery_shelling_on_pkk_positions", "قصف مدفعي على مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT", "194",
     nullptr, "*/REB"},
    {"rocket_shelling_on_rsf_headquarters", "قصف صاروخي على مقرات لقوات الدعم السريع في الخرطوم.", "ASSAULT", "194", nullptr,
     "SDN/REB"},
    {"continuous_shelling_on_ethiopian_army_positions", "قصف متواصل على مواقع للجيش الإثيوبي في إقليم تيغراي.", "ASSAULT",
     "194", nullptr, "ETH/MIL"},
    // 2. A verb of loss with no violent cause: no event.
    {"guard_conservatives_lost_seats", "خسر حزب المحافظين عشرات المقاعد في الانتخابات المحلية.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // 2. A loss in a war as a whole: a statistic over it, not the report of one killing of the loser's people.
    {"guard_ukraine_lost_thousands_in_the_war", "خسرت أوكرانيا آلاف الجنود في الحرب مع روسيا.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_saudi_team_lost_match", "خسر المنتخب السعودي المباراة أمام اليابان في الرياض.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    // 3. A suicide bombing told with the verbal noun: 1831, as with the verb.
    {"woman_carried_out_blowing_herself_up_baghdad", "قامت امرأة بتفجير نفسها في سوق شعبي ببغداد.", "ASSAULT", "1831",
     "IRQ/CVL", nullptr},
    {"bomber_blew_himself_up_peshawar_mosque", "قام انتحاري بتفجير نفسه وسط المصلين في مسجد بمدينة بيشاور.", "ASSAULT",
     "1831", "PAK/*", nullptr},
    {"gunman_went_as_far_as_blowing_himself_up_mogadishu", "أقدم مسلح على تفجير نفسه أمام مركز للشرطة في مقديشو.",
     "ASSAULT", "1831", "SOM/*", nullptr},
    {"guard_woman_bomber_blew_herself_up_maiduguri", "فجرت انتحارية نفسها في سوق مزدحم بمدينة مايدوغوري.", "ASSAULT", "1831",
     "NGA/*", nullptr},
    // 4. A stabbing attack with its victims after ضد or على.
    {"palestinian_youth_stabbing_against_israeli_soldiers",
     "نفذ شاب فلسطيني عملية طعن ضد جنود إسرائيليين عند حاجز قرب الخليل.", "ASSAULT", "182", "PSE/CVL", "ISR/MIL"},
    {"man_stabbing_attack_on_french_police_officers", "نفذ رجل هجوم طعن على شرطيين في مدينة ليون الفرنسية.", "ASSAULT",
     "182", "FRA/CVL", "FRA/COP"},
    {"guard_attacker_stabbed_three_in_solingen", "طعن مهاجم ثلاثة أشخاص في مدينة زولينغن الألمانية.", "ASSAULT", "182",
     "DEU/*", "DEU/CVL"},
    // 5. A killing dated yesterday in a relative clause after a funeral, the verb's pronoun split off: its doer and victim.
    {"guard_funeral_of_civilians_killed_by_rsf_yesterday",
     "شيع أهالي مدينة الفاشر جثامين المدنيين الذين قتلتهم قوات الدعم السريع أمس.", "ASSAULT", "19", "SDN/REB", "*/CVL"},
    {"guard_mourning_journalist_killed_by_sniper_jenin", "ودع المئات الصحفية التي قتلها قناص إسرائيلي أمس في جنين.", "ASSAULT",
     "19", "ISR/*", "PSE/MED"},
    // 4. طعن في a result, a ruling, a law: a challenge.
    {"ruling_party_challenged_municipal_results", "طعن الحزب الحاكم في نتائج الانتخابات البلدية أمام المحكمة الإدارية.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_lawyers_challenge_constitutionality_of_emergency_law", "يطعن المحامون في دستورية قانون الطوارئ.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_candidate_filed_challenge_kenya", "تقدم المرشح الخاسر بطعن في نتائج الانتخابات الرئاسية في كينيا.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    // 1. A missile named as the pronoun of a verb of launching right after it: its launcher's fire (pending in session
    // 41; coded since args42's missile line, and, after سقط صاروخ, its launcher read as the phrase's doer).
    {"emirati_defences_intercepted_two_houthi_missiles",
     "اعترضت الدفاعات الجوية الإماراتية صاروخين أطلقهما الحوثيون باتجاه أبوظبي.", "ASSAULT", "19", "YEM/REB", "ARE/*"},
    {"missile_launched_by_russia_on_kharkiv", "سقط صاروخ أطلقته روسيا على مبنى سكني في مدينة خاركيف.", "ASSAULT", "19",
     "RUS/*", "UKR/*"},
    // 6. A subject whose relative clause pushes its verb past the clause reach: still its subject (pending in session
    // 41; coded since args42's actor opening the clause, past the relative clause on it).
    {"gunmen_who_stormed_village_killed_twenty_villagers",
     "المسلحون الذين اقتحموا القرية على متن دراجات نارية فجر الأحد الماضي قتلوا عشرين قرويا في ولاية زامفارا.", "ASSAULT",
     "19", "NGA/*", "NGA/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args41Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 2. A verb of loss with a violent cause: one killing, the loser the target, its count the dead.
class Args41LossTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args41LossTest, CodesTheLosersDead) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kLosses[] = {
    {"pakistani_army_lost_five_soldiers_in_bomb_blast",
     "فقد الجيش الباكستاني خمسة من جنوده في انفجار عبوة ناسفة في شمال وزيرستان.", 1, "183", "", "PAK/MIL", 5, -1},
    {"iraqi_forces_lost_three_in_isis_attack", "خسرت القوات العراقية ثلاثة من عناصرها في هجوم لتنظيم داعش غرب الأنبار.", 1,
     "19", "*/REB", "IRQ/MIL", 3, -1},
    {"nigerian_police_lost_four_in_armed_attack", "فقدت الشرطة النيجيرية أربعة من أفرادها في هجوم مسلح في ولاية زامفارا.", 1,
     "19", nullptr, "NGA/COP", 4, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args41LossTest, ::testing::ValuesIn(kLosses),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 5. (A killing dated yesterday in a relative clause after a funeral, with the verb's pronoun on it: the text layer
    // reads قتله as قتلة, killers, a noun, and no verb is left. Undated, such a clause is background, as mood39 decided.)
    {"funeral_of_youth_killed_by_settlers_hebron", "شيع الآلاف في الخليل جثمان الشاب الذي قتله مستوطنون أمس قرب البلدة.",
     "ASSAULT", "19", "ISR/CVL", "PSE/*"},
    {"funeral_of_fighter_killed_by_army_in_daraa", "شيع المئات في درعا جثمان المقاتل الذي قتله الجيش السوري أمس.", "ASSAULT",
     "19", "SYR/MIL", "SYR/*"},
    // 3. (A verb of being able, تمكن من, before the suicide bombing's noun: not read as reporting it.)
    {"bomber_managed_to_blow_himself_up_kabul_wedding", "تمكن انتحاري من تفجير نفسه داخل قاعة أفراح في كابول.", "ASSAULT",
     "1831", "AFG/*", nullptr},
};

class Args41PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args41PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args41PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
