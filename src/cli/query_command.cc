// `rasad query --db FILE [filters]`: stored events as a table on a terminal, or JSON Lines / CSV.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/query_filter.h"
#include "cli/store_summary.h"
#include "coder/event_json.h"
#include "store/event_query.h"
#include "store/store.h"
#include "store/stored_event_json.h"
#include "text/utf8.h"

namespace rasad::cli {
namespace {

struct QueryOptions {
  std::string db;
  FilterFlags filter;
  int64_t limit = 50;
  int64_t offset = 0;
  std::string format;  // table, jsonl, csv; default: table on a terminal, else jsonl
};

// Cuts `s` to at most `width` code points, adding an ellipsis.
std::string Cut(const std::string& s, size_t width) {
  size_t cps = 0, i = 0;
  while (i < s.size()) {
    if (cps == width) return s.substr(0, i) + "…";
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++cps;
  }
  return s;
}

std::string ActorName(const std::optional<EventActor>& a) {
  if (!a) return "-";
  if (!a->name_en.empty()) return a->name_en;
  if (!a->country.empty() || !a->sector.empty()) return a->country + (a->sector.empty() ? "" : " " + a->sector);
  return a->text;
}

int RunQuery(const QueryOptions& o) {
  auto filter = o.filter.ToFilter();
  if (!filter.ok()) {
    std::cerr << "rasad query: " << filter.status().message() << "\n";
    return 2;
  }
  std::string format = o.format.empty() ? (isatty(STDOUT_FILENO) ? "table" : "jsonl") : o.format;
  if (format != "table" && format != "jsonl" && format != "json" && format != "csv") {
    std::cerr << "rasad query: unknown --format '" << format << "' (expected table, jsonl, json or csv)\n";
    return 2;
  }
  auto store = Store::Open(o.db, /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "rasad query: " << store.status().message() << "\n";
    return 2;
  }
  auto total = CountEvents(store->db(), *filter);
  if (!total.ok()) {
    std::cerr << "rasad query: " << total.status().message() << "\n";
    return 2;
  }
  if (format == "csv") std::cout << StoredEventCsvHeader() << "\n";
  if (format == "table") {
    std::cout << fmt::format("{:<10}  {:<8} {:<5} {:<24} {:<24} {:<16} {:>5} {:>4}  {}\n", "date", "event", "cameo",
                             "source", "target", "place", "dead", "arts", "evidence");
  }
  bool first = true;
  if (format == "json") std::cout << "[";
  Status s = ForEachEvent(store->db(), *filter, o.limit, o.offset, [&](StoredEvent&& e) {
    if (format == "table") {
      const Event& ev = e.event;
      std::string place = ev.location ? (ev.location->name_en.empty() ? ev.location->text : ev.location->name_en) : "-";
      std::cout << fmt::format("{:<10}  {:<8} {:<5} {:<24} {:<24} {:<16} {:>5} {:>4}  {}{}\n",
                               ev.date.empty() ? "-" : ev.date, ev.event, ev.cameo, Cut(ActorName(ev.source), 24),
                               Cut(ActorName(ev.target), 24), Cut(place, 16),
                               ev.fatalities ? std::to_string(*ev.fatalities) : "", e.num_articles,
                               ev.negated ? "[negated] " : ev.modality != "asserted" ? "[" + ev.modality + "] " : "",
                               Cut(ev.evidence, 60));
    } else if (format == "csv") {
      std::cout << StoredEventToCsv(e) << "\n";
    } else {
      if (format == "json" && !first) std::cout << ",";
      std::cout << StoredEventToJson(e).dump() << (format == "jsonl" ? "\n" : "");
    }
    first = false;
  });
  if (format == "json") std::cout << "]\n";
  if (!s.ok()) {
    std::cerr << "rasad query: " << s.message() << "\n";
    return 2;
  }
  if (format == "table") {
    std::cout << fmt::format("{} of {} events (--limit, --offset for more)\n",
                             std::min<int64_t>(*total - std::min(*total, o.offset), o.limit < 0 ? *total : o.limit),
                             Thousands(*total));
  }
  return 0;
}

}  // namespace

void RegisterQueryCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("query", "Stored events matching filters, as a table, JSON Lines or CSV");
  AddDbOption(cmd, &o->db);
  o->filter.Register(cmd);
  cmd->add_option("--limit", o->limit, "At most this many events (default 50; -1 = all)");
  cmd->add_option("--offset", o->offset, "Skip this many events first");
  cmd->add_option("--format", o->format, "table (default on a terminal), jsonl (default otherwise), json or csv");
  cmd->callback([o, &g] { g.exit_code = RunQuery(*o); });
}

}  // namespace rasad::cli
