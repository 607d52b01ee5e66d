// LexiconCheck: validates every dictionary file and reports each problem as `file:line: message`
// (`rasad lexicon check`). It reads the files itself, so that one run lists every problem rather
// than stopping at the first as loading does.
//
// Errors: a line with too few fields, a bad date, an unknown country code (not ISO 3166-1 alpha-3
// nor a regional code of countries.tsv), an unknown sector (not in sectors.tsv), an unknown CAMEO
// code in triggers.tsv, a parent or affiliation naming no actor, bad coordinates, the same actor_id
// defined in two files. Warnings: a duplicate line, and a name given to two different actors (the
// recognizer then picks by context).
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
