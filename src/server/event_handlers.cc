// GET /api/health, /api/events, /api/events/{id}, /api/documents/{doc_id}.
#include <fmt/format.h>

#include <charconv>

#include "server/api_handlers.h"
#include "server/document_query.h"
#include "server/event_list_json.h"
#include "server/event_page.h"
#include "server/read_snapshot.h"
#include "server/request_params.h"
#include "store/derived_data.h"
#include "store/event_query.h"
#include "store/stored_event_json.h"

namespace rasad {

ApiReply HandleHealth(ApiContext& ctx, const httplib::Request&) {
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  auto state = ReadDerivedState(lease->db());
  if (!state.ok()) return ApiReply::Internal(state.status());
  auto counts = CountStored(lease->db(), *state);
  if (!counts.ok()) return ApiReply::Internal(counts.status());
  nlohmann::json derived = {{"state", state->Describe()},
                            {"through_event", state->through},
                            {"refreshed_at", state->refreshed_at.empty() ? nlohmann::json() : nlohmann::json(state->refreshed_at)}};
  return ApiReply::Ok({{"status", "ok"},
                       {"version", RASAD_VERSION},
                       {"documents", counts->documents},
                       {"events", counts->events},
                       {"free_text", state->up_to_date() ? "index" : "scan"},
                       {"derived", std::move(derived)}});
}

ApiReply HandleEvents(ApiContext& ctx, const httplib::Request& req) {
  auto filter = ParseFilter(req.params);
  if (!filter.ok()) return ApiReply::Error(400, filter.status().message());
  auto limit = ParseIntParam(req.params, "limit", 100, 0, kMaxLimit);
  if (!limit.ok()) return ApiReply::Error(400, limit.status().message());
  auto offset = ParseIntParam(req.params, "offset", 0, 0, INT64_MAX);
  if (!offset.ok()) return ApiReply::Error(400, offset.status().message());
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  filter->use_derived = DerivedDataUsable(lease->db());
  auto total = CountEventsCapped(lease->db(), *filter, kTotalCap);
  if (!total.ok()) return ApiReply::Internal(total.status());
  std::string body = fmt::format("{{\"total\":{},\"total_exact\":{},\"limit\":{},\"offset\":{},\"events\":[",
                                 total->count, total->exact, *limit, *offset);
  bool first = true;
  Status s = ForEachEventPage(lease->db(), *filter, *limit, *offset, *total, [&](StoredEvent&& e) {
    if (!first) body += ',';
    first = false;
    AppendStoredEventJson(e, &body);
  });
  if (!s.ok()) return ApiReply::Internal(s);
  body += "]}";
  return ApiReply::OkText(std::move(body));
}

ApiReply HandleEvent(ApiContext& ctx, const httplib::Request& req) {
  std::string text = req.matches[1];
  int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return ApiReply::Error(400, fmt::format("event id: '{}' is not a positive integer", text));
  }
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  // GetEvent's only "not found" is an empty result: look the id up first to tell 404 from 500.
  auto stmt = lease->db().Prepare("SELECT 1 FROM events WHERE id = ?");
  if (!stmt.ok()) return ApiReply::Internal(stmt.status());
  stmt->Bind(1, id);
  Status s;
  bool exists = stmt->Step(&s);
  if (!s.ok()) return ApiReply::Internal(s);
  if (!exists) return ApiReply::Error(404, fmt::format("no event {}", id));
  auto event = GetEvent(lease->db(), id);
  if (!event.ok()) return ApiReply::Internal(event.status());
  nlohmann::json j = StoredEventToJson(*event);
  auto mentions = EventMentions(lease->db(), id);
  if (!mentions.ok()) return ApiReply::Internal(mentions.status());
  j["mentions"] = std::move(mentions).value();
  return ApiReply::Ok(std::move(j));
}

ApiReply HandleDocument(ApiContext& ctx, const httplib::Request& req) {
  std::string doc_id = req.matches[1];
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  auto doc = GetDocument(lease->db(), doc_id);
  if (!doc.ok()) return ApiReply::Internal(doc.status());
  if (!doc->has_value()) return ApiReply::Error(404, fmt::format("no document '{}'", doc_id));
  const StoredDocument& d = **doc;
  auto events = DocumentEvents(lease->db(), d);
  if (!events.ok()) return ApiReply::Internal(events.status());
  nlohmann::json list = nlohmann::json::array();
  for (const StoredEvent& e : *events) list.push_back(StoredEventToJson(e));
  return ApiReply::Ok({{"id", d.doc_id},
                       {"title", d.title},
                       {"date", d.date.empty() ? nlohmann::json() : nlohmann::json(d.date)},
                       {"source", d.source},
                       {"url", d.url},
                       {"text", d.text},
                       {"events", std::move(list)}});
}

}  // namespace rasad
