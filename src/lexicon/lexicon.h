// Lexicon: rasad's knowledge of actors, agents and places, loaded from data/ and compiled into a
// PhraseMatcher.
//
// Files (formats in data/README.md): lexicon/countries.tsv, lexicon/actors/*.tsv,
// lexicon/people.tsv, lexicon/agents.tsv, lexicon/word_kinds.tsv (the recognizer's single words by
// kind), lexicon/places/curated.tsv and the gazetteer generated
// from libgeonames at build time (<generated>/gazetteer.tsv; absent is allowed, with a warning).
// Loading reports the first bad line as `file:line: reason`; `rasad lexicon check` (CheckLexicon)
// reports every problem. Every name is also added to the text layer's WordSet so that the clitic
// analyzer recognises it (بنغازي keeps its ب).
#ifndef RASAD_LEXICON_LEXICON_H_
#define RASAD_LEXICON_LEXICON_H_

#include <array>
#include <cassert>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "lexicon/records.h"
#include "lexicon/word_kinds.h"
#include "util/flat_string_index.h"
#include "util/status.h"

namespace rasad {

class WordSet;

enum class EntryKind : uint8_t { kCountry, kDemonym, kActor, kAgent, kPlace };
// How many kinds there are (kPlace is the last): tables kept per kind have this many rows.
inline constexpr size_t kEntryKindCount = static_cast<size_t>(EntryKind::kPlace) + 1;

// A payload of the matcher: which record a phrase names.
// Bits: 31 contextual (a name written with a leading `?`: generic words that name this actor only
// in a document about its country, e.g. الحكومة الشرعية for Yemen's government), 28-30 kind,
// 27 sure (a name written with a leading `!`: a common word that in news names this actor, as حماس
// the movement, not "enthusiasm"), 0-26 index. Both 31 and 27: a short form (a name written with a
// leading `^`, المرصد for the Syrian Observatory) that names this actor only after one of its other
// names in the same document.
struct EntryRef {
  static constexpr uint32_t kContextualBit = 0x80000000u;
  static constexpr uint32_t kSureBit = 0x08000000u;
  static constexpr uint32_t kIndexMask = 0x07FFFFFFu;
  EntryKind kind;
  uint32_t index;  // into countries_/demonyms_/actors_/agents_/places_
  bool contextual = false;
  bool sure = false;
  // A short form (`^`): contextual and sure together.
  bool anaphoric() const { return contextual && sure; }
  static uint32_t Pack(EntryKind k, uint32_t i, bool contextual = false) {
    assert(i <= kIndexMask);
    return (contextual ? kContextualBit : 0u) | (static_cast<uint32_t>(k) << 28) | i;
  }
  static EntryRef Unpack(uint32_t p) {
    return {static_cast<EntryKind>((p >> 28) & 0x7u), p & kIndexMask, (p & kContextualBit) != 0,
            (p & kSureBit) != 0};
  }
  // The payload without its marks: the same for every name of one record.
  static uint32_t Record(uint32_t p) { return p & ~(kContextualBit | kSureBit); }
  // The payload's marks in the matcher (PhraseMatcher::Add; or-ed per phrase, PhraseMatcher::Marks): the bit
  // 1 << kind, kSureMark for a sure entry, kContextualMark for a contextual one that is no demonym.
  static constexpr uint8_t kKindMarks = 0x1F, kSureMark = 0x20, kContextualMark = 0x40;
  static uint8_t Marks(uint32_t p) {
    const EntryRef ref = Unpack(p);
    return static_cast<uint8_t>((1u << static_cast<unsigned>(ref.kind)) | (ref.sure ? kSureMark : 0) |
                                (ref.contextual && ref.kind != EntryKind::kDemonym ? kContextualMark : 0));
  }
};
static_assert(kEntryKindCount <= 5);  // (every kind's bit is within kKindMarks)

// The set of a word's code points, each as the bit of its last byte's low six bits: a word within one
// edit of another (WithinOneEdit: one code point inserted, deleted or replaced) has the other's set
// but for at most two bits (the code point taken away and the one put in), so words whose sets differ
// in three bits or more need no closer look (WithinTwoLetters).
inline uint64_t LetterSet(std::string_view w) {
  uint64_t set = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    // (The last byte of a code point: the next byte starts another, or there is none.)
    if (k + 1 == w.size() || (static_cast<unsigned char>(w[k + 1]) & 0xC0) != 0x80) {
      set |= uint64_t{1} << (static_cast<unsigned char>(w[k]) & 63);
    }
  }
  return set;
}
// Whether two LetterSets differ in at most two bits.
inline bool WithinTwoLetters(uint64_t a, uint64_t b) {
  uint64_t x = a ^ b;
  x &= x - 1;  // (each step clears the lowest bit set)
  x &= x - 1;
  return x == 0;
}

