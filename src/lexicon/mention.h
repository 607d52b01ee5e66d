// Mention: a stretch of tokens that names an actor, a place, or both (تونس is a state and a place),
// resolved against the Lexicon.
#ifndef RASAD_LEXICON_MENTION_H_
#define RASAD_LEXICON_MENTION_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/analyzed_text.h"

namespace rasad {

struct Mention {
  // (The numbers and flags come first, together, and the strings after them: the passes over a document's
  // mentions read mostly these, and in a long article the list outgrows the data cache, so a mention whose
  // flags share one cache line costs one miss where fields spread over the record cost three.)
  uint32_t first_token = 0, end_token = 0;  // [first, end)

  // Actor side. An actor mention has a record (a state, organisation or person in force on the
  // document date), or is generic: an agent noun (قوات، مسلحون) or a people demonym (سودانيون),
  // possibly with a country from a demonym (الجيش التركي); `country` and `sector` below.
  int32_t record = -1;   // Lexicon::records() index
  int32_t agent = -1;    // Lexicon::agents() index
  int32_t demonym = -1;  // Lexicon::demonyms() index
  // Place side.
  int32_t place = -1;  // Lexicon::places() index
  float place_confidence = 0;
  uint32_t owner_token = 0;  // owned: the first token of the owner's mention (0 when merged into it)
  bool is_actor = false;
  bool people = false;   // a group of people (agents, plural demonyms)
  // A place or thing an attack hits (an agent of kind object: منزل، حاجز), possibly resolved to the
  // owner named after it (حاجز للجيش). Never the doer of an event.
  bool object = false;
  bool owned = false;  // an object whose country and sector are its owner's (حاجز للجيش)
  // The name was read through a one-letter correction (رامب -> ترامب); `corrected_to` is the
  // dictionary word used.
  bool corrected = false;
  uint8_t prefixes = 0;                 // proclitics of the first token (ب، ل، و ...)
  Enclitic pronoun = Enclitic::kNone;   // a pronoun on the last token (قواته)

  std::string country;   // ISO3, or empty when unknown
  std::string sector;    // CAMEO role code, or empty
  // For unnamed state forces (القوات الحكومية، الشرطة) in a document clearly about one country: that
  // country, reported on output when `country` is empty; the coder still treats the actor as generic.
  std::string inferred_country;
  std::string corrected_to;
  std::vector<uint32_t> entries;        // matcher payloads used, for --explain

  bool is_place() const { return place >= 0; }
};

// Makes `m`, a copy of a mention named earlier, the mention of the one word `token` (`word`) that names it again
// (الحركة after حركة الشباب، الأسد after بشار الأسد): its span, the word's clitics, no pronoun and no correction.
inline void NameAgainAt(Mention* m, uint32_t token, const Token& word) {
  m->first_token = token;
  m->end_token = token + 1;
  m->prefixes = word.prefixes;
  m->pronoun = Enclitic::kNone;
  m->corrected = false;
  m->corrected_to.clear();
}

// Adds the mentions `added` (in text order, none overlapping one of `mentions`) to `mentions`, keeping them in text
// order.
// (Merged from the back, in place: each mention after the first added one moves once, and those before it not at
// all; std::inplace_merge moved every mention through a buffer, which in a long article cost more than the rest.)
inline void MergeInTextOrder(std::vector<Mention>* mentions, std::vector<Mention>* added) {
  if (added->empty()) return;
  std::vector<Mention>& ms = *mentions;
  std::vector<Mention>& more = *added;
  size_t i = ms.size(), j = more.size();
  ms.resize(ms.size() + more.size());
  for (size_t out = ms.size(); j > 0;) {
    // (A mention starting where an added one does stays before it, as a stable merge keeps it.)
    if (i > 0 && ms[i - 1].first_token > more[j - 1].first_token) {
      ms[--out] = std::move(ms[--i]);
    } else {
      ms[--out] = std::move(more[--j]);
    }
  }
}

}  // namespace rasad

#endif  // RASAD_LEXICON_MENTION_H_
