#include "store/store.h"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <thread>

#include "coder/event_json.h"
#include "store/event_record.h"
#include "store/run_owner.h"
#include "store/schema.h"
#include "util/utc_now.h"

namespace rasad {
namespace {

#define RASAD_TRY(expr)             \
  do {                              \
    Status _s = (expr);             \
    if (!_s.ok()) return _s;        \
  } while (0)

// Steps a statement ending in RETURNING id and gives the id.
Result<int64_t> ReturnedId(SqliteStmt& stmt) {
  Status s;
  if (!stmt.Step(&s)) {
    stmt.Reset();
    return s.ok() ? Status::Error("sqlite: RETURNING gave no row") : s;
  }
  int64_t id = stmt.Int(0);
  stmt.Reset();
  return id;
}

Status Prepare(SqliteDb& db, SqliteStmt* stmt, std::string_view sql) {
  auto s = db.Prepare(sql);
  if (!s.ok()) return s.status();
  *stmt = std::move(s).value();
  return Status::Ok();
}

}  // namespace

void RunCounts::Add(const RunCounts& o) {
  documents_read += o.documents_read;
  documents_stored += o.documents_stored;
  duplicates += o.duplicates;
  near_duplicates += o.near_duplicates;
  rejected += o.rejected;
  events += o.events;
}

Result<Store> Store::Open(const std::string& path, bool read_only) {
  namespace fs = std::filesystem;
  if (read_only && !fs::exists(path)) return Status::Error(fmt::format("{}: no such store", path));
  if (!read_only) {
    fs::path parent = fs::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec) return Status::Error(fmt::format("{}: cannot create directory: {}", parent.string(), ec.message()));
  }
  auto db = SqliteDb::Open(path, read_only, !read_only);
  if (!db.ok()) return db.status();
  Store store;
  store.db_ = std::move(db).value();
  store.path_ = path;
  store.read_only_ = read_only;
  if (!read_only) {
    // WAL: readers never block the writer; synchronous=NORMAL keeps every committed transaction
    // across a process crash (durability across power loss is traded for speed).
    // A 64 MB page cache and checkpoints every 16k pages keep the many index pages an ingest
    // touches from being written again at every commit.
    // Switching a new file to WAL needs a moment alone with it, and SQLite answers "locked" at once
    // instead of waiting when another process opens the same new store: try again for a while.
    Status s;
    for (int attempt = 0; attempt < 100; ++attempt) {
      s = store.db_.Exec(
          "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
          "PRAGMA wal_autocheckpoint=16384; PRAGMA temp_store=MEMORY");
      if (s.ok()) s = MigrateSchema(store.db_);
      if (s.ok() || s.message().find("locked") == std::string::npos) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!s.ok()) return Status::Error(fmt::format("{}: {}", path, s.message()));
  } else {
    auto v = store.db_.QueryInt("PRAGMA user_version");
    if (!v.ok()) return Status::Error(fmt::format("{}: {}", path, v.status().message()));
    if (*v != CurrentSchemaVersion()) {
      return Status::Error(fmt::format("{}: store schema version {} (this rasad reads {}); open it once with "
                                       "`rasad ingest` or `rasad recode` to migrate it",
                                       path, *v, CurrentSchemaVersion()));
    }
  }
  return store;
}

Status Store::LoadState() {
  if (!insert_document_.get()) RASAD_TRY(PrepareWriters());
  if (!content_hashes_.empty() || near_.size() > 0) return Status::Ok();
  auto stmt = db_.Prepare("SELECT id, doc_id, content_hash, minhash, coalesce(near_duplicate_of, id) FROM documents");
  if (!stmt.ok()) return stmt.status();
  Status s;
  while (stmt->Step(&s)) {
    doc_ids_.insert(stmt->Text(1));
    content_hashes_.insert(stmt->Text(2));
    near_.Add(SignatureFromBlob(stmt->Blob(3)), stmt->Int(4));
  }
  if (!s.ok()) return s;
  auto actors = db_.Prepare("SELECT id, actor_key FROM actors");
  if (!actors.ok()) return actors.status();
  while (actors->Step(&s)) actor_rows_[actors->Text(1)] = actors->Int(0);
  auto places = db_.Prepare("SELECT id, place_key FROM places");
  if (!places.ok()) return places.status();
  while (places->Step(&s)) place_rows_[places->Text(1)] = places->Int(0);
  return s;
}

