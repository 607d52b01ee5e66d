#include "coder/event_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string_view>
#include <unordered_set>

#include "text/arabic_normalizer.h"
#include "text/document_reader.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

Result<std::vector<RelativeDate>> LoadRelativeDates(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<RelativeDate> out;
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2) return r.Error("expected phrase, days");
    int days = 0;
    try {
      days = std::stoi(std::string(f[1]));
    } catch (...) {
      return r.Error("days is not a number");
    }
    for (std::string_view phrase : SplitList(f[0])) {
      RelativeDate d;
      d.days = days;
      std::string normalized = ArabicNormalizer::Get().Normalize(phrase);
      for (std::string_view w : SplitList(normalized, ' ')) d.words.emplace_back(w);
      out.push_back(std::move(d));
    }
  }
  // Longer phrases first, so that أول أمس wins over أمس.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.words.size() > b.words.size(); });
  return out;
}

std::string ShiftDate(const std::string& iso, int days) {
  if (iso.size() < 10 || days == 0) return iso;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return iso;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return iso;
  std::chrono::year_month_day shifted{std::chrono::sys_days{ymd} + std::chrono::days{days}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(shifted.year()), static_cast<unsigned>(shifted.month()),
                     static_cast<unsigned>(shifted.day()));
}

namespace {

constexpr uint8_t kPrepClitics = kProBi | kProLi | kProKa;
// How many tokens after it a `next`-scoped modality cue reaches.
constexpr uint32_t kCueReach = 10;
// How far before a trigger a relative or temporal clause opener, or a verb of occurrence, reaches.
constexpr uint32_t kClauseReach = 6;
// PrepositionOf results beyond TargetWay: another preposition, and كـ ("as"); neither introduces a
// target, and both keep an actor from being a subject or object.
constexpr uint16_t kPrepOther = 1 << 14;
constexpr uint16_t kPrepAs = 1 << 15;

struct TriggerHit {
  uint32_t first = 0, end = 0;  // tokens
  uint32_t record = 0;
};

struct CueHit {
  uint32_t first = 0, end = 0;
  uint32_t record = 0;
};

// An argument: a group of mentions (one event per member), and how it was found.
struct Arg {
  std::vector<int32_t> members;  // mention indices
  std::string how;
  bool empty() const { return members.empty(); }
};

// The coder's working state for one document.
class DocumentCoder {
 public:
  DocumentCoder(const Lexicon& lex, const Ontology& ont, const TriggerLexicon& trig, const EntityRecognizer& recog,
                const std::vector<RelativeDate>& dates, const Document& doc, const AnalyzedText& text,
                const Recognition& rec, bool explain)
      : lex_(lex), ont_(ont), trig_(trig), recog_(recog), dates_(dates), doc_(doc), text_(text), rec_(rec),
        explain_(explain) {}

  void Run(std::vector<Event>* out);

 private:
  const Mention& M(int32_t i) const { return rec_.mentions[i]; }
  int32_t MentionAt(uint32_t tok) const { return tok < rec_.token_mention.size() ? rec_.token_mention[tok] : -1; }
  std::string_view Bare(uint32_t tok) const { return BareWord(text_.Stem(text_.tokens[tok])); }

  void FindTriggersAndCues();
  bool SplitNounPhrase(uint32_t i, uint32_t limit);
  void BuildGroups();
  bool IsActorLike(int32_t m) const;
  uint16_t PrepositionOf(int32_t m) const;
  // Whether token `k` ends a count or is a noun of a part (قوة، عدد، عناصر) that من then specifies.
  bool IsPartitiveHead(uint32_t k) const;
  // A person, or a party, medium, NGO, cleric, court, legislature or school: those who attack in words.
  bool IsSpeaker(int32_t m) const {
    const Mention& x = M(m);
    if (!x.is_actor) return false;
    if (x.record >= 0 && lex_.record(x.record).is_person) return true;
    if (x.agent >= 0 && lex_.agents()[x.agent].kind == "office") return true;
    static constexpr std::string_view kSpeakers[] = {"PTY", "MED", "NGO", "REL", "JUD", "LEG", "EDU", "ELI"};
    for (std::string_view s : kSpeakers) {
      if (x.sector == s) return true;
    }
    return false;
  }
  // A generic noun of people in the nominative dual (جنديان، شرطيان، مدنيان): a count of two. Sound
  // plurals end in ون/ين/ات, so a one-word agent in ان is a dual.
  bool IsDual(int32_t m) const {
    const Mention& x = M(m);
    if (!x.is_actor || x.agent < 0 || x.end_token != x.first_token + 1) return false;
    if (lex_.agents()[x.agent].kind != "group") return false;
    std::string_view w = Bare(x.first_token);
    return w.size() > 6 && w.substr(w.size() - 4) == "ان";
  }
  static bool IsStateAgent(std::string_view sector) {
    return sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "SPY" || sector == "JUD" ||
           sector == "LEG" || sector == "ELI";
  }
  // Whether token `k` is a unit of time (سنوات، أيام، ساعات).
  bool IsTimeWord(uint32_t k) const {
    static constexpr std::string_view kTime[] = {"سنوات", "سنه", "سنين", "عام", "عاما", "اعوام", "شهر", "اشهر",
                                                 "شهور", "اسبوع", "اسابيع", "يوم", "يوما", "ايام", "ساعه",
                                                 "ساعات", "دقيقه", "دقائق", "عقود", "قرن", "قرون"};
    std::string_view w = Bare(k);
    for (std::string_view x : kTime) {
      if (w == x) return true;
    }
    return false;
  }
  bool IsPrepositional(int32_t m) const { return PrepositionOf(m) != 0; }
  bool TriggerBetween(uint32_t a, uint32_t b) const;
  Arg GroupOf(int32_t m, std::string how) const;
  Arg Antecedent(uint32_t tok, const std::vector<int32_t>& exclude, std::string how) const;
  Arg ResolveDemonstrative(int32_t m) const;
  Arg ExpandInclusion(const Arg& a, uint32_t clause_end) const;
  Arg SubjectOf(const TriggerHit& t, const Clause& c, bool* after, bool allow_place = false) const;
  Arg ByAgent(const TriggerHit& t, const Clause& c) const;
  int32_t PlaceFor(const TriggerHit& t, const Clause& c, const Arg& target) const;
  std::optional<int64_t> CountNear(const TriggerHit& t, const Clause& c) const;
  std::string DateFor(const Clause& c) const;
  std::string ReadDate(const Clause& c) const;
  mutable std::unordered_map<uint32_t, std::string> date_memo_;  // clause's first token -> date
  mutable std::vector<std::string_view> bare_stem_, bare_norm_;     // per token, filled on first use
  mutable std::unordered_set<std::string_view> date_first_words_;   // first words of relative dates
  void Modality(const TriggerHit& t, const Clause& c, bool* negated, std::string* modality) const;
  // Why a violent or protest trigger reports no new event (background, habit), or null.
  // For a noun that does report an event, *reported_as says why.
  const char* Background(size_t hit_index, const TriggerRecord& r, const Clause& c, bool counted,
                         const char** reported_as) const;
  // The reading of a trigger word (verb or noun), or null when no reading fits.
  const TriggerRecord* ChooseRecord(const TriggerHit& t, const std::vector<uint32_t>& payloads) const;
  void CodeTrigger(size_t hit_index, std::vector<Event>* out);
  EventActor MakeActor(int32_t m) const;
  EventPlace MakePlace(int32_t m, const Clause& c) const;

  const Lexicon& lex_;
  const Ontology& ont_;
  const TriggerLexicon& trig_;
  const EntityRecognizer& recog_;
  const std::vector<RelativeDate>& dates_;
  const Document& doc_;
  const AnalyzedText& text_;
  const Recognition& rec_;
  bool explain_;

