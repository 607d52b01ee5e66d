// Older pending readings, read this session (session 61, pend): two classes of fa60's table, general in the news of
// any conflict.
// 1. The sports sense of هجوم with a player of a team as its doer: قاد مهاجم الفريق هجوما، شن مدافع النادي هجوما. A
//    team's word standing between the verb and the noun made the noun sport's only as the verb's whole subject
//    (شن المنتخب هجوما); the player of the team (the team its genitive) is its doer as well, and قاد "led" is a light
//    verb (grammar.tsv: its subject did the event noun after it), as قاد الجيش هجوما is the army's attack.
// 2. A habit: a definite violent noun opening its clause (or the complement after أن) with an adverb of habit in its
//    predicate (grammar.tsv adverb:habitual: يوميا، كل عام، عاما بعد عام، باستمرار) names no incident, whatever its
//    verb (تحدث، تقع، تتجدد), as fa60's trend does with a verb of growth.
// 3. A unit of an army that other words share (سرية "secret", فصيلة "species", out of agents.tsv) before من and a
//    body: coder/word_kinds.tsv part_noun, so the body after من is the doer (args60's table).
// 4. صحراوي "desert" after a noun of a thing (مطار صحراوي، واد صحراوي) is no Sahrawi: countries.tsv lists the masculine
//    singular with a leading ?, as ?مالية; the plurals naming people stay (miss60's table).
// The sentences were written for this table (none copied from a corpus or a gold set); every expected type, code
// prefix and actor was written by hand from the Arabic before the coder ran. An actor is "COUNTRY/SECTOR"; "*" in
// either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded as of 2024-05-10. Rows
// named guard_ pass before the session's changes and keep the readings they protect.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Pend61Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend61Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A player of a team leads or launches an attack in a match: play, no assault. (The first row was fa60's.)
    {"the_striker_led_a_quick_attack_that_ended_in_a_goal",
     "وقاد مهاجم الفريق هجوما سريعا انتهى بهدف في مرمى الحارس في الدقيقة الأخيرة من المباراة.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"the_national_team_players_led_an_organised_attack_in_the_second_half",
     "قاد لاعبو المنتخب هجوما منظما في الشوط الثاني من المباراة لكنهم أخفقوا في التسجيل.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"the_club_defender_launched_a_counter_attack_in_the_first_half",
     "وشن مدافع النادي هجوما مرتدا في الشوط الأول من المباراة.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // An army leads an attack; gunmen attack a team's bus after a match; fans launch an attack on someone: attacks.
    {"guard_the_army_led_an_attack_on_gunmen_positions",
     "قاد الجيش هجوما على مواقع المسلحين شرق المدينة.", "ASSAULT", "19", "*/MIL", "*/UAF"},
    {"guard_gunmen_attacked_the_team_bus_after_the_match",
     "هاجم مسلحون حافلة الفريق بعد المباراة وأصابوا ثلاثة لاعبين.", "ASSAULT", "19", "*/UAF", nullptr},
    {"guard_the_team_fans_launched_an_attack_on_the_referee_bus",
     "شن أنصار الفريق هجوما على حافلة الحكم بعد المباراة.", "ASSAULT", "19", nullptr, nullptr},
    // 2. A habit of violence stated with an adverb of habit: no incident. (The first two rows were fa60's.)
    {"assaults_on_shepherds_happen_year_after_year",
     "قالت المنظمة إن الاعتداءات على الرعاة تقع عاما بعد عام في المنطقة الحدودية.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"assaults_on_doctors_happen_daily",
     "الاعتداءات على الأطباء تحدث يوميا في المستشفيات الحكومية.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"assaults_on_teachers_recur_every_week",
     "الاعتداءات على المعلمين تتجدد كل أسبوع في المدارس الريفية.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"the_union_says_attacks_on_fishermen_happen_frequently",
     "وأكد الاتحاد أن الهجمات على الصيادين تقع بشكل متكرر قبالة السواحل.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"police_say_assaults_on_taxi_drivers_happen_every_night",
     "قالت الشرطة إن الاعتداءات على سائقي الأجرة تقع كل ليلة في ضواحي العاصمة.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    // (With the verb first, the definite noun after it is already no incident of its own.)
    {"guard_daily_happen_assaults_on_nurses_verb_first",
     "تقع الاعتداءات على الممرضات يوميا في أقسام الطوارئ.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // The same nouns told as one incident, and an incident beside a habit named after it: still assaults.
    {"guard_an_assault_on_a_doctor_happened_yesterday",
     "الاعتداء على الطبيب وقع أمس في قسم الطوارئ.", "ASSAULT", "18", nullptr, "*/HLH"},
    {"guard_an_assault_on_a_doctor_in_hebron",
     "وقع اعتداء على طبيب في مستشفى الخليل أمس.", "ASSAULT", "18", nullptr, "*/HLH"},
    {"guard_three_soldiers_killed_in_an_area_of_daily_assaults",
     "قتل ثلاثة جنود في هجوم على حاجز أمس، في منطقة تشهد اعتداءات يوميا.", "ASSAULT", "19", nullptr, "*/MIL"},
    {"guard_warplanes_launched_raids_daily_on_the_city",
     "شنت الطائرات الحربية غارات يوميا على المدينة المحاصرة.", "ASSAULT", "19", "*/MIL", nullptr},
    // 3. A company or a platoon of a named army: the army's act. (The first two rows were args60's.)
    {"a_company_of_the_jordanian_army_shelled_gunmen_positions",
     "قصفت سرية من الجيش الأردني مواقع للمسلحين قرب الحدود السورية.", "ASSAULT", "194", "JOR/MIL", nullptr},
    {"a_platoon_of_the_israeli_army_attacked_a_village",
     "هاجمت فصيلة من الجيش الإسرائيلي قرية في جنوب لبنان.", "ASSAULT", "19", "ISR/MIL", nullptr},
    {"a_company_of_the_malian_army_attacked_a_gunmen_base",
     "هاجمت سرية من الجيش المالي قاعدة للمسلحين في شمال البلاد.", "ASSAULT", "19", "MLI/MIL", nullptr},
    {"a_platoon_of_the_iraqi_army_stormed_a_village_near_kirkuk",
     "اقتحمت فصيلة من الجيش العراقي قرية على أطراف كركوك.", "ASSAULT", "19", "IRQ/MIL", nullptr},
    {"guard_a_unit_of_the_iraqi_army_shelled_islamic_state_positions",
     "قصفت وحدة من الجيش العراقي مواقع لتنظيم الدولة غرب الموصل.", "ASSAULT", "19", "IRQ/MIL", nullptr},
    // 4. Desert places: no Sahrawi target. (The first row was miss60's.) Sahrawi refugees: still Sahrawis.
    {"a_desert_airport_names_no_sahrawi_target", "فجر فدائيون طائرتين مخطوفتين في مطار صحراوي بعد إنزال الركاب.",
     "ASSAULT", "183", "*/REB", ""},
    {"gunmen_blew_up_a_pipeline_in_a_desert_valley", "فجر مسلحون خط أنابيب في واد صحراوي شرق البلاد.", "ASSAULT",
     "183", "*/UAF", ""},
    {"guard_hundreds_of_sahrawi_refugees_demonstrated_in_tindouf",
     "تظاهر مئات اللاجئين الصحراويين في مخيمات تندوف للمطالبة بحق تقرير المصير.", "PROTEST", "14", "ESH/REF",
     nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Pend61Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 4. The masculine singular naming a person (ناشط صحراوي) is read only after a state's agent in a document about
    //    Western Sahara now: the word after a noun of a person is not told from one after a noun of a thing.
    {"a_sahrawi_activist_wounded_in_clashes_with_moroccan_police",
     "أصيب ناشط صحراوي في مواجهات مع الشرطة المغربية في العيون.", "ASSAULT", "19", "MAR/COP", "ESH/CVL"},
};

// (These rows name only the type that should be absent: the gap is that the sentence still has a counted event of
// it, ExpectStillPending's test for a row with no event.)
class Pend61PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend61PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend61PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
