// Table-driven tests of ImportGeonames over the hand-written fixtures in tests/fixtures/geonames/.
#include "lexicon/geonames_import.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#ifndef RASAD_SOURCE_DIR
#error "compile the tests with -DRASAD_SOURCE_DIR=\"<repository root>\""
#endif

namespace rasad {
namespace {

const std::string kFixtures = std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/geonames/";

const std::string kLibya =
    "ليبيا|الجماهيرية الليبية\tLibya\tLBY\t\t28.00000\t17.00000\t2215636\tcountry\t"
    "geonames:2215636\t6678567";
const std::string kTripoli =
    "طرابلس|طرابلس الغرب\tTripoli\tLBY\tTripoli\t32.88743\t13.18733\t2210247\tcity\t"
    "geonames:2210247\t1150989";
const std::string kGharyan =
    "غريان\tGharyan\tLBY\tJabal al Gharbi District\t32.17222\t13.02028\t2217362\tcity\t"
    "geonames:2217362\t85219";
const std::string kHamlet =
    "قرية تجريبية\tFixture Hamlet\tLBY\tJabal al Gharbi District\t32.10000\t13.10000\t9000001\t"
    "town\tgeonames:9000001\t300";
const std::string kNafusa =
    "جبل نفوسة\tJabal Nafusa\tLBY\tJabal al Gharbi District\t31.90000\t12.50000\t9000002\t"
    "terrain\tgeonames:9000002\t0";

struct Case {
  std::string name;
  std::string main = "XX.txt";
  std::string alternate_names = "alternateNamesV2.txt";
  std::string admin1 = "admin1CodesASCII.txt";
  long long min_population = 0;
  std::string feature_classes = "PA";
  std::string error;  // expected substring of the error; "" = success expected.
  GeonamesImportStats stats = {};
  std::vector<std::string> rows = {};
};

std::vector<Case> Cases() {
  return {
      {.name = "default_classes_PA",
       .error = "",
       .stats = {.read = 5, .written = 4, .with_arabic = 4, .skipped = 1},
       .rows = {kLibya, kTripoli, kGharyan, kHamlet}},
      {.name = "min_population",
       .min_population = 1000,
       .error = "",
       .stats = {.read = 5, .written = 3, .with_arabic = 3, .skipped = 2},
       .rows = {kLibya, kTripoli, kGharyan}},
      {.name = "all_classes",
       .feature_classes = "",
       .error = "",
       .stats = {.read = 5, .written = 5, .with_arabic = 5, .skipped = 0},
       .rows = {kLibya, kTripoli, kGharyan, kHamlet, kNafusa}},
      {.name = "populated_places_only",
       .feature_classes = "P",
       .error = "",
       .stats = {.read = 5, .written = 3, .with_arabic = 3, .skipped = 2},
       .rows = {kTripoli, kGharyan, kHamlet}},
      {.name = "no_alternate_names_no_admin1",
       .alternate_names = "",
       .admin1 = "",
       .min_population = 100000,
       .error = "",
       .stats = {.read = 5, .written = 2, .with_arabic = 0, .skipped = 3},
       .rows = {"\tLibya\tLBY\t\t28.00000\t17.00000\t2215636\tcountry\tgeonames:2215636\t6678567",
                "\tTripoli\tLBY\t\t32.88743\t13.18733\t2210247\tcity\tgeonames:2210247\t1150989"}},
      {.name = "missing_main", .main = "nope.txt", .error = "nope.txt: cannot open"},
      {.name = "missing_alternate_names", .alternate_names = "nope.txt",
       .error = "nope.txt: cannot open"},
      {.name = "field_count", .main = "bad_field_count.txt",
       .error = "bad_field_count.txt:2: expected 19 TAB-separated fields"},
      {.name = "latitude_syntax", .main = "bad_latitude.txt",
       .error = "bad_latitude.txt:3: latitude '32.17.222'"},
      {.name = "latitude_range", .main = "bad_latitude_range.txt",
       .error = "bad_latitude_range.txt:3: latitude '132.5'"},
      {.name = "unknown_country", .main = "bad_country.txt",
       .error = "bad_country.txt:2: country code 'QQ' is not in"},
      {.name = "population", .main = "bad_population.txt",
       .error = "bad_population.txt:2: population 'about 1M'"},
      {.name = "alternate_names_id", .alternate_names = "bad_alternateNamesV2.txt",
       .error = "bad_alternateNamesV2.txt:3: geonameid 'x2215636'"},
  };
}

std::vector<std::string> DataRows(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> rows;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') rows.push_back(line);
  }
  return rows;
}

class GeonamesImportTest : public testing::TestWithParam<Case> {};

TEST_P(GeonamesImportTest, Imports) {
  const Case& c = GetParam();
  GeonamesImportOptions options;
  options.main_path = kFixtures + c.main;
  if (!c.alternate_names.empty()) options.alternate_names_path = kFixtures + c.alternate_names;
  if (!c.admin1.empty()) options.admin1_codes_path = kFixtures + c.admin1;
  options.iso_map_path = kFixtures + "iso2_to_iso3.tsv";
  options.out_path = testing::TempDir() + "geonames_import_" + std::to_string(getpid()) + "_" + c.name + ".tsv";
  options.min_population = c.min_population;
  options.feature_classes = c.feature_classes;
  std::filesystem::remove(options.out_path);

  GeonamesImportStats stats;
  Status status = ImportGeonames(options, &stats);
  if (!c.error.empty()) {
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find(c.error), std::string::npos) << status.message();
    EXPECT_FALSE(std::filesystem::exists(options.out_path));
    EXPECT_FALSE(std::filesystem::exists(options.out_path + ".tmp"));
    return;
  }
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(stats.read, c.stats.read);
  EXPECT_EQ(stats.written, c.stats.written);
  EXPECT_EQ(stats.with_arabic, c.stats.with_arabic);
  EXPECT_EQ(stats.skipped, c.stats.skipped);
  EXPECT_EQ(DataRows(options.out_path), c.rows);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GeonamesImportTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(GeonamesImportTest, NullStatsIsAllowed) {
  GeonamesImportOptions options;
  options.main_path = kFixtures + "XX.txt";
  options.iso_map_path = kFixtures + "iso2_to_iso3.tsv";
  options.out_path = testing::TempDir() + "geonames_import_" + std::to_string(getpid()) + "_null_stats.tsv";
  EXPECT_TRUE(ImportGeonames(options, nullptr).ok());
}

}  // namespace
}  // namespace rasad
