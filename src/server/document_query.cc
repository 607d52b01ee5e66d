#include "server/document_query.h"

#include <fmt/format.h>

#include "store/event_record.h"

namespace rasad {
namespace {

// Newer stores keep the evidence sentence once (events.evidence) and give each mention the
// sentence's bytes in its document (sentence_begin/end) instead of a copy in the record.
bool MentionsHaveSentenceSpans(SqliteDb& db) {
  auto n = db.QueryInt("SELECT count(*) FROM pragma_table_info('event_mentions') WHERE name = 'sentence_begin'");
  return n.ok() && *n > 0;
}

}  // namespace

Result<std::optional<StoredDocument>> GetDocument(SqliteDb& db, const std::string& doc_id) {
  auto stmt = db.Prepare(
      "SELECT id, doc_id, coalesce(title, ''), coalesce(date, ''), coalesce(source, ''), coalesce(url, ''), text "
      "FROM documents WHERE doc_id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, doc_id);
  Status s;
  if (!stmt->Step(&s)) {
    if (!s.ok()) return s;
    return std::optional<StoredDocument>();
  }
  StoredDocument d;
  d.row = stmt->Int(0);
  d.doc_id = stmt->Text(1);
  d.title = stmt->Text(2);
  d.date = stmt->Text(3);
  d.source = stmt->Text(4);
  d.url = stmt->Text(5);
  d.text = stmt->Text(6);
  return std::optional<StoredDocument>(std::move(d));
}

Result<std::vector<StoredEvent>> DocumentEvents(SqliteDb& db, const StoredDocument& doc) {
  std::string spans = MentionsHaveSentenceSpans(db) ? "m.sentence_begin, m.sentence_end" : "-1, -1";
  auto stmt = db.Prepare(
      "SELECT e.id, e.event_key, m.record, e.num_mentions, e.num_articles, e.num_sources, e.num_independent, "
      "e.dictionary_version, " + spans + " FROM event_mentions m JOIN events e ON e.id = m.event "
      "WHERE m.document = ? ORDER BY m.trigger_begin, m.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, doc.row);
  std::vector<StoredEvent> out;
  Status s;
  while (stmt->Step(&s)) {
    nlohmann::json record = nlohmann::json::parse(stmt->TextView(2), nullptr, false);
    if (record.is_discarded()) return Status::Error(fmt::format("event {}: stored record is not JSON", stmt->Int(0)));
    auto event = EventFromJson(record);
    if (!event.ok()) return Status::Error(fmt::format("event {}: {}", stmt->Int(0), event.status().message()));
    StoredEvent e;
    e.id = stmt->Int(0);
    e.key = stmt->Text(1);
    e.event = std::move(event).value();
    e.event.doc_id = doc.doc_id;
    int64_t begin = stmt->Int(8), end = stmt->Int(9);
    if (e.event.evidence.empty() && begin >= 0 && begin <= end && end <= static_cast<int64_t>(doc.text.size())) {
      e.event.evidence = doc.text.substr(begin, end - begin);
    }
    e.num_mentions = stmt->Int(3);
    e.num_articles = stmt->Int(4);
    e.num_sources = stmt->Int(5);
    e.num_independent = stmt->Int(6);
    e.dictionary_version = stmt->Text(7);
    e.doc_source = doc.source;
    e.doc_url = doc.url;
    e.doc_title = doc.title;
    out.push_back(std::move(e));
  }
  if (!s.ok()) return s;
  return out;
}

Result<nlohmann::json> EventMentions(SqliteDb& db, int64_t id) {
  std::string sentence = MentionsHaveSentenceSpans(db)
                             ? "CAST(substr(CAST(d.text AS BLOB), m.sentence_begin + 1, m.sentence_end - "
                               "m.sentence_begin) AS TEXT)"
                             : "NULL";
  auto stmt = db.Prepare("SELECT d.doc_id, m.sentence, m.record, " + sentence +
                         " FROM event_mentions m JOIN documents d ON d.id = m.document WHERE m.event = ? ORDER BY m.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  nlohmann::json out = nlohmann::json::array();
  Status s;
  while (stmt->Step(&s)) {
    nlohmann::json record = nlohmann::json::parse(stmt->TextView(2), nullptr, false);
    if (record.is_discarded()) return Status::Error(fmt::format("event {}: stored record is not JSON", id));
    nlohmann::json evidence = record.value("evidence", nlohmann::json());
    if ((!evidence.is_string() || evidence.get<std::string>().empty()) && !stmt->IsNull(3)) evidence = stmt->Text(3);
    out.push_back({{"doc_id", stmt->Text(0)},
                   {"sentence", stmt->Int(1)},
                   {"trigger", record.value("trigger", nlohmann::json())},
                   {"evidence", std::move(evidence)}});
  }
  if (!s.ok()) return s;
  return out;
}

}  // namespace rasad
