// Counting and paging the events of /api/events on large stores.
//
// An exact count of a broad filter over a million events costs a scan of every match, and
// "newest first" with the planner's choice of index can mean sorting all of them. So the API
// counts up to a cap (exact below it), and picks the page's plan from that count: when the matches
// are dense enough that walking the date index newest first reaches the page within a bounded
// number of rows, it walks the index; otherwise (few matches) it collects the matches through the
// most selective index and sorts only them. Both plans select ids first and read the full records
// of the page's events only. Results equal ForEachEvent's (store/event_query.h).
#ifndef RASAD_SERVER_EVENT_PAGE_H_
#define RASAD_SERVER_EVENT_PAGE_H_

#include <cstdint>
#include <functional>

#include "store/event_query.h"
#include "store/sqlite.h"
#include "store/stored_event.h"
#include "util/status.h"

namespace rasad {

struct EventCount {
  int64_t count = 0;   // the number of matches, or `cap` when there are at least that many
  bool exact = true;   // false when counting stopped at the cap
};

// The events matching `filter`, counted exactly when fewer than `cap` (or the filter is empty,
// which is cheap), else stopped at `cap`.
Result<EventCount> CountEventsCapped(SqliteDb& db, const EventFilter& filter, int64_t cap);

// Calls `fn` for the page [offset, offset + limit) of the events matching `filter`, newest first
// (then by id), as ForEachEvent does; `count` is what CountEventsCapped said for the filter.
Status ForEachEventPage(SqliteDb& db, const EventFilter& filter, int64_t limit, int64_t offset, const EventCount& count,
                        const std::function<void(StoredEvent&&)>& fn);

}  // namespace rasad

#endif  // RASAD_SERVER_EVENT_PAGE_H_
