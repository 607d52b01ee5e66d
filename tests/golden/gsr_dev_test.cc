// The GSR development sets (../shared/data/gsr): detection of ASSAULT/PROTEST and source/target
// coding. The floors below are the figures measured when they were set, so that a change that makes
// them worse fails here. Of the goals of issue 4, source accuracy >= 0.60 is met; ASSAULT F1 >= 0.80,
// PROTEST F1 >= 0.70 and precision >= 0.80 are not. Raise the floors as the coder improves. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include "coder/evaluation.h"
#include "golden/gold_test_support.h"

namespace rasad {
namespace {

using testing::CodeFile;
using testing::HaveShared;
using testing::SharedPath;
using testing::TestEngine;

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
  // Measured ASSAULT P 0.5585 R 0.9292 F1 0.6977 (tp 105, fp 83, fn 8), PROTEST P 0.4894 R 0.92
  // F1 0.6389 (tp 23, fp 24, fn 2); the floors allow one record worse. (Since the conjunction is split
  // off particles, a "difficult no" about the Rwandan massacres, فكانت المذابح التي راح ضحيتها 800
  // ألف, is no longer read as intended by a تحثه على in the clause before ولكنه; it counts.)
  // Session 13: ASSAULT fp 84 (P 0.5556, F1 0.6954), at these floors: a verb phrase split by a count
  // and its actor is now read (لقي 15 شخصا حتفهم), which also reads a 1993 toll in a chronology that
  // is labelled "difficult no" as history. The floors were not lowered.
  // Session 19: ASSAULT fp 85 (P 0.5526, F1 0.6931). قبل يومين ("two days ago") became a relative date
  // like أمس, and a recent date makes a killing named in passing a report of its own: in "the movement
  // announced that the German hostage is alive despite the killing of his colleague two days ago" (labelled
  // "no": the sentence's news is the announcement) the colleague's killing is now coded, as an analyst
  // would code it. The floors were lowered by that one record, not more.
  // Session 20: fp 84 again (P 0.5556, F1 0.6954); the floors go back up to it.
  // Session 24: PROTEST fp 26 (P 0.4694, F1 0.6216). قد is now always followed by a verb (وكان الجيش قد
  // قصف was read as the noun "shelling" after a hypothetical cue, and the event was lost). In "two
  // protesters were killed (وقد قتل) during the clashes with the police", labelled "no", قتل is now the
  // verb, and the clashes it happened during are coded as an analyst would: 145, the protesters against
  // the police. The PROTEST floors were lowered by that one record, not more.
  // Session 42: ASSAULT tp 108, fp 81, fn 5 (P 0.5714 R 0.9558 F1 0.7152): a temporal clause after a verb of
  // happening tells the event (الحادث الذي وقع عندما انفجرت قنبلة), and a verbal noun after بـ reaches back past
  // its doer's long description to its verb. The floors go up to one record worse (one more false alarm, or one
  // find lost: P 0.5684, R 0.9469, F1 0.7109).
  EXPECT_GE(res["ASSAULT"]["f1"].get<double>(), 0.710);
  EXPECT_GE(res["ASSAULT"]["recall"].get<double>(), 0.946);
  EXPECT_GE(res["ASSAULT"]["precision"].get<double>(), 0.568);
  // Session 25: PROTEST fp 25 (P 0.4792, F1 0.6301): the other persons of اعتبر are opinion, so a sentence
  // that "considered" events (labelled "no") no longer reports them. The floors go up to it.
  EXPECT_GE(res["PROTEST"]["f1"].get<double>(), 0.63);
  EXPECT_GE(res["PROTEST"]["recall"].get<double>(), 0.88);
  EXPECT_GE(res["PROTEST"]["precision"].get<double>(), 0.479);
}

TEST(GsrDevTest, ActorCodingDoesNotRegress) {
  const char* kGold = "data/gsr/actors_dev.jsonl";
  if (!HaveShared(kGold)) GTEST_SKIP() << "../shared is absent";
  ASSERT_NE(TestEngine(), nullptr);
  auto gold = ReadJsonLines(SharedPath(kGold));
  ASSERT_TRUE(gold.ok());
  nlohmann::json res = EvaluateActors(CodeFile(SharedPath(kGold)), *gold);
  std::cout << "actors: " << res.dump() << "\n";
  // Measured 0.6543 (53/81) and 0.6729 (72/107) at session 17's end; the floors allow one record less each.
  // Session 25: source 0.6667 (54/81); the source floor goes up to 53/81.
  // Session 42: source 0.6914 (56/81), target 0.7103 (76/107); the floors go up to one record less each.
  // Session 67: source 0.7037 (57/81), target 0.729 (78/107); the floors go up to one record less each.
  EXPECT_GE(res["source"]["accuracy"].get<double>(), 0.691);
  EXPECT_GE(res["target"]["accuracy"].get<double>(), 0.719);
}

}  // namespace
}  // namespace rasad
