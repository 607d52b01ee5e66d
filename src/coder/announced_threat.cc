// A future act announced by its doer is a threat (DocumentCoder::AnnouncedThreats).
#include <fmt/format.h>

#include "coder/document_coder.h"
#include "util/rarely.h"

namespace rasad::detail {

void DocumentCoder::AnnouncedThreats(std::vector<Event>* out) {
  // قال قائد قوات الدعم السريع إن قواته ستقتحم مدينة الفاشر: a violent or coercive act in the future
  // (سـ، سوف) that a speaker announces as his own (the subject is the speaker, his forces with a
  // pronoun that refers to him, or a first person, سنقتحم) is, beside the act intended, a threat made
  // now: THREATEN, 138 for force, 130 otherwise, by the speaker against the act's target. An act a
  // speaker attributes to another (قال مسؤول إن إسرائيل ستهاجم) is no threat of his.
  const CameoCode* force = ont_.Find("138");
  const CameoCode* other = ont_.Find("130");
  if (force == nullptr || other == nullptr) return;
  for (size_t h = 0; h < hits_.size(); ++h) {
    if (hit_events_[h].empty()) continue;
    FutureDated(h, out);
    const TriggerHit& t = hits_[h];
    if (t.end > t.first + 1 || t.rest_end > t.rest) ThreatenedAct(h, out);
    else ThreatenedNoun(h, out);
    if (!hit_verb_[h]) continue;
    const Token& tt = text_.tokens[t.first];
    bool future = (tt.prefixes & kProSa) != 0 || (t.first > 0 && Bare(t.first - 1) == "سوف");
    if (!future) continue;
    const Event& act = (*out)[hit_events_[h].front()];
    if (act.negated || !WordIs(act.modality, "intended") ||
        (!WordIs(act.event, "ASSAULT") && !WordIs(act.event, "COERCE"))) {
      continue;
    }
    // The speaker: the subject of a verb of saying before the act in its sentence.
    const Sentence& s = text_.sentences[tt.sentence];
    Arg speaker;
    for (const CueHit& q : CuesIn(s.first_token, t.first)) {
      if (q.first < s.first_token || q.end > t.first || q.kind != CueKind::kReported) continue;
      const Clause& qc = text_.clauses[text_.tokens[q.first].clause];
      bool after = false;
      Arg a = SubjectOf(TriggerHit{q.first, q.end, 0}, qc, &after);
      if (!a.empty() && M(a.members[0]).end_token <= t.first) speaker = a;
    }
    if (speaker.empty()) continue;
    // The act is the speaker's own: its subject is the speaker, or carries a pronoun that refers to
    // him (قواته), or the verb is in the first person (سنقتحم).
    std::string_view w = Bare(t.first);
    bool own = w.rfind("ن", 0) == 0 && (tt.prefixes & kProSa);
    bool after = false;
    const Clause& c = text_.clauses[tt.clause];
    Arg doer = SubjectOf(t, c, &after);
    for (int32_t d : doer.members) {
      for (int32_t sp : speaker.members) {
        own = own || d == sp || (group_of_[d] >= 0 && group_of_[d] == group_of_[sp]);
      }
      const Token& last = text_.tokens[M(d).end_token - 1];
      if (!own && last.suffix != Enclitic::kNone && last.suffix != Enclitic::kHum) {
        Arg owner = Antecedent(M(d).first_token, {}, "");
        for (int32_t o : owner.members) {
          for (int32_t sp : speaker.members) own = own || o == sp;
        }
      }
    }
    if (!own) continue;
    const CameoCode* code = WordIs(act.event, "ASSAULT") ? force : other;
    Event e = act;
    SetCode(*code, &e);
    e.modality = "reported";
    e.source = MakeActor(speaker.members[0]);
    e.fatalities.reset();
    e.injured.reset();
    e.captured.reset();
    if (Rarely(explain_)) {
      e.explain.push_back(fmt::format("a future act announced by its doer '{}': a threat", e.source->text));
    }
    out->push_back(std::move(e));
  }
  AddresseeDoers(out);
}

void DocumentCoder::FutureDated(size_t h, std::vector<Event>* out) const {
  // أعلن الاتحاد عن إضراب عام يوم الخميس المقبل، تنظم المعارضة مسيرة غدا: an event the text dates after
  // the document's date is planned, not done. (An ISO date, month or year compares as text: a year or a
  // month later than the document's date sorts after it; the document's own month or year is no later.)
  // A verbal noun or a present verb (يزور الرئيس القاهرة الأسبوع المقبل: a visit planned): what a perfective
  // verb says was done keeps its modality (وافق البرلمان على قانون يسري الشهر المقبل: the date belongs to
  // another part of the clause).
  if (doc_.date.empty()) return;
  if (hit_verb_[h]) {
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    if (r == nullptr || !r->present) return;
  }
  for (size_t i : hit_events_[h]) {
    Event& e = (*out)[i];
    if (e.date_end <= e.date_begin || (!WordIs(e.modality, "asserted") && !WordIs(e.modality, "reported"))) continue;
    if (e.date <= doc_.date || doc_.date.starts_with(e.date)) continue;
    e.modality = "intended";
    if (Rarely(explain_)) {
      e.explain.push_back(fmt::format("dated '{}', after the document: planned (intended)", e.date_text));
    }
  }
}

void DocumentCoder::ThreatenedAct(size_t h, std::vector<Event>* out) {
  // هددت إسرائيل بضرب المنشآت النووية، هدد المتظاهرون بالاعتصام، هدد الخاطفون بقتل الرهائن: a threat phrase
  // of triggers.tsv (138، 133، 1383) holds the act threatened, a verbal noun after ب, which the phrase,
  // the longest match, keeps from being a trigger of its own. As with a threat by the verb alone (تهدد
  // روسيا بقصف مراكز القرار: THREATEN and the shelling, intended), the act is coded beside the threat:
  // intended, done by the one who threatens, against the threat's target. Only violent, coercive and
  // protest acts: what a threat of sanctions or of a walkout holds is named by the threat's own code.
  const TriggerHit& t = hits_[h];
  const Event& threat = (*out)[hit_events_[h].front()];
  if (!WordIs(threat.event, "THREATEN") || threat.negated || threat.cameo.size() < 3) return;
  // The act: the first word of the phrase after its verb that carries ب.
  uint32_t act = 0;
  for (uint32_t k = t.first + 1; act == 0 && k < std::max(t.end, t.rest_end); ++k) {
    if (!t.InRest(k) && k >= t.end) continue;
    if (text_.tokens[k].kind == TokenKind::kWord && (text_.tokens[k].prefixes & kProBi)) act = k;
  }
  if (act == 0) return;
  const Clause& c = text_.clauses[text_.tokens[act].clause];
  uint32_t end = act + 1;
  const std::vector<uint32_t>* payloads = PhraseFrom(act, act + 1, c.end_token, &end, &DocumentCoder::NotNoEventPhrase);
  // (PhraseFrom reads phrases of two words or more; a one-word act is the word's own lines.)
  const PhraseMatcher& tm = trig_.triggers();
  const TokenKeys::Keys& keys = rec_.keys.tokens[act];
  for (int k = 0; payloads == nullptr && k < keys.count; ++k) {
    uint32_t id = tm.WordId(keys.key[k], keys.hash[k]);
    uint32_t node = id == PhraseMatcher::kNoWord ? 0 : tm.Step(0, id);
    if (node != 0) payloads = tm.Payloads(node);
    end = act + 1;
  }
  if (payloads == nullptr) return;
  const TriggerRecord* line = nullptr;
  const CameoCode* code = nullptr;
  // (A noun line first; a verb's line is read as its verbal noun after ب: بضرب.)
  for (int pass = 0; pass < 2 && code == nullptr; ++pass) {
    for (uint32_t p : *payloads) {
      const TriggerRecord& r = trig_.trigger(p);
      const CameoCode* x = r.noun == (pass == 0) ? ont_.Find(r.cameo) : nullptr;
      if (x == nullptr || (x->plover_type != PloverType::kAssault && x->plover_type != PloverType::kCoerce &&
                           x->plover_type != PloverType::kProtest)) {
        continue;
      }
      line = &r;
      code = x;
      break;
    }
  }
  if (code == nullptr) return;
  // (One act per event of the threat: a threat of several targets gives several events.)
  for (size_t i : hit_events_[h]) {
    const Event& from = (*out)[i];
    if (!WordIs(from.event, "THREATEN") || from.negated) continue;
    Event e = from;
    SetCode(*code, &e);
    e.modality = "intended";
    e.fatalities.reset();
    e.injured.reset();
    e.captured.reset();
    e.trigger_begin = text_.tokens[act].begin;
    e.trigger_end = text_.tokens[end - 1].end;
    e.trigger_text = std::string(text_.original.substr(e.trigger_begin, e.trigger_end - e.trigger_begin));
    if (!e.mentions.empty()) {
      e.mentions.resize(1);
      e.mentions[0].trigger_text = e.trigger_text;
      e.mentions[0].trigger_begin = e.trigger_begin;
      e.mentions[0].trigger_end = e.trigger_end;
    }
    if (Rarely(explain_)) {
      e.explain.push_back(fmt::format("the act the threat holds, '{}' ({}:{}): intended, by the one who threatens",
                                      line->form, line->origin.file, line->origin.line));
    }
    out->push_back(std::move(e));
  }
}

void DocumentCoder::ThreatenedNoun(size_t h, std::vector<Event>* out) {
  // هدد عمال الموانئ بإضراب مفتوح، هددت النقابة بتنفيذ إضراب عام، هدد المعارضون بتنظيم مظاهرات: a threat by its verb
  // alone (130) whose ب holds the verbal noun of a protest, an attack or a coercion, read as its own trigger (intended:
  // هدد is a cue of intention), threatens that act: the act is done by the one who threatens, and the threat is one of
  // protest (133) or of force (138). The noun follows ب at once or after a light noun (بتنفيذ، بتنظيم، بالدخول في).
  const TriggerHit& t = hits_[h];
  const Event& threat = (*out)[hit_events_[h].front()];
  if (!TextEqual(threat.event, "THREATEN") || threat.negated || !TextEqual(threat.cameo, "130") || !threat.source) {
    return;
  }
  const Clause& c = text_.clauses[text_.tokens[t.first].clause];
  uint32_t bi = 0;  // the first word after the verb that carries ب, past the subject
  for (uint32_t k = t.end; bi == 0 && k < c.end_token && k < t.end + 8; ++k) {
    if (text_.tokens[k].kind == TokenKind::kWord && (text_.tokens[k].prefixes & kProBi)) bi = k;
  }
  if (bi == 0 || h + 1 >= hits_.size() || hits_[h + 1].first < bi || hits_[h + 1].first > bi + 2) return;
  const CameoCode* code = nullptr;
  for (size_t i : hit_events_[h + 1]) {
    Event& act = (*out)[i];
    if (!WordIs(act.modality, "intended") || act.negated || act.source) continue;
    if (!WordIs(act.event, "PROTEST") && !WordIs(act.event, "ASSAULT") && !WordIs(act.event, "COERCE")) continue;
    act.source = threat.source;
    if (Rarely(explain_)) {
      act.explain.push_back(fmt::format("source '{}' (the one who threatens it)", act.source->text));
    }
    if (code == nullptr && !WordIs(act.event, "COERCE")) code = ont_.Find(WordIs(act.event, "PROTEST") ? "133" : "138");
  }
  if (code == nullptr) return;
  for (size_t i : hit_events_[h]) {
    Event& e = (*out)[i];
    if (!WordIs(e.event, "THREATEN") || e.cameo != "130") continue;
    SetCode(*code, &e);
    if (Rarely(explain_)) e.explain.push_back(fmt::format("a threat of the act after ب: CAMEO {}", e.cameo));
  }
}

void DocumentCoder::AddresseeDoers(std::vector<Event>* out) {
  // دعا زعيم الجماعة أنصاره إلى مهاجمة المقرات، دعت المعارضة الجيش إلى اعتقال قادة الانقلاب، دعت منظمة العفو
  // الدولية السلطات المصرية إلى الإفراج عن المعتقلين: the act a call, a demand or an urging asks for would be done by
  // the one addressed (the request's target), not by the caller. With no one addressed, an attack, an arrest, a
  // yielding or aid called for has no doer named (دعا زعيم التنظيم إلى شن هجمات); a protest called for is organised
  // by its caller (دعت المعارضة إلى التظاهر).
  for (size_t h = 0; h + 1 < hits_.size(); ++h) {
    for (size_t p : hit_events_[h]) {
      const Event& request = (*out)[p];
      if (!WordIs(request.event, "REQUEST") || request.negated || (!request.source && !request.target)) continue;
      uint32_t end = std::max(hits_[h].end, hits_[h].rest_end);
      uint32_t clause = text_.tokens[hits_[h].first].clause;
      for (size_t d = h + 1; d < hits_.size() && hits_[d].first <= end + 16; ++d) {
        if (text_.tokens[hits_[d].first].clause != clause) break;
        for (size_t q : hit_events_[d]) {
          Event& act = (*out)[q];
          if (!WordIs(act.modality, "intended") ||
              (!WordIs(act.event, "ASSAULT") && !WordIs(act.event, "COERCE") && !WordIs(act.event, "PROTEST") &&
               !WordIs(act.event, "RETREAT") && !WordIs(act.event, "AID"))) {
            continue;
          }
          bool by_caller = act.source && request.source && act.source->begin == request.source->begin &&
                           act.source->end == request.source->end;
          if (request.target && (by_caller || !act.source)) {
            act.source = request.target;
            if (Rarely(explain_)) {
              act.explain.push_back(fmt::format("source '{}' (the one the request addresses)", act.source->text));
            }
          } else if (by_caller && !WordIs(act.event, "PROTEST")) {
            act.source.reset();
            if (Rarely(explain_)) act.explain.push_back("no source (the caller of an act does not do it)");
          }
        }
      }
    }
  }
}

}  // namespace rasad::detail
