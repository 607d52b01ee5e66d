// Whether a mention names foreigners of no stated nationality (عمال أجانب، الصحفيين الأجانب), who are of no
// country the document or the event's place names: the recognizer gives them no inferred country, the coder
// none from the place.
#ifndef RASAD_LEXICON_FOREIGNERS_MENTION_H_
#define RASAD_LEXICON_FOREIGNERS_MENTION_H_

#include "lexicon/mention.h"
#include "lexicon/phrase_matcher.h"
#include "text/foreigners.h"

namespace rasad {

// The word of foreigners ends the mention (the demonym of the pseudo code INT joined to its noun) or follows it
// in its sentence.
inline bool NamesForeigners(const AnalyzedText& text, const Mention& m) {
  if (IsForeignersWord(BareWord(text.Norm(text.tokens[m.end_token - 1])))) return true;
  const uint32_t k = m.end_token;
  return k < text.tokens.size() && text.tokens[k].sentence == text.tokens[m.first_token].sentence &&
         IsForeignersWord(BareWord(text.Norm(text.tokens[k])));
}

}  // namespace rasad

#endif  // RASAD_LEXICON_FOREIGNERS_MENTION_H_
