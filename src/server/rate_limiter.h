// RateLimiter: a token bucket per client address, the server's defence against a client that
// floods it (docs/api.md: 50 requests per second per address by default).
//
// Each address starts with a full bucket of `burst` tokens, gains `rate` tokens per second up to
// `burst`, and spends one per request; a request that finds the bucket empty is refused. Buckets
// idle long enough to be full again are dropped, so memory stays bounded by the active clients.
// Thread-safe.
#ifndef RASAD_SERVER_RATE_LIMITER_H_
#define RASAD_SERVER_RATE_LIMITER_H_

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace rasad {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `rate` tokens per second, at most `burst` saved up; rate <= 0 disables the limit.
  RateLimiter(double rate, double burst);

  // Takes a token for `client` at time `now`; false when the client is over its limit.
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());

  bool enabled() const { return rate_ > 0; }

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  void DropIdle(Clock::time_point now);

  double rate_, burst_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
  Clock::time_point last_sweep_;
};

}  // namespace rasad

#endif  // RASAD_SERVER_RATE_LIMITER_H_
