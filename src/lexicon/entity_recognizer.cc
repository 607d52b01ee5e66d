#include "lexicon/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "lexicon/place_name.h"
#include "lexicon/fixed_word.h"
#include "lexicon/lexicon_kinds.h"
#include "lexicon/foreigners_mention.h"
#include "lexicon/persons_named_again.h"

#include "text/arabic_normalizer.h"
#include "text/segmenter.h"
#include "text/demonstratives.h"
#include "text/utf8.h"
#include "text/word_set.h"
#include "text/definite.h"
#include "util/bytes_equal.h"

namespace rasad {
namespace {

// What an actor alive on the document's date adds to its score among the actors of one name: more than any context
// weight.
constexpr int kAliveOnTheDate = 1 << 16;

// Words of loyalty or belonging before لـ (bare matching form; lexicon/word_kinds.tsv kind loyal):
// موالون لـ، تابعة لـ.
bool IsLoyalWord(const Lexicon& lex, std::string_view w) { return (lex.word_kinds().Of(w) & kLoyalWord) != 0; }

// A patrol, one word (دورية، دوريات; bare matching form, ة as ه): a unit of forces that names its
// owner through لـ as an object does (دورية للجيش اللبناني) and is yet a doer.
bool IsPatrolWord(std::string_view bare) { return WordIs(bare, "دوريه") || WordIs(bare, "دوريات"); }

// سكان، أهالي، قاطني، مواطني: the people of a place (agents.tsv's residents and citizens), whose pronoun refers to
// a town or a state (OwnByPronoun). A closed class of nouns, as the patrol's above; أهل is left out: with a
// pronoun it is mostly a family (أهله).
bool IsInhabitantsWord(std::string_view bare) {
  static constexpr std::string_view kWords[] = {"سكان", "ساكن", "اهالي", "قاطني", "قاطنين", "قاطنون",
                                                "مواطني", "مواطنين", "مواطنون", "مواطن"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return TextEqual(bare, w); });
}

// Whether noun `t` can be in construct with the word after it (منطقة مرهونة): no article, no pronoun.
bool InConstruct(const AnalyzedText& text, const Token& t) {
  return t.suffix == Enclitic::kNone && !IsDefinite(text, t);
}

// Non-state armed groups: their fighters (مسلحو حركة الشباب) are coded with the group's sector, not
// as unidentified gunmen.
bool IsNonStateArmedSector(std::string_view s) {
  return WordIs(s, "REB") || WordIs(s, "SEP") || WordIs(s, "INS") || WordIs(s, "IMG") ||
         WordIs(s, "CRM");
}

// A state's armed or police forces (MIL, COP): the forces named in construct with one (قوات الجيش، قوات الشرطة), and
// the bodies joined by و before one nationality (قوات الأمن والجيش السورية).
bool IsStateForceSector(std::string_view s) { return WordIs(s, "MIL") || WordIs(s, "COP"); }

// The sectors of agents that name a role inside whatever organisation they belong to: forces, gunmen,
// authorities, head, officials, staff. A state's are its GOV, MIL ...; a named non-state organisation's
// are its own (قواته after قوات الدعم السريع, سلطات الحوثيين, رئيس حزب الوفد, موظفو الأونروا).
bool IsRoleSector(std::string_view s) {
  return WordIs(s, "GOV") || WordIs(s, "MIL") || WordIs(s, "COP") || WordIs(s, "SPY") ||
         WordIs(s, "UAF") || WordIs(s, "LAB");
}

// Investigators and medics of an international or non-governmental organisation are its staff
// (محققو الأمم المتحدة، مسعفو الهلال الأحمر); a party's or a group's keep their own sector.
bool IsStaffOf(std::string_view role, std::string_view organisation) {
  return (WordIs(role, "JUD") || WordIs(role, "HLH")) &&
         (WordIs(organisation, "IGO") || WordIs(organisation, "NGO"));
}

// Whether an object noun `m` is owned, through لـ, by the mention `n` after it: right after it
// (حاجز للجيش), or past up to two words of the object's phrase and a word of belonging (قافلة إمدادات
// تابعة للجيش). Without a word of belonging the object is indefinite: المنزل للشرطة is "the house
// to the police", منزل للشرطة "a house of the police".
bool OwnedThroughLi(const Lexicon& lex, const AnalyzedText& text, const Mention& m, const Mention& n) {
  if (n.first_token < m.end_token || n.first_token > m.end_token + 3) return false;
  if (text.tokens[m.first_token].sentence != text.tokens[n.first_token].sentence) return false;
  bool belonging = false;
  int words = 0;
  for (uint32_t k = m.end_token; k < n.first_token; ++k) {
    const Token& t = text.tokens[k];
    if (t.kind != TokenKind::kWord || (t.prefixes & (kProWa | kProFa | kProBi | kProLi | kProKa))) return false;
    if (IsLoyalWord(lex, BareWord(text.Stem(t)))) {
      belonging = true;
      continue;
    }
    if (belonging || (t.prefixes & kProAl)) return false;
    ++words;
  }
  return words <= 2 && (belonging || !(text.tokens[m.first_token].prefixes & kProAl));
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The UTF-8 continuation bytes (10xxxxxx) among the eight bytes of `x`: a byte's top bit set and the bit below
// it clear, summed by the multiply into the top byte.
uint64_t ContinuationBytes(uint64_t x) {
  constexpr uint64_t kTops = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  return (((x & ~(x << 1) & kTops) >> 7) * kOnes) >> 56;
}
uint64_t Load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// Letters(s) >= n: asked of every word after a possible first name, of the words after a place noun and of
// composition's heads. (A code point is one to four bytes of the text's UTF-8: the size answers most words before
// any is counted. The rest, an Arabic word of two to four letters a byte more or less, are counted eight bytes at
// a time, the last eight overlapping those counted shifted off (the bytes of a little-endian load are in memory
// order): a byte at a time, the count cost three instructions a byte.)
bool AtLeastLetters(std::string_view s, size_t n) {
  if (s.size() >= 4 * n) return true;
  if (s.size() < n) return false;
  static_assert(std::endian::native == std::endian::little);
  const char* p = s.data();
  size_t left = s.size(), continuation = 0;
  if (left < 8) {
    for (unsigned char c : s) continuation += (c & 0xC0) == 0x80;
  } else {
    for (; left > 8; p += 8, left -= 8) continuation += ContinuationBytes(Load8(p));
    continuation += ContinuationBytes(Load8(s.data() + s.size() - 8) >> (8 * (8 - left)));
  }
  return s.size() - continuation >= n;
}

// (The numbers and flags first, in the record's first 16 bytes, and the payloads after them: most passes over a
// text's matches read only these, and in a long article the list outgrows the data cache. The corrected name is a
// view of the lexicon's own string, no copy: a record of 56 bytes where one of 80 with a string spread the flags
// over two cache lines.)
struct RawMatch {
  uint32_t first = 0, length = 0;
  bool corrected = false;
  bool weak = false;  // made only of common words: needs context to count as a name
  // One word that is also a common word of news (places/common_words.tsv).
  Lexicon::CommonWord common = Lexicon::CommonWord::kNone;
  // A shorter name inside a name of generic wording (the match before it): it counts only when the
  // context refuses that name, and says nothing of the context before.
  bool fallback = false;
  // The proclitic read off the first word here, where the text layer left it on (cliticked_name).
  uint8_t clitic = 0;
  // The name starts with the first word whole, proclitics the text layer read off it included (كيم
  // of Kim Yo Jong, read ك + يم "sea"): the mention has none of those proclitics.
  bool whole_first = false;
  // The kinds of entry the payloads held when the match was made (KindBit of each; all for a match made
  // otherwise): a pass that asks for a kind passes over a match without it at once. Payloads are only ever
  // taken away, so the bits stay a superset.
  uint8_t kinds = 0xFF;
  // A place's name inside a longer foreign name (inside_foreign_name in Recognize), asked by two passes: the
  // first, the country context, keeps the answer for the second. (In the byte the alignment left.)
  bool in_foreign_name = false;
  std::vector<uint32_t> payloads;
  // The dictionary's word a corrected name was read as (a string the lexicon owns: a place's name, a word of the
  // matcher's), empty when the name is not corrected.
  std::string_view corrected_to = {};
};

constexpr uint8_t KindBit(EntryKind kind) { return static_cast<uint8_t>(1u << static_cast<unsigned>(kind)); }

// True when token `tok` is a noun in the indefinite accusative (شابا، جنديا: the alif of its tanwin),
// which the genitive of a construct never is: a word without article or pronoun whose form without
// its final ا names one of `entries` too.
bool IndefiniteAccusative(const Lexicon& lex, const AnalyzedText& text, uint32_t tok,
                          const std::vector<uint32_t>& entries) {
  const Token& t = text.tokens[tok];
  if ((t.prefixes & kProAl) || t.suffix != Enclitic::kNone) return false;
  constexpr std::string_view kAlif = "ا";
  std::string_view w = BareWord(text.Stem(t));
  if (!WordEndsWith(w, kAlif) || w.size() < 3 * kAlif.size()) return false;
  const PhraseMatcher& pm = lex.matcher();
  uint32_t id = pm.WordId(w.substr(0, w.size() - kAlif.size()));
  const std::vector<uint32_t>* payloads = id == PhraseMatcher::kNoWord ? nullptr : pm.Payloads(pm.Step(0, id));
  if (payloads == nullptr) return false;
  return std::any_of(entries.begin(), entries.end(), [&](uint32_t p) {
    return std::find(payloads->begin(), payloads->end(), p) != payloads->end();
  });
}

// The demonym of `country` whose indefinite accusative token `tok` is (سوريا: سوري + ا), or -1.
int32_t AccusativeDemonym(const Lexicon& lex, const AnalyzedText& text, uint32_t tok, std::string_view country) {
  constexpr std::string_view kAlif = "ا";
  std::string_view w = BareWord(text.Stem(text.tokens[tok]));
  if (!WordEndsWith(w, kAlif) || w.size() < 3 * kAlif.size()) return -1;
  const PhraseMatcher& pm = lex.matcher();
  uint32_t id = pm.WordId(w.substr(0, w.size() - kAlif.size()));
  const std::vector<uint32_t>* payloads = id == PhraseMatcher::kNoWord ? nullptr : pm.Payloads(pm.Step(0, id));
  if (payloads == nullptr) return -1;
  for (uint32_t p : *payloads) {
    EntryRef ref = EntryRef::Unpack(p);
    if (ref.kind == EntryKind::kDemonym && lex.demonyms()[ref.index].country == country) {
      return static_cast<int32_t>(ref.index);
    }
  }
  return -1;
}

// True when token `tok` is the indefinite accusative of a singular nationality (فلسطينيا: فلسطيني + ا), a word
// without article or pronoun.
bool AccusativeNationality(const Lexicon& lex, const AnalyzedText& text, uint32_t tok) {
  constexpr std::string_view kAlif = "ا";
  const Token& t = text.tokens[tok];
  if ((t.prefixes & kProAl) || t.suffix != Enclitic::kNone) return false;
  std::string_view w = BareWord(text.Stem(t));
  if (!WordEndsWith(w, "يا") || w.size() < 4 * kAlif.size()) return false;
  const PhraseMatcher& pm = lex.matcher();
  uint32_t id = pm.WordId(w.substr(0, w.size() - kAlif.size()));
  const std::vector<uint32_t>* payloads = id == PhraseMatcher::kNoWord ? nullptr : pm.Payloads(pm.Step(0, id));
  if (payloads == nullptr) return false;
  return std::any_of(payloads->begin(), payloads->end(),
                     [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kDemonym; });
}

constexpr uint8_t kAttachingClitics = kProWa | kProFa | kProBi | kProLi | kProKa;

// شمال، جنوب، شرق، غرب (and their adjectives شمالي ...)، قرب: a word that names a place by its direction from another.
bool IsDirectionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب"};
  for (std::string_view d : kWords) {
    if (TextEqual(w, d)) return true;
  }
  return false;
}

// معسكر اليرموك جنوب طرابلس، جنوب العاصمة طرابلس: where a place ending before token `k` (of sentence `sentence`) is
// named by its direction from a town, the token the town must start at (past the word of direction and a place
// noun before the town), read only before `limit`; `k` itself where no word of direction follows.
uint32_t TownAfterDirection(const Lexicon& lex, const AnalyzedText& text, const TokenKeys& keys, uint32_t k,
                            uint32_t sentence, uint32_t limit) {
  auto same_sentence = [&](uint32_t t) { return t < limit && text.tokens[t].sentence == sentence; };
  if (!same_sentence(k)) return k;
  const Token& d = text.tokens[k];
  if (d.kind != TokenKind::kWord || d.prefixes != 0 || !IsDirectionWord(BareWord(text.Norm(d)))) return k;
  uint32_t j = k + 1;
  if (same_sentence(j) && (lex.word_kinds().Of(keys.tokens[j]) & kPlaceNounWord)) ++j;
  return j;
}

// std::any_of and std::all_of over a match's payloads (one to three, mostly), as plain loops: the
// library's, unrolled by four, cost more on such short lists, asked of every match.
template <typename Pred>
[[gnu::always_inline]] inline bool AnyPayload(const std::vector<uint32_t>& payloads, Pred pred) {
  for (uint32_t p : payloads) {
    if (pred(p)) return true;
  }
  return false;
}
template <typename Pred>
[[gnu::always_inline]] inline bool AllPayloads(const std::vector<uint32_t>& payloads, Pred pred) {
  for (uint32_t p : payloads) {
    if (!pred(p)) return false;
  }
  return true;
}
// std::erase_if over a match's payloads, as a plain loop for the same reason (pred is asked of each payload once, in
// order, as there).
template <typename Pred>
[[gnu::always_inline]] inline void ErasePayloads(std::vector<uint32_t>* payloads, Pred pred) {
  uint32_t* const data = payloads->data();
  const size_t count = payloads->size();
  size_t kept = 0;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t p = data[i];
    if (!pred(p)) data[kept++] = p;
  }
  if (kept != count) payloads->resize(kept);
}

// The organisation of person `x`'s title (الأمين العام لحزب الله نعيم قاسم، زعيم حزب العمال الكردستاني عبد
// الله أوجلان), his affiliation in the dictionaries, when the first word of its name is one of the words of
// x's mention before the person's name: that word's token in `*head`. Else -1.
int32_t TitleOrganisation(const Lexicon& lex, const AnalyzedText& text, const Mention& x, uint32_t* head) {
  if (x.record < 0 || x.end_token < x.first_token + 3) return -1;
  const ActorRecord& person = lex.record(x.record);
  if (!person.is_person || person.affiliation.empty()) return -1;
  int64_t o = lex.FindActorOn(person.affiliation, person.from);
  if (o < 0 || lex.record(o).is_person || lex.record(o).is_state) return -1;
  std::string_view name = lex.record(o).name_ar;
  const std::string first_word = ArabicNormalizer::Get().Normalize(name.substr(0, name.find(' ')));
  for (uint32_t k = x.first_token + 1; k + 1 < x.end_token; ++k) {
    std::string_view w = BareWord(text.Stem(text.tokens[k]));
    if (w.size() > 4 && WordStartsWith(w, "ال")) w.remove_prefix(4);
    if (!w.empty() && TextEqual(w, BareWord(first_word))) {
      *head = k;
      return static_cast<int32_t>(o);
    }
  }
  return -1;
}

// A group or body named again by the bare head of its name, with the article and nothing after it (الجيش
// after الجيش الإسرائيلي، الحزب after حزب الله، الحركة after حركة الشباب، الحكومة after حكومة الوحدة الوطنية),
// is the one named before, the nearest in the document, as a reader takes it: its record, country and
// sector, wherever the events are told (قتل الجيش الإسرائيلي خمسة في جنين. واعتقل الجيش عشرين: Israel's
// army, not Palestine's). The army and the forces name each other so (الجيش، القوات). A noun that says
// more (القوات الحكومية، هيئة الأركان) is another body.
// (Forced inline into its one caller, as GCC inlined it before its table: called out of line it cost
// about 0.25 M instructions more per pass over one-sentence documents.)
[[gnu::always_inline]] inline void ResolveNamedAgain(const Lexicon& lex, const AnalyzedText& text,
                                                     std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  // (The word list keeps some words whole with their article, القوات: the head is compared without it.)
  auto head_at = [&](uint32_t k) {
    std::string_view w = BareWord(text.Stem(text.tokens[k]));
    return w.size() > 4 && WordStartsWith(w, "ال") ? w.substr(4) : w;
  };
  auto head = [&](const Mention& x) { return head_at(x.first_token); };
  auto army = [](std::string_view w) { return WordIs(w, "جيش") || WordIs(w, "قوات"); };
  // The nearest earlier mention that may be named again, per head, and the nearest army or forces of
  // sector MIL, over the mentions before `indexed` (each final once the loop has passed it): found
  // once per mention instead of a walk back over the document for each bare noun (quadratic in a long
  // article). Filled from the first bare noun on; a document has few distinct heads.
  // (A person titled by an organisation, الأمين العام لحزب الله نعيم قاسم، زعيم حزب العمال الكردستاني عبد
  // الله أوجلان, names that organisation too, when the head of its name is written in the title: الحزب after
  // him is the organisation, his affiliation in the dictionaries, not the person.)
  struct Named {
    std::string_view head;
    size_t at;
    int32_t record;  // the organisation of a person's title, or -1: the mention's own
  };
  // (Kept per thread, as the matches are: growing a new list took an allocation or more per document with a bare
  // noun, each dearer than the look-ups it serves.)
  thread_local std::vector<Named> kept_last_of_head;
  std::vector<Named>& last_of_head = kept_last_of_head;
  last_of_head.clear();
  // (A plain loop: std::find_if's unrolled one cost more on lists this short.)
  auto note = [&](std::string_view xh, size_t at, int32_t record) {
    for (Named& e : last_of_head) {
      if (TextEqual(e.head, xh)) {
        e.at = at;
        e.record = record;
        return;
      }
    }
    last_of_head.push_back({xh, at, record});
  };
  size_t last_army = SIZE_MAX;
  size_t indexed = 0;
  for (size_t k = 1; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (!m.is_actor || m.object || m.record >= 0 || m.agent < 0 || !m.country.empty() ||
        m.end_token != m.first_token + 1) {
      continue;
    }
    const Token& w = text.tokens[m.first_token];
    AgentKind kind = lex.agents()[m.agent].kind_id;
    // (With ل or ب too: مقرات تابعة للهيئة، أشاد بالحزب.)
    const uint8_t clitics = w.prefixes & ~(kProWa | kProFa | kProLi | kProBi);
    bool definite = clitics == kProAl || (clitics == 0 && WordStartsWith(text.Stem(w), "ال"));
    if (!definite || w.suffix != Enclitic::kNone ||
        (kind != AgentKind::kGroup && kind != AgentKind::kBody)) {
      continue;
    }
    std::string_view h = head(m);
    for (; indexed < k; ++indexed) {
      const Mention& x = ms[indexed];
      if (!x.is_actor || x.object || WordIs(x.sector, "MED") ||
          (x.record < 0 && x.country.empty() && x.inferred_country.empty())) {
        continue;
      }
      std::string_view xh = head(x);
      note(xh, indexed, -1);
      uint32_t title_head = 0;
      if (int32_t o = TitleOrganisation(lex, text, x, &title_head); o >= 0) note(head_at(title_head), indexed, o);
      if (army(xh) && WordIs(x.sector, "MIL")) last_army = indexed;
    }
    // The nearest with the same head, or an army or forces for an army or forces of sector MIL.
    size_t j = SIZE_MAX;
    int32_t organisation = -1;
    for (const Named& e : last_of_head) {
      if (TextEqual(e.head, h)) j = e.at, organisation = e.record;
    }
    if (organisation >= 0) {
      const ActorRecord& o = lex.record(organisation);
      m.record = organisation;
      m.country = o.country;
      if (!o.sector.empty()) m.sector = o.sector;
      continue;
    }
    if (army(h) && WordIs(m.sector, "MIL") && last_army != SIZE_MAX && (j == SIZE_MAX || last_army > j)) {
      j = last_army;
    }
    if (j == SIZE_MAX) continue;
    const Mention& x = ms[j];
    // (A generic one named with its nationality gives the country as inferred: الحكومة after الحكومة الهولندية
    // is the same unnamed body.)
    m.record = x.record;
    if (x.record >= 0) {
      m.country = x.country;
    } else {
      m.inferred_country = x.country.empty() ? x.inferred_country : x.country;
    }
    if (!x.sector.empty()) m.sector = x.sector;
    m.entries.insert(m.entries.end(), x.entries.begin(), x.entries.end());
  }
}

// An organisation named again by the head noun of its name, with the article and nothing that qualifies
// it after (وكانت الحركة قد سيطرت after حركة إم 23، المجلس after المجلس الانتقالي الجنوبي، الهيئة after هيئة
// تحرير الشام), is the one named before, the nearest in the document, as a reader takes it; an armed
// group may be named again by any head noun of armed groups (ويفرض التنظيم حصارا after جماعة نصرة
// الإسلام والمسلمين). The head nouns are lexicon/word_kinds.tsv's organisation_head and armed_group_head;
// the word is no mention of its own (heads the dictionaries read as agents, الحزب، الحكومة، الجيش, are
// ResolveNamedAgain's). A head with an attribute after it (الحركة الاحتجاجية) is another thing.
// (`lookups` are the text's Recognition::token_lookups, whose kinds of each word are read here.)
void AddOrganisationsNamedAgain(const Lexicon& lex, const AnalyzedText& text, const TokenKeys& keys,
                                const Recognition::WordLookup* lookups, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  constexpr uint32_t kHeads = kOrganisationHead | kArmedGroupHead;
  auto head_kinds = [&](uint32_t tok) { return lookups[tok].kinds & kHeads; };
  // The head noun of a named organisation's mention: its first word of a head kind with more of the name
  // after it (حركة in حركة الشباب، جماعة in مسلحو جماعة نصرة الإسلام), or UINT32_MAX.
  // (A person titled by an organisation, رئيس المكتب السياسي لحركة حماس خليل الحية, names it too: the
  // organisation is his affiliation in the dictionaries, in `*record`.)
  auto head_of = [&](const Mention& x, int32_t* record) {
    *record = -1;
    if (!x.is_actor || x.record < 0 || x.object) return UINT32_MAX;
    if (lex.records()[x.record].is_person) {
      uint32_t k = UINT32_MAX;
      int32_t o = TitleOrganisation(lex, text, x, &k);
      if (o < 0 || head_kinds(k) == 0) return UINT32_MAX;
      *record = o;
      return k;
    }
    for (uint32_t k = x.first_token; k + 1 < x.end_token; ++k) {
      if (head_kinds(k) != 0) return k;
    }
    return UINT32_MAX;
  };
  // The document's named organisations, in text order: (mention, head token, the organisation of a person's
  // title or -1), each found once.
  struct Organisation {
    size_t mention;
    uint32_t head;
    int32_t record;
  };
  // (Kept per thread, as the matches are: a new list took an allocation for nearly every document.)
  thread_local std::vector<Organisation> kept_organisations;
  std::vector<Organisation>& organisations = kept_organisations;
  organisations.clear();
  for (size_t j = 0; j < ms.size(); ++j) {
    int32_t record = -1;
    if (uint32_t h = head_of(ms[j], &record); h != UINT32_MAX) organisations.push_back({j, h, record});
  }
  if (organisations.empty()) return;
  auto first = ms.begin() + static_cast<std::ptrdiff_t>(organisations.front().mention);
  auto armed = [](std::string_view sector) {
    return WordIs(sector, "REB") || WordIs(sector, "INS") || WordIs(sector, "UAF");
  };
  std::vector<Mention> added;
  size_t next = static_cast<size_t>(first - ms.begin());  // the first mention not ending before the token
  const uint32_t count = static_cast<uint32_t>(text.tokens.size());
  for (uint32_t i = first->end_token; i < count; ++i) {
    // (The word's kinds first: most words are no head noun, and are passed at one test. `next` is brought up to
    // the word only for a head noun; it depends on the word alone.)
    const uint32_t kinds = head_kinds(i);
    if (kinds == 0) continue;
    while (next < ms.size() && ms[next].end_token <= i) ++next;
    if (next < ms.size() && ms[next].first_token <= i) continue;  // inside a mention
    const Token& t = text.tokens[i];
    // (With ل or ب too: مواقع للحركة، أشاد بالحركة.)
    if (t.kind != TokenKind::kWord || t.suffix != Enclitic::kNone ||
        (t.prefixes & ~(kProWa | kProFa | kProLi | kProBi)) != kProAl) {
      continue;
    }
    // (A definite word after it that starts no actor is its attribute, الحركة الاحتجاجية; an actor there is
    // the object of the verb before, واتهمت الحركة الحكومة.)
    bool actor_after = next < ms.size() && ms[next].first_token == i + 1 && ms[next].is_actor;
    if (i + 1 < count && text.tokens[i + 1].sentence == t.sentence && text.tokens[i + 1].kind == TokenKind::kWord &&
        text.tokens[i + 1].prefixes == kProAl && !actor_after) {
      continue;
    }
    // (After a demonstrative, هذا التنظيم، هذه الحركة, the coder's reference by demonstrative reads it.)
    if (i > 0 && IsDemonstrative(BareWord(text.Norm(text.tokens[i - 1])))) continue;
    // The genitive of a common noun (حرية الحركة، سوء التنظيم، إعادة التنظيم) is the word's common sense;
    // after an agent (قادة الحركة، عناصر التنظيم) or a noun with a clitic (باسم الحركة) it is the group; so
    // is a word with ل, which is no genitive (مواقع للحركة).
    if (i > 0 && text.tokens[i - 1].sentence == t.sentence && !(t.prefixes & kProLi)) {
      const Token& before = text.tokens[i - 1];
      bool actor_before = next > 0 && ms[next - 1].end_token == i && ms[next - 1].is_actor;
      if (before.kind == TokenKind::kWord && before.prefixes == 0 && before.suffix == Enclitic::kNone &&
          (before.word_class & kWordNoun) && !(before.word_class & (kWordVerb | kWordFunction)) && !actor_before) {
        continue;
      }
    }
    std::string_view h = keys.tokens[i].key[0];
    for (size_t o = organisations.size(); o-- > 0;) {
      const auto [j, xh, record] = organisations[o];
      if (j >= next) continue;  // named after the word
      const Mention& x = ms[j];
      std::string_view sector = record >= 0 ? std::string_view(lex.record(record).sector) : std::string_view(x.sector);
      bool same = TextEqual(keys.tokens[xh].key[0], h) ||
                  ((kinds & kArmedGroupHead) && (head_kinds(xh) & kArmedGroupHead) && armed(sector));
      if (!same) continue;
      Mention& n = added.emplace_back(x);
      if (record >= 0) {
        n.record = record;
        n.country = lex.record(record).country;
        n.sector = lex.record(record).sector;
        n.agent = -1;
      }
      NameAgainAt(&n, i, t);
      break;
    }
  }
  MergeInTextOrder(&ms, &added);
}

