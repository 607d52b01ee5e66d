// rasad: Arabic-first political event coder. This file only wires subcommands; the work is done by
// rasad::core. Errors from the library arrive as Status values; anything thrown is caught here and
// becomes a one-line message and exit code 1.
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"rasad: Arabic-first political event coder and conflict monitor"};
  app.set_version_flag("--version", std::string("rasad ") + RASAD_VERSION);
  app.require_subcommand(1);
  rasad::cli::GlobalOptions g;
  g.hunspell_dic = "/usr/share/hunspell/ar.dic";
  app.add_option("--data-dir", g.data_dir, "Directory of rasad's dictionaries (default: $RASAD_DATA_DIR or the built-in data/)");
  app.add_option("--gazetteer", g.gazetteer, "Gazetteer TSV (default: the one generated at build time)");
  app.add_option("--hunspell-dic", g.hunspell_dic, "hunspell-ar dictionary used to validate clitic splits ('' to skip)");
  rasad::cli::RegisterTokensCommand(app, g);
  rasad::cli::RegisterEntitiesCommand(app, g);
  rasad::cli::RegisterCodeCommand(app, g);
  rasad::cli::RegisterEvalCommand(app, g);
  rasad::cli::RegisterLexiconCommand(app, g);
  rasad::cli::RegisterGazetteerCommand(app, g);
  rasad::cli::RegisterIngestCommand(app, g);
  rasad::cli::RegisterRecodeCommand(app, g);
  rasad::cli::RegisterQueryCommand(app, g);
  rasad::cli::RegisterStatsCommand(app, g);
  rasad::cli::RegisterIndexCommand(app, g);
  rasad::cli::RegisterServeCommand(app, g);
  rasad::cli::RegisterExportCommand(app, g);
  try {
    CLI11_PARSE(app, argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "rasad: " << e.what() << "\n";
    return 1;
  }
  return g.exit_code;
}
