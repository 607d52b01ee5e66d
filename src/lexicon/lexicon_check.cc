#include "lexicon/lexicon_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "coder/ontology.h"
#include "lexicon/records.h"
#include "text/arabic_normalizer.h"
#include "util/tsv_reader.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;

class Checker {
 public:
  explicit Checker(std::string dir) : dir_(std::move(dir)) {}

  std::vector<LexiconProblem> Run() {
    LoadCodes();
    CheckCountries("lexicon/countries.tsv");
    std::vector<std::string> actor_files;
    if (fs::is_directory(dir_ + "/lexicon/actors")) {
      for (const auto& e : fs::directory_iterator(dir_ + "/lexicon/actors")) {
        if (e.path().extension() == ".tsv") actor_files.push_back("lexicon/actors/" + e.path().filename().string());
      }
    }
    std::sort(actor_files.begin(), actor_files.end());
    for (const std::string& f : actor_files) CheckActors(f, kOrganisationColumns);
    CheckActors("lexicon/people.tsv", kPersonColumns);
    CheckAgents("lexicon/agents.tsv");
    CheckPlaces("lexicon/places/curated.tsv");
    if (fs::exists(dir_ + "/lexicon/places/common_words.tsv")) CheckCommonPlaceWords("lexicon/places/common_words.tsv");
    CheckTriggers("coder/triggers.tsv");
    for (const auto& [where, id] : references_) {
      if (!actor_ids_.count(id) && !countries_.count(id)) Error(where, fmt::format("'{}' names no actor", id));
    }
    return std::move(problems_);
  }

 private:
  void Error(const std::string& where, std::string msg) { problems_.push_back({true, where, std::move(msg)}); }
  void Warn(const std::string& where, std::string msg) { problems_.push_back({false, where, std::move(msg)}); }
  std::string Where(const std::string& rel, const TsvReader& r) { return fmt::format("{}:{}", rel, r.line_number()); }

  bool Open(const std::string& rel, TsvReader* r) {
    if (!r->status().ok()) {
      Error(rel, "cannot open");
      return false;
    }
    return true;
  }

  void CheckDuplicateLine(const std::string& rel, const TsvReader& r, const std::vector<std::string_view>& f) {
    std::string key = rel + "\x01";
    for (std::string_view x : f) key += std::string(x) + "\t";
    auto [it, fresh] = lines_.emplace(key, Where(rel, r));
    if (!fresh) Warn(Where(rel, r), "duplicate of line " + it->second.substr(it->second.rfind(':') + 1));
  }

  void CheckName(const std::string& rel, const TsvReader& r, std::string_view name, const std::string& owner) {
    if (!name.empty() && name[0] == '?') name.remove_prefix(1);
    std::string n = ArabicNormalizer::Get().Normalize(name);
    auto [it, fresh] = names_.emplace(n, std::make_pair(owner, Where(rel, r)));
    if (!fresh && it->second.first != owner) {
      Warn(Where(rel, r), fmt::format("name '{}' also names {} ({})", name, it->second.first, it->second.second));
    }
  }

  void CheckDate(const std::string& rel, const TsvReader& r, std::string_view d) {
    if (!d.empty() && !IsIsoDate(d)) Error(Where(rel, r), fmt::format("bad date '{}'", d));
  }

  void CheckCountry(const std::string& rel, const TsvReader& r, std::string_view c) {
    if (!c.empty() && !countries_.count(std::string(c))) Error(Where(rel, r), fmt::format("unknown country code '{}'", c));
  }
  void CheckSector(const std::string& rel, const TsvReader& r, std::string_view s) {
    if (!s.empty() && !sectors_.empty() && !sectors_.count(std::string(s))) {
      Error(Where(rel, r), fmt::format("unknown sector '{}'", s));
    }
  }

  void LoadCodes() {
    TsvReader iso(dir_ + "/lexicon/places/iso2_to_iso3.tsv");
    std::vector<std::string_view> f;
    if (iso.status().ok()) {
      while (iso.Next(&f)) {
        if (f.size() >= 2) countries_.insert(std::string(f[1]));
      }
    }
    TsvReader sec(dir_ + "/lexicon/sectors.tsv");
    if (sec.status().ok()) {
      while (sec.Next(&f)) sectors_.insert(std::string(f[0]));
    }
  }

