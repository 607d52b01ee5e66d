// Helpers shared by the subcommands: engine loading and the input loop.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "text/document_reader.h"

namespace rasad::cli {

void InputOptions::Register(CLI::App* cmd) {
  cmd->add_option("inputs", inputs, "Text, JSON Lines or CSV files, or directories ('-' or none: standard input)");
  cmd->add_option("--input-format", input_format,
                  "auto (default: by extension, .jsonl JSON Lines, .csv CSV, else text), text, jsonl or csv");
  cmd->add_option("--text-column", text_column, "CSV: the column holding the article text (default: text)");
  cmd->add_flag("--lenient", lenient, "Replace invalid UTF-8 with U+FFFD instead of rejecting the document");
}

Result<ReadOptions> InputOptions::ToReadOptions() const {
  Result<InputFormat> format = ParseInputFormat(input_format);
  if (!format.ok()) return format.status();
  ReadOptions ro;
  ro.format = *format;
  ro.lenient = lenient;
  ro.text_column = text_column;
  return ro;
}

std::string DefaultDbPath() {
  if (const char* db = std::getenv("RASAD_DB"); db && *db) return db;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/rasad/rasad.db";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/rasad/rasad.db";
  return "rasad.db";
}

void AddDbOption(CLI::App* cmd, std::string* db) {
  *db = DefaultDbPath();
  cmd->add_option("--db", *db, "The store (SQLite file; default: $RASAD_DB or ~/.local/share/rasad/rasad.db)")
      ->capture_default_str();
}

EngineOptions ResolveEngineOptions(const GlobalOptions& g) {
  EngineOptions o = DefaultEngineOptions();
  if (!g.data_dir.empty()) o.data_dir = g.data_dir;
  if (!g.gazetteer.empty()) o.gazetteer = g.gazetteer;
  o.hunspell_dic = g.hunspell_dic;
  return o;
}

std::unique_ptr<Engine> LoadEngine(const GlobalOptions& g, const std::string& command) {
  auto engine = Engine::Load(ResolveEngineOptions(g));
  if (!engine.ok()) {
    std::cerr << "rasad " << command << ": " << engine.status().message() << "\n";
    return nullptr;
  }
  for (const std::string& w : engine.value()->warnings()) std::cerr << "rasad " << command << ": warning: " << w << "\n";
  return std::move(engine).value();
}

int ForEachDocument(const InputOptions& in, const std::string& command, const std::function<void(Document&&)>& fn) {
  Result<ReadOptions> ro = in.ToReadOptions();
  if (!ro.ok()) {
    std::cerr << "rasad " << command << ": " << ro.status().message() << "\n";
    return 2;
  }
  int problems = 0;
  ReadCallbacks cb;
  cb.on_document = fn;
  cb.on_rejected = [&](Rejected&& r) {
    ++problems;
    std::cerr << "rasad " << command << ": " << r.origin << ": " << r.reason << "\n";
  };
  cb.on_repaired = [&](const Document& d, size_t n) {
    std::cerr << "rasad " << command << ": " << d.origin << ": replaced " << n
              << " invalid UTF-8 sequence(s) with U+FFFD\n";
  };
  std::vector<std::string> inputs = in.inputs.empty() ? std::vector<std::string>{"-"} : in.inputs;
  for (const std::string& path : inputs) {
    Status s = ReadDocuments(path, *ro, cb);
    if (!s.ok()) {
      std::cerr << "rasad " << command << ": " << s.message() << "\n";
      ++problems;
    }
  }
  return problems ? 1 : 0;
}

}  // namespace rasad::cli
