// The marks that close a label opening a sentence: a dateline (عدن - تظاهر المئات، بغداد: قتل ثلاثة), the speaker or
// the kicker of a headline (الجيش السوداني: ...، عاجل | ...، الموصل.. معلمون يضربون). The coder's one list of them.
#ifndef RASAD_CODER_LABEL_MARK_H_
#define RASAD_CODER_LABEL_MARK_H_

#include <string_view>

#include "util/bytes_equal.h"

namespace rasad::detail {

// A colon, or what stands for one: a wire's bar (عاجل | ...) or a headline's two dots (الموصل.. ...). `norm` is a
// token's normalized text. (TextEqual, inline: asked in the hot functions of the coder.)
inline bool IsColonMark(std::string_view norm) {
  return TextEqual(norm, ":") || TextEqual(norm, "|") || TextEqual(norm, "..");
}

// A dash: a hyphen, an en dash or an em dash (الخرطوم - أ ف ب). (A lone tatweel, ـ, which some wires write for one,
// never reaches here: the normalizer drops it.)
inline bool IsDashMark(std::string_view norm) {
  return TextEqual(norm, "-") || TextEqual(norm, "\u2013") || TextEqual(norm, "\u2014");
}

// Either: a mark that may close a dateline or a headline's label.
inline bool IsLabelMark(std::string_view norm) { return IsColonMark(norm) || IsDashMark(norm); }

}  // namespace rasad::detail

#endif  // RASAD_CODER_LABEL_MARK_H_
