// Sentence and clause segmentation over analyzed tokens.
//
// Sentences end at . ! ? ؟ and … (runs of them count once) and at line breaks (a line break in news
// text is a paragraph break); not after an abbreviation (a one-letter word or one listed in
// abbreviations.tsv), not inside a number (numbers are single tokens), and not inside a quotation
// that closes within the paragraph (« »، “ ”، " "), unless the stop is the quotation's last token.
//
// Arabic news runs clauses together, so each sentence is further cut into clauses: before a clause
// marker (فيما، بينما، حيث، كما، ما أدى ...; see clause_markers.tsv), after ; and before و joined to
// a word that is only a verb.
#ifndef RASAD_TEXT_SEGMENTER_H_
#define RASAD_TEXT_SEGMENTER_H_

#include "text/analyzed_text.h"

namespace rasad {

struct TextResources;

// Fills text->sentences and Token::sentence.
void SegmentSentences(const TextResources& resources, AnalyzedText* text);

// Fills text->clauses and Token::clause. Sentences must be segmented.
void SegmentClauses(const TextResources& resources, AnalyzedText* text);

}  // namespace rasad

#endif  // RASAD_TEXT_SEGMENTER_H_
