// Assaults named in statements, and the actors of assaults (session 64, det18a): the shapes of a conflict's headlines
// in which an event noun names no incident of the day, beside the same words reporting one. Wire-style sentences written
// for this table (none copied from a corpus or a gold set), one class per block:
// 1. an event noun heading a headline, or a speaker's words after his colon, as the subject of a predicate of state or
//    of a qualification (الحرب لن تنتهي، التهجير خط أحمر، القصف قد يرقى إلى جرائم حرب، الاستهداف يشكل جريمة): the
//    statement is the news, no ASSAULT; guards: a toll in a headline after a colon, a strike on a supply line;
// 2. pending: readings of set 18's classes not made this session (see kPending).
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
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det18aTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // (filled below)
};

class Det18aPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det18aPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det18aPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