// A person, or a title with a given name after it, in the construct of a site named after a person (word_kinds.tsv's
// named_site: مطار الملك خالد الدولي، مستشفى الملك فهد، جامعة الملك سعود، شارع الرئيس الحبيب بورقيبة) is a part of the
// site's name: no king, prince or president of the sentence, who would be read as its target or its source. (Once
// per mention, after the titles are joined: the word before is looked up only for a person or an office.)
void DropSiteNames(const Lexicon& lex, const AnalyzedText& text, const TokenKeys& keys,
                   const Recognition::WordLookup* lookups, std::vector<Mention>* mentions) {
  auto in_site_name = [&](const Mention& m) {
    if (!m.is_actor || m.object || m.is_place() || m.first_token == 0 || (m.prefixes & ~kProAl) != 0) return false;
    bool person = m.record >= 0 && lex.record(m.record).is_person;
    bool title = !person && m.record < 0 && m.agent >= 0 && (m.prefixes & kProAl) &&
                 lex.agents()[m.agent].kind_id == AgentKind::kOffice && m.end_token == m.first_token + 1;
    if (!person && !title) return false;
    const Token& site = text.tokens[m.first_token - 1];
    uint32_t sentence = text.tokens[m.first_token].sentence;
    if (site.kind != TokenKind::kWord || site.sentence != sentence || (site.prefixes & kProAl) ||
        site.suffix != Enclitic::kNone ||
        !(lex.word_kinds().Of(keys.tokens[m.first_token - 1]) & kNamedSiteWord)) {
      return false;
    }
    if (person) return true;
    // A title alone needs the given name after it, a bare word of no kind (الملك خالد، الملك فيصل): مستشفى الملك في
    // is no site named.
    uint32_t e = m.end_token;
    if (e >= text.tokens.size()) return false;
    const Token& name = text.tokens[e];
    return name.kind == TokenKind::kWord && name.sentence == sentence && name.prefixes == 0 && lookups[e].kinds == 0;
  };
  std::erase_if(*mentions, in_site_name);
}

// Whether a mention took an office among its entries: a person named with his title (الرئيس المخلوع عمر البشير).
bool TitledByOffice(const Lexicon& lex, const Mention& x) {
  for (uint32_t p : x.entries) {
    EntryRef ref = EntryRef::Unpack(p);
    if (ref.kind == EntryKind::kAgent && lex.agents()[ref.index].kind_id == AgentKind::kOffice) return true;
  }
  return false;
}

}  // namespace

namespace detail {

bool WithinOneEditFromEnds(std::string_view a, std::string_view b) {
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  size_t prefix = 0;
  while (prefix < a.size() && a[prefix] == b[prefix]) ++prefix;
  if (prefix == a.size() && prefix == b.size()) return true;
  while (prefix > 0 && ((prefix < a.size() && continuation(a[prefix])) || continuation(b[prefix]))) --prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) ++suffix;
  while (suffix > 0 && continuation(a[a.size() - suffix])) --suffix;
  auto code_points = [&](std::string_view s) {
    size_t n = 0;
    for (size_t k = prefix; k < s.size() - suffix; ++k) n += !continuation(s[k]);
    return n;
  };
  return code_points(a) <= 1 && code_points(b) <= 1;
}

}  // namespace detail

bool EntityRecognizer::IsNationality(PhraseMatcher::Roots roots) const {
  const std::vector<uint32_t>* payloads = lex_->matcher().Payloads(roots.node[0]);
  if (payloads == nullptr) return false;
  for (uint32_t p : *payloads) {
    EntryKind k = EntryRef::Unpack(p).kind;
    if (k == EntryKind::kDemonym || k == EntryKind::kCountry) return true;
  }
  return false;
}

namespace {
// ComputeKeysAndLookups for a token whose type has no entry in out->type_lookups yet (a word met for the first
// time, a number, a sign): its keys, its look-up into `lookup_out`, and the entry where the keys' hashes are kept.
// (Out of line: inlined, its registers were saved and restored around every token of the loop.)
template <typename LookUp>
[[gnu::noinline]] void KeysAndLookupOfNew(const AnalyzedText& text, uint32_t i, Recognition* out,
                                          Recognition::WordLookup* lookup_out, const LookUp& look_up_word) {
  // (A Run of its own: the loop's stays in registers.)
  TokenKeys::Run run(&out->keys, text);
  const uint32_t type = text.tokens[i].type;
  // A token with no keys (a sign or a number; these have no word type, so a memo would compute their
  // look-up every time) starts no name and is no word of any kind: the empty look-up.
  const TokenKeys::Keys& keys = run.At(i);
  if (keys.count == 0) {
    *lookup_out = Recognition::WordLookup();
    return;
  }
  const Recognition::WordLookup lookup = look_up_word(keys);
  *lookup_out = lookup;
  // (Kept where the keys' hashes are: a type whose keys are not, or a token with no type, is looked up each time.)
  if (const TokenKeys::TypeHashes* hashes = run.Kept(type)) {
    std::vector<Recognition::TypeLookup>& types = out->type_lookups;
    if (type >= types.size()) types.resize(std::max<size_t>(type + 1, 2 * types.size()));
    types[type] = {*hashes, lookup};
  }
}

// The keys of every token of `text` and its look-up (`look_up_word` of its keys, kept per word type), into
// out->keys and `lookups_out`: Recognize's first loop, in a function of its own, where the arrays it reads stay
// in registers (in Recognize's body they were read again from the stack for every token). A word met before
// reads its keys' hashes and its look-up from one entry of out->type_lookups.
template <typename LookUp>
[[gnu::noinline]] void ComputeKeysAndLookups(const AnalyzedText& text, Recognition* out,
                                             Recognition::WordLookup* lookups_out, const LookUp& look_up_word) {
  const uint32_t token_count = static_cast<uint32_t>(text.tokens.size());  // (read once: see TokenKeys::Compute)
  const Token* const tokens = text.tokens.data();
  TokenKeys::Run keys_run(&out->keys, text);
  TokenKeys::Keys* const keys_out = out->keys.tokens.data();
  const Recognition::TypeLookup* known = out->type_lookups.data();
  size_t known_count = out->type_lookups.size();
  for (uint32_t i = 0; i < token_count; ++i) {
    const Token& t = tokens[i];
    if (t.type < known_count && known[t.type].hashes.count != 0) {
      keys_run.AtKnown(i, t, known[t.type].hashes);
      lookups_out[i] = known[t.type].lookup;
      continue;
    }
    // A sign starts no name and is no word of any kind: the empty look-up. (Inline: a sign has no word type.)
    // (Its keys as TokenKeys::Run::At writes them.)
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      TokenKeys::Keys& k = keys_out[i];
      k.count = 0;
      k.type = t.type;
      k.digits = false;
      k.attached = false;
      lookups_out[i] = Recognition::WordLookup();
      continue;
    }
    KeysAndLookupOfNew(text, i, out, lookups_out + i, look_up_word);
    known = out->type_lookups.data();
    known_count = out->type_lookups.size();
  }
}
}  // namespace

