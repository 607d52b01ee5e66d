#include "store/schema.h"

#include <fmt/format.h>

#include <array>

namespace rasad {
namespace {

// Each entry upgrades version i to i+1. Never edit a released migration: add a new one.
constexpr std::array<const char*, 3> kMigrations = {
    // 1: documents, actors, places, corroborated events with their mentions, ingest runs and
    // rejected inputs.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE ingest_runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,                -- 'ingest' or 'recode'
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,              -- 'running', 'completed', 'interrupted'
  inputs TEXT NOT NULL DEFAULT '',
  dictionary_version TEXT NOT NULL,
  documents_read INTEGER NOT NULL DEFAULT 0,
  documents_stored INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  near_duplicates INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  minhash BLOB NOT NULL,             -- MinHash signature (near-duplicate detection)
  near_duplicate_of INTEGER REFERENCES documents(id),
  date TEXT,
  source TEXT,
  url TEXT,
  title TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  run INTEGER REFERENCES ingest_runs(id),
  dictionary_version TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_dictionary_version ON documents(dictionary_version);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  actor_key TEXT NOT NULL UNIQUE,    -- actor_id, else country+sector code, else the text
  actor_id TEXT,
  name_en TEXT,
  name_ar TEXT,
  country TEXT,
  sector TEXT
);

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  place_key TEXT NOT NULL UNIQUE,    -- geonameid, else country+name
  geonameid INTEGER,
  name_en TEXT,
  name_ar TEXT,
  country TEXT,
  admin1 TEXT,
  lat REAL,
  lon REAL,
  precision TEXT
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_key TEXT NOT NULL UNIQUE,    -- the corroboration key
  date TEXT,
  event TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  source_actor INTEGER REFERENCES actors(id),
  target_actor INTEGER REFERENCES actors(id),
  place INTEGER REFERENCES places(id),
  source_country TEXT,
  target_country TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  fatalities INTEGER,
  injured INTEGER,
  captured INTEGER,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  evidence TEXT NOT NULL,            -- the first mention's sentence (free-text filter)
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_independent INTEGER NOT NULL DEFAULT 0,
  first_mention INTEGER,
  dictionary_version TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(event, date);
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);
CREATE INDEX events_place ON events(place);
CREATE INDEX events_lon_lat ON events(lon, lat);

CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  document INTEGER NOT NULL REFERENCES documents(id),
  event_id TEXT NOT NULL,            -- the coder's id for this piece of evidence
  sentence INTEGER NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  sentence_begin INTEGER NOT NULL,   -- the evidence sentence's bytes in the document
  sentence_end INTEGER NOT NULL,
  record TEXT NOT NULL               -- the event record as coded from this document (JSON, without
                                     -- the evidence sentence: see sentence_begin/end)
);
CREATE INDEX event_mentions_event ON event_mentions(event);
CREATE INDEX event_mentions_document ON event_mentions(document);

CREATE TABLE rejected (
  id INTEGER PRIMARY KEY,
  run INTEGER REFERENCES ingest_runs(id),
  origin TEXT NOT NULL,              -- file:line, or file
  reason TEXT NOT NULL,
  raw BLOB                           -- the rejected input as read (nothing is lost)
);
)sql",
    // 2: derived data, kept by `rasad index` (store/derived_data.h), never per insert: the FTS5
    // trigram index of events.evidence (external content: the sentences stay in `events`), the
    // summary tables of the unfiltered aggregates, and the events deleted or re-worded since the
    // last refresh (with the sentence as indexed), recorded by triggers only once an index exists.
    R"sql(
CREATE VIRTUAL TABLE event_text USING fts5(
  evidence, content='events', content_rowid='id', tokenize='trigram case_sensitive 1');

CREATE TABLE derived_dirty (
  id INTEGER PRIMARY KEY,            -- an events.id deleted or re-worded since the last refresh
  evidence TEXT NOT NULL             -- its sentence as it was when first changed (the indexed one)
);
CREATE TRIGGER events_derived_delete AFTER DELETE ON events
  WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'derived_through')
  BEGIN INSERT OR IGNORE INTO derived_dirty(id, evidence) VALUES (old.id, old.evidence); END;
CREATE TRIGGER events_derived_evidence AFTER UPDATE OF evidence ON events
  WHEN old.evidence IS NOT new.evidence AND EXISTS (SELECT 1 FROM meta WHERE key = 'derived_through')
  BEGIN INSERT OR IGNORE INTO derived_dirty(id, evidence) VALUES (old.id, old.evidence); END;

-- Events per dated day and type (the timeline).
CREATE TABLE summary_day_type (
  date TEXT NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (date, event)) WITHOUT ROWID;
-- Events per actor row as source plus as target (an event with the actor on both sides counts twice).
CREATE TABLE summary_actor (actor INTEGER PRIMARY KEY, n INTEGER NOT NULL);
-- Events per source -> target dyad (both set, different) and type, with the sum of their Goldstein values.
CREATE TABLE summary_dyad (
  source INTEGER NOT NULL, target INTEGER NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL,
  goldstein REAL NOT NULL, PRIMARY KEY (source, target, event)) WITHOUT ROWID;
-- Events per place and type, and per place and month (YYYY-MM; dated events only).
CREATE TABLE summary_place_type (
  place INTEGER NOT NULL, event TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (place, event)) WITHOUT ROWID;
CREATE TABLE summary_place_month (
  place INTEGER NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (place, month)) WITHOUT ROWID;
)sql",
    // 3: the process that owns a run (store/run_owner.h), so that a run still going in another
    // process is not taken for one whose process was killed.
    R"sql(
ALTER TABLE ingest_runs ADD COLUMN host TEXT;
ALTER TABLE ingest_runs ADD COLUMN pid INTEGER;
ALTER TABLE ingest_runs ADD COLUMN pid_start INTEGER;
)sql",
};

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status MigrateSchema(SqliteDb& db) {
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > CurrentSchemaVersion()) {
    return Status::Error(fmt::format("store schema version {} is newer than this rasad knows ({}); upgrade rasad",
                                     *version, CurrentSchemaVersion()));
  }
  for (int v = static_cast<int>(*version); v < CurrentSchemaVersion(); ++v) {
    Status s = InTransaction(db, [&] {
      // Another process may have migrated the store while this one waited for the write lock.
      auto now = db.QueryInt("PRAGMA user_version");
      if (!now.ok()) return now.status();
      if (*now > v) return Status::Ok();
      Status m = db.Exec(kMigrations[v]);
      if (!m.ok()) return Status::Error(fmt::format("migration {}: {}", v + 1, m.message()));
      return db.Exec(fmt::format("PRAGMA user_version = {}", v + 1));
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace rasad
