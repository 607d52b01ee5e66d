#include "server/event_page.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "store/text_index.h"

namespace rasad {
namespace {

// Rows the date-index walk may visit before the sort plan is cheaper.
constexpr double kDateWalkBudget = 200000;

Result<std::vector<int64_t>> PageIds(SqliteDb& db, const EventFilter& filter, int64_t limit, int64_t offset,
                                     bool walk_date_index) {
  // Walking the index reads each visited row anyway: testing its sentence there (instr) is cheaper
  // than first collecting every match of the text index (same result).
  EventFilter walk_filter = filter;
  if (walk_date_index) walk_filter.use_derived = false;
  SqlWhere w = BuildWhere(walk_filter);
  // `+e.date` keeps the planner from ordering by the date index, so it filters through the most
  // selective index and sorts the (few) matches.
  std::string sql = walk_date_index ? "SELECT e.id FROM events e INDEXED BY events_date" + w.sql +
                                          " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?"
                                    : "SELECT e.id FROM events e" + w.sql +
                                          " ORDER BY +e.date DESC, e.id DESC LIMIT ? OFFSET ?";
  auto stmt = db.Prepare(sql);
  if (!stmt.ok() && walk_date_index) return PageIds(db, filter, limit, offset, false);  // no such index
  if (!stmt.ok()) return stmt.status();
  int i = w.BindTo(*stmt);
  stmt->Bind(i, limit).Bind(i + 1, offset);
  std::vector<int64_t> ids;
  Status s;
  while (stmt->Step(&s)) ids.push_back(stmt->Int(0));
  if (!s.ok()) return s;
  return ids;
}

}  // namespace

Result<EventCount> CountEventsCapped(SqliteDb& db, const EventFilter& filter, int64_t cap) {
  if (IsEmptyFilter(filter)) {
    auto n = CountEvents(db, filter);
    if (!n.ok()) return n.status();
    return EventCount{*n, true};
  }
  EventFilter without_text = filter;
  without_text.text.clear();
  if (filter.use_derived && IsEmptyFilter(without_text) && TextIndexCanSearch(filter.text)) {
    // Free text alone: the index counts without reading any event.
    auto n = CountTextMatches(db, filter.text, cap);
    if (!n.ok()) return n.status();
    return EventCount{*n, *n < cap};
  }
  SqlWhere w = BuildWhere(filter);
  auto stmt = db.Prepare("SELECT count(*) FROM (SELECT 1 FROM events e" + w.sql + " LIMIT ?)");
  if (!stmt.ok()) return stmt.status();
  int i = w.BindTo(*stmt);
  stmt->Bind(i, cap);
  Status s;
  int64_t n = stmt->Step(&s) ? stmt->Int(0) : 0;
  if (!s.ok()) return s;
  return EventCount{n, n < cap};
}

Status ForEachEventPage(SqliteDb& db, const EventFilter& filter, int64_t limit, int64_t offset, const EventCount& count,
                        const std::function<void(StoredEvent&&)>& fn) {
  if (limit <= 0 || (count.exact && offset >= count.count)) return Status::Ok();
  // Walking the date index visits about (offset + limit) * all / matches rows.
  auto all = db.QueryInt("SELECT coalesce(max(id), 0) FROM events");
  if (!all.ok()) return all.status();
  // In doubles: offset may be as large as INT64_MAX, and offset + limit would overflow.
  double visits = (static_cast<double>(offset) + static_cast<double>(limit)) * static_cast<double>(*all) /
                  static_cast<double>(std::max<int64_t>(count.count, 1));
  // Without a filter the walk reads the index only; with one, few matches are cheaper to sort.
  bool walk = IsEmptyFilter(filter) || (!count.exact && visits <= kDateWalkBudget);
  auto ids = PageIds(db, filter, limit, offset, walk);
  if (!ids.ok()) return ids.status();
  return ForEachEventById(db, *ids, fn);
}

}  // namespace rasad
