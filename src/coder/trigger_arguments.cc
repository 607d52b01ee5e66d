#include "coder/document_coder.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "coder/accusative_alif.h"
#include "coder/relative_verb.h"
#include "text/definite.h"
#include "text/demonstratives.h"
#include "text/segmenter.h"
#include "util/rarely.h"

namespace rasad::detail {
namespace {

// عند "at", which names the building a blast was at (يفجرون ست سيارات مفخخة عند مقر الشرطة) as the words of grammar.tsv
// kind `at` do; it is none of them, as elsewhere it names a time (عند الساعة، عند وصوله).
constexpr std::string_view kBlastAtWord = "عند";

// Whether every actor of `a` is an object noun (a house, a checkpoint): what an attack hits, never
// who does it.
bool ObjectsOnly(const Arg& a, const std::vector<Mention>& mentions) {
  if (a.empty()) return false;
  for (int32_t m : a.members) {
    if (!mentions[static_cast<size_t>(m)].object) return false;
  }
  return true;
}

// Whether every actor of `a` is an object noun that no owner or place specifies (مبنى، حافلات
// الركاب): a protest is addressed to people, not to such a thing. (A building of a state's organ, مراكز الشرطة، مقر
// الوزارة, is: the organ named in it gives the mention its sector.)
bool OwnerlessObjects(const Arg& a, const std::vector<Mention>& mentions, bool (*state_sector)(std::string_view)) {
  if (a.empty()) return false;
  for (int32_t m : a.members) {
    const Mention& x = mentions[static_cast<size_t>(m)];
    if (!x.object || x.owned || !x.country.empty() || state_sector(x.sector)) return false;
  }
  return true;
}

// بقيادة، برئاسة، بزعامة (the word as `bare`, without its بـ): who heads the actor before it is named after it (التحالف
// بقيادة السعودية، حكومة الوحدة الوطنية برئاسة الدبيبة، قوات الدعم السريع بقيادة دقلو).
bool HeadedByWord(const Token& word, BareText bare) {
  return (word.prefixes & kProBi) && (bare == "رئاسه" || bare == "قياده" || bare == "زعامه");
}

}  // namespace

Arg DocumentCoder::ObjectAfterGenitiveDoer(int32_t gm, const Clause& c, bool* place_object) const {
  *place_object = false;
  const Mention& g = M(gm);
  const Token& head = text_.tokens[g.first_token];
  // (Definite: with the article, by name, or in construct with a definite word: قوات الأمن.)
  // (Or indefinite, اقتحام مسلحين فندقاً، خطف مجهولين صحفياً: where the word after it, with no clitic, ends in the
  // accusative alif, which no genitive and no adjective of a genitive takes; it is the object.)
  uint32_t k = g.end_token;
  if (k >= c.end_token) return Arg{};
  if (!(head.prefixes & kProAl) && g.record < 0 && !(text_.tokens[g.end_token - 1].prefixes & kProAl) &&
      (text_.tokens[k].prefixes != 0 || text_.tokens[k].kind != TokenKind::kWord ||
       !EndsInAccusativeAlifNotYa(text_.Text(text_.tokens[k])))) {
    return Arg{};
  }
  // قصف روسيا لمحطات الطاقة، اقتحام المستوطنين للمسجد، اعتقال الشرطة لعشرات المعارضين: the object of a
  // verbal noun whose doer is its genitive may come after لـ (on its count, if it has one).
  bool li = (text_.tokens[k].prefixes & ~kProAl) == kProLi;
  bool counted = quantity_end_[k] > k && quantity_end_[k] < c.end_token;
  if (counted) k = quantity_end_[k];
  const Token& w = text_.tokens[k];
  int32_t m = MentionAt(k);
  // اقتحام الشرطة الإسرائيلية المسجد الأقصى، اعتقال قوات الأمن المتظاهرين: a definite name of its own
  // (an adjective of the genitive would be inside its mention) is the object as well.
  bool named = w.prefixes == kProAl && m >= 0 && M(m).first_token == k && m != gm;
  bool marked = w.prefixes == 0 || named || (li && (counted ? w.prefixes == kProAl : (w.prefixes & ~kProAl) == kProLi));
  // (A name is no verb or particle the cues could mean: مدينة جنين، المتظاهرين.)
  bool starts_name = m >= 0 && M(m).first_token == k && (M(m).is_actor || M(m).is_place());
  if (w.kind != TokenKind::kWord || !marked || token_trigger_[k] >= 0 || (cue_starts_at_[k] != 0 && !starts_name)) {
    return Arg{};
  }
  if (m >= 0) {
    // A place stormed or shelled: the event's place gives the target.
    if (M(m).first_token == k && M(m).is_place() && !M(m).is_actor) {
      *place_object = true;
      Arg place;
      place.how = "a place after the genitive doer";
      return place;
    }
    if (M(m).first_token != k || !M(m).is_actor) return Arg{};
    Arg a = ResolveDemonstrative(m);
    a.how = "object after the genitive doer";
    return a;
  }
  // (A word the word list does not know may be the object too: أراضي.)
  bool verb_only = IsVerbNotNoun(w.word_class);
  bool noun = !(w.word_class & (kWordFunction | kWordName | kWordNumber)) && !verb_only &&
              w.suffix == Enclitic::kNone && !IsTimeWord(k);
  if (!noun) return Arg{};
  // The object is a thing (أراضي، منازل): its owner right after it is the target.
  int32_t owner = k + 1 < c.end_token ? MentionAt(k + 1) : -1;
  // (Or a place named after its kind: اقتحام المستوطنين مدينة جنين.)
  if (owner >= 0 && M(owner).first_token == k + 1 && M(owner).is_place() && !M(owner).is_actor &&
      text_.tokens[k + 1].prefixes == 0) {
    *place_object = true;
    Arg place;
    place.how = "a place after the genitive doer";
    return place;
  }
  if (owner >= 0 && M(owner).first_token == k + 1 && M(owner).is_actor && !(M(owner).prefixes & (kPrepClitics | kProWa))) {
    Arg a = ResolveDemonstrative(owner);
    a.how = "owner of the object after the genitive doer";
    return a;
  }
  Arg none;
  none.how = "an object that is no actor";
  return none;
}

// A pronoun clitic on the trigger refers back to an earlier actor; one antecedent per clause and
// pronoun, so that a clause's triggers agree.
Arg DocumentCoder::PronounArg(const TriggerHit& t, Enclitic e, std::span<const int32_t> exclude, const char* role) {
  uint64_t key = static_cast<uint64_t>(text_.tokens[t.first].clause) << 8 | static_cast<uint8_t>(e);
  auto it = pronoun_memo_.find(key);
  if (it != pronoun_memo_.end()) return it->second;
  // وصل المتظاهرون إلى الحاجز ففتح الجنود عليهم النار: هم refers to people, not to the checkpoint.
  bool people = e == Enclitic::kHum || e == Enclitic::kHunna || e == Enclitic::kHuma || e == Enclitic::kKum;
  // (Composed only for --explain: a composed text took two allocations here and two more at each copy of the argument,
  // into the memo and out of it. Elsewhere it is "pronoun", which nothing reads but as an explanation given.)
  const How how =
      explain_ ? How(std::string("pronoun '") + std::string(EncliticName(e)) + "' -> " + role) : How("pronoun");
  Arg a = Antecedent(t.first, exclude, how, people);
  // ورفضه، برفضه: ه refers to no body in the feminine (الحكومة، المعارضة، القوات), which would be ها.
  // (A name in the plural may hold the man it refers to: قوات حفتر والقوى التي تدعمه.)
  auto feminine = [&](const Arg& x) {
    if (x.members.size() != 1 || !FeminineBodyAt(x.members.front())) return false;
    const Mention& m = M(x.members.front());
    return m.record < 0 || !Bare(m.first_token).ends_with("ات");
  };
  if (e == Enclitic::kHu && !a.empty() && feminine(a)) {
    Members skip(exclude.begin(), exclude.end());
    for (int tries = 0; tries < 3 && !a.empty() && feminine(a); ++tries) {
      skip.push_back(a.members.front());
      a = Antecedent(t.first, skip, how, people);
    }
  }
  // استدعت الخارجية السفير وأبلغته رفضها: ها refers to no man (a person, or a masculine singular agent: السفير،
  // الرئيس), which would be ه.
  auto man = [&](const Arg& x) {
    if (x.members.size() != 1 || !M(x.members.front()).is_actor) return false;
    const Mention& m = M(x.members.front());
    if (m.record >= 0) return lex_.record(m.record).is_person;
    return lex_.IsMasculineSingularAgentForm(BareWord(text_.Stem(text_.tokens[m.first_token])));
  };
  if (e == Enclitic::kHa && !a.empty() && man(a)) {
    Members skip(exclude.begin(), exclude.end());
    for (int tries = 0; tries < 3 && !a.empty() && man(a); ++tries) {
      skip.push_back(a.members.front());
      a = Antecedent(t.first, skip, how, people);
    }
  }
  if (!a.empty()) pronoun_memo_[key] = a;
  return a;
}

Arg DocumentCoder::CliticObject(const TriggerHit& t, const TriggerRecord& r, Enclitic e,
                                std::span<const int32_t> exclude) {
  // الهجوم الذي استنكرته الأمم المتحدة: on the verb of a relative clause the pronoun is the noun the
  // clause describes, an actor only where that noun is one (الصحفي الذي اعتقلته الشرطة).
  // (A name the dictionaries do not hold may follow the noun: الجندي الإسرائيلي جلعاد شاليط الذي تحتجزه حماس.)
  // (Only where the clause names its own subject after the verb: in القوى التي تدعمه the noun is the subject
  // and the pronoun another's.)
  int32_t own_subject = t.end < text_.tokens.size() ? MentionAt(t.end) : -1;
  if (t.first >= 2 && CueStartsAt(t.first - 1, CueKind::kRelative) && text_.tokens[t.first].prefixes == 0 &&
      own_subject >= 0 && M(own_subject).first_token == t.end && M(own_subject).is_actor &&
      !(M(own_subject).prefixes & (kPrepClitics | kProWa | kProFa))) {
    uint32_t end = t.first - 1;
    for (uint32_t n = 0; n < 2 && end > 0 && MentionAt(end - 1) < 0; ++n, --end) {
      const Token& x = text_.tokens[end - 1];
      // (Or an adjective of its own: الرهينة السابقة التي احتجزتها.)
      bool name = (x.word_class & kWordName) || !(x.word_class & (kWordNoun | kWordVerb | kWordFunction));
      bool adjective = x.prefixes == kProAl && !(x.word_class & kWordFunction);
      if (x.kind != TokenKind::kWord || !((x.prefixes == 0 && name) || adjective) || token_trigger_[end - 1] >= 0) break;
    }
    int32_t m = end > 0 ? MentionAt(end - 1) : -1;
    if (m < 0 || !IsActorLike(m) || M(m).end_token != end) return Arg{};
    return GroupOf(m, "the noun the relative clause describes (its pronoun on the verb)");
  }
  // رصدت البحرية الأمريكية زورقا ودمرته: the subject of the verb that opens the sentence, which the verb
  // joined by و or ف shares, is not what its pronoun refers to.
  Members skip(exclude.begin(), exclude.end());
  const Token& verb = text_.tokens[t.first];
  bool shared_subject = false;  // the opening subject is skipped: not the clause's one reading (PronounArg)
  if (skip.empty() && (verb.prefixes & (kProWa | kProFa))) {
    const Sentence& sent = text_.sentences[text_.tokens[t.first].sentence];
    uint32_t v = OpeningAfter(sent.first_token, t.first);
    int32_t s = v + 1 < t.first ? MentionAt(v + 1) : -1;
    const Token& opening = text_.tokens[v];
    if (s >= 0 && M(s).first_token == v + 1 && M(s).is_actor && opening.kind == TokenKind::kWord &&
        opening.prefixes == 0 && MentionAt(v) < 0 && (opening.word_class & kWordVerb)) {
      skip.push_back(s);
      shared_subject = true;
    }
  }
  std::string how = std::string("pronoun '") + std::string(EncliticName(e)) + "' -> object";
  Arg a = shared_subject ? Antecedent(t.first, skip, how) : PronounArg(t, e, exclude, "object");
  // دخل الصحفي إلى سوريا فاعتقلته السلطات، زار المبعوث بيروت فاستقبله: a place the news went to or
  // was in is no one a verb acts on; a town or city is one only for an attack that is no killing,
  // wounding or capture (اقتحمت القوات القرية وقصفتها).
  const CameoCode* code = ont_.Find(r.cameo);
  bool people = (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) || code == nullptr ||
                code->plover_type != PloverType::kAssault;
  // (ـها refers to no man: دعا الحكومة بزعامة الرئيس البشير إلى الاستقالة واتهمها.)
  auto man = [&](int32_t m) {
    const Mention& x = M(m);
    if (e != Enclitic::kHa || !x.is_actor) return false;
    if (x.record >= 0 && lex_.record(x.record).is_person) return true;
    return x.record < 0 && lex_.IsMasculineSingularAgentForm(BareWord(text_.Stem(text_.tokens[x.first_token])));
  };
  auto unfit = [&](int32_t m) {
    if (man(m)) return true;
    if (!M(m).is_place()) return false;
    uint16_t p = PrepositionOf(m);
    bool located = p == kTargetFi || p == kTargetIla || p == kTargetMin || p == kTargetBi;
    return people && (located || lex_.places()[M(m).place].kind != "country");
  };
  for (int tries = 0; tries < 3 && !a.empty() && unfit(a.members.front()); ++tries) {
    skip.push_back(a.members.front());
    a = Antecedent(t.first, skip, how + " (people)");
  }
  if (people) return a;
  // اقتحمت القوات قرية ود النورة وهاجمتها: what an attack hits may be a place named after the actor, as
  // the object of the verb before (not where it was: تقدمت القوات في منطقة كورسك وقصفتها المدفعية).
  const uint32_t sentence = text_.tokens[t.first].sentence;
  uint32_t after = a.empty() ? text_.sentences[sentence].first_token : M(a.members.back()).end_token;
  for (int32_t k = static_cast<int32_t>(t.first) - 1; k >= static_cast<int32_t>(after); --k) {
    int32_t m = MentionAt(static_cast<uint32_t>(k));
    if (m < 0) continue;
    if (M(m).is_place() && !M(m).is_actor && !IsPrepositional(m) && !(M(m).prefixes & (kProWa | kProFa))) {
      Arg p = GroupOf(m, how + " (a place)");
      return p;
    }
    k = static_cast<int32_t>(M(m).first_token);
  }
  return a;
}

bool DocumentCoder::PossessedThing(uint32_t k) const {
  const Token& w = text_.tokens[k];
  Enclitic e = w.suffix;
  if (e != Enclitic::kHu && e != Enclitic::kHa && e != Enclitic::kHum && e != Enclitic::kHuma && e != Enclitic::kHunna) {
    return false;
  }
  bool verb_only = IsVerbNotNoun(w.word_class);
  return w.kind == TokenKind::kWord && !(w.prefixes & (kPrepClitics | kProWa | kProFa | kProAl)) && MentionAt(k) < 0 &&
         token_trigger_[k] < 0 && !verb_only && !(w.word_class & (kWordFunction | kWordPreposition | kWordNumber)) &&
         !IsTimeWord(k);
}

int32_t DocumentCoder::MeansUserAfter(uint32_t from, const Clause& c) const {
  if (from + 2 >= c.end_token) return -1;
  const Token& means = text_.tokens[from];
  if (means.kind != TokenKind::kWord || !(means.prefixes & kProBi) || (means.prefixes & (kProWa | kProFa))) return -1;
  if (int32_t m = MentionAt(from); m >= 0 && M(m).is_actor && !M(m).object) return -1;
  for (uint32_t v = from + 1; v < c.end_token && v <= from + 3; ++v) {
    const Token& w = text_.tokens[v];
    int32_t m = MentionAt(v);
    if (w.kind != TokenKind::kWord || (m >= 0 && M(m).is_actor && !M(m).object)) return -1;
    Enclitic e = w.suffix;
    bool pronoun = e == Enclitic::kHu || e == Enclitic::kHa || e == Enclitic::kHum || e == Enclitic::kHuma;
    if (!pronoun || m >= 0 || (w.prefixes & (kProAl | kPrepClitics | kProWa | kProFa)) || !(w.word_class & kWordVerb)) {
      continue;
    }
    int32_t s = v + 1 < c.end_token ? MentionAt(v + 1) : -1;
    if (s < 0 || M(s).first_token != v + 1 || !M(s).is_actor || M(s).object || M(s).prefixes != 0 || IsPrepositional(s)) {
      return -1;
    }
    return s;
  }
  return -1;
}

int32_t DocumentCoder::SidesAfterBetween(const TriggerHit& t, const Clause& c, uint32_t reach) const {
  uint32_t after = t.rest_end > t.end ? t.rest_end : t.end;
  for (uint32_t k = after; k < c.end_token && k < after + reach; ++k) {
    if (Bare(k) != "بين" || k + 1 >= c.end_token) continue;
    int32_t m = MentionAt(k + 1);
    return m >= 0 && group_of_[m] >= 0 && groups_[group_of_[m]].size() >= 2 && groups_[group_of_[m]][0] == m ? m : -1;
  }
  return -1;
}

int32_t DocumentCoder::CrowdStruck(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  // The people at `j`: an actor of no place, with no clitic but the one `clitic` asks for.
  auto people_at = [&](uint32_t j, uint8_t clitic) {
    int32_t m = j < c.end_token ? MentionAt(j) : -1;
    return m >= 0 && M(m).first_token == j && IsActorLike(m) && !M(m).is_place() &&
                   (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) == clitic
               ? m
               : -1;
  };
  // A crowd or a unit at `j` (حشود، تجمع، عشرات; no figures) and its people after من or لـ, or -1.
  auto crowd_of = [&](uint32_t j) {
    if (j + 1 >= c.end_token || text_.tokens[j].kind != TokenKind::kWord || !(WordKindsAt(j) & kPartNounWord)) return -1;
    if (Bare(j + 1) == "من" && text_.tokens[j + 1].prefixes == 0) return people_at(j + 2, 0);
    return people_at(j + 1, kProLi);
  };
  // (One people after بين a clash is between fight among themselves: they are its sides, not the ones it struck.)
  const TriggerRecord* own = ChooseRecord(t, *hit_payloads_[hi]);
  const bool sides = own != nullptr && (own->flags & (kFlagMutual | kFlagArmedClash | kFlagReciprocal));
  const uint32_t from = std::max(t.end, t.rest_end);
  for (uint32_t k = from; k + 1 < c.end_token && k < from + 6; ++k) {
    const Token& w = text_.tokens[k];
    if (w.kind == TokenKind::kPunct || (k > from && (w.prefixes & (kProWa | kProFa)))) break;
    // (Another event's words end the attack's phrase; a crowd read as a gathering or as no event is part of it, and so
    // are the bomber's or the bomb's words, violent nouns: فجرت انتحارية حزامها الناسف بين المتسوقين. Not a toll noun,
    // whose people after بين are its own: أوقع القصف مئة قتيل بين المدنيين.)
    if (int32_t h = token_trigger_[k]; h >= 0 && h != static_cast<int32_t>(hi) && !(WordKindsAt(k) & kPartNounWord)) {
      const TriggerRecord* violent = ViolentNounRecord(h);
      if (violent == nullptr || (violent->flags & (kFlagKill | kFlagInjure))) break;
      k = hits_[h].end - 1;
      continue;
    }
    BareText b = Bare(k);
    if ((b == "بين" || b == "وسط") && !(w.prefixes & kPrepClitics)) {
      if (b == "بين" && sides) break;
      // (A list after بين is the sides of a clash or a mediation: SidesAfterBetween.)
      int32_t m = people_at(k + 1, 0);
      if (m >= 0 && (b == "وسط" || group_of_[m] < 0 || groups_[group_of_[m]].size() < 2)) return m;
      if (int32_t n = crowd_of(k + 1); n >= 0) return n;
      break;
    }
    // على تجمع للنازحين، في تجمع لعناصر الشرطة، بحشد من المصلين، حشودا من المنتظرين: the crowd after a preposition, or
    // as the object in the accusative (ـا); not a unit as the subject of a verb (هاجمت مجموعة من المسلحين).
    uint32_t j = k;
    bool governed = (w.prefixes & kProBi) != 0;
    if (w.prefixes == 0 && (b == "علي" || b == "في" || b == "ضد")) {
      governed = true;
      j = k + 1;
    }
    if (governed || EndsInAccusativeAlif(text_.Norm(w))) {
      if (int32_t n = crowd_of(j); n >= 0) return n;
    }
  }
  return -1;
}

bool DocumentCoder::RelativePronounAt(uint32_t k) const {
  if (text_.tokens[k].prefixes != 0) return false;
  BareText w{text_.Norm(text_.tokens[k])};  // (not Bare: BareWord takes ال off a word this short)
  return w == "الذي" || w == "التي" || w == "الذين" || w == "اللذين" || w == "اللتين" || w == "اللذان" ||
         w == "اللتان" || w == "اللواتي" || w == "اللاتي";
}

int32_t DocumentCoder::HolderAfter(uint32_t k, const Clause& c) const {
  if (k + 2 >= c.end_token || !RelativePronounAt(k)) return -1;
  auto third = [](Enclitic e) {
    return e == Enclitic::kHu || e == Enclitic::kHa || e == Enclitic::kHum || e == Enclitic::kHuma || e == Enclitic::kHunna;
  };
  uint32_t v = k + 1;
  const Token& verb = text_.tokens[v];
  if (verb.kind != TokenKind::kWord || (verb.prefixes & (kProAl | kPrepClitics)) || MentionAt(v) >= 0 ||
      token_trigger_[v] >= 0 || (verb.word_class & (kWordFunction | kWordPreposition))) {
    return -1;
  }
  uint32_t j = v + 1;
  if (!third(verb.suffix)) {
    // (التي تسيطر عليها، التي تتمركز فيها: the pronoun on the verb's preposition.)
    const Token& p = text_.tokens[j];
    if (p.kind != TokenKind::kWord || !(p.word_class & kWordPreposition) || !third(p.suffix) || p.prefixes != 0) return -1;
    ++j;
  }
  int32_t s = j < c.end_token ? MentionAt(j) : -1;
  if (s < 0 || M(s).first_token != j || !M(s).is_actor || M(s).object || M(s).prefixes != 0) return -1;
  return s;
}

Arg DocumentCoder::OrganisationOfMember(Arg a, const Clause& c) const {
  if (a.members.size() != 1) return a;
  int32_t m = a.members[0];
  const Mention& x = M(m);
  if (!x.is_actor || x.object || x.record >= 0 || x.agent < 0 || x.is_place() || x.demonym >= 0 || x.owned) return a;
  // (A member named with a nationality of its own keeps it: استقبل الرئيس وزير الخارجية الجزائري في قصر قرطاج.)
  for (uint32_t p : x.entries) {
    if (EntryRef::Unpack(p).kind == EntryKind::kDemonym) return a;
  }
  AgentKind kind = lex_.agents()[x.agent].kind_id;
  if (kind != AgentKind::kGroup && kind != AgentKind::kOffice) return a;
  // (Past a nisba adjective of an indefinite noun: مسؤول أمني في حركة الشباب.)
  uint32_t k = AfterSubjectAdjective(m, x.end_token, c.end_token);
  // (Or past up to two adjectives in the accusative after an accusative head, agreeing with it: اغتالوا قياديا سابقا في
  // حركة فتح، قائدا ميدانيا بارزا في الجيش الحر. Plain words only: no name, event word, clitic or function word.)
  if (k == x.end_token && EndsInAccusativeAlif(text_.Text(text_.tokens[x.end_token - 1]))) {
    for (int n = 0; n < 2 && k + 2 < c.end_token; ++n) {
      const Token& a = text_.tokens[k];
      const bool adjective = a.kind == TokenKind::kWord && a.prefixes == 0 && a.suffix == Enclitic::kNone &&
                             MentionAt(k) < 0 && token_trigger_[k] < 0 &&
                             !(a.word_class & (kWordFunction | kWordNumber | kWordPreposition)) &&
                             EndsInAccusativeAlif(text_.Text(a), 2);
      if (!adjective) break;
      ++k;
    }
  }
  if (k + 1 >= c.end_token || text_.tokens[k].prefixes != 0 || text_.tokens[k].suffix != Enclitic::kNone) return a;
  bool in = Bare(k) == "في";
  if (!in && Bare(k) != "من") return a;
  int32_t o = MentionAt(k + 1);
  // (العاملين في وكالات الأمم المتحدة، الموظفين في مكاتب الصليب الأحمر: a noun in construct, of no article
  // nor clitic, between في and the organisation names a part of it.)
  if (o < 0 && in && k + 2 < c.end_token && text_.tokens[k + 1].kind == TokenKind::kWord && text_.tokens[k + 1].prefixes == 0 &&
      text_.tokens[k + 1].suffix == Enclitic::kNone && token_trigger_[k + 1] < 0 &&
      !(text_.tokens[k + 1].word_class & (kWordVerb | kWordFunction))) {
    if (int32_t y = MentionAt(k + 2); y >= 0 && M(y).first_token == k + 2 && M(y).record >= 0) o = y;
  }
  if (o < 0 || (M(o).first_token != k + 1 && M(o).first_token != k + 2) || !M(o).is_actor || M(o).object || M(o).is_place() || M(o).sector.empty() ||
      (M(o).prefixes & (kPrepClitics | kProWa | kProFa))) {
    return a;
  }
  // (A named organisation of no country, تنظيم داعش, leaves the member, whom the place of the event may give
  // a country: قياديا في تنظيم داعش بسوريا.)
  // (But an international body's workers are its own: العاملين في وكالات الأمم المتحدة.)
  if (M(o).record >= 0 && M(o).country.empty() && M(o).sector != "IGO" && M(o).sector != "NGO") return a;
  // An organisation: a named one that is no state or person, or a group or body (الشرطة العراقية).
  if (M(o).record >= 0 ? lex_.record(M(o).record).is_state || lex_.record(M(o).record).is_person
                       : M(o).agent < 0 || (lex_.agents()[M(o).agent].kind_id != AgentKind::kGroup &&
                                            lex_.agents()[M(o).agent].kind_id != AgentKind::kBody)) {
    return a;
  }
  // (من: only people of no armed or official role of their own taken from an armed or state force,
  // أسرى من القوات الحكومية; لاجئون من سوريا، مسلحون من العشائر keep their own.)
  if (!in && !((x.sector.empty() || x.sector == "CVL") && StateOrArmed(M(o)))) return a;
  Arg organisation = GroupOf(o, a.how + " (a member of the organisation after " + (in ? "في" : "من") + ")");
  organisation.member = m;
  return organisation;
}

Arg DocumentCoder::PartitiveTarget(Arg target, const TriggerHit& t, const Clause& c, const Arg& source) const {
  auto partitive_pronoun = [&](uint32_t j) {
    if (j >= c.end_token) return false;
    const Token& w = text_.tokens[j];
    Enclitic e = w.suffix;
    return w.kind == TokenKind::kWord && w.prefixes == 0 &&
           (e == Enclitic::kHa || e == Enclitic::kHu || e == Enclitic::kHum || e == Enclitic::kHuma) && Bare(j) == "من";
  };
  uint32_t p = UINT32_MAX;
  if (target.members.size() == 1) {
    const Mention& g = M(target.members[0]);
    // (A definite group is no count of the people before: طرد المتمردين منها, from the town.)
    if (g.record < 0 && g.agent >= 0 && g.country.empty() && !(text_.tokens[g.first_token].prefixes & kProAl) &&
        partitive_pronoun(g.end_token)) {
      p = g.end_token;
    }
  } else if (target.empty()) {
    uint32_t j = std::max(t.end, t.rest_end);
    if (j < c.end_token && quantity_end_[j] > j) j = quantity_end_[j];
    if (j > std::max(t.end, t.rest_end) && partitive_pronoun(j)) p = j;
  }
  if (p == UINT32_MAX) return target;
  Members exclude = target.members;
  exclude.insert(exclude.end(), source.members.begin(), source.members.end());
  // (Nor the speaker of a verb of saying before the trigger: وأكد مصدر عسكري مقتل عشرين منهم.)
  for (const CueHit& q : CuesIn(c.first_token, t.first)) {
    if (q.kind != CueKind::kReported || q.first < c.first_token || q.end > t.first) continue;
    for (uint32_t k = q.first; k < t.first && k <= q.end + 1; ++k) {
      if (int32_t m = MentionAt(k); m >= 0) exclude.push_back(m);
    }
  }
  Arg a = Antecedent(p, exclude, "the people the partitive pronoun (منها، منهم) refers back to", /*people=*/true);
  if (a.empty()) return target;
  a.partitive = true;
  return a;
}

Arg DocumentCoder::VisitorBefore(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  const Token& during = text_.tokens[t.end];
  // (The word list knows خلالها whole: it is not split into خلال and its pronoun.)
  std::string_view w = BareWord(text_.Norm(during));
  if ((during.prefixes & ~kProWa) != 0 || (w != "خلالها" && w != "خلاله")) return Arg{};
  // (The visit's noun close before the verb, past its adjective or destination: في زيارة رسمية، زيارة إلى طهران.)
  bool visit = false;
  // (The verb may open a clause of its own.)
  uint32_t sentence_first = text_.sentences[c.sentence].first_token;
  for (size_t h = hi; h-- > 0 && hits_[h].first >= sentence_first;) {
    uint32_t end = std::max(hits_[h].end, hits_[h].rest_end);
    if (end > t.first) continue;
    if (end + 4 < t.first) break;
    const TriggerRecord* vr = ChooseRecord(hits_[h], *hit_payloads_[h]);
    visit = vr != nullptr && (vr->cameo.starts_with("042") || vr->cameo.starts_with("043"));
    break;
  }
  if (!visit) return Arg{};
  uint32_t clause = text_.tokens[t.first].clause;
  for (uint32_t cl = clause + 1; cl-- > 0 && text_.clauses[cl].sentence == c.sentence && cl + 1 >= clause;) {
    auto it = last_source_.find(cl);
    if (it == last_source_.end() || it->second.empty()) continue;
    Arg a = it->second;
    a.how = "the visitor, doer of the visit the verb describes (خلالها)";
    return a;
  }
  return Arg{};
}

Arg DocumentCoder::GenitiveDestination(size_t hi, const TriggerRecord& r, const Clause& c, int32_t gm) const {
  if (!(r.flags & kFlagPlaceIsTarget) || !(r.target & kTargetIla) || r.gen != ArgRole::kSource) return Arg{};
  const Mention& x = M(gm);
  if (!x.is_place() || (x.prefixes & (kPrepClitics | kProWa))) return Arg{};
  // (A state is a place and an actor: زيارة مصر is a visit to Egypt, but an actor of a state that is no place,
  // زيارة الوفد المصري, is the visitor. Nor where the destination follows إلى or لـ: زيارة قطر إلى ... .)
  if (x.is_actor && !StatePlace(gm)) return Arg{};
  if (!PrepTarget(hi, r, c).empty()) return Arg{};
  Arg a;
  a.members = {gm};
  a.how = "the place the noun of going names in its genitive: where it goes";
  return a;
}

bool DocumentCoder::SameGroup(const Arg& a, const Arg& b) const {
  for (int32_t x : a.members) {
    for (int32_t y : b.members) {
      if (x == y || (group_of_[x] >= 0 && group_of_[x] == group_of_[y])) return true;
    }
  }
  return false;
}

Arg DocumentCoder::VisitorOfVisitBefore(size_t hi, const Clause& c) const {
  const uint32_t sentence_first = text_.sentences[c.sentence].first_token;
  if (hi == 0 || hits_[hi - 1].first < sentence_first) return Arg{};
  const TriggerRecord* vr = ChooseRecord(hits_[hi - 1], *hit_payloads_[hi - 1]);
  if (vr == nullptr || vr->noun || !(vr->cameo == "042" || vr->cameo == "043")) return Arg{};
  const uint32_t visit_clause = text_.tokens[hits_[hi - 1].first].clause;
  auto it = last_source_.find(visit_clause);
  if (it == last_source_.end() || it->second.empty()) return Arg{};
  Arg a = it->second;
  a.how = "the visitor of the visit told right before";
  return a;
}

int32_t DocumentCoder::OpeningSubject(const TriggerHit& t, const Clause& c) const {
  const Sentence& sent = text_.sentences[c.sentence];
  uint32_t v = OpeningAfter(sent.first_token, t.first);
  int32_t subject = v + 1 < t.first ? MentionAt(v + 1) : -1;
  bool verb = text_.tokens[v].kind == TokenKind::kWord && text_.tokens[v].prefixes == 0 && MentionAt(v) < 0 &&
              (text_.tokens[v].word_class & kWordVerb) && token_trigger_[v] < 0;
  if (!verb || subject < 0 || M(subject).first_token != v + 1 || !M(subject).is_actor || IsPrepositional(subject) ||
      !(NamedSubject(subject) || !M(subject).sector.empty())) {
    return -1;
  }
  for (uint32_t k = M(subject).end_token; k < t.first; ++k) {
    int32_t m = MentionAt(k);
    if (token_trigger_[k] >= 0 || (m >= 0 && M(m).is_actor && !IsPrepositional(m))) return -1;
  }
  return subject;
}

bool DocumentCoder::PronounPrepositionAt(uint32_t k) const {
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord || w.prefixes != 0) return false;
  if (w.suffix != Enclitic::kNone && (w.word_class & kWordPreposition)) return true;  // (عليه، منها)
  // (بها، له: the one-letter prepositions with a pronoun are one word.)
  BareText b{text_.Norm(w)};
  return b == "به" || b == "بها" || b == "بهم" || b == "له" || b == "لها" || b == "لهم";
}

