#include "lexicon/phrase_matcher.h"

namespace rasad {

void TokenKeys::Start(const AnalyzedText& text) {
  tokens.resize(text.tokens.size());
  generation = text.type_generation;
  if (generation != hashed_generation_) {
    hashed_generation_ = generation;
    type_hashes_.clear();
  }
}

void TokenKeys::Compute(const AnalyzedText& text) {
  Start(text);
  // (The count read once: the stores below could alias the vector's bounds, so the compiler would
  // read them again on every token.)
  const size_t count = text.tokens.size();
  Run run(this, text);
  for (size_t i = 0; i < count; ++i) run.At(i);
}

void TokenKeys::HashNew(const Token& t, size_t stem_article, size_t norm_article, Keys* k) {
  k->hash[0] = FlatStringIndex::Hash(k->key[0]);
  k->hash[1] = 0;
  k->count = 1;
  if (k->key[1] != k->key[0]) {
    k->hash[1] = FlatStringIndex::Hash(k->key[1]);
    k->count = 2;
  }
  if (t.type == kNoWordType || k->key[0].size() > UINT16_MAX || k->key[1].size() > UINT16_MAX) return;
  if (t.type >= type_hashes_.size()) type_hashes_.resize(std::max<size_t>(t.type + 1, 2 * type_hashes_.size()));
  type_hashes_[t.type] = {{k->hash[0], k->hash[1]},
                          {static_cast<uint16_t>(k->key[0].size()), static_cast<uint16_t>(k->key[1].size())},
                          k->count,
                          {static_cast<uint8_t>(stem_article), static_cast<uint8_t>(norm_article)}};
}

void PhraseMatcher::Add(const std::vector<std::string>& words, uint32_t payload, uint8_t marks) {
  if (words.empty()) return;
  uint64_t first = FlatStringIndex::Hash(BareWord(words[0]));
  start_bits_[first >> 54] |= uint64_t{1} << ((first >> 48) & 63);
  uint32_t node = 0;
  for (const std::string& w : words) {
    std::string_view bare = BareWord(w);
    uint32_t id = vocab_.Insert(bare);
    if (id >= word_hash_.size()) word_hash_.resize(id + 1);
    word_hash_[id] = FlatStringIndex::Hash(bare);
    uint32_t existing = Step(node, id);
    if (existing == 0) {
      uint32_t child = static_cast<uint32_t>(payloads_.size());
      payloads_.emplace_back();
      children_.emplace_back();
      node_flags_.push_back(0);
      node_marks_.push_back(0);
      node_word_.push_back(id);
      AddEdge(node, id, child);
      children_[node].push_back({id, child});
      node_flags_[node] |= kHasChildren;
      node = child;
    } else {
      node = existing;
    }
  }
  auto& p = payloads_[node];
  for (uint32_t x : p) {
    if (x == payload) return;
  }
  p.push_back(payload);
  node_flags_[node] |= kHasPayloads;
  node_marks_[node] |= marks;
  ++phrases_;
}

void PhraseMatcher::AddEdge(uint32_t node, uint32_t word, uint32_t child) {
  if ((edge_count_ + 1) * 2 > edges_.size()) {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(old.size() * 2, Edge{});
    edge_mask_ = edges_.size() - 1;
    continue_bits_.assign(edges_.size() / 8, 0);
    --continue_shift_;
    for (const Edge& e : old) {
      if (e.child == 0) continue;
      size_t i = EdgeSlot(e.node, e.hash);
      while (edges_[i].child != 0) i = (i + 1) & edge_mask_;
      edges_[i] = e;
      SetContinueBit(e.node, e.hash);
    }
  }
  const uint64_t hash = word_hash_[word];
  size_t i = EdgeSlot(node, hash);
  while (edges_[i].child != 0) i = (i + 1) & edge_mask_;
  edges_[i] = {hash, node, child};
  SetContinueBit(node, hash);
  ++edge_count_;
}

const std::vector<std::pair<uint32_t, uint32_t>>& PhraseMatcher::Continuations(uint32_t node) const {
  static const std::vector<std::pair<uint32_t, uint32_t>> kNone;
  return node < children_.size() ? children_[node] : kNone;
}

PhraseMatcher::Match PhraseMatcher::Extend(const TokenKeys& keys, uint32_t first, uint32_t limit,
                                           Roots roots) const {
  const uint8_t* const flags = node_flags_.data();
  // The roots' own phrases (one word): the first root, in the order the walk below tries a token's
  // keys, that has payloads. Made where the calls return, so that no register holds it while the next
  // token is asked about below (fewer registers saved and restored on every call).
  auto root_match = [this, flags, roots] {
    Match m;
    for (int i = 0; i < 2; ++i) {
      const uint32_t child = roots.node[i];
      if (child != 0 && (flags[child] & kHasPayloads)) {
        m.length = 1;
        m.payloads = &payloads_[child];
        break;
      }
    }
    return m;
  };
  // Most calls end here: no token is left before `limit`, or no key of the next token goes on from a
  // root with children (MayContinue, the first question the walk asks of a key, says no for each). The
  // walk, with its stack, is out of line: on this path its registers are not saved and restored.
  if (first + 1 >= limit) return root_match();
  const TokenKeys::Keys& next = keys.tokens[first + 1];
  // The keys the walk tries of a token after the first: a number's digits alone, and of a word with a
  // preposition or conjunction clitic its whole form only (at most two keys: from, from + 1).
  const int next_count = next.digits ? 1 : next.count;
  const int next_from = (next.attached && next.count == 2) ? 1 : 0;
  bool goes_on = false;
  for (int r = 0; r < 2 && !goes_on; ++r) {
    const uint32_t node = roots.node[r];
    if (node == 0 || !(flags[node] & kHasChildren)) continue;
    goes_on = (next_from < next_count && MayContinue(node, next.hash[next_from])) ||
              (next_from + 1 < next_count && MayContinue(node, next.hash[next_from + 1]));
  }
  if (!goes_on) return root_match();
  // Depth-first over the (at most two) keys of each token: its stem and its whole matching form.
  // Only nodes some phrase goes on from are pushed, and only with a token left before `limit`.
  // (What the walk reads is captured by value: captured by reference, the arguments would be stored
  // for their addresses on every call.)
  auto walk = [this, &keys, first, limit, roots, flags](Match found) __attribute__((noinline)) {
    struct State {
      uint32_t node, next;
    };
    State stack[64];
    int top = 0;
    for (int i = 0; i < 2; ++i) {  // in the order the loop below tries a token's keys
      const uint32_t child = roots.node[i];
      if (child != 0 && (flags[child] & kHasChildren)) stack[top++] = {child, first + 1};
    }
    while (top > 0) {
      State s = stack[--top];
      const TokenKeys::Keys& k = keys.tokens[s.next];
      int count = k.digits ? 1 : k.count;
      // A word with a preposition or conjunction clitic can start a phrase, but continue one only
      // as a whole word (التحالف بقيادة السعودية).
      int from = (k.attached && k.count == 2) ? 1 : 0;
      const uint32_t length = s.next + 1 - first;
      const bool more = s.next + 1 < limit;
      for (int i = from; i < count; ++i) {
        if (!MayContinue(s.node, k.hash[i])) continue;
        uint32_t child = StepBy(s.node, k.key[i], k.hash[i]);
        if (child == 0) continue;
        if ((flags[child] & kHasPayloads) && length > found.length) {
          found.length = length;
          found.payloads = &payloads_[child];
        }
        if (more && (flags[child] & kHasChildren) && top < 63) stack[top++] = {child, s.next + 1};
      }
    }
    return found;
  };
  return walk(root_match());
}

}  // namespace rasad
