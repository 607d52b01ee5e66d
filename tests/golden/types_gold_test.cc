// The event-type gold set (tests/fixtures/events_types_*.jsonl, see events_types.md): 139 sentences
// written and labelled before rasad ran on them, about eight for each of the fourteen PLOVER types
// other than ASSAULT and PROTEST and 21 that report no event, split by alternation into a dev half
// (used to find dictionary gaps) and a held-out half (a measure only). The floors are the figures
// of the last measure less one sentence, so that a change that makes them worse fails here.
//
// Scoring: for each type, a sentence is predicted to have it when rasad gives it an event of that type
// that counts as ../shared/tools/score.py counts (not negated; asserted, reported or alleged); a type in
// the sentence's `optional_types` is not scored there. For the main event of a sentence that reports
// it, the source (target) is right when a counted event of that type has an actor matching one of the
// gold codings (country and sector compared where the gold gives them, as score.py actors does).
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <string>
#include <vector>

#include "coder/evaluation.h"
#include "golden/gold_test_support.h"

namespace rasad {
namespace {

using testing::CodeFile;
using testing::TestEngine;

constexpr std::array<const char*, 14> kTypes = {"AGREE",  "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE",
                                                "AID",    "RETREAT", "REQUEST",  "ACCUSE",   "REJECT",
                                                "THREATEN", "SANCTION", "MOBILIZE", "COERCE"};

std::string FixturePath(const std::string& name) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/" + name; }

bool Counts(const nlohmann::json& e) {
  if (e.value("negated", false)) return false;
  if (!e.contains("modality") || e["modality"].is_null()) return true;
  const std::string m = e["modality"].get<std::string>();
  return m == "asserted" || m == "reported" || m == "alleged";
}

bool Contains(const nlohmann::json& list, const std::string& s) {
  for (const auto& x : list)
    if (x.get<std::string>() == s) return true;
  return false;
}

// score.py's role_ok: the gold's non-null country and sector must both hold.
bool RoleOk(const nlohmann::json& pred, const nlohmann::json& gold) {
  if (!pred.is_object()) return false;
  for (const char* k : {"country", "sector"}) {
    if (!gold.contains(k) || gold[k].is_null()) continue;
    if (!pred.contains(k) || pred[k] != gold[k]) return false;
  }
  return true;
}

bool AnyRoleOk(const nlohmann::json& pred, const nlohmann::json& gold) {
  if (!gold.is_array()) return RoleOk(pred, gold);
  for (const auto& g : gold)
    if (RoleOk(pred, g)) return true;
  return false;
}

struct Figures {
  std::map<std::string, std::array<int, 3>> per_type;  // tp, fp, fn
  int tp = 0, fp = 0, fn = 0;
  int source_scored = 0, source_right = 0, target_scored = 0, target_right = 0;
  int no_event = 0, no_event_alarms = 0;
  int mains = 0, mains_mood_right = 0;  // main event of that type found with its negation and modality
};

Figures Score(const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& gold) {
  std::map<std::string, std::vector<const nlohmann::json*>> docs;
  for (const auto& e : events) docs[e["doc_id"].get<std::string>()].push_back(&e);
  Figures f;
  for (const char* t : kTypes) f.per_type[t] = {0, 0, 0};
  for (const auto& g : gold) {
    const auto& es = docs[g["id"].get<std::string>()];
    auto predicted = [&](const std::string& t) {
      for (const auto* e : es)
        if ((*e)["event"] == t && Counts(*e)) return true;
      return false;
    };
    bool alarm = false;
    for (const char* t : kTypes) {
      if (Contains(g["optional_types"], t)) continue;
      const bool yes = Contains(g["types"], t), hit = predicted(t);
      auto& c = f.per_type[t];
      if (yes && hit) ++c[0];
      if (!yes && hit) ++c[1];
      if (yes && !hit) ++c[2];
      alarm = alarm || hit;
    }
    if (g["types"].empty()) {
      ++f.no_event;
      f.no_event_alarms += alarm;
    }
    const nlohmann::json& m = g["main"];
    if (m.is_null()) continue;
    const std::string type = m["event"].get<std::string>();
    ++f.mains;
    for (const auto* e : es)
      if ((*e)["event"] == type && e->value("negated", false) == m["negated"].get<bool>() &&
          (*e)["modality"] == m["modality"]) {
        ++f.mains_mood_right;
        break;
      }
    if (!Contains(g["types"], type)) continue;
    for (const char* side : {"source", "target"}) {
      if (m[side].is_null()) continue;
      bool right = false;
      for (const auto* e : es)
        if ((*e)["event"] == type && Counts(*e) && e->contains(side) && AnyRoleOk((*e)[side], m[side])) right = true;
      if (std::string(side) == "source") {
        ++f.source_scored;
        f.source_right += right;
      } else {
        ++f.target_scored;
        f.target_right += right;
      }
    }
  }
  for (const auto& [t, c] : f.per_type) {
    f.tp += c[0];
    f.fp += c[1];
    f.fn += c[2];
  }
  return f;
}

void Print(const std::string& name, const Figures& f) {
  std::cout << name << ":\n";
  for (const char* t : kTypes) {
    const auto& c = f.per_type.at(t);
    const double p = c[0] + c[1] ? double(c[0]) / (c[0] + c[1]) : 0, r = c[0] + c[2] ? double(c[0]) / (c[0] + c[2]) : 0;
    std::printf("  %-10s tp %2d fp %2d fn %2d  P %.2f R %.2f\n", t, c[0], c[1], c[2], p, r);
  }
  const double p = double(f.tp) / (f.tp + f.fp), r = double(f.tp) / (f.tp + f.fn);
  std::printf("  all        tp %2d fp %2d fn %2d  P %.4f R %.4f F1 %.4f\n", f.tp, f.fp, f.fn, p, r, 2 * p * r / (p + r));
  std::printf("  main source %d/%d, target %d/%d, negation+modality %d/%d; no-event sentences with an event %d/%d\n",
              f.source_right, f.source_scored, f.target_right, f.target_scored, f.mains_mood_right, f.mains,
              f.no_event_alarms, f.no_event);
}

// Floors: per type the fewest sentences found (tp) and the most false alarms (fp); then overall.
struct TypeFloor {
  const char* type;
  int min_tp;
  int max_fp;
};
struct Floors {
  std::vector<TypeFloor> types;
  int min_source_right, min_target_right, min_mood_right, max_no_event_alarms;
};

void Check(const std::string& file, size_t records, const Floors& floors) {
  ASSERT_NE(TestEngine(), nullptr);
  auto gold = ReadJsonLines(FixturePath(file));
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), records);
  Figures f = Score(CodeFile(FixturePath(file)), *gold);
  Print(file, f);
  for (const TypeFloor& t : floors.types) {
    EXPECT_GE(f.per_type.at(t.type)[0], t.min_tp) << t.type << " found in fewer sentences";
    EXPECT_LE(f.per_type.at(t.type)[1], t.max_fp) << t.type << " false alarms";
  }
  EXPECT_GE(f.source_right, floors.min_source_right);
  EXPECT_GE(f.target_right, floors.min_target_right);
  EXPECT_GE(f.mains_mood_right, floors.min_mood_right);
  EXPECT_LE(f.no_event_alarms, floors.max_no_event_alarms);
}

