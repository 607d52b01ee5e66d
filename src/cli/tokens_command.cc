// `rasad tokens FILE...`: one JSON object per token, with its span in the original document.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "text/text_analyzer.h"

namespace rasad::cli {
namespace {

int RunTokens(const InputOptions& in, const GlobalOptions& g) {
  auto resources = TextResources::Load(ResolveEngineOptions(g).data_dir, g.hunspell_dic);
  if (!resources.ok()) {
    std::cerr << "rasad tokens: " << resources.status().message() << "\n";
    return 2;
  }
  TextAnalyzer analyzer(resources.value().get());
  AnalyzedText text;
  return ForEachDocument(in, "tokens", [&](Document&& doc) {
    analyzer.Analyze(doc.text, &text);
    for (const Token& t : text.tokens) {
      nlohmann::json j = {
          {"doc_id", doc.id},
          {"sentence", t.sentence},
          // Clause index within its sentence.
          {"clause", t.clause - text.tokens[text.sentences[t.sentence].first_token].clause},
          {"text", std::string(text.Text(t))},
          {"span", {t.begin, t.end}},
          {"norm", std::string(text.Norm(t))},
          {"kind", std::string(TokenKindName(t.kind))},
      };
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
  });
}

}  // namespace

void RegisterTokensCommand(CLI::App& app, GlobalOptions& g) {
  auto in = std::make_shared<InputOptions>();
  CLI::App* cmd = app.add_subcommand("tokens", "Print the tokens of documents as JSON Lines");
  in->Register(cmd);
  cmd->callback([in, &g] { g.exit_code = RunTokens(*in, g); });
}

}  // namespace rasad::cli
