// A row for an event of a given modality (an intended attack in a threat, an act agreed to): the counted-event rows
// of actor_case_support.h (ProbeRow) do not see intended or hypothetical events.
#ifndef RASAD_TESTS_UNIT_MODAL_EVENT_SUPPORT_H_
#define RASAD_TESTS_UNIT_MODAL_EVENT_SUPPORT_H_

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

// A sentence, the event it must give, of the modality named and not negated, and a type it must not give in any
// modality. An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
struct ModalEventRow {
  const char* name;
  const char* text;
  const char* event;     // PLOVER type
  const char* cameo;     // the CAMEO code starts with this
  const char* modality;  // the event's modality
  const char* source;
  const char* target;
  const char* absent = nullptr;  // a PLOVER type no event of the sentence may have, or nullptr
};

inline void PrintTo(const ModalEventRow& x, std::ostream* os) { *os << x.name; }

// Codes the row's sentence (dated 2024-05-10) and expects the event it asks and none of the type `absent`.
inline void ExpectModalEvent(const ModalEventRow& x) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e);
    if (x.absent != nullptr && e.event == x.absent) {
      ADD_FAILURE() << x.name << ": an event of a type the sentence does not report:\n" << Describe(e);
    }
    found = found || (e.event == x.event && e.cameo.starts_with(x.cameo) && e.modality == x.modality && !e.negated &&
                      ActorMatches(x.source, ActorKey(e.source)) && ActorMatches(x.target, ActorKey(e.target)));
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.modality << " event as expected among:\n" << seen;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_MODAL_EVENT_SUPPORT_H_
