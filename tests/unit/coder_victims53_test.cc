// Whom an attack struck, and whether it is news, in wire-style sentences written for this table (none copied from a
// corpus or a gold set), on what session 53 (victims) worked on, one class of readings per block, by how often the
// construction comes in the news:
// 1. a suicide bombing's victims (فجر انتحاري نفسه وسط المصلين، فجرت انتحارية حزامها الناسف بين المتسوقين، فجر مهاجم نفسه
//    في تجمع لعناصر الشرطة): the people among whom the bomb went off, right after بين or وسط, or the people of a crowd
//    (حشد من المشيعين، تجمع لعناصر الشرطة), are the target (worshippers and shoppers are civilians of the place's
//    state; police are police);
// 2. a crowd as the victims (استهدفت غارة حشودا من المنتظرين، أطلق الجنود النار على تجمع للنازحين): a crowd or a unit
//    (word_kinds part_noun) after a preposition or in the accusative, with its people after من or لـ: the people are
//    the target, not the town;
// 3. a count of victims with من and the people they belong to (قتلوا ما لا يقل عن ٣٠ من سكانها، قتل ١٢ من ركاب
//    الحافلة): already read; the rows guard it;
// 4. a suicide bomber's subject with a relative clause between the verb and نفسه (فجر مهاجم يرتدي حزاما ناسفا نفسه، فجر
//    رجل كان يقود سيارة مفخخة نفسه): the phrase فجر ... نفسه found again past the relative clause on its indefinite
//    subject;
// 5. a clause with a year in construct with a recalled event noun (في هجوم يعيد إلى الأذهان تفجير عام ٢٠١٧، الأعنف منذ
//    مجزرة عام ٢٠١٤): the year dates the recalled noun, not the clause; the new attack is news, the recalled one none;
// 6. حشد as a crowd (وسط حشد كبير، أمام حشد انتخابي): no mobilisation; حشد with forces (حشد عسكري، حشد قواته) stays one;
// 7. a headline's target after ب (انفجار عبوة ناسفة برتل لقوات الحشد الشعبي): the blast noun takes على and ب as its verb
//    does; the target in construct with استهداف (استهداف دورية للجيش بعبوة) is read since session 54, its code by the
//    bomb is pending.
// Every expected type, code prefix, count and actor was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them. Pending
// rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::NoEventRow;
using testing::ProbeRow;

