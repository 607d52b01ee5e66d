// The GSR development sets (../shared/data/gsr): detection of ASSAULT/PROTEST and source/target
// coding. The floors below are the figures measured when they were set, so that a change that makes
// them worse fails here; they are NOT the goals of issue 4 (ASSAULT F1 >= 0.80, PROTEST F1 >= 0.70,
// precision >= 0.80, source accuracy >= 0.60), which rasad does not reach yet. Raise the floors as
// the coder improves. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include "coder/evaluation.h"
#include "coder/event_json.h"
#include "text/document_reader.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::HaveShared;
using testing::SharedPath;
using testing::TestEngine;

std::vector<nlohmann::json> CodeFile(const std::string& path) {
  Worker worker(TestEngine());
  std::vector<nlohmann::json> out;
  std::vector<Event> events;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& doc) {
    events.clear();
    worker.Code(doc, false, &events);
    for (const Event& e : events) out.push_back(EventToJson(e));
  };
  EXPECT_TRUE(ReadDocuments(path, ReadOptions{}, cb).ok());
  return out;
}

TEST(GsrDevTest, DetectionDoesNotRegress) {
  const char* kGold = "data/gsr/detect_dev.jsonl";
  if (!HaveShared(kGold)) GTEST_SKIP() << "../shared is absent";
  ASSERT_NE(TestEngine(), nullptr);
  auto gold = ReadJsonLines(SharedPath(kGold));
  ASSERT_TRUE(gold.ok());
  nlohmann::json res = EvaluateDetect(CodeFile(SharedPath(kGold)), *gold);
  std::cout << "detect: " << res.dump() << "\n";
  // Mentions that are background (relative and temporal clauses, habits, nouns naming earlier events)
  // are no longer coded: recall gave a little for much precision, so F1 is guarded too.
  // Measured ASSAULT P 0.5645 R 0.9292 F1 0.7023 (tp 105, fp 81, fn 8), PROTEST P 0.4792 R 0.92
  // F1 0.6301 (tp 23, fp 25, fn 2); the floors allow one record worse (PROTEST F1 and precision
  // stay at 0.615 and 0.47, which one record worse would reach).
  EXPECT_GE(res["ASSAULT"]["f1"].get<double>(), 0.697);
  EXPECT_GE(res["ASSAULT"]["recall"].get<double>(), 0.92);
  EXPECT_GE(res["ASSAULT"]["precision"].get<double>(), 0.561);
  EXPECT_GE(res["PROTEST"]["f1"].get<double>(), 0.615);
  EXPECT_GE(res["PROTEST"]["recall"].get<double>(), 0.88);
  EXPECT_GE(res["PROTEST"]["precision"].get<double>(), 0.47);
}

TEST(GsrDevTest, ActorCodingDoesNotRegress) {
  const char* kGold = "data/gsr/actors_dev.jsonl";
  if (!HaveShared(kGold)) GTEST_SKIP() << "../shared is absent";
  ASSERT_NE(TestEngine(), nullptr);
  auto gold = ReadJsonLines(SharedPath(kGold));
  ASSERT_TRUE(gold.ok());
  nlohmann::json res = EvaluateActors(CodeFile(SharedPath(kGold)), *gold);
  std::cout << "actors: " << res.dump() << "\n";
  // Measured 0.642 (52/81) and 0.6355 (68/107); the floors allow one record less each.
  EXPECT_GE(res["source"]["accuracy"].get<double>(), 0.62);
  EXPECT_GE(res["target"]["accuracy"].get<double>(), 0.62);
}

}  // namespace
}  // namespace rasad
