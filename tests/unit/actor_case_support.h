// Table tests of who did what to whom: a sentence, the event type and CAMEO prefix expected, and the
// source and target as "COUNTRY/SECTOR". Shared by the coder's actor-rule tests.
#ifndef RASAD_TESTS_UNIT_ACTOR_CASE_SUPPORT_H_
#define RASAD_TESTS_UNIT_ACTOR_CASE_SUPPORT_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "unit/engine_test_support.h"

namespace rasad::testing {

struct ActorCase {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type of the event checked
  const char* cameo;   // its CAMEO code starts with this
  const char* source;  // "COUNTRY/SECTOR" ("/CVL" when the country is unknown), "" for none
  const char* target;  // likewise
};

inline void PrintTo(const ActorCase& x, std::ostream* os) { *os << x.name; }

inline std::string ActorKey(const std::optional<EventActor>& a) {
  return a ? a->country + "/" + a->sector : std::string();
}

// One line describing an event for a failure message: type, code, source -> target, modality.
inline std::string Describe(const Event& e) {
  return e.event + " " + e.cameo + " " + ActorKey(e.source) + " -> " + ActorKey(e.target) + " " + e.modality +
         (e.negated ? " negated" : "") + "\n";
}

// Whether an event, counted or not, is of the type, code prefix, source and target a probe row asks (source and
// target as ActorMatches reads them).
inline bool EventMatches(const Event& e, const char* event, const char* cameo, const char* source, const char* target) {
  return e.event == event && e.cameo.rfind(cameo, 0) == 0 && ActorMatches(source, ActorKey(e.source)) &&
         ActorMatches(target, ActorKey(e.target));
}

// Whether an event counts (Counts) and EventMatches what a probe row asks.
inline bool CountsAs(const Event& e, const char* event, const char* cameo, const char* source, const char* target) {
  return Counts(e) && EventMatches(e, event, cameo, source, target);
}

// A probe row: a sentence, the event it must give and a type it must not.
struct ProbeRow {
  const char* name;
  const char* text;
  const char* event;             // PLOVER type; nullptr: the row only checks `absent`
  const char* cameo;             // the CAMEO code starts with this
  const char* source;            // "COUNTRY/SECTOR", "*" for any part, "" for none, nullptr for any
  const char* target;            // likewise
  const char* absent = nullptr;  // a PLOVER type no counted event of the sentence may have, or nullptr
};

inline void PrintTo(const ProbeRow& x, std::ostream* os) { *os << x.name; }

// Codes a probe row's sentence (dated 2024-05-10) and expects an event that CountsAs the row asks
// (unless `x.event` is null) and no counted event of type `x.absent` (unless null).
inline void ExpectProbeRow(const ProbeRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e);
    if (Counts(e) && x.absent != nullptr && e.event == x.absent) {
      ADD_FAILURE() << x.name << ": an event of a type the sentence does not report:\n" << Describe(e);
    }
    if (x.event == nullptr) continue;
    found = found || CountsAs(e, x.event, x.cameo, x.source, x.target);
  }
  if (x.event != nullptr) {
    EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
  }
}

// A sentence that reports no event.
struct NoEventRow {
  const char* name;
  const char* text;
};

inline void PrintTo(const NoEventRow& x, std::ostream* os) { *os << x.name; }

// Codes the row's sentence (dated 2024-05-10) and expects no counted event.
inline void ExpectNoEvent(const NoEventRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    if (Counts(e)) seen += Describe(e);
  }
  EXPECT_TRUE(seen.empty()) << x.name << ": an event the sentence does not report:\n" << seen;
}

// A pending no-event row: the sentence reports no event but is still given a counted one; passes while the
// gap stays and fails once it is closed, so that the row moves to its table of no-event rows.
inline void ExpectStillGivenAnEvent(const NoEventRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool counted = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) counted = counted || Counts(e);
  EXPECT_TRUE(counted) << x.name << ": now codes no event, move the row to the no-event table";
}

