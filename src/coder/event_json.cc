#include "coder/event_json.h"

#include <fmt/format.h>

namespace rasad {
namespace {

nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json ActorToJson(const std::optional<EventActor>& a) {
  if (!a) return nullptr;
  nlohmann::json j = {{"text", a->text},         {"span", {a->begin, a->end}}, {"actor_id", OrNull(a->actor_id)},
                      {"name_en", OrNull(a->name_en)}, {"name_ar", OrNull(a->name_ar)}, {"country", OrNull(a->country)},
                      {"sector", OrNull(a->sector)}};
  if (a->corrected) j["corrected"] = a->corrected_to;
  return j;
}

nlohmann::json PlaceToJson(const std::optional<EventPlace>& p) {
  if (!p) return nullptr;
  nlohmann::json j = {{"text", p->text},
                      {"span", {p->begin, p->end}},
                      {"name_en", OrNull(p->name_en)},
                      {"name_ar", OrNull(p->name_ar)},
                      {"country", OrNull(p->country)},
                      {"admin1", OrNull(p->admin1)},
                      {"lat", p->lat},
                      {"lon", p->lon},
                      {"geonameid", p->geonameid > 0 ? nlohmann::json(p->geonameid) : nlohmann::json(nullptr)},
                      {"precision", OrNull(p->precision)},
                      {"confidence", p->confidence}};
  if (!p->relative.empty()) j["relative"] = p->relative;
  return j;
}

nlohmann::json Count(const std::optional<int64_t>& n) { return n ? nlohmann::json(*n) : nlohmann::json(nullptr); }

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

nlohmann::json EventToJson(const Event& e) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const EventMention& m : e.mentions) {
    mentions.push_back({{"sentence", m.sentence},
                        {"trigger", {{"text", m.trigger_text}, {"span", {m.trigger_begin, m.trigger_end}}}},
                        {"evidence_span", {m.sentence_begin, m.sentence_end}}});
  }
  nlohmann::json j = {
      {"event_id", e.event_id},
      {"doc_id", e.doc_id},
      {"sentence", e.sentence},
      {"date", OrNull(e.date)},
      {"event", e.event},
      {"mode", OrNull(e.mode)},
      {"cameo", e.cameo},
      {"quad_class", e.quad_class},
      {"goldstein", e.goldstein},
      {"source", ActorToJson(e.source)},
      {"target", ActorToJson(e.target)},
      {"location", PlaceToJson(e.location)},
      {"fatalities", Count(e.fatalities)},
      {"injured", Count(e.injured)},
      {"captured", Count(e.captured)},
      {"negated", e.negated},
      {"modality", e.modality},
      {"trigger", {{"text", e.trigger_text}, {"span", {e.trigger_begin, e.trigger_end}}}},
      {"evidence", e.evidence},
      {"mentions", std::move(mentions)},
  };
  if (!e.explain.empty()) j["explain"] = e.explain;
  return j;
}

std::string EventCsvHeader() {
  return "event_id,doc_id,sentence,date,event,mode,cameo,quad_class,goldstein,source_actor_id,source_text,"
         "source_country,source_sector,target_actor_id,target_text,target_country,target_sector,location,"
         "location_country,lat,lon,fatalities,negated,modality,trigger,trigger_start,trigger_end,evidence";
}

std::string EventToCsv(const Event& e) {
  auto actor = [](const std::optional<EventActor>& a) {
    if (!a) return std::string(",,,");
    return CsvField(a->actor_id) + "," + CsvField(a->text) + "," + CsvField(a->country) + "," + CsvField(a->sector);
  };
  std::string loc = e.location ? CsvField(e.location->name_en) + "," + CsvField(e.location->country) + "," +
                                     fmt::format("{},{}", e.location->lat, e.location->lon)
                               : std::string(",,,");
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}", CsvField(e.event_id), CsvField(e.doc_id),
                     e.sentence, CsvField(e.date), e.event, CsvField(e.mode), e.cameo, e.quad_class, e.goldstein,
                     actor(e.source), actor(e.target), loc, e.fatalities ? std::to_string(*e.fatalities) : "",
                     e.negated ? "true" : "false", e.modality, CsvField(e.trigger_text), e.trigger_begin, e.trigger_end,
                     CsvField(e.evidence));
}

}  // namespace rasad
