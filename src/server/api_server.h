// ApiServer: rasad's HTTP server, the JSON API of docs/api.md over a read-only store plus the
// dashboard's static files, on cpp-httplib.
//
// Guards at the edge, before any handler runs: a per-address token-bucket rate limit (429), a
// request body limit (413), and a catch-all that turns anything a handler throws into a 500 JSON
// body. Every error under /api/ has the body {"error": "..."}; unknown API paths are 404, known
// ones with the wrong method 405. The store is only read, through one connection per concurrent
// request (StorePool); POST /api/code codes with a pooled Worker and stores nothing.
//
// Usage: Create, then Bind (port 0 = an ephemeral port, returned), then Run on some thread until
// Stop is called from another (or a signal handler's helper thread).
#ifndef RASAD_SERVER_API_SERVER_H_
#define RASAD_SERVER_API_SERVER_H_

#include <httplib.h>

#include <cstddef>
#include <memory>
#include <string>

#include "coder/engine.h"
#include "server/api_handlers.h"
#include "server/rate_limiter.h"
#include "server/static_files.h"
#include "server/store_pool.h"
#include "server/worker_pool.h"
#include "util/status.h"

namespace rasad {

struct ApiServerOptions {
  std::string db_path;                  // the store, opened read-only
  std::string web_dir;                  // the built dashboard; "" = DefaultWebDir()
  const Engine* engine = nullptr;       // for POST /api/code; null = coding unavailable (500)
  int threads = 0;                      // request threads; 0 = max(8, hardware threads)
  double rate_limit = 50;               // requests per second per client address; <= 0: no limit
  double rate_burst = 0;                // bucket size; 0 = rate_limit (one second's worth)
  size_t max_body_bytes = 1 << 20;      // larger request bodies get 413
};

// The web/dist directory of the source tree this rasad was built from.
std::string DefaultWebDir();

class ApiServer {
 public:
  // Opens the store (errors: no such store, wrong schema) and sets up the routes.
  static Result<std::unique_ptr<ApiServer>> Create(ApiServerOptions options);
  ~ApiServer();

  // Binds to host:port; port 0 picks a free port. Returns the bound port.
  Result<int> Bind(const std::string& host, int port);
  // Serves requests until Stop(); errors when the server was not bound or the listener failed.
  Status Run();
  // Makes Run return (callable from any thread; idempotent).
  void Stop();
  bool running() const { return server_->is_running(); }
  const StaticFiles& static_files() const { return static_files_; }

 private:
  explicit ApiServer(ApiServerOptions options);
  void SetUpRoutes();
  void ServeStatic(const httplib::Request& req, httplib::Response& res);
  void Fallback(const httplib::Request& req, httplib::Response& res);

  ApiServerOptions options_;
  std::unique_ptr<StorePool> stores_;
  std::unique_ptr<WorkerPool> workers_;
  ApiContext context_;
  RateLimiter limiter_;
  StaticFiles static_files_;
  std::unique_ptr<httplib::Server> server_;
  bool bound_ = false;
};

}  // namespace rasad

#endif  // RASAD_SERVER_API_SERVER_H_
