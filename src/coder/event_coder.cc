#include "coder/event_coder.h"

#include "coder/document_coder.h"

namespace rasad {

EventCoder::EventCoder(const Lexicon* lexicon, const Ontology* ontology, const TriggerLexicon* triggers,
                       const EntityRecognizer* recognizer, const std::vector<RelativeDate>* relative_dates)
    : lex_(lexicon), ontology_(ontology), triggers_(triggers), recognizer_(recognizer), dates_(relative_dates) {
  for (uint32_t i = 0; i < dates_->size(); ++i) {
    const RelativeDate& d = (*dates_)[i];
    if (!d.words.empty()) date_first_words_[BareWord(d.words[0])].push_back(i);
  }
}

EventCoder::Scratch::Scratch() : buffers_(std::make_unique<detail::DocumentCoderBuffers>()) {}
EventCoder::Scratch::~Scratch() = default;

void EventCoder::Code(const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
                      std::vector<Event>* out, Scratch* scratch) const {
  std::unique_ptr<detail::DocumentCoderBuffers> own;
  if (scratch == nullptr) own = std::make_unique<detail::DocumentCoderBuffers>();
  detail::DocumentCoderBuffers* buffers = scratch != nullptr ? scratch->buffers_.get() : own.get();
  detail::DocumentCoder dc(*lex_, *ontology_, *triggers_, *recognizer_, *dates_, date_first_words_, doc, text, rec,
                           explain, buffers);
  dc.Run(out);
}

std::vector<DateReading> EventCoder::DateMentions(const Document& doc, const AnalyzedText& text,
                                                  const Recognition& rec) const {
  detail::DocumentCoderBuffers buffers;
  detail::DocumentCoder dc(*lex_, *ontology_, *triggers_, *recognizer_, *dates_, date_first_words_, doc, text, rec,
                           false, &buffers);
  return dc.DateMentions();
}

void RecycleEvents(std::vector<Event>* events) { detail::KeepEventMemory(events); }

}  // namespace rasad
