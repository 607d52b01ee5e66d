// What a word's written form says of it: the article, a pronoun.
#ifndef RASAD_TEXT_DEFINITE_H_
#define RASAD_TEXT_DEFINITE_H_

#include <string_view>

#include "text/analyzed_text.h"
#include "util/bytes_equal.h"

namespace rasad {

// Whether token `t` of `text` carries the article: among its prefixes (الحكومة، والقوات، للجيش), or kept in its
// stem, as the clitic analyzer keeps it on a word the word list knows with it (a one-word name of the
// dictionaries: القوات).
// (Forced inline, the prefix compared as bytes: GCC kept string_view's starts_with a call to compare() in the
// recognizer's large functions, as with its EndsWith.)
[[gnu::always_inline]] inline bool IsDefinite(const AnalyzedText& text, const Token& t) {
  if (t.prefixes & kProAl) return true;
  constexpr std::string_view kAl = "ال";
  const std::string_view stem = text.Stem(t);
  return stem.size() >= kAl.size() && BytesEqual(stem.data(), kAl.data(), kAl.size());
}

// Whether token `t` of `text` carries a pronoun of the third person: split off by the clitic analyzer (قواته), or
// kept on a word the word list knows whole (بلاده، أطلقتها), which its written letters show: ه (not the ة of هدنة),
// ها, هم.
inline bool CarriesPronoun(const AnalyzedText& text, const Token& t) {
  if (t.suffix != Enclitic::kNone) return true;
  const std::string_view written = text.Text(t);
  return written.ends_with("ه") || written.ends_with("ها") || written.ends_with("هم");
}

}  // namespace rasad

#endif  // RASAD_TEXT_DEFINITE_H_
