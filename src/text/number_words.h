// NumberWords: Arabic number words, vague quantifiers and measure words (data/text/numbers.tsv), and
// the quantity parser that turns digits and number words into counts.
//
// Quantities combine tokens as Arabic writes them: ثلاثة آلاف = 3000, خمسة وعشرين = 25, ٨٠ = 80,
// عشرات الآلاف = 12 x 1000 (vague). Vague quantifiers carry the documented conservative value of
// numbers.tsv (عشرات 12, مئات 100) and are flagged `vague`. A bounding phrase right before a number
// (أكثر من، نحو، ما لا يقل عن) joins the quantity and sets its `bound`.
#ifndef RASAD_TEXT_NUMBER_WORDS_H_
#define RASAD_TEXT_NUMBER_WORDS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzed_text.h"
#include "util/flat_string_index.h"
#include "util/status.h"

namespace rasad {

class WordSet;

enum class NumberKind : uint8_t { kUnit, kTens, kHundreds, kScale, kScalePlural, kVague, kMeasure };

struct NumberWord {
  double value = 0;
  NumberKind kind = NumberKind::kUnit;
  std::string unit;  // for kMeasure
  bool no_article = false;  // counts only without the article (numbers.tsv notes `no article`: الأحد is Sunday)
};

class NumberWords {
 public:
  // Loads numbers.tsv; errors name file:line.
  Status Load(const std::string& path);
  // Adds every word to `words` so that the clitic analyzer knows them.
  void ExportTo(WordSet* words) const;

  // The entry for a word in matching form, or null.
  const NumberWord* Find(std::string_view normalized) const {
    const uint32_t id = word_ids_.Find(normalized);
    return id == FlatStringIndex::kNone ? nullptr : &words_[id];
  }

  // Sets Token::value on numeric tokens and fills text->quantities. Tokens must be analyzed.
  void FindQuantities(AnalyzedText* text) const;
  // The same, given the tokens where a quantity can start (in order): the numbers and the words
  // whose word class has kWordNumber. (The analyzer lists them while it tokenizes.)
  void FindQuantities(AnalyzedText* text, std::span<const uint32_t> starts) const;

 private:
  // The bounding phrases (kind `bound`), each as its words in matching form.
  struct BoundPhrase {
    std::vector<std::string> words;
    QuantityBound bound;
  };
  // The tokens of the bounding phrase that ends right before token `first`, or 0.
  // The proclitic the list keeps on the phrase's first word (لأكثر) goes to `*prefixes`.
  uint32_t BoundBefore(const AnalyzedText& text, uint32_t first, QuantityBound* bound, uint8_t* prefixes) const;

  // The words (matching form) and their entries, by the word's id in word_ids_.
  FlatStringIndex word_ids_;
  std::vector<NumberWord> words_;
  std::vector<BoundPhrase> bounds_;
  // The words a bounding phrase can end with right before a number: the last word of a phrase of
  // several, a one-word phrase alone or with one of the proclitics BoundBefore accepts (نحو، بنحو).
  // A number after any other word has no bounding phrase, which spares the loop over the phrases.
  FlatStringIndex bound_last_words_;
};

// Parses an ASCII number as written in news ("80", "1,500", "3.5"); NaN if it is not one.
double ParseDigits(std::string_view s);

}  // namespace rasad

#endif  // RASAD_TEXT_NUMBER_WORDS_H_
