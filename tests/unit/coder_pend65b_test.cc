// Leftovers of the session's first round of coder fixes (session 65): shapes of Arabic news that tell a protest or an
// attack which the coder missed, beside the same shapes telling something else. Wire-style sentences written for this
// table (none copied from a corpus or a gold set), one class per block:
// 1. a bare vague count (الآلاف، المئات، العشرات، مئات الآلاف) as the subject right before a past verb of protest, in a
//    reported clause after أن/إن or opening a body sentence: the protest, done by a crowd of the state where it
//    gathers (the verb in ا after the count is no accusative noun counted by it, and the speaker is not its doer);
// 2. a headline's second verb, a present joined by و with people after it (counted or bare), shares the first verb's
//    subject: the people are its object, not its passive subject; and a machine of war with its owner's demonym and
//    مسيرة (drone) before the verb is the owner's, whatever the verb;
// 3. a relative clause on the attacker whose verb is one of leading (تقودها، يقودها: grammar.tsv perpetrate, no verb of
//    the word lists) and whose subject is a state or a person: the attack's object follows the clause, and the clause's
//    subject is neither the target nor the place;
// 4. a verdict headline whose convicts are named by مدانين or محكومين (agents.tsv: the convicted, civilians): the
//    sentence passed (116) on them; an execution carried out on them stays an execution.
// Guards (guard_ rows) keep the readings these shapes lie beside: the accusative noun after a cardinal of 11 to 99
// (عشرين طالبا "twenty students", no demand), a count after its verb, and a second verb already given its subject.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they protect.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Pend65bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend65bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A bare count before a past verb of protest.
    {"sources_said_thousands_demonstrated_before_parliament_in_rabat",
     "قالت مصادر محلية إن الآلاف تظاهروا أمام مقر البرلمان في الرباط.", "PROTEST", "14",
     "MAR/CVL", nullptr},
    {"witnesses_said_hundreds_held_a_sit_in_before_the_governorate_in_basra",
     "ذكر شهود عيان أن المئات اعتصموا أمام مبنى المحافظة في البصرة.", "PROTEST", "14", "IRQ/CVL", nullptr},
    {"police_said_dozens_gathered_before_the_embassy_the_crowd_not_the_police",
     "وقالت الشرطة إن العشرات تجمعوا أمام السفارة الأمريكية في عمان احتجاجا على الحرب.", "PROTEST", "14", "JOR/CVL",
     nullptr},
    {"hundreds_of_thousands_flocked_to_the_square_in_khartoum_demanding",
     "مئات الآلاف توافدوا إلى ساحة الاعتصام في الخرطوم مطالبين بتسليم السلطة للمدنيين.", "PROTEST", "14", "SDN/CVL",
     nullptr},
    {"the_thousands_marched_in_algiers_in_a_body_sentence",
     "الآلاف ساروا في شوارع الجزائر العاصمة رفضا للعهدة الخامسة.", "PROTEST", "14", "DZA/CVL", nullptr},
    {"guard_twenty_students_arrested_is_no_demand", "اعتقلت قوات الأمن عشرين طالبا في جامعة بغداد.", "COERCE", "17",
     "IRQ/*", nullptr, "REQUEST"},
    {"guard_fifteen_members_of_the_council_is_no_verb",
     "انتخب المجلس خمسة عشر عضوا في لجنته التنفيذية في بيروت.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_thousands_demonstrated_count_after_the_verb", "تظاهر الآلاف في مدينة وهران رفضا لنتائج الانتخابات.",
     "PROTEST", "14", "DZA/CVL", nullptr},
    // 2. A headline's coordinated verbs; a machine, its owner's demonym and مسيرة.
    {"occupation_forces_storm_a_camp_and_arrest_ten_youths", "قوات الاحتلال تقتحم مخيم بلاطة وتعتقل عشرة شبان",
     "COERCE", "17", "ISR/MIL", nullptr},
    {"iraqi_security_forces_storm_the_sit_in_square_and_arrest_dozens_of_protesters",
     "قوات الأمن العراقية تقتحم ساحة الاعتصام في الناصرية وتعتقل عشرات المحتجين", "COERCE", "17", "IRQ/COP",
     "IRQ/CVL"},
    {"kenyan_police_storm_a_party_office_and_arrest_students",
     "الشرطة الكينية تقتحم مقر الحزب في نيروبي وتعتقل طلابا", "COERCE", "17", "KEN/COP", nullptr},
    {"guard_egyptian_police_raid_a_university_and_arrest_students", "الشرطة المصرية تداهم جامعة الأزهر وتعتقل طلابا",
     "COERCE", "17", "EGY/COP", nullptr},
    {"american_drone_bombs_a_car_carrying_gunmen_in_marib",
     "طائرة أمريكية مسيرة تقصف سيارة تقل مسلحين في محافظة مأرب", "ASSAULT", "19", "USA/*", nullptr},
    {"guard_forces_storm_a_town_and_arrest_two_young_men", "قوات الاحتلال تقتحم بلدة بيت أمر وتعتقل شابين",
     "COERCE", "17", "ISR/MIL", nullptr},
    {"guard_settlers_storm_a_village_and_arrest_two_young_men", "مستوطنون يقتحمون قرية ويعتقلون شابين في الخليل",
     "COERCE", "17", "ISR/CVL", nullptr},
    {"guard_american_drone_kills_a_leader", "طائرة أمريكية مسيرة تقتل قياديا في تنظيم القاعدة بمحافظة شبوة",
     "ASSAULT", "19", "USA/*", nullptr},
    // 3. The relative clause of leading on the attacker, verb first.
    {"forces_led_by_france_shelled_positions_of_gunmen_in_mali",
     "قصفت القوات التي تقودها فرنسا مواقع لمسلحين في شمال مالي.", "ASSAULT", "19", nullptr, "MLI/UAF"},
    {"militias_led_by_haftar_attacked_a_police_headquarters",
     "هاجمت الميليشيات التي يقودها حفتر مقرا للشرطة في مدينة سبها.", "ASSAULT", "19", "LBY/*", "LBY/COP"},
    {"guard_groups_backed_by_iran_attacked_an_american_base",
     "هاجمت الجماعات المسلحة التي تدعمها إيران قاعدة أمريكية في سوريا.", "ASSAULT", "19", "SYR/UAF", "USA/MIL"},
    // 4. The convicted.
    {"verdict_headline_life_for_ten_convicts_in_a_smuggling_case", "المؤبد لعشرة محكومين في قضية تهريب أسلحة.",
     "ACCUSE", "116", "", "*/CVL", "ASSAULT"},
    {"verdict_headline_ten_years_for_three_convicted_of_terrorism_in_tunisia",
     "السجن عشر سنوات لثلاثة مدانين بالإرهاب في تونس.", "ACCUSE", "116", nullptr, "*/CVL", "ASSAULT"},
    {"guard_saudi_authorities_executed_three_convicts",
     "نفذت السلطات السعودية حكم الإعدام في ثلاثة مدانين بتهريب المخدرات.", "ASSAULT", "18", "SAU/*", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 2. A second verb of another code than the first's, joined by و after the first's object, where both are attacks:
    //    the killing (19) is merged into the abduction (181) and not coded of its own.
    {"gunmen_hijack_a_bus_and_kill_its_driver", "مسلحون يختطفون حافلة ويقتلون سائقها في ولاية كادونا", "ASSAULT",
     "19", "*/UAF", nullptr},
};

class Pend65bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend65bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend65bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
