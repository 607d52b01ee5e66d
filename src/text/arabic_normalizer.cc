#include "text/arabic_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace rasad {
namespace {

bool IsArabicMark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
         (c >= 0x08D3 && c <= 0x08FF);
}

// Arabic folding of one code point already in NFKC-casefold form. Returns 0 to drop it.
char32_t FoldArabic(char32_t c) {
  if (IsArabicMark(c) || c == 0x0640) return 0;  // diacritics, tatweel
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0649: case 0x06CC: case 0x06D2: return 0x064A;  // alef maqsura, Farsi yeh, yeh barree
    case 0x0629: case 0x06C1: case 0x06C2: case 0x06C3: case 0x06D5: return 0x0647;
    case 0x06A9: case 0x06AA: return 0x0643;  // keheh
    case 0x060C: return ',';
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066B: return '.';
    case 0x066C: return ',';
    case 0x066A: return '%';
    case 0x06D4: return '.';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

}  // namespace

const ArabicNormalizer& ArabicNormalizer::Get() {
  static const ArabicNormalizer instance;
  return instance;
}

bool ArabicNormalizer::IsArabicLetter(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  if (u_isUWhiteSpace(u) || c == 0x200B) return false;
  switch (u_charType(u)) {
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
      return false;
    default:
      break;
  }
  if (!u_isalpha(u)) return false;
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(u, &err) == USCRIPT_ARABIC;
}

ArabicNormalizer::ArabicNormalizer()
    : table_(0x10000), pair_out_(0x10000), ascii_out_(0x80), letter_pair_(0x10000) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  std::string folded_cp;
  for (char32_t c = 0; c < 0x10000; ++c) {
    Entry& e = table_[c];
    if (c >= 0xD800 && c <= 0xDFFF) {  // surrogates never occur in valid UTF-8
      e = {0, 0, true};
      continue;
    }
    icu::UnicodeString src(static_cast<UChar32>(c));
    icu::UnicodeString dst;
    if (U_SUCCESS(err) && nfkc_cf != nullptr) {
      UErrorCode e2 = U_ZERO_ERROR;
      dst = nfkc_cf->normalize(src, e2);
      if (U_FAILURE(e2)) dst = src;
    } else {
      dst = src;
    }
    folded_cp.clear();
    for (int32_t i = 0; i < dst.length();) {
      UChar32 d = dst.char32At(i);
      i += U16_LENGTH(d);
      char32_t f = FoldArabic(static_cast<char32_t>(d));
      if (f != 0) AppendUtf8(f, &folded_cp);
    }
    std::string original;
    AppendUtf8(c, &original);
    if (folded_cp == original) {
      e = {0, 0, true};
    } else {
      e = {static_cast<uint32_t>(folded_.size()), static_cast<uint8_t>(folded_cp.size()), false};
      max_folded_ = std::max(max_folded_, folded_cp.size());
      folded_ += folded_cp;
    }
  }
  for (char32_t c = 0; c < 0x80; ++c) {
    const std::string_view f = Fold(c);
    ascii_out_[c] = table_[c].identity ? static_cast<int16_t>(c)
                    : f.size() == 1    ? static_cast<int16_t>(static_cast<unsigned char>(f[0]))
                                       : int16_t{-1};
  }
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string bytes;
    AppendUtf8(c, &bytes);
    letter_pair_[PairIndex(reinterpret_cast<const unsigned char*>(bytes.data()))] = IsArabicLetter(c) ? 1 : 0;
  }
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string bytes;
    AppendUtf8(c, &bytes);
    std::string_view f = table_[c].identity ? std::string_view(bytes) : Fold(c);
    char32_t g;
    const auto* fb = reinterpret_cast<const unsigned char*>(f.data());
    // One ASCII byte other than NUL (، to a comma, ٣ to 3): that byte, under kTwoByteForm.
    if (f.size() == 1 && f[0] > 0 && static_cast<unsigned char>(f[0]) < 0x80) {
      pair_out_[PairIndex(reinterpret_cast<const unsigned char*>(bytes.data()))] = static_cast<uint16_t>(f[0]);
      continue;
    }
    // One code point of two bytes (a two-byte form decodes whole only if it is one).
    if (f.size() != 2 || DecodeUtf8(fb, fb + 2, &g) != 2) continue;
    pair_out_[PairIndex(reinterpret_cast<const unsigned char*>(bytes.data()))] =
        letter_pair_[PairIndex(fb)] != 0 ? PairIndex(fb) : static_cast<uint16_t>(PairIndex(fb) & ~kOtherForm);
  }
}

