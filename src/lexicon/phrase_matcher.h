// PhraseMatcher: longest match of dictionary phrases over tokens.
//
// A phrase is a sequence of words in "bare" form: the matching form without the article ال, which
// rasad strips the same way from dictionary entries and from text, so that الجزائر، والجزائر and
// بالجزائر all meet the entry الجزائر. Phrases are compiled into a trie over word ids; matching a
// token tries its stem (clitics removed by the text layer) and its whole matching form.
#ifndef RASAD_LEXICON_PHRASE_MATCHER_H_
#define RASAD_LEXICON_PHRASE_MATCHER_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/analyzed_text.h"
#include "util/bytes_equal.h"
#include "util/flat_string_index.h"

namespace rasad {

// The bare form of a word in matching form: the article removed when two letters or more remain.
// (Inline: it is asked for every token by the recognizer and the coder.)
inline std::string_view BareWord(std::string_view normalized) {
  constexpr std::string_view kAl = "ال";
  if (normalized.size() >= kAl.size() + 4 && BytesEqual(normalized.data(), kAl.data(), kAl.size())) {
    return std::string_view(normalized.data() + kAl.size(), normalized.size() - kAl.size());  // (no bounds test)
  }
  return normalized;
}

namespace detail {
// The allocator of TokenKeys::tokens: resize() leaves the new entries as allocated, unwritten. (Its
// DefaultInitAllocator would still write them: a string_view's default constructor sets it empty. An
// aggregate of views and numbers is created by the allocation itself, an implicit-lifetime type.)
template <typename T>
class KeysAllocator : public std::allocator<T> {
 public:
  static_assert(std::is_aggregate_v<T> && std::is_trivially_destructible_v<T> &&
                std::is_trivially_copyable_v<T>);
  template <typename U>
  struct rebind {
    using other = KeysAllocator<U>;
  };
  KeysAllocator() = default;
  template <typename U>
  KeysAllocator(const KeysAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U*) noexcept {}
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
}  // namespace detail

// The lookup keys of every token of a document (its bare stem and bare matching form, hashed),
// computed once per document and shared by every matcher.
struct TokenKeys {
  // (No default member initializers: `tokens` grows without writing its new entries (see detail::
  // KeysAllocator), which Run::At writes. It writes count, attached, digits and type for every token, key[0]
  // and hash[0] for a number, and every field for a word; the fields it leaves are an earlier text's, or
  // never written, and no one reads them.)
  struct Keys {
    std::string_view key[2];
    uint64_t hash[2];
    uint8_t count;   // 0 for tokens that are not words
    bool attached;   // a preposition or conjunction clitic: can start a phrase only
    // A number (its digits in key[0], hash[0]; count stays 0): it can continue a name, اللواء 444،
    // الوحدة 8200، فرانس 24, but is no word to any other lookup.
    bool digits;
    uint32_t type;  // the token's word type (Token::type)
  };
  std::vector<Keys, detail::KeysAllocator<Keys>> tokens;
  uint64_t generation = 0;  // the text's AnalyzedText::type_generation
  void Compute(const AnalyzedText& text);

  // Compute() in two steps, for a caller that looks each token up as soon as its keys are known (one
  // pass over the tokens instead of two): Start() sizes `tokens` for `text`, then ComputeAt(text, i)
  // fills tokens[i], for every i in any order. The result is Compute()'s.
  void Start(const AnalyzedText& text);
  // (Inline: called once per token; the hash of a word met before is read from the memo.)
  const Keys& ComputeAt(const AnalyzedText& text, size_t i);

  // The hashes of each word type met, so that a word met again is not hashed again (count 0: a type not
  // met yet), the bytes of the article BareWord takes off its stem and its matching form, and the lengths
  // of the two keys left (a type whose keys are longer is not kept: its words are hashed each time).
  // (Public for a caller that keeps them with its own value per type: Run::AtKnown.)
  struct TypeHashes {
    uint64_t hash[2];
    uint16_t length[2];
    uint8_t count;
    uint8_t article[2];
  };
  static_assert(sizeof(TypeHashes) == 24);

