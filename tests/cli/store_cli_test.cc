// `rasad ingest`, `query`, `export` and `stats` as a user runs them, on tests/fixtures/ingest: every
// export format parsed back and checked against the store's own counts.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_test_support.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;

using testing::CliRun;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    if (!l.empty()) out.push_back(l);
  }
  return out;
}

// RFC 4180 fields of one CSV text (records may span lines).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(field), field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

class StoreCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("rasad_store_cli_" + std::to_string(getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "t.db").string();
    CliRun r = Rasad("ingest --quiet --db '" + db_ + "' '" + Fixture("good.jsonl") + "' '" + Fixture("dup.jsonl") + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static std::string Fixture(const std::string& n) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/ingest/" + n; }
  static CliRun Rasad(const std::string& args) { return testing::RunRasad(args, dir_); }
  // All events of the store as JSON (rasad query --format jsonl --limit -1).
  static std::vector<nlohmann::json> Events(const std::string& filters = "") {
    CliRun r = Rasad("query --db '" + db_ + "' --format jsonl --limit -1 " + filters);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<nlohmann::json> out;
    for (const auto& l : Lines(r.out)) out.push_back(nlohmann::json::parse(l));
    return out;
  }

  static fs::path dir_;
  static std::string db_;
};
fs::path StoreCliTest::dir_;
std::string StoreCliTest::db_;

TEST_F(StoreCliTest, QueryFormatsAndFilters) {
  auto all = Events();
  ASSERT_GT(all.size(), 5u);
  for (const auto& e : all) {
    for (const char* k : {"event_id", "doc_id", "event", "cameo", "quad_class", "goldstein", "trigger", "evidence",
                          "num_mentions", "num_articles", "num_sources", "dictionary_version", "id"}) {
      EXPECT_TRUE(e.contains(k)) << k;
    }
  }
  // good-4 is the only document of 2020.
  auto in_2020 = Events("--from 2020-01-01 --to 2020-12-31");
  ASSERT_FALSE(in_2020.empty());
  for (const auto& e : in_2020) EXPECT_EQ(e["doc_id"], "good-4");
  for (const auto& e : Events("--type PROTEST")) EXPECT_EQ(e["event"], "PROTEST");
  CliRun csv = Rasad("query --db '" + db_ + "' --format csv --limit -1");
  auto rows = ParseCsv(csv.out);
  ASSERT_EQ(rows.size(), all.size() + 1);
  for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
  CliRun table = Rasad("query --db '" + db_ + "' --format table --limit 3");
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_NE(table.out.find("3 of " + std::to_string(all.size()) + " events"), std::string::npos) << table.out;
  CliRun bad = Rasad("query --db '" + db_ + "' --type ATTACK");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown event type 'ATTACK'"), std::string::npos) << bad.err;
  CliRun missing = Rasad("query --db '" + (dir_ / "none.db").string() + "'");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no such store"), std::string::npos) << missing.err;
}

TEST_F(StoreCliTest, EveryExportFormatParsesBack) {
  auto all = Events();
  size_t located = 0, happened = 0;
  for (const auto& e : all) {
    if (e["location"].is_object() && (e["location"]["lat"] != 0 || e["location"]["lon"] != 0)) ++located;
    std::string m = e["modality"];
    if (!e["negated"].get<bool>() && (m == "asserted" || m == "reported" || m == "alleged") &&
        e["date"].is_string() && e["date"].get<std::string>().size() == 10) {
      ++happened;
    }
  }
  CliRun geo = Rasad("export --db '" + db_ + "' --format geojson");
  ASSERT_EQ(geo.exit_code, 0) << geo.err;
  auto fc = nlohmann::json::parse(geo.out);
  EXPECT_EQ(fc["type"], "FeatureCollection");
  EXPECT_EQ(fc["features"].size(), located);
  for (const auto& f : fc["features"]) {
    EXPECT_EQ(f["geometry"]["type"], "Point");
    double lon = f["geometry"]["coordinates"][0], lat = f["geometry"]["coordinates"][1];
    EXPECT_TRUE(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
  }

  CliRun plover = Rasad("export --db '" + db_ + "' --format plover-jsonl");
  ASSERT_EQ(plover.exit_code, 0);
  auto plines = Lines(plover.out);
  EXPECT_EQ(plines.size(), all.size());
  for (const auto& l : plines) {
    auto j = nlohmann::json::parse(l);
    EXPECT_TRUE(j.contains("event") && j.contains("date") && j.contains("id"));
  }

  CliRun gdelt = Rasad("export --db '" + db_ + "' --format gdelt-tsv");
  ASSERT_EQ(gdelt.exit_code, 0);
  auto glines = Lines(gdelt.out);
  EXPECT_EQ(glines.size(), happened);
  for (const auto& l : glines) {
    EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 60) << l;  // 61 columns
  }

  CliRun acled = Rasad("export --db '" + db_ + "' --format acled-csv");
  ASSERT_EQ(acled.exit_code, 0);
  auto rows = ParseCsv(acled.out);
  ASSERT_FALSE(rows.empty());
  const std::vector<std::string>& header = rows[0];
  for (const char* col : {"event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                          "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
                          "geo_precision", "source", "notes", "fatalities"}) {
    EXPECT_NE(std::find(header.begin(), header.end(), col), header.end()) << col;
  }
  EXPECT_GT(rows.size(), 1u);
  EXPECT_LE(rows.size() - 1, happened);
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());

  CliRun bad = Rasad("export --db '" + db_ + "' --format kml");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("kml"), std::string::npos);
}

TEST_F(StoreCliTest, StatsAndRecodeWithUnchangedDictionaries) {
  CliRun stats = Rasad("stats --db '" + db_ + "'");
  EXPECT_EQ(stats.exit_code, 0);
  EXPECT_NE(stats.out.find("7 documents"), std::string::npos) << stats.out;  // 5 good + dup-1 + dup-3
  CliRun recode = Rasad("recode --quiet --db '" + db_ + "'");
  EXPECT_EQ(recode.exit_code, 0) << recode.err;
  EXPECT_NE(recode.out.find("recoded 0 documents"), std::string::npos) << recode.out;
}

}  // namespace
}  // namespace rasad