std::string_view ArabicNormalizer::Fold(char32_t cp) const {
  if (cp >= 0x10000) return {};
  const Entry& e = table_[cp];
  if (e.identity) return {};
  return std::string_view(folded_).substr(e.offset, e.length);
}

template <bool kMap>
void ArabicNormalizer::NormalizeInto(std::string_view text, uint32_t base, std::string* out,
                                     CompactOffsetMap* map, std::vector<uint32_t>* others) const {
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* q = begin;
  const auto* end = begin + text.size();
  // Written through a raw pointer into a buffer sized for the common case (folding rarely makes text
  // longer); trimmed at the end. Invariant: at least as much room is left as input is left, so that
  // a character written as long as it was read (or shorter) never needs a check; a folding that
  // writes more bytes than it reads makes room first.
  const size_t out0 = out->size();
  size_t room = text.size() + max_folded_;
  out->resize(out0 + room);
  char* d = out->data() + out0;  // the first byte of this call's output
  // The next byte to write. (A pointer, not an offset from d: the loops then keep it in a register,
  // with one instruction less per letter; the offset is taken where the map or the room needs it.)
  char* o = d;
  // The tables through local pointers: stores through o could alias the vectors' own pointers.
  const uint16_t* pairs = pair_out_.data();
  const int16_t* ascii = ascii_out_.data();
  // The last place a two-byte sequence can start (end - 1; end for an empty text): q < last is
  // end - q >= 2, one comparison of pointers per letter.
  const unsigned char* const last = q < end ? end - 1 : end;
  // The last ASCII byte before `last` (begin when there is none): no two-byte letter holds it, so a
  // run of them that starts before it ends at it at the latest, and reads no byte past it but the
  // next one. Such runs, all but the text's last few, are copied without a test of the end.
  const unsigned char* safe = begin;
  for (const unsigned char* s = last; s > begin;) {
    if (*--s < 0x80) {
      safe = s;
      break;
    }
  }
  // One code point that folds otherwise (a mark dropped, a digit, a ligature), is not two bytes long,
  // or is not valid (callers validate first; the byte is kept so that nothing is lost): written at c.o
  // from c.q, the output grown first when it needs more room than is left. One that folds is a flat
  // stretch of the map, and the stretch after it starts anew. (Out of line, and given and returning
  // the positions by value: the loops over ASCII and two-byte letters then keep theirs and the tables
  // in registers.)
  struct Cursor {
    const unsigned char* q;
    char* o;
    char* d;
    size_t room;
  };
  auto fold_one = [this, begin, end, base, out, out0, map, others](Cursor c) __attribute__((noinline)) {
    const unsigned char* q = c.q;
    char* o = c.o;
    const char* bytes = reinterpret_cast<const char*>(q);
    size_t length = 1, read = 1;
    bool folds = true;
    char32_t cp;
    if (const int n = DecodeUtf8(q, end, &cp); n > 0) {
      read = length = static_cast<size_t>(n);
      if (cp < 0x10000 && !table_[cp].identity) {
        const Entry& e = table_[cp];
        bytes = folded_.data() + e.offset;
        length = e.length;
      } else {
        folds = false;
      }
    }
    size_t w = static_cast<size_t>(o - c.d);  // bytes written by this call
    const size_t left_after = static_cast<size_t>(end - q) - read;
    if (w + length + left_after > c.room) {
      c.room = std::max(c.room * 2, w + length + left_after + max_folded_);
      out->resize(out0 + c.room);
      c.d = out->data() + out0;
      o = c.d + w;
    }
    if constexpr (kMap) {
      if (folds) map->Add(static_cast<uint32_t>(out0 + w), base + static_cast<uint32_t>(q - begin), true);
    }
    for (size_t k = 0; k < length; ++k) o[k] = bytes[k];
    if (others != nullptr) {
      if (read == 1 && *q >= 0x80) {
        others->push_back(static_cast<uint32_t>(out0 + w));  // an invalid byte, kept
      } else {
        // The code points written that are not ASCII, each a lead byte and whole (a valid form).
        const auto* f = reinterpret_cast<const unsigned char*>(o);
        for (size_t k = 0; k < length; ++k) {
          if (f[k] < 0x80 || (f[k] & 0xC0) == 0x80) continue;
          if (k + 1 < length && letter_pair_[PairIndex(f + k)] != 0) continue;
          others->push_back(static_cast<uint32_t>(out0 + w + k));
        }
      }
    }
    o += length;
    w += length;
    q += read;
    if constexpr (kMap) {
      if (folds) map->Add(static_cast<uint32_t>(out0 + w), base + static_cast<uint32_t>(q - begin), false);
    }
    c.q = q;
    c.o = o;
    return c;
  };
  if constexpr (kMap) map->Add(static_cast<uint32_t>(out0), base, false);
  while (q < end) {
    const unsigned char b = *q;
    // Fast paths, which leave the map's stretch as it is: ASCII, and runs of two-byte letters (all
    // of Arabic) written as one two-byte letter each.
    if (b < 0x80) {
      const int16_t v = ascii[b];
      if (v >= 0) [[likely]] {
        *o++ = static_cast<char>(v);
        ++q;
        continue;
      }
    } else if (q < last) {
      uint16_t v = pairs[PairIndex(q)];
      if (v >= kTwoByteForm) {
        if (q < safe) {
          // (One index into both the input and the output: one addition per letter.)
          size_t i = 0;
          for (;;) {
            do {
              std::memcpy(o + i, &v, 2);
              i += 2;
            } while ((v = pairs[PairIndex(q + i)]) >= kTwoByteForm);
            // One space between two words, the usual end of a run, is copied and the run goes on:
            // a turn of the outer loop less per word. (Only a space before `safe`: the two bytes
            // after it are then readable, and the run after it starts at `safe` at the latest.)
            const unsigned char* const r = q + i;
            if (*r != ' ' || r == safe || (v = pairs[PairIndex(r + 1)]) < kTwoByteForm) break;
            o[i] = ' ';
            i = static_cast<size_t>(r + 1 - q);
          }
          q += i;
          o += i;
        } else {
          do {
            std::memcpy(o, &v, 2);
            o += 2;
            q += 2;
          } while (q < last && (v = pairs[PairIndex(q)]) >= kTwoByteForm);
        }
        continue;
      }
      if (v >= 0x80) {
        // A two-byte character other than an Arabic letter: its form, and its place among the others.
        v |= kOtherForm;
        std::memcpy(o, &v, 2);
        if (others != nullptr) others->push_back(static_cast<uint32_t>(out0 + (o - d)));
        o += 2;
        q += 2;
        continue;
      }
      if (v != 0) {
        // Folds to one ASCII byte (the Arabic comma, most of these): a flat stretch of the map. The
        // output is one byte shorter than the input: the room always holds it.
        if constexpr (kMap) map->Add(static_cast<uint32_t>(out0 + (o - d)), base + static_cast<uint32_t>(q - begin), true);
        *o++ = static_cast<char>(v);
        q += 2;
        if constexpr (kMap) map->Add(static_cast<uint32_t>(out0 + (o - d)), base + static_cast<uint32_t>(q - begin), false);
        continue;
      }
    }
    const Cursor c = fold_one({q, o, d, room});
    q = c.q;
    o = c.o;
    d = c.d;
    room = c.room;
  }
  out->resize(out0 + static_cast<size_t>(o - d));
}

