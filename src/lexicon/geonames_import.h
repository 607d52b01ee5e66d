// GeoNames import: converts the GeoNames dump files into rasad's gazetteer TSV.
//
// The build-time gazetteer comes from Debian's libgeonames (cities of 15,000+ people only, see
// tools/gazetteer/). This module is for users who download the full GeoNames dumps and want every
// village, district and region: it reads
//   - the main table (allCountries.txt or a per-country XX.txt: 19 TAB-separated columns,
//     geonameid name asciiname alternatenames latitude longitude feature_class feature_code
//     country_code cc2 admin1 admin2 admin3 admin4 population elevation dem timezone modified),
//   - optionally alternateNamesV2.txt (alternateNameId geonameid isolanguage name isPreferredName
//     isShortName isColloquial isHistoric from to; the older 8-column alternateNames.txt works too),
//     from which the Arabic (`ar`) names are taken,
//   - optionally admin1CodesASCII.txt (`CC.code  name  asciiname  geonameid`) for admin1 names,
// and writes the places format of data/README.md (`names_ar name_en country admin1 lat lon
// geonameid kind coord_source`) plus a 10th column, population, like the generated gazetteer.
//
// Files are streamed: the main table is read once (twice when alternate names are given: once to
// collect the kept geonameids, once to write), and only the `ar` rows of kept ids are held in
// memory. allCountries.txt (1.5 GB) imports in a bounded memory of about 2 MB plus the Arabic names.
#ifndef RASAD_LEXICON_GEONAMES_IMPORT_H_
#define RASAD_LEXICON_GEONAMES_IMPORT_H_

#include <cstddef>
#include <string>

#include "util/status.h"

namespace rasad {

struct GeonamesImportOptions {
  std::string main_path;             // allCountries.txt or XX.txt; required.
  std::string alternate_names_path;  // alternateNamesV2.txt; optional ("" = no Arabic names).
  std::string admin1_codes_path;     // admin1CodesASCII.txt; optional ("" = admin1 left empty).
  std::string iso_map_path;          // data/lexicon/places/iso2_to_iso3.tsv; required.
  std::string out_path;              // written via out_path + ".tmp", then renamed; required.
  long long min_population = 0;      // keep features with population >= this.
  std::string feature_classes = "PA";  // GeoNames feature classes to keep; "" keeps all.
};

struct GeonamesImportStats {
  size_t read = 0;         // data lines of the main table.
  size_t written = 0;      // places written.
  size_t with_arabic = 0;  // places written with at least one Arabic name.
  size_t skipped = 0;      // lines left out by feature_classes / min_population.
};

// Imports the GeoNames files named in `options` into options.out_path.
//
// The `kind` column is derived from the feature: country (A.PCL*), region (other A, and L),
// city (P with population >= 15,000, or a capital/admin seat PPLC, PPLA*), district (P.PPLX),
// town (other P), base (S.MILB, S.AIRB), airport (S.AIRP), and for the other classes site (S),
// water (H), terrain (T), road (R), undersea (U), vegetation (V). coord_source is
// `geonames:<geonameid>`. Arabic names are ordered preferred first, historic last, with
// diacritics and invisible marks removed and duplicates dropped.
//
// Errors (returned, never thrown; `stats` then holds the counts so far):
//   "<path>: cannot open" for a missing input, "<out>.tmp: cannot create" / "write error";
//   "<path>:<line>: <reason>" for a malformed line: wrong field count, a geonameid that is not a
//   positive integer, latitude/longitude not a number or out of range, an empty feature class,
//   a population that is not an integer, a country code missing from the iso map, a malformed
//   iso map or admin1 line. A malformed line is an error, never skipped silently; on error the
//   output file is not created or replaced.
// `stats` may be null.
Status ImportGeonames(const GeonamesImportOptions& options, GeonamesImportStats* stats);

}  // namespace rasad

#endif  // RASAD_LEXICON_GEONAMES_IMPORT_H_