int32_t DocumentCoder::SubjectOfJoinedVerb(const TriggerHit& t, const Clause& c) const {
  // (The caller has found the verb joined, by و or ف: ConjunctionOnVerb.)
  if (t.end != t.first + 1) return -1;
  const uint32_t v = OpeningAfter(text_.sentences[c.sentence].first_token, t.first);
  if (v + 2 >= t.first) return -1;
  const Token& opener = text_.tokens[v];
  const int32_t h = token_trigger_[v];
  if (opener.kind != TokenKind::kWord || (opener.prefixes & ~(kProWa | kProFa)) || opener.suffix != Enclitic::kNone ||
      MentionAt(v) >= 0) {
    return -1;
  }
  // (A verb the word lists do not know, صدت، is read so in the feminine past, which the verb joined to it
  // must repeat below.)
  std::string_view before = Bare(v);
  const bool unknown_feminine = opener.word_class == 0 && before.size() > 4 && before.ends_with("ت");
  if (!((opener.word_class & kWordVerb) || (h >= 0 && hit_verb_[h]) || unknown_feminine)) return -1;
  // (Not a passive reading of the opening verb, whose noun after it undergoes the act: قتل جندي ...)
  if (h >= 0) {
    const TriggerRecord* vr = ChooseRecord(hits_[h], *hit_payloads_[h]);
    if (vr == nullptr || vr->noun || vr->passive || vr->subj == ArgRole::kTarget) return -1;
  }
  const int32_t subject = MentionAt(v + 1);
  if (subject < 0 || M(subject).first_token != v + 1 || !M(subject).is_actor || M(subject).object ||
      IsPrepositional(subject) || M(subject).end_token >= t.first ||
      !(NamedSubject(subject) || !M(subject).sector.empty())) {
    return -1;
  }
  // Agreement: the verb before is singular (VSO); the verb joined by و repeats its gender, or is plural.
  std::string_view after = Bare(t.first);
  auto feminine = [](std::string_view w) { return w.size() > 4 && w.ends_with("ت"); };
  auto plural = [](std::string_view w) { return w.size() > 4 && w.ends_with("وا"); };
  if (!plural(after) && feminine(before) != feminine(after)) return -1;
  for (uint32_t k = M(subject).end_token; k < t.first; ++k) {
    const Token& w = text_.tokens[k];
    if (w.kind != TokenKind::kWord) continue;
    if (AnnaAt(k) || RelativePronounAt(k) || Bare(k) == "حيث") return -1;
    // (A verb joined by و with its own subject after it: the verb after shares that one.)
    const int32_t g = token_trigger_[k];
    if ((w.prefixes & (kProWa | kProFa)) && ((w.word_class & kWordVerb) || (g >= 0 && hit_verb_[g])) &&
        MentionAt(k) < 0 && k + 1 < t.first) {
      const int32_t m = MentionAt(k + 1);
      if (m >= 0 && M(m).first_token == k + 1 && M(m).is_actor && !IsPrepositional(m)) return -1;
    }
  }
  return subject;
}

bool DocumentCoder::OwnerPronounAt(uint32_t k) const {
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord || w.prefixes != 0) return false;
  BareText b{text_.Norm(w)};
  return b == "له" || b == "لها" || b == "لهم" || b == "لهما";
}

int32_t DocumentCoder::ResumptiveTopic(const TriggerHit& t, const Clause& c, bool need_subject, int32_t* subject) const {
  *subject = -1;
  const Token& v = text_.tokens[t.first];
  // (A verb joined by و or ف opens a clause of its own: its pronoun refers back as any other does,
  // زار المبعوث بيروت فاستقبله رئيس البرلمان.)
  if (t.first == 0 || v.kind != TokenKind::kWord || (v.prefixes & (kProWa | kProFa))) return -1;
  uint32_t after = t.first + 1;
  Enclitic e = v.suffix;
  if (e == Enclitic::kNone && after < c.end_token) {
    // (Or on the preposition right after it: أفرجت عنها السلطات.)
    const Token& p = text_.tokens[after];
    if (p.kind == TokenKind::kWord && (p.word_class & kWordPreposition) && p.prefixes == 0) {
      e = p.suffix;
      ++after;
    }
  }
  // (A pronoun of the third person, which refers back to a noun.)
  if (e != Enclitic::kHu && e != Enclitic::kHa && e != Enclitic::kHum && e != Enclitic::kHuma &&
      e != Enclitic::kHunna) {
    return -1;
  }
  // A verb that agrees in the plural has its subject in itself (استهدفوها): nothing follows to name it.
  if (BareWord(text_.Stem(v)).ends_with("وا")) return -1;
  if (need_subject) {
    if (after < t.end) after = t.end;
    int32_t s = after < c.end_token ? MentionAt(after) : -1;
    if (s < 0 || M(s).first_token != after || !M(s).is_actor || (M(s).prefixes & (kPrepClitics | kProWa | kProFa)) ||
        IsPrepositional(s)) {
      return -1;
    }
    *subject = s;
  }
  // The noun right before the verb, past a relative pronoun (المستشفى الذي قصفته) or قد (فقد أفرجت عنهم).
  uint32_t k = t.first;
  const uint32_t sentence_first = text_.sentences[c.sentence].first_token;
  if (k > sentence_first && (Bare(k - 1) == "قد" || Bare(k - 1) == "فقد")) --k;
  if (k > sentence_first && RelativePronounAt(k - 1)) --k;
  if (k <= sentence_first) return -1;
  // (An actor or place, or the nationality of a thing: الناقلة البريطانية احتجزها؛ a genitive is the owner
  // of the thing: ميناء أوديسا قصفته.)
  int32_t m = MentionAt(k - 1);
  if (m < 0 || M(m).end_token != k || !(IsActorLike(m) || (M(m).demonym >= 0 && !M(m).country.empty()))) return -1;
  int32_t g = group_of_[m];
  int32_t head = g >= 0 ? groups_[g].front() : m;
  if (IsPrepositional(head) || (M(head).prefixes & (kPrepClitics | kProWa | kProFa))) return -1;
  if (*subject >= 0 && (head == *subject || (g >= 0 && g == group_of_[*subject]))) return -1;
  return head;
}

int32_t DocumentCoder::IndefiniteObjectBefore(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  const Token& v = text_.tokens[t.first];
  if (v.kind != TokenKind::kWord || v.prefixes != 0 || t.first <= c.first_token) return -1;
  Enclitic e = v.suffix;
  // (Or on the preposition right after it: قرية سيطرت عليها القوات الروسية.)
  if (e == Enclitic::kNone && t.first + 1 < c.end_token) {
    const Token& p = text_.tokens[t.first + 1];
    if (p.kind == TokenKind::kWord && (p.word_class & kWordPreposition) && p.prefixes == 0) e = p.suffix;
  }
  if (e != Enclitic::kHu && e != Enclitic::kHa && e != Enclitic::kHum) return -1;
  // (A verb in the plural has its subject in itself: مسلحون اختطفوه.)
  if (BareWord(text_.Stem(v)).ends_with("وا")) return -1;
  int32_t m = MentionAt(t.first - 1);
  if (m < 0 || M(m).end_token != t.first || !M(m).is_actor || M(m).record >= 0 || M(m).agent < 0 ||
      M(m).first_token == c.first_token || (M(m).prefixes & (kProWa | kProFa))) {
    return -1;
  }
  // (Indefinite: no article on the noun or on what it is in construct with.)
  for (uint32_t k = M(m).first_token; k < M(m).end_token; ++k) {
    if (IsDefinite(text_, text_.tokens[k])) return -1;
  }
  // (The object of the verb before in the clause, not a subject of its own: مسلحون هاجموا.)
  const TriggerHit& before = hits_[hi - 1];
  if (before.first < c.first_token || before.end > M(m).first_token || !hit_verb_[hi - 1]) return -1;
  // (The pronoun agrees with the noun: ها with a feminine noun, ه with a masculine one, هم with people.)
  std::string_view head = BareWord(text_.Norm(text_.tokens[M(m).first_token]));
  const bool feminine = head.ends_with("ه");
  const bool plural = head.ends_with("ين") || head.ends_with("ون") || head.ends_with("ات");
  if (e == Enclitic::kHa ? !feminine : e == Enclitic::kHu ? feminine || plural : !plural) return -1;
  return m;
}

bool DocumentCoder::IsPlainNoun(uint32_t j) const {
  const Token& w = text_.tokens[j];
  return w.kind == TokenKind::kWord && w.prefixes == 0 && w.suffix == Enclitic::kNone && MentionAt(j) < 0 &&
         token_trigger_[j] < 0 && !(w.word_class & (kWordFunction | kWordNumber));
}

uint32_t DocumentCoder::AfterSubjectAdjective(int32_t subject, uint32_t k, uint32_t limit) const {
  // (An indefinite generic noun in the nominative, قائد، مسؤول: a definite or named subject takes its
  // adjectives into its mention, and an accusative alif marks an object, قائدا.)
  // (`k` may be one past the subject, where its first adjective was read as its genitive: قائد ميداني بارز.)
  if (subject < 0 || k + 1 >= limit || M(subject).end_token > k || M(subject).end_token + 1 < k ||
      M(subject).record >= 0 || M(subject).agent < 0) {
    return k;
  }
  const Token& head = text_.tokens[M(subject).end_token - 1];
  if ((head.prefixes & kProAl) || head.suffix != Enclitic::kNone || EndsInAccusativeAlif(BareWord(text_.Norm(head)))) {
    return k;
  }
  // Up to two adjectives (قائد ميداني بارز، ضابط كبير): a nisba (أمني, which the text layer may read as أمن +
  // the pronoun ي), or a word that, like the head, shows no case: no accusative alif, and no feminine ending
  // that an object could have (قتل مسلح امرأة).
  for (int n = static_cast<int>(k - M(subject).end_token); n < 2 && k + 1 < limit; ++n) {
    const Token& a = text_.tokens[k];
    // (A word also read as a verb, بارز، أمني, is an adjective where it may be a noun.)
    bool plain = a.kind == TokenKind::kWord && a.prefixes == 0 && MentionAt(k) < 0 && token_trigger_[k] < 0 &&
                 !(a.word_class & (kWordFunction | kWordNumber)) &&
                 !IsVerbNotNoun(a.word_class) &&
                 (a.suffix == Enclitic::kNone || a.suffix == Enclitic::kYa);
    if (!plain) break;
    std::string_view w = BareWord(text_.Norm(a));
    std::string_view o = text_.Text(a);
    bool nisba = (a.suffix == Enclitic::kYa || w.ends_with("ي")) && o.ends_with("ي") && o.size() > 6;
    bool caseless = a.suffix == Enclitic::kNone && w.size() >= 6 && !EndsInAccusativeAlif(o) &&
                    !o.ends_with("ة") && !o.ends_with("ى") && !o.ends_with("ه");
    if (!nisba && !caseless) break;
    ++k;
  }
  return k;
}

int32_t DocumentCoder::CarriedAt(uint32_t k, uint32_t limit) const {
  if (k + 1 < limit && Bare(k) == "كانت" && text_.tokens[k].prefixes == 0) ++k;
  if (k + 1 >= limit || text_.tokens[k].prefixes != 0 || !(WordKindsAt(k) & kCarryWord)) return -1;
  uint32_t p = quantity_end_[k + 1] > k + 1 ? quantity_end_[k + 1] : k + 1;  // تقل ثلاثة صحفيين
  int32_t m = p < limit ? MentionAt(p) : -1;
  if (m < 0 || M(m).first_token != p || !M(m).is_actor || M(m).object || (M(m).prefixes & (kPrepClitics | kProWa))) {
    return -1;
  }
  return m;
}

int32_t DocumentCoder::DemandedConcessionOf(uint32_t k, uint32_t sentence_end) const {
  // (A one-word verbal noun after بـ, of a concession whose genitive does it, its doer an actor right after it.)
  if (k + 1 >= sentence_end || !(text_.tokens[k].prefixes & kProBi)) return -1;
  const int32_t h = token_trigger_[k];
  if (h < 0 || hits_[h].first != k || hits_[h].end != k + 1) return -1;
  const int32_t m = MentionAt(k + 1);
  if (m < 0 || M(m).first_token != k + 1 || !M(m).is_actor || (M(m).prefixes & (kPrepClitics | kProWa))) return -1;
  for (uint32_t p : *hit_payloads_[h]) {
    const TriggerRecord& r = trig_.trigger(p);
    const CameoCode* code = ont_.Find(r.cameo);
    if (r.noun && r.gen == ArgRole::kSource && code != nullptr && code->plover_type == PloverType::kConcede) return m;
  }
  return -1;
}

Arg DocumentCoder::PrepTarget(size_t hi, const TriggerRecord& r, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  // (Nor the object right after the doer of a phrase that ends in it, or in its nationality: شن الطيران الروسي غارات
  // على مواقع للمعارضة، شنت طائرات مسيرة إماراتية غارات على مواقع لقوات الوفاق.)
  uint32_t object_at = t.end;
  if (int32_t n = !r.noun && t.end < c.end_token ? MentionAt(t.end) : -1;
      n >= 0 && ((r.flags & kFlagDoerInside) || M(n).first_token < t.end)) {
    object_at = M(n).end_token;
    // (شن الطيران الحربي التابع للجيش السوداني غارات على أحياء سكنية: or after the owner the doer belongs to.)
    if (object_at + 1 < c.end_token && BelongingAt(object_at)) {
      if (int32_t o = MentionAt(object_at + 1); o >= 0 && M(o).first_token == object_at + 1 && (M(o).prefixes & kProLi)) {
        object_at = M(o).end_token;
      }
    }
  }
  // (Only a trigger that takes its target after على، ضد or ب asks what a vehicle hit was carrying: the others
  // read no word before each token for it.)
  const bool hits_carrier = (r.target & (kTargetAla | kTargetDidd | kTargetBi)) != 0;
  // (A rally's line, CAMEO 141: أضرموا النار في مقر للحزب, a riot's, names what it hit after في.)
  const bool gathering = (r.target & kTargetFi) && r.cameo.starts_with("141");
  for (uint32_t k = t.end; k < c.end_token; ++k) {
    // (The rest of a phrase split by its subject is the phrase's, also where a word of it names the
    // same event: شن الجيش غارات على قرية.)
    // (Nor does the noun right after the verb, its subject: انفجرت عبوة ناسفة على دورية.)
    if (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi) &&
        hits_[token_trigger_[k]].first != t.end && hits_[token_trigger_[k]].first != object_at &&
        !t.InRest(hits_[token_trigger_[k]].first)) {
      break;
    }
    int32_t m = MentionAt(k);
    // أطلقوا النار على سيارة تقل صحفيين: the people a vehicle hit was carrying (a vehicle of no sector,
    // or one that is an object: حافلة تقل جنودا).
    if (hits_carrier && (m < 0 || M(m).object) && k >= 1 && k > t.first) {
      uint32_t after = m < 0 ? k + 1 : M(m).end_token;
      BareText before = Bare(k - 1);
      // (انفجرت عبوة بحافلة تقل جنودا: the ب on the vehicle hit.)
      uint16_t way = before == "علي" ? kTargetAla
                     : before == "ضد" ? kTargetDidd
                     : (text_.tokens[k].prefixes & kProBi) ? kTargetBi : 0;
      int32_t carried = (way & r.target) && (m >= 0 || IsPlainNoun(k)) ? CarriedAt(after, c.end_token) : -1;
      if (carried >= 0) {
        Arg a = ResolveDemonstrative(carried);
        a.how = "the people carried by what was hit";
        return a;
      }
    }
    if (m < 0) {
      // تعاونت الشرطة الإيطالية مع نظيرتها الليبية، اتصل بنظيره الفرنسي: a counterpart after the
      // trigger's preposition.
      // (CounterpartAt needs a mention at k + 1: a word before none, nearly every one, costs no call.)
      int32_t cp = MentionAt(k + 1) >= 0 ? CounterpartAt(k) : -1;
      if (cp < 0 || k == 0) continue;
      const Token& w = text_.tokens[k];
      uint16_t way = (w.prefixes & kProBi)   ? static_cast<uint16_t>(kTargetBi)
                     : (w.prefixes & kProLi) ? static_cast<uint16_t>(kTargetLi)
                                              : TargetWayOf(Bare(k - 1));
      if (!(way & r.target)) continue;
      Arg a;
      a.members = {cp};
      a.how = "the counterpart (نظير) after the preposition";
      a.counterpart = true;
      return a;
    }
    uint16_t p = PrepositionOf(m);
    bool location = M(m).is_place() && (p == kTargetFi || (p == kTargetBi && !M(m).is_actor));
    // احتشدوا قرب السفارة في حي أكدال: after في, a thing that stands for its people when hit (agents.tsv kind object:
    // a neighbourhood, a camp, a market) is where a rally (a line that takes its target after في) was held, not whom
    // it addressed; an attack's في keeps it (انفجار في سوق شعبي).
    location = location || (p == kTargetFi && M(m).object && gathering);
    if (IsActorLike(m) && (p & r.target) && p != kTargetObject && !location) return ResolveDemonstrative(m);
    // هجوم على دورية للشرطة، على حافلة تابعة للجيش: the owner, through لـ, of the object hit.
    if (M(m).is_actor && (M(m).prefixes & kProLi) && k >= 2) {
      uint32_t obj = k - 1;
      if (BelongingAt(obj)) --obj;
      BareText before = obj > 0 ? Bare(obj - 1) : BareText{};
      uint16_t way = before == "علي" ? kTargetAla : before == "ضد" ? kTargetDidd : 0;
      if (way && (way & r.target) && MentionAt(obj) < 0 && obj > t.first) {
        Arg a = ResolveDemonstrative(m);
        a.how = "owner (لـ) of what was hit";
        return a;
      }
    }
    // غارات على مواقع المعارضة، هجوم على مقر الحزب: the owner, in construct, of the object hit; so
    // through عن (رفع الحظر عن أنشطة الأحزاب، أفرج عن معتقلي الحركة). Not the words that make على a
    // phrase of agency or of cause (على يد، على أيدي، على خلفية، على لسان).
    if (M(m).is_actor && M(m).first_token == k && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa)) && k >= 2 &&
        k - 1 > t.first) {
      uint32_t obj = k - 1;
      const Token& o = text_.tokens[obj];
      // A word of its own (no name, trigger or pronoun), as the head of the construct is.
      bool bare_head = o.kind == TokenKind::kWord && MentionAt(obj) < 0 && token_trigger_[obj] < 0 &&
                       o.suffix == Enclitic::kNone;
      bool object_noun = bare_head && !(o.prefixes & (kProAl | kPrepClitics | kProWa | kProFa)) &&
                         !(o.word_class & kWordFunction) && !IsVerbNotNoun(o.word_class) &&
                         !CueStartsAt(obj - 1, CueKind::kByAgent);
      object_noun = object_noun && GrammarWordAt(obj) != GrammarWord::kNotObject;
      BareText before = Bare(obj - 1);
      uint16_t way = before == "علي" ? kTargetAla : before == "ضد" ? kTargetDidd : before == "عن" ? kTargetAn : 0;
      if (object_noun && way && (way & r.target) && obj - 1 >= t.end) {
        Arg a = ResolveDemonstrative(m);
        a.how = "owner (in construct) of what was hit";
        return a;
      }
      // رحبت الحكومة بقرار مجلس الأمن، نددت بتصريحات الوزير: the owner of the thing the trigger's ب or
      // لـ introduces (a noun without the article, in construct with the actor).
      uint8_t clitic = o.prefixes & (kPrepClitics | kProAl | kProWa | kProFa);
      uint16_t attached = clitic == kProBi ? kTargetBi : clitic == kProLi ? kTargetLi : 0;
      // (Right after the trigger or after its subject: رحبت الحكومة الليبية بقرار.)
      int32_t before_obj = MentionAt(obj - 1);
      bool next_to_trigger = obj == t.end || (before_obj >= 0 && M(before_obj).end_token == obj &&
                                              M(before_obj).first_token == t.end);
      // (After ب a word is a noun, whatever else the word list says it may be: أشاد بدور قطر.)
      bool plain_noun = bare_head && (attached == kTargetBi ||
                                      ((o.word_class & (kWordNoun | kWordFunction)) && !(o.word_class & kWordVerb)));
      if (plain_noun && attached && (attached & r.target) && next_to_trigger) {
        Arg a = ResolveDemonstrative(m);
        a.how = "owner (in construct) of what the preposition introduces";
        return a;
      }
    }
    k = M(m).end_token - 1;
  }
  // Past the prepositions, a protest or an attack may name its target in a circumstantial phrase.
  const CameoCode* code = ont_.Find(r.cameo);
  if (code == nullptr) return Arg{};
  const uint32_t sentence_end = text_.sentences[c.sentence].end_token;
  auto plain_actor = [&](uint32_t j) {
    int32_t m = j < sentence_end ? MentionAt(j) : -1;
    return m >= 0 && M(m).first_token == j && IsActorLike(m) && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa))
               ? m
               : -1;
  };
  if (code->plover_type == PloverType::kProtest) {
    // تجمع المتظاهرون أمام مبنى المحافظة مطالبين الحكومة بالرحيل، يهتفون ضد الحكومة، هتافات مناهضة
    // للرئيس: those the crowd makes demands of, chants against or opposes are what the protest is
    // addressed to. The scan stops at the next protest trigger, which takes its own.
    // A body of authority: a state's organ (a government, a ministry, a municipality, a parliament, its forces) or a
    // company's board, by its name or a generic noun; not a person, an office held by one, nor a people.
    auto authority = [&](int32_t m) {
      const Mention& x = M(m);
      if (!x.is_actor || x.object) return false;
      // (A person or an office counts where it holds the state's power: واتهموا رئيس الوزراء بـ، وطالبوا قائد الجيش
      // بـ، an official of the government, the army or the police; not an elite's figure, an activist or a party's.)
      const bool office_of_state = IsStateAgent(x.sector) && !TextEqual(x.sector, "ELI");
      if (x.record >= 0 && lex_.record(x.record).is_person && !office_of_state) return false;
      if (x.agent >= 0 && lex_.agents()[x.agent].kind_id == AgentKind::kOffice && !office_of_state) return false;
      return IsStateAgent(x.sector) || TextEqual(x.sector, "BUS") || (x.record >= 0 && lex_.record(x.record).is_state);
    };
    // رفضا للحكومة، رفضا للاتفاق الذي وقعته الإمارات، رافضين أن يترشح الرئيس: what a protest rejects, after a word of
    // protest against or a participle of demanding or rejecting (grammar.tsv demanding), is a body of authority
    // itself, an act or a thing whose doer a relative clause names, or a verb after أن whose subject is the state's.
    // (Only a state's or a company's doer: in رفضا للاتفاق الذي وقعه الطلاب the students are none.)
    auto rejected_doer = [&](uint32_t j, const char** how) -> int32_t {
      if (j + 1 >= sentence_end) return -1;
      const Token& x = text_.tokens[j];
      if (x.kind != TokenKind::kWord || (x.prefixes & (kProWa | kProFa))) return -1;
      if (const int32_t m = MentionAt(j); m >= 0) {
        const uint8_t prep = x.prefixes & kPrepClitics;
        if (M(m).first_token != j || (prep != 0 && prep != kProLi && prep != kProBi) || !authority(m)) return -1;
        *how = "the body of authority the protest rejects";
        return m;
      }
      if (Bare(j) == "ان" && x.prefixes == 0 && x.suffix == Enclitic::kNone) {
        const Token& v = text_.tokens[j + 1];
        const int32_t s = j + 2 < sentence_end ? plain_actor(j + 2) : -1;
        if (!(v.word_class & kWordVerb) || MentionAt(j + 1) >= 0 || s < 0 || !M(s).is_actor || !StateOrArmed(M(s))) {
          return -1;
        }
        *how = "the subject of the act the protest rejects";
        return s;
      }
      const char* unused = "";
      const int32_t d = DoerOfActAt(j, text_.clauses[x.clause], &unused);
      if (d < 0 || !M(d).is_actor || M(d).object || !(StateOrArmed(M(d)) || TextEqual(M(d).sector, "BUS"))) return -1;
      *how = "the doer of the act or thing the protest rejects";
      return d;
    };
    // احتجاجا على وفاة موقوف في مركز للشرطة، على مقتل شاب داخل ثكنة للجيش: an act done in a facility (grammar.tsv
    // facility) of a state's organ or armed force, through لـ or in construct, or named by the organ's own word (مركز
    // الشرطة), is that organ's. (A few words after the act; not a party's or the displaced's: في مقر الحزب.) Kept as a
    // fallback, as the building's owner below is.
    auto custodian_after = [&](uint32_t j) -> int32_t {
      for (uint32_t x = j + 1; x + 2 < sentence_end && x < j + 6; ++x) {
        if (text_.tokens[x].kind == TokenKind::kPunct) return -1;
        // (وفاة زميل لهم أثناء احتجازه لدى الشرطة: or held by them, لدى after a noun of detention, a coercion's
        // trigger; not سفيرها لدى إسرائيل.)
        if (Bare(x) == "لدي" && text_.tokens[x].prefixes == 0 && token_trigger_[x - 1] >= 0) {
          const int32_t g = token_trigger_[x - 1];
          const TriggerRecord* held = ChooseRecord(hits_[g], *hit_payloads_[g]);
          const CameoCode* hc = held != nullptr ? ont_.Find(held->cameo) : nullptr;
          const int32_t o = hc != nullptr && hc->plover_type == PloverType::kCoerce ? plain_actor(x + 1) : -1;
          if (o >= 0 && M(o).is_actor && !M(o).object && StateOrArmed(M(o))) return o;
          return -1;
        }
        if ((Bare(x) != "في" && GrammarWordAt(x) != GrammarWord::kAt) || text_.tokens[x].prefixes != 0) continue;
        const uint32_t f = x + 1;
        if (GrammarWordAt(f) != GrammarWord::kFacility || (text_.tokens[f].prefixes & (kPrepClitics | kProWa))) {
          return -1;
        }
        for (int32_t o : {MentionAt(f + 1), MentionAt(f)}) {
          if (o < 0 || !M(o).is_actor || M(o).object || !StateOrArmed(M(o))) continue;
          const uint8_t prep = M(o).prefixes & kPrepClitics;
          if ((M(o).first_token == f + 1 && (prep == 0 || prep == kProLi)) || (M(o).first_token == f && prep == 0)) {
            return o;
          }
        }
        return -1;
      }
      return -1;
    };
    auto word_of_place_before_building = [&](uint32_t k) {
      const BareText w = Bare(k);
      return w == "امام" || w == "حول" || w == "مقابل" || w == "قباله" || GrammarWordAt(k) == GrammarWord::kAt;
    };
    // أمام مقر البرلمان، أمام القنصلية الفرنسية: the owner of the building after a word of place at k (its name or
    // the state of a nationality after it, *by_nationality), or -1.
    auto owner_of_building_after = [&](uint32_t k, bool* by_nationality) -> int32_t {
      uint32_t j = k + 1;
      if (j + 1 < sentence_end && Bare(j) == "من" && text_.tokens[j].prefixes == 0) ++j;
      const uint32_t building_at = j;
      for (; j + 1 < sentence_end && j < building_at + 3; ++j) {
        const Token& building = text_.tokens[j];
        if (MentionAt(j) >= 0 || building.kind != TokenKind::kWord || building.suffix != Enclitic::kNone ||
            (building.prefixes & (kPrepClitics | kProWa | kProFa)) || (building.word_class & kWordFunction) ||
            (j > building_at && (text_.tokens[j - 1].prefixes & kProAl) && !(building.prefixes & kProAl))) {
          break;
        }
      }
      int32_t o = plain_actor(j);
      // (أمام مقر نقابتهم، أمام مبنى جامعتهم: a body with a pronoun of the crowd's is the crowd's own, where it met;
      // the protest is aimed at whom its purpose names.)
      if (o >= 0 && M(o).is_actor && text_.tokens[M(o).end_token - 1].suffix != Enclitic::kNone) return -1;
      if (o >= 0 && M(o).is_actor) return o;
      if (j > building_at && (o = BareNationalityAt(j)) >= 0 &&
          (text_.tokens[j].prefixes & kProAl) == (text_.tokens[j - 1].prefixes & kProAl)) {
        *by_nationality = true;
        return o;
      }
      return -1;
    };
    int32_t custodian = -1, building_owner = -1;
    bool owner_by_nationality = false;
    for (uint32_t k = t.end; k + 1 < sentence_end && k < t.end + 24; ++k) {
      // احتجاجا على اعتقال قوات الأمن ناشطين، ضد القصف الروسي، رفضا لقرار الحكومة: a protest against an
      // act (coder/word_kinds.tsv `against`) is addressed to its doer, before a building it was held at.
      // (The word may itself be a protest trigger, the accusative of purpose: its reason is this one's.)
      if (WordKindsAt(k) & kAgainstWord) {
        uint32_t j = k + 1;
        // (غضبا من: anger at, the accusative of purpose.)
        const bool from = Bare(j) == "من" && EndsInAccusativeAlif(text_.Text(text_.tokens[k]));
        if (j + 1 < sentence_end && (Bare(j) == "علي" || from) && text_.tokens[j].prefixes == 0) ++j;
        // احتجاجا على عدم تنفيذ الحكومة وعودها، رفضا لعدم التزام البلدية بتعهداتها: a failure to act (عدم and a
        // verbal noun in construct with its doer) is the failure of that doer, where it is a body of authority.
        if (Bare(j) == "عدم" && !(text_.tokens[j].prefixes & (kProWa | kProFa)) && j + 2 < sentence_end) {
          const Token& act = text_.tokens[j + 1];
          int32_t d = plain_actor(j + 2);
          if (d >= 0 && authority(d) && act.kind == TokenKind::kWord && MentionAt(j + 1) < 0 &&
              !(act.prefixes & (kProAl | kPrepClitics | kProWa | kProFa)) && act.suffix == Enclitic::kNone) {
            Arg a = ResolveDemonstrative(d);
            a.how = "the body whose failure to act is protested";
            return a;
          }
        }
        if (int32_t d = DoerOfActAt(j, sentence_end); d >= 0) {
          Arg a;
          a.members = {d};
          a.how = "the doer of the act protested against";
          a.nationality = !M(d).is_actor;
          return a;
        }
        if (int32_t d = MakerOfThingProtestedAt(j, sentence_end, c.sentence); d >= 0) {
          Arg a = ResolveDemonstrative(d);
          a.how = "the maker of the thing protested against";
          return a;
        }
        const char* how = nullptr;
        if (int32_t d = rejected_doer(j, &how); d >= 0) {
          Arg a = ResolveDemonstrative(d);
          a.how = how;
          return a;
        }
        if (custodian < 0) custodian = custodian_after(j);
      }
      int32_t h = token_trigger_[k];
      // وطالبوا السلطات المحلية بـ، وحملوا وزارة المالية مسؤولية التأخير، يتهمون الإدارة: a verb of demand or blame
      // in the third person plural, the protesters its subject (a subject after the verb would leave it singular), or
      // one of their chants.
      bool demand_verb = false, demand_of_removal = false, removal_noun = false;
      if (h >= 0 && h != static_cast<int32_t>(hi)) {
        const TriggerRecord* o = ChooseRecord(hits_[h], *hit_payloads_[h]);
        std::string_view v = text_.Norm(text_.tokens[k]);
        // (Or the chants' or the banners' own, right after them: ورددوا هتافات تطالب الحكومة بالرحيل. The protest's
        // chants are no event of their own (ChooseRecord): their verb's line of demand or blame is read here.)
        const bool chanted = k > t.end && (WordKindsAt(k - 1) & kChantWord) && text_.tokens[k].prefixes == 0;
        for (size_t p = 0; o == nullptr && chanted && p < hit_payloads_[h]->size(); ++p) {
          const TriggerRecord& line = trig_.trigger((*hit_payloads_[h])[p]);
          const CameoCode* lc = line.noun ? nullptr : ont_.Find(line.cameo);
          if (lc != nullptr && (lc->plover_type == PloverType::kRequest || lc->plover_type == PloverType::kAccuse)) {
            o = &line;
          }
        }
        const CameoCode* oc = o ? ont_.Find(o->cameo) : nullptr;
        // (Not at a protest noun that is no protest of its own: the accusative of purpose, احتجاجا على, whose reason is
        // this one's, nor the genitive of another act's noun, رغم حظر المسيرات: the ban's object.)
        const Token& word = text_.tokens[k];
        // (The accusative, احتجاجا with its alif: لافتات احتجاج, a genitive, names another protest.)
        const bool purpose = (WordKindsAt(k) & kAgainstWord) && word.prefixes == 0 && word.suffix == Enclitic::kNone &&
                             EndsInAccusativeAlif(text_.Text(word));
        const int32_t head = k > t.end ? token_trigger_[k - 1] : -1;
        const bool object_of_act = o != nullptr && o->noun && head >= 0 && head != h && hits_[head].end == k &&
                                   hits_[head].first + 1 == k && !(word.prefixes & (kPrepClitics | kProWa | kProFa)) &&
                                   !(text_.tokens[k - 1].prefixes & (kProAl | kProWa | kProFa)) &&
                                   text_.tokens[k - 1].suffix == Enclitic::kNone;
        if (oc != nullptr && oc->plover_type == PloverType::kProtest && !purpose && !object_of_act) break;
        demand_verb = oc != nullptr && !o->noun && hits_[h].first == k &&
                      (oc->plover_type == PloverType::kRequest || oc->plover_type == PloverType::kAccuse) &&
                      (v.ends_with("وا") || v.ends_with("ون") || chanted);
        demand_of_removal = demand_verb && oc->plover_type == PloverType::kRequest;
        // (الشعب يريد إسقاط النظام، هتافات بإسقاط الحكومة: a demand of removal named by its noun, the chant's.)
        removal_noun = oc != nullptr && o->noun && hits_[h].first == k && oc->plover_type == PloverType::kRequest &&
                       (WordKindsAt(k) & kRemovalWord) && !(text_.tokens[k].prefixes & (kProWa | kProFa | kProAl));
      }
      BareText w = Bare(k);
      // فيما فرضت قوات الأمن طوقا حول مقر اللجان: a clause of contrast or a semicolon starts other news.
      std::string_view n = text_.Norm(text_.tokens[k]);
      if (n == "؛" || n == ";" || w == "فيما" || w == "بينما" || w == "حين") break;
      int32_t m = -1;
      const char* how = nullptr;
      GrammarWord kind = GrammarWordAt(k);
      if (kind == GrammarWord::kDemanding && (m = plain_actor(k + 1)) >= 0) how = "the one the protesters make demands of";
      // متهمين إدارة الشركة بالمماطلة، محملين وزارة الصحة مسؤولية النقص: a participle of blame (word_kinds.tsv
      // accusing) after the protest, and the verbs above, name the body of authority it is addressed to.
      if (how == nullptr && ((WordKindsAt(k) & kAccusingWord) || demand_verb)) {
        int32_t b = plain_actor(k + 1);
        // (Or an armed group, which may rule where the crowd is: هتافات تطالب الحركة بالخروج من المشهد.)
        if (b >= 0 && (authority(b) || (IsArmed(M(b).sector) && !M(b).object))) {
          m = b;
          how = demand_verb ? "the body the protesters make demands of or blame, in a clause after the protest"
                            : "the body the protesters blame";
        }
      }
      // للمطالبة باستقالة الرئيسة، مطالبين بتنحي الرئيس: the one whose concession (a resignation, a stepping down) they
      // demand, the concession's own doer in its genitive.
      if (kind == GrammarWord::kDemanding && m < 0 && (m = DemandedConcessionOf(k + 1, sentence_end)) >= 0) {
        how = "the one whose concession the protesters demand";
      }
      // مطالبين بإقالة المجلس البلدي، للمطالبة برحيل الحكومة، مطالبين بطرد السفير الإيراني: the body or person whose removal
      // (word_kinds.tsv removal) they demand, in the genitive of the verbal noun after بـ. (An addressee named first,
      // مطالبين الحكومة بطرد السفير, was read above.)
      // (So after their verb of demand, وطالبوا بإسقاط الحكومة، هتافات تطالب بإسقاط النظام, after a word of chanting
      // whose بـ tells what is chanted for, هاتفين برحيل الرئيس، هتافات بإسقاط الحكومة, and where the noun of removal
      // stands alone, the chant's: يريد إسقاط النظام. Past a noun of rule (grammar.tsv era) in construct: مطالبين
      // بإنهاء حكم الرئيس, the holder's.)
      if ((kind == GrammarWord::kDemanding || demand_of_removal || removal_noun || (WordKindsAt(k) & kChantWord)) &&
          m < 0 && k + 2 < sentence_end) {
        const uint32_t at = removal_noun ? k : k + 1;
        const Token& removal = text_.tokens[at];
        uint32_t holder_at = at + 1;
        if (holder_at + 1 < sentence_end && GrammarWordAt(holder_at) == GrammarWord::kEra && MentionAt(holder_at) < 0 &&
            text_.tokens[holder_at].prefixes == 0 && text_.tokens[holder_at].suffix == Enclitic::kNone) {
          ++holder_at;
        }
        const int32_t removed = plain_actor(holder_at);
        const bool joined = removal_noun || (removal.prefixes & kPrepClitics) == kProBi;
        if (joined && removal.suffix == Enclitic::kNone && MentionAt(at) < 0 && (WordKindsAt(at) & kRemovalWord) &&
            removed >= 0 && M(removed).is_actor) {
          m = removed;
          how = "the one whose removal the protesters demand";
        }
      }
      // رافضين خطة الرئاسة، معترضين على قرار الحكومة، رافضين أن يترشح الرئيس: what the participle rejects, read as
      // after a word of protest against.
      if (kind == GrammarWord::kDemanding && m < 0 && k + 2 < sentence_end) {
        uint32_t j = k + 1;
        if (Bare(j) == "علي" && text_.tokens[j].prefixes == 0) ++j;
        m = MakerOfThingProtestedAt(j, sentence_end, c.sentence);
        how = "the maker of the thing protested against";
        if (m < 0) m = rejected_doer(j, &how);
        if (m < 0) how = nullptr;
      }
      if (kind == GrammarWord::kOpposing) {
        // (Or a list after لكل من: هتافات مناهضة لكل من ميقاتي وحزب الله.)
        uint32_t j = k + 1;
        if (j + 2 < c.end_token && Bare(j) == "لكل" && Bare(j + 1) == "من") j += 2;
        int32_t n = MentionAt(j);
        if (n >= 0 && M(n).is_actor && M(n).first_token == j && (j > k + 1 || (M(n).prefixes & kPrepClitics) == kProLi)) {
          m = n;
          how = "the one the protest opposes";
        }
      }
      if (w == "ضد" && (m = plain_actor(k + 1)) >= 0) how = "the one the protesters chant against";
      // تظاهر ... أمام مقر البرلمان، حول مقر سفارة إستونيا، قبالة وزارة الصحة: a protest before a building is addressed
      // to its owner, also past a long subject.
      // Those named as demanded of or opposed come first; the building's owner is kept as a fallback.
      // (Or near it, grammar.tsv at: على مقربة من السفارة، بالقرب من مقر الحكومة. The building may be named by a
      // construct of up to three nouns and owned by the state of a nationality after it: أمام مركز منح التأشيرات
      // التركية، أمام القنصلية الفرنسية.)
      const bool before_building = word_of_place_before_building(k);
      if (before_building && building_owner < 0) building_owner = owner_of_building_after(k, &owner_by_nationality);
      if (how != nullptr && M(m).is_actor) {
        Arg a = ResolveDemonstrative(m);
        a.how = how;
        return a;
      }
    }
    // (Both kept as fallbacks: those the crowd names as demanded of or opposed come first, ورددوا شعارات معادية
    // للسلطة.)
    if (custodian >= 0) {
      Arg a = ResolveDemonstrative(custodian);
      a.how = "the state's organ whose facility the act protested against happened in";
      return a;
    }
    // رفع طلاب الأعلام أمام السفارة البريطانية احتجاجا على: a protest read on its noun of purpose after a verb that is
    // none of its own was held where that verb's crowd stood, before the noun in its clause (the nearest building).
    if (Rarely(building_owner < 0 && (WordKindsAt(t.first) & kAgainstWord) && t.first > c.first_token &&
               EndsInAccusativeAlif(text_.Text(text_.tokens[t.first])))) {
      for (uint32_t k = t.first; k-- > c.first_token && building_owner < 0;) {
        if (text_.tokens[k].prefixes == 0 && word_of_place_before_building(k)) {
          building_owner = owner_of_building_after(k, &owner_by_nationality);
        }
      }
    }
    if (building_owner >= 0) {
      Arg a;
      if (owner_by_nationality) {
        a.members = {building_owner};
        a.nationality = true;
      } else {
        a = ResolveDemonstrative(building_owner);
      }
      a.how = "owner of the building the protest was held before";
      return a;
    }
  }
  // للمطالبة باستقالة الرئيسة، مطالبين بتنحي الرئيس: a demand of a concession right after it is made of the one who is
  // to concede.
  if (code->plover_type == PloverType::kRequest) {
    if (int32_t m = DemandedConcessionOf(t.end, sentence_end); m >= 0) {
      Arg a = ResolveDemonstrative(m);
      a.how = "the one whose concession is demanded";
      return a;
    }
  }
  if (code->plover_type == PloverType::kAssault) {
    if (int32_t m = CrowdStruck(hi, c); m >= 0) {
      Arg a = ResolveDemonstrative(m);
      a.how = "the people among whom, or the crowd of whom, the attack struck";
      return a;
    }
    // فجر نفسه مستهدفا دورية للجيش، بتفجير نفسها مستهدفة موكب الوزير: the object of the participle of
    // targeting after the attack (or the owner, through لـ or in construct, of the object).
    for (uint32_t k = t.end; k + 1 < sentence_end && k < t.end + 4; ++k) {
      if (text_.tokens[k].kind == TokenKind::kPunct) break;
      if (GrammarWordAt(k) != GrammarWord::kTargeting) continue;
      int32_t m = plain_actor(k + 1);
      const char* how = "object of the participle of targeting";
      const Token& o = text_.tokens[k + 1];
      if (m < 0 && MentionAt(k + 1) < 0 && o.kind == TokenKind::kWord && !(o.prefixes & (kPrepClitics | kProWa)) &&
          k + 2 < sentence_end) {
        int32_t n = MentionAt(k + 2);
        if (n >= 0 && M(n).is_actor && M(n).first_token == k + 2 &&
            (M(n).prefixes & (kPrepClitics | kProWa | kProFa)) == ((M(n).prefixes & kProLi) ? kProLi : 0)) {
          m = n;
          how = "owner of the object of the participle of targeting";
        }
      }
      if (m >= 0) {
        Arg a = ResolveDemonstrative(m);
        a.how = how;
        return a;
      }
      break;
    }
    // فجر نفسه خارج مكتب شركة أمريكية، انفجرت قنبلة أمام مقر الحزب: a blast at a building aims at
    // its owner, named in construct or through لـ after the building noun. (Not tear gas or a crowd dispersed,
    // 175: فرقت الشرطة المحتجين بالغاز أمام مقر البرلمان, the crowd stood before the building.)
    // (انفجار سيارة مفخخة أمام مبنى الوزارة، يفجرون ست سيارات مفخخة عند مقر الشرطة: the device, the genitive of the
    // noun of the blast or the object of a verb that takes one, counted or not, stands before the building.)
    const bool device_object = !r.noun && (r.target & kTargetObject);
    const uint32_t device_at =
        device_object && t.end < c.end_token && quantity_end_[t.end] > t.end ? quantity_end_[t.end] : t.end;
    for (uint32_t k = t.end; !r.cameo.starts_with("17") && k + 2 < c.end_token && k < t.end + 8; ++k) {
      if (int32_t h = token_trigger_[k]; k == device_at && (r.noun || device_object) && h >= 0 &&
                                         h != static_cast<int32_t>(hi) &&
                                         hits_[h].first == k && !(text_.tokens[k].prefixes & ~kProAl) &&
                                         ViolentNounRecord(h) != nullptr) {
        k = hits_[h].end - 1;
        continue;
      }
      if (text_.tokens[k].kind == TokenKind::kPunct || (token_trigger_[k] >= 0 && token_trigger_[k] != static_cast<int32_t>(hi))) {
        break;
      }
      // (Or عند, kBlastAtWord, which names a blast's building here only.)
      std::string_view w = Bare(k);
      if (GrammarWordAt(k) != GrammarWord::kAt && (w != kBlastAtWord || text_.tokens[k].prefixes != 0)) continue;
      uint32_t j = k + 1;
      if (w == "بالقرب" && Bare(j) == "من") ++j;
      // داخل مطعم، أمام مقر حزب الوفد: a building the lexicon knows, with its owner if one is named.
      int32_t o = MentionAt(j);
      if (o >= 0 && M(o).object && M(o).first_token == j && !(M(o).prefixes & (kPrepClitics | kProWa))) {
        Arg a = ResolveDemonstrative(o);
        a.how = "the building the blast was at";
        return a;
      }
      const Token& building = text_.tokens[j];
      // (A gathering is such a place: وسط تجمع لعناصر الشرطة.)
      bool gathering = j < c.end_token && GatheringAt(j);
      if (j + 1 >= c.end_token || MentionAt(j) >= 0 || building.kind != TokenKind::kWord ||
          (building.prefixes & (kProAl | kPrepClitics | kProWa)) || (token_trigger_[j] >= 0 && !gathering)) {
        break;
      }
      if (gathering) j = hits_[token_trigger_[j]].end - 1;
      int32_t n = MentionAt(j + 1);
      if (n >= 0 && M(n).is_actor && M(n).first_token == j + 1 && !(M(n).prefixes & (kProBi | kProKa | kProWa))) {
        Arg a = ResolveDemonstrative(n);
        a.how = "owner of the building the blast was at";
        return a;
      }
      break;
    }
  }
  return Arg{};
}