  // ComputeAt() in a caller's loop over the tokens of one text (Compute, the recognizer's look-ups): the arrays
  // ComputeAt reads (the text's tokens and bytes, `tokens`, the memo of hashes) are read once into the Run, a
  // local the compiler keeps in registers. (Read from the vectors, they were read again after every store:
  // a store of a pointer into `tokens` may change the vectors' own, for all the compiler knows.) A word met
  // for the first time, which may grow the memo, reads the memo's again.
  // (A word's keys and its type's hashes are all read before the first store, for the same reason.)
  class Run {
   public:
    Run(TokenKeys* keys, const AnalyzedText& text)
        : keys_(keys),
          tokens_(text.tokens.data()),
          norm_(text.norm.data()),
          stems_(text.stems.data()),
          out_(keys->tokens.data()),
          hashes_(keys->type_hashes_.data()),
          hashed_(keys->type_hashes_.size()) {}
    const Keys& At(size_t i) {
      const Token& t = tokens_[i];
      Keys& k = out_[i];
      const uint32_t type = t.type;
      const bool attached = (t.prefixes & (kProWa | kProFa | kProBi | kProLi | kProKa)) != 0;
      // A word met before, read first, before the token's kind: only an Arabic word has a type (a number, a
      // sign or a Latin word has kNoWordType, past the end of the memo: the bounds test answers it too).
      // The article BareWord takes off is kept per type, as the hashes are: a word met before is not
      // compared with it again.
      if (type < hashed_) {
        const TypeHashes h = hashes_[type];
        if (h.count != 0) return Write(t, h, attached, &k);
      }
      if (t.kind == TokenKind::kNumber) {
        k.count = 0;
        k.type = type;
        k.digits = true;
        k.attached = false;
        k.key[0] = std::string_view(norm_ + t.norm_begin, t.norm_end - t.norm_begin);
        k.hash[0] = FlatStringIndex::Hash(k.key[0]);
        return k;
      }
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) {
        k.count = 0;
        k.type = type;
        k.digits = false;
        k.attached = false;
        return k;
      }
      const std::string_view whole_stem(stems_ + t.stem_offset, t.stem_length);
      const std::string_view whole_norm(norm_ + t.norm_begin, t.norm_end - t.norm_begin);
      k.count = 0;
      k.type = type;
      k.digits = false;
      k.key[0] = BareWord(whole_stem);
      k.key[1] = BareWord(whole_norm);
      k.attached = attached;
      keys_->HashNew(t, whole_stem.size() - k.key[0].size(), whole_norm.size() - k.key[1].size(), &k);
      hashes_ = keys_->type_hashes_.data();
      hashed_ = keys_->type_hashes_.size();
      return k;
    }

    // At(i) for a word `t` (the text's token i) whose type's hashes the caller kept (Kept) with a value of its own:
    // the caller reads its own memo, not this one's too.
    const Keys& AtKnown(size_t i, const Token& t, const TypeHashes& h) {
      return Write(t, h, (t.prefixes & (kProWa | kProFa | kProBi | kProLi | kProKa)) != 0, &out_[i]);
    }
    // The hashes kept for a word type after At() met it (nullptr: not kept, as for a type with no hashes).
    const TypeHashes* Kept(uint32_t type) const {
      return type < hashed_ && hashes_[type].count != 0 ? &hashes_[type] : nullptr;
    }

