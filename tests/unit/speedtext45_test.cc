// Guards for the speed work of session 45 on the text layer and the `code` command (no reading
// changes; every row is a guard_ that must pass before and after):
//   - the normalizer copies a run of two-byte letters through one index into both its input and its
//     output: matching forms of runs that fold letters (أ إ آ to ا, ة to ه, ى to ي), that a mark,
//     a tatweel, an Arabic comma or an Arabic-Indic digit cuts, runs at the very end of the text (read
//     with a test of the end) and a long text of many runs; the tokens' bytes in the original;
//   - the reader writes a document's origin (FILE:LINE) into the document itself: the origins of
//     documents and of rejected lines (a blank text, malformed JSON) around them;
//   - numbers of up to 15 digits and nothing else are read without from_chars: their values, and those
//     of the numbers still read with it (separators, a point, a sign, 16 digits, a letter);
//   - the segmenter reads one-byte punctuation (a comma, a stop) by its byte when it looks for quotes
//     and stops: sentences cut at . ! ? (؟) and an ellipsis, not at a stop inside a quotation unless
//     the quotation closes right after it;
//   - the tokenizer reads a comma or a stop without a read of its class: their tokens;
//   - `rasad code` gathers the records of a file's documents and writes them some 64 KB at a time
//     (standard input still a document at a time): the same bytes either way, over more than one
//     block, every document's records in the order of the documents.
// Each expectation is written by hand from the text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/document_reader.h"
#include "text/number_words.h"
#include "text/text_analyzer.h"
#include "unit/text_test_support.h"
#ifdef RASAD_CLI
#include "cli/cli_test_support.h"
#endif

namespace rasad {
namespace {

struct NormRow {
  const char* name;
  std::string input;
  std::string norm;
};

const NormRow kNormRows[] = {
    {"guard_one_run_at_the_text_end", "قتل", "قتل"},
    {"guard_runs_before_and_at_the_text_end", "قتل جنديان", "قتل جنديان"},
    // أ at the start of a run, ة at the end of the last one.
    {"guard_folded_letters_in_runs", "أعلنت الحكومة", "اعلنت الحكومه"},
    {"guard_folded_letters_before_a_later_word", "أعلنت الحكومة اليوم", "اعلنت الحكومه اليوم"},
    {"guard_hamza_below_and_madda", "إن آلاف", "ان الاف"},
    {"guard_alef_maqsura", "وصل إلى المستشفى", "وصل الي المستشفي"},
    // The fatha, damma and shadda are dropped: the run goes on after them in the matching form.
    {"guard_marks_inside_and_after_runs", "قالَ الوزيرُ إنّ", "قال الوزير ان"},
    {"guard_tatweel_inside_a_run", "قـتل", "قتل"},
    {"guard_arabic_comma_after_a_run", "غزة، رفح", "غزه, رفح"},
    {"guard_arabic_indic_digit_before_a_run", "٣ جنود", "3 جنود"},
    {"guard_latin_between_runs", "قال BBC أمس", "قال bbc امس"},
    {"guard_empty_text", "", ""},
};

TEST(SpeedText45Test, guard_MatchingForms) {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  for (const NormRow& row : kNormRows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(norm.Normalize(row.input), row.norm);
  }
}

// Two hundred runs: "الحكومة " two hundred times is "الحكومه " two hundred times, each ة folded.
TEST(SpeedText45Test, guard_ManyRuns) {
  std::string input, want;
  for (int i = 0; i < 200; ++i) {
    input += "الحكومة ";
    want += "الحكومه ";
  }
  EXPECT_EQ(ArabicNormalizer::Get().Normalize(input), want);
}

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

// Arabic letters and marks are two bytes each.
const TokenRow kTokenRows[] = {
    // قالَ: three letters and a fatha (8 bytes); الوزيرُ: six letters and a damma (14); إنّ: two letters
    // and a shadda (6). A word's marks are in its span.
    {"guard_marks_in_spans",
     "قالَ الوزيرُ إنّ",
     {{"قالَ", "قال", 0, 8}, {"الوزيرُ", "الوزير", 9, 23}, {"إنّ", "ان", 24, 30}}},
    // قـتل: the tatweel (2 bytes) inside the word's span; then a comma of two bytes that folds to one.
    {"guard_tatweel_and_arabic_comma", "قـتل، فر", {{"قـتل", "قتل", 0, 8}, {"،", ",", 8, 10}, {"فر", "فر", 11, 15}}},
    {"guard_folded_word_at_the_text_end", "أعلنت الحكومة", {{"أعلنت", "اعلنت", 0, 10}, {"الحكومة", "الحكومه", 11, 25}}},
    // Commas and stops, read by the tokenizer without a read of their class: between words, after a
    // stop, before a figure; an ellipsis of stops or of one character (…, three bytes) is one token.
    {"guard_comma_between_words", "قتل,جندي", {{"قتل", "قتل", 0, 6}, {",", ",", 6, 7}, {"جندي", "جندي", 7, 15}}},
    {"guard_arabic_comma_at_the_text_end", "قال،", {{"قال", "قال", 0, 6}, {"،", ",", 6, 8}}},
    {"guard_stops_ellipsis", "غادر...", {{"غادر", "غادر", 0, 8}, {"...", "...", 8, 11}}},
    {"guard_ellipsis_character", "غادر…", {{"غادر", "غادر", 0, 8}, {"…", "...", 8, 11}}},
    {"guard_stop_then_comma", "., ", {{".", ".", 0, 1}, {",", ",", 1, 2}}},
    {"guard_stop_before_a_figure", ".5", {{".", ".", 0, 1}, {"5", "5", 1, 2}}},
};

TEST(SpeedText45Test, guard_TokenSpans) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  testing::ExpectTokenRows(analyzer, kTokenRows);
}

struct SentenceRow {
  const char* name;
  std::string input;
  std::vector<std::string_view> sentences;  // as written
};

const SentenceRow kSentenceRows[] = {
    {"guard_stop_bang_and_question_mark",
     "قتل جندي. وأصيب آخر! هل انسحبوا؟ نعم",
     {"قتل جندي.", "وأصيب آخر!", "هل انسحبوا؟", "نعم"}},
    {"guard_stop_inside_a_quotation", "قال الوزير «انسحبت القوات. وعاد الهدوء» ثم غادر.",
     {"قال الوزير «انسحبت القوات. وعاد الهدوء» ثم غادر."}},
    {"guard_stop_before_the_closing_quote", "قال «انسحبت القوات.» ثم غادر.",
     {"قال «انسحبت القوات.»", "ثم غادر."}},
    {"guard_ellipsis", "انتظروا... ثم غادروا", {"انتظروا...", "ثم غادروا"}},
    {"guard_commas_only", "قتل جندي، وأصيب آخر، في الهجوم", {"قتل جندي، وأصيب آخر، في الهجوم"}},
};

TEST(SpeedText45Test, guard_Sentences) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const SentenceRow& row : kSentenceRows) {
    SCOPED_TRACE(row.name);
    AnalyzedText t = analyzer.Analyze(row.input);
    ASSERT_EQ(t.sentences.size(), row.sentences.size());
    for (size_t i = 0; i < row.sentences.size(); ++i) {
      const Sentence& got = t.sentences[i];
      EXPECT_EQ(t.original.substr(got.begin, got.end - got.begin), row.sentences[i]) << i;
    }
  }
}

