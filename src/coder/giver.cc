// The giver of support or aid named after من: بدعم من القوات الأمريكية، مساعدات إنسانية من الإمارات.
// The noun of support in ب after an act (شن الجيش الصومالي عملية بدعم من القوات الأمريكية) tells who
// backed the act: the support is given to the act's doer.

#include "coder/document_coder.h"

namespace rasad::detail {

void DocumentCoder::GiverAfterNoun(size_t hi, const Clause& c, PloverType type, Arg* source, Arg* target) const {
  if (type != PloverType::kSupport && type != PloverType::kAid) return;
  const TriggerHit& t = hits_[hi];
  auto plain_word = [&](uint32_t k) {
    const Token& w = text_.tokens[k];
    return w.kind == TokenKind::kWord && w.prefixes == 0 && w.suffix == Enclitic::kNone;
  };
  uint32_t k = t.end;
  // Past one adjective (مساعدات إنسانية من): a word with no clitic, no actor and no trigger.
  if (k < c.end_token && plain_word(k) && Bare(k) != "من" && MentionAt(k) < 0 && token_trigger_[k] < 0 &&
      !(text_.tokens[k].word_class & kWordFunction)) {
    ++k;
  }
  if (k + 1 >= c.end_token || !plain_word(k) || Bare(k) != "من") return;
  int32_t m = MentionAt(k + 1);
  if (m < 0 || M(m).first_token != k + 1 || !M(m).is_actor || (M(m).prefixes & kPrepClitics)) return;
  *source = ResolveDemonstrative(m);
  source->how = "the giver, after من";
  // بدعم من: given to the doer of the clause's act told before it.
  if (!target->empty() || !(text_.tokens[t.first].prefixes & kProBi)) return;
  auto before = last_source_.find(text_.tokens[t.first].clause);
  if (before == last_source_.end() || before->second.empty()) return;
  for (int32_t s : before->second.members) {
    if (M(s).end_token > t.first) return;
  }
  *target = before->second;
  target->how = "the doer of the act it backs (ب + support after the act)";
}

int32_t DocumentCoder::RecipientSupported(size_t hi, const Clause& c) const {
  // أرسلت إيران أسلحة لدعم الحوثيين في اليمن، قدمت واشنطن مساعدات عسكرية دعما لأوكرانيا: the purpose of the aid, a
  // noun of support (a SUPPORT line of triggers.tsv) a few words after it in its clause, and the one it supports, the
  // noun's genitive after لـ، or after دعما its object in لـ.
  constexpr uint32_t kReach = 5;
  const TriggerHit& t = hits_[hi];
  const uint32_t from = t.rest_end > t.end ? t.rest_end : t.end;
  for (uint32_t k = from; k < c.end_token && k < from + kReach; ++k) {
    if (text_.tokens[k].kind == TokenKind::kPunct) return -1;
    int32_t h = token_trigger_[k];
    if (h < 0 || hits_[h].first != k || static_cast<size_t>(h) == hi) continue;
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    const CameoCode* code = r != nullptr && r->noun ? ont_.Find(r->cameo) : nullptr;
    if (code == nullptr || code->plover_type != PloverType::kSupport) return -1;
    const uint32_t purpose = text_.tokens[k].prefixes & ~kProWa;
    const uint32_t j = hits_[h].end;
    int32_t m = j < c.end_token ? MentionAt(j) : -1;
    if (m < 0 || M(m).first_token != j || !M(m).is_actor) return -1;
    const uint32_t before = M(m).prefixes & kPrepClitics;
    if ((purpose == kProLi && before == 0) || (purpose == 0 && before == kProLi)) return m;
    return -1;
  }
  return -1;
}

const Quantity* DocumentCoder::CrowdGoneOutFor(const TriggerHit& t, const Clause& c) const {
  if ((text_.tokens[t.first].prefixes & ~(kProWa | kProAl)) != kProLi) return nullptr;
  // (Past where the crowd went out: خرج الآلاف في الخرطوم للتظاهر.)
  uint32_t k = t.first;
  if (int32_t m = k > c.first_token ? MentionAt(k - 1) : -1; m >= 0 && M(m).is_place() && M(m).end_token == k) {
    k = M(m).first_token;
    if (k > c.first_token && text_.tokens[k].prefixes == 0 && Bare(k - 1) == "في") --k;
  }
  if (k < c.first_token + 2 || !count_ends_before_[k]) return nullptr;
  for (const Quantity& q : QuantitiesTouching(k - 1, k - 1)) {
    if (q.end_token != k || !q.unit.empty() || !q.vague || q.first_token <= c.first_token) continue;
    const Token& verb = text_.tokens[q.first_token - 1];
    if (verb.kind == TokenKind::kWord && (verb.word_class & kWordVerb) && MentionAt(q.first_token - 1) < 0) return &q;
  }
  return nullptr;
}

const EventActor* DocumentCoder::CrowdOfPurpose(size_t hi, const Clause& c, PloverType type,
                                                const std::vector<Event>& out) const {
  // خرج الآلاف في شوارع صنعاء لدعم الحكومة، تظاهر المئات في بغداد تأييدا لرئيس الوزراء، للمطالبة برحيل الحكومة، رفضا
  // للاتفاق، تنديدا بالعدوان: a noun of support, of demanding, of rejection or of condemnation after لـ, or in the
  // accusative of purpose (grammar.tsv protest_purpose), right after a protest is what the protesters came out for; a
  // crowd counted alone is no mention, and only the protest's event has it.
  if (type != PloverType::kSupport && type != PloverType::kRequest && type != PloverType::kReject &&
      type != PloverType::kAccuse) {
    return nullptr;
  }
  const TriggerHit& t = hits_[hi];
  const Token& noun = text_.tokens[t.first];
  // (للمطالبة: لـ with the article.)
  const uint32_t clitics = noun.prefixes & ~(kProWa | kProAl);
  // (مطالبين بتنحي قائد الجيش: so is a participle of demanding, the circumstance of the crowd's protest.)
  const GrammarWord kind = GrammarWordAt(t.first);
  const bool accusative = (noun.prefixes & ~kProWa) == 0 &&
                          (kind == GrammarWord::kProtestPurpose || kind == GrammarWord::kDemanding);
  if (clitics != kProLi && !accusative) return nullptr;
  // (The act nearest before it in its clause: الحشد الذي خرج ... ثم أعلنت الحكومة دعمها is the government's. Past a protest
  // with no doer, the protest before it, which the same act may have told: نظم المئات وقفة احتجاجية.)
  for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
    bool protest = false;
    for (size_t idx : hit_events_[j]) {
      if (!TextEqual(out[idx].event, "PROTEST") || out[idx].negated) continue;
      if (out[idx].source) return &*out[idx].source;
      protest = true;
    }
    if (!hit_events_[j].empty() && !protest) return nullptr;
  }
  return nullptr;
}

}  // namespace rasad::detail
