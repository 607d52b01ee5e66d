#include "export/acled_mapping.h"

#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>

#include "coder/ontology.h"
#include "util/tsv_reader.h"

namespace rasad {
namespace {

// ACLED's event types and their sub-event types (ACLED codebook, 2019 onwards).
struct AcledType {
  std::string_view event_type;
  std::array<std::string_view, 8> subs;
};
constexpr std::array<AcledType, 6> kAcledTypes = {{
    {"Battles", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
    {"Explosions/Remote violence",
     {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
      "Remote explosive/landmine/IED", "Grenade"}},
    {"Violence against civilians", {"Sexual violence", "Attack", "Abduction/forced disappearance"}},
    {"Protests", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
    {"Riots", {"Violent demonstration", "Mob violence"}},
    {"Strategic developments",
     {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Looting/property destruction",
      "Non-violent transfer of territory", "Other"}},
}};

bool IsAcledCategory(std::string_view type, std::string_view sub) {
  for (const AcledType& t : kAcledTypes) {
    if (t.event_type != type) continue;
    return !sub.empty() && std::find(t.subs.begin(), t.subs.end(), sub) != t.subs.end();
  }
  return false;
}

bool IsSectorToken(std::string_view s) {
  if (s == "none" || s == "state" || s == "unknown") return true;
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool Contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// True when `a` is empty (any) or `b` is a non-empty subset of it.
bool Covers(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty()) return true;
  if (b.empty()) return false;
  return std::all_of(b.begin(), b.end(), [&](const std::string& x) { return Contains(a, x); });
}

bool CoversPrefixes(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty()) return true;
  if (b.empty()) return false;
  return std::all_of(b.begin(), b.end(), [&](const std::string& x) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& p) { return x.starts_with(p); });
  });
}

// True when every event `later` matches is matched by `earlier` first.
bool Shadows(const AcledRule& earlier, const AcledRule& later) {
  return CoversPrefixes(earlier.cameo_prefixes, later.cameo_prefixes) && Covers(earlier.plover, later.plover) &&
         Covers(earlier.modes, later.modes) && Covers(earlier.source, later.source) &&
         Covers(earlier.target, later.target) && earlier.negated == later.negated &&
         (!earlier.fatal || later.fatal);
}

std::vector<std::string> ToStrings(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view item : SplitList(field)) out.emplace_back(item);
  return out;
}

using Aliases = std::unordered_map<std::string, std::vector<std::string>>;

// Expands a list of sector tokens and @aliases; an error message names the bad item.
Result<std::vector<std::string>> ExpandSectors(std::string_view field, const Aliases& aliases) {
  std::vector<std::string> out;
  for (std::string_view item : SplitList(field)) {
    if (item.starts_with('@')) {
      auto it = aliases.find(std::string(item));
      if (it == aliases.end()) return Status::Error(fmt::format("undefined alias {}", item));
      out.insert(out.end(), it->second.begin(), it->second.end());
    } else if (IsSectorToken(item)) {
      out.emplace_back(item);
    } else {
      return Status::Error(fmt::format("'{}' is not a sector code, none, state or unknown", item));
    }
  }
  return out;
}

Status ParseRule(const std::vector<std::string_view>& f, const Aliases& aliases, AcledRule* rule) {
  if (f.size() < 7) {
    return Status::Error("expected cameo, plover, mode, source, target, when, event_type, sub_event_type");
  }
  rule->cameo_prefixes = ToStrings(f[0]);
  for (const std::string& p : rule->cameo_prefixes) {
    if (p.size() < 2 || p.size() > 4 || p.find_first_not_of("0123456789") != std::string::npos) {
      return Status::Error(fmt::format("'{}' is not a CAMEO code prefix (2-4 digits)", p));
    }
  }
  rule->plover = ToStrings(f[1]);
  for (const std::string& p : rule->plover) {
    if (!IsPloverType(p)) return Status::Error(fmt::format("'{}' is not a PLOVER event type", p));
  }
  rule->modes = ToStrings(f[2]);
  for (int side = 0; side < 2; ++side) {
    auto sectors = ExpandSectors(f[3 + side], aliases);
    if (!sectors.ok()) return sectors.status();
    (side == 0 ? rule->source : rule->target) = std::move(*sectors);
  }
  for (std::string_view w : SplitList(f[5])) {
    if (w == "negated") {
      rule->negated = true;
    } else if (w == "fatal") {
      rule->fatal = true;
    } else {
      return Status::Error(fmt::format("unknown condition '{}' (negated, fatal)", w));
    }
  }
  if (f[6] == "-") return Status::Ok();
  std::string_view sub = f.size() > 7 ? f[7] : std::string_view();
  if (!IsAcledCategory(f[6], sub)) {
    return Status::Error(fmt::format("'{}' / '{}' is not an ACLED event type and sub-event type", f[6], sub));
  }
  rule->event_type = std::string(f[6]);
  rule->sub_event_type = std::string(sub);
  return Status::Ok();
}

