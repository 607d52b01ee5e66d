#include "store/near_duplicates.h"

#include <algorithm>

#include "text/utf8.h"
#include "util/fnv.h"

namespace rasad {
namespace {

uint64_t Mix(uint64_t h) {
  // splitmix64 finalizer: a good 64-bit mixer, cheap enough to apply 64 times per shingle.
  h += 0x9e3779b97f4a7c15ull;
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

bool IsSkipped(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0640; }

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4 || c == 0x066A || c == 0x00AB || c == 0x00BB) {
    return false;
  }
  return c >= 0x00C0;
}

// Word hashes of `text` in order.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  uint64_t h = kFnvOffset;
  bool in_word = false;
  while (p < end) {
    char32_t c = 0;
    int len = DecodeUtf8(p, end, &c);
    if (len == 0) len = 1, c = 0xFFFD;
    if (IsSkipped(c)) {
      p += len;
      continue;
    }
    if (IsWordChar(c)) {
      h = Fnv1a(h, std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(len)));
      in_word = true;
    } else if (in_word) {
      words.push_back(h);
      h = kFnvOffset;
      in_word = false;
    }
    p += len;
  }
  if (in_word) words.push_back(h);
  return words;
}

}  // namespace

MinHashSignature ComputeMinHash(std::string_view text) {
  // One-permutation hashing (Li, Owen and Zhang 2012): each shingle is hashed once; its low 6 bits
  // pick one of the 64 positions and the rest competes for that position's minimum. Positions left
  // empty (short texts) take the value of the next filled one (rotation densification, Shrivastava
  // and Li 2014), so that two texts still agree there exactly when they agree on that neighbour.
  std::vector<uint64_t> words = WordHashes(text);
  std::array<uint64_t, kMinHashSize> mins;
  mins.fill(~uint64_t{0});
  size_t n = words.size() >= 3 ? 3 : words.size();
  for (size_t i = 0; n > 0 && i + n <= words.size(); ++i) {
    uint64_t s = 0;
    for (size_t k = 0; k < n; ++k) s = Mix(s ^ words[i + k]);
    size_t bin = s & (kMinHashSize - 1);
    mins[bin] = std::min(mins[bin], s >> 6);
  }
  MinHashSignature sig;
  for (int i = 0; i < kMinHashSize; ++i) {
    int j = i;
    for (int step = 0; step < kMinHashSize && mins[j] == ~uint64_t{0}; ++step) j = (j + 1) % kMinHashSize;
    // Densified positions are marked by their distance so they only match a same-shaped gap.
    uint64_t v = mins[j] == ~uint64_t{0} ? 0 : Mix(mins[j] + static_cast<uint64_t>((j - i + kMinHashSize) % kMinHashSize));
    sig[i] = static_cast<uint16_t>(v >> 48);
  }
  return sig;
}

double Resemblance(const MinHashSignature& a, const MinHashSignature& b) {
  int same = 0;
  for (int i = 0; i < kMinHashSize; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / kMinHashSize;
}

std::string SignatureToBlob(const MinHashSignature& s) {
  std::string blob(kMinHashSize * 2, '\0');
  for (int i = 0; i < kMinHashSize; ++i) {
    blob[2 * i] = static_cast<char>(s[i] & 0xFF);
    blob[2 * i + 1] = static_cast<char>(s[i] >> 8);
  }
  return blob;
}

MinHashSignature SignatureFromBlob(std::string_view blob) {
  MinHashSignature s{};
  if (blob.size() != kMinHashSize * 2) return s;
  for (int i = 0; i < kMinHashSize; ++i) {
    s[i] = static_cast<uint16_t>(static_cast<unsigned char>(blob[2 * i]) |
                                 (static_cast<unsigned char>(blob[2 * i + 1]) << 8));
  }
  return s;
}

uint64_t NearDuplicateIndex::BandKey(const MinHashSignature& sig, int band) {
  uint64_t key = static_cast<uint64_t>(band) << 60;
  for (int r = 0; r < kRows; ++r) key = Mix(key ^ sig[band * kRows + r]);
  return key;
}

void NearDuplicateIndex::Add(const MinHashSignature& sig, int64_t id) {
  auto index = static_cast<uint32_t>(signatures_.size());
  signatures_.emplace_back(sig, id);
  for (int b = 0; b < kBands; ++b) bands_.emplace(BandKey(sig, b), index);
}

int64_t NearDuplicateIndex::Find(const MinHashSignature& sig) const {
  double best = kThreshold;
  int64_t best_id = 0;
  for (int b = 0; b < kBands; ++b) {
    auto [lo, hi] = bands_.equal_range(BandKey(sig, b));
    for (auto it = lo; it != hi; ++it) {
      const auto& [other, id] = signatures_[it->second];
      double r = Resemblance(sig, other);
      if (r > best || (r == best && (best_id == 0 || id < best_id))) {
        best = r;
        best_id = id;
      }
    }
  }
  return best_id;
}

}  // namespace rasad