// Kinds of the single words of lexicon/word_kinds.tsv (WordKinds bits).
enum LexiconWordKind : uint32_t {
  kPlaceNounWord = 1 << 0,  // منطقة، مدينة، مخيم: a noun that announces a place name
  kLoyalWord = 1 << 1,      // موالون، تابعة: loyalty or belonging before لـ
  kLocativeWord = 1 << 2,   // في، قرب، شمال: a name of common words after it is read as a place
  kMissionWord = 1 << 3,    // سفارة، سفير، قنصلية: a diplomatic mission (lexicon/mission_words.tsv)
  kBelongingWord = 1 << 4,  // تابعة: belonging (a part of what follows) before لـ
  kOrganisationHead = 1 << 5,  // حركة، جماعة، مجلس: the head noun of an organisation's name
  kArmedGroupHead = 1 << 6,    // حركة، جماعة، تنظيم: a head by which any armed group is named again
  kGarmentWord = 1 << 7,       // زي، لباس، بزة: a garment, whose kind after it (زي عسكري، زي الشرطة) is no one
  kVehicleWord = 1 << 8,       // سيارة، شاحنة، طراز: a vehicle, whose make after it (سيارة تويوتا) is no place
};

struct LexiconPaths {
  std::string data_dir;        // the source data/ directory
  std::string gazetteer_path;  // generated gazetteer; empty to skip
};

class Lexicon {
 public:
  // Loads every dictionary. Problems that make a line unusable are errors naming file:line.
  // `words` (may be null) receives every name so that the clitic analyzer knows it.
  static Result<std::unique_ptr<Lexicon>> Load(const LexiconPaths& paths, WordSet* words);

  const PhraseMatcher& matcher() const { return matcher_; }
  const std::vector<ActorRecord>& records() const { return records_; }
  const ActorRecord& record(uint32_t i) const { return records_[i]; }
  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<uint32_t>& countries() const { return countries_; }  // record index per country entry
  const std::vector<DemonymRecord>& demonyms() const { return demonyms_; }
  const std::vector<AgentRecord>& agents() const { return agents_; }
  const std::vector<PlaceRecord>& places() const { return places_; }

  // The words after a phrase's first word (its trie node `node`, a child of the matcher's root) that
  // complete a name whose entries include a person, as the matcher's (word, child) pairs in its own
  // order: what the recognizer's person-name typo check reads. Empty when none.
  std::span<const std::pair<uint32_t, uint32_t>> PersonNamesAfter(uint32_t node) const {
    return PersonNameCandidatesAfter(node).names;
  }
  // PersonNamesAfter(node), with the LetterSet of each word in the same order: the typo check turns
  // most words away on it without reading the word.
  struct PersonNameCandidates {
    std::span<const std::pair<uint32_t, uint32_t>> names;
    const uint64_t* letters = nullptr;  // names.size() sets
  };
  PersonNameCandidates PersonNameCandidatesAfter(uint32_t node) const {
    uint32_t k = person_names_after_.Find(node);
    if (k == FlatU64Map::kNone) return {};
    auto [begin, end] = person_name_spans_[k];
    return {{person_names_.data() + begin, person_names_.data() + end}, person_name_letters_.data() + begin};
  }

  // The record of `actor` in force on `date` (ISO; empty = the latest period).
  const ActorRecord& RecordOn(const Actor& actor, std::string_view date) const;
  // The record index of a state by ISO3 code, or -1.
  int64_t StateRecord(std::string_view iso3) const;
  // The record index of an actor_id's latest period, or -1.
  int64_t FindActor(std::string_view actor_id) const;
  // The record index of an actor_id's period in force on `date` (as RecordOn reads it; empty = as FindActor), or -1:
  // a person's organisation in the person's own period (John Garang's SPLM of 1983-2005 is Sudanese rebels, the
  // party of South Sudan only from 2005).
  int64_t FindActorOn(std::string_view actor_id, std::string_view date) const;
  // Single-word place names per country (bare form, place index), for typo correction, in order of
  // byte length; with the LetterSet of each name in the same order: the typo check turns most names
  // away on it without comparing the words.
  struct PlaceNames {
    std::vector<std::pair<std::string, uint32_t>> names;
    std::vector<uint64_t> letters;  // names.size() sets
  };
  const PlaceNames* PlacesIn(std::string_view iso3) const;

