// EventCoder: from an analyzed document with its recognized mentions, the events its sentences
// report, coded in PLOVER and CAMEO with source, target, place, date, fatalities, negation and
// modality, each pointing at the bytes of its trigger and sentence.
//
// Per clause, every trigger (a verb or verbal noun of triggers.tsv) is read with the structure
// around it:
//  - verbs: the subject after the verb (VSO) or before it (SVO); the target as the direct object or
//    after the prepositions the trigger lists; a passive's subject is its target, and على يد / من
//    قبل gives the source; a pronoun on the verb (قتلهم) refers back to an earlier actor;
//  - verbal nouns: the genitive after the noun (سيطرة حكومة الوفاق), its role given by the trigger;
//    a pronoun on the noun (اعترافها) refers back; prepositions give the target; a verb of
//    receiving (تلقى X الدعم من Z) turns the noun around (source Z, target X);
//  - lists (ايطاليا واسبانيا وبلجيكا) give one event per member, and a group followed by مثل /
//    بما في ذلك / وخاصة is replaced by the members named;
//  - negation and modality cues (cues.tsv) set `negated` and `modality`;
//  - a violent or protest mention is coded only where the sentence reports it: not in a relative
//    or temporal clause, not as an imperfective verb (a habit), not with nothing attached, and a
//    verbal noun only where presented as happening (its toll, a verb of occurrence next to it, a
//    recent date, the head of the sentence, the means of a reported violent verb ...); elsewhere
//    (ذكرى اغتيال، أدان الهجوم، بعد مقتل) it names an event reported before and is left out;
//  - a speaker's attack (هاجم الوزير الصحف) is criticism (111), not an assault;
//  - quantities next to killing, wounding and capturing triggers give fatalities, injured and
//    captured counts; the place is the one the clause ties to the event, else the last place named
//    earlier in the sentence; the date is the document date moved by relative expressions.
// The same event (type, source, target, place, negation, modality) reported twice in a document is
// one event with all its evidence.
#ifndef RASAD_CODER_EVENT_CODER_H_
#define RASAD_CODER_EVENT_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coder/event.h"
#include "coder/relative_date.h"
#include "coder/ontology.h"
#include "coder/trigger_lexicon.h"
#include "lexicon/entity_recognizer.h"
#include "text/document.h"
#include "util/status.h"

namespace rasad {

namespace detail {
struct DocumentCoderBuffers;
}

class EventCoder {
 public:
  // All pointers must outlive the coder. Thread-safe: holds no mutable state.
  EventCoder(const Lexicon* lexicon, const Ontology* ontology, const TriggerLexicon* triggers,
             const EntityRecognizer* recognizer, const std::vector<RelativeDate>* relative_dates);

  // The coder's per-document working memory, kept by a caller that codes many documents on one
  // thread (a Worker) so that it is reused instead of allocated for each document.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

   private:
    friend class EventCoder;
    std::unique_ptr<detail::DocumentCoderBuffers> buffers_;
  };

  // Appends the events of `doc` to *out. With `explain`, each event lists how it was coded.
  // `scratch` (may be null) is working memory reused between calls.
  void Code(const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
            std::vector<Event>* out, Scratch* scratch = nullptr) const;

  // The dates `doc` writes (يوم الأحد الموافق 12 مايو، أمس، في عام 2005), with the date each gives
  // against the document date, in the order of the text.
  std::vector<DateReading> DateMentions(const Document& doc, const AnalyzedText& text, const Recognition& rec) const;

 private:
  const Lexicon* lex_;
  const Ontology* ontology_;
  const TriggerLexicon* triggers_;
  const EntityRecognizer* recognizer_;
  const std::vector<RelativeDate>* dates_;
  DatePhraseIndex date_first_words_;  // the relative dates by their first word
};

// Clears *events, keeping the memory of each event's evidence, trigger text and mention list on this
// thread for the events EventCoder::Code builds next on it, so that they are not freed and allocated
// again. A caller that codes document after document into one vector calls this instead of clear().
void RecycleEvents(std::vector<Event>* events);

}  // namespace rasad

#endif  // RASAD_CODER_EVENT_CODER_H_
