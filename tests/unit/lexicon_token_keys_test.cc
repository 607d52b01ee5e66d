// TokenKeys and TypeMemo (lexicon/phrase_matcher.h): the keys of a word met again, and what is
// computed from them, are the same as computed afresh.
#include "lexicon/phrase_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/text_test_support.h"

namespace rasad {
namespace {

void ExpectSameKeys(const TokenKeys& got, const TokenKeys& want) {
  ASSERT_EQ(got.tokens.size(), want.tokens.size());
  for (size_t i = 0; i < got.tokens.size(); ++i) {
    const TokenKeys::Keys& g = got.tokens[i];
    const TokenKeys::Keys& w = want.tokens[i];
    EXPECT_EQ(g.count, w.count) << "token " << i;
    for (int k = 0; k < w.count; ++k) {
      EXPECT_EQ(g.key[k], w.key[k]) << "token " << i;
      EXPECT_EQ(g.hash[k], w.hash[k]) << "token " << i;
      EXPECT_EQ(g.hash[k], FlatStringIndex::Hash(w.key[k])) << "token " << i;
    }
    EXPECT_EQ(g.attached, w.attached) << "token " << i;
    EXPECT_EQ(g.type, w.type) << "token " << i;
  }
}

TEST(TokenKeysTest, WordsMetAgainKeepTheirKeys) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText first = analyzer.Analyze("هاجمت القوات مدينة غريان وقتلت الجنود");
  AnalyzedText second = analyzer.Analyze("قتلت القوات الجنود في مدينه غريان، وهاجمت Reuters");
  TokenKeys reused;
  reused.Compute(first);
  reused.Compute(second);  // its known words from the first text's memo
  TokenKeys fresh;
  fresh.Compute(second);
  ExpectSameKeys(reused, fresh);
  EXPECT_EQ(reused.generation, second.type_generation);
  // القوات: its stem and its whole form are both قوات once bare, one key.
  EXPECT_EQ(fresh.tokens[1].key[0], "قوات");
  EXPECT_EQ(fresh.tokens[1].count, 1);
}

TEST(TokenKeysTest, TextsOfAnotherAnalyzerAreNotTakenForKnownWords) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer one(res), two(res);
  AnalyzedText a = one.Analyze("هاجمت القوات غريان");
  AnalyzedText b = two.Analyze("وصل الوزير");  // types 0 and 1 again, other words
  TokenKeys reused;
  reused.Compute(a);
  reused.Compute(b);
  TokenKeys fresh;
  fresh.Compute(b);
  ExpectSameKeys(reused, fresh);
}

TEST(TypeMemoTest, ComputesOncePerWordTypeAndOwner) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText text = analyzer.Analyze("قتل الجنود ثم قتل الجنود 2019 Reuters Reuters");
  TokenKeys keys;
  keys.Compute(text);
  int calls = 0;
  auto length = [&](const TokenKeys::Keys& k) {
    ++calls;
    return k.count > 0 ? k.key[0].size() : size_t{0};
  };
  TypeMemo<size_t> memo;
  int owner = 0, other_owner = 0;
  std::vector<size_t> got;
  for (uint32_t i = 0; i < keys.tokens.size(); ++i) got.push_back(memo.Get(&owner, keys, i, length));
  // قتل، الجنود، ثم once each; 2019 and the two Reuters have no type and are computed each time.
  EXPECT_EQ(calls, 3 + 3);
  EXPECT_EQ(got[0], got[3]);
  EXPECT_EQ(got[1], std::string("جنود").size());
  EXPECT_EQ(got[4], got[1]);
  EXPECT_EQ(got[6], std::string("reuters").size());

  calls = 0;
  memo.Get(&owner, keys, 0, length);
  EXPECT_EQ(calls, 0);
  memo.Get(&other_owner, keys, 0, length);  // another owner: nothing it knew holds
  EXPECT_EQ(calls, 1);

  // Another generation (another analyzer's text): computed again.
  TextAnalyzer other(res);
  AnalyzedText again = other.Analyze("قتل");
  TokenKeys other_keys;
  other_keys.Compute(again);
  calls = 0;
  EXPECT_EQ(memo.Get(&other_owner, other_keys, 0, length), std::string("قتل").size());
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace rasad
