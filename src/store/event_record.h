// Event records in the store: reading a stored JSON record back into an Event, and the keys that
// decide when two actors, places or events are the same.
#ifndef RASAD_STORE_EVENT_RECORD_H_
#define RASAD_STORE_EVENT_RECORD_H_

#include <nlohmann/json.hpp>
#include <string>

#include "coder/event.h"
#include "util/status.h"

namespace rasad {

// The inverse of EventToJson (coder/event_json.h); errors name the missing or mistyped field.
Result<Event> EventFromJson(const nlohmann::json& j);

// An actor's identity: its dictionary id; for an unnamed actor (a generic agent) its country and
// sector code ("LBY:MIL"); failing both, its text.
std::string ActorKey(const EventActor& a);

// A place's identity: its geonameid, else its country and English (or Arabic) name.
std::string PlaceKey(const EventPlace& p);

// Two reports are of the same event when this key is equal: date, PLOVER type, CAMEO code, source,
// target, place, negation and modality (where `reported`, told on a cited source's word, counts as
// `asserted`). The document and sentence are not part of it, so copies of a story in several
// articles corroborate one event. The stored event keeps the first report's modality.
std::string CorroborationKey(const Event& e);

}  // namespace rasad

#endif  // RASAD_STORE_EVENT_RECORD_H_
