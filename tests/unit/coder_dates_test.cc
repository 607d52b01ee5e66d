// The date of an event from the calendar words of its clause or sentence (data/coder/relative_dates.tsv,
// CalendarDate in src/coder/event_dating.cc): weekdays (يوم الاثنين، فجر الجمعة، الخميس الماضي، الأحد
// المقبل), a day of a month with or without its year (في 3 مايو، في 12 آذار 2021), a month (مايو الماضي),
// a count of units ago (قبل ثلاثة أيام، منذ ثلاث سنوات), ordinal days (الخامس عشر من آذار), a month told
// from the document's (العاشر من الشهر الماضي، مطلع الشهر الجاري), dates in figures (12-5-2023) and
// Hijri dates (15 رمضان 1445 هـ). The
// sentences were written for this table; every expected date was worked out by hand from the document
// date (2024-06-05 is a Wednesday) before the coder ran. Rows named guard_ pass without the calendar
// reading and keep what it must not change; every other row failed before it (the event took the
// document date, or only the month).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "coder/relative_date.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::TestEngine;

struct DateRow {
  const char* name;
  const char* text;
  const char* doc_date;
  const char* event;  // the PLOVER type of the event whose date is checked
  const char* date;   // its expected date
};

const DateRow kRows[] = {
    // Weekdays: the last such day up to the document date.
    {"weekday_after_yawm", "قتل جنديان يوم الاثنين في هجوم على حاجز للجيش.", "2024-06-05", "ASSAULT", "2024-06-03"},
    {"weekday_after_dawn", "شنت القوات هجوما فجر الجمعة على البلدة.", "2024-06-05", "ASSAULT", "2024-05-31"},
    {"weekday_bare_with_article", "اعتقلت الشرطة السبت ثلاثة صحفيين في القاهرة.", "2024-06-05", "COERCE",
     "2024-06-01"},
    {"weekday_after_night", "هاجم مسلحون القرية ليلة الأحد.", "2024-06-05", "ASSAULT", "2024-06-02"},
    {"weekday_past_is_before_today", "اعتقلت الشرطة الأربعاء الماضي ثلاثة صحفيين.", "2024-06-05", "COERCE",
     "2024-05-29"},
    {"weekday_past", "اعتقلت الشرطة الخميس الماضي ثلاثة صحفيين.", "2024-06-05", "COERCE", "2024-05-30"},
    {"weekday_next", "يزور الرئيس الفرنسي الجزائر الأحد المقبل.", "2024-06-05", "CONSULT", "2024-06-09"},
    {"weekday_in_a_future_clause", "سيزور الرئيس الفرنسي الجزائر يوم الأحد.", "2024-06-05", "CONSULT",
     "2024-06-09"},
    {"guard_weekday_today", "اعتقلت الشرطة الأربعاء ثلاثة صحفيين.", "2024-06-05", "COERCE", "2024-06-05"},
    // Words that are weekdays only in company: أحد "one of", خميس a name.
    {"guard_ahad_is_one_of", "قتل أحد الجنود في الهجوم على الحاجز.", "2024-06-05", "ASSAULT", "2024-06-05"},
    {"guard_khamis_is_a_name", "اغتال مسلحون خميس الزوي في طرابلس.", "2024-06-05", "ASSAULT", "2024-06-05"},
    // A day of a month: the year written, else the one nearest the document date.
    {"day_month_this_year", "قتل 20 شخصا في هجوم وقع في 3 مايو.", "2024-06-05", "ASSAULT", "2024-05-03"},
    {"day_month_last_year", "قتل 20 شخصا في هجوم على سوق في 20 ديسمبر.", "2024-06-05", "ASSAULT", "2023-12-20"},
    {"day_month_across_new_year", "اعتقلت الشرطة ناشطين في 28 ديسمبر.", "2024-01-10", "COERCE", "2023-12-28"},
    // (A day of a year three or more before the document's is history since session 39, mood39, as the year alone is.)
    {"day_levantine_month_year", "اعتقلت الشرطة الصحفي في 12 آذار 2022.", "2024-06-05", "COERCE", "2022-03-12"},
    {"past_verb_takes_the_past_date", "قتلت القوات 5 مسلحين في 7 تشرين الأول.", "2024-06-05", "ASSAULT",
     "2023-10-07"},
    {"future_takes_the_date_ahead", "سيزور الرئيس الفرنسي الجزائر في 20 يونيو.", "2024-06-05", "CONSULT",
     "2024-06-20"},
    {"two_word_month", "قصفت الطائرات الإسرائيلية مدينة غزة في 7 تشرين الأول 2023.", "2024-06-05", "ASSAULT", "2023-10-07"},
    // A month alone: the month only.
    {"month_past", "اعتقل الجيش في مايو الماضي ثلاثة صحفيين.", "2024-06-05", "COERCE", "2024-05"},
    {"month_past_same_month_is_last_year", "اعتقل الجيش في يونيو الماضي ثلاثة صحفيين.", "2024-06-05", "COERCE",
     "2023-06"},
    {"month_with_year", "اعتقل الجيش ثلاثة صحفيين في أيار 2022.", "2024-06-05", "COERCE", "2022-05"},
    {"guard_marsa_is_a_verb", "اعتقلت الشرطة رجلا مارس التهريب سنوات طويلة.", "2024-06-05", "COERCE",
     "2024-06-05"},
    // A count of units ago: as precise as its unit.
    {"days_ago", "قصفت الطائرات القرية قبل ثلاثة أيام.", "2024-06-05", "ASSAULT", "2024-06-02"},
    {"two_days_ago", "قصفت الطائرات القرية قبل يومين.", "2024-06-05", "ASSAULT", "2024-06-03"},
    // (Three years ago or more is history since session 39, mood39.)
    {"years_ago_gives_the_year", "اعتقل الأمن ناشطين قبل سنتين.", "2024-06-05", "COERCE", "2022"},
    {"last_night", "قصفت الطائرات القرية الليلة الماضية.", "2024-06-05", "ASSAULT", "2024-06-04"},
    // Ordinal days, and من between the day and the month.
    {"ordinal_day_of_month", "قصفت الطائرات الإسرائيلية غزة في الثالث من مايو.", "2024-06-05", "ASSAULT", "2024-05-03"},
    {"ordinal_in_two_words_month_past", "اعتقلت الشرطة التونسية ناشطا في الخامس عشر من آذار الماضي.", "2024-06-05",
     "COERCE", "2024-03-15"},
    {"ordinal_with_waw_two_word_month", "قصفت الطائرات غزة في الحادي والعشرين من كانون الثاني.", "2024-06-05",
     "ASSAULT", "2024-01-21"},
    {"ordinal_with_year", "قصفت الطائرات غزة في الثاني من كانون الثاني 2023.", "2024-06-05", "ASSAULT",
     "2023-01-02"},
    {"figure_day_min_month", "اقتحمت القوات الإسرائيلية جنين في 3 من مايو.", "2024-06-05", "ASSAULT", "2024-05-03"},
    // A month told from the document's month; a part of a month.
    {"day_of_last_month", "اعتقلت الشرطة ناشطا في العاشر من الشهر الماضي.", "2024-06-05", "COERCE", "2024-05-10"},
    {"day_of_last_month_across_new_year", "اعتقلت الشرطة ناشطا في العاشر من الشهر الماضي.", "2024-01-20", "COERCE",
     "2023-12-10"},
    {"part_of_last_month", "قتل جنديان في هجوم أواخر الشهر الماضي.", "2024-06-05", "ASSAULT", "2024-05"},
    {"part_of_this_month", "قتل جنديان في هجوم مطلع الشهر الجاري.", "2024-06-05", "ASSAULT", "2024-06"},
    {"part_of_a_named_month", "قصفت الطائرات غزة في منتصف مايو.", "2024-06-05", "ASSAULT", "2024-05"},
    // Last month and last year alone give the month and the year, not a day they do not say (they gave
    // 2024-05-06 and 2023-06-06, 30 and 365 days back).
    {"last_month_alone_is_the_month", "قتل جنديان في هجوم الشهر الماضي.", "2024-06-05", "ASSAULT", "2024-05"},
    {"last_month_alone_across_new_year", "قتل جنديان في هجوم الشهر الماضي.", "2024-01-31", "ASSAULT", "2023-12"},
    {"last_year_is_the_year", "اعتقلت الشرطة الصحفي العام الماضي.", "2024-06-05", "COERCE", "2023"},
    // Dates in figures: day first, or a year of four figures first.
    {"figures_day_first", "قتل ثلاثة في غارة بتاريخ 12-5-2023.", "2024-06-05", "ASSAULT", "2023-05-12"},
    {"figures_year_first", "قتل ثلاثة في غارة يوم 2024/05/12.", "2024-06-05", "ASSAULT", "2024-05-12"},
    // (A year first after في is no bare year: the whole date is read.)
    {"figures_year_first_after_fi", "قتل ثلاثة في غارة في 2023/05/12.", "2024-06-05", "ASSAULT", "2023-05-12"},
    {"guard_figures_no_such_day", "قصفت الطائرات غزة في 31/4/2024.", "2024-06-05", "ASSAULT", "2024-06-05"},
    // With dots the date is one number token.
    {"figures_with_dots_day_first", "قتل ثلاثة في غارة يوم 12.05.2024.", "2024-06-05", "ASSAULT", "2024-05-12"},
    {"figures_with_dots_year_first", "قتل ثلاثة في غارة بتاريخ 2023.05.12.", "2024-06-05", "ASSAULT", "2023-05-12"},
    // A date written after a weekday says which one (12 May 2024 was a Sunday; the last Sunday before
    // the document date is 2 June).
    {"weekday_with_date_after", "هاجم مسلحون حاجزا للجيش يوم الأحد الموافق 12 مايو.", "2024-06-05", "ASSAULT",
     "2024-05-12"},
    // Hijri dates, in the Umm al-Qura calendar: 1 Ramadan 1445 was 11 March 2024, 1 Shawwal 1445 (Eid
    // al-Fitr) 10 April 2024, 1 Dhu al-Qada 1445 9 May 2024, 10 Dhu al-Hijja 1445 (Eid al-Adha) 16 June
    // 2024, 1 Muharram 1445 19 July 2023. Sha'ban 1445 had 29 days.
    {"hijri_day_month_year", "قتل مسلحون ثلاثة جنود في هجوم على حاجز في 15 رمضان 1445 هـ.", "2024-06-05", "ASSAULT",
     "2024-03-25"},
    {"hijri_ordinal_day", "اعتقلت الشرطة ناشطين في الأول من شوال 1445.", "2024-06-05", "COERCE", "2024-04-10"},
    {"hijri_weekday_then_date", "قتل جنديان في هجوم يوم الأحد 4 ذو القعدة 1445 هـ.", "2024-06-05", "ASSAULT",
     "2024-05-12"},
    {"hijri_two_words_no_year", "قتل جنديان في هجوم يوم 10 ذي الحجة.", "2024-06-20", "ASSAULT", "2024-06-16"},
    {"hijri_no_year_is_the_last_one", "قصفت الطائرات القرية في العاشر من محرم.", "2024-06-05", "ASSAULT",
     "2023-07-28"},
    {"guard_hijri_no_such_day", "اعتقلت الشرطة ناشطين في 30 شعبان 1445.", "2024-06-05", "COERCE", "2024-06-05"},
    {"guard_safar_needs_its_year", "اعتقلت الشرطة ثلاثة أشخاص في 3 صفر.", "2024-06-05", "COERCE", "2024-06-05"},
};