Status Store::PrepareWriters() {
  RASAD_TRY(Prepare(db_, &insert_document_,
                    "INSERT INTO documents(doc_id, content_hash, minhash, near_duplicate_of, date, source, url, title, "
                    "origin, text, run, dictionary_version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT(content_hash) DO NOTHING"));
  RASAD_TRY(Prepare(db_, &insert_actor_,
                    "INSERT INTO actors(actor_key, actor_id, name_en, name_ar, country, sector) VALUES(?,?,?,?,?,?) "
                    "ON CONFLICT(actor_key) DO UPDATE SET actor_key = excluded.actor_key RETURNING id"));
  RASAD_TRY(Prepare(db_, &insert_place_,
                    "INSERT INTO places(place_key, geonameid, name_en, name_ar, country, admin1, lat, lon, precision) "
                    "VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(place_key) DO UPDATE SET place_key = excluded.place_key "
                    "RETURNING id"));
  RASAD_TRY(Prepare(db_, &upsert_event_,
                    "INSERT INTO events(event_key, date, event, mode, cameo, quad_class, goldstein, source_actor, "
                    "target_actor, place, source_country, target_country, place_country, lat, lon, fatalities, "
                    "injured, captured, negated, modality, evidence, dictionary_version, num_mentions, "
                    "num_articles, num_sources, num_independent, first_mention) "
                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,1,?) "
                    "ON CONFLICT(event_key) DO UPDATE SET "
                    "fatalities = CASE WHEN excluded.fatalities IS NULL THEN fatalities WHEN fatalities IS NULL "
                    "THEN excluded.fatalities ELSE max(fatalities, excluded.fatalities) END, "
                    "injured = CASE WHEN excluded.injured IS NULL THEN injured WHEN injured IS NULL "
                    "THEN excluded.injured ELSE max(injured, excluded.injured) END, "
                    "captured = CASE WHEN excluded.captured IS NULL THEN captured WHEN captured IS NULL "
                    "THEN excluded.captured ELSE max(captured, excluded.captured) END, "
                    "dictionary_version = excluded.dictionary_version "
                    "RETURNING id, first_mention = ?23"));
  RASAD_TRY(Prepare(db_, &insert_mention_,
                    "INSERT INTO event_mentions(id, event, document, event_id, sentence, trigger_begin, "
                    "trigger_end, sentence_begin, sentence_end, record) VALUES(?,?,?,?,?,?,?,?,?,?)"));
  RASAD_TRY(Prepare(db_, &refresh_evidence_,
                    "UPDATE events SET evidence = coalesce((SELECT CAST(substr(CAST(d.text AS BLOB), "
                    "m.sentence_begin + 1, m.sentence_end - m.sentence_begin) AS TEXT) FROM event_mentions m "
                    "JOIN documents d ON d.id = m.document WHERE m.id = events.first_mention), evidence) "
                    "WHERE id = ?"));
  RASAD_TRY(Prepare(
      db_, &refresh_event_,
      "UPDATE events SET "
      "num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event = events.id), "
      "num_articles = (SELECT count(DISTINCT m.document) FROM event_mentions m WHERE m.event = events.id), "
      "num_sources = (SELECT count(DISTINCT coalesce(nullif(d.source, ''), 'doc:' || d.id)) FROM event_mentions m "
      "  JOIN documents d ON d.id = m.document WHERE m.event = events.id), "
      "num_independent = (SELECT count(DISTINCT coalesce(d.near_duplicate_of, d.id)) FROM event_mentions m "
      "  JOIN documents d ON d.id = m.document WHERE m.event = events.id), "
      "first_mention = (SELECT min(m.id) FROM event_mentions m WHERE m.event = events.id) "
      "WHERE id = ?"));
  RASAD_TRY(Prepare(db_, &select_doc_id_, "SELECT 1 FROM documents WHERE doc_id = ?"));
  RASAD_TRY(Prepare(db_, &insert_rejected_, "INSERT INTO rejected(run, origin, reason, raw) VALUES(?,?,?,?)"));
  RASAD_TRY(Prepare(db_, &update_run_,
                    "UPDATE ingest_runs SET documents_read = documents_read + ?, documents_stored = documents_stored "
                    "+ ?, duplicates = duplicates + ?, near_duplicates = near_duplicates + ?, rejected = rejected + "
                    "?, events = events + ? WHERE id = ?"));
  return Status::Ok();
}

