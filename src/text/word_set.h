// WordSet: the known Arabic words (in matching form) with coarse word classes.
//
// The clitic analyzer splits و، ب، ال، ه ... off a word only when what remains is a known word, so
// that بنغازي keeps its ب and وزير its و. The set is filled from hunspell-ar's dictionary (its noun,
// verb and function-word sections) and from rasad's own dictionaries (names of actors and places,
// trigger verbs, number words). Lookups are by matching form (see ArabicNormalizer).
#ifndef RASAD_TEXT_WORD_SET_H_
#define RASAD_TEXT_WORD_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "util/status.h"

namespace rasad {

enum WordClass : uint8_t {
  kWordNoun = 1 << 0,
  kWordVerb = 1 << 1,
  kWordFunction = 1 << 2,  // particles, pronouns, prepositions
  kWordName = 1 << 3,      // proper names (hunspell-ar's continents, countries, capitals, people)
  kWordNumber = 1 << 4,
  kWordLexicon = 1 << 5,   // a name in rasad's own dictionaries (actors, places)
  // A word whose first و or ف is a letter of the word although the rest is a particle (ولي guardian,
  // فعل act, والي governor): never split as the conjunction (text/initial_letter_words.tsv).
  kWordInitialLetter = 1 << 6,
  // A preposition that takes a pronoun suffix (text/prepositions.tsv): عليه is على + ه.
  kWordPreposition = 1 << 7,
};

// A common word: a noun, verb or particle that is not also a proper name. Dictionary phrases made
// only of common words (مدينة، وان، الحكومة الشرعية) need context before they are taken as names.
inline bool IsCommonWord(uint8_t classes) {
  return (classes & (kWordNoun | kWordVerb | kWordFunction)) != 0 && (classes & kWordName) == 0;
}

// A word the word lists know only as a verb: not also a noun, a proper name of hunspell's list or a
// name of rasad's dictionaries.
inline bool IsVerbOnly(uint8_t classes) {
  return (classes & kWordVerb) != 0 && (classes & (kWordNoun | kWordName | kWordLexicon)) == 0;
}

// A verb the word list does not also know as a noun (it may be a proper name as well).
inline bool IsVerbNotNoun(uint8_t classes) { return (classes & (kWordVerb | kWordNoun)) == kWordVerb; }

class WordSet {
 public:
  // Adds `word` (any spelling; it is normalized) with the given class bits.
  void Add(std::string_view word, uint8_t classes);
  // Adds a word already in matching form.
  void AddNormalized(std::string word, uint8_t classes);
  // Forgets a word in matching form (a whole word of the word list that news reads as a clitic and a
  // word, text/clitic_words.tsv). It stays forgotten: a later AddNormalized of it (a one-word name of
  // the dictionaries, the town ودان) is ignored, so that the word is still read as a clitic and a word.
  void RemoveNormalized(std::string_view word) {
    removed_.emplace(word);
    auto it = words_.find(word);
    if (it != words_.end()) words_.erase(it);
    auto f = feminine_.find(word);
    if (f != feminine_.end()) feminine_.erase(f);
  }

  // Class bits of a word in matching form; 0 when unknown.
  uint8_t Classes(std::string_view normalized) const {
    auto it = words_.find(normalized);
    return it == words_.end() ? 0 : it->second;
  }
  bool Contains(std::string_view normalized) const { return Classes(normalized) != 0; }
  // Whether a word in matching form ending in ه is the feminine in ة of a noun or adjective of the
  // hunspell list whose affix flags allow it (ليلة of ليل، وزيرة of وزير، بلدية of بلدي): hunspell-ar
  // lists the stem and makes the feminine with an affix rule, so the word itself is not in the list.
  // Kept apart from the list because matching form writes ة and the pronoun ه alike (ألمه "his pain").
  bool IsFeminineForm(std::string_view normalized) const { return feminine_.find(normalized) != feminine_.end(); }
  size_t size() const { return words_.size(); }

  // Loads a hunspell .dic file (hunspell-ar's layout: sections named stopwords.dic, tools.dic,
  // names.dic, verb.huns.dic separated by colon lines). Errors name the file when it cannot be read.
  // The .aff file beside it, when there is one, tells which nouns take the feminine ة (IsFeminineForm).
  Status LoadHunspellDic(const std::string& path);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint8_t, Hash, std::equal_to<>> words_;
  std::unordered_set<std::string, Hash, std::equal_to<>> feminine_;
  std::unordered_set<std::string, Hash, std::equal_to<>> removed_;
};

}  // namespace rasad

#endif  // RASAD_TEXT_WORD_SET_H_
