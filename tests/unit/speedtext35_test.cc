// Guards for the speed work of session 35 on the text layer (no reading changes; every row is a guard_
// that must pass before and after):
//   - AnalyzedText::norm_to_orig is a compact byte map (offset_map.h: an anchor only where the map stops
//     advancing byte for byte with the original), which the normalizer writes with no work for ASCII
//     and for Arabic letters kept or folded into a letter of the same length (ا for أ, ه for ة), and
//     which Tokenize reads forward: token spans over ligatures that expand to several tokens,
//     presentation forms, diacritics and tatweel inside and after words, Arabic digits and commas,
//     Latin letters that fold to more than one code point; the ة of a word read from the original
//     bytes behind the ه it folds to (bare, before a diacritic, as a presentation form);
//   - NormToOrig gives, for every byte of the matching form, what the byte-for-byte map gives.
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Tok {
  const char* text;  // the original bytes of the token's span
  const char* norm;
};

struct SpanRow {
  const char* name;
  const char* input;
  std::vector<Tok> tokens;
};

const SpanRow kSpanRows[] = {
    // ﷺ folds to four words: each is a token whose span is the whole ligature.
    {"guard_ligature_of_four_words",
     "النبي \uFDFA قال",
     {{"النبي", "النبي"},
      {"\uFDFA", "صلي"},
      {"\uFDFA", "الله"},
      {"\uFDFA", "عليه"},
      {"\uFDFA", "وسلم"},
      {"قال", "قال"}}},
    // لا as one presentation form at the end of the text.
    {"guard_lam_alef_at_the_end", "قال \uFEFB", {{"قال", "قال"}, {"\uFEFB", "لا"}}},
    // A word of presentation forms, ﻼ among them (two letters from one code point).
    {"guard_presentation_forms_word",
     "\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1 عليكم",
     {{"\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1", "السلام"}, {"عليكم", "عليكم"}}},
    // A diacritic before the Arabic comma stays in the word's span; the comma folds to one byte.
    {"guard_diacritic_before_comma", "قالَ، ثم", {{"قالَ", "قال"}, {"،", ","}, {"ثم", "ثم"}}},
    {"guard_ta_marbuta_with_tanween", "مدينةٌ.", {{"مدينةٌ", "مدينه"}, {".", "."}}},
    {"guard_tatweel_inside", "حمـــاة وحمص", {{"حمـــاة", "حماه"}, {"وحمص", "وحمص"}}},
    {"guard_arabic_digits_and_tanween",
     "قتل ٢٥ شخصاً في إدلب",
     {{"قتل", "قتل"}, {"٢٥", "25"}, {"شخصاً", "شخصا"}, {"في", "في"}, {"إدلب", "ادلب"}}},
    // ß folds to two letters, İ to i and a combining dot: Latin tokens over flat stretches.
    {"guard_latin_folds", "Straße İstanbul", {{"Straße", "strasse"}, {"İstanbul", "i\u0307stanbul"}}},
    {"guard_fullwidth", "ＡＢＣ１２３ قال", {{"ＡＢＣ１２３", "abc123"}, {"قال", "قال"}}},
    // A right-to-left mark before a word and after it; an emoji (four bytes, copied) between words.
    {"guard_marks_and_emoji",
     "\u200Fغزة\u200F \U0001F600 رفح",
     {{"غزة\u200F", "غزه"}, {"\U0001F600", "\U0001F600"}, {"رفح", "رفح"}}},
};

TEST(SpeedText35Test, TokenSpans) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const SpanRow& row : kSpanRows) {
    SCOPED_TRACE(row.name);
    const std::string input = row.input;
    AnalyzedText t = analyzer.Analyze(input);
    ASSERT_EQ(t.tokens.size(), row.tokens.size());
    for (size_t i = 0; i < row.tokens.size(); ++i) {
      EXPECT_EQ(t.Text(t.tokens[i]), row.tokens[i].text) << i;
      EXPECT_EQ(t.Norm(t.tokens[i]), row.tokens[i].norm) << i;
    }
    EXPECT_EQ(t.NormToOrig(static_cast<uint32_t>(t.norm.size())), input.size());
  }
}

