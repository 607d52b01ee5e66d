// AnalyzedText: a document after the text layer: its matching form with a byte map back to the
// original, tokens with their clitic analysis, sentences, clauses and quantities.
//
// All positions are byte offsets. Token::begin/end and Sentence::begin/end index the ORIGINAL
// document (document[begin:end] is the token as written); norm_begin/norm_end index `norm`.
// The object owns its normalized text and stems; it refers to the original document's text through
// `original`, which must outlive it.
#ifndef RASAD_TEXT_ANALYZED_TEXT_H_
#define RASAD_TEXT_ANALYZED_TEXT_H_

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/offset_map.h"

namespace rasad {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kLatin, kSymbol };

// Proclitics, as bits, in their fixed Arabic order: conjunction (و ف), preposition or future
// particle (ب ل ك س), article (ال; لل is ل + ال).
enum Proclitic : uint8_t {
  kProWa = 1 << 0,
  kProFa = 1 << 1,
  kProBi = 1 << 2,
  kProLi = 1 << 3,
  kProKa = 1 << 4,
  kProSa = 1 << 5,
  kProAl = 1 << 6,
};

// Pronoun enclitics.
enum class Enclitic : uint8_t { kNone, kHu, kHa, kHum, kHuma, kHunna, kKa, kKum, kNa, kYa };

// How the stem of a word was established.
enum class StemSource : uint8_t {
  kWhole,      // the word as a whole is known (or not a word)
  kLexicon,    // clitics split so that the stem is a known word
  kHeuristic,  // the stem is not known; only reliable clitics (the article) were split
};

// The word type of a token that has none (see Token::type).
inline constexpr uint32_t kNoWordType = UINT32_MAX;

struct Token {
  uint32_t begin = 0, end = 0;            // original bytes
  uint32_t norm_begin = 0, norm_end = 0;  // bytes of AnalyzedText::norm
  uint32_t stem_offset = 0;               // into AnalyzedText::stems
  uint32_t stem_length = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t prefixes = 0;                   // Proclitic bits
  Enclitic suffix = Enclitic::kNone;
  StemSource stem_source = StemSource::kWhole;
  uint8_t word_class = 0;                 // WordClass bits of the stem (see word_set.h)
  bool line_break_before = false;         // a line break in the space since the previous token
  uint32_t sentence = 0;
  uint32_t clause = 0;                    // global clause index
  // Arabic words: the same number for every token of the same word (matching form, and whether it
  // was written with a final ة), in all texts of one AnalyzedText::type_generation; so what is
  // computed from a word's keys can be kept per type. kNoWordType for other tokens.
  uint32_t type = kNoWordType;
  double value = NAN;                     // numbers and number words
};

struct Sentence {
  uint32_t first_token = 0, end_token = 0;  // [first, end)
  uint32_t begin = 0, end = 0;              // original bytes
};

struct Clause {
  uint32_t first_token = 0, end_token = 0;
  uint32_t sentence = 0;
};

// How a quantity's words bound its value: أكثر من ٢٠ (at least), نحو ٢٠ (about), أقل من ٢٠ (at most).
enum class QuantityBound : uint8_t { kExact, kAtLeast, kAbout, kAtMost };

// A count expressed by digits, number words or a vague quantifier, over one or more tokens. The
// tokens include a bounding phrase before the number (أكثر من ثمانية آلاف): the count is one phrase.
struct Quantity {
  uint32_t first_token = 0, end_token = 0;
  double value = 0;
  bool vague = false;       // بضعة، عشرات، مئات: `value` is the documented lower bound
  QuantityBound bound = QuantityBound::kExact;
  // The proclitics of the count's first word (its Token::prefixes), also where the word list keeps
  // a bounding word whole with its preposition (لأكثر من: kProLi).
  uint8_t prefixes = 0;
  std::string unit;         // "km" etc. when a measure word follows; empty for counts
};

struct AnalyzedText {
  std::string_view original;
  std::string norm;
  // The byte map of `norm` back to `original`, compact (offset_map.h): read it with NormToOrig.
  CompactOffsetMap norm_to_orig;
  std::string stems;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Clause> clauses;
  std::vector<Quantity> quantities;
  std::vector<uint32_t> number_tokens;  // the tokens written in figures, in order
  // Token types are comparable between texts of the same generation only (never 0 once analyzed).
  uint64_t type_generation = 0;

  // The pieces of a token or sentence of this text. (Views made from the offsets, which always lie
  // within the text, without substr's bounds test: GCC often leaves substr a call, and these are
  // asked for every token by every stage.)
  std::string_view Norm(const Token& t) const {
    return std::string_view(norm.data() + t.norm_begin, t.norm_end - t.norm_begin);
  }
  std::string_view Stem(const Token& t) const { return std::string_view(stems.data() + t.stem_offset, t.stem_length); }
  std::string_view Text(const Token& t) const { return std::string_view(original.data() + t.begin, t.end - t.begin); }
  // The offset in `original` of the code point that byte n of `norm` came from; original.size()
  // for n == norm.size().
  uint32_t NormToOrig(uint32_t n) const { return norm_to_orig.At(norm, n); }
  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(original.data() + s.begin, s.end - s.begin);
  }
};

// Names of proclitics and enclitics in their matching form ("و", "ال", "ه" ...).
std::vector<std::string_view> ProcliticNames(uint8_t prefixes);
std::string_view EncliticName(Enclitic e);
std::string_view TokenKindName(TokenKind k);

}  // namespace rasad

#endif  // RASAD_TEXT_ANALYZED_TEXT_H_
