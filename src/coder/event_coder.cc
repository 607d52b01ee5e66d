#include "coder/event_coder.h"

#include "coder/document_coder.h"

namespace rasad {

EventCoder::EventCoder(const Lexicon* lexicon, const Ontology* ontology, const TriggerLexicon* triggers,
                       const EntityRecognizer* recognizer, const std::vector<RelativeDate>* relative_dates)
    : lex_(lexicon), ontology_(ontology), triggers_(triggers), recognizer_(recognizer), dates_(relative_dates) {
  for (const RelativeDate& d : *dates_) {
    if (!d.words.empty()) date_first_words_.insert(BareWord(d.words[0]));
  }
}

void EventCoder::Code(const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
                      std::vector<Event>* out) const {
  detail::DocumentCoder dc(*lex_, *ontology_, *triggers_, *recognizer_, *dates_, date_first_words_, doc, text, rec, explain);
  dc.Run(out);
}

}  // namespace rasad