// `rasad ingest --db FILE PATH...`: reads documents, codes them on all cores and stores them with
// their events. `rasad recode --db FILE`: recodes stored documents after a dictionary change. Both
// then bring the derived data up to date (`rasad index`) when the store has it, unless --no-index.
// `rasad stats --db FILE`: what a store holds.
//
// Exit status of ingest: 0 when every input was stored (or was already there), 1 when some inputs
// were rejected (the rest is stored, the rejected ones are in the store's `rejected` table),
// 2 when the run could not be done (bad options, unreadable store, failed commit).
#include <unistd.h>

#include <fmt/format.h>

#include <iostream>
#include <mutex>

#include "cli/commands.h"
#include "cli/store_summary.h"
#include "store/dictionary_version.h"
#include "store/ingest.h"

namespace rasad::cli {
namespace {

struct IngestCliOptions {
  InputOptions in;
  std::string db;
  std::string date;
  int threads = 0;
  size_t batch = 1024;
  bool quiet = false;
  bool no_index = false;
};

// A progress line redrawn in place on a terminal; nothing when standard error is not one.
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool quiet) : enabled_(!quiet && isatty(STDERR_FILENO)) {}
  void Update(const IngestProgress& p) {
    if (!enabled_) return;
    std::lock_guard lock(mu_);
    std::cerr << "\r\033[K" << ProgressLine(p) << std::flush;
    shown_ = true;
  }
  void Clear() {
    std::lock_guard lock(mu_);
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::mutex mu_;
};

struct Opened {
  std::unique_ptr<Engine> engine;
  std::unique_ptr<Store> store;
  std::string version;
};

// Brings the derived data (`rasad index`) up to date after a run, unless `skip` or the store has
// none: building it is a separate, explicit step (it adds about half an ingest's time and a third
// to the file on newswire text, docs/store.md), keeping it costs what indexing the new events
// costs. False on error.
bool RefreshAfterRun(Store& store, bool skip, bool quiet, const std::string& command) {
  if (skip) return true;
  auto state = ReadDerivedState(store.db());
  if (!state.ok()) {
    std::cerr << "rasad " << command << ": " << state.status().message() << "\n";
    return false;
  }
  if (!state->present) {
    if (!quiet) std::cout << "index: none in this store (`rasad index` builds it for `rasad serve`)\n";
    return true;
  }
  auto report = RefreshDerivedData(store.db());
  if (!report.ok()) {
    std::cerr << "rasad " << command << ": " << report.status().message() << "\n";
    return false;
  }
  if (!quiet) std::cout << "index: " << DescribeRefresh(*report) << "\n";
  return true;
}

bool OpenForWriting(const GlobalOptions& g, const std::string& db, const std::string& command, Opened* out) {
  out->engine = LoadEngine(g, command);
  if (!out->engine) return false;
  auto version = DictionaryVersion(out->engine->options());
  if (!version.ok()) {
    std::cerr << "rasad " << command << ": " << version.status().message() << "\n";
    return false;
  }
  out->version = *version;
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::cerr << "rasad " << command << ": " << store.status().message() << "\n";
    return false;
  }
  out->store = std::make_unique<Store>(std::move(store).value());
  return true;
}

int RunIngest(const IngestCliOptions& o, const GlobalOptions& g) {
  auto read = o.in.ToReadOptions();
  if (!read.ok()) {
    std::cerr << "rasad ingest: " << read.status().message() << "\n";
    return 2;
  }
  Opened opened;
  if (!OpenForWriting(g, o.db, "ingest", &opened)) return 2;
  ProgressPrinter progress(o.quiet);
  IngestOptions io;
  io.inputs = o.in.inputs.empty() ? std::vector<std::string>{"-"} : o.in.inputs;
  io.read = *read;
  io.threads = o.threads;
  io.batch_size = std::max<size_t>(1, o.batch);
  io.default_date = o.date;
  io.on_progress = [&](const IngestProgress& p) { progress.Update(p); };
  io.on_rejected = [&](const RejectedInput& r) {
    progress.Clear();
    std::cerr << "rasad ingest: " << r.origin << ": " << r.reason << " (recorded as rejected)\n";
  };
  io.on_skipped = [&](const std::string& path) {
    if (!o.quiet) std::cerr << "rasad ingest: " << path << ": skipped (not .txt, .jsonl or .csv)\n";
  };
  auto counts = Ingest(*opened.engine, *opened.store, opened.version, io);
  progress.Clear();
  if (!counts.ok()) {
    std::cerr << "rasad ingest: " << counts.status().message() << "\n";
    return 2;
  }
  std::cout << fmt::format("ingested: {} documents read, {} stored ({} near-duplicates), {} already stored, "
                           "{} rejected, {} events\n",
                           Thousands(counts->documents_read), Thousands(counts->documents_stored),
                           Thousands(counts->near_duplicates), Thousands(counts->duplicates),
                           Thousands(counts->rejected), Thousands(counts->events));
  if (!RefreshAfterRun(*opened.store, o.no_index, o.quiet, "ingest")) return 2;
  if (!o.quiet) {
    Status s = PrintStoreSummary(*opened.store, std::cout);
    if (!s.ok()) std::cerr << "rasad ingest: " << s.message() << "\n";
  }
  return counts->rejected > 0 ? 1 : 0;
}

