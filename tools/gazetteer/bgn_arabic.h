// BgnArabic: Arabic script for town names that GeoNames writes in the BGN/PCGN romanization of
// Arabic (Ḩarastā, Şāfītā, Al Bāb, Nizwá), for the gazetteer's cities that libgeonames' Arabic
// catalogue leaves without an Arabic name.
//
// The romanization marks what the Arabic needs: ā ī ū for the long vowels, á for alif maqsura, a
// cedilla for the emphatics and ḩ (Ş Ţ Ḑ Z̧ Ḩ), Kh Sh Th Dh Gh, ‘ for ع and ’ for ء, and the article
// with its sun-letter assimilation (Al, Ad D..., As S..., Ash Sh...). The rules are ICU transliterator
// rules (bgn_arabic.cc); short vowels are dropped, as Arabic writes them, and a doubled consonant
// is written once, as news writes it without the shadda.

#ifndef RASAD_TOOLS_GAZETTEER_BGN_ARABIC_H_
#define RASAD_TOOLS_GAZETTEER_BGN_ARABIC_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
class UnicodeSet;
U_NAMESPACE_END

namespace rasad {

// Whether GeoNames writes the town names of country `iso3` in the BGN/PCGN romanization of Arabic:
// the Arabic-speaking states of the Mashriq, the Gulf, Egypt, Sudan and Libya. (The Maghreb's
// names are French-style, Temara, Ksar El Kebir, Aïn Beïda, and mark neither long vowels nor the
// emphatics: they are not read.)
bool UsesBgnArabic(std::string_view iso3);

class BgnArabic {
 public:
  // Builds the transliterator. Returns null and sets *error to ICU's message when the rules do
  // not compile (a bug, not bad input).
  static std::unique_ptr<BgnArabic> Create(std::string* error);
  ~BgnArabic();

  // The Arabic for a BGN/PCGN name (UTF-8), with the article joined to its word: "Al Ḩawāmidīyah"
  // -> "الحوامدية". Returns "" when the rules cannot read the name surely: no mark of the
  // romanization in it (Douma, Hajiawa: the vowels' length is unknown), or a letter outside it
  // (e, o, v, p, an ASCII apostrophe, a digit).
  std::string ToArabic(std::string_view name) const;

 private:
  BgnArabic() = default;
  std::unique_ptr<icu::Transliterator> rules_;
  std::unique_ptr<icu::UnicodeSet> letters_;   // what a readable name is made of (decomposed, lower case)
  std::unique_ptr<icu::UnicodeSet> marks_;     // the romanization's marks, one of which it must have
  std::unique_ptr<icu::UnicodeSet> arabic_;    // what the output may hold
};

}  // namespace rasad

#endif  // RASAD_TOOLS_GAZETTEER_BGN_ARABIC_H_
