#include "coder/document_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <functional>
#include <string>
#include <type_traits>

#include "coder/accusative_alif.h"
#include "coder/label_mark.h"
#include "coder/relative_verb.h"
#include "lexicon/foreigners_mention.h"
#include "text/definite.h"
#include "text/segmenter.h"
#include "util/fnv.h"

namespace rasad::detail {
namespace {

// A sentence's line of a verdict headline (triggers.tsv: 116, a noun, the headline flag: الإعدام لعشرة مدانين), read
// only where DocumentCoder::VerdictHeadline finds one. Other headline lines (إحباط مخطط، تفكيك خلية) are read at any
// headline's head and share their types with the words around as any line does.
bool VerdictLine(const TriggerRecord& r) { return r.noun && (r.flags & kFlagHeadline) && TextEqual(r.cameo, "116"); }

// Makes *v n elements whose bytes are all `byte` (0; 0xFF for -1 or UINT32_MAX), reusing its memory,
// with one memset: assign() filled them in an out-of-line loop, four bytes a store, for every buffer
// of every document.
template <typename T>
void ResetBytes(std::vector<T>& v, size_t n, unsigned char byte) {
  static_assert(std::is_trivially_copyable_v<T>);
  v.resize(n);
  if (n > 0) std::memset(v.data(), byte, n * sizeof(T));
}

// Grows *v to at least n elements (out of line: most documents need no more than an earlier one did).
template <typename T>
[[gnu::noinline]] void GrowTo(std::vector<T>& v, size_t n) {
  v.resize(n);
}

// Makes the first n elements of *v bytes all `byte`, as ResetBytes, for a buffer read only by index below
// n (never by its size): it keeps the larger size an earlier document gave it, so that most documents
// pay one comparison and the memset, not resize's code and the registers it saves.
template <typename T>
inline void ResetFirst(std::vector<T>& v, size_t n, unsigned char byte) {
  static_assert(std::is_trivially_copyable_v<T>);
  if (v.size() < n) GrowTo(v, n);
  if (n > 0) std::memset(v.data(), byte, n * sizeof(T));
}

// A preposition carrying a pronoun (عليه، عليهم), as PhraseAcrossPronoun needs after its word.
inline bool PrepositionWithPronoun(const Token& t) {
  return t.suffix != Enclitic::kNone && (t.word_class & kWordPreposition);
}

// An event told as having happened (asserted, reported or alleged; not intended, hypothetical...). (TextEqual,
// inline: string's == with a C string calls compare() and strlen.)
inline bool ToldAsHappened(std::string_view modality) {
  return TextEqual(modality, "asserted") || TextEqual(modality, "reported") || TextEqual(modality, "alleged");
}

// An event's id: ContentHash of doc_id|key|sentence (sixteen lower-case hex digits), hashed part by part
// and written into *id, whose memory the event kept from an earlier one (NewEvent): ContentHash needed the
// input joined first and returned a new string, one allocation per event.
void WriteEventId(std::string_view doc_id, std::string_view key, std::string_view sentence, std::string* id) {
  uint64_t h = Fnv1a(kFnvOffset, doc_id);
  h = Fnv1a(h, "|");
  h = Fnv1a(h, key);
  h = Fnv1a(h, "|");
  h = Fnv1a(h, sentence);
  id->resize(16);
  WriteHex16(h, id->data());
}

// The memory of events of earlier documents (RecycleEvents), per thread: the first `count` entries hold
// it; the rest are empty.
struct SpareEventMemory {
  struct Entry {
    // (The document id too: an event copies it, and ids are often longer than a string holds inline. So is
    // the event id, sixteen digits.)
    std::string evidence, trigger_text, doc_id, event_id;
    std::vector<EventMention> mentions;
  };
  std::vector<Entry> entries;
  size_t count = 0;
};

SpareEventMemory& SpareEvents() {
  thread_local SpareEventMemory spare;
  return spare;
}

// At most this many events' memory is kept (a document gives few events; a long one may give hundreds).
constexpr size_t kMaxSpareEvents = 1024;

}  // namespace

void KeepEventMemory(std::vector<Event>* events, size_t first) {
  SpareEventMemory& spare = SpareEvents();
  for (size_t i = first; i < events->size() && spare.count < kMaxSpareEvents; ++i) {
    Event& e = (*events)[i];
    if (spare.count == spare.entries.size()) spare.entries.emplace_back();
    SpareEventMemory::Entry& m = spare.entries[spare.count++];
    // (Strings moved, not swapped: string's swap is a library call, a move a few inline stores. The
    // entries from `count` on hold no memory: NewEvent moved theirs out.)
    m.evidence = std::move(e.evidence);
    m.trigger_text = std::move(e.trigger_text);
    m.doc_id = std::move(e.doc_id);
    m.event_id = std::move(e.event_id);
    e.mentions.clear();
    e.mentions.swap(m.mentions);
    m.evidence.clear();
    m.trigger_text.clear();
    m.doc_id.clear();
    m.event_id.clear();
  }
  events->resize(first);
}

Event& DocumentCoder::NewEvent(std::vector<Event>* out) {
  Event& e = out->emplace_back();
  SpareEventMemory& spare = SpareEvents();
  if (spare.count > 0) {
    SpareEventMemory::Entry& m = spare.entries[--spare.count];
    e.evidence = std::move(m.evidence);
    e.trigger_text = std::move(m.trigger_text);
    e.doc_id = std::move(m.doc_id);
    e.event_id = std::move(m.event_id);
    e.mentions.swap(m.mentions);
  }
  return e;
}

// What SplitNounPhrase reads after its word needs first (it returns false wherever this does): أي, a
// count, a mention that starts there with no preposition or و before it (بغزة، لإسرائيل open no subject), a violent
// noun with at most the article (ViolentNounSubject), a bare noun of a place's kind before a place (مدينة الفاشر), a
// word that opens an adverb or a time (أيضا، فجر اليوم، مساء الأحد: before the subject; its cue match is kept per token,
// CueMatchAt, and asked of the token anyway), or a machine of war. A test of the next token alone.
// (أي exactly, AnyWordAt: a word of its length, أن، هذا، إلى, the commonest after a trigger word, opens nothing.)
inline bool DocumentCoder::SubjectMayFollow(uint32_t i, uint32_t limit) const {
  const uint32_t j = i + 1;
  if (j >= limit) return false;
  const Token& n = text_.tokens[j];
  const int32_t m = MentionAt(j);
  return (m >= 0 && M(m).first_token == j && !(M(m).prefixes & (kPrepClitics | kProWa))) || quantity_end_[j] > j ||
         AnyWordAt(j) || (n.prefixes == 0 && MentionAt(j + 1) >= 0 && (WordKindsAt(j) & kDescriptorWord)) ||
         (n.kind == TokenKind::kWord && !(n.prefixes & ~kProAl) && RootsAt(j).trigger.any()) ||
         (n.kind == TokenKind::kWord && RootsAt(j).cue.any() && CueEndAt(j, limit, CueKind::kAdverb, CueKind::kTime) > j) ||
         (WordKindsAt(j) & kMachineWord);  // زوارق تابعة لـ
}

void DocumentCoder::ReadTokenRoots() {
  const size_t n = text_.tokens.size();
  if (token_roots_.size() < n) GrowTo(token_roots_, n);
  TypeMemo<DocumentCoderBuffers::TrieRoots>::View memo(&trie_roots_);
  const auto compute = [&](const TokenKeys::Keys& k) {
    const PhraseMatcher& tm = trig_.triggers();
    const PhraseMatcher::Roots trigger = tm.RootsOf(k);
    bool goes_on = false;
    for (uint32_t node : trigger.node) goes_on = goes_on || (node != 0 && !tm.Continuations(node).empty());
    const PhraseMatcher::Roots cue = trig_.cues().RootsOf(k);
    bool starts_date = false;
    for (int i = 0; i < k.count; ++i) starts_date = starts_date || date_first_words_.count(k.key[i]) > 0;
    return DocumentCoderBuffers::TrieRoots{trigger,     cue,
                                           goes_on,     trigger.any() || cue.any(),
                                           starts_date, trig_.grammar_word(k.key[0], k.hash[0]),
                                           trig_.word_kinds().Of(k)};
  };
  DocumentCoderBuffers::TrieRoots* out = token_roots_.data();
  const TokenKeys::Keys* keys = rec_.keys.tokens.data();
  // (grammar_words_seen_ keeps one bit per GrammarWord: the last of them, kCrowdVenue, must fit.)
  static_assert(static_cast<unsigned>(GrammarWord::kCrowdVenue) < 32);
  uint32_t seen = 0;
  uint64_t kinds = 0;
  for (size_t i = 0; i < n; ++i) {
    // (A token with no key, punctuation or a number, has no word type to be kept under: it starts nothing,
    // and is told so without a call to the memo's miss.)
    out[i] = keys[i].count == 0 ? DocumentCoderBuffers::TrieRoots{} : memo.Get(rec_.keys, keys[i], compute);
    seen |= 1u << static_cast<unsigned>(out[i].grammar);
    kinds |= out[i].word_kinds;
  }
  grammar_words_seen_ = seen;
  word_kinds_seen_ = kinds;
}

void DocumentCoder::FindTriggersAndCues() {
  const PhraseMatcher& tm = trig_.triggers();
  hits_.clear();
  hit_payloads_.clear();
  cues_.clear();
  cue_kinds_ = 0;
  first_cue_from_.clear();
  violent_match_at_ = UINT32_MAX;
  ResetBytes(token_trigger_, text_.tokens.size(), 0xFF);  // -1
  ResetBytes(cue_ends_before_, text_.tokens.size() + 1, 0);
  ResetBytes(cue_starts_at_, text_.tokens.size() + 1, 0);
  // (A new stamp instead of a reset of every entry; the entries start over when the stamps do.)
  if (++cue_match_stamp_ == 0) {
    cue_match_.clear();
    cue_match_stamp_ = 1;
  }
  if (cue_match_.size() < text_.tokens.size()) cue_match_.resize(text_.tokens.size());
  ResetBytes(perfective_occurrence_, text_.tokens.size() + 1, 0);
  ResetBytes(count_ends_before_, text_.tokens.size() + 1, 0);
  ResetBytes(quantity_end_, text_.tokens.size() + 1, 0);
  for (const Quantity& q : text_.quantities) {
    if (q.unit.empty() && q.end_token < count_ends_before_.size()) count_ends_before_[q.end_token] = true;
    // (٢٠ على الأقل من الجنود: the count's noun or partitive من comes after its bound.)
    if (const uint32_t e = CountEnd(q.end_token); q.unit.empty() && e != q.end_token) count_ends_before_[e] = true;
    if (q.first_token < quantity_end_.size()) quantity_end_[q.first_token] = q.end_token;
  }
  KeepCountsOfCrowdHeadlinesOnly();
  for (const Sentence& s : text_.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      // (A token that opens no cue or trigger phrase and starts no mention, most, has nothing to read below: such
      // tokens are passed in a loop of their own.)
      while (i < s.end_token && !token_roots_[i].opens && MentionAt(i) < 0) ++i;
      if (i == s.end_token) break;
      // (Read in place: a copy of the token's entry cost a dozen instructions a token.)
      const DocumentCoderBuffers::TrieRoots& token_roots = token_roots_[i];
      // (The match within the sentence, s: the split phrases below may have matched it already.)
      const PhraseMatcher::Match cue =
          token_roots.cue.any() ? CueMatchAt(i, s.end_token, token_roots.cue) : PhraseMatcher::Match{};
      // A preposition or a word of inclusion never takes the article: بالمثل "likewise", القوات الخاصة
      // "special forces", البعد "the distance" are not مثل، خاصة، بعد.
      const Token& first = text_.tokens[i];
      // (The bare stem is the stem or its end: it differs from the stem exactly where it is shorter, with no
      // compare of the letters.)
      bool definite = cue.length == 1 && ((first.prefixes & kProAl) || Bare(i).size() != first.stem_length);
      if (cue.length > 0) {
        // (After لم or لن stands a present form: لم تمكن حفتر المساعدات, "did not enable", is no past تمكّن. Asked only
        // of a past verb of occurrence, and once.)
        int after_jussive = -1;
        for (uint32_t p : *cue.payloads) {
          CueKind k = trig_.cue(p).kind;
          if (definite && (k == CueKind::kInclusion || k == CueKind::kPreposition)) continue;
          // Nor does a particle of negation: البدون "the Bidoon" (the stateless), الغير "others" are nouns.
          if (cue.length == 1 && (first.prefixes & kProAl) && k == CueKind::kNegation) continue;
          // (في حين is "whereas", a clause of contrast: no temporal حين "when".)
          if (k == CueKind::kTemporal && i > s.first_token && text_.tokens[i - 1].prefixes == 0 && Bare(i - 1) == "في") {
            continue;
          }
          if (k == CueKind::kOccurrence && !trig_.cue(p).present && i > s.first_token) {
            if (after_jussive < 0) {
              BareText before{text_.Norm(text_.tokens[i - 1])};
              after_jussive = text_.tokens[i - 1].prefixes == 0 && (before == "لم" || before == "لن");
            }
            if (after_jussive) continue;
          }
          cues_.push_back({i, i + cue.length, p, k, trig_.cue(p).scope});
          cue_kinds_ |= 1u << static_cast<unsigned>(k);
          cue_starts_at_[i] |= 1u << static_cast<unsigned>(trig_.cue(p).kind);
          CueKind kind = trig_.cue(p).kind;
          bool occurrence = kind == CueKind::kOccurrence || kind == CueKind::kResult || kind == CueKind::kUndergo;
          if ((occurrence || kind == CueKind::kPerpetrate) && !trig_.cue(p).present) {
            perfective_occurrence_[i] |= kStartsHere;
            perfective_occurrence_[i + cue.length] |= kEndsBefore;
          }
          if (i + cue.length < cue_ends_before_.size()) {
            cue_ends_before_[i + cue.length] |= 1u << static_cast<unsigned>(trig_.cue(p).kind);
          }
        }
      }
      int32_t m = MentionAt(i);
      if (m >= 0) {
        // A name is not a trigger (قوات الدعم السريع), but a generic agent noun may be one.
        i = M(m).end_token;
        continue;
      }
      // (SplitNounPhrase needs a trigger word at i too: a token that starts no trigger skips both.)
      PhraseMatcher::Roots roots = token_roots.trigger;
      // (Every reading below needs a trigger word at i: a token that starts none, most, goes on here.)
      if (!roots.any()) {
        ++i;
        continue;
      }
      // (The match ViolentNounSubject made of this word, as the subject of a split phrase, where it did.)
      PhraseMatcher::Match hit = i == violent_match_at_ && s.end_token == violent_match_limit_
                                     ? violent_match_
                                     : tm.Longest(rec_.keys, i, s.end_token, roots);
      // سحبت سفيرها: the longest match tries a word's stem before its whole form; where the last word
      // carries a pronoun and the dictionary lists the phrase with it, that line is the reading.
      if (hit.length >= 2 && text_.tokens[i + hit.length - 1].suffix != Enclitic::kNone) {
        if (const std::vector<uint32_t>* whole = WholeFormPhrase(i, hit.length)) hit.payloads = whole;
      }
      // صاروخا أطلقته جماعة الحوثي: a munition's weapon line is read only where a verb of launching carrying its
      // pronoun follows it (كشفت روسيا عن صاروخ جديد names no strike).
      if (hit.length == 1 && (WordKindsAt(i) & kMunitionWord) && LauncherAfterMunition(i, s.end_token) == 0) {
        bool weapon_only = true;
        for (uint32_t p : *hit.payloads) weapon_only = weapon_only && (trig_.trigger(p).flags & kFlagWeapon);
        if (weapon_only) hit = {};
      }
      // خرج، نزل with no protest purpose after them (خرج الرئيس من المستشفى) are no trigger at all.
      if (hit.length == 1 && PurposeOnly(*hit.payloads) && !ProtestPurpose(TriggerHit{i, i + 1})) hit = {};
      // السجن، المؤبد outside a verdict headline (اقتحم مسلحون السجن المركزي) are no trigger at all: their only line is
      // the sentence's headline line. (Its first line is looked at first: a word with another, إعدام, costs no call.)
      if (hit.length == 1 && (trig_.trigger(hit.payloads->front()).flags & kFlagHeadline)) {
        bool verdict_only = true;
        for (uint32_t p : *hit.payloads) verdict_only = verdict_only && VerdictLine(trig_.trigger(p));
        if (verdict_only && !VerdictHeadline(TriggerHit{i, i + 1})) hit = {};
      }
      // نصب محتجون حواجز: a word whose only line is a jussive (نصب of يصيب), read only after لم، لما، لا, is no hit
      // elsewhere, and the phrase its letters open is looked for past the subject (نصب حواجز).
      if (hit.length == 1 && hit.payloads->size() == 1 && trig_.trigger(hit.payloads->front()).jussive &&
          !JussiveParticleBefore(i)) {
        hit = {};
      }
      // طردت الجزائر اثني عشر موظفا: a word that opens a number of several words is that number, not the
      // verb it is spelled like once folded (أثنى "praised").
      if (hit.length == 1 && quantity_end_[i] > i + 1) hit = {};
      // متهما، محملة with no accused after them (رجلا متهما بالقتل، شاحنتين محملتين برجال): no participle of
      // accusation, and no trigger at all where that is the word's only line.
      // (The lines first: nearly every hit has another line, and costs no look-up.)
      if (hit.length == 1) {
        bool only = true;
        for (uint32_t p : *hit.payloads) only = only && trig_.trigger(p).noun && TextEqual(trig_.trigger(p).cameo, "112");
        if (only && (WordKindsAt(i) & kAccusingWord) && !AccusingParticipleAt(i)) hit = {};
      }
      // A word of the rest of a phrase split by its subject (علقت الحكومة المساعدات، طردت السلطات
      // السفير) is that phrase's object, not an event of its own; a word naming an event of the
      // phrase's own type (شن الجيش غارات) names the same event, and is read as before.
      if (token_trigger_[i] >= 0 && (hit.length == 0 || !SharesType(*hit.payloads, *hit_payloads_[token_trigger_[i]]))) {
        ++i;
        continue;
      }
      // (Only for a word that is no trigger alone, إسقاط، أسقط: where it is one, أسر عشرات الجنود، the counted
      // actor is its object, found as after any verb.)
      // (The readings across the next word, a count, أي or a preposition with its pronoun, begin with a
      // test of that word, made here first: a token no reading fits, nearly all, costs no call.)
      // (Each reading below goes on past the word: one that starts no longer phrase, most, is asked none.)
      const bool goes_on = token_roots.trigger_goes_on;
      const bool across =
          hit.length <= 1 && goes_on && i + 2 < s.end_token && text_.tokens[i].kind == TokenKind::kWord;
      if (across && hit.length == 0 && quantity_end_[i + 1] > i + 1 && PhraseAcrossCount(i, s.end_token)) {
        ++i;
        continue;
      }
      if (across && AnyWordAt(i + 1) && PhraseAcrossAny(i, s.end_token)) {
        ++i;
        continue;
      }
      if (across && PrepositionWithPronoun(text_.tokens[i + 1]) && PhraseAcrossPronoun(i, s.end_token)) {
        i = hits_.back().end;
        continue;
      }
      // A one-word verb (أوقف، طرد، قطع) whose subject stands between it and the rest of a longer verb
      // phrase (أوقفت الهيئة بث، طردت السلطات السفير، قطعت بوليفيا علاقاتها) is read as that phrase: the
      // longest match, as everywhere, once the subject is skipped.
      // (SplitNounPhrase finds nothing unless the next word can open its subject, SubjectMayFollow: most
      // words after a trigger word cannot, and cost no call.)
      if (hit.length <= 1 && goes_on && SubjectMayFollow(i, s.end_token) &&
          SplitNounPhrase(i, s.end_token, /*verb_only=*/hit.length == 1 && !PurposeOnly(*hit.payloads))) {
        ++i;
        continue;
      }
      // وكانت المحكمة قد أصدرت الأسبوع الماضي أحكاما: a verb phrase split by a date alone, its subject
      // before the verb.
      // (DateSplit's first test, made here: a next word that is a mention or starts no cue, nearly all, costs no call.)
      if (hit.length <= 1 && goes_on && i + 2 < s.end_token && MentionAt(i + 1) < 0 && RootsAt(i + 1).cue.any() &&
          DateSplit(i, s.end_token)) {
        ++i;
        continue;
      }
      // ووقع البلدان اتفاقية: a verb phrase split by a dual naming the two parties, its subject.
      // (Only a word with the article alone after the verb is asked: nearly no other costs a call.)
      if (hit.length <= 1 && goes_on && i + 2 < s.end_token && text_.tokens[i + 1].prefixes == kProAl &&
          PartiesSplit(i, s.end_token)) {
        ++i;
        continue;
      }
      // (Also where the verb alone is no trigger: أطلقت دبابات إسرائيلية النار.)
      if ((hit.length == 2 ? !DoerInsideLine(*hit.payloads) : hit.length == 0 && goes_on) &&
          MachineSubjectSplit(i, s.end_token)) {
        ++i;
        continue;
      }
      if (hit.length > 0) {
        // A trigger phrase may end in a generic agent used as an adjective (هجوم انتحاري، عمل إرهابي),
        // not in a name.
        bool inside_mention = false;
        uint32_t mention_first = s.end_token;  // the first token of the first mention the phrase enters
        int32_t entered_actor = -1;            // that mention, when it is an actor starting after the first word
        for (uint32_t k = i; k < i + hit.length; ++k) {
          int32_t m = MentionAt(k);
          // تغلق معبر رفح، تخلي قاعدة عين الأسد، حرر مدينة الموصل: a place whose name begins with the
          // phrase's last word (the noun of its kind) is the phrase's object, as where the subject splits
          // the phrase (أغلقت مصر معبر رفح).
          if (m >= 0 && k > i && k + 1 == i + hit.length && M(m).first_token == k && M(m).is_place() &&
              !M(m).is_actor) {
            continue;
          }
          bool enters = m >= 0 && (M(m).record >= 0 || M(m).agent < 0 || M(m).first_token == i ||
                                   M(m).end_token > i + hit.length);
          // (Only a generic agent cuts the phrase short: a phrase that runs into a name, إطلاق القنابل
          // المسيلة للدموع, is another phrase, not a trigger.)
          bool generic = enters && M(m).record < 0 && M(m).agent >= 0;
          if (enters && mention_first == s.end_token) {
            mention_first = generic ? M(m).first_token : i;
            entered_actor = M(m).is_actor && M(m).first_token > i ? m : -1;
          }
          inside_mention = inside_mention || enters;
        }
        // طرد السفير الإيراني، انسحب من الاتحاد الأفريقي: a phrase whose last words are the head of an
        // actor's name (a person or group, named or generic) acts on that actor, its object; the line
        // of a verb that ends in its own subject (doer_inside: قصفت طائرات حربية) is the exception.
        if (inside_mention && entered_actor >= 0) {
          bool doer_inside = DoerInsideLine(*hit.payloads);
          if (!doer_inside) inside_mention = false;
          // قصفت مقاتلات الجيش السوداني، قصفت مقاتلات إسرائيلية: the machine of war the phrase ends in opens the
          // actor, its owner's, the subject the phrase holds (ReadVerbArguments).
          uint32_t last = i + hit.length - 1;
          if (doer_inside && M(entered_actor).first_token == last && (WordKindsAt(last) & kMachineWord)) {
            inside_mention = false;
          }
        }
        if (inside_mention && mention_first > i) {
          // قصفت طائرات حربية إسرائيلية: the phrase (قصفت طائرات) runs into an actor longer than it; the
          // trigger is the longest phrase that ends before the actor (قصفت), whose subject it is.
          // Where no phrase ends before it, the phrase keeps the agent as its object (استدعى السفير
          // الفرنسي: the ambassador summoned is France's).
          PhraseMatcher::Match shorter = tm.Longest(rec_.keys, i, mention_first, roots);
          if (shorter.length > 0) hit = shorter;
          inside_mention = false;
        }
        if (!inside_mention) {
          int32_t idx = static_cast<int32_t>(hits_.size());
          hits_.push_back({i, i + hit.length, 0});
          hit_payloads_.push_back(hit.payloads);
          for (uint32_t k = i; k < i + hit.length; ++k) token_trigger_[k] = idx;
          i += hit.length;
          continue;
        }
      }
      ++i;
    }
  }
  if (cues_.size() > kShortList) {
    // first_cue_from_[k], for each token k and one past the last: the first cue q with cues_[q].first >= k. Filled a
    // run of tokens per cue: those from the last run's end through the cue's first token take q.
    // (A loop per token tested each token against the cues.)
    const uint32_t n = static_cast<uint32_t>(text_.tokens.size() + 1);
    first_cue_from_.resize(n);
    uint32_t* const first = first_cue_from_.data();
    uint32_t k = 0;  // the entries filled
    for (uint32_t q = 0; q < cues_.size() && k < n; ++q) {
      const uint32_t through = std::min(cues_[q].first + 1, n);
      for (; k < through; ++k) first[k] = q;
    }
    for (; k < n; ++k) first[k] = static_cast<uint32_t>(cues_.size());
  }
  modality_cues_.clear();
  if (cue_kinds_ & kModalityKinds) {
    for (const CueHit& q : cues_) {
      if (ModalityKind(q.kind)) modality_cues_.push_back(q);
    }
  }
}