// A word written with a final ة is another word than the same letters with ه, however the ة is
// written: bare, before a diacritic, or as a presentation form (final ﺔ, isolated ﺓ).
TEST(SpeedText35Test, guard_TaMarbutaReadBehindTheFold) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText a = analyzer.Analyze("مدينة مدينه مدينةٌ مدين\uFE94 مدين\uFE93 غزة");
  ASSERT_EQ(a.tokens.size(), 6u);
  const std::vector<Token>& t = a.tokens;
  EXPECT_NE(t[0].type, t[1].type);  // مدينة, مدينه
  EXPECT_EQ(t[0].type, t[2].type);  // مدينةٌ
  EXPECT_EQ(t[0].type, t[3].type);  // مدينﺔ
  EXPECT_EQ(t[0].type, t[4].type);  // مدينﺓ
  EXPECT_EQ(a.Norm(t[4]), "مدينه");
  EXPECT_EQ(a.Text(t[4]), "مدين\uFE93");
}

struct MapRow {
  const char* name;
  const char* input;
  std::vector<uint32_t> orig;  // NormToOrig of every byte of the matching form and of its end
};

const MapRow kMapRows[] = {
    // أ (0-1) folds to ا in place; ، (2-3) to one byte; ب (4-5).
    {"guard_fold_in_place_then_comma", "أ،ب", {0, 0, 2, 4, 4, 6}},
    // ﻻ (0-2) to four bytes from byte 0; the space (3); ب (4-5).
    {"guard_ligature_then_copy", "\uFEFB ب", {0, 0, 0, 0, 3, 4, 4, 6}},
    // ب (0-1), the fatha (2-3) dropped, ت (4-5).
    {"guard_dropped_mark", "بَت", {0, 0, 4, 4, 6}},
    // Two dropped marks at the start, then ا for آ.
    {"guard_marks_first", "\u200F\u200Eآ", {6, 6, 8}},
};

TEST(SpeedText35Test, NormToOrig) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const MapRow& row : kMapRows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    ASSERT_EQ(t.norm.size() + 1, row.orig.size());
    for (uint32_t n = 0; n <= t.norm.size(); ++n) EXPECT_EQ(t.NormToOrig(n), row.orig[n]) << n;
  }
}

// The compact map and the byte-for-byte one agree at every byte, over texts that mix every kind of
// folding.
TEST(SpeedText35Test, guard_CompactMapIsTheByteMap) {
  const char* const texts[] = {
      "قالَ الرئيسُ الفرنسيّ إيمانويل ماكرون إنّ «القوات» ستنسحب من مالي… خلال ٣٠ يوماً؛ وأضاف: هل هذا ممكن؟",
      "ﻻ ﺍﻟﺴﻼﻡ ﷺ ﷲ  ﻹ ﺔ ﺓ ﻊ — STRASSE Straße İstanbul ﬁnance ＡＢＣ１２３ ①② ½",
      "قصفت الطائرات\u200fالإسرائيلية\u200d غزة\u00a0يوم 12,500.75 و۱۲۳۴ و٤٫٥٪ ﴿آية﴾ ـــــالقدس",
      "Reuters: Israeli jets struck Gaza... \U0001F600 emoji \U0001D400 اختُطِفَ 3 صحفيين\tفي\r\nبغداد.",
      "المدرسةُ ة. ه. أ.ف.ب حمـــاة ٱلله آمنة ۀ ک ی ە ڪ ﮐ ﯾ ﺓ٫ ٬ ۔ ؟!",
      "ﷺﷺ\uFDFA", "ً", "", "a", "ب",
  };
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    std::string byte_out;
    OffsetMap bytes;
    n.Normalize(text, 0, &byte_out, &bytes);
    std::string out;
    CompactOffsetMap compact;
    n.Normalize(text, 0, &out, &compact);
    ASSERT_EQ(out, byte_out);
    for (uint32_t i = 0; i < out.size(); ++i) EXPECT_EQ(compact.At(out, i), bytes[i]) << i;
    EXPECT_EQ(compact.At(out, static_cast<uint32_t>(out.size())), std::string_view(text).size());
  }
}

}  // namespace
}  // namespace rasad
