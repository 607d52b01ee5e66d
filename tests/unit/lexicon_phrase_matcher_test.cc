// PhraseMatcher::Longest (lexicon/phrase_matcher.h): the longest phrase from a token, whether the
// token starts only one-word phrases, phrases that go on, or both; with the limit cutting a phrase,
// a word entered through its article, and roots built by hand. Guards (every row holds on main): a
// short cut for tokens that start only one-word phrases was tried against them and measured no
// gain.
#include "lexicon/phrase_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Row {
  const char* text;
  uint32_t first;          // the token the match starts at
  uint32_t limit;          // exclusive; 0 for the text's end
  uint32_t length;         // expected match length in tokens (0: none)
  std::vector<uint32_t> payloads;
};

PhraseMatcher Matcher() {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  auto add = [&](std::vector<std::string> words, uint32_t payload, PhraseMatcher* pm) {
    for (std::string& w : words) w = norm.Normalize(w);
    pm->Add(words, payload);
  };
  PhraseMatcher pm;
  add({"هجوم"}, 1, &pm);             // one word, nothing goes on from it
  add({"إطلاق", "النار"}, 2, &pm);   // a first word that is no phrase alone
  add({"قصف"}, 3, &pm);              // a phrase alone and the start of a longer one
  add({"قصف", "مدفعي"}, 4, &pm);
  add({"غارة"}, 5, &pm);             // one word, entered through its article
  add({"غارة"}, 6, &pm);             // a second line of the same word
  return pm;
}

TEST(PhraseMatcherTest, LongestFromOneWordAndLongerPhrases) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  const std::vector<Row> rows = {
      {"وقع هجوم أمس", 1, 0, 1, {1}},
      {"وقع هجوم أمس", 1, 1, 0, {}},           // the limit is the token itself
      {"وقع هجوم", 1, 0, 1, {1}},              // the last token of the text
      {"بدأ إطلاق النار", 1, 0, 2, {2}},
      {"بدأ إطلاق النار", 1, 2, 0, {}},         // the phrase would cross the limit
      {"إطلاق الصواريخ", 0, 0, 0, {}},          // no phrase of إطلاق alone
      {"قصف مدفعي عنيف", 0, 0, 2, {4}},
      {"قصف عنيف", 0, 0, 1, {3}},
      {"قصف مدفعي", 0, 1, 1, {3}},
      {"استهدفت الغارة المدينة", 1, 0, 1, {5, 6}},  // الغارة: bare غارة
      {"استهدفت المدينة", 1, 0, 0, {}},
  };
  TextAnalyzer analyzer(res);
  for (const Row& row : rows) {
    AnalyzedText text = analyzer.Analyze(row.text);
    TokenKeys keys;
    keys.Compute(text);
    const uint32_t limit = row.limit == 0 ? static_cast<uint32_t>(text.tokens.size()) : row.limit;
    ASSERT_LT(row.first, text.tokens.size()) << row.text;
    for (bool with_roots : {false, true}) {
      PhraseMatcher::Match m = with_roots ? pm.Longest(keys, row.first, limit, pm.RootsOf(keys.tokens[row.first]))
                                          : pm.Longest(keys, row.first, limit);
      EXPECT_EQ(m.length, row.length) << row.text << " from " << row.first;
      if (row.length == 0) continue;
      ASSERT_NE(m.payloads, nullptr) << row.text;
      EXPECT_EQ(*m.payloads, row.payloads) << row.text;
    }
  }
}

// Roots built by hand (as the recognizer does for the rest of a word after its clitic) take the
// walk, with the same answers.
TEST(PhraseMatcherTest, RootsBuiltByHand) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  TextAnalyzer analyzer(res);
  AnalyzedText text = analyzer.Analyze("قصف مدفعي");
  TokenKeys keys;
  keys.Compute(text);
  PhraseMatcher::Roots roots;
  roots.node[0] = pm.Step(0, pm.WordId(ArabicNormalizer::Get().Normalize("قصف")));
  PhraseMatcher::Match m = pm.Longest(keys, 0, 2, roots);
  EXPECT_EQ(m.length, 2u);
  ASSERT_NE(m.payloads, nullptr);
  EXPECT_EQ(*m.payloads, std::vector<uint32_t>{4});
  roots.node[0] = pm.Step(0, pm.WordId(ArabicNormalizer::Get().Normalize("هجوم")));
  m = pm.Longest(keys, 0, 2, roots);
  EXPECT_EQ(m.length, 1u);
  ASSERT_NE(m.payloads, nullptr);
  EXPECT_EQ(*m.payloads, std::vector<uint32_t>{1});
}

}  // namespace
}  // namespace rasad
