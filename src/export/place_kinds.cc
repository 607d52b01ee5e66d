#include "export/place_kinds.h"

#include <fmt/format.h>

#include "util/tsv_reader.h"

namespace rasad {

Status PlaceKinds::Load(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 3 || f[0].empty()) return r.Error("expected kind, acled_geo_precision, gdelt_geo_type");
    PlaceKind k;
    if (f[1] != "1" && f[1] != "2" && f[1] != "3") return r.Error("acled_geo_precision must be 1, 2 or 3");
    if (f[2] != "1" && f[2] != "4" && f[2] != "5") return r.Error("gdelt_geo_type must be 1, 4 or 5");
    k.acled_geo_precision = f[1][0] - '0';
    k.gdelt_geo_type = f[2][0] - '0';
    if (f[0] == "*") {
      fallback_ = k;
    } else if (!kinds_.emplace(std::string(f[0]), k).second) {
      return r.Error(fmt::format("duplicate kind {}", f[0]));
    }
  }
  return Status::Ok();
}

const PlaceKind& PlaceKinds::Find(std::string_view kind) const {
  auto it = kinds_.find(std::string(kind));
  return it == kinds_.end() ? fallback_ : it->second;
}

}  // namespace rasad
