// Guards for the speed work of session 43 on the text layer (no reading changes; every row is a guard_
// that must pass before and after):
//   - Tokenize no longer copies each stem: out->stems begins as a copy of the matching form, and a token
//     whose stem is a run of its own bytes (a sign, a number, a Latin word, an Arabic word whole or
//     without its clitics) points there; a stem that is not (حكومته: حكومه, its ة restored) is written
//     after it, also when the word comes back from the cache;
//   - the word cache compares a word of up to 16 bytes by its length, its first and last eight bytes
//     and its final ة, in registers, and a longer one by its bytes too: words that share their first and
//     last eight bytes and differ inside, or in length, or in a final ة, are other word types;
//   - the normalizer copies a run of two-byte letters with one index for its input and its output: runs
//     that end at the text's end, before ASCII, before a three-byte letter, before a letter that folds;
//     a two-byte character that folds to one ASCII byte (، ٣) written in its main loop with its anchors;
//   - simdjson reads a JSON Lines line where it is (its string keeps the padding simdjson reads past the
//     end), lines longer and shorter than the one before, and ParseJsonlRecord's views, which it copies;
//   - ParseSimpleRecord picks a key's field by its length and one comparison.
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/document_reader.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Tok {
  const char* norm;
  const char* stem;
  uint8_t prefixes;  // Proclitic bits
  Enclitic suffix;
};

struct StemRow {
  const char* name;
  const char* input;
  std::vector<Tok> tokens;
};

constexpr auto kNone = Enclitic::kNone;

const StemRow kStemRows[] = {
    // Stems that are the whole token (a word, a sign, a number, a Latin word), the word after its
    // proclitics, the word before its enclitic.
    {"guard_stems_within_their_tokens",
     "قال وزير الدفاع، وجيشه 12 BBC.",
     {{"قال", "قال", 0, kNone},
      {"وزير", "وزير", 0, kNone},
      {"الدفاع", "دفاع", kProAl, kNone},
      {",", ",", 0, kNone},
      {"وجيشه", "جيش", kProWa, Enclitic::kHu},
      {"12", "12", 0, kNone},
      {"bbc", "bbc", 0, kNone},
      {".", ".", 0, kNone}}},
    // حكومته: حكومة's ة written ت before the pronoun; the stem حكومه is no run of the word's bytes. The
    // same word three times (the second and third from the cache) and once with و, between words whose
    // stems lie in their tokens.
    {"guard_restored_stems_written_after_the_text",
     "انتقد حكومته ثم حكومته ووزراء حكومته وحكومته",
     {{"انتقد", "انتقد", 0, kNone},
      {"حكومته", "حكومه", 0, Enclitic::kHu},
      {"ثم", "ثم", 0, kNone},
      {"حكومته", "حكومه", 0, Enclitic::kHu},
      {"ووزراء", "وزراء", kProWa, kNone},
      {"حكومته", "حكومه", 0, Enclitic::kHu},
      {"وحكومته", "حكومه", kProWa, Enclitic::kHu}}},
};

TEST(SpeedText43Test, StemsWithoutACopyEach) {
  RASAD_REQUIRE_HUNSPELL();
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  testing::ExpectTokenRows(analyzer, kStemRows);
}

// Word types of words that the cache's head and tail alone would confuse: ten letters (20 bytes) that
// share their first and last four letters and differ in the middle; nine and eleven letters with the
// same first and last four; a long word with a final ة and the same with ه; and the short words whose
// bytes the head and tail hold whole (one, two, four and eight letters). Each comes back in the text
// and in a second text, with its own type.
TEST(SpeedText43Test, guard_WordTypesOfWordsThatShareTheirEnds) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  const std::vector<std::string> words = {
      "ثجحخدذزشصض", "ثجحخذدزشصض", "ثجحخدزشصض", "ثجحخددذزشصض", "ثجحخدذزشصة", "ثجحخدذزشصه",
      "ث",          "ج",          "ثج",         "جث",          "ثجحخ",       "ثجحد",
      "ثجحخدذزش",   "ثجحخدذزض",   "ثجحخدذزة",   "ثجحخدذزه",
  };
  std::string text;
  for (const std::string& w : words) text += w + " ";
  for (const std::string& w : words) text += w + " ";
  AnalyzedText a = analyzer.Analyze(text);
  AnalyzedText b = analyzer.Analyze(text);
  const size_t n = words.size();
  ASSERT_EQ(a.tokens.size(), 2 * n);
  ASSERT_EQ(a.type_generation, b.type_generation);
  for (size_t i = 0; i < n; ++i) {
    SCOPED_TRACE(words[i]);
    EXPECT_EQ(a.Text(a.tokens[i]), words[i]);
    EXPECT_EQ(a.tokens[n + i].type, a.tokens[i].type);
    EXPECT_EQ(b.tokens[i].type, a.tokens[i].type);
    for (size_t j = 0; j < i; ++j) EXPECT_NE(a.tokens[j].type, a.tokens[i].type) << words[j];
  }
}

