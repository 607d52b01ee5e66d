// The lists of tokens TextAnalyzer hands to sentence, clause and quantity finding (text20): the
// stages give what their overloads without lists give, bounding phrases are still found, and the
// word cache's own hash keeps words of every length apart and the same word one type.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "text/number_words.h"
#include "text/segmenter.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

// Guards: wire-style texts with stops, quotations, line breaks, ; and clause markers, numbers with
// and without bounding phrases. The analyzer's result must equal the stages run again on its
// tokens without the lists.
const char* const kGuardTexts[] = {
    "قصفت طائرات حربية مواقع في ريف إدلب؛ فيما قتل أكثر من 20 مسلحا. وقال المرصد إن نحو ثلاثة آلاف نزحوا.",
    "أعلن الجيش «سنرد بقوة. لن نتراجع» ثم غادر الوفد.\nوأصيب 12 شخصا بينما فر العشرات",
    "قتل 5 وجرح 7 آخرون في هجوم بنحو عشرين قذيفة على بلدة بنش. قال د. أحمد إن الوضع خطير...",
    "The U.S. forces left. \"انتهى. سنعود\" ثم غادر; وقصف الجيش 3 مواقع (انتهى.) ثم",
    "",
    "... !!",
    "  \n ١٥ قتيلا، ٢٠ جريحا",
};

TEST(TextTokenListsTest, StagesGiveWhatTheyGiveWithoutLists) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const char* text : kGuardTexts) {
    AnalyzedText t = analyzer.Analyze(text);
    AnalyzedText again = t;
    again.sentences.clear();
    again.clauses.clear();
    again.quantities.clear();
    for (Token& tok : again.tokens) {
      tok.sentence = tok.clause = 0;
      tok.value = NAN;
    }
    SegmentSentences(*res, &again);
    SegmentClauses(*res, &again);
    res->numbers.FindQuantities(&again);
    ASSERT_EQ(again.sentences.size(), t.sentences.size()) << text;
    for (size_t s = 0; s < t.sentences.size(); ++s) {
      EXPECT_EQ(again.sentences[s].first_token, t.sentences[s].first_token) << text;
      EXPECT_EQ(again.sentences[s].end_token, t.sentences[s].end_token) << text;
    }
    ASSERT_EQ(again.clauses.size(), t.clauses.size()) << text;
    for (size_t c = 0; c < t.clauses.size(); ++c) {
      EXPECT_EQ(again.clauses[c].first_token, t.clauses[c].first_token) << text;
      EXPECT_EQ(again.clauses[c].end_token, t.clauses[c].end_token) << text;
    }
    ASSERT_EQ(again.quantities.size(), t.quantities.size()) << text;
    for (size_t q = 0; q < t.quantities.size(); ++q) {
      EXPECT_EQ(again.quantities[q].first_token, t.quantities[q].first_token) << text;
      EXPECT_EQ(again.quantities[q].end_token, t.quantities[q].end_token) << text;
      EXPECT_EQ(again.quantities[q].value, t.quantities[q].value) << text;
      EXPECT_EQ(again.quantities[q].bound, t.quantities[q].bound) << text;
      EXPECT_EQ(again.quantities[q].prefixes, t.quantities[q].prefixes) << text;
    }
    for (size_t k = 0; k < t.tokens.size(); ++k) {
      EXPECT_EQ(again.tokens[k].sentence, t.tokens[k].sentence) << text << " token " << k;
      EXPECT_EQ(again.tokens[k].clause, t.tokens[k].clause) << text << " token " << k;
      EXPECT_EQ(std::isnan(again.tokens[k].value), std::isnan(t.tokens[k].value)) << text << " token " << k;
    }
  }
}

struct QuantityCase {
  const char* text;
  uint32_t first_token, end_token;
  double value;
  QuantityBound bound;
};

