#include "export/export_json.h"

namespace rasad {

using json = nlohmann::ordered_json;

json StringOrNull(const std::string& s) { return s.empty() ? json() : json(s); }

json IntOrNull(const std::optional<int64_t>& n) { return n ? json(*n) : json(); }

void WriteJson(const json& j, std::ostream& out) { out << j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace rasad
