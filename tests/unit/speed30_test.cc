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

#include <string>
#include <vector>

#include "coder/engine.h"
#include "coder/event_json.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

Document Doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.text = text;
  d.date = "2024-06-01";
  return d;
}

// The events of `doc` as JSON Lines, and its mentions' first and end tokens, country and sector.
std::string Coded(Worker* worker, const Document& doc, std::vector<Event>* events) {
  RecycleEvents(events);
  worker->Code(doc, /*explain=*/true, events);
  std::string out;
  for (const Event& e : *events) {
    AppendEventJson(e, &out);
    out.push_back('\n');
  }
  for (const Mention& m : worker->recognition().mentions) {
    out += std::to_string(m.first_token) + "-" + std::to_string(m.end_token) + " " + m.country + "/" + m.sector +
           " " + std::to_string(m.entries.size()) + "\n";
  }
  return out;
}

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
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  std::vector<std::string> alone;
  for (const char* text : kShortArticles) {
    Worker worker(engine);
    std::vector<Event> events;
    alone.push_back(Coded(&worker, Doc("s", text), &events));
  }
  Worker worker(engine);
  std::vector<Event> events;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < std::size(kShortArticles); ++i) {
      for (const char* text : kLongArticles) Coded(&worker, Doc("long", text), &events);
      EXPECT_EQ(Coded(&worker, Doc("s", kShortArticles[i]), &events), alone[i]) << kShortArticles[i];
    }
  }
}

TEST(Speed30ReuseTest, LongArticleTheSameAfterShortOnes) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const char* text : kLongArticles) {
    Worker fresh(engine);
    std::vector<Event> fresh_events;
    std::string expected = Coded(&fresh, Doc("long", text), &fresh_events);
    EXPECT_NE(expected.find("\"event\""), std::string::npos);
    Worker worker(engine);
    std::vector<Event> events;
    for (const char* other : kShortArticles) Coded(&worker, Doc("s", other), &events);
    for (const char* other : kLongArticles) Coded(&worker, Doc("o", other), &events);
    EXPECT_EQ(Coded(&worker, Doc("long", text), &events), expected);
  }
}

}  // namespace
}  // namespace rasad
