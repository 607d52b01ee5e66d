// Shared helpers of the text layer's tests: loading TextResources once per test binary, and
// printing analyzed text in a form a failing test can show.
#ifndef RASAD_TESTS_UNIT_TEXT_TEST_SUPPORT_H_
#define RASAD_TESTS_UNIT_TEXT_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_analyzer.h"

namespace rasad::testing {

inline bool HunspellAvailable() { return std::filesystem::exists(RASAD_HUNSPELL_DIC); }

// rasad's text resources (data/text/*.tsv), with hunspell-ar when `with_hunspell`. Loaded once;
// fails the test (and returns null) when they cannot be loaded.
inline const TextResources* Resources(bool with_hunspell) {
  static std::unique_ptr<TextResources> cached[2];
  std::unique_ptr<TextResources>& slot = cached[with_hunspell ? 1 : 0];
  if (!slot) {
    auto loaded = TextResources::Load(RASAD_DATA_DIR, with_hunspell ? RASAD_HUNSPELL_DIC : "");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return nullptr;
    }
    slot = std::move(loaded).value();
  }
  return slot.get();
}

// Skips the current test when hunspell-ar is not installed.
#define RASAD_REQUIRE_HUNSPELL()                                                     \
  do {                                                                               \
    if (!::rasad::testing::HunspellAvailable()) GTEST_SKIP() << RASAD_HUNSPELL_DIC << " is absent"; \
  } while (0)

// The original text of tokens [first, end).
inline std::string_view SpanText(const AnalyzedText& t, uint32_t first, uint32_t end) {
  if (first >= end) return {};
  uint32_t b = t.tokens[first].begin, e = t.tokens[end - 1].end;
  return t.original.substr(b, e - b);
}

inline std::vector<std::string> SentenceTexts(const AnalyzedText& t) {
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences) out.emplace_back(t.SentenceText(s));
  return out;
}

inline std::vector<std::string> ClauseTexts(const AnalyzedText& t) {
  std::vector<std::string> out;
  for (const Clause& c : t.clauses) out.emplace_back(SpanText(t, c.first_token, c.end_token));
  return out;
}

// Checks the tokens of `t` against `want`, one row a token. A row type names the fields it checks: any of
// text (the original bytes of the span), norm, kind, stem, prefixes, suffix, line_break_before, and begin with
// end. Every token's stem lies inside the text's stems.
template <typename Want>
void ExpectTokens(const AnalyzedText& t, const std::vector<Want>& want) {
  ASSERT_EQ(t.tokens.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Token& got = t.tokens[i];
    const Want& w = want[i];
    if constexpr (requires { w.text; }) {
      EXPECT_EQ(t.Text(got), w.text) << "token " << i;
    }
    if constexpr (requires { w.norm; }) {
      EXPECT_EQ(t.Norm(got), w.norm) << "token " << i;
    }
    if constexpr (requires { w.kind; }) {
      EXPECT_EQ(got.kind, w.kind) << "token " << i;
    }
    if constexpr (requires { w.stem; }) {
      EXPECT_EQ(t.Stem(got), w.stem) << "token " << i;
    }
    if constexpr (requires { w.prefixes; }) {
      EXPECT_EQ(got.prefixes, w.prefixes) << "token " << i;
    }
    if constexpr (requires { w.suffix; }) {
      EXPECT_EQ(got.suffix, w.suffix) << "token " << i;
    }
    if constexpr (requires { w.line_break_before; }) {
      EXPECT_EQ(got.line_break_before, w.line_break_before) << "token " << i;
    }
    if constexpr (requires { w.begin; }) {
      EXPECT_EQ(got.begin, w.begin) << "token " << i;
      EXPECT_EQ(got.end, w.end) << "token " << i;
    }
    EXPECT_LE(size_t{got.stem_offset} + got.stem_length, t.stems.size()) << "token " << i;
  }
}

// Analyzes each row's input and checks its tokens (ExpectTokens). A row has a name, an input and its tokens.
template <typename Row, size_t N>
void ExpectTokenRows(TextAnalyzer& analyzer, const Row (&rows)[N]) {
  for (const Row& row : rows) {
    SCOPED_TRACE(row.name);
    ExpectTokens(analyzer.Analyze(row.input), row.tokens);
  }
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_TEXT_TEST_SUPPORT_H_
