#include "coder/document_coder.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <span>
#include <string_view>

#include "coder/accusative_alif.h"
#include "lexicon/foreigners_mention.h"
#include "lexicon/place_name.h"
#include "text/arabic_normalizer.h"
#include "text/definite.h"
#include "util/rarely.h"

namespace rasad::detail {

const TriggerRecord* DocumentCoder::GovernedReading(const TriggerHit& t, const TriggerRecord* reading,
                                                    const std::vector<uint32_t>& payloads) const {
  // A word read as a verb right after a preposition (إثر قتل الجنود), after إنّ / أنّ (which take a
  // noun or a pronoun, never a past verb: إن قتل الصحافية ترك أثرا) or right after a finite verb
  // without و (دان خطف الصحافيين، يرفض قتل الأبرياء، لا يعني ضرب الحلفاء) is governed by it: it is a
  // verbal noun. Without a noun reading, the word is no trigger after إنّ or a verb; after a
  // preposition it is the verbal noun of the same form (أدى إلى سحقها، إلى أسر عشرات الجنود), coded
  // by the verb's line. من (also "who") and على (also the name علي) are left out.
  if (reading != nullptr && reading->jussive && !JussiveParticleBefore(t.first)) {
    // يرد، يشك spell the jussive of يردي، يشكو only after لم: elsewhere the word's other verb line, or none.
    const TriggerRecord* other = nullptr;
    for (uint32_t x : payloads) {
      const TriggerRecord& o = trig_.trigger(x);
      if (!o.noun && !o.jussive && other == nullptr) other = &o;
    }
    reading = other;
  }
  if (reading == nullptr || reading->noun || t.first == 0) return reading;
  // A present verb matched in ا is its first person or imperative (أصيب "I hit" from يصيب), rare in
  // news: another verb listed with these letters (أصيب "was wounded") is the reading.
  if (reading->present && Bare(t.first).rfind("ا", 0) == 0) {
    for (uint32_t x : payloads) {
      const TriggerRecord& o = trig_.trigger(x);
      if (!o.noun && !o.present) {
        reading = &o;
        break;
      }
    }
  }
  const Token& first = text_.tokens[t.first];
  // An intransitive verb takes no object pronoun: تجمعهم، احتجاجهم with a pronoun are nouns ("their
  // gathering"), the possessor being the noun's genitive.
  if (first.suffix != Enclitic::kNone && t.end == t.first + 1 && !(reading->target & kTargetObject)) {
    for (uint32_t x : payloads) {
      if (trig_.trigger(x).noun) return &trig_.trigger(x);
    }
    // سيطرته، سيطرتها: where the word list knows the stem as a verb (سيطرت), the ت before the
    // pronoun is the noun's ta marbuta (سيطرة).
    std::string_view stem = text_.Stem(first);
    if (stem.ends_with("ت")) {
      std::string noun(BareWord(stem.substr(0, stem.size() - std::string_view("ت").size())));
      noun += "ه";
      return NounLineOf(noun);
    }
    return nullptr;
  }
  // Opening quotation marks between the governing word and the trigger are skipped (إن «خطف السفن جريمة).
  uint32_t pk = t.first - 1;
  while (pk > 0 && text_.tokens[pk].kind == TokenKind::kPunct) {
    std::string_view q = text_.Norm(text_.tokens[pk]);
    if (q != "«" && q != "\"" && q != "“") break;
    --pk;
  }
  // An adverb between a verb and its object (يرفض بشدة قتل الأسرى) leaves the object governed by the verb.
  if (pk > 0 && CueStartsAt(pk, CueKind::kAdverb) && CueEndsBefore(pk + 1, CueKind::kAdverb)) --pk;
  const Token& prev = text_.tokens[pk];
  if (prev.sentence != first.sentence || prev.kind != TokenKind::kWord || (first.prefixes & (kProWa | kProFa))) {
    return reading;
  }
  std::string_view p = Bare(pk);
  bool preposition = CueEndsBefore(pk + 1, CueKind::kPreposition) && p != "من" && p != "علي";
  // (A present verb after أن is the subjunctive after أنْ, a verb: يخشى السكان أن تقصف الطائرات الحي.)
  bool anna = p == "ان" && prev.suffix == Enclitic::kNone && !reading->present;
  // The word before is a verb: a trigger read as one (رفض، أدان), or a word the word list knows only as one.
  int32_t before = token_trigger_[pk];
  bool verb = before >= 0 ? hit_verb_[before] && hits_[before].end == pk + 1
                          : (prev.word_class & kWordVerb) &&
                                !(prev.word_class & (kWordNoun | kWordName | kWordLexicon | kWordFunction)) &&
                                MentionAt(pk) < 0 && !CueEndsBefore(pk + 1, CueKind::kRelative);
  if (!preposition && !anna && !verb) return reading;
  for (uint32_t x : payloads) {
    if (trig_.trigger(x).noun) return &trig_.trigger(x);
  }
  return preposition ? reading : nullptr;
}

bool DocumentCoder::JussiveParticleBefore(uint32_t k) const {
  if (k == 0 || text_.tokens[k - 1].kind != TokenKind::kWord || text_.tokens[k - 1].sentence != text_.tokens[k].sentence) {
    return false;
  }
  std::string_view p = Bare(k - 1);
  return p == "لم" || p == "لما" || p == "لا";
}

bool DocumentCoder::SpeechAfter(const TriggerHit& t) const {
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  for (uint32_t k = t.end; k < s.end_token && k < t.end + kSpeechReach; ++k) {
    // في ما وصفه مسؤولون: "in what officials described as" names other speakers.
    if (CueStartsAt(k, CueKind::kSpeech) && !CueEndsBefore(k, CueKind::kPreposition)) return true;
    if (CueStartsAt(k, CueKind::kReported)) return false;  // another speaker (قال المصدر، وأضاف)
  }
  return false;
}

bool DocumentCoder::ShowOfForceLaunch(const TriggerHit& t, const Clause& c, const Arg& source) const {
  for (int32_t m : source.members) {
    const std::string& sector = M(m).sector;
    if (!M(m).is_actor || M(m).country.empty() || !(sector.empty() || sector == "MIL" || sector == "GOV")) return false;
  }
  for (uint32_t k = t.end; k < c.end_token; ++k) {
    std::string_view w = Bare(k);
    if (w == "علي" || w == "ضد" || w == "نحو" || w == "صوب" || w == "تجاه" || w == "اتجاه") return false;
  }
  return true;
}

bool DocumentCoder::HostagesAfter(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  for (uint32_t k = t.end; k < c.end_token && k < t.end + 8; ++k) {
    if (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi)) break;
    std::string_view w = Bare(k);
    if (w == "رهينه" || w == "رهائن" || w == "رهاين") return true;
  }
  return false;
}

const TriggerRecord* DocumentCoder::NounLineOf(std::string_view bare) const {
  const PhraseMatcher& tm = trig_.triggers();
  uint32_t id = tm.WordId(bare);
  const std::vector<uint32_t>* lines = id == PhraseMatcher::kNoWord ? nullptr : tm.Payloads(tm.Step(0, id));
  for (size_t i = 0; lines != nullptr && i < lines->size(); ++i) {
    if (trig_.trigger((*lines)[i]).noun) return &trig_.trigger((*lines)[i]);
  }
  return nullptr;
}

Arg DocumentCoder::CondemnedDoer(size_t hi, const Clause& c, const Arg& source) const {
  const TriggerHit& t = hits_[hi];
  if (!CueStartsAt(t.first, CueKind::kCondemn)) return {};
  uint32_t j = t.rest_end > t.end ? t.rest_end : t.end;  // past the rest of a split phrase
  if (!source.empty() && j < c.end_token && M(source.members[0]).first_token == j) j = M(source.members[0]).end_token;
  if (j < c.end_token) j = PastInsertion(j);
  // The act condemned: a violent noun right after, or the noun the phrase ends in (أدان الهجوم، ندد
  // بالتفجير). Its genitive is its doer only where the noun's line says so (هجمات الحوثيين; in اغتيال
  // الحريري the genitive is the victim).
  const TriggerRecord* x = nullptr;
  if (j < c.end_token && token_trigger_[j] >= 0 && hits_[token_trigger_[j]].first == j) {
    const TriggerHit& n = hits_[token_trigger_[j]];
    x = ChooseRecord(n, *hit_payloads_[token_trigger_[j]]);
    j = n.end;
  } else if (j > t.first + 1 && text_.tokens[j - 1].kind == TokenKind::kWord) {
    x = NounLineOf(Bare(j - 1));
  }
  const CameoCode* code = x != nullptr && x->noun ? ont_.Find(x->cameo) : nullptr;
  if (code == nullptr || code->plover_type != PloverType::kAssault) return {};
  bool genitive_doer = x->gen == ArgRole::kSource;
  // Its adjectives (الإرهابي، الأخير), then its doer: the genitive (هجمات الحوثيين) or the subject of a
  // relative clause of carrying out (الذي نفذته حركة الشباب، التي شنها التنظيم).
  // (A singular agent noun there is an adjective: الهجوم الإرهابي، التفجير الانتحاري.)
  for (uint32_t skip = 0; skip < 2 && j < c.end_token; ++skip) {
    const Token& w = text_.tokens[j];
    int32_t a = MentionAt(j);
    bool adjective_agent = a >= 0 && M(a).record < 0 && M(a).agent >= 0 && M(a).end_token == j + 1 &&
                           lex_.IsSingularAgentForm(Bare(j));
    if (w.kind != TokenKind::kWord || !(w.prefixes & kProAl) || (a >= 0 && !adjective_agent) ||
        token_trigger_[j] >= 0 || (w.word_class & kWordFunction)) {
      break;
    }
    ++j;
  }
  if (j >= c.end_token) return {};
  bool relative = false;
  if (CueStartsAt(j, CueKind::kRelative)) {
    for (const CueHit& q : CuesIn(j + 1, j + 2)) {
      if (q.first != j + 1 || q.kind != CueKind::kPerpetrate) continue;
      j = q.end;
      relative = true;
      break;
    }
  }
  if (!relative && !genitive_doer) return {};
  int32_t m = j < c.end_token ? MentionAt(j) : -1;
  if (m < 0 || M(m).first_token != j || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) return {};
  if (!source.empty() && group_of_[source.members[0]] == group_of_[m]) return {};
  return GroupOf(m, "doer of the act condemned");
}

bool DocumentCoder::WarnsOfDanger(const TriggerHit& t) const {
  const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
  uint32_t after = std::max(t.end, t.rest_end);
  for (uint32_t k = after; k + 1 < s.end_token && k < after + 10; ++k) {
    if (text_.tokens[k].prefixes != 0 || Bare(k) != "من") continue;
    // (حذر خبراء من أن تغير المناخ قد يؤدي إلى حروب: the danger may open the clause after من أن.)
    bool that = k + 2 < s.end_token && Bare(k + 1) == "ان";
    uint32_t x = that ? k + 2 : k + 1;
    if (WordKindsAt(x) & kDangerWord) return true;
    // حذر مسؤولون أمريكيون من أن إيران قد تهاجم إسرائيل: the named actor after أن (not أنها, which may be the warner
    // itself: حذرت إيران من أنها قد ترد) may act; the warner forecasts, threatens no one. (Not what another prepares
    // or plans, تستعد لشن هجوم, a fact the warning reports; nor the warner's own state: حذر الرئيس الروسي من أن موسكو
    // قد تستخدم السلاح النووي.)
    if (int32_t m = that ? MentionAt(x) : -1; m >= 0 && M(m).first_token == x && M(m).is_actor && !M(m).object &&
                                                 M(m).end_token < s.end_token) {
      BareText may = Bare(M(m).end_token);
      int32_t warner = MentionAt(t.end);
      bool own = warner >= 0 && M(warner).first_token == t.end && !M(m).country.empty() &&
                 M(warner).country == M(m).country;
      if ((may == "قد" || may == "ربما") && !own) return true;
    }
    // حذرت الأمم المتحدة من أن القتال في الفاشر قد يؤدي إلى كارثة إنسانية: or be what the clause after من أن leads
    // to, right after its إلى or في (يؤدي إلى، يتسبب في); the fighting is the cause the warning names, no one is
    // threatened.
    for (uint32_t j = x + 1; that && j + 1 < s.end_token && j < x + kCueReach; ++j) {
      if (text_.tokens[j].kind != TokenKind::kWord) break;
      BareText w = Bare(j);
      if ((w == "الي" || w == "في") && text_.tokens[j].prefixes == 0 && (WordKindsAt(j + 1) & kDangerWord)) return true;
    }
  }
  return false;
}

bool DocumentCoder::RemainsOf(const TriggerHit& t, const Clause& c) const {
  uint32_t k = t.first;
  if (k > c.first_token && text_.tokens[k - 1].kind == TokenKind::kNumber) --k;
  return k > c.first_token && text_.tokens[k - 1].suffix == Enclitic::kNone && (WordKindsAt(k - 1) & kRemainsWord);
}

bool DocumentCoder::HabitConjunct(size_t hi) const {
  for (size_t j = hi + 1; j < hits_.size(); ++j) {
    if (hits_[j].first != std::max(hits_[j - 1].end, hits_[j - 1].rest_end) ||
        !(text_.tokens[hits_[j].first].prefixes & kProWa)) {
      return false;
    }
    bool noun = false;
    for (uint32_t p : *hit_payloads_[j]) {
      if (trig_.trigger(p).flags & kFlagHabit) return true;
      noun = noun || trig_.trigger(p).noun;
    }
    if (!noun) return false;
  }
  return false;
}

bool DocumentCoder::UndergoerNoun(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  if (t.first == c.first_token || (text_.tokens[t.first].prefixes & kProLi) || !CueEndsBefore(t.first, CueKind::kUndergo)) {
    return false;
  }
  for (size_t j = hi + 1; j < hits_.size() && hits_[j].first < c.end_token && hits_[j].first <= t.end + kClauseReach; ++j) {
    uint32_t k = hits_[j].first;
    if ((text_.tokens[k].prefixes & kProLi) || (k > t.end && (Bare(k - 1) == "الي" || Bare(k - 1) == "ل"))) return true;
  }
  return false;
}

bool DocumentCoder::UndergoBefore(int32_t m, const TriggerHit& t, const Clause& c) const {
  uint32_t k = M(m).first_token;
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kUndergo)) {
    if (q.first < c.first_token || k >= t.first || q.end > t.first || q.end + 2 * kClauseReach < t.first) continue;
    // (After the verb, or right before it: الدفاعات الجوية تصدت لعدوان.)
    if (q.end > k && M(m).end_token != q.first) continue;
    if (q.kind == CueKind::kUndergo) return true;
  }
  return false;
}

bool DocumentCoder::AidNamesNoGiving(size_t hi, const Clause& c, const std::vector<Event>& out) const {
  const TriggerHit& t = hits_[hi];
  // (بتزويد، لمساعدة: the means or the aim of what is before, not its object or genitive.)
  if (t.first == c.first_token || (text_.tokens[t.first].prefixes & (kProBi | kProLi))) return false;
  // (A person's noun in construct takes no article: سائق شاحنة، not السائق.)
  const int32_t m = MentionAt(t.first - 1);
  const Token& head = text_.tokens[t.first - 1];
  if (m >= 0 && M(m).end_token == t.first && M(m).agent >= 0 && M(m).record < 0 && M(m).people &&
      !IsDefinite(text_, head) && head.suffix == Enclitic::kNone) {
    return true;
  }
  if (hi == 0 || hit_events_[hi - 1].empty()) return false;
  const TriggerHit& before = hits_[hi - 1];
  uint32_t end = std::max(before.end, before.rest_end);
  if (end > t.first || before.first < c.first_token) return false;
  // (The verb's subject may stand between: قصفت طائرات حربية قافلة مساعدات.)
  if (const int32_t subject = end < t.first ? MentionAt(end) : -1; subject >= 0 && M(subject).is_actor) {
    end = M(subject).end_token;
  }
  if (t.first - end > 1) return false;
  if (t.first - end == 1) {
    BareText p = Bare(end);
    if (!(p == "علي" || p == "ضد" || p == "بحق") || text_.tokens[end].suffix != Enclitic::kNone) return false;
  }
  return std::any_of(hit_events_[hi - 1].begin(), hit_events_[hi - 1].end(),
                     [&](size_t e) { return TextEqual(out[e].event, "ASSAULT"); });
}

std::optional<EventActor> DocumentCoder::AttackDoer(size_t hi, const Arg& source, const std::vector<Event>& out) const {
  // As the attack's own event has it: a state's air strike or drone is its military's.
  const Event& attack = out[hit_events_[hi].front()];
  return attack.source ? attack.source : MakeActor(source.members[0]);
}

// (بتزويد الحوثيين بالأسلحة: the words between a charge and the thing it names after بـ.)
constexpr uint32_t kChargeObjectReach = 3;

namespace {

// People the text counts but does not name (a crowd counted alone, المئات; the dead counted by their noun, ١٤ قتيلاً):
// an actor of the state `country`, sector CVL, its span the words from token `first` to token `last`.
EventActor CountedPeople(const AnalyzedText& text, uint32_t first, uint32_t last, const std::string& country,
                         std::string_view name_en, std::string_view name_ar) {
  EventActor a;
  a.begin = text.tokens[first].begin;
  a.end = text.tokens[last].end;
  a.text.assign(text.original.substr(a.begin, a.end - a.begin));
  a.name_en = name_en;
  a.name_ar = name_ar;
  a.country = country;
  a.sector = "CVL";
  a.actor_id = country + "CVL";
  return a;
}

// Whether a written word carries a hamza (ء، أ، إ، آ، ؤ، ئ: U+0621 to U+0626).
bool HasHamza(std::string_view word) {
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    if (static_cast<unsigned char>(word[i]) == 0xD8 && static_cast<unsigned char>(word[i + 1]) >= 0xA1 &&
        static_cast<unsigned char>(word[i + 1]) <= 0xA6) {
      return true;
    }
  }
  return false;
}

// An event actor given a sector, its id (country, then sector) made again.
void SetSector(EventActor* a, std::string_view sector) {
  a->sector = sector;
  a->actor_id = a->country + a->sector;
}

}  // namespace

bool DocumentCoder::PlaceAtHome(int32_t s, int32_t place) const {
  const std::string& where = lex_.places()[M(place).place].country;
  return M(s).country == where || M(s).inferred_country == where;
}

