#include "coder/document_coder.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "coder/accusative_alif.h"
#include "coder/label_mark.h"
#include "coder/relative_verb.h"
#include "lexicon/lexicon_kinds.h"
#include "text/definite.h"
#include "util/rarely.h"

namespace rasad::detail {
namespace {

// A past form of كان (the pluperfect's auxiliary with قد: وكانت النقابة قد قادت، كان قد هاجم).
bool IsKana(BareText w) { return w == "كان" || w == "كانت" || w == "كانوا" || w == "كانا" || w == "كانتا"; }

// A closing quotation mark or bracket, which may follow a sentence's final punctuation.
bool IsClosingMark(std::string_view p) { return p == "»" || p == "\"" || p == "”" || p == ")" || p == "'"; }

// "Any" before a trigger, written out with its clitics (ولاية "state" is no و + لأية): Modality's lists,
// here rather than in the function, where GCC built them on the stack at every call.
constexpr std::string_view kAnyForms[] = {"اي", "ايه", "اية", "لاي", "لايه", "لاية", "باي", "بايه",
                                          "باية", "واي", "وايه", "واية", "فاي", "وباي", "وبايه", "وباية"};
// Every form ends in اي, or in اي and one letter (ه، ة): a word shaped otherwise is none of them, and is
// compared with none.
// (Byte by byte: string_view's == and ends_with were each a call to compare() and memcmp.)
constexpr bool AnyFormShape(std::string_view w) {
  constexpr std::string_view kAi = "اي";
  auto ai_ends_at = [&](size_t end) {
    return end >= 4 && w[end - 4] == kAi[0] && w[end - 3] == kAi[1] && w[end - 2] == kAi[2] && w[end - 1] == kAi[3];
  };
  return ai_ends_at(w.size()) || (w.size() >= 6 && ai_ends_at(w.size() - 2));
}
static_assert(std::ranges::all_of(kAnyForms, AnyFormShape));
// The stems of wanting and trying (ينوي، يعتزم، يخطط، يسعى، يريد، يحاول، يهدف) whose negation negates the act.
constexpr std::string_view kWantingStems[] = {
    "ينو", "تنو", "ننو", "نوي", "نوت", "يعتزم", "تعتزم", "نعتزم", "اعتزم", "يخطط", "تخطط", "نخطط", "خطط",
    "يسع", "تسع", "نسع", "سعي", "سعت", "سعوا", "يريد", "تريد", "نريد", "اراد", "يرغب", "ترغب", "نرغب",
    "يحاول", "تحاول", "نحاول", "حاول", "يهدف", "تهدف"};
// The verbs of lasting (استمر، دام) whose relative clause on an event gives it a span (العدوان الذي استمر 51 يوما). No
// kind of the data files fits them: grammar.tsv's `happening` and word_kinds.tsv's `continuation` hold other verbs too.
constexpr std::string_view kLastingVerbs[] = {"استمر", "دام"};

}  // namespace

bool DocumentCoder::EndsReach(uint32_t from, uint32_t to) const {
  // An intention or a possibility named before a comma (لجهود العراق لإقناع الدول، أصيب السفير) or
  // before أنّ with its pronoun (معنيون بجهود مكافحة الإرهاب بأنه تم شن ضربة), which opens a statement
  // of fact, does not reach the trigger after it.
  for (uint32_t k = from; k < to; ++k) {
    const Token& x = text_.tokens[k];
    std::string_view n = text_.Norm(x);
    if (x.kind == TokenKind::kPunct && (n == "," || n == "،" || n == ";" || n == "؛" || n == ":")) return true;
    // (The whole word: the token's second key, hashed once per document, when no article was taken off it.)
    const TokenKeys::Keys& key = rec_.keys.tokens[k];
    if (key.count > 0 && key.key[1].size() == n.size() &&
        (trig_.word_kinds().Of(key.key[1], key.hash[key.count - 1]) & kThatWord)) {
      return true;
    }
  }
  return false;
}

int32_t DocumentCoder::DenierOf(const TriggerHit& t, const Clause& c) const {
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kNegation)) {
    if (q.first < c.first_token || q.end > t.first || q.kind != CueKind::kNegation || !Undoing(q)) continue;
    // (The verb, its subject and the noun: نفت وزارة الخارجية الإثيوبية اتهامات; or the subject first: إسرائيل
    // تنفي الاتهامات.)
    int32_t m = q.end < t.first ? MentionAt(q.end) : -1;
    if (m >= 0 && M(m).first_token == q.end && M(m).end_token == t.first && (M(m).is_actor || StatePlace(m))) return m;
    int32_t b = q.end == t.first && q.first > c.first_token ? MentionAt(q.first - 1) : -1;
    if (b >= 0 && M(b).end_token == q.first && (M(b).is_actor || StatePlace(b)) && !IsPrepositional(b)) return b;
  }
  return -1;
}

bool DocumentCoder::NegatesEvent(const CueHit& q, const TriggerHit& t) const {
  // نفت إسرائيل اتهامات حماس: the accusations a verb of denying takes as object were made; it denies their
  // content, not that they were made.
  if (q.end <= t.first && Undoing(q)) {
    int32_t h = token_trigger_[t.first];
    const TriggerRecord* r = h >= 0 ? ChooseRecord(hits_[h], *hit_payloads_[h]) : nullptr;
    const Clause& c = text_.clauses[text_.tokens[t.first].clause];
    if (r != nullptr && r->noun && r->cameo.starts_with("112") && DenierOf(t, c) >= 0) return false;
  }
  // ما زال، لا يزال، لم يزل، ما انفك، ما برح "still" (the two negations assert that the event goes on: ما زالت
  // الاشتباكات مستمرة); لم يتوقف القصف، لم تهدأ الاشتباكات، لم يكتف الجيش بقصف المدينة، لم يتردد في قصف: not ceasing,
  // not stopping short at, not hesitating assert that the event goes on or happened (grammar.tsv continuing).
  if (q.end < text_.tokens.size() && GrammarWordAt(q.end) == GrammarWord::kContinuing) return false;
  // لم يقصف الجيش سوى مواقع المسلحين، ما قصفت الطائرات إلا مواقع عسكرية: a negation with an exception
  // after the event restricts what it hit; the event happened. (Not إلا أن "however", which opens
  // another statement.)
  if (q.end <= t.first && ExceptionAfter(t)) return false;
  // A negated copula negates its predicate, not a definite subject (لم يكن الهجوم الأول من نوعه، ليس
  // الهجوم الأول): the event it names happened. An indefinite one is denied (لم يكن هناك أي هجوم).
  if (!(text_.tokens[t.first].prefixes & kProAl)) return true;
  std::string_view cue = Bare(q.first);
  bool copula = cue == "ليس" || cue == "ليست" || cue == "ليسوا";
  if (!copula && q.end < t.first) {
    std::string_view be = Bare(q.end);
    copula = be == "يكن" || be == "تكن" || be == "يكون" || be == "تكون";
  }
  return !copula;
}

bool DocumentCoder::Undoing(const CueHit& q) const {
  // The cues that undo an event named after them: a cancellation, a prevention, a refusal (negation
  // cues that are verbs or verbal nouns, not particles) and a postponement.
  const CueRecord& cue = trig_.cue(q.record);
  std::string_view w = Bare(q.first);
  if (cue.kind == CueKind::kIntended) {
    static constexpr std::string_view kWords[] = {"تاجيل", "ارجا",  "يرجي", "ترجي", "يرج",  "ترج",
                                                  "اجلت",  "اجلوا", "يوجل", "توجل", "يؤجل", "تؤجل"};
    for (std::string_view x : kWords) {
      if (w.starts_with(x)) return true;
    }
    return false;
  }
  if (cue.kind != CueKind::kNegation) return false;
  static constexpr std::string_view kParticles[] = {"لم",   "لما", "لا",  "لن",  "ما",   "ليس", "ليست", "ليسوا", "لست",
                                                    "لسنا", "غير", "عدم", "دون", "بدون", "بلا", "من",   "دونما"};
  for (std::string_view particle : kParticles) {
    if (w == particle) return false;
  }
  return true;
}

bool DocumentCoder::PossessedSourceWord(const CueHit& q, const TriggerHit& t) const {
  // قصفت القوات مصادر المياه، دمرت الميليشيات مصادر رزق المزارعين، مصدر الانفجار: a word of sources that
  // heads a genitive (a definite noun that names no actor) or is the object of the event's verb, after
  // its subject, names what was hit or where something came from: nobody is cited.
  std::string_view w = Bare(q.first);
  if (q.end != q.first + 1 || (w != "مصادر" && w != "مصدر") || (text_.tokens[q.first].prefixes & kProAl)) return false;
  if (q.end < text_.tokens.size() && text_.tokens[q.end].kind == TokenKind::kWord &&
      text_.Norm(text_.tokens[q.end]).starts_with("ال")) {
    int32_t m = MentionAt(q.end);
    if (m < 0 || !M(m).is_actor) return true;
  }
  if (q.first < t.end) return false;
  for (uint32_t k = t.end; k < q.first; ++k) {
    int32_t m = MentionAt(k);
    if (m < 0) return false;
    k = M(m).end_token - 1;
  }
  return true;
}

bool DocumentCoder::ExceptionAfter(const TriggerHit& t) const {
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  uint32_t end = std::min(c.end_token, std::max(t.end, t.rest_end) + kClauseReach);
  for (uint32_t k = std::max(t.end, t.rest_end); k < end; ++k) {
    if (text_.tokens[k].kind == TokenKind::kPunct) return false;
    std::string_view w = Bare(k);
    if (w == "سوي") return true;
    // (غير before a definite noun is "other than": لم يستهدف المتمردون غير الثكنات العسكرية. Before an
    // indefinite one it negates an adjective: مواقع غير عسكرية.)
    if (w == "غير" && k + 1 < end && text_.Norm(text_.tokens[k + 1]).starts_with("ال")) return true;
    if (w == "الا" && text_.tokens[k].prefixes == 0) {
      std::string_view next = k + 1 < c.end_token ? Bare(k + 1) : std::string_view();
      return next != "ان" && next != "انه" && next != "انها" && next != "انهم";
    }
  }
  return false;
}

bool DocumentCoder::NegatedAt(uint32_t k) const {
  // (The particle itself too: a longer cue may start with it, لم يؤكد، لا يستبعد.)
  if (k > 0) {
    std::string_view p = Bare(k - 1);
    if (p == "لم" || p == "لا" || p == "لن") return true;
  }
  if (!CueEndsBefore(k, CueKind::kNegation)) return false;  // (the index first: most words have none)
  for (const CueHit& n : CuesEndingAt(k)) {
    if (n.end == k && n.kind == CueKind::kNegation && trig_.cue(n.record).form != "ما") return true;
  }
  return false;
}

bool DocumentCoder::CasualtyNounAt(uint32_t k) const {
  int32_t h = k < token_trigger_.size() ? token_trigger_[k] : -1;
  if (h < 0 || hits_[static_cast<size_t>(h)].first != k) return false;
  for (uint32_t p : *hit_payloads_[static_cast<size_t>(h)]) {
    const TriggerRecord& x = trig_.trigger(p);
    if (x.noun && (x.flags & (kFlagKill | kFlagInjure))) return true;
  }
  return false;
}

bool DocumentCoder::DeniedClaim(const CueHit& q, const Clause& c) const {
  // Only a claim: a word of responsibility (مسؤوليتها عن، أعلن مسؤوليته عن) or a verb of claiming (تبنى); a negated
  // verb of carrying out (لا تنوي شن حرب) is the negated act, its doer still the subject.
  bool claim = (WordKindsAt(q.first) & kClaimWord) != 0;
  for (uint32_t k = q.first; !claim && k < q.end; ++k) {
    BareText w = Bare(k);
    claim = w.starts_with("مسؤولي") || w.starts_with("مسوولي") || w.starts_with("مسئولي");
  }
  if (!claim) return false;
  // (The claimant, a name of a few words, stands between the denial and the claim.)
  constexpr uint32_t kDenialReach = 6;
  uint32_t from = q.first > c.first_token + kDenialReach ? q.first - kDenialReach : c.first_token;
  for (const CueHit& n : CuesIn(from, q.first)) {
    if (n.kind == CueKind::kNegation && n.first >= from && n.end <= q.first) return true;
  }
  return false;
}

bool DocumentCoder::ReportedByVerb(uint32_t k, const Clause& c) const {
  // (Most words have no cue of reporting before them in reach: nothing to look at.)
  if (k < c.first_token + 2) return false;
  for (const CueHit& q : CuesIn(k > kCueReach + 1 ? std::max(c.first_token, k - kCueReach - 1) : c.first_token, k)) {
    if (q.first < c.first_token || q.end >= k || k - q.end > kCueReach || q.kind != CueKind::kReported ||
        !(text_.tokens[q.first].word_class & kWordVerb) || TriggerBetween(q.end, k)) {
      continue;
    }
    // Only the verb's subject between (the verb first, as wires put it): names, or up to three words with no
    // preposition or pronoun. (Not right after the verb: أقر بالاعتداء is a doer's admission, a statement.)
    bool subject = true;
    for (uint32_t j = q.end, others = 0; subject && j < k; ++j) {
      if (int32_t m = MentionAt(j); m >= 0) {
        j = M(m).end_token - 1;
        continue;
      }
      const Token& x = text_.tokens[j];
      subject = ++others <= 3 && x.kind == TokenKind::kWord && x.suffix == Enclitic::kNone && !(x.prefixes & kPrepClitics);
    }
    if (subject) return true;
  }
  return false;
}

bool DocumentCoder::FailedAt(uint32_t k, const Clause& c) const {
  // The object of a verb of failing (cues.tsv +فشل، +أخفق) after its في, the verb and its subject before it in
  // the clause: فشلت قوات الأمن في منع.
  if (k <= c.first_token + 1 || Bare(k - 1) != "في") return false;
  for (const CueHit& f : CuesIn(c.first_token, k - 1)) {
    if (f.first >= c.first_token && f.end < k && f.end + kCueReach >= k && trig_.cue(f.record).role == CueRole::kFailing) {
      return true;
    }
  }
  return false;
}

bool DocumentCoder::Definition(const Clause& c) const {
  // الاغتيال السياسي هو قتل شخصية عامة، الاعتقال التعسفي هو احتجاز شخص دون سند قانوني: a sentence that opens
  // with a definite verbal noun (its adjectives after it) and the pronoun هو or هي, then an indefinite word
  // that is no count and no superlative (not الهجوم هو الأعنف، هو أول هجوم), defines a kind of act: it
  // reports none, neither the noun defined nor the words of its definition.
  auto definite = [&](uint32_t k) { return IsDefinite(text_, text_.tokens[k]); };
  const Sentence& s = text_.sentences[c.sentence];
  if (token_trigger_[s.first_token] >= 0 && definite(s.first_token)) {
    size_t h = static_cast<size_t>(token_trigger_[s.first_token]);
    bool noun = trig_.trigger(hit_payloads_[h]->front()).noun;
    for (uint32_t k = hits_[h].end; noun && k + 1 < s.end_token && k <= hits_[h].end + 2; ++k) {
      std::string_view w = Bare(k);
      if (w == "هو" || w == "هي") {
        const Token& x = text_.tokens[k + 1];
        if (x.kind == TokenKind::kWord && !definite(k + 1) && !(x.word_class & kWordNumber) &&
            !(WordKindsAt(k + 1) & kSuperlativeWord)) {
          return true;
        }
        break;
      }
      if (!definite(k)) break;
    }
  }
  return false;
}

bool DocumentCoder::DeniesPartOnly(const CueHit& q, const TriggerHit& t) const {
  // نفت إسرائيل مسؤوليتها عن الانفجار، نفى الحزب أي علاقة له بالهجوم، نفى تورطه في الاغتيال: what is denied
  // is the doer's part; the event it names happened.
  for (uint32_t k = q.end; k < t.first; ++k) {
    std::string_view w = Bare(k);
    // (مسؤولية with its pronoun or article, not مسؤولين "officials".)
    // (And the doer's role, participation, knowledge or standing behind it: نفت أي دور لها في اغتيال،
    // نفى مشاركته في الاحتجاجات، نفى علمه بالهجوم، نفى وقوفه وراء التفجير.)
    if (w == "مسؤوليه" || w == "مسئوليه" || w == "مسووليه" || w == "علاقه" || w == "صله" || w == "تورط" ||
        w == "ضلوع" || w == "يد" || w == "دور" || w == "مشاركه" || w == "وقوف" ||
        (w == "علم" && text_.tokens[k].suffix != Enclitic::kNone)) {
      return true;
    }
  }
  return false;
}

bool DocumentCoder::PartDeniedBefore(const TriggerHit& t, const Clause& c) const {
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kNegation)) {
    if (q.kind == CueKind::kNegation && q.first >= c.first_token && q.end <= t.first && DeniesPartOnly(q, t)) return true;
  }
  return false;
}

bool DocumentCoder::OutsideIntention(const TriggerHit& t, uint32_t from) const {
  // توعدت إيران بالانتقام بعد اغتيال قائد: after a preposition of time (and a noun of aspect: بعد بدء
  // الهجوم) the noun dates the intention; it is not what is intended.
  // (Not قبل "before": what comes after the intention may come before another future event, قبل لقاء الغد.)
  auto since = [&](uint32_t k) {
    return (WordKindsAt(k) & kTemporalPrepositionWord) && Bare(k) != "قبل" && Bare(k) != "قبيل";
  };
  for (uint32_t k = t.first, step = 0; k > from && step < 2; --k, ++step) {
    if (since(k - 1)) return true;
    if (!(WordKindsAt(k - 1) & kAspectWord)) break;
  }
  // تتوعد الجماعة بالثأر بعد مقتل قائدها في غارة: nor the means or circumstance (في، بـ) of the event
  // such a preposition names.
  if (t.first > from && (Bare(t.first - 1) == "في" || (text_.tokens[t.first].prefixes & kProBi))) {
    bool named = false;
    for (uint32_t k = t.first; k-- > from;) {
      named = named || (token_trigger_[k] >= 0 && k + 1 < t.first);
      if (named && since(k)) return true;
    }
  }
  // يعتزم المحامون الإضراب احتجاجا على اعتقال زميلهم، ردا على قصف، تنديدا باعتقال: the reason of the
  // intended act happened before it.
  // (So is the act a threatened reply answers: توعد بالرد على اغتيال القائد، بالانتقام لمقتل.)
  if (t.first >= 2) {
    std::string_view p = Bare(t.first - 1);
    // (A word of reason: grammar.tsv reason, or protest_purpose.)
    auto reason = [&](uint32_t k) {
      const GrammarWord g = GrammarWordAt(k);
      return g == GrammarWord::kReason || g == GrammarWord::kProtestPurpose;
    };
    if (p == "علي" || p == "ضد") return reason(t.first - 2);
    // ملاحقة المسؤولين عن الهجوم: who is responsible for an act names an act done (grammar.tsv responsible).
    if (p == "عن" && GrammarWordAt(t.first - 2) == GrammarWord::kResponsible) return true;
    // انتقاما لمقتل، رفضا لاعتقال، تنديدا بقصف: a word of reason right before the act, through لـ or بـ.
    if ((text_.tokens[t.first].prefixes & (kProLi | kProBi)) && reason(t.first - 1)) return true;
    // تعهد بملاحقة منفذي الهجوم، بمحاسبة مرتكبي المجزرة، بتعويض ضحايا القصف: the doers or the victims of an
    // act name an act done. (Not every noun of grammar.tsv reference: لبحث ملف الانسحاب, a file, is a topic.)
    const std::string_view r = Bare(t.first - 1);
    if (r == "منفذي" || r == "منفذو" || r == "منفذ" || r == "مرتكبي" || r == "مرتكبو" || r == "مرتكب" ||
        r == "ضحايا" || r == "ضحيه") {
      return true;
    }
  }
  return false;
}

// The words of sport and of the market are kinds of coder/word_kinds.tsv: `competition` (بطولة، مباراة،
// مرمى: enough by themselves to make a sentence one of sport; not ملعب, a stadium is also what attacks
// hit), `sport_context` (ملعب، كرة، مدرب: with a team's word only), `team` (فريق، نادي، لاعب، كأس: each
// has other senses in news, فريق التحقيق، نادي الأسير، لاعب إقليمي, so read as sport only in a sentence
// of sport) and `market` (أسعار، عملات، فساد: the abstract targets of a "war" of policy).
bool DocumentCoder::SportAt(uint32_t k) const {
  const uint32_t kinds = WordKindsAt(k);
  if (kinds & kCompetitionWord) return true;
  std::string_view w = Bare(k);
  // (Nearly every word is turned away here, by the tests above and this one; the rest is out of line, so
  // that what it needs is not set up for every word.)
  if (!(kinds & kTeamWord) && w != "منتخب" && w != "دوري") return false;
  return [&]() __attribute__((noinline)) {
    const Sentence& s = text_.sentences[text_.tokens[k].sentence];
    auto definite = [&](uint32_t x) {
      const Token& tok = text_.tokens[x];
      return tok.kind == TokenKind::kWord && ((tok.prefixes & kProAl) || text_.Norm(tok).starts_with("ال") ||
                                              tok.suffix != Enclitic::kNone || MentionAt(x) >= 0);
    };
    // منتخب "national team", دوري "league" are also adjectives ("elected", "periodic": الرئيس المنتخب،
    // الاجتماع الدوري), which agree with the noun before them in definiteness; the noun is definite after
    // an indefinite word (هجوم المنتخب، في الدوري) or indefinite before a definite genitive (منتخب مصر).
    if (w == "منتخب" || w == "دوري") {
      if (definite(k)) return k == s.first_token || !definite(k - 1);
      return k + 1 < s.end_token && definite(k + 1);
    }
    for (uint32_t x = s.first_token; x < s.end_token; ++x) {
      if (text_.tokens[x].kind != TokenKind::kWord) continue;
      if (WordKindsAt(x) & (kCompetitionWord | kSportContextWord)) return true;
      std::string_view v = Bare(x);
      if ((v == "منتخب" || v == "دوري") && x != k && SportAt(x)) return true;
    }
    return false;
  }();
}

bool DocumentCoder::CelebratingCrowd(const TriggerHit& t) const {
  // (Cheapest first: a protest line of the trigger, then a word of celebration close after it, and only then the
  // words of protest further on.)
  const int32_t h = token_trigger_[t.first];
  if (h < 0) return false;
  bool protest = false;
  for (uint32_t p : *hit_payloads_[static_cast<size_t>(h)]) protest = protest || trig_.trigger(p).cameo.starts_with("14");
  if (!protest) return false;
  // (The sentence, not the clause: واحتجاجا after و may open a clause of its own.)
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  const uint32_t after = std::max(t.end, t.rest_end);
  bool celebrating = false;
  for (uint32_t k = after; !celebrating && k < std::min<uint32_t>(s.end_token, after + 8); ++k) {
    if (!(WordKindsAt(k) & kCelebrationWord)) continue;
    const bool purpose = EndsInAccusativeAlif(Bare(k)) || (text_.tokens[k].prefixes & kProLi);
    celebrating = purpose || (k == after && Bare(k).ends_with("ه"));
  }
  if (!celebrating) return false;
  // (A crowd that celebrates one thing may protest another, named further on: احتفالا بذكرى الثورة واحتجاجا على الغلاء.)
  for (uint32_t k = after; k < std::min<uint32_t>(s.end_token, after + 16); ++k) {
    if (WordKindsAt(k) & kAgainstWord) return false;
  }
  return true;
}

