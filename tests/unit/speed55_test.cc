// Guards for the speed work of session 55, which changes no output; every row is a guard_ row, its expectation worked
// out by hand on the calendar before the code ran:
//   - a document date written YYYY-MM-DD (alone or with a time after it) is read digit by digit; any other form, a day
//     of more digits included (2024-06-011), is still read by sscanf's "%d-%u-%u", as before;
//   - a date or a month is written digit by digit where its year has four digits, by fmt otherwise, in the same text
//     ("{:04d}-{:02d}-{:02d}", "{:04d}-{:02d}");
//   - the phrases of relative_dates.tsv a word starts are looked up once per word type and kept on the Worker between
//     documents: a document's dates are the same coded alone and after others (of other dates and words) on one
//     Worker. (Sentences written for this table; dates worked out from the document date: 2024-06-01 was a Saturday,
//     2024-06-07 a Friday.)
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "coder/relative_date.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

struct ShiftRow {
  const char* name;
  const char* iso;
  int days;
  const char* expected;
};

const ShiftRow kShiftRows[] = {
    {"guard_day_before_the_first_of_june", "2024-06-01", -1, "2024-05-31"},
    {"guard_day_before_march_first_in_a_leap_year", "2024-03-01", -1, "2024-02-29"},
    {"guard_day_after_new_years_eve", "2023-12-31", 1, "2024-01-01"},
    {"guard_no_shift_keeps_the_text", "2024-06-01", 0, "2024-06-01"},
    {"guard_date_with_a_time_after_it", "2024-06-01T09:30:00Z", -2, "2024-05-30"},
    {"guard_year_of_three_digits_is_padded", "0999-01-01", -1, "0998-12-31"},
    {"guard_month_and_day_of_one_digit_read_by_sscanf", "2024-6-1 10:00", 1, "2024-06-02"},
    {"guard_day_of_three_digits_read_by_sscanf", "2024-06-011", 1, "2024-06-12"},
    {"guard_leading_space_read_by_sscanf", " 2024-06-01", 1, "2024-06-02"},
    {"guard_no_date_is_returned_unchanged", "June 2024!", 1, "June 2024!"},
    {"guard_day_the_month_lacks_is_returned_unchanged", "2024-02-30", 1, "2024-02-30"},
    {"guard_too_short_is_returned_unchanged", "2024-06-1", 1, "2024-06-1"},
};

class Speed55ShiftTest : public ::testing::TestWithParam<ShiftRow> {};

TEST_P(Speed55ShiftTest, ShiftsTheDocumentDate) {
  const ShiftRow& row = GetParam();
  EXPECT_EQ(ShiftDate(row.iso, row.days), row.expected) << row.iso;
}

INSTANTIATE_TEST_SUITE_P(Rows, Speed55ShiftTest, ::testing::ValuesIn(kShiftRows),
                         [](const auto& info) { return std::string(info.param.name); });

struct WeekdayRow {
  const char* name;
  const char* iso;
  int expected;  // 1 Monday to 7 Sunday, 0 no date
};

const WeekdayRow kWeekdayRows[] = {
    {"guard_first_of_june_2024_was_a_saturday", "2024-06-01", 6},
    {"guard_sixth_of_december_2026_is_a_sunday", "2026-12-06", 7},
    {"guard_one_digit_day_read_by_sscanf_a_monday", "2024-6-3 x", 1},
    {"guard_thirteenth_month_is_no_date", "2024-13-01", 0},
};

class Speed55WeekdayTest : public ::testing::TestWithParam<WeekdayRow> {};

TEST_P(Speed55WeekdayTest, ReadsTheWeekday) {
  const WeekdayRow& row = GetParam();
  EXPECT_EQ(IsoWeekday(row.iso), row.expected) << row.iso;
}

