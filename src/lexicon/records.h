// The records of rasad's dictionaries (formats in data/README.md).
#ifndef RASAD_LEXICON_RECORDS_H_
#define RASAD_LEXICON_RECORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rasad {

// Where a record came from, for `--explain` and `lexicon check` messages.
struct Origin {
  std::string file;  // relative to the data directory
  uint32_t line = 0;
};

// A state, an organisation, or one role period of a person.
struct ActorRecord {
  std::string actor_id;
  std::string name_en;
  std::string name_ar;     // the first Arabic name listed
  std::string country;     // ISO 3166-1 alpha-3 or empty
  std::string sector;      // CAMEO role code or empty
  std::string role;        // people: role in this period
  std::string from, to;    // ISO dates or empty
  std::string affiliation; // people: actor_id of their organisation; actors: parent
  bool is_person = false;
  bool is_state = false;
  Origin origin;
  // Whether an ISO date (or a prefix of one) falls within [from, to): an empty bound is open.
  bool Covers(std::string_view date) const { return (from.empty() || from <= date) && (to.empty() || date < to); }
};

// Where the fields of an actor line are: organisations (lexicon/actors/*.tsv) and people
// (lexicon/people.tsv) share one record type but order their columns differently. -1: no column.
struct ActorColumns {
  int id, name_en, names, country, sector, role, from, to, reference;
  size_t required;  // fields a line must have
  bool person;
  const char* expected;  // the column list, for error messages
};
inline constexpr ActorColumns kOrganisationColumns = {0, 3, 4, 1, 2, -1, 5, 6, 7, 5, false,
                                                      "actor_id, country, sector, name_en, names_ar, ..."};
inline constexpr ActorColumns kPersonColumns = {0, 1, 2, 3, 4, 5, 6, 7, 8, 3, true,
                                                "actor_id, name_en, names_ar, country, sector, ..."};

// A person or organisation with all its periods, ordered by `from`.
struct Actor {
  std::vector<uint32_t> periods;  // indices into Lexicon::records()
  // The countries whose documents its generic names (`?` names) are read in, where that is not its own
  // country: a coalition is named so where it fights (?التحالف@YEM, the Saudi-led coalition, in Yemen).
  std::vector<std::string> theatres;
};

struct DemonymRecord {
  std::string country;  // ISO3 or a regional pseudo code (AFR, EUR ...)
  std::string form;     // as written in the dictionary
  bool plural = false;  // a form that can stand alone for people (ليبيون، أفارقة)
  bool regional = false;  // `country` is a regional pseudo code, not ISO 3166 (output as null)
  Origin origin;
};

// A generic noun that gives a sector: قوات -> MIL, شرطة -> COP.
// An agent's kind, as `AgentRecord::kind` names it (read once at load: the recognizer tests it often).
enum class AgentKind : uint8_t { kGroup, kOffice, kBody, kObject, kOther };

struct AgentRecord {
  std::string name_en;
  std::string sector;
  // A sector written with a trailing `?` (`MIL?`, snipers): none of its own, this one when a state
  // owns it (a state's nationality or name: قناص إسرائيلي); `sector` is then empty.
  std::string state_sector;
  // Written after the `?` (`MIL?UAF`, snipers): the sector when nothing owns it, neither a state nor another
  // actor (قناصة يطلقون النار: unidentified armed men); `sector` is still empty, so an owner gives its own.
  std::string lone_sector;
  std::string kind;  // group, office, body or object
  AgentKind kind_id = AgentKind::kGroup;  // the same
  // kind `object`: a place or thing that an attack hits (منزل، سوق، حاجز، سفارة). It stands for its
  // owner when one is named after it (لـ، تابع لـ، in construct, a demonym) and for its sector
  // otherwise; it is never the doer of an event.
  bool object = false;
  Origin origin;
};

struct PlaceRecord {
  std::string name_ar, name_en, country, admin1, kind, coord_source;
  double lat = 0, lon = 0;
  int64_t geonameid = 0;
  int64_t population = 0;
  bool curated = false;
  // The place is its country's capital, the one Lexicon::CapitalPlace gives: set at load, so that the recognizer
  // asks it of each candidate place without a look-up by the country's code.
  bool capital = false;
  Origin origin;
};

}  // namespace rasad

#endif  // RASAD_LEXICON_RECORDS_H_
