#include "server/request_params.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <chrono>

#include "text/utf8.h"

namespace rasad {

std::string Param(const httplib::Params& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  int y = std::stoi(text.substr(0, 4)), m = std::stoi(text.substr(5, 2)), d = std::stoi(text.substr(8, 2));
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

Result<int64_t> ParseIntParam(const httplib::Params& params, const std::string& name, int64_t fallback, int64_t min,
                              int64_t max) {
  std::string text = Param(params, name);
  if (text.empty()) return fallback;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return Status::Error(fmt::format("{}: '{}' is not an integer", name, text));
  }
  if (v < min || v > max) return Status::Error(fmt::format("{}: {} is not within {}..{}", name, v, min, max));
  return v;
}

Result<DateBucket> ParseBucket(const httplib::Params& params, const EventFilter& filter) {
  std::string bucket = Param(params, "bucket");
  if (bucket == "day") return DateBucket::kDay;
  if (bucket == "month") return DateBucket::kMonth;
  if (!bucket.empty()) return Status::Error(fmt::format("bucket: '{}' is not day or month", bucket));
  if (filter.from.empty() || filter.to.empty()) return DateBucket::kMonth;
  auto day = [](const std::string& d) {  // an ISO date checked by ParseFilter
    using namespace std::chrono;
    return sys_days(year{std::stoi(d.substr(0, 4))} / std::stoi(d.substr(5, 2)) / std::stoi(d.substr(8, 2)));
  };
  return (day(filter.to) - day(filter.from)).count() <= kMaxDailyRange ? DateBucket::kDay : DateBucket::kMonth;
}

Result<EventFilter> ParseFilter(const httplib::Params& params) {
  for (const auto& [name, value] : params) {
    if (!ValidateUtf8(value, name).ok()) return Status::Error(fmt::format("{}: not valid UTF-8", name));
  }
  EventFilter f;
  f.from = Param(params, "from");
  f.to = Param(params, "to");
  for (const auto& [name, v] : {std::pair<const char*, const std::string*>{"from", &f.from}, {"to", &f.to}}) {
    if (!v->empty() && !IsIsoDate(*v)) return Status::Error(fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", name, *v));
  }
  if (!f.from.empty() && !f.to.empty() && f.from > f.to) {
    return Status::Error(fmt::format("from: {} is after to: {}", f.from, f.to));
  }
  f.actor = Param(params, "actor");
  f.country = Param(params, "country");
  if (!f.country.empty()) {
    bool alpha3 = f.country.size() == 3;
    for (char& c : f.country) {
      alpha3 = alpha3 && std::isalpha(static_cast<unsigned char>(c));
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (!alpha3) return Status::Error(fmt::format("country: '{}' is not an ISO 3166-1 alpha-3 code", f.country));
  }
  if (std::string type = Param(params, "type"); !type.empty()) {
    auto types = ParseEventTypes(type);
    if (!types.ok()) return Status::Error("type: " + types.status().message());
    f.types = std::move(types).value();
  }
  f.place = Param(params, "place");
  if (std::string bbox = Param(params, "bbox"); !bbox.empty()) {
    auto box = ParseBbox(bbox);
    if (!box.ok()) return Status::Error(box.status().message());
    f.bbox = *box;
  }
  f.text = Param(params, "q");
  f.doc_id = Param(params, "doc");
  std::string asserted = Param(params, "asserted");
  if (!asserted.empty() && asserted != "0" && asserted != "1" && asserted != "true" && asserted != "false") {
    return Status::Error(fmt::format("asserted: '{}' is not 1/0/true/false", asserted));
  }
  f.asserted_only = asserted == "1" || asserted == "true";
  return f;
}

}  // namespace rasad
