#include "text/word_set.h"

#include <fmt/format.h>

#include <fstream>

#include "text/arabic_normalizer.h"

namespace rasad {

void WordSet::Add(std::string_view word, uint8_t classes) {
  AddNormalized(ArabicNormalizer::Get().Normalize(word), classes);
}

void WordSet::AddNormalized(std::string word, uint8_t classes) {
  if (word.empty()) return;
  words_[std::move(word)] |= classes;
}

Status WordSet::LoadHunspellDic(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(fmt::format("{}: cannot open hunspell dictionary", path));
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
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
  }
  return Status::Ok();
}

}  // namespace rasad