TEST(CoderDatesTest, EventDates) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_SKIP() << error;
  for (const DateRow& x : kRows) {
    std::string seen;
    bool found = false;
    for (const Event& e : CodeText(x.text, x.doc_date)) {
      seen += e.event + " " + e.date + "; ";
      if (e.event == x.event && e.date == x.date) found = true;
    }
    EXPECT_TRUE(found) << x.name << ": want " << x.event << " on " << x.date << ", got " << seen;
  }
}

// The words that dated an event (`date_words` of the record: their text and original bytes), and a
// document with no date of its own dated by a full date in its words. Expected words and dates were
// read off each sentence by hand; an empty `words` means the date is the document's (no words). Every
// row failed before events carried these words (there was no such field); the undated rows with a date
// also failed on the date itself (an undated document took no date from its words but a bare year).
struct DateWordsRow {
  const char* name;
  const char* text;
  const char* doc_date;
  const char* event;
  const char* date;
  const char* words;
};

const DateWordsRow kWordsRows[] = {
    {"weekday_with_its_day_word", "قتل جنديان يوم الاثنين في هجوم على حاجز للجيش.", "2024-06-05", "ASSAULT",
     "2024-06-03", "يوم الاثنين"},
    {"days_ago", "قصفت الطائرات القرية قبل ثلاثة أيام.", "2024-06-05", "ASSAULT", "2024-06-02", "قبل ثلاثة أيام"},
    {"a_shift", "قصفت الطائرات القرية الليلة الماضية.", "2024-06-05", "ASSAULT", "2024-06-04", "الليلة الماضية"},
    // (The year before the document's: one three years or more before it is history since session 34, mood34.)
    {"a_year_in_the_clause", "اعتقلت الشرطة الصحفي في عام 2023.", "2024-06-05", "COERCE", "2023", "2023"},
    {"day_month_year", "اعتقلت الشرطة الصحفي في 12 آذار 2022.", "2024-06-05", "COERCE", "2022-03-12",
     "12 آذار 2022"},
    {"the_document_date_has_no_words", "قتل أحد الجنود في الهجوم على الحاجز.", "2024-06-05", "ASSAULT",
     "2024-06-05", ""},
    // No document date: a full date in the words still dates the event; nothing relative does.
    {"undated_day_month_year", "اعتقلت الشرطة الصحفي في 12 آذار 2021.", "", "COERCE", "2021-03-12",
     "12 آذار 2021"},
    {"undated_figures", "قتل ثلاثة في غارة بتاريخ 12-5-2023.", "", "ASSAULT", "2023-05-12", "12-5-2023"},
    {"undated_month_year", "اعتقل الجيش ثلاثة صحفيين في أيار 2022.", "", "COERCE", "2022-05", "أيار 2022"},
    {"undated_weekday_then_date", "هاجم مسلحون حاجزا للجيش يوم الأحد الموافق 12 مايو 2024.", "", "ASSAULT",
     "2024-05-12", "يوم الأحد الموافق 12 مايو 2024"},
    {"guard_undated_relative_is_no_date", "قصفت الطائرات القرية قبل ثلاثة أيام.", "", "ASSAULT", "", ""},
    {"guard_undated_month_without_year", "قتل 20 شخصا في هجوم وقع في 3 مايو.", "", "ASSAULT", "", ""},
};