Result<int64_t> Store::BeginRun(const std::string& kind, const std::string& inputs,
                                const std::string& dictionary_version) {
  dictionary_version_ = dictionary_version;
  RASAD_TRY(LoadState());
  RASAD_TRY(MarkAbandonedRuns());
  auto stmt = db_.Prepare(
      "INSERT INTO ingest_runs(kind, started_at, status, inputs, dictionary_version, host, pid, pid_start) "
      "VALUES(?,?,'running',?,?,?,?,?)");
  if (!stmt.ok()) return stmt.status();
  RunOwner me = ThisProcess();
  stmt->Bind(1, kind).Bind(2, UtcNowIso()).Bind(3, inputs).Bind(4, dictionary_version);
  stmt->Bind(5, me.host).Bind(6, me.pid).Bind(7, me.start_ticks);
  RASAD_TRY(stmt->Run());
  return db_.LastInsertId();
}

Status Store::MarkAbandonedRuns() {
  auto running = db_.Prepare("SELECT id, host, pid, pid_start FROM ingest_runs WHERE status = 'running'");
  if (!running.ok()) return running.status();
  std::vector<int64_t> abandoned;
  Status s;
  while (running->Step(&s)) {
    // A run recorded before owners were (schema 2) has no pid: its process is long gone.
    bool gone = running->IsNull(2) ||
                CheckOwner({running->Text(1), running->Int(2), running->Int(3)}) == OwnerState::kGone;
    if (gone) abandoned.push_back(running->Int(0));
  }
  if (!s.ok()) return s;
  auto mark = db_.Prepare(
      "UPDATE ingest_runs SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'");
  if (!mark.ok()) return mark.status();
  for (int64_t id : abandoned) {
    mark->Bind(1, UtcNowIso()).Bind(2, id);
    RASAD_TRY(mark->Run());
  }
  return Status::Ok();
}

