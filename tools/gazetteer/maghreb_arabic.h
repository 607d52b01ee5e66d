// MaghrebArabic: Arabic script for the town names that GeoNames writes in the French-style romanization of the
// Maghreb (Algeria, Morocco, Tunisia, Mauritania: Khemis el Khechna, Ouled Mimoun, Aïn el Hammam, Ksar Hellal),
// for the gazetteer's cities that libgeonames' Arabic catalogue leaves without an Arabic name.
//
// The romanization follows French orthography: ou = و, ch = ش, dj = ج, kh = خ, gh = غ, th = ث, c before e/i and
// ç = س, "el" and its sun-letter forms (ech Ch..., ez Z...) = ال. It marks neither long vowels nor the emphatics, so
// a name's Arabic is a best reading: the vowels a, i, o, ou written long (ا ي و), e not written, a word's last -a
// and -ia a taa marbuta (Sedrata سدراتة, Naciria), the words toponyms are made of (Aïn عين, Oued وادي, Ouled أولاد,
// Sidi سيدي, Bordj برج, Ksar قصر, Souk سوق, Draa ذراع, Beni بني, Ben بن) read as words, and g read ق in Algeria and
// Tunisia (Bougaa بوقاعة) and ك in Morocco and Mauritania (Zagora زاكورة). The gazetteer loads these names as weak
// ones, and data/lexicon/places/curated.tsv corrects the towns the rules misread (an emphatic, ع, a dropped
// article: Taïbet is الطيبات) by their geonameid.

#ifndef RASAD_TOOLS_GAZETTEER_MAGHREB_ARABIC_H_
#define RASAD_TOOLS_GAZETTEER_MAGHREB_ARABIC_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
class UnicodeSet;
U_NAMESPACE_END

namespace rasad {

// Whether GeoNames writes the town names of country `iso3` in the Maghreb's French-style romanization: Algeria,
// Morocco, Tunisia and Mauritania.
bool UsesMaghrebFrench(std::string_view iso3);

class MaghrebArabic {
 public:
  // Builds the transliterators. Returns null and sets *error to ICU's message when the rules do not compile (a
  // bug, not bad input).
  static std::unique_ptr<MaghrebArabic> Create(std::string* error);
  ~MaghrebArabic();

  // The Arabic for a French-style name (UTF-8) of a town of country `iso3` (one UsesMaghrebFrench accepts), the
  // article joined to its word: "Khemis el Khechna" -> "خميس الخشنة". Returns "" when the name holds a letter
  // outside the romanization (a digit, a BGN/PCGN mark such as ā or ḩ: Souq Larb'a al Gharb's ’ is read as ع).
  std::string ToArabic(std::string_view name, std::string_view iso3) const;

 private:
  MaghrebArabic() = default;
  std::unique_ptr<icu::Transliterator> g_as_qaf_;   // Algeria, Tunisia
  std::unique_ptr<icu::Transliterator> g_as_kaf_;   // Morocco, Mauritania
  std::unique_ptr<icu::UnicodeSet> letters_;        // what a readable name is made of (accents removed, lower case)
  std::unique_ptr<icu::UnicodeSet> arabic_;         // what the output may hold
};

}  // namespace rasad

#endif  // RASAD_TOOLS_GAZETTEER_MAGHREB_ARABIC_H_
