// Guards for the speed work of session 51 on the lexicon's phrase matcher (no reading changes; every row is a
// guard_ that passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - PhraseMatcher::Extend asks first, of the token after the first, whether any of the keys its walk would try
//     may go on from a root that has children (MayContinue), and ends there when none does; the walk, with its
//     stack, runs only past that test. The keys it must ask are the walk's own: a number's digits (a name of
//     a unit, اللواء 444), the whole form of a word with a preposition or conjunction clitic (التحالف بقيادة ...),
//     the stem and the whole form of any other word (أستانا, read استا + نا, goes on whole), and the roots are
//     both the first token's stem and its whole form (a root built by hand for the second alone still goes on).
//     The text layer reads the words with hunspell-ar's word list, as the coder does (بقيادة: ب + قيادة).
//   - The recognizer compares words with words written in the code through WordIs, WordEndsWith and
//     WordStartsWith (lexicon/fixed_word.h: memcmp of the literal's size, expanded inline), where it called
//     TextEqual and its own EndsWith and StartsWith, and compares country and sector codes through SameCode
//     (memcmp of three bytes for a three-letter code): the same answers, for a literal and for any other word,
//     and for codes of any length.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/fixed_word.h"
#include "lexicon/mention.h"
#include "lexicon/phrase_matcher.h"
#include "text/arabic_normalizer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct GoesOnRow {
  const char* text;
  uint32_t first;   // the token the match starts at
  uint32_t limit;   // exclusive; 0 for the text's end
  uint32_t length;  // the longest phrase, in tokens (0: none)
  std::vector<uint32_t> payloads;
};

PhraseMatcher Matcher() {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  auto add = [&](std::vector<std::string> words, uint32_t payload, PhraseMatcher* pm) {
    for (std::string& w : words) w = norm.Normalize(w);
    pm->Add(words, payload);
  };
  PhraseMatcher pm;
  add({"قصف"}, 1, &pm);  // a phrase alone and the start of longer ones
  add({"قصف", "مدفعي"}, 2, &pm);
  add({"قصف", "مدفعي", "عنيف"}, 3, &pm);
  add({"اللواء", "444"}, 4, &pm);                      // a unit's name that goes on with a number
  add({"التحالف", "بقيادة", "السعودية"}, 5, &pm);     // a name that goes on with a word with ب
  add({"الحرس", "الثوري"}, 6, &pm);
  add({"مؤتمر", "أستانا"}, 7, &pm);  // a name whose last letters the text layer reads as a pronoun (استا + نا)
  return pm;
}

TEST(SpeedRec51Test, GuardLongestPastTheFirstToken) {
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  const std::vector<GoesOnRow> guard_rows = {
      {"قصف مدفعي عنيف على المدينة", 0, 0, 3, {3}},
      {"قصف مدفعي على المدينة", 0, 0, 2, {2}},
      {"قصف مدفعي عنيف", 0, 2, 2, {2}},  // the limit cuts the longest
      {"قصف عنيف على المدينة", 0, 0, 1, {1}},  // the next word goes on from no root
      {"قصف", 0, 0, 1, {1}},                      // no token after it
      {"قاد اللواء 444 الهجوم", 1, 0, 2, {4}},    // a number's digits go on
      {"قاد اللواء 445 الهجوم", 1, 0, 0, {}},     // other digits: no phrase of اللواء alone
      {"قاد اللواء 444 الهجوم", 1, 2, 0, {}},     // the limit before the number
      {"التحالف بقيادة السعودية", 0, 0, 3, {5}},  // بقيادة goes on as a whole word
      {"التحالف قيادة السعودية", 0, 0, 0, {}},    // without ب it is no word of the name
      {"قصف ومدفعي", 0, 0, 1, {1}},               // a word with و goes on only whole: ومدفعي is none
      {"عناصر الحرس الثوري الإيراني", 1, 0, 2, {6}},
      {"عناصر الحرس الوطني", 1, 0, 0, {}},
      // أستانا: its stem استا goes on from no root, its whole form does (the second key of a word with no
      // proclitic).
      {"انعقد مؤتمر أستانا للسلام", 1, 0, 2, {7}},
      {"انعقد مؤتمر أستانا للسلام", 1, 2, 0, {}},
  };
  TextAnalyzer analyzer(res);
  for (const GoesOnRow& row : guard_rows) {
    AnalyzedText text = analyzer.Analyze(row.text);
    TokenKeys keys;
    keys.Compute(text);
    const uint32_t limit = row.limit == 0 ? static_cast<uint32_t>(text.tokens.size()) : row.limit;
    ASSERT_LT(row.first, text.tokens.size()) << row.text;
    const PhraseMatcher::Match m = pm.Longest(keys, row.first, limit);
    EXPECT_EQ(m.length, row.length) << row.text << " from " << row.first;
    if (row.length == 0 || m.length == 0) continue;
    ASSERT_NE(m.payloads, nullptr) << row.text;
    EXPECT_EQ(*m.payloads, row.payloads) << row.text;
  }
}

