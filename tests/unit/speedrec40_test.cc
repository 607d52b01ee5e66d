// Guards for the speed work of session 40 on the text layer and the recognizer (no reading changes;
// every row is a guard_ that passes before and after, expectations written by hand from the Arabic):
//   - ArabicNormalizer writes through an output pointer and ends a run of two-byte letters on one
//     pointer comparison (the last place a pair can start): runs that end at the text's end, on an odd
//     last byte, before ASCII, before a mark that is dropped, and a ligature that makes the output
//     longer than the input (the buffer grows under the pointer); the matching form and its byte map,
//     both written by hand.
//   - The recognizer asks inline whether a match has a payload two of its passes can erase before
//     their erase_if: the contextual nationality ?مالية (Malian only after a state's agent in a
//     document about Mali, else "financial"), a contextual place (?القطاع, the Gaza Strip, only in a
//     document that names Palestine), a common word that names a place (صور: Tyre after an attack on
//     it, pictures elsewhere), and a weak match of an agent alone, which the pass leaves as it is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct NormRow {
  const char* name;
  const char* input;
  const char* norm;                // the matching form
  std::vector<uint32_t> orig;      // NormToOrig at each byte of the matching form and at its end
};

// (Arabic letters are two bytes, ASCII one; ُ and ً are dropped marks of two bytes. Every byte of a
// letter maps to the letter's first byte.)
const NormRow kNormRows[] = {
    // A run of letters to the text's end.
    {"guard_run_to_the_end", "قصف", "قصف", {0, 0, 2, 2, 4, 4, 6}},
    // أ folds to ا and ة to ه inside the run; ُ is dropped between them.
    {"guard_run_around_a_dropped_mark", "أُسرة", "اسره", {0, 0, 4, 4, 6, 6, 8, 8, 10}},
    // A run that stops at ASCII, and ASCII after it.
    {"guard_run_before_ascii", "غزة.", "غزه.", {0, 0, 2, 2, 4, 4, 6, 7}},
    // One ASCII byte, and a text that ends on it after a run.
    {"guard_one_ascii_byte", "a", "a", {0, 1}},
    {"guard_latin_then_arabic", "Gaza غزة", "gaza غزه", {0, 1, 2, 3, 4, 5, 5, 7, 7, 9, 9, 11}},
    // Arabic digits fold to ASCII (two bytes to one: a flat stretch each).
    {"guard_arabic_digits", "٢٥ قتيلاً", "25 قتيلا", {0, 2, 4, 5, 5, 7, 7, 9, 9, 11, 11, 13, 13, 17}},
};

TEST(Speedrec40NormalizerTest, MatchingFormAndMap) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const NormRow& row : kNormRows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    EXPECT_EQ(t.norm, row.norm);
    ASSERT_EQ(t.norm.size() + 1, row.orig.size());
    for (uint32_t n = 0; n <= t.norm.size(); ++n) EXPECT_EQ(t.NormToOrig(n), row.orig[n]) << n;
  }
}

// ﷺ (U+FDFA, three bytes) folds to صلي الله عليه وسلم (32 bytes): several in a row outgrow the buffer
// sized for the input, which grows under the output pointer; the letters after them are still written
// where they belong.
TEST(Speedrec40NormalizerTest, guard_LigaturesOutgrowTheBuffer) {
  const std::string one = "صلي الله عليه وسلم";
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  EXPECT_EQ(n.Normalize("\uFDFA\uFDFA\uFDFA\uFDFAقال"), one + one + one + one + "قال");
  std::string out;
  CompactOffsetMap map;
  n.Normalize("قال \uFDFA\uFDFA", 0, &out, &map);
  EXPECT_EQ(out, "قال " + one + one);
  EXPECT_EQ(map.At(out, 0), 0u);
  EXPECT_EQ(map.At(out, 7), 7u);                                              // the first ﷺ
  EXPECT_EQ(map.At(out, static_cast<uint32_t>(7 + one.size())), 10u);        // the second
  EXPECT_EQ(map.At(out, static_cast<uint32_t>(out.size())), 13u);            // the end
}

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;     // the first word of the mention, as written
  bool present;         // whether a mention starts at that word
  const char* country;  // the mention's country (else inferred, else its place's); nullptr: not asked
};

const MentionRow kMentionRows[] = {
    // ?مالية after a state's agent, in a document that names Bamako: the Malian authorities.
    {"guard_malian_after_state_agent", "وصل الرئيس الانتقالي إلى باماكو، وأعلنت السلطات المالية حظر التجول في العاصمة.",
     "السلطات", true, "MLI"},
    // Nothing of Mali in the document: the financial authorities, المالية no mention.
    {"guard_financial_elsewhere", "قالت الحكومة البريطانية إن السلطات المالية ستراقب المصارف الكبرى.", "المالية",
     false, nullptr},
    // ?القطاع names the Gaza Strip in a document that names it.
    {"guard_contextual_place_in_its_document",
     "قصفت الطائرات الإسرائيلية مخيم جباليا في قطاع غزة، وقال شهود إن القصف طال القطاع كله.", "القطاع", true,
     "PSE"},
    // The private sector in Lebanon: no place.
    {"guard_contextual_place_elsewhere", "ارتفعت أرباح الشركات في القطاع الخاص في لبنان هذا العام.", "القطاع", false,
     nullptr},
    // صور after an attack on it: Tyre; with a genitive after it: pictures.
    {"guard_common_word_attacked_place", "شنت طائرات إسرائيلية غارة على صور في جنوب لبنان.", "صور", true, "LBN"},
    {"guard_common_word_pictures", "نشرت الصحيفة صور الضحايا على موقعها.", "صور", false, nullptr},
    // An agent alone: the pass over weak matches leaves it as it is.
    {"guard_agent_alone", "اعتقلت الشرطة ثلاثة متظاهرين أمام البرلمان.", "الشرطة", true, nullptr},
};

TEST(Speedrec40MentionTest, ReadingsStay) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      if (row.country != nullptr) {
        EXPECT_EQ(testing::MentionCountry(engine, m), row.country) << row.name;
      }
    });
    EXPECT_EQ(found, row.present) << row.name;
  }
}

}  // namespace
}  // namespace rasad
