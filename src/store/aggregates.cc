#include "store/aggregates.h"

#include <fmt/format.h>

#include <unordered_map>

namespace rasad {
namespace {

Result<SqliteStmt> PrepareWith(SqliteDb& db, const std::string& sql, const SqlWhere& where, int* next) {
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  *next = where.BindTo(*stmt);
  return stmt;
}

ActorCount ReadActor(const SqliteStmt& s, int col) {
  ActorCount a;
  a.actor_id = s.Text(col);
  a.name_en = s.Text(col + 1);
  a.name_ar = s.Text(col + 2);
  a.country = s.Text(col + 3);
  a.sector = s.Text(col + 4);
  return a;
}

}  // namespace

Result<std::vector<std::pair<std::string, int64_t>>> CountByType(SqliteDb& db, const EventFilter& filter) {
  SqlWhere w = BuildWhere(filter);
  int next = 0;
  auto stmt = PrepareWith(db, "SELECT e.event, count(*) AS n FROM events e" + w.sql +
                                  " GROUP BY e.event ORDER BY n DESC, e.event",
                          w, &next);
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<std::string, int64_t>> out;
  Status s;
  while (stmt->Step(&s)) out.emplace_back(stmt->Text(0), stmt->Int(1));
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<ActorCount>> TopActors(SqliteDb& db, const EventFilter& filter, const std::string& name,
                                          int limit) {
  SqlWhere w = BuildWhere(filter);
  std::string sql =
      "WITH fe AS (SELECT e.source_actor, e.target_actor FROM events e" + w.sql +
      "), part AS (SELECT source_actor AS actor FROM fe WHERE source_actor IS NOT NULL UNION ALL "
      "SELECT target_actor FROM fe WHERE target_actor IS NOT NULL) "
      "SELECT a.actor_key, coalesce(a.name_en, ''), coalesce(a.name_ar, ''), coalesce(a.country, ''), "
      "coalesce(a.sector, ''), count(*) AS n FROM part JOIN actors a ON a.id = part.actor";
  if (!name.empty()) sql += " WHERE a.actor_key = ? OR a.name_en LIKE ? OR a.name_ar LIKE ?";
  sql += " GROUP BY a.id ORDER BY n DESC, a.actor_key LIMIT ?";
  int next = 0;
  auto stmt = PrepareWith(db, sql, w, &next);
  if (!stmt.ok()) return stmt.status();
  if (!name.empty()) {
    stmt->Bind(next++, name).Bind(next++, "%" + name + "%").Bind(next++, "%" + name + "%");
  }
  stmt->Bind(next, int64_t{limit});
  std::vector<ActorCount> out;
  Status s;
  while (stmt->Step(&s)) {
    ActorCount a = ReadActor(*stmt, 0);
    a.events = stmt->Int(5);
    out.push_back(std::move(a));
  }
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<PlaceCount>> TopPlaces(SqliteDb& db, const EventFilter& filter, int limit) {
  SqlWhere w = BuildWhere(filter);
  int next = 0;
  std::string base = " FROM events e" + w.sql + (w.sql.empty() ? " WHERE" : " AND") + " e.place IS NOT NULL";
  auto stmt = PrepareWith(db,
                          "SELECT p.id, coalesce(p.geonameid, 0), coalesce(p.name_en, ''), coalesce(p.name_ar, ''), "
                          "coalesce(p.country, ''), p.lat, p.lon, t.n FROM (SELECT e.place AS place, count(*) AS n" +
                              base + " GROUP BY e.place ORDER BY n DESC LIMIT ?) t JOIN places p ON p.id = t.place "
                              "ORDER BY t.n DESC, p.id",
                          w, &next);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(next, int64_t{limit});
  std::vector<PlaceCount> out;
  std::unordered_map<int64_t, size_t> index;
  Status s;
  while (stmt->Step(&s)) {
    PlaceCount p;
    p.geonameid = stmt->Int(1);
    p.name_en = stmt->Text(2);
    p.name_ar = stmt->Text(3);
    p.country = stmt->Text(4);
    p.lat = stmt->Double(5);
    p.lon = stmt->Double(6);
    p.events = stmt->Int(7);
    index[stmt->Int(0)] = out.size();
    out.push_back(std::move(p));
  }
  if (!s.ok()) return s;
  if (out.empty()) return out;
  // Types and days of the places found.
  auto detail = PrepareWith(db, "SELECT e.place, e.event, coalesce(e.date, ''), count(*)" + base +
                                    " GROUP BY e.place, e.event, e.date ORDER BY e.date",
                            w, &next);
  if (!detail.ok()) return detail.status();
  std::unordered_map<int64_t, std::map<std::string, int64_t>> days;
  while (detail->Step(&s)) {
    auto it = index.find(detail->Int(0));
    if (it == index.end()) continue;
    PlaceCount& p = out[it->second];
    p.types[detail->Text(1)] += detail->Int(3);
    std::string date = detail->Text(2);
    if (!date.empty()) days[detail->Int(0)][date] += detail->Int(3);
  }
  if (!s.ok()) return s;
  for (auto& [row, by_day] : days) {
    PlaceCount& p = out[index[row]];
    for (auto& [d, n] : by_day) p.by_day.emplace_back(d, n);
  }
  return out;
}

Result<std::vector<DayCount>> Timeline(SqliteDb& db, const EventFilter& filter) {
  SqlWhere w = BuildWhere(filter);
  int next = 0;
  auto stmt = PrepareWith(db, "SELECT e.date, e.event, count(*) FROM events e" + w.sql +
                                  (w.sql.empty() ? " WHERE" : " AND") +
                                  " e.date IS NOT NULL GROUP BY e.date, e.event ORDER BY e.date",
                          w, &next);
  if (!stmt.ok()) return stmt.status();
  std::vector<DayCount> out;
  Status s;
  while (stmt->Step(&s)) {
    std::string date = stmt->Text(0);
    if (out.empty() || out.back().date != date) out.push_back(DayCount{date, 0, {}});
    out.back().counts[stmt->Text(1)] += stmt->Int(2);
    out.back().total += stmt->Int(2);
  }
  if (!s.ok()) return s;
  return out;
}

Result<Network> ActorNetwork(SqliteDb& db, const EventFilter& filter, int limit) {
  SqlWhere w = BuildWhere(filter);
  int next = 0;
  std::string cond = std::string(w.sql.empty() ? " WHERE" : " AND") +
                     " e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL AND e.source_actor <> e.target_actor";
  auto stmt = PrepareWith(db,
                          "WITH d AS (SELECT e.source_actor AS s, e.target_actor AS t, count(*) AS n, "
                          "avg(e.goldstein) AS g FROM events e" + w.sql + cond +
                              " GROUP BY s, t ORDER BY n DESC LIMIT ?) "
                              "SELECT sa.actor_key, ta.actor_key, d.n, d.g, d.s, d.t FROM d "
                              "JOIN actors sa ON sa.id = d.s JOIN actors ta ON ta.id = d.t ORDER BY d.n DESC",
                          w, &next);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(next, int64_t{limit});
  Network net;
  std::unordered_map<int64_t, int> rows;  // actor row -> 1
  Status s;
  while (stmt->Step(&s)) {
    Dyad d;
    d.source = stmt->Text(0);
    d.target = stmt->Text(1);
    d.count = stmt->Int(2);
    d.mean_goldstein = stmt->Double(3);
    rows[stmt->Int(4)] = 1;
    rows[stmt->Int(5)] = 1;
    net.edges.push_back(std::move(d));
  }
  if (!s.ok()) return s;
  // Types per dyad.
  auto types = PrepareWith(db, "SELECT sa.actor_key, ta.actor_key, e.event, count(*) FROM events e "
                               "JOIN actors sa ON sa.id = e.source_actor JOIN actors ta ON ta.id = e.target_actor" +
                                   w.sql + cond + " GROUP BY e.source_actor, e.target_actor, e.event",
                           w, &next);
  if (!types.ok()) return types.status();
  std::unordered_map<std::string, size_t> edge_index;
  for (size_t i = 0; i < net.edges.size(); ++i) edge_index[net.edges[i].source + "\x1f" + net.edges[i].target] = i;
  while (types->Step(&s)) {
    auto it = edge_index.find(types->Text(0) + "\x1f" + types->Text(1));
    if (it != edge_index.end()) net.edges[it->second].types[types->Text(2)] = types->Int(3);
  }
  if (!s.ok()) return s;
  // Nodes: the actors on the edges, with their event counts under the filter.
  auto all = TopActors(db, filter, "", 1000000);
  if (!all.ok()) return all.status();
  std::unordered_map<std::string, int> on_edge;
  for (const Dyad& d : net.edges) on_edge[d.source] = on_edge[d.target] = 1;
  for (ActorCount& a : *all) {
    if (on_edge.count(a.actor_id)) net.nodes.push_back(std::move(a));
  }
  return net;
}

}  // namespace rasad
