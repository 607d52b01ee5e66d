// LexiconCheck: validates every dictionary file and reports each problem as `file:line: message`
// (`rasad lexicon check`). It reads the files itself, so that one run lists every problem rather
// than stopping at the first as loading does.
//
// Errors: a line with too few fields, a bad date, an unknown country code (not ISO 3166-1 alpha-3 nor a
// regional code of countries.tsv), an unknown sector (not in sectors.tsv), an unknown CAMEO code in
// triggers.tsv, a parent or affiliation naming no actor, bad coordinates, the same actor_id defined in two
// files; in the word lists (lexicon/word_kinds.tsv, lexicon/mission_words.tsv, coder/word_kinds.tsv) and
// the coder's cues.tsv and grammar.tsv: an unknown kind or scope, an item of several words where one word
// is expected, a word listed twice under one kind (or, for grammar.tsv's single words, under two: they have
// one kind each) in the same matching form, and whatever else the coder's loader refuses. Warnings: a
// duplicate line, a name given to two different records (but for organisations of different countries,
// whose shared name the recognizer reads as the one of the document's country: الأمن العام), a phrase
// listed twice under one kind in the same matching form, and an entry that can never match: a word whose
// matching form starts with ال where a token's key has it taken off (word_kinds.tsv's آلاف is الاف, a
// token's key اف), a + form where no persons are generated, a present form generated for a kind read in the
// past only.
#ifndef RASAD_LEXICON_LEXICON_CHECK_H_
#define RASAD_LEXICON_LEXICON_CHECK_H_

#include <string>
#include <vector>

namespace rasad {

struct LexiconProblem {
  bool error = true;    // false: a warning
  std::string where;    // file:line (file relative to the data directory)
  std::string message;
};

// Checks the dictionaries under `data_dir`.
std::vector<LexiconProblem> CheckLexicon(const std::string& data_dir);

}  // namespace rasad

#endif  // RASAD_LEXICON_LEXICON_CHECK_H_
