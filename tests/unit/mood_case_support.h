// Table tests of negation and modality, and of sentences that report no event: a sentence, the event type
// whose trigger contains `trigger`, and the negation and modality it must have. Shared by the mood tests.
// With modality null, no event of the type may be negated; with a modality written "!x", no event of the
// type whose trigger contains `trigger` may have modality x. With event null, no event of any type may
// count (not negated, and asserted, reported or alleged).
#ifndef RASAD_TESTS_UNIT_MOOD_CASE_SUPPORT_H_
#define RASAD_TESTS_UNIT_MOOD_CASE_SUPPORT_H_

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>

#include "unit/engine_test_support.h"

namespace rasad::testing {

struct MoodCase {
  const char* name;
  const char* text;
  const char* event;
  const char* trigger;
  bool negated;
  const char* modality;
};

inline void PrintTo(const MoodCase& x, std::ostream* os) { *os << x.name; }

// Codes the case's sentence (dated 2024-05-10) and checks it as the header says.
inline void ExpectMoodCase(const MoodCase& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = false;
  bool negated_any = false;
  bool forbidden = false;
  bool counts = false;
  std::string_view want = x.modality == nullptr ? std::string_view() : std::string_view(x.modality);
  bool unwanted = want.starts_with("!");
  if (unwanted) want.remove_prefix(1);
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += e.event + " '" + e.trigger_text + "' " + e.modality + (e.negated ? " negated" : "") + "\n";
    counts = counts || (!e.negated && (e.modality == "asserted" || e.modality == "reported" || e.modality == "alleged"));
    if (x.event == nullptr || e.event != x.event) continue;
    negated_any = negated_any || e.negated;
    bool trigger = e.trigger_text.find(x.trigger) != std::string::npos;
    if (trigger && unwanted && e.modality == want) forbidden = true;
    if (trigger && !unwanted && e.negated == x.negated && e.modality == want) found = true;
  }
  if (x.event == nullptr) {
    EXPECT_FALSE(counts) << x.name << ": expected no event, got:\n" << seen;
  } else if (x.modality == nullptr) {
    EXPECT_FALSE(negated_any) << x.name << ":\n" << seen;
  } else if (unwanted) {
    EXPECT_FALSE(forbidden) << x.name << ": no '" << x.trigger << "' " << want << " expected, got:\n" << seen;
  } else {
    EXPECT_TRUE(found) << x.name << ": expected '" << x.trigger << "' " << (x.negated ? "negated " : "") << want
                       << ", got:\n" << seen;
  }
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_MOOD_CASE_SUPPORT_H_
