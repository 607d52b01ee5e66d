// The process that owns an ingest or recode run, as recorded in `ingest_runs`, so that a new run
// can tell a run still going in another process from one whose process was killed.
#ifndef RASAD_STORE_RUN_OWNER_H_
#define RASAD_STORE_RUN_OWNER_H_

#include <cstdint>
#include <string>

namespace rasad {

struct RunOwner {
  std::string host;         // gethostname()
  int64_t pid = 0;
  int64_t start_ticks = 0;  // the process's start time (/proc/PID/stat), 0 where unknown;
                            // tells a reused pid from the owner
};

// This process.
RunOwner ThisProcess();

enum class OwnerState { kAlive, kGone, kUnknown };

// kGone when `owner` ran on this host and no process with its pid and start time exists;
// kUnknown for another host, where nothing can be checked.
OwnerState CheckOwner(const RunOwner& owner);

}  // namespace rasad

#endif  // RASAD_STORE_RUN_OWNER_H_
