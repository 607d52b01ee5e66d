// The second independent event gold set (tests/fixtures/events_independent2_*.jsonl, see
// events_independent2.md): 90 detection and 40 actor sentences written from scratch and labelled
// before rasad was run on them, held out from development now that the first independent set is
// used for it. It measures how the coder generalises; the floors are the figures of the first run
// less about one sentence each, so that a change which makes them worse fails here. Do not tune
// dictionaries to these sentences: that would turn a measure into a target. Scored as
// ../shared/tools/score.py does (coder/evaluation.h).
#include <gtest/gtest.h>

#include "coder/evaluation.h"
#include "golden/gold_test_support.h"

namespace rasad {
namespace {

using testing::CodeFile;
using testing::TestEngine;

std::string FixturePath(const std::string& name) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/" + name; }

TEST(Independent2GoldTest, DetectionDoesNotRegress) {
  ASSERT_NE(TestEngine(), nullptr);
  const std::string path = FixturePath("events_independent2_detect.jsonl");
  auto gold = ReadJsonLines(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 90u);
  nlohmann::json res = EvaluateDetect(CodeFile(path), *gold);
  std::cout << "independent2 detect: " << res.dump() << "\n";
  // First run (2026-11-30, main at 25a76a2): ASSAULT tp 27 fp 3 fn 1, P 0.9 R 0.9643 F1 0.931;
  // PROTEST tp 10 fp 2 fn 7, P 0.8333 R 0.5882 F1 0.6897. After the session's detection and actor
  // work (made without this set, e23ec99): ASSAULT unchanged; PROTEST tp 12 fp 1 fn 5, P 0.9231
  // R 0.7059 F1 0.80. Each floor allows one more false alarm or miss than the last figures.
  EXPECT_GE(res["ASSAULT"]["f1"].get<double>(), 0.91);
  EXPECT_GE(res["ASSAULT"]["recall"].get<double>(), 0.92);
  EXPECT_GE(res["ASSAULT"]["precision"].get<double>(), 0.87);
  EXPECT_GE(res["PROTEST"]["f1"].get<double>(), 0.75);
  EXPECT_GE(res["PROTEST"]["recall"].get<double>(), 0.64);
  EXPECT_GE(res["PROTEST"]["precision"].get<double>(), 0.85);
}

TEST(Independent2GoldTest, ActorCodingDoesNotRegress) {
  ASSERT_NE(TestEngine(), nullptr);
  const std::string path = FixturePath("events_independent2_actors.jsonl");
  auto gold = ReadJsonLines(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), 40u);
  nlohmann::json res = EvaluateActors(CodeFile(path), *gold);
  std::cout << "independent2 actors: " << res.dump() << "\n";
  // First run: source 0.4054 (15/37), target 0.5625 (18/32); after the session's work (e23ec99)
  // 0.4595 (17/37) and 0.5938 (19/32). The floors allow one record less each.
  EXPECT_EQ(res["source"]["records"].get<int>(), 37);
  EXPECT_EQ(res["target"]["records"].get<int>(), 32);
  EXPECT_GE(res["source"]["accuracy"].get<double>(), 0.48);  // 19/37 at session 14's end
  EXPECT_GE(res["target"]["accuracy"].get<double>(), 0.71);  // 23/32 at session 20's end (22/32 at 15's, 21/32 at 14's)
}

}  // namespace
}  // namespace rasad
