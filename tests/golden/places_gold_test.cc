// Place recognition on the hand-annotated news items of tests/fixtures/places_gold.jsonl (written and
// annotated for rasad, see places_gold.md), scored as ../shared/tools/score.py `places` does: a gold
// place is found when a predicted place's text contains it or is contained in it (after folding and
// stripping clitics), and likewise for precision. The floors are the figures measured when the set
// was made.
#include <gtest/gtest.h>

#include "coder/evaluation.h"
#include "text/arabic_normalizer.h"
#include "text/document_reader.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

// score.py's loose(): matching form, clitics و ب ل ف ال stripped from each word.
std::string Loose(std::string_view s) {
  std::string n = ArabicNormalizer::Get().Normalize(s), out;
  size_t start = 0;
  while (start < n.size()) {
    size_t sp = n.find(' ', start);
    std::string w = n.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
    for (const char* p : {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"}) {
      std::string_view ps(p);
      if (w.compare(0, ps.size(), ps) == 0 && w.size() >= ps.size() + 4) {
        w = w.substr(ps.size());
        break;
      }
    }
    if (!w.empty()) out += (out.empty() ? "" : " ") + w;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return out;
}

TEST(PlacesGoldTest, RecallAndPrecisionDoNotRegress) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  std::string path = std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/places_gold.jsonl";
  auto gold = ReadJsonLines(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  Worker worker(engine);
  int n_gold = 0, tp_gold = 0, n_pred = 0, tp_pred = 0;
  for (const nlohmann::json& g : *gold) {
    Document doc;
    doc.text = g["text"].get<std::string>();
    worker.Analyze(doc);
    std::vector<std::string> preds, locs;
    for (const Mention& m : worker.recognition().mentions) {
      if (!m.is_place()) continue;
      const AnalyzedText& t = worker.text();
      uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
      preds.push_back(Loose(t.original.substr(b, e - b)));
    }
    for (const auto& x : g["entities"]) locs.push_back(Loose(x["text"].get<std::string>()));
    auto overlaps = [](const std::string& a, const std::string& b) {
      return !a.empty() && !b.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
    };
    for (const std::string& l : locs) {
      ++n_gold;
      bool hit = false;
      for (const std::string& p : preds) hit = hit || overlaps(l, p);
      tp_gold += hit;
    }
    for (const std::string& p : preds) {
      ++n_pred;
      bool hit = false;
      for (const std::string& l : locs) hit = hit || overlaps(l, p);
      tp_pred += hit;
    }
  }
  double recall = static_cast<double>(tp_gold) / n_gold, precision = static_cast<double>(tp_pred) / n_pred;
  std::cout << "places: gold " << n_gold << ", predicted " << n_pred << ", precision " << precision << ", recall "
            << recall << "\n";
  EXPECT_EQ(n_gold, 49);
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.88);
}

}  // namespace
}  // namespace rasad
