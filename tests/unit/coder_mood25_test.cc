// Negation, modality and event/no-event, session 25, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran:
// - the jussive of a weak verb after لم (لم يلتق، لم يزر، لم يقم بزيارة، لم يستول، لم تدن): the
//   shortened form is the verb, negated;
// - a bare definite meeting held or not by the light verb عقد (لم تعقد القمة): negated with it;
// - a negated verb of result (لم يؤد الهجوم إلى مقتل أحد): the result is denied, the cause stays asserted;
// - history: an event placed in a named war of the past (الحرب العالمية الثانية، حرب أكتوبر، الحرب الأهلية
//   اللبنانية) or in a year before 1900 is no news, whatever its type of material conflict;
// - a defeat (هزم، هزيمة) is fighting (190) where a side is armed or a state; in sport or at the polls none;
// - a tour named by its region (جولة خليجية) is a round of visits (042); a round of talks the talks;
// - figures: تظاهر بـ "pretended", اغتيال الشخصية "character assassination", هجوم لاذع "a scathing attack".
// Rows named fix_ failed before the session's change; rows named guard_ passed and keep what they protect (the
// defeats in sport and at the polls passed only because هزم was no trigger: they keep armed_party honest).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using Case = testing::MoodCase;

// The checks of unit/mood_case_support.h.
const Case kMoodCases[] = {
    // The jussive of a weak verb: a final long vowel (يلتقي -> يلتق، يجري -> يجر، يستولي -> يستول) or, in a
    // hollow verb, the middle one (يزور -> يزر، يقوم -> يقم، يدين -> يدن) drops after لم.
    {"fix_did_not_meet", "لم يلتق الرئيس السوداني قائد قوات الدعم السريع خلال القمة الأفريقية.", "CONSULT", "يلتق", true,
     "asserted"},
    {"fix_did_not_visit", "لم يزر وزير الخارجية الإيراني بيروت منذ أشهر.", "CONSULT", "يزر", true,
     "asserted"},
    {"fix_did_not_pay_a_visit", "لم يقم الرئيس الصومالي بزيارة إلى نيروبي.", "CONSULT", "", true,
     "asserted"},
    {"fix_did_not_seize_the_convoy", "لم يستول المسلحون على قافلة المساعدات في دارفور.", "COERCE", "يستول", true,
     "asserted"},
    {"fix_did_not_condemn", "لم تدن الحكومة العراقية الهجوم على السفارة الأمريكية.", "ACCUSE", "تدن", true,
     "asserted"},
    {"fix_did_not_call_for_dialogue", "لم يدع المجلس العسكري في النيجر إلى الحوار مع المعارضة.", "REQUEST", "يدع", true,
     "asserted"},
    {"guard_did_not_respond", "ولم يرد الجيش الإسرائيلي على طلب للتعليق.", "ASSAULT", "", false,
     nullptr},
    {"guard_government_held_no_talks", "لم تجر الحكومة السودانية محادثات مع المعارضة.", "CONSULT", "", true,
     "asserted"},
    {"guard_plural_did_not_meet", "لم يلتقوا بالوفد الأممي في عدن.", "CONSULT", "يلتقوا", true,
     "asserted"},
    // A bare definite meeting after the negated light verb عقد: the meeting not held.
    {"fix_summit_not_held", "لم تعقد القمة العربية الطارئة في الرياض.", "CONSULT", "القمة", true,
     "asserted"},
    {"fix_summit_held", "عقدت القمة العربية الطارئة في الرياض أمس.", "CONSULT", "القمة", false,
     "asserted"},
    // A negated verb of result denies its result; the cause happened.
    // (Changed in session 45: the killing denied is the attack's outcome, not a second, negated attack; the two rows
    // expected a negated ASSAULT on مقتل. Now no ASSAULT of the sentence is negated.)
    {"fix_attack_killed_nobody", "لم يؤد الهجوم على الحاجز العسكري في درعا إلى مقتل أحد.", "ASSAULT", "مقتل", false,
     nullptr},
    {"fix_shelling_killed_no_civilians", "لم يؤد القصف المدفعي على بلدة كفرنبل إلى مقتل مدنيين.", "ASSAULT", "مقتل", false,
     nullptr},
    {"guard_attack_stays_asserted", "لم يؤد الهجوم على الحاجز العسكري في درعا إلى مقتل أحد.", "ASSAULT", "الهجوم", false,
     "asserted"},
    {"guard_raid_without_deaths", "لم تسفر الغارة الإسرائيلية على رفح عن سقوط قتلى.", "ASSAULT", "الغارة", false,
     "asserted"},
};

