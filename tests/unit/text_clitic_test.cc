// CliticAnalyzer (text/clitic_analyzer.h): clitics are split off only when the stem is a known word.
//
// The first tables use a small word set written here, so the expectations follow from the rule alone;
// the last one runs the same words against hunspell-ar (skipped when it is not installed), and the
// analyzer test runs them through TextAnalyzer, which decides the ta marbuta flag from the original.
#include "text/clitic_analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Case {
  std::string word;        // as written
  std::vector<std::string_view> prefixes;
  std::string stem;        // matching form
  std::string suffix;      // matching form, "" for none
  StemSource source;
};

// Analyzes a word as TextAnalyzer does: matching form, and whether it was written with a final ة.
WordAnalysis AnalyzeWritten(const CliticAnalyzer& a, std::string_view written) {
  bool ta_marbuta = written.size() >= 2 && written.substr(written.size() - 2) == "ة";
  return a.Analyze(ArabicNormalizer::Get().Normalize(written), ta_marbuta);
}

void ExpectAnalysis(const WordAnalysis& got, const Case& c) {
  EXPECT_EQ(ProcliticNames(got.prefixes), c.prefixes) << c.word;
  EXPECT_EQ(got.stem, c.stem) << c.word;
  EXPECT_EQ(EncliticName(got.suffix), c.suffix) << c.word;
  EXPECT_EQ(static_cast<int>(got.source), static_cast<int>(c.source)) << c.word;
}

WordSet SmallWordSet() {
  WordSet w;
  for (const char* noun : {"قوات", "شرعية", "صالح", "بنغازي", "نغازي", "وزير", "زير", "ألمانيا", "مانيا",
                           "حكومة", "مرهون", "كتاب", "لام"}) {
    w.Add(noun, kWordNoun);
  }
  w.Add("يحكم", kWordVerb);
  w.Add("حبت", kWordVerb);
  return w;
}

constexpr StemSource kWhole = StemSource::kWhole;
constexpr StemSource kLexicon = StemSource::kLexicon;
constexpr StemSource kHeuristic = StemSource::kHeuristic;

const Case kSmallSetCases[] = {
    {"والقوات", {"و", "ال"}, "قوات", "", kLexicon},
    {"بالشرعية", {"ب", "ال"}, "شرعيه", "", kLexicon},
    {"قواته", {}, "قوات", "ه", kLexicon},
    {"لصالح", {"ل"}, "صالح", "", kLexicon},
    {"للقوات", {"ل", "ال"}, "قوات", "", kLexicon},
    {"وبالقوات", {"و", "ب", "ال"}, "قوات", "", kLexicon},
    {"كتابهم", {}, "كتاب", "هم", kLexicon},
    {"وكتابها", {"و"}, "كتاب", "ها", kLexicon},
    // A known whole word is never split, even when a split would also leave a known word.
    {"بنغازي", {}, "بنغازي", "", kWhole},
    {"وزير", {}, "وزير", "", kWhole},
    // The analysis with the fewest clitics wins: و + المانيا, not و + ال + مانيا.
    {"والمانيا", {"و"}, "المانيا", "", kLexicon},
    // The ta marbuta written ت before a pronoun comes back.
    {"حكومته", {}, "حكومه", "ه", kLexicon},
    {"حكومتهم", {}, "حكومه", "هم", kLexicon},
    // A final ة is not the pronoun ه, although مرهون is known; مرهونه (written with ه) is.
    {"مرهونة", {}, "مرهونه", "", kWhole},
    {"مرهونه", {}, "مرهون", "ه", kLexicon},
    // س is the future particle only before a verb: سلام is not س + لام (a noun).
    {"سيحكم", {"س"}, "يحكم", "", kLexicon},
    {"سلام", {}, "سلام", "", kWhole},
    // and only before an imperfect, which starts with its person prefix: وسحبت (and withdrew) is not
    // و + س + حبت, even when حبت is a known verb and سحبت is not.
    {"وسحبت", {}, "وسحبت", "", kWhole},
    // Unknown words keep only the article (and what precedes it) split off.
    {"والكلاشنكوف", {"و", "ال"}, "كلاشنكوف", "", kHeuristic},
    {"الساسي", {"ال"}, "ساسي", "", kHeuristic},
    {"رامب", {}, "رامب", "", kWhole},
    {"وتطورهم", {}, "وتطورهم", "", kWhole},
    // The article needs two letters after it.
    {"الم", {}, "الم", "", kWhole},
};

TEST(CliticAnalyzerTest, SplitsOnlyToKnownStems) {
  WordSet words = SmallWordSet();
  CliticAnalyzer analyzer(&words);
  for (const Case& c : kSmallSetCases) ExpectAnalysis(AnalyzeWritten(analyzer, c.word), c);
}

