// `rasad index --db FILE [--quiet]`: builds the store's derived data (the free-text index of the
// evidence sentences and the summary tables of the unfiltered aggregates, store/derived_data.h), or
// brings it up to date with the events stored, deleted or recoded since the last run. `rasad serve`
// uses it while it is up to date and reads the events otherwise.
//
// Exit status: 0 done (also when there was nothing to do), 2 the store could not be opened or
// written.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "store/derived_data.h"
#include "store/store.h"

namespace rasad::cli {

std::string DescribeRefresh(const RefreshReport& r) {
  return fmt::format("{} derived data through event {}: {} events indexed, {} changed re-indexed, summaries {} "
                     "({:.1f} s)",
                     r.built ? "built" : "refreshed", r.through, r.events_indexed, r.events_changed,
                     r.summaries_rebuilt ? "rebuilt" : "updated", r.seconds);
}

namespace {

struct IndexOptions {
  std::string db;
  bool quiet = false;
};

int RunIndex(const IndexOptions& o) {
  auto store = Store::Open(o.db);
  if (!store.ok()) {
    std::cerr << "rasad index: " << store.status().message() << "\n";
    return 2;
  }
  auto report = RefreshDerivedData(store->db());
  if (!report.ok()) {
    std::cerr << "rasad index: " << o.db << ": " << report.status().message() << "\n";
    return 2;
  }
  if (!o.quiet) std::cout << "rasad index: " << DescribeRefresh(*report) << "\n";
  return 0;
}

}  // namespace

void RegisterIndexCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<IndexOptions>();
  CLI::App* cmd = app.add_subcommand(
      "index", "Build or bring up to date the free-text index and summary tables that `rasad serve` uses");
  AddDbOption(cmd, &o->db);
  cmd->add_flag("--quiet", o->quiet, "Print nothing on success");
  cmd->footer("Exit status: 0 done, 2 the store could not be opened or written.");
  cmd->callback([o, &g] { g.exit_code = RunIndex(*o); });
}

}  // namespace rasad::cli
