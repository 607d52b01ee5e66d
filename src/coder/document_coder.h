// DocumentCoder: the event coder's working state for one document (internal to src/coder/).
//
// EventCoder::Code builds one per document and runs it. The work is split by concern:
//  - document_coder.cc: triggers and cues found in the text, lists of actors grouped, the reading
//    of each trigger word (verb or noun), and the merging of repeated events;
//  - arguments.cc: who did what to whom: subjects, objects, genitives, prepositions, pronouns and
//    demonstratives, the place and the counts around a trigger;
//  - reporting.cc: whether and how the sentence reports the event (negation, modality, background);
//  - event_dating.cc: the event's date from the document date and the clause;
//  - trigger_arguments.cc: the source and target a verb or a verbal noun takes;
//  - code_trigger.cc: one trigger coded into events, with its explanation.
#ifndef RASAD_CODER_DOCUMENT_CODER_H_
#define RASAD_CODER_DOCUMENT_CODER_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

// (GCC 12 takes the inline storage of a moved InlinedVector for memory never written, where an Arg is returned
// from one of several locals: -Wmaybe-uninitialized, a false alarm inside absl's header, silenced there alone.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include "absl/container/inlined_vector.h"
#include "coder/clause_map.h"
#pragma GCC diagnostic pop
#include "coder/event.h"
#include "coder/event_coder.h"
#include "coder/ontology.h"
#include "coder/trigger_lexicon.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/fixed_word.h"
#include "text/document.h"
#include "text/word_set.h"
#include "util/bytes_equal.h"

namespace rasad::detail {

constexpr uint8_t kPrepClitics = kProBi | kProLi | kProKa;
// A token's bare stem, as DocumentCoder::Bare gives it: a view whose == with a word (Bare(k) == "من")
// is compared inline (TextEqual); string_view's own == was left a call to compare() and memcmp in the
// coder's large functions (about 11,000 calls a pass).
struct BareText : std::string_view {
  friend bool operator==(BareText a, std::string_view b) { return TextEqual(a, b); }
};
// Gives event `e` code `c`: its PLOVER type and mode, CAMEO code, quad class and Goldstein value.
inline void SetCode(const CameoCode& c, Event* e) {
  e->event = c.plover;
  e->mode = c.mode;
  e->cameo = c.code;
  e->quad_class = c.quad_class;
  e->goldstein = c.goldstein;
}

// A value built where it is stored: `slot.emplace(BuiltBy{[&] { return MakeActor(m); }})` makes the actor
// in the optional itself (the conversion's result initializes the stored object), instead of a temporary
// moved into it and then destroyed: an actor or a place is seven strings to move.
template <typename Make>
struct BuiltBy {
  Make make;
  operator std::invoke_result_t<Make&>() { return make(); }  // NOLINT(google-explicit-constructor)
};
template <typename Make>
BuiltBy(Make) -> BuiltBy<Make>;

// Whether a word as written carries tanwin (U+064B-U+064D: ً ٌ ٍ), which only a noun takes.
inline bool HasTanwin(std::string_view original) {
  for (size_t i = 0; i + 1 < original.size(); ++i) {
    auto lead = static_cast<unsigned char>(original[i]), next = static_cast<unsigned char>(original[i + 1]);
    if (lead == 0xD9 && next >= 0x8B && next <= 0x8D) return true;
  }
  return false;
}

// How many tokens after it a `next`-scoped modality cue reaches.
constexpr uint32_t kCueReach = 10;
// How far before a violent noun a verb of condemnation (ودان رئيس الهيئة سمير جعجع خطف) reaches.
constexpr uint32_t kCondemnReach = 12;
// How far after a figurative trigger (هاجم) a word of speech (واصفا، ما سماه) makes it criticism.
constexpr uint32_t kSpeechReach = 40;
// How far before a trigger a relative or temporal clause opener, or a verb of occurrence, reaches.
constexpr uint32_t kClauseReach = 6;
// How far after a noun of killing its means (مقتل ثلاثة جنود عراقيين بانفجار عبوة) may stand.
constexpr uint32_t kKillMeansReach = 7;
// PrepositionOf results beyond TargetWay: another preposition, and كـ ("as"); neither introduces a
// target, and both keep an actor from being a subject or object.
constexpr uint16_t kPrepOther = 1 << 14;
constexpr uint16_t kPrepAs = 1 << 15;

struct TriggerHit {
  uint32_t first = 0, end = 0;  // tokens
  uint32_t record = 0;
  // A phrase split by its subject (طردت السلطات السفير): the tokens of the rest after the subject.
  uint32_t rest = 0, rest_end = 0;
  bool InRest(uint32_t k) const { return k >= rest && k < rest_end; }
};

struct CueHit {
  uint32_t first = 0, end = 0;
  uint32_t record = 0;
  // The record's kind and scope, held here (in what was padding) so that the loops over the cues near a
  // trigger, which mostly look for one kind, and Modality's, which turns most cues away by their scope and
  // place, skip the others without loading the record.
  CueKind kind = CueKind::kNegation;
  CueScope scope = CueScope::kClause;
};

// The kinds of cue Modality reads (negation, reported, alleged, intended, hypothetical, opinion): every other
// kind, of grammar.tsv or history and recap, leaves the event's modality as it is.
constexpr uint32_t kModalityKinds =
    1u << static_cast<unsigned>(CueKind::kNegation) | 1u << static_cast<unsigned>(CueKind::kReported) |
    1u << static_cast<unsigned>(CueKind::kAlleged) | 1u << static_cast<unsigned>(CueKind::kIntended) |
    1u << static_cast<unsigned>(CueKind::kHypothetical) | 1u << static_cast<unsigned>(CueKind::kOpinion);
constexpr bool ModalityKind(CueKind k) { return (kModalityKinds >> static_cast<unsigned>(k)) & 1u; }

// How an argument was found, for --explain. Nearly always a string literal, which is kept as a
// pointer so that finding an argument allocates nothing for its explanation; text composed at run
// time is owned, behind a pointer: an argument is made, moved and copied several times per trigger,
// and a pointer costs less to set, move and free than a string does (a composed text, rare, is copied
// whole).
class How {
 public:
  How() = default;
  How(const char* literal) : literal_(literal) {}  // a string literal: it must outlive the How
  How(std::string composed) : literal_(nullptr), composed_(std::make_unique<std::string>(std::move(composed))) {}
  How(const How& other) : literal_(other.literal_), composed_(Copy(other.composed_)) {}
  How(How&& other) noexcept = default;
  How& operator=(const How& other) {
    if (this != &other) {
      literal_ = other.literal_;
      composed_ = Copy(other.composed_);
    }
    return *this;
  }
  How& operator=(How&& other) noexcept = default;
  std::string_view view() const {
    return literal_ != nullptr ? std::string_view(literal_) : composed_ != nullptr ? std::string_view(*composed_) : "";
  }
  bool empty() const { return view().empty(); }
  friend std::string operator+(const How& h, std::string_view more) {
    std::string s(h.view());
    s += more;
    return s;
  }

 private:
  static std::unique_ptr<std::string> Copy(const std::unique_ptr<std::string>& s) {
    return s != nullptr ? std::make_unique<std::string>(*s) : nullptr;
  }
  const char* literal_ = "";
  std::unique_ptr<std::string> composed_;  // (null: none, or moved from)
};

// The mentions of an argument, or mentions to leave out of a search.
using Members = absl::InlinedVector<int32_t, 4>;

// An argument: a group of mentions (one event per member), and how it was found.
struct Arg {
  // Mention indices. (Held in the object up to four: nearly every argument has one to three members,
  // and arguments are made and copied several times per trigger.)
  Members members;
  How how;
  // نظيره السنغالي: the member is the demonym of a counterpart, who holds the other side's role
  // (its sector) in the demonym's state.
  bool counterpart = false;
  // The people a partitive pronoun (منهم، منها) refers back to (PartitiveTarget): a result's cause may
  // name them better (ما أدى إلى إصابة أربعة منهم).
  bool partitive = false;
  // القصف الروسي، مهندس تركي: the member is a demonym adjective that stands for its state, the doer of the
  // act named or the state of the person it was done to (kept, where other demonyms are no argument).
  bool nationality = false;
  // قتل قيادي في حركة حماس: the mention of the member an organisation stands for (OrganisationOfMember), whose
  // noun gives the count of victims; -1 for none.
  int32_t member = -1;
  // جثة رجل قتل طعنا، لطفل يقتل أثناء تبادل لإطلاق النار: the member is a single person a killing or wounding
  // verb in the singular describes (a relative clause with no relative pronoun): with no object, the one the
  // verb was done to, whatever stands after it.
  bool relative_victim = false;
  bool empty() const { return members.empty(); }
};

// The containers of a DocumentCoder's per-token and per-trigger state. They outlive one document
// (EventCoder::Scratch) so that their memory is reused; a DocumentCoder resets each before use.
struct DocumentCoderBuffers {
  std::vector<TriggerHit> hits;
  std::vector<const std::vector<uint32_t>*> hit_payloads;
  // Flags are bytes, not std::vector<bool>: resetting a bit vector for each document (assign) took
  // several times the instructions.
  std::vector<uint8_t> hit_verb;
  std::vector<uint8_t> hit_occurrence;
  std::vector<uint8_t> hit_occurrence_verb;
  std::vector<uint8_t> hit_emitted;
  std::vector<uint8_t> hit_background;
  std::vector<int32_t> hit_doer;  // the source mention of a hit found to be background, or -1
  std::vector<int32_t> hit_foreign_place;  // the place of another state than the doer's a hit attacked, or -1
  std::vector<uint8_t> hit_place_target;  // the hit's target is the state it took place in, no one named
  std::vector<std::vector<size_t>> hit_events;
  std::vector<int32_t> token_trigger;
  std::vector<CueHit> cues;
  std::vector<uint32_t> cue_ends_before;
  std::vector<uint32_t> first_cue_from;  // per token (and one past the last): the first cue starting at or after it
  std::vector<CueHit> modality_cues;  // the cues of the kinds ModalityKind names, in text order (a few of cues)
  // Per token: the longest cue phrase starting at it inside its sentence, once matched (CueMatchAt). An
  // entry is the document's when its stamp is cue_match_stamp, a number per document, so that the list
  // is not reset for each document.
  struct CueMatch {
    const std::vector<uint32_t>* payloads = nullptr;
    uint32_t length = 0;
    uint32_t stamp = 0;
  };
  std::vector<CueMatch> cue_match;
  uint32_t cue_match_stamp = 0;
  // The first token of the document's first hit with a protest line (ProtestToldBefore; UINT32_MAX while none is
  // found), and the number of hits read for it so far. Reset per document (DocumentCoder::Run).
  uint32_t first_protest_at = UINT32_MAX;
  uint32_t protest_hits_read = 0;
  std::vector<uint8_t> perfective_occurrence;
  std::vector<uint8_t> count_ends_before;
  std::vector<uint32_t> quantity_end;
  std::vector<uint32_t> cue_starts_at;
  std::vector<int32_t> group_of;
  // Per group (BuildGroups): its members. The lists of earlier documents are kept past this one's groups, so
  // that their memory serves again.
  std::vector<std::vector<int32_t>> groups;
  // Run's merging of repeated events: the key being built and the keys seen (their strings reused from
  // one document to the next; only the first `count` are this document's).
  struct EventKeys {
    std::string key;
    std::vector<std::pair<std::string, size_t>> seen;  // key -> index in the output
    size_t count = 0;
  } event_keys;
  // Where each word type enters the trigger and cue tries, and what the coder's word lists say of it, kept between
  // documents. (One memo for all: all are asked of nearly every token.)
  struct TrieRoots {
    PhraseMatcher::Roots trigger, cue;
    // Whether a trigger phrase of two words or more starts with the word: every reading of a phrase split
    // after its first word (SplitNounPhrase, DateSplit...) needs one, and most trigger words start none.
    bool trigger_goes_on = false;
    // Whether the word enters either trie (trigger.any() || cue.any()): FindTriggersAndCues passes the tokens that
    // enter neither and start no mention, most, testing this one byte.
    bool opens = false;
    // Whether the word is the first of some phrase of relative_dates.tsv (StartsDate).
    bool starts_date = false;
    // What the word says of a period (grammar.tsv; GrammarWordAt): asked of every token of a clause by
    // HistoricalPeriod, and kept here in the struct's padding at no cost per token.
    GrammarWord grammar = GrammarWord::kNone;
    // The kinds of the word's bare stem in word_kinds.tsv (CoderWordKind bits; WordKindsAt): asked of the same
    // tokens by many checks, read here with the roots instead of from a memo of its own at every question.
    uint64_t word_kinds = 0;
  };
  TypeMemo<TrieRoots> trie_roots;
  // Per word type: the phrases of relative_dates.tsv that start with its bare stem and with its bare form (the
  // EventCoder's index; null where none does), found in the index once per type: DatePhraseAt looked both up at every
  // call, and CalendarDate asks of the same tokens again and again. Kept between documents as trie_roots is.
  struct DatePhraseLists {
    const std::vector<uint32_t>* by_stem = nullptr;
    const std::vector<uint32_t>* by_norm = nullptr;
  };
  TypeMemo<DatePhraseLists> date_phrases;
  // Per token of the document: where it enters the tries (RootsAt), read from trie_roots once when the coder is
  // made. (The entries past the document's tokens are an earlier document's.)
  std::vector<TrieRoots> token_roots;
  // Per clause: HistoricalPeriod's answer once read (kNotRead until then), and the date once read.
  std::vector<const char*> historical_period;
  std::vector<std::optional<DateReading>> date;
  // Per clause: EarlierYearIn's answer once read (first == kEarlierYearNotRead until then).
  struct EarlierYear {
    uint32_t first = 0, end = 0;  // the date's words; first == end: none that may place the clause's events
  };
  std::vector<EarlierYear> earlier_year;
  // Per mention: PrepositionOf, once read (kNotRead until then).
  std::vector<uint32_t> preposition_of;
  // DocumentCoder's maps of arguments (their memory kept between documents).
  // (Per clause in a ClauseMap: an unordered_map allocated a node for each clause given a value, and hashed each
  // look-up.)
  ClauseMap<Arg> last_source, accused, charged;
  ClauseMap<uint32_t> last_source_hit;
  std::unordered_map<uint64_t, Arg> pronoun_memo;
};

// The coder's working state for one document.
class DocumentCoder {
 public:
  DocumentCoder(const Lexicon& lex, const Ontology& ont, const TriggerLexicon& trig, const EntityRecognizer& recog,
                const std::vector<RelativeDate>& dates, const DatePhraseIndex& date_first_words,
                const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
                DocumentCoderBuffers* b)
      : lex_(lex), ont_(ont), trig_(trig), recog_(recog), dates_(dates), date_first_words_(date_first_words), doc_(doc),
        text_(text), rec_(rec), explain_(explain), hits_(b->hits), hit_payloads_(b->hit_payloads),
        hit_verb_(b->hit_verb), hit_occurrence_(b->hit_occurrence), hit_occurrence_verb_(b->hit_occurrence_verb),
        hit_emitted_(b->hit_emitted), hit_background_(b->hit_background), hit_doer_(b->hit_doer), hit_foreign_place_(b->hit_foreign_place),
        hit_place_target_(b->hit_place_target), hit_events_(b->hit_events),
        token_trigger_(b->token_trigger), cues_(b->cues), cue_ends_before_(b->cue_ends_before),
        first_cue_from_(b->first_cue_from), modality_cues_(b->modality_cues),
        perfective_occurrence_(b->perfective_occurrence), count_ends_before_(b->count_ends_before),
        quantity_end_(b->quantity_end), cue_starts_at_(b->cue_starts_at), group_of_(b->group_of), groups_(b->groups),
        event_keys_(b->event_keys),
        trie_roots_(b->trie_roots), token_roots_(b->token_roots), historical_period_(b->historical_period),
        clause_date_(b->date), earlier_year_(b->earlier_year), preposition_of_(b->preposition_of),
        last_source_(b->last_source),
        last_source_hit_(b->last_source_hit),
        pronoun_memo_(b->pronoun_memo), accused_(b->accused), charged_(b->charged), cue_match_(b->cue_match),
        cue_match_stamp_(b->cue_match_stamp), first_protest_at_(b->first_protest_at),
        protest_hits_read_(b->protest_hits_read), date_phrases_(b->date_phrases) {
    // (The memos asked per token are this text's from here on: their reads test no owner or generation.)
    // (The trie roots hold what the trigger lexicon and the relative dates say of a word: their owner is the
    // EventCoder's own index of its dates, which stands for both.)
    trie_roots_.Prepare(&date_first_words_, rec_.keys);
    date_phrases_.Prepare(&date_first_words_, rec_.keys);
    ReadTokenRoots();
  }

