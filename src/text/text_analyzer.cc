#include "text/text_analyzer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/arabic_normalizer.h"
#include "text/segmenter.h"
#include "text/utf8.h"
#include "util/tsv_reader.h"

namespace rasad {
namespace {

// The word cache: its first size (a power of two), and its bounds before it starts over.
constexpr size_t kInitialSlots = 1 << 12;
constexpr size_t kMaxCached = 1 << 20;
// Its most slots: kMaxCached at most half full, as ever. Below that it grows at a quarter full, so that
// more words are found in their own slot (a third of the lookups of a news text probed on at half).
constexpr size_t kMaxSlots = 2 * kMaxCached;
constexpr size_t kMaxArena = size_t{1} << 30;
// CachedWord::stem_offset: this bit set, the offset of the stem in the word (the rest in the arena;
// under kMaxArena, the bit never set).
constexpr uint32_t kStemInWord = uint32_t{1} << 31;

enum class CharClass : uint8_t { kSpace, kArabic, kLatin, kOtherLetter, kDigit, kPunct, kSymbol, kMark };

// Character classes of BMP code points, computed once with ICU.
class CharClasses {
 public:
  static const CharClasses& Get() {
    static const CharClasses instance;
    return instance;
  }
  CharClass Of(char32_t c) const {
    if (c < 0x10000) return table_[c];
    return u_isalpha(static_cast<UChar32>(c)) ? CharClass::kOtherLetter : CharClass::kSymbol;
  }

  // The class of the two-byte sequence b0 b1 (IsTwoByteUtf8 holds).
  CharClass OfTwoBytes(unsigned char b0, unsigned char b1) const { return table_[TwoByteCodePoint(b0, b1)]; }

  // Whether the two bytes at p are a whole two-byte sequence of an Arabic letter or a mark: one
  // table read for the loop over the letters of an Arabic word.
  bool ArabicPair(const unsigned char* p) const { return (arabic_pair_[PairIndex(p)] & kLetterOrMark) != 0; }
  // Whether they are a whole two-byte sequence of an Arabic letter (kArabic, not a mark): the first
  // letter of most tokens, classed by the same table read without a decode.
  bool ArabicLetterPair(const unsigned char* p) const { return (arabic_pair_[PairIndex(p)] & kLetter) != 0; }

  // Reads the code point at p (p < end) into *cp and its class into *cls; returns its length. ASCII
  // and two-byte sequences (all of Arabic) are read inline. An invalid byte reads as U+FFFD, one
  // byte long, so that nothing is lost.
  int Read(const unsigned char* p, const unsigned char* end, char32_t* cp, CharClass* cls) const {
    unsigned char b = p[0];
    if (b < 0x80) {
      *cp = b;
      *cls = table_[b];
      return 1;
    }
    if (IsTwoByteUtf8(p, end)) {
      *cp = TwoByteCodePoint(b, p[1]);
      *cls = OfTwoBytes(b, p[1]);
      return 2;
    }
    int n = DecodeUtf8(p, end, cp);
    if (n == 0) {
      *cp = 0xFFFD;
      n = 1;
    }
    *cls = Of(*cp);
    return n;
  }

