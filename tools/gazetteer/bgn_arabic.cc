#include "bgn_arabic.h"

#include "romanized_name.h"

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <array>

namespace rasad {
namespace {

// The name is given between a space and '#' (the end of the name), so that a word's start and
// end, and the name's last word, are contexts of the rules. Rules are tried in order at each
// position: longer patterns come first.
constexpr const char* kRules = R"(
$c = \u0327;
$m = \u0304;
$q = \u0301;
$ain = [\u2018\u02BF];
$hamza = [\u2019\u02BE];
$b = [\u0020\-\#];
# The article, assimilated or not, joins its word: Al Bāb, As Sulayyil, Ash Shināfīyah.
$b { a l $b > ال;
$b { a s $c $b } s $c > ال;
$b { a t $c $b } t $c > ال;
$b { a d $c $b } d $c > ال;
$b { a z $c $b } z $c > ال;
$b { a s h $b } s h > ال;
$b { a t h $b } t h > ال;
$b { a d h $b } d h > ال;
$b { a d $b } d > ال;
$b { a n $b } n > ال;
$b { a r $b } r > ال;
$b { a s $b } s > ال;
$b { a t $b } t > ال;
$b { a z $b } z > ال;
# A word's first vowel is written on an alif: Abū, Ibrā’, Umm.
$b { a $m > آ;
$b { a > أ;
$b { i $m > إي;
$b { i > إ;
$b { u $m > أو;
$b { u > أ;
# Hamza on its seat: Samā’il, Tājūrā’, Ra’s.
a $hamza } i > ئ;
a $hamza } u > ؤ;
a $hamza > أ;
$hamza } i > ئ;
$hamza } u > ؤ;
$hamza } a > أ;
$hamza > ء;
$ain > ع;
# Taa marbuta: a word's -ah, a construct's -at (Saddat al Hindīyah), a name's last -a (Kināna).
a h } $b > ة;
a t } [\u0020\-] > ة;
a } \# > ة;
# Long vowels and alif maqsura (Nizwá); -īy- and -ūw- are one letter (Al Hindīyah). Short vowels are not written.
a $m > ا;
a $q > ى;
i $m y > ي;
i $m > ي;
u $m w > و;
u $m > و;
[aiu] > ;
# Consonants: a doubled one once; the cedilla marks the emphatics and ḩ.
s $c s $c > ص;
t $c t $c > ط;
d $c d $c > ض;
z $c z $c > ظ;
h $c h $c > ح;
s $c > ص;
t $c > ط;
d $c > ض;
z $c > ظ;
h $c > ح;
k h $c > كح;
s h $c > سح;
t h $c > تح;
d h $c > دح;
g h $c > جح;
k h k h > خ;
s h s h > ش;
t h t h > ث;
d h d h > ذ;
g h g h > غ;
k h > خ;
s h > ش;
t h > ث;
d h > ذ;
g h > غ;
b b > ب; d d > د; f f > ف; g g > ج; h h > ه; j j > ج; k k > ك; l l > ل; m m > م; n n > ن;
q q > ق; r r > ر; s s > س; t t > ت; w w > و; y y > ي; z z > ز;
b > ب; d > د; f > ف; g > ج; h > ه; j > ج; k > ك; l > ل; m > م; n > ن;
q > ق; r > ر; s > س; t > ت; w > و; y > ي; z > ز;
\- > ' ';
\# > ;
)";

// Whether a word of the name is the article assimilated to the next word's sun letter (As Sulayyil,
// Dayr az Zawr, Ash Shaykh): a sign of the romanization, which then marks the long vowels it
// writes none of. `text` is decomposed and in lower case.
bool AssimilatedArticle(const icu::UnicodeString& text) {
  static constexpr std::u16string_view kSunLetters[] = {u"sh", u"th", u"dh", u"s\u0327", u"t\u0327", u"d\u0327",
                                                        u"z\u0327", u"d", u"l", u"n", u"r", u"s", u"t", u"z"};
  std::u16string_view s(reinterpret_cast<const char16_t*>(text.getBuffer()), static_cast<size_t>(text.length()));
  for (size_t at = 0; at < s.size();) {
    std::u16string_view rest = s.substr(at + 1);
    for (std::u16string_view letter : kSunLetters) {
      if (s[at] == u'a' && rest.starts_with(letter) && rest.substr(letter.size()).starts_with(u' ') &&
          rest.substr(letter.size() + 1).starts_with(letter)) {
        return true;
      }
    }
    size_t space = s.find(u' ', at);
    if (space == std::u16string_view::npos) break;
    at = space + 1;
  }
  return false;
}

}  // namespace

bool UsesBgnArabic(std::string_view iso3) {
  static constexpr std::array<std::string_view, 15> kCountries = {
      "SYR", "IRQ", "JOR", "LBN", "PSE", "SAU", "YEM", "OMN", "ARE", "KWT", "QAT", "BHR", "EGY", "SDN", "LBY"};
  for (std::string_view c : kCountries) {
    if (c == iso3) return true;
  }
  return false;
}

std::unique_ptr<BgnArabic> BgnArabic::Create(std::string* error) {
  std::unique_ptr<BgnArabic> out(new BgnArabic());
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse;
  out->rules_.reset(icu::Transliterator::createFromRules("rasad-bgn-arabic", icu::UnicodeString::fromUTF8(kRules),
                                                         UTRANS_FORWARD, parse, status));
  if (U_FAILURE(status)) {
    *error = std::string("BGN/PCGN rules: ") + u_errorName(status) + " at rule line " + std::to_string(parse.line);
    return nullptr;
  }
  // (The letters of the romanization, its marks, the space and the hyphen.)
  out->letters_ = std::make_unique<icu::UnicodeSet>(
      icu::UnicodeString::fromUTF8(
          R"([a b d f g h i j k l m n q r s t u w y z \u0327 \u0304 \u0301 \u2018 \u02BF \u2019 \u02BE \u0020 \-])"),
      status);
  out->marks_ = std::make_unique<icu::UnicodeSet>(
      icu::UnicodeString::fromUTF8(R"([\u0327 \u0304 \u0301 \u2018 \u02BF \u2019 \u02BE])"), status);
  out->arabic_ = std::make_unique<icu::UnicodeSet>(ArabicNameLetters());
  if (U_FAILURE(status)) {
    *error = std::string("BGN/PCGN letter sets: ") + u_errorName(status);
    return nullptr;
  }
  return out;
}

BgnArabic::~BgnArabic() = default;

std::string BgnArabic::ToArabic(std::string_view name) const {
  icu::UnicodeString text;
  if (!DecomposedLower(name, &text) || text.isEmpty() || !letters_->containsAll(text)) return "";
  if (!marks_->containsSome(text) && !AssimilatedArticle(text)) return "";
  text = icu::UnicodeString(u" ") + text + icu::UnicodeString(u"#");
  rules_->transliterate(text);
  return ArabicOrEmpty(text, *arabic_);
}

}  // namespace rasad
