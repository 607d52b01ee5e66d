// `rasad tokens FILE...`: one JSON object per token, with its span in the original document.
#include <fmt/format.h>

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "text/document_reader.h"
#include "text/text_analyzer.h"

namespace rasad::cli {
namespace {

struct TokensOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  bool lenient = false;
};

int RunTokens(const TokensOptions& o, const GlobalOptions& g) {
  Result<InputFormat> format = ParseInputFormat(o.input_format);
  if (!format.ok()) {
    std::cerr << "rasad tokens: " << format.status().message() << "\n";
    return 2;
  }
  auto resources = TextResources::Load(ResolveDataDir(g), g.hunspell_dic);
  if (!resources.ok()) {
    std::cerr << "rasad tokens: " << resources.status().message() << "\n";
    return 2;
  }
  TextAnalyzer analyzer(resources.value().get());
  AnalyzedText text;
  int rejected = 0;
  std::string line;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& doc) {
    analyzer.Analyze(doc.text, &text);
    for (const Token& t : text.tokens) {
      nlohmann::json j = {
          {"doc_id", doc.id},
          {"sentence", t.sentence},
          {"text", std::string(text.Text(t))},
          {"span", {t.begin, t.end}},
          {"norm", std::string(text.Norm(t))},
          {"kind", std::string(TokenKindName(t.kind))},
      };
      // Clause index within its sentence.
      j["clause"] = t.clause - text.tokens[text.sentences[t.sentence].first_token].clause;
      if (t.kind == TokenKind::kWord) {
        nlohmann::json pre = nlohmann::json::array();
        for (std::string_view p : ProcliticNames(t.prefixes)) pre.push_back(std::string(p));
        nlohmann::json suf = nlohmann::json::array();
        if (t.suffix != Enclitic::kNone) suf.push_back(std::string(EncliticName(t.suffix)));
        j["prefixes"] = std::move(pre);
        j["stem"] = std::string(text.Stem(t));
        j["suffixes"] = std::move(suf);
      }
      if (!std::isnan(t.value)) j["value"] = t.value;
      std::cout << j.dump() << "\n";
    }
  };
  cb.on_rejected = [&](Rejected&& r) {
    ++rejected;
    std::cerr << "rasad tokens: " << r.origin << ": " << r.reason << "\n";
  };
  cb.on_repaired = [&](const Document& d, size_t n) {
    std::cerr << "rasad tokens: " << d.origin << ": replaced " << n << " invalid UTF-8 sequence(s) with U+FFFD\n";
  };
  ReadOptions ro;
  ro.format = *format;
  ro.lenient = o.lenient;
  std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  int failed = 0;
  for (const std::string& path : inputs) {
    Status s = ReadDocuments(path, ro, cb);
    if (!s.ok()) {
      std::cerr << "rasad tokens: " << s.message() << "\n";
      ++failed;
    }
  }
  return (failed || rejected) ? 1 : 0;
}

}  // namespace

void RegisterTokensCommand(CLI::App& app, GlobalOptions& g) {
  auto o = std::make_shared<TokensOptions>();
  CLI::App* cmd = app.add_subcommand("tokens", "Print the tokens of documents as JSON Lines");
  cmd->add_option("inputs", o->inputs, "Text or JSON Lines files ('-' or none: standard input)");
  cmd->add_option("--input-format", o->input_format, "auto (default: .jsonl is JSON Lines), text or jsonl");
  cmd->add_flag("--lenient", o->lenient, "Replace invalid UTF-8 with U+FFFD instead of rejecting the document");
  cmd->callback([o, &g] { g.exit_code = RunTokens(*o, g); });
}

}  // namespace rasad::cli
