// Guards for the speed work of session 46 on the text layer (no reading changes; every row is a
// guard_ that must pass before and after):
//   - the normalizer lists the places of the code points it writes that are neither ASCII nor a
//     two-byte Arabic letter (« », é, a Latin mark, a dash, the rest of a presentation form), and the
//     tokenizer ends an Arabic word at the next ASCII byte, sixteen bytes a test, where none of those
//     lies before it (else it reads the letters one by one, as before): the list itself, the tokens
//     and their bytes in the original next to such code points, inside a word, at the text's end, in
//     words longer than sixteen bytes and in a long text;
//   - ArabicNormalizer::IsArabicLetter, the one test of an Arabic letter of the normalizer and the
//     tokenizer;
//   - the word cache compares a word of more than 16 bytes with its key eight bytes at a time
//     between its first and last eight bytes: words that differ only there are different types.
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct OthersRow {
  const char* name;
  std::string input;
  std::string norm;
  std::vector<uint32_t> others;  // bytes of the matching form
};

// Arabic letters are two bytes each.
const OthersRow kOthersRows[] = {
    // « at 0, قتل at 2-8, » at 8, a space at 10, é at 11.
    {"guard_quotes_and_a_latin_letter", "«قتل» é", "«قتل» é", {0, 8, 11}},
    // The fatha is dropped: nothing but letters and ASCII is written.
    {"guard_arabic_mark_dropped", "قالَ", "قال", {}},
    // The ligature ﻻ (three bytes) is written as ل and ا: two Arabic letters.
    {"guard_ligature_of_letters", "ﻻ شيء", "لا شيء", {}},
    // The combining acute (U+0301, two bytes), kept, after ق and ت.
    {"guard_latin_mark_inside_a_word", "قت\u0301ل", "قت\u0301ل", {4}},
    // The en dash (three bytes) after قتل and a space.
    {"guard_en_dash", "قتل – جرح", "قتل – جرح", {7}},
    // The Arabic comma folds to an ASCII comma; Persian ک to ك: both plain.
    {"guard_arabic_comma_and_persian_kaf", "پاکستان، الهند", "پاكستان, الهند", {}},
    {"guard_empty_text", "", "", {}},
};

TEST(SpeedText46Test, guard_OthersListed) {
  const ArabicNormalizer& normalizer = ArabicNormalizer::Get();
  for (const OthersRow& row : kOthersRows) {
    SCOPED_TRACE(row.name);
    std::string norm;
    CompactOffsetMap map;
    std::vector<uint32_t> others;
    normalizer.Normalize(row.input, 0, &norm, &map, &others);
    EXPECT_EQ(norm, row.norm);
    EXPECT_EQ(others, row.others);
  }
}

struct LetterRow {
  const char* name;
  char32_t c;
  bool letter;
};

const LetterRow kLetterRows[] = {
    {"guard_alef", U'\u0627', true},
    {"guard_ta_marbuta", U'\u0629', true},
    {"guard_persian_peh", U'\u067E', true},
    {"guard_fatha_is_a_mark", U'\u064E', false},
    {"guard_arabic_indic_three_is_a_digit", U'\u0663', false},
    {"guard_arabic_comma", U'\u060C', false},
    {"guard_latin_a", U'a', false},
    {"guard_latin_e_acute", U'\u00E9', false},
    {"guard_left_guillemet", U'\u00AB', false},
};

TEST(SpeedText46Test, guard_IsArabicLetter) {
  for (const LetterRow& row : kLetterRows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(ArabicNormalizer::IsArabicLetter(row.c), row.letter);
  }
}

struct Tok {
  std::string_view text;  // as written
  const char* norm;
  TokenKind kind;
  uint32_t begin, end;  // bytes of the original
};

struct TokenRow {
  const char* name;
  std::string input;
  std::vector<Tok> tokens;
};

constexpr TokenKind kW = TokenKind::kWord, kP = TokenKind::kPunct, kL = TokenKind::kLatin;

