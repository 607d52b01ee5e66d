#include "store/derived_data.h"

#include <fmt/format.h>

#include <chrono>
#include <ctime>

#include "store/summaries.h"
#include "store/text_index.h"
#include "util/utc_now.h"

namespace rasad {
namespace {

constexpr const char* kThrough = "derived_through";

Status SetMeta(SqliteDb& db, const char* key, const std::string& value) {
  auto stmt = db.Prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key).Bind(2, value);
  return stmt->Run();
}

}  // namespace

const char* DerivedState::Describe() const {
  if (!present) return "absent";
  return up_to_date() ? "up to date" : "stale";
}

Result<DerivedState> ReadDerivedState(SqliteDb& db) {
  DerivedState st;
  auto meta = db.Prepare(
      "SELECT key, value FROM meta WHERE key IN ('derived_through', 'derived_events', 'derived_documents', "
      "'derived_documents_through', 'derived_at')");
  if (!meta.ok()) return meta.status();
  Status s;
  while (meta->Step(&s)) {
    std::string key = meta->Text(0);
    if (key == "derived_at") {
      st.refreshed_at = meta->Text(1);
      continue;
    }
    int64_t v = meta->Int(1);  // stored as decimal text; SQLite converts
    if (key == kThrough) {
      st.present = true;
      st.through = v;
    } else if (key == "derived_events") {
      st.events = v;
    } else if (key == "derived_documents") {
      st.documents = v;
    } else {
      st.documents_through = v;
    }
  }
  if (!s.ok()) return s;
  auto max_event = db.QueryInt("SELECT coalesce(max(id), 0) FROM events");
  if (!max_event.ok()) return max_event.status();
  st.max_event = *max_event;
  auto dirty = db.QueryInt("SELECT EXISTS (SELECT 1 FROM derived_dirty)");
  if (!dirty.ok()) return dirty.status();
  st.dirty = *dirty != 0;
  return st;
}

bool DerivedDataUsable(SqliteDb& db) {
  auto st = ReadDerivedState(db);
  return st.ok() && st->up_to_date();
}

Result<StoreCounts> CountStored(SqliteDb& db, const DerivedState& state) {
  StoreCounts c;
  auto count_after = [&](const char* table, int64_t after) -> Result<int64_t> {
    auto stmt = db.Prepare(fmt::format("SELECT count(*) FROM {} WHERE id > ?", table));
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, after);
    Status s;
    int64_t n = stmt->Step(&s) ? stmt->Int(0) : 0;
    if (!s.ok()) return s;
    return n;
  };
  bool known = state.present;
  auto docs = count_after("documents", known ? state.documents_through : 0);
  if (!docs.ok()) return docs.status();
  c.documents = (known ? state.documents : 0) + *docs;
  // Events are deleted only by recode, which leaves the state dirty: then count them all.
  bool events_known = known && !state.dirty;
  auto events = count_after("events", events_known ? state.through : 0);
  if (!events.ok()) return events.status();
  c.events = (events_known ? state.events : 0) + *events;
  return c;
}

Result<RefreshReport> RefreshDerivedData(SqliteDb& db) {
  auto t0 = std::chrono::steady_clock::now();
  RefreshReport report;
  Status s = InTransaction(db, [&]() -> Status {
    auto st = ReadDerivedState(db);
    if (!st.ok()) return st.status();
    report.built = !st->present;
    int64_t after = st->present ? st->through : 0;
    if (report.built) {
      if (Status c = ClearTextIndex(db); !c.ok()) return c;
      if (Status c = db.Exec("DELETE FROM derived_dirty"); !c.ok()) return c;
    } else if (Status r = ReindexChangedEvents(db, after, &report.events_changed); !r.ok()) {
      return r;
    }
    if (Status i = IndexEventsAfter(db, after, &report.events_indexed); !i.ok()) return i;
    // Deleted events cannot be taken out of the summaries (their rows are gone): recompute them.
    report.summaries_rebuilt = report.built || st->dirty;
    if (Status r = RefreshSummaries(db, report.summaries_rebuilt ? 0 : after, report.summaries_rebuilt); !r.ok()) {
      return r;
    }
    // Covered now: every event stored (new ones get ids above the highest, so above `through`).
    auto through = db.QueryInt("SELECT coalesce(max(id), 0) FROM events");
    auto events = db.QueryInt("SELECT count(*) FROM events");
    auto docs_through = db.QueryInt("SELECT coalesce(max(id), 0) FROM documents");
    auto docs = db.QueryInt("SELECT count(*) FROM documents");
    for (auto* r : {&through, &events, &docs_through, &docs}) {
      if (!r->ok()) return r->status();
    }
    report.through = *through;
    if (Status d = db.Exec("DELETE FROM derived_dirty"); !d.ok()) return d;
    for (auto [key, value] : {std::pair<const char*, int64_t>{kThrough, *through},
                              {"derived_events", *events},
                              {"derived_documents", *docs},
                              {"derived_documents_through", *docs_through}}) {
      if (Status m = SetMeta(db, key, std::to_string(value)); !m.ok()) return m;
    }
    return SetMeta(db, "derived_at", UtcNowIso());
  });
  if (!s.ok()) return Status::Error(fmt::format("refreshing the derived data: {}", s.message()));
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return report;
}

}  // namespace rasad
