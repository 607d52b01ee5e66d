// BytesEqual: whether two byte ranges of one length are equal, inline for the short keys of the hot
// look-ups (a word, a phrase word: mostly 4-16 bytes), where a call to memcmp costs more than the
// comparison itself. TextEqual: the same for two views, such as a code and a literal ("GOV").
// CopyBytes: a copy of such a short range, inline for the same reason.
#ifndef RASAD_UTIL_BYTES_EQUAL_H_
#define RASAD_UTIL_BYTES_EQUAL_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rasad {

// True when the n bytes at a equal the n bytes at b. Reads only those bytes.
inline bool BytesEqual(const char* a, const char* b, size_t n) {
  auto load8 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load4 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    // Two loads that overlap when n < 16 cover every byte.
    return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
  }
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Copies the n bytes at src to dst (the ranges do not overlap). Writes only those bytes.
inline void CopyBytes(char* dst, const char* src, size_t n) {
  auto copy = [&](size_t at, auto word) {
    std::memcpy(&word, src + at, sizeof word);
    std::memcpy(dst + at, &word, sizeof word);
  };
  if (n > 16) {
    std::memcpy(dst, src, n);
  } else if (n >= 8) {  // two copies that overlap when n < 16 cover every byte
    copy(0, uint64_t{});
    copy(n - 8, uint64_t{});
  } else if (n >= 4) {
    copy(0, uint32_t{});
    copy(n - 4, uint32_t{});
  } else {
    for (size_t i = 0; i < n; ++i) dst[i] = src[i];
  }
}

// a == b. Forced inline: in the large functions of the recognizer GCC kept string_view's == as a
// call to compare() and memcmp for each three-letter code compared.
[[gnu::always_inline]] inline bool TextEqual(std::string_view a, std::string_view b) {
  return a.size() == b.size() && BytesEqual(a.data(), b.data(), a.size());
}

}  // namespace rasad

#endif  // RASAD_UTIL_BYTES_EQUAL_H_
