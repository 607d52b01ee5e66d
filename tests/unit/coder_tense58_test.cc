// Recalled events (session 58, tense): the shapes of Arabic news that tell an act done before the report's news, which
// an analyst does not code as an event of the report, beside the same shapes telling news. Wire-style sentences written
// for this table (none copied from a corpus or a gold set), one class per block:
// 1. pending: the pluperfect, a form of كان opening its clause, its subject, then قد right before a past verb (وكان
//    مسلحون قد هاجموا), after the report's new event in the sentence: the act was done before the news, recalled;
// 2. guards: the pluperfect dated yesterday or today and plain past verbs stay news; the single verb after سبق أن /
//    سبق لـ ("it happened before that") is a complement of أن, no event;
// 3. pending: a second verb joined by و after سبق أن is still coded as news. Not decided here, and so in no table:
//    dates weeks or months back (قبل ثلاثة أشهر، الشهر الماضي), which an analyst may code as a late report's news or
//    as recalled, and a year named in an undated document.
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

class Tense58Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tense58Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 2. News told in a recalled event's shapes: the pluperfect dated yesterday or today, and plain past verbs.
    {"guard_gunmen_had_attacked_a_checkpoint_yesterday",
     "وكان مسلحون قد هاجموا أمس حاجزا للجيش قرب مدينة درنة.", "ASSAULT", "", nullptr, nullptr},
    {"guard_gunmen_attacked_a_police_station_in_arish",
     "هاجم مسلحون مجهولون مركزا للشرطة في مدينة العريش وأصابوا ثلاثة من عناصره.", "ASSAULT", "", nullptr, nullptr},
    {"guard_workers_had_demonstrated_this_morning",
     "وكان مئات العمال قد تظاهروا صباح اليوم أمام مقر الحكومة في الخرطوم.", "PROTEST", "14", nullptr, nullptr},
    // سبق أن and سبق لـ + a single verb: the verb after أن is its complement, no event.
    {"guard_police_arrested_fishermen_smugglers_had_attacked_fishermen_before",
     "اعتقلت الشرطة أمس ثلاثة صيادين في مدينة جرجيس، وسبق أن اعتدى مهربون على صيادين في المنطقة.", "COERCE", "17",
     nullptr, nullptr, "ASSAULT"},
    {"guard_the_army_arrested_a_rebel_leader_and_had_shelled_their_positions_before",
     "اعتقل الجيش أمس قائدا للمتمردين في البلدة، وسبق للجيش أن قصف مواقعهم فيها.", "COERCE", "17", nullptr, nullptr,
     "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tense58Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. The pluperfect after the report's new event, in a clause of its own with no date: the earlier act is still
    //    coded as an event. (Reading every pluperfect opening its clause with no recent date as recalled cost the GSR
    //    one ASSAULT and two PROTEST hits: its single-sentence items in the pluperfect, dated by a calendar date of
    //    this month, by a weekday or not at all, are labelled events; a reading needs the news clause before it.)
    {"security_forces_detained_five_after_gunmen_had_attacked_a_patrol",
     "أوقفت قوات الأمن أمس خمسة أشخاص في مدينة سبها، وكان مسلحون قد هاجموا دورية للجيش في المدينة.", "COERCE", "17",
     nullptr, nullptr, "ASSAULT"},
    {"fishermen_sat_in_at_the_port_after_gunboats_had_fired_on_their_boats",
     "اعتصم عشرات الصيادين أمام مقر الميناء في مدينة الحديدة، وكانت زوارق مسلحة قد أطلقت النار على قواربهم.",
     "PROTEST", "14", nullptr, nullptr, "ASSAULT"},
    // 3. سبق أن "it happened before that" with a second verb joined by و: the first verb, a complement of أن, is no
    //    event, but the joined one is still coded as news of its own.
    {"police_arrested_fishermen_smugglers_had_attacked_them_and_burnt_their_boats",
     "اعتقلت الشرطة أمس ثلاثة صيادين في مدينة جرجيس، وسبق أن هاجم مهربون الصيادين وأحرقوا قواربهم.", "COERCE", "17",
     nullptr, nullptr, "ASSAULT"},
};

class Tense58PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tense58PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Tense58PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