bool Matches(const AcledRule& r, const Event& e, std::string_view source, std::string_view target) {
  if (r.negated ? !e.negated : !IsRealizedEvent(e)) return false;
  if (r.fatal && !(e.fatalities && *e.fatalities > 0)) return false;
  if (!r.cameo_prefixes.empty() &&
      std::none_of(r.cameo_prefixes.begin(), r.cameo_prefixes.end(),
                   [&](const std::string& p) { return e.cameo.starts_with(p); })) {
    return false;
  }
  if (!r.plover.empty() && !Contains(r.plover, e.event)) return false;
  if (!r.modes.empty() && !Contains(r.modes, e.mode)) return false;
  if (!r.source.empty() && !Contains(r.source, source)) return false;
  if (!r.target.empty() && !Contains(r.target, target)) return false;
  return true;
}

}  // namespace

bool IsRealizedEvent(const Event& e) {
  return !e.negated && (e.modality == "asserted" || e.modality == "reported" || e.modality == "alleged");
}

Status AcledMapping::Load(const std::string& mapping_path, const std::string& inter_path) {
  rules_.clear();
  inter_.clear();
  TsvReader r(mapping_path);
  if (!r.status().ok()) return r.status();
  Aliases aliases;
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f[0].starts_with('@')) {
      if (f.size() < 2 || f[0].size() < 2) return r.Error("expected @name, list of sectors");
      auto sectors = ExpandSectors(f[1], aliases);
      if (!sectors.ok()) return r.Error(sectors.status().message());
      if (!aliases.emplace(std::string(f[0]), std::move(*sectors)).second) {
        return r.Error(fmt::format("alias {} defined twice", f[0]));
      }
      continue;
    }
    AcledRule rule;
    rule.line = r.line_number();
    Status s = ParseRule(f, aliases, &rule);
    if (!s.ok()) return r.Error(s.message());
    for (const AcledRule& earlier : rules_) {
      if (Shadows(earlier, rule)) {
        return r.Error(fmt::format("rule is unreachable: line {} matches every event it would", earlier.line));
      }
    }
    rules_.push_back(std::move(rule));
  }

  TsvReader ir(inter_path);
  if (!ir.status().ok()) return ir.status();
  while (ir.Next(&f)) {
    if (f.size() < 2) return ir.Error("expected sector, inter, name");
    if (!IsSectorToken(f[0]) || f[0] == "none") {
      return ir.Error(fmt::format("'{}' is not a sector code, state or unknown", f[0]));
    }
    int inter = 0;
    auto res = std::from_chars(f[1].data(), f[1].data() + f[1].size(), inter);
    if (res.ec != std::errc() || res.ptr != f[1].data() + f[1].size() || inter < 1 || inter > 8) {
      return ir.Error("inter must be 1-8");
    }
    if (!inter_.emplace(std::string(f[0]), inter).second) return ir.Error(fmt::format("duplicate sector {}", f[0]));
  }
  return Status::Ok();
}

std::optional<AcledCategory> AcledMapping::Map(const Event& e) const {
  std::string source = SectorToken(e.source), target = SectorToken(e.target);
  for (const AcledRule& r : rules_) {
    if (!Matches(r, e, source, target)) continue;
    if (r.event_type.empty()) return std::nullopt;
    return AcledCategory{r.event_type, r.sub_event_type, r.line};
  }
  return std::nullopt;
}

int AcledMapping::Inter(std::string_view token) const {
  auto it = inter_.find(std::string(token));
  return it == inter_.end() ? 0 : it->second;
}

std::string AcledMapping::SectorToken(const std::optional<EventActor>& a) {
  if (!a) return "none";
  if (!a->sector.empty()) return a->sector;
  if (!a->country.empty() && a->actor_id == a->country) return "state";
  return "unknown";
}

}  // namespace rasad