TEST(CoderDatesTest, DateWords) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_SKIP() << error;
  for (const DateWordsRow& x : kWordsRows) {
    std::string seen;
    bool found = false;
    for (const Event& e : CodeText(x.text, x.doc_date)) {
      seen += e.event + " " + e.date + " [" + e.date_text + "]; ";
      if (e.event != x.event || e.date != x.date || e.date_text != x.words) continue;
      found = true;
      // The words slice the original text at their span.
      const std::string text = x.text;
      if (!e.date_text.empty()) {
        EXPECT_EQ(text.substr(e.date_begin, e.date_end - e.date_begin), e.date_text) << x.name;
      } else {
        EXPECT_EQ(e.date_begin, e.date_end) << x.name;
      }
    }
    EXPECT_TRUE(found) << x.name << ": want " << x.event << " on '" << x.date << "' from [" << x.words << "], got "
                       << seen;
  }
}

// The number before a month name is a day of the month, not a count of people (word_kinds.tsv lists the
// month names as time units), with من between as well; a count of people before من stays one.
struct CountRow {
  const char* text;
  const char* event;
  int captured, fatalities;  // -1: none
};

const CountRow kCountRows[] = {
    {"اعتقلت الشرطة الصحفي في 12 آذار 2022.", "COERCE", -1, -1},  // failed before: 12 captured (2021 until session 39)
    {"قتل الجنود في 15 من الشهر الجاري.", "ASSAULT", -1, -1},     // failed before: 15 killed
    {"قتل 5 من الجنود في 15 من الشهر الجاري.", "ASSAULT", -1, 5},  // guard
    {"اعتقلت الشرطة في 15 رمضان ناشطين.", "COERCE", -1, -1},     // failed before: 15 captured
};

