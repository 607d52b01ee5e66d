// Ontology: CAMEO event codes with their PLOVER type and mode, quad class and Goldstein value
// (data/ontology/cameo.tsv; facts from the PLOVER project's CAMEO-to-PLOVER table and CAMEO).
#ifndef RASAD_CODER_ONTOLOGY_H_
#define RASAD_CODER_ONTOLOGY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/status.h"

namespace rasad {

// The 16 PLOVER event types, and kNone for a code without one (public statements). Set once when
// the ontology loads, so that the coder's many type tests compare a byte, not a string.
enum class PloverType : uint8_t {
  kNone,
  kAgree,
  kConsult,
  kSupport,
  kConcede,
  kCooperate,
  kAid,
  kRetreat,
  kRequest,
  kAccuse,
  kReject,
  kThreaten,
  kProtest,
  kSanction,
  kMobilize,
  kCoerce,
  kAssault,
};

struct CameoCode {
  std::string code;
  std::string plover;  // one of the 16 PLOVER types, or empty (public statements): the output's name
  PloverType plover_type = PloverType::kNone;  // the same type, for tests; kNone exactly when plover is empty
  std::string mode;
  int quad_class = 0;
  double goldstein = 0;
  std::string name_en;
};

class Ontology {
 public:
  // Loads cameo.tsv; errors name file:line.
  Status Load(const std::string& path);
  // The entry for a code, or null.
  const CameoCode* Find(std::string_view code) const {
    auto it = codes_.find(code);  // no string built: asked for every trigger coded
    return it == codes_.end() ? nullptr : &it->second;
  }
  size_t size() const { return codes_.size(); }
  // Hashes std::string and std::string_view alike, so that Find() looks a view up as it is.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Codes = std::unordered_map<std::string, CameoCode, Hash, std::equal_to<>>;
  const Codes& codes() const { return codes_; }

 private:
  Codes codes_;
};

// True for the 16 PLOVER event types.
bool IsPloverType(std::string_view type);
// The PLOVER type named `type` (one of the 16, in capitals), or kNone for any other string.
PloverType ParsePloverType(std::string_view type);

}  // namespace rasad

#endif  // RASAD_CODER_ONTOLOGY_H_
