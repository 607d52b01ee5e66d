// Guards for the speed work of session 31: the coder keeps the longest cue phrase at each token per
// document (DocumentCoderBuffers::cue_match, read by FindTriggersAndCues, CueEndAt and PastInsertion),
// and the entries of one document are told from an earlier one's by a stamp instead of a reset. A
// document must give the same events whatever was coded before it on the same Worker (coded alone, and
// after long articles full of adverbs, dates and insertions, the cues these entries hold), and the cue
// readings that go through the kept matches must still be made.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

// Articles written for this test (wire style), coded first: adverbs, dates, times and insertions
// between commas at many token positions.
const char* const kLongArticles[] = {
    "وكانت قوات الدعم السريع قد شنت أمس هجوما على مدينة الأبيض، وفق مصادر محلية، فيما قصفت الطائرات "
    "الحربية السودانية صباح اليوم مواقع في الخرطوم بحري. وأكد أيضا المتحدث باسم الجيش أن القوات "
    "صدت الهجوم، وقال إن الاشتباكات استمرت خلال الليل. واعتقلت الشرطة في وقت لاحق عشرات الشبان في "
    "أم درمان، بحسب شهود عيان، بينما تظاهر مئات السودانيين مساء الجمعة في مدني ضد الحرب.",
    "أعلنت وزارة الدفاع الروسية أنها أسقطت الليلة الماضية ثلاثين طائرة مسيرة أوكرانية فوق منطقة "
    "بيلغورود. وقصفت القوات الأوكرانية، بحسب وكالة رويترز، مصفاة نفط في منطقة كراسنودار. وفي اليمن "
    "هاجم الحوثيون مجددا سفينة تجارية في البحر الأحمر، وأدانت الولايات المتحدة بشدة الهجوم. وفي "
    "الصومال، قتل مسلحون من حركة الشباب يوم الأحد أربعة جنود في هجوم على قاعدة عسكرية قرب مقديشو.",
};

const char* const kShortArticles[] = {
    "وكانت القوات الحكومية قد شنت أمس غارات على مواقع المتمردين في ولاية النيل الأزرق.",
    "أدانت قطر بشدة اقتحام القوات الإسرائيلية المسجد الأقصى.",
    "قصفت المدفعية التركية مساء الأحد قرى في ريف حلب الشمالي.",
    "واعتقلت الشرطة العراقية صباح اليوم ثلاثة مسلحين في البصرة.",
    "استهدفت القوات الأوكرانية، وفق وكالة رويترز، مصفاة نفط في منطقة بيلغورود.",
    "وأكد أيضا وزير الخارجية اليمني ضرورة وقف الهجمات على الموانئ.",
};

TEST(Speed31CueMatchTest, SameEventsAloneAndAfterLongArticles) {
  testing::ExpectSameAloneAndAfterLong(kLongArticles, kShortArticles, /*mentions=*/false);
}

TEST(Speed31CueMatchTest, LongArticleTheSameAfterShortOnes) {
  testing::ExpectLongSameAfterShort(kLongArticles, kShortArticles, /*mentions=*/false);
}

// The readings that ask for a cue ahead of the token being read (a date between a verb and the rest of
// its phrase, an adverb after the verb) still find their events.
TEST(Speed31CueMatchTest, CuesAheadStillRead) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  std::vector<Event> events;
  for (const char* text : {kShortArticles[0], kShortArticles[1], kShortArticles[2], kShortArticles[3]}) {
    testing::CodedForReuse(&worker, testing::ReuseDoc("s", text), &events, /*mentions=*/false);
    EXPECT_FALSE(events.empty()) << text;
  }
}

}  // namespace
}  // namespace rasad