// A pending row states the right reading of a sentence rasad does not yet code so: it passes while the
// reading is not produced (or comes with the wrong type it names), and fails once it is, so that the
// row moves to the table of cases.
inline void ExpectStillPending(const ProbeRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  // (A row with no event asks only that no event of type `absent` be counted.)
  bool found = x.event == nullptr, wrong = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e);
    wrong = wrong || (Counts(e) && x.absent != nullptr && e.event == x.absent);
    found = found || CountsAs(e, x.event, x.cameo, x.source, x.target);
  }
  EXPECT_FALSE(found && !wrong) << x.name << ": now coded as expected, move the row to kCases:\n" << seen;
}

// Codes the case's sentence (dated 2024-05-10) and expects an event of its type and code with its
// source and target.
inline void ExpectActorCase(const ActorCase& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += e.event + " " + e.cameo + " " + ActorKey(e.source) + " -> " + ActorKey(e.target) + "\n";
    if (e.event == x.event && e.cameo.rfind(x.cameo, 0) == 0 && ActorKey(e.source) == x.source &&
        ActorKey(e.target) == x.target) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

// Whether the recognizer reads `word`, as written in `text`, as a place mention.
inline bool ReadsAsPlace(Worker& worker, const char* text, std::string_view word) {
  Document doc;
  doc.text = text;
  worker.Analyze(doc);
  const AnalyzedText& t = worker.text();
  for (const Mention& m : worker.recognition().mentions) {
    uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
    if (m.is_place() && t.original.substr(b, e - b) == word) return true;
  }
  return false;
}

// A sentence telling one or more violent events: how many counted ASSAULT events it gives, and one of
// them with its code prefix, source, target and counts (the incident tables of args30 and args31).
struct IncidentRow {
  const char* name;
  const char* text;
  int events;          // counted ASSAULT events of the sentence
  const char* cameo;   // the event checked: its CAMEO code starts with this
  const char* source;  // as in ProbeRow
  const char* target;
  int64_t killed;   // its fatalities; -1 not checked, 0 any number
  int64_t injured;  // likewise
};

inline void PrintTo(const IncidentRow& x, std::ostream* os) { *os << x.name; }

inline bool CountMatches(int64_t expected, const std::optional<int64_t>& n) {
  return expected < 0 || (expected == 0 ? n.has_value() : n && *n == expected);
}

// Codes an incident row's sentence (dated 2024-05-10): its number of counted ASSAULT events, whether one of them is
// as the row asks, and every event described in `seen`.
inline void CodeIncident(const IncidentRow& x, int* events, bool* found, std::string* seen) {
  *events = 0;
  *found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    *seen += Describe(e);
    if (!Counts(e) || e.event != "ASSAULT") continue;
    ++*events;
    *found = *found || (CountsAs(e, "ASSAULT", x.cameo, x.source, x.target) && CountMatches(x.killed, e.fatalities) &&
                        CountMatches(x.injured, e.injured));
  }
}

// Expects an incident row's number of counted ASSAULT events and one of them as the row asks.
inline void ExpectIncidentRow(const IncidentRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int events = 0;
  bool found = false;
  std::string seen;
  CodeIncident(x, &events, &found, &seen);
  EXPECT_EQ(events, x.events) << x.name << ": events:\n" << seen;
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

// A pending incident row states the right reading of a sentence rasad does not yet code so: it passes while the
// reading is not produced, and fails once it is, so that the row moves to the table of incidents.
inline void ExpectIncidentStillPending(const IncidentRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int events = 0;
  bool found = false;
  std::string seen;
  CodeIncident(x, &events, &found, &seen);
  EXPECT_FALSE(events == x.events && found) << x.name << ": now coded as expected, move the row to kIncidents:\n" << seen;
}

// A sentence that gives exactly `events` counted events, of any type, one of them as the row asks.
struct CountRow {
  const char* name;
  const char* text;
  int events;
  const char* event;
  const char* cameo;
  const char* source;
  const char* target;
};

inline void PrintTo(const CountRow& x, std::ostream* os) { *os << x.name; }

// Codes a count row's sentence (dated 2024-05-10): whether it gives the row's number of counted events with
// one as the row asks; `seen` gets every event described.
inline bool CountRowHolds(const CountRow& x, std::string* seen) {
  int events = 0;
  bool found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    *seen += Describe(e);
    if (!Counts(e)) continue;
    ++events;
    found = found || CountsAs(e, x.event, x.cameo, x.source, x.target);
  }
  return events == x.events && found;
}

