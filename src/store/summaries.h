// Summary tables: the counts the unfiltered aggregates need (events per day and type, per actor,
// per dyad and type, per place and type, per place and month), precomputed from the events so
// that `/api/timeline`, `/api/actors`, `/api/network` and `/api/places` without a filter read a few
// thousand rows instead of every event. Part of the derived data (store/derived_data.h): the
// aggregates read them only when the caller says the derived data is up to date
// (EventFilter::use_derived), and then answer exactly as from the events.
#ifndef RASAD_STORE_SUMMARIES_H_
#define RASAD_STORE_SUMMARIES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/sqlite.h"
#include "util/status.h"

namespace rasad {

// Adds the events with id > `after` to the summaries; with `rebuild`, empties them first (use
// after = 0 then). For RefreshDerivedData, inside its write transaction. Errors: SQLite's.
Status RefreshSummaries(SqliteDb& db, int64_t after, bool rebuild);

// Readers. Each calls `fn` once per summary row; errors are SQLite's.
// (date, type, events), dates ascending; only `types` when not empty.
Status ForEachSummaryDay(SqliteDb& db, const std::vector<std::string>& types,
                         const std::function<void(std::string_view date, std::string_view type, int64_t n)>& fn);
// Actor row -> events as source plus as target.
Result<std::unordered_map<int64_t, int64_t>> SummaryActorEvents(SqliteDb& db);
// (source row, target row, events, sum of Goldstein values) per dyad, all types together.
Status ForEachSummaryDyad(SqliteDb& db,
                          const std::function<void(int64_t source, int64_t target, int64_t n, double goldstein)>& fn);
// One dyad's events per type.
Status ForEachSummaryDyadType(SqliteDb& db, int64_t source, int64_t target,
                              const std::function<void(std::string_view type, int64_t n)>& fn);
// (place row, type, events).
Status ForEachSummaryPlaceType(SqliteDb& db,
                               const std::function<void(int64_t place, std::string_view type, int64_t n)>& fn);
// One place's (YYYY-MM, events), months ascending.
Status ForEachSummaryPlaceMonth(SqliteDb& db, int64_t place,
                                const std::function<void(std::string_view month, int64_t n)>& fn);

}  // namespace rasad

#endif  // RASAD_STORE_SUMMARIES_H_