TEST(CliticAnalyzerTest, WithoutWordSetOnlyTheArticleIsSplit) {
  CliticAnalyzer analyzer(nullptr);
  const Case cases[] = {
      {"والقوات", {"و", "ال"}, "قوات", "", kHeuristic},
      {"للقوات", {"ل", "ال"}, "قوات", "", kHeuristic},
      {"قواته", {}, "قواته", "", kWhole},
      {"لصالح", {}, "لصالح", "", kWhole},
  };
  for (const Case& c : cases) ExpectAnalysis(AnalyzeWritten(analyzer, c.word), c);
}

TEST(CliticAnalyzerTest, WithHunspell) {
  RASAD_REQUIRE_HUNSPELL();
  WordSet words;
  ASSERT_TRUE(words.LoadHunspellDic(RASAD_HUNSPELL_DIC).ok());
  CliticAnalyzer analyzer(&words);
  const Case cases[] = {
      {"والقوات", {"و", "ال"}, "قوات", "", kLexicon},
      // hunspell-ar lists شرعي, and its affix rules make the feminine شرعية (ar.aff beside ar.dic).
      {"بالشرعية", {"ب", "ال"}, "شرعيه", "", kLexicon},
      // The feminine of a listed noun is a whole word: ليلة of ليل, not ل + يلة; وزيرة of وزير, not
      // و + زيرة; بلدية of بلدي, not ب + لدية. After a clitic it is the word the clitic leaves.
      {"ليلة", {}, "ليله", "", kWhole},
      {"وزيرة", {}, "وزيره", "", kWhole},
      {"بلدية", {}, "بلديه", "", kWhole},
      {"لوزيرة", {"ل"}, "وزيره", "", kLexicon},
      {"وسياسية", {"و"}, "سياسيه", "", kLexicon},
      {"قواته", {}, "قوات", "ه", kLexicon},
      {"لصالح", {"ل"}, "صالح", "", kLexicon},
      {"للقوات", {"ل", "ال"}, "قوات", "", kLexicon},
      {"وزير", {}, "وزير", "", kWhole},
      {"والمانيا", {"و"}, "المانيا", "", kLexicon},
      {"حكومته", {}, "حكومه", "ه", kLexicon},
      {"مرهونة", {}, "مرهونه", "", kWhole},
      {"والكلاشنكوف", {"و", "ال"}, "كلاشنكوف", "", kHeuristic},
  };
  for (const Case& c : cases) ExpectAnalysis(AnalyzeWritten(analyzer, c.word), c);
  // بنغازي keeps its ب: either it is known as a whole or نغازي is not a word.
  WordAnalysis benghazi = analyzer.Analyze("بنغازي");
  EXPECT_EQ(benghazi.prefixes, 0);
  EXPECT_EQ(benghazi.stem, "بنغازي");
}

// A known particle with the conjunction attached is still the conjunction and the particle, and so is
// a known word in وو; a word whose first letter is marked kWordInitialLetter keeps it. The accusative
// alif of a known noun keeps the word whole where a split would leave no common word.
TEST(CliticAnalyzerTest, ConjunctionBeforeAKnownParticle) {
  WordSet w;
  for (const char* particle : {"لم", "ولم", "لا", "فلا", "لي", "ولي", "عل", "فعل", "من", "ومن"}) {
    w.Add(particle, kWordFunction);
  }
  w.Add("ولي", kWordNoun | kWordInitialLetter);  // guardian (ولي العهد)
  w.Add("فعل", kWordVerb | kWordInitialLetter);  // did
  for (const char* verb : {"وقع", "ووقع", "وصل"}) w.Add(verb, kWordVerb);
  w.Add("قمر", kWordNoun);
  w.Add("وقمر", kWordNoun);
  // وفدا is the accusative of وفد, not و + فدا (a town); وبدا is و + بدا "seemed" (وبد is a rare noun).
  w.Add("وفد", kWordNoun);
  w.Add("فدا", kWordLexicon);
  w.Add("وبد", kWordNoun);
  w.Add("بدا", kWordVerb);
  CliticAnalyzer analyzer(&w);
  const Case cases[] = {
      {"ولم", {"و"}, "لم", "", kLexicon},
      {"فلا", {"ف"}, "لا", "", kLexicon},
      {"ومن", {"و"}, "من", "", kLexicon},
      {"ووقع", {"و"}, "وقع", "", kLexicon},
      {"ولي", {}, "ولي", "", kWhole},
      {"فعل", {}, "فعل", "", kWhole},
      // A known content word is not split on its rest alone (only particles and وو are).
      {"وقمر", {}, "وقمر", "", kWhole},
      {"وصل", {}, "وصل", "", kWhole},
      {"وفدا", {}, "وفد", "", kLexicon},  // the stem is the noun's: dictionaries list وفد
      {"وبدا", {"و"}, "بدا", "", kLexicon},
  };
  for (const Case& c : cases) ExpectAnalysis(AnalyzeWritten(analyzer, c.word), c);
}