 private:
  CharClasses() : table_(0x10000), arabic_pair_(0x10000) {
    for (char32_t c = 0; c < 0x10000; ++c) table_[c] = Compute(c);
    for (unsigned b0 = 0xC2; b0 <= 0xDF; ++b0) {
      for (unsigned b1 = 0x80; b1 <= 0xBF; ++b1) {
        CharClass k = OfTwoBytes(static_cast<unsigned char>(b0), static_cast<unsigned char>(b1));
        const unsigned char pair[2] = {static_cast<unsigned char>(b0), static_cast<unsigned char>(b1)};
        arabic_pair_[PairIndex(pair)] = (k == CharClass::kArabic ? kLetter | kLetterOrMark : 0) |
                                        (k == CharClass::kMark ? kLetterOrMark : 0);
      }
    }
  }
  static CharClass Compute(char32_t c) {
    UChar32 u = static_cast<UChar32>(c);
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (u_isUWhiteSpace(u) || c == 0x200B) return CharClass::kSpace;
    int8_t type = u_charType(u);
    switch (type) {
      case U_NON_SPACING_MARK:
      case U_COMBINING_SPACING_MARK:
      case U_ENCLOSING_MARK:
        return CharClass::kMark;
      case U_FORMAT_CHAR:
      case U_CONTROL_CHAR:
        return CharClass::kSpace;
      default:
        break;
    }
    // (The normalizer lists the code points that are not, by the same test.)
    if (ArabicNormalizer::IsArabicLetter(c)) return CharClass::kArabic;
    if (u_isalpha(u)) {
      UErrorCode err = U_ZERO_ERROR;
      UScriptCode script = uscript_getScript(u, &err);
      if (script == USCRIPT_LATIN) return CharClass::kLatin;
      return CharClass::kOtherLetter;
    }
    if (u_isdigit(u)) return CharClass::kDigit;
    if (u_ispunct(u)) return CharClass::kPunct;
    return CharClass::kSymbol;
  }
  static constexpr uint8_t kLetterOrMark = 1, kLetter = 2;
  std::vector<CharClass> table_;
  std::vector<uint8_t> arabic_pair_;  // indexed by PairIndex (utf8.h): kLetterOrMark and kLetter bits
};

}  // namespace

Result<std::unique_ptr<TextResources>> TextResources::Load(const std::string& data_dir,
                                                           const std::string& hunspell_dic) {
  auto res = std::make_unique<TextResources>();
  if (!hunspell_dic.empty()) {
    Status s = res->words.LoadHunspellDic(hunspell_dic);
    if (!s.ok()) return s;
  }
  Status s = res->numbers.Load(data_dir + "/text/numbers.tsv");
  if (!s.ok()) return s;
  res->numbers.ExportTo(&res->words);
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  {
    TsvReader r(data_dir + "/text/clause_markers.tsv");
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      std::vector<std::string> words;
      for (std::string_view w : SplitList(f[0], ' ')) words.push_back(norm.Normalize(w));
      if (words.empty()) return r.Error("empty clause marker");
      for (const std::string& w : words) res->words.AddNormalized(w, kWordFunction);
      res->clause_markers.push_back(std::move(words));
    }
    for (uint32_t m = 0; m < res->clause_markers.size(); ++m) {
      uint32_t first = res->clause_marker_firsts.Insert(res->clause_markers[m][0]);
      if (first >= res->clause_markers_by_first.size()) res->clause_markers_by_first.resize(first + 1);
      res->clause_markers_by_first[first].push_back(m);
    }
  }
  for (auto [file, word_class] : {std::pair{"initial_letter_words.tsv", kWordInitialLetter},
                                   std::pair{"prepositions.tsv", kWordPreposition},
                                   std::pair{"verb_forms.tsv", kWordVerb}}) {
    TsvReader r(data_dir + "/text/" + file);
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    while (r.Next(&f)) res->words.AddNormalized(norm.Normalize(f[0]), word_class);
  }
  {
    // Whole words of hunspell-ar's list that news reads as a clitic and a word (بدور: ب + دور).
    TsvReader r(data_dir + "/text/clitic_words.tsv");
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    while (r.Next(&f)) res->words.RemoveNormalized(norm.Normalize(f[0]));
  }
  {
    TsvReader r(data_dir + "/text/abbreviations.tsv");
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    while (r.Next(&f)) res->abbreviations.Insert(norm.Normalize(f[0]));
  }
  return res;
}

TextAnalyzer::TextAnalyzer(const TextResources* resources)
    : resources_(resources), clitics_(&resources->words) {
  ClearCache();
}

void TextAnalyzer::ClearCache() {
  slots_.assign(kInitialSlots, CachedWord());
  arena_.clear();
  cached_ = 0;
  marker_starts_.clear();
  opens_clause_.clear();
  // Unique across analyzers, so that types of texts from two analyzers are never taken as equal.
  static std::atomic<uint64_t> generations{0};
  generation_ = ++generations;
}