  // How a country, place or organisation (a packed EntryRef, without the contextual bit) is named in
  // one word: kWithArticle, kWithoutArticle, both (or 0: only in longer names). Arabic names either
  // carry the article (العراق، الخرطوم، الموساد) or never take it (مصر، صور، مالي، حماس).
  static constexpr uint8_t kWithArticle = 1, kWithoutArticle = 2;
  uint8_t OneWordForms(uint32_t payload) const {
    const EntryRef ref = EntryRef::Unpack(payload);
    const auto kind = static_cast<size_t>(ref.kind);
    if (kind >= one_word_forms_.size()) return 0;
    const std::vector<uint8_t>& forms = one_word_forms_[kind];
    return ref.index < forms.size() ? forms[ref.index] : 0;
  }

  // Whether a token is a territory noun (lexicon/territory_nouns.tsv): الأراضي، الحدود، الشمال ...
  // or one naming the capital (العاصمة).
  enum class Territory { kNone, kPart, kCapital };
  Territory TerritoryNoun(const TokenKeys::Keys& k) const {
    if (k.count == 0) return Territory::kNone;
    if (territory_nouns_.Find(k.key[0], k.hash[0]) != FlatStringIndex::kNone) return Territory::kPart;
    if (capital_nouns_.Find(k.key[0], k.hash[0]) != FlatStringIndex::kNone) return Territory::kCapital;
    return Territory::kNone;
  }
  // The recognizer's single words by kind (lexicon/word_kinds.tsv; LexiconWordKind bits).
  const WordKinds& word_kinds() const { return word_kinds_; }
  // The words of a diplomatic mission (lexicon/mission_words.tsv; kMissionWord): the name after their
  // في is the city the mission sits in (السفارة الأمريكية في عمان is in Amman, not Oman).
  const WordKinds& mission_words() const { return mission_words_; }
  // Whether a token is a common word of news that also names a place: a quantifier, an adjective or
  // a noun listed in lexicon/places/common_words.tsv (العديد، الجديدة، الشهداء). Such a name is read
  // as the place only with place evidence (CommonWordIsPlace in place_name.h).
  // kNone when it is not listed; kAdjective for the class `adjective`, kNoun for the others.
  enum class CommonWord : uint8_t { kNone, kNoun, kAdjective };
  // مسقط رأسه "his birthplace": whether a one-word place name (its bare stem) right before a word (its bare stem,
  // with a pronoun on it or not) is the head of an idiom (common_words.tsv, class idiom: مسقط رأس+), no place there.
  bool PlaceIdiom(std::string_view name, std::string_view next, bool next_has_pronoun) const {
    for (const PlaceIdiomWords& x : place_idioms_) {
      if (x.name == name && x.next == next && (next_has_pronoun || !x.pronoun)) return true;
    }
    return false;
  }
  CommonWord CommonPlaceWord(const TokenKeys::Keys& k) const {
    if (k.count == 0) return CommonWord::kNone;
    if (common_place_words_.Find(k.key[0], k.hash[0]) != FlatStringIndex::kNone) return CommonWord::kNoun;
    if (common_place_adjectives_.Find(k.key[0], k.hash[0]) != FlatStringIndex::kNone) return CommonWord::kAdjective;
    return CommonWord::kNone;
  }
  // The curated place of a state as a whole (kind "country"), or -1.
  int32_t CountryPlace(std::string_view iso3) const;
  // The place of a state's capital (countries.tsv capital_ar, first name), or -1.
  int32_t CapitalPlace(std::string_view iso3) const;

