// Derived data: what a writer computes from the events after they are stored, so that readers
// (`rasad serve`) answer fast: the free-text index of the evidence sentences (store/text_index.h)
// and the summary tables of the unfiltered aggregates (store/summaries.h).
//
// It is not maintained per insert (that slows ingest): `rasad index`, and `rasad ingest` at its
// end, bring it up to date with RefreshDerivedData. The store records in `meta` the highest event
// id it covers (`derived_through`); triggers (schema migration 2) list in `derived_dirty` the
// events deleted or re-worded since (recode). Readers ask ReadDerivedState whether the derived
// data is up to date and use it only then; otherwise they compute from the events as before, with
// the same results.
#ifndef RASAD_STORE_DERIVED_DATA_H_
#define RASAD_STORE_DERIVED_DATA_H_

#include <cstdint>
#include <string>

#include "store/sqlite.h"
#include "util/status.h"

namespace rasad {

struct DerivedState {
  bool present = false;         // the derived data was built once (meta `derived_through` exists)
  int64_t through = 0;          // the highest event id it covers
  int64_t max_event = 0;        // the highest event id stored now
  bool dirty = false;           // events were deleted or re-worded since the last refresh
  int64_t events = 0;           // events stored at the last refresh
  int64_t documents = 0;        // documents stored at the last refresh
  int64_t documents_through = 0;  // the highest document id then
  std::string refreshed_at;     // ISO time of the last refresh

  // Every event is covered and none changed since: the derived data answers like the events.
  bool up_to_date() const { return present && !dirty && max_event <= through; }
  // "up to date", "stale" or "absent" (for /api/health and logs).
  const char* Describe() const;
};

// Reads the state (three indexed look-ups; safe on a read-only connection). Errors: SQLite's.
Result<DerivedState> ReadDerivedState(SqliteDb& db);

// ReadDerivedState(db)->up_to_date(), false on any error (the caller then reads the events: slower,
// same results). For EventFilter::use_derived.
bool DerivedDataUsable(SqliteDb& db);

// The number of events and documents stored, exact, cheaply when the derived data allows: the
// counts at the last refresh plus the rows added since (documents are never deleted; events only
// by recode, which marks the state dirty, and then they are counted). Errors: SQLite's.
struct StoreCounts {
  int64_t documents = 0, events = 0;
};
Result<StoreCounts> CountStored(SqliteDb& db, const DerivedState& state);

struct RefreshReport {
  bool built = false;           // built from scratch (no derived data before)
  int64_t events_indexed = 0;   // events added to the text index
  int64_t events_changed = 0;   // deleted or re-worded events re-indexed
  bool summaries_rebuilt = false;  // the summaries were recomputed whole (after deletions)
  int64_t through = 0;          // the highest event id now covered
  double seconds = 0;
};

// Brings the derived data up to date in one write transaction (BEGIN IMMEDIATE: it waits for a
// concurrent ingest's batch, and readers keep the previous state until it commits). Builds it when
// absent, else adds the events stored since and redoes the changed ones. Needs a writable
// connection to a store at the current schema. Errors: SQLite's (then nothing is changed).
Result<RefreshReport> RefreshDerivedData(SqliteDb& db);

}  // namespace rasad

#endif  // RASAD_STORE_DERIVED_DATA_H_