   private:
    const Keys& Write(const Token& t, const TypeHashes& h, bool attached, Keys* k) {
      // (The keys' lengths are the type's too: the token's stem_length and norm_end are not read.)
      k->key[0] = std::string_view(stems_ + t.stem_offset + h.article[0], h.length[0]);
      k->key[1] = std::string_view(norm_ + t.norm_begin + h.article[1], h.length[1]);
      k->hash[0] = h.hash[0];
      k->hash[1] = h.hash[1];
      k->count = h.count;
      k->type = t.type;
      k->digits = false;
      k->attached = attached;
      return *k;
    }
    TokenKeys* keys_;
    const Token* tokens_;
    const char* norm_;
    const char* stems_;
    Keys* out_;
    const TypeHashes* hashes_;
    size_t hashed_;
  };

 private:
  // ComputeAt() for a word whose type has no hashes yet: hashes its keys and keeps them, with the bytes of
  // article taken off the stem and the matching form.
  void HashNew(const Token& t, size_t stem_article, size_t norm_article, Keys* k);
  std::vector<TypeHashes> type_hashes_;
  uint64_t hashed_generation_ = 0;
};

inline const TokenKeys::Keys& TokenKeys::ComputeAt(const AnalyzedText& text, size_t i) { return Run(this, text).At(i); }

// A value computed from a token's keys by one owner (a matcher, a word list), kept per word type:
// a word met again, in this text or a later one of the same type generation, is not looked up
// again. Tokens without a type are computed each time.
template <typename T>
class TypeMemo {
 public:
  // (The hit, a known type, is inline in the caller; the rest is kept out of line so that the
  // registers it needs are not saved and restored around every hit.)
  template <typename Compute>
  T Get(const void* owner, const TokenKeys& keys, uint32_t i, Compute compute) {
    const TokenKeys::Keys& k = keys.tokens[i];
    if (k.type < known_.size() && known_[k.type] && owner == owner_ && keys.generation == generation_) {
      return values_[k.type];
    }
    return Miss(owner, keys, k, compute);
  }

  // Get() for a caller that asks for many tokens of one text: Prepare(owner, keys) once per text (after
  // keys.Start()), then GetPrepared(keys, keys.tokens[i], compute) for its tokens, with no test of the
  // owner and the generation at each.
  void Prepare(const void* owner, const TokenKeys& keys) {
    if (owner != owner_ || keys.generation != generation_) {
      owner_ = owner;
      generation_ = keys.generation;
      known_.clear();
      values_.clear();
    }
  }
  template <typename Compute>
  T GetPrepared(const TokenKeys& keys, const TokenKeys::Keys& k, Compute compute) {
    if (k.type < known_.size() && known_[k.type]) return values_[k.type];
    return Miss(owner_, keys, k, compute);
  }
  // GetPrepared() in a caller's loop over the tokens (after Prepare): the memo's arrays are read once into
  // the View, a local the compiler keeps in registers (read from the vectors, they were read again after
  // every store of the caller's through a pointer). A miss, which may grow them, reads them again.
  class View {
   public:
    explicit View(TypeMemo* memo) : memo_(memo) { Reload(); }
    // (`compute` by reference: a caller's loop passes one lambda, made once before the loop; taken by value,
    // its copy was made again on the stack for every token.)
    template <typename Compute>
    T Get(const TokenKeys& keys, const TokenKeys::Keys& k, Compute&& compute) {
      if (k.type < size_ && known_[k.type]) return values_[k.type];
      T value = memo_->Miss(memo_->owner_, keys, k, compute);
      Reload();
      return value;
    }

   private:
    void Reload() {
      known_ = memo_->known_.data();
      values_ = memo_->values_.data();
      size_ = memo_->known_.size();
    }
    TypeMemo* memo_;
    const uint8_t* known_;
    const T* values_;
    size_t size_;
  };

 private:
  template <typename Compute>
  [[gnu::noinline]] T Miss(const void* owner, const TokenKeys& keys, const TokenKeys::Keys& k, Compute& compute) {
    if (k.type == kNoWordType) return compute(k);
    if (owner != owner_ || keys.generation != generation_) {
      owner_ = owner;
      generation_ = keys.generation;
      known_.clear();
      values_.clear();
    }
    if (k.type >= known_.size()) {
      known_.resize(std::max<size_t>(k.type + 1, 2 * known_.size()));
      values_.resize(known_.size());
    }
    if (!known_[k.type]) {
      values_[k.type] = compute(k);
      known_[k.type] = 1;
    }
    return values_[k.type];
  }

