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

#include <cstdint>
#include <span>
#include <string_view>

#include "text/analyzed_text.h"

namespace rasad {

struct TextResources;

// Quote marks in matching form: 0 = not a quote, 1 = opening («، “، ‹، „), 2 = closing (»، ”، ›), 3 = either (").
int QuoteKind(std::string_view p);

// Fills text->sentences and Token::sentence.
void SegmentSentences(const TextResources& resources, AnalyzedText* text);

// The same, given the tokens where a sentence can start or end (in order): every punctuation token
// and every token after a line break. The others take no part in the decision, so the analyzer,
// which lists these while it tokenizes, spares a pass over every token. This form fills
// text->sentences only: Token::sentence is set by SegmentClauses, whose pass over the tokens of each
// clause writes both (one pass over the tokens instead of two).
void SegmentSentences(const TextResources& resources, AnalyzedText* text, std::span<const uint32_t> events);

// The clause markers a word can begin, as ids of TextResources::clause_marker_firsts
// (FlatStringIndex::kNone for none): the word as written, and the word without its و / ف.
struct ClauseMarkerStart {
  uint32_t whole;
  uint32_t bare;
};

// The ClauseMarkerStart of a word: its matching form, stem, clitics and word class.
ClauseMarkerStart ClauseMarkerStartOf(const TextResources& resources, std::string_view word, std::string_view stem,
                                      uint8_t prefixes, uint8_t word_class);

// Whether a word with this analysis can open a clause: it can begin a clause marker, or it is و
// joined to a word that can only be a verb.
bool MayOpenClause(ClauseMarkerStart start, uint8_t prefixes, uint8_t word_class, StemSource source);

// Fills text->clauses, Token::clause and Token::sentence. Sentences must be segmented.
void SegmentClauses(const TextResources& resources, AnalyzedText* text);

// The same, given the tokens that can cut a clause (in order): the words for which MayOpenClause
// holds and the ; tokens. `starts_by_type` holds the ClauseMarkerStart of each word type of the
// text's generation (Token::type); words beyond it are looked up.
void SegmentClauses(const TextResources& resources, AnalyzedText* text, std::span<const uint32_t> candidates,
                    std::span<const ClauseMarkerStart> starts_by_type);

}  // namespace rasad

#endif  // RASAD_TEXT_SEGMENTER_H_
