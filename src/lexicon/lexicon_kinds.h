// The kinds the lexicon's word lists may name (data/README.md), with their bits. Lexicon's loader and
// `rasad check` (lexicon_check.cc) read these tables, so a kind is added in one place and both accept it.
#ifndef RASAD_LEXICON_LEXICON_KINDS_H_
#define RASAD_LEXICON_LEXICON_KINDS_H_

#include <span>

#include "lexicon/word_kinds.h"

namespace rasad {

// lexicon/word_kinds.tsv's kinds (kPlaceNounWord ...).
std::span<const WordKinds::Kind> LexiconWordKinds();
// lexicon/mission_words.tsv's one kind.
std::span<const WordKinds::Kind> MissionWordKinds();

}  // namespace rasad

#endif  // RASAD_LEXICON_LEXICON_KINDS_H_
