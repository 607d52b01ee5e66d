// Whether a word is definite: written with the article.
#ifndef RASAD_TEXT_DEFINITE_H_
#define RASAD_TEXT_DEFINITE_H_

#include "text/analyzed_text.h"

namespace rasad {

// Whether token `t` of `text` carries the article: among its prefixes (الحكومة، والقوات، للجيش), or kept in its
// stem, as the clitic analyzer keeps it on a word the word list knows with it (a one-word name of the
// dictionaries: القوات).
inline bool IsDefinite(const AnalyzedText& text, const Token& t) {
  return (t.prefixes & kProAl) || text.Stem(t).starts_with("ال");
}

}  // namespace rasad

#endif  // RASAD_TEXT_DEFINITE_H_
