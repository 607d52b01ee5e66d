// Store: rasad's embedded event store (SQLite, WAL mode), the home of documents, corroborated events
// and their mentions, ingest runs and rejected inputs (schema in store/schema.cc, docs/store.md).
//
// Writes come in batches, each one transaction: a crash or kill at any moment leaves the store as it
// was after the last committed batch, and a re-run goes on from there (documents already stored are
// recognised by their content hash). One Store is used by one thread at a time; readers in other
// processes may open the same file concurrently (WAL).
#ifndef RASAD_STORE_STORE_H_
#define RASAD_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coder/event.h"
#include "store/near_duplicates.h"
#include "store/sqlite.h"
#include "text/document.h"
#include "util/status.h"

namespace rasad {

// What the store writes for one event, computed before the write (on the coding threads).
struct PreparedEvent {
  std::string key;     // CorroborationKey
  std::string record;  // the JSON record without the evidence sentence
};

// A document with the events coded from it, ready to store.
struct CodedDocument {
  Document doc;
  std::string content_hash;
  MinHashSignature minhash{};
  std::vector<Event> events;
  std::vector<PreparedEvent> prepared;  // one per event, or empty (then computed at write time)
};

// Fills cd->prepared from cd->events.
void PrepareForStore(CodedDocument* cd);

// An input that could not be read as a document, with the bytes read (kept whole).
struct RejectedInput {
  std::string origin;
  std::string reason;
  std::string raw;
};

// What a batch or a run did.
struct RunCounts {
  int64_t documents_read = 0;
  int64_t documents_stored = 0;
  int64_t duplicates = 0;       // exact copies of stored documents (skipped)
  int64_t near_duplicates = 0;  // stored, and marked as near-duplicates of an earlier one
  int64_t rejected = 0;
  int64_t events = 0;           // event mentions stored
  void Add(const RunCounts& o);
};

struct StoreStats {
  int64_t documents = 0, events = 0, mentions = 0, actors = 0, places = 0, rejected = 0, runs = 0;
  int64_t corroborated = 0;  // events with evidence from more than one article
};

class Store {
 public:
  // Opens or creates the store at `path` (parent directories are created), in WAL mode, and
  // migrates it to the current schema. `read_only` opens an existing store without writing.
  static Result<Store> Open(const std::string& path, bool read_only = false);

  Store(Store&&) = default;
  Store& operator=(Store&&) = default;

  // Starts an ingest or recode run owned by this process. Runs left 'running' by a process that
  // is gone (killed) are marked 'interrupted'; those of a live process, or of another host, are
  // left alone.
  Result<int64_t> BeginRun(const std::string& kind, const std::string& inputs, const std::string& dictionary_version);
  Status FinishRun(int64_t run, const std::string& status);

  // Content hashes of the stored documents (valid after BeginRun; not to be read while another
  // thread writes a batch).
  const std::unordered_set<std::string>& content_hashes() const { return content_hashes_; }

  // Stores a batch in one transaction: new documents with their events (exact copies are counted
  // and skipped; near-duplicates are marked), rejected inputs, and the run's counters. Adds what it
  // did to *counts. On error nothing of the batch is kept.
  Status WriteBatch(int64_t run, std::vector<CodedDocument>& docs, const std::vector<RejectedInput>& rejected,
                    int64_t documents_read, RunCounts* counts);

  // Replaces the events of stored documents with freshly coded ones (recode), one transaction.
  // `docs[i].doc.id` names a stored document; its text is unchanged.
  Status ReplaceEvents(int64_t run, std::vector<CodedDocument>& docs, const std::string& dictionary_version,
                       RunCounts* counts);

  // Stored documents (row id, id, text, date and metadata) whose events were coded by another
  // dictionary version than `version` (all when `version` is empty), in id order after `after_row`.
  Status ForEachStaleDocument(const std::string& version, int64_t after_row, int limit,
                              const std::function<void(int64_t row, Document&&)>& fn);

  Result<StoreStats> Stats();
  SqliteDb& db() { return db_; }
  const std::string& path() const { return path_; }
  // The dictionary version under which events are now coded (set by the last run).
  void set_dictionary_version(std::string v) { dictionary_version_ = std::move(v); }

 private:
  Store() = default;
  Status LoadState();
  Status MarkAbandonedRuns();
  Status PrepareWriters();
  Result<int64_t> ActorRow(const EventActor& a);
  Result<int64_t> PlaceRow(const EventPlace& p);
  Status InsertEvents(int64_t doc_row, CodedDocument& cd, std::unordered_set<int64_t>* touched, RunCounts* counts);
  // Whether a document is stored under `doc_id`: by this Store, or by another writer since this one
  // loaded its state (call inside the batch's transaction).
  Result<bool> DocIdTaken(const std::string& doc_id);
  Status SyncMentionIds();
  Status RefreshEvents(const std::unordered_set<int64_t>& touched);

  SqliteDb db_;
  std::string path_;
  std::string dictionary_version_;
  bool read_only_ = false;
  std::unordered_set<std::string> content_hashes_;
  std::unordered_set<std::string> doc_ids_;
  NearDuplicateIndex near_;
  int64_t next_mention_ = 1;  // the id the next mention gets (one writer: BEGIN IMMEDIATE)
  std::unordered_map<std::string, int64_t> actor_rows_, place_rows_;
  // Prepared statements of the write path.
  SqliteStmt insert_document_, insert_actor_, insert_place_, upsert_event_, insert_mention_, refresh_event_,
      insert_rejected_, update_run_, refresh_evidence_, select_doc_id_;
};

}  // namespace rasad

#endif  // RASAD_STORE_STORE_H_
