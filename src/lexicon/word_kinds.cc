#include "lexicon/word_kinds.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/arabic_normalizer.h"
#include "util/tsv_reader.h"

namespace rasad {

Status WordKinds::Load(const std::string& path, std::span<const Kind> kinds) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2 || f[1].empty()) return r.Error("expected words, kind");
    auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const Kind& k) { return k.name == f[1]; });
    if (kind == kinds.end()) {
      std::string known;
      for (const Kind& k : kinds) known += (known.empty() ? "" : ", ") + std::string(k.name);
      return r.Error(fmt::format("unknown kind '{}' (expected {})", f[1], known));
    }
    std::vector<std::string_view> items = SplitList(f[0]);
    if (items.empty()) return r.Error("no words");
    for (std::string_view item : items) {
      // (Looked up by a token's bare form, so listed by it: آلاف is found as اف.)
      std::string word(BareWord(norm.Normalize(item)));
      if (word.empty() || word.find(' ') != std::string::npos) {
        return r.Error(fmt::format("'{}' is not one word", item));
      }
      uint64_t hash = FlatStringIndex::Hash(word);
      filter_[hash >> 58] |= uint64_t{1} << ((hash >> 52) & 63);
      uint32_t id = words_.Insert(word);
      if (id == kinds_.size()) kinds_.push_back(0);
      if (kinds_[id] & kind->bit) return r.Error(fmt::format("'{}' is listed twice as {}", item, kind->name));
      kinds_[id] |= kind->bit;
    }
  }
  return Status::Ok();
}

}  // namespace rasad
