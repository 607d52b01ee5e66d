// geojson: one FeatureCollection of Point features, one per event with coordinates
// (docs/export.md "GeoJSON").
#include "export/export_fields.h"
#include "export/export_json.h"
#include "export/exporters.h"

namespace rasad::detail {
namespace {

using json = nlohmann::ordered_json;

class GeoJsonExporter : public Exporter {
 public:
  void Begin(std::ostream& out) override {
    out << "{\"type\":\"FeatureCollection\",\"features\":[";
    first_ = true;
  }

  bool Write(const StoredEvent& se, std::ostream& out) override {
    const Event& e = se.event;
    if (!HasCoordinates(e.location)) return false;
    const EventPlace& p = *e.location;
    json props = {
        {"id", se.id},
        {"event_id", e.event_id},
        {"date", StringOrNull(e.date)},
        {"event", e.event},
        {"mode", StringOrNull(e.mode)},
        {"cameo", e.cameo},
        {"quad_class", e.quad_class},
        {"goldstein", e.goldstein},
        {"source", e.source ? StringOrNull(e.source->actor_id) : json()},
        {"source_name", StringOrNull(ActorDisplayName(e.source))},
        {"target", e.target ? StringOrNull(e.target->actor_id) : json()},
        {"target_name", StringOrNull(ActorDisplayName(e.target))},
        {"place", StringOrNull(!p.name_en.empty() ? p.name_en : p.text)},
        {"place_ar", StringOrNull(p.name_ar)},
        {"country", StringOrNull(p.country)},
        {"admin1", StringOrNull(p.admin1)},
        {"geonameid", p.geonameid ? json(p.geonameid) : json()},
        {"precision", StringOrNull(p.precision)},
        {"fatalities", IntOrNull(e.fatalities)},
        {"negated", e.negated},
        {"modality", e.modality},
        {"evidence", e.evidence},
        {"num_mentions", se.num_mentions},
        {"num_articles", se.num_articles},
        {"num_sources", se.num_sources},
        {"doc_url", StringOrNull(se.doc_url)},
    };
    json feature = {
        {"type", "Feature"},
        {"id", se.id},
        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
        {"properties", std::move(props)},
    };
    out << (first_ ? "\n" : ",\n");
    WriteJson(feature, out);
    first_ = false;
    return true;
  }

  void End(std::ostream& out) override { out << (first_ ? "]}\n" : "\n]}\n"); }

 private:
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Exporter> MakeGeoJsonExporter() { return std::make_unique<GeoJsonExporter>(); }

}  // namespace rasad::detail