  std::vector<TriggerHit> hits_;
  std::vector<const std::vector<uint32_t>*> hit_payloads_;
  // Per hit: whether it was read as a violent or protest verb, and whether it gave events.
  std::vector<bool> hit_verb_;             // read as a verb
  std::vector<bool> hit_occurrence_;       // read as a violent or protest trigger
  std::vector<bool> hit_occurrence_verb_;  // read as a violent or protest verb
  std::vector<bool> hit_emitted_;
  std::vector<bool> hit_background_;  // a violent or protest mention found to be background
  std::vector<std::vector<size_t>> hit_events_;  // indices in the output of the events a hit gave
  std::vector<int32_t> token_trigger_;  // per token: hit index or -1
  std::vector<CueHit> cues_;
  // Per token: the CueKind bits of the cues whose match ends right before it.
  std::vector<uint32_t> cue_ends_before_;
  bool CueEndsBefore(uint32_t token, CueKind kind) const {
    return token < cue_ends_before_.size() && (cue_ends_before_[token] >> static_cast<unsigned>(kind)) & 1u;
  }
  // Per token: a perfective verb of occurrence (شهد، وقع، أسفر عن) starts at it / ends right before it.
  std::vector<uint8_t> perfective_occurrence_;
  static constexpr uint8_t kStartsHere = 1, kEndsBefore = 2;
  bool PerfectiveOccurrence(uint32_t token, uint8_t where) const {
    return token < perfective_occurrence_.size() && (perfective_occurrence_[token] & where);
  }
  // Per token: a count (a quantity without a unit) ends right before it.
  std::vector<bool> count_ends_before_;
  // Per token: the CueKind bits of the cues whose match starts at it.
  std::vector<uint32_t> cue_starts_at_;
  // Whether a relative date of at most a week (أمس، اليوم، الأسبوع الماضي) starts in [from, to).
  bool RecentDateWithin(uint32_t from, uint32_t to) const;
  bool CueStartsAt(uint32_t token, CueKind kind) const {
    return token < cue_starts_at_.size() && (cue_starts_at_[token] >> static_cast<unsigned>(kind)) & 1u;
  }
  std::vector<int32_t> group_of_;       // per mention: group id
  std::vector<std::vector<int32_t>> groups_;
  // Per clause: the source of the last event coded in it, and the antecedent last given to a pronoun.
  std::unordered_map<uint32_t, Arg> last_source_;
  std::unordered_map<uint64_t, Arg> pronoun_memo_;
  // The clause of the last trigger read as a noun; the targets of accusations per clause.
  int64_t last_noun_clause_ = -1;
  int64_t requested_at_ = -1;  // the token of the last REQUEST trigger
  std::unordered_map<uint32_t, Arg> accused_;
};

void DocumentCoder::FindTriggersAndCues() {
  const PhraseMatcher& tm = trig_.triggers();
  const PhraseMatcher& cm = trig_.cues();
  token_trigger_.assign(text_.tokens.size(), -1);
  cue_ends_before_.assign(text_.tokens.size() + 1, 0);
  cue_starts_at_.assign(text_.tokens.size() + 1, 0);
  perfective_occurrence_.assign(text_.tokens.size() + 1, 0);
  count_ends_before_.assign(text_.tokens.size() + 1, false);
  for (const Quantity& q : text_.quantities) {
    if (q.unit.empty() && q.end_token < count_ends_before_.size()) count_ends_before_[q.end_token] = true;
  }
  for (const Sentence& s : text_.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      PhraseMatcher::Match cue = cm.Longest(rec_.keys, i, s.end_token);
      if (cue.length > 0) {
        for (uint32_t p : *cue.payloads) {
          cues_.push_back({i, i + cue.length, p});
          cue_starts_at_[i] |= 1u << static_cast<unsigned>(trig_.cue(p).kind);
          CueKind kind = trig_.cue(p).kind;
          bool occurrence = kind == CueKind::kOccurrence || kind == CueKind::kResult || kind == CueKind::kUndergo;
          if ((occurrence && !trig_.cue(p).present) || kind == CueKind::kPerpetrate) {
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
      PhraseMatcher::Match hit = tm.Longest(rec_.keys, i, s.end_token);
      if (hit.length == 0 && SplitNounPhrase(i, s.end_token)) {
        ++i;
        continue;
      }
      if (hit.length > 0) {
        // A trigger phrase may end in a generic agent used as an adjective (هجوم انتحاري، عمل إرهابي),
        // not in a name.
        bool inside_mention = false;
        for (uint32_t k = i; k < i + hit.length; ++k) {
          int32_t m = MentionAt(k);
          inside_mention = inside_mention || (m >= 0 && (M(m).record >= 0 || M(m).agent < 0 || M(m).first_token == i ||
                                                          M(m).end_token > i + hit.length));
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
}

bool DocumentCoder::SplitNounPhrase(uint32_t i, uint32_t limit) {
  // A two-word trigger "noun adjective" split by the noun's genitive: حملة حفتر العسكرية is
  // حملة عسكرية whose genitive is حفتر.
  const PhraseMatcher& tm = trig_.triggers();
  const Token& t = text_.tokens[i];
  if (t.kind != TokenKind::kWord || i + 1 >= limit) return false;
  int32_t gm = MentionAt(i + 1);
  if (gm < 0 || M(gm).first_token != i + 1 || (M(gm).prefixes & (kPrepClitics | kProWa))) return false;
  uint32_t adj = M(gm).end_token;
  if (adj >= limit || text_.tokens[adj].kind != TokenKind::kWord || !(text_.tokens[adj].prefixes & kProAl)) return false;
  const TokenKeys::Keys& tk = rec_.keys.tokens[i];
  const TokenKeys::Keys& ak = rec_.keys.tokens[adj];
  for (int k = 0; k < tk.count; ++k) {
    uint32_t first = tm.WordId(tk.key[k], tk.hash[k]);
    if (first == PhraseMatcher::kNoWord) continue;
    uint32_t node = tm.Step(0, first);
    if (node == 0 || ak.count == 0) continue;
    uint32_t id = tm.WordId(ak.key[0], ak.hash[0]);
    if (id == PhraseMatcher::kNoWord) continue;
    uint32_t child = tm.Step(node, id);
    const std::vector<uint32_t>* payloads = child ? tm.Payloads(child) : nullptr;
    if (payloads == nullptr) continue;
    int32_t idx = static_cast<int32_t>(hits_.size());
    hits_.push_back({i, i + 1, 0});
    hit_payloads_.push_back(payloads);
    token_trigger_[i] = idx;
    token_trigger_[adj] = idx;
    return true;
  }
  return false;
}

bool DocumentCoder::IsActorLike(int32_t m) const {
  const Mention& x = M(m);
  return x.is_actor || x.is_place();
}

bool DocumentCoder::IsPartitiveHead(uint32_t k) const {
  static constexpr std::string_view kParts[] = {"عدد", "قوه", "وحده", "مجموعه", "عناصر", "افراد", "بعض", "احد",
                                                "احدي", "فرقه", "دوريه", "عشرات", "مئات", "الاف", "الوف"};
  const Token& tok = text_.tokens[k];
  if (tok.kind == TokenKind::kNumber) return true;
  std::string_view w = Bare(k);
  for (std::string_view x : kParts) {
    if (w == x) return true;
  }
  return k + 1 < count_ends_before_.size() && count_ends_before_[k + 1];
}

uint16_t DocumentCoder::PrepositionOf(int32_t m) const {
  const Mention& x = M(m);
  if (x.prefixes & kProBi) return kTargetBi;
  if (x.prefixes & kProLi) return kTargetLi;
  if (x.prefixes & kProKa) return kPrepAs;
  // A preposition word right before, possibly before descriptors (العاصمة، بمدينة), directions
  // (شمال، قرب) or demonstratives; a direction alone (قرب الرمادي) is itself locative.
  static constexpr std::string_view kDescriptors[] = {"عاصمه", "مدينه", "منطقه", "بلده", "ولايه", "محافظه",
                                                      "هذه", "هذا", "بحق", "حكومه", "قريه", "مخيم"};
  static constexpr std::string_view kDirections[] = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
                                                     "شرقي", "غربي", "قرب", "ضواحي", "اطراف", "داخل", "خارج"};
  auto in = [](std::string_view w, const auto& list) {
    for (std::string_view x : list) {
      if (x == w) return true;
    }
    return false;
  };
  uint32_t k = x.first_token;
  bool direction = false;
  for (int skip = 0; skip < 3 && k > 0; ++skip) {
    const Token& prev = text_.tokens[k - 1];
    if (prev.sentence != text_.tokens[x.first_token].sentence || prev.kind != TokenKind::kWord) break;
    // وفي تونس: the preposition may carry a conjunction.
    std::string_view w = (prev.prefixes & ~(kProWa | kProFa)) == 0 ? BareWord(text_.Stem(prev)) : BareWord(text_.Norm(prev));
    // hunspell-ar lists وفي and فمن whole; read them as و + the preposition.
    if ((w.rfind("و", 0) == 0 || w.rfind("ف", 0) == 0) && w.size() > 2) {
      std::string_view rest = w.substr(2);
      if (rest == "في" || rest == "من" || rest == "علي" || rest == "الي" || rest == "مع" || rest == "ضد") w = rest;
    }
    if (w == "علي") return kTargetAla;
    if (w == "ضد") return kTargetDidd;
    if (w == "مع") return kTargetMaa;
    if (w == "من") {
      // عشرات من أعضاء الحزب، قوة من الشرطة: a partitive من names who the count or unit is made of.
      if (k >= 2 && IsPartitiveHead(k - 2)) {
        // The count itself may stand after a preposition (من عدد من الدول، على عشرات من المدنيين).
        const Token& head = text_.tokens[k - 2];
        if (head.prefixes & kProBi) return kTargetBi;
        if (head.prefixes & kProLi) return kTargetLi;
        std::string_view before = k >= 3 ? Bare(k - 3) : std::string_view();
        if (before == "من") return kTargetMin;
        if (before == "علي") return kTargetAla;
        if (before == "ضد") return kTargetDidd;
        if (before == "الي") return kTargetIla;
        if (before == "في") return kTargetFi;
        if (before == "عن") return kTargetAn;
        if (before == "مع") return kTargetMaa;
        return 0;
      }
      return kTargetMin;
    }
    if (w == "الي") return kTargetIla;
    if (w == "في") return kTargetFi;
    if (w == "عن") return kTargetAn;
    std::string_view stem = BareWord(text_.Stem(prev));
    bool is_direction = in(stem, kDirections);
    if (in(stem, kDescriptors) || is_direction) {
      if (prev.prefixes & kProBi) return kTargetBi;  // بمدينة غريان
      if (prev.prefixes & kProLi) return kTargetLi;
      direction = direction || is_direction;
      --k;
      continue;
    }
    if (CueEndsBefore(k, CueKind::kPreposition)) return kPrepOther;
    break;
  }
  return direction ? kTargetFi : 0;
}

bool DocumentCoder::TriggerBetween(uint32_t a, uint32_t b) const {
  for (uint32_t k = a; k < b && k < token_trigger_.size(); ++k) {
    if (token_trigger_[k] >= 0) return true;
  }
  return false;
}

void DocumentCoder::BuildGroups() {
  group_of_.assign(rec_.mentions.size(), -1);
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
      bool kind_ok = cur.is_actor == prev.is_actor;
      if (same_sentence && kind_ok && (conj || comma)) {
        groups_[group_of_[i - 1]].push_back(i);
        group_of_[i] = group_of_[i - 1];
        joined = true;
      }
    }
    if (!joined) {
      group_of_[i] = static_cast<int32_t>(groups_.size());
      groups_.push_back({i});
    }
  }
}

Arg DocumentCoder::GroupOf(int32_t m, std::string how) const {
  Arg a;
  a.how = std::move(how);
  if (m < 0) return a;
  int32_t g = group_of_[m];
  if (g < 0) {
    a.members = {m};
    return a;
  }
  // The members from m on (a list is read from where the argument starts).
  for (int32_t x : groups_[g]) {
    if (x >= m) a.members.push_back(x);
  }
  return a;
}

Arg DocumentCoder::Antecedent(uint32_t tok, const std::vector<int32_t>& exclude, std::string how) const {
  uint32_t sentence = text_.tokens[tok].sentence;
  for (int32_t m = static_cast<int32_t>(rec_.mentions.size()) - 1; m >= 0; --m) {
    const Mention& x = M(m);
    if (x.end_token > tok) continue;
    if (text_.tokens[x.first_token].sentence + 2 < sentence) break;
    if (!x.is_actor) continue;
    int32_t g = group_of_[m];
    bool excluded = false;
    for (int32_t e : exclude) excluded = excluded || (e >= 0 && group_of_[e] == g);
    if (excluded) continue;
    // Resolve to the whole group the mention belongs to.
    Arg a;
    a.how = std::move(how);
    a.members = g >= 0 ? groups_[g] : std::vector<int32_t>{m};
    return a;
  }
  return Arg{};
}

Arg DocumentCoder::ResolveDemonstrative(int32_t m) const {
  const Mention& x = M(m);
  if (x.record >= 0 || x.first_token == 0) return GroupOf(m, "argument");
  std::string_view prev = BareWord(text_.Norm(text_.tokens[x.first_token - 1]));
  bool demonstrative = prev == "هذه" || prev == "هذا" || prev == "هولاء" || prev == "تلك" || prev == "ذلك";
  if (!demonstrative) return GroupOf(m, "argument");
  // هذه القوات: the last actor with the same kind of agent, or with a record.
  for (int32_t k = m - 1; k >= 0; --k) {
    const Mention& y = M(k);
    if (!y.is_actor) continue;
    if ((y.agent >= 0 && y.sector == x.sector) || y.record >= 0) {
      Arg a = GroupOf(k, "demonstrative");
      a.members = {k};
      return a;
    }
  }
  return GroupOf(m, "argument");
}

Arg DocumentCoder::ExpandInclusion(const Arg& a, uint32_t clause_end) const {
  if (a.members.size() != 1) return a;
  const Mention& x = M(a.members[0]);
  bool generic = x.is_actor && x.record < 0 && x.country.empty();
  if (!generic) return a;
  for (const CueHit& c : cues_) {
    if (trig_.cue(c.record).kind != CueKind::kInclusion) continue;
    if (c.first < x.end_token || c.first > x.end_token + 14 || c.end >= clause_end) continue;
    int32_t m = MentionAt(c.end);
    if (m < 0 || !M(m).is_actor) continue;
    Arg out = GroupOf(m, a.how + ", specified by '" + trig_.cue(c.record).form + "'");
    return out;
  }
  return a;
}

Arg DocumentCoder::SubjectOf(const TriggerHit& t, const Clause& c, bool* after, bool allow_place) const {
  *after = false;
  // After إنّ / أنّ the subject stands before the verb (قال إن قوات الأمن قتلت ثلاثة مسلحين); أنه
  // before the verb refers back to an actor named earlier.
  for (int32_t k = static_cast<int32_t>(t.first) - 1;
       k >= static_cast<int32_t>(c.first_token) && k + 8 >= static_cast<int32_t>(t.first); --k) {
    const Token& tok = text_.tokens[k];
    if (token_trigger_[k] >= 0) break;
    std::string_view w = text_.Norm(tok);
    if (tok.kind == TokenKind::kPunct && w != "«" && w != "\"") break;
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m >= 0 && M(m).is_actor && IsPrepositional(m)) {
      // إن قوة من الشرطة العراقية قامت: a unit or count of people specified by what follows من.
      uint32_t f = M(m).first_token;
      int32_t u = f >= c.first_token + 2 && Bare(f - 1) == "من" ? MentionAt(f - 2) : -1;
      if (u >= 0 && M(u).is_actor && M(u).record < 0 && M(u).end_token == f - 1) {
        k = static_cast<int32_t>(M(u).first_token);
        uint32_t b = M(u).first_token;
        if (b > c.first_token && (Bare(b - 1) == "ان" || BareWord(text_.Norm(text_.tokens[b - 1])) == "بان")) {
          Arg a = ResolveDemonstrative(m);
          a.how = "subject after أن (a unit of it)";
          return a;
        }
        break;
      }
    }
    if (m >= 0) {
      if (!M(m).is_actor || IsPrepositional(m)) break;
      int32_t g = group_of_[m];
      int32_t head = g >= 0 ? groups_[g].front() : m;
      uint32_t b = M(head).first_token;
      while (b > c.first_token && text_.tokens[b - 1].kind == TokenKind::kPunct && text_.Norm(text_.tokens[b - 1]) == "«") --b;
      auto is_anna = [&](uint32_t k) { return Bare(k) == "ان" || BareWord(text_.Norm(text_.tokens[k])) == "بان"; };
      // The actor may be the adjective of the subject's head noun (بأن مهاجما انتحاريا فجر نفسه).
      bool head_noun_between = b >= c.first_token + 2 && is_anna(b - 2) && text_.tokens[b - 1].kind == TokenKind::kWord &&
                               token_trigger_[b - 1] < 0 && !(text_.tokens[b - 1].word_class & (kWordVerb | kWordFunction));
      if (b > c.first_token && (is_anna(b - 1) || head_noun_between)) {
        Arg a = ResolveDemonstrative(head);
        a.how = "subject after أن";
        return a;
      }
      break;
    }
    std::string_view bare = Bare(k);
    bool an_pronoun = (bare == "ان" && tok.suffix != Enclitic::kNone) || BareWord(w) == "انه" || BareWord(w) == "انها" ||
                      BareWord(w) == "انهم" || BareWord(w) == "بانه" || BareWord(w) == "بانها" || BareWord(w) == "بانهم";
    if (an_pronoun && k + 3 >= static_cast<int32_t>(t.first)) {
      Arg a = Antecedent(static_cast<uint32_t>(k), {}, "pronoun on أن -> subject");
      if (!a.empty()) return a;
      break;
    }
  }
  // VSO: an actor within a few tokens after the verb, with no preposition before it. A verb that
  // agrees in the plural (رشقوا، خطفوا) has its subject in itself: the actor after it is its object.
  std::string_view verb = BareWord(text_.Stem(text_.tokens[t.first]));
  bool plural = verb.size() > 4 && verb.substr(verb.size() - 4) == "وا";
  for (uint32_t k = t.end; !plural && k < c.end_token && k < t.end + 4; ++k) {
    if (token_trigger_[k] >= 0) break;
    int32_t m = MentionAt(k);
    if (m < 0) continue;
    if ((M(m).is_actor || allow_place) && !IsPrepositional(m) && M(m).first_token == k) {
      *after = true;
      // قوة من الشرطة العراقية: a unit or a count of people is specified by what follows من.
      uint32_t e = M(m).end_token;
      if (M(m).is_actor && M(m).record < 0 && e + 1 < c.end_token && Bare(e) == "من") {
        int32_t y = MentionAt(e + 1);
        if (y >= 0 && M(y).is_actor && M(y).first_token == e + 1) m = y;
      }
      return ResolveDemonstrative(m);
    }
    k = M(m).end_token - 1;
  }
  // SVO: the nearest actor before the verb in the clause, not inside a prepositional phrase.
  for (int32_t k = static_cast<int32_t>(t.first) - 1; k >= static_cast<int32_t>(c.first_token); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) continue;
    int32_t first = static_cast<int32_t>(M(m).first_token);
    if (M(m).is_actor && !IsPrepositional(m)) {
      int32_t g = group_of_[m];
      int32_t head = g >= 0 ? groups_[g].front() : m;
      return ResolveDemonstrative(head);
    }
    k = first;
  }
  return Arg{};
}

Arg DocumentCoder::ByAgent(const TriggerHit& t, const Clause& c) const {
  for (const CueHit& q : cues_) {
    if (trig_.cue(q.record).kind != CueKind::kByAgent) continue;
    if (q.first < t.end || q.first > t.end + 8 || q.end >= c.end_token) continue;
    int32_t m = MentionAt(q.end);
    if (m >= 0 && M(m).is_actor) return GroupOf(m, "by '" + trig_.cue(q.record).form + "'");
  }
  return Arg{};
}

std::optional<int64_t> DocumentCoder::CountNear(const TriggerHit& t, const Clause& c) const {
  for (const Quantity& q : text_.quantities) {
    if (!q.unit.empty()) continue;
    bool after = q.first_token >= t.end && q.first_token <= t.end + 3 && q.end_token <= c.end_token;
    // A number counts the noun right after it, not one behind a preposition (الذكرى 13 لمجزرة).
    bool before = q.end_token == t.first && q.first_token >= c.first_token &&
                  !(text_.tokens[t.first].prefixes & kPrepClitics);
    if (!after && !before) continue;
    // ست سنوات، ثلاثة أيام: a span of time, not people.
    if (q.end_token < text_.tokens.size() && IsTimeWord(q.end_token)) continue;
    // A four-digit number between 1900 and 2100 is a year, not a count.
    const Token& tok = text_.tokens[q.first_token];
    if (tok.kind == TokenKind::kNumber && q.value >= 1900 && q.value <= 2100 && q.end_token - q.first_token == 1) continue;
    if (q.value <= 0 || q.value != std::floor(q.value)) continue;
    // الجنود الثلاثة: a definite number refers to people counted before, not to a toll.
    if (!q.vague && (text_.tokens[q.first_token].prefixes & kProAl)) continue;
    return static_cast<int64_t>(q.value);
  }
  return std::nullopt;
}

int32_t DocumentCoder::PlaceFor(const TriggerHit& t, const Clause& c, const Arg& target) const {
  auto locative = [&](int32_t m) {
    uint16_t p = PrepositionOf(m);
    return p == kTargetFi || p == kTargetBi || p == kTargetMin || p == kTargetIla || p == kTargetAla;
  };
  int32_t fallback_after = -1;
  for (uint32_t k = t.end; k < c.end_token; ++k) {
    int32_t m = MentionAt(k);
    if (m < 0) continue;
    if (M(m).is_place() && locative(m)) return m;
    if (M(m).is_place() && fallback_after < 0 && k < t.end + 4) fallback_after = m;
    k = M(m).end_token - 1;
  }
  for (int32_t k = static_cast<int32_t>(t.first) - 1; k >= static_cast<int32_t>(c.first_token); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) continue;
    if (M(m).is_place() && locative(m)) return m;
    k = static_cast<int32_t>(M(m).first_token);
  }
  // A place right after the trigger (شهدتهما تونس), else the last place named earlier in the sentence.
  if (fallback_after >= 0) return fallback_after;
  uint32_t sentence_first = text_.sentences[c.sentence].first_token;
  for (int32_t k = static_cast<int32_t>(c.first_token) - 1; k >= static_cast<int32_t>(sentence_first); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) continue;
    if (M(m).is_place() && (!M(m).is_actor || locative(m))) return m;
    k = static_cast<int32_t>(M(m).first_token);
  }
  return -1;
}

