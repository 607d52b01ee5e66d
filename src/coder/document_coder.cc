#include "coder/document_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "text/document_reader.h"

namespace rasad::detail {

void DocumentCoder::FindTriggersAndCues() {
  const PhraseMatcher& tm = trig_.triggers();
  const PhraseMatcher& cm = trig_.cues();
  hits_.clear();
  hit_payloads_.clear();
  cues_.clear();
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
      // (SplitNounPhrase needs a trigger word at i too: a token that starts no trigger skips both.)
      PhraseMatcher::Roots roots = tm.RootsOf(rec_.keys.tokens[i]);
      PhraseMatcher::Match hit = tm.Longest(rec_.keys, i, s.end_token, roots);
      if (hit.length == 0 && roots.any() && SplitNounPhrase(i, s.end_token)) {
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


void DocumentCoder::BuildGroups() {
  groups_.clear();
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

  // One event per (type, source, target, place, negation, modality) in the document: each event is
  // kept in place or merged into the first with its key. A document gives few events, so keys are
  // compared in a list.
  std::vector<std::pair<std::string, size_t>> seen;  // key -> index in *out
  size_t kept = first_new;
  for (size_t i = first_new; i < out->size(); ++i) {
    Event& e = (*out)[i];
    std::string key;
    key.reserve(96);
    for (std::string_view part : {std::string_view(e.event), e.source ? std::string_view(e.source->actor_id) : "",
                                  e.target ? std::string_view(e.target->actor_id) : "",
                                  e.location ? std::string_view(e.location->name_en) : "",
                                  std::string_view(e.negated ? "true" : "false"), std::string_view(e.modality)}) {
      key.append(part);
      key.push_back('|');
    }
    key.append(std::string_view(e.cameo).substr(0, 2));
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
    if (it != seen.end()) {
      Event& first = (*out)[it->second];
      first.mentions.push_back(e.mentions.front());
      if (e.fatalities && (!first.fatalities || *e.fatalities > *first.fatalities)) first.fatalities = e.fatalities;
      continue;
    }
    e.event_id = ContentHash(e.doc_id + "|" + key + "|" + std::to_string(e.sentence));
    seen.emplace_back(std::move(key), kept);
    if (kept != i) (*out)[kept] = std::move(e);
    ++kept;
  }
  out->resize(kept);
}


}  // namespace rasad::detail
