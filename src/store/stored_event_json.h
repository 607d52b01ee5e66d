// Stored events as JSON and CSV: the event record of ../shared/data/README.md plus the store's
// fields (id, num_mentions, num_articles, num_sources, num_independent, dictionary_version,
// doc_source, doc_url, doc_title). Used by `rasad query` and the HTTP API.
#ifndef RASAD_STORE_STORED_EVENT_JSON_H_
#define RASAD_STORE_STORED_EVENT_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "store/stored_event.h"

namespace rasad {

nlohmann::json StoredEventToJson(const StoredEvent& e);
std::string StoredEventCsvHeader();
std::string StoredEventToCsv(const StoredEvent& e);

}  // namespace rasad

#endif  // RASAD_STORE_STORED_EVENT_JSON_H_
