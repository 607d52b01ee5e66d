// EntityRecognizer: finds actor and place mentions in analyzed text and resolves them.
//
// Steps, per document:
//  1. Longest dictionary match at each token (clitics accounted for by the text layer), within the
//     sentence.
//  2. One-letter typo correction where context supports it: the second word of a known person's
//     name after its first word (دونالد رامب -> ترامب), and a place after a place noun (منطقة، مدينة
//     ...) among the places of the countries the document is about (منطقة مرهونة -> ترهونة).
//  3. The document's country context: states, demonyms, actors and unambiguous places mentioned.
//  4. Resolution: a person or organisation to its record in force on the document date; an
//     ambiguous place (طرابلس in Libya or Lebanon) to the candidate in the best-supported country,
//     with a confidence.
//  5. Composition: agent + demonym (الجيش التركي -> TUR MIL; وزير الخارجية الإيطالي -> ITA GOV),
//     agent + actor (قوات حفتر -> LNA MIL), title + person (الرئيس دونالد ترامب).
#ifndef RASAD_LEXICON_ENTITY_RECOGNIZER_H_
#define RASAD_LEXICON_ENTITY_RECOGNIZER_H_

#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/mention.h"
#include "text/analyzed_text.h"
#include "util/bytes_equal.h"

namespace rasad {

// The sectors of a state's apparatus: an organisation with one of these (or none) is a state body, whose
// forces and officials keep their own sector (قوات الجيش السوري، رئيس مجلس النواب); a state's government
// and its forces are one side (the coder's threats of retaliation).
inline bool IsStateBodySector(std::string_view s) {
  return s.empty() || TextEqual(s, "GOV") || TextEqual(s, "MIL") || TextEqual(s, "COP") || TextEqual(s, "SPY") ||
         TextEqual(s, "JUD") || TextEqual(s, "LEG");
}

struct Recognition {
  TokenKeys keys;                        // lookup keys of every token, shared with the coder
  std::vector<Mention> mentions;         // in text order, non-overlapping
  std::vector<int32_t> token_mention;    // per token: index into mentions or -1
  std::vector<std::pair<std::string, int>> context;  // countries by weight, strongest first
  // What the lexicon says of each word type, kept between texts.
  // (16 bytes, copied per token in one move: the yes-or-no fields are bits of one byte.)
  struct WordLookup {
    PhraseMatcher::Roots roots;  // where the word's keys enter the lexicon's trie
    // A word that starts no name but whose stem, read without a first letter و ف ب ل ك, is a
    // dictionary word (لقوات: قوات): that word (clitic_rest) and the clitic's bit (EntityRecognizer's
    // cliticked names).
    uint8_t clitic = 0;
    // Whether the word is a common word that also names a place (Lexicon::CommonPlaceWord).
    Lexicon::CommonWord common = Lexicon::CommonWord::kNone;
    // The word's kinds (word_kinds().Of its bare stem) that fit in a byte: kPlaceNounWord to kGarmentWord. Asked of
    // the word before or after most matches and mentions; kVehicleWord, the ninth, is `vehicle` below.
    uint8_t kinds = 0;
    // The word starts a name whose next word completes a person's name (Lexicon::
    // PersonNameCandidatesAfter of its first root is not empty): the only words the person-name typo
    // check reads the next word after.
    bool person_first : 1 = false;
    // The clitic was read off the whole word, whose last letters the text layer took for a pronoun
    // (بغانا: بغا + نا, read ب + غانا).
    bool clitic_on_whole : 1 = false;
    // Whether the word alone names a country or a nationality (EntityRecognizer::IsNationality of
    // its roots), asked of the words around many matches.
    bool nationality : 1 = false;
    // The word is the patrol word دورية (EntityRecognizer's patrol reading).
    bool patrol : 1 = false;
    // The matching loop reads on at the word: it starts a name (roots), a name after its clitic, or is the patrol
    // word. The loop passes over any other word at once.
    bool read_on : 1 = false;
    bool vehicle : 1 = false;  // kVehicleWord among the word's kinds
    // Lexicon::TerritoryNoun of the word (الأراضي، الحدود، العاصمة), as its number.
    uint8_t territory : 2 = 0;
    uint32_t clitic_rest = PhraseMatcher::kNoWord;
  };
  static_assert(sizeof(WordLookup) == 16);
  static_assert(kGarmentWord < (1 << 8) && kVehicleWord == (1 << 8));
  // Per word type met: its keys' hashes (TokenKeys::TypeHashes; count 0: a type not met yet) with its
  // WordLookup, so that a word met again reads both from one entry. Kept between texts of one type generation
  // for one lexicon's matcher (owner).
  struct TypeLookup {
    TokenKeys::TypeHashes hashes;
    WordLookup lookup;
  };
  std::vector<TypeLookup> type_lookups;
  const void* type_lookups_owner = nullptr;
  uint64_t type_lookups_generation = 0;
  std::vector<WordLookup> token_lookups;  // per token of the last text: its word type's WordLookup
  // Buffers of the last text's mentions' `entries`, emptied, for the next text's matches to fill:
  // a text's mentions then cost no allocation once the buffers have grown.
  std::vector<std::vector<uint32_t>> spare_entries;
};

class EntityRecognizer {
 public:
  // `lexicon` must outlive the recognizer. Thread-safe: holds no mutable state.
  explicit EntityRecognizer(const Lexicon* lexicon) : lex_(lexicon) {}