  void Run(std::vector<Event>* out);
  // The dates the document writes (calendar expressions, relative words, years), each with the value it
  // gives, in the order of the text.
  std::vector<DateReading> DateMentions() const;

 private:
  const Mention& M(int32_t i) const { return rec_.mentions[i]; }
  int32_t MentionAt(uint32_t tok) const { return tok < token_mention_count_ ? token_mention_[tok] : -1; }
  // Whether token `tok` is inside an actor's name (المقرر الخاص, the rapporteur, is no word of scheduling).
  bool InActorName(uint32_t tok) const {
    const int32_t m = MentionAt(tok);
    return m >= 0 && M(m).is_actor;
  }
  // The number of mentions that end at or before token `tok` (mentions are in text order and do not
  // overlap, so their ends are in order too): a walk back from `tok` starts below it.
  int32_t MentionsEndingBy(uint32_t tok) const {
    const std::vector<Mention>& ms = rec_.mentions;
    auto after = std::partition_point(ms.begin(), ms.end(), [tok](const Mention& x) { return x.end_token <= tok; });
    return static_cast<int32_t>(after - ms.begin());
  }
  BareText Bare(uint32_t tok) const { return {BareWord(text_.Stem(text_.tokens[tok]))}; }
  // What token `tok` says of a period (grammar.tsv): read with the token's trie roots, once per word type
  // (a token with no key, punctuation or a number, says nothing).
  GrammarWord GrammarWordAt(uint32_t tok) const { return token_roots_[tok].grammar; }
  // Whether the negation ما، لا or لم at `k` and a verb of going on or of ceasing right after it (grammar.tsv
  // continuing) say "still" or "did not cease" (ما زالت، لا يزال، لم يتوقف، ما برحت): the event after them goes on or
  // happened.
  bool GoingOnAt(uint32_t k) const {
    if (k + 1 >= text_.tokens.size() || GrammarWordAt(k + 1) != GrammarWord::kContinuing) return false;
    BareText n = Bare(k);
    return n == "ما" || n == "لا" || n == "لم";
  }
  // Whether token `k` is a comma, Arabic or Latin (، ,).
  bool CommaAt(uint32_t k) const {
    if (text_.tokens[k].kind != TokenKind::kPunct) return false;
    std::string_view p = text_.Norm(text_.tokens[k]);
    return TextEqual(p, "،") || TextEqual(p, ",");
  }
  // Whether a word of frame (grammar.tsv frame: في إطار، ضمن، بموجب) stands right before token `k`, or before a
  // part of it with من (ضمن المرحلة الأولى من), within its clause from `first`.
  bool FramedAt(uint32_t k, uint32_t first) const {
    if (k < first + 1) return false;
    uint32_t q = k - 1;
    // (Up to two words of a part before من: المرحلة الأولى من، جزء من.)
    if (text_.tokens[q].prefixes == 0 && Bare(q) == "من") {
      uint32_t stop = q > first + 3 ? q - 3 : first;
      for (q = q - 1; q > stop && MentionAt(q) < 0 && token_trigger_[q] < 0 &&
                      text_.tokens[q].kind == TokenKind::kWord && GrammarWordAt(q) != GrammarWord::kFrame;
           --q) {
      }
    }
    if (q < first || GrammarWordAt(q) != GrammarWord::kFrame) return false;
    // (إطار only after في: على إطار is a tyre.)
    return !(Bare(q) == "اطار") || (q > first && text_.tokens[q - 1].prefixes == 0 && Bare(q - 1) == "في");
  }
  // The kinds of token `tok`'s bare stem in word_kinds.tsv (CoderWordKind bits), by its hashed key.
  // (Read with the token's trie roots, ReadTokenRoots: 0 for a token with no key.)
  uint64_t WordKindsAt(uint32_t tok) const { return token_roots_[tok].word_kinds; }
  // Whether token `tok` is a word of belonging (lexicon/word_kinds.tsv `belonging`: تابعة), which makes
  // what stands before it a part of the actor named after it with لـ: طائرة تابعة للجيش، دورية تابعة للشرطة.
  // (Loyalty is not belonging: فصائل موالية لإيران are not Iran's own.) Every caller asks for the لـ actor.
  bool BelongingAt(uint32_t tok) const { return (lex_.word_kinds().Of(Bare(tok)) & kBelongingWord) != 0; }
  // Whether token `tok` is a word of loyalty, belonging or ties (lexicon/word_kinds.tsv `loyal`: موالية،
  // تابعة، المدعومة، المرتبطة).
  bool LoyalAt(uint32_t tok) const { return (lex_.word_kinds().Of(Bare(tok)) & kLoyalWord) != 0; }

