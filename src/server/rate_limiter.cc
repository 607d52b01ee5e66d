#include "server/rate_limiter.h"

#include <algorithm>

namespace rasad {

RateLimiter::RateLimiter(double rate, double burst) : rate_(rate), burst_(std::max(1.0, burst)) {}

bool RateLimiter::Allow(const std::string& client, Clock::time_point now) {
  if (!enabled()) return true;
  std::lock_guard<std::mutex> lock(mu_);
  if (now - last_sweep_ > std::chrono::seconds(60)) DropIdle(now);
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& b = it->second;
  if (!fresh) {
    double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(burst_, b.tokens + elapsed * rate_);
    b.last = now;
  }
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

void RateLimiter::DropIdle(Clock::time_point now) {
  last_sweep_ = now;
  double refill_seconds = burst_ / rate_;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    if (std::chrono::duration<double>(now - it->second.last).count() > refill_seconds) {
      it = buckets_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace rasad
