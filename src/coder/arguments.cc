#include "coder/document_coder.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "coder/accusative_alif.h"
#include "coder/label_mark.h"
#include "coder/relative_verb.h"
#include "lexicon/place_name.h"
#include "text/definite.h"
#include "text/demonstratives.h"
#include "text/segmenter.h"
#include "util/rarely.h"

namespace rasad::detail {

bool DocumentCoder::IsActorLike(int32_t m) const {
  const Mention& x = M(m);
  return x.is_actor || x.is_place();
}

bool DocumentCoder::StatePlace(int32_t m) const {
  const Mention& x = M(m);
  if (!x.is_place()) return false;
  const PlaceRecord& p = lex_.places()[x.place];
  return p.kind == "country" || lex_.CapitalPlace(p.country) == x.place;
}

bool DocumentCoder::CapitalAt(int32_t m) const {
  const Mention& x = M(m);
  if (!x.is_place()) return false;
  const PlaceRecord& p = lex_.places()[x.place];
  return p.kind != "country" && lex_.CapitalPlace(p.country) == x.place;
}

bool DocumentCoder::AimsAtHardTarget(const TriggerHit& t, const Clause& c, const Arg& source) const {
  for (uint32_t k = t.end; k < c.end_token && k < t.end + 4; ++k) {
    const Token& x = text_.tokens[k];
    if (x.kind != TokenKind::kWord) return false;
    if (int32_t m = MentionAt(k); m >= 0) {
      // (The subject after a verb is passed over: هاجم الرئيس ...)
      if (source.empty() || m != source.members[0]) return false;
      k = M(m).end_token - 1;
      continue;
    }
    if ((x.word_class & kWordFunction) && !(x.word_class & kWordNoun)) continue;  // على، ضد
    // (A quantifier or a part before the thing: أي سفن، كل القواعد، عدد من المنشآت.)
    std::string_view w = Bare(k);
    if (w == "اي" || w == "كل" || w == "جميع" || (WordKindsAt(k) & kPartNounWord)) continue;
    return (WordKindsAt(k) & (kMachineWord | kHardTargetWord)) != 0;
  }
  return false;
}

bool DocumentCoder::IsPartitiveHead(uint32_t k) const {
  const Token& tok = text_.tokens[k];
  if (tok.kind == TokenKind::kNumber) return true;
  std::string_view w = Bare(k);
  // 13 معظمهم من أفراد الشرطة: most (or all) of the counted people, with a pronoun for them.
  if (tok.suffix != Enclitic::kNone && (w == "معظم" || w == "اغلب" || w == "غالبيه" || w == "جميع")) return true;
  if (WordKindsAt(k) & kPartNounWord) return true;
  return k + 1 < count_ends_before_.size() && count_ends_before_[k + 1];
}

uint32_t DocumentCoder::GroupAfterOf(uint32_t e, uint32_t end) const {
  if (e + 1 >= end || text_.tokens[e].kind != TokenKind::kWord) return end;
  const bool of = Bare(e) == "من" && text_.tokens[e].prefixes == 0;
  if (!of && !(WordKindsAt(e) & kAffiliationWord)) return end;
  uint32_t f = e + 1;
  // (ينتمون إلى حركة الشباب: past إلى; منتمون لجماعة: لـ is on the name.)
  if (!of && text_.tokens[f].prefixes == 0 && Bare(f) == "الي") ++f;
  auto quote = [&](uint32_t k) {  // (an opening quote mark)
    return k < end && text_.tokens[k].kind == TokenKind::kPunct && (QuoteKind(text_.Norm(text_.tokens[k])) & 1);
  };
  if (f + 1 < end && MentionAt(f) < 0 && text_.tokens[f].kind == TokenKind::kWord &&
      (lex_.word_kinds().Of(Bare(f)) & kOrganisationHead) && quote(f + 1)) {
    f += 2;
  } else if (quote(f)) {
    ++f;
  }
  return f < end ? f : end;
}

bool DocumentCoder::AtLeastAt(uint32_t k) const {
  return k + 1 < text_.tokens.size() && text_.tokens[k].prefixes == 0 && text_.tokens[k + 1].prefixes == kProAl &&
         Bare(k) == "علي" && Bare(k + 1) == "اقل";
}

uint32_t DocumentCoder::CountEnd(uint32_t e) const { return e + 2 < text_.tokens.size() && AtLeastAt(e) ? e + 2 : e; }

uint32_t DocumentCoder::CountStart(uint32_t end) const {
  if (end >= 3 && AtLeastAt(end - 2)) end -= 2;
  for (const Quantity& q : QuantitiesTouching(end - 1, end - 1)) {
    if (q.end_token == end && q.unit.empty()) return q.first_token;
  }
  return end - 1;
}

uint16_t DocumentCoder::PrepositionOf(int32_t m) const {
  uint32_t& memo = preposition_of_[static_cast<size_t>(m)];
  if (memo == kPrepositionNotRead) memo = ReadPrepositionOf(m);
  return static_cast<uint16_t>(memo);
}

uint16_t DocumentCoder::ReadPrepositionOf(int32_t m) const {
  const Mention& x = M(m);
  if (x.prefixes & kProBi) return kTargetBi;
  if (x.prefixes & kProLi) return kTargetLi;
  if (x.prefixes & kProKa) return kPrepAs;
  // A preposition word right before, possibly before descriptors (العاصمة، بمدينة), directions
  // (شمال، قرب) or demonstratives; a direction alone (قرب الرمادي) is itself locative.
  uint32_t k = x.first_token;
  // عن أكثر من ثمانية آلاف سجين، لمئة أسرة: a preposition before a count governs the counted noun.
  if (k < count_ends_before_.size() && count_ends_before_[k]) {
    for (const Quantity& q : QuantitiesTouching(k, k)) {
      if (q.end_token != k || !q.unit.empty()) continue;
      if (q.prefixes & kProBi) return kTargetBi;
      if (q.prefixes & kProLi) return kTargetLi;
      k = q.first_token;
      break;
    }
  }
  bool direction = false;
  for (int skip = 0; skip < 3 && k > 0; ++skip) {
    // على يد، من قبل: a phrase of agency introduces the doer, never a subject, object or target.
    if (CueEndsBefore(k, CueKind::kByAgent)) return kPrepOther;
    const Token& prev = text_.tokens[k - 1];
    if (prev.sentence != text_.tokens[x.first_token].sentence || prev.kind != TokenKind::kWord) break;
    // عليه، منهم: a preposition with its pronoun is a phrase of its own; it governs no word after it.
    if (prev.suffix != Enclitic::kNone && (prev.word_class & kWordPreposition)) break;
    // وفي تونس: the preposition may carry a conjunction.
    // (BareText: its == is inline, where string_view's is a call to compare for every word of the
    // literal's length.)
    BareText w{(prev.prefixes & ~(kProWa | kProFa)) == 0 ? BareWord(text_.Stem(prev)) : BareWord(text_.Norm(prev))};
    // hunspell-ar lists وفي and فمن whole; read them as و + the preposition.
    if ((w.rfind("و", 0) == 0 || w.rfind("ف", 0) == 0) && w.size() > 2) {
      BareText rest{w.substr(2)};
      if (rest == "في" || rest == "من" || rest == "علي" || rest == "الي" || rest == "مع" || rest == "ضد") w = rest;
    }
    if (w == "علي") return kTargetAla;
    if (w == "ضد") return kTargetDidd;
    if (w == "مع") return kTargetMaa;
    if (w == "من") {
      // (The way of a preposition word standing before a list or a count: على كل من، على عشرات من.)
      auto way_of = [](BareText p) -> uint16_t {
        if (p == "من") return kTargetMin;
        if (p == "علي") return kTargetAla;
        if (p == "ضد") return kTargetDidd;
        if (p == "الي") return kTargetIla;
        if (p == "في") return kTargetFi;
        if (p == "عن") return kTargetAn;
        if (p == "مع") return kTargetMaa;
        return 0;
      };
      // أدانت كل من السعودية والإمارات: كل من opens a list that is the clause's subject or object.
      // (After a preposition, the list is its: هتافات مناهضة لكل من ميقاتي وحزب الله، اعتداءات على كل من.)
      // (hunspell-ar lists لكل whole: the text layer leaves its ل on.)
      if (k >= 2 && Bare(k - 2) == "لكل") return kTargetLi;
      if (k >= 2 && Bare(k - 2) == "كل") {
        const uint8_t on_kull = text_.tokens[k - 2].prefixes & kPrepClitics;
        if (on_kull & kProLi) return kTargetLi;
        if (on_kull & kProBi) return kTargetBi;
        if (on_kull != 0 || k < 3 || text_.tokens[k - 3].kind != TokenKind::kWord) return 0;
        // (في كل من تونس وصفاقس: the list is where. Not من: من كل من is rare and was left to the readings
        // of a list with no preposition.)
        BareText before = Bare(k - 3);
        return before == "من" ? 0 : way_of(before);
      }
      // عشرات من أعضاء الحزب، قوة من الشرطة: a partitive من names who the count or unit is made of.
      if (k >= 2 && IsPartitiveHead(k - 2)) {
        // The count itself may stand after a preposition (من عدد من الدول، على عشرات من المدنيين), and
        // a bound is part of it (مقتل أكثر من ٣٠ من الجنود، ١٢ على الأقل من المدنيين): its من is no preposition.
        const uint32_t h = text_.tokens[k - 2].kind == TokenKind::kNumber || count_ends_before_[k - 1]
                               ? CountStart(k - 1) : k - 2;
        const Token& head = text_.tokens[h];
        if (head.prefixes & kProBi) return kTargetBi;
        if (head.prefixes & kProLi) return kTargetLi;
        return h >= 1 ? way_of(Bare(h - 1)) : 0;
      }
      return kTargetMin;
    }
    if (w == "الي") return kTargetIla;
    if (w == "في") return kTargetFi;
    if (w == "عن") return kTargetAn;
    if (w == "لدي") return kTargetLada;
    // (تجاه، نحو، إزاء، صوب، اتجاه and باتجاه, a word hunspell-ar lists whole: triggers.tsv's way toward.)
    if (TargetWayOf(w) == kTargetToward) return kTargetToward;
    BareText stem{BareWord(text_.Stem(prev))};
    // بحسب المسؤولين، وفق الجيش: the one who says so, never the subject or object of the verb.
    if (stem == "حسب" || stem == "بحسب" || stem == "وفق" || stem == "وفقا") return kPrepOther;
    uint32_t kinds = WordKindsAt(k - 1);  // (the stem's: prev is a word)
    bool is_direction = (kinds & kDirectionWord) != 0;
    if ((kinds & kDescriptorWord) || is_direction) {
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

int32_t DocumentCoder::CounterpartAt(uint32_t k) const {
  if (k + 1 >= text_.tokens.size() || text_.tokens[k].kind != TokenKind::kWord) return -1;
  // (The nationality first: it is the rarer, and cheaper to ask about.)
  int32_t m = MentionAt(k + 1);
  if (m < 0 || M(m).first_token != k + 1 || M(m).is_actor || M(m).is_place() || M(m).demonym < 0 ||
      M(m).country.empty() || (M(m).prefixes & (kPrepClitics | kProWa))) {
    return -1;
  }
  std::string_view w = BareWord(text_.Norm(text_.tokens[k]));
  static constexpr std::string_view kClitics[] = {"و", "ب", "ل"};
  for (std::string_view p : kClitics) {
    if (w.size() > 10 && w.substr(0, p.size()) == p) w.remove_prefix(p.size());
  }
  if (w.rfind("نظير", 0) != 0 && w.rfind("نظرا", 0) != 0) return -1;
  return m;
}

bool DocumentCoder::IsGenitive(int32_t m) const {
  uint32_t f = M(m).first_token;
  if (f == 0) return false;
  uint32_t p = f - 1;
  const Token& prev = text_.tokens[p];
  if (prev.kind != TokenKind::kWord || prev.clause != text_.tokens[f].clause) return false;
  if (token_trigger_[p] >= 0 || (prev.prefixes & (kProAl | kProWa | kProFa))) return false;
  // قوات الشرطة after a noun (لسيارات قوات الشرطة): the chain of constructs is the noun's genitive.
  int32_t pm = MentionAt(p);
  if (pm >= 0) return M(pm).is_actor && M(pm).end_token == f && IsGenitive(pm);
  // A word with a preposition clitic (لسيارات) is a noun whatever the word list says.
  bool noun = (prev.word_class & kWordNoun) || (prev.prefixes & (kProBi | kProLi | kProKa));
  if (!noun || (prev.word_class & (kWordVerb | kWordFunction | kWordName))) return false;
  // خمسة مدنيين، عشرات المسلحين، عناصر الشرطة: a count or a noun of a part is no head of a genitive
  // that keeps the people from being the subject.
  if ((f < count_ends_before_.size() && count_ends_before_[f]) || IsPartitiveHead(p)) return false;
  return !IsTimeWord(p);
}

bool DocumentCoder::TriggerBetween(uint32_t a, uint32_t b) const {
  for (uint32_t k = a; k < b && k < token_trigger_.size(); ++k) {
    if (token_trigger_[k] >= 0) return true;
  }
  return false;
}


Arg DocumentCoder::GroupOf(int32_t m, How how) const {
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

bool DocumentCoder::SaysAfter(int32_t m) const {
  uint32_t e = M(m).end_token;
  if (e < text_.tokens.size() && text_.tokens[e].sentence == text_.tokens[M(m).first_token].sentence &&
      text_.tokens[e].prefixes == 0 && Bare(e) == "قد") {
    ++e;
  }
  return CueStartsAt(e, CueKind::kReported) || CueStartsAt(e, CueKind::kIntended) ||
         CueStartsAt(e, CueKind::kNegation);
}

Arg DocumentCoder::Antecedent(uint32_t tok, std::span<const int32_t> exclude, How how, bool people) const {
  uint32_t sentence = text_.tokens[tok].sentence;
  for (int32_t m = MentionsEndingBy(tok) - 1; m >= 0; --m) {
    const Mention& x = M(m);
    if (text_.tokens[x.first_token].sentence + 2 < sentence) break;
    // A state or capital that says something (أعلنت واشنطن دعمها، وكانت أنقرة قد أعلنت أن طائراتها) is an
    // actor: its government.
    if (!x.is_actor && !((SaidBy(m) || SaysAfter(m)) && StatePlace(m))) continue;
    if (people && x.object) continue;
    int32_t g = group_of_[m];
    // (Nor another mention of the same named actor: قوة من وحدة المستعربين هاجمتهم.)
    bool excluded = false;
    for (int32_t e : exclude) {
      excluded = excluded || (e >= 0 && (group_of_[e] == g || (x.record >= 0 && M(e).record == x.record)));
    }
    if (excluded) continue;
    // عمال شركة الحديد يواصلون إضرابهم، موظفو وزارة الصحة ينفذون اعتصامهم: a body in construct after a noun of workers
    // (an agent of sector LAB, with no article: the construct's head) is their employer; the people a pronoun refers
    // to are the workers, the whole phrase's head.
    if (people && m > 0 && x.agent >= 0 && lex_.agents()[x.agent].kind_id == AgentKind::kBody &&
        !(x.prefixes & (kPrepClitics | kProWa | kProFa))) {
      const Mention& head = M(m - 1);
      const Token& w = text_.tokens[head.first_token];
      if (head.is_actor && head.end_token == x.first_token && head.agent >= 0 && head.record < 0 &&
          TextEqual(lex_.agents()[head.agent].sector, "LAB") && !(w.prefixes & kProAl) &&
          text_.tokens[head.end_token - 1].suffix == Enclitic::kNone) {
        g = group_of_[m - 1];
        Arg a;
        a.how = std::move(how);
        if (g >= 0) {
          a.members.assign(groups_[g].begin(), groups_[g].end());
        } else {
          a.members = {m - 1};
        }
        return a;
      }
    }
    // Resolve to the whole group the mention belongs to.
    Arg a;
    a.how = std::move(how);
    if (g >= 0) {
      a.members.assign(groups_[g].begin(), groups_[g].end());
    } else {
      a.members = {m};
    }
    return a;
  }
  return Arg{};
}

Arg DocumentCoder::ResolveDemonstrative(int32_t m) const {
  const Mention& x = M(m);
  if (x.record >= 0 || x.first_token == 0) return GroupOf(m, "argument");
  std::string_view prev = BareWord(text_.Norm(text_.tokens[x.first_token - 1]));
  bool demonstrative = IsDemonstrative(prev);
  if (!demonstrative) return GroupOf(m, "argument");
  // هذه القوات: the last actor with the same kind of agent, or with a record; not a state named as a
  // place (انتشرت القوات الروسية في مالي، واتهمت منظمات هذه القوات: the Russian forces).
  for (int32_t k = m - 1; k >= 0; --k) {
    const Mention& y = M(k);
    if (!y.is_actor || y.is_place()) continue;
    if ((y.agent >= 0 && y.sector == x.sector) || y.record >= 0) {
      Arg a = GroupOf(k, "demonstrative");
      a.members = {k};
      return a;
    }
  }
  return GroupOf(m, "argument");
}

int32_t DocumentCoder::ReferredAt(uint32_t k) const {
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord || (w.prefixes & ~(kProWa | kProFa)) != kProAl || MentionAt(k) >= 0) return -1;
  BareText noun = Bare(k);
  bool latter = noun == "اخير" || noun == "اخيره";
  if (k == 0) return -1;
  const Token& d = text_.tokens[k - 1];
  if (latter) {
    // (Not the adjective: العام الأخير، هجومه الأخير.)
    if (d.kind == TokenKind::kWord && ((d.prefixes & kProAl) || d.suffix != Enclitic::kNone || MentionAt(k - 1) >= 0)) {
      return -1;
    }
  }
  bool group_noun = !latter && (noun == "تنظيم" || noun == "حركه" || noun == "جماعه" || noun == "فصيل" ||
                                noun == "ميليشيا" || noun == "مليشيا" || noun == "منظمه");
  // وهاجمت الجماعة المرتبطة بتنظيم القاعدة: a definite noun of a group qualified by a participle of ties
  // (lexicon/word_kinds.tsv `loyal`: المرتبطة، المدعومة، الموالية، التابعة) refers back to the group named
  // before, as after a demonstrative; the actor the participle names only qualifies it.
  bool qualified = false;
  if (!latter) {
    std::string_view prev = BareWord(text_.Norm(d));
    bool demonstrative = IsDemonstrative(prev);
    if (demonstrative && (d.prefixes & ~(kProWa | kProFa))) return -1;
    if (!demonstrative) {
      const Token& q = k + 1 < text_.tokens.size() ? text_.tokens[k + 1] : w;
      qualified = group_noun && k + 1 < text_.tokens.size() && q.kind == TokenKind::kWord && q.sentence == w.sentence &&
                  (q.prefixes & kProAl) && LoyalAt(k + 1);
      if (!qualified) return -1;
    }
  }
  // (Not after a preposition: مع الأخير، ضد هذه الجماعة.)
  uint32_t head = latter || qualified ? k : k - 1;
  if (head > 0 && text_.tokens[head - 1].kind == TokenKind::kWord && (text_.tokens[head - 1].word_class & kWordPreposition)) {
    return -1;
  }
  // (Within the sentence and the two before; an actor for الأخير, a person or group, not a place or a thing.)
  uint32_t sentence = w.sentence;
  for (int32_t m = MentionsEndingBy(k) - 1; m >= 0; --m) {
    const Mention& x = M(m);
    if (text_.tokens[x.first_token].sentence + 2 < sentence) break;
    if (latter) {
      // (الأخير and الأخيرة agree with what they name: a body feminine in form (الحكومة، حركة، روسيا) is no
      // الأخير, and a person or a masculine agent (الرئيس الفرنسي، وزير الخارجية) no الأخيرة, unless named by
      // a feminine title: التقى الرئيس الفرنسي رئيسة الوزراء الإيطالية، وقال الأخير.)
      // (Or the counterpart, نظيره الإيراني, whose nationality names him.)
      if (!x.is_actor && x.first_token > 0 && CounterpartAt(x.first_token - 1) == m) {
        if (noun == "اخيره" && !Bare(x.first_token - 1).starts_with("نظيرت")) continue;
        return m;
      }
      if (!x.is_actor || x.is_place() || x.object) continue;
      const bool feminine_latter = noun == "اخيره";
      const BareText head = Bare(x.first_token);
      const bool feminine_title = x.agent >= 0 && head.ends_with("ه") && !lex_.IsMasculineSingularAgentForm(head);
      const bool masculine_person = (x.agent >= 0 || (x.record >= 0 && lex_.record(x.record).is_person)) &&
                                    !FeminineBodyAt(m) && !head.ends_with("ه");
      if (feminine_latter ? masculine_person : FeminineBodyAt(m) || feminine_title) continue;
      return m;
    }
    if ((x.is_actor || (x.demonym >= 0 && !x.is_place())) && Bare(x.first_token) == std::string_view(noun)) return m;
    // (تلك الدبابات: the thing before its nationality, دبابات إسرائيلية.)
    if (!x.is_actor && x.demonym >= 0 && !x.is_place() && x.first_token > 0 && MentionAt(x.first_token - 1) < 0 &&
        Bare(x.first_token - 1) == std::string_view(noun)) {
      return m;
    }
    // (هذا التنظيم after حركة الشباب: a noun of a group stands for the last group named, whatever its own noun.)
    // (Not a body of a state, an army or a ministry: هاجم الجيش الصومالي هذه الحركة.)
    if (group_noun && x.is_actor && x.record >= 0 && !x.is_place() && !lex_.record(x.record).is_state &&
        !lex_.record(x.record).is_person && !IsStateAgent(x.sector)) {
      return m;
    }
  }
  return -1;
}

void DocumentCoder::ExpandInclusion(Arg* a, uint32_t clause_end) const {
  if (a->members.size() != 1) return;
  const Mention& x = M(a->members[0]);
  bool generic = x.is_actor && x.record < 0 && x.country.empty();
  if (!generic) return;
  for (const CueHit& c : CuesOfKindsIn(x.end_token, x.end_token + 15, CueKind::kInclusion)) {
    if (c.kind != CueKind::kInclusion) continue;
    if (c.first < x.end_token || c.first > x.end_token + 14 || c.end >= clause_end) continue;
    int32_t m = MentionAt(c.end);
    if (m < 0 || !M(m).is_actor) continue;
    *a = GroupOf(m, a->how + ", specified by '" + trig_.cue(c.record).form + "'");
    return;
  }
}

// A mention that a preposition or a noun before it governs (لرجل، على شاب، جثة شاب), not one that may be the
// subject of a verb before it (أعلن متحدث).
bool DocumentCoder::GovernedMention(int32_t m, const Clause& c) const {
  if (IsPrepositional(m)) return true;
  uint32_t k = M(m).first_token;
  if (k <= c.first_token) return false;
  const Token& before = text_.tokens[k - 1];
  return before.kind == TokenKind::kWord && (before.word_class & kWordNoun) && !(before.word_class & kWordVerb) &&
         token_trigger_[k - 1] < 0 && MentionAt(k - 1) < 0;
}

bool DocumentCoder::AgreeingAdjectiveAt(uint32_t k) const {
  const Token& a = text_.tokens[k];
  if (k == 0 || a.kind != TokenKind::kWord || a.prefixes != 0 || a.suffix != Enclitic::kNone ||
      (a.word_class & (kWordVerb | kWordFunction)) || MentionAt(k) >= 0 || token_trigger_[k] >= 0) {
    return false;
  }
  const BareText people = Bare(k - 1), adjective = Bare(k);
  return (people.ends_with("ون") && adjective.ends_with("ون")) || (people.ends_with("ين") && adjective.ends_with("ين"));
}

Arg DocumentCoder::SubjectOf(const TriggerHit& t, const Clause& c, bool* after, bool allow_place,
                             const TriggerRecord* verb_record) const {
  *after = false;
  // اعتراف الإمارات بدعمها لقوات حفتر الذي طلب دعما: a verb right after a relative pronoun, with no pronoun of its
  // object and no subject of its own after it, has for subject the noun the pronoun describes, also one after a
  // preposition. (With a subject after it, الذي نفذته حركة, the noun is its object: CliticObject.)
  if (t.first >= 2 && RelativePronounAt(t.first - 1) && text_.tokens[t.first].suffix == Enclitic::kNone &&
      !(text_.tokens[t.first].prefixes & (kProWa | kProFa)) &&
      text_.tokens[t.first - 2].sentence == text_.tokens[t.first].sentence) {
    const int32_t own = t.end < c.end_token ? MentionAt(t.end) : -1;
    const int32_t m = MentionAt(t.first - 2);
    if (m >= 0 && M(m).end_token == t.first - 1 && M(m).is_actor &&
        (own < 0 || M(own).first_token != t.end || !M(own).is_actor)) {
      return GroupOf(m, "the noun the relative clause describes (the verb's subject)");
    }
  }
  // أطلق الجيش النار على مسلحين هاجموا حاجزا، اعتقلت الشرطة متظاهرين رشقوا الحجارة: a verb in the plural right
  // after an indefinite plural of people (no article, no pronoun, no name) opens a relative clause on them,
  // whose subject they are, also after a preposition.
  // عثرت الشرطة على جثة رجل قتل طعنا، تكفلت الحكومة بعلاج طفل أصيب برصاصة: so does a killing or wounding
  // verb in the singular after a single person governed by a noun or a preposition (not the subject
  // of a verb before it, أعلن متحدث قتل ثلاثة مسلحين, where قتل is a verbal noun).
  if (t.first > c.first_token) {
    int32_t m = MentionAt(t.first - 1);
    // (متظاهرون غاضبون يضرمون النار، محتجون ملثمون يقتحمون: one adjective of the people's own may stand between,
    // agreeing with their word in the sound plural, as CrowdSubject reads it.)
    uint32_t people_end = t.first;
    if (m < 0 && t.first >= c.first_token + 2 && AgreeingAdjectiveAt(t.first - 1)) {
      m = MentionAt(t.first - 2);
      people_end = t.first - 1;
    }
    std::string_view verb = Bare(t.first);
    const Token& v = text_.tokens[t.first];
    // (A verb with و or ف opens no relative clause: أطلق مسلحون النار على حافلة تقل جنودا فقتلوا 11 منهم goes on
    // with the gunmen.)
    bool plural_verb = v.suffix == Enclitic::kNone && (WordEndsWith(verb, "وا") || WordEndsWith(verb, "ون")) &&
                       !ConjunctionOnVerb(t.first, verb_record != nullptr ? std::string_view(verb_record->form) : "");
    bool singular_victim_verb = !plural_verb && verb_record != nullptr && !verb_record->noun &&
                                (verb_record->flags & (kFlagKill | kFlagInjure)) && t.end == t.first + 1 &&
                                v.suffix == Enclitic::kNone && !(v.prefixes & (kProWa | kProFa)) &&
                                !WordEndsWith(verb, "ا");
    if (m >= 0 && (plural_verb || (singular_victim_verb && people_end == t.first)) && M(m).end_token == people_end &&
        M(m).is_actor && M(m).record < 0 && M(m).agent >= 0 && !M(m).object &&
        !IsDefinite(text_, text_.tokens[M(m).first_token]) && text_.tokens[people_end - 1].suffix == Enclitic::kNone &&
        !(M(m).first_token > c.first_token && Bare(M(m).first_token - 1) == "من") &&
        (plural_verb || GovernedMention(m, c))) {
      Arg a = ResolveDemonstrative(m);
      a.how = "the indefinite people before the verb, subject of the relative clause it opens";
      a.relative_victim = !plural_verb;
      return a;
    }
  }
  // After إنّ / أنّ the subject stands before the verb (قال إن قوات الأمن قتلت ثلاثة مسلحين); أنه
  // before the verb refers back to an actor named earlier.
  for (int32_t k = static_cast<int32_t>(t.first) - 1;
       k >= static_cast<int32_t>(c.first_token) && k + 8 >= static_cast<int32_t>(t.first); --k) {
    const Token& tok = text_.tokens[k];
    if (token_trigger_[k] >= 0) break;
    // (BareText: an inline ==, where string_view's calls compare for every word of the literal's length.)
    BareText w{text_.Norm(tok)};
    if (tok.kind == TokenKind::kPunct && w != "«" && w != "\"") break;
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m >= 0 && M(m).is_actor && IsPrepositional(m)) {
      // إن قوة من الشرطة العراقية قامت: a unit or count of people specified by what follows من.
      uint32_t f = M(m).first_token;
      int32_t u = f >= c.first_token + 2 && Bare(f - 1) == "من" ? MentionAt(f - 2) : -1;
      if (u >= 0 && M(u).is_actor && M(u).record < 0 && M(u).end_token == f - 1) {
        k = static_cast<int32_t>(M(u).first_token);
        uint32_t b = M(u).first_token;
        if (b > c.first_token && AnnaAt(b - 1)) {
          // A group with a sector of its own (مسلحين من القبائل) is the subject; a unit or a role noun
          // (قوة، عناصر) stands for what it is part of.
          bool unit = M(u).sector.empty() || IsPartitiveHead(M(u).first_token);
          Arg a = ResolveDemonstrative(unit ? m : u);
          a.how = unit ? "subject after أن (a unit of it)" : "subject after أن";
          return a;
        }
        break;
      }
    }
    if (m >= 0) {
      // A state or its capital right after أن is the subject too (أن واشنطن ستسحب قواتها).
      // (So after بأن: صرح الوزير بأن القاهرة ترفض.)
      bool state_after_anna = !M(m).is_actor && M(m).first_token > c.first_token && AnnaAt(M(m).first_token - 1) &&
                              StatePlace(m);
      if ((!M(m).is_actor && !state_after_anna) || IsPrepositional(m)) break;
      if (IsGenitive(m)) {
        k = static_cast<int32_t>(M(m).first_token);  // the noun before it is scanned next
        continue;
      }
      int32_t g = group_of_[m];
      int32_t head = g >= 0 ? groups_[g].front() : m;
      // (إن قوات الأمن ومعها مسلحون هاجموا: the actor the people before the verb accompany.)
      if (int32_t l = LeaderAccompanied(head); l >= 0) head = l;
      uint32_t b = M(head).first_token;
      while (b > c.first_token && text_.tokens[b - 1].kind == TokenKind::kPunct && text_.Norm(text_.tokens[b - 1]) == "«") --b;
      // The actor may be the adjective of the subject's head noun (بأن مهاجما انتحاريا فجر نفسه).
      bool head_noun_between = b >= c.first_token + 2 && AnnaAt(b - 2) && text_.tokens[b - 1].kind == TokenKind::kWord &&
                               token_trigger_[b - 1] < 0 && !(text_.tokens[b - 1].word_class & (kWordVerb | kWordFunction));
      if (b > c.first_token && (AnnaAt(b - 1) || head_noun_between)) {
        // أعلنت الشرطة أن عناصرها اشتبكوا، أعلن الجيش أن جنوده: a role noun with a third-person pronoun, left with no
        // country or sector (its owner was not read), belongs to the body that reports right before أن: the subject
        // of a verb of saying (a `reported` cue), the first actor after the verb in the clause, within six words, no
        // preposition's nor genitive, a body with a sector (no person) and no pronoun of its own.
        auto reporting_body = [&](uint32_t anna) -> int32_t {
          const uint32_t from = std::max(c.first_token, anna > 6 ? anna - 6 : 0u);
          for (uint32_t j = from; j < anna; ++j) {
            if (!CueEndsBefore(j, CueKind::kReported)) continue;
            const int32_t s = MentionAt(j);
            if (s < 0 || M(s).first_token != j || !M(s).is_actor || IsPrepositional(s) || IsGenitive(s) ||
                M(s).pronoun != Enclitic::kNone || M(s).sector.empty() ||
                (M(s).record >= 0 && lex_.record(M(s).record).is_person)) {
              return -1;
            }
            return s;
          }
          return -1;
        };
        if (int32_t body = Rarely(M(head).pronoun != Enclitic::kNone && M(head).country.empty() &&
                                  M(head).sector.empty() && !head_noun_between)
                               ? reporting_body(b - 1)
                               : -1;
            body >= 0) {
          Arg a = ResolveDemonstrative(body);
          a.how = "the body that reports, owner of the pronoun on the subject after أن";
          return a;
        }
        Arg a = ResolveDemonstrative(head);
        a.how = "subject after أن";
        return a;
      }
      break;
    }
    BareText bare = Bare(k), bare_w{BareWord(w)};
    bool an_pronoun = (bare == "ان" && tok.suffix != Enclitic::kNone) || bare_w == "انه" || bare_w == "انها" ||
                      bare_w == "انهم" || bare_w == "بانه" || bare_w == "بانها" || bare_w == "بانهم";
    if (an_pronoun && k + 3 >= static_cast<int32_t>(t.first)) {
      // هاجمت حركة الشباب قاعدة للجيش الصومالي، وقال الأخير إنه قتل: the pronoun is the speaker named by a noun
      // that refers back (الأخير، هذه الجماعة), standing between the saying and it.
      for (int32_t j = k - 1; j >= static_cast<int32_t>(c.first_token) && j + 4 >= k; --j) {
        if (MentionAt(static_cast<uint32_t>(j)) >= 0 || token_trigger_[j] >= 0) break;
        if (int32_t a = ReferredAt(static_cast<uint32_t>(j)); a >= 0) {
          return GroupOf(a, "pronoun on أن after a saying whose subject refers back (الأخير) -> its actor");
        }
      }
      // شنت الهند ضربات على مواقع في باكستان، قائلة إنها استهدفت: after a state adverbial of speech
      // (grammar.tsv `speech`) the pronoun is the speaker, the subject of the sentence's act before it.
      // وأطلق حزب الله صواريخ على قواعد في شمال إسرائيل، وقال في بيان إنه استهدف: so after a verb of
      // saying that opens its clause with no subject of its own (only a medium may stand between).
      if (CueEndsBefore(static_cast<uint32_t>(k), CueKind::kSpeech) || SubjectlessSayingBefore(static_cast<uint32_t>(k))) {
        for (uint32_t cl = tok.clause + 1; cl-- > 0 && text_.clauses[cl].sentence == c.sentence;) {
          auto it = last_source_.find(cl);
          if (it == last_source_.end() || it->second.empty()) continue;
          bool objects = true;  // (machines of war: their owner is sought below)
          for (int32_t m : it->second.members) objects = objects && M(m).object;
          if (objects) break;
          Arg a = it->second;
          a.how = "pronoun on أن after a word of speech -> its speaker, the subject before";
          return a;
        }
      }
      // أعلنت الشرطة المصرية ضبط أسلحة بحوزة الموقوفين. وقالت إنها اعتقلت: after a verb of saying that
      // opens its sentence with no subject of its own, the speaker of the sentence before.
      if (int32_t s = SpeakerBeforeSubjectlessSaying(static_cast<uint32_t>(k)); s >= 0) {
        return GroupOf(s, "pronoun on أن after a saying that opens its sentence -> the speaker of the sentence before");
      }
      Arg a = Antecedent(static_cast<uint32_t>(k), {}, "pronoun on أن -> subject");
      if (!a.empty()) return a;
      break;
    }
  }
  // SVO with the subject opening the clause right before the verb (الحوثيون يستهدفون سفينة، السيسي
  // يستقبل رئيس الوزراء، واشنطن تفرض عقوبات): that actor, or state, is the subject; the actor after
  // the verb is its object.
  // (A date or an insertion may stand between: الحوثيون اليوم يستهدفون، الجيش، بحسب مصادر، يقصف.)
  // (وكانت هذه الحركة قد هاجمت: a noun right before the verb, or before قد, that refers back to an actor.)
  if (uint32_t k = t.first > c.first_token && Bare(t.first - 1) == "قد" ? t.first - 1 : t.first; k > c.first_token) {
    if (int32_t a = MentionAt(k - 1) < 0 ? ReferredAt(k - 1) : -1; a >= 0) {
      return GroupOf(a, "the actor a demonstrative or الأخير before the verb refers back to");
    }
  }
  // (وكان الجيش قد قصف، وكانت الشرطة اعتقلت: the subject of a verb in the pluperfect stands between كان
  // and the verb, or قد; كان then opens the clause before it.)
  uint32_t verb_first = t.first > c.first_token && Bare(t.first - 1) == "قد" ? t.first - 1 : t.first;
  if (verb_first > c.first_token) {
    uint32_t opening = OpeningAfter(c.first_token, verb_first);
    if (BareText w = Bare(opening); opening + 1 < verb_first && (w == "كان" || w == "كانت" || w == "كانوا") &&
                                            !(text_.tokens[opening].prefixes & ~(kProWa | kProFa))) {
      ++opening;
    }
    // (ما زالت الطائرات الروسية تقصف، ما انفكت قوات الدعم السريع تهاجم: so does a negated verb of going on, grammar.tsv
    // continuing, before the imperfective; machines of war there stand for the state of their nationality.)
    bool still = false;
    if (opening + 2 < verb_first && GoingOnAt(opening) && !(text_.tokens[opening].prefixes & ~(kProWa | kProFa))) {
      opening += 2;
      still = true;
    }
    if (int32_t n = still ? NationalityAt(opening + 1) : -1;
        n >= 0 && M(n).first_token == opening + 1 && M(n).end_token == verb_first && MentionAt(opening) < 0 &&
        text_.tokens[opening].prefixes == kProAl && (WordKindsAt(opening) & kMachineWord)) {
      Arg a;
      a.members = {n};
      a.how = "nationality of the machines of war, subject of the verb of going on before the verb";
      a.nationality = true;
      return a;
    }
    // صاروخ حوثي يضرب، طائرة تركية مسيرة تقصف: a machine or munition of war opening the clause, its owner right after
    // it (HeadlineSubjectBefore's), is the owner's: the doer is the owner.
    if (Rarely(opening + 1 < verb_first && MentionAt(opening) < 0) && MachineOfOwnerBefore(opening, verb_first)) {
      // (A demonym after a machine names the state, whose military MakeActor makes it; after a munition it is read
      // where the adjective is, with the munition's own reading.)
      const int32_t owner = MentionAt(opening + 1);
      if (M(owner).is_actor) return GroupOf(owner, "the owner of the machine of war opening the clause");
      if (WordKindsAt(opening) & kMachineWord) {
        Arg a;
        a.members = {owner};
        a.how = "nationality of the machine of war opening the clause";
        a.nationality = true;
        return a;
      }
    }
    // طيران الجيش السوري يقصف، مروحيات الجيش تقصف: aircraft or machines of no one's, in construct with a force right
    // before the verb, are that force's (as ByAgent reads طيران after a verb of carrying out): the force is the doer.
    if (const int32_t o = MentionAt(opening);
        Rarely(o >= 0 && opening + 1 < verb_first && (WordKindsAt(opening) & kMachineWord)) &&
        M(o).first_token == opening && M(o).end_token == opening + 1 && M(o).record < 0 && M(o).country.empty() &&
        text_.tokens[opening].suffix == Enclitic::kNone) {
      const int32_t owner = MentionAt(opening + 1);
      if (owner >= 0 && M(owner).first_token == opening + 1 && M(owner).end_token == verb_first && M(owner).is_actor &&
          !M(owner).object && !(M(owner).prefixes & (kPrepClitics | kProWa | kProFa)) &&
          (M(owner).record >= 0 || (text_.tokens[opening + 1].prefixes & kProAl))) {
        return GroupOf(owner, "the force that owns the machines of war opening the clause before the verb");
      }
    }
    int32_t m = MentionAt(verb_first - 1);
    if (m < 0 || M(m).end_token != verb_first) {
      int32_t o = opening < verb_first ? MentionAt(opening) : -1;
      int32_t g = o >= 0 ? group_of_[o] : -1;
      int32_t last = g >= 0 ? groups_[g].back() : o;
      if (last >= 0 && M(last).end_token < verb_first && PastInsertion(M(last).end_token) == verb_first) m = last;
      // (طائرة روسية حربية تقصف: the machine's adjective between.)
      if (o >= 0 && m != last && MachineAdjectiveBefore(o, verb_first)) m = o;
    }
    if (m >= 0 && M(m).end_token <= verb_first && !IsPrepositional(m)) {
      int32_t g = group_of_[m];
      int32_t head = g >= 0 ? groups_[g].front() : m;
      // (قوات الجيش ومعها مقاتلون قبليون هاجمت: the actor opening the clause, whom the people before the verb accompany.)
      if (int32_t l = LeaderAccompanied(head); l >= 0 && M(l).first_token == opening) head = l;
      if (M(head).first_token == opening && (M(head).is_actor || StatePlace(head))) {
        Arg a = ResolveDemonstrative(head);
        a.how = "subject opening the clause before the verb";
        return a;
      }
    }
    // عمال المصنع يعتصمون، عمال العقود في شركة الكهرباء يعتصمون: the actor opening the clause in construct, its
    // definite complement (a body, or a noun with the article) and a phrase of في after it, is the subject; the
    // complement or the place of في right before the verb is not. (At most three steps back, over those words only.)
    uint32_t e = verb_first;
    for (int step = 0; step < 3 && e > opening + 1; ++step) {
      const int32_t q = MentionAt(e - 1);
      if (q >= 0 && M(q).end_token == e && M(q).first_token > opening) {
        const uint32_t f = M(q).first_token;
        if (PrepositionOf(q) == kTargetFi) {
          e = f > opening + 1 && Bare(f - 1) == "في" && text_.tokens[f - 1].prefixes == 0 ? f - 1 : f;
        } else if (IsDefinite(text_, text_.tokens[f]) && !(text_.tokens[f].prefixes & ~kProAl) && !IsPrepositional(q)) {
          e = f;
        } else {
          break;
        }
        continue;
      }
      const Token& w = text_.tokens[e - 1];
      if (q >= 0 || w.kind != TokenKind::kWord || (w.prefixes & ~kProAl) || !IsDefinite(text_, w) ||
          token_trigger_[e - 1] >= 0 || (w.word_class & (kWordVerb | kWordFunction))) {
        break;
      }
      --e;
    }
    if (int32_t o = e < verb_first ? MentionAt(opening) : -1;
        o >= 0 && M(o).first_token == opening && M(o).end_token == e && M(o).is_actor && !M(o).is_place() &&
        !IsPrepositional(o) && !IsDefinite(text_, text_.tokens[e - 1]) &&
        text_.tokens[e - 1].suffix == Enclitic::kNone) {
      return GroupOf(o, "the actor opening the clause in construct with the complement before the verb");
    }
    // المسلحون الذين اقتحموا القرية فجر اليوم على متن دراجات نارية قتلوا: the actor opening the clause, then a
    // relative pronoun and its verb, is the subject of the next verb past that one, however long the relative
    // clause's complements (it reaches over its own verb, not over a second one; one joined by و is its too).
    int32_t o = opening + 2 < verb_first && !(text_.tokens[t.first].prefixes & (kProWa | kProFa)) ? MentionAt(opening) : -1;
    if (o >= 0 && M(o).first_token == opening && M(o).is_actor && !IsPrepositional(o) && M(o).end_token + 1 < verb_first &&
        RelativePronounAt(M(o).end_token)) {
      uint32_t rel = M(o).end_token;
      bool one_verb = (text_.tokens[rel + 1].word_class & kWordVerb) || token_trigger_[rel + 1] >= 0 ||
                      (MentionAt(rel + 1) < 0 && ResumptiveRelativeVerb(text_.tokens[rel + 1]));
      for (uint32_t k = rel + 2; one_verb && k < verb_first; ++k) {
        const Token& w = text_.tokens[k];
        bool verb = (token_trigger_[k] >= 0 && hit_verb_[token_trigger_[k]] && hits_[token_trigger_[k]].first == k) ||
                    (IsVerbOnly(w.word_class) &&
                     MentionAt(k) < 0);
        one_verb = w.kind != TokenKind::kPunct && !(verb && !(w.prefixes & kProWa)) && !RelativePronounAt(k);
      }
      if (one_verb) return GroupOf(o, "the actor opening the clause, past the relative clause on it");
    }
  }
  // طائرة مسيرة تابعة للجيش السوداني قصفت، إن مسيرات الحوثيين استهدفت: machines of war right before the verb,
  // opening its clause or the complement of أنّ, are their owner's, who did what they did (before the search
  // after the verb, which would take the object for the subject).
  if (int32_t m = verb_first > c.first_token + 1 ? MentionAt(verb_first - 1) : -1; m >= 0 && M(m).end_token == verb_first) {
    uint32_t s = MachinesOwnedBy(m, c.first_token);
    if (s != UINT32_MAX && (s == c.first_token || AnnaAt(s - 1) ||
                            OpeningAfter(text_.sentences[text_.tokens[t.first].sentence].first_token, t.first) == s)) {
      return GroupOf(m, "owner of the machines of war that are the verb's subject, before it");
    }
  }
  // VSO: an actor within a few tokens after the verb, with no preposition before it. A verb that
  // agrees in the plural (رشقوا، خطفوا) has its subject in itself: the actor after it is its object.
  std::string_view verb = BareWord(text_.Stem(text_.tokens[t.first]));
  bool plural = verb.size() > 4 && TextEqual(verb.substr(verb.size() - 4), "وا");
  // A past verb in the feminine (اتهمت، هاجمت) does not agree with a masculine singular noun after
  // it (الجيش، الرئيس): that noun is its object and the subject is in the verb (واتهمت الجيش بقصف).
  bool feminine = false;
  if (verb_record != nullptr && t.end == t.first + 1 && !verb_record->noun && !verb_record->present &&
      WordEndsWith(verb, "ت")) {
    std::string_view form = BareWord(verb_record->first_word);
    feminine = verb.size() == form.size() + std::string_view("ت").size() && verb.starts_with(form);
  }
  // A past verb in the masculine singular (اتهم، هاجم) does not agree with a body in the feminine right
  // after it (قوات الدعم السريع، الحكومة، حركة حماس take اتهمت): that body is its object and the subject
  // stands before it (نفى الجيش ...، واتهم قوات الدعم السريع بقصفه).
  bool masculine = false;
  if (verb_record != nullptr && t.end == t.first + 1 && !verb_record->noun && !verb_record->present) {
    std::string_view form = BareWord(verb_record->first_word);
    // (Not a word that is also a noun, دعم، قصف: a verbal noun read as the verb would take its genitive
    // for its object.)
    masculine = verb == form && !WordEndsWith(form, "ت") && !(text_.tokens[t.first].word_class & kWordNoun);
  }
  // (هاجمت ليلة الثلاثاء مسيرات روسية، اعتقلت فجر اليوم قوات الاحتلال: past a time adverbial.)
  const uint32_t after_verb = PastDateAt(t.end, c.end_token);
  const bool victims_verb = verb_record != nullptr && !verb_record->noun && (verb_record->flags & (kFlagKill | kFlagInjure));
  uint32_t window_end = after_verb + 4;
  // (قتل ما لا يقل عن ١٥ من الجنود، أصيب ٢٠ على الأقل من الجنود: the victims' window opens after their count.)
  if (uint32_t e = victims_verb ? quantity_end_[after_verb] : 0; e > after_verb) {
    window_end = std::max(window_end, CountEnd(e) + 3);
  }
  // احتج المئات على قرار الحكومة، لم يتظاهر أحد ضد القرار: the subject right after a protest verb may be a crowd
  // counted alone or nobody, who name no actor: the actor further on is what they protest, not its doer.
  if (verb_record != nullptr && WordStartsWith(verb_record->cameo, "14") && t.end < c.end_token &&
      (CrowdCountedAlone(t, c) != nullptr || NobodyAfter(t, c))) {
    return Arg{};
  }
  auto oblique_of_people = [&](std::string_view w) {
    constexpr std::string_view kYin = "ين";
    if (w.size() <= 2 * kYin.size() || !w.ends_with(kYin)) return false;
    const std::string_view singular = w.substr(0, w.size() - kYin.size());
    return WordEndsWith(singular, "ي") || lex_.IsSingularAgentForm(singular) || lex_.IsObliqueDualAgentForm(w);
  };
  // تجمع حشد من المواطنين، احتشد جمع غفير من الأهالي، تظاهرت حشود من المعلمين: a crowd word right after the verb (a
  // unit of word_kinds.tsv, no actor, read as no event or as none) with one word of its size or kind allowed, is the
  // subject's head; the people after its من are the subject.
  auto people_of_crowd = [&](uint32_t k) {
    const Token& w = text_.tokens[k];
    if (w.kind != TokenKind::kWord || w.prefixes != 0 || !(WordKindsAt(k) & kPartNounWord) || MentionAt(k) >= 0) return -1;
    const int32_t h = token_trigger_[k];
    if (h >= 0 && (hits_[h].first != k || !NoEventPhrase(*hit_payloads_[h]))) return -1;
    uint32_t j = h >= 0 ? hits_[h].end : k + 1;
    auto of_at = [&](uint32_t i) { return i < c.end_token && text_.tokens[i].prefixes == 0 && Bare(i) == "من"; };
    const bool of_inside = j > k + 1 && Bare(j - 1) == "من";  // (the line's own من: حشد من)
    if (!of_inside) {
      // (One plain word of its size, غفير، كبير, before من.)
      if (!of_at(j) && j + 1 < c.end_token && MentionAt(j) < 0 && token_trigger_[j] < 0 && text_.tokens[j].prefixes == 0 &&
          text_.tokens[j].kind == TokenKind::kWord && !(text_.tokens[j].word_class & (kWordVerb | kWordFunction)) &&
          of_at(j + 1)) {
        ++j;
      }
      if (!of_at(j)) return -1;
      ++j;
    }
    const int32_t m = j < c.end_token ? MentionAt(j) : -1;
    return m >= 0 && M(m).first_token == j && M(m).is_actor && !M(m).is_place() && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa))
               ? m
               : -1;
  };
  if (!plural && after_verb < c.end_token) {
    if (int32_t m = people_of_crowd(after_verb); m >= 0) {
      *after = true;
      Arg a = ResolveDemonstrative(m);
      a.how = "the people after the crowd word right after the verb (its من)";
      return a;
    }
  }
  for (uint32_t k = after_verb; !plural && k < c.end_token && k < window_end; ++k) {
    // (A machine of war that names a strike of its own, مسيرة، is the subject's head when its owner follows:
    // هاجمت مسيرة تابعة للدعم السريع سوقا، استهدفت طائرة مسيرة تابعة للجيش التشادي: one more word of the
    // machine's may stand before تابعة.)
    if (token_trigger_[k] >= 0 && !((WordKindsAt(k) & kMachineWord) && k + 2 < c.end_token &&
                                    (BelongingAt(k + 1) || (k + 3 < c.end_token && BelongingAt(k + 2) &&
                                                            text_.tokens[k + 1].kind == TokenKind::kWord &&
                                                            MentionAt(k + 1) < 0)))) {
      // قتل في القصف الإسرائيلي خمسة فلسطينيين، أصيب في الهجوم ثلاثة جنود: the subject of a killing or wounding
      // verb may stand past the event its victims fell in, a noun after في, خلال, جراء or إثر (and its
      // nationality adjective).
      const size_t hk = static_cast<size_t>(token_trigger_[k]);
      std::string_view prep = k > t.end ? Bare(k - 1) : std::string_view();
      if (victims_verb && !hit_verb_[hk] && hits_[hk].first == k && k == after_verb + 1 && text_.tokens[k].prefixes == kProAl &&
          (prep == "في" || prep == "خلال" || prep == "جراء" || prep == "اثر")) {
        uint32_t past = std::max(hits_[hk].end, hits_[hk].rest_end);
        if (int32_t a = past < c.end_token ? MentionAt(past) : -1;
            a >= 0 && M(a).first_token == past && M(a).demonym >= 0 && M(a).end_token == past + 1) {
          past = M(a).end_token;
        }
        window_end = past + 3;
        k = past - 1;
        continue;
      }
      break;
    }
    int32_t m = MentionAt(k);
    // (وهددت باستخدام القوة لإعادة النظام الدستوري: a word with لـ opens a purpose or a complement; the
    // subject stands before it.)
    // (Not لـ standing alone before a name in quotation marks: قال لـ«الشرق الأوسط» مسؤول.)
    if (m < 0 && text_.tokens[k].kind == TokenKind::kWord && (text_.tokens[k].prefixes & kProLi) && Bare(k).size() > 2) {
      break;
    }
    // (ودعت إلى تصنيف قوات الدعم السريع منظمة إرهابية: إلى before a noun that is no name nor the noun of a
    // place's kind opens the complement of a call or an effort; the actor after that noun is its genitive,
    // the one the act called for is done to. وصل إلى العاصمة بيروت وزير الخارجية keeps its subject.)
    if (m < 0 && text_.tokens[k].prefixes == 0 && Bare(k) == "الي" && k + 2 < c.end_token && MentionAt(k + 1) < 0 &&
        text_.tokens[k + 1].kind == TokenKind::kWord && !(WordKindsAt(k + 1) & kDescriptorWord)) {
      break;
    }
    // وقد شن هذا التنظيم هجوما، والتقى الأخير الرئيس: the actor the noun refers back to.
    if (int32_t a = m < 0 ? ReferredAt(k) : -1; a >= 0) {
      *after = true;
      return GroupOf(a, "the actor a demonstrative or الأخير refers back to");
    }
    // اتهمت المنظمة السلطات، طالبت اللجنة الحقوقية الحكومة: a definite noun no dictionary names, right after a verb
    // that takes an object, is its subject; the actor right after it (and an adjective of its own) is the object.
    if (m < 0 && k == after_verb && verb_record != nullptr && (verb_record->target & kTargetObject) &&
        UnnamedSubjectBefore(k, c.end_token)) {
      break;
    }
    if (m < 0) continue;
    // هاجمت زوارق تابعة للحرس الثوري ناقلة: machines of war right after the verb are their owner's, after تابعة
    // لـ (the machines in construct are no mention: the owner after them is found as any subject).
    if (M(m).first_token == k && (M(m).prefixes & kProLi) && MachinesOwnedBy(m, t.end) == t.end) {
      *after = true;
      return GroupOf(m, "owner of the machines of war that are the verb's subject (تابعة لـ)");
    }
    // أغارت طائرات الجيش الإسرائيلي على: so are aircraft in construct with their owner right after a verb of an air
    // strike that opens its clause, the verb agreeing with them, not with the owner.
    if (k == t.end + 1 && t.first == c.first_token && verb_record != nullptr && !verb_record->noun &&
        WordStartsWith(verb_record->cameo, "195") && M(m).first_token == k && !(M(m).prefixes & kPrepClitics) &&
        MachinesOwnedBy(m, t.end) == t.end) {
      *after = true;
      return GroupOf(m, "owner of the aircraft in construct that are the verb's subject");
    }
    if (masculine && k == t.end && M(m).is_actor && M(m).first_token == k && !(text_.tokens[k].prefixes & ~kProAl) &&
        FeminineBodyAt(m)) {
      break;
    }
    if (feminine && M(m).is_actor && M(m).first_token == k && !(text_.tokens[k].prefixes & ~kProAl) &&
        (M(m).record < 0 || !lex_.record(M(m).record).is_person) &&
        lex_.IsMasculineSingularAgentForm(BareWord(text_.Stem(text_.tokens[k])))) {
      break;
    }
    // داهمت قوات الأمن منزلا وقتلت مسلحين اثنين، اقتحمت القوات الإسرائيلية جنين وقتلت فلسطينيين: people right after
    // a verb joined by و or ف in the oblique case, a sound plural's or a dual's (the singular with ين: مسلحين،
    // جنديين; a nisba's يين: فلسطينيين، مدنيين), are its object, never its subject (مسلحون، جنديان): the subject is
    // the one of the verb before, which the joined verb shares. (Not after a count, whose genitive it is: قتل ثلاثة
    // مدنيين. Elsewhere the people are left to the readings of the passive and of the victims: خسرنا أمس جنديين.)
    if (k == after_verb && M(m).is_actor && M(m).first_token == k && !(text_.tokens[k].prefixes & ~kProAl) &&
        ConjunctionOnVerb(t.first, verb_record != nullptr ? std::string_view(verb_record->form) : "") &&
        oblique_of_people(Bare(k))) {
      break;
    }
    if ((M(m).is_actor || allow_place) && !IsPrepositional(m) && M(m).first_token == k) {
      *after = true;
      // قوة من الشرطة العراقية: a unit or a count of people is specified by what follows من. So are
      // people named by their role, armed or of the body's own sector, from a named body, not a state
      // (جنود من قوات اليونيفيل، صحفيون من قناة الجزيرة: of that body; لاجئون من سوريا only come from it, and
      // a body asks another: طلبت الحكومة الصومالية من الاتحاد الأفريقي).
      // (مقاتلون ينتمون إلى حركة الشباب، مسلحون منتمون لجماعة: a word of affiliation stands for من; مسلحون من
      // جماعة «أنصار الإسلام»: the group's name may follow its head noun in quotation marks.)
      uint32_t e = M(m).end_token;
      uint32_t f = GroupAfterOf(e, c.end_token);
      if (M(m).is_actor && M(m).record < 0 && f < c.end_token) {
        int32_t y = MentionAt(f);
        bool unit = M(m).sector.empty() || IsPartitiveHead(M(m).first_token);
        bool body = y >= 0 && M(m).agent >= 0 && M(y).record >= 0 && !M(y).is_place() &&
                    lex_.agents()[M(m).agent].kind_id == AgentKind::kGroup &&
                    (M(m).sector == M(y).sector || IsArmed(M(m).sector)) && !lex_.record(M(y).record).is_state &&
                    !lex_.record(M(y).record).is_person;
        if (y >= 0 && M(y).is_actor && M(y).first_token == f && (unit || body)) m = y;
      }
      return ResolveDemonstrative(m);
    }
    k = M(m).end_token - 1;
  }
  // قصف الجيش مواقع المسلحين وسقط قتلى، وسقط عشرات الجرحى: a verb whose subject is its victims and whose phrase ends
  // in a casualty noun (a noun line of killing or wounding alone: قتلى، جرحى، ضحايا), or counts one (PhraseAcrossCount),
  // has those dead for subject, named by no side: not the actor before it, the doer of the verb before. (Not a verb in
  // the plural, وسقطوا قتلى, whose subject is in it, nor the accusative of circumstance, وسقط قتيلا, no such noun.)
  if (verb_record != nullptr && !verb_record->noun && !verb_record->passive && verb_record->subj == ArgRole::kTarget &&
      !plural) {
    const uint32_t last = (t.rest_end > t.rest ? t.rest_end : t.end) - 1;
    // (Not a singular with the alif of the indefinite accusative, قتيلا، شهيدا، جريحا, the circumstance; a plural in
    // ايا, ضحايا, has none.)
    const PhraseMatcher& tm = trig_.triggers();
    const TokenKeys::Keys& lk = rec_.keys.tokens[last];
    const std::string_view lw = text_.Norm(text_.tokens[last]);
    const bool accusative = EndsInAccusativeAlifNotYa(lw);
    const uint32_t id = last > t.first && lk.count > 0 && !accusative ? tm.WordId(lk.key[0], lk.hash[0])
                                                                      : PhraseMatcher::kNoWord;
    const uint32_t node = id == PhraseMatcher::kNoWord ? 0 : tm.Step(0, id);
    const std::vector<uint32_t>* alone = node == 0 ? nullptr : tm.Payloads(node);
    bool victims = false;
    for (size_t i = 0; alone != nullptr && i < alone->size() && !victims; ++i) {
      const TriggerRecord& x = trig_.trigger((*alone)[i]);
      victims = x.noun && (x.flags & (kFlagKill | kFlagInjure));
    }
    if (victims) return Arg{};
  }
  // SVO: the nearest actor before the verb in the clause, not inside a prepositional phrase.
  // (Not past أنّ whose subject is a thing of another nationality: the actor before أنّ says so, أعلن
  // الجيش اللبناني أن الطائرات الإسرائيلية قصفت مواقعه. A definite noun alone after أنّ may be the speaker's
  // own body, أعلن مسؤولون في الحلف أن الحلف يبحث.)
  bool foreign_thing = false;  // a nationality that is no actor stands between here and the verb
  const bool joined = ConjunctionOnVerb(t.first, verb_record != nullptr ? std::string_view(verb_record->form) : "");
  for (int32_t k = static_cast<int32_t>(t.first) - 1; k >= static_cast<int32_t>(c.first_token); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    // (Nor past أنّ whose subject is a machine of war: قالت الوزارة إن الطائرات قصفت مستشفى.)
    bool machine_next = static_cast<uint32_t>(k) + 1 < t.first && MentionAt(k + 1) < 0 &&
                        text_.tokens[k + 1].prefixes == kProAl && (WordKindsAt(k + 1) & kMachineWord);
    if (m < 0 && (foreign_thing || machine_next) && !joined && AnnaAt(k)) break;
    // (Nor past أنّ whose subject is an indefinite noun of its own, no actor: قالت الوزارة إن منشأة للطاقة
    // تعرضت لهجوم; the speaker is not what underwent or did what the clause after أنّ says.)
    // (A noun with a pronoun is no indefinite one: إن بلاده لا تنوي شن حرب, his country is the speaker's. The
    // text layer may keep the pronoun on a word a dictionary lists whole, بلاده; the original letter, ه and not
    // ة, shows it.)
    auto with_pronoun = [&](uint32_t j) { return CarriesPronoun(text_, text_.tokens[j]); };
    if (m < 0 && !joined && static_cast<uint32_t>(k) + 1 < t.first && AnnaAt(k) && IsPlainNoun(k + 1) &&
        !with_pronoun(k + 1) && !(text_.tokens[k + 1].word_class & kWordVerb)) {
      break;
    }
    // (وكانت هذه الحركة قد هاجمت: the actor the noun refers back to.)
    if (int32_t a = m < 0 ? ReferredAt(static_cast<uint32_t>(k)) : -1; a >= 0) {
      return GroupOf(a, "the actor a demonstrative or الأخير refers back to");
    }
    if (m < 0) continue;
    foreign_thing = foreign_thing || (!M(m).is_actor && !M(m).is_place() && M(m).demonym >= 0);
    int32_t first = static_cast<int32_t>(M(m).first_token);
    if (M(m).is_actor && !IsPrepositional(m)) {
      int32_t g = group_of_[m];
      int32_t head = g >= 0 ? groups_[g].front() : m;
      if (IsGenitive(head)) {
        k = first;
        continue;
      }
      // جنودا ماليين ترافقهم عناصر أجنبية أعدموا، مسلحين يرافقهم مقاتلون أجانب هاجموا: before a verb in the plural,
      // the subject of a verb whose object is a plural pronoun (ترافقهم), in a clause that describes an indefinite
      // people right before it, is not the verb's: those people are, whom the pronoun refers back to.
      if (plural) {
        if (int32_t p = PeopleDescribedBefore(head, c); p >= 0) {
          Arg a = ResolveDemonstrative(p);
          a.how = "the people a clause with their pronoun describes, before the verb";
          return a;
        }
      }
      // رصد الجيش الإسرائيلي مسلحين من حماس وقصفهم: before a verb joined by و or ف, the object of the
      // verb before it is no subject; the subject of that verb is, which the joined verb shares.
      // (Nor, before it, an indefinite people in the accusative right after a verb: that verb's object, أطلق مسلحون
      // النار على حافلة تقل جنودا فقتلوا 11 منهم; the subject is sought further back.)
      if (joined && head == m && M(m).record < 0 && M(m).agent >= 0 && first > static_cast<int32_t>(c.first_token) &&
          !IsDefinite(text_, text_.tokens[first]) && WordEndsWith(text_.Text(text_.tokens[M(m).end_token - 1]), "ا") &&
          MentionAt(first - 1) < 0 && (text_.tokens[first - 1].word_class & kWordVerb) &&
          !(text_.tokens[first - 1].prefixes & (kProAl | kPrepClitics))) {
        k = first;
        continue;
      }
      if (joined) {
        if (int32_t s = SubjectBeforeObject(head, c); s >= 0) {
          Arg a = ResolveDemonstrative(s);
          a.how = "subject of the verb before, shared by the verb joined by و";
          return a;
        }
      }
      // قوات الأمن ومعها مسلحون بلباس مدني هاجموا البلدة: the people after ومعها go with the subject, the actor before.
      if (int32_t l = LeaderAccompanied(head); l >= 0) {
        Arg a = ResolveDemonstrative(l);
        a.how = "the actor before ومعها، ومعه: the people after it accompany it";
        return a;
      }
      return ResolveDemonstrative(head);
    }
    k = first;
  }
  return Arg{};
}

int32_t DocumentCoder::LeaderAccompanied(int32_t m) const {
  const uint32_t k = M(m).first_token;
  if (k < 2) return -1;
  const Token& with = text_.tokens[k - 1];
  if (with.kind != TokenKind::kWord || with.prefixes != kProWa || with.suffix == Enclitic::kNone || Bare(k - 1) != "مع" ||
      with.sentence != text_.tokens[k].sentence) {
    return -1;
  }
  const int32_t l = MentionAt(k - 2);
  if (l < 0 || M(l).end_token != k - 1 || !M(l).is_actor || M(l).object || IsPrepositional(l)) return -1;
  const int32_t g = group_of_[l];
  return g >= 0 ? groups_[g].front() : l;
}

int32_t DocumentCoder::PeopleDescribedBefore(int32_t head, const Clause& c) const {
  // (The describing clause's subject, up to eight words with its adjectives: عناصر أجنبية ناطقة بالروسية.)
  constexpr uint32_t kDescribingReach = 8;
  const uint32_t f = M(head).first_token;
  for (uint32_t v = f; v-- > c.first_token + 1 && v + kDescribingReach > f;) {
    const Token& w = text_.tokens[v];
    if (w.kind != TokenKind::kWord || token_trigger_[v] >= 0 || AnnaAt(v) || RelativePronounAt(v)) return -1;
    if (MentionAt(v) >= 0 || w.suffix != Enclitic::kHum) continue;
    // (A verb with its object pronoun, no preposition with it: منهم، عليهم.)
    if (w.prefixes != 0 || (w.word_class & (kWordFunction | kWordPreposition)) ||
        (w.word_class != 0 && !(w.word_class & kWordVerb))) {
      return -1;
    }
    const int32_t p = MentionAt(v - 1);
    if (p < 0 || M(p).end_token != v || !M(p).is_actor || M(p).agent < 0 || IsPrepositional(p) ||
        IsDefinite(text_, text_.tokens[M(p).first_token])) {
      return -1;
    }
    const int32_t g = group_of_[p];
    return g >= 0 ? groups_[g].front() : p;
  }
  return -1;
}

bool DocumentCoder::UnnamedSubjectBefore(uint32_t k, uint32_t end) const {
  auto definite_noun = [&](uint32_t j) {
    const Token& w = text_.tokens[j];
    return w.kind == TokenKind::kWord && w.prefixes == kProAl && w.suffix == Enclitic::kNone && MentionAt(j) < 0 &&
           token_trigger_[j] < 0 && (w.word_class & kWordNoun) &&
           !(w.word_class & (kWordFunction | kWordNumber | kWordPreposition));
  };
  for (uint32_t j = k; j < end && j < k + 2 && definite_noun(j); ++j) {
    int32_t m = j + 1 < end ? MentionAt(j + 1) : -1;
    if (m >= 0 && M(m).first_token == j + 1 && M(m).is_actor && !M(m).object && !(M(m).prefixes & ~kProAl)) return true;
  }
  return false;
}

bool DocumentCoder::SubjectlessSayingBefore(uint32_t k) const {
  for (uint32_t j = k; j-- > 0 && j + 5 >= k;) {
    const Token& w = text_.tokens[j];
    if (w.kind != TokenKind::kWord || w.sentence != text_.tokens[k].sentence) return false;
    if (int32_t m = MentionAt(j); m >= 0 && M(m).is_actor) return false;
    // (The medium may itself be a cue of report: في بيان.)
    if (CueStartsAt(j, CueKind::kReported) && j > 0 && text_.tokens[j - 1].sentence == w.sentence &&
        (text_.tokens[j - 1].kind == TokenKind::kPunct || text_.clauses[w.clause].first_token == j)) {
      return true;
    }
  }
  return false;
}

int32_t DocumentCoder::SpeakerBeforeSubjectlessSaying(uint32_t k) const {
  const uint32_t sentence = text_.tokens[k].sentence;
  const uint32_t first = text_.sentences[sentence].first_token;
  if (sentence == 0 || k > first + 4 || !CueStartsAt(first, CueKind::kReported)) return -1;
  for (uint32_t j = first; j < k; ++j) {
    if (MentionAt(j) >= 0) return -1;
  }
  // The subject of the verb opening the sentence before: its first actor, within four words of its start
  // (أعلنت الشرطة المصرية، أكد الجيش النيجيري), not after a preposition nor a genitive.
  const Sentence& before = text_.sentences[sentence - 1];
  for (uint32_t j = before.first_token + 1; j < before.end_token && j < before.first_token + 4; ++j) {
    int32_t m = MentionAt(j);
    if (m < 0) continue;
    if (!M(m).is_actor || M(m).first_token != j || IsPrepositional(m) || IsGenitive(m)) return -1;
    return m;
  }
  return -1;
}

bool DocumentCoder::FeminineBodyAt(int32_t m) const {
  std::string_view head = Bare(M(m).first_token);
  bool plural = head.size() > std::string_view("هات").size() && head.ends_with("ات");
  if (M(m).record >= 0) {
    const auto& r = lex_.record(M(m).record);
    // (A state is one whose name is feminine in form: روسيا، رواندا، الولايات المتحدة. Most other states are
    // feminine too, مصر، إيران، but some are not, العراق، لبنان، السودان: only the form decides.)
    // (A state after a title in construct has the title's gender, read below: رئيسا مصر، حكومة مصر.)
    if (r.is_state && M(m).agent < 0) {
      return plural || (head.size() > std::string_view("اا").size() && head.ends_with("ا"));
    }
    if (!r.is_state) {
      return !r.is_person && (plural || (head.size() > std::string_view("هه").size() && head.ends_with("ه")));
    }
  }
  return M(m).agent >= 0 && (plural || lex_.IsFeminineSingularAgentForm(head));
}

uint32_t DocumentCoder::MachinesOwnedBy(int32_t m, uint32_t first) const {
  const Mention& x = M(m);
  if (!x.is_actor || x.object || x.first_token < first + 1) return UINT32_MAX;
  const uint16_t clitics = x.prefixes & (kPrepClitics | kProWa | kProFa);
  uint32_t k = x.first_token - 1;
  bool belonging = false;
  if (clitics == kProLi && k > first && !(text_.tokens[k].prefixes & ~kProAl) &&
      BelongingAt(k)) {
    belonging = true;
    --k;
  } else if (clitics != 0) {
    return UINT32_MAX;
  }
  const Token& w = text_.tokens[k];
  auto machine = [&](uint32_t j) {
    return MentionAt(j) < 0 && text_.tokens[j].kind == TokenKind::kWord && (WordKindsAt(j) & kMachineWord) &&
           text_.tokens[j].suffix == Enclitic::kNone && !(text_.tokens[j].prefixes & ~(kProAl | kProWa | kProFa));
  };
  // (In construct the machine takes no article, and the owner is definite: مسيرات الحوثيين، طائرات الجيش; by its
  // article, which the text layer may keep in the stem, القوات الجوية, or by a definite genitive of its own, سلاح الجو.)
  const bool definite_owner = IsDefinite(text_, text_.tokens[x.first_token]) ||
                              (x.end_token > x.first_token + 1 && IsDefinite(text_, text_.tokens[x.first_token + 1]));
  if (!belonging && ((w.prefixes & kProAl) || (x.record < 0 && !definite_owner))) {
    return UINT32_MAX;
  }
  if (machine(k)) return k > first && machine(k - 1) ? k - 1 : k;
  // (طائرات حربية تابعة للجيش: one adjective of the machine before تابعة.)
  if (belonging && k > first && machine(k - 1) && IsPlainNoun(k)) return k - 1;
  return UINT32_MAX;
}

int32_t DocumentCoder::SubjectBeforeObject(int32_t head, const Clause& c) const {
  uint32_t f = M(head).first_token;
  if (f < c.first_token + 2) return -1;
  // استقبل رئيس الوزراء في بغداد وزير الخارجية التركي: where the act took place may stand between the
  // subject and the object (في بغداد، بقصر المرادية).
  if (int32_t p = MentionAt(f - 1); p >= 0 && M(p).end_token == f && M(p).is_place()) {
    uint16_t prep = PrepositionOf(p);
    uint32_t pf = M(p).first_token;
    if (prep == kTargetBi && (M(p).prefixes & kProBi)) {
      f = pf;
    } else if (prep == kTargetFi) {
      // (The preposition word, with the descriptors between it and the name: في العاصمة بغداد.)
      for (uint32_t k = pf; k > c.first_token + 1 && k + 4 > pf; --k) {
        if (text_.tokens[k - 1].prefixes == 0 && Bare(k - 1) == "في") {
          f = k - 1;
          break;
        }
      }
    }
    if (f < c.first_token + 2) return -1;
  }
  int32_t m = MentionAt(f - 1);
  if (m < 0 || M(m).end_token != f || !M(m).is_actor || IsPrepositional(m)) return -1;
  int32_t g = group_of_[m];
  int32_t s = g >= 0 ? groups_[g].front() : m;
  uint32_t v = M(s).first_token;
  if (v <= c.first_token || (g >= 0 && g == group_of_[head])) return -1;
  const Token& verb = text_.tokens[v - 1];
  bool is_verb = verb.kind == TokenKind::kWord && MentionAt(v - 1) < 0 && !(verb.prefixes & (kProAl | kPrepClitics)) &&
                 ((verb.word_class & kWordVerb) || (token_trigger_[v - 1] >= 0 && hit_verb_[token_trigger_[v - 1]]));
  return is_verb ? s : -1;
}

bool DocumentCoder::AnnaAt(uint32_t k) const {
  return Bare(k) == "ان" || BareWord(text_.Norm(text_.tokens[k])) == "بان";
}

uint32_t DocumentCoder::OpeningAfter(uint32_t first, uint32_t before) const {
  // A dateline (اليمن: الحوثيون يقصفون) or the speaker of a headline (الجيش السوداني: الدعم السريع
  // يقصف الفاشر) opens the sentence before a colon; the news starts after it.
  // A wire's bar or a dash after the label (عاجل | الجيش يقصف، بغداد - محتجون يغلقون) is the colon of a ticker or of
  // an agency's dateline, and two dots a headline's (الموصل.. معلمون يضربون): read as the colon is. A dash only after
  // a place or a word no mention is (a kicker): a dash after a name may join it to another (ليبيا - تونس، حماس - فتح)
  // and is no label's; a dash further on in the sentence (a range, a compound name) is no opening at all.
  auto label_mark = [&](uint32_t k, bool dash_too) {
    const std::string_view p = text_.Norm(text_.tokens[k]);
    return IsColonMark(p) || (dash_too && IsDashMark(p));
  };
  int32_t d = MentionAt(first);
  if (d >= 0 && (M(d).is_place() || M(d).is_actor) && M(d).first_token == first && M(d).end_token < before &&
      label_mark(M(d).end_token, M(d).is_place())) {
    return M(d).end_token + 1;
  }
  // So does a one-word kicker (عاجل: الجيش يقصف، تقرير:، بالفيديو:، عاجل | ...، عاجل - ...).
  if (d < 0 && first + 2 < before && text_.tokens[first].kind == TokenKind::kWord && label_mark(first + 1, true)) {
    return first + 2;
  }
  // And a kicker of two to five words, a noun and its complements, before a colon or a bar (عودة الحراك: الآلاف
  // يتظاهرون، غضب الشارع | محتجون يغلقون، غضب في بغداد بعد الحادث: محتجون يغلقون ...): words only, no verb among
  // them, and no word of saying (قال الوزير: is a speaker's quote).
  constexpr uint32_t kKickerWords = 5;
  if (d >= 0) return first;
  for (uint32_t k = first; k < before && k <= first + kKickerWords; ++k) {
    const Token& w = text_.tokens[k];
    if (Rarely(k >= first + 2 && k + 1 < before && label_mark(k, false))) {
      return CueStartsAt(first, CueKind::kReported) ? first : k + 1;
    }
    if (w.kind != TokenKind::kWord || IsVerbNotNoun(w.word_class)) break;
  }
  return first;
}

// (A phrase of agency is read up to eight words after its verb, and up to twelve across an object, a means and a
// place with no punctuation or other event word between: IsAgencyPhraseOf.)
constexpr uint32_t kAgencyReach = 8;
constexpr uint32_t kAgencyFarReach = 12;

Arg DocumentCoder::ByAgent(const TriggerHit& t, const Clause& c) const {
  // (Where IsAgencyPhraseOf looks; none in a document with no phrase of agency, most.)
  for (const CueHit& q : CuesOfKindsIn(t.end, t.end + kAgencyFarReach + 1, CueKind::kByAgent)) {
    if (!IsAgencyPhraseOf(q, t, c)) continue;
    int32_t m = MentionAt(q.end);
    // غارة نفذها طيران الجيش السوري، غارات شنها طيران قوات حفتر: طيران, an agent of no one, is the air force of the owner
    // named right after it (as aircraft are, ReadNounArguments), who is the doer.
    if (m >= 0 && M(m).first_token == q.end && M(m).end_token == q.end + 1 && M(m).record < 0 && M(m).country.empty() &&
        (WordKindsAt(q.end) & kMachineWord) && text_.tokens[q.end].suffix == Enclitic::kNone &&
        q.end + 1 < c.end_token) {
      const int32_t o = MentionAt(q.end + 1);
      if (o >= 0 && M(o).first_token == q.end + 1 && M(o).is_actor && !M(o).object &&
          !(M(o).prefixes & (kPrepClitics | kProWa | kProFa)) &&
          (M(o).record >= 0 || (text_.tokens[q.end + 1].prefixes & kProAl))) {
        return GroupOf(o, "by '" + trig_.cue(q.record).form + "', the owner of the aircraft");
      }
    }
    if (m >= 0 && M(m).is_actor) return GroupOf(m, "by '" + trig_.cue(q.record).form + "'");
  }
  return Arg{};
}

// (A means after بـ is one to three words, a noun of its own or not: بطائرات مسيرة انتحارية.)
constexpr uint32_t kMeansBeforeMinReach = 3;

Arg DocumentCoder::DoerAfterMin(const TriggerHit& t, const Clause& c) const {
  uint32_t k = t.end;
  if (k < c.end_token && (text_.tokens[k].prefixes & kProBi) && MentionAt(k) < 0) {
    uint32_t limit = std::min(c.end_token, t.end + kMeansBeforeMinReach);
    while (k < limit && MentionAt(k) < 0 && !(k > t.end && text_.tokens[k].prefixes != 0) &&
           Bare(k) != "من") {
      ++k;
    }
  }
  if (k + 1 >= c.end_token || text_.tokens[k].prefixes != 0 || Bare(k) != "من") return Arg{};
  ++k;
  // (جانب may be read with the force after it as one mention, of that force.)
  if (k + 1 < c.end_token && MentionAt(k) < 0 && text_.tokens[k].prefixes == 0 && (Bare(k) == "جانب" || Bare(k) == "طرف")) ++k;
  int32_t m = MentionAt(k);
  if (m < 0 || M(m).first_token != k || text_.tokens[k].prefixes != 0 || !ArmedForce(M(m)) || M(m).is_place()) {
    return Arg{};
  }
  Arg doer = ResolveDemonstrative(m);
  doer.how = "the armed force after من, the attack's doer";
  return doer;
}

bool DocumentCoder::AgencyPhraseAfter(const TriggerHit& t, const Clause& c) const {
  for (const CueHit& q : CuesOfKindsIn(t.end, t.end + kAgencyFarReach + 1, CueKind::kByAgent)) {
    if (IsAgencyPhraseOf(q, t, c)) return true;
  }
  return false;
}

bool DocumentCoder::IsAgencyPhraseOf(const CueHit& q, const TriggerHit& t, const Clause& c) const {
  if (q.kind != CueKind::kByAgent || q.first < t.end || q.first > t.end + kAgencyFarReach || q.end >= c.end_token) {
    return false;
  }
  if (q.first <= t.end + kAgencyReach) return true;
  // قتل صحفي بالرصاص داخل سيارته في مدينة أوروابان بولاية ميتشواكان على يد مسلحين: past the usual reach, a phrase
  // of agency is still the verb's where only its object, means and place stand between them: no punctuation and
  // no other event word (not قبل أن يقتل المنفذ برصاص ..., another verb's doer). An event noun that is the bare
  // indefinite genitive of the word before it (قتل موظف إغاثة يعمل في مخيم ...، اختطف عامل إنقاذ) names that word's
  // kind or work, not an act with a doer of its own: it stands between like any other word of the description.
  auto kind_genitive = [&](int32_t x) {
    const TriggerHit& h = hits_[x];
    const TriggerRecord* r = ChooseRecord(h, *hit_payloads_[x]);
    if (r == nullptr || !r->noun || h.first <= t.end || h.rest_end > h.rest) return false;
    const Token& word = text_.tokens[h.first];
    const Token& before = text_.tokens[h.first - 1];
    return word.prefixes == 0 && before.kind == TokenKind::kWord && before.prefixes == 0 &&
           before.suffix == Enclitic::kNone && token_trigger_[h.first - 1] < 0 &&
           !(before.word_class & (kWordFunction | kWordNumber));
  };
  for (uint32_t k = t.end; k < q.first; ++k) {
    if (text_.tokens[k].kind == TokenKind::kPunct) return false;
    if (const int32_t h = token_trigger_[k]; h >= 0) {
      if (!kind_genitive(h)) return false;
      k = hits_[h].end - 1;
    }
  }
  return true;
}

std::optional<int64_t> DocumentCoder::CountNear(const TriggerHit& t, const Clause& c) const {
  // The count after the trigger starting in [from, reach], or right before it.
  auto count_in = [&](uint32_t from, uint32_t reach) -> std::optional<int64_t> {
    for (const Quantity& q : QuantitiesTouching(t.first, reach)) {
      if (!q.unit.empty()) continue;
      bool after = q.first_token >= from && q.first_token <= reach && q.end_token <= c.end_token;
      // (قتل مدنيان وجرح خمسة: not the count of a trigger joined by و after it.)
      for (uint32_t k = t.end; after && k < q.first_token; ++k) {
        after = !(token_trigger_[k] >= 0 && (text_.tokens[k].prefixes & kProWa));
      }
      // A number counts the noun right after it, not one behind a preposition (الذكرى 13 لمجزرة) or joined by و to
      // what the number ends (مقتل خمسة وإصابة عشرة: the five are the dead).
      bool before = q.end_token == t.first && q.first_token >= c.first_token &&
                    !(text_.tokens[t.first].prefixes & (kPrepClitics | kProWa));
      if (!after && !before) continue;
      // ست سنوات، ثلاثة أيام: a span of time, not people.
      if (TimeAfterCount(q.end_token)) continue;
      // A four-digit number between 1900 and 2100 is a year, not a count.
      const Token& tok = text_.tokens[q.first_token];
      if (tok.kind == TokenKind::kNumber && q.value >= 1900 && q.value <= 2100 && q.end_token - q.first_token == 1) continue;
      if (q.value <= 0 || q.value != std::floor(q.value)) continue;
      // الجنود الثلاثة: a definite number refers to people counted before, not to a toll.
      if (!q.vague && (text_.tokens[q.first_token].prefixes & kProAl)) continue;
      return static_cast<int64_t>(q.value);
    }
    return std::nullopt;
  };
  if (std::optional<int64_t> n = count_in(t.end, t.end + 3)) return n;
  // قتل أمس (الاثنين) ثلاثة جنود: past a longer date right after the trigger, the count right after that date.
  if (t.end >= c.end_token || !StartsDate(t.end)) return std::nullopt;
  const uint32_t past_date = PastDateAt(t.end, c.end_token);
  return past_date > t.end + 3 ? count_in(past_date, past_date) : std::nullopt;
}

bool DocumentCoder::Host(int32_t m) const {
  uint32_t first = M(m).first_token;
  if (first == 0 || (M(m).prefixes & (kPrepClitics | kProWa | kProFa))) return false;
  int32_t h = token_trigger_[first - 1];
  if (h < 0 || !hit_verb_[h] || hits_[h].end != first) return false;
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  return r != nullptr && r->cameo == "043";
}

int32_t DocumentCoder::PlaceFor(const TriggerHit& t, const Clause& c, const Arg& target, const Arg& doer) const {
  auto locative = [&](int32_t m) {
    uint16_t p = PrepositionOf(m);
    return p == kTargetFi || p == kTargetBi || p == kTargetMin || p == kTargetIla || p == kTargetAla;
  };
  // A whole country or region (في العراق، في الغرب الليبي، المغرب العربي) gives way to a town or site
  // named in the clause; the nearest such area is taken when the clause names nothing finer.
  auto whole_country = [&](int32_t m) { return WholeArea(lex_.places()[M(m).place].kind); };
  int32_t country = -1;  // the first whole country or region met
  // Whether a town or site is taken: before any country, or within the country met.
  auto finer = [&](int32_t m) {
    if (country < 0) return true;
    const std::string& area = lex_.places()[M(country).place].country;
    return !area.empty() && area == lex_.places()[M(m).place].country;
  };
  // Whether place m is the event's; a whole country or region is kept aside as the fallback.
  auto take = [&](int32_t m) {
    if (!whole_country(m)) return finer(m);
    if (country < 0) country = m;
    return false;
  };
  int32_t fallback_after = -1;
  // The subject right after a verb (اتفقت مصر والسودان) is who acts, not where; its object may be
  // (قصفت إسرائيل لبنان).
  int32_t h = token_trigger_[t.first];
  bool verb = h >= 0 && hit_verb_[h];
  uint32_t subject_at = t.end;  // (past كل من: أدانت كل من السعودية والإمارات)
  if (t.end + 2 < c.end_token && Bare(t.end) == "كل" && Bare(t.end + 1) == "من") subject_at = t.end + 2;
  // (The subject may be a list: اتفقت مصر والسودان.)
  auto list_head = [&](int32_t m) {
    return group_of_[m] >= 0 ? M(groups_[group_of_[m]][0]).first_token : M(m).first_token;
  };
  // States listed after بين (توسطت قطر بين حماس وإسرائيل) are parties, not where.
  auto party = [&](int32_t m) {
    if (!M(m).is_actor || group_of_[m] < 0) return false;
    uint32_t first = M(groups_[group_of_[m]][0]).first_token;
    return first > c.first_token && Bare(first - 1) == "بين";
  };
  // A state in the genitive of an event noun (اتهام إسرائيل، مساعدات الولايات المتحدة) is its doer, not where.
  // (Not of a fight or a protest, whose genitive is where as often: حرب لبنان، غزو العراق.)
  auto genitive_state = [&](int32_t m) {
    uint32_t first = M(m).first_token;
    if (!M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) || first <= c.first_token) return false;
    const Token& n = text_.tokens[first - 1];
    int32_t nh = token_trigger_[first - 1];
    if (n.kind != TokenKind::kWord || MentionAt(first - 1) >= 0 || (n.prefixes & kProAl) || n.suffix != Enclitic::kNone ||
        nh < 0 || hits_[nh].end != first) {
      return false;
    }
    const TriggerRecord* r = ChooseRecord(hits_[nh], *hit_payloads_[nh]);
    const CameoCode* code = r != nullptr && r->noun ? ont_.Find(r->cameo) : nullptr;
    return code != nullptr && code->plover_type != PloverType::kAssault && code->plover_type != PloverType::kProtest &&
           code->plover_type != PloverType::kNone;
  };
  // (Not where something comes from or heads to, after a word of coder/word_kinds.tsv kind heading: قوافل على الطرق
  // القادمة من السنغال، سفن الأسطول المتجه إلى غزة. A word of place may stand before the name, القادمة من ميناء جدة,
  // and the end of a journey after its start is a place of passage too: متوجهة من حلب إلى إدلب.)
  auto passage = [&](int32_t m) {
    const uint32_t start = text_.sentences[c.sentence].first_token;
    for (int legs = 0; legs < 2; ++legs) {
      uint32_t k = M(m).first_token;
      if (k > start && MentionAt(k - 1) < 0 && text_.tokens[k - 1].prefixes == 0 &&
          (lex_.word_kinds().Of(Bare(k - 1)) & kPlaceNounWord)) {
        --k;
      }
      if (k < start + 2) return false;
      const BareText p = Bare(k - 1);
      if (p != "من" && p != "الي") return false;
      if (WordKindsAt(k - 2) & kHeadingWord) return true;
      const int32_t from = MentionAt(k - 2);
      if (p != "الي" || from < 0 || from == m || !M(from).is_place() || M(from).end_token != k - 1) return false;
      m = from;
    }
    return false;
  };
  // (Not the backer or the giver: بدعم من إيران، بإسناد جوي من روسيا، مساعدات من الإمارات.)
  auto backer = [&](int32_t m) {
    uint32_t first = M(m).first_token;
    if (first < text_.sentences[c.sentence].first_token + 2 || Bare(first - 1) != "من" ||
        text_.tokens[first - 1].prefixes != 0) {
      return false;
    }
    uint32_t w = first - 2;
    if ((WordKindsAt(w) & kBackingWord) && MentionAt(w) < 0) return true;
    return w > text_.sentences[c.sentence].first_token && (WordKindsAt(w - 1) & kBackingWord) && MentionAt(w - 1) < 0 &&
           MentionAt(w) < 0 && IsPlainNoun(w);
  };
  // The place in construct after an object the event hits (قصفت القوات مخيم زمزم، قرية الناقورة) is where it
  // stands: the event's place, as one after a preposition is.
  auto site_of_target = [&](int32_t m) {
    return std::any_of(target.members.begin(), target.members.end(),
                       [&](int32_t g) { return M(g).object && M(g).end_token == M(m).first_token; });
  };
  // (And after any object that stands after a preposition of place: في سوق دمشق، بمستشفى غزة. The building
  // is no place of its own; the town is where it stands.)
  auto site_of_located_object = [&](int32_t m) {
    const uint32_t f = M(m).first_token;
    const int32_t o = f > c.first_token ? MentionAt(f - 1) : -1;
    return o >= 0 && o != m && M(o).object && M(o).end_token == f && locative(o);
  };
  // في أحد شوارع مدينة القيروان، في وسط سوق مدينة الحلة: a place closing a chain of nouns of place in construct opened
  // by في is where, as one right after في is. (The nouns are words of place, direction or a site of a town, kinds
  // place_noun, direction and town_site, with no article, pronoun or clitic, or an object hit: في حق تركيا، في ظل أزمة
  // لبنان are no place.)
  auto located_in_construct = [&](int32_t m) {
    if (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) return false;
    uint32_t k = M(m).first_token;
    for (int words = 0; words < 4 && k > c.first_token; ++words) {
      const uint32_t j = k - 1;
      // (A site hit, read as an object, may stand in the chain: في وسط سوق مدينة الحلة.)
      if (const int32_t n = MentionAt(j); n >= 0) {
        if (!M(n).object || (M(n).prefixes & (kPrepClitics | kProWa | kProFa))) return false;
        k = M(n).first_token;
        continue;
      }
      const Token& w = text_.tokens[j];
      if (w.kind != TokenKind::kWord || w.prefixes != 0 || w.suffix != Enclitic::kNone || token_trigger_[j] >= 0) {
        return false;
      }
      const BareText bare = Bare(j);
      if (bare == "في") return words > 0;
      const bool site =
          (lex_.word_kinds().Of(bare) & kPlaceNounWord) != 0 || (WordKindsAt(j) & (kDirectionWord | kTownSiteWord));
      if (!site) return false;
      k = j;
    }
    return false;
  };
  // في محافظة ديالى شمال شرق بغداد، في بلدة قرب الحدود: a place after a direction word that follows another
  // place is the landmark that places the first, not where the event is. The place it places
  // (landmarked, or -1).
  auto landmarked = [&](int32_t m) -> int32_t {
    uint32_t k = M(m).first_token;
    int words = 0;
    while (words < 2 && k > c.first_token && (WordKindsAt(k - 1) & kDirectionWord) && MentionAt(k - 1) < 0 &&
           text_.tokens[k - 1].prefixes == 0) {
      --k;
      ++words;
    }
    if (words == 0 || k == c.first_token) return -1;
    int32_t p = MentionAt(k - 1);
    return p >= 0 && p != m && M(p).is_place() && M(p).end_token == k ? p : -1;
  };
  auto landmark = [&](int32_t m) { return landmarked(m) >= 0; };
  // استضافت القاهرة محادثات بشأن غزة، مفاوضات حول وقف إطلاق النار في غزة: the first place in the topic of talks (after
  // بشأن، حول، حيال، بخصوص) is what they are about, not where they are held; the host after استضاف is. (The tokenizer
  // holds بشأن and بخصوص whole, with their ب: both spellings are read.)
  // (ChooseRecord gives one of the hit's lines: where none is of talks, it is not asked.)
  bool talks = false;
  if (h >= 0) {
    for (uint32_t p : *hit_payloads_[h]) talks = talks || trig_.trigger(p).cameo.starts_with("04");
  }
  if (talks) {
    const TriggerRecord* own = ChooseRecord(hits_[h], *hit_payloads_[h]);
    talks = own != nullptr && own->cameo.starts_with("04");
  }
  auto topic_word = [&](uint32_t k) {
    const uint8_t prep = text_.tokens[k].prefixes & kPrepClitics;
    BareText w = Bare(k);
    return text_.tokens[k].kind == TokenKind::kWord &&
           (prep == kProBi ? (w == "شان" || w == "خصوص")
                           : prep == 0 && (w == "حول" || w == "حيال" || w == "بشان" || w == "بخصوص"));
  };
  // (From a word in no mention, the walks below go on at the next mention, once they have met one: the mentions are
  // in text order and do not overlap, so forward it is the one after the last met, and backward the one before it.)
  const std::vector<Mention>& mentions = rec_.mentions;
  uint32_t topic_from = UINT32_MAX;  // (the token after the topic word, until its first place)
  bool topic_read = false;
  // (One flag tested per word, cleared at the topic word: no topic is read before one is found.)
  bool seek_topic = talks;
  size_t ahead = SIZE_MAX;  // (the index of the mention after the last met)
  for (uint32_t k = t.end; k < c.end_token; ++k) {
    if (seek_topic && topic_word(k)) {
      topic_from = k + 1;
      seek_topic = false;
    }
    int32_t m = MentionAt(k);
    if (m < 0) {
      if (seek_topic || ahead == SIZE_MAX) continue;
      if (ahead == mentions.size()) break;
      k = std::max(k + 1, mentions[ahead].first_token) - 1;
      continue;
    }
    ahead = static_cast<size_t>(m) + 1;
    // (بدأت مفاوضات بخصوص الأسرى في الدوحة، مشاورات بخصوص الأزمة الليبية في تونس: after في, the clause's last place,
    // with no other after في before it, is where the talks are held when it is a capital or the topic has named its
    // own state before it.)
    const auto venue = [&] {
      if (PrepositionOf(m) != kTargetFi) return false;
      bool located = false;
      for (size_t n = 0; n < mentions.size() && mentions[n].first_token < c.end_token; ++n) {
        if (mentions[n].first_token < c.first_token || static_cast<int32_t>(n) == m) continue;
        const bool in_topic = mentions[n].first_token >= topic_from && mentions[n].first_token < M(m).first_token;
        if (!in_topic && mentions[n].is_place() &&
            (mentions[n].first_token > M(m).first_token || PrepositionOf(static_cast<int32_t>(n)) == kTargetFi)) {
          return false;
        }
        located = located || (in_topic && !mentions[n].country.empty());
      }
      if (located || CapitalAt(m)) return true;
      // (جولة مفاوضات بشأن الممرات الآمنة في إسطنبول: a topic of things alone, no actor, event, war or situation in it
      // (word_kinds.tsv situation), has no place of its own; a town after في closing the clause is the venue.)
      if (topic_from > M(m).first_token || lex_.places()[M(m).place].kind == "country") return false;
      for (uint32_t j = topic_from; j < M(m).first_token; ++j) {
        if (MentionAt(j) >= 0 || token_trigger_[j] >= 0 ||
            (WordKindsAt(j) & (kWarWord | kWholeWarWord | kPhenomenonWord | kDangerWord | kSituationWord))) {
          return false;
        }
      }
      return true;
    };
    if (M(m).is_place() && !topic_read && topic_from <= k && k < topic_from + 6 && !venue()) {
      topic_read = true;  // (one place only: محادثات بشأن غزة في القاهرة)
      k = M(m).end_token - 1;
      continue;
    }
    if (M(m).is_place() && (passage(m) || backer(m))) {
      k = M(m).end_token - 1;
      continue;
    }
    // (خلال اقتحامها مخيم بلاطة شرقي نابلس: what the landmark places is where, though no preposition governs it. Not
    // a place of passage: in سفينة قادمة من جدة قبالة سواحل الصومال, the ship is off Somalia's coast, not in Jeddah.)
    if (int32_t placed = M(m).is_place() ? landmarked(m) : -1; placed >= 0 && !passage(placed)) {
      if (M(placed).first_token >= t.end && !M(placed).is_actor && take(placed)) return placed;
      k = M(m).end_token - 1;
      continue;
    }
    if (M(m).is_place() && (locative(m) || site_of_target(m) || site_of_located_object(m) || located_in_construct(m)) &&
        take(m)) {
      return m;
    }
    // (Not the state an act serves, لصالح إسرائيل، لحساب إيران: who gains, not where.)
    bool served = M(m).first_token > c.first_token &&
                  (TextEqual(text_.Norm(text_.tokens[M(m).first_token - 1]), "لصالح") ||
                   TextEqual(text_.Norm(text_.tokens[M(m).first_token - 1]), "لحساب"));
    // (Nor one after مع or عن: whom the act is with or about, تضامنا مع غزة; but على الحدود مع لبنان places it,
    // and a launch باتجاه إيلات is aimed there.)
    const uint32_t mf = M(m).first_token;
    const bool addressee = (PrepositionOf(m) & (kTargetMaa | kTargetAn)) != 0 &&
                           !(mf >= c.first_token + 2 && Bare(mf - 2) == "حدود");
    if (M(m).is_place() && fallback_after < 0 && k < t.end + 4 && !served && !addressee &&
        !(verb && M(m).is_actor && list_head(m) == subject_at) && !party(m) && !genitive_state(m) &&
        std::find(doer.members.begin(), doer.members.end(), m) == doer.members.end()) {
      fallback_after = m;
    }
    k = M(m).end_token - 1;
  }
  // The word the backward walks read after word k, in no mention: the last word of the mention before the last one
  // met (`behind`, its index), the word before k until one is met, or -1 when no mention is left before.
  auto word_before = [&](int32_t k, size_t behind) -> int32_t {
    if (behind == SIZE_MAX) return k - 1;
    if (behind == 0) return -1;
    return std::min(k - 1, static_cast<int32_t>(mentions[behind - 1].end_token) - 1);
  };
  size_t behind = SIZE_MAX;  // (the index of the last mention met: the number of those before it)
  for (int32_t k = static_cast<int32_t>(t.first) - 1; k >= static_cast<int32_t>(c.first_token); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) {
      k = word_before(k, behind) + 1;  // (the loop goes on there)
      continue;
    }
    behind = static_cast<size_t>(m);
    if (M(m).is_place() && (locative(m) || located_in_construct(m)) && !passage(m) && !backer(m) && !landmark(m) &&
        take(m)) {
      return m;
    }
    if (talks && M(m).is_place() && Host(m) && take(m)) return m;
    // شهدت مدينة نابلس مسيرة، شهدت العاصمة الأردنية عمان مظاهرة: a town (no actor) as the subject of a verb of
    // occurrence whose object is the event noun right after it is where the event took place. (Up to two words of
    // place or nationality before its name: مدينة، العاصمة الأردنية.)
    if (M(m).is_place() && !M(m).is_actor && M(m).end_token == t.first && M(m).prefixes == 0) {
      uint32_t f = M(m).first_token;
      for (int words = 0; words < 2 && f > c.first_token + 1 && !CueEndsBefore(f, CueKind::kOccurrence); ++words) {
        const int32_t n = MentionAt(f - 1);
        const bool place_word = n < 0 && text_.tokens[f - 1].suffix == Enclitic::kNone &&
                                (lex_.word_kinds().Of(Bare(f - 1)) & kPlaceNounWord);
        if (!place_word && NationalityAt(f - 1) < 0) break;
        f = n >= 0 ? M(n).first_token : f - 1;
      }
      if (f > c.first_token && text_.tokens[f].prefixes == (text_.tokens[f].prefixes & kProAl) &&
          CueEndsBefore(f, CueKind::kOccurrence) && take(m)) {
        return m;
      }
    }
    k = static_cast<int32_t>(M(m).first_token);
  }
  if (country >= 0) return country;
  // A place right after the trigger (شهدتهما تونس), else the last place named earlier in the sentence.
  if (fallback_after >= 0) return fallback_after;
  uint32_t sentence_first = text_.sentences[c.sentence].first_token;
  behind = SIZE_MAX;
  for (int32_t k = static_cast<int32_t>(c.first_token) - 1; k >= static_cast<int32_t>(sentence_first); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) {
      k = word_before(k, behind) + 1;  // (the loop goes on there)
      continue;
    }
    behind = static_cast<size_t>(m);
    if (M(m).is_place() && (!M(m).is_actor || locative(m)) && !passage(m) && !backer(m) && take(m)) return m;
    k = static_cast<int32_t>(M(m).first_token);
  }
  if (country >= 0) return country;
  // The dateline (DatelineBefore) is where the news of its sentence took place when the sentence names no other place.
  // (A later clause of the sentence finds it above, as a place named before it. Where the sentence names another,
  // بغداد: قتل ثلاثة جنود ... في هجوم ... قرب الطارمية, a clause of no place is of the same incident.)
  if (c.sentence != 0) return -1;
  const int32_t d = DatelineBefore(t.first);
  if (d < 0) return -1;
  for (size_t n = static_cast<size_t>(d) + 1; n < mentions.size() && mentions[n].first_token < text_.sentences[0].end_token;
       ++n) {
    if (mentions[n].is_place()) return -1;
  }
  return d;
}

