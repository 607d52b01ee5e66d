// A thin RAII layer over SQLite's C API: a connection (SqliteDb) and prepared statements
// (SqliteStmt) whose errors come back as Status values naming the statement and SQLite's message.
//
// Only parameterized statements are used: values are bound, never pasted into SQL text.
#ifndef RASAD_STORE_SQLITE_H_
#define RASAD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace rasad {

class SqliteStmt {
 public:
  SqliteStmt() = default;
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqliteStmt(SqliteStmt&& other) noexcept { *this = std::move(other); }
  SqliteStmt& operator=(SqliteStmt&& other) noexcept;
  ~SqliteStmt();

  // Binding: index is 1-based, as in SQLite. Empty optional binds NULL.
  SqliteStmt& Bind(int index, int64_t v);
  SqliteStmt& Bind(int index, double v);
  SqliteStmt& Bind(int index, std::string_view v);  // TEXT
  SqliteStmt& BindBlob(int index, std::string_view v);
  SqliteStmt& BindNull(int index);
  SqliteStmt& BindOptional(int index, const std::optional<int64_t>& v);
  // Binds NULL for an empty string.
  SqliteStmt& BindTextOrNull(int index, std::string_view v);

  // Steps once: true when a row is ready, false when done; errors in *status.
  bool Step(Status* status);
  // Runs a statement that returns no rows to completion, then resets it for reuse.
  Status Run();
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string Text(int col) const;
  std::string_view TextView(int col) const;
  std::string_view Blob(int col) const {
    const void* p = sqlite3_column_blob(stmt_, col);
    return p ? std::string_view(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }
  std::optional<int64_t> OptionalInt(int col) const {
    return IsNull(col) ? std::nullopt : std::optional<int64_t>(Int(col));
  }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDb {
 public:
  SqliteDb() = default;
  SqliteDb(SqliteDb&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  SqliteDb& operator=(SqliteDb&& other) noexcept;
  ~SqliteDb();

  // Opens (creating when `create`) the database at `path`; errors name the path.
  static Result<SqliteDb> Open(const std::string& path, bool read_only, bool create);

  // Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const std::string& sql);
  Result<SqliteStmt> Prepare(std::string_view sql);
  // The first column of the first row of a query without parameters, as an integer (0 if none).
  Result<int64_t> QueryInt(const std::string& sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  sqlite3* get() const { return db_; }

 private:
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// Runs `fn` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it returns an error.
template <typename Fn>
Status InTransaction(SqliteDb& db, Fn&& fn) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  s = fn();
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace rasad

#endif  // RASAD_STORE_SQLITE_H_
