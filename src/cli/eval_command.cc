// `rasad eval --task detect|actors|seed EVENTS GOLD`: the figures of ../shared/tools/score.py.
#include <iostream>

#include "cli/commands.h"
#include "coder/evaluation.h"

namespace rasad::cli {

void RegisterEvalCommand(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::string task, events, gold;
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("eval", "Score events against a gold file (detect, actors or seed)");
  cmd->add_option("--task", o->task, "detect, actors or seed")->required();
  cmd->add_option("events", o->events, "Events (JSON Lines, as printed by rasad code)")->required();
  cmd->add_option("gold", o->gold, "Gold file (JSON Lines)")->required();
  cmd->add_flag("--json", o->json, "Print the figures as one JSON object");
  cmd->callback([o, &g] {
    auto res = Evaluate(o->task, o->events, o->gold);
    if (!res.ok()) {
      std::cerr << "rasad eval: " << res.status().message() << "\n";
      g.exit_code = 2;
      return;
    }
    if (o->json) {
      std::cout << res->dump() << "\n";
    } else {
      for (const auto& [k, v] : res->items()) std::cout << k << ": " << v.dump() << "\n";
    }
  });
}

}  // namespace rasad::cli
