#include "coder/document_coder.h"

#include <algorithm>
#include <string_view>

namespace rasad::detail {

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


}  // namespace rasad::detail
