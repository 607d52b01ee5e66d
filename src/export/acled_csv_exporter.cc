// acled-csv: ACLED-style rows (docs/export.md "ACLED-style CSV").
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "export/export_fields.h"
#include "export/exporters.h"

namespace rasad::detail {
namespace {

constexpr std::array<std::string_view, 31> kColumns = {
    "event_id_cnty", "event_date",   "year",          "time_precision", "disorder_type",  "event_type",
    "sub_event_type", "actor1",      "assoc_actor_1", "inter1",         "actor2",         "assoc_actor_2",
    "inter2",        "interaction",  "civilian_targeting", "iso3",      "country",        "admin1",
    "location",      "latitude",     "longitude",     "geo_precision",  "source",         "source_url",
    "notes",         "fatalities",   "plover_event",  "plover_mode",    "cameo",          "rasad_event_id",
    "num_sources"};

std::string_view DisorderType(const AcledCategory& c) {
  if (c.event_type == "Strategic developments") return "Strategic developments";
  if (c.event_type == "Protests") {
    return c.sub_event_type == "Excessive force against protesters" ? "Political violence; Demonstrations"
                                                                    : "Demonstrations";
  }
  if (c.event_type == "Riots") return c.sub_event_type == "Mob violence" ? "Political violence" : "Demonstrations";
  return "Political violence";
}

// The two ACLED actor slots of an event.
struct AcledActors {
  std::string actor1, assoc1, actor2, assoc2;
  int inter1 = 0, inter2 = 0;
};

class AcledCsvExporter : public Exporter {
 public:
  explicit AcledCsvExporter(const ExportResources& res) : res_(res) {}

  void Begin(std::ostream& out) override {
    for (size_t i = 0; i < kColumns.size(); ++i) out << (i ? "," : "") << kColumns[i];
    out << "\r\n";
  }

  bool Write(const StoredEvent& se, std::ostream& out) override {
    const Event& e = se.event;
    std::optional<DateParts> date = SplitDate(e.date);
    if (!date || date->month == 0) return false;
    std::optional<AcledCategory> cat = res_.acled.Map(e);
    if (!cat) return false;

    std::string_view iso3 = EventCountry(e);
    std::string country(res_.countries.Name(iso3));
    AcledActors a = Actors(e, *cat, country.empty() ? std::string(iso3) : country);
    bool civilian_targeting = cat->event_type == "Violence against civilians" ||
                              cat->sub_event_type == "Excessive force against protesters" ||
                              (cat->event_type == "Explosions/Remote violence" && a.inter2 == 7);
    int interaction = a.inter1 && a.inter2 ? std::min(a.inter1, a.inter2) * 10 + std::max(a.inter1, a.inter2)
                                           : std::max(a.inter1, a.inter2) * 10;
    std::string location, admin1, lat, lon, precision;
    if (e.location) {
      const EventPlace& p = *e.location;
      location = !p.name_en.empty() ? p.name_en : !p.name_ar.empty() ? p.name_ar : p.text;
      admin1 = p.admin1;
      int geo = res_.place_kinds.Find(p.precision).acled_geo_precision;
      if (!p.relative.empty()) geo = std::max(geo, 2);
      precision = std::to_string(geo);
      if (HasCoordinates(e.location)) {
        lat = fmt::format("{:.4f}", p.lat);
        lon = fmt::format("{:.4f}", p.lon);
      }
    }
    auto inter = [](int i) { return i ? std::to_string(i) : std::string(); };
    const std::string fields[] = {
        fmt::format("{}{}", iso3.empty() ? "XXX" : iso3, se.id),
        date->day ? e.date : fmt::format("{:04}-{:02}-15", date->year, date->month),
        std::to_string(date->year),
        date->day ? "1" : "3",
        std::string(DisorderType(*cat)),
        cat->event_type,
        cat->sub_event_type,
        a.actor1,
        a.assoc1,
        inter(a.inter1),
        a.actor2,
        a.assoc2,
        inter(a.inter2),
        interaction ? std::to_string(interaction) : std::string(),
        civilian_targeting ? "Civilian targeting" : "",
        std::string(iso3),
        country,
        admin1,
        location,
        lat,
        lon,
        precision,
        !se.doc_source.empty() ? se.doc_source : e.doc_id,
        se.doc_url,
        e.evidence,
        std::to_string(e.fatalities.value_or(0)),
        e.event,
        e.mode,
        e.cameo,
        e.event_id,
        std::to_string(se.num_sources),
    };
    static_assert(std::size(fields) == kColumns.size());
    for (size_t i = 0; i < std::size(fields); ++i) out << (i ? "," : "") << CsvField(fields[i]);
    out << "\r\n";
    return true;
  }

  void End(std::ostream&) override {}

 private:
  // ACLED's actor conventions: the crowd of a protest or riot is "Protesters (Country)" /
  // "Rioters (Country)" with the named group as associated actor; the victims of violence against
  // civilians are "Civilians (Country)"; an unnamed perpetrator of violence is an "Unidentified
  // Armed Group (Country)".
  AcledActors Actors(const Event& e, const AcledCategory& cat, const std::string& country) const {
    auto label = [&](std::string_view what) {
      return country.empty() ? std::string(what) : fmt::format("{} ({})", what, country);
    };
    auto inter = [&](const std::optional<EventActor>& x) { return res_.acled.Inter(AcledMapping::SectorToken(x)); };
    AcledActors a;
    if (cat.event_type == "Protests" || cat.event_type == "Riots") {
      // 175 (repression) has the security forces as source and the protesters as target.
      bool crowd_is_source = e.event == "PROTEST" || cat.sub_event_type == "Mob violence";
      const std::optional<EventActor>& crowd = crowd_is_source ? e.source : e.target;
      const std::optional<EventActor>& other = crowd_is_source ? e.target : e.source;
      bool riot = cat.event_type == "Riots";
      a.actor1 = label(riot ? "Rioters" : "Protesters");
      a.inter1 = riot ? 5 : 6;
      a.assoc1 = ActorDisplayName(crowd);
      a.actor2 = ActorDisplayName(other);
      a.inter2 = inter(other);
      return a;
    }
    a.actor1 = ActorDisplayName(e.source);
    a.inter1 = inter(e.source);
    a.actor2 = ActorDisplayName(e.target);
    a.inter2 = inter(e.target);
    bool violence = cat.event_type == "Battles" || cat.event_type == "Explosions/Remote violence" ||
                    cat.event_type == "Violence against civilians";
    if (violence && !e.source) {
      a.actor1 = label("Unidentified Armed Group");
      a.inter1 = 3;
    }
    if (cat.event_type == "Violence against civilians" ||
        (cat.event_type == "Explosions/Remote violence" && a.inter2 == 7)) {
      a.assoc2 = a.actor2;
      a.actor2 = label("Civilians");
      a.inter2 = 7;
    }
    return a;
  }

  const ExportResources& res_;
};

}  // namespace

std::unique_ptr<Exporter> MakeAcledCsvExporter(const ExportResources& resources) {
  return std::make_unique<AcledCsvExporter>(resources);
}

}  // namespace rasad::detail
