// The event list of /api/events written straight into the answer's text: each event as the
// coder's JSON writer (AppendEventJson) writes its record, followed by the store's fields. It
// parses to the same JSON as StoredEventToJson (store/stored_event_json.h) — only the order of the
// store's keys differs — without building a JSON tree per event (for the map's 1,000 events a
// tree costs most of the request).
#ifndef RASAD_SERVER_EVENT_LIST_JSON_H_
#define RASAD_SERVER_EVENT_LIST_JSON_H_

#include <string>

#include "store/stored_event.h"

namespace rasad {

// Appends one event object to *out.
void AppendStoredEventJson(const StoredEvent& e, std::string* out);

}  // namespace rasad

#endif  // RASAD_SERVER_EVENT_LIST_JSON_H_
