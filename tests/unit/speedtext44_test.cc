// Guards for the speed work of session 44 on the text layer (no reading changes; every row is a guard_
// that must pass before and after):
//   - Tokenize reads the text from out->stems, a copy of the matching form that a NUL byte ends, so that
//     its loops over a word's letters test no end: words, numbers, Latin words, a mark, a three-byte
//     character and a stop at the very end of the text, a NUL inside the input, empty texts; the stems
//     that are no run of their word (حكومته: حكومه) written after that NUL, once the text is read;
//   - JSON Lines are read in blocks (LineReader) instead of with std::getline: lines that cross the
//     blocks' bounds, a line longer than two blocks, blank lines, CR LF, a last line without a newline,
//     and the line numbers of every document; standard input still read a line at a time;
//   - the number words are looked up in a FlatStringIndex instead of an unordered_map: counts of
//     words, scales, vague quantifiers, measures and bounds, and a word listed twice (اثنين، إثنين).
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/document_reader.h"
#include "text/number_words.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Tok {
  std::string_view text;  // as written
  const char* norm;
  uint32_t begin, end;  // bytes of the original
};

struct TokenRow {
  const char* name;
  std::string input;
  std::vector<Tok> tokens;
};

// Arabic letters are two bytes each; € three; the fatha two.
const TokenRow kTokenRows[] = {
    {"guard_word_at_the_text_end", "قتل جنديان", {{"قتل", "قتل", 0, 6}, {"جنديان", "جنديان", 7, 19}}},
    {"guard_ta_marbuta_at_the_text_end", "في غزة", {{"في", "في", 0, 4}, {"غزة", "غزه", 5, 11}}},
    // The presentation form of ة (U+FE93, three bytes) folds to the two bytes of ه.
    {"guard_ta_marbuta_form_at_the_text_end", "غزﺓ", {{"غزﺓ", "غزه", 0, 7}}},
    {"guard_mark_after_the_last_letter", "قتلَ", {{"قتلَ", "قتل", 0, 8}}},
    {"guard_one_letter_text", "ب", {{"ب", "ب", 0, 2}}},
    {"guard_number_at_the_text_end", "قتل 12", {{"قتل", "قتل", 0, 6}, {"12", "12", 7, 9}}},
    {"guard_latin_at_the_text_end", "قال BBC", {{"قال", "قال", 0, 6}, {"BBC", "bbc", 7, 10}}},
    {"guard_stop_after_the_last_word", "قال.", {{"قال", "قال", 0, 6}, {".", ".", 6, 7}}},
    {"guard_three_byte_sign_after_the_last_word", "قال€", {{"قال", "قال", 0, 6}, {"€", "€", 6, 9}}},
    {"guard_spaces_and_a_line_break_after_the_last_word", "قال  \n", {{"قال", "قال", 0, 6}}},
    // A NUL inside the text never reaches the tokenizer: the normalizer drops it (FoldArabic's 0 is
    // "drop"), and the letters on both sides make one word, which spans the NUL.
    {"guard_nul_inside_the_text", std::string("قال\0غزة", 13), {{std::string_view("قال\0غزة", 13), "قالغزه", 0, 13}}},
    {"guard_empty_text", "", {}},
    {"guard_spaces_only", "   ", {}},
};

TEST(SpeedText44Test, TokensAtTheTextEnd) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const TokenRow& row : kTokenRows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    ASSERT_EQ(t.tokens.size(), row.tokens.size());
    for (size_t i = 0; i < row.tokens.size(); ++i) {
      const Token& got = t.tokens[i];
      const Tok& want = row.tokens[i];
      EXPECT_EQ(t.Text(got), want.text) << i;
      EXPECT_EQ(t.Norm(got), want.norm) << i;
      EXPECT_EQ(got.begin, want.begin) << i;
      EXPECT_EQ(got.end, want.end) << i;
      EXPECT_LE(size_t{got.stem_offset} + got.stem_length, t.stems.size()) << i;
    }
  }
}

// غزة is one word type at the end of a text and inside it, bare or as its presentation form; غزه
// (written with ه) is another.
TEST(SpeedText44Test, guard_TaMarbutaTypeAtTheTextEnd) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText inside = analyzer.Analyze("غزة قصفت");
  AnalyzedText at_end = analyzer.Analyze("قصفت غزة");
  AnalyzedText form = analyzer.Analyze("قصفت غزﺓ");
  AnalyzedText ha = analyzer.Analyze("قصفت غزه");
  ASSERT_EQ(inside.tokens.size(), 2u);
  ASSERT_EQ(at_end.tokens.size(), 2u);
  ASSERT_EQ(form.tokens.size(), 2u);
  ASSERT_EQ(ha.tokens.size(), 2u);
  EXPECT_EQ(at_end.tokens[1].type, inside.tokens[0].type);
  EXPECT_EQ(form.tokens[1].type, inside.tokens[0].type);
  EXPECT_NE(ha.tokens[1].type, inside.tokens[0].type);
  EXPECT_EQ(at_end.tokens[0].type, inside.tokens[1].type);
}