const char* DocumentCoder::OtherSense(const TriggerHit& t) const {
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  uint32_t after = std::max(t.end, t.rest_end);
  // اجتاحت السيول عدة قرى، دمر الحريق الغابات، هاجمت أسراب الجراد المزارع: a disaster or a plague as the
  // subject right after the verb (grammar.tsv kind accident) did no attack.
  if (after < s.end_token && CueStartsAt(after, CueKind::kAccident)) return "its doer is a disaster or an accident";
  // ضرب زلزال المنطقة فجر الأحد، وأودى بحياة 50 شخصا ودمر مئات المنازل: a verb of killing, wounding or destroying
  // joined by و or ف to a clause that opens with a verb and a disaster as its subject has that subject too, unless an
  // actor follows it as its own. (Not a verb of attack, وقصفت الطائرات: that is no disaster's.)
  const bool joined = (text_.tokens[t.first].prefixes & (kProWa | kProFa)) != 0;
  const bool own_subject = joined && after < s.end_token && InActorName(after);
  bool toll_verb = false;
  if (const int32_t h = joined ? token_trigger_[t.first] : -1; h >= 0) {
    for (uint32_t pl : *hit_payloads_[static_cast<size_t>(h)]) {
      const TriggerRecord& rec = trig_.trigger(pl);
      toll_verb = toll_verb || (!rec.noun && ((rec.flags & (kFlagKill | kFlagInjure)) || rec.cameo == "1712"));
    }
  }
  if (toll_verb && !own_subject) {
    for (uint32_t k = t.first; k-- > s.first_token + 1;) {
      if (!CueStartsAt(k, CueKind::kAccident)) continue;
      const Clause& opening = text_.clauses[text_.tokens[k - 1].clause];
      // (The word before the disaster opens the clause and is no preposition: a verb, ضرب، اجتاحت، وقع.)
      const Token& w = text_.tokens[k - 1];
      const bool verb_first = w.kind == TokenKind::kWord && !(w.prefixes & (kProBi | kProLi | kProKa | kProAl)) &&
                              !CueStartsAt(k - 1, CueKind::kPreposition);
      if (opening.first_token == k - 1 && verb_first) return "its doer is the disaster of the verb it is joined to";
      break;
    }
  }
  // خطف مسلحون 15 طالبا، اعتقلت الشرطة ثلاثين طالبا: after a cardinal (a number of 11 to 99 takes its counted
  // noun in the indefinite accusative, in ا) the word is the counted noun, never a verb (طالبا "they two
  // demanded" is طالبا "a student"). A four-digit number is a year, which a verb may follow (عام 2016 قتل).
  if (t.first > s.first_token && t.end == t.first + 1) {
    const Token& p = text_.tokens[t.first - 1];
    const Token& x = text_.tokens[t.first];
    bool cardinal = (p.kind == TokenKind::kNumber && text_.Norm(p).size() < 4) ||
                    (p.kind == TokenKind::kWord && (p.word_class & kWordNumber));
    std::string_view w = Bare(t.first);
    int32_t h = token_trigger_[t.first];
    if (cardinal && h >= 0 && !(x.prefixes & kProAl) && x.suffix == Enclitic::kNone && EndsInAccusativeAlif(w)) {
      bool verb_only = true;
      for (uint32_t pl : *hit_payloads_[static_cast<size_t>(h)]) {
        verb_only = verb_only && !trig_.trigger(pl).noun;
      }
      // (Not after a vague count, عشرات، مئات، الآلاف، مئات الآلاف: it governs a genitive plural, never an
      // accusative noun; the word in ا after it is the past verb of the crowd it names, الآلاف تظاهروا، المئات
      // اعتصموا.)
      if (Rarely(verb_only)) {
        for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
          if (q.end_token == t.first && q.vague && q.unit.empty()) verb_only = false;
        }
      }
      if (verb_only) return "a counted noun after a cardinal (ثلاثين طالبا), not a verb";
    }
  }
  // احتشد آلاف المصلين في المسجد الأقصى، تجمعت حشود من النازحين أمام مراكز توزيع المساعدات، احتشدت الجماهير
  // لاستقبال المنتخب: a verb of gathering (word_kinds.tsv kind gathering) reports a protest only where the
  // sentence shows one: a crowd of protesters in it (grammar.tsv crowd: تجمع المتظاهرون), chants or banners
  // after the verb (word_kinds.tsv kind chant: تجمع أنصار الحريري ... مرددين هتافات), a word of protest
  // purpose, of demanding or of protest against after the verb in its clause (احتشد المئات احتجاجا على الحرب،
  // للمطالبة بإسقاط الحكومة، ضد), or an actor before whose building or seat the crowd gathers (احتشد الآلاف
  // أمام مقر الحكومة، أمام السفارة الأمريكية). (A verb line only: the noun تجمهر is read as listed.)
  auto gathering_protests = [&]() {
    int32_t h = token_trigger_[t.first];
    if (h < 0) return true;
    for (uint32_t p : *hit_payloads_[static_cast<size_t>(h)]) {
      if (trig_.trigger(p).noun) return true;
    }
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (CueStartsAt(k, CueKind::kCrowd) || (k > t.first && (WordKindsAt(k) & kChantWord))) return true;
    }
    const Clause& c = text_.clauses[text_.tokens[t.first].clause];
    // the dozen words are counted past the crowd that is the verb's subject, its count, its من and its name
    // (احتشد عشرات الآلاف من مناصري حركة السادس من أبريل في ميدان التحرير بالقاهرة مطالبين بإقالة الحكومة): a long
    // name of a movement or a party puts no distance between the gathering and its purpose.
    uint32_t from = t.end;
    if (from < c.end_token && quantity_end_[from] > from) from = quantity_end_[from];
    if (from < c.end_token && text_.tokens[from].prefixes == 0 && (WordKindsAt(from) & kPartitiveWord)) ++from;
    if (const int32_t m = from < c.end_token ? MentionAt(from) : -1; m >= 0 && M(m).first_token == from) {
      from = M(m).end_token;
    }
    uint32_t end = std::min<uint32_t>(c.end_token, from + 12);
    for (uint32_t k = t.end; k < end; ++k) {
      GrammarWord w = GrammarWordAt(k);
      if (w == GrammarWord::kProtestPurpose || w == GrammarWord::kDemanding || (WordKindsAt(k) & kAgainstWord) ||
          RallyPurposeAt(t, k)) {
        return true;
      }
      if (w != GrammarWord::kAt) continue;
      // (Not before a family's house or a hospital: mourners and relatives waiting for news gather there, تجمع
      // المعزون أمام منزل العائلة، احتشد ذوو الجرحى أمام المستشفى; a protest there shows itself otherwise.)
      for (uint32_t j = k + 1; j < end && j <= k + 3; ++j) {
        int32_t m = MentionAt(j);
        if (m >= 0 && M(m).is_actor && M(m).sector != "CVL" && M(m).sector != "HLH") return true;
      }
    }
    // احتشد آلاف الشبان قرب الجدار في اليوم الأول من مسيرة الغضب، تجمع المئات في الذكرى الأولى للاحتجاجات:
    // a protest named in the gathering's clause (a time or a frame of it) is what the crowd gathered for; تجمع مئات
    // الشبان في الساحة وطالبوا بإصلاحات: so is the crowd's own demand joined to the gathering by و in its sentence (a
    // verb of demanding, CAMEO 10, in the plural or with no new subject after it: وطالب الرئيس بضبط النفس is
    // another's).
    // (The hits after the verb only, a few words on: once per gathering verb of no other sign.)
    const uint32_t frame_end = std::min<uint32_t>(c.end_token, t.end + 16);
    const uint32_t joined_end = std::min<uint32_t>(s.end_token, t.end + 16);
    for (uint32_t k = t.end; k < joined_end; ++k) {
      const int32_t hk = token_trigger_[k];
      if (hk < 0 || hits_[static_cast<size_t>(hk)].first != k) continue;
      const bool joined = (text_.tokens[k].prefixes & kProWa) && !(text_.tokens[k].prefixes & kProAl);
      for (uint32_t p : *hit_payloads_[static_cast<size_t>(hk)]) {
        const TriggerRecord& line = trig_.trigger(p);
        if (line.noun && k < frame_end && line.plover == PloverType::kProtest) return true;
        if (line.noun || !joined || !line.cameo.starts_with("10")) continue;
        const int32_t m = k + 1 < s.end_token ? MentionAt(k + 1) : -1;
        const bool new_subject =
            m >= 0 && M(m).first_token == k + 1 && M(m).is_actor && !(M(m).prefixes & kPrepClitics);
        if (Bare(k).ends_with("وا") || !new_subject) return true;
      }
    }
    return false;
  };
  if (t.end == t.first + 1 && (WordKindsAt(t.first) & kGatheringWord) && !gathering_protests()) {
    return "a gathering with no sign of protest (احتشد المصلون، تجمع النازحون أمام مراكز المساعدات)";
  }
  if (CelebratingCrowd(t)) return "a crowd celebrating (نزل الآلاف إلى الشوارع احتفالا بفوز المنتخب)";
  // The rules below look at the three words before the trigger and the five after it: most triggers
  // have no word of sport or of the market there, and are passed before their records are read.
  // (SportAt's opening test, inline: it says yes only of a word of competition or of a team, or of منتخب
  // or دوري; the other words, nearly all, are passed without a call.)
  auto may_be_sport = [&](uint32_t k, uint64_t kinds) {
    if (kinds & (kCompetitionWord | kTeamWord)) return true;
    BareText w = Bare(k);
    return w == "منتخب" || w == "دوري";
  };
  bool candidate = false;
  for (uint32_t k = t.first > s.first_token + 3 ? t.first - 3 : s.first_token; k < t.first && !candidate; ++k) {
    candidate = text_.tokens[k].kind == TokenKind::kWord && may_be_sport(k, WordKindsAt(k)) && SportAt(k);
  }
  for (uint32_t k = after; k < s.end_token && k < after + 5 && !candidate; ++k) {
    if (text_.tokens[k].kind != TokenKind::kWord) continue;
    const uint64_t kinds = WordKindsAt(k);
    // سحق ريال مدريد برشلونة برباعية، دك الهلال شباك النصر بثلاثية نظيفة: a score after بـ (word_kinds.tsv kind
    // score) makes the verb before it one of sport, whoever the teams are.
    if ((kinds & kScoreWord) && (text_.tokens[k].prefixes & kProBi)) return "a sports sense (a score after it)";
    candidate = (may_be_sport(k, kinds) && SportAt(k)) || (kinds & kMarketWord);
  }
  if (!candidate) return nullptr;
  int32_t hi = token_trigger_[t.first];
  bool harm = false;     // a killing, a wound or a capture: a player or a team may be its victim
  bool violent = false;  // an attack or a protest
  bool attack = false;   // an attack or a war, which prices and markets suffer only in figure
  if (hi >= 0) {
    for (uint32_t p : *hit_payloads_[hi]) {
      const TriggerRecord& r = trig_.trigger(p);
      // نظم المزارعون مسيرة احتجاجية على أسعار الأسمدة: a word's weapon line (the drone of مسيرة) is its sense
      // only where the structure shows a weapon (ChooseRecord); elsewhere it makes the word no attack, and prices
      // after it are what the march is against, no figure of a war.
      if ((r.flags & kFlagWeapon) && !WeaponReading(t)) continue;
      harm = harm || (r.flags & (kFlagKill | kFlagInjure | kFlagCapture));
      const CameoCode* code = ont_.Find(r.cameo);
      bool assault = code != nullptr && code->plover_type == PloverType::kAssault;
      attack = attack || assault;
      violent = violent || assault || (code != nullptr && code->plover_type == PloverType::kProtest);
    }
  }
  // A market word counts bare, after an attack or a war that kills or seizes nobody: not a protest
  // against prices or corruption (احتجاجا على الغلاء), a charge of corruption (تهما بالفساد) or a
  // decision on prices (تعليق قرار رفع أسعار الوقود).
  auto market = [&](uint32_t k) {
    return attack && !harm && !(text_.tokens[k].prefixes & kPrepClitics) && (WordKindsAt(k) & kMarketWord);
  };
  if (after < s.end_token && text_.tokens[after].kind == TokenKind::kWord) {
    // هزيمة الفريق، هجوم المنتخب، انسحب اللاعب، حرب الأسعار: the team, the player or the prices as the
    // subject or the genitive.
    // (A competition is never the victim of a killing or a capture; a team or a player may be.)
    if ((SportAt(after) && (!harm || (WordKindsAt(after) & kCompetitionWord))) || market(after)) {
      return "a sports or market sense (its doer or genitive)";
    }
  }
  // انسحب من البطولة، سيطرت الفرق الإنجليزية على البطولة، هجمات على المرمى، حرب على الفساد: the
  // competition or the prices after the preposition that follows it or its subject. (An attack on a match
  // is an attack: only the goal is sport's, هجمات على المرمى.)
  // قصف مهاجم الفريق مرمى الخصم، دك مهاجم المنتخب مرمى غانا: the goal or the net (مرمى، شباك) as the object of a
  // violent verb, after its subject, is sport's too (mood38), as is a goalkeeper as its subject (قصف حارس المرمى الكرة).
  auto goal = [&](std::string_view x) { return x == "مرمي" || x == "شباك"; };
  for (uint32_t k = after; k + 1 < s.end_token && k < after + 4; ++k) {
    if (text_.tokens[k].kind != TokenKind::kWord || token_trigger_[k] >= 0) break;
    std::string_view w = Bare(k);
    if (violent && !harm && goal(w) && !(text_.tokens[k].prefixes & kPrepClitics)) {
      return "a sports sense (the goal its object)";
    }
    if (w != "من" && w != "علي") continue;
    std::string_view x = Bare(k + 1);
    bool sport = violent ? goal(x) || x == "شوط" : SportAt(k + 1) && (!harm || (WordKindsAt(k + 1) & kCompetitionWord));
    if (sport || market(k + 1)) return "a sports or market sense (its competition or object)";
    break;
  }
  // توقف الدوري في هدنة، هدنة الشتاء في الدوري، انسحب المنتخب من بطولة الخليج: a truce or a withdrawal
  // (no attack, no protest) with a team or a competition within three words of it, in the same phrase.
  // (An attack in or near a match is an attack: انفجار قرب ملعب خلال مباراة.)
  if (!violent && !harm) {
    for (uint32_t k = t.first, step = 0; k > s.first_token && step < 3; --k, ++step) {
      if (text_.tokens[k - 1].kind != TokenKind::kWord) break;
      if (SportAt(k - 1)) return "a sports sense (a team or a competition next to it)";
    }
    for (uint32_t k = after; k < s.end_token && k < after + 3; ++k) {
      if (text_.tokens[k].kind != TokenKind::kWord) break;
      if (SportAt(k)) return "a sports sense (a team or a competition next to it)";
    }
  }
  // شن المنتخب المغربي هجوما قويا، تعرض الفريق لهزيمة ثقيلة: the team as the subject of the verb that
  // governs the noun. قاد مهاجم الفريق هجوما سريعا: or a player of the team, the team its genitive (pend61), where
  // the noun has no target after على or ضد (شن أنصار الفريق هجوما على الحكم: the fans' attack on someone).
  if (!harm) {
    bool team = false;  // (a word of sport seen between the verb and the noun)
    for (uint32_t k = t.first, step = 0; k > s.first_token + 1 && step < 3; --k, ++step) {
      if (text_.tokens[k - 1].kind != TokenKind::kWord || token_trigger_[k - 1] >= 0) break;
      const bool sport = SportAt(k - 1);
      if (!sport && !team) continue;
      if (!sport) {
        bool aimed = false;
        for (uint32_t j = after; !aimed && j < s.end_token && j < after + 4; ++j) {
          aimed = Bare(j) == "علي" || Bare(j) == "ضد";
        }
        if (aimed) break;
      }
      team = true;
      if (CueEndsBefore(k - 1, CueKind::kPerpetrate) || CueEndsBefore(k - 1, CueKind::kLight) ||
          CueEndsBefore(k - 1, CueKind::kUndergo) || CueEndsBefore(k - 1, CueKind::kOccurrence)) {
        return "a sports sense (the team does the noun)";
      }
    }
  }
  return nullptr;
}

const char* DocumentCoder::QuotedTitle(const TriggerHit& t) const {
  // (The one test code_trigger.cc makes of every type before it codes a trigger as an event: the other
  // senses of event words that name no event go with it.)
  if (const char* why = OtherSense(t)) return why;
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  // حصد فيلم عن اجتياح بيروت جائزة، ندوة حول الاغتيالات السياسية، مسلسل جديد عن حصار غزة: after عن or حول,
  // the topic of a work or a meeting (word_kinds.tsv kind inanimate: فيلم، رواية، مسلسل، مؤتمر، ندوة), one
  // word of description allowed between, names no event of the sentence.
  if (t.first >= s.first_token + 2 && (Bare(t.first - 1) == "عن" || Bare(t.first - 1) == "حول")) {
    for (uint32_t k = t.first - 1; k > s.first_token && k + 3 >= t.first; --k) {
      if (text_.tokens[k - 1].kind != TokenKind::kWord || token_trigger_[k - 1] >= 0) break;
      if (WordKindsAt(k - 1) & kInanimateWord) return "the topic of a work or a meeting";
    }
  }
  // يروي الفيلم قصة جنود اقتحموا قرية، تحكي الرواية قصة عائلة طردتها العصابات من يافا، فاز فيلم يروي حصار سراييفو: a verb
  // of telling (grammar.tsv kind narrating) with a work as its subject, right after it or right before it (word_kinds.tsv
  // kind inanimate: فيلم، رواية، مسلسل), tells a story: the events after it in the sentence are its content, not news
  // (mood38). (روى شهود أن الجنود اقتحموا القرية: people who tell report what happened.)
  // (Each word of the sentence is looked up once: the verbs of telling found so far are kept, and the look-up
  // goes on from where it stopped, to the trigger.)
  const uint32_t sentence = text_.tokens[t.first].sentence;
  if (narrating_sentence_ != sentence) {
    narrating_sentence_ = sentence;
    narrating_read_ = s.first_token;
    narrating_.clear();
  }
  // (Only a document that has a verb of telling, grammar_words_seen_, is read word by word for one.)
  const bool telling = (grammar_words_seen_ >> static_cast<unsigned>(GrammarWord::kNarrating)) & 1u;
  for (; telling && narrating_read_ < t.first; ++narrating_read_) {
    if (GrammarWordAt(narrating_read_) == GrammarWord::kNarrating) narrating_.push_back(narrating_read_);
  }
  for (uint32_t k : narrating_) {
    if (k >= t.first) break;
    if ((k + 1 < t.first && (WordKindsAt(k + 1) & kInanimateWord)) ||
        (k > s.first_token && (WordKindsAt(k - 1) & kInanimateWord))) {
      return "the story a work tells";
    }
  }
  // في الذكرى السنوية لمجزرة الحولة، الذكرى العاشرة لاجتياح تنظيم الدولة الموصل، ذكرى اجتياح بيروت: the event an
  // anniversary (word_kinds.tsv kind anniversary) marks, its genitive or after its ordinal and لـ, of any type,
  // was told long ago, even with its toll (الذكرى الثلاثون لمجزرة راح ضحيتها 8000): no event of the sentence.
  for (uint32_t k = t.first, step = 0; k > s.first_token && step < 4; --k, ++step) {
    if (WordKindsAt(k - 1) & kAnniversaryWord) {
      if (k == t.first || (text_.tokens[t.first].prefixes & kProLi)) return "the event an anniversary marks";
      break;
    }
    if (text_.tokens[k - 1].kind != TokenKind::kWord || token_trigger_[k - 1] >= 0) break;
  }
  // يتناول مسلسل "الاجتياح" معاناة الفلسطينيين، صدر كتاب بعنوان «الحرب على غزة»: an event word inside
  // the quotation marks right after the noun of a work, or after بعنوان، names the work.
  uint32_t from = t.first > s.first_token + 8 ? t.first - 8 : s.first_token;
  for (uint32_t k = t.first; k-- > from;) {
    if (text_.tokens[k].kind != TokenKind::kPunct) continue;
    std::string_view p = text_.Norm(text_.tokens[k]);
    bool plain = p == "\"" || p == "'";
    if (p == "»" || p == "”") return nullptr;
    if (p != "«" && p != "“" && !plain) continue;
    if (plain) {
      // A plain mark opens a quotation when an even number of its kind stands before it in the sentence.
      uint32_t before = 0;
      for (uint32_t j = s.first_token; j < k; ++j) before += text_.Norm(text_.tokens[j]) == p;
      if (before % 2 != 0) return nullptr;
    }
    if (k == s.first_token) return nullptr;
    // (A noun of a work right before the mark: grammar.tsv work_title.)
    if (GrammarWordAt(k - 1) == GrammarWord::kWorkTitle) return "in the quoted title of a work";
    return nullptr;
  }
  return nullptr;
}

bool DocumentCoder::NewStatementAfter(const CueHit& cue, uint32_t t_end) const {
  // (A source named after its verb opens its statement at the verb: وقال مصدر عسكري إن، وأفادت مصادر طبية بـ.)
  const CueHit* opening = &cue;
  for (const CueHit& r : CuesIn(cue.first > 2 ? cue.first - 2 : 0, cue.first)) {
    if (r.kind == CueKind::kReported && r.first < opening->first && r.end >= cue.first && r.end <= cue.end) opening = &r;
  }
  const CueHit& q = *opening;
  // A verb of saying that opens, with و or ف after a comma, a statement with its own complement (قتل
  // ثلاثة جنود في هجوم، وقال الجيش إن المهاجمين فروا) makes a new statement: the event before it is not its
  // content. Neither is an event before a negated one (ولم تعلن أي جهة مسؤوليتها).
  // (ما before the verb is the relative of على ما أعلنت، بحسب ما قال: an attribution.)
  if (NegatedAt(q.first)) return true;
  if (q.first > 1 && Bare(q.first - 1) == "ان" && NegatedAt(q.first - 1)) return true;
  // (So does one after فيما، بينما، في حين, which open a clause of their own: شنت طائرات أمريكية غارات على
  // الحديدة، فيما قالت الجماعة إنها أسقطت طائرة.)
  std::string_view before = q.first > 0 ? std::string_view(Bare(q.first - 1)) : std::string_view();
  bool contrast = before == "فيما" || before == "بينما" || (before == "حين" && q.first > 1 && Bare(q.first - 2) == "في");
  // (The conjunction may stay on the verb, which hunspell-ar lists whole with it (وأفادت): the cue then
  // matched a form with و that its line does not write.)
  const Token& v = text_.tokens[q.first];
  std::string_view form = trig_.cue(q.record).form;
  BareText verb = Bare(q.first);
  bool joined = ConjunctionOnVerb(q.first, form);
  if (!joined && !contrast) return false;
  bool comma = false;
  for (uint32_t k = t_end; k < q.first && !comma; ++k) {
    const std::string_view n = text_.Norm(text_.tokens[k]);
    comma = CommaAt(k) || (text_.tokens[k].kind == TokenKind::kPunct && (n == ";" || n == "؛"));
  }
  // (Without a comma, a verb joined by و that tells someone (وأبلغته احتجاجها، وأبلغهم) is the subject's next
  // act: its object pronoun, split or written on the verb, is whom it told.)
  if (!comma) {
    bool told = v.suffix != Enclitic::kNone ||
                ((verb.ends_with("ه") || verb.ends_with("ها") || verb.ends_with("هم")) && !form.ends_with("ه"));
    return joined && told;
  }
  // (After فيما and a comma the clause is a statement of its own whatever follows the verb: رحبت الحكومة
  // بالدعوة، فيما أعلن الحزب وقف إطلاق النار.)
  if (contrast) return true;
  uint32_t end = text_.sentences[text_.tokens[q.first].sentence].end_token;
  for (uint32_t k = q.end; k < end && k <= q.end + kClauseReach; ++k) {
    std::string_view w = BareWord(text_.Norm(text_.tokens[k]));
    if (w.starts_with("ب")) w.remove_prefix(std::string_view("ب").size());
    if (w == "ان" || w == "انه" || w == "انها" || w == "انهم" || w == "انهما" || w == "اننا") return true;
    // (Or a verbal noun the verb reports: ، وأفادت مصادر طبية بإصابة ثمانية متظاهرين.)
    int32_t h = token_trigger_[k];
    if (h >= 0 && hits_[h].first == k && !hit_verb_[h]) return true;
  }
  return false;
}

bool DocumentCoder::NamedByEarlierEvent(uint32_t k, const Clause& c) const {
  // ذوو ضحايا تفجير الكرادة، عائلات قتلى قصف المستشفى، محاكمة منفذي الهجوم: two nouns of reference (grammar.tsv kind
  // reference) before the word, each governing the next: in the construct, with no article and no pronoun. (عائلات
  // الضحايا اعتصاما: a definite noun governs nothing; the word after it is the verb's object.)
  auto construct = [&](uint32_t j) {
    return GrammarWordAt(j) == GrammarWord::kReference && !(text_.tokens[j].prefixes & kProAl) &&
           text_.tokens[j].suffix == Enclitic::kNone;
  };
  return k >= c.first_token + 2 && construct(k - 1) && construct(k - 2) &&
         !HasTanwin(text_.Text(text_.tokens[k]));
}

int32_t DocumentCoder::GoverningVerb(const TriggerHit& t, const Clause& c) const {
  // A verb of occurrence, of carrying out or of undergoing before the trigger, with at most its
  // subject and أي between (لم يقع أي انفجار، لن تشن إسرائيل هجوما، لم تنفذ الطائرات الأمريكية أي
  // غارة): names, and up to three other bare words that are no function words. A verb of reporting is not
  // one: لم يعلن الجيش مقتل ... does not deny the killing.
  // (Most triggers have no such verb ending within reach in their clause: the per-token index of cue
  // ends says so without a pass over the cues; and most documents have no such verb at all.)
  constexpr uint32_t kGoverning = 1u << static_cast<unsigned>(CueKind::kOccurrence) |
                                  1u << static_cast<unsigned>(CueKind::kPerpetrate) |
                                  1u << static_cast<unsigned>(CueKind::kLight) |
                                  1u << static_cast<unsigned>(CueKind::kUndergo);
  if (!(cue_kinds_ & kGoverning)) return -1;
  uint32_t ends = 0;
  for (uint32_t e = std::max(c.first_token + 1, t.first > kCueReach ? t.first - kCueReach : 0); e <= t.first; ++e) {
    ends |= cue_ends_before_[e];
  }
  if (!(ends & kGoverning)) return -1;
  for (const CueHit& q : CuesIn(c.first_token, t.first)) {
    CueKind kind = q.kind;
    if (kind != CueKind::kOccurrence && kind != CueKind::kPerpetrate && kind != CueKind::kLight &&
        kind != CueKind::kUndergo) {
      continue;
    }
    if (q.end > t.first || q.first < c.first_token || t.first - q.end > kCueReach) continue;
    // (نظم أهالي ضحايا تفجير الكرادة وقفة احتجاجية: the event naming the subject's people, NamedByEarlierEvent, is
    // part of the subject, no event between the verb and its object.)
    auto event_between = [&] {
      for (uint32_t k = q.end; k < t.first; ++k) {
        if (token_trigger_[k] >= 0 && !NamedByEarlierEvent(k, c)) return true;
      }
      return false;
    };
    if (CueStartsAt(q.first, CueKind::kReported) || EndsReach(q.end, t.first) || event_between()) continue;
    bool object = true;
    // (A verb of taking part takes its event after في: لن يشارك الرئيس الروسي في قمة العشرين.)
    uint32_t object_end = t.first;
    if (object_end > q.end + 1 && Bare(object_end - 1) == "في" && text_.tokens[object_end - 1].prefixes == 0 &&
        trig_.cue(q.record).role == CueRole::kParticipation) {
      --object_end;
    }
    for (uint32_t k = q.end, others = 0; object && k < object_end; ++k) {
      int32_t m = MentionAt(k);
      if (m >= 0) {
        k = M(m).end_token - 1;
        continue;
      }
      // (A word with a pronoun or a preposition is the verb's own object or complement: لم تنفذ الحكومة
      // وعودها بوقف القصف does not deny the shelling.)
      const Token& x = text_.tokens[k];
      object = ++others <= 3 && x.suffix == Enclitic::kNone && !(x.prefixes & kPrepClitics) &&
               (!(x.word_class & kWordFunction) || Bare(k) == "اي");
    }
    if (object) return static_cast<int32_t>(q.first);
  }
  return -1;
}

bool DocumentCoder::HeadlineSource(const Sentence& s, uint32_t trigger) const {
  int32_t m = MentionAt(s.first_token);
  if (m < 0 || !M(m).is_actor || M(m).is_place() || M(m).object) return false;
  uint32_t colon = M(m).end_token;
  if (colon >= trigger || text_.Norm(text_.tokens[colon]) != ":") return false;
  return true;
}