bool DocumentCoder::SplitNounPhrase(uint32_t i, uint32_t limit, bool verb_only) {
  // A trigger phrase split by an actor after its first word: a two-word "noun adjective" trigger by
  // the noun's genitive (حملة حفتر العسكرية is حملة عسكرية whose genitive is حفتر), a verb phrase by
  // the verb's subject (أطلق مسلحون النار، نزل المتظاهرون إلى الشوارع، خرج آلاف الطلاب إلى الشوارع،
  // خرج عشرات الآلاف من السودانيين إلى الشوارع، أضرم محتجون غاضبون النار، أبدت إثيوبيا استعدادها،
  // سمحت إسرائيل بدخول، طردت السلطات في بوركينا فاسو ثلاثة دبلوماسيين).
  // (Its caller asks SubjectMayFollow first: a new way for the subject to open belongs there too.)
  const Token& t = text_.tokens[i];
  if (t.kind != TokenKind::kWord || i + 1 >= limit) return false;
  uint32_t j = i + 1;
  // وأكد أيضا وزير الخارجية ضرورة، وطالب بدوره الرئيس بوقف: an adverb may stand between the verb and its
  // subject, as between the subject and the rest (only before a name: before a plain word, DateSplit).
  // So may a time (grammar.tsv `time`: أطلقت فجر اليوم فصائل عراقية صواريخ، أطلق مساء الأحد حزب الله صواريخ).
  if (j + 2 < limit && text_.tokens[j].kind == TokenKind::kWord && MentionAt(j) < 0 && RootsAt(j).cue.any()) {
    uint32_t a = CueEndAt(j, limit, CueKind::kAdverb, CueKind::kTime);
    if (a > j && a + 1 < limit && MentionAt(a) >= 0) j = a;
  }
  // لم يخرج أي متظاهر إلى الشوارع: "any" before the subject.
  if (j + 1 < limit && AnyWordAt(j)) ++j;
  bool counted = quantity_end_[j] > j;  // آلاف الطلاب: a count before the actor
  if (counted) j = quantity_end_[j];
  // عشرات الآلاف من السودانيين: the people counted, after من.
  if (counted && j + 1 < limit && text_.tokens[j].prefixes == 0 && Bare(j) == "من") ++j;
  int32_t gm = j < limit ? MentionAt(j) : -1;
  // أودى القصف الإسرائيلي بحياة: a phrase of what a violent event resulted in has the event as its
  // subject, a violent noun with its nationality or its doer in the genitive.
  // (A verb alone, verb_only, takes no such subject: where no noun of a place's kind or machine of war can open
  // one either, it splits nothing, and the violent noun's match is not asked.)
  if (gm < 0 && !counted && verb_only && (j >= limit || !(WordKindsAt(j) & (kDescriptorWord | kMachineWord)))) {
    return false;
  }
  uint32_t cause_end = gm < 0 && !counted ? ViolentNounSubject(j, limit) : 0;
  if (cause_end > 0) {
    if (verb_only) return false;
    gm = MentionAt(cause_end);
    bool attached = gm >= 0 && M(gm).first_token == cause_end && !(M(gm).prefixes & (kPrepClitics | kProWa)) &&
                    (M(gm).is_actor || M(gm).demonym >= 0);
    if (!attached) gm = -1;
  }
  // سقطت مدينة الفاشر في يد: a place after the noun of its kind (مدينة، بلدة).
  uint32_t subject_first = j;
  if (gm < 0 && cause_end == 0 && j + 1 < limit && text_.tokens[j].prefixes == 0 &&
      (WordKindsAt(j) & kDescriptorWord)) {
    int32_t pm = MentionAt(j + 1);
    if (pm >= 0 && M(pm).is_place()) {
      gm = pm;
      subject_first = j + 1;
    }
  }
  // أطلقت زوارق الحرس الثوري النار، أطلقت طائرات حربية تابعة للجيش النار: a machine of war with its owner (in
  // construct, or after تابعة لـ) is the subject; its owner stands for it.
  bool owned_machine = false;
  if (gm < 0 && cause_end == 0 && !counted && j + 2 < limit && (WordKindsAt(j) & kMachineWord)) {
    for (uint32_t k = j + 1; k < limit && k <= j + 3; ++k) {
      int32_t n = MentionAt(k);
      if (n < 0) continue;
      if (M(n).first_token == k && MachinesOwnedBy(n, j) == j) {
        gm = n;
        subject_first = k;
        owned_machine = true;
      }
      break;
    }
  }
  if (cause_end == 0 && (gm < 0 || M(gm).first_token != subject_first ||
                         (!owned_machine && (M(gm).prefixes & (kPrepClitics | kProWa))))) {
    return false;
  }
  // The rest of the phrase starts after the actor, or, in a verb phrase, after an adjective of an
  // actor without the article: a plain word that starts no trigger (محتجون غاضبون النار). The actor
  // may be a list joined by و (تبادل الجيش الإسرائيلي وحزب الله القصف).
  uint32_t after = gm >= 0 ? M(gm).end_token : cause_end;
  for (int32_t n = gm + 1; cause_end == 0 && M(gm).is_actor && n < static_cast<int32_t>(rec_.mentions.size()); ++n) {
    const Mention& x = M(n);
    if (x.first_token != after || !x.is_actor || !(x.prefixes & kProWa) || (x.prefixes & kPrepClitics)) break;
    after = x.end_token;
  }
  // (وقع وزير الخارجية المصري ونظيره السعودي فيصل بن فرحان مذكرة تفاهم: the counterpart joined by و, with its
  // nationality and name, is part of the subject.)
  if (gm >= 0 && cause_end == 0 && M(gm).is_actor && after + 1 < limit && (text_.tokens[after].prefixes & kProWa)) {
    if (int32_t cp = CounterpartAt(after); cp >= 0) {
      after = M(cp).end_token;
      int32_t name = after < limit ? MentionAt(after) : -1;
      if (name >= 0 && M(name).first_token == after && M(name).is_actor && M(name).prefixes == 0) after = M(name).end_token;
    }
  }
  // عشرات المقاتلين من حركة الشباب: the group the subject comes from is part of it.
  if (gm >= 0 && cause_end == 0) after = AfterGroupOfOrigin(after, limit);
  // السلطات في بوركينا فاسو، محكمة في الدار البيضاء: where the subject is may follow it, before the verb's
  // object.
  if (int32_t pm = WhereSubjectIs(after, limit); pm >= 0) after = M(pm).end_token;
  // أطلق حزب الله يوم الاثنين صواريخ، أطلقت كتائب القسام، الجناح العسكري لحركة حماس، رشقة صاروخية: a date,
  // an adverb or an insertion may follow the subject.
  if (gm >= 0 && cause_end == 0 && after < limit) after = std::min(PastInsertion(after), limit);
  // شن التحالف الذي تقوده واشنطن غارات، أطلقت الفصائل التي تدعمها تركيا قذائف: a relative clause on a definite subject,
  // its pronoun, a verb and that verb's own subject (a name), may stand before the rest; the verb, a trigger or not, is
  // read on its own when the scan reaches it. (Asked only where a relative pronoun follows the subject: nearly never.)
  // (The cue is read from the per-token match, CueEndAt: the index has not reached the words after i yet.)
  if (gm >= 0 && cause_end == 0 && M(gm).is_actor && after + 3 < limit &&
      text_.tokens[after].kind == TokenKind::kWord && !(text_.tokens[after].prefixes & (kProWa | kProFa)) &&
      RootsAt(after).cue.any()) {
    const uint32_t verb = CueEndAt(after, limit, CueKind::kRelative);
    const int32_t doer = verb + 1 < limit ? MentionAt(verb + 1) : -1;
    if (verb > after && verb + 2 < limit && text_.tokens[verb].kind == TokenKind::kWord &&
        ((text_.tokens[verb].word_class & kWordVerb) || ResumptiveRelativeVerb(text_.tokens[verb])) &&
        MentionAt(verb) < 0 &&
        doer >= 0 && M(doer).first_token == verb + 1 && M(doer).prefixes == 0 &&
        (M(doer).is_actor || M(doer).is_place()) && M(doer).end_token < limit) {
      after = M(doer).end_token;
    }
  }
  // لم تطلق القوات أي صاروخ: "any" before the rest quantifies the verb's object.
  if (gm >= 0 && cause_end == 0 && after + 1 < limit && AnyWordAt(after)) ++after;
  // فتح الجنود عليهم النار: a preposition with its pronoun may stand after the subject; it is part of
  // the phrase (its pronoun is the target).
  uint32_t pronoun_prep = UINT32_MAX;
  if (after + 1 < limit && text_.tokens[after].suffix != Enclitic::kNone &&
      (text_.tokens[after].word_class & kWordPreposition)) {
    pronoun_prep = after++;
  }
  // Where the rest may start: right after the actor; after an adjective of the actor; in a verb
  // phrase, after the count of the object (ثلاثة دبلوماسيين).
  // In a verb phrase, also after an object that stands between the subject and the rest (حملت إيران
  // إسرائيل مسؤولية الهجوم).
  // In a verb phrase, also after the genitive of a one-word indefinite generic subject in construct (دخل عمال
  // الموانئ في إضراب، خرج سائقو الشاحنات إلى الشوارع): a definite plain word, no mention, starting no trigger;
  // the rest is then a complement of two words or more.
  // In a verb phrase, also after where the subject is, في and one to three words (خرج آلاف السودانيين في مدن
  // عدة إلى الشوارع، دخل الأسرى في سجون الاحتلال في إضراب عن الطعام): the rest is then a complement of two
  // words or more that opens with a preposition.
  // In a verb phrase, also after a plain definite word that is the verb's first object, no name the lexicon knows
  // (منحت روسيا الأسد حق اللجوء): the rest is then a complement of two words or more.
  // In a verb phrase, also after the object's adjective (منحت روسيا الرئيس السوري المخلوع حق اللجوء، حملت الخارجية
  // الحكومة الإسرائيلية المتطرفة مسؤولية), as after the object.
  enum RestKind {
    kAfterActor, kAfterAdjective, kAfterCount, kAfterObject, kAfterGenitive, kAfterWhere, kAfterPlainObject,
    kAfterObjectAdjective, kAfterRelative, kAfterGenitiveAdjective, kAfterNamedGenitive
  };
  uint32_t rests[11] = {after,      UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX,
                        UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX};
  // A definite plain word at `k` that names no actor: an adjective or a name the lexicon leaves out as ambiguous
  // (الأسد, also a lion and a place, and a word of trigger phrases: قوات الأسد).
  auto plain_definite = [&](uint32_t k) {
    const Token& w = text_.tokens[k];
    int32_t m = MentionAt(k);
    return w.kind == TokenKind::kWord && w.prefixes == kProAl && w.suffix == Enclitic::kNone &&
           (m < 0 || (!M(m).is_actor && M(m).end_token == k + 1)) && !(w.word_class & (kWordFunction | kWordNumber));
  };
  if (after + 1 < limit && !(text_.tokens[j].prefixes & kProAl) && text_.tokens[after].kind == TokenKind::kWord &&
      text_.tokens[after].prefixes == 0 && MentionAt(after) < 0 &&
      !(text_.tokens[after].word_class & (kWordFunction | kWordNumber)) &&
      !IsVerbNotNoun(text_.tokens[after].word_class) &&
      !RootsAt(after).trigger.any()) {
    rests[kAfterAdjective] = after + 1;
  }
  bool noun_adjective_rest = false;
  // (إضراب المعتقلين السياسيين عن الطعام: in a noun phrase, also after a definite adjective of a definite genitive, before
  // a rest that opens with its preposition.)
  if (after + 3 < limit && (text_.tokens[after + 1].word_class & kWordPreposition) && text_.tokens[after + 1].prefixes == 0 &&
      rests[kAfterAdjective] == UINT32_MAX && gm >= 0 && cause_end == 0 && !counted &&
      (text_.tokens[j].prefixes & kProAl) && plain_definite(after) && !RootsAt(after).trigger.any()) {
    rests[kAfterAdjective] = after + 1;
    noun_adjective_rest = true;
  }
  if (!counted && after < limit && quantity_end_[after] > after) rests[kAfterCount] = quantity_end_[after];
  if (gm >= 0 && cause_end == 0 && M(gm).is_actor && after < limit) {
    int32_t om = MentionAt(after);
    if (om >= 0 && M(om).is_actor && M(om).first_token == after && !(M(om).prefixes & (kPrepClitics | kProWa))) {
      rests[kAfterObject] = M(om).end_token;
      uint32_t x = M(om).end_token;
      if (x + 2 < limit && plain_definite(x)) rests[kAfterObjectAdjective] = x + 1;
    } else if (after + 2 < limit && plain_definite(after)) {
      rests[kAfterPlainObject] = after + 1;
    }
    // (أمطرت القوات الروسية مدينة خاركيف بالقذائف: or a place, after the noun of its kind or bare, as the verb's first
    // object; the rest is then a complement of two words or more, or one with its preposition and article on it.)
    const uint32_t p = after + 1 < limit && om < 0 && text_.tokens[after].prefixes == 0 &&
                               (WordKindsAt(after) & kDescriptorWord)
                           ? after + 1
                           : after;
    if (int32_t pm = MentionAt(p); pm >= 0 && M(pm).first_token == p && M(pm).is_place() &&
                                   !(M(pm).prefixes & (kPrepClitics | kProWa)) && M(pm).end_token + 1 <= limit &&
                                   rests[kAfterObject] == UINT32_MAX) {
      rests[kAfterObject] = M(pm).end_token;
    }
  }
  if (gm >= 0 && cause_end == 0 && !counted && M(gm).is_actor && M(gm).agent >= 0 && M(gm).record < 0 &&
      M(gm).end_token == j + 1 && after == j + 1 && after + 2 < limit && !(text_.tokens[j].prefixes & kProAl) &&
      text_.tokens[after].kind == TokenKind::kWord && text_.tokens[after].prefixes == kProAl &&
      text_.tokens[after].suffix == Enclitic::kNone && MentionAt(after) < 0 &&
      !(text_.tokens[after].word_class & (kWordFunction | kWordNumber)) && !RootsAt(after).trigger.any()) {
    rests[kAfterGenitive] = after + 1;
    // (أوقف موظفو المصافي الحكومية إضرابا: or after the genitive's adjectives, up to two, each a plain definite word
    // that starts no trigger; the rest is then the verb's marked object, as after the genitive.)
    uint32_t g = after + 1;
    while (g + 1 < limit && g < after + 3 && plain_definite(g) && !RootsAt(g).trigger.any()) ++g;
    if (g > after + 1) rests[kAfterGenitiveAdjective] = g;
  }
  // (توقف عمال ميناء البصرة عن العمل، خرج سكان مدينة غزة إلى الشوارع: the genitive may be a plain noun in construct
  // with a place, a facility or a town named by where it is.)
  if (gm >= 0 && cause_end == 0 && !counted && M(gm).is_actor && M(gm).agent >= 0 && M(gm).record < 0 &&
      M(gm).end_token == j + 1 && after == j + 1 && after + 3 < limit && !(text_.tokens[j].prefixes & kProAl) &&
      text_.tokens[after].kind == TokenKind::kWord && text_.tokens[after].prefixes == 0 &&
      text_.tokens[after].suffix == Enclitic::kNone && MentionAt(after) < 0 &&
      !(text_.tokens[after].word_class & (kWordFunction | kWordNumber)) && !RootsAt(after).trigger.any()) {
    if (int32_t pm = MentionAt(after + 1); pm >= 0 && M(pm).first_token == after + 1 && M(pm).is_place() &&
                                           !(M(pm).prefixes & (kPrepClitics | kProWa)) && M(pm).end_token + 1 < limit) {
      rests[kAfterGenitive] = M(pm).end_token;
    }
  }
  // أنهى عمال شركة مصر للغزل والنسيج إضرابهم، علق موظفو هيئة قناة السويس إضرابهم: the genitive may be a proper
  // name of several words, a named body (a mention of its own, or a plain noun in construct with a name) and the rest
  // of its name after it, one word after لـ with the article and up to two more joined by و with it (للغزل والنسيج،
  // للحديد والصلب); the rest is then the verb's marked object, as after a plain genitive. (Asked only after a one-word
  // generic subject followed by a mention: a few verbs a document.)
  if (gm >= 0 && cause_end == 0 && !counted && M(gm).is_actor && M(gm).agent >= 0 && M(gm).record < 0 &&
      M(gm).end_token == j + 1 && after == j + 1 && after + 2 < limit && !(text_.tokens[j].prefixes & kProAl) &&
      text_.tokens[after].kind == TokenKind::kWord && text_.tokens[after].prefixes == 0) {
    // (The name: a mention at the genitive, or a plain noun and a mention right after it.)
    auto name_at = [&](uint32_t x) {
      const int32_t n = MentionAt(x);
      return n >= 0 && M(n).first_token == x && M(n).prefixes == 0 && (M(n).is_actor || M(n).is_place()) ? n : -1;
    };
    // (أنهى عمال شركة غزل أسيوط إضرابهم: or two plain nouns before the mention, the trade and where the body is.)
    auto plain_noun = [&](uint32_t x) {
      const Token& w = text_.tokens[x];
      return w.kind == TokenKind::kWord && w.prefixes == 0 && w.suffix == Enclitic::kNone && MentionAt(x) < 0 &&
             !(w.word_class & (kWordFunction | kWordNumber)) && !RootsAt(x).trigger.any();
    };
    // (The body's word may be a mention of its own, شركة، مصنع, a name after it or the plain nouns and the name.)
    uint32_t k = limit;
    const int32_t body = name_at(after);
    if (body >= 0 || (MentionAt(after) < 0 && plain_noun(after))) {
      const uint32_t from = body >= 0 ? M(body).end_token : after + 1;
      k = body >= 0 ? from : limit;
      for (uint32_t x = from; x < limit && x <= from + 1; ++x) {
        if (const int32_t n = name_at(x); n >= 0) {
          k = M(n).end_token;
          break;
        }
        if (!plain_noun(x)) break;
      }
    }
    // (The rest of the name: plain words of no mention that start no trigger, للـ first, then وال.)
    auto name_word = [&](uint32_t x, uint8_t prefixes) {
      const Token& w = text_.tokens[x];
      return w.kind == TokenKind::kWord && w.prefixes == prefixes && w.suffix == Enclitic::kNone && MentionAt(x) < 0 &&
             !RootsAt(x).trigger.any();
    };
    if (k + 1 < limit && name_word(k, kProLi | kProAl)) {
      const uint32_t tail = ++k;
      while (k + 1 < limit && k < tail + 2 && name_word(k, kProWa | kProAl)) ++k;
    }
    if (k < limit) rests[kAfterNamedGenitive] = k;
  }
  // (أغلق تجار سوق المدينة محلاتهم، أغلق تجار سوق الذهب في بغداد محلاتهم: or a place of trade or work, a one-word
  // object noun, in construct with a plain definite word or a place, and where it is after في: the rest is then one
  // word with the subject's plural pronoun on it.)
  bool owned_rest = false;
  if (rests[kAfterGenitive] == UINT32_MAX && gm >= 0 && cause_end == 0 && !counted && M(gm).is_actor &&
      M(gm).agent >= 0 && M(gm).record < 0 && M(gm).end_token == j + 1 && after == j + 1 && after + 2 < limit &&
      !(text_.tokens[j].prefixes & kProAl)) {
    const int32_t om = MentionAt(after);
    if (om >= 0 && M(om).object && M(om).first_token == after && M(om).end_token == after + 1 && M(om).prefixes == 0) {
      uint32_t k = after + 1;
      const int32_t pm = MentionAt(k);
      if (pm >= 0 && M(pm).first_token == k && M(pm).is_place() && M(pm).prefixes == 0) {
        k = M(pm).end_token;
      } else if (plain_definite(k)) {
        ++k;
      } else {
        k = limit;
      }
      if (int32_t wm = k < limit ? WhereSubjectIs(k, limit) : -1; wm >= 0) k = M(wm).end_token;
      if (k + 1 < limit && text_.tokens[k].kind == TokenKind::kWord &&
          (text_.tokens[k].suffix == Enclitic::kHum || WordEndsWith(std::string_view(Bare(k)), "هم"))) {
        rests[kAfterGenitive] = k;
        owned_rest = true;
      }
    }
  }
  if (gm >= 0 && cause_end == 0 && M(gm).is_actor && after + 3 < limit && text_.tokens[after].prefixes == 0 &&
      Bare(after) == "في") {
    for (uint32_t k = after + 2; k < limit && k <= after + 4; ++k) {
      const Token& w = text_.tokens[k];
      if (w.kind != TokenKind::kWord) break;
      if (w.prefixes == 0 && (w.word_class & kWordPreposition)) {
        rests[kAfterWhere] = k;
        break;
      }
      // (التزم التجار في أسواق المدينة القديمة بالإضراب: or a one-word complement with its preposition on it.)
      if ((w.prefixes & (kProBi | kProLi)) && !(w.prefixes & (kProWa | kProFa))) {
        rests[kAfterWhere] = k;
        break;
      }
    }
  }
  // فجر مهاجم يرتدي حزاما ناسفا نفسه، فجر رجل كان يقود سيارة مفخخة نفسه: a relative clause on an indefinite subject (a
  // verb in the present, or كان, right after it: an indefinite noun takes no relative pronoun) may stand between the verb
  // and a rest that is a reflexive (نفسه، نفسها، أنفسهم), which names the subject again: the rest is the reflexive, a few
  // words on, in the clause.
  if (gm >= 0 && cause_end == 0 && !counted && M(gm).is_actor && !(text_.tokens[j].prefixes & kProAl) && after + 1 < limit &&
      text_.tokens[after].kind == TokenKind::kWord && text_.tokens[after].prefixes == 0 && MentionAt(after) < 0) {
    const BareText v = Bare(after);
    const std::string_view verb = text_.Norm(text_.tokens[after]);
    const bool relative = v == "كان" || v == "كانت" ||
                          ((text_.tokens[after].word_class & kWordVerb) &&
                           (WordStartsWith(verb, "ي") || WordStartsWith(verb, "ت")));
    for (uint32_t k = after + 1; relative && k < limit && k <= after + 6; ++k) {
      const Token& w = text_.tokens[k];
      if (w.kind != TokenKind::kWord || (w.prefixes & (kProWa | kProFa))) break;
      const BareText r = Bare(k);
      const bool reflexive = w.prefixes == 0 && (r == "نفسه" || r == "نفسها" || r == "انفسهم" || r == "انفسهما" ||
                                                 r == "انفسهن" || (r == "نفس" && w.suffix != Enclitic::kNone));
      if (reflexive) {
        rests[kAfterRelative] = k;
        break;
      }
    }
  }
  const TokenKeys::Keys& tk = rec_.keys.tokens[i];
  // (The trie's nodes for word i's keys are its roots, read once per token: no look-up of the word per rest.)
  const PhraseMatcher::Roots first_nodes = RootsAt(i).trigger;
  for (int kind = kAfterActor; kind <= kAfterNamedGenitive; ++kind) {
    uint32_t rest = rests[kind];
    if (rest >= limit || text_.tokens[rest].kind != TokenKind::kWord) continue;
    bool definite = text_.tokens[rest].prefixes & kProAl;
    // A thing an attack hits (an object noun: فجر مسلحون حافلة) is the verb's object without the article.
    int32_t rest_mention = MentionAt(rest);
    bool object = kind == kAfterActor && rest_mention >= 0 && M(rest_mention).object &&
                  M(rest_mention).first_token == rest;
    for (int k = 0; k < tk.count; ++k) {
      const uint32_t node = first_nodes.node[k];
      if (node == 0) continue;
      const std::vector<uint32_t>* one_word = nullptr;  // the phrase ending at the first word after the actor
      uint32_t end = rest;
      const std::vector<uint32_t>* payloads = RestOfPhrase(node, rest, limit, &end, &one_word);
      if (payloads == nullptr) continue;
      // A longer rest is the complement of a verb (إلى الشوارع), which may follow a count and its actor.
      // One word after the actor is a verb's object whatever its form (بث قناة، بدخول، علاقاتها،
      // جثامين); in a noun phrase it is the adjective, which agrees with the genitive in taking the
      // article (العسكرية), or an object noun.
      bool verb = HasVerbLine(*payloads);
      // (إضراب الأسرى الفلسطينيين عن الطعام، انسحاب روسيا من الاتفاق: a noun's phrase whose rest opens with its
      // preposition, split by the noun's genitive actor.)
      const bool noun_complement = !verb && (kind == kAfterActor || kind == kAfterAdjective) && !counted && cause_end == 0 &&
                                   end >= rest + 2 &&
                                   text_.tokens[rest].prefixes == 0 && (text_.tokens[rest].word_class & kWordPreposition);
      if (kind == kAfterAdjective && noun_adjective_rest && !noun_complement) continue;
      const bool where_complement = kind == kAfterWhere && verb && end == rest + 1 &&
                                    (text_.tokens[rest].prefixes & (kProBi | kProLi));
      if (!(verb && end >= rest + 2) && !noun_complement && !where_complement) {
        // (علق عمال النفط إضرابا، أوقف موظفو الإدارات العامة إضرابهم: after a genitive, a one-word rest of a verb's
        // line that is marked as its object, by the article, a pronoun or the accusative's alif.)
        const std::string_view last = Bare(rest);
        const bool marked_object = one_word != nullptr && HasVerbLine(*one_word) &&
                                   (definite || text_.tokens[rest].suffix != Enclitic::kNone ||
                                    WordEndsWith(last, "هم") ||
                                    (text_.tokens[rest].prefixes == 0 && EndsInAccusativeAlif(last, 2)));
        if (((kind == kAfterGenitive || kind == kAfterGenitiveAdjective || kind == kAfterNamedGenitive) &&
             !owned_rest && !marked_object) ||
            kind == kAfterWhere || kind == kAfterPlainObject) {
          continue;
        }
        // After a count and its actor, a one-word rest of a verb phrase must show it is one: the
        // article or a pronoun (أطلق ثلاثة مسلحين النار، لقي 15 شخصا حتفهم).
        if (one_word == nullptr) continue;
        verb = HasVerbLine(*one_word);
        // (A plural pronoun the text layer left on its word, أنفسهم، أسلحتهم, marks it too.)
        std::string_view bare = Bare(rest);
        bool marked = definite || text_.tokens[rest].suffix != Enclitic::kNone || WordEndsWith(bare, "هم") ||
                      WordEndsWith(bare, "هما") || WordEndsWith(bare, "هن");
        if (counted && !(marked && verb)) continue;
        // (After the adjective of an indefinite crowd, a verb's object without the article too: نصب محتجون غاضبون
        // حواجز.)
        bool verb_object = verb && (kind != kAfterAdjective ||
                                    (!(text_.tokens[j].prefixes & kProAl) && CueEndAt(j, limit, CueKind::kCrowd) > j));
        if (!(definite || object || verb_object)) continue;
        payloads = one_word;
        end = rest + 1;
      }
      if ((kind != kAfterActor || verb_only) && !verb && !noun_complement) continue;
      // (After a violent event as subject, only a phrase of killing or wounding, whose rest is no
      // trigger of its own: أسفر الهجوم عن مقتل is read as its verb of result and the noun.)
      if (cause_end > 0) {
        bool own_trigger = false;
        for (uint32_t x = rest; x < end; ++x) own_trigger = own_trigger || RootsAt(x).trigger.any();
        if (kind != kAfterActor || !verb || !KillOrInjureLine(*payloads) || own_trigger) continue;
      }
      // A one-word trigger read as a protest phrase (أحرق الإطارات) needs an indefinite crowd as subject,
      // as a crowd's act does (CrowdSubject): أحرق المتظاهرون الإطارات is an act of protesters named
      // before, of the protest reported before.
      // (A hunger strike, 142, is the protest itself, not an act of one: أضرب الأسرى عن الطعام. A strike's
      // own verb, أضرب، stays the one-word trigger: أضرب العمال عن العمل. So is an act of dissent, 140: a walkout
      // or a boycott of a session, انسحب نواب المعارضة من الجلسة، قاطع الوزراء جلسة الحكومة. So is work stopped by
      // those who do it, a `worker_doer` line: أوقف المعلمون الدراسة، توقف العمال عن العمل. So are chants against
      // someone, an `after_chant` phrase: ردد المشيعون هتافات ضد الحكومة, which AfterChant reads.)
      // (A phrase that also has a line of another kind, أغلق مقر 172 beside a crowd's 144, is read as that line with
      // any other subject: أغلقت السلطات مقر الحزب; ChooseRecord takes the crowd's line only after a crowd.)
      if (verb_only && (!CueStartsAt(j, CueKind::kCrowd) || (text_.tokens[j].prefixes & kProAl) != 0)) {
        bool protest = false;
        bool own_protest = true;
        bool other = false;
        for (uint32_t p : *payloads) {
          const std::string& cameo = trig_.trigger(p).cameo;
          const CameoCode* code = ont_.Find(cameo);
          other = other || (code != nullptr && code->plover_type != PloverType::kProtest);
          if (code == nullptr || code->plover_type != PloverType::kProtest) continue;
          protest = true;
          // (Nor is blocking a road or a street, 144, by civilian people: a sector, families, residents, drivers, of no
          // state's agents and no armed group, أغلق مزارعون غاضبون الطريق السريع، قطع سائقو الشاحنات الطريق الدولي. The
          // army or the police closing a road, أغلقت قوات الأمن الطريق, is no protest.)
          // (Protesters named with the article, قطع المتظاهرون طرقا, do an act of the protest told before, as above.)
          // (CueEndAt, a match: the cues after `i` are not indexed yet.)
          const bool civilians_block = WordStartsWith(cameo, "144") && CueEndAt(j, limit, CueKind::kCrowd) <= j &&
                                       gm >= 0 && M(gm).is_actor && !M(gm).object &&
                                       M(gm).record < 0 && M(gm).agent >= 0 && !IsStateAgent(M(gm).sector) &&
                                       !IsArmed(M(gm).sector) &&
                                       lex_.agents()[M(gm).agent].kind_id == AgentKind::kGroup;
          // (Nor is a phrase read only with a word of protest purpose after it, which shows its own protest: أغلق التجار
          // محالهم احتجاجا على الضرائب.)
          own_protest = own_protest &&
                        (WordStartsWith(cameo, "142") || cameo == "140" || civilians_block ||
                         (trig_.trigger(p).flags & (kFlagWorkerDoer | kFlagAfterChant | kFlagProtestPurpose)));
        }
        if (protest && !own_protest && !other) continue;
      }
      const int32_t idx = AddSplitHit(i, rest, end, payloads);
      if (pronoun_prep != UINT32_MAX) token_trigger_[pronoun_prep] = idx;
      return true;
    }
  }
  return false;
}

bool DocumentCoder::DateSplit(uint32_t i, uint32_t limit) {
  // A verb whose subject stands before it (وكانت القوات قد شنت أمس غارات، المحكمة أصدرت الأسبوع الماضي
  // أحكاما): a date or an adverb between the verb and the rest of its phrase, as after a subject
  // (SplitNounPhrase). Only a verb line, and only a rest that is no name.
  // (A date or an adverb is a cue: a next word that starts none, nearly all, costs no more.)
  if (text_.tokens[i].kind != TokenKind::kWord || MentionAt(i + 1) >= 0 || !RootsAt(i + 1).cue.any()) return false;
  // (PastInsertion's first step, asked first: a word that opens no adverb or time, most, is passed without its call.
  // `limit` is the end of the sentence of i + 1, as there.)
  if (text_.tokens[i + 1].kind != TokenKind::kWord || CueEndAt(i + 1, limit, CueKind::kAdverb, CueKind::kTime) == 0) {
    return false;
  }
  uint32_t rest = std::min(PastInsertion(i + 1), limit);
  if (rest == i + 1 || rest >= limit || text_.tokens[rest].kind != TokenKind::kWord || MentionAt(rest) >= 0) return false;
  uint32_t end = rest;
  const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::HasVerbLine);
  if (payloads == nullptr) return false;
  AddSplitHit(i, rest, end, payloads);
  return true;
}

bool DocumentCoder::PartiesSplit(uint32_t i, uint32_t limit) {
  // (The dual with the article and nothing else, no name: the two parties told before, PartiesNamedByDual.)
  const uint32_t j = i + 1;
  const Token& d = text_.tokens[j];
  if (text_.tokens[i].kind != TokenKind::kWord || d.kind != TokenKind::kWord || d.prefixes != kProAl ||
      d.suffix != Enclitic::kNone || MentionAt(j) >= 0 || !(WordKindsAt(j) & kPartiesWord)) {
    return false;
  }
  const uint32_t rest = j + 1;
  if (rest >= limit || text_.tokens[rest].kind != TokenKind::kWord || MentionAt(rest) >= 0) return false;
  uint32_t end = rest;
  const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::HasVerbLine);
  if (payloads == nullptr) return false;
  AddSplitHit(i, rest, end, payloads);
  return true;
}

bool DocumentCoder::IyyaAt(uint32_t k) const {
  if (k >= text_.tokens.size() || text_.tokens[k].kind != TokenKind::kWord) return false;
  std::string_view w = BareWord(text_.Norm(text_.tokens[k]));
  return w == "اياه" || w == "اياها" || w == "اياهم" || w == "اياهما" || w == "اياهن";
}

bool DocumentCoder::AccusingParticipleAt(uint32_t k) const {
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord || w.prefixes != 0 || w.suffix != Enclitic::kNone || k + 1 >= text_.tokens.size()) {
    return false;
  }
  const Sentence& s = text_.sentences[w.sentence];
  // (A main clause before it; عشرة متهمين: a count of the accused of a court.)
  if (k < s.first_token + 2 || k + 1 >= s.end_token || count_ends_before_[k]) return false;
  if (IyyaAt(k + 1)) return true;
  // (Before a named accused, a comma sets it off the main clause: without one the indefinite word after a verb
  // and its subject may be their object, اعتقلت الشرطة متهما سوريا "a Syrian accused".)
  // (Nor does a definite object of the main verb, no actor, right after its subject: an indefinite word cannot
  // be its adjective, رفضت الحكومة الصومالية الاتفاق متهمة إثيوبيا.)
  if (text_.tokens[k - 1].kind != TokenKind::kPunct) {
    const Token& o = text_.tokens[k - 1];
    int32_t subject = MentionAt(k - 2);
    bool definite_object = o.kind == TokenKind::kWord && o.prefixes == kProAl && o.suffix == Enclitic::kNone &&
                           MentionAt(k - 1) < 0 && !(o.word_class & (kWordFunction | kWordNumber)) && subject >= 0 &&
                           M(subject).is_actor && M(subject).end_token == k - 1 && !(M(subject).prefixes & kPrepClitics);
    if (!definite_object) return false;
  }
  int32_t m = MentionAt(k + 1);
  return m >= 0 && M(m).first_token == k + 1 && M(m).is_actor && !M(m).object &&
         !(M(m).prefixes & (kPrepClitics | kProWa | kProFa));
}

bool DocumentCoder::DoerInsideLine(const std::vector<uint32_t>& payloads) const {
  for (uint32_t p : payloads) {
    if (trig_.trigger(p).flags & kFlagDoerInside) return true;
  }
  return false;
}

bool DocumentCoder::MachineSubjectSplit(uint32_t i, uint32_t limit) {
  // أسقطت طائرات أردنية مساعدات على غزة: "downed Jordanian aircraft" would leave مساعدات without a place in
  // the sentence; the aircraft are the subject (as in قصفت الطائرات الإسرائيلية), and what follows their
  // nationality is the verb's object, a rest of the verb's own phrase (أسقط مساعدات, airdropped aid).
  uint32_t j = i + 1;
  // (The tests of the token's own fields first: the word kinds are a look-up.)
  if (j + 2 >= limit || MentionAt(j) >= 0 || (text_.tokens[j].prefixes & ~kProAl) || !(WordKindsAt(j) & kMachineWord)) {
    return false;
  }
  uint32_t d = j + 1;
  // (one adjective of its own: طائرات عسكرية أردنية)
  if (NationalityAt(d) < 0 && MentionAt(d) < 0 && !RootsAt(d).trigger.any() && text_.tokens[d].kind == TokenKind::kWord &&
      !(text_.tokens[d].word_class & (kWordFunction | kWordNumber | kWordVerb)) && (text_.tokens[d].prefixes & ~kProAl) == 0) {
    ++d;
  }
  int32_t m = d < limit ? NationalityAt(d) : -1;
  // (شنت طائرات قيل إنها روسية غارات: the state they are supposed to be of.)
  if (m < 0) m = SupposedStateAt(d, limit);
  if (m < 0 || (M(m).prefixes & ~kProAl)) return false;
  uint32_t rest = M(m).end_token;
  // (a list of nationalities: طائرات أمريكية وأردنية)
  for (int32_t n = m + 1; n < static_cast<int32_t>(rec_.mentions.size()); ++n) {
    if (M(n).first_token != rest || !(M(n).prefixes & kProWa) || NationalityAt(rest) != n) break;
    rest = M(n).end_token;
  }
  // (A date may follow the subject: شنت الطائرات الإسرائيلية صباح اليوم غارات.)
  rest = std::min(PastInsertion(rest), limit);
  if (rest >= limit || text_.tokens[rest].kind != TokenKind::kWord) return false;
  uint32_t end = rest;
  const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::HasVerbLine);
  if (payloads == nullptr) return false;
  AddSplitHit(i, rest, end, payloads);
  return true;
}

bool DocumentCoder::HasVerbLine(const std::vector<uint32_t>& payloads) const {
  for (uint32_t p : payloads) {
    if (!trig_.trigger(p).noun) return true;
  }
  return false;
}

uint32_t DocumentCoder::ViolentNounSubject(uint32_t j, uint32_t limit) const {
  const Token& w = text_.tokens[j];
  if (w.kind != TokenKind::kWord || (w.prefixes & ~kProAl)) return 0;
  PhraseMatcher::Roots roots = RootsAt(j).trigger;
  if (!roots.any()) return 0;
  PhraseMatcher::Match hit = trig_.triggers().Longest(rec_.keys, j, limit, roots);
  violent_match_at_ = j;
  violent_match_limit_ = limit;
  violent_match_ = hit;
  if (hit.length == 0) return 0;
  for (uint32_t p : *hit.payloads) {
    const TriggerRecord& r = trig_.trigger(p);
    const CameoCode* code = ont_.Find(r.cameo);
    if (r.noun && code != nullptr && code->plover_type == PloverType::kAssault) return j + hit.length;
  }
  return 0;
}

int32_t DocumentCoder::WhereSubjectIs(uint32_t k, uint32_t limit) const {
  if (k + 2 >= limit || text_.tokens[k].prefixes != 0 || Bare(k) != "في") return -1;
  // (actors54) خطف مسلحون في ضواحي مدينة غوساو، في منطقة كايس: a word of direction (ضواحي، أطراف، شمال) and one
  // that names the place's kind (مدينة، منطقة) may stand before the place.
  uint32_t j = k + 1;
  // (Not a site of a town, شوارع، ساحة: خرج المحتجون في شوارع بغداد is the phrase of a protest.)
  auto before_place = [&](uint32_t w, uint64_t kinds) {
    const uint64_t of = WordKindsAt(w);
    return MentionAt(w) < 0 && text_.tokens[w].prefixes == 0 && (of & kinds) &&
           !((of & kTownSiteWord) && !(of & kDirectionWord));
  };
  for (uint64_t kinds = kDirectionWord | kDescriptorWord; j + 1 < limit && before_place(j, kinds); ++j) {
    kinds &= ~(WordKindsAt(j) & kDirectionWord ? kDirectionWord : kDescriptorWord);
  }
  int32_t pm = MentionAt(j);
  bool place = pm >= 0 && M(pm).is_place() && M(pm).first_token == j && !(M(pm).prefixes & ~kProAl) &&
               M(pm).end_token < limit;
  if (!place) return -1;
  // (خطف أفراد عصابة في مدينة كاب هايسيان شمالي هايتي: so may the place it is named by its direction from, after it.)
  if (const uint32_t e = M(pm).end_token;
      e + 2 < limit && MentionAt(e) < 0 && text_.tokens[e].prefixes == 0 && (WordKindsAt(e) & kDirectionWord)) {
    const int32_t q = MentionAt(e + 1);
    if (q >= 0 && (M(q).is_place() || StatePlace(q)) && M(q).first_token == e + 1 && !(M(q).prefixes & ~kProAl) &&
        M(q).end_token < limit) {
      pm = q;
    }
  }
  return pm;
}

int32_t DocumentCoder::GroupBelongedTo(uint32_t k, uint32_t limit, bool* supposed) const {
  *supposed = false;
  if (k + 2 >= limit || text_.tokens[k].kind != TokenKind::kWord) return -1;
  // مسلحون تابعون لحركة الشباب، الطائرات الحربية التابعة للجيش السوداني: the owner, after لـ, of what a
  // word of belonging follows.
  if (!(text_.tokens[k].prefixes & ~kProAl) && BelongingAt(k)) {
    int32_t m = MentionAt(k + 1);
    return m >= 0 && M(m).is_actor && M(m).first_token == k + 1 &&
                   (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) == kProLi
               ? m
               : -1;
  }
  if (text_.tokens[k].prefixes != 0) return -1;
  // طائرات حربية يعتقد أنها روسية، مسلحون يرجح أنهم من حركة الشباب، زوارق قيل إنها إيرانية: a supposition about who
  // they are (a cue of opinion, allegation or likelihood; أنّ or إنّ with their pronoun, after في or بـ too: يشتبه في
  // أنها) names the side they are supposed to be of, after من or right away: an actor, or a nationality (no actor).
  // (أنّ with its pronoun first, right after the cue's one word or after its في: most words are followed by none, and
  // cost no look-up of a cue.)
  auto an_pronoun = [&](uint32_t j, BareText w) {
    const Token& an = text_.tokens[j];
    return !(an.prefixes & ~kProBi) &&
           ((w == "ان" && an.suffix != Enclitic::kNone) || w == "انها" || w == "انهم" || w == "انه" || w == "انهما");
  };
  // (Only a word that opens a cue can: the cue's roots first, kept per word type.)
  const BareText next = RootsAt(k).cue.any() ? Bare(k + 1) : BareText{};
  uint32_t an = next.empty()   ? 0
                : next == "في" ? (an_pronoun(k + 2, Bare(k + 2)) ? k + 2 : 0)
                : an_pronoun(k + 1, next) ? k + 1
                                          : 0;
  if (an > 0 && (CueEndAt(k, an, CueKind::kOpinion, CueKind::kAlleged) == k + 1 ||
                 CueEndAt(k, an, CueKind::kHypothetical) == k + 1)) {
    uint32_t j = an + 1;
    if (j + 1 < limit && text_.tokens[j].prefixes == 0 && Bare(j) == "من") ++j;
    // (يعتقد أنهم من فرع داعش في الساحل، من جناح حركة الشباب: a branch or a wing is of the group named after it.)
    if (j + 1 < limit && text_.tokens[j].prefixes == 0 && MentionAt(j) < 0 && (Bare(j) == "فرع" || Bare(j) == "جناح")) ++j;
    int32_t m = j < limit ? MentionAt(j) : -1;
    if (m < 0 || M(m).first_token != j || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) return -1;
    *supposed = true;
    return M(m).is_actor || NationalityAt(j) == m ? m : -1;
  }
  uint32_t j = k;
  if (Bare(j) == "يشتبه" || Bare(j) == "يعتقد") {
    *supposed = true;
    ++j;
    if (j + 2 < limit && Bare(j) == "في" && text_.tokens[j].prefixes == 0) ++j;
  }
  BareText w = Bare(j);
  if (w != "انتمائهم" && w != "انتماءهم" && w != "ينتمون" && w != "ينتمي" && w != "انتمائه") return -1;
  uint32_t g = j + 1;
  if (g + 1 < limit && Bare(g) == "الي" && text_.tokens[g].prefixes == 0) ++g;
  // (ينتمون إلى «جماعة نصرة الإسلام والمسلمين»: the name may open with a quotation mark.)
  if (g + 1 < limit && text_.tokens[g].kind == TokenKind::kPunct && (QuoteKind(text_.Norm(text_.tokens[g])) & 1)) ++g;
  int32_t m = g < limit ? MentionAt(g) : -1;
  return m >= 0 && M(m).is_actor && M(m).first_token == g && !(M(m).prefixes & kProWa) ? m : -1;
}

