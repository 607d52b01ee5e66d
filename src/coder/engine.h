// Engine and Worker: the whole pipeline, loaded once and run per thread.
//
// Engine holds everything rasad knows (text resources, lexicon, and the coder's ontology, triggers
// and cues), read-only after loading and shared between threads. A Worker holds one thread's
// scratch state (word-analysis cache, buffers) and runs a document through the stages.
#ifndef RASAD_CODER_ENGINE_H_
#define RASAD_CODER_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "coder/event.h"
#include "coder/event_coder.h"
#include "coder/ontology.h"
#include "coder/trigger_lexicon.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/lexicon.h"
#include "text/document.h"
#include "text/text_analyzer.h"
#include "util/status.h"

namespace rasad {

struct EngineOptions {
  std::string data_dir;       // rasad's data/ directory
  std::string gazetteer;      // generated gazetteer TSV ("" = curated places only)
  std::string hunspell_dic;   // hunspell-ar .dic ("" = none)
};

// The default options: the compiled-in data directories, $RASAD_DATA_DIR when set, and Debian's
// hunspell-ar.
EngineOptions DefaultEngineOptions();

class Engine {
 public:
  // Loads every resource; errors name the file and line at fault.
  static Result<std::unique_ptr<Engine>> Load(const EngineOptions& options);

  const TextResources& text() const { return *text_; }
  const Lexicon& lexicon() const { return *lexicon_; }
  const Ontology& ontology() const { return ontology_; }
  const TriggerLexicon& triggers() const { return triggers_; }
  const std::vector<RelativeDate>& relative_dates() const { return relative_dates_; }
  const EngineOptions& options() const { return options_; }
  // Warnings from loading (missing optional files).
  const std::vector<std::string>& warnings() const { return lexicon_->warnings(); }

 private:
  EngineOptions options_;
  std::unique_ptr<TextResources> text_;
  std::unique_ptr<Lexicon> lexicon_;
  Ontology ontology_;
  TriggerLexicon triggers_;
  std::vector<RelativeDate> relative_dates_;
};

class Worker {
 public:
  explicit Worker(const Engine* engine)
      : engine_(engine),
        analyzer_(&engine->text()),
        recognizer_(&engine->lexicon()),
        coder_(&engine->lexicon(), &engine->ontology(), &engine->triggers(), &recognizer_, &engine->relative_dates()) {}

  // Runs the text layer and entity recognition on `doc`; results stay valid until the next call.
  void Analyze(const Document& doc);
  const AnalyzedText& text() const { return text_; }
  const Recognition& recognition() const { return recognition_; }
  const EntityRecognizer& recognizer() const { return recognizer_; }
  const EventCoder& coder() const { return coder_; }
  const Engine& engine() const { return *engine_; }

  // Analyzes `doc` and appends its events to *events.
  void Code(const Document& doc, bool explain, std::vector<Event>* events);

 private:
  const Engine* engine_;
  TextAnalyzer analyzer_;
  EntityRecognizer recognizer_;
  EventCoder coder_;
  EventCoder::Scratch coder_scratch_;
  AnalyzedText text_;
  Recognition recognition_;
};

}  // namespace rasad

#endif  // RASAD_CODER_ENGINE_H_
