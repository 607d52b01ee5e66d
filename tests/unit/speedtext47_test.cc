// Guards for the speed work of session 47 on the text layer (no reading changes; every row is a
// guard_ that must pass before and after):
//   - the normalizer copies one space between two words inside its run of two-byte letters (the run
//     goes on after it), where the text's last ASCII byte but one is not reached: the matching form,
//     its byte map back to the original, next to dropped marks and tatweel, folded letters, digits,
//     Latin words, two spaces, a space at the text's start and end, a long text of one run;
//   - the tokenizer reads the space after an Arabic word with the word: tokens, their bytes in the
//     original, line breaks after such a space, clitic splits.
// Each expectation is written by hand from the text (Arabic letters are two bytes each).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct MapRow {
  const char* name;
  std::string input;
  std::string norm;
  std::vector<uint32_t> map;  // per byte of the matching form, the original offset of its code point
};

const MapRow kMapRows[] = {
    // قتل 0-6, a space at 6, الجنود 7-19.
    {"guard_two_words", "قتل الجنود", "قتل الجنود", {0, 0, 2, 2, 4, 4, 6, 7, 7, 9, 9, 11, 11, 13, 13, 15, 15, 17, 17}},
    // The tatweel at 2-4 is dropped: ت maps to 4.
    {"guard_tatweel_then_a_word", "قـتل جرح", "قتل جرح", {0, 0, 4, 4, 6, 6, 8, 9, 9, 11, 11, 13, 13}},
    // ق 0, damma 2, ت 4, kasra 6, ل 8, fatha 10, a space at 12, ج 13, ن 15, د 17, ي 19, dammatan 21.
    {"guard_diacritics_then_a_word", "قُتِلَ جنديٌ", "قتل جندي", {0, 0, 4, 4, 8, 8, 12, 13, 13, 15, 15, 17, 17, 19, 19}},
    // أ folds to ا and ة to ه, both two bytes: the map runs on.
    {"guard_folded_letters", "أعلنت الحكومة", "اعلنت الحكومه",
     {0, 0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 11, 11, 13, 13, 15, 15, 17, 17, 19, 19, 21, 21, 23, 23}},
    // Two spaces: the run goes on over one space only.
    {"guard_two_spaces", "قتل  جرح", "قتل  جرح", {0, 0, 2, 2, 4, 4, 6, 7, 8, 8, 10, 10, 12, 12}},
    // ٣ (two bytes at 7) folds to 3.
    {"guard_eastern_arabic_digit", "قتل ٣ جنود", "قتل 3 جنود", {0, 0, 2, 2, 4, 4, 6, 7, 9, 10, 10, 12, 12, 14, 14, 16, 16}},
    // A space at the start and one at the end.
    {"guard_spaces_at_both_ends", " قتل جرح ", " قتل جرح ", {0, 1, 1, 3, 3, 5, 5, 7, 8, 8, 10, 10, 12, 12, 14}},
    {"guard_latin_word_between", "قال AFP إن", "قال afp ان", {0, 0, 2, 2, 4, 4, 6, 7, 8, 9, 10, 11, 11, 13, 13}},
};

TEST(SpeedText47Test, guard_MatchingFormAndMap) {
  const ArabicNormalizer& normalizer = ArabicNormalizer::Get();
  for (const MapRow& row : kMapRows) {
    SCOPED_TRACE(row.name);
    std::string norm;
    OffsetMap map;
    normalizer.Normalize(row.input, 0, &norm, &map);
    EXPECT_EQ(norm, row.norm);
    EXPECT_EQ(std::vector<uint32_t>(map.begin(), map.end()), row.map);
  }
}

struct Tok {
  std::string_view text;  // as written
  const char* norm;
  TokenKind kind;
  uint32_t begin, end;  // bytes of the original
  bool line_break_before = false;
};

struct TokenRow {
  const char* name;
  std::string input;
  std::vector<Tok> tokens;
};

constexpr TokenKind kW = TokenKind::kWord, kP = TokenKind::kPunct, kL = TokenKind::kLatin, kN = TokenKind::kNumber;

