#include "text/clitic_analyzer.h"

#include <array>

namespace rasad {
namespace {

// Whether a verb form starts with a person prefix of the imperfect (ي ت ن ا): the only forms the
// future prefix س attaches to.
bool StartsWithImperfectPrefix(std::string_view stem) {
  for (std::string_view p : {"ي", "ت", "ن", "ا"}) {
    if (stem.substr(0, p.size()) == p) return true;
  }
  return false;
}

// Arabic letters in matching form are two bytes each.
constexpr size_t kLetter = 2;

struct Prefix {
  std::string_view text;
  uint8_t bits;
};

// Every proclitic sequence in the order tried; لل is ل + ال with the alef dropped.
constexpr std::array<Prefix, 23> kPrefixes = {{
    {"", 0},
    {"و", kProWa}, {"ف", kProFa},
    {"ب", kProBi}, {"ل", kProLi}, {"ك", kProKa}, {"س", kProSa},
    {"ال", kProAl}, {"لل", kProLi | kProAl},
    {"وب", kProWa | kProBi}, {"ول", kProWa | kProLi}, {"وك", kProWa | kProKa}, {"وس", kProWa | kProSa},
    {"فب", kProFa | kProBi}, {"فل", kProFa | kProLi}, {"فس", kProFa | kProSa},
    {"وال", kProWa | kProAl}, {"فال", kProFa | kProAl}, {"بال", kProBi | kProAl}, {"كال", kProKa | kProAl},
    {"ولل", kProWa | kProLi | kProAl}, {"وبال", kProWa | kProBi | kProAl}, {"فلل", kProFa | kProLi | kProAl},
}};

struct Suffix {
  std::string_view text;
  Enclitic enclitic;
};

// ك and ي are left out: as word endings they are far more often part of the stem (ملك، ليبي).
constexpr std::array<Suffix, 8> kSuffixes = {{
    {"", Enclitic::kNone},
    {"ه", Enclitic::kHu}, {"ها", Enclitic::kHa}, {"هم", Enclitic::kHum}, {"هما", Enclitic::kHuma},
    {"هن", Enclitic::kHunna}, {"كم", Enclitic::kKum}, {"نا", Enclitic::kNa},
}};

int Count(uint8_t bits, Enclitic e) {
  return __builtin_popcount(bits) + (e == Enclitic::kNone ? 0 : 1);
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

uint8_t CliticAnalyzer::Conjunction(std::string_view word, uint8_t whole, bool final_ta_marbuta) const {
  uint8_t bit = StartsWith(word, "و") ? kProWa : StartsWith(word, "ف") ? kProFa : 0;
  if (bit == 0 || final_ta_marbuta || (whole & kWordInitialLetter) || word.size() < 3 * kLetter) return 0;
  std::string_view rest = word.substr(kLetter);
  uint8_t known = Known(rest);
  // ولم، فلا: a particle after the conjunction; ووقع: a word in و after it.
  bool particle = (whole & kWordFunction) && (known & kWordFunction);
  bool double_waw = bit == kProWa && StartsWith(rest, "و") && known != 0;
  return particle || double_waw ? bit : 0;
}

uint8_t CliticAnalyzer::SoundPlural(std::string_view word) const {
  constexpr std::string_view kAt = "ات";
  if (!words_ || !EndsWith(word, kAt) || word.size() < kAt.size() + 2 * kLetter) return 0;
  std::string_view base = word.substr(0, word.size() - kAt.size());
  // (A masculine noun of four letters or more: اجتماعات، مطارات، انتخابات; ودعات is و + دعاة.)
  if (base.size() >= 4 * kLetter && (Known(base) & (kWordNoun | kWordFunction)) == kWordNoun) return kWordNoun;
  std::string feminine(base);
  feminine += "ه";
  return (Known(feminine) & (kWordNoun | kWordFunction)) == kWordNoun || words_->IsFeminineForm(feminine) ? kWordNoun
                                                                                                          : 0;
}

WordAnalysis CliticAnalyzer::Analyze(std::string_view word, bool final_ta_marbuta) const {
  WordAnalysis best;
  best.stem.assign(word);
  uint8_t whole = Known(word);
  // ليلة، وزيرة، بلدية: the feminine of a listed noun is a whole word, not ل + يلة or و + زيرة.
  if (!whole && final_ta_marbuta && words_ && words_->IsFeminineForm(word)) whole = kWordNoun;
  if (whole) {
    if (uint8_t conjunction = Conjunction(word, whole, final_ta_marbuta)) {
      WordAnalysis rest = Analyze(word.substr(kLetter));
      rest.prefixes |= conjunction;
      rest.source = StemSource::kLexicon;
      return rest;
    }
    // عليه، منهم، إليها: hunspell-ar lists a preposition with its pronoun as a word.
    if (whole & kWordFunction) {
      for (const Suffix& s : kSuffixes) {
        if (s.enclitic == Enclitic::kNone || !EndsWith(word, s.text) || word.size() < s.text.size() + 2 * kLetter) continue;
        std::string_view stem = word.substr(0, word.size() - s.text.size());
        if (!(Known(stem) & kWordPreposition)) continue;
        best.suffix = s.enclitic;
        best.source = StemSource::kLexicon;
        best.word_class = Known(stem);
        best.stem.assign(stem);
        return best;
      }
    }
    best.word_class = whole;
    return best;
  }
  // وفدا: the indefinite accusative of a known noun (its alif of tanwin), not و + فدا (Fada, a town),
  // where what a clitic split would leave is no common word (وبدا is و + بدا "seemed").
  bool clitic_letter = StartsWith(word, "و") || StartsWith(word, "ف") || StartsWith(word, "ب") ||
                       StartsWith(word, "ل") || StartsWith(word, "ك");
  if (clitic_letter && EndsWith(word, "ا") && word.size() >= 3 * kLetter &&
      !IsCommonWord(Known(word.substr(kLetter)))) {
    uint8_t noun = Known(word.substr(0, word.size() - kLetter));
    if ((noun & kWordNoun) && !(noun & kWordFunction)) {
      // The stem is the noun's, so that dictionaries find it (وفد).
      best.word_class = noun;
      best.source = StemSource::kLexicon;
      best.stem.assign(word.substr(0, word.size() - kLetter));
      return best;
    }
  }
  int best_count = 99;
  int whole_plural = -1;  // whether the whole word is a sound plural (SoundPlural), once asked
  bool best_plural = false;  // whether the best analysis so far is known only as a sound plural
  std::string restored;
  for (const Prefix& p : kPrefixes) {
    if (!StartsWith(word, p.text)) continue;
    for (const Suffix& s : kSuffixes) {
      if (p.bits == 0 && s.enclitic == Enclitic::kNone) continue;  // the whole word: unknown
      if ((p.bits & kProAl) && s.enclitic != Enclitic::kNone) continue;  // no article + pronoun
      if (final_ta_marbuta && s.enclitic == Enclitic::kHu) continue;
      // بقصفه، بضربه، لقتله: a word written with ه, not ة, whose stem without it is a listed noun or verb
      // ends in the pronoun; the ه of a listed word (قصفة، ضربة، قتلة) stands for the ة that news writes.
      if (!final_ta_marbuta && s.enclitic == Enclitic::kNone && EndsWith(word, "ه") &&
          word.size() >= p.text.size() + 3 * kLetter &&
          (Known(word.substr(p.text.size(), word.size() - p.text.size() - kLetter)) & (kWordNoun | kWordVerb))) {
        continue;
      }
      if (!EndsWith(word, s.text) || word.size() < p.text.size() + s.text.size() + 2 * kLetter) continue;
      int count = Count(p.bits, s.enclitic);
      // واتهم، وداهم، ويتهم: a conjunction before a known verb reads the word as well as a pronoun of the
      // third person after a stem (وات + هم "watt", ودا + هم): the verb wins the tie, as news writes it far
      // more often. Not against our, your (وطننا is وطن + نا "our homeland", not و + طننا).
      bool conjunction_verb = count == best_count && (p.bits == kProWa || p.bits == kProFa) &&
                              s.enclitic == Enclitic::kNone && best.prefixes == 0 && best.suffix != Enclitic::kNa &&
                              best.suffix != Enclitic::kKum;
      // (A split known only as a sound plural yields to one whose stem is listed, with more clitics:
      // للقوات is ل + ال + قوات, not ل + لقوات.)
      if (count >= best_count && !conjunction_verb && !best_plural) continue;
      std::string_view stem = word.substr(p.text.size(), word.size() - p.text.size() - s.text.size());
      // ووفده، ووزيره: a stem in وو that the word list knows (it lists و + a word whole) is و + that word, as a
      // whole word in وو is (Conjunction): left to the split that takes و off.
      if (p.bits == 0 && StartsWith(stem, "وو") && Known(stem.substr(kLetter))) continue;
      uint8_t cls = Known(stem);
      bool plural = false;
      // لوزيرة، بالشرعية: the feminine of a listed noun after a clitic.
      if (!cls && final_ta_marbuta && s.enclitic == Enclitic::kNone && words_ && words_->IsFeminineForm(stem)) cls = kWordNoun;
      // (Not where the whole word is such a plural itself: وحدات of وحدة is not و + حدات; لقوات is ل +
      // قوات, a listed word.)
      if (!cls && !(p.bits & kProAl)) {
        if (whole_plural < 0) whole_plural = SoundPlural(word) != 0;
        if (!whole_plural) cls = SoundPlural(stem);
        plural = cls != 0;
      }
      if (best_plural && count >= best_count && (plural || conjunction_verb)) continue;
      if (plural && best.source == StemSource::kLexicon && !best_plural) continue;
      std::string_view chosen = stem;
      if (!cls && s.enclitic != Enclitic::kNone && EndsWith(stem, "ت")) {
        // حكومته: the ta marbuta of حكومة is written ت before a pronoun.
        restored.assign(stem.substr(0, stem.size() - kLetter));
        restored += "ه";
        cls = Known(restored);
        chosen = restored;
      }
      if (!cls || (conjunction_verb && !(cls & kWordVerb))) continue;
      // ك "like, as" only before a noun or a name (كهدف، كسورية): كانت is no ك + أنت, كشفت no ك + شفت.
      if ((p.bits & kProKa) && !(cls & (kWordNoun | kWordName | kWordLexicon | kWordNumber))) continue;
      // س only before an imperfect verb, whose first letter is its person prefix (سيقصف، ستعقد،
      // سنرد، سأعود): وسحبت is و + سحبت, not و + س + حبت.
      if ((p.bits & kProSa) && (!(cls & kWordVerb) || !StartsWithImperfectPrefix(chosen))) continue;
      best_count = count;
      best_plural = plural;
      best.prefixes = p.bits;
      best.suffix = s.enclitic;
      best.source = StemSource::kLexicon;
      best.word_class = cls;
      best.stem.assign(chosen);
    }
  }
  if (best.source == StemSource::kLexicon) return best;
  // No known analysis: split the article and what precedes it, which is reliable when at least
  // two letters remain.
  // Indices into kPrefixes of the forms that contain the article, longest first.
  static constexpr std::array<size_t, 9> kArticleForms = {21, 20, 22, 16, 17, 18, 19, 8, 7};
  for (size_t i : kArticleForms) {
    const Prefix& p = kPrefixes[i];
    if (StartsWith(word, p.text) && word.size() >= p.text.size() + 2 * kLetter) {
      best.prefixes = p.bits;
      best.source = StemSource::kHeuristic;
      best.stem.assign(word.substr(p.text.size()));
      return best;
    }
  }
  return best;
}

}  // namespace rasad