std::string DocumentCoder::DateFor(const Clause& c) const {
  // The date depends on the clause and its sentence only: read it once per clause.
  auto memo = date_memo_.find(c.first_token);
  if (memo != date_memo_.end()) return memo->second;
  std::string date = ReadDate(c);
  date_memo_.emplace(c.first_token, date);
  return date;
}

std::string DocumentCoder::ReadDate(const Clause& c) const {
  // An explicit year in the clause (اغتيال الحريري في عام 2005) dates the event to that year when it
  // is not the document's own year.
  for (uint32_t k = c.first_token; k < c.end_token; ++k) {
    const Token& tok = text_.tokens[k];
    if (tok.kind != TokenKind::kNumber || std::isnan(tok.value) || tok.value < 1900 || tok.value > 2100 ||
        text_.Norm(tok).size() != 4) {
      continue;
    }
    std::string_view prev = k > c.first_token ? Bare(k - 1) : std::string_view();
    if (prev != "عام" && prev != "سنه" && prev != "في" && prev != "منذ") continue;
    std::string year(text_.Norm(tok));
    if (doc_.date.rfind(year, 0) != 0) return year;
  }
  if (doc_.date.empty()) return {};
  if (bare_stem_.empty() && !text_.tokens.empty()) {
    // Bare forms of every token, once per document: the relative-date scan compares them often.
    bare_stem_.reserve(text_.tokens.size());
    bare_norm_.reserve(text_.tokens.size());
    for (const Token& tok : text_.tokens) {
      bare_stem_.push_back(BareWord(text_.Stem(tok)));
      bare_norm_.push_back(BareWord(text_.Norm(tok)));
    }
  }
  if (date_first_words_.empty()) {
    for (const RelativeDate& d : dates_) {
      if (!d.words.empty()) date_first_words_.insert(BareWord(d.words[0]));
    }
  }
  const Sentence& s = text_.sentences[c.sentence];
  for (uint32_t pass = 0; pass < 2; ++pass) {
    uint32_t from = pass == 0 ? c.first_token : s.first_token;
    uint32_t to = pass == 0 ? c.end_token : s.end_token;
    bool any = false;  // most spans hold no relative date at all: look for a first word first
    for (uint32_t k = from; k < to && !any; ++k) {
      any = date_first_words_.count(bare_stem_[k]) > 0 || date_first_words_.count(bare_norm_[k]) > 0;
    }
    if (!any) continue;
    for (const RelativeDate& d : dates_) {
      for (uint32_t k = from; k + d.words.size() <= to; ++k) {
        bool match = true;
        for (size_t w = 0; match && w < d.words.size(); ++w) {
          std::string_view want = BareWord(d.words[w]);
          match = bare_stem_[k + w] == want || bare_norm_[k + w] == want;
        }
        if (match) return ShiftDate(doc_.date, d.days);
      }
    }
  }
  return doc_.date.substr(0, 10);
}

