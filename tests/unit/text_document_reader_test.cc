// DocumentReader (text/document_reader.h): plain text, JSON Lines and standard input; bad documents
// are rejected one by one with their file, line and byte, and reading goes on.
#include "text/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace rasad {
namespace {

namespace fs = std::filesystem;

struct Read {
  std::vector<Document> docs;
  std::vector<Rejected> rejected;
  std::vector<size_t> repaired;
  Status status;
};

Read ReadAll(const std::string& path, ReadOptions options = {}) {
  Read r;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { r.docs.push_back(std::move(d)); };
  cb.on_rejected = [&](Rejected&& x) { r.rejected.push_back(std::move(x)); };
  cb.on_repaired = [&](const Document&, size_t n) { r.repaired.push_back(n); };
  r.status = ReadDocuments(path, options, cb);
  return r;
}

class DocumentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("rasad_reader_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  fs::path dir_;
};

TEST_F(DocumentReaderTest, TextFileIdIsTheFileName) {
  const std::string text = "قال الوزير إن الوضع خطير.\nسطر ثان\n";
  std::string path = Write("خبر_1.txt", text);
  Read r = ReadAll(path);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "خبر_1.txt");
  EXPECT_EQ(r.docs[0].text, text);
  EXPECT_EQ(r.docs[0].origin, path);
  EXPECT_TRUE(r.rejected.empty());
}

TEST_F(DocumentReaderTest, JsonLines) {
  const std::string lines =
      "{\"id\": \"a1\", \"text\": \"قتل ٨٠ شخصا\", \"date\": \"2019-06-27\", \"source\": \"وكالة\"}\n"  // 1
      "{\"id\": \"bad\", \"text\": \n"                                                               // 2
      "\n"                                                                                           // 3
      "{\"id\": \"e1\", \"text\": \"  \"}\n"                                                        // 4
      "{\"id\":\"b\",\"text\":\"ab\xFF\"}\n"                                                         // 5
      "{\"id\": \"n1\"}\n"                                                                           // 6
      "[1, 2]\n"                                                                                     // 7
      "{\"text\": \"بلا معرف\"}\r\n"                                                                 // 8
      "{\"id\": 42, \"text\": \"رقم\", \"url\": \"https://example.org/ا\"}\n"                      // 9
      "{\"id\":\"c\",\"note\":\"\xED\xA0\x80\",\"text\":\"نص\"}\n"  // 10: a surrogate, in a field not read
      "{\"id\":\"d\",\"text\":\"\xC0\xAF\"\n";                    // 11: overlong, and the object is not closed
  std::string path = Write("news.jsonl", lines);
  Read r = ReadAll(path);
  ASSERT_TRUE(r.status.ok()) << r.status.message();

  struct Doc {
    std::string id, text, date, origin_line;
  };
  const Doc docs[] = {
      {"a1", "قتل ٨٠ شخصا", "2019-06-27", ":1"},
      {ContentHash("بلا معرف"), "بلا معرف", "", ":8"},
      {"42", "رقم", "", ":9"},
  };
  ASSERT_EQ(r.docs.size(), std::size(docs));
  for (size_t i = 0; i < std::size(docs); ++i) {
    EXPECT_EQ(r.docs[i].id, docs[i].id);
    EXPECT_EQ(r.docs[i].text, docs[i].text);
    EXPECT_EQ(r.docs[i].date, docs[i].date);
    EXPECT_EQ(r.docs[i].origin, path + docs[i].origin_line);
  }
  EXPECT_EQ(r.docs[0].source, "وكالة");
  EXPECT_EQ(r.docs[2].url, "https://example.org/ا");

  struct Rej {
    std::string origin_line;
    std::string reason_part;
  };
  const Rej rejected[] = {
      {":2", "malformed JSON"},
      {":4", "empty text"},
      {":5", "byte 20: invalid UTF-8 sequence (0xFF)"},  // {"id":"b","text":"ab is 20 bytes
      {":6", "missing string field \"text\""},
      {":7", "expected a JSON object"},
      {":10", "byte 18: invalid UTF-8 sequence (0xED)"},
      {":11", "byte 18: invalid UTF-8 sequence (0xC0)"},
  };
  ASSERT_EQ(r.rejected.size(), std::size(rejected));
  for (size_t i = 0; i < std::size(rejected); ++i) {
    EXPECT_EQ(r.rejected[i].origin, path + rejected[i].origin_line);
    EXPECT_NE(r.rejected[i].reason.find(rejected[i].reason_part), std::string::npos) << r.rejected[i].reason;
  }
}

