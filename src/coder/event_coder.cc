#include "coder/event_coder.h"

#include "coder/document_coder.h"

namespace rasad {

void EventCoder::Code(const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
                      std::vector<Event>* out) const {
  detail::DocumentCoder dc(*lex_, *ontology_, *triggers_, *recognizer_, *dates_, doc, text, rec, explain);
  dc.Run(out);
}

}  // namespace rasad