const TokenRow kTokenRows[] = {
    {"guard_two_words", "قتل الجنود", {{"قتل", "قتل", kW, 0, 6}, {"الجنود", "الجنود", kW, 7, 19}}},
    {"guard_tatweel_then_a_word", "قـتل جرح", {{"قـتل", "قتل", kW, 0, 8}, {"جرح", "جرح", kW, 9, 15}}},
    {"guard_diacritics_then_a_word", "قُتِلَ جنديٌ", {{"قُتِلَ", "قتل", kW, 0, 12}, {"جنديٌ", "جندي", kW, 13, 23}}},
    {"guard_folded_letters", "أعلنت الحكومة", {{"أعلنت", "اعلنت", kW, 0, 10}, {"الحكومة", "الحكومه", kW, 11, 25}}},
    {"guard_two_spaces", "قتل  جرح", {{"قتل", "قتل", kW, 0, 6}, {"جرح", "جرح", kW, 8, 14}}},
    {"guard_eastern_arabic_digit", "قتل ٣ جنود", {{"قتل", "قتل", kW, 0, 6}, {"٣", "3", kN, 7, 9}, {"جنود", "جنود", kW, 10, 18}}},
    {"guard_latin_word_between", "قال AFP إن", {{"قال", "قال", kW, 0, 6}, {"AFP", "afp", kL, 7, 10}, {"إن", "ان", kW, 11, 15}}},
    {"guard_space_at_start_stop_at_end", " قتل جرح.", {{"قتل", "قتل", kW, 1, 7}, {"جرح", "جرح", kW, 8, 14}, {".", ".", kP, 14, 15}}},
    {"guard_space_at_end", "قتل جرح ", {{"قتل", "قتل", kW, 0, 6}, {"جرح", "جرح", kW, 7, 13}}},
    {"guard_arabic_comma_after_a_word", "قتل، جرح", {{"قتل", "قتل", kW, 0, 6}, {"،", ",", kP, 6, 8}, {"جرح", "جرح", kW, 9, 15}}},
    {"guard_line_break_after_a_word", "قتل\nجرح", {{"قتل", "قتل", kW, 0, 6}, {"جرح", "جرح", kW, 7, 13, true}}},
    // The space after قتل is read with it; the line break after the space still counts.
    {"guard_line_break_after_a_space", "قتل \nجرح", {{"قتل", "قتل", kW, 0, 6}, {"جرح", "جرح", kW, 8, 14, true}}},
    {"guard_line_break_before_a_space", "قتل\n جرح", {{"قتل", "قتل", kW, 0, 6}, {"جرح", "جرح", kW, 8, 14, true}}},
};

TEST(SpeedText47Test, guard_Tokens) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  testing::ExpectTokenRows(analyzer, kTokenRows);
}

// و and ال split off a word whose run went on over the space before it.
TEST(SpeedText47Test, guard_CliticsAfterASpace) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  // قتل 0-6, والمسلحين 7-25.
  AnalyzedText t = analyzer.Analyze("قتل والمسلحين");
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.tokens[1].begin, 7u);
  EXPECT_EQ(t.tokens[1].end, 25u);
  EXPECT_EQ(t.tokens[1].prefixes, kProWa | kProAl);
  EXPECT_EQ(t.Stem(t.tokens[1]), "مسلحين");
}

// "قتل الجنود " 200 times: one run of the normalizer up to the text's last space but one. The nth
// group (20 bytes: قتل 6, a space, الجنود 12, a space) has قتل at 20n and الجنود at 20n + 7.
TEST(SpeedText47Test, guard_LongTextOfOneRun) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  std::string input;
  for (int i = 0; i < 200; ++i) input += "قتل الجنود ";
  AnalyzedText t = analyzer.Analyze(input);
  EXPECT_EQ(t.norm, input);
  ASSERT_EQ(t.tokens.size(), 400u);
  for (uint32_t n : {0u, 1u, 100u, 198u, 199u}) {
    SCOPED_TRACE(n);
    const Token& verb = t.tokens[2 * n];
    const Token& noun = t.tokens[2 * n + 1];
    EXPECT_EQ(verb.begin, 20 * n);
    EXPECT_EQ(verb.end, 20 * n + 6);
    EXPECT_EQ(noun.begin, 20 * n + 7);
    EXPECT_EQ(noun.end, 20 * n + 19);
    EXPECT_EQ(t.NormToOrig(noun.norm_begin), 20 * n + 7);
  }
}

}  // namespace
}  // namespace rasad