namespace {

// The hash of a word cache key, and the word's first and last eight bytes (*head, *tail), which
// hold all of a word of up to 16 bytes (almost all): two loads that overlap when it is shorter (four
// bytes each under 8, the bytes one after the other under 4, *tail then 0). Its hash is one
// multiplication of the two into 128 bits, whose high half is folded onto the low one (only the low
// bits pick a slot); FlatStringIndex::Hash for longer words.
inline uint64_t WordHash(std::string_view word, uint64_t* head, uint64_t* tail) {
  const char* p = word.data();
  const size_t n = word.size();
  uint64_t a, b;
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
    *head = a;
    *tail = b;
    if (n > 16) return FlatStringIndex::Hash(word);
  } else if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    a = lo;
    b = hi;
  } else {
    a = 0;
    for (size_t i = 0; i < n; ++i) a = a << 8 | static_cast<unsigned char>(p[i]);
    b = 0;
  }
  *head = a;
  *tail = b;
  const unsigned __int128 m =
      static_cast<unsigned __int128>(a ^ 0x9E3779B97F4A7C15ull) * ((b ^ n) ^ 0xbf58476d1ce4e5b9ull);
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

}  // namespace

// Inline in Tokenize, its only caller: a hit is most words, and a call would save and restore the
// registers Tokenize keeps its positions in.
[[gnu::always_inline]] inline const TextAnalyzer::CachedWord& TextAnalyzer::AnalyzeWord(CacheView* cache,
                                                                                          std::string_view word,
                                                                                          bool final_ta_marbuta,
                                                                                          bool* missed) {
  // The key is the word and whether it was written with a final ة (the same letters analyse differently
  // then): a salt changes the hash, and the code holds the mark.
  constexpr uint64_t kTaMarbutaSalt = 0x5bd1e9955bd1e995ull;
  uint64_t head, tail;
  // (Never 0, the mark of an empty slot: its top bit set, which no mask of the slots reaches, so that
  // the low bits that pick the slot all vary.)
  const uint64_t hash = (WordHash(word, &head, &tail) ^ (final_ta_marbuta ? kTaMarbutaSalt : 0)) | uint64_t{1} << 63;
  const uint32_t code = KeyCode(word, final_ta_marbuta);
  // A word of up to 16 bytes is its length and its head and tail, compared in registers; a longer
  // one is compared with the key's bytes in the arena too.
  // (Of a longer word, the bytes between its head and tail, eight at a time: the last eight may
  // overlap the tail.)
  auto middle_equal = [&](const CachedWord& c) {
    const char* key = cache->arena + c.key_offset;
    for (size_t i = 8; i + 8 < word.size(); i += 8) {
      uint64_t x, y;
      std::memcpy(&x, key + i, 8);
      std::memcpy(&y, word.data() + i, 8);
      if (x != y) return false;
    }
    return true;
  };
  auto is_key = [&](const CachedWord& c) {
    return c.head == head && c.tail == tail && c.code == code && (word.size() <= 16 || middle_equal(c));
  };
  const size_t mask = cache->mask;
  size_t i = hash & mask;
  // The word in its own slot, most hits, tested before the loop over the slots after it: the loop
  // needs registers that the hit would otherwise save and restore.
  if (is_key(cache->slots[i])) [[likely]] return cache->slots[i];
  for (; cache->slots[i].hash != 0; i = (i + 1) & mask) {
    if (is_key(cache->slots[i])) return cache->slots[i];
  }
  const CachedWord& c = CacheWord(word, final_ta_marbuta, hash, i);
  *cache = View();
  *missed = true;
  return c;
}