TEST_F(DocumentReaderTest, LenientRepairsInsteadOfRejecting) {
  std::string jsonl = Write("x.jsonl", "{\"id\":\"b\",\"text\":\"ab\xFF\"}\n");
  Read r = ReadAll(jsonl, {InputFormat::kAuto, /*lenient=*/true});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "ab\uFFFD");
  EXPECT_TRUE(r.rejected.empty());
  EXPECT_EQ(r.repaired, std::vector<size_t>{1});

  std::string txt = Write("x.txt", "قال\xFF\xFE");
  Read strict = ReadAll(txt);
  ASSERT_EQ(strict.rejected.size(), 1u);
  EXPECT_EQ(strict.rejected[0].origin, txt);
  EXPECT_NE(strict.rejected[0].reason.find("byte 6: invalid UTF-8 sequence (0xFF)"), std::string::npos)
      << strict.rejected[0].reason;
  Read lenient = ReadAll(txt, {InputFormat::kAuto, true});
  ASSERT_EQ(lenient.docs.size(), 1u);
  EXPECT_EQ(lenient.docs[0].text, "قال\uFFFD\uFFFD");
  EXPECT_EQ(lenient.repaired, std::vector<size_t>{2});
}

TEST_F(DocumentReaderTest, FormatChoice) {
  // A .txt read as JSON Lines, and a .jsonl read as text.
  std::string txt = Write("a.txt", "{\"id\": \"j\", \"text\": \"نص\"}\n");
  Read as_jsonl = ReadAll(txt, {InputFormat::kJsonl, false});
  ASSERT_EQ(as_jsonl.docs.size(), 1u);
  EXPECT_EQ(as_jsonl.docs[0].id, "j");
  std::string jsonl = Write("b.jsonl", "نص عادي\n");
  Read as_text = ReadAll(jsonl, {InputFormat::kText, false});
  ASSERT_EQ(as_text.docs.size(), 1u);
  EXPECT_EQ(as_text.docs[0].id, "b.jsonl");

  struct FormatCase {
    const char* name;
    bool ok;
    InputFormat format;
  };
  const FormatCase cases[] = {{"auto", true, InputFormat::kAuto},
                              {"text", true, InputFormat::kText},
                              {"jsonl", true, InputFormat::kJsonl},
                              {"csv", true, InputFormat::kCsv},
                              {"xml", false, InputFormat::kAuto}};
  for (const FormatCase& c : cases) {
    Result<InputFormat> f = ParseInputFormat(c.name);
    EXPECT_EQ(f.ok(), c.ok) << c.name;
    if (c.ok && f.ok()) {
      EXPECT_EQ(*f, c.format) << c.name;
    }
  }
}

TEST_F(DocumentReaderTest, EmptyAndMissingFiles) {
  Read empty = ReadAll(Write("empty.txt", " \n\t\n"));
  EXPECT_TRUE(empty.docs.empty());
  ASSERT_EQ(empty.rejected.size(), 1u);
  EXPECT_EQ(empty.rejected[0].reason, "empty text");

  Read missing = ReadAll((dir_ / "missing.txt").string());
  EXPECT_FALSE(missing.status.ok());
  EXPECT_NE(missing.status.message().find("missing.txt"), std::string::npos) << missing.status.message();

  // A directory is read recursively: here it holds empty.txt, rejected again.
  Read directory = ReadAll(dir_.string());
  EXPECT_TRUE(directory.status.ok());
  bool saw_empty = false;
  for (const Rejected& r : directory.rejected) saw_empty = saw_empty || r.origin.find("empty.txt") != std::string::npos;
  EXPECT_TRUE(saw_empty);
}

