// Guards for the phrase matcher's speed work of session 46 (no reading changes; every row is a guard_ that passes
// before and after, expectations written by hand from the phrases below): PhraseMatcher::Extend asks a bit per
// (node, word) edge before it probes the edges for the next word, and the bits are made again each time the edges
// grow. A phrase added before the edges grew, one added after, a word that goes on from one node but not from the
// node on the stack (الأمن after مجلس, not after وزير), a three-word phrase and its two-word start, and a number
// that continues a name (اللواء 444) are all still read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "text/arabic_normalizer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

constexpr uint32_t kFillerPayload = 100;

// Office words before the bodies they head: 8 x 10 two-word phrases, enough edges for the edge table (64 slots at
// first) to grow twice, between the phrases added first and the one added last.
const char* const kHeads[] = {"قائد", "رئيس", "نائب", "مدير", "أمين", "مستشار", "ناطق", "مسؤول"};
const char* const kBodies[] = {"الجيش",   "الشرطة", "الحرس",    "الأركان", "المخابرات",
                               "البحرية", "الجمارك", "الجامعة", "البرلمان", "الحكومة"};

PhraseMatcher Matcher() {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  auto add = [&](std::vector<std::string> words, uint32_t payload, PhraseMatcher* pm) {
    for (std::string& w : words) w = norm.Normalize(w);
    pm->Add(words, payload);
  };
  PhraseMatcher pm;
  add({"وزير", "الخارجية"}, 1, &pm);
  add({"وزير", "الدفاع"}, 2, &pm);
  add({"وزارة", "الدفاع", "الوطني"}, 3, &pm);  // no phrase of its first two words alone
  add({"اللواء", "444"}, 4, &pm);
  add({"مجلس", "الأمن"}, 5, &pm);
  add({"مجلس", "الأمن", "الدولي"}, 6, &pm);
  uint32_t payload = kFillerPayload;
  for (const char* head : kHeads) {
    for (const char* body : kBodies) add({head, body}, payload++, &pm);
  }
  add({"حرس", "الحدود"}, 7, &pm);  // added after the edges grew
  return pm;
}

struct Row {
  const char* name;
  const char* text;
  uint32_t first;   // the token the match starts at
  uint32_t length;  // expected match length in tokens (0: none)
  std::vector<uint32_t> payloads;
};

TEST(Speedkeys46Test, PhrasesGoOnOnlyWhereAnEdgeDoes) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const PhraseMatcher pm = Matcher();
  EXPECT_EQ(pm.phrase_count(), 7u + 80u);
  const std::vector<Row> rows = {
      {"guard_first_phrase", "قال وزير الخارجية إن المحادثات مستمرة", 1, 2, {1}},
      {"guard_second_word_of_another_phrase", "التقى وزير الدفاع نظيره", 1, 2, {2}},
      // الأمن goes on from مجلس, not from وزير (and وزير alone is no phrase).
      {"guard_word_continuing_from_another_node", "قال وزير الأمن إن", 1, 0, {}},
      {"guard_three_words", "أعلنت وزارة الدفاع الوطني أن", 1, 3, {3}},
      {"guard_start_of_three_words_alone", "أعلنت وزارة الدفاع أن", 1, 0, {}},
      {"guard_longest_of_two", "اجتمع مجلس الأمن الدولي أمس", 1, 3, {6}},
      {"guard_shorter_of_two", "اجتمع مجلس الأمن أمس", 1, 2, {5}},
      {"guard_number_continues_name", "قاتل اللواء 444 في الجنوب", 1, 2, {4}},
      {"guard_phrase_added_after_growth", "انتشر حرس الحدود على الشريط", 1, 2, {7}},
      // قائد الجيش: the first filler phrase; مسؤول الحكومة the last (head 7 of 8, body 9 of 10: 100 + 79).
      {"guard_first_filler", "قال قائد الجيش إن", 1, 2, {kFillerPayload}},
      {"guard_last_filler", "صرح مسؤول الحكومة بأن", 1, 2, {kFillerPayload + 79}},
      // A head with a body word of no phrase of its own.
      {"guard_filler_head_other_body", "قال قائد القوات إن", 1, 0, {}},
  };
  TextAnalyzer analyzer(res);
  for (const Row& row : rows) {
    AnalyzedText text = analyzer.Analyze(row.text);
    TokenKeys keys;
    keys.Compute(text);
    ASSERT_LT(row.first, text.tokens.size()) << row.name;
    PhraseMatcher::Match m = pm.Longest(keys, row.first, static_cast<uint32_t>(text.tokens.size()));
    EXPECT_EQ(m.length, row.length) << row.name;
    if (row.length == 0) continue;
    ASSERT_NE(m.payloads, nullptr) << row.name;
    EXPECT_EQ(*m.payloads, row.payloads) << row.name;
  }
}

}  // namespace
}  // namespace rasad
