#include "text/arabic_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <type_traits>
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

ArabicNormalizer::ArabicNormalizer() : table_(0x10000), identity_pair_(0x10000) {
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
  for (char32_t c = 0x80; c < 0x800; ++c) {
    if (!table_[c].identity) continue;
    std::string bytes;
    AppendUtf8(c, &bytes);
    identity_pair_[PairIndex(reinterpret_cast<const unsigned char*>(bytes.data()))] = 1;
  }
}

std::string_view ArabicNormalizer::Fold(char32_t cp) const {
  if (cp >= 0x10000) return {};
  const Entry& e = table_[cp];
  if (e.identity) return {};
  return std::string_view(folded_).substr(e.offset, e.length);
}

void ArabicNormalizer::Normalize(std::string_view text, uint32_t base, std::string* out,
                                 OffsetMap* map) const {
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* p = begin;
  const auto* end = begin + text.size();
  // Written through raw pointers into buffers sized for the common case (folding rarely makes text
  // longer); trimmed at the end. The map keeps one entry per output byte. Invariant: at least as
  // much room is left as input is left, so that a character copied as it is never needs a check;
  // a folding that writes more bytes than it reads makes room first.
  const size_t out0 = out->size();
  const size_t map0 = map ? map->size() : 0;
  size_t o = 0;  // bytes written by this call
  size_t room = 0;
  char* dst = nullptr;
  uint32_t* mdst = nullptr;
  auto grow = [&](size_t at_least) {
    room = std::max(room * 2, at_least);
    out->resize(out0 + room);
    dst = out->data() + out0;
    if (map) {
      map->resize(map0 + room);
      mdst = map->data() + map0;
    }
  };
  grow(text.size() + max_folded_);
  // Writes n bytes in place of `read` input bytes at input offset `at`.
  auto copy = [&](const char* bytes, size_t n, size_t read, uint32_t at) {
    size_t left_after = static_cast<size_t>(end - p) - read;
    if (o + n + left_after > room) grow(o + n + left_after + max_folded_);
    for (size_t k = 0; k < n; ++k) dst[o + k] = bytes[k];
    if (mdst) std::fill_n(mdst + o, n, at);
    o += n;
  };
  // The loop, compiled once with the map and once without. The fast paths work on local copies of
  // the positions: stores through a char pointer could alias anything reached by reference, so
  // the compiler would reload them after every byte. They are synced around the slow paths.
  auto run = [&](auto with_map) {
    constexpr bool kMap = decltype(with_map)::value;
    const unsigned char* q = p;
    // The tables through local pointers: stores through d could alias the vectors' own pointers.
    const Entry* table = table_.data();
    const uint8_t* identity = identity_pair_.data();
    char* d = dst;
    uint32_t* md = mdst;
    size_t w = o;
    auto slow = [&](const char* bytes, size_t n, size_t read) {
      p = q;
      o = w;
      copy(bytes, n, read, base + static_cast<uint32_t>(q - begin));
      d = dst;
      md = mdst;
      w = o;
      q += read;
    };
    while (q < end) {
      unsigned char b = *q;
      // Fast paths: ASCII and two-byte sequences (all of Arabic) that folding leaves as they are or
      // folds to at most as many bytes; those never need more room (see the invariant above).
      if (b < 0x80) {
        const Entry& e = table[b];
        if (!e.identity) {
          if (e.length == 1) {  // A-Z
            d[w] = folded_[e.offset];
            if constexpr (kMap) md[w] = base + static_cast<uint32_t>(q - begin);
            ++w;
            ++q;
            continue;
          }
          slow(folded_.data() + e.offset, e.length, 1);
          continue;
        }
        d[w] = static_cast<char>(b);
        if constexpr (kMap) md[w] = base + static_cast<uint32_t>(q - begin);
        ++w;
        ++q;
        continue;
      }
      if (end - q >= 2 && identity[PairIndex(q)]) {  // a run of letters copied as they are
        // Two letters a turn while there are two, then the last one. The map entries of a letter
        // (both bytes have its offset) are one 64-bit store of the offset in both halves, kept at
        // hand: a few instructions less per letter than computing them again from q.
        constexpr uint64_t kBoth = 0x0000000100000001ull;
        uint64_t at = kBoth * (base + static_cast<uint32_t>(q - begin));
        const unsigned char* last = end - 1;
        for (;;) {  // (the pair at q is a letter that folds to itself)
          if (end - q >= 4 && identity[PairIndex(q + 2)]) {
            std::memcpy(d + w, q, 4);
            if constexpr (kMap) {
              const uint64_t second = at + 2 * kBoth;
              std::memcpy(md + w, &at, 8);
              std::memcpy(md + w + 2, &second, 8);
            }
            w += 4;
            q += 4;
            at += 4 * kBoth;
            if (q < last && identity[PairIndex(q)]) continue;
            break;
          }
          std::memcpy(d + w, q, 2);  // the last letter of the run: the pair after it is none
          if constexpr (kMap) std::memcpy(md + w, &at, 8);
          w += 2;
          q += 2;
          break;
        }
        continue;
      }
      if (IsTwoByteUtf8(q, end)) {  // one that folds: those that do not were copied above
        const Entry& e = table[TwoByteCodePoint(b, q[1])];
        if (e.length <= 2) {  // a letter folded to another (أ to ا), a diacritic dropped, ، to ,
          for (size_t k = 0; k < e.length; ++k) {
            d[w + k] = folded_[e.offset + k];
            if constexpr (kMap) md[w + k] = base + static_cast<uint32_t>(q - begin);
          }
          w += e.length;
          q += 2;
          continue;
        }
        slow(folded_.data() + e.offset, e.length, 2);
        continue;
      }
      char32_t cp;
      int n = DecodeUtf8(q, end, &cp);
      if (n == 0) {  // invalid input: callers validate first; keep the byte so nothing is lost
        slow(reinterpret_cast<const char*>(q), 1, 1);
        continue;
      }
      size_t read = static_cast<size_t>(n);
      if (cp >= 0x10000 || table_[cp].identity) {
        slow(reinterpret_cast<const char*>(q), read, read);
      } else {
        const Entry& e = table_[cp];
        slow(folded_.data() + e.offset, e.length, read);
      }
    }
    p = q;
    o = w;
  };
  if (mdst != nullptr) run(std::true_type{});
  else run(std::false_type{});
  out->resize(out0 + o);
  if (map) map->resize(map0 + o);
}

std::string ArabicNormalizer::Normalize(std::string_view text) const {
  std::string out;
  Normalize(text, 0, &out, nullptr);
  return out;
}

}  // namespace rasad
