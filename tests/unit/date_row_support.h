// The date rows of the mood tables (mood38, mood39): a sentence, the PLOVER type of one of its events and that
// event's date.
#ifndef RASAD_TESTS_UNIT_DATE_ROW_SUPPORT_H_
#define RASAD_TESTS_UNIT_DATE_ROW_SUPPORT_H_

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

struct DateRow {
  const char* name;
  const char* text;
  const char* event;  // PLOVER type
  const char* date;   // its date (the document is dated Friday 2024-05-10)
};

inline void PrintTo(const DateRow& x, std::ostream* os) { *os << x.name; }

// Codes a date row's sentence and expects an event of its type with its date.
inline void ExpectDateRow(const DateRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e) + " date " + e.date + "\n";
    found = found || (e.event == x.event && e.date == x.date);
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << " dated " << x.date << " among:\n" << seen;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_DATE_ROW_SUPPORT_H_
