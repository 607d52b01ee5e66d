// `rasad code FILE...`: event records as JSON Lines (or CSV), per ../shared/data/README.md.
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
  std::string line;
  const bool csv = o.format == "csv";
  if (csv) std::cout << EventCsvHeader() << "\n";
  return ForEachDocument(o.in, "code", [&](Document&& doc) {
    if (doc.date.empty()) doc.date = o.date;
    RecycleEvents(&events);  // (clears it; the memory of its events is reused)
    worker.Code(doc, o.explain, &events);
    // A document's records are written together: one write per document, not per event.
    line.clear();
    for (const Event& e : events) {
      if (csv) {
        std::cout << EventToCsv(e) << "\n";
      } else {
        AppendEventJson(e, &line);
        line.push_back('\n');
      }
    }
    if (!line.empty()) std::cout << line;
  });
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
