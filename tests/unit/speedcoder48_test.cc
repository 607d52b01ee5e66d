// Guards for the speed work of session 48 (speedcoder48) on the coder (no reading changes; every row is a guard_ that
// passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - PastDateAt (the token after a time adverbial that stands right after a trigger: هاجمت ليلة الثلاثاء مسيرات
//     روسية) keeps its last two answers past its first test, for the same words asked again by the subject, the
//     machine of war and the count readings of the same trigger: the subject past the date is still the doer, a
//     date between a nationality and the noun of a strike still leaves the state the doer, and a trigger with no
//     date after it still reads its subject right after it;
//   - GoverningVerb asks nothing of a document with no verb of occurrence, carrying out, light verb or undergoing: a
//     strike that "did not" happen (لم تشن ... أي غارة) is still negated, and one with no such verb is still coded;
//   - RecentDateWithin passes a word that starts no date without ShiftAt's call: a whole war's toll is a statistic,
//     and the same war killing ten civilians yesterday (أمس, a recent date) is news;
//   - WrittenDate reads a sentence's written date once per sentence: in a document with no date of its own, every
//     clause of a sentence with a full date written in one of them is dated by it.
// Each row is also coded after a long article on the same worker (and the article after it), byte for byte as alone:
// the answers are one document's.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article of many events with dates right after their verbs, coded by the same worker before and after each row.
constexpr const char* kLongArticle =
    "أطلقت صباح اليوم فصائل فلسطينية صواريخ على مستوطنات إسرائيلية قرب غزة. "
    "واعتقلت مساء الأحد الشرطة التونسية خمسة مهربين في مدينة صفاقس. "
    "وقصفت أمس الطائرات الروسية مواقع للمعارضة في ريف إدلب، وقال ناشطون إن القصف أوقع قتلى. "
    "ووقع وزيرا الخارجية المصري والأردني يوم الخميس اتفاقية للتعاون في عمان.";

const ProbeRow kRows[] = {
    // Russian drones attacked the city of Kharkiv on Tuesday night: the subject past the night of Tuesday is the doer,
    // machines of war whose nationality names Russia's military; an attack by air on a Ukrainian city.
    {"guard_drones_attacked_kharkiv_past_tuesday_night", "هاجمت ليلة الثلاثاء مسيرات روسية مدينة خاركيف.", "ASSAULT",
     "19", "RUS/MIL", "UKR/*"},
    // Israeli aircraft shelled Hezbollah's positions in south Lebanon on Sunday morning: Israel's military past the date,
    // the positions' owner (لـ) the target.
    {"guard_israeli_aircraft_shelled_past_sunday_morning", "قصفت صباح الأحد طائرات إسرائيلية مواقع لحزب الله في جنوب لبنان.",
     "ASSAULT", "19", "ISR/MIL", "LBN/*"},
    // The Israeli aircraft carried out raids on positions in Gaza this morning: a date between the nationality and the
    // noun of the strike (غارات), which still has Israel's military as doer.
    {"guard_raids_after_a_date_after_the_nationality", "شنت الطائرات الإسرائيلية صباح اليوم غارات على مواقع في غزة.",
     "ASSAULT", "19", "ISR/MIL", nullptr},
    // The Egyptian police arrested ten smugglers in Sinai yesterday: no date after the verb, the subject right after
    // it (Egypt's police), and the arrested smugglers the target (the date comes last).
    {"guard_arrest_with_the_date_at_the_end", "اعتقلت الشرطة المصرية عشرة مهربين في سيناء أمس.", "COERCE", "17",
     "EGY/COP", "EGY/*"},
    // The Jordanian police arrested five suspects in Amman on Monday evening: the subject past the date.
    {"guard_arrest_past_monday_evening", "اعتقلت مساء الاثنين الشرطة الأردنية خمسة مشتبه بهم في عمان.", "COERCE", "17",
     "JOR/COP", nullptr},
    // Israel did not launch any raid on Gaza yesterday: a verb of carrying out (شن) negated by لم governs the strike,
    // which is no counted assault.
    {"guard_no_raid_launched_is_negated", "لم تشن إسرائيل أي غارة على غزة أمس.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    // Russian aircraft shelled opposition positions in Idlib yesterday: a document with no governing verb at all, the
    // strike coded with Russia's military as doer.
    {"guard_strike_with_no_governing_verb", "قصفت طائرات روسية مواقع للمعارضة في إدلب أمس.", "ASSAULT", "19", "RUS/MIL",
     nullptr},
    // The war in Sudan killed more than ten thousand civilians: the toll of a whole war, a statistic (no assault)...
    {"guard_a_whole_wars_toll_is_a_statistic", "قتلت الحرب في السودان أكثر من عشرة آلاف مدني.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // ... while the war killing ten civilians yesterday is news: a recent date in the clause.
    {"guard_a_war_killing_yesterday_is_news", "قتلت الحرب في السودان عشرة مدنيين أمس.", "ASSAULT", "", nullptr, nullptr},
};

class Speedcoder48Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder48Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker: the same events, byte for byte, as by a fresh worker;
// and the article after the row too.
TEST_P(Speedcoder48Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder48Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// A document with no date of its own, one sentence of three clauses whose middle one writes a full date (12 May 2024):
// the police arrested five protesters in Cairo; on 12 May 2024 the security forces fired tear gas at the protesters;
// and ten people were wounded. Every event of it is dated 12 May 2024 (WrittenDate: the clause's own date, else the
// sentence's, read once for its clauses); coded alone and after the long article, the same.
TEST(Speedcoder48WrittenDateTest, EveryClauseOfTheSentenceTakesItsWrittenDate) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  constexpr const char* kText =
      "اعتقلت الشرطة خمسة متظاهرين في القاهرة، وفي 12 مايو 2024 أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين، "
      "وأصيب عشرة أشخاص.";
  Document doc;
  doc.id = "undated";
  doc.text = kText;
  Worker worker(engine);
  std::vector<Event> events;
  worker.Code(doc, /*explain=*/false, &events);
  ASSERT_GE(events.size(), 2u);
  for (const Event& e : events) EXPECT_EQ(e.date, "2024-05-12") << e.cameo;
  std::vector<Event> again;
  Worker reused(engine);
  Document article = doc;
  article.text = kLongArticle;
  reused.Code(article, /*explain=*/false, &again);
  RecycleEvents(&again);
  reused.Code(doc, /*explain=*/false, &again);
  ASSERT_EQ(again.size(), events.size());
  for (size_t i = 0; i < events.size(); ++i) EXPECT_EQ(again[i].date, events[i].date);
}

}  // namespace
}  // namespace rasad