// Kept out of AnalyzeWord (noinline): the registers the analysis needs would otherwise be saved and
// restored on every hit too, most of AnalyzeWord's cost.
[[gnu::noinline]] const TextAnalyzer::CachedWord& TextAnalyzer::CacheWord(std::string_view word, bool final_ta_marbuta,
                                                                         uint64_t hash, size_t i) {
  // Keep the cache bounded on long runs over large corpora, at most a quarter full up to kMaxSlots,
  // and at most half full there.
  if (cached_ >= kMaxCached || arena_.size() + 2 * word.size() > kMaxArena) {
    ClearCache();
    i = hash & (slots_.size() - 1);
  } else if (4 * (cached_ + 1) > slots_.size() && slots_.size() < kMaxSlots) {
    std::vector<CachedWord> old(2 * slots_.size());
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const CachedWord& c : old) {
      if (c.hash == 0) continue;
      size_t j = c.hash & mask;
      while (slots_[j].hash != 0) j = (j + 1) & mask;
      slots_[j] = c;
    }
    i = hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
  }
  WordAnalysis a = clitics_.Analyze(word, final_ta_marbuta);
  CachedWord& c = slots_[i];
  c.hash = hash;
  WordHash(word, &c.head, &c.tail);
  c.code = KeyCode(word, final_ta_marbuta);
  // (A word of up to 16 bytes is whole in its head and tail.)
  if (word.size() > 16) {
    c.key_offset = static_cast<uint32_t>(arena_.size());
    arena_ += word;
  }
  // A stem that is a run of the word's own bytes (the word without its clitics, or the whole word:
  // almost all) is kept as its offset in the word; Tokenize then reads it from the text itself. Any
  // other stem is kept in the arena.
  c.stem_length = static_cast<uint32_t>(a.stem.size());
  if (const size_t at = word.find(a.stem); at != std::string_view::npos) {
    c.stem_offset = static_cast<uint32_t>(at) | kStemInWord;
  } else {
    c.stem_offset = static_cast<uint32_t>(arena_.size());
    arena_ += a.stem;
  }
  c.prefixes = a.prefixes;
  c.suffix = a.suffix;
  c.source = a.source;
  c.word_class = a.word_class;
  c.type = static_cast<uint32_t>(cached_);
  ++cached_;
  marker_starts_.push_back(ClauseMarkerStartOf(*resources_, word, a.stem, a.prefixes, a.word_class));
  opens_clause_.push_back(MayOpenClause(marker_starts_.back(), a.prefixes, a.word_class, a.source));
  return c;
}

void TextAnalyzer::Analyze(std::string_view original, AnalyzedText* out) {
  out->original = original;
  out->norm.clear();
  out->norm_to_orig.Clear();
  out->stems.clear();
  out->tokens.clear();
  out->sentences.clear();
  out->clauses.clear();
  out->quantities.clear();
  out->number_tokens.clear();
  others_.clear();
  ArabicNormalizer::Get().Normalize(original, 0, &out->norm, &out->norm_to_orig, &others_);
  others_.push_back(static_cast<uint32_t>(out->norm.size()));  // (past any word's end)
  Tokenize(out);
  out->type_generation = generation_;
  SegmentSentences(*resources_, out, sentence_events_);
  SegmentClauses(*resources_, out, clause_candidates_, marker_starts_);
  resources_->numbers.FindQuantities(out, quantity_starts_);
}

namespace {

// Whether the original code point at o (o < end) is ة written bare or as a presentation form (U+0629,
// U+FE93, U+FE94): their UTF-8 bytes, compared without a decode.
inline bool IsTaMarbutaAt(const unsigned char* o, const unsigned char* end) {
  if (o[0] == 0xD8) return end - o >= 2 && o[1] == 0xA9;
  if (o[0] == 0xEF) return end - o >= 3 && o[1] == 0xBA && (o[2] == 0x93 || o[2] == 0x94);
  return false;
}

// Bytes after the NUL that ends the text of Tokenize, read by FirstAscii and never used.
constexpr size_t kScanPadding = 16;

// The first ASCII byte at or after p, where a NUL follows the text and kScanPadding bytes follow it:
// sixteen bytes a turn (eight without SSE2), read as a mask of their top bits, clear at ASCII bytes.
inline const unsigned char* FirstAscii(const unsigned char* p) {
#if defined(__SSE2__)
  for (;; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const unsigned ascii = ~static_cast<unsigned>(_mm_movemask_epi8(v)) & 0xFFFFu;
    if (ascii != 0) return p + std::countr_zero(ascii);
  }
#else
  for (;; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    w = ~w & 0x8080808080808080ull;
    if (w != 0) {
      return p + (std::endian::native == std::endian::little ? std::countr_zero(w) : std::countl_zero(w)) / 8;
    }
  }
#endif
}

// A token's span in the original, and the offset of the code point behind its last two bytes.
struct OrigSpan {
  uint32_t begin, end, ha;
};

// Reads a compact byte map forward (the positions asked for never decrease): `anchor` covers the last
// one. A token that ends before fast_end (the next anchor, or this one's own start when it is flat;
// one more, see Settle) maps each of its offsets to its own plus delta (modulo 2^32), which the caller
// reads without a call.
struct MapReader {
  const CompactOffsetMap::Anchor* anchor;
  uint32_t fast_end = 0, delta = 0;

  explicit MapReader(const CompactOffsetMap::Anchor* first) : anchor(first) {
    fast_end = anchor->flat ? anchor->norm : anchor[1].norm;
    delta = anchor->orig - anchor->norm;
  }

