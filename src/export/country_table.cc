#include "export/country_table.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/tsv_reader.h"

namespace rasad {
namespace {

bool IsUpperCode(std::string_view s, size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string Key(std::string_view iso3, std::string_view admin1) {
  std::string key(iso3);
  if (!admin1.empty()) key.append("|").append(admin1);
  return key;
}

}  // namespace

Status CountryTable::Load(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 3 || f[2].empty()) return r.Error("expected iso3, fips, name_en [, admin1]");
    if (!IsUpperCode(f[0], 3)) return r.Error(fmt::format("'{}' is not an ISO 3166-1 alpha-3 code", f[0]));
    if (!IsUpperCode(f[1], 2)) return r.Error(fmt::format("'{}' is not a FIPS 10-4 code", f[1]));
    std::string_view admin1 = f.size() > 3 ? f[3] : std::string_view();
    if (!fips_.emplace(Key(f[0], admin1), std::string(f[1])).second) {
      return r.Error(fmt::format("duplicate line for {}", Key(f[0], admin1)));
    }
    names_.emplace(std::string(f[0]), std::string(f[2]));
  }
  return Status::Ok();
}

std::string_view CountryTable::Fips(std::string_view iso3, std::string_view admin1) const {
  if (!admin1.empty()) {
    auto it = fips_.find(Key(iso3, admin1));
    if (it != fips_.end()) return it->second;
  }
  auto it = fips_.find(std::string(iso3));
  return it == fips_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view CountryTable::Name(std::string_view iso3) const {
  auto it = names_.find(std::string(iso3));
  return it == names_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace rasad
