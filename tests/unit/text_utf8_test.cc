// UTF-8 validation and repair (text/utf8.h): which byte is named, and what --lenient replaces.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace rasad {
namespace {

constexpr size_t kValid = std::string_view::npos;

struct ValidateCase {
  std::string input;
  size_t bad_offset;  // kValid when the input is valid
  const char* why;
};

const ValidateCase kValidateCases[] = {
    {"", kValid, "empty"},
    {"abc", kValid, "ASCII"},
    {"مرحبا بالعالم", kValid, "Arabic, two-byte sequences"},
    {"\xE2\x80\xA6", kValid, "… U+2026, three bytes"},
    {"\xF0\x9F\x98\x80", kValid, "U+1F600, four bytes"},
    {"\xEF\xBF\xBD", kValid, "U+FFFD itself"},
    {"\xF4\x8F\xBF\xBF", kValid, "U+10FFFF, the last code point"},
    {"\xED\x9F\xBF", kValid, "U+D7FF, just below the surrogates"},
    {"ab\xFF", 2, "0xFF is never UTF-8"},
    {"\x80", 0, "lone continuation byte"},
    {"abcdefgh\x80", 8, "after an 8-byte ASCII run (fast path)"},
    {"abcdefghijklmnop\xC3", 16, "truncated after two ASCII words"},
    {"\xC0\xAF", 0, "overlong '/' in two bytes"},
    {"\xC1\xBF", 0, "overlong in two bytes"},
    {"\xE0\x80\xAF", 0, "overlong '/' in three bytes"},
    {"\xF0\x80\x80\xAF", 0, "overlong '/' in four bytes"},
    {"\xED\xA0\x80", 0, "high surrogate U+D800"},
    {"\xED\xBF\xBF", 0, "low surrogate U+DFFF"},
    {"\xF4\x90\x80\x80", 0, "U+110000, beyond Unicode"},
    {"\xF5\x80\x80\x80", 0, "0xF5 lead byte"},
    {"ب\xD8", 2, "Arabic letter cut after its lead byte"},
    {"بت\xD8x", 4, "a lead byte followed by ASCII after a run of Arabic letters"},
    {"بب\x80", 4, "a stray continuation byte after a run of Arabic letters"},
    {"ب \xDF\xDF", 3, "a two-byte lead byte followed by another lead byte"},
    {"ب\xC1\xBF", 2, "an overlong two-byte sequence after an Arabic letter"},
    {"\xE2\x80", 0, "three-byte sequence cut short"},
    {"\xE2\x80x", 0, "three-byte sequence interrupted by ASCII"},
    {"قال \xF0\x9F\x98", 7, "four-byte sequence cut short at the end"},
    {"مرحبا بالعالم الآن", kValid, "Arabic words longer than four letters (four two-byte sequences at a time)"},
    {"بببب\xC1\xBFببب", 8, "an overlong lead byte inside a run of eight two-byte sequences"},
    {"بب\xC0\x80بببببب", 4, "an overlong C0 inside the first four letters of a run"},
    {"ببب\xD8\xD8ببببب", 6, "a lead byte followed by another lead byte inside a run of letters"},
    {"ببببببب\xD8", 14, "a run of seven letters cut after a lead byte"},
};

TEST(Utf8Test, FindInvalidUtf8NamesTheFirstBadByte) {
  for (const ValidateCase& c : kValidateCases) {
    EXPECT_EQ(FindInvalidUtf8(c.input), c.bad_offset) << c.why;
    EXPECT_EQ(ValidateUtf8(c.input, "doc").ok(), c.bad_offset == kValid) << c.why;
  }
}

TEST(Utf8Test, ValidateUtf8MessageNamesDocumentOffsetAndByte) {
  struct Case {
    std::string input;
    std::string message;
  };
  const Case cases[] = {
      {"ab\xFF", "news.txt: byte 2: invalid UTF-8 sequence (0xFF)"},
      {"ب\xD8", "news.txt: byte 2: invalid UTF-8 sequence (0xD8)"},
      {"\xED\xA0\x80", "news.txt: byte 0: invalid UTF-8 sequence (0xED)"},
      {"abcdefgh\x80", "news.txt: byte 8: invalid UTF-8 sequence (0x80)"},
  };
  for (const Case& c : cases) EXPECT_EQ(ValidateUtf8(c.input, "news.txt").message(), c.message);
}

TEST(Utf8Test, RepairReplacesEachInvalidSequenceOnce) {
  struct Case {
    std::string input;
    std::string repaired;
    size_t replaced;
  };
  // One U+FFFD per invalid lead byte together with the continuation bytes that follow it.
  const Case cases[] = {
      {"", "", 0},
      {"قال الوزير", "قال الوزير", 0},
      {"ab\xFF" "cd", "ab\uFFFDcd", 1},
      {"\xFF\xFE", "\uFFFD\uFFFD", 2},
      {"a\x80\x80\x80" "b", "a\uFFFDb", 1},
      {"\xC0\xAF", "\uFFFD", 1},
      {"\xED\xA0\x80", "\uFFFD", 1},
      {"\xE2\x82x", "\uFFFDx", 1},
      {"ب\xD8", "ب\uFFFD", 1},
      {"\xF0\x9F\x98\xF0\x9F\x98\x80", "\uFFFD\U0001F600", 1},
      {"\xFF" "قال" "\xFF", "\uFFFDقال\uFFFD", 2},
  };
  for (const Case& c : cases) {
    std::string text = c.input;
    EXPECT_EQ(RepairUtf8(&text), c.replaced) << c.repaired;
    EXPECT_EQ(text, c.repaired);
    EXPECT_EQ(FindInvalidUtf8(text), kValid) << c.repaired;
  }
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  struct Case {
    std::string bytes;
    char32_t cp;
  };
  const Case cases[] = {
      {"A", U'A'}, {"ب", U'\u0628'}, {"\xEF\xBB\xBB", U'\uFEFB'}, {"\xF0\x9F\x98\x80", U'\U0001F600'},
  };
  for (const Case& c : cases) {
    const auto* p = reinterpret_cast<const unsigned char*>(c.bytes.data());
    char32_t cp = 0;
    EXPECT_EQ(DecodeUtf8(p, p + c.bytes.size(), &cp), static_cast<int>(c.bytes.size()));
    EXPECT_EQ(cp, c.cp);
    std::string out;
    AppendUtf8(c.cp, &out);
    EXPECT_EQ(out, c.bytes);
  }
}

}  // namespace
}  // namespace rasad
