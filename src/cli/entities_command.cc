// `rasad entities FILE...`: one JSON object per entity mention (places, actors, people,
// organisations, quantities, dates), per ../shared/data/README.md.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "lexicon/mention_json.h"

namespace rasad::cli {
namespace {

int RunEntities(const InputOptions& in, const GlobalOptions& g) {
  auto engine = LoadEngine(g, "entities");
  if (!engine) return 2;
  Worker worker(engine.get());
  const Lexicon& lex = engine->lexicon();
  return ForEachDocument(in, "entities", [&](Document&& doc) {
    worker.Analyze(doc);
    const AnalyzedText& text = worker.text();
    for (const Mention& m : worker.recognition().mentions) {
      if (m.is_place()) {
        nlohmann::json j = PlaceJson(lex, text, m);
        j["doc_id"] = doc.id;
        j["type"] = "place";
        j["sentence"] = text.tokens[m.first_token].sentence;
        std::cout << j.dump() << "\n";
      }
      if (m.is_actor) {
        nlohmann::json j = ActorJson(worker.recognizer(), lex, text, m);
        j["doc_id"] = doc.id;
        j["type"] = ActorMentionType(lex, m);
        j["sentence"] = text.tokens[m.first_token].sentence;
        std::cout << j.dump() << "\n";
      }
    }
    // Dates: يوم الأحد الموافق 12 مايو، أمس، في عام 2005, with the date each gives against the document
    // date. Their numbers (12، 2024) and words (الأحد "one") are no quantities.
    const std::vector<DateReading> dates = worker.coder().DateMentions(doc, text, worker.recognition());
    for (const DateReading& d : dates) {
      uint32_t b = text.tokens[d.first].begin, e = text.tokens[d.end - 1].end;
      nlohmann::json j = {{"doc_id", doc.id},
                          {"type", "date"},
                          {"text", std::string(text.original.substr(b, e - b))},
                          {"span", {b, e}},
                          {"value", d.value},
                          {"sentence", text.tokens[d.first].sentence}};
      std::cout << j.dump() << "\n";
    }
    for (const Quantity& q : text.quantities) {
      const bool in_date = std::any_of(dates.begin(), dates.end(), [&](const DateReading& d) {
        return q.first_token < d.end && d.first < q.end_token;
      });
      if (in_date) continue;
      uint32_t b = text.tokens[q.first_token].begin, e = text.tokens[q.end_token - 1].end;
      nlohmann::json j = {{"doc_id", doc.id},
                          {"type", "quantity"},
                          {"text", std::string(text.original.substr(b, e - b))},
                          {"span", {b, e}},
                          {"value", q.value},
                          {"vague", q.vague},
                          {"sentence", text.tokens[q.first_token].sentence}};
      if (!q.unit.empty()) j["unit"] = q.unit;
      if (q.bound == QuantityBound::kAtLeast) j["bound"] = "at_least";
      if (q.bound == QuantityBound::kAbout) j["bound"] = "about";
      if (q.bound == QuantityBound::kAtMost) j["bound"] = "at_most";
      std::cout << j.dump() << "\n";
    }
  });
}

}  // namespace

void RegisterEntitiesCommand(CLI::App& app, GlobalOptions& g) {
  auto in = std::make_shared<InputOptions>();
  CLI::App* cmd = app.add_subcommand("entities", "Print entity mentions (places, actors, quantities, dates) as JSON Lines");
  in->Register(cmd);
  cmd->callback([in, &g] { g.exit_code = RunEntities(*in, g); });
}

}  // namespace rasad::cli