  // Whether a bare word form is the singular of a generic agent (its line lists the form's accusative
  // or dual: جندي، شرطي، شخص).
  bool IsSingularAgentForm(std::string_view bare) const {
    return singular_agent_forms_.Find(bare) != FlatStringIndex::kNone;
  }
  // Whether a bare word form is an agent's counted form (agents.tsv %طالبا، %متهما): the accusative singular that
  // names the agent only right after a count of 11 to 99 and is another word elsewhere.
  bool IsCountedAgentForm(std::string_view bare) const {
    return counted_agent_forms_.Find(bare) != FlatStringIndex::kNone;
  }
  // Whether a bare word form is the masculine singular of a generic agent: the first form of its line,
  // one word not ending in ta marbuta or in the -ia of loanwords (جيش، رئيس، مسلح; not قوة، ميليشيا). A
  // verb in the feminine does not take it as subject.
  bool IsMasculineSingularAgentForm(std::string_view bare) const {
    return masculine_agent_forms_.Find(bare) != FlatStringIndex::kNone;
  }
  // Whether a bare word form is the first word of a generic agent's form in the feminine: ending in ta
  // marbuta or in the -ia of loanwords, in a body's line or in a line that lists its plural in ات
  // (حكومة، شرطة، قوة، مجموعة مسلحة، ميليشيا; not المارة, a plural of people, which a verb in the masculine
  // takes). A verb in the masculine does not take it as the subject right after it, nor ه as antecedent.
  bool IsFeminineSingularAgentForm(std::string_view bare) const {
    return feminine_agent_forms_.Find(bare) != FlatStringIndex::kNone;
  }
  // Whether a bare word form is an agent's oblique dual (جنديين): its line lists the nominative dual
  // (جنديان) and no sound plural in ون, whose oblique would be the same word (مدنيين).
  bool IsObliqueDualAgentForm(std::string_view bare) const {
    return oblique_dual_agent_forms_.Find(bare) != FlatStringIndex::kNone;
  }

  // Known sector codes (lexicon/sectors.tsv) and ISO3 codes (countries.tsv + regional codes).
  bool KnownSector(std::string_view code) const;
  bool KnownCountry(std::string_view code) const;

  // Warnings from loading (a missing optional file), one line each.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  friend class LexiconLoader;
  // Fills the index of PersonNamesAfter, once the matcher and the actors are loaded.
  void IndexPersonNames();
  PhraseMatcher matcher_;
  FlatU64Map person_names_after_;                                    // node -> index in person_name_spans_
  std::vector<std::pair<uint32_t, uint32_t>> person_name_spans_;     // [begin, end) in person_names_
  std::vector<std::pair<uint32_t, uint32_t>> person_names_;          // (word, child), per node in turn
  std::vector<uint64_t> person_name_letters_;                        // LetterSet of each word of person_names_
  std::vector<ActorRecord> records_;
  std::vector<Actor> actors_;
  std::vector<uint32_t> countries_;
  std::vector<DemonymRecord> demonyms_;
  std::vector<AgentRecord> agents_;
  std::vector<PlaceRecord> places_;
  // Hashes std::string and std::string_view alike, so that the maps below look a view up as it is
  // (the recognizer and the coder ask them with views of codes, per mention).
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  StringMap<uint32_t> state_by_iso3_;
  StringMap<uint32_t> actor_by_id_;  // -> index into actors_
  StringMap<PlaceNames> places_by_country_;
  // OneWordForms per entry kind, by record index (0 past the last record named in one word): a byte read in
  // place, where a hash map's node was a cache miss of its own for each name matched.
  std::array<std::vector<uint8_t>, kEntryKindCount> one_word_forms_;
  FlatStringIndex territory_nouns_, capital_nouns_, singular_agent_forms_, counted_agent_forms_, masculine_agent_forms_,
      feminine_agent_forms_, oblique_dual_agent_forms_, common_place_words_, common_place_adjectives_;
  struct PlaceIdiomWords {
    std::string name, next;
    bool pronoun = false;  // the word after the name has a pronoun on it (رأسه)
  };
  std::vector<PlaceIdiomWords> place_idioms_;  // (a handful: a list searched in order)
  WordKinds word_kinds_;
  WordKinds mission_words_;
  StringMap<int32_t> country_place_, capital_place_;
  StringMap<bool> sectors_;
  StringMap<bool> country_codes_;
  std::vector<std::string> warnings_;
};

}  // namespace rasad

#endif  // RASAD_LEXICON_LEXICON_H_
