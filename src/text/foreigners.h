// The words that qualify people as foreigners (عمال أجانب، صحفي أجنبي), in bare matching form (see
// ArabicNormalizer): such people are of no country the document or the event's place names, for the
// recognizer's inference of unnamed forces' country and for the coder's country from the place alike.
#ifndef RASAD_TEXT_FOREIGNERS_H_
#define RASAD_TEXT_FOREIGNERS_H_

#include <string_view>

namespace rasad {

// Whether `bare` (a token's bare matching form) is أجانب، أجنبي، أجنبية or another form of them (the demonyms of the
// pseudo code INT in lexicon/countries.tsv).
inline bool IsForeignersWord(std::string_view bare) {
  return bare == "اجانب" || bare == "اجنبي" || bare == "اجنبيه" || bare == "اجنبيا" || bare == "اجنبيون" ||
         bare == "اجنبيين" || bare == "اجنبيات";
}

}  // namespace rasad

#endif  // RASAD_TEXT_FOREIGNERS_H_