int32_t DocumentCoder::SupposedStateAt(uint32_t k, uint32_t limit) const {
  // (Only a cue with no clitic can open a supposition: most tokens start none and cost no more.)
  if (k >= limit || text_.tokens[k].prefixes != 0 || !RootsAt(k).cue.any()) return -1;
  bool supposed = false;
  int32_t m = GroupBelongedTo(k, limit, &supposed);
  if (m < 0 || !supposed || M(m).country.empty()) return -1;
  // (A state's name that reads as its nationality, تركية, is a state actor.)
  bool state = M(m).is_actor && M(m).record >= 0 && lex_.record(M(m).record).is_state;
  return !M(m).is_actor || state ? m : -1;
}

uint32_t DocumentCoder::AfterGroupOfOrigin(uint32_t k, uint32_t limit) const {
  // مسلحون ينتمون لتنظيم داعش، مسلحون يشتبه في انتمائهم إلى حركة الشباب: the group they are said or suspected
  // to belong to.
  // (A word with a clitic other than the article, most often the next one, opens neither: no call.)
  if (k + 2 >= limit || text_.tokens[k].kind != TokenKind::kWord || (text_.tokens[k].prefixes & ~kProAl)) return k;
  // (A closing quotation mark after the group's name is part of it: من «جبهة تحرير ماسينا».)
  auto past_quote = [&](uint32_t e) {
    bool closing = e < limit && text_.tokens[e].kind == TokenKind::kPunct && (QuoteKind(text_.Norm(text_.tokens[e])) & 2);
    return closing ? e + 1 : e;
  };
  bool supposed = false;
  if (int32_t g = GroupBelongedTo(k, limit, &supposed); g >= 0) return past_quote(M(g).end_token);
  // مسلحون من «جبهة تحرير ماسينا»، عناصر تابعون لجهاز المخابرات، مقاتلون من جماعة «أنصار الإسلام»: the group after من or
  // a word of affiliation (GroupAfterOf: past إلى, a quotation mark, the head noun of a quoted name); لـ may be on the
  // name after a word of affiliation, not after من.
  const bool of = Bare(k) == "من" && text_.tokens[k].prefixes == 0;
  const uint32_t f = GroupAfterOf(k, limit);
  int32_t m = f < limit ? MentionAt(f) : -1;
  if (m < 0 || !M(m).is_actor || M(m).first_token != f || (M(m).prefixes & (of ? kPrepClitics | kProWa : kProWa))) {
    return k;
  }
  return past_quote(M(m).end_token);
}

uint32_t DocumentCoder::AfterSubjectGenitive(int32_t s, uint32_t limit) const {
  uint32_t k = M(s).end_token;
  const Token& head = text_.tokens[k - 1];
  std::string_view w = Bare(k - 1);
  // (A head in construct has no article, no pronoun and no ن of a sound plural: مسلحون is no head.)
  bool construct = M(s).record < 0 && M(s).agent >= 0 && !M(s).is_place() && M(s).first_token + 1 == k && !(head.prefixes & kProAl) &&
                   head.suffix == Enclitic::kNone && !WordEndsWith(w, "ون") && !WordEndsWith(w, "ين") &&
                   !WordEndsWith(w, "ان");
  if (!construct || k >= limit) return k;
  int32_t g = MentionAt(k);
  if (g < 0 || M(g).first_token != k || !M(g).is_actor || text_.tokens[k].prefixes != kProAl) return k;
  return M(g).end_token;
}

bool DocumentCoder::GatheringAt(uint32_t k) const {
  int32_t h = token_trigger_[k];
  if (h < 0 || hits_[h].first != k) return false;
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  const CameoCode* code = r != nullptr ? ont_.Find(r->cameo) : nullptr;
  return code != nullptr && code->plover_type == PloverType::kProtest;
}

const TriggerRecord* DocumentCoder::ViolentNounRecord(int32_t h) const {
  if (h < 0) return nullptr;
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  const CameoCode* code = r != nullptr && r->noun ? ont_.Find(r->cameo) : nullptr;
  return code != nullptr && code->plover_type == PloverType::kAssault ? r : nullptr;
}

bool DocumentCoder::TollNounAt(size_t h) const {
  if (hit_verb_[h]) return false;
  // (Most hits have no line of killing or wounding at all: asked first, as it is cheaper than the choice.)
  if (!AnyLineHas(h, kFlagKill | kFlagInjure)) return false;
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  return r != nullptr && r->noun && (r->flags & (kFlagKill | kFlagInjure));
}

int32_t DocumentCoder::GroupAdjectiveAt(uint32_t k) const {
  int32_t m = MentionAt(k);
  if (m < 0 || M(m).first_token != k || M(m).end_token != k + 1 || !M(m).is_actor || M(m).record < 0 || M(m).is_place() ||
      (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) {
    return -1;
  }
  const ActorRecord& r = lex_.record(M(m).record);
  std::string_view w = text_.Stem(text_.tokens[k]);
  return !r.is_person && !r.is_state && (w.ends_with("يه") || w.ends_with("ي")) ? m : -1;
}

int32_t DocumentCoder::NationalityAt(uint32_t k) const {
  int32_t m = MentionAt(k);
  if (m < 0 || M(m).first_token != k || M(m).is_actor || M(m).is_place() || M(m).demonym < 0 || M(m).country.empty()) {
    return -1;
  }
  return m;
}

uint32_t DocumentCoder::CueEndAt(uint32_t k, uint32_t end, CueKind kind) const { return CueEndAt(k, end, kind, kind); }

uint32_t DocumentCoder::CueEndAt(uint32_t k, uint32_t end, CueKind kind, CueKind other) const {
  // (Read from the per-token match, not from the cue index: the split phrases ask before the index reaches
  // k. The match within k's sentence is the one within `end` too when it ends by `end`: the longest phrase
  // under a tighter bound, found first in the same order.)
  if (k >= end) return 0;
  const PhraseMatcher::Roots roots = RootsAt(k).cue;
  if (!roots.any()) return 0;
  const uint32_t sentence_end = text_.sentences[text_.tokens[k].sentence].end_token;
  // (The per-token matches are sized by FindTriggersAndCues: a caller before it matches here.)
  const bool kept = end <= sentence_end && k < cue_match_.size();
  PhraseMatcher::Match cue;
  if (kept) cue = CueMatchAt(k, sentence_end, roots);
  if (!kept || k + cue.length > end) cue = trig_.cues().Longest(rec_.keys, k, end, roots);
  if (cue.length == 0) return 0;
  for (uint32_t p : *cue.payloads) {
    const CueKind found = trig_.cue(p).kind;
    if (found == kind || found == other) return k + cue.length;
  }
  return 0;
}

uint32_t DocumentCoder::InsertionOpening(uint32_t k, const Clause& c) const {
  constexpr uint32_t kInsertionReach = 16;  // as far as PastInsertion looks for an insertion's closing comma
  if (k <= c.first_token + 1 || text_.tokens[k - 1].kind != TokenKind::kPunct) return k;
  for (uint32_t j = k - 1; j-- > c.first_token && j + kInsertionReach > k;) {
    if (text_.tokens[j].kind == TokenKind::kPunct) return PastInsertion(j) == k ? j : k;
  }
  return k;
}

uint32_t DocumentCoder::PastInsertion(uint32_t k) const {
  if (k >= text_.tokens.size()) return k;
  // (A word that opens no cue opens no adverb or time, and no insertion, which a comma opens: most words after a
  // subject, passed at once.)
  if (text_.tokens[k].kind == TokenKind::kWord && !RootsAt(k).cue.any()) return k;
  const uint32_t end = text_.sentences[text_.tokens[k].sentence].end_token;
  // The insertions that open with these words say where the news comes from or in what
  // circumstance it happened, or describe the subject.
  auto opener = [&](uint32_t j) {
    BareText w = Bare(j);
    if (w == "في" || w == "خلال" || w == "وفق" || w == "وفقا" || w == "بحسب" || w == "حسب" || w == "نقلا" ||
        w == "عبر" || w == "اثر" || w == "اثناء" || CueEndAt(j, end, CueKind::kRelative, CueKind::kTime) > 0) {
      return true;
    }
    if (w == "علي" && j + 1 < end && Bare(j + 1) == "لسان") return true;
    // (An apposition: a definite noun after the subject's name, الجناح العسكري لحركة حماس; or, after a place's name, a
    // noun of a place's kind in construct, مدينة كادقلي، عاصمة ولاية جنوب كردفان.)
    int32_t before = MentionAt(j - 2);
    if (before < 0 || M(before).end_token != j - 1) return false;
    if (M(before).is_place() && text_.tokens[j].prefixes == 0 && (WordKindsAt(j) & kDescriptorWord)) return true;
    return text_.tokens[j].prefixes == kProAl && M(before).is_actor;
  };
  for (int steps = 0; steps < 4 && k < end; ++steps) {
    uint32_t next = k;
    if (text_.tokens[k].kind == TokenKind::kWord) {
      next = std::max(k, CueEndAt(k, end, CueKind::kAdverb, CueKind::kTime));
    } else if (CommaAt(k) && k + 2 < end && k > 0 && opener(k + 1)) {
      for (uint32_t j = k + 2; j + 1 < end && j < k + 16; ++j) {
        if (text_.tokens[j].kind != TokenKind::kPunct) continue;
        if (CommaAt(j) && !(text_.tokens[j + 1].prefixes & (kProWa | kProFa))) next = j + 1;
        break;
      }
    }
    if (next == k) break;
    k = next;
  }
  return k;
}

Members DocumentCoder::NationalityList(int32_t m, uint32_t end) const {
  Members list{m};
  const uint8_t definite = M(m).prefixes & kProAl;
  for (uint32_t k = M(m).end_token; k < end;) {
    int32_t n = NationalityAt(k);
    if (n < 0 || (M(n).prefixes & ~kProAl) != kProWa || (M(n).prefixes & kProAl) != definite) break;
    list.push_back(n);
    k = M(n).end_token;
  }
  return list;
}

bool DocumentCoder::KillOrInjureLine(const std::vector<uint32_t>& payloads) const {
  for (uint32_t p : payloads) {
    const TriggerRecord& r = trig_.trigger(p);
    if (!r.noun && (r.flags & (kFlagKill | kFlagInjure))) return true;
  }
  return false;
}

bool DocumentCoder::NoEventPhrase(const std::vector<uint32_t>& payloads) const {
  for (uint32_t p : payloads) {
    if (trig_.trigger(p).cameo != "-") return false;
  }
  return true;
}

bool DocumentCoder::DescribingNoEventAt(uint32_t k) const {
  const int32_t h = token_trigger_[k];
  if (h < 0 || !NoEventPhrase(*hit_payloads_[h])) return false;
  const uint32_t first = hits_[h].first;
  if ((text_.tokens[first].prefixes & kPrepClitics) || CueEndsBefore(first, CueKind::kPreposition)) return true;
  // (Or right after a noun of people or an actor, as its adjective: شاب مصاب بمرض نفسي، امرأة مصابة باضطرابات.)
  const int32_t m = first > 0 ? MentionAt(first - 1) : -1;
  return m >= 0 && M(m).end_token == first && M(m).is_actor && !M(m).is_place();
}

bool DocumentCoder::SharesType(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) const {
  for (uint32_t x : a) {
    const PloverType tx = trig_.trigger(x).plover;
    // (A verdict headline's line is read in a verdict headline only, never in the rest of a phrase: قضت المحكمة
    // بإعدام is one sentence, the 116 headline line of إعدام no second one.)
    if (tx == PloverType::kNone || VerdictLine(trig_.trigger(x))) continue;
    for (uint32_t y : b) {
      if (trig_.trigger(y).plover == tx) return true;
    }
  }
  return false;
}

const std::vector<uint32_t>* DocumentCoder::RestOfPhrase(uint32_t node, uint32_t rest, uint32_t limit, uint32_t* end,
                                                          const std::vector<uint32_t>** one_word) const {
  // The rest of a phrase from trie node `node` on, as Longest() walks it: a word with a clitic
  // continues it only whole.
  const PhraseMatcher& tm = trig_.triggers();
  const std::vector<uint32_t>* payloads = nullptr;
  // (Five words: في إضراب مفتوح عن الطعام.)
  limit = std::min(limit, rest + 5);
  for (uint32_t x = rest; x < limit && node != 0; ++x) {
    const TokenKeys::Keys& xk = rec_.keys.tokens[x];
    if (xk.count == 2 && !xk.attached && text_.tokens[x].suffix != Enclitic::kNone) {
      // A word with a pronoun (سفيرها) goes on both as its stem and as its whole form: the longer phrase
      // wins, and at equal length the line that lists the whole form (استدعت سفيرها, 161: its own
      // ambassador), which says more than its stem's (استدعى السفير, 114).
      const std::vector<uint32_t>* best = nullptr;
      uint32_t best_end = 0;
      for (int key : {1, 0}) {
        uint32_t id = tm.WordId(xk.key[key], xk.hash[key]);
        uint32_t child = id == PhraseMatcher::kNoWord ? 0 : tm.Step(node, id);
        if (child == 0) continue;
        const std::vector<uint32_t>* here = tm.Payloads(child);
        if (x == rest && here != nullptr && *one_word == nullptr) *one_word = here;
        uint32_t deeper_end = 0;
        const std::vector<uint32_t>* ignored = nullptr;
        const std::vector<uint32_t>* deeper = RestOfPhrase(child, x + 1, limit, &deeper_end, &ignored);
        if (deeper != nullptr && deeper_end > best_end) best = deeper, best_end = deeper_end;
        if (here != nullptr && x + 1 > best_end) best = here, best_end = x + 1;
      }
      if (best != nullptr) {
        payloads = best;
        *end = best_end;
      }
      return payloads;
    }
    uint32_t next = 0;
    for (int a = (xk.attached && xk.count == 2) ? 1 : 0; a < xk.count && next == 0; ++a) {
      uint32_t id = tm.WordId(xk.key[a], xk.hash[a]);
      if (id != PhraseMatcher::kNoWord) next = tm.Step(node, id);
    }
    node = next;
    if (node != 0 && tm.Payloads(node) != nullptr) {
      payloads = tm.Payloads(node);
      *end = x + 1;
      if (x == rest) *one_word = payloads;
    }
  }
  return payloads;
}

bool DocumentCoder::PhraseAcrossCount(uint32_t i, uint32_t limit) {
  // أسقطت خمس طائرات، إسقاط خمس طائرات: the count stands between the word and the rest of its phrase; the
  // counted noun is the phrase's object, as it is without the count (أسقطت طائرات).
  // (A count with no unit of its own: خمس، 12; not a distance or a sum.)
  if (i + 2 >= limit || text_.tokens[i].kind != TokenKind::kWord || quantity_end_[i + 1] <= i + 1 ||
      !count_ends_before_[quantity_end_[i + 1]]) {
    return false;
  }
  uint32_t rest = quantity_end_[i + 1];
  if (rest >= limit || text_.tokens[rest].kind != TokenKind::kWord || token_trigger_[rest] >= 0) return false;
  uint32_t end = rest;
  const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::NotNoEventPhrase);
  if (payloads == nullptr) return false;
  AddSplitHit(i, rest, end, payloads);
  return true;
}

bool DocumentCoder::ActorSubjectWithObject(const TriggerHit& t) const {
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  uint32_t opening = OpeningAfter(s.first_token, t.first);
  int32_t subject = opening < t.first ? MentionAt(opening) : -1;
  if (subject < 0 || !M(subject).is_actor || M(subject).first_token != opening || M(subject).end_token != t.first ||
      IsPrepositional(subject) || t.end >= s.end_token) {
    return false;
  }
  // (Not a preposition after it: الجيش توقف عن القتال is the Form V verb, "stopped".)
  const Token& o = text_.tokens[t.end];
  if (o.kind != TokenKind::kWord || (o.prefixes & kPrepClitics)) return false;
  // An actor named right after it is its object, whatever else its word could be (مشتبها به, also read as
  // a participle of اشتبه): الشرطة توقف مشتبها به.
  int32_t object = MentionAt(t.end);
  if (object >= 0 && M(object).first_token == t.end && M(object).is_actor && !M(object).is_place()) return true;
  return !(o.word_class & (kWordFunction | kWordPreposition | kWordVerb));
}

bool DocumentCoder::AnyWordText(std::string_view n) {
  // (Compared as normalized, alef and ta marbuta folded, by length first: a string compare is a call.)
  if (n.size() == 4) return TextEqual(n, "اي");
  return TextEqual(n, "ايه") || TextEqual(n, "اية");
}

bool DocumentCoder::PhraseAcrossAny(uint32_t i, uint32_t limit) {
  // نفى الجيش شن أي هجوم، لم يطلق أي صاروخ: "any" stands between the word and the rest of its phrase,
  // whose object it quantifies; the phrase is the one read without it (شن هجوم، أطلق صاروخ).
  if (i + 2 >= limit || text_.tokens[i].kind != TokenKind::kWord || !AnyWordAt(i + 1)) return false;
  uint32_t rest = i + 2;
  if (text_.tokens[rest].kind != TokenKind::kWord || token_trigger_[rest] >= 0) return false;
  uint32_t end = rest;
  // (A verb phrase: after a noun, دوي أي انفجار، the noun after أي is the trigger alone.)
  const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::HasVerbLine);
  if (payloads == nullptr || NoEventPhrase(*payloads)) return false;
  AddSplitHit(i, rest, end, payloads);
  return true;
}

int32_t DocumentCoder::AddSplitHit(uint32_t i, uint32_t rest, uint32_t end, const std::vector<uint32_t>* payloads) {
  const int32_t idx = static_cast<int32_t>(hits_.size());
  hits_.push_back({i, i + 1, 0, rest, end});
  hit_payloads_.push_back(payloads);
  token_trigger_[i] = idx;
  for (uint32_t x = rest; x < end; ++x) token_trigger_[x] = idx;
  return idx;
}

const std::vector<uint32_t>* DocumentCoder::PhraseFrom(uint32_t i, uint32_t rest, uint32_t limit, uint32_t* end,
                                                       PayloadTest accept) {
  // (The trie's nodes for word i's keys are its roots, read once per token: RootsAt.)
  const TokenKeys::Keys& tk = rec_.keys.tokens[i];
  const PhraseMatcher::Roots first_nodes = RootsAt(i).trigger;
  for (int k = 0; k < tk.count; ++k) {
    const uint32_t node = first_nodes.node[k];
    if (node == 0) continue;
    *end = rest;
    const std::vector<uint32_t>* one_word = nullptr;
    const std::vector<uint32_t>* payloads = RestOfPhrase(node, rest, limit, end, &one_word);
    if (payloads != nullptr && (this->*accept)(*payloads)) return payloads;
  }
  return nullptr;
}

bool DocumentCoder::NotNoEventPhrase(const std::vector<uint32_t>& payloads) const { return !NoEventPhrase(payloads); }

bool DocumentCoder::PhraseAcrossPronoun(uint32_t i, uint32_t limit) {
  // A verb phrase with a preposition and its pronoun after the verb (أطلقوا عليه النار، فتحوا عليهم
  // النار): the pronoun is the target (VerbArguments), the rest of the phrase follows it, or follows
  // the subject after it (أطلق عليه مسلحون النار، فتح عليهم مسلحون مجهولون النار).
  if (i + 2 >= limit || text_.tokens[i].kind != TokenKind::kWord) return false;
  if (!PrepositionWithPronoun(text_.tokens[i + 1])) return false;
  uint32_t rests[2] = {i + 2, UINT32_MAX};
  int32_t subject = MentionAt(i + 2);
  if (subject >= 0 && M(subject).is_actor && !M(subject).object && M(subject).first_token == i + 2 &&
      !(M(subject).prefixes & (kPrepClitics | kProWa | kProFa))) {
    rests[0] = M(subject).end_token;
    // مسلحون مجهولون: an adjective of the subject without the article may follow it.
    uint32_t a = rests[0];
    if (a + 1 < limit && text_.tokens[a].kind == TokenKind::kWord && text_.tokens[a].prefixes == 0 &&
        MentionAt(a) < 0 && !(text_.tokens[a].word_class & (kWordFunction | kWordNumber))) {
      rests[1] = a + 1;
    }
  }
  for (uint32_t rest : rests) {
    if (rest >= limit) continue;
    uint32_t end = rest;
    const std::vector<uint32_t>* payloads = PhraseFrom(i, rest, limit, &end, &DocumentCoder::HasVerbLine);
    if (payloads == nullptr) continue;
    int32_t idx = static_cast<int32_t>(hits_.size());
    if (rest == i + 2) {
      hits_.push_back({i, end, 0});
      for (uint32_t x = i; x < end; ++x) token_trigger_[x] = idx;
    } else {
      // The subject stands inside: the hit is the verb with its preposition, the rest is the phrase's.
      hits_.push_back({i, i + 2, 0, rest, end});
      token_trigger_[i] = token_trigger_[i + 1] = idx;
      for (uint32_t x = rest; x < end; ++x) token_trigger_[x] = idx;
    }
    hit_payloads_.push_back(payloads);
    return true;
  }
  return false;
}

int32_t DocumentCoder::LoyalListHead(int32_t owner) const {
  if (owner < 1 || owner + 1 >= static_cast<int32_t>(rec_.mentions.size())) return -1;
  const Mention& own = M(owner);
  // (Indefinite, both: one is loyal to someone definite, and والجيش after للحكومة is a second owner. A
  // generic head may have taken the record of the group it comes from: مقاتلين من هيئة تحرير الشام.)
  auto generic_group = [&](const Mention& x) {
    return x.is_actor && !x.object && x.agent >= 0 && !(x.prefixes & kProAl) &&
           lex_.agents()[x.agent].kind_id == AgentKind::kGroup;
  };
  if (!own.is_actor || (own.prefixes & kPrepClitics) != kProLi || !generic_group(M(owner + 1))) return -1;
  // (The word of belonging right after the head, or the head's last word: مسلحون موالون للحكومة.)
  uint32_t w = own.first_token - 1;
  if (!LoyalAt(w)) return -1;
  int32_t head = owner - 1;
  // (قوات موالية للحكومة: the word of belonging may be a mention of its own, loyalists, after the head.)
  if (M(head).first_token == w && M(head).end_token == w + 1 && head > 0 && M(head - 1).end_token == w) --head;
  if (M(head).end_token != w && M(head).end_token != w + 1) return -1;
  return generic_group(M(head)) && group_of_[head] >= 0 ? head : -1;
}

void DocumentCoder::BuildGroups() {
  // The member lists of earlier documents' groups keep their memory for this one's: the first `count` lists
  // are this document's, the only ones group_of_ names; the others are left as they are.
  size_t count = 0;
  ResetBytes(group_of_, rec_.mentions.size(), 0xFF);  // -1
  for (int32_t i = 0; i < static_cast<int32_t>(rec_.mentions.size()); ++i) {
    if (!IsActorLike(i)) continue;
    bool joined = false;
    if (i > 0 && group_of_[i - 1] >= 0) {
      const Mention& prev = M(i - 1);
      const Mention& cur = M(i);
      const Token& first = text_.tokens[cur.first_token];
      bool same_sentence = text_.tokens[prev.first_token].sentence == first.sentence;
      uint32_t gap = cur.first_token - prev.end_token;
      bool comma = gap == 1 && text_.Norm(text_.tokens[prev.end_token]) == ",";
      bool conj = gap == 0 && (first.prefixes & kProWa) && !(first.prefixes & kPrepClitics);
      // تقاتلت وحدات من الجيش ومن قوات الدعم السريع: من repeated after و (من Y ومن Z) joins its genitives as و alone
      // joins two names: Z is listed with Y.
      if (gap == 1 && prev.first_token > 0 && !(prev.prefixes & (kPrepClitics | kProWa | kProFa)) &&
          !(first.prefixes & ~kProAl) && text_.tokens[prev.end_token].prefixes == kProWa &&
          text_.tokens[prev.first_token - 1].prefixes == 0 && Bare(prev.end_token) == "من" &&
          Bare(prev.first_token - 1) == "من") {
        conj = cur.is_actor;
      }
      bool kind_ok = cur.is_actor == prev.is_actor;
      // اشتباكات بين قوات تابعة للحكومة ومسلحين قبليين، بين عناصر موالية للمجلس وعناصر من الجيش: a generic
      // group noun joined by و after "X loyal to (لـ) Y", where X is a generic group too, is listed with X:
      // Y only says whose X is (no one is loyal to gunmen of no name).
      int32_t list_with = group_of_[i - 1];
      if (int32_t head = same_sentence && conj && kind_ok ? LoyalListHead(i - 1) : -1; head >= 0) {
        list_with = group_of_[head];
      }
      if (same_sentence && kind_ok && (conj || comma)) {
        groups_[list_with].push_back(i);
        group_of_[i] = list_with;
        joined = true;
      }
    }
    if (!joined) {
      if (count == groups_.size()) groups_.emplace_back();
      std::vector<int32_t>& g = groups_[count];
      g.clear();
      g.push_back(i);
      group_of_[i] = static_cast<int32_t>(count++);
    }
  }
}


bool DocumentCoder::ListedWithMunitions(const TriggerHit& t) const {
  // هجوم بالصواريخ والمسيرات، أطلقت 476 مسيرة و48 صاروخا، مسيرات وصواريخ: a word of the weapon reading
  // joined by و to a machine of war or a munition, before or after it (a number may stand before
  // either), names the machines, not a march.
  const uint32_t sentence = text_.tokens[t.first].sentence;
  auto arms = [&](uint32_t k) {
    return text_.tokens[k].sentence == sentence && text_.tokens[k].kind == TokenKind::kWord &&
           (WordKindsAt(k) & (kMachineWord | kMunitionWord)) != 0;
  };
  auto number = [&](uint32_t k) { return text_.tokens[k].kind == TokenKind::kNumber; };
  auto lone_and = [&](uint32_t k) { return text_.tokens[k].kind == TokenKind::kWord && Bare(k) == "و"; };
  auto wa = [&](uint32_t k) { return (text_.tokens[k].prefixes & kProWa) != 0; };
  // Before: صواريخ و[476] مسيرة (و on the word, on the number, or standing alone before the number).
  uint32_t j = t.first;
  bool joined = wa(j);
  if (j > 0 && number(j - 1)) {
    --j;
    joined = joined || wa(j);
  }
  if (!joined && j > 0 && lone_and(j - 1)) {
    --j;
    joined = true;
  }
  if (joined && j > 0 && arms(j - 1)) return true;
  // (With the machine's attribute or kind between: صواريخ باليستية ومسيرات، قذائف هاون ومسيرات.)
  if (joined && j > 1 && arms(j - 2) && text_.tokens[j - 1].kind == TokenKind::kWord &&
      !wa(j - 1) && !(text_.tokens[j - 1].prefixes & kProFa) && text_.tokens[j - 1].suffix == Enclitic::kNone &&
      !(text_.tokens[j - 1].word_class & kWordFunction)) {
    return true;
  }
  // After: مسيرة و[48] صاروخا.
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  j = t.end;
  joined = false;
  if (j < n && lone_and(j)) {
    ++j;
    joined = true;
  }
  if (j < n && number(j)) {
    joined = joined || wa(j);
    ++j;
  } else if (j < n) {
    joined = joined || wa(j);
  }
  return joined && j < n && arms(j);
}

uint32_t DocumentCoder::LauncherAfterMunition(uint32_t k, uint32_t limit) const {
  if (text_.tokens[k].prefixes & kPrepClitics) return 0;
  // (One adjective may stand between: صاروخا باليستيا أطلقه الحوثيون. The text layer may read a clitic into it,
  // ب+ال+يستيا: the verb of launching after it is what counts.)
  // (The verb launched it, أطلقه، or dropped it, ألقتها، carrying the munition's pronoun: قذائف ألقتها مروحيات الجيش.)
  auto launching = [&](uint32_t j) {
    // (The normalized word, whose ال is no article: ألقتها.)
    const std::string_view w = text_.Norm(text_.tokens[j]);
    return (w.starts_with("اطلق") || w.starts_with("الق")) && CueEndAt(j, limit, CueKind::kPerpetrate) > j;
  };
  uint32_t v = k + 1;
  const Token& a = text_.tokens[v];
  if (v + 1 < limit && a.kind == TokenKind::kWord && MentionAt(v) < 0 && a.suffix == Enclitic::kNone &&
      !(a.prefixes & (kProWa | kProFa)) && !(a.word_class & (kWordFunction | kWordNumber)) && !launching(v)) {
    ++v;
  }
  if (v + 1 >= limit || !launching(v)) return 0;
  return CueEndAt(v, limit, CueKind::kPerpetrate);
}

bool DocumentCoder::WeaponReading(const TriggerHit& t) const {
  // (A munition, صاروخا أطلقته جماعة الحوثي: only as the pronoun of a verb of launching after it.)
  if (WordKindsAt(t.first) & kMunitionWord) {
    return LauncherAfterMunition(t.first, text_.sentences[text_.tokens[t.first].sentence].end_token) > 0;
  }
  // استهدفت مسيرة سيارة، مسيرة استهدفت سيارة، مسيرة إسرائيلية، شنت مسيرات روسية هجوما: the noun is a
  // weapon (a drone) when it is the subject right after a violent verb, when a violent verb follows it
  // (its predicate, or an asyndetic relative clause), or when the demonym of a state qualifies it. A
  // march is organised, joined or qualified as a protest (نظم مسيرة، خرج في مسيرة، مسيرة سلمية): none
  // of these.
  const Token& first = text_.tokens[t.first];
  auto violent_verb = [&](int32_t h) {
    if (h < 0) return false;
    for (uint32_t p : *hit_payloads_[h]) {
      const TriggerRecord& r = trig_.trigger(p);
      const CameoCode* code = r.noun ? nullptr : ont_.Find(r.cameo);
      if (code != nullptr && code->plover_type == PloverType::kAssault) return true;
    }
    return false;
  };
  // استهدفت روسيا بالمسيرات مدينة خاركيف: the word in the rest of a violent verb's phrase split by its
  // subject (استهدف بالمسيرات) is the phrase's means, the weapon. (Hits are in text order, as in
  // NounReading: only one before `t` can hold it in its rest.)
  if (first.prefixes & kProBi) {
    size_t from = hits_.size();
    if (std::less_equal<>()(hits_.data(), &t) && std::less<>()(&t, hits_.data() + hits_.size())) {
      from = static_cast<size_t>(&t - hits_.data());
    }
    for (size_t h = from; h-- > 0 && hits_[h].first + 16 > t.first;) {
      if (hits_[h].first < t.first && hits_[h].InRest(t.first)) return violent_verb(static_cast<int32_t>(h));
    }
  }
  if (first.prefixes & kPrepClitics) return false;
  if (t.first > 0 && text_.tokens[t.first - 1].sentence == first.sentence &&
      !(first.prefixes & (kProWa | kProFa)) && violent_verb(token_trigger_[t.first - 1]) &&
      hits_[token_trigger_[t.first - 1]].end == t.first) {
    return true;
  }
  if (t.end >= text_.tokens.size() || text_.tokens[t.end].sentence != first.sentence) return false;
  if (BareNationalityAt(t.end) >= 0) return true;
  // مسيرة مجهولة استهدفت: one plain adjective may stand before the verb.
  uint32_t v = t.end;
  const Token& a = text_.tokens[v];
  if (token_trigger_[v] < 0 && MentionAt(v) < 0 && a.kind == TokenKind::kWord && a.prefixes == 0 &&
      v + 1 < text_.tokens.size() && text_.tokens[v + 1].sentence == first.sentence) {
    ++v;
  }
  if (!(text_.tokens[v].prefixes & (kPrepClitics | kProWa | kProFa)) && violent_verb(token_trigger_[v])) return true;
  // مسيرات الحوثيين استهدفت، مسيرة تابعة لقوات الدعم السريع قصفت، نفذت مسيرات الجيش السوداني ضربات: its
  // owner may stand between, an armed actor in its genitive or after تابعة لـ; then a violent verb, or, after
  // a verb of carrying out, the violent noun of what the machines carried out.
  uint32_t o = t.end;
  if (o + 1 < text_.tokens.size() && !(text_.tokens[o].prefixes & ~kProAl) && BelongingAt(o)) ++o;
  int32_t g = MentionAt(o);
  if (g < 0 || M(g).first_token != o || !M(g).is_actor || M(g).object || !IsArmed(M(g).sector) ||
      (M(g).prefixes & (kPrepClitics | kProWa | kProFa)) != (o > t.end ? kProLi : 0) ||
      M(g).end_token >= text_.tokens.size() || text_.tokens[M(g).end_token].sentence != first.sentence) {
    return false;
  }
  const uint32_t after = M(g).end_token;
  if (!(text_.tokens[after].prefixes & (kPrepClitics | kProWa | kProFa)) && violent_verb(token_trigger_[after])) {
    return true;
  }
  if (t.first == 0 || !CueEndsBefore(t.first, CueKind::kPerpetrate) || (text_.tokens[after].prefixes & ~kProAl)) {
    return false;
  }
  int32_t h = token_trigger_[after];
  if (h < 0 || hits_[h].first != after) return false;
  for (uint32_t p : *hit_payloads_[h]) {
    const TriggerRecord& r = trig_.trigger(p);
    const CameoCode* code = r.noun ? ont_.Find(r.cameo) : nullptr;
    if (code != nullptr && code->plover_type == PloverType::kAssault) return true;
  }
  return false;
}