struct NormRow {
  const char* name;
  const char* input;
  const char* norm;
};

const NormRow kNormRows[] = {
    {"guard_run_to_the_text_end", "قال", "قال"},
    {"guard_run_before_ascii", "قالa غزةb", "قالa غزهb"},
    {"guard_ascii_before_run", "aقال", "aقال"},
    // € (three bytes, kept) and ٣ (two bytes, folded to one) end a run; the run after each goes on.
    {"guard_run_before_three_bytes_and_a_fold", "قال€قال٣قال", "قال€قال3قال"},
    // أ folds to another two-byte letter: in the run, not its end.
    {"guard_folds_within_the_run", "أحمد وإيران", "احمد وايران"},
};

TEST(SpeedText43Test, NormalizerRuns) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  for (const NormRow& row : kNormRows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(n.Normalize(row.input), row.norm);
    std::string out;
    CompactOffsetMap map;
    n.Normalize("ب ", 0, &out, &map);
    n.Normalize(row.input, 3, &out, &map);
    EXPECT_EQ(out, std::string("ب ") + row.norm);
    EXPECT_EQ(map.At(out, static_cast<uint32_t>(out.size())), 3 + std::string_view(row.input).size());
  }
}

// Two-byte characters that fold to one ASCII byte (، ٣, the no-break space) are written by the
// normalizer's main loop: each is a flat stretch of the map, and the text after it maps back byte for
// byte again. Offsets worked out by hand: قال is bytes 0-5, ، 6-7, the space 8, ٣ 9-10, the space 11,
// غزة 12-17; in the matching form , is byte 6, the space 7, 3 byte 8, the space 9, غ byte 10.
TEST(SpeedText43Test, guard_FoldsToOneAsciiByteKeepTheMap) {
  const ArabicNormalizer& n = ArabicNormalizer::Get();
  const std::string input = "قال، ٣ غزة";
  std::string out;
  CompactOffsetMap map;
  n.Normalize(input, 0, &out, &map);
  EXPECT_EQ(out, "قال, 3 غزه");
  const std::vector<std::pair<uint32_t, uint32_t>> norm_to_orig = {
      {0, 0}, {4, 4}, {6, 6}, {7, 8}, {8, 9}, {9, 11}, {10, 12}, {14, 16}, {16, 18}};
  for (auto [norm, orig] : norm_to_orig) EXPECT_EQ(map.At(out, norm), orig) << norm;
  std::string nbsp_out;
  CompactOffsetMap nbsp_map;
  n.Normalize("a\u00A0b", 0, &nbsp_out, &nbsp_map);
  EXPECT_EQ(nbsp_out, "a b");
  EXPECT_EQ(nbsp_map.At(nbsp_out, 1), 1u);
  EXPECT_EQ(nbsp_map.At(nbsp_out, 2), 3u);
}

