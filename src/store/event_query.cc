#include "store/event_query.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/event_record.h"
#include "store/text_index.h"

namespace rasad {
namespace {

constexpr const char* kPloverTypes[] = {"AGREE",  "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                        "RETREAT", "REQUEST", "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
                                        "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

// The columns every event query selects, in the order ReadRow expects.
constexpr const char* kSelect =
    "SELECT e.id, e.event_key, m.record, e.fatalities, e.injured, e.captured, e.num_mentions, e.num_articles, "
    "e.num_sources, e.num_independent, e.dictionary_version, coalesce(d.source, ''), coalesce(d.url, ''), "
    "coalesce(d.title, ''), d.doc_id, e.evidence FROM events e JOIN event_mentions m ON m.id = e.first_mention "
    "JOIN documents d ON d.id = m.document";

Result<StoredEvent> ReadRow(const SqliteStmt& s) {
  nlohmann::json record = nlohmann::json::parse(s.TextView(2), nullptr, false);
  if (record.is_discarded()) return Status::Error(fmt::format("event {}: stored record is not JSON", s.Int(0)));
  auto event = EventFromJson(record);
  if (!event.ok()) return Status::Error(fmt::format("event {}: {}", s.Int(0), event.status().message()));
  StoredEvent se;
  se.id = s.Int(0);
  se.key = s.Text(1);
  se.event = std::move(event).value();
  se.event.evidence = s.Text(15);
  // The corroborated figures: the largest any mention reports.
  se.event.fatalities = s.OptionalInt(3);
  se.event.injured = s.OptionalInt(4);
  se.event.captured = s.OptionalInt(5);
  se.event.doc_id = s.Text(14);
  se.num_mentions = s.Int(6);
  se.num_articles = s.Int(7);
  se.num_sources = s.Int(8);
  se.num_independent = s.Int(9);
  se.dictionary_version = s.Text(10);
  se.doc_source = s.Text(11);
  se.doc_url = s.Text(12);
  se.doc_title = s.Text(13);
  return se;
}

std::string Like(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

Result<std::array<double, 4>> ParseBbox(const std::string& text) {
  std::array<double, 4> v{};
  std::stringstream in(text);
  std::string part;
  int n = 0;
  while (std::getline(in, part, ',')) {
    if (n == 4) return Status::Error(fmt::format("bbox '{}': expected 4 numbers", text));
    char* end = nullptr;
    v[n] = std::strtod(part.c_str(), &end);
    if (part.empty() || end != part.c_str() + part.size() || !std::isfinite(v[n])) {
      return Status::Error(fmt::format("bbox '{}': '{}' is not a number", text, part));
    }
    ++n;
  }
  if (n != 4) return Status::Error(fmt::format("bbox '{}': expected minlon,minlat,maxlon,maxlat", text));
  if (v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90 || v[0] < -180 || v[2] > 180) {
    return Status::Error(fmt::format("bbox '{}': not minlon,minlat,maxlon,maxlat within -180..180, -90..90", text));
  }
  return v;
}

Result<std::vector<std::string>> ParseEventTypes(const std::string& text) {
  std::vector<std::string> types;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    for (char& c : part) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (part.empty()) continue;
    bool known = false;
    for (const char* t : kPloverTypes) known = known || part == t;
    if (!known) return Status::Error(fmt::format("unknown event type '{}' (PLOVER types: AGREE ... ASSAULT)", part));
    types.push_back(part);
  }
  return types;
}

bool IsEmptyFilter(const EventFilter& f) {
  return f.from.empty() && f.to.empty() && f.actor.empty() && f.country.empty() && f.types.empty() &&
         f.place.empty() && !f.bbox && f.text.empty() && f.doc_id.empty() && !f.asserted_only;
}

int SqlWhere::BindTo(SqliteStmt& stmt, int first) const {
  int i = first;
  for (const auto& v : values) {
    if (auto* n = std::get_if<int64_t>(&v)) stmt.Bind(i++, *n);
    else if (auto* d = std::get_if<double>(&v)) stmt.Bind(i++, *d);
    else stmt.Bind(i++, std::get<std::string>(v));
  }
  return i;
}

SqlWhere BuildWhere(const EventFilter& f) {
  SqlWhere w;
  std::vector<std::string> clauses;
  if (!f.from.empty()) {
    clauses.push_back("e.date >= ?");
    w.values.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    clauses.push_back("e.date <= ?");
    w.values.emplace_back(f.to);
  }
  if (!f.types.empty()) {
    std::string in = "e.event IN (";
    for (size_t i = 0; i < f.types.size(); ++i) {
      in += i ? ",?" : "?";
      w.values.emplace_back(f.types[i]);
    }
    clauses.push_back(in + ")");
  }
  if (!f.country.empty()) {
    clauses.push_back("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)");
    for (int i = 0; i < 3; ++i) w.values.emplace_back(f.country);
  }
  if (!f.actor.empty()) {
    const char* actors =
        "(SELECT id FROM actors WHERE actor_id = ? OR name_en LIKE ? ESCAPE '\\' OR name_ar LIKE ? ESCAPE '\\')";
    clauses.push_back(fmt::format("(e.source_actor IN {0} OR e.target_actor IN {0})", actors));
    for (int i = 0; i < 2; ++i) {
      w.values.emplace_back(f.actor);
      w.values.emplace_back(Like(f.actor));
      w.values.emplace_back(Like(f.actor));
    }
  }
  if (!f.place.empty()) {
    char* end = nullptr;
    long long id = std::strtoll(f.place.c_str(), &end, 10);
    if (end == f.place.c_str() + f.place.size() && id > 0) {
      clauses.push_back("e.place IN (SELECT id FROM places WHERE geonameid = ?)");
      w.values.emplace_back(static_cast<int64_t>(id));
    } else {
      clauses.push_back("e.place IN (SELECT id FROM places WHERE name_en = ? COLLATE NOCASE OR name_ar = ?)");
      w.values.emplace_back(f.place);
      w.values.emplace_back(f.place);
    }
  }
  if (f.bbox) {
    clauses.push_back("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?");
    w.values.emplace_back((*f.bbox)[0]);
    w.values.emplace_back((*f.bbox)[2]);
    w.values.emplace_back((*f.bbox)[1]);
    w.values.emplace_back((*f.bbox)[3]);
  }
  if (!f.text.empty() && f.use_derived && TextIndexCanSearch(f.text)) {
    // The trigram index: the same events as the substring scan below (store/text_index.h).
    clauses.push_back("e.id IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)");
    w.values.emplace_back(TextIndexPhrase(f.text));
  } else if (!f.text.empty()) {
    // A plain substring search (instr): it reads each sentence once, and is not case-folded (Arabic
    // has no case). A scan of every sentence: see docs/api.md on rare words.
    clauses.push_back("instr(e.evidence, ?) > 0");
    w.values.emplace_back(f.text);
  }
  if (!f.doc_id.empty()) {
    clauses.push_back(
        "e.id IN (SELECT m2.event FROM event_mentions m2 JOIN documents d2 ON d2.id = m2.document "
        "WHERE d2.doc_id = ?)");
    w.values.emplace_back(f.doc_id);
  }
  if (f.asserted_only) clauses.push_back("e.negated = 0 AND e.modality IN ('asserted', 'reported', 'alleged')");
  for (size_t i = 0; i < clauses.size(); ++i) w.sql += (i ? " AND " : " WHERE ") + clauses[i];
  return w;
}

Result<int64_t> CountEvents(SqliteDb& db, const EventFilter& filter) {
  SqlWhere w = BuildWhere(filter);
  auto stmt = db.Prepare("SELECT count(*) FROM events e" + w.sql);
  if (!stmt.ok()) return stmt.status();
  w.BindTo(*stmt);
  Status s;
  int64_t n = stmt->Step(&s) ? stmt->Int(0) : 0;
  if (!s.ok()) return s;
  return n;
}

Status ForEachEvent(SqliteDb& db, const EventFilter& filter, int64_t limit, int64_t offset,
                    const std::function<void(StoredEvent&&)>& fn) {
  SqlWhere w = BuildWhere(filter);
  auto stmt = db.Prepare(std::string(kSelect) + w.sql + " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?");
  if (!stmt.ok()) return stmt.status();
  int i = w.BindTo(*stmt);
  stmt->Bind(i, limit).Bind(i + 1, offset);
  Status s;
  while (stmt->Step(&s)) {
    auto e = ReadRow(*stmt);
    if (!e.ok()) return e.status();
    fn(std::move(e).value());
  }
  return s;
}

Result<StoredEvent> GetEvent(SqliteDb& db, int64_t id) {
  auto stmt = db.Prepare(std::string(kSelect) + " WHERE e.id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  Status s;
  if (!stmt->Step(&s)) return s.ok() ? Status::Error(fmt::format("no event {}", id)) : s;
  return ReadRow(*stmt);
}

Status ForEachEventById(SqliteDb& db, const std::vector<int64_t>& ids, const std::function<void(StoredEvent&&)>& fn) {
  auto stmt = db.Prepare(std::string(kSelect) + " WHERE e.id = ?");
  if (!stmt.ok()) return stmt.status();
  for (int64_t id : ids) {
    stmt->Bind(1, id);
    Status s;
    bool found = stmt->Step(&s);
    if (!s.ok()) return s;
    if (found) {
      auto e = ReadRow(*stmt);
      if (!e.ok()) return e.status();
      fn(std::move(e).value());
    }
    stmt->Reset();
  }
  return Status::Ok();
}

}  // namespace rasad
