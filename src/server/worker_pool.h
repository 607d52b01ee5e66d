// WorkerPool: coder Workers for the server's on-the-fly coding (POST /api/code).
//
// The Engine is shared read-only; a Worker is one thread's scratch state and is not thread-safe,
// so each request leases a Worker and returns it when the lease is destroyed. Workers are created
// on demand and reused. Thread-safe; the Engine must outlive the pool.
#ifndef RASAD_SERVER_WORKER_POOL_H_
#define RASAD_SERVER_WORKER_POOL_H_

#include <memory>
#include <mutex>
#include <vector>

#include "coder/engine.h"

namespace rasad {

class WorkerPool {
 public:
  class Lease {
   public:
    Lease(WorkerPool* pool, std::unique_ptr<Worker> worker) : pool_(pool), worker_(std::move(worker)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Worker& worker() { return *worker_; }

   private:
    WorkerPool* pool_;
    std::unique_ptr<Worker> worker_;
  };

  explicit WorkerPool(const Engine* engine) : engine_(engine) {}
  Lease Acquire();

 private:
  const Engine* engine_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Worker>> free_;
};

}  // namespace rasad

#endif  // RASAD_SERVER_WORKER_POOL_H_
