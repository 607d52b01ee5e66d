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

// lexicon/word_kinds.tsv's kinds (kPlaceNounWord ... kVehicleWord, kForeignNameWord).
std::span<const WordKinds::Kind> LexiconWordKinds();
// lexicon/mission_words.tsv's one kind.
std::span<const WordKinds::Kind> MissionWordKinds();

}  // namespace rasad

#endif  // RASAD_LEXICON_LEXICON_KINDS_H_