void EntityRecognizer::Recognize(const AnalyzedText& text, std::string_view date, Recognition* out) const {
  // The text's tokens, read through a local pointer: the stores below may alias the vector's, so the
  // compiler would read it again at every use.
  const Token* const tokens = text.tokens.data();
  std::vector<std::vector<uint32_t>>& spare = out->spare_entries;
  // A list of payloads whose memory the next matches can take (a mention's entries, a match's payloads).
  auto recycle = [&](std::vector<uint32_t>* v) {
    if (v->capacity() == 0) return;
    v->clear();
    spare.push_back(std::move(*v));
  };
  for (Mention& m : out->mentions) recycle(&m.entries);
  // The dictionary matches of a text and its place-typo candidates, kept per thread: their memory, and
  // that of the payloads of the matches that made no mention, serve the next text.
  thread_local std::vector<RawMatch> kept_raws;
  thread_local std::vector<uint32_t> kept_typo_candidates;
  std::vector<RawMatch>& raws = kept_raws;
  for (RawMatch& r : raws) recycle(&r.payloads);
  raws.clear();
  std::vector<uint32_t>& place_typo_candidates = kept_typo_candidates;
  place_typo_candidates.clear();
  // A copy of a match's payloads, in a spare buffer when there is one.
  auto payloads_copy = [&](const std::vector<uint32_t>& payloads) {
    std::vector<uint32_t> v;
    if (!spare.empty()) {
      v = std::move(spare.back());
      spare.pop_back();
    }
    v.assign(payloads.begin(), payloads.end());
    return v;
  };
  out->mentions.clear();
  out->context.clear();
  out->token_mention.assign(text.tokens.size(), -1);
  // (The keys are computed in the loop below, each token's just before its look-up: one pass.)
  out->keys.Start(text);
  const PhraseMatcher& pm = lex_->matcher();
  const uint32_t token_count = static_cast<uint32_t>(text.tokens.size());  // (read once: see TokenKeys::Compute)
  // (Grown only: a vector resized up value-initializes its new entries, which the loop below writes over; the
  // entries past this text's tokens are an earlier text's, and nothing reads them.)
  if (out->token_lookups.size() < token_count) out->token_lookups.resize(token_count);
  // (Written and read through a local pointer: the stores may alias the vector's, so the compiler would read it
  // again on every token.)
  Recognition::WordLookup* const lookups_out = out->token_lookups.data();
  constexpr std::string_view kPatrol = "دوريه";  // (bare: see patrol below)
  if (out->type_lookups_owner != &pm || out->type_lookups_generation != out->keys.generation) {
    out->type_lookups_owner = &pm;
    out->type_lookups_generation = out->keys.generation;
    out->type_lookups.clear();
  }
  // What the lexicon says of a word (of a type not met yet). (Made once, before the loop, passed by reference.)
  const auto look_up_word = [&](const TokenKeys::Keys& k) {
    Recognition::WordLookup l;
    l.roots = pm.RootsOf(k);
    const uint64_t kinds = lex_->word_kinds().Of(k);
    l.kinds = static_cast<uint8_t>(kinds);
    l.vehicle = (kinds & kVehicleWord) != 0;
    l.territory = static_cast<uint8_t>(lex_->TerritoryNoun(k));
    l.common = lex_->CommonPlaceWord(k);
    l.nationality = IsNationality(l.roots);
    const uint32_t first_node = l.roots.node[0] != 0 ? l.roots.node[0] : l.roots.node[1];
    l.person_first = first_node != 0 && !lex_->PersonNameCandidatesAfter(first_node).names.empty();
    l.patrol = TextEqual(k.key[0], kPatrol);
    // (The bare stem, key[0], is the stem itself for a word that starts with one of these.)
    static constexpr std::pair<std::string_view, uint8_t> kClitics[] = {
        {"و", kProWa}, {"ف", kProFa}, {"ب", kProBi}, {"ل", kProLi}, {"ك", kProKa}};
    // The stem first; then the whole word, where the text layer read a pronoun off its end: بغانا،
    // لأستانا، بفيينا are ب + غانا ... , not بغا + نا (the clitic reading of a name must not eat the
    // name's last letters).
    for (int key = 0; key < k.count && l.clitic == 0 && !l.roots.any(); ++key) {
      std::string_view word = k.key[key];
      for (const auto& [letter, bit] : kClitics) {
        // (Sizes first, and the letter's bytes compared inline: starts_with was a call to compare.)
        if (word.size() < 4 * letter.size() || !BytesEqual(word.data(), letter.data(), letter.size())) continue;
        l.clitic_rest = pm.WordId(BareWord(word.substr(letter.size())));
        if (l.clitic_rest != PhraseMatcher::kNoWord) {
          l.clitic = bit;
          l.clitic_on_whole = key == 1;
        }
        break;
      }
    }
    l.read_on = l.roots.any() || l.clitic != 0 || l.patrol;
    return l;
  };
  ComputeKeysAndLookups(text, out, lookups_out, look_up_word);
  // roots[i]: where token i's keys enter the trie (its WordLookup's).
  struct {
    const Recognition::WordLookup* lookups;
    const PhraseMatcher::Roots& operator[](size_t i) const { return lookups[i].roots; }
  } const roots{out->token_lookups.data()};
  auto is_place_noun = [&](uint32_t i) { return (lookups_out[i].kinds & kPlaceNounWord) != 0; };
  // A word's bare stem, BareWord(text.Stem(tokens[i])), read from its keys; empty for a token that is
  // no word (a number or a sign, none of the words it is compared with).
  auto bare_word_at = [&](uint32_t i) {
    const TokenKeys::Keys& k = out->keys.tokens[i];
    return k.count != 0 ? k.key[0] : std::string_view();
  };
  // IsNationality(roots[i]), kept per word type.
  auto nationality_at = [&](uint32_t i) { return lookups_out[i].nationality; };
  // وحدات من جبهة البوليساريو: a noun named by من and a name right after it (only a name starts there), which may own
  // a noun that names an agent only when owned (keep_owned below asks whether it does).
  // (من with no clitic, the partitive or the owner's preposition: a unit "of" a body.)
  auto bare_min = [&](const Token& of) {
    return of.kind == TokenKind::kWord && of.prefixes == 0 && of.suffix == Enclitic::kNone && WordIs(text.Stem(of), "من");
  };
  auto of_name_after = [&](uint32_t i, uint32_t end) {
    return i + 2 < end && roots[i + 2].any() && bare_min(text.tokens[i + 1]);
  };
  // قتل متظاهرون برصاص الأمن، أصيب شاب بنيران الأمن، اعتقل على يد الأمن: right after a phrase of agency a noun that
  // names an agent only when owned (الأمن) is the doer, the security forces of the state the news is in, not the
  // abstract noun: gunfire and hands are an agent's. Whether the word at i stands there.
  auto after_agency_phrase = [&](uint32_t i) {
    if (i == 0) return false;
    const Token& by = text.tokens[i - 1];
    if (by.kind != TokenKind::kWord || by.suffix != Enclitic::kNone || by.sentence != text.tokens[i].sentence) {
      return false;
    }
    std::string_view w = BareWord(text.Stem(by));
    // (The text layer may leave ب on: hunspell-ar lists برصاص whole.)
    if (by.prefixes == kProBi) return WordIs(w, "رصاص") || WordIs(w, "نيران");
    if (by.prefixes == 0 && (WordIs(w, "برصاص") || WordIs(w, "بنيران"))) return true;
    return by.prefixes == 0 && WordIs(w, "يد") && i >= 2 && text.tokens[i - 2].prefixes == 0 &&
           WordIs(BareWord(text.Stem(text.tokens[i - 2])), "علي");
  };

  // وحدة إسرائيلية خاصة، القوات الأمريكية الخاصة: Arabic puts the nationality before the other
  // adjectives, so the two words of an agent "X Y" (وحدة خاصة) can stand around a nationality. The
  // agent's payloads when token i is X, i + 1 a nationality and i + 2 Y; composition then joins X to
  // the nationality.
  auto split_agent = [&](uint32_t i, uint32_t end) -> const std::vector<uint32_t>* {
    if (i + 2 >= end || !roots[i].any() || !nationality_at(i + 1)) return nullptr;
    if ((tokens[i + 1].prefixes & kAttachingClitics) || (tokens[i + 2].prefixes & kAttachingClitics)) {
      return nullptr;
    }
    const TokenKeys::Keys& x = out->keys.tokens[i];
    const TokenKeys::Keys& y = out->keys.tokens[i + 2];
    for (int a = 0; a < x.count; ++a) {
      uint32_t node = roots[i].node[a];
      if (node == 0) continue;
      for (int b = 0; b < y.count; ++b) {
        uint32_t second = pm.WordId(y.key[b], y.hash[b]);
        if (second == PhraseMatcher::kNoWord) continue;
        const std::vector<uint32_t>* payloads = pm.Payloads(pm.Step(node, second));
        if (payloads == nullptr) continue;
        bool agents = std::all_of(payloads->begin(), payloads->end(),
                                  [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent; });
        if (agents) return payloads;
      }
    }
    return nullptr;
  };

  // دورية alone is mostly the adjective "periodic" (زيارات دورية، اجتماعات دورية), and agents.tsv lists
  // only its plural and phrases. Token i is the noun "a patrol", with the payloads of the plural
  // دوريات, when what follows names whose it is: a nationality (دورية إسرائيلية، دورية تركية روسية
  // مشتركة), لـ + an actor (دورية للجيش اللبناني، دورية لليونيفيل) or a word of belonging (دورية تابعة
  // لقوات الاحتلال); and when the word before is no noun it can qualify, of its definiteness: one in ة
  // or ات (زيارة دورية، الاجتماعات الدورية), or, before لـ, any noun but a plural of people (تقارير
  // دورية للأمم المتحدة; the nationality comes before the other adjectives, so تقارير دورية إسرائيلية is
  // unusual). A noun that is itself the adjective of the one before it is no such noun (عبوة ناسفة
  // دورية للجيش).
  // (The caller tests the stem first, inline: most tokens are not the word, and the call costs more.)
  auto patrol = [&](uint32_t i, uint32_t first, uint32_t end) -> const std::vector<uint32_t>* {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || i + 1 >= end) return nullptr;
    const Token& next = tokens[i + 1];
    if (next.kind != TokenKind::kWord) return nullptr;
    bool nationality = nationality_at(i + 1) && !(next.prefixes & kAttachingClitics);
    bool owner = (next.prefixes & kAttachingClitics) == kProLi || lookups_out[i + 1].clitic == kProLi;
    bool belonging = IsLoyalWord(*lex_, BareWord(text.Stem(next)));
    if (!nationality && !owner && !belonging) return nullptr;
    bool definite = (t.prefixes & kProAl) != 0;
    auto qualifiable = [&](uint32_t k, bool any_noun) {
      const Token& w = tokens[k];
      std::string_view stem = BareWord(text.Stem(w));
      bool feminine_or_things = WordEndsWith(stem, "ه") || WordEndsWith(stem, "ات");
      bool people_plural = WordEndsWith(stem, "ون") || WordEndsWith(stem, "ين") || WordEndsWith(stem, "ان");
      // (After ب too: بصورة دورية، بصفة دورية "periodically".)
      return w.kind == TokenKind::kWord && ((w.prefixes & kProAl) != 0) == definite && w.suffix == Enclitic::kNone &&
             !(w.prefixes & kAttachingClitics & ~kProBi) && !(w.word_class & (kWordVerb | kWordFunction | kWordNumber)) &&
             (feminine_or_things || (any_noun && !people_plural));
    };
    bool any_noun = !nationality;
    // (An adjective carries no proclitic: بصفة is a noun whatever comes before it.)
    bool before_is_adjective = i > first + 1 && !(tokens[i - 1].prefixes & kAttachingClitics) &&
                               qualifiable(i - 2, any_noun);
    if (i > first && qualifiable(i - 1, any_noun) && !before_is_adjective) return nullptr;
    static const std::string kPlural(BareWord(ArabicNormalizer::Get().Normalize("دوريات")));
    uint32_t word = lex_->matcher().WordId(kPlural);
    if (word == PhraseMatcher::kNoWord) return nullptr;
    const std::vector<uint32_t>* payloads = lex_->matcher().Payloads(lex_->matcher().Step(0, word));
    if (payloads == nullptr) return nullptr;
    bool agents = std::all_of(payloads->begin(), payloads->end(),
                              [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent; });
    return agents ? payloads : nullptr;
  };

  // A match of the dictionary at token i, added to `raws` (built in place: a RawMatch returned and
  // moved in cost more than the rest of the work).
  auto add_raw = [&](uint32_t i, const PhraseMatcher::Match& m) -> RawMatch& {
    RawMatch& r = raws.emplace_back();
    r.first = i;
    r.length = m.length;
    // (Copied into a spare buffer in place, when there is one, as payloads_copy() does.)
    if (!spare.empty()) {
      r.payloads = std::move(spare.back());
      spare.pop_back();
    }
    r.payloads.assign(m.payloads->begin(), m.payloads->end());
    // (The questions asked of the payloads below, answered by the marks the matcher keeps for the phrase.)
    const uint8_t marks = pm.Marks(m);
    bool sure = (marks & EntryRef::kSureMark) != 0, contextual = (marks & EntryRef::kContextualMark) != 0;
    uint8_t kinds = marks & EntryRef::kKindMarks;
    // مسقط رأسه "his birthplace": a place name at the head of an idiom (common_words.tsv, class idiom) is no place.
    // (Asked only of a name of a place: the idioms are read for no other.)
    if ((kinds & KindBit(EntryKind::kPlace)) && m.length == 1 && i + 1 < text.tokens.size() && tokens[i + 1].sentence == tokens[i].sentence &&
        tokens[i + 1].kind == TokenKind::kWord &&
        lex_->PlaceIdiom(BareWord(text.Stem(tokens[i])), BareWord(text.Stem(tokens[i + 1])),
                         tokens[i + 1].suffix != Enclitic::kNone)) {
      ErasePayloads(&r.payloads, [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kPlace; });
      uint8_t left = 0;
      for (uint32_t p : r.payloads) left |= EntryRef::Marks(p);
      sure = (left & EntryRef::kSureMark) != 0;
      contextual = (left & EntryRef::kContextualMark) != 0;
      kinds = left & EntryRef::kKindMarks;
    }
    r.kinds = kinds;
    // (A sure entry first, and the words only while the match is still weak.)
    bool weak = !sure;
    for (uint32_t k = i; weak && k < i + m.length; ++k) {
      // A nationality inside the phrase (الجيش السوداني) is evidence enough.
      weak = IsCommonWord(tokens[k].word_class) && !nationality_at(k);
    }
    // للموساد: after ل the article loses its alef and the analyzer reads the bare stem, a common word
    // of hunspell-ar's, where الموساد and بالموساد keep the name whole (a word of the dictionaries
    // only): an organisation's one-word name listed with its article is as sure after ل.
    const Token& t = tokens[i];
    if (weak && m.length == 1 && (t.prefixes & kProLi) && (t.prefixes & kProAl)) {
      weak = !AnyPayload(r.payloads, [&](uint32_t p) {
        return EntryRef::Unpack(p).kind == EntryKind::kActor && (lex_->OneWordForms(p) & Lexicon::kWithArticle);
      });
    }
    // (A contextual nationality, ?مالية, is checked on its own below: the state's name مالي stays sure.)
    r.weak = weak || contextual;
    if (m.length == 1) r.common = lookups_out[i].common;  // (CommonPlaceWord, kept per word type)
    return r;
  };

  // لقوات الدعم السريع: the text layer splits a proclitic off a word only when it does not know the
  // word whole, and words generated from other dictionaries (لقوات, a person of لقوا in triggers.tsv)
  // or missing from hunspell-ar (لبحرية) keep it on. A word left whole that starts no name, read
  // without its first letter و ف ب ل ك, may start a name of two words or more: the clitic's bit and
  // the match, or no match.
  auto cliticked_name = [&](uint32_t i, uint32_t limit, uint8_t* clitic) -> PhraseMatcher::Match {
    const Token& t = tokens[i];
    const Recognition::WordLookup& w = lookups_out[i];
    // (A name read off the whole word may have had its clitic split already: بأستانا، ب + أستا + نا.)
    bool split_already = w.clitic_on_whole && t.prefixes == w.clitic && t.suffix != Enclitic::kNone;
    // للقوات: ل read off, and the article's ل left on a stem the word list knows (لقوات, a person of لقي):
    // the rest of the stem is the definite noun, whatever it names.
    bool article_lam = (t.prefixes & ~(kProWa | kProFa)) == kProLi && w.clitic == kProLi && !w.clitic_on_whole;
    if (w.clitic == 0 || t.kind != TokenKind::kWord || (t.prefixes != 0 && !split_already && !article_lam) ||
        (i + 1 >= limit && !w.clitic_on_whole && !article_lam)) {
      return {};
    }
    PhraseMatcher::Roots rest;
    rest.node[0] = pm.Step(0, w.clitic_rest);
    PhraseMatcher::Match m = pm.Longest(out->keys, i, limit, rest);
    if (article_lam) {
      *clitic = kProAl;  // (the token's own prefixes hold its ل)
      return m;
    }
    // One word (لقوات) only as a group or body before the name of a person or of an organisation, its
    // genitive (لقوات حفتر، لعناصر حزب الله): a word like بقوة ("strongly") is no force, and a state's
    // forces (لقوات الاحتلال) are the state's already.
    if (m.length == 1 && w.clitic_on_whole && t.suffix != Enclitic::kNone) {
      // بغانا، لأستانا: a name whose last letters were taken for a pronoun, whatever it names but an
      // agent (ولنا، بيننا are no names).
      bool name = AnyPayload(*m.payloads, [](uint32_t p) { return EntryRef::Unpack(p).kind != EntryKind::kAgent; });
      if (!name) return {};
    } else if (m.length == 1) {
      bool agent = AllPayloads(*m.payloads, [&](uint32_t p) {
        EntryRef ref = EntryRef::Unpack(p);
        if (ref.kind != EntryKind::kAgent) return false;
        AgentKind kind = lex_->agents()[ref.index].kind_id;
        return kind == AgentKind::kGroup || kind == AgentKind::kBody;
      });
      if (!agent || !roots[i + 1].any() || (tokens[i + 1].prefixes & kAttachingClitics)) return {};
      PhraseMatcher::Match name = pm.Longest(out->keys, i + 1, limit, roots[i + 1]);
      bool owner = name.length > 0 && std::any_of(name.payloads->begin(), name.payloads->end(), [&](uint32_t p) {
                     EntryRef ref = EntryRef::Unpack(p);
                     return ref.kind == EntryKind::kActor &&
                            !lex_->record(lex_->actors()[ref.index].periods.back()).is_state;
                   });
      if (!owner) return {};
    } else if (m.length < 2) {
      return {};
    }
    *clitic = w.clitic;
    return m;
  };

  // 1-2a. Longest matches, and person names with a one-letter typo in their second word.
  // A name of generic wording (?الحكومة الشرعية) may be refused by the context below: the shorter
  // names inside match m at token i are kept aside for that case (RawMatch::fallback), and so on
  // inside those.
  bool any_fallback = false;  // (most texts have none: the pass that reads them is skipped)
  auto add_fallbacks = [&](auto& self, uint32_t i, const PhraseMatcher::Match& m) -> void {
    bool contextual = m.length > 1 && AnyPayload(*m.payloads,
                                                 [](uint32_t p) { return EntryRef::Unpack(p).contextual; });
    for (uint32_t j = i, end = i + m.length; contextual && j < end;) {
      PhraseMatcher::Match sub = pm.Longest(out->keys, j, j == i ? end - 1 : end, roots[j]);
      if (sub.length == 0) {
        ++j;
        continue;
      }
      add_raw(j, sub).fallback = true;
      any_fallback = true;
      self(self, j, sub);
      j += sub.length;
    }
  };
  // حركة «الشباب»، جماعة «أنصار الإسلام»: a name in quotation marks after the head noun of an organisation's name
  // (word_kinds.tsv, organisation_head or armed_group_head) is read with the head, as the organisation's name (حركة
  // الشباب), where the quoted words alone name something else (الشباب "the youth"). The match at head `i` runs from
  // the head to the closing mark, which it holds as it holds the opening one (what follows the name, the object of
  // هاجم مسلحون من جماعة «أنصار الإسلام» نقطة للشرطة, starts after it); length 0 when the head and the quoted words
  // together, all of them, are no name of the dictionaries.
  auto quoted_name_after_head = [&](uint32_t i, uint32_t limit) -> PhraseMatcher::Match {
    if (i + 3 >= limit || !(lookups_out[i].kinds & (kOrganisationHead | kArmedGroupHead))) return {};
    const Token& open = tokens[i + 1];
    if (open.kind != TokenKind::kPunct || !(QuoteKind(text.Norm(open)) & 1)) return {};
    // (The trie nodes the words so far lead to: one per key of each word, few.)
    std::vector<uint32_t> nodes;
    for (uint32_t n : roots[i].node) {
      if (n != 0) nodes.push_back(n);
    }
    for (uint32_t k = i + 2; k < limit && !nodes.empty(); ++k) {
      const TokenKeys::Keys& keys = out->keys.tokens[k];
      if (keys.count == 0) return {};
      std::vector<uint32_t> next;
      for (uint32_t n : nodes) {
        for (int j = 0; j < keys.count; ++j) {
          if (uint32_t c = pm.StepBy(n, keys.key[j], keys.hash[j]); c != 0) next.push_back(c);
        }
      }
      nodes = std::move(next);
      const Token& after = tokens[k + 1 < limit ? k + 1 : k];
      if (k + 1 < limit && after.kind == TokenKind::kPunct && (QuoteKind(text.Norm(after)) & 2)) {
        for (uint32_t n : nodes) {
          if (const std::vector<uint32_t>* payloads = pm.Payloads(n)) return {k + 2 - i, payloads};
        }
        return {};
      }
    }
    return {};
  };
  // 2a. A word the word list knows, right after a place noun, may be a misspelt place (see 2b).
  // (A word the word list knows is a misspelt name only with no clitic, right after a place noun in
  // construct, منطقة مرهونة for ترهونة; not المدن أولا "the towns first", المحافظة بزيارة "on a visit".
  // Its correction must be a curated place: 2b. A word with the article after a place noun with the article is
  // the noun's adjective, no name: المحافظة الشمالية "the northern province" is no misspelt الجمالية.)
  auto note_place_typo = [&](uint32_t i, uint32_t first) {
    const Token& t = tokens[i];
    if (i > first && is_place_noun(i - 1) && t.kind == TokenKind::kWord &&
        (!IsCommonWord(t.word_class) || (t.prefixes == 0 && InConstruct(text, tokens[i - 1]))) &&
        !(IsDefinite(text, t) && IsDefinite(text, tokens[i - 1])) &&
        AtLeastLetters(BareWord(text.Stem(t)), 4)) {
      place_typo_candidates.push_back(i);
    }
  };
  for (const Sentence& s : text.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      // Most words start nothing the loop reads (no name, no cliticked name, no patrol): passed over
      // at once, but for the place typo after a place noun.
      // (The run of such words in one loop of its own, on locals the compiler keeps in registers.)
      if (!lookups_out[i].read_on) {
        const Recognition::WordLookup* const l = lookups_out;
        const uint32_t first = s.first_token, end = s.end_token;
        if (i > first && (l[i - 1].kinds & kPlaceNounWord)) note_place_typo(i, first);
        // (A pointer walks the look-ups: the index is worked out only for a typo candidate.)
        const Recognition::WordLookup* w = l + i + 1;
        for (const Recognition::WordLookup* const stop = l + end; w < stop && !w->read_on; ++w) {
          if (w[-1].kinds & kPlaceNounWord) note_place_typo(static_cast<uint32_t>(w - l), first);  // (past first here)
        }
        i = static_cast<uint32_t>(w - l);
        continue;
      }
      if (PhraseMatcher::Match q = quoted_name_after_head(i, s.end_token); q.length > 0) {
        add_raw(i, q);
        i += q.length;
        continue;
      }
      PhraseMatcher::Match m = pm.Longest(out->keys, i, s.end_token, roots[i]);
      bool only_agents = m.length == 1 && AllPayloads(*m.payloads, [](uint32_t p) {
                           return EntryRef::Unpack(p).kind == EntryKind::kAgent;
                         });
      uint8_t clitic = 0;
      // (The clitic tested here: most words have none, and the call costs more than the test.)
      if (m.length == 0 && !roots[i].any() && lookups_out[i].clitic != 0) {
        if (PhraseMatcher::Match c = cliticked_name(i, s.end_token, &clitic); c.length > 0) m = c;
      }
      // (The roots tested here, inline: split_agent needs them, and most words have none.)
      if ((m.length == 0 || only_agents) && roots[i].any()) {
        if (const std::vector<uint32_t>* payloads = split_agent(i, s.end_token)) {
          // (Not weak: a nationality follows.)
          raws.push_back({.first = i, .length = 1, .payloads = payloads_copy(*payloads)});
          ++i;
          continue;
        }
      }
      // (The word's look-up holds whether it is the patrol word.)
      if (m.length == 0 && lookups_out[i].patrol) {
        if (const std::vector<uint32_t>* payloads = patrol(i, s.first_token, s.end_token)) {
          raws.push_back({.first = i, .length = 1, .payloads = payloads_copy(*payloads)});
          ++i;
          continue;
        }
      }
      // A noun that names an agent only when owned (?أمن) and has no owner after it, neither a
      // nationality nor, for a word without the article, a genitive, is dropped at once (see owned_only).
      if (m.length == 1 && clitic == 0 && i + 1 < s.end_token && EntryRef::Unpack(m.payloads->front()).contextual &&
          AllPayloads(*m.payloads, [](uint32_t p) {
            EntryRef ref = EntryRef::Unpack(p);
            return ref.kind == EntryKind::kAgent && ref.contextual;
          })) {
        const Token& t = tokens[i];
        bool definite = IsDefinite(text, t);
        if (!nationality_at(i + 1) && (definite || !roots[i + 1].any()) && !of_name_after(i, s.end_token) &&
            !after_agency_phrase(i)) {
          ++i;
          continue;
        }
      }
      // اتهمت الحكومة الحوثيين: a feminine singular noun with the article followed by a sound masculine plural
      // with the article is no name's phrase: the head of a construct (حكومة الحوثيين) has no article, and
      // the plural does not agree with it as its adjective. The noun is a name of its own, and the plural
      // starts the next one. A phrase of agents.tsv of two words is a noun and its adjective, whose noun in ة
      // is a broken plural of people the plural agrees with (الطلبة الجامعيون، الباعة المتجولون، القادة
      // الاجتماعيون): it stays whole.
      if (m.length > 1 && clitic == 0) {
        const Token& head = tokens[i];
        const Token& plural = tokens[i + 1];
        auto definite = [&](const Token& w) { return IsDefinite(text, w); };
        std::string_view h = BareWord(text.Stem(head)), p = BareWord(text.Stem(plural));
        if (definite(head) && definite(plural) && WordEndsWith(h, "ه") && AtLeastLetters(p, 5) &&
            (WordEndsWith(p, "ين") || WordEndsWith(p, "ون")) && plural.sentence == head.sentence &&
            !(m.length == 2 && AllPayloads(*m.payloads, [](uint32_t e) {
              return EntryRef::Unpack(e).kind == EntryKind::kAgent;
            }))) {
          m = pm.Longest(out->keys, i, i + 1, roots[i]);
        }
      }
      if (m.length > 0) {
        RawMatch& r = add_raw(i, m);
        r.clitic = clitic;
        // كيم يو جونغ: a name matched from the first word whole, where its stem (ك + يم) starts no
        // name as long, keeps its first letters: they are no proclitics. (Tested only for a word with
        // a proclitic whose whole form starts a name: few words.)
        if (clitic == 0 && roots[i].node[1] != 0 && (tokens[i].prefixes & kAttachingClitics)) {
          PhraseMatcher::Roots stem;
          stem.node[0] = roots[i].node[0];
          r.whole_first = pm.Longest(out->keys, i, s.end_token, stem).length < m.length;
          // A one-word name read off the whole of a word that the text layer split all the same (ودان,
          // the town Waddan, which text/clitic_words.tsv makes و + دان "and condemned"): news reads the
          // word as the clitic and the word, so the name needs context as one of common words does.
          r.weak = r.weak || (r.whole_first && m.length == 1);
        }
        add_fallbacks(add_fallbacks, i, m);
        i += m.length;
        continue;
      }
      const Token& t = tokens[i];
      // (Only after a word whose type starts a person's name, kept per word type: most words start none.)
      if (lookups_out[i].person_first && t.kind == TokenKind::kWord && i + 1 < s.end_token &&
          tokens[i + 1].kind == TokenKind::kWord) {
        uint32_t node = roots[i].node[0] != 0 ? roots[i].node[0] : roots[i].node[1];
        std::string_view next_key = BareWord(text.Stem(tokens[i + 1]));
        bool found = false;
        // على, the preposition, folds with the given name علي: the word after it one letter off a name's
        // second word (على دير البلح for علي ديري، على حسن for علي محسن) is no misspelt name, nor is a
        // word the word list knows after علي written for على.
        if (node != 0 && WordIs(BareWord(text.Stem(t)), "علي")) {
          std::string_view written = text.original.substr(t.begin, t.end - t.begin);
          if (written.ends_with("على") || IsCommonWord(tokens[i + 1].word_class)) node = 0;
        }
        // Nor, after a given name that is a common word too, is a word the word list knows with the article: صباح
        // الأحد is Sunday morning, not صباح الأحمد (Sheikh Sabah). (After a name that is only a name, فايز السراح is
        // still Fayez al-Sarraj.)
        if (node != 0 && IsCommonWord(t.word_class) && (tokens[i + 1].prefixes & kProAl) &&
            IsCommonWord(tokens[i + 1].word_class)) {
          node = 0;
        }
        // Nor is a word that itself starts a person's name (محمد حسن، محمد قاسم are full names, no misspelt الحسان،
        // الجاسم).
        if (lookups_out[i + 1].person_first) node = 0;
        // Nor is a word that opens the next part of a compound name (lexicon word_kinds.tsv kind name_particle):
        // محمد عبد الله is no misspelt محمد عبو. Nor, after such a word, is the word it opens (ولد الشين is a man of
        // that name, not a misspelt ولد الشيخ: a patronymic's or a kunya's word is the name itself). (Asked only of a
        // word one letter off a surname, below: a few words a text.)
        auto particle = [&] {
          return ((lex_->word_kinds().Of(out->keys.tokens[i]) | lex_->word_kinds().Of(out->keys.tokens[i + 1])) &
                  kNameParticleWord) != 0;
        };
        if (node != 0 && AtLeastLetters(next_key, 3)) {
          // (Only the words that complete a person's name: the lexicon keeps them per first word, with
          // their letter sets, which turn most of them away before the word is read.)
          const Lexicon::PersonNameCandidates names = lex_->PersonNameCandidatesAfter(node);
          const uint64_t letters = names.names.empty() ? 0 : LetterSet(next_key);
          for (size_t c = 0; c < names.names.size(); ++c) {
            if (!WithinTwoLetters(names.letters[c], letters)) continue;
            const auto& [word, child] = names.names[c];
            if (!WithinOneEdit(next_key, pm.Word(word))) continue;
            if (particle()) break;
            raws.push_back({.first = i, .length = 2, .corrected = true, .payloads = payloads_copy(*pm.Payloads(child)),
                            .corrected_to = pm.Word(word)});
            found = true;
            break;
          }
        }
        if (found) {
          i += 2;
          continue;
        }
      }
      note_place_typo(i, s.first_token);
      ++i;
    }
  }

  // A name with the article never drops it: جديدة in وقفة احتجاجية جديدة is the adjective "new",
  // not El Jadida (الجديدة). The generated gazetteer has one form per place, so a place named with
  // the article is not read from a word without it (لل may hide the article: للجديدة; a name the
  // word list knows whole keeps its article in the stem).
  // Nor is a particle (عند "at" is not العند, Al Anad Air Base).
  // Nor does a name without it take it when the word is a common one or a nationality: الصور is "the
  // pictures", not Tyre (صور); القطاع المالي is the financial sector, not Mali; التركية is "the Turkish",
  // not Turkey (تركية). A word that is only a name is the name with a stray article (الغريان, Gharyan).
  // (After ل the article may be the name's own letters: لليبيا.)
  auto drop_article_gained = [&](RawMatch& r) __attribute__((always_inline)) {
    const Token& first = tokens[r.first];
    if (r.length != 1 || !(first.prefixes & kProAl) || (first.prefixes & kProLi)) return;
    bool nationality = (r.kinds & KindBit(EntryKind::kDemonym)) &&
                       AnyPayload(r.payloads, [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kDemonym; });
    // (A word of the word list's that is also a name counts: مالي is "financial" and Mali.)
    if (!nationality && !(first.word_class & (kWordNoun | kWordVerb | kWordFunction))) return;
    // An organisation's one-word name that is a common noun takes no article either: الحماس and
    // بالحماس are "(with) the enthusiasm", never Hamas (listed !حماس); a name listed with its article
    // (الموساد) keeps it, and so does a relational adjective, which agrees with its noun (المبعوث
    // الأممي, listed !أممي).
    // (The ending read last: only of a noun that is no nationality.)
    auto relational = [&] {
      std::string_view stem = BareWord(text.Stem(first));
      bool r = false;
      for (std::string_view end : {"ي", "ية", "يه", "يون", "يين"}) r = r || WordEndsWith(stem, end);
      return r;
    };
    bool common_noun = !nationality && (first.word_class & kWordNoun) && !relational();
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      return (EntryRef::Unpack(p).kind != EntryKind::kActor || common_noun) &&
             lex_->OneWordForms(p) == Lexicon::kWithoutArticle;
    });
  };
  // (Only agents, actors and places are taken away: a match with none of them is passed over at once.)
  constexpr uint8_t kAgentActorPlace =
      KindBit(EntryKind::kAgent) | KindBit(EntryKind::kActor) | KindBit(EntryKind::kPlace);
  auto drop_article_lost = [&](RawMatch& r) __attribute__((always_inline)) {
    if (!(r.kinds & kAgentActorPlace)) return;
    const Token& first = tokens[r.first];
    if ((first.prefixes & (kProAl | kProLi)) || text.Stem(first).rfind("ال", 0) == 0) return;
    // (A particle listed in common_words.tsv, بيني "between me" and Beni, asks for place evidence instead;
    // after a place noun, مدينة هيت، بلدة حولي، ولاية أبيي, any is the name.)
    bool particle = r.length == 1 && (first.word_class & kWordFunction) && !(first.word_class & kWordName) &&
                    r.common == Lexicon::CommonWord::kNone &&
                    !(r.first > 0 && is_place_noun(r.first - 1) && tokens[r.first - 1].sentence == first.sentence);
    const bool names_place =
        (r.kinds & KindBit(EntryKind::kPlace)) &&
        AnyPayload(r.payloads, [](uint32_t q) { return EntryRef::Unpack(q).kind == EntryKind::kPlace; });
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      // An agent's form listed with `!` and the article (!الطلبة) is read only with it: طلبه is also
      // "his request" once ة and ه are folded.
      if (ref.kind == EntryKind::kAgent) return ref.sure && r.length == 1;
      // A person's surname listed with its article (البشير، البرهان) is not read from the word without it:
      // بشير، برهان are given names.
      // Nor is an organisation's name listed only with its article (الدوما) read from the word without it where
      // that word names a place (دوما, the town near Damascus and the village near Nablus).
      // Nor is a generic name listed with its article (?التحالف): تحالف alone is any alliance.
      if (ref.kind == EntryKind::kActor) {
        return r.length == 1 && lex_->OneWordForms(p) == Lexicon::kWithArticle &&
               (lex_->record(lex_->actors()[ref.index].periods.back()).is_person || names_place || ref.contextual);
      }
      if (ref.kind != EntryKind::kPlace) return false;
      const PlaceRecord& pl = lex_->places()[ref.index];
      // A town whose one-word name is listed only with its article (الخليل) is not read from the word without it
      // either: news writes the town with it, and خليل alone is a given name (قال خليل الحية).
      return particle || (!pl.curated && pl.name_ar.rfind("ال", 0) == 0) ||
             (r.length == 1 && lex_->OneWordForms(p) == Lexicon::kWithArticle);
    });
  };

  // Words that name no one and no place though the dictionaries know them, by the word before or their pronoun:
  //  - the kind of a garment (word_kinds.tsv garment): يرتدي زيا عسكريا، بزي مدني، يرتدون زي الشرطة: the
  //    adjective or genitive says what the uniform is, and is no soldier, civilian or police of the sentence;
  //  - a make after a vehicle (word_kinds.tsv vehicle): سيارة تويوتا، من طراز رينو are no Toyota, Japan or Reno;
  //  - a town's name read off a word's stem with a pronoun split off (طمرتها "buried it", read طمرة + ها): a
  //    place takes no possessive pronoun, and the word is a verb or a noun of its own. A name the whole word
  //    spells, or one whose last letters the text layer took for the pronoun (بغانا), stays.
  auto is_place = [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kPlace; };
  auto whole_word_names_place = [&](uint32_t tok) {
    uint32_t word = lex_->matcher().WordId(out->keys.tokens[tok].key[1]);
    if (word == PhraseMatcher::kNoWord) return false;
    const std::vector<uint32_t>* whole = lex_->matcher().Payloads(lex_->matcher().Step(0, word));
    return whole != nullptr && AnyPayload(*whole, is_place);
  };
  auto drop_by_word_before = [&](RawMatch& r) __attribute__((always_inline)) {
    const Token& t = tokens[r.first];
    uint64_t before = 0;
    if (r.first > 0 && tokens[r.first - 1].sentence == t.sentence) {
      const Recognition::WordLookup& w = lookups_out[r.first - 1];
      before = (w.kinds & kGarmentWord) | (w.vehicle ? uint64_t{kVehicleWord} : 0);
    }
    if (before & kGarmentWord) {
      r.payloads.clear();
      return;
    }
    // صلاة المغرب، أذان العصر: the definite genitive of a prayer (word_kinds.tsv prayer) is the prayer's time, the
    // sunset's المغرب no Morocco. (The word before is looked up only for a definite match without a clitic.)
    // (A one-word name of a place or a state only: the prayers' times are single words.)
    if (before == 0 && r.length == 1 && (r.kinds & (KindBit(EntryKind::kPlace) | KindBit(EntryKind::kCountry))) &&
        r.first > 0 && tokens[r.first - 1].sentence == t.sentence && !(t.prefixes & kAttachingClitics) &&
        IsDefinite(text, t) && (lex_->word_kinds().Of(out->keys.tokens[r.first - 1]) & kPrayerWord)) {
      r.payloads.clear();
      return;
    }
    // (The pronoun first, then the places: few matches carry one, and the whole word costs a lookup.)
    bool pronoun_on_stem = r.length == 1 && t.suffix != Enclitic::kNone &&
                           !(r.clitic != 0 && lookups_out[r.first].clitic_on_whole) && AnyPayload(r.payloads, is_place);
    if ((before & kVehicleWord) || (pronoun_on_stem && !whole_word_names_place(r.first))) {
      ErasePayloads(&r.payloads, is_place);
    }
  };

  // حماس is Hamas and "enthusiasm": a one-word name made of a common noun and marked `!` (news uses it
  // overwhelmingly for the organisation) is the common noun after ب when an indefinite masculine
  // singular adjective follows it, which agrees with the noun and never with the name (a name is
  // definite, and a movement feminine): بحماس كبير، بحماس شديد، بحماس بالغ. The match is then no surer
  // than a name of common words: it counts only in a document clearly about its country, as a `?` name
  // does. (Elsewhere the word after may be an object: تبني حماس إطلاق الصواريخ.)
  auto weaken_common_noun = [&](size_t k) __attribute__((always_inline)) {
    RawMatch& r = raws[k];
    const Token& t = tokens[r.first];
    uint32_t a = r.first + 1;
    // (The adjective starts no name: حماس مشعل ... is no such phrase.)
    if (r.length != 1 || r.weak || !(r.kinds & KindBit(EntryKind::kActor)) || !(t.prefixes & kProBi) ||
        (t.prefixes & kProAl) || t.suffix != Enclitic::kNone ||
        !IsCommonWord(t.word_class) || a >= token_count || (k + 1 < raws.size() && raws[k + 1].first == a)) {
      return;
    }
    const Token& adj = tokens[a];
    if (adj.kind != TokenKind::kWord || adj.sentence != t.sentence || adj.prefixes != 0 ||
        adj.suffix != Enclitic::kNone || !(adj.word_class & kWordNoun) ||
        (adj.word_class & (kWordVerb | kWordFunction | kWordName | kWordNumber))) {
      return;
    }
    std::string_view w = BareWord(text.Stem(adj));
    bool masculine_singular = AtLeastLetters(w, 3);
    for (std::string_view end : {"ه", "ات", "ون", "ين", "ان", "ا"}) {
      masculine_singular = masculine_singular && !WordEndsWith(w, end);
    }
    bool sure_name = AnyPayload(r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      return ref.kind == EntryKind::kActor && ref.sure && !ref.contextual;
    });
    if (masculine_singular && sure_name) r.weak = true;
  };

  // الخارجية، الداخلية، البحرية، البرلمانية are agents of a state's (the ministries, the navy, a woman
  // MP) and the feminine of relational adjectives: right after a definite noun that names no one, such
  // an agent's one-word form in ية with the article is that noun's adjective (السياسة الخارجية، الشؤون
  // الداخلية، الحدود البحرية، الانتخابات البرلمانية), as is one joined by و to such an adjective (الشؤون
  // الداخلية والخارجية). After a name (اعتقلت الشرطة ...) it stays an agent. (A person's noun may stand
  // in apposition to a definite noun, الزميلة الصحفية، السيدة المحامية: those are left as they are.)
  auto drop_adjective_agent = [&](size_t k) __attribute__((always_inline)) {
    RawMatch& r = raws[k];
    const Token& t = tokens[r.first];
    // (A word the word list knows whole with its article, الخارجية, keeps it in its stem. The ending
    // first, inline: most matches end otherwise.)
    constexpr std::string_view kAl = "ال";
    auto definite = [&](const Token& w) {
      std::string_view stem = text.Stem(w);
      return (w.prefixes & kProAl) || (stem.size() >= kAl.size() && BytesEqual(stem.data(), kAl.data(), kAl.size()));
    };
    if (r.length != 1 || r.first == 0 || !(r.kinds & KindBit(EntryKind::kAgent)) || !WordEndsWith(text.Stem(t), "يه") ||
        !definite(t) ||
        (t.prefixes & kAttachingClitics & ~kProWa)) {
      return;
    }
    const Token& before = tokens[r.first - 1];
    if (before.sentence != t.sentence || before.kind != TokenKind::kWord || !definite(before) ||
        (before.word_class & (kWordVerb | kWordFunction))) {
      return;
    }
    bool named_before = k > 0 && raws[k - 1].first + raws[k - 1].length == r.first && !raws[k - 1].payloads.empty();
    if (named_before) return;
    if ((t.prefixes & kProWa) && !WordEndsWith(text.Stem(before), "يه")) return;
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind != EntryKind::kAgent) return false;
      const std::string& sector = lex_->agents()[ref.index].sector;
      return !sector.empty() && IsStateBodySector(sector);
    });
  };
  // The passes above, one match at a time: each reads only its own match, but the last two the matches before and
  // after it (their positions and whether the one before still names anything), which the passes have all read by
  // then as they had one pass after another. (One loop: the match and its first token are read once, not five times.
  // The passes are inlined into it: left to the compiler, they were calls, and cost more than the five loops.)
  for (size_t k = 0; k < raws.size(); ++k) {
    drop_article_gained(raws[k]);
    drop_article_lost(raws[k]);
    drop_by_word_before(raws[k]);
    weaken_common_noun(k);
    drop_adjective_agent(k);
  }

  // A nationality after a territory noun, both with the article, is a place in that country: في
  // الأراضي السورية، على الحدود التركية، في الشمال السوري (lexicon/territory_nouns.tsv). Both without it, the
  // noun a part (في عدة مدن مغربية، على قرى لبنانية حدودية), it is one too; an indefinite capital noun names
  // none (في عاصمة أوروبية). The kind of noun before the word at `first`, or kNone.
  auto territory_before = [&](uint32_t first) {
    const Token& adj = tokens[first];
    if (first == 0 || (adj.prefixes & kAttachingClitics) || adj.suffix != Enclitic::kNone) {
      return Lexicon::Territory::kNone;
    }
    const Token& noun = tokens[first - 1];
    const bool definite_adjective = adj.prefixes & kProAl;
    const bool definite = (noun.prefixes & kProAl) || text.Stem(noun).rfind("ال", 0) == 0;
    if (noun.sentence != adj.sentence || definite != definite_adjective || (noun.prefixes & kAttachingClitics) ||
        (!definite && noun.suffix != Enclitic::kNone)) {
      return Lexicon::Territory::kNone;
    }
    const auto kind = static_cast<Lexicon::Territory>(lookups_out[first - 1].territory);
    return definite || kind == Lexicon::Territory::kPart ? kind : Lexicon::Territory::kNone;
  };

  // نورتي دي سانتاندير، سان مارتين دي بوريس، نويفو ليون: a place name right after or before a word of Spanish or
  // Portuguese place names (word_kinds.tsv foreign_name: دي، ديل، نويفو, none of them an Arabic word) is a part of a
  // longer name the dictionaries do not know, which names another place, often of another country (Colombia's
  // department, not Spain's Santander; Lima's district, not Argentina's town). The part says nothing of the
  // document's countries, and names its own place only in a document that names that place's country.
  auto foreign_word_at = [&](uint32_t k, uint32_t beside) {
    return k < token_count && tokens[k].sentence == tokens[beside].sentence && tokens[k].prefixes == 0 &&
           (lex_->word_kinds().Of(out->keys.tokens[k]) & kForeignNameWord) != 0;
  };
  auto inside_foreign_name = [&](const RawMatch& r) {
    if (!(r.kinds & KindBit(EntryKind::kPlace))) return false;
    const uint32_t end = r.first + r.length;
    return (r.first > 0 && foreign_word_at(r.first - 1, r.first)) || foreign_word_at(end, end - 1);
  };

  // Whether the word before token `first` is a preposition of place or a place noun (or a ب is on it).
  auto locative = [&](uint32_t first) {
    const Token& t = tokens[first];
    if (t.prefixes & kProBi) return true;
    if (first == 0 || tokens[first - 1].sentence != t.sentence) return false;
    // Before a verb من is "who" (ومن كان وراء الاغتيال), not "from" (من كان، Cannes).
    if ((t.word_class & kWordVerb) && WordIs(text.Stem(tokens[first - 1]), "من")) return false;
    return (lookups_out[first - 1].kinds & (kPlaceNounWord | kLocativeWord)) != 0;
  };

  // 3. Country context, from matches that are names for sure. A document names few countries: a
  // list searched in order is cheaper than a hash map.
  std::vector<std::pair<std::string, int>>& weight = out->context;
  weight.clear();
  // (Plain loops here and in weight_of below: std::find_if's unrolled loop cost more on lists this short.)
  auto add = [&](const std::string& country, int w) {
    for (auto& [c, total] : weight) {
      if (SameCode(c, country)) {
        total += w;
        return;
      }
    }
    weight.emplace_back(country, w);
  };
  // مقديشو، المنامة: a state's capital names the state in news (قالت واشنطن، أعلنت موسكو) as its name does, when the
  // document is about that state: a capital whose state is the strongest country of the document (the first named
  // of the strongest, a tie going to the dateline's or the lead's) weighs 2 like the state's name, and a capital
  // named in passing (طهران in a story about Iraq) stays a place of weight 1. The states whose capital is named
  // (a few: the rest are not weighed up).
  std::array<const std::string*, 4> capital_states{};
  size_t capital_count = 0;
  auto note_capital = [&](const std::string& country) {
    for (size_t k = 0; k < capital_count; ++k) {
      if (SameCode(*capital_states[k], country)) return;
    }
    if (capital_count < capital_states.size()) capital_states[capital_count++] = &country;
  };
  auto is_capital = [&](uint32_t place) { return lex_->places()[place].capital; };
  // المنامة "the dream", الرباط "the bond": a capital named by a common word, a weak match, counts where it is read
  // as the place, after a preposition of place or a place noun, or as a dateline opening its sentence before a
  // bracket, a dash or a colon (المنامة (رويترز) -، المنامة - أعلنت).
  auto weak_capital_read = [&](const RawMatch& r) {
    if (!(r.kinds & KindBit(EntryKind::kPlace))) return;
    const uint32_t end = r.first + r.length;
    bool dateline = (r.first == 0 || tokens[r.first - 1].sentence != tokens[r.first].sentence) && end < token_count &&
                    tokens[end].sentence == tokens[r.first].sentence && tokens[end].kind == TokenKind::kPunct &&
                    (WordIs(text.Norm(tokens[end]), "(") || WordIs(text.Norm(tokens[end]), "-") ||
                     WordIs(text.Norm(tokens[end]), ":"));
    if (!dateline && !locative(r.first)) return;
    for (uint32_t p : r.payloads) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind != EntryKind::kPlace || ref.contextual || !is_capital(ref.index)) continue;
      add(lex_->places()[ref.index].country, 1);
      note_capital(lex_->places()[ref.index].country);
      return;
    }
  };
  // معسكر اليرموك جنوب طرابلس: the raw match that starts a place named by its direction from another place right
  // after it (شمال، جنوب، شرق، غرب، قرب, a place noun or not between: جنوب العاصمة طرابلس), or null.
  auto town_directed_from = [&](size_t i) -> const RawMatch* {
    const RawMatch& r = raws[i];
    const uint32_t end = r.first + r.length;
    const uint32_t j = TownAfterDirection(*lex_, text, out->keys, end, tokens[r.first].sentence,
                                          static_cast<uint32_t>(text.tokens.size()));
    if (j == end) return nullptr;
    for (size_t k = i + 1; k < raws.size() && raws[k].first <= j; ++k) {
      if (raws[k].first == j && !raws[k].weak) return &raws[k];
    }
    return nullptr;
  };
  // Whether the match names a place in country c.
  auto place_in = [&](const RawMatch& r, std::string_view c) {
    return AnyPayload(r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      return ref.kind == EntryKind::kPlace && SameCode(lex_->places()[ref.index].country, c);
    });
  };
  for (size_t ri = 0; ri < raws.size(); ++ri) {
    // (Asked of every match here, the weak ones too, for the pass after the context: see RawMatch.)
    raws[ri].in_foreign_name = inside_foreign_name(raws[ri]);
    const RawMatch& r = raws[ri];
    if (r.weak && !r.fallback && r.common == Lexicon::CommonWord::kNone && !r.in_foreign_name) weak_capital_read(r);
    if (r.weak || r.fallback) continue;
    const std::string* place_country = nullptr;  // (null or empty: none yet)
    bool capital = false;  // whether the place is its state's capital
    bool one_place_country = true;
    const std::string* state_country = nullptr;  // the state the match names, if it names one
    const bool in_foreign_name = r.in_foreign_name;
    // عمان is Oman and Amman: a country's name that also names a place in another country says
    // nothing of the context (the context decides which it is). Only a place news names, a curated one or
    // a city of 100,000 or more: the small American towns the gazetteer calls لبنان and فلسطين (Lebanon,
    // Pennsylvania; Palestine, Texas) leave Lebanon and Palestine their context.
    auto names_place_abroad = [&](const std::string& country) {
      return AnyPayload(r.payloads, [&](uint32_t p) {
        EntryRef ref = EntryRef::Unpack(p);
        if (ref.kind != EntryKind::kPlace) return false;
        const PlaceRecord& pl = lex_->places()[ref.index];
        return pl.country != country && (pl.curated || pl.population >= 100000);
      });
    };
    for (uint32_t p : r.payloads) {
      EntryRef ref = EntryRef::Unpack(p);
      switch (ref.kind) {
        case EntryKind::kCountry: {
          const std::string& country = lex_->record(lex_->countries()[ref.index]).country;
          state_country = &country;
          if (!names_place_abroad(country)) add(country, 2);
          break;
        }
        case EntryKind::kDemonym: {
          const DemonymRecord& d = lex_->demonyms()[ref.index];
          if (d.regional || ref.contextual) break;
          // A territory phrase (الحدود السورية) names the country as its name does (2), besides.
          bool territory = r.length == 1 && territory_before(r.first) != Lexicon::Territory::kNone;
          add(d.country, territory ? 3 : 1);
          break;
        }
        case EntryKind::kActor: {
          const ActorRecord& rec = lex_->RecordOn(lex_->actors()[ref.index], date);
          if (!rec.country.empty()) add(rec.country, 1);
          break;
        }
        case EntryKind::kPlace: {
          // (العديد "many" says nothing of Qatar, nor سانتاندير in نورتي دي سانتاندير of Spain.)
          if (r.common != Lexicon::CommonWord::kNone || in_foreign_name) break;
          const std::string& c = lex_->places()[ref.index].country;
          if (place_country == nullptr || place_country->empty()) place_country = &c;
          else if (*place_country != c) one_place_country = false;
          capital = capital || is_capital(ref.index);
          break;
        }
        case EntryKind::kAgent:
          break;
      }
    }
    // (Nor does a town abroad that bears a state's name, بولونيا Bologna: the context decides which.)
    // (A place named by its direction from a town, معسكر اليرموك جنوب طرابلس, lies in the town's country: a
    // reading of it elsewhere, Syria's Yarmouk camp, says nothing of the document.)
    if (place_country != nullptr && !place_country->empty() && one_place_country &&
        (state_country == nullptr || *state_country == *place_country)) {
      const RawMatch* town = state_country == nullptr ? town_directed_from(ri) : nullptr;
      if (town == nullptr || place_in(*town, *place_country)) add(*place_country, 1);
      if (capital && state_country == nullptr) note_capital(*place_country);
    }
  }
  // (The list is still in the order the countries were first named.)
  for (size_t k = 0; k < capital_count; ++k) {
    size_t strongest = 0;
    for (size_t j = 1; j < weight.size(); ++j) {
      if (weight[j].second > weight[strongest].second) strongest = j;
    }
    if (SameCode(weight[strongest].first, *capital_states[k])) ++weight[strongest].second;
  }
  // Strongest first, then by code. (An insertion sort that moves only an entry out of order: the list is short and
  // mostly in order already, and std::sort's moved every entry out and back, two string moves each. The codes are
  // distinct (add merges them), so the order is total and any sort gives this one.)
  {
    auto before = [](const std::pair<std::string, int>& a, const std::pair<std::string, int>& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    for (size_t k = 1; k < weight.size(); ++k) {
      if (!before(weight[k], weight[k - 1])) continue;
      std::pair<std::string, int> moved = std::move(weight[k]);
      size_t j = k;
      for (; j > 0 && before(moved, weight[j - 1]); --j) weight[j] = std::move(weight[j - 1]);
      weight[j] = std::move(moved);
    }
  }
  auto weight_of = [&](const std::string& c) {
    for (const auto& [country, w] : weight) {
      if (SameCode(country, c)) return w;
    }
    return 0;
  };
  // (The part of a foreign name: its places of countries the document does not name are dropped, سانتياغو in
  // سانتياغو دي كالي of a Colombian story; سانتياغو دي تشيلي keeps Chile's.)
  for (RawMatch& r : raws) {
    if (r.payloads.empty() || !r.in_foreign_name) continue;
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      return ref.kind == EntryKind::kPlace && weight_of(lex_->places()[ref.index].country) < 1;
    });
  }
  // The context of an actor's generic names read where it fights: its strongest theatre's.
  auto theatre_weight = [&](const Actor& a) {
    int w = 0;
    for (const std::string& c : a.theatres) w = std::max(w, weight_of(c));
    return w;
  };
  // Whether the document's date falls within a record's period; with no date, whether the period is still
  // open (an undated document is read as today's, as Lexicon::RecordOn reads it).
  auto lives_on = [&](const ActorRecord& rec) {
    return date.empty() ? rec.to.empty() : rec.Covers(date);
  };

  // 2b. Place typos, among the places of the two strongest context countries.
  const size_t before_typos = raws.size();
  for (uint32_t i : place_typo_candidates) {
    const Token& t = tokens[i];
    std::string_view key = BareWord(text.Stem(t));
    const uint64_t key_letters = LetterSet(key);
    int best = -1;
    for (size_t c = 0; c < out->context.size() && c < 2; ++c) {
      const Lexicon::PlaceNames* places = lex_->PlacesIn(out->context[c].first);
      if (places == nullptr) continue;
      const auto& names = places->names;
      // One edit changes the length by at most one code point (4 bytes): only those names are read.
      auto shorter = [](const std::pair<std::string, uint32_t>& e, size_t n) { return e.first.size() < n; };
      const size_t from = static_cast<size_t>(
          std::lower_bound(names.begin(), names.end(), key.size() > 4 ? key.size() - 4 : 0, shorter) - names.begin());
      for (size_t j = from; j < names.size() && names[j].first.size() <= key.size() + 4; ++j) {
        // (Names whose letters differ in more than two are no one edit away: turned away unread.)
        if (!WithinTwoLetters(places->letters[j], key_letters)) continue;
        const auto& [name, pi] = names[j];
        if (!WithinOneEdit(key, name) || Letters(name) < 4) continue;
        const PlaceRecord& p = lex_->places()[pi];
        if (best < 0 || (p.curated && !lex_->places()[best].curated) ||
            (p.curated == lex_->places()[best].curated && p.population > lex_->places()[best].population)) {
          best = static_cast<int>(pi);
        }
      }
      if (best >= 0) break;
    }
    // (A word the word list knows, مطلع "start", is not taken for a town of the generated gazetteer, مقلع.)
    if (best >= 0 && IsCommonWord(t.word_class) && !lex_->places()[best].curated) best = -1;
    if (best >= 0) {
      raws.push_back({.first = i, .length = 1, .corrected = true,
                      .payloads = {EntryRef::Pack(EntryKind::kPlace, static_cast<uint32_t>(best))},
                      .corrected_to = lex_->places()[best].name_ar});
    }
  }
  // 100 طالب، ألف عامل، ثلاثة آلاف مصور: a count whose last two digits are 00 takes the genitive singular,
  // the singular a counted form of agents.tsv leaves out (%طالبا: طالب "demanded"): right after such a
  // count it names the counted form's agent. (Quantities are few: the matches are scanned per quantity.)
  for (const Quantity& q : text.quantities) {
    if (q.vague || !q.unit.empty() || q.value < 100 || static_cast<int64_t>(q.value) % 100 != 0) continue;
    const uint32_t k = q.end_token;
    if (k >= text.tokens.size() || text.tokens[k].sentence != text.tokens[k - 1].sentence) continue;
    const Token& w = text.tokens[k];
    if (w.kind != TokenKind::kWord || w.prefixes != 0 || w.suffix != Enclitic::kNone) continue;
    std::string_view singular = BareWord(text.Stem(w));
    if (!lex_->IsSingularAgentForm(singular)) continue;
    if (std::any_of(raws.begin(), raws.end(), [&](const RawMatch& r) { return r.first <= k && k < r.first + r.length; })) {
      continue;
    }
    std::string counted(singular);
    counted += "ا";
    uint32_t id = pm.WordId(counted);
    const std::vector<uint32_t>* payloads = id == PhraseMatcher::kNoWord ? nullptr : pm.Payloads(pm.Step(0, id));
    if (payloads == nullptr || payloads->empty() ||
        !std::all_of(payloads->begin(), payloads->end(),
                     [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent; })) {
      continue;
    }
    raws.push_back({.first = k, .length = 1, .payloads = payloads_copy(*payloads)});
  }
  // Only the corrected places above can be out of order. Stable: a name of generic wording stays
  // before the shorter names inside it, the first of which starts at its token. The test first:
  // sorting moves every match out and back even when they are in order. (They are in text order among
  // themselves, as are the matches before them: a stable merge of the two runs is the same order as a
  // stable sort, and moves only the matches after the first corrected one.)
  auto by_first = [](const RawMatch& a, const RawMatch& b) { return a.first < b.first; };
  if (!std::is_sorted(raws.begin(), raws.end(), by_first)) {
    const auto mid = raws.begin() + static_cast<std::ptrdiff_t>(before_typos);
    if (std::is_sorted(raws.begin(), mid, by_first) && std::is_sorted(mid, raws.end(), by_first)) {
      std::inplace_merge(raws.begin(), mid, raws.end(), by_first);
    } else {
      std::stable_sort(raws.begin(), raws.end(), by_first);
    }
  }

  // A weak match keeps its places only after a locative word (locative, above), and its organisations only when
  // their country is in the document's context.
  // A region's name after a preposition of place (في أوروبا، من الشرق إلى الغرب) names the place or the
  // direction, not the region's states as an actor (أوروبا ترفض، اتهم بوتين الغرب).
  auto region = [&](uint32_t p) {
    EntryRef ref = EntryRef::Unpack(p);
    if (ref.kind != EntryKind::kActor) return false;
    const ActorRecord& rec = lex_->record(lex_->actors()[ref.index].periods.back());
    return !rec.is_person && !rec.is_state && rec.country.empty() && rec.sector.empty();
  };
  for (RawMatch& r : raws) {
    if (!(r.kinds & KindBit(EntryKind::kActor)) || !AnyPayload(r.payloads, region) || !locative(r.first)) continue;
    ErasePayloads(&r.payloads, region);
  }
  // The attribute of a construct follows its genitive and agrees with its head: قانون المالية الجديد
  // ("the new finance bill"), whose الجديد does not agree with المالية but with قانون.
  auto agrees_with_construct_head = [&](uint32_t first) {
    if (first < 2) return false;
    const Token& genitive = tokens[first - 1];
    const Token& head = tokens[first - 2];
    return head.sentence == genitive.sentence && head.kind == TokenKind::kWord && (genitive.prefixes & kProAl) &&
           !(head.prefixes & kProAl) && head.suffix == Enclitic::kNone &&
           !(head.word_class & (kWordFunction | kWordVerb)) &&
           AgreesAsAttribute(out->keys.tokens[first - 2].key[0], out->keys.tokens[first].key[0]);
  };
  // Whether match `r` stands after على where an attack falls, غارة على صور، هجوم إسرائيلي على حماة: after an
  // indefinite noun that is no verb nor a sound plural of people, with a nationality between, as a verb before على
  // takes its object, حصل على صور, and so do its subject, عثرت القوى الأمنية على صور، عثر محققون على صور; and ending
  // its phrase, as the common noun has its genitive or adjective after it, على صور الأقمار الصناعية (a word of place
  // after it ends the phrase: هجوم على تادف شرق حلب). A word that may be a verb is a noun after في, which no verb
  // follows: في قصف على باجل. (A name read off the whole word, باجل that the text layer reads ب + اجل, carries no
  // proclitic of its own.)
  auto attacked_place = [&](const RawMatch& r) {
    const uint32_t first = r.first;
    const Token& t = tokens[first];
    if (first < 2 || (!r.whole_first && (t.prefixes != 0 || t.suffix != Enclitic::kNone))) return false;
    const Token& on = tokens[first - 1];
    if (on.sentence != t.sentence || on.prefixes != 0 || !WordIs(BareWord(text.Stem(on)), "علي")) return false;
    uint32_t b = first - 2;
    if (nationality_at(b) && b > 0) --b;
    const Token& before = tokens[b];
    std::string_view noun = BareWord(text.Stem(before));
    const bool noun_after_preposition =
        b > 0 && tokens[b - 1].sentence == t.sentence && WordIs(BareWord(text.Stem(tokens[b - 1])), "في");
    if (before.sentence != t.sentence || before.kind != TokenKind::kWord || before.prefixes != 0 ||
        before.suffix != Enclitic::kNone || WordStartsWith(noun, "ال") ||
        (before.word_class & (kWordFunction | kWordName)) ||
        ((before.word_class & kWordVerb) && !noun_after_preposition) ||
        WordEndsWith(noun, "ون") || WordEndsWith(noun, "ين")) {
      return false;
    }
    const uint32_t next = first + r.length;
    if (next >= text.tokens.size() || tokens[next].sentence != t.sentence) return true;
    const Token& after = tokens[next];
    return after.kind != TokenKind::kWord || (after.word_class & kWordFunction) || (after.prefixes & kProWa) ||
           (lookups_out[next].kinds & kLocativeWord);
  };
  // A name that is also a common word (العديد، الشهداء، الجديدة) names the place only with place
  // evidence around it (CommonWordIsPlace).
  auto common_word_is_place = [&](const RawMatch& r, const std::string& country) {
    uint32_t first = r.first;
    const Token& t = tokens[first];
    CommonWordContext c;
    c.adjective = r.common == Lexicon::CommonWord::kAdjective;
    if (first > 0 && tokens[first - 1].sentence == t.sentence) {
      const Token& before = tokens[first - 1];
      c.place_noun_before = is_place_noun(first - 1);
      // (A particle is no noun: إلى، التي.)
      std::string_view stem = text.Stem(before);
      c.definite_before = before.kind == TokenKind::kWord && !(t.prefixes & kAttachingClitics) &&
                          !(before.word_class & kWordFunction) &&
                          ((before.prefixes & kProAl) || BareWord(stem).size() < stem.size() ||
                           before.suffix != Enclitic::kNone) &&
                          (!c.adjective || AgreesAsAttribute(out->keys.tokens[first - 1].key[0],
                                                             out->keys.tokens[first].key[0]) ||
                           agrees_with_construct_head(first));
    }
    // (Or joined by و to a place named right before it: في حمص وحماة، في صنعاء وإب.)
    auto listed_after_place = [&] {
      if (!(t.prefixes & kProWa)) return false;
      for (const RawMatch& e : raws) {
        if (e.first >= first) break;
        if (e.first + e.length != first || tokens[e.first].sentence != t.sentence) continue;
        for (uint32_t q : e.payloads) {
          if (EntryRef::Unpack(q).kind == EntryKind::kPlace) return true;
        }
      }
      return false;
    };
    c.locative_before = locative(first) || listed_after_place() || attacked_place(r);
    c.country_in_document = weight_of(country) >= 1;
    if (first + 1 < text.tokens.size() && tokens[first + 1].sentence == t.sentence) {
      const Token& after = tokens[first + 1];
      c.partitive_after = after.kind == TokenKind::kWord && after.prefixes == 0 && WordIs(text.Stem(after), "من");
      std::string_view w = BareWord(text.Stem(after));
      if (WordStartsWith(w, "ال")) w.remove_prefix(4);
      c.dated = after.kind == TokenKind::kNumber ||
                (IsDefinite(text, after) && (WordIs(w, "ماضي") || WordIs(w, "مقبل") || WordIs(w, "جاري")));
    }
    if (first > 0 && tokens[first - 1].sentence == t.sentence && tokens[first - 1].kind == TokenKind::kNumber) {
      c.dated = true;
    }
    return CommonWordIsPlace(c);
  };
  // Whether a name that is no short form names the record of payload `record` before token `first`.
  auto named_before = [&](uint32_t first, uint32_t record) {
    for (const RawMatch& e : raws) {
      if (e.first >= first) break;
      for (uint32_t q : e.payloads) {
        if (EntryRef::Record(q) == record && !EntryRef::Unpack(q).contextual) return true;
      }
    }
    return false;
  };
  // Whether the match ending right before token `first` is an agent of a state's (not an object).
  auto state_agent_before = [&](uint32_t first) {
    for (const RawMatch& e : raws) {
      if (e.first >= first) break;
      if (e.first + e.length != first || tokens[e.first].sentence != tokens[first].sentence) continue;
      for (uint32_t q : e.payloads) {
        EntryRef ref = EntryRef::Unpack(q);
        if (ref.kind != EntryKind::kAgent) continue;
        const AgentRecord& g = lex_->agents()[ref.index];
        if (!g.object && !g.sector.empty() && IsStateBodySector(g.sector)) return true;
      }
    }
    return false;
  };
  // ?مالية: a nationality that is also a common adjective (المالية "financial") is one only right after
  // a state's agent (السلطات، الحكومة، الجيش) in a document about its country.
  auto contextual_demonym = [](uint32_t p) {
    EntryRef ref = EntryRef::Unpack(p);
    return ref.kind == EntryKind::kDemonym && ref.contextual;
  };
  for (RawMatch& r : raws) {
    // (Asked inline first: most matches have no such payload, and erase_if calls its test per payload.)
    if (!(r.kinds & KindBit(EntryKind::kDemonym)) || !AnyPayload(r.payloads, contextual_demonym)) continue;
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      return contextual_demonym(p) &&
             (weight_of(lex_->demonyms()[EntryRef::Unpack(p).index].country) < 1 || !state_agent_before(r.first));
    });
  }
  // Whether a sure name of a person of `country` starts right after match `r`, in its sentence.
  auto person_of_after = [&](const RawMatch& r, const std::string& country) {
    uint32_t next = r.first + r.length;
    if (country.empty() || next >= token_count || tokens[next].sentence != tokens[r.first].sentence) {
      return false;
    }
    for (const RawMatch& e : raws) {
      if (e.first > next) break;
      if (e.first != next || e.weak || e.fallback) continue;
      for (uint32_t q : e.payloads) {
        EntryRef ref = EntryRef::Unpack(q);
        if (ref.kind != EntryKind::kActor || ref.contextual) continue;
        const ActorRecord& rec = lex_->RecordOn(lex_->actors()[ref.index], date);
        if (rec.is_person && SameCode(rec.country, country)) return true;
      }
    }
    return false;
  };
  for (RawMatch& r : raws) {
    // A place noun alone (المدينة "the city", not Medina) is never a name.
    bool place_noun = r.length == 1 && is_place_noun(r.first);
    if (!r.weak && !place_noun && r.common == Lexicon::CommonWord::kNone) continue;
    // (Only places and actors are weighed: a match of agents or nationalities alone is passed over
    // inline, without erase_if's call per payload.)
    if (!AnyPayload(r.payloads, [](uint32_t p) {
          EntryKind kind = EntryRef::Unpack(p).kind;
          return kind == EntryKind::kPlace || kind == EntryKind::kActor;
        })) {
      continue;
    }
    // (A ب read off the whole word, بفيينا, is a preposition of place as one the text layer split is.)
    // (Asked only when a place is weighed, once: most of these matches name none, and locative() looks
    // the word before up.)
    int keep_places = -1;
    auto keeps_places = [&] {
      if (keep_places < 0) keep_places = r.weak ? locative(r.first) || (r.clitic & kProBi) : true;
      return keep_places != 0;
    };
    // A gazetteer town named by a common word (الأمن Emmen، إطار Atar، الجامعة Djamaa) after a mere
    // preposition needs its country in the document too; after a place noun (مدينة X) it is a name.
    bool named_as_place = r.first > 0 && is_place_noun(r.first - 1) &&
                          tokens[r.first - 1].sentence == tokens[r.first].sentence;
    // An undated document is read as today's, but a generic name no living actor of the document's countries
    // bears names the one that bore it there (قوات النظام in an undated text about Syria: Assad's army, no
    // other force being so called): only where one of them lives are the others, whose time is over, refused
    // (?التحالف@IRQ, the coalition against ISIS, not the multinational force of 2004-2009). (Asked before the
    // payloads are erased, and only for an undated document.)
    const bool theatre_name_lives = date.empty() && AnyPayload(r.payloads, [&](uint32_t q) {
      EntryRef e = EntryRef::Unpack(q);
      if (e.kind != EntryKind::kActor || !e.contextual) return false;
      const Actor& a = lex_->actors()[e.index];
      return !a.theatres.empty() && theatre_weight(a) >= 1 && lives_on(lex_->RecordOn(a, date));
    });
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind == EntryKind::kPlace) {
        // Generic wording (?القطاع, the Gaza Strip) names the place only in a document that names its
        // country (قطاع غزة، فلسطينيون): موظفو القطاع العام in Lebanon are public-sector employees.
        const PlaceRecord& pl = lex_->places()[ref.index];
        // (A gazetteer name marked so, one transliterated from GeoNames' romanization, is the town after a
        // place noun too: بلدة تادف.)
        if (ref.contextual && weight_of(pl.country) < 1 && (pl.curated || !named_as_place)) return true;
        if (place_noun) return true;
        if (r.common != Lexicon::CommonWord::kNone) return !common_word_is_place(r, pl.country);
        if ((pl.curated && !(r.whole_first && r.length == 1)) || !r.weak) return false;
        // (A city of 100,000 or more named by a phrase of common words, تل أبيب، أديس أبابا، بئر السبع, is
        // the city after a preposition of place, or after على: صواريخ على تل أبيب.)
        bool large_city = r.length > 1 && pl.population >= 100000;
        // (A state's capital so named is the city wherever it stands, the object of a verb too: حماس تضرب تل
        // أبيب. News names no city more, and the metonym of the state is no phrase of common words.)
        if (large_city && pl.capital) return false;
        bool after_on = large_city && r.first > 0 && tokens[r.first - 1].sentence == tokens[r.first].sentence &&
                        WordIs(text.Stem(tokens[r.first - 1]), "علي");
        // (So is a weak name where an attack falls, قصف على باجل, in a document that names its country.)
        if (!after_on && weight_of(pl.country) >= 1) after_on = attacked_place(r);
        return !(keeps_places() || after_on) || (!named_as_place && !large_city && weight_of(pl.country) < 1);
      }
      if (ref.kind == EntryKind::kActor) {
        if (!r.weak && !place_noun) return false;  // (here for its places only)
        // A short form (^المرصد) names its actor only after another of its names.
        if (ref.anaphoric()) return !named_before(r.first, EntryRef::Record(p));
        // A multi-word name (قوات الدعم السريع، مجلس الأمن الدولي) is specific enough; a single
        // common word, or a name marked contextual, needs its country in the document.
        if (r.length > 1 && !ref.contextual) return false;
        const Actor& actor = lex_->actors()[ref.index];
        const ActorRecord& rec = lex_->RecordOn(actor, date);
        // A generic name read where the actor fights (?التحالف@YEM) needs a document that names one of those
        // countries, dated within the actor's life: التحالف in Yemen since 2015 is the Saudi-led coalition,
        // in Iraq since 2014 the one against ISIS, and in Iraq in 2003 neither. (Place and date together
        // are the evidence a document clearly about the actor's own country is for other generic names.)
        if (!actor.theatres.empty() && ref.contextual) {
          return theatre_weight(actor) < 1 || (!lives_on(rec) && (!date.empty() || theatre_name_lives));
        }
        // A person's name marked contextual (?محمد يونس, a common name) names him only in a document that
        // names his country.
        if (rec.is_person) return ref.contextual && weight_of(rec.country) < 1;
        // Generic wording names an organisation only in a document clearly about its country, or right
        // before the name of a person of that country, whom it titles: زعيم حزب العمال كير ستارمر.
        return weight_of(rec.country) < 2 && !person_of_after(r, rec.country);
      }
      return false;
    });
  }

  // The shorter names inside a name the context refused count on their own (مسلحو in ?مسلحو الشباب
  // far from Somalia); inside a name it kept, they are part of it.
  for (size_t k = 0; any_fallback && k < raws.size(); ++k) {
    if (raws[k].payloads.empty()) continue;
    for (size_t j = k + 1; j < raws.size() && raws[j].first < raws[k].first + raws[k].length; ++j) {
      if (raws[j].fallback) raws[j].payloads.clear();
    }
  }

  // After a place noun a name names a town, not a state: العاصمة عمان، مدينة عمان is Amman, not
  // Oman, which عمان also names (PlaceNounNamesTown in place_name.h).
  // So after a diplomatic mission and في (the mission's nationality or name between): السفارة
  // الأمريكية في عمان is in Amman.
  auto mission_in = [&](uint32_t first) {
    if (first < 3 || !WordIs(bare_word_at(first - 1), "في")) return false;
    for (uint32_t k = first - 2; k + 5 > first && k < first; --k) {
      if (tokens[k].sentence != tokens[first].sentence) return false;
      if (lex_->mission_words().Of(out->keys.tokens[k]) & kMissionWord) return true;
      if (k == 0) break;
    }
    return false;
  };
  for (RawMatch& r : raws) {
    if (r.length != 1 || !(r.kinds & KindBit(EntryKind::kPlace)) || r.first == 0 ||
        tokens[r.first - 1].sentence != tokens[r.first].sentence || !(is_place_noun(r.first - 1) || mission_in(r.first))) {
      continue;
    }
    auto state = [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      return ref.kind == EntryKind::kCountry ||
             (ref.kind == EntryKind::kPlace && !PlaceNounNamesTown(lex_->places()[ref.index].kind));
    };
    bool town = AnyPayload(r.payloads, [&](uint32_t p) {
      return EntryRef::Unpack(p).kind == EntryKind::kPlace && !state(p);
    });
    if (town) ErasePayloads(&r.payloads, state);
  }
  // المسلحون الدروز، المقاتلين العلويين: a community's definite plural that is also an adjective of people (agents.tsv
  // !الدروز, countries.tsv دروز) is the adjective right after a definite noun of people, which it agrees with: the
  // gunmen of that community, not the community itself.
  for (size_t k = 1; k < raws.size(); ++k) {
    RawMatch& r = raws[k];
    constexpr uint8_t kAgentDemonym = KindBit(EntryKind::kAgent) | KindBit(EntryKind::kDemonym);
    if (r.length != 1 || (r.kinds & kAgentDemonym) != kAgentDemonym) continue;
    const Token& t = tokens[r.first];
    if (!IsDefinite(text, t) || (t.prefixes & kAttachingClitics)) continue;
    auto sure_agent = [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent && EntryRef::Unpack(p).sure; };
    bool adjective = AnyPayload(r.payloads, [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kDemonym; });
    if (!adjective || !AnyPayload(r.payloads, sure_agent)) continue;
    bool people = false;
    for (size_t j = 0; j < k && !people; ++j) {
      const RawMatch& before = raws[j];
      const Token& head = tokens[before.first];
      people = before.first + before.length == r.first && head.sentence == t.sentence &&
               IsDefinite(text, head) &&
               std::any_of(before.payloads.begin(), before.payloads.end(), [&](uint32_t p) {
                 EntryRef ref = EntryRef::Unpack(p);
                 return ref.kind == EntryKind::kAgent && lex_->agents()[ref.index].kind_id == AgentKind::kGroup;
               });
    }
    if (people) ErasePayloads(&r.payloads, sure_agent);
  }
  // A noun after "without" names no one: طائرة بدون طيار، طائرات من دون طيار، طائرة بلا طيار are drones,
  // not a pilot.
  auto drop_pilot_without = [&](RawMatch& r) __attribute__((always_inline)) {
    if (!(r.kinds & KindBit(EntryKind::kAgent)) || r.first == 0 ||
        tokens[r.first - 1].sentence != tokens[r.first].sentence || tokens[r.first].prefixes != 0) {
      return;
    }
    std::string_view before = bare_word_at(r.first - 1);
    if (!WordIs(before, "بدون") && !WordIs(before, "دون") && !WordIs(before, "بلا")) return;
    ErasePayloads(&r.payloads, [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent; });
  };

  // 20 طالبا، 30 عاملا، 12 متهما: an agent's counted form (agents.tsv %طالبا) names it only right after a count whose
  // last two digits are 11 to 99, which takes the accusative singular; elsewhere the word is another (طالبا
  // "demanding", متهما إياه "accusing him").
  auto is_agent = [](uint32_t p) { return EntryRef::Unpack(p).kind == EntryKind::kAgent; };
  auto drop_uncounted_agent = [&](RawMatch& r) __attribute__((always_inline)) {
    if (r.length != 1 || !(r.kinds & KindBit(EntryKind::kAgent))) return;
    if (tokens[r.first].prefixes != 0 || tokens[r.first].suffix != Enclitic::kNone || !AnyPayload(r.payloads, is_agent)) {
      return;
    }
    if (!lex_->IsCountedAgentForm(BareWord(text.Stem(tokens[r.first])))) return;
    auto q = std::find_if(text.quantities.begin(), text.quantities.end(),
                          [&](const Quantity& x) { return x.end_token == r.first; });
    bool counted = q != text.quantities.end() && !q->vague && q->unit.empty() &&
                   static_cast<int64_t>(q->value) % 100 >= 11;
    if (!counted) ErasePayloads(&r.payloads, is_agent);
  };

  // عمان after a preposition of place (في عمان، إلى عمان) in a document that names neither Jordan nor
  // Oman (no الأردني, no العماني, مسقط ...) is Amman: news writes the state سلطنة عمان or makes it a
  // subject (قالت عمان), and meetings, protests and datelines are in Amman. A name of a state that
  // is also a curated city of another state is that city there (not a region: جورجيا is no US
  // state); with context, context decides.
  auto amman_after_preposition = [&](RawMatch& r) __attribute__((always_inline)) {
    if (r.length != 1 || !(r.kinds & KindBit(EntryKind::kCountry))) return;
    int32_t state_country = -1;
    bool town_abroad = false, context = false;
    for (uint32_t p : r.payloads) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind == EntryKind::kCountry) state_country = static_cast<int32_t>(ref.index);
    }
    // (The state's name first: few matches name one, and locative() looks the word before up.)
    if (state_country < 0 || !locative(r.first)) return;
    const std::string& sc = lex_->record(lex_->countries()[state_country]).country;
    for (uint32_t p : r.payloads) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind != EntryKind::kPlace) continue;
      const PlaceRecord& pl = lex_->places()[ref.index];
      context = context || weight_of(pl.country) >= 1;
      town_abroad = town_abroad ||
                    (pl.curated && (WordIs(pl.kind, "city") || WordIs(pl.kind, "town")) && pl.country != sc);
    }
    if (!town_abroad || context || weight_of(sc) >= 1) return;
    ErasePayloads(&r.payloads, [&](uint32_t p) {
      EntryRef ref = EntryRef::Unpack(p);
      return ref.kind == EntryKind::kCountry ||
             (ref.kind == EntryKind::kPlace && !PlaceNounNamesTown(lex_->places()[ref.index].kind));
    });
  };
  // The three passes above, one match at a time: each reads only its own match and the tokens. (One loop, the passes
  // inlined into it, as the passes after the country context are.)
  for (RawMatch& r : raws) {
    drop_pilot_without(r);
    drop_uncounted_agent(r);
    amman_after_preposition(r);
  }

  // 4. Resolution.
  std::vector<Mention>& ms = out->mentions;
  ms.reserve(raws.size());
  // The countries of a mention's candidate places (kept per thread, as the matches are).
  thread_local std::vector<std::string_view> kept_place_countries;
  std::vector<std::string_view>& place_countries = kept_place_countries;
  // الحكم المدني، التصعيد العسكري، المؤتمر الصحفي: a definite singular nisba of people (مدني، عسكري، صحفي:
  // nouns of people that are also adjectives in ي) right after a definite common noun, a word of no mention, is
  // that noun's adjective and names no one: whether resolved mention m is one, `last_end` being the end of the
  // mention kept before it (0 for none).
  // (Asked as each mention is resolved, and such a mention is never kept: a pass after resolution dropped them
  // by moving every mention after the first one dropped.)
  auto nisba_adjective = [&](const Mention& m, uint32_t last_end) {
    if (m.agent < 0 || m.record >= 0 || m.demonym >= 0 || m.end_token != m.first_token + 1 || m.first_token == 0 ||
        last_end >= m.first_token) {
      return false;
    }
    const Token& t = tokens[m.first_token];
    const Token& before = tokens[m.first_token - 1];
    bool definite_nisba = (t.prefixes & kProAl) && t.suffix == Enclitic::kNone &&
                          !(t.prefixes & kAttachingClitics) && WordEndsWith(BareWord(text.Stem(t)), "ي");
    return definite_nisba && before.sentence == t.sentence && before.kind == TokenKind::kWord &&
           before.suffix == Enclitic::kNone &&
           ((before.prefixes & kProAl) ||
            (WordStartsWith(text.Stem(before), "ال") && !(before.word_class & (kWordVerb | kWordFunction))));
  };
  uint32_t last_kept_end = 0;  // (the end of the last mention kept)
  for (RawMatch& r : raws) {
    if (r.payloads.empty()) {
      if (r.payloads.capacity() > 0) spare.push_back(std::move(r.payloads));
      continue;
    }
    Mention& m = ms.emplace_back();  // (no reallocation: reserved above)
    m.first_token = r.first;
    m.end_token = r.first + r.length;
    m.corrected = r.corrected;
    if (!r.corrected_to.empty()) m.corrected_to = r.corrected_to;
    m.entries = std::move(r.payloads);
    m.prefixes = r.whole_first ? 0 : tokens[r.first].prefixes | r.clitic;
    // (A name read off the whole word, بغانا, has no pronoun: the text layer's was the name's end.)
    bool whole = r.clitic != 0 && r.length == 1 && lookups_out[r.first].clitic_on_whole;
    m.pronoun = whole ? Enclitic::kNone : tokens[m.end_token - 1].suffix;
    int32_t actor_rec = -1, state_rec = -1, agent = -1, demonym = -1, place = -1;
    int actor_score = -1, place_score = -1;
    // موسكو is Moscow even in a story about Americans: a city of a million or more is what its name
    // means wherever the gazetteer's namesake is fifty times smaller (Mesquite, Texas); the context
    // decides only between places of comparable size (طرابلس: Tripoli of Libya or of Lebanon).
    // (Read only where the match named a place.)
    int64_t largest = 0;
    for (size_t e = 0; (r.kinds & KindBit(EntryKind::kPlace)) && e < m.entries.size(); ++e) {
      EntryRef ref = EntryRef::Unpack(m.entries[e]);
      if (ref.kind == EntryKind::kPlace) largest = std::max(largest, lex_->places()[ref.index].population);
    }
    auto dwarfed = [&](const PlaceRecord& pl) {
      return largest >= 1000000 && !pl.curated && pl.population * 50 < largest;
    };
    for (uint32_t p : m.entries) {
      EntryRef ref = EntryRef::Unpack(p);
      switch (ref.kind) {
        case EntryKind::kActor: {
          const Actor& a = lex_->actors()[ref.index];
          const ActorRecord& rec = lex_->RecordOn(a, date);
          // (A generic name read where its actor fights scores by that country: التحالف in a document
          // about Yemen and Iraq is the coalition of the one named more.)
          int score = ref.contextual && !a.theatres.empty() ? theatre_weight(a) : weight_of(rec.country);
          // A name two actors bore in turn names the one alive on the document's date before any the context
          // favours: جيش الإسلام in 2007 is Gaza's group, Syria's being founded in 2013. (An undated document
          // is left to the context: today's reading of it is a guess.)
          if (!date.empty() && rec.Covers(date)) score += kAliveOnTheDate;
          if (score > actor_score) {
            actor_score = score;
            actor_rec = static_cast<int32_t>(&rec - lex_->records().data());
          }
          break;
        }
        case EntryKind::kCountry:
          state_rec = static_cast<int32_t>(lex_->countries()[ref.index]);
          break;
        case EntryKind::kAgent:
          if (agent < 0) agent = static_cast<int32_t>(ref.index);
          break;
        case EntryKind::kDemonym:
          if (demonym < 0) demonym = static_cast<int32_t>(ref.index);
          break;
        case EntryKind::kPlace: {
          const PlaceRecord& pl = lex_->places()[ref.index];
          if (dwarfed(pl)) break;
          // Context first, then curated entries, then size.
          int score = weight_of(pl.country) * 4 + (pl.curated ? 2 : 0) + (pl.population > 1000000 ? 1 : 0);
          if (score > place_score ||
              (score == place_score && place >= 0 && pl.population > lex_->places()[place].population)) {
            place_score = score;
            place = static_cast<int32_t>(ref.index);
          }
          break;
        }
      }
    }
    if (place >= 0) {
      m.place = place;
      int total = 0, chosen = weight_of(lex_->places()[place].country);
      std::vector<std::string_view>& seen = place_countries;
      seen.clear();
      for (uint32_t p : m.entries) {
        EntryRef ref = EntryRef::Unpack(p);
        if (ref.kind != EntryKind::kPlace || dwarfed(lex_->places()[ref.index])) continue;
        const std::string& c = lex_->places()[ref.index].country;
        bool counted = false;  // (a plain loop: see add above)
        for (std::string_view v : seen) counted = counted || SameCode(v, c);
        if (counted) continue;
        seen.push_back(c);
        total += weight_of(c) + 1;
      }
      m.place_confidence = seen.size() <= 1 ? 1.0f : static_cast<float>(chosen + 1) / static_cast<float>(total);
    }
    // عمان is Oman and Amman: a name the context resolves to a town of another state does not name
    // the state (في عمان with Jordanians about is Amman, not Oman as an actor).
    // A town of the generated gazetteer that bears a state's name (بولونيا: Bologna and Poland) is
    // that town only where the document supports its country more than the state's (بولونيا الإيطالية);
    // elsewhere the name is the state. (After a place noun, مدينة بولونيا, the state was dropped above.)
    if (state_rec >= 0 && place >= 0 && lex_->places()[place].country != lex_->record(state_rec).country) {
      const PlaceRecord& pl = lex_->places()[place];
      if (pl.curated || weight_of(pl.country) > weight_of(lex_->record(state_rec).country)) {
        state_rec = -1;
      } else {
        place = -1;
        m.place = -1;
      }
    }
    // سورية، تركية: a state's name that is also its feminine nationality is the adjective right after
    // an indefinite noun (طائرات تركية، قوات سورية), which it agrees with; elsewhere the state (زار
    // الوزير سورية، في سورية).
    if (state_rec >= 0 && demonym >= 0 && actor_rec < 0 && r.length == 1 && r.first > 0 &&
        tokens[r.first].prefixes == 0) {
      const Token& before = tokens[r.first - 1];
      bool indefinite = before.kind == TokenKind::kWord && before.sentence == tokens[r.first].sentence &&
                        !(before.prefixes & kProAl) && before.suffix == Enclitic::kNone;
      bool indefinite_noun =
          indefinite && (before.word_class & kWordNoun) && !(before.word_class & (kWordVerb | kWordFunction));
      // طائرات حربية تركية، زوارق حربية سورية: so is it after a generic agent whose name ends in an
      // adjective of its own, which the word classes need not call a noun (حربية).
      if (indefinite && !indefinite_noun && ms.size() >= 2) {
        const Mention& agent_before = ms[ms.size() - 2];
        indefinite_noun = agent_before.end_token == r.first && agent_before.agent >= 0 && agent_before.record < 0 &&
                          agent_before.end_token > agent_before.first_token + 1;
      }
      if (indefinite_noun) {
        state_rec = -1;
        place = -1;
        m.place = -1;
      }
    }
    // 20 سوريا، 15 ليبيا: after a count of 11 to 99 the noun is an accusative singular, and a state's
    // name that is also the accusative of its nationality (سوريًّا، ليبيًّا) counts people of it.
    bool counted_people = false;
    if (state_rec >= 0 && actor_rec < 0 && demonym < 0 && r.length == 1 && r.first > 0 &&
        tokens[r.first].prefixes == 0 && tokens[r.first].suffix == Enclitic::kNone) {
      const Token& before = tokens[r.first - 1];
      std::string_view digits = text.Stem(before);
      unsigned count = 0;
      bool number = before.kind == TokenKind::kNumber && before.sentence == tokens[r.first].sentence &&
                    std::from_chars(digits.data(), digits.data() + digits.size(), count).ptr ==
                        digits.data() + digits.size();
      if (number && count >= 11 && count <= 99) {
        int32_t d = AccusativeDemonym(*lex_, text, r.first, lex_->record(state_rec).country);
        if (d >= 0) {
          demonym = d;
          counted_people = true;
          state_rec = -1;
          place = -1;
          m.place = -1;
        }
      }
    }
    // استشهد فلسطيني، أصيب إسرائيلي، اعتقل سوري: an indefinite singular nationality right after a word that is only a
    // verb is its subject or object, a person of that nation; after a word that is also a noun (قصف إسرائيلي، رفض
    // فلسطيني) it may be the adjective of a verbal noun, and stays one.
    bool person_after_verb = false;
    if (demonym >= 0 && actor_rec < 0 && state_rec < 0 && r.length == 1 && r.first > 0 &&
        tokens[r.first].prefixes == 0 && tokens[r.first].suffix == Enclitic::kNone) {
      const Token& before = tokens[r.first - 1];
      const bool verb_before = before.kind == TokenKind::kWord && before.sentence == tokens[r.first].sentence &&
                               !(before.prefixes & kProAl) && before.suffix == Enclitic::kNone &&
                               (before.word_class & kWordVerb) && !(before.word_class & (kWordFunction | kWordName));
      person_after_verb = verb_before && !(before.word_class & (kWordNoun | kWordLexicon));
      // هاجم فلسطيني جنديا، طعن أردني سائحا: after a word that is also a noun (هاجم، طعن، قتل) the nationality is the
      // verb's subject where an indefinite accusative follows it, the verb's object: an adjective of a verbal noun
      // would stand in the same case as its noun (دعما أمريكيا), not between a bare noun and an accusative.
      if (verb_before && !person_after_verb && !(before.prefixes & ~(kProWa | kProFa)) && r.first + 1 < token_count) {
        const Token& next = tokens[r.first + 1];
        const std::string_view w = text.Norm(next);
        constexpr std::string_view kAlif = "ا";
        person_after_verb = next.kind == TokenKind::kWord && next.sentence == tokens[r.first].sentence &&
                            next.prefixes == 0 && next.suffix == Enclitic::kNone && w.size() >= 3 * kAlif.size() &&
                            w.ends_with(kAlif) && !w.substr(0, w.size() - kAlif.size()).ends_with(kAlif);
      }
    }
    int32_t rec = actor_rec >= 0 ? actor_rec : state_rec;
    if (rec >= 0) {
      const ActorRecord& a = lex_->record(rec);
      m.is_actor = true;
      m.record = rec;
      m.country = a.country;
      m.sector = a.sector;
    } else if (agent >= 0) {
      const AgentRecord& g = lex_->agents()[agent];
      m.is_actor = true;
      m.agent = agent;
      m.sector = g.sector;
      m.people = g.kind_id == AgentKind::kGroup;
      m.object = g.object;
    } else if (demonym >= 0) {
      const DemonymRecord& d = lex_->demonyms()[demonym];
      m.demonym = demonym;
      m.is_actor = d.plural || counted_people || (person_after_verb && !d.regional);
      m.people = m.is_actor;
      if (!d.regional) m.country = d.country;
      Lexicon::Territory territory = m.end_token == m.first_token + 1 ? territory_before(m.first_token)
                                                                      : Lexicon::Territory::kNone;
      // The noun ends a name of several words (حرس الحدود، خفر السواحل): the nationality is the
      // name's (حرس الحدود الإيراني), not a territory.
      if (territory != Lexicon::Territory::kNone && ms.size() >= 2) {
        const Mention& before = ms[ms.size() - 2];
        if (before.end_token == m.first_token && before.end_token - before.first_token >= 2) {
          territory = Lexicon::Territory::kNone;
        }
      }
      if (m.place < 0 && !d.regional && territory != Lexicon::Territory::kNone) {
        // العاصمة العراقية is Baghdad; the other nouns name a part of the country or all of it.
        bool capital = territory == Lexicon::Territory::kCapital;
        m.place = capital ? lex_->CapitalPlace(d.country) : -1;
        if (m.place < 0) m.place = lex_->CountryPlace(d.country);
        m.place_confidence = 1;
        m.first_token -= 1;  // the place is the phrase: في [الأجواء العراقية]
        m.prefixes = tokens[m.first_token].prefixes;
      }
    }
    if (m.agent < 0 && agent >= 0 && rec < 0) m.agent = agent;
    if ((!m.is_actor && m.place < 0 && m.demonym < 0) || nisba_adjective(m, last_kept_end)) {
      recycle(&m.entries);
      ms.pop_back();
    } else {
      last_kept_end = m.end_token;
    }
  }

  // معسكر اليرموك جنوب طرابلس، قرية الحميدية شرق خان يونس: a place named by its direction from a town (شمال، جنوب،
  // شرق، غرب، قرب, with a place noun or not before the town: جنوب العاصمة طرابلس) lies in the town's country. A
  // reading of the name in another country (Syria's Yarmouk camp) is another place of that name, not this one, and
  // the name is no place.
  {
    size_t kept = 0;
    for (size_t k = 0; k < ms.size(); ++k) {
      Mention& m = ms[k];
      bool elsewhere = false;
      if (m.is_place() && !m.is_actor && k + 1 < ms.size() && ms[k + 1].is_place()) {
        const Mention& n = ms[k + 1];
        const uint32_t j = TownAfterDirection(*lex_, text, out->keys, m.end_token, tokens[m.first_token].sentence,
                                              n.first_token);
        const PlaceRecord& here = lex_->places()[m.place];
        const PlaceRecord& town = lex_->places()[n.place];
        elsewhere = j > m.end_token && j == n.first_token && !WholeArea(here.kind) && !WholeArea(town.kind) &&
                    !here.country.empty() && !town.country.empty() && here.country != town.country;
      }
      if (elsewhere) {
        recycle(&m.entries);
        continue;
      }
      if (kept != k) ms[kept] = std::move(m);
      ++kept;
    }
    ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(kept), ms.end());
  }
  // 5. Composition.
  // The words between an agent and its nationality are adjectives of the agent, which agree with it
  // and with the nationality in definiteness: القوات الأمنية العراقية، قوة أمنية عراقية، مصادر أمنية
  // عراقية. An indefinite word between is a plain noun or adjective (no verb, name, number or pronoun).
  auto gap_ok = [&](const Mention& a, const Mention& b, uint32_t max_gap) {
    if (b.first_token < a.end_token || b.first_token - a.end_token > max_gap) return false;
    if (tokens[a.first_token].sentence != tokens[b.first_token].sentence) return false;
    bool definite = tokens[b.first_token].prefixes & kProAl;
    // An adjective agrees with its noun in definiteness: right after a definite word, an indefinite
    // nationality is no adjective of it (قتلت القوات الإسرائيلية فلسطينيين: the object).
    const Token& a_end = tokens[a.end_token - 1];
    if (!definite && !WordStartsWith(text.Stem(tokens[b.first_token]), "ال") && b.first_token == a.end_token &&
        IsDefinite(text, a_end)) {
      return false;
    }
    if (!definite && b.first_token > a.end_token && (tokens[a.first_token].prefixes & kProAl)) return false;
    // Nor in case: an indefinite singular nationality in the accusative (فلسطينيا، مصريا) qualifies only a noun
    // in that case, which ends in its alif too (سائحا فرنسيا); in قتل مسلحون فلسطينيا it is the object.
    if (!definite && b.end_token == b.first_token + 1 && AccusativeNationality(*lex_, text, b.first_token) &&
        !WordEndsWith(BareWord(text.Stem(a_end)), "ا")) {
      return false;
    }
    // Nor a definite one after an indefinite agent, with words between: in هاجم مسلحون القوافل التركية
    // the nationality is the convoys'. (A construct, قوات الأمن العراقية, is definite by its last word.)
    const Token& last = tokens[a.end_token - 1];
    bool a_definite = (last.prefixes & kProAl) || text.Stem(last).rfind("ال", 0) == 0;
    if (definite && !a_definite && b.first_token > a.end_token && a.record < 0) return false;
    // With words between, a nationality agrees in gender with a definite agent it qualifies (the words
    // between are then its adjectives; a definite noun takes no genitive): in رفضت الحكومة المقترح
    // الإسرائيلي، انتقدت الحكومة الموقف التركي the masculine nationality is the object's. An agent in ة
    // or in ات (a feminine, or a plural of things or of groups: القوات) takes the feminine in ية.
    // (Nationalities are normalized with ه for ة.)
    if (b.first_token > a.end_token && (last.prefixes & kProAl) && b.end_token == b.first_token + 1) {
      std::string_view head = text.Stem(last), nationality = text.Stem(tokens[b.first_token]);
      bool feminine_agent = WordEndsWith(head, "ه") || WordEndsWith(head, "ات");
      bool masculine_singular = WordEndsWith(nationality, "ي");
      if (feminine_agent && masculine_singular) return false;
      // A definite office (الرئيس) is followed by its nationality first (الرئيس الأمريكي السابق): in
      // رفض الرئيس المقترح الأمريكي the nationality is the proposal's.
      if (a.agent >= 0 && lex_->agents()[a.agent].kind_id == AgentKind::kOffice && a.end_token == a.first_token + 1) {
        return false;
      }
    }
    // Nor a feminine one after a man's office, with words between: in رفض الرئيس الوساطة القطرية the
    // nationality is the mediation's.
    if (b.first_token > a.end_token && a.agent >= 0 && lex_->agents()[a.agent].kind_id == AgentKind::kOffice &&
        WordEndsWith(text.Stem(tokens[b.first_token]), "ه") &&
        !WordEndsWith(text.Stem(tokens[a.first_token]), "ه")) {
      return false;
    }
    // An adjective of a sound plural agrees with it in case: in اختطف مسلحون مجهولون مهندسين أتراك the
    // accusative مهندسين is the object, and the nationality is the engineers'.
    std::string_view head = text.Stem(tokens[a.end_token - 1]);
    bool nominative = WordEndsWith(head, "ون"), oblique = WordEndsWith(head, "ين");
    // (So is a nationality right after it: in أصاب المستوطنون الفلسطينيين the Palestinians are the object.)
    if (b.first_token == a.end_token && AtLeastLetters(BareWord(head), 5)) {
      std::string_view w = text.Stem(tokens[b.first_token]);
      if ((nominative && WordEndsWith(w, "ين")) || (oblique && WordEndsWith(w, "ون"))) return false;
    }
    for (uint32_t k = a.end_token; k < b.first_token; ++k) {
      const Token& g = tokens[k];
      if (g.kind != TokenKind::kWord || (g.prefixes & kAttachingClitics)) return false;
      std::string_view w = text.Stem(g);
      if ((nominative && WordEndsWith(w, "ين")) || (oblique && WordEndsWith(w, "ون"))) return false;
      if (definite ? !(g.prefixes & kProAl) : (g.prefixes & kProAl) || g.suffix != Enclitic::kNone ||
                                                 (g.word_class & (kWordVerb | kWordFunction | kWordName | kWordNumber))) {
        return false;
      }
    }
    return true;
  };
  // قوات حفتر، عناصر حماس: the head of a construct takes no article, so a definite agent joins only a
  // definite name, which qualifies it (المتمردين الحوثيين): in حملت الحكومة حركة الشباب المسؤولية the
  // group is the object. (A title before a name, الرئيس دونالد ترامب, is apposition.)
  auto definite_head = [&](const Mention& a) {
    const Token& head = tokens[a.first_token];
    return IsDefinite(text, head);
  };
  // A definite name of one word in ـي، ـية or their plurals (الحوثية، الحوثيين، الفلسطينية) may be the adjective
  // of a definite agent (الميليشيات الحوثية); a definite name of a phrase (الجيش المالي، الحكومة السودانية) is no
  // genitive of it, as the head of a construct takes no article: in اتهمت البعثة الجيش المالي it is the object.
  auto relational_adjective = [&](const Mention& a) {
    if (a.end_token != a.first_token + 1) return false;
    std::string_view w = BareWord(text.Stem(text.tokens[a.first_token]));
    return WordEndsWith(w, "ي") || WordEndsWith(w, "يه") || WordEndsWith(w, "يين") || WordEndsWith(w, "يون") ||
           WordEndsWith(w, "يات");
  };
  // An office before a person's name is his title (الرئيس دونالد ترامب), unless the office is of another
  // nation: in انتقد وزير الخارجية الإيراني نتنياهو the name is the object.
  auto title_of = [&](const Mention& agent, const Mention& name) {
    return lex_->agents()[agent.agent].kind_id == AgentKind::kOffice && lex_->record(name.record).is_person &&
           (agent.country.empty() || name.country.empty() || agent.country == name.country);
  };
  // مسلحون، المقاتلين: a sound masculine plural keeps its ن only outside a construct (مسلحو حركة الشباب), so
  // an agent ending in one is no head of a construct: in هاجم مسلحون القوات التركية the forces are the
  // object. (Five letters at least: أمين، سجين are singulars. A name that agrees with it in the article is
  // its adjective: مسلحون حوثيون، المتمردين الحوثيين.)
  auto sound_plural_end = [&](const Mention& a) {
    std::string_view w = BareWord(text.Stem(tokens[a.end_token - 1]));
    return (WordEndsWith(w, "ون") || WordEndsWith(w, "ين")) && AtLeastLetters(w, 5);
  };
  // Two sound masculine plurals in one case and of one definiteness (المستوطنون المتطرفون، المسلحين المجهولين;
  // مسلحون ملثمون، مسلحين ملثمين).
  auto same_sound_plural = [&](const Mention& a, const Mention& b) {
    const Token& x = tokens[a.end_token - 1];
    const Token& y = tokens[b.first_token];
    auto definite = [&](const Token& t) { return IsDefinite(text, t); };
    if (definite(x) != definite(y) || x.suffix != Enclitic::kNone || y.suffix != Enclitic::kNone) return false;
    // (Indefinite, only of one sector: مستشارون عسكريون are military advisers, which another reading gives. But
    // armed men of no stated side, UAF, add no side to a people with one: انفصاليون مسلحون، مسلحون انفصاليون are
    // armed separatists, of the side the other names. Not a word of no sector, موالون لـ, which is read after.)
    const bool armed_of_a_side = !a.sector.empty() && !b.sector.empty() &&
                                 (WordIs(a.sector, "UAF") || WordIs(b.sector, "UAF"));
    if (!definite(x) && a.sector != b.sector && !armed_of_a_side) return false;
    std::string_view u = BareWord(text.Stem(x)), v = BareWord(text.Stem(y));
    if (!AtLeastLetters(u, 5) || !AtLeastLetters(v, 5)) return false;
    return (WordEndsWith(u, "ون") && WordEndsWith(v, "ون")) || (WordEndsWith(u, "ين") && WordEndsWith(v, "ين"));
  };
  // A sound masculine plural and one right after it in the other case (مسلحون مستوطنين): the second is no
  // adjective nor genitive of the first (a plural in ون is in no construct), but the verb's object.
  auto other_case_plural = [&](const Mention& a, const Mention& b) {
    const Token& x = text.tokens[a.end_token - 1];
    const Token& y = text.tokens[b.first_token];
    if (x.suffix != Enclitic::kNone || y.suffix != Enclitic::kNone) return false;
    std::string_view u = BareWord(text.Stem(x)), v = BareWord(text.Stem(y));
    if (!AtLeastLetters(u, 5) || !AtLeastLetters(v, 5)) return false;
    return (WordEndsWith(u, "ون") && WordEndsWith(v, "ين")) || (WordEndsWith(u, "ين") && WordEndsWith(v, "ون"));
  };
  // المتحدث باسم، الناطق باسم: an agent of several words whose last word has no article is the head of a
  // construct (باسم "in the name of"), so the name right after it is its genitive even when the agent is
  // definite and the name is not: المتحدث باسم قوات الدعم السريع is the RSF's spokesman.
  auto open_construct = [&](const Mention& a) {
    if (a.end_token < a.first_token + 2) return false;
    const Token& last = tokens[a.end_token - 1];
    return !IsDefinite(text, last);
  };
  // `later` with `earlier` joined in front of it: one mention from earlier's first token.
  auto joined = [](Mention later, const Mention& earlier) {
    later.first_token = earlier.first_token;
    later.prefixes = earlier.prefixes;
    later.entries.insert(later.entries.end(), earlier.entries.begin(), earlier.entries.end());
    return later;
  };
  // `head` (a noun with no owner) heading a construct whose genitive is `named`, an actor's mention right after it:
  // one mention, the head's agent owned by the named actor.
  auto head_construct = [&](Mention* head, Mention&& named) {
    Mention c = joined(std::move(named), *head);
    c.agent = head->agent;
    TakeOwner(&c, c.record);
    recycle(&head->entries);
    *head = std::move(c);
  };
  // An office composed with its organisation (`office`, ending before ms[*k + 1]) followed right away
  // by a person's name: the title is the person's, who takes the office's mention into his.
  auto take_holder = [&](Mention* office, size_t* k) {
    if (*k + 1 >= ms.size()) return;
    Mention& holder = ms[*k + 1];
    if (holder.is_actor && holder.record >= 0 && lex_->record(holder.record).is_person &&
        holder.first_token == office->end_token && !(holder.prefixes & kAttachingClitics)) {
      *office = joined(std::move(holder), *office);
      ++*k;
    }
  };
  // الأمن، القضاء، الرئاسة: a noun listed with a leading `?` in agents.tsv names an agent only when
  // something owns it: a nationality right after it (الأمن المصري، القضاء العراقي، الرئاسة الفلسطينية)
  // or a named organisation in construct (أمن حماس، أمن السلطة الفلسطينية). Alone (الأمن والاستقرار،
  // القضاء على الإرهاب), after adjectives of its own (الأمن القومي المصري) or with a state's name as
  // its genitive (أمن إسرائيل، رئاسة مصر للاتحاد) it is the abstract noun.
  auto owned_only = [&](const Mention& x) {
    if (x.agent < 0 || x.record >= 0) return false;
    for (uint32_t p : x.entries) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind == EntryKind::kAgent) return ref.contextual;
    }
    return false;
  };
  // The nationality of a region or community (not a state's) among a mention's entries, or -1.
  auto regional_demonym_of = [&](const Mention& x) {
    for (uint32_t p : x.entries) {
      EntryRef ref = EntryRef::Unpack(p);
      if (ref.kind == EntryKind::kDemonym && lex_->demonyms()[ref.index].regional) return static_cast<int32_t>(ref.index);
    }
    return -1;
  };
  // A noun that names an agent only when owned, and has no owner once composed, is no actor (a place, if it is
  // one): whether mention x is kept, asked once composition is done with it.
  // (`next`: the mention composed after x, or null.) A unit of a named body, not a state nor a person, after من
  // is owned by it (وحدات من جبهة البوليساريو، وحدات من حزب الله): the coder reads the body as who acted (SubjectOf).
  // So is a unit of a state's armed force (وحدات من الجيش العراقي، وحدات من الشرطة).
  auto keep_owned = [&](Mention& x, const Mention* next) {
    if (!owned_only(x) || !x.country.empty()) return true;
    if (next != nullptr && next->is_actor && next->first_token == x.end_token + 1 && !next->is_place() &&
        (next->record >= 0 ? !lex_->record(next->record).is_state && !lex_->record(next->record).is_person
                           : next->agent >= 0 && IsStateForceSector(next->sector))) {
      if (bare_min(tokens[x.end_token])) return true;
    }
    if (after_agency_phrase(x.first_token) && x.end_token == x.first_token + 1) return true;
    if (!x.is_place()) return false;
    x.is_actor = false;
    x.agent = -1;
    x.sector.clear();
    return true;
  };
  // In place: each mention is composed where it stands, and one joined to another or dropped is marked in
  // `absorbed` (its entries recycled), left for JoinTitles to drop in the one pass that moves the mentions after it
  // (a compaction here moved every mention after the first joined one, and JoinTitles moved them again).
  // ms[last] is the last composed mention (kNone before the first), the one the next may join or read (prev below);
  // ms[pending] is the one composed before it not settled yet (keep_owned not asked).
  constexpr size_t kNone = SIZE_MAX;
  // (Kept per thread, as the matches are: a document with a mention joined took an allocation for the marks.)
  thread_local std::vector<uint8_t> kept_absorbed;
  std::vector<uint8_t>& absorbed = kept_absorbed;
  absorbed.clear();
  auto drop = [&](size_t j) {
    if (absorbed.empty()) absorbed.assign(ms.size(), 0);
    absorbed[j] = 1;
    recycle(&ms[j].entries);
  };
  size_t last = kNone, pending = kNone;
  // مسلحو ما يسمى تنظيم الدولة، عناصر ما يسمى بجيش المهدي: "the so-called" (ما يسمى، ما تسمى، ما يدعى) between a
  // construct's head and its genitive keeps the name the name: the token after those two words at `e`, else `e`.
  auto past_so_called = [&](uint32_t e) {
    if (e + 2 >= text.tokens.size() || tokens[e + 1].sentence != tokens[e].sentence || tokens[e].prefixes != 0 ||
        tokens[e + 1].prefixes != 0 || !WordIs(BareWord(text.Stem(tokens[e])), "ما")) {
      return e;
    }
    return (lex_->word_kinds().Of(out->keys.tokens[e + 1]) & kSoCalledWord) != 0 ? e + 2 : e;
  };
  // The mentions from `passed` to the one the loop reads next were joined to the one before them (passed over
  // by the loop's ++k).
  size_t passed = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    for (; passed < k; ++passed) drop(passed);
    const size_t at = k;  // (m's place: k passes over the mentions joined to it)
    passed = at + 1;
    Mention& m = ms[at];
    bool has_demonym = m.demonym >= 0;
    bool changed = true;
    while (changed && k + 1 < ms.size()) {
      changed = false;
      Mention& n = ms[k + 1];
      bool n_attaches = !(n.prefixes & kAttachingClitics);
      bool generic_agent = m.agent >= 0 && m.record < 0;
      bool n_demonym_adj = n.demonym >= 0 && n.record < 0 && n.agent < 0;
      // مسلحون شيعة: a community's name that is also its adjective (شيعة: the Shia, and Shia) is the adjective
      // of a group of people right before it, in agreement (the gunmen's community, as in مسلحون دروز); and
      // the definite one is the genitive of a noun in construct before it, a group's or a thing's (قرى الدروز،
      // منازل العلويين: the community's villages and houses, one mention as قرى الفلسطينيين is), but not of a
      // sound plural, which is in no construct (in قتل مسلحون الشيعة the Shia are the object).
      bool n_community_adj = generic_agent && (m.people || m.object) && n.record < 0 && n.agent >= 0 &&
                             n.first_token == m.end_token && regional_demonym_of(n) >= 0;
      if (n_community_adj && definite_head(n) && !definite_head(m)) {
        n_community_adj = m.end_token == m.first_token + 1 && !sound_plural_end(m);
      } else if (n_community_adj && m.object) {
        n_community_adj = false;  // (an object takes no adjective of people: منازل شيعة)
      }
      // (A state takes no nationality: in حذرت تركيا الأكراد the Kurds are the object.)
      bool state = m.record >= 0 && m.agent < 0 && lex_->record(m.record).is_state;
      bool needs_owner = generic_agent && owned_only(m);
      if ((generic_agent || m.record >= 0) && !state && (n_demonym_adj || n_community_adj) && n_attaches &&
          !has_demonym && gap_ok(m, n, generic_agent && !needs_owner ? 2 : 0)) {
        // الجيش التركي، وزير الخارجية الإيطالي، الكونغرس الأمريكي
        if (m.country.empty()) m.country = n.country;
        // جيش الاحتلال التركي، سلطات الاحتلال المغربي: a name of one state's body qualified by another
        // state's nationality is that state's body of the same kind (the name read "occupation" as Israel's).
        // (Only an adjective that agrees in the article: in القوات الإسرائيلية فلسطينيين the indefinite plural
        // is the object.)
        if (m.record >= 0 && !generic_agent && !n.country.empty() && m.country != n.country &&
            !lex_->record(m.record).is_person && !m.sector.empty() &&
            (tokens[n.first_token].prefixes & kProAl)) {
          m.country = n.country;
          m.record = -1;
        }
        // قناص إسرائيلي: a role whose side is a state's when a state owns it (MIL? in agents.tsv).
        if (generic_agent && m.sector.empty() && !n.country.empty()) m.sector = lex_->agents()[m.agent].state_sector;
        has_demonym = true;  // one nationality per actor: الوزير التركي | العاصمة الليبية
        m.end_token = n.end_token;
        m.entries.insert(m.entries.end(), n.entries.begin(), n.entries.end());
        ++k;
        changed = true;
      } else if ((generic_agent || (m.record >= 0 && !lex_->record(m.record).is_person && !state)) && !m.object &&
                 n.is_actor && n.agent >= 0 && n.record < 0 && n.demonym < 0 &&
                 n_attaches && n.first_token == m.end_token && n.end_token == n.first_token + 1 &&
                 same_sound_plural(m, n)) {
        // المستوطنون المتطرفون، المسلحين المجهولين، مسلحون ملثمون: a sound plural after one in the same case and of
        // the same definiteness is its adjective (the object would be in the accusative): one mention, the first
        // noun's. (مسلحون انفصاليون: armed men of no stated side, UAF, qualified by a people with one are of that
        // side.)
        if (WordIs(m.sector, "UAF") && !n.sector.empty()) m.sector = n.sector;
        m.end_token = n.end_token;
        m.entries.insert(m.entries.end(), n.entries.begin(), n.entries.end());
        ++k;
        changed = true;
      } else if (generic_agent && !m.object && !has_demonym && m.country.empty() &&
                 m.end_token == m.first_token + 1 && !definite_head(m) &&
                 tokens[m.first_token].suffix == Enclitic::kNone &&
                 lex_->agents()[m.agent].kind_id == AgentKind::kGroup && IsStateForceSector(m.sector) && n.is_actor &&
                 n.agent >= 0 && n.record < 0 && n.demonym < 0 && !n.object && n_attaches &&
                 n.first_token == m.end_token && definite_head(n) && IsStateForceSector(n.sector) && !owned_only(n)) {
        // قوات الجيش العراقي، قوات الشرطة المصرية، جنود الجيش: forces in construct with a state's army or police are
        // that body's: one mention, the genitive's agent, which the nationality after it then qualifies (as قوات الأمن
        // is one agent). Left two, the bare forces were read as the doer with no state.
        Mention c = joined(std::move(n), m);
        ++k;
        recycle(&m.entries);
        m = std::move(c);
        changed = true;
      } else if (generic_agent && !m.object && n.is_actor && n.record >= 0 &&
                 (n.first_token == m.end_token
                      ? n_attaches
                      : n.first_token > m.end_token && n.first_token == past_so_called(m.end_token) &&
                            !title_of(m, n) && (n_attaches || (n.prefixes & kAttachingClitics) == kProBi)) &&
                 (title_of(m, n) || !definite_head(n) || definite_head(m) || !sound_plural_end(m)) &&
                 !other_case_plural(m, n) &&
                 (!needs_owner || (!lex_->record(n.record).is_state && !lex_->record(n.record).is_person)) &&
                 (title_of(m, n) || (m.country.empty() && (!definite_head(m) || (definite_head(n) && relational_adjective(n)) ||
                                                           open_construct(m)))) &&
                 !(definite_head(m) && m.end_token == m.first_token + 1 && n.end_token == n.first_token + 1 &&
                   (WordEndsWith(text.Stem(tokens[m.first_token]), "ات") ||
                    WordEndsWith(text.Stem(tokens[m.first_token]), "ه")) &&
                   (WordEndsWith(text.Stem(tokens[n.first_token]), "ين") ||
                    WordEndsWith(text.Stem(tokens[n.first_token]), "ون")))) {
        // (A definite noun in ات or ة, السلطات، الحكومة, takes no masculine plural as its adjective: in
        // اعتقلت السلطات المستوطنين the settlers are the object.)
        // (An agent that already has its nationality, الحكومة اليمنية, does not take a genitive:
        // in اتهمت الحكومة اليمنية الحوثيين the next actor is the object.)
        bool title = title_of(m, n);
        Mention c = joined(std::move(n), m);
        ++k;
        if (title) {
          // الرئيس دونالد ترامب: the title belongs to the person.
        } else {
          // قوات حفتر: the forces of the person's organisation, or of the organisation or state.
          c.agent = m.agent;
          TakeOwner(&c, c.record);
          // زعيم جماعة الحوثي عبد الملك الحوثي: an office of an organisation, with its holder's name.
          if (lex_->agents()[m.agent].kind_id == AgentKind::kOffice) take_holder(&c, &k);
        }
        recycle(&m.entries);
        m = std::move(c);
        changed = true;
      } else if (generic_agent && !m.object && m.country.empty() && n.is_actor && n.record >= 0 &&
                 (n.prefixes & kAttachingClitics) == kProLi && n.first_token == m.end_token && definite_head(m) &&
                 lex_->agents()[m.agent].kind_id == AgentKind::kOffice && !lex_->record(n.record).is_person) {
        // الأمين العام للأمم المتحدة، المبعوث الخاص للاتحاد الأفريقي: a definite office names its
        // organisation through لـ (the head of a construct takes no article). With the holder's name
        // right after (الأمين العام للأمم المتحدة أنطونيو غوتيريش), the title is the person's.
        Mention c = joined(std::move(n), m);
        c.agent = m.agent;
        TakeOwner(&c, c.record);
        ++k;
        take_holder(&c, &k);
        recycle(&m.entries);
        m = std::move(c);
      }
    }
    // زعيم المتمردين الحوثيين: an office right before "agent + name" composed just above (المتمردين الحوثيين, the
    // Houthis) heads a construct whose genitive is that phrase, as before the name alone (زعيم الحوثيين): one mention,
    // the office of the named organisation. (Not of a person or a state: the branch above reads those.)
    if (last != kNone && m.agent >= 0 && m.record >= 0 && definite_head(m) && !(m.prefixes & kAttachingClitics) &&
        !lex_->record(m.record).is_person && !lex_->record(m.record).is_state) {
      Mention& prev = ms[last];
      if (prev.agent >= 0 && prev.record < 0 && !prev.object && prev.country.empty() && prev.end_token == m.first_token &&
          !definite_head(prev) && lex_->agents()[prev.agent].kind_id == AgentKind::kOffice) {
        head_construct(&prev, std::move(m));
        passed = at;  // (m is part of prev now: dropped with the mentions it joined)
        continue;
      }
    }
    // أنصار الرئيس المخلوع عمر البشير، قوات الرئيس السابق علي عبد الله صالح: a group noun heading a construct right
    // before a title and its holder's name (joined just above, the title the person's) is the person's, as before the
    // name alone (أنصار عمر البشير): one mention, TakeOwner's. (One word with no article nor the ن of a sound plural,
    // the head of a construct only: in هاجم مسلحون الرئيس the president is the object.)
    if (last != kNone && m.record >= 0 && m.agent < 0 && lex_->record(m.record).is_person && definite_head(m) &&
        !(m.prefixes & kAttachingClitics) && TitledByOffice(*lex_, m)) {
      Mention& prev = ms[last];
      if (prev.agent >= 0 && prev.record < 0 && !prev.object && prev.country.empty() &&
          prev.end_token == m.first_token && prev.end_token == prev.first_token + 1 && !definite_head(prev) &&
          !sound_plural_end(prev) && tokens[prev.first_token].suffix == Enclitic::kNone &&
          lex_->agents()[prev.agent].kind_id == AgentKind::kGroup) {
        head_construct(&prev, std::move(m));
        passed = at;  // (m is part of prev now: dropped with the mentions it joined)
        continue;
      }
    }
    // قوات الأمن والجيش السورية، الشرطة والجيش التركي: a state's forces joined by و to another body of forces with
    // its nationality are of that state too: the one nationality after the two coordinated nouns names both.
    // (Forces only: in اشتباكات بين مسلحين والجيش السوري the gunmen are not the state's.)
    if (last != kNone && has_demonym && m.record < 0 && m.agent >= 0 && !m.object && !m.country.empty() &&
        (m.prefixes & kAttachingClitics) == kProWa && IsStateForceSector(m.sector)) {
      Mention& prev = ms[last];
      if (prev.agent >= 0 && prev.record < 0 && prev.demonym < 0 && !prev.object && prev.country.empty() &&
          prev.end_token == m.first_token && IsStateForceSector(prev.sector)) {
        prev.country = m.country;
      }
    }
    // مؤيدو المعارضة الجيبوتية، أنصار الحكومة الليبية: civilians heading a construct (one word, no article, no pronoun)
    // right before a body qualified by its nationality are of that body's country, as supporters of a named leader or
    // party are: two mentions still, the group and the body. (Civilians only: خاطفو الرهائن الصينيين are not Chinese,
    // the hostages are; a soldier of a body, عسكري, may be a surname.)
    if (last != kNone && has_demonym && m.record < 0 && m.agent >= 0 && !m.object && !m.country.empty() &&
        definite_head(m) && !(m.prefixes & kAttachingClitics)) {
      Mention& prev = ms[last];
      if (prev.agent >= 0 && prev.record < 0 && !prev.object && prev.country.empty() && WordIs(prev.sector, "CVL") &&
          prev.end_token == m.first_token && prev.end_token == prev.first_token + 1 && !definite_head(prev) &&
          !sound_plural_end(prev) && tokens[prev.first_token].suffix == Enclitic::kNone &&
          lex_->agents()[prev.agent].kind_id == AgentKind::kGroup) {
        prev.country = m.country;
      }
    }
    // مرتزقة أفارقة وسودانيون: a nationality joined by و to "agent + nationality" shares the agent.
    if (last != kNone && m.record < 0 && m.agent < 0 && m.demonym >= 0 && m.people &&
        (m.prefixes & kAttachingClitics) == kProWa) {
      const Mention& prev = ms[last];
      if (prev.agent >= 0 && prev.record < 0 && prev.end_token == m.first_token) {
        m.agent = prev.agent;
        m.sector = prev.sector;
      }
    }
    // القوات المصرية والسعودية: a nationality (of one word or two: والكورية الجنوبية) joined by و to
    // "agent + nationality", with the article as that nationality has it, is the nationality of the
    // same agent (Saudi forces), even where the word also names the country. The first may be an actor
    // of the dictionaries named so (القوات الروسية والتركية).
    if (last != kNone && m.agent < 0 && m.end_token <= m.first_token + 2 &&
        (m.prefixes & kAttachingClitics) == kProWa) {
      const Mention& prev = ms[last];
      auto demonym_of = [&](const Mention& x) {
        for (uint32_t p : x.entries) {
          if (EntryRef ref = EntryRef::Unpack(p); ref.kind == EntryKind::kDemonym) return static_cast<int32_t>(ref.index);
        }
        return -1;
      };
      auto definite = [&](const Token& t) { return IsDefinite(text, t); };
      // The dictionaries name some "agent + nationality" phrases as actors (القوات الروسية،
      // الطائرات السورية): their first word is the agent and their last the nationality.
      auto word_entry = [&](uint32_t tok, EntryKind kind, std::string_view country) {
        const PhraseMatcher& pm = lex_->matcher();
        uint32_t id = pm.WordId(BareWord(text.Stem(tokens[tok])));
        const std::vector<uint32_t>* payloads = id == PhraseMatcher::kNoWord ? nullptr : pm.Payloads(pm.Step(0, id));
        if (payloads == nullptr) return -1;
        for (uint32_t p : *payloads) {
          EntryRef ref = EntryRef::Unpack(p);
          if (ref.kind != kind) continue;
          if (kind == EntryKind::kAgent || lex_->demonyms()[ref.index].country == country) {
            return static_cast<int32_t>(ref.index);
          }
        }
        return -1;
      };
      int32_t agent = prev.agent;
      bool agent_phrase = prev.agent >= 0 && prev.record < 0 && demonym_of(prev) >= 0;
      if (prev.record >= 0 && prev.agent < 0 && !lex_->record(prev.record).is_person &&
          !lex_->record(prev.record).is_state && prev.end_token == prev.first_token + 2 && !prev.country.empty() &&
          word_entry(prev.end_token - 1, EntryKind::kDemonym, prev.country) >= 0) {
        agent = word_entry(prev.first_token, EntryKind::kAgent, {});
        agent_phrase = agent >= 0 && SameCode(lex_->agents()[agent].sector, prev.sector);
      }
      int32_t d = demonym_of(m);
      if (d >= 0 && !lex_->demonyms()[d].regional && agent_phrase && !prev.country.empty() &&
          prev.end_token == m.first_token &&
          definite(tokens[prev.end_token - 1]) == definite(tokens[m.first_token])) {
        m.is_actor = true;
        m.record = -1;
        m.agent = agent;
        m.demonym = d;
        m.country = lex_->demonyms()[d].country;
        m.sector = prev.sector;
        m.people = prev.people;
        m.place = -1;
      }
    }
    // (The one composed before m is final now: m neither joins nor reads it.)
    if (pending != kNone && !keep_owned(ms[pending], &m)) drop(pending);
    pending = last = at;
  }
  for (; passed < ms.size(); ++passed) drop(passed);
  if (pending != kNone && !keep_owned(ms[pending], nullptr)) drop(pending);  // (the last composed)
  // (The mentions SpecifyGenericAgents absorbs are marked with those dropped above, and JoinTitles drops them all.)
  SpecifyGenericAgents(text, lookups_out, &ms, &absorbed);
  JoinTitles(text, absorbed, &ms);
  DropSiteNames(*lex_, text, out->keys, lookups_out, &ms);
  ResolveNamedAgain(*lex_, text, &ms);
  AddOrganisationsNamedAgain(*lex_, text, out->keys, lookups_out, &ms);
  AddPersonsNamedAgain(*lex_, text, out->keys, &ms);
  OwnObjects(text, &ms);
  OwnByPronoun(text, &ms);
  // قناصة يطلقون النار: a noun of people whose sector is its owner's, left with no owner, takes the sector agents.tsv
  // gives it alone (MIL?UAF: snipers of no known side are unidentified armed men).
  for (Mention& m : ms) {
    if (m.agent < 0 || !m.sector.empty() || m.record >= 0 || !m.country.empty()) continue;
    if (const std::string& lone = lex_->agents()[m.agent].lone_sector; !lone.empty()) m.sector = lone;
  }
  // An object with neither a sector nor an owner (مبنى، مركز alone) names nobody. Nor does the
  // nationality of a region or people left on its own as an adjective, no actor and no place (جولة
  // خليجية، جولة أفريقية، قمة عربية): it gives no country, and a phrase that runs into it (the tour
  // named by its region, a visit) is no longer read as running into a name.
  std::erase_if(ms, [](const Mention& m) {
    if (m.record >= 0 || !m.country.empty() || m.is_place()) return false;
    return (m.object && m.sector.empty()) || (m.demonym >= 0 && !m.is_actor && m.agent < 0);
  });
  // القوات الحكومية، الشرطة in a document clearly about one country: that country's, as analysts
  // code unnamed state forces.
  if (!out->context.empty()) {
    int top = out->context[0].second, second = out->context.size() > 1 ? out->context[1].second : 0;
    bool dominant = top >= 3 && top >= 2 * second;
    auto country_of = [&](const Mention& x) -> std::string {
      // A news agency or paper (وكالة الأنباء الألمانية) is named as a source, not as where things happen.
      if (WordIs(x.sector, "MED")) return {};
      // A nationality that qualifies a thing (الورقة الأمريكية، المبادرة المصرية) names no country the
      // forces could be of.
      if (x.demonym >= 0 && !x.is_actor && !x.is_place()) return {};
      if (!x.country.empty()) return x.country;
      if (x.is_place()) return lex_->places()[x.place].country;
      return {};
    };
    for (size_t k = 0; k < ms.size(); ++k) {
      Mention& m = ms[k];
      // (The two questions below asked first, the sector last: most mentions are neither unnamed state forces nor
      // places in a dominated document, and the words after them need not be read.)
      auto state_sector = [](std::string_view sector) {
        return WordIs(sector, "GOV") || WordIs(sector, "MIL") || WordIs(sector, "COP") ||
               WordIs(sector, "JUD") || WordIs(sector, "LEG");
      };
      const bool unnamed_forces = m.is_actor && m.agent >= 0 && m.record < 0 && m.country.empty() &&
                                  m.inferred_country.empty() && state_sector(m.sector);
      if (!unnamed_forces && !(m.is_place() && dominant)) continue;
      // (عمال أجانب، صحفيون أجانب: foreigners are of no country the document is about.)
      if (NamesForeigners(text, m)) continue;
      if (unnamed_forces) {
        // Where it is, right after it (قواعد عسكرية في شمال إسرائيل، الشرطة في باريس: في and up to one more
        // locative word, then a state's place), else the nearest country named before it in this sentence
        // or the one before (وفي تونس ... واعتقلت الشرطة), else the document's dominant country.
        uint32_t sentence = tokens[m.first_token].sentence;
        if (k + 1 < ms.size() && ms[k + 1].is_place()) {
          uint32_t j = m.end_token;
          auto locative = [&](uint32_t t) {
            return t < ms[k + 1].first_token && tokens[t].sentence == sentence &&
                   (lex_->word_kinds().Of(out->keys.tokens[t]) & kLocativeWord) != 0;
          };
          if (locative(j) && WordIs(BareWord(text.Norm(tokens[j])), "في")) ++j;
          if (j > m.end_token && locative(j)) {
            ++j;
          } else if (j == m.end_token && locative(j) && (tokens[j].word_class & kWordNoun) &&
                     !(tokens[j].word_class & kWordPreposition) && tokens[j].prefixes == 0) {
            // (قاعدة عسكرية شمال إسرائيل: a noun of direction alone, not a preposition (إلى، من، قرب:
            // قوات أرسلت إلى سوريا are where they go), names where the forces are.)
            ++j;
          }
          // (So does a place named with its direction right after the forces: قاعدة عسكرية شمال إسرائيل where the
          // gazetteer knows شمال إسرائيل.)
          const Token& first = tokens[ms[k + 1].first_token];
          const bool directed_place = j == m.end_token && ms[k + 1].first_token == j && first.prefixes == 0 &&
                                      (first.word_class & kWordNoun) && !(first.word_class & kWordPreposition) &&
                                      (lex_->word_kinds().Of(out->keys.tokens[j]) & kLocativeWord) != 0;
          if (directed_place) ++j;
          std::string c = country_of(ms[k + 1]);
          if (j > m.end_token && (j == ms[k + 1].first_token || directed_place) && !c.empty() && lex_->StateRecord(c) >= 0) m.inferred_country = c;
        }
        for (size_t j = k; m.inferred_country.empty() && j-- > 0;) {
          if (tokens[ms[j].first_token].sentence + 1 < sentence) break;
          std::string c = country_of(ms[j]);
          if (!c.empty() && lex_->StateRecord(c) >= 0) {
            m.inferred_country = c;
            break;
          }
        }
        if (m.inferred_country.empty() && dominant) m.inferred_country = out->context[0].first;
      }
      // A place from a country the document does not otherwise mention is doubtful.
      if (m.is_place() && dominant && weight_of(lex_->places()[m.place].country) == 0) {
        m.place_confidence = std::min(m.place_confidence, 0.5f);
      }
    }
  }
  for (size_t k = 0; k < ms.size(); ++k) {
    for (uint32_t t = ms[k].first_token; t < ms[k].end_token; ++t) out->token_mention[t] = static_cast<int32_t>(k);
  }
}

