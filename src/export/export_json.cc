#include "export/export_json.h"

namespace rasad {

nlohmann::json StringOrNull(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json IntOrNull(const std::optional<int64_t>& n) { return n ? nlohmann::json(*n) : nlohmann::json(); }

void WriteJson(const nlohmann::json& j, std::ostream& out) {
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace rasad
