// ReadSnapshot: one read transaction on a (pooled, read-only) connection for the life of a
// request. Every query of the request then sees the same committed state of the store (an ingest
// may commit between two of them otherwise: a count and its page could disagree), and SQLite takes
// its WAL read lock once instead of once per statement (a map page runs a thousand).
//
// The transaction ends when the snapshot is destroyed; a connection must not go back to the pool
// inside one (it would pin an old state of the WAL).
#ifndef RASAD_SERVER_READ_SNAPSHOT_H_
#define RASAD_SERVER_READ_SNAPSHOT_H_

#include "store/sqlite.h"

namespace rasad {

class ReadSnapshot {
 public:
  // Begins the transaction; if BEGIN fails, queries still run, each in its own transaction.
  explicit ReadSnapshot(SqliteDb& db) : db_(db), open_(db.Exec("BEGIN").ok()) {}
  ~ReadSnapshot() {
    if (open_) db_.Exec("COMMIT");
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  SqliteDb& db_;
  bool open_;
};

}  // namespace rasad

#endif  // RASAD_SERVER_READ_SNAPSHOT_H_
