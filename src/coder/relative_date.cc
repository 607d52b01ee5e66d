#include "coder/relative_date.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <memory>

#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

namespace {

// The second column: a number of days, or a kind with its value (weekday 5, month 3, unit 7, daypart,
// ago, past, next, ordinal 3, month_of -1, month_part, hijri_month 9, lead -1; a weekday, a Hijri month or a
// lead may add "context").
bool ParseMeaning(std::string_view text, RelativeDate* d) {
  std::vector<std::string_view> parts = SplitList(text, ' ');
  if (parts.empty()) return false;
  auto number = [](std::string_view t, int* out) {
    try {
      size_t used = 0;
      *out = std::stoi(std::string(t), &used);
      return used == t.size();
    } catch (...) {
      return false;
    }
  };
  if (number(parts[0], &d->days)) {
    // -1 month، -1 year: calendar months or years, read to the month or the year.
    if (parts.size() == 2 && (parts[1] == "month" || parts[1] == "year")) {
      d->unit = parts[1] == "month" ? RelativeDate::Unit::kMonths : RelativeDate::Unit::kYears;
      return true;
    }
    return parts.size() == 1;
  }
  struct Name {
    std::string_view name;
    RelativeDate::Kind kind;
    int low, high;  // the value's range; 0, 0: no value
  };
  static constexpr Name kNames[] = {
      {"weekday", RelativeDate::Kind::kWeekday, 1, 7}, {"month", RelativeDate::Kind::kMonth, 1, 12},
      {"unit", RelativeDate::Kind::kUnit, 1, 366},     {"daypart", RelativeDate::Kind::kDaypart, 0, 0},
      {"ago", RelativeDate::Kind::kAgo, 0, 0},         {"past", RelativeDate::Kind::kPast, 0, 0},
      {"next", RelativeDate::Kind::kNext, 0, 0},        {"ordinal", RelativeDate::Kind::kOrdinal, 1, 31},
      {"month_of", RelativeDate::Kind::kMonthOf, -1, 1}, {"month_part", RelativeDate::Kind::kMonthPart, 0, 0},
      {"hijri_month", RelativeDate::Kind::kHijriMonth, 1, 12}, {"lead", RelativeDate::Kind::kLead, -1, 1},
  };
  for (const Name& n : kNames) {
    if (parts[0] != n.name) continue;
    d->kind = n.kind;
    size_t rest = 1;
    if (n.low != 0 || n.high != 0) {
      if (parts.size() < 2 || !number(parts[1], &d->value) || d->value < n.low || d->value > n.high) return false;
      rest = 2;
    }
    const bool may_need_context =
        n.kind == RelativeDate::Kind::kWeekday || n.kind == RelativeDate::Kind::kHijriMonth || n.kind == RelativeDate::Kind::kLead;
    if (rest < parts.size() && may_need_context &&
        parts[rest] == "context") {
      d->needs_context = true;
      ++rest;
    }
    return rest == parts.size();
  }
  return false;
}

// Whether c is an ASCII digit (std::isdigit depends on the locale).
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A date's text, YYYY-MM-DD (DayText) or YYYY-MM (MonthText), with the format compiled (fmt/compile.h): a format read at
// run time cost as much as the date's arithmetic.
std::string MonthText(int year, unsigned month) { return fmt::format(FMT_COMPILE("{:04d}-{:02d}"), year, month); }
std::string DayText(int year, unsigned month, unsigned day) {
  return fmt::format(FMT_COMPILE("{:04d}-{:02d}-{:02d}"), year, month, day);
}

std::optional<std::chrono::year_month_day> ParseIso(const std::string& iso) {
  if (iso.size() < 10) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  // A document's date is mostly written YYYY-MM-DD, where sscanf's "%d-%u-%u" reads exactly the three groups of
  // digits: read so directly (sscanf cost more than the rest of a date's reading). Any other form, a day of more
  // digits included (2024-06-011), is left to sscanf, whose reading it keeps.
  const char* p = iso.data();
  const bool plain = IsDigit(p[0]) && IsDigit(p[1]) && IsDigit(p[2]) && IsDigit(p[3]) && p[4] == '-' &&
                     IsDigit(p[5]) && IsDigit(p[6]) && p[7] == '-' && IsDigit(p[8]) && IsDigit(p[9]) &&
                     (iso.size() == 10 || !IsDigit(p[10]));
  if (plain) {
    std::from_chars(p, p + 4, y);
    std::from_chars(p + 5, p + 7, m);
    std::from_chars(p + 8, p + 10, d);
  } else if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

// The calendars that convert between Hijri and Gregorian dates, made once per thread (ICU builds them
// slowly) and set to UTC so that a day is a day; null when ICU cannot make them.
struct Calendars {
  std::unique_ptr<icu::Calendar> hijri, gregorian;
};

const Calendars& HijriCalendars() {
  thread_local const Calendars calendars = [] {
    Calendars c;
    UErrorCode status = U_ZERO_ERROR;
    c.hijri.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                icu::Locale("ar@calendar=islamic-umalqura"), status));
    c.gregorian.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                    icu::Locale("en@calendar=gregorian"), status));
    if (U_FAILURE(status)) c = Calendars();
    if (c.hijri) c.hijri->setLenient(false);  // no 30th of a month of 29 days rolled over
    return c;
  }();
  return calendars;
}

