// The exporter of each format (one source file each); MakeExporter (exporter.h) picks one.
#ifndef RASAD_EXPORT_EXPORTERS_H_
#define RASAD_EXPORT_EXPORTERS_H_

#include <memory>

#include "export/exporter.h"

namespace rasad::detail {

std::unique_ptr<Exporter> MakeAcledCsvExporter(const ExportResources& resources);
std::unique_ptr<Exporter> MakeGdeltTsvExporter(const ExportResources& resources, const ExportOptions& options);
std::unique_ptr<Exporter> MakePloverJsonlExporter();
std::unique_ptr<Exporter> MakeGeoJsonExporter();

}  // namespace rasad::detail

#endif  // RASAD_EXPORT_EXPORTERS_H_
