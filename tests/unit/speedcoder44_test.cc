// Guards for the speed work of session 44 on the coder (no reading changes; every row is a guard_ that passed
// before the changes and must pass after them, its expectation written by hand from the Arabic):
//   - Run resets its buffers per hit (verb, occurrence, emitted, background, doer, foreign place, place target)
//     and per mention (the preposition read) only up to the document's count, keeping the larger size a longer
//     document gave them: a sentence coded right after a long article by the same worker gives the events it
//     gives alone, byte for byte, whatever the article left in those buffers;
//   - DateSplit asks first whether the word after the verb opens an adverb or a time (PastInsertion's first
//     step) before it passes over a date between a verb and the rest of its phrase: the split phrase is still
//     read where a date stands there, and no phrase is split where another word does;
//   - Run writes each event's merge key and the input of its id in place: the id is still the content hash
//     of doc_id|type|source|target|place|negated|modality|first two digits of the code|sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/event_json.h"
#include "text/document_reader.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article of many events, actors, places, counts and background mentions (a condemnation of an attack told
// before, a relative clause), which fills the coder's per-hit and per-mention buffers well past what any row
// below needs.
constexpr const char* kLongArticle =
    "قتل ثمانية جنود وأصيب اثنا عشر آخرون في هجوم شنه مسلحون على ثكنة للجيش النيجيري في ولاية بورنو أمس. "
    "وأدان الرئيس النيجيري الهجوم الذي استهدف الثكنة، وتعهد بملاحقة المهاجمين. "
    "وفي العاصمة أبوجا، تظاهر مئات الطلاب أمام مقر البرلمان احتجاجا على رفع رسوم الدراسة. "
    "واعتقلت الشرطة عشرين متظاهرا، بينما أطلقت قوات الأمن الغاز المسيل للدموع لتفريق الحشود. "
    "وكانت الحكومة قد فرضت الأسبوع الماضي حظرا للتجول في ثلاث ولايات شمالية. "
    "وطالبت منظمة العفو الدولية السلطات بالإفراج عن المعتقلين وفتح تحقيق في مقتل متظاهرين اثنين.";

std::string JsonOf(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    AppendEventJson(e, &out);
    out += '\n';
  }
  return out;
}

std::vector<Event> CodeWith(Worker* worker, const char* text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = "2024-05-10";
  std::vector<Event> events;
  worker->Code(doc, false, &events);
  return events;
}

const ProbeRow kRows[] = {
    // Per-hit flags: the attack in the relative clause after a condemnation is background (no counted
    // ASSAULT); the condemnation itself is the event.
    {"guard_condemned_attack_in_relative_clause_is_background",
     "أدان الرئيس الأفغاني الهجوم الذي استهدف مسجدا في كابول.", "ACCUSE", "11", "AFG/GOV", nullptr, "ASSAULT"},
    // Per-hit flags: one arrest of one sentence, its doer the Turkish police.
    {"guard_turkish_police_arrested_three_journalists", "اعتقلت الشرطة التركية ثلاثة صحفيين في إسطنبول أمس.",
     "COERCE", "17", "TUR/COP", nullptr},
    // A protest split by its counted subject (خرج آلاف الطلاب إلى الشوارع).
    {"guard_thousands_of_students_took_to_the_streets",
     "خرج آلاف الطلاب إلى الشوارع في الخرطوم احتجاجا على رفع أسعار الخبز.", "PROTEST", "14", nullptr, nullptr},
    // Per-mention buffers: the target after على, its preposition read.
    {"guard_israeli_aircraft_struck_gaza_houses", "شنت طائرات إسرائيلية غارات على منازل في مدينة غزة فجر اليوم.",
     "ASSAULT", "19", "ISR/*", nullptr},
    // DateSplit: a date (أمس) between the verb and the rest of its phrase (شن غارات), the subject before the verb.
    {"guard_sudanese_army_had_launched_yesterday_air_raids",
     "وكان الجيش السوداني قد شن أمس غارات جوية على مواقع لقوات الدعم السريع في الفاشر.", "ASSAULT", "19", "SDN/MIL",
     nullptr},
    // DateSplit: a time of day (صباح اليوم) between them.
    {"guard_police_had_fired_this_morning_tear_gas",
     "وكانت الشرطة الكينية قد أطلقت صباح اليوم الغاز المسيل للدموع على المحتجين في نيروبي.", "ASSAULT", "",
     "KEN/COP", nullptr},
    // DateSplit: a preposition, no adverb or time, after the verb: the verb keeps its own reading.
    {"guard_government_had_imposed_a_curfew", "وكانت الحكومة المالية قد فرضت حظرا للتجول في العاصمة باماكو.",
     "COERCE", "", "MLI/GOV", nullptr},
};

class Speedcoder44Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder44Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker (the same buffers): the same events, byte for byte,
// as by a fresh worker.
TEST_P(Speedcoder44Test, AfterALongArticleCodesTheSameEvents) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  const ProbeRow& x = GetParam();
  Worker fresh(engine);
  const std::string alone = JsonOf(CodeWith(&fresh, x.text));
  Worker reused(engine);
  const std::vector<Event> article = CodeWith(&reused, kLongArticle);
  EXPECT_GE(article.size(), 5u) << "the article should fill the buffers with several events";
  EXPECT_EQ(JsonOf(CodeWith(&reused, x.text)), alone) << x.name;
  // And the article after the row: as after nothing.
  Worker fresh_article(engine);
  EXPECT_EQ(JsonOf(CodeWith(&reused, kLongArticle)), JsonOf(CodeWith(&fresh_article, kLongArticle))) << x.name;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder44Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The event id hashes the merge key with the document and the sentence, in this layout.
TEST(Speedcoder44, EventIdHashesTheKeyInItsLayout) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  const std::vector<Event> events = CodeWith(&worker, kLongArticle);
  ASSERT_GE(events.size(), 5u);
  bool with_source = false, with_target = false, with_place = false;
  for (const Event& e : events) {
    std::string input = "test|" + e.event + "|" + (e.source ? e.source->actor_id : "") + "|" +
                        (e.target ? e.target->actor_id : "") + "|" + (e.location ? e.location->name_en : "") + "|" +
                        (e.negated ? "true" : "false") + "|" + e.modality + "|" + e.cameo.substr(0, 2) + "|" +
                        std::to_string(e.sentence);
    EXPECT_EQ(e.event_id, ContentHash(input)) << testing::Describe(e);
    with_source = with_source || e.source.has_value();
    with_target = with_target || e.target.has_value();
    with_place = with_place || e.location.has_value();
  }
  // (Every part of the key is written by some event of the article.)
  EXPECT_TRUE(with_source && with_target && with_place);
}

}  // namespace
}  // namespace rasad
