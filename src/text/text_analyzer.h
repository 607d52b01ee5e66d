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
#include "text/segmenter.h"
#include "text/word_set.h"
#include "util/flat_string_index.h"
#include "util/status.h"

namespace rasad {

struct TextResources {
  WordSet words;
  NumberWords numbers;
  std::vector<std::vector<std::string>> clause_markers;  // word sequences in matching form
  // First words of the clause markers (an id each), and per id the markers that start with it.
  FlatStringIndex clause_marker_firsts;
  std::vector<std::vector<uint32_t>> clause_markers_by_first;
  FlatStringIndex abbreviations;                          // matching form, without the stop

  // Loads data_dir/text/{numbers,clause_markers,initial_letter_words,prepositions,verb_forms,clitic_words,abbreviations}.tsv
  // and, when hunspell_dic is not empty, the hunspell dictionary. Errors name the file and line.
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
  // A cached word analysis. Its word is its head, tail and code; the bytes of a longer word than 16, and a stem
  // that is no run of the word's bytes, are in arena_.
  struct CachedWord {
    uint64_t hash = 0;  // 0: empty slot
    uint64_t head = 0, tail = 0;  // the word's first and last eight bytes (see WordHash)
    uint32_t code = 0;            // KeyCode: the word's length and whether written with a final ة
    uint32_t key_offset = 0;  // a word of more than 16 bytes: its bytes in the arena
    // The stem: its offset in the word with the top bit set when it is a run of the word's bytes
    // (almost all), else its offset in the arena.
    uint32_t stem_offset = 0, stem_length = 0;
    uint8_t prefixes = 0;
    Enclitic suffix = Enclitic::kNone;
    StemSource source = StemSource::kWhole;
    uint8_t word_class = 0;
    uint32_t type = 0;  // the order in which the word was cached: its Token::type
  };

  // What a lookup in the word cache reads, copied out of the members: Tokenize keeps it in locals,
  // which its stores through the output's buffers (char pointers, which may alias anything) cannot
  // change, so that a hit does not reload the members. Taken again after a miss, which may grow the
  // cache or start it over.
  struct CacheView {
    const CachedWord* slots;
    size_t mask;
    const char* arena;
    const uint8_t* opens_clause;  // opens_clause_
  };
  CacheView View() const { return {slots_.data(), slots_.size() - 1, arena_.data(), opens_clause_.data()}; }

  // A cached word's length, and whether it was written with a final ة: its key with its head and tail.
  static uint32_t KeyCode(std::string_view word, bool final_ta_marbuta) {
    return static_cast<uint32_t>(word.size()) << 1 | (final_ta_marbuta ? 1u : 0u);
  }
  // The analysis of `word` (matching form), from the cache (`cache`, the current View()) or computed
  // and cached. The reference is valid until the next call; after a miss, `*cache` is the new View()
  // and *missed is set.
  const CachedWord& AnalyzeWord(CacheView* cache, std::string_view word, bool final_ta_marbuta, bool* missed);
  // AnalyzeWord on a miss: analyses `word` (whose key hashes to `hash`) and caches it in the empty
  // slot `i` (another when the cache grows or starts over first).
  const CachedWord& CacheWord(std::string_view word, bool final_ta_marbuta, uint64_t hash, size_t i);
  void ClearCache();
  void Tokenize(AnalyzedText* out);

  const TextResources* resources_;
  CliticAnalyzer clitics_;
  // The word cache: open addressing with linear probing, at most half full, keyed by the matching
  // form and whether the word was written with a final ة. A slot holds the first and last eight bytes
  // of its word and its length, so that a hit on a word of up to 16 bytes reads its slot alone; the
  // bytes of longer words and the few stems that are no run of their word's bytes live in one arena.
  std::vector<CachedWord> slots_;
  std::string arena_;
  size_t cached_ = 0;
  std::vector<ClauseMarkerStart> marker_starts_;  // by word type
  std::vector<uint8_t> opens_clause_;              // by word type: MayOpenClause
  // The tokens of the text being analyzed that the later stages look at, listed by Tokenize so that
  // they need not pass over every token: where a sentence can start or end (punctuation, a line
  // break before), what can cut a clause, where a quantity can start. Kept for their capacity.
  std::vector<uint32_t> sentence_events_;
  std::vector<uint32_t> clause_candidates_;
  std::vector<uint32_t> quantity_starts_;
  // The stems of the text being analyzed that are no run of its matching form, appended to its stems
  // once it is read (Tokenize reads the text from those stems). Kept for its capacity.
  std::string rare_stems_;
  // The places in the matching form of the code points that are neither ASCII nor a two-byte Arabic
  // letter (ArabicNormalizer::Normalize's `others`), then UINT32_MAX. Kept for its capacity.
  std::vector<uint32_t> others_;
  uint64_t generation_ = 0;  // changes whenever the cache starts over (AnalyzedText::type_generation)
};

}  // namespace rasad

#endif  // RASAD_TEXT_TEXT_ANALYZER_H_