bool DocumentCoder::NegatedDisjunct(uint32_t cue_end, uint32_t trigger) const {
  // A negation covers the verbs joined by أو to the one it negates (لن يعدموا أو يتم تعذيبهم، لم يقتل
  // أو يصب أحد): the trigger follows أو (and تم / يتم) within three words of the negated verb.
  uint32_t k = trigger;
  if (k > cue_end) {
    std::string_view light = Bare(k - 1);
    if (light == "يتم" || light == "تم" || light == "تتم") --k;
  }
  if (k <= cue_end + 1 || BareWord(text_.Norm(text_.tokens[k - 1])) != "او") return false;
  if (k <= cue_end + 3) return true;
  // (Further on, past the negated verb's subject and object: لم تعتقل الشرطة التونسية أي صحفي أو تحتجز أي
  // ناشط، لن تقصف القوات الروسية المدن أو تهاجم محطات الطاقة. The verb after أو is then an imperfective
  // with no article, the jussive or subjunctive the same particle governs; a noun after أو is an
  // alternative object.)
  std::string_view v = Bare(trigger);
  const Token& x = text_.tokens[trigger];
  bool imperfective = k == trigger && !(x.prefixes & (kProAl | kPrepClitics)) &&
                      (v.starts_with("ي") || v.starts_with("ت") || v.starts_with("ن"));
  return imperfective && trigger <= cue_end + kCueReach && !EndsReach(cue_end, trigger);
}

bool DocumentCoder::TermsGoverned(uint32_t verb_end, uint32_t trigger) const {
  uint32_t k = verb_end;
  // كان يتضمن اللقاء بحث التطورات: a definite noun right after the verb is its subject, not its terms.
  if (k == trigger && (text_.tokens[k].prefixes & kProAl)) return false;
  if (k < trigger && Bare(k) != "علي") {
    int32_t m = MentionAt(k);
    if (m >= 0 && M(m).first_token == k && M(m).is_actor) {
      k = M(m).end_token;
    } else if (WordKindsAt(k) & kTermsWord) {
      ++k;
    } else {
      return false;
    }
  }
  // The subject's qualifiers or genitive and على stand between (المقترح المصري انسحاب، برنامج الزيارة لقاء، تنص
  // الهدنة على تبادل).
  return trigger >= k && trigger - k <= 2 && !EndsReach(k, trigger);
}

bool DocumentCoder::JoiningComplement(uint32_t trigger) const {
  if (trigger < 2 || !(WordKindsAt(trigger - 2) & kJoiningWord)) return false;
  if (!(text_.tokens[trigger - 2].prefixes & (kProBi | kProLi))) return false;
  return Bare(trigger - 1) == "في" || Bare(trigger - 1) == "الي" || Bare(trigger - 1) == "الى";
}

bool DocumentCoder::JoiningAsked(const CueHit& q, uint32_t trigger) const {
  if (trigger < q.end + 2 || !JoiningComplement(trigger)) return false;
  // (Between the verb and the word of joining stand only names: its subject and the one asked.)
  for (uint32_t k = q.end; k + 2 < trigger; ++k) {
    const int32_t m = MentionAt(k);
    if (m < 0) return false;
    k = M(m).end_token - 1;
  }
  // (طالب is also "student": the demand is a verb only where the word is read as one.)
  const int32_t h = token_trigger_[q.first];
  return h < 0 || hit_verb_[static_cast<size_t>(h)];
}

bool DocumentCoder::TopicOfTalks(uint32_t verb, uint32_t verb_end, uint32_t trigger) const {
  int32_t th = token_trigger_[trigger];
  // (The topic is a verbal noun, also one the word list reads as a verb, تبادل الأسرى; not a verb joined by و or ف.)
  if (trigger < verb_end || trigger - verb_end > kCueReach || th < 0 || EndsReach(verb_end, trigger) ||
      (hit_verb_[static_cast<size_t>(th)] && (text_.tokens[trigger].prefixes & (kProWa | kProFa)))) {
    return false;
  }
  // (The verb read as one: بحث is also the noun "research", تناول also "ate"; a verb of no consultation of
  // its own, تناول، استعرض, is one of talks with a noun of talks as its subject: تناولت المحادثات.)
  int32_t h = token_trigger_[verb];
  if (h >= 0 && !hit_verb_[static_cast<size_t>(h)]) return false;
  bool talks = h >= 0;
  // Past the subject, the one talked with (مع نظيره الأمريكي) and a word more (أمس); a noun of talks (المحادثات،
  // في اتصال هاتفي) and a topic before it (وقف إطلاق النار وتبادل الأسرى) are passed over.
  uint32_t others = 0;
  for (uint32_t k = verb_end; k < trigger; ++k) {
    int32_t m = MentionAt(k);
    if (m >= 0) {
      k = M(m).end_token - 1;
      continue;
    }
    if (int32_t g = token_trigger_[k]; g >= 0 && g != th) {
      if (hit_verb_[static_cast<size_t>(g)]) return false;
      bool consult = false;
      for (uint32_t p : *hit_payloads_[static_cast<size_t>(g)]) consult = consult || trig_.trigger(p).cameo.starts_with("04");
      if (!consult && !(text_.tokens[trigger].prefixes & kProWa)) return false;
      talks = talks || consult;
      k = std::max(hits_[static_cast<size_t>(g)].end, hits_[static_cast<size_t>(g)].rest_end) - 1;
      continue;
    }
    if (++others > 3) return false;
  }
  return talks;
}

