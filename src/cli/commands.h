// The subcommands of `rasad`. Each Register function adds one subcommand to the app; the work runs
// in a callback that stores its exit code in GlobalOptions.
#ifndef RASAD_CLI_COMMANDS_H_
#define RASAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "store/derived_data.h"
#include "text/document.h"
#include "text/document_reader.h"

namespace rasad::cli {

// Options shared by every subcommand.
struct GlobalOptions {
  std::string data_dir;      // dictionaries; default: $RASAD_DATA_DIR or the build's data/
  std::string gazetteer;     // generated gazetteer; default: the build's data/gazetteer.tsv
  std::string hunspell_dic;  // hunspell-ar dictionary
  int exit_code = 0;
};

// Where documents come from: files ("-" = standard input), format and leniency.
struct InputOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  bool lenient = false;
  std::string text_column = "text";
  void Register(CLI::App* cmd);
  // The reader options these flags ask for; errors name a bad --input-format.
  Result<ReadOptions> ToReadOptions() const;
};

// The store used when --db is not given: $RASAD_DB, else $XDG_DATA_HOME/rasad/rasad.db, else
// ~/.local/share/rasad/rasad.db.
std::string DefaultDbPath();

// Registers --db (default DefaultDbPath()) on `cmd`.
void AddDbOption(CLI::App* cmd, std::string* db);

// Engine options from the global flags.
EngineOptions ResolveEngineOptions(const GlobalOptions& g);

// Loads the engine, printing warnings and errors prefixed with `command`; null on error.
std::unique_ptr<Engine> LoadEngine(const GlobalOptions& g, const std::string& command);

// Reads every input and calls `fn` per document. Rejected documents and unreadable files are
// reported on standard error as "rasad COMMAND: origin: reason". Returns 0 when all was read,
// 1 when anything was rejected or unreadable, 2 on a usage error.
int ForEachDocument(const InputOptions& in, const std::string& command, const std::function<void(Document&&)>& fn);

// One line on what RefreshDerivedData did (`rasad index`, and `rasad ingest`/`recode` at their end).
std::string DescribeRefresh(const RefreshReport& report);

void RegisterTokensCommand(CLI::App& app, GlobalOptions& g);
void RegisterEntitiesCommand(CLI::App& app, GlobalOptions& g);
void RegisterLexiconCommand(CLI::App& app, GlobalOptions& g);
void RegisterCodeCommand(CLI::App& app, GlobalOptions& g);
void RegisterEvalCommand(CLI::App& app, GlobalOptions& g);
void RegisterGazetteerCommand(CLI::App& app, GlobalOptions& g);
void RegisterIngestCommand(CLI::App& app, GlobalOptions& g);
void RegisterRecodeCommand(CLI::App& app, GlobalOptions& g);
void RegisterQueryCommand(CLI::App& app, GlobalOptions& g);
void RegisterStatsCommand(CLI::App& app, GlobalOptions& g);
void RegisterIndexCommand(CLI::App& app, GlobalOptions& g);
void RegisterServeCommand(CLI::App& app, GlobalOptions& g);
void RegisterExportCommand(CLI::App& app, GlobalOptions& g);

}  // namespace rasad::cli

#endif  // RASAD_CLI_COMMANDS_H_
