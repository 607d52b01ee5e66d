// Event: one coded event, as in the event record contract (../shared/data/README.md), before JSON.
#ifndef RASAD_CODER_EVENT_H_
#define RASAD_CODER_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rasad {

struct EventActor {
  std::string text;
  uint32_t begin = 0, end = 0;  // original bytes
  std::string actor_id, name_en, name_ar, country, sector;
  bool corrected = false;
  std::string corrected_to;
};

struct EventPlace {
  std::string text;
  uint32_t begin = 0, end = 0;
  std::string name_en, name_ar, country, admin1, precision;
  double lat = 0, lon = 0;
  int64_t geonameid = 0;
  float confidence = 1;
  std::string relative;  // "80 km northwest of Tripoli" style qualifier, as written
};

// One piece of evidence: a trigger in a sentence.
struct EventMention {
  uint32_t sentence = 0;
  std::string trigger_text;
  uint32_t trigger_begin = 0, trigger_end = 0;
  uint32_t sentence_begin = 0, sentence_end = 0;
};

struct Event {
  std::string event_id;
  std::string doc_id;
  uint32_t sentence = 0;
  std::string date;  // ISO or empty
  // The words of the text that gave the date (في 12 مايو، أمس), original bytes; empty when the date is
  // the document's.
  std::string date_text;
  uint32_t date_begin = 0, date_end = 0;
  std::string event;  // PLOVER type
  std::string mode;
  std::string cameo;
  int quad_class = 0;
  double goldstein = 0;
  std::optional<EventActor> source, target;
  std::optional<EventPlace> location;
  std::optional<int64_t> fatalities, injured, captured;
  bool negated = false;
  std::string modality = "asserted";
  std::string trigger_text;
  uint32_t trigger_begin = 0, trigger_end = 0;
  std::string evidence;  // the sentence as it stands in the input
  std::vector<EventMention> mentions;  // every piece of evidence (the first is the event's own)
  std::vector<std::string> explain;    // how it was coded: pattern, tokens, dictionary entries
};

}  // namespace rasad

#endif  // RASAD_CODER_EVENT_H_
