// A person named again by the last word of the name alone (الأسد after بشار الأسد).
#ifndef RASAD_LEXICON_PERSONS_NAMED_AGAIN_H_
#define RASAD_LEXICON_PERSONS_NAMED_AGAIN_H_

#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/mention.h"
#include "lexicon/phrase_matcher.h"
#include "text/analyzed_text.h"

namespace rasad {

// A person of the dictionaries named in the document by a name of two words or more is named again, later
// in the document, by the last word of that name alone (وقال الأسد after الرئيس بشار الأسد، وأضاف بلينكن after
// وزير الخارجية الأمريكي أنتوني بلينكن), as a reader takes it: the word gets a mention of its own, a copy of the
// person's. The dictionaries leave out the surnames that are common words or shared by several people
// (الأسد: a lion, and Hafez, Bashar and Maher al-Assad): once a person is named in full, the document itself
// says who is meant. So the word is read only
//  - outside any other mention, with the article as the name has it (البري is no بري);
//  - where a name can stand: after a verb, a particle or another actor, not after a noun it would qualify or
//    complete (الوفد السوداني، عرين الأسد),
//    nor, with no verb before it, before a word with the article that is no name (الأمين العام), but for a weekday
//    (الأسد الأحد);
//  - not for a name without the article that is also a common word (سلام peace، عون help، بري of the land);
//  - when no other person named before it ends with the same word (بشار الأسد and ماهر الأسد: either);
//  - not for a word after بن، ابن، أبو (محمد بن سلمان: سلمان alone is another man), nor a ruler's ordinal
//    (عبد الله الثاني), nor a one-word name.
// `mentions` are in text order; added mentions keep them so.
// `keys` are the text's TokenKeys (the recognizer's), whose key[0] of a word is its bare stem.
void AddPersonsNamedAgain(const Lexicon& lex, const AnalyzedText& text, const TokenKeys& keys,
                          std::vector<Mention>* mentions);

}  // namespace rasad

#endif  // RASAD_LEXICON_PERSONS_NAMED_AGAIN_H_
