// The API's endpoints (docs/api.md), one function each, grouped by concern:
//   event_handlers.cc      health, events, one event, a document with its events
//   aggregate_handlers.cc  actors, network, places, timeline
//   code_handler.cc        POST /api/code (coding a pasted article; nothing is stored)
// Each takes the request and answers an ApiReply: 200 with the JSON body, or 400/404/500 with
// {"error": ...}. They do not throw for bad input; anything they throw is a 500 (ApiServer).
#ifndef RASAD_SERVER_API_HANDLERS_H_
#define RASAD_SERVER_API_HANDLERS_H_

#include <httplib.h>

#include "server/json_reply.h"
#include "server/store_pool.h"
#include "server/worker_pool.h"

namespace rasad {

// What the handlers share; owned by the ApiServer.
struct ApiContext {
  StorePool* stores = nullptr;
  WorkerPool* workers = nullptr;  // null when the server runs without a coder (POST /api/code: 500)
};

// The most events, actors, edges or places one request may ask for.
inline constexpr int64_t kMaxLimit = 1000;
// /api/places answers this many places unless `limit` says otherwise.
inline constexpr int64_t kDefaultPlaces = 100;
// /api/events counts matches exactly up to this many (any number without a filter); beyond it
// `total` is this cap and `total_exact` false (server/event_page.h).
inline constexpr int64_t kTotalCap = 10000;

ApiReply HandleHealth(ApiContext& ctx, const httplib::Request& req);
ApiReply HandleEvents(ApiContext& ctx, const httplib::Request& req);
ApiReply HandleEvent(ApiContext& ctx, const httplib::Request& req);     // path match 1: the id
ApiReply HandleDocument(ApiContext& ctx, const httplib::Request& req);  // path match 1: the doc id
ApiReply HandleActors(ApiContext& ctx, const httplib::Request& req);
ApiReply HandleNetwork(ApiContext& ctx, const httplib::Request& req);
ApiReply HandlePlaces(ApiContext& ctx, const httplib::Request& req);
ApiReply HandleTimeline(ApiContext& ctx, const httplib::Request& req);
ApiReply HandleCode(ApiContext& ctx, const httplib::Request& req);

}  // namespace rasad

#endif  // RASAD_SERVER_API_HANDLERS_H_
