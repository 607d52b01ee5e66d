// GET /api/actors, /api/network, /api/places, /api/timeline.
#include "server/api_handlers.h"
#include "server/read_snapshot.h"
#include "server/request_params.h"
#include "store/aggregates.h"
#include "store/derived_data.h"

namespace rasad {
namespace {

nlohmann::json ActorJson(const ActorCount& a, const char* id_key) {
  auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
  return {{id_key, a.actor_id},       {"name_en", or_null(a.name_en)}, {"name_ar", or_null(a.name_ar)},
          {"country", or_null(a.country)}, {"sector", or_null(a.sector)},   {"events", a.events}};
}

nlohmann::json TypesJson(const std::map<std::string, int64_t>& types) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [t, n] : types) j[t] = n;
  return j;
}

}  // namespace

ApiReply HandleActors(ApiContext& ctx, const httplib::Request& req) {
  auto filter = ParseFilter(req.params);
  if (!filter.ok()) return ApiReply::Error(400, filter.status().message());
  auto limit = ParseIntParam(req.params, "limit", 100, 1, kMaxLimit);
  if (!limit.ok()) return ApiReply::Error(400, limit.status().message());
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  filter->use_derived = DerivedDataUsable(lease->db());
  auto actors = TopActors(lease->db(), *filter, Param(req.params, "q"), static_cast<int>(*limit));
  if (!actors.ok()) return ApiReply::Internal(actors.status());
  nlohmann::json list = nlohmann::json::array();
  for (const ActorCount& a : *actors) list.push_back(ActorJson(a, "actor_id"));
  return ApiReply::Ok({{"actors", std::move(list)}});
}

ApiReply HandleNetwork(ApiContext& ctx, const httplib::Request& req) {
  auto filter = ParseFilter(req.params);
  if (!filter.ok()) return ApiReply::Error(400, filter.status().message());
  auto limit = ParseIntParam(req.params, "limit", 300, 1, kMaxLimit);
  if (!limit.ok()) return ApiReply::Error(400, limit.status().message());
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  filter->use_derived = DerivedDataUsable(lease->db());
  auto net = ActorNetwork(lease->db(), *filter, static_cast<int>(*limit));
  if (!net.ok()) return ApiReply::Internal(net.status());
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (const ActorCount& a : net->nodes) nodes.push_back(ActorJson(a, "id"));
  for (const Dyad& d : net->edges) {
    edges.push_back({{"source", d.source},
                     {"target", d.target},
                     {"count", d.count},
                     {"mean_goldstein", d.mean_goldstein},
                     {"kind", d.mean_goldstein > 0 ? "cooperation" : "conflict"},
                     {"types", TypesJson(d.types)}});
  }
  return ApiReply::Ok({{"nodes", std::move(nodes)}, {"edges", std::move(edges)}});
}

ApiReply HandlePlaces(ApiContext& ctx, const httplib::Request& req) {
  auto filter = ParseFilter(req.params);
  if (!filter.ok()) return ApiReply::Error(400, filter.status().message());
  auto limit = ParseIntParam(req.params, "limit", kDefaultPlaces, 1, kMaxLimit);
  if (!limit.ok()) return ApiReply::Error(400, limit.status().message());
  auto bucket = ParseBucket(req.params, *filter);
  if (!bucket.ok()) return ApiReply::Error(400, bucket.status().message());
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  filter->use_derived = DerivedDataUsable(lease->db());
  auto places = TopPlaces(lease->db(), *filter, static_cast<int>(*limit), *bucket);
  if (!places.ok()) return ApiReply::Internal(places.status());
  bool by_month = *bucket == DateBucket::kMonth;
  nlohmann::json list = nlohmann::json::array();
  for (const PlaceCount& p : *places) {
    nlohmann::json series = nlohmann::json::array();
    for (const auto& [date, n] : p.by_date) series.push_back({{by_month ? "month" : "date", date}, {"count", n}});
    list.push_back({{"geonameid", p.geonameid > 0 ? nlohmann::json(p.geonameid) : nlohmann::json()},
                    {"name_en", p.name_en},
                    {"name_ar", p.name_ar},
                    {"country", p.country},
                    {"lat", p.lat},
                    {"lon", p.lon},
                    {"events", p.events},
                    {"types", TypesJson(p.types)},
                    {by_month ? "by_month" : "by_day", std::move(series)}});
  }
  return ApiReply::Ok({{"bucket", by_month ? "month" : "day"}, {"places", std::move(list)}});
}

ApiReply HandleTimeline(ApiContext& ctx, const httplib::Request& req) {
  auto filter = ParseFilter(req.params);
  if (!filter.ok()) return ApiReply::Error(400, filter.status().message());
  auto lease = ctx.stores->Acquire();
  if (!lease.ok()) return ApiReply::Internal(lease.status());
  ReadSnapshot snapshot(lease->db());
  filter->use_derived = DerivedDataUsable(lease->db());
  auto days = Timeline(lease->db(), *filter);
  if (!days.ok()) return ApiReply::Internal(days.status());
  nlohmann::json list = nlohmann::json::array();
  for (const DayCount& d : *days) list.push_back({{"date", d.date}, {"total", d.total}, {"counts", TypesJson(d.counts)}});
  return ApiReply::Ok({{"days", std::move(list)}});
}

}  // namespace rasad
