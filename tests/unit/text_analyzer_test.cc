// TextAnalyzer (text/text_analyzer.h): tokens, their kinds and their spans in the original text.
#include "text/text_analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Tok {
  std::string text;  // original bytes of the span
  std::string norm;
  TokenKind kind;
};

struct Case {
  std::string input;
  std::vector<Tok> tokens;
};

constexpr TokenKind kWord = TokenKind::kWord;
constexpr TokenKind kNumber = TokenKind::kNumber;
constexpr TokenKind kPunct = TokenKind::kPunct;
constexpr TokenKind kLatin = TokenKind::kLatin;
constexpr TokenKind kSymbol = TokenKind::kSymbol;

const Case kCases[] = {
    {"قال Reuters إن ٨٠ شخصا، $",
     {{"قال", "قال", kWord},
      {"Reuters", "reuters", kLatin},
      {"إن", "ان", kWord},
      {"٨٠", "80", kNumber},
      {"شخصا", "شخصا", kWord},
      {"،", ",", kPunct},
      {"$", "$", kSymbol}}},
    // Diacritics and tatweel stay inside the word's span.
    {"مُحَمَّدٌ قـــال", {{"مُحَمَّدٌ", "محمد", kWord}, {"قـــال", "قال", kWord}}},
    // A ligature is one token whose span is the whole ligature.
    {"\uFEFB شك", {{"\uFEFB", "لا", kWord}, {"شك", "شك", kWord}}},
    {"\u200Fطرابلس\u200F.", {{"طرابلس\u200F", "طرابلس", kWord}, {".", ".", kPunct}}},
    // Numbers keep their separators; the ellipsis is one token.
    {"1,500 و3.5…", {{"1,500", "1,500", kNumber}, {"و", "و", kWord}, {"3.5", "3.5", kNumber}, {"…", "...", kPunct}}},
    {"عام2019", {{"عام", "عام", kWord}, {"2019", "2019", kNumber}}},
    {"F16 U.S.", {{"F16", "f16", kLatin}, {"U", "u", kLatin}, {".", ".", kPunct}, {"S", "s", kLatin}, {".", ".", kPunct}}},
    {"«نعم»", {{"«", "«", kPunct}, {"نعم", "نعم", kWord}, {"»", "»", kPunct}}},
    // An Arabic word runs over two-byte letters and combining marks (U+0301 is not Arabic but a
    // mark), and stops at a Latin letter, a two-byte symbol and a three-byte dash.
    {"قا\u0301ل", {{"قا\u0301ل", "قا\u0301ل", kWord}}},
    {"حماسx", {{"حماس", "حماس", kWord}, {"x", "x", kLatin}}},
    {"غزة©", {{"غزة", "غزه", kWord}, {"©", "©", kSymbol}}},
    {"غريان\u2014ترهونة", {{"غريان", "غريان", kWord}, {"\u2014", "\u2014", kPunct}, {"ترهونة", "ترهونه", kWord}}},
    {"", {}},
};

TEST(TextAnalyzerTest, Tokens) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.input);
    AnalyzedText t = analyzer.Analyze(c.input);
    ASSERT_EQ(t.tokens.size(), c.tokens.size());
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      EXPECT_EQ(t.Text(t.tokens[i]), c.tokens[i].text) << i;
      EXPECT_EQ(t.Norm(t.tokens[i]), c.tokens[i].norm) << i;
      EXPECT_EQ(TokenKindName(t.tokens[i].kind), TokenKindName(c.tokens[i].kind)) << i;
    }
    EXPECT_EQ(t.NormToOrig(static_cast<uint32_t>(t.norm.size())), c.input.size());
  }
}

// No fixed limits: a token of any length keeps its whole stem.
TEST(TextAnalyzerTest, VeryLongTokens) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  struct LongCase {
    std::string unit;
    size_t repeat;
  };
  const LongCase cases[] = {{"ب", 40000}, {"a", 70000}};
  for (const LongCase& c : cases) {
    std::string text;
    for (size_t i = 0; i < c.repeat; ++i) text += c.unit;
    AnalyzedText t = analyzer.Analyze(text);
    ASSERT_EQ(t.tokens.size(), 1u);
    EXPECT_EQ(t.Text(t.tokens[0]).size(), text.size());
    EXPECT_EQ(t.Stem(t.tokens[0]).size(), text.size());
    EXPECT_TRUE(t.Stem(t.tokens[0]) == text);
  }
}

// Analyzing into a used AnalyzedText gives the same result as into a fresh one.
TEST(TextAnalyzerTest, ReusesBuffers) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  const std::string first = "قال الوزير. ثم غادر وقتل خمسة";
  const std::string second = "وصل ٨٠ جنديا";
  AnalyzedText reused;
  analyzer.Analyze(first, &reused);
  analyzer.Analyze(second, &reused);
  AnalyzedText fresh = analyzer.Analyze(second);
  EXPECT_EQ(reused.norm, fresh.norm);
  EXPECT_EQ(reused.stems, fresh.stems);
  EXPECT_EQ(reused.tokens.size(), fresh.tokens.size());
  EXPECT_EQ(reused.sentences.size(), fresh.sentences.size());
  EXPECT_EQ(reused.clauses.size(), fresh.clauses.size());
  EXPECT_EQ(reused.quantities.size(), fresh.quantities.size());
}

