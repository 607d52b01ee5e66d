// Event output: the JSON event record of ../shared/data/README.md (one object per line) and a flat
// CSV form. Extra fields beyond the contract: injured, captured, mentions (all evidence spans),
// explain (with --explain), and location.relative / location.confidence.
#ifndef RASAD_CODER_EVENT_JSON_H_
#define RASAD_CODER_EVENT_JSON_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "coder/event.h"

namespace rasad {

nlohmann::json EventToJson(const Event& e);

// Appends the same record as one JSON line (without the newline) to *out, written directly: the
// output path of `rasad code`, several times faster than building the tree. Parsing it gives
// EventToJson(e).
void AppendEventJson(const Event& e, std::string* out);

// The same record and a newline, written straight into a buffer that holds many (`rasad code`'s
// output): the first `used` bytes of *buf are kept, the line is written after them, and the new
// count of used bytes is returned. The bytes of *buf past that count are room for the next lines,
// of no given content: the buffer grows (zero-filled once, as resize does) and never shrinks, so
// that a caller who writes out its used bytes and starts again at 0 copies no record twice.
size_t AppendEventJsonLineAt(const Event& e, std::string* buf, size_t used);

// The CSV header and one row per event (RFC 4180 quoting).
std::string EventCsvHeader();
std::string EventToCsv(const Event& e);

}  // namespace rasad

#endif  // RASAD_CODER_EVENT_JSON_H_
