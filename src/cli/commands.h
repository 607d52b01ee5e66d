// The subcommands of `rasad`. Each Register function adds one subcommand to the app; the work runs
// in a callback that returns an exit code through CliContext.
#ifndef RASAD_CLI_COMMANDS_H_
#define RASAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace rasad::cli {

// Options shared by every subcommand.
struct GlobalOptions {
  std::string data_dir;      // dictionaries; default: RASAD_DATA_DIR env or the build's data/
  std::string hunspell_dic;  // hunspell-ar dictionary
  int exit_code = 0;
};

// The data directory to use: --data-dir, else $RASAD_DATA_DIR, else the compiled-in default.
std::string ResolveDataDir(const GlobalOptions& g);

void RegisterTokensCommand(CLI::App& app, GlobalOptions& g);

}  // namespace rasad::cli

#endif  // RASAD_CLI_COMMANDS_H_
