// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 39:
// - a list after في كل من (في كل من تونس وصفاقس) is where the event happened, as a list after في is (before,
//   the list was read as if no preposition stood before it: the event lost its place, and a protest verb
//   could lose its place to the noun of purpose after the list);
// - the owner named after a word of belonging right after the subject (الطائرات الحربية التابعة للجيش
//   السوداني، مسلحون تابعون لحركة الشباب) is part of the subject: the owner of the subject's machines, not
//   the verb's target (before, the Sudanese army was the target of its own aircraft's shelling), and armed
//   men belonging to a named armed group take its sector, as after ينتمون لـ (before, they stayed UAF);
// - a machine of war with its owner (زوارق الحرس الثوري، مروحيات تابعة للجيش) may split a verb phrase as
//   its subject: أطلقت زوارق الحرس الثوري النار is the guards' shooting (before, no event);
// - where the subject is, في and one to three words that name no place (في مدن عدة، في سجون الاحتلال، في
//   العاصمة), may stand between it and the rest of a verb phrase of two words or more that opens with a
//   preposition (خرج ... إلى الشوارع، دخل ... في إضراب عن الطعام) (before, no event);
// - a hunger strike (أضرب عن الطعام, 142) split by its definite subject is read as the whole phrase, as an
//   indefinite crowd's is (before, أضرب alone: a general strike, 143); other protest phrases after a
//   definite subject stay acts of a protest told before;
// - a noun after a word of frame (grammar.tsv frame: في إطار، ضمن، بموجب; also before a part of it with من:
//   في إطار المرحلة الأولى من) names the deal or campaign an act told before it in its clause is part of, no
//   event of its own (before, أفرجت إسرائيل عن أسرى في إطار صفقة التبادل gave a second, doerless release).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder
// ran; every row failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // The owner after a word of belonging is part of the subject.
    {"army_aircraft_shelled_districts_of_nyala", "قصفت الطائرات الحربية التابعة للجيش السوداني أحياء سكنية في نيالا.",
     "ASSAULT", "19", "SDN/MIL", "SDN/CVL", nullptr},
    {"army_aircraft_raided_rsf_positions",
     "شنت طائرات حربية تابعة للجيش السوداني غارات على مواقع الدعم السريع في نيالا.", "ASSAULT", "19", "SDN/MIL",
     "SDN/REB", nullptr},
    {"shabaab_gunmen_attacked_a_base", "هاجم مسلحون تابعون لحركة الشباب قاعدة عسكرية في جنوب الصومال.", "ASSAULT",
     "19", "SOM/REB", "SOM/MIL", nullptr},
    {"boko_haram_gunmen_kidnapped_students", "خطف مسلحون تابعون لجماعة بوكو حرام عشرات الطلاب في ولاية بورنو.",
     "ASSAULT", "181", "NGA/REB", "NGA/EDU", nullptr},
    // A machine with its owner splits the verb phrase as its subject.
    {"guards_boats_fired_on_a_tanker", "أطلقت زوارق الحرس الثوري النار على ناقلة نفط في مضيق هرمز.", "ASSAULT", "19",
     "IRN/MIL", "*/BUS", nullptr},
    {"israeli_tanks_fired_on_homes", "أطلقت دبابات الجيش الإسرائيلي النار على منازل في بيت حانون.", "ASSAULT", "19",
     "ISR/MIL", "PSE/CVL", nullptr},
    {"army_helicopters_fired_on_protesters", "أطلقت مروحيات تابعة للجيش النار على المحتجين.", "ASSAULT", "19", "*/MIL",
     "*/CVL", nullptr},
    // Where the subject is, before the rest of the verb phrase.
    {"sudanese_went_out_in_several_towns", "خرج آلاف السودانيين في مدن عدة إلى الشوارع.", "PROTEST", "141", "SDN/*",
     nullptr, nullptr},
    {"protesters_took_to_the_streets_in_the_capital", "نزل آلاف المحتجين في العاصمة إلى الشوارع.", "PROTEST", "141",
     "*/CVL", nullptr, nullptr},
    {"prisoners_in_jails_went_on_hunger_strike",
     "دخل الأسرى الفلسطينيون في سجون الاحتلال في إضراب مفتوح عن الطعام.", "PROTEST", "142", "PSE/CVL", nullptr,
     nullptr},
    // A hunger strike split by its definite subject.
    {"palestinian_prisoners_on_hunger_strike", "أضرب الأسرى الفلسطينيون عن الطعام.", "PROTEST", "142", "PSE/CVL",
     nullptr, nullptr},
    {"prisoners_in_ofer_on_hunger_strike", "أضرب الأسرى في سجن عوفر عن الطعام.", "PROTEST", "142", "*/CVL", nullptr,
     nullptr},
};

class Lead39Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead39Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead39Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// name, text, code prefix, country of the event's place ("" for none).
const testing::PlaceCountryRow kPlaces[] = {
    // The list after في كل من is where.
    {"protests_in_both_tunis_and_sfax", "تظاهر الآلاف في كل من تونس وصفاقس احتجاجا على غلاء الأسعار.", "141", "TUN"},
    {"arrests_in_both_cairo_and_alexandria", "اعتقلت الشرطة عشرات المحتجين في كل من القاهرة والإسكندرية.", "173", "EGY"},
    {"clashes_in_both_daraa_and_suwayda", "اندلعت اشتباكات عنيفة في كل من درعا والسويداء.", "19", "SYR"},
};

class Lead39PlaceTest : public ::testing::TestWithParam<testing::PlaceCountryRow> {};

TEST_P(Lead39PlaceTest, PlacesTheEvent) { testing::ExpectPlaceCountryRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead39PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<testing::PlaceCountryRow>& i) {
                           return std::string(i.param.name);
                         });

// name, text, number of counted events, then one of them: type, code prefix, source, target.
const testing::CountRow kCounts[] = {
    // One protest, organised and held in the listed towns (before, the verb and the noun were two).
    // (Naming no one it is against: its state's government, coder_tgt21_test.)
    {"teachers_stand_in_both_amman_and_irbid", "نظم المعلمون وقفات احتجاجية في كل من عمان وإربد.", 1, "PROTEST", "14",
     "JOR/EDU", "JOR/GOV"},
    // The deal an act is part of is no event of its own.
    {"release_within_the_exchange_deal", "أفرجت إسرائيل عن 90 أسيرا فلسطينيا في إطار صفقة التبادل.", 1, "RETREAT",
     "0841", "ISR/*", "PSE/*"},
    {"release_under_the_first_phase_of_the_truce",
     "أطلقت حماس سراح أربع مجندات في إطار المرحلة الأولى من اتفاق وقف إطلاق النار.", 1, "RETREAT", "0841", "PSE/REB",
     nullptr},
};

class Lead39CountTest : public ::testing::TestWithParam<testing::CountRow> {};

TEST_P(Lead39CountTest, GivesItsEvents) { testing::ExpectCountRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead39CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<testing::CountRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
