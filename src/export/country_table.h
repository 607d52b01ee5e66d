// CountryTable: ISO 3166-1 alpha-3 codes -> FIPS 10-4 codes and English names
// (data/export/iso3_to_fips.tsv), for GDELT's geo columns and ACLED's country column.
#ifndef RASAD_EXPORT_COUNTRY_TABLE_H_
#define RASAD_EXPORT_COUNTRY_TABLE_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "util/status.h"

namespace rasad {

class CountryTable {
 public:
  // Loads the table. Errors: "path: cannot open"; "path:line: reason" for a line without 3 fields,
  // a code that is not 3 (ISO) or 2 (FIPS) capital letters, or a duplicate.
  Status Load(const std::string& path);

  // The FIPS 10-4 code of a country (an admin1-specific line first: PSE + "Gaza Strip" -> GZ), or ""
  // when the code is unknown.
  std::string_view Fips(std::string_view iso3, std::string_view admin1 = {}) const;
  // The English short name, or "" when the code is unknown.
  std::string_view Name(std::string_view iso3) const;
  size_t size() const { return names_.size(); }

 private:
  std::unordered_map<std::string, std::string> fips_;   // "ISO3" or "ISO3|admin1" -> FIPS
  std::unordered_map<std::string, std::string> names_;  // ISO3 -> name
};

}  // namespace rasad

#endif  // RASAD_EXPORT_COUNTRY_TABLE_H_