TEST(CoderDatesTest, DayOfMonthIsNoCount) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_SKIP() << error;
  auto count = [](const std::optional<int64_t>& n) { return n.has_value() ? static_cast<int>(*n) : -1; };
  for (const CountRow& x : kCountRows) {
    bool found = false;
    for (const Event& e : CodeText(x.text, "2024-06-05")) {
      if (e.event != x.event) continue;
      found = true;
      EXPECT_EQ(count(e.captured), x.captured) << x.text;
      EXPECT_EQ(count(e.fatalities), x.fatalities) << x.text;
    }
    EXPECT_TRUE(found) << x.text;
  }
}

TEST(CoderDatesTest, Calendar) {
  EXPECT_EQ(IsoWeekday("2024-06-05"), 3);
  EXPECT_EQ(IsoWeekday("2024-06-09"), 7);
  EXPECT_EQ(IsoWeekday("2024"), 0);
  EXPECT_EQ(NearestDayOfMonth("2024-06-05", 5, 3, false), "2024-05-03");
  EXPECT_EQ(NearestDayOfMonth("2024-06-05", 12, 20, true), "2023-12-20");
  EXPECT_EQ(NearestDayOfMonth("2024-06-05", 6, 20, false), "2023-06-20");
  EXPECT_EQ(NearestDayOfMonth("2024-06-05", 6, 20, true), "2024-06-20");
  EXPECT_EQ(NearestDayOfMonth("2024-12-30", 1, 2, true), "2025-01-02");
  EXPECT_EQ(NearestDayOfMonth("2024-12-30", 1, 2, false), "2024-01-02");
  // The only year of the three with the day, though it lies ahead.
  EXPECT_EQ(NearestDayOfMonth("2023-06-05", 2, 29, false), "2024-02-29");
  EXPECT_EQ(NearestDayOfMonth("2024-06-05", 4, 31, false), "");
  EXPECT_EQ(NearestMonth("2024-06-05", 5, -1), "2024-05");
  EXPECT_EQ(NearestMonth("2024-06-05", 6, -1), "2023-06");
  EXPECT_EQ(NearestMonth("2024-06-05", 6, 1), "2025-06");
  EXPECT_EQ(NearestMonth("2024-06-05", 12, 0), "2023-12");
  EXPECT_EQ(NearestMonth("2024-12-05", 2, 0), "2025-02");
  EXPECT_EQ(ShiftMonth("2024-01-20", -1), "2023-12");
  EXPECT_EQ(ShiftMonth("2024-12-05", 1), "2025-01");
  EXPECT_EQ(ShiftMonth("2024-06-05", 0), "2024-06");
  EXPECT_EQ(ShiftMonth("2024-06", 0), "");
  EXPECT_TRUE(ValidDate(2024, 2, 29));
  EXPECT_FALSE(ValidDate(2023, 2, 29));
  EXPECT_FALSE(ValidDate(2024, 4, 31));
  EXPECT_FALSE(ValidDate(2024, 13, 1));
  // The Umm al-Qura calendar (dates checked against the Saudi calendar: Ramadan 1445 began on 11 March
  // 2024, Eid al-Adha 1445 was 16 June 2024; Sha'ban 1445 had 29 days).
  EXPECT_EQ(HijriToIso(1445, 9, 1), "2024-03-11");
  EXPECT_EQ(HijriToIso(1445, 12, 10), "2024-06-16");
  EXPECT_EQ(HijriToIso(1445, 8, 30), "");
  EXPECT_EQ(HijriToIso(1200, 1, 1), "");
  EXPECT_EQ(NearestHijriDay("2024-06-05", 9, 1, false), "2024-03-11");
  EXPECT_EQ(NearestHijriDay("2024-06-05", 12, 10, true), "2024-06-16");
  EXPECT_EQ(NearestHijriDay("2024-06", 9, 1, false), "");
}