void EntityRecognizer::SpecifyGenericAgents(const AnalyzedText& text, const Recognition::WordLookup* lookups,
                                            std::vector<Mention>* mentions, std::vector<uint8_t>* absorbed_out) const {
  std::vector<Mention>& ms = *mentions;
  auto bare = [&](uint32_t k) { return BareWord(text.Stem(text.tokens[k])); };
  // IsLoyalWord of token k's bare stem, kept per word type (a token that is no word is none).
  auto loyal_at = [&](uint32_t k) { return (lookups[k].kinds & kLoyalWord) != 0; };
  // A mention made part of the one before it is marked here and dropped by JoinTitles (erasing each at once moved
  // the rest of the document's mentions every time). `absorbed` comes with composition's marks (Recognize), or empty:
  // a marked mention is no longer one, and is neither specified nor read.
  std::vector<uint8_t>& absorbed = *absorbed_out;
  auto absorb = [&](const Mention* n) {
    if (absorbed.empty()) absorbed.assign(ms.size(), 0);
    absorbed[static_cast<size_t>(n - ms.data())] = 1;
  };
  auto mention_at = [&](size_t from, uint32_t token) -> Mention* {
    for (size_t j = from; j < ms.size() && ms[j].first_token <= token; ++j) {
      if (ms[j].first_token == token && (absorbed.empty() || !absorbed[j])) return &ms[j];
    }
    return nullptr;
  };
  auto country_of = [&](const Mention& x) -> std::string {
    if (!x.is_actor) return {};
    return x.country;
  };
  // Right to left, so that a chain resolves: المتشددون من الموالين لحركة طالبان.
  for (size_t k = ms.size(); k-- > 0;) {
    Mention& m = ms[k];
    if (!absorbed.empty() && absorbed[k]) continue;
    if (!m.is_actor || m.record >= 0 || m.agent < 0 || !m.country.empty()) continue;
    const AgentRecord& g = lex_->agents()[m.agent];
    uint32_t e = m.end_token;
    if (e >= text.tokens.size() || text.tokens[e].sentence != text.tokens[m.first_token].sentence) continue;
    // جنود قوة حفظ السلام: soldiers of the peacekeepers are peacekeepers, as a role noun without a
    // sector is of the group it heads.
    bool of_peacekeepers = false;
    if (WordIs(m.sector, "MIL") && g.kind_id == AgentKind::kGroup && !(text.tokens[m.first_token].prefixes & kProAl) &&
        text.tokens[e - 1].suffix == Enclitic::kNone) {
      const Mention* n = mention_at(k + 1, e);
      of_peacekeepers = n && n->record < 0 && n->agent >= 0 && WordIs(n->sector, "PKO");
    }
    // (The head of a construct takes no article: in اتهمت اللجنة قوات الأمن، اتهمت البعثة الجيش المالي the
    // definite body is the subject and the group after it the object, two mentions.)
    const bool definite_body = g.kind_id == AgentKind::kBody && (text.tokens[m.first_token].prefixes & kProAl);
    if ((m.sector.empty() || of_peacekeepers) && !definite_body) {
      // عناصر الشرطة، أحد أفراد الجيش، قائد القوات: a role noun without a sector of its own in construct
      // with a group takes the group's sector and country; the two are one mention.
      Mention* n = mention_at(k + 1, e);
      if (n && n->is_actor && n->record < 0 && n->agent >= 0 && !n->sector.empty() &&
          !(n->prefixes & kAttachingClitics) && !IndefiniteAccusative(*lex_, text, e, n->entries)) {
        m.sector = n->sector;
        m.country = n->country;
        m.people = m.people || n->people;
        m.owned = m.object;  // مقر البرلمان: a building without a sector of its own is its owner's
        m.end_token = n->end_token;
        m.entries.insert(m.entries.end(), n->entries.begin(), n->entries.end());
        absorb(n);
        continue;
      }
    }
    const Token& last = text.tokens[e - 1];
    if (!m.sector.empty() && !m.object && g.kind_id == AgentKind::kGroup && !(last.prefixes & kProAl) &&
        last.suffix == Enclitic::kNone && !(text.tokens[m.first_token].prefixes & kProAl)) {
      // فصائل المقاومة الفلسطينية، مسلحو المقاومة اللبنانية: a group without the article (the head of
      // a construct: not a sound plural or a dual, مسلحون الجنود) in construct with a non-state armed
      // group that has a nationality is part of it, and of its country. Its sector stays, as for
      // الفصائل الفلسطينية, but forces or gunmen of the group are the group's (as TakeOwner has it).
      // (Not of any group: خاطفو الرهائن الصينيين are the hostages' kidnappers, not Chinese; a state's
      // forces, قوات الجيش السوري, stay two mentions, as before.)
      std::string_view head = bare(e - 1);
      bool construct_head = !WordEndsWith(head, "ون") && !WordEndsWith(head, "ين") && !WordEndsWith(head, "ان");
      Mention* n = mention_at(k + 1, e);
      if (construct_head && n && n->is_actor && n->record < 0 && n->agent >= 0 && !n->object && !n->country.empty() &&
          text.tokens[n->first_token].prefixes == kProAl && lex_->agents()[n->agent].kind_id == AgentKind::kGroup &&
          IsNonStateArmedSector(n->sector)) {
        m.country = n->country;
        if (IsRoleSector(m.sector) && IsNonStateArmedSector(n->sector)) m.sector = n->sector;
        m.people = m.people || n->people;
        m.end_token = n->end_token;
        m.entries.insert(m.entries.end(), n->entries.begin(), n->entries.end());
        absorb(n);
        continue;
      }
    }
    if (g.kind_id == AgentKind::kOffice && !(text.tokens[m.first_token].prefixes & kProAl) && !(last.prefixes & kProAl) &&
        last.suffix == Enclitic::kNone) {
      // نواب المعارضة، نواب البرلمان الكويتي، قضاة المحكمة العليا: holders of an office in construct
      // with a group or body are its members, with its sector and country. (An office that ends in
      // its own genitive, رئيس الوزراء, takes no other: in هاجم رئيس الوزراء الصحف the papers are the
      // object.)
      Mention* n = mention_at(k + 1, e);
      if (n && n->is_actor && n->record < 0 && n->agent >= 0 && !n->object && !n->sector.empty() &&
          lex_->agents()[n->agent].kind_id != AgentKind::kOffice && !(n->prefixes & kAttachingClitics) &&
          !IndefiniteAccusative(*lex_, text, e, n->entries)) {
        m.sector = n->sector;
        m.country = n->country;
        m.end_token = n->end_token;
        m.entries.insert(m.entries.end(), n->entries.begin(), n->entries.end());
        absorb(n);
        continue;
      }
    }
    const Mention* by = nullptr;
    const char* how = nullptr;
    std::string_view w = bare(e);
    if (WordIs(w, "من") && e + 1 < text.tokens.size()) {
      // متمردون من طالبان، عناصر من الحرس الثوري، المتشددون من الموالين لـ: people of a group are
      // named by the group they come from.
      uint32_t f = e + 1;
      Mention* n = mention_at(k + 1, f);
      if (n && !(n->prefixes & kAttachingClitics) && g.kind_id == AgentKind::kGroup) {
        by = n;
        how = "from";
      }
    } else if (!m.object && (loyal_at(e - 1) || loyal_at(e))) {
      // (An object owned through تابع لـ takes its owner's codes in OwnObjects.)
      // مسلحون موالون لطالبان، ميليشيا تابعة لإيران، الموالون للحكومة: the group takes the country of
      // what it is loyal to or belongs to.
      uint32_t f = loyal_at(e - 1) ? e : e + 1;
      Mention* n = f < text.tokens.size() ? mention_at(k + 1, f) : nullptr;
      if (n && (n->prefixes & kAttachingClitics) == kProLi) {
        by = n;
        how = "loyal";
      }
    } else if (WordIs(w, "في") && e + 1 < text.tokens.size()) {
      // ناشط في كتائب الأقصى، قيادي في حماس، عضو في الحزب: a member is coded as his organisation.
      Mention* n = mention_at(k + 1, e + 1);
      if (n && !(n->prefixes & kAttachingClitics) && n->record >= 0 && !n->is_place() &&
          !lex_->record(n->record).is_state && !lex_->record(n->record).is_person) {
        by = n;
        how = "member";
      } else if (n && !(n->prefixes & kAttachingClitics) && n->is_actor && n->record < 0 && n->agent >= 0 &&
                 !n->object && !n->country.empty() && !n->sector.empty() &&
                 lex_->agents()[n->agent].kind_id != AgentKind::kOffice) {
        // عنصر في الشرطة العراقية، موظف في السفارة الأمريكية، العاملون في الهلال الأحمر العراقي: a
        // member of a body named with its nationality is of its country, and a role noun or a staff
        // member of its sector (workers in Turkish companies stay workers).
        m.country = n->country;
        if (m.sector.empty() || (WordIs(m.sector, "LAB") && !WordIs(n->sector, "BUS"))) m.sector = n->sector;
        continue;
      }
    } else if (!(text.tokens[m.first_token].prefixes & kProAl) && !WordEndsWith(bare(e - 1), "ون") &&
               !WordEndsWith(bare(e - 1), "ين") &&
               !(e > m.first_token + 1 && !(last.prefixes & kProAl) && !(lookups[e - 1].kinds & kPlaceNounWord) &&
                 WordStartsWith(bare(e - 1), "م") && WordEndsWith(bare(e - 1), "ه"))) {
      // شرطة إسلام آباد، جيش الخرطوم: an agent without the article is in construct with the place
      // after it (a definite noun never is: in هاجمت القوات حلب, حلب is the object; nor is a sound
      // plural that keeps its ن: in اقتحم مسلحون سجن إيفين the prison is the object; nor a noun with its
      // indefinite adjective, a participle in ة agreeing with it (مسلحة، معارضة، مجهولة): in هاجمت فصائل مسلحة قاعدة
      // التنف the base is the object. A word of place ending the agent's phrase is a construct's, أبناء منطقة أوباري,
      // as are nouns of office and bodies, مدير أمن البصرة، نائب محافظ شبوة).
      Mention* n = mention_at(k + 1, e);
      // (actors54) أهالي مدينة الكفرة، سكان بلدة كفرنبل: the people of a place may name its kind before its name (a
      // word of place in construct, no clitic), as أبناء does in its lines (أبناء مدينة الزنتان).
      if (n == nullptr && m.end_token == m.first_token + 1 && IsInhabitantsWord(bare(m.first_token)) &&
          e + 1 < text.tokens.size() && text.tokens[e].prefixes == 0 && text.tokens[e].suffix == Enclitic::kNone &&
          (lookups[e].kinds & kPlaceNounWord)) {
        n = mention_at(k + 1, e + 1);
      }
      if (n && n->is_place() && !n->is_actor && !(n->prefixes & kAttachingClitics) && m.object) {
        // قرية الناقورة، مخيم بلاطة: an object named by a place is of the place's country; the place
        // stays a mention of its own (حرر قرية X is a trigger phrase, the place where it happened).
        m.country = lex_->places()[n->place].country;
        continue;
      }
      if (n && n->is_place() && !n->is_actor && !(n->prefixes & kAttachingClitics)) {
        // One mention: the place is part of the actor's name, not an object of the verb.
        m.country = lex_->places()[n->place].country;
        m.place = n->place;  // still a place, where the event may be
        m.place_confidence = n->place_confidence;
        m.end_token = n->end_token;
        m.entries.insert(m.entries.end(), n->entries.begin(), n->entries.end());
        absorb(n);
        continue;
      }
    }
    // Peacekeepers serve in a state not theirs, and a force named by a nationality (القوات الأفريقية،
    // a regional one, which gives no country) is of that nationality: neither is of the state it is in
    // (قوات حفظ السلام في جنوب لبنان، القوات الأفريقية في الصومال). A community named by one word that is
    // also its adjective (الشيعة) is named by no nationality: الشيعة في باكستان are Pakistan's.
    bool foreign = WordIs(m.sector, "PKO") ||
                   (m.end_token > m.first_token + 1 && std::any_of(m.entries.begin(), m.entries.end(), [](uint32_t p) {
                      return EntryRef::Unpack(p).kind == EntryKind::kDemonym;
                    }));
    if (by == nullptr && g.kind_id != AgentKind::kOffice && !foreign) {
      // الجيش في ميانمار، موظفو القطاع العام في لبنان، قرية في مالي: a group, body or object "in" a
      // state (past up to two definite words of its phrase) is that state's.
      // (A word the word list knows whole with its article, القطاع, keeps it in its stem.)
      auto definite = [&](const Token& t) {
        return t.prefixes == kProAl || (t.prefixes == 0 && text.Stem(t).rfind("ال", 0) == 0);
      };
      uint32_t f = e;
      while (f < e + 2 && f < text.tokens.size() && definite(text.tokens[f]) &&
             text.tokens[f].kind == TokenKind::kWord && mention_at(k + 1, f) == nullptr) {
        ++f;
      }
      Mention* n = f + 1 < text.tokens.size() && WordIs(bare(f), "في") ? mention_at(k + 1, f + 1) : nullptr;
      // (A state whose name is no city's too: في عمان is Amman as often as Oman. Only the cities of
      // the curated list count: a town abroad in the generated gazetteer, Lebanon in Ohio, is no
      // reading of لبنان in Arabic news.)
      bool state = n && n->is_actor && n->record >= 0 && lex_->record(n->record).is_state;
      if (state) {
        for (uint32_t p : n->entries) {
          EntryRef ref = EntryRef::Unpack(p);
          const PlaceRecord* pl = ref.kind == EntryKind::kPlace ? &lex_->places()[ref.index] : nullptr;
          if (pl != nullptr && pl->curated && !WordIs(pl->kind, "country")) state = false;
        }
      }
      if (state && !(n->prefixes & kAttachingClitics) && text.tokens[f].sentence == text.tokens[m.first_token].sentence) {
        m.country = lex_->record(n->record).country;
        continue;
      }
    }
    if (by == nullptr) continue;
    // مسلحون من حزب العمال الكردستاني، عناصر من الحرس الثوري: gunmen, rebels or members from a named
    // organisation are its own, as in construct (مسلحو حركة الشباب).
    // (Not forces of a state's sector, قوة من وحدة المستعربين، جنود من الجيش: a unit of a state's forces
    // keeps its nationality only, and the coder reads the unit through من.)
    // جنود من بعثة أوسوم، عناصر من قوات اليونيفيل: soldiers from an international mission are the
    // mission, not of the state it serves in; so are its staff named by a partitive (ثلاثة عشر موظفا من
    // موظفي الأمم المتحدة: the people are of the organisation after من, not workers, LAB).
    if (WordIs(how, "from") && by->is_actor && by->record >= 0 && !by->is_place() &&
        WordIs(lex_->record(by->record).sector, "IGO") && g.kind_id == AgentKind::kGroup &&
        (g.sector.empty() || WordIs(g.sector, "MIL") || WordIs(g.sector, "PKO") || WordIs(g.sector, "LAB"))) {
      m.record = by->record;
      m.country = lex_->record(by->record).country;
      m.sector = lex_->record(by->record).sector;
      m.entries.insert(m.entries.end(), by->entries.begin(), by->entries.end());
      continue;
    }
    // (Staff from a named organisation, خمسة موظفين من منظمة أطباء بلا حدود، عمال من شركة أرامكو, are its
    // staff, coded as in construct: موظفو المنظمة.)
    bool fighters = g.sector.empty() || WordIs(g.sector, "UAF") || IsNonStateArmedSector(g.sector) ||
                    WordIs(g.sector, "LAB");
    if (WordIs(how, "from") && fighters && by->is_actor && by->record >= 0 && !by->is_place() &&
        !lex_->record(by->record).is_state && !lex_->record(by->record).is_person) {
      TakeOwner(&m, by->record);
      m.entries.insert(m.entries.end(), by->entries.begin(), by->entries.end());
      continue;
    }
    // جندي من قوات حفظ السلام: a soldier or member from the peacekeepers is one of them.
    if (WordIs(how, "from") && (m.sector.empty() || WordIs(m.sector, "MIL")) && by->is_actor &&
        by->record < 0 && by->agent >= 0 && WordIs(by->sector, "PKO")) {
      m.sector = by->sector;
      m.country = by->country;
      continue;
    }
    // عنصرا من الشرطة: a role noun without a sector from a group of one is of it.
    if (WordIs(how, "from") && m.sector.empty() && by->is_actor && by->record < 0 && by->agent >= 0 &&
        !by->object && !by->sector.empty()) {
      m.sector = by->sector;
      m.country = by->country;
      continue;
    }
    std::string c = country_of(*by);
    if (c.empty() && by->is_actor && by->record >= 0) c = lex_->record(by->record).country;
    // موظفون في الأمم المتحدة، قيادي في داعش: a member of an organisation of no country is of its sector.
    if (c.empty() && WordIs(how, "member")) {
      m.sector = by->sector;
      continue;
    }
    if (c.empty() || lex_->StateRecord(c) < 0) continue;
    m.country = c;
    if (WordIs(how, "member") || m.sector.empty()) m.sector = by->sector;
  }
}

