// The lead's reading of session 55, in wire-style sentences written for this table (none copied from a corpus or a gold
// set): a toll told before a clause of "when" (عندما، حين) or "after" (بعدما) whose act has a machine of war as its
// subject, with a nationality agreeing with it (قتل سبعة أشخاص عندما قصفت طائرة إسرائيلية منزلهم). The machine is no
// mention, so the toll's doer was read from the clause's first mention after the verb (منزلهم, a house: civilians), the
// toll was dropped as its own doer's target, and the act, left in a temporal clause with no toll before it, was dropped as
// background: nothing was coded. The machine's nationality now names the clause's doer (MachineSubjectOfState, the
// reading CodeTrigger gives the act itself), and the incident is one event, the act's, with the toll's counts.
// Every expected code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// change; every other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;

class Lead55IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Lead55IncidentTest, CodesOneIncident) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    {"seven_killed_when_an_israeli_plane_shelled_their_home",
     "قتل سبعة أشخاص عندما قصفت طائرة إسرائيلية منزلهم في خان يونس.", 1, "19", "ISR/MIL", nullptr, 7, -1},
    {"six_civilians_killed_after_an_american_plane_bombed_their_home",
     "قتل ستة مدنيين بعدما قصفت طائرة أمريكية منزلهم في محافظة البيضاء.", 1, "19", "USA/MIL", "YEM/CVL", 6, -1},
    {"nine_killed_when_a_russian_fighter_struck_a_market_idlib",
     "قتل تسعة أشخاص عندما قصفت مقاتلة روسية سوقا شعبيا في ريف إدلب.", 1, "19", "RUS/MIL", "SYR/CVL", 9, -1},
    {"guard_five_killed_when_a_russian_drone_struck_a_market_kharkiv",
     "قتل خمسة أشخاص عندما قصفت طائرة مسيرة روسية سوقا في مدينة خاركيف.", 1, "19", "RUS/MIL", "UKR/CVL", 5, -1},
    {"guard_ten_civilians_hurt_when_israeli_artillery_shelled_khiam",
     "أصيب عشرة مدنيين عندما قصفت مدفعية إسرائيلية بلدة الخيام في جنوب لبنان.", 1, "19", "ISR/MIL", nullptr, -1, 10},
    {"guard_three_soldiers_killed_when_an_israeli_tank_shelled_their_post",
     "قتل ثلاثة جنود عندما قصفت دبابة إسرائيلية موقعهم قرب الحدود.", 1, "19", "ISR/MIL", nullptr, 3, -1},
    {"guard_two_civilians_killed_when_a_saudi_plane_struck_their_car",
     "قتل مدنيان حين قصفت طائرة سعودية سيارتهما في محافظة صعدة.", 1, "19", "SAU/MIL", nullptr, 2, -1},
    {"guard_seven_killed_when_the_israeli_aircraft_shelled_their_home",
     "قتل سبعة أشخاص عندما قصفت الطائرات الإسرائيلية منزلهم في خان يونس.", 1, "19", "ISR/MIL", "PSE/CVL", 7, -1},
    {"guard_four_killed_when_the_army_shelled_the_village",
     "قتل أربعة مدنيين عندما قصف الجيش السوداني قرية في ولاية شمال كردفان.", 1, "19", "SDN/MIL", "SDN/CVL", 4, -1},
};

INSTANTIATE_TEST_SUITE_P(Lead55, Lead55IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
