// Exports of stored events to other tools' formats: `rasad export --format ...`.
//
// Four formats (docs/export.md lists their columns and what is approximate):
//   acled-csv     ACLED-style CSV (RFC 4180), one row per event that has an ACLED counterpart
//   plover-jsonl  JSON Lines with PLOVER's field names, one object per event
//   gdelt-tsv     GDELT 2.0 event table rows (61 TAB-separated columns, no header by default)
//   geojson       one GeoJSON FeatureCollection of the events that have a location
//
// Use: load the tables once (ExportResources::Load), make an exporter for the format, then call
// Begin once, Write for each event, End once, all on the same stream. An exporter writes UTF-8 and
// never throws on odd text (invalid UTF-8 is replaced in JSON, TABs and newlines are blanked in TSV).
#ifndef RASAD_EXPORT_EXPORTER_H_
#define RASAD_EXPORT_EXPORTER_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "export/acled_mapping.h"
#include "export/country_table.h"
#include "export/place_kinds.h"
#include "store/stored_event.h"
#include "util/status.h"

namespace rasad {

enum class ExportFormat { kAcledCsv, kPloverJsonl, kGdeltTsv, kGeoJson };

// Parses a format name: acled-csv, plover-jsonl, gdelt-tsv or geojson (exactly, lower case).
// Error: "unknown export format 'x' (valid: acled-csv, plover-jsonl, gdelt-tsv, geojson)".
Result<ExportFormat> ParseExportFormat(std::string_view name);

// The name ParseExportFormat accepts for a format.
std::string_view ExportFormatName(ExportFormat format);

// The data tables of data_dir/export/ that the exporters need. Immutable once loaded; one instance
// may serve any number of exporters (and threads).
struct ExportResources {
  CountryTable countries;  // export/iso3_to_fips.tsv: ISO3 -> FIPS 10-4 code and English name
  PlaceKinds place_kinds;  // export/place_kinds.tsv: place kind -> ACLED geo_precision, GDELT Geo_Type
  AcledMapping acled;      // export/acled_mapping.tsv and export/acled_inter.tsv

  // Loads all tables from data_dir + "/export/". Errors: "path: cannot open", or
  // "path:line: reason" for the first line that does not parse.
  static Result<ExportResources> Load(const std::string& data_dir);
};

// Per-run choices. The defaults give each format's usual shape.
struct ExportOptions {
  // gdelt-tsv: write a first line with the 61 column names (GDELT's files have none).
  bool gdelt_header = false;
  // gdelt-tsv: DATEADDED (YYYYMMDDHHMMSS, UTC) for every row, e.g. the time of the export. Empty:
  // the event's own date at 000000, which keeps the output reproducible.
  std::string date_added;
};

// Writes events in one format. Not thread-safe; one exporter per output stream.
class Exporter {
 public:
  virtual ~Exporter();
  // Writes what comes before the first event (a CSV header, the FeatureCollection opening...).
  virtual void Begin(std::ostream& out) = 0;
  // Writes one event. Returns false, writing nothing, when the event has no counterpart in this
  // format and was skipped (see docs/export.md: e.g. verbal cooperation in ACLED, an event without
  // coordinates in GeoJSON, a negated event in ACLED or GDELT).
  virtual bool Write(const StoredEvent& event, std::ostream& out) = 0;
  // Writes what comes after the last event (closes the FeatureCollection). Call it even when no
  // event was written.
  virtual void End(std::ostream& out) = 0;
};

// Makes an exporter. `resources` is not owned and must outlive the exporter; acled-csv and
// gdelt-tsv need it and get nullptr back when it is null; plover-jsonl and geojson accept null.
std::unique_ptr<Exporter> MakeExporter(ExportFormat format, const ExportResources* resources,
                                       const ExportOptions& options = {});

}  // namespace rasad

#endif  // RASAD_EXPORT_EXPORTER_H_
