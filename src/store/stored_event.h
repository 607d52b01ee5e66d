// StoredEvent: one event as the store holds it after corroboration, the unit that queries,
// exports and the HTTP API hand out.
//
// Several articles may report the same event (wire copies, follow-ups). The store keeps one event per
// corroboration key (date, PLOVER type, CAMEO code, source actor, target actor, place, negation,
// modality) with every piece of evidence as a mention, and counts them as GDELT does: mentions
// (pieces of evidence), articles (distinct documents) and sources (distinct outlets, where
// near-duplicate texts count once).
#ifndef RASAD_STORE_STORED_EVENT_H_
#define RASAD_STORE_STORED_EVENT_H_

#include <cstdint>
#include <string>

#include "coder/event.h"

namespace rasad {

struct StoredEvent {
  int64_t id = 0;                // the store's row id
  std::string key;               // the corroboration key
  // The record as first coded (event_id, doc_id, spans, evidence, actors, place, fatalities...);
  // fatalities/injured/captured are the largest figure any mention reports.
  Event event;
  int64_t num_mentions = 1;
  int64_t num_articles = 1;
  int64_t num_sources = 1;
  int64_t num_independent = 1;   // distinct reports once near-duplicate texts count as one
  std::string dictionary_version;  // hash of the dictionaries that coded it
  // The first reporting document's metadata.
  std::string doc_source, doc_url, doc_title;
};

}  // namespace rasad

#endif  // RASAD_STORE_STORED_EVENT_H_
