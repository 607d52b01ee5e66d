// Relative date expressions (أمس، الأسبوع الماضي، مؤخرا) and the shift of a document date they give.
#ifndef RASAD_CODER_RELATIVE_DATE_H_
#define RASAD_CODER_RELATIVE_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/status.h"

namespace rasad {

// One line of relative_dates.tsv: a phrase and what it says of the event's date.
struct RelativeDate {
  enum class Kind : uint8_t {
    kShift,    // the document date plus `days` (أمس: -1)
    kWeekday,  // a day of the week, `value` 1 (Monday) to 7 (Sunday) (الجمعة)
    kMonth,    // a month of the year, `value` 1 to 12 (مايو، أيار، ماي)
    kDaypart,  // a part of a day that may stand before a weekday (يوم، صباح، فجر، ليلة)
    kUnit,     // a unit of time after a count, `value` days (أيام: 1, أسابيع: 7, أشهر: 30, سنوات: 365)
    kAgo,      // "ago" before a count and a unit (قبل، منذ)
    kPast,     // after a weekday or month: the last one before the document date (الماضي)
    kNext,     // after a weekday or month: the next one after it (المقبل)
    kOrdinal,  // an ordinal day of a month, `value` 1 to 31, before a month (الثالث من مايو)
    kMonthOf,  // a month told from the document's, `value` months away: -1 (الشهر الماضي), 0
               // (الشهر الجاري), 1 (الشهر المقبل); with a day before it, a day of that month
    kMonthPart,  // a part of a month before a month's name (مطلع، منتصف، أواخر): the month is meant
    kHijriMonth,  // a month of the Hijri year, `value` 1 (محرم) to 12 (ذو الحجة), after a day
    kLead,  // before an event's noun, the days `value` from the clause's event to the one it names (غداة: -1,
            // عشية: 1); with `needs_context`, only after a count and a unit and من or على, `value` times their days
            // (بعد يومين من مقتل: -2)
  };
  std::vector<std::string> words;  // matching form
  int days = 0;  // kShift: the shift, in days, or in calendar months or years (`unit`)
  enum class Unit : uint8_t { kDays, kMonths, kYears };
  Unit unit = Unit::kDays;  // months and years give only the month (YYYY-MM) or the year (YYYY)
  Kind kind = Kind::kShift;
  int value = 0;
  // A weekday whose word is also a common word (الأحد "one of", الاثنين "the two"): a date only after
  // a part of a day (يوم الأحد، صباح الاثنين) or before الماضي/المقبل. A Hijri month that is also a
  // common word (صفر "zero"): a date only with its year or هـ after it. A lead that is also a common word
  // (بعد، قبل): a lead only with a count of days before من or على.
  bool needs_context = false;
};

// A date read in a document: its ISO value (YYYY-MM-DD, YYYY-MM or YYYY) and the tokens [first, end)
// that write it.
struct DateReading {
  std::string value;
  uint32_t first = 0, end = 0;
  explicit operator bool() const { return !value.empty(); }
};

// The phrases of relative_dates.tsv by their first word (bare): their indices, in the list's order.
using DatePhraseIndex = std::unordered_map<std::string_view, std::vector<uint32_t>>;

// Loads relative_dates.tsv: the plain shifts first, then the calendar words, each longest first.
Result<std::vector<RelativeDate>> LoadRelativeDates(const std::string& path);

// Adds `days` to an ISO date (YYYY-MM-DD); returns the input unchanged when it is not a full date.
std::string ShiftDate(const std::string& iso, int days);

// The date a plain shift (a kShift line) gives from the ISO date `iso`: the day `days` days away, or the
// month or the year so many calendar months or years away (العام الماضي: the year before, YYYY). The
// input's first ten characters when it is not a full date.
std::string ShiftedDate(const std::string& iso, const RelativeDate& shift);

// The weekday of an ISO date, 1 (Monday) to 7 (Sunday), or 0 when it is not a full date.
int IsoWeekday(const std::string& iso);

// The full date (YYYY-MM-DD) of day `day` of month `month` nearest to the ISO date `iso` (a year before,
// the same year or a year after), or "" when `iso` is not a full date or the day does not exist.
// Unless `future`, only dates up to `iso` are taken when one exists: news reports what has happened.
std::string NearestDayOfMonth(const std::string& iso, int month, int day, bool future);

// Whether year-month-day is a day of the calendar (no 31 April, 29 February only in leap years).
bool ValidDate(int year, int month, int day);

// The month (YYYY-MM) `months` months after the month of the ISO date `iso` (-1: the one before), or
// "" when `iso` is not a full date.
std::string ShiftMonth(const std::string& iso, int months);

// The month (YYYY-MM) `month` nearest to the ISO date `iso`; `direction` -1 takes the last one before
// the document's month, +1 the next one after it, 0 the nearest.
std::string NearestMonth(const std::string& iso, int month, int direction);

// The Gregorian date (YYYY-MM-DD) of day `day` of Hijri month `month` (1..12) of Hijri year `year`, in
// the Umm al-Qura calendar (ICU's islamic-umalqura), or "" when there is no such day (a 30th in a month
// of 29 days) or the year lies outside 1300-1600.
std::string HijriToIso(int year, int month, int day);

// The Gregorian date of day `day` of Hijri month `month` nearest to the ISO date `iso` (in the Hijri year
// before, the same or the one after), or "": as NearestDayOfMonth, dates up to `iso` first unless
// `future`.
std::string NearestHijriDay(const std::string& iso, int month, int day, bool future);

}  // namespace rasad

#endif  // RASAD_CODER_RELATIVE_DATE_H_
