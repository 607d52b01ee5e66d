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
//     of doc_id|type|source|target|place|negated|modality|first two digits of the code|sentence;
//   - BuildGroups keeps the member lists of earlier documents' groups past this document's (no list is moved to a
//     spare list and back): lists of actors joined by و are still one group, also after the article's;
//   - the history tests of a clause read only its tokens in figures (a year long past: LongPastYear) and the tokens
//     of its quantities (قبل + a count of years: YearsAgo), not every word: a clause so placed is still history,
//     one with a recent year or a count of days still news, also after a quantity of an earlier sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document_reader.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

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
    // Groups (BuildGroups): actors listed with و as one argument, coded alone and after the article's groups.
    {"guard_french_police_arrested_journalists_and_activists", "اعتقلت الشرطة الفرنسية صحفيين وناشطين في باريس أمس.",
     "COERCE", "17", "FRA/COP", nullptr},
    {"guard_clashes_between_malian_army_and_tuareg_gunmen",
     "اندلعت اشتباكات عنيفة بين الجيش المالي ومسلحين من الطوارق في شمال البلاد.", "ASSAULT", "19", nullptr, nullptr},
    // History: قبل and a count of years places the killing long before the news; a count of days does not.
    {"guard_assassinated_twenty_years_ago_is_history", "قبل عشرين عاما اغتال مسلحون وزير الداخلية في العاصمة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_assassinated_three_days_ago_is_news", "قبل ثلاثة أيام اغتال مسلحون ضابطا في الشرطة في مدينة كركوك.",
     "ASSAULT", "18", nullptr, nullptr},
    // History: a year in figures long before the document's (2024), after عام; a month of this year stays news.
    {"guard_shelling_of_1982_is_history", "قصفت الطائرات الإسرائيلية بيروت عام 1982.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_shelling_in_may_1990_is_history", "قصفت الطائرات الإسرائيلية مدينة رفح في مايو 1990.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_shelling_in_may_2024_is_news", "قصفت الطائرات الإسرائيلية مدينة رفح في مايو 2024.", "ASSAULT", "19", "ISR/*",
     nullptr},
};

// A quantity in an earlier sentence, then a clause placed thirty years back: only the first sentence's ASSAULT events
// count, the wounding (its 12 injured) and the bombing (عبوة ناسفة, 1833, an event of its own in rasad's coding: the row
// first said one event, which overlooked it); the shelling is history.
const testing::IncidentRow kIncidents[] = {
    {"guard_wounded_yesterday_then_shelled_thirty_years_ago",
     "أصيب 12 شخصا في انفجار عبوة ناسفة في السوق أمس. وقبل ثلاثين عاما قصفت الطائرات المدينة نفسها.", 2, "183", nullptr,
     nullptr, -1, 12},
};

class Speedcoder44IncidentTest : public ::testing::TestWithParam<testing::IncidentRow> {};

TEST_P(Speedcoder44IncidentTest, CountsTheNewsOnly) { testing::ExpectIncidentRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder44IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<testing::IncidentRow>& i) { return std::string(i.param.name); });

class Speedcoder44Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder44Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker (the same buffers): the same events, byte for byte,
// as by a fresh worker.
TEST_P(Speedcoder44Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder44Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The event id hashes the merge key with the document and the sentence, in this layout.
TEST(Speedcoder44, EventIdHashesTheKeyInItsLayout) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  std::vector<Event> events;
  worker.Code(testing::ReuseDoc("test", kLongArticle), /*explain=*/false, &events);
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
