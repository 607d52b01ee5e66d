// The text layer over the seed article (../shared/data/seed/000_9f765767280b0742.txt), checked
// against what a reader of the article sees. Skipped when ../shared is absent.
//
// The article is a 2019 opinion piece on the Libyan war: a title line ending "… !!!", then five
// paragraphs, each one long sentence, with typos (رامب for ترامب, الساسي for السياسي, ولقوات) that the
// text layer must leave as written.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

const std::string kSeed = std::string(RASAD_SHARED_DIR) + "/data/seed/000_9f765767280b0742.txt";

class SeedTextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kSeed)) GTEST_SKIP() << kSeed << " is absent";
    std::ifstream in(kSeed, std::ios::binary);
    doc_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    ASSERT_TRUE(ValidateUtf8(doc_, kSeed).ok());
    const TextResources* res = testing::Resources(testing::HunspellAvailable());
    ASSERT_NE(res, nullptr);
    analyzer_ = std::make_unique<TextAnalyzer>(res);
    analyzer_->Analyze(doc_, &text_);
  }

  // Index of the n-th (0-based) token written `word`, or -1.
  int Find(std::string_view word, int n = 0) const {
    for (size_t i = 0; i < text_.tokens.size(); ++i) {
      if (text_.Text(text_.tokens[i]) == word && n-- == 0) return static_cast<int>(i);
    }
    return -1;
  }

  std::string doc_;
  std::unique_ptr<TextAnalyzer> analyzer_;
  AnalyzedText text_;
};

TEST_F(SeedTextTest, SpansRoundTrip) {
  ASSERT_GT(text_.tokens.size(), 500u);
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  uint32_t prev_end = 0;
  for (const Token& t : text_.tokens) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, doc_.size());
    EXPECT_GE(t.begin, prev_end) << "tokens overlap";
    prev_end = t.end;
    std::string_view span = std::string_view(doc_).substr(t.begin, t.end - t.begin);
    EXPECT_EQ(text_.Text(t), span);
    EXPECT_TRUE(ValidateUtf8(span, "span").ok()) << "span cuts a code point at " << t.begin;
    // The span normalizes to exactly the token's matching form.
    EXPECT_EQ(norm.Normalize(span), text_.Norm(t)) << span;
  }
}

// Sentences a reader draws: the title line, then each paragraph.
TEST_F(SeedTextTest, Sentences) {
  struct Expected {
    std::string_view first_word;
    std::string_view last_token;
  };
  const Expected kSentences[] = {
      {"مصير", "!"},     // مصير الصراع الليبي … !!!
      {"امتداد", ".."},  // ... بدعوى مواجهة العنف والارهاب هناك ..
      {"اندحار", "."},   // ... شهدتهما تونس مؤخرا.
      {"وعودة", "."},    // ... كحكومة شرعية في البلاد.
      {"ويعزي", "."},    // ... بدعوى مكافحة الارهاب.
      {"التقدم", "!"},   // ... وقودا للحرب … !!!
  };
  ASSERT_EQ(text_.sentences.size(), std::size(kSentences));
  size_t line_start = 0;
  for (size_t s = 0; s < std::size(kSentences); ++s) {
    const Sentence& sent = text_.sentences[s];
    EXPECT_EQ(text_.Text(text_.tokens[sent.first_token]), kSentences[s].first_word) << s;
    EXPECT_EQ(text_.Text(text_.tokens[sent.end_token - 1]), kSentences[s].last_token) << s;
    // Each sentence is its whole line.
    size_t line_end = doc_.find('\n', line_start);
    if (line_end == std::string::npos) line_end = doc_.size();
    EXPECT_EQ(sent.begin, line_start) << s;
    EXPECT_EQ(sent.end, line_end) << s;
    line_start = line_end + 1;
  }
}

