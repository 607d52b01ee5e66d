// `rasad ingest` killed with SIGKILL at several moments of a run: after each kill the store passes
// SQLite's integrity check and its own consistency rules (counts agree with rows, no mention without
// its event or document, no half-written batch), and re-runs finish the job so that the store
// ends equal to one made by a single uninterrupted run: same documents, same events, same
// mentions, no duplicates. Also checks the exit status and messages of a run with bad input.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace rasad {
namespace {

namespace fs = std::filesystem;

// Opens a store read-only for checking (a separate connection, as another process would).
class Reader {
 public:
  explicit Reader(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(db_);
      db_ = nullptr;
    }
    if (db_) sqlite3_busy_timeout(db_, 5000);
  }
  ~Reader() { sqlite3_close(db_); }
  bool ok() const { return db_ != nullptr; }
  std::vector<std::string> Column(const std::string& sql, bool quiet = false) {
    std::vector<std::string> out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      if (!quiet) ADD_FAILURE() << sqlite3_errmsg(db_) << " in " << sql;
      return out;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st, 0);
      out.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
    }
    sqlite3_finalize(st);
    return out;
  }
  int64_t Int(const std::string& sql, bool quiet = false) {
    auto v = Column(sql, quiet);
    return v.empty() ? -1 : std::stoll(v[0]);
  }

 private:
  sqlite3* db_ = nullptr;
};

class IngestCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasad_crash_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // 1,200 distinct articles, each two articles of the sample corpus joined.
  std::string WriteCorpus() {
    std::vector<nlohmann::json> base;
    std::ifstream in(std::string(RASAD_SOURCE_DIR) + "/data/sample/corpus.jsonl");
    for (std::string line; std::getline(in, line);) base.push_back(nlohmann::json::parse(line));
    EXPECT_EQ(base.size(), 40u);
    std::string path = (dir_ / "corpus.jsonl").string();
    std::ofstream out(path);
    for (size_t k = 0; k < 1200; ++k) {
      const auto& a = base[k % 40];
      const auto& b = base[(k + k / 40 + 1) % 40];
      nlohmann::json j = {{"id", "crash-" + std::to_string(k)},
                          {"date", a["date"]},
                          {"source", a["source"]},
                          {"text", a["text"].get<std::string>() + "\n" + b["text"].get<std::string>()}};
      out << j.dump() << "\n";
    }
    return path;
  }

  // Starts `rasad ingest` into `db`; its standard error goes to `err` (a file in dir_), or nowhere.
  pid_t Start(const std::string& db, const std::string& input, const std::string& err = "") {
    std::string log_path = err.empty() ? std::string("/dev/null") : (dir_ / err).string();
    pid_t pid = fork();
    if (pid == 0) {
      int null = ::open("/dev/null", O_WRONLY);
      int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(null, 1);
      dup2(log, 2);
      execl(RASAD_CLI, RASAD_CLI, "ingest", "--db", db.c_str(), "--batch", "16", "--quiet", input.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    return pid;
  }

  int Wait(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }

  // What a child started with Start(..., err) wrote to its standard error.
  std::string Stderr(const std::string& err) {
    std::ifstream in(dir_ / err);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  // The store's own rules, which must hold after any kill.
  void ExpectConsistent(const std::string& db) {
    Reader r(db);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.Column("PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    EXPECT_EQ(r.Int("SELECT count(*) FROM documents"),
              r.Int("SELECT coalesce(sum(documents_stored), 0) FROM ingest_runs"));
    EXPECT_EQ(r.Int("SELECT count(*) FROM event_mentions"), r.Int("SELECT coalesce(sum(events), 0) FROM ingest_runs"));
    EXPECT_EQ(r.Int("SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM event_mentions m "
                    "WHERE m.event = e.id) OR first_mention NOT IN (SELECT id FROM event_mentions)"),
              0);
    EXPECT_EQ(r.Int("SELECT count(*) FROM event_mentions m WHERE m.event NOT IN (SELECT id FROM events) OR "
                    "m.document NOT IN (SELECT id FROM documents)"),
              0);
    // Whole documents only: each stored document has all its events (batches are atomic), so a
    // document is never stored without the mentions its coding produced; checked at the end
    // against the uninterrupted run.
    EXPECT_EQ(r.Int("SELECT count(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash "
                    "HAVING count(*) > 1)"),
              0);
  }

  struct Snapshot {
    std::set<std::string> docs, events;
    int64_t mentions = 0;
    std::vector<std::string> per_doc;  // doc_id:mentions
  };
  Snapshot Take(const std::string& db) {
    Reader r(db);
    Snapshot s;
    for (auto& d : r.Column("SELECT doc_id FROM documents")) s.docs.insert(d);
    for (auto& k : r.Column("SELECT event_key || '#' || num_mentions || '#' || num_articles FROM events"))
      s.events.insert(k);
    s.mentions = r.Int("SELECT count(*) FROM event_mentions");
    s.per_doc = r.Column("SELECT d.doc_id || ':' || count(m.id) FROM documents d LEFT JOIN event_mentions m ON "
                         "m.document = d.id GROUP BY d.id ORDER BY d.doc_id");
    return s;
  }

  fs::path dir_;
};

TEST_F(IngestCrashTest, KilledAtAnyMomentTheStoreStaysConsistentAndARerunFinishes) {
  std::string corpus = WriteCorpus();
  std::string ref = (dir_ / "ref.db").string();
  ASSERT_EQ(Wait(Start(ref, corpus)), 0);
  Snapshot want = Take(ref);
  ASSERT_EQ(want.docs.size(), 1200u);
  ASSERT_GT(want.mentions, 1200);

  std::string db = (dir_ / "crash.db").string();
  // Kill when the store holds at least `after` documents (or at once, for 0).
  int kills = 0;
  for (int64_t after : {0, 150, 500, 900}) {
    pid_t pid = Start(db, corpus);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (after > 0 && std::chrono::steady_clock::now() < deadline) {
      // Quiet: the schema may not be there yet while the child creates the store.
      int64_t n = fs::exists(db) ? Reader(db).Int("SELECT count(*) FROM documents", true) : -1;
      if (n >= after) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    kill(pid, SIGKILL);
    int rc = Wait(pid);
    if (rc == -SIGKILL) ++kills;
    if (fs::exists(db)) ExpectConsistent(db);
  }
  EXPECT_GE(kills, 3) << "the runs ended before they could be killed";
  {
    Reader r(db);
    EXPECT_GE(r.Int("SELECT count(*) FROM ingest_runs WHERE status IN ('running', 'interrupted')"), 1);
  }
  ASSERT_EQ(Wait(Start(db, corpus)), 0);
  ExpectConsistent(db);
  Snapshot got = Take(db);
  EXPECT_EQ(got.docs, want.docs);
  EXPECT_EQ(got.mentions, want.mentions);
  EXPECT_EQ(got.events, want.events);
  EXPECT_EQ(got.per_doc, want.per_doc);
  Reader r(db);
  EXPECT_EQ(r.Int("SELECT count(*) FROM ingest_runs WHERE status = 'running'"), 0);
}

TEST_F(IngestCrashTest, TwoIngestsAtOnceStoreEachDocumentOnce) {
  std::string corpus = WriteCorpus();
  std::string ref = (dir_ / "ref.db").string();
  ASSERT_EQ(Wait(Start(ref, corpus)), 0);
  Snapshot want = Take(ref);
  std::string db = (dir_ / "both.db").string();
  pid_t a = Start(db, corpus, "a.err");
  pid_t b = Start(db, corpus, "b.err");
  EXPECT_EQ(Wait(a), 0) << Stderr("a.err");
  EXPECT_EQ(Wait(b), 0) << Stderr("b.err");
  ExpectConsistent(db);
  Snapshot got = Take(db);
  EXPECT_EQ(got.docs, want.docs);
  EXPECT_EQ(got.mentions, want.mentions);
  EXPECT_EQ(got.per_doc, want.per_doc);
}

TEST_F(IngestCrashTest, ExitStatusAndMessagesForBadInput) {
  std::string db = (dir_ / "bad.db").string();
  std::string fixture = std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/ingest/bad.jsonl";
  std::string err = (dir_ / "err").string();
  std::string cmd = std::string("'") + RASAD_CLI + "' ingest --quiet --db '" + db + "' '" + fixture + "' >/dev/null 2>'" +
                    err + "'";
  int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);  // something rejected, the rest stored
  std::ifstream in(err);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("bad.jsonl:2: byte 154: malformed JSON"), std::string::npos) << text;
  EXPECT_NE(text.find("bad.jsonl:4: empty text"), std::string::npos) << text;
  EXPECT_NE(text.find("bad.jsonl:5: byte 141: invalid UTF-8"), std::string::npos) << text;
  EXPECT_EQ(Reader(db).Int("SELECT count(*) FROM documents"), 3);

  std::string good = std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/ingest/good.jsonl";
  status = std::system((std::string("'") + RASAD_CLI + "' ingest --quiet --db '" + db + "' '" + good + "' >/dev/null 2>&1").c_str());
  EXPECT_EQ(WEXITSTATUS(status), 0);
  status = std::system((std::string("'") + RASAD_CLI + "' ingest --quiet --db '" + dir_.string() +
                        "/no/such/dir/x.db' --threads abc '" + good + "' >/dev/null 2>&1").c_str());
  EXPECT_NE(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace rasad
