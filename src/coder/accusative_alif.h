// The alif of the indefinite accusative (قتيلا، احتجاجاً): the coder's one test of a word's last letters for it.
#ifndef RASAD_CODER_ACCUSATIVE_ALIF_H_
#define RASAD_CODER_ACCUSATIVE_ALIF_H_

#include <cstddef>
#include <string_view>

namespace rasad::detail {

// The word without its final alif (and the tanwin after it, ـاً, which the original text may keep and a normalized
// one never has), or an empty view where it has none. (One test of the ending, shared by the two below.)
inline std::string_view BeforeAccusativeAlif(std::string_view word) {
  constexpr std::string_view kAlif = "ا";
  constexpr std::string_view kAlifTanwin = "اً";
  if (word.ends_with(kAlifTanwin)) return word.substr(0, word.size() - kAlifTanwin.size());
  if (word.ends_with(kAlif)) return word.substr(0, word.size() - kAlif.size());
  return std::string_view(word.data(), 0);
}

// Whether `word` ends in the alif of the indefinite accusative, after at least `letters_before` Arabic letters (two
// bytes each in UTF-8; in other bytes, more than 2 * letters_before - 2 of them): 2 keeps out a word of an alif and
// one letter. The test is by letters only, in the form the caller gives (the original text, its normalized form, or
// the stem): أ is ا once normalized (نبأ), and a name in alif (روسيا، أمريكا) or a plural in ايا (ضحايا) passes it,
// which the caller tells apart by a known actor's record or by EndsInAccusativeAlifNotYa.
inline bool EndsInAccusativeAlif(std::string_view word, size_t letters_before = 0) {
  constexpr size_t kLetter = std::string_view("ا").size();
  if (!word.ends_with("ا") && !word.ends_with("اً")) return false;
  return BeforeAccusativeAlif(word).size() + kLetter > kLetter * letters_before;
}

// The same, not after ي: a name in يا (روسيا، ليبيا) or a plural in ايا (ضحايا، قضايا), whose alif no case gives.
inline bool EndsInAccusativeAlifNotYa(std::string_view word) {
  return EndsInAccusativeAlif(word) && !BeforeAccusativeAlif(word).ends_with("ي");
}

}  // namespace rasad::detail

#endif  // RASAD_CODER_ACCUSATIVE_ALIF_H_
