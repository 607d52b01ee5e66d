// Readings session 54 left pending, in wire-style sentences written for this table (none copied from a corpus or a gold
// set), on what session 55 (reads) worked on, one class per block, by how often the construction comes in the news:
// 1. a negated verb of ceasing or of going on before the act (لم يتوقف الجيش عن قصف القرى، لم تكف الميليشيات عن استهداف،
//    ما زالت، ما انفكت، ما برحت، ما فتئت الطائرات تقصف): the act is asserted, its doer the subject of the verb of ceasing.
//    يتوقف and يكف are verbs of govern and of occurrence after لم (grammar.tsv), as يتردد is; برحت is a whole word
//    (text/verb_forms.tsv), no longer ب + رحت; the subject between the negated verb of going on and the imperfective is
//    the imperfective's (arguments.cc), machines of war there standing for their nationality's state. The past توقف
//    "stopped" and the present after لا report no act;
// 2. a toll before a clause of حين "when", read as after عندما (grammar.tsv temporal; في حين "whereas" stays none): one
//    event, the act's, with the toll's victims and counts, also where the toll's doer was read from the clause and is the
//    act's, where the toll is a verb of dying (قضى) that only the clause's violence makes one, and across an aside between
//    commas (، بينهم ثلاث نساء،);
// 3. a road or a street blocked by civilian people who are no crowd word (أغلق مزارعون غاضبون الطريق السريع، قطع سائقو
//    الشاحنات الطريق الدولي، أغلقت عائلات المفقودين طريقا رئيسيا): a protest, 144, when the blockers are of no state's
//    agents and no armed group (a sector, families, residents, drivers); the army or the police closing a road is no
//    protest; a list after بين is the road's ends, no protest's parties;
// 4. the one whose removal a protest demands (مطالبين بإقالة المجلس البلدي، للمطالبة برحيل الحكومة، مطالبين بطرد السفير):
//    the protest's target (word_kinds.tsv removal); an addressee named first (مطالبين الحكومة بطرد السفير) keeps it.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "/CVL" is civilians of no known state; "" is no actor;
// nullptr is not checked. Rows named guard_ passed before the session's changes and keep the readings they protect;
// every other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Reads55Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads55Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A negated verb of ceasing or of going on before the act: the act, done by the verb's subject.
    {"army_did_not_stop_shelling_villages", "لم يتوقف الجيش عن قصف القرى الحدودية في ريف إدلب.", "ASSAULT", "19",
     "*/MIL", nullptr},
    {"drones_never_ceased_to_shell_border_villages", "ما برحت الطائرات المسيرة تقصف القرى الحدودية في ريف إدلب.",
     "ASSAULT", "19", nullptr, nullptr},
    {"israeli_forces_did_not_stop_shelling_khan_yunis",
     "لم تتوقف القوات الإسرائيلية عن قصف أحياء مدينة خان يونس طوال الليل.", "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    {"militias_did_not_cease_targeting_civilians_gezira", "لم تكف الميليشيات عن استهداف المدنيين في ولاية الجزيرة.",
     "ASSAULT", "", "*/UAF", "SDN/CVL"},
    {"turkish_artillery_did_not_stop_shelling_hasakah",
     "لم تتوقف المدفعية التركية عن قصف قرى ريف الحسكة الشمالي.", "ASSAULT", "19", "TUR/MIL", nullptr},
    {"settlers_did_not_cease_assaulting_farmers_nablus",
     "لم يكف المستوطنون عن الاعتداء على المزارعين الفلسطينيين في قرى نابلس.", "ASSAULT", "18", "ISR/*", "PSE/*"},
    {"protesters_did_not_stop_demonstrating_baghdad",
     "لم يتوقف المحتجون عن التظاهر أمام مقر الحكومة في بغداد منذ أسبوع.", "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"russian_aircraft_still_shelling_hama", "ما زالت الطائرات الروسية تقصف بلدات ريف حماة الشمالي.", "ASSAULT",
     "19", "RUS/*", nullptr},
    {"rsf_never_ceased_attacking_villages_north_darfur", "ما انفكت قوات الدعم السريع تهاجم القرى في شمال دارفور.",
     "ASSAULT", "", "SDN/*", "SDN/CVL"},
    {"armed_groups_never_ceased_abducting_travellers_kaduna",
     "ما فتئت الجماعات المسلحة تخطف المسافرين على طريق كادونا.", "ASSAULT", "181", "*/UAF", "NGA/CVL"},
    {"guard_occupation_forces_still_storming_west_bank", "لا تزال قوات الاحتلال تقتحم بلدات الضفة الغربية يوميا.",
     "ASSAULT", "", "ISR/*", nullptr},
    {"guard_the_army_stopped_shelling_after_the_truce", "توقف الجيش عن قصف المدينة بعد إعلان الهدنة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_the_occupation_does_not_stop_demolishing_a_habit", "لا يتوقف الاحتلال عن هدم المنازل.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},

    // 3. A road blocked by civilian people: a protest; by the army or the police, none.
    {"farmers_blocked_motorway_with_their_tractors",
     "أغلق مزارعون غاضبون الطريق السريع بين فاس ومكناس بجراراتهم.", "PROTEST", "14", nullptr, nullptr},
    {"truck_drivers_cut_the_international_road_amman_damascus", "قطع سائقو الشاحنات الطريق الدولي بين عمان ودمشق.",
     "PROTEST", "144", nullptr, ""},
    {"families_of_the_missing_blocked_a_main_road_sidon", "أغلقت عائلات المفقودين طريقا رئيسيا في مدينة صيدا.",
     "PROTEST", "144", "LBN/CVL", nullptr},
    {"angry_farmers_closed_the_motorways_france", "أغلق مزارعون غاضبون الطرق السريعة بجراراتهم في فرنسا.", "PROTEST",
     "144", "FRA/AGR", nullptr},  // (args51's pending row)
    {"french_farmers_cut_the_motorways_to_paris", "قطع مزارعون فرنسيون الطرق السريعة المؤدية إلى باريس بجراراتهم.",
     "PROTEST", "144", "FRA/AGR", nullptr},
    {"guard_cement_workers_cut_the_road_demanding_wages",
     "قطع عمال مصنع الإسمنت الطريق الرابط بين قابس وصفاقس للمطالبة بصرف رواتبهم.", "PROTEST", "144", "*/LAB",
     nullptr},
    {"guard_security_forces_closed_the_road_to_the_palace",
     "أغلقت قوات الأمن الطريق المؤدي إلى القصر الرئاسي في الخرطوم.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_the_lebanese_army_closed_the_coastal_road",
     "أغلق الجيش اللبناني الطريق الساحلي بعد اشتباكات في خلدة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},

    // 4. The one whose removal a protest demands: its target.
    {"protesters_in_misrata_demanded_dismissal_of_municipal_council",
     "احتشد مئات المحتجين وسط مدينة مصراتة مطالبين بإقالة المجلس البلدي.", "PROTEST", "14", nullptr, "LBY/GOV"},
    {"sudanese_demonstrated_for_the_departure_of_the_government",
     "تظاهر آلاف السودانيين في الخرطوم للمطالبة برحيل الحكومة.", "PROTEST", "14", "SDN/CVL", "SDN/GOV"},
    {"iraqis_went_out_demanding_the_dismissal_of_the_governor",
     "خرج آلاف العراقيين إلى الشوارع في الناصرية مطالبين بإقالة المحافظ.", "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"residents_of_al_hoceima_marched_for_the_fall_of_the_government",
     "نظم سكان مدينة الحسيمة مسيرة احتجاجية للمطالبة بإسقاط الحكومة.", "PROTEST", "14", "MAR/CVL", "MAR/GOV"},
    {"activists_sat_in_demanding_the_expulsion_of_the_iranian_ambassador",
     "اعتصم عشرات الناشطين وسط بيروت مطالبين بطرد السفير الإيراني.", "PROTEST", "14", "LBN/CVL", "IRN/*"},
    {"thousands_demanded_the_dissolution_of_parliament_baghdad", "تظاهر الآلاف في بغداد مطالبين بحل البرلمان.",
     "PROTEST", "14", "IRQ/CVL", "IRQ/*"},
    {"guard_the_addressee_named_first_keeps_the_target",
     "تظاهر المئات أمام البرلمان في عمان مطالبين الحكومة بطرد السفير الإسرائيلي.", "PROTEST", "14", "JOR/CVL",
     "JOR/GOV"},
    {"guard_port_workers_demanded_wages_of_the_ministry",
     "احتج عمال الموانئ في البصرة مطالبين وزارة النقل بصرف رواتبهم.", "PROTEST", "14", "IRQ/LAB", "IRQ/GOV"},
    {"guard_students_demanded_the_dismissal_of_the_minister_tunis",
     "تظاهر مئات الطلاب في تونس للمطالبة بإقالة وزير التعليم العالي.", "PROTEST", "14", "TUN/EDU", "TUN/GOV"},
    // 2. (Pending until the lead's MachineSubjectOfState, session 55: a machine of war with a nationality as the subject of
    //    the temporal clause names the toll's doer, coder_lead55_test.)
    {"seven_of_a_family_killed_with_an_aside_when_aircraft_shelled",
     "قتل سبعة أشخاص، بينهم ثلاث نساء، حين قصفت طائرة إسرائيلية منزلهم في مدينة غزة.", "ASSAULT", "19", "ISR/*",
     nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads55Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 2. A toll before a clause of حين: one event, the act's, with the toll's victims and counts.
class Reads55IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Reads55IncidentTest, CodesOneIncident) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    {"five_civilians_killed_when_an_air_strike_hit_a_market_marib",
     "قتل خمسة مدنيين حين استهدفت غارة جوية سوقا شعبيا في مدينة مأرب.", 1, "195", nullptr, "YEM/CVL", 5, -1},
    {"eight_soldiers_died_when_a_bomber_blew_himself_up",
     "قتل ثمانية جنود حين فجر انتحاري حزامه الناسف قرب ثكنة عسكرية في مدينة كسمايو.", 1, "1831", "*/UAF", "*/MIL", 8,
     -1},
    {"soldiers_died_when_an_attacker_detonated_his_belt",
     "لقي ستة جنود مصرعهم حين فجر مهاجم حزامه الناسف عند مدخل قاعدة عسكرية في مدينة بيدوا.", 1, "1831", "*/UAF",
     "*/MIL", 6, -1},
    {"guard_a_family_died_with_an_aside_when_a_strike_hit_its_home",
     "قضى ستة أفراد من أسرة واحدة، بينهم طفلان، حين استهدفت غارة إسرائيلية منزلهم في مدينة رفح.", 1, "195", "ISR/*",
     nullptr, -1, -1},
    {"guard_whereas_the_artillery_shelled_kharkiv",
     "في حين قصفت المدفعية الروسية مدينة خاركيف أعلنت أوكرانيا إسقاط مسيرات.", 2, "194", "RUS/*", "UKR/*", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads55IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// (Its pending row, a crowd of students as a protest's subject, is read since session 56: coder_reads56_test.)

}  // namespace
}  // namespace rasad
