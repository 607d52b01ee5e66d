// PlaceKinds: how precise a place of a given kind is, in ACLED's and GDELT's terms
// (data/export/place_kinds.tsv).
#ifndef RASAD_EXPORT_PLACE_KINDS_H_
#define RASAD_EXPORT_PLACE_KINDS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "util/status.h"

namespace rasad {

struct PlaceKind {
  int acled_geo_precision = 2;  // 1 town, 2 near a town / part of a region, 3 region or country
  int gdelt_geo_type = 4;       // outside the USA: 1 country, 4 world city, 5 world state (ADM1)
};

class PlaceKinds {
 public:
  // Loads the table. Errors: "path: cannot open"; "path:line: reason" for a line without 3 fields,
  // a precision outside 1-3, a Geo_Type other than 1, 4 or 5, a duplicate kind.
  Status Load(const std::string& path);
  // The entry of a kind; the `*` line (or the defaults above) for a kind not listed.
  const PlaceKind& Find(std::string_view kind) const;

 private:
  std::unordered_map<std::string, PlaceKind> kinds_;
  PlaceKind fallback_;
};

}  // namespace rasad

#endif  // RASAD_EXPORT_PLACE_KINDS_H_