bool DocumentCoder::CrowdSubject(const TriggerHit& t) const {
  // أغلق محتجون الطريق، أقفل مئات المحتجين الحقل، أضرم محتجون غاضبون النار: an indefinite crowd right
  // after the verb (or its count) starts a protest the sentence reports. The definite crowd (أحرق
  // المتظاهرون الإطارات) and a crowd before the verb (متظاهرين أغلقوا) name protesters of a protest
  // reported before: their acts belong to it. Where no protest is told before in the document, and the sentence
  // goes on from none (it opens with no و or ف), the definite crowd right after the verb is the protest's own (أقام
  // المحتجون حواجز في الطرق الرئيسية، أغلق المتظاهرون الطريق).
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  const CrowdReading crowd = CrowdFrom(t.first + 1, c.end_token);  // مئات المحتجين: a count makes it indefinite
  // (A sentence that opens with و or ف goes on from one before it, told or not: وأحرق المتظاهرون الإطارات.)
  const Token& opening = text_.tokens[text_.sentences[text_.tokens[t.first].sentence].first_token];
  if (crowd.at < c.end_token &&
      (crowd.counted || !(text_.tokens[crowd.at].prefixes & kProAl) ||
       (!(opening.prefixes & (kProWa | kProFa)) && !ProtestToldBefore(t.first)))) {
    return true;
  }
  // محتجون يغلقون الطرق، مئات المتظاهرين يقتحمون البرلمان: a headline opens with the indefinite crowd, right
  // before its verb.
  uint32_t h = OpeningAfter(text_.sentences[text_.tokens[t.first].sentence].first_token, t.first);
  bool head_counted = h < t.first && quantity_end_[h] > h;
  if (head_counted) {
    h = quantity_end_[h];
    if (h < t.first && text_.tokens[h].prefixes == 0 && Bare(h) == "من") ++h;
  }
  if (h >= t.first || !CueStartsAt(h, CueKind::kCrowd) || (!head_counted && (text_.tokens[h].prefixes & kProAl))) {
    return false;
  }
  int32_t m = MentionAt(h);
  uint32_t end = m >= 0 && M(m).first_token == h ? M(m).end_token : h + 1;
  // متظاهرون غاضبون يحرقون مقر البلدية، محتجون ملثمون يقتحمون المبنى: one adjective of the crowd's own may
  // stand before the verb: it agrees with the crowd's word (the sound plural's ending, ون or ين; no article, no
  // clitic) and is no verb, no mention and no event word. (HeadlineSubjectBefore reads the same adjective.)
  if (end + 1 == t.first && !head_counted && AgreeingAdjectiveAt(end)) ++end;
  return end == t.first;
}

DocumentCoder::CrowdReading DocumentCoder::CrowdFrom(uint32_t k, uint32_t end) const {
  const bool counted = k < end && quantity_end_[k] > k;
  if (counted) {
    k = quantity_end_[k];
    if (k < end && text_.tokens[k].prefixes == 0 && (WordKindsAt(k) & kPartitiveWord)) ++k;
  }
  return {k < end && CueStartsAt(k, CueKind::kCrowd) ? k : end, counted};
}

bool DocumentCoder::ProtestToldBefore(uint32_t k) const {
  // (The lines of the hits, not their readings: a word that may report a protest is enough, and reads no other.
  // The hits are in text order: the reading goes on from the hits the last question read, up to `k` or the first
  // protest word, so that each hit is read once per document, where each trigger that asked read the hits before it.)
  while (first_protest_at_ == UINT32_MAX && protest_hits_read_ < hits_.size() && hits_[protest_hits_read_].first < k) {
    for (uint32_t p : *hit_payloads_[protest_hits_read_]) {
      if (trig_.trigger(p).plover == PloverType::kProtest) {
        first_protest_at_ = hits_[protest_hits_read_].first;
        break;
      }
    }
    ++protest_hits_read_;
  }
  return first_protest_at_ < k;
}

bool DocumentCoder::GoesOnFromProtest(uint32_t sentence) const {
  const uint32_t opening_at = text_.sentences[sentence].first_token;
  return (text_.tokens[opening_at].prefixes & (kProWa | kProFa)) || ProtestToldBefore(opening_at);
}

bool DocumentCoder::PurposeOnly(const std::vector<uint32_t>& payloads) const {
  for (uint32_t p : payloads) {
    if (!(trig_.trigger(p).flags & kFlagProtestPurpose)) return false;
  }
  return true;
}

bool DocumentCoder::ProtestPurpose(const TriggerHit& t) const {
  // خرج آلاف الأردنيين في عمان تنديدا بالعدوان، نزل المئات إلى الشارع للمطالبة برحيل الحكومة: the purpose
  // comes after the crowd and the place, a few words on.
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  // Forces deployed in support (نزل الجيش إلى الشوارع دعما للشرطة) are no crowd.
  int32_t m = t.end < c.end_token ? MentionAt(t.end) : -1;
  if (m >= 0 && M(m).is_actor && (M(m).sector == "MIL" || M(m).sector == "COP" || M(m).sector == "REB")) return false;
  uint32_t end = std::min<uint32_t>(c.end_token, t.end + 12);
  for (uint32_t k = t.end; k < end; ++k) {
    GrammarWord w = GrammarWordAt(k);
    if (w == GrammarWord::kProtestPurpose || w == GrammarWord::kDemanding || RallyPurposeAt(t, k)) return true;
    // انسحب نواب المعارضة من الجلسة محتجين على تعديل الدستور: the protester's word without the article before
    // على is the state the doers acted in, as the accusative احتجاجا على.
    if (k + 1 < end && text_.tokens[k].prefixes == 0 && CueStartsAt(k, CueKind::kCrowd) && Bare(k + 1) == "علي") {
      return true;
    }
  }
  // سار آلاف من أنصار الحزب، القادمين من القرى، من ساحة الجامع نحو مبنى المحافظة، رافعين لافتات ومطالبين
  // بالإفراج عن المعتقلين: a crowd's march (a verb of motion, word_kinds.tsv kind motion, with a count or a crowd's
  // word as its subject) told with a long subject and its way may have its demand or its purpose far on, in the verb's
  // own clause: a word of demanding or of protest purpose there, past the dozen words above, is the marchers' too.
  // So may a crowd going out, flocking or gathering (خرج آلاف المحتجين في مدن وقرى عدة بمحافظات الجنوب عقب صلاة
  // الجمعة مطالبين برحيل الحكومة، توافد مئات المعلمين إلى محيط مبنى الوزارة في العاصمة منذ ساعات الصباح الأولى
  // للمطالبة بزيادة الرواتب): the places, the times and the way between the crowd and its demand are the clause's
  // adjuncts, however many; the clause, not a count of words, bounds the verb's purpose. What makes the word a crowd's
  // act is the count or the crowd's word right after it, its subject, whatever the verb.
  // (A minister walking or going out, troops advancing have no crowd as subject; pilgrims marching raise banners and
  // chant prayers, no demand.)
  // (Read once per such word, only from where the scan above stopped to the clause's end; a word read with a
  // protest's purpose and a crowd right after it is rare.)
  if (end < c.end_token && (quantity_end_[t.end] > t.end || CueStartsAt(t.end, CueKind::kCrowd))) {
    // (Nor are soldiers or police counted: زحف آلاف الجنود نحو المدينة ... مطالبين السكان بالمغادرة.)
    uint32_t s = quantity_end_[t.end] > t.end ? quantity_end_[t.end] : t.end;
    if (s + 1 < c.end_token && text_.tokens[s].prefixes == 0 && Bare(s) == "من") ++s;
    const int32_t who = s < c.end_token ? MentionAt(s) : -1;
    const bool agents = who >= 0 && M(who).is_actor && (IsStateAgent(M(who).sector) || IsArmed(M(who).sector));
    for (uint32_t k = end; !agents && k < c.end_token; ++k) {
      const GrammarWord w = GrammarWordAt(k);
      if ((w == GrammarWord::kProtestPurpose || w == GrammarWord::kDemanding) && !(text_.tokens[k].prefixes & kProAl)) {
        return true;
      }
    }
  }
  // تدفق المحتجون إلى ساحة التحرير وهتفوا ضد الحكومة، خرج الآلاف إلى الشوارع ورددوا هتافات تندد بالقرار: chants against
  // someone, or denouncing or demanding, in the sentence a few words after the verb (word_kinds.tsv chant; after it
  // ضد or a word of protest against, of demanding, or an after_chant line) are the crowd's protest the verb tells.
  // (Chants for someone, هتافات بحياة الملك، هتف المشجعون للمنتخب, are none.)
  if (!(word_kinds_seen_ & kChantWord)) return false;
  const uint32_t sentence = text_.tokens[t.first].sentence;
  const uint32_t chant_end = std::min<uint32_t>(text_.sentences[sentence].end_token, t.end + 14);
  for (uint32_t k = t.end; k < chant_end; ++k) {
    if (!(WordKindsAt(k) & kChantWord)) continue;
    for (uint32_t j = k + 1; j < chant_end && j <= k + 3; ++j) {
      if ((WordKindsAt(j) & kAgainstWord) || GrammarWordAt(j) == GrammarWord::kDemanding) return true;
      if (const int32_t h = token_trigger_[j]; h >= 0 && hits_[h].first == j) {
        for (uint32_t p : *hit_payloads_[h]) {
          if (trig_.trigger(p).flags & kFlagAfterChant) return true;
        }
      }
    }
  }
  return false;
}

bool DocumentCoder::RallyPurposeAt(const TriggerHit& t, uint32_t k) const {
  if (GrammarWordAt(k) != GrammarWord::kRallyPurpose || !(text_.tokens[k].prefixes & kProLi)) return false;
  // (خرج الرئيس لدعم المرشح، نزل الوزير لتأييد القرار: one named person going out for a cause is no rally.)
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  uint32_t s = t.end;
  if (s >= c.end_token) return false;
  if (quantity_end_[s] > s || CueStartsAt(s, CueKind::kCrowd)) return true;
  // خرج الأنصار لتأييد الرئيس، نزل الطلاب لدعم غزة: people named by a generic plural of no state's agents (not soldiers
  // or police sent out to support someone, nor one person: خرج شاب) are a crowd too.
  const int32_t m = MentionAt(s);
  if (m < 0 || M(m).first_token != s || !M(m).is_actor || M(m).record >= 0 || M(m).agent < 0 ||
      (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) || IsStateAgent(M(m).sector) || IsArmed(M(m).sector)) {
    return false;
  }
  return lex_.agents()[M(m).agent].kind_id == AgentKind::kGroup && !IsDual(m) &&
         !lex_.IsSingularAgentForm(BareWord(text_.Stem(text_.tokens[s])));
}

bool DocumentCoder::NobodyAfter(const TriggerHit& t, const Clause& c) const {
  return t.end < c.end_token && Bare(t.end) == "احد" && (t.end + 1 == c.end_token || MentionAt(t.end + 1) < 0);
}

const Quantity* DocumentCoder::CrowdCountedAlone(const TriggerHit& t, const Clause& c) const {
  for (const Quantity& q : QuantitiesTouching(t.end, t.end)) {
    if (q.first_token != t.end || !q.unit.empty() || !q.vague || q.end_token > c.end_token) continue;
    if (q.end_token < c.end_token && (MentionAt(q.end_token) >= 0 || Bare(q.end_token) == "من")) continue;
    return &q;
  }
  // قال شهود إن الآلاف تظاهروا أمام البرلمان، مئات الآلاف توافدوا إلى الساحة: the same count right before the verb, as
  // its subject, where it opens its clause or the sentence or follows أن/إن (nothing before it that it could be the
  // genitive or the object of), and the verb is not joined by و or ف to one before it (whose subject it shares).
  if (t.first > c.first_token && !(text_.tokens[t.first].prefixes & (kProWa | kProFa))) {
    for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
      if (q.end_token != t.first || !q.unit.empty() || !q.vague || q.first_token < c.first_token ||
          (q.prefixes & kPrepClitics) || MentionAt(q.first_token) >= 0) {
        continue;
      }
      const uint32_t sentence_first = text_.sentences[c.sentence].first_token;
      const bool opens = q.first_token == c.first_token || OpeningAfter(sentence_first, t.first) == q.first_token;
      const bool after_an = q.first_token > c.first_token && AnnaAt(q.first_token - 1) &&
                            text_.tokens[q.first_token - 1].suffix == Enclitic::kNone;
      if (opens || after_an) return &q;
    }
  }
  return nullptr;
}

void DocumentCoder::KeepCountsOfCrowdHeadlinesOnly() {
  // آلاف، مئات الآلاف start a trigger phrase only at the head of a crowd's headline (triggers.tsv crowd_headline):
  // elsewhere they are a count, whose words every reading that stops at a trigger word (a subject's end, a split
  // phrase's) passes as before, and their roots are cleared. (Only a count holding such a word: a verb the text layer
  // also reads as a number, أثنى as اثني، keeps its own trigger.)
  for (const Quantity& q : text_.quantities) {
    // (Any count, خمسة آلاف أسير too: only a vague one of people, آلاف، عشرات الآلاف, opens such a headline.)
    if (q.end_token > token_roots_.size()) continue;
    bool roots = false;
    for (uint32_t k = q.first_token; k < q.end_token; ++k) {
      const Token& w = text_.tokens[k];
      roots = roots || (token_roots_[k].trigger.any() &&
                        (trig_.IsCrowdHeadlineWord(text_.Norm(w)) || trig_.IsCrowdHeadlineWord(text_.Stem(w))));
    }
    if (!roots || (q.vague && q.unit.empty() && CrowdHeadline(TriggerHit{q.first_token, q.end_token}))) continue;
    for (uint32_t k = q.first_token; k < q.end_token; ++k) {
      DocumentCoderBuffers::TrieRoots& r = token_roots_[k];
      r.trigger = {};
      r.trigger_goes_on = false;
      r.opens = r.cue.any();
    }
  }
}

bool DocumentCoder::CrowdHeadline(const TriggerHit& t) const {
  // تونس - آلاف في شارع بورقيبة، صنعاء: حشود غير مسبوقة في ساحة التغيير، الكويت: عشرات الآلاف في مسيرة: a headline whose
  // subject is a crowd, counted or named, and whose predicate is في and where it stands, a square, a street or a
  // protest (grammar.tsv crowd_venue), tells the protest with no verb of one; so does one whose predicate is its chant
  // (مئات يهتفون "ارحل"، الآلاف تهتف ضد الحكومة: an imperfect of chanting, word_kinds.tsv chant). Between the crowd and
  // its في, what it counts or what describes it (آلاف العراقيين، حشود غير مسبوقة), a few words with no verb.
  // (No such word in the document, most, costs nothing more.)
  if (!((grammar_words_seen_ >> static_cast<unsigned>(GrammarWord::kCrowdVenue)) & 1u) &&
      !(word_kinds_seen_ & kChantWord)) {
    return false;
  }
  // (A count of several words, عشرات الآلاف، opens the headline with its first.)
  uint32_t head = t.first;
  for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
    if (q.end_token == t.end && q.vague && q.unit.empty()) head = std::min(head, q.first_token);
  }
  if (!HeadlineHead(head)) return false;
  const uint32_t end = text_.sentences[text_.tokens[t.first].sentence].end_token;
  // (The chant's imperfect: the kind's words in ي or ت are its persons, يهتفون، تهتف.)
  if (t.end < end && (WordKindsAt(t.end) & kChantWord) &&
      (WordStartsWith(Bare(t.end), "ي") || WordStartsWith(Bare(t.end), "ت"))) {
    return true;
  }
  constexpr uint32_t kComplementWords = 3;
  for (uint32_t k = t.end; k < end && k <= t.end + kComplementWords; ++k) {
    const Token& w = text_.tokens[k];
    if (w.kind == TokenKind::kWord && w.prefixes == 0 && Bare(k) == "في") {
      return k + 1 < end && GrammarWordAt(k + 1) == GrammarWord::kCrowdVenue && !CelebratesAfter(k + 2, end);
    }
    // (A verb or another event's word ends the crowd's words: الآلاف يتظاهرون في الساحة is the verb's.)
    if (w.kind != TokenKind::kWord || IsVerbOnly(w.word_class) || token_roots_[k].trigger.any()) return false;
    // (People counted who are no crowd's, of no state and no party, are there for another reason: آلاف السياح في
    // شوارع المدينة، مئات المصلين في ساحة المسجد. A crowd's word, المحتجين، or a nationality, العراقيين, is a crowd.)
    const int32_t m = MentionAt(k);
    if (m >= 0 && M(m).first_token == k && M(m).is_actor && M(m).agent >= 0 && M(m).record < 0 &&
        M(m).country.empty() && !CueStartsAt(k, CueKind::kCrowd)) {
      return false;
    }
  }
  return false;
}

bool DocumentCoder::CelebratesAfter(uint32_t first, uint32_t end) const {
  // آلاف في ساحة المدينة يحتفلون بفوز المنتخب: a crowd in a square that celebrates holds no protest, unless the
  // headline names what it is against (احتفالا بالذكرى واحتجاجا على الغلاء).
  uint64_t kinds = 0;
  for (uint32_t k = first; k < end; ++k) kinds |= WordKindsAt(k);
  return (kinds & kCelebrationWord) && !(kinds & kAgainstWord);
}

bool DocumentCoder::HeadlineHead(uint32_t first) const {
  uint32_t s_first = text_.sentences[text_.tokens[first].sentence].first_token;
  uint32_t before = first;
  while (before > s_first) {
    std::string_view p = text_.Norm(text_.tokens[before - 1]);
    if (p != "«" && p != "\"" && p != "(" && p != "“") break;
    --before;
  }
  if (before == s_first) return true;
  return IsLabelMark(text_.Norm(text_.tokens[before - 1]));
}

bool DocumentCoder::VerdictHeadline(const TriggerHit& t) const {
  // الإعدام لخمسة مدانين في قضية اغتيال القاضي، السجن المؤبد لثلاثة متهمين، المؤبد لقاتل الطفلة في قضية الاختطاف: a
  // sentence's noun with the article opening a headline, the words after it within a few (its adjective or its term,
  // المؤبد، عشر سنوات) then لـ and the convicts: a word of a charge or a conviction (grammar.tsv charge) or a count of
  // them, or the case, the charge or the trial named after في in the clause. A headline naming a sentence by its noun
  // tells the verdict; one of an execution carried out has its verb (أعدمت السلطات، تنفيذ حكم الإعدام).
  if (!(text_.tokens[t.first].prefixes & kProAl) || !HeadlineHead(t.first)) return false;
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  uint32_t k = t.end;
  while (k < c.end_token && k < t.end + 3 && !(text_.tokens[k].prefixes & kProLi)) ++k;
  if (k >= c.end_token || !(text_.tokens[k].prefixes & kProLi)) return false;
  const uint32_t counted = quantity_end_[k] > k ? quantity_end_[k] : k;
  if (counted < c.end_token && GrammarWordAt(counted) == GrammarWord::kCharge) return true;
  for (uint32_t j = k + 1; j < c.end_token; ++j) {
    if (GrammarWordAt(j) == GrammarWord::kCharge) return true;
    if (GrammarWordAt(j) == GrammarWord::kReference && GrammarWordAt(j - 1) == GrammarWord::kCircumstance) return true;
  }
  return false;
}

bool DocumentCoder::CourtSubject(const TriggerHit& t) const {
  // أدانت محكمة عسكرية ناشطا: the court right after the verb; المحكمة أدانت: right before it.
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  auto court = [&](int32_t m) {
    return m >= 0 && M(m).is_actor && M(m).sector == "JUD" && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa));
  };
  int32_t after = t.end < c.end_token ? MentionAt(t.end) : -1;
  if (after >= 0 && M(after).first_token == t.end && court(after)) return true;
  // (The one after the verb is its object where the court stands before it: المحكمة أدانت الناشط.
  // وكانت محكمة جزائرية قد أدانته: قد may stand between, in the pluperfect.)
  uint32_t verb_first = t.first > c.first_token && Bare(t.first - 1) == "قد" ? t.first - 1 : t.first;
  int32_t before = verb_first > c.first_token ? MentionAt(verb_first - 1) : -1;
  return before >= 0 && M(before).end_token == verb_first && court(before);
}

bool DocumentCoder::WorkerSubject(const TriggerHit& t) const {
  // علقت نقابة الأطباء العمل، علق مئات العمال العمل: the subject between the verb and the rest of its phrase (a count
  // before it allowed); النقابة تعلق العمل، أعلنت نقابة المعلمين تعليق الدراسة: the actor right before the word.
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  int32_t m = -1;
  if (t.rest > t.end) {
    uint32_t k = t.end;
    if (quantity_end_[k] > k) {
      k = quantity_end_[k];
      if (k < c.end_token && text_.tokens[k].prefixes == 0 && Bare(k) == "من") ++k;
    }
    m = k < c.end_token ? MentionAt(k) : -1;
    if (m >= 0 && M(m).first_token != k) m = -1;
  } else if (t.first > c.first_token) {
    m = MentionAt(t.first - 1);
    if (m >= 0 && M(m).end_token != t.first) m = -1;
    // أعلنت نقابة الأطباء في السودان تعليق العمل: where the subject is may stand between it and the word.
    uint32_t at = m >= 0 ? M(m).first_token : 0;
    if (m >= 0 && M(m).is_place() && at > c.first_token + 1 && text_.tokens[at - 1].prefixes == 0 &&
        Bare(at - 1) == "في") {
      int32_t before = MentionAt(at - 2);
      if (before >= 0 && M(before).end_token == at - 1) m = before;
    }
  }
  if (m < 0 || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) return false;
  const std::string& s = M(m).sector;
  if (s == "LAB") return true;
  // (People, named by a group noun or by their office: الأطباء، القضاة; not a hospital, a court or a company.)
  bool people = M(m).people || (M(m).agent >= 0 && lex_.agents()[M(m).agent].kind_id == AgentKind::kOffice);
  return people && (s == "HLH" || s == "EDU" || s == "JUD" || s == "MED" || s == "BUS" || s == "AGR");
}

bool DocumentCoder::DyingOfViolence(const TriggerHit& t, uint32_t from) const {
  // توفي ثلاثة مدنيين في انفجار عبوة ناسفة، قضى جنديان جراء هجوم لمسلحين: past the dead (a count and a noun, or a
  // name), the cause within a few words.
  constexpr uint32_t kReach = 6;
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  // (The noun's own reading, an attack (ViolentNounRecord), not an accident's line, انفجار خزان غاز, nor an injury's:
  // فقدنا ثلاثة لاعبين بسبب الإصابة.)
  auto violent = [&](uint32_t k) {
    int32_t h = token_trigger_[k];
    const TriggerRecord* r = h >= 0 && hits_[h].first == k ? ViolentNounRecord(h) : nullptr;
    return r != nullptr && !(r->flags & (kFlagAccident | kFlagInjure));
  };
  for (uint32_t k = from; k < c.end_token && k < from + kReach; ++k) {
    if (text_.tokens[k].kind == TokenKind::kPunct) return false;
    // (قضى الجيش على خلية إرهابية في هجوم: قضى على is "wiped out", whose doer is the subject.)
    if (Bare(k) == "علي") return false;
    // (Not a war as a whole, الحرب، النزاع: its dead are a statistic over it, خسرت أوكرانيا آلاف الجنود في الحرب.)
    if (GrammarWordAt(k) == GrammarWord::kCircumstance && k + 1 < c.end_token) {
      return violent(k + 1) && !(WordKindsAt(k + 1) & kWholeWarWord);
    }
  }
  return false;
}

uint32_t DocumentCoder::LoserAndDeadAfter(const TriggerHit& t) const {
  // فقد الجيش خمسة من جنوده، خسرت القوات العراقية ثلاثة عناصر: an actor right after the verb, with no preposition or
  // conjunction on it, and a count of its people right after it (خسر الجيش مواقع، فقدت العائلة منزلها: no people lost).
  // A date may stand before the loser or before the count (فقد الجيش أمس خمسة، فقدنا أمس خمسة من جنودنا); with a
  // pronoun subject (فقدنا، خسروا) the count follows the verb, its people the dead.
  const uint32_t end = text_.clauses[text_.tokens[t.first].clause].end_token;
  // The end of the count at token k, or 0: a number, or a noun of people in the dual (فقد الجيش صباح اليوم جنديين,
  // two), not one in the nominative right after the verb, which is its subject (فقد جنديان حياتهما).
  auto dead_end = [&](uint32_t k, bool after_loser) -> uint32_t {
    if (k >= end) return 0;
    if (quantity_end_[k] > k) return quantity_end_[k];
    const int32_t m = MentionAt(k);
    if (m < 0 || M(m).first_token != k || (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) || !IsDual(m)) return 0;
    return after_loser || !NominativeDual(Bare(k)) ? M(m).end_token : 0;
  };
  uint32_t k = PastDateAt(t.end, end);
  if (const uint32_t dead = dead_end(k, false); dead > 0) return dead;
  // خسرنا الأحد ستة من رجالنا: a bare weekday right before the count is its date (الأحد، which alone the dating rules
  // leave as a common word).
  if (uint32_t day_end = k; k + 1 < end && quantity_end_[k + 1] > k + 1) {
    const RelativeDate* d = CalendarWordAt(k, end, &day_end);
    if (d != nullptr && d->kind == RelativeDate::Kind::kWeekday && day_end == k + 1) return quantity_end_[k + 1];
  }
  int32_t m = k < end ? MentionAt(k) : -1;
  if (m < 0 || M(m).first_token != k || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) return 0;
  return dead_end(PastDateAt(M(m).end_token, end), true);
}

bool DocumentCoder::ChantWordAt(const TriggerHit& t) const {
  if (!(word_kinds_seen_ & kChantWord)) return false;
  uint32_t sentence = text_.tokens[t.first].sentence;
  bool chant = false;
  // ردد المشيعون هتافات ضد الحكومة، هتف المشيعون ضد الجيش: a phrase of chanting of its own, split by its subject or
  // not, has its chant word in it.
  for (uint32_t k = t.first; !chant && k < std::max(t.end, t.rest_end); ++k) {
    chant = (k < t.end || t.InRest(k)) && (WordKindsAt(k) & kChantWord) != 0;
  }
  for (uint32_t k = t.first; !chant && k > 0 && k + 2 >= t.first; --k) {
    const Token& w = text_.tokens[k - 1];
    if (w.sentence != sentence || w.kind != TokenKind::kWord) return false;
    chant = (WordKindsAt(k - 1) & kChantWord) != 0;
  }
  return chant;
}

bool DocumentCoder::AfterChant(const TriggerHit& t) const {
  uint32_t sentence = text_.tokens[t.first].sentence;
  if (!ChantWordAt(t)) return false;
  // وردد المتظاهرون هتافات تطالب ...: the chants of protesters named with the article (grammar.tsv crowd) belong to
  // the protest reported before, as their other acts do (CrowdSubject); mourners' chants are a protest of their own.
  // (So are those between a chanting phrase and its rest: وهتف المتظاهرون بشعارات ضد رئيس الوزراء.)
  const uint32_t subject_end = t.rest > t.end ? t.rest : t.first;
  for (uint32_t k = text_.sentences[sentence].first_token; k < subject_end; ++k) {
    if (CueStartsAt(k, CueKind::kCrowd) && (text_.tokens[k].prefixes & kProAl)) return false;
  }
  // تظاهر آلاف المغاربة في الرباط ... ورددوا شعارات تطالب: so do the chants after a protest the sentence
  // reports before them.
  for (size_t h = 0; h < hits_.size() && hits_[h].first < t.first; ++h) {
    if (text_.tokens[hits_[h].first].sentence != sentence) continue;
    for (uint32_t p : *hit_payloads_[h]) {
      if (trig_.trigger(p).plover == PloverType::kProtest) return false;
    }
  }
  return true;
}

const std::vector<uint32_t>* DocumentCoder::WholeFormPhrase(uint32_t first, uint32_t length) const {
  const PhraseMatcher& tm = trig_.triggers();
  const TokenKeys::Keys& fk = rec_.keys.tokens[first];
  for (int k = 0; k < fk.count; ++k) {
    uint32_t id = tm.WordId(fk.key[k], fk.hash[k]);
    uint32_t node = id == PhraseMatcher::kNoWord ? 0 : tm.Step(0, id);
    if (node == 0) continue;
    uint32_t end = first + 1;
    const std::vector<uint32_t>* one_word = nullptr;
    const std::vector<uint32_t>* payloads = RestOfPhrase(node, first + 1, first + length, &end, &one_word);
    if (payloads != nullptr && end == first + length) return payloads;
  }
  return nullptr;
}

