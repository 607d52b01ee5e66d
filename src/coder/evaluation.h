// Evaluation: the figures of ../shared/tools/score.py, so that users can score their own
// dictionaries on their own gold files with `rasad eval`.
//
// Tasks: `detect` (per event type: tp, fp, fn, tn, precision, recall, f1 over sentences labelled
// yes/no), `actors` (per side: records, correct, accuracy of source/target country+sector), and
// `seed` (required events found, optional found, forbidden violated). An event counts when it is
// not negated and its modality is asserted, reported or alleged. The rules are score.py's; the text
// matching of actor hints and places uses the same folding (NFKC, no diacritics or tatweel, one
// alef, ي for ى, ه for ة, punctuation as space, lower case, clitics و ب ل ف ال stripped for places).
#ifndef RASAD_CODER_EVALUATION_H_
#define RASAD_CODER_EVALUATION_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "util/status.h"

namespace rasad {

// Reads a JSON Lines file; errors name file:line.
Result<std::vector<nlohmann::json>> ReadJsonLines(const std::string& path);

nlohmann::json EvaluateDetect(const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& gold);
nlohmann::json EvaluateActors(const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& gold);
nlohmann::json EvaluateSeed(const std::vector<nlohmann::json>& events, const std::vector<nlohmann::json>& gold);

// Runs `task` ("detect", "actors" or "seed") over the two files.
Result<nlohmann::json> Evaluate(const std::string& task, const std::string& events_path, const std::string& gold_path);

}  // namespace rasad

#endif  // RASAD_CODER_EVALUATION_H_