// Tokens of one word share a word type, within the texts of one analyzer; other words, the same
// letters written with a final ة, and tokens that are not Arabic words do not.
TEST(TextAnalyzerTest, WordTypes) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText a = analyzer.Analyze("قتل الجنود ثم قتل الجنود في مدينة مدينه عام 2019 Reuters");
  ASSERT_EQ(a.tokens.size(), 11u);
  const std::vector<Token>& t = a.tokens;
  EXPECT_NE(a.type_generation, 0u);
  EXPECT_NE(t[0].type, kNoWordType);
  EXPECT_EQ(t[0].type, t[3].type);  // قتل
  EXPECT_EQ(t[1].type, t[4].type);  // الجنود
  EXPECT_NE(t[0].type, t[1].type);
  EXPECT_NE(t[0].type, t[2].type);
  EXPECT_NE(t[6].type, t[7].type);  // مدينة / مدينه: one matching form, two words
  EXPECT_EQ(t[9].type, kNoWordType);   // 2019
  EXPECT_EQ(t[10].type, kNoWordType);  // Reuters

  // A later text of the same analyzer: same generation, same types.
  AnalyzedText b = analyzer.Analyze("الجنود في مدينه");
  EXPECT_EQ(b.type_generation, a.type_generation);
  EXPECT_EQ(b.tokens[0].type, t[1].type);
  EXPECT_EQ(b.tokens[1].type, t[5].type);
  EXPECT_EQ(b.tokens[2].type, t[7].type);

  // Another analyzer numbers its words on its own: its texts are of another generation.
  TextAnalyzer other(res);
  AnalyzedText c = other.Analyze("الجنود");
  EXPECT_NE(c.type_generation, a.type_generation);
}

// The word cache's key of a word of one to nine letters (2 to 18 bytes: the key's loads and masks differ below 8
// bytes, up to 16 and past it): the same word has one type wherever it stands, before a space, a comma, another word
// or the end of the text (the bytes read past a short word's end are no part of its key), and a word one letter
// longer, or other in its last letter, has another.
TEST(TextAnalyzerTest, WordTypesOfEveryLength) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  const std::string letters = "سمكدطفرنتج";  // ten two-byte letters, none of which the normalizer folds
  for (size_t k = 1; k <= 9; ++k) {
    SCOPED_TRACE(k);
    const std::string word = letters.substr(0, 2 * k);
    const std::string longer = letters.substr(0, 2 * (k + 1));
    const std::string other = letters.substr(0, 2 * (k - 1)) + "ش";
    // word, word + comma, other, longer, word, and word at the end of the text.
    AnalyzedText t = analyzer.Analyze(word + " " + word + "، " + other + " " + longer + " " + word + " " + word);
    ASSERT_EQ(t.tokens.size(), 7u);
    const std::vector<Token>& w = t.tokens;
    EXPECT_NE(w[0].type, kNoWordType);
    EXPECT_EQ(w[1].type, w[0].type);
    EXPECT_EQ(w[5].type, w[0].type);
    EXPECT_EQ(w[6].type, w[0].type);
    EXPECT_NE(w[3].type, w[0].type);  // other
    EXPECT_NE(w[4].type, w[0].type);  // longer
    EXPECT_NE(w[4].type, w[3].type);
  }
}

TEST(TextAnalyzerTest, LoadErrorsNameTheFile) {
  auto r = TextResources::Load("/nonexistent", "");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/text/"), std::string::npos) << r.status().message();
  auto h = TextResources::Load(RASAD_DATA_DIR, "/nonexistent/ar.dic");
  ASSERT_FALSE(h.ok());
  EXPECT_NE(h.status().message().find("/nonexistent/ar.dic"), std::string::npos) << h.status().message();
}

TEST(TextAnalyzerTest, CliticNames) {
  EXPECT_EQ(ProcliticNames(kProWa | kProBi | kProAl), (std::vector<std::string_view>{"و", "ب", "ال"}));
  EXPECT_EQ(ProcliticNames(0), std::vector<std::string_view>{});
  EXPECT_EQ(EncliticName(Enclitic::kHum), "هم");
  EXPECT_EQ(EncliticName(Enclitic::kNone), "");
}

TEST(TextAnalyzerTest, WordCacheKeepsFinalTaMarbutaApart) {
  // مرهونة and مرهونه have one matching form but two analyses (see the clitic tests): the word cache
  // must not answer one with the other, in either order, however often they repeat.
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText t = analyzer.Analyze("مرهونة مرهونه مرهونة مرهونه");
  ASSERT_EQ(t.tokens.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(i);
    bool ta_marbuta = i % 2 == 0;
    EXPECT_EQ(t.Norm(t.tokens[i]), "مرهونه");
    EXPECT_EQ(t.Stem(t.tokens[i]), ta_marbuta ? "مرهونه" : "مرهون");
    EXPECT_EQ(t.tokens[i].suffix, ta_marbuta ? Enclitic::kNone : Enclitic::kHu);
  }
}

}  // namespace
}  // namespace rasad