  // (Only in Span, out of line: in the constructor, inline in Tokenize, the test cost more in the
  // loop over the tokens than it saved.)
  void Settle() {
    fast_end = anchor->flat ? anchor->norm : anchor[1].norm;
    delta = anchor->orig - anchor->norm;
    // A token that ends where the next anchor starts, whose original offset is the one delta gives
    // (a word before the Arabic comma ، that folds to a comma: a flat anchor), is read the same way:
    // its end maps to that offset, and only the next token needs a call.
    if (!anchor->flat && anchor[1].norm != CompactOffsetMap::kEnd && anchor[1].orig == anchor[1].norm + delta) {
      ++fast_end;
    }
  }
  // The original offset of byte n, the first byte of a code point (or the end).
  uint32_t At(uint32_t n) {
    while (anchor[1].norm <= n) ++anchor;
    return anchor->flat ? anchor->orig : anchor->orig + (n - anchor->norm);
  }
  // The span of the token [nb, ne) that reaches past fast_end (ne > nb), and when `ha`, the offset of
  // the code point behind bytes ne - 2 and ne - 1. When ne falls inside the expansion of one original
  // code point (a ligature: a flat stretch that goes on past ne), the token takes the whole code
  // point. Out of line: a token's span is mostly read from fast_end and delta.
  [[gnu::noinline]] OrigSpan Span(uint32_t nb, uint32_t ne, bool ha, const unsigned char* orig,
                                  const unsigned char* orig_end) {
    OrigSpan s;
    s.begin = At(nb);
    s.ha = ha ? At(ne - 2) : 0;
    while (anchor[1].norm <= ne - 1) ++anchor;
    if (anchor->flat && anchor[1].norm > ne) {
      const uint32_t at = anchor->orig;
      char32_t cp;
      const int len = DecodeUtf8(orig + at, orig_end, &cp);
      s.end = at + static_cast<uint32_t>(len > 0 ? len : 1);
    } else {
      s.end = At(ne);
    }
    Settle();
    return s;
  }
};

}  // namespace

