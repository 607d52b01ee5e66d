// The target of a reaction to an act: a condemnation, a welcome, a rejection or a criticism of an act
// is aimed at the doer of that act (استنكرت إيران اغتيال إسرائيل لقادة، رحبت الأمم المتحدة بإفراج حماس
// عن رهائن، انتقد لولا الحرب التي تشنها إسرائيل، تدين اقتحام الأقصى من قبل مستوطنين).

#include "coder/document_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "text/definite.h"

namespace rasad::detail {

bool DocumentCoder::ReactionType(PloverType p) {
  return p == PloverType::kAccuse || p == PloverType::kSupport || p == PloverType::kReject;
}

bool DocumentCoder::ObjectOfActAfter(uint32_t k, const Clause& c) const {
  if (k >= c.end_token) return false;
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord) return false;
  std::string_view b = Bare(k);
  // لقادة، للمسجد، لها: the object of a verbal noun after its doer comes after لـ ...
  if ((w.prefixes & ~kProAl) == kProLi) return true;
  if (w.prefixes != 0) return false;
  // (لها، لهم: the preposition with the pronoun of its object is one word.)
  if (b == "له" || b == "لها" || b == "لهم" || b == "لهما" || b == "لهن") return true;
  // ... or after the preposition the act takes (الإفراج عن، الموافقة على، الاعتراف بـ is left out:
  // بـ after a genitive is as often the means, مقتل الصحفي برصاص). على يد names the doer, not the object.
  if (b == "عن") return true;
  if (b == "علي") return k + 1 >= c.end_token || Bare(k + 1) != "يد";
  return false;
}

int32_t DocumentCoder::AgentPhraseAt(uint32_t k, const Clause& c) const {
  // من قبل مستوطنين، على يد مسلحين: the phrase of agency of a verbal noun names its doer.
  if (k < c.first_token || k + 2 >= c.end_token || text_.tokens[k].prefixes != 0 || text_.tokens[k + 1].prefixes != 0) return -1;
  std::string_view a = Bare(k), b = Bare(k + 1);
  if (!((a == "من" && b == "قبل") || (a == "علي" && b == "يد"))) return -1;
  int32_t m = MentionAt(k + 2);
  if (m < 0 || M(m).first_token != k + 2 || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) {
    return -1;
  }
  return m;
}