void EntityRecognizer::JoinTitles(const AnalyzedText& text, const std::vector<uint8_t>& absorbed,
                                  std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  // The first mention from j on that is not absorbed (ms.size() when none is left).
  auto next_left = [&](size_t j) {
    while (j < ms.size() && !absorbed.empty() && absorbed[j]) ++j;
    return j;
  };
  size_t kept = 0;
  for (size_t k = next_left(0); k < ms.size(); k = next_left(k + 1)) {
    if (kept != k) ms[kept] = std::move(ms[k]);
    if (const size_t after = next_left(k + 1); after < ms.size()) {
      Mention& title = ms[kept];
      Mention& name = ms[after];
      bool office = title.is_actor && !title.object && title.agent >= 0 &&
                    lex_->agents()[title.agent].kind_id == AgentKind::kOffice &&
                    (title.record < 0 || !lex_->record(title.record).is_person);
      // (A definite noun that named nothing may stand between: زعيم الجماعة عبد الملك الحوثي، قائد الحركة.)
      bool next_to = name.first_token == title.end_token ||
                     (name.first_token == title.end_token + 1 && text.tokens[title.end_token].kind == TokenKind::kWord &&
                      text.tokens[title.end_token].prefixes == kProAl);
      bool person = name.is_actor && name.record >= 0 && lex_->record(name.record).is_person && next_to &&
                    !(name.prefixes & kAttachingClitics) &&
                    text.tokens[name.first_token].sentence == text.tokens[title.first_token].sentence;
      // (A person already named with an office of his own takes no other: in استقبل رئيس الوزراء وزير الخارجية
      // التركي هاكان فيدان the prime minister is the host, the minister the guest.)
      // (Of one nation: in انتقد وزير الخارجية الإيراني نتنياهو the name is the object.)
      if (office && person && (title.country.empty() || title.country == name.country) &&
          !TitledByOffice(*lex_, name)) {
        Mention joined = std::move(name);
        joined.first_token = title.first_token;
        joined.prefixes = title.prefixes;
        joined.entries.insert(joined.entries.begin(), title.entries.begin(), title.entries.end());
        if (joined.sector.empty()) joined.sector = title.sector;
        title = std::move(joined);
        k = after;
      }
    }
    ++kept;
  }
  ms.resize(kept);
}

