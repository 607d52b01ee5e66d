// Shared by the gold-set tests: a JSON Lines or text file coded as `rasad code` codes it, one
// Worker over the test engine, every event rendered as its JSON record.
#ifndef RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_
#define RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "coder/event_json.h"
#include "text/document_reader.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

inline std::vector<nlohmann::json> CodeFile(const std::string& path) {
  Worker worker(TestEngine());
  std::vector<nlohmann::json> out;
  std::vector<Event> events;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& doc) {
    events.clear();
    worker.Code(doc, false, &events);
    for (const Event& e : events) out.push_back(EventToJson(e));
  };
  EXPECT_TRUE(ReadDocuments(path, ReadOptions{}, cb).ok()) << path;
  return out;
}

// --- A sentence-level gold set over PLOVER types (events_fresh.jsonl; see events_fresh.md) ---
// Each gold line: `id`, `types` (types reported as having happened), `optional_types` (not scored
// there), `main` (null or {event, source, target, negated, modality}, source/target one coding
// {country, sector}, a list of equally defensible codings, or null).

// The sixteen PLOVER event types, in the order of the CAMEO roots they come from.
inline const std::vector<std::string>& AllPloverTypes() {
  static const std::vector<std::string> kAll = {"AGREE",    "CONSULT",  "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
                                                "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
                                                "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};
  return kAll;
}

// An event counts for detection as ../shared/tools/score.py counts it: not negated, and its modality
// asserted, reported, alleged or absent.
inline bool CountsAsScored(const nlohmann::json& event) {
  if (event.value("negated", false)) return false;
  const auto it = event.find("modality");
  if (it == event.end() || it->is_null()) return true;
  const std::string mood = it->get<std::string>();
  return mood == "asserted" || mood == "reported" || mood == "alleged";
}

// score.py's role_ok against one gold coding, or against any of a list of codings.
inline bool MatchesCoding(const nlohmann::json& actor, const nlohmann::json& coding) {
  if (coding.is_array())
    return std::any_of(coding.begin(), coding.end(), [&](const nlohmann::json& c) { return MatchesCoding(actor, c); });
  if (!actor.is_object()) return false;
  for (const std::string key : {"country", "sector"}) {
    const nlohmann::json want = coding.value(key, nlohmann::json());
    if (!want.is_null() && actor.value(key, nlohmann::json()) != want) return false;
  }
  return true;
}

struct TypedGoldFigures {
  struct Cell {
    int tp = 0, fp = 0, fn = 0;
  };
  std::map<std::string, Cell> per_type;
  Cell all;
  int source_scored = 0, source_right = 0, target_scored = 0, target_right = 0;
  int mains = 0, mood_right = 0;       // sentences with a main event; main type found with its negation and modality
  int no_event = 0, no_event_hit = 0;  // sentences with no type; those given a counted event of a non-optional type

  static double Ratio(int a, int b) { return b ? double(a) / b : 0.0; }
  double Precision() const { return Ratio(all.tp, all.tp + all.fp); }
  double Recall() const { return Ratio(all.tp, all.tp + all.fn); }
  double F1() const { return Precision() + Recall() > 0 ? 2 * Precision() * Recall() / (Precision() + Recall()) : 0.0; }
};

// Scores coded events (JSON records with doc_id) against a typed gold set over `types`.
inline TypedGoldFigures ScoreTypedGold(const std::vector<nlohmann::json>& events,
                                       const std::vector<nlohmann::json>& gold,
                                       const std::vector<std::string>& types) {
  std::map<std::string, std::vector<const nlohmann::json*>> by_doc;
  for (const nlohmann::json& e : events) by_doc[e.value("doc_id", "")].push_back(&e);
  const auto listed = [](const nlohmann::json& list, const std::string& t) {
    return std::find(list.begin(), list.end(), nlohmann::json(t)) != list.end();
  };
  TypedGoldFigures f;
  for (const std::string& t : types) f.per_type[t];
  for (const nlohmann::json& sentence : gold) {
    const std::vector<const nlohmann::json*>& coded = by_doc[sentence.value("id", "")];
    const auto counted_of = [&](const std::string& t) {
      std::vector<const nlohmann::json*> out;
      for (const nlohmann::json* e : coded)
        if (e->value("event", "") == t && CountsAsScored(*e)) out.push_back(e);
      return out;
    };
    const nlohmann::json& want = sentence["types"];
    bool any_hit = false;
    for (const std::string& t : types) {
      if (listed(sentence["optional_types"], t)) continue;
      const bool gold_yes = listed(want, t), predicted = !counted_of(t).empty();
      TypedGoldFigures::Cell& cell = f.per_type[t];
      cell.tp += gold_yes && predicted;
      cell.fp += !gold_yes && predicted;
      cell.fn += gold_yes && !predicted;
      any_hit = any_hit || predicted;
    }
    if (want.empty()) {
      ++f.no_event;
      f.no_event_hit += any_hit;
    }
    const nlohmann::json& main = sentence["main"];
    if (!main.is_object()) continue;
    const std::string main_type = main["event"].get<std::string>();
    ++f.mains;
    f.mood_right += std::any_of(coded.begin(), coded.end(), [&](const nlohmann::json* e) {
      return e->value("event", "") == main_type && e->value("negated", false) == main["negated"].get<bool>() &&
             e->value("modality", nlohmann::json()) == main["modality"];
    });
    if (!listed(want, main_type)) continue;
    const std::vector<const nlohmann::json*> candidates = counted_of(main_type);
    for (const std::string side : {"source", "target"}) {
      if (main[side].is_null()) continue;
      const bool right = std::any_of(candidates.begin(), candidates.end(), [&](const nlohmann::json* e) {
        return e->contains(side) && MatchesCoding((*e)[side], main[side]);
      });
      (side == "source" ? f.source_scored : f.target_scored) += 1;
      (side == "source" ? f.source_right : f.target_right) += right;
    }
  }
  for (const auto& entry : f.per_type) {
    f.all.tp += entry.second.tp;
    f.all.fp += entry.second.fp;
    f.all.fn += entry.second.fn;
  }
  return f;
}

// Prints the figures: one line per type, then the totals.
inline void PrintTypedGold(const std::string& title, const TypedGoldFigures& f) {
  std::cout << title << ":\n";
  for (const auto& [type, c] : f.per_type)
    std::printf("  %-10s tp %2d fp %2d fn %2d  P %.2f R %.2f\n", type.c_str(), c.tp, c.fp, c.fn,
                TypedGoldFigures::Ratio(c.tp, c.tp + c.fp), TypedGoldFigures::Ratio(c.tp, c.tp + c.fn));
  std::printf("  all        tp %2d fp %2d fn %2d  P %.4f R %.4f F1 %.4f\n", f.all.tp, f.all.fp, f.all.fn, f.Precision(),
              f.Recall(), f.F1());
  std::printf("  main source right %d/%d, main target right %d/%d, main negation+modality right %d/%d, "
              "no-event sentences given an event %d/%d\n",
              f.source_right, f.source_scored, f.target_right, f.target_scored, f.mood_right, f.mains,
              f.no_event_hit, f.no_event);
  std::fflush(stdout);
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_
