// FlatStringIndex: strings to dense ids in an open-addressing table, for lookups on the hot path.
//
// The phrase matchers look up every token of every document, mostly missing; std::unordered_map's
// node chains cost a cache miss per probe. Here slots hold (hash, id) in one array (linear probing,
// load <= 1/2), so a miss is usually one cache line and a hash comparison, and a hit compares the
// string once. Hash() is exposed so that a caller can hash a key once and look it up in several
// indexes. Ids are assigned in insertion order from 0; strings are owned by the index.
#ifndef RASAD_UTIL_FLAT_STRING_INDEX_H_
#define RASAD_UTIL_FLAT_STRING_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/bytes_equal.h"

namespace rasad {

class FlatStringIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xff51afd7ed558ccdull);
    const char* p = s.data();
    size_t n = s.size();
    while (n >= 8) {
      uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
      p += 8;
      n -= 8;
    }
    if (n > 0) {
      // The last 1-7 bytes, read in fixed-size pieces (a memcpy of a variable length is a call);
      // the pieces may overlap, which is harmless since the length is already in h.
      uint64_t v;
      if (s.size() >= 8) {
        std::memcpy(&v, p + n - 8, 8);
      } else if (n >= 4) {
        uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        v = lo | uint64_t{hi} << 32;
      } else if (n >= 2) {
        uint16_t lo, hi;
        std::memcpy(&lo, p, 2);
        std::memcpy(&hi, p + n - 2, 2);
        v = lo | uint64_t{hi} << 16;
      } else {
        v = static_cast<unsigned char>(p[0]);
      }
      h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    h ^= h >> 29;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 32;
    return h;
  }

  // The id of `s` (whose Hash() is `h`), or kNone.
  uint32_t Find(std::string_view s, uint64_t h) const {
    if (slots_.empty()) return kNone;
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.hash == h && keys_[slot.id].size() == s.size() && BytesEqual(keys_[slot.id].data(), s.data(), s.size())) {
        return slot.id;
      }
    }
  }
  uint32_t Find(std::string_view s) const { return Find(s, Hash(s)); }

  // The id of `s`, inserting it with the next id when absent.
  uint32_t Insert(std::string_view s) {
    uint64_t h = Hash(s);
    uint32_t found = Find(s, h);
    if (found != kNone) return found;
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    uint32_t id = static_cast<uint32_t>(keys_.size());
    keys_.emplace_back(s);
    Place(h, id);
    return id;
  }

  const std::string& key(uint32_t id) const { return keys_[id]; }
  size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;
  };
  void Place(uint64_t h, uint32_t id) {
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = {h, id};
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.id != kNone) Place(s.hash, s.id);
    }
  }
  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
};

// FlatU64Map: 64-bit keys to 32-bit values, open addressing (linear probing, load <= 1/2), for the
// phrase tries' edges. Key UINT64_MAX is reserved.
class FlatU64Map {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kNone;
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == kEmpty) return kNone;
    }
  }

  // Sets key -> value (replacing any earlier value).
  void Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key) {
        slots_[i].value = value;
        return;
      }
      if (slots_[i].key == kEmpty) {
        slots_[i] = {key, value};
        ++size_;
        return;
      }
    }
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  static uint64_t Mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != kEmpty) Insert(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace rasad

#endif  // RASAD_UTIL_FLAT_STRING_INDEX_H_