bool DocumentCoder::ObjectSlotEmpty(uint32_t from, const Clause& c) const {
  // Nothing after the verb (and its subject) that could be an object: no people named without a
  // preposition, no count. What may follow a passive: a preposition (في هجوم، بنيران، خلال)، a time
  // word, a conjunction starting the next verb (وأصيب)، punctuation.
  // The object stands before the next trigger (قتل وجرح سبعة آخرون: the count is the second verb's).
  uint32_t end = from;
  while (end < c.end_token && token_trigger_[end] < 0) ++end;
  for (const Quantity& q : QuantitiesTouching(from, end)) {
    if (q.first_token < from || q.first_token >= end || !q.unit.empty()) continue;
    if (TimeAfterCount(q.end_token)) continue;  // ثلاثة أيام
    // (A count after a preposition is no object: يعمل في إحدى منصات النفط.)
    if (q.first_token > from && (text_.tokens[q.first_token - 1].word_class & kWordPreposition) &&
        text_.tokens[q.first_token - 1].kind == TokenKind::kWord) {
      continue;
    }
    return false;
  }
  for (uint32_t k = from; k < end; ++k) {
    int32_t m = MentionAt(k);
    if (m < 0) continue;
    if (M(m).is_actor && !M(m).is_place() && !IsPrepositional(m)) {
      // An actor after a conjunction starts the next clause's subject (وأصيب آخر، وجنديان).
      if (!(M(m).prefixes & (kProWa | kProFa))) return false;
    }
    k = M(m).end_token - 1;
  }
  if (from >= c.end_token) return true;
  const Token& next = text_.tokens[from];
  if (next.kind != TokenKind::kWord) return true;
  if (next.prefixes & (kProWa | kProFa | kProBi | kProLi)) return true;
  // خطف موظف بريطاني يعمل في شركة نفط: a verb in the present right after an indefinite noun opens a
  // relative clause on it (an indefinite noun takes no relative pronoun), not an object.
  if ((next.word_class & kWordVerb) && next.prefixes == 0 && from > 0) {
    std::string_view verb = Bare(from);
    const Token& noun = text_.tokens[from - 1];
    if ((verb.starts_with("ي") || verb.starts_with("ت")) && noun.kind == TokenKind::kWord &&
        !IsDefinite(text_, noun)) {
      return true;
    }
  }
  return (WordKindsAt(from) & kAfterPassiveWord) != 0;
}

Arg DocumentCoder::TemporalClauseDoer(const TriggerHit& t) const {
  // قتل ثلاثة أشخاص بعدما فتح مسلحون النار، أصيب 13 شخصا بعدما نفذت القوات الأمريكية ضربة جوية: the
  // victims of a verb without a doer fell in the event of the temporal clause after it, whose subject
  // is the doer. Only clauses of "when" and "after" (not قبل أن "before", منذ أن "since").
  uint32_t sentence = text_.tokens[t.first].sentence;
  for (const CueHit& q : CuesOfKindsIn(t.end, t.end + 11, CueKind::kTemporal)) {
    if (q.kind != CueKind::kTemporal) continue;
    if (q.first < t.end || q.first > t.end + 10 || q.end >= text_.tokens.size()) continue;
    if (text_.tokens[q.end].sentence != sentence) break;
    const std::string& form = trig_.cue(q.record).form;
    if (form.rfind("قبل", 0) == 0 || form.rfind("منذ", 0) == 0 || form == "كلما" || form == "ريثما") break;
    uint32_t v = q.end;
    const Clause& vc = text_.clauses[text_.tokens[v].clause];
    bool violent = false;
    int32_t h = token_trigger_[v];
    const TriggerRecord* vr = h >= 0 ? ChooseRecord(hits_[h], *hit_payloads_[h]) : nullptr;
    const CameoCode* vcode = vr ? ont_.Find(vr->cameo) : nullptr;
    if (vcode != nullptr && vcode->plover_type != PloverType::kNone) {
      violent = vcode->plover_type == PloverType::kAssault && !vr->noun && !vr->passive && vr->subj == ArgRole::kSource;
    } else {
      // No event of its own (not a trigger, or a light verb such as شن whose noun is the trigger).
      // بعدما نفذت القوات ضربة جوية، بعد أن شن مسلحون هجوما: a verb of carrying out before a violent noun.
      bool carry = false;
      for (const CueHit& g : CuesIn(v, v + 1)) {
        CueKind k = g.kind;
        if (g.first == v && (k == CueKind::kPerpetrate || k == CueKind::kGovern || k == CueKind::kOccurrence)) carry = true;
      }
      for (uint32_t j = v + 1; carry && j < vc.end_token && j < v + 6; ++j) {
        int32_t hj = token_trigger_[j];
        if (hj < 0) continue;
        const TriggerRecord* nr = ChooseRecord(hits_[hj], *hit_payloads_[hj]);
        const CameoCode* code = nr ? ont_.Find(nr->cameo) : nullptr;
        violent = code && code->plover_type == PloverType::kAssault;
        break;
      }
    }
    if (!violent) break;
    bool after = false;
    TriggerHit vh{v, v + 1, 0};
    // (قتل سبعة أشخاص عندما قصفت طائرة إسرائيلية منزلهم: a machine of war is no mention; its nationality names the doer.)
    Arg doer = MachineSubjectOfState(vh, vc);
    if (doer.empty()) doer = SubjectOf(vh, vc, &after);
    if (!doer.empty()) doer.how = "subject of the temporal clause after the verb ('" + form + "')";
    return doer;
  }
  return Arg{};
}

Arg DocumentCoder::MachineSubjectOfState(const TriggerHit& t, const Clause& c) const {
  // A machine of war (no actor) as the subject right after the verb, with a nationality after it or after one
  // adjective of its own (الطائرات الحربية الإسرائيلية): that state's military did it. The subject may be indefinite
  // too (دمرت دبابات إسرائيلية منازل، أغارت طائرات أمريكية على مواقع), its nationality agreeing with it, where the verb
  // form holds no subject of its own (دمروا، دمرنا: then the machines are its object).
  Arg state;
  const bool split_by_machine = t.rest > t.end;
  // (قصفت صباح الأحد طائرات إسرائيلية: the subject past a time adverbial.)
  const uint32_t subject_at = split_by_machine ? t.end : PastDateAt(t.end, c.end_token);
  const uint8_t machine_article = subject_at < c.end_token ? text_.tokens[subject_at].prefixes & kProAl : kProAl;
  const std::string_view verb_text =
      text_.original.substr(text_.tokens[t.first].begin, text_.tokens[t.first].end - text_.tokens[t.first].begin);
  const bool verb_with_subject = !split_by_machine && machine_article == 0 &&
                                 (verb_text.ends_with("وا") || verb_text.ends_with("نا") ||
                                  (t.first > c.first_token && text_.tokens[t.first - 1].suffix != Enclitic::kNone &&
                                   AnnaAt(t.first - 1)));
  if (verb_with_subject || subject_at + 1 >= c.end_token || text_.tokens[subject_at].prefixes != machine_article ||
      MentionAt(subject_at) >= 0 || token_trigger_[subject_at] >= 0 || !(WordKindsAt(subject_at) & kMachineWord)) {
    return state;
  }
  uint32_t d = subject_at + 1;
  if (d + 1 < c.end_token && MentionAt(d) < 0 && token_trigger_[d] < 0 && text_.tokens[d].prefixes == machine_article &&
      text_.tokens[d].kind == TokenKind::kWord && !(text_.tokens[d].word_class & kWordFunction)) {
    ++d;
  }
  int32_t m = NationalityAt(d);
  if (m < 0) m = SupposedStateAt(d, c.end_token);  // (طائرات يعتقد أنها روسية)
  if (m < 0 && d > subject_at + 1) m = SupposedStateAt(subject_at + 1, c.end_token);  // (the cue is no adjective)
  if (m >= 0 && M(m).prefixes == machine_article) {
    state.members = NationalityList(m, c.end_token);
    state.how = "nationality of the machine of war that is the verb's subject";
  }
  return state;
}

Arg DocumentCoder::PassingTarget(const TriggerHit& t) const {
  // انفجرت عبوة لدى مرور دورية للشرطة، أثناء مرور حافلة تقل عناصر من الحرس الثوري: a blast "as X
  // passed" was aimed at X: at the people named, the owner (لـ) of the vehicle, or those it carried.
  uint32_t sentence = text_.tokens[t.first].sentence;
  uint32_t end = text_.sentences[sentence].end_token;
  for (uint32_t k = t.end + 1; k + 1 < end && k < t.end + 10; ++k) {
    if (Bare(k) != "مرور") continue;
    std::string_view before = Bare(k - 1);
    if (before != "لدي" && before != "اثناء" && before != "عند" && before != "خلال") break;
    uint32_t j = k + 1;
    int32_t m = MentionAt(j);
    Arg a;
    // حافلة تقل عناصر من الحرس الثوري: the people a vehicle carries, before the vehicle itself.
    uint32_t after_vehicle = m >= 0 ? M(m).end_token : j + 1;
    std::string_view carry = after_vehicle < end ? Bare(after_vehicle) : std::string_view();
    int32_t carried = (carry == "تقل" || carry == "يقل" || carry == "تنقل" || carry == "ينقل") && after_vehicle + 1 < end
                          ? MentionAt(after_vehicle + 1)
                          : -1;
    if (carried >= 0 && M(carried).is_actor && !(M(carried).prefixes & kPrepClitics)) {
      a = ResolveDemonstrative(carried);
    } else if (m >= 0 && M(m).is_actor && !(M(m).prefixes & kPrepClitics)) {
      a = ResolveDemonstrative(m);
    } else if (m < 0 && j + 1 < end) {
      std::string_view w = Bare(j + 1);
      int32_t n = MentionAt(j + 1);
      if (n >= 0 && M(n).is_actor && (M(n).prefixes & kPrepClitics) == kProLi) {
        a = ResolveDemonstrative(n);  // دورية للشرطة
      } else if ((w == "تقل" || w == "يقل" || w == "تنقل" || w == "ينقل") && j + 2 < end) {
        int32_t p = MentionAt(j + 2);
        if (p >= 0 && M(p).is_actor && !(M(p).prefixes & kPrepClitics)) a = ResolveDemonstrative(p);
      }
    }
    if (!a.empty()) a.how = "what was passing (لدى مرور)";
    return a;
  }
  return Arg{};
}

Arg DocumentCoder::PurposeObject(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  const uint32_t from = std::max(t.end, t.rest_end);
  for (uint32_t k = from; k + 1 < c.end_token && k < from + 8; ++k) {
    // (The verb's subject and the means may stand before the purpose.)
    if (int32_t m = MentionAt(k); m >= 0) {
      k = M(m).end_token - 1;
      continue;
    }
    const Token& w = text_.tokens[k];
    if (w.kind != TokenKind::kWord) return Arg{};
    if ((w.prefixes & kPrepClitics) != kProLi || w.suffix != Enclitic::kNone || Bare(k).size() <= 4) continue;
    // (لتفريق آلاف المتظاهرين: past the count of the people.)
    const uint32_t count_end = quantity_end_[k + 1];
    const uint32_t people = count_end > k + 1 && count_end < c.end_token ? count_end : k + 1;
    int32_t p = MentionAt(people);
    if (p < 0 || M(p).first_token != people || !M(p).is_actor || M(p).object ||
        (M(p).prefixes & (kPrepClitics | kProWa | kProFa))) {
      continue;  // (الغاز المسيل للدموع: لـ within the means)
    }
    Arg a = ResolveDemonstrative(p);
    a.how = "the people the purpose (لـ) of the means acts on";
    return a;
  }
  return Arg{};
}

bool DocumentCoder::NounAsCause(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  if (t.first <= c.first_token) return false;
  const uint8_t prep = text_.tokens[t.first].prefixes & kPrepClitics;
  if (prep == 0) {
    return CueEndsBefore(t.first, CueKind::kResult) || GrammarWordAt(t.first - 1) == GrammarWord::kCircumstance;
  }
  if (prep != kProLi) return false;
  for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kUndergo)) {
    if (q.kind == CueKind::kUndergo && q.first >= c.first_token && q.end <= t.first) return true;
  }
  return false;
}

int32_t DocumentCoder::DoerOfActAt(uint32_t k, uint32_t limit) const {
  if (k >= limit) return -1;
  const Token& w = text_.tokens[k];
  const int32_t h = token_trigger_[k];
  uint8_t prep = w.prefixes & kPrepClitics;
  // (تنديدا بالعدوان: the act may end the phrase of the word of protest itself, whose doer is not its genitive.)
  const bool in_phrase = h >= 0 && hits_[h].first + 1 == k && (WordKindsAt(hits_[h].first) & kAgainstWord);
  if (h < 0 || (hits_[h].first != k && !in_phrase) || MentionAt(k) >= 0 || (w.prefixes & (kProWa | kProFa)) ||
      (prep != 0 && prep != kProLi && prep != kProBi) || w.suffix != Enclitic::kNone) {
    return -1;
  }
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  if (r == nullptr || !r->noun) return -1;
  uint32_t e = hits_[h].end;
  if (e >= limit) return -1;
  // (القصف الروسي، الغارات الجوية الإسرائيلية: the state of a nationality, after at most one adjective.)
  uint32_t after_adjective = e + 1 < limit && IsPlainNoun(e) ? e + 1 : e;
  for (uint32_t j : {e, after_adjective}) {
    if (int32_t n = BareNationalityAt(j); n >= 0) return n;
  }
  // (بقصف مسيرة تركية، بغارة طائرة مسيرة أمريكية، بقصف مدفعية روسية: a machine of war in the genitive of a strike is
  // what struck, never what was hit; the nationality after it, or after its one adjective, is the doer's state.)
  // (بقصف مدفعية روسية: a phrase that ends in its machine, whose genitive is the doer, where the machine and its
  // nationality make one actor of the dictionaries, the Russian artillery.)
  if (int32_t a = MentionAt(e - 1); a >= 0 && r->gen == ArgRole::kSource && e > hits_[h].first + 1 &&
                                    M(a).first_token == e - 1 && M(a).end_token > e && M(a).is_actor &&
                                    !M(a).object && (WordKindsAt(e - 1) & kMachineWord)) {
    return a;
  }
  // (Only a noun of striking: after إسقاط، تدمير the machine is what was hit, and its nationality the target's.)
  if (((r->flags & kFlagArmedDoer) || r->gen == ArgRole::kSource) && MentionAt(e) < 0 &&
      (WordKindsAt(e) & kMachineWord) && text_.tokens[e].prefixes == 0 && text_.tokens[e].suffix == Enclitic::kNone) {
    for (uint32_t j = e + 1; j < limit && j < e + 3; ++j) {
      if (int32_t n = BareNationalityAt(j); n >= 0) return n;
      if (MentionAt(j) >= 0 || text_.tokens[j].prefixes != 0 || !(IsPlainNoun(j) || (WordKindsAt(j) & kMachineWord))) {
        break;
      }
    }
  }
  int32_t g = MentionAt(e);
  const bool actor = g >= 0 && M(g).first_token == e && M(g).is_actor && !M(g).object &&
                     !(M(g).prefixes & (kPrepClitics | kProWa | kProFa));
  if (actor && r->gen == ArgRole::kSource && !in_phrase) return g;
  // (ندد بقصف الجيش، قتل خمسة جراء قصف قوات الدعم السريع: an armed force is the doer of a shelling.)
  if (actor && (r->flags & kFlagArmedDoer) && ArmedForce(M(g))) return g;
  // (مقتل شاب برصاص الشرطة، اعتقال زملائهم على يد قوات الأمن: the genitive, an actor or a word of no
  // dictionary, is done to, and a phrase of agency right after it names the doer.)
  const uint32_t past = actor ? M(g).end_token : g < 0 && text_.tokens[e].kind == TokenKind::kWord ? e + 1 : e;
  if (past > e && past < limit && CueStartsAt(past, CueKind::kByAgent)) {
    for (const CueHit& q : CuesIn(past, past + 1)) {
      if (q.kind != CueKind::kByAgent || q.first != past || q.end >= limit) continue;
      int32_t d = MentionAt(q.end);
      if (d >= 0 && M(d).first_token == q.end && M(d).is_actor && !(M(d).prefixes & (kPrepClitics | kProWa | kProFa))) {
        return d;
      }
    }
  }
  if (!actor) return -1;
  // (اعتقال الناشطين is the activists' arrest: a genitive that is done to only, but for a force followed by
  // what it did it to.)
  uint32_t o = M(g).end_token;
  if (!StateOrArmed(M(g)) || o >= limit) return -1;
  const Token& x = text_.tokens[o];
  bool object = x.kind == TokenKind::kWord && !(x.prefixes & (kProWa | kProFa | kProBi | kProKa)) &&
                ((x.prefixes & kProLi) || (!(x.word_class & (kWordPreposition | kWordFunction)) && NationalityAt(o) < 0));
  return object ? g : -1;
}

int32_t DocumentCoder::MakerOfThingProtestedAt(uint32_t k, uint32_t limit, uint32_t sentence) const {
  if (k + 1 >= limit) return -1;
  const Token& w = text_.tokens[k];
  if (w.kind != TokenKind::kWord || MentionAt(k) >= 0 || token_trigger_[k] >= 0 || w.suffix != Enclitic::kNone ||
      (w.prefixes & (kProWa | kProFa)) || (w.word_class & (kWordFunction | kWordNumber))) {
    return -1;
  }
  // Its genitive (a noun in construct has no article), else the subject of a relative clause on it.
  uint32_t genitive_at = k + 1;
  int32_t g = MentionAt(k + 1);
  // (Or the genitive of a second noun in construct: رفضا لتمديد ولاية الرئيس، اعتراضا على خطة إصلاح الحكومة. Not a
  // particle, بوظائف في شركة, but for a noun whose first و is its own, ولاية, which the word list reads as و + لا.)
  if (const Token& second = text_.tokens[k + 1];
      g < 0 && k + 2 < limit && !(w.prefixes & kProAl) && second.kind == TokenKind::kWord && second.prefixes == 0 &&
      second.suffix == Enclitic::kNone && token_trigger_[k + 1] < 0 &&
      !(second.word_class & (kWordNumber | kWordPreposition)) &&
      (!(second.word_class & kWordFunction) || (second.word_class & kWordInitialLetter)) && MentionAt(k + 2) >= 0) {
    genitive_at = k + 2;
    g = MentionAt(k + 2);
  }
  if (g < 0 || M(g).first_token != genitive_at || (w.prefixes & kProAl) ||
      (M(g).prefixes & (kPrepClitics | kProWa | kProFa))) {
    const Clause rest{k + 1, limit, sentence};
    g = RelativeDoerAt(PastAdjectives(k + 1, rest), rest);
    // رسوم جديدة فرضتها البلدية، قرار اتخذته وزارة الفلاحة: an indefinite noun takes its relative clause with no
    // relative pronoun; its verb holds the noun's pronoun and its subject follows right after it.
    // (Past the noun's indefinite adjectives, one or two: رسوم جديدة مرتفعة فرضتها؛ جديدة is also a place's name.)
    const bool indefinite = g < 0 && !(w.prefixes & kProAl);
    uint32_t verb_at = k + 1;
    for (uint32_t n = 0; indefinite && n < 2 && verb_at + 1 < limit; ++n, ++verb_at) {
      const Token& a = text_.tokens[verb_at];
      const int32_t am = MentionAt(verb_at);
      if (a.kind != TokenKind::kWord || a.prefixes != 0 || token_trigger_[verb_at] >= 0 ||
          (a.word_class & (kWordFunction | kWordNumber)) || (am >= 0 && (M(am).is_actor || M(am).end_token != verb_at + 1)) ||
          CarriesPronoun(text_, a)) {
        break;
      }
    }
    if (indefinite && verb_at + 1 < limit) {
      const Token& v = text_.tokens[verb_at];
      int32_t d = MentionAt(verb_at + 1);
      if (v.kind == TokenKind::kWord && v.prefixes == 0 && MentionAt(verb_at) < 0 && CarriesPronoun(text_, v) &&
          !(v.word_class & (kWordFunction | kWordName | kWordNumber)) && d >= 0 && M(d).first_token == verb_at + 1 &&
          !(M(d).prefixes & (kPrepClitics | kProWa | kProFa))) {
        g = d;
      }
    }
  }
  // (Only those who decide or enforce, a state's or a company's: in احتجاجا على أوضاع العمال the workers are whom the
  // protest is for; in اعتراضا على قرار مجلس الإدارة the board decided.)
  return g >= 0 && M(g).is_actor && !M(g).object && (StateOrArmed(M(g)) || TextEqual(M(g).sector, "BUS")) ? g : -1;
}

