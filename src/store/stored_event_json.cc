#include "store/stored_event_json.h"

#include <fmt/format.h>

#include "coder/event_json.h"

namespace rasad {

nlohmann::json StoredEventToJson(const StoredEvent& e) {
  nlohmann::json j = EventToJson(e.event);
  j["id"] = e.id;
  j["num_mentions"] = e.num_mentions;
  j["num_articles"] = e.num_articles;
  j["num_sources"] = e.num_sources;
  j["num_independent"] = e.num_independent;
  j["dictionary_version"] = e.dictionary_version;
  j["doc_source"] = e.doc_source;
  j["doc_url"] = e.doc_url;
  j["doc_title"] = e.doc_title;
  return j;
}

std::string StoredEventCsvHeader() {
  return "id," + EventCsvHeader() + ",num_mentions,num_articles,num_sources,num_independent,dictionary_version";
}

std::string StoredEventToCsv(const StoredEvent& e) {
  return fmt::format("{},{},{},{},{},{},{}", e.id, EventToCsv(e.event), e.num_mentions, e.num_articles, e.num_sources,
                     e.num_independent, e.dictionary_version);
}

}  // namespace rasad
