// The kinds the lexicon's word lists may name (data/README.md), with their bits. Lexicon's loader and
// `rasad check` (lexicon_check.cc) read these tables, so a kind is added in one place and both accept it.
#ifndef RASAD_LEXICON_LEXICON_KINDS_H_
#define RASAD_LEXICON_LEXICON_KINDS_H_

#include <cstdint>
#include <span>

#include "lexicon/word_kinds.h"

namespace rasad {

// lexicon/word_kinds.tsv's kind foreign_name (دي، ديل، نويفو: a word of Spanish or Portuguese place names; a place
// next to it is the part of a longer name, نورتي دي سانتاندير is not Santander), the bit after lexicon.h's
// LexiconWordKind. Only the loader and the recognizer ask it: it is kept here, out of the header the tree includes.
inline constexpr uint64_t kForeignNameWord = uint64_t{1} << 9;
// lexicon/word_kinds.tsv's kind so_called (يسمى، تسمى، يدعى، تدعى: after ما, "the so-called"; the name after the two
// words is still the genitive of the construct before them, مسلحو ما يسمى تنظيم الدولة). Asked by the recognizer only.
inline constexpr uint64_t kSoCalledWord = uint64_t{1} << 10;
// lexicon/word_kinds.tsv's kind named_site (مطار، جامعة، مستشفى، جسر، شارع: a building, a road or a town that may be
// named after a person; a title and a name or a person in its construct, مطار الملك خالد، مستشفى الملك فهد, is a
// part of the site's name, no actor). Asked by the recognizer only.
inline constexpr uint64_t kNamedSiteWord = uint64_t{1} << 11;
// lexicon/word_kinds.tsv's kind qualifying (يرقى، يعد، يشكل، خط: a verb that qualifies its subject, or a noun that is
// its predicate of state, خط أحمر): after an event noun heading a headline, the noun names the class of acts the
// headline qualifies, no incident. Asked by the coder only (reporting.cc).
inline constexpr uint64_t kQualifyingWord = uint64_t{1} << 12;
// lexicon/word_kinds.tsv's kind caption (صورة، فيديو: in brackets at a sentence's head, it makes the sentence a
// caption, whose relative clause on the victim it shows reports the day's event). Asked by the coder only.
inline constexpr uint64_t kCaptionWord = uint64_t{1} << 13;
// lexicon/word_kinds.tsv's kind name_particle (عبد، أبو، بن، آل: a word that opens the next part of a compound name and
// is always followed by it): such a word after a given name is never a one-letter misspelling of a surname, محمد عبد
// الله is not محمد عبو. Asked by the recognizer's person-name typo check only.
inline constexpr uint64_t kNameParticleWord = uint64_t{1} << 14;
// lexicon/word_kinds.tsv's kind prayer (صلاة، أذان: a prayer or its call): the definite name after it is the prayer's
// time, صلاة المغرب the sunset prayer and no Morocco, أذان الفجر. Asked by the recognizer only.
inline constexpr uint64_t kPrayerWord = uint64_t{1} << 15;

// lexicon/word_kinds.tsv's kinds (kPlaceNounWord ... kVehicleWord, kForeignNameWord, kSoCalledWord, kNamedSiteWord,
// kQualifyingWord, kCaptionWord, kNameParticleWord, kPrayerWord).
std::span<const WordKinds::Kind> LexiconWordKinds();
// lexicon/mission_words.tsv's one kind.
std::span<const WordKinds::Kind> MissionWordKinds();

}  // namespace rasad

#endif  // RASAD_LEXICON_LEXICON_KINDS_H_