// Stems that are no run of their word (حكومته: حكومه, its ة restored before the pronoun) lie after the
// matching form and its NUL, in the order of their tokens; the other stems lie in their tokens. The
// word last in the text, twice in a text, and with و.
TEST(SpeedText44Test, guard_RestoredStemsAfterTheText) {
  RASAD_REQUIRE_HUNSPELL();
  const TextResources* res = testing::Resources(true);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  struct Row {
    const char* name;
    const char* input;
    std::vector<const char*> stems;
    std::vector<bool> restored;  // the stem lies after the text
  };
  const Row rows[] = {
      {"guard_restored_stem_last", "انتقد حكومته", {"انتقد", "حكومه"}, {false, true}},
      {"guard_two_restored_stems", "حكومته وحكومته قالت", {"حكومه", "حكومه", "قالت"}, {true, true, false}},
      {"guard_restored_stem_before_a_stop", "والوزير في حكومته.", {"وزير", "في", "حكومه", "."},
       {false, false, true, false}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    ASSERT_EQ(t.tokens.size(), row.stems.size());
    uint32_t last_restored = 0;
    for (size_t i = 0; i < row.stems.size(); ++i) {
      const Token& got = t.tokens[i];
      EXPECT_EQ(t.Stem(got), row.stems[i]) << i;
      EXPECT_LE(size_t{got.stem_offset} + got.stem_length, t.stems.size()) << i;
      if (row.restored[i]) {
        EXPECT_GT(got.stem_offset, t.norm.size()) << i;
        EXPECT_GE(got.stem_offset, last_restored) << i;
        last_restored = got.stem_offset + got.stem_length;
      } else {
        EXPECT_LT(got.stem_offset, t.norm.size()) << i;
      }
    }
  }
}

// Lines of every length around the 64 KB blocks of the reader: 400 records of 100 to 900 bytes (the
// bounds fall inside lines), a record of about 300 KB (more than two blocks, read after the block
// grows), blank and white lines between them, a record ending in CR LF, and a last line without a
// newline. Every document comes back whole, with its line number in its origin.
TEST(SpeedText44Test, guard_JsonLinesAcrossTheReadersBlocks) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("rasad_speedtext44_" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  struct Want {
    std::string id, text;
    size_t line;
  };
  std::vector<Want> want;
  {
    std::ofstream f(path, std::ios::binary);
    size_t line = 0;
    auto record = [&](const std::string& id, const std::string& text, const char* end) {
      f << R"({"id": ")" << id << R"(", "text": ")" << text << R"("})" << end;
      want.push_back({id, text, ++line});
    };
    for (int i = 0; i < 400; ++i) {
      const std::string number = std::to_string(i);
      std::string text;
      for (int k = 0; k < 1 + (i * 7) % 17; ++k) text.append("قصف الجيش مواقع ").append(number).append(". ");
      std::string id = "r";
      id += number;
      record(id, text, "\n");
      if (i % 50 == 0) {
        f << "\n \t\n";
        line += 2;
      }
      if (i == 200) {
        std::string long_text;
        for (int k = 0; k < 6000; ++k) long_text += "تظاهر الآلاف في المدينة. ";
        record("long", long_text, "\n");
      }
    }
    record("crlf", "اعتقلت القوات مسلحين.", "\r\n");
    record("last", "وصل الوزير.", "");
  }
  std::vector<Document> docs;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { docs.push_back(d); };
  cb.on_rejected = [&](Rejected&& r) { ADD_FAILURE() << r.origin << ": " << r.reason; };
  Status s = ReadDocuments(path, ReadOptions{}, cb);
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(docs.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(docs[i].id, want[i].id);
    EXPECT_EQ(docs[i].text, want[i].text);
    EXPECT_EQ(docs[i].origin, path + ":" + std::to_string(want[i].line));
  }
}

// A malformed line and a line of invalid UTF-8 between good ones, read in blocks: each rejected with
// its line number, the lines after them read.
TEST(SpeedText44Test, guard_BadLinesBetweenGoodOnes) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("rasad_speedtext44b_" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  {
    std::ofstream f(path, std::ios::binary);
    f << R"({"id": "a", "text": "قال"})" << "\n"
      << R"({"id": "b", "text": "x" )" << "\n"
      << "{\"id\": \"c\", \"text\": \"\xFF\"}\n"
      << R"({"id": "d", "text": "غزة"})" << "\n";
  }
  std::vector<Document> docs;
  std::vector<Rejected> rejected;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { docs.push_back(d); };
  cb.on_rejected = [&](Rejected&& r) { rejected.push_back(r); };
  Status s = ReadDocuments(path, ReadOptions{}, cb);
  std::filesystem::remove(path);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[1].id, "d");
  EXPECT_EQ(docs[1].origin, path + ":4");
  ASSERT_EQ(rejected.size(), 2u);
  EXPECT_EQ(rejected[0].origin, path + ":2");
  EXPECT_EQ(rejected[0].reason, "byte 24: malformed JSON");
  EXPECT_EQ(rejected[0].raw, R"({"id": "b", "text": "x" )");
  EXPECT_EQ(rejected[1].origin, path + ":3");
  EXPECT_EQ(rejected[1].reason, "byte 21: invalid UTF-8 sequence (0xFF); use --lenient to replace it");
}