  // Recognizes mentions in `text`; `date` (ISO or empty) selects role periods of people.
  void Recognize(const AnalyzedText& text, std::string_view date, Recognition* out) const;

  // The English name of a resolved actor mention ("Khalifa Haftar", "Turkey military").
  std::string ActorNameEn(const Mention& m) const;
  std::string ActorNameAr(const AnalyzedText& text, const Mention& m) const;
  std::string ActorId(const Mention& m) const;
  // Whether ActorId(a) == ActorId(b), without building the two ids (the coder asks it of the sides of its triggers).
  bool SameActorId(const Mention& a, const Mention& b) const;

 private:
  // True when the token alone names a country or a nationality (`roots` are the token's).
  bool IsNationality(PhraseMatcher::Roots roots) const;
  // Gives a generic agent (no record, no country) the country of what specifies it right after it:
  // من + a group (متمردون من طالبان), موالون/تابعة لـ + an actor, في + an organisation for a member
  // (ناشط في كتائب الأقصى, which also gives the sector), or a place in construct (شرطة بغداد).
  // `lookups` are the text's (Recognition::token_lookups). `absorbed` comes with the marks of composition (one mark
  // a mention, or empty when none is marked); a marked mention is not read. A mention made part of the one before it
  // stays in `mentions` and is marked there too, for JoinTitles to drop.
  void SpecifyGenericAgents(const AnalyzedText& text, const Recognition::WordLookup* lookups,
                            std::vector<Mention>* mentions, std::vector<uint8_t>* absorbed) const;
  // An office composed with what it heads and its nationality (زعيم المعارضة الهندي، وزيرة الخارجية
  // الألمانية) right before a person's name is the person's title, in apposition: one mention, the
  // person's, with the title's sector where the person's line has none. Not when the two name
  // different nations (the name is then another actor, the object: انتقد وزير الخارجية الإيراني نتنياهو).
  // The mentions marked in `absorbed` (composition's and SpecifyGenericAgents') are dropped, and not read.
  void JoinTitles(const AnalyzedText& text, const std::vector<uint8_t>& absorbed, std::vector<Mention>* mentions) const;
  // Gives an object noun (حاجز، مقر) the country and sector of the actor named as its owner right
  // after it, in construct or through (تابع) لـ; the object's own sector stays where the owner has
  // none or is a state. Both mentions stay: the owner may be part of a trigger phrase or a list.
  void OwnObjects(const AnalyzedText& text, std::vector<Mention>* mentions) const;
  // Gives a generic group or body with a third-person pronoun (قواته، مقاتلاته، جنودها، عناصرهم) the
  // codes of the nearest actor before it, in its sentence or the one before, that can own it: a state,
  // an organisation, a person (his organisation's) or an agent with a country. As in construct
  // (قوات حفتر), the owner's record and country, and its sector where the noun has none of its own.
  void OwnByPronoun(const AnalyzedText& text, std::vector<Mention>* mentions) const;
  // Gives the generic agent `m` the codes of the record `owner` it belongs to (قوات حفتر: a person's
  // organisation's record and country; the owner's sector where the agent has none of its own).
  void TakeOwner(Mention* m, int32_t owner) const;
  const Lexicon* lex_;
};

namespace detail {
// WithinOneEdit() once its quick tests have passed; `a` is not longer than `b`.
bool WithinOneEditFromEnds(std::string_view a, std::string_view b);
}  // namespace detail

// True when a and b (UTF-8) differ by at most one inserted, deleted or substituted code point.
// Inline (forced: the compiler kept a call otherwise): the person-name typo check asks it of every
// word that can follow a first name, and the tests on the lengths and on the first and last code
// points turn most of them away.
[[gnu::always_inline]] inline bool WithinOneEdit(std::string_view a, std::string_view b) {
  // Within one edit (a code point inserted, deleted or replaced) exactly when, once the common
  // prefix and the common suffix are removed (whole code points, not overlapping), at most one code
  // point is left on each side. Compared as bytes: no decoding, and most candidates fail at once.
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 4) return false;  // a code point is at most 4 bytes
  if (a.size() >= 5) {
    // Both have two code points or more, so one edit leaves the first or the last one as it was.
    // A code point differs when a byte of it does: tested on its first two bytes (its last two at
    // the end), which are all of an Arabic letter. Most candidates end here.
    size_t n = a.size(), m = b.size();
    bool first_differs = a[0] != b[0] || (static_cast<unsigned char>(a[0]) >= 0x80 && a[1] != b[1]);
    bool last_differs = a[n - 1] != b[m - 1] ||
                        ((static_cast<unsigned char>(a[n - 1]) & 0xC0) == 0x80 && a[n - 2] != b[m - 2]);
    if (first_differs && last_differs) return false;
  }
  return detail::WithinOneEditFromEnds(a, b);
}

}  // namespace rasad

#endif  // RASAD_LEXICON_ENTITY_RECOGNIZER_H_
