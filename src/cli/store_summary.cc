#include "cli/store_summary.h"

#include <fmt/format.h>

#include "store/aggregates.h"

namespace rasad::cli {

std::string Thousands(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string ProgressLine(const IngestProgress& p) {
  double rate = p.seconds > 0 ? p.counts.documents_read / p.seconds : 0;
  std::string line = fmt::format("{} documents  {:.0f}/s  {} events  {} duplicates  {} rejected",
                                 Thousands(p.counts.documents_read), rate, Thousands(p.counts.events),
                                 Thousands(p.counts.duplicates), Thousands(p.counts.rejected));
  if (p.bytes_total > 0 && p.bytes_read > 0 && p.seconds > 0) {
    double left = p.bytes_total > p.bytes_read ? (p.bytes_total - p.bytes_read) * p.seconds / p.bytes_read : 0;
    line += fmt::format("  {:.0f}%  ETA {}:{:02d}", 100.0 * std::min(p.bytes_read, p.bytes_total) / p.bytes_total,
                        static_cast<int>(left) / 60, static_cast<int>(left) % 60);
  }
  return line;
}

Status PrintStoreSummary(Store& store, std::ostream& out) {
  auto stats = store.Stats();
  if (!stats.ok()) return stats.status();
  out << fmt::format("store {}: {} documents, {} events ({} corroborated by more than one article), {} mentions, "
                     "{} actors, {} places, {} rejected inputs\n",
                     store.path(), Thousands(stats->documents), Thousands(stats->events),
                     Thousands(stats->corroborated), Thousands(stats->mentions), Thousands(stats->actors),
                     Thousands(stats->places), Thousands(stats->rejected));
  EventFilter all;
  auto types = CountByType(store.db(), all);
  if (!types.ok()) return types.status();
  if (!types->empty()) {
    out << "events by type:";
    for (const auto& [type, n] : *types) out << " " << type << " " << Thousands(n);
    out << "\n";
  }
  auto actors = TopActors(store.db(), all, "", 8);
  if (!actors.ok()) return actors.status();
  if (!actors->empty()) {
    out << "most active actors:";
    for (size_t i = 0; i < actors->size(); ++i) {
      const ActorCount& a = (*actors)[i];
      // Unnamed agents (a nationality and a role) go by their code: "EGY MIL".
      std::string code = a.country + (a.sector.empty() || a.country.empty() ? "" : " ") + a.sector;
      std::string name = !a.name_en.empty() ? a.name_en : !code.empty() ? code : !a.name_ar.empty() ? a.name_ar : a.actor_id;
      out << (i ? "," : "") << " " << name << " (" << a.events << ")";
    }
    out << "\n";
  }
  auto places = TopPlaces(store.db(), all, 8);
  if (!places.ok()) return places.status();
  if (!places->empty()) {
    out << "places with most events:";
    for (size_t i = 0; i < places->size(); ++i) {
      const PlaceCount& p = (*places)[i];
      out << (i ? "," : "") << " " << (p.name_en.empty() ? p.name_ar : p.name_en) << " (" << p.events << ")";
    }
    out << "\n";
  }
  return Status::Ok();
}

}  // namespace rasad::cli
