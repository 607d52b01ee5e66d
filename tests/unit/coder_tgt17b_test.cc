// Whom a protest or an attack is aimed at, in wire-style sentences written for this table (none copied from a corpus or
// a gold set), on the target classes of the independent set 17 left after round one (session 63, tgt17b), one class
// per block (the numbers of the brief):
// 1. a protest with no subject of its own: a verb of demanding or denouncing right after the protest noun (خرجت
//    مظاهرات تطالب بإسقاط الحكومة، مسيرات تندد بالمجلس العسكري), whose subject is the protest and so names none, says
//    whom it is aimed at; and the noun of purpose of a verb joined by و (أغلق التجار محالهم وتجمعوا احتجاجا على خطة
//    حكومية) reads an official plan's government as a protest with a subject does;
//    a death while held by a state's organ (وفاة شاب بعد احتجازه لدى الشرطة) protested is aimed at that organ, as
//    a death in its station is;
// 2. a rally held near a foreign state's building and then in a named neighbourhood (في حي ...): the neighbourhood
//    is where it was held, not whom it was aimed at.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/dated_row_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Tgt17bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt17bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A protest with no subject: the demand or the denunciation right after it, the official plan it protests.
    {"marches_demanding_the_governments_fall_sfax", "خرجت مظاهرات في مدينة صفاقس تطالب بإسقاط الحكومة.", "PROTEST",
     "14", "TUN/*", "*/GOV"},
    {"marches_denouncing_the_military_council_omdurman", "خرجت مسيرات في مدينة أم درمان تندد بالمجلس العسكري.",
     "PROTEST", "14", "SDN/*", "*/MIL"},
    {"traders_closed_shops_and_gathered_against_an_official_plan_mosul",
     "أغلق التجار محالهم في مدينة الموصل وتجمعوا في السوق احتجاجاً على خطة حكومية لرفع الضرائب.", "PROTEST", "14",
     "IRQ/*", "IRQ/GOV"},
    {"a_death_while_held_by_the_police_protested_targets_the_police_el_obeid",
     "خرج مئات السكان في مدينة الأبيض احتجاجاً على وفاة شاب بعد احتجازه لدى الشرطة.", "PROTEST", "14", "SDN/*",
     "*/COP"},
    // (Kept: the verb joined by و read with its own subject; the body named after ضد; a demand of no body.)
    {"guard_young_men_blocked_a_road_and_sat_in_against_an_official_decision_gabes",
     "قطع عشرات الشبان الطريق في مدينة قابس واعتصموا أمام المعمل احتجاجاً على قرار حكومي بتسريح العمال.", "PROTEST",
     "14", "TUN/*", "TUN/GOV"},
    {"guard_protests_against_the_government_amman", "خرجت احتجاجات في عمان ضد الحكومة.", "PROTEST", "14", "JOR/*",
     "JOR/GOV"},
    // (Session 64, hdl18: a protest against an act or a want with no doer named is aimed at the government of the
    // protest's state, as the independent sets code it; this row asserted no target
    // before: the release is demanded of the authority that holds them.)
    {"guard_students_demanding_their_fellows_release_address_the_government",
     "تظاهر مئات الطلاب في الرباط مطالبين بالإفراج عن زملائهم.", "PROTEST", "14", "MAR/*", "MAR/GOV"},

    // 2. Near a foreign state's building, then in a named neighbourhood.
    {"crowds_near_an_embassy_in_a_named_neighbourhood_rabat",
     "احتشد آلاف المغاربة على مقربة من مقر السفارة الفرنسية في حي أكدال منددين بالقرار.", "PROTEST", "14", "MAR/*",
     "FRA/*"},
    {"crowds_near_an_embassy_in_a_named_neighbourhood_baghdad",
     "احتشد مئات العراقيين على مقربة من السفارة التركية في حي الوزيرية رافعين لافتات.", "PROTEST", "14", "IRQ/*",
     "TUR/*"},
    // (Kept: a neighbourhood an attack hits stands for its people.)
    {"guard_aircraft_shelling_a_residential_neighbourhood_hits_civilians",
     "قصفت الطائرات الحربية أحياء سكنية في مدينة إدلب.", "ASSAULT", "19", nullptr, "*/CVL"},
    // (Session 64, hdl18: a pending row, now coded: a protest at an economic hardship with no doer named is aimed at
    // the government of the protest's state.)
    {"traders_closed_shops_against_the_currencys_collapse_baghdad",
     "أغلق التجار محالهم في بغداد احتجاجاً على انهيار الدينار أمام الدولار.", "PROTEST", "14", "IRQ/*", "IRQ/*"},
    // (Session 64, hdl18: a pending row, now coded: objections to results no one is named as announcing are aimed at
    // the government of the election's state.)
    {"opponents_objecting_to_results_announced_by_no_one_named_kinshasa",
     "تظاهر أنصار المعارضة في كينشاسا معترضين على ما أعلن من نتائج.", "PROTEST", "14", "COD/*", "COD/*"},
    // (Session 66, tgt20: pending rows, now coded: a government body named in a protest's demand, وزير الداخلية، اللجنة
    // الانتخابية, no longer stops the demand's reading as aimed at the protest's state's government.)
    {"protests_demanding_the_interior_ministers_dismissal_karachi",
     "خرجت احتجاجات في مدينة كراتشي تطالب بإقالة وزير الداخلية.", "PROTEST", "14", "PAK/*", "*/GOV"},
    {"opponents_objecting_to_results_an_election_body_announced_kinshasa",
     "تظاهر أنصار المعارضة في كينشاسا معترضين على النتائج التي أعلنتها اللجنة الانتخابية.", "PROTEST", "14", "COD/*",
     "*/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt17bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Rows coded on their document's date (a deposed president's supporters as they were named then).
class Tgt17bDatedTest : public ::testing::TestWithParam<testing::DatedRow> {};

TEST_P(Tgt17bDatedTest, CodesTypeSourceAndTargetOnItsDate) { testing::ExpectDatedRow(GetParam()); }

const testing::DatedRow kDated[] = {
    // 2. A rally in a named neighbourhood: its place; its target the government (actors56's pending row, read since
    // this change).
    {"supporters_of_ousted_president_morsi_demonstrated_in_cairo", "2014-05-10",
     "تظاهر المئات من أنصار الرئيس المعزول محمد مرسي في حي المطرية بالقاهرة.", "PROTEST", "14", "EGY/CVL",
     "EGY/GOV"},  // (naming no one it is against: its state's government, coder_tgt21_test)
};

INSTANTIATE_TEST_SUITE_P(Dated, Tgt17bDatedTest, ::testing::ValuesIn(kDated), testing::DatedRowName);

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 3. The town's people, by a pronoun on أهل after من, are the civilians an attack killed (سكانها reads).
    //    أهل is no agent (agents.tsv): listed as residents, it read وما أصاب والده وأهله (what befell his family) as an
    //    attack in the GSR's detection set, so it was left out; the pronoun's town is what should make them residents.
    {"gunmen_entered_a_town_and_killed_over_fifty_of_its_people_geneina",
     "دخل مسلحون بلدة قرب مدينة الجنينة وقتلوا ما يزيد على خمسين من أهلها.", "ASSAULT", "1", nullptr, "*/CVL"},
    // 3. A second verb of the attack whose subject is a word of no actor (آخرون، بعضهم) between the verb and the rest
    //    of its phrase: أطلق آخرون النار is read as no event at all (the split phrase's matching, not this helper's
    //    files).
    {"others_opened_fire_on_cafe_goers_in_a_second_verb_kismayo",
     "هاجم مسلحون شاطئا في مدينة كيسمايو، بينما أطلق آخرون النار على رواد المقاهي.", "ASSAULT", "1", nullptr,
     "*/CVL"},
};

class Tgt17bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt17bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt17bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
