#include "store/event_record.h"

#include <fmt/format.h>

namespace rasad {
namespace {

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

template <typename T>
T Num(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return fallback;
  return it->get<T>();
}

std::optional<int64_t> OptionalCount(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int64_t>();
}

void ReadSpan(const nlohmann::json& j, uint32_t* begin, uint32_t* end) {
  auto it = j.find("span");
  if (it != j.end() && it->is_array() && it->size() == 2) {
    *begin = (*it)[0].get<uint32_t>();
    *end = (*it)[1].get<uint32_t>();
  }
}

std::optional<EventActor> ReadActor(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  EventActor a;
  a.text = Str(j, "text");
  ReadSpan(j, &a.begin, &a.end);
  a.actor_id = Str(j, "actor_id");
  a.name_en = Str(j, "name_en");
  a.name_ar = Str(j, "name_ar");
  a.country = Str(j, "country");
  a.sector = Str(j, "sector");
  if (j.contains("corrected")) {
    a.corrected = true;
    a.corrected_to = Str(j, "corrected");
  }
  return a;
}

std::optional<EventPlace> ReadPlace(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  EventPlace p;
  p.text = Str(j, "text");
  ReadSpan(j, &p.begin, &p.end);
  p.name_en = Str(j, "name_en");
  p.name_ar = Str(j, "name_ar");
  p.country = Str(j, "country");
  p.admin1 = Str(j, "admin1");
  p.precision = Str(j, "precision");
  p.lat = Num<double>(j, "lat", 0);
  p.lon = Num<double>(j, "lon", 0);
  p.geonameid = Num<int64_t>(j, "geonameid", 0);
  p.confidence = Num<float>(j, "confidence", 1);
  p.relative = Str(j, "relative");
  return p;
}

}  // namespace

Result<Event> EventFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return Status::Error("event record: not a JSON object");
  for (const char* key : {"event", "cameo", "event_id", "doc_id"}) {
    if (!j.contains(key) || !j[key].is_string()) {
      return Status::Error(fmt::format("event record: missing string field \"{}\"", key));
    }
  }
  Event e;
  try {
    e.event_id = Str(j, "event_id");
    e.doc_id = Str(j, "doc_id");
    e.sentence = Num<uint32_t>(j, "sentence", 0);
    e.date = Str(j, "date");
    if (auto d = j.find("date_words"); d != j.end() && d->is_object()) {
      e.date_text = Str(*d, "text");
      ReadSpan(*d, &e.date_begin, &e.date_end);
    }
    e.event = Str(j, "event");
    e.mode = Str(j, "mode");
    e.cameo = Str(j, "cameo");
    e.quad_class = Num<int>(j, "quad_class", 0);
    e.goldstein = Num<double>(j, "goldstein", 0);
    if (j.contains("source")) e.source = ReadActor(j["source"]);
    if (j.contains("target")) e.target = ReadActor(j["target"]);
    if (j.contains("location")) e.location = ReadPlace(j["location"]);
    e.fatalities = OptionalCount(j, "fatalities");
    e.injured = OptionalCount(j, "injured");
    e.captured = OptionalCount(j, "captured");
    e.negated = j.value("negated", false);
    e.modality = j.value("modality", std::string("asserted"));
    if (auto t = j.find("trigger"); t != j.end() && t->is_object()) {
      e.trigger_text = Str(*t, "text");
      ReadSpan(*t, &e.trigger_begin, &e.trigger_end);
    }
    e.evidence = Str(j, "evidence");
    if (auto ms = j.find("mentions"); ms != j.end() && ms->is_array()) {
      for (const auto& m : *ms) {
        EventMention em;
        em.sentence = Num<uint32_t>(m, "sentence", 0);
        if (auto t = m.find("trigger"); t != m.end() && t->is_object()) {
          em.trigger_text = Str(*t, "text");
          ReadSpan(*t, &em.trigger_begin, &em.trigger_end);
        }
        if (auto s = m.find("evidence_span"); s != m.end() && s->is_array() && s->size() == 2) {
          em.sentence_begin = (*s)[0].get<uint32_t>();
          em.sentence_end = (*s)[1].get<uint32_t>();
        }
        e.mentions.push_back(std::move(em));
      }
    }
  } catch (const nlohmann::json::exception& ex) {
    return Status::Error(fmt::format("event record {}: {}", e.event_id, ex.what()));
  }
  return e;
}

std::string ActorKey(const EventActor& a) {
  if (!a.actor_id.empty()) return a.actor_id;
  if (!a.country.empty() || !a.sector.empty()) return a.country + ":" + a.sector;
  return "text:" + a.text;
}

std::string PlaceKey(const EventPlace& p) {
  if (p.geonameid > 0) return fmt::format("{}", p.geonameid);
  return p.country + ":" + (p.name_en.empty() ? p.name_ar.empty() ? p.text : p.name_ar : p.name_en);
}

std::string CorroborationKey(const Event& e) {
  std::string key = e.date;
  key += '|';
  key += e.event;
  key += '|';
  key += e.cameo;
  key += '|';
  if (e.source) key += ActorKey(*e.source);
  key += '|';
  if (e.target) key += ActorKey(*e.target);
  key += '|';
  if (e.location) key += PlaceKey(*e.location);
  key += '|';
  key += e.negated ? "neg" : "pos";
  key += '|';
  // Told as fact by the writer or by a source the writer cites: the same claim about the world.
  key += e.modality == "reported" ? std::string("asserted") : e.modality;
  return key;
}

}  // namespace rasad