// With hunspell-ar, which lists ولم، فلا، وكان، ووقع and عليه as words, and the project's lists of
// words whose first letter is their own, of prepositions and of whole words read as clitic + word.
TEST(CliticAnalyzerTest, ConjunctionWithHunspell) {
  RASAD_REQUIRE_HUNSPELL();
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  struct ConjCase {
    std::string text;
    std::string stem;
    uint8_t prefixes;
  };
  const ConjCase cases[] = {
      {"ولم", "لم", kProWa},     {"فلا", "لا", kProFa},     {"وكان", "كان", kProWa},
      {"ومن", "من", kProWa},     {"ووقع", "وقع", kProWa},   {"ولكن", "لكن", kProWa},
      {"ولي", "ولي", 0},         {"والي", "والي", 0},       {"فعل", "فعل", 0},
      {"وفاة", "وفاه", 0},       {"ولاية", "ولايه", 0},     {"فقط", "قط", kProFa},
      // Whole words of hunspell-ar that news reads as a clitic and a word (text/clitic_words.tsv).
      {"بدور", "دور", kProBi},   {"بروسيا", "روسيا", kProBi},
      {"وشن", "شن", kProWa},     {"وصد", "صد", kProWa},
      // ... and feminines made by hunspell's affix rules that news reads so.
      {"لسنة", "سنه", kProLi},   {"وقادة", "قاده", kProWa},
      // Forms of كان (text/verb_forms.tsv) are verbs, and ك "like" goes only before a noun or a name.
      {"كانت", "كانت", 0},       {"وكانت", "كانت", kProWa}, {"كانوا", "كانوا", 0},
      {"كشفت", "كشفت", 0},       {"كهدف", "هدف", kProKa},   {"كسورية", "سوريه", kProKa},
  };
  for (const ConjCase& c : cases) {
    AnalyzedText t = analyzer.Analyze(c.text);
    ASSERT_EQ(t.tokens.size(), 1u) << c.text;
    EXPECT_EQ(t.Stem(t.tokens[0]), c.stem) << c.text;
    EXPECT_EQ(t.tokens[0].prefixes, c.prefixes) << c.text;
    EXPECT_EQ(t.tokens[0].suffix, Enclitic::kNone) << c.text;
  }
  // A preposition with its pronoun (text/prepositions.tsv), also after the conjunction; not إنه.
  const Case prepositions[] = {
      {"عليه", {}, "علي", "ه", kLexicon},
      {"وعليهم", {"و"}, "علي", "هم", kLexicon},
      {"إليها", {}, "الي", "ها", kLexicon},
      {"إنه", {}, "انه", "", kWhole},
      // A stem in وو that hunspell-ar lists whole (ووفد، ووزير: و + a word) is و + that word before a pronoun too.
      {"ووفده", {"و"}, "وفد", "ه", kLexicon},
      {"ووزيره", {"و"}, "وزير", "ه", kLexicon},
  };
  for (const Case& c : prepositions) {
    AnalyzedText t = analyzer.Analyze(c.word);
    ASSERT_EQ(t.tokens.size(), 1u) << c.word;
    EXPECT_EQ(ProcliticNames(t.tokens[0].prefixes), c.prefixes) << c.word;
    EXPECT_EQ(t.Stem(t.tokens[0]), c.stem) << c.word;
    EXPECT_EQ(EncliticName(t.tokens[0].suffix), c.suffix) << c.word;
    EXPECT_EQ(static_cast<int>(t.tokens[0].stem_source), static_cast<int>(c.source)) << c.word;
  }
}

// Through TextAnalyzer, the ta marbuta flag comes from the original text, also when the ة carries a
// diacritic or is written as a presentation form.
TEST(CliticAnalyzerTest, TaMarbutaSeenInTheOriginal) {
  RASAD_REQUIRE_HUNSPELL();
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  struct TaCase {
    std::string text;
    std::string stem;
    std::string suffix;
  };
  const TaCase cases[] = {
      {"مرهونة", "مرهونه", ""},
      {"مرهونةٌ", "مرهونه", ""},
      {"مرهونةً", "مرهونه", ""},
      {"مرهون\uFE94", "مرهونه", ""},
      {"مرهونه", "مرهون", "ه"},
      {"قواته", "قوات", "ه"},
      // ليلة is a word, but ألمه (his pain) is ألم + ه although ألمة would be a feminine of ألم.
      {"ليلة", "ليله", ""},
      {"ألمه", "الم", "ه"},
  };
  for (const TaCase& c : cases) {
    AnalyzedText t = analyzer.Analyze(c.text);
    ASSERT_EQ(t.tokens.size(), 1u) << c.text;
    EXPECT_EQ(t.Stem(t.tokens[0]), c.stem) << c.text;
    EXPECT_EQ(EncliticName(t.tokens[0].suffix), c.suffix) << c.text;
  }
}

}  // namespace
}  // namespace rasad