void DocumentCoder::Modality(const TriggerHit& t, const Clause& c, bool* negated, std::string* modality) const {
  *negated = false;
  int rank = 0;  // 0 asserted, 1 reported, 2 alleged, 3 intended, 4 hypothetical
  const char* names[] = {"asserted", "reported", "alleged", "intended", "hypothetical"};
  const Sentence& s = text_.sentences[c.sentence];
  for (const CueHit& q : cues_) {
    const CueRecord& cue = trig_.cue(q.record);
    if (q.end > t.first || q.first < s.first_token) continue;
    bool in_clause = q.first >= c.first_token;
    bool applies = false;
    switch (cue.scope) {
      case CueScope::kNext:
        // A negation particle (لم، لا، عدم) binds the word right after it; an intention or
        // attempt (ينوي، محاولة) covers the triggers close after it (فرض حصار أو شن عملية), not a
        // whole run-on clause.
        applies = cue.kind == CueKind::kNegation ? in_clause && t.first - q.end <= 1
                                                 : in_clause && t.first - q.end <= kCueReach;
        break;
      case CueScope::kClause:
        applies = in_clause;
        break;
      case CueScope::kSentence:
        applies = true;
        break;
    }
    if (!applies) continue;
    // ما before a verb of result (ما أسفر عن، ما أدى إلى) is the relative "which", not a negation.
    if (cue.kind == CueKind::kNegation && cue.form == "ما" && CueStartsAt(q.end, CueKind::kResult)) continue;
    // قد before a past verb marks a completed event (وكان قد قتل), before a present one a possibility.
    if (cue.form == "قد" && q.end < text_.tokens.size()) {
      std::string_view next = BareWord(text_.Norm(text_.tokens[q.end]));
      // Past verbs of the forms تفعّل، تفاعل start with ت too (قد تعرضت، قد تمكنوا): their past
      // endings tell them apart from the present (قد تقتل).
      auto ends = [&](std::string_view x) { return next.size() > x.size() && next.substr(next.size() - x.size()) == x; };
      bool past_t = next.rfind("ت", 0) == 0 && (ends("ت") || ends("وا") || ends("تا"));
      bool present = next.rfind("ي", 0) == 0 || next.rfind("ن", 0) == 0 || (next.rfind("ت", 0) == 0 && !past_t);
      if (!present) continue;
    }
    switch (cue.kind) {
      case CueKind::kNegation:
        *negated = true;
        break;
      case CueKind::kReported:
        rank = std::max(rank, 1);
        break;
      case CueKind::kAlleged:
        rank = std::max(rank, 2);
        break;
      case CueKind::kIntended:
        rank = std::max(rank, 3);
        break;
      case CueKind::kHypothetical:
      case CueKind::kOpinion:
        rank = std::max(rank, 4);
        break;
      default:
        break;
    }
  }
  // The future prefix (سيهاجم) announces an intention.
  if (text_.tokens[t.first].prefixes & kProSa) rank = std::max(rank, 3);
  // A question asserts nothing.
  const Token& last = text_.tokens[s.end_token - 1];
  if (last.kind == TokenKind::kPunct && text_.Norm(last) == "?") rank = std::max(rank, 4);
  *modality = names[rank];
}

bool DocumentCoder::RecentDateWithin(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to; ++k) {
    for (const RelativeDate& d : dates_) {
      if (d.days < -7 || d.days > 0 || k + d.words.size() > to) continue;
      bool match = true;
      for (size_t w = 0; match && w < d.words.size(); ++w) {
        const Token& tok = text_.tokens[k + w];
        match = BareWord(text_.Stem(tok)) == BareWord(d.words[w]) || BareWord(text_.Norm(tok)) == BareWord(d.words[w]);
      }
      if (match) return true;
    }
  }
  return false;
}

