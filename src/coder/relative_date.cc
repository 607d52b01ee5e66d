#include "coder/relative_date.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

Result<std::vector<RelativeDate>> LoadRelativeDates(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<RelativeDate> out;
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2) return r.Error("expected phrase, days");
    int days = 0;
    try {
      days = std::stoi(std::string(f[1]));
    } catch (...) {
      return r.Error("days is not a number");
    }
    for (std::string_view phrase : SplitList(f[0])) {
      RelativeDate d;
      d.days = days;
      std::string normalized = ArabicNormalizer::Get().Normalize(phrase);
      for (std::string_view w : SplitList(normalized, ' ')) d.words.emplace_back(w);
      out.push_back(std::move(d));
    }
  }
  // Longer phrases first, so that أول أمس wins over أمس.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  return out;
}

std::string ShiftDate(const std::string& iso, int days) {
  if (iso.size() < 10 || days == 0) return iso;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return iso;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return iso;
  std::chrono::year_month_day shifted{std::chrono::sys_days{ymd} + std::chrono::days{days}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()),
                     static_cast<unsigned>(shifted.day()));
}

}  // namespace rasad