const TriggerRecord* DocumentCoder::ChooseRecord(const TriggerHit& t, const std::vector<uint32_t>& payloads) const {
  const TriggerRecord* verb = nullptr;
  const TriggerRecord* noun = nullptr;
  // A line read only where the structure says so (a weapon, a crowd's act) wins there over the word's
  // other lines, and is passed over elsewhere.
  bool special_noun = false, special_verb = false;
  // أغلق عمال النفط حقل الشرارة احتجاجا على تأخر رواتبهم: people named by a generic plural of no state's agents, right
  // after the verb, who act with a word of protest purpose after it (ProtestPurpose) do a crowd's act, as protesters
  // do.
  auto people_in_protest = [&]() {
    const uint32_t s = t.first + 1;
    const int32_t m = s < text_.sentences[text_.tokens[t.first].sentence].end_token ? MentionAt(s) : -1;
    if (m < 0 || M(m).first_token != s || !M(m).is_actor || M(m).record >= 0 || M(m).agent < 0 ||
        (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) || IsStateAgent(M(m).sector) || IsArmed(M(m).sector) ||
        lex_.agents()[M(m).agent].kind_id != AgentKind::kGroup) {
      return false;
    }
    return ProtestPurpose(t);
  };
  for (uint32_t p : payloads) {
    const TriggerRecord& r = trig_.trigger(p);
    if (r.flags & kFlagWeapon) {
      if (!special_noun && WeaponReading(t)) {
        noun = &r, special_noun = true;
      } else if (!special_noun && ListedWithMunitions(t)) {
        return nullptr;  // drones told in a list of arms (بالصواريخ والمسيرات): no march, and no strike of their own
      }
      continue;
    }
    if (r.flags & kFlagCrowdDoer) {
      if (!special_verb && (CrowdSubject(t) || people_in_protest())) verb = &r, special_verb = true;
      continue;
    }
    if (r.flags & kFlagCourtDoer) {
      if (!special_verb && CourtSubject(t)) verb = &r, special_verb = true;
      continue;
    }
    if (r.flags & kFlagWorkerDoer) {
      bool& special = r.noun ? special_noun : special_verb;
      if (!special && WorkerSubject(t)) (r.noun ? noun : verb) = &r, special = true;
      continue;
    }
    // (A noun's line, موكب, is a noun's reading: جابت المواكب شوارع المدينة رفضا للحكم العسكري, whose article
    // no verb takes.)
    if (r.flags & kFlagProtestPurpose) {
      bool& special = r.noun ? special_noun : special_verb;
      if (!special && ProtestPurpose(t)) (r.noun ? noun : verb) = &r, special = true;
      continue;
    }
    if (r.flags & kFlagDying) {
      if (!special_verb) {
        uint32_t from = (r.flags & kFlagLoss) ? LoserAndDeadAfter(t) : t.end;
        if (from > 0 && DyingOfViolence(t, from)) verb = &r, special_verb = true;
      }
      continue;
    }
    if (r.flags & kFlagCrowdHeadline) {
      if (!special_noun && CrowdHeadline(t)) noun = &r, special_noun = true;
      continue;
    }
    if (r.flags & kFlagAfterChant) {
      if (!r.noun && !special_verb && AfterChant(t)) verb = &r, special_verb = true;
      continue;
    }
    // (A sentence's headline line, 116, only in a verdict headline, where it wins over the execution's line.)
    if (VerdictLine(r)) {
      if (!special_noun && VerdictHeadline(t)) noun = &r, special_noun = true;
      continue;
    }
    if ((r.flags & kFlagHeadline) && !HeadlineHead(t.first)) continue;
    // (متهما، محملة: the participle of accusation only before the accused; رجلا متهما بالقتل is none.)
    if (r.noun && TextEqual(r.cameo, "112") && t.end == t.first + 1 && (WordKindsAt(t.first) & kAccusingWord) &&
        !AccusingParticipleAt(t.first)) {
      continue;
    }
    if (r.flags & kFlagIgoTarget) continue;  // decided once the target is known (CodeTrigger)
    // تحرر، توقف، تسلم of a present written =يحرر: this verb only with its subject named in a headline, before
    // it or right after it (برلين توقف صادرات الأسلحة، تزود إيران الحوثيين بالصواريخ), or splitting its phrase
    // (تفكك الأجهزة الأمنية الخلايا: a Form V verb takes no object); elsewhere a Form V verb or its verbal
    // noun (بعد تحرر المدينة، توقف القتال، تسلم الجثث).
    // (Also after any actor opening the sentence, with an object after the verb: الشرطة توقف مشتبها به.)
    // A Form V verb of receiving takes an object and opens a sentence as any verb does (تلقى الجيش مساعدات، تسلم
    // الجيش أسلحة): the other reading only after a headline's subject (الطائرات الأمريكية تلقي مساعدات على غزة).
    if (r.form_v_ta && CueStartsAt(t.first, CueKind::kReceive)) {
      if (!HeadlineSubjectBefore(t.first)) continue;
    } else if (r.form_v_ta && t.rest <= t.end && !HeadlineSubjectBefore(t.first) && !HeadlineSubjectAfter(t.first) &&
               !ActorSubjectWithObject(t)) {
      continue;
    }
    if (r.noun && noun == nullptr) noun = &r;
    if (!r.noun && verb == nullptr) verb = &r;
  }
  // وخرج المتظاهرون ورددوا هتافات تطالب الحكومة بالرحيل، ورفعوا لافتات تستنكر قرار الوزارة: a demand or a condemnation
  // voiced by chants or banners of a protest the sentence reports (not AfterChant's own protest) is that protest's,
  // coded with it (PrepTarget reads the body it addresses): the chant's verb, of whatever line, is no event of its own,
  // and its object (الحكومة) is no demander. (Not a verb joined by و or ف: وطالب الرئيس after لافتات is a clause of its
  // own.)
  // (Asked last, of a verb line only: most triggers are no chant's.)
  if (verb != nullptr && !special_verb && !(text_.tokens[t.first].prefixes & (kProWa | kProFa)) && ChantWordAt(t) &&
      !AfterChant(t)) {
    verb = nullptr;
  }
  // A word written with tanwin (قاضياً، هجوماً) is a noun: a verb never takes it.
  if (verb != nullptr && HasTanwin(text_.Text(text_.tokens[t.first]))) verb = nullptr;
  // آليتهم "their vehicle", آلاتهم: a word written with a madda before its lam has no article for its matching form
  // (اليتهم، الاتهم) to lose; the verb left (يتهم، اتهم) is not in it.
  if (verb != nullptr && WordStartsWith(text_.Text(text_.tokens[t.first]), "آل") && !WordStartsWith(verb->form, "آل") &&
      !WordStartsWith(verb->form, "ال")) {
    verb = nullptr;
  }
  if (noun == nullptr && verb == nullptr) return nullptr;
  if (noun == nullptr) {
    // A verb never takes the article or a preposition: الاسر is not أُسِر.
    if (text_.tokens[t.first].prefixes & (kProAl | kProBi | kProLi | kProKa)) return nullptr;
    return verb;
  }
  if (verb == nullptr) return noun;
  // Unvocalized قتل، دعم، سحق are both verb and verbal noun. The noun reading wins after the article
  // or a preposition (الى دعم حفتر), and for a word joined by و to a preceding verbal noun
  // (اندحار حفتر وسحق قواته).
  const Token& first = text_.tokens[t.first];
  if (first.prefixes & (kProAl | kProBi | kProLi | kProKa)) return noun;
  // نظمت عائلات قتلى قصف السوق وقفة: in the construct after two nouns of reference, a genitive, a noun.
  if (NamedByEarlierEvent(t.first, text_.clauses[first.clause])) return noun;
  // تظاهر الطلاب تضامنا مع غزة، دعما للأسرى: a noun of purpose in the accusative (grammar.tsv protest_purpose), not
  // the dual of a verb.
  if (!(first.prefixes & ~kProWa) && GrammarWordAt(t.first) == GrammarWord::kProtestPurpose) return noun;
  // أعلنت الحكومة رفضها، أجرت القوات مناورات: a word in the rest of a verb phrase split by its subject
  // is the phrase's object, a noun.
  // (Hits are in text order: only those before `t` can hold it in their rest, so the walk starts at
  // `t`'s own hit, where `t` is one of hits_, as every caller's is.)
  size_t from = hits_.size();
  if (std::less_equal<>()(hits_.data(), &t) && std::less<>()(&t, hits_.data() + hits_.size())) {
    from = static_cast<size_t>(&t - hits_.data());
  }
  for (size_t h = from; h-- > 0 && hits_[h].first + 16 > t.first;) {
    if (hits_[h].first < t.first && hits_[h].InRest(t.first)) return noun;
  }
  if (CueEndsBefore(t.first, CueKind::kPreposition) || CueEndsBefore(t.first, CueKind::kClassifier)) return noun;
  if ((first.prefixes & kProWa) && last_noun_clause_ == static_cast<int64_t>(first.clause)) return noun;
  // After a common noun in the construct state (قصد قتل، تكرار خطف، لتبرير قتل) the word is its
  // genitive: a noun without the article or a pronoun, not a verb, a name or a time word.
  if (t.first > 0 && !(first.prefixes & (kProWa | kProFa))) {
    uint32_t k = t.first - 1;
    const Token& p = text_.tokens[k];
    std::string_view pn = BareWord(text_.Norm(p));
    bool construct = p.sentence == first.sentence && p.kind == TokenKind::kWord && MentionAt(k) < 0 &&
                     token_trigger_[k] < 0 && (p.word_class & kWordNoun) &&
                     !(p.word_class & (kWordVerb | kWordFunction | kWordName | kWordNumber | kWordLexicon)) &&
                     !(p.prefixes & kProAl) && p.suffix == Enclitic::kNone && !IsTimeWord(k) &&
                     !(pn.size() > 2 && pn.substr(pn.size() - 2) == "ا");
    if (construct) return noun;
  }
  // قد، وقد، لقد is followed by a verb (وكان الجيش قد قصف مواقع: had shelled), never by a noun.
  if (t.first > 0 && text_.tokens[t.first - 1].sentence == first.sentence && Bare(t.first - 1) == "قد") return verb;
  // A verb of saying or intending is followed by a verbal noun, not a second verb (أكد دعم بلاده).
  // A relative pronoun, a temporal conjunction or a noun of the crowd is followed by a verb.
  uint32_t others = t.first < cue_ends_before_.size() ? cue_ends_before_[t.first] : 0;
  uint32_t verb_next = 1u << static_cast<unsigned>(CueKind::kNegation) | 1u << static_cast<unsigned>(CueKind::kRelative) |
                       1u << static_cast<unsigned>(CueKind::kTemporal) | 1u << static_cast<unsigned>(CueKind::kCrowd);
  if (others & ~verb_next) return noun;
  // So is a word with a pronoun after the subject of saying (أعلنت واشنطن دعمها للحكومة، أكدت تركيا
  // رفضها): a verb of saying takes its report with أنّ, so the word is its object, a noun whose pronoun
  // is the sayer.
  int32_t subject = t.first > 0 ? MentionAt(t.first - 1) : -1;
  const int32_t said = subject >= 0 && group_of_[subject] >= 0 ? groups_[group_of_[subject]].front() : subject;
  if (subject >= 0 && M(subject).end_token == t.first && SaidBy(said) && (M(subject).is_actor || StatePlace(subject))) {
    // قررت الجزائر طرد 12 موظفا، أعلنت موسكو طرد دبلوماسيين: so is a word without a pronoun after the
    // subject (a list's first member) of a verb of deciding, or after a state or capital that says something
    // (no verb takes a place named as a state for its subject after it), outside killing and wounding, whose
    // verb reading is kept (أعلن الجيش قتل خمسة مسلحين).
    const uint32_t said_first = M(said).first_token;
    const bool deciding = (cue_ends_before_[said_first] >> static_cast<unsigned>(CueKind::kIntended)) & 1u;
    // (So after a verb of announcing or denying: أعلن الجيش السوداني قصف مواقع، نفى الجيش قصف مخيم; not after one of
    // refusing, رفض المجلس العسكري طلب إيكواس الإفراج, whose طلب stays the verb that makes the release asked for.)
    // (Not after one not confirming, لم يؤكد الجيش قصف مواقع: the claim stays the verb's, alleged.)
    const uint32_t said_cues = cue_ends_before_[said_first];
    const bool announcing = ((said_cues >> static_cast<unsigned>(CueKind::kReported)) & 1u) &&
                            !((said_cues >> static_cast<unsigned>(CueKind::kAlleged)) & 1u);
    if (first.suffix != Enclitic::kNone ||
        ((deciding || announcing || (!M(said).is_actor && StatePlace(said))) && !(first.prefixes & (kProWa | kProFa)) &&
         !(verb->flags & (kFlagKill | kFlagInjure)))) {
      return noun;
    }
  }
  // واصل الجيش السوداني قصف مواقع الدعم السريع: a verb of going on takes the act as its object, after its
  // subject too: the word is a verbal noun, not a second verb.
  if (!(first.prefixes & (kProWa | kProFa)) && ContinuationSubjectBefore(t.first) >= 0) return noun;
  return verb;
}

int32_t DocumentCoder::ContinuationSubjectBefore(uint32_t k) const {
  if (k < 2) return -1;
  int32_t m = MentionAt(k - 1);
  if (m < 0 || M(m).end_token != k || IsPrepositional(m)) return -1;
  // (واصلت الطائرات الأمريكية قصف: machines of war with their nationality, which stands for their state.)
  uint32_t f = M(m).first_token;
  bool machines = NationalityAt(f) == m && f > 0 && text_.tokens[f - 1].prefixes == kProAl && MentionAt(f - 1) < 0 &&
                  (WordKindsAt(f - 1) & kMachineWord);
  if (!(M(m).is_actor || StatePlace(m) || machines)) return -1;
  int32_t g = group_of_[m];
  int32_t head = g >= 0 ? groups_[g].front() : m;
  if (g >= 0 && groups_[g].back() != m) return -1;
  uint32_t v = machines ? f - 1 : M(head).first_token;
  if (v == 0) return -1;
  --v;
  const Token& w = text_.tokens[v];
  if (w.kind != TokenKind::kWord || w.sentence != text_.tokens[k].sentence || (w.prefixes & ~(kProWa | kProFa)) ||
      !(WordKindsAt(v) & kContinuationWord)) {
    return -1;
  }
  return head;
}


bool DocumentCoder::ComplementFollows(size_t h) const {
  const TriggerHit& next = hits_[h + 1];
  uint32_t end = std::max(hits_[h].end, hits_[h].rest_end);  // a split phrase ends with its rest
  if (text_.tokens[next.first].clause != text_.tokens[hits_[h].first].clause) return false;
  // (An adverb may stand before the act: أدانت الأردن بشدة قصف المدرسة.)
  if (next.first <= PastInsertion(end) + 1) return true;
  // The doer may stand between (هدد زعيم جماعة الحوثي عبد الملك الحوثي باستهداف): one actor's words.
  int32_t between = MentionAt(end);
  return between >= 0 && M(between).is_actor && M(between).first_token == end &&
         PastInsertion(M(between).end_token) == next.first;
}

void DocumentCoder::ComplementTargets(std::vector<Event>* out) {
  // هدد الحوثيون باستهداف السفن الإسرائيلية: a threat with no target of its own threatens the target
  // of the act it names right after it or after its doer (an intended event), and the act with no doer of its own is
  // the threatener's. So does an expression of intent or readiness (AGREE: أبدت إثيوبيا استعدادها
  // لاستئناف المحادثات مع مصر).
  // (Only a hit with a condemnation, a threat or an agreement among its events is asked whether an act follows it:
  // the others, most, change nothing below.)
  auto takes_complement = [&](size_t h) {
    for (size_t t : hit_events_[h]) {
      const Event& x = (*out)[t];
      if (x.negated) continue;
      if ((WordIs(x.event, "ACCUSE") && !x.target) || WordIs(x.event, "THREATEN") || WordIs(x.event, "AGREE")) {
        return true;
      }
    }
    return false;
  };
  for (size_t h = 0; h + 1 < hits_.size(); ++h) {
    if (!takes_complement(h) || !ComplementFollows(h)) continue;
    // هدد الوزير بشن عملية عسكرية: a light verb's noun (بشن، no event of its own) is followed by the act.
    size_t act_hit = h + 1;
    if (hit_events_[act_hit].empty() && act_hit + 1 < hits_.size() && hits_[act_hit].end == hits_[act_hit].first + 1 &&
        hits_[act_hit + 1].first == hits_[act_hit].end && (text_.tokens[hits_[act_hit].first].prefixes & kProBi) &&
        hit_doer_[act_hit] < 0) {
      ++act_hit;
    }
    for (size_t t : hit_events_[h]) {
      Event& threat = (*out)[t];
      // أدانت الخارجية الأردنية اعتقال الشرطة الإسرائيلية صحفيين: a condemnation with no target of its
      // own is aimed at the doer of the act it names right after it.
      if (WordIs(threat.event, "ACCUSE") && !threat.negated && !threat.target) {
        // (A verb after a relative pronoun describes the act condemned: in أدانت السعودية الهجوم الذي
        // استنكرته الأمم المتحدة the UN condemned it too and did not do it. Only a material act there, الهجوم
        // الذي استهدف مسجدا، names its doer.)
        const uint32_t act_first = hits_[act_hit].first;
        const bool relative = act_first > 0 && RelativePronounAt(act_first - 1);
        for (size_t a : hit_events_[act_hit]) {
          const Event& act = (*out)[a];
          bool own = act.source && threat.source && act.source->actor_id == threat.source->actor_id;
          if (relative && act.quad_class != 4) continue;
          if (act.source && !own && !act.negated) {
            threat.target = act.source;
            break;
          }
        }
        // (An act the condemnation names as reported elsewhere, which gives no event here: its doer.)
        if (!threat.target && hit_events_[act_hit].empty() && hit_doer_[act_hit] >= 0) {
          EventActor doer = MakeActor(hit_doer_[act_hit]);
          if (!threat.source || doer.actor_id != threat.source->actor_id) threat.target = doer;
        }
        continue;
      }
      if ((!WordIs(threat.event, "THREATEN") && !WordIs(threat.event, "AGREE")) || threat.negated) continue;
      for (size_t a : hit_events_[act_hit]) {
        Event& act = (*out)[a];
        if (!WordIs(act.modality, "intended") || act.negated) continue;
        // (The act aimed at the threatener himself is neither his nor a threat against him.)
        bool own = act.target && threat.source && act.target->actor_id == threat.source->actor_id;
        if (!act.source && threat.source && !own) act.source = threat.source;
        if (!threat.target && act.target && !own) threat.target = act.target;
      }
    }
  }
}

// ونددت حماس بالقصف، ودانت الأمم المتحدة الهجوم، واستنكرت النقابة الاعتقال: a condemnation whose phrase ends in a
// definite noun of an act, with no genitive, relative clause or doer of its own, names again the act of
// that type told before in the document, as a reader takes it; with no target of its own it is aimed at
// that act's doer. Only an act told as done (not negated, intended or hypothetical) and not by the one
// who condemns.
void DocumentCoder::CondemnedActsToldBefore(std::vector<Event>* out) {
  for (size_t h = 1; h < hits_.size(); ++h) {
    if (!CueStartsAt(hits_[h].first, CueKind::kCondemn)) continue;
    Event* reaction = nullptr;
    for (size_t e : hit_events_[h]) {
      Event& x = (*out)[e];
      if (WordIs(x.event, "ACCUSE") && !x.target && !x.negated) reaction = &x;
    }
    if (reaction == nullptr) continue;
    const Clause& c = text_.clauses[text_.tokens[hits_[h].first].clause];
    // The act: the last word of a phrase split by its subject (ندد ... بالقصف), or the word after the verb,
    // past the one who condemns and an adverb (ودانت الأمم المتحدة الهجوم).
    uint32_t j = hits_[h].end;
    if (hits_[h].rest_end > hits_[h].end) {
      j = hits_[h].rest_end - 1;
    } else {
      // (The one who condemns, after the verb, may be named by a genitive chain: نقابة الصحفيين.)
      for (int32_t m = j < c.end_token ? MentionAt(j) : -1; m >= 0 && M(m).first_token == j && M(m).is_actor;
           m = j < c.end_token ? MentionAt(j) : -1) {
        j = M(m).end_token;
      }
      if (j < c.end_token) j = PastInsertion(j);
    }
    if (j >= c.end_token || MentionAt(j) >= 0) continue;
    const Token& noun = text_.tokens[j];
    // (An adverb may close the phrase: وأدانت قطر الهجوم بشدة.)
    uint32_t after = j + 1;
    if (after < c.end_token && text_.tokens[after].kind == TokenKind::kWord) {
      after = std::max(after, CueEndAt(after, c.end_token, CueKind::kAdverb));
    }
    bool ends_phrase = after >= c.end_token || text_.tokens[after].kind != TokenKind::kWord ||
                       (text_.tokens[after].prefixes & (kProWa | kProFa));
    if (noun.kind != TokenKind::kWord || !(noun.prefixes & kProAl) || noun.suffix != Enclitic::kNone || !ends_phrase) {
      continue;
    }
    const TriggerRecord* x = token_trigger_[j] >= 0 && hits_[token_trigger_[j]].first == j
                                 ? ChooseRecord(hits_[token_trigger_[j]], *hit_payloads_[token_trigger_[j]])
                                 : NounLineOf(Bare(j));
    const CameoCode* code = x != nullptr && x->noun ? ont_.Find(x->cameo) : nullptr;
    if (code == nullptr || code->plover.empty() || code->plover == reaction->event) continue;
    auto own = [&](const EventActor& a) { return reaction->source && a.actor_id == reaction->source->actor_id; };
    for (size_t b = h; b-- > 0 && !reaction->target;) {
      for (size_t e : hit_events_[b]) {
        const Event& act = (*out)[e];
        if (act.event != code->plover || act.negated || !act.source || own(*act.source) ||
            WordIs(act.modality, "intended") || WordIs(act.modality, "hypothetical")) {
          continue;
        }
        reaction->target = act.source;
        break;
      }
    }
  }
}

// ووقع البلدان اتفاقية، وبحث الجانبان تطورات الأوضاع، واتفق الطرفان على مواصلة الحوار: an event with no actor
// of its own whose subject is a dual naming two parties (coder/word_kinds.tsv `parties`), with the article
// and nothing qualifying it after, right after the trigger or opening the clause before it, is between
// the two parties of the last event told before it, in its sentence or the one before, with a source and
// a target.
void DocumentCoder::PartiesNamedByDual(std::vector<Event>* out) {
  auto dual = [&](uint32_t k, const Clause& c, uint32_t rest) {
    const Token& w = text_.tokens[k];
    if (w.kind != TokenKind::kWord || (w.prefixes & ~(kProWa | kProFa)) != kProAl || w.suffix != Enclitic::kNone ||
        MentionAt(k) >= 0 || !(WordKindsAt(k) & kPartiesWord)) {
      return false;
    }
    // (البلدان الأوروبية: a plural with its adjective, not the two countries; the rest of a phrase the dual
    // splits is none, وتبادل البلدان القصف.)
    return k + 1 >= c.end_token || k + 1 == rest || text_.tokens[k + 1].kind != TokenKind::kWord ||
           text_.tokens[k + 1].prefixes != kProAl;
  };
  // (وأكد الوزيران رفضهما: the dual read as a generic agent, the event's only actor, names the parties
  // as well.)
  auto dual_agent = [&](const Event& x, const Clause& c) {
    if (!x.source || x.target) return false;
    for (uint32_t k = c.first_token; k < c.end_token; ++k) {
      if (text_.tokens[k].begin != x.source->begin) continue;
      int32_t m = MentionAt(k);
      return text_.tokens[k].end == x.source->end && m >= 0 && M(m).record < 0 && M(m).country.empty() &&
             (text_.tokens[k].prefixes & ~(kProWa | kProFa)) == kProAl && (WordKindsAt(k) & kPartiesWord);
    }
    return false;
  };
  // Consultations, agreements and cooperation are between the two (one event, source and target); so is
  // any event of a line flagged mutual (agreements signed: وقع البلدان اتفاقية; an exchange: وتبادل البلدان
  // القصف، تبادل الجانبان إطلاق النار, one fight between the two as اشتباكات بين الهند وباكستان is); anything
  // else each of them does (ودان البلدان الهجوم: two condemnations).
  auto mutual = [&](const Event& x, size_t h) {
    if (WordIs(x.event, "CONSULT") || WordIs(x.event, "AGREE") || WordIs(x.event, "COOPERATE")) return true;
    for (uint32_t p : *hit_payloads_[h]) {
      if ((trig_.trigger(p).flags & kFlagMutual) && trig_.trigger(p).cameo == x.cameo) return true;
    }
    return false;
  };
  std::vector<Event> second_parties;  // (what each party does alone: the second party's events)
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_events_[h].empty()) continue;  // (what follows changes only the hit's events)
    const TriggerHit& t = hits_[h];
    const Clause& c = text_.clauses[text_.tokens[t.first].clause];
    const bool right_after = t.end < c.end_token && dual(t.end, c, t.rest);
    bool named = right_after || (t.first == c.first_token + 1 && dual(c.first_token, c, UINT32_MAX));
    // التقى الوزير نظيره التركي، وبحثا تطورات الأوضاع: a past verb in the dual joined by و or ف holds the two
    // parties as its subject. (Not بحثا عن, the accusative noun "in search of", which takes no و.)
    bool dual_verb = false;
    if (!named && hit_verb_[h] && t.end == t.first + 1 && (text_.tokens[t.first].prefixes & (kProWa | kProFa)) &&
        text_.tokens[t.first].suffix == Enclitic::kNone) {
      const TriggerRecord* r = ChooseRecord(t, *hit_payloads_[h]);
      if (r != nullptr && !r->noun && !r->present) {
        std::string_view v = Bare(t.first);
        std::string_view form = BareWord(r->first_word);
        dual_verb = v.starts_with(form) && ((v.size() == form.size() + std::string_view("ا").size() && v.ends_with("ا")) ||
                                            (v.size() == form.size() + std::string_view("تا").size() && v.ends_with("تا")));
      }
    }
    named = named || dual_verb;
    for (size_t e : hit_events_[h]) {
      Event& x = (*out)[e];
      // (A source carried from the clause before, where the dual right after the verb is its subject: التقى
      // الوزير نظيره، ووقع الجانبان مذكرة تفاهم.)
      bool by_dual = named && !x.target && (!x.source || right_after || dual_verb);
      if (!by_dual && !dual_agent(x, c)) continue;
      std::optional<EventActor> carried = std::move(x.source);
      x.source.reset();
      for (size_t b = h; b-- > 0 && !x.source;) {
        for (size_t f : hit_events_[b]) {
          const Event& y = (*out)[f];
          if (y.sentence + 1 < x.sentence) break;
          if (!y.source || !y.target || y.negated || y.source->actor_id == y.target->actor_id) continue;
          x.source = y.source;
          if (mutual(x, h)) {
            x.target = y.target;
          } else {
            second_parties.push_back(x);
            second_parties.back().source = y.target;
          }
          break;
        }
        if (!hit_events_[b].empty() && (*out)[hit_events_[b].front()].sentence + 1 < x.sentence) break;
      }
      if (!x.source) x.source = std::move(carried);
      // (An exchange of fire by the dual with no parties told before, nor a toll or a place, is no event:
      // CodeTrigger kept it for them.)
      if (!x.source && !x.target && !x.location && !x.fatalities && !x.injured && WordIs(x.event, "ASSAULT") &&
          right_after && hit_verb_[h]) {
        x.event.clear();
      }
    }
  }
  // (Appended once the loop is done: the events of the hits are referred to by index above.)
  for (Event& x : second_parties) out->push_back(std::move(x));
}

void DocumentCoder::RetaliationAgainstActsToldBefore(std::vector<Event>* out) {
  for (size_t h = 1; h < hits_.size(); ++h) {
    Event* threat = nullptr;
    for (size_t e : hit_events_[h]) {
      Event& x = (*out)[e];
      if (WordIs(x.event, "THREATEN") && !x.target && !x.negated && x.source) threat = &x;
    }
    if (threat == nullptr) continue;
    // The word of retaliation after ب, in the threat's phrase or after its verb and subject (توعد الجيش
    // السوداني بالرد الحاسم), before any other trigger.
    const TriggerHit& t = hits_[h];
    const Clause& c = text_.clauses[text_.tokens[t.first].clause];
    bool retaliation = false;
    for (uint32_t k = t.first + 1; !retaliation && k < c.end_token && k < t.first + 8; ++k) {
      if (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(h)) break;
      retaliation = (text_.tokens[k].prefixes & kProBi) && (WordKindsAt(k) & kRetaliationWord);
    }
    if (!retaliation) continue;
    const uint32_t sentence = threat->sentence;
    bool done = false;
    for (size_t b = h; b-- > 0 && !done;) {
      for (size_t e : hit_events_[b]) {
        const Event& act = (*out)[e];
        if (act.sentence + 2 < sentence) {
          done = true;
          break;
        }
        if ((!WordIs(act.event, "ASSAULT") && !WordIs(act.event, "COERCE")) || act.negated || !act.source ||
            WordIs(act.modality, "intended") || WordIs(act.modality, "hypothetical") ||
            act.source->actor_id == threat->source->actor_id) {
          continue;
        }
        // (Nor by its state as a whole, or the state's own: توعد الجيش الإسرائيلي after قصفت إسرائيل; أعلن
        // الجيش الباكستاني إسقاط طائرات before توعد رئيس الوزراء الباكستاني: a state's government and its
        // forces are one side.)
        if (act.source->country == threat->source->country && !act.source->country.empty() &&
            IsStateBodySector(act.source->sector) && IsStateBodySector(threat->source->sector)) {
          continue;
        }
        threat->target = act.source;
        if (explain_) threat->explain.push_back(fmt::format("target '{}' (the doer of the act told before, retaliated for)", act.source->text));
        done = true;
        break;
      }
    }
  }
}

namespace {

// Folds a second report of one event into the first: its evidence, the larger counts, and, with
// `take_code`, its more specific code.
void Absorb(Event* into, const Event& from, bool take_code) {
  into->mentions.push_back(from.mentions.front());
  auto larger = [](std::optional<int64_t>* a, const std::optional<int64_t>& b) {
    if (b && (!*a || *b > **a)) *a = b;
  };
  larger(&into->fatalities, from.fatalities);
  larger(&into->injured, from.injured);
  larger(&into->captured, from.captured);
  if (take_code) {
    into->cameo = from.cameo;
    into->mode = from.mode;
    into->quad_class = from.quad_class;
    into->goldstein = from.goldstein;
  }
}

}  // namespace

// (بصواريخ باليستية مجنحة وطائرات: the words from munitions after بـ to the noun joined to them.)
constexpr uint32_t kJoinedMeansReach = 3;

void DocumentCoder::ClashWithLeadSubject(std::vector<Event>* out) {
  // أزالت قوات الجيش خيام المعتصمين، واندلعت اشتباكات مع مسلحين؛ اقتحمت القوات الإسرائيلية المخيم واندلعت مواجهات مع
  // الشبان: the clash told after the lead's act, with its one side after مع, was fought by the lead's subject. (A noun
  // hit followed by مع, a few a document: one look at the sentence's first words each.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_verb_[h] || hit_events_[h].empty()) continue;
    const TriggerHit& t = hits_[h];
    const uint32_t with = std::max(t.end, t.rest_end);
    if (with + 1 >= text_.tokens.size() || text_.tokens[with].kind != TokenKind::kWord ||
        text_.tokens[with].prefixes != 0 || Bare(with) != "مع") {
      continue;
    }
    const Token& tt = text_.tokens[t.first];
    const uint32_t lead = text_.sentences[tt.sentence].first_token;
    // (The clash's clause joined by و: on the noun, or on the verb of occurrence right before it, واندلعت.)
    const bool joined = (tt.prefixes & kProWa) || (t.first > lead && (text_.tokens[t.first - 1].prefixes & kProWa));
    if (!joined || t.first < lead + 3) continue;
    // (The lead's first word a verb: one the word list knows as one, or a word it does not know, with no article,
    // that is no noun of an event: a plain word before an actor opening a sentence, أزالت قوات الشرطة.)
    const Token& verb = text_.tokens[lead];
    const bool unknown = !(verb.word_class & (kWordNoun | kWordName | kWordFunction | kWordNumber)) &&
                         !(verb.prefixes & kProAl) && verb.suffix == Enclitic::kNone;
    const int32_t lead_hit = token_trigger_[lead];
    if (verb.kind != TokenKind::kWord || (!(verb.word_class & kWordVerb) && !unknown) || MentionAt(lead) >= 0 ||
        (lead_hit >= 0 && !hit_verb_[static_cast<size_t>(lead_hit)])) {
      continue;
    }
    const int32_t subject = MentionAt(lead + 1);
    if (subject < 0 || M(subject).first_token != lead + 1 || !M(subject).is_actor || M(subject).object ||
        M(subject).is_place() || (M(subject).prefixes & (kPrepClitics | kProWa)) ||
        M(subject).end_token >= t.first) {
      continue;
    }
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (!WordIs(e.event, "ASSAULT") || e.source) continue;
      e.source.emplace(BuiltBy{[&] { return MakeActor(subject); }});
      if (e.target && e.target->begin == e.source->begin) {
        e.source.reset();
        continue;
      }
      if (explain_) {
        e.explain.push_back(fmt::format("source '{}' (subject of the lead clause: the other side of the clash)",
                                        e.source->text));
      }
    }
  }
}