class Victims53Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Victims53Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A suicide bombing's victims: the people among whom it went off, or the people of the crowd it hit.
    {"guard_a_suicide_bomber_among_worshippers_peshawar",
     "فجر انتحاري نفسه وسط المصلين في مسجد بمدينة بيشاور شمال غرب باكستان.", "ASSAULT", "183", "PAK/*", "PAK/CVL"},
    {"a_female_bomber_detonated_her_belt_among_shoppers_maiduguri",
     "فجرت انتحارية حزامها الناسف بين المتسوقين في سوق مزدحم بمدينة مايدوغوري.", "ASSAULT", "183", "NGA/*", "NGA/CVL"},
    {"an_attacker_blew_himself_up_in_a_gathering_of_police_mogadishu",
     "فجر مهاجم نفسه في تجمع لعناصر الشرطة في العاصمة الصومالية مقديشو.", "ASSAULT", "183", "SOM/*", "SOM/COP"},
    {"a_bomber_amid_a_crowd_of_mourners_nangarhar",
     "فجر انتحاري نفسه وسط حشد من المشيعين في ولاية ننغرهار الأفغانية.", "ASSAULT", "183", "AFG/*", "AFG/CVL"},
    {"a_bomber_among_new_recruits_aden", "فجر انتحاري نفسه بين مجندين جدد أمام مركز تطوع في عدن.", "ASSAULT", "183",
     "YEM/*", "YEM/MIL"},
    {"a_bomber_detonated_his_vest_among_pilgrims_karbala",
     "فجر انتحاري حزامه الناسف بين الزوار قرب مرقد ديني في مدينة كربلاء.", "ASSAULT", "183", "IRQ/*", "IRQ/CVL"},
    {"guard_a_suicide_bombing_amid_a_gathering_of_soldiers_mali",
     "أقدم انتحاري على تفجير نفسه وسط تجمع للجنود في منطقة الساحل بمالي.", "ASSAULT", "183", nullptr, "MLI/MIL"},
    {"guard_a_bomber_among_police_officers_peshawar",
     "فجر انتحاري نفسه بين عناصر الشرطة أمام مقر أمني في مدينة بيشاور.", "ASSAULT", "183", "PAK/*", "PAK/COP"},
    {"guard_a_car_bomb_among_civilians_baghdad",
     "فجر انتحاري سيارة مفخخة وسط المدنيين في سوق شعبي ببغداد، ما أدى إلى مقتل ١٥ شخصا.", "ASSAULT", "183", "IRQ/*",
     "IRQ/CVL"},

    // 2. A crowd as the victims: its people after من or لـ.
    {"an_airstrike_hit_crowds_of_people_waiting_for_aid_rafah",
     "استهدفت غارة إسرائيلية حشودا من المنتظرين قرب مركز توزيع المساعدات في رفح.", "ASSAULT", "19", "ISR/*", "PSE/CVL"},
    // (The displaced are refugees, REF, by the lexicon's convention: agents.tsv's نازحين.)
    {"soldiers_fired_on_a_gathering_of_displaced_people_khan_younis",
     "أطلق الجنود الإسرائيليون النار على تجمع للنازحين في مدينة خان يونس.", "ASSAULT", "19", "ISR/MIL", "PSE/REF"},
    {"gunmen_attacked_a_crowd_of_worshippers_kaduna",
     "هاجم مسلحون حشدا من المصلين أثناء خروجهم من مسجد في ولاية كادونا.", "ASSAULT", "19", "NGA/*", "NGA/CVL"},
    {"guard_a_drone_struck_a_gathering_of_civilians_in_a_market_darfur",
     "قصفت مسيرة تابعة لقوات الدعم السريع تجمعا للمدنيين في سوق بمدينة الفاشر.", "ASSAULT", "19", nullptr, "SDN/CVL"},
    {"security_forces_fired_on_a_crowd_of_protesters_nairobi",
     "فتحت قوات الأمن النار على حشد من المتظاهرين في العاصمة الكينية نيروبي.", "ASSAULT", "19", "KEN/COP", "KEN/*"},
    {"a_russian_drone_targeted_a_crowd_of_civilians_kherson",
     "استهدفت مسيرة روسية حشدا من المدنيين في سوق بمدينة خيرسون.", "ASSAULT", "19", "RUS/*", "UKR/CVL"},
    {"gunmen_fired_on_throngs_of_worshippers_onitsha",
     "أطلق مسلحون النار على جموع من المصلين أمام كنيسة في مدينة أونيتشا النيجيرية.", "ASSAULT", "19", "NGA/*",
     "NGA/CVL"},
    {"guard_warplanes_shelled_a_gathering_of_civilians_maarat",
     "قصفت طائرات حربية تجمعا للمدنيين في سوق ببلدة معرة النعمان.", "ASSAULT", "19", nullptr, "SYR/CVL"},

    // 3. A count of victims with من and the people they belong to: the people, of the place's state.
    {"guard_gunmen_killed_thirty_of_its_residents_zamfara",
     "اقتحم مسلحون قرية في ولاية زامفارا وقتلوا ما لا يقل عن ٣٠ من سكانها.", "ASSAULT", "19", "NGA/*", "NGA/CVL"},
    {"guard_twelve_bus_passengers_killed_burkina",
     "قتل ١٢ من ركاب الحافلة في هجوم مسلح على الطريق بين مدينتين في شمال بوركينا فاسو.", "ASSAULT", "19", nullptr,
     "BFA/CVL"},
    {"guard_gunmen_killed_fifteen_residents_of_a_village_blue_nile",
     "قتل مسلحون ١٥ من سكان قرية في ولاية النيل الأزرق.", "ASSAULT", "19", "SDN/*", "SDN/CVL"},

    // 4. A relative clause on the suicide bomber between the verb and نفسه.
    {"an_attacker_wearing_a_belt_blew_himself_up_maiduguri",
     "فجر مهاجم يرتدي حزاما ناسفا نفسه في سوق بمدينة مايدوغوري.", "ASSAULT", "183", "NGA/*", nullptr},
    {"a_man_who_was_driving_a_car_bomb_blew_himself_up_mogadishu",
     "فجر رجل كان يقود سيارة مفخخة نفسه عند نقطة تفتيش في مقديشو.", "ASSAULT", "183", "SOM/*", nullptr},
    // (Read before by the verb alone, فجرت 183, or by the phrase فجر انتحاري.)
    {"guard_a_woman_carrying_explosives_blew_herself_up_kano",
     "فجرت امرأة تحمل حقيبة متفجرات نفسها قرب مركز للشرطة في مدينة كانو.", "ASSAULT", "183", "NGA/*", nullptr},
    {"guard_a_bomber_riding_a_motorbike_blew_himself_up_khost",
     "فجر انتحاري يقود دراجة نارية نفسه قرب دورية عسكرية في ولاية خوست الأفغانية.", "ASSAULT", "183", "AFG/*", nullptr},
    {"a_gunman_holding_a_grenade_blew_himself_up_alexandria",
     "فجر مسلح يحمل قنبلة يدوية نفسه بعد أن حاصرته الشرطة في مدينة الإسكندرية.", "ASSAULT", "183", "EGY/*", nullptr},
    {"guard_an_attacker_blew_himself_up_in_a_market_maiduguri",
     "فجر مهاجم نفسه في سوق مزدحم بمدينة مايدوغوري.", "ASSAULT", "183", "NGA/*", nullptr},

    // 5. A year in construct with a recalled event noun dates that noun, not the clause.
    {"ten_killed_in_an_attack_recalling_the_bombing_of_2017_manchester",
     "قتل عشرة أشخاص في هجوم يعيد إلى الأذهان تفجير عام ٢٠١٧ في مدينة مانشستر.", "ASSAULT", "19", nullptr, "GBR/CVL"},
    {"twenty_killed_in_the_worst_attack_since_the_massacre_of_2014_peshawar",
     "قتل ٢٠ شخصا في هجوم هو الأعنف منذ مجزرة عام ٢٠١٤ في مدينة بيشاور.", "ASSAULT", "19", nullptr, "PAK/CVL"},
    {"five_soldiers_killed_in_an_ambush_recalling_the_attack_of_2019_north_kivu",
     "قتل خمسة جنود في كمين يعيد إلى الأذهان هجوم عام ٢٠١٩ في إقليم شمال كيفو.", "ASSAULT", "19", nullptr, "COD/MIL"},
    {"gunmen_attacked_a_village_the_worst_since_the_attacks_of_2018_plateau",
     "شن مسلحون هجوما على قرية في ولاية بلاتو يعد الأسوأ منذ هجمات عام ٢٠١٨.", "ASSAULT", "19", "NGA/*", nullptr},
    {"a_bomber_blew_himself_up_in_an_attack_recalling_the_bombings_of_2018_kabul",
     "فجر انتحاري نفسه في سوق بمدينة كابل في هجوم يذكر بتفجيرات عام ٢٠١٨.", "ASSAULT", "183", "AFG/*", nullptr},

    // 6. حشد as a crowd is no mobilisation; حشد with forces is one.
    {"a_speech_amid_a_large_crowd_is_no_mobilisation_beirut",
     "ألقى زعيم الحزب كلمة وسط حشد كبير في ساحة الشهداء ببيروت.", nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"a_candidate_before_an_electoral_crowd_is_no_mobilisation",
     "تحدث المرشح أمام حشد انتخابي في ولاية بنسلفانيا.", nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"a_rally_amid_huge_crowds_is_no_mobilisation_algiers",
     "وصل الرئيس إلى الملعب وسط حشود ضخمة من أنصاره في العاصمة الجزائرية.", nullptr, nullptr, nullptr, nullptr,
     "MOBILIZE"},
    {"guard_a_speech_before_a_crowd_of_supporters_is_no_mobilisation",
     "خطب الرئيس أمام حشد غفير من أنصاره في مدينة إزمير.", nullptr, nullptr, nullptr, nullptr, "MOBILIZE"},
    {"guard_the_russian_army_massed_its_forces_on_the_border",
     "حشد الجيش الروسي قواته على الحدود الأوكرانية.", "MOBILIZE", "154", "RUS/MIL", nullptr},
    {"guard_a_russian_military_build_up_near_finland",
     "أفاد شهود بوجود حشد عسكري روسي قرب الحدود مع فنلندا.", "MOBILIZE", "154", "RUS/MIL", nullptr},

    // 7. A headline's blast noun takes what it went off in or on after ب or على, as its verb does (انفجرت عبوة بدورية
    //    للشرطة): the convoy's or the patrol's owner, not the wounded told after it.
    {"a_bomb_blast_at_a_convoy_of_the_pmf_diyala",
     "انفجار عبوة ناسفة برتل لقوات الحشد الشعبي في محافظة ديالى وإصابة ثلاثة مقاتلين.", "ASSAULT", "183", nullptr,
     "IRQ/MIL"},
    {"a_bomb_blast_on_a_patrol_of_the_malian_army_gao",
     "انفجار عبوة ناسفة على دورية للجيش المالي قرب مدينة غاو.", "ASSAULT", "183", nullptr, "MLI/MIL"},
    {"a_car_bomb_blast_at_a_bus_carrying_soldiers_peshawar",
     "انفجار سيارة مفخخة بحافلة تقل جنودا في مدينة بيشاور.", "ASSAULT", "183", nullptr, "PAK/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Victims53Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 5. The recalled event is no news of its own; an event its clause's own year dates long before is none either.
const NoEventRow kNoEvents[] = {
    {"guard_a_massacre_dated_2014_is_history", "وقعت مجزرة عام ٢٠١٤ في مدينة بيشاور."},
    {"guard_an_assassination_in_2015_is_history", "اغتيل المحافظ عام ٢٠١٥ في هجوم على موكبه في عدن."},
};

class Victims53NoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Victims53NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Victims53NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<NoEventRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. A suicide bombing told in a clause of "when" after its toll: since session 54 one event, the bomber's, in Jos
    //    (coder_reads54_test); its target is coded as the worshippers, REL, not civilians: a convention to settle.
    {"twelve_killed_when_a_bomber_blew_himself_up_among_worshippers_jos",
     "قتل ١٢ شخصا عندما فجر انتحاري نفسه بين المصلين في كنيسة بمدينة جوس النيجيرية.", "ASSAULT", "183", "NGA/*",
     "NGA/CVL"},
    // 7. A headline's target in construct with the noun of targeting (استهداف دورية للجيش بعبوة): the patrol's owner,
    //    read since session 54 (coder_reads54_test); still missing, the code of the bomb after بـ (183), which refines a
    //    verb's code but not the verbal noun's.
    {"a_patrol_of_the_army_targeted_with_a_bomb_daraa", "استهداف دورية للجيش السوري بعبوة ناسفة في ريف درعا.",
     "ASSAULT", "18", nullptr, "SYR/MIL"},
};

class Victims53PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Victims53PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Victims53PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
