#include "coder/ontology.h"

#include <array>
#include <charconv>

#include "util/tsv_reader.h"

namespace rasad {

PloverType ParsePloverType(std::string_view t) {
  // In the order of PloverType, from kAgree.
  static constexpr std::array<std::string_view, 16> kTypes = {
      "AGREE",   "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",      "RETREAT",  "REQUEST",
      "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  for (size_t i = 0; i < kTypes.size(); ++i) {
    if (kTypes[i] == t) return static_cast<PloverType>(i + 1);
  }
  return PloverType::kNone;
}

bool IsPloverType(std::string_view t) { return ParsePloverType(t) != PloverType::kNone; }

Status Ontology::Load(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 5) return r.Error("expected cameo, plover, mode, quad_class, goldstein, name_en");
    CameoCode c;
    c.code = std::string(f[0]);
    if (c.code.size() < 2 || c.code.size() > 4 || c.code.find_first_not_of("0123456789") != std::string::npos) {
      return r.Error("'" + c.code + "' is not a CAMEO code");
    }
    c.plover = std::string(f[1]);
    c.plover_type = ParsePloverType(c.plover);
    if (!c.plover.empty() && c.plover_type == PloverType::kNone) {
      return r.Error("'" + c.plover + "' is not a PLOVER type");
    }
    c.mode = std::string(f[2]);
    auto q = std::from_chars(f[3].data(), f[3].data() + f[3].size(), c.quad_class);
    if (q.ec != std::errc() || c.quad_class < 1 || c.quad_class > 4) return r.Error("quad_class must be 1-4");
    std::string g(f[4]);
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || c.goldstein < -10 || c.goldstein > 10) return r.Error("goldstein must be -10..10");
    if (f.size() > 5) c.name_en = std::string(f[5]);
    if (codes_.count(c.code)) return r.Error("duplicate code " + c.code);
    codes_.emplace(c.code, std::move(c));
  }
  by_slot_.assign(kSlots, nullptr);
  for (const auto& [code, entry] : codes_) by_slot_[static_cast<size_t>(Slot(code))] = &entry;
  return Status::Ok();
}

}  // namespace rasad
