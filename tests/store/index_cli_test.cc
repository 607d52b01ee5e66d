// `rasad index` and the refresh at the end of `rasad ingest`, as a user runs them on
// tests/fixtures/ingest: a store has no derived data until `rasad index` builds it; after that each
// ingest keeps it up to date (unless --no-index), and a missing store is exit status 2.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_test_support.h"
#include "store/derived_data.h"
#include "store/store.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::RunRasad;

class IndexCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasad_index_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Fixture(const char* name) const {
    std::string quoted = "'";
    return quoted.append((fs::path(RASAD_SOURCE_DIR) / "tests/fixtures/ingest" / name).string()).append("'");
  }
  DerivedState State() const {
    auto store = Store::Open(db_, /*read_only=*/true);
    EXPECT_TRUE(store.ok()) << store.status().message();
    if (!store.ok()) return {};
    auto st = ReadDerivedState(store->db());
    EXPECT_TRUE(st.ok());
    return st.ok() ? *st : DerivedState{};
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(IndexCliTest, IndexBuildsThenIngestKeepsItUpToDate) {
  CliRun r = RunRasad("ingest --db '" + db_ + "' " + Fixture("good.jsonl"), dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("index: none in this store"), std::string::npos) << r.out;
  EXPECT_FALSE(State().present);

  r = RunRasad("index --db '" + db_ + "'", dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("rasad index: built derived data"), std::string::npos) << r.out;
  DerivedState st = State();
  EXPECT_TRUE(st.up_to_date());
  EXPECT_GT(st.through, 0);

  // More events: --no-index leaves the derived data stale, a plain ingest refreshes it.
  std::string corpus = "'";
  corpus.append((fs::path(RASAD_SOURCE_DIR) / "data/sample/corpus.jsonl").string()).append("'");
  r = RunRasad("ingest --quiet --no-index --db '" + db_ + "' " + corpus, dir_);
  ASSERT_LE(r.exit_code, 1) << r.err;
  ASSERT_GT(State().max_event, st.through) << "the sample corpus added no events";
  EXPECT_EQ(State().Describe(), std::string("stale"));
  r = RunRasad("index --db '" + db_ + "'", dir_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("refreshed derived data"), std::string::npos) << r.out;
  EXPECT_TRUE(State().up_to_date());
  // The sample corpus again under other ids and a later date: new documents and new events.
  {
    std::ifstream in(fs::path(RASAD_SOURCE_DIR) / "data/sample/corpus.jsonl");
    std::ofstream out(dir_ / "later.jsonl");
    for (std::string line; std::getline(in, line);) {
      nlohmann::json j = nlohmann::json::parse(line);
      j["id"] = j["id"].get<std::string>() + "-later";
      j["date"] = "2024-03-01";
      j["text"] = j["text"].get<std::string>() + " ";
      out << j.dump() << "\n";
    }
  }
  int64_t before = State().max_event;
  r = RunRasad("ingest --db '" + db_ + "' '" + (dir_ / "later.jsonl").string() + "'", dir_);
  ASSERT_LE(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("index: refreshed derived data"), std::string::npos) << r.out;
  st = State();
  EXPECT_GT(st.max_event, before);
  EXPECT_TRUE(st.up_to_date()) << r.out;
}

TEST_F(IndexCliTest, MissingStoreDirectoryIsExitStatus2) {
  CliRun r = RunRasad("index --db /proc/no-such-dir/store.db", dir_);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("rasad index:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace rasad