// The dates a document writes, as `rasad entities` prints them: the words of each and the date it gives
// (document date 2024-06-05, a Wednesday; worked out by hand). Rows that failed before: all (there were
// no date mentions).
struct MentionRow {
  const char* text;
  std::vector<std::pair<std::string, std::string>> dates;  // the words, the date
};

TEST(CoderDatesTest, DateMentions) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_SKIP() << error;
  const MentionRow rows[] = {
      {"قتل جنديان في هجوم يوم الأحد الموافق 12 مايو 2024 في بغداد، وقصفت الطائرات القرية أمس.",
       {{"يوم الأحد الموافق 12 مايو 2024", "2024-05-12"}, {"أمس", "2024-06-04"}}},
      {"اغتيل الحريري في عام 2005، واعتقلت الشرطة ناشطين قبل ثلاثة أيام.",
       {{"2005", "2005"}, {"قبل ثلاثة أيام", "2024-06-02"}}},
      {"اعتقلت الشرطة ناشطين في 15 رمضان 1445 هـ وفي الخامس عشر من آذار الماضي.",
       {{"15 رمضان 1445 هـ", "2024-03-25"}, {"الخامس عشر من آذار الماضي", "2024-03-15"}}},
      {"قصفت الطائرات غزة الخميس الماضي ومنتصف مايو وبتاريخ 3/4/2023.",
       // (A mention's words are whole tokens, their clitics included, as for every mention: ومنتصف.)
       {{"الخميس الماضي", "2024-05-30"}, {"ومنتصف مايو", "2024-05"}, {"3/4/2023", "2023-04-03"}}},
      // No date: أحد "one of" and a count of soldiers.
      {"قتل أحد الجنود و3 مدنيين في الهجوم.", {}},
  };
  const Engine* engine = TestEngine();
  Worker worker(engine);
  for (const MentionRow& x : rows) {
    Document doc;
    doc.id = "test";
    doc.text = x.text;
    doc.date = "2024-06-05";
    worker.Analyze(doc);
    std::vector<std::pair<std::string, std::string>> seen;
    for (const DateReading& d : worker.coder().DateMentions(doc, worker.text(), worker.recognition())) {
      const uint32_t b = worker.text().tokens[d.first].begin, e = worker.text().tokens[d.end - 1].end;
      seen.emplace_back(doc.text.substr(b, e - b), d.value);
    }
    EXPECT_EQ(seen, x.dates) << x.text;
  }
}

TEST(CoderDatesTest, BadLineNamesTheLine) {
  const std::string path = (std::filesystem::temp_directory_path() / "rasad_dates_test.tsv").string();
  {
    std::ofstream out(path);
    out << "# a comment\nأمس\t-1\nالجمعة\tweekday 9\n";
  }
  auto dates = LoadRelativeDates(path);
  std::remove(path.c_str());
  ASSERT_FALSE(dates.ok());
  EXPECT_NE(dates.status().message().find(":3"), std::string::npos) << dates.status().message();
}

}  // namespace
}  // namespace rasad
