// Guards for the speed work of session 55, which changes no output; every row is a guard_ row, its expectation worked
// out by hand on the calendar before the code ran:
//   - a document date written YYYY-MM-DD (alone or with a time after it) is read digit by digit; any other form, a day
//     of more digits included (2024-06-011), is still read by sscanf's "%d-%u-%u", as before;
//   - a date or a month is written digit by digit where its year has four digits, by fmt otherwise, in the same text
//     ("{:04d}-{:02d}-{:02d}", "{:04d}-{:02d}").
#include <gtest/gtest.h>

#include <string>

#include "coder/relative_date.h"

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

}  // namespace
}  // namespace rasad