const char* DocumentCoder::Background(size_t hi, const TriggerRecord& r, const Clause& c, bool counted,
                                      const char** reported_as) const {
  *reported_as = "";
  const TriggerHit& t = hits_[hi];
  const Token& tt = text_.tokens[t.first];
  auto is_punct = [&](uint32_t k) { return text_.tokens[k].kind == TokenKind::kPunct; };
  auto other_trigger = [&](uint32_t k) {
    return token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi);
  };
  // A word that can only be a verb (not a noun, a name or part of a mention) ends the phrase around
  // the trigger.
  auto verb_only = [&](uint32_t k) {
    uint8_t cls = text_.tokens[k].word_class;
    return (cls & kWordVerb) && !(cls & (kWordNoun | kWordName | kWordLexicon)) && MentionAt(k) < 0;
  };
  auto reported = [&](const char* why) -> const char* {
    *reported_as = why;
    return nullptr;
  };
  // A relative clause (النائب الذي اغتيل عام 2005) or a temporal one (عندما اغتيل) describes a noun or
  // situates the main event: it does not report its own.
  // Such a clause reaches over its own verb and that verb's complements (الذي قتل في تفجير), not over
  // a second verb, which belongs to the main clause.
  int verbs = 0;
  for (uint32_t k = t.first; k > c.first_token && k + kClauseReach >= t.first; --k) {
    if (k < t.first && (verb_only(k) || PerfectiveOccurrence(k, kStartsHere) ||
                        (token_trigger_[k] >= 0 && token_trigger_[k] < static_cast<int32_t>(hi) &&
                         hit_verb_[token_trigger_[k]] && token_trigger_[k] != token_trigger_[k - 1]))) {
      ++verbs;
    }
    if (verbs >= 2) break;
    if (CueEndsBefore(k, CueKind::kRelative)) return "in a relative clause";
    if (CueEndsBefore(k, CueKind::kTemporal)) return "in a temporal clause";
    if (is_punct(k - 1)) break;
  }
  if (!r.noun) {
    // A verb right after a noun of the same kind describes it (هجوم استهدف مدرسة, an asyndetic
    // relative clause): it is background when the noun is.
    if (hi > 0 && hit_background_[hi - 1] && hits_[hi - 1].end + 2 >= t.first && hits_[hi - 1].end <= t.first) {
      bool open = true;
      for (uint32_t k = hits_[hi - 1].end; k < t.first; ++k) open = open && !is_punct(k);
      if (open) return "describes the noun before it";
    }
    // News reports what happened in the perfective (قتل، هاجموا); the imperfective (يقتلون، تستهدف)
    // states a habit, a generality or a scene, unless the word is also a perfective form or the
    // verb gives a toll (headline style: تفجير ... يقتل 60 شخصا).
    if (!r.present || counted) return nullptr;
    for (uint32_t p : *hit_payloads_[hi]) {
      const TriggerRecord& x = trig_.trigger(p);
      if (!x.noun && !x.present) return nullptr;
    }
    std::string_view w = Bare(t.first);
    bool imperfective = w.rfind("ي", 0) == 0 || w.rfind("ت", 0) == 0 || w.rfind("ن", 0) == 0;
    return imperfective ? "imperfective verb: a habit or a generality" : nullptr;
  }
  // A verbal noun reports an event where the sentence presents it as happening: with its toll, at the
  // head of the sentence or of a list item, as the subject of a reported clause whose verb is
  // perfective (قال إن الهجوم نفذه ...), next to a perfective verb of occurrence (وقع الهجوم، تعرضت
  // القافلة لهجوم، أسفر عن مقتل، التفجير الذي شهدته), as the complement of a verb (indefinite
  // accusative: شنوا هجوما، احتجاجا على), anchored by a recent date (هجمات أمس), as the means or
  // circumstance of a violent verb (قتل ثلاثة في هجوم) or joined by و to a reported event. Elsewhere
  // (ذكرى اغتيال، أدان الهجوم، بعد مقتل، المتهمين بالتفجير) it names an event reported before.
  if (counted) return reported("with its toll");
  // After a temporal preposition (بعد مقتل، منذ بدء الاعتداء، قبل عملية الخطف) the noun dates another
  // event; it is reported only as the circumstance of a reported violent verb (قتل شخص إثر انفجار).
  static constexpr std::string_view kTemporal[] = {"بعد", "قبل", "منذ", "عقب", "غداه", "ابان", "اعقاب", "اثر"};
  static constexpr std::string_view kAspect[] = {"بدء", "بدايه", "انتهاء", "نهايه", "استمرار", "تجدد", "استئناف"};
  bool dated_by = false;
  for (uint32_t k = t.first, step = 0; k > c.first_token && step < 2 && !dated_by; --k, ++step) {
    std::string_view w = Bare(k - 1);
    for (std::string_view x : kTemporal) dated_by = dated_by || w == x;
    bool aspect = false;
    for (std::string_view x : kAspect) aspect = aspect || w == x;
    if (!aspect) break;
  }
  if (dated_by) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (hit_occurrence_verb_[j] && hit_emitted_[j]) return reported("circumstance of a reported violent verb");
    }
    return "dates another event (after a temporal preposition)";
  }
  uint32_t s_first = text_.sentences[c.sentence].first_token;
  uint32_t before = t.first;  // the token before the noun, quotation marks skipped
  while (before > s_first) {
    std::string_view p = text_.Norm(text_.tokens[before - 1]);
    if (p != "«" && p != "»" && p != "\"" && p != "(" && p != "“") break;
    --before;
  }
  if (before == s_first) return reported("at the head of the sentence");
  std::string_view prev_norm = BareWord(text_.Norm(text_.tokens[before - 1]));
  if (prev_norm == ":" || prev_norm == "-" || prev_norm == "ـ" || prev_norm == "*") {
    return reported("at the head of a list item or a headline");
  }
  std::string_view word = BareWord(text_.Norm(tt));
  if (!(tt.prefixes & (kProAl | kPrepClitics)) && word.size() > 4 && word.substr(word.size() - 2) == "ا" &&
      trig_.triggers().WordId(word.substr(0, word.size() - 2)) != PhraseMatcher::kNoWord) {
    return reported("indefinite accusative: complement or adverbial of a verb");
  }
  if (RecentDateWithin(t.end, std::min(c.end_token, t.end + kClauseReach))) return reported("a recent date after it");
  std::string_view prev = Bare(before - 1);
  if (prev == "ان" || prev_norm == "بان" || prev_norm == "وان") {
    uint32_t end = std::min(text_.sentences[c.sentence].end_token, t.end + 8);
    for (uint32_t k = t.end; k < end; ++k) {
      if (other_trigger(k) && !trig_.trigger(hit_payloads_[token_trigger_[k]]->front()).noun) {
        return reported("subject of a reported clause");
      }
      if (PerfectiveOccurrence(k, kStartsHere)) return reported("subject of a reported clause");
      if (verb_only(k)) {
        std::string_view v = Bare(k);
        bool imperfective = v.rfind("ي", 0) == 0 || v.rfind("ن", 0) == 0;
        if (!imperfective) return reported("subject of a reported clause");
        break;
      }
    }
  }
  for (uint32_t k = t.first; k + kClauseReach >= t.first; --k) {
    // تم، جرى take their verbal noun right after them (تم اختطاف): further on, another noun is theirs.
    std::string_view light = k > 0 ? Bare(k - 1) : std::string_view();
    bool light_verb = light == "تم" || light == "جري" || light == "يتم" || light == "يجري";
    if (PerfectiveOccurrence(k, kEndsBefore) && (!light_verb || k == t.first)) {
      return reported("after a verb of occurrence");
    }
    if (k <= c.first_token || is_punct(k - 1) || other_trigger(k - 1) || verb_only(k - 1)) break;
    std::string_view w = Bare(k - 1);
    if (w == "ان" || w == "انه" || w == "انها") break;
  }
  for (uint32_t k = t.end; k < c.end_token && k <= t.end + 4; ++k) {
    if (PerfectiveOccurrence(k, kStartsHere)) return reported("before a verb of occurrence");
    if (is_punct(k) || other_trigger(k) || verb_only(k)) break;
  }
  static constexpr std::string_view kCircumstance[] = {"في", "جراء", "اثر", "خلال", "بسبب", "نتيجه", "عقب", "اثناء"};
  bool circumstance = (tt.prefixes & kProBi) != 0;
  for (std::string_view x : kCircumstance) circumstance = circumstance || prev == x;
  for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
    if (circumstance && hit_occurrence_verb_[j] && hit_emitted_[j]) return reported("means or circumstance of a violent verb");
    if (j + 1 == hi && (tt.prefixes & kProWa) && hit_emitted_[j] && hit_occurrence_[j]) {
      return reported("joined by و to a reported event");
    }
  }
  return "a noun naming an event reported elsewhere";
}

const TriggerRecord* DocumentCoder::ChooseRecord(const TriggerHit& t, const std::vector<uint32_t>& payloads) const {
  const TriggerRecord* verb = nullptr;
  const TriggerRecord* noun = nullptr;
  for (uint32_t p : payloads) {
    const TriggerRecord& r = trig_.trigger(p);
    if (r.noun && noun == nullptr) noun = &r;
    if (!r.noun && verb == nullptr) verb = &r;
  }
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
  // A verb of saying or intending is followed by a verbal noun, not a second verb (أكد دعم بلاده).
  // A relative pronoun, a temporal conjunction or a noun of the crowd is followed by a verb.
  uint32_t others = t.first < cue_ends_before_.size() ? cue_ends_before_[t.first] : 0;
  uint32_t verb_next = 1u << static_cast<unsigned>(CueKind::kNegation) | 1u << static_cast<unsigned>(CueKind::kRelative) |
                       1u << static_cast<unsigned>(CueKind::kTemporal) | 1u << static_cast<unsigned>(CueKind::kCrowd);
  if (others & ~verb_next) return noun;
  return verb;
}

EventActor DocumentCoder::MakeActor(int32_t m) const {
  const Mention& x = M(m);
  EventActor a;
  a.begin = text_.tokens[x.first_token].begin;
  a.end = text_.tokens[x.end_token - 1].end;
  a.text = std::string(text_.original.substr(a.begin, a.end - a.begin));
  if (x.is_actor) {
    a.actor_id = recog_.ActorId(x);
    a.name_en = recog_.ActorNameEn(x);
    a.name_ar = recog_.ActorNameAr(text_, x);
    a.country = x.country.empty() ? x.inferred_country : x.country;
    a.sector = x.sector;
  } else if (!x.is_place()) {
    // A demonym adjective standing for its state (غارة إسرائيلية).
    a.actor_id = x.country;
    a.name_ar = a.text;
    a.country = x.country;
  } else {
    // A place standing for its people or government (تلقته طرابلس).
    const PlaceRecord& p = lex_.places()[x.place];
    a.actor_id = p.country;
    a.name_en = p.name_en;
    a.name_ar = p.name_ar;
    a.country = p.country;
  }
  a.corrected = x.corrected;
  a.corrected_to = x.corrected_to;
  return a;
}

EventPlace DocumentCoder::MakePlace(int32_t m, const Clause& c) const {
  const Mention& x = M(m);
  const PlaceRecord& p = lex_.places()[x.place];
  EventPlace e;
  e.begin = text_.tokens[x.first_token].begin;
  e.end = text_.tokens[x.end_token - 1].end;
  e.text = std::string(text_.original.substr(e.begin, e.end - e.begin));
  e.name_en = p.name_en;
  e.name_ar = p.name_ar;
  e.country = p.country;
  e.admin1 = p.admin1;
  e.precision = p.kind.empty() ? "city" : p.kind;
  e.lat = p.lat;
  e.lon = p.lon;
  e.geonameid = p.geonameid;
  e.confidence = x.place_confidence;
  // A distance after the place (الواقعة على بعد ٨٠ كيلومترا ... من طرابلس) qualifies it.
  for (const Quantity& q : text_.quantities) {
    if (q.unit.empty() || q.first_token < x.end_token || q.first_token > x.end_token + 6) continue;
    if (q.end_token > c.end_token) continue;
    uint32_t from = q.first_token;
    if (from >= 2 && Bare(from - 1) == "بعد") from -= 2;
    uint32_t to = q.end_token;
    for (uint32_t k = q.end_token; k < c.end_token && k < q.end_token + 8; ++k) {
      int32_t r = MentionAt(k);
      if (r >= 0 && M(r).is_place()) {
        to = M(r).end_token;
        break;
      }
    }
    uint32_t b = text_.tokens[from].begin, en = text_.tokens[to - 1].end;
    e.relative = std::string(text_.original.substr(b, en - b));
    break;
  }
  return e;
}

