#include "store/aggregates.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "store/summaries.h"

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
  // Events per actor row as source, then as target: each a GROUP BY that the (source_actor) and
  // (target_actor) indexes answer in order without a filter. Joining or grouping the union of
  // both is several times slower on large stores.
  std::unordered_map<int64_t, int64_t> counts;
  if (filter.use_derived && IsEmptyFilter(filter)) {
    auto summary = SummaryActorEvents(db);
    if (!summary.ok()) return summary.status();
    counts = std::move(summary).value();
  } else {
    for (const char* column : {"e.source_actor", "e.target_actor"}) {
      int next = 0;
      auto stmt = PrepareWith(db, fmt::format("SELECT {0}, count(*) FROM events e{1} GROUP BY {0}", column,
                                              w.With(fmt::format("{} IS NOT NULL", column))),
                              w, &next);
      if (!stmt.ok()) return stmt.status();
      Status s;
      while (stmt->Step(&s)) counts[stmt->Int(0)] += stmt->Int(1);
      if (!s.ok()) return s;
    }
  }
  std::unordered_map<int64_t, bool> named;  // actor rows matching `name`
  if (!name.empty()) {
    auto stmt = db.Prepare("SELECT id FROM actors WHERE actor_key = ? OR name_en LIKE ? OR name_ar LIKE ?");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, name);
    stmt->Bind(2, "%" + name + "%");
    stmt->Bind(3, "%" + name + "%");
    Status s;
    while (stmt->Step(&s)) named[stmt->Int(0)] = true;
    if (!s.ok()) return s;
  }
  std::vector<std::pair<int64_t, int64_t>> order;  // (events, actor row)
  for (const auto& [row, n] : counts) {
    if (name.empty() || named.count(row)) order.emplace_back(n, row);
  }
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  // Keep the first `limit` and whatever ties with the last of them (ties go by actor key).
  size_t keep = std::min(order.size(), static_cast<size_t>(std::max(limit, 0)));
  while (keep > 0 && keep < order.size() && order[keep].first == order[keep - 1].first) ++keep;
  order.resize(keep);
  auto actor = db.Prepare(
      "SELECT actor_key, coalesce(name_en, ''), coalesce(name_ar, ''), coalesce(country, ''), coalesce(sector, '') "
      "FROM actors WHERE id = ?");
  if (!actor.ok()) return actor.status();
  std::vector<ActorCount> out;
  Status s;
  for (const auto& [n, row] : order) {
    actor->Bind(1, row);
    if (actor->Step(&s)) {
      ActorCount a = ReadActor(*actor, 0);
      a.events = n;
      out.push_back(std::move(a));
    }
    actor->Reset();
    if (!s.ok()) return s;
  }
  std::sort(out.begin(), out.end(), [](const ActorCount& x, const ActorCount& y) {
    return x.events != y.events ? x.events > y.events : x.actor_id < y.actor_id;
  });
  if (out.size() > static_cast<size_t>(std::max(limit, 0))) out.resize(std::max(limit, 0));
  return out;
}

// The aggregates below read the matching rows once and count in memory: on large stores SQLite's
// GROUP BY over several columns builds temporary b-trees that cost far more than the scan.

