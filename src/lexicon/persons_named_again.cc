#include "lexicon/persons_named_again.h"

#include <bitset>
#include <cstdint>
#include <string_view>

#include "lexicon/fixed_word.h"
#include "lexicon/phrase_matcher.h"
#include "text/definite.h"
#include "text/word_set.h"
#include "util/bytes_equal.h"

namespace rasad {

namespace {

// The words that make the next word part of a compound name (بن سلمان، أبو مازن، عبد الله): the last word
// alone names someone else, or no one.
bool BindsNextName(std::string_view bare) {
  return WordIs(bare, "بن") || WordIs(bare, "ابن") || WordIs(bare, "بنت") || WordIs(bare, "ابو") ||
         WordIs(bare, "ابي") || WordIs(bare, "ام") || WordIs(bare, "عبد") || WordIs(bare, "ولد");
}

// An ordinal after a ruler's name (عبد الله الثاني، تشارلز الثالث): no surname.
bool IsRegnalNumber(std::string_view bare) {
  for (std::string_view n : {"اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}) {
    if (TextEqual(bare, n)) return true;
  }
  return false;
}

// The days of the week, which follow a name as the date of what it says (وقال الأسد الأحد).
bool IsWeekday(std::string_view bare) {
  for (std::string_view day : {"سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه"}) {
    if (TextEqual(bare, day)) return true;
  }
  return false;
}

}  // namespace

void AddPersonsNamedAgain(const Lexicon& lex, const AnalyzedText& text, const TokenKeys& keys,
                          std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  const std::vector<Token>& tokens = text.tokens;
  auto bare = [&](uint32_t tok) { return BareWord(text.Stem(tokens[tok])); };
  // The document's persons named by two words or more, in text order: (mention, last token), with the last
  // word's bare stem, its hash (the key's, TokenKeys: the bare stem is a word's key[0]) and whether it has the
  // article, computed once per person named (each later word is compared with every person before it).
  struct Person {
    size_t mention;
    uint32_t last;
    std::string_view surname;
    uint64_t hash;
    bool definite;
  };
  // (Kept per thread: a new list took an allocation for each document naming a person.)
  thread_local std::vector<Person> kept_persons;
  std::vector<Person>& persons = kept_persons;
  persons.clear();
  for (size_t j = 0; j < ms.size(); ++j) {
    const Mention& x = ms[j];
    if (!x.is_actor || x.record < 0 || x.object || !lex.record(x.record).is_person) continue;
    if (x.end_token < x.first_token + 2 || x.pronoun != Enclitic::kNone) continue;
    uint32_t last = x.end_token - 1;
    if (tokens[last].kind != TokenKind::kWord || tokens[last].suffix != Enclitic::kNone) continue;
    // (Three letters at least.)
    const std::string_view surname = bare(last);
    if (surname.size() < 6 || IsRegnalNumber(surname) || BindsNextName(BareWord(text.Norm(tokens[last - 1])))) {
      continue;
    }
    persons.push_back({j, last, surname, keys.tokens[last].hash[0], IsDefinite(text, tokens[last])});
  }
  if (persons.empty()) return;
  // (A mark per surname, the top bits of its hash, so that the many words no person's name ends with are passed at
  // one test of the word's key, before anything else is read of the word: a long article names dozens.)
  auto mark_of = [](uint64_t hash) { return static_cast<size_t>(hash >> 54); };
  std::bitset<1024> surname_marks;
  for (const Person& p : persons) surname_marks.set(mark_of(p.hash));
  // A verb at token k: a word known only as a verb, or one also known as a noun (هاجم، قتل) where a clause
  // starts, with و or ف, first in its sentence or after a particle (وهاجم الأسد; not اسم عرين الأسد).
  auto verb_at = [&](uint32_t k) {
    const Token& v = tokens[k];
    if (!(v.word_class & kWordVerb)) return false;
    if (!(v.word_class & kWordNoun) || (v.prefixes & (kProWa | kProFa))) return true;
    if (k == 0 || tokens[k - 1].sentence != v.sentence) return true;
    const Token& p = tokens[k - 1];
    return p.kind != TokenKind::kWord || (p.word_class & kWordFunction);
  };
  std::vector<Mention> added;
  size_t next = persons.front().mention;  // the first mention not ending before the token
  const uint32_t count = static_cast<uint32_t>(tokens.size());
  const TokenKeys::Keys* const word_keys = keys.tokens.data();
  for (uint32_t i = ms[persons.front().mention].end_token; i < count; ++i) {
    // (A word's bare stem is its key[0], and a sign or a number has none: a word whose key's mark no surname has
    // is passed at once. `next` is brought up to the word only past that test; it depends on the word alone.)
    const TokenKeys::Keys& k = word_keys[i];
    if (k.count == 0 || !surname_marks.test(mark_of(k.hash[0]))) continue;
    while (next < ms.size() && ms[next].end_token <= i) ++next;
    // Inside a mention, but for a nationality alone, no actor and no place (السوداني after محمد شياع السوداني),
    // which the recognizer drops later when nothing makes it an actor.
    bool nationality_word = false;
    if (next < ms.size() && ms[next].first_token <= i) {
      const Mention& x = ms[next];
      nationality_word = x.first_token == i && x.end_token == i + 1 && x.demonym >= 0 && !x.is_actor && x.agent < 0 &&
                         x.record < 0 && !x.is_place();
      if (!nationality_word) continue;
    }
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || t.suffix != Enclitic::kNone) continue;
    // (With و، ف، ل or ب too: وقال الأسد، دعا الأسد، رسالة للأسد.)
    if ((t.prefixes & ~(kProWa | kProFa | kProLi | kProBi | kProAl)) != 0) continue;
    const std::string_view w = k.key[0];
    if (w.empty()) continue;
    // A name without the article that is also a common word (سلام peace، عون help، بري of the land) is read as
    // the word: with no article to set them apart, the word is the likelier reading.
    const bool definite = IsDefinite(text, t);
    if (!definite && IsCommonWord(t.word_class)) continue;
    // The person named before it whose name ends with the word, if only one does.
    int32_t found = -1;
    bool ambiguous = false;
    for (const Person& p : persons) {
      const Mention& x = ms[p.mention];
      if (x.end_token > i) break;
      if (p.hash != k.hash[0] || p.definite != definite || !TextEqual(p.surname, w)) continue;
      if (found >= 0 && ms[static_cast<size_t>(found)].record != x.record) ambiguous = true;
      found = static_cast<int32_t>(p.mention);
    }
    if (found < 0 || ambiguous) continue;
    // Where a name can stand.
    if (i > 0 && tokens[i - 1].sentence == t.sentence && !(t.prefixes & (kProWa | kProFa | kProLi | kProBi))) {
      const Token& before = tokens[i - 1];
      bool actor_before = next > 0 && ms[next - 1].end_token == i && ms[next - 1].is_actor;
      // Only after a verb (its subject or object), a particle (إن، مع، ضد) or another actor; after any other word,
      // known as a noun or not known at all (الوفد السوداني، بالموقف السوداني، عرين الأسد), the word qualifies it.
      if (before.kind == TokenKind::kWord && !(before.word_class & kWordFunction) && !verb_at(i - 1) && !actor_before) {
        continue;
      }
    }
    // Nor, where no verb stands before it and no و joins it to a list, with a word with the article after it
    // that is no name: the word is then a noun and that word its attribute (الأمين العام); a weekday there is the
    // date (الأسد الأحد). After a verb, such a word is the verb's object (وانتقد السوداني الضربات الأمريكية).
    const bool after_verb = i > 0 && tokens[i - 1].sentence == t.sentence && verb_at(i - 1);
    if (!after_verb && !(t.prefixes & (kProWa | kProFa)) && i + 1 < count && tokens[i + 1].sentence == t.sentence &&
        tokens[i + 1].kind == TokenKind::kWord &&
        IsDefinite(text, tokens[i + 1]) && !(tokens[i + 1].prefixes & (kProWa | kProFa | kProLi | kProBi)) &&
        !IsWeekday(bare(i + 1))) {
      size_t after = nationality_word ? next + 1 : next;  // the first mention after the word
      bool actor_after = after < ms.size() && ms[after].first_token == i + 1 && ms[after].is_actor;
      if (!actor_after) continue;
    }
    Mention& n = nationality_word ? ms[next] : added.emplace_back();
    n = ms[static_cast<size_t>(found)];
    NameAgainAt(&n, i, t);
  }
  MergeInTextOrder(&ms, &added);
}

}  // namespace rasad