void EntityRecognizer::TakeOwner(Mention* m, int32_t owner) const {
  const ActorRecord& nr = lex_->record(owner);
  const AgentRecord& g = lex_->agents()[m->agent];
  int64_t o = owner;
  if (nr.is_person && !nr.affiliation.empty()) {
    // The organisation in the period of the person's line (the line already chosen by the document's date).
    int64_t aff = lex_->FindActorOn(nr.affiliation, nr.from);
    if (aff >= 0) o = aff;
  }
  const ActorRecord& orec = lex_->record(o);
  m->record = static_cast<int32_t>(o);
  m->country = orec.country.empty() ? nr.country : orec.country;
  // أعضاء حزب الغد، عناصر حماس: a role noun without a sector of its own (member, element, spokesman)
  // takes the sector of the organisation it belongs to; a state's has none to give.
  m->sector = g.sector.empty() && !orec.is_state ? orec.sector : g.sector;
  if (m->sector.empty() && orec.is_state) m->sector = g.state_sector;  // (قناصة إسرائيل: MIL?)
  // A role inside a named non-state organisation is the organisation's: مسلحو حركة الشباب and قواته
  // (of the RSF) are its fighters, سلطات الحوثيين its de facto administration, رئيس حزب الوفد the
  // party's, المبعوث الأممي and موظفو الأونروا the IGO's. (A party's government or regime, حكومة حزب
  // العدالة والتنمية, is still a government; an IGO's forces, قوات الناتو، قوة الأمم المتحدة, are
  // coded IGO + MIL as CAMEO does.)
  bool party = WordIs(orec.sector, "PTY") || WordIs(orec.sector, "OPP");
  bool igo_forces = WordIs(orec.sector, "IGO") && (WordIs(g.sector, "MIL") || WordIs(g.sector, "COP"));
  if (!orec.is_state && !orec.is_person && !IsStateBodySector(orec.sector) &&
      (IsRoleSector(g.sector) || IsStaffOf(g.sector, orec.sector)) &&
      !(party && g.kind_id == AgentKind::kBody && WordIs(g.sector, "GOV")) && !igo_forces) {
    m->sector = orec.sector;
  }
  // قوات الشرطة التونسية: the forces of a state's police are police, as قوات الأمن are (COP); MIL is the forces'
  // own sector only where their owner names none as specific.
  if (g.kind_id == AgentKind::kGroup && WordIs(g.sector, "MIL") && WordIs(orec.sector, "COP") && !orec.is_person) {
    m->sector = orec.sector;
  }
  m->people = g.kind_id == AgentKind::kGroup;
  m->place = -1;
}

