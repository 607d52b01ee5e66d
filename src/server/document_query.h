// Reads for the document view and the event detail of the API: a stored document with the events
// coded from it (each with the spans of *this* document's mention, so that they slice its text),
// and the mentions (pieces of evidence) of one event. Parameterized SQL over the store's tables.
#ifndef RASAD_SERVER_DOCUMENT_QUERY_H_
#define RASAD_SERVER_DOCUMENT_QUERY_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "store/sqlite.h"
#include "store/stored_event.h"
#include "util/status.h"

namespace rasad {

struct StoredDocument {
  int64_t row = 0;
  std::string doc_id, title, date, source, url, text;
};

// The document with id `doc_id`; nullopt when there is none.
Result<std::optional<StoredDocument>> GetDocument(SqliteDb& db, const std::string& doc_id);

// The events with a mention in document `doc` (by row), in text order. Each carries the record as
// coded from this document (spans into doc.text) with the store's id and corroboration counts.
Result<std::vector<StoredEvent>> DocumentEvents(SqliteDb& db, const StoredDocument& doc);

// The mentions of event `id`, first stored first: [{"doc_id", "sentence", "trigger", "evidence"}].
Result<nlohmann::json> EventMentions(SqliteDb& db, int64_t id);

}  // namespace rasad

#endif  // RASAD_SERVER_DOCUMENT_QUERY_H_
