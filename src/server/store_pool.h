// StorePool: read-only connections to one store, handed to server threads one at a time.
//
// SQLite connections must not be used by two threads at once, so a request leases a connection
// for its duration and gives it back when the lease is destroyed. Connections are opened on
// demand (the pool grows to the number of concurrent requests, i.e. the server's threads) and
// reused. Thread-safe.
#ifndef RASAD_SERVER_STORE_POOL_H_
#define RASAD_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"
#include "util/status.h"

namespace rasad {

class StorePool {
 public:
  // A connection on loan; returns itself to the pool when destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    SqliteDb& db() { return store_->db(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // Checks that `path` opens as a store (read-only, current schema); errors say why not.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& path);

  // A free connection, or a new one; errors when the store cannot be opened any more.
  Result<Lease> Acquire();
  const std::string& path() const { return path_; }

 private:
  explicit StorePool(std::string path) : path_(std::move(path)) {}
  Result<std::unique_ptr<Store>> OpenOne();
  void Release(std::unique_ptr<Store> store);

  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> free_;
};

}  // namespace rasad

#endif  // RASAD_SERVER_STORE_POOL_H_