void DocumentCoder::Modality(const TriggerHit& t, const Clause& c, bool* negated, std::string* modality) const {
  *negated = false;
  int rank = 0;  // 0 asserted, 1 reported, 2 alleged, 3 intended, 4 hypothetical
  static constexpr std::string_view kNames[] = {"asserted", "reported", "alleged", "intended", "hypothetical"};
  bool undoing_negated = false;
  // أعلنت حركة حماس قبولها المقترح، أكد دعمه: a phrase that opens with a verb of saying and ends in the
  // subject's own stance (its pronoun) tells what the subject announced, as the verb before a noun does.
  // (Not a declaration that is the act itself: أعلن حالة الاستنفار.)
  if ((t.end > t.first + 1 || t.rest > t.end) && CueStartsAt(t.first, CueKind::kReported)) {
    if (CarriesPronoun(text_, text_.tokens[std::max(t.end, t.rest_end) - 1])) rank = 1;
  }
  // أي هجوم، لأي اعتداء، بأي عملية: "any" before the trigger.
  bool any = false;
  if (t.first > c.first_token) {
    // (Written out with their clitics: ولاية "state" is no و + لأية.)
    std::string_view w = text_.Norm(text_.tokens[t.first - 1]);
    if (AnyFormShape(w)) {
      for (std::string_view x : kAnyForms) any = any || TextEqual(w, x);
    }
  }
  const Sentence& s = text_.sentences[c.sentence];
  // (Only the sentence's cues can apply: the others all stop at the tests below. Only the six kinds of modality
  // change what is read here: a cue of grammar or of history, most of the sentence's, came to the switch at the end
  // for nothing, so the loop reads modality_cues_, which holds those kinds' alone.)
  for (const CueHit& q : ModalityCuesIn(s.first_token, s.end_token)) {
    // (The tests up to the scope's switch read the kind and scope the hit holds: most cues stop there.)
    // An attribution covers its sentence, also after the event (اعتقلت الشرطة خمسة ناشطين، بحسب مصدر
    // أمني).
    bool attribution =
        q.scope == CueScope::kSentence && (q.kind == CueKind::kReported || q.kind == CueKind::kAlleged);
    // A claim named as the source after the event (، بحسب ما زعمت منظمة محلية، كما يزعم الجيش) makes it
    // alleged, as an attribution makes it reported.
    if (q.kind == CueKind::kAlleged && q.first > 0) {
      std::string_view before = BareWord(text_.Norm(text_.tokens[q.first - 1]));
      attribution = attribution || before == "ما" || before == "كما" || before == "حسبما";
    }
    if (attribution && PossessedSourceWord(q, t)) continue;
    if (attribution && q.first >= t.end && q.first < s.end_token) {
      if (!NewStatementAfter(q, t.end)) rank = std::max(rank, q.kind == CueKind::kReported ? 1 : 2);
      continue;
    }
    // لم تتمكن القوات من إحباط الهجوم، لم تنجح الشرطة في تفكيك الشبكة: a negation cue that runs into the trigger
    // (a verb of ability that opens the trigger's phrase) still has its particle before the trigger, which
    // the trigger's own words do not hide.
    if (q.kind == CueKind::kNegation && q.first < t.first && q.end > t.first && q.end <= t.end &&
        q.first >= c.first_token) {
      std::string_view particle = Bare(q.first);
      if (particle == "لم" || particle == "لن" || particle == "لا") {
        *negated = true;
        if (particle == "لن") rank = std::max(rank, 3);
      }
      continue;
    }
    if (q.scope != CueScope::kBefore && (q.end > t.first || q.first < s.first_token)) continue;
    const CueRecord& cue = trig_.cue(q.record);
    bool in_clause = q.first >= c.first_token;
    // شنت طائرات حربية يعتقد أنها روسية غارات، قيل إنها: a supposition about who the subject is reaches the side it
    // names, not the act after it, which is told as fact.
    if ((q.kind == CueKind::kOpinion || q.kind == CueKind::kAlleged || q.kind == CueKind::kHypothetical) &&
        q.end < t.first && q.first > c.first_token) {
      bool supposed = false;
      int32_t g = GroupBelongedTo(q.first, t.first, &supposed);
      if (g >= 0 && supposed && M(g).end_token <= t.first) continue;
    }
    bool applies = false;
    switch (cue.scope) {
      case CueScope::kNext:
        // A negation particle (لم، لا، عدم) binds the word right after it; an intention or
        // attempt (ينوي، محاولة) covers the triggers close after it (فرض حصار أو شن عملية), not a
        // whole run-on clause.
        // "Any" is denied by a negation before it in its clause (لم تتعرض القافلة لأي هجوم، لم يسمع دوي أي
        // انفجار).
        applies = cue.kind == CueKind::kNegation ? in_clause && (t.first - q.end <= 1 || NegatedDisjunct(q.end, t.first) ||
                                                                 (any && !EndsReach(q.end, t.first)))
                                                 : in_clause && t.first - q.end <= kCueReach && !EndsReach(q.end, t.first);
        // مصادر غير رسمية باعتقال، مسلحون غير معروفين هجوما: "non-" negates the one word after it, never the word
        // after that; "without" (من غير، بغير قصد القتل) reaches as far as دون.
        if (applies && cue.kind == CueKind::kNegation && cue.form == "غير" && !(text_.tokens[q.first].prefixes & kProBi) &&
            !(q.first > s.first_token && Bare(q.first - 1) == "من")) {
          applies = t.first == q.end;
        }
        if (applies && (cue.kind == CueKind::kIntended || cue.kind == CueKind::kHypothetical)) {
          applies = !OutsideIntention(t, q.end);
        }
        // (أعلن الجيش إحباط هجوم واعتقال المنفذين: the word the negation binds is the one right after it;
        // a trigger joined by و after that one is another act, not negated.)
        if (applies && cue.kind == CueKind::kNegation && t.first == q.end + 1 && token_trigger_[q.end] >= 0 &&
            (text_.tokens[t.first].prefixes & kProWa)) {
          applies = false;
        }
        break;
      case CueScope::kClause:
        applies = in_clause;
        // نفت إسرائيل مسؤوليتها عن الانفجار: a denial of a part in the event does not deny the event.
        if (applies && cue.kind == CueKind::kNegation && DeniesPartOnly(q, t)) applies = false;
        // نفى الجيش الحصيلة، وقال إنه دمر مواقع للحركة: a verb of saying that opens a new statement between the
        // cue and the trigger ends the cue's reach; the event is the new statement's, not the denied one's.
        // (A verb of saying the cue itself negates, نفى المتحدث أن, opens none.)
        for (const CueHit& r : CuesIn(q.end, t.first)) {
          if (!applies) break;
          applies = !(r.kind == CueKind::kReported && r.first > q.end && r.first < t.first &&
                      !NegatedAt(r.first) && NewStatementAfter(r, q.end));
        }
        break;
      case CueScope::kSentence:
        applies = true;
        break;
      case CueScope::kObject:
        // بحث الرئيس المصري مع نظيره الأمريكي الانسحاب من غزة، تناولت المحادثات تبادل الأسرى: the topic of talks is
        // talked about, not done.
        if (cue.kind == CueKind::kIntended && (WordKindsAt(q.first) & kTopicWord)) {
          applies = in_clause && TopicOfTalks(q.first, q.end, t.first);
          break;
        }
        // طالبت المعارضة أنصارها بالمشاركة في المسيرة: what a demand asks the one it names to join is asked for too.
        if (cue.kind == CueKind::kIntended && in_clause && JoiningAsked(q, t.first)) {
          applies = true;
          break;
        }
        // A verb's object after its subject (ألغت أحزاب المعارضة مسيرة، أرجأت النقابة الإضراب): the
        // first trigger after the cue in its clause, before a comma or أنّ + pronoun.
        // Between the verb and its object stand only the subject and at most one other word (أمس):
        // in رفض الكشف عن هويته أن ... خطفوا the object is الكشف, and the trigger is another clause's.
        applies = in_clause && t.first - q.end <= kCueReach && !EndsReach(q.end, t.first) && !TriggerBetween(q.end, t.first);
        for (uint32_t k = q.end, others = 0; applies && k < t.first; ++k) {
          int32_t m = MentionAt(k);
          if (m >= 0) {
            k = M(m).end_token - 1;
            continue;
          }
          // رفض الجيش المشاركة في محادثات جنيف: a word of joining and its في or إلى right before the trigger
          // make it the object: taking part in it is what is refused.
          if (k + 2 == t.first && (WordKindsAt(k) & kJoiningWord) &&
              (Bare(k + 1) == "في" || Bare(k + 1) == "الي" || Bare(k + 1) == "الى")) {
            break;
          }
          applies = ++others <= 1;
        }
        // فشلت الشرطة في اعتقال المهربين: what a subject failed at follows في; the noun right after فشل is its
        // subject (فشل الهجوم: the attack took place and failed).
        if (applies && cue.role == CueRole::kFailing) applies = t.first > q.end && Bare(t.first - 1) == "في";
        // طالبت منظمات حقوقية بوقف الاعتقالات، طالب الاتحاد الأوروبي السلطات بوقف اعتقال الصحفيين: what a demand
        // asks for follows بـ (on the trigger or on the word that governs it), and the demand is a verb only where
        // the word is read as one (طالب is also "student": أصيب طالب في مظاهرة).
        // وافقت الحكومة على الإفراج عن المعتقلين، اتفقت روسيا وأوكرانيا على تبادل الأسرى: what a verb of agreeing
        // agrees to follows على, and is an act; a request, a proposal or a statement agreed to (وافق على طلب المعارضة،
        // CAMEO 01 to 03) was made.
        else if (applies && cue.kind == CueKind::kIntended && cue.role == CueRole::kAgreeing) {
          const int32_t h = token_trigger_[t.first];
          const TriggerRecord* agreed = h >= 0 ? ChooseRecord(hits_[h], *hit_payloads_[h]) : nullptr;
          applies = t.first > q.end && Bare(t.first - 1) == "علي" && text_.tokens[t.first - 1].prefixes == 0 &&
                    agreed != nullptr && !agreed->cameo.starts_with("01") && !agreed->cameo.starts_with("02") &&
                    !agreed->cameo.starts_with("03");
        } else if (applies && cue.kind == CueKind::kIntended) {
          // (A verb of asking, طلب المدعي العام إصدار مذكرة اعتقال, takes what it asks for with no بـ.)
          int32_t h = token_trigger_[q.first];
          applies = (h < 0 || hit_verb_[static_cast<size_t>(h)]) &&
                    ((WordKindsAt(q.first) & kAskingWord) || (text_.tokens[t.first].prefixes & kProBi) ||
                     (t.first > q.end && (text_.tokens[t.first - 1].prefixes & kProBi)));
        }
        break;
      case CueScope::kBefore:
        // A qualifier after the trigger (مسيرة كانت مقررة، الإضراب المزمع): right after it, or after one
        // word that is no name and no trigger (كانت).
        // (التقى المقرر الخاص بالوزير: a qualifier that opens an actor's name is that name, the rapporteur.)
        applies = q.first >= t.end && q.first <= t.end + 1 && q.end <= c.end_token && !InActorName(q.first);
        for (uint32_t k = t.end; applies && k < q.first; ++k) {
          applies = text_.tokens[k].kind == TokenKind::kWord && MentionAt(k) < 0 && token_trigger_[k] < 0;
        }
        break;
      case CueScope::kWord:
        // ينص الاتفاق على، يتضمن المقترح المصري انسحاب، تشترط حماس انسحابا: a verb of terms binds the word after
        // its subject, a text of terms or a party that sets them as conditions; what a meeting or a visit
        // included (كان يتضمن اللقاء بحث التطورات) is what took place.
        if (cue.verb) {
          applies = in_clause && TermsGoverned(q.end, t.first);
          break;
        }
        // A purpose (بقصد قتل، من أجل شن هجوم) or a generic doer (كل من قام باعتداء) binds the verbal
        // noun or the verb it governs, not the rest of the clause (من أجل الحرية، خرج الآلاف ...).
        // A name in between is what the cue governs (كل من روسيا وسوريا "both"): the trigger is not.
        applies = in_clause && t.first - q.end <= 2 && !EndsReach(q.end, t.first);
        for (uint32_t k = q.end; applies && k < t.first; ++k) applies = MentionAt(k) < 0;
        break;
    }
    if (!applies) continue;
    // أمر الرئيس بقصف مواقع المتمردين، أصدر أوامر باقتحام المخيم: an order governs the verbal noun after
    // its ب, not whatever follows the noun أمر "matter" (الأمر، أمر واقع). Only an ordered attack or
    // protest is a plan: an order to detain or to try (أمرت النيابة بحبس ثمانية مسؤولين) is itself the
    // legal action of CAMEO 17. An ordered act followed by its result (أمرت القوات بضربات جوية أسفرت عن
    // مقتل تسعة) was carried out.
    if (cue.kind == CueKind::kIntended && cue.role == CueRole::kOrdering) {
      int32_t h = token_trigger_[t.first];
      if ((text_.tokens[q.first].prefixes & kProAl) || !(text_.tokens[t.first].prefixes & kProBi) || h < 0 ||
          !hit_occurrence_[h]) {
        continue;
      }
      bool result = false;
      for (uint32_t k = t.end; !result && k < c.end_token && k < t.end + 6; ++k) result = CueStartsAt(k, CueKind::kResult);
      if (result) continue;
    }
    // لم تلغ النقابة الإضراب، لم تمنع الهدنة وقوع اشتباكات، لم يتم تأجيل الإضراب: a negated cancellation,
    // prevention or postponement undoes nothing, and the negation before the cue is not the event's. What
    // was not postponed is still planned (intended).
    if (Undoing(q) && NegatedAt(q.first)) {
      undoing_negated = true;
      if (cue.kind == CueKind::kNegation) continue;
    }
    // فشلت قوات الأمن في منع الهجوم، أخفقت الشرطة في منع الاحتجاجات: a prevention that failed prevented
    // nothing; the act happened.
    if (Undoing(q) && FailedAt(q.first, c)) continue;
    // ما before a verb of result (ما أسفر عن، ما أدى إلى) is the relative "which", not a negation; so is ما
    // after a comma or هو that sums up the clause before (اعتقلت الشرطة رئيس البلدية، ما أثار احتجاجات واسعة;
    // وهو ما دفع المحتجين إلى). The negating ما stands right before the past verb it negates (ما قتل أحد): before
    // any other word it is the relative, also with no comma (رفعت الحكومة أسعار الوقود ما أثار احتجاجات واسعة).
    if (cue.kind == CueKind::kNegation && cue.form == "ما" &&
        (q.end < t.first || CueStartsAt(q.end, CueKind::kResult) || (q.first > c.first_token && Bare(q.first - 1) == "هو") ||
         (q.first > 0 && text_.tokens[q.first - 1].sentence == text_.tokens[q.first].sentence &&
          text_.tokens[q.first - 1].kind == TokenKind::kPunct && text_.Norm(text_.tokens[q.first - 1]) == ","))) {
      continue;
    }
    if (cue.kind == CueKind::kNegation && !NegatesEvent(q, t)) continue;
    // لم تسفر الغارة عن سقوط قتلى، لم يؤد الهجوم إلى سقوط ضحايا: a negated verb of result denies the
    // result after its عن or إلى, not the cause standing between the verb and it: the strike happened.
    if (cue.kind == CueKind::kNegation && q.end <= t.first) {
      uint32_t verb = q.end;
      for (uint32_t k = q.first + 1; k < q.end && verb == q.end; ++k) {
        if (CueStartsAt(k, CueKind::kResult)) verb = k;
      }
      if (verb < t.first && CueStartsAt(verb, CueKind::kResult)) {
        bool past_preposition = false;
        for (uint32_t k = verb + 1; k < t.first && !past_preposition; ++k) {
          std::string_view w = Bare(k);
          past_preposition = w == "عن" || w == "الي" || (text_.tokens[k].prefixes & kProBi) != 0;
        }
        if (!past_preposition) continue;
      }
    }
    // قد before a past verb marks a completed event (وكان قد قتل), before a present one a possibility.
    if (cue.form == "قد" && q.end < text_.tokens.size()) {
      // The stem, not the bare word: BareWord takes الت of a verb of the form افتعل (قد التقى، قد التزم) for
      // the article and would leave a present-looking تقي.
      const Token& after = text_.tokens[q.end];
      std::string_view next = (after.prefixes & kProAl) != 0 ? std::string_view{} : text_.Stem(after);
      // Past verbs of the forms تفعّل، تفاعل start with ت too (قد تعرضت، قد تمكنوا): their past
      // endings tell them apart from the present (قد تقتل).
      auto ends = [&](std::string_view x) { return next.size() > x.size() && next.substr(next.size() - x.size()) == x; };
      bool past_t = WordStartsWith(next, "ت") && (ends("ت") || ends("وا") || ends("تا"));
      bool present = WordStartsWith(next, "ي") || WordStartsWith(next, "ن") || (WordStartsWith(next, "ت") && !past_t);
      if (!present) continue;
    }
    switch (cue.kind) {
      case CueKind::kNegation:
        *negated = true;
        break;
      case CueKind::kReported:
        // لم يعلن أي طرف مسؤوليته عن التفجير: a negated verb of saying attributes nothing. (After the
        // event, NewStatementAfter says so: ، ولم تؤكد السلطات الحصيلة.)
        // أعلنت حركة الشباب مسؤوليتها عن الهجوم: a claim of responsibility is its doer's own word on what it
        // did; the event is asserted, not attributed (as تبنت الجماعة الهجوم).
        // (Only after أعلن; the word of responsibility carries its owner's pronoun.)
        // (BytesEqual: an inline compare, where starts_with calls strlen and compare for each literal.)
        if (std::string_view v = Bare(q.first);
            v.size() >= 8 && (BytesEqual(v.data(), "اعلن", 8) || BytesEqual(v.data(), "يعلن", 8) ||
                              BytesEqual(v.data(), "تعلن", 8))) {
          bool claim = false;
          for (uint32_t k = q.end; !claim && k < t.first && k < q.end + 6; ++k) {
            if (text_.tokens[k].suffix == Enclitic::kNone) continue;
            std::string_view w = Bare(k);
            claim = w == "مسؤوليه" || w == "مسووليه" || w == "مسئوليه";
          }
          if (claim) break;
        }
        if (!NegatedAt(q.first)) rank = std::max(rank, 1);
        break;
      case CueKind::kAlleged:
        rank = std::max(rank, 2);
        break;
      case CueKind::kIntended: {
        rank = std::max(rank, 3);
        // لا تنوي بلاده شن حرب، لم يحاول الجيش اقتحام المدينة: a negated intention or attempt negates
        // what it would do. (Not a negated postponement: لم يتم تأجيل الإضراب.)
        if (!NegatedAt(q.first)) break;
        std::string_view v = Bare(q.first);
        bool wanting = false;
        for (std::string_view w : kWantingStems) {
          wanting = wanting || v.starts_with(w);
        }
        if (wanting) *negated = true;
        break;
      }
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
  // A noun trigger takes the negation and the tense of the verb that governs it (لن تشن إسرائيل هجوما،
  // لم تشهد المدينة أي احتجاجات، ستنظم المعارضة مسيرة).
  int32_t verb = GoverningVerb(t, c);
  // لم تتبن أي جهة الهجوم، لم يتبن أحد التفجير: a negated claim denies that anyone claimed the act, not the
  // act (as لم تعلن أي جهة مسؤوليتها عن الهجوم); the negation does not reach the noun. (The verbs of claiming:
  // word_kinds.tsv kind claim.)
  bool claim = verb >= 0 && (WordKindsAt(static_cast<uint32_t>(verb)) & kClaimWord);
  // لم يكتف الجيش بقصف المدينة: a negated verb of ceasing or stopping short (grammar.tsv continuing) asserts the act.
  bool continuing = verb >= 0 && GrammarWordAt(static_cast<uint32_t>(verb)) == GrammarWord::kContinuing;
  if (verb >= 0 && !ExceptionAfter(t) && !claim && !continuing) {
    if (text_.tokens[verb].prefixes & kProSa) rank = std::max(rank, 3);
    for (const CueHit& q : CuesIn(c.first_token, static_cast<uint32_t>(verb))) {
      const CueRecord& cue = trig_.cue(q.record);
      if (q.end != static_cast<uint32_t>(verb) || q.first < c.first_token || q.kind != CueKind::kNegation) continue;
      // (ما before a verb is mostly the relative "what": ما شهدته المدينة من احتجاجات.)
      if (cue.form == "لم" || cue.form == "لن" || cue.form == "لا" || cue.form == "لما") *negated = true;
      if (cue.form == "لن") rank = std::max(rank, 3);
    }
  }
  // لم يخرج أحد إلى الشوارع لدعم الحكومة، لم يتظاهر الطلاب تضامنا مع الأسرى، لم تنظم النقابات أي مسيرة لدعم المعلمين: a
  // verbal noun of purpose (after لـ, or an accusative of grammar.tsv protest_purpose) takes the negation of the act it
  // is the purpose of, the nearest before it in its clause: a word of triggers.tsv, read as its own event would be (لم
  // يتورع أحد عن إحراق نفسه احتجاجا: the burning is asserted), or else a verb the dictionary drops (لم تخرج الجماهير،
  // past a word that may be a noun, لم يخرج أحد), negated as its event would be (لم يتردد الجيش في: NegatesEvent).
  if (const Token& x = text_.tokens[t.first];
      !*negated && t.first > c.first_token &&
      ((x.prefixes & kProLi) || (!(x.prefixes & ~kProWa) && GrammarWordAt(t.first) == GrammarWord::kProtestPurpose))) {
    for (uint32_t k = t.first; k-- > c.first_token;) {
      if (const int32_t h = token_trigger_[k]; h >= 0 && hits_[h].first == k) {
        // (Not a noun in the rest of a phrase split by its subject: لم يشارك أحد في المسيرة is the phrase's.)
        bool in_rest = false;
        for (int32_t j = h; j-- > 0 && hits_[j].first >= c.first_token;) in_rest = in_rest || hits_[j].InRest(k);
        if (in_rest) continue;
        std::string act_modality;
        Modality(hits_[h], c, negated, &act_modality);
        break;
      }
      const Token& v = text_.tokens[k];
      if (!(v.word_class & kWordVerb) || (v.word_class & (kWordFunction | kWordPreposition)) ||
          (v.prefixes & (kProAl | kPrepClitics)) || MentionAt(k) >= 0) {
        continue;
      }
      for (const CueHit& n : CuesEndingAt(k)) {
        *negated = *negated || (n.kind == CueKind::kNegation && n.end == k && trig_.cue(n.record).form != "ما" &&
                                NegatesEvent(n, t));
      }
      if (*negated || !(v.word_class & kWordNoun)) break;
    }
  }
  // سيعلن العمال إضرابا مفتوحا، ستعلن المعارضة مقاطعة الانتخابات: a strike, a boycott or a sit-in is declared, and the
  // future of the verb declaring it (a verb of reporting, which GoverningVerb passes over) is the intention to hold
  // it. The verb stands a few words before the protest noun, past its subject.
  // (A noun hit of an attack or a protest first, then the future verb: few nouns have one; the protest last.)
  if (const int32_t h = token_trigger_[t.first];
      verb < 0 && rank < 3 && t.first > c.first_token && h >= 0 && hit_occurrence_[h] && !hit_verb_[h]) {
    for (uint32_t k = t.first; k-- > c.first_token && k + kCueReach >= t.first;) {
      const Token& w = text_.tokens[k];
      if (w.kind != TokenKind::kWord || (token_trigger_[k] >= 0 && token_trigger_[k] != h)) break;
      if (!(w.prefixes & kProSa)) continue;
      if ((CueStartsAt(k, CueKind::kReported) || CueStartsAt(k, CueKind::kOccurrence)) && GatheringAt(t.first)) {
        rank = std::max(rank, 3);
      }
      break;
    }
  }
  // قال مسؤول إن الهجوم لم يقع: right after the noun, لم and the jussive of a verb whose subject is the
  // event (وقع، حدث) deny it (a verb of result, الغارة لم تسفر عن ضحايا, denies only the result). Not a verb
  // whose object is the event, by its pronoun or as a claim: في هجوم لم تتبنه أي جهة، هجوم لم تتبن أي جهة
  // مسؤوليته describe the attack by who did not claim it.
  if (t.end + 1 < c.end_token && Bare(t.end) == "لم" && text_.tokens[t.end + 1].suffix == Enclitic::kNone &&
      !(WordKindsAt(t.end + 1) & kClaimWord)) {
    for (const CueHit& q : CuesIn(t.end + 1, t.end + 2)) {
      if (q.first == t.end + 1 && q.kind == CueKind::kOccurrence && trig_.cue(q.record).happening) {
        *negated = true;
      }
    }
  }
  // لم يؤد الهجوم إلى مقتل أحد، لم تسفر الغارة عن مقتل أي مدني: the result right after the عن or إلى of a
  // negated verb of result (grammar.tsv kind result), its cause between them, did not happen (the cause
  // did: the negation skips it above).
  if (!*negated && t.first >= c.first_token + 3) {
    uint32_t p = t.first - 1;
    if (Bare(p) == "اي" && p > c.first_token) --p;
    BareText w = Bare(p);
    if ((w == "عن" || w == "الي") && text_.tokens[p].prefixes == 0) {
      for (const CueHit& q : CuesOfKindsIn(c.first_token, p, CueKind::kResult)) {
        if (q.first < c.first_token || q.end > p || p - q.end > 2 * kClauseReach) continue;
        if (q.kind == CueKind::kResult && NegatedAt(q.first)) *negated = true;
      }
    }
  }
  if (undoing_negated) *negated = false;
  // رد على أي هجوم، يدين أي اعتداء: "any" names no event that happened, only a case in general, unless
  // the sentence denies it (لم تتعرض لأي هجوم، نفى شن أي هجوم, negated above).
  if (any && !*negated) rank = std::max(rank, 4);
  // A headline's source before a colon (الجيش الإسرائيلي: قصفنا ...، رويترز: احتجاجات في ...) is the
  // speaker of what follows; a place before it is a dateline, not a source.
  if (HeadlineSource(s, t.first)) rank = std::max(rank, 1);
  // A question asserts nothing, also when quoted (وسألت «من المسؤول عن التفجير؟»).
  uint32_t last = s.end_token;
  while (last > t.end && IsClosingMark(text_.Norm(text_.tokens[last - 1]))) --last;
  if (last > t.end) {
    std::string_view end = text_.Norm(text_.tokens[last - 1]);
    if (end == "?" || end == "؟") rank = std::max(rank, 4);
  }
  // (Cleared and appended to: a view or a C string assigned goes through _M_replace, a C string through strlen too.)
  modality->clear();
  modality->append(kNames[rank]);
}


// Whether the verb at `v` follows an indefinite actor right before it that no preposition governs (مسلحون
// يرتدون، امرأة اعتنقت): the verb opens a relative clause on that actor.
bool DocumentCoder::RelativeVerbAfterIndefinite(uint32_t v) const {
  const Token& verb = text_.tokens[v];
  if (v == 0 || (verb.prefixes & (kProWa | kProFa))) return false;
  int32_t m = MentionAt(v - 1);
  return m >= 0 && M(m).end_token == v && M(m).is_actor && !IsPrepositional(m) &&
         !IsDefinite(text_, text_.tokens[M(m).first_token]);
}

bool DocumentCoder::HeadlineSubjectBefore(uint32_t verb) const {
  const Sentence& s = text_.sentences[text_.tokens[verb].sentence];
  uint32_t opening = OpeningAfter(s.first_token, verb);
  // (A count may open it: آلاف الصرب يتظاهرون، 20 مسلحا يهاجمون.)
  bool counted = opening + 1 < verb && (text_.tokens[opening].kind == TokenKind::kNumber ||
                                        (text_.tokens[opening].word_class & kWordNumber)) &&
                 MentionAt(opening) < 0;
  if (counted) ++opening;
  // (So may a count with the article before its partitive: المئات من العمال، عشرات الآلاف من الطلاب.)
  if (const uint32_t e = quantity_end_[opening]; !counted && e > opening && e + 1 < verb && MentionAt(opening) < 0 &&
                                                 text_.tokens[e].prefixes == 0 && (WordKindsAt(e) & kPartitiveWord)) {
    counted = true;
    opening = e;
  }
  // المئات من العمال يتظاهرون، آلاف من الطلاب يعتصمون: a partitive من after the count names whom it counts, the subject.
  if (counted && opening + 1 < verb && text_.tokens[opening].prefixes == 0 && (WordKindsAt(opening) & kPartitiveWord)) {
    ++opening;
    // (Also where the dictionaries know no such people: المئات من البدون يتظاهرون, one noun right before the verb.)
    const Token& who = text_.tokens[opening];
    if (opening + 1 == verb && MentionAt(opening) < 0 && who.kind == TokenKind::kWord && !(who.prefixes & ~kProAl) &&
        !IsVerbNotNoun(who.word_class) && token_trigger_[opening] < 0) {
      return true;
    }
  }
  // آلاف يتظاهرون في الخرطوم، مئات يخرجون في مسيرة: a count alone, the people it counts unnamed, is the
  // headline's subject; a generality counts no one. (Not a year: 2024 يشهد.)
  // (So is a count word with the article, the crowd of the news: الآلاف يتظاهرون في وهران، المئات يعتصمون.)
  const Token& first_word = text_.tokens[opening];
  if (!counted && opening < verb && quantity_end_[opening] == verb && MentionAt(opening) < 0 &&
      !(first_word.prefixes & (kPrepClitics | kProWa)) &&
      (!(first_word.prefixes & kProAl) ||
       (first_word.kind == TokenKind::kWord && (first_word.word_class & kWordNumber))) &&
      !EarlierYear(opening) && !(first_word.kind == TokenKind::kNumber && first_word.value >= 1900)) {
    return true;
  }
  if (Rarely(opening + 1 < verb && !counted) && MachineOfOwnerBefore(opening, verb)) return true;
  int32_t subject = opening < verb ? MentionAt(opening) : -1;
  if (subject < 0 || M(subject).first_token != opening || IsPrepositional(subject)) return false;
  // (A date or an insertion may follow the subject: الجيش الإسرائيلي، بحسب مصادر محلية، يقصف.)
  uint32_t end = M(subject).end_token;
  // الجيش السوري والقوات الروسية يقتحمان: the subject may be a list joined by و; its first
  // member, read below, stands for it, and the list ends before the verb.
  if (const int32_t g = group_of_[subject]; g >= 0 && groups_[g].front() == subject && groups_[g].size() > 1) {
    end = std::max(end, M(groups_[g].back()).end_token);
  }
  // طيران الجيش يقصف، مسلحو الشباب يقتحمون، أهالي الموصل يعتصمون، قوات بزي عسكري تفض اعتصاما: people or a force with
  // no article, in construct with whom they belong to or described by a short phrase after بـ, are the subject.
  const bool bare_people = M(subject).is_actor && M(subject).agent >= 0 && M(subject).record < 0 &&
                           !(text_.tokens[opening].prefixes & kProAl) && !counted;
  if (Rarely(bare_people && end < verb) && PeopleComplementEnds(end, verb)) return true;
  // متظاهرون غاضبون يحرقون مقر البلدية، محتجون ملثمون يغلقون الطريق: one adjective of the unnamed people's own,
  // agreeing with them (the sound plural's ending of the last word, ون or ين, with no article and no clitic; no verb,
  // no mention, no event word), may stand between them and the verb.
  if (end + 1 == verb && M(subject).is_actor && M(subject).agent >= 0 && M(subject).record < 0 &&
      !(text_.tokens[opening].prefixes & kProAl) && AgreeingAdjectiveAt(end)) {
    end = verb;
  }
  // طائرة روسية حربية تقصف: so may an adjective of a machine of war read with its owner.
  if (Rarely(end + 1 == verb) && MachineAdjectiveBefore(subject, verb)) end = verb;
  // مسلحون من حركة الشباب يهاجمون، عناصر من الشرطة يخطفون: people with no article specified by من and a named
  // group or force (no place: لاجئون من سوريا) that ends right before the verb are its subject, the group named.
  if (end + 1 < verb && M(subject).is_actor && M(subject).agent >= 0 && !(text_.tokens[opening].prefixes & kProAl) &&
      text_.tokens[end].prefixes == 0 && Bare(end) == "من") {
    const int32_t g = MentionAt(end + 1);
    if (Rarely(g >= 0) && M(g).first_token == end + 1 && M(g).end_token == verb && M(g).is_actor && !M(g).object &&
        !M(g).is_place() && !(M(g).prefixes & (kPrepClitics | kProWa | kProFa)) && NamedSubject(g)) {
      return true;
    }
  }
  if (end != verb && (end > verb || PastInsertion(end) != verb)) return false;
  // A headline's subject is named, or people with no article or counted (مسلحون يهاجمون قرية، متظاهرون
  // يقتحمون): the definite plural of a general statement (المسلحون يهاجمون القرى) is none.
  bool unnamed_people = M(subject).is_actor && M(subject).agent >= 0 && M(subject).record < 0 &&
                        (counted || !(text_.tokens[opening].prefixes & kProAl));
  // حمص: الجيش يقصف بابا عمرو، بنغازي - المحتجون يعتصمون أمام المحكمة: after a place's dateline the definite people are
  // those of that place and day, the news, no class a generality is stated about.
  const bool dated_people = M(subject).is_actor && M(subject).agent >= 0 && M(subject).record < 0 &&
                            (text_.tokens[opening].prefixes & kProAl) && PlaceDatelineBefore(opening);
  return NamedSubject(subject) || unnamed_people || dated_people;
}

bool DocumentCoder::PlaceDatelineBefore(uint32_t opening) const {
  // (A place opening the sentence, then the dateline's colon or dash right before the news: OpeningAfter's label.)
  const uint32_t first = text_.sentences[text_.tokens[opening].sentence].first_token;
  const int32_t d = MentionAt(first);
  return opening > first && d >= 0 && M(d).first_token == first && M(d).is_place() && M(d).end_token + 1 == opening &&
         OpeningAfter(first, opening + 1) == opening;
}

bool DocumentCoder::MachineOfOwnerBefore(uint32_t k, uint32_t verb) const {
  // صاروخ حوثي يضرب معسكرا، دبابات الجيش تقتحم البلدة، طائرة أمريكية مسيرة تقتل قياديا: a machine or a munition of war
  // (word_kinds.tsv machine, munition), no name of its own, with its owner right after it (an actor of the
  // dictionaries, a force with the article or a demonym: the state's military) and perhaps another machine word or
  // an adjective describing it (مسيرة، حربية: طائرة روسية حربية تقصف), ends right before the verb: the machine is the
  // headline's subject, its owner the doer.
  const Token& head = text_.tokens[k];
  if (MentionAt(k) >= 0 || head.kind != TokenKind::kWord || head.prefixes != 0 || head.suffix != Enclitic::kNone ||
      !(WordKindsAt(k) & (kMachineWord | kMunitionWord))) {
    return false;
  }
  const int32_t owner = MentionAt(k + 1);
  if (owner < 0 || M(owner).first_token != k + 1 || (M(owner).prefixes & (kPrepClitics | kProWa | kProFa)) ||
      M(owner).is_place() || M(owner).object) {
    return false;
  }
  const bool named = M(owner).is_actor ? NamedSubject(owner) || (text_.tokens[k + 1].prefixes & kProAl)
                                       : M(owner).demonym >= 0 && !M(owner).country.empty();
  uint32_t e = M(owner).end_token;
  if (e + 1 == verb && text_.tokens[e].prefixes == 0 && MentionAt(e) < 0 &&
      ((WordKindsAt(e) & kMachineWord) ||
       (IsPlainNoun(e) && !IsVerbNotNoun(text_.tokens[e].word_class)))) {
    ++e;
  }
  return named && e == verb;
}

bool DocumentCoder::MachineAdjectiveBefore(int32_t subject, uint32_t verb) const {
  // (No verb, no mention, no event word, no clitic: حربية، مقاتلة.)
  const uint32_t end = M(subject).end_token;
  return end + 1 == verb && M(subject).is_actor && !M(subject).object &&
         (WordKindsAt(M(subject).first_token) & kMachineWord) && IsPlainNoun(end) &&
         !IsVerbNotNoun(text_.tokens[end].word_class);
}

bool DocumentCoder::PeopleComplementEnds(uint32_t end, uint32_t verb) const {
  const Token& next = text_.tokens[end];
  // (Whom they belong to: an actor or a place right after them, and nothing after it but the verb.)
  const int32_t g = MentionAt(end);
  if (g >= 0) {
    return M(g).first_token == end && !(M(g).prefixes & (kPrepClitics | kProWa | kProFa)) && !M(g).object &&
           (M(g).is_actor || M(g).is_place()) && M(g).end_token == verb;
  }
  // (What describes them: بـ and one or two words, no name, no event word and no punctuation: بزي عسكري، بملابس مدنية.)
  if (!(next.prefixes & kProBi) || verb > end + 3) return false;
  for (uint32_t k = end; k < verb; ++k) {
    const Token& w = text_.tokens[k];
    if (w.kind != TokenKind::kWord || MentionAt(k) >= 0 || token_trigger_[k] >= 0 ||
        IsVerbNotNoun(w.word_class) || (k > end && (w.prefixes & ~kProAl))) {
      return false;
    }
  }
  return true;
}

bool DocumentCoder::NamedSubject(int32_t m) const {
  return (M(m).is_actor && (M(m).record >= 0 || !M(m).country.empty())) || StatePlace(m);
}

bool DocumentCoder::HeadlineSubjectAfter(uint32_t verb) const {
  const Sentence& s = text_.sentences[text_.tokens[verb].sentence];
  if (OpeningAfter(s.first_token, verb) != verb || (text_.tokens[verb].prefixes & (kProWa | kProFa)) ||
      verb + 1 >= s.end_token) {
    return false;
  }
  int32_t subject = MentionAt(verb + 1);
  return subject >= 0 && M(subject).first_token == verb + 1 && !IsPrepositional(subject) && NamedSubject(subject);
}

bool DocumentCoder::OpensHeadlineWithSubject(const TriggerHit& t) const {
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  const uint32_t opening = OpeningAfter(s.first_token, t.first);
  if (opening == t.first) return !(text_.tokens[t.first].prefixes & (kProWa | kProFa)) && t.rest > t.end;
  const int32_t m = MentionAt(opening);
  return m >= 0 && M(m).first_token == opening && M(m).end_token == t.first && !IsPrepositional(m);
}

bool DocumentCoder::AfterSplitResult(uint32_t head, const Clause& c, uint32_t before) const {
  // (أسفر القصف عن مقتل، أدت الغارة إلى مقتل، تسببت الحرب في مقتل: the verb's preposition before the result;
  // في only for تسبب, whose own it is.)
  if (head <= c.first_token + 2) return false;
  BareText p = Bare(head - 1);
  bool in = p == "في" && text_.tokens[head - 1].prefixes == 0;
  if (p != "عن" && p != "الي" && !in) return false;
  if (before == 0) before = head - 1;  // (a word at least, the cause, between the verb and عن)
  for (const CueHit& q : CuesOfKindsIn(c.first_token, before, CueKind::kResult)) {
    if (q.first < c.first_token || q.end >= before) continue;
    const CueRecord& cue = trig_.cue(q.record);
    if (q.kind != CueKind::kResult || cue.present) continue;
    if (!in || Bare(q.first).starts_with("تسبب")) return true;
  }
  return false;
}

bool DocumentCoder::EarlierYear(uint32_t k) const {
  const Token& x = text_.tokens[k];
  if (x.kind != TokenKind::kNumber || std::isnan(x.value) || x.value < 1900 || x.value > 2100) return false;
  std::string_view year = text_.Norm(x);
  std::string_view doc_year = doc_.date.size() >= 4 ? std::string_view(doc_.date).substr(0, 4) : std::string_view();
  return year.size() == 4 && (doc_year.empty() || year < doc_year);
}

// (مقتل سبعة مدنيين بينهم طفلان في غارة: the words between a toll noun and the means after it.)
constexpr uint32_t kTollMeansReach = 8;

bool DocumentCoder::TemporalAfterHappening(uint32_t clause_start, const Clause& c) const {
  // (The conjunction may open the clause: the verb of happening is then the clause's before.)
  const uint32_t from = c.first_token > 0 ? c.first_token - 1 : 0;
  for (const CueHit& q : CuesOfKindsIn(from, clause_start, CueKind::kTemporal)) {
    if (q.kind == CueKind::kTemporal && q.end == clause_start && q.first > 0) {
      return CueEndsBefore(q.first, CueKind::kOccurrence);
    }
  }
  return false;
}

// (قتل عشرة أشخاص في سوق مدينة مايدوغوري عندما: the toll's subject and place, a few words.)
constexpr uint32_t kTollTemporalReach = 6;

int32_t DocumentCoder::TollBeforeTemporal(uint32_t clause_start) const {
  const uint32_t from = clause_start > 3 ? clause_start - 3 : 0;
  for (const CueHit& q : CuesOfKindsIn(from, clause_start, CueKind::kTemporal)) {
    if (q.kind != CueKind::kTemporal || q.end != clause_start) continue;
    const uint32_t sentence = text_.tokens[q.first].sentence;
    uint32_t reach = kTollTemporalReach;
    bool aside = false;  // (one aside between commas passed: قضى سبعة أفراد، بينهم ثلاث نساء، حين)
    for (uint32_t j = q.first; j > 0 && j + reach >= q.first; --j) {
      const Token& w = text_.tokens[j - 1];
      if (w.sentence != sentence) return -1;
      if (w.kind == TokenKind::kPunct) {
        if (aside || j != q.first || !CommaAt(j - 1)) return -1;
        aside = true;
        reach += kTollTemporalReach;
        uint32_t k = j - 1;
        while (k > 0 && k + kTollTemporalReach >= j && text_.tokens[k - 1].kind != TokenKind::kPunct) --k;
        if (k == 0 || text_.tokens[k - 1].sentence != sentence || !CommaAt(k - 1)) return -1;
        j = k;  // (the loop's step passes the opening comma)
        continue;
      }
      int32_t h = token_trigger_[j - 1];
      if (h < 0) continue;
      // (The noun in the rest of the verb's phrase, مصرعهم in لقي ستة أشخاص مصرعهم, is the verb's.)
      if (!hit_verb_[h] && h > 0 && hits_[h - 1].InRest(hits_[h].first)) --h;
      // (A verb of dying, قضى، توفي، is a toll only by the violence the temporal clause tells: it is the toll of that act
      // whether or not it was coded alone.)
      bool dying = false;
      for (uint32_t p : *hit_payloads_[h]) dying = dying || (!trig_.trigger(p).noun && (trig_.trigger(p).flags & kFlagDying));
      return ((hit_verb_[h] && hit_emitted_[h]) || dying) && KillOrInjureLine(*hit_payloads_[h]) ? h : -1;
    }
  }
  return -1;
}

const char* DocumentCoder::Background(size_t hi, const TriggerRecord& r, bool as_noun, const Clause& c, bool counted,
                                      const char** reported_as, ReportedKind* reported_kind) const {
  *reported_as = "";
  *reported_kind = ReportedKind::kOther;
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
    return IsVerbOnly(cls) && MentionAt(k) < 0;
  };
  auto reported = [&](const char* why, ReportedKind kind = ReportedKind::kOther) -> const char* {
    *reported_as = why;
    *reported_kind = kind;
    return nullptr;
  };
  // A relative clause (النائب الذي اغتيل عام 2005) or a temporal one (عندما اغتيل) describes a noun or
  // situates the main event: it does not report its own.
  // Such a clause reaches over its own verb and that verb's complements (الذي قتل في تفجير), not over
  // a second verb, which belongs to the main clause.
  // The clause may start right after the pronoun (، والذي خلف عشرات القتلى): the token that opens the
  // clause is checked too.
  // A verb trigger not joined by و or ف is itself such a second verb once a verb stands between it
  // and the pronoun (الهجوم الذي وقع أمس أسفر عن مقتل خمسة: أسفر is the main clause's verb).
  if (const char* why = QuotedTitle(t)) return why;
  if (Definition(c)) return "a definition (الاعتقال التعسفي هو احتجاز)";
  // (Only a document with a verb of growth or an adverb, one of habit among them, is read for a trend.)
  if (as_noun && !counted &&
      ((word_kinds_seen_ & kGrowingWord) || ((cue_kinds_ >> static_cast<unsigned>(CueKind::kAdverb)) & 1u))) {
    if (const char* why = Trend(hi, r, c)) return why;
  }
  int verbs = !as_noun && !(tt.prefixes & (kProWa | kProFa)) ? 1 : 0;
  for (uint32_t k = t.first; k >= c.first_token && k > 0 && k + kClauseReach >= t.first; --k) {
    // (مقاتلات التحالف الذي تقوده الولايات المتحدة شنت غارات: the word opening the relative clause is its verb, known
    // by the pronoun of the noun it describes though the word list has not the form; the verb past it is the main one.)
    if (k < t.first && (verb_only(k) || PerfectiveOccurrence(k, kStartsHere) ||
                        (token_trigger_[k] >= 0 && token_trigger_[k] < static_cast<int32_t>(hi) &&
                         hit_verb_[token_trigger_[k]] && token_trigger_[k] != token_trigger_[k - 1]) ||
                        (MentionAt(k) < 0 && ResumptiveRelativeVerb(text_.tokens[k]) &&
                         CueEndsBefore(k, CueKind::kRelative)))) {
      ++verbs;
    }
    if (verbs >= 2) break;
    if (CueEndsBefore(k, CueKind::kRelative)) {
      // أسفرت الغارة التي نفذها الجيش عن مقتل عشرة: the relative clause describes the cause, between a
      // verb of result and its عن; the noun after عن is the result the sentence reports (not in الهجوم
      // الذي أسفر عن مقتل, where the verb of result is inside the relative clause).
      if (as_noun && k >= 2 && AfterSplitResult(t.first, c, k)) {
        return reported("after a verb of result, its cause and a relative clause on it");
      }
      // شيع الآلاف جثمان الشاب الذي قتل برصاص الشرطة أمس، دفن الأهالي الطفلة التي قتلت في غارة أمس: a verb of the
      // relative clause dated yesterday or today by a date of its own tells the day's news, an event of its own (mood39).
      // (Not one of last week or of two days ago: الرهينة الذي قتلته طالبان الأسبوع الماضي is told as background.)
      if (!as_noun && RecentDateWithin(k, c.end_token, -1)) break;
      // (صورة) أم تبكي قرب جثمان ابنها الذي قتل في غارة على المخيم: a photo's or a video's caption (its
      // sentence opens with the word in brackets: lexicon word_kinds.tsv kind caption) has no other place for the day's
      // event than the relative clause on the victim it shows; its verb reports it. (In a document's body the clause
      // stays background.)
      if (!as_noun && Rarely(CaptionSentence(c))) break;
      return "in a relative clause";
    }
    if (CueEndsBefore(k, CueKind::kTemporal)) {
      // قالت الشرطة إن الحادث وقع عندما انفجرت قنبلة: a temporal clause right after a verb of happening tells
      // what happened, the event itself.
      // (So does a violent act in a temporal clause right after a toll: قتل عشرة أشخاص عندما فجر انتحاري نفسه.)
      const bool violent = WordStartsWith(r.cameo, "18") || WordStartsWith(r.cameo, "19");
      if (!TemporalAfterHappening(k, c) && !(violent && TollBeforeTemporal(k) >= 0)) return "in a temporal clause";
      break;
    }
    if (k == c.first_token || is_punct(k - 1)) break;
  }
  // ودان رئيس الهيئة سمير جعجع خطف الصحافيين: the object of a verb of condemnation, after its subject,
  // is an event reported elsewhere (the adjacent أدان الهجوم is a 111 line of triggers.tsv), also where
  // the word reads as a verb (جعجع خطف): a verb joined by و or ف is the next clause's.
  if (!(tt.prefixes & (kProWa | kProFa))) {
    for (uint32_t k = t.first; k > c.first_token && k + kCondemnReach >= t.first; --k) {
      if (CueStartsAt(k - 1, CueKind::kCondemn)) return "the object of a condemnation";
      BareText p{text_.Norm(text_.tokens[k - 1])};  // (BareText: an inline ==)
      bool quote = p == "«" || p == "»" || p == "\"" || p == "“" || p == "”";
      if ((is_punct(k - 1) && !quote) || other_trigger(k - 1)) break;
    }
  }
  // شيع آلاف العراقيين ضحايا الهجوم الذي استهدف السوق، ودع الأهالي القتلى الذين سقطوا في تفجير السيارة، خلال
  // تشييع ضحايا القصف: an attack named after a funeral's verb or noun (grammar.tsv funeral), in its object or in a
  // relative clause on the dead, is the one they fell in, told before; the funeral is the news. (Only a document with
  // a funeral word is read; back over the sentence from the noun to the funeral word, a dozen words.) Not past the
  // verb of another clause (شيع الآلاف الضحايا ثم هاجم مسلحون: a verb after a relative pronoun is the relative
  // clause's), nor past a preposition after a funeral's noun (قتل عشرة خلال جنازة في هجوم انتحاري: the funeral
  // attacked). An attack before the funeral word (استهدف تفجير جنازة) is not read here; nor a protest (تحولت الجنازة
  // إلى مظاهرة) nor a verb (شيع الآلاف جثمان الشاب الذي قتل أمس, the killing dated as the day's news). (A verb
  // in a relative clause on the attack noun, ضحايا الغارة التي استهدفت منزلا أمس, codes no event of its own then.)
  if (Rarely(as_noun && ((grammar_words_seen_ >> static_cast<unsigned>(GrammarWord::kFuneral)) & 1u)) &&
      (WordStartsWith(r.cameo, "18") || WordStartsWith(r.cameo, "19") || WordStartsWith(r.cameo, "20"))) {
    const uint32_t from = text_.sentences[tt.sentence].first_token;
    int verbs = 0;
    bool preposition = (tt.prefixes & kPrepClitics) != 0;
    for (uint32_t k = t.first; k > from && k + kCondemnReach >= t.first; --k) {
      const uint32_t j = k - 1;
      if (is_punct(j)) break;
      if (CueEndsBefore(k, CueKind::kRelative)) verbs = 0;
      const GrammarWord w = GrammarWordAt(j);
      if (w == GrammarWord::kFuneral) {
        if (verbs > 0 || (preposition && !(text_.tokens[j].word_class & kWordVerb))) break;
        return "an attack named in the object of a funeral (شيع الآلاف ضحايا الهجوم): told before";
      }
      // (قتلى سقطوا في تفجير: a verb right after an indefinite word, neither joined by و nor governed, opens a relative
      // clause on it, as one after a relative pronoun does.)
      const Token& before = text_.tokens[j > from ? j - 1 : j];
      const bool on_indefinite = j > from && !(text_.tokens[j].prefixes & (kProWa | kProFa)) &&
                                 before.kind == TokenKind::kWord && !(before.word_class & kWordFunction) &&
                                 !(before.prefixes & (kProAl | kPrepClitics | kProWa | kProFa)) &&
                                 GrammarWordAt(j - 1) != GrammarWord::kFuneral;
      if ((verb_only(j) || (token_trigger_[j] >= 0 && hit_verb_[token_trigger_[j]])) && !on_indefinite) ++verbs;
      if (w == GrammarWord::kCircumstance || w == GrammarWord::kAt || (text_.tokens[j].prefixes & kPrepClitics)) {
        preposition = true;
      }
    }
  }
  if (const char* why = CountOverPeriod(t, c, counted)) return why;
  if (const char* why = WarToll(t, c)) return why;
  if (const char* why = ComplementAfterToll(t, c)) return why;
  if (as_noun) {
    if (const char* why = EconomicCause(t, c)) return why;
  }
  if (const char* why = HistoricalPeriod(c)) return why;
  // المعارضة التي كانت سائدة في الستينات، وأسفرت عن مواجهات: a clause opened by و and a verb of
  // occurrence or result, with no subject before it, continues the clause before it in the sentence;
  // the period named there places this event too, unless this clause dates its event as recent
  // (، ووقعت أمس اشتباكات: the subject after the verb is another).
  if (tt.clause > 0 && (text_.tokens[c.first_token].prefixes & kProWa) &&
      (CueStartsAt(c.first_token, CueKind::kOccurrence) || CueStartsAt(c.first_token, CueKind::kResult)) &&
      text_.clauses[tt.clause - 1].sentence == c.sentence && !RecentDateWithin(c.first_token, c.end_token)) {
    if (const char* why = HistoricalPeriod(text_.clauses[tt.clause - 1])) return why;
  }
  // اختطف مسلحون 12 عاملا العام الماضي، قتل صحفي في السنة الماضية: a date of an earlier year (a shift of
  // relative_dates.tsv in years, العام الماضي) told with the event places it before the report's news: it is recalled,
  // background, as a year well before the news is (LongPastYear). The date is the event's only where no verb of
  // another clause stands between the two (احتجاجا على قانون أقر العام الماضي dates the law, not the protest), nor
  // another trigger, nearer to the date (قتل شاب العام الماضي in a protest at it dates the killing), nor a comma, nor a
  // word of a protest's purpose (word_kinds.tsv against, grammar.tsv protest_purpose and demanding: أضربوا احتجاجا على
  // عدم تنفيذ اتفاق وقع العام الماضي dates the grievance); and not where منذ or حتى opens it (منذ العام الماضي, منذ
  // مطلع العام الماضي: a period up to now), nor where the clause also has a recent date (أفرجت أمس عن رهائن خطفوا
  // العام الماضي).
  // (The date, whether منذ or حتى opens it and whether the clause has a recent date are the clause's, EarlierYearIn;
  // only what stands between the date and the trigger is the trigger's.)
  // وكانت النقابة قد قادت في خريف 2019 إضرابا، وكان المسلحون قد خطفوا في صيف 2014 عشرات العمال: a clause that
  // opens in the pluperfect (a form of كان, its subject, then قد) and writes an earlier year in figures (after a
  // season, which no date of relative_dates.tsv reads: قادت إضرابا في ربيع 2016 too) tells what had happened before
  // the news: background. (Only a clause that opens with كان is read further.) So does one that counts months or
  // years back (وكانت مظاهرات قد خرجت في المدينة قبل عدة أشهر، قبل شهرين: a count of two or more), where a count
  // back alone (قبل ثلاثة أشهر) may still date the day's report. The event may be the subject between كان and قد
  // (وكانت احتجاجات قد اندلعت في الجنوب قبل عدة أشهر).
  if (t.first > c.first_token && IsKana(Bare(c.first_token))) {
    // (Not a pluperfect of saying, وكان مسؤول قد قال إن: what was said is its own report; nor a year after منذ, منذ
    // العام 2003: a period up to now.)
    bool qad = false, year = false;
    for (uint32_t k = c.first_token + 1; k < c.end_token && !year; ++k) {
      if (!qad && k <= c.first_token + 4 && text_.tokens[k].prefixes == 0 && Bare(k) == "قد") {
        if (k + 1 < c.end_token && CueStartsAt(k + 1, CueKind::kReported)) break;
        qad = true;
      }
      year = qad && ((EarlierYear(k) && Bare(k - 1) != "منذ" && !(k >= 2 && Bare(k - 2) == "منذ")) ||
                     CountAgoAt(k, c.end_token, 2, 28) ||
                     (MonthsBackAt(k, c.end_token) && !(WordKindsAt(k - 1) & kPeriodOpeningWord) &&
                      !(k >= c.first_token + 2 && (WordKindsAt(k - 2) & kPeriodOpeningWord))));
    }
    if (year) return "a pluperfect clause of an earlier year or months back (وكانت النقابة قد قادت في خريف 2019 إضرابا): background";
  }
  if (const DocumentCoderBuffers::EarlierYear y = EarlierYearIn(c); y.first != y.end) {
    const uint32_t lo = std::min(y.first, t.first), hi_end = std::max(y.end, t.end);
    bool own = true;
    for (uint32_t j = lo; own && j < hi_end; ++j) {
      if (j >= t.first && j < t.end) continue;
      if (j >= y.first && j < y.end) continue;
      const GrammarWord w = GrammarWordAt(j);
      own = !is_punct(j) && !verb_only(j) && !other_trigger(j) && !(WordKindsAt(j) & kAgainstWord) &&
            w != GrammarWord::kProtestPurpose && w != GrammarWord::kDemanding;
    }
    if (own) return "placed in an earlier year (العام الماضي): recalled, background";
  }
  // بالمقارنة مع احتجاجات قمة العام الماضي حيث جرت مواجهات، في ألمانيا قبل عامين حيث اعتقل: a clause opened by حيث
  // ("where, when") right after a date of an earlier year tells what took place then and there: recalled. (Only
  // a clause that opens with حيث is read further; the clause before it dates nothing recent, EarlierYearIn.)
  if (tt.clause > 0 && text_.clauses[tt.clause - 1].sentence == c.sentence && Bare(c.first_token) == "حيث") {
    const DocumentCoderBuffers::EarlierYear y = EarlierYearIn(text_.clauses[tt.clause - 1]);
    if (y.first != y.end && y.end + 1 >= c.first_token) return "a clause of حيث right after an earlier year: recalled";
  }
  // الوزير: الحرب لن تنتهي قبل تحقيق أهدافها، الملك: تهجير الفلسطينيين خط أحمر، منظمة: قصف المستشفيات قد
  // يرقى إلى جريمة حرب: an event word heading a headline, or a speaker's words after his colon, with its predicate after
  // it in its clause, a future after لن or a word of qualification (lexicon word_kinds.tsv kind qualifying: يرقى، يعد،
  // يشكل، خط أحمر), is the subject of a statement on a class of acts, or a stance on it: no incident of the day. (Also
  // a verb's form that is a noun too, read as the verb: قتل المدنيين قد يرقى, no passive قُتل.)
  if (as_noun || (tt.word_class & kWordNoun)) {
    if (const char* why = QualifiedClass(t, c, as_noun)) return why;
  }
  if (!as_noun) {
    // A verb right after a noun of the same kind describes it (هجوم استهدف مدرسة, an asyndetic
    // relative clause): it is background when the noun is. (Not one joined by و whose form shows a verb that
    // agrees with a subject, ت or وا: صدت القوات الهجوم وقتلت 20 من المهاجمين, a second act of the clause's
    // subject; احراق اطارات ورشق السيارات may be a noun joined to the noun before.)
    std::string_view form = Bare(t.first);
    bool agreeing_verb = (tt.prefixes & (kProWa | kProFa)) && (WordEndsWith(form, "ت") || WordEndsWith(form, "وا"));
    // (Nor the noun in the rest of a verb's phrase, لقي جنديان مصرعهما وأصيب ثلاثة آخرون: it is no noun of its own,
    // its event the verb's.)
    const bool noun_in_rest = hi > 1 && hits_[hi - 2].InRest(hits_[hi - 1].first);
    // (A verb before it is no such noun: المسلحون الذين اقتحموا القرية قتلوا, the second verb is the main clause's.)
    if (hi > 0 && hit_background_[hi - 1] && !hit_verb_[hi - 1] && hits_[hi - 1].end + 2 >= t.first &&
        hits_[hi - 1].end <= t.first && !agreeing_verb && !noun_in_rest) {
      bool open = true;
      for (uint32_t k = hits_[hi - 1].end; k < t.first; ++k) open = open && !is_punct(k);
      // (طائرة تركية مسيرة تقصف: the noun before is the word of the headline's machine, its owner between, no event
      // of its own; the verb is the news, HeadlineSubjectBefore's.)
      const uint32_t opening = open ? OpeningAfter(text_.sentences[tt.sentence].first_token, t.first) : t.first;
      if (open && !(opening + 2 < t.first && MachineOfOwnerBefore(opening, t.first))) {
        return "describes the noun before it";
      }
    }
    // A verb with an object pronoun right after an indefinite noun or its adjective (حمولة سفينة
    // أوكرانية اختطفها قراصنة، جثة رجل قتله مسلحون) is a relative clause without a relative pronoun:
    // it describes that noun.
    if (tt.suffix != Enclitic::kNone && t.first >= c.first_token + 2) {
      uint32_t k = t.first - 1;
      const Token& p = text_.tokens[k];
      int32_t m = MentionAt(k);
      bool indefinite = p.kind == TokenKind::kWord && !(p.prefixes & kProAl) && p.suffix == Enclitic::kNone &&
                        token_trigger_[k] < 0 && !verb_only(k) && !(p.word_class & kWordFunction) &&
                        (m < 0 || (M(m).demonym >= 0 && M(m).first_token == k)) &&
                        text_.tokens[k - 1].kind == TokenKind::kWord;
      if (indefinite) return "describes the indefinite noun before it";
    }
    // أفرجت الجماعة عن صحفي كانت قد خطفته، أطلق سراح سائقين مصريين كانوا قد اختطفوا: so does a verb in the
    // pluperfect (a form of كان, then قد, with nothing between) right after an indefinite noun freed by a verb of
    // release before it in the sentence (CAMEO 0841): the earlier act (an abduction, an arrest) says who was freed;
    // the release is the news. (Not كان first in its clause, وكان مسلحون قد خطفوا, a report; nor a pluperfect after
    // one not freed, قتلت الشرطة رجلا كان قد هاجم دورية, whose act is news of the same report.)
    if (t.first >= 4 && !(tt.prefixes & (kProWa | kProFa))) {
      const uint32_t q = t.first - 1, v = t.first - 2;
      bool pluperfect = text_.tokens[q].prefixes == 0 && Bare(q) == "قد" && text_.tokens[v].prefixes == 0 &&
                        text_.tokens[v - 1].sentence == tt.sentence && IsKana(Bare(v));
      bool released = false;
      for (size_t h = hi; pluperfect && !released && h-- > 0 && text_.tokens[hits_[h].first].sentence == tt.sentence;) {
        const TriggerRecord* rr = ChooseRecord(hits_[h], *hit_payloads_[h]);
        released = rr != nullptr && rr->cameo == "0841" && hits_[h].end <= v - 1;
      }
      // (The freed are mostly people named by an agent noun, صحفي، ممرضتين: a mention may end on the noun.)
      const Token& p = text_.tokens[v - 1];
      const int32_t m = MentionAt(v - 1);
      const bool indefinite = p.kind == TokenKind::kWord && !(p.prefixes & kProAl) && p.suffix == Enclitic::kNone &&
                              token_trigger_[v - 1] < 0 && !(p.word_class & kWordFunction) &&
                              (m < 0 || M(m).end_token == v);
      if (released && indefinite) return "a pluperfect clause on one freed (an earlier act)";
    }
    // A verb of result (اعتداء على رتل عسكري أسفر عن مقتل ثلاثة جنود) or a verb joined by و to a
    // violent verb (الاعتداء الذي استهدف الملهى وأسفر عن سقوط قتلى) continues the phrase or the clause
    // before it, with no punctuation between: it is background when the event before it is.
    bool result = CueStartsAt(t.first, CueKind::kResult);
    bool joined = (tt.prefixes & kProWa) != 0;
    if (hi > 0 && (result || joined) && hit_background_[hi - 1] && (result || hit_occurrence_verb_[hi - 1]) &&
        hits_[hi - 1].end <= t.first && t.first - hits_[hi - 1].end <= kClauseReach * 2 &&
        text_.tokens[hits_[hi - 1].first].sentence == tt.sentence) {
      bool open = true;
      for (uint32_t k = hits_[hi - 1].end; k < t.first; ++k) open = open && !is_punct(k) && token_trigger_[k] < 0;
      if (open) return "continues a background phrase or clause";
    }
    // News reports what happened in the perfective (قتل، هاجموا); the imperfective (يقتلون، تستهدف)
    // states a habit, a generality or a scene, unless the word is also a perfective form or the
    // verb gives a toll (headline style: تفجير ... يقتل 60 شخصا).
    std::string_view w = Bare(t.first);
    // A present form in ا is the first person or the imperative (أقتل، اقتل شخصا ترهب عشرة): a
    // statement of intent or a maxim, not a report, even with a count.
    if (r.present && WordStartsWith(w, "ا")) {
      bool past = false;
      for (uint32_t p : *hit_payloads_[hi]) past = past || (!trig_.trigger(p).noun && !trig_.trigger(p).present);
      if (!past) return "first person or imperative: an intent or a maxim";
    }
    if (!r.present || counted) return nullptr;
    // هتافات تندد بالاحتلال: the chants of a crowd that the sentence reports are its protest, not a habit.
    if (r.flags & kFlagAfterChant) return nullptr;
    for (uint32_t p : *hit_payloads_[hi]) {
      const TriggerRecord& x = trig_.trigger(p);
      if (!x.noun && !x.present) return nullptr;
    }
    bool imperfective = WordStartsWith(w, "ي") || WordStartsWith(w, "ت") || WordStartsWith(w, "ن");
    if (!imperfective) return nullptr;
    // After لم the jussive is a past (لم يقصف الجيش سوى مواقع المسلحين: what it did shell, it shelled).
    if (t.first > c.first_token && (Bare(t.first - 1) == "لم" || Bare(t.first - 1) == "لما")) return nullptr;
    // After a past verb of seeing and its object (شاهد مسلحين يطلقون النار) the imperfective is the
    // scene that was seen: it happened (grammar.tsv kind saw). (رأى is an opinion cue, which makes
    // the event hypothetical.)
    for (uint32_t k = t.first; k > c.first_token && k + 4 >= t.first; --k) {
      if (CueStartsAt(k - 1, CueKind::kSaw)) return reported("the scene a witness saw");
      if (is_punct(k - 1)) break;
    }
    // الحوثيون يستهدفون سفينة تجارية، إسرائيل تغتال قياديا في حماس: a sentence that opens with a
    // named subject (an actor of the dictionaries, a state or its capital, or an agent with its
    // nationality) and goes on with the imperfective, in the style of a headline, reports the news.
    // A class of people (المتظاهرون يحتجون) is what generalities are stated about.
    if (HeadlineSubjectBefore(t.first)) return nullptr;
    // المعلمون يتظاهرون أمام الوزارة رفضا لقرار الحكومة، آلاف يتظاهرون تضامنا مع غزة، عمال المصنع يعتصمون
    // مطالبين بأجورهم: a protest in the imperfective with its purpose or its demand after it in its clause
    // (ProtestPurpose: grammar.tsv protest_purpose and demanding) names the motive of one occasion, which a generality
    // about a class has none of: the protest is reported, whatever names its crowd (a class with the article, a bare
    // count, a subject with its complement). The purpose noun after it is read as reported; the act it completes is.
    // (An act read as a protest only with such a purpose after it, يقتحمون ... احتجاجا, kFlagProtestPurpose, too. Not
    // with an adverb of habit after the verb, grammar.tsv adverb:habitual: يتظاهرون كل أسبوع رفضا للاستيطان is one.)
    if (Rarely(WordStartsWith(r.cameo, "14")) && ProtestPurpose(t)) {
      bool habit = false;
      const uint32_t end = std::min<uint32_t>(c.end_token, t.end + 2 * kClauseReach);
      for (const CueHit& q : CuesOfKindsIn(t.end, end, CueKind::kAdverb)) {
        habit = habit || (q.kind == CueKind::kAdverb && trig_.cue(q.record).role == CueRole::kHabitual);
      }
      if (!habit) return nullptr;
    }
    // الأطباء يعلقون العمل في المستشفيات الحكومية، يعلق المعلمون الدراسة: a profession, with the article, stops work as
    // one body; work stopped by it (a worker_doer line, whose subject WorkerSubject found) in a headline's order is the
    // strike reported, not a habit.
    if ((r.flags & kFlagWorkerDoer) && OpensHeadlineWithSubject(t)) return nullptr;
    // متظاهرون غاضبون يحرقون مقر البلدية: a crowd's act (a crowd_doer line) read as such for its headline's
    // crowd (CrowdSubject) is that crowd's protest reported, as a worker's is above.
    if (Rarely(r.flags & kFlagCrowdDoer) && CrowdSubject(t)) return nullptr;
    // ما زال المحتجون يعتصمون، لا تزال الطائرات تقصف: after "still" and its subject the imperfective
    // goes on now.
    for (uint32_t k = t.first; k >= c.first_token + 2 && k + 4 >= t.first; --k) {
      if (GoingOnAt(k - 2)) return nullptr;
      if (is_punct(k - 1)) break;
    }
    // The verb may open the sentence with its named subject after it (تقصف المدفعية الروسية خاركيف،
    // تشن إسرائيل غارات على لبنان): the headline's order of a verbal sentence.
    if (HeadlineSubjectAfter(t.first)) return nullptr;
    // يتظاهر المعلمون منذ أسبوع، تقصف المدفعية البلدة منذ ثلاثة أيام: with منذ and a short period (days,
    // weeks, a month, a date; not years, long_period) the imperfective goes on now, as a progressive.
    for (uint32_t k = t.end; k + 1 < c.end_token && k < t.end + kClauseReach; ++k) {
      if (is_punct(k)) break;
      if (Bare(k) != "منذ") continue;
      for (uint32_t j = k + 1; j < c.end_token && j <= k + 2; ++j) {
        if (CueStartsAt(j, CueKind::kTime) || (IsTimeWord(j) && !(WordKindsAt(j) & kLongPeriodWord))) return nullptr;
      }
      break;
    }
    // قالت روسيا إن أوكرانيا تنتهك اتفاق وقف إطلاق النار: a breach of a ceasefire a speaker says another commits, in
    // the present, is the speaker's charge (SpeakersCharges), not a habit.
    if (r.cameo == "196") {
      const Sentence& s = text_.sentences[tt.sentence];
      for (const CueHit& q : CuesIn(s.first_token, t.first)) {
        if (q.kind == CueKind::kReported && q.first >= s.first_token && q.end <= t.first) return nullptr;
      }
    }
    return "imperfective verb: a habit or a generality";
  }
  // A verbal noun reports an event where the sentence presents it as happening: with its toll, at the
  // head of the sentence or of a list item, as the subject of a reported clause whose verb is
  // perfective (قال إن الهجوم نفذه ...), next to a perfective verb of occurrence (وقع الهجوم، تعرضت
  // القافلة لهجوم، أسفر عن مقتل، الهجوم أسفر عن), as the complement of a verb (indefinite
  // accusative: شنوا هجوما، احتجاجا على), anchored by a recent date (هجمات أمس), as the means or
  // circumstance of a violent verb (قتل ثلاثة في هجوم) or joined by و to a reported event. Elsewhere
  // (ذكرى اغتيال، أدان الهجوم، بعد مقتل، المتهمين بالتفجير) it names an event reported before.
  // كحروبه، كدروع بشرية، كحملات إبادة: a noun after كـ ("like, as") compares or qualifies; it reports
  // no event of its own.
  if (tt.prefixes & kProKa) return "a comparison or a role (after كـ)";
  // بتهمة قتل، وجه إليه تهم تفجير، المتهم بالاغتيال: the offence a charge names is what a prosecution
  // is about, an act reported before; the arrest or the trial is the news.
  if (t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kCharge) return "the offence of a charge";
  // بعد إدانتهم بالمشاركة في أعمال شغب، بتهمة التورط في اغتيال: so is the act after في or عن that follows a part taken
  // in it, a noun with بـ or after a charge word with بـ (بتهمة), right after the charge word.
  if (t.first >= c.first_token + 3 && GrammarWordAt(t.first - 3) == GrammarWord::kCharge &&
      token_trigger_[t.first - 2] < 0 && text_.tokens[t.first - 2].kind == TokenKind::kWord &&
      ((text_.tokens[t.first - 2].prefixes & kProBi) || (text_.tokens[t.first - 3].prefixes & kProBi) ||
       WordStartsWith(Bare(t.first - 3), "ب"))) {
    std::string_view p = Bare(t.first - 1);
    if ((p == "في" || p == "عن") && text_.tokens[t.first - 1].suffix == Enclitic::kNone) {
      return "the offence of a charge";
    }
  }
  // عام 1988، في عام 2005، سنة 2002، عامي 1965 و1966: a verbal noun whose clause places it in a year before
  // the document's (any year, for a document without a date) names a past event, even with its toll,
  // unless the clause also dates it as recent (أمس ... في أول هجوم في عام 2008). منذ 2003 "since"
  // places nothing in that year. (A finite verb with such a year is the sentence's own statement:
  // event_dating.cc dates it to that year.)
  // (A year is a number: only the analyzer's list of the tokens in figures is read, from the clause's second
  // token, not every word.)
  const std::vector<uint32_t>& figures = text_.number_tokens;
  for (auto f = std::lower_bound(figures.begin(), figures.end(), c.first_token + 1);
       f != figures.end() && *f < c.end_token; ++f) {
    const uint32_t k = *f;
    if (!EarlierYear(k)) continue;
    BareText p = Bare(k - 1);
    // (Or the year of a date in figures: في 17/2/ 1986.)
    bool numeric_date = p == "/" && k >= c.first_token + 2 && text_.tokens[k - 2].kind == TokenKind::kNumber;
    if (p != "عام" && p != "عامي" && p != "سنه" && p != "في" && !numeric_date) continue;
    if (p != "في" && k >= c.first_token + 2 && Bare(k - 2) == "منذ") continue;  // منذ العام 2003
    if (RecentDateWithin(c.first_token, c.end_token)) break;
    return "a noun placed in a past year (an earlier event)";
  }
  // في أكتوبر الماضي، يوم 21 سبتمبر الماضي، في يوليو (تموز) الماضي، الشهر الماضي: so is the genitive of
  // a noun of reference (victims, compensation, a trial, an anniversary: grammar.tsv kind reference)
  // whose clause places it in a past month (تعويضات لأسر ضحايا تفجير مقديشو الذي وقع في أكتوبر الماضي),
  // unless the clause also dates it as recent. Month names, the ordinals of two-word names (تشرين
  // الأول) and brackets may stand between the month and the word of the past (kinds month and past).
  bool of_reference = t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kReference;
  for (uint32_t k = c.first_token; of_reference && k < c.end_token; ++k) {
    if (GrammarWordAt(k) != GrammarWord::kMonth) continue;
    bool past = false;
    for (uint32_t j = k + 1; j < c.end_token && j <= k + 3 && !past; ++j) {
      GrammarWord h = GrammarWordAt(j);
      past = h == GrammarWord::kPast;
      if (h != GrammarWord::kMonth && !past && !(is_punct(j) && !CommaAt(j))) break;
    }
    if (!past) continue;
    if (RecentDateWithin(c.first_token, c.end_token)) break;
    return "the genitive of a noun of reference, placed in a past month (an earlier event)";
  }
  // نفذ ذوو ضحايا تفجير السوق اعتصاما، طالبت عائلات قتلى قصف المستشفى بالتحقيق، محاكمة منفذي الهجوم على الكنيسة: a
  // violent noun in the genitive of a noun of reference (victims, the dead, perpetrators) itself the genitive of
  // another (families, a trial, compensation, an anniversary) names the people by an event told before: the families
  // of its victims act, or are spoken of, now; the event is theirs to name, not the news. (Not where the clause dates
  // it as recent: تعويضات لأسر ضحايا القصف الذي استهدف السوق أمس.)
  if (NamedByEarlierEvent(t.first, c) && !RecentDateWithin(c.first_token, c.end_token)) {
    return "the genitive of the victims or perpetrators of a noun of reference (an earlier event)";
  }
  // بعد هجوم انتحاري ... مما أسفر عن سقوط 35 قتيلا: a casualty count right after a background verb of
  // result counts that verb's victims: it is background too.
  if (hi > 0 && hit_background_[hi - 1] && hit_verb_[hi - 1] && hits_[hi - 1].end <= t.first &&
      text_.tokens[hits_[hi - 1].first].sentence == tt.sentence &&
      (hits_[hi - 1].end == t.first || quantity_end_[hits_[hi - 1].end] == t.first)) {
    return "the toll of a background verb";
  }
  // ارتفاع حصيلة التفجيرين ... الى 68 قتيلا: a count after a toll word of its sentence (grammar.tsv kind
  // toll) is the new toll of an event reported before, unless a recent date between the two dates the
  // event (ارتفعت حصيلة القصف الذي استهدف سوقا أمس إلى 15 قتيلا).
  if (counted) {
    for (uint32_t k = text_.sentences[c.sentence].first_token; k < t.first; ++k) {
      if (GrammarWordAt(k) != GrammarWord::kToll) continue;
      // (عدد القتلى، عدد الضحايا: عدد is a toll word only right before a casualty noun; قتل عدد من الجنود.)
      if (Bare(k) == "عدد" && !CasualtyNounAt(k + 1)) continue;
      if (RecentDateWithin(k, t.first)) break;
      // ارتفاع حصيلة الاشتباكات في الخرطوم إلى 20 قتيلا، ارتفاع عدد قتلى المواجهات المسلحة بين الفصيلين: clashes
      // (a mutual line of triggers.tsv) in the toll word's genitive, or its casualty noun's, go on as their toll rises:
      // the rise reports them. (Not a bombing's or a strike's toll, told before.)
      const uint32_t g = k + 1 < t.first && CasualtyNounAt(k + 1) ? k + 2 : k + 1;
      bool clashes = false;
      if (g < t.first && token_trigger_[g] >= 0 && hits_[token_trigger_[g]].first == g) {
        for (uint32_t p : *hit_payloads_[token_trigger_[g]]) {
          const TriggerRecord& x = trig_.trigger(p);
          clashes = clashes || ((x.flags & kFlagMutual) && x.plover == PloverType::kAssault);
        }
      }
      if (clashes) break;
      return "an update of the toll of an event reported before";
    }
  }
  if (counted) return reported("with its toll");
  // (A word the word list knows as a verb, also when it knows it as a noun too: توقفت، أغلقت.)
  auto opens_with_verb = [&] {
    const Token& v = text_.tokens[c.first_token];
    return v.kind == TokenKind::kWord && (v.word_class & kWordVerb) && !(v.prefixes & kProAl) &&
           MentionAt(c.first_token) < 0;
  };
  // (Not a strike qualified as former, خلال إضراب عام سابق: one told before.)
  auto former = [&] {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 2; ++k) {
      if (GrammarWordAt(k) == GrammarWord::kFormer) return true;
    }
    return false;
  };
  // أغلقت المحلات التجارية أبوابها في إضراب شامل، توقفت الحركة في كراتشي بسبب إضراب سائقي الأجرة: an indefinite strike
  // named as the circumstance of the verb its clause opens with (the shops closing, the traffic stopping) took place,
  // and is what the clause reports. (A strike called or threatened is read by its cue of intention; a definite one,
  // بسبب الإضراب, is the strike told before; a word of low confidence, مقاطعة also "province", needs more. Before the reading of causes and times below, which takes a cause as an
  // event told before.)
  if (t.first > c.first_token + 1 && GrammarWordAt(t.first - 1) == GrammarWord::kCircumstance &&
      WordStartsWith(r.cameo, "143") && !r.low_confidence && !IsDefinite(text_, tt) && opens_with_verb() && !former()) {
    return reported("a strike named as the circumstance of its clause's verb");
  }
  // أنهت نقابات المعلمين في أربيل مقاطعتها للدوام، علق عمال الموانئ في الجزائر إضرابهم: the phrase of an ending
  // (a "-" line of triggers.tsv, أنهى مقاطعتها) split by its subject and a place after it, wider than a split phrase is
  // read: the protest noun with its doers' pronoun is the object of the verb that opens its clause, and the two make
  // no event. (Only a protest noun with a pronoun, past its clause's first words: the trie is stepped from the verb.)
  if (r.noun && r.plover == PloverType::kProtest && tt.suffix != Enclitic::kNone && t.first > c.first_token + 2) {
    const PhraseMatcher& tm = trig_.triggers();
    const TokenKeys::Keys& fk = rec_.keys.tokens[c.first_token];
    for (int k = 0; k < fk.count; ++k) {
      const uint32_t id = tm.WordId(fk.key[k], fk.hash[k]);
      const uint32_t node = id == PhraseMatcher::kNoWord ? 0 : tm.Step(0, id);
      if (node == 0) continue;
      uint32_t end = t.first;
      const std::vector<uint32_t>* one_word = nullptr;
      const std::vector<uint32_t>* payloads = RestOfPhrase(node, t.first, c.end_token, &end, &one_word);
      if (payloads != nullptr && end >= t.end && NoEventPhrase(*payloads)) {
        return "a protest its doers ended (أنهت النقابات في المدينة مقاطعتها): no new one";
      }
    }
  }
  // مواجهات 2019، احتجاجات عام 2014، هجمات 2015: an event noun named by an earlier year right after it (or عام،
  // سنة and the year) is a past event told by its date, background. (Not a noun of a toll or of arrests, whose number
  // after it may be a count: اعتقال 2000 شخص.)
  if (r.noun && !(r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) && t.end < c.end_token &&
      (EarlierYear(t.end) ||
       (t.end + 1 < c.end_token && (WordKindsAt(t.end) & kTimeUnitWord) && EarlierYear(t.end + 1)))) {
    return "an event named by its earlier year (مواجهات 2019)";
  }
  // After a temporal preposition (بعد مقتل، منذ بدء الاعتداء، قبل عملية الخطف) the noun dates another
  // event; it is reported only as the circumstance of a reported violent verb (قتل شخص إثر انفجار).
  bool dated_by = false;
  for (uint32_t k = t.first, step = 0; k > c.first_token && step < 2 && !dated_by; --k, ++step) {
    uint32_t kinds = WordKindsAt(k - 1);
    dated_by = dated_by || (kinds & kTemporalPrepositionWord);
    bool aspect = (kinds & kAspectWord) != 0;
    if (!aspect) break;
  }
  // بعد أيام من أعمال شغب، بعد ثلاثة أشهر من الاحتجاجات، منذ سنوات من الحرب: a span of time and its من between
  // the preposition and the noun date another event by it as well.
  if (!dated_by && t.first >= c.first_token + 3 && Bare(t.first - 1) == "من" &&
      text_.tokens[t.first - 1].prefixes == 0 && (WordKindsAt(t.first - 2) & kTimeUnitWord)) {
    uint32_t k = t.first - 3;
    const Token& n = text_.tokens[k];
    const bool count = n.kind == TokenKind::kNumber || (n.kind == TokenKind::kWord && (n.word_class & kWordNumber));
    if (k > c.first_token && count) --k;
    dated_by = (WordKindsAt(k) & kTemporalPrepositionWord) != 0;
  }
  if (dated_by) {
    // (Not of a verb that is itself background: in قتل عشرة آلاف مدني منذ بدء الغزو the killings are a
    // statistic, and the invasion after منذ بدء only starts their period.)
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (hit_occurrence_verb_[j] && hit_emitted_[j] && !hit_background_[j]) {
        return reported("circumstance of a reported violent verb");
      }
    }
    // فر السكان بعد هجوم شنته قوات الدعم السريع، عقب هجوم انتحاري تبنته طالبان: an indefinite noun whose
    // doer a verb of carrying out names right after it (an adjective may stand between) is told as news,
    // not recalled; a known event is definite (بعد الهجوم الذي شنته). (Not in a clause that names an
    // earlier year: منذ 1999 بعد ضربات جوية شنها حلف الأطلسي is history.)
    bool past_year = false;
    for (uint32_t k = c.first_token; k < c.end_token && !past_year; ++k) past_year = EarlierYear(k);
    // سيطرت الفصائل على المدينة بعد معارك عنيفة مع الجيش، اعتقلت الشرطة عشرة بعد اشتباكات مع المحتجين: an indefinite
    // noun of fighting (19, fought with someone: its target after مع) after a reported act of material conflict (quad
    // class 4: a capture, an arrest) in its clause is the fighting that act came out of, told with it as news. (Not a
    // one-sided act, بعد اقتحام الآلاف الحدود, which may be the background the act answers.)
    if (!(tt.prefixes & kProAl) && !past_year && r.noun && (r.target & kTargetMaa) && WordStartsWith(r.cameo, "19")) {
      for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
        if (!hit_verb_[j] || !hit_emitted_[j] || hit_background_[j]) continue;
        const TriggerRecord* before = ChooseRecord(hits_[j], *hit_payloads_[j]);
        const CameoCode* code = before != nullptr ? ont_.Find(before->cameo) : nullptr;
        if (code != nullptr && code->quad_class == 4) {
          return reported("the fighting a reported act of conflict came out of (سيطرت على المدينة بعد معارك)");
        }
      }
      // دخلت وحدات الجيش السوري مدينة سراقب بعد معارك مع الفصائل، دخلت القوات العراقية الفلوجة بعد اشتباكات مع
      // المسلحين: a clause that opens with a verb (no trigger: an entry, a move) whose subject right after it is an armed
      // force tells that force's move out of the fighting, news with it, as a capture does.
      const Token& v = text_.tokens[c.first_token];
      const int32_t m = c.first_token + 1 < t.first ? MentionAt(c.first_token + 1) : -1;
      if (v.kind == TokenKind::kWord && (v.word_class & kWordVerb) && !(v.prefixes & kProAl) &&
          MentionAt(c.first_token) < 0 && token_trigger_[c.first_token] < 0 && m >= 0 &&
          M(m).first_token == c.first_token + 1 && M(m).is_actor && IsArmed(M(m).sector)) {
        return reported("the fighting an armed force's move came out of (دخلت القوات المدينة بعد معارك)");
      }
    }
    if (!(tt.prefixes & kProAl) && !past_year) {
      for (uint32_t k = t.end; k < c.end_token && k <= t.end + 1; ++k) {
        if (!CueStartsAt(k, CueKind::kPerpetrate)) continue;
        uint32_t after = k + 1;
        while (after < c.end_token && CueStartsAt(after - 1, CueKind::kPerpetrate) && after < k + 4 &&
               MentionAt(after) < 0) {
          ++after;  // the cue may be two words (أعلن مسؤوليته عن)
        }
        if (int32_t m = MentionAt(after); m >= 0 && M(m).first_token == after && IsActorLike(m)) {
          return reported("an indefinite event with its doer named after it (بعد هجوم شنه مسلحون)");
        }
      }
    }
    return "dates another event (after a temporal preposition)";
  }
  // لا يزال القصف متواصلا، لم تتوقف الاشتباكات: the subject of a negated verb of ceasing goes on.
  if (t.first >= c.first_token + 2 && GoingOnAt(t.first - 2)) {
    return reported("the subject of a verb of going on (ما زال، لم يتوقف)");
  }
  // تحولت الجنازة إلى مسيرة غاضبة ضد قوات الأمن، تحولت جنازة ضحايا القصف إلى مظاهرة: a protest a gathering
  // turned into, after the إلى of a verb of becoming (word_kinds.tsv kind becoming) in its clause, its subject
  // between (nouns of events in it too, not another verb), happened. (Only a protest: تحولت المدينة إلى مقبرة
  // جماعية is a figure.)
  if (t.first > c.first_token + 1 && Bare(t.first - 1) == "الي" && text_.tokens[t.first - 1].prefixes == 0) {
    const CameoCode* code = ont_.Find(r.cameo);
    for (uint32_t k = t.first - 1; code != nullptr && code->plover_type == PloverType::kProtest && k > c.first_token &&
                                    k + 2 * kClauseReach >= t.first;
         --k) {
      if (WordKindsAt(k - 1) & kBecomingWord) return reported("what a gathering turned into (تحولت الجنازة إلى مسيرة)");
      int32_t h = token_trigger_[k - 1];
      if (is_punct(k - 1) || verb_only(k - 1) || (h >= 0 && hit_verb_[static_cast<size_t>(h)])) break;
    }
  }
  // توجه آلاف المحتجين نحو البرلمان في مسيرة، زحف المزارعون نحو العاصمة في مسيرة احتجاجية: an indefinite march
  // or demonstration after في, with a verb of a crowd's motion before it in its clause (word_kinds.tsv kind motion) and
  // no other event or punctuation between, is the manner of the motion: the march took place, as after خرج.
  if (r.noun && t.first > c.first_token + 1 && Bare(t.first - 1) == "في" && text_.tokens[t.first - 1].prefixes == 0 &&
      !(tt.prefixes & kProAl) && tt.suffix == Enclitic::kNone && r.plover == PloverType::kProtest) {
    for (uint32_t k = t.first - 1; k > c.first_token && k + 2 * kClauseReach >= t.first; --k) {
      // (The verb of motion may be a trigger of its own, زحف، سار: one read only with a sign of protest. Not a future,
      // سيتوجهون: the march is to come. A purpose with لـ between, سيتوجهون إلى النجف للمشاركة في مظاهرة، توجهوا لحضور
      // مسيرة, makes the march what the motion is for, no manner of it.)
      const Token& v = text_.tokens[k - 1];
      if ((WordKindsAt(k - 1) & kMotionWord) && !(v.prefixes & (kProAl | kProSa)) && MentionAt(k - 1) < 0) {
        return reported("the manner of a crowd's motion (توجه الآلاف إلى القصر في مسيرة)");
      }
      if (is_punct(k - 1) || other_trigger(k - 1) || (v.prefixes & kProLi)) break;
    }
  }
  // وردت أنباء عن اشتباكات، ترددت أنباء عن اعتقال عشرات الطلاب: the event that news or reports tell of (a
  // reported cue of cues.tsv ending in عن right before the noun) is presented as having happened, on their
  // word (the cue makes it reported).
  if (t.first > c.first_token + 1 && CueEndsBefore(t.first, CueKind::kReported) && Bare(t.first - 1) == "عن") {
    return reported("what news or reports tell of (وردت أنباء عن)");
  }
  // أفادت مصادر محلية بمقتل قيادي، أبلغ ناشطون باعتقال صحفي: the verbal noun after بـ, past the subject of a verb
  // of reporting (cues.tsv kind reported) that stands between them, is the news it reports (the cue makes it
  // reported).
  if (t.first > c.first_token + 1 && (text_.tokens[t.first].prefixes & kProBi) && ReportedByVerb(t.first, c)) {
    return reported("what a verb of reporting tells of (أفادت مصادر بمقتل)");
  }
  // فشلت قوات الأمن في منع الهجوم، أخفقت الشرطة في منع الاحتجاجات: what a failed prevention did not stop
  // happened.
  if (t.first > c.first_token + 2 && CueEndsBefore(t.first, CueKind::kNegation)) {
    for (const CueHit& q : CuesEndingAt(t.first)) {
      if (q.end == t.first && Undoing(q) && FailedAt(q.first, c)) return reported("what a failed prevention did not stop");
    }
  }
  uint32_t s_first = text_.sentences[c.sentence].first_token;
  uint32_t before = t.first;  // the token before the noun, quotation marks skipped
  while (before > s_first) {
    BareText p{text_.Norm(text_.tokens[before - 1])};
    if (p != "«" && p != "»" && p != "\"" && p != "(" && p != "“") break;
    --before;
  }
  // إضراب الجوع وسيلة احتجاج قديمة، المقاطعة الاقتصادية سلاح فعال: at the head of a sentence with no verb,
  // a noun whose predicate is a noun of kind (a means, a right, a crime) is spoken of in general.
  // (So after a headline's label, a speaker's or a dateline's: قائد السبسي: الاحتجاج السلمي حق.)
  if (GeneralPredicate(hi, c, before)) return "the subject of a general statement (X is a means, a right)";
  // الغارة لم تسفر عن ضحايا: right after the noun, لم and the jussive of a verb of result or occurrence is a
  // past; the event it tells about happened (what is negated is its result). (Not further on:
  // تدميرها في حال لم يتم إقفالها is a condition.)
  if (t.end + 1 < c.end_token && Bare(t.end) == "لم" &&
      (CueStartsAt(t.end + 1, CueKind::kResult) || CueStartsAt(t.end + 1, CueKind::kOccurrence))) {
    return reported("before a verb of occurrence", ReportedKind::kBeforeOccurrence);
  }
  // لم تسفر الغارة الإسرائيلية على خان يونس عن سقوط قتلى، لم يؤد الهجوم إلى سقوط ضحايا: the cause between a
  // negated verb of result and its عن or إلى is the verb's subject; it happened (what is negated is its
  // result).
  if (t.first >= c.first_token + 2 && Bare(t.first - 2) == "لم" && CueStartsAt(t.first - 1, CueKind::kResult)) {
    return reported("the cause after a negated verb of result");
  }
  if (before == s_first) return reported("at the head of the sentence");
  BareText prev_norm{BareWord(text_.Norm(text_.tokens[before - 1]))};
  // (Also after a wire's bar or a headline's two dots, عاجل | غارات على مواقع للمسلحين، درعا.. غارات.)
  if (IsLabelMark(prev_norm) || prev_norm == "*") {
    return reported("at the head of a list item or a headline");
  }
  // The accusatives listed in triggers.tsv (احتجاجا، هجوما، إضرابا) are the complements and adverbials
  // of news (نفذوا هجوما، احتجاجا على); a generated one (حربا، قمعا) is reported only as the other
  // reasons below say (after a verb of occurrence, with a recent date).
  std::string_view word = BareWord(text_.Norm(tt));
  bool listed_accusative = false;
  for (uint32_t p : *hit_payloads_[hi]) {
    std::string_view f = trig_.trigger(p).form;
    listed_accusative = listed_accusative || (trig_.trigger(p).noun && EndsInAccusativeAlif(f, 1));
  }
  if (listed_accusative && !(tt.prefixes & (kProAl | kPrepClitics)) && EndsInAccusativeAlif(word, 2) &&
      trig_.triggers().WordId(BeforeAccusativeAlif(word)) != PhraseMatcher::kNoWord) {
    return reported("indefinite accusative: complement or adverbial of a verb");
  }
  if (RecentDateWithin(t.end, std::min(c.end_token, t.end + kClauseReach))) return reported("a recent date after it");
  // للاحتجاج على، للتظاهر ضد: a protest noun of purpose, with its object, says why the crowd the sentence
  // names acted (شكل المتظاهرون سلسلة بشرية للاحتجاج على الزيارة), as the accusative احتجاجا على does.
  // Without a crowd it is the purpose of another act (استدعت الوزارة السفير للاحتجاج على): no protest.
  if ((tt.prefixes & kProLi) && (tt.prefixes & kProAl) && t.end < c.end_token &&
      (Bare(t.end) == "علي" || Bare(t.end) == "ضد")) {
    const CameoCode* code = ont_.Find(r.cameo);
    const Sentence& s = text_.sentences[c.sentence];
    bool crowd = false;
    for (uint32_t k = s.first_token; code != nullptr && code->plover_type == PloverType::kProtest && !crowd && k < s.end_token; ++k) {
      crowd = CueStartsAt(k, CueKind::kCrowd);
    }
    if (crowd) return reported("purpose of the crowd's act (للاحتجاج على)");
  }
  BareText prev = Bare(before - 1);
  if (prev == "ان" || prev_norm == "بان" || prev_norm == "وان") {
    uint32_t end = std::min(text_.sentences[c.sentence].end_token, t.end + 8);
    // A relative clause describing the subject (إن القذائف التي أطلقتها ... من صنع إيران) is not the
    // clause's predicate: its verb is skipped.
    // The predicate may be negated: after لم the verb is a jussive, a past (إن الهجوم لم يسفر عن
    // إصابات: the attack happened); after لن it is a future (فإن إطلاق الصواريخ لن يتوقف): nothing
    // is presented as having happened.
    bool in_relative = false;
    bool jussive = false;
    for (uint32_t k = t.end; k < end; ++k) {
      if (CueStartsAt(k, CueKind::kRelative)) {
        in_relative = true;
        continue;
      }
      if (!in_relative && CueStartsAt(k, CueKind::kNegation)) {
        if (Bare(k) == "لن") break;
        jussive = Bare(k) == "لم";
        if (jussive) continue;
      }
      if (in_relative && (other_trigger(k) || PerfectiveOccurrence(k, kStartsHere) || verb_only(k))) {
        in_relative = false;
        continue;
      }
      if (other_trigger(k) && !trig_.trigger(hit_payloads_[token_trigger_[k]]->front()).noun) {
        return reported("subject of a reported clause");
      }
      if (PerfectiveOccurrence(k, kStartsHere)) return reported("subject of a reported clause");
      if (verb_only(k)) {
        std::string_view v = Bare(k);
        bool imperfective = WordStartsWith(v, "ي") || WordStartsWith(v, "ن");
        if (!imperfective || jussive) return reported("subject of a reported clause");
        break;
      }
    }
  }
  // A verb of undergoing takes its subject, however long, before its noun (تعرضت قاعدة تابعة للجيش في
  // شرق الجزيرة أمس إلى هجوم): it reaches further back than the other verbs of occurrence.
  constexpr uint32_t kUndergoReach = 2 * kClauseReach;
  bool indefinite_noun = !(tt.prefixes & (kProAl | kPrepClitics)) && tt.suffix == Enclitic::kNone;
  // A noun after في is where or in what the act took place, never the object of a verb of
  // occurrence (وقام ... بهذه المهمة في مقاطعة لياونينغ، وقام المتهم الرئيسي في اغتيال ... برحلات);
  // only a verb whose subject is the event takes it (خرج المئات في مظاهرة).
  bool after_fi = t.first > c.first_token && Bare(t.first - 1) == "في";
  auto happening_ends_before = [&](uint32_t k) {
    if (!CueEndsBefore(k, CueKind::kOccurrence)) return false;  // (the index first: most tokens end none)
    for (const CueHit& q : CuesEndingAt(k)) {
      if (q.end == k && q.kind == CueKind::kOccurrence && trig_.cue(q.record).happening) return true;
    }
    return false;
  };
  // نجح انتحاري في تفجير نفسه: what a verb of succeeding, ending before `k`, succeeded in follows في, and happened.
  auto success_ends_before = [&](uint32_t k) {
    for (const CueHit& q : CuesEndingAt(k)) {
      if (q.end == k && q.kind == CueKind::kOccurrence && trig_.cue(q.record).role == CueRole::kSuccess) return true;
    }
    return false;
  };
  auto success_starts_at = [&](uint32_t k) {
    for (const CueHit& q : CuesIn(k, k + 1)) {
      if (q.first == k && q.kind == CueKind::kOccurrence && trig_.cue(q.record).role == CueRole::kSuccess) return true;
    }
    return false;
  };
  // A one-word imperfective verb of occurrence at `v` (يعلن، تشن), as a headline has it.
  auto present_occurrence = [&](uint32_t v) {
    return CueStartsAt(v, CueKind::kOccurrence) && CueEndsBefore(v + 1, CueKind::kOccurrence) &&
           text_.tokens[v].suffix == Enclitic::kNone && (WordStartsWith(Bare(v), "ي") || WordStartsWith(Bare(v), "ت"));
  };
  // إسرائيل تشن أكثر من 300 غارة على مواقع في سوريا، الجيش ينفذ 40 غارة في يومين: a count of the events may
  // stand between a headline's verb and its noun; the count of the days reported is their news (a count since a war
  // or over months, CountOverPeriod, has been read before). The first token of that count, or the noun's own.
  uint32_t counted_from = t.first;
  if (t.first > c.first_token + 2) {
    for (const Quantity& q : QuantitiesTouching(t.first - 1, t.first - 1)) {
      if (q.unit.empty() && q.end_token == t.first && q.first_token > c.first_token) counted_from = q.first_token;
    }
  }
  for (uint32_t k = t.first; k + kUndergoReach >= t.first; --k) {
    // تم، جرى take their verbal noun right after them (تم اختطاف): further on, another noun is theirs.
    BareText light = k > 0 ? Bare(k - 1) : BareText{};
    bool light_verb = light == "تم" || light == "جري" || light == "يتم" || light == "يجري";
    // A verb of occurrence with an object pronoun (الحرب التي شنها ... لوقف أعمال قمع، هجوم نفذه) or
    // a verbal noun with a possessive (إثر تعرضه لعملية تفجير) takes the event named before it or in
    // the pronoun, not a noun after it.
    // An imperfective in ي (وينفذ عمليات عسكرية) states a habit: it presents nothing as having happened.
    // After إنّ / أنّ a word is a noun, not a past verb (إن تبني الحركة إطلاق الصواريخ: "adopting", not
    // تبنّى "adopted"; إن شهدت: the conditional "if"), light verbs aside (أفاد أن تم اعتقال).
    bool after_anna = k >= 2 && !light_verb && CueStartsAt(k - 1, CueKind::kOccurrence) && Bare(k - 2) == "ان" &&
                      text_.tokens[k - 2].suffix == Enclitic::kNone;
    // A word with the article is a noun, never the verb (توعدت حماس بالرد على اغتيال قادتها: the response is
    // the threatened act, the assassination one told before).
    bool takes_next = k > 0 && !after_anna && text_.tokens[k - 1].suffix == Enclitic::kNone &&
                      !WordStartsWith(Bare(k - 1), "ي") &&
                      !(text_.tokens[k - 1].prefixes & kProAl) &&
                      (CueEndsBefore(k, CueKind::kOccurrence) || CueEndsBefore(k, CueKind::kResult) ||
                       CueEndsBefore(k, CueKind::kUndergo));
    // An indefinite noun is the object of the verb however long its subject (نظم معلمون وعاملون في
    // القطاع الصحي في ميانمار مسيرة صامتة), as the subject of a verb of undergoing is.
    bool near = k + kClauseReach >= t.first || CueEndsBefore(k, CueKind::kUndergo) || indefinite_noun;
    // قامت مجموعة مسلحة تابعة لتنظيم القاعدة في بلاد المغرب الإسلامي باختطاف: a verbal noun after بـ or على takes the
    // verb before its doer's description, the names in it counted as one word each.
    auto near_past_names = [&]() {
      if (!(tt.prefixes & kProBi) && !(t.first > c.first_token && Bare(t.first - 1) == "علي")) return false;
      uint32_t words = 0;
      for (uint32_t j = k; j < t.first && words <= kClauseReach; ++j) {
        int32_t m = MentionAt(j);
        if (m < 0 || M(m).first_token == j) ++words;
      }
      return words <= kClauseReach;
    };
    if (PerfectiveOccurrence(k, kEndsBefore) && takes_next && (!light_verb || k == t.first) && (near || near_past_names()) &&
        (!after_fi || happening_ends_before(k) || success_ends_before(k))) {
      return reported("after a verb of occurrence", ReportedKind::kAfterOccurrence);
    }
    // لم يكتف الجيش بقصف المدينة، لم تتردد الشرطة في إطلاق النار، لم يتوان الجيش عن قصف: a verb of occurrence that is
    // one of stopping short or of hesitating (grammar.tsv continuing), its jussive after لم, presents the act after it,
    // past its subject, as done (also after في, where no other verb of occurrence takes its object). Only with its
    // subject named right after it: of one unnamed, لم يتردد في مهاجمة الحكومة في خطابه may be words.
    if (k >= 2 && k < t.first && GrammarWordAt(k - 1) == GrammarWord::kContinuing && Bare(k - 2) == "لم" &&
        text_.tokens[k - 2].prefixes == 0 && CueEndsBefore(k, CueKind::kOccurrence) && MentionAt(k) >= 0 &&
        M(MentionAt(k)).first_token == k && (near || near_past_names())) {
      return reported("after a negated verb of stopping short (لم يكتف)");
    }
    // الحوثيون يعلنون استهداف مدمرة: in a headline, the imperfective verb of occurrence after its named
    // subject presents the noun right after it as news.
    if ((k == t.first || k == counted_from) && k >= 2 && !after_fi && present_occurrence(k - 1) &&
        HeadlineSubjectBefore(k - 1)) {
      return reported("after a headline's verb of occurrence");
    }
    // آلاف العمانيين يخرجون بعد صلاة الجمعة في مسيرة، طلاب ينطلقون من الجامعة في مظاهرة: the present of a verb
    // of happening (grammar.tsv happening) after a headline's subject takes the event noun after في a few words on, as
    // its past does (خرج المئات في مظاهرة): the march the crowd went out in, news.
    if (Rarely(after_fi) && k < t.first && near && present_occurrence(k - 1) && happening_ends_before(k) &&
        HeadlineSubjectBefore(k - 1)) {
      return reported("after a headline's present verb of happening (يخرجون في مسيرة)");
    }
    // تتواصل الاحتجاجات في السويداء، يستمر اعتصام الأطباء، تعم المظاهرات المدن: the present of a verb of happening
    // that is one of going on (word_kinds.tsv continuation), bare or after و, with the event noun right after it as
    // its subject, tells the event going on now. (After a negation, لا تتواصل، لن تتوقف, it does not; after a future,
    // ستتواصل, the verb is no bare word.) (The cue index first, then the word's kind.)
    if (k == t.first && k >= 1 && !after_fi && CueStartsAt(k - 1, CueKind::kOccurrence) &&
        !(text_.tokens[k - 1].prefixes & ~kProWa) && text_.tokens[k - 1].suffix == Enclitic::kNone &&
        happening_ends_before(k) && (WordKindsAt(k - 1) & kContinuationWord) &&
        !CueEndsBefore(k - 1, CueKind::kNegation)) {
      return reported("after the present of a verb of going on");
    }
    // تشن إسرائيل غارات على لبنان: the same verb opening the sentence, its named subject between.
    if (k == t.first && k >= 2 && !after_fi) {
      int32_t subject = MentionAt(k - 1);
      uint32_t v = subject >= 0 ? M(subject).first_token - 1 : 0;
      if (subject >= 0 && M(subject).end_token == k && M(subject).first_token >= 1 && present_occurrence(v) &&
          HeadlineSubjectAfter(v)) {
        return reported("after a headline's verb of occurrence and its subject");
      }
    }
    // (A phrase that names no event and describes the subject is passed: أقدم رجل يعاني من اضطرابات عقلية على قتل. So
    // is the event that names the subject's people, NamedByEarlierEvent: نفذ ذوو ضحايا تفجير الكرادة اعتصاما.)
    if (k <= c.first_token ||
        (other_trigger(k - 1) && !DescribingNoEventAt(k - 1) && !NamedByEarlierEvent(k - 1, c))) {
      break;
    }
    if (is_punct(k - 1)) {
      // أطلق حزب الله، المدعوم من إيران، رشقة من الصواريخ: an insertion between commas after the subject
      // (PastInsertion) is passed over to the subject and the verb before it.
      uint32_t opening = InsertionOpening(k, c);
      if (opening == k) break;
      k = opening + 1;  // (the loop's step lands on the opening comma)
      continue;
    }
    // قام مسلحون يرتدون زيا عسكريا بمهاجمة، قامت امرأة اعتنقت الإسلام بتفجير نفسها: a verb right after an
    // indefinite actor opens a relative clause on it (no relative pronoun follows an indefinite noun); the
    // walk goes on past it to the verb of occurrence whose subject the actor is.
    if (verb_only(k - 1) && !RelativeVerbAfterIndefinite(k - 1)) break;
    BareText w = Bare(k - 1);
    // شنت طائرات قيل إنها روسية غارات، شن مسلحون يعتقد أنهم من داعش هجوما: a supposition about who the subject is,
    // its cue of one word or two (يشتبه في) before أنّ, is passed over to the subject and the verb before it.
    if (uint32_t b = k - 1; k >= c.first_token + 3 && (w == "ان" || w == "انه" || w == "انها" || w == "انهم")) {
      bool supposed = false;
      int32_t g = GroupBelongedTo(b - 1, t.first, &supposed);
      if ((g < 0 || !supposed) && b >= c.first_token + 3) g = GroupBelongedTo(--b - 1, t.first, &supposed);
      if (g >= 0 && supposed) {
        k = b;  // (the loop's step lands on the cue)
        continue;
      }
    }
    if (w == "ان" || w == "انه" || w == "انها") break;
  }
  if (AfterSplitResult(t.first, c)) return reported("after a verb of result and its cause");
  for (uint32_t k = t.end; k < c.end_token && k <= t.end + 4; ++k) {
    // A relative clause after the noun (أعرب عن أسفه للهجوم الذي وقع في القدس، الحرب التي شنها)
    // describes an event the sentence refers to; it does not make the sentence report it, unless it
    // dates the event as recent (التفجيرين اللذين شهدتهما تونس مؤخرا، الهجوم الذي وقع أمس).
    if (CueStartsAt(k, CueKind::kRelative) && !RecentDateWithin(k, std::min(c.end_token, k + kClauseReach))) break;
    // (Not نجح after its subject, هجوم الأحد نجح: what a verb of succeeding presents as happening follows its في.)
    if (PerfectiveOccurrence(k, kStartsHere) && !success_starts_at(k)) {
      return reported("before a verb of occurrence", ReportedKind::kBeforeOccurrence);
    }
    if (is_punct(k) || other_trigger(k) || verb_only(k)) break;
  }
  bool circumstance = (tt.prefixes & kProBi) != 0 || GrammarWordAt(before - 1) == GrammarWord::kCircumstance;
  // (Also after a word of means that is no preposition of circumstance: توفي معتقل تحت التعذيب.)
  if ((circumstance || (before > s_first && (WordKindsAt(before - 1) & kMeansWord))) && DeathBefore(t, c) >= 0) {
    return reported("the cause of a death");
  }
  // أعلنت الوزارة مقتل شخصين وإصابة أربعة في غارة إسرائيلية: the means or circumstance of a toll noun the
  // clause reports, a few words before it with no other event between, is that incident, reported with it.
  if (circumstance || (before > s_first && (WordKindsAt(before - 1) & kMeansWord))) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token && hits_[j].end + kTollMeansReach >= before;) {
      if (!TollNounAt(j)) break;
      if (hit_emitted_[j]) return reported("the means of a toll reported before it");
    }
  }
  // اعتقال ناشطين خلال وقفة احتجاجية أمام البرلمان، فرقت الشرطة المحتجين أثناء مسيرة في الرباط: an indefinite
  // protest named as the circumstance of an arrest or an attack the clause reports, a few words before it with no other
  // event between, is the protest the act happened at: it took place too. (A definite one, خلال المظاهرات, may be one
  // told before; after في the noun may be another noun's complement, اعتقال ناشط بسبب مشاركته في مظاهرة. Nor one
  // dated or qualified as past right after it, grammar.tsv past and former: الذين اعتقلوا خلال احتجاجات الشهر الماضي.)
  auto past = [&] {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 3; ++k) {
      if (GrammarWordAt(k) == GrammarWord::kPast || GrammarWordAt(k) == GrammarWord::kFormer) return true;
    }
    return false;
  };
  if (Rarely(r.noun && r.plover == PloverType::kProtest) && circumstance && !(tt.prefixes & kProBi) &&
      !IsDefinite(text_, tt) && Bare(before - 1) != "في" && hi > 0 && hits_[hi - 1].first >= c.first_token &&
      hits_[hi - 1].end + kTollMeansReach >= before && hit_emitted_[hi - 1] && !past()) {
    // (Not an act told in a relative clause on those it befell, أفرجت عن ثلاثين شخصا اعتقلوا خلال احتجاجات: a
    // description of them, the release the news. A verb with no و or ف right after an indefinite word opens one.)
    const uint32_t a = hits_[hi - 1].first;
    const Token& w = text_.tokens[a - (a > 0 ? 1 : 0)];
    const bool after_indefinite = hit_verb_[hi - 1] && !(text_.tokens[a].prefixes & (kProWa | kProFa)) &&
                                  w.kind == TokenKind::kWord && w.prefixes == 0 && w.suffix == Enclitic::kNone &&
                                  !(w.word_class & (kWordVerb | kWordFunction));
    const bool relative = a > c.first_token && (after_indefinite || RelativePronounAt(a - 1));
    const TriggerRecord* act = relative ? nullptr : ChooseRecord(hits_[hi - 1], *hit_payloads_[hi - 1]);
    if (act != nullptr && (act->plover == PloverType::kCoerce || act->plover == PloverType::kAssault)) {
      return reported("the protest an arrest or an attack reported before it happened at");
    }
  }
  // لم تسجل إصابات جراء القصف، لم يصب أحد في الغارة، لم تقع إصابات في صفوف المدنيين جراء الانفجار: a negation
  // before a casualty trigger (killed, wounded: triggers.tsv flags kill, injure) denies the casualties; the act
  // named as their circumstance after it took place. (The negation a few words before the casualty word, with
  // no other trigger or punctuation between: لم يبلغ عن سقوط ضحايا.)
  auto casualties_denied = [&]() {
    constexpr uint32_t kNegationReach = 4;
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      const TriggerRecord* cause_of = ChooseRecord(hits_[j], *hit_payloads_[j]);
      if (cause_of == nullptr || !(cause_of->flags & (kFlagKill | kFlagInjure))) return false;
      for (uint32_t k = hits_[j].first; k > c.first_token && k + kNegationReach >= hits_[j].first; --k) {
        if (NegatedAt(k)) return true;
        if (token_trigger_[k - 1] >= 0 || is_punct(k - 1)) break;
      }
      return false;
    }
    return false;
  };
  if (circumstance && casualties_denied()) return reported("the cause of casualties the clause denies");
  // فرار المتمردين وقتل قادتهم، اعتقال المسلحين وقتل اثنين منهم: so is a noun joined by و right after the actor in the
  // genitive of the verbal noun of a material act (quad class 2 or 4: a retreat, an arrest, a seizure), reported as
  // that act is; the two are coordinates of the same head. (A verbal act's noun, a statement's, presents no act done;
  // nor does a noun with no actor after it, رمايات مدفعية وقصفا جويا in a manoeuvre.)
  auto material_noun = [&](size_t j) {
    if (hit_verb_[j] || hits_[j].end >= t.first) return false;
    // (The actor may be counted, اعتقال عشرين من المهربين: the count and من before it.)
    uint32_t first = hits_[j].end;
    if (quantity_end_[first] > first && quantity_end_[first] < t.first) {
      first = quantity_end_[first];
      if (first + 1 < t.first && text_.tokens[first].prefixes == 0 && Bare(first) == "من") ++first;
    }
    const int32_t g = MentionAt(first);
    if (g < 0 || M(g).first_token != first || M(g).end_token != t.first || !M(g).is_actor ||
        (M(g).prefixes & (kPrepClitics | kProWa | kProFa))) {
      return false;
    }
    const TriggerRecord* before = ChooseRecord(hits_[j], *hit_payloads_[j]);
    const CameoCode* code = before != nullptr ? ont_.Find(before->cameo) : nullptr;
    return code != nullptr && (code->quad_class == 2 || code->quad_class == 4);
  };
  for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
    if (circumstance && hit_occurrence_verb_[j] && hit_emitted_[j]) return reported("means or circumstance of a violent verb");
    if (j + 1 == hi && (tt.prefixes & kProWa) && hit_emitted_[j] && (hit_occurrence_[j] || material_noun(j))) {
      return reported("joined by و to a reported event");
    }
  }
  return "a noun naming an event reported elsewhere";
}


