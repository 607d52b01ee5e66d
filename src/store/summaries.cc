#include "store/summaries.h"

#include <map>
#include <tuple>

namespace rasad {
namespace {

// The counts of a set of events, accumulated in memory from one scan (SQLite's GROUP BY over
// several columns of a million rows builds temporary b-trees and is many times slower).
struct Counts {
  std::map<std::pair<std::string, std::string>, int64_t> day_type;
  std::unordered_map<int64_t, int64_t> actor;
  std::map<std::tuple<int64_t, int64_t, std::string>, std::pair<int64_t, double>> dyad;
  std::map<std::pair<int64_t, std::string>, int64_t> place_type, place_month;
};

Status Scan(SqliteDb& db, int64_t after, Counts* c) {
  auto stmt = db.Prepare(
      "SELECT date, event, source_actor, target_actor, place, goldstein FROM events WHERE id > ? ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, after);
  Status s;
  while (stmt->Step(&s)) {
    bool dated = !stmt->IsNull(0);
    std::string date = stmt->Text(0), type = stmt->Text(1);
    bool has_s = !stmt->IsNull(2), has_t = !stmt->IsNull(3), has_p = !stmt->IsNull(4);
    int64_t src = stmt->Int(2), tgt = stmt->Int(3), place = stmt->Int(4);
    if (dated) ++c->day_type[{date, type}];
    if (has_s) ++c->actor[src];
    if (has_t) ++c->actor[tgt];
    if (has_s && has_t && src != tgt) {
      auto& d = c->dyad[{src, tgt, type}];
      ++d.first;
      d.second += stmt->Double(5);
    }
    if (has_p) {
      ++c->place_type[{place, type}];
      if (dated) ++c->place_month[{place, date.substr(0, 7)}];
    }
  }
  return s;
}

template <typename Map, typename BindFn>
Status Upsert(SqliteDb& db, const char* sql, const Map& rows, BindFn bind) {
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  for (const auto& row : rows) {
    bind(*stmt, row);
    if (Status s = stmt->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

template <typename Fn>
Status ForEachRow(SqliteDb& db, const std::string& sql, Fn fn) {
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status s;
  while (stmt->Step(&s)) fn(*stmt);
  return s;
}

}  // namespace

Status RefreshSummaries(SqliteDb& db, int64_t after, bool rebuild) {
  if (rebuild) {
    Status s = db.Exec(
        "DELETE FROM summary_day_type; DELETE FROM summary_actor; DELETE FROM summary_dyad; "
        "DELETE FROM summary_place_type; DELETE FROM summary_place_month");
    if (!s.ok()) return s;
  }
  Counts c;
  if (Status s = Scan(db, after, &c); !s.ok()) return s;
  // A count keyed by a pair (date and type, place and type, place and month): three parameters.
  auto bind_pair_count = [](SqliteStmt& st, const auto& r) {
    st.Bind(1, r.first.first).Bind(2, r.first.second).Bind(3, r.second);
  };
  Status s = Upsert(db,
                    "INSERT INTO summary_day_type(date, event, n) VALUES(?,?,?) "
                    "ON CONFLICT DO UPDATE SET n = n + excluded.n",
                    c.day_type, bind_pair_count);
  if (s.ok()) {
    s = Upsert(db, "INSERT INTO summary_actor(actor, n) VALUES(?,?) ON CONFLICT DO UPDATE SET n = n + excluded.n",
               c.actor, [](SqliteStmt& st, const auto& r) { st.Bind(1, r.first).Bind(2, r.second); });
  }
  if (s.ok()) {
    s = Upsert(db,
               "INSERT INTO summary_dyad(source, target, event, n, goldstein) VALUES(?,?,?,?,?) "
               "ON CONFLICT DO UPDATE SET n = n + excluded.n, goldstein = goldstein + excluded.goldstein",
               c.dyad, [](SqliteStmt& st, const auto& r) {
                 st.Bind(1, std::get<0>(r.first)).Bind(2, std::get<1>(r.first)).Bind(3, std::get<2>(r.first));
                 st.Bind(4, r.second.first).Bind(5, r.second.second);
               });
  }
  if (s.ok()) {
    s = Upsert(db,
               "INSERT INTO summary_place_type(place, event, n) VALUES(?,?,?) "
               "ON CONFLICT DO UPDATE SET n = n + excluded.n",
               c.place_type, bind_pair_count);
  }
  if (s.ok()) {
    s = Upsert(db,
               "INSERT INTO summary_place_month(place, month, n) VALUES(?,?,?) "
               "ON CONFLICT DO UPDATE SET n = n + excluded.n",
               c.place_month, bind_pair_count);
  }
  return s;
}

Status ForEachSummaryDay(SqliteDb& db, const std::vector<std::string>& types,
                         const std::function<void(std::string_view, std::string_view, int64_t)>& fn) {
  std::string sql = "SELECT date, event, n FROM summary_day_type";
  if (!types.empty()) {
    sql += " WHERE event IN (";
    for (size_t i = 0; i < types.size(); ++i) sql += i ? ",?" : "?";
    sql += ")";
  }
  auto stmt = db.Prepare(sql + " ORDER BY date, event");
  if (!stmt.ok()) return stmt.status();
  for (size_t i = 0; i < types.size(); ++i) stmt->Bind(static_cast<int>(i + 1), types[i]);
  Status s;
  while (stmt->Step(&s)) fn(stmt->TextView(0), stmt->TextView(1), stmt->Int(2));
  return s;
}

Result<std::unordered_map<int64_t, int64_t>> SummaryActorEvents(SqliteDb& db) {
  std::unordered_map<int64_t, int64_t> out;
  Status s = ForEachRow(db, "SELECT actor, n FROM summary_actor", [&](SqliteStmt& st) { out[st.Int(0)] = st.Int(1); });
  if (!s.ok()) return s;
  return out;
}

Status ForEachSummaryDyad(SqliteDb& db, const std::function<void(int64_t, int64_t, int64_t, double)>& fn) {
  // The rows of a dyad are adjacent in the primary key: add them up without a hash map.
  bool any = false;
  int64_t src = 0, tgt = 0, n = 0;
  double g = 0;
  Status s = ForEachRow(db, "SELECT source, target, n, goldstein FROM summary_dyad ORDER BY source, target",
                        [&](SqliteStmt& st) {
                          int64_t row_src = st.Int(0), row_tgt = st.Int(1);  // each column read once
                          if (any && (row_src != src || row_tgt != tgt)) {
                            fn(src, tgt, n, g);
                            n = 0;
                            g = 0;
                          }
                          any = true;
                          src = row_src;
                          tgt = row_tgt;
                          n += st.Int(2);
                          g += st.Double(3);
                        });
  if (s.ok() && any) fn(src, tgt, n, g);
  return s;
}

Status ForEachSummaryDyadType(SqliteDb& db, int64_t source, int64_t target,
                              const std::function<void(std::string_view, int64_t)>& fn) {
  auto stmt = db.Prepare("SELECT event, n FROM summary_dyad WHERE source = ? AND target = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source).Bind(2, target);
  Status s;
  while (stmt->Step(&s)) fn(stmt->TextView(0), stmt->Int(1));
  return s;
}

Status ForEachSummaryPlaceType(SqliteDb& db,
                               const std::function<void(int64_t, std::string_view, int64_t)>& fn) {
  return ForEachRow(db, "SELECT place, event, n FROM summary_place_type",
                    [&](SqliteStmt& st) { fn(st.Int(0), st.TextView(1), st.Int(2)); });
}

Status ForEachSummaryPlaceMonth(SqliteDb& db, int64_t place,
                                const std::function<void(std::string_view, int64_t)>& fn) {
  auto stmt = db.Prepare("SELECT month, n FROM summary_place_month WHERE place = ? ORDER BY month");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, place);
  Status s;
  while (stmt->Step(&s)) fn(stmt->TextView(0), stmt->Int(1));
  return s;
}

}  // namespace rasad
