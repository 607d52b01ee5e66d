#include "export/exporter.h"

#include <array>

#include "export/exporters.h"

namespace rasad {
namespace {

struct FormatName {
  ExportFormat format;
  std::string_view name;
};
constexpr std::array<FormatName, 4> kFormats = {{
    {ExportFormat::kAcledCsv, "acled-csv"},
    {ExportFormat::kPloverJsonl, "plover-jsonl"},
    {ExportFormat::kGdeltTsv, "gdelt-tsv"},
    {ExportFormat::kGeoJson, "geojson"},
}};

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  std::string valid;
  for (const FormatName& f : kFormats) {
    if (f.name == name) return f.format;
    if (!valid.empty()) valid += ", ";
    valid += f.name;
  }
  return Status::Error("unknown export format '" + std::string(name) + "' (valid: " + valid + ")");
}

std::string_view ExportFormatName(ExportFormat format) {
  for (const FormatName& f : kFormats) {
    if (f.format == format) return f.name;
  }
  return {};
}

Result<ExportResources> ExportResources::Load(const std::string& data_dir) {
  ExportResources res;
  const std::string dir = data_dir + "/export/";
  Status s = res.countries.Load(dir + "iso3_to_fips.tsv");
  if (s.ok()) s = res.place_kinds.Load(dir + "place_kinds.tsv");
  if (s.ok()) s = res.acled.Load(dir + "acled_mapping.tsv", dir + "acled_inter.tsv");
  if (!s.ok()) return s;
  return res;
}

Exporter::~Exporter() = default;

std::unique_ptr<Exporter> MakeExporter(ExportFormat format, const ExportResources* resources,
                                       const ExportOptions& options) {
  switch (format) {
    case ExportFormat::kAcledCsv:
      return resources ? detail::MakeAcledCsvExporter(*resources) : nullptr;
    case ExportFormat::kGdeltTsv:
      return resources ? detail::MakeGdeltTsvExporter(*resources, options) : nullptr;
    case ExportFormat::kPloverJsonl:
      return detail::MakePloverJsonlExporter();
    case ExportFormat::kGeoJson:
      return detail::MakeGeoJsonExporter();
  }
  return nullptr;
}

}  // namespace rasad
