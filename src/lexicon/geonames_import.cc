#include "lexicon/geonames_import.h"
#include "lexicon/place_name.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/tsv_reader.h"

namespace rasad {
namespace {

constexpr size_t kMainFields = 19;
constexpr long long kCityPopulation = 15000;  // libgeonames' threshold for a city.

// One parsed line of the main table; views point into the reader's current line.
struct Feature {
  uint32_t id = 0;
  std::string_view name, feature_class, feature_code, country_code, admin1_code;
  double lat = 0, lon = 0;
  long long population = 0;
};

template <typename T>
bool ParseNumber(std::string_view text, T* value) {
  if (text.empty()) return false;
  if (text[0] == '+') text.remove_prefix(1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

Status ParseFeature(const TsvReader& reader, const std::vector<std::string_view>& f,
                    Feature* out) {
  if (f.size() != kMainFields) {
    return reader.Error(fmt::format("expected {} TAB-separated fields (GeoNames main table), found {}",
                                    kMainFields, f.size()));
  }
  if (!ParseNumber(f[0], &out->id) || out->id == 0) {
    return reader.Error(fmt::format("geonameid '{}' is not a positive integer", f[0]));
  }
  if (!ParseNumber(f[4], &out->lat) || !std::isfinite(out->lat) || std::fabs(out->lat) > 90) {
    return reader.Error(fmt::format("latitude '{}' is not a number in [-90, 90]", f[4]));
  }
  if (!ParseNumber(f[5], &out->lon) || !std::isfinite(out->lon) || std::fabs(out->lon) > 180) {
    return reader.Error(fmt::format("longitude '{}' is not a number in [-180, 180]", f[5]));
  }
  if (f[6].size() != 1) return reader.Error(fmt::format("feature class '{}' is not one letter", f[6]));
  out->population = 0;
  if (!f[14].empty() && (!ParseNumber(f[14], &out->population) || out->population < 0)) {
    return reader.Error(fmt::format("population '{}' is not a non-negative integer", f[14]));
  }
  if (f[1].empty()) return reader.Error("empty name");
  out->name = f[1];
  out->feature_class = f[6];
  out->feature_code = f[7];
  out->country_code = f[8];
  out->admin1_code = f[10];
  return Status::Ok();
}

std::string Kind(const Feature& f) {
  std::string_view code = f.feature_code;
  switch (f.feature_class[0]) {
    case 'A': return code.starts_with("PCL") ? "country" : "region";
    case 'L': return "region";
    case 'P':
      if (code == "PPLX") return "district";
      if (f.population >= kCityPopulation || code == "PPLC" || code.starts_with("PPLA")) return "city";
      return "town";
    case 'S':
      if (code == "MILB" || code == "AIRB") return "base";
      return code == "AIRP" ? "airport" : "site";
    case 'H': return "water";
    case 'T': return "terrain";
    case 'R': return "road";
    case 'U': return "undersea";
    case 'V': return "vegetation";
    default: return "";
  }
}

// Geonameids kept by the first pass: a bitmap, since ids are dense integers below ~2^24.
class IdSet {
 public:
  void Insert(uint32_t id) {
    if (id >= bits_.size()) bits_.resize(id + 1 + id / 4);
    bits_[id] = true;
  }
  bool Contains(uint32_t id) const { return id < bits_.size() && bits_[id]; }

 private:
  std::vector<bool> bits_;
};

// Arabic names of one place, with a rank: preferred 0, plain 1, short/colloquial 2, historic 3.
using ArabicNames = std::unordered_map<uint32_t, std::vector<std::pair<int, std::string>>>;

Status ReadIsoMap(const std::string& path, std::unordered_map<std::string, std::string>* iso3_of) {
  TsvReader reader(path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> f;
  while (reader.Next(&f)) {
    if (f.size() < 2 || f[0].size() != 2 || f[1].size() != 3) {
      return reader.Error("expected 'iso2<TAB>iso3'");
    }
    iso3_of->emplace(std::string(f[0]), std::string(f[1]));
  }
  if (iso3_of->empty()) return Status::Error(fmt::format("{}: no country codes", path));
  return Status::Ok();
}

Status ReadAdmin1Names(const std::string& path,
                       std::unordered_map<std::string, std::string>* names) {
  if (path.empty()) return Status::Ok();
  TsvReader reader(path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> f;
  while (reader.Next(&f)) {
    if (f.size() < 2 || f[0].find('.') == std::string_view::npos || f[1].empty()) {
      return reader.Error("expected 'CC.code<TAB>name' (GeoNames admin1CodesASCII)");
    }
    (*names)[std::string(f[0])] = NewsSpelling(f[1]);
  }
  return Status::Ok();
}

Status ReadArabicNames(const std::string& path, const IdSet& kept, ArabicNames* names) {
  TsvReader reader(path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> f;
  while (reader.Next(&f)) {
    if (f.size() < 8 || f.size() > 10) {
      return reader.Error(fmt::format(
          "expected 8 to 10 TAB-separated fields (GeoNames alternate names), found {}", f.size()));
    }
    uint32_t id = 0;
    if (!ParseNumber(f[1], &id) || id == 0) {
      return reader.Error(fmt::format("geonameid '{}' is not a positive integer", f[1]));
    }
    if (f[2] != "ar" || !kept.Contains(id)) continue;
    std::string name = NewsSpelling(f[3]);
    if (name.empty()) continue;
    int rank = f[7] == "1" ? 3 : f[4] == "1" ? 0 : (f[5] == "1" || f[6] == "1") ? 2 : 1;
    (*names)[id].emplace_back(rank, std::move(name));
  }
  return Status::Ok();
}

// Streams the main table, calling `keep` for every valid line that passes the filters.
Status ScanMain(const GeonamesImportOptions& options,
                const std::unordered_map<std::string, std::string>& iso3_of,
                GeonamesImportStats* stats,
                const std::function<Status(const Feature&, std::string_view iso3)>& keep) {
  TsvReader reader(options.main_path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> fields;
  Feature feature;
  while (reader.Next(&fields)) {
    ++stats->read;
    if (Status s = ParseFeature(reader, fields, &feature); !s.ok()) return s;
    std::string_view iso3;
    if (!feature.country_code.empty()) {
      auto it = iso3_of.find(std::string(feature.country_code));
      if (it == iso3_of.end()) {
        return reader.Error(fmt::format("country code '{}' is not in {}", feature.country_code,
                                        options.iso_map_path));
      }
      iso3 = it->second;
    }
    bool class_ok = options.feature_classes.empty() ||
                    options.feature_classes.find(feature.feature_class[0]) != std::string::npos;
    if (!class_ok || feature.population < options.min_population) {
      ++stats->skipped;
      continue;
    }
    if (Status s = keep(feature, iso3); !s.ok()) return s;
  }
  return Status::Ok();
}

std::string JoinArabic(std::vector<std::pair<int, std::string>>* names) {
  std::stable_sort(names->begin(), names->end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  std::vector<std::string_view> seen;
  for (const auto& [rank, name] : *names) {
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    if (!out.empty()) out += '|';
    out += name;
  }
  return out;
}

Status Import(const GeonamesImportOptions& options, GeonamesImportStats* stats) {
  if (options.main_path.empty()) return Status::Error("geonames import: no main table given");
  if (options.iso_map_path.empty()) return Status::Error("geonames import: no iso map given");
  if (options.out_path.empty()) return Status::Error("geonames import: no output path given");
  std::unordered_map<std::string, std::string> iso3_of, admin1_names;
  if (Status s = ReadIsoMap(options.iso_map_path, &iso3_of); !s.ok()) return s;
  if (Status s = ReadAdmin1Names(options.admin1_codes_path, &admin1_names); !s.ok()) return s;

  ArabicNames arabic;
  if (!options.alternate_names_path.empty()) {
    IdSet kept;
    GeonamesImportStats first_pass;
    Status s = ScanMain(options, iso3_of, &first_pass, [&kept](const Feature& f, std::string_view) {
      kept.Insert(f.id);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (s = ReadArabicNames(options.alternate_names_path, kept, &arabic); !s.ok()) return s;
  }

  const std::string tmp_path = options.out_path + ".tmp";
  std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Error(fmt::format("{}: cannot create", tmp_path));
  out << "# rasad gazetteer imported from GeoNames (geonames.org, CC BY 4.0) by ImportGeonames.\n"
      << "# main table: " << options.main_path << "\n"
      << "# Columns: names_ar  name_en  country  admin1  lat  lon  geonameid  kind  coord_source"
         "  population\n"
      << "# The 10th column, population, extends the places format of data/README.md.\n";
  Status s = ScanMain(options, iso3_of, stats, [&](const Feature& f, std::string_view iso3) {
    std::string names_ar;
    if (auto it = arabic.find(f.id); it != arabic.end()) names_ar = JoinArabic(&it->second);
    std::string admin1;
    if (!f.admin1_code.empty()) {
      auto it = admin1_names.find(fmt::format("{}.{}", f.country_code, f.admin1_code));
      if (it != admin1_names.end()) admin1 = it->second;
    }
    out << fmt::format("{}\t{}\t{}\t{}\t{:.5f}\t{:.5f}\t{}\t{}\tgeonames:{}\t{}\n", names_ar,
                       NewsSpelling(f.name), iso3, admin1, f.lat, f.lon, f.id, Kind(f), f.id,
                       f.population);
    ++stats->written;
    if (!names_ar.empty()) ++stats->with_arabic;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.close();
  if (!out) return Status::Error(fmt::format("{}: write error", tmp_path));
  if (std::rename(tmp_path.c_str(), options.out_path.c_str()) != 0) {
    return Status::Error(fmt::format("{}: cannot rename from {}", options.out_path, tmp_path));
  }
  return Status::Ok();
}

}  // namespace

Status ImportGeonames(const GeonamesImportOptions& options, GeonamesImportStats* stats) {
  GeonamesImportStats local;
  if (stats == nullptr) stats = &local;
  *stats = GeonamesImportStats();
  Status status = Import(options, stats);
  if (!status.ok()) std::remove((options.out_path + ".tmp").c_str());
  return status;
}

}  // namespace rasad
