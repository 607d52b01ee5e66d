// Guards for the speed work of session 51 (speedA) on the coder (no reading changes; every row is a guard_ that
// passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - the coder's word kinds (WordKindsAt), whether a word starts a relative date (StartsDate) and whether it enters
//     the trigger or cue trie at all (TrieRoots::opens) are read with the token's trie roots, looked up once per word
//     type in ReadTokenRoots, instead of from memos of their own: the dates told by أمس، يوم الخميس الماضي and a
//     date in figures are still read, and so are the readings that ask word kinds (a score after a verb of sport, a
//     gathering with no sign of protest, a machine of war with its owner);
//   - ReadDate looks for a clause's year among the text's tokens of figures (number_tokens) instead of testing every
//     token: a year after عام dates the event, also after another number in the clause, and the document's own year
//     does not.
// Each row is also coded after a long article on the same worker (and the article after it), byte for byte as alone:
// the article has dates, years, figures and words of those kinds.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article with relative dates, years and figures, and words of the kinds the rows ask, coded by the same worker
// before and after each row.
constexpr const char* kLongArticle =
    "قالت مصادر عسكرية إن زوارق تابعة للبحرية أطلقت النار أمس على قارب صيد قرب السواحل، وذلك بعد أسبوع من "
    "اشتباكات اندلعت يوم الاثنين الماضي في المنطقة نفسها. واحتشد آلاف المصلين في المسجد لأداء صلاة الجمعة، "
    "فيما سحق الفريق المحلي منافسه بثلاثية نظيفة في عام 2021. وأعلنت الحكومة في 3/4/2024 أن 12 شخصا قتلوا.";

// A row read with the date of its event: the document is dated 2024-06-01, a Saturday.
struct DateRow {
  const char* name;
  const char* text;
  const char* event;  // PLOVER type of the event
  const char* date;   // its date, as the event holds it
};

const DateRow kDateRows[] = {
    // Warplanes bombed gunmen's positions in the Idlib countryside yesterday: an attack dated the day before the
    // news, 31 May.
    {"guard_yesterday", "قصفت الطائرات الحربية مواقع للمسلحين في ريف إدلب أمس.", "ASSAULT", "2024-05-31"},
    // Hundreds of students demonstrated in front of the parliament in Baghdad last Thursday: the Thursday before the
    // Saturday of the news, 30 May.
    {"guard_last_thursday", "تظاهر مئات الطلاب أمام مقر البرلمان في بغداد يوم الخميس الماضي.", "PROTEST",
     "2024-05-30"},
    // Gunmen killed five soldiers in an attack on a checkpoint in North Sinai on 12/5/2024: the date in figures, day
    // first, is 12 May 2024.
    {"guard_date_in_figures", "قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش في شمال سيناء في 12/5/2024.", "ASSAULT",
     "2024-05-12"},
    // The Turkish police arrested fifteen activists in Istanbul in the year 2022: two years before the news, still
    // news, dated by its year; 15, a number before it, is no year.
    {"guard_year_after_another_number", "اعتقلت الشرطة التركية 15 ناشطا في إسطنبول عام 2022.", "COERCE", "2022"},
};

class SpeedCoder51DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(SpeedCoder51DateTest, DatesTheEvent) {
  const DateRow& row = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(row.text, "2024-06-01")) {
    seen += e.event + " " + e.cameo + " date=" + e.date + "\n";
    found = found || (e.event == row.event && e.date == row.date);
  }
  EXPECT_TRUE(found) << row.name << ": " << row.text << "\nwant " << row.event << " dated " << row.date << "\n"
                     << seen;
}

TEST_P(SpeedCoder51DateTest, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, SpeedCoder51DateTest, ::testing::ValuesIn(kDateRows),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

// The document's own year after عام does not date the event apart from the news: the event keeps a full date.
TEST(SpeedCoder51DateTest, guard_TheDocumentsOwnYearIsNoDate) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  // The Turkish police arrested fifteen activists in Istanbul in the year 2024 (the news's own year).
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText("اعتقلت الشرطة التركية 15 ناشطا في إسطنبول عام 2024.", "2024-06-01")) {
    seen += e.event + " date=" + e.date + "\n";
    found = found || (e.event == "COERCE" && e.date != "2024");
  }
  EXPECT_TRUE(found) << seen;
}

const ProbeRow kKindRows[] = {
    // Al-Hilal crushed Al-Nassr by a clean three-goal win: a score after بـ (word kind score) makes the verb one of
    // sport, no attack.
    {"guard_score_after_a_verb_of_sport", "سحق الهلال النصر بثلاثية نظيفة في الدوري السعودي.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // Thousands of worshippers gathered in the Al-Aqsa mosque for the Friday prayer: a gathering (word kind
    // gathering) with no sign of protest, no protest.
    {"guard_gathering_with_no_protest", "احتشد آلاف المصلين في المسجد الأقصى لأداء صلاة الجمعة.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // Thousands demonstrated in Amman against the war on Gaza: the same verb of gathering's neighbour, a protest,
    // with a word of protest against (ضد) after it.
    {"guard_gathering_against_the_war", "احتشد آلاف المتظاهرين في عمان ضد الحرب على غزة.", "PROTEST", "14", nullptr,
     nullptr},
    // Boats of the Revolutionary Guard opened fire on an oil tanker in the Strait of Hormuz: the machine of war (word
    // kind machine) with its owner in construct is the subject; the owner, Iran's, is the doer.
    {"guard_machine_of_war_with_its_owner", "أطلقت زوارق الحرس الثوري النار على ناقلة نفط في مضيق هرمز.",
     "ASSAULT", "1", "IRN/*", nullptr},
};

class SpeedCoder51KindTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(SpeedCoder51KindTest, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

TEST_P(SpeedCoder51KindTest, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, SpeedCoder51KindTest, ::testing::ValuesIn(kKindRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