// Codes a count row's sentence and expects it to hold (CountRowHolds).
inline void ExpectCountRow(const CountRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_TRUE(CountRowHolds(x, &seen)) << x.name << ": not the events expected among:\n" << seen;
}

// The modality of the first event of type `event` a sentence (dated 2024-05-10) gives; "" if none.
inline std::string ModalityOf(const std::string& text, const char* event) {
  for (const Event& e : CodeText(text, "2024-05-10")) {
    if (e.event == event) return e.modality;
  }
  return "";
}

// A sentence and the modality of its first event of a PLOVER type.
struct MoodRow {
  const char* name;
  const char* text;
  const char* event;
  const char* modality;
};

inline void PrintTo(const MoodRow& x, std::ostream* os) { *os << x.name; }

// Codes a mood row's sentence (dated 2024-05-10) and expects the modality it asks.
inline void ExpectMoodRow(const MoodRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  EXPECT_EQ(ModalityOf(x.text, x.event), x.modality) << x.name;
}

// A sentence and where its event of a PLOVER type took place.
struct EventPlaceRow {
  const char* name;
  const char* text;
  const char* event;     // PLOVER type of the event checked
  const char* place_en;  // its location's English name
};

inline void PrintTo(const EventPlaceRow& x, std::ostream* os) { *os << x.name; }

// Codes a place row's sentence (dated 2024-05-10) and expects an event of its type at its place.
inline void ExpectEventPlaceRow(const EventPlaceRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e);
    found = found || (e.event == x.event && e.location && e.location->name_en == x.place_en);
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << " event in " << x.place_en << " among:\n" << seen;
}

// A pending place row states the place a sentence's event should have and does not yet: it passes while no event
// of its type is placed there, and fails once one is, so that the row moves to its table of cases.
inline void ExpectEventPlaceStillPending(const EventPlaceRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    found = found || (e.event == x.event && e.location && e.location->name_en == x.place_en);
  }
  EXPECT_FALSE(found) << x.name << ": now placed in " << x.place_en << ", move the row to the place cases";
}

// A sentence, an event of it (its CAMEO code starts with `cameo`) and the country of the place that event must
// have ("" for none).
struct PlaceCountryRow {
  const char* name;
  const char* text;
  const char* cameo;
  const char* country;
};

inline void PrintTo(const PlaceCountryRow& x, std::ostream* os) { *os << x.name; }

// Codes a place-country row's sentence (dated 2024-05-10) and expects an event of its code placed in its country.
inline void ExpectPlaceCountryRow(const PlaceCountryRow& x) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    std::string country = e.location ? e.location->country : "";
    seen += Describe(e) + "  place country: " + country + "\n";
    found = found || (e.cameo.rfind(x.cameo, 0) == 0 && country == x.country);
  }
  EXPECT_TRUE(found) << x.name << ": no event placed as expected among:\n" << seen;
}

// A sentence and an event of the type it must give, negated or asserted, and optionally its source.
struct NegationRow {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type
  bool negated;
  const char* source = nullptr;  // "COUNTRY/SECTOR", "*" for any part, "" for none, nullptr for any
};

inline void PrintTo(const NegationRow& x, std::ostream* os) { *os << x.name; }

// Codes the sentence (dated 2024-05-10) and expects an event of the row's type, negation and source.
inline void ExpectNegationRow(const NegationRow& x) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  std::string seen;
  bool found = false;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    seen += Describe(e);
    found = found || (e.event == x.event && e.negated == x.negated &&
                      (x.source == nullptr || ActorMatches(x.source, ActorKey(e.source))));
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << (x.negated ? " negated" : " asserted") << " event among:\n"
                     << seen;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_ACTOR_CASE_SUPPORT_H_