Result<std::vector<PlaceCount>> TopPlaces(SqliteDb& db, const EventFilter& filter, int limit, DateBucket bucket) {
  struct Acc {
    int64_t events = 0;
    std::map<std::string, int64_t> types, dates;
  };
  std::unordered_map<int64_t, Acc> acc;
  Status s;
  // From the summaries, the months are read for the places kept only (below).
  bool from_summary = filter.use_derived && IsEmptyFilter(filter) && bucket == DateBucket::kMonth;
  if (from_summary) {
    s = ForEachSummaryPlaceType(db, [&](int64_t place, std::string_view type, int64_t n) {
      Acc& a = acc[place];
      a.events += n;
      a.types[std::string(type)] += n;
    });
    if (!s.ok()) return s;
  } else {
    SqlWhere w = BuildWhere(filter);
    int next = 0;
    auto stmt = PrepareWith(db, "SELECT e.place, e.event, e.date FROM events e" + w.With("e.place IS NOT NULL"),
                            w, &next);
    if (!stmt.ok()) return stmt.status();
    size_t date_len = bucket == DateBucket::kMonth ? 7 : std::string_view::npos;
    while (stmt->Step(&s)) {
      Acc& a = acc[stmt->Int(0)];
      ++a.events;
      ++a.types[std::string(stmt->TextView(1))];
      if (!stmt->IsNull(2)) ++a.dates[std::string(stmt->TextView(2).substr(0, date_len))];
    }
    if (!s.ok()) return s;
  }
  std::vector<std::pair<int64_t, int64_t>> order;  // (events, place row)
  for (const auto& [row, a] : acc) order.emplace_back(a.events, row);
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (order.size() > static_cast<size_t>(std::max(limit, 0))) order.resize(std::max(limit, 0));
  auto place = db.Prepare(
      "SELECT coalesce(geonameid, 0), coalesce(name_en, ''), coalesce(name_ar, ''), coalesce(country, ''), lat, lon "
      "FROM places WHERE id = ?");
  if (!place.ok()) return place.status();
  std::vector<PlaceCount> out;
  for (const auto& [n, row] : order) {
    place->Bind(1, row);
    if (!place->Step(&s)) {
      place->Reset();
      if (!s.ok()) return s;
      continue;
    }
    PlaceCount p;
    p.geonameid = place->Int(0);
    p.name_en = place->Text(1);
    p.name_ar = place->Text(2);
    p.country = place->Text(3);
    p.lat = place->Double(4);
    p.lon = place->Double(5);
    place->Reset();
    Acc& a = acc[row];
    if (from_summary) {
      s = ForEachSummaryPlaceMonth(db, row, [&](std::string_view month, int64_t c) { a.dates[std::string(month)] += c; });
      if (!s.ok()) return s;
    }
    p.events = n;
    p.types = std::move(a.types);
    for (auto& [d, c] : a.dates) p.by_date.emplace_back(d, c);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<DayCount>> Timeline(SqliteDb& db, const EventFilter& filter) {
  EventFilter untyped = filter;
  untyped.types.clear();
  if (filter.use_derived && IsEmptyFilter(untyped)) {
    std::vector<DayCount> out;
    Status s = ForEachSummaryDay(db, filter.types, [&](std::string_view date, std::string_view type, int64_t n) {
      if (out.empty() || out.back().date != date) out.push_back(DayCount{std::string(date), 0, {}});
      out.back().counts[std::string(type)] += n;
      out.back().total += n;
    });
    if (!s.ok()) return s;
    return out;
  }
  SqlWhere w = BuildWhere(filter);
  int next = 0;
  // Grouped by type, then date: the order of the (event, date) index, so no temporary b-tree.
  auto stmt = PrepareWith(db, "SELECT e.event, e.date, count(*) FROM events e" + w.With("e.date IS NOT NULL") +
                                  " GROUP BY e.event, e.date",
                          w, &next);
  if (!stmt.ok()) return stmt.status();
  std::map<std::string, DayCount> days;
  Status s;
  while (stmt->Step(&s)) {
    std::string date = stmt->Text(1);
    DayCount& d = days[date];
    d.date = date;
    d.counts[stmt->Text(0)] += stmt->Int(2);
    d.total += stmt->Int(2);
  }
  if (!s.ok()) return s;
  std::vector<DayCount> out;
  out.reserve(days.size());
  for (auto& [date, d] : days) out.push_back(std::move(d));
  return out;
}

namespace {

struct DyadAcc {
  int64_t count = 0;
  double goldstein = 0;
  std::vector<std::pair<std::string, int64_t>> types;  // few per dyad: a list beats a map
};

void AddToDyad(DyadAcc& d, std::string_view type, int64_t n, double goldstein) {
  d.count += n;
  d.goldstein += goldstein;
  auto it = std::find_if(d.types.begin(), d.types.end(), [&](const auto& t) { return t.first == type; });
  if (it == d.types.end()) d.types.emplace_back(std::string(type), n);
  else it->second += n;
}

}  // namespace

Result<Network> ActorNetwork(SqliteDb& db, const EventFilter& filter, int limit) {
  std::unordered_map<int64_t, int64_t> actor_events;
  std::unordered_map<uint64_t, DyadAcc> dyads;  // (source row << 32 | target row) -> counts
  auto dyad_key = [](int64_t src, int64_t tgt) { return static_cast<uint64_t>(src) << 32 | static_cast<uint32_t>(tgt); };
  if (filter.use_derived && IsEmptyFilter(filter)) {
    auto summary = SummaryActorEvents(db);
    if (!summary.ok()) return summary.status();
    actor_events = std::move(summary).value();
    // Every dyad's count, then only the `limit` most frequent kept (their types are fetched below).
    struct Row {
      int64_t count, src, tgt;
      double goldstein;
    };
    std::vector<Row> rows;
    Status s = ForEachSummaryDyad(db, [&](int64_t src, int64_t tgt, int64_t n, double g) {
      rows.push_back({n, src, tgt, g});
    });
    if (!s.ok()) return s;
    size_t keep = std::min(rows.size(), static_cast<size_t>(std::max(limit, 0)));
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep), rows.end(),
                      [](const Row& x, const Row& y) {
                        return x.count != y.count ? x.count > y.count : std::pair{x.src, x.tgt} < std::pair{y.src, y.tgt};
                      });
    for (size_t i = 0; i < keep; ++i) {
      DyadAcc& d = dyads[dyad_key(rows[i].src, rows[i].tgt)];
      d.count = rows[i].count;
      d.goldstein = rows[i].goldstein;
    }
  } else {
    SqlWhere w = BuildWhere(filter);
    int next = 0;
    // One pass: every actor's events (as source or target) and every dyad's counts.
    auto stmt = PrepareWith(db, "SELECT e.source_actor, e.target_actor, e.event, e.goldstein FROM events e" +
                                    w.With("(e.source_actor IS NOT NULL OR e.target_actor IS NOT NULL)"),
                            w, &next);
    if (!stmt.ok()) return stmt.status();
    Status s;
    while (stmt->Step(&s)) {
      bool has_s = !stmt->IsNull(0), has_t = !stmt->IsNull(1);
      int64_t src = stmt->Int(0), tgt = stmt->Int(1);
      if (has_s) ++actor_events[src];
      if (has_t) ++actor_events[tgt];
      if (!has_s || !has_t || src == tgt) continue;
      AddToDyad(dyads[dyad_key(src, tgt)], stmt->TextView(2), 1, stmt->Double(3));
    }
    if (!s.ok()) return s;
  }
  std::vector<std::pair<int64_t, std::pair<int64_t, int64_t>>> order;  // (count, (source row, target row))
  order.reserve(dyads.size());
  for (const auto& [key, d] : dyads) order.emplace_back(d.count, std::pair{int64_t(key >> 32), int64_t(key & 0xffffffffu)});
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (order.size() > static_cast<size_t>(std::max(limit, 0))) order.resize(std::max(limit, 0));
  // The actors on the kept edges.
  auto actor = db.Prepare(
      "SELECT actor_key, coalesce(name_en, ''), coalesce(name_ar, ''), coalesce(country, ''), coalesce(sector, '') "
      "FROM actors WHERE id = ?");
  if (!actor.ok()) return actor.status();
  std::unordered_map<int64_t, ActorCount> actors;
  auto load = [&](int64_t row) -> Status {
    if (actors.count(row)) return Status::Ok();
    actor->Bind(1, row);
    Status st;
    if (actor->Step(&st)) {
      ActorCount a = ReadActor(*actor, 0);
      a.events = actor_events[row];
      actors.emplace(row, std::move(a));
    }
    actor->Reset();
    return st;
  };
  Network net;
  for (const auto& [n, key] : order) {
    if (Status st = load(key.first); !st.ok()) return st;
    if (Status st = load(key.second); !st.ok()) return st;
    if (!actors.count(key.first) || !actors.count(key.second)) continue;
    DyadAcc& acc = dyads[dyad_key(key.first, key.second)];
    if (acc.types.empty()) {  // read from the summary: its types are still to fetch
      Status st = ForEachSummaryDyadType(db, key.first, key.second,
                                         [&](std::string_view type, int64_t n) { acc.types.emplace_back(type, n); });
      if (!st.ok()) return st;
    }
    Dyad d;
    d.source = actors[key.first].actor_id;
    d.target = actors[key.second].actor_id;
    d.count = acc.count;
    d.mean_goldstein = acc.goldstein / static_cast<double>(acc.count);
    for (auto& [t, n] : acc.types) d.types[t] = n;
    net.edges.push_back(std::move(d));
  }
  for (auto& [row, a] : actors) net.nodes.push_back(std::move(a));
  std::sort(net.nodes.begin(), net.nodes.end(), [](const ActorCount& x, const ActorCount& y) {
    return x.events != y.events ? x.events > y.events : x.actor_id < y.actor_id;
  });
  return net;
}

}  // namespace rasad
