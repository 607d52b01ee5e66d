// The actors of set 16's first run left by round one (session 62, arg16b), in wire-style sentences written for this
// table (none copied from a corpus or a gold set), one class of readings per block (the numbers of the brief):
// 1. a person, or a title with a given name after it, in the construct of a site named after a person (lexicon/
//    word_kinds.tsv `named_site`: مطار الملك خالد الدولي، مستشفى الملك فهد، شارع الملك فيصل) is a part of the site's
//    name, no king or president of the sentence (entity_recognizer.cc, DropSiteNames): the site or its town is what
//    the act is aimed at;
// 2. a verb of beginning before a verbal noun (بدأ الجيش قصف، بدأت الشرطة تفريق، باشرت القوات حملة دهم): the subject
//    between the two did the act (coder/grammar.tsv `light`, as فرض، أطلق، قاد);
// 3. a rank with its adjective of staff or retirement before a person (اللواء المتقاعد خليفة حفتر، العميد الركن طارق
//    صالح) is one title, which the person takes (lexicon/agents.tsv): the forces in construct with it are his (before,
//    قوات اللواء was read as a brigade's forces and المتقاعد as retirees); aircraft in construct with an air force or
//    forces named with their nationality (طائرات القوات الجوية المصرية، طائرات سلاح الجو الإسرائيلي) are theirs;
// 5. a toll verb joined by و opening the sentence after the lead's, with no doer of its own, is the lead's incident
//    (below, kIncidents);
// guards: the readings next to them that held before.
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