int32_t DocumentCoder::RelativeDoerAt(uint32_t k, const Clause& c, bool unmarked) const {
  // الحرب التي تشنها إسرائيل، القرار الذي اتخذته إسبانيا، الاتفاق الذي توصلت إليه الفصائل: the subject of a
  // relative clause right after the noun did what the noun names. On an indefinite noun the clause takes no
  // relative pronoun (مظاهرة هتف فيها المشيعون): `unmarked`, it starts at `k` with a word that can be a verb.
  // (There a pronoun on that word could be a noun's, مظاهرة أنصارها: only one on a preposition after it, فيها، خلالها.)
  if (unmarked) {
    const Token& w = text_.tokens[k];
    if (k + 2 >= c.end_token || !(w.word_class & kWordVerb) || (w.word_class & (kWordName | kWordFunction)) ||
        w.suffix != Enclitic::kNone || text_.tokens[k + 1].suffix == Enclitic::kNone) {
      return -1;
    }
  } else if (k + 2 >= c.end_token || !CueStartsAt(k, CueKind::kRelative)) {
    return -1;
  }
  uint32_t v = unmarked ? k : k + 1;
  const Token& verb = text_.tokens[v];
  int32_t h = token_trigger_[v];
  // (A word with the pronoun of the noun is the verb of the clause whatever its class: وجهتها، تبذلها.)
  bool is_verb = (h >= 0 && hit_verb_[h]) || CueStartsAt(v, CueKind::kPerpetrate) ||
                 ((verb.word_class & kWordVerb) && !(verb.word_class & kWordName)) ||
                 (verb.suffix != Enclitic::kNone && !(verb.word_class & (kWordFunction | kWordName)));
  if (verb.kind != TokenKind::kWord || !is_verb || MentionAt(v) >= 0 || verb.prefixes != 0) return -1;
  // (A verb of occurrence has where or when as its subject, not who: التفجيرين اللذين شهدتهما تونس; unless it
  // is one of carrying out, نفذه.)
  // (Nor is the one who reacted to it: الهجوم الذي أدانته مصر، الاتفاق الذي رحبت به الأمم المتحدة.)
  if (h >= 0 && hits_[h].first == v) {
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    const CameoCode* code = r != nullptr ? ont_.Find(r->cameo) : nullptr;
    if (code != nullptr && ReactionType(code->plover_type)) return -1;
  }
  // (A verb of undergoing has the target as its subject: الهجوم الذي تعرضت له القوات.)
  if (!CueStartsAt(v, CueKind::kPerpetrate)) {
    for (const CueHit& q : CuesIn(v, v + 1)) {
      if (q.first != v) continue;
      const CueRecord& cue = trig_.cue(q.record);
      // (Who took part in it did it: المسيرة التي شارك فيها الآلاف.)
      const bool taking_part = cue.role == CueRole::kParticipation;
      if ((q.kind == CueKind::kOccurrence && !cue.happening && !taking_part) || q.kind == CueKind::kUndergo) {
        return -1;
      }
    }
  }
  uint32_t j = h >= 0 && hits_[h].first == v ? std::max(hits_[h].end, v + 1) : v + 1;
  // The clause holds the noun's pronoun, on its verb (تشنها) or on a preposition after it (توصلت إليه، تقوم
  // به); without one the noun is the verb's subject and the actor after it its object (الهجوم الذي استهدف
  // الجيش).
  // (The clitic layer keeps some verbs whole: أطلقتها.)
  std::string_view written = text_.Text(verb);
  bool resumptive = verb.suffix != Enclitic::kNone || written.ends_with("ه") || written.ends_with("ها") ||
                    written.ends_with("هم") || written.ends_with("هما");
  if (j < c.end_token && text_.tokens[j].suffix != Enclitic::kNone && MentionAt(j) < 0 &&
      (text_.tokens[j].word_class & kWordFunction)) {
    ++j;
    resumptive = true;
  }
  // (A verb's phrase may end in that preposition: هتف فيها.)
  if (j > v + 1 && text_.tokens[j - 1].suffix != Enclitic::kNone && (text_.tokens[j - 1].word_class & kWordFunction)) {
    resumptive = true;
  }
  if (!resumptive) return -1;
  // (The doers counted: شارك فيها آلاف المواطنين.)
  if (j < c.end_token && j < quantity_end_.size() && quantity_end_[j] > j && quantity_end_[j] < c.end_token) {
    j = quantity_end_[j];
  }
  int32_t m = j < c.end_token ? MentionAt(j) : -1;
  // (With or without the article: القصف الذي نفذته طائرات روسية.)
  const uint8_t article = text_.tokens[j].prefixes;
  if (m < 0 && j + 1 < c.end_token && (article == kProAl || article == 0) && (WordKindsAt(j) & kMachineWord)) {
    // الغارات التي شنتها الطائرات (الحربية) الإسرائيلية: the state whose machines of war did it; an adjective
    // between agrees with them in the article.
    uint32_t d = j + 1;
    if (NationalityAt(d) < 0 && d + 1 < c.end_token && MentionAt(d) < 0 && token_trigger_[d] < 0 &&
        text_.tokens[d].prefixes == article && text_.tokens[d].kind == TokenKind::kWord &&
        !(text_.tokens[d].word_class & (kWordVerb | kWordFunction | kWordNumber))) {
      ++d;
    }
    return NationalityAt(d);
  }
  if (m < 0 || M(m).first_token != j || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) {
    return -1;
  }
  return m;
}

uint32_t DocumentCoder::PastAdjectives(uint32_t k, const Clause& c) const {
  for (uint32_t skip = 0; skip < 2 && k < c.end_token; ++skip) {
    const Token& x = text_.tokens[k];
    // (The article may be kept in the stem of a word the word list knows with it, a place's name: الضريبة الجديدة التي.)
    if (x.kind != TokenKind::kWord || !IsDefinite(text_, x) || MentionAt(k) >= 0 || token_trigger_[k] >= 0 ||
        (x.word_class & kWordFunction) || CueStartsAt(k, CueKind::kRelative)) {
      break;
    }
    ++k;
  }
  return k;
}