Status Store::FinishRun(int64_t run, const std::string& status) {
  auto stmt = db_.Prepare("UPDATE ingest_runs SET status = ?, finished_at = ? WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, status).Bind(2, UtcNowIso()).Bind(3, run);
  return stmt->Run();
}

Result<int64_t> Store::ActorRow(const EventActor& a) {
  std::string key = ActorKey(a);
  auto it = actor_rows_.find(key);
  if (it != actor_rows_.end()) return it->second;
  insert_actor_.Bind(1, key)
      .BindTextOrNull(2, a.actor_id)
      .BindTextOrNull(3, a.name_en)
      .BindTextOrNull(4, a.name_ar)
      .BindTextOrNull(5, a.country)
      .BindTextOrNull(6, a.sector);
  // RETURNING gives the row whether it is new or was added meanwhile by another writer.
  auto row = ReturnedId(insert_actor_);
  if (!row.ok()) return row;
  actor_rows_.emplace(std::move(key), *row);
  return row;
}

Result<int64_t> Store::PlaceRow(const EventPlace& p) {
  std::string key = PlaceKey(p);
  auto it = place_rows_.find(key);
  if (it != place_rows_.end()) return it->second;
  insert_place_.Bind(1, key);
  if (p.geonameid > 0) insert_place_.Bind(2, p.geonameid);
  else insert_place_.BindNull(2);
  insert_place_.BindTextOrNull(3, p.name_en)
      .BindTextOrNull(4, p.name_ar)
      .BindTextOrNull(5, p.country)
      .BindTextOrNull(6, p.admin1)
      .Bind(7, p.lat)
      .Bind(8, p.lon)
      .BindTextOrNull(9, p.precision);
  auto row = ReturnedId(insert_place_);
  if (!row.ok()) return row;
  place_rows_.emplace(std::move(key), *row);
  return row;
}

void PrepareForStore(CodedDocument* cd) {
  cd->prepared.clear();
  cd->prepared.reserve(cd->events.size());
  for (Event& e : cd->events) {
    PreparedEvent p;
    p.key = CorroborationKey(e);
    // The sentence is kept once, in events.evidence; a mention's record points at it by its
    // evidence_span in the document, which is stored whole.
    std::string evidence = std::move(e.evidence);
    e.evidence.clear();
    AppendEventJson(e, &p.record);
    e.evidence = std::move(evidence);
    cd->prepared.push_back(std::move(p));
  }
}

Status Store::InsertEvents(int64_t doc_row, CodedDocument& cd, std::unordered_set<int64_t>* touched,
                           RunCounts* counts) {
  if (cd.prepared.size() != cd.events.size()) PrepareForStore(&cd);
  for (size_t i = 0; i < cd.events.size(); ++i) {
    const Event& e = cd.events[i];
    const PreparedEvent& prepared = cd.prepared[i];
    std::optional<int64_t> source, target, place;
    if (e.source) {
      auto r = ActorRow(*e.source);
      if (!r.ok()) return r.status();
      source = *r;
    }
    if (e.target) {
      auto r = ActorRow(*e.target);
      if (!r.ok()) return r.status();
      target = *r;
    }
    if (e.location) {
      auto r = PlaceRow(*e.location);
      if (!r.ok()) return r.status();
      place = *r;
    }
    SqliteStmt& u = upsert_event_;
    u.Bind(1, prepared.key)
        .BindTextOrNull(2, e.date)
        .Bind(3, e.event)
        .BindTextOrNull(4, e.mode)
        .Bind(5, e.cameo)
        .Bind(6, int64_t{e.quad_class})
        .Bind(7, e.goldstein)
        .BindOptional(8, source)
        .BindOptional(9, target)
        .BindOptional(10, place)
        .BindTextOrNull(11, e.source ? e.source->country : "")
        .BindTextOrNull(12, e.target ? e.target->country : "")
        .BindTextOrNull(13, e.location ? e.location->country : "");
    if (e.location) u.Bind(14, e.location->lat).Bind(15, e.location->lon);
    else u.BindNull(14).BindNull(15);
    u.BindOptional(16, e.fatalities)
        .BindOptional(17, e.injured)
        .BindOptional(18, e.captured)
        .Bind(19, int64_t{e.negated})
        .Bind(20, e.modality)
        .Bind(21, e.evidence)
        .Bind(22, dictionary_version_)
        .Bind(23, next_mention_);
    Status s;
    if (!u.Step(&s)) {
      u.Reset();
      return s.ok() ? Status::Error("sqlite: event upsert returned no row") : s;
    }
    int64_t event_row = u.Int(0);
    // A new event was inserted with its counts (1 each) and this mention as its first; an event
    // already stored has its counts recomputed once the batch's mentions are in.
    bool inserted = u.Int(1) != 0;
    u.Reset();
    insert_mention_.Bind(1, next_mention_)
        .Bind(2, event_row)
        .Bind(3, doc_row)
        .Bind(4, e.event_id)
        .Bind(5, int64_t{e.sentence})
        .Bind(6, int64_t{e.trigger_begin})
        .Bind(7, int64_t{e.trigger_end});
    if (!e.mentions.empty()) {
      insert_mention_.Bind(8, int64_t{e.mentions[0].sentence_begin}).Bind(9, int64_t{e.mentions[0].sentence_end});
    } else {
      insert_mention_.Bind(8, int64_t{0}).Bind(9, int64_t{0});
    }
    insert_mention_.Bind(10, prepared.record);
    RASAD_TRY(insert_mention_.Run());
    ++next_mention_;
    if (!inserted) touched->insert(event_row);
    ++counts->events;
  }
  return Status::Ok();
}

Result<bool> Store::DocIdTaken(const std::string& doc_id) {
  if (doc_ids_.count(doc_id)) return true;
  // Not stored by this run nor before it began; another writer may have stored it since.
  select_doc_id_.Bind(1, doc_id);
  Status s;
  bool found = select_doc_id_.Step(&s);
  select_doc_id_.Reset();
  if (!s.ok()) return s;
  // Committed by the other writer before this transaction began: it stays whatever this batch does.
  if (found) doc_ids_.insert(doc_id);
  return found;
}

Status Store::SyncMentionIds() {
  auto last = db_.QueryInt("SELECT coalesce(max(id), 0) FROM event_mentions");
  if (!last.ok()) return last.status();
  next_mention_ = *last + 1;
  return Status::Ok();
}

Status Store::RefreshEvents(const std::unordered_set<int64_t>& touched) {
  for (int64_t id : touched) {
    refresh_event_.Bind(1, id);
    RASAD_TRY(refresh_event_.Run());
  }
  return Status::Ok();
}

Status Store::WriteBatch(int64_t run, std::vector<CodedDocument>& docs, const std::vector<RejectedInput>& rejected,
                         int64_t documents_read, RunCounts* counts) {
  RASAD_TRY(LoadState());
  RunCounts batch;
  batch.documents_read = documents_read;
  // Index changes are applied only after the commit, so a failed batch leaves them untouched.
  std::vector<std::pair<MinHashSignature, int64_t>> new_hashes;
  std::vector<CodedDocument*> stored;
  Status s = InTransaction(db_, [&]() -> Status {
    RASAD_TRY(SyncMentionIds());
    std::unordered_set<int64_t> touched;
    std::unordered_set<std::string> batch_hashes, batch_ids;
    for (CodedDocument& cd : docs) {
      // An empty text marks a copy the caller recognised without coding it.
      if (cd.doc.text.empty() || content_hashes_.count(cd.content_hash) ||
          !batch_hashes.insert(cd.content_hash).second) {
        ++batch.duplicates;
        continue;
      }
      std::string doc_id = cd.doc.id;
      auto taken = batch_ids.count(doc_id) ? Result<bool>(true) : DocIdTaken(doc_id);
      if (!taken.ok()) return taken.status();
      if (*taken) doc_id.append("~").append(std::string_view(cd.content_hash).substr(0, 8));
      batch_ids.insert(doc_id);
      int64_t near = near_.Find(cd.minhash);
      for (const auto& [sig, root] : new_hashes) {
        if (near == 0 && Resemblance(sig, cd.minhash) >= NearDuplicateIndex::kThreshold) near = root;
      }
      insert_document_.Bind(1, doc_id)
          .Bind(2, cd.content_hash)
          .BindBlob(3, SignatureToBlob(cd.minhash))
          .BindOptional(4, near ? std::optional<int64_t>(near) : std::nullopt)
          .BindTextOrNull(5, cd.doc.date)
          .BindTextOrNull(6, cd.doc.source)
          .BindTextOrNull(7, cd.doc.url)
          .BindTextOrNull(8, cd.doc.title)
          .BindTextOrNull(9, cd.doc.origin)
          .Bind(10, cd.doc.text)
          .Bind(11, run)
          .Bind(12, dictionary_version_);
      RASAD_TRY(insert_document_.Run());
      if (db_.Changes() == 0) {
        // Stored meanwhile by another ingest into the same store.
        ++batch.duplicates;
        continue;
      }
      int64_t row = db_.LastInsertId();
      if (near) ++batch.near_duplicates;
      new_hashes.emplace_back(cd.minhash, near ? near : row);
      if (cd.doc.id != doc_id) {
        // Renamed (its id was taken by another text): the records must carry the new id.
        cd.doc.id = doc_id;
        for (Event& e : cd.events) e.doc_id = doc_id;
        cd.prepared.clear();
      }
      RASAD_TRY(InsertEvents(row, cd, &touched, &batch));
      ++batch.documents_stored;
      stored.push_back(&cd);
    }
    RASAD_TRY(RefreshEvents(touched));
    for (const RejectedInput& r : rejected) {
      insert_rejected_.Bind(1, run).Bind(2, r.origin).Bind(3, r.reason).BindBlob(4, r.raw);
      RASAD_TRY(insert_rejected_.Run());
      ++batch.rejected;
    }
    update_run_.Bind(1, batch.documents_read)
        .Bind(2, batch.documents_stored)
        .Bind(3, batch.duplicates)
        .Bind(4, batch.near_duplicates)
        .Bind(5, batch.rejected)
        .Bind(6, batch.events)
        .Bind(7, run);
    return update_run_.Run();
  });
  if (!s.ok()) {
    // Rows cached during the failed transaction do not exist: reload from the store next time.
    actor_rows_.clear();
    place_rows_.clear();
    content_hashes_.clear();
    doc_ids_.clear();
    near_ = NearDuplicateIndex();
    return s;
  }
  for (CodedDocument* cd : stored) {
    content_hashes_.insert(cd->content_hash);
    doc_ids_.insert(cd->doc.id);
  }
  for (const auto& [h, root] : new_hashes) near_.Add(h, root);
  counts->Add(batch);
  return Status::Ok();
}

Status Store::ReplaceEvents(int64_t run, std::vector<CodedDocument>& docs, const std::string& dictionary_version,
                            RunCounts* counts) {
  dictionary_version_ = dictionary_version;
  RASAD_TRY(LoadState());
  RunCounts batch;
  Status s = InTransaction(db_, [&]() -> Status {
    RASAD_TRY(SyncMentionIds());
    auto find = db_.Prepare("SELECT id FROM documents WHERE doc_id = ?");
    auto old_events = db_.Prepare("SELECT DISTINCT event FROM event_mentions WHERE document = ?");
    auto drop = db_.Prepare("DELETE FROM event_mentions WHERE document = ?");
    auto mark = db_.Prepare("UPDATE documents SET dictionary_version = ? WHERE id = ?");
    for (auto* r : {&find, &old_events, &drop, &mark}) {
      if (!r->ok()) return r->status();
    }
    std::unordered_set<int64_t> touched;
    for (CodedDocument& cd : docs) {
      Status st;
      find->Bind(1, cd.doc.id);
      if (!find->Step(&st)) {
        find->Reset();
        if (!st.ok()) return st;
        return Status::Error(fmt::format("recode: document {} is not in the store", cd.doc.id));
      }
      int64_t row = find->Int(0);
      find->Reset();
      old_events->Bind(1, row);
      while (old_events->Step(&st)) touched.insert(old_events->Int(0));
      old_events->Reset();
      if (!st.ok()) return st;
      drop->Bind(1, row);
      RASAD_TRY(drop->Run());
      RASAD_TRY(InsertEvents(row, cd, &touched, &batch));
      mark->Bind(1, dictionary_version).Bind(2, row);
      RASAD_TRY(mark->Run());
      ++batch.documents_read;
      ++batch.documents_stored;
    }
    RASAD_TRY(RefreshEvents(touched));
    // The first mention may have changed: take the evidence sentence from the one now first.
    for (int64_t id : touched) {
      refresh_evidence_.Bind(1, id);
      RASAD_TRY(refresh_evidence_.Run());
    }
    RASAD_TRY(db_.Exec("DELETE FROM events WHERE num_mentions = 0"));
    update_run_.Bind(1, batch.documents_read).Bind(2, batch.documents_stored).Bind(3, int64_t{0}).Bind(4, int64_t{0});
    update_run_.Bind(5, int64_t{0}).Bind(6, batch.events).Bind(7, run);
    return update_run_.Run();
  });
  if (!s.ok()) {
    actor_rows_.clear();
    place_rows_.clear();
    return s;
  }
  counts->Add(batch);
  return Status::Ok();
}

Status Store::ForEachStaleDocument(const std::string& version, int64_t after_row, int limit,
                                   const std::function<void(int64_t row, Document&&)>& fn) {
  auto stmt = db_.Prepare(
      "SELECT id, doc_id, text, coalesce(date, ''), coalesce(title, ''), coalesce(source, ''), coalesce(url, ''), "
      "coalesce(origin, '') FROM documents WHERE id > ? AND (? = '' OR dictionary_version <> ?) ORDER BY id LIMIT ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, after_row).Bind(2, version).Bind(3, version).Bind(4, int64_t{limit});
  Status s;
  while (stmt->Step(&s)) {
    Document d;
    d.id = stmt->Text(1);
    d.text = stmt->Text(2);
    d.date = stmt->Text(3);
    d.title = stmt->Text(4);
    d.source = stmt->Text(5);
    d.url = stmt->Text(6);
    d.origin = stmt->Text(7);
    fn(stmt->Int(0), std::move(d));
  }
  return s;
}

Result<StoreStats> Store::Stats() {
  StoreStats st;
  struct Q {
    int64_t* out;
    const char* sql;
  } queries[] = {
      {&st.documents, "SELECT count(*) FROM documents"},
      {&st.events, "SELECT count(*) FROM events"},
      {&st.mentions, "SELECT count(*) FROM event_mentions"},
      {&st.actors, "SELECT count(*) FROM actors"},
      {&st.places, "SELECT count(*) FROM places"},
      {&st.rejected, "SELECT count(*) FROM rejected"},
      {&st.runs, "SELECT count(*) FROM ingest_runs"},
      {&st.corroborated, "SELECT count(*) FROM events WHERE num_articles > 1"},
  };
  for (const Q& q : queries) {
    auto v = db_.QueryInt(q.sql);
    if (!v.ok()) return v.status();
    *q.out = *v;
  }
  return st;
}

}  // namespace rasad
