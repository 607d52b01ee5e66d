// ArabicNormalizer (text/arabic_normalizer.h): the matching form, and its byte map back to the
// original text.
#include "text/arabic_normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace rasad {
namespace {

struct Case {
  std::string input;
  std::string expected;
  const char* why;
};

const Case kCases[] = {
    // Alef with hamza or madda, alef wasla -> bare alef; hamza on waw and yeh stays.
    {"أحمد", "احمد", "alef with hamza above"},
    {"إسرائيل", "اسرائيل", "alef with hamza below"},
    {"آلاف", "الاف", "alef with madda"},
    {"\u0671لقدس", "القدس", "alef wasla"},
    {"مسؤول", "مسؤول", "hamza on waw is kept"},
    {"رئيس", "رئيس", "hamza on yeh is kept"},
    // Alef maqsura -> yeh, ta marbuta -> heh.
    {"مستشفى", "مستشفي", "alef maqsura"},
    {"على", "علي", "alef maqsura in a particle"},
    {"حكومة", "حكومه", "ta marbuta"},
    // Diacritics, superscript alef, tatweel removed.
    {"مُحَمَّدٌ", "محمد", "damma, fatha, shadda, tanween"},
    {"الْقُوَّاتُ", "القوات", "sukun, shadda, damma"},
    {"هٰذا", "هذا", "superscript alef"},
    {"قـــال", "قال", "tatweel"},
    // Bidi marks and other default-ignorables removed.
    {"\u200Fمرحبا\u200E", "مرحبا", "RLM and LRM"},
    {"\u202Bطرابلس\u202C", "طرابلس", "RLE ... PDF"},
    {"\u2067ليبيا\u2069", "ليبيا", "RLI ... PDI"},
    {"لا\u200Dحول\u200Cقوة", "لاحولقوه", "ZWJ and ZWNJ"},
    {"\uFEFFنص", "نص", "byte order mark"},
    // Presentation forms and ligatures.
    {"\uFE91\uFED0\uFE8E\uFEA9", "بغاد", "initial, medial, final, isolated forms"},
    {"\uFEFB", "لا", "lam-alef ligature"},
    {"\uFEF7", "لا", "lam-alef with hamza above"},
    {"\uFEF5", "لا", "lam-alef with madda"},
    {"\uFDF2", "الله", "Allah ligature"},
    {"\uFE94", "ه", "ta marbuta final form"},
    // Persian and Urdu letters.
    {"\u06A9\u06CC\u06D5", "كيه", "keheh, Farsi yeh, ae"},
    // Digits.
    {"٨٠", "80", "Eastern Arabic digits"},
    {"٠١٢٣٤٥٦٧٨٩", "0123456789", "all Eastern Arabic digits"},
    {"۰۱۲۳۴۵۶۷۸۹", "0123456789", "Persian digits"},
    {"٣٫٥", "3.5", "Arabic decimal separator"},
    {"١٬٥٠٠", "1,500", "Arabic thousands separator"},
    {"٥٠٪", "50%", "Arabic percent sign"},
    // Punctuation.
    {"قال، ثم", "قال, ثم", "Arabic comma"},
    {"انتهى؛ ثم", "انتهي; ثم", "Arabic semicolon"},
    {"لماذا؟", "لماذا?", "Arabic question mark"},
    {"…", "...", "ellipsis"},
    {"«نص»", "«نص»", "guillemets are kept"},
    // Latin.
    {"Reuters AFP", "reuters afp", "lower case"},
    {"Straße", "strasse", "case folding"},
    {"\uFF21\uFF22\uFF23", "abc", "fullwidth letters"},
    {"الرئيسُ Trump قال", "الرئيس trump قال", "mixed scripts"},
    {"", "", "empty"},
};

TEST(ArabicNormalizerTest, MatchingForm) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  for (const Case& c : kCases) EXPECT_EQ(n.Normalize(c.input), c.expected) << c.why;
}

// Every output byte maps to the original code point it came from: the map has one entry per output
// byte, never decreases, points at the first byte of a code point, and the output bytes mapped to one
// code point are exactly that code point's own matching form.
TEST(ArabicNormalizerTest, ByteMapPointsIntoTheOriginalCodePoint) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.why);
    std::string out;
    OffsetMap map;
    n.Normalize(c.input, 0, &out, &map);
    ASSERT_EQ(map.size(), out.size());
    size_t i = 0;
    while (i < out.size()) {
      uint32_t at = map[i];
      ASSERT_LT(at, c.input.size());
      EXPECT_NE(static_cast<unsigned char>(c.input[at]) & 0xC0, 0x80) << "map points into a code point";
      if (i > 0) {
        EXPECT_GE(at, map[i - 1]);
      }
      size_t j = i;
      while (j < out.size() && map[j] == at) ++j;
      const auto* p = reinterpret_cast<const unsigned char*>(c.input.data());
      char32_t cp = 0;
      int len = DecodeUtf8(p + at, p + c.input.size(), &cp);
      ASSERT_GT(len, 0);
      EXPECT_EQ(out.substr(i, j - i), n.Normalize(c.input.substr(at, len))) << "at byte " << at;
      i = j;
    }
  }
}

