// Aggregates over stored events for summaries, the dashboard and the HTTP API: counts by type,
// the most active actors and places, a timeline, and the actor network (dyads with counts and
// mean Goldstein value). All take the same EventFilter as event queries. With
// `filter.use_derived` and no filter (the timeline: at most a type filter; places: by month),
// they read the summary tables (store/summaries.h) instead of every event, with the same result.
#ifndef RASAD_STORE_AGGREGATES_H_
#define RASAD_STORE_AGGREGATES_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/event_query.h"
#include "store/sqlite.h"
#include "util/status.h"

namespace rasad {

struct ActorCount {
  std::string actor_id;  // the store's actor key (dictionary id, or COUNTRY:SECTOR for unnamed agents)
  std::string name_en, name_ar, country, sector;
  int64_t events = 0;
};

// The period a place's events are counted by over time.
enum class DateBucket { kDay, kMonth };

struct PlaceCount {
  int64_t geonameid = 0;
  std::string name_en, name_ar, country;
  double lat = 0, lon = 0;
  int64_t events = 0;
  std::map<std::string, int64_t> types;                   // PLOVER type -> events
  std::vector<std::pair<std::string, int64_t>> by_date;  // day (YYYY-MM-DD) or month (YYYY-MM) -> events,
                                                          // in date order
};

struct DayCount {
  std::string date;
  int64_t total = 0;
  std::map<std::string, int64_t> counts;  // PLOVER type -> events
};

struct Dyad {
  std::string source, target;  // actor keys
  int64_t count = 0;
  double mean_goldstein = 0;
  std::map<std::string, int64_t> types;
};

struct Network {
  std::vector<ActorCount> nodes;
  std::vector<Dyad> edges;
};

// Events per PLOVER type, most frequent first.
Result<std::vector<std::pair<std::string, int64_t>>> CountByType(SqliteDb& db, const EventFilter& filter);
// Actors (as source or target) with the most events; `name` filters by id or name when not empty.
Result<std::vector<ActorCount>> TopActors(SqliteDb& db, const EventFilter& filter, const std::string& name,
                                          int limit);
// Places with the most events, with their events by type and by day or month.
Result<std::vector<PlaceCount>> TopPlaces(SqliteDb& db, const EventFilter& filter, int limit,
                                          DateBucket bucket = DateBucket::kDay);
// Events per day and type, in date order (events without a date are left out).
Result<std::vector<DayCount>> Timeline(SqliteDb& db, const EventFilter& filter);
// Source -> target dyads, the most frequent `limit` edges and the actors they join.
Result<Network> ActorNetwork(SqliteDb& db, const EventFilter& filter, int limit);

}  // namespace rasad

#endif  // RASAD_STORE_AGGREGATES_H_