void EntityRecognizer::OwnByPronoun(const AnalyzedText& text, std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    bool third = m.pronoun == Enclitic::kHu || m.pronoun == Enclitic::kHa || m.pronoun == Enclitic::kHum ||
                 m.pronoun == Enclitic::kHuma || m.pronoun == Enclitic::kHunna;
    if (!third || !m.is_actor || m.object || m.record >= 0 || m.agent < 0 || !m.country.empty()) continue;
    const AgentRecord& g = lex_->agents()[m.agent];
    if (g.kind_id != AgentKind::kGroup && g.kind_id != AgentKind::kBody) continue;
    // قتلت قوات الدعم السريع عشرة من سكانها، اقتحم الجيش البلدة واعتقل عددا من أهاليها: the people of a place
    // named with a pronoun are its people, a town's or a state's, never a group's, a person's or a body's.
    const bool inhabitants = IsInhabitantsWord(BareWord(text.Stem(text.tokens[m.first_token])));
    uint32_t sentence = text.tokens[m.first_token].sentence;
    for (size_t j = k; j-- > 0;) {
      const Mention& a = ms[j];
      if (text.tokens[a.first_token].sentence + 1 < sentence) break;
      if (inhabitants) {
        const bool state = a.record >= 0 && lex_->record(a.record).is_state;
        if (!a.is_place() && !state) continue;
        m.country = state ? a.country : lex_->places()[a.place].country;
        break;
      }
      // وقال الجيش إنه أطلق النار على مشتبه بهم اقتربوا من قواته: a state's army or police named without its
      // country (known later from the document), the nearest before forces of the same sector with its
      // pronoun, is their owner: they are the same body's, and take its country when it gets one.
      // (Definite, as a body named again is: عسكريا in تنشط عسكريا is an adverb.)
      if (a.is_actor && !a.object && a.record < 0 && a.agent >= 0 && a.country.empty() &&
          (text.tokens[a.first_token].prefixes & kProAl) && (WordIs(a.sector, "MIL") || WordIs(a.sector, "COP")) &&
          SameCode(m.sector, a.sector)) {
        break;
      }
      // وكانت واشنطن قد أكدت أن قواتها، أعلنت أنقرة أن طائراتها: a capital named as a subject (no preposition
      // before it) stands for its state, which owns them.
      if (!a.is_actor && a.is_place() && !(a.prefixes & kAttachingClitics) &&
          !(a.first_token > 0 && (text.tokens[a.first_token - 1].word_class & kWordPreposition))) {
        const std::string& state = lex_->places()[a.place].country;
        if (!state.empty() && lex_->CapitalPlace(state) == a.place) {
          m.country = state;
          break;
        }
      }
      if (!a.is_actor || a.object || (a.record < 0 && (a.agent < 0 || a.country.empty()))) continue;
      // A news agency or paper speaks of others' forces (قالت وكالة الأنباء إن قواته).
      if (WordIs(a.sector, "MED")) continue;
      if (a.record >= 0) {
        TakeOwner(&m, a.record);
      } else {
        m.country = a.country;
        if (m.sector.empty()) m.sector = a.sector;
      }
      break;
    }
  }
}