Arg DocumentCoder::RelativeDoerOfNoun(size_t hi, const Clause& c, const Arg& target) const {
  const TriggerHit& t = hits_[hi];
  uint32_t end = t.rest_end > t.end ? t.rest_end : t.end;
  int32_t m = end < c.end_token ? RelativeDoerAt(PastAdjectives(end, c), c) : -1;
  // (خرجت مظاهرة هتف فيها المشيعون، مسيرة شارك فيها الآلاف: a protest told indefinite, the clause right after it;
  // only a protest, whose doers the clause names by what they did there.)
  const Token& noun = text_.tokens[end - 1];
  if (m < 0 && end < c.end_token && !(noun.prefixes & kProAl) && noun.suffix == Enclitic::kNone) {
    const TriggerRecord* r = ChooseRecord(t, *hit_payloads_[hi]);
    if (r != nullptr && r->plover == PloverType::kProtest) m = RelativeDoerAt(end, c, true);
  }
  if (m < 0) return {};
  for (int32_t g : target.members) {
    if (group_of_[g] == group_of_[m]) return {};
  }
  return GroupOf(m, "subject of a relative clause on the event noun");
}

int32_t DocumentCoder::DoerOfActAt(uint32_t head, const Clause& c, const char** how) const {
  if (head >= c.end_token) return -1;
  const Token& w = text_.tokens[head];
  bool verb_only = IsVerbNotNoun(w.word_class);
  // (Neither an event noun nor a word with the article is a particle, though one-word cues are listed
  // as particles: اتهام، بالجهود، بالمبادرة.)
  bool event_noun = token_trigger_[head] >= 0 && hits_[token_trigger_[head]].first == head;
  bool particle = (w.word_class & kWordFunction) && !event_noun && !(w.prefixes & kProAl);
  if (w.kind != TokenKind::kWord || MentionAt(head) >= 0 || verb_only || particle || w.suffix != Enclitic::kNone) {
    return -1;
  }
  uint32_t k = head + 1;
  if (event_noun) k = std::max(k, hits_[token_trigger_[head]].end);  // إطلاق سراح
  int32_t g = k < c.end_token ? MentionAt(k) : -1;
  bool genitive = g >= 0 && M(g).first_token == k && M(g).is_actor &&
                  !(M(g).prefixes & (kPrepClitics | kProWa | kProFa)) && !(w.prefixes & kProAl);
  if (genitive && ObjectOfActAfter(M(g).end_token, c)) {
    // اغتيال إسرائيل لقادة، إفراج حماس عن رهائن، توقيع أرمينيا على اتفاق: a genitive followed by the act's
    // object is its doer.
    *how = "doer of the act reacted to (genitive before its object)";
    return g;
  }
  // Its adjectives, then a relative clause or a phrase of agency.
  if (int32_t m = RelativeDoerAt(PastAdjectives(k, c), c); m >= 0) {
    *how = "doer of the act reacted to (relative clause)";
    return m;
  }
  // اقتحام المسجد الأقصى من قبل مستوطنين: past the act's object (a few words, no other event).
  for (uint32_t x = k; x < c.end_token && x < k + 5; ++x) {
    if (int32_t m = AgentPhraseAt(x, c); m >= 0) {
      *how = "doer of the act reacted to (phrase of agency)";
      return m;
    }
    if (text_.tokens[x].kind != TokenKind::kWord || (token_trigger_[x] >= 0 && hit_verb_[token_trigger_[x]]) ||
        CueStartsAt(x, CueKind::kRelative)) {
      break;
    }
  }
  return -1;
}

