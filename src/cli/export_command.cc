// `rasad export --db FILE --format acled-csv|plover-jsonl|gdelt-tsv|geojson [filters]`: stored
// events in another tool's format (docs/export.md), to standard output or --output FILE.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/query_filter.h"
#include "export/exporter.h"
#include "store/event_query.h"
#include "store/store.h"

namespace rasad::cli {
namespace {

struct ExportCliOptions {
  std::string db;
  std::string format;
  std::string output;
  FilterFlags filter;
  bool header = false;
};

int RunExport(const ExportCliOptions& o, const GlobalOptions& g) {
  auto format = ParseExportFormat(o.format);
  if (!format.ok()) {
    std::cerr << "rasad export: " << format.status().message() << "\n";
    return 2;
  }
  auto filter = o.filter.ToFilter();
  if (!filter.ok()) {
    std::cerr << "rasad export: " << filter.status().message() << "\n";
    return 2;
  }
  auto resources = ExportResources::Load(ResolveEngineOptions(g).data_dir);
  if (!resources.ok()) {
    std::cerr << "rasad export: " << resources.status().message() << "\n";
    return 2;
  }
  auto store = Store::Open(o.db, /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "rasad export: " << store.status().message() << "\n";
    return 2;
  }
  std::ofstream file;
  if (!o.output.empty()) {
    file.open(o.output, std::ios::binary);
    if (!file) {
      std::cerr << "rasad export: " << o.output << ": cannot write\n";
      return 2;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  ExportOptions eo;
  eo.gdelt_header = o.header;
  auto exporter = MakeExporter(*format, &*resources, eo);
  exporter->Begin(out);
  int64_t written = 0, skipped = 0;
  Status s = ForEachEvent(store->db(), *filter, -1, 0, [&](StoredEvent&& e) {
    if (exporter->Write(e, out)) ++written;
    else ++skipped;
  });
  exporter->End(out);
  out.flush();
  if (!s.ok()) {
    std::cerr << "rasad export: " << s.message() << "\n";
    return 2;
  }
  if (!out) {
    std::cerr << "rasad export: write error\n";
    return 2;
  }
  std::cerr << fmt::format("rasad export: {} events written as {}, {} without a counterpart in that format\n",
                           written, ExportFormatName(*format), skipped);
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<ExportCliOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Stored events as ACLED CSV, PLOVER JSON Lines, GDELT TSV or GeoJSON");
  AddDbOption(cmd, &o->db);
  cmd->add_option("--format", o->format, "acled-csv, plover-jsonl, gdelt-tsv or geojson")->required();
  cmd->add_option("--output,-o", o->output, "Write to this file instead of standard output");
  cmd->add_flag("--header", o->header, "gdelt-tsv: write the column names first (GDELT's files have none)");
  o->filter.Register(cmd);
  cmd->callback([o, &g] { g.exit_code = RunExport(*o, g); });
}

}  // namespace rasad::cli