// JSON Lines read where they are: a short line, one far longer (the line's string grows), short ones
// after it, one with escapes, one ending in \r, and one whose text ends the line's bytes exactly at
// the end of the file (no newline).
TEST(SpeedText43Test, guard_JsonLinesReadWhereTheyAre) {
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "قصف الجيش مواقع في غزة. ";
  const std::string path =
      (std::filesystem::temp_directory_path() / ("rasad_speedtext43_" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  {
    std::ofstream f(path, std::ios::binary);
    f << R"({"id": "a", "text": "قال"})" << "\n"
      << R"({"id": "b", "text": ")" << long_text << R"("})" << "\n"
      << R"({"text": "غزة", "id": "c"})" << "\n"
      << R"({"id": "d", "text": "سطر\nثان \"مقتبس\" \u0627"})" << "\n"
      << "{\"id\": \"e\", \"text\": \"رفح\"}\r\n"
      << R"({"id": "f", "date": "2024-05-01", "text": "ب"})";
  }
  std::vector<Document> docs;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { docs.push_back(d); };
  cb.on_rejected = [&](Rejected&& r) { ADD_FAILURE() << r.origin << ": " << r.reason; };
  Status s = ReadDocuments(path, ReadOptions{}, cb);
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(docs.size(), 6u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].text, "قال");
  EXPECT_EQ(docs[1].id, "b");
  EXPECT_EQ(docs[1].text, long_text);
  EXPECT_EQ(docs[2].id, "c");
  EXPECT_EQ(docs[2].text, "غزة");
  EXPECT_EQ(docs[3].text, "سطر\nثان \"مقتبس\" ا");
  EXPECT_EQ(docs[4].text, "رفح");
  EXPECT_EQ(docs[4].origin, path + ":5");
  EXPECT_EQ(docs[5].text, "ب");
  EXPECT_EQ(docs[5].date, "2024-05-01");
}

// The fields of a record, picked by the key's length and one comparison: every field rasad reads, keys
// of the same lengths that it does not read (name, lang, topic, author), a null in a field (empty), a
// repeated key (the last value), a number where a string is read (the slower parser renders it), and
// records without a string text (rejected).
TEST(SpeedText43Test, guard_JsonlRecordFields) {
  struct Row {
    const char* name;
    const char* line;
    bool ok;
    const char* id;
    const char* text;
    const char* date;
    const char* title;
    const char* source;
    const char* url;
  };
  const Row rows[] = {
      {"guard_every_field",
       R"({"url": "u", "source": "s", "title": "t", "date": "2024-05-01", "text": "قصف", "id": "i"})", true, "i",
       "قصف", "2024-05-01", "t", "s", "u"},
      {"guard_keys_of_the_same_lengths_not_read",
       R"({"ab": "x", "lang": "ar", "name": "n", "topic": "p", "author": "a", "rel": "r", "text": "غزة", "id": "j"})",
       true, "j", "غزة", "", "", "", ""},
      {"guard_nulls_and_a_repeated_key",
       R"({"id": "k", "text": "أ", "title": null, "date": null, "text": "ب"})", true, "k", "ب", "", "", "", ""},
      {"guard_number_id_read_by_the_slower_parser", R"({"id": 5, "text": "ج"})", true, "5", "ج", "", "", "", ""},
      {"guard_null_text_rejected", R"({"id": "m", "text": null})", false, "", "", "", "", "", ""},
      {"guard_no_text_rejected", R"({"id": "m", "texts": "د"})", false, "", "", "", "", "", ""},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    Result<Document> d = ParseJsonlRecord(row.line, "f:1");
    ASSERT_EQ(d.ok(), row.ok);
    if (!row.ok) continue;
    EXPECT_EQ(d.value().id, row.id);
    EXPECT_EQ(d.value().text, row.text);
    EXPECT_EQ(d.value().date, row.date);
    EXPECT_EQ(d.value().title, row.title);
    EXPECT_EQ(d.value().source, row.source);
    EXPECT_EQ(d.value().url, row.url);
  }
}

TEST(SpeedText43Test, guard_JsonlRecordFromAView) {
  // The record is the middle of a longer string: the view ends before its bytes do.
  const std::string bytes = std::string("xx") + R"({"id": "v", "text": "قصف"})" + "yy";
  const std::string_view line = std::string_view(bytes).substr(2, bytes.size() - 4);
  Result<Document> d = ParseJsonlRecord(line, "view:1");
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d.value().id, "v");
  EXPECT_EQ(d.value().text, "قصف");
  EXPECT_EQ(d.value().origin, "view:1");
}

}  // namespace
}  // namespace rasad
