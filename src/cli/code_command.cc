// `rasad code FILE...`: event records as JSON Lines (or CSV), per ../shared/data/README.md.
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "coder/event_json.h"

namespace rasad::cli {
namespace {

struct CodeOptions {
  InputOptions in;
  std::string format = "jsonl";
  std::string date;
  bool explain = false;
};

int RunCode(const CodeOptions& o, const GlobalOptions& g) {
  if (o.format != "jsonl" && o.format != "csv") {
    std::cerr << "rasad code: unknown --format '" << o.format << "' (expected jsonl or csv)\n";
    return 2;
  }
  auto engine = LoadEngine(g, "code");
  if (!engine) return 2;
  Worker worker(engine.get());
  std::vector<Event> events;
  const bool csv = o.format == "csv";
  if (csv) std::cout << EventCsvHeader() << "\n";
  // The records are gathered over documents and written some 64 KB at a time: a write per document
  // cost some 300 instructions, more than a short document's tokens. They are written per document
  // where someone may be watching them come: records of standard input (read as it comes), or
  // records shown on a terminal (in order with the messages on standard error).
  const bool reads_stdin =
      o.in.inputs.empty() || std::find(o.in.inputs.begin(), o.in.inputs.end(), "-") != o.in.inputs.end();
  const size_t block = reads_stdin || isatty(STDOUT_FILENO) ? 1 : size_t{1} << 16;
  // The records not yet written: the first `used` bytes of `records` (the rest is room, written in
  // place by AppendEventJsonLineAt: no record is copied before the write).
  std::string records;
  size_t used = 0;
  auto write = [&records, &used] {
    std::cout.write(records.data(), static_cast<std::streamsize>(used));
    used = 0;
  };
  const int rc = ForEachDocument(o.in, "code", [&](Document&& doc) {
    if (doc.date.empty() && !o.date.empty()) doc.date = o.date;
    RecycleEvents(&events);  // (clears it; the memory of its events is reused)
    worker.Code(doc, o.explain, &events);
    for (const Event& e : events) {
      if (csv) {
        std::cout << EventToCsv(e) << "\n";
      } else {
        used = AppendEventJsonLineAt(e, &records, used);
      }
    }
    if (used >= block) write();
  });
  write();
  return rc;
}

}  // namespace

void RegisterCodeCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code the events of documents (JSON Lines or CSV)");
  o->in.Register(cmd);
  cmd->add_option("--format", o->format, "jsonl (default) or csv");
  cmd->add_option("--date", o->date, "Document date (ISO) for inputs that carry none");
  cmd->add_flag("--explain", o->explain, "Add to each event how it was coded (pattern, tokens, dictionary lines)");
  cmd->callback([o, &g] { g.exit_code = RunCode(*o, g); });
}

}  // namespace rasad::cli
