// Probe rows coded on their document's date, for the tables whose actors are read as they were then (a decade's leaders
// and bodies since gone, periods of office): shared by coder_indep55_test, coder_indep56_test and coder_actors56_test.
#ifndef RASAD_TESTS_UNIT_DATED_ROW_SUPPORT_H_
#define RASAD_TESTS_UNIT_DATED_ROW_SUPPORT_H_

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

// A probe row with its document's date; "" for an undated document.
struct DatedRow {
  const char* name;
  const char* date;
  const char* text;
  const char* event;   // PLOVER type
  const char* cameo;   // the CAMEO code starts with this
  const char* source;  // "COUNTRY/SECTOR", "*" for any part, "" for none, nullptr for any
  const char* target;  // likewise
};

inline void PrintTo(const DatedRow& x, std::ostream* os) { *os << x.name; }

inline std::string DatedRowName(const ::testing::TestParamInfo<DatedRow>& i) { return i.param.name; }

// Whether the row's sentence, coded on its date, gives a counted event as the row asks; `seen` lists what it gave.
inline bool CodesDatedRow(const DatedRow& x, std::string* seen) {
  bool found = false;
  for (const Event& e : CodeText(x.text, x.date)) {
    *seen += Describe(e);
    found = found || CountsAs(e, x.event, x.cameo, x.source, x.target);
  }
  return found;
}

inline void ExpectDatedRow(const DatedRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_TRUE(CodesDatedRow(x, &seen)) << x.name << ": no event as expected among:\n" << seen;
}

// A pending row: a reading still missing; passes while the gap stays and fails once it is closed, so that the row
// moves to its table.
inline void ExpectDatedRowStillPending(const DatedRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_FALSE(CodesDatedRow(x, &seen)) << x.name << ": now coded as expected, move the row to its table:\n" << seen;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_DATED_ROW_SUPPORT_H_
