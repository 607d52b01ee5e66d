// The lead's readings of session 57, in wire-style sentences written for this table (none copied from a corpus or a gold
// set):
// - The doer carried to a verbal noun from the clause's previous act (its genitive the target, no doer of its own) is
//   not carried from an act of cooperation to one of conflict or back (session 56). The act compared was the clause's
//   nearest emitted one, while the doer may have been read for an earlier act: a prosecutor who calls on a counterpart
//   to try a suspect (a call, cooperation) was made the doer of the bombings the suspect is accused of, because the
//   trial between them is an act of conflict. The act compared is now the one the doer was read for
//   (last_source_hit_).
// Every expected code prefix, modality and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is none. Rows named guard_ passed before the change; every
// other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// A sentence, the event it gives (counted or not) with its modality, and its parties.
struct ModalRow {
  const char* name;
  const char* text;
  const char* event;
  const char* cameo;     // the CAMEO code starts with this
  const char* modality;  // asserted, reported, alleged, intended, hypothetical
  const char* source;    // "COUNTRY/SECTOR", "*" for any part, "" for none
  const char* target;    // likewise; nullptr for any
};

void PrintTo(const ModalRow& x, std::ostream* os) { *os << x.name; }

// Whether the row's sentence (dated 2024-05-10) gives the row's event with its modality; `seen` lists its events.
bool GivesModalRow(const ModalRow& x, std::string* seen) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) {
    *seen = error;
    return false;
  }
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    *seen += testing::Describe(e);
    found = found || (e.modality == x.modality && testing::EventMatches(e, x.event, x.cameo, x.source, x.target));
  }
  return found;
}

class Lead57CarriedDoerTest : public ::testing::TestWithParam<ModalRow> {};

TEST_P(Lead57CarriedDoerTest, DoerIsCarriedOnlyWithinOneSide) {
  std::string seen;
  EXPECT_TRUE(GivesModalRow(GetParam(), &seen)) << GetParam().name << ": no event as expected among:\n" << seen;
}

const ModalRow kCarriedDoer[] = {
    // A call to try a suspect if his part in bombings is proven: the bombings' doer is not the caller.
    {"prosecutor_calls_for_a_trial_if_a_part_in_bombings_is_proven",
     "دعا المدعي العام الفرنسي نظيره البلجيكي إلى محاكمة المتهم في بروكسل إذا ثبت ضلوعه في تفجيرات باريس.", "ASSAULT",
     "18", "hypothetical", "", nullptr},
    // (The call itself and the trial it asks for keep their parties.)
    {"guard_prosecutor_calls_on_his_counterpart",
     "دعا المدعي العام الفرنسي نظيره البلجيكي إلى محاكمة المتهم في بروكسل إذا ثبت ضلوعه في تفجيرات باريس.", "REQUEST",
     "02", "asserted", "FRA/JUD", "BEL/JUD"},
    {"guard_army_advance_and_crushing_of_the_rebels", "تقدمت قوات الجيش نحو المدينة وسحق المتمردين فيها.", "ASSAULT",
     "19", "asserted", "*/MIL", "*/REB"},
};

INSTANTIATE_TEST_SUITE_P(Lead57, Lead57CarriedDoerTest, ::testing::ValuesIn(kCarriedDoer),
                         [](const ::testing::TestParamInfo<ModalRow>& i) { return std::string(i.param.name); });

// Readings still missing: the act compared is now the right one, but a demand (CAMEO 10, verbal conflict) and a bombing
// are on one side, so a minister demanding a wanted man's handover is made the doer of the bombings the man is
// suspected of (the genitive of ضلوع، تورط "involvement" is their doer: not read). Before this session the handover
// between them, an act of cooperation, happened to block the carrying; the row passed then for that wrong reason.
class Lead57PendingTest : public ::testing::TestWithParam<ModalRow> {};

TEST_P(Lead57PendingTest, IsStillAGap) {
  std::string seen;
  EXPECT_FALSE(GivesModalRow(GetParam(), &seen)) << GetParam().name << ": now coded as expected, move the row:\n"
                                                 << seen;
}

const ModalRow kPending[] = {
    {"minister_demands_a_handover_if_a_part_in_bombings_is_proven",
     "طالب وزير العدل الأردني نظيره العراقي بتسليم المطلوب إذا ثبت تورطه في تفجيرات عمان.", "ASSAULT", "18",
     "hypothetical", "", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Lead57, Lead57PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ModalRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
