// ArabicNormalizer: the matching form of Arabic and Latin text, with a byte map to the original.
//
// The matching form is what rasad compares against its dictionaries. Per code point it is:
// ICU's NFKC with case folding (presentation forms and ligatures decomposed, Latin lower-cased,
// default-ignorable characters such as bidi marks and ZWJ removed), then Arabic folding: diacritics
// (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel removed; أ إ آ ٱ -> ا;
// ى -> ي; ة -> ه; Persian/Urdu ک ی ە ۀ -> ك ي ه ه; Eastern Arabic and Persian digits -> ASCII;
// Arabic comma, semicolon, question mark, decimal and thousands separators and percent sign -> their
// ASCII counterparts.
//
// Folding is per code point (the table is computed once with ICU), which keeps normalization a
// table lookup and makes the byte map exact: every output byte knows the original code point it came
// from. Canonical composition across code points is not needed for matching because every mark that
// could compose is removed.
#ifndef RASAD_TEXT_ARABIC_NORMALIZER_H_
#define RASAD_TEXT_ARABIC_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/offset_map.h"

namespace rasad {

class ArabicNormalizer {
 public:
  // The process-wide normalizer; its table is built on first use (thread-safe) with ICU.
  static const ArabicNormalizer& Get();

  // Appends the matching form of `text` (valid UTF-8) to *out. When map is not null, appends one
  // entry per output byte: base + the offset in `text` of the code point the byte came from. The
  // caller appends the final end offset if it needs a one-past-the-end entry.
  void Normalize(std::string_view text, uint32_t base, std::string* out, OffsetMap* map) const;

  // The same map as anchors (offset_map.h), positions in *out: the form the text layer keeps, with
  // no entry for most bytes. *map must end where *out ends (both empty, or filled by earlier calls);
  // on return it covers every byte appended, and out->size() maps to base + text.size().
  // When `others` is not null, also appends to it the position in *out of every code point written
  // that is neither ASCII nor a two-byte Arabic letter (IsArabicLetter; an invalid byte kept counts
  // too): between two of them, every byte that is not ASCII is part of a two-byte Arabic letter,
  // which lets the tokenizer find the end of an Arabic word at the next ASCII byte.
  void Normalize(std::string_view text, uint32_t base, std::string* out, CompactOffsetMap* map,
                 std::vector<uint32_t>* others = nullptr) const;

  // The matching form of `text`, without a map.
  std::string Normalize(std::string_view text) const;

  // The matching form of one code point ("" when it is removed).
  std::string_view Fold(char32_t cp) const;

  // Whether `c` is what the tokenizer classes as an Arabic letter: alphabetic, of the Arabic script,
  // and no space, mark, format or control character.
  static bool IsArabicLetter(char32_t c);

 private:
  ArabicNormalizer();
  // Both Normalize forms, and the one without a map (kMap false, map null).
  template <bool kMap>
  void NormalizeInto(std::string_view text, uint32_t base, std::string* out, CompactOffsetMap* map,
                     std::vector<uint32_t>* others) const;

  struct Entry {
    uint32_t offset;  // into folded_
    uint8_t length;
    bool identity;    // folds to itself: copy the input bytes
  };
  std::vector<Entry> table_;  // indexed by BMP code point
  // Indexed by the two bytes of a sequence (PairIndex, utf8.h): when they are a valid two-byte UTF-8
  // character whose matching form is one two-byte character (most Arabic letters: itself, or ا for
  // أ, ه for ة), the two bytes of that form as PairIndex reads them; else 0. Runs of such letters
  // are written without a decode and need no anchor in a compact map. A character whose matching
  // form is one ASCII byte (، ٣) has that byte, under kTwoByteForm. One whose form is a two-byte
  // character other than an Arabic letter (« », é) has that form without its top bit (kOtherForm),
  // also under kTwoByteForm: written on its own, its place listed among the `others`.
  static constexpr uint16_t kTwoByteForm = 0x8080;  // the least value of a two-byte form
  static constexpr uint16_t kOtherForm = 0x8000;
  std::vector<uint16_t> pair_out_;
  // Per ASCII byte, the one byte it folds to (itself, or a-z for A-Z); -1 if it folded otherwise.
  std::vector<int16_t> ascii_out_;
  // Indexed by PairIndex: 1 where the two bytes are a whole two-byte Arabic letter (IsArabicLetter).
  std::vector<uint8_t> letter_pair_;
  std::string folded_;
  size_t max_folded_ = 4;  // the longest folded form of one code point, in bytes (at least 4)
};

}  // namespace rasad

#endif  // RASAD_TEXT_ARABIC_NORMALIZER_H_