bool DocumentCoder::MeansOfHarm(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  bool means = (text_.tokens[t.first].prefixes & kProBi) ||
               (t.first > c.first_token && !(text_.tokens[t.first].prefixes & kPrepClitics) &&
                (WordKindsAt(t.first - 1) & kMeansWord));
  // (اعتقل ثلاثة مطلوبين في مداهمة للشرطة: or of a capture, a verb's.)
  auto capture_verb = [&](size_t h) {
    for (uint32_t p : *hit_payloads_[h]) {
      if (!trig_.trigger(p).noun && (trig_.trigger(p).flags & kFlagCapture)) return true;
    }
    return false;
  };
  for (size_t h = hi; means && h-- > 0 && hits_[h].first >= c.first_token;) {
    if (hits_[h].end + kKillMeansReach <= t.first) break;
    if (hit_verb_[h] ? KillOrInjureLine(*hit_payloads_[h]) || capture_verb(h) : TollNounAt(h)) return true;
  }
  return false;
}

Arg DocumentCoder::MeansDoerAfter(size_t hi, const Clause& c) const {
  const TriggerHit& t = hits_[hi];
  for (uint32_t k = t.end; k < c.end_token && k < t.end + kKillMeansReach; ++k) {
    const Token& kt = text_.tokens[k];
    if (kt.kind == TokenKind::kPunct) break;
    int32_t h = token_trigger_[k];
    if (h < 0) continue;
    // (After في, مقتل ثلاثة مدنيين في انفجار, the noun may be the occasion, not the means.)
    bool means = (kt.prefixes & kProBi) ||
                 (!(kt.prefixes & kPrepClitics) && (WordKindsAt(k - 1) & kMeansWord) && Bare(k - 1) != "في");
    if (!means || hits_[h].first != k || ViolentNounRecord(h) == nullptr) return Arg{};
    Arg a;
    if (int32_t d = DoerOfActAt(k, c.end_token); d >= 0) {
      a.members = {d};
      a.how = "the doer of the means of the killing";
      a.nationality = !M(d).is_actor;
      return a;
    }
    // (بقصف مدفعي لقوات الدعم السريع، بهجوم لحركة الشباب: its owner after لـ.)
    uint32_t e = hits_[h].end;
    int32_t g = e < c.end_token ? MentionAt(e) : -1;
    if (g >= 0 && M(g).first_token == e && M(g).is_actor && !M(g).object &&
        (M(g).prefixes & kPrepClitics) == kProLi && StateOrArmed(M(g))) {
      a = GroupOf(g, "the owner (لـ) of the means of the killing");
    }
    return a;
  }
  return Arg{};
}

void DocumentCoder::VerbArguments(size_t hi, const TriggerRecord& r, const Clause& c, Arg* source_out, Arg* target_out) {
  ReadVerbArguments(hi, r, c, source_out, target_out);
  *target_out = PartitiveTarget(std::move(*target_out), hits_[hi], c, *source_out);
  *source_out = OrganisationOfMember(std::move(*source_out), c);
  *target_out = OrganisationOfMember(std::move(*target_out), c);
}

int32_t DocumentCoder::LaunchedBy(uint32_t k, const Clause& c) const {
  if (!(WordKindsAt(k) & kMunitionWord)) return -1;
  const uint32_t l = LauncherAfterMunition(k, c.end_token);
  const int32_t p = l > 0 && l < c.end_token ? MentionAt(l) : -1;
  if (p < 0 || M(p).first_token != l || !M(p).is_actor || M(p).object || (M(p).prefixes & (kPrepClitics | kProWa | kProFa))) {
    return -1;
  }
  return p;
}