bool DocumentCoder::GeneralPredicate(size_t hi, const Clause& c, uint32_t before) const {
  const TriggerHit& t = hits_[hi];
  const Sentence& s = text_.sentences[c.sentence];
  bool kind = false;
  for (uint32_t k = t.end; k < s.end_token && k <= t.end + 3 && !kind; ++k) {
    if (text_.tokens[k].kind != TokenKind::kWord || (text_.tokens[k].prefixes & kProAl)) continue;
    kind = GrammarWordAt(k) == GrammarWord::kGeneralKind;  // وسيلة، سلاح، ظاهرة (grammar.tsv general_kind)
  }
  if (!kind) return false;
  // The noun opens the sentence, or the words after a headline's label (a speaker who states the generality, a
  // dateline), which are left out of the test below.
  if (before != s.first_token && OpeningAfter(s.first_token, t.first) != before) return false;
  // (No verb, no named actor or place, no count: a headline names them.)
  for (uint32_t k = before; k < s.end_token; ++k) {
    const Token& x = text_.tokens[k];
    if (x.kind == TokenKind::kNumber) return false;
    if (IsVerbOnly(x.word_class)) return false;
    int32_t m = MentionAt(k);
    if (m >= 0 && (M(m).is_place() || NamedSubject(m))) return false;
  }
  return true;
}

