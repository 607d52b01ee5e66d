// Guards for the speed work of session 42 on the text layer (no reading changes; every row is a guard_
// that must pass before and after):
//   - Tokenize emits an Arabic word whose first letter is a two-byte sequence (most tokens) from its own
//     branch, and every other token (signs, numbers, Latin words, Arabic words read the long way) from
//     the general one: each kind, span, matching form, stem and proclitics;
//   - a word's final ه is read as one two-byte comparison, and the ة behind it in the original (bare,
//     as a presentation form) makes the word another word type, whichever branch read it, however
//     short the word;
//   - the word cache's hash (one 128-bit product) and its slots (the hash kept nonzero by its top bit):
//     a word is the same word type wherever it comes back, through the cache's growth, for keys of
//     every length the hash reads differently (1-3, 4-7, 8-16 and more than 16 bytes);
//   - the normalizer's slow step (a code point that folds otherwise, out of line): marks dropped inside
//     runs of letters, ligatures that make the output longer than the room first given to it.
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Tok {
  const char* text;  // the original bytes of the token's span
  const char* norm;
  TokenKind kind;
  const char* stem;      // the stem Tokenize wrote (for signs, numbers and Latin words, the matching form)
  uint8_t prefixes;      // Proclitic bits
};

struct TokenRow {
  const char* name;
  const char* input;
  std::vector<Tok> tokens;
};

constexpr auto kWord = TokenKind::kWord;

const TokenRow kTokenRows[] = {
    // Words of the Arabic branch between signs, a number and a Latin word of the general one.
    {"guard_words_signs_number_latin",
     "قال الجيشُ: والقوات بالمدينة 12,500 BBC؛ ثم.",
     {{"قال", "قال", kWord, "قال", 0},
      {"الجيشُ", "الجيش", kWord, "جيش", kProAl},
      {":", ":", TokenKind::kPunct, ":", 0},
      {"والقوات", "والقوات", kWord, "قوات", kProWa | kProAl},
      {"بالمدينة", "بالمدينه", kWord, "مدينه", kProBi | kProAl},
      {"12,500", "12,500", TokenKind::kNumber, "12,500", 0},
      {"BBC", "bbc", TokenKind::kLatin, "bbc", 0},
      {"؛", ";", TokenKind::kPunct, ";", 0},
      {"ثم", "ثم", kWord, "ثم", 0},
      {".", ".", TokenKind::kPunct, ".", 0}}},
    // A word of one letter, and a word at the very end of the text (no sign or space after it).
    {"guard_one_letter_words_and_text_end",
     "و ب غزة",
     {{"و", "و", kWord, "و", 0}, {"ب", "ب", kWord, "ب", 0}, {"غزة", "غزه", kWord, "غزه", 0}}},
    // An Arabic letter of three bytes (U+08A1, ࢡ, Arabic Extended-A) starts a word the general branch
    // reads; the two-byte letters after it stay in the word.
    {"guard_three_byte_arabic_letter_first",
     "\u08A1ين قال",
     {{"\u08A1ين", "\u08A1ين", kWord, "\u08A1ين", 0}, {"قال", "قال", kWord, "قال", 0}}},
    // A word after a mark alone and after a line break; a word in «» and ().
    {"guard_quotes_brackets_line_break",
     "«غزة»\n(رفح)",
     {{"«", "«", TokenKind::kPunct, "«", 0},
      {"غزة", "غزه", kWord, "غزه", 0},
      {"»", "»", TokenKind::kPunct, "»", 0},
      {"(", "(", TokenKind::kPunct, "(", 0},
      {"رفح", "رفح", kWord, "رفح", 0},
      {")", ")", TokenKind::kPunct, ")", 0}}},
};

TEST(SpeedText42Test, TokenKindsSpansAndStems) {
  RASAD_REQUIRE_HUNSPELL();
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  testing::ExpectTokenRows(analyzer, kTokenRows);
}

