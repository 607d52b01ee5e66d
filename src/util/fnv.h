// FNV-1a 64, the one hash of rasad's ids and fingerprints (document ids, event ids, the dictionaries' version,
// near-duplicate shingles): stable across platforms and runs.
#ifndef RASAD_UTIL_FNV_H_
#define RASAD_UTIL_FNV_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rasad {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// The hash `h` so far, then `bytes`. (Eight bytes a turn of the loop: an event id hashes some 100 bytes.)
inline uint64_t Fnv1a(uint64_t h, std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  for (; end - p >= 8; p += 8) {
    for (int k = 0; k < 8; ++k) h = (h ^ p[k]) * kFnvPrime;
  }
  for (; p < end; ++p) h = (h ^ *p) * kFnvPrime;
  return h;
}

// Writes `h` as sixteen lower-case hex digits (as "{:016x}" does) to out[0..16), two digits a byte from a
// table: ids are written for every document and event.
inline void WriteHex16(uint64_t h, char* out) {
  static constexpr auto kHexPairs = [] {
    std::array<char, 512> t{};
    constexpr char kHex[] = "0123456789abcdef";
    for (int b = 0; b < 256; ++b) {
      t[static_cast<size_t>(2 * b)] = kHex[b >> 4];
      t[static_cast<size_t>(2 * b + 1)] = kHex[b & 15];
    }
    return t;
  }();
  for (int i = 7; i >= 0; --i, h >>= 8) std::memcpy(out + 2 * i, kHexPairs.data() + 2 * (h & 0xFF), 2);
}

}  // namespace rasad

#endif  // RASAD_UTIL_FNV_H_
