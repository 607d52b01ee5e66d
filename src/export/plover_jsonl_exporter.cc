// plover-jsonl: one JSON object per event with PLOVER's field names (docs/export.md "PLOVER JSON
// Lines"); rasad's own fields follow under their rasad names.
#include "export/export_fields.h"
#include "export/export_json.h"
#include "export/exporters.h"

namespace rasad::detail {
namespace {

using json = nlohmann::ordered_json;

// PLOVER's actor triple (source / source_actor / source_agent) plus rasad's names.
void AddActor(const std::string& role, const std::optional<EventActor>& a, json* j) {
  (*j)[role] = StringOrNull(CameoActorCode(a));
  (*j)[role + "_actor"] = a ? StringOrNull(a->actor_id) : json();
  (*j)[role + "_agent"] = a ? StringOrNull(a->sector) : json();
  (*j)[role + "_country"] = a ? StringOrNull(a->country) : json();
  (*j)[role + "_name"] = a ? StringOrNull(a->name_en) : json();
  (*j)[role + "_name_ar"] = a ? StringOrNull(a->name_ar) : json();
  (*j)[role + "_text"] = a ? StringOrNull(a->text) : json();
}

json Location(const std::optional<EventPlace>& p) {
  if (!p) return json();
  json loc = {
      {"placename", StringOrNull(!p->name_en.empty() ? p->name_en : p->text)},
      {"placename_ar", StringOrNull(p->name_ar)},
      {"text", StringOrNull(p->text)},
      {"country", StringOrNull(p->country)},
      {"admin1", StringOrNull(p->admin1)},
      {"lat", HasCoordinates(p) ? json(p->lat) : json()},
      {"lon", HasCoordinates(p) ? json(p->lon) : json()},
      {"geonameid", p->geonameid ? json(p->geonameid) : json()},
      {"precision", StringOrNull(p->precision)},
      {"relative", StringOrNull(p->relative)},
  };
  return loc;
}

class PloverJsonlExporter : public Exporter {
 public:
  void Begin(std::ostream&) override {}

  bool Write(const StoredEvent& se, std::ostream& out) override {
    const Event& e = se.event;
    json j;
    j["id"] = e.event_id;
    j["date"] = StringOrNull(e.date);
    j["event"] = e.event;
    j["mode"] = StringOrNull(e.mode);
    j["context"] = json::array();
    AddActor("source", e.source, &j);
    AddActor("target", e.target, &j);
    j["location"] = Location(e.location);
    j["fatalities"] = IntOrNull(e.fatalities);
    j["injured"] = IntOrNull(e.injured);
    j["captured"] = IntOrNull(e.captured);
    j["quad_class"] = e.quad_class;
    j["text"] = e.evidence;
    j["trigger"] = e.trigger_text;
    j["negated"] = e.negated;
    j["modality"] = e.modality;
    j["cameo"] = e.cameo;
    j["goldstein"] = e.goldstein;
    j["store_id"] = se.id;
    j["doc_id"] = e.doc_id;
    j["doc_source"] = StringOrNull(se.doc_source);
    j["doc_url"] = StringOrNull(se.doc_url);
    j["doc_title"] = StringOrNull(se.doc_title);
    j["num_mentions"] = se.num_mentions;
    j["num_articles"] = se.num_articles;
    j["num_sources"] = se.num_sources;
    j["dictionary_version"] = StringOrNull(se.dictionary_version);
    WriteJson(j, out);
    out << '\n';
    return true;
  }

  void End(std::ostream&) override {}
};

}  // namespace

std::unique_ptr<Exporter> MakePloverJsonlExporter() { return std::make_unique<PloverJsonlExporter>(); }

}  // namespace rasad::detail