// One quantity each, checked by hand. A bounding phrase joins only when it ends right before the
// number (guards of the index of the words a phrase can end with).
const QuantityCase kQuantityCases[] = {
    {"قتل أكثر من 20 شخصا", 1, 4, 20, QuantityBound::kAtLeast},
    {"أصيب بنحو 30 مدنيا", 1, 3, 30, QuantityBound::kAbout},
    {"قتل الجنود 20 مسلحا", 2, 3, 20, QuantityBound::kExact},
    {"ما لا يقل عن 50 شخصا", 0, 5, 50, QuantityBound::kAtLeast},
    {"نزح حوالي ثلاثة آلاف شخص", 1, 4, 3000, QuantityBound::kAbout},
    {"أقل من 10 جنود", 0, 3, 10, QuantityBound::kAtMost},
    {"من 10 جنود", 1, 2, 10, QuantityBound::kExact},
};

TEST(TextTokenListsTest, BoundingPhrases) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const QuantityCase& c : kQuantityCases) {
    AnalyzedText t = analyzer.Analyze(c.text);
    ASSERT_EQ(t.quantities.size(), 1u) << c.text;
    const Quantity& q = t.quantities[0];
    EXPECT_EQ(q.first_token, c.first_token) << c.text;
    EXPECT_EQ(q.end_token, c.end_token) << c.text;
    EXPECT_EQ(q.value, c.value) << c.text;
    EXPECT_EQ(q.bound, c.bound) << c.text;
  }
  // بنحو keeps its ب on the count.
  AnalyzedText t = analyzer.Analyze("أصيب بنحو 30 مدنيا");
  ASSERT_EQ(t.quantities.size(), 1u);
  EXPECT_EQ(t.quantities[0].prefixes & kProBi, kProBi);
}

// Two stops in a row and a comma after a number: the next number starts its own quantity.
TEST(TextTokenListsTest, NumbersAfterPunctuation) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText t = analyzer.Analyze("سقط 15 قتيلا، 20 جريحا");
  ASSERT_EQ(t.quantities.size(), 2u);
  EXPECT_EQ(t.quantities[0].first_token, 1u);
  EXPECT_EQ(t.quantities[0].value, 15);
  EXPECT_EQ(t.quantities[1].first_token, 4u);
  EXPECT_EQ(t.quantities[1].value, 20);
  EXPECT_EQ(t.quantities[1].bound, QuantityBound::kExact);
}

// The word cache's hash reads words of up to 3, 4-7, 8-16 and more bytes differently: each word
// gets one type wherever it occurs, in this text and the next, and different words different types.
TEST(TextTokenListsTest, WordTypesAcrossLengthsAndDocuments) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  // ب (2 bytes), من (4), الجنود (12), والاستخبارات (24), المستشفيات and المستشفيان (20 bytes each,
  // one letter apart).
  AnalyzedText a = analyzer.Analyze("ب من الجنود والاستخبارات المستشفيات المستشفيان ب من الجنود والاستخبارات");
  ASSERT_EQ(a.tokens.size(), 10u);
  for (size_t k = 0; k < 4; ++k) EXPECT_EQ(a.tokens[k].type, a.tokens[k + 6].type) << k;
  std::vector<uint32_t> distinct;
  for (size_t k = 0; k < 6; ++k) distinct.push_back(a.tokens[k].type);
  for (size_t i = 0; i < distinct.size(); ++i) {
    for (size_t j = i + 1; j < distinct.size(); ++j) EXPECT_NE(distinct[i], distinct[j]) << i << " " << j;
  }
  // The same words in the next document, one with a damma and one with a tatweel: the matching form
  // drops both, so they are the same word.
  AnalyzedText b = analyzer.Analyze("الجُنود والاستخبـارات من");
  ASSERT_EQ(b.tokens.size(), 3u);
  EXPECT_EQ(b.type_generation, a.type_generation);
  EXPECT_EQ(b.tokens[0].type, a.tokens[2].type);
  EXPECT_EQ(b.tokens[1].type, a.tokens[3].type);
  EXPECT_EQ(b.tokens[2].type, a.tokens[1].type);
  EXPECT_EQ(b.Stem(b.tokens[0]), a.Stem(a.tokens[2]));
}

}  // namespace
}  // namespace rasad