// The Hijri year of an ISO date, or 0.
int HijriYearOf(const std::chrono::year_month_day& ymd) {
  const Calendars& c = HijriCalendars();
  if (!c.hijri) return 0;
  UErrorCode status = U_ZERO_ERROR;
  c.gregorian->clear();
  c.gregorian->set(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())) - 1,
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
  const UDate t = c.gregorian->getTime(status);
  c.hijri->setTime(t, status);
  const int year = c.hijri->get(UCAL_EXTENDED_YEAR, status);
  return U_FAILURE(status) ? 0 : year;
}

}  // namespace

std::string HijriToIso(int year, int month, int day) {
  const Calendars& c = HijriCalendars();
  if (!c.hijri || year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return {};
  UErrorCode status = U_ZERO_ERROR;
  c.hijri->clear();
  c.hijri->set(UCAL_EXTENDED_YEAR, year);
  c.hijri->set(UCAL_MONTH, month - 1);
  c.hijri->set(UCAL_DATE, day);
  const UDate t = c.hijri->getTime(status);  // fails on a day the month does not have (not lenient)
  if (U_FAILURE(status)) return {};
  c.gregorian->setTime(t, status);
  const int y = c.gregorian->get(UCAL_YEAR, status), m = c.gregorian->get(UCAL_MONTH, status) + 1,
            d = c.gregorian->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return {};
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::string NearestHijriDay(const std::string& iso, int month, int day, bool future) {
  std::optional<std::chrono::year_month_day> doc = ParseIso(iso);
  if (!doc) return {};
  const int year = HijriYearOf(*doc);
  if (year == 0) return {};
  const std::chrono::sys_days at{*doc};
  std::string best;
  long best_distance = 0;
  for (int dy = -1; dy <= 1; ++dy) {  // a tie goes to the earlier date: news reports the past
    std::string c = HijriToIso(year + dy, month, day);
    std::optional<std::chrono::year_month_day> ymd = c.empty() ? std::nullopt : ParseIso(c);
    if (!ymd) continue;
    const long ahead = (std::chrono::sys_days{*ymd} - at).count();
    if (!future && ahead > 0) continue;
    const long distance = std::labs(ahead);
    if (best.empty() || distance < best_distance) best = c, best_distance = distance;
  }
  if (best.empty() && !future) return NearestHijriDay(iso, month, day, true);
  return best;
}

Result<std::vector<RelativeDate>> LoadRelativeDates(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<RelativeDate> out;
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2) return r.Error("expected phrase, days");
    RelativeDate meaning;
    if (!ParseMeaning(f[1], &meaning)) {
      return r.Error("the second column is neither a number of days (or N month, N year) nor one of weekday N [context], month N, "
                     "unit N, daypart, ago, past, next, ordinal N, month_of N, month_part, hijri_month N, lead N");
    }
    for (std::string_view phrase : SplitList(f[0])) {
      RelativeDate d = meaning;
      std::string normalized = ArabicNormalizer::Get().Normalize(phrase);
      for (std::string_view w : SplitList(normalized, ' ')) d.words.emplace_back(w);
      out.push_back(std::move(d));
    }
  }
  // Plain shifts first (a scan for them stops at the first calendar word), and within each part longer
  // phrases first, so that أول أمس wins over أمس.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    const bool a_shift = a.kind == RelativeDate::Kind::kShift, b_shift = b.kind == RelativeDate::Kind::kShift;
    if (a_shift != b_shift) return a_shift;
    return a.words.size() > b.words.size();
  });
  return out;
}

