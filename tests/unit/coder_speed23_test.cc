// Guards for the speed work of session 23: the JSON writer's 16-byte paths (short strings tested and
// copied as one block, long strings copied while they are tested) and the reuse of memory between
// documents. Each expected record was written by hand from the JSON rules (RFC 8259: a quote, a
// backslash and the bytes below 0x20 escaped, \n \r \t by their short forms, the rest as \u00xx).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "coder/event_json.h"
#include "text/document_reader.h"

namespace rasad {
namespace {

// The JSON string for `s`, written byte by byte (the expectation the fast writer must meet).
std::string JsonQuoted(const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 15];
    else out += ch;
  }
  return out + "\"";
}

std::string Line(const Event& e) {
  std::string line;
  AppendEventJson(e, &line);
  return line;
}

TEST(Speed23JsonTest, HandWrittenRecordsOfShortStrings) {
  // (name, cameo, its JSON as written by hand)
  struct Row {
    const char* name;
    std::string cameo;
    const char* json;
  };
  const Row rows[] = {
      {"empty", "", R"("cameo":"")"},
      {"code", "190", R"("cameo":"190")"},
      {"fifteen bytes", "abcdefghijklmno", R"("cameo":"abcdefghijklmno")"},
      {"sixteen bytes", "abcdefghijklmnop", R"("cameo":"abcdefghijklmnop")"},
      {"seventeen bytes", "abcdefghijklmnopq", R"("cameo":"abcdefghijklmnopq")"},
      {"quote first", "\"19", R"("cameo":"\"19")"},
      {"backslash last of fifteen", "abcdefghijklmn\\", R"("cameo":"abcdefghijklmn\\")"},
      {"tab in the middle", "19\t0", R"("cameo":"19\t0")"},
      {"control byte", std::string("1\x01") + "9", R"("cameo":"1\u00019")"},
      {"Arabic, six letters (12 bytes)", "قصفتهم", R"("cameo":"قصفتهم")"},
      {"Arabic, eight letters (16 bytes)", "والقصفات", R"("cameo":"والقصفات")"},
  };
  for (const Row& r : rows) {
    Event e;
    e.cameo = r.cameo;
    const std::string line = Line(e);
    EXPECT_NE(line.find(std::string("{") + r.json + ","), std::string::npos) << r.name << ": " << line;
  }
}

TEST(Speed23JsonTest, ShortStringsAtEveryLengthAndEscapeOffset) {
  // Strings of 0 to 40 bytes in short fields (country, sector, date, doc id), plain and with each
  // byte that needs an escape at every offset; the record parses back to the same strings and holds
  // each one written as JsonQuoted writes it.
  const std::string specials[] = {"\"", "\\", "\n", "\r", "\t", std::string(1, '\x01'), std::string(1, '\x1f'), ""};
  for (const std::string& special : specials) {
    for (size_t n = 0; n <= 40; ++n) {
      for (size_t at = 0; at <= n; ++at) {
        std::string s(n, 'x');
        if (!special.empty()) s.insert(at, special);
        if (s.empty()) continue;  // (an empty country or sector is written as null)
        Event e;
        e.doc_id = s;
        e.date = s + "y";
        e.source = EventActor{};
        e.source->country = s;
        e.source->sector = "z" + s;
        e.source->text = "مسلحون";
        const std::string line = Line(e);
        EXPECT_NE(line.find("\"doc_id\":" + JsonQuoted(s) + ","), std::string::npos) << n << " " << at << line;
        EXPECT_NE(line.find("\"date\":" + JsonQuoted(s + "y") + ","), std::string::npos) << n << " " << at;
        EXPECT_NE(line.find("\"country\":" + JsonQuoted(s) + ","), std::string::npos) << n << " " << at;
        EXPECT_NE(line.find("\"sector\":" + JsonQuoted("z" + s) + ","), std::string::npos) << n << " " << at;
        nlohmann::json j = nlohmann::json::parse(line);
        EXPECT_EQ(j["source"]["country"], s);
        EXPECT_EQ(j["source"]["text"], "مسلحون");
        if (special.empty()) break;
      }
    }
  }
}

