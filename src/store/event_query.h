// Queries over stored events: the filters shared by `rasad query`, `rasad export` and the HTTP API,
// turned into parameterized SQL (values are bound, never pasted into the SQL text).
#ifndef RASAD_STORE_EVENT_QUERY_H_
#define RASAD_STORE_EVENT_QUERY_H_

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/sqlite.h"
#include "store/stored_event.h"
#include "util/status.h"

namespace rasad {

struct EventFilter {
  std::string from, to;             // ISO dates, inclusive; empty = open
  std::string actor;                // actor id, or text in the actor's English or Arabic name
  std::string country;              // ISO alpha-3 of the source, the target or the place
  std::vector<std::string> types;   // PLOVER event types; empty = all
  std::string place;                // place name (English or Arabic) or geonameid
  std::optional<std::array<double, 4>> bbox;  // min lon, min lat, max lon, max lat
  std::string text;                 // free text in the evidence sentence (exact substring, case-sensitive)
  std::string doc_id;               // only events with evidence in this document
  bool asserted_only = false;       // drop negated, intended and hypothetical events
  // Not a filter but a permission: the derived data (store/derived_data.h) is up to date and may
  // answer (`text` through the trigram index when TextIndexCanSearch(text), unfiltered aggregates
  // from the summary tables). Set it only after ReadDerivedState(...).up_to_date(); results are
  // the same either way.
  bool use_derived = false;
};

// True when `filter` restricts nothing (every stored event matches; `use_derived` is no filter).
bool IsEmptyFilter(const EventFilter& filter);

// Parses "minlon,minlat,maxlon,maxlat"; errors say what is wrong.
Result<std::array<double, 4>> ParseBbox(const std::string& text);
// Parses a comma-separated list of PLOVER types (upper-cased); errors name an unknown type.
Result<std::vector<std::string>> ParseEventTypes(const std::string& text);

// The WHERE clause (over `events e`) for a filter and the values to bind, in order.
struct SqlWhere {
  std::string sql;  // "" or " WHERE ..."
  // The clause with one more condition joined by AND (or the WHERE it starts when there is none).
  std::string With(std::string_view condition) const {
    return sql + (sql.empty() ? " WHERE " : " AND ") + std::string(condition);
  }
  std::vector<std::variant<int64_t, double, std::string>> values;
  // Binds the values to `stmt` from parameter `first` on; returns the next free index.
  int BindTo(SqliteStmt& stmt, int first = 1) const;
};
SqlWhere BuildWhere(const EventFilter& filter);

// The number of events matching `filter`.
Result<int64_t> CountEvents(SqliteDb& db, const EventFilter& filter);

// Calls `fn` for the matching events, newest first (then by id), skipping `offset` and giving at
// most `limit` (-1 = all).
Status ForEachEvent(SqliteDb& db, const EventFilter& filter, int64_t limit, int64_t offset,
                    const std::function<void(StoredEvent&&)>& fn);

// One stored event by its row id; an error when there is none.
Result<StoredEvent> GetEvent(SqliteDb& db, int64_t id);

// Calls `fn` for the stored events with these row ids, in the order given (one prepared statement;
// ids without an event are skipped).
Status ForEachEventById(SqliteDb& db, const std::vector<int64_t>& ids, const std::function<void(StoredEvent&&)>& fn);

}  // namespace rasad

#endif  // RASAD_STORE_EVENT_QUERY_H_
