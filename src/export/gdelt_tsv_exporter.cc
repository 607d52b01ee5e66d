// gdelt-tsv: rows of the GDELT 2.0 event table (docs/export.md "GDELT 2.0 event TSV").
#include <array>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "export/export_fields.h"
#include "export/exporters.h"

namespace rasad::detail {
namespace {

// The 61 columns of the GDELT 2.0 Event codebook, in order.
constexpr std::array<std::string_view, 61> kColumns = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

class GdeltTsvExporter : public Exporter {
 public:
  GdeltTsvExporter(const ExportResources& res, ExportOptions options) : res_(res), options_(std::move(options)) {}

  void Begin(std::ostream& out) override {
    if (!options_.gdelt_header) return;
    for (size_t i = 0; i < kColumns.size(); ++i) out << (i ? "\t" : "") << kColumns[i];
    out << '\n';
  }

  bool Write(const StoredEvent& se, std::ostream& out) override {
    const Event& e = se.event;
    std::optional<DateParts> d = SplitDate(e.date);
    if (!d || d->day == 0 || e.cameo.size() < 2 || !IsRealizedEvent(e)) return false;
    std::vector<std::string> f;
    f.reserve(kColumns.size());
    f.push_back(std::to_string(se.id));
    f.push_back(fmt::format("{:04}{:02}{:02}", d->year, d->month, d->day));
    f.push_back(fmt::format("{:04}{:02}", d->year, d->month));
    f.push_back(std::to_string(d->year));
    f.push_back(fmt::format("{:.4f}", d->year + (d->month * 30 + d->day) / 365.0));
    AddActor(e.source, &f);
    AddActor(e.target, &f);
    f.push_back(e.sentence == 0 ? "1" : "0");
    f.push_back(e.cameo);
    f.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));
    f.push_back(e.cameo.substr(0, 2));
    f.push_back(std::to_string(e.quad_class));
    f.push_back(fmt::format("{}", e.goldstein));
    f.push_back(std::to_string(se.num_mentions));
    f.push_back(std::to_string(se.num_sources));
    f.push_back(std::to_string(se.num_articles));
    f.push_back("0");                              // AvgTone: rasad measures no tone
    AddGeo(std::nullopt, &f);                      // Actor1Geo, Actor2Geo: rasad places the event,
    AddGeo(std::nullopt, &f);                      // not its actors
    AddGeo(e.location, &f);
    f.push_back(!options_.date_added.empty() ? options_.date_added : f[1] + "000000");
    f.push_back(!se.doc_url.empty() ? se.doc_url : se.doc_source);
    for (size_t i = 0; i < f.size(); ++i) out << (i ? "\t" : "") << TsvField(f[i]);
    out << '\n';
    return true;
  }

  void End(std::ostream&) override {}

 private:
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code.
  static void AddActor(const std::optional<EventActor>& a, std::vector<std::string>* f) {
    f->push_back(CameoActorCode(a));
    f->push_back(Upper(ActorDisplayName(a)));
    f->push_back(a ? a->country : "");
    for (int i = 0; i < 4; ++i) f->emplace_back();
    f->push_back(a ? a->sector : "");
    f->emplace_back();
    f->emplace_back();
  }

  // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
  void AddGeo(const std::optional<EventPlace>& p, std::vector<std::string>* f) const {
    if (!p) {
      f->push_back("0");
      for (int i = 0; i < 7; ++i) f->emplace_back();
      return;
    }
    int type = res_.place_kinds.Find(p->precision).gdelt_geo_type;
    if (p->country == "USA") type = type == 4 ? 3 : type == 5 ? 2 : type;
    std::string fips(res_.countries.Fips(p->country, p->admin1));
    std::string country_name(res_.countries.Name(p->country));
    std::vector<std::string_view> parts;
    if (type != 1) {
      std::string_view name = !p->name_en.empty() ? p->name_en : !p->name_ar.empty() ? p->name_ar : p->text;
      parts.push_back(name);
      if (!p->admin1.empty() && p->admin1 != name) parts.push_back(p->admin1);
    }
    if (!country_name.empty()) parts.push_back(country_name);
    f->push_back(std::to_string(type));
    f->push_back(fmt::format("{}", fmt::join(parts, ", ")));
    f->push_back(fips);
    f->push_back(fips);  // ADM1Code: the country part only; rasad has admin1 names, not codes
    f->emplace_back();   // ADM2Code
    bool coords = HasCoordinates(p);
    f->push_back(coords ? fmt::format("{}", p->lat) : "");
    f->push_back(coords ? fmt::format("{}", p->lon) : "");
    f->push_back(type == 1 ? fips : p->geonameid ? std::to_string(p->geonameid) : "");
  }

  const ExportResources& res_;
  ExportOptions options_;
};

}  // namespace

std::unique_ptr<Exporter> MakeGdeltTsvExporter(const ExportResources& resources, const ExportOptions& options) {
  return std::make_unique<GdeltTsvExporter>(resources, options);
}

}  // namespace rasad::detail