TEST_F(DocumentReaderTest, StandardInput) {
  struct StdinCase {
    std::string input;
    InputFormat format;
    std::vector<std::string> texts;
  };
  const StdinCase cases[] = {
      {"قال الوزير\n", InputFormat::kAuto, {"قال الوزير\n"}},
      {"{\"id\":\"a\",\"text\":\"أ\"}\n{\"id\":\"b\",\"text\":\"ب\"}\n", InputFormat::kJsonl, {"أ", "ب"}},
  };
  for (const StdinCase& c : cases) {
    std::istringstream in(c.input);
    std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
    Read r = ReadAll("-", {c.format, false});
    std::cin.rdbuf(saved);
    std::cin.clear();
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.docs.size(), c.texts.size()) << c.input;
    for (size_t i = 0; i < c.texts.size(); ++i) EXPECT_EQ(r.docs[i].text, c.texts[i]);
    if (c.format == InputFormat::kAuto) {
      EXPECT_EQ(r.docs[0].origin, "<stdin>");
      EXPECT_EQ(r.docs[0].id, ContentHash(c.texts[0]));
    } else {
      EXPECT_EQ(r.docs[0].origin, "<stdin>:1");
    }
  }
}

// One record, field by field: escapes decoded, null as absent, a repeated key keeping its last value
// (as nlohmann-json keeps it), non-string values written as JSON, and the errors naming the byte.
TEST(ParseJsonlRecordTest, Fields) {
  struct Case {
    std::string line;
    std::string id, text, date, title;
  };
  const Case cases[] = {
      {R"({"id":"x","text":"\u0623\n\"\ud83d\ude00","date":null})", "x", "أ\n\"\U0001F600", "", ""},
      {R"({"text":"أول","id":"a","text":"ثان","date":"2019-06-27"})", "a", "ثان", "2019-06-27", ""},
      {R"({"id":"y","text":"نص","title":7,"extra":{"b":1}})", "y", "نص", "", "7"},
      {R"({"id":"z","text":"نص","title":[1,"ا"]})", "z", "نص", "", "[1,\"ا\"]"},
      {R"(  {"id":"w","text":"نص"}  )", "w", "نص", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    Result<Document> d = ParseJsonlRecord(c.line, "f.jsonl:1");
    ASSERT_TRUE(d.ok()) << d.status().message();
    EXPECT_EQ(d->id, c.id);
    EXPECT_EQ(d->text, c.text);
    EXPECT_EQ(d->date, c.date);
    EXPECT_EQ(d->title, c.title);
    EXPECT_EQ(d->origin, "f.jsonl:1");
  }
  struct Bad {
    std::string line, message;
  };
  const Bad bad[] = {
      {R"({"id":"a","text":null})", "f.jsonl:1: missing string field \"text\""},
      {R"({"id":"a","text":5})", "f.jsonl:1: missing string field \"text\""},
      // Byte 21 is the } where a key should follow the comma.
      {R"({"id":"a","text":"x",})", "f.jsonl:1: byte 21: malformed JSON"},
      // Byte 24 is the quote where the low half of the surrogate pair should be.
      {R"({"id":"a","text":"\ud800"})", "f.jsonl:1: byte 24: malformed JSON"},
      {R"("text")", "f.jsonl:1: expected a JSON object"},
  };
  for (const Bad& b : bad) {
    Result<Document> d = ParseJsonlRecord(b.line, "f.jsonl:1");
    ASSERT_FALSE(d.ok()) << b.line;
    EXPECT_EQ(d.status().message(), b.message) << b.line;
  }
}

TEST(ContentHashTest, StableFnv1a) {
  EXPECT_EQ(ContentHash(""), "cbf29ce484222325");  // the FNV-1a 64 offset basis
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(ContentHash("foobar"), "85944171f73967e8");  // the published FNV-1a 64 test vector
  // Longer than the hash's eight-byte turns, with a rest of two bytes (26 bytes; checked against a
  // separate byte-by-byte FNV-1a in Python).
  EXPECT_EQ(ContentHash("قتل ثلاثة جنود"), "0368f793cb7c5f0f");
  EXPECT_NE(ContentHash("أ"), ContentHash("ا"));
}

}  // namespace
}  // namespace rasad