  const void* owner_ = nullptr;
  uint64_t generation_ = 0;
  // Per type: whether its value is known, and the value. (Two arrays: the bounds test reads the
  // size of an array of bytes, which takes no division.)
  std::vector<uint8_t> known_;
  std::vector<T> values_;
};

class PhraseMatcher {
 public:
  static constexpr uint32_t kNoWord = UINT32_MAX;

  // Adds a phrase (words in matching form; they are made bare here) with a payload id and the owner's
  // marks of the payload (bits the owner defines, e.g. its kind), which Marks() sums up per phrase.
  void Add(const std::vector<std::string>& words, uint32_t payload, uint8_t marks = 0);

  struct Match {
    uint32_t length = 0;                     // tokens
    const std::vector<uint32_t>* payloads = nullptr;
  };
  // The marks of a match's payloads (m.length > 0), or-ed (Add): a caller that asks what kinds of payloads a
  // match holds reads them here instead of walking the payloads. (Read from the payloads' place: Extend, whose
  // code the compiler arranges in ways hard to foresee, is left as it is.)
  uint8_t Marks(const Match& m) const { return node_marks_[static_cast<size_t>(m.payloads - payloads_.data())]; }

  // The longest phrase starting at token `first` that does not cross `limit` (an exclusive token
  // index, e.g. the sentence end). length == 0 when none.
  Match Longest(const TokenKeys& keys, uint32_t first, uint32_t limit) const {
    if (first >= limit) return {};
    return Longest(keys, first, limit, RootsOf(keys.tokens[first]));
  }

  // The trie nodes a token's keys lead to from the root (0 where a key starts no phrase): looked up
  // once per token by a caller that asks several questions of the same token.
  struct Roots {
    uint32_t node[2] = {0, 0};
    bool any() const { return (node[0] | node[1]) != 0; }
  };
  Roots RootsOf(const TokenKeys::Keys& k) const {
    Roots r;
    for (int i = 0; i < k.count; ++i) {
      if (!MayStart(k.hash[i])) continue;
      r.node[i] = StepBy(0, k.key[i], k.hash[i]);
    }
    return r;
  }
  // Longest() for a token whose RootsOf() is `roots`. (Inline to the test that turns most tokens
  // away.)
  Match Longest(const TokenKeys& keys, uint32_t first, uint32_t limit, Roots roots) const {
    if (first >= limit || !roots.any()) return {};
    return Extend(keys, first, limit, roots);
  }

  // The word id of a bare word, or kNoWord.
  uint32_t WordId(std::string_view bare) const { return vocab_.Find(bare); }
  uint32_t WordId(std::string_view bare, uint64_t hash) const { return vocab_.Find(bare, hash); }
  const std::string& Word(uint32_t id) const { return vocab_.key(id); }
  // Children of the root's child for word `first`: the words that can follow it in some phrase.
  const std::vector<std::pair<uint32_t, uint32_t>>& Continuations(uint32_t node) const;
  // The trie node reached from `node` by `word`, or 0 (the root) when none.
  uint32_t Step(uint32_t node, uint32_t word) const {
    if (word >= word_hash_.size()) return 0;
    const uint64_t hash = word_hash_[word];
    for (size_t i = EdgeSlot(node, hash);; i = (i + 1) & edge_mask_) {
      const Edge& e = edges_[i];
      if (e.child == 0) return 0;
      if (e.hash == hash && e.node == node && node_word_[e.child] == word) return e.child;
    }
  }
  // Step() by the bare word itself, whose FlatStringIndex::Hash() is `hash`: one probe of the edges,
  // with no look-up of the word's id first (a word that continues no phrase from `node` is mostly
  // turned away on the hashes).
  uint32_t StepBy(uint32_t node, std::string_view bare, uint64_t hash) const {
    for (size_t i = EdgeSlot(node, hash);; i = (i + 1) & edge_mask_) {
      const Edge& e = edges_[i];
      if (e.child == 0) return 0;
      if (e.hash == hash && e.node == node) {
        const std::string& w = vocab_.key(node_word_[e.child]);
        if (w.size() == bare.size() && BytesEqual(w.data(), bare.data(), bare.size())) return e.child;
      }
    }
  }
  const std::vector<uint32_t>* Payloads(uint32_t node) const {
    return node < payloads_.size() && !payloads_[node].empty() ? &payloads_[node] : nullptr;
  }

