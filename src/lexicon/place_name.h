// Place names as news writes them, for the gazetteer builders (build-time generator and
// `rasad gazetteer import`), and when a place name that is also a common word names the place.
#ifndef RASAD_LEXICON_PLACE_NAME_H_
#define RASAD_LEXICON_PLACE_NAME_H_

#include <string>
#include <string_view>

namespace rasad {

// `text` (UTF-8) with harakat, dagger alef, tatweel and invisible bidi/format marks removed, TAB,
// newline and the list separator '|' turned into spaces, and surrounding spaces trimmed.
std::string NewsSpelling(std::string_view text);

// What the words around a one-word place name say, when the name is also a common word of news
// (lexicon/places/common_words.tsv: العديد "many", الشهداء "the martyrs", الجديدة "the new").
struct CommonWordContext {
  bool adjective = false;          // the word's class: an adjective or participle (الجديدة، القائم)
  bool place_noun_before = false;  // a place noun right before it (مدينة، حي، منطقة ...)
  bool definite_before = false;    // the word before it is definite (with ال or a pronoun), agrees
                                   // with it (AgreesAsAttribute) and nothing is attached to the name
                                   // (an attribute takes no clitic)
  bool locative_before = false;    // a preposition of place right before it (في، إلى، قرب), ب on it, or و on it after a place
  bool country_in_document = false;  // the place's country is among the document's countries
  bool partitive_after = false;    // من right after it (العديد من: "many of")
  bool dated = false;  // a figure right before or after it, or الماضي، المقبل، الجاري after it: a month (3
                       // آب، آب 2025، في آب الماضي: August, which folds with إب)
};

// Whether such a name is read as the place. Never as the head of a partitive (في العديد من), nor as a month
// (في آب الماضي), nor as
// an attribute: a definite adjective after a definite noun agrees with it (الحكومة الجديدة، المدينة
// الجديدة، الوضع القائم). An adjective elsewhere is the name. A noun or quantifier names the place
// only with place evidence: a place noun in construct before it (حي الشهداء), or a preposition of
// place before it in a document that names the place's country (في الدورة in an Iraqi report).
bool CommonWordIsPlace(const CommonWordContext& c);

// Whether a definite adjective (bare matching form: جديده، قصير) can be the attribute of the noun
// before it (قوات، حكومه), by gender as the forms show it. A feminine adjective (in ة, or of the
// pattern فعلاء: بيضاء) agrees with any noun: feminine ones and the plurals of things (الدول الجديدة).
// A masculine one does not agree with a noun in ة or ات: in اقتحمت القوات القصير, القصير is no
// attribute of القوات but the verb's object, Al-Qusayr.
bool AgreesAsAttribute(std::string_view noun, std::string_view adjective);

// Whether a place of this kind (curated.tsv's kind column: city, town, district, region, country ...)
// can be named after a place noun (مدينة، منطقة، العاصمة): every kind but a state as a whole.
// عمان after العاصمة is Amman, never Oman.
bool PlaceNounNamesTown(std::string_view kind);

// Whether a place of this kind is a state or a region as a whole (country; region: الغرب الليبي، المغرب العربي), not
// a town or site within one. An event's place gives way from such an area to a town or site the clause names in it,
// and doers are not placed by one (تظاهر أهالي بلدة الباب is at al-Bab; أهالي سوريا gives no place).
bool WholeArea(std::string_view kind);

// Whether a place of this kind is a base its own state's forces hold (kind base: GeoNames MILB and AIRB, curated
// bases): attacked, it stands for that state's military. Not a foreign_base, one a foreign force holds (Hmeimim,
// al-Tanf), whose state is not the force attacked there.
bool StateBase(std::string_view kind);

// Whether a place of this kind is a military base, its own state's (base) or one a foreign force holds (foreign_base):
// with a nationality after it (قاعدة التنف الأمريكية، قاعدة عين الأسد الأمريكية), attacked, it stands for the
// nationality's military.
bool MilitaryBase(std::string_view kind);

}  // namespace rasad

#endif  // RASAD_LEXICON_PLACE_NAME_H_