void DocumentCoder::ReactToAct(size_t hi, const Clause& c, Arg* source, Arg* target) const {
  const TriggerHit& t = hits_[hi];
  uint32_t phrase_end = t.rest_end > t.end ? t.rest_end : t.end;  // past the rest of a split phrase
  uint32_t j = phrase_end;
  if (!source->empty() && j < c.end_token && M(source->members[0]).first_token == j) {
    j = M(source->members[0]).end_token;
  }
  // (The subject read as the target, where the act's agent was taken for the source: أدانت مصر اقتحام
  // الأقصى من قبل مستوطنين.)
  if (!target->empty() && j < c.end_token && M(target->members[0]).first_token == j) j = M(target->members[0]).end_token;
  // (A name the dictionaries do not hold after a title: الرئيس البرازيلي لولا دا سيلفا.)
  if (!source->empty() && j == M(source->members[0]).end_token) {
    for (uint32_t n = 0; n < 3 && j < c.end_token; ++n, ++j) {
      const Token& x = text_.tokens[j];
      bool name = (x.word_class & kWordName) || !(x.word_class & (kWordNoun | kWordVerb));
      if (x.kind != TokenKind::kWord || x.prefixes != 0 || !name || MentionAt(j) >= 0 || token_trigger_[j] >= 0 ||
          cue_starts_at_[j] != 0) {
        break;
      }
    }
  }
  if (j < c.end_token) j = PastInsertion(j);
  // The act: the noun right after the verb (رحب بإفراج، رفض اتهام), or the noun its phrase ends in (ندد
  // بقرار، أدان اغتيال). (A pronoun on it, أعربت عن إدانتها, makes it the reaction itself.)
  const char* how = "";
  uint32_t head = j;
  int32_t doer = j < c.end_token ? DoerOfActAt(j, c, &how) : -1;
  if (doer < 0 && phrase_end > t.first + 1 && j == phrase_end) {
    head = phrase_end - 1;
    doer = DoerOfActAt(head, c, &how);
  }
  if (doer < 0) return;
  if (!source->empty() && group_of_[source->members[0]] == group_of_[doer]) {
    // تركيا تدين اقتحام الأقصى من قبل مستوطنين: the agent of the act was read as the reaction's source
    // (a passive's agent) and its subject as the target; the subject, before the act, reacts to the agent.
    if (M(doer).first_token >= c.first_token + 2 && AgentPhraseAt(M(doer).first_token - 2, c) == doer && !target->empty() &&
        M(target->members[0]).first_token < head && group_of_[target->members[0]] != group_of_[doer]) {
      Arg subject = GroupOf(target->members[0], "subject of a reaction to an act done by its phrase of agency");
      *target = GroupOf(doer, how);
      *source = subject;
    }
    return;
  }
  // A target found already stands: unless it lies inside the act, after its noun (the state recognised
  // in اعتراف إسبانيا بدولة فلسطين), where the doer comes first.
  if (!target->empty()) {
    const Mention& tm = M(target->members[0]);
    if (tm.first_token <= head || group_of_[target->members[0]] == group_of_[doer]) return;
  }
  *target = GroupOf(doer, how);
}

void DocumentCoder::SpeakersCharges(std::vector<Event>* out) {
  const CameoCode* accuse = ont_.Find("112");
  if (accuse == nullptr) return;
  for (size_t h = 0; h < hits_.size(); ++h) {
    for (size_t i : hit_events_[h]) {
      Event& act = (*out)[i];
      if (act.event.empty() || !(act.cameo.starts_with("128") || TextEqual(act.cameo, "196")) || act.negated ||
          !TextEqual(act.modality, "reported") || !act.source) {
        continue;
      }
      // The speaker: the subject of a verb of saying before the breach in its sentence.
      const TriggerHit& t = hits_[h];
      const Sentence& s = text_.sentences[text_.tokens[t.first].sentence];
      Arg speaker;
      for (const CueHit& q : CuesIn(s.first_token, t.first)) {
        if (q.first < s.first_token || q.end > t.first || q.kind != CueKind::kReported) continue;
        bool after = false;
        Arg a = SubjectOf(TriggerHit{q.first, q.end, 0}, text_.clauses[text_.tokens[q.first].clause], &after);
        if (!a.empty() && M(a.members[0]).end_token <= t.first) speaker = a;
      }
      if (speaker.empty()) continue;
      EventActor by = MakeActor(speaker.members[0]);
      if (by.actor_id == act.source->actor_id || by.begin == act.source->begin) continue;
      act.target = act.source;
      act.source = std::move(by);
      SetCode(*accuse, &act);
      act.modality = "asserted";
      if (explain_) act.explain.push_back(fmt::format("the accusation by '{}' of a breach it says another commits", act.source->text));
    }
  }
}

}  // namespace rasad::detail
