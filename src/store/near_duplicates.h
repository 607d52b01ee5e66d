// Near-duplicate documents: MinHash signatures of word 3-shingles (Broder's resemblance estimate,
// computed by one-permutation hashing) with a banded index (locality-sensitive hashing) that finds an earlier document whose estimated
// resemblance (Jaccard similarity of shingle sets) reaches a threshold.
//
// Wire copies of a story (a different opening word, a rewritten sentence, an added line) share
// most shingles; unrelated articles, even on the same events, share few. With 64 hashes in 16
// bands of 4, a pair at resemblance 0.62 becomes a candidate with probability about 0.92 and a
// pair at 0.3 with about 0.12; candidates are then checked on the whole signature.
#ifndef RASAD_STORE_NEAR_DUPLICATES_H_
#define RASAD_STORE_NEAR_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rasad {

constexpr int kMinHashSize = 64;
// 16-bit minima: a chance agreement costs 1/65536 of the estimate, and a signature 128 bytes.
using MinHashSignature = std::array<uint16_t, kMinHashSize>;

// The signature of `text`. Words are runs of letters and digits (any script), compared without
// Arabic diacritics and tatweel; shingles are three consecutive words (fewer for a short text).
MinHashSignature ComputeMinHash(std::string_view text);

// The estimated resemblance of two texts: the share of equal signature positions.
double Resemblance(const MinHashSignature& a, const MinHashSignature& b);

// Signatures as stored (little-endian bytes) and back; a blob of the wrong size gives all zeros.
std::string SignatureToBlob(const MinHashSignature& s);
MinHashSignature SignatureFromBlob(std::string_view blob);

class NearDuplicateIndex {
 public:
  static constexpr double kThreshold = 0.5;

  // Adds a document under `id` (callers add a near-duplicate under its cluster's first document).
  void Add(const MinHashSignature& sig, int64_t id);
  // The id of the most resembling earlier document at or above kThreshold, or 0 when none.
  int64_t Find(const MinHashSignature& sig) const;
  size_t size() const { return signatures_.size(); }

 private:
  static constexpr int kBands = 16;
  static constexpr int kRows = kMinHashSize / kBands;
  static uint64_t BandKey(const MinHashSignature& sig, int band);
  std::vector<std::pair<MinHashSignature, int64_t>> signatures_;
  std::unordered_multimap<uint64_t, uint32_t> bands_;  // band key -> index in signatures_
};

}  // namespace rasad

#endif  // RASAD_STORE_NEAR_DUPLICATES_H_