// ة and ه fold to the same letter, but a word written with ة is another word type than the same
// letters with ه: for a word of one letter, for words read by either branch, and for ة written as a
// presentation form (isolated ﺓ, final ﺔ).
TEST(SpeedText42Test, guard_TaMarbutaMakesAnotherWordType) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText a = analyzer.Analyze("ة ه \uFE93 مدرسة مدرسه مدرس\uFE94 \u08A1ة \u08A1ه");
  ASSERT_EQ(a.tokens.size(), 8u);
  const std::vector<Token>& t = a.tokens;
  for (const Token& token : t) EXPECT_EQ(token.kind, kWord);
  EXPECT_EQ(a.Norm(t[0]), "ه");
  EXPECT_EQ(a.Norm(t[1]), "ه");
  EXPECT_NE(t[0].type, t[1].type);  // ة, ه
  EXPECT_EQ(t[0].type, t[2].type);  // ﺓ
  EXPECT_EQ(a.Norm(t[3]), "مدرسه");
  EXPECT_NE(t[3].type, t[4].type);  // مدرسة, مدرسه
  EXPECT_EQ(t[3].type, t[5].type);  // مدرسﺔ
  EXPECT_EQ(a.Text(t[5]), "مدرس\uFE94");
  EXPECT_EQ(a.Norm(t[6]), "\u08A1ه");
  EXPECT_NE(t[6].type, t[7].type);  // ࢡة, ࢡه
}

// 3,000 words of one to sixteen letters (keys of 2 to 32 bytes: every length the hash reads its own
// way), more than the cache's first 4,096 slots hold at half load, each met twice in one text and once
// more in another: every token of the same word has the same type, and no two words share one.
TEST(SpeedText42Test, guard_WordTypesThroughTheCachesGrowth) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  // Word i spells i in base 10 with the letters below, then repeats ط (no digit's letter) i % 13 times:
  // one to sixteen letters, all words different. (None of these letters is a clitic or part of the
  // article: the words stay whole.)
  const char* const digits[] = {"ث", "ج", "ح", "خ", "د", "ذ", "ز", "ش", "ص", "ض"};
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    std::string w;
    for (int v = i;; v /= 10) {
      w.insert(0, digits[v % 10]);
      if (v < 10) break;
    }
    for (int k = 0; k < i % 13; ++k) w += "ط";
    words.push_back(w);
  }
  std::string first, second;
  for (const std::string& w : words) first += w + " ";
  for (auto it = words.rbegin(); it != words.rend(); ++it) first += *it + " ";
  for (const std::string& w : words) second += w + " ";
  AnalyzedText a = analyzer.Analyze(first);
  AnalyzedText b = analyzer.Analyze(second);
  const size_t n = words.size();
  ASSERT_EQ(a.tokens.size(), 2 * n);
  ASSERT_EQ(b.tokens.size(), n);
  ASSERT_EQ(a.type_generation, b.type_generation);
  std::unordered_map<uint32_t, std::string> word_of;
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = words[i];
    const uint32_t type = a.tokens[i].type;
    EXPECT_EQ(a.Norm(a.tokens[i]), w);
    EXPECT_EQ(a.tokens[2 * n - 1 - i].type, type) << w;
    EXPECT_EQ(b.tokens[i].type, type) << w;
    auto [other, fresh] = word_of.emplace(type, w);
    EXPECT_TRUE(fresh) << w << " has the type of " << other->second;
  }
}

struct NormRow {
  const char* name;
  const char* input;
  const char* norm;
};

const NormRow kNormRows[] = {
    // Marks inside a run of letters: the run goes on after each (dropped) mark.
    {"guard_marks_inside_words", "قَالَ الرَّئِيسُ", "قال الرئيس"},
    // ﷺ folds to four words, 31 bytes from 3: ten of them, far more than the room first given.
    {"guard_ligatures_outgrow_the_room",
     "\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA\uFDFA",
     "صلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلم"
     "صلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلمصلي الله عليه وسلم"},
    // Letters that fold to another two-byte letter (أ ى ة), a Persian digit, the Arabic comma, tatweel.
    {"guard_folds_of_every_length", "أعلى مدرسةٍ، ۱٢ حمـــاة", "اعلي مدرسه, 12 حماه"},
    // An invalid byte is kept, and the letters after it are read as before.
    {"guard_invalid_byte_kept", "قال \xFF قال", "قال \xFF قال"},
};

TEST(SpeedText42Test, NormalizerSlowStep) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  for (const NormRow& row : kNormRows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(n.Normalize(row.input), row.norm);
    // The same with the compact map, after text already written (base and out0 not zero): its end maps
    // to the end of the input.
    std::string out;
    CompactOffsetMap map;
    n.Normalize("ب ", 0, &out, &map);
    n.Normalize(row.input, 3, &out, &map);
    EXPECT_EQ(out, std::string("ب ") + row.norm);
    EXPECT_EQ(map.At(out, static_cast<uint32_t>(out.size())), 3 + std::string_view(row.input).size());
  }
}

}  // namespace
}  // namespace rasad