int32_t DocumentCoder::DatelineBefore(uint32_t before) const {
  if (text_.sentences.empty()) return -1;
  const uint32_t first = text_.sentences[0].first_token;
  const int32_t d = MentionAt(first);
  if (d < 0 || !M(d).is_place() || M(d).first_token != first || M(d).end_token >= before) return -1;
  uint32_t k = M(d).end_token;
  if (text_.Norm(text_.tokens[k]) == "(") {
    while (k < before && text_.Norm(text_.tokens[k]) != ")") ++k;
    ++k;
  }
  return k < before && IsLabelMark(text_.Norm(text_.tokens[k])) ? d : -1;
}

int32_t DocumentCoder::ReportedAs(int32_t m) const {
  // مواقع لحزب العمال، حاجز للجيش السوري: an object is reported as the owner named after it, when the
  // owner has a sector of its own (a state owner leaves the object's: قاعدة لروسيا is RUS MIL).
  if (M(m).owned && M(m).owner_token > 0) {
    int32_t o = MentionAt(M(m).owner_token);
    if (o >= 0 && o != m && M(o).is_actor && !M(o).object && !M(o).sector.empty()) return o;
  }
  return m;
}

EventActor DocumentCoder::MakeActor(int32_t m) const {
  if (int32_t o = ReportedAs(m); o != m) return MakeActor(o);
  const Mention& x = M(m);
  const uint32_t begin = text_.tokens[x.first_token].begin, end = text_.tokens[x.end_token - 1].end;
  const std::string_view text = text_.original.substr(begin, end - begin);
  // القوات الكردية، المقاتلون الطوارق: an ethnic or regional adjective names the actor's own group, never the
  // state the document is about (no country; the recognizer infers one for unnamed state forces).
  bool regional = false;
  if (x.is_actor && x.country.empty() && !x.inferred_country.empty()) {
    for (uint32_t p : x.entries) {
      EntryRef ref = EntryRef::Unpack(p);
      regional = regional || (ref.kind == EntryKind::kDemonym && lex_.demonyms()[ref.index].regional);
    }
  }
  // (The strings made in place, in the new record: assigned to it after it was made, each was a move or a copy through
  // a library call.)
  EventActor a{.text = std::string(text),
               .begin = begin,
               .end = end,
               .actor_id = x.is_actor ? recog_.ActorId(x) : std::string(),
               .name_en = x.is_actor ? recog_.ActorNameEn(x) : std::string(),
               .name_ar = x.is_actor ? recog_.ActorNameAr(text_, x) : std::string(),
               .country = !x.is_actor ? std::string()
                          : x.country.empty() && !regional ? x.inferred_country
                                                           : x.country,
               .sector = x.is_actor ? x.sector : std::string(),
               .corrected = false,
               .corrected_to = {}};
  if (x.is_actor) {
    // آلاف السلوفاكيين، خمسة فلسطينيين، عشرات الآلاف من الإسرائيليين: a state's people counted (a demonym for people,
    // no agent noun of its own) are its civilians, not the state; the count is right before them or before their من.
    if (const uint32_t k = x.first_token; a.sector.empty() && !a.country.empty() && x.demonym >= 0 && x.record < 0 &&
        x.agent < 0 && k < count_ends_before_.size() &&
        (count_ends_before_[k] ||
         (k > 0 && text_.tokens[k - 1].prefixes == 0 && count_ends_before_[k - 1] && Bare(k - 1) == "من"))) {
      a.sector = "CVL";
      a.actor_id = a.country + "CVL";
    }
    // مهاجم انتحاري من حركة طالبان، مسلحون من حزب الله: unidentified armed men (UAF) identified by the
    // named armed group they come from take its sector as well as its country.
    if (TextEqual(x.sector, "UAF") && x.record < 0 && x.end_token + 1 < text_.tokens.size() &&
        Bare(x.end_token) == "من") {
      // (مسلحون من «جبهة تحرير ماسينا»: the name may open with a quotation mark.)
      uint32_t g = x.end_token + 1;
      if (g + 1 < text_.tokens.size() && text_.tokens[g].kind == TokenKind::kPunct &&
          (QuoteKind(text_.Norm(text_.tokens[g])) & 1)) {
        ++g;
      }
      int32_t n = MentionAt(g);
      if (n >= 0 && M(n).is_actor && M(n).record >= 0 && M(n).first_token == g &&
          !(M(n).prefixes & kPrepClitics) && !lex_.record(M(n).record).is_state && IsArmed(M(n).sector) &&
          !TextEqual(M(n).sector, "UAF") && (a.country.empty() || a.country == M(n).country)) {
        a.sector = M(n).sector;
        if (a.country.empty()) a.country = M(n).country;
      }
    }
    // مسلحين ينتمون لتنظيم داعش: unidentified armed men said to belong to a named armed group take its sector,
    // and its country where theirs is unsaid; suspected of it (مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام
    // والمسلمين) they stay unidentified, of the group's country.
    if (TextEqual(x.sector, "UAF") && x.record < 0) {
      const uint32_t sentence_end = text_.sentences[text_.tokens[x.first_token].sentence].end_token;
      bool supposed = false;
      int32_t n = GroupBelongedTo(x.end_token, sentence_end, &supposed);
      if (n >= 0 && M(n).record >= 0 && !lex_.record(M(n).record).is_state && IsArmed(M(n).sector) &&
          !TextEqual(M(n).sector, "UAF") && (a.country.empty() || a.country == M(n).country)) {
        if (!supposed) a.sector = M(n).sector;
        if (a.country.empty()) a.country = M(n).country;
      }
    }
    // طائرات حربية يعتقد أنها روسية، مقاتلات يرجح أنها تركية: a generic actor of no country of its own supposed to be of a
    // nationality is of that state, also where the recognizer inferred another (the supposition hedges who did the act,
    // not whether it was done).
    if (x.record < 0 && x.country.empty()) {
      const uint32_t sentence_end = text_.sentences[text_.tokens[x.first_token].sentence].end_token;
      if (int32_t n = SupposedStateAt(x.end_token, sentence_end); n >= 0) {
        a.country = M(n).country;
        a.actor_id = a.country + a.sector;
      }
    }
    // قياديا بارزا في حماس، قائد في كتائب القسام، ضابط في الحرس الثوري: a role noun of no sector or
    // country is a member of the group it is "in" (a body of the dictionaries, not a state or a place),
    // past up to two words of its own (بارزا، كبيرا; an unknown adjective may be read with ب: بارزا).
    if (x.record < 0 && (a.sector.empty() || a.country.empty())) {
      uint32_t k = x.end_token;
      for (int words = 0; words < 2 && k + 1 < text_.tokens.size(); ++words, ++k) {
        const Token& w = text_.tokens[k];
        bool own_word = w.sentence == text_.tokens[x.first_token].sentence && w.kind == TokenKind::kWord &&
                        !(w.prefixes & ~kProBi) && MentionAt(k) < 0 && token_trigger_[k] < 0 &&
                        !(w.word_class & kWordFunction);
        if (!own_word || Bare(k) == "في") break;
      }
      int32_t n = k + 1 < text_.tokens.size() && Bare(k) == "في" ? MentionAt(k + 1) : -1;
      if (n >= 0 && M(n).first_token == k + 1 && M(n).is_actor && M(n).record >= 0 && !M(n).is_place() &&
          !lex_.record(M(n).record).is_state && !lex_.record(M(n).record).is_person && !(M(n).prefixes & kPrepClitics) &&
          (a.country.empty() || a.country == M(n).country)) {
        if (a.country.empty()) a.country = M(n).country;
        if (a.sector.empty()) a.sector = M(n).sector;
      }
    }
    // قائد شرطة محافظة البصرة، شرطة ولاية كسلا: a generic agent of no country in construct with a town or a
    // province (after a word of its kind, محافظة، ولاية، مدينة) is of that place's state.
    if (x.record < 0 && x.agent >= 0 && a.country.empty() && x.end_token + 1 < text_.tokens.size()) {
      uint32_t j = x.end_token;
      const Token& d = text_.tokens[j];
      if (d.kind == TokenKind::kWord && d.prefixes == 0 && MentionAt(j) < 0 && (WordKindsAt(j) & kDescriptorWord)) ++j;
      int32_t p = MentionAt(j);
      if (p >= 0 && M(p).first_token == j && M(p).is_place() && !M(p).is_actor &&
          !(M(p).prefixes & (kPrepClitics | kProWa | kProFa)) &&
          text_.tokens[j].sentence == text_.tokens[x.first_token].sentence) {
        a.country = lex_.places()[M(p).place].country;
      }
    }
    // التقى رئيسا مصر وفرنسا، بحث وزيرا خارجية السعودية وإيران: a dual title in construct (no article, no pronoun, its
    // nominative alif) with a list of states is the title of each: a later name of the list holds it too.
    if (x.record >= 0 && x.agent < 0 && x.sector.empty() && group_of_[m] >= 0 && groups_[group_of_[m]].front() != m) {
      const Mention& h = M(groups_[group_of_[m]].front());
      const Token& title = text_.tokens[h.first_token];
      if (h.is_actor && h.agent >= 0 && !h.sector.empty() && !h.country.empty() && h.country != x.country &&
          h.end_token > h.first_token + 1 && title.prefixes == 0 && title.suffix == Enclitic::kNone &&
          Bare(h.first_token).ends_with("ا") && lex_.record(x.record).is_state) {
        a.sector = h.sector;
        a.actor_id = a.country + a.sector;
      }
    }
  } else if (!x.is_place()) {
    // A demonym adjective standing for its state (غارة إسرائيلية).
    a.actor_id = x.country;
    a.name_ar = a.text;
    a.country = x.country;
    // إسقاط خمس طائرات هندية، دمرت دبابة روسية: right after a machine of war, the state's military, as a doer
    // (code_trigger's aircraft of a state) and as a target. (Not past another word: طائرة ركاب روسية.)
    if (const uint32_t j = x.first_token - 1; x.first_token > 0 && !a.country.empty() &&
        text_.tokens[j].sentence == text_.tokens[x.first_token].sentence && MentionAt(j) < 0 &&
        (WordKindsAt(j) & kMachineWord)) {
      a.sector = "MIL";
      a.actor_id = a.country + "MIL";
    }
  } else {
    // A place standing for its people or government (تلقته طرابلس).
    const PlaceRecord& p = lex_.places()[x.place];
    a.actor_id = p.country;
    a.name_en = p.name_en;
    a.name_ar = p.name_ar;
    a.country = p.country;
  }
  a.corrected = x.corrected;
  if (!x.corrected_to.empty()) a.corrected_to = x.corrected_to;  // (nearly always empty: no call to copy nothing)
  return a;
}

