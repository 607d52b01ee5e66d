// CliticAnalyzer: splits an Arabic word (matching form) into proclitics, stem and enclitic,
// validated against a WordSet.
//
// Arabic writes conjunctions, prepositions, the article and object/possessive pronouns as part of
// the word: والقوات = و + ال + قوات, لصالح = ل + صالح, قواته = قوات + ه. Blind stripping would break
// بنغازي (not ب + نغازي) or وزير (not و + زير), so a split is taken only when the stem it leaves is a
// known word; among such analyses the one with the fewest clitics wins (والمانيا = و + المانيا when
// المانيا is known). A word with no known analysis keeps only the article split off (the article is
// reliable), and is marked as a heuristic analysis. A stem that lost its ta marbuta before a
// pronoun (حكومته) gets it back (حكومه, the matching form of حكومة).
//
// hunspell-ar lists particles with the conjunction attached (ولم، وكان، فلا، ومن) and rare verb
// forms in وو (ووقع, the passive of واقع). In news these are the conjunction before a particle or a
// word in و (و + لم، و + وقع), so they are split although the whole is known, except for the
// words whose first letter belongs to them (ولي، فعل: kWordInitialLetter). It also lists a
// preposition with its pronoun as a word (عليه، منهم): the pronoun is split off the prepositions of
// text/prepositions.tsv (kWordPreposition). An unknown word in و، ف، ب، ل or ك that is a known noun
// with the alif of the indefinite accusative (وفدا) is that noun, where a clitic split would leave no
// common word. A sound plural in ات of a listed noun counts as known (ومسيرات = و + مسيرات), and
// a whole word that is such a plural keeps its first letter (وحدات of وحدة).
#ifndef RASAD_TEXT_CLITIC_ANALYZER_H_
#define RASAD_TEXT_CLITIC_ANALYZER_H_

#include <string>
#include <string_view>

#include "text/analyzed_text.h"
#include "text/word_set.h"

namespace rasad {

struct WordAnalysis {
  uint8_t prefixes = 0;  // Proclitic bits
  Enclitic suffix = Enclitic::kNone;
  StemSource source = StemSource::kWhole;
  uint8_t word_class = 0;
  std::string stem;      // matching form
};

class CliticAnalyzer {
 public:
  // `words` must outlive the analyzer; it may be null (then only the article is split).
  explicit CliticAnalyzer(const WordSet* words) : words_(words) {}

  // Analyzes one Arabic word in matching form. `final_ta_marbuta` says the word was written with a
  // final ة, which the matching form folds to ه: such an ه is never the pronoun.
  WordAnalysis Analyze(std::string_view word, bool final_ta_marbuta = false) const;

 private:
  uint8_t Known(std::string_view stem) const { return words_ ? words_->Classes(stem) : 0; }
  // The conjunction (و or ف) a known word starts with, when it is that and not part of the word;
  // 0 otherwise.
  uint8_t Conjunction(std::string_view word, uint8_t whole, bool final_ta_marbuta) const;
  // kWordNoun when `word` is the sound plural in ات of a listed noun (مسيرات of مسيرة، اجتماعات of
  // اجتماع); 0 otherwise. hunspell-ar makes these plurals with affix rules, so they are not in the list.
  uint8_t SoundPlural(std::string_view word) const;
  const WordSet* words_;
};

}  // namespace rasad

#endif  // RASAD_TEXT_CLITIC_ANALYZER_H_
