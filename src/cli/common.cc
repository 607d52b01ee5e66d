// Helpers shared by the subcommands: engine loading and the input loop.
#include <iostream>

#include "cli/commands.h"
#include "text/document_reader.h"

namespace rasad::cli {

void InputOptions::Register(CLI::App* cmd) {
  cmd->add_option("inputs", inputs, "Text or JSON Lines files ('-' or none: standard input)");
  cmd->add_option("--input-format", input_format, "auto (default: .jsonl is JSON Lines), text or jsonl");
  cmd->add_flag("--lenient", lenient, "Replace invalid UTF-8 with U+FFFD instead of rejecting the document");
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
  Result<InputFormat> format = ParseInputFormat(in.input_format);
  if (!format.ok()) {
    std::cerr << "rasad " << command << ": " << format.status().message() << "\n";
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
  ReadOptions ro;
  ro.format = *format;
  ro.lenient = in.lenient;
  std::vector<std::string> inputs = in.inputs.empty() ? std::vector<std::string>{"-"} : in.inputs;
  for (const std::string& path : inputs) {
    Status s = ReadDocuments(path, ro, cb);
    if (!s.ok()) {
      std::cerr << "rasad " << command << ": " << s.message() << "\n";
      ++problems;
    }
  }
  return problems ? 1 : 0;
}

}  // namespace rasad::cli