// Measured at 8ea5fc5 (2026-11-30, after the dictionary fixes found through the dev half; the figures
// before them are in events_types.md). Floors: one sentence fewer found and one more false alarm per type,
// one main actor fewer, one more no-event sentence given an event.
//   dev     tp 49 fp 6 fn 12, P 0.8909 R 0.8033 F1 0.8448; source 44/59 target 13/48 mood 43/63; no-event 0/11
//   heldout tp 42 fp 23 fn 18, P 0.6462 R 0.7000 F1 0.6720; source 34/58 target 10/46 mood 34/64; no-event 4/10
// Raised at 430d3f1 (branch syntax: verb phrases split by their subject, phrases ending in an actor's
// name, igo_target, refusals and calls, announced threats, counterparts), same rule:
//   dev     tp 57 fp 2 fn 4, P 0.9661 R 0.9344 F1 0.9500; source 51/59 target 21/48 mood 55/63; no-event 0/11
//   heldout tp 47 fp 20 fn 13, P 0.7015 R 0.7833 F1 0.7402; source 38/58 target 11/46 mood 40/64; no-event 4/10
// Raised at session 11's merge (counts after prepositions, office + لـ + organisation, raids on towns,
// and 157 trigger lines), same rule:
//   dev     tp 58 fp 0 fn 3, P 1.0000 R 0.9508 F1 0.9748; source 55/59 target 36/48 mood 56/63; no-event 0/11
//   heldout tp 48 fp 18 fn 12, P 0.7273 R 0.8000 F1 0.7619; source 39/58 target 14/46 mood 41/64; no-event 3/10
// Raised at session 12's merge (targets after بين, of threats and condemnations, capitals as subjects,
// the target columns of 90 trigger lines), same rule:
//   dev     tp 59 fp 0 fn 2, P 1.0000 R 0.9672 F1 0.9833; source 56/59 target 41/48 mood 57/63; no-event 0/11
//   heldout tp 49 fp 17 fn 11, P 0.7424 R 0.8167 F1 0.7778; source 41/58 target 16/46 mood 42/64; no-event 2/10
// Raised at session 13's end (the sayer as doer, headline order, genitive doers, nationality of event
// nouns, counted subjects of split phrases; helpers' dictionary work), same rule:
//   dev     tp 60 fp 0 fn 1, P 1.0000 R 0.9836 F1 0.9917; source 58/59 target 43/48 mood 58/63; no-event 0/11
//   heldout tp 50 fp 14 fn 10, P 0.7812 R 0.8333 F1 0.8065; source 41/58 target 20/46 mood 42/64; no-event 2/10
TEST(TypesGoldTest, DevHalfDoesNotRegress) {
  Check("events_types_dev.jsonl", 70,
        Floors{{{"AGREE", 4, 1}, {"CONSULT", 3, 1}, {"SUPPORT", 4, 1}, {"CONCEDE", 2, 1}, {"COOPERATE", 2, 1},
                {"AID", 3, 2}, {"RETREAT", 2, 1}, {"REQUEST", 4, 1}, {"ACCUSE", 3, 1}, {"REJECT", 3, 1},
                {"THREATEN", 3, 1}, {"SANCTION", 3, 1}, {"MOBILIZE", 3, 1}, {"COERCE", 4, 2}},
               58, 42, 61, 1});  // source 59, target 43 at session 16's end; mood 62 at 20's (61 at 16's)
}

TEST(TypesGoldTest, HeldOutHalfDoesNotRegress) {
  Check("events_types_heldout.jsonl", 69,
        Floors{{{"AGREE", 3, 2}, {"CONSULT", 4, 3}, {"SUPPORT", 3, 2}, {"CONCEDE", 2, 1}, {"COOPERATE", 0, 1},
                {"AID", 1, 4}, {"RETREAT", 3, 3}, {"REQUEST", 3, 1}, {"ACCUSE", 2, 3}, {"REJECT", 3, 1},
                {"THREATEN", 3, 1}, {"SANCTION", 0, 2}, {"MOBILIZE", 2, 1}, {"COERCE", 4, 9}},
               47, 28, 49, 2});  // source 48, target 29, mood 50, no-event 1 at session 19's end (48, 29, 49 at 18's; 48, 28, 49 at 17's)
}

}  // namespace
}  // namespace rasad
