// JSON pieces shared by the plover-jsonl and geojson exporters.
#ifndef RASAD_EXPORT_EXPORT_JSON_H_
#define RASAD_EXPORT_EXPORT_JSON_H_

#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace rasad {

// A string, or null when it is empty.
nlohmann::ordered_json StringOrNull(const std::string& s);
// A number, or null when absent.
nlohmann::ordered_json IntOrNull(const std::optional<int64_t>& n);
// Writes `j` compactly, UTF-8 as is; invalid UTF-8 is replaced by U+FFFD instead of throwing.
void WriteJson(const nlohmann::ordered_json& j, std::ostream& out);

}  // namespace rasad

#endif  // RASAD_EXPORT_EXPORT_JSON_H_
