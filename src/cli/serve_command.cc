// `rasad serve --db FILE [--port N] [--host H] [--web DIR] [--threads N] [--rate-limit R]`: the JSON
// API (docs/api.md) and the dashboard over a store, read-only.
//
// Prints "rasad serve: listening on http://HOST:PORT" on standard output once the port is bound
// (with --port 0, the port the system chose) and serves until SIGINT or SIGTERM, then exits 0.
// Exit status 2 when the store cannot be opened or the port cannot be bound, 1 when the coder's
// dictionaries do not load.
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "server/api_server.h"
#include "store/derived_data.h"
#include "store/store.h"

namespace rasad::cli {
namespace {

struct ServeOptions {
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;
  int threads = 0;
  double rate_limit = 50;
};

// Says on standard error whether free text goes through the index now (it is checked again on
// every request: an ingest or `rasad index` may change it while serving).
void LogDerivedState(const std::string& db) {
  auto store = Store::Open(db, /*read_only=*/true);
  if (!store.ok()) return;
  auto state = ReadDerivedState(store->db());
  if (!state.ok()) return;
  if (state->up_to_date()) {
    std::cerr << "rasad serve: free text through the index (derived data up to date, " << state->refreshed_at
              << ")\n";
  } else {
    std::cerr << "rasad serve: free text by scanning (derived data " << state->Describe()
              << ": run rasad index --db " << db << ")\n";
  }
}

int RunServe(const ServeOptions& o, const GlobalOptions& g) {
  std::unique_ptr<Engine> engine = LoadEngine(g, "serve");
  if (!engine) return 1;
  ApiServerOptions so;
  so.db_path = o.db;
  so.web_dir = o.web.empty() ? DefaultWebDir() : o.web;
  so.engine = engine.get();
  so.threads = o.threads;
  so.rate_limit = o.rate_limit;
  auto server = ApiServer::Create(so);
  if (!server.ok()) {
    std::cerr << "rasad serve: " << server.status().message() << "\n";
    return 2;
  }
  LogDerivedState(o.db);
  // SIGINT/SIGTERM are taken by a helper thread (sigwait) that stops the server; every other
  // thread, started after this, inherits the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto port = (*server)->Bind(o.host, o.port);
  if (!port.ok()) {
    std::cerr << "rasad serve: " << port.status().message() << "\n";
    return 2;
  }
  if (!(*server)->static_files().available()) {
    std::cerr << "rasad serve: warning: no dashboard at " << so.web_dir
              << " (run scripts/setup_web.sh); serving the API only\n";
  }
  ApiServer* s = server->get();
  std::thread waiter([&signals, s] {
    int sig = 0;
    sigwait(&signals, &sig);
    // Stop() reaches only a listening server: a signal right at start-up waits for it (briefly).
    for (int i = 0; i < 500 && !s->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    s->Stop();
  });
  std::string shown_host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::cout << "rasad serve: listening on http://" << shown_host << ":" << *port << std::endl;
  Status run = s->Run();
  // Wake the waiter if the server stopped by itself.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!run.ok()) {
    std::cerr << "rasad serve: " << run.message() << "\n";
    return 2;
  }
  std::cerr << "rasad serve: stopped\n";
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON API and the dashboard over a store (read-only)");
  AddDbOption(cmd, &o->db);
  cmd->add_option("--port", o->port, "TCP port (0: any free port, printed)")->capture_default_str();
  cmd->add_option("--host", o->host, "Address to listen on (0.0.0.0: beyond this machine)")->capture_default_str();
  cmd->add_option("--web", o->web, "The built dashboard (default: the source tree's web/dist)");
  cmd->add_option("--threads", o->threads, "Request threads (default: max(8, cores))");
  cmd->add_option("--rate-limit", o->rate_limit, "Requests per second per client address (0: no limit)")
      ->capture_default_str();
  cmd->callback([o, &g] { g.exit_code = RunServe(*o, g); });
}

}  // namespace rasad::cli
