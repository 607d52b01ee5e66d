// The free-text index: an SQLite FTS5 table (`event_text`, trigram tokenizer, case-sensitive,
// external content: it indexes events.evidence without a copy) over the evidence sentences.
//
// A trigram phrase query finds exactly the sentences that contain the query as a substring, the
// same as the scan (`instr(evidence, q) > 0`), when the query is valid UTF-8 without NUL bytes and
// has at least three characters; shorter or other queries are searched by the scan. The index is
// part of the derived data (store/derived_data.h): RefreshDerivedData keeps it, and queries use it
// only when ReadDerivedState says it is up to date (EventFilter::text_search).
#ifndef RASAD_STORE_TEXT_INDEX_H_
#define RASAD_STORE_TEXT_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "store/sqlite.h"
#include "util/status.h"

namespace rasad {

// True when the index answers a search for `text` exactly like the scan (see above).
bool TextIndexCanSearch(std::string_view text);

// The FTS5 MATCH argument for the substring `text`: one double-quoted phrase (quotes doubled). It is
// bound as a value, never pasted into SQL.
std::string TextIndexPhrase(std::string_view text);

// The number of events whose evidence contains `text`, counting at most `cap`, from the index alone
// (no event row is read). Only for a text TextIndexCanSearch accepts and an up-to-date index.
// Errors: SQLite's.
Result<int64_t> CountTextMatches(SqliteDb& db, std::string_view text, int64_t cap);

// Index maintenance, for RefreshDerivedData inside its write transaction:
// Empties the index.
Status ClearTextIndex(SqliteDb& db);
// Removes the indexed sentence of every event listed in derived_dirty with id <= `through` (the
// sentence recorded there is the indexed one) and indexes the current sentence of those still
// stored. Sets *changed to the number of listed events.
Status ReindexChangedEvents(SqliteDb& db, int64_t through, int64_t* changed);
// Indexes the sentences of the events with id > `after`; sets *added to their number.
Status IndexEventsAfter(SqliteDb& db, int64_t after, int64_t* added);

}  // namespace rasad

#endif  // RASAD_STORE_TEXT_INDEX_H_