void DocumentCoder::ReadVerbArguments(size_t hi, const TriggerRecord& r, const Clause& c, Arg* source_out,
                                      Arg* target_out) {
  const TriggerHit& t = hits_[hi];
  const Token& tt = text_.tokens[t.first];
  Arg& source = *source_out;
  Arg& target = *target_out;
  bool vso = false;
  Arg subj;
  // فجر انتحاري، فجر مهاجم انتحاري: a verb phrase may hold its subject, an agent after the verb. In a
  // line that takes a direct object, an actor whose name goes on past the phrase (طرد السفير الإيراني)
  // is that object.
  uint32_t machine_object = 0;  // the machine of war after machines of war that are the subject, or 0
  for (uint32_t k = t.first + 1; k < t.end; ++k) {
    int32_t m = MentionAt(k);
    // So is a definite actor the phrase ends in (فرق المتظاهرين، تفرق المحتجين).
    bool object = (r.target & kTargetObject) && m >= 0 &&
                  (M(m).end_token > t.end || (M(m).end_token == t.end && (text_.tokens[k].prefixes & kProAl)));
    // (Not the machine of war a doer_inside phrase ends in, its owner's actor going on past it: قصفت مقاتلات الجيش
    // السوداني.)
    if (object && (r.flags & kFlagDoerInside) && k + 1 == t.end && M(m).first_token == k &&
        (WordKindsAt(k) & kMachineWord)) {
      object = false;
    }
    // (Nor machines of war the phrase ends in with another one right after them, which is the object: أسقطت مقاتلات
    // إسرائيلية طائرة سورية. The plural tells no case; the one shot down comes second.)
    if (object && k + 1 == t.end && M(m).first_token == k && M(m).end_token < c.end_token &&
        (WordKindsAt(k) & kMachineWord) && (WordKindsAt(M(m).end_token) & kMachineWord) &&
        text_.tokens[M(m).end_token].prefixes == 0 &&
        (MentionAt(M(m).end_token) < 0 || M(MentionAt(M(m).end_token)).first_token == M(m).end_token)) {
      object = false;
      machine_object = M(m).end_token;
    }
    // (A noun with its owner's pronoun, سحبت قواتها، is what the verb acts on.)
    if (m >= 0 && M(m).is_actor && !M(m).object && M(m).first_token == k && !object && M(m).pronoun == Enclitic::kNone) {
      // (قصفت مدفعية الجيش السوري: a machine of war the dictionaries name as an actor, in construct with its
      // owner right after the phrase, is the owner's.)
      int32_t o = M(m).end_token == t.end && t.end < c.end_token ? MentionAt(t.end) : -1;
      if (o >= 0 && (WordKindsAt(k) & kMachineWord) && M(o).first_token == t.end && M(o).is_actor && !M(o).object &&
          !(M(o).prefixes & (kPrepClitics | kProWa | kProFa)) && text_.tokens[k].prefixes == 0 &&
          text_.tokens[k].suffix == Enclitic::kNone &&
          (M(o).record >= 0 || IsDefinite(text_, text_.tokens[t.end]))) {
        subj = GroupOf(o, "owner of the machines of war the phrase names (genitive)");
        vso = true;
        break;
      }
      subj = GroupOf(m, "subject inside the trigger phrase");
      vso = true;
      break;
    }
  }
  // قصفت الطائرات مواقع ...: a form that ends in its own subject (flag doer_inside; aircraft are no
  // actor) has no other subject: what follows it is the object (a nationality right after it names
  // the doer, see CodeTrigger).
  const bool doer_inside = subj.empty() && (r.flags & kFlagDoerInside) && t.end > t.first + 1;
  if (doer_inside) vso = true;
  // صاروخا أطلقته جماعة الحوثي، مسيرات أطلقتها قوات الدعم السريع: the actor named right after the verb of launching
  // that carries the pronoun of the munition or the machine of war (a drone) at k launched it, or -1. (A machine
  // named as an actor, or one that opens a name, is its own.)
  auto launcher_of = [&](uint32_t k) -> int32_t {
    if (int32_t p = LaunchedBy(k, c); p >= 0) return p;
    if (!(WordKindsAt(k) & kMachineWord) || MentionAt(k) >= 0) return -1;
    const uint32_t l = LauncherAfterMunition(k, c.end_token);
    const int32_t p = l > 0 && l < c.end_token ? MentionAt(l) : -1;
    if (p < 0 || M(p).first_token != l || !M(p).is_actor || M(p).object ||
        (M(p).prefixes & (kPrepClitics | kProWa | kProFa))) {
      return -1;
    }
    return p;
  };
  // قصفت طائرات الجيش السوداني، قصفت طائرات تابعة للجيش: aircraft in construct (no article) with an
  // actor, or followed by تابعة لـ an actor, are that actor's: it is the subject.
  if (doer_inside && t.end < c.end_token) {
    const Token& craft = text_.tokens[t.end - 1];
    uint32_t k = t.end;
    bool belonging = k + 1 < c.end_token && BelongingAt(k);
    if (belonging) ++k;
    int32_t m = MentionAt(k);
    bool owner = m >= 0 && M(m).first_token == k && M(m).is_actor && !M(m).object;
    if (owner && belonging) {
      owner = (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) == kProLi;
    } else if (owner) {
      // المسيرات الحوثية: a definite craft takes as its adjective the one-word name of its owner in ية, which
      // agrees with it as a nationality does (المسيرات الأوكرانية). (The owner in construct is definite by its
      // article, which the text layer may keep in the stem, القوات الجوية، or by its own definite genitive, سلاح الجو.)
      std::string_view name = BareWord(text_.Norm(text_.tokens[k]));
      bool definite = IsDefinite(text_, text_.tokens[k]);
      bool adjective = (craft.prefixes & kProAl) && definite && M(m).record >= 0 &&
                       M(m).end_token == k + 1 && (WordEndsWith(name, "ية") || WordEndsWith(name, "يه"));
      // (استهدفت طائرات مسيرة قاعدة حميميم: a phrase that ends in an indefinite adjective of its craft, مسيرة after
      // طائرات, takes no genitive after it; the name there is the object. A nationality may still follow, as an
      // adjective: طائرات مسيرة روسية.)
      const bool adjective_ends = t.end >= t.first + 3 && !(craft.prefixes & kProAl) &&
                                  !(text_.tokens[t.end - 2].prefixes & kProAl) && M(m).demonym < 0;
      owner = (!(craft.prefixes & kProAl) || adjective) && !adjective_ends && craft.suffix == Enclitic::kNone &&
              !(M(m).prefixes & (kPrepClitics | kProWa | kProFa)) &&
              (M(m).record >= 0 || definite ||
               (M(m).end_token > k + 1 && IsDefinite(text_, text_.tokens[k + 1])));
    }
    if (owner) subj = GroupOf(m, "owner of the aircraft the phrase names");
    // قصفت طائرات وسفن حربية أمريكية وبريطانية مواقع: a second force joined by و to the machines the phrase ends
    // in, a generic agent named by its nationality (the warships of a state), is the subject with them, as are
    // the nationalities joined after it (each state a doer). (Asked only where no owner follows the machines.)
    if (!owner && !belonging && m >= 0 && M(m).first_token == k && M(m).is_actor && !M(m).object &&
        M(m).record < 0 && M(m).agent >= 0 && !M(m).country.empty() &&
        (M(m).prefixes & (kPrepClitics | kProWa | kProFa)) == kProWa) {
      subj.members = {m};
      // (The nationality joined after it is read as that force of the other state: a one-word actor.)
      for (uint32_t j = M(m).end_token; j < c.end_token;) {
        const int32_t n = MentionAt(j);
        if (n < 0 || M(n).first_token != j || M(n).end_token != j + 1 || M(n).demonym < 0 || M(n).country.empty() ||
            (M(n).prefixes & ~kProAl) != kProWa) {
          break;
        }
        subj.members.push_back(n);
        j = M(n).end_token;
      }
      subj.how = "a force joined to the machines of war the phrase ends in, with its nationality";
    }
    // سقط صاروخ أطلقته روسيا على: the munition the phrase ends in, the pronoun of a verb of launching right after
    // it, is fired by the actor named after that verb; so is a machine of war (قصفت طائرات مسيرة أطلقتها قوات).
    if (int32_t p = owner ? -1 : launcher_of(t.end - 1); Rarely(p >= 0)) {
      subj = GroupOf(p, "the launcher of the munition or machine of war the phrase ends in");
    }
  }
  // رفضت موسكو، أعلنت واشنطن دعمها: a capital right after a verb in the feminine, which agrees with it
  // (a city is feminine), is its subject and stands for its state. Not in an attack or a visit, where a
  // capital after the verb is what is hit or visited (قصفت بغداد، زارت موسكو).
  // (Asked only of a place that is no actor, which few verbs meet: nothing is looked up before.)
  auto capital = [&](int32_t m) {
    if (M(m).is_actor || !StatePlace(m)) return false;
    std::string_view verb = Bare(t.first);
    const CameoCode* type = ont_.Find(r.cameo);
    return (WordEndsWith(verb, "ت") || WordStartsWith(verb, "ت")) && type != nullptr &&
           type->plover_type != PloverType::kAssault && r.cameo.rfind("042", 0) != 0 && r.cameo.rfind("043", 0) != 0;
  };
  // A phrase split by its subject (فتح الجنود عليهم النار، أطلق عليه مسلحون النار) has its subject
  // between the verb and the rest.
  // (A place there, سقطت مدينة الفاشر في يد, is the subject too, though no actor: none is sought elsewhere.)
  bool place_subject = false;
  // (Past a time adverbial, whose words may name a person too: قصفت صباح الأحد طائرات إسرائيلية.)
  for (uint32_t k = t.rest > t.end ? PastDateAt(t.end, t.rest) : t.end; subj.empty() && !doer_inside && k < t.rest; ++k) {
    int32_t m = MentionAt(k);
    // (أطلقت هذه الجماعة صواريخ: a noun that refers back to an actor named before.)
    if (int32_t a = m < 0 ? ReferredAt(k) : -1; a >= 0) {
      subj = GroupOf(a, "the actor a demonstrative or الأخير refers back to");
      vso = true;
      break;
    }
    if (m < 0 || M(m).first_token != k) continue;
    // (اتهمت وسائل إعلام تابعة للجماعة الموقوفين بالتجسس، الحكومة حملت المعارضة المسؤولية: where the verb's
    // subject opens the clause before it, the actor between is the object the phrase takes.)
    bool subject_before = false;
    if ((M(m).is_actor || capital(m)) && !IsPrepositional(m) && (r.target & kTargetObject)) {
      bool after = false;
      Arg before = SubjectOf(t, c, &after, /*allow_place=*/false, &r);
      subject_before = !before.empty() && !after && M(before.members.front()).end_token <= t.first;
      // (ونددت الوزارة بالهجوم وحملت الحكومة الإسرائيلية المسؤولية: a verb joined by و opening its clause
      // shares the subject of the clause before it in the sentence; the actor between is its object.)
      const Token& v = text_.tokens[t.first];
      uint32_t clause = v.clause;
      if (!subject_before && t.first == c.first_token && (v.prefixes & (kProWa | kProFa)) && clause > 0 &&
          text_.clauses[clause - 1].sentence == c.sentence) {
        auto shared = last_source_.find(clause - 1);
        if (shared != last_source_.end() && !shared->second.empty()) {
          subj = shared->second;
          subj.how = "the subject of the clause before, which the verb joined by و shares";
          break;
        }
      }
    }
    if ((M(m).is_actor || capital(m)) && !IsPrepositional(m) && !subject_before) {
      subj = GroupOf(m, "subject between the verb and the rest of its phrase");
      vso = true;
    }
    // (Not in a phrase whose verb takes its target as object, where the place is that object: القوات
    // الروسية تقصف زابوريجيا بالمسيرات; the subject is sought as elsewhere.)
    place_subject = subj.empty() && M(m).is_place() && !IsPrepositional(m) &&
                    (r.subj == ArgRole::kTarget || !(r.target & kTargetObject));
    break;
  }
  // (The capital right after the verb comes first: هددت موسكو دول حلف الناتو; so after a preposition carrying
  // a pronoun that refers back, في خطوة رحبت بها باريس، ردت عليه موسكو.)
  if (subj.empty() && !doer_inside && !place_subject && t.end < c.end_token) {
    uint32_t k = t.end + (t.end + 1 < c.end_token && PronounPrepositionAt(t.end) ? 1 : 0);
    int32_t m = MentionAt(k);
    if (m >= 0 && M(m).first_token == k && capital(m) && (k > t.end ? !(M(m).prefixes & kPrepClitics) : !IsPrepositional(m))) {
      subj = GroupOf(m, "a capital after a verb in the feminine: its state, the subject");
      vso = true;
    }
  }
  // سفينة يونانية استهدفها الحوثيون: the noun before a verb that carries its pronoun is the object, and
  // the actor after the verb the subject (not the noun, as in SVO).
  Arg topic;
  if ((subj.empty() || doer_inside) && !place_subject) {
    int32_t s = -1;
    if (int32_t o = ResumptiveTopic(t, c, !doer_inside, &s); o >= 0) {
      topic = ResolveDemonstrative(o);
      topic.how = "the noun before the verb, which the verb's pronoun refers back to";
      if (s >= 0) {
        subj = GroupOf(s, "subject after a verb that carries the pronoun of the noun before it");
        vso = true;
      }
    }
  }
  // أطلقت حماس سراح رهينة اختطفتها، أفرجت السلطات عن ناشط اعتقلته: a verb right after the indefinite object of
  // the verb before it, carrying a pronoun that agrees with it, opens a relative clause on it (no relative
  // pronoun follows an indefinite noun): the pronoun is that noun, and the verb shares the subject before.
  if (topic.empty() && subj.empty() && !doer_inside && !place_subject && hi > 0) {
    if (int32_t o = IndefiniteObjectBefore(hi, c); o >= 0) {
      topic = ResolveDemonstrative(o);
      topic.how = "the indefinite object before the verb, which the verb's pronoun refers back to (relative clause)";
      // (Its own subject after it, حكمت محكمة على ناشط اعتقلته الشرطة, else the verb's before.)
      uint32_t k = t.end;
      if (k < c.end_token && k == t.first + 1 && PronounPrepositionAt(k)) ++k;
      int32_t own = k < c.end_token ? MentionAt(k) : -1;
      if (own >= 0 && M(own).first_token == k && M(own).is_actor && !(M(own).prefixes & (kPrepClitics | kProWa | kProFa)) &&
          !IsPrepositional(own)) {
        subj = GroupOf(own, "subject after the verb of a relative clause on the indefinite object before it");
        vso = true;
      } else if (auto it = last_source_.find(tt.clause); it != last_source_.end() && !it->second.empty()) {
        subj = it->second;
        subj.how = "the subject of the verb before, whose object the relative clause describes";
      }
    }
  }
  // استهدفت مسيرات أطلقتها قوات الدعم السريع مستشفى، دمرت صواريخ أطلقها الحوثيون سفينة: the verb's subject right
  // after it, a machine of war or a munition (no actor) that a verb of launching carrying its pronoun follows, was
  // launched by the actor after that verb: the launcher did what it did, and the object comes after the launcher.
  if (subj.empty() && !doer_inside && !place_subject && topic.empty() && t.end + 2 < c.end_token &&
      text_.tokens[t.end].prefixes == 0 && text_.tokens[t.end].suffix == Enclitic::kNone) {
    if (int32_t p = launcher_of(t.end); p >= 0) {
      subj = GroupOf(p, "the launcher of the machine of war or munition that is the verb's subject");
      vso = true;
      // (actors54) قتلت براميل متفجرة ألقتها مروحيات الجيش السوري: a launcher that is a machine of war named as an
      // agent (مروحيات، طائرات حربية), in construct with a definite actor right after it, is that actor's.
      const uint32_t f = M(p).first_token, e = M(p).end_token;
      const int32_t owner = e < c.end_token ? MentionAt(e) : -1;
      if (owner >= 0 && M(p).record < 0 && e == f + 1 && (WordKindsAt(f) & kMachineWord) &&
          !(text_.tokens[f].prefixes & kProAl) && text_.tokens[f].suffix == Enclitic::kNone &&
          M(owner).first_token == e && M(owner).is_actor && !M(owner).object && text_.tokens[e].prefixes == kProAl) {
        subj = GroupOf(owner, "owner of the machines of war that fired the munition that is the verb's subject");
      }
    }
  }
  // قتلت قنابل ألقتها طائرات مسيرة تابعة لقوات الدعم السريع ستة مدنيين، قتلت براميل متفجرة ألقتها مروحيات الجيش السوري
  // عشرة مدنيين: the verb's subject right after it, a munition that a verb of launching carrying its pronoun says
  // machines of war dropped or fired (no actor, which the block above reads), is theirs: their owner's where one is
  // named (تابعة لـ, in construct), and the object comes after the machines and their owner. `dropped_end` is the
  // token after them (and after their one adjective, مسيرة، حربية), where no owner is named.
  uint32_t dropped_end = 0;
  if (subj.empty() && !doer_inside && !place_subject && topic.empty() && t.end + 3 < c.end_token &&
      text_.tokens[t.end].prefixes == 0 && (WordKindsAt(t.end) & kMunitionWord)) {
    const uint32_t l = LauncherAfterMunition(t.end, c.end_token);
    if (l > 0 && l + 1 < c.end_token && MentionAt(l) < 0 && (WordKindsAt(l) & kMachineWord) &&
        !(text_.tokens[l].prefixes & ~kProAl)) {
      for (uint32_t j = l + 1; j < c.end_token && j < l + 4 && subj.empty(); ++j) {
        if (int32_t m = MentionAt(j); m >= 0 && M(m).first_token == j && MachinesOwnedBy(m, l - 1) == l) {
          subj = GroupOf(m, "owner of the machines of war that dropped the munition that is the verb's subject");
          vso = true;
        }
      }
      if (subj.empty()) {
        dropped_end = l + 1;
        if ((WordKindsAt(dropped_end) & kMachineWord) || IsPlainNoun(dropped_end)) ++dropped_end;
      }
    }
  }
  if (subj.empty() && !doer_inside && !place_subject && dropped_end == 0) {
    subj = SubjectOf(t, c, &vso, /*allow_place=*/false, &r);
    // مسلحون من حركة الشباب يهاجمون، مقاتلون من قوات الدعم السريع يقتحمون: people named by a common noun (no article)
    // opening the clause, specified by من and an armed group or force (no place: لاجئون من سوريا) that ends right
    // before the verb, are its subject, and the group the doer, as of a unit named so in an object.
    // (A verb in the plural, يهاجمون، قتلوا, agrees with them: a noun after it is its object, not a subject.)
    const std::string_view verb = Bare(t.first);
    const bool plural =
        text_.tokens[t.first].suffix == Enclitic::kNone && (WordEndsWith(verb, "ون") || WordEndsWith(verb, "وا"));
    if ((subj.empty() || (vso && plural)) && t.first >= c.first_token + 3) {
      const int32_t g = MentionAt(t.first - 1);
      const uint32_t p = g >= 0 ? M(g).first_token - 1 : 0;
      const int32_t m = g >= 0 && p > c.first_token ? MentionAt(p - 1) : -1;
      if (Rarely(m >= 0) && M(g).end_token == t.first && M(g).is_actor && !M(g).object && !M(g).is_place() &&
          !(M(g).prefixes & (kPrepClitics | kProWa | kProFa)) && Bare(p) == "من" && text_.tokens[p].prefixes == 0 &&
          M(m).end_token == p && M(m).first_token == OpeningAfter(c.first_token, p) && M(m).is_actor &&
          M(m).agent >= 0 && !IsDefinite(text_, text_.tokens[M(m).first_token]) && StateOrArmed(M(g))) {
        subj = GroupOf(g, "the armed group من names after the people opening the clause (the verb's subject)");
        vso = false;
      }
    }
  }
  if (!topic.empty() && subj.members == topic.members) subj = Arg{};
  // أسفر عن مقتل مدنيين، أودى بحياة جنود: a phrase that ends in a noun without the article has the
  // actor right after it as that noun's genitive, never as the verb's subject.
  const Token& last = text_.tokens[t.end - 1];
  bool ends_in_construct = t.end > t.first + 1 && last.kind == TokenKind::kWord && !(last.prefixes & kProAl) &&
                           last.suffix == Enclitic::kNone && MentionAt(t.end - 1) < 0;
  if (vso && ends_in_construct && !doer_inside && !subj.empty() && M(subj.members.front()).first_token == t.end) {
    subj = Arg{};
    vso = false;
  }
  // وقد شن هذا التنظيم هجوما، والتقى الأخير الرئيس: a subject after the verb that refers back to an actor
  // named before ends at its own word, not at the actor's.
  uint32_t referred_end = 0;
  if (vso && !subj.empty() && M(subj.members.back()).end_token <= t.first) {
    for (uint32_t k = t.end; k < c.end_token && k < t.end + 4; ++k) {
      if (ReferredAt(k) == subj.members.front()) {
        referred_end = k + 1;
        break;
      }
      // (هاجمت هذه الهيئة مواقع الجيش: a noun that names an actor itself, after a demonstrative.)
      if (int32_t m = MentionAt(k); m >= 0) {
        std::string_view d = BareWord(text_.Norm(text_.tokens[k - 1]));
        bool demonstrative = IsDemonstrative(d);
        if (M(m).first_token == k && demonstrative) referred_end = M(m).end_token;
        break;
      }
    }
  }
  auto after_subject_genitive = [&] {
    return referred_end > 0 ? referred_end : AfterSubjectGenitive(subj.members.back(), c.end_token);
  };
  // انفجار سيارة مفخخة استهدف الزوار، إن سيارة مفخخة فجرت حافلة: a verb right after a violent noun
  // describes it; the noun is its subject, and an actor after the verb is its object.
  if (!subj.empty() && hi > 0 && hits_[hi - 1].end == t.first && !(tt.prefixes & (kProWa | kProFa))) {
    // (Not the word describing a machine of war after its owner, طائرة تركية مسيرة تقصف: مسيرة there is the drone, no
    // march; the owner is the subject, MachineOfOwnerBefore.)
    auto machine_word = [&] {
      const uint32_t opening = OpeningAfter(c.first_token, t.first);
      return opening + 2 < t.first && hits_[hi - 1].first + 1 == t.first && MachineOfOwnerBefore(opening, t.first);
    };
    if (ViolentNounRecord(static_cast<int32_t>(hi) - 1) != nullptr && !(r.flags & (kFlagKill | kFlagInjure)) &&
        !machine_word()) {
      subj = Arg{};
      vso = false;
    }
  }
  if (subj.empty() && !doer_inside && c.first_token == t.first) {
    // A verb that opens its clause (وانسحبت) continues the previous clause's subject.
    uint32_t prev_clause = tt.clause == 0 ? 0 : tt.clause - 1;
    // وصل مسلحون ملثمون إلى القرية. وأطلقوا النار على المصلين: so does a verb in the masculine plural joined by و or ف
    // that opens its sentence, whose subject is the unnamed people (no record) of the sentence before: the subject of
    // its last clause.
    const std::string_view verb = Bare(t.first);
    const bool plural_joined = (tt.prefixes & (kProWa | kProFa)) &&
                               (WordEndsWith(verb, "وا") || WordEndsWith(verb, "ون")) && prev_clause != tt.clause &&
                               text_.clauses[prev_clause].sentence + 1 == c.sentence;
    // (actors54) وصل مسلحون إلى قرية. وكانت الساعة تشير إلى منتصف الليل. وأحرقوا المنازل: past a sentence between
    // that names no actor (a thing may be named: وكان السوق مزدحما), holds no event word and quotes no one, to the
    // last clause of the sentence before it.
    // Never past one that does: after وقال شاهد إن الأهالي أغلقوا محالهم, the plural may be anyone's.
    if (plural_joined && !last_source_.count(prev_clause) && c.sentence >= 2) {
      const Sentence& between = text_.sentences[c.sentence - 1];
      bool silent = true;
      for (uint32_t k = between.first_token; silent && k < between.end_token; ++k) {
        const Token& w = text_.tokens[k];
        const int32_t m = MentionAt(k);  // (a thing hit named again, السوق، المبنى, is no one)
        silent = (m < 0 || !M(m).is_actor || M(m).object) && token_trigger_[k] < 0 &&
                 !(w.kind == TokenKind::kPunct && QuoteKind(text_.Norm(w)) != 0);
      }
      uint32_t before = prev_clause;
      while (silent && before > 0 && text_.clauses[before].sentence + 1 == c.sentence) --before;
      if (silent && text_.clauses[before].sentence + 2 == c.sentence) prev_clause = before;
    }
    // (People the plural agrees with: not one man, مسلح، رجل, nor a body in the feminine, الشرطة، الحكومة.)
    auto unnamed_people = [&](const Arg& a) {
      if (a.empty()) return false;
      for (int32_t m : a.members) {
        const std::string_view head = BareWord(text_.Stem(text_.tokens[M(m).first_token]));
        if (!M(m).is_actor || M(m).record >= 0 || M(m).agent < 0 || M(m).object || FeminineBodyAt(m) ||
            lex_.IsMasculineSingularAgentForm(head)) {
          return false;
        }
      }
      return true;
    };
    const bool carried = text_.clauses[prev_clause].sentence == c.sentence || plural_joined;
    if (carried && last_source_.count(prev_clause) && (!plural_joined || unnamed_people(last_source_[prev_clause]))) {
      subj = last_source_[prev_clause];
      subj.how = plural_joined ? "subject carried from a sentence before (a plural verb joined by و)"
                               : "subject carried from the previous clause";
    } else if (carried && prev_clause != tt.clause) {
      // وشككت أحزاب المعارضة في نزاهة الانتخابات ودعت إلى مقاطعتها: so does the subject right after the
      // word that opens the previous clause, a verb that coded no event (a plain word, no name, no
      // article).
      const Clause& pc = text_.clauses[prev_clause];
      const Token& v = text_.tokens[pc.first_token];
      int32_t m = pc.first_token + 1 < pc.end_token ? MentionAt(pc.first_token + 1) : -1;
      if (v.kind == TokenKind::kWord && token_trigger_[pc.first_token] < 0 && MentionAt(pc.first_token) < 0 &&
          !(v.prefixes & kProAl) && !(v.word_class & (kWordFunction | kWordNumber)) && m >= 0 && M(m).is_actor &&
          M(m).first_token == pc.first_token + 1 && !(M(m).prefixes & (kPrepClitics | kProWa)) && !IsPrepositional(m)) {
        subj = ResolveDemonstrative(m);
        subj.how = plural_joined ? "subject of the verb opening the sentence before (a plural verb joined by و)"
                                 : "subject of the verb opening the previous clause";
        if (plural_joined && !unnamed_people(subj)) subj = Arg{};
      }
    }
  }
  // دمرت دبابة إسرائيلية بعبوة ناسفة زرعها مقاتلو سرايا القدس: the verb is a passive, its subject what
  // was hit, and the one who used the means named right after it the doer.
  // (Only an attack: ندد المجلس بالغارات التي يشنها الجيش is a condemnation of the raids.)
  const CameoCode* verb_code = ont_.Find(r.cameo);
  const bool attack = verb_code != nullptr && verb_code->plover_type == PloverType::kAssault;
  if (attack && vso && !subj.empty() && topic.empty() && (r.target & kTargetObject) && !doer_inside) {
    uint32_t after_subject = after_subject_genitive();
    int32_t user = after_subject < c.end_token && token_trigger_[after_subject] != static_cast<int32_t>(hi)
                       ? MeansUserAfter(after_subject, c)
                       : -1;
    if (user >= 0) {
      target = subj;
      target.how = "subject of a verb with the means of a named doer after it (passive)";
      source = GroupOf(user, "the one who used the means (بصاروخ أطلقه ...)");
      return;
    }
  }
  // (The thing hit may be no actor but for its nationality, which is no argument here: دمرت سيارة عسكرية
  // روسية بصاروخ أطلقته ...; CodeTrigger reads the demonym of the thing hit.)
  if (attack && subj.empty() && topic.empty() && !doer_inside && (r.target & kTargetObject)) {
    uint32_t k = t.end;
    while (k < c.end_token && k < t.end + 2 && IsPlainNoun(k)) ++k;
    int32_t n = k > t.end && k < c.end_token ? NationalityAt(k) : -1;
    if (int32_t user = n >= 0 ? MeansUserAfter(M(n).end_token, c) : -1; user >= 0) {
      source = GroupOf(user, "the one who used the means (بصاروخ أطلقه ...)");
      return;
    }
  }
  Arg obj = topic;
  // (That machine of war's state is the target, its nationality right after it or after one adjective of its own:
  // طائرة سورية، طائرة حربية سورية.)
  // (Or the machine is named as an actor, طائرة حربية روسية; and the state after it may be a name that is also its
  // demonym, طائرة سورية.)
  if (const int32_t named = machine_object > 0 ? MentionAt(machine_object) : -1; Rarely(obj.empty() && named >= 0)) {
    obj = GroupOf(named, "the machine of war after the machines that are the subject");
  } else if (obj.empty() && machine_object > 0) {
    uint32_t d = machine_object + 1;
    if (d + 1 < c.end_token && NationalityAt(d) < 0 && MentionAt(d) < 0 && token_trigger_[d] < 0 &&
        text_.tokens[d].prefixes == 0 && text_.tokens[d].kind == TokenKind::kWord &&
        !(text_.tokens[d].word_class & (kWordVerb | kWordFunction | kWordNumber))) {
      ++d;
    }
    if (int32_t n = d < c.end_token ? NationalityAt(d) : -1; n >= 0 && M(n).prefixes == 0) {
      obj.members = NationalityList(n, c.end_token);
      obj.how = "nationality of the machine of war after the machines that are the subject";
      obj.nationality = true;
    } else if (n = d < c.end_token ? MentionAt(d) : -1; n >= 0 && M(n).first_token == d && M(n).prefixes == 0 &&
               StatePlace(n)) {
      obj.members = {n};
      obj.how = "state of the machine of war after the machines that are the subject";
    }
  }
  uint32_t apposition_end = 0;  // past a person's name that names the subject (القيادي في حماس صالح العاروري)
  // اعتدى عليه مسلحون، أطلقوا عليه النار: a pronoun on the trigger's own preposition, right after the
  // verb or inside its phrase, is the target.
  // (A phrase split by its subject holds the preposition after the subject: فتح الجنود عليهم النار.)
  for (uint32_t k = t.first + 1;
       obj.empty() && k < c.end_token && (k <= t.end || token_trigger_[k] == static_cast<int32_t>(hi)); ++k) {
    const Token& w = text_.tokens[k];
    if (w.suffix == Enclitic::kNone || !(w.word_class & kWordPreposition)) continue;
    if (TargetWayOf(Bare(k)) & r.target) obj = PronounArg(t, w.suffix, subj.members, "preposition");
    break;
  }
  // استدعى السفير الفرنسي: the phrase ends in the head of an agent that goes on past it (its object).
  if ((r.target & kTargetObject) && obj.empty() && t.end - t.first >= 2) {
    int32_t m = MentionAt(t.end - 1);
    // (يضرب مواقع للحوثيين: or a thing the phrase ends in, owned by the actor named after it.)
    // (Not the machine of war that holds the subject, قصفت مقاتلات الجيش السوداني, alone or first of a list: قصف
    // الطيران الروسي والسوري.)
    if (m >= 0 && M(m).is_actor && M(m).first_token == t.end - 1 &&
        std::find(subj.members.begin(), subj.members.end(), m) == subj.members.end() &&
        (M(m).end_token > t.end || (M(m).object && M(m).owned && M(m).owner_token >= t.end))) {
      obj = ResolveDemonstrative(m);
      obj.how = "the agent the phrase ends in";
    }
  }
  // رصد الجيش خلية لحماس وقصفها بطائرة مسيرة، ففتحوا عليهم النار: a verb joined by و or ف, or opening a
  // longer phrase, that carries an object pronoun has that pronoun for its object: nothing after it is.
  const Token& verb_word = text_.tokens[t.first];
  if (obj.empty() && verb_word.suffix != Enclitic::kNone &&
      ((verb_word.prefixes & (kProWa | kProFa)) || t.end > t.first + 1)) {
    obj = CliticObject(t, r, verb_word.suffix, subj.members);
  }
  // هاجمت الجماعات المسلحة التي تدعمها إيران قاعدة أمريكية، قتل الجنود الذين أرسلتهم بوركينا فاسو: a relative
  // clause on the subject, a verb with its pronoun and the verb's own subject, stands before the object.
  auto past_relative_clause = [&](uint32_t from) {
    if (from + 2 >= c.end_token || !RelativePronounAt(from)) return from;
    const Token& w = text_.tokens[from + 1];
    Enclitic e = w.suffix;
    // (Or a word kept whole that no word list knows but as a name's, تقوده in التحالف الذي تقوده السعودية, or a verb of
    // leading or driving with its pronoun, grammar.tsv perpetrate (يقودها، تقودها): the clause's subject may be a state
    // named as a place, شن التحالف الذي تقوده واشنطن غارات، قصفت قوات التحالف التي تقودها السعودية مواقع للحوثيين.)
    const bool whole = e == Enclitic::kNone && !(w.word_class & kWordVerb) && ResumptiveRelativeVerb(w);
    bool resumptive = ((e == Enclitic::kHu || e == Enclitic::kHa || e == Enclitic::kHum || e == Enclitic::kHuma) ||
                       whole) &&
                      w.kind == TokenKind::kWord && !(w.prefixes & (kProAl | kPrepClitics)) && MentionAt(from + 1) < 0 &&
                      ((w.word_class & kWordVerb) || token_trigger_[from + 1] >= 0 || whole);
    const bool leading = !resumptive && w.kind == TokenKind::kWord && w.prefixes == 0 && MentionAt(from + 1) < 0 &&
                         CueStartsAt(from + 1, CueKind::kPerpetrate);
    int32_t s = resumptive || leading ? MentionAt(from + 2) : -1;
    if (s >= 0 && M(s).first_token == from + 2 && (M(s).is_actor || ((whole || leading) && StatePlace(s))) &&
        M(s).prefixes == 0 && !IsPrepositional(s)) {
      return M(s).end_token;
    }
    return from;
  };
  // هاجم مسلحون يعتقد أنهم من جماعة نصرة الإسلام قاعدة للجيش، اختطف مسلحون يشتبه في انتمائهم لبوكو حرام طلابا: a
  // supposition about who the subject is (a cue of opinion, allegation or likelihood right after it, then a
  // named actor within a few words) stands before the object.
  auto past_supposed_allegiance = [&](uint32_t from) {
    if (from + 2 >= c.end_token || token_trigger_[from] >= 0 ||
        !(CueStartsAt(from, CueKind::kOpinion) || CueStartsAt(from, CueKind::kAlleged) ||
          CueStartsAt(from, CueKind::kHypothetical))) {
      return from;
    }
    constexpr uint32_t kReach = 5;
    for (uint32_t k = from + 1; k < c.end_token && k <= from + kReach; ++k) {
      if (int32_t m = MentionAt(k); m >= 0) {
        if (!M(m).is_actor || M(m).first_token != k) return from;
        int32_t g = group_of_[m];
        return M(g >= 0 ? groups_[g].back() : m).end_token;
      }
      if (token_trigger_[k] >= 0 || text_.tokens[k].kind != TokenKind::kWord) return from;
    }
    return from;
  };
  if ((r.target & kTargetObject) && obj.empty()) {
    uint32_t from = t.end;
    if (vso && !subj.empty()) from = after_subject_genitive();
    // (أودى القصف بحياة خمسة: a phrase split by a subject that is no actor has its object after the rest.)
    if (subj.empty() && t.rest > t.end) from = t.rest;
    // (قتلت قنابل ألقتها طائرات مسيرة ستة مدنيين: past the munition and the machines that dropped it.)
    bool subject_skipped = doer_inside;
    if (subj.empty() && dropped_end > 0 && dropped_end < c.end_token) {
      from = dropped_end;
      subject_skipped = true;
    }
    // دمرت غارة إسرائيلية جسرا، استهدفت طائرة مسيرة تركية سيارة: a violent noun right after the verb
    // is its subject, as is the machine inside a phrase that holds its doer; the object follows them
    // and the nationality after them.
    if (subj.empty() && !doer_inside && dropped_end == 0 && t.rest <= t.end && from < c.end_token) {
      int32_t h = token_trigger_[from];
      if (h >= 0 && h != static_cast<int32_t>(hi) && hits_[h].first == from &&
          !(text_.tokens[from].prefixes & ~kProAl) && ViolentNounRecord(h) != nullptr) {
        from = hits_[h].end;
        subject_skipped = true;
      }
    }
    if (subject_skipped && from < c.end_token) {
      int32_t n = NationalityAt(from);
      if (n < 0) n = SupposedStateAt(from, c.end_token);  // (استهدفت مسيرة يرجح أنها تركية سيارة)
      if (n < 0) n = GroupAdjectiveAt(from);              // (استهدفت طائرة مسيرة حوثية مطار أبها)
      if (n >= 0) from = M(n).end_token;
    }
    // قصفت طائرات التحالف مواقع للحوثيين: the definite genitive, no actor, of the machine the form ends in
    // (in construct) is part of the subject: neither the object nor, as a word of another trigger, the
    // end of the search.
    if (doer_inside && subj.empty() && from + 1 < c.end_token && from == t.end &&
        text_.tokens[t.end - 1].prefixes == 0 && text_.tokens[t.end - 1].suffix == Enclitic::kNone &&
        text_.tokens[from].kind == TokenKind::kWord && text_.tokens[from].prefixes == kProAl &&
        text_.tokens[from].suffix == Enclitic::kNone && MentionAt(from) < 0) {
      ++from;
    }
    // هاجم مسلحون من العشائر مركزا للشرطة: the group the subject comes from is part of the subject, and
    // so is a nisba adjective of an indefinite subject before it (قتل قائد ميداني في قوات الدعم السريع).
    if (vso && !subj.empty()) from = AfterGroupOfOrigin(AfterSubjectAdjective(subj.members.back(), from, c.end_token), c.end_token);
    // (هاجم مسلحون من جماعة «أنصار الإسلام» نقطة للشرطة: so is the quotation mark that closes its name.)
    if (vso && !subj.empty() && from < c.end_token && M(subj.members.back()).end_token == from &&
        text_.tokens[from].kind == TokenKind::kPunct && (QuoteKind(text_.Norm(text_.tokens[from])) & 2)) {
      ++from;
    }
    // (A relative clause on the subject stands before the object.)
    if (vso && !subj.empty()) from = past_supposed_allegiance(past_relative_clause(from));
    // (So does where the subject is: أصدرت محكمة في الدار البيضاء أحكاما بحق 12 شابا.)
    // (Not a state, and not before a particle, which opens another phrase: خطف زعيم حماس في رفح من دون أن يمس
    // أي جندي.)
    if (int32_t pm = vso && !r.noun && !subj.empty() ? WhereSubjectIs(from, c.end_token) : -1;
        pm >= 0 && (!M(pm).is_actor || (WordKindsAt(M(pm).first_token - 1) & kDirectionWord)) &&
        !(text_.tokens[M(pm).end_token].word_class & kWordFunction)) {
      // (A state that names the place by its direction from it is part of the phrase: في منطقة كايس غربي مالي.)
      from = M(pm).end_token;
    }
    // (Adverbs, dates and insertions may stand before the object: قصفت القوات الروسية، بحسب مسؤولين
    // أوكرانيين، مدينة خاركيف.)
    if (from < c.end_token) from = PastInsertion(from);
    // (The subject is known where it is found, or where a thing with its nationality stands right before the
    // verb: أن الطائرات الإسرائيلية قصفت مواقعه.)
    int32_t before_verb = t.first > c.first_token ? MentionAt(t.first - 1) : -1;
    const bool subject_known = !subj.empty() || (before_verb >= 0 && M(before_verb).end_token == t.first &&
                                                 !M(before_verb).is_actor && !M(before_verb).is_place() &&
                                                 M(before_verb).demonym >= 0);
    uint32_t inner_end = from;  // the end of a verbal noun inside the object's phrase
    bool after_preposition = false;  // a preposition stands between the verb (or its subject) and here
    for (uint32_t k = from, reach = from + 6; k < c.end_token && k < reach; ++k) {
      // (اعتقل صحفي على يد عناصر من قوات الدعم السريع: a phrase of agency names the doer of a passive, no object.)
      if (CueStartsAt(k, CueKind::kByAgent) && !(r.flags & kFlagDoerInside)) break;
      // هاجمت قوات الدعم السريع بقيادة عبد الرحيم دقلو مقر الشرطة: the one named after بقيادة، برئاسة، بزعامة right
      // after the subject heads it (as the doer's search passes him, below); he is no object, which follows his name.
      if (k == from && !subj.empty() && k + 1 < c.end_token && HeadedByWord(text_.tokens[k], Bare(k))) {
        if (int32_t head = MentionAt(k + 1); head >= 0 && M(head).first_token == k + 1 && M(head).is_actor) {
          reach += M(head).end_token - k;
          k = M(head).end_token - 1;
          continue;
        }
      }
      // Another trigger ends the search; this one's own words too, but for an object noun that ends
      // the phrase after the subject (فجر مسلحون حافلة: the bus is what was hit).
      if (int32_t h = token_trigger_[k]; h >= 0 && h != static_cast<int32_t>(hi) && hits_[h].first == k &&
                                         (text_.tokens[k].prefixes & kProBi) && MentionAt(k) < 0) {
        // استهدفت الفصائل بقذائف الهاون مقر الفرقة: the weapon of a violent verb, between its subject
        // and its object, is the means of the verb's own act; so is a generic definite genitive after
        // it (بقذائف المدفعية).
        const CameoCode* vcode = ont_.Find(r.cameo);
        if (ViolentNounRecord(h) != nullptr && vcode != nullptr && vcode->plover_type == PloverType::kAssault) {
          uint32_t end = hits_[h].end;
          // (Not after a means of several words, which is whole: فرقت الشرطة بالغاز المسيل للدموع المحتجين.)
          if (int32_t g = MentionAt(end); g >= 0 && end == k + 1 && M(g).first_token == end && M(g).record < 0 &&
                                          (M(g).prefixes & kProAl) && !(M(g).prefixes & kPrepClitics)) {
            end = M(g).end_token;
          }
          reach += end - k;
          k = end - 1;
          continue;
        }
      }
      // منصات إطلاق صواريخ للحوثيين، مخازن إطلاق الصواريخ: a thing named by a phrase that is no event,
      // or a verbal noun in construct after a plain object noun, is part of the object's phrase, and
      // its owner after لـ may follow.
      if (int32_t h = token_trigger_[k]; h >= 0 && h != static_cast<int32_t>(hi) && hits_[h].first == k &&
                                         text_.tokens[k].prefixes == 0 && !HasVerbLine(*hit_payloads_[h]) &&
                                         ((k == from && NoEventPhrase(*hit_payloads_[h])) ||
                                          (k == from + 1 && IsPlainNoun(from)))) {
        inner_end = hits_[h].end;
        reach += inner_end - k;
        k = inner_end - 1;
        continue;
      }
      if (token_trigger_[k] >= 0) {
        int32_t m = MentionAt(k);
        // أحبطت القوات الأوكرانية هجوما للقوات الروسية، أحبط الأمن مخططا لتنظيم الدولة: the plotters of what
        // was foiled (170) follow its noun after لـ (triggers.tsv).
        if (int32_t h = token_trigger_[k]; k == from && m < 0 && h != static_cast<int32_t>(hi) && hits_[h].first == k &&
                                           TextEqual(r.cameo, "170") && hits_[h].end < c.end_token) {
          int32_t p = MentionAt(hits_[h].end);
          if (p >= 0 && M(p).first_token == hits_[h].end && M(p).is_actor && !M(p).object &&
              (M(p).prefixes & (kPrepClitics | kProWa | kProFa)) == kProLi) {
            obj = ResolveDemonstrative(p);
            obj.how = "the plotters of what was foiled (لـ)";
            break;
          }
        }
        // دمرت البحرية الأمريكية صاروخا أطلقته جماعة الحوثي: a munition the verb takes, launched by the actor named
        // after the verb of launching that carries its pronoun, is that launcher's.
        const int32_t p = k == from && m < 0 && hits_[token_trigger_[k]].first == k &&
                                  !HasVerbLine(*hit_payloads_[token_trigger_[k]])
                              ? LaunchedBy(k, c)
                              : -1;
        if (p >= 0) {
          obj = ResolveDemonstrative(p);
          obj.how = "the launcher of the munition the verb takes";
          break;
        }
        // (The phrase's own words after the subject lead to its object: أوقفت الهيئة بث قناة.)
        bool own = token_trigger_[k] == static_cast<int32_t>(hi) || hits_[hi].InRest(hits_[token_trigger_[k]].first);
        if (own && m < 0) continue;
        // (Also a person or group the phrase names, split from its verb by the subject: استدعت
        // الخارجية المغربية السفير الفرنسي, the ambassador summoned is France's.)
        // (Not a word of a longer rest, which names the phrase's own act: سيرت القوات دوريات مشتركة.)
        const TriggerHit& own_hit = hits_[hi];
        bool of_longer_rest = own_hit.InRest(k) && own_hit.rest_end >= own_hit.rest + 2 && m >= 0 &&
                              M(m).end_token <= own_hit.rest_end;
        bool own_object = own && m >= 0 && !of_longer_rest &&
                          (M(m).object || (M(m).is_actor && k > hits_[hi].first + 1)) && M(m).first_token == k;
        // رفض الرئيس طلبا أمريكيا، رفضت إيران عرضا أوروبيا: an indefinite noun of an act right after the verb
        // or its subject, with a nationality after it, is the thing the verb takes; as with a noun of no act
        // (رفضت حماس مقترحا مصريا), that state is the object.
        // (The noun may read as a verb too, طلبا "the two asked": the nationality after it shows the noun.)
        if (!own_object && k == from && m < 0 && text_.tokens[k].prefixes == 0 && hits_[token_trigger_[k]].first == k &&
            k + 1 < c.end_token) {
          // (The nationality of an indefinite noun may be read as an actor of its own: any demonym is taken.)
          if (int32_t n = MentionAt(k + 1); n >= 0 && M(n).first_token == k + 1 && M(n).prefixes == 0 &&
                                            M(n).demonym >= 0 && !M(n).is_place() && !M(n).country.empty()) {
            obj.members = NationalityList(n, c.end_token);
            obj.how = "the state of the nationality qualifying the noun of an act the verb takes";
            break;
          }
        }
        if (!own_object) break;
      }
      // A comma before a word joined by و or ف ends the verb's phrase (استهدف سوقا شعبية، وقالت
      // الشرطة): what follows is another clause.
      if (text_.tokens[k].kind == TokenKind::kPunct && k + 1 < c.end_token &&
          (text_.tokens[k + 1].prefixes & (kProWa | kProFa))) {
        break;
      }
      // (Not من, which counts the object: احتجزوا أربعة من شرطة إسلام آباد.)
      after_preposition = after_preposition || ((text_.tokens[k].word_class & kWordPreposition) && Bare(k) != "من");
      int32_t m = MentionAt(k);
      // هاجمت ميليشيات موالية لإيران قاعدة، كتائب حزب الله الموالية لإيران: a word of loyalty after the group (not one
      // of belonging; in the feminine singular, the adjective of a plural, even right after the verb's subject) and the
      // actor after it with لـ qualify the group: neither is the object (اعتقلت القوات موالين للنظام: the loyalists are).
      // (Nor is the plural in the nominative, موالون, the adjective of the subject before it, هاجم مسلحون موالون لحفتر
      // مواقع: an object takes the accusative, موالين.)
      if (m >= 0 && M(m).first_token == k && k > 0 && LoyalAt(k) && !BelongingAt(k) && M(m).record < 0 &&
          (k > from || WordEndsWith(Bare(k), "ه") || WordEndsWith(Bare(k), "ة") || WordEndsWith(Bare(k), "ون")) &&
          MentionAt(k - 1) >= 0) {
        k = M(m).end_token - 1;
        continue;
      }
      if (m >= 0 && M(m).first_token == k && k > from && (M(m).prefixes & kProLi) && LoyalAt(k - 1) &&
          !BelongingAt(k - 1)) {
        k = M(m).end_token - 1;
        continue;
      }
      // استهدفت المسيرة سيارة تقل قياديين، حافلة تقل جنودا: the people the vehicle hit was carrying.
      if ((m < 0 && k == from && IsPlainNoun(k)) || (m >= 0 && M(m).object && M(m).first_token == k)) {
        if (int32_t carried = CarriedAt(m < 0 ? k + 1 : M(m).end_token, c.end_token); carried >= 0) {
          obj = ResolveDemonstrative(carried);
          obj.how = "the people carried by the object";
          break;
        }
      }
      if (m < 0) {
        // اتهمت المنظمة هذه الجماعة، التقى الوزير الأخير: the actor the noun refers back to.
        // (Not the subject itself.)
        int32_t a = after_preposition ? -1 : ReferredAt(k);
        bool subject_itself = a >= 0 && !subj.empty() &&
                              (a == subj.members[0] || (group_of_[a] >= 0 && group_of_[a] == group_of_[subj.members[0]]));
        if (a >= 0 && !subject_itself) {
          obj = GroupOf(a, "the actor a demonstrative or الأخير refers back to");
          break;
        }
        // اغتالت إسرائيل قائدا في كتائب القسام: a noun of no actor (and one word of its own) before في and a
        // named group, not a state, person or place: a member of that group is the object.
        if (k == from && IsPlainNoun(k)) {
          uint32_t j = k + 1;
          if (j + 1 < c.end_token && IsPlainNoun(j) && Bare(j) != "في") ++j;
          int32_t g = j + 1 < c.end_token && Bare(j) == "في" && text_.tokens[j].prefixes == 0 ? MentionAt(j + 1) : -1;
          if (g >= 0 && M(g).first_token == j + 1 && M(g).is_actor && M(g).record >= 0 && !M(g).is_place() &&
              M(g).prefixes == 0 && !lex_.record(M(g).record).is_state && !lex_.record(M(g).record).is_person &&
              (subj.empty() || group_of_[g] != group_of_[subj.members[0]])) {
            obj = GroupOf(g, "the group the object is a member of (في)");
            break;
          }
        }
        // قصفت الطائرات مقرا لها: a thing hit with its owner's pronoun after لـ is the owner's, an actor named
        // before (not the subject).
        if (k == from && subject_known && k + 1 < c.end_token && OwnerPronounAt(k + 1) && IsPlainNoun(k) && attack) {
          obj = Antecedent(k, subj.members, "owner (pronoun after لـ) of what was hit");
          if (!obj.empty()) break;
        }
        // هنأ الرئيس المصري نظيره السنغالي: the counterpart is the object.
        if (int32_t cp = CounterpartAt(k); cp >= 0 && !(text_.tokens[k].prefixes & kPrepClitics)) {
          obj.members = {cp};
          obj.how = "the counterpart (نظير) of the subject";
          obj.counterpart = true;
          break;
        }
        // هاجمت قوات حفتر مواقعها، قصف المتمردون مقره: a thing an attack hits, with its owner's pronoun,
        // right after the verb or its subject: the owner is hit, an actor named before (not the subject,
        // which must be known: يحرقون أجسادهم burn their own).
        if (Rarely(k == from && subject_known && PossessedThing(k))) {
          const CameoCode* vcode = ont_.Find(r.cameo);
          if (vcode != nullptr && vcode->plover_type == PloverType::kAssault) {
            std::string how = std::string("owner (pronoun '") + std::string(EncliticName(text_.tokens[k].suffix)) +
                              "') of what was hit";
            obj = Antecedent(k, subj.members, std::move(how));
            if (!obj.empty()) break;
          }
        }
        continue;
      }
      // لمئات الصحفيين والناشطين: a later member of a list after a preposition is no object either.
      int32_t g = group_of_[m];
      bool later_member = g >= 0 && groups_[g].front() != m && M(groups_[g].front()).first_token >= from;
      // (استهدفت سيارة على طريق بلدة الناقورة: a place in a phrase after a preposition, here on the
      // object, says where; it is no object.)
      bool located = M(m).is_place() && after_preposition;
      // قتل القيادي في حركة حماس صالح العاروري في غارة إسرائيلية: a person's name right after a subject that is
      // a definite role noun of no name with its group after في names that subject (apposition); no object.
      if (vso && subj.members.size() == 1 && M(m).record >= 0 && lex_.record(M(m).record).is_person &&
          M(m).prefixes == 0 && M(m).first_token == k) {
        const Mention& s = M(subj.members[0]);
        uint32_t j = s.end_token;
        int32_t g = j + 1 < c.end_token && Bare(j) == "في" && text_.tokens[j].prefixes == 0 ? MentionAt(j + 1) : -1;
        if (s.record < 0 && s.agent >= 0 && (text_.tokens[s.first_token].prefixes & kProAl) && g >= 0 &&
            M(g).first_token == j + 1 && M(g).is_actor && M(g).end_token == k) {
          apposition_end = M(m).end_token;
          k = M(m).end_token - 1;
          continue;
        }
      }
      // حل الرئيس ضيفا على نظيره: the preposition ending the phrase's own rest of words after the subject
      // introduces its object (as a form ending in its preposition does: دافع عن). (A rest that is the bare
      // preposition, تمنى الرئيس على الحكومة, leaves it to the line's prepositions.)
      const bool rest_preposition = M(m).first_token == k && k == hits_[hi].rest_end && k > hits_[hi].rest + 1 &&
                                    hits_[hi].InRest(k - 1) && (text_.tokens[k - 1].word_class & kWordPreposition);
      if (IsActorLike(m) && (!IsPrepositional(m) || rest_preposition) && !later_member && !located &&
          (subj.empty() || g != group_of_[subj.members[0]])) {
        obj = ResolveDemonstrative(m);
        obj.how = "object";
        // اعتقلت السلطات عمدة إسطنبول أكرم إمام أوغلو: a title followed by a person's name is that person.
        if (M(m).record < 0 && M(m).agent >= 0 && M(m).end_token < c.end_token) {
          int32_t p = MentionAt(M(m).end_token);
          if (p >= 0 && M(p).first_token == M(m).end_token && M(p).record >= 0 && lex_.record(M(p).record).is_person &&
              M(p).prefixes == 0) {
            obj = GroupOf(p, "the person the title before the name names");
          }
        }
        // استهدف حزب الله ثكنة للجيش الإسرائيلي، هاجموا عناصر تابعة لقوات الدعم السريع: a generic group or
        // body with no nationality, owner or pronoun of its own, followed by (تابع) لـ and an actor, is that
        // actor's (the context's country the recognizer gave it is no owner).
        if (obj.how.view() == "object" && M(m).record < 0 && M(m).agent >= 0 && M(m).demonym < 0 &&
            !M(m).owned && M(m).pronoun == Enclitic::kNone && M(m).end_token + 1 < c.end_token) {
          AgentKind kind = lex_.agents()[M(m).agent].kind_id;
          uint32_t o = M(m).end_token;
          if (BelongingAt(o)) ++o;
          int32_t n = o < c.end_token ? MentionAt(o) : -1;
          // (Loyalty is not belonging: the state after ميليشيات موالية is the group's ally, no owner.)
          bool loyal_only = o > M(m).first_token && LoyalAt(o - 1) && !BelongingAt(o - 1);
          if ((kind == AgentKind::kGroup || kind == AgentKind::kBody) && n >= 0 && M(n).first_token == o && !loyal_only &&
              M(n).is_actor && !M(n).object && (M(n).prefixes & (kPrepClitics | kProWa | kProFa)) == kProLi) {
            obj = GroupOf(n, "owner (لـ) of the group or post hit");
          }
        }
        // هاجمت الفصائل القاعدة التي تستخدمها القوات الأمريكية: a thing hit, of no owner or nationality of its
        // own, is the holder's whom the relative clause after it names.
        if (M(m).object && !M(m).owned && M(m).country.empty() && M(m).record < 0 && attack) {
          if (int32_t holder = HolderAfter(M(m).end_token, c);
              holder >= 0 && (subj.empty() || group_of_[holder] < 0 || group_of_[holder] != group_of_[subj.members[0]])) {
            obj = GroupOf(holder, "who holds the thing hit (a relative clause after it)");
          }
        }
        // قصفت القوات الروسية مواقعه، مقراتها: a thing hit with its owner's pronoun and no owner named is
        // the owner's, an actor named before (not the subject).
        const CameoCode* vcode = ont_.Find(r.cameo);
        Enclitic e = M(m).pronoun;
        bool owner_pronoun = (e == Enclitic::kHu || e == Enclitic::kHa || e == Enclitic::kHum || e == Enclitic::kHuma) ||
                             (e == Enclitic::kNone && M(m).end_token < c.end_token && OwnerPronounAt(M(m).end_token));
        if (Rarely(k == from && subject_known && M(m).object && !M(m).owned && M(m).country.empty() && M(m).record < 0 &&
                   owner_pronoun && vcode != nullptr && vcode->plover_type == PloverType::kAssault)) {
          std::string how = std::string("owner (pronoun '") + std::string(EncliticName(e)) + "') of what was hit";
          if (Arg owner = Antecedent(k, subj.members, std::move(how)); !owner.empty()) obj = owner;
        }
        break;
      }
      // مواقع لحزب العمال، حافلة تابعة للشرطة، قافلة إمدادات تابعة للجيش: an object noun (with up to
      // one word of its phrase) owned, through (تابع) لـ, by the actor that is hit.
      uint32_t head_end = k;
      if (k > from && BelongingAt(k - 1)) {
        --head_end;
      }
      // (فجر حافلة تابعة للشرطة: the object noun may end the trigger phrase, تابع right after it; يضرب مواقع
      // للحوثيين: the owner right after it.)
      // (قصف أكثر من خمسين هدفا لحماس: a count may stand before the object noun.)
      const Token& phrase_end = text_.tokens[t.end - 1];
      bool phrase_object = head_end == from && k == from && from == t.end && t.end > t.first + 1 &&
                           phrase_end.kind == TokenKind::kWord && phrase_end.prefixes == 0 &&
                           phrase_end.suffix == Enclitic::kNone && MentionAt(t.end - 1) < 0;
      uint32_t counted_from = quantity_end_[from] > from ? quantity_end_[from] : from;
      bool plain_head = (head_end > from && head_end <= std::max(from + 2, inner_end + 1)) ||
                        (head_end == from && head_end < k) || phrase_object ||
                        (counted_from > from && head_end > counted_from && head_end <= counted_from + 2);
      for (uint32_t j = counted_from; plain_head && j < head_end; ++j) {
        const Token& w = text_.tokens[j];
        bool inner = j < inner_end;
        // (The words of the phrase's own rest after its subject, أسقط الجيش طائرة مسيرة تابعة لقوات الدعم
        // السريع: the machine brought down is the owner's.)
        bool own_rest = hits_[hi].rest_end > hits_[hi].rest && hits_[hi].InRest(j);
        plain_head = w.kind == TokenKind::kWord && MentionAt(j) < 0 && (token_trigger_[j] < 0 || inner || own_rest) &&
                     !(w.prefixes & (kProWa | kProFa | kProBi | kProLi | kProKa)) &&
                     (j == counted_from || head_end < k || !(w.prefixes & kProAl));
      }
      bool owned = (M(m).prefixes & kProLi) && M(m).is_actor && plain_head;
      if (owned) {
        obj = ResolveDemonstrative(m);
        obj.how = "owner of the object (لـ)";
        break;
      }
      k = M(m).end_token - 1;
    }
    if (obj.empty() && text_.tokens[t.end - 1].suffix != Enclitic::kNone) {
      obj = CliticObject(t, r, text_.tokens[t.end - 1].suffix, subj.members);
    }
  }
  if (obj.empty()) obj = PrepTarget(hi, r, c);
  // استخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين: the means of a violent act, used for a purpose,
  // is aimed at whom the purpose acts on.
  if (obj.empty() && attack) obj = PurposeObject(hi, c);
  // قتل أربعة أشخاص، أصيب ثلاثة جنود: unvocalized, a killing, wounding or capturing verb followed
  // by a counted noun is read as a passive: the counted people are its victims.
  // Before the verb (إن 11 مدنيا قتلوا), a counted noun is the victims as well.
  bool counted_victims = false;
  if (!subj.empty() && topic.empty() && (r.flags & (kFlagKill | kFlagInjure | kFlagCapture))) {
    uint32_t first = M(subj.members[0]).first_token;
    // اغتال رجلان قاضيا: a dual in the nominative followed by an indefinite accusative noun (its
    // alif) is the subject of an active verb, and that noun its object.
    bool accusative_object = false;
    if (!obj.empty()) {
      const Mention& o = M(obj.members[0]);
      const Token& ot = text_.tokens[o.first_token];
      std::string_view stem = text_.Stem(ot);
      // (A name ending in alif, روسيا، أمريكا, is no accusative.)
      const uint32_t subject_end = M(subj.members.back()).end_token;
      accusative_object = o.record < 0 && o.first_token == subject_end && ot.prefixes == 0 &&
                          ot.suffix == Enclitic::kNone && EndsInAccusativeAlif(stem, 1);
      // قتل مسلحان سائق حافلة، قتل مسلحان على متن دراجة نارية سائق حافلة: nor can a passive's dual take a noun of
      // people after it (counted or not), with no conjunction, right after it or past a phrase of a preposition and
      // plain nouns (how they came): it is the object, whatever its case (unseen in a construct's head), unless a
      // dual of its own, which agrees with the subject (مسلحان مطلوبان), or a plural in the nominative.
      uint32_t j = subject_end;
      if (j < o.first_token && (text_.tokens[j].word_class & kWordPreposition) && text_.tokens[j].prefixes == 0 &&
          MentionAt(j) < 0 && token_trigger_[j] < 0) {
        ++j;
        while (j < o.first_token && j < subject_end + 5 && IsPlainNoun(j)) ++j;
      }
      if (j < o.first_token && quantity_end_[j] > j) j = quantity_end_[j];  // (قتل مسلحان ثلاثة مدنيين: counted)
      std::string_view bare = BareWord(text_.Norm(ot));
      if (!accusative_object && IsDual(subj.members[0]) && j == o.first_token && o.record < 0 && o.is_actor &&
          ot.prefixes == 0 && ot.suffix == Enclitic::kNone && !WordEndsWith(bare, "ان") && !WordEndsWith(bare, "ون")) {
        accusative_object = true;
      }
    }
    if (IsDual(subj.members[0]) && !accusative_object) counted_victims = true;
    for (const Quantity& q : QuantitiesTouching(first > 3 ? first - 3 : 0, first)) {
      const uint32_t e = CountEnd(q.end_token);
      // (قتل ستة أفراد من عائلة واحدة، أصيب عشرة عناصر من الشرطة: the count's unit before من is the counted people's.)
      bool before = e == first || (e + 1 == first && Bare(e) == "من") ||
                    (e + 2 == first && (WordKindsAt(e) & kPartNounWord) && text_.tokens[e + 1].prefixes == 0 &&
                     Bare(e + 1) == "من");
      if (before && q.unit.empty()) counted_victims = true;
    }
  }
  // إن جنديا عراقيا قتل في هجوم، قتل شرطي وأصيب آخر: unvocalized, a killing or wounding verb needs an
  // object when active (قَتل X Y); with none, it is the passive (قُتل X) and its subject is the victim.
  // (The group the subject comes from is part of it, no object: أصيب جنود من الجيش اللبناني في قصف; nor
  // is the subject of a relative clause on it: قتل الجنود الذين أرسلتهم بوركينا فاسو إلى الحدود في كمين.)
  // So does a capturing verb whose subject could not capture anyone (اعتقل صحفي فرنسي في طهران): not
  // a state's forces or officials, nor an armed group.
  bool capture_by_unarmed = false;
  if ((r.flags & kFlagCapture) && !subj.empty() && !counted_victims) {
    const Mention& x = M(subj.members[0]);
    // (Nor a person named by a nationality alone, اعتقل فلسطيني في الخليل.)
    const bool national = x.demonym >= 0 && x.record < 0 && x.agent < 0;
    capture_by_unarmed = x.is_actor && (!x.sector.empty() || national) && !StateOrArmed(x);
  }
  // أصاب صاروخان روسيان وسط المدينة: a nationality qualifying a munition or a machine of war (صاروخين باليستيين
  // روسيين) names the weapon's owner, who struck: a weapon is never the one wounded.
  auto nationality_of_weapon = [&] {
    const Mention& x = M(subj.members[0]);
    if (x.demonym < 0 || x.record >= 0 || x.agent >= 0) return false;
    for (uint32_t k = x.first_token; k-- > c.first_token && k + 3 > x.first_token;) {
      if (WordKindsAt(k) & (kMachineWord | kMunitionWord)) return true;
      if (MentionAt(k) >= 0) return false;
    }
    return false;
  };
  bool objectless = !subj.empty() && obj.empty() && ((r.flags & (kFlagKill | kFlagInjure)) || capture_by_unarmed) &&
                    !nationality_of_weapon() &&
                    (r.target & kTargetObject) && text_.tokens[t.end - 1].suffix == Enclitic::kNone &&
                    (subj.relative_victim || ObjectSlotEmpty(apposition_end > 0 ? apposition_end
                                    : referred_end > 0 ? referred_end
                                    : vso ? past_relative_clause(AfterGroupOfOrigin(
                                                AfterSubjectAdjective(subj.members.back(),
                                                                      M(subj.members.back()).end_token, c.end_token),
                                                c.end_token))
                                          : t.end,
                                    c));
  // اختطف موظف أممي من قبل مسلحين: only a passive takes a phrase of agency; with no object, the verb
  // is one and its subject the one it was done to.
  // The phrase shows the passive even when it names no actor (قتل جندي تركي بنيران من الجانب الآخر).
  // اختطف مهندس تركي على يد مسلحين: a plain noun of no actor with its nationality right after the verb, and
  // a phrase of agency naming the doer: the passive, done by that doer, to a person of that nationality
  // (its state, with no sector: the noun is no actor).
  if (subj.empty() && obj.empty() && topic.empty() && !doer_inside && (r.target & kTargetObject) &&
      t.end + 1 < c.end_token && IsPlainNoun(t.end) && NationalityAt(t.end + 1) >= 0) {
    if (Arg by = ByAgent(t, c); !by.empty()) {
      source = by;
      int32_t n = NationalityAt(t.end + 1);
      if (!(M(n).prefixes & (kPrepClitics | kProWa | kProFa))) {
        target.members = {n};
        target.how = "nationality of the one a passive with a phrase of agency was done to";
        target.nationality = true;
      }
      return;
    }
  }
  // قتل فلسطيني برصاص الجيش، اعتقل سوري في إسطنبول: a bare nationality right after a killing, wounding or capturing
  // verb with no subject or object of its own is the person it was done to (the passive, unvocalized): its state,
  // with no sector; the doer is the phrase of agency's, if any.
  if (subj.empty() && obj.empty() && topic.empty() && !doer_inside && (r.target & kTargetObject) &&
      (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) && t.end < c.end_token) {
    if (int32_t n = BareNationalityAt(t.end); n >= 0) {
      source = ByAgent(t, c);
      target.members = {n};
      target.how = "nationality right after a killing, wounding or capturing verb with no subject: the one it was done to";
      target.nationality = true;
      return;
    }
  }
  // اعتقل مراسل قناة فضائية في مدينة بورتسودان من قبل جهاز المخابرات، اختطف رجل أعمال يملك شركة في مدينة كانو على
  // يد مسلحين: على يد، من قبل، من طرف name the doer of a passive only (بنيران، برصاص also the means of an active
  // verb), so a violent verb followed by its subject, another noun and such a phrase naming a third actor is the
  // passive, and that noun no object of the verb: the subject's genitive or the object of a clause describing it
  // (one marked accusative, جنديا، مدنيا، stays the object).
  if (vso && !subj.empty() && !obj.empty() && (r.target & kTargetObject) &&
      (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) &&
      !(EndsInAccusativeAlif(Bare(M(obj.members[0]).first_token)) &&
        !(text_.tokens[M(obj.members[0]).first_token].prefixes & kProAl))) {
    for (const CueHit& q : CuesOfKindsIn(t.end, c.end_token, CueKind::kByAgent)) {
      if (!IsAgencyPhraseOf(q, t, c)) continue;
      const int32_t m = MentionAt(q.end);
      if (m >= 0 && M(m).is_actor && !WordStartsWith(trig_.cue(q.record).form, "ب") &&
          M(obj.members[0]).first_token < q.first && group_of_[m] != group_of_[subj.members[0]] &&
          group_of_[m] != group_of_[obj.members[0]]) {
        obj = Arg{};
      }
      break;
    }
  }
  bool agency = !subj.empty() && obj.empty() && (r.target & kTargetObject);
  Arg agent = agency ? ByAgent(t, c) : Arg{};
  bool agent_passive = agent.empty() ? agency && AgencyPhraseAfter(t, c)
                                     : group_of_[agent.members[0]] != group_of_[subj.members[0]];
  if (r.passive || r.subj == ArgRole::kTarget || counted_victims || objectless || agent_passive) {
    target = subj;
    target.how = counted_victims ? "counted victims of the verb"
                 : objectless    ? "subject of a killing, wounding or capturing verb without object (passive)"
                 : agent_passive ? "subject of a verb with a phrase of agency (passive)"
                                 : "subject of a " + std::string(r.passive ? "passive" : "patient-subject") + " verb";
    source = ByAgent(t, c);
    // قوات الاحتلال تقتحم المخيم وتعتقل عشرة شبان، الشرطة تقتحم الجامعة وتعتقل طلابا: the present joined by و that
    // opens its clause goes on with the subject of the clause before it in the sentence (the present is no
    // unvocalized passive of the past's kind); the people after it, counted or bare, are its object.
    if (Rarely(source.empty() && (counted_victims || objectless) && r.present && !r.passive &&
               r.subj != ArgRole::kTarget && (tt.prefixes & kProWa) && c.first_token == t.first && tt.clause > 0) &&
        text_.clauses[tt.clause - 1].sentence == c.sentence) {
      if (auto it = last_source_.find(tt.clause - 1); it != last_source_.end() && !it->second.empty() &&
                                                      it->second.members != target.members) {
        source = it->second;
        source.how = "subject carried from the previous clause (a present joined by و, its object after it)";
      }
    }
    // سقطت مدينة الفاشر في يد قوات الدعم السريع: a phrase whose subject is its target and that ends
    // in a noun in construct has its doer as that noun's genitive.
    uint32_t phrase_end = std::max(t.end, t.rest_end);
    const Token& end_word = text_.tokens[phrase_end - 1];
    if (source.empty() && r.subj == ArgRole::kTarget && phrase_end < c.end_token && phrase_end > t.first + 1 &&
        end_word.kind == TokenKind::kWord && !(end_word.prefixes & kProAl) && end_word.suffix == Enclitic::kNone &&
        MentionAt(phrase_end - 1) < 0) {
      int32_t g = MentionAt(phrase_end);
      if (g >= 0 && M(g).first_token == phrase_end && M(g).is_actor && !(M(g).prefixes & kPrepClitics)) {
        source = GroupOf(g, "genitive of the noun the phrase ends in");
      }
    }
    // تسلم الجيش اللبناني أسلحة وذخائر من الولايات المتحدة: a phrase of receiving that ends in من has its giver, the
    // doer, right after it.
    if (source.empty() && phrase_end < c.end_token && Bare(phrase_end - 1) == "من" && CueStartsAt(t.first, CueKind::kReceive)) {
      int32_t g = MentionAt(phrase_end);
      if (g >= 0 && M(g).first_token == phrase_end && (M(g).is_actor || StatePlace(g)) && !(M(g).prefixes & kPrepClitics)) {
        source = GroupOf(g, "the giver after من of a phrase of receiving");
      }
    }
    if (source.empty()) source = TemporalClauseDoer(t);
  } else {
    // نظمت وقفة احتجاجية أمام مقر البرلمان من قبل عائلات المختطفين، نفذت وقفة من جانب المتقاعدين: a verb with no
    // subject of its own (the phrase holds the noun it governs), then a phrase of agency, is the passive (unvocalised),
    // done by the phrase's actor; not one of another event between (احتجاجا على مقتل شاب برصاص الشرطة).
    bool agent_only = false;
    if (subj.empty() && topic.empty() && !doer_inside) {
      for (const CueHit& q : CuesOfKindsIn(t.end, t.end + 9, CueKind::kByAgent)) {
        if (!IsAgencyPhraseOf(q, t, c)) continue;
        agent_only = true;
        for (uint32_t k = std::max(t.end, t.rest_end); k < q.first && agent_only; ++k) {
          const int32_t h = token_trigger_[k];
          agent_only = h < 0 || h == static_cast<int32_t>(hi) || hits_[h].first < t.end;
        }
        break;
      }
    }
    source = std::move(subj);  // (moved: neither is read again)
    if (!source.empty() && source.how.empty()) source.how = vso ? "subject after the verb" : "subject before the verb";
    if (agent_only) source = ByAgent(t, c);
    target = std::move(obj);
    // A house or a checkpoint is what an attack hits, never who does it: with no object, an attack
    // verb is the passive (قُصفت مدرسة، استُهدف حاجز للجيش) and the object noun its target.
    if (ObjectsOnly(source, rec_.mentions)) {
      const CameoCode* code = ont_.Find(r.cameo);
      if (target.empty() && code != nullptr && code->plover_type == PloverType::kAssault) {
        target = source;
        target.how = "object noun as the subject (passive)";
      }
      source = ByAgent(t, c);
    }
  }
  // وصل المبعوث الأممي إلى صنعاء والتقى زعيم الحوثيين: a verb of meeting joined by و, with the actor after it
  // and nothing met, after a verb that is no event and opens the sentence with its named subject: that
  // subject meets the actor after the verb.
  // So does one after حيث ("where": وصل الرئيس إلى جدة حيث التقى ولي العهد).
  const bool where_clause = t.first > text_.sentences[c.sentence].first_token && tt.prefixes == 0 && text_.tokens[t.first - 1].prefixes == 0 &&
                            Bare(t.first - 1) == "حيث";
  if (((tt.prefixes & kProWa) || where_clause) && WordStartsWith(r.cameo, "04") && vso && !source.empty() &&
      target.empty() &&
      M(source.members.front()).first_token >= t.end) {
    if (int32_t opener = OpeningSubject(t, c);
        opener >= 0 && (group_of_[opener] < 0 || group_of_[opener] != group_of_[source.members.front()])) {
      target = source;
      target.how = "the actor after a verb of meeting joined by و: whom the sentence's subject met";
      source = GroupOf(opener, "subject of the verb that opens the sentence, joined by و");
    } else if (Arg visitor = VisitorOfVisitBefore(hi, c); !visitor.empty() && !SameGroup(visitor, source)) {
      // زار الرئيس التركي الرياض حيث التقى ولي العهد: the visitor of a visit told right before meets him.
      target = source;
      target.how = "the actor after a verb of meeting after a visit: whom the visitor met";
      source = visitor;
    }
  }
  // وصل الوزير إلى دمشق في زيارة يلتقي خلالها الرئيس: a verb right after a visit's noun, with خلال and the
  // visit's pronoun after it, describes the visit (an asyndetic relative clause): its subject is the
  // visitor, the doer of the visit, and the actor after خلالها is whom the visitor meets, its object.
  if (!source.empty() && t.end + 1 < c.end_token && M(source.members.front()).first_token > t.end) {
    Arg visitor = VisitorBefore(hi, c);
    if (!visitor.empty() && group_of_[visitor.members[0]] != group_of_[source.members.front()]) {
      if (target.empty() || WordStartsWith(r.cameo, "04")) {
        target = source;
        target.how = "the actor after خلالها: the object of the visitor's verb";
      }
      source = visitor;
    }
  }
  // رفضت الجبهة الانصياع للاتفاق واحتجزت 68 رهينة: a verb joined by و with no doer of its own shares
  // the doer of the event before it in the sentence. Not a passive reading (قتل جندي وأصيب آخر), and
  // with counted people after it only where the verb agrees with a subject of its own (احتجزت،
  // قتلوا), which the passive before its victims does not show.
  std::string_view form = Bare(t.first);
  bool agrees = form.size() > 4 &&
                (TextEqual(form.substr(form.size() - 2), "ت") || TextEqual(form.substr(form.size() - 4), "وا"));
  bool own_passive = r.passive || r.subj == ArgRole::kTarget || objectless || agent_passive;
  // (Not a verb whose form ends in its own subject with its nationality after it: وقصفت الطائرات الإسرائيلية
  // names its doer, read with the trigger's code.)
  bool own_doer_inside = !r.noun && (r.flags & kFlagDoerInside) && t.end < c.end_token && NationalityAt(t.end) >= 0;
  // (So does one after حيث: توجه الرئيس إلى نيروبي حيث التقى نظيره الكيني.)
  // صدت القوات الأوكرانية الهجوم وقتلت 40 جنديا روسيا: the subject of the verb that opens the sentence comes
  // first; a verbal noun between (الهجوم، هجوما لداعش) is that verb's object, whose doer the verb joined by و does
  // not share. A feminine verb before masculine victims is no passive, which would agree with them (قتل 40 جنديا).
  auto feminine_head = [&](int32_t m) {
    const BareText head = Bare(M(m).first_token);
    return lex_.IsFeminineSingularAgentForm(head) || WordEndsWith(head, "ات") ||
           (WordEndsWith(head, "ه") && !lex_.IsMasculineSingularAgentForm(head));
  };
  // (Counted or not: واعتقلت عددا من الشبان, the passive would be اعتقل.)
  const bool active_before_victims = objectless && !r.passive && r.subj != ArgRole::kTarget && !agent_passive &&
                                     form.size() > 4 && WordEndsWith(form, "ت") && !feminine_head(subj.members.front());
  // (Joined by ف as by و, or held whole with it by the word list: اقتحمت قوات الأمن المخيم فقتلت خمسة فلسطينيين.)
  const bool joined_verb = !r.noun && ConjunctionOnVerb(t.first, r.form);
  if (source.empty() && joined_verb && (!own_passive || active_before_victims) &&
      !own_doer_inside && (!counted_victims || agrees)) {
    if (int32_t subject = SubjectOfJoinedVerb(t, c); subject >= 0) {
      bool same = false;
      for (int32_t b : target.members) same = same || b == subject || (group_of_[b] >= 0 && group_of_[b] == group_of_[subject]);
      if (!same) source = GroupOf(subject, "subject of the verb that opens the sentence, which the verb joined by و shares");
    }
  }
  // (Not ف here: it more often opens the next step of a story with a new doer, فر من منزله، فشن الجنود حملة. A verb
  // held whole with its و is joined by it: داهمت القوات منازل واعتقلت عددا من الشبان.)
  const bool joined_by_waw =
      (tt.prefixes & kProWa) || (joined_verb && !(tt.prefixes & kProFa) && WordStartsWith(Bare(t.first), "و"));
  if (source.empty() && (joined_by_waw || (where_clause && WordStartsWith(r.cameo, "04"))) &&
      (!own_passive || (joined_by_waw && active_before_victims)) &&
      !own_doer_inside && (!counted_victims || agrees)) {
    for (uint32_t cl = tt.clause + 1; cl-- > 0 && text_.clauses[cl].sentence == c.sentence && cl + 1 >= tt.clause;) {
      auto it = last_source_.find(cl);
      if (it == last_source_.end() || it->second.empty()) continue;
      bool same = false;
      for (int32_t a : it->second.members) {
        for (int32_t b : target.members) same = same || group_of_[a] == group_of_[b];
      }
      if (!same) {
        source = it->second;
        source.how = "doer of the event before it, joined by و";
      }
      break;
    }
    // وصلت قوات الدعم السريع إلى الأبيض وهاجمت مواقع الجيش: a verb that is no event (arriving,
    // entering, spotting) opens the sentence with its named subject; the verb joined to it by و
    // shares that subject, where no other actor but those after prepositions stands between.
    if (source.empty()) {
      int32_t subject = OpeningSubject(t, c);
      bool same = false;
      for (int32_t b : target.members) {
        same = same || (subject >= 0 && (b == subject || (group_of_[b] >= 0 && group_of_[b] == group_of_[subject])));
      }
      if (subject >= 0 && !same) source = GroupOf(subject, "subject of the verb that opens the sentence, joined by و");
    }
  }
  // انفجرت عبوة لدى مرور دورية للشرطة في حي الأعظمية: what was passing is what the blast was aimed at; a
  // building or quarter the clause names is where it went off.
  if (target.empty() || ObjectsOnly(target, rec_.mentions)) {
    if (Arg passing = PassingTarget(t); !passing.empty()) target = passing;
  }
  const CameoCode* code = ont_.Find(r.cameo);
  if (code != nullptr && code->plover_type == PloverType::kProtest &&
      OwnerlessObjects(target, rec_.mentions, &IsStateAgent)) {
    target = Arg{};
  }
}

