// The demonstrative pronouns that point back at something named before (هذه القوات، هذا التنظيم، تلك
// الجماعة، هؤلاء المسلحون), in matching form (see ArabicNormalizer): the recognizer leaves a noun after one
// to the coder, which resolves it to the actor it refers to.
#ifndef RASAD_TEXT_DEMONSTRATIVES_H_
#define RASAD_TEXT_DEMONSTRATIVES_H_

#include <string_view>

namespace rasad {

// Whether `bare` (a token's bare matching form) is هذا، هذه، هؤلاء، تلك or ذلك.
inline bool IsDemonstrative(std::string_view bare) {
  return bare == "هذه" || bare == "هذا" || bare == "هولاء" || bare == "تلك" || bare == "ذلك";
}

}  // namespace rasad

#endif  // RASAD_TEXT_DEMONSTRATIVES_H_