void DocumentCoder::CodeTrigger(size_t hi, std::vector<Event>* out) {
  TriggerHit t = hits_[hi];
  const TriggerRecord* reading = GovernedReading(t, ChooseRecord(t, *hit_payloads_[hi]), *hit_payloads_[hi]);
  if (reading == nullptr) return;
  const TriggerRecord& r = *reading;
  const Token& tt = text_.tokens[t.first];
  // من هنا بدأت الأزمة، وهنا أقول: a verb listed with a final hamza (هنأ "congratulated") and written without any, in
  // its listed form, is the word its folded spelling also is (هنا "here"). (The other persons keep a letter after
  // the hamza, هنأت، هنأوا, and are read as written.)
  if (!r.noun && t.end == t.first + 1 && r.form.ends_with("أ") &&
      !HasHamza(text_.original.substr(tt.begin, tt.end - tt.begin)) &&
      Bare(t.first) == ArabicNormalizer::Get().Normalize(r.form)) {
    return;
  }
  const CameoCode* found = ont_.Find(r.cameo);
  hit_verb_[hi] = !r.noun;
  hit_occurrence_[hi] = found && (found->plover_type == PloverType::kAssault || found->plover_type == PloverType::kProtest);
  hit_occurrence_verb_[hi] = !r.noun && found && (found->plover_type == PloverType::kAssault || found->plover_type == PloverType::kProtest);
  last_noun_clause_ = r.noun ? static_cast<int64_t>(tt.clause) : -1;
  const CameoCode* code = found;
  if (code == nullptr || code->plover_type == PloverType::kNone) return;  // "-" (not an event) or a public statement
  // حذرت منظمة الصحة العالمية من تفشي الكوليرا، حذر الأمين العام من كارثة إنسانية: a warning of a danger
  // (a calamity nobody threatens to bring about) is no threat.
  if ((r.flags & kFlagWarning) && WarnsOfDanger(t)) return;
  // أرسل الأسد دباباته ضد المتمردين: arms sent with the pronoun of their owner are the sender's own,
  // deployed, not supplied to another (072 is arms given).
  if (!r.noun && r.cameo.starts_with("072")) {
    uint32_t last = std::max(t.end, t.rest_end) - 1;
    if (last > t.first && text_.tokens[last].suffix != Enclitic::kNone) return;
  }
  // دعا إلى السماح بدخول المساعدات، فتح المعابر فورا أمام الإمدادات الطبية: aid right after the access its
  // phrase asks for or allows (086) is what that event lets in, no aid of its own; an entry allowed in general
  // (سمحت إسرائيل بدخول شاحنات المساعدات) is then humanitarian access (0863).
  if (r.noun && code->plover_type == PloverType::kAid && hi > 0 && !hit_events_[hi - 1].empty() &&
      hits_[hi - 1].end <= t.first && t.first - std::max(hits_[hi - 1].end, hits_[hi - 1].rest_end) <= 3 &&
      text_.tokens[hits_[hi - 1].first].clause == tt.clause &&
      Rarely((*out)[hit_events_[hi - 1].front()].cameo.starts_with("086"))) {
    if (const CameoCode* access = ont_.Find("0863")) {
      for (size_t k : hit_events_[hi - 1]) {
        Event& e = (*out)[k];
        if (e.cameo != "086") continue;
        SetCode(*access, &e);
        if (Rarely(explain_)) {
          e.explain.push_back(fmt::format("CAMEO 0863: what it lets in is aid ('{}')", text_.Text(tt)));
        }
      }
    }
    return;
  }
  // هذا الاعتداء، تلك الهجمات: a demonstrative points back to an event already reported.
  // Also with a preposition on the demonstrative (بهذا الاحتجاج، لهذه الهجمات).
  if (r.noun && t.first > text_.clauses[tt.clause].first_token) {
    // (BareText and TextEqual: inline compares, where string_view's == calls compare for every word of
    // the literal's length.)
    BareText prev{BareWord(text_.Norm(text_.tokens[t.first - 1]))};
    if (prev == "هذا" || prev == "هذه" || prev == "ذلك" || prev == "تلك" || prev == "هذين" || prev == "هاتين") return;
    // With a preposition: بهذا الاحتجاج، لهذه الهجمات (not ذلك: لذلك "therefore", بذلك "thereby").
    static constexpr std::string_view kConjunctions[] = {"و", "ف"};
    for (std::string_view p : kConjunctions) {
      if (prev.size() > 6 && TextEqual(prev.substr(0, p.size()), p)) prev.remove_prefix(p.size());
    }
    static constexpr std::string_view kPrepositions[] = {"ب", "ل"};
    for (std::string_view p : kPrepositions) {
      if (prev.size() > 6 && TextEqual(prev.substr(0, p.size()), p)) {
        prev.remove_prefix(p.size());
        if (prev == "هذا" || prev == "هذه" || prev == "تلك" || prev == "هذين" || prev == "هاتين") return;
      }
    }
  }
  const Clause& c = text_.clauses[tt.clause];
  // استدعت الخارجية السفير احتجاجا على تصريحاته، علقت الحكومة المفاوضات تنديدا بالقصف: a noun of protest in the
  // accusative (grammar.tsv protest_purpose) is the purpose of the act before it in its clause, when that act is
  // neither a protest nor an attack, not a protest of its own. (A protest or an attack anywhere before it in
  // the clause keeps it: تظاهر الآلاف احتجاجا، خرج مئات من المتظاهرين تدعمهم الأحزاب احتجاجا على.)
  if (r.noun && code->plover_type == PloverType::kProtest && !(tt.prefixes & ~kProWa) &&
      GrammarWordAt(t.first) == GrammarWord::kProtestPurpose) {
    bool other_act = false;
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (hit_events_[j].empty()) continue;
      if (hit_occurrence_[j]) {
        other_act = false;
        break;
      }
      other_act = true;
    }
    if (other_act) return;
  }
  // أفرجت إسرائيل عن 90 أسيرا في إطار صفقة التبادل، أطلقت حماس سراح أربع مجندات ضمن المرحلة الأولى من اتفاق وقف
  // إطلاق النار: a noun after a word of frame (grammar.tsv frame) names the deal or campaign an act told before it in
  // its clause is part of, no event of its own.
  if (r.noun && FramedAt(t.first, c.first_token)) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (!hit_events_[j].empty()) return;
    }
  }
  // انتشلت فرق الدفاع المدني جثث 15 شهيدا من تحت الأنقاض، شيع الآلاف جثامين القتلى: the dead named by their
  // remains were killed in an event told before (or elsewhere); recovering or burying them is no new attack.
  // تشن القوات مداهمات واعتقالات يومية: a word of frequency after the last of nouns joined by و qualifies each
  // of them; a habit is no one event.
  // قتل عشرة أشخاص في هجوم يعيد إلى الأذهان تفجير عام 2017: an event noun dated by the year in construct with it, after
  // an event told before it in its clause, is recalled (RecalledNounYear): background, no new event.
  if (r.noun && (RemainsOf(t, c) || HabitConjunct(hi) ||
                 (t.end + 1 < c.end_token && RecalledNounYear(t.end + 1, c.first_token)))) {
    hit_background_[hi] = true;
    return;
  }
  // فجر انتحاري نفسه وسط تجمع لعناصر الشرطة: a gathering where a violent event of the clause took
  // place is where it happened, not a protest.
  // (The word may be read as its verb, تجمّع: after such a word it is the noun.)
  if (t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kAt && found != nullptr &&
      found->plover_type == PloverType::kProtest) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      const TriggerRecord* before = hit_emitted_[j] ? ChooseRecord(hits_[j], *hit_payloads_[j]) : nullptr;
      const CameoCode* kind = before != nullptr ? ont_.Find(before->cameo) : nullptr;
      if (kind != nullptr && kind->plover_type == PloverType::kAssault) return;
    }
  }
  // تعرضت قافلة مساعدات أممية لهجوم: the subject of a verb of undergoing is who suffered the event
  // after its ل, not an event of its own.
  // Its words are then plain words to the hits after it.
  if (r.noun && UndergoerNoun(hi, c)) {
    for (uint32_t k = t.first; k < t.end; ++k) {
      if (token_trigger_[k] == static_cast<int32_t>(hi)) token_trigger_[k] = -1;
    }
    return;
  }
  // أطلق مسلحون النار على شاحنات مساعدات، قتل سائق شاحنة مساعدات: aid named as what was attacked, or as
  // the trade of a person, is no aid given.
  if (r.noun && code->plover_type == PloverType::kAid && AidNamesNoGiving(hi, c, *out)) return;
  std::vector<std::string> why;
  if (Rarely(explain_)) {
    why.push_back(fmt::format("trigger '{}' = {} '{}' ({}:{}, CAMEO {} {})", text_.Text(tt), r.noun ? "noun" : "verb",
                              r.form, r.origin.file, r.origin.line, r.cameo, code->name_en));
  }

  Arg source, target;
  // (Read in place: nothing changes last_source_ until the arguments are found.)
  static const Arg kNoSource;
  auto last = last_source_.find(tt.clause);
  // (رفضهما لأي مخطط لتهجير الفلسطينيين: an act right after a rejection in its clause, with no pronoun of its
  // own doer, is what is rejected; who rejects it is not its doer.)
  bool after_reaction = false;
  if (hi > 0 && text_.tokens[hits_[hi - 1].first].clause == tt.clause && tt.suffix == Enclitic::kNone) {
    for (size_t idx : hit_events_[hi - 1]) after_reaction = after_reaction || TextEqual((*out)[idx].event, "REJECT");
  }
  const Arg& prev_source = last != last_source_.end() && !after_reaction ? last->second : kNoSource;
  if (r.noun) {
    NounArguments(hi, r, c, prev_source, &source, &target);
    // نفت الشرطة وقوع أي هجوم، أكد الجيش حدوث انفجار: after the noun of a happening (وقوع، حدوث), "any"
    // aside, the event is what happened; the actor before it speaks of it and did not do it.
    if (!source.empty() && t.first > c.first_token + 1) {
      uint32_t k = t.first - 1;
      if (AnyWordAt(k)) --k;
      BareText h = Bare(k);
      if ((h == "وقوع" || h == "حدوث") && M(source.members[0]).end_token <= k) source = Arg();
    }
  } else {
    VerbArguments(hi, r, c, &source, &target);
  }

  // اشتباكات بين قوات الحكومة ومجموعات مسلحة: the two sides of a clash or of talks. With a doer
  // named (توسطت قطر بين حماس وإسرائيل، استعداد بغداد للتوسط بين طهران والرياض) the parties after
  // بين are the targets, all of them; not of an attack, whose بين is mostly where (بين حلب وإدلب).
  bool two_sides = false;  // one list gives both: its members are not one actor twice
  // (A mediator's parties may follow the deal it brokered: توسطت مصر وقطر في اتفاق لوقف إطلاق النار بين إسرائيل وحماس.)
  uint32_t between_reach = TextEqual(r.cameo, "045") && !source.empty() ? 10 : 4;
  // دارت اشتباكات عنيفة في محيط المطار بالعاصمة بين قوة الردع وقوات وزارة الدفاع: the sides of a clash with no side
  // named yet may follow where it was fought, a phrase of places, of a place's objects (حي، مخيم) and of words of no
  // actor (no punctuation, no other event word, no clause joined by و between), up to ten words after it (indep54).
  if ((r.flags & (kFlagMutual | kFlagArmedClash)) && source.empty() && target.empty()) {
    const uint32_t after = std::max(t.end, t.rest_end);
    for (uint32_t k = after; k + 1 < c.end_token && k < after + 10; ++k) {
      const Token& w = text_.tokens[k];
      if (Bare(k) == "بين" && !(w.prefixes & kPrepClitics)) {
        between_reach = std::max(between_reach, k - after + 1);
        break;
      }
      const int32_t m = MentionAt(k);
      if (w.kind == TokenKind::kPunct || (w.prefixes & (kProWa | kProFa)) ||
          (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi)) ||
          (m >= 0 && M(m).is_actor && !M(m).object && !M(m).is_place())) {
        break;
      }
    }
  }
  if (int32_t m = target.empty() ? SidesAfterBetween(t, c, between_reach) : -1; m >= 0) {
    // (States and capitals stand for their governments between a mediator's parties: بين طهران
    // والرياض; other towns are where, as in مناورات بين حلب وإدلب.)
    if (M(m).is_actor || (!source.empty() && StatePlace(m))) {
      const std::vector<int32_t>& g = groups_[group_of_[m]];
      bool states = std::all_of(g.begin(), g.end(), [&](int32_t x) { return M(x).is_actor || StatePlace(x); });
      // (Nor of a protest: قطع سائقو الشاحنات الطريق الدولي بين عمان ودمشق names the road's ends, reads55.)
      if (g.size() >= 2 && g[0] == m && !source.empty() && states && code->plover_type != PloverType::kAssault &&
          code->plover_type != PloverType::kProtest) {
        target.members.assign(g.begin(), g.end());
        target.how = "the parties after بين";
      } else if (g.size() >= 2 && g[0] == m &&
                 (source.empty() || std::all_of(g.begin(), g.end(), [&](int32_t x) { return M(x).is_actor; }))) {
        // (Towns after بين, with a doer named, are where: دوريات مشتركة بين مقديشو وأفجوي.)
        source.members = {g[0]};
        source.how = "first side after بين";
        target.members.assign(g.begin() + 1, g.end());
        target.how = "other side after بين";
        two_sides = true;
      }
    }
  }
  // اشتباكات بين مسلحين من قبيلتين، مواجهات بين عصابتين متنافستين: a clash between the members of one armed
  // people, named once in the plural or the dual, is fought among them; they are its doers (and its sides: an armed
  // clash, below), the dead its victims.
  bool one_side_between = false;
  if (source.empty() && target.empty() && (r.flags & (kFlagMutual | kFlagArmedClash)) && r.noun) {
    // Whether the word at k, right after the side `side`, qualifies it (شبان غاضبين): a word of no actor and no event,
    // with no clitic but an article agreeing with the side's last word, no pronoun and no function word.
    auto adjective_of_side = [&](uint32_t k, int32_t side) {
      const Token& w = text_.tokens[k];
      const Token& last = text_.tokens[M(side).end_token - 1];
      return w.kind == TokenKind::kWord && MentionAt(k) < 0 && token_trigger_[k] < 0 && !(w.prefixes & ~kProAl) &&
             (w.prefixes & kProAl) == (last.prefixes & kProAl) && w.suffix == Enclitic::kNone &&
             !(w.word_class & (kWordFunction | kWordNumber));
    };
    uint32_t after = t.rest_end > t.end ? t.rest_end : t.end;
    for (uint32_t k = after; k + 1 < c.end_token && k < after + 4; ++k) {
      if (Bare(k) != "بين") continue;
      int32_t m = MentionAt(k + 1);
      if (m < 0 || M(m).first_token != k + 1 || !M(m).is_actor || M(m).object ||
          (group_of_[m] >= 0 && groups_[group_of_[m]].size() >= 2)) {
        break;
      }
      // (بين قوات «درع الوطن» ومسلحين قبليين: a first side whose name the lexicon does not know, in quotation
      // marks after its head noun, and the second joined to it by و.)
      uint32_t e = M(m).end_token;
      int32_t first_side = m;
      if (e < c.end_token && text_.Norm(text_.tokens[e]) == "«") {
        // (عناصر «هيئة تحرير الشام»: a head of no sector stands for the actor the quotation names.)
        int32_t named = e + 1 < c.end_token ? MentionAt(e + 1) : -1;
        if (named >= 0 && M(named).first_token == e + 1 && M(named).is_actor && M(m).sector.empty()) {
          first_side = named;
        }
        uint32_t q = e + 1;
        while (q < c.end_token && q < e + 6 && text_.Norm(text_.tokens[q]) != "»") ++q;
        e = q < c.end_token && text_.Norm(text_.tokens[q]) == "»" ? q + 1 : e;
      } else if (e + 1 < c.end_token && adjective_of_side(e, m)) {
        // (مواجهات بين شبان غاضبين والشرطة: the first side qualified by an adjective, the second joined after it.)
        ++e;
      }
      int32_t other = e > M(m).end_token && e < c.end_token ? MentionAt(e) : -1;
      if (other >= 0 && M(other).first_token == e && M(other).is_actor && !M(other).object &&
          (M(other).prefixes & kProWa) && !(M(other).prefixes & kPrepClitics)) {
        source.members = {first_side};
        source.how = "first side after بين (its name in quotation marks)";
        target.members = {other};
        target.how = "other side after بين";
        two_sides = true;
      } else if (IsArmed(M(m).sector) && M(m).people) {
        source.members = {m};
        source.how = "the one armed people after بين, fighting among themselves";
        one_side_between = true;
      }
      break;
    }
  }
  // اشتبكت قوات الجيش وقوات الدعم السريع: a subject that is a unit noun (قوات، عناصر) in construct with an actor that
  // opens a list joined by و names the list's parties, the unit the first one's.
  if (Rarely((r.flags & kFlagMutual) && target.empty() && source.members.size() == 1)) {
    const Mention& head = M(source.members[0]);
    const uint32_t e = head.end_token;
    const int32_t g = e < c.end_token ? MentionAt(e) : -1;
    if (g >= 0 && M(g).first_token == e && head.is_actor && head.agent >= 0 && head.record < 0 && !head.object &&
        text_.tokens[e - 1].suffix == Enclitic::kNone && !(head.prefixes & kProAl) &&
        lex_.agents()[head.agent].kind_id == AgentKind::kGroup && M(g).is_actor &&
        !(M(g).prefixes & (kPrepClitics | kProWa | kProFa)) && group_of_[g] >= 0 &&
        groups_[group_of_[g]].size() >= 2 && groups_[group_of_[g]][0] == g) {
      source.members.assign(groups_[group_of_[g]].begin(), groups_[group_of_[g]].end());
    }
  }
  // اتفقت روسيا وتركيا، اشتبكت قوات الجيش وقوات الدعم السريع: the subject list of a mutual event is
  // both its sides, the first as source.
  if (Rarely((r.flags & kFlagMutual) && target.empty() && source.members.size() >= 2)) {
    int32_t g = group_of_[source.members[0]];
    bool one_list = g >= 0 && std::all_of(source.members.begin(), source.members.end(),
                                          [&](int32_t m) { return m >= 0 && group_of_[m] == g; });
    if (one_list) {
      target.members.assign(source.members.begin() + 1, source.members.end());
      source.members.resize(1);
      source.how = "first of the parties to a mutual event";
      target.how = "other parties to a mutual event";
      two_sides = true;
    }
  }
  // وقع وزير الخارجية المصري ونظيره السعودي مذكرة تفاهم، بحث الرئيس ونظيره الفرنسي: a counterpart joined by و to
  // the one subject of a meeting, a deal, cooperation or any event between its parties alike (a line
  // flagged mutual: a signing, relations restored) is its other party.
  if (target.empty() && source.members.size() == 1 && code != nullptr &&
      (code->plover_type == PloverType::kConsult || code->plover_type == PloverType::kAgree ||
       code->plover_type == PloverType::kCooperate || (r.flags & kFlagMutual))) {
    uint32_t e = M(source.members[0]).end_token;
    if (int32_t cp = e < c.end_token && (text_.tokens[e].prefixes & kProWa) ? CounterpartAt(e) : -1; cp >= 0) {
      target.members = {cp};
      target.how = "the counterpart (نظير) joined by و to the subject: the other party";
      target.counterpart = true;
    }
  }
  // دعم بلاده: "his country" is the country of the actor the pronoun refers to.
  if (r.noun && source.empty() && t.end < c.end_token && Bare(t.end) == "بلاد" &&
      text_.tokens[t.end].suffix != Enclitic::kNone) {
    source = Antecedent(t.end, {}, "'بلاد' + pronoun -> the country of");
  }

  // توفي 70 أسيرا نتيجة التعذيب: the dead whose death the violent noun caused are its target.
  bool died_of_it = false;
  if (r.noun && target.empty() && found && found->plover_type == PloverType::kAssault) {
    if (int32_t d = DeathBefore(t, c); Rarely(d >= 0)) {
      bool after = false;
      Arg dead = SubjectOf(TriggerHit{cues_[d].first, cues_[d].end, 0}, c, &after);
      if (!dead.empty()) {
        target = dead;
        died_of_it = true;
        target.how = "subject of '" + trig_.cue(cues_[d].record).form + "' (died of it)";
      }
    }
  }
  // Only actors (or places standing for their people) are arguments; a demonym adjective is not.
  for (Arg* a : {&source, &target}) {
    // (التقى الوزير نظيره الإيراني وبحث الأخير معه: الأخير may refer back to a counterpart.)
    if (a->members.size() == 1 && M(a->members[0]).first_token > 0 &&
        CounterpartAt(M(a->members[0]).first_token - 1) == a->members[0]) {
      a->counterpart = true;
    }
    if (a->counterpart || a->nationality) continue;  // the demonym of a counterpart stands for a person
    auto not_actor = [&](int32_t m) { return m < 0 || !IsActorLike(m); };
    a->members.erase(std::remove_if(a->members.begin(), a->members.end(), not_actor), a->members.end());
  }
  // هدد زعيم الحوثيين باستهداف السفن الأمريكية: a threat of a violent or coercive act (ب + its verbal
  // noun: an attack, an arrest, a sanction) is aimed at whom the act would hit, the object right after
  // that noun.
  uint32_t clause_end = c.end_token;
  ExpandInclusion(&source, clause_end);
  ExpandInclusion(&target, clause_end);
  // Whether the source is a state named by the demonym of its aircraft or drone: its military.
  bool aircraft_of_state = false;
  // قصفت الطائرات الإسرائيلية: the nationality of the subject a verb form ends in names the doer's state.
  // (هاجمت ليلة الثلاثاء مسيرات روسية: the phrase split by a time adverbial ends after its rest.)
  const uint32_t inside_end = t.rest > t.end && PastDateAt(t.end, t.rest) == t.rest ? t.rest_end : t.end;
  if (!r.noun && (r.flags & kFlagDoerInside) && source.empty() && inside_end < c.end_token) {
    int32_t m = NationalityAt(inside_end);
    if (m < 0) m = SupposedStateAt(inside_end, c.end_token);  // (شنت طائرات مسيرة يشتبه في أنها إسرائيلية)
    if (m >= 0 && !(M(m).prefixes & (kPrepClitics | kProWa))) {
      source.members = NationalityList(m, c.end_token);
      source.how = "nationality of the subject inside the trigger phrase";
      aircraft_of_state = true;  // the subject inside a verb form is aircraft (doer_inside)
    }
  }
  // دمرت الطائرات الإسرائيلية جسرا، قصفت المدفعية التركية قرى (MachineSubjectOfState); a machine that splits the verb's
  // phrase, with or without the article, whatever the event (أسقطت طائرات أردنية مساعدات: MachineSubjectSplit).
  if (!r.noun && source.empty() && (code->plover_type == PloverType::kAssault || t.rest > t.end)) {
    source = MachineSubjectOfState(t, c);
    aircraft_of_state = !source.empty();
  }
  // الطائرات الإسرائيلية قصفت منزلا، أكد الجيش أن الطائرات الحربية الروسية قصفت: the same subject before the
  // verb, opening its clause or the complement of أن; indefinite too, its nationality agreeing with it
  // (أفادت مصادر بأن طائرات أمريكية قصفت); so is a munition (قال المسؤول إن صواريخ روسية قتلت
  // مدنيين).
  if (!r.noun && source.empty() && code->plover_type == PloverType::kAssault && t.first >= c.first_token + 2) {
    int32_t n = MentionAt(t.first - 1);
    int32_t m = n >= 0 && M(n).end_token == t.first ? NationalityAt(M(n).first_token) : -1;
    // (إن صاروخين روسيين قتلا: right after an indefinite munition or machine of war, a demonym that also names a
    // state's people is its adjective.)
    if (m < 0 && n >= 0 && M(n).end_token == t.first && M(n).first_token > c.first_token + 1 && M(n).is_actor &&
        M(n).demonym >= 0 && M(n).agent < 0 && M(n).record < 0 && !M(n).country.empty() && M(n).prefixes == 0 &&
        (WordKindsAt(M(n).first_token - 1) & (kMachineWord | kMunitionWord))) {
      m = n;
    }
    const uint8_t article = m >= 0 ? M(m).prefixes : 0xff;
    uint32_t head = m >= 0 ? M(m).first_token - 1 : 0;
    if (m >= 0 && (article & ~kProAl) == 0 && head > c.first_token && MentionAt(head) < 0 && token_trigger_[head] < 0 &&
        text_.tokens[head].prefixes == article && !(WordKindsAt(head) & (kMachineWord | kMunitionWord)) &&
        !(text_.tokens[head].word_class & kWordFunction)) {
      --head;  // (an adjective of its own: الحربية)
    }
    const Sentence& sent = text_.sentences[tt.sentence];
    bool opens = m >= 0 && head >= c.first_token &&
                 (head == c.first_token || AnnaAt(head - 1) || OpeningAfter(sent.first_token, t.first) == head);
    if (opens && (article & ~kProAl) == 0 && text_.tokens[head].prefixes == article && MentionAt(head) < 0 &&
        token_trigger_[head] < 0 &&
        (WordKindsAt(head) & (kMachineWord | kMunitionWord))) {
      source.members = NationalityList(m, c.end_token);
      source.how = "nationality of the machine of war or the munition that is the verb's subject, before it";
      aircraft_of_state = true;
    }
  }
  // قال الجيش إن طائراته قصفت القرية، أعلنت إسرائيل أن طائراتها قصفت مواقع: machines of war with a pronoun,
  // the verb's subject opening its clause or the complement of أن, are those of the actor it refers to.
  if (!r.noun && source.empty() && code->plover_type == PloverType::kAssault && t.first > c.first_token) {
    uint32_t k = t.first - 1;
    if (text_.tokens[k].suffix != Enclitic::kNone && MentionAt(k) < 0 && token_trigger_[k] < 0 &&
        (WordKindsAt(k) & kMachineWord) && (text_.tokens[k].prefixes & kPrepClitics) == 0 &&
        (k == c.first_token || AnnaAt(k - 1))) {
      source = Antecedent(k, {}, "owner of the machines of war (pronoun) that are the verb's subject");
      aircraft_of_state = !source.empty();
    }
  }
  // قال شهود إن مسيرة يشغلها الجيش السوداني قصفت سوقا، طائرات تسيرها القوات الروسية قصفت: a machine of war
  // with a relative clause naming who operates it (grammar.tsv operating, with its pronoun) is that operator's, the
  // doer, where the machine opens the verb's clause or the complement of أن and the operator stands right before the
  // verb. (Not one the army detected or shot down, رصدها الجيش، أسقطها: no word of operating.) A few words only.
  if (!r.noun && source.empty() && code->plover_type == PloverType::kAssault && t.first >= c.first_token + 3 &&
      Rarely(((grammar_words_seen_ >> static_cast<unsigned>(GrammarWord::kOperating)) & 1u) != 0)) {
    const int32_t op = MentionAt(t.first - 1);
    const uint32_t verb = op >= 0 && M(op).end_token == t.first ? M(op).first_token - 1 : 0;
    if (verb > c.first_token && GrammarWordAt(verb) == GrammarWord::kOperating && M(op).is_actor && !M(op).object &&
        !(M(op).prefixes & (kPrepClitics | kProWa | kProFa)) && text_.tokens[verb].prefixes == 0 &&
        text_.tokens[verb].suffix != Enclitic::kNone) {
      // (The machine, right before the verb of operating or before one word of its own: طائرة مسيرة يشغلها.)
      for (uint32_t k = verb; k-- > c.first_token && k + 3 > verb;) {
        if (MentionAt(k) >= 0 || (text_.tokens[k].prefixes & (kPrepClitics | kProWa | kProFa))) break;
        if ((WordKindsAt(k) & kMachineWord) && (k == c.first_token || AnnaAt(k - 1))) {
          source = GroupOf(op, "the operator of the machine of war that is the verb's subject (مسيرة يشغلها الجيش)");
          aircraft_of_state = true;
          break;
        }
      }
    }
  }
  // شنت الطائرات الإسرائيلية غارات: the subject of a verb of carrying out, between it and the noun,
  // that is no actor (aircraft, warships) names its doer by the nationality right after it, which
  // agrees with it in the article: that state's military.
  // Indefinite, the subject is a machine of war (شنت طائرات روسية غارات: its nationality agrees with it).
  // (A date may stand between the nationality and the noun: شنت الطائرات الإسرائيلية صباح اليوم غارات; so may a
  // count of it: شنت طائرات إسرائيلية عشرات الغارات.)
  // (Only a document with a verb of carrying out can: in one with none, most, the search below is skipped.)
  const bool machine_by_perpetrator =
      r.noun && source.empty() && ((cue_kinds_ >> static_cast<unsigned>(CueKind::kPerpetrate)) & 1u);
  uint32_t noun_at = t.first;
  for (uint32_t k = t.first - 1; machine_by_perpetrator && k > c.first_token + 2 && k + 5 > t.first; --k) {
    if (NationalityAt(k - 1) >= 0 && (PastInsertion(k) == t.first || quantity_end_[k] == t.first)) {
      noun_at = k;
      break;
    }
  }
  // (A list of nationalities joined by و: شنت طائرات أمريكية وبريطانية غارات.)
  uint32_t first_nationality = noun_at - 1;
  while (machine_by_perpetrator && first_nationality > c.first_token + 2 && NationalityAt(first_nationality) >= 0 &&
         (M(NationalityAt(first_nationality)).prefixes & kProWa) && NationalityAt(first_nationality - 1) >= 0) {
    --first_nationality;
  }
  uint32_t machine = first_nationality - 1;
  // (شنت طائرات قيل إنها روسية غارات: the machines past the supposition of their state, its cue two or three words.)
  const int32_t supposed = machine_by_perpetrator && first_nationality >= c.first_token + 4
                               ? NationalityAt(first_nationality) : -1;
  for (uint32_t b = first_nationality - 2; supposed >= 0 && b + 4 >= first_nationality && b > c.first_token; --b) {
    if (SupposedStateAt(b, noun_at) == supposed) machine = b - 1;
  }
  if (machine_by_perpetrator && noun_at >= c.first_token + 3 && CueEndsBefore(machine, CueKind::kPerpetrate) &&
      MentionAt(machine) < 0 && token_trigger_[machine] < 0 &&
      (text_.tokens[machine].prefixes == kProAl ||
       (text_.tokens[machine].prefixes == 0 && (WordKindsAt(machine) & kMachineWord)))) {
    int32_t m = NationalityAt(first_nationality);
    if (m >= 0 && M(m).prefixes == text_.tokens[machine].prefixes) {
      source.members = NationalityList(m, noun_at);
      source.how = "nationality of the subject of the verb that carried it out";
      aircraft_of_state = true;
    }
  }
  // شنت طائرات التحالف العربي غارات، نفذت مسيرات الجيش السوداني ضربات: that subject, a machine of war in
  // construct (no article), is its owner's, the actor in its genitive, who did it.
  if (r.noun && source.empty() && t.first >= c.first_token + 3) {
    int32_t g = MentionAt(t.first - 1);
    uint32_t machine = g >= 0 && M(g).end_token == t.first ? M(g).first_token - 1 : 0;
    // (The genitive is definite, by name or by the article, and has no clitic: طائرات التحالف.)
    if (machine > c.first_token && M(g).is_actor && !M(g).object && !(M(g).prefixes & (kPrepClitics | kProWa)) &&
        (M(g).record >= 0 || (text_.tokens[M(g).first_token].prefixes & kProAl)) &&
        CueEndsBefore(machine, CueKind::kPerpetrate) && text_.tokens[machine].prefixes == 0 &&
        text_.tokens[machine].suffix == Enclitic::kNone && MentionAt(machine) < 0 && token_trigger_[machine] < 0 &&
        (WordKindsAt(machine) & kMachineWord)) {
      source = GroupOf(g, "owner of the machines of war that carried it out (genitive)");
    }
  }
  // قصف لطائرات روسية على إدلب، غارة لمروحيات عسكرية إسرائيلية: an attack noun with no genitive, then machines of war
  // after لـ (no actor) and their nationality, right after them or after one adjective of their own: that state's
  // military did it, as it does with the machines as the genitive (قصف طائرات روسية) or after the verb (قصفت طائرات
  // روسية). Where the noun's genitive is what it hits, لـ may introduce that too (قصف لطائرات روسية في قاعدة حميميم):
  // the machines are the doer's only with على or ضد after them, on what was hit (as for the doer after لـ,
  // ReadNounArguments).
  if (r.noun && source.empty() && t.end + 1 < c.end_token && code->plover_type == PloverType::kAssault &&
      text_.tokens[t.end - 1].suffix == Enclitic::kNone) {
    const Token& craft = text_.tokens[t.end];
    if (craft.kind == TokenKind::kWord && craft.prefixes == kProLi && craft.suffix == Enclitic::kNone &&
        MentionAt(t.end) < 0 && (WordKindsAt(t.end) & kMachineWord)) {
      for (uint32_t j = t.end + 1; j < c.end_token && j < t.end + 3; ++j) {
        if (int32_t m = NationalityAt(j); m >= 0) {
          const Members states = NationalityList(m, c.end_token);
          const uint32_t after = M(states.back()).end_token;
          const bool aimed = after < c.end_token && (Bare(after) == "علي" || Bare(after) == "ضد");
          if (!(M(m).prefixes & (kPrepClitics | kProWa | kProFa)) && (r.gen != ArgRole::kTarget || aimed)) {
            source.members = states;
            source.how = "nationality of the machines of war after لـ, the doer";
            aircraft_of_state = true;
          }
          break;
        }
        if (MentionAt(j) >= 0 || !IsPlainNoun(j)) break;
      }
    }
  }
  // دمرت غارة إسرائيلية جسرا: a verb whose subject, right after it, is a violent noun (an attack, a
  // strike) with a nationality has that state as its doer; an air strike's is its military.
  if (!r.noun && source.empty() && t.end + 1 < c.end_token) {
    int32_t h = token_trigger_[t.end];
    int32_t m = h >= 0 && hits_[h].first == t.end ? NationalityAt(hits_[h].end) : -1;
    if (m < 0 && h >= 0 && hits_[h].first == t.end) m = SupposedStateAt(hits_[h].end, c.end_token);  // (مسيرة يعتقد أنها)
    if (m < 0 && h >= 0 && hits_[h].first == t.end && hits_[h].end < c.end_token) m = GroupAdjectiveAt(hits_[h].end);
    if (m >= 0 && !(M(m).prefixes & (kPrepClitics | kProWa)) && (text_.tokens[t.end].prefixes & ~kProAl) == 0) {
      if (const TriggerRecord* nr = ViolentNounRecord(h); nr != nullptr) {
        source.members = {m};
        source.how = "nationality of the attack that is the verb's subject";
        aircraft_of_state = nr->cameo.starts_with("195");
      }
    }
  }
  // أصيب جنود من اليونيفيل بنيران إسرائيلية، قتل شاب برصاص إسرائيلي: a passive's phrase of agency whose
  // noun a nationality qualifies names the doer's state.
  if (!r.noun && source.empty() && !target.empty() && (r.passive || (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)))) {
    for (const CueHit& q : CuesOfKindsIn(t.end, t.end + 9, CueKind::kByAgent)) {
      if (!IsAgencyPhraseOf(q, t, c)) continue;
      int32_t m = NationalityAt(q.end);
      if (m >= 0 && !(M(m).prefixes & (kPrepClitics | kProWa))) {
        source.members = {m};
        source.how = "nationality of the phrase of agency";
      }
      break;
    }
  }
  // نفت إثيوبيا اتهامات مصرية، رفضت الحكومة الاتهامات الأمريكية: accusations a verb of denying or rejecting
  // takes as its object were made against the denier, by the actor their genitive or adjective names (not by
  // the denier, whom the search for a doer before the noun finds).
  if (r.noun && r.cameo.starts_with("112")) {
    if (int32_t denier = DenierOf(t, c); denier >= 0) {
      if (!source.empty() && SameGroup(source, GroupOf(denier, ""))) source = Arg{};
      if (target.empty()) target = GroupOf(denier, "who denies or rejects the accusations");
    }
  }
  // غارة إسرائيلية، ضربة جوية أميركية: a demonym adjective of the attack names the doer's state.
  // An adjective agrees with its noun in definiteness, and stands right after it or after its other
  // adjectives: in هجوما على السيادة العراقية، الانسحاب من المعاهدة الأميركية the demonym qualifies
  // another noun.
  auto definite = [&](uint32_t k) { return IsDefinite(text_, text_.tokens[k]); };
  // A noun whose genitive is its target takes the adjective as its doer too (القصف الروسي، حصار
  // إسرائيلي), but not one of killing, wounding or capture: after those a nationality is mostly the
  // victim, as a noun (مقتل أمريكي، اختطاف بريطاني).
  bool adjective_doer = r.gen != ArgRole::kTarget || !(r.flags & (kFlagKill | kFlagInjure | kFlagCapture));
  const bool names_act = ReactionType(code->plover_type) && t.end > t.first + 1;  // (تنديدا بالعدوان)
  if (r.noun && adjective_doer && (source.empty() || (names_act && target.empty()))) {
    bool noun_definite = definite(t.end - 1);
    bool drone_seen = false;
    bool perpetrator = false;
    for (uint32_t k = t.end, limit = t.end + 3; k < c.end_token && k < limit; ++k) {
      const Token& x = text_.tokens[k];
      if (!perpetrator && k + 1 < c.end_token && CueStartsAt(k, CueKind::kPerpetrate) &&
          CueEndsBefore(k + 1, CueKind::kPerpetrate)) {
        // غارة جوية شنتها طائرة أمريكية: past a verb of carrying out with its pronoun, the doer's
        // phrase, whose demonym names the doer.
        perpetrator = true;
        noun_definite = definite(k + 1);
        limit = k + 4;
        continue;
      }
      if (x.kind != TokenKind::kWord || definite(k) != noun_definite || (x.word_class & kWordFunction)) break;
      int32_t m = MentionAt(k);
      // (After a noun whose genitive is its target, a word between is that genitive: استهداف مدمرة
      // أمريكية, the destroyer is American.)
      if (r.gen == ArgRole::kTarget && k > t.end && !perpetrator && !drone_seen) break;
      if (m < 0) {
        int32_t h = token_trigger_[k];
        // غارة لطائرات مسيرة أمريكية، هجوم بطائرة مسيرة إسرائيلية: the aircraft or drone of the attack
        // (a noun of aerial weapons, CAMEO 195x), through لـ or بـ; its demonym names the doer, whose
        // military it is.
        bool drone = h >= 0 && hits_[h].first == k && (x.prefixes & (kProLi | kProBi)) && k == t.end;
        if (drone) {
          drone = false;
          for (uint32_t p : *hit_payloads_[h]) {
            drone = drone || (trig_.trigger(p).noun && trig_.trigger(p).cameo.rfind("195", 0) == 0);
          }
        }
        if (drone) {
          drone_seen = true;
          noun_definite = definite(hits_[h].end - 1);
          k = hits_[h].end - 1;
          continue;
        }
        if (h >= 0) break;
        continue;  // another adjective (جوية، انتحارية)
      }
      if (!M(m).is_actor && !M(m).is_place() && M(m).demonym >= 0 && !M(m).country.empty() &&
          M(m).first_token == k && !(M(m).prefixes & (kPrepClitics | kProWa))) {
        // تنديدا بالعدوان الأمريكي، إدانة القصف الإسرائيلي: a reaction whose phrase names the act it reacts
        // to: the demonym names the act's doer, at whom the reaction is aimed.
        if (names_act) {
          if (target.empty()) {
            target.members = {m};
            target.how = "demonym of the act the reaction names";
          }
          break;
        }
        source.members = {m};
        source.how = drone_seen    ? "demonym of the attack's aircraft"
                     : perpetrator ? "demonym of the doer who carried out the attack"
                                   : "demonym adjective of the attack";
        aircraft_of_state = drone_seen || TextEqual(r.cameo, "1952");  // مسيرة إسرائيلية: a drone
      }
      break;
    }
    // (غارة يعتقد أنها إسرائيلية، طائرة مسيرة يرجح أنها أمريكية: a supposition right after the noun names the state.)
    const bool may_suppose = source.empty() && !names_act && t.end + 2 < c.end_token &&
                             text_.tokens[t.end].prefixes == 0 && token_trigger_[t.end] < 0;
    if (int32_t m = may_suppose ? SupposedStateAt(t.end, c.end_token) : -1; m >= 0) {
      source.members = {m};
      source.how = "the state the attack is supposed to be of";
      aircraft_of_state = TextEqual(r.cameo, "1952");
    }
  }
  // A verbal event (quad class 1 or 3) a medium makes is its owner's (SpeakForMedium). The owner after
  // the word of belonging only qualifies the medium, and a medium's name right after الرسمية is the
  // medium again (وكالة الأنباء الفلسطينية الرسمية وفا): an object read there is the actor right after
  // it, or none (then a demonym after it may name the target: نددت صحيفة تابعة للحرس الثوري بالغارات
  // الإسرائيلية). So the accused is the right one: اتهمت قناة المسيرة التابعة للحوثيين الولايات المتحدة
  // بقصف الميناء accuses the United States, the doer of the alleged strike.
  const bool verbal = code->quad_class == 1 || code->quad_class == 3;
  if (verbal && !source.members.empty() && target.members.size() == 1 &&
      TextEqual(M(source.members[0]).sector, "MED") && QualifiesMedium(source.members[0], target.members[0])) {
    uint32_t after = M(target.members[0]).end_token;
    int32_t n = after < text_.tokens.size() ? MentionAt(after) : -1;
    if (n >= 0 && M(n).first_token == after && M(n).is_actor && !M(n).object) {
      target = GroupOf(n, "object of the medium's verb, after what only qualifies the medium");
    } else {
      target = Arg();
    }
  }
  // قصفت المقاومة الطائرات الأميركية، أطلقوا الصواريخ على المناطق القبلية الباكستانية، هجوم على دورية
  // بريطانية: an attack on a thing that a demonym qualifies (its aircraft, its territory, its patrol)
  // targets that state. The thing is the object the trigger takes: after على / ضد where the trigger
  // introduces its target so, the genitive of a noun whose genitive is its target, or the direct
  // object of a verb whose subject is known to stand elsewhere (before it, or right after it). An
  // attack by a state's own forces on what is its own is not given to it. So for every type: رفضت حماس
  // الموقف الإسرائيلي (Israel's position), رفضت الحكومة الإثيوبية الوساطة الكينية (Kenya's mediation).
  if (target.empty()) {
    // The mention of a state's nationality that starts at token d, or -1.
    auto demonym_at = [&](uint32_t d) -> int32_t {
      int32_t m = MentionAt(d);
      if (m < 0) return -1;
      const Mention& x = M(m);
      if (x.first_token != d || (x.prefixes & (kPrepClitics | kProWa | kProFa))) return -1;
      bool demonym = !x.is_actor && !x.is_place() && x.demonym >= 0 && !x.country.empty();
      // المبادرة الحوثية، الصواريخ الحوثية: a named group's relational adjective (one word in ـي/ـية
      // with the article) qualifies the noun before it as a nationality does.
      std::string_view w = text_.Stem(text_.tokens[d]);
      // So does a state whose name is its adjective (بالمبادرة السعودية).
      bool group_adjective = x.is_actor && x.record >= 0 && (!x.is_place() || lex_.record(x.record).is_state) &&
                             x.end_token == d + 1 && definite(d) && !lex_.record(x.record).is_person &&
                             (w.ends_with("يه") || w.ends_with("ي"));
      return demonym || group_adjective ? m : -1;
    };
    // The object noun itself may be an event noun (رفضت طهران الاتهامات الأمريكية، ثمنت الدعم القطري)
    // and carry the preposition that introduces it (أشادت مصر بالمبادرة السعودية): `head_clitics`.
    auto demonym_of_object = [&](uint32_t obj, uint8_t head_clitics = 0, bool event_head = true) -> int32_t {
      // A content word that is also a cue (المقترح، التصريحات) can be qualified by a nationality.
      auto content = [&](const Token& x) {
        return x.kind == TokenKind::kWord && (!(x.word_class & kWordFunction) || (x.word_class & (kWordNoun | kWordVerb)));
      };
      auto plain = [&](uint32_t k) {
        const Token& x = text_.tokens[k];
        // (A preposition opens another phrase: الحفاظ على الوحدة اليمنية.)
        return content(x) && token_trigger_[k] < 0 && !(x.prefixes & (kPrepClitics | kProWa | kProFa)) &&
               !CueStartsAt(k, CueKind::kPreposition);
      };
      auto head = [&](uint32_t k) {
        const Token& x = text_.tokens[k];
        int32_t h = token_trigger_[k];
        bool event_noun = h >= 0 && h != static_cast<int32_t>(hi) && !hit_verb_[h] && hits_[h].first == k;
        return content(x) && (h < 0 || (event_head && event_noun)) &&
               !(x.prefixes & (kPrepClitics | kProWa | kProFa) & ~head_clitics);
      };
      if (obj >= c.end_token || MentionAt(obj) >= 0 || !head(obj)) return -1;
      // (An event noun of two words, العملية العسكرية، ends where its phrase ends.)
      if (int32_t h = token_trigger_[obj]; h >= 0 && h != static_cast<int32_t>(hi) && hits_[h].first == obj) {
        obj = hits_[h].end - 1;
      }
      for (uint32_t d = obj + 1; d < c.end_token && d <= obj + 3; ++d) {
        if (MentionAt(d) < 0) {
          if (!plain(d)) return -1;
          continue;  // an adjective (القبلية) or the genitive (مقر السفارة الأميركية)
        }
        return demonym_at(d);
      }
      return -1;
    };
    int32_t m = -1;
    const char* how = nullptr;
    // رفض الوساطة الكينية: a verb phrase that ends in its object noun; a nationality right after the
    // phrase, with the article as the noun has it, qualifies that noun.
    // (So does one after a noun phrase that ends in the craft it hits: إسقاط طائرة مسيرة أمريكية.)
    if (!r.noun || (r.gen == ArgRole::kTarget && t.end >= t.first + 2 && (WordKindsAt(t.end - 1) & kMachineWord))) {
      bool split = t.rest_end > t.rest;
      uint32_t after = split ? t.rest_end : t.end;
      if ((split || t.end >= t.first + 2) && after < c.end_token && definite(after) == definite(after - 1)) {
        m = demonym_at(after);
        how = "demonym of the object noun ending the trigger phrase";
      }
    }
    if (m < 0 && r.noun && r.gen == ArgRole::kTarget) {
      m = demonym_of_object(t.end);
      how = "demonym of the thing attacked (genitive)";
    }
    if (m < 0 && !r.noun && (r.target & kTargetObject)) {
      uint32_t obj = t.end;
      bool subject_elsewhere = !source.empty() && M(source.members[0]).end_token <= t.first;
      if (!source.empty() && M(source.members[0]).first_token == t.end) {
        obj = M(source.members[0]).end_token;
        subject_elsewhere = true;
      }
      if (obj < c.end_token) obj = PastInsertion(obj);
      // أعلنت حماس قبولها المقترح المصري: the object follows the rest of a phrase split by its subject.
      if (t.rest_end > t.rest) {
        obj = t.rest_end;
        subject_elsewhere = true;
      }
      // ضربة جوية استهدفت المنطقة: a verb describing the attack noun before it has that attack as subject.
      for (uint32_t k = t.first; !subject_elsewhere && hi > 0 && k > c.first_token && k + 2 >= t.first; --k) {
        if (text_.tokens[k - 1].kind != TokenKind::kWord) break;
        int32_t h = token_trigger_[k - 1];
        if (h >= 0 && h != static_cast<int32_t>(hi)) subject_elsewhere = hit_occurrence_[h] && !hit_verb_[h];
        if (h >= 0) break;
      }
      if (subject_elsewhere) {
        m = demonym_of_object(obj);
        how = "demonym of the thing attacked (object)";
      }
    }
    // The subject may stand inside a phrase (أطلق مسلحون النار على): it is passed over.
    for (uint32_t k = t.end; m < 0 && k + 1 < c.end_token && k < t.end + 6; ++k) {
      const Token& x = text_.tokens[k];
      // بالمبادرة السعودية، للتدخل الإماراتي: the preposition the trigger takes its target with,
      // joined to the noun (which may be an event noun).
      uint8_t clitic = x.kind == TokenKind::kWord ? x.prefixes & (kProBi | kProLi) : 0;
      uint16_t joined = clitic == kProBi ? kTargetBi : clitic == kProLi ? kTargetLi : 0;
      if (joined != 0 && (joined & r.target) && MentionAt(k) < 0) {
        m = demonym_of_object(k, clitic);
        how = "demonym of the thing aimed at (after a preposition)";
        break;
      }
      if (x.kind != TokenKind::kWord || (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi))) {
        break;
      }
      if (int32_t a = MentionAt(k); a >= 0) {
        // (The subject, or the owner a medium that is the subject is qualified by, is passed over.)
        bool passed = !source.empty() && (a == source.members[0] || (verbal && TextEqual(M(source.members[0]).sector, "MED") &&
                                                                       MediumOwnerAfter(source.members[0]) == a));
        if (!passed || M(a).end_token <= k) break;
        k = M(a).end_token - 1;
        continue;
      }
      std::string_view w = Bare(k);
      // (في mostly places the event: في المناطق الكردية is where, not whom.)
      uint16_t way = TargetWayOf(w) & ~static_cast<uint16_t>(kTargetFi);
      if (way == 0) continue;
      // (After a word preposition an event noun is what is called for or done, دعا إلى الحفاظ على
      // الوحدة اليمنية, not whom the event is aimed at; but what a complaint or a protest is about is an act
      // done, whose nationality names its doer: احتجت الحكومة العراقية على القصف التركي.)
      if (way & r.target) {
        const bool act_complained_of =
            code->plover_type == PloverType::kAccuse || code->plover_type == PloverType::kProtest;
        m = demonym_of_object(k + 1, 0, act_complained_of);
        how = "demonym of the thing attacked (after a preposition)";
      }
      break;
    }
    // (A named group is not its state: the government's rejection of a Houthi proposal is aimed at them.)
    bool own = false;
    for (int32_t s : source.members) {
      own = own || (m >= 0 && !M(m).is_actor && (M(s).country == M(m).country || M(s).inferred_country == M(m).country));
    }
    if (m >= 0 && !own) {
      target.members = {m};
      target.how = how;
      // المقترح المصري القطري: a second nationality right after the first qualifies the same noun.
      for (int32_t n = demonym_at(M(m).end_token); n >= 0 && M(n).end_token < c.end_token;
           n = demonym_at(M(n).end_token)) {
        target.members.push_back(n);
      }
    }
  }

  // أدانت الأمم المتحدة الهجوم الذي نفذته حركة الشباب، أدانت مصر هجمات الحوثيين: a condemnation is
  // aimed at the doer of the act it condemns.
  if (target.empty() && code->plover_type == PloverType::kAccuse) target = CondemnedDoer(hi, c, source);
  // استنكرت إيران اغتيال إسرائيل لقادة، رحبت الأمم المتحدة بإفراج حماس عن رهائن، انتقد الحرب التي تشنها
  // إسرائيل: a reaction to an act is aimed at the act's doer (reactions.cc).
  if (ReactionType(code->plover_type)) ReactToAct(hi, c, &source, &target);
  // المساعدات التي تقدمها الولايات المتحدة، الاتفاق الذي وقعته إثيوبيا: an event noun's doer may be the subject
  // of a relative clause on it (reactions.cc).
  if (r.noun && source.empty()) GiverAfterNoun(hi, c, code->plover_type, &source, &target);
  Arg relative_doer;
  if (r.noun && source.empty()) source = relative_doer = RelativeDoerOfNoun(hi, c, target);
  // (القصف الذي نفذته طائرات روسية: the nationality of machines of war names the state's military.)
  if (!relative_doer.empty()) {
    uint32_t f = M(relative_doer.members[0]).first_token;
    aircraft_of_state = M(relative_doer.members[0]).agent < 0 && f > c.first_token + 1 &&
                        ((WordKindsAt(f - 1) & kMachineWord) || (WordKindsAt(f - 2) & kMachineWord));
  }

  // Place.
  int32_t place = -1;
  if (Rarely((r.flags & kFlagPlaceIsTarget) && target.members.size() == 1 && M(target.members[0]).is_place())) {
    place = target.members[0];
    target = Arg{};  // the territory taken is the place, not a target actor
    // استعاد الجيش السيطرة على تلعفر من داعش: the side it was taken from, after من right after the place.
    if (uint32_t k = M(place).end_token;
        (r.target & kTargetMin) && k + 1 < c.end_token && Bare(k) == "من" && text_.tokens[k].prefixes == 0) {
      if (int32_t m = MentionAt(k + 1); m >= 0 && M(m).first_token == k + 1 && (M(m).is_actor || StatePlace(m))) {
        target = ResolveDemonstrative(m);
        target.how = "the side the place was taken from (من after it)";
      }
    }
  }
  if (place < 0) place = PlaceFor(t, c, target, relative_doer);
  // تظاهر المئات من أهالي بلدة الباب، اعتصم عمال ميناء عدن: when the clause names no place, the event is where its
  // doers are of: a town or site in construct right after the doer (past one word of place, بلدة، مدينة، ميناء),
  // not a whole country or region.
  if (place < 0) {
    for (int32_t s : source.members) {
      uint32_t k = M(s).end_token;
      // (actors54) أهالي مدينة السويداء، أبناء منطقة الحويجة: the doers' mention may hold the town itself.
      if (M(s).is_actor && M(s).is_place() && M(s).record < 0 && !(M(s).prefixes & (kPrepClitics | kProWa | kProFa))) {
        if (WholeArea(lex_.places()[M(s).place].kind)) continue;
        place = s;
        break;
      }
      if (!M(s).is_actor || M(s).is_place() || k >= c.end_token) continue;
      if (MentionAt(k) < 0 && text_.tokens[k].prefixes == 0 && (lex_.word_kinds().Of(Bare(k)) & kPlaceNounWord)) ++k;
      const int32_t p = k < c.end_token ? MentionAt(k) : -1;
      if (p < 0 || M(p).first_token != k || !M(p).is_place() || (M(p).prefixes & (kPrepClitics | kProWa | kProFa))) {
        continue;
      }
      if (WholeArea(lex_.places()[M(p).place].kind)) continue;
      place = p;
      break;
    }
  }
  // وصل مسلحون ملثمون إلى سوق بلدة طفس. وأطلقوا النار على رئيس البلدية: when the clause names no place and its doers,
  // unnamed people, are those of the sentence before (carried to a verb opening its sentence), the event is where that
  // sentence put them: the first place it names after them (طفس of سوق بلدة طفس في ريف درعا).
  if (place < 0 && !source.empty() && t.first == c.first_token && M(source.members.back()).record < 0 &&
      M(source.members.back()).is_actor) {
    const int32_t s = source.members.back();
    const uint32_t before = text_.tokens[M(s).first_token].sentence;
    const int32_t end = MentionsEndingBy(text_.sentences[before].end_token);
    // (Or two sentences before, past one that names no one.)
    for (int32_t m = s + 1; (before + 1 == tt.sentence || before + 2 == tt.sentence) && m < end; ++m) {
      if (M(m).is_place() && !M(m).is_actor) {
        place = m;
        break;
      }
    }
  }

  // Counts.
  std::optional<int64_t> fatalities, injured, captured;
  bool dual_count = false;  // the count is a dual's two, weaker evidence of a report than a number
  if (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) {
    // خلف الهجوم قتيلين، أسفر الانفجار عن سقوط قتيلين: the dual of a casualty noun is its own count (not that of
    // the noun joined to it by و, قتيلين وثلاثة جرحى).
    std::optional<int64_t> n;
    if (r.noun && (WordKindsAt(t.end - 1) & kDualTollWord)) n = 2;
    // خسرت القوات العراقية الليلة الماضية ثلاثة من عناصرها، فقد الجيش صباح اليوم جنديين: a verb of loss counts its dead
    // right after its loser and a date, wherever that puts them (a dual, two).
    if (const uint32_t after = (r.flags & kFlagLoss) ? LoserAndDeadAfter(t) : 0; after > 0) {
      for (const Quantity& q : QuantitiesTouching(after - 1, after - 1)) {
        // (Not a definite number, خسرنا الأحد ستة: الأحد is Sunday, or people counted before.)
        if (q.end_token == after && q.unit.empty() && q.value > 0 && q.value == std::floor(q.value) &&
            (q.vague || !IsDefinite(text_, text_.tokens[q.first_token]))) {
          n = static_cast<int64_t>(q.value);
        }
      }
      if (const int32_t dual = MentionAt(after - 1); !n && dual >= 0 && M(dual).end_token == after && IsDual(dual)) {
        n = 2;  // (the loss's own object, as sure as a number: no weaker evidence)
      }
    }
    if (!n) n = CountNear(t, c);
    if (!n && !target.empty()) {
      // عشرة أشخاص (لقوا مصرعهم): the count of the victims (عنصران من حزب الله: of the members an organisation
      // stands for).
      const int32_t victims = target.member >= 0 ? target.member : target.members[0];
      uint32_t first = M(victims).first_token;
      // (ثلاثة من جنوده قتلوا: the count before من and the people counted.)
      if (first > c.first_token + 1 && text_.tokens[first - 1].prefixes == 0 && Bare(first - 1) == "من") --first;
      for (const Quantity& q : QuantitiesTouching(first, first)) {
        if (q.end_token == first && q.unit.empty() && q.value > 0 && q.value == std::floor(q.value)) {
          n = static_cast<int64_t>(q.value);
        }
      }
      if (!n && IsDual(victims)) {
        n = 2;  // جنديان
        dual_count = true;
      }
    }
    if (r.flags & kFlagKill) fatalities = n;
    if (r.flags & kFlagInjure) injured = n;
    if (r.flags & kFlagCapture) captured = n;
    // توفي 70 سجينا تحت التعذيب: victims of a wounding noun who died of it are its dead, not its wounded.
    if (died_of_it && injured) {
      if (!fatalities) fatalities = injured;
      injured.reset();
    }
  }

  // A definite verbal noun with nothing attached (الهجوم، القتل، التعذيب) refers to an event named
  // elsewhere or to violence in general; it reports no event of its own, unless it is a violent or
  // protest noun that the sentence itself presents as happening (decided below, once the rules of
  // reporting.cc have judged it and the crowd or the doer of its cause has been looked for).
  bool bare_definite = false;
  // (The same noun with a place or a circumstance further on in its clause is still a definite noun with no doer, no
  // victim and no toll of its own: وجرت التظاهرات في العاصمة بدعوة من الحزب. Only the protest reading below, of a
  // sentence that goes on from a protest, asks this.)
  bool definite_alone = false;
  // (عقدت القمة، لم تعقد الجلسة: a meeting right after the light verb that holds it is held, or not, here;
  // the verb fixes the sense of a word of other senses, قمة "summit" and "peak".)
  const bool held = r.noun && code->plover_type == PloverType::kConsult &&
                    t.first > c.first_token && CueEndsBefore(t.first, CueKind::kLight);
  if (r.noun && (tt.prefixes & kProAl) && source.empty() && target.empty() && !fatalities && !injured && !captured) {
    bool place_in_clause = place >= 0 && M(place).first_token >= c.first_token && M(place).end_token <= c.end_token;
    bare_definite = !place_in_clause;
    if (bare_definite && held) bare_definite = false;
    definite_alone = !held;
    // (But for the purpose of a protest told before, whose crowd is its doer: خرج المئات للمطالبة; CrowdOfPurpose
    // below.)
    if (bare_definite && code->plover_type != PloverType::kAssault && code->plover_type != PloverType::kProtest) {
      if (CrowdOfPurpose(hi, c, code->plover_type, *out) == nullptr) return;
      bare_definite = false;
    }
    // مسلسل الاغتيالات، عدد القتلى: the genitive of an indefinite noun is not what a verb next to the
    // phrase presents; the head noun is (مسلسل الاغتيالات بدأ منذ عام، ارتفاع عدد القتلى).
    if (bare_definite && t.first > c.first_token) {
      uint32_t h = t.first - 1;
      const Token& x = text_.tokens[h];
      bool head = x.kind == TokenKind::kWord && !(x.prefixes & ~(kProWa | kProFa)) && x.suffix == Enclitic::kNone &&
                  token_trigger_[h] < 0 && MentionAt(h) < 0 && (x.word_class & kWordNoun) &&
                  !(x.word_class & (kWordFunction | kWordNumber)) && cue_starts_at_[h] == 0 && cue_ends_before_[t.first] == 0;
      if (head) return;
    }
  }

  bool negated = false;
  std::string modality;
  Modality(t, c, &negated, &modality);
  // يخشى السكان أن تقصف الطائرات الحي، من المقرر أن يزور: a present verb after أنْ is a verb only where a cue
  // says how it is meant (feared, planned, denied); elsewhere it is what is due or possible (من حق الناس أن
  // يدافعوا، على الرئيس أن يطلب), not an event, as before a verbal noun after أنّ.
  if (!r.noun && r.present && !negated && (TextEqual(modality, "asserted") || TextEqual(modality, "reported"))) {
    uint32_t k = t.first;
    while (k > c.first_token + 1 && text_.tokens[k - 1].kind == TokenKind::kPunct) --k;  // أن «يطلب
    if (k > c.first_token && Bare(k - 1) == "ان" && text_.tokens[k - 1].suffix == Enclitic::kNone) return;
  }

  // What an accusation says was done (تتهمه بقتل مواطنين) is alleged, and done by the accused.
  auto accused = accused_.find(tt.clause);
  bool charged = accused != accused_.end() && (tt.prefixes & kProBi) && code->plover_type != PloverType::kAccuse;
  // (بتزويد روسيا بطائرات مسيرة: a noun after بـ right after the charge, not joined to it by و, is what the charge
  // names, the thing supplied, not a second charge.)
  if (Rarely(charged) && !(tt.prefixes & kProWa) && hi > 0 && text_.tokens[hits_[hi - 1].first].clause == tt.clause &&
      (text_.tokens[hits_[hi - 1].first].prefixes & kProBi) && !hit_events_[hi - 1].empty() &&
      (*out)[hit_events_[hi - 1].front()].modality == "alleged" && t.first <= hits_[hi - 1].end + kChargeObjectReach) {
    charged = false;
  }
  // حكمت المحكمة بإعدام المتهمين بتفجير الكرادة، قضت بسجن المتهمين باغتيال المعارض: after a charge word (grammar.tsv
  // charge) the act is the offence a prosecution is about, an act reported before, not one the verdict alleges.
  if (charged && t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kCharge) charged = false;
  if (accused != accused_.end() && !charged && r.noun && code->plover_type != PloverType::kAccuse) {
    // اتهمته بالتورط في تفجير، بالمسؤولية عن اغتيال: the charge is a part taken in the act after its
    // preposition. (Not وراء: بالوقوف وراء اغتيال names a known act and asks who stood behind it.)
    std::string_view p = t.first >= c.first_token + 2 ? Bare(t.first - 1) : std::string_view();
    charged = (p == "في" || p == "عن") && (text_.tokens[t.first - 2].prefixes & kProBi) &&
              token_trigger_[t.first - 2] < 0;
    // (Not after a word of a conviction or a charge, بعد إدانتهم بالمشاركة في أعمال شغب: that part is the offence
    // the verdict is about, an act reported before; Background reads it so.)
    charged = charged && !(t.first >= c.first_token + 3 && GrammarWordAt(t.first - 3) == GrammarWord::kCharge);
    // تتهم الأمم المتحدة الجماعات المسلحة بتجنيد الأطفال وقتلهم: a verbal noun joined by و to the charge
    // is charged too.
    // (Not a definite noun, للاعتقال والخطف: a kind of act, not the charge.)
    if (!charged && (tt.prefixes & kProWa) && !(tt.prefixes & kProAl) && hi > 0 && !hit_events_[hi - 1].empty() &&
        hits_[hi - 1].end <= t.first && t.first - hits_[hi - 1].end <= 3 &&
        text_.tokens[hits_[hi - 1].first].clause == tt.clause &&
        TextEqual((*out)[hit_events_[hi - 1].front()].modality, "alleged")) {
      charged = true;
      for (uint32_t k = hits_[hi - 1].end; k < t.first; ++k) charged = charged && text_.tokens[k].kind != TokenKind::kPunct;
    }
  }
  // فرضت واشنطن عقوبات على مسؤولين بتهمة تزويد الحوثيين بالأسلحة، اعتقلت الشرطة ناشطا بتهمة التحريض: the
  // offence named after بتهمة was done, it is alleged, by whom the clause's act before it was aimed at. (Its
  // doer only: the offence is still judged as the background a prosecution is about, بتهمة قتل جاره.)
  if (!charged && t.first > c.first_token && Rarely(GrammarWordAt(t.first - 1) == GrammarWord::kCharge) &&
      ((text_.tokens[t.first - 1].prefixes & kProBi) || Bare(t.first - 1).starts_with("ب"))) {
    if (auto it = charged_.find(tt.clause); it != charged_.end() && !it->second.empty()) {
      if (TextEqual(modality, "asserted") || TextEqual(modality, "reported")) modality = "alleged";
      source = it->second;
      source.how = "whom the act a charge follows was aimed at";
    }
  }
  if (Rarely(charged)) {
    if (TextEqual(modality, "asserted") || TextEqual(modality, "reported")) modality = "alleged";
    if (source.empty() || (!accused->second.empty() && source.members != accused->second.members)) {
      // اتهمت واشنطن طهران بدعم الحوثيين: with the accused as the doer, the noun's genitive right after it is what was
      // done to (a verbal noun's genitive is its subject or its object).
      if (!source.empty() && target.empty() && r.noun && M(source.members[0]).first_token == t.end) target = source;
      source = accused->second;
      source.how = "the accused of the accusation before it";
    }
    // اتهم الجيش قوات الدعم السريع بقصفه: the pronoun on the charge is what was hit, not the accused (who
    // would be نفسها): it refers back past them.
    if (tt.suffix != Enclitic::kNone && t.end == t.first + 1 && target.members.size() == 1 && !source.empty() &&
        recog_.SameActorId(M(target.members[0]), M(source.members[0]))) {
      target = Antecedent(t.first, source.members, "pronoun on the charge -> past the accused");
    }
  }
  if (code->plover_type == PloverType::kAccuse && !target.empty()) accused_[tt.clause] = target;
  if (!target.empty() && (code->plover_type == PloverType::kAccuse || code->plover_type == PloverType::kCoerce ||
                          code->plover_type == PloverType::kSanction)) {
    charged_[tt.clause] = target;
  }
  // فر مئات المدنيين من المخيم، نزح السكان: civilians and refugees who flee retreat from no engagement of
  // theirs; a military retreat (0874) is an armed force's.
  if (TextEqual(r.cameo, "0874") && !source.empty()) {
    bool unarmed = true;
    for (int32_t m : source.members) unarmed = unarmed && (TextEqual(M(m).sector, "CVL") || TextEqual(M(m).sector, "REF"));
    if (unarmed) return;
  }
  // اقتحمت الشركة الصينية سوق السيارات: a company attacks nobody; with no toll and no people hit (a thing
  // such as a market is no victim of it), the violent word is a figure of business.
  if (code->plover_type == PloverType::kAssault && !source.empty() && TextEqual(M(source.members[0]).sector, "BUS") &&
      !fatalities && !injured && !captured &&
      (target.empty() || !M(target.members[0]).is_actor || M(target.members[0]).object)) {
    return;
  }
  // What a call or demand asks for (دعت الأطراف إلى وقف إطلاق النار) has not happened yet.
  // Only a verbal noun close after the request and introduced by إلى / بـ / لـ is what is asked for; so is the event
  // the call asks its hearers to take part in (وجهت النقابة دعوة للعمال للمشاركة في إضراب عام، لافتات تدعو الأهالي
  // للانضمام إلى المسيرة): taking part in it is what is asked.
  bool complement = r.noun && ((tt.prefixes & (kProBi | kProLi)) || JoiningComplement(t.first));
  bool asked_for = false;
  for (uint32_t k = t.first; !complement && k > c.first_token && k + 3 > t.first; --k) {
    complement = r.noun && Bare(k - 1) == "الي";
  }
  // (Not the reason or the date of the call: دعا الاتحاد إلى إضراب تنديدا باعتقال نقابيين.)
  if (complement && requested_at_ >= 0 && text_.tokens[requested_at_].clause == tt.clause &&
      t.first - requested_at_ <= 16 && (TextEqual(modality, "asserted") || TextEqual(modality, "reported")) &&
      !OutsideIntention(t, static_cast<uint32_t>(requested_at_))) {
    modality = "intended";
    asked_for = true;
  }
  // دعت المعارضة إلى التظاهر، دعت النقابات إلى الإضراب: who calls for a protest or a strike organises it.
  if (asked_for && source.empty() && code->plover_type == PloverType::kProtest && token_trigger_[requested_at_] >= 0) {
    bool after = false;
    Arg caller = SubjectOf(hits_[token_trigger_[requested_at_]], c, &after);
    if (!caller.empty() && IsActorLike(caller.members[0])) {
      source = caller;
      source.how = "the caller of the protest it calls for";
    }
  }
  if (code->plover_type == PloverType::kRequest) requested_at_ = t.first;
  // دعا إلى وقف إطلاق النار وفتح ممرات، ألغت المعارضة المسيرة والاعتصام: a verbal noun joined by و to the
  // verbal noun before it is its coordinate, governed by the same verb: what the call asks for, or the
  // cancellation or refusal undoes, has not happened either. The coordinate may be the noun whose
  // object the trigger is (وفتح ممرات إنسانية).
  uint32_t joined = t.first;
  if (!(tt.prefixes & kProWa) && t.first > c.first_token) {
    const Token& p = text_.tokens[t.first - 1];
    if ((p.prefixes & kProWa) && p.kind == TokenKind::kWord && token_trigger_[t.first - 1] < 0 &&
        MentionAt(t.first - 1) < 0) {
      joined = t.first - 1;
    }
  }
  // So is the coordinate of the act a request phrase holds in its own words (دعا الأمين العام إلى وقف فوري لإطلاق
  // النار وفتح ممرات: the call, 0256, and what else it asks for).
  // (A phrase split by its subject ends with its rest.)
  auto hit_end = [&](size_t h) { return std::max(hits_[h].end, hits_[h].rest_end); };
  auto holds_asked_act = [&](size_t h) {
    return hit_verb_[h] && (hits_[h].end >= hits_[h].first + 3 || hits_[h].rest_end >= hits_[h].rest + 2) &&
           TextEqual((*out)[hit_events_[h].front()].event, "REQUEST");
  };
  // (The hit before: past a hit inside it that gave no event, the noun a request phrase holds.)
  size_t prev = hi > 0 ? hi - 1 : 0;
  while (prev > 0 && hit_events_[prev].empty() && hits_[prev - 1].end >= hits_[prev].end) --prev;
  if (r.noun && (text_.tokens[joined].prefixes & kProWa) && !negated &&
      (TextEqual(modality, "asserted") || TextEqual(modality, "reported")) && hi > 0 &&
      !hit_events_[prev].empty() && (!hit_verb_[prev] || holds_asked_act(prev)) &&
      hit_end(prev) <= joined && joined - hit_end(prev) <= kClauseReach &&
      text_.tokens[hits_[prev].first].sentence == tt.sentence) {
    bool open = true;
    for (uint32_t k = hit_end(prev); k < joined; ++k) open = open && text_.tokens[k].kind != TokenKind::kPunct;
    const Event& before = (*out)[hit_events_[prev].front()];
      if (open && hit_verb_[prev]) {
      modality = "intended";
      asked_for = true;
      if (Rarely(explain_)) why.push_back("joined by و to the act the request before it asks for: asked for too");
    } else if (open && (before.negated || TextEqual(before.modality, "intended"))) {
      negated = before.negated;
      modality = before.modality;
      if (Rarely(explain_)) why.push_back("joined by و to the noun before it, which did not happen: neither did this");
    }
  }
  // نجا من هجوم انتحاري، فيما قتل قريب له في الهجوم: a killing "in the attack" (في + the definite violent noun,
  // a few words after the verb) is part of the attack named before it in the sentence, and is reported as
  // that attack is.
  if (!r.noun && (r.flags & kFlagKill) && !negated && (TextEqual(modality, "asserted") || TextEqual(modality, "reported")) && hi > 0) {
    for (uint32_t k = t.end; k + 1 < c.end_token && k < t.end + 4; ++k) {
      if (text_.tokens[k].kind != TokenKind::kWord || Bare(k) != "في") continue;
      int32_t h = token_trigger_[k + 1];
      if (h < 0 || hits_[h].first != k + 1 || !(text_.tokens[k + 1].prefixes & kProAl) || hit_verb_[h]) break;
      for (size_t j = hi; j-- > 0 && text_.tokens[hits_[j].first].sentence == tt.sentence;) {
        if (hit_verb_[j] || hit_events_[j].empty()) continue;
        const Event& attack = (*out)[hit_events_[j].front()];
        if (TextEqual(attack.event, "ASSAULT") && (attack.negated || attack.modality != modality)) {
          negated = attack.negated;
          modality = attack.modality;
          if (Rarely(explain_)) why.push_back("in the attack named before it: reported as that attack is");
        }
        break;
      }
      break;
    }
  }

  // هاجم، شن هجوما with a speaker as doer (a person, a party, the media, a court, clerics) and no toll
  // is criticism, as analysts code it (111).
  // (A view, not a copy: it is set only from the dictionaries' lines and literals, which outlive the document;
  // never give it a string made here.)
  std::string_view cameo = r.cameo;
  // احتجزوا أربعة من الشرطة رهائن، احتجزت المجموعة 68 رهينة: people held as hostages are abducted
  // (181, ASSAULT), not arrested.
  if ((r.flags & kFlagCapture) && !r.noun && code->plover_type == PloverType::kCoerce && HostagesAfter(hi, c)) {
    if (const CameoCode* abduct = ont_.Find("181"); abduct != nullptr) {
      code = abduct;
      cameo = "181";
      if (Rarely(explain_)) why.push_back("held as hostages: abduction (CAMEO 181)");
    }
  }
  // أودت الغارة الجوية بحياة أربعة، قتل القصف الإسرائيلي عشرة: a verb of killing whose subject, right
  // after it (splitting its phrase or not), is a violent noun reports that attack: the noun's code names
  // it, as a means does (MergeRestNouns).
  if (!r.noun && TextEqual(cameo, "190") && (r.flags & kFlagKill) && t.end < c.end_token) {
    int32_t h = token_trigger_[t.end];
    const TriggerRecord* nr = h >= 0 && hits_[h].first == t.end ? ViolentNounRecord(h) : nullptr;
    if (nr != nullptr) {
      code = ont_.Find(nr->cameo);
      cameo = nr->cameo;
      if (Rarely(explain_)) why.push_back(fmt::format("the code of its cause, '{}' ({}:{})", nr->form, nr->origin.file, nr->origin.line));
    }
  }
  // مقتل ثلاثة جنود بانفجار عبوة ناسفة، مصرع خمسة مدنيين جراء غارة جوية: a noun of killing whose means
  // follows its genitive (the first trigger after it, a violent noun after ب or a word of cause: جراء، إثر،
  // بسبب، نتيجة) reports that attack: the means' code names it, as for a verb (MergeRestNouns); the means, a
  // noun after a noun, gives no event of its own. (After في, مقتل ثلاثة مدنيين في انفجار, the noun may be
  // the occasion: the killing keeps its own code.)
  if (r.noun && TextEqual(cameo, "190") && (r.flags & kFlagKill)) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + kKillMeansReach; ++k) {
      const Token& kt = text_.tokens[k];
      if (kt.kind == TokenKind::kPunct) break;
      int32_t h = token_trigger_[k];
      if (h < 0) continue;
      bool means = (kt.prefixes & kProBi) || (!(kt.prefixes & kPrepClitics) && (WordKindsAt(k - 1) & kMeansWord) &&
                                              Bare(k - 1) != "في");
      const TriggerRecord* nr = means && hits_[h].first == k ? ViolentNounRecord(h) : nullptr;
      if (nr != nullptr && !TextEqual(nr->cameo, "190")) {
        code = ont_.Find(nr->cameo);
        cameo = nr->cameo;
        if (Rarely(explain_)) why.push_back(fmt::format("the code of its means, '{}' ({}:{})", nr->form, nr->origin.file, nr->origin.line));
      }
      break;
    }
  }
  // انسحبت مالي من الاتحاد الأفريقي، انسحابها من إيكواس: with an international organisation as its
  // target the word reads as its igo_target line (leaving a body, 166), not as a military withdrawal.
  bool igo_target = !target.empty();
  for (int32_t m : target.members) igo_target = igo_target && M(m).is_actor && TextEqual(M(m).sector, "IGO");
  for (uint32_t p : *hit_payloads_[hi]) {
    const TriggerRecord& o = trig_.trigger(p);
    if (!igo_target || !(o.flags & kFlagIgoTarget) || o.noun != r.noun) continue;
    if (const CameoCode* x = ont_.Find(o.cameo); x != nullptr) {
      code = x;
      cameo = o.cameo;
      if (Rarely(explain_)) why.push_back(fmt::format("an international organisation as target: {} ({}:{})", o.cameo, o.origin.file, o.origin.line));
    }
    break;
  }
  // هزم الجيش السوداني قوات الدعم السريع، ألحقت القوات هزيمة بالمسلحين: a defeat is a battle only where a
  // side is armed or a state; a team, a candidate or a party is defeated in a contest (هزم المنتخب نظيره
  // بهدفين، هزيمة الحزب في الانتخابات): no event (triggers.tsv flag armed_party).
  if (Rarely(r.flags & kFlagArmedParty)) {
    auto armed = [&](const Arg& a) {
      for (int32_t m : a.members) {
        const Mention& x = M(m);
        bool state = (x.is_actor && x.record >= 0 && x.agent < 0 && lex_.record(x.record).is_state) || StatePlace(m);
        if (IsArmed(x.sector) || state) return true;
      }
      return false;
    };
    // (اجتاحت دبابات إسرائيلية مخيم جنين: machines of war with a nationality as the doer are that state's military.)
    if (!aircraft_of_state && !armed(source) && !armed(target)) {
      if (Rarely(explain_)) why.push_back("a defeat with no armed side: a contest, no event");
      hit_background_[hi] = true;
      return;
    }
    // قضى الجندي ليلته في الثكنة، قضى الجيش على الفساد: a killing of this kind (قضى على, put an end to) with no
    // one after its على ends no one: no event.
    if ((r.flags & kFlagKill) && target.empty()) {
      if (Rarely(explain_)) why.push_back("an end put to no one: no killing");
      hit_background_[hi] = true;
      return;
    }
  }
  // اندلعت مواجهات بين الجيش السوداني وقوات الدعم السريع: a confrontation between armed forces, both sides
  // named, is an armed clash (193); one with civilians or a crowd on a side, only the police armed
  // (مواجهات بين المحتجين والشرطة), or one side unnamed (المصادمات مع قوات الشرطة) stays the line's riot
  // (triggers.tsv flag armed_clash).
  if (r.flags & kFlagArmedClash) {
    bool beyond_police = false, civil = false;
    int sides_armed = 0;
    for (const Arg* a : {&source, &target}) {
      bool armed = false;
      for (int32_t m : a->members) {
        std::string_view sector = M(m).sector;
        armed = armed || IsArmed(sector);
        beyond_police = beyond_police || (IsArmed(sector) && !TextEqual(sector, "COP"));
        civil = civil || (!sector.empty() && !IsArmed(sector) && !IsStateAgent(sector));
      }
      sides_armed += armed;
    }
    if (one_side_between && sides_armed == 1) {
      sides_armed = 2;
      beyond_police = true;
    }
    if (sides_armed == 2 && beyond_police && !civil) {
      if (const CameoCode* clash = ont_.Find("193"); clash != nullptr) {
        code = clash;
        cameo = "193";
        if (Rarely(explain_)) why.push_back("a confrontation between armed forces: an armed clash (CAMEO 193)");
      }
    }
  }
  // أطلقت كوريا الشمالية صاروخا باليستيا في البحر: a state's (or its military's or government's) launch of
  // missiles at no one, with no toll and no على، باتجاه، نحو، صوب، تجاه، ضد after the verb, is a show of force
  // (150, MOBILIZE), not an attack (triggers.tsv flag show_of_force).
  if ((r.flags & kFlagShowOfForce) && !r.noun && target.empty() && !fatalities && !injured && !captured &&
      !source.empty() && ShowOfForceLaunch(t, c, source)) {
    if (const CameoCode* force = ont_.Find("150"); force != nullptr) {
      code = force;
      cameo = "150";
      if (Rarely(explain_)) why.push_back("a state's missile launch at no one: show of force (CAMEO 150)");
    }
  }
  // (Not an attack on a place or thing an attack hits, lexicon/agents.tsv kind object: أوعز وزير الدفاع
  // بشن هجوم على معاقل الحوثيين، شن رئيس الوزراء هجوما على مواقع المتمردين orders or leads force; nor one on a
  // machine of war or a hard target: هدد زعيم الحوثيين بمهاجمة السفن.)
  bool hits_object = false;
  for (int32_t m : target.members) hits_object = hits_object || M(m).object;
  if ((r.flags & kFlagFigurative) && !fatalities && !injured && !captured && !source.empty() && !hits_object &&
      IsSpeaker(source.members[0]) && !AimsAtHardTarget(t, c, source)) {
    if (const CameoCode* criticize = ont_.Find("111"); criticize != nullptr) {
      code = criticize;
      cameo = "111";
      if (Rarely(explain_)) why.push_back("a speaker's attack: criticism (CAMEO 111)");
    }
  }
  // احتج وزير الخارجية المصري على تصريحات نظيره، احتجت موسكو على: a state's or its government's protest is a
  // formal complaint (114), not dissent (140). (The verb only: the noun with a state's pronoun is the
  // complaint a verb of conveying carries, لإبلاغه احتجاجها, whose event that verb's is.)
  // (A walkout or a boycott of a session, told by a phrase or by انسحب with its purpose, is an act of dissent, by
  // ministers and delegations too: قاطع الوزراء جلسة الحكومة، انسحب الوفد من الاجتماع احتجاجا.)
  if (TextEqual(cameo, "140") && !r.noun && !source.empty() && r.form.find(' ') == std::string::npos &&
      !(r.flags & kFlagProtestPurpose)) {
    const Mention& s = M(source.members[0]);
    bool state = s.is_actor && ((s.record >= 0 && lex_.record(s.record).is_state) || TextEqual(s.sector, "GOV"));
    if (!state && !s.is_actor && s.is_place()) state = StatePlace(source.members[0]);
    if (const CameoCode* complain = state ? ont_.Find("114") : nullptr; complain != nullptr) {
      code = complain;
      cameo = "114";
      if (Rarely(explain_)) why.push_back("a state's or government's protest: an official complaint (CAMEO 114)");
    }
  }
  // هاجم الرئيس المعارضة واصفا إياها بـ...، شن هجوما على ما سماه: an attack followed by words of speech
  // whose doer is not an armed force is criticism too.
  if ((r.flags & kFlagFigurative) && !TextEqual(cameo, "111") && !fatalities && !injured && !captured &&
      (source.empty() || !IsArmed(M(source.members[0]).sector)) && SpeechAfter(t)) {
    if (const CameoCode* criticize = ont_.Find("111"); criticize != nullptr) {
      code = criticize;
      cameo = "111";
      if (Rarely(explain_)) why.push_back("an attack followed by words of speech: criticism (CAMEO 111)");
    }
  }

  // يقتل التدخين الملايين، اجتاحت الاحتفالات الشوارع، غزت المنتجات الصينية الأسواق، اغتال الفساد أحلام الشباب:
  // a verb whose subject, right after it or opening its clause before it, is a thing, a habit or an
  // abstraction (word_kinds.tsv kind inanimate) and no actor acts only in figure; so does a present verb
  // whose subject before it is the event noun itself, a generality (الاغتيالات تهدد الاستقرار); and one
  // whose object is a figure (أسر المطرب قلوب الجماهير: kind figure_object). None is an event.
  const PloverType ptype = code->plover_type;
  if (!r.noun &&
      (ptype == PloverType::kAssault || ptype == PloverType::kCoerce || ptype == PloverType::kThreaten ||
       ptype == PloverType::kConsult)) {
    auto plain = [&](uint32_t k) { return MentionAt(k) < 0 && (text_.tokens[k].prefixes & ~(kProAl | kProWa)) == 0; };
    // (The subject after the verb is no actor whatever source was found further on: شوارع الجزائر.)
    // A phenomenon (الإرهاب، العنف، التطرف، الجفاف: kind phenomenon) as the subject of a present verb states a
    // generality (يهدد الإرهاب أمن المنطقة); in the past it may be figure for an act (ضرب الإرهاب باريس). (Only
    // after a verb of one word: after a phrase the word is its complement, توجه تهمة الإرهاب إلى شاب.)
    const bool phenomenon = r.present && t.end == t.first + 1;
    const uint64_t subject_kinds = uint64_t{kInanimateWord} | (phenomenon ? uint64_t{kPhenomenonWord} : uint64_t{0});
    bool figure = t.end < c.end_token && plain(t.end) && (WordKindsAt(t.end) & subject_kinds);
    if (!figure && t.first > c.first_token) {
      uint32_t b = t.first - 1;
      bool opens = b == c.first_token || AnnaAt(b - 1);
      int32_t h = token_trigger_[b];
      bool event_noun = r.present && h >= 0 && (text_.tokens[b].prefixes & kProAl) &&
                        trig_.trigger(hit_payloads_[h]->front()).noun;
      figure = source.empty() && opens && plain(b) && ((WordKindsAt(b) & kInanimateWord) || event_noun);
      // قال الرئيس إن الإرهاب يهدد أمن المنطقة: the phenomenon opening the complement after أن is the verb's
      // subject, whoever speaks (the speaker is no doer of it).
      figure = figure || (r.present && opens && plain(b) && (WordKindsAt(b) & kPhenomenonWord));
    }
    // (Also after a subject named right after the verb: فجرت الصحيفة فضيحة، قتلت الحكومة آمال الشباب.)
    uint32_t object_from = t.end;
    if (!source.empty() && MentionAt(t.end) >= 0 && MentionAt(t.end) == source.members[0]) {
      object_from = M(source.members[0]).end_token;
    }
    for (uint32_t k = object_from; !figure && (source.empty() || object_from > t.end) && k < c.end_token &&
                                   k < object_from + 3;
         ++k) {
      if (text_.tokens[k].kind != TokenKind::kWord) break;
      figure = MentionAt(k) < 0 && (WordKindsAt(k) & kFigureObjectWord);
    }
    if (figure) {
      hit_background_[hi] = true;
      return;
    }
  }
  // يشكل العنف المسلح تهديدا لاستقرار الساحل، تمثل الجماعات المسلحة خطرا على الأمن: a threat noun after a verb of
  // constituting (word_kinds.tsv kind constituting) and its subject is the predicate, what something is to
  // something else, no threat one actor made to another. (Right after the verb, the "-" lines of triggers.tsv
  // say so: يشكل تهديدا.)
  if (r.noun && ptype == PloverType::kThreaten && !(text_.tokens[t.first].prefixes & kProAl)) {
    constexpr uint32_t kPredicateReach = 6;  // the verb, a subject of a few words, the noun
    for (uint32_t k = t.first; k > c.first_token && k + kPredicateReach > t.first;) {
      --k;
      const Token& x = text_.tokens[k];
      if (x.kind != TokenKind::kWord) break;
      if ((WordKindsAt(k) & kConstitutingWord) && !(x.prefixes & ~(kProWa | kProFa)) && x.suffix == Enclitic::kNone) {
        hit_background_[hi] = true;
        return;
      }
    }
  }
  // لن نسمح بأي اعتداء على حدودنا، لن تتهاون مع أي تهديد لأمنها، لن تتهاون في التعامل مع أي محاولة لاستهداف المملكة: the
  // verbal noun a few words after a verb of tolerating (word_kinds.tsv kind tolerating) right after لن or لا is what
  // the speaker resolves not to bear: no act took place or is denied, none is threatened.
  if (r.noun) {
    constexpr uint32_t kToleratedReach = 6;  // the verb, its subject, مع، في التعامل مع، بأي، محاولة
    for (uint32_t k = t.first; k > c.first_token + 1 && k + kToleratedReach > t.first;) {
      --k;
      if (text_.tokens[k].kind != TokenKind::kWord || (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi))) {
        break;
      }
      if (!(WordKindsAt(k) & kToleratingWord)) continue;
      BareText n = Bare(k - 1);
      if (n == "لن" || n == "لا") {
        if (Rarely(explain_)) why.push_back("what a speaker resolves not to tolerate (لن نسمح بأي اعتداء)");
        hit_background_[hi] = true;
        return;
      }
      break;
    }
  }
  // سجلت الشرطة ارتفاعا في جرائم القتل، قالت الحكومة إن معدل الاعتقالات انخفض: the verbal noun in the genitive of a
  // trend or a rate (word_kinds.tsv kind trend), or after its في with one word allowed between, and one adjective
  // between the trend and its في (نقص حاد في المساعدات، انخفاضا كبيرا في), counts events over a period: a statistic.
  // (Not تصاعد or ارتفاع as the verb's own subject with a count after it: ارتفاع حصيلة is a toll word's, read by
  // Background.)
  if (r.noun && t.first > c.first_token && !(text_.tokens[t.first].prefixes & ~kProAl)) {
    uint32_t k = t.first - 1;
    auto plain_word = [&](uint32_t x) {
      return token_trigger_[x] < 0 && MentionAt(x) < 0 && text_.tokens[x].kind == TokenKind::kWord &&
             !(WordKindsAt(x) & kTrendWord) && Bare(x) != "في";
    };
    if (k > c.first_token && plain_word(k)) --k;  // (جرائم القتل)
    if (k > c.first_token && Bare(k) == "في" && text_.tokens[k].prefixes == 0) {
      --k;
      if (k > c.first_token && plain_word(k) && text_.tokens[k].prefixes == 0 && (WordKindsAt(k - 1) & kTrendWord)) --k;
    }
    if (WordKindsAt(k) & kTrendWord) {
      if (Rarely(explain_)) why.push_back("a trend or a rate of such events (a statistic)");
      hit_background_[hi] = true;
      return;
    }
  }
  // Violent and protest events are occurrences: a mention of one that the sentence does not present
  // as happening is background (an event reported before, a habit), not a new event.
  // What an accusation charges (اتهمه بقتل) is alleged, not background.
  bool occurrence = code->plover_type == PloverType::kAssault || code->plover_type == PloverType::kProtest;
  // The title of a work names no event of any type (مسلسل "الاجتياح"، فيلم «حصار غزة»).
  if (!occurrence && (QuotedTitle(t) != nullptr || Definition(c))) {
    hit_background_[hi] = true;
    return;
  }
  // What an accusation charges is alleged, but an act placed in a past century or decade (اتهمها
  // بمحاولة اغتيال الرئيس في منتصف التسعينات) is history all the same.
  if (occurrence && charged && HistoricalPeriod(c) != nullptr) {
    hit_background_[hi] = true;
    return;
  }
  // So is a charge in another sense of the word (اتهم المعارض الحكومة بتدمير الاقتصاد: the economy is destroyed
  // only in figure; Background, which asks this of other violent words, is not asked of a charge).
  if (occurrence && charged) {
    if (const char* other = OtherSense(t)) {
      if (Rarely(explain_)) why.push_back(other);
      hit_background_[hi] = true;
      return;
    }
  }
  // اعتقلت السلطات الفرنسية آلاف المهاجرين خلال الحرب العالمية الثانية، فرضت إسرائيل حصارا على السويس في حرب
  // أكتوبر: the other material conflict (quad class 4: coercion, seizure, blockade, expulsion, sanctions, a
  // show of force) placed in a period long past is history as violence is (Background), even denied.
  if (!occurrence && code->quad_class == 4 && HistoricalPeriod(c) != nullptr) {
    if (Rarely(explain_)) why.push_back(HistoricalPeriod(c));
    hit_background_[hi] = true;
    return;
  }
  // منذ بداية الحرب، اعتقلت السلطات أكثر من 9 آلاف فلسطيني: so is a count of arrests, seizures or expulsions
  // over months or years, or since a war, a statistic as a count of the killed is (Background).
  // أدى الغزو الروسي إلى ارتفاع أسعار القمح، أدت العقوبات الغربية إلى ارتفاع أسعار الغاز: a noun of any other type as
  // the cause of an economic change is background as an attack is (Background).
  if (!occurrence && r.noun) {
    if (const char* economic = EconomicCause(t, c)) {
      if (Rarely(explain_)) why.push_back(economic);
      hit_background_[hi] = true;
      return;
    }
  }
  if (!occurrence && code->quad_class == 4) {
    if (const char* stat = CountOverPeriod(t, c, false)) {
      if (Rarely(explain_)) why.push_back(stat);
      hit_background_[hi] = true;
      return;
    }
    // منذ بدء الغزو الروسي، منذ فرض الحصار، منذ الاحتلال: a noun right after منذ, or after منذ and a noun of
    // its start (word_kinds.tsv kind aspect), opens a period up to now: an event told long before, not news.
    if (r.noun && t.first > c.first_token) {
      uint32_t k = t.first - 1;
      if (k > c.first_token && (WordKindsAt(k) & kAspectWord)) --k;
      if (Bare(k) == "منذ") {
        if (Rarely(explain_)) why.push_back("the start of a period after منذ (told before)");
        hit_background_[hi] = true;
        return;
      }
    }
  }
  // Where the sentence presents a bare definite noun as happening in its own right: next to a
  // perfective verb of occurrence (وقعت التفجيرات، شهدت المدينة الاحتجاجات), dated as recent, or as
  // the purpose of the act of a crowd the sentence names (للاحتجاج على). The other reasons of
  // Background (the head of the sentence, the subject of a reported clause, the circumstance of a
  // violent verb) fit a noun that points back to an event as well. The strings are Background's.
  // The cause of a death (توفي معتقل نتيجة التعذيب، توفي شاب تحت التعذيب في سجن صيدنايا) is presented by the
  // death the sentence reports: someone caused it; the cause of casualties denied (لم يصب أحد في القصف الذي
  // استهدف المطار) by the denial: it took place, with none.
  static constexpr std::string_view kPresentedHere[] = {"after a verb of occurrence", "before a verb of occurrence",
                                                        "a recent date after it",
                                                        "purpose of the crowd's act (للاحتجاج على)",
                                                        "the cause of a death",
                                                        "the cause of casualties the clause denies"};
  // مركز لتوزيع المساعدات، مراكز الاحتجاز، نقطة تفتيش، منصات إطلاق الصواريخ: a verbal noun after a noun of a
  // facility, in its genitive or through لـ, names what the place is for; no event took place. (The head of a
  // construct takes no article: in نظم عمال المصنع اعتصاما the noun is the verb's object.)
  if (r.noun && t.first > c.first_token && GrammarWordAt(t.first - 1) == GrammarWord::kFacility &&
      text_.Norm(text_.tokens[t.first - 1]).find("ال") == std::string_view::npos &&  // (no facility word has ال)
      text_.tokens[t.first - 1].suffix == Enclitic::kNone &&  // (في مركزها اتهامه: "at its core")
      !(text_.tokens[t.first].prefixes & ~(kProAl | kProLi))) {
    hit_background_[hi] = true;
    return;
  }
  // أفرجت السلطات عن الناشط بعفو رئاسي، أفرج عن 30 معتقلا بموجب عفو: a pardon after بـ or بموجب is the legal
  // ground of the release told before it in its clause, not an event of its own.
  if (r.noun && Rarely(WordKindsAt(t.first) & kLegalGroundWord) && hi > 0 &&
      ((text_.tokens[t.first].prefixes & kProBi) ||
       (t.first > c.first_token && (((text_.tokens[t.first - 1].prefixes & kProBi) && Bare(t.first - 1) == "موجب") ||
                                   text_.Norm(text_.tokens[t.first - 1]) == "بموجب")))) {
    for (size_t h = hi; h-- > 0 && hits_[h].first >= c.first_token;) {
      for (uint32_t p : *hit_payloads_[h]) {
        if (trig_.trigger(p).cameo.starts_with("084")) {
          if (Rarely(explain_)) why.push_back("the legal ground of the release before it");
          hit_background_[hi] = true;
          return;
        }
      }
    }
  }
  bool presented_here = false;
  int64_t purpose_of = -1;  // the hit of the protest an accusative of purpose gives the reason of
  // تظاهر الطلاب أمام السفارة احتجاجا على زيارة بوش، هدد المعلمون بإضراب مفتوح احتجاجا على تجميد الأجور: a protest
  // noun in the accusative of purpose after a protest of the clause, asserted or intended as the noun is, gives its
  // reason; it is that protest, not another, and what it is against is that protest's target (given once the
  // target is known, below).
  auto find_protest_purpose_of = [&] {
    if (!r.noun || code->plover_type != PloverType::kProtest || t.end != t.first + 1 || (tt.prefixes & ~kProWa) ||
        tt.suffix != Enclitic::kNone || !EndsInAccusativeAlif(BareWord(text_.Norm(tt)))) {
      return;
    }
    for (size_t j = hi; purpose_of < 0 && j-- > 0 && hits_[j].first >= c.first_token;) {
      for (size_t idx : hit_events_[j]) {
        if (TextEqual((*out)[idx].event, "PROTEST")) purpose_of = static_cast<int64_t>(j);
      }
    }
  };
  // (Before the question of its report, which a cue of opinion skips: قال محللون إن الإضرابات أظهرت الغضب.)
  if (r.noun && code->plover_type == PloverType::kProtest && ProtestReadAsSpeaker(t, c)) {
    if (Rarely(explain_)) why.push_back("a protest as the subject of a verb of saying or revealing (a reading): no event");
    hit_background_[hi] = true;
    return;
  }
  if (occurrence && !negated && !TextEqual(modality, "intended") && !TextEqual(modality, "hypothetical") &&
      !charged) {
    const char* reported_as = "";
    ReportedKind reported_kind = ReportedKind::kOther;
    // A verb's line read as the verbal noun after a preposition (بسبب أسر جنديين، إلى سحقها) is
    // judged as a noun: it reports an event only where a noun would.
    bool as_noun = r.noun || (t.first > c.first_token && CueEndsBefore(t.first, CueKind::kPreposition) &&
                              Bare(t.first - 1) != "من" && Bare(t.first - 1) != "علي");
    // لقي خمسة أشخاص مصرعهم في حادث سير: deaths and wounds in an accident or a disaster are no attack;
    // nor is what a disaster right before the verb did (زلزال ضرب المدينة).
    if (!r.noun && code->plover_type == PloverType::kAssault && CueEndsBefore(t.first, CueKind::kAccident)) {
      hit_background_[hi] = true;
      return;
    }
    if ((r.flags & (kFlagKill | kFlagInjure)) && code->plover_type == PloverType::kAssault) {
      // ارتفع عدد ضحايا الفيضانات في ليبيا إلى 4000 قتيل، حصيلة قتلى الزلزال: the dead counted as a disaster's
      // victims, the disaster the genitive of a word of victims or of a toll before them in the clause.
      for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kAccident)) {
        if (q.kind != CueKind::kAccident || q.first <= c.first_token || q.end > t.first) continue;
        std::string_view w = Bare(q.first - 1);
        if (w == "ضحايا" || w == "قتلي" || w == "حصيله" || w == "وفيات" || w == "جرحي" || w == "مصابي") {
          hit_background_[hi] = true;
          return;
        }
      }
      uint32_t after = std::max(t.end, t.rest_end);
      // لقي 12 شخصا مصرعهم وأصيب العشرات في تدافع: the wounded of the same event, told in a clause of wounding
      // joined by و right after the dead, stand between them and the accident; its circumstance is theirs too.
      uint32_t circumstance_end = c.end_token;
      if (tt.clause + 1 < text_.clauses.size()) {
        const Clause& next = text_.clauses[tt.clause + 1];
        if (next.sentence == c.sentence && next.first_token == c.end_token && next.first_token >= after &&
            (text_.tokens[next.first_token].prefixes & kProWa) && token_trigger_[next.first_token] >= 0) {
          for (uint32_t pl : *hit_payloads_[static_cast<size_t>(token_trigger_[next.first_token])]) {
            const TriggerRecord& wound = trig_.trigger(pl);
            if (!wound.noun && (wound.flags & kFlagInjure)) circumstance_end = next.end_token;
          }
        }
      }
      for (const CueHit& q : CuesOfKindsIn(after, after + 7, CueKind::kAccident)) {
        // (Or the accident's verb right after a word of when, which opens a clause of its own: قتل عشرون شخصا عندما
        // سقطت طائرة مدنية، لقي عمال حتفهم حين انهار مبنى.)
        const bool when = q.first > after && CueEndsBefore(q.first, CueKind::kTemporal) &&
                          text_.tokens[q.first].sentence == c.sentence;
        if (q.first < after || q.first > after + 6 || (q.end > circumstance_end && !when)) continue;
        if (q.kind != CueKind::kAccident) continue;
        bool circumstance = (text_.tokens[q.first].prefixes & kProBi) ||
                            (q.first > after && (WordKindsAt(q.first - 1) & kMeansWord)) || when;
        // لقي ستة صيادين حتفهم في حادث غرق مركب، بحادثة انهيار مبنى: a noun of kind (grammar.tsv classifier: حادث،
        // حادثة) between the word of means and the accident names the same accident.
        if (!circumstance && q.first > after + 1 && CueEndsBefore(q.first, CueKind::kClassifier)) {
          uint32_t k = q.first - 1;
          circumstance = (text_.tokens[k].prefixes & kProBi) || (WordKindsAt(k - 1) & kMeansWord);
        }
        if (circumstance) {
          hit_background_[hi] = true;
          return;
        }
      }
      // قتل ثلاثة أشخاص في انفجار خزان غاز، لقي 20 شخصا مصرعهم جراء انفجار صهريج وقود: likewise the explosion
      // of a container of fuel (a triggers.tsv "-" line flagged accident).
      for (size_t j = hi + 1; j < hits_.size() && hits_[j].first <= after + 6 && hits_[j].end <= c.end_token; ++j) {
        if (hits_[j].first < after) continue;
        const uint32_t blast = hits_[j].first;
        if (AnyLineHas(j, kFlagAccident) &&
            ((text_.tokens[blast].prefixes & kProBi) || (blast > after && (WordKindsAt(blast - 1) & kMeansWord)))) {
          hit_background_[hi] = true;
          return;
        }
      }
    }
    // قتل جنديان إثر ... ، أغلقوا الطريق عقب مقتل شرطيين برصاص مسلحين: right after إثر or عقب (immediate
    // sequence, as wires tell what set off the news) a noun with its own dual of victims is told with its
    // toll, as with a number; elsewhere a dual is weaker evidence of a report than a number.
    bool right_after = false;
    if (dual_count && t.first > c.first_token) {
      std::string_view p = Bare(t.first - 1);
      right_after = p == "اثر" || p == "عقب";
    }
    bool counted = (fatalities || injured || captured) && (!dual_count || right_after);
    if (Background(hi, r, as_noun, c, counted, &reported_as, &reported_kind) != nullptr) {
      hit_background_[hi] = true;
      if (!source.empty()) hit_doer_[hi] = source.members[0];
      return;
    }
    find_protest_purpose_of();
    if (Rarely(explain_) && *reported_as) why.push_back(fmt::format("reported as happening: {}", reported_as));
    for (std::string_view x : kPresentedHere) presented_here = presented_here || x == reported_as;
    // After the verb, the bare noun must be its subject (وقع الانفجار، انطلقت المسيرة): the definite
    // object of a transitive verb of occurrence names an event already known or violence in general
    // (نفذت انتحارية الهجوم، أعلنوا الاعتصام، تعرض للتعذيب). The nearest such verb before the noun is
    // the one Background found.
    const bool protest_alone = definite_alone && code->plover_type == PloverType::kProtest;
    if ((bare_definite || protest_alone) && presented_here && reported_kind == ReportedKind::kAfterOccurrence) {
      const CueHit* verb = nullptr;
      for (const CueHit& q : CuesIn(c.first_token, t.first)) {
        if (q.end > t.first || q.first < c.first_token || q.end + 2 * kClauseReach < t.first) continue;
        CueKind k = q.kind;
        if (k != CueKind::kOccurrence && k != CueKind::kResult && k != CueKind::kUndergo) continue;
        if (verb == nullptr || q.end >= verb->end) verb = &q;
      }
      presented_here = verb != nullptr && trig_.cue(verb->record).happening;
    }
    // وجرت التظاهرة بهدوء، وانطلقت المسيرة من أمام الجامعة: the definite protest next to a verb of occurrence, in a
    // sentence that goes on from one before it (it opens with و or ف) or after a protest an earlier sentence tells,
    // is that protest, reported before; the sentence tells how it went (as the definite crowd's riot, below). An
    // indefinite one (واندلعت مظاهرات) is news. What makes it that protest is the noun's own phrase (the article, no
    // doer, victim or toll attached), not a place or a circumstance the clause names after it (وجرت التظاهرات
    // في العاصمة بدعوة من الحزب، وانطلقت المسيرة بهدوء قبل أن يفرقها الأمن).
    if (protest_alone && presented_here &&
        (reported_kind == ReportedKind::kAfterOccurrence || reported_kind == ReportedKind::kBeforeOccurrence)) {
      if (GoesOnFromProtest(c.sentence)) {
        presented_here = false;
        if (!bare_definite) return;
      }
    }
  } else if (!negated && TextEqual(modality, "intended")) {
    find_protest_purpose_of();
  }
  // (What a call asks for, دعت إلى التظاهر، is the act planned, not one known: it needs no more; nor
  // does the subject of a denied happening, الهجوم لم يقع.)
  bool denied_happening = negated && t.end + 1 < c.end_token && Bare(t.end) == "لم" &&
                          CueStartsAt(t.end + 1, CueKind::kOccurrence);
  if (bare_definite && !presented_here && !asked_for && !denied_happening) return;
  if (Rarely(explain_) && bare_definite) why.push_back("a definite noun with nothing attached, presented as happening");

  // Words with frequent other senses count only with an actor attached; a transitive verb among them
  // only with its object: the object tells the senses apart (ضرب الحقائب، ضرب مثلا، ما أصاب أهله),
  // and so does an indefinite object of an armed doer named before the verb (أعلنت الجماعة أنها
  // استهدفت سفينة: not "aimed at"; a doer after the verb may be its object, استهدف معظمها قوات الأمن).
  // تجمع المئات في ساحة الإرادة تضامنا مع غزة: a verb of other senses (تجمع: also the noun, party names) with a
  // count of people right after it and its protest's purpose or demand in its clause (ProtestPurpose) is a crowd
  // gathered to protest; the count is its doer, read further on as the protesters of the place's state.
  const bool counted_crowd = Rarely(r.low_confidence && !r.noun && code->plover_type == PloverType::kProtest) &&
                             t.end < c.end_token && quantity_end_[t.end] > t.end && ProtestPurpose(t);
  if (r.low_confidence && source.empty() && target.empty() && !held && !counted_crowd) return;
  if (r.low_confidence && !r.noun && (r.target & kTargetObject) && target.empty() && occurrence) {
    // The armed doer stands before the verb, or right after it as its subject, the object after it
    // (استهدفت القوات الأمريكية منصات إطلاق صواريخ).
    // (A state is armed: استهدفت روسيا منشآت الطاقة.)
    const Mention* first = source.empty() ? nullptr : &M(source.members[0]);
    bool state = first != nullptr && ((first->is_actor && first->record >= 0 && first->agent < 0 &&
                                       lex_.record(first->record).is_state) ||
                                      StatePlace(source.members[0]));
    bool armed = first != nullptr && (IsArmed(first->sector) || state);
    const Mention* doer = armed ? first : nullptr;
    bool armed_before = doer != nullptr && doer->end_token <= t.first;
    bool armed_subject = doer != nullptr && doer->first_token == t.end && !(doer->prefixes & (kPrepClitics | kProWa));
    uint32_t o = armed_subject ? M(source.members.back()).end_token : t.end;
    if (o < c.end_token) o = PastInsertion(o);
    if (o + 1 < c.end_token && AnyWordAt(o)) ++o;  // لم تستهدف المدفعية أي موقع: "any" before the object
    const Token* object = o < c.end_token ? &text_.tokens[o] : nullptr;
    // Indefinite: no article, no pronoun, and not in construct with a definite genitive (والدة الرهينة).
    bool indefinite_object = object != nullptr && object->kind == TokenKind::kWord && object->prefixes == 0 &&
                             object->suffix == Enclitic::kNone && MentionAt(o) < 0 &&
                             !(object->word_class & kWordFunction) &&
                             !(o + 1 < c.end_token && (text_.tokens[o + 1].prefixes & kProAl));
    // A definite object with the place it was hit at (استهدف الحوثيون السفينة في البحر الأحمر،
    // منشآت الطاقة في غرب أوكرانيا) is a thing attacked, not an aim.
    bool located_object = false;
    if (object != nullptr && object->kind == TokenKind::kWord && !(object->prefixes & kPrepClitics) &&
        token_trigger_[o] < 0 && MentionAt(o) < 0 && !(object->word_class & kWordFunction)) {
      for (uint32_t k = o + 1; k + 1 < c.end_token && k <= o + 3; ++k) {
        if (text_.tokens[k].kind != TokenKind::kWord || token_trigger_[k] >= 0) break;
        // (A direction may stand before the place: في غرب أوكرانيا.)
        uint32_t pk = k + 2 < c.end_token && (WordKindsAt(k + 1) & (kDirectionWord | kDescriptorWord)) ? k + 2 : k + 1;
        int32_t p = MentionAt(pk);
        bool at = Bare(k) == "في" && p >= 0 && M(p).is_place() && M(p).first_token == pk;
        int32_t q = MentionAt(k);
        bool at_clitic = (text_.tokens[k].prefixes & kProBi) && q >= 0 && M(q).is_place() && M(q).first_token == k;
        if (at || at_clitic) {
          located_object = true;
          break;
        }
        if (q >= 0) break;
      }
    }
    if (!(armed_before || armed_subject) || !(indefinite_object || located_object)) return;
  }

  // The result of an event (الانتحاريون فجروا أنفسهم، ما أسفر عن إصابة ثلاثة جنود) was done by the doer
  // of the cause: the source of the sentence's last event before it, else its first subject. A count
  // may stand between the verb of result and the noun (فأسفر عن ثمانية قتلى).
  uint32_t result_head = t.first;
  if (r.noun && source.empty() && t.first < count_ends_before_.size() && count_ends_before_[t.first]) {
    for (const Quantity& q : QuantitiesTouching(t.first, t.first)) {
      if (q.end_token == t.first && q.unit.empty()) result_head = q.first_token;
    }
  }
  // The verb of result may be split from its عن by the cause (أسفرت الغارة الإسرائيلية عن مقتل), or be
  // the trigger itself (غارة أسفرت عن مقتل خمسة).
  bool of_result = false;
  if (source.empty() && r.noun) {
    of_result = CueEndsBefore(result_head, CueKind::kResult) || AfterSplitResult(result_head, c);
  } else if (source.empty()) {
    of_result = CueStartsAt(t.first, CueKind::kResult);
  }
  // أطلق الجنود النار على شبان حاولوا التصدي للمستوطنين، ما أدى إلى إصابة أربعة منهم: the people a
  // partitive pronoun of the result counts are those its cause (hit `j`) was aimed at, not the nearest. A thing
  // aimed at (هاجم مسلحون حافلة، ما أدى إلى مقتل ثمانية منهم) stands for the people in it where the nearest people
  // are the cause's doers themselves: no one's toll counts the attackers among their own victims.
  auto aim_partitive_at = [&](const Event& cause, size_t j) {
    if (!target.partitive) return;
    const bool doers_counted =
        cause.source && target.members.size() == 1 && MakeActor(target.members[0]).begin == cause.source->begin;
    for (uint32_t k = hits_[j].first; cause.target && k < t.first; ++k) {
      int32_t m = MentionAt(k);
      if (m < 0 || text_.tokens[k].begin != cause.target->begin || !M(m).is_actor || (M(m).object && !doers_counted)) {
        continue;
      }
      target = GroupOf(m, "the people the partitive pronoun (منهم) counts: those its cause was aimed at");
      return;
    }
    // (Nothing named aimed at, فتح مسلحون النار على سيارة، ما أدى إلى مقتل ثلاثة منهم: the dead are not named.)
    if (doers_counted) target = Arg{};
  };
  // The cause in the same clause (شنت إسرائيل غارة على خان يونس أسفرت عن مقتل): the source of the
  // nearest event before it, a violent one, where that is the clause's last source.
  if (Rarely(of_result && !prev_source.empty())) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (hit_events_[j].empty()) continue;
      uint32_t doer_begin = MakeActor(prev_source.members[0]).begin;
      for (size_t idx : hit_events_[j]) {
        const Event& cause = (*out)[idx];
        if (hit_occurrence_[j] && cause.source && cause.source->begin == doer_begin) {
          source = prev_source;
          source.how = "doer of the cause of this result";
          // (A state named by its machines of war, القصف الذي نفذته طائرات روسية: its military, as in the cause.)
          aircraft_of_state = aircraft_of_state || TextEqual(cause.source->sector, "MIL");
          aim_partitive_at(cause, j);
        }
      }
      break;
    }
  }
  if (Rarely(of_result && source.empty())) {
    uint32_t s_first = text_.sentences[c.sentence].first_token;
    for (uint32_t cl = tt.clause; cl-- > 0 && text_.clauses[cl].sentence == c.sentence;) {
      auto it = last_source_.find(cl);
      if (it != last_source_.end() && !it->second.empty()) {
        source = it->second;
        source.how = "doer of the cause of this result";
        uint32_t doer_begin = MakeActor(source.members[0]).begin;
        for (size_t j = hi; j-- > 0 && hits_[j].first >= text_.clauses[cl].first_token;) {
          if (hits_[j].first >= text_.clauses[cl].end_token) continue;
          bool found = false;
          for (size_t idx : hit_events_[j]) {
            const Event& cause = (*out)[idx];
            if (cause.source && cause.source->begin == doer_begin) {
              aim_partitive_at(cause, j);
              found = true;
              break;
            }
          }
          if (found) break;
        }
        break;
      }
    }
    // (A verb of result has its cause right before it, named or not: سيارة مفخخة أودت بحياة.)
    for (uint32_t k = s_first; r.noun && source.empty() && k < t.first; ++k) {
      int32_t m = MentionAt(k);
      if (m < 0) continue;
      bool is_target = false;
      for (int32_t x : target.members) is_target = is_target || group_of_[x] == group_of_[m];
      // The subject of a verb of undergoing (تعرضت ثكنة لاعتداء أدى إلى) is the one attacked; that of
      // a verb of saying (قالت وزارة الصحة إن القصف أسفر عن) reports the result.
      if (M(m).is_actor && !IsPrepositional(m) && !is_target && M(m).first_token == k &&
          !CueEndsBefore(k, CueKind::kUndergo) && !SaidBy(m)) {
        source = ResolveDemonstrative(m);
        source.how = "first subject of the sentence, doer of the cause of this result";
      }
      k = M(m).end_token - 1;
    }
  }
  // تعرضت القوات الأميركية لهجوم، تعرض الرئيس لانتقادات: the subject of a verb of undergoing is the
  // target of the noun.
  if (r.noun && target.empty()) {
    for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kUndergo)) {
      if (q.first < c.first_token || q.end > t.first || t.first - q.end > kClauseReach) continue;
      if (q.kind != CueKind::kUndergo) continue;
      bool after = false;
      // (تعرضت مدينة الفاشر لقصف: a town or a state that underwent it is the place and, through it, the target.)
      Arg undergoer = SubjectOf(TriggerHit{q.first, q.end, 0}, c, &after, /*allow_place=*/true);
      if (!undergoer.empty() && M(undergoer.members[0]).is_place() && IsPrepositional(undergoer.members[0])) {
        undergoer = Arg{};
      }
      const char* how = "subject of '{}'";
      // تعرضت قافلة تابعة للأمم المتحدة، مقرات حزب الأمة، دورية للجيش: a thing underwent it; its owner
      // named after it, in construct or through لـ, is the target.
      for (uint32_t k = q.end + 1; undergoer.empty() && k < t.first; ++k) {
        int32_t m = MentionAt(k);
        if (m < 0 || M(m).first_token != k) continue;
        uint16_t p = PrepositionOf(m);
        if (M(m).is_actor && (p == 0 || (M(m).prefixes & kProLi))) {
          undergoer = ResolveDemonstrative(m);
          how = "owner of what underwent '{}'";
        }
        break;
      }
      if (!undergoer.empty()) {
        target = undergoer;
        target.how = fmt::format(fmt::runtime(how), trig_.cue(q.record).form);
        if (place < 0 && M(undergoer.members[0]).is_place() && !M(undergoer.members[0]).is_actor) place = undergoer.members[0];
        // Taken for the doer by the clause's actor before the noun: it is the one attacked.
        if (!source.empty() && group_of_[source.members[0]] >= 0 &&
            group_of_[source.members[0]] == group_of_[undergoer.members[0]]) {
          source = Arg{};
          // تصدت القوات الأوكرانية لهجوم روسي: the doer is then the state of a demonym adjective of the
          // noun, right after it and agreeing with it in definiteness.
          int32_t m = t.end < c.end_token ? NationalityAt(t.end) : -1;
          if (r.noun && adjective_doer && m >= 0 && !(M(m).prefixes & (kPrepClitics | kProWa)) &&
              definite(t.end - 1) == definite(t.end)) {
            source.members = {m};
            source.how = "demonym adjective of the attack";
          }
        }
      }
      break;
    }
  }
  // A demonstration before a building (تظاهروا أمام السفارة اليونانية، أمام مقر البرلمان) is
  // addressed to its owner; a protest at something an actor did (احتجاجا على زيارة بوش) to the actor.
  if (code->plover_type == PloverType::kProtest && target.empty()) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 12; ++k) {
      BareText w = Bare(k);
      bool before = w == "امام" || w == "حول" || w == "قرب" || w == "مقابل";
      bool at = k == t.end && w == "علي" && code->plover_type == PloverType::kProtest;
      if (!before && !at) continue;
      uint32_t m_at = k + 1;
      if (m_at < c.end_token && MentionAt(m_at) < 0 && text_.tokens[m_at].kind == TokenKind::kWord) ++m_at;  // مقر، مبنى، زيارة
      int32_t m = m_at < c.end_token ? MentionAt(m_at) : -1;
      // (أمام مقر نقابتهم: a body with a pronoun of the crowd's is its own, no target; the purpose's is read below.
      // Nor a place of worship with no owner named, اعتصموا قرب مسجد، تجمعوا أمام الضريح: crowds gather at it after
      // prayer, so it is where they stand, not whom they address.)
      if (m >= 0 && M(m).is_actor && M(m).first_token == m_at &&
          (source.empty() || group_of_[m] != group_of_[source.members[0]]) &&
          !(before && text_.tokens[M(m).end_token - 1].suffix != Enclitic::kNone) &&
          !(M(m).object && !M(m).owned && TextEqual(M(m).sector, "REL"))) {
        target = GroupOf(m, before ? "owner of the building the protest was held before" : "the actor protested at");
        break;
      }
    }
  }
  // A protest named without its doers is done by the protesters the sentence names.
  if (source.empty() && code->plover_type == PloverType::kProtest) {
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
  // ورشق المتظاهرون الشرطة بالحجارة، وقالت مصادر إن المتظاهرين قطعوا الطريق: a riot or a blockade (144, 145) done by
  // the definite crowd, the protesters, in a sentence that goes on from one before it (it opens with و or ف) or after
  // a protest an earlier sentence tells, is the conduct of that protest, reported before: no new event (CrowdSubject
  // reads its crowd_doer lines so). A counted crowd (مئات المتظاهرين) or an indefinite one starts a protest of its own;
  // acts joined in a lead sentence (أغلق المتظاهرون الطريق ورشقوا الجنود) are all its news.
  if (code->plover_type == PloverType::kProtest && !r.noun && !source.empty() &&
      (r.cameo.starts_with("144") || r.cameo.starts_with("145"))) {
    const uint32_t f = M(source.members[0]).first_token;
    // (The count of one word or two, and its من, CrowdFrom reads from where it starts.)
    auto counted_from = [&](uint32_t j) {
      const CrowdReading crowd = CrowdFrom(j, f + 1);
      return crowd.at == f && crowd.counted;
    };
    const bool counted = (f >= 1 && counted_from(f - 1)) || (f >= 2 && counted_from(f - 2));
    if (CueStartsAt(f, CueKind::kCrowd) && (text_.tokens[f].prefixes & kProAl) && !counted &&
        GoesOnFromProtest(c.sentence)) {
      hit_background_[hi] = true;
      hit_doer_[hi] = source.members[0];
      return;
    }
  }

  // A violent or protest verb with no doer, no victim, no place and no toll (لماذا قتل فلان) gives
  // nothing an analyst could code; unless a condition governs it (لو قصفت الطائرات السد، إذا هاجمت
  // الميليشيا القرية): what would happen is coded as hypothetical, however little is attached to it.
  // (Nor one whose subject is a dual naming two parties, right after it: وتبادل البلدان القصف is between the
  // two told before, PartiesNamedByDual.)
  const bool parties_dual = t.end < c.end_token && text_.tokens[t.end].prefixes == kProAl && MentionAt(t.end) < 0 &&
                            (WordKindsAt(t.end) & kPartiesWord);
  // (Nor a protest by a crowd counted alone: خرج المئات للمطالبة بإسقاط الحكومة is a demonstration wherever it is; nor
  // one denied of anybody, لم يتظاهر أحد ضد القرار, which an analyst records negated. Nor an attack on what only
  // force hits, قصفت طائرات مسيرة مواقع عسكرية، ضربت صواريخ منشآت نفطية: a strike whose sides the sentence does not
  // name is still a strike.)
  if (occurrence && code->plover_type == found->plover_type && !r.noun && source.empty() && target.empty() && place < 0 &&
      !fatalities && !injured && !captured && !TextEqual(modality, "hypothetical") && !parties_dual &&
      !(code->plover_type == PloverType::kProtest &&
        ((negated && NobodyAfter(t, c)) || CrowdCountedAlone(t, c) != nullptr)) &&
      !(code->plover_type == PloverType::kAssault && AimsAtHardTarget(t, c, source))) {
    return;
  }

  // قصفت القوات الروسية مدينة خاركيف، غارات إسرائيلية على غزة: a town a verb attacks as its direct
  // object (no preposition before it, only a descriptor: مدينة، بلدة), or that an attack is aimed at
  // with على or ضد, stays the place; the target is its state, when that is not the attacker's own.
  auto attacked_town = [&](int32_t m) {
    uint16_t way = PrepositionOf(m);
    if (way == 0) return !r.noun && (r.target & kTargetObject) != 0;
    return (way & r.target & (kTargetAla | kTargetDidd)) != 0;
  };
  // قصفت فصائل مسلحة قاعدة عين الأسد، استهدفت مسيرات قاعدة حميميم: a military base named as a place (lexicon/places kind
  // base), attacked as the object or after على or ضد, stands for the military of its state, whoever attacks it (a
  // state's own armed groups too: the base is no town of theirs).
  int32_t base_hit = -1;
  // هاجمت فصائل مسلحة قاعدة التنف الأمريكية: a base, its own state's or one a foreign force holds, with a nationality
  // right after it is its holder's: the target is the nationality's military (base_hit the nationality's mention).
  bool base_holder = false, airport_hit = false;
  if (code->plover_type == PloverType::kAssault && target.empty()) {
    for (uint32_t k = t.end; k < c.end_token && base_hit < 0; ++k) {
      // (No other event word between: the rest of the trigger's own phrase, أطلق الحوثيون صواريخ على, is passed, and so
      // is the means after بـ, a noun of a weapon: قصفت فصائل بالطائرات المسيرة قاعدة عين الأسد.)
      if (const int32_t h2 = token_trigger_[k]; h2 >= 0 && h2 != static_cast<int32_t>(hi)) {
        const uint32_t f2 = hits_[h2].first;
        const TriggerRecord* r2 = ChooseRecord(hits_[h2], *hit_payloads_[h2]);
        const bool means = r2 != nullptr && r2->noun && ((text_.tokens[f2].prefixes & kProBi) ||
                                              (f2 > t.end && (text_.tokens[f2 - 1].prefixes & kProBi) &&
                                               (WordKindsAt(f2 - 1) & (kMachineWord | kMunitionWord))));
        if (!means) break;
        k = std::max(hits_[h2].end, k + 1) - 1;
        continue;
      }
      const int32_t m = MentionAt(k);
      if (m < 0 || M(m).first_token != k) continue;
      // (Not one whose holder a demonym after it names: قاعدة عين الأسد الأمريكية is the American forces'.)
      const int32_t owner = M(m).end_token < c.end_token ? MentionAt(M(m).end_token) : -1;
      const bool held = owner >= 0 && M(owner).demonym >= 0 && M(owner).first_token == M(m).end_token;
      if (M(m).is_place() && !M(m).is_actor && attacked_town(m) && !held &&
          StateBase(lex_.places()[M(m).place].kind) && !lex_.places()[M(m).place].country.empty()) {
        base_hit = m;
      }
      // (So does an airport, places kind airport, of its state, not its military: قصفت قوات المعارضة مطار المدينة
      // الدولي hits the state that runs it, its own rebels too.)
      if (M(m).is_place() && !M(m).is_actor && attacked_town(m) && !held &&
          lex_.places()[M(m).place].kind == "airport" && !lex_.places()[M(m).place].country.empty()) {
        base_hit = m;
        airport_hit = true;
      }
      if (M(m).is_place() && !M(m).is_actor && attacked_town(m) && held && !M(owner).country.empty() &&
          MilitaryBase(lex_.places()[M(m).place].kind)) {
        base_hit = owner;
        base_holder = true;
      }
      // (Only the first place after the trigger, past its subject: the base attacked, not one named after it.)
      if (M(m).is_place()) break;
      k = M(m).end_token - 1;
    }
  }
  if (base_hit >= 0) {
    target.members = {base_hit};
    target.how = base_holder   ? "the military of the base's holder, the nationality after it"
                 : airport_hit ? "the state of the airport attacked"
                               : "the military of the state of the base attacked";
    hit_place_target_[hi] = true;
  }
  // (The town attacked, above.)
  if (code->plover_type == PloverType::kAssault && target.empty() && place >= 0 && !M(place).is_actor &&
      M(place).first_token >= t.end && M(place).end_token <= c.end_token && attacked_town(place) &&
      !TriggerBetween(t.end, M(place).first_token) && !source.empty()) {
    // (قصف الطيران الروسي والسوري مدينة إدلب: of a list of attackers, the one at home hits no state; the other hits
    // the town's, below.)
    bool all_own = true;
    for (int32_t s : source.members) all_own = all_own && PlaceAtHome(s, place);
    if (!lex_.places()[M(place).place].country.empty() && !all_own) {
      target.members = {place};
      target.how = "the state of the town attacked";
      hit_place_target_[hi] = true;
    }
  }
  // Whether `g`, the town attacked standing for its state, is in the state of the attacker `s`. (Not the place of a
  // thing hit, below: a rebel force hits its own state's power station.)
  bool thing_hit = false;
  auto own_town = [&](int32_t s, int32_t g) {
    return hit_place_target_[hi] && !thing_hit && base_hit < 0 && s >= 0 && g >= 0 && !M(g).is_actor && M(g).is_place() &&
           PlaceAtHome(s, g);
  };
  // دفع الجيش التركي بتعزيزات إلى ريف إدلب، انسحب الجيش الإسرائيلي من مدينة جنين، سمحت إسرائيل بدخول
  // الوقود إلى قطاع غزة، انسحبت قوات الدعم السريع من مدينة الفاشر: a deployment, a withdrawal or aid
  // with no target is aimed at the state of the place it goes to or leaves, as analysts code it; not
  // where the doer is that state itself or its forces at home.
  // So is a visit (042: وصل وزير الخارجية الإيراني إلى بيروت في زيارة): the host is the state visited.
  // (Aid sent to support someone, أرسلت إيران أسلحة لدعم الحوثيين في اليمن: the one supported, not the place.)
  if (code->plover_type == PloverType::kAid && target.empty()) {
    if (int32_t m = RecipientSupported(hi, c); m >= 0) {
      target = ResolveDemonstrative(m);
      target.how = "the one the aid is sent to support (لدعم)";
    }
  }
  // تظاهر آلاف المعارضين في كينشاسا رافضين إجراء الانتخابات، احتجاجا على نتائج الاقتراع: a protest rejecting
  // or demanding a vote (grammar.tsv election) right after its word of rejection or demand (grammar.tsv demanding,
  // word_kinds.tsv against) or one noun after it, with no maker named (no actor in the words after the vote; a maker
  // named in a relative clause on it was read by PrepTarget), is addressed to the government of the protest's state,
  // which holds the vote: the place's state, its government (election_government, below).
  bool election_government = false;
  if (code->plover_type == PloverType::kProtest && target.empty() && place >= 0 && M(place).is_place() &&
      Rarely(((grammar_words_seen_ >> static_cast<unsigned>(GrammarWord::kElection)) & 1u) != 0) &&
      !lex_.places()[M(place).place].country.empty()) {
    for (uint32_t k = std::max(t.end, t.rest_end); k + 1 < c.end_token && k < t.end + 12; ++k) {
      if (GrammarWordAt(k) != GrammarWord::kDemanding && !(WordKindsAt(k) & kAgainstWord)) continue;
      uint32_t j = k + 1;
      if (j + 1 < c.end_token && Bare(j) == "علي" && text_.tokens[j].prefixes == 0) ++j;
      for (uint32_t v = j; v < c.end_token && v <= j + 1 && MentionAt(v) < 0; ++v) {
        if (GrammarWordAt(v) != GrammarWord::kElection) continue;
        bool maker = false;
        for (uint32_t a = v + 1; a < c.end_token && a <= v + 4 && !maker; ++a) {
          const int32_t m = MentionAt(a);
          maker = m >= 0 && M(m).is_actor;
        }
        election_government = !maker;
        break;
      }
      break;
    }
    if (election_government) {
      target.members = {place};
      target.how = "the government of the protest's state, which holds the vote it rejects or asks for";
    }
  }
  bool aimed_at_place = code->plover_type == PloverType::kMobilize || code->plover_type == PloverType::kRetreat ||
                        code->plover_type == PloverType::kAid || TextEqual(r.cameo, "042");
  if (aimed_at_place && target.empty() && place >= 0 && !source.empty()) {
    bool own = false;
    for (int32_t s : source.members) {
      bool state = M(s).sector.empty() || IsStateAgent(M(s).sector);
      own = own || (state && PlaceAtHome(s, place));
    }
    if (!lex_.places()[M(place).place].country.empty() && !own) {
      target.members = {place};
      target.how = "the state of the place the deployment, withdrawal, aid or visit goes to or leaves";
    }
  }
  // An attack on an unnamed target in a named country (التفجيرين ... شهدتهما تونس): the country is
  // the target, as analysts code it.
  // A country's territory (في الأراضي السورية) is one, but not one the attack came from (أطلقت
  // صواريخ من الأراضي اللبنانية).
  auto names_state = [&](int32_t m) {
    if (M(m).is_actor) return M(m).record >= 0 && lex_.record(M(m).record).is_state;
    return lex_.places()[M(m).place].kind == "country" && PrepositionOf(m) != kTargetMin;
  };
  // So is taking a place (احتلت القوات الإسرائيلية مواقع في جنوب سوريا: CAMEO 192, occupying territory).
  bool hits_place = code->plover_type == PloverType::kAssault || TextEqual(r.cameo, "192");
  // (Not a state's own territory taken by its own side: سيطرة الحكومة العراقية على مناطق في العراق.)
  auto own_territory = [&](int32_t m) {
    if (code->plover_type == PloverType::kAssault) return false;
    const std::string& where = M(m).is_actor ? M(m).country : lex_.places()[M(m).place].country;
    for (int32_t s : source.members) {
      const std::string& from = M(s).country.empty() ? M(s).inferred_country : M(s).country;
      if (from == where) return true;
    }
    return false;
  };
  if (hits_place && target.empty() && place >= 0 && names_state(place) && !own_territory(place)) {
    target.members = {place};
    target.how = "the state where the attack took place";
    hit_place_target_[hi] = true;
  }
  // أطلق حزب الله صواريخ على حيفا، قصفت القوات الروسية مدينة حلب: an attack with no target named, by a
  // doer of one state on a place of another, is aimed at that state; not a place of the doer's own
  // state (قصفت قوات الدعم السريع مدينة الأبيض: who was hit is not said). So is taking a place
  // (سيطرت القوات الروسية على بلدة في دونيتسك).
  if (hits_place && target.empty() && place >= 0 && !source.empty() &&
      !M(place).is_actor && M(place).is_place() && PrepositionOf(place) != kTargetMin) {
    const std::string& where = lex_.places()[M(place).place].country;
    bool foreign = !where.empty();
    for (int32_t s : source.members) {
      const std::string& from = M(s).country.empty() ? M(s).inferred_country : M(s).country;
      foreign = foreign && !from.empty() && from != where && !TextEqual(M(s).sector, "IGO");
    }
    // (Given once the events of the clause are merged, ForeignPlaceTargets: a killing in the attack
    // names its own victims.)
    if (foreign) hit_foreign_place_[hi] = place;
  }
  // استهدفت مسيرات أطلقتها قوات الدعم السريع محطة كهرباء في مدينة عطبرة، فجر مسلحون خط أنابيب النفط في محافظة صلاح
  // الدين: an attack whose object is a thing only force hits (a station, a depot, a bridge, a pipeline: word kind
  // hard_target), owned by nobody the clause names or a pronoun refers to, in a place inside one state, is aimed at
  // that state, as analysts code a power station or a port. Not a ship (itinerant: its place says nothing of its
  // flag), nor a place on water or at a crossing, nor what a state's own forces or officials hit at home (قصف الجيش
  // مواقع في ريف إدلب: the sites are its enemies'), also forces of no state told (الجيش alone, most often the place's
  // own); a foreign doer's attack is aimed at the place's state above.
  if (code->plover_type == PloverType::kAssault && target.empty() && place >= 0 && hit_foreign_place_[hi] < 0 &&
      M(place).is_place() && !M(place).is_actor && PrepositionOf(place) != kTargetMin &&
      M(place).first_token >= t.end) {
    const PlaceRecord& where = lex_.places()[M(place).place];
    bool one_state = !where.country.empty() && where.kind != "water" && where.kind != "crossing";
    for (int32_t s : source.members) {
      const std::string& from = M(s).country.empty() ? M(s).inferred_country : M(s).country;
      const bool state = IsStateAgent(M(s).sector) || (M(s).record >= 0 && lex_.record(M(s).record).is_state);
      one_state = one_state && !(state && (from.empty() || from == where.country));
    }
    // The thing: a word of its kind between the trigger and the place, past nobody but the doers, said with a word of
    // its own after it (محطة كهرباء، مستودعات للوقود، جسرا رئيسيا). A bare plural of sites or targets (قصفت مسيرة
    // مواقع في مدينة الزاوية) says not what was hit, and agents.tsv codes a force's positions only through their owner.
    bool thing = false;
    for (uint32_t k = t.end; one_state && k < M(place).first_token; ++k) {
      if (int32_t m = MentionAt(k); m >= 0) {
        const bool doer = std::find(source.members.begin(), source.members.end(), m) != source.members.end();
        if (M(m).is_actor && !doer) one_state = false;
        k = M(m).end_token - 1;
        continue;
      }
      // (Nor a thing of its own, with a pronoun: على مواقعهم is the sites of those named before.)
      const uint64_t kinds = WordKindsAt(k);
      if ((kinds & kItinerantWord) || ((kinds & kHardTargetWord) && text_.tokens[k].suffix != Enclitic::kNone)) {
        one_state = false;
      }
      if (!(kinds & kHardTargetWord)) continue;
      // (A word of its own: no function word, nor a word of the place's, مدينة، شمال.)
      for (uint32_t j = k + 1; !thing && j < M(place).first_token; ++j) {
        const Token& w = text_.tokens[j];
        thing = w.kind == TokenKind::kWord && MentionAt(j) < 0 && !(w.word_class & kWordFunction) &&
                !(WordKindsAt(j) & (kDescriptorWord | kDirectionWord));
      }
    }
    if (one_state && thing) {
      target.members = {place};
      target.how = "the state of the place of the thing hit";
      hit_place_target_[hi] = true;
      thing_hit = true;
    }
  }

  // ضربة جوية استهدفت قياديا، غارة إسرائيلية استهدفت منزلا: a violent verb right after the violent noun
  // it describes (and the noun's nationality) is that event: the verb's object is the noun's target,
  // and there is no second event. A subject found before the noun is not the verb's (قتل 31 شخصا في
  // غارات أمريكية استهدفت صنعاء).
  auto before_noun = [&](const Arg& g) {
    for (int32_t s : g.members) {
      if (M(s).end_token > hits_[hi - 1].first) return false;
    }
    return true;
  };
  if (!r.noun && occurrence && !(r.flags & (kFlagKill | kFlagInjure)) && hi > 0 && hit_emitted_[hi - 1] &&
      (source.empty() || before_noun(source)) && !(tt.prefixes & (kProWa | kProFa)) &&
      Rarely(ViolentNounRecord(static_cast<int32_t>(hi) - 1) != nullptr)) {
    uint32_t noun_end = hits_[hi - 1].end;
    if (int32_t n = noun_end < t.first ? NationalityAt(noun_end) : -1; n >= 0) noun_end = M(n).end_token;
    if (noun_end == t.first) {
      for (size_t idx : hit_events_[hi - 1]) {
        Event& e = (*out)[idx];
        if (e.event != code->plover || e.negated || e.target || target.empty()) continue;
        e.target = MakeActor(target.members[0]);
        if (Rarely(explain_)) e.explain.push_back(fmt::format("target '{}' (object of the verb describing the noun)", e.target->text));
      }
      return;
    }
  }
  if (!source.empty()) {
    last_source_[tt.clause] = source;
    last_source_hit_[tt.clause] = static_cast<uint32_t>(hi);
  }

  if (purpose_of >= 0) {
    for (size_t idx : hit_events_[static_cast<size_t>(purpose_of)]) {
      Event& protest = (*out)[idx];
      if (TextEqual(protest.event, "PROTEST") && !protest.target && !target.members.empty()) {
        protest.target = MakeActor(target.members[0]);
        if (Rarely(explain_)) protest.explain.push_back(fmt::format("target '{}' (what the protest's reason is against)", protest.target->text));
      }
    }
    hit_background_[hi] = true;
    return;
  }

  // وقال الجيش الإسرائيلي إن مسلحين من حزب الله هاجموا قواته: forces named by a pronoun (قواته، جنوده) that
  // the recognizer gave to the attacker itself are another's: no one attacks or seizes its own. They are
  // the forces of the actor the pronoun refers back to past the attacker (the army that speaks).
  if (code->quad_class == 4 && !source.empty() && target.members.size() == 1) {
    const Mention& g = M(target.members[0]);
    bool third = g.pronoun == Enclitic::kHu || g.pronoun == Enclitic::kHa || g.pronoun == Enclitic::kHum ||
                 g.pronoun == Enclitic::kHuma;
    const Mention& s0 = M(source.members[0]);
    if (third && g.agent >= 0 && g.is_actor && !g.object && s0.is_actor && recog_.SameActorId(g, s0)) {
      if (Arg owner = Antecedent(g.first_token, source.members, "owner (pronoun) of the forces attacked: not the attacker");
          !owner.empty()) {
        target = std::move(owner);
      }
    }
  }
  // انطلقت مواكب في المدينة تنديدا بمقتل متظاهرين برصاص قوات الأمن: state agents read as a street protest's
  // doer after the next event's phrase (the killing its purpose names) are the doers of that event, not the
  // protesters: the protest keeps no doer rather than being dropped below as the police's. (Asked only of a protest
  // whose doer stands after it: nearly never.)
  if (Rarely(code->plover_type == PloverType::kProtest && !r.cameo.starts_with("140") && !source.empty() &&
             M(source.members[0]).first_token > t.end && hi + 1 < hits_.size())) {
    const uint32_t next = hits_[hi + 1].first;
    bool theirs = next >= t.end;
    for (int32_t m : source.members) {
      theirs = theirs && M(m).is_actor && IsStateAgent(M(m).sector) && M(m).first_token > next;
    }
    if (theirs) {
      if (Rarely(explain_)) why.push_back("state agents after the next event's phrase: its doers, no protesters");
      source = Arg{};
    }
  }
  // No source or no target: one event with none (-1).
  static constexpr int32_t kNone[] = {-1};
  std::span<const int32_t> sources = source.members.empty() ? std::span<const int32_t>(kNone) : source.members;
  std::span<const int32_t> targets = target.members.empty() ? std::span<const int32_t>(kNone) : target.members;
  // تبادلت القوات الهندية والباكستانية إطلاق النار، وقعت مصر والسودان اتفاقية: each of a reciprocal act's two parties
  // did it to the other, both directions (the event of a party on itself is skipped below). Not with a counterpart,
  // whose role is read from the source's.
  int32_t pair[2] = {-1, -1};
  if ((r.flags & kFlagReciprocal) && source.members.size() == 1 && target.members.size() == 1 && !target.counterpart) {
    pair[0] = source.members[0];
    pair[1] = target.members[0];
    sources = pair;
    targets = pair;
    two_sides = true;
  }
  const Sentence& sent = text_.sentences[tt.sentence];
  const DateReading* date = &DateFor(c);
  // أطلقت حماس سراح رهينة اختطفتها في أكتوبر 2023، أفرج عن الصحفي الذي اعتقل في مارس: a date after the verb
  // of a relative clause on what the event acts on dates that verb's act, not the event: it takes the
  // document's date.
  DateReading own_date;
  if (date->end > date->first && date->first >= t.end && !doc_.date.empty()) {
    // (The next hit only: IndefiniteObjectBefore asks hit_verb_ of the hit before its own, known only for
    // this one.)
    const size_t j = hi + 1;
    if (j < hits_.size() && hits_[j].first >= t.end && hits_[j].first < date->first &&
        (text_.tokens[hits_[j].first].word_class & kWordVerb) &&
        (RelativePronounAt(hits_[j].first - 1) || IndefiniteObjectBefore(j, c) >= 0)) {
      own_date = DateReading{doc_.date.substr(0, 10), 0, 0};
      date = &own_date;
    }
  }
  // دعت النقابات إلى التظاهر يوم الأحد: the weekday of the act a call governs lies ahead (CalendarDate); the call
  // itself was made by the document's date (mood38).
  if (date->end > date->first && date->first >= t.end && !doc_.date.empty() && (WordKindsAt(t.first) & kIntentionWord) &&
      IntendedActBefore(t.first, date->first)) {
    own_date = DateReading{doc_.date.substr(0, 10), 0, 0};
    date = &own_date;
  }
  // حذرت السفارة من المسيرات المرتقبة يوم السبت: the weekday of a scheduled act (word_kinds.tsv kind scheduled) lies
  // ahead; a verbal act before it (quad classes 1 and 3: a warning, a statement, a call) was made by the document's
  // date (mood39).
  if (date->end > date->first && date->first >= t.end + 2 && !doc_.date.empty() &&
      (code->quad_class == 1 || code->quad_class == 3)) {
    for (uint32_t k = date->first; k-- > t.end && k + 3 > date->first;) {
      if (!(WordKindsAt(k) & kScheduledWord)) continue;
      own_date = DateReading{doc_.date.substr(0, 10), 0, 0};
      date = &own_date;
      break;
    }
  }
  // تظاهر آلاف اليمنيين غداة اغتيال قيادي، بعد يومين من مقتل ناشط: the event a lead phrase names is dated from its
  // clause's event, not with it (mood41).
  if (DateReading passing = PassingDate(t, c, *date); passing) {
    own_date = std::move(passing);
    date = &own_date;
  }
  // Demonstrations, strikes, blockades and riots (141-145) are what people do, not state agents: a
  // protest word with a government, army or police doer is another sense (تجمعت الشرطة، وتجمع الرئيس
  // الأمير: brings together) or a misread side.
  // Judges and lawyers as a group do take to the street and strike (تظاهر المحامون، أضرب القضاة); a court does not.
  bool street_protest = code->plover_type == PloverType::kProtest && r.cameo.size() >= 3 && r.cameo.substr(0, 3) != "140";
  auto jurists = [&](int32_t s) {
    return M(s).sector == "JUD" && M(s).record < 0 && M(s).agent >= 0 &&
           lex_.agents()[M(s).agent].kind_id != AgentKind::kBody;
  };
  // أضرب المحامون في المحاكم، تظاهر الموظفون في الوزارات: people who strike or demonstrate in the state body they
  // work in are the protesters; the body (OrganisationOfMember) does not protest.
  auto protesting_member = [&](int32_t s) {
    if (!street_protest || source.member < 0 || s != source.members[0] || !IsStateAgent(M(s).sector)) return s;
    const Mention& x = M(source.member);
    return x.agent >= 0 && lex_.agents()[x.agent].kind_id == AgentKind::kGroup ? source.member : s;
  };
  // (Or the recognizer gave them the body's state sector, الموظفون في الوزارات العراقية: they strike as workers of their
  // own trade, the non-state sector of their line, or nullptr.)
  auto own_trade = [&](int32_t s) -> const std::string* {
    if (s < 0 || M(s).record >= 0 || M(s).agent < 0) return nullptr;
    const AgentRecord& a = lex_.agents()[M(s).agent];
    return a.kind_id == AgentKind::kGroup && !a.sector.empty() && !IsStateAgent(a.sector) ? &a.sector : nullptr;
  };
  // اعتصم جنود احتياط أمام مقر الحكومة مطالبين باستقالة الوزير: soldiers or policemen named as people (agents.tsv
  // kind group; not the army or the police, bodies) who sit in or march with a demand told after the verb protest as
  // any group does. With no demand, the word keeps its other sense (اعتصم المسلحون بالجبال: held out). (Read only for
  // such a doer of a protest verb: the hits after it, up to a dozen words of its sentence, are in text order.)
  auto demanding_people = [&](int32_t s) {
    if (!street_protest || r.noun || M(s).record >= 0 || M(s).agent < 0 ||
        lex_.agents()[M(s).agent].kind_id != AgentKind::kGroup) {
      return false;
    }
    const uint32_t end = std::min<uint32_t>(text_.sentences[tt.sentence].end_token, t.end + 12);
    for (size_t h = hi + 1; h < hits_.size() && hits_[h].first < end; ++h) {
      for (uint32_t p : *hit_payloads_[h]) {
        const CameoCode* d = ont_.Find(trig_.trigger(p).cameo);
        if (d != nullptr && d->plover_type == PloverType::kRequest) return true;
      }
    }
    return false;
  };
  for (int32_t body : sources) {
    const int32_t s = body >= 0 ? protesting_member(body) : body;
    const std::string* trade = street_protest && s >= 0 && IsStateAgent(M(s).sector) ? own_trade(s) : nullptr;
    if (street_protest && s >= 0 && M(s).is_actor && IsStateAgent(M(s).sector) && !jurists(s) && !trade &&
        !demanding_people(s)) {
      continue;
    }
    for (int32_t town_or_target : targets) {
      int32_t g = own_town(s, town_or_target) ? -1 : town_or_target;
      // (A group of people and a body or a building of their sector are two actors, not one named twice: نظم
      // المعلمون وقفة أمام مديرية التربية.)
      auto group_and_body = [&](int32_t a, int32_t b) {
        if (M(a).record >= 0 || M(b).record >= 0 || M(a).agent < 0 || M(b).agent < 0 || M(a).agent == M(b).agent) {
          return false;
        }
        AgentKind ka = lex_.agents()[M(a).agent].kind_id, kb = lex_.agents()[M(b).agent].kind_id;
        return ka == AgentKind::kGroup && (kb == AgentKind::kBody || kb == AgentKind::kObject || M(b).object);
      };
      // (Nor, in an attack, one civilian and the civilians of another noun: طعن شاب ثلاثة أشخاص.)
      auto lone_attacker = [&](int32_t a, int32_t b) {
        if (code->plover_type != PloverType::kAssault || !TextEqual(M(a).sector, "CVL") || M(b).agent < 0 ||
            M(b).agent == M(a).agent || M(b).record >= 0) {
          return false;
        }
        Arg one;
        one.members = {a};
        return IsSingularVictim(one);
      };
      if (s >= 0 && g >= 0 && s != g && (two_sides || group_of_[s] < 0 || group_of_[s] != group_of_[g]) &&
          targets.size() == 1 && code->plover_type == PloverType::kProtest && M(s).is_actor && M(s).record < 0 &&
          M(s).agent >= 0 && lex_.agents()[M(s).agent].kind_id == AgentKind::kGroup &&
          recog_.SameActorId(M(ReportedAs(s)), M(ReportedAs(g))) && !group_and_body(s, g)) {
        // اعتصم جنود احتياط مطالبين باستقالة وزير الدفاع: people of a body (a group noun, no named actor) protesting
        // against its head or the body itself (of one code) still protest; the target, the same actor named twice, is
        // dropped. (A named actor as both is a misreading of one of them: no event, as before.)
        if (Rarely(explain_)) why.push_back("a protest aimed at its doers' own body: the target, the same actor, dropped");
        g = -1;
      }
      if (s >= 0 && g >= 0 && (s == g || (!two_sides && group_of_[s] >= 0 && group_of_[s] == group_of_[g]) ||
                               (recog_.SameActorId(M(ReportedAs(s)), M(ReportedAs(g))) && M(s).is_actor &&
                                !group_and_body(s, g) &&
                                !lone_attacker(s, g)))) {
        continue;
      }
      // Built in place in the output: an event is large to move.
      hit_events_[hi].push_back(out->size());
      Event& e = NewEvent(out);
      e.doc_id = doc_.id;
      e.sentence = tt.sentence;
      SetDate(*date, &e);
      e.event = code->plover;
      e.mode = code->mode;
      e.cameo = cameo;
      e.quad_class = code->quad_class;
      e.goldstein = code->goldstein;
      if (s >= 0) e.source.emplace(BuiltBy{[&] { return MakeActor(s); }});
      // (The workers of a state's body are of its state: أضرب الأطباء في وزارة الصحة اللبنانية.)
      if (s != body && e.source->country.empty() && !M(body).country.empty()) {
        e.source->country = M(body).country;
        e.source->actor_id = e.source->country + e.source->sector;
      }
      if (trade != nullptr) {
        SetSector(&*e.source, *trade);
      }
      if (s >= 0 && (code->quad_class == 1 || code->quad_class == 3) && M(s).is_actor && TextEqual(e.source->sector, "MED")) {
        SpeakForMedium(s, &*e.source);
      }
      // The aircraft of a state (قصفت الطائرات الإسرائيلية، مسيرة أمريكية) are its military.
      if (aircraft_of_state && s >= 0 && e.source->sector.empty() && !e.source->country.empty()) {
        SetSector(&*e.source, "MIL");
      }
      if (g >= 0) e.target.emplace(BuiltBy{[&] { return MakeActor(g); }});
      if (election_government && g == place && e.target && !e.target->country.empty()) SetSector(&*e.target, "GOV");
      // (Whichever way the base came to be the target: the object, after على, or the town attacked.)
      if (g >= 0 && code->plover_type == PloverType::kAssault && !e.target->country.empty() &&
          ((g == base_hit && base_holder) ||
           (M(g).is_place() && !M(g).is_actor && StateBase(lex_.places()[M(g).place].kind)))) {
        SetSector(&*e.target, "MIL");
      }
      // (A base named as the object, هاجمت فصائل مسلحة قاعدة التنف الأمريكية, with the nationality of its holder right
      // after it: the nationality's military, as above.)
      if (g >= 0 && code->plover_type == PloverType::kAssault && M(g).is_place() && M(g).record < 0 &&
          MilitaryBase(lex_.places()[M(g).place].kind) && M(g).end_token < c.end_token) {
        if (const int32_t o = MentionAt(M(g).end_token);
            o >= 0 && M(o).first_token == M(g).end_token && M(o).demonym >= 0 && !M(o).country.empty()) {
          e.target->country = M(o).country;
          SetSector(&*e.target, "MIL");
        }
      }
      // قصفت القوات الروسية دبابة ليوبارد أوكرانية، أسقطت الدفاعات مقاتلة إف-16 أوكرانية: a nationality hit after a
      // machine of war (word_kinds.tsv machine), its model's name between, is its state's military, as the machine's
      // nationality is when it does the deed.
      // (Up to four tokens back: the machine, then its model, إف-16، تي-90 with the hyphen, none of them a name read.)
      auto machine_before = [&](uint32_t k) {
        for (uint32_t back = 1; back <= 4 && k >= c.first_token + back; ++back) {
          const uint32_t j = k - back;
          if (WordKindsAt(j) & kMachineWord) return text_.tokens[j].suffix == Enclitic::kNone;
          if (text_.tokens[j].kind == TokenKind::kNumber || (text_.tokens[j].kind == TokenKind::kPunct &&
                                                             text_.Norm(text_.tokens[j]) == "-")) {
            continue;
          }
          if (MentionAt(j) >= 0 || text_.tokens[j].prefixes != 0) return false;
        }
        return false;
      };
      if (g >= 0 && code->plover_type == PloverType::kAssault && e.target->sector.empty() &&
          !e.target->country.empty() && M(g).demonym >= 0 && M(g).record < 0 && M(g).agent < 0 &&
          machine_before(M(g).first_token)) {
        SetSector(&*e.target, "MIL");
      }
      // نظيره السنغالي: the counterpart holds the source's role in the demonym's state.
      if (g >= 0 && target.counterpart && e.source && !e.source->sector.empty() && !e.target->country.empty()) {
        SetSector(&*e.target, e.source->sector);
      }
      // تلقى الرئيس المصري اتصالا من نظيره الأمريكي: a counterpart who gives holds the receiver's role.
      if (s >= 0 && source.counterpart && e.target && !e.target->sector.empty() && !e.source->country.empty()) {
        e.source->sector = e.target->sector;
        e.source->actor_id = e.source->country + e.source->sector;
      }
      // (التقى الوزير السعودي نظيره الإيراني وبحث الأخير: with no other side named, the counterpart a word refers
      // back to holds the role of the one whose counterpart he is, the actor named before نظير.)
      for (auto [who, arg] : {std::pair{&e.source, &source}, std::pair{&e.target, &target}}) {
        if (!arg->counterpart || arg->members.size() != 1 || !*who || !(*who)->sector.empty() || (*who)->country.empty()) {
          continue;
        }
        uint32_t word = M(arg->members[0]).first_token - 1;
        Arg holder = Antecedent(word, {}, "holder of the counterpart's role");
        if (holder.empty() || M(holder.members[0]).sector.empty() || !M(holder.members[0]).is_actor) continue;
        (*who)->sector = M(holder.members[0]).sector;
        (*who)->actor_id = (*who)->country + (*who)->sector;
      }
      // اعتقلت قوات الأمن السورية عشرات الشبان في ريف دمشق: unnamed people a state's own forces or
      // authorities act on at home are that state's people (not armed men, who may come from abroad).
      // With no place named, police, courts and governments act at home; armies and air forces often
      // do not (قصفت طائرات روسية مواقع المعارضة).
      auto at_home = [&] {
        return place >= 0 ? lex_.places()[M(place).place].country == e.source->country : !TextEqual(e.source->sector, "MIL");
      };
      if (g >= 0 && e.source && e.target->country.empty() && !e.target->sector.empty() &&
          !IsArmed(e.target->sector) && M(g).record < 0 &&
          !e.source->country.empty() && IsStateAgent(e.source->sector) && at_home()) {
        e.target->country = e.source->country;
        e.target->actor_id = e.target->country + e.target->sector;
      }
      // الجيش الإسرائيلي يقصف منازل في خان يونس، قتل الجيش الباكستاني ثمانية مسلحين في وزيرستان: unnamed
      // people or things (no name, no nationality) where the event took place are that state's; not
      // the staff of international bodies and aid groups, nor peacekeepers; nor what a named group owns
      // (مواقع لتنظيم داعش), nor those whose place says nothing of where they are from (word kind
      // itinerant: hostages, prisoners, ships).
      if (place >= 0) {
        const std::string& where = lex_.places()[M(place).place].country;
        auto named_owner = [&](int32_t m) {
          int32_t o = M(m).owned && M(m).owner_token > 0 ? MentionAt(M(m).owner_token) : -1;
          return o >= 0 && o != m && M(o).record >= 0;
        };
        // (The head noun only: the families of the abducted, عائلات المختطفين، protest where they live.)
        auto itinerant = [&](int32_t m) { return (WordKindsAt(M(m).first_token) & kItinerantWord) != 0; };
        // (Not the doer of a strike from afar, shelling, air strikes or an attack on the place itself:
        // أطلق مسلحون صواريخ على سديروت: the place is where it landed, not where the doer is.)
        // (But a crowd protests where it goes out or pours into: خرج آلاف من الطلاب إلى شوارع الجزائر، تدفق المحتجون إلى
        // ساحة التحرير في بغداد are of the state of the streets or the square after the verb's إلى. Not where a protest
        // noun spread to: امتدت الاحتجاجات إلى خارج الحدود اليونانية.)
        const uint16_t afar_preps = cameo.starts_with("14") && !r.noun ? uint16_t{kTargetAla | kTargetDidd}
                                                             : uint16_t{kTargetAla | kTargetDidd | kTargetIla};
        bool from_afar = cameo.starts_with("194") || cameo.starts_with("195") || (r.flags & kFlagPlaceIsTarget) ||
                         (PrepositionOf(place) & afar_preps);
        // (عمال أجانب: foreigners are not of the place's state.)
        auto foreigners = [&](int32_t m) { return NamesForeigners(text_, M(m)); };
        // (جماعة نصرة الإسلام والمسلمين، تنظيم الدولة: an armed group of no one state, which the dictionaries
        // give no country, is coded in the state where it acts, as analysts code its branches; its name stays.)
        auto stateless_armed_group = [&](int32_t m) {
          if (M(m).record < 0 || !M(m).country.empty() || !M(m).inferred_country.empty()) return false;
          const ActorRecord& rec = lex_.record(M(m).record);
          return !rec.is_person && !rec.is_state && rec.country.empty() && TextEqual(rec.sector, "REB");
        };
        for (std::optional<EventActor>* a : {&e.source, &e.target}) {
          int32_t m = a == &e.source ? s : g;
          // (Civil authorities, police and courts rule where they impose a curfew or cut the internet:
          // فرضت السلطات حظر التجول في بغداد.)
          bool governs = a == &e.source && *a && !cameo.starts_with("19") &&
                         (TextEqual((*a)->sector, "GOV") || TextEqual((*a)->sector, "COP") ||
                          TextEqual((*a)->sector, "JUD") || TextEqual((*a)->sector, "LEG"));
          // (Unidentified gunmen who storm a place, اقتحم مسلحون مخيما للنازحين في دارفور، السجن المركزي في بنين, are of
          // the state where they act, as where they attack: no strike from afar, whatever the place stormed.)
          const bool local_gunmen = a == &e.source && *a && TextEqual((*a)->sector, "UAF") &&
                                    !cameo.starts_with("194") && !cameo.starts_with("195") &&
                                    !(PrepositionOf(place) & (kTargetAla | kTargetDidd | kTargetIla));
          if (a == &e.source && from_afar && !governs && !local_gunmen) continue;
          if (m >= 0 && foreigners(m)) continue;
          if (m >= 0 && *a && (*a)->country.empty() && !where.empty() && stateless_armed_group(m)) {
            (*a)->country = where;
            continue;
          }
          if (m < 0 || !*a || !(*a)->country.empty() || (*a)->sector.empty() || where.empty() || M(m).record >= 0 ||
              !M(m).is_actor || (a == &e.target && target.counterpart) || TextEqual((*a)->sector, "IGO") ||
              TextEqual((*a)->sector, "NGO") || TextEqual((*a)->sector, "PKO") || named_owner(m) || itinerant(m)) {
            continue;
          }
          (*a)->country = where;
          (*a)->actor_id = where + (*a)->sector;
        }
      }
      // تبادل لإطلاق النار بين مجموعتين مسلحتين، اشتباكات بين عصابتين: a clash among one armed people named once is fought
      // between its members: they are both its sides (the independent sets' convention, ind9-a52), and a killing told
      // victim-first in it takes them as its target (MergeRestNouns), not the dead.
      if (one_side_between && !e.target && e.source && TextEqual(cameo, "193")) {
        e.target = e.source;
        if (Rarely(explain_)) why.push_back(fmt::format("target '{}' (the same armed people, fighting among themselves)", e.target->text));
      }
      // شارك الآلاف في مظاهرة في عمان، خرج المئات إلى الشوارع في الخرطوم: a protest whose subject, right after its
      // verb, is a count alone (no genitive, no من after it: آلاف الأشخاص، المئات من الطلاب name who they are) is done
      // by a crowd, civilians of the state where it gathers (of none told, with no place: خرج المئات للمطالبة). So is
      // a protest noun after لـ that such a crowd went out for (خرج المئات للتظاهر ضد الحكومة).
      if (!e.source && code->plover_type == PloverType::kProtest) {
        static const std::string kNowhere;
        const std::string& where = place >= 0 ? lex_.places()[M(place).place].country : kNowhere;
        const Quantity* q = nullptr;
        if (place < 0 || !where.empty()) q = r.noun ? CrowdGoneOutFor(t, c) : CrowdCountedAlone(t, c);
        if (Rarely(q != nullptr)) {
          e.source = CountedPeople(text_, q->first_token, q->end_token - 1, where, "crowd", "حشد");
          if (Rarely(explain_)) why.push_back(fmt::format("source '{}' (a crowd counted alone, of the state it gathers in)", e.source->text));
        }
      }
      // خرج الآلاف في صنعاء لدعم الحكومة، للمطالبة برحيل الحكومة: what a protest is for is its crowd's.
      if (!e.source && r.noun) {
        if (const EventActor* crowd = CrowdOfPurpose(hi, c, code->plover_type, *out)) {
          e.source = *crowd;
          if (Rarely(explain_)) why.push_back(fmt::format("source '{}' (the crowd of the protest it is the purpose of)", e.source->text));
        }
      }
      if (place >= 0) e.location.emplace(BuiltBy{[&] { return MakePlace(place, c); }});
      // سقوط ١٤ قتيلاً برصاص الشرطة في كربلاء، ٣٠ قتيلا في قصف على حمص: the dead counted by the noun of victims alone
      // (the trigger itself, right after its count, no one named as them) are people of the place's state, its
      // civilians, as people counted by أشخاص are.
      if (Rarely(g < 0 && r.noun && (r.flags & kFlagKill) && fatalities && place >= 0 &&
                 code->plover_type == PloverType::kAssault && t.first > c.first_token)) {
        const std::string& where = lex_.places()[M(place).place].country;
        const Quantity* count = nullptr;
        for (const Quantity& q : QuantitiesTouching(t.first - 1, t.first - 1)) {
          if (q.end_token == t.first && q.unit.empty() && q.value > 0) count = &q;
        }
        // (Not the toll of an attack told before it in the sentence that names whom it hit, انفجرت سيارة مفخخة قرب
        // مركز للشرطة ما خلف ستة قتلى: the attack's own victims, one incident with it. An attack told with no one hit,
        // فض اعتصام رابعة: مئات القتلى, leaves them the place's people all the same.)
        bool attack_before = false;
        for (size_t j = hi; j-- > 0 && text_.tokens[hits_[j].first].sentence == tt.sentence && !attack_before;) {
          for (size_t idx : hit_events_[j]) {
            attack_before = attack_before || ((*out)[idx].event == "ASSAULT" && (*out)[idx].target);
          }
        }
        if (count != nullptr && !where.empty() && !attack_before) {
          e.target = CountedPeople(text_, count->first_token, t.end - 1, where, "civilians", "مدنيون");
          if (Rarely(explain_)) why.push_back(fmt::format("target '{}' (the dead counted alone: people of the place's "
                                                          "state)", e.target->text));
        }
      }
      e.fatalities = fatalities;
      e.injured = injured;
      e.captured = captured;
      // قتل جندي، مقتل شرطي: one victim. Counted on output only: the rules above read a toll as a sign
      // of an event reported as news, and a singular noun is no such sign.
      if (g >= 0 && !fatalities && !injured && !captured && IsSingularVictim(target)) {
        if (r.flags & kFlagKill) e.fatalities = 1;
        if (r.flags & kFlagInjure) e.injured = 1;
        if (r.flags & kFlagCapture) e.captured = 1;
      }
      e.negated = negated;
      e.modality = modality;
      e.trigger_begin = text_.tokens[t.first].begin;
      e.trigger_end = text_.tokens[t.end - 1].end;
      // (Cleared and appended to, not assigned: assign goes through _M_replace, which allows for a view
      // into the string itself; the strings are empty here unless a recycled event left them so.)
      e.trigger_text.clear();
      e.trigger_text.append(text_.original.substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
      e.evidence.clear();
      e.evidence.append(text_.SentenceText(sent));
      e.mentions.push_back({tt.sentence, e.trigger_text, e.trigger_begin, e.trigger_end, sent.begin, sent.end});
      if (Rarely(explain_)) {
        e.explain = why;
        if (s >= 0) {
          e.explain.push_back(fmt::format("source '{}' ({})", e.source->text, source.how.view()));
        }
        if (g >= 0) e.explain.push_back(fmt::format("target '{}' ({})", e.target->text, target.how.view()));
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
      hit_emitted_[hi] = true;
    }
  }

  // قتل 22 شخصا في هجوم انتحاري، وورد أن انتحارية نفذت الهجوم: a definite attack noun that a verb of
  // carrying out takes as its object is the attack the sentence reported before; its doer did the
  // events reported before it that have none.
  bool carried_out = r.noun && (tt.prefixes & kProAl) && CueEndsBefore(t.first, CueKind::kPerpetrate);
  if (Rarely(carried_out) && code->plover_type == PloverType::kAssault && source.members.size() == 1 &&
      hit_emitted_[hi]) {
    for (size_t j = hi; j-- > 0 && text_.tokens[hits_[j].first].sentence == tt.sentence;) {
      if (!hit_occurrence_[j] || !hit_emitted_[j]) continue;
      for (size_t idx : hit_events_[j]) {
        Event& before = (*out)[idx];
        if (before.source || before.event != code->plover) continue;
        if (before.target && M(source.members[0]).is_actor &&
            before.target->actor_id == recog_.ActorId(M(source.members[0]))) {
          continue;
        }
        before.source = AttackDoer(hi, source, *out);
        if (Rarely(explain_)) before.explain.push_back(fmt::format("source '{}' (doer of the attack carried out, named after it)", before.source->text));
      }
    }
  }

  // قتل ثلاثة جنود في هجوم تبنته طالبان: what happened in an attack was done by the attack's doer, and
  // where it was. So were the violent verbs joined to it before (قتل خمسة جنود وأصيب ثمانية آخرون في
  // هجوم شنه مسلحون), up to one that has a doer of its own.
  bool means = r.noun && (tt.prefixes & kProBi);
  if (r.noun && t.first > c.first_token) {
    means = means || (WordKindsAt(t.first - 1) & kMeansWord) != 0;
    // (So the attack after بعد or عقب, word_kinds.tsv following: قتل 12 شخصا بعد اقتحام مسلحين فندقا, one incident
    // with the toll before it.)
    means = means || (text_.tokens[t.first - 1].prefixes == 0 && (WordKindsAt(t.first - 1) & kFollowingWord) != 0);
  }
  // قتل خمسة مدنيين في هجوم الفاشر: with no doer to pass on, the attack still says where the killing was.
  if (means && code->plover_type == PloverType::kAssault && source.empty() && hit_emitted_[hi]) {
    const std::optional<EventPlace>* where = nullptr;
    for (size_t idx : hit_events_[hi]) {
      if ((*out)[idx].location) where = &(*out)[idx].location;
    }
    for (size_t j = hi; where != nullptr && j-- > 0 && text_.tokens[hits_[j].first].sentence == tt.sentence;) {
      if (!hit_occurrence_[j] || !hit_emitted_[j]) continue;
      for (size_t idx : hit_events_[j]) {
        if (!(*out)[idx].location) (*out)[idx].location = *where;
      }
      break;
    }
  }
  // (Not in a protest: those hurt in a march were not hurt by the marchers.)
  if (Rarely(means && code->plover_type == PloverType::kAssault && source.members.size() == 1 && hit_emitted_[hi])) {
    const std::optional<EventPlace>* where = nullptr;
    for (size_t idx : hit_events_[hi]) {
      if ((*out)[idx].location) where = &(*out)[idx].location;
    }
    bool chained = false;  // past the nearest violent trigger, only one joined by و to the next
    for (size_t j = hi; j-- > 0 && text_.tokens[hits_[j].first].sentence == tt.sentence;) {
      if (!hit_occurrence_[j] || !hit_emitted_[j]) {
        if (!chained && hits_[j].first >= c.first_token) continue;
        break;
      }
      if (!chained && hits_[j].first < c.first_token) break;
      bool own_doer = false;
      for (size_t idx : hit_events_[j]) {
        Event& before = (*out)[idx];
        // (خرج الآلاف في إضراب عام ... تندد بالحرب الإسرائيلية: a protest before it was not done by the attack's doer.)
        if (before.event != code->plover) continue;
        if (before.source) {
          own_doer = true;
          continue;
        }
        if (before.target && M(source.members[0]).is_actor &&
            before.target->actor_id == recog_.ActorId(M(source.members[0]))) {
          continue;
        }
        before.source = AttackDoer(hi, source, *out);
        if (!before.location && where != nullptr) before.location = *where;
        if (Rarely(explain_)) before.explain.push_back(fmt::format("source '{}' (doer of the attack it happened in)", before.source->text));
      }
      if (own_doer || !(text_.tokens[hits_[j].first].prefixes & kProWa)) break;
      chained = true;
    }
  }
}


int32_t DocumentCoder::MediumOwnerAfter(int32_t m) const {
  uint32_t e = M(m).end_token;
  if (e + 1 >= text_.tokens.size() || !LoyalAt(e)) return -1;
  int32_t n = MentionAt(e + 1);
  return n >= 0 && M(n).first_token == e + 1 && M(n).is_actor && !M(n).object && (M(n).prefixes & kProLi) &&
                 !TextEqual(M(n).sector, "MED")
             ? n
             : -1;
}

bool DocumentCoder::OfficialMediumAfter(int32_t m) const {
  uint32_t e = M(m).end_token;
  if (e >= text_.tokens.size() || !(text_.tokens[e].prefixes & kProAl)) return false;
  return (WordKindsAt(e) & kOfficialWord) != 0;  // (coder/word_kinds.tsv kind official)
}

void DocumentCoder::SpeakForMedium(int32_t m, EventActor* a) const {
  if (int32_t n = MediumOwnerAfter(m); n >= 0) {
    *a = MakeActor(n);
    return;
  }
  if (M(m).record >= 0 && !lex_.record(M(m).record).affiliation.empty()) {
    int64_t p = lex_.FindActor(lex_.record(M(m).record).affiliation);
    if (p >= 0 && !TextEqual(lex_.record(p).sector, "MED") && !lex_.record(p).sector.empty()) {
      const ActorRecord& owner = lex_.record(p);
      a->actor_id = owner.actor_id;
      a->name_en = owner.name_en;
      a->name_ar = owner.name_ar;
      if (!owner.country.empty()) a->country = owner.country;
      a->sector = owner.sector;
      return;
    }
  }
  if (OfficialMediumAfter(m) && !a->country.empty()) {
    a->sector = "GOV";
    a->actor_id = a->country + "GOV";
    a->name_en.clear();
  }
}

bool DocumentCoder::QualifiesMedium(int32_t m, int32_t g) const {
  return MediumOwnerAfter(m) == g || (M(g).is_actor && TextEqual(M(g).sector, "MED") &&
                                      M(g).first_token == M(m).end_token + 1 && OfficialMediumAfter(m));
}

}  // namespace rasad::detail
