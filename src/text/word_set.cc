#include "text/word_set.h"

#include <fmt/format.h>

#include <fstream>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/arabic_normalizer.h"

namespace rasad {

void WordSet::Add(std::string_view word, uint8_t classes) {
  AddNormalized(ArabicNormalizer::Get().Normalize(word), classes);
}

void WordSet::AddNormalized(std::string word, uint8_t classes) {
  if (word.empty() || (!removed_.empty() && removed_.contains(word))) return;
  words_[std::move(word)] |= classes;
}

namespace {

// Reads the affix file of a hunspell dictionary whose flags are two characters long and whose entries
// name their flags by alias number (hunspell-ar's layout: "FLAG long", then "AF <flags>" lines, then
// "SFX <flag> <strip> <affix>/<flags> <condition>" rules). Returns, for each alias number, whether one
// of its flags adds the feminine ending ة to the stem as it is; empty when there is no such file.
std::vector<bool> FeminineAliases(const std::string& dic_path) {
  std::vector<bool> aliases;
  if (dic_path.size() < 4 || dic_path.compare(dic_path.size() - 4, 4, ".dic") != 0) return aliases;
  std::ifstream in(dic_path.substr(0, dic_path.size() - 4) + ".aff");
  if (!in) return aliases;
  std::vector<std::string> alias_flags{""};  // alias numbers start at 1
  std::unordered_set<std::string> feminine_flags;
  std::string line;
  bool long_flags = false;
  bool alias_count_read = false;
  // (Fields split by hand: an istringstream per line cost 119 M instructions on the 26,000 lines.)
  auto fields = [](std::string_view l, std::string_view* out, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      size_t start = l.find_first_not_of(" \t");
      if (start == std::string_view::npos) {
        out[i] = {};
        continue;
      }
      l.remove_prefix(start);
      size_t end = l.find_first_of(" \t");
      out[i] = l.substr(0, end);
      l.remove_prefix(end == std::string_view::npos ? l.size() : end);
    }
  };
  while (std::getline(in, line)) {
    if (!line.starts_with("FLAG") && !line.starts_with("AF") && !line.starts_with("SFX")) continue;
    std::string_view f[4];
    fields(line, f, 4);
    std::string_view tag = f[0], a = f[1], b = f[2], c = f[3];
    if (tag == "FLAG") {
      long_flags = a == "long";
    } else if (tag == "AF") {
      if (!alias_count_read) {  // "AF <count>" first
        alias_count_read = true;
        continue;
      }
      alias_flags.emplace_back(a);
    } else if (tag == "SFX" && b == "0" && c.substr(0, c.find('/')) == "ة") {
      feminine_flags.emplace(a);
    }
  }
  if (!long_flags || feminine_flags.empty()) return aliases;
  aliases.assign(alias_flags.size(), false);
  for (size_t i = 1; i < alias_flags.size(); ++i) {
    const std::string& f = alias_flags[i];
    for (size_t k = 0; k + 2 <= f.size() && !aliases[i]; k += 2) aliases[i] = feminine_flags.contains(f.substr(k, 2));
  }
  return aliases;
}

}  // namespace

Status WordSet::LoadHunspellDic(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(fmt::format("{}: cannot open hunspell dictionary", path));
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  const std::vector<bool> feminine_alias = FeminineAliases(path);
  std::string line;
  uint8_t section_class = kWordFunction;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the entry count
      first = false;
      continue;
    }
    if (line.empty() || line[0] == ':') continue;
    if (line[0] == '#') {
      // Inside names.dic, proper names (continents, countries, capitals, people) come first and
      // the common nouns start at the "####الأسماء####" heading.
      if (section_class == kWordName && line.rfind("####", 0) == 0) section_class = kWordNoun;
      continue;
    }
    if (line.size() > 4 && line.compare(line.size() - 4, 4, ".dic") == 0) {
      if (line.find("stop") != std::string::npos || line.find("tools") != std::string::npos) {
        section_class = kWordFunction;
      } else if (line.find("verb") != std::string::npos) {
        section_class = kWordVerb;
      } else {
        section_class = kWordName;
      }
      continue;
    }
    size_t cut = line.find_first_of("/\t ");
    std::string_view word = std::string_view(line).substr(0, cut);
    if (word.empty() || (word[0] >= '0' && word[0] <= '9')) continue;
    AddNormalized(norm.Normalize(word), section_class);
    // ليل/77: a noun whose flags make its feminine in ة (ليلة).
    if (section_class == kWordNoun && cut != std::string::npos && line[cut] == '/' && !word.ends_with("ة")) {
      size_t alias = 0;
      for (size_t k = cut + 1; k < line.size() && line[k] >= '0' && line[k] <= '9'; ++k) alias = alias * 10 + (line[k] - '0');
      if (alias > 0 && alias < feminine_alias.size() && feminine_alias[alias]) {
        feminine_.insert(norm.Normalize(std::string(word) + "ة"));
      }
    }
  }
  return Status::Ok();
}

}  // namespace rasad
