// Field helpers shared by the exporters: quoting, actor names and codes, dates.
#ifndef RASAD_EXPORT_EXPORT_FIELDS_H_
#define RASAD_EXPORT_EXPORT_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>

#include "coder/event.h"

namespace rasad {

// A CSV field as RFC 4180 writes it: quoted (with quotes doubled) when it holds a comma, a quote,
// CR or LF, or starts or ends with a space; as is otherwise.
std::string CsvField(std::string_view s);

// A TSV field: TAB, CR and LF become spaces (TSV has no quoting).
std::string TsvField(std::string_view s);

// The name to show for an actor: name_en, else name_ar, else the text as written; "" without one.
std::string ActorDisplayName(const std::optional<EventActor>& actor);

// The CAMEO-style actor code: country + sector (LBYGOV), the country alone (LBY), the sector alone
// (MIL, IGO) when the country is unknown; "" without an actor.
std::string CameoActorCode(const std::optional<EventActor>& actor);

// The event's country: the place's, else the source's, else the target's; "" when none is known.
std::string_view EventCountry(const Event& e);

// A date split into parts: "2019-06-26" -> {2019, 6, 26}; month or day is 0 when the date is
// YYYY or YYYY-MM; nullopt for an empty or malformed date.
struct DateParts {
  int year = 0, month = 0, day = 0;
};
std::optional<DateParts> SplitDate(std::string_view iso);

// True when a place has usable coordinates (a location whose lat/lon are not both 0).
bool HasCoordinates(const std::optional<EventPlace>& place);

}  // namespace rasad

#endif  // RASAD_EXPORT_EXPORT_FIELDS_H_
