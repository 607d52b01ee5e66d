// JSON forms of resolved mentions, as in ../shared/data/README.md: the actor object
// {"text","span","actor_id","name_en","name_ar","country","sector"} and the place object
// {"text","span","name_en","name_ar","country","admin1","lat","lon","geonameid","precision"}.
// Extra fields: "corrected" (the name was read through a one-letter correction) and "confidence".
#ifndef RASAD_LEXICON_MENTION_JSON_H_
#define RASAD_LEXICON_MENTION_JSON_H_

#include <nlohmann/json.hpp>

#include "lexicon/entity_recognizer.h"

namespace rasad {

nlohmann::json ActorJson(const EntityRecognizer& rec, const Lexicon& lex, const AnalyzedText& text, const Mention& m);
nlohmann::json PlaceJson(const Lexicon& lex, const AnalyzedText& text, const Mention& m);

// "person", "organization" or "actor" for an actor mention.
const char* ActorMentionType(const Lexicon& lex, const Mention& m);

// The [begin, end) original byte span of tokens [first, end).
inline nlohmann::json SpanJson(const AnalyzedText& text, uint32_t first, uint32_t end) {
  return nlohmann::json::array({text.tokens[first].begin, text.tokens[end - 1].end});
}

}  // namespace rasad

#endif  // RASAD_LEXICON_MENTION_JSON_H_