class Arg16bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A title and a given name, or a person, inside a site's name: no actor; the site or its town is the target.
    {"a_missile_at_an_airport_named_after_a_king_is_aimed_at_saudi_arabia",
     "أطلق الحوثيون صاروخا باليستيا على مطار الملك خالد الدولي في الرياض.", "ASSAULT", "19", "YEM/*", "SAU/*"},
    {"drones_struck_a_hospital_named_after_a_king",
     "قصفت طائرات مسيرة مستشفى الملك فهد في مدينة جازان.", "ASSAULT", "19", nullptr, "SAU/HLH"},
    {"gunmen_stormed_a_hospital_named_after_a_president",
     "اقتحم مسلحون مستشفى الرئيس الحبيب بورقيبة في صفاقس.", "ASSAULT", "19", "TUN/*", "TUN/HLH"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"a_sit_in_in_a_street_named_after_a_king_is_aimed_at_no_one",
     "اعتصم مئات المحتجين في شارع الملك فيصل بالمنامة.", "PROTEST", "14", "BHR/*", "BHR/GOV"},
    // (Kept: the university itself, the site named after a king, and an airport the gazetteer names whole.)
    {"guard_students_protest_inside_a_university_named_after_a_king",
     "تظاهر مئات الطلاب داخل جامعة الملك سعود في الرياض احتجاجا على رفع الرسوم.", "PROTEST", "14", "SAU/EDU",
     "SAU/EDU"},
    {"guard_a_missile_at_an_airport_named_after_a_prime_minister",
     "استهدف صاروخ مطار رفيق الحريري الدولي في بيروت.", "ASSAULT", "19", nullptr, "LBN/*"},
    // (Kept: a house or a palace is its owner's, no site named after him.)
    {"guard_gunmen_attacked_the_presidents_house",
     "هاجم مسلحون منزل الرئيس الصومالي في مقديشو.", "ASSAULT", "19", "SOM/*", "SOM/GOV"},
    {"guard_a_protest_before_the_kings_palace",
     "تظاهر آلاف أمام قصر الملك في الرباط للمطالبة بإصلاحات.", "PROTEST", "14", "MAR/*", "MAR/GOV"},

    // 2. A verb of beginning: the subject between it and the verbal noun did the act.
    {"the_kenyan_police_began_dispersing_the_protesters",
     "بدأت الشرطة الكينية تفريق المحتجين بالغاز المسيل للدموع في نيروبي.", "ASSAULT", "17", "KEN/COP", "KEN/CVL"},
    {"pakistani_security_forces_set_about_a_raid_campaign",
     "باشرت قوات الأمن الباكستانية حملة دهم في مدينة بيشاور.", "COERCE", "17", "PAK/*", nullptr},
    {"guard_russian_forces_began_an_attack_on_bakhmut",
     "بدأت القوات الروسية هجوما واسعا على مدينة باخموت.", "ASSAULT", "19", "RUS/MIL", "UKR/*"},
    {"guard_protesters_began_an_open_sit_in",
     "بدأ المحتجون اعتصاما مفتوحا أمام البرلمان في بغداد.", "PROTEST", "14", "IRQ/*", nullptr},
    // (Kept: بدأ with the event as its subject, no doer between.)
    {"guard_the_attack_on_the_town_began_at_dawn",
     "بدأ الهجوم على مدينة الفاشر فجر اليوم.", "ASSAULT", "19", "", "SDN/*"},
    // 3. A rank with its adjective of staff or retirement (اللواء المتقاعد، العميد الركن) before a person is his title:
    // the forces before it are his.
    // (arg16s's pending row.)
    {"forces_of_retired_general_haftar_attacked_islamist_bases",
     "هاجمت قوات اللواء المتقاعد خليفة حفتر مقار لكتائب إسلامية.", "ASSAULT", "19", "LBY/*", nullptr},
    {"forces_of_a_staff_brigadier_attacked_houthi_positions",
     "هاجمت قوات العميد الركن طارق صالح مواقع للحوثيين في الحديدة.", "ASSAULT", "19", "YEM/*", "YEM/REB"},
    {"forces_of_a_staff_major_general_launched_an_attack_south_of_tripoli",
     "شنت قوات اللواء الركن أسامة الجويلي هجوما على مواقع لمسلحين جنوب طرابلس.", "ASSAULT", "19", "LBY/*", nullptr},
    {"guard_a_retired_general_arrested_is_the_target",
     "اعتقلت قوات الأمن الفريق المتقاعد سامي عنان في القاهرة.", "COERCE", "17", "EGY/COP", "EGY/*"},
    {"guard_a_retired_brigadier_killed_is_a_civilian",
     "قتل عميد متقاعد في هجوم مسلح على منزله في بغداد.", "ASSAULT", "1", nullptr, "IRQ/CVL"},
    // Aircraft or guns in construct with an air force or forces named with their nationality are theirs: the owner
    // is definite by its article, which the text layer keeps in the stem of القوات, or by its own definite genitive
    // (سلاح الجو); before, the owner was read as the object, or not at all (trigger_arguments.cc, arguments.cc).
    {"aircraft_of_the_egyptian_air_force_struck_positions_in_derna",
     "قصفت طائرات القوات الجوية المصرية مواقع في درنة.", "ASSAULT", "19", "EGY/MIL", "LBY/*"},
    {"aircraft_of_the_israeli_air_force_struck_hamas_positions",
     "قصفت طائرات سلاح الجو الإسرائيلي مواقع لحماس في غزة.", "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    // (arg16s's pending row: the aircraft opening a reported clause.)
    {"aircraft_of_the_kenyan_air_force_bombed_shabaab_camps",
     "قال متحدث عسكري إن طائرات القوات الجوية الكينية قصفت معسكرات لحركة الشباب.", "ASSAULT", "19", "KEN/MIL",
     nullptr},
    {"guard_aircraft_of_the_russian_forces_struck_opposition_positions",
     "قصفت طائرات القوات الروسية مواقع للمعارضة في ريف حلب.", "ASSAULT", "19", "RUS/MIL", "SYR/*"},
    {"guard_artillery_of_the_turkish_forces_shelled_villages",
     "قصفت مدفعية القوات التركية قرى في ريف عفرين.", "ASSAULT", "19", "TUR/MIL", "SYR/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 5. A toll verb joined by و that opens the sentence after the lead's, with no doer of its own (وقتل ثلاثة من
//    المعتصمين، وأصيب عشرة من المحتجين), counts the lead's incident: one event, the lead's, with the toll's counts
//    (document_coder.cc, OneIncidentTolls). Not a toll with its own doer, nor one told with a means of its own.
class Arg16bIncidentTest : public ::testing::TestWithParam<testing::IncidentRow> {};

TEST_P(Arg16bIncidentTest, CountsTheLeadsIncident) { testing::ExpectIncidentRow(GetParam()); }

const testing::IncidentRow kIncidents[] = {
    {"a_toll_after_a_dispersal_is_the_dispersals",
     "فضت قوات الأمن البحرينية بالقوة اعتصاما للمعارضة في المنامة. وقتل ثلاثة من المعتصمين خلال العملية.", 1, "17",
     "BHR/*", "BHR/*", 3, -1},
    {"the_wounded_after_a_storming_are_the_stormings",
     "اقتحمت قوات الشرطة الكينية مخيما للمحتجين في نيروبي. وأصيب عشرة من المحتجين بجروح.", 1, "1", "KEN/COP",
     "KEN/*", -1, 10},
    {"the_dead_of_the_attack_told_after_it_are_the_attacks",
     "هاجمت قوات الجيش النيجيري معسكرا لجماعة بوكو حرام في ولاية بورنو. وقتل عشرون من المسلحين في الهجوم.", 1,
     "19", "NGA/MIL", "NGA/*", 20, -1},
    {"guard_a_toll_with_its_own_doer_is_another_incident",
     "قصفت طائرات روسية مواقع للمعارضة في إدلب. وقتل مسلحون ثلاثة جنود في هجوم على حاجز قرب درعا.", 2, "19",
     "RUS/*", "SYR/*", -1, -1},
    {"guard_a_toll_with_a_means_of_its_own_is_another_incident",
     "قصفت طائرات روسية مواقع للمعارضة في إدلب. وقتل ثلاثة مدنيين في انفجار عبوة ناسفة في درعا.", 2, "19", "RUS/*",
     "SYR/*", -1, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16bIncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<testing::IncidentRow>& i) {
                           return std::string(i.param.name);
                         });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 3. Aircraft of the government's forces (طائرات القوات الحكومية) in a sentence that names the state only by a
    //    town: the forces, now the source, take no state (as the target they took the town's).
    {"aircraft_of_the_government_forces_struck_quarters_of_al_fashir",
     "قصفت طائرات القوات الحكومية أحياء في مدينة الفاشر.", "ASSAULT", "19", "SDN/MIL", nullptr},
    // 4. The nationality of a weapon intercepted (تصدت الدفاعات الجوية لصواريخ إسرائيلية استهدفت): the rockets' state
    //    is the strike's source; the interceptor, the subject of the main clause, is read as the doer of استهدفت. A
    //    subject rule in arguments.cc (the indefinite munition and its nationality before the verb, a relative clause
    //    on it) was tried and withdrawn: CodeTrigger drops a bare nationality from an argument that is no actor, and
    //    the event was lost; the nationality of a munition is given as the source in code_trigger.cc (not this
    //    helper's file), where the rule belongs.
    {"air_defences_intercepted_israeli_missiles_that_targeted_positions",
     "تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية استهدفت مواقع قرب دمشق.", "ASSAULT", "19", "ISR/*", nullptr},
};

class Arg16bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