// A text whose folded form is many times longer than itself (ligatures that expand to whole
// phrases) is written in full, with its map, after text already in the buffers.
TEST(ArabicNormalizerTest, LongExpansionsGrowTheOutput) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  const std::string ligature = "\uFDFA";  // one code point, three bytes, a phrase of 18 letters folded
  const std::string one = n.Normalize(ligature);
  ASSERT_GT(one.size(), 3 * ligature.size());
  std::string text;
  for (int i = 0; i < 40; ++i) text += ligature;
  std::string out = "x";
  OffsetMap map = {7};
  n.Normalize(text, 100, &out, &map);
  std::string expected = "x";
  for (int i = 0; i < 40; ++i) expected += one;
  EXPECT_EQ(out, expected);
  ASSERT_EQ(map.size(), out.size());
  EXPECT_EQ(map.front(), 7u);
  for (size_t i = 1; i < map.size(); ++i) EXPECT_EQ(map[i], 100 + ((i - 1) / one.size()) * 3) << i;
}

TEST(ArabicNormalizerTest, ByteMapValues) {
  struct MapCase {
    std::string input;
    uint32_t base;
    std::string expected;
    std::vector<uint32_t> map;
  };
  const MapCase cases[] = {
      // م(0) ُ(2) ح(4) َ(6) م(8) َ(10) ّ(12) د(14): the marks leave no bytes.
      {"مُحَمَّد", 0, "محمد", {0, 0, 4, 4, 8, 8, 14, 14}},
      // The 3-byte ligature becomes four bytes, all from byte 0.
      {"\uFEFB ب", 0, "لا ب", {0, 0, 0, 0, 3, 4, 4}},
      // أ (2 bytes) becomes ا (2 bytes); ٨ and ٠ (2 bytes each) become one byte each.
      {"أ ٨٠", 0, "ا 80", {0, 0, 2, 3, 5}},
      // … (3 bytes) becomes three dots; the base is added to every entry.
      {"x…", 100, "x...", {100, 101, 101, 101}},
      // The RLM (3 bytes) is removed.
      {"\u200Fلا", 0, "لا", {3, 3, 5, 5}},
      // Capitals fold in place, byte for byte.
      {"Ab", 5, "ab", {5, 6}},
      // ة (2 bytes) becomes ه (2 bytes) and the Arabic comma one byte; the fatha leaves none.
      {"ةَ،", 0, "ه,", {0, 0, 4}},
      // Guards of the run of letters copied as they are (two a turn, then the last): runs of one to
      // five letters, at the end of the text, before a space and before a letter that folds.
      {"ب", 10, "ب", {10, 10}},
      {"بت", 0, "بت", {0, 0, 2, 2}},
      {"بتث", 0, "بتث", {0, 0, 2, 2, 4, 4}},
      {"سلامأ", 0, "سلاما", {0, 0, 2, 2, 4, 4, 6, 6, 8, 8}},
      {"كتبوا ب", 0, "كتبوا ب", {0, 0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 11, 11}},
      {"بتأث", 1, "بتاث", {1, 1, 3, 3, 5, 5, 7, 7}},
  };
  for (const MapCase& c : cases) {
    std::string out;
    OffsetMap map;
    ArabicNormalizer::Get().Normalize(c.input, c.base, &out, &map);
    EXPECT_EQ(out, c.expected);
    EXPECT_EQ(std::vector<uint32_t>(map.begin(), map.end()), c.map) << c.expected;
  }
}

TEST(ArabicNormalizerTest, NormalizeAppends) {
  std::string out = "x";
  OffsetMap map = {7};
  ArabicNormalizer::Get().Normalize("أ", 10, &out, &map);
  EXPECT_EQ(out, "xا");
  EXPECT_EQ(std::vector<uint32_t>(map.begin(), map.end()), (std::vector<uint32_t>{7, 10, 10}));
}

TEST(ArabicNormalizerTest, FoldOfOneCodePoint) {
  struct FoldCase {
    char32_t cp;
    std::string expected;  // "" when the code point is removed or folds to itself
  };
  const FoldCase cases[] = {
      {U'\u0623', "ا"}, {U'\u0629', "ه"}, {U'\u064E', ""}, {U'\u0640', ""}, {U'\u0668', "8"},
      {U'\u060C', ","}, {U'A', "a"},
  };
  for (const FoldCase& c : cases) EXPECT_EQ(ArabicNormalizer::Get().Fold(c.cp), c.expected) << c.expected;
}

}  // namespace
}  // namespace rasad
