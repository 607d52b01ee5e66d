// The current time as an ISO 8601 UTC timestamp (2026-11-30T01:40:00Z), for run and refresh records.
#ifndef RASAD_UTIL_UTC_NOW_H_
#define RASAD_UTIL_UTC_NOW_H_

#include <ctime>
#include <string>

namespace rasad {

inline std::string UtcNowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace rasad

#endif  // RASAD_UTIL_UTC_NOW_H_