EventPlace DocumentCoder::MakePlace(int32_t m, const Clause& c) const {
  const Mention& x = M(m);
  const PlaceRecord& p = lex_.places()[x.place];
  const uint32_t begin = text_.tokens[x.first_token].begin, end = text_.tokens[x.end_token - 1].end;
  // (The strings made in place, in the new record, as MakeActor's: assigned to it after it was made, each was a copy
  // through a library call.)
  EventPlace e{.text = std::string(text_.original.substr(begin, end - begin)),
               .begin = begin,
               .end = end,
               .name_en = p.name_en,
               .name_ar = p.name_ar,
               .country = p.country,
               .admin1 = p.admin1,
               .precision = p.kind.empty() ? std::string("city") : p.kind,
               .lat = p.lat,
               .lon = p.lon,
               .geonameid = p.geonameid,
               .confidence = x.place_confidence,
               .relative = {}};
  // A distance after the place (الواقعة على بعد ٨٠ كيلومترا ... من طرابلس) qualifies it.
  for (const Quantity& q : QuantitiesTouching(x.end_token, x.end_token + 6)) {
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
  // So does a distance before it (اشتباكات على بعد ٤٠ كيلومترا شمال مدينة سبها، على بعد ١٠ كم من الحدود), with only
  // a direction, من and a noun of place (مدينة، بلدة) between the two.
  if (e.relative.empty() && x.first_token > c.first_token) {
    uint32_t reach = x.first_token > c.first_token + 6 ? x.first_token - 6 : c.first_token;
    std::span<const Quantity> qs = QuantitiesTouching(reach, x.first_token);
    for (auto q = qs.rbegin(); q != qs.rend(); ++q) {
      if (q->unit.empty() || q->first_token < reach || q->end_token > x.first_token) continue;
      bool between_ok = x.first_token - q->end_token <= 3;
      for (uint32_t k = q->end_token; between_ok && k < x.first_token; ++k) {
        between_ok = (WordKindsAt(k) & kDirectionWord) || Bare(k) == "من" || (lex_.word_kinds().Of(Bare(k)) & kPlaceNounWord);
      }
      if (!between_ok) break;
      uint32_t from = q->first_token;
      if (from >= c.first_token + 2 && Bare(from - 1) == "بعد") from -= 2;
      uint32_t b = text_.tokens[from].begin, en = text_.tokens[x.end_token - 1].end;
      e.relative = std::string(text_.original.substr(b, en - b));
      break;
    }
  }
  return e;
}

bool DocumentCoder::ConjunctionOnVerb(uint32_t k, std::string_view form) const {
  if (text_.tokens[k].prefixes & (kProWa | kProFa)) return true;
  // (With no form to compare, a verb whose root opens with و, وصلوا، وقعوا, is taken as it is.)
  if (form.empty()) return false;
  BareText verb = Bare(k);
  return (verb.starts_with("و") || verb.starts_with("ف")) && !form.starts_with("و") && !form.starts_with("ف");
}

}  // namespace rasad::detail
