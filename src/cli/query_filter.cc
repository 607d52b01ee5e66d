#include "cli/query_filter.h"

#include "util/tsv_reader.h"

namespace rasad::cli {

void FilterFlags::Register(CLI::App* cmd) {
  cmd->add_option("--from", from, "First date (ISO, inclusive)");
  cmd->add_option("--to", to, "Last date (ISO, inclusive)");
  cmd->add_option("--actor", actor, "Actor id (LBYGOV) or part of an English or Arabic actor name");
  cmd->add_option("--country", country, "ISO alpha-3 country of the source, target or place");
  cmd->add_option("--type", type, "PLOVER event types, comma-separated (ASSAULT,PROTEST)");
  cmd->add_option("--place", place, "Place name (English or Arabic) or geonameid");
  cmd->add_option("--bbox", bbox, "minlon,minlat,maxlon,maxlat");
  cmd->add_option("--text", text, "Free text in the evidence sentence");
  cmd->add_option("--doc", doc, "Only events with evidence in this document id");
  cmd->add_flag("--asserted", asserted, "Leave out negated, intended and hypothetical events");
}

Result<EventFilter> FilterFlags::ToFilter() const {
  EventFilter f;
  if (!from.empty() && !IsIsoDate(from)) return Status::Error("--from '" + from + "': expected YYYY-MM-DD");
  if (!to.empty() && !IsIsoDate(to)) return Status::Error("--to '" + to + "': expected YYYY-MM-DD");
  f.from = from;
  f.to = to;
  f.actor = actor;
  f.country = country;
  for (char& c : f.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto types = ParseEventTypes(type);
  if (!types.ok()) return Status::Error("--type: " + types.status().message());
  f.types = *types;
  f.place = place;
  if (!bbox.empty()) {
    auto b = ParseBbox(bbox);
    if (!b.ok()) return Status::Error("--bbox: " + b.status().message());
    f.bbox = *b;
  }
  f.text = text;
  f.doc_id = doc;
  f.asserted_only = asserted;
  return f;
}

}  // namespace rasad::cli