TEST(Speed23JsonTest, BytesPastAShortStringsEndAreNotWritten) {
  // A string cut short keeps its old bytes past its end (here quotes and backslashes, which would be
  // escaped if read as part of it); only its own bytes are written.
  std::string cut(40, '"');
  cut.replace(0, 3, "MIL");
  cut.resize(3);  // heap buffer of 40 bytes, size 3
  std::string local = "ISR\\\\\\\\\\\\\\\\\\\\";
  local.resize(3);  // its own buffer, size 3
  Event e;
  e.source = EventActor{};
  e.source->sector = cut;
  e.source->country = local;
  e.source->actor_id = local + cut;
  const std::string line = Line(e);
  EXPECT_NE(line.find(R"({"actor_id":"ISRMIL","country":"ISR",)"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("sector":"MIL",)"), std::string::npos) << line;
}

TEST(Speed23JsonTest, LongStringsAtEveryLength) {
  // 16 to 80 bytes (Arabic and ASCII mixed), plain and with one byte to escape at every offset; the
  // writer copies 16 bytes at a time and the last block overlaps the one before.
  for (size_t n = 16; n <= 80; ++n) {
    std::string plain;
    while (plain.size() < n) plain += plain.size() % 3 == 0 ? std::string("ق") : std::string("a");
    plain.resize(n);  // (may cut a letter: bytes are written as they are)
    for (size_t at = 0; at <= n; ++at) {
      for (const char* special : {"", "\"", "\\", "\n"}) {
        if (*special == '\0' && at > 0) continue;  // (plain: once per length)
        std::string s = plain;
        s.insert(at, special);
        Event e;
        e.evidence = s;
        e.trigger_text = s;
        const std::string line = Line(e);
        EXPECT_NE(line.find("\"evidence\":" + JsonQuoted(s) + ","), std::string::npos) << n << " " << at;
        EXPECT_NE(line.find("\"text\":" + JsonQuoted(s) + "}}"), std::string::npos) << n << " " << at;
      }
    }
  }
}

TEST(Speed23JsonTest, WholeNumbersAcrossTheirDigitCounts) {
  // Offsets, sentence numbers and counts below 10,000 are written from a table of digit pairs, the
  // others by to_chars: each count of digits on both sides of the boundary, by hand.
  const std::pair<int64_t, const char*> rows[] = {
      {0, "0"},          {7, "7"},          {9, "9"},           {10, "10"},         {42, "42"},
      {99, "99"},        {100, "100"},      {305, "305"},       {999, "999"},       {1000, "1000"},
      {1207, "1207"},    {9999, "9999"},    {10000, "10000"},   {123456, "123456"}, {-1, "-1"},
      {-10000, "-10000"}, {4294967296, "4294967296"}, {INT64_MIN, "-9223372036854775808"},
      {INT64_MAX, "9223372036854775807"},
  };
  for (const auto& [value, text] : rows) {
    Event e;
    e.fatalities = value;
    e.sentence = value >= 0 && value < 100000 ? static_cast<uint32_t>(value) : 5;
    e.trigger_begin = 12;
    e.trigger_end = e.sentence;
    const std::string line = Line(e);
    EXPECT_NE(line.find(std::string("\"fatalities\":") + text + ","), std::string::npos) << line;
    if (value >= 0 && value < 100000) {
      EXPECT_NE(line.find(std::string("\"sentence\":") + text + ","), std::string::npos) << line;
      EXPECT_NE(line.find(std::string("\"span\":[12,") + text + "]"), std::string::npos) << line;
    }
  }
}

TEST(Speed23JsonTest, RecordsAppendedOneAfterAnother) {
  // Two records written into one line buffer, as `rasad code` writes a document's events: the second
  // record starts right after the first, whatever the first left in the room past its end.
  Event a;
  a.cameo = "190";
  a.evidence = std::string(100, 'x') + "\"";
  Event b;
  b.cameo = "01";
  std::string line;
  AppendEventJson(a, &line);
  line.push_back('\n');
  const size_t second = line.size();
  AppendEventJson(b, &line);
  EXPECT_EQ(line.substr(second, 16), R"({"cameo":"01","c)");
  EXPECT_EQ(nlohmann::json::parse(line.substr(0, second - 1))["evidence"], a.evidence);
  EXPECT_EQ(nlohmann::json::parse(line.substr(second))["cameo"], "01");
}

TEST(Speed23ContentHashTest, PublishedFnv1aVectors) {
  // FNV-1a 64 test vectors as published with the algorithm, written as 16 lower-case hex digits:
  // every byte of the hash goes through the table of digit pairs.
  EXPECT_EQ(ContentHash("foobar"), "85944171f73967e8");
  EXPECT_EQ(ContentHash("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(ContentHash(""), "cbf29ce484222325");
}

}  // namespace
}  // namespace rasad
