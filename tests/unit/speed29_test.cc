// Guards for the speed work of session 29: the recognizer's reference of a group or body named again
// by its bare head noun (ResolveNamedAgain: الجيش after الجيش الإسرائيلي) finds the nearest earlier
// mention from a table of the last mention of each head, filled once as it goes, instead of walking
// back over the whole document for each bare noun (quadratic in a long article). The mention it finds
// is the walk's: the nearest with the same head, an army or forces for an army or forces (الجيش،
// القوات), also through a noun itself named again, in short and long documents.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// The country (or the inferred country) and the sector of each mention whose words are `span_text`,
// in text order.
std::vector<std::string> Resolved(const Engine* engine, const std::string& text, const std::string& span_text) {
  Worker worker(engine);
  Document doc;
  doc.id = "d";
  doc.text = text;
  doc.date = "2024-06-01";
  worker.Analyze(doc);
  std::vector<std::string> out;
  for (const Mention* m : testing::MentionsWithText(worker, span_text)) {
    out.push_back((m->country.empty() ? m->inferred_country : m->country) + "/" + m->sector);
  }
  return out;
}

struct NamedAgainRow {
  const char* name;
  const char* text;
  const char* span_text;
  std::vector<std::string> expected;  // per mention of span_text, in text order
};

TEST(Speed29NamedAgainTest, NearestEarlierMentionOfTheSameHead) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::vector<NamedAgainRow> rows = {
      {"guard_gaza_army_again", "قتل الجيش الإسرائيلي خمسة فلسطينيين في جنين. واعتقل الجيش عشرين شابا في نابلس.", "الجيش",
       {"ISR/MIL"}},
      {"guard_nearest_of_two_armies",
       "قصف الجيش السوداني مواقع في الخرطوم. وفي غزة قصف الجيش الإسرائيلي منازل. وقال الجيش إنه استهدف مسلحين.", "الجيش",
       {"ISR/MIL"}},
      {"guard_forces_after_army", "انسحب الجيش الأوكراني من بلدة أفدييفكا. وقالت القوات إنها أعادت تموضعها.", "القوات",
       {"UKR/MIL"}},
      {"guard_libya_army_again", "اشتبك الجيش الليبي مع مسلحين قرب سرت. وأكد الجيش سيطرته على المنطقة.", "الجيش",
       {"LBY/MIL"}},
      {"guard_mali_army_twice",
       "أعلن الجيش المالي مقتل عشرة مسلحين في وسط البلاد. وقال الجيش إن جنديين قتلا. وأضاف الجيش أن العملية مستمرة.",
       "الجيش", {"MLI/MIL", "MLI/MIL"}},
      {"guard_government_inferred", "أعلنت الحكومة الهولندية تعليق المساعدات. وقالت الحكومة إن القرار مؤقت.", "الحكومة",
       {"NLD/GOV"}},
  };
  for (const NamedAgainRow& row : rows) {
    EXPECT_EQ(Resolved(engine, row.text, row.span_text), row.expected) << row.name;
  }
}

// A long article: blocks of two sentences, each naming an army with its nationality, then the army
// again by the bare noun; each bare noun is its own block's army, the nearest, however many blocks
// came before.
TEST(Speed29NamedAgainTest, LongArticleEachBareNounIsItsBlocksArmy) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::vector<std::pair<std::string, std::string>> armies = {
      {"الجيش الإسرائيلي", "ISR"}, {"الجيش السوداني", "SDN"}, {"الجيش الأوكراني", "UKR"}, {"الجيش المالي", "MLI"}};
  std::string text;
  std::vector<std::string> expected;
  for (int block = 0; block < 20; ++block) {
    const auto& [army, country] = armies[static_cast<size_t>(block) % armies.size()];
    text += "قصف " + army + " مواقع للمسلحين أمس. ";
    text += "وقال الجيش إنه دمر مخازن أسلحة. ";
    expected.push_back(country + "/MIL");
  }
  EXPECT_EQ(Resolved(engine, text, "الجيش"), expected);
}

}  // namespace
}  // namespace rasad