void DocumentCoder::AccusingParticipleArguments(size_t hi, const Clause& c, const Arg& prev_source, Arg* source,
                                                Arg* target) {
  // هاجم وزير الخارجية السعودي إيران متهما إياها بدعم الحوثيين، انسحبت حماس من المفاوضات، متهمة إسرائيل بخرق
  // الهدنة: the participle of circumstance (حال) describes the subject of the main clause while it acts; the
  // accused is its object, or the actor إياه refers back to.
  const uint32_t k = hits_[hi].first;
  *source = prev_source;
  for (uint32_t cl = text_.tokens[k].clause; source->empty() && cl-- > 0 && text_.clauses[cl].sentence == c.sentence;) {
    auto it = last_source_.find(cl);
    if (it != last_source_.end()) *source = it->second;
  }
  if (!source->empty()) {
    source->how = "doer of the main clause the participle describes";
  } else {
    // (No event before it: أعرب الرئيس عن غضبه، متهما ...: the subject of the verb opening the sentence, after
    // it or before it.)
    const Sentence& s = text_.sentences[c.sentence];
    const uint32_t f = OpeningAfter(s.first_token, k);
    for (uint32_t j = f; j < f + 2 && j < k; ++j) {
      int32_t m = MentionAt(j);
      if (m >= 0 && M(m).first_token == j && M(m).is_actor && !M(m).object && !IsPrepositional(m) &&
          !(M(m).prefixes & (kPrepClitics | kProFa))) {
        *source = GroupOf(m, "subject of the verb opening the sentence the participle describes");
        break;
      }
      if (m >= 0) break;
    }
  }
  if (IyyaAt(k + 1)) {
    *target = Antecedent(k + 1, source->members, "the actor إياه refers back to, the accused");
  } else if (int32_t m = MentionAt(k + 1); m >= 0) {
    *target = GroupOf(m, "the accused, object of the participle");
  }
}

// (تسعى مصر إلى: the word of striving, its doer and إلى, a few words.)
constexpr uint32_t kStrivingReach = 6;

int32_t DocumentCoder::StriverBefore(uint32_t act, const Clause& c) const {
  if (act < c.first_token + 3 || text_.tokens[act - 1].prefixes != 0 || Bare(act - 1) != "الي") return -1;
  const uint32_t to = act - 1;
  for (uint32_t k = to; k-- > c.first_token && k + kStrivingReach >= to;) {
    if (text_.tokens[k].kind != TokenKind::kWord) return -1;
    if (GrammarWordAt(k) != GrammarWord::kStriving) continue;
    // (The doer right after the word and ending at إلى: its subject or its genitive.)
    if (text_.tokens[k].suffix != Enclitic::kNone) return -1;
    int32_t m = MentionAt(k + 1);
    if (m < 0 || M(m).first_token != k + 1 || !M(m).is_actor || IsPrepositional(m)) return -1;
    const int32_t g = group_of_[m];
    const int32_t last = g >= 0 ? groups_[g].back() : m;
    return M(last).end_token == to ? m : -1;
  }
  return -1;
}

void DocumentCoder::NounArguments(size_t hi, const TriggerRecord& r, const Clause& c, const Arg& prev_source,
                                  Arg* source_out, Arg* target_out) {
  ReadNounArguments(hi, r, c, prev_source, source_out, target_out);
  if (r.gen == ArgRole::kTarget) *target_out = PartitiveTarget(std::move(*target_out), hits_[hi], c, *source_out);
  *source_out = OrganisationOfMember(std::move(*source_out), c);
  *target_out = OrganisationOfMember(std::move(*target_out), c);
}