void DocumentCoder::MergeRestNouns(std::vector<Event>* out) {
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    if (hit_events_[hi].empty()) continue;
    const Token& first = text_.tokens[hits_[hi].first];
    for (size_t h = hi; h-- > 0 && hits_[h].first + 16 > hits_[hi].first;) {
      // فرقت الشرطة المتظاهرين بالغاز المسيل للدموع: a noun of the same type after ب, a few words after
      // a verb phrase of its clause and its arguments, is the means of the verb's event; so is one
      // after في، جراء، إثر (قتل سبعة مدنيين في قصف مدفعي: the shelling is the killing).
      uint32_t end = std::max(hits_[h].end, hits_[h].rest_end);
      bool after_means_word = hits_[hi].first > 0 && !(first.prefixes & kPrepClitics) &&
                              (WordKindsAt(hits_[hi].first - 1) & kMeansWord);
      // (استهدفت الجماعة حاملة طائرات بصواريخ مجنحة وطائرات مسيرة: a noun joined by و to munitions after بـ is a
      // means too.)
      for (uint32_t j = hits_[hi].first; !after_means_word && (first.prefixes & kProWa) && j-- > 0 &&
                                         j + kJoinedMeansReach >= hits_[hi].first;) {
        const Token& w = text_.tokens[j];
        if (w.kind != TokenKind::kWord || w.clause != first.clause) break;
        after_means_word = (w.prefixes & kProBi) && (WordKindsAt(j) & (kMunitionWord | kMachineWord));
        if (token_trigger_[j] >= 0) break;
      }
      // (مقتل شخصين في غارة إسرائيلية: so is one after a noun of killing or wounding, the toll of its incident.)
      // (Not the noun in the rest of a verb's phrase, لقي عشرة أشخاص مصرعهم, whose event is the verb's.)
      bool toll_noun = false;
      for (size_t fi : hit_events_[h]) toll_noun = toll_noun || !(*out)[fi].event.empty();
      toll_noun = toll_noun && TollNounAt(h);
      bool means = ((first.prefixes & kProBi) || after_means_word) && (hit_verb_[h] || toll_noun) && !hit_verb_[hi] &&
                   end <= hits_[hi].first && text_.tokens[hits_[h].first].clause == first.clause;
      if (means && end + 4 < hits_[hi].first) {
        // (استهدفت الفصائل مقر الفرقة الرابعة بقذائف الهاون: after its object; قصف الجيش مصفاة في منطقة سامارا
        // الروسية بطائرات مسيرة: after its place.)
        uint32_t args_end = 0;
        // (قتل خمسة مقاتلين من حركة الشباب بغارة للجيش الصومالي: not the doer the means itself names after it with لـ,
        // which the verb took from it.)
        auto means_doer = [&](const EventActor& a) {
          uint32_t k = hits_[hi].end;
          if (k >= text_.tokens.size() || text_.tokens[k].begin != a.begin || !(text_.tokens[k].prefixes & kProLi)) return false;
          for (size_t ei : hit_events_[hi]) {
            const Event& e = (*out)[ei];
            if (e.source && e.source->begin == a.begin) return true;
          }
          return false;
        };
        for (size_t fi : hit_events_[h]) {
          const Event& f = (*out)[fi];
          // (Nor a doer named after the means, قتل ستة أفراد من عائلة واحدة في قصف إسرائيلي: the means' own, passed to the
          // verb; the verb's arguments stand before the means.)
          if (f.source && !means_doer(*f.source) && f.source->begin < first.begin) {
            args_end = std::max<uint32_t>(args_end, static_cast<uint32_t>(f.source->end));
          }
          if (f.target) args_end = std::max<uint32_t>(args_end, static_cast<uint32_t>(f.target->end));
          if (f.location && f.location->end <= first.begin) args_end = std::max<uint32_t>(args_end, f.location->end);
          // (فقد الجيش أمس خمسة من جنوده في انفجار: after its date.)
          if (f.date_end > 0 && f.date_end <= first.begin) args_end = std::max<uint32_t>(args_end, f.date_end);
        }
        uint32_t between = 0;
        for (uint32_t k = hits_[hi].first; k > end && text_.tokens[k - 1].begin >= args_end; --k) ++between;
        means = args_end > 0 && args_end <= first.begin && between <= 4;
      }
      // أودى القصف الإسرائيلي بحياة خمسة: the violent event that is the subject of a phrase of its
      // result, between the verb and the rest, is the killing.
      bool cause = hits_[h].rest > hits_[h].end && hits_[hi].first >= hits_[h].end && hits_[hi].first < hits_[h].rest;
      // استهدفت غارة إسرائيلية حافلة، قتل القصف الإسرائيلي عشرة مدنيين: a violent noun right after a
      // violent verb is its subject, the same event (its doer may be named as a state or its military).
      bool subject = hits_[hi].first == hits_[h].end && hits_[h].rest <= hits_[h].end && hit_verb_[h] &&
                     !hit_verb_[hi] && !(first.prefixes & ~kProAl);
      if (!hits_[h].InRest(hits_[hi].first) && !means && !cause && !subject) continue;
      for (size_t ei : hit_events_[hi]) {
        Event& e = (*out)[ei];
        for (size_t fi : hit_events_[h]) {
          Event& f = (*out)[fi];
          if (f.event.empty() || e.event != f.event || e.negated != f.negated) continue;
          // (صد الجيش هجوما شنته قوات الدعم السريع، صدت القوات هجوما لحركة الشباب على قاعدة لها: where the phrase
          // of repelling has as target the attacker the noun names, the phrase is the defence against that attack,
          // aimed at the defender or a post of its side: one clash, the attacker's on the defender; the defender's own
          // event only with a toll or captives of its own, ما أسفر عن مقتل العشرات منهم.)
          bool repelled = e.source && e.target && f.source && f.target && f.target->actor_id == e.source->actor_id &&
                          SameSide(e.target, f.source) && hits_[h].InRest(hits_[hi].first) &&
                          (WordKindsAt(hits_[h].first) & kRepelWord) && !f.fatalities && !f.injured && !f.captured;
          const uint32_t sentence_end = text_.sentences[first.sentence].end_token;
          const uint32_t toll_end = repelled ? sentence_end : hits_[hi].end;
          for (const CueHit& q : CuesOfKindsIn(hits_[hi].end, toll_end, CueKind::kResult)) {
            repelled = repelled && !(q.kind == CueKind::kResult && q.first >= hits_[hi].end);
          }
          if (repelled) e.target = f.source;
          // (تصدت الدفاعات الجوية السعودية لهجوم بطائرات مسيرة: the noun of the phrase's rest aimed at the phrase's
          // subject is the attack the subject repelled, not one it made: the phrase names that attack, unless it
          // names the attacker the subject fought back, its own event.)
          if (e.target && f.source && e.target->actor_id == f.source->actor_id && hits_[h].InRest(hits_[hi].first)) {
            if (f.target && !repelled) continue;
            if (!e.location) e.location = f.location;
            Absorb(&e, f, false);
            f.event.clear();
            break;
          }
          // (لقي ثلاثة جنود مصرعهم وأصيب ثلاثة آخرون بهجوم لحركة الشباب: the noun in the rest of the phrase is
          // the phrase's event; the doer it found, the phrase's subject being its victims, is the phrase's.)
          bool rest_doer = !f.source && hits_[h].InRest(hits_[hi].first);
          // (فرضت السلطات الإيرانية حظر التجول ... برصاص قوات الأمن: the noun of the phrase's own code that is its
          // rest is the phrase's event, done by the phrase's subject, whoever else its own search found. A noun of
          // another code is an event of its own: أسقطت الدفاعات طائرة مسيرة أطلقها الحوثيون.)
          bool own_rest = f.source && e.cameo == f.cameo && hits_[h].InRest(hits_[hi].first) &&
                          hits_[hi].end <= hits_[h].rest_end;
          // (نظم طلاب جامعة الخرطوم وقفة احتجاجية: the same words are the same doer, whatever state the place of one
          // of the two events gave it.)
          bool same_source = !e.source || own_rest || (f.source && e.source->actor_id == f.source->actor_id) ||
                             (f.source && e.source->begin == f.source->begin && e.source->end == f.source->end) ||
                             (subject && f.source && e.source->sector.empty() && e.source->country == f.source->country) ||
                             rest_doer || (means && SameSide(e.source, f.source));
          // (نفذ الجيش الأمريكي ضربة جوية استهدفت قياديا ... بسوريا: the state the strike took place in
          // is the phrase's target only where the noun names none.)
          bool place_only = f.target && e.target && hit_place_target_[h] && !hit_place_target_[hi];
          // (قتل ثلاثة عشر شخصا في غارة إسرائيلية على مخيم عين الحلوة: nor is the state of the place the
          // means struck where the killing names its victims.)
          bool means_place_only = f.target && e.target && hit_place_target_[hi] && !hit_place_target_[h];
          // (قتل ثلاثة جنود نيجيريين في هجوم ... على قاعدة: the means hit the victims' side.)
          // (أصدرت محكمة تونسية حكما بسجن المعارض راشد الغنوشي: the phrase's own rest is its event, whose target
          // the phrase found, the person the title names, where the noun took the title.)
          // (قضى جنديان في هجوم لمسلحين على حاجز أمني: a state's forces of two names, the soldiers killed and the
          // police the checkpoint stands for, of one state or one naming none, are one side to the means.)
          auto security = [](const EventActor& a) { return a.sector == "MIL" || a.sector == "COP"; };
          bool forces = means && e.target && f.target && security(*e.target) && security(*f.target) &&
                        (e.target->country == f.target->country || e.target->country.empty() ||
                         f.target->country.empty());
          // (قتل بريطاني في هجوم على فندق: the building the means hit is where the people it killed were.)
          auto building = [&](const EventActor& a) {
            for (uint32_t k = hits_[hi].end; k < text_.tokens.size() && text_.tokens[k].clause == first.clause; ++k) {
              if (text_.tokens[k].begin != a.begin) continue;
              int32_t m = MentionAt(k);
              return m >= 0 && M(m).object;
            }
            return false;
          };
          // قتل ثلاثة جنود في مواجهات بين الجيش ومسلحين، لقي سبعة أشخاص حتفهم في اشتباكات بين مسلحين من قبيلتين: a
          // killing in an armed clash is the clash, fought by its first side; where the clash names a second, that
          // side is the target, not the dead, who may have fallen on either.
          if (means && !hit_verb_[hi] && e.cameo == "193" && e.source && f.target &&
              (!f.source || f.source->actor_id == e.source->actor_id)) {
            f.source = e.source;
            if (e.target) f.target = e.target;
            if (!f.location) f.location = e.location;
            Absorb(&f, e, f.cameo == "190");
            e.event.clear();
            break;
          }
          bool struck_building = means && e.target && f.target && building(*e.target);
          bool same_target = !e.target || !f.target || e.target->actor_id == f.target->actor_id || place_only ||
                             means_place_only || (means && SameSide(e.target, f.target)) || forces || struck_building ||
                             (own_rest && SameSide(e.target, f.target));
          if (!same_source || !same_target) continue;
          if (!f.target || place_only) f.target = e.target;
          // (اعتقل ثلاثة مطلوبين في مداهمة للشرطة: the doer the means names is the verb's where the verb names none.)
          if (rest_doer || (means && !f.source)) f.source = e.source;
          // قتل الجيش ثلاثة مسلحين بغارة جوية، أصيبوا بانفجار عبوة: the code of the means (195, 183)
          // names the event a bare killing or wounding (190) reports (triggers.tsv, the kill rule).
          Absorb(&f, e, f.cameo == "190" && e.cameo != f.cameo);
          e.event.clear();
          break;
        }
      }
      break;
    }
  }
  // قتل مسلح واعتقل آخرون في اشتباك مع الشرطة، قتل ثلاثة جنود في اشتباكات مع مسلحين: the people the verbs before a
  // clash (after في، خلال، إثر) killed, wounded or arrested with no doer named were the other side's, the one the clash
  // was with (مع, the clash's target where it names no doer): it did those acts, and the killing is the clash. Only a
  // state's forces arrest.
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    uint32_t k = hits_[hi].first;
    const Token& first = text_.tokens[k];
    if (k == 0 || hit_verb_[hi] || (first.prefixes & kPrepClitics) || !(WordKindsAt(k - 1) & kMeansWord)) continue;
    const TriggerRecord* r = ChooseRecord(hits_[hi], *hit_payloads_[hi]);
    if (r == nullptr || !(TextEqual(r->cameo, "193") || (r->flags & kFlagArmedClash))) continue;
    Event* clash = nullptr;
    for (size_t ei : hit_events_[hi]) {
      Event& e = (*out)[ei];
      if (WordIs(e.event, "ASSAULT") && e.cameo.starts_with("193") && !e.negated) clash = &e;
    }
    std::optional<EventActor> with;
    if (clash != nullptr) {
      if (clash->source || !clash->target) continue;
      with = clash->target;
    } else {
      // (Where the clash is reported only as the circumstance of an arrest: اعتقل خمسة في اشتباك مع الشرطة.)
      const uint32_t j = hits_[hi].end;
      if (j + 1 >= text_.sentences[first.sentence].end_token || Bare(j) != "مع" || text_.tokens[j].prefixes != 0) {
        continue;
      }
      int32_t m = MentionAt(j + 1);
      if (m < 0 || M(m).first_token != j + 1 || !M(m).is_actor || M(m).object) continue;
      with = MakeActor(m);
    }
    for (size_t h = hi; h-- > 0 && hits_[h].first + 16 > k;) {
      if (!hit_verb_[h] || text_.tokens[hits_[h].first].sentence != first.sentence) break;
      for (size_t fi : hit_events_[h]) {
        Event& f = (*out)[fi];
        if (f.event.empty() || f.source || f.negated || (f.target && SameSide(f.target, with))) continue;
        bool killing = WordIs(f.event, "ASSAULT") && f.target;
        bool arrest = f.cameo.starts_with("173") && IsStateAgent(with->sector) && IsArmed(with->sector);
        if (!killing && !arrest) continue;
        f.source = with;
        if (explain_) f.explain.push_back(fmt::format("doer '{}' (the side the clash after it was with)", with->text));
        if (killing && clash != nullptr && !clash->event.empty()) {
          if (!f.location) f.location = clash->location;
          Absorb(&f, *clash, f.cameo == "190");
          clash->event.clear();
        }
      }
    }
  }
  // قال الجيش إنه صد هجوما شنه مقاتلو بوكو حرام، أعلنت الشرطة أنها صدت هجوما لحركة الشباب: a phrase of repelling that
  // names the attack (صد هجوما، تصدى لهجوم) and then its doer (after a verb of carrying out, after لـ, or its demonym)
  // tells that doer's attack on the defender, one clash; the defender's own only with a toll after it (ما أسفر عن مقتل
  // العشرات منهم). (With the subject between, صد الجيش هجوما شنته, the noun is an event of its own, merged above.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    const TriggerHit& v = hits_[h];
    if (!hit_verb_[h] || hit_events_[h].empty() || v.end < v.first + 2 || v.rest_end > v.end ||
        !(WordKindsAt(v.first) & kRepelWord)) {
      continue;
    }
    const Sentence& sent = text_.sentences[text_.tokens[v.first].sentence];
    const Clause& c = text_.clauses[text_.tokens[v.first].clause];
    if (v.end >= c.end_token) continue;
    uint32_t q = CueEndAt(v.end, c.end_token, CueKind::kPerpetrate);
    uint32_t at = q > v.end ? q : v.end;
    int32_t m = at < c.end_token ? MentionAt(at) : -1;
    bool named = m >= 0 && M(m).first_token == at && M(m).is_actor && !M(m).object &&
                 (q > v.end || (M(m).prefixes & kPrepClitics) == kProLi);
    if (!named) m = NationalityAt(v.end);
    if (m < 0) continue;
    bool toll = false;
    for (const CueHit& r : CuesOfKindsIn(v.end, sent.end_token, CueKind::kResult)) {
      toll = toll || (r.kind == CueKind::kResult && r.first >= v.end);
    }
    if (toll) continue;
    const uint32_t doer_begin = MakeActor(m).begin;
    for (size_t fi : hit_events_[h]) {
      Event& f = (*out)[fi];
      if (!WordIs(f.event, "ASSAULT") || f.negated || !f.source || !f.target || f.target->begin != doer_begin ||
          f.fatalities || f.injured || f.captured) {
        continue;
      }
      std::swap(f.source, f.target);
      if (explain_) {
        f.explain.push_back(fmt::format("doer '{}' (of the attack the phrase of repelling names)", f.source->text));
      }
    }
  }
  // الغارات الإسرائيلية قتلت عشرة مدنيين، أكدت الوزارة أن القصف الروسي دمر المستشفى: a violent noun with its
  // nationality, opening its clause (or after أن) right before a violent verb, is the verb's subject: the
  // same event, whose doer is the noun's and whose code is the noun's where the verb's is the bare 190.
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    size_t h = hi - 1;
    const TriggerHit& n = hits_[h];
    if (!hit_verb_[hi] || hit_verb_[h] || hit_events_[hi].empty() || hit_events_[h].empty() || n.rest_end > n.end ||
        (text_.tokens[n.first].prefixes & ~kProAl)) {
      continue;
    }
    int32_t m = NationalityAt(n.end);
    // غارة شنتها مقاتلات إسرائيلية استهدفت منزلا، ضربة نفذتها مسيرة أمريكية قتلت قياديا: so is the noun whose
    // doer a verb of carrying out right after it names (its pronoun the noun), that doer right before the verb.
    bool carried_out = false;
    if (m < 0 || M(m).end_token != hits_[hi].first) {
      const Clause& nc = text_.clauses[text_.tokens[n.first].clause];
      uint32_t q = n.end < nc.end_token ? CueEndAt(n.end, nc.end_token, CueKind::kPerpetrate) : 0;
      std::string_view v = q > n.end ? text_.Text(text_.tokens[q - 1]) : std::string_view();
      carried_out = q > n.end && (text_.tokens[q - 1].suffix != Enclitic::kNone || v.ends_with("ه") || v.ends_with("ها")) &&
                    q < hits_[hi].first &&
                    hits_[hi].first <= q + 5 && !TriggerBetween(q, hits_[hi].first) &&
                    !(text_.tokens[hits_[hi].first].prefixes & (kProWa | kProFa));
      m = -1;
      // (طائرة مسيرة تابعة للجيش السوداني قصفت، مسيرات الحوثيين استهدفت: the weapon noun whose owner, right
      // before the verb, is the verb's subject.)
      int32_t o = MentionAt(hits_[hi].first - 1);
      uint32_t s = o >= 0 && M(o).end_token == hits_[hi].first ? MachinesOwnedBy(o, n.first) : UINT32_MAX;
      carried_out = carried_out || (s >= n.first && s < n.end && M(o).first_token <= n.end + 1);
    }
    if (!carried_out && (m < 0 || M(m).end_token != hits_[hi].first || (M(m).prefixes & ~kProAl))) continue;
    const Clause& c = text_.clauses[text_.tokens[n.first].clause];
    const Sentence& sent = text_.sentences[text_.tokens[n.first].sentence];
    // (After إن or بأن: أفاد شهود بأن طائرة مسيرة تابعة للجيش قصفت سوقا.)
    if (n.first != c.first_token && !AnnaAt(n.first - 1) && OpeningAfter(sent.first_token, n.first) != n.first) continue;
    for (size_t ei : hit_events_[hi]) {
      Event& e = (*out)[ei];
      for (size_t fi : hit_events_[h]) {
        Event& f = (*out)[fi];
        if (f.event.empty() || e.event != f.event || !WordIs(e.event, "ASSAULT") || e.negated != f.negated) continue;
        if (e.source && f.source && e.source->country != f.source->country) continue;
        if (!e.source) {
          e.source = f.source;
          // (An air strike's doer is the state's military, as with the subject after the verb.)
          if (e.source && e.source->sector.empty() && !e.source->country.empty() && f.cameo.starts_with("195")) {
            e.source->sector = "MIL";
            e.source->actor_id = e.source->country + "MIL";
          }
        }
        if (!e.target) e.target = f.target;
        if (!e.location) e.location = f.location;
        Absorb(&e, f, e.cameo == "190" && f.cameo != e.cameo);
        if (explain_) e.explain.push_back(fmt::format("doer '{}' (the violent noun before the verb is its subject)", e.source ? e.source->text : ""));
        f.event.clear();
        break;
      }
    }
  }
}

bool DocumentCoder::SameSide(const std::optional<EventActor>& a, const std::optional<EventActor>& b) {
  // (People of one sector whose nationality one report leaves unsaid are the same side: أشخاص and مطعما in
  // قتل سبعة أشخاص وأصيب عشرون آخرون في تفجير استهدف مطعما في مقديشو.)
  return !a || !b || a->actor_id == b->actor_id ||
         (a->country == b->country && (a->sector == b->sector || a->sector.empty() || b->sector.empty())) ||
         ((a->country.empty() || b->country.empty()) && !a->sector.empty() && a->sector == b->sector);
}

bool DocumentCoder::RelativeOnTarget(size_t h, const std::vector<Event>& out) const {
  uint32_t k = hits_[h].first;
  if (k == 0 || text_.tokens[k].prefixes != 0) return false;
  if (k > 1 && RelativePronounAt(k - 1)) --k;
  int32_t m = MentionAt(k - 1);
  if (m < 0 || M(m).end_token != k) return false;
  uint32_t begin = text_.tokens[M(m).first_token].begin;
  uint32_t sentence_first = text_.sentences[text_.tokens[k].sentence].first_token;
  for (size_t h2 = h; h2-- > 0 && hits_[h2].first >= sentence_first;) {
    for (size_t fi : hit_events_[h2]) {
      if (!out[fi].event.empty() && out[fi].target && out[fi].target->begin == begin) return true;
    }
  }
  return false;
}

// (مقتل سبعة مدنيين بينهم طفلان وإصابة: the words between two toll nouns of one incident.)
constexpr uint32_t kJoinedTollGap = 6;

namespace {

// An actor the text implies but does not name (the protesters of a state, its unidentified armed men), given the
// span of the event's trigger, the word that implies it.
EventActor ImpliedActor(const Event& e, std::string_view country, std::string_view sector, std::string_view name_en,
                        std::string_view name_ar) {
  EventActor a;
  a.begin = e.trigger_begin;
  a.end = e.trigger_end;
  a.text = e.trigger_text;
  a.name_en = name_en;
  a.name_ar = name_ar;
  a.country = country;
  a.sector = sector;
  a.actor_id = a.country + a.sector;
  return a;
}

// قتل 12 شخصا وأصيب 30 في هجوم بطائرات مسيرة استهدف سوقا في مدينة الأبيض: unnamed civilians killed in an
// incident whose place only another of its reports names are of that place's state, as CodeTrigger reads
// them where the killing names the place itself.
void PlaceCivilians(Event* f) {
  if (!f->target || !f->location || f->location->country.empty()) return;
  EventActor& a = *f->target;
  if (!a.country.empty() || a.sector != "CVL" || a.actor_id != a.sector) return;
  a.country = f->location->country;
  a.actor_id = a.country + a.sector;
}

// The state a protest is held in, for an aim it leaves unnamed: its place's, or where no place is read its
// protesters' own (معتقلو الحراك يضربون عن الطعام رفضا لظروف سجنهم); "" where neither tells one, or where the
// protesters are of another state than the place's (a march of Sudanese in Cairo). A view into the event's actors.
std::string_view ProtestState(const Event& protest) {
  const std::string_view state = protest.location && !protest.location->country.empty() ? protest.location->country
                                 : protest.source ? std::string_view(protest.source->country)
                                                  : std::string_view();
  if (protest.source && !protest.source->country.empty() && protest.source->country != state) return {};
  return state;
}

}  // namespace

void DocumentCoder::OneIncidentTolls(std::vector<Event>* out) {
  // قتل عشرة أشخاص عندما فجر انتحاري نفسه في سوق: the violent act of a temporal clause right after a toll is the
  // incident the toll counts: one event, the act's, with the toll's victims and counts where it names none.
  // (So is a violent noun after a verb of occurrence that opens the clause: قتل أربعة مدنيين حين وقعت غارة بطائرة
  // مسيرة على سيارتهم; the clause starts at the verb.)
  auto clause_after_temporal = [&](uint32_t first) -> int64_t {
    if (CueEndsBefore(first, CueKind::kTemporal)) return first;
    if (!CueEndsBefore(first, CueKind::kOccurrence)) return -1;
    for (const CueHit& q : CuesOfKindsIn(first > 3 ? first - 3 : 0, first, CueKind::kOccurrence)) {
      if (q.kind == CueKind::kOccurrence && q.end == first && CueEndsBefore(q.first, CueKind::kTemporal)) return q.first;
    }
    return -1;
  };
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    if (hit_events_[hi].empty()) continue;
    const int64_t clause_start = clause_after_temporal(hits_[hi].first);
    if (clause_start < 0) continue;
    const int32_t h = TollBeforeTemporal(static_cast<uint32_t>(clause_start));
    if (h < 0) continue;
    for (size_t ei : hit_events_[hi]) {
      Event& e = (*out)[ei];
      if (!WordIs(e.event, "ASSAULT")) continue;
      for (size_t fi : hit_events_[h]) {
        Event& f = (*out)[fi];
        // (A toll whose doer is the act's own, read from the temporal clause, is the act's too: لقي ثمانية جنود حتفهم
        // حين فجر مهاجم حزامه الناسف.)
        const bool own_doer = f.source && e.source && f.source->begin == e.source->begin && f.source->end == e.source->end;
        if (!WordIs(f.event, "ASSAULT") || (f.source && !own_doer)) continue;
        // (قتل متظاهران عندما أطلقت الشرطة النار على مسيرة في مدينة كسلا: the toll's unnamed civilians, taken by
        // the act that names the place, are of its state, as when the act names them itself.)
        if (!e.target) {
          e.target = f.target;
          PlaceCivilians(&e);
        }
        if (!e.fatalities) e.fatalities = f.fatalities;
        if (!e.injured) e.injured = f.injured;
        f.event.clear();
      }
    }
  }
  // (The document's first trigger has no toll before it to join, but may be a toll denied of an attack after it.)
  if (!hits_.empty()) DeniedToll(0, out);
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    if (hit_events_[hi].empty()) continue;
    const TriggerHit& t = hits_[hi];
    const Token& tt = text_.tokens[t.first];
    const Clause& c = text_.clauses[tt.clause];
    if (!KillOrInjureLine(*hit_payloads_[hi]) && !TollNounAt(hi)) continue;
    if (DeniedToll(hi, out)) continue;
    // ما أسفر عن سقوط ستة قتلى، أوقع القصف عشرة قتلى: a toll noun right after the count of a verb of toll is the
    // unit that count counts, told with the verb's event; no toll of its own.
    if (const uint32_t verb_end = std::max(hits_[hi - 1].end, hits_[hi - 1].rest_end);
        hit_verb_[hi - 1] && !hit_verb_[hi] && verb_end < t.first && quantity_end_[verb_end] == t.first &&
        KillOrInjureLine(*hit_payloads_[hi - 1])) {
      for (size_t ei : hit_events_[hi]) (*out)[ei].event.clear();
      continue;
    }
    // قتل مدنيان وجرح خمسة آخرون في قصف مدفعي: a toll joined by و to a violent event before it; ، ما أسفر عن
    // مقتل ثلاثة: the toll of a result, whose cause is the violent event before it; أسفر القصف الإسرائيلي على رفح
    // عن مقتل 20 شخصا: the toll after the عن of a verb of result split by its cause, which is the event before it
    // (mood34).
    const bool split = !hit_verb_[hi] && AfterSplitResult(t.first, c);
    // مقتل شخصين وإصابة أربعة آخرين: a toll noun joined by و to the toll noun just before it counts the same
    // incident.
    bool joined_noun = false;
    if (!hit_verb_[hi] && !split && (tt.prefixes & kProWa) && !hit_verb_[hi - 1] && hits_[hi - 1].end <= t.first &&
        t.first <= hits_[hi - 1].end + kJoinedTollGap && text_.tokens[hits_[hi - 1].first].clause == tt.clause) {
      joined_noun = TollNounAt(hi - 1);
    }
    // ، ما أدى إلى إصابة عدد من المحتجين: a toll noun right after a verb of result and its preposition is the
    // result's toll, as the verb of result with its toll (ما أسفر عن مقتل) is.
    // (So is one after the verb's count: ما خلف خمسة قتلى، مخلفا عشرين قتيلا.)
    uint32_t toll_head = t.first;
    if (!hit_verb_[hi] && t.first < count_ends_before_.size() && count_ends_before_[t.first]) {
      for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
        if (q.end_token == t.first && q.unit.empty()) toll_head = q.first_token;
      }
    }
    const bool after_result = !hit_verb_[hi] && !split && !joined_noun && CueEndsBefore(toll_head, CueKind::kResult);
    if (!hit_verb_[hi] && !split && !joined_noun && !after_result) continue;
    bool joined = !split && !after_result && (tt.prefixes & kProWa) != 0;
    // (هاجم مسلحون دورية فقتلوا ثلاثة من عناصرها: so is a verb joined by ف, or one the word list holds whole with
    // its و or ف.)
    if (!joined && !split && !after_result && hit_verb_[hi]) {
      const TriggerRecord* v = ChooseRecord(t, *hit_payloads_[hi]);
      joined = ConjunctionOnVerb(t.first, v != nullptr ? std::string_view(v->form) : "");
    }
    const bool result = split || after_result || (!joined && CueStartsAt(t.first, CueKind::kResult));
    if (!joined && !result) continue;
    // (ثلاثة منهم: the dead are counted among those the cause was aimed at.)
    bool partitive = false;
    for (uint32_t k = std::max(t.end, t.rest_end); result && k < c.end_token && k < t.end + 4; ++k) {
      const Token& w = text_.tokens[k];
      partitive = partitive || (w.kind == TokenKind::kWord && w.prefixes == 0 && w.suffix != Enclitic::kNone && Bare(k) == "من");
    }
    // (، ما أسفر عن مقتل خمسة من عناصرها، عشرة من مقاتلي الحركة: the dead counted among members named by a
    // bare agent noun, of no state or group of its own, are of the side the cause hit.)
    bool members = false;
    for (uint32_t k = std::max(t.end, t.rest_end); result && !partitive && k + 1 < c.end_token && k < t.end + 3; ++k) {
      const Token& w = text_.tokens[k];
      if (w.kind != TokenKind::kWord || w.prefixes != 0 || w.suffix != Enclitic::kNone || Bare(k) != "من") continue;
      int32_t m = MentionAt(k + 1);
      members = m >= 0 && M(m).first_token == k + 1 && M(m).is_actor && M(m).record < 0 && M(m).demonym < 0 &&
                M(m).agent >= 0 && M(m).country.empty() && !M(m).object && !M(m).is_place() && M(m).sector != "CVL";
      break;
    }
    const uint32_t sentence_first = text_.sentences[tt.sentence].first_token;
    // (Whom منهم refers back to: the nearest actor before the result.)
    std::string counted;
    for (uint32_t k = t.first; partitive && counted.empty() && k-- > sentence_first;) {
      int32_t m = MentionAt(k);
      if (m >= 0 && M(m).is_actor && !M(m).is_place() && !M(m).object) counted = MakeActor(m).actor_id;
    }
    for (size_t ei : hit_events_[hi]) {
      Event& e = (*out)[ei];
      if (!WordIs(e.event, "ASSAULT")) continue;
      Event* into = nullptr;
      bool doers_fell = false;
      // فضت قوات الأمن الاعتصام بالقوة. وقتل ثلاثة من المعتصمين: a toll verb joined by و that opens the sentence after
      // the lead's, with no doer of its own, counts the lead's incident: the cause may be in the sentence before.
      // (Not one told with a means of its own, an indefinite noun of violence after it in its clause, وقتل ثلاثة في
      // انفجار عبوة: another incident; a definite one, في الهجوم، خلال العملية, is the lead's.)
      bool next_sentence = joined && hit_verb_[hi] && !e.source && t.first == sentence_first && tt.sentence > 0;
      for (size_t g = hi + 1; next_sentence && g < hits_.size() && hits_[g].first < c.end_token; ++g) {
        next_sentence = hit_events_[g].empty() || (text_.tokens[hits_[g].first].prefixes & kProAl);
      }
      const uint32_t cause_first = next_sentence ? text_.sentences[tt.sentence - 1].first_token : sentence_first;
      // (The nearest hit before it with an event counted as this one is: a violent event, else none.)
      for (size_t h = hi; into == nullptr && h-- > 0 && hits_[h].first >= cause_first;) {
        if (split && hits_[h].first < c.first_token) break;  // (the split verb's cause is of its clause)
        Event* cause = nullptr;
        bool other = false;
        for (size_t fi : hit_events_[h]) {
          Event& f = (*out)[fi];
          if (f.event.empty() || f.modality != e.modality || f.negated != e.negated) continue;
          if (WordIs(f.event, "ASSAULT")) cause = &f;
          else other = true;
        }
        if (cause == nullptr) {
          if (other) break;
          continue;
        }
        // مسلحين هاجموا حاجزا، ما أسفر عن مقتل ثلاثة منهم: a verb of a relative clause on the target of an
        // event before it is no cause; the event of the main clause is.
        if (result && partitive && RelativeOnTarget(h, *out)) continue;
        // تصدى الجيش لهجوم شنته قوات الدعم السريع، ما أسفر عن مقتل العشرات منهم: the dead counted among the
        // cause's doers fell to the event before it aimed at them.
        if (result && partitive && !doers_fell && cause->source && !counted.empty() && cause->source->actor_id == counted) {
          doers_fell = true;
          continue;
        }
        if (doers_fell && !(cause->target && cause->target->actor_id == counted)) break;
        into = cause;
      }
      if (into == nullptr) continue;
      Event& f = *into;
      bool place_only_f = false, place_only_e = hit_place_target_[hi] != 0;
      for (size_t h = 0; h < hits_.size() && !place_only_f; ++h) {
        for (size_t fi : hit_events_[h]) place_only_f = place_only_f || (&(*out)[fi] == &f && hit_place_target_[h]);
      }
      // (A result clause counts the cause's dead whoever they were: شنت الولايات المتحدة غارات على مواقع للحوثيين، ما
      // أسفر عن مقتل 31 شخصا; انفجرت سيارة مفخخة قرب مقر للشرطة، ما أدى إلى مقتل سبعة أشخاص. The cause keeps its
      // target.)
      // (Not a toll noun after the result's preposition whose victims are of another side than the cause's
      // target: هاجموا حاجزا، ما أسفر عن إصابة ثلاثة من عناصر الشرطة stays the wounding of the police.)
      // (The toll of the next sentence names the victims among those the lead was aimed at, or of no state: the
      // lead's target stays.)
      bool same_target = !e.target || !f.target || place_only_e || place_only_f || SameSide(e.target, f.target) ||
                         (result && !after_result) ||
                         (next_sentence && (e.target->country.empty() || e.target->country == f.target->country));
      bool same_source = result || SameSide(e.source, f.source);
      // (A result clause is of its cause's place, whatever town it reads nearest: غارة على سيارة في بلدة كفررمان
      // قرب النبطية، ما أسفر عن مقتل شخص.)
      bool same_place = !e.location || !f.location || e.location->name_en == f.location->name_en || result;
      // (قتل جندي لبناني وجرح اثنان: the victim of the event before is not the doer of the toll joined to it.)
      if (!result && e.source && f.target && e.source->begin == f.target->begin) e.source.reset();
      if (!same_target || !same_source || !same_place) continue;
      if (!f.source) f.source = e.source;
      // (اقتحمت قوات الأمن المخيم فقتلت خمسة فلسطينيين: the victims of a state, counted, name the side better than
      // the camp of no state, of the same sector, did.)
      if (e.target && !(result && (partitive || (members && f.target))) &&
          (!f.target || (place_only_f && !place_only_e) ||
           (f.target->country.empty() && !e.target->country.empty() && f.target->sector == e.target->sector))) {
        f.target = e.target;
      }
      if (!f.location && e.location) {
        f.location = e.location;
        PlaceCivilians(&f);
      }
      // (قتل خلالها المدنيون الخمسة وأصيب ثلاثة آخرون: the victims the toll names are no doer.)
      // (Not a clash among one armed people, اشتباكات بين مجموعتين مسلحتين، ما أسفر عن مقتل ثلاثة مدنيين: they are both
      // its sides, CodeTrigger.)
      const bool among_themselves = f.cameo == "193" && f.source && f.target && f.source->end == f.target->end;
      if (f.source && f.target && f.source->begin == f.target->begin && !among_themselves) f.source.reset();
      if (explain_) f.explain.push_back(fmt::format("toll '{}' (one incident with this event)", e.mentions.front().trigger_text));
      Absorb(&f, e, f.cameo == "190" && e.cameo != f.cameo);
      e.event.clear();
      // وجرح اثنان في غارة إسرائيلية، وأصيب اثنان بانفجار عبوة ناسفة: the means right after the toll, a noun
      // whose event has no actors of another side, is this incident's too.
      for (size_t g = hi + 1; g < hits_.size() && hits_[g].first <= t.end + kKillMeansReach; ++g) {
        if (hit_verb_[g] || text_.tokens[hits_[g].first].clause != tt.clause) continue;
        for (size_t gi : hit_events_[g]) {
          Event& m = (*out)[gi];
          if (!WordIs(m.event, "ASSAULT") || m.negated != f.negated || m.modality != f.modality) continue;
          bool place_only_m = hit_place_target_[g] != 0;
          if (!SameSide(m.source, f.source) || !(place_only_m || SameSide(m.target, f.target))) continue;
          if (m.location && f.location && m.location->name_en != f.location->name_en) continue;
          if (!f.source) f.source = m.source;
          if (!f.target && !place_only_m) f.target = m.target;
          if (!f.location && m.location) {
            f.location = m.location;
            PlaceCivilians(&f);
          }
          Absorb(&f, m, f.cameo == "190" || (m.cameo.size() > f.cameo.size() && m.cameo.starts_with(f.cameo)));
          m.event.clear();
        }
      }
    }
  }
  RaidsEndingInKillings(out);
}