void EntityRecognizer::OwnObjects(const AnalyzedText& text, std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    Mention& m = ms[k];
    // (A patrol, دورية للجيش، دوريات للشرطة, is owned through لـ as an object is, and stays a doer.)
    bool patrol = m.is_actor && !m.object && m.record < 0 && m.agent >= 0 && m.end_token == m.first_token + 1 &&
                  IsPatrolWord(BareWord(text.Stem(text.tokens[m.first_token])));
    if ((!m.object && !patrol) || !m.country.empty()) continue;
    const Mention& n = ms[k + 1];
    if (!n.is_actor || n.object || text.tokens[m.first_token].sentence != text.tokens[n.first_token].sentence) continue;
    if (patrol) {
      if ((n.prefixes & kAttachingClitics) != kProLi || n.first_token != m.end_token || n.is_place()) continue;
      if (n.record >= 0 && lex_->record(n.record).is_person) continue;
      m.country = n.country;
      if (!n.sector.empty()) m.sector = n.sector;
      continue;
    }
    // مقر قيادة الفرقة الرابعة، مقر البرلمان (in construct); حاجز للجيش، قافلة إمدادات تابعة للجيش (لـ).
    bool construct = n.first_token == m.end_token && !(n.prefixes & kAttachingClitics);
    bool through_li = (n.prefixes & kAttachingClitics) == kProLi && OwnedThroughLi(*lex_, text, m, n);
    if (!construct && !through_li) continue;
    // A state's base is its military's (قاعدة لروسيا: RUS and the object's sector); a group's or a
    // person's building is theirs, with their sector where they have one.
    bool state = n.record >= 0 && lex_->record(n.record).is_state && n.agent < 0;
    m.country = n.country;
    if (!state && !n.sector.empty()) m.sector = n.sector;
    m.owned = true;
    m.owner_token = n.first_token;
  }
}

std::string EntityRecognizer::ActorNameEn(const Mention& m) const {
  std::string name;
  if (m.record >= 0) {
    name = lex_->record(m.record).name_en;
  } else if (!m.country.empty() && lex_->StateRecord(m.country) >= 0) {
    name = lex_->record(lex_->StateRecord(m.country)).name_en;
  }
  if (m.agent >= 0 && (m.record < 0 || lex_->record(m.record).sector != m.sector || lex_->record(m.record).is_state)) {
    // (Appended in place: the name built as a new string and moved in cost a copy more.)
    const std::string& g = lex_->agents()[m.agent].name_en;
    if (name.empty()) {
      name = g;
    } else {
      name.append(" (").append(g).append(")");
    }
  } else if (m.demonym >= 0 && m.record < 0 && m.agent < 0) {
    if (name.empty()) {
      name = lex_->demonyms()[m.demonym].form;
    } else {
      name.append(" (people)");
    }
  }
  return name;
}

std::string EntityRecognizer::ActorNameAr(const AnalyzedText& text, const Mention& m) const {
  if (m.record >= 0 && m.agent < 0) return lex_->record(m.record).name_ar;
  uint32_t b = text.tokens[m.first_token].begin, e = text.tokens[m.end_token - 1].end;
  return std::string(text.original.substr(b, e - b));
}

namespace {

// An actor's id in two parts, the id being `head` then `tail`.
struct ActorIdParts {
  std::string_view head, tail;
  size_t size() const { return head.size() + tail.size(); }
  char operator[](size_t i) const { return i < head.size() ? head[i] : tail[i - head.size()]; }
};

ActorIdParts IdPartsOf(const Lexicon& lex, const Mention& m) {
  if (m.record >= 0) {
    const ActorRecord& r = lex.record(m.record);
    if (m.agent >= 0 && r.is_state) return {r.actor_id, m.sector};  // TURMIL, CAMEO style
    return {r.actor_id, {}};
  }
  return {m.country, m.sector};
}

}  // namespace

std::string EntityRecognizer::ActorId(const Mention& m) const {
  const ActorIdParts id = IdPartsOf(*lex_, m);
  std::string s(id.head);
  if (!id.tail.empty()) s.append(id.tail);
  return s;
}

bool EntityRecognizer::SameActorId(const Mention& a, const Mention& b) const {
  const ActorIdParts x = IdPartsOf(*lex_, a), y = IdPartsOf(*lex_, b);
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

}  // namespace rasad