class Mood25Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood25Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood25Test, ::testing::ValuesIn(kMoodCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // History: the recent event next to a named war stays news.
    {"guard_arrest_yesterday", "اعتقلت القوات الإسرائيلية عشرات الفلسطينيين في الضفة الغربية أمس.", "COERCE", "173",
     "ISR/MIL", "PSE/*"},
    {"guard_arrest_yesterday_for_acts_in_the_civil_war",
     "اعتقلت الشرطة اللبنانية أمس مسلحا سابقا متهما بعمليات خطف خلال الحرب الأهلية اللبنانية.", "COERCE", "173", "LBN/COP",
     nullptr},
    {"guard_fiercest_since_the_world_war", "شنت روسيا أعنف هجوم على أوكرانيا منذ الحرب العالمية الثانية.", "ASSAULT", "19",
     nullptr, "UKR/*"},
    // A defeat in battle: 190, the victor to the vanquished.
    {"fix_army_defeated_the_rsf", "هزم الجيش السوداني قوات الدعم السريع في معركة جبل موية.", "ASSAULT", "190",
     "SDN/MIL", "SDN/REB"},
    {"fix_ukrainian_forces_defeated", "هزمت القوات الأوكرانية الجيش الروسي قرب خاركيف.", "ASSAULT", "190", "UKR/MIL",
     "RUS/MIL"},
    // A tour named by its region is a round of visits; a round of talks is the talks.
    {"fix_foreign_tour", "بدأ رئيس الوزراء العراقي جولة خارجية تشمل الأردن ومصر.", "CONSULT", "042", "IRQ/GOV", nullptr},
    {"guard_regional_tour", "بدأ وزير الخارجية الأمريكي جولة إقليمية تشمل السعودية وقطر.", "CONSULT", "042", "USA/GOV",
     nullptr},
    {"guard_round_of_talks", "انطلقت في مسقط جولة مفاوضات جديدة بين الحكومة اليمنية والحوثيين.", "CONSULT", "046",
     "YEM/GOV", "YEM/REB"},
    // Moved from kPending by session 27 (lex27).
    {"gulf_tour", "بدأ الرئيس التركي جولة خليجية تشمل الكويت والإمارات.", "CONSULT", "042", "TUR/GOV", nullptr},
    {"african_tour", "اختتم وزير الخارجية الصيني جولة أفريقية شملت مصر وكينيا.", "CONSULT", "042", "CHN/GOV", nullptr},
    // Figures: pretence, character assassination, a scathing verbal attack.
    {"guard_pretending_to_be_an_officer", "ألقت الشرطة القبض على رجل كان يتظاهر بأنه ضابط في الجيش.", "COERCE", "173",
     "*/COP", nullptr, "PROTEST"},
    {"guard_smear_is_no_killing", "اتهمت المعارضة الحكومة بممارسة الاغتيال المعنوي ضد الصحفيين.", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    {"guard_coach_attacked_the_referee", "شن مدرب الأهلي هجوما حادا على الحكم بعد المباراة.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"guard_scathing_attack", "شن الرئيس التونسي هجوما لاذعا على الاتحاد العام التونسي للشغل.", "ACCUSE", "111",
     "TUN/GOV", nullptr, "ASSAULT"},
    // Moved from kPending by lexmood26: ألحق هزيمة بـ is a verb phrase of triggers.tsv.
    {"inflicted_a_defeat", "ألحقت القوات الصومالية هزيمة بمقاتلي حركة الشباب في إقليم هيران.", "ASSAULT", "190", "SOM/MIL",
     "SOM/REB"},
};

class Mood25ProbeTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood25ProbeTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood25ProbeTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // History: a named war of the past, colonial rule, a year before 1900.
    {"fix_arrests_in_the_world_war", "خلال الحرب العالمية الثانية، اعتقلت السلطات الفرنسية آلاف المهاجرين."},
    {"fix_bombing_in_the_world_war", "قصفت الطائرات الألمانية لندن خلال الحرب العالمية الثانية."},
    {"fix_siege_in_the_october_war", "فرضت إسرائيل حصارا على مدينة السويس خلال حرب أكتوبر."},
    {"fix_kidnappings_in_the_lebanese_civil_war", "خطفت الميليشيات آلاف المدنيين خلال الحرب الأهلية اللبنانية."},
    {"fix_occupation_in_1882", "في عام 1882 احتلت بريطانيا مصر."},
    {"fix_shelling_in_1860", "في عام 1860 قصفت السفن الفرنسية ميناء بيروت."},
    {"fix_expulsion_under_the_mandate", "طردت السلطات البريطانية مئات الفلسطينيين في عهد الانتداب البريطاني."},
    // Defeats in sport and at the polls.
    {"guard_team_beat_by_two_goals", "هزم المنتخب المغربي نظيره الجزائري بهدفين نظيفين."},
    {"guard_club_beat_by_four", "هزم الفريق النادي الأهلي برباعية في الدوري."},
    {"guard_party_defeated_at_the_polls", "هزم الحزب الحاكم منافسيه في الانتخابات البلدية."},
    {"guard_sport_round", "فاز الهلال على النصر في الجولة الخامسة من الدوري السعودي."},
    // Pretence is no protest.
    {"fix_gunman_pretended_to_be_dead", "تظاهر المسلح بالموت ثم هرب."},
    {"fix_prisoner_pretended_illness", "تظاهر السجين بالمرض لتجنب الاستجواب."},
};

class Mood25NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood25NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood25NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// (kPending held the tours named by a regional demonym, جولة خليجية، جولة أفريقية: read since session 27
// (lex27), where a regional nationality left alone as an adjective is no mention, they moved to kCases;
// kPending is empty and gone.)

}  // namespace
}  // namespace rasad