void DocumentCoder::ReadNounArguments(size_t hi, const TriggerRecord& r, const Clause& c, const Arg& prev_source,
                                      Arg* source_out, Arg* target_out) {
  const TriggerHit& t = hits_[hi];
  Arg& source = *source_out;
  Arg& target = *target_out;
  if (TextEqual(r.cameo, "112") && t.end == t.first + 1 && (WordKindsAt(t.first) & kAccusingWord)) {
    AccusingParticipleArguments(hi, c, prev_source, source_out, target_out);
    return;
  }
  // شنت القوات العراقية بدعم من التحالف الدولي هجوما، عملية نفذها الجيش بدعم من القوات الأفريقية: support or aid
  // after ب whose giver follows من is that actor's, given to the doer the clause is about: its subject, the
  // nearest actor before that is no object and follows no preposition.
  if (r.noun && (text_.tokens[t.first].prefixes & kProBi) &&
      (WordStartsWith(r.cameo, "05") || WordStartsWith(r.cameo, "06") || WordStartsWith(r.cameo, "07")) &&
      t.end + 1 < c.end_token &&
      text_.tokens[t.end].prefixes == 0 && text_.tokens[t.end].suffix == Enclitic::kNone && Bare(t.end) == "من") {
    int32_t giver = MentionAt(t.end + 1);
    if (giver >= 0 && M(giver).first_token == t.end + 1 && M(giver).is_actor && !M(giver).object && !M(giver).is_place()) {
      source = GroupOf(giver, "the giver after بـ ... من");
      for (int32_t m = MentionsEndingBy(t.first) - 1; m >= 0 && M(m).first_token >= c.first_token; --m) {
        if (!M(m).is_actor || M(m).object || M(m).is_place() || IsPrepositional(m)) continue;
        // (A subject opens the clause or follows its verb: not the victims counted after مقتل.)
        uint32_t f = M(m).first_token;
        const Token& v = text_.tokens[f > 0 ? f - 1 : 0];
        bool after_verb = f > c.first_token && ((token_trigger_[f - 1] >= 0 && hit_verb_[token_trigger_[f - 1]]) ||
                                                (v.kind == TokenKind::kWord && (v.word_class & kWordVerb) &&
                                                 !(v.word_class & kWordNoun)));
        if (f != c.first_token && !after_verb) continue;
        target = GroupOf(m, "the doer it helped, subject of the clause");
        break;
      }
      return;
    }
  }
  Arg gen_arg;
  // The genitive right after the noun (skipping a quantity: مصرع المئات من ...، اسر عشرات الجنود).
  uint32_t k = t.end;
  for (const Quantity& q : QuantitiesTouching(t.end, UINT32_MAX)) {
    if (q.first_token > k) break;  // (in text order: no later one starts at k)
    if (q.first_token == k) k = CountEnd(q.end_token);
  }
  // اصابة ثلاثة من عناصر الجيش: the count's partitive من; مقتل 13 معظمهم من أفراد الشرطة: who most
  // (or all) of the counted people were.
  if (k > t.end && k + 2 < c.end_token && Bare(k + 1) == "من" && IsPartitiveHead(k) &&
      text_.tokens[k].kind == TokenKind::kWord && !count_ends_before_[k + 1]) {
    ++k;
  }
  if (k > t.end && k + 1 < c.end_token && Bare(k) == "من") ++k;
  int32_t gm = k < c.end_token ? MentionAt(k) : -1;
  // قتلت القوات بالرصاص الحي عشرة متظاهرين: a noun with the article heads no construct; the count after it, and
  // its noun, are no genitive of it.
  if (k > t.end && IsDefinite(text_, text_.tokens[t.end - 1])) gm = -1;
  // يعتزم الرئيس المصري زيارة الجزائر، زيارة بيروت: the place a noun of going names in its genitive is where the
  // doer goes; the doer is found as for a noun with no genitive.
  const Arg destination = gm >= 0 && k == t.end ? GenitiveDestination(hi, r, c, gm) : Arg{};
  if (!destination.empty()) gm = -1;
  // استهدفت طائرة مسيرة دورية عسكرية: a noun with an adjective of its own (طائرة مسيرة، غارة جوية، قصف مدفعي)
  // heads no construct: the indefinite agent after it is the verb's object, not the noun's genitive.
  if (gm >= 0 && k == t.end && t.end >= t.first + 2 && M(gm).agent >= 0 && M(gm).record < 0 &&
      !(text_.tokens[t.first].prefixes & kProAl) && text_.tokens[t.end - 1].prefixes == 0 &&
      !(text_.tokens[k].prefixes & kProAl)) {
    std::string_view head = Bare(t.first), adjective = Bare(t.end - 1);
    if ((WordEndsWith(head, "ه") && WordEndsWith(adjective, "ه")) || WordEndsWith(adjective, "ي")) gm = -1;
  }
  // استهدفت مسيرة صحفيين، قصفت مسيرة مقاتلين من الدعم السريع: the genitive of a weapon is its owner, named definitely
  // (مسيرات الحوثيين، مسيرة الجيش); an indefinite agent after an indefinite weapon is the verb's object.
  // (The agent may be specified by a group after it, مقاتلين من الدعم السريع: its head is still indefinite.)
  if (gm >= 0 && k == t.end && (r.flags & kFlagWeapon) && M(gm).agent >= 0 &&
      !(text_.tokens[t.first].prefixes & kProAl) && !(text_.tokens[k].prefixes & kProAl)) {
    gm = -1;
  }
  // معارك جنوب لبنان، هجوم الفاشر: a place that is no state (a region, a town) in the genitive of a noun whose
  // genitive is its doer says where it happened; it did nothing.
  if (gm >= 0 && r.gen != ArgRole::kTarget && M(gm).is_place() && !M(gm).is_actor && !StatePlace(gm)) gm = -1;
  if (gm >= 0 && M(gm).first_token == k && IsActorLike(gm) && !(M(gm).prefixes & (kPrepClitics | kProWa))) {
    gen_arg = ResolveDemonstrative(gm);
    gen_arg.how = "genitive";
  } else if (k < c.end_token && token_trigger_[k] < 0) {
    // الأخيرة after the noun: the last actor named.
    for (const CueHit& q : CuesOfKindsIn(k, k + 1, CueKind::kLatter)) {
      if (q.first == k && q.kind == CueKind::kLatter) {
        gen_arg = Antecedent(q.first, {}, "genitive 'the latter'");
      }
    }
  }
  // مقتل أمريكي، اختطاف بريطاني: after a noun of killing, wounding or capture without the article, a bare nationality
  // is its genitive, the person it was done to (its state, with no sector). (Not after the article: in الاعتقال
  // الإسرائيلي the adjective names the doer.)
  if (gen_arg.empty() && k == t.end && r.gen == ArgRole::kTarget &&
      (r.flags & (kFlagKill | kFlagInjure | kFlagCapture)) && !IsDefinite(text_, text_.tokens[t.end - 1])) {
    if (int32_t n = BareNationalityAt(t.end); n >= 0) {
      gen_arg.members = {n};
      gen_arg.how = "genitive, a nationality: the person it was done to";
      gen_arg.nationality = true;
    }
  }
  // إسقاط خمس طائرات هندية، تدمير دبابة روسية: a machine of war in the genitive is no actor; the nationality
  // right after it (or after one adjective of its own: طائرة مسيرة أمريكية) names the state it belongs to.
  // (The machine may end the phrase itself, past a count: إسقاط خمس طائرات; or end the noun's own phrase, its kind in
  // its genitive after it: إسقاط طائرة تجسس أمريكية.)
  // A word of belonging and an actor after لـ right after it (or after its one adjective) name its owner instead:
  // إسقاط مسيرات تابعة لقوات الدعم السريع.
  uint32_t machine = k;
  bool machine_nationality = false;  // gen_arg is the nationality of a machine of war in the genitive
  if (const uint32_t phrase_end = t.rest_end; phrase_end > t.end && phrase_end <= k + 1 &&
      MentionAt(phrase_end - 1) < 0 && (WordKindsAt(phrase_end - 1) & kMachineWord)) {
    machine = phrase_end - 1;
  } else if (k == t.end && t.end > t.first + 1 && gm < 0 && MentionAt(t.end - 1) < 0 &&
             (WordKindsAt(t.end - 1) & kMachineWord)) {
    machine = t.end - 1;
  }
  if (gen_arg.empty() && (gm < 0 || machine < k) && machine + 1 < c.end_token && MentionAt(machine) < 0 &&
      (WordKindsAt(machine) & kMachineWord) && !(text_.tokens[machine].prefixes & (kPrepClitics | kProWa | kProFa)) &&
      text_.tokens[machine].suffix == Enclitic::kNone) {
    for (uint32_t j = machine + 1; j < c.end_token && j < machine + 3 && gen_arg.empty(); ++j) {
      if (int32_t n = BareNationalityAt(j); n >= 0) {
        gen_arg.members = {n};
        gen_arg.how = "genitive, the nationality of the machine";
        gen_arg.nationality = !M(n).is_actor;
        machine_nationality = true;
      } else if (int32_t o = j + 1 < c.end_token && BelongingAt(j) && !(text_.tokens[j].prefixes & ~kProAl)
                                 ? MentionAt(j + 1)
                                 : -1;
                 o >= 0 && M(o).first_token == j + 1 && M(o).is_actor && !M(o).object &&
                 (M(o).prefixes & kPrepClitics) == kProLi) {
        gen_arg = ResolveDemonstrative(o);
        gen_arg.how = "genitive, the owner of the machine (تابعة لـ)";
      }
      if (j > machine + 1 || MentionAt(j) >= 0 || !(IsPlainNoun(j) || (WordKindsAt(j) & kMachineWord))) break;
    }
  }
  // استهداف دورية للجيش السوري، استهداف نقطة للجيش: a plain noun in the genitive of a noun whose genitive is its target,
  // naming no actor itself (a unit or a post the word lists leave out: دورية alone is also "periodic"), with an actor
  // after لـ right after it, is that actor's: the owner is the target, as the owner of an object is.
  if (gen_arg.empty() && gm < 0 && k == t.end && r.gen == ArgRole::kTarget && k + 1 < c.end_token && IsPlainNoun(k)) {
    if (int32_t o = MentionAt(k + 1); o >= 0 && M(o).first_token == k + 1 && M(o).is_actor && !M(o).object &&
                                      !M(o).is_place() && (M(o).prefixes & kPrepClitics) == kProLi) {
      gen_arg = ResolveDemonstrative(o);
      gen_arg.how = "genitive, the owner (لـ) of the thing hit";
    }
  }
  // مصادرة الجيش الإسرائيلي أراضي الفلسطينيين، اعتقال الشرطة ناشطين: a definite genitive followed by an
  // indefinite noun (which cannot be its adjective) is the noun's doer, and that noun its object, as
  // after a verb; the object, or the owner right after it, is the target.
  // Only a state, or its forces, government or an armed group, is read so: the people an act is done
  // to (إطلاق سراح الرهينة انغريد بيتانكور) are followed by names the word list does not know.
  // Any actor followed by a place is its doer (اقتحام المستوطنين المسجد الأقصى): people an act is done
  // to are not followed by a place without a preposition.
  if (r.gen == ArgRole::kTarget && gm >= 0 && !gen_arg.empty() && !(r.flags & (kFlagKill | kFlagInjure)) &&
      M(gm).is_actor && !M(gm).object) {
    bool place = false;
    Arg object = ObjectAfterGenitiveDoer(gm, c, &place);
    if ((StateOrArmed(M(gm)) || place) && (!object.members.empty() || !object.how.empty())) {
      source = gen_arg;
      source.how = "genitive, the doer: an object follows it";
      target = object.members.empty() ? PrepTarget(hi, r, c) : object;
      return;
    }
  }
  // أدى قصف الجيش السوداني إلى مقتل عشرة مدنيين، قتل خمسة جراء قصف قوات الدعم السريع: a shelling told as the
  // cause of a toll or of what the subject underwent is one an armed force in its genitive carried out (flag
  // armed_doer); what it hit follows, or is not named.
  if (r.gen == ArgRole::kTarget && (r.flags & kFlagArmedDoer) && gm >= 0 && !gen_arg.empty() &&
      M(gm).first_token == t.end && ArmedForce(M(gm)) && NounAsCause(hi, c)) {
    source = gen_arg;
    source.how = "genitive, the armed force whose act is told as a cause";
    target = PrepTarget(hi, r, c);
    return;
  }
  // قصف مسيرة تركية على قرية، اقتحام آليات إسرائيلية لبلدة: a machine of war in the genitive of a noun whose genitive
  // is what it hits (flag armed_doer) is what struck, never what was hit (one does not shell a drone); its nationality
  // is the doer's state, and the target follows. (After إسقاط، تدمير the machine is what was hit, as before.)
  if (machine_nationality && (r.flags & kFlagArmedDoer) && r.gen == ArgRole::kTarget) {
    source = gen_arg;
    source.how = "genitive, the nationality of the machine that struck";
    target = PrepTarget(hi, r, c);
    return;
  }
  // A noun whose genitive is neither (انفجار سيارة مفخخة، توقيع اتفاق السلام) finds its doer as a
  // source noun does otherwise; a pronoun on it is still its doer (توقيعها الاتفاق).
  if (r.gen == ArgRole::kNone) gen_arg = Arg{};
  // The pronoun of the genitive is on the noun, which is the last word of the phrase or its first
  // (إضرابهم عن الطعام).
  Enclitic pronoun = text_.tokens[t.end - 1].suffix;
  if (pronoun == Enclitic::kNone && t.end > t.first + 1) pronoun = text_.tokens[t.first].suffix;
  // أعلن الجيش اعتقاله ثلاثة مسلحين: a noun whose genitive is its pronoun governs the actor (or the
  // count) after it as a verb would its object; the pronoun is the doer. (Not a count of time: بعد احتجازها
  // ثلاثة أسابيع, the pronoun is whom it was done to.)
  bool counted_object = k > t.end && !TimeAfterCount(k) && !IsTimeWord(k - 1);
  if ((!gen_arg.empty() || counted_object) && pronoun != Enclitic::kNone &&
      text_.tokens[t.end - 1].suffix != Enclitic::kNone && r.gen == ArgRole::kTarget) {
    Arg doer = PronounArg(t, pronoun, gen_arg.members, "genitive, the doer");
    if (!doer.empty()) {
      source = doer;
      target = gen_arg;
      target.how = "object of the noun with its doer's pronoun";
      return;
    }
  }
  // واصل الممرضون في مستشفيات لبنان إضرابهم، يواصل عمال شركة الفوسفات اعتصامهم: on the object of a verb of going on
  // (word_kinds.tsv continuation) the pronoun is the verb's subject right after it, not the nearest name before the
  // noun (the state of a place, the company the workers are of).
  if (gen_arg.empty() && pronoun != Enclitic::kNone && t.end == t.first + 1) {
    for (uint32_t v = t.first; v > c.first_token && v + 8 > t.first;) {
      --v;
      if (!(WordKindsAt(v) & kContinuationWord)) continue;
      int32_t s = MentionAt(v + 1);
      if (s >= 0 && M(s).first_token == v + 1 && M(s).end_token <= t.first && M(s).is_actor && !M(s).object &&
          !(M(s).prefixes & (kPrepClitics | kProWa | kProFa))) {
        gen_arg = GroupOf(s, "the subject of the verb of going on, whom the pronoun on its object refers to");
      }
      break;
    }
  }
  if (gen_arg.empty() && pronoun != Enclitic::kNone) {
    std::span<const int32_t> exclude;
    if (r.gen == ArgRole::kTarget) exclude = prev_source.members;
    gen_arg = PronounArg(t, pronoun, exclude, "genitive");
  }
  // تجمع المتظاهرون مطالبين الحكومة بالرحيل: the participle of circumstance (حال) of مطالبة is done by
  // the clause's doer; the noun after it is whom the demand is made of, not who makes it.
  BareText surface{BareWord(text_.Norm(text_.tokens[t.first]))};
  bool demanding = t.end == t.first + 1 && r.gen == ArgRole::kSource &&
                   (surface == "مطالبين" || surface == "مطالبا" || surface == "مطالبون" || surface == "ومطالبين");
  if (demanding) {
    target = gen_arg;
    if (!target.empty()) target.how = "whom the participle's demand is made of";
    // (مطالبين بتنحي قائد الجيش: or the one whose concession is demanded.)
    if (int32_t m = target.empty() ? DemandedConcessionOf(t.end, text_.sentences[c.sentence].end_token) : -1; m >= 0) {
      target = GroupOf(m, "the one whose concession is demanded");
    }
    source = prev_source;
    for (uint32_t cl = text_.tokens[t.first].clause; source.empty() && cl-- > 0 && text_.clauses[cl].sentence == c.sentence;) {
      auto it = last_source_.find(cl);
      if (it != last_source_.end()) source = it->second;
    }
    if (!source.empty()) source.how = "doer of the clause the participle describes";
    return;
  }
  // طرد السفير الإيراني، سحب السفير الأمريكي: in a line that takes an object, an actor whose name
  // starts inside the phrase and goes on past it is that object (document_coder.cc keeps such a phrase
  // whole). In هجوم انتحاري the actor is the doer: that line takes no object.
  Arg phrase_object;
  if (t.end > t.first + 1 && (r.target & kTargetObject)) {
    int32_t m = MentionAt(t.end - 1);
    if (m >= 0 && M(m).is_actor && M(m).first_token > t.first && M(m).end_token > t.end) {
      phrase_object = ResolveDemonstrative(m);
      phrase_object.how = "the actor the phrase ends in";
    }
  }
  // هجوم للحوثيين، غارة لطيران التحالف، مظاهرة لأنصار الرئيس: an indefinite noun with no genitive
  // names its doer with لـ, where لـ introduces none of its targets. Not a noun whose genitive is its
  // object: there لـ introduces the object (تعذيب لمعارضيها), unless على or ضد introduces what it hits
  // right after (قصف مدفعي لقوات الدعم السريع على الفاشر). Where لـ introduces its target (مداهمة لمنزل قيادي), an
  // armed force named as such after لـ is still the doer of a noun that is the means or circumstance of a killing
  // or wounding before it: قتل مسلح أثناء مداهمة للجيش العراقي، اعتقل ثلاثة مطلوبين خلال حملة دهم للشرطة.
  Arg li_doer;
  const Token& noun_end = text_.tokens[t.end - 1];
  auto li_target = [&](int32_t m) {
    return (r.target & kTargetLi) && !(M(m).first_token == t.end && ArmedForce(M(m)) && MeansOfHarm(hi, c));
  };
  if (gen_arg.empty() && t.end < c.end_token && !(text_.tokens[t.first].prefixes & kProAl) &&
      noun_end.suffix == Enclitic::kNone) {
    int32_t m = MentionAt(t.end);
    // (غارة لطائرات التحالف العربي، غارات طائرات الجيش السوداني: aircraft, after لـ or as the genitive, are their
    // owner's, named right after them: the owner is the doer. So is طيران, itself an agent, the air force of no one
    // until its owner follows: غارة لطيران التحالف، غارة لطيران الجيش السوري.)
    const Token& craft = text_.tokens[t.end];
    const bool bare_craft = m >= 0 && M(m).first_token == t.end && M(m).end_token == t.end + 1 && M(m).record < 0 &&
                            M(m).country.empty();
    if ((m < 0 || bare_craft) && t.end + 1 < c.end_token && craft.kind == TokenKind::kWord && (WordKindsAt(t.end) & kMachineWord) &&
        (craft.prefixes == kProLi || craft.prefixes == 0) && craft.suffix == Enclitic::kNone) {
      int32_t o = MentionAt(t.end + 1);
      if (o >= 0 && M(o).first_token == t.end + 1 && !(M(o).prefixes & (kPrepClitics | kProWa | kProFa)) &&
          (M(o).record >= 0 || (text_.tokens[t.end + 1].prefixes & kProAl))) {
        m = o;
      }
    }
    auto aimed_after = [&](const Mention& x) {
      return x.end_token < c.end_token && (Bare(x.end_token) == "علي" || Bare(x.end_token) == "ضد");
    };
    // (Nor where the noun is the means of a killing or wounding that names its victims: قتل ثلاثة عناصر من قوات
    // الدعم السريع بقصف مدفعي للجيش, the army is the shelling's doer.)
    // (Nor where the form ends in the noun's own adjective of its means, قصف مدفعي، قصف صاروخي, and لـ names an armed
    // force: قصف مدفعي للجيش يطال منازل المدنيين is the army's shelling; a place or a thing after لـ, قصف مدفعي للمدينة،
    // لمواقع الجيش, is still what it hits, and so is the owner after a form that ends in its object, إسقاط مسيرة للجيش.)
    const bool owner = m >= 0 && M(m).first_token == t.end + 1;
    const bool adjective_closes = t.end > t.first + 1 && noun_end.prefixes == 0 && m >= 0 && ArmedForce(M(m)) &&
                                  WordEndsWith(BareWord(text_.Stem(noun_end)), "ي");
    if (m >= 0 && M(m).is_actor && !M(m).object && !li_target(m) &&
        (owner || (M(m).first_token == t.end && (M(m).prefixes & kPrepClitics) == kProLi)) &&
        (r.gen != ArgRole::kTarget || aimed_after(M(m)) || (StateOrArmed(M(m)) && MeansOfHarm(hi, c)) ||
         (adjective_closes && !owner))) {
      li_doer = ResolveDemonstrative(m);
      li_doer.how = owner ? "the owner of the aircraft after the noun, the doer" : "the doer, after لـ";
    }
  }
  // قصف مدفعي من قوات الدعم السريع على أحياء الفاشر، هجوم صاروخي من حزب الله، هجمات بالمسيرات من جانب
  // المتمردين: an indefinite attack noun with no genitive, then (past its means after بـ) من or من جانب، من طرف
  // and an armed force named as such, is that force's. (Not a state by its name: قصف من لبنان is from there.)
  if (gen_arg.empty() && li_doer.empty() && noun_end.suffix == Enclitic::kNone &&
      !(text_.tokens[t.first].prefixes & kProAl) && ont_.Find(r.cameo) != nullptr &&
      ont_.Find(r.cameo)->plover_type == PloverType::kAssault) {
    li_doer = DoerAfterMin(t, c);
  }
  if (r.gen != ArgRole::kTarget) {
    source = gen_arg;
    if (source.empty()) source = std::move(li_doer);  // (moved: not read again)
    // هجوم نسب إلى المتمردين، غارات من قبل الطيران: without a genitive doer, the one a phrase of
    // agency names.
    if (source.empty()) source = ByAgent(t, c);
    // إضراب عام دعا إليه الاتحاد العام التونسي للشغل، إضراب مفتوح دعت إليه نقابة المعلمين: a protest's caller, the
    // subject of a relative clause of calling right after the noun (past one adjective), is its doer where none is
    // named. (Only its doer: whether the protest took place is read as for any noun.)
    const CameoCode* noun_code = ont_.Find(r.cameo);
    if (source.empty() && noun_code != nullptr && noun_code->plover_type == PloverType::kProtest) {
      uint32_t k = std::max(t.end, t.rest_end);
      if (k + 3 < c.end_token && MentionAt(k) < 0 && token_trigger_[k] < 0 && text_.tokens[k].kind == TokenKind::kWord &&
          (text_.tokens[k].prefixes & ~kProAl) == 0 && Bare(k) != "دعا" && Bare(k) != "دعت") {
        ++k;  // (an adjective: عام، مفتوح، شامل)
      }
      const BareText to = k + 2 < c.end_token ? Bare(k + 1) : BareText{};
      if (k + 2 < c.end_token && (Bare(k) == "دعا" || Bare(k) == "دعت") && text_.tokens[k].prefixes == 0 &&
          (to == "الي" || to == "اليه" || to == "اليها") && text_.tokens[k + 1].prefixes == 0) {
        int32_t m = MentionAt(k + 2);
        if (m >= 0 && M(m).first_token == k + 2 && M(m).is_actor && !(M(m).prefixes & (kPrepClitics | kProWa | kProFa))) {
          source = GroupOf(m, "the caller of the protest, in a relative clause of calling after it");
        }
      }
    }
    target = destination.empty() ? PrepTarget(hi, r, c) : destination;
  } else {
    target = gen_arg;
    source = ByAgent(t, c);
    if (source.empty()) source = std::move(li_doer);
    if (target.empty()) target = PrepTarget(hi, r, c);
    // (The doer after لـ is no target its لـ introduces.)
    if (!source.empty() && target.members == source.members) target = Arg{};
  }
  if (target.empty() && !phrase_object.empty()) target = phrase_object;
  // أرسلت تركيا مستشارين عسكريين لدعم حكومة الوفاق، تدخلت روسيا لدعم نظام الأسد: a verbal noun after لـ of purpose is
  // done by the subject of the verb before it in its clause; its genitive, read above as its doer, is whom it is done
  // to. (The verb the nearest before the noun, with no article or preposition on it.) Only acts done for another
  // (support, aid, cooperation): a لـ after a noun or a participle is its complement (استجابة لطلب، الرافضة لاتفاق).
  // (أعرب الرئيس عن امتنانه لدعم السعودية: after a word of praise or thanks, a SUPPORT line of its own, لـ gives what
  // is praised; the genitive is the supporter praised.)
  auto after_praise = [&] {
    const int32_t h = t.first > c.first_token ? token_trigger_[t.first - 1] : -1;
    if (h < 0 || static_cast<size_t>(h) == hi) return false;
    const TriggerRecord* praise = ChooseRecord(hits_[h], *hit_payloads_[h]);
    const CameoCode* code = praise != nullptr ? ont_.Find(praise->cameo) : nullptr;
    return code != nullptr && code->plover_type == PloverType::kSupport;
  };
  // (تسعى مصر إلى دعم الجيش السوداني، مساعي ترامب إلى دعم حفتر: so after إلى when a word of striving (grammar.tsv
  // striving) stands before it in the clause with the actor right after it: that actor does the act.)
  const CameoCode* own_code = ont_.Find(r.cameo);
  const bool done_for_another = own_code != nullptr && (own_code->plover_type == PloverType::kSupport ||
                                                        own_code->plover_type == PloverType::kAid ||
                                                        own_code->plover_type == PloverType::kCooperate);
  const uint8_t prefixes = text_.tokens[t.first].prefixes;
  const int32_t striver = done_for_another && (prefixes & kPrepClitics) == 0 ? StriverBefore(t.first, c) : -1;
  if (done_for_another && ((prefixes & kProLi) || striver >= 0) && r.gen != ArgRole::kTarget && !gen_arg.empty() &&
      target.empty() && source.members == gen_arg.members && !after_praise()) {
    if (striver >= 0 && std::find(gen_arg.members.begin(), gen_arg.members.end(), striver) == gen_arg.members.end()) {
      target = std::move(source);
      source = GroupOf(striver, "the actor after the word of striving whose إلى the act follows");
    }
    for (uint32_t k = t.first; striver < 0 && k-- > c.first_token;) {
      const Token& v = text_.tokens[k];
      // (Not a preposition the word list also holds as a verb, إلى، في; a word it does not know that opens the clause
      // is read as its verb, تدخلت روسيا، تدفقت الأسلحة.)
      const bool verb = (v.word_class & kWordVerb) && !(v.word_class & (kWordFunction | kWordPreposition));
      const bool unknown_opening = k == c.first_token && v.word_class == 0 && v.kind == TokenKind::kWord;
      if (!(verb || unknown_opening) || (v.prefixes & (kProAl | kPrepClitics)) || MentionAt(k) >= 0) continue;
      // (The actor right after the verb first: تدخلت روسيا عسكريا.)
      bool after = false;
      int32_t next = MentionAt(k + 1);
      Arg subject = next >= 0 && M(next).first_token == k + 1 && M(next).is_actor && !IsPrepositional(next)
                        ? GroupOf(next, "")
                        : SubjectOf(TriggerHit{k, k + 1, 0}, c, &after);
      if (!subject.empty() && M(subject.members[0]).end_token <= t.first &&
          std::find(gen_arg.members.begin(), gen_arg.members.end(), subject.members[0]) == gen_arg.members.end()) {
        target = std::move(source);
        source = std::move(subject);
        source.how = "subject of the verb the purpose (لـ) follows";
      } else if (subject.empty()) {
        // خرج الآلاف في شوارع صنعاء لدعم الحكومة: a verb whose subject names no actor (a crowd counted alone, a
        // passive) still does the purpose; its genitive is whom it is done to, and the doer is not named here
        // (a crowd's protest gives its own, CrowdOfPurpose).
        target = std::move(source);
        target.how = "genitive of the purpose (لـ): whom it is done to";
        source = Arg{};
      }
      break;
    }
  }
  // A verb of receiving near the noun: X تلقى الدعم من Z.
  // (The receiver read, no actor before the noun is its doer: the giver is named after من, or not at all.)
  bool received = false;
  for (const CueHit& q : CuesOfKindsIn(c.first_token, c.end_token, CueKind::kReceive)) {
    if (q.kind != CueKind::kReceive) continue;
    bool near = (q.first >= t.end && q.first <= t.end + 3) || (q.end <= t.first && q.end + 3 >= t.first);
    if (!near || q.first < c.first_token || q.end > c.end_token) continue;
    TriggerHit rv{q.first, q.end, 0};
    bool after = false;
    Arg recv = SubjectOf(rv, c, &after, /*allow_place=*/true);
    if (recv.empty() && text_.tokens[q.end - 1].suffix != Enclitic::kNone && q.end <= t.first) recv = Arg{};
    Arg giver;
    for (uint32_t j = q.end; j < c.end_token && j < q.end + 12; ++j) {
      // تلقى الرئيس المصري اتصالا من نظيره الأمريكي: a counterpart after من is the giver, who holds the
      // receiver's role in the state its nationality names.
      if (j + 1 < c.end_token && Bare(j) == "من" && text_.tokens[j].prefixes == 0) {
        if (int32_t cp = CounterpartAt(j + 1); cp >= 0 && !(text_.tokens[j + 1].prefixes & kPrepClitics)) {
          giver.members = {cp};
          giver.how = "the counterpart (نظير) after من (after a verb of receiving)";
          giver.counterpart = true;
          break;
        }
      }
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
      received = true;
      target = recv;
      target.how = "receiver of '" + trig_.cue(q.record).form + "'";
    }
    if (!giver.empty()) source = giver;
    break;
  }
  // هجوم نفذه مجهولون، التفجير الذي تبنته الجماعة: the subject of a verb of carrying out or claiming
  // right after the noun is its doer.
  if (source.empty()) {
    for (const CueHit& q : CuesOfKindsIn(t.end, t.end + 5, CueKind::kPerpetrate)) {
      if (q.kind != CueKind::kPerpetrate) continue;
      if (q.first < t.end || q.first > t.end + 4 || q.end > c.end_token) continue;
      // (حظر تجول بعد هجمات شنتها قوات الدعم السريع: the verb after another event noun is that noun's; not
      // after the noun's genitive, انفجار عبوة ناسفة زرعها مسلحون.)
      bool nearer_noun = false;
      for (uint32_t j = t.end + 1; j < q.first && !nearer_noun; ++j) {
        nearer_noun = token_trigger_[j] >= 0 && token_trigger_[j] != token_trigger_[t.end];
      }
      if (nearer_noun) break;
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
  // The subject of the verb of doing that governs a verbal noun starting at token `first`.
  // (حاول الجيش اقتحام المدينة، استطاعت القوات السيطرة: a verb of trying or being able takes the
  // noun as its object, right after the verb or its subject.)
  auto governor_subject = [&](uint32_t first) {
    Arg doer;
    // (أقدم شاب في الثلاثين من عمره على طعن امرأة: على as well, but not after a verb of responding, ردت إسرائيل على
    // الهجوم, whose noun is the act responded to.)
    const bool on = first > c.first_token && Bare(first - 1) == "علي";
    // (عن after a verb of refraining: لم يتوان الجيش عن قصف القرى.)
    bool governed = (text_.tokens[first].prefixes & kProBi) || on ||
                    (first > c.first_token && (Bare(first - 1) == "في" || Bare(first - 1) == "من" ||
                                               Bare(first - 1) == "الي" || Bare(first - 1) == "الى" ||
                                               Bare(first - 1) == "عن"));
    // وصل الوفد إلى القاهرة لإجراء محادثات، توجه الوزير إلى أنقرة لبحث العلاقات: the purpose (لـ + the verbal
    // noun, or + a verb of conducting before the event noun) of a verb of doing or of a journey is its subject's act.
    uint32_t purpose = first;
    // (لإجراء، لعقد، لحضور: a plain verbal noun with لـ right before the event noun.)
    if (!governed && first > c.first_token + 1 && text_.tokens[first - 1].prefixes == kProLi &&
        text_.tokens[first - 1].suffix == Enclitic::kNone && text_.tokens[first - 1].kind == TokenKind::kWord &&
        MentionAt(first - 1) < 0 && token_trigger_[first - 1] < 0 &&
        !(text_.tokens[first - 1].word_class & (kWordFunction | kWordNumber))) {
      purpose = first - 1;
    }
    const bool for_purpose = (text_.tokens[purpose].prefixes & kPrepClitics) == kProLi;
    bool bare = !(text_.tokens[first].prefixes & kPrepClitics);
    if (!governed && !bare && !for_purpose) return doer;
    // Whether an act is named between tokens a and b, another verb's or noun's. (Not a phrase that names no event
    // and describes the subject: أقدمت امرأة مصابة باضطرابات نفسية على طعن.)
    auto act_between = [&](uint32_t a, uint32_t b) {
      for (uint32_t k = a; k < b && k < token_trigger_.size(); ++k) {
        if (token_trigger_[k] >= 0 && !DescribingNoEventAt(k)) return true;
      }
      return false;
    };
    for (const CueHit& q : CuesOfKindsIn(c.first_token, first, CueKind::kGovern)) {
      if (q.kind != CueKind::kGovern) continue;
      if (for_purpose && !governed) {
        // (The verb's subject means to do what its purpose names: سارعت الشرطة لاعتقال as well.)
        uint32_t from = q.end;
        if (int32_t s = q.end < purpose ? MentionAt(q.end) : -1; s >= 0 && M(s).first_token == q.end) from = M(s).end_token;
        if (q.first < c.first_token || q.end > purpose || from + 8 < purpose || act_between(q.end, purpose)) continue;
        // (Only a subject named with the verb, right after it or right before it: a pronoun's antecedent is
        // sought elsewhere, أنه سيسافر.)
        bool after = false;
        Arg subject = SubjectOf(TriggerHit{q.first, q.end, 0}, c, &after);
        if (!subject.empty() && M(subject.members.front()).first_token < purpose &&
            (after || M(subject.members.back()).end_token == q.first)) {
          doer = subject;
          doer.how = "subject of '" + trig_.cue(q.record).form + "' whose purpose (لـ) the noun is";
        }
        continue;
      }
      // (وصل الوزير هاكان فيدان إلى دمشق الأربعاء في زيارة: the distance is counted past the subject.)
      uint32_t from = q.end;
      if (int32_t s = q.end < first ? MentionAt(q.end) : -1; s >= 0 && M(s).first_token == q.end) from = M(s).end_token;
      if (q.first < c.first_token || q.end > first || from + 8 < first || act_between(q.end, first)) continue;
      if (on && (WordKindsAt(q.first) & kRepelWord)) continue;
      if (!governed) {
        // (A verb of repelling takes the attack as its object: رد الجيش الهجوم, the army did not attack.)
        if (WordKindsAt(q.first) & kRepelWord) continue;
        int32_t between = q.end < first ? MentionAt(q.end) : -1;
        bool direct = q.end == first ||
                      (between >= 0 && M(between).first_token == q.end && M(between).end_token == first);
        if (!direct) continue;
      }
      bool after = false;
      TriggerHit gv{q.first, q.end, 0};
      // (A capital or a state named as a place may be the subject: ردت موسكو بقصف كييف، ردت باريس بطرد
      // دبلوماسيين.)
      Arg subject = SubjectOf(gv, c, &after, /*allow_place=*/true);
      if (!subject.empty() && !M(subject.members.front()).is_actor && !StatePlace(subject.members.front())) subject = Arg{};
      if (!subject.empty() && M(subject.members.front()).first_token < first) {
        doer = subject;
        doer.how = "subject of '" + trig_.cue(q.record).form + "' that governs the noun";
      }
    }
    return doer;
  };
  // توجه رئيس الوزراء العراقي إلى واشنطن للقاء الرئيس الأمريكي: the genitive of a noun of meeting that is
  // the purpose (لـ) of a journey is whom the traveller meets; the traveller, the journey's subject, meets.
  if (!source.empty() && target.empty() && source.how.view() == "genitive" && WordStartsWith(r.cameo, "04") &&
      (text_.tokens[t.first].prefixes & kPrepClitics) == kProLi && t.first > c.first_token) {
    Arg traveller = governor_subject(t.first);
    int32_t a = traveller.empty() ? -1 : traveller.members.front(), b = source.members.front();
    if (a >= 0 && a != b && (group_of_[a] < 0 || group_of_[a] != group_of_[b])) {
      target = source;
      target.how = "whom the traveller meets: the genitive of the noun of meeting that is the journey's purpose";
      source = traveller;
    }
  }
  if (source.empty() && !received) source = governor_subject(t.first);
  // واصلت الطائرات الأمريكية قصف الحوثيين: machines of war with their nationality, the subject of a verb of going
  // on right before the noun, are their state's.
  if (source.empty() && !(text_.tokens[t.first].prefixes & (kPrepClitics | kProWa | kProFa))) {
    if (int32_t m = ContinuationSubjectBefore(t.first); m >= 0 && !M(m).is_actor && NationalityAt(M(m).first_token) == m) {
      source.members = {m};
      source.how = "nationality of the machines of war that are the subject of the verb of going on";
      source.nationality = true;
    }
  }
  if (source.empty() && (r.flags & (kFlagKill | kFlagInjure))) source = MeansDoerAfter(hi, c);
  // للقاء نظيره الكيني، لقاء نظيرته الفرنسية: the counterpart in the genitive of a noun of meeting is whom the
  // meeting is with.
  if (target.empty() && WordStartsWith(r.cameo, "04") && t.end < c.end_token &&
      !(text_.tokens[t.end].prefixes & kPrepClitics)) {
    if (int32_t cp = CounterpartAt(t.end); cp >= 0) {
      target.members = {cp};
      target.how = "the counterpart (نظير) in the genitive of the noun of meeting";
      target.counterpart = true;
    }
  }
  // وورد أن انتحارية نفذت الهجوم، ارتكب المسلحون المجزرة، شنت القوات الروسية غارات: the subject of a
  // verb of carrying out right before the noun, or between the two, is its doer. Where that verb is
  // itself a verbal noun governed by a verb of doing (قامت روسيا بشن غارات), the subject of that verb is.
  if (source.empty() && !received) {
    for (const CueHit& q :
         CuesOfKindsIn(c.first_token, t.first, CueKind::kPerpetrate, CueKind::kLight, CueKind::kOccurrence)) {
      CueKind kind = q.kind;
      // (استأنفت الولايات المتحدة تزويد أوكرانيا بالأسلحة، واصل الجيش قصف المدينة: a verb of going on, whose
      // subject does the act it keeps up, as a verb of carrying out.)
      // (The range first: most cues of the clause lie past the noun, and cost no look-up of their word.)
      if (q.end > t.first || q.first < c.first_token) continue;
      bool going_on = kind == CueKind::kOccurrence && (WordKindsAt(q.first) & kContinuationWord);
      if (kind != CueKind::kPerpetrate && kind != CueKind::kLight && !going_on) continue;
      // نفت حركة الشباب مسؤوليتها عن التفجير، لم تعلن حماس مسؤوليتها عن الهجوم: a claim denied or not made names
      // no doer; the act still took place.
      if (kind == CueKind::kPerpetrate && DeniedClaim(q, c)) break;
      // شنت فجر اليوم القوات الروسية هجوما، نفذت مساء أمس قوات الأمن حملة اعتقالات: a time or an adverb may
      // stand between the verb and its subject.
      uint32_t subject_at = q.end;
      if (q.end < t.first && MentionAt(q.end) < 0) {
        uint32_t past = PastInsertion(q.end);
        if (past > q.end && past < t.first && MentionAt(past) >= 0) subject_at = past;
      }
      int32_t between = subject_at < t.first ? MentionAt(subject_at) : -1;
      // أجرت القوات المصرية والسعودية مناورات: the doer may be a list, which ends with its last member.
      uint32_t doer_end = q.end;
      if (between >= 0) {
        int32_t g = group_of_[between];
        doer_end = g >= 0 && groups_[g].front() == between ? M(groups_[g].back()).end_token : M(between).end_token;
      }
      // شن الجيش في ميانمار غارات: the doer's place phrase may stand between it and the noun.
      int32_t place = doer_end + 1 < t.first && Bare(doer_end) == "في" ? MentionAt(doer_end + 1) : -1;
      if (place >= 0 && M(place).is_place() && M(place).first_token == doer_end + 1 && M(place).end_token == t.first) {
        doer_end = t.first;
      }
      // شنت قوات الدعم السريع المدعومة من الإمارات هجوما، شن الجيش الوطني التابع لحفتر هجوما: a participle of
      // ties (lexicon/word_kinds.tsv `loyal`) after the doer, with the actor it names, only qualifies the doer.
      if (between >= 0 && doer_end + 1 < t.first && (text_.tokens[doer_end].prefixes & kProAl) &&
          LoyalAt(doer_end)) {
        uint32_t j = doer_end + 1;
        bool from = Bare(j) == "من" && text_.tokens[j].prefixes == 0;
        if (from) ++j;
        int32_t a = j < t.first ? MentionAt(j) : -1;
        if (a >= 0 && M(a).first_token == j && M(a).is_actor && (from || (M(a).prefixes & (kProLi | kProBi)))) {
          int32_t g = group_of_[a];
          doer_end = g >= 0 && groups_[g].front() == a ? M(groups_[g].back()).end_token : M(a).end_token;
        }
      }
      // شنت القوات العراقية بدعم من التحالف الدولي هجوما، شن الجيش بإسناد جوي من الطيران الروسي هجوما: a phrase of
      // backing (coder/word_kinds.tsv `backing`, with بـ) after the doer, with the backer it names, only qualifies
      // the doer.
      if (between >= 0 && doer_end + 1 < t.first && (text_.tokens[doer_end].prefixes & kPrepClitics) == kProBi &&
          (WordKindsAt(doer_end) & kBackingWord) && MentionAt(doer_end) < 0) {
        uint32_t j = doer_end + 1;
        if (j + 1 < t.first && MentionAt(j) < 0 && Bare(j) != "من" && IsPlainNoun(j)) ++j;  // (جوي)
        if (Bare(j) == "من" && text_.tokens[j].prefixes == 0) ++j;
        int32_t a = j < t.first ? MentionAt(j) : -1;
        if (a >= 0 && M(a).first_token == j && M(a).is_actor) {
          int32_t g = group_of_[a];
          doer_end = g >= 0 && groups_[g].front() == a ? M(groups_[g].back()).end_token : M(a).end_token;
        }
      }
      // نفذ مسلحون من حركة حماس عملية تفجير، شنت عناصر من الجيش حملة دهم: people from a named body after the doer
      // only specify it; a unit or a role noun with no sector of its own (عناصر، قوة) stands for that body.
      if (between >= 0 && doer_end + 1 < t.first && M(between).is_actor && M(between).agent >= 0 &&
          M(between).end_token == doer_end && Bare(doer_end) == "من" && text_.tokens[doer_end].prefixes == 0) {
        int32_t a = MentionAt(doer_end + 1);
        if (a >= 0 && M(a).first_token == doer_end + 1 && M(a).is_actor && !M(a).is_place()) {
          int32_t g = group_of_[a];
          doer_end = g >= 0 && groups_[g].front() == a ? M(groups_[g].back()).end_token : M(a).end_token;
          if (M(between).sector.empty() || IsPartitiveHead(M(between).first_token)) between = a;
          subject_at = M(between).first_token;
        }
      }
      // نفذ ذوو ضحايا تفجير الكرادة اعتصاما، نظمت عائلات قتلى قصف المستشفى وقفة: the event that names the doer's people
      // (NamedByEarlierEvent, right after the doer), with its genitive up to the noun (a place, a date, a definite
      // word: no verb, no punctuation, no other event), is part of the doer.
      if (between >= 0 && doer_end < t.first && token_trigger_[doer_end] >= 0 && NamedByEarlierEvent(doer_end, c)) {
        uint32_t k = doer_end + 1;
        // (A word that can only be a verb ends the phrase; a month's or an ordinal's, أيار، الثامن من, does not.)
        auto verb_only = [&](uint32_t j) {
          const uint8_t cls = text_.tokens[j].word_class;
          return (cls & kWordVerb) && !(cls & (kWordNoun | kWordName | kWordFunction | kWordLexicon));
        };
        while (k < t.first && token_trigger_[k] < 0 && text_.tokens[k].kind == TokenKind::kWord && !verb_only(k)) ++k;
        if (k == t.first) doer_end = t.first;
      }
      // (A count may stand before the noun: شن الطيران الروسي أكثر من عشرين غارة، شن الجيش عشرات الغارات.)
      auto reaches_noun = [&](uint32_t k) {
        return k == t.first || (k < t.first && quantity_end_[k] == t.first);
      };
      // شنت طائرات إسرائيلية فجر اليوم الثلاثاء سلسلة غارات: so may a time or an adverb.
      if (between >= 0 && doer_end < t.first) {
        uint32_t past = PastInsertion(doer_end);
        if (past > doer_end && reaches_noun(past)) doer_end = past;
      }
      // (شن هذا التنظيم هجوما، شن الأخير غارات: a noun that refers back to an actor named before.)
      if (between < 0 && q.end < t.first && text_.tokens[q.first].kind == TokenKind::kWord &&
          !(text_.tokens[q.first].prefixes & (kPrepClitics | kProAl))) {
        uint32_t k = q.end + 1 < t.first && ReferredAt(q.end) < 0 ? q.end + 1 : q.end;
        if (int32_t a = ReferredAt(k); a >= 0 && reaches_noun(k + 1)) {
          source = GroupOf(a, "the actor a demonstrative or الأخير refers back to, subject of '" +
                                  trig_.cue(q.record).form + "'");
          break;
        }
      }
      // (فرضت واشنطن ولندن عقوبات: a capital after a verb in the feminine, which agrees with it, is its state.)
      std::string_view light = Bare(q.first);
      bool capital = between >= 0 && !M(between).is_actor && StatePlace(between) && q.end == q.first + 1 &&
                     (WordEndsWith(light, "ت") || WordStartsWith(light, "ت"));
      bool vso = between >= 0 && (M(between).is_actor || capital) && M(between).first_token == subject_at &&
                 reaches_noun(doer_end) && !IsPrepositional(between);
      if (!reaches_noun(q.end) && !vso) continue;
      if (!vso && kind == CueKind::kLight) continue;
      const Token& verb = text_.tokens[q.first];
      bool verbal_noun = (verb.prefixes & kPrepClitics) || (verb.prefixes & kProAl);
      Arg doer;
      if (vso) {
        doer = ResolveDemonstrative(between);
      } else if (verbal_noun) {
        doer = governor_subject(q.first);
      } else {
        bool after = false;
        doer = SubjectOf(TriggerHit{q.first, q.end, 0}, c, &after);
      }
      if (!doer.empty()) {
        source = doer;
        source.how = vso ? "subject of '" + trig_.cue(q.record).form + "' between it and the noun"
                     : verbal_noun ? doer.how + " '" + trig_.cue(q.record).form + "' before it"
                                   : "subject of '" + trig_.cue(q.record).form + "' before the noun";
      }
      break;
    }
  }
  // أجرت القوات المصرية مناورات: a noun in the rest of a verb phrase split by its subject names the
  // phrase's event; the subject is its doer. Not after a verb of repelling (تصدت الدفاعات الجوية
  // السورية لهجوم إسرائيلي): who repels an attack did not make it.
  for (size_t h = hi; source.empty() && !received && r.gen != ArgRole::kTarget && h-- > 0 &&
                     hits_[h].first >= c.first_token;) {
    if (!hits_[h].InRest(t.first)) continue;
    if (WordKindsAt(hits_[h].first) & kRepelWord) break;
    bool after = false;
    Arg subject = SubjectOf(hits_[h], c, &after);
    if (after && !subject.empty()) {
      source = subject;
      source.how = "subject of the verb phrase the noun completes";
    }
    break;
  }
  // وافقت الحكومة السودانية على الإفراج عن المعتقلين، اتفقت روسيا وأوكرانيا على تبادل الأسرى: the act agreed to, right
  // after على, is done by the subject of the verb of agreeing (a 030 verb line), the hit before it in its clause; the
  // parties of a mutual one are all its doers.
  const TriggerRecord* agreeing =
      source.empty() && !received && r.gen != ArgRole::kTarget && hi > 0 && t.first >= c.first_token + 2 &&
              Bare(t.first - 1) == "علي" && text_.tokens[t.first - 1].prefixes == 0 && hits_[hi - 1].first >= c.first_token &&
              hit_verb_[hi - 1]
          ? ChooseRecord(hits_[hi - 1], *hit_payloads_[hi - 1])
          : nullptr;
  if (agreeing != nullptr && !agreeing->noun && agreeing->cameo == "030") {
    bool after = false;
    Arg subject = SubjectOf(hits_[hi - 1], c, &after);
    if (!subject.empty()) {
      source = subject;
      source.how = "subject of the verb of agreeing before it";
    }
  }
  // أغلق التجار محلاتهم احتجاجا، قطع المزارعون الطريق احتجاجا على: a noun of purpose in the accusative (grammar.tsv
  // protest_purpose) after a verb of its clause that tells no event is the purpose of that verb's subject. (After an
  // event, a protest noun is that protest's reason or, after another act, no event: CodeTrigger.)
  if (source.empty() && gen_arg.empty() && !(text_.tokens[t.first].prefixes & ~kProWa) &&
      GrammarWordAt(t.first) == GrammarWord::kProtestPurpose) {
    for (size_t j = hi; j-- > 0 && hits_[j].first >= c.first_token;) {
      if (!hit_events_[j].empty()) break;
      // (A hit with no reading of its own, أغلق without its object, is read as the verb the dictionary knows.)
      const Token& verb = text_.tokens[hits_[j].first];
      if (!hit_verb_[j] && !(verb.word_class & kWordVerb && !(verb.prefixes & (kProAl | kPrepClitics)))) continue;
      bool after = false;
      if (Arg subject = SubjectOf(hits_[j], c, &after); !subject.empty()) {
        source = subject;
        source.how = "subject of the verb the noun of purpose follows";
      }
      break;
    }
    // طلاب يرفعون الأعلام أمام السفارة احتجاجا، المعلمون يقاطعون الحصص ويرتدون الشارات احتجاجا: a verb that is no
    // trigger (or one whose event is read apart) has a subject too: the actor right before it (the headline's order),
    // else the one SubjectOf reads. A verb joined by و with no subject of its own shares that of the verb before it,
    // in its clause or the one before. (Rarely entered, once per purpose noun: a scan back over its clause.)
    uint32_t clause = text_.tokens[t.first].clause;
    for (uint32_t k = t.first; Rarely(source.empty()) && k > text_.clauses[clause].first_token;) {
      const Token& w = text_.tokens[--k];
      if (w.kind == TokenKind::kPunct) break;
      const int32_t h = token_trigger_[k];
      const bool verb =
          h >= 0 ? hit_verb_[h] && hits_[h].first == k
                 : IsVerbOnly(w.word_class) &&
                       !(w.prefixes & (kProAl | kPrepClitics)) && MentionAt(k) < 0;
      if (!verb) continue;
      const Clause& vc = text_.clauses[clause];
      // (متظاهرون غاضبون يضرمون، طلاب جامعيون يرفعون: an adjective of the actor opening the clause may stand between.)
      uint32_t before = k;
      if (k >= vc.first_token + 2) {
        const Token& a = text_.tokens[k - 1];
        const int32_t m = MentionAt(k - 2);
        if (a.kind == TokenKind::kWord && a.prefixes == 0 && !(a.word_class & (kWordVerb | kWordFunction)) &&
            MentionAt(k - 1) < 0 && token_trigger_[k - 1] < 0 && m >= 0 && M(m).first_token == vc.first_token &&
            M(m).end_token == k - 1) {
          --before;
        }
      }
      if (int32_t m = before > vc.first_token ? MentionAt(before - 1) : -1;
          m >= 0 && M(m).end_token == before && M(m).is_actor && !M(m).is_place() && !IsPrepositional(m)) {
        source = GroupOf(m, "the actor right before the verb the noun of purpose follows");
        break;
      }
      // (A verb that agrees in the plural, يرفعون, has its subject in itself: the noun after it is its object.)
      const std::string_view bare = Bare(k);
      bool after = false;
      if (Arg subject = SubjectOf(h >= 0 ? hits_[h] : TriggerHit{k, k + 1, 0}, vc, &after);
          !subject.empty() && !(after && w.suffix == Enclitic::kNone && WordEndsWith(bare, "ون"))) {
        source = subject;
        source.how = "subject of the verb the noun of purpose follows, read past it";
        break;
      }
      if (!(w.prefixes & kProWa)) break;
      // (ويرتدون opening its clause: the verb before it, in the clause before.)
      if (k == vc.first_token && clause > 0 && text_.clauses[clause - 1].sentence == vc.sentence) --clause;
    }
  }
  // (نفت حماس أي علاقة لها بالهجوم، نفى الحزب مسؤوليته عن التفجير: the actor that denies its part is no doer.)
  // (Nor is it the doer of a mutual act whose sides are named after بين, أعلنت قطر نجاح صفقة تبادل الأسرى بين حماس
  // وإسرائيل: those sides are, CodeTrigger; nor of an act whose demonym adjective names its doer's state right after
  // it, وصف وزير الخارجية الإيراني العقوبات الأمريكية بأنها: the United States, CodeTrigger.)
  auto demonym_adjective = [&] {
    int32_t m = t.end < c.end_token ? MentionAt(t.end) : -1;
    return m >= 0 && M(m).first_token == t.end && !M(m).is_actor && !M(m).is_place() && M(m).demonym >= 0 &&
           !M(m).country.empty() && !(M(m).prefixes & (kPrepClitics | kProWa)) &&
           IsDefinite(text_, text_.tokens[t.end]) == IsDefinite(text_, text_.tokens[t.end - 1]);
  };
  if (source.empty() && !received && r.gen != ArgRole::kTarget && gen_arg.empty() && !PartDeniedBefore(t, c) &&
      !((r.flags & kFlagMutual) && SidesAfterBetween(t, c) >= 0) && !demonym_adjective()) {
    int32_t reach_from = static_cast<int32_t>(t.first);
    for (int32_t j = static_cast<int32_t>(t.first) - 1;
         j >= static_cast<int32_t>(c.first_token) && j + 6 >= reach_from; --j) {
      if (token_trigger_[j] >= 0) break;
      // نظمت نقابة المعلمين، التي تضم آلاف الأعضاء، مسيرة: an insertion between commas describes the actor
      // before it; the actors it names are not the noun's doer.
      // (Only at punctuation: the test costs no call at the words.)
      if (uint32_t o = text_.tokens[j].kind == TokenKind::kPunct ? InsertionOpening(static_cast<uint32_t>(j) + 1, c)
                                                                 : static_cast<uint32_t>(j) + 1;
          o <= static_cast<uint32_t>(j)) {
        j = static_cast<int32_t>(o);
        reach_from = j;
        continue;
      }
      // قالت الشرطة إن سيارة مفخخة ...: the speaker before أنّ is no doer of what it reports.
      BareText jw{BareWord(text_.Norm(text_.tokens[j]))};
      if (Bare(j) == "ان" || jw == "بان" || jw == "وان") break;
      int32_t m = MentionAt(static_cast<uint32_t>(j));
      if (m < 0) continue;
      // وقف الصحفيون على سلالم النقابة في القاهرة احتجاجا، شن الجيش في ميانمار غارات: a place (or
      // a state named as one) where it happened is passed over.
      if (M(m).is_place() && (!M(m).is_actor || M(m).record >= 0) && PrepositionOf(m) == kTargetFi) {
        j = static_cast<int32_t>(M(m).first_token);
        continue;
      }
      // نظم سكان مدينة طنجة وقفة احتجاجية: a town that is the genitive of the actor right before it (past its word of
      // place, مدينة، بلدة) says where the actor is from; the actor is the one looked for.
      if (uint32_t f = M(m).first_token; M(m).is_place() && !M(m).is_actor && f > c.first_token + 1 &&
                                         !(text_.tokens[f].prefixes & (kPrepClitics | kProWa | kProFa))) {
        const Token& w = text_.tokens[f - 1];
        if (MentionAt(f - 1) < 0 && w.kind == TokenKind::kWord && w.prefixes == 0 &&
            (WordKindsAt(f - 1) & kDescriptorWord)) {
          --f;
        }
        const int32_t owner = MentionAt(f - 1);
        if (owner >= 0 && M(owner).is_actor && !M(owner).is_place() && M(owner).end_token == f) {
          j = static_cast<int32_t>(f);
          continue;
        }
      }
      // وقف الصحفيون على سلالم نقابتهم احتجاجا: an actor that is the genitive of a noun inside a
      // prepositional phrase (على سلالم نقابتهم) is passed over as well.
      if (M(m).is_actor && IsGenitive(m) && M(m).first_token >= 2 &&
          (Bare(M(m).first_token - 2) == "علي" || Bare(M(m).first_token - 2) == "في" ||
           (text_.tokens[M(m).first_token - 1].prefixes & kProBi))) {
        j = static_cast<int32_t>(M(m).first_token);
        continue;
      }
      // حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة، التحالف بقيادة السعودية: who heads the actor before
      // it is named after بـ + رئاسة، قيادة، زعامة; the actor itself is the one looked for.
      // (The recognizer may take the word into the mention: برئاسة عبد الحميد الدبيبة is the GNU's.)
      auto headed_by = [&](uint32_t k) { return HeadedByWord(text_.tokens[k], Bare(k)); };
      if (uint32_t f = M(m).first_token; f > c.first_token + 1 && (headed_by(f) || headed_by(f - 1))) {
        j = static_cast<int32_t>(headed_by(f) ? f : f - 1);
        continue;
      }
      // The actor belongs to an earlier trigger of the clause (أدانت الجامعة العربية الهجوم), or is
      // the genitive of another noun (ضريح مؤسس الجمهورية التركية في تظاهرة), not the noun's doer.
      // Nor is the subject of a verb of undergoing, or its owner (تعرضت مقرات حزب الأمة لهجوم).
      if (UndergoBefore(m, t, c)) break;
      if (M(m).is_actor && !IsPrepositional(m) && !IsGenitive(m) && !TriggerBetween(c.first_token, M(m).first_token)) {
        // Found from its end, a list is read from its first member (القوات المصرية والسعودية), unless
        // that member is itself the genitive or the object of a preposition (حقوق النساء والمنظمات).
        if (int32_t g = group_of_[m]; g >= 0 && !IsPrepositional(groups_[g].front()) && !IsGenitive(groups_[g].front())) {
          m = groups_[g].front();
        }
        source = ResolveDemonstrative(m);
        source.how = "actor of the clause before the noun";
      }
      break;
    }
  }
  // قررت الحكومة تجميد أصول البنك، أعلن الجيش اعتقال خمسة مطلوبين: a noun whose genitive is its
  // target, as the object of a verb of saying or deciding, is done by that verb's subject. Not a
  // death or a wound (أعلنت وزارة الصحة مقتل ...), nor what the media or a monitor report. A state
  // announces an abduction or an assassination as a crime of others (أعلن الجيش اختطاف بريطاني).
  // So is a phrase that ends in its target (أعلنت موسكو طرد الدبلوماسيين البريطانيين: the target column obj).
  if (source.empty() && (r.gen == ArgRole::kTarget || (r.target & kTargetObject)) &&
      !(r.flags & (kFlagKill | kFlagInjure)) && t.first > c.first_token) {
    int32_t m = MentionAt(t.first - 1);
    auto state_side = [&] {
      return IsStateAgent(M(m).sector) || StatePlace(m) || (M(m).record >= 0 && lex_.record(M(m).record).is_state);
    };
    if (m >= 0 && M(m).end_token == t.first && SaidBy(m) && (M(m).is_actor || StatePlace(m)) &&
        M(m).sector != "MED" && M(m).sector != "NGO" && !(WordStartsWith(r.cameo, "18") && state_side())) {
      source = GroupOf(m, "subject of the verb of saying whose object the noun is");
    }
    // (وكانت فرنسا قد قررت طرد: in the pluperfect the subject stands before قد and the verb.)
    if (int32_t s = m < 0 && t.first >= c.first_token + 3 && Bare(t.first - 2) == "قد" ? MentionAt(t.first - 3) : -1;
        s >= 0 && M(s).end_token == t.first - 2 && SaysAfter(s) && (M(s).is_actor || StatePlace(s)) &&
        M(s).sector != "MED" && M(s).sector != "NGO") {
      m = s;
      if (!(WordStartsWith(r.cameo, "18") && state_side())) {
        source = GroupOf(m, "subject, before قد, of the verb of saying whose object the noun is");
      }
    }
    // (وأعلنت الأخيرة اعتقال، أعلن هذا التنظيم اختطاف: the subject may refer back to an actor named before.)
    if (int32_t a = m < 0 && t.first > c.first_token + 1 ? ReferredAt(t.first - 1) : -1; a >= 0) {
      uint32_t start = Bare(t.first - 1) == "اخير" || Bare(t.first - 1) == "اخيره" ? t.first - 1 : t.first - 2;
      bool said = (cue_ends_before_[start] & (1u << static_cast<unsigned>(CueKind::kReported))) != 0;
      m = a;
      if (said && M(m).sector != "MED" && M(m).sector != "NGO" && !(WordStartsWith(r.cameo, "18") && state_side())) {
        source = GroupOf(m, "subject of the verb of saying whose object the noun is (referred back to)");
      }
    }
    // الحوثيون يعلنون استهداف مدمرة: a headline's verb of saying, after its named subject.
    if (m < 0 && source.empty() && t.first >= 2 && CueEndsBefore(t.first, CueKind::kReported) &&
        CueStartsAt(t.first - 1, CueKind::kReported) && HeadlineSubjectBefore(t.first - 1)) {
      int32_t h = MentionAt(t.first - 2);
      if (M(h).sector != "MED" && M(h).sector != "NGO") {
        source = GroupOf(h, "named subject of the headline's verb of saying whose object the noun is");
      }
    }
  }
  // أعلن الجيش الصومالي مقتل 30 عنصرا من حركة الشباب: armed forces of a state that announce the deaths
  // of armed men of a group, or of another state's forces, announce their own operation's toll. (The
  // deaths of their own men, or of civilians, they report as others' acts.)
  if (source.empty() && (r.flags & (kFlagKill | kFlagInjure)) && !target.empty() && t.first > c.first_token) {
    int32_t m = MentionAt(t.first - 1);
    // (So do a state's government or ministry whose enemies fell in an operation, a raid or a strike told after في or
    // خلال: أعلنت وزارة الداخلية العراقية مقتل خمسة إرهابيين في عملية أمنية، أعلنت الحكومة مقتل 30 مسلحا في غارات جوية.)
    auto in_operation = [&] {
      for (uint32_t k = t.end + 1; k < c.end_token && k <= t.end + 6; ++k) {
        if (!(WordKindsAt(k - 1) & kMeansWord) || text_.tokens[k].prefixes != 0) continue;
        const BareText w = Bare(k);
        const int32_t h = token_trigger_[k];
        if (h < 0 || hit_verb_[h] || hits_[h].first != k) return (WordKindsAt(k) & kOperationWord) || w == "عمليات";
        // (An operation or an air strike with no doer named right after it: not غارات للتحالف; not an attack, a
        // clash or a suicide operation, which the enemies may have made.)
        const TriggerRecord* o = ChooseRecord(hits_[h], *hit_payloads_[h]);
        const bool operations = o != nullptr && o->cameo == "190" && (w == "عمليه" || w == "عمليات" || w == "حمله" || w == "حملات");
        const uint32_t next = hits_[h].end;
        const int32_t n = next < c.end_token ? MentionAt(next) : -1;
        return o != nullptr && (WordStartsWith(o->cameo, "195") || operations) &&
               (next >= c.end_token || ((n < 0 || (!M(n).is_actor && M(n).demonym < 0)) &&
                                        !(text_.tokens[next].prefixes & kProLi)));
      }
      return false;
    };
    if (m >= 0 && M(m).end_token == t.first && SaidBy(m) && M(m).is_actor && !M(m).country.empty() &&
        (M(m).sector == "MIL" || M(m).sector == "COP" || (M(m).sector == "GOV" && in_operation()))) {
      bool enemies = true;
      for (int32_t v : target.members) {
        const Mention& x = M(v);
        bool armed_group = x.sector == "REB" || x.sector == "UAF" || x.sector == "INS";
        bool foreign_forces = (x.sector == "MIL" || x.sector == "COP") && !x.country.empty() && x.country != M(m).country;
        enemies = enemies && x.is_actor && (armed_group || foreign_forces);
      }
      if (enemies) source = GroupOf(m, "a state's forces or government announcing the toll of their enemies");
    }
  }
  // نفذت قوات الاحتلال حملة مداهمات واعتقالات، شنت القوات الروسية غارات وهجمات صاروخية: a verbal noun with no
  // genitive of its own, joined by و right after the noun (or the rest of the verb phrase) before it, or after what
  // that noun hit (شن الجيش غارات على غزة وقصفا مدفعيا على رفح), is done by the same doer.
  if (source.empty() && gen_arg.empty() && !prev_source.empty() && hi > 0 &&
      text_.tokens[t.first].prefixes == kProWa && text_.tokens[t.first].suffix == Enclitic::kNone &&
      text_.tokens[hits_[hi - 1].first].clause == text_.tokens[t.first].clause) {
    const uint32_t before_end = std::max(hits_[hi - 1].end, hits_[hi - 1].rest_end);
    bool joined = before_end == t.first;
    if (!joined && before_end + 1 < t.first && (Bare(before_end) == "علي" || Bare(before_end) == "ضد") &&
        text_.tokens[before_end].prefixes == 0) {
      int32_t m = MentionAt(before_end + 1);
      joined = m >= 0 && M(m).first_token == before_end + 1 && M(m).end_token == t.first && !(M(m).prefixes & kProWa);
    }
    if (joined) {
      source = prev_source;
      source.how = "doer of the noun before, to which و joins it";
    }
  }
  // تظاهر آلاف السودانيين للمطالبة برحيل المجلس العسكري، اجتمع الوزراء لبحث الأزمة: a verbal noun of
  // purpose (لـ) is done by the doer of the clause's event before it. Not a violent noun (تعرض لهجوم،
  // التخطيط لهجوم), nor one that completes the noun before it.
  const CameoCode* code = ont_.Find(r.cameo);
  bool violent = code != nullptr && (code->plover_type == PloverType::kAssault ||
                                     code->plover_type == PloverType::kProtest);
  bool completes_noun = t.first > c.first_token && MentionAt(t.first - 1) < 0 &&
                        text_.tokens[t.first - 1].kind == TokenKind::kWord &&
                        (text_.tokens[t.first - 1].word_class & kWordNoun) &&
                        !(text_.tokens[t.first - 1].word_class & (kWordFunction | kWordVerb));
  // (So is a noun of purpose in the accusative: تظاهر آلاف اليمنيين تضامنا مع غزة وتنديدا بالعدوان.)
  bool accusative_purpose = !(text_.tokens[t.first].prefixes & ~kProWa) && GrammarWordAt(t.first) == GrammarWord::kProtestPurpose;
  if (source.empty() && r.gen != ArgRole::kTarget && gen_arg.empty() && !prev_source.empty() && !violent &&
      !completes_noun && ((text_.tokens[t.first].prefixes & kPrepClitics) == kProLi || accusative_purpose)) {
    source = prev_source;
    source.how = "doer of the clause's event the purpose noun completes";
    // (فرقت الشرطة المحتجين الذين تجمعوا أمام المبنى للمطالبة بفرص عمل: in a relative clause after the event's
    // object, the purpose is that of the people the clause is about.)
    constexpr uint32_t kRelativeReach = 8;
    for (uint32_t k = t.first; k-- > c.first_token + 1 && k + kRelativeReach > t.first && text_.tokens[k].kind == TokenKind::kWord;) {
      if (!RelativePronounAt(k)) continue;
      if (int32_t m = MentionAt(k - 1); m >= 0 && M(m).is_actor && M(m).end_token == k) {
        source = GroupOf(m, "the people a relative clause before the purpose noun is about");
      }
      break;
    }
  }
  // هجوم انتحاري استهدف ثكنة عسكرية: a violent verb right after the noun describes it (an asyndetic
  // relative clause); its object is what the noun's event hit. (Not one joined by و or ف: اندحار المتمردين وسحق
  // قواتهم is a second event, not a description of the first.)
  for (uint32_t k = t.end; target.empty() && r.gen != ArgRole::kTarget && k < c.end_token && k <= t.end + 1; ++k) {
    if (text_.tokens[k].kind != TokenKind::kWord || (text_.tokens[k].prefixes & (kProWa | kProFa))) break;
    int32_t h = token_trigger_[k];
    if (h < 0 || h == static_cast<int32_t>(hi)) continue;
    const TriggerRecord* vr = ChooseRecord(hits_[h], *hit_payloads_[h]);
    const CameoCode* vcode = vr ? ont_.Find(vr->cameo) : nullptr;
    // A verb of result or toll (أسفر عن مقتل، قتل) counts victims; it does not say what was hit. A present verb
    // describes a plan (هجوم يستهدف) except in a headline, whose present tells the past (عبوة ناسفة تستهدف دورية).
    if (vr == nullptr || vr->noun || vr->passive || (vr->present && !HeadlineHead(t.first)) ||
        !(vr->target & kTargetObject) ||
        (vr->flags & (kFlagKill | kFlagInjure | kFlagCapture)) || CueStartsAt(k, CueKind::kResult) ||
        vcode == nullptr || vcode->plover_type != PloverType::kAssault) {
      break;
    }
    for (uint32_t j = hits_[h].end; j < c.end_token && j < hits_[h].end + 6; ++j) {
      if (token_trigger_[j] >= 0 || text_.tokens[j].kind == TokenKind::kPunct) break;
      int32_t m = MentionAt(j);
      if (m < 0) continue;
      if (IsActorLike(m) && !IsPrepositional(m)) {
        target = ResolveDemonstrative(m);
        target.how = "object of the verb that describes the noun";
      }
      break;
    }
    break;
  }
  // أوقع أكثر من ألف قتيل بين المتمردين: the victims a toll noun counts were among the people after
  // بين; سقط عشرات العراقيين بين قتيل وجريح: a toll noun right after بين counts the people before it.
  if (target.empty() && r.gen == ArgRole::kTarget && (r.flags & (kFlagKill | kFlagInjure))) {
    if (t.end + 1 < c.end_token && Bare(t.end) == "بين") {
      int32_t m = MentionAt(t.end + 1);
      if (m >= 0 && M(m).is_actor && M(m).first_token == t.end + 1 && !(M(m).prefixes & kPrepClitics)) {
        target = ResolveDemonstrative(m);
        target.how = "the people among whom the victims were (بين)";
      }
    }
    // The second of the pair (بين قتيل وجريح) counts the same people.
    uint32_t b = t.first;
    if ((text_.tokens[b].prefixes & kProWa) && b > c.first_token && token_trigger_[b - 1] >= 0) --b;
    if (target.empty() && b >= c.first_token + 2 && Bare(b - 1) == "بين") {
      int32_t m = MentionAt(b - 2);
      if (m >= 0 && M(m).is_actor && M(m).end_token == b - 1 && !IsPrepositional(m)) {
        target = ResolveDemonstrative(m);
        target.how = "the people counted as dead or wounded (بين قتيل وجريح)";
      }
    }
  }
  // أعلن الجيش السوري صد هجوم لهيئة تحرير الشام على ريف إدلب، تصدت القوات لهجوم، صد الجيش هجوما للمتمردين:
  // an attack of a named doer (its genitive or لـ) named as repelled (صد، تصدى لـ، دحر, right before the
  // noun or before the subject right before it) happened, and was aimed at whoever repelled it, unless it
  // names the actor it hit. (تصدت الدفاعات الجوية لعدوان إسرائيلي على محيط دمشق keeps the place. A
  // foiled attack, أحبط هجوما, did not happen: it is no event, and أحبط is 170.)
  if (code != nullptr && code->plover_type == PloverType::kAssault && t.first > c.first_token) {
    bool aimed = false;
    for (int32_t m : target.members) aimed = aimed || M(m).is_actor;
    uint32_t k = t.first - 1;
    int32_t between = aimed ? -1 : MentionAt(k);
    if (between >= 0 && M(between).end_token == t.first && M(between).first_token > c.first_token &&
        M(between).is_actor && !IsPrepositional(between)) {
      k = M(between).first_token - 1;
    } else {
      between = -1;
    }
    bool repel = false;
    // (The doer may be named by the noun's demonym, which CodeTrigger reads: لهجوم إسرائيلي.)
    bool named_doer = !source.empty() || (t.end < c.end_token && NationalityAt(t.end) >= 0);
    if (!aimed && named_doer && text_.tokens[k].kind == TokenKind::kWord && !(text_.tokens[k].prefixes & kPrepClitics)) {
      repel = (WordKindsAt(k) & kRepelWord) != 0;  // (word_kinds.tsv)
    }
    if (repel) {
      Arg repeller;
      if (between >= 0) {
        repeller = ResolveDemonstrative(between);
      } else {
        bool after = false;
        repeller = SubjectOf(TriggerHit{k, k + 1, 0}, c, &after);
      }
      bool same = repeller.empty();
      for (int32_t a : repeller.members) {
        for (int32_t b : source.members) same = same || a == b || (group_of_[a] >= 0 && group_of_[a] == group_of_[b]);
      }
      if (!same) {
        target = repeller;
        target.how = "who repelled the attack";
      }
    }
  }
  if (target.empty() || ObjectsOnly(target, rec_.mentions)) {
    if (Arg passing = PassingTarget(t); !passing.empty()) target = passing;
  }
  if (ObjectsOnly(source, rec_.mentions)) source = Arg{};  // what was hit is no doer (هجوم السوق)
  if (code != nullptr && code->plover_type == PloverType::kProtest &&
      OwnerlessObjects(target, rec_.mentions, &IsStateAgent)) {
    target = Arg{};
  }
  // (Not of the event given as its reason or its date, done by others: إضراب تنديدا باعتقال نقابيين، بعد اعتقال.)
  // (Nor of the act a verb of condemning takes as its object, done by others: اعتقلت الشرطة الصحفي، وأدانت
  // نقابة الصحفيين اعتقاله; the union condemns the arrest, it does not arrest.)
  auto condemned = [&] {
    for (const CueHit& q : CuesOfKindsIn(c.first_token, t.first, CueKind::kCondemn)) {
      if (q.kind == CueKind::kCondemn && q.first >= c.first_token && q.end <= t.first) return true;
    }
    return false;
  };
  // (Nor of the act an appeal or a demand asks of others: دعت منظمات حقوقية إلى إطلاق سراح المعتقلين; the
  // callers release no one.)
  auto requested = [&] {
    if (hi == 0 || hits_[hi - 1].first < c.first_token || !hit_verb_[hi - 1]) return false;
    const TriggerRecord* asked = ChooseRecord(hits_[hi - 1], *hit_payloads_[hi - 1]);
    return asked != nullptr && (WordStartsWith(asked->cameo, "02") || WordStartsWith(asked->cameo, "10"));
  };
  // (Nor from an act of cooperation to one of conflict, or back: in مساعي ترامب إلى دعم حفتر وسحق قواته the supporter
  // is not made the crusher of whom he supports; the quad classes of the two acts, 1-2 against 3-4, must agree. The
  // act compared is the one the carried doer was read for, last_source_hit_.)
  auto across_sides = [&] {
    const auto* from = last_source_hit_.find(text_.tokens[t.first].clause);
    if (from == last_source_hit_.end()) return false;
    const size_t h = from->second;
    const TriggerRecord* before = ChooseRecord(hits_[h], *hit_payloads_[h]);
    const CameoCode* here = ont_.Find(r.cameo);
    const CameoCode* code = before != nullptr ? ont_.Find(before->cameo) : nullptr;
    return here != nullptr && code != nullptr && (here->quad_class <= 2) != (code->quad_class <= 2);
  };
  if (source.empty() && r.gen == ArgRole::kTarget && !target.empty() && !prev_source.empty() &&
      !OutsideIntention(t, c.first_token) && !condemned() && !requested() && !across_sides()) {
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

}  // namespace rasad::detail
