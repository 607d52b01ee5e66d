// Compares of a word of the text with a word written in the code (a literal), for the recognizer's large
// functions.
#ifndef RASAD_LEXICON_FIXED_WORD_H_
#define RASAD_LEXICON_FIXED_WORD_H_

#include <cstring>
#include <string_view>

namespace rasad {

// word == fixed, where `fixed` is a word written in the code (a literal, its size a constant): compared with
// memcmp of that size, which GCC expands into a load or two of each. (TextEqual's BytesEqual, inline but not
// forced, stayed a call in the recognizer's large functions, one per word compared.) Any `fixed` gives the
// right answer; only a constant one is fast.
[[gnu::always_inline]] inline bool WordIs(std::string_view word, std::string_view fixed) {
  return word.size() == fixed.size() && std::memcmp(word.data(), fixed.data(), fixed.size()) == 0;
}

// word ends with `fixed` (a literal, as for WordIs).
[[gnu::always_inline]] inline bool WordEndsWith(std::string_view word, std::string_view fixed) {
  return word.size() >= fixed.size() &&
         std::memcmp(word.data() + word.size() - fixed.size(), fixed.data(), fixed.size()) == 0;
}

// word starts with `fixed` (a literal, as for WordIs).
[[gnu::always_inline]] inline bool WordStartsWith(std::string_view word, std::string_view fixed) {
  return word.size() >= fixed.size() && std::memcmp(word.data(), fixed.data(), fixed.size()) == 0;
}

// a == b for codes of the dictionaries (ISO3 country codes, CAMEO sector codes): three letters, most of them, and
// those compared by memcmp of that constant size, expanded inline (TextEqual's BytesEqual read them a byte at a
// time, in a loop). Codes of any other length give the right answer too.
[[gnu::always_inline]] inline bool SameCode(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() == 3) return std::memcmp(a.data(), b.data(), 3) == 0;
  return std::memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace rasad

#endif  // RASAD_LEXICON_FIXED_WORD_H_
