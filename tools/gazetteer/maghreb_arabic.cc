#include "maghreb_arabic.h"

#include "romanized_name.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <array>

namespace rasad {
namespace {

// The name is given between a space and '#' (the end of the name), lower case, its accents removed but the
// cedilla (c\u0327 = ç), so that a word's start and end are contexts of the rules. Rules are tried in order at
// each position: whole words first, then longer patterns before shorter ones. $G, the letter for g, is set per
// country (ق or ك).
constexpr const char* kRules = R"(
$c = \u0327;
$b = [\u0020\-\#\~];
$e = [\u0020\-\#];
$apo = [\u2019\u2018\u02BC\u02BF];
$v = [aeiou];
# The words toponyms are made of.
$b { $apo? a i n } $e > عين;
$b { o u e d } $e > وادي;
$b { o u l [ea] d } $e > أولاد;
$b { s i d i } $e > سيدي;
$b { b o r d j } $e > برج;
$b { k s a r } $e > قصر;
$b { s o u [kq] } $e > سوق;
$b { d r a a } $e > ذراع;
$b { b e n i } $e > بني;
$b { b n i } $e > بني;
$b { b e n } $e > بن;
$b { b o u \u0020 > بو\~;
$b { b o u } a > بو\~;
$b { d a r } $e > دار;
$b { r a s } $e > رأس;
$b { h a m m a m } $e > حمام;
$b { m e n n? z e l } $e > منزل;
$b { d j e b e l } $e > جبل;
$b { t i z i } $e > تيزي;
$b { k h e m i s } $e > خميس;
$b { o u m } $e > أم;
$b { k a s b a h? } $e > قصبة;
$b { g a l a a t } $e > قلعة;
$b { l a r b $apo? a a? } $e > الأربعاء;
$b { g h a r b } $e > غرب;
$b { c h e i k h } $e > شيخ;
$b { h a m m? a m e t } $e > حمامات;
$b { h a m m? a m a t } $e > حمامات;
$b { s o u s s e } $e > سوسة;
# Given names, as the saints' and founders' names of toponyms have them (Sidi Moussa, Ammi Moussa, Sidi Okba).
$b { m o u s s a } $e > موسى;
$b { y a h i a } $e > يحيى;
$b { a h m e d } $e > أحمد;
$b { m o h a m m e d } $e > محمد;
$b { o k b a } $e > عقبة;
$b { a m r a n e } $e > عمران;
$b { a b i d } $e > عبيد;
$b { i s m a i l } $e > إسماعيل;
$b { a i s s a } $e > عيسى;
$b { f a t m a } $e > فاطمة;
$b { s l i m a n e } $e > سليمان;
$b { a b d } > عبد;
# The article, joined to its word: el, al, French la, l'; assimilated to a sun letter (ech Chettia, ez Zouhour).
# (The article leaves a mark, ~, that its word starts after it; a last pass removes it.)
$b { [ae] l $b > ال\~;
$b { l a \u0020 > ال\~;
$b { l [\u2019\u0027] > ال\~;
$b { e c h $b } c h > ال\~;
$b { e [dtsznr] $b } [dtsznr] > ال\~;
$b { e z } z > ال\~;
# After the article (and after Bou) a is ع more often than an alif: El Affroun العفرون, El Abadia العبادية, El Aïoun العيون.
\~ { a a > ع;
\~ { a > ع;
# Digraphs of French orthography.
t c h > تش;
c h > ش;
d j > ج;
k h > خ;
g h > غ;
t h > ث;
s h > ش;
p h > ف;
q u > ق;
g u } [eiy] > $G;
c $c > س;
c } [eiy] > س;
c > ك;
# Vowels: a word's first written on an alif, ou before a vowel a consonant (Ouezzane وزان); a word's last -a and
# -ia a taa marbuta; a, i, o, ou written long, e not written; aa is ع (Bougaa بوقاعة, Al Aaroui العروي).
$b { o u } $v > و;
$b { a a > ع;
$b { o u > أو;
$b { a > أ;
$b { [ie] > إ;
$b { [ou] > أو;
[ae] t } [\u0020\-] > ة;
a a } $e > اعة;
a a > اع;
i a } $e > ية;
a } $e > ة;
e } $e > ;
o u > و;
a i > اي;
a > ا;
e > ;
[iy] > ي;
[ou] > و;
# Consonants, a doubled one once.
b b > ب; d d > د; f f > ف; k k > ك; l l > ل; m m > م; n n > ن; p p > ب; r r > ر; s s > س; t t > ت; z z > ز;
g g > $G;
b > ب; d > د; f > ف; g > $G; h > ه; j > ج; k > ك; l > ل; m > م; n > ن; p > ب; q > ق; r > ر; s > س; t > ت;
v > ف; w > و; x > كس; z > ز;
$apo > ع;
\u0027 > ;
\- > ' ';
\# > ;
::Null;
\~ > ;
)";

std::unique_ptr<icu::Transliterator> Compile(std::string_view g_letter, std::string* error) {
  std::string rules = std::string("$G = ") + std::string(g_letter) + ";\n" + kRules;
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse;
  std::unique_ptr<icu::Transliterator> out(icu::Transliterator::createFromRules(
      "rasad-maghreb-arabic", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parse, status));
  if (U_FAILURE(status)) {
    *error = std::string("Maghreb rules: ") + u_errorName(status) + " at rule line " + std::to_string(parse.line);
    return nullptr;
  }
  return out;
}

}  // namespace

bool UsesMaghrebFrench(std::string_view iso3) {
  static constexpr std::array<std::string_view, 4> kCountries = {"DZA", "MAR", "TUN", "MRT"};
  for (std::string_view c : kCountries) {
    if (c == iso3) return true;
  }
  return false;
}

std::unique_ptr<MaghrebArabic> MaghrebArabic::Create(std::string* error) {
  std::unique_ptr<MaghrebArabic> out(new MaghrebArabic());
  out->g_as_qaf_ = Compile("ق", error);
  if (out->g_as_qaf_) out->g_as_kaf_ = Compile("ك", error);
  if (!out->g_as_kaf_) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  // (The letters of the romanization, the cedilla, the apostrophes, the space and the hyphen.)
  out->letters_ = std::make_unique<icu::UnicodeSet>(
      icu::UnicodeString::fromUTF8(R"([a-z \u0327 \u2019 \u2018 \u02BC \u02BF \u0027 \u0020 \-])"), status);
  out->arabic_ = std::make_unique<icu::UnicodeSet>(ArabicNameLetters());
  if (U_FAILURE(status)) {
    *error = std::string("Maghreb letter sets: ") + u_errorName(status);
    return nullptr;
  }
  return out;
}

MaghrebArabic::~MaghrebArabic() = default;

std::string MaghrebArabic::ToArabic(std::string_view name, std::string_view iso3) const {
  if (!UsesMaghrebFrench(iso3)) return "";
  icu::UnicodeString decomposed;
  if (!DecomposedLower(name, &decomposed)) return "";
  // French accents (é è ê ë ï î â û ô) carry nothing the Arabic writes; a BGN/PCGN mark (the macron of ā, the
  // cedilla under h of ḩ) is no French letter and is refused below. The cedilla stays for ç.
  icu::UnicodeString text(u" ");
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    char16_t ch = decomposed.charAt(i);
    if (ch == 0x0327 && (i == 0 || decomposed.charAt(i - 1) != u'c')) return "";
    if (ch == 0x0304 || ch == 0x0331 || ch == 0x0323) return "";  // ā ḏ ḥ: not French
    if (ch != 0x0327 && u_getCombiningClass(ch) != 0) continue;
    text.append(ch);
  }
  if (text.length() < 2 || !letters_->containsAll(text)) return "";
  text.append(u'#');
  (iso3 == "DZA" || iso3 == "TUN" ? g_as_qaf_ : g_as_kaf_)->transliterate(text);
  return ArabicOrEmpty(text, *arabic_);
}

}  // namespace rasad
