#include "store/sqlite.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <chrono>
#include <string>
#include <thread>

namespace rasad {
namespace {

// How long a connection waits for a lock while no other connection writes anything.
constexpr std::chrono::milliseconds kBusyIdle{10000};

// The busy handler of every connection. SQLite's own (sqlite3_busy_timeout) gives up after a fixed
// time, and its wait is a poll: a writer that commits batch after batch takes the write lock again
// at once, before the waiting connection looks again, so a second `rasad ingest` into the same store
// waited for the whole of the first and failed with "database is locked" whenever the first ran
// longer than the timeout (seen under the sanitizers on a loaded machine). This one waits as long
// as the WAL keeps changing, i.e. while the holder of the lock is working, and gives up after
// kBusyIdle without a write. It calls no SQLite function but the file name accessor.
int WaitWhileOthersWrite(void* arg, int count) {
  using Clock = std::chrono::steady_clock;
  struct Wait {
    sqlite3* db = nullptr;
    std::string wal;
    struct timespec mtime {};
    off_t size = -1;
    Clock::time_point progress;
  };
  thread_local Wait w;  // a connection is used by one thread at a time; count 0 starts a new wait
  auto* db = static_cast<sqlite3*>(arg);
  const Clock::time_point now = Clock::now();
  if (count == 0 || w.db != db) {
    const char* file = sqlite3_db_filename(db, "main");
    w = Wait{db, file && *file ? std::string(file) + "-wal" : std::string(), {}, -1, now};
  }
  struct stat st {};
  if (!w.wal.empty() && ::stat(w.wal.c_str(), &st) == 0 &&
      (st.st_size != w.size || st.st_mtim.tv_sec != w.mtime.tv_sec || st.st_mtim.tv_nsec != w.mtime.tv_nsec)) {
    if (w.size >= 0) w.progress = now;
    w.size = st.st_size;
    w.mtime = st.st_mtim;
  }
  if (now - w.progress > kBusyIdle) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(count < 10 ? 1 : 10));
  return 1;
}

}  // namespace

SqliteStmt& SqliteStmt::operator=(SqliteStmt&& other) noexcept {
  if (this != &other) {
    if (stmt_) sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

SqliteStmt::~SqliteStmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

SqliteStmt& SqliteStmt::Bind(int index, int64_t v) {
  sqlite3_bind_int64(stmt_, index, v);
  return *this;
}
SqliteStmt& SqliteStmt::Bind(int index, double v) {
  sqlite3_bind_double(stmt_, index, v);
  return *this;
}
SqliteStmt& SqliteStmt::Bind(int index, std::string_view v) {
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
SqliteStmt& SqliteStmt::BindBlob(int index, std::string_view v) {
  sqlite3_bind_blob(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
SqliteStmt& SqliteStmt::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
SqliteStmt& SqliteStmt::BindOptional(int index, const std::optional<int64_t>& v) {
  return v ? Bind(index, *v) : BindNull(index);
}
SqliteStmt& SqliteStmt::BindTextOrNull(int index, std::string_view v) {
  return v.empty() ? BindNull(index) : Bind(index, v);
}

bool SqliteStmt::Step(Status* status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    *status = Status::Error(fmt::format("sqlite: {} (in: {})", sqlite3_errmsg(db_), sqlite3_sql(stmt_)));
  }
  return false;
}

Status SqliteStmt::Run() {
  Status s;
  while (Step(&s)) {
  }
  Reset();
  return s;
}

void SqliteStmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStmt::Text(int col) const { return std::string(TextView(col)); }

std::string_view SqliteStmt::TextView(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col));
}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
  if (this != &other) {
    if (db_) sqlite3_close_v2(db_);
    db_ = other.db_;
    other.db_ = nullptr;
  }
  return *this;
}

SqliteDb::~SqliteDb() {
  if (db_) sqlite3_close_v2(db_);
}

Result<SqliteDb> SqliteDb::Open(const std::string& path, bool read_only, bool create) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (db) sqlite3_close_v2(db);
    return Status::Error(fmt::format("{}: cannot open store: {}", path, msg));
  }
  sqlite3_busy_handler(db, WaitWhileOthersWrite, db);
  return SqliteDb(db);
}

Status SqliteDb::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error(fmt::format("sqlite: {}", msg));
  }
  return Status::Ok();
}

Result<SqliteStmt> SqliteDb::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return Status::Error(fmt::format("sqlite: {} (in: {})", sqlite3_errmsg(db_), sql));
  }
  return SqliteStmt(db_, stmt);
}

Result<int64_t> SqliteDb::QueryInt(const std::string& sql) {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status s;
  int64_t v = stmt->Step(&s) ? stmt->Int(0) : 0;
  if (!s.ok()) return s;
  return v;
}

}  // namespace rasad