// A root built by hand as the second (the whole form's) alone, the first empty, still goes on past the first
// token; and one whose node has no children ends at its own phrase.
TEST(SpeedRec51Test, GuardRootOfTheWholeFormAlone) {
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  TextAnalyzer analyzer(res);
  AnalyzedText text = analyzer.Analyze("قصف مدفعي عنيف");
  TokenKeys keys;
  keys.Compute(text);
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  PhraseMatcher::Roots roots;
  roots.node[1] = pm.Step(0, pm.WordId(norm.Normalize("قصف")));
  ASSERT_NE(roots.node[1], 0u);
  PhraseMatcher::Match m = pm.Longest(keys, 0, 3, roots);
  EXPECT_EQ(m.length, 3u);
  ASSERT_NE(m.payloads, nullptr);
  EXPECT_EQ(*m.payloads, std::vector<uint32_t>{3});
  // The node of قصف مدفعي عنيف, the end of every phrase through it: no child.
  PhraseMatcher::Roots end;
  end.node[1] = pm.Step(pm.Step(pm.Step(0, pm.WordId(norm.Normalize("قصف"))), pm.WordId(norm.Normalize("مدفعي"))),
                        pm.WordId(norm.Normalize("عنيف")));
  ASSERT_NE(end.node[1], 0u);
  m = pm.Longest(keys, 0, 3, end);
  EXPECT_EQ(m.length, 1u);
  ASSERT_NE(m.payloads, nullptr);
  EXPECT_EQ(*m.payloads, std::vector<uint32_t>{3});
}

struct FixedWordRow {
  std::string_view word;
  std::string_view fixed;
  bool is, ends_with, starts_with;
};

TEST(SpeedRec51Test, GuardFixedWordCompares) {
  const std::vector<FixedWordRow> guard_rows = {
      {"دوريه", "دوريه", true, true, true},
      {"دوريات", "دوريه", false, false, false},
      {"دوري", "دوريه", false, false, false},  // shorter than the fixed word
      {"مسلحون", "ون", false, true, false},
      {"مسلحين", "ون", false, false, false},
      {"ن", "ون", false, false, false},
      {"الحركه", "ال", false, false, true},
      {"حركه", "ال", false, false, false},
      {"MED", "MED", true, true, true},
      {"MEDS", "MED", false, false, true},
      {"AMED", "MED", false, true, false},
      {"", "", true, true, true},
      {"علي", "", false, true, true},  // the empty word: every word ends and starts with it
  };
  for (const FixedWordRow& row : guard_rows) {
    EXPECT_EQ(WordIs(row.word, row.fixed), row.is) << row.word << " / " << row.fixed;
    EXPECT_EQ(WordEndsWith(row.word, row.fixed), row.ends_with) << row.word << " / " << row.fixed;
    EXPECT_EQ(WordStartsWith(row.word, row.fixed), row.starts_with) << row.word << " / " << row.fixed;
    // A fixed word that is no literal (its size known only when run) gives the same answers.
    const std::string copy(row.fixed);
    EXPECT_EQ(WordIs(row.word, copy), row.is) << row.word;
    EXPECT_EQ(WordEndsWith(row.word, copy), row.ends_with) << row.word;
    EXPECT_EQ(WordStartsWith(row.word, copy), row.starts_with) << row.word;
  }
  // Literals, as the recognizer writes them.
  EXPECT_TRUE(WordIs(std::string_view("دوريات"), "دوريات"));
  EXPECT_FALSE(WordIs(std::string_view("دوريه"), "دوريات"));
  EXPECT_TRUE(WordEndsWith(std::string_view("الاجتماعيين"), "يين"));
  EXPECT_FALSE(WordEndsWith(std::string_view("يين"), "ايين"));
  EXPECT_TRUE(WordStartsWith(std::string_view("الموساد"), "ال"));
}

TEST(SpeedRec51Test, GuardSameCode) {
  struct Row {
    std::string a, b;
    bool same;
  };
  const std::vector<Row> guard_rows = {
      {"LBY", "LBY", true},  {"LBY", "LBN", false}, {"LBY", "MLY", false}, {"SDN", "SDNX", false},
      {"GOV", "GOV", true},  {"GOV", "MIL", false}, {"", "", true},        {"", "GOV", false},
      {"IGOUNO", "IGOUNO", true}, {"IGOUNO", "IGOUNA", false}, {"A", "A", true}, {"A", "B", false},
  };
  for (const Row& row : guard_rows) {
    EXPECT_EQ(SameCode(row.a, row.b), row.same) << row.a << " / " << row.b;
    EXPECT_EQ(SameCode(row.b, row.a), row.same) << row.b << " / " << row.a;
  }
}

// MergeInTextOrder (merged from the back in place since session 51): the added mentions take their places in text
// order, a mention starting where an added one does stays before it, and what each mention holds moves with it.
TEST(SpeedRec51Test, GuardMergeInTextOrder) {
  struct Row {
    const char* name;
    std::vector<uint32_t> mentions, added;  // first tokens, each list in text order
    std::vector<std::string> want;          // first token and which list ("m" or "a"), in order
  };
  const Row rows[] = {
      {"interleaved", {0, 5, 9}, {3, 7, 12}, {"0m", "3a", "5m", "7a", "9m", "12a"}},
      {"all_after", {0, 2}, {4, 6}, {"0m", "2m", "4a", "6a"}},
      {"all_before", {8, 9}, {1, 2}, {"1a", "2a", "8m", "9m"}},
      {"tie_keeps_the_mention_first", {0, 5, 9}, {5, 9}, {"0m", "5m", "5a", "9m", "9a"}},
      {"none_before", {}, {1, 4}, {"1a", "4a"}},
      {"none_added", {2, 3}, {}, {"2m", "3m"}},
  };
  for (const Row& row : rows) {
    auto make = [](const std::vector<uint32_t>& firsts, const char* tag) {
      std::vector<Mention> out;
      for (uint32_t f : firsts) {
        Mention& m = out.emplace_back();
        m.first_token = f;
        m.end_token = f + 1;
        m.country = std::to_string(f) + tag;  // (a string, to see that it moves with its mention)
      }
      return out;
    };
    std::vector<Mention> ms = make(row.mentions, "m"), added = make(row.added, "a");
    MergeInTextOrder(&ms, &added);
    std::vector<std::string> got;
    for (const Mention& m : ms) got.push_back(m.country);
    EXPECT_EQ(got, row.want) << row.name;
  }
}

}  // namespace
}  // namespace rasad
