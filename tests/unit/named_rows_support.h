// Row tables of the dictionary tests (lexicon_lex24, lex27, lex29, lex30, lex38-40): a name in a dated sentence and
// the actor or place it must stand for, and a dated sentence's event with its source and target. One
// definition of the rows and their checks, which those files had each copied.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

// Analyzes `text` at `date` and calls fn(mention, its words as written, engine) for each entity mention.
template <class Fn>
void ForEachMention(const char* text, const char* date, Fn&& fn) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  Document doc;
  doc.text = text;
  doc.date = date;
  worker.Analyze(doc);
  const AnalyzedText& t = worker.text();
  for (const Mention& m : worker.recognition().mentions) {
    uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
    fn(m, std::string(t.original.substr(b, e - b)), *engine);
  }
}

struct NamedActorRow {
  const char* name;
  const char* date;
  const char* text;
  const char* span_text;  // the name as written; the actor mention may include a title before it
  const char* country;    // "" for an international actor
  const char* sector;     // "*" for any sector
};

inline void PrintTo(const NamedActorRow& x, std::ostream* os) { *os << x.name; }

// An actor mention whose words contain the name (الرئيس الكوري الجنوبي لي جاي ميونغ contains لي جاي ميونغ)
// is of the expected country and sector.
inline void ExpectNamedActor(const NamedActorRow& x) {
  bool found = false;
  std::string seen;
  ForEachMention(x.text, x.date, [&](const Mention& m, const std::string& words, const Engine&) {
    if (!m.is_actor) return;
    seen += words + " " + m.country + "/" + m.sector + "\n";
    bool sector = std::string(x.sector) == "*" || m.sector == x.sector;
    found = found || (words.find(x.span_text) != std::string::npos && m.country == x.country && sector);
  });
  EXPECT_TRUE(found) << x.name << ": '" << x.span_text << "' not read as " << x.country << "/" << x.sector
                     << "; actors read:\n"
                     << seen;
}

struct NamedPlaceRow {
  const char* name;
  const char* date;
  const char* text;
  const char* span_text;  // the name as written; the place mention may be the name with or without its place noun
  const char* country;
};

inline void PrintTo(const NamedPlaceRow& x, std::ostream* os) { *os << x.name; }

// A place mention whose words contain the name, or are contained in it, is a place of the country.
inline void ExpectNamedPlace(const NamedPlaceRow& x) {
  bool found = false;
  std::string seen;
  ForEachMention(x.text, x.date, [&](const Mention& m, const std::string& words, const Engine& engine) {
    if (!m.is_place()) return;
    const PlaceRecord& p = engine.lexicon().places()[m.place];
    seen += words + " " + p.name_en + " " + p.country + "\n";
    bool span =
        words.find(x.span_text) != std::string::npos || std::string(x.span_text).find(words) != std::string::npos;
    found = found || (span && p.country == x.country);
  });
  EXPECT_TRUE(found) << x.name << ": '" << x.span_text << "' not read as a place of " << x.country << "; places read:\n"
                     << seen;
}

// A sentence at a date and the source and target of the event it reports ("COUNTRY/SECTOR", "*" for any).
struct DatedEventRow {
  const char* name;
  const char* date;
  const char* text;
  const char* source;
  const char* target;
};

inline void PrintTo(const DatedEventRow& x, std::ostream* os) { *os << x.name; }

// A counted event of the sentence has the row's source and target.
inline void ExpectDatedEvent(const DatedEventRow& x) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, x.date)) {
    seen += Describe(e);
    found = found || (Counts(e) && ActorMatches(x.source, ActorKey(e.source)) && ActorMatches(x.target, ActorKey(e.target)));
  }
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

// A sentence at a date, the CAMEO code (or its first digits) of the event it reports and that event's source and
// target ("COUNTRY/SECTOR", "*" for any part, "" for none, nullptr for any actor or none).
struct CodedEventRow {
  const char* name;
  const char* date;
  const char* text;
  const char* cameo;
  const char* source;
  const char* target;
};

inline void PrintTo(const CodedEventRow& x, std::ostream* os) { *os << x.name; }

// Whether the sentence has a counted event of the row's code (or a code under it), source and target; every event
// is described in `seen`.
inline bool HasCodedEvent(const CodedEventRow& x, std::string* seen) {
  bool found = false;
  for (const Event& e : CodeText(x.text, x.date)) {
    *seen += e.cameo + " " + Describe(e);
    found = found || (Counts(e) && e.cameo.starts_with(x.cameo) && ActorMatches(x.source, ActorKey(e.source)) &&
                      ActorMatches(x.target, ActorKey(e.target)));
  }
  return found;
}

// Expects a counted event of the row's code, source and target, showing every event of the sentence otherwise.
inline void ExpectCodedEvent(const CodedEventRow& x) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  std::string seen;
  EXPECT_TRUE(HasCodedEvent(x, &seen)) << x.name << ": no event " << x.cameo << " " << (x.source ? x.source : "any")
                                       << " -> " << (x.target ? x.target : "any") << " among:\n"
                                       << seen;
}

}  // namespace rasad::testing