// Clauses a reader draws in paragraph 4 (sentence 4), each given by its first words.
TEST_F(SeedTextTest, ClausesOfParagraphFour) {
  const std::vector<std::vector<std::string_view>> kClauseStarts = {
      {"فيما", "لم", "تمكن"},
      {"ما", "ادى", "الى", "مصرع"},
      {"فيما", "احكمت", "قوات"},
      {"فيما", "تهتم", "قوات"},
  };
  ASSERT_GE(text_.sentences.size(), 5u);
  std::vector<std::vector<std::string_view>> starts;
  for (const Clause& c : text_.clauses) {
    if (c.sentence != 4 || c.first_token == text_.sentences[4].first_token) continue;
    std::vector<std::string_view> words;
    for (uint32_t k = c.first_token; k < c.end_token && words.size() < 4; ++k) words.push_back(text_.Text(text_.tokens[k]));
    starts.push_back(words);
  }
  for (const auto& expected : kClauseStarts) {
    bool found = false;
    for (const auto& got : starts) {
      found = found || (got.size() >= expected.size() && std::equal(expected.begin(), expected.end(), got.begin()));
    }
    EXPECT_TRUE(found) << "no clause starts with " << expected[0] << " " << expected[1];
  }
}

TEST_F(SeedTextTest, Quantities) {
  struct Expected {
    std::string_view text;  // the quantity's first token
    double value;
    bool vague;
    std::string_view unit;
  };
  const Expected kQuantities[] = {
      {"٨٠", 80, false, "km"},       // على بعد ٨٠ كيلومترا
      {"المئات", 100, true, ""},     // مصرع المئات من هذه القوات
      {"عشرات", 12, true, ""},       // اسر عشرات الجنود
  };
  int eighty = Find("٨٠");
  ASSERT_GE(eighty, 0);
  EXPECT_EQ(text_.tokens[eighty].kind, TokenKind::kNumber);
  EXPECT_DOUBLE_EQ(text_.tokens[eighty].value, 80);
  for (const Expected& e : kQuantities) {
    const Quantity* found = nullptr;
    for (const Quantity& q : text_.quantities) {
      if (text_.Text(text_.tokens[q.first_token]) == e.text) found = &q;
    }
    ASSERT_NE(found, nullptr) << e.text;
    EXPECT_DOUBLE_EQ(found->value, e.value) << e.text;
    EXPECT_EQ(found->vague, e.vague) << e.text;
    EXPECT_EQ(found->unit, e.unit) << e.text;
  }
}

// Clitics of words a reader can check; typos keep their letters (no "correction").
TEST_F(SeedTextTest, Clitics) {
  RASAD_REQUIRE_HUNSPELL();
  struct Expected {
    std::string_view word;
    std::vector<std::string_view> prefixes;
    std::string_view stem;
    std::string_view suffix;
  };
  const Expected kWords[] = {
      {"والقوات", {"و", "ال"}, "قوات", ""},
      {"بالشرعية", {"ب", "ال"}, "شرعيه", ""},
      {"قواته", {}, "قوات", "ه"},
      {"لصالح", {"ل"}, "صالح", ""},
      {"والمانيا", {"و"}, "المانيا", ""},
      {"بنغازي", {}, "بنغازي", ""},
      {"حكومة", {}, "حكومه", ""},
      // Typos and unknown words.
      {"رامب", {}, "رامب", ""},        // for ترامب
      {"مرهونة", {}, "مرهونه", ""},    // final ة is not the pronoun ه
      {"الساسي", {"ال"}, "ساسي", ""},  // for السياسي
      {"تجنيدم", {}, "تجنيدم", ""},    // for تجنيدهم
  };
  for (const Expected& e : kWords) {
    int i = Find(e.word);
    ASSERT_GE(i, 0) << e.word;
    const Token& t = text_.tokens[i];
    EXPECT_EQ(ProcliticNames(t.prefixes), e.prefixes) << e.word;
    EXPECT_EQ(text_.Stem(t), e.stem) << e.word;
    EXPECT_EQ(EncliticName(t.suffix), e.suffix) << e.word;
  }
}

}  // namespace
}  // namespace rasad