  void FindTriggersAndCues();
  // Fills token_roots_ for the document's tokens (RootsAt reads it): one look-up in the memo of each word type
  // per token, in a loop that keeps the memo's arrays in registers.
  void ReadTokenRoots();
  // A trigger phrase whose first word `i` is followed by an actor and then by the rest of the phrase
  // (حملة حفتر العسكرية، أطلق مسلحون النار، نزل المتظاهرون إلى الشوارع): adds the hit.
  // `verb_only`: only a verb phrase is looked for (the word is a trigger on its own).
  bool SplitNounPhrase(uint32_t i, uint32_t limit, bool verb_only);
  // أسقطت طائرات أردنية مساعدات: a verb whose two-word phrase ends in a machine of war with its nationality
  // after it, followed by another rest of the verb: the machine is the subject, and the hit is the verb
  // with that rest. Pushes the hit and returns true.
  bool MachineSubjectSplit(uint32_t i, uint32_t limit);
  bool DateSplit(uint32_t i, uint32_t limit);
  // Whether a line of the phrase is doer_inside (its form ends in its own subject: ضربت طائرات).
  bool DoerInsideLine(const std::vector<uint32_t>& payloads) const;
  // Where the munition at k is the pronoun of a verb of launching right after it (صاروخا أطلقته، قذائف أطلقها،
  // past one adjective: صاروخا باليستيا أطلقه), the token after that verb (its subject, the launcher); else 0.
  uint32_t LauncherAfterMunition(uint32_t k, uint32_t limit) const;
  // The actor named right after that verb of launching (صاروخا أطلقته جماعة الحوثي), when munition word `k` has one
  // in its clause (no preposition or conjunction on it): its launcher's mention, or -1.
  int32_t LaunchedBy(uint32_t k, const Clause& c) const;
  bool PhraseAcrossPronoun(uint32_t i, uint32_t limit);
  // The payloads of a trigger phrase whose first word is token `i` (read by any of its keys) and whose
  // other words start at `rest`, where `accept` takes them; *end: where the phrase ends. Null if none.
  // Adds the hit of a one-word trigger at `i` whose phrase goes on at tokens [rest, end) (the words between
  // are a subject, a count or a pronoun); returns its index.
  int32_t AddSplitHit(uint32_t i, uint32_t rest, uint32_t end, const std::vector<uint32_t>* payloads);
  using PayloadTest = bool (DocumentCoder::*)(const std::vector<uint32_t>&) const;
  const std::vector<uint32_t>* PhraseFrom(uint32_t i, uint32_t rest, uint32_t limit, uint32_t* end, PayloadTest accept);
  bool NotNoEventPhrase(const std::vector<uint32_t>& payloads) const;
  // Whether two lists of trigger lines share a PLOVER type (the headline lines of `a` aside).
  bool SharesType(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) const;
  // Whether trigger lines `payloads` include a verb (not only verbal nouns).
  // The end of a violent verbal noun phrase starting at token j (القصف، الهجوم الانتحاري), which may
  // be the subject of a phrase of its result (أودى القصف بحياة); 0 where none starts there.
  uint32_t ViolentNounSubject(uint32_t j, uint32_t limit) const;
  // The actor whose concession a demand at token k asks (باستقالة الرئيسة: the president), or -1: a verbal noun of
  // conceding after بـ whose genitive is its doer (triggers.tsv gen source), that doer an actor right after it.
  int32_t DemandedConcessionOf(uint32_t k, uint32_t sentence_end) const;
  // The trigger match ViolentNounSubject made last, at token violent_match_at_ within violent_match_limit_
  // (UINT32_MAX: none): FindTriggersAndCues reads that word next, and takes the match instead of making it again.
  mutable uint32_t violent_match_at_ = UINT32_MAX;
  mutable uint32_t violent_match_limit_ = 0;
  mutable PhraseMatcher::Match violent_match_;
  // A verb line of killing or wounding is among the phrase's lines.
  bool KillOrInjureLine(const std::vector<uint32_t>& payloads) const;
  // A word of its own: no clitic, name, trigger, function word or number (سيارة، منصات).
  // The indefinite object of the verb before, which the pronoun on hit `hi`'s verb refers back to (a
  // relative clause with no relative pronoun: أطلقت سراح رهينة اختطفتها), or -1.
  int32_t IndefiniteObjectBefore(size_t hi, const Clause& c) const;
  bool IsPlainNoun(uint32_t j) const;
  // Whether the word at k is one adjective of the people named right before it (متظاهرون غاضبون، محتجين ملثمين):
  // both in the sound plural's same ending (ون or ين), the adjective a plain word, no verb, mention or event word.
  bool AgreeingAdjectiveAt(uint32_t k) const;
  // The people "carried" after a vehicle that was hit (سيارة تقل صحفيين، كانت تقل جنودا): the mention
  // after a verb of carrying at token k, or -1.
  int32_t CarriedAt(uint32_t k, uint32_t limit) const;
  // After a subject ending at token k, the end of the group it comes from (مسلحون من العشائر، عشرات
  // المقاتلين من حركة الشباب: من + an actor), which is part of it; k where there is none.
  uint32_t AfterGroupOfOrigin(uint32_t k, uint32_t limit) const;
  // After people ending at token k, the group they are said to belong to (ينتمون لتنظيم داعش، انتمائهم إلى) or,
  // with `*supposed` set, suspected to (يشتبه في انتمائهم إلى، يعتقد انتماؤهم، يعتقد أنهم من حركة الشباب): its mention,
  // or -1. Supposed, the mention may be a nationality, no actor (طائرات يعتقد أنها روسية).
  int32_t GroupBelongedTo(uint32_t k, uint32_t limit, bool* supposed) const;
  // After a machine of war ending at token k, the state it is supposed to be of (طائرات يعتقد أنها روسية، مسيرة يرجح
  // أنها تركية): the mention of the nationality or of the state, or -1.
  int32_t SupposedStateAt(uint32_t k, uint32_t limit) const;
  // After a subject ending at token k, the place in في where it is (السلطات في بوركينا فاسو، محكمة في الدار
  // البيضاء): the mention of that place, which ends before `limit`, or -1.
  int32_t WhereSubjectIs(uint32_t k, uint32_t limit) const;
  // Where the object of a VSO verb may start after its subject, mention `s`: past a definite actor in
  // construct with a one-word generic head (ناشد أهالي المعتقلين السلطات: the detainees are the
  // families', not the object).
  uint32_t AfterSubjectGenitive(int32_t s, uint32_t limit) const;
  // Whether a protest hit starts at token `k` (تجمع، حشد، مظاهرة): a gathering of people.
  bool GatheringAt(uint32_t k) const;
  // The line hit `h` reads as, where that is a violent (ASSAULT) verbal noun; nullptr otherwise.
  const TriggerRecord* ViolentNounRecord(int32_t h) const;
  // Whether hit `h` reads as a verbal noun of killing or wounding (مقتل، إصابة): a toll.
  bool TollNounAt(size_t h) const;
  // The mention of a state's nationality (a demonym adjective: no actor, no place) that starts at
  // token k, or -1.
  // The nationality mention `m` and those joined to it by و that agree with it in the article, before
  // token `end` (الطائرات الروسية والسورية: Russian and Syrian).
  Members NationalityList(int32_t m, uint32_t end) const;
  int32_t NationalityAt(uint32_t k) const;
  // The mention of a named group's relational adjective starting at token k (طائرة مسيرة حوثية، الصواريخ الحوثية: one
  // word in ـي/ـية naming a group of the lexicon, no state, no person, no preposition on it), or -1.
  int32_t GroupAdjectiveAt(uint32_t k) const;
  // NationalityAt with no preposition or conjunction on the word (an adjective or a noun of its own), or -1.
  int32_t BareNationalityAt(uint32_t k) const {
    const int32_t m = NationalityAt(k);
    return m >= 0 && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa)) ? m : -1;
  }
  // Every line of the phrase is "-": it names no event (منصات إطلاق، قنبلة موقوتة).
  bool NoEventPhrase(const std::vector<uint32_t>& payloads) const;
  // Whether a trigger hit at token k is a phrase that names no event (every line "-") after a preposition, with بـ on
  // it, or right after an actor: a complement or an adjective that describes someone (يعاني من اضطرابات عقلية، امرأة
  // مصابة باضطرابات نفسية), no act of its own.
  bool DescribingNoEventAt(uint32_t k) const;
  bool HasVerbLine(const std::vector<uint32_t>& payloads) const;
  // The payloads of the longest phrase continuing trie node `node` with the tokens from `rest` on
  // (its end in *end; the phrase ending at `rest` in *one_word), or null.
  const std::vector<uint32_t>* RestOfPhrase(uint32_t node, uint32_t rest, uint32_t limit, uint32_t* end,
                                            const std::vector<uint32_t>** one_word) const;
  void BuildGroups();
  bool IsActorLike(int32_t m) const;
  // Whether mention `m` is a place naming a state: the state itself or its capital (موسكو).
  bool StatePlace(int32_t m) const;
  // Whether mention `m` is a place naming a state's capital (موسكو، كيغالي), not the state itself.
  bool CapitalAt(int32_t m) const;
  // (Asked of the same mentions by every trigger around them: read once per mention.)
  uint16_t PrepositionOf(int32_t m) const;
  uint16_t ReadPrepositionOf(int32_t m) const;
  static constexpr uint32_t kPrepositionNotRead = UINT32_MAX;
  // Whether token `k` ends a count or is a noun of a part (قوة، عدد، عناصر) that من then specifies.
  bool IsPartitiveHead(uint32_t k) const;
  // Where the noun or the partitive من of the count that ends before `end` starts: past a bound after the
  // number (٢٠ على الأقل).
  uint32_t CountEnd(uint32_t end) const;
  // Where the group that people ending before token `e` are of starts: after من or a word of affiliation
  // (ينتمون إلى), past the head noun of its name and a quotation mark (من جماعة «أنصار الإسلام»); `end` if none.
  uint32_t GroupAfterOf(uint32_t e, uint32_t end) const;
  // Whether tokens `k` and `k + 1` are على الأقل ("at least").
  bool AtLeastAt(uint32_t k) const;
  // The first token of the count that ends right before `end`, with its bound before (أكثر من ٣٠، ما لا يقل
  // عن ١٥) or after (٣٠ على الأقل); `end - 1` if no count ends there.
  uint32_t CountStart(uint32_t end) const;
  // A person, or a party, the unarmed opposition, a medium, NGO, cleric, court, legislature or school:
  // those who attack in words (تشن المعارضة اللبنانية عليه هجوما).
  bool IsSpeaker(int32_t m) const {
    const Mention& x = M(m);
    if (!x.is_actor) return false;
    if (x.record >= 0 && lex_.record(x.record).is_person) return true;
    if (x.agent >= 0 && lex_.agents()[x.agent].kind_id == AgentKind::kOffice) return true;
    static constexpr std::string_view kSpeakers[] = {"PTY", "OPP", "MED", "NGO", "REL", "JUD", "LEG", "EDU", "ELI"};
    for (std::string_view s : kSpeakers) {
      if (x.sector == s) return true;
    }
    return false;
  }
  // Whether the first thing the trigger `t` is aimed at, after it (past its subject, a preposition and the
  // article), is a machine of war or a hard target (word_kinds.tsv machine, hard_target: السفن، المنشآت
  // النفطية، القواعد الأمريكية): what only force hits. A speaker's attack on it is an attack, not criticism
  // (هدد زعيم الحوثيين بمهاجمة السفن الإسرائيلية).
  bool AimsAtHardTarget(const TriggerHit& t, const Clause& c, const Arg& source) const;
  // A generic noun of people in the dual (جنديان، شرطيان، مدنيان، جنديين): a count of two. Sound
  // plurals end in ون/ين/ات, so a one-word agent in ان is a dual; one in ين is where its line says so.
  bool IsDual(int32_t m) const {
    const Mention& x = M(m);
    // (The head noun is the first word: جنديان إسرائيليان.)
    if (!x.is_actor || x.agent < 0) return false;
    if (lex_.agents()[x.agent].kind_id != AgentKind::kGroup) return false;
    std::string_view w = Bare(x.first_token);
    return NominativeDual(w) || lex_.IsObliqueDualAgentForm(w);
  }
  // Whether a bare agent word in ان is a nominative dual: of a singular its line knows (جنديان: جندي), or a
  // feminine one (صحفيتان). A broken plural (شبان، رهبان) or a singular (فنان) that ends so counts no two.
  bool NominativeDual(std::string_view w) const {
    if (w.size() <= 6 || !w.ends_with("ان")) return false;
    std::string_view stem = w.substr(0, w.size() - std::string_view("ان").size());
    return stem.ends_with("ت") || lex_.IsSingularAgentForm(stem);
  }
  // A single victim named by an indefinite singular agent noun, with its adjectives (قتل جندي، مقتل
  // شرطي، قتل جندي تركي، قتل قيادي في حركة حماس: the member an organisation stands for): one person.
  bool IsSingularVictim(const Arg& target) const {
    if (target.members.size() != 1) return false;
    const Mention& x = M(target.member >= 0 ? target.member : target.members[0]);
    if (!x.is_actor || x.agent < 0 || x.record >= 0) return false;
    const Token& w = text_.tokens[x.first_token];
    // (Or an office held by one: قتل قيادي في حركة حماس.)
    AgentKind kind = lex_.agents()[x.agent].kind_id;
    if ((w.prefixes & kProAl) || w.suffix != Enclitic::kNone || (kind != AgentKind::kGroup && kind != AgentKind::kOffice)) {
      return false;
    }
    // Not one of several (مقتل عضو بارز في التيار الصدري وزوجته وطفليهما): a و-word may follow within
    // the phrase.
    for (uint32_t k = x.end_token; k < text_.tokens.size() && k < x.end_token + 5; ++k) {
      const Token& n = text_.tokens[k];
      if (n.sentence != w.sentence || n.kind != TokenKind::kWord || token_trigger_[k] >= 0) break;
      if (n.prefixes & kProWa) return false;
    }
    return lex_.IsSingularAgentForm(Bare(x.first_token));
  }
  // Those who attack with arms: their هاجم is never criticism.
  // (TextEqual, an inline compare: string_view's == was a call to compare() and memcmp for each code.)
  static bool IsArmed(std::string_view sector) {
    return TextEqual(sector, "MIL") || TextEqual(sector, "COP") || TextEqual(sector, "SPY") ||
           TextEqual(sector, "REB") || TextEqual(sector, "SEP") || TextEqual(sector, "INS") ||
           TextEqual(sector, "UAF") || TextEqual(sector, "IMG") || TextEqual(sector, "CRM");
  }
  static bool IsStateAgent(std::string_view sector) {
    return TextEqual(sector, "GOV") || TextEqual(sector, "MIL") || TextEqual(sector, "COP") ||
           TextEqual(sector, "SPY") || TextEqual(sector, "JUD") || TextEqual(sector, "LEG") || TextEqual(sector, "ELI");
  }
  // A state (its record), its forces or officials, or an armed group: those who can seize, arrest, shell.
  bool StateOrArmed(const Mention& x) const {
    return IsArmed(x.sector) || IsStateAgent(x.sector) || (x.record >= 0 && lex_.record(x.record).is_state);
  }
  // An armed force named as such (a military, a police, an armed group, a state's forces: قوات الاحتلال), not a state
  // by its name: قصف الجيش is the army's shelling, قصف إسرائيل may be either.
  bool ArmedForce(const Mention& x) const {
    return x.is_actor && !x.object && IsArmed(x.sector) &&
           !(x.record >= 0 && lex_.record(x.record).is_state && x.agent < 0);
  }
  // Whether the verbal noun of hit `hi` stands as a cause (triggers.tsv flag armed_doer): the subject of أدى or
  // أسفر right after it, after جراء، إثر، بسبب، نتيجة، في, or with لـ after تعرض earlier in its clause
  // (trigger_arguments.cc).
  bool NounAsCause(size_t hi, const Clause& c) const;
  // Whether place mention `m` is the subject right after a verb of hosting (043: استضافت القاهرة محادثات): the
  // place of the talks it hosts (arguments.cc).
  bool Host(int32_t m) const;
  // Whether token `k` is a unit of time (سنوات، أيام، ساعات).
  bool IsTimeWord(uint32_t k) const { return (WordKindsAt(k) & kTimeUnitWord) != 0; }
  // Whether a number ending before token `k` counts time, not people: a unit of time or a month after
  // it, right away or after من (ثلاثة أيام، 3 مايو، 15 من الشهر الجاري).
  bool TimeAfterCount(uint32_t k) const {
    if (k >= text_.tokens.size()) return false;
    if (IsTimeWord(k)) return true;
    return k + 1 < text_.tokens.size() && Bare(k) == "من" && IsTimeWord(k + 1);
  }
  bool IsPrepositional(int32_t m) const { return PrepositionOf(m) != 0; }
  // Whether noun hit `hi` stands right after a verb of undergoing, before the ل (or إلى) of a later
  // hit of its clause: the one who suffered that hit's event (تعرضت قافلة مساعدات لهجوم).
  bool UndergoerNoun(size_t hi, const Clause& c) const;
  // Whether aid noun hit `hi` names what another act hit or who someone is, not aid given: the object of
  // the violent hit right before it in its clause, straight after it or its subject, or after its على، ضد
  // or بحق (أطلق مسلحون النار على شاحنات مساعدات، قصفت طائرات قافلة إغاثة), or the genitive of a person named by a
  // generic agent with no article (سائق شاحنة مساعدات، متطوعو قافلة الإغاثة).
  bool AidNamesNoGiving(size_t hi, const Clause& c, const std::vector<Event>& out) const;
  // Whether the temporal clause that starts at token `clause_start` (after its عندما، حين ...) follows a verb
  // of happening right before its conjunction (وقع الحادث عندما انفجرت قنبلة): it tells what happened.
  bool TemporalAfterHappening(uint32_t clause_start, const Clause& c) const;
  // The hit of a verb of toll (killed, wounded) that the temporal conjunction ending at token `clause_start` follows,
  // past the toll's own words and with no other event word or punctuation between (قتل عشرة أشخاص عندما فجر انتحاري
  // نفسه), or -1: the temporal clause tells the incident the toll counts.
  int32_t TollBeforeTemporal(uint32_t clause_start) const;
  // The actor who strives to do the act of the verbal noun at `act` (تسعى مصر إلى دعم الجيش: مصر): the mention right
  // after a word of striving (grammar.tsv striving) before إلى right before the noun, ending at إلى; -1 if none.
  int32_t StriverBefore(uint32_t act, const Clause& c) const;
  // Whether warning t (a triggers.tsv line flagged warning) warns of a danger: a من close after it, in its
  // sentence, followed by a word of coder/word_kinds.tsv kind danger (حذرت منظمة الصحة من تفشي الكوليرا), or by أن,
  // an actor and قد or ربما: what another may do (حذرت واشنطن من أن الصين قد تغزو تايوان), a forecast that threatens no
  // one.
  bool WarnsOfDanger(const TriggerHit& t) const;
  // Whether noun t is the genitive of a word of remains (coder/word_kinds.tsv remains), a number allowed
  // between: جثث 15 شهيدا، جثامين القتلى.
  bool RemainsOf(const TriggerHit& t, const Clause& c) const;
  // Whether noun hit `hi` is joined by و, alone or in a list, to a noun a word of frequency qualifies (a
  // triggers.tsv "-" line flagged habit): مداهمات واعتقالات يومية.
  bool HabitConjunct(size_t hi) const;
  // Whether mention `m` is part of the subject (after the verb, or right before it) of a verb of
  // undergoing of clause `c` before the noun of hit `t` (تعرضت مقرات حزب الأمة لهجوم: the party is no
  // doer).
  bool UndergoBefore(int32_t m, const TriggerHit& t, const Clause& c) const;
  // The doer of the attack of hit `hi` (whose arguments gave `source`) as its own event codes it, for
  // the events that happened in that attack.
  std::optional<EventActor> AttackDoer(size_t hi, const Arg& source, const std::vector<Event>& out) const;
  // The object after the genitive `gm` of a verbal noun when `gm` is its doer (مصادرة الجيش أراضي
  // الفلسطينيين: the owner; اعتقال الشرطة ناشطين: the object): the object actor, or an empty Arg
  // whose `how` is set for an object that is no actor; an empty Arg with no `how` when none follows.
  // `*place_object` tells whether that object is a place (اقتحام المستوطنين المسجد الأقصى).
  Arg ObjectAfterGenitiveDoer(int32_t gm, const Clause& c, bool* place_object) const;
  // زيارة الجزائر، إرسال قوات إلى ...: where mention `gm`, right after the noun of hit `hi` (record `r`), is a place
  // and the noun goes somewhere (place_is_target, a target after إلى), that place as the noun's destination; an
  // empty Arg otherwise (trigger_arguments.cc).
  Arg GenitiveDestination(size_t hi, const TriggerRecord& r, const Clause& c, int32_t gm) const;
  // Whether mention `m` stands right after a verb of saying, denying or intending (أعلنت واشنطن، نفى
  // المتحدث، يعتزم الجيش): its subject.
  bool SaidBy(int32_t m) const {
    constexpr uint32_t kSaying = 1u << static_cast<unsigned>(CueKind::kReported) |
                                 1u << static_cast<unsigned>(CueKind::kIntended) |
                                 1u << static_cast<unsigned>(CueKind::kNegation);
    uint32_t f = M(m).first_token;
    return f < cue_ends_before_.size() && (cue_ends_before_[f] & kSaying) != 0;
  }
  // Whether a verb of saying (cues.tsv kind reported: وقال مصدر إن، وأفادت مصادر بأن) lies wholly in the tokens
  // [from, to).
  bool SayingBetween(uint32_t from, uint32_t to) const {
    for (const CueHit& q : CuesIn(from, to)) {
      if (q.kind == CueKind::kReported && q.first >= from && q.end <= to) return true;
    }
    return false;
  }
  // Whether mention `m` stands right before a verb of saying, denying or intending, or before قد and one
  // (وكانت أنقرة قد أعلنت، واشنطن تنفي): its subject named first.
  bool SaysAfter(int32_t m) const;
  // نظيره السنغالي، نظيرتها الليبية: the demonym mention after a noun of counterpart at token `k`, or -1.
  int32_t CounterpartAt(uint32_t k) const;
  // Whether mention `m` is the genitive of the noun right before it (مشابهة لسيارات قوات الشرطة: the
  // head noun has no article, is no verb and no particle): then it is not a verb's subject.
  bool IsGenitive(int32_t m) const;
  bool TriggerBetween(uint32_t a, uint32_t b) const;
  Arg GroupOf(int32_t m, How how) const;
  // The actor a pronoun at token `tok` refers back to (not one of the groups of `exclude`); with
  // `people`, a plural or dual pronoun (هم، هن، هما), not an object noun (a checkpoint, a house).
  Arg Antecedent(uint32_t tok, std::span<const int32_t> exclude, How how, bool people = false) const;
  Arg ResolveDemonstrative(int32_t m) const;
  // هذه الحركة، هذا التنظيم، تلك الدبابات، الأخير: the mention that the noun at token `k` refers back to, where
  // it names no actor itself and follows a demonstrative (an earlier actor or nationality with the same head
  // noun), or is الأخير / الأخيرة (the last actor named); -1 otherwise.
  int32_t ReferredAt(uint32_t k) const;
  // (In place: nearly every argument is left as it is, and is not copied.)
  void ExpandInclusion(Arg* a, uint32_t clause_end) const;
  // `verb_record`, the line of the verb hit `t` when it is one, lets a past verb in the feminine pass
  // over a masculine singular noun after it (its object).
  bool GovernedMention(int32_t m, const Clause& c) const;
  bool RelativeVerbAfterIndefinite(uint32_t v) const;
  Arg SubjectOf(const TriggerHit& t, const Clause& c, bool* after, bool allow_place = false,
                const TriggerRecord* verb_record = nullptr) const;
  // The indefinite people right before a verb whose object is their plural pronoun (جنودا ماليين ترافقهم عناصر أجنبية),
  // where mention `head` is in that verb's subject within clause `c`; else -1.
  int32_t PeopleDescribedBefore(int32_t head, const Clause& c) const;
  // The actor (its group's head) right before ومعها، ومعه، ومعهم ("and with it") that opens mention `m`, whom `m`'s
  // people accompany (قوات الأمن ومعها مسلحون بلباس مدني هاجموا: the forces are the subject); else -1.
  int32_t LeaderAccompanied(int32_t m) const;
  Arg ByAgent(const TriggerHit& t, const Clause& c) const;
  // The armed force named as such after من (من جانب، من طرف) right after the noun of hit `t`, or after its means
  // after بـ (هجمات بالمسيرات من جانب قوات الدعم السريع): the doer of an attack noun; empty where there is none.
  Arg DoerAfterMin(const TriggerHit& t, const Clause& c) const;
  // Whether a phrase of agency (بنيران، على يد، من قبل) follows the trigger in its clause, naming an
  // actor or not; IsAgencyPhraseOf: whether the cue hit `q` is one.
  bool AgencyPhraseAfter(const TriggerHit& t, const Clause& c) const;
  bool IsAgencyPhraseOf(const CueHit& q, const TriggerHit& t, const Clause& c) const;
  // `doer`: a doer found after the trigger (the subject of a relative clause on an event noun), whose
  // members are not the place taken for want of another.
  int32_t PlaceFor(const TriggerHit& t, const Clause& c, const Arg& target, const Arg& doer) const;
  // The place that opens the document as its dateline (عدن (خاص) - تظاهر المئات، الخرطوم - أ ف ب، بيروت: اعتصام): its
  // mention, closed before token `before` by a label mark (label_mark.h), after a note in brackets if one stands there;
  // -1 where the document opens with none.
  int32_t DatelineBefore(uint32_t before) const;
  std::optional<int64_t> CountNear(const TriggerHit& t, const Clause& c) const;
  // The date of the events of clause `c` and the words that give it (first == end: the document's
  // date, no words).
  const DateReading& DateFor(const Clause& c) const;
  DateReading ReadDate(const Clause& c) const;
  // ReadDate for a document with no date: a full date written in the clause or its sentence, or none.
  DateReading WrittenDate(const Clause& c) const;
  // ReadDate within tokens [from, to) of a dated document: a calendar date, else a plain shift, or none.
  DateReading DateWithin(uint32_t from, uint32_t to) const;
  // Sets the event's date and, when words of the text gave it, their text and original bytes.
  void SetDate(const DateReading& date, Event* e) const;
  // Whether token k is a year that dates what its clause tells (في عام 2005، سنة 1988، في 2010; not
  // منذ 2008, nor the year of a date in figures); `first`, `to`: the span it is read in.
  bool YearAt(uint32_t k, uint32_t first, uint32_t to) const;
  // في هجوم يعيد إلى الأذهان تفجير عام 2017، الأعنف منذ مجزرة عام 2014: whether token k is a year after عام or سنة in
  // construct with an event noun right before it, with an event told before that noun in the clause from `first`:
  // the year dates the recalled noun only, neither the event before it nor the clause.
  bool RecalledNounYear(uint32_t k, uint32_t first) const;
  // Whether the words of a line of relative_dates.tsv start at token k (bare forms; k + its size must
  // not pass the tokens).
  bool DateWordsAt(const RelativeDate& d, uint32_t k) const;
  void ListDateCandidates() const;  // fills date_candidates_ once per document
  // The first date a calendar expression in tokens [from, to) gives (يوم الجمعة، 3 مايو، مايو الماضي،
  // قبل ثلاثة أيام), with its words, or none. Tries only date_candidates_ once they are listed.
  DateReading CalendarDate(uint32_t from, uint32_t to) const;
  // أمس الاثنين، اليوم (الثلاثاء): the date of a shift of a day or two (relative_dates.tsv) that ends right before
  // the weekday at token `k` (ending at `end`), or before its opening bracket, with its words up to the weekday's
  // end (and its closing bracket); none when no such shift stands there. `from`, `to`: the span read.
  DateReading ShiftNamingWeekday(uint32_t k, uint32_t end, uint32_t from, uint32_t to) const;
  // Whether a word of intention or a call (word_kinds.tsv kind intention) at or after `from` governs an act
  // (a trigger after it) before token `k`: a weekday at `k` then dates that act, which lies ahead.
  bool IntendedActBefore(uint32_t from, uint32_t k) const;
  // Whether a present verb of a trigger (يزور، يلتقي), the last trigger before token `k` from `from` on and not
  // after لم، لن or منذ, tells the act a weekday at `k` dates: the weekday then lies ahead (mood41).
  bool PresentActBefore(uint32_t from, uint32_t k) const;
  // The days a lead phrase before token `k` (from `from` on) puts between the clause's event and the event
  // named at `k` (غداة: -1، عشية: 1، بعد يومين من: -2، قبل أسبوع من: 7), or 0 when there is none; `*first` is
  // the phrase's first token (mood41).
  int LeadDaysBefore(uint32_t k, uint32_t from, uint32_t* first) const;
  // The days of a count and a unit after the lead word at `k` that has a count (بعد، قبل) and من or على
  // after them (بعد ثلاثة أيام من، قبل يومين على; not على الأقل, "at least"), times the lead's direction, or 0;
  // `*end` is the token after من or على. Only days and weeks: a gap of months dates nothing to the day.
  int CountedLeadAt(uint32_t k, uint32_t to, uint32_t* end) const;
  // The date of the event named by hit `t` after a lead phrase (غداة هجوم، بعد يومين من مقتل), told from
  // `date`, the date of its clause, or none when no lead stands right before it or `date` is no full day.
  DateReading PassingDate(const TriggerHit& t, const Clause& c, const DateReading& date) const;
  // Whether token `k` is the first word of some phrase of relative_dates.tsv (read with its trie roots, once per
  // word type: ReadTokenRoots).
  bool StartsDate(uint32_t k) const { return token_roots_[k].starts_date; }
  // The calendar line of relative_dates.tsv (not a plain shift) whose words start at token `k` and end
  // before `to`, the longest first; `*end` is the token after it.
  const RelativeDate* CalendarWordAt(uint32_t k, uint32_t to, uint32_t* end) const;
  // The plain shift of relative_dates.tsv (أمس، الأسبوع الماضي) whose words start at token `k` and end
  // before `to`, the longest first.
  const RelativeDate* ShiftAt(uint32_t k, uint32_t to) const;
  // The first line of relative_dates.tsv, in the list's order, that starts at token `k`, ends before
  // `to` and that `wanted(line)` accepts; only the lines whose first word is the token's are tried.
  template <typename Wanted>
  const RelativeDate* DatePhraseAt(uint32_t k, uint32_t to, Wanted wanted) const;
  // A date written in figures starting at token `k` and ending before `to` (12/5/2024، 2024-05-12), as
  // YYYY-MM-DD, or "".
  std::string FiguresDate(uint32_t k, uint32_t to) const;
  // The tokens a date may start at (figures, or a word that starts a phrase of relative_dates.tsv), in
  // order, listed on first use. DateCandidates: those in [from, to).
  mutable std::vector<uint32_t> date_candidates_;
  mutable bool date_candidates_listed_ = false;
  std::span<const uint32_t> DateCandidates(uint32_t from, uint32_t to) const;
  // The tokens that may write a year in figures or a date with dots (WrittenDate), found on first use.
  mutable std::vector<uint32_t> written_years_;
  mutable bool written_years_read_ = false;
  // The date DateWithin read in the whole sentence `sentence_date_read_` (ReadDate's second look; in a document with no
  // date of its own, WrittenDate's).
  mutable uint32_t sentence_date_read_ = UINT32_MAX;
  // The verbs of telling (grammar.tsv narrating) of sentence `narrating_sentence_`, in order, its words looked up
  // up to `narrating_read_` (QuotedTitle asks of the words before each trigger).
  mutable std::vector<uint32_t> narrating_;
  mutable uint32_t narrating_sentence_ = UINT32_MAX;
  mutable uint32_t narrating_read_ = 0;
  mutable DateReading sentence_date_;
  void Modality(const TriggerHit& t, const Clause& c, bool* negated, std::string* modality) const;
  // Whether a comma or أنّ + pronoun between tokens [from, to) ends the reach of a `next` cue.
  bool EndsReach(uint32_t from, uint32_t to) const;
  // Whether a verb of terms (cues.tsv +يتضمن، +يشترط، +ينص) ending at `verb_end` binds the trigger at `trigger`:
  // its subject, if written, is a text of terms (word_kinds.tsv kind terms) or a named party, and the trigger
  // follows it within two words (a nationality, على).
  bool TermsGoverned(uint32_t verb_end, uint32_t trigger) const;
  // Whether a verb of discussing (word_kinds.tsv kind topic: بحث، ناقش، تناول) at `verb` .. `verb_end`, read as
  // a verb, has the verbal noun at `trigger` as its topic: the noun follows the verb past its subject (a name or
  // a noun of talks, المحادثات) and the one it talked with (مع نظيره الأمريكي), or is joined by و to a topic.
  bool TopicOfTalks(uint32_t verb, uint32_t verb_end, uint32_t trigger) const;
  // طالبت المعارضة أنصارها بالمشاركة في المسيرة: whether the trigger at token `trigger` is what demand cue `q` asks the
  // one it names (only names between) to join, after بـ or لـ + a word of joining (word_kinds.tsv kind joining) + في
  // or إلى (reporting.cc).
  bool JoiningAsked(const CueHit& q, uint32_t trigger) const;
  // بالمشاركة في المسيرة، للانضمام إلى الإضراب: whether the trigger at token `trigger` follows بـ or لـ + a word of joining
  // (word_kinds.tsv kind joining) + في or إلى, the event that taking part is asked of or called to (reporting.cc).
  bool JoiningComplement(uint32_t trigger) const;
  // Whether a trigger at `trigger` is joined by أو to the word a negation ending at `cue_end` negates.
  bool NegatedDisjunct(uint32_t cue_end, uint32_t trigger) const;
  // Whether negation cue `q` negates trigger `t` (not the "still" of ما زال, not a copula's subject).
  bool NegatesEvent(const CueHit& q, const TriggerHit& t) const;
  // Whether an attribution cue after an event ending at `t_end` opens a statement of its own (، وقال الجيش إن ...).
  bool NewStatementAfter(const CueHit& q, uint32_t t_end) const;
  // Whether cue `q` undoes the event after it: a cancellation, prevention or refusal (a negation cue
  // that is no particle: ألغى، منع) or a postponement (أرجأ، تأجيل).
  bool Undoing(const CueHit& q) const;
  // Whether the word of sources of attribution cue `q` (مصادر، مصدر) names no one cited: it heads a
  // genitive that is no actor (مصادر المياه) or is the object of trigger `t`'s verb (قصفت القوات مصادر).
  bool PossessedSourceWord(const CueHit& q, const TriggerHit& t) const;
  // Whether an exception (إلا، سوى) follows trigger `t` in its clause before any punctuation: with a
  // negation before the event it restricts what the event hit (لم يقصف الجيش سوى مواقع المسلحين).
  bool ExceptionAfter(const TriggerHit& t) const;
  // Whether a negation particle other than ما (لم، لا، لن) ends right before token `k` (لم يعلن، لا تنوي).
  bool NegatedAt(uint32_t k) const;
  // Whether a claim of responsibility (a perpetrate cue, مسؤوليتها عن) is denied or not made: a negation
  // cue (نفى، لم، عدم) shortly before it in its clause, its claimant between (نفت حركة الشباب مسؤوليتها).
  bool DeniedClaim(const CueHit& q, const Clause& c) const;
  // Whether token `k` opens a casualty noun (a noun trigger of killing or wounding: القتلى، الضحايا، الجرحى).
  bool CasualtyNounAt(uint32_t k) const;
  // Whether the word at k, after بـ, follows a verb of reporting (cues.tsv kind reported) and its subject
  // in clause c, within reach: أفادت مصادر محلية بمقتل قيادي.
  bool ReportedByVerb(uint32_t k, const Clause& c) const;
  // Whether the cue at token k is the object of a verb of failing after its في (فشلت الشرطة في منع الهجوم).
  bool FailedAt(uint32_t k, const Clause& c) const;
  // Whether the clause's sentence defines a kind of act: a definite verbal noun opening it, its adjectives,
  // هو or هي and an indefinite word (الاعتقال التعسفي هو احتجاز شخص دون سند قانوني). Its events are none.
  bool Definition(const Clause& c) const;
  // Whether a denial cue `q` denies a doer's part (نفى مسؤوليته عن، نفى أي علاقة له بـ) before trigger `t`,
  // not the event.
  bool DeniesPartOnly(const CueHit& q, const TriggerHit& t) const;
  // Whether a denial in clause `c` before trigger `t` denies a doer's part in it (نفت حماس أي علاقة لها بالهجوم):
  // the actor before the denial then is no doer of the event (mood41).
  bool PartDeniedBefore(const TriggerHit& t, const Clause& c) const;
  // Whether trigger `t` is the reason or the time of another act (بعد اغتيال، احتجاجا على اعتقال), or the
  // circumstance of such an event (بعد مقتل قائدها في غارة), which an intention or a possibility ending at
  // token `from` does not cover.
  bool OutsideIntention(const TriggerHit& t, uint32_t from) const;
  // Why trigger `t` is part of the quoted title of a work (مسلسل "الاجتياح"، كتاب بعنوان "الحرب على
  // غزة"), or null.
  const char* QuotedTitle(const TriggerHit& t) const;
  // Why trigger `t` is an event word in another sense that names no event, or null: a sports or market
  // sense (هزيمة الفريق، هجوم المنتخب، انسحب من البطولة، حرب الأسعار) or a disaster as its doer (اجتاحت
  // السيول القرى). QuotedTitle asks it first.
  const char* OtherSense(const TriggerHit& t) const;
  // نزل الآلاف إلى الشوارع احتفالا بفوز المنتخب، مسيرات احتفالية: whether protest trigger `t` is told with the purpose
  // of celebrating (word_kinds.tsv kind celebration, an accusative or after لـ, or the adjective right after it) in its
  // clause after it, which names nothing protested against (reporting.cc).
  bool CelebratingCrowd(const TriggerHit& t) const;
  // Whether hit `hi`, at the head of a sentence or right after a headline's label (`before`: its first token,
  // quotation marks included), with no verb and no named actor, place or count after that, is the subject of a noun
  // of kind (إضراب الجوع وسيلة احتجاج، الرئيس: الاحتجاج السلمي حق): a general statement.
  bool GeneralPredicate(size_t hi, const Clause& c, uint32_t before) const;
  // Why trigger `t` (read as a noun: `as_noun`), heading a headline, is the subject of a statement on a class of acts
  // (الحرب لن تتوقف، التهجير خط أحمر، القتل قد يرقى إلى جريمة), or null (det18a; reporting.cc).
  const char* QualifiedClass(const TriggerHit& t, const Clause& c, bool as_noun) const;
  // Whether clause `c`'s sentence is a caption, opening with (صورة) or (فيديو) (det18a; reporting.cc).
  bool CaptionSentence(const Clause& c) const;
  // Whether token `k` names a sports competition, or a team, a club or players in a sentence of sport.
  bool SportAt(uint32_t k) const;
  // Whether the word at `k` is the genitive of two nouns of reference (ذوو ضحايا تفجير الكرادة): the event naming
  // people now spoken of, told before.
  bool NamedByEarlierEvent(uint32_t k, const Clause& c) const;
  // The first token of the verb that governs noun trigger `t` in its clause (لن تشن إسرائيل هجوما), or -1.
  int32_t GoverningVerb(const TriggerHit& t, const Clause& c) const;
  // Whether sentence `s` opens with a speaker and a colon before `trigger` (الجيش الإسرائيلي: قصفنا).
  bool HeadlineSource(const Sentence& s, uint32_t trigger) const;
  // Why a violent or protest trigger reports no new event (background, habit), or null; `as_noun`:
  // it is judged as a verbal noun (a noun, or a verb's line read as the noun after a preposition).
  // For a noun that does report an event, *reported_as says why and *reported_kind which reason it is (the verb of
  // occurrence after or before it, which CodeTrigger's readings compare; kOther for the rest).
  enum class ReportedKind : uint8_t { kOther, kAfterOccurrence, kBeforeOccurrence };
  const char* Background(size_t hit_index, const TriggerRecord& r, bool as_noun, const Clause& c, bool counted,
                         const char** reported_as, ReportedKind* reported_kind) const;
  // Why a definite violent noun is a trend, the subject of a present verb of growth or recurrence, or null.
  const char* Trend(size_t hi, const TriggerRecord& r, const Clause& c) const;
  // Why a violent or protest mention is a statistic (a count over months or years) or history (a past
  // century or decade), or null.
  const char* CountOverPeriod(const TriggerHit& t, const Clause& c, bool counted) const;
  // Why a killing is the toll of a whole war (a statistic): its verb's subject, or the cause between a verb of
  // result and its عن, is a word of kind whole_war (أسفرت الحرب في سوريا عن مقتل أكثر من 500 ألف شخص، قتلت الحرب
  // في غزة 35 ألفا; not العدوان، القصف), with no recent date in the clause; or the war opens its clause as the subject of
  // a verb after it (الحرب دمرت النظام الصحي، النزاع في الكونغو دمر مئات المدارس: what it did); or null (reporting.cc).
  const char* WarToll(const TriggerHit& t, const Clause& c) const;
  // Why a violent trigger, in a complement joined by و (وإنّ) after one that gives the toll of a whole war or of an
  // event that lasted days (إن حصيلة العدوان الذي استمر 51 يوما تجاوزت ...، وإن آلاف المنازل دمرت), shares that sum,
  // or null (reporting.cc).
  const char* ComplementAfterToll(const TriggerHit& t, const Clause& c) const;
  // Whether protest noun `t` opens its clause, or the complement after إنّ, as the subject of a verb of saying or
  // revealing (احتجاجات الجنوب كشفت عمق الأزمة): a reading of the protest, no event.
  bool ProtestReadAsSpeaker(const TriggerHit& t, const Clause& c) const;
  // Why a verbal noun is the cause of an economic change, or null: the subject of a verb of result whose
  // result is a trend or a market word (أدى الغزو الروسي إلى ارتفاع أسعار القمح): background, no event.
  const char* EconomicCause(const TriggerHit& t, const Clause& c) const;
  // Whether the word at `k`, after منذ, names a war, a conflict or a coup, or the start of one.
  bool SinceWarOrItsStart(uint32_t k) const;
  // The reason, if the sentence opens with the writer's recap (يذكر أن) and the clause dates its event to a
  // year before the document's.
  const char* RecapOfEarlierYear(const Clause& c) const;
  // (Asked for every violent or protest trigger of a clause: read once per clause.)
  const char* HistoricalPeriod(const Clause& c) const;
  const char* ReadHistoricalPeriod(const Clause& c) const;
  static constexpr char kNotRead[] = "(not read)";
  // The first date of an earlier year in clause `c` (a shift of relative_dates.tsv in years back, العام الماضي) that
  // may place its events, or an empty one: none where the clause has none, where the first one is a period's end
  // (منذ or حتى a word or two before it, word_kinds.tsv period_opening: منذ مطلع العام الماضي) or where the clause
  // also has a recent date. (Asked for every trigger Background reads: read once per clause.)
  DocumentCoderBuffers::EarlierYear EarlierYearIn(const Clause& c) const;
  DocumentCoderBuffers::EarlierYear ReadEarlierYear(const Clause& c) const;
  static constexpr uint32_t kEarlierYearNotRead = UINT32_MAX;
  // The index in cues_ of a perfective verb of dying (توفي، مات) shortly before trigger `t` in its
  // clause, with no trigger between, or -1.
  int32_t DeathBefore(const TriggerHit& t, const Clause& c) const;
  // Where a clause or sentence starting at `first` opens, for a word before `before`: `first`, or the
  // token after a dateline of a place, or a speaker, and a colon at its head (اليمن: الحوثيون يقصفون).
  uint32_t OpeningAfter(uint32_t first, uint32_t before) const;
  // Whether token k is أنّ/إنّ or بأنّ, which open a complement clause whose subject comes first.
  bool AnnaAt(uint32_t k) const;
  // Whether the verb at `verb` follows, in the style of a headline, a named subject (an actor of the
  // dictionaries, a state or its capital, an agent with its nationality) that opens its sentence.
  bool HeadlineSubjectBefore(uint32_t verb) const;
  // Whether the machine or munition of war at `k` (no mention) has its owner named right after it up to `verb`
  // (صاروخ حوثي يضرب، طائرة أمريكية مسيرة تقتل); whether the bare people ending at `end` go on with whom they belong
  // to or a short phrase after بـ up to `verb` (طيران الجيش يقصف، قوات بزي عسكري تفض). (HeadlineSubjectBefore.)
  bool MachineOfOwnerBefore(uint32_t k, uint32_t verb) const;
  // Whether the actor `subject`, a machine of war read with its owner (طائرة روسية), is followed by one adjective of the
  // machine and then `verb` (طائرة روسية حربية تقصف).
  bool MachineAdjectiveBefore(int32_t subject, uint32_t verb) const;
  bool PeopleComplementEnds(uint32_t end, uint32_t verb) const;
  // The verb opens its sentence (after a dateline or speaker) and a named subject follows it.
  bool HeadlineSubjectAfter(uint32_t verb) const;
  // Whether trigger `t` opens its sentence as a headline does, right after its subject or splitting its phrase with
  // it (الأطباء يعلقون العمل، يعلق المعلمون الدراسة), whatever the subject: for work stopped by a profession.
  bool OpensHeadlineWithSubject(const TriggerHit& t) const;
  // An actor of the dictionaries, a state or its capital, or an agent with its nationality.
  bool NamedSubject(int32_t m) const;
  // Whether the noun at `head` follows the عن of a perfective verb of result split from it by its
  // cause, the subject (أسفرت الغارة الإسرائيلية عن مقتل). With `before`, the verb of result ends
  // The actor who denies or rejects the accusation noun of hit `t`: the subject of a verb of denying or
  // refusing (a negation cue that is no particle) whose object the noun is; -1 if none.
  int32_t DenierOf(const TriggerHit& t, const Clause& c) const;
  // before that token (where a relative clause on the cause starts: أسفرت الغارة التي نفذها الجيش عن مقتل).
  bool AfterSplitResult(uint32_t head, const Clause& c, uint32_t before = 0) const;
  // `reading`, or the noun reading (or null) where a preposition, إنّ or a finite verb governs the word.
  const TriggerRecord* GovernedReading(const TriggerHit& t, const TriggerRecord* reading,
                                       const std::vector<uint32_t>& payloads) const;
  // Whether the noun of trigger `t` is a weapon (a drone: استهدفت مسيرة، مسيرة إسرائيلية) rather than
  // the event its other lines name (a march): its `weapon` line of triggers.tsv is then read.
  bool WeaponReading(const TriggerHit& t) const;
  // Whether that noun is joined by و to a machine of war or a munition (بالصواريخ والمسيرات): drones told
  // in a list of arms, no march.
  bool ListedWithMunitions(const TriggerHit& t) const;
  // Whether the subject of verb trigger `t` is an indefinite crowd right after it (أغلق محتجون): its
  // `crowd_doer` lines of triggers.tsv are then read.
  bool CrowdSubject(const TriggerHit& t) const;
  // The crowd (a crowd cue: المتظاهرين) at token `k`, or past a count at `k` and the partitive من after it (مئات
  // المتظاهرين، عشرات من المحتجين), before `end`: the token it starts at (`end` where none does) and whether a count
  // stands before it. A counted crowd is indefinite, a protest of its own (CrowdSubject; CodeTrigger's riot or
  // blockade by the protesters).
  struct CrowdReading {
    uint32_t at;
    bool counted;
  };
  CrowdReading CrowdFrom(uint32_t k, uint32_t end) const;
  // Whether a word with a protest line of triggers.tsv (تظاهر، احتجاجات، أغلق) stands before token `k` in the document:
  // a definite crowd after it (أغلق المتظاهرون الطريق) names protesters of that protest.
  bool ProtestToldBefore(uint32_t k) const;
  // Whether sentence `sentence` goes on from a protest told before it: it opens with و or ف (a sentence taken from
  // the middle of a report) or an earlier sentence has a protest line. A definite protest or crowd in it is then that
  // protest, reported before (gsr58).
  bool GoesOnFromProtest(uint32_t sentence) const;
  // Whether a word of protest purpose (تنديدا، احتجاجا، للمطالبة) follows verb trigger `t` in its clause,
  // past its subject and place: its `protest_purpose` lines of triggers.tsv are then read.
  bool ProtestPurpose(const TriggerHit& t) const;
  // Whether token `k`, in the clause of verb trigger `t`, is a verbal noun of support after لـ (grammar.tsv
  // rally_purpose: لدعم، لتأييد، للتضامن) and the subject right after `t` a crowd: counted, protesters, or people named
  // by a generic plural of no state's agents (خرج آلاف الأنصار لتأييد الرئيس، احتشد المئات للتضامن مع غزة، خرج الأنصار
  // لتأييد الرئيس): the crowd went out or gathered to rally.
  bool RallyPurposeAt(const TriggerHit& t, uint32_t k) const;
  // The count alone (no unit, vague: المئات، الآلاف; no genitive nor من after it, which name who they are) right after
  // verb trigger `t`, in clause `c`, or right before it where the count opens its clause or follows أن/إن: the subject
  // of a protest verb is then a crowd (خرج المئات للمطالبة بإسقاط الحكومة، نزل الآلاف إلى الشوارع، قال شهود إن الآلاف
  // تظاهروا); or null (document_coder.cc).
  const Quantity* CrowdCountedAlone(const TriggerHit& t, const Clause& c) const;
  // The crowd counted alone right after a verb (خرج المئات، نزل الآلاف في الخرطوم) that protest noun `t`, after لـ,
  // says it went out for (للتظاهر، للاحتجاج); null if none.
  const Quantity* CrowdGoneOutFor(const TriggerHit& t, const Clause& c) const;
  // أحد, "anybody", right after verb trigger `t` in clause `c` and no mention after it (أحد الطلاب is one of them):
  // after a negation nobody (لم يتظاهر أحد), who names no actor.
  bool NobodyAfter(const TriggerHit& t, const Clause& c) const;
  // Whether every line of `payloads` is a `protest_purpose` line (خرج، نزل alone).
  bool PurposeOnly(const std::vector<uint32_t>& payloads) const;
  // Whether the word at `first` opens a headline: the head of its sentence (quotation marks skipped)
  // or the word after a dateline's colon or a dash. Its `headline` lines of triggers.tsv are then read.
  bool HeadlineHead(uint32_t first) const;
  // A place opening the sentence with its dateline's colon or dash right before `opening` (حمص: الجيش يقصف).
  bool PlaceDatelineBefore(uint32_t opening) const;
  // A crowd's word or count opening a headline whose predicate is في and a square, a street or a protest, or its chant
  // (صنعاء: حشود في ساحة التغيير، مئات يهتفون ضد الرئيس): the headline tells the protest (triggers.tsv crowd_headline).
  bool CrowdHeadline(const TriggerHit& t) const;
  // Whether [first, end) has a word of celebrating (word_kinds.tsv celebration) and none of objecting.
  bool CelebratesAfter(uint32_t first, uint32_t end) const;
  // Clears the trigger roots of the counts (آلاف، مئات الآلاف) that open no crowd's headline (CrowdHeadline).
  void KeepCountsOfCrowdHeadlinesOnly();
  // Whether the sentence's noun at `t` opens a verdict headline (الإعدام لخمسة مدانين): see document_coder.cc.
  bool VerdictHeadline(const TriggerHit& t) const;
  // Whether the subject of verb trigger `t` is a court (sector JUD), right after it or just before it
  // (أدانت محكمة فرنسية ساركوزي): its `court_doer` lines of triggers.tsv are then read.
  bool CourtSubject(const TriggerHit& t) const;
  // Whether those who stop work in trigger `t` are people of a working sector (LAB, HLH, EDU, JUD, MED, BUS, AGR)
  // or a union (LAB): the subject splitting its phrase (علقت نقابة الأطباء العمل، توقف عمال الميناء عن العمل) or the
  // actor right before it (النقابة تعلق العمل، أعلنت نقابة المعلمين تعليق الدراسة). Its `worker_doer` lines of
  // triggers.tsv are then read.
  bool WorkerSubject(const TriggerHit& t) const;
  // Whether a word of chanting or a banner (word_kinds.tsv kind chant) stands right before trigger `t`, or
  // one word before it, in its sentence (هتافات تندد، لافتات غاضبة تستنكر): its `after_chant` lines of
  // triggers.tsv are then read; not after protesters named with the article before it in the sentence (وردد
  // المتظاهرون هتافات: the protest reported before).
  bool AfterChant(const TriggerHit& t) const;
  // Whether trigger `t` is chanted or written on banners: a word of chanting (word_kinds.tsv kind chant) in its
  // phrase, or right before it or one word before it in its sentence (هتافات تطالب، لافتات غاضبة تستنكر).
  bool ChantWordAt(const TriggerHit& t) const;
  // Whether a violent noun (a line of an ASSAULT code, no accident) follows verb trigger `t` in its clause within
  // a few words, right after a word of circumstance (grammar.tsv circumstance: في، جراء، إثر; not بـ: قضت المحكمة
  // بإعدامه is a ruling) (توفي ثلاثة مدنيين في انفجار عبوة ناسفة): its `dying` lines of triggers.tsv are then read.
  // The cause is looked for from token `from` on (t.end, or past the dead of a verb of loss).
  bool DyingOfViolence(const TriggerHit& t, uint32_t from) const;
  // The token after the count of the dead of verb trigger `t`, the loser named right after the verb or a pronoun
  // subject (فقد الجيش خمسة، فقدنا خمسة من جنودنا), a date allowed before either (فقد الجيش أمس خمسة); 0 when no count
  // follows: its `loss` lines are then not read.
  uint32_t LoserAndDeadAfter(const TriggerHit& t) const;
  // The payloads of the phrase of `length` tokens from `first` read with the whole form of its words that
  // carry a pronoun (استدعت سفيرها), when the dictionary lists that form; else null.
  const std::vector<uint32_t>* WholeFormPhrase(uint32_t first, uint32_t length) const;
  // A trigger phrase whose first word is followed by the count of its object (أسقطت خمس طائرات، إسقاط
  // خمس طائرات، طرد 12 موظفا من السفارة): the rest of the phrase after the count; adds the hit.
  bool PhraseAcrossCount(uint32_t i, uint32_t limit);
  // A trigger phrase whose first word is followed by "any" (أي، أية) and then by the rest of the phrase
  // (نفى شن أي هجوم، لم يطلق أي صاروخ): the rest after it; adds the hit.
  bool PhraseAcrossAny(uint32_t i, uint32_t limit);
  // Whether an actor opens the sentence right before verb trigger `t` and a word that can be its object
  // follows the verb (الشرطة توقف مشتبها به): the verb is transitive, not a Form V verb.
  bool ActorSubjectWithObject(const TriggerHit& t) const;
  // Whether token `k` is "any" without a clitic (أي، أية، أيه), which may split a phrase. (Its first tests, a word
  // with no clitic of the length of اي، ايه، اية, inline: nearly every word fails them, and costs no call.)
  bool AnyWordAt(uint32_t k) const {
    const Token& w = text_.tokens[k];
    const uint32_t length = w.norm_end - w.norm_begin;
    return w.kind == TokenKind::kWord && w.prefixes == 0 && (length == 4 || length == 6) && AnyWordText(text_.Norm(w));
  }
  // Whether a word's matching form, of four or six bytes, is "any" (اي، ايه، اية).
  static bool AnyWordText(std::string_view norm);
  // The reading of a trigger word (verb or noun), or null when no reading fits.
  const TriggerRecord* ChooseRecord(const TriggerHit& t, const std::vector<uint32_t>& payloads) const;
  void CodeTrigger(size_t hit_index, std::vector<Event>* out);
  // Whether place mention `place` lies in the state of actor mention `s` (its country, or the one inferred for it).
  bool PlaceAtHome(int32_t s, int32_t place) const;
  // The doer of the violent act a condemnation trigger (hit `hi`) names right after it or as the last
  // word of its phrase, named after that act; or none.
  Arg CondemnedDoer(size_t hi, const Clause& c, const Arg& source) const;
  // reactions.cc. Whether a type of event is a reaction to an act (ACCUSE, SUPPORT, REJECT), aimed at
  // the act's doer.
  static bool ReactionType(PloverType p);
  // A reaction (hit `hi`) is aimed at the doer of the act it names right after it or as the last word
  // of its phrase: the act's genitive before its object (اغتيال إسرائيل لقادة، إفراج حماس عن رهائن), the
  // subject of a relative clause on it (الحرب التي تشنها إسرائيل) or its phrase of agency (من قبل
  // مستوطنين، على يد), which was not the reaction's source. Sets `target` to that doer unless a target
  // found already lies outside the act; swaps a source that is the act's agent with the target.
  void ReactToAct(size_t hi, const Clause& c, Arg* source, Arg* target) const;
  // The doer of the act named by the noun at `head` (see ReactionDoer), or -1; `how` says how it was found.
  int32_t DoerOfActAt(uint32_t head, const Clause& c, const char** how) const;
  // Whether the object of a verbal noun starts at `k`, after the noun's genitive doer (لقادة، عن، على).
  bool ObjectOfActAfter(uint32_t k, const Clause& c) const;
  // The actor of a phrase of agency (من قبل، على يد) starting at `k`, or -1.
  int32_t AgentPhraseAt(uint32_t k, const Clause& c) const;
  // The actor subject of a relative clause (التي تشنها إسرائيل) starting at `k`, or -1; `unmarked`: a clause with
  // no relative pronoun on an indefinite noun (مظاهرة هتف فيها المشيعون), starting at `k` with its verb.
  int32_t RelativeDoerAt(uint32_t k, const Clause& c, bool unmarked = false) const;
  // Past up to two adjectives of a noun (words with the article, no actor, trigger, particle or relative).
  uint32_t PastAdjectives(uint32_t k, const Clause& c) const;
  // The doer of an event noun (hit `hi`) named by a relative clause on it (المساعدات التي تقدمها الولايات
  // المتحدة، الاتفاق الذي وقعته إثيوبيا), unless it is the target; or an empty Arg.
  Arg RelativeDoerOfNoun(size_t hi, const Clause& c, const Arg& target) const;
  // giver.cc. The giver of a noun of support or aid (hit `hi`) named after من right after it, past one
  // adjective (بدعم من القوات الأمريكية، مساعدات إنسانية من الإمارات), sets `source`; the noun in ب after
  // an act of the clause (شن الجيش عملية بدعم من ...) is given to that act's doer, which sets an empty
  // `target`. Does nothing for other types or where no actor follows من.
  void GiverAfterNoun(size_t hi, const Clause& c, PloverType type, Arg* source, Arg* target) const;
  // giver.cc. The one supported by the purpose of aid hit `hi`: the genitive of a noun of support in لـ a few words
  // after it in its clause (أرسلت إيران أسلحة لدعم الحوثيين), or the actor in لـ after the accusative دعما (قدمت واشنطن
  // مساعدات دعما لأوكرانيا); or -1.
  int32_t RecipientSupported(size_t hi, const Clause& c) const;
  // giver.cc. The crowd of a protest told before a noun (hit `hi`) of support, a demand, a rejection or a condemnation
  // (`type`) that is its purpose, after لـ or in the accusative (خرج الآلاف في صنعاء لدعم الحكومة، تظاهر المئات تأييدا
  // لرئيس الوزراء، للمطالبة برحيل الحكومة، رفضا للاتفاق): the protest's doer, as its event in `out` has it; or null
  // where the noun is of another type or no such purpose, or the protest has no doer.
  const EventActor* CrowdOfPurpose(size_t hi, const Clause& c, PloverType type, const std::vector<Event>& out) const;
  // The first noun line of triggers.tsv for a one-word form (bare matching form), or null.
  const TriggerRecord* NounLineOf(std::string_view bare) const;
  // Gives the doer named by a later verb of claiming with an object pronoun (وقد تبناه تنظيم القاعدة)
  // to the sentence's violent events before it that have none.
  void ClaimedAfter(std::vector<Event>* out);
  // gives the doer named before a later verb of claiming in a clause joined by و (، والجماعة تتبنى العملية)
  // to the sentence's violent events before it that have none.
  void ClaimedByNamedSubject(std::vector<Event>* out);
  // gives clashes that name neither side (اشتباكات عنيفة في مدينة الزاوية) the state where they take place on
  // both sides.
  void ClashSidesOfPlace(std::vector<Event>* out);
  // Whether any of hit `h`'s lines in triggers.tsv has one of `flags` (TriggerFlag): cheaper than choosing its line,
  // and asked first where few hits can have one.
  bool AnyLineHas(size_t h, uint32_t flags) const {
    for (uint32_t p : *hit_payloads_[h]) {
      if (trig_.trigger(p).flags & flags) return true;
    }
    return false;
  }
  // gives an armed attack (triggers.tsv flag unnamed_armed: هجوم مسلح) that names no doer unidentified armed men of
  // the state where it took place.
  void UnnamedArmedDoers(std::vector<Event>* out);
  // Targets from the act a trigger names right after it: a threat or an expression of intent takes the
  // act's target (and gives the act its doer); a condemnation is aimed at the act's doer.
  void ComplementTargets(std::vector<Event>* out);
  // A condemnation of an act named again by a definite noun is aimed at the doer of the act of its type
  // told before in the document (ونددت حماس بالقصف).
  void CondemnedActsToldBefore(std::vector<Event>* out);
  // An event with no actor whose subject is a dual naming two parties (وبحث الجانبان) is between the two
  // parties of the last event before it with a source and a target.
  void PartiesNamedByDual(std::vector<Event>* out);
  // Whether hit h + 1 follows hit h right away or past h's doer alone (هدد زعيم الحوثيين باستهداف): it
  // is then h's complement.
  bool ComplementFollows(size_t h) const;
  // A noun in the rest of a verb phrase split by its subject (شن الجيش غارات على غزة) that gave an
  // event of the phrase's own type names the phrase's event: it gives the phrase's event a target the
  // phrase lacked, and is cleared (its `event` emptied; Run drops it).
  void MergeRestNouns(std::vector<Event>* out);
  // A clash "with" a side (اشتباكات مع مسلحين) in a clause joined by و to a lead clause that opens the sentence with
  // its verb and that verb's subject: the lead's subject is the clash's other side, its source, where none was read.
  void ClashWithLeadSubject(std::vector<Event>* out);
  // An attack with no target, by a doer of one state on a place of another, is aimed at that state.
  void ForeignPlaceTargets(std::vector<Event>* out);
  // A protest with no doer read: the subject of the verb joined by و that its noun of purpose qualifies, or else the
  // protesters of the state where it took place (خرجت احتجاجات في طهران، سارت مواكب في الخرطوم).
  void SubjectlessProtests(std::vector<Event>* out);
  // The state of the place that opens the document as its dateline (DatelineBefore: رام الله - مسيرات غاضبة، بيروت:
  // اعتصام), where hit `t` is in its first sentence after it and the place names no actor; else empty.
  std::string_view DatelineState(const TriggerHit& t) const;
  // A protest broken up (a crowd_target line: فضت قوات الأمن اعتصام القيادة العامة) with no target read: its crowd,
  // the people of the state where it was held.
  void CrowdsBrokenUp(std::vector<Event>* out);
  // The doer of the verb that opens the sentence, which the verb at `k` in clause `c`, joined to it by و (ونصبوا),
  // shares: the opening verb's own event's source, or its subject after it (whose mention is put in `mention`, else
  // -1).
  // Whether the word at `k` is one the lists do not know, of و, three letters or more and the plural's وا (ونصبوا،
  // وتجمعوا): a verb joined by و whose و the lists could not split off.
  bool UnknownJoinedPlural(uint32_t k) const;
  std::optional<EventActor> DoerOfJoinedVerb(uint32_t k, const Clause& c, const std::vector<Event>& out,
                                             int32_t* mention) const;
  // A protest with no target is aimed at whom its demand is made of, when a demand of the same doers
  // follows in its clause (تظاهر آلاف السودانيين للمطالبة برحيل المجلس العسكري).
  void DemandedTargets(std::vector<Event>* out);
  // A protest still with no target, held in a state by people of no other state, with no other state named in its
  // sentence, is aimed at that state's government (after every reading of a target named).
  void ProtestsAtTheirGovernment(std::vector<Event>* out);
  // Whether the word at `x` opens a trigger of that kind by any line of it (a noun in a phrase of purpose may have
  // given no event of its own).
  bool TriggerOfKindAt(uint32_t x, PloverType kind) const;
  // The occupier (coder/occupations.tsv) of the first place named in the phrase of the act protested, [act + 1, end),
  // or where it names none of the protest's state; "" for a land no other holds.
  std::string_view OccupierOfLandAttacked(std::string_view state, uint32_t act, uint32_t end) const;
  // أعلن العمال إضرابا مفتوحا إذا لم تستجب الحكومة لمطالبهم، أعلنت النقابة إضرابا عاما ما لم تتراجع الحكومة: a verbal
  // noun told as done or reported, the complement of a verb before it, with a condition after it in its sentence (إذا،
  // ما لم، في حال) within a few words, is an act declared on that condition: intended, not one that took place.
  void ConditionalActs(std::vector<Event>* out);
  // Adds a THREATEN event for each future violent or coercive act its doer announces
  // (announced_threat.cc).
  void AnnouncedThreats(std::vector<Event>* out);
  // A breach of the law or of rights (128: تنتهك القانون الدولي), or of a ceasefire (196: تنتهك اتفاق وقف إطلاق
  // النار), that a speaker says another commits is the speaker's accusation of that doer: the event becomes ACCUSE
  // 112 by the subject of the verb of saying before it, aimed at the breach's doer (قالت قطر إن إسرائيل تنتهك القانون
  // الدولي: QAT -> ISR; قالت روسيا إن أوكرانيا تنتهك اتفاق وقف إطلاق النار: RUS -> UKR). A breach the speaker owns,
  // or one denied, stays (reactions.cc).
  void SpeakersCharges(std::vector<Event>* out);
  // Whether a word of speech (grammar.tsv `speech`: واصفا، ما سماه) follows trigger `t` in its
  // sentence, within kSpeechReach tokens.
  bool SpeechAfter(const TriggerHit& t) const;
  // Whether a hostage noun (رهينة، رهائن، كرهائن) follows capture trigger `hit_index` in its clause.
  bool HostagesAfter(size_t hit_index, const Clause& c) const;
  // The actor a pronoun clitic `e` on trigger `t` refers to (excluding the groups of `exclude`).
  Arg PronounArg(const TriggerHit& t, Enclitic e, std::span<const int32_t> exclude, const char* role);
  // سفينة يونانية استهدفها الحوثيون، الصحفية أفرجت عنها السلطات، المستشفى الذي قصفته الطائرات: the noun
  // put before verb trigger `t` that carries its pronoun (on the verb or on the preposition right after
  // it), with the verb's subject after it, is the verb's object. Returns that noun's mention, or -1;
  // *subject: the actor after the verb, or -1 where `need_subject` is false (the phrase holds its doer).
  int32_t ResumptiveTopic(const TriggerHit& t, const Clause& c, bool need_subject, int32_t* subject) const;
  // رصد الجيش مسلحين وقصفهم: the subject of the verb before mention `head` that `head` is the object
  // of (an actor right after that verb, right before `head` or before a place after في or بـ before it),
  // or -1.
  int32_t SubjectBeforeObject(int32_t head, const Clause& c) const;
  // The object a pronoun clitic `e` on verb trigger `t` refers to (PronounArg), not the subject of the
  // verb opening the sentence that a verb joined by و or ف shares; for a verb of line `r` that is no
  // attack, or kills, wounds or captures, people, not a town or a place gone to; for another attack,
  // a place that was the object of the verb before it (اقتحمت القوات القرية وهاجمتها).
  Arg CliticObject(const TriggerHit& t, const TriggerRecord& r, Enclitic e, std::span<const int32_t> exclude);
  // Whether token k is a noun with a possessive pronoun of the third person and nothing else (مواقعها،
  // مقره): no name, trigger, article or preposition.
  bool PossessedThing(uint32_t k) const;
  // دمرت دبابة بعبوة ناسفة زرعها مقاتلو سرايا القدس: after a verb's subject ending at `from`, a means
  // (ب + a noun) followed by a verb that carries its pronoun and the subject of that verb: that subject's
  // mention (who used the means: the doer), or -1.
  int32_t MeansUserAfter(uint32_t from, const Clause& c) const;
  // Whether token k is a relative pronoun (الذي، التي، الذين ...).
  bool RelativePronounAt(uint32_t k) const;
  // اشتباكات بين قوات الحكومة ومجموعات مسلحة، توسطت قطر بين حماس وإسرائيل: the first mention after the first بين
  // within `reach` words past trigger `t` (past the rest of a split phrase), in its clause, where it opens a list of two
  // or more, or -1.
  int32_t SidesAfterBetween(const TriggerHit& t, const Clause& c, uint32_t reach = 4) const;
  // فجرت نفسها بين المتسوقين، فجر نفسه وسط حشد من المشيعين، استهدفت غارة حشودا من المنتظرين، أطلقوا النار على تجمع
  // للنازحين: the people right after بين or وسط (one group, not a list of sides), or after من or لـ past a crowd or a
  // unit (part_noun) that a preposition governs or that stands in the accusative, within a few words after attack hit
  // `hi` in its clause; or -1.
  int32_t CrowdStruck(size_t hi, const Clause& c) const;
  // Whether the verb at token k carries the conjunction و or ف: split off, or kept on a word hunspell-ar lists whole
  // with it (وأفادت، فقتلوا) where the dictionary `form` it matched does not write it (no form: split off only).
  bool ConjunctionOnVerb(uint32_t k, std::string_view form) const;
  // القاعدة التي تستخدمها القوات الأمريكية، البلدات التي تسيطر عليها المعارضة: after a thing ending at `k`, a
  // relative clause whose verb (no event) carries the thing's pronoun, on itself or on its preposition, and
  // names its own subject: that subject's mention (who holds or uses the thing), or -1.
  int32_t HolderAfter(uint32_t k, const Clause& c) const;
  // وصلت قوات الدعم السريع إلى الأبيض وهاجمت: the named subject of a verb that is no event and opens the
  // sentence of trigger `t`, with no other actor but those after prepositions up to `t`; -1 otherwise.
  int32_t OpeningSubject(const TriggerHit& t, const Clause& c) const;
  // صدت القوات الأوكرانية الهجوم وقتلت 40 جنديا، أحبطت القوات العراقية هجوما لداعش وقتلت 15 مسلحا: the named
  // subject right after the active verb that opens the sentence of verb trigger `t`, joined to it by و, when
  // the two verbs agree (a masculine or feminine singular before, the same or a plural after) and no
  // complement (أنّ), relative clause or verb with a subject of its own stands between; -1 otherwise. The
  // verbal nouns and their genitive doers between (الهجوم، هجوما لداعش) do not break the sharing.
  int32_t SubjectOfJoinedVerb(const TriggerHit& t, const Clause& c) const;
  // Whether token k is لـ with a pronoun of the third person (له، لها، لهم، لهما): the owner of the noun before.
  // Whether token `k` is a preposition carrying a pronoun (عليه، منها، بها، لها).
  bool PronounPrepositionAt(uint32_t k) const;
  bool OwnerPronounAt(uint32_t k) const;
  // The first actor after the trigger introduced by one of its prepositions (or the owner, through
  // لـ, of the object hit).
  Arg PrepTarget(size_t hit_index, const TriggerRecord& r, const Clause& c) const;
  // The source and target of a verb: its subject, object, a passive's agent, counted victims.
  void VerbArguments(size_t hit_index, const TriggerRecord& r, const Clause& c, Arg* source, Arg* target);
  // The source and target of a verbal noun: its genitive, prepositions, verbs of receiving, of
  // carrying out and of managing around it, the clause's actor before it.
  void NounArguments(size_t hit_index, const TriggerRecord& r, const Clause& c, const Arg& prev_source, Arg* source,
                     Arg* target);
  // Whether nothing from token `from` to the clause's end can be a verb's object (no actor named
  // without a preposition, no count), and the next word is one that follows a passive verb.
  bool ObjectSlotEmpty(uint32_t from, const Clause& c) const;
  // The doer of the violent event of a "when"/"after" clause right after trigger `t` (أصيب ... بعدما
  // نفذت القوات ضربة), or an empty Arg.
  Arg TemporalClauseDoer(const TriggerHit& t) const;
  // The state whose machine of war is the subject right after verb `t` (دمرت الطائرات الإسرائيلية جسرا، قصفت طائرة
  // إسرائيلية منزلا) or splits its phrase (أسقطت طائرات أردنية مساعدات): its nationality, after the machine or after
  // one adjective of its own, or an empty Arg.
  Arg MachineSubjectOfState(const TriggerHit& t, const Clause& c) const;
  // What was passing when the event happened (لدى مرور دورية للشرطة -> the police), or an empty Arg.
  Arg PassingTarget(const TriggerHit& t) const;
  EventActor MakeActor(int32_t m) const;
  // The mention an event reports for mention `m`: the owner named after an object (مواقع قوات الوفاق), else `m`.
  int32_t ReportedAs(int32_t m) const;
  EventPlace MakePlace(int32_t m, const Clause& c) const;

  const Lexicon& lex_;
  const Ontology& ont_;
  const TriggerLexicon& trig_;
  const EntityRecognizer& recog_;
  const std::vector<RelativeDate>& dates_;
  const DatePhraseIndex& date_first_words_;  // the relative dates by their first word
  const Document& doc_;
  const AnalyzedText& text_;
  const Recognition& rec_;
  // rec_.token_mention's entries and their number, read once: MentionAt is asked tens of times per
  // trigger, and each asking read them through rec_ again.
  const int32_t* token_mention_ = rec_.token_mention.data();
  uint32_t token_mention_count_ = static_cast<uint32_t>(rec_.token_mention.size());
  bool explain_;

  std::vector<TriggerHit>& hits_;
  std::vector<const std::vector<uint32_t>*>& hit_payloads_;
  // Per hit: whether it was read as a violent or protest verb, and whether it gave events.
  std::vector<uint8_t>& hit_verb_;             // read as a verb
  std::vector<uint8_t>& hit_occurrence_;       // read as a violent or protest trigger
  std::vector<uint8_t>& hit_occurrence_verb_;  // read as a violent or protest verb
  std::vector<uint8_t>& hit_emitted_;
  std::vector<uint8_t>& hit_background_;  // a violent or protest mention found to be background
  // The doer of such a mention (أدانت الأردن قصف الجيش الإسرائيلي مدرسة: the condemnation is aimed at
  // it), or -1.
  std::vector<int32_t>& hit_doer_;
  // The place, of another state than its doer's, that an attack with no target named hit, or -1.
  std::vector<int32_t>& hit_foreign_place_;
  // Whether a hit's target is only the state where it took place (a more specific one may replace it).
  std::vector<uint8_t>& hit_place_target_;
  std::vector<std::vector<size_t>>& hit_events_;  // indices in the output of the events a hit gave
  std::vector<int32_t>& token_trigger_;  // per token: hit index or -1
  std::vector<CueHit>& cues_;
  uint32_t cue_kinds_ = 0;  // the kinds of the document's cues, a bit each (CueKind), set by FindTriggersAndCues
  // Per token: the CueKind bits of the cues whose match ends right before it.
  std::vector<uint32_t>& cue_ends_before_;
  bool CueEndsBefore(uint32_t token, CueKind kind) const {
    return token < cue_ends_before_.size() && (cue_ends_before_[token] >> static_cast<unsigned>(kind)) & 1u;
  }
  // The cues that start in tokens [from, to) (cues_ is in text order), or more: a loop over the cues
  // near a trigger reads these and tests each, so that a long document costs no more per trigger. (A
  // short list is read whole: its search would cost more than the tests. A longer one is indexed by
  // token once, first_cue_from_, by FindTriggersAndCues.)
  static constexpr size_t kShortList = 16;
  std::span<const CueHit> CuesIn(uint32_t from, uint32_t to) const {
    if (cues_.size() <= kShortList) return cues_;
    if (first_cue_from_.empty()) {  // (while FindTriggersAndCues still adds cues)
      auto before = [](const CueHit& q, uint32_t k) { return q.first < k; };
      auto first = std::lower_bound(cues_.begin(), cues_.end(), from, before);
      return {first, std::lower_bound(first, cues_.end(), std::max(from, to), before)};
    }
    const uint32_t last = static_cast<uint32_t>(first_cue_from_.size() - 1);
    const uint32_t a = first_cue_from_[std::min(from, last)], b = first_cue_from_[std::min(std::max(from, to), last)];
    return {cues_.data() + a, cues_.data() + b};
  }
  // CuesIn() for a loop that reads only cues of the kinds given: none at all where the document has no cue of
  // them (cue_kinds_, once FindTriggersAndCues is done), as most documents have none of most kinds.
  template <typename... Kinds>
  std::span<const CueHit> CuesOfKindsIn(uint32_t from, uint32_t to, Kinds... kinds) const {
    const uint32_t wanted = ((1u << static_cast<unsigned>(kinds)) | ...);
    return (cue_kinds_ & wanted) != 0 ? CuesIn(from, to) : std::span<const CueHit>();
  }
  std::vector<uint32_t>& first_cue_from_;  // filled once all cues are found, for a list longer than kShortList
  // The cues of modality's kinds (ModalityKind) that start in tokens [from, to), in text order, or more (a short
  // list is read whole, as by CuesIn): Modality's loop reads these alone. (FindTriggersAndCues fills
  // modality_cues_ once all the cues are found.)
  std::span<const CueHit> ModalityCuesIn(uint32_t from, uint32_t to) const {
    if (modality_cues_.size() <= kShortList) return modality_cues_;
    auto before = [](const CueHit& q, uint32_t k) { return q.first < k; };
    auto first = std::lower_bound(modality_cues_.begin(), modality_cues_.end(), from, before);
    return {first, std::lower_bound(first, modality_cues_.end(), std::max(from, to), before)};
  }
  std::vector<CueHit>& modality_cues_;
  // The cues that may end right before token `k` (those starting less than the longest cue of the
  // document before it), or more.
  std::span<const CueHit> CuesEndingAt(uint32_t k) const {
    if (cues_.size() <= kShortList) return cues_;
    if (longest_cue_ == UINT32_MAX) {
      longest_cue_ = 0;
      for (const CueHit& q : cues_) longest_cue_ = std::max(longest_cue_, q.end - q.first);
    }
    return CuesIn(k > longest_cue_ ? k - longest_cue_ : 0, k);
  }
  mutable uint32_t longest_cue_ = UINT32_MAX;  // (per document: found on first use)
  // The quantities that end at or after token `from` and start at or before `to`, or more: a superset
  // of those that start, end or lie in [from, to]. (They do not overlap and are in text order, so
  // their ends are in order too.)
  std::span<const Quantity> QuantitiesTouching(uint32_t from, uint32_t to) const {
    const std::vector<Quantity>& qs = text_.quantities;
    if (qs.size() <= kShortList) return qs;
    auto first = std::lower_bound(qs.begin(), qs.end(), from, [](const Quantity& q, uint32_t k) { return q.end_token < k; });
    return {first, std::upper_bound(first, qs.end(), to, [](uint32_t k, const Quantity& q) { return k < q.first_token; })};
  }
  // Per token: a perfective verb of occurrence (شهد، وقع، أسفر عن) starts at it / ends right before it.
  std::vector<uint8_t>& perfective_occurrence_;
  static constexpr uint8_t kStartsHere = 1, kEndsBefore = 2;
  bool PerfectiveOccurrence(uint32_t token, uint8_t where) const {
    return token < perfective_occurrence_.size() && (perfective_occurrence_[token] & where);
  }
  // Per token: a count (a quantity without a unit) ends right before it.
  std::vector<uint8_t>& count_ends_before_;
  // Per token: the end of the quantity that starts at it, or 0.
  std::vector<uint32_t>& quantity_end_;
  // Per token: the CueKind bits of the cues whose match starts at it.
  std::vector<uint32_t>& cue_starts_at_;
  // Whether a relative date of at most a week (أمس، اليوم، الأسبوع الماضي), or of at most `oldest` days back, starts in
  // [from, to). (Not one after مثل: في مثل هذا اليوم is an anniversary.)
  bool RecentDateWithin(uint32_t from, uint32_t to, int oldest = -7) const;
  // Whether a weekday after يوم starts at `k` (يوم الثلاثاء، يوم الأربعاء الماضي): one of the last seven days, as a
  // reader takes it, unless a word of the next one follows (يوم الاثنين المقبل).
  bool WeekdayOfLastWeekAt(uint32_t k, uint32_t to) const;
  // Whether token `k` is a year in figures (1900-2100, four digits) before the document's year; any such
  // year, for a document without a date.
  bool EarlierYear(uint32_t k) const;
  // The token after what may stand between a verb with its subject and its object, from `k`: adverbs
  // (أدانت قطر بشدة اقتحام، استهدفت القوات أيضا مصفاة), dates and times (أمس، يوم الاثنين، صباح اليوم)
  // and an insertion between commas that is a source, a circumstance or a relative clause (، وفق
  // وكالة رويترز،  ، في بيان صدر مساء الأحد،  ، الذي تدعمه إيران،) or an apposition of the subject
  // (، الجناح العسكري لحركة حماس،); or `k`.
  uint32_t PastInsertion(uint32_t k) const;
  // أطلق حزب الله، المدعوم من إيران، رشقة: the opening comma of the insertion (PastInsertion) whose closing comma
  // is right before token `k`, within clause `c`; `k` when none closes there (document_coder.cc).
  uint32_t InsertionOpening(uint32_t k, const Clause& c) const;
  // The end of the longest cue phrase at `k` (before `end`) if it is of `kind`, else 0.
  uint32_t CueEndAt(uint32_t k, uint32_t end, CueKind kind) const;
  // The same for a phrase of either kind: one match read for the two (PastInsertion's adverb or time).
  uint32_t CueEndAt(uint32_t k, uint32_t end, CueKind kind, CueKind other) const;
  // The longest cue phrase at token `k` (which enters the cue trie at `roots`, RootsAt(k).cue, not none) that
  // ends by `sentence_end`, the end of k's sentence: matched once per document and token (FindTriggersAndCues
  // reads every token's, CueEndAt those ahead of it and PastInsertion the same ones for two kinds), kept in
  // cue_match_.
  PhraseMatcher::Match CueMatchAt(uint32_t k, uint32_t sentence_end, PhraseMatcher::Roots roots) const {
    DocumentCoderBuffers::CueMatch& c = cue_match_[k];
    if (c.stamp != cue_match_stamp_) {
      PhraseMatcher::Match m = trig_.cues().Longest(rec_.keys, k, sentence_end, roots);
      c.payloads = m.payloads;
      c.length = m.length;
      c.stamp = cue_match_stamp_;
    }
    return {c.length, c.payloads};
  }
  bool CueStartsAt(uint32_t token, CueKind kind) const {
    return token < cue_starts_at_.size() && (cue_starts_at_[token] >> static_cast<unsigned>(kind)) & 1u;
  }
  std::vector<int32_t>& group_of_;       // per mention: group id
  std::vector<std::vector<int32_t>>& groups_;  // per group id (group_of_): its members
  DocumentCoderBuffers::EventKeys& event_keys_;
  TypeMemo<DocumentCoderBuffers::TrieRoots>& trie_roots_;
  std::vector<DocumentCoderBuffers::TrieRoots>& token_roots_;  // per token: RootsAt (ReadTokenRoots)
  // Where token `i` enters the trigger and cue tries. (Asked of most tokens several times: read once per token
  // when the coder is made, ReadTokenRoots.)
  DocumentCoderBuffers::TrieRoots RootsAt(uint32_t i) const { return token_roots_[i]; }
  // The kinds of grammar.tsv word the document has (a bit per GrammarWord, set by ReadTokenRoots): a document with no
  // word of a decade, century or era has no clause that HistoricalPeriod must read word by word for one, nor one
  // with no verb of telling a sentence QuotedTitle must.
  uint32_t grammar_words_seen_ = 0;
  // The kinds of coder/word_kinds.tsv word the document has (CoderWordKind bits, set by ReadTokenRoots): a document
  // with no word of chanting has no trigger ChantWordAt must look around.
  uint64_t word_kinds_seen_ = 0;
  std::vector<const char*>& historical_period_;  // per clause: HistoricalPeriod, or kNotRead
  std::vector<std::optional<DateReading>>& clause_date_;  // per clause: DateFor, once read
  std::vector<DocumentCoderBuffers::EarlierYear>& earlier_year_;  // per clause: EarlierYearIn, or kEarlierYearNotRead
  std::vector<uint32_t>& preposition_of_;  // per mention: PrepositionOf, or kPrepositionNotRead
  // Per clause: the source of the last event coded in it and the hit that event was coded from, and the antecedent
  // last given to a pronoun.
  ClauseMap<Arg>& last_source_;
  ClauseMap<uint32_t>& last_source_hit_;
  std::unordered_map<uint64_t, Arg>& pronoun_memo_;
  // The clause of the last trigger read as a noun; the targets of accusations per clause.
  int64_t last_noun_clause_ = -1;
  int64_t requested_at_ = -1;  // the token of the last REQUEST trigger
  ClauseMap<Arg>& accused_;
  // Per clause: whom its arrest, sanction, sentence or accusation was aimed at, the offender a charge
  // after it names (بتهمة).
  ClauseMap<Arg>& charged_;
  std::vector<DocumentCoderBuffers::CueMatch>& cue_match_;  // per token: CueMatchAt, once matched
  uint32_t& cue_match_stamp_;  // this document's stamp in cue_match_
  // Where the document's first protest word stands, and the hits read for it (DocumentCoderBuffers::first_protest_at;
  // ProtestToldBefore).
  uint32_t& first_protest_at_;
  uint32_t& protest_hits_read_;
  TypeMemo<DocumentCoderBuffers::DatePhraseLists>& date_phrases_;  // DatePhraseAt's phrases per word type
  // The act a request asks for is done by the one it addresses (announced_threat.cc).
  void AddresseeDoers(std::vector<Event>* out);
  // Whether the launch of missiles t (a show_of_force line) by `source` is a show of force: the doer a
  // state, its military or its government, and no على، باتجاه، نحو، صوب، تجاه، ضد after the verb in clause c.
  bool ShowOfForceLaunch(const TriggerHit& t, const Clause& c, const Arg& source) const;
  // Whether the token after trigger word `i` (before `limit`) can open what SplitNounPhrase reads as
  // the subject that splits a phrase; where it cannot, SplitNounPhrase returns false.
  bool SubjectMayFollow(uint32_t i, uint32_t limit) const;
  // Adds the act the threat phrase of hit `h` holds (هدد بضرب، هدد بالاعتصام), intended, beside the threat
  // (announced_threat.cc).
  void ThreatenedAct(size_t h, std::vector<Event>* out);
  // Gives the act a threat by its verb alone holds, a verbal noun of its own after ب (هدد العمال بإضراب مفتوح),
  // the one who threatens as its doer, and the threat the code of that act's kind (announced_threat.cc).
  void ThreatenedNoun(size_t h, std::vector<Event>* out);
  // Makes the events of hit `h` that the text dates after the document intended (announced_threat.cc).
  void FutureDated(size_t h, std::vector<Event>* out) const;
  // قتل قائد ميداني في قوات الدعم السريع: the token after the indefinite generic subject `subject` that
  // ends at `k`, a nisba adjective of that subject (no article, no clitic, no mention, no trigger, ending
  // in ي), is part of the subject: returns k + 1 then, else k (trigger_arguments.cc).
  uint32_t AfterSubjectAdjective(int32_t subject, uint32_t k, uint32_t limit) const;
  // A new event at the end of *out, given the memory of the evidence, trigger text, document id and
  // mention list of an event of an earlier document that RecycleEvents kept on this thread (when there is one).
  Event& NewEvent(std::vector<Event>* out);
  // Whether the word right before token k is a particle that takes the jussive: لم، لما، or لا of
  // prohibition (code_trigger.cc).
  bool JussiveParticleBefore(uint32_t k) const;
  // Why clause c places its event long ago (after عام، سنة، في, a year before 1900, which dates nothing, or a
  // year WellBeforeNews; not after منذ; with no recent date in the clause), or nullptr (reporting.cc).
  const char* LongPastYear(const Clause& c) const;
  // Why clause c places its event three years or more before the news with قبل and a count of years (قبل عشرين
  // عاما; not after a recent date in the clause), or nullptr (reporting.cc).
  const char* YearsAgo(const Clause& c) const;
  // Whether token `k` is "ago" (قبل, no clitic) before a count of at least `count` (the token's value: a figure, a
  // number word, عدة) and a unit of time of at least `days` days (قبل عشرين عاما، قبل عدة أشهر), the unit ending
  // before token `to` (reporting.cc).
  bool CountAgoAt(uint32_t k, uint32_t to, double count, int days) const;
  // Whether a shift of relative_dates.tsv that starts at token `k` (ending before `to`) goes two months or more back,
  // or a year or more (قبل شهرين، قبل عامين، العام الماضي) (reporting.cc).
  bool MonthsBackAt(uint32_t k, uint32_t to) const;
  // Whether a year is well before the news: three years or more before the document's year, or, in a document
  // with no date, before the latest year written in it (reporting.cc).
  bool WellBeforeNews(double year) const;
  // VerbArguments and NounArguments before OrganisationOfMember (trigger_arguments.cc).
  void ReadVerbArguments(size_t hit_index, const TriggerRecord& r, const Clause& c, Arg* source, Arg* target);
  void ReadNounArguments(size_t hit_index, const TriggerRecord& r, const Clause& c, const Arg& prev_source, Arg* source,
                         Arg* target);
  // ضابط في الشرطة العراقية، مسؤول أمني في حركة الشباب، أسرى من القوات الحكومية: an argument that is one
  // generic person noun (an agent of kind group or office, with no nationality, owner or name of its own)
  // followed by في and an organisation (a group or body, or a named actor that is no state or person), or
  // people of no armed or official sector followed by من and an armed or state force, stands for that
  // organisation: its country and sector are the event's. Returns `a` otherwise (trigger_arguments.cc).
  Arg OrganisationOfMember(Arg a, const Clause& c) const;
  // في زيارة يلتقي خلالها الرئيس: where the token after verb hit `hi` is خلال with the pronoun of a visit's
  // noun just before the verb, the visitor (the source of the last event coded in the clause or the one
  // before it in the sentence); an empty Arg otherwise (trigger_arguments.cc).
  Arg VisitorBefore(size_t hi, const Clause& c) const;
  // مقتل عشرة عناصر منها، أدى إلى مقتل ثلاثة منهم: the target of trigger `t`, a generic noun of people (or,
  // with none, the count after the trigger) followed by من with a pronoun, is the actor the pronoun refers
  // back to (not `source`); `target` otherwise (trigger_arguments.cc).
  Arg PartitiveTarget(Arg target, const TriggerHit& t, const Clause& c, const Arg& source) const;
  // مسيرات الحوثيين، طائرة مسيرة تابعة للجيش السوداني: where actor `m` owns machines of war named right
  // before it (no actor: in construct, the machine without article or pronoun and `m` without clitic; or
  // followed by تابعة لـ and `m`), the first token of the machines' phrase (one word of its own may
  // follow a machine: طائرة مسيرة), not before `first`; UINT32_MAX otherwise (arguments.cc).
  uint32_t MachinesOwnedBy(int32_t m, uint32_t first) const;
  // Whether actor mention `m` is a body whose head is a noun in the feminine (قوات الدعم السريع، الحكومة،
  // حركة حماس، ميليشيا): a named organisation, not a person, whose first word ends in ة or in the plural
  // ات, a state whose name ends in ا or ات (روسيا، الولايات المتحدة), or a generic agent in its feminine
  // singular or a plural in ات (arguments.cc).
  bool FeminineBodyAt(int32_t m) const;
  // وقال في بيان إنه: whether a verb of saying (a `reported` cue) opens its clause, first word or after a
  // comma, within five words before token `k` (the pronoun on أن), with no actor between: the saying has
  // no subject of its own and shares the one before it (arguments.cc).
  bool SubjectlessSayingBefore(uint32_t k) const;
  // وقالت إنها اعتقلت: when a verb of saying (a `reported` cue) opens the sentence of token `k` (the pronoun
  // on أن) with no actor up to it, the subject of the sentence before (its first actor, within four words
  // of its start, no preposition's or genitive), or -1.
  int32_t SpeakerBeforeSubjectlessSaying(uint32_t k) const;
  // هاجمت ليلة الثلاثاء مسيرات روسية: the token after a date that starts at token `k` and ends before `to`
  // (a time adverbial between a verb and its subject), or `k` when none starts there.
  uint32_t PastDateAt(uint32_t k, uint32_t to) const;
  // (The last two answers of PastDateAt: a trigger's verb, subject and count readings ask it of the same words.)
  struct PastDateAnswer {
    uint32_t k = UINT32_MAX, to = 0, end = 0;
  };
  mutable PastDateAnswer past_date_answers_[2];
  mutable uint32_t past_date_next_ = 0;
  uint32_t ReadPastDate(uint32_t k, uint32_t to) const;  // PastDateAt's reading, once the date's first words are found
  // انفجرت سيارة مفخخة في سوق. وتبنى تنظيم الدولة الهجوم: a violent event named by a definite noun with
  // nothing attached, the object of a verb of carrying out or claiming that names its doer, is the attack
  // reported just before (in one of the two sentences before, with no doer): the doer is given to that
  // report's violent events, and the claim is folded into the first of them (document_coder.cc).
  void ClaimedBefore(std::vector<Event>* out);
  // قناة المسيرة التابعة للحوثيين، وسائل إعلام تابعة لحركة الشباب، وكالة أعماق، وكالة سانا الرسمية: a medium
  // that belongs to an actor speaks for it, and a statement, appeal, demand, accusation, rejection or threat
  // it makes (a verbal event) is the owner's, as analysts code a mouthpiece: SpeakForMedium makes `a`, the
  // event's actor for medium `m`, the actor after a word of belonging (BelongingAt + لـ: MediumOwnerAfter),
  // else the medium's parent in lexicon/actors (a parent that is no medium itself), else, for a medium
  // called official (الرسمية، الحكومية right after its name: OfficialMediumAfter), its state's government.
  // A medium of no one (a paper, a wire) stays MED; material events are never a medium's (code_trigger.cc).
  int32_t MediumOwnerAfter(int32_t m) const;
  bool OfficialMediumAfter(int32_t m) const;
  void SpeakForMedium(int32_t m, EventActor* a) const;
  // Whether mention `g`, read as the object of medium `m`'s verb, only qualifies the medium: its owner
  // after the word of belonging, or a medium's name after الرسمية (وكالة الأنباء الفلسطينية الرسمية وفا).
  bool QualifiesMedium(int32_t m, int32_t g) const;
  // استخدمت قوات الأمن الغاز لتفريق المتظاهرين: the people the purpose of verb hit `hi` acts on (لـ + a verbal
  // noun, within a few words after the verb's phrase, and the actor right after it), where nothing else is
  // the verb's object; an empty Arg otherwise (trigger_arguments.cc).
  Arg PurposeObject(size_t hi, const Clause& c) const;
  // قوات تابعة للحكومة ومسلحين قبليين: where mention `owner` is the owner (لـ after a word of belonging,
  // lexicon/word_kinds.tsv `loyal`) of an indefinite generic group noun before it, and the mention after it,
  // joined by و, an indefinite generic group noun as well, the mention of that noun, with which the one after
  // is listed; -1 otherwise (document_coder.cc).
  int32_t LoyalListHead(int32_t owner) const;
  // احتجاجا على اعتقال قوات الأمن ناشطين، ضد القصف الروسي: the mention of the doer of the act whose verbal
  // noun (a trigger, with at most a preposition's clitic) starts at token `k`: a nationality right after it
  // or after one adjective, or its genitive actor where the line's genitive is the doer or, for a state's
  // force or an armed group, where an object or لـ follows (اعتقال الشرطة لزميلهم); -1 otherwise
  // (trigger_arguments.cc).
  int32_t DoerOfActAt(uint32_t k, uint32_t limit) const;
  // رفضا لقرارات الرئيس قيس سعيد، احتجاجا على سياسات الحكومة، رفضا للإجراءات التي اتخذها قائد الجيش: the
  // mention of the state's body, official or armed force that owns (as its genitive) or made (as the subject
  // of a relative clause on it) the thing, no event noun, at token `k` that a protest is against; -1
  // otherwise (trigger_arguments.cc).
  int32_t MakerOfThingProtestedAt(uint32_t k, uint32_t limit, uint32_t sentence) const;
  // هاجم الوزير قطر متهما إياها بدعم الإرهاب، انسحبت حماس من المفاوضات، متهمة إسرائيل بخرق الهدنة: whether the
  // word at token `k` (coder/word_kinds.tsv `accusing`) is a participle of circumstance of accusation: no
  // article or clitic, after the start of its sentence and no count, followed by إياه (IyyaAt) or, after a
  // comma, by the accused (an actor). Not the adjective of a noun (رجلا متهما بالقتل) nor the accused of a court (document_coder.cc).
  bool AccusingParticipleAt(uint32_t k) const;
  // Whether token `k` is the object pronoun إياه، إياها، إياهم، إياهما.
  bool IyyaAt(uint32_t k) const;
  // The accuser and the accused of the participle of accusation of hit `hi` (AccusingParticipleAt): the
  // subject of the main clause (the doer of the last event of its sentence before it, or the subject of
  // the verb opening the sentence) and the actor after it, or the one إياه refers to (trigger_arguments.cc).
  void AccusingParticipleArguments(size_t hi, const Clause& c, const Arg& prev_source, Arg* source, Arg* target);
  // ووقع البلدان اتفاقية، ووقع الجانبان مذكرة تفاهم: a verb phrase split by a dual naming the two parties
  // (coder/word_kinds.tsv `parties`), its subject; adds the hit (PartiesNamedByDual gives it its parties).
  bool PartiesSplit(uint32_t i, uint32_t limit);
  // وتوعد الحوثيون بالرد على الهجوم، وتوعدت طهران بالرد: a threat of retaliation (ب + a word of kind
  // `retaliation`) with no target of its own is aimed at the doer of the last violent or coercive act told
  // before it, in its sentence or the two before, that the threatener did not do (document_coder.cc).
  void RetaliationAgainstActsToldBefore(std::vector<Event>* out);
  // قتل مدنيان وجرح خمسة آخرون في قصف مدفعي، لقي ثلاثة جنود مصرعهم وأصيب اثنان بانفجار عبوة، هاجم مسلحون حاجزا
  // للجيش ما أسفر عن مقتل جنديين: a toll told by a verb of killing or wounding joined by و to the violent
  // event before it in its sentence, or by a verb of result after it, is one incident with that event: its
  // counts, actors (those the event lacks, where none conflicts) and the means' code go to it, and the toll
  // is cleared. A result's cause is not the verb of a relative clause on an earlier event's target, nor,
  // for dead counted among its own doers (منهم), their attack: the event before it aimed at them is
  // (document_coder.cc).
  void OneIncidentTolls(std::vector<Event>* out);
  // داهمت قوات الأمن منزلا وقتلت مسلحين، قتلت الشرطة أربعة مسلحين خلال مداهمة: a raid told with the killing it
  // ended in is one incident, the killing, done by the raiders where it names no doer (document_coder.cc).
  void RaidsEndingInKillings(std::vector<Event>* out);
  // سقط صاروخ على سديروت دون وقوع إصابات، قصفت طائرات موقعا في غزة ولم تسجل خسائر بشرية: a casualty noun denied
  // after a violent event told as done in its sentence is that event's outcome (no casualties), not a second,
  // negated attack: it is cleared. A sentence that only denies casualties (نفى الجيش وقوع إصابات) keeps its event.
  // The counts stay unknown (null): the record does not tell "none" from "not said". For toll hit `hi`, called by
  // OneIncidentTolls; whether it cleared an event (document_coder.cc).
  bool DeniedToll(size_t hi, std::vector<Event>* out);
  // A definite verbal noun that names again an event told before it in the document (محاولة الاغتيال، عملية الخطف،
  // الهجوم after نجا من محاولة اغتيال، خطف مسلحون، هاجم مسلحون) is that event, not a second one: where an earlier
  // event of another clause has its CAMEO root and the same side as each of its actors and its place (any it
  // lacks allowed), it is folded into the nearest such event and cleared; one of its own clause only past a verb of
  // saying between them (قصف الجيش القرية، وقال مصدر إن القصف أسفر عن مقتل ثلاثة) (document_coder.cc).
  void RetoldEvents(std::vector<Event>* out);
  // Whether the verb of hit `h` opens a relative clause (after الذي، التي ... or asyndetic) on the target
  // of an event of its sentence before it (document_coder.cc).
  bool RelativeOnTarget(size_t h, const std::vector<Event>& out) const;
  // Whether two actors may be one side: one missing, the same actor, or the same state with the same or
  // an unknown sector.
  static bool SameSide(const std::optional<EventActor>& a, const std::optional<EventActor>& b);
  // Whether two arguments share a mention or a group of listed mentions (trigger_arguments.cc).
  bool SameGroup(const Arg& a, const Arg& b) const;
  // زار الرئيس التركي الرياض حيث التقى ولي العهد: where the hit before verb hit `hi`, in its sentence, is a
  // verb of visiting (042, 043), the source last coded in that verb's clause (the visitor); an empty Arg
  // otherwise (trigger_arguments.cc).
  Arg VisitorOfVisitBefore(size_t hi, const Clause& c) const;
  // واصل الجيش السوداني قصف، استأنفت الولايات المتحدة تزويد: where token `k` follows the subject of a verb of
  // going on (word kind continuation) right after that verb, the subject's mention (the head of its list);
  // -1 otherwise (document_coder.cc). The word at `k` is then the verb's object, a verbal noun its subject does.
  int32_t ContinuationSubjectBefore(uint32_t k) const;
  // مقتل خمسة مدنيين بقصف مدفعي لقوات الدعم السريع، اغتيال القيادي بغارة إسرائيلية على سيارته: the doer of the
  // means after a noun of killing or wounding at hit `hi` (the first trigger after it in its clause, a violent
  // noun after ب or a word of cause), named by its nationality or its owner after لـ; an empty Arg otherwise
  // (trigger_arguments.cc). The killing is that attack, one event, whose doer it is.
  Arg MeansDoerAfter(size_t hi, const Clause& c) const;
  // اتهمت المنظمة السلطات: whether token `k` (before `end`) opens a definite noun no dictionary names, with at most
  // one more such word (its adjective), right before a definite actor (arguments.cc).
  bool UnnamedSubjectBefore(uint32_t k, uint32_t end) const;
  // قتل ثلاثة عناصر من قوات الدعم السريع بقصف مدفعي للجيش، أصيب مدنيون في غارة للتحالف: whether the noun at hit
  // `hi` is the means of a killing or wounding (a verb or a noun of the toll) a few words before it in its clause:
  // after ب or a word of means or cause (trigger_arguments.cc).
  bool MeansOfHarm(size_t hi, const Clause& c) const;
};

// RecycleEvents (event_coder.h): keeps the memory of the events of *events from `first` on for NewEvent on
// this thread, and drops them.
void KeepEventMemory(std::vector<Event>* events, size_t first = 0);

}  // namespace rasad::detail

#endif  // RASAD_CODER_DOCUMENT_CODER_H_
