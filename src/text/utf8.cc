#include "text/utf8.h"

#include <bit>
#include <cstdint>

#include <fmt/format.h>

namespace rasad {

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// Whether the 8 bytes at p are four valid two-byte sequences (IsTwoByteUtf8 four times), tested on
// one 64-bit word: each lead byte 110xxxxx but not C0 or C1 (overlong), each second byte 10xxxxxx.
bool FourTwoByteUtf8(const unsigned char* p) {
  if constexpr (std::endian::native != std::endian::little) {
    return IsTwoByteUtf8(p, p + 8) && IsTwoByteUtf8(p + 2, p + 8) && IsTwoByteUtf8(p + 4, p + 8) &&
           IsTwoByteUtf8(p + 6, p + 8);
  } else {
    uint64_t word;
    __builtin_memcpy(&word, p, 8);  // lead bytes in the low byte of each 16-bit lane
    if ((word & 0xC0E0C0E0C0E0C0E0ull) != 0x80C080C080C080C0ull) return false;
    // A lead byte's bits 1-4 are not all zero (C2 or above): adding 0x7FFF to each lane's bits
    // (at most 0x1E) carries into the lane's top bit exactly when they are not.
    constexpr uint64_t kTop = 0x8000800080008000ull;
    return (((word & 0x001E001E001E001Eull) + 0x7FFF7FFF7FFF7FFFull) & kTop) == kTop;
  }
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto* begin = p;
  char32_t cp;
  while (p < end) {
    // Fast path over ASCII runs, eight bytes at a time.
    while (end - p >= 8) {
      uint64_t word;
      __builtin_memcpy(&word, p, 8);
      if (word & 0x8080808080808080ull) break;
      p += 8;
    }
    // Runs of two-byte sequences (all of Arabic), four at a time, then one by one.
    while (end - p >= 8 && FourTwoByteUtf8(p)) p += 8;
    while (IsTwoByteUtf8(p, end)) p += 2;
    if (p >= end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    int n = DecodeUtf8(p, end, &cp);
    if (n == 0) return static_cast<size_t>(p - begin);
    p += n;
  }
  return std::string_view::npos;
}

Status ValidateUtf8(std::string_view text, std::string_view name) {
  size_t bad = FindInvalidUtf8(text);
  if (bad == std::string_view::npos) return Status::Ok();
  return Status::Error(fmt::format("{}: byte {}: invalid UTF-8 sequence (0x{:02X})", name, bad,
                                   static_cast<unsigned char>(text[bad])));
}

size_t RepairUtf8(std::string* text) {
  if (FindInvalidUtf8(*text) == std::string_view::npos) return 0;
  std::string out;
  out.reserve(text->size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(text->data());
  const auto* end = p + text->size();
  size_t replaced = 0;
  char32_t cp;
  while (p < end) {
    int n = DecodeUtf8(p, end, &cp);
    if (n > 0) {
      out.append(reinterpret_cast<const char*>(p), n);
      p += n;
      continue;
    }
    // Skip the maximal invalid subpart: a lead byte and the continuation bytes that follow it.
    ++p;
    while (p < end && (*p & 0xC0) == 0x80) ++p;
    AppendUtf8(0xFFFD, &out);
    ++replaced;
  }
  *text = std::move(out);
  return replaced;
}

}  // namespace rasad
