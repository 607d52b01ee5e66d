// rasad eval: the figures of score.py on small hand-made cases (counts worked out by hand).
#include <gtest/gtest.h>

#include "coder/evaluation.h"

namespace rasad {
namespace {

using nlohmann::json;

TEST(EvalTest, DetectCountsSentencesNotEvents) {
  std::vector<json> gold = {
      {{"id", "a"}, {"type", "ASSAULT"}, {"label", "yes"}},
      {{"id", "b"}, {"type", "ASSAULT"}, {"label", "no"}},
      {{"id", "c"}, {"type", "ASSAULT"}, {"label", "yes"}},
      {{"id", "d"}, {"type", "ASSAULT"}, {"label", "no"}},
  };
  std::vector<json> events = {
      {{"doc_id", "a"}, {"event", "ASSAULT"}, {"negated", false}, {"modality", "asserted"}},
      {{"doc_id", "a"}, {"event", "ASSAULT"}, {"negated", false}, {"modality", "reported"}},
      {{"doc_id", "b"}, {"event", "ASSAULT"}, {"negated", false}, {"modality", "alleged"}},
      {{"doc_id", "c"}, {"event", "ASSAULT"}, {"negated", true}, {"modality", "asserted"}},  // negated: no
      {{"doc_id", "d"}, {"event", "ASSAULT"}, {"negated", false}, {"modality", "intended"}},  // intended: no
  };
  json r = EvaluateDetect(events, gold)["ASSAULT"];
  EXPECT_EQ(r["tp"], 1);
  EXPECT_EQ(r["fp"], 1);
  EXPECT_EQ(r["fn"], 1);
  EXPECT_EQ(r["tn"], 1);
  EXPECT_DOUBLE_EQ(r["precision"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(r["f1"].get<double>(), 0.5);
}

TEST(EvalTest, ActorsNeedTypeAndCodes) {
  std::vector<json> gold = {
      {{"id", "a"}, {"type", "ASSAULT"},
       {"events", {{{"source", {{"country", "IRQ"}, {"sector", nullptr}}}, {"target", {{"country", nullptr}, {"sector", nullptr}}}}}}},
  };
  std::vector<json> right = {{{"doc_id", "a"}, {"event", "ASSAULT"}, {"negated", false}, {"modality", "asserted"},
                              {"source", {{"country", "IRQ"}, {"sector", "COP"}}}}};
  std::vector<json> wrong_type = right;
  wrong_type[0]["event"] = "PROTEST";
  EXPECT_EQ(EvaluateActors(right, gold)["source"]["correct"], 1);
  EXPECT_EQ(EvaluateActors(wrong_type, gold)["source"]["correct"], 0);
  EXPECT_EQ(EvaluateActors(right, gold)["target"]["records"], 0);  // nothing coded on that side
}

TEST(EvalTest, SeedMatchesHintsAndPlacesLoosely) {
  std::vector<json> gold = {
      {{"id", "S1"}, {"required", true}, {"event", {"ASSAULT"}}, {"cameo_root", {"19"}},
       {"source", {{"country", "LBY"}, {"hint", {"الوفاق"}}}}, {"target", nullptr}, {"place", {"غريان"}}},
      {{"id", "X1"}, {"forbidden", true}, {"event", {"ASSAULT"}}, {"source", {{"country", "USA"}, {"hint", nullptr}}}},
  };
  std::vector<json> events = {{{"event", "ASSAULT"}, {"cameo", "190"}, {"negated", false}, {"modality", "asserted"},
                               {"source", {{"text", "قوات حكومة الوفاق"}, {"country", "LBY"}}},
                               {"location", {{"text", "بغريان"}}}}};
  json r = EvaluateSeed(events, gold);
  EXPECT_EQ(r["found"], 1);
  EXPECT_EQ(r["forbidden_violated"].size(), 0u);
  events[0]["source"]["country"] = "USA";
  r = EvaluateSeed(events, gold);
  EXPECT_EQ(r["found"], 0);
  EXPECT_EQ(r["forbidden_violated"], json::array({"X1"}));
}

}  // namespace
}  // namespace rasad
