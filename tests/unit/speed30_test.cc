// Guards for the speed work of session 30, which made a document's working memory outlive it:
// - the recognizer keeps its dictionary matches, its place-typo candidates and the payload lists of
//   matches that made no mention from one text to the next (on the thread), instead of allocating
//   them for each text;
// - an argument's mentions are held in the object up to four (absl::InlinedVector, a library container
//   whose own behaviour is not tested here).
// A document must give the same events and mentions whatever was coded before it on the same Worker:
// coded alone, and coded after long, different articles (lists of many actors, names joined to titles
// and nationalities, typos) into a recycled event vector.
#include <gtest/gtest.h>

#include "unit/speed_support.h"

namespace rasad {
namespace {

// Articles written for this test (wire style), coded first to fill the working memory.
const char* const kLongArticles[] = {
    "أدانت مصر والسعودية والإمارات وقطر والأردن والمغرب وتونس والجزائر الهجوم على مقر الأمم المتحدة في الخرطوم. "
    "وقال الرئيس الأمريكي جو بايدن إن القوات الأمريكية والبريطانية والفرنسية ستبقى في المنطقة. "
    "واعتقلت الشرطة السودانية عشرين شابا في أم درمان، فيما قصفت قوات الدعم السريع أحياء في الفاشر ونيالا والجنينة. "
    "والتقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف في أنقرة. "
    "وقتل مسلحون مجهولون ثلاثة جنود صوماليين في مقديشو، وتبنت حركة الشباب الهجوم.",
    "شنت طائرات حربية إسرائيلية غارات على خان يونس ورفح ودير البلح وجباليا وبيت حانون في قطاع غزة. "
    "وأطلقت حركة حماس وحركة الجهاد الإسلامي صواريخ على عسقلان وسديروت. "
    "وهاجم الحوثيون سفينة تجارية في البحر الأحمر، وقالت القيادة المركزية الأمريكية إنها أسقطت طائرة مسيرة. "
    "واتهم الجيش اللبناني إسرائيل بخرق وقف إطلاق النار في جنوب لبنان. "
    "وفي ليبيا اشتبكت قوات حفتر مع مسلحين قرب سرت، وأعلنت حكومة الوحدة الوطنية حالة الطوارئ في طرابلس.",
};

const char* const kShortArticles[] = {
    "قصف الجيش الروسي مواقع أوكرانية في خاركيف.",
    "اعتقلت قوات الأمن العراقية خمسة مسلحين في الموصل.",
    "استقبل الرئيس السوري وفدا سعوديا في دمشق.",
    "أدانت الكويت وعمان والبحرين الهجوم على السفارة.",
    "قتل جنديان ماليان في هجوم لمسلحين في وسط مالي.",
    "تظاهر آلاف السودانيين في الخرطوم ضد الحكومة.",
};

TEST(Speed30ReuseTest, SameEventsAloneAndAfterLongArticles) {
  testing::ExpectSameAloneAndAfterLong(kLongArticles, kShortArticles, /*mentions=*/true);
}

TEST(Speed30ReuseTest, LongArticleTheSameAfterShortOnes) {
  testing::ExpectLongSameAfterShort(kLongArticles, kShortArticles, /*mentions=*/true);
}

}  // namespace
}  // namespace rasad
