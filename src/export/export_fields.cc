#include "export/export_fields.h"

#include "util/tsv_reader.h"

namespace rasad {

std::string CsvField(std::string_view s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return std::string(s);
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\r' || c == '\n') c = ' ';
  }
  return out;
}

std::string ActorDisplayName(const std::optional<EventActor>& a) {
  if (!a) return "";
  if (!a->name_en.empty()) return a->name_en;
  if (!a->name_ar.empty()) return a->name_ar;
  return a->text;
}

std::string CameoActorCode(const std::optional<EventActor>& a) {
  if (!a) return "";
  if (a->country.empty()) return a->sector;
  return a->country + a->sector;
}

std::string_view EventCountry(const Event& e) {
  if (e.location && !e.location->country.empty()) return e.location->country;
  if (e.source && !e.source->country.empty()) return e.source->country;
  if (e.target && !e.target->country.empty()) return e.target->country;
  return {};
}

std::optional<DateParts> SplitDate(std::string_view iso) {
  if (iso.empty() || !IsIsoDate(iso)) return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  DateParts d;
  d.year = num(0, 4);
  if (iso.size() >= 7) d.month = num(5, 2);
  if (iso.size() == 10) d.day = num(8, 2);
  return d;
}

bool HasCoordinates(const std::optional<EventPlace>& p) { return p && (p->lat != 0 || p->lon != 0); }

}  // namespace rasad
