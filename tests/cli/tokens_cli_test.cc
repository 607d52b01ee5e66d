// `rasad tokens` as a user runs it: invalid UTF-8 is rejected with the file and byte offset (exit 1),
// or replaced with --lenient (exit 0); other documents are still printed. And `rasad entities` on dates.
#include <gtest/gtest.h>
#include <unistd.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "cli/cli_test_support.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;

using testing::CliRun;
using testing::Slurp;

class TokensCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("rasad_cli_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // Runs `rasad ARGS` through the shell (ARGS may hold redirections) and captures its output.
  CliRun Rasad(const std::string& args) { return testing::RunRasad(args, dir_); }

  fs::path dir_;
};

struct Case {
  std::string name;       // file written in the test directory ("" for none)
  std::string content;
  std::string args;       // after "rasad"; FILE stands for the file's path
  int exit_code;
  std::string in_stderr;  // "" to expect nothing on stderr; FILE as above
  std::string in_stdout;  // "" to expect nothing on stdout
};

const Case kCases[] = {
    // قال (6 bytes) and a space, then 0xFF at byte 7.
    {"خبر_معطوب.txt", "قال \xFF الوزير", "tokens 'FILE'", 1,
     "FILE: byte 7: invalid UTF-8 sequence (0xFF); use --lenient to replace it", ""},
    {"خبر_معطوب.txt", "قال \xFF الوزير", "tokens --lenient 'FILE'", 0,
     "FILE: replaced 1 invalid UTF-8 sequence(s) with U+FFFD",
     "\"kind\":\"symbol\",\"norm\":\"\xEF\xBF\xBD\",\"sentence\":0,\"span\":[7,10]"},
    // A truncated sequence at the end of the file.
    {"cut.txt", "قال\xD8", "tokens 'FILE'", 1, "FILE: byte 6: invalid UTF-8 sequence (0xD8)", ""},
    // JSON Lines: the bad line is named, the good one is still printed.
    {"news.jsonl", "{\"id\":\"ok\",\"text\":\"قال\"}\n{\"id\":\"b\",\"text\":\"ab\xC0\xAF\"}\n", "tokens 'FILE'", 1,
     "FILE:2: byte 20: invalid UTF-8 sequence (0xC0)", "\"doc_id\":\"ok\""},
    {"news.jsonl", "{\"id\":\"ok\",\"text\":\"قال\"}\n{\"id\":\"b\",\"text\":\"ab\xC0\xAF\"}\n", "tokens --lenient 'FILE'",
     0, "FILE:2: replaced 1 invalid UTF-8 sequence(s) with U+FFFD", "\"doc_id\":\"b\""},
    // Standard input.
    {"stdin.txt", "قال\xFF", "tokens - <'FILE'", 1, "<stdin>: byte 6: invalid UTF-8 sequence (0xFF)", ""},
    {"good.txt", "قال الوزير", "tokens 'FILE'", 0, "",
     "\"span\":[0,6],\"stem\":\"قال\",\"suffixes\":[],\"text\":\"قال\""},
};

std::string Substitute(std::string s, const std::string& path) {
  for (size_t at; (at = s.find("FILE")) != std::string::npos;) s.replace(at, 4, path);
  return s;
}

TEST_F(TokensCliTest, InvalidUtf8) {
  for (const Case& c : kCases) {
    std::string path = Write(c.name, c.content);
    CliRun r = Rasad(Substitute(c.args, path));
    SCOPED_TRACE(c.args + " on " + c.name);
    EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
    if (c.in_stderr.empty()) {
      EXPECT_EQ(r.err, "");
    } else {
      EXPECT_NE(r.err.find(Substitute(c.in_stderr, path)), std::string::npos) << r.err;
    }
    if (c.in_stdout.empty()) {
      EXPECT_EQ(r.out, "");
    } else {
      EXPECT_NE(r.out.find(c.in_stdout), std::string::npos) << r.out;
    }
  }
}

// `rasad entities` prints the dates a document writes, with the date each gives against the document
// date (2024-06-05; 12 May 2024 was a Sunday), and the numbers of a date are no quantities; a count of
// people stays one. Byte spans: يوم الأحد الموافق starts at byte 34, after 15 letters (2 bytes each) and 4 spaces.
TEST_F(TokensCliTest, EntitiesPrintsDatesNotTheirNumbersAsQuantities) {
  std::string path = Write("dated.jsonl",
                           "{\"id\":\"d\",\"date\":\"2024-06-05\",\"text\":\"قتل جنديان في هجوم يوم الأحد "
                           "الموافق 12 مايو 2024 وأصيب 3 مدنيين.\"}\n");
  CliRun r = Rasad("entities '" + path + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"يوم الأحد الموافق 12 مايو 2024\",\"type\":\"date\",\"value\":\"2024-05-12\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"span\":[34,83]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"text\":\"12\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"text\":\"2024\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"value\":1.0"), std::string::npos) << r.out;  // الأحد is no "one"
  EXPECT_NE(r.out.find("\"text\":\"3\",\"type\":\"quantity\""), std::string::npos) << r.out;
}

}  // namespace
}  // namespace rasad