struct RecodeCliOptions {
  std::string db;
  bool all = false;
  int threads = 0;
  bool quiet = false;
  bool no_index = false;
};

int RunRecode(const RecodeCliOptions& o, const GlobalOptions& g) {
  Opened opened;
  if (!OpenForWriting(g, o.db, "recode", &opened)) return 2;
  ProgressPrinter progress(o.quiet);
  auto counts = Recode(*opened.engine, *opened.store, opened.version, o.all, o.threads,
                       [&](const IngestProgress& p) { progress.Update(p); });
  progress.Clear();
  if (!counts.ok()) {
    std::cerr << "rasad recode: " << counts.status().message() << "\n";
    return 2;
  }
  std::cout << fmt::format("recoded {} documents with dictionary version {}: {} event mentions\n",
                           Thousands(counts->documents_stored), opened.version, Thousands(counts->events));
  if (!RefreshAfterRun(*opened.store, o.no_index, o.quiet, "recode")) return 2;
  if (!o.quiet) {
    Status s = PrintStoreSummary(*opened.store, std::cout);
    if (!s.ok()) std::cerr << "rasad recode: " << s.message() << "\n";
  }
  return 0;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<IngestCliOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents and store them with their events");
  o->in.Register(cmd);
  AddDbOption(cmd, &o->db);
  cmd->add_option("--date", o->date, "Date (ISO) for documents that carry none");
  cmd->add_option("--threads", o->threads, "Coding threads (default: all cores)");
  cmd->add_option("--batch", o->batch, "Documents per transaction (default 1024)");
  cmd->add_flag("--quiet", o->quiet, "No progress line and no summary");
  cmd->add_flag("--no-index", o->no_index, "Leave the store's free-text index and summaries (`rasad index`) as they are");
  cmd->footer("Exit status: 0 all stored, 1 some inputs rejected (the rest stored), 2 the run failed.");
  cmd->callback([o, &g] { g.exit_code = RunIngest(*o, g); });
}

void RegisterRecodeCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<RecodeCliOptions>();
  CLI::App* cmd = app.add_subcommand("recode", "Recode stored documents after the dictionaries changed");
  AddDbOption(cmd, &o->db);
  cmd->add_flag("--all", o->all, "Recode every document, not only those coded by other dictionaries");
  cmd->add_option("--threads", o->threads, "Coding threads (default: all cores)");
  cmd->add_flag("--quiet", o->quiet, "No progress line and no summary");
  cmd->add_flag("--no-index", o->no_index, "Leave the store's free-text index and summaries (`rasad index`) as they are");
  cmd->callback([o, &g] { g.exit_code = RunRecode(*o, g); });
}

void RegisterStatsCommand(CLI::App& app, GlobalOptions& g) {
  auto db = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("stats", "What a store holds");
  AddDbOption(cmd, db.get());
  cmd->callback([db, &g] {
    auto store = Store::Open(*db, /*read_only=*/true);
    if (!store.ok()) {
      std::cerr << "rasad stats: " << store.status().message() << "\n";
      g.exit_code = 2;
      return;
    }
    Status s = PrintStoreSummary(*store, std::cout);
    if (!s.ok()) {
      std::cerr << "rasad stats: " << s.message() << "\n";
      g.exit_code = 2;
    }
  });
}

}  // namespace rasad::cli
