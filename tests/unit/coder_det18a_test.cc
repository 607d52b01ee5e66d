// Assaults named in statements, and the actors of assaults (session 64, det18a): the shapes of a conflict's headlines
// in which an event noun names no incident of the day, or does, beside the same words reporting one. Wire-style
// sentences written for this table (none copied from a corpus or a gold set), one class per block:
// 1. an event noun heading a headline, or a speaker's words after his colon, as the subject of a predicate of state or
//    of a qualification (الحرب لن تنتهي، التهجير خط أحمر، القصف قد يرقى إلى جرائم حرب، الاستهداف يشكل جريمة): the
//    statement is the news, no ASSAULT; guards: a toll in a headline after a colon, a strike on a supply line;
// 2. a toll's rise over clashes (ارتفاع حصيلة الاشتباكات ... إلى 65 قتيلا) reports them, the clashes going on, unlike a
//    bombing's toll told before; a count of strikes between a headline's verb and its noun (يشن أكثر من 200 غارة في
//    ثلاثة أيام) reports the strikes of those days, unlike a count since a war began;
// 3. a named actor claiming the attack in the next clause joined by و (، وحركة X تتبنى العملية) is its doer;
// 4. clashes that name neither side are fought by armed men of the state where they take place, on both sides; a
//    bombing with no doer keeps none, and named sides stay theirs;
// 5. a wire's bar after عاجل heads a headline as a colon does (عاجل | غارات روسية على ...);
// 6. a photo's caption, (صورة) ..., reports the killing in its relative clause on the victim; the same words in a
//    document's body stay background;
// 7. pending: readings of set 18's classes not made this session (see kPending).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det18aTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det18aTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The subject of a future statement, of a stance or of a qualification of a class of acts: no incident.
    {"a_minister_says_the_war_will_not_end_before_the_militias_leave",
     "وزير الدفاع السوداني: الحرب لن تنتهي قبل طرد الميليشيات من الخرطوم", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"a_president_says_the_russian_shelling_will_not_break_his_people",
     "الرئيس الأوكراني: القصف الروسي لن يكسر إرادة شعبنا", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"a_king_calls_the_displacement_of_palestinians_a_red_line",
     "العاهل الأردني: تهجير الفلسطينيين من الضفة الغربية خط أحمر", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"a_rights_group_says_shelling_hospitals_may_amount_to_war_crimes",
     "هيومن رايتس ووتش: قصف المستشفيات في دارفور قد يرقى إلى جرائم حرب", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"investigators_say_targeting_journalists_constitutes_a_war_crime",
     "محققون أمميون: استهداف الصحفيين في أوكرانيا يشكل جريمة حرب", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"an_official_says_killing_opponents_outside_the_law_counts_as_a_crime",
     "مسؤول أممي: اغتيال المعارضين خارج نطاق القضاء يعد جريمة بموجب القانون الدولي", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // Guards: a toll after a speaker's colon, a plain headline, a strike on a supply line (خط not a predicate).
    {"guard_an_official_gives_the_toll_of_shelling_on_a_town",
     "مسؤول محلي: مقتل خمسة مدنيين في قصف مدفعي على بلدة في ريف إدلب", "ASSAULT", "19", nullptr, "SYR/*"},
    {"guard_three_civilians_killed_in_russian_shelling_on_kharkiv",
     "مقتل ثلاثة مدنيين في قصف روسي على خاركيف", "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"guard_civil_defence_reports_a_drone_strike_on_a_supply_line",
     "الدفاع المدني: هجوم بطائرة مسيرة على خط الإمداد قرب الحديدة", "ASSAULT", "19", nullptr, nullptr},
    {"guard_the_army_reports_the_bombing_of_a_gas_pipeline",
     "الجيش: تفجير خط أنابيب الغاز في سيناء", "ASSAULT", "18", nullptr, nullptr},
    {"guard_gunmen_blew_up_a_gas_pipeline_in_marib",
     "فجر مسلحون مجهولون خط أنابيب للغاز في محافظة مأرب", "ASSAULT", "18", nullptr, nullptr},
    // 2. A toll's rise over clashes; a count of the strikes of the days reported.
    {"the_toll_of_tribal_clashes_in_blue_nile_rises",
     "ارتفاع حصيلة الاشتباكات القبلية في ولاية النيل الأزرق إلى 65 قتيلا", "ASSAULT", "19", nullptr, nullptr},
    {"guard_the_toll_of_a_suicide_bombing_rises_an_update",
     "ارتفاع حصيلة التفجير الانتحاري في مقديشو إلى 30 قتيلا", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"the_russian_army_carries_out_200_strikes_in_three_days",
     "الجيش الروسي يشن أكثر من 200 غارة في ثلاثة أيام على مواقع في إدلب", "ASSAULT", "195", "RUS/*", "SYR/*"},
    {"american_aircraft_carry_out_40_strikes_on_hodeidah",
     "الطيران الأمريكي يشن 40 غارة على مواقع للحوثيين في الحديدة", "ASSAULT", "195", "USA/*", nullptr},
    {"guard_the_coalition_strikes_counted_since_the_war_began",
     "التحالف شن أكثر من 20 ألف غارة منذ بدء الحرب في اليمن", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_american_aircraft_execute_40_strikes_in_two_days",
     "الطيران الأمريكي ينفذ 40 غارة خلال يومين على مواقع للحوثيين في الحديدة", "ASSAULT", "195", "USA/*", nullptr},
    // 3. The claimant named in the next clause joined by و.
    {"a_drone_attack_on_a_coalition_base_claimed_by_nujaba",
     "هجوم بطائرات مسيرة على قاعدة للتحالف في ريف دير الزور، وحركة النجباء تتبنى العملية", "ASSAULT", "19",
     "IRQ/*", nullptr},
    {"a_drone_attack_claimed_by_a_quoted_group_name",
     "هجوم بطائرات مسيرة على قاعدة للتحالف في ريف دير الزور، و\"حركة النجباء\" تتبنى العملية", "ASSAULT", "19",
     "IRQ/*", nullptr},
    {"guard_rocket_fire_near_erbil_airport_claimed_by_kataib_hezbollah",
     "قصف صاروخي على قاعدة للتحالف قرب مطار أربيل، وكتائب حزب الله تتبنى القصف", "ASSAULT", "19", "IRQ/*", nullptr},
    {"guard_a_car_bomb_in_mogadishu_claimed_by_al_shabaab",
     "انفجار سيارة مفخخة قرب مقر للشرطة في مقديشو، وحركة الشباب تتبنى الهجوم", "ASSAULT", "18", "SOM/*", nullptr},
    // 4. Clashes with no side named: the unidentified armed men of their place's state on both sides.
    {"heavy_clashes_in_misrata_with_no_side_named",
     "اشتباكات عنيفة بالأسلحة الثقيلة في مدينة مصراتة", "ASSAULT", "193", "LBY/UAF", "LBY/UAF"},
    {"clashes_in_a_quarter_of_aden_with_no_side_named",
     "اشتباكات بالأسلحة الثقيلة في حي بمدينة عدن", "ASSAULT", "193", "YEM/*", "YEM/*"},
    {"an_exchange_of_fire_between_two_clans_in_basra",
     "تبادل لإطلاق النار بين عشيرتين في محافظة البصرة", "ASSAULT", "193", "IRQ/*", "IRQ/*"},
    {"guard_clashes_between_the_sudanese_army_and_the_rsf_keep_their_sides",
     "اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر", "ASSAULT", "193", "SDN/MIL", "SDN/*"},
    {"guard_a_bomb_in_a_kirkuk_market_keeps_no_doer",
     "انفجار عبوة ناسفة في سوق بمدينة كركوك", "ASSAULT", "18", "", nullptr},
    // 5. The headline after a wire's bar.
    {"breaking_bar_russian_strikes_on_idlib_countryside",
     "عاجل | غارات روسية على مواقع للفصائل في ريف إدلب", "ASSAULT", "195", "RUS/*", "SYR/*"},
    {"guard_breaking_colon_russian_strikes_on_idlib_countryside",
     "عاجل: غارات روسية على مواقع للفصائل في ريف إدلب", "ASSAULT", "195", "RUS/*", "SYR/*"},
    // 6. A caption's relative clause on the victim.
    {"a_caption_a_mother_by_her_son_killed_in_a_strike",
     "(صورة) امرأة تبكي قرب جثمان ابنها الذي قتل في غارة روسية على بلدة في ريف إدلب", "ASSAULT", "19", nullptr,
     "SYR/*"},
    {"guard_the_same_words_in_a_body_stay_background",
     "امرأة تبكي قرب جثمان ابنها الذي قتل في غارة روسية على بلدة في ريف إدلب", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det18aTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A caption's killing in a relative clause (set 18's a23 class) is coded, but the doer of the strike after في is
    // not read as the killing's (after في the noun may be the occasion, not the means).
    {"a_caption_a_mother_by_her_son_killed_in_a_russian_strike_doer",
     "(صورة) امرأة تبكي قرب جثمان ابنها الذي قتل في غارة روسية على بلدة في ريف إدلب", "ASSAULT", "19", "RUS/*",
     nullptr},
    // The rise of a toll counted by a casualty noun over clashes (عدد قتلى الاشتباكات ... إلى 20): no event yet.
    {"the_number_killed_in_clashes_in_khartoum_rises",
     "ارتفاع عدد قتلى الاشتباكات بين الجيش والدعم السريع في الخرطوم إلى 20", "ASSAULT", "19", nullptr, nullptr},
    // Strikes in a بعد phrase of a state (set 18's x02 class): the state is the news, the strikes not coded. (Reading
    // the indefinite violent noun after بعد in a headline with no verb as news cost the GSR three false alarms.)
    {"an_airport_out_of_service_after_israeli_strikes",
     "مطار الحديدة خارج الخدمة بعد غارات إسرائيلية دمرت المدرج", "ASSAULT", "19", "ISR/*", "YEM/*"},
};

class Det18aPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det18aPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det18aPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