void ArabicNormalizer::Normalize(std::string_view text, uint32_t base, std::string* out,
                                 CompactOffsetMap* map, std::vector<uint32_t>* others) const {
  if (map != nullptr) NormalizeInto<true>(text, base, out, map, others);
  else NormalizeInto<false>(text, base, out, nullptr, others);
}

void ArabicNormalizer::Normalize(std::string_view text, uint32_t base, std::string* out, OffsetMap* map) const {
  if (map == nullptr) {
    NormalizeInto<false>(text, base, out, nullptr, nullptr);
    return;
  }
  // The anchors, written out byte for byte.
  const size_t out0 = out->size();
  CompactOffsetMap compact;
  NormalizeInto<true>(text, base, out, &compact, nullptr);
  const CompactOffsetMap::Anchor* a = compact.anchors();
  size_t c = 0;
  map->reserve(map->size() + out->size() - out0);
  for (size_t i = out0; i < out->size(); ++i) {
    while (a[c + 1].norm <= i) ++c;
    if (a[c].flat) {
      map->push_back(a[c].orig);
    } else if (i > a[c].norm && (static_cast<unsigned char>((*out)[i]) & 0xC0) == 0x80) {
      map->push_back(map->back());  // a later byte of the code point before
    } else {
      map->push_back(a[c].orig + static_cast<uint32_t>(i - a[c].norm));
    }
  }
}

std::string ArabicNormalizer::Normalize(std::string_view text) const {
  std::string out;
  NormalizeInto<false>(text, 0, &out, nullptr, nullptr);
  return out;
}

}  // namespace rasad
