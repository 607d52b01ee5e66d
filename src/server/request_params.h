// Query parameters of the API (docs/api.md, "Filters"): parsing them into an EventFilter and
// checked integers. Every error names the bad parameter and becomes a 400 reply.
//
// Unknown parameters are ignored. An empty value is the same as an absent parameter.
#ifndef RASAD_SERVER_REQUEST_PARAMS_H_
#define RASAD_SERVER_REQUEST_PARAMS_H_

#include <httplib.h>

#include <cstdint>
#include <string>

#include "store/aggregates.h"
#include "store/event_query.h"
#include "util/status.h"

namespace rasad {

// from, to (YYYY-MM-DD, a real calendar date, from <= to), actor, country (ISO alpha-3, any case),
// type (PLOVER types, comma-separated), place, bbox (minlon,minlat,maxlon,maxlat), q (free text),
// doc (a document id), asserted (1/true: asserted, reported and alleged events only).
Result<EventFilter> ParseFilter(const httplib::Params& params);

// The integer parameter `name`, `fallback` when absent; an error when it is not an integer in
// [min, max].
Result<int64_t> ParseIntParam(const httplib::Params& params, const std::string& name, int64_t fallback, int64_t min,
                              int64_t max);

// /api/places' `bucket` (`day` or `month`): when absent, `day` if the filter's from and to are both
// given and at most kMaxDailyRange days apart, else `month` (a long range by day is megabytes).
inline constexpr int kMaxDailyRange = 366;
Result<DateBucket> ParseBucket(const httplib::Params& params, const EventFilter& filter);

// The value of parameter `name`, "" when absent.
std::string Param(const httplib::Params& params, const std::string& name);

// True when `text` is an ISO date YYYY-MM-DD that exists in the calendar.
bool IsIsoDate(const std::string& text);

}  // namespace rasad

#endif  // RASAD_SERVER_REQUEST_PARAMS_H_