std::string ShiftDate(const std::string& iso, int days) {
  if (days == 0) return iso;
  std::optional<std::chrono::year_month_day> ymd = ParseIso(iso);
  if (!ymd) return iso;
  std::chrono::year_month_day shifted{std::chrono::sys_days{*ymd} + std::chrono::days{days}};
  return DayText(static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()),
                 static_cast<unsigned>(shifted.day()));
}

std::string ShiftedDate(const std::string& iso, const RelativeDate& shift) {
  const std::string day = iso.substr(0, 10);
  std::string shifted;
  switch (shift.unit) {
    case RelativeDate::Unit::kDays: return ShiftDate(day, shift.days);
    case RelativeDate::Unit::kMonths: shifted = ShiftMonth(day, shift.days); break;
    case RelativeDate::Unit::kYears:
      shifted = ShiftMonth(day, 12 * shift.days);
      if (!shifted.empty()) shifted.resize(4);
      break;
  }
  return shifted.empty() ? day : shifted;
}

int IsoWeekday(const std::string& iso) {
  std::optional<std::chrono::year_month_day> ymd = ParseIso(iso);
  return ymd ? static_cast<int>(std::chrono::weekday{std::chrono::sys_days{*ymd}}.iso_encoding()) : 0;
}

std::string NearestDayOfMonth(const std::string& iso, int month, int day, bool future) {
  std::optional<std::chrono::year_month_day> doc = ParseIso(iso);
  if (!doc) return {};
  const std::chrono::sys_days at{*doc};
  std::optional<std::chrono::year_month_day> best;
  long best_distance = 0;
  for (int dy = -1; dy <= 1; ++dy) {  // a tie goes to the earlier date: news reports the past
    std::chrono::year_month_day c{doc->year() + std::chrono::years{dy}, std::chrono::month{static_cast<unsigned>(month)},
                                  std::chrono::day{static_cast<unsigned>(day)}};
    if (!c.ok()) continue;
    const long ahead = (std::chrono::sys_days{c} - at).count();
    if (!future && ahead > 0) continue;
    long distance = std::labs(ahead);
    if (!best || distance < best_distance) best = c, best_distance = distance;
  }
  if (!best && !future) return NearestDayOfMonth(iso, month, day, true);
  if (!best) return {};
  return DayText(static_cast<int>(best->year()), static_cast<unsigned>(month), static_cast<unsigned>(day));
}

bool ValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}}
      .ok();
}

std::string ShiftMonth(const std::string& iso, int months) {
  std::optional<std::chrono::year_month_day> doc = ParseIso(iso);
  if (!doc) return {};
  const std::chrono::year_month shifted = std::chrono::year_month{doc->year(), doc->month()} + std::chrono::months{months};
  return MonthText(static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()));
}

std::string NearestMonth(const std::string& iso, int month, int direction) {
  std::optional<std::chrono::year_month_day> doc = ParseIso(iso);
  if (!doc) return {};
  int year = static_cast<int>(doc->year());
  int now = static_cast<int>(static_cast<unsigned>(doc->month()));
  if (direction < 0) {
    if (month >= now) --year;
  } else if (direction > 0) {
    if (month <= now) ++year;
  } else if (month - now >= 6) {
    --year;
  } else if (now - month > 6) {
    ++year;
  }
  return fmt::format("{:04d}-{:02d}", year, month);
}

}  // namespace rasad