void DocumentCoder::CodeTrigger(size_t hi, std::vector<Event>* out) {
  TriggerHit t = hits_[hi];
  const TriggerRecord* reading = ChooseRecord(t, *hit_payloads_[hi]);
  if (reading == nullptr) return;
  const TriggerRecord& r = *reading;
  const Token& tt = text_.tokens[t.first];
  const CameoCode* found = ont_.Find(r.cameo);
  hit_verb_[hi] = !r.noun;
  hit_occurrence_[hi] = found && (found->plover == "ASSAULT" || found->plover == "PROTEST");
  hit_occurrence_verb_[hi] = !r.noun && found && (found->plover == "ASSAULT" || found->plover == "PROTEST");
  last_noun_clause_ = r.noun ? static_cast<int64_t>(tt.clause) : -1;
  const CameoCode* code = ont_.Find(r.cameo);
  if (code == nullptr || code->plover.empty()) return;  // "-" (not an event) or a public statement
  // هذا الاعتداء، تلك الهجمات: a demonstrative points back to an event already reported.
  if (r.noun && t.first > text_.clauses[tt.clause].first_token) {
    std::string_view prev = BareWord(text_.Norm(text_.tokens[t.first - 1]));
    if (prev == "هذا" || prev == "هذه" || prev == "ذلك" || prev == "تلك" || prev == "هذين" || prev == "هاتين") return;
  }
  const Clause& c = text_.clauses[tt.clause];
  std::vector<std::string> why;
  if (explain_) {
    why.push_back(fmt::format("trigger '{}' = {} '{}' ({}:{}, CAMEO {} {})", text_.Text(tt), r.noun ? "noun" : "verb",
                              r.form, r.origin.file, r.origin.line, r.cameo, code->name_en));
  }

  Arg source, target, receive_target;
  Arg gen_arg;
  uint64_t memo_base = static_cast<uint64_t>(tt.clause) << 8;
  Arg prev_source = last_source_.count(tt.clause) ? last_source_[tt.clause] : Arg{};
  auto pronoun = [&](Enclitic e, const std::vector<int32_t>& exclude, const char* role) -> Arg {
    uint64_t key = memo_base | static_cast<uint8_t>(e);
    auto it = pronoun_memo_.find(key);
    if (it != pronoun_memo_.end()) return it->second;
    Arg a = Antecedent(t.first, exclude, std::string("pronoun '") + std::string(EncliticName(e)) + "' -> " + role);
    if (!a.empty()) pronoun_memo_[key] = a;
    return a;
  };

  // Prepositional target: the first actor after the trigger introduced by one of the trigger's
  // prepositions.
  auto prep_target = [&]() -> Arg {
    for (uint32_t k = t.end; k < c.end_token; ++k) {
      if (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi) && k != t.end) break;
      int32_t m = MentionAt(k);
      if (m < 0) continue;
      uint16_t p = PrepositionOf(m);
      bool location = M(m).is_place() && (p == kTargetFi || (p == kTargetBi && !M(m).is_actor));
      if (IsActorLike(m) && (p & r.target) && p != kTargetObject && !location) return ResolveDemonstrative(m);
      // هجوم على دورية للشرطة، على حافلة تابعة للجيش: the owner, through لـ, of the object hit.
      if (M(m).is_actor && (M(m).prefixes & kProLi) && k >= 2) {
        uint32_t obj = k - 1;
        if (Bare(obj) == "تابعه" || Bare(obj) == "تابع") --obj;
        std::string_view before = obj > 0 ? Bare(obj - 1) : std::string_view();
        uint16_t way = before == "علي" ? kTargetAla : before == "ضد" ? kTargetDidd : 0;
        if (way && (way & r.target) && MentionAt(obj) < 0 && obj > t.first) {
          Arg a = ResolveDemonstrative(m);
          a.how = "owner (لـ) of what was hit";
          return a;
        }
      }
      k = M(m).end_token - 1;
    }
    return Arg{};
  };

  if (!r.noun) {
    bool vso = false;
    Arg subj = SubjectOf(t, c, &vso);
    if (subj.empty() && c.first_token == t.first && hi > 0) {
      // A verb that opens its clause (وانسحبت) continues the previous clause's subject.
      uint32_t prev_clause = tt.clause == 0 ? 0 : tt.clause - 1;
      if (text_.clauses[prev_clause].sentence == c.sentence && last_source_.count(prev_clause)) {
        subj = last_source_[prev_clause];
        subj.how = "subject carried from the previous clause";
      }
    }
    Arg obj;
    if (r.target & kTargetObject) {
      uint32_t from = t.end;
      if (vso && !subj.empty()) from = M(subj.members.back()).end_token;
      for (uint32_t k = from; k < c.end_token && k < from + 6; ++k) {
        if (token_trigger_[k] >= 0) break;
        int32_t m = MentionAt(k);
        if (m < 0) continue;
        if (IsActorLike(m) && !IsPrepositional(m) && (subj.empty() || group_of_[m] != group_of_[subj.members[0]])) {
          obj = ResolveDemonstrative(m);
          obj.how = "object";
          break;
        }
        // مواقع لحزب العمال، حافلة تابعة للشرطة: an object noun owned, through (تابع) لـ, by the actor
        // that is hit.
        bool via_tabi = k == from + 2 && (Bare(from + 1) == "تابعه" || Bare(from + 1) == "تابع" ||
                                          Bare(from + 1) == "تابعين" || Bare(from + 1) == "تابعات");
        bool owned = (M(m).prefixes & kProLi) && M(m).is_actor && (k == from + 1 || via_tabi) &&
                     MentionAt(from) < 0 && text_.tokens[from].kind == TokenKind::kWord && token_trigger_[from] < 0;
        if (owned) {
          obj = ResolveDemonstrative(m);
          obj.how = "owner of the object (لـ)";
          break;
        }
        k = M(m).end_token - 1;
      }
      if (obj.empty() && text_.tokens[t.end - 1].suffix != Enclitic::kNone) {
        obj = pronoun(text_.tokens[t.end - 1].suffix, subj.members, "object");
      }
    }
    if (obj.empty()) obj = prep_target();
    // قتل أربعة أشخاص، أصيب ثلاثة جنود: unvocalized, a killing, wounding or capturing verb followed
    // by a counted noun is read as a passive: the counted people are its victims.
    // Before the verb (إن 11 مدنيا قتلوا), a counted noun is the victims as well.
    bool counted_victims = false;
    if (!subj.empty() && (r.flags & (kFlagKill | kFlagInjure | kFlagCapture))) {
      uint32_t first = M(subj.members[0]).first_token;
      if (IsDual(subj.members[0])) counted_victims = true;
      for (const Quantity& q : text_.quantities) {
        bool before = q.end_token == first || (q.end_token + 1 == first && Bare(q.end_token) == "من");
        if (before && q.unit.empty()) counted_victims = true;
      }
    }
    if (r.passive || r.subj == ArgRole::kTarget || counted_victims) {
      target = subj;
      target.how = counted_victims ? "counted victims of the verb"
                                   : "subject of a " + std::string(r.passive ? "passive" : "patient-subject") + " verb";
      source = ByAgent(t, c);
    } else {
      source = subj;
      if (!source.empty() && source.how.empty()) source.how = vso ? "subject after the verb" : "subject before the verb";
      target = obj;
    }
  } else {
    // The genitive right after the noun (skipping a quantity: مصرع المئات من ...، اسر عشرات الجنود).
    uint32_t k = t.end;
    for (const Quantity& q : text_.quantities) {
      if (q.first_token == k) k = q.end_token;
    }
    // اصابة ثلاثة من عناصر الجيش: the count's partitive من.
    if (k > t.end && k + 1 < c.end_token && Bare(k) == "من") ++k;
    int32_t gm = k < c.end_token ? MentionAt(k) : -1;
    if (gm >= 0 && M(gm).first_token == k && IsActorLike(gm) && !(M(gm).prefixes & (kPrepClitics | kProWa))) {
      gen_arg = ResolveDemonstrative(gm);
      gen_arg.how = "genitive";
    } else if (k < c.end_token && token_trigger_[k] < 0) {
      // الأخيرة after the noun: the last actor named.
      for (const CueHit& q : cues_) {
        if (q.first == k && trig_.cue(q.record).kind == CueKind::kLatter) {
          gen_arg = Antecedent(q.first, {}, "genitive 'the latter'");
        }
      }
    }
    if (gen_arg.empty() && text_.tokens[t.end - 1].suffix != Enclitic::kNone) {
      std::vector<int32_t> exclude;
      if (r.gen == ArgRole::kTarget) exclude = prev_source.members;
      gen_arg = pronoun(text_.tokens[t.end - 1].suffix, exclude, "genitive");
    }
    if (r.gen == ArgRole::kSource) {
      source = gen_arg;
      target = prep_target();
    } else {
      target = gen_arg;
      source = ByAgent(t, c);
      if (target.empty()) target = prep_target();
    }
    // A verb of receiving near the noun: X تلقى الدعم من Z.
    for (const CueHit& q : cues_) {
      if (trig_.cue(q.record).kind != CueKind::kReceive) continue;
      bool near = (q.first >= t.end && q.first <= t.end + 3) || (q.end <= t.first && q.end + 3 >= t.first);
      if (!near || q.first < c.first_token || q.end > c.end_token) continue;
      TriggerHit rv{q.first, q.end, 0};
      bool after = false;
      Arg recv = SubjectOf(rv, c, &after, /*allow_place=*/true);
      if (recv.empty() && text_.tokens[q.end - 1].suffix != Enclitic::kNone && q.end <= t.first) recv = Arg{};
      Arg giver;
      for (uint32_t j = q.end; j < c.end_token && j < q.end + 12; ++j) {
        int32_t m = MentionAt(j);
        if (m < 0) continue;
        if (M(m).is_actor && PrepositionOf(m) == kTargetMin) {
          giver = ResolveDemonstrative(m);
          giver.how = "from (after a verb of receiving)";
          break;
        }
        j = M(m).end_token - 1;
      }
      if (!recv.empty()) {
        target = recv;
        target.how = "receiver of '" + trig_.cue(q.record).form + "'";
      }
      if (!giver.empty()) source = giver;
      break;
    }
    // هجوم نفذه مجهولون، التفجير الذي تبنته الجماعة: the subject of a verb of carrying out or claiming
    // right after the noun is its doer.
    if (source.empty()) {
      for (const CueHit& q : cues_) {
        if (trig_.cue(q.record).kind != CueKind::kPerpetrate) continue;
        if (q.first < t.end || q.first > t.end + 4 || q.end > c.end_token) continue;
        bool after = false;
        TriggerHit pv{q.first, q.end, 0};
        Arg doer = SubjectOf(pv, c, &after);
        if (after && !doer.empty()) {
          source = doer;
          source.how = "subject of '" + trig_.cue(q.record).form + "' after the noun";
        }
        break;
      }
    }
    // نجح الجيش في قتل، تمكنت الشرطة من اعتقال، قامت امرأة بتفجير نفسها: the subject of a verb of
    // doing or managing is the doer of the verbal noun it governs through a preposition.
    bool governed = (text_.tokens[t.first].prefixes & kProBi) ||
                    (t.first > c.first_token && (Bare(t.first - 1) == "في" || Bare(t.first - 1) == "من" ||
                                                Bare(t.first - 1) == "الي" || Bare(t.first - 1) == "الى"));
    if (source.empty() && governed) {
      for (const CueHit& q : cues_) {
        if (trig_.cue(q.record).kind != CueKind::kGovern) continue;
        if (q.first < c.first_token || q.end > t.first || q.end + 8 < t.first || TriggerBetween(q.end, t.first)) continue;
        bool after = false;
        TriggerHit gv{q.first, q.end, 0};
        Arg doer = SubjectOf(gv, c, &after);
        if (!doer.empty() && M(doer.members.front()).first_token < t.first) {
          source = doer;
          source.how = "subject of '" + trig_.cue(q.record).form + "' that governs the noun";
        }
      }
    }
    if (source.empty() && (r.gen == ArgRole::kSource) && gen_arg.empty()) {
      for (int32_t j = static_cast<int32_t>(t.first) - 1;
           j >= static_cast<int32_t>(c.first_token) && j + 6 >= static_cast<int32_t>(t.first); --j) {
        if (token_trigger_[j] >= 0) break;
        int32_t m = MentionAt(static_cast<uint32_t>(j));
        if (m < 0) continue;
        // The actor belongs to an earlier trigger of the clause (أدانت الجامعة العربية الهجوم).
        if (M(m).is_actor && !IsPrepositional(m) && !TriggerBetween(c.first_token, M(m).first_token)) {
          source = ResolveDemonstrative(m);
          source.how = "actor of the clause before the noun";
        }
        break;
      }
    }
    if (source.empty() && r.gen == ArgRole::kTarget && !target.empty() && !prev_source.empty()) {
      // سحقها بلا هوادة after تقدم قوات الوفاق: the doer of the clause's previous event.
      bool same = false;
      for (int32_t a : prev_source.members) {
        for (int32_t b : target.members) same = same || group_of_[a] == group_of_[b];
      }
      if (!same) {
        source = prev_source;
        source.how = "doer of the previous event in the clause";
      }
    }
  }

  // اشتباكات بين قوات الحكومة ومجموعات مسلحة: the two sides of a clash or of talks.
  if (source.empty() && target.empty()) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 4; ++k) {
      if (Bare(k) != "بين" || k + 1 >= c.end_token) continue;
      int32_t m = MentionAt(k + 1);
      if (m < 0 || !M(m).is_actor || group_of_[m] < 0) break;
      const std::vector<int32_t>& g = groups_[group_of_[m]];
      if (g.size() >= 2 && g[0] == m) {
        source.members = {g[0]};
        source.how = "first side after بين";
        target.members.assign(g.begin() + 1, g.end());
        target.how = "other side after بين";
      }
      break;
    }
  }
  // دعم بلاده: "his country" is the country of the actor the pronoun refers to.
  if (r.noun && source.empty() && t.end < c.end_token && Bare(t.end) == "بلاد" &&
      text_.tokens[t.end].suffix != Enclitic::kNone) {
    source = Antecedent(t.end, {}, "'بلاد' + pronoun -> the country of");
  }

  // Only actors (or places standing for their people) are arguments; a demonym adjective is not.
  for (Arg* a : {&source, &target}) {
    std::erase_if(a->members, [&](int32_t m) { return m < 0 || !IsActorLike(m); });
  }
  uint32_t clause_end = c.end_token;
  source = ExpandInclusion(source, clause_end);
  target = ExpandInclusion(target, clause_end);
  // غارة إسرائيلية، ضربة جوية أميركية: a demonym adjective of the attack names the doer's state.
  if (r.noun && r.gen == ArgRole::kSource && source.empty()) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 3; ++k) {
      int32_t m = MentionAt(k);
      if (m < 0) {
        if (text_.tokens[k].kind != TokenKind::kWord || token_trigger_[k] >= 0) break;
        continue;  // another adjective (جوية، انتحارية)
      }
      if (!M(m).is_actor && !M(m).is_place() && M(m).demonym >= 0 && !M(m).country.empty() &&
          M(m).first_token == k && !(M(m).prefixes & (kPrepClitics | kProWa))) {
        source.members = {m};
        source.how = "demonym adjective of the attack";
      }
      break;
    }
  }

  // Place.
  int32_t place = -1;
  if ((r.flags & kFlagPlaceIsTarget) && target.members.size() == 1 && M(target.members[0]).is_place()) {
    place = target.members[0];
    target = Arg{};  // the territory taken is the place, not a target actor
  }
  if (place < 0) place = PlaceFor(t, c, target);

  // Counts.
  std::optional<int64_t> fatalities, injured, captured;
  if (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) {
    std::optional<int64_t> n = CountNear(t, c);
    if (!n && !target.empty()) {
      // عشرة أشخاص (لقوا مصرعهم): the count of the victims.
      uint32_t first = M(target.members[0]).first_token;
      for (const Quantity& q : text_.quantities) {
        if (q.end_token == first && q.unit.empty() && q.value > 0 && q.value == std::floor(q.value)) {
          n = static_cast<int64_t>(q.value);
        }
      }
      if (!n && IsDual(target.members[0])) n = 2;  // جنديان
    }
    if (r.flags & kFlagKill) fatalities = n;
    if (r.flags & kFlagInjure) injured = n;
    if (r.flags & kFlagCapture) captured = n;
  }

  // A definite verbal noun with nothing attached (الهجوم، القتل، التعذيب) refers to an event named
  // elsewhere or to violence in general; it reports no event of its own.
  if (r.noun && (tt.prefixes & kProAl) && source.empty() && target.empty() && !fatalities && !injured && !captured) {
    bool place_in_clause = place >= 0 && M(place).first_token >= c.first_token && M(place).end_token <= c.end_token;
    if (!place_in_clause) return;
  }

  bool negated = false;
  std::string modality;
  Modality(t, c, &negated, &modality);

  // What an accusation says was done (تتهمه بقتل مواطنين) is alleged, and done by the accused.
  auto accused = accused_.find(tt.clause);
  bool charged = accused != accused_.end() && (tt.prefixes & kProBi) && code->plover != "ACCUSE";
  if (charged) {
    if (modality == "asserted" || modality == "reported") modality = "alleged";
    if (source.empty() || (!accused->second.empty() && source.members != accused->second.members)) {
      source = accused->second;
      source.how = "the accused of the accusation before it";
    }
  }
  if (code->plover == "ACCUSE" && !target.empty()) accused_[tt.clause] = target;
  // What a call or demand asks for (دعت الأطراف إلى وقف إطلاق النار) has not happened yet.
  // Only a verbal noun close after the request and introduced by إلى / بـ / لـ is what is asked for.
  bool complement = r.noun && (tt.prefixes & (kProBi | kProLi));
  for (uint32_t k = t.first; !complement && k > c.first_token && k + 3 > t.first; --k) {
    complement = r.noun && Bare(k - 1) == "الي";
  }
  if (complement && requested_at_ >= 0 && text_.tokens[requested_at_].clause == tt.clause &&
      t.first - requested_at_ <= 16 && (modality == "asserted" || modality == "reported")) {
    modality = "intended";
  }
  if (code->plover == "REQUEST") requested_at_ = t.first;

  // هاجم، شن هجوما with a speaker as doer (a person, a party, the media, a court, clerics) and no toll
  // is criticism, as analysts code it (111).
  std::string cameo = r.cameo;
  if ((r.flags & kFlagFigurative) && !fatalities && !injured && !captured && !source.empty() &&
      IsSpeaker(source.members[0])) {
    if (const CameoCode* criticize = ont_.Find("111"); criticize != nullptr) {
      code = criticize;
      cameo = "111";
      if (explain_) why.push_back("a speaker's attack: criticism (CAMEO 111)");
    }
  }

  // Violent and protest events are occurrences: a mention of one that the sentence does not present
  // as happening is background (an event reported before, a habit), not a new event.
  // What an accusation charges (اتهمه بقتل) is alleged, not background.
  bool occurrence = code->plover == "ASSAULT" || code->plover == "PROTEST";
  if (occurrence && !negated && modality != "intended" && modality != "hypothetical" && !charged) {
    const char* reported_as = "";
    if (Background(hi, r, c, fatalities || injured || captured, &reported_as) != nullptr) {
      hit_background_[hi] = true;
      return;
    }
    if (explain_ && *reported_as) why.push_back(fmt::format("reported as happening: {}", reported_as));
  }

  // Words with frequent other senses count only with an actor attached.
  if (r.low_confidence && source.empty() && target.empty()) return;

  // The result of an event (الانتحاريون فجروا أنفسهم، ما أسفر عن إصابة ثلاثة جنود) was done by the doer
  // of the cause: the source of the sentence's last event before it, else its first subject.
  if (r.noun && source.empty() && CueEndsBefore(t.first, CueKind::kResult)) {
    uint32_t s_first = text_.sentences[c.sentence].first_token;
    for (uint32_t cl = tt.clause; cl-- > 0 && text_.clauses[cl].sentence == c.sentence;) {
      auto it = last_source_.find(cl);
      if (it != last_source_.end() && !it->second.empty()) {
        source = it->second;
        source.how = "doer of the cause of this result";
        break;
      }
    }
    for (uint32_t k = s_first; source.empty() && k < t.first; ++k) {
      int32_t m = MentionAt(k);
      if (m < 0) continue;
      bool is_target = false;
      for (int32_t x : target.members) is_target = is_target || group_of_[x] == group_of_[m];
      if (M(m).is_actor && !IsPrepositional(m) && !is_target && M(m).first_token == k) {
        source = ResolveDemonstrative(m);
        source.how = "first subject of the sentence, doer of the cause of this result";
      }
      k = M(m).end_token - 1;
    }
  }
  // تعرضت القوات الأميركية لهجوم: the subject of a verb of undergoing is the target of the noun.
  if (r.noun && target.empty() && occurrence) {
    for (const CueHit& q : cues_) {
      if (q.first < c.first_token || q.end > t.first || t.first - q.end > kClauseReach) continue;
      if (trig_.cue(q.record).kind != CueKind::kUndergo) continue;
      bool after = false;
      Arg undergoer = SubjectOf(TriggerHit{q.first, q.end, 0}, c, &after);
      if (!undergoer.empty()) {
        target = undergoer;
        target.how = "subject of '" + trig_.cue(q.record).form + "'";
        // Taken for the doer by the clause's actor before the noun: it is the one attacked.
        if (!source.empty() && group_of_[source.members[0]] >= 0 &&
            group_of_[source.members[0]] == group_of_[undergoer.members[0]]) {
          source = Arg{};
        }
      }
      break;
    }
  }
  // A demonstration before a building (تظاهروا أمام السفارة اليونانية، أمام مقر البرلمان) is
  // addressed to its owner; a protest at something an actor did (احتجاجا على زيارة بوش) to the actor.
  if (code->plover == "PROTEST" && target.empty()) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 12; ++k) {
      std::string_view w = Bare(k);
      bool before = w == "امام" || w == "حول" || w == "قرب" || w == "مقابل";
      bool at = k == t.end && w == "علي" && code->plover == "PROTEST";
      if (!before && !at) continue;
      uint32_t m_at = k + 1;
      if (m_at < c.end_token && MentionAt(m_at) < 0 && text_.tokens[m_at].kind == TokenKind::kWord) ++m_at;  // مقر، مبنى، زيارة
      int32_t m = m_at < c.end_token ? MentionAt(m_at) : -1;
      if (m >= 0 && M(m).is_actor && M(m).first_token == m_at &&
          (source.empty() || group_of_[m] != group_of_[source.members[0]])) {
        target = GroupOf(m, before ? "owner of the building the protest was held before" : "the actor protested at");
        break;
      }
    }
  }
  // A protest named without its doers is done by the protesters the sentence names.
  if (source.empty() && code->plover == "PROTEST") {
    const Sentence& sent = text_.sentences[c.sentence];
    uint32_t best = UINT32_MAX;
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      if (!CueStartsAt(k, CueKind::kCrowd)) continue;
      int32_t m = MentionAt(k);
      uint32_t dist = k > t.first ? k - t.first : t.first - k;
      if (m >= 0 && M(m).is_actor && dist < best) {
        best = dist;
        source = GroupOf(m, "the protesters the sentence names");
      }
    }
  }

  // A violent or protest verb with no doer, no victim, no place and no toll (لماذا قتل فلان) gives
  // nothing an analyst could code.
  if (occurrence && code->plover == found->plover && !r.noun && source.empty() && target.empty() && place < 0 &&
      !fatalities && !injured && !captured) {
    return;
  }

  // An attack on an unnamed target in a named country (التفجيرين ... شهدتهما تونس): the country is
  // the target, as analysts code it.
  if (code->plover == "ASSAULT" && target.empty() && place >= 0 && M(place).is_actor && M(place).record >= 0 &&
      lex_.record(M(place).record).is_state) {
    target.members = {place};
    target.how = "the state where the attack took place";
  }

  if (!source.empty()) last_source_[tt.clause] = source;

  std::vector<int32_t> sources = source.members.empty() ? std::vector<int32_t>{-1} : source.members;
  std::vector<int32_t> targets = target.members.empty() ? std::vector<int32_t>{-1} : target.members;
  const Sentence& sent = text_.sentences[tt.sentence];
  const std::string date = DateFor(c);
  // Demonstrations, strikes, blockades and riots (141-145) are what people do, not state agents: a
  // protest word with a government, army or police doer is another sense (تجمعت الشرطة، وتجمع الرئيس
  // الأمير: brings together) or a misread side.
  bool street_protest = code->plover == "PROTEST" && r.cameo.size() >= 3 && r.cameo.substr(0, 3) != "140";
  for (int32_t s : sources) {
    if (street_protest && s >= 0 && M(s).is_actor && IsStateAgent(M(s).sector)) continue;
    for (int32_t g : targets) {
      if (s >= 0 && g >= 0 && (s == g || (group_of_[s] >= 0 && group_of_[s] == group_of_[g]) ||
                               (recog_.ActorId(M(s)) == recog_.ActorId(M(g)) && M(s).is_actor))) {
        continue;
      }
      Event e;
      e.doc_id = doc_.id;
      e.sentence = tt.sentence;
      e.date = date;
      e.event = code->plover;
      e.mode = code->mode;
      e.cameo = cameo;
      e.quad_class = code->quad_class;
      e.goldstein = code->goldstein;
      if (s >= 0) e.source = MakeActor(s);
      if (g >= 0) e.target = MakeActor(g);
      if (place >= 0) e.location = MakePlace(place, c);
      e.fatalities = fatalities;
      e.injured = injured;
      e.captured = captured;
      e.negated = negated;
      e.modality = modality;
      e.trigger_begin = text_.tokens[t.first].begin;
      e.trigger_end = text_.tokens[t.end - 1].end;
      e.trigger_text = std::string(text_.original.substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
      e.evidence = std::string(text_.SentenceText(sent));
      e.mentions.push_back({tt.sentence, e.trigger_text, e.trigger_begin, e.trigger_end, sent.begin, sent.end});
      if (explain_) {
        e.explain = why;
        if (s >= 0) {
          e.explain.push_back(fmt::format("source '{}' ({})", e.source->text, source.how));
        }
        if (g >= 0) e.explain.push_back(fmt::format("target '{}' ({})", e.target->text, target.how));
        for (int32_t m : {s, g}) {
          if (m < 0) continue;
          for (uint32_t p : M(m).entries) {
            EntryRef ref = EntryRef::Unpack(p);
            const Origin* o = nullptr;
            switch (ref.kind) {
              case EntryKind::kCountry: o = &lex_.record(lex_.countries()[ref.index]).origin; break;
              case EntryKind::kDemonym: o = &lex_.demonyms()[ref.index].origin; break;
              case EntryKind::kActor: o = &lex_.record(lex_.actors()[ref.index].periods.back()).origin; break;
              case EntryKind::kAgent: o = &lex_.agents()[ref.index].origin; break;
              case EntryKind::kPlace: o = &lex_.places()[ref.index].origin; break;
            }
            if (o) e.explain.push_back(fmt::format("  dictionary {}:{}", o->file, o->line));
          }
        }
        if (place >= 0) {
          const PlaceRecord& p = lex_.places()[M(place).place];
          e.explain.push_back(fmt::format("place '{}' = {} ({}:{})", e.location->text, p.name_en, p.origin.file, p.origin.line));
        }
        if (negated || modality != "asserted") e.explain.push_back(fmt::format("negated={} modality={}", negated, modality));
      }
      hit_events_[hi].push_back(out->size());
      out->push_back(std::move(e));
      hit_emitted_[hi] = true;
    }
  }

  // قتل ثلاثة جنود في هجوم تبنته طالبان: what happened in an attack was done by the attack's doer.
  static constexpr std::string_view kMeans[] = {"في", "جراء", "اثر", "بسبب", "نتيجه", "خلال"};
  bool means = r.noun && (tt.prefixes & kProBi);
  if (r.noun && t.first > c.first_token) {
    for (std::string_view x : kMeans) means = means || Bare(t.first - 1) == x;
  }
  if (means && occurrence && source.members.size() == 1 && hit_emitted_[hi]) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (!hit_occurrence_[j] || !hit_emitted_[j]) continue;
      for (size_t idx : hit_events_[j]) {
        Event& before = (*out)[idx];
        if (before.source || (before.target && M(source.members[0]).is_actor &&
                              before.target->actor_id == recog_.ActorId(M(source.members[0])))) {
          continue;
        }
        before.source = MakeActor(source.members[0]);
        if (explain_) before.explain.push_back(fmt::format("source '{}' (doer of the attack it happened in)", before.source->text));
      }
      break;
    }
  }
}

