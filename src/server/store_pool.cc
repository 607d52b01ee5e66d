#include "server/store_pool.h"

namespace rasad {

StorePool::Lease::~Lease() {
  if (store_) pool_->Release(std::move(store_));
}

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path) {
  std::unique_ptr<StorePool> pool(new StorePool(path));
  auto first = pool->OpenOne();
  if (!first.ok()) return first.status();
  pool->Release(std::move(first).value());
  return pool;
}

Result<std::unique_ptr<Store>> StorePool::OpenOne() {
  auto store = Store::Open(path_, /*read_only=*/true);
  if (!store.ok()) return store.status();
  auto owned = std::make_unique<Store>(std::move(store).value());
  // Reads only: a larger page cache and memory-mapped reads help the aggregate queries.
  Status s = owned->db().Exec("PRAGMA query_only=1; PRAGMA cache_size=-65536; PRAGMA mmap_size=2147418112");
  if (!s.ok()) return s;
  return owned;
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!free_.empty()) {
      std::unique_ptr<Store> store = std::move(free_.back());
      free_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  auto store = OpenOne();
  if (!store.ok()) return store.status();
  return Lease(this, std::move(store).value());
}

void StorePool::Release(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  free_.push_back(std::move(store));
}

}  // namespace rasad
