// Guards for the speed work of session 33 (no reading changes; every row is a guard_ that must pass before
// and after):
//   - WordKindsAt reads a per-type memo (DocumentCoderBuffers::word_kinds, a TypeMemo kept between
//     documents; since session 51 TrieRoots::word_kinds, kept with the trie roots) instead of looking the stem up
//     in word_kinds.tsv's index at every call: a document must
//     give the same events whatever was coded before it on the same Worker, after long articles full of
//     words with kinds (machines of war, officials, means, remains, parties);
//   - CueHit holds its record's scope, and Modality's loop over a sentence's cues reads kind and scope from
//     the hit: negation, attribution before and after the event, claims, intentions and the future are
//     still read (each expectation written by hand from the Arabic).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

// Articles written for this test (wire style), coded first: words of word_kinds.tsv at many positions.
const char* const kLongArticles[] = {
    "أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون باتجاه جازان، وقال المتحدث باسم التحالف إن "
    "الطائرة كانت محملة بالمتفجرات. وفي مأرب قصفت المدفعية مواقع للمسلحين بالصواريخ، فيما انتشلت فرق "
    "الإنقاذ رفات ثلاثة جنود. وأعلن وزير الدفاع أن الطرفين اتفقا على تبادل الأسرى خلال الأسبوع المقبل.",
    "قتل خمسة أشخاص في انفجار عبوة ناسفة استهدفت عربة عسكرية في ولاية كيدال شمال مالي، حسب مسؤول محلي. "
    "وشنت مروحيات الجيش المالي غارات على مواقع المسلحين، بينما اتهمت الحكومة جماعة نصرة الإسلام "
    "بالوقوف وراء الهجوم. وتظاهر مئات الطلاب في باماكو احتجاجا على تدهور الأوضاع الأمنية.",
};

const char* const kShortArticles[] = {
    "أسقطت القوات الأوكرانية طائرة مسيرة روسية فوق منطقة خاركيف.",
    "قال مسؤول عسكري إن مدرعة للجيش تعرضت لهجوم قرب الموصل.",
    "اعتقلت الشرطة الكينية عشرة متظاهرين في نيروبي.",
    "انتشلت فرق الدفاع المدني رفات عشرين شخصا من تحت الأنقاض في غزة.",
    "قصفت الطائرات الحربية مواقع للمسلحين بالصواريخ في ريف درعا.",
};

TEST(Speed33WordKindsTest, guard_SameEventsAloneAndAfterLongArticles) {
  testing::ExpectSameAloneAndAfterLong(kLongArticles, kShortArticles, /*mentions=*/false);
}

TEST(Speed33WordKindsTest, guard_LongArticleTheSameAfterShortOnes) {
  testing::ExpectLongSameAfterShort(kLongArticles, kShortArticles, /*mentions=*/false);
}

struct MoodRow {
  const char* name;
  const char* text;
  const char* event;  // PLOVER type of the event read
  bool negated;
  const char* modality;
};

const MoodRow kMoodRows[] = {
    {"guard_negation_before_any", "لم تقصف الطائرات الحربية أي موقع في ريف إدلب أمس.", "ASSAULT", true, "asserted"},
    {"guard_attribution_after", "اعتقلت الشرطة التركية عشرين ناشطا في إسطنبول، بحسب مصدر أمني.", "COERCE", false,
     "reported"},
    {"guard_saying_before", "قال مسؤول محلي إن مسلحين هاجموا نقطة تفتيش للجيش في شمال سيناء.", "ASSAULT", false,
     "reported"},
    {"guard_claim", "زعمت وسائل إعلام رسمية أن المتمردين قصفوا مستشفى في دارفور.", "ASSAULT", false, "alleged"},
    {"guard_intention", "ينوي الجيش الإسرائيلي شن هجوم واسع على مدينة رفح.", "ASSAULT", false, "intended"},
    {"guard_future", "ستنظم النقابات العمالية إضرابا عاما في تونس الأسبوع المقبل.", "PROTEST", false, "intended"},
    {"guard_negated_arrest", "لم تعتقل السلطات أي صحفي خلال الاحتجاجات في طهران.", "COERCE", true, "asserted"},
};

TEST(Speed33ModalityTest, CueKindAndScopeFromTheHit) {
  ASSERT_NE(testing::TestEngine(), nullptr);
  for (const MoodRow& row : kMoodRows) {
    std::vector<Event> events = testing::CodeText(row.text, "2024-06-01");
    const Event* found = nullptr;
    std::string seen;
    for (const Event& e : events) {
      seen += e.event + " " + e.cameo + " negated=" + (e.negated ? "1" : "0") + " " + e.modality + "\n";
      if (found == nullptr && e.event == row.event) found = &e;
    }
    ASSERT_NE(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
    EXPECT_EQ(found->negated, row.negated) << row.name << ": " << row.text << "\n" << seen;
    EXPECT_EQ(found->modality, row.modality) << row.name << ": " << row.text << "\n" << seen;
  }
}

}  // namespace
}  // namespace rasad
