// ClauseMap: a value per clause of a document (its index in AnalyzedText::clauses), for the coder's state per clause.
#ifndef RASAD_CODER_CLAUSE_MAP_H_
#define RASAD_CODER_CLAUSE_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace rasad::detail {

// A map from a clause to a value, with the part of std::unordered_map's interface the coder uses (find, end, count,
// operator[]), in a vector with a slot per clause: a look-up is an index, and an insertion allocates nothing once an
// earlier document needed as much. Reset() empties it for a document of `clauses` clauses; until it holds more entries
// than that (one per clause at most), inserting moves no entry, so a reference to a value stays valid, as
// unordered_map's did. An entry is (clause, value); find() gives a pointer to it, end() the null pointer.
template <typename T>
class ClauseMap {
 public:
  using Entry = std::pair<const uint32_t, T>;

  void Reset(size_t clauses) {
    for (const Entry& e : entries_) slot_[e.first] = kNone;
    entries_.clear();
    if (slot_.size() < clauses) slot_.resize(clauses, kNone);
    entries_.reserve(clauses);
  }
  Entry* find(uint32_t clause) {
    return clause < slot_.size() && slot_[clause] != kNone ? &entries_[slot_[clause]] : nullptr;
  }
  const Entry* find(uint32_t clause) const {
    return clause < slot_.size() && slot_[clause] != kNone ? &entries_[slot_[clause]] : nullptr;
  }
  Entry* end() { return nullptr; }
  const Entry* end() const { return nullptr; }
  size_t count(uint32_t clause) const { return find(clause) != nullptr ? 1 : 0; }
  size_t size() const { return entries_.size(); }
  // The value of `clause`, a default one inserted where it has none.
  T& operator[](uint32_t clause) {
    if (Entry* e = find(clause)) return e->second;
    if (clause >= slot_.size()) slot_.resize(static_cast<size_t>(clause) + 1, kNone);
    slot_[clause] = static_cast<uint32_t>(entries_.size());
    return entries_.emplace_back(clause, T{}).second;
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> slot_;  // per clause: its entry's index, or kNone
  std::vector<Entry> entries_;  // in the order inserted
};

}  // namespace rasad::detail

#endif  // RASAD_CODER_CLAUSE_MAP_H_