// A raid (a coercion of no other kind aimed at a place: داهم، دهم، مداهمة) told with the killing it ended in is one
// incident, the killing (the independent sets code the killing alone): داهمت قوات الأمن منزلا وقتلت مسلحين, the killing
// verb joined by و or ف to the raid verb; قتلت الشرطة أربعة مسلحين خلال مداهمة, the raid noun after a word of means or
// circumstance (في، خلال، أثناء) in the killing's clause. The raiders are the killing's doers where it names none (داهم
// الجيش مخبأ وقتل خمسة من عناصرها: the unvowelled قتل read as a passive), unless those killed are of their own side
// (وقتل خمسة من جنوده: the raiders' losses, no doer read). So is a raid told with the arrest it ended in (اعتقلت الشرطة
// ثلاثة أشخاص بعد مداهمة منزلهم، داهمت قوات الأمن منزلا واعتقلت ثلاثة): one incident, the arrest (reads57).
void DocumentCoder::RaidsEndingInKillings(std::vector<Event>* out) {
  auto raid_at = [&](size_t h) -> Event* {
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    if (r == nullptr || r->cameo != "170" || !(r->flags & kFlagPlaceIsTarget)) return nullptr;
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (WordIs(e.event, "COERCE") && e.cameo == "170") return &e;
    }
    return nullptr;
  };
  auto killing_at = [&](size_t h, const Event& raid) -> Event* {
    if (!hit_verb_[h] || !KillOrInjureLine(*hit_payloads_[h])) return nullptr;
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (WordIs(e.event, "ASSAULT") && e.negated == raid.negated && e.modality == raid.modality) return &e;
    }
    return nullptr;
  };
  // (An arrest: the event of a capture line of arrest, 173, told as the raid is.)
  auto arrest_at = [&](size_t h, const Event& raid) -> Event* {
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    if (r == nullptr || !(r->flags & kFlagCapture) || !r->cameo.starts_with("173")) return nullptr;
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (WordIs(e.event, "COERCE") && e.cameo.starts_with("173") && e.negated == raid.negated &&
          e.modality == raid.modality) {
        return &e;
      }
    }
    return nullptr;
  };
  auto outcome_at = [&](size_t h, const Event& raid) {
    Event* killing = killing_at(h, raid);
    return killing != nullptr ? killing : arrest_at(h, raid);
  };
  auto own_side = [](const std::optional<EventActor>& a, const std::optional<EventActor>& b) {
    return a && b && a->country == b->country && a->sector == b->sector;
  };
  auto fold = [&](Event* raid, Event* killing) {
    if (!SameSide(killing->source, raid->source)) return;
    if (!killing->source) {
      if (own_side(killing->target, raid->source)) return;
      killing->source = raid->source;
    }
    if (!killing->location && raid->location) killing->location = raid->location;
    if (explain_) {
      killing->explain.push_back(fmt::format("raid '{}' (one incident with the {} it ended in)",
                                             raid->mentions.front().trigger_text,
                                             WordIs(killing->event, "ASSAULT") ? "killing" : "arrest"));
    }
    Absorb(killing, *raid, false);
    raid->event.clear();
  };
  for (size_t h = 0; h < hits_.size(); ++h) {
    Event* raid = hit_events_[h].empty() ? nullptr : raid_at(h);
    if (raid == nullptr || raid->negated) continue;
    const Token& rt = text_.tokens[hits_[h].first];
    if (hit_verb_[h]) {
      // (The next hit of the sentence with events: the killing verb joined to the raid.)
      for (size_t k = h + 1; k < hits_.size(); ++k) {
        const Token& kt = text_.tokens[hits_[k].first];
        if (kt.sentence != rt.sentence) break;
        if (hit_events_[k].empty()) continue;
        const TriggerRecord* v = ChooseRecord(hits_[k], *hit_payloads_[k]);
        const bool joined = (kt.prefixes & kProWa) || ConjunctionOnVerb(hits_[k].first, v != nullptr ? std::string_view(v->form) : "");
        Event* killing = joined ? outcome_at(k, *raid) : nullptr;
        if (killing != nullptr) fold(raid, killing);
        break;
      }
      continue;
    }
    // (The raid noun after a word of circumstance, or after one and عملية or حملة: خلال عملية دهم.)
    uint32_t before = hits_[h].first;
    if (before > 0 && !(rt.prefixes & kPrepClitics) && (WordKindsAt(before - 1) & kOperationWord)) --before;
    // (So after بعد or عقب, the raid the killing followed, قتل شاب بعد مداهمة قوات الاحتلال منزله: background after a
    // temporal preposition as a battle before a seizure is, session 55's convention, and one incident with the killing.)
    const bool after_raid =
        before > 0 && text_.tokens[before - 1].prefixes == 0 && (WordKindsAt(before - 1) & kFollowingWord);
    const bool circumstance = before > 0 && !(text_.tokens[before].prefixes & kPrepClitics) &&
                              ((WordKindsAt(before - 1) & kMeansWord) || after_raid) &&
                              text_.tokens[before - 1].clause == rt.clause;
    if (!circumstance) continue;
    for (size_t k = h; k-- > 0;) {
      if (text_.tokens[hits_[k].first].clause != rt.clause) break;
      if (hit_events_[k].empty()) continue;
      Event* killing = outcome_at(k, *raid);
      if (killing != nullptr) fold(raid, killing);
      break;
    }
  }
}

bool DocumentCoder::DeniedToll(size_t hi, std::vector<Event>* out) {
  bool cleared = false;
  for (size_t ei : hit_events_[hi]) {
    Event& e = (*out)[ei];
    if (!e.negated || !WordIs(e.event, "ASSAULT")) continue;
    // (A verb of toll, لم يسقط قتلى في الغارة, is denied of an attack named after it only.)
    const bool verb_toll = hit_verb_[hi] && KillOrInjureLine(*hit_payloads_[hi]);
    if (!verb_toll && !TollNounAt(hi)) continue;
    const uint32_t sentence_first = text_.sentences[text_.tokens[hits_[hi].first].sentence].first_token;
    Event* attack = nullptr;
    auto attack_of = [&](size_t h) {
      for (size_t fi : hit_events_[h]) {
        Event& f = (*out)[fi];
        bool told = WordIs(f.modality, "asserted") || WordIs(f.modality, "reported") || WordIs(f.modality, "alleged");
        if (WordIs(f.event, "ASSAULT") && !f.negated && told) attack = &f;
      }
    };
    for (size_t h = hi; !verb_toll && attack == nullptr && h-- > 0 && hits_[h].first >= sentence_first;) attack_of(h);
    // لم تسجل أي إصابات في الهجوم الذي استهدف القاعدة: the attack named right after the denied toll, as its
    // circumstance, is the one whose casualties are denied (reporting.cc reads it as having taken place).
    if (attack == nullptr && hi + 1 < hits_.size() &&
        text_.tokens[hits_[hi + 1].first].sentence == text_.tokens[hits_[hi].first].sentence) {
      attack_of(hi + 1);
    }
    if (attack == nullptr) continue;
    if (explain_) {
      attack->explain.push_back(fmt::format("denied toll '{}' (no casualties of this event)", e.mentions.front().trigger_text));
    }
    e.event.clear();
    cleared = true;
  }
  return cleared;
}

void DocumentCoder::ForeignPlaceTargets(std::vector<Event>* out) {
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_foreign_place_[h] < 0) continue;
    for (size_t idx : hit_events_[h]) {
      Event& e = (*out)[idx];
      if ((!WordIs(e.event, "ASSAULT") && e.cameo != "192") || e.target) continue;
      // قاعدة العديد الأمريكية في قطر: a place with another state's nationality after it is that state's
      // (its base, its embassy), and the attack is aimed at that state.
      const Mention& p = M(hit_foreign_place_[h]);
      int32_t n = NationalityAt(p.end_token);
      if (n >= 0 && !(M(n).prefixes & (kPrepClitics | kProWa | kProFa)) && M(n).country != lex_.places()[p.place].country) {
        e.target = MakeActor(n);
        if (explain_) e.explain.push_back(fmt::format("target '{}' (the state whose place was attacked, its nationality after it)", e.target->text));
        continue;
      }
      e.target = MakeActor(hit_foreign_place_[h]);
      if (explain_) e.explain.push_back(fmt::format("target '{}' (the state of the place attacked, not the doer's)", e.target->text));
    }
  }
}

bool DocumentCoder::UnknownJoinedPlural(uint32_t k) const {
  // (و, three letters or more and وا: twelve bytes at least. A known verb has its و split off by the word lists.)
  const Token& w = text_.tokens[k];
  const BareText form = Bare(k);
  return w.prefixes == 0 && !(w.word_class & ~kWordVerb) && w.suffix == Enclitic::kNone && form.size() >= 12 &&
         form.starts_with("و") && form.ends_with("وا");
}

std::optional<EventActor> DocumentCoder::DoerOfJoinedVerb(uint32_t k, const Clause& c, const std::vector<Event>& out,
                                                          int32_t* mention) const {
  *mention = -1;
  // Joined by و: a known verb with its و split off, or a word the lists do not know of و, three letters or more and the
  // plural's وا (ونصبوا، وتجمعوا، ورشقوا).
  if (!(text_.tokens[k].prefixes & kProWa) && !UnknownJoinedPlural(k)) return std::nullopt;
  // The verb that opens the sentence, with its subject after it (VSO): a verb joined to it by و with no subject of its
  // own shares its doers.
  const uint32_t v = OpeningAfter(text_.sentences[c.sentence].first_token, k);
  if (v >= k) return std::nullopt;
  const Token& opener = text_.tokens[v];
  const int32_t h = token_trigger_[v];
  if (opener.kind != TokenKind::kWord || (opener.prefixes & ~(kProWa | kProFa)) || MentionAt(v) >= 0 ||
      !((opener.word_class & kWordVerb) || (h >= 0 && hit_verb_[h]))) {
    return std::nullopt;
  }
  // (The opening verb's own event, read with all its rules, gives its doer as it stands.)
  if (h >= 0) {
    for (size_t idx : hit_events_[h]) {
      const Event& e = out[idx];
      if (!e.event.empty() && e.source && !e.negated) return e.source;
    }
  }
  bool after = false;
  const Arg subject = SubjectOf(TriggerHit{v, v + 1, 0}, text_.clauses[opener.clause], &after);
  if (!after || subject.members.empty()) return std::nullopt;
  const int32_t m = subject.members.front();
  if (!M(m).is_actor || M(m).end_token > k) return std::nullopt;
  // (Not across a clause of its own: أن، a relative pronoun, حيث.)
  for (uint32_t j = M(m).end_token; j < k; ++j) {
    if (text_.tokens[j].kind == TokenKind::kWord && (AnnaAt(j) || RelativePronounAt(j) || Bare(j) == "حيث")) {
      return std::nullopt;
    }
  }
  *mention = m;
  return MakeActor(m);
}

void DocumentCoder::SubjectlessProtests(std::vector<Event>* out) {
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t idx : hit_events_[h]) {
      Event& e = (*out)[idx];
      if (!WordIs(e.event, "PROTEST") || e.source || e.negated) continue;
      const TriggerHit& t = hits_[h];
      const Token& w = text_.tokens[t.first];
      const Clause& c = text_.clauses[w.clause];
      // أغلق الناشطون الطريق السريع ونصبوا خياما احتجاجا على، أغلق التجار محالهم وتجمعوا أمام البلدية احتجاجا: a noun
      // of purpose in the accusative after a verb joined by و whose subject is its pronoun is the purpose of that
      // verb's doers, the subject of the verb that opens the sentence (the verb's own subject, where it has one, was
      // read with the noun). So is a protest verb so joined: أغلق التجار محالهم وأضربوا عن العمل.
      int32_t joined = -1;
      if (hit_verb_[h]) {
        joined = static_cast<int32_t>(t.first);
      } else if (t.end == t.first + 1 && !(w.prefixes & ~kProWa) &&
                 GrammarWordAt(t.first) == GrammarWord::kProtestPurpose) {
        // (The verb nearest before the noun in its clause, with no event between.)
        for (uint32_t k = t.first; k-- > c.first_token;) {
          const int32_t g = token_trigger_[k];
          if (g >= 0 && !hit_events_[g].empty()) break;
          const Token& v = text_.tokens[k];
          if (v.kind != TokenKind::kWord || MentionAt(k) >= 0) continue;
          if ((g >= 0 && hit_verb_[g]) || ((v.word_class & kWordVerb) && !(v.word_class & kWordFunction) &&
                                           !(v.prefixes & (kProAl | kPrepClitics))) ||
              UnknownJoinedPlural(k)) {
            joined = static_cast<int32_t>(k);
            break;
          }
        }
      }
      int32_t m = -1;
      std::optional<EventActor> doer;
      if (joined >= 0) doer = DoerOfJoinedVerb(static_cast<uint32_t>(joined), c, *out, &m);
      if (doer) {
        e.source = std::move(doer);
        // (Traders, students, residents named by no state or people are of the state where they gather, as
        // CodeTrigger reads a subject of its own; not foreigners, nor armed men.)
        if (m >= 0 && e.source->country.empty() && !e.source->sector.empty() && M(m).record < 0 && M(m).demonym < 0 &&
            !IsArmed(e.source->sector) && !NamesForeigners(text_, M(m)) && e.location && !e.location->country.empty()) {
          e.source->country = e.location->country;
          e.source->actor_id = e.source->country + e.source->sector;
        }
        if (explain_) {
          e.explain.push_back(fmt::format("source '{}' (the doer of the sentence's opening verb, which the verb "
                                          "joined to it by و shares)", e.source->text));
        }
        continue;
      }
      // تجمع مئات الحجاج الإيرانيين في مكة في مسيرة هتفوا فيها: a protest of a sentence that told another before it,
      // with its doers, is theirs.
      const Event* before = nullptr;
      for (size_t g = h; g-- > 0 && text_.tokens[hits_[g].first].sentence == w.sentence && before == nullptr;) {
        for (size_t i : hit_events_[g]) {
          const Event& p = (*out)[i];
          if (WordIs(p.event, "PROTEST") && p.source && !p.negated) before = &p;
        }
      }
      if (before != nullptr) {
        e.source = before->source;
        if (explain_) {
          e.explain.push_back(fmt::format("source '{}' (the doer of the protest told before it in the sentence)",
                                          e.source->text));
        }
        continue;
      }
      // خرجت احتجاجات في طهران، سارت مواكب حاشدة في الخرطوم، عمت الإضرابات مدن الجنوب: a protest whose doers the
      // sentence names nowhere is done by the people of the state where it takes place; the actor is the protest's
      // word. (Not a place after a word of demanding or of purpose after the protest, which is in what is demanded or
      // protested: سار الآلاف في مسيرة تطالب بوقف الحرب في غزة.)
      // (رام الله - مسيرات غاضبة تنديدا بالعدوان على غزة، بيروت: اعتصام أمام مقر الإسكوا: where the sentence names no
      // state of its own for where it was held, the dateline's place is where it was: the wire reports from there.)
      if (!e.location || e.location->country.empty()) {
        if (const std::string_view dateline = DatelineState(t); !dateline.empty()) {
          e.source = ImpliedActor(e, dateline, "CVL", "protesters", "محتجون");
          if (explain_) {
            e.explain.push_back(fmt::format("source '{}' (no doer named: the protesters of the dateline's state)",
                                            e.source->text));
          }
        }
        continue;
      }
      bool demanded = false;
      uint32_t k = t.end;
      for (; k < c.end_token && text_.tokens[k].begin < e.location->begin && !demanded; ++k) {
        const GrammarWord gw = GrammarWordAt(k);
        demanded = gw == GrammarWord::kDemanding || gw == GrammarWord::kProtestPurpose;
        // (Or a verb of demanding read as its own event: مسيرة تطالب بوقف الحرب.)
        if (const int32_t g = token_trigger_[k]; g >= 0) {
          for (size_t i : hit_events_[g]) demanded = demanded || WordIs((*out)[i].event, "REQUEST");
        }
      }
      // تظاهرات في القرى وعدة بلدات بحرينية تنديدا بالقصف على غزة: where the place read for the protest is in what is
      // protested, a place named before the word of purpose (the last, a state's or one whose state is known) is where
      // the protest was held.
      std::string_view state = e.location->country;
      if (demanded) {
        state = {};
        for (uint32_t x = t.end; x + 1 < k; ++x) {
          const int32_t m = MentionAt(x);
          if (m >= 0 && M(m).first_token == x && M(m).is_place() && !lex_.places()[M(m).place].country.empty()) {
            state = lex_.places()[M(m).place].country;
          }
        }
        if (state.empty()) state = DatelineState(t);
        if (state.empty()) continue;
      }
      e.source = ImpliedActor(e, state, "CVL", "protesters", "محتجون");
      if (explain_) {
        e.explain.push_back(fmt::format("source '{}' (no doer named: the protesters of the state where it took place)",
                                        e.source->text));
      }
    }
  }
}

std::string_view DocumentCoder::DatelineState(const TriggerHit& t) const {
  if (text_.tokens[t.first].sentence != 0) return {};
  const int32_t d = DatelineBefore(t.first);
  if (d < 0 || M(d).is_actor) return {};
  return lex_.places()[M(d).place].country;
}

std::string_view DocumentCoder::OccupierOfLandAttacked(std::string_view state, uint32_t act, uint32_t end) const {
  // (The land the phrase names first, تنديدا بالعدوان على غزة in Amman; a war on another land, تنديدا بالحرب على
  // أوكرانيا in Gaza, is none of the occupier's.)
  for (uint32_t x = act + 1; x < end; ++x) {
    const int32_t m = MentionAt(x);
    if (m >= 0 && M(m).first_token == x && M(m).is_place()) return trig_.OccupierOf(lex_.places()[M(m).place].country);
  }
  return trig_.OccupierOf(state);
}

void DocumentCoder::CrowdsBrokenUp(std::vector<Event>* out) {
  // فضت قوات الأمن اعتصام القيادة العامة بالرصاص: a sit-in named by the place it is held at names no people; those
  // the force breaks up are its crowd, the people of the state where it took place.
  // (The line is chosen only for a violent event left with no target and a place of a state: few a document.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t i : hit_events_[h]) {
      Event& e = (*out)[i];
      if (e.target || !WordIs(e.event, "ASSAULT") || !e.location || e.location->country.empty()) continue;
      if (!AnyLineHas(h, kFlagCrowdTarget)) break;
      const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
      if (r == nullptr || !(r->flags & kFlagCrowdTarget)) break;
      e.target = ImpliedActor(e, e.location->country, "CVL", "protesters", "محتجون");
      if (explain_) {
        e.explain.push_back(fmt::format("target '{}' (the crowd of the protest broken up, of the state where it was "
                                        "held)", e.target->text));
      }
    }
  }
}

void DocumentCoder::ConditionalActs(std::vector<Event>* out) {
  constexpr uint32_t kConditionReach = 5;  // words between the noun's end and the condition
  // (From the conditions, few, back to the noun before each: most documents have none.)
  for (const CueHit& q : cues_) {
    if (q.kind != CueKind::kHypothetical || text_.tokens[q.first].prefixes != 0) continue;
    BareText w = Bare(q.first);
    if (w != "اذا" && w != "ما" && w != "في") continue;
    const uint32_t sentence_first = text_.sentences[text_.tokens[q.first].sentence].first_token;
    int32_t h = -1;
    for (uint32_t k = q.first; h < 0 && k > sentence_first && k + kConditionReach + 1 > q.first;) {
      --k;
      if (text_.tokens[k].kind != TokenKind::kWord) break;
      h = token_trigger_[k];
    }
    if (h < 0 || hit_verb_[h] || std::max(hits_[h].end, hits_[h].rest_end) > q.first ||
        q.first > hits_[h].end + kConditionReach) {
      continue;
    }
    const TriggerHit& t = hits_[h];
    if (t.first <= text_.clauses[text_.tokens[t.first].clause].first_token) continue;  // (no verb's complement)
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (e.event.empty() || e.negated || (!WordIs(e.modality, "asserted") && !WordIs(e.modality, "reported"))) {
        continue;
      }
      e.modality = "intended";
      if (explain_) e.explain.push_back("declared on the condition after it: intended");
    }
  }
}

void DocumentCoder::DemandedTargets(std::vector<Event>* out) {
  auto government_of_official_thing = [&](size_t h, const Event& protest) -> std::optional<EventActor> {
    // احتجاجا على خطة حكومية، رفضا لقرار رسمي: a protest against a decision, a plan or a policy qualified as official
    // (coder/word_kinds.tsv kinds against and official), with no one named as its maker, is aimed at the government of
    // the protest's state.
    const uint32_t clause_end = text_.clauses[text_.tokens[hits_[h].first].clause].end_token;
    // (The noun of purpose may be the protest itself, read for the doers of a verb joined by و before it: وتجمعوا
    // احتجاجا على خطة حكومية.)
    const uint32_t from = (WordKindsAt(hits_[h].first) & kAgainstWord) ? hits_[h].first
                                                                      : std::max(hits_[h].end, hits_[h].rest_end);
    for (uint32_t k = from; k + 2 < clause_end && k < from + 12; ++k) {
      if (!(WordKindsAt(k) & kAgainstWord)) continue;
      uint32_t j = k + 1;
      if (j + 2 < clause_end && Bare(j) == "علي" && text_.tokens[j].prefixes == 0) ++j;
      const Token& thing = text_.tokens[j];
      const Token& adjective = text_.tokens[j + 1];
      if (thing.kind != TokenKind::kWord || MentionAt(j) >= 0 || (thing.prefixes & (kProWa | kProFa)) ||
          MentionAt(j + 1) >= 0 || (adjective.prefixes & ~kProAl) || !(WordKindsAt(j + 1) & kOfficialWord)) {
        return std::nullopt;
      }
      EventActor g;
      g.begin = thing.begin;
      g.end = adjective.end;
      g.text = std::string(text_.original.substr(g.begin, g.end - g.begin));
      g.sector = "GOV";
      g.name_en = "government";
      g.name_ar = "الحكومة";
      g.country = protest.source && !protest.source->country.empty() ? protest.source->country
                  : protest.location                                  ? protest.location->country
                                                                      : std::string();
      g.actor_id = g.country + g.sector;
      return g;
    }
    return std::nullopt;
  };
  // (And, where it follows no demand, at the government whose official decision or plan it is against.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t p : hit_events_[h]) {
      Event& protest = (*out)[p];
      if (!WordIs(protest.event, "PROTEST") || protest.target || protest.negated || !protest.source) continue;
      uint32_t end = std::max(hits_[h].end, hits_[h].rest_end);
      for (size_t d = h + 1; d < hits_.size() && hits_[d].first <= end + 8; ++d) {
        if (text_.tokens[hits_[d].first].clause != text_.tokens[hits_[h].first].clause) break;
        for (size_t q : hit_events_[d]) {
          const Event& demand = (*out)[q];
          if (WordIs(demand.event, "REQUEST") && demand.target && demand.source &&
              demand.source->actor_id == protest.source->actor_id) {
            protest.target = demand.target;
          }
          // خرجت مظاهرات في صفاقس تطالب بإسقاط الحكومة، مسيرات تندد بالمجلس العسكري: a verb of demanding or
          // denouncing right after a protest noun (only its place between) has the protest for its subject, so names
          // no doer of its own: whom it demands of or denounces is whom the protest is aimed at.
          if ((WordIs(demand.event, "REQUEST") || WordIs(demand.event, "ACCUSE")) && demand.target && !demand.source &&
              hit_verb_[d] && !(text_.tokens[hits_[d].first].prefixes & (kProWa | kProFa))) {
            // (Between them only words of no actor and no punctuation: the place, في مدينة صفاقس.)
            bool place_between = true;
            for (uint32_t k = end; k < hits_[d].first && place_between; ++k) {
              const int32_t m = MentionAt(k);
              place_between = text_.tokens[k].kind == TokenKind::kWord && token_trigger_[k] < 0 &&
                              (m < 0 || M(m).is_place());
            }
            if (!place_between) continue;
            protest.target = demand.target;
            if (explain_) {
              protest.explain.push_back(
                  fmt::format("target '{}' (whom the verb after the protest, its subject, demands of or denounces)",
                              protest.target->text));
            }
          }
        }
      }
      if (protest.target) continue;
      protest.target = government_of_official_thing(h, protest);
      if (explain_ && protest.target) {
        protest.explain.push_back(
            fmt::format("target '{}' (the government whose official act is protested)", protest.target->text));
      }
    }
  }
  // تظاهر المئات في الرباط رفضا لاعتقال الصحفي، احتجاجات في البصرة احتجاجا على انقطاع الكهرباء، وقفة في عمان
  // للمطالبة بالإفراج عن المعتقلين: a protest held in a state against an act or a want whose doer the phrase does not
  // name (an arrest, a decree, a cut of power, a release demanded) is addressed to the government of that state, which
  // holds the detainees, makes the decrees and answers for the services. Not where the sentence names another state
  // (its actor, its people or a place of it: أمام السفارة الفرنسية، تضامنا مع غزة in Amman), where the act is an armed
  // attack (احتجاجا على العدوان: its doer is not told by the place), where the phrase names a body of its own (a
  // company, a party, an armed group), nor for protesters of another state than the place's.
  // (Once per protest left with no target, over its sentence: rare, after every other reading.)
  // اعتصم آلاف في المنامة وطالبوا بتحسين الأجور، وهتفوا مطالبين: a verb of demanding or of chanting joined by و to
  // the protest, with the protesters its subject, tells the protest's purpose as a participle after it does: the
  // purpose is looked for to the end of its clause.
  auto end_with_demand_joined = [&](uint32_t clause) {
    const Clause& c = text_.clauses[clause];
    if (clause + 1 >= text_.clauses.size()) return c.end_token;
    const Clause& next = text_.clauses[clause + 1];
    const uint32_t k = next.first_token;
    if (next.sentence != c.sentence || k != c.end_token || text_.tokens[k].prefixes != kProWa) return c.end_token;
    const bool joined = (WordKindsAt(k) & kChantWord) || TriggerOfKindAt(k, PloverType::kRequest);
    return joined ? next.end_token : c.end_token;
  };
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t p : hit_events_[h]) {
      Event& protest = (*out)[p];
      if (!WordIs(protest.event, "PROTEST") || protest.target || protest.negated) continue;
      // عمال شركة الحديد يواصلون إضرابهم، موظفو المصرف الأهلي يعتصمون: the workers of a body (a company, a bank, a
      // ministry, named in construct after them) strike or sit in against their employer.
      if (protest.source && TextEqual(protest.source->sector, "LAB")) {
        const Sentence& sentence = text_.sentences[text_.tokens[hits_[h].first].sentence];
        int32_t workers = -1;
        for (uint32_t x = sentence.first_token;
             x < sentence.end_token && text_.tokens[x].begin <= protest.source->begin && workers < 0; ++x) {
          const int32_t m = MentionAt(x);
          if (m >= 0 && M(m).first_token == x && text_.tokens[x].begin == protest.source->begin) workers = m;
        }
        const int32_t employer = workers >= 0 && static_cast<size_t>(workers) + 1 < rec_.mentions.size()
                                     ? workers + 1 : -1;
        if (employer >= 0 && M(employer).first_token == M(workers).end_token && M(employer).is_actor &&
            !M(employer).object && !(M(employer).prefixes & (kPrepClitics | kProWa | kProFa)) &&
            !(text_.tokens[M(workers).first_token].prefixes & kProAl) &&
            ((M(employer).agent >= 0 && lex_.agents()[M(employer).agent].kind_id == AgentKind::kBody) ||
             (M(employer).record >= 0 && !lex_.record(M(employer).record).is_person && !M(employer).people))) {
          protest.target = MakeActor(employer);
          // (A body named by its kind alone, شركة الكهرباء، المصنع, is of the state where its workers strike.)
          if (protest.target->country.empty() && M(employer).record < 0 && protest.location &&
              !protest.location->country.empty()) {
            protest.target->country = protest.location->country;
            protest.target->actor_id = protest.target->country + protest.target->sector;
          }
          if (explain_) {
            protest.explain.push_back(fmt::format("target '{}' (the employer of the workers, in construct after them)",
                                                  protest.target->text));
          }
          continue;
        }
      }
      const std::string_view state = ProtestState(protest);
      if (state.empty()) continue;
      const TriggerHit& t = hits_[h];
      const Clause& c = text_.clauses[text_.tokens[t.first].clause];
      const uint32_t clause_end = end_with_demand_joined(text_.tokens[t.first].clause);
      // إضراب المعلمين المغاربة، طلبة الجامعات يعلنون الإضراب: teachers or students who strike with no employer
      // named (a company's workers are read above) strike against the state's government, which runs the schools
      // and the universities. (A strike only: a march of students is aimed by its demand.)
      if (protest.source && TextEqual(protest.source->sector, "EDU") && protest.cameo.starts_with("143")) {
        protest.target = ImpliedActor(protest, state, "GOV", "government", "الحكومة");
        if (explain_) {
          protest.explain.push_back(fmt::format("target '{}' (the government of the striking teachers' or students' "
                                                "state, no employer named)", protest.target->text));
        }
        continue;
      }
      // The word of purpose or demand: the protest's own noun of purpose (احتجاجا على), or one of the few words after
      // it (رفضا لـ، تنديدا بـ، مطالبين بـ، للمطالبة بـ، a verb of demanding: تطالب بـ).
      const uint32_t from = (WordKindsAt(t.first) & kAgainstWord) ? t.first : std::max(t.end, t.rest_end);
      // (The reach goes on past a comma within it or right at its end, or a word of chanting within it: اعتصم
      // الأساتذة أمام مقار المديريات في عدة ولايات يوم الأحد، احتجاجا على تأخر الرواتب; تظاهر مئات في تونس، رافعين
      // لافتات: the phrase after the comma, with no verb of its own, tells the protest's purpose.)
      constexpr uint32_t kPurposeReach = 10, kPurposeReachOn = 8;
      int32_t purpose = -1;
      uint32_t reach = from + kPurposeReach;
      auto comma = [&](uint32_t k) {
        const std::string_view n = text_.Norm(text_.tokens[k]);
        return n == "،" || n == ",";
      };
      for (uint32_t k = from; k + 1 < clause_end && (k < reach || comma(k)) && purpose < 0; ++k) {
        // (Not past a semicolon: other news.)
        if (const std::string_view n = text_.Norm(text_.tokens[k]); n == "؛" || n == ";") break;
        if (comma(k) || (WordKindsAt(k) & kChantWord)) reach = std::max(reach, k + kPurposeReachOn);
        const bool demand = (WordKindsAt(k) & kAgainstWord) || GrammarWordAt(k) == GrammarWord::kDemanding ||
                            (k > t.first && TriggerOfKindAt(k, PloverType::kRequest));
        if (demand) purpose = static_cast<int32_t>(k);
      }
      if (purpose < 0) continue;
      uint32_t j = static_cast<uint32_t>(purpose) + 1;
      if (j + 1 < clause_end && Bare(j) == "علي" && text_.tokens[j].prefixes == 0) ++j;
      if (j >= clause_end || text_.tokens[j].kind != TokenKind::kWord || MentionAt(j) >= 0) continue;
      const uint32_t phrase_end = std::min(clause_end, j + 12);
      const bool attack = TriggerOfKindAt(j, PloverType::kAssault) ||
                          (j + 1 < clause_end && TriggerOfKindAt(j + 1, PloverType::kAssault));
      // وقفة في حي سلوان رفضا لتهجير العائلات، تظاهروا في عمان تنديدا بالحرب على غزة: an armed attack or a war, no doer
      // named, on an occupied land, where the protest is held or the phrase places it, is the occupier's
      // (coder/occupations.tsv), as the bare الاحتلال of the news is.
      if (attack || (WordKindsAt(j) & kWarWord)) {
        if (const std::string_view occupier = OccupierOfLandAttacked(state, j, phrase_end); !occupier.empty()) {
          protest.target = ImpliedActor(protest, occupier, "", "the occupation", "الاحتلال");
          if (explain_) {
            protest.explain.push_back(fmt::format("target '{}' (the occupier of the land whose war or attack, no "
                                                  "doer named, is protested)", protest.target->text));
          }
          continue;
        }
      }
      // (The place is the protest's, before the phrase: in رفضا للحرب على غزة the place is what is protested.)
      if (protest.location && protest.location->begin >= text_.tokens[purpose].begin) continue;
      // (The act is no armed attack, احتجاجا على القصف، رفضا للعدوان، رفضا لاستمرار الحرب, unless the phrase names an
      // arrest or a charge among its acts, which only a state's authority makes: احتجاجا على اقتحام النقابة واعتقال
      // نقيبها.)
      if (attack) {
        bool arrest = false;
        for (uint32_t x = j + 1; x < phrase_end && !arrest; ++x) arrest = TriggerOfKindAt(x, PloverType::kCoerce);
        if (!arrest) continue;
      }
      // (No other state in the sentence up to the phrase's end, and no body named in the phrase but the state's own
      // persons and people, and its government before the phrase's first punctuation: مطالبين بفرص عمل ومحاسبة
      // الوزراء asks it of the government all the same; one named after it, in words quoted, is no part of it.)
      bool other = false, past_phrase = false;
      for (uint32_t x = text_.sentences[c.sentence].first_token; x < phrase_end && !other; ++x) {
        past_phrase = past_phrase || (x >= j && text_.tokens[x].kind == TokenKind::kPunct);
        const int32_t m = MentionAt(x);
        if (m < 0 || M(m).first_token != x) continue;
        const Mention& y = M(m);
        const std::string& country = y.is_place() ? lex_.places()[y.place].country : y.country;
        other = !country.empty() && country != state;
        if (!other && x >= j && y.is_actor && !y.is_place()) {
          const bool person = y.record >= 0 && lex_.record(y.record).is_person;
          other = !person && !y.people && !TextEqual(y.sector, "CVL") && (past_phrase || !TextEqual(y.sector, "GOV"));
        }
      }
      if (other) continue;
      EventActor g;
      g.begin = text_.tokens[j].begin;
      g.end = text_.tokens[j].end;
      g.text = std::string(text_.original.substr(g.begin, g.end - g.begin));
      g.country = state;
      g.sector = "GOV";
      g.actor_id = g.country + "GOV";
      g.name_en = "government";
      g.name_ar = "الحكومة";
      protest.target = std::move(g);
      if (explain_) {
        protest.explain.push_back(fmt::format("target '{}' (the government of the protest's state, against whose act "
                                              "or of whom the want, no doer named, is protested)",
                                              protest.target->text));
      }
    }
  }
}