struct DigitsRow {
  const char* name;
  const char* input;
  double value;  // NAN: not a number
};

const DigitsRow kDigitsRows[] = {
    {"guard_two_digits", "12", 12},
    {"guard_a_year", "2024", 2024},
    {"guard_leading_zeros", "007", 7},
    {"guard_fifteen_digits", "999999999999999", 999999999999999.0},
    {"guard_sixteen_digits", "1234567890123456", 1234567890123456.0},
    {"guard_thousands_separator", "1,500", 1500},
    {"guard_decimal_point", "3.5", 3.5},
    {"guard_minus_sign", "-4", -4},
    {"guard_letter_after_digits", "12a", NAN},
    {"guard_empty", "", NAN},
};

TEST(SpeedText45Test, guard_DigitValues) {
  for (const DigitsRow& row : kDigitsRows) {
    SCOPED_TRACE(row.name);
    const double got = ParseDigits(row.input);
    if (std::isnan(row.value)) {
      EXPECT_TRUE(std::isnan(got)) << got;
    } else {
      EXPECT_EQ(got, row.value);
    }
  }
}

// Four lines: a document, a blank text (rejected by the check of the text), malformed JSON (rejected by
// the parser), a document. Each with its own line in its origin.
TEST(SpeedText45Test, guard_OriginsOfDocumentsAndRejectedLines) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("rasad_speedtext45_" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  {
    std::ofstream f(path, std::ios::binary);
    f << R"({"id": "a", "text": "قصف الجيش مواقع المسلحين."})" << "\n";
    f << R"({"id": "b", "text": "   "})" << "\n";
    f << R"({"id": "c", "text": )" << "\n";
    f << R"({"id": "d", "text": "وصل الوزير."})" << "\n";
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
  EXPECT_EQ(docs[0].origin, path + ":1");
  EXPECT_EQ(docs[1].id, "d");
  EXPECT_EQ(docs[1].origin, path + ":4");
  ASSERT_EQ(rejected.size(), 2u);
  EXPECT_EQ(rejected[0].origin, path + ":2");
  EXPECT_EQ(rejected[0].reason, "empty text");
  EXPECT_EQ(rejected[1].origin, path + ":3");
}

#ifdef RASAD_CLI
// 150 documents, each a killing in a town (an ASSAULT record of well over 500 bytes: more than 64 KB
// in all), written by `rasad code` from the file and from standard input: the same bytes, and each
// document's records after those of the document before it.
TEST(SpeedText45Test, guard_CodeRecordsInBlocks) {
  const std::filesystem::path scratch =
      std::filesystem::temp_directory_path() / ("rasad_speedtext45_" + std::to_string(::getpid()));
  std::filesystem::create_directories(scratch);
  const std::filesystem::path input = scratch / "docs.jsonl";
  const int kDocs = 150;
  {
    std::ofstream f(input, std::ios::binary);
    for (int i = 0; i < kDocs; ++i) {
      f << R"({"id": "d)" << i << R"(", "text": "قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش قرب الموصل."})" << "\n";
    }
  }
  testing::CliRun from_file = testing::RunRasad("code '" + input.string() + "'", scratch);
  testing::CliRun from_stdin = testing::RunRasad("code --input-format jsonl < '" + input.string() + "'", scratch);
  std::filesystem::remove_all(scratch);
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_GT(from_file.out.size(), size_t{1} << 16);
  EXPECT_EQ(from_file.out, from_stdin.out);
  size_t at = 0;
  for (int i = 0; i < kDocs; ++i) {
    const std::string id = "\"doc_id\":\"d" + std::to_string(i) + "\"";
    const size_t found = from_file.out.find(id, at);
    ASSERT_NE(found, std::string::npos) << id;
    at = found + id.size();
  }
  EXPECT_EQ(from_file.out.back(), '\n');
}
#endif

}  // namespace
}  // namespace rasad
