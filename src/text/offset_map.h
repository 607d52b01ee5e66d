// The byte map of a derived text (the normalizer's matching form) back to its original: for every
// byte of the derived text, the offset in the original of the code point the byte came from.
//
// OffsetMap holds it byte for byte. CompactOffsetMap holds the same map as anchors, one where the map
// stops advancing byte for byte with the original: most of a text is copied or folded letter for
// letter into a code point of the same length (ا for أ, ه for ة), and those stretches need no entry.
// AnalyzedText::norm_to_orig is compact; ArabicNormalizer also writes the byte-for-byte form.
#ifndef RASAD_TEXT_OFFSET_MAP_H_
#define RASAD_TEXT_OFFSET_MAP_H_

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "util/default_init_allocator.h"

namespace rasad {

// A vector whose resize() leaves the new offsets unwritten: sized to the text, then every entry
// written.
using OffsetMap = std::vector<uint32_t, DefaultInitAllocator<uint32_t>>;

class CompactOffsetMap {
 public:
  // From byte `norm` of the derived text on (up to the next anchor), a byte maps to `orig` plus its
  // distance from `norm`, taken back to the first byte of its code point (a stretch of whole code
  // points, each as long as the one it came from); when `flat`, every byte maps to `orig` (the bytes
  // a code point folded to, of another length or more than one code point).
  struct Anchor {
    uint32_t norm;
    uint32_t orig;
    bool flat;
  };
  // Ends the anchors, so that a reader moving forward can look at the next one without a bound test.
  static constexpr uint32_t kEnd = UINT32_MAX;

  CompactOffsetMap() { anchors_.push_back({kEnd, 0, false}); }

  void Clear() {
    anchors_.clear();
    anchors_.push_back({kEnd, 0, false});
  }

  // Adds an anchor at `norm`, at or after the last one; one at the same place replaces it (a code
  // point dropped before it leaves no bytes).
  void Add(uint32_t norm, uint32_t orig, bool flat) {
    const size_t n = anchors_.size();
    if (n >= 2 && anchors_[n - 2].norm == norm) {
      anchors_[n - 2] = {norm, orig, flat};
      return;
    }
    anchors_.back() = {norm, orig, flat};
    anchors_.push_back({kEnd, 0, false});
  }

  // The anchors in order of `norm`, the last one kEnd.
  const Anchor* anchors() const { return anchors_.data(); }
  size_t size() const { return anchors_.size() - 1; }  // without the end

  // The original offset of byte n of `derived` (n <= derived.size(); at the size, the offset just
  // past the last code point). Valid once an anchor covers byte 0.
  uint32_t At(std::string_view derived, uint32_t n) const {
    auto it = std::upper_bound(anchors_.begin(), anchors_.end() - 1, n,
                               [](uint32_t v, const Anchor& a) { return v < a.norm; });
    const Anchor& a = *(it - 1);
    if (a.flat) return a.orig;
    while (n > a.norm && n < derived.size() && (static_cast<unsigned char>(derived[n]) & 0xC0) == 0x80) --n;
    return a.orig + (n - a.norm);
  }

 private:
  std::vector<Anchor> anchors_;
};

}  // namespace rasad

#endif  // RASAD_TEXT_OFFSET_MAP_H_