  void CheckCountries(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 3) {
        Error(Where(rel, r), "expected iso3, name_en, names_ar, ...");
        continue;
      }
      if (f[0].size() != 3) Error(Where(rel, r), fmt::format("'{}' is not a 3-letter code", f[0]));
      countries_.insert(std::string(f[0]));
      for (std::string_view n : SplitList(f[2])) CheckName(rel, r, n, std::string(f[0]));
      if (f.size() > 3) {
        for (std::string_view n : SplitList(f[3])) CheckName(rel, r, n, std::string(f[0]));
      }
    }
  }

  void Define(const std::string& rel, const TsvReader& r, const std::string& id) {
    auto [it, fresh] = actor_files_.emplace(id, rel);
    if (!fresh && it->second != rel) Error(Where(rel, r), fmt::format("actor_id {} is also defined in {}", id, it->second));
    actor_ids_.insert(id);
  }

  void CheckActors(const std::string& rel, const ActorColumns& col) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    auto field = [&](int i) { return i >= 0 && static_cast<size_t>(i) < f.size() ? f[i] : std::string_view(); };
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < col.required) {
        Error(Where(rel, r), std::string("expected ") + col.expected);
        continue;
      }
      std::string id(f[col.id]);
      Define(rel, r, id);
      CheckCountry(rel, r, field(col.country));
      CheckSector(rel, r, field(col.sector));
      for (std::string_view n : SplitList(f[col.names])) CheckName(rel, r, n, id);
      CheckDate(rel, r, field(col.from));
      CheckDate(rel, r, field(col.to));
      if (!field(col.reference).empty()) references_.emplace_back(Where(rel, r), std::string(field(col.reference)));
    }
  }

  void CheckAgents(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 2) {
        Error(Where(rel, r), "expected names_ar, sector, name_en, kind");
        continue;
      }
      CheckSector(rel, r, f[1]);
      if (f.size() > 3 && !f[3].empty() && f[3] != "group" && f[3] != "office" && f[3] != "body" &&
          f[3] != "object") {
        Error(Where(rel, r), fmt::format("kind '{}' is not group, office, body or object", f[3]));
      }
    }
  }

  void CheckPlaces(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 9) {
        Error(Where(rel, r), "expected names_ar, name_en, country, admin1, lat, lon, geonameid, kind, coord_source");
        continue;
      }
      CheckCountry(rel, r, f[2]);
      double lat = 0, lon = 0;
      auto a = std::from_chars(f[4].data(), f[4].data() + f[4].size(), lat);
      auto b = std::from_chars(f[5].data(), f[5].data() + f[5].size(), lon);
      if (a.ec != std::errc() || b.ec != std::errc() || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        Error(Where(rel, r), "lat/lon are not valid coordinates");
      }
      if (f[8].empty()) Error(Where(rel, r), "coord_source is required");
    }
  }

  void CheckCommonPlaceWords(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f[0].find(' ') != std::string_view::npos) Error(Where(rel, r), "expected one word");
      std::string_view c = f.size() > 1 ? f[1] : std::string_view();
      if (c != "quantifier" && c != "adjective" && c != "noun") {
        Error(Where(rel, r), fmt::format("class '{}' is not quantifier, adjective or noun", c));
      }
    }
  }

  void CheckTriggers(const std::string& rel) {
    Ontology ont;
    Status s = ont.Load(dir_ + "/ontology/cameo.tsv");
    if (!s.ok()) {
      Error("ontology/cameo.tsv", s.message());
      return;
    }
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 3) {
        Error(Where(rel, r), "expected cameo, pos, forms, ...");
        continue;
      }
      if (f[0] != "-" && ont.Find(f[0]) == nullptr) Error(Where(rel, r), fmt::format("unknown CAMEO code '{}'", f[0]));
      if (f[1] != "verb" && f[1] != "noun") Error(Where(rel, r), "pos must be verb or noun");
    }
  }

  std::string dir_;
  std::vector<LexiconProblem> problems_;
  std::set<std::string> countries_, sectors_, actor_ids_;
  std::unordered_map<std::string, std::string> actor_files_;
  std::unordered_map<std::string, std::pair<std::string, std::string>> names_;
  std::unordered_map<std::string, std::string> lines_;
  std::vector<std::pair<std::string, std::string>> references_;
};

}  // namespace

std::vector<LexiconProblem> CheckLexicon(const std::string& data_dir) { return Checker(data_dir).Run(); }

}  // namespace rasad
