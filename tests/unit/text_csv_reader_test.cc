// CsvReader (RFC 4180) and the CSV and directory inputs of ReadDocuments, on tables of records and
// on the ingest fixtures (tests/fixtures/ingest/README.md says what each holds).
#include "text/csv_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "text/document_reader.h"

namespace rasad {
namespace {

struct CsvCase {
  std::string input;
  std::vector<std::vector<std::string>> records;
  std::vector<size_t> lines;
  bool error_on_last = false;
};

TEST(CsvReaderTest, Records) {
  const CsvCase cases[] = {
      {"a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}, {1, 2}},
      {"a,b\r\n\"x,y\",z\r\n", {{"a", "b"}, {"x,y", "z"}}, {1, 2}},
      {"q\n\"he said \"\"no\"\"\"\n", {{"q"}, {"he said \"no\""}}, {1, 2}},
      {"t,u\n\"line one\nline two\",v\nw,x\n", {{"t", "u"}, {"line one\nline two", "v"}, {"w", "x"}}, {1, 2, 4}},
      {"a,,c\n,\n", {{"a", "", "c"}, {"", ""}}, {1, 2}},
      {"نص،عربي,ثان\n", {{"نص،عربي", "ثان"}}, {1}},  // the Arabic comma is not a separator
      {"a\n\n\nb\n", {{"a"}, {"b"}}, {1, 4}},        // blank lines between records
      {"a,\"open\n", {{"a", "open"}}, {1}, true},     // unterminated quote at the end of input
  };
  for (const CsvCase& c : cases) {
    std::istringstream in(c.input);
    CsvReader reader(&in);
    CsvRecord rec;
    Status error;
    size_t i = 0;
    while (reader.Next(&rec, &error)) {
      ASSERT_LT(i, c.records.size()) << c.input;
      EXPECT_EQ(rec.fields, c.records[i]) << c.input;
      EXPECT_EQ(rec.line, c.lines[i]) << c.input;
      bool last = i + 1 == c.records.size();
      EXPECT_EQ(!error.ok(), c.error_on_last && last) << c.input << " " << error.message();
      ++i;
    }
    EXPECT_EQ(i, c.records.size()) << c.input;
  }
}

struct Read {
  std::vector<Document> docs;
  std::vector<Rejected> rejected;
  std::vector<std::string> skipped;
  Status status;
};

Read ReadAll(const std::string& path, ReadOptions options = {}) {
  Read r;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { r.docs.push_back(std::move(d)); };
  cb.on_rejected = [&](Rejected&& x) { r.rejected.push_back(std::move(x)); };
  cb.on_skipped = [&](const std::string& p) { r.skipped.push_back(p); };
  r.status = ReadDocuments(path, options, cb);
  return r;
}

std::string Fixture(const std::string& name) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/ingest/" + name; }

TEST(CsvInputTest, TextColumnAndFields) {
  ReadOptions options;
  options.text_column = "body";
  Read r = ReadAll(Fixture("articles.csv"), options);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_TRUE(r.rejected.empty());
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].id, "csv-1");
  EXPECT_EQ(r.docs[0].date, "2022-11-02");
  EXPECT_EQ(r.docs[0].source, "وكالة الأنباء العربية");
  EXPECT_EQ(r.docs[1].title, "زيارة رسمية");
  EXPECT_NE(r.docs[1].text.find("عمّان, والتقى"), std::string::npos);  // ASCII comma inside quotes
  // csv-3: an escaped quote and a line break inside the quoted field.
  EXPECT_NE(r.docs[2].text.find("\"لا تفاوض ولا شراكة\""), std::string::npos);
  EXPECT_NE(r.docs[2].text.find("العسكري.\nوأطلقت"), std::string::npos);
  EXPECT_EQ(r.docs[2].origin, Fixture("articles.csv") + ":4");
  EXPECT_EQ(r.docs[3].id, "csv-4");
  EXPECT_EQ(r.docs[3].origin, Fixture("articles.csv") + ":6");  // csv-3 took two lines
}

TEST(CsvInputTest, MissingTextColumnRejectsTheFileWholeWithItsBytes) {
  Read r = ReadAll(Fixture("articles.csv"));
  EXPECT_TRUE(r.status.ok());
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(r.rejected[0].origin, Fixture("articles.csv") + ":1");
  EXPECT_NE(r.rejected[0].reason.find("no column named \"text\""), std::string::npos);
  EXPECT_NE(r.rejected[0].raw.find("csv-4"), std::string::npos);  // nothing lost
}

TEST(CsvInputTest, BadRecordsAreRejectedAndReadingGoesOn) {
  std::string path = testing::TempDir() + "/rasad_bad_" + std::to_string(getpid()) + ".csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "id,text\n"
        << "a,نص أول\n"
        << "b,نص,زائد\n"       // three fields where the header has two
        << "c,\n"              // empty text
        << "d,\"نص \xff\"\n"   // invalid UTF-8
        << "e,نص أخير\n";
  }
  Read r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "e");
  ASSERT_EQ(r.rejected.size(), 3u);
  EXPECT_EQ(r.rejected[0].origin, path + ":3");
  EXPECT_NE(r.rejected[0].reason.find("3 fields where the header has 2"), std::string::npos);
  EXPECT_EQ(r.rejected[0].raw, "b,نص,زائد");
  EXPECT_EQ(r.rejected[1].origin, path + ":4");
  EXPECT_EQ(r.rejected[1].reason, "empty text");
  EXPECT_EQ(r.rejected[2].origin, path + ":5");
  EXPECT_NE(r.rejected[2].reason.find("invalid UTF-8"), std::string::npos);
}

TEST(DirectoryInputTest, ReadsTextJsonlCsvRecursivelyInNameOrder) {
  Read r = ReadAll(Fixture("dir"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "a.txt");
  EXPECT_EQ(r.docs[1].id, "b.txt");
  EXPECT_EQ(r.docs[2].id, "c.txt");
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_NE(r.skipped[0].find("ignored.bin"), std::string::npos);
}

}  // namespace
}  // namespace rasad