const TokenRow kTokenRows[] = {
    {"guard_quotes_around_a_word", "«قتل»", {{"«", "«", kP, 0, 2}, {"قتل", "قتل", kW, 2, 8}, {"»", "»", kP, 8, 10}}},
    // é right after the word ends it, and is a Latin token of its own.
    {"guard_latin_letter_after_a_word", "قتلé", {{"قتل", "قتل", kW, 0, 6}, {"é", "é", kL, 6, 8}}},
    // A mark inside a word, even a Latin one, keeps the word whole.
    {"guard_latin_mark_inside_a_word", "قت\u0301ل", {{"قت\u0301ل", "قت\u0301ل", kW, 0, 8}}},
    // ﻻ (three bytes) is the word لا; شيء starts after it and a space.
    {"guard_ligature_word", "ﻻ شيء", {{"ﻻ", "لا", kW, 0, 3}, {"شيء", "شيء", kW, 4, 10}}},
    {"guard_persian_letters", "پاکستان", {{"پاکستان", "پاكستان", kW, 0, 14}}},
    // Words after others, the last at the text's end.
    {"guard_words_after_quotes",
     "«غزة» رفح",
     {{"«", "«", kP, 0, 2}, {"غزة", "غزه", kW, 2, 8}, {"»", "»", kP, 8, 10}, {"رفح", "رفح", kW, 11, 17}}},
    {"guard_en_dash_between_words", "قتل – جرح", {{"قتل", "قتل", kW, 0, 6}, {"–", "–", kP, 7, 10}, {"جرح", "جرح", kW, 11, 17}}},
    // Nine letters each (18 bytes: more than the sixteen bytes of one test).
    {"guard_long_words", "والمسلحين والمصلحين.", {{"والمسلحين", "والمسلحين", kW, 0, 18}, {"والمصلحين", "والمصلحين", kW, 19, 37}, {".", ".", kP, 37, 38}}},
    // Fourteen letters (28 bytes), then a comma folded from an Arabic comma.
    {"guard_word_of_two_tests", "والاستراتيجيات، قال", {{"والاستراتيجيات", "والاستراتيجيات", kW, 0, 28}, {"،", ",", kP, 28, 30}, {"قال", "قال", kW, 31, 37}}},
};

TEST(SpeedText46Test, guard_TokensNextToOthers) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  testing::ExpectTokenRows(analyzer, kTokenRows);
}

// "«قتل» الجنود " 300 times: 1,200 tokens, the nth group's « at 24n (« 2 bytes, قتل 6, » 2, a space,
// الجنود 12, a space: 24 bytes), its الجنود at 24n + 11.
TEST(SpeedText46Test, guard_LongTextOfQuotedWords) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  std::string input;
  for (int i = 0; i < 300; ++i) input += "«قتل» الجنود ";
  AnalyzedText t = analyzer.Analyze(input);
  ASSERT_EQ(t.tokens.size(), 1200u);
  for (uint32_t n : {0u, 1u, 150u, 299u}) {
    SCOPED_TRACE(n);
    const Token& quote = t.tokens[4 * n];
    const Token& verb = t.tokens[4 * n + 1];
    const Token& noun = t.tokens[4 * n + 3];
    EXPECT_EQ(quote.begin, 24 * n);
    EXPECT_EQ(t.Text(verb), "قتل");
    EXPECT_EQ(verb.begin, 24 * n + 2);
    EXPECT_EQ(verb.end, 24 * n + 8);
    EXPECT_EQ(t.Text(noun), "الجنود");
    EXPECT_EQ(noun.begin, 24 * n + 11);
    EXPECT_EQ(noun.end, 24 * n + 23);
  }
}

// والمسلحين and والمصلحين (18 bytes) share their first and last eight bytes (والم, لحين) and differ in
// their ninth and tenth (س, ص). والاستراتيجيات and its misspelling والاستراتبجيات (28 bytes) differ in
// their 19th and 20th bytes alone (ي, ب), read by the second eight-byte compare.
TEST(SpeedText46Test, guard_LongWordsDifferingInTheMiddle) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText t = analyzer.Analyze("والمسلحين والمصلحين والمسلحين والاستراتيجيات والاستراتبجيات والاستراتيجيات");
  ASSERT_EQ(t.tokens.size(), 6u);
  EXPECT_EQ(t.tokens[0].type, t.tokens[2].type);
  EXPECT_NE(t.tokens[0].type, t.tokens[1].type);
  EXPECT_EQ(t.tokens[3].type, t.tokens[5].type);
  EXPECT_NE(t.tokens[3].type, t.tokens[4].type);
  EXPECT_EQ(t.Norm(t.tokens[1]), "والمصلحين");
  EXPECT_EQ(t.Norm(t.tokens[4]), "والاستراتبجيات");
  // Each read as و and ال before its stem.
  for (size_t i : {0, 1, 4}) {
    EXPECT_EQ(t.tokens[i].prefixes, kProWa | kProAl) << i;
  }
  EXPECT_EQ(t.Stem(t.tokens[0]), "مسلحين");
  EXPECT_EQ(t.Stem(t.tokens[1]), "مصلحين");
  EXPECT_EQ(t.Stem(t.tokens[4]), "استراتبجيات");
}

}  // namespace
}  // namespace rasad