const char* DocumentCoder::QualifiedClass(const TriggerHit& t, const Clause& c, bool as_noun) const {
  // The predicate is read over the noun's complements (a genitive, a place after a preposition: قتل الباحثين عن الغذاء
  // قرب نقاط التوزيع في غزة قد يرقى), a dozen words, not past punctuation, a number (مقتل خمسة مدنيين في قصف: a count
  // tells an incident), another trigger, a relative pronoun (القصف الذي استهدف السوق: one incident) or a verb of
  // another predicate.
  // (At the head of the sentence, quotation marks skipped, or after a colon.)
  const uint32_t s_first = text_.sentences[c.sentence].first_token;
  uint32_t before = t.first;
  while (before > s_first) {
    BareText p{text_.Norm(text_.tokens[before - 1])};
    if (p != "«" && p != "\"" && p != "“") break;
    --before;
  }
  if (before != s_first && !(text_.tokens[before - 1].kind == TokenKind::kPunct &&
                             text_.Norm(text_.tokens[before - 1]) == ":")) {
    return nullptr;
  }
  constexpr uint32_t kPredicateReach = 12;
  const uint32_t end = std::min(c.end_token, t.end + kPredicateReach);
  const uint32_t s_end = text_.sentences[c.sentence].end_token;
  const int32_t self = token_trigger_[t.first];
  bool qad = false;
  for (uint32_t k = t.end; k < end; ++k) {
    const Token& x = text_.tokens[k];
    if (x.kind != TokenKind::kWord || (token_trigger_[k] >= 0 && token_trigger_[k] != self) ||
        CueStartsAt(k, CueKind::kRelative)) {
      return nullptr;
    }
    const bool plain = x.prefixes == 0 && x.suffix == Enclitic::kNone;
    // (لن right after the subject: a future; ولن opens a clause of its own.)
    if (plain && CueStartsAt(k, CueKind::kNegation) && Bare(k) == "لن") {
      return "the subject of a future statement (الحرب لن تتوقف)";
    }
    const uint8_t cls = x.word_class;
    // (قد before the verb of qualification: قد يرقى.)
    if (plain && Bare(k) == "قد") {
      qad = true;
      continue;
    }
    if (plain && k + 1 < s_end && text_.tokens[k + 1].kind == TokenKind::kWord &&
        (lex_.word_kinds().Of(Bare(k)) & kQualifyingWord) && !(WordKindsAt(k + 1) & kSuperlativeWord)) {
      // A verb after قد, or one that is no noun, qualifies its subject (القصف يعد الأعنف: a superlative compares an
      // incident with others). Elsewhere the word is read as the predicate of an event noun, after one word at least,
      // not after a preposition, and with a bare word after it (خط أحمر; not تفجير خط أنابيب، هجوم على خط إمداد, nor
      // after a verb and its subject, فجر مسلحون خط أنابيب).
      const bool verb = qad || IsVerbNotNoun(cls);
      const Token& next = text_.tokens[k + 1];
      if (verb || (as_noun && k > t.end && !(text_.tokens[k - 1].word_class & kWordFunction) && next.prefixes == 0 &&
                   MentionAt(k + 1) < 0)) {
        return "the subject of a predicate of state or of a qualification (التهجير خط أحمر، القتل قد يرقى)";
      }
    }
    qad = false;
    if (IsVerbOnly(cls) && MentionAt(k) < 0) return nullptr;
  }
  return nullptr;
}

