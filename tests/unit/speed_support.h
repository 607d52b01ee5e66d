// Checks shared by the guards of the speed work that keeps a Worker's memory from one document to the
// next (speed30: the recognizer's buffers; speed31: the coder's cue matches). A document must give the
// same events, and mentions when asked, whatever was coded before it on the same Worker.
#ifndef RASAD_TESTS_UNIT_SPEED_SUPPORT_H_
#define RASAD_TESTS_UNIT_SPEED_SUPPORT_H_

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coder/engine.h"
#include "coder/event_json.h"
#include "lexicon/entity_recognizer.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

inline Document ReuseDoc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.text = text;
  d.date = "2024-06-01";
  return d;
}

// The events of `doc` as JSON Lines (with how each was coded); with `mentions`, also each mention's
// first and end tokens, country, sector and number of dictionary entries.
inline std::string CodedForReuse(Worker* worker, const Document& doc, std::vector<Event>* events, bool mentions) {
  RecycleEvents(events);
  worker->Code(doc, /*explain=*/true, events);
  std::string out;
  for (const Event& e : *events) {
    AppendEventJson(e, &out);
    out.push_back('\n');
  }
  if (!mentions) return out;
  for (const Mention& m : worker->recognition().mentions) {
    out += std::to_string(m.first_token) + "-" + std::to_string(m.end_token) + " " + m.country + "/" + m.sector +
           " " + std::to_string(m.entries.size()) + "\n";
  }
  return out;
}

// Analyzes `text` (dated 2025-05-01) on a fresh Worker and calls `check` on each mention whose first token is
// `word` as written; returns whether one was found (the recognizer guards of speedrec35-39).
template <typename Check>
bool ForMentionsAt(const Engine* engine, const char* text, std::string_view word, Check check) {
  Worker worker(engine);
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = "2025-05-01";
  worker.Analyze(doc);
  const AnalyzedText& analyzed = worker.text();
  bool found = false;
  for (const Mention& m : worker.recognition().mentions) {
    const Token& t = analyzed.tokens[m.first_token];
    if (analyzed.original.substr(t.begin, t.end - t.begin) != word) continue;
    found = true;
    check(m);
  }
  return found;
}

// A mention's country, else its inferred country, else (a place alone has no actor's country) its place's.
inline std::string MentionCountry(const Engine* engine, const Mention& m) {
  std::string country = !m.country.empty() ? m.country : m.inferred_country;
  if (country.empty() && m.is_place()) country = engine->lexicon().places()[m.place].country;
  return country;
}

// A mention a recognizer guard expects at a word of its sentence (speedrec45, speedrec46).
struct MentionRow {
  const char* name;
  const char* text;
  const char* word;      // the first word of the mention, as written
  bool present;          // whether a mention starts at that word
  const char* actor_id;  // EntityRecognizer::ActorId of the mention (nullptr: a place, no actor)
  const char* country;   // the mention's country, else its inferred country, else its place's country
  const char* sector;    // the mention's role (CAMEO sector), or ""
  uint32_t tokens;       // the mention's length in tokens
};

inline void PrintTo(const MentionRow& x, std::ostream* os) { *os << x.name; }

// Expects each row's mention (or its absence) at its word, as the row says.
inline void ExpectMentionRows(std::span<const MentionRow> rows) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const EntityRecognizer recognizer(&engine->lexicon());
  for (const MentionRow& row : rows) {
    bool found = ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      if (row.actor_id != nullptr) {
        EXPECT_TRUE(m.is_actor) << row.name;
        EXPECT_EQ(recognizer.ActorId(m), row.actor_id) << row.name;
      } else {
        EXPECT_FALSE(m.is_actor) << row.name;
      }
      EXPECT_EQ(MentionCountry(engine, m), row.country) << row.name;
      EXPECT_EQ(m.sector, row.sector) << row.name;
      EXPECT_EQ(m.end_token - m.first_token, row.tokens) << row.name;
    });
    EXPECT_EQ(found, row.present) << row.name;
  }
}

// Each short article, coded on a fresh Worker, is coded the same on one Worker after the long articles
// (twice round, so the long articles also follow short ones).
inline void ExpectSameAloneAndAfterLong(std::span<const char* const> long_articles,
                                        std::span<const char* const> short_articles, bool mentions) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  std::vector<std::string> alone;
  for (const char* text : short_articles) {
    Worker worker(engine);
    std::vector<Event> events;
    alone.push_back(CodedForReuse(&worker, ReuseDoc("s", text), &events, mentions));
  }
  Worker worker(engine);
  std::vector<Event> events;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < short_articles.size(); ++i) {
      for (const char* text : long_articles) CodedForReuse(&worker, ReuseDoc("long", text), &events, mentions);
      EXPECT_EQ(CodedForReuse(&worker, ReuseDoc("s", short_articles[i]), &events, mentions), alone[i])
          << short_articles[i];
    }
  }
}

// Each long article (which must give events) is coded the same on a fresh Worker and on one that coded
// all the short articles and the long ones first.
inline void ExpectLongSameAfterShort(std::span<const char* const> long_articles,
                                     std::span<const char* const> short_articles, bool mentions) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const char* text : long_articles) {
    Worker fresh(engine);
    std::vector<Event> fresh_events;
    std::string expected = CodedForReuse(&fresh, ReuseDoc("long", text), &fresh_events, mentions);
    EXPECT_NE(expected.find("\"event\""), std::string::npos) << text;
    Worker worker(engine);
    std::vector<Event> events;
    for (const char* other : short_articles) CodedForReuse(&worker, ReuseDoc("s", other), &events, mentions);
    for (const char* other : long_articles) CodedForReuse(&worker, ReuseDoc("o", other), &events, mentions);
    EXPECT_EQ(CodedForReuse(&worker, ReuseDoc("long", text), &events, mentions), expected) << text;
  }
}

// One short row and one long article, both ways: the row coded the same alone and on a Worker that coded the
// article first, and the article the same after the row (the body of the speed tests' "after a long article" rows).
inline void ExpectRowSameAroundLongArticle(const char* article, const char* row, bool mentions) {
  const char* const articles[] = {article};
  const char* const rows[] = {row};
  ExpectSameAloneAndAfterLong(articles, rows, mentions);
  ExpectLongSameAfterShort(articles, rows, mentions);
}

// Each row's text, coded on a fresh Worker, is coded the same (events and mentions) on one Worker that codes all the
// rows one after another, twice round. `Row` has `name` and `text`.
template <typename Row>
void ExpectSameOnOneWorker(std::span<const Row> rows) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  std::vector<std::string> alone;
  for (const Row& row : rows) {
    Worker worker(engine);
    std::vector<Event> events;
    alone.push_back(CodedForReuse(&worker, ReuseDoc("s", row.text), &events, /*mentions=*/true));
  }
  Worker worker(engine);
  std::vector<Event> events;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < rows.size(); ++i) {
      EXPECT_EQ(CodedForReuse(&worker, ReuseDoc("s", rows[i].text), &events, true), alone[i]) << rows[i].name;
    }
  }
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_SPEED_SUPPORT_H_
