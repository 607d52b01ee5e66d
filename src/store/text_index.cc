#include "store/text_index.h"

#include "text/utf8.h"

namespace rasad {

bool TextIndexCanSearch(std::string_view text) {
  if (text.find('\0') != std::string_view::npos || FindInvalidUtf8(text) != std::string_view::npos) return false;
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // lead bytes: one per code point
  return chars >= 3;
}

std::string TextIndexPhrase(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Result<int64_t> CountTextMatches(SqliteDb& db, std::string_view text, int64_t cap) {
  auto stmt = db.Prepare("SELECT count(*) FROM (SELECT 1 FROM event_text WHERE event_text MATCH ? LIMIT ?)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, TextIndexPhrase(text)).Bind(2, cap);
  Status s;
  int64_t n = stmt->Step(&s) ? stmt->Int(0) : 0;
  if (!s.ok()) return s;
  return n;
}

Status ClearTextIndex(SqliteDb& db) { return db.Exec("INSERT INTO event_text(event_text) VALUES('delete-all')"); }

Status ReindexChangedEvents(SqliteDb& db, int64_t through, int64_t* changed) {
  *changed = 0;
  auto list = db.Prepare("SELECT id, evidence FROM derived_dirty WHERE id <= ? ORDER BY id");
  auto drop = db.Prepare("INSERT INTO event_text(event_text, rowid, evidence) VALUES('delete', ?, ?)");
  auto add = db.Prepare("INSERT INTO event_text(rowid, evidence) SELECT id, evidence FROM events WHERE id = ?");
  for (auto* r : {&list, &drop, &add}) {
    if (!r->ok()) return r->status();
  }
  list->Bind(1, through);
  Status s;
  while (list->Step(&s)) {
    drop->Bind(1, list->Int(0)).Bind(2, list->TextView(1));
    if (Status d = drop->Run(); !d.ok()) return d;
    add->Bind(1, list->Int(0));
    if (Status a = add->Run(); !a.ok()) return a;
    ++*changed;
  }
  return s;
}

Status IndexEventsAfter(SqliteDb& db, int64_t after, int64_t* added) {
  auto stmt = db.Prepare("INSERT INTO event_text(rowid, evidence) SELECT id, evidence FROM events WHERE id > ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, after);
  Status s = stmt->Run();
  *added = s.ok() ? db.Changes() : 0;
  return s;
}

}  // namespace rasad