bool DocumentCoder::CaptionSentence(const Clause& c) const {
  const uint32_t s_first = text_.sentences[c.sentence].first_token;
  if (s_first + 3 > text_.sentences[c.sentence].end_token) return false;
  const Token& open = text_.tokens[s_first];
  const Token& word = text_.tokens[s_first + 1];
  const Token& close = text_.tokens[s_first + 2];
  return open.kind == TokenKind::kPunct && text_.Norm(open) == "(" && word.kind == TokenKind::kWord &&
         close.kind == TokenKind::kPunct && text_.Norm(close) == ")" &&
         (lex_.word_kinds().Of(Bare(s_first + 1)) & kCaptionWord);
}

int32_t DocumentCoder::DeathBefore(const TriggerHit& t, const Clause& c) const {
  // توفي 70 أسيرا نتيجة التعذيب، مات ثلاثة جراء القصف: a perfective verb of dying shortly before the
  // noun, with no other trigger between.
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kDeath)) {
    if (q.end > t.first || q.first < c.first_token || q.end + kClauseReach < t.first) continue;
    if (q.kind != CueKind::kDeath || trig_.cue(q.record).present) continue;
    if (!TriggerBetween(q.end, t.first)) return static_cast<int32_t>(&q - cues_.data());
  }
  return -1;
}

bool DocumentCoder::SinceWarOrItsStart(uint32_t k) const {
  // The nouns of a war, a conflict, an invasion or a coup (coder/word_kinds.tsv kind war: the periods news
  // counts tolls over), right after منذ or after a noun of their start (kind aspect: بدء، بداية، اندلاع).
  auto war = [&](uint32_t j) { return j < text_.tokens.size() && (WordKindsAt(j) & kWarWord); };
  if (war(k)) return true;
  bool start = (WordKindsAt(k) & kAspectWord) != 0;
  return start && k + 1 < text_.tokens.size() && (war(k + 1) || token_trigger_[k + 1] >= 0);
}

const char* DocumentCoder::Trend(size_t hi, const TriggerRecord& r, const Clause& c) const {
  // الاعتداءات على الصحافيين تتزايد، قالت المنظمة إن الهجمات على المستشفيات تتكرر، تتصاعد الاغتيالات في المدينة: a
  // definite violent noun opening its clause (or the complement after أن) whose predicate is a present verb of growth
  // or recurrence, or a verb of becoming (أصبحت الهجمات أمرا يوميا; word_kinds.tsv growing), after the noun's phrase
  // or right before the noun, states a trend: no incident is told. (Not a protest: تتصاعد الاحتجاجات في العاصمة is
  // the news of protests going on.)
  const TriggerHit& t = hits_[hi];
  const Token& tt = text_.tokens[t.first];
  if (!(tt.prefixes & kProAl)) return nullptr;
  if (r.plover != PloverType::kAssault) return nullptr;  // (the line's type, kept at load)
  auto opens_at = [&](uint32_t k) { return k == c.first_token || (k > c.first_token && AnnaAt(k - 1)); };
  // (تتزايد الهجمات: the verb right before the noun, itself opening the clause.)
  if (t.first > c.first_token && (WordKindsAt(t.first - 1) & kGrowingWord) && opens_at(t.first - 1)) {
    return "the subject of a present verb of growth or recurrence (a trend)";
  }
  if (!opens_at(t.first)) return nullptr;
  // (After the noun's phrase, a few words, no other event word or punctuation between: لا تزال may stand before it.
  // The phrase may hold its target and where it is, الهجمات على العاملين في المجال الإنساني في السودان أصبحت: ten
  // words.)
  // الاعتداءات على الأطباء تحدث يوميا، الهجمات على الرعاة تقع عاما بعد عام: an adverb of habit (grammar.tsv
  // adverb:habitual) there makes the predicate a habit, whatever its verb: no incident either.
  constexpr uint32_t kTrendReach = 10;
  const uint32_t end = std::min<uint32_t>(c.end_token, t.end + kTrendReach);
  for (uint32_t k = t.end; k < end; ++k) {
    if (text_.tokens[k].kind == TokenKind::kPunct || token_trigger_[k] >= 0) return nullptr;
    if (WordKindsAt(k) & kGrowingWord) return "the subject of a present verb of growth or recurrence (a trend)";
    if (!CueStartsAt(k, CueKind::kAdverb)) continue;
    for (const CueHit& q : CuesOfKindsIn(k, k + 1, CueKind::kAdverb)) {
      if (q.first == k && q.kind == CueKind::kAdverb && trig_.cue(q.record).role == CueRole::kHabitual) {
        return "the subject of a predicate of habit (a trend)";
      }
    }
  }
  return nullptr;
}

