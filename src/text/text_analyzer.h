// TextAnalyzer: the text layer's entry point. Normalizes a document (keeping the byte map),
// tokenizes it, analyzes clitics, finds sentences, clauses and quantities.
//
// TextResources holds what the layer knows (known words, number words, clause markers,
// abbreviations); it is loaded once and shared read-only between threads. A TextAnalyzer keeps a
// per-instance cache of word analyses, so use one analyzer per thread.
#ifndef RASAD_TEXT_TEXT_ANALYZER_H_
#define RASAD_TEXT_TEXT_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/analyzed_text.h"
#include "text/clitic_analyzer.h"
#include "text/number_words.h"
#include "text/word_set.h"
#include "util/status.h"

namespace rasad {

struct TextResources {
  WordSet words;
  NumberWords numbers;
  std::vector<std::vector<std::string>> clause_markers;  // word sequences in matching form
  std::unordered_set<std::string> abbreviations;          // matching form, without the stop

  // Loads data_dir/text/{numbers,clause_markers,abbreviations}.tsv and, when hunspell_dic is not
  // empty, the hunspell dictionary. Errors name the file and line.
  static Result<std::unique_ptr<TextResources>> Load(const std::string& data_dir, const std::string& hunspell_dic);
};

// Default location of hunspell-ar's dictionary on Debian.
inline constexpr const char* kDefaultHunspellDic = "/usr/share/hunspell/ar.dic";

class TextAnalyzer {
 public:
  // `resources` must outlive the analyzer.
  explicit TextAnalyzer(const TextResources* resources);

  // Analyzes `original` (valid UTF-8) into *out, reusing its buffers. `original` must outlive *out.
  void Analyze(std::string_view original, AnalyzedText* out);

  // Convenience form.
  AnalyzedText Analyze(std::string_view original) {
    AnalyzedText t;
    Analyze(original, &t);
    return t;
  }

 private:
  const WordAnalysis& AnalyzeWord(std::string_view word, bool final_ta_marbuta);
  void Tokenize(AnalyzedText* out);

  const TextResources* resources_;
  CliticAnalyzer clitics_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Keyed by the matching form; a word written with a final ة is keyed with a trailing '\x01'.
  std::unordered_map<std::string, WordAnalysis, Hash, std::equal_to<>> cache_;
  std::string key_;
};

}  // namespace rasad

#endif  // RASAD_TEXT_TEXT_ANALYZER_H_