// Standard input is read a line at a time (a block would wait for 64 KB of a pipe before its first
// line): the same documents, line numbers and rejections as from a file.
TEST(SpeedText44Test, guard_StandardInputReadByLine) {
  std::istringstream input(std::string(R"({"id": "a", "text": "قال"})") + "\n\n" + R"({"id": "b", "text": "x" )" +
                           "\n" + "{\"id\": \"c\", \"text\": \"غزة\"}\r\n" + R"({"id": "d", "text": "رفح"})");
  std::streambuf* saved = std::cin.rdbuf(input.rdbuf());
  std::vector<Document> docs;
  std::vector<Rejected> rejected;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { docs.push_back(d); };
  cb.on_rejected = [&](Rejected&& r) { rejected.push_back(r); };
  Status s = ReadDocuments("-", ReadOptions{.format = InputFormat::kJsonl}, cb);
  std::cin.rdbuf(saved);
  std::cin.clear();
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "قال");
  EXPECT_EQ(docs[0].origin, "<stdin>:1");
  EXPECT_EQ(docs[1].text, "غزة");
  EXPECT_EQ(docs[1].origin, "<stdin>:4");
  EXPECT_EQ(docs[2].text, "رفح");
  EXPECT_EQ(docs[2].origin, "<stdin>:5");
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].origin, "<stdin>:3");
}

TEST(SpeedText44Test, guard_NumberWordsLookedUp) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const NumberWord* two = res->numbers.Find("اثنين");  // listed as اثنين and إثنين
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(two->value, 2);
  EXPECT_EQ(two->kind, NumberKind::kUnit);
  const NumberWord* km = res->numbers.Find("كلم");
  ASSERT_NE(km, nullptr);
  EXPECT_EQ(km->kind, NumberKind::kMeasure);
  EXPECT_EQ(km->unit, "km");
  const NumberWord* thousands = res->numbers.Find("الاف");  // آلاف in matching form
  ASSERT_NE(thousands, nullptr);
  EXPECT_EQ(thousands->kind, NumberKind::kScalePlural);
  EXPECT_EQ(res->numbers.Find("قال"), nullptr);
  EXPECT_EQ(res->numbers.Find(""), nullptr);

  struct Row {
    const char* name;
    const char* input;
    uint32_t first, end;  // tokens of the one quantity
    double value;
    bool vague;
    QuantityBound bound;
    const char* unit;
  };
  const Row rows[] = {
      {"guard_unit_and_plural_scale", "قتل ثلاثة آلاف شخص", 1, 3, 3000, false, QuantityBound::kExact, ""},
      {"guard_unit_and_tens_with_wa", "أصيب خمسة وعشرين", 1, 3, 25, false, QuantityBound::kExact, ""},
      {"guard_vague_quantifier", "قتل عشرات المدنيين", 1, 2, 12, true, QuantityBound::kExact, ""},
      {"guard_measure_after_the_count", "على بعد عشرة كيلومترات من المدينة", 2, 4, 10, false,
       QuantityBound::kExact, "km"},
      {"guard_bound_before_the_count", "قتل نحو مئتي شخص", 1, 3, 200, false, QuantityBound::kAbout, ""},
      {"guard_digits", "قتل 12 شخصا", 1, 2, 12, false, QuantityBound::kExact, ""},
  };
  TextAnalyzer analyzer(res);
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    ASSERT_EQ(t.quantities.size(), 1u);
    const Quantity& q = t.quantities[0];
    EXPECT_EQ(q.first_token, row.first);
    EXPECT_EQ(q.end_token, row.end);
    EXPECT_EQ(q.value, row.value);
    EXPECT_EQ(q.vague, row.vague);
    EXPECT_EQ(q.bound, row.bound);
    EXPECT_EQ(q.unit, row.unit);
  }
}

}  // namespace
}  // namespace rasad