bool DocumentCoder::TriggerOfKindAt(uint32_t x, PloverType kind) const {
  const int32_t g = token_trigger_[x];
  if (g < 0 || hits_[g].first != x) return false;
  for (uint32_t id : *hit_payloads_[g]) {
    const CameoCode* code = ont_.Find(trig_.trigger(id).cameo);
    if (code != nullptr && code->plover_type == kind) return true;
  }
  return false;
}

void DocumentCoder::ProtestsAtTheirGovernment(std::vector<Event>* out) {
  // مسيرة حاشدة في الحسيمة رغم قرار المنع، آلاف يعتصمون في ساحة الساعة في حمص، هتفوا بسقوط النظام: a march, a sit-in
  // or a road block that names no one it is against is, in the news, a people's claim on the power that rules where it is
  // held: its government, which answers for the order, the prices and the services, and which it asks to go. Not for
  // protesters of another state than the place's, nor where the sentence names another state (a march in Amman for
  // Gaza, before an embassy): its target may be that state's, unnamed; nor where its word of purpose is against an
  // armed attack (احتجاجا على القصف: the attack's doer, unnamed, is whom it is against); nor where it names by its
  // name, outside the protesters, a body a protest may be against that is not of the state's powers: a company, a
  // court or an international body (workers striking at a named company, against a cut by a named agency). (A body of
  // a kind, المصارف, is often the doer or the object of another verb: أغلقت المصارف أبوابها; and a parliament named,
  // often what the demand is about, مطالبين بإعادة مجلس الأمة, leaves the protest a claim on the rulers.) Nor for a
  // strike or a hunger strike (CAMEO 143, 142): a strike is aimed at its employer and a hunger strike at its jailer,
  // which the place does not tell; nor on a land another state occupies (coder/occupations.tsv: a march in Ramallah
  // may be against the occupier or the authority); nor where ضد or a phrase of purpose names someone (هتفوا ضد
  // الحوثيين: whom it is against is named, even if no reading took it).
  // (Once per protest left with no target, over its sentence: rare, after every other reading.)
  auto body_protested = [](const Mention& y) {
    return y.record >= 0 && (TextEqual(y.sector, "BUS") || TextEqual(y.sector, "JUD") || TextEqual(y.sector, "IGO"));
  };
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t p : hit_events_[h]) {
      Event& protest = (*out)[p];
      if (!WordIs(protest.event, "PROTEST") || protest.target || protest.negated) continue;
      if (WordStartsWith(protest.cameo, "142") || WordStartsWith(protest.cameo, "143")) continue;
      const std::string_view state = ProtestState(protest);
      if (state.empty() || !trig_.OccupierOf(state).empty()) continue;
      const uint32_t clause_end = text_.clauses[text_.tokens[hits_[h].first].clause].end_token;
      bool attack_or_named = false;
      for (uint32_t x = hits_[h].first; x + 1 < clause_end && !attack_or_named; ++x) {
        if (!(WordKindsAt(x) & kAgainstWord)) continue;
        const bool ala = x + 2 < clause_end && Bare(x + 1) == "علي" && text_.tokens[x + 1].prefixes == 0;
        const uint32_t act = ala ? x + 2 : x + 1;
        attack_or_named = TriggerOfKindAt(act, PloverType::kAssault) || MentionAt(act) >= 0;
      }
      if (attack_or_named) continue;
      const Sentence& sentence = text_.sentences[text_.tokens[hits_[h].first].sentence];
      bool other = false;
      for (uint32_t x = sentence.first_token; x < sentence.end_token && !other; ++x) {
        const int32_t m = MentionAt(x);
        if (m < 0 || M(m).first_token != x) continue;
        const Mention& y = M(m);
        const std::string& country = y.is_place() ? lex_.places()[y.place].country : y.country;
        const bool protester = protest.source && text_.tokens[x].begin >= protest.source->begin &&
                               text_.tokens[x].begin < protest.source->end;
        other = (!country.empty() && country != state) || (!protester && body_protested(y));
      }
      if (other) continue;
      protest.target = ImpliedActor(protest, state, "GOV", "government", "الحكومة");
      if (explain_) {
        protest.explain.push_back(fmt::format("target '{}' (the government of the state where the protest, naming "
                                              "no one it is against, is held)", protest.target->text));
      }
    }
  }
}

namespace {

// Unidentified armed men (مسلحون، مجهولون: sector UAF), whom a claim of the attack identifies.
bool Unidentified(const EventActor& a) { return a.sector == "UAF"; }

}  // namespace

void DocumentCoder::ClaimedAfter(std::vector<Event>* out) {
  // قتل ثلاثة جنود في هجوم على ثكنة، وقد تبناه تنظيم القاعدة: a verb of carrying out or claiming
  // whose object pronoun refers back (تبناه، نفذته) names the doer of the violent events reported
  // before it in the sentence that have none, or that unidentified armed men did (أطلق مسلحون النار). A noun right before the verb (هجوم نفذه) is its own
  // antecedent and is handled with the noun.
  for (const CueHit& q : cues_) {
    if (q.kind != CueKind::kPerpetrate || q.first == 0) continue;
    // The pronoun may be split off the verb or be part of the listed form (تبناه، نفذته).
    const std::string& form = trig_.cue(q.record).form;
    bool pronoun = text_.tokens[q.end - 1].suffix != Enclitic::kNone ||
                   (form.size() > 2 && form.compare(form.size() - 2, 2, "ه") == 0) ||
                   (form.size() > 4 && form.compare(form.size() - 4, 4, "ها") == 0);
    if (!pronoun) continue;
    // The verb opens its clause: joined by و or ف (وتبناه، وقد تبناه) or after punctuation.
    uint32_t prev = q.first - 1;
    bool opens = (text_.tokens[q.first].prefixes & (kProWa | kProFa)) != 0;
    if (prev > 0 && (Bare(prev) == "قد" || Bare(prev) == "وقد")) {
      opens = opens || Bare(prev) == "وقد" || (text_.tokens[prev].prefixes & (kProWa | kProFa));
      --prev;
    }
    // (Or a conjunction of contrast, as و: ونسبت الحكومة الهجوم إلى المتمردين، فيما تبناه تنظيم الدولة.)
    opens = opens || text_.tokens[prev].kind == TokenKind::kPunct || Bare(prev) == "فيما" || Bare(prev) == "بينما";
    if (!opens) continue;
    const Clause& c = text_.clauses[text_.tokens[q.first].clause];
    bool after = false;
    Arg doer = SubjectOf(TriggerHit{q.first, q.end, 0}, c, &after);
    if (!after || doer.members.size() != 1) continue;
    uint32_t sentence = text_.tokens[q.first].sentence;
    // قتل جنديان حين استهدفت سيارة مفخخة دوريتهما. ونسبت الحكومة الهجوم إلى المتمردين، فيما تبناه تنظيم الدولة: a claim
    // in a sentence that reports no violent event before it, only retells one (a violent noun there with no event of
    // its own, the pronoun's antecedent), claims the violent events of the sentence right before.
    bool reported = false, retold = false;
    for (size_t h = 0; h < hits_.size() && hits_[h].first < q.first; ++h) {
      if (text_.tokens[hits_[h].first].sentence != sentence || !hit_occurrence_[h]) continue;
      retold = retold || (!hit_verb_[h] && hit_events_[h].empty());
      for (size_t idx : hit_events_[h]) reported = reported || WordIs((*out)[idx].event, "ASSAULT");
    }
    if (!reported && retold && sentence > 0) --sentence;
    for (size_t h = 0; h < hits_.size() && hits_[h].first < q.first; ++h) {
      if (text_.tokens[hits_[h].first].sentence != sentence || !hit_occurrence_[h]) continue;
      for (size_t idx : hit_events_[h]) {
        Event& e = (*out)[idx];
        if ((e.source && !Unidentified(*e.source)) || !WordIs(e.event, "ASSAULT")) continue;
        e.source = MakeActor(doer.members[0]);
        if (explain_) e.explain.push_back("source '" + e.source->text + "' (subject of '" + trig_.cue(q.record).form + "' after it)");
      }
    }
  }
}

void DocumentCoder::ClaimedByNamedSubject(std::vector<Event>* out) {
  // هجوم بمسيرات على قاعدة للتحالف، و"الجماعة" تتبنى العملية، انفجار سيارة مفخخة قرب مقر الشرطة والحركة تتبنى
  // الهجوم: a clause joined by و that opens with a named actor, its verb of claiming (grammar.tsv perpetrate) right after
  // it and the attack as its object (العملية: word_kinds.tsv operation, or a violent noun), names the doer of the
  // violent events reported before it in the sentence that have none, or that unidentified armed men did. (Past or
  // present alike: a headline claims in the present.)
  for (const CueHit& q : cues_) {
    if (q.kind != CueKind::kPerpetrate || q.first < 2 || q.end >= text_.tokens.size()) continue;
    const Token& v = text_.tokens[q.first];
    if (v.prefixes != 0 || v.suffix != Enclitic::kNone || text_.tokens[q.end - 1].suffix != Enclitic::kNone) continue;
    // (The object: العملية، الهجوم, right after the verb.)
    const Token& o = text_.tokens[q.end];
    if (o.sentence != v.sentence || !(o.prefixes & kProAl) ||
        !((WordKindsAt(q.end) & kOperationWord) || token_trigger_[q.end] >= 0)) {
      continue;
    }
    // (The subject right before the verb, a closing quotation mark allowed between, opening a clause with و.)
    uint32_t before = q.first;
    if (text_.tokens[before - 1].kind == TokenKind::kPunct) {
      const std::string_view p = text_.Norm(text_.tokens[before - 1]);
      if (p == "»" || p == "\"" || p == "”") --before;
    }
    const int32_t m = MentionAt(before - 1);
    if (m < 0 || M(m).end_token != before || !M(m).is_actor) continue;
    uint32_t open = M(m).first_token;
    if (open > 0 && text_.tokens[open - 1].kind == TokenKind::kPunct) {
      const std::string_view p = text_.Norm(text_.tokens[open - 1]);
      if (p == "«" || p == "\"" || p == "“") --open;  // (an opening quotation mark)
    }
    const bool joined = (text_.tokens[open].prefixes & kProWa) || (open > 0 && Bare(open - 1) == "و");
    if (!joined || open == 0) continue;
    for (size_t h = 0; h < hits_.size() && hits_[h].first < open; ++h) {
      if (text_.tokens[hits_[h].first].sentence != v.sentence || !hit_occurrence_[h]) continue;
      for (size_t idx : hit_events_[h]) {
        Event& e = (*out)[idx];
        if ((e.source && !Unidentified(*e.source)) || !WordIs(e.event, "ASSAULT") || e.negated) continue;
        e.source = MakeActor(m);
        if (explain_) e.explain.push_back("source '" + e.source->text + "' (who claims the attack in the next clause)");
      }
    }
  }
}

void DocumentCoder::ClashSidesOfPlace(std::vector<Event>* out) {
  // اندلعت اشتباكات بالأسلحة الثقيلة في حي بطرابلس، اشتباكات بين تشكيلين مسلحين في الزاوية: clashes (a mutual line
  // of triggers.tsv) whose sides the sentence names nowhere, neither doer nor other side, are fought by armed men of the
  // state where they take place, on both sides, as a protest with no doer named is done by that state's people. The
  // actor is the state's unidentified armed men (UAF, as مسلحون reads): who they are is not said, and the state itself
  // (its id alone, LBY) did not fight. (Only the clash nouns and verbs: a strike or a bombing with no doer keeps none.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_events_[h].empty()) continue;
    bool clash = false;
    for (uint32_t p : *hit_payloads_[h]) {
      const TriggerRecord& x = trig_.trigger(p);
      clash = clash || ((x.flags & kFlagMutual) && x.plover == PloverType::kAssault);
    }
    if (!clash) continue;
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (!WordIs(e.event, "ASSAULT") || e.source || e.target || e.negated || !e.location ||
          e.location->country.empty()) {
        continue;
      }
      e.source = ImpliedActor(e, e.location->country, "UAF", "armed men", "مسلحون");
      e.target = e.source;
      if (explain_) {
        e.explain.push_back(fmt::format("source and target '{}' (no side named: armed men of the state where the "
                                        "clashes took place)", e.source->text));
      }
    }
  }
}

void DocumentCoder::UnnamedArmedDoers(std::vector<Event>* out) {
  // مقتل ثمانية جنود في هجوم مسلح على كمين، هجوم مسلح على فندق في باماكو: an attack told as armed whose doer the
  // document names nowhere (no subject, genitive, phrase of agency nor claim: read before) was done by armed men who
  // were not identified, as news says of it, UAF of the state where it took place (as مسلحون with no side reads).
  // (The hit's lines are read only for an attack left with no doer: few a document.)
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t ei : hit_events_[h]) {
      Event& e = (*out)[ei];
      if (e.source || e.negated || !WordIs(e.event, "ASSAULT") || !AnyLineHas(h, kFlagUnnamedArmed)) continue;
      e.source = ImpliedActor(e, e.location ? std::string_view(e.location->country) : std::string_view(), "UAF",
                              "armed men", "مسلحون");
      if (explain_) {
        e.explain.push_back(fmt::format("source '{}' (an armed attack with no doer named: unidentified armed men)",
                                        e.source->text));
      }
    }
  }
}

void DocumentCoder::ClaimedBefore(std::vector<Event>* out) {
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_events_[h].empty() || hit_verb_[h]) continue;
    const TriggerHit& n = hits_[h];
    const Token& w = text_.tokens[n.first];
    const uint32_t sentence = w.sentence;
    // (The noun right after the verb and its subject, with the article and nothing after it in its clause but
    // a full stop: الهجوم، التفجير.)
    if (n.rest_end > n.end || w.prefixes != kProAl || w.suffix != Enclitic::kNone || n.end != n.first + 1) continue;
    const Clause& c = text_.clauses[w.clause];
    // (Or the medium of the claim after it: وتبنت حركة الشباب الهجوم في بيان، عبر بيان.)
    bool medium = n.end + 1 < c.end_token && text_.tokens[n.end].prefixes == 0 &&
                  (Bare(n.end) == "في" || Bare(n.end) == "عبر") && CueStartsAt(n.end + 1, CueKind::kReported);
    if (n.end < c.end_token && text_.tokens[n.end].kind != TokenKind::kPunct && !medium) continue;
    // (In its own sentence, a claim in a clause of its own joined by و claims the attack of a clause before
    // it: نجا الرئيس من انفجار استهدف موكبه، وتبنت حركة الشباب الهجوم.)
    const bool joined = w.clause > 0 && (text_.tokens[c.first_token].prefixes & kProWa) != 0;
    if (sentence == 0 && !joined) continue;
    // (تبنى التنظيم الهجوم: the claimant between the verb and the noun; أعلنت الجماعة مسؤوليتها عن الهجوم.)
    int32_t doer = n.first > c.first_token ? MentionAt(n.first - 1) : -1;
    bool claimed = CueEndsBefore(n.first, CueKind::kPerpetrate) ||
                   (doer >= 0 && M(doer).end_token == n.first && M(doer).is_actor &&
                    CueEndsBefore(M(doer).first_token, CueKind::kPerpetrate));
    if (!claimed) continue;
    size_t claim = SIZE_MAX;
    for (size_t ei : hit_events_[h]) {
      const Event& e = (*out)[ei];
      // (Its target may be only the state it took place in, that of the attack claimed, or a word after the
      // medium: في بيان نشرته على مواقع موالية لها.)
      if (!e.event.empty() && WordIs(e.event, "ASSAULT") && e.source && (!e.target || hit_place_target_[h] || medium) &&
          !e.negated) {
        claim = ei;
      }
    }
    if (claim == SIZE_MAX) continue;
    // The latest sentence before, of the two (or its own, before it), that reports a violent event with no
    // doer, or done by unidentified armed men (أطلق مسلحون النار على دورية ... وتبنى تنظيم الدولة الهجوم).
    size_t into = SIZE_MAX;
    uint32_t reported = UINT32_MAX;
    for (size_t g = h; g-- > 0;) {
      uint32_t gs = text_.tokens[hits_[g].first].sentence;
      if (gs == sentence && (!joined || text_.tokens[hits_[g].first].clause >= w.clause)) continue;
      if (gs + 2 < sentence || (reported != UINT32_MAX && gs != reported)) break;
      for (size_t fi : hit_events_[g]) {
        Event& f = (*out)[fi];
        if (!WordIs(f.event, "ASSAULT") || (f.source && !Unidentified(*f.source)) || f.negated ||
            WordIs(f.modality, "intended") || WordIs(f.modality, "hypothetical")) {
          continue;
        }
        f.source = (*out)[claim].source;
        if (explain_) f.explain.push_back("source '" + f.source->text + "' (who claimed the attack after it)");
        reported = gs;
        into = std::min(into, fi);
      }
    }
    if (into == SIZE_MAX) continue;
    Absorb(&(*out)[into], (*out)[claim], false);
    (*out)[claim].event.clear();
  }
  // وتبنى تنظيم الدولة العملية: a verb of carrying out or claiming with its doer after it and the noun of an
  // operation (العملية, word kind operation, no trigger) closing its sentence names the attack reported in the sentence before.
  for (const CueHit& q : cues_) {
    if (q.kind != CueKind::kPerpetrate || q.end + 1 >= text_.tokens.size()) continue;
    const Token& v = text_.tokens[q.first];
    int32_t doer = MentionAt(q.end);
    if (v.sentence == 0 || doer < 0 || M(doer).first_token != q.end || !M(doer).is_actor || M(doer).object ||
        (M(doer).prefixes & (kPrepClitics | kProWa))) {
      continue;
    }
    const uint32_t k = M(doer).end_token;
    if (k >= text_.tokens.size()) continue;
    const Token& w = text_.tokens[k];
    if (w.sentence != v.sentence || w.prefixes != kProAl || w.suffix != Enclitic::kNone ||
        !(WordKindsAt(k) & kOperationWord) || MentionAt(k) >= 0) {
      continue;
    }
    if (k + 1 < text_.tokens.size() && text_.tokens[k + 1].sentence == w.sentence && text_.tokens[k + 1].kind != TokenKind::kPunct) {
      continue;
    }
    for (size_t g = hits_.size(); g-- > 0;) {
      uint32_t gs = text_.tokens[hits_[g].first].sentence;
      if (gs >= v.sentence) continue;
      if (gs + 1 < v.sentence) break;
      for (size_t fi : hit_events_[g]) {
        Event& f = (*out)[fi];
        if (!TextEqual(f.event, "ASSAULT") || f.source || f.negated || TextEqual(f.modality, "intended") ||
            TextEqual(f.modality, "hypothetical")) {
          continue;
        }
        f.source = MakeActor(doer);
        if (explain_) f.explain.push_back("source '" + f.source->text + "' (who claimed the operation after it)");
      }
    }
  }
  // قتل أربعة جنود بانفجار سيارة مفخخة، وأعلنت حركة الشباب مسؤوليتها: a verb of announcing with its claimant after it
  // and then its responsibility, with a pronoun and nothing after it, closing its sentence, claims the attack reported
  // before it with no doer, in a clause before it joined by و or in the sentence before (indep54; with عن the act
  // claimed follows: a perpetrate cue of grammar.tsv).
  for (size_t m = 0; m < rec_.mentions.size(); ++m) {
    const Mention& d = rec_.mentions[m];
    const uint32_t k = d.end_token;
    if (!d.is_actor || d.object || d.first_token == 0 || k >= text_.tokens.size() ||
        (d.prefixes & (kPrepClitics | kProWa))) {
      continue;
    }
    // (مسؤولية with a pronoun: grammar.tsv responsibility.)
    const Token& w = text_.tokens[k];
    if (w.prefixes != 0 || GrammarWordAt(k) != GrammarWord::kResponsibility || !CarriesPronoun(text_, w)) continue;
    if (k + 1 < text_.tokens.size() && text_.tokens[k + 1].sentence == w.sentence &&
        text_.tokens[k + 1].kind != TokenKind::kPunct) {
      continue;
    }
    const uint32_t verb = d.first_token - 1;
    const Token& v = text_.tokens[verb];
    // (A verb of reporting, cues.tsv: أعلنت، أكدت.)
    if (v.sentence != w.sentence || !CueStartsAt(verb, CueKind::kReported)) continue;
    const Clause& c = text_.clauses[v.clause];
    const bool joined = v.clause > 0 && c.first_token == verb && (v.prefixes & kProWa) != 0;
    if (v.sentence == 0 && !joined) continue;
    uint32_t reported = UINT32_MAX;
    for (size_t g = hits_.size(); g-- > 0;) {
      const uint32_t at = hits_[g].first;
      if (at >= verb) continue;
      const uint32_t gs = text_.tokens[at].sentence;
      if (gs == v.sentence && !joined) continue;
      if (gs + 1 < v.sentence || (reported != UINT32_MAX && gs != reported)) break;
      for (size_t fi : hit_events_[g]) {
        Event& f = (*out)[fi];
        if (!TextEqual(f.event, "ASSAULT") || (f.source && !Unidentified(*f.source)) || f.negated ||
            TextEqual(f.modality, "intended") || TextEqual(f.modality, "hypothetical")) {
          continue;
        }
        f.source = MakeActor(static_cast<int32_t>(m));
        if (explain_) f.explain.push_back("source '" + f.source->text + "' (who announced its responsibility after it)");
        reported = gs;
      }
    }
  }
}

void DocumentCoder::RetoldEvents(std::vector<Event>* out) {
  // Gives unnamed people `a` (a mention of no record, no foreigners, no hostages or ships, no international staff) the
  // state of the place `where` when it lies inside one.
  auto of_the_place = [&](const EventPlace& where, EventActor* a) {
    if (where.country.empty() || where.precision == "water" || where.precision == "crossing" ||
        TextEqual(a->sector, "IGO") || TextEqual(a->sector, "NGO") || TextEqual(a->sector, "PKO")) {
      return;
    }
    auto tok = std::lower_bound(text_.tokens.begin(), text_.tokens.end(), a->begin,
                                [](const Token& x, uint32_t b) { return x.begin < b; });
    if (tok == text_.tokens.end() || tok->begin != a->begin) return;
    const uint32_t k = static_cast<uint32_t>(tok - text_.tokens.begin());
    const int32_t m = MentionAt(k);
    if (m < 0 || M(m).first_token != k || !M(m).is_actor || M(m).record >= 0 || NamesForeigners(text_, M(m))) return;
    // (The head noun only, as in CodeTrigger: أهالي المعتقلين are where they gather.)
    if (WordKindsAt(k) & kItinerantWord) return;
    a->country = where.country;
    a->actor_id = a->country + a->sector;
  };
  for (size_t hi = 1; hi < hits_.size(); ++hi) {
    if (hit_events_[hi].empty()) continue;
    const TriggerHit& t = hits_[hi];
    // (A verb names no event again, but the verb of result after the noun of its cause carries the event that noun
    // names: وأفادت مصادر بأن الهجوم أسفر عن مقتل عشرة جنود; its cause's article is the one the noun shows.)
    const bool result_of_noun = hit_verb_[hi] && t.first > 0 && CueStartsAt(t.first, CueKind::kResult) &&
                                MentionAt(t.first - 1) < 0 && text_.tokens[t.first - 1].kind == TokenKind::kWord &&
                                text_.tokens[t.first - 1].clause == text_.tokens[t.first].clause;
    // (A verb past a verb of saying in its sentence, وقال شهود إن الشرطة أطلقت الغاز المسيل للدموع على المحتجين, told
    // right after the writer told that act by the same doer on the same side, is the source's account of it.)
    const uint32_t sentence_first = text_.sentences[text_.tokens[t.first].sentence].first_token;
    const bool retold_verb = hit_verb_[hi] && !result_of_noun && SayingBetween(sentence_first, t.first);
    if (hit_verb_[hi] && !result_of_noun && !retold_verb) continue;
    // (Definite: الهجوم، محاولة الاغتيال، عملية الخطف; an indefinite noun, هجوم، محاولة اغتيال, tells one more. The
    // article may stand on a later word of the phrase, which the word list may know whole, الاغتيال, or on the rest of
    // a phrase the hit split.)
    auto with_article = [&](uint32_t k) { return IsDefinite(text_, text_.tokens[k]); };
    bool definite = false;
    for (uint32_t k = t.first; k < t.end && !definite; ++k) definite = with_article(k);
    for (uint32_t k = t.rest; k < t.rest_end && !definite && !result_of_noun; ++k) definite = with_article(k);
    if (result_of_noun) definite = with_article(t.first - 1);
    if (!definite && !retold_verb) continue;
    const uint32_t clause = text_.tokens[t.first].clause;
    // (The subject between a verb of result and its عن or إلى, هاجم مسلحون حاجزا ولم يسفر الهجوم عن إصابات, names the
    // event before it in its own clause too.)
    const bool cause_of_result = !hit_verb_[hi] && t.first > text_.clauses[clause].first_token && CueStartsAt(t.first - 1, CueKind::kResult);
    for (size_t ei : hit_events_[hi]) {
      Event& e = (*out)[ei];
      if (e.event.empty() || e.negated || !ToldAsHappened(e.modality)) {
        continue;
      }
      Event* into = nullptr;
      for (size_t h = hi; into == nullptr && h-- > 0;) {
        // (In its own clause only past a verb of saying: قصف الجيش القرية، وقال مصدر إن القصف أسفر عن مقتل ثلاثة, the
        // source tells again the event the writer told; a second noun of one clause is another act or its means.)
        if (text_.tokens[hits_[h].first].clause == clause && !cause_of_result && !SayingBetween(hits_[h].end, t.first)) {
          continue;
        }
        for (size_t fi : hit_events_[h]) {
          Event& f = (*out)[fi];
          // (The verb of result gives the bare code of its type, 190, whatever the cause's: فجر انتحاري نفسه ... وقالت
          // الشرطة إن التفجير أسفر عن مقتل 12 شخصا.)
          // (Retold by a verb: the same act in the sentence before, its doer and its target both named, the counts
          // not at odds.)
          if (retold_verb && (f.sentence + 1 != e.sentence || !TextEqual(e.modality, "reported") ||
                              f.cameo != e.cameo ||
                              !e.source || !f.source || !e.target || !f.target ||
                              (e.fatalities && f.fatalities && *e.fatalities != *f.fatalities) ||
                              (e.injured && f.injured && *e.injured != *f.injured))) {
            continue;
          }
          if (&f == &e || f.event != e.event || f.negated ||
              (!result_of_noun && f.cameo.compare(0, 2, e.cameo, 0, 2) != 0) ||
              !ToldAsHappened(f.modality)) {
            continue;
          }
          // (The state where the first was told to strike and the people of no nationality its result counts are one
          // side: قصفت المدفعية الروسية مدينة خيرسون ... إن القصف أسفر عن مقتل امرأتين.)
          auto state_and_people = [](const std::optional<EventActor>& a, const std::optional<EventActor>& b) {
            return a && b && a->sector.empty() && !a->country.empty() && b->country.empty();
          };
          bool same_target = SameSide(e.target, f.target) ||
                             (result_of_noun && (state_and_people(e.target, f.target) || state_and_people(f.target, e.target)));
          if (!SameSide(e.source, f.source) || !same_target) continue;
          if (e.location && f.location && e.location->name_en != f.location->name_en) continue;
          into = &f;
          break;
        }
      }
      if (into == nullptr) continue;
      Event& f = *into;
      if (!f.source) f.source = e.source;
      if (!f.target) {
        f.target = e.target;
        // استهدفت غارة سيارة في جنوب لبنان. وقالت مصادر إن الغارة أسفرت عن مقتل سائقها: unnamed people of no
        // nationality named only where the event is told again, in a clause of no place, are of the state where it was
        // first told to take place, as those named there are (CodeTrigger's people where the event took place).
        if (f.target && !e.location && f.location && f.target->country.empty() && !f.target->sector.empty()) {
          of_the_place(*f.location, &*f.target);
        }
      }
      if (!f.location) f.location = e.location;
      if (explain_) f.explain.push_back(fmt::format("'{}' names this event again", e.mentions.front().trigger_text));
      Absorb(&f, e, false);
      e.event.clear();
    }
  }
}

void DocumentCoder::Run(std::vector<Event>* out) {
  last_source_.Reset(text_.clauses.size());
  last_source_hit_.Reset(text_.clauses.size());
  pronoun_memo_.clear();
  accused_.Reset(text_.clauses.size());
  charged_.Reset(text_.clauses.size());
  FindTriggersAndCues();
  // (Read from the document's hits once all are found: none is read while they are found.)
  first_protest_at_ = UINT32_MAX;
  protest_hits_read_ = 0;
  BuildGroups();
  // (Buffers per hit and per mention, read by index only: ResetFirst.)
  ResetFirst(hit_verb_, hits_.size(), 0);
  ResetFirst(hit_occurrence_, hits_.size(), 0);
  ResetFirst(hit_occurrence_verb_, hits_.size(), 0);
  ResetFirst(hit_emitted_, hits_.size(), 0);
  ResetFirst(hit_background_, hits_.size(), 0);
  ResetFirst(hit_doer_, hits_.size(), 0xFF);  // -1
  ResetFirst(hit_foreign_place_, hits_.size(), 0xFF);  // -1
  ResetFirst(hit_place_target_, hits_.size(), 0);
  historical_period_.assign(text_.clauses.size(), kNotRead);
  clause_date_.assign(text_.clauses.size(), std::nullopt);
  earlier_year_.assign(text_.clauses.size(), {kEarlierYearNotRead, kEarlierYearNotRead});
  static_assert(kPrepositionNotRead == UINT32_MAX);
  ResetFirst(preposition_of_, rec_.mentions.size(), 0xFF);  // kPrepositionNotRead
  // (Grown, never shrunk: a list dropped by a shorter document was allocated again by the next longer one. Only the
  // hits' own lists are read.)
  if (hit_events_.size() < hits_.size()) hit_events_.resize(hits_.size());
  for (size_t h = 0; h < hits_.size(); ++h) hit_events_[h].clear();  // (their memory is kept for the next document)
  size_t first_new = out->size();
  for (size_t i = 0; i < hits_.size(); ++i) CodeTrigger(i, out);
  ClaimedAfter(out);
  ClaimedByNamedSubject(out);
  ClaimedBefore(out);
  ClashSidesOfPlace(out);
  UnnamedArmedDoers(out);
  ComplementTargets(out);
  CondemnedActsToldBefore(out);
  RetaliationAgainstActsToldBefore(out);
  PartiesNamedByDual(out);
  AnnouncedThreats(out);
  SpeakersCharges(out);
  ClashWithLeadSubject(out);
  MergeRestNouns(out);
  OneIncidentTolls(out);
  RetoldEvents(out);
  SubjectlessProtests(out);
  CrowdsBrokenUp(out);
  ForeignPlaceTargets(out);
  DemandedTargets(out);
  ProtestsAtTheirGovernment(out);
  ConditionalActs(out);
  // الحكومة، قوات الأمن، المتظاهرون: a generic agent's id is its sector, its country given by the document or the place
  // (inferred by the recognizer, or set by a reading above): the id takes that country, so that the store and the
  // document's merging below keep Iraq's government and Morocco's apart.
  for (size_t i = first_new; i < out->size(); ++i) {
    for (std::optional<EventActor>* side : {&(*out)[i].source, &(*out)[i].target}) {
      EventActor* a = side->has_value() ? &**side : nullptr;
      if (a != nullptr && !a->country.empty() && a->actor_id == a->sector) a->actor_id = a->country + a->sector;
    }
  }

  // One event per (type, source, target, place, negation, modality) in the document: each event is
  // kept in place or merged into the first with its key. A document gives few events, so keys are
  // compared in a list.
  std::string& key = event_keys_.key;
  std::vector<std::pair<std::string, size_t>>& seen = event_keys_.seen;
  size_t& seen_count = event_keys_.count;
  seen_count = 0;
  size_t kept = first_new;
  for (size_t i = first_new; i < out->size(); ++i) {
    Event& e = (*out)[i];
    if (e.event.empty()) continue;  // merged into another (MergeRestNouns)
    // (The key is sized first and written in place: each append and push_back was a call into the library.)
    const std::string_view parts[] = {std::string_view(e.event), e.source ? std::string_view(e.source->actor_id) : "",
                                      e.target ? std::string_view(e.target->actor_id) : "",
                                      e.location ? std::string_view(e.location->name_en) : "",
                                      e.negated ? std::string_view("true") : std::string_view("false"),
                                      std::string_view(e.modality),
                                      std::string_view(e.cameo).substr(0, 2)};
    size_t key_size = std::size(parts) - 1;  // a '|' after each part but the last
    for (std::string_view part : parts) key_size += part.size();
    key.resize(key_size);
    char* w = key.data();
    for (std::string_view part : parts) {
      std::memcpy(w, part.data(), part.size());
      w += part.size();
      if (w < key.data() + key_size) *w++ = '|';
    }
    auto seen_end = seen.begin() + static_cast<std::ptrdiff_t>(seen_count);
    auto it = std::find_if(seen.begin(), seen_end, [&](const auto& s) { return s.first == key; });
    if (it != seen_end) {
      Event& first = (*out)[it->second];
      // داهمت الشرطة منزلا واعتقلت خمسة شبان: a code under the same root (173) says more than the
      // root itself (170).
      Absorb(&first, e, first.cameo.size() == 3 && first.cameo.back() == '0' && e.cameo != first.cameo);
      continue;
    }
    char sentence[16];
    const size_t digits = static_cast<size_t>(std::to_chars(sentence, sentence + sizeof sentence, e.sentence).ptr - sentence);
    WriteEventId(e.doc_id, key, std::string_view(sentence, digits), &e.event_id);
    if (seen_count == seen.size()) seen.emplace_back();
    seen[seen_count].first.assign(key);
    seen[seen_count].second = kept;
    ++seen_count;
    if (kept != i) (*out)[kept] = std::move(e);
    ++kept;
  }
  // (The events merged away keep their memory for the next ones, as RecycleEvents does.)
  KeepEventMemory(out, kept);
}


}  // namespace rasad::detail