INSTANTIATE_TEST_SUITE_P(Rows, Speed55WeekdayTest, ::testing::ValuesIn(kWeekdayRows),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Speed55Test, MonthsAndYearsAwayAreWrittenAsBefore) {
  EXPECT_EQ(ShiftMonth("2024-01-15", -1), "2023-12");
  EXPECT_EQ(ShiftMonth("2024-06-01", 0), "2024-06");
  EXPECT_EQ(ShiftMonth("0100-01-15", -1), "0099-12");
  EXPECT_EQ(ShiftMonth("not a date", 1), "");
  RelativeDate last_year;
  last_year.days = -1;
  last_year.unit = RelativeDate::Unit::kYears;
  EXPECT_EQ(ShiftedDate("2024-06-01", last_year), "2023");
  RelativeDate last_month;
  last_month.days = -1;
  last_month.unit = RelativeDate::Unit::kMonths;
  EXPECT_EQ(ShiftedDate("2024-03-31T08:00", last_month), "2024-02");
}

TEST(Speed55Test, NearestDayOfMonthIsWrittenAsBefore) {
  EXPECT_EQ(NearestDayOfMonth("2024-06-01", 5, 3, false), "2024-05-03");
  EXPECT_EQ(NearestDayOfMonth("2024-01-10", 12, 25, false), "2023-12-25");
  EXPECT_EQ(NearestDayOfMonth("2024-01-10", 1, 20, true), "2024-01-20");
  EXPECT_EQ(NearestDayOfMonth("2024-06-01", 2, 30, false), "");
}

struct DatedRow {
  const char* name;
  const char* text;
  const char* doc_date;
  const char* event;  // the PLOVER type of the event whose date is checked
  const char* date;
};

const DatedRow kDatedRows[] = {
    {"guard_last_thursday_before_a_saturday", "قصفت الطائرات القرية يوم الخميس الماضي.", "2024-06-01", "ASSAULT",
     "2024-05-30"},
    {"guard_yesterday_in_a_leap_year", "اعتقلت الشرطة أمس خمسة ناشطين في المدينة.", "2024-03-01", "COERCE",
     "2024-02-29"},
    {"guard_day_of_a_named_month", "قتل مسلحون جنديين في هجوم على حاجز في 4 مايو.", "2024-06-01", "ASSAULT",
     "2024-05-04"},
    {"guard_day_of_last_month_across_new_year", "اعتقلت الشرطة ناشطا في العشرين من الشهر الماضي.", "2024-01-10",
     "COERCE", "2023-12-20"},
    {"guard_last_thursday_before_a_friday", "قصفت الطائرات القرية يوم الخميس الماضي.", "2024-06-07", "ASSAULT",
     "2024-06-06"},
    {"guard_yesterday_again_after_the_others", "اعتقلت الشرطة أمس خمسة ناشطين في المدينة.", "2024-06-01", "COERCE",
     "2024-05-31"},
};

// Whether `events` hold one of type `event` dated `date`; `seen` lists them all.
bool HasDatedEvent(const std::vector<Event>& events, const DatedRow& row, std::string* seen) {
  bool found = false;
  for (const Event& e : events) {
    *seen += e.event + " " + e.date + "; ";
    found = found || (e.event == row.event && e.date == row.date);
  }
  return found;
}

TEST(Speed55Test, DatesTheSameAloneAndInSequenceOnOneWorker) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  if (engine == nullptr) GTEST_SKIP() << error;
  Worker shared(engine);
  for (int round = 0; round < 2; ++round) {  // (the second round finds every word type kept)
    for (const DatedRow& row : kDatedRows) {
      Document doc;
      doc.id = row.name;
      doc.text = row.text;
      doc.date = row.doc_date;
      std::vector<Event> alone, in_sequence;
      Worker fresh(engine);
      fresh.Code(doc, false, &alone);
      shared.Code(doc, false, &in_sequence);
      std::string seen_alone, seen_in_sequence;
      EXPECT_TRUE(HasDatedEvent(alone, row, &seen_alone)) << row.name << " alone: " << seen_alone;
      EXPECT_TRUE(HasDatedEvent(in_sequence, row, &seen_in_sequence))
          << row.name << " round " << round << ": " << seen_in_sequence;
    }
  }
}

}  // namespace
}  // namespace rasad
