// Printing what a store holds (used by `rasad ingest`, `rasad recode` and `rasad stats`).
#ifndef RASAD_CLI_STORE_SUMMARY_H_
#define RASAD_CLI_STORE_SUMMARY_H_

#include <ostream>

#include "store/ingest.h"
#include "store/store.h"

namespace rasad::cli {

// "12,345" for 12345.
std::string Thousands(int64_t n);

// One line of progress: documents, rate, events, rejected, ETA when the input size is known.
std::string ProgressLine(const IngestProgress& p);

// What the store holds: totals, events by type, the most active actors and places.
Status PrintStoreSummary(Store& store, std::ostream& out);

}  // namespace rasad::cli

#endif  // RASAD_CLI_STORE_SUMMARY_H_
