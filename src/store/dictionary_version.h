// The dictionary version: a short hash of every dictionary file the engine reads (the data
// directory, recursively, and the generated gazetteer), so that each stored event records which
// dictionaries coded it and `rasad recode` knows which documents are stale.
#ifndef RASAD_STORE_DICTIONARY_VERSION_H_
#define RASAD_STORE_DICTIONARY_VERSION_H_

#include <string>

#include "coder/engine.h"
#include "util/status.h"

namespace rasad {

// 16 hex digits; the same files (names and bytes) give the same version. Errors name an
// unreadable file.
Result<std::string> DictionaryVersion(const EngineOptions& options);

}  // namespace rasad

#endif  // RASAD_STORE_DICTIONARY_VERSION_H_
