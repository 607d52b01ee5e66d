// What the two transliterations of romanized town names (bgn_arabic.h, maghreb_arabic.h) share: the name read as
// ICU text, decomposed and lower-cased, and the Arabic they produce checked and written back as UTF-8.

#ifndef RASAD_TOOLS_GAZETTEER_ROMANIZED_NAME_H_
#define RASAD_TOOLS_GAZETTEER_ROMANIZED_NAME_H_

#include <string>
#include <string_view>

#include <unicode/uniset.h>
#include <unicode/unistr.h>

namespace rasad {

// The UTF-8 `name` in canonical decomposition (NFD: a letter and its marks apart, é = e + U+0301), lower-cased.
// Returns false when ICU fails (no such failure on valid UTF-8).
bool DecomposedLower(std::string_view name, icu::UnicodeString* out);

// The set of what a produced Arabic name may hold: the Arabic letters (U+0621-U+064A) and the space.
icu::UnicodeSet ArabicNameLetters();

// `text` after transliteration, trimmed, as UTF-8 when it is not empty and every character of it is in `arabic`;
// "" otherwise (a letter the rules left in Latin script).
std::string ArabicOrEmpty(icu::UnicodeString text, const icu::UnicodeSet& arabic);

}  // namespace rasad

#endif  // RASAD_TOOLS_GAZETTEER_ROMANIZED_NAME_H_