const char* DocumentCoder::CountOverPeriod(const TriggerHit& t, const Clause& c, bool counted) const {
  // A count of events or victims over months or years (199 هجوما خلال الأشهر التسعة الأولى، قتل نحو
  // ثلاثة آلاف جندي منذ الاجتياح في 2003) sums many events: a statistic, not the report of one. A
  // superlative before منذ compares one event with those before it (أعنف هجوم منذ أشهر): that event is
  // reported.
  // منذ يناير، منذ أكتوبر الماضي: a count since a month sums weeks or months of events. Only a month's name: not
  // شهر (منذ شهر is also "a month ago") nor an ordinal of a two-word name (منذ مساء أول من أمس).
  auto since_month = [&](uint32_t k) {
    BareText w = Bare(k);
    return GrammarWordAt(k) == GrammarWord::kMonth && !(w == "شهر") && !(w == "اول") && !(w == "ثاني");
  };
  bool count = counted;
  for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
    if (q.unit.empty() && (q.end_token == t.first || (q.first_token <= t.first && q.end_token >= t.end))) count = true;
  }
  // وثقت المنظمة مئات حالات الاعتقال التعسفي: a count of cases of the event counts the events (mood38).
  if (!count && t.first > c.first_token + 1 && (Bare(t.first - 1) == "حالات" || Bare(t.first - 1) == "حاله")) {
    for (const Quantity& q : QuantitiesTouching(t.first - 1, t.first - 1)) count = count || (q.unit.empty() && q.end_token == t.first - 1);
  }
  // شن مسلحون مائة هجوم منذ مطلع العام: the noun of a phrase split by its subject is counted as well.
  if (t.rest_end > t.rest) {
    for (const Quantity& q : QuantitiesTouching(t.rest, t.rest)) count = count || (q.unit.empty() && q.end_token == t.rest);
  }
  const bool events_counted = count && !counted;  // (the events themselves, not their victims)
  // أفادت المنظمة بأن حصيلة القتلى منذ بدء النزاع تجاوزت مئة ألف، عدد القتلى منذ اندلاع الحرب: a casualty noun
  // right after a word of a toll (grammar.tsv toll) is counted, its figure however far on; the period it is counted
  // over decides below.
  if (!count && t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kToll) count = true;
  // اعتقلت السلطات الإسرائيلية أكثر من 9 آلاف فلسطيني: the object of a verb, after its subject, is counted too;
  // not a period (منذ 46 عاما، منذ عام 2009، لمدة ثلاثة أشهر) or a year.
  if (!count && t.end < c.end_token) {
    uint32_t reach = std::min(c.end_token, t.end + kClauseReach);
    for (const Quantity& q : QuantitiesTouching(t.end, reach)) {
      if (!q.unit.empty() || q.first_token < t.end || q.first_token >= reach) continue;
      if (q.end_token < text_.tokens.size() && (WordKindsAt(q.end_token) & (kTimeUnitWord | kLongPeriodWord))) continue;
      bool year = false;
      for (uint32_t k = q.first_token; k < q.end_token; ++k) {
        year = year || (text_.tokens[k].kind == TokenKind::kNumber && text_.Norm(text_.tokens[k]).size() == 4);
      }
      if (!year) count = true;
    }
  }
  if (!count) return nullptr;
  uint32_t end = std::min(c.end_token, std::max(t.end, t.rest_end) + 12);
  for (uint32_t k = t.end; k < end; ++k) {
    BareText w = Bare(k);
    bool since = w == "منذ";
    if (!since && w != "خلال" && w != "طوال" && w != "مدي") continue;
    bool compared = false;
    for (uint32_t j = k; j-- > t.first && j + 3 >= k;) {
      compared = compared || (WordKindsAt(j) & kSuperlativeWord);
    }
    if (compared) continue;
    for (uint32_t j = k + 1; j < end && j <= k + 3; ++j) {
      const Token& x = text_.tokens[j];
      if (x.kind == TokenKind::kNumber && text_.Norm(x).size() == 4) return "a count over a period (a statistic)";
      if (WordKindsAt(j) & kLongPeriodWord) return "a count over a period (a statistic)";
      if (since && since_month(j)) return "a count since a month (a statistic)";
      // منذ الاجتياح، منذ اغتيال بوتو: a toll since an earlier event is cumulative.
      if (since && j == k + 1 && token_trigger_[j] >= 0) return "a count since an earlier event (a statistic)";
      // منذ اندلاع الحرب، منذ الانقلاب العسكري، منذ بدء الغزو: so is a toll since a war, a conflict or a
      // coup, or since its start.
      if (since && j == k + 1 && SinceWarOrItsStart(j)) return "a count since a war or its start (a statistic)";
    }
  }
  // سجلت الأمم المتحدة أكثر من 200 هجوم على المدارس العام الماضي، 45 عملية اغتيال هذا العام: a count of the events
  // themselves (not of their victims) dated by a whole year or month, past or current, sums them (mood38).
  if (events_counted) {
    for (uint32_t k = t.end; k < end; ++k) {
      std::string_view w = Bare(k);
      if (w != "عام" && w != "سنه" && w != "شهر") continue;
      std::string_view next = k + 1 < end ? Bare(k + 1) : std::string_view();
      bool whole = next == "ماضي" || next == "ماضيه" || next == "جاري" || next == "جاريه" || next == "حالي" ||
                   next == "حاليه" || (k > t.end && (Bare(k - 1) == "هذا" || Bare(k - 1) == "هذه"));
      if (whole && (text_.tokens[k].prefixes & kProAl)) return "a count of events over a year or a month (a statistic)";
    }
  }
  // ارتفع عدد ضحايا الألغام منذ مطلع العام إلى 120 قتيلا: a period since a date may come before the count in
  // its clause, with no other event between (none compared with a superlative: أعنف هجوم منذ عام 2015 أسفر
  // عن مقتل 20).
  for (uint32_t k = c.first_token; k + 1 < t.first; ++k) {
    if (Bare(k) != "منذ" || (k > c.first_token && (WordKindsAt(k - 1) & kSuperlativeWord)) ||
        (k > c.first_token + 1 && (WordKindsAt(k - 2) & kSuperlativeWord)) || TriggerBetween(k + 3, t.first)) {
      continue;
    }
    for (uint32_t j = k + 1; j < t.first && j <= k + 3; ++j) {
      const Token& x = text_.tokens[j];
      if (x.kind == TokenKind::kNumber && text_.Norm(x).size() == 4) return "a count over a period (a statistic)";
      if ((WordKindsAt(j) & kLongPeriodWord) || since_month(j)) return "a count over a period (a statistic)";
      if (j == k + 1 && SinceWarOrItsStart(j)) return "a count since a war or its start (a statistic)";
    }
  }
  // منذ عام 2011، قتل مئات الآلاف؛ خلال الحرب الأهلية، خطف آلاف الأشخاص: the period may open the sentence,
  // before the count. A war (الحرب، حرب) is a long period too.
  const Sentence& s = text_.sentences[c.sentence];
  uint32_t head = std::min<uint32_t>(t.first, s.first_token + 3);
  for (uint32_t k = s.first_token; k < head; ++k) {
    BareText w = Bare(k);
    bool since = w == "منذ";
    if (!since && w != "خلال" && w != "طوال" && w != "ابان") continue;
    for (uint32_t j = k + 1; j < t.first && j <= k + 3; ++j) {
      const Token& x = text_.tokens[j];
      if (x.kind == TokenKind::kNumber && text_.Norm(x).size() == 4) return "a count over a period (a statistic)";
      if (WordKindsAt(j) & kLongPeriodWord) return "a count over a period (a statistic)";
      if (j == k + 1 && (since || Bare(j) == "حرب") && token_trigger_[j] >= 0) {
        return "a count since or over an earlier event (a statistic)";
      }
      if (since && j == k + 1 && SinceWarOrItsStart(j)) return "a count since a war or its start (a statistic)";
    }
  }
  return nullptr;
}

bool DocumentCoder::ProtestReadAsSpeaker(const TriggerHit& t, const Clause& c) const {
  // يقول باحثون إن احتجاجات الجنوب كشفت عمق الأزمة، قال محللون إن إضرابات العمال أظهرت حجم الغضب: a protest noun
  // opening its clause (or the complement after إنّ, أنّ) whose predicate, the first verb after its phrase, is a verb of
  // saying or revealing (cues.tsv reported) speaks only in figure: the clause is a reading of the protest, told as
  // known, no event. (A few words on, no punctuation or other event between: قال مسؤولون إن احتجاجات اندلعت is news.)
  const Token& tt = text_.tokens[t.first];
  if (tt.prefixes & ~(kProAl | kProWa)) return false;  // (not after a preposition: بعد احتجاجات)
  // The words after the protest's phrase, a few, up to the first that `ends` (true) or an other event, a punctuation
  // or another verb, the predicate (false).
  auto reads_on_to = [&](auto ends) {
    const uint32_t to = std::min<uint32_t>(c.end_token, t.end + 6);
    for (uint32_t k = t.end; k < to; ++k) {
      const Token& x = text_.tokens[k];
      const int32_t h = token_trigger_[k];
      if (x.kind != TokenKind::kWord || (h >= 0 && hits_[static_cast<size_t>(h)].first != t.first)) return false;
      if (ends(k, x)) return true;
      if (MentionAt(k) < 0 && IsVerbOnly(x.word_class)) {
        return false;  // (another verb is the predicate)
      }
    }
    return false;
  };
  // وكشفت احتجاجات العمال في المدن الصناعية أن النقابات أقوى من الحكومة، أظهرت إضرابات المعلمين أن الوزارة
  // عاجزة: the verb first, opening its clause, the protest noun right after it as its subject, and what it showed after
  // أنّ a few words on, no other event or verb between: the protest is read in figure too. (A verb of telling with a
  // reporter after it, أظهرت الصور احتجاجات، كشفت مصادر أن احتجاجات اندلعت, has no protest as its subject.)
  if (t.first > c.first_token && t.first - 1 == c.first_token && CueStartsAt(t.first - 1, CueKind::kReported)) {
    const Token& v = text_.tokens[t.first - 1];
    if (!(v.word_class & kWordVerb) || (v.prefixes & ~(kProWa | kProFa)) || MentionAt(t.first - 1) >= 0) return false;
    return reads_on_to([&](uint32_t k, const Token&) { return AnnaAt(k); });
  }
  if (t.first != c.first_token && !(t.first > c.first_token && AnnaAt(t.first - 1))) return false;
  return reads_on_to([&](uint32_t k, const Token& x) {
    return CueStartsAt(k, CueKind::kReported) && (x.word_class & kWordVerb) && !(x.prefixes & kProAl);
  });
}

const char* DocumentCoder::WarToll(const TriggerHit& t, const Clause& c) const {
  auto war = [&](uint32_t k) {
    return k < c.end_token && MentionAt(k) < 0 && (WordKindsAt(k) & kWholeWarWord) && !(text_.tokens[k].prefixes & kPrepClitics);
  };
  // قتلت الحرب في غزة أكثر من 35 ألف فلسطيني: the war is the subject of the verb.
  const bool verb = token_trigger_[t.first] >= 0 && hit_verb_[static_cast<size_t>(token_trigger_[t.first])];
  bool toll = verb && war(std::max(t.end, t.rest_end)) && t.rest_end <= t.end;
  // الحرب أسفرت عن مقتل 150 ألف شخص: the war before the verb of result that opens the trigger.
  toll = toll || (verb && t.first > c.first_token && war(t.first - 1) && CueStartsAt(t.first, CueKind::kResult));
  // أسفرت الحرب الأهلية في اليمن عن مقتل: the cause of a verb of result split from its عن.
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kResult)) {
    if (toll) break;
    toll = q.kind == CueKind::kResult && q.first >= c.first_token && q.end < t.first && war(q.end) &&
           AfterSplitResult(t.first, c);
  }
  // الحرب دمرت النظام الصحي في السودان، النزاع في الكونغو دمر مئات المدارس، قالت المنظمة إن الحرب في أوكرانيا دمرت عشرات
  // المستشفيات: the war opening its clause (or after إنّ) as the subject of the verb after it, past a place after في, is
  // told by what it did: a consequence, no dated attack (mood39). The verb is the trigger, or any verb after the war when
  // the war is (دمرت النظام); not a verb of occurrence (الحرب اندلعت: its start is news).
  if (!toll) {
    uint32_t w = t.first;  // (the war)
    if (verb && t.first > c.first_token) {
      w = t.first - 1;
      if (int32_t m = MentionAt(w); m >= 0 && M(m).first_token >= c.first_token + 2 && Bare(M(m).first_token - 1) == "في") {
        w = M(m).first_token - 2;
      }
    }
    const bool opens = w == c.first_token || (w > c.first_token && AnnaAt(w - 1));
    if (opens && war(w) && (verb ? w < t.first : t.end == t.first + 1)) {
      uint32_t k = w + 1;
      if (k + 1 < c.end_token && Bare(k) == "في" && MentionAt(k + 1) >= 0) k = M(MentionAt(k + 1)).end_token;
      if (verb) {
        toll = k == t.first;
      } else if (k < c.end_token && MentionAt(k) < 0) {
        const uint8_t cls = text_.tokens[k].word_class;
        toll = (cls & kWordVerb) && !(cls & (kWordNoun | kWordName)) && !CueStartsAt(k, CueKind::kOccurrence);
      }
    }
  }
  if (!toll || RecentDateWithin(c.first_token, c.end_token)) return nullptr;
  return "the toll of a whole war (a statistic)";
}

const char* DocumentCoder::ComplementAfterToll(const TriggerHit& t, const Clause& c) const {
  // قالت الوزارة إن حصيلة العدوان الذي استمر 51 يوما تجاوزت ألفي قتيل، وإن آلاف المنازل دمرت: a second complement of
  // the same saying, joined by و (وإنّ، وأنّ), goes on with the sum the first one gives, the toll of a whole war or of
  // an event that lasted days (a relative clause of lasting, استمر، دام, on it): its act is counted over the war too.
  const Sentence& s = text_.sentences[c.sentence];
  // (The second complement's إنّ a few words before the trigger, no other event between; most triggers have none.)
  uint32_t second = t.first;
  for (uint32_t k = t.first; k-- > s.first_token && k + 6 > t.first;) {
    if ((text_.tokens[k].prefixes & kProWa) && AnnaAt(k)) {
      second = k;
      break;
    }
    if (token_trigger_[k] >= 0) return nullptr;
  }
  if (second == t.first || RecentDateWithin(s.first_token, s.end_token)) return nullptr;
  for (uint32_t k = s.first_token; k + 2 < second; ++k) {
    if (!AnnaAt(k) || GrammarWordAt(k + 1) != GrammarWord::kToll) continue;
    const uint32_t of = k + 2;  // (what the toll is of)
    if (MentionAt(of) < 0 && (WordKindsAt(of) & kWholeWarWord)) {
      return "a complement after the toll of a war (a statistic)";
    }
    if (token_trigger_[of] < 0) continue;
    for (uint32_t j = of + 1; j + 1 < second && j <= of + 3; ++j) {
      if (CueStartsAt(j, CueKind::kRelative) &&
          std::ranges::any_of(kLastingVerbs, [&](std::string_view v) { return Bare(j + 1) == v; })) {
        return "a complement after the toll of an event that lasted days (a statistic)";
      }
    }
  }
  return nullptr;
}

const char* DocumentCoder::EconomicCause(const TriggerHit& t, const Clause& c) const {
  // أدى الغزو الروسي إلى ارتفاع أسعار القمح، تسببت هجمات الحوثيين على السفن في ارتفاع تكاليف الشحن، أدى العدوان على
  // غزة إلى انهيار الاقتصاد: a war, a blockade or attacks named as the cause of a change in prices, costs or the
  // economy are news of that change; the cause is an ongoing one told as background (mood38). The noun is the
  // subject right after a verb of result (grammar.tsv kind result), and its result, after إلى، في or عن a few words
  // on, a market word (word_kinds.tsv kind market) or a trend (kind trend) of no toll: أسفر القصف عن ارتفاع عدد
  // القتلى reports the shelling.
  if (t.first <= c.first_token) return nullptr;
  // انخفضت صادرات الحبوب الأوكرانية بسبب الحصار الروسي، تراجعت مبيعات السيارات في روسيا بسبب العقوبات: the same cause
  // after بسبب، نتيجة or بفعل (word_kinds.tsv temporal_preposition), with a market word before it in its clause. (Not
  // استبعد الفريق بسبب الغزو: a sanction for the invasion, no economic news.)
  if (WordKindsAt(t.first - 1) & kTemporalPrepositionWord) {
    BareText w = Bare(t.first - 1);
    if (w == "سبب" || w == "بسبب" || w == "نتيجه" || w == "فعل" || w == "بفعل") {
      for (uint32_t k = c.first_token; k + 1 < t.first; ++k) {
        if (WordKindsAt(k) & kMarketWord) return "the cause of an economic change (background)";
      }
    }
  }
  if (!CueStartsAt(t.first - 1, CueKind::kResult)) return nullptr;
  const uint32_t end = std::min<uint32_t>(c.end_token, t.end + 8);
  for (uint32_t k = t.end; k + 1 < end; ++k) {
    std::string_view w = Bare(k);
    if (w != "الي" && w != "في" && w != "عن") continue;
    const uint64_t first = WordKindsAt(k + 1);
    const bool toll = k + 2 < c.end_token && ((WordKindsAt(k + 2) & kPartNounWord) || CasualtyNounAt(k + 2) ||
                                              Bare(k + 2) == "حصيله");
    bool economic = (first & kMarketWord) || ((first & kTrendWord) && !toll);
    for (uint32_t j = k + 2; !economic && j < c.end_token && j <= k + 3; ++j) economic = (WordKindsAt(j) & kMarketWord) != 0;
    if (economic) return "the cause of an economic change (background)";
  }
  return nullptr;
}

DocumentCoderBuffers::EarlierYear DocumentCoder::EarlierYearIn(const Clause& c) const {
  DocumentCoderBuffers::EarlierYear& memo = earlier_year_[static_cast<size_t>(&c - text_.clauses.data())];
  if (memo.first == kEarlierYearNotRead) memo = ReadEarlierYear(c);
  return memo;
}

DocumentCoderBuffers::EarlierYear DocumentCoder::ReadEarlierYear(const Clause& c) const {
  const uint32_t from = c.first_token, to = c.end_token;
  // Whether the shift read at token k (one that starts a date) is one of an earlier year; `*end` is the end of its
  // words, k + 1 where no shift starts at k. (The words of a shift start none of their own.)
  const auto earlier_year_at = [&](uint32_t k, uint32_t* end) {
    const RelativeDate* d = ShiftAt(k, to);
    *end = d != nullptr ? k + static_cast<uint32_t>(d->words.size()) : k + 1;
    return d != nullptr && d->unit == RelativeDate::Unit::kYears && d->days < 0;
  };
  // (Only the tokens that start a date are read: from the document's list of them where it is made (ReadDate makes it
  // for a dated document), else by a walk over the clause's memo of roots, through a local pointer, one byte a
  // token. An undated document is not listed here: the list would cost a walk over the whole text, more than the
  // clauses with a trigger.)
  const DocumentCoderBuffers::TrieRoots* const roots = token_roots_.data();
  uint32_t k = from, end = from;
  bool found = false;
  if (date_candidates_listed_) {
    for (const uint32_t j : DateCandidates(from, to)) {
      if (j < end || !roots[j].starts_date) continue;  // (figures on the list start no phrase)
      k = j;
      if ((found = earlier_year_at(j, &end))) break;
    }
  } else {
    for (; k < to; ++k) {
      if (!roots[k].starts_date) continue;
      if ((found = earlier_year_at(k, &end))) break;
      k = end - 1;
    }
  }
  if (!found) return {};
  // (منذ or حتى may stand a word before, منذ مطلع العام الماضي.)
  for (uint32_t j = k; j > from && j + 2 >= k; --j) {
    if (WordKindsAt(j - 1) & kPeriodOpeningWord) return {};
  }
  if (RecentDateWithin(from, to)) return {};
  return {k, end};
}

const char* DocumentCoder::HistoricalPeriod(const Clause& c) const {
  const char*& memo = historical_period_[static_cast<size_t>(&c - text_.clauses.data())];
  if (memo == kNotRead) memo = ReadHistoricalPeriod(c);
  return memo;
}

const char* DocumentCoder::ReadHistoricalPeriod(const Clause& c) const {
  // في القرن السابع عشر، في الستينات، منتصف التسعينات: an event placed in a past century or decade is
  // history, not news (القرن الأفريقي is a region). في عهد النظام السابق، إبان حكم الرئيس الراحل، زمن
  // النظام البائد: the era of a former regime or ruler. The words are grammar.tsv's (kinds decade,
  // century, not_century, era, former).
  // (Only a document that has a word of a decade, century or era is read word by word for one.)
  constexpr uint32_t kPeriodWords = (1u << static_cast<unsigned>(GrammarWord::kDecade)) |
                                    (1u << static_cast<unsigned>(GrammarWord::kCentury)) |
                                    (1u << static_cast<unsigned>(GrammarWord::kEra));
  const uint32_t end = (grammar_words_seen_ & kPeriodWords) ? c.end_token : c.first_token;
  for (uint32_t k = c.first_token; k < end; ++k) {
    switch (GrammarWordAt(k)) {
      case GrammarWord::kDecade:
        return "placed in a past decade (history)";
      case GrammarWord::kCentury: {
        if (k + 1 >= c.end_token) break;
        std::string_view next = Bare(k + 1);
        bool region = false;
        for (const std::string& x : trig_.not_century()) region = region || next.find(x) != std::string_view::npos;
        if (!region) return "placed in a past century (history)";
        break;
      }
      case GrammarWord::kEra:
        for (uint32_t j = k + 1; j < c.end_token && j <= k + 3; ++j) {
          if (GrammarWordAt(j) == GrammarWord::kFormer) {
            return "placed in the era of a former regime or ruler (history)";
          }
        }
        break;
      default:
        break;
    }
  }
  // خلال الحرب العالمية الثانية، إبان الحرب الأهلية اللبنانية، في حرب أكتوبر: a named period long past
  // (cues.tsv kind history) places the clause's event in it, unless it only starts a period up to now
  // (أسوأ أزمة منذ الحرب العالمية الثانية، حتى حرب أكتوبر).
  for (const CueHit& q : CuesOfKindsIn(c.first_token, c.end_token, CueKind::kHistory)) {
    if (q.first < c.first_token || q.end > c.end_token || q.kind != CueKind::kHistory) continue;
    std::string_view before = q.first > c.first_token ? Bare(q.first - 1) : std::string_view();
    if (before == "منذ" || before == "حتي") continue;
    // (اعتقلت الشرطة أمس مسلحا متهما بعمليات خطف خلال الحرب الأهلية: the recent date is the event's.)
    if (RecentDateWithin(c.first_token, c.end_token)) break;
    return "placed in a named period long past (history)";
  }
  if (const char* why = RecapOfEarlierYear(c)) return why;
  return LongPastYear(c);
}

const char* DocumentCoder::RecapOfEarlierYear(const Clause& c) const {
  // يذكر أن قوات الدعم السريع سيطرت على ود مدني في ديسمبر 2023، تجدر الإشارة إلى أن الجيش اغتال قائدا عام 2020:
  // the writer's own recap (cues.tsv kind recap: يذكر أن، تجدر الإشارة، يشار إلى أن، الجدير بالذكر opening the
  // sentence) of an event its clause dates to a year before the document's is background, not news, unless
  // the clause also dates it as recent (يذكر أن الشرطة اعتقلت أمس ...).
  const Sentence& s = text_.sentences[c.sentence];
  uint32_t k = s.first_token;
  if (k + 1 >= s.end_token) return nullptr;
  if (!CueStartsAt(k, CueKind::kRecap)) return nullptr;
  for (uint32_t j = c.first_token + 1; j < c.end_token; ++j) {
    if (!EarlierYear(j)) continue;
    std::string_view p = Bare(j - 1);
    if (p != "عام" && p != "عامي" && p != "سنه" && p != "في" && GrammarWordAt(j - 1) != GrammarWord::kMonth) continue;
    if ((j >= c.first_token + 2 && Bare(j - 2) == "منذ") || RecalledNounYear(j, c.first_token)) continue;
    if (RecentDateWithin(c.first_token, c.end_token)) return nullptr;
    return "the writer's recap (يذكر أن) of an event of an earlier year (background)";
  }
  return nullptr;
}

const char* DocumentCoder::LongPastYear(const Clause& c) const {
  // في عام 1882، سنة 1916 هـ: a year before 1900 dates nothing (event_dating.cc reads years from 1900 on)
  // and places the event in history. منذ عام 1800 starts a period up to now; a year with a clitic on the
  // word before it (لعام 1888: of a treaty, a border) names a thing, not when the event happened.
  // The year of a month (في أغسطس 1990، في آب 1998) places it so too (mood38), unless منذ or حتى opens the date
  // (منذ أبريل 1992).
  // (Only a token in figures is such a year: the analyzer's list of them is read from the clause's second token,
  // not every word.)
  const std::vector<uint32_t>& figures = text_.number_tokens;
  for (auto f = std::lower_bound(figures.begin(), figures.end(), c.first_token + 1);
       f != figures.end() && *f < c.end_token; ++f) {
    const uint32_t k = *f;
    const Token& x = text_.tokens[k];
    if (x.kind != TokenKind::kNumber || std::isnan(x.value) || text_.Norm(x).size() != 4 || x.value < 1000 ||
        x.value > 2100) {
      continue;
    }
    BareText p = Bare(k - 1);
    const bool month = GrammarWordAt(k - 1) == GrammarWord::kMonth;
    if ((p != "عام" && p != "عامي" && p != "سنه" && p != "في" && !month) ||
        (text_.tokens[k - 1].prefixes & ~(kProWa | kProAl))) {
      continue;
    }
    auto opens_period = [&](uint32_t j) { return Bare(j) == "منذ" || Bare(j) == "حتي"; };
    if ((k >= c.first_token + 2 && opens_period(k - 2)) || RecalledNounYear(k, c.first_token)) continue;
    if (month && k >= c.first_token + 3 && (opens_period(k - 3) || (k >= c.first_token + 4 && opens_period(k - 4)))) continue;
    // (A day written before the month, في 14 فبراير 2005، في الثاني من أغسطس 1990, dates the event to the day of a year
    // long past: history all the same, mood39.)
    // اغتيل السادات عام 1981، اجتاحت القوات العراقية الكويت عام 1990 in a report of 2024: a year well before the
    // news places the event in history too (mood34).
    if (x.value >= 1900 && !WellBeforeNews(x.value)) continue;
    if (RecentDateWithin(c.first_token, c.end_token)) return nullptr;
    return x.value < 1900 ? "placed in a year before 1900 (history)" : "placed in a year well before the news (history)";
  }
  return YearsAgo(c);
}

const char* DocumentCoder::YearsAgo(const Clause& c) const {
  // قبل عشرين عاما اغتيل رفيق الحريري، في مثل هذا اليوم قبل ثلاثين عاما: "ago" (قبل) before a count of three years or
  // more places the event as long before the news as a year well before it does (mood39); قبل يومين، قبل ثلاثة أشهر
  // stay news. (Not منذ, also "for": يعيش السودانيون تحت القصف منذ عشر سنوات.)
  // (The count first: few words are followed by one, and its test is inline, where Bare's is a look-up. A token
  // with a value lies in one of the text's quantities, in order: only theirs are read, from the clause's second.)
  for (const Quantity& q : text_.quantities) {
    if (q.end_token <= c.first_token + 1) continue;
    if (q.first_token + 1 >= c.end_token) break;
    for (uint32_t j = std::max(q.first_token, c.first_token + 1); j < q.end_token && j + 1 < c.end_token; ++j) {
      if (!CountAgoAt(j - 1, c.end_token, 3, 365)) continue;
      if (RecentDateWithin(c.first_token, c.end_token)) return nullptr;
      return "placed years before the news (history)";
    }
  }
  return nullptr;
}

bool DocumentCoder::CountAgoAt(uint32_t k, uint32_t to, double count, int days) const {
  if (k + 2 >= to) return false;
  const Token& n = text_.tokens[k + 1];
  if (std::isnan(n.value) || n.value < count || n.value > 1000 || n.value != std::floor(n.value)) return false;
  if (text_.tokens[k].prefixes != 0 || Bare(k) != "قبل") return false;
  uint32_t end = k + 2;
  const RelativeDate* unit = CalendarWordAt(k + 2, to, &end);
  return unit != nullptr && unit->kind == RelativeDate::Kind::kUnit && unit->value >= days;
}

bool DocumentCoder::MonthsBackAt(uint32_t k, uint32_t to) const {
  const RelativeDate* d = ShiftAt(k, to);
  return d != nullptr && d->days < 0 &&
         (d->unit == RelativeDate::Unit::kYears || (d->unit == RelativeDate::Unit::kMonths && d->days <= -2));
}

bool DocumentCoder::WellBeforeNews(double year) const {
  double news = 0;
  if (doc_.date.size() >= 4) {
    for (char ch : std::string_view(doc_.date).substr(0, 4)) news = news * 10 + (ch >= '0' && ch <= '9' ? ch - '0' : 0);
    return year + 3 <= news;
  }
  // (With no date of its own, the latest year the document writes stands for the news: a few tokens to read, and
  // only where a clause names a year.)
  for (const Token& x : text_.tokens) {
    if (x.kind == TokenKind::kNumber && !std::isnan(x.value) && x.value >= 1900 && x.value <= 2100 && x.value > news &&
        text_.Norm(x).size() == 4) {
      news = x.value;
    }
  }
  return year + 3 <= news;
}

}  // namespace rasad::detail