void TextAnalyzer::Tokenize(AnalyzedText* out) {
  const CharClasses& classes = CharClasses::Get();
  const std::string& norm = out->norm;
  // out->stems starts as a copy of the matching form, where the stem of most tokens is read: the
  // token itself, or an Arabic word without its clitics. A NUL byte follows it, then the other stems
  // (rare), gathered in rare_stems_ while the text is read and appended at the end.
  // The text is read from this copy: its NUL and the string's own terminator after it end every run
  // of letters (no two-byte letter starts with or holds a NUL), so that the loops over the letters
  // need no test of the end.
  std::string& stems = out->stems;
  stems.assign(norm);
  stems.append(1 + kScanPadding, '\0');
  stems.resize(norm.size() + 1);  // (the padding stays written after the string's end)
  rare_stems_.clear();
  const auto rare_base = static_cast<uint32_t>(stems.size());
  const auto* base = reinterpret_cast<const unsigned char*>(stems.data());
  const auto* end = base + norm.size();
  // The byte map and the original text through local pointers: the stores through the stems' and the
  // tokens' bytes below could alias anything reached through `out`, so the compiler would otherwise
  // read them from *out again for every token.
  const auto* orig = reinterpret_cast<const unsigned char*>(out->original.data());
  std::vector<Token>& tokens = out->tokens;
  tokens.reserve(norm.size() / 6);
  auto orig_end_ptr = [out, orig] { return orig + out->original.size(); };  // (read where needed: rarely)

  // The byte map, read forward (MapReader): most tokens lie in its stretch up to fast_end, where a
  // byte's original offset is its own plus delta.
  MapReader map(out->norm_to_orig.anchors());

  sentence_events_.clear();
  clause_candidates_.clear();
  quantity_starts_.clear();
  CacheView cache = View();
  uint64_t generation = generation_;
  uint32_t index = static_cast<uint32_t>(tokens.size());  // of the next token
  const unsigned char* p = base;
  // The next code point that is neither ASCII nor a two-byte Arabic letter (others_; the text's end
  // after the last).
  const uint32_t* other = others_.data();
  const unsigned char* next_other = base + *other;
  bool line_break = false;  // since the previous token
  // ه (U+0647, bytes D9 87) read as PairIndex reads two bytes: one comparison for a word's last letter.
  constexpr uint16_t kHaPair = std::endian::native == std::endian::little ? 0x87D9 : 0xD987;
  // The token [start, p) of `kind`: an Arabic word when `arabic_word`, and one that ends in the ه a
  // final ة folds to when `ends_in_ha` (the code point behind it is looked at). (Inline in both of its
  // callers, so that the Arabic word, most tokens, is emitted with what is known of it already;
  // [[gnu::always_inline]] does not reach a lambda's call operator in this place: it would apply to its type.)
  auto emit = [&](const unsigned char* start, TokenKind kind, bool arabic_word,
                  bool ends_in_ha) __attribute__((always_inline)) {
    if (kind == TokenKind::kPunct || line_break) sentence_events_.push_back(index);
    Token& t = tokens.emplace_back();  // filled in place: no copy of each token
    t.kind = kind;
    t.line_break_before = line_break;
    line_break = false;
    const auto norm_begin = static_cast<uint32_t>(start - base);
    const auto norm_end = static_cast<uint32_t>(p - base);
    t.norm_begin = norm_begin;
    t.norm_end = norm_end;
    OrigSpan span;
    if (norm_end < map.fast_end) [[likely]] {
      span = {norm_begin + map.delta, norm_end + map.delta, norm_end - 2 + map.delta};
    } else {
      span = map.Span(norm_begin, norm_end, ends_in_ha, orig, orig_end_ptr());
    }
    t.begin = span.begin;
    t.end = span.end;
    std::string_view text(reinterpret_cast<const char*>(start), norm_end - norm_begin);
    if (arabic_word) {
      // Written with a final ة (bare, with a diacritic after it, or as a presentation form): the
      // code point behind the last byte of the matching form says, when that is the ه ة folds to.
      const bool ta_marbuta = ends_in_ha && IsTaMarbutaAt(orig + span.ha, orig_end_ptr());
      bool missed = false;
      const CachedWord& a = AnalyzeWord(&cache, text, ta_marbuta, &missed);
      if (missed && generation_ != generation) [[unlikely]] {
        // The cache started over inside this text (only a miss can do that): the types given before
        // are of another generation.
        for (Token& before : tokens) before.type = kNoWordType;
        generation = generation_;
      }
      t.type = a.type;
      t.prefixes = a.prefixes;
      t.suffix = a.suffix;
      t.stem_source = a.source;
      t.word_class = a.word_class;
      if (cache.opens_clause[a.type]) clause_candidates_.push_back(index);
      if (a.word_class & kWordNumber) quantity_starts_.push_back(index);
      t.stem_length = a.stem_length;
      // (Where the stem lies in the word, it lies at the same place in the token.)
      if (a.stem_offset & kStemInWord) [[likely]] {
        t.stem_offset = norm_begin + (a.stem_offset ^ kStemInWord);
      } else {
        t.stem_offset = rare_base + static_cast<uint32_t>(rare_stems_.size());
        rare_stems_.append(cache.arena + a.stem_offset, a.stem_length);
      }
    } else {
      if (kind == TokenKind::kNumber) {
        quantity_starts_.push_back(index);
        out->number_tokens.push_back(index);
      } else if (kind == TokenKind::kPunct && text.size() == 1 && text[0] == ';') {
        clause_candidates_.push_back(index);
      }
      t.stem_offset = norm_begin;
      t.stem_length = norm_end - norm_begin;
    }
    ++index;
  };
  // (The end is tested where neither a space nor an Arabic letter is read: the NUL after the text is
  // neither.)
  for (;;) {
    if (*p == ' ') {  // most spaces, without a read of their class
      ++p;
      continue;
    }
    if (classes.ArabicLetterPair(p)) {
      // Most tokens: an Arabic word whose first letter is a two-byte sequence, classed by one table
      // read without a decode (what classes.Read would give: kArabic, two bytes); most often one
      // after another, a space between them (read here rather than by another turn of the loop).
      do {
        const unsigned char* start = p;
        // Where no other code point lies before the next ASCII byte (a space, a comma, a stop, the
        // NUL at the end), every byte up to it is part of a two-byte Arabic letter: the word ends there.
        const unsigned char* ascii = FirstAscii(p + 2);
        bool plain = ascii <= next_other;
        if (!plain) [[unlikely]] {
          while (next_other < p) next_other = base + *++other;
          plain = ascii <= next_other;
        }
        if (plain) [[likely]] {
          p = ascii;
        } else {
          p += 2;
          while (classes.ArabicPair(p)) p += 2;
          // The rest: an ASCII byte ends the word.
          while (*p >= 0x80) {
            char32_t c;
            CharClass k;
            int m = classes.Read(p, end, &c, &k);
            if (k != CharClass::kArabic && k != CharClass::kMark) break;
            p += m;
          }
        }
        emit(start, TokenKind::kWord, true, PairIndex(p - 2) == kHaPair);
      } while (*p == ' ' && classes.ArabicLetterPair(++p));
      continue;
    }
    const unsigned char* start = p;
    if (*p == ',' || *p == '.') {  // most punctuation, without a read of its class
      const bool stop = *p == '.';
      ++p;
      if (stop) {  // an ellipsis (… folds to ...) is one token
        while (*p == '.') ++p;
      }
      emit(start, TokenKind::kPunct, false, false);
      continue;
    }
    if (p >= end) break;
    TokenKind kind;
    CharClass cls;
    char32_t cp;
    int n = classes.Read(p, end, &cp, &cls);
    if (cls == CharClass::kSpace || cls == CharClass::kMark) {
      line_break = line_break || cp == '\n';
      p += n;
      continue;
    }
    p += n;
    if (cls == CharClass::kArabic || cls == CharClass::kOtherLetter || cls == CharClass::kLatin) {
      kind = cls == CharClass::kLatin ? TokenKind::kLatin : TokenKind::kWord;
      if (cls == CharClass::kArabic) {
        // The bulk of an Arabic word: two-byte letters and marks, classed without a full decode.
        while (classes.ArabicPair(p)) p += 2;
      }
      while (p < end && *p != ' ') {  // a space, the usual end, is read by the outer loop
        // (No ASCII byte is an Arabic letter or a mark: the comma or stop after a word ends it
        // without a read of its class.)
        if (cls == CharClass::kArabic && *p < 0x80) break;
        char32_t c;
        CharClass k;
        int m = classes.Read(p, end, &c, &k);
        bool same = k == cls || k == CharClass::kMark ||
                    (cls == CharClass::kLatin && k == CharClass::kDigit);
        if (!same) break;
        p += m;
      }
    } else if (cls == CharClass::kDigit) {
      kind = TokenKind::kNumber;
      while (p < end) {
        if (*p >= '0' && *p <= '9') {
          ++p;
        } else if ((*p == '.' || *p == ',') && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
          p += 2;
        } else {
          break;
        }
      }
    } else {
      kind = cls == CharClass::kPunct ? TokenKind::kPunct : TokenKind::kSymbol;
      if (cp == '.') {  // an ellipsis (… folds to ...) is one token
        while (p < end && *p == '.') ++p;
      }
    }
    const bool arabic_word = kind == TokenKind::kWord && cls == CharClass::kArabic;
    emit(start, kind, arabic_word, arabic_word && p - start >= 2 && PairIndex(p - 2) == kHaPair);
  }
  if (!rare_stems_.empty()) [[unlikely]] stems += rare_stems_;
}

std::vector<std::string_view> ProcliticNames(uint8_t prefixes) {
  static constexpr std::array<std::pair<uint8_t, std::string_view>, 7> kNames = {{
      {kProWa, "و"}, {kProFa, "ف"}, {kProBi, "ب"}, {kProLi, "ل"}, {kProKa, "ك"}, {kProSa, "س"}, {kProAl, "ال"},
  }};
  std::vector<std::string_view> out;
  for (const auto& [bit, name] : kNames) {
    if (prefixes & bit) out.push_back(name);
  }
  return out;
}

std::string_view EncliticName(Enclitic e) {
  switch (e) {
    case Enclitic::kNone: return "";
    case Enclitic::kHu: return "ه";
    case Enclitic::kHa: return "ها";
    case Enclitic::kHum: return "هم";
    case Enclitic::kHuma: return "هما";
    case Enclitic::kHunna: return "هن";
    case Enclitic::kKa: return "ك";
    case Enclitic::kKum: return "كم";
    case Enclitic::kNa: return "نا";
    case Enclitic::kYa: return "ي";
  }
  return "";
}

std::string_view TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kSymbol: return "symbol";
  }
  return "word";
}

}  // namespace rasad
