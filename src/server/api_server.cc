#include "server/api_server.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <regex>
#include <thread>
#include <utility>
#include <vector>

#include "server/json_reply.h"

#ifndef RASAD_WEB_DIR
#define RASAD_WEB_DIR "web/dist"
#endif

namespace rasad {
namespace {

using Handler = ApiReply (*)(ApiContext&, const httplib::Request&);

struct Route {
  const char* method;
  const char* pattern;
  Handler handler;
};

// The API, in docs/api.md order. Path parameters are percent-decoded by httplib.
constexpr Route kRoutes[] = {
    {"GET", R"(/api/health)", HandleHealth},
    {"GET", R"(/api/events)", HandleEvents},
    {"GET", R"(/api/events/([^/]+))", HandleEvent},
    {"GET", R"(/api/actors)", HandleActors},
    {"GET", R"(/api/network)", HandleNetwork},
    {"GET", R"(/api/places)", HandlePlaces},
    {"GET", R"(/api/timeline)", HandleTimeline},
    {"GET", R"(/api/documents/(.+))", HandleDocument},
    {"POST", R"(/api/code)", HandleCode},
};

const char* StatusMessage(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large (at most 1 MB)";
    case 414: return "request URI too long";
    case 429: return "too many requests";
    default: return status >= 500 ? "internal server error" : "request failed";
  }
}

bool IsApiPath(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

}  // namespace

std::string DefaultWebDir() { return RASAD_WEB_DIR; }

ApiServer::ApiServer(ApiServerOptions options)
    : options_(std::move(options)),
      limiter_(options_.rate_limit, options_.rate_burst > 0 ? options_.rate_burst : options_.rate_limit),
      static_files_(options_.web_dir.empty() ? DefaultWebDir() : options_.web_dir),
      server_(std::make_unique<httplib::Server>()) {}

ApiServer::~ApiServer() { Stop(); }

Result<std::unique_ptr<ApiServer>> ApiServer::Create(ApiServerOptions options) {
  std::unique_ptr<ApiServer> server(new ApiServer(std::move(options)));
  auto stores = StorePool::Open(server->options_.db_path);
  if (!stores.ok()) return stores.status();
  server->stores_ = std::move(stores).value();
  if (server->options_.engine) server->workers_ = std::make_unique<WorkerPool>(server->options_.engine);
  server->context_.stores = server->stores_.get();
  server->context_.workers = server->workers_.get();
  server->SetUpRoutes();
  return server;
}

void ApiServer::SetUpRoutes() {
  httplib::Server& s = *server_;
  int threads = options_.threads > 0 ? options_.threads
                                      : std::max(8, static_cast<int>(std::thread::hardware_concurrency()));
  s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.set_payload_max_length(options_.max_body_bytes);
  s.set_keep_alive_timeout(5);
  // httplib writes the headers and the body separately: with Nagle's algorithm a small answer
  // waits for the client's delayed ACK (~40 ms on Linux) before its body leaves.
  s.set_tcp_nodelay(true);
  s.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

  s.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (limiter_.Allow(req.remote_addr)) return httplib::Server::HandlerResponse::Unhandled;
    res.set_header("Retry-After", "1");
    WriteReply(ApiReply::Error(429, fmt::format("too many requests from {} (limit {:g} per second)", req.remote_addr,
                                                options_.rate_limit)),
               res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // Errors httplib answers by itself (413, 404, 400 ...) get the API's JSON body.
  s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) res.set_content(ErrorBody(StatusMessage(res.status)), "application/json; charset=utf-8");
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    WriteReply(ApiReply::Error(500, "internal error: " + what), res);
  });

  for (const Route& r : kRoutes) {
    Handler h = r.handler;
    auto fn = [this, h](const httplib::Request& req, httplib::Response& res) { WriteReply(h(context_, req), res); };
    if (std::string(r.method) == "GET") s.Get(r.pattern, fn);
    else s.Post(r.pattern, fn);
  }
  auto fallback = [this](const httplib::Request& req, httplib::Response& res) { Fallback(req, res); };
  s.Get(".*", fallback);
  s.Post(".*", fallback);
  s.Put(".*", fallback);
  s.Patch(".*", fallback);
  s.Delete(".*", fallback);
  s.Options(".*", fallback);
}

void ApiServer::Fallback(const httplib::Request& req, httplib::Response& res) {
  bool api = IsApiPath(req.path);
  if (!api && (req.method == "GET" || req.method == "HEAD")) return ServeStatic(req, res);
  std::vector<std::string> allowed;
  for (const Route& r : kRoutes) {
    if (std::regex_match(req.path, std::regex(r.pattern))) allowed.push_back(r.method);
  }
  if (!api) allowed.push_back("GET");
  if (allowed.empty()) {
    WriteReply(ApiReply::Error(404, fmt::format("no such endpoint: {}", req.path)), res);
    return;
  }
  std::string allow;
  for (const std::string& m : allowed) allow += (allow.empty() ? "" : ", ") + m;
  res.set_header("Allow", allow);
  WriteReply(ApiReply::Error(405, fmt::format("{} {}: method not allowed (allowed: {})", req.method, req.path, allow)),
             res);
}

void ApiServer::ServeStatic(const httplib::Request& req, httplib::Response& res) {
  StaticFiles::File f = static_files_.Get(req.path);
  if (f.status != 200) {
    WriteReply(ApiReply::Error(f.status, f.body), res);
    return;
  }
  res.status = 200;
  res.set_content(std::move(f.body), f.content_type);
}

Result<int> ApiServer::Bind(const std::string& host, int port) {
  int bound = port == 0 ? server_->bind_to_any_port(host) : (server_->bind_to_port(host, port) ? port : -1);
  if (bound <= 0) return Status::Error(fmt::format("cannot listen on {}:{}", host, port));
  bound_ = true;
  return bound;
}

Status ApiServer::Run() {
  if (!bound_) return Status::Error("ApiServer::Run: Bind first");
  if (!server_->listen_after_bind()) return Status::Error("the HTTP listener stopped with an error");
  return Status::Ok();
}

void ApiServer::Stop() {
  if (server_) server_->stop();
}

}  // namespace rasad
