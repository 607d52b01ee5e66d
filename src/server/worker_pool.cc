#include "server/worker_pool.h"

namespace rasad {

WorkerPool::Lease::~Lease() {
  if (!worker_) return;
  std::lock_guard<std::mutex> lock(pool_->mu_);
  pool_->free_.push_back(std::move(worker_));
}

WorkerPool::Lease WorkerPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!free_.empty()) {
      std::unique_ptr<Worker> w = std::move(free_.back());
      free_.pop_back();
      return Lease(this, std::move(w));
    }
  }
  return Lease(this, std::make_unique<Worker>(engine_));
}

}  // namespace rasad
