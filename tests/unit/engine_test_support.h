// A process-wide Engine over rasad's real dictionaries, for tests of the lexicon and the coder.
#ifndef RASAD_TESTS_ENGINE_TEST_SUPPORT_H_
#define RASAD_TESTS_ENGINE_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "coder/engine.h"

namespace rasad::testing {

inline bool HaveHunspell() { return std::filesystem::exists(RASAD_HUNSPELL_DIC); }
inline std::string SharedPath(const std::string& rel) { return std::string(RASAD_SHARED_DIR) + "/" + rel; }
inline bool HaveShared(const std::string& rel) { return std::filesystem::exists(SharedPath(rel)); }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The engine, loaded once; null (with the reason in *error) when it cannot load.
inline const Engine* TestEngine(std::string* error = nullptr) {
  static std::string load_error;
  static std::unique_ptr<Engine> engine = [] {
    EngineOptions o = DefaultEngineOptions();
    o.data_dir = RASAD_DATA_DIR;
    o.hunspell_dic = std::filesystem::exists(RASAD_HUNSPELL_DIC) ? RASAD_HUNSPELL_DIC : "";
    auto e = Engine::Load(o);
    if (!e.ok()) {
      load_error = e.status().message();
      return std::unique_ptr<Engine>();
    }
    return std::move(e).value();
  }();
  if (error) *error = load_error;
  return engine.get();
}

// Whether an event counts as reported (not negated; asserted, reported or alleged), as the scorer has it.
inline bool Counts(const Event& e) {
  return !e.negated && (e.modality == "asserted" || e.modality == "reported" || e.modality == "alleged");
}

inline std::vector<Event> CodeText(const std::string& text, const std::string& date = "") {
  const Engine* engine = TestEngine();
  Worker worker(engine);
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = date;
  std::vector<Event> events;
  worker.Code(doc, false, &events);
  return events;
}

// Whether the text (dated 2024-05-10) reports an event of PLOVER type `event` whose CAMEO code starts
// with `cameo_prefix` as counted by the detection scorer: not negated, and asserted, reported or
// alleged. `seen` receives one line per event of that type, for the failure message.
inline bool ReportsEvent(const std::string& text, const std::string& event, const std::string& cameo_prefix,
                         std::string* seen) {
  bool counted = false;
  for (const Event& e : CodeText(text, "2024-05-10")) {
    if (e.event != event) continue;
    *seen += e.cameo + " '" + e.trigger_text + "' " + e.modality + (e.negated ? " negated" : "") + "\n";
    if (e.cameo.rfind(cameo_prefix, 0) != 0) continue;
    counted = counted || Counts(e);
  }
  return counted;
}

// The mentions of the worker's last document whose span is `span_text` exactly.
inline std::vector<const Mention*> MentionsWithText(const Worker& worker, std::string_view span_text) {
  std::vector<const Mention*> out;
  const AnalyzedText& t = worker.text();
  for (const Mention& m : worker.recognition().mentions) {
    uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
    if (t.original.substr(b, e - b) == span_text) out.push_back(&m);
  }
  return out;
}

// An actor mention expected in a sentence at a date: its span as written, its country ("" for an
// international one or one of no country) and its sector.
struct DatedActor {
  const char* date;
  const char* text;
  const char* span_text;
  const char* country;
  const char* sector;
};

// Analyzes each sentence at its date and expects an actor mention with that span, country and sector.
inline void ExpectDatedActors(const Engine* engine, std::span<const DatedActor> actors) {
  Worker worker(engine);
  for (const DatedActor& x : actors) {
    Document doc;
    doc.text = x.text;
    doc.date = x.date;
    worker.Analyze(doc);
    bool found = false;
    for (const Mention* m : MentionsWithText(worker, x.span_text)) {
      found |= m->is_actor && m->country == x.country && m->sector == x.sector;
    }
    // A person's mention may begin with the title in apposition before the name (رئيس الحكومة نواف
    // سلام: one mention, the person's; EntityRecognizer's JoinTitles).
    const AnalyzedText& t = worker.text();
    for (const Mention& m : worker.recognition().mentions) {
      if (found || !m.is_actor || m.record < 0 || !engine->lexicon().record(m.record).is_person) continue;
      uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
      std::string_view words = std::string_view(t.original).substr(b, e - b);
      std::string_view name = x.span_text;
      found = words.size() > name.size() && words.ends_with(name) && words[words.size() - name.size() - 1] == ' ' &&
              m.country == x.country && m.sector == x.sector;
    }
    EXPECT_TRUE(found) << x.text << " (" << x.date << "): expected '" << x.span_text << "' " << x.country << "/"
                       << x.sector;
  }
}

// A sentence and the span in it that must name no actor.
struct NotActor {
  const char* text;
  const char* span_text;
};

// Analyzes each sentence at `date` and expects no actor mention with that span; with `named_only`, no
// actor of the dictionaries (a generic agent may still be read there).
inline void ExpectNoActors(const Engine* engine, std::span<const NotActor> rows, const char* date,
                           bool named_only = false) {
  Worker worker(engine);
  for (const NotActor& x : rows) {
    Document doc;
    doc.text = x.text;
    doc.date = date;
    worker.Analyze(doc);
    bool actor = false;
    for (const Mention* m : MentionsWithText(worker, x.span_text)) {
      actor |= m->is_actor && (!named_only || m->record >= 0);
    }
    EXPECT_FALSE(actor) << x.text << ": '" << x.span_text << "' read as "
                        << (named_only ? "a named actor" : "an actor");
  }
}

// Whether an actor key "COUNTRY/SECTOR" (ActorKey) is as expected: nullptr for any actor or none,
// "" for none, "COUNTRY/SECTOR" with "*" for any country or any sector ("*" alone: any actor).
// The place `worker` reads in `text` at the mention whose original bytes are `span_text`, as
// "name_en country", or "" when no place mention has those bytes.
inline std::string PlaceReadAs(const Engine& engine, Worker& worker, const char* text, std::string_view span_text) {
  Document doc;
  doc.text = text;
  worker.Analyze(doc);
  const AnalyzedText& t = worker.text();
  std::string got;
  for (const Mention& m : worker.recognition().mentions) {
    uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
    if (t.original.substr(b, e - b) != span_text || !m.is_place()) continue;
    const PlaceRecord& p = engine.lexicon().places()[m.place];
    got = p.name_en + " " + p.country;
  }
  return got;
}

// A place row: in `text`, the words `span_text` name the place `name_en` of `country` ("" for none).
struct PlaceRow {
  const char* text;
  const char* span_text;  // the words as written
  const char* name_en;    // the place they name, or "" for no place
  const char* country;    // its country ("" for a disputed region)
};

// A named place row: the words `span` of `text` name the place `name_en` of `country` ("" for no place).
struct PlaceReadRow {
  const char* name;
  const char* text;
  const char* span;
  const char* name_en;
  const char* country;
};

inline void PrintTo(const PlaceReadRow& x, std::ostream* os) { *os << x.name; }

// Expects a place row's words to be read as its place (or as none).
inline void ExpectPlaceRead(const PlaceReadRow& x) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  std::string want = *x.name_en ? std::string(x.name_en) + " " + x.country : "";
  EXPECT_EQ(PlaceReadAs(*engine, worker, x.text, x.span), want) << x.text << " [" << x.span << "]";
}

// Expects each row's words to be read as its place (or as none).
inline void ExpectPlaceRows(std::span<const PlaceRow> rows) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  for (const PlaceRow& x : rows) {
    std::string got = PlaceReadAs(*engine, worker, x.text, x.span_text);
    std::string want = *x.name_en ? std::string(x.name_en) + " " + x.country : "";
    EXPECT_EQ(got, want) << x.text << " [" << x.span_text << "]";
  }
}

inline bool ActorMatches(const char* expected, const std::string& actual) {
  if (expected == nullptr) return true;
  std::string e = expected;
  if (e.empty() || actual.empty()) return e == actual;
  size_t es = e.find('/'), as = actual.find('/');
  std::string ec = e.substr(0, es), esec = es == std::string::npos ? "*" : e.substr(es + 1);
  std::string ac = actual.substr(0, as), asec = actual.substr(as + 1);
  return (ec == "*" || ec == ac) && (esec == "*" || esec == asec);
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_ENGINE_TEST_SUPPORT_H_
