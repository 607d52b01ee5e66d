// libFuzzer target over the text layer: UTF-8 validation and repair, normalization with its byte
// map, and the whole analysis of the repaired input. It checks the layer's contracts (byte maps in
// range, spans inside the document, sentences and clauses tiling the tokens); any violation aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"

namespace {

#define FUZZ_CHECK(cond)                                                   \
  do {                                                                     \
    if (!(cond)) {                                                         \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                        \
    }                                                                      \
  } while (0)

rasad::TextAnalyzer* analyzer = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string dic = std::filesystem::exists(rasad::kDefaultHunspellDic) ? rasad::kDefaultHunspellDic : "";
  auto res = rasad::TextResources::Load(RASAD_DATA_DIR, dic);
  if (!res.ok()) {
    std::fprintf(stderr, "fuzz_text: %s\n", res.status().message().c_str());
    std::abort();
  }
  static std::unique_ptr<rasad::TextResources> resources = std::move(res).value();
  static rasad::TextAnalyzer instance(resources.get());
  analyzer = &instance;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);

  // UTF-8: validation and repair agree, and repair yields valid UTF-8.
  size_t bad = rasad::FindInvalidUtf8(input);
  FUZZ_CHECK(rasad::ValidateUtf8(input, "fuzz").ok() == (bad == std::string::npos));
  FUZZ_CHECK(bad == std::string::npos || bad < input.size());
  std::string repaired = input;
  size_t replaced = rasad::RepairUtf8(&repaired);
  FUZZ_CHECK((replaced == 0) == (bad == std::string::npos));
  FUZZ_CHECK(replaced > 0 || repaired == input);
  FUZZ_CHECK(rasad::FindInvalidUtf8(repaired) == std::string::npos);

  // Normalization of the raw bytes (invalid input included): one map entry per output byte, each
  // pointing into the input, never decreasing.
  const rasad::ArabicNormalizer& norm = rasad::ArabicNormalizer::Get();
  std::string out;
  rasad::OffsetMap map;
  norm.Normalize(input, 0, &out, &map);
  FUZZ_CHECK(map.size() == out.size());
  for (size_t i = 0; i < map.size(); ++i) {
    FUZZ_CHECK(map[i] < input.size());
    FUZZ_CHECK(i == 0 || map[i] >= map[i - 1]);
  }
  FUZZ_CHECK(norm.Normalize(input) == out);

  // The analysis of the repaired text.
  rasad::AnalyzedText t;
  analyzer->Analyze(repaired, &t);
  const uint32_t n = static_cast<uint32_t>(repaired.size());
  FUZZ_CHECK(t.NormToOrig(static_cast<uint32_t>(t.norm.size())) == n);
  for (const rasad::Token& tok : t.tokens) {
    FUZZ_CHECK(tok.begin <= tok.end && tok.end <= n);
    FUZZ_CHECK(tok.norm_begin < tok.norm_end && tok.norm_end <= t.norm.size());
    FUZZ_CHECK(static_cast<size_t>(tok.stem_offset) + tok.stem_length <= t.stems.size());
    FUZZ_CHECK(tok.sentence < t.sentences.size());
    FUZZ_CHECK(tok.clause < t.clauses.size());
  }
  // Sentences cover the tokens in order, and clauses tile each sentence.
  uint32_t next = 0;
  for (const rasad::Sentence& s : t.sentences) {
    FUZZ_CHECK(s.first_token == next && s.first_token < s.end_token && s.end_token <= t.tokens.size());
    FUZZ_CHECK(s.begin <= s.end && s.end <= n);
    next = s.end_token;
  }
  FUZZ_CHECK(next == t.tokens.size());
  next = 0;
  for (const rasad::Clause& c : t.clauses) {
    FUZZ_CHECK(c.first_token == next && c.first_token < c.end_token);
    FUZZ_CHECK(c.sentence < t.sentences.size());
    FUZZ_CHECK(c.first_token >= t.sentences[c.sentence].first_token &&
               c.end_token <= t.sentences[c.sentence].end_token);
    next = c.end_token;
  }
  FUZZ_CHECK(next == t.tokens.size());
  for (const rasad::Quantity& q : t.quantities) {
    FUZZ_CHECK(q.first_token < q.end_token && q.end_token <= t.tokens.size());
  }
  return 0;
}
