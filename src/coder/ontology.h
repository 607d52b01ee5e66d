// Ontology: CAMEO event codes with their PLOVER type and mode, quad class and Goldstein value
// (data/ontology/cameo.tsv; facts from the PLOVER project's CAMEO-to-PLOVER table and CAMEO).
#ifndef RASAD_CODER_ONTOLOGY_H_
#define RASAD_CODER_ONTOLOGY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  // The entry for a code, or null. Asked for every trigger coded: a CAMEO code (2-4 digits, all
  // Load() accepts) is read as a slot of by_slot_, with no hashing; anything else is no code.
  const CameoCode* Find(std::string_view code) const {
    int slot = Slot(code);
    return slot < 0 || static_cast<size_t>(slot) >= by_slot_.size() ? nullptr : by_slot_[slot];
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
  // A distinct slot per code of 2-4 digits ("01", "010" and "0100" differ): the digits' value plus
  // the number of shorter codes; -1 for any other string.
  // (Written out by length, a digit tested as one unsigned comparison: it is asked several times per trigger.)
  static int Slot(std::string_view code) {
    const size_t n = code.size();
    if (n < 2 || n > 4) return -1;
    auto digit = [&](size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(code[k])) - '0'; };
    const unsigned d0 = digit(0), d1 = digit(1);
    if (d0 > 9 || d1 > 9) return -1;
    const unsigned two = d0 * 10 + d1;
    if (n == 2) return static_cast<int>(two);
    const unsigned d2 = digit(2);
    if (d2 > 9) return -1;
    if (n == 3) return static_cast<int>(two * 10 + d2 + 100);
    const unsigned d3 = digit(3);
    if (d3 > 9) return -1;
    return static_cast<int>((two * 10 + d2) * 10 + d3 + 1100);
  }
  static constexpr size_t kSlots = 11100;  // 100 + 1,000 + 10,000 codes

  Codes codes_;
  std::vector<const CameoCode*> by_slot_;  // into codes_ (its nodes do not move)
};

// True for the 16 PLOVER event types.
bool IsPloverType(std::string_view type);
// The PLOVER type named `type` (one of the 16, in capitals), or kNone for any other string.
PloverType ParsePloverType(std::string_view type);

}  // namespace rasad

#endif  // RASAD_CODER_ONTOLOGY_H_
