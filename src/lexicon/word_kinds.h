// WordKinds: single words sorted into kinds, loaded from a data file, for the short word lists a
// stage asks about a token (data/lexicon/grammar_words.tsv: the recognizer's; data/coder/
// grammar_words.tsv: the event coder's).
//
// A file line is `words  kind  notes`: a `|` list of single words in their usual spelling, and the
// name of one of the kinds the caller gives Load. Words are stored in matching form (alef, ta
// marbuta and ya folded, as ArabicNormalizer does) and compared as they are: the loader does not
// strip an article, so a word is written as the form it is compared with (the token's bare stem for
// most kinds: منطقة، آلاف). A word may be listed under several kinds; a word's kinds are bits.
#ifndef RASAD_LEXICON_WORD_KINDS_H_
#define RASAD_LEXICON_WORD_KINDS_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "util/flat_string_index.h"
#include "util/status.h"

namespace rasad {

class WordKinds {
 public:
  // A kind a file may name, and the bit that stands for it.
  struct Kind {
    std::string_view name;
    uint64_t bit;
  };

  // Loads `path`. Errors name `path:line`: a line without a kind, a kind not in `kinds`, an item
  // that is not one word, a word listed twice under one kind; and a file that cannot be opened.
  Status Load(const std::string& path, std::span<const Kind> kinds);

  // The kinds (bits) of a word in matching form whose FlatStringIndex::Hash is `hash`; 0 for a word
  // listed under none.
  uint64_t Of(std::string_view word, uint64_t hash) const {
    // Most words have no kind: a bit per value of the hash's top bits answers most of them without
    // a probe of the index.
    if (!((filter_[hash >> 58] >> ((hash >> 52) & 63)) & 1)) return 0;
    uint32_t id = words_.Find(word, hash);
    return id == FlatStringIndex::kNone ? 0 : kinds_[id];
  }
  uint64_t Of(std::string_view word) const { return Of(word, FlatStringIndex::Hash(word)); }
  // The kinds of a token's bare stem (its first key, hashed once per document); 0 for a token that
  // is not a word.
  uint64_t Of(const TokenKeys::Keys& k) const { return k.count > 0 ? Of(k.key[0], k.hash[0]) : 0; }

  size_t size() const { return words_.size(); }

 private:
  FlatStringIndex words_;       // ids index kinds_
  std::vector<uint64_t> kinds_;
  std::array<uint64_t, 64> filter_{};  // bit (hash >> 52) set for the hash of every word
};

}  // namespace rasad

#endif  // RASAD_LEXICON_WORD_KINDS_H_
