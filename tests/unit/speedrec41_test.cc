// Guards of PhraseMatcher::Longest (lexicon/phrase_matcher.h) for the one-word answer, pinned for the
// speed work of session 41 (no reading changes; every row is a guard_ that passes on main, expectations
// written by hand): when no phrase can go on from a token's trie nodes (none of them has children, or
// the next token is past the limit), the answer is the first of the token's nodes, in the order of its
// keys (stem, then whole word), that ends a phrase. Rows with roots built by hand put each kind of node
// (a phrase alone, the start of a longer one only, both) at each key, with and without room for a
// second word. Two short cuts for that answer were tried against these rows and dropped (callgrind,
// GSR per pass): inline in Longest (+0.34 M: Extend -0.55 M, its inlined callers in the recognizer and
// the coder +1.08 M) and as an early return in Extend (+0.02 M: GCC still saves the registers first).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

// The phrases of the rows below (payload: the phrase).
PhraseMatcher Matcher() {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  auto add = [&](std::vector<std::string> words, uint32_t payload, PhraseMatcher* pm) {
    for (std::string& w : words) w = norm.Normalize(w);
    pm->Add(words, payload);
  };
  PhraseMatcher pm;
  add({"هجوم"}, 1, &pm);            // a phrase alone; nothing goes on from it
  add({"إطلاق", "النار"}, 2, &pm);  // the start of a longer phrase only
  add({"قصف"}, 3, &pm);             // both: a phrase alone and the start of a longer one
  add({"قصف", "مدفعي"}, 4, &pm);
  add({"حصار"}, 5, &pm);            // a second phrase alone, for the order of the keys
  return pm;
}

struct RootsRow {
  const char* name;
  const char* key0;  // the word whose node is roots.node[0] (the stem's); nullptr: none
  const char* key1;  // roots.node[1] (the whole word's); nullptr: none
  const char* text;  // token 0 is the token of the roots; the match may go on to token 1
  uint32_t limit;    // exclusive
  uint32_t length;   // the match's length in tokens (0: none)
  std::vector<uint32_t> payloads;
};

const RootsRow kRootsRows[] = {
    // A phrase alone with room after it, where nothing goes on: the one word.
    {"guard_alone_with_room", "هجوم", nullptr, "هجوم مدفعي", 2, 1, {1}},
    // A phrase that goes on, and the next word continues it: both words.
    {"guard_goes_on_and_continues", "قصف", nullptr, "قصف مدفعي", 2, 2, {4}},
    // The same phrase at the limit: the one word, no walk.
    {"guard_goes_on_at_the_limit", "قصف", nullptr, "قصف مدفعي", 1, 1, {3}},
    // It goes on, but not with the next word: the one word after the walk.
    {"guard_goes_on_other_word", "قصف", nullptr, "قصف عنيف", 2, 1, {3}},
    // The start of a longer phrase only, at the limit or with another word after it: nothing.
    {"guard_start_only_at_the_limit", "إطلاق", nullptr, "إطلاق النار", 1, 0, {}},
    {"guard_start_only_other_word", "إطلاق", nullptr, "إطلاق الصواريخ", 2, 0, {}},
    // Both keys phrases alone: the stem's (the first key) wins.
    {"guard_first_key_wins", "هجوم", "حصار", "هجوم مدفعي", 2, 1, {1}},
    {"guard_first_key_wins_reversed", "حصار", "هجوم", "هجوم مدفعي", 2, 1, {5}},
    // The stem only starts a longer phrase; the whole word is a phrase alone: at the limit, the whole
    // word's; with room and the continuation after it, the longer phrase.
    {"guard_second_key_at_the_limit", "إطلاق", "هجوم", "إطلاق النار", 1, 1, {1}},
    {"guard_longer_from_first_key", "إطلاق", "هجوم", "إطلاق النار", 2, 2, {2}},
    // Only the whole word's node: it goes on (قصف مدفعي), or stops at the limit.
    {"guard_only_second_key_goes_on", nullptr, "قصف", "قصف مدفعي", 2, 2, {4}},
    {"guard_only_second_key_at_the_limit", nullptr, "قصف", "قصف مدفعي", 1, 1, {3}},
};

TEST(Speedrec41PhraseMatcherTest, OneWordAnswerWithoutTheWalk) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  auto node_of = [&](const char* word) -> uint32_t {
    if (word == nullptr) return 0;
    uint32_t node = pm.Step(0, pm.WordId(norm.Normalize(word)));
    EXPECT_NE(node, 0u) << word;
    return node;
  };
  TextAnalyzer analyzer(res);
  for (const RootsRow& row : kRootsRows) {
    SCOPED_TRACE(row.name);
    AnalyzedText text = analyzer.Analyze(row.text);
    ASSERT_EQ(text.tokens.size(), 2u);
    TokenKeys keys;
    keys.Compute(text);
    PhraseMatcher::Roots roots;
    roots.node[0] = node_of(row.key0);
    roots.node[1] = node_of(row.key1);
    PhraseMatcher::Match m = pm.Longest(keys, 0, row.limit, roots);
    EXPECT_EQ(m.length, row.length);
    if (row.length == 0) {
      EXPECT_EQ(m.payloads, nullptr);
      continue;
    }
    ASSERT_NE(m.payloads, nullptr);
    EXPECT_EQ(*m.payloads, row.payloads);
  }
}

// No roots, or the token at the limit: nothing, whatever the token.
TEST(Speedrec41PhraseMatcherTest, guard_NoRootsOrNoRoom) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  TextAnalyzer analyzer(res);
  AnalyzedText text = analyzer.Analyze("قصف مدفعي");
  TokenKeys keys;
  keys.Compute(text);
  EXPECT_EQ(pm.Longest(keys, 0, 2, PhraseMatcher::Roots()).length, 0u);
  EXPECT_EQ(pm.Longest(keys, 0, 0, pm.RootsOf(keys.tokens[0])).length, 0u);
  EXPECT_EQ(pm.Longest(keys, 0, 2, pm.RootsOf(keys.tokens[0])).length, 2u);
}

}  // namespace
}  // namespace rasad
