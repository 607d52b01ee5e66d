#include "coder/engine.h"

#include <cstdlib>

namespace rasad {

EngineOptions DefaultEngineOptions() {
  EngineOptions o;
  const char* env = std::getenv("RASAD_DATA_DIR");
  o.data_dir = env && *env ? env : RASAD_DATA_DIR;
  o.gazetteer = std::string(RASAD_GENERATED_DIR) + "/gazetteer.tsv";
  o.hunspell_dic = kDefaultHunspellDic;
  return o;
}

Result<std::unique_ptr<Engine>> Engine::Load(const EngineOptions& options) {
  auto engine = std::unique_ptr<Engine>(new Engine());
  engine->options_ = options;
  auto text = TextResources::Load(options.data_dir, options.hunspell_dic);
  if (!text.ok()) return text.status();
  engine->text_ = std::move(text).value();
  auto lex = Lexicon::Load({options.data_dir, options.gazetteer}, &engine->text_->words);
  if (!lex.ok()) return lex.status();
  engine->lexicon_ = std::move(lex).value();
  Status s = engine->ontology_.Load(options.data_dir + "/ontology/cameo.tsv");
  if (!s.ok()) return s;
  s = engine->triggers_.Load(options.data_dir, engine->ontology_, &engine->text_->words);
  if (!s.ok()) return s;
  auto dates = LoadRelativeDates(options.data_dir + "/coder/relative_dates.tsv");
  if (!dates.ok()) return dates.status();
  engine->relative_dates_ = std::move(dates).value();
  return engine;
}

void Worker::Analyze(const Document& doc) {
  analyzer_.Analyze(doc.text, &text_);
  recognizer_.Recognize(text_, doc.date, &recognition_);
}

void Worker::Code(const Document& doc, bool explain, std::vector<Event>* events) {
  Analyze(doc);
  coder_.Code(doc, text_, recognition_, explain, events, &coder_scratch_);
}

}  // namespace rasad
