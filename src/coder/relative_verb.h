// The verb that opens a relative clause, where the word lists do not know its form.
#ifndef RASAD_CODER_RELATIVE_VERB_H_
#define RASAD_CODER_RELATIVE_VERB_H_

#include "text/analyzed_text.h"
#include "text/word_set.h"

namespace rasad::detail {

// التحالف الذي تقوده واشنطن، القوات التي يدعمها الجيش: the word right after a relative pronoun is the clause's verb
// where it carries a third-person pronoun (the noun the clause describes, its object) or where no word list knows it
// as anything but a verb: تقوده is not split where a dictionary phrase holds it whole (التحالف الذي تقوده السعودية,
// a name), and the word list lacks many forms with their pronoun. A function word, a number or a name there (التي في
// حوزتنا، الذي فيه: في is also listed as a verb) opens no verb; nor does a noun without a pronoun. The caller asks it
// of the word after the pronoun only, and of no mention.
inline bool ResumptiveRelativeVerb(const Token& w) {
  if (w.kind != TokenKind::kWord) return false;
  if (w.word_class & (kWordFunction | kWordPreposition | kWordNumber | kWordName)) return false;
  if (w.word_class & kWordVerb) return true;
  switch (w.suffix) {
    case Enclitic::kHu:
    case Enclitic::kHa:
    case Enclitic::kHum:
    case Enclitic::kHuma:
    case Enclitic::kHunna:
      return true;
    default:
      return !(w.word_class & kWordNoun);
  }
}

}  // namespace rasad::detail

#endif  // RASAD_CODER_RELATIVE_VERB_H_
