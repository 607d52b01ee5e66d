// UTF-8 validation, repair and decoding.
//
// rasad reads documents as bytes and requires UTF-8. ValidateUtf8 reports the first invalid byte
// with the document's name and byte offset; RepairUtf8 (the CLI's --lenient) replaces every invalid
// sequence with U+FFFD and reports how many it replaced. After a repair, spans refer to the repaired
// text, which is what rasad then treats as "the document as given".
#ifndef RASAD_TEXT_UTF8_H_
#define RASAD_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "util/status.h"

namespace rasad {

// Whether the bytes at p (p <= end) start a valid two-byte sequence (U+0080-U+07FF: all of Arabic),
// the common case the hot loops test before a full decode.
inline bool IsTwoByteUtf8(const unsigned char* p, const unsigned char* end) {
  return end - p >= 2 && p[0] >= 0xC2 && p[0] <= 0xDF && (p[1] & 0xC0) == 0x80;
}

// The two bytes at p read as one 16-bit number in the machine's byte order, to index a table of
// byte pairs (the tables of two-byte letters): a single load, where p[0] << 8 | p[1] takes two
// more instructions per letter. A table indexed by it is built with it too.
inline uint16_t PairIndex(const unsigned char* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return v;
}

// The code point of the two-byte sequence b0 b1 (IsTwoByteUtf8 holds).
inline char32_t TwoByteCodePoint(unsigned char b0, unsigned char b1) {
  return (char32_t{b0} & 0x1Fu) << 6 | (b1 & 0x3Fu);
}

// Decodes one code point starting at p (p < end). Returns its length in bytes (1-4), or 0 when
// the bytes at p are not a valid, shortest-form UTF-8 sequence (surrogates and > U+10FFFF are
// invalid). On success *cp holds the code point.
inline int DecodeUtf8(const unsigned char* p, const unsigned char* end, char32_t* cp) {
  unsigned char b0 = p[0];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return 0;
    *cp = TwoByteCodePoint(b0, p[1]);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    char32_t c = ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    char32_t c = ((b0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (c < 0x10000 || c > 0x10FFFF) return 0;
    *cp = c;
    return 4;
  }
  return 0;
}

// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string* out);

// Returns the byte offset of the first invalid sequence in text, or npos if text is valid UTF-8.
size_t FindInvalidUtf8(std::string_view text);

// Ok if text is valid UTF-8; otherwise an error "NAME: byte N: invalid UTF-8 sequence (0xXX)".
Status ValidateUtf8(std::string_view text, std::string_view name);

// Replaces every invalid sequence of *text with U+FFFD (one per maximal invalid subpart) and returns
// the number of replacements.
size_t RepairUtf8(std::string* text);

}  // namespace rasad

#endif  // RASAD_TEXT_UTF8_H_
