// `rasad lexicon check`: every problem of the dictionaries, one `file:line: message` per line.
// Exit status 0 when there is no error (warnings allowed), 1 when there is one.
#include <iostream>

#include "cli/commands.h"
#include "lexicon/lexicon_check.h"

namespace rasad::cli {

void RegisterLexiconCommand(CLI::App& app, GlobalOptions& g) {
  CLI::App* lex = app.add_subcommand("lexicon", "Work with rasad's dictionaries");
  lex->require_subcommand(1);
  auto quiet = std::make_shared<bool>(false);
  CLI::App* check = lex->add_subcommand("check", "Report bad lines, duplicates, conflicting and unknown codes");
  check->add_flag("--errors-only", *quiet, "Do not print warnings");
  check->callback([quiet, &g] {
    std::string dir = ResolveEngineOptions(g).data_dir;
    size_t errors = 0, warnings = 0;
    for (const LexiconProblem& p : CheckLexicon(dir)) {
      (p.error ? errors : warnings)++;
      if (!p.error && *quiet) continue;
      std::cout << p.where << ": " << (p.error ? "error: " : "warning: ") << p.message << "\n";
    }
    std::cerr << "rasad lexicon check: " << errors << " error(s), " << warnings << " warning(s) in " << dir << "\n";
    g.exit_code = errors ? 1 : 0;
  });
}

}  // namespace rasad::cli