void DocumentCoder::Run(std::vector<Event>* out) {
  FindTriggersAndCues();
  BuildGroups();
  hit_verb_.assign(hits_.size(), false);
  hit_occurrence_.assign(hits_.size(), false);
  hit_occurrence_verb_.assign(hits_.size(), false);
  hit_emitted_.assign(hits_.size(), false);
  hit_background_.assign(hits_.size(), false);
  hit_events_.assign(hits_.size(), {});
  size_t first_new = out->size();
  for (size_t i = 0; i < hits_.size(); ++i) CodeTrigger(i, out);

  // One event per (type, source, target, place, negation, modality) in the document.
  std::vector<Event> merged;
  std::unordered_map<std::string, size_t> seen;
  for (size_t i = first_new; i < out->size(); ++i) {
    Event& e = (*out)[i];
    std::string key = fmt::format("{}|{}|{}|{}|{}|{}|{}", e.event, e.source ? e.source->actor_id : "",
                                  e.target ? e.target->actor_id : "", e.location ? e.location->name_en : "",
                                  e.negated, e.modality, e.cameo.substr(0, 2));
    auto it = seen.find(key);
    if (it != seen.end()) {
      Event& first = merged[it->second];
      first.mentions.push_back(e.mentions.front());
      if (e.fatalities && (!first.fatalities || *e.fatalities > *first.fatalities)) first.fatalities = e.fatalities;
      continue;
    }
    seen.emplace(key, merged.size());
    e.event_id = ContentHash(e.doc_id + "|" + key + "|" + std::to_string(e.sentence));
    merged.push_back(std::move(e));
  }
  out->resize(first_new);
  for (Event& e : merged) out->push_back(std::move(e));
}

}  // namespace

void EventCoder::Code(const Document& doc, const AnalyzedText& text, const Recognition& rec, bool explain,
                      std::vector<Event>* out) const {
  DocumentCoder dc(*lex_, *ontology_, *triggers_, *recognizer_, *dates_, doc, text, rec, explain);
  dc.Run(out);
}

}  // namespace rasad
