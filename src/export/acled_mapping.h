// AcledMapping: which ACLED event type and sub-event type a rasad event is, and which ACLED actor
// type (inter code) an actor is. The knowledge is in data/export/acled_mapping.tsv (rules, first
// match wins, most specific first) and data/export/acled_inter.tsv; docs/export.md explains it.
#ifndef RASAD_EXPORT_ACLED_MAPPING_H_
#define RASAD_EXPORT_ACLED_MAPPING_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coder/event.h"
#include "util/status.h"

namespace rasad {

// An ACLED category, with the line of the rule that gave it (for explanations and tests).
struct AcledCategory {
  std::string event_type;      // e.g. "Violence against civilians"
  std::string sub_event_type;  // e.g. "Attack"
  size_t rule_line = 0;
};

// One rule of acled_mapping.tsv; an empty list matches anything.
struct AcledRule {
  std::vector<std::string> cameo_prefixes, plover, modes, source, target;  // sectors/tokens expanded
  bool negated = false;  // matches only negated events (else only events that happened)
  bool fatal = false;    // requires fatalities > 0
  std::string event_type, sub_event_type;  // event_type empty: no ACLED counterpart
  size_t line = 0;
};

class AcledMapping {
 public:
  // Loads the rules and the inter codes. Errors: "path: cannot open", or "path:line: reason" for a
  // malformed line: a CAMEO prefix that is not 2-4 digits, an unknown PLOVER type, an undefined
  // @alias, a sector token that is neither a 3-letter code nor none/state/unknown, an unknown
  // `when` condition, an event type / sub-event type pair that is not ACLED's, a rule made
  // unreachable by an earlier one, an inter code outside 1-8.
  Status Load(const std::string& mapping_path, const std::string& inter_path);

  // The category of the first rule matching the event, or nullopt when no rule matches or the
  // matching rule says the event has no ACLED counterpart (`-`).
  std::optional<AcledCategory> Map(const Event& event) const;

  // ACLED's inter code (1-8) for a sector token (SectorToken), 0 when it has none.
  int Inter(std::string_view sector_token) const;

  // The token a rule's source/target column is matched against: "none" without an actor, the
  // actor's sector, "state" for a country as a whole (no sector, actor_id == country), else
  // "unknown".
  static std::string SectorToken(const std::optional<EventActor>& actor);

  const std::vector<AcledRule>& rules() const { return rules_; }

 private:
  std::vector<AcledRule> rules_;
  std::unordered_map<std::string, int> inter_;
};

// True when the event happened as far as the text says: not negated, and its modality is asserted,
// reported or alleged (the definition the project's scorer uses for detection).
bool IsRealizedEvent(const Event& event);

}  // namespace rasad

#endif  // RASAD_EXPORT_ACLED_MAPPING_H_