  size_t phrase_count() const { return phrases_; }
  size_t vocabulary_size() const { return vocab_.size(); }

 private:
  // The longest phrase from the trie nodes `roots` of token `first` on.
  Match Extend(const TokenKeys& keys, uint32_t first, uint32_t limit, Roots roots) const;

  // A bit per (hash >> 48) of the words that start a phrase: most tokens start none, and are turned
  // away here without a vocabulary look-up.
  static constexpr size_t kStartBits = size_t{1} << 16;
  bool MayStart(uint64_t hash) const { return (start_bits_[hash >> 54] >> ((hash >> 48) & 63)) & 1; }
  std::vector<uint64_t> start_bits_ = std::vector<uint64_t>(kStartBits / 64);
  FlatStringIndex vocab_;
  std::vector<uint64_t> word_hash_;  // word id -> FlatStringIndex::Hash of the word
  // The trie's edges, keyed by (node, hash of the word): open addressing, linear probing, load <= 1/2,
  // a power of two long (never empty). The root is no child, so child 0 marks an empty slot.
  struct Edge {
    uint64_t hash = 0;
    uint32_t node = 0;
    uint32_t child = 0;
  };
  std::vector<Edge> edges_ = std::vector<Edge>(64);
  size_t edge_mask_ = 63;
  size_t edge_count_ = 0;
  // A bit per edge out of a node other than the root, at ContinueBit(node, hash): Extend() asks it before it probes
  // the edges, and most words that go on from no node on the stack are turned away on it. (Eight bits an edge slot,
  // sixteen or more an edge: remade with the edges when they grow.)
  std::vector<uint64_t> continue_bits_ = std::vector<uint64_t>(8);
  int continue_shift_ = 64 - 9;  // 64 - log2 of the bits
  size_t ContinueBit(uint32_t node, uint64_t hash) const {
    return (hash ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull)) >> continue_shift_;
  }
  bool MayContinue(uint32_t node, uint64_t hash) const {
    const size_t bit = ContinueBit(node, hash);
    return (continue_bits_[bit >> 6] >> (bit & 63)) & 1;
  }
  void SetContinueBit(uint32_t node, uint64_t hash) {
    if (node == 0) return;
    const size_t bit = ContinueBit(node, hash);
    continue_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  std::vector<uint32_t> node_word_{kNoWord};  // node -> the word of the edge into it
  size_t EdgeSlot(uint32_t node, uint64_t hash) const {
    return (hash ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull)) & edge_mask_;
  }
  void AddEdge(uint32_t node, uint32_t word, uint32_t child);
  std::vector<std::vector<uint32_t>> payloads_{1};
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> children_{1};  // node -> (word, child)
  // Per node: whether it has payloads and whether it has children, read by Extend() from one byte
  // instead of the two vectors' bounds.
  static constexpr uint8_t kHasPayloads = 1, kHasChildren = 2;
  std::vector<uint8_t> node_flags_{0};
  std::vector<uint8_t> node_marks_{0};  // per node: the marks of its payloads (Add), or-ed
  size_t phrases_ = 0;
};

}  // namespace rasad

#endif  // RASAD_LEXICON_PHRASE_MATCHER_H_
