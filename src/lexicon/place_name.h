// Place names as news writes them, for the gazetteer builders (build-time generator and
// `rasad gazetteer import`).
#ifndef RASAD_LEXICON_PLACE_NAME_H_
#define RASAD_LEXICON_PLACE_NAME_H_

#include <string>
#include <string_view>

namespace rasad {

// `text` (UTF-8) with harakat, dagger alef, tatweel and invisible bidi/format marks removed, TAB,
// newline and the list separator '|' turned into spaces, and surrounding spaces trimmed.
std::string NewsSpelling(std::string_view text);

}  // namespace rasad

#endif  // RASAD_LEXICON_PLACE_NAME_H_
