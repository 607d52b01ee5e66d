#include "coder/trigger_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "coder/coder_kinds.h"
#include "coder/ontology.h"
#include "text/arabic_normalizer.h"
#include "text/number_words.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

uint16_t TargetWayOf(std::string_view p) {
  static constexpr std::pair<std::string_view, uint16_t> kWays[] = {
      {"علي", kTargetAla}, {"ضد", kTargetDidd}, {"ب", kTargetBi},  {"ل", kTargetLi},  {"مع", kTargetMaa},
      {"من", kTargetMin},  {"الي", kTargetIla}, {"في", kTargetFi}, {"عن", kTargetAn}, {"لدي", kTargetLada},
      {"تجاه", kTargetToward}, {"نحو", kTargetToward}, {"ازاء", kTargetToward}, {"اتجاه", kTargetToward}, {"باتجاه", kTargetToward},
      {"صوب", kTargetToward},
  };
  for (const auto& [word, way] : kWays) {
    if (word == p) return way;
  }
  return 0;
}

namespace {

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }


std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  for (std::string_view w : SplitList(phrase, ' ')) out.emplace_back(w);
  return out;
}

// A hollow verb shows ا before its last root letter in the past (زار، قام، أدان، اختار، استقال); a verb whose
// past keeps its weak middle letter (أيد، غير) is not hollow. `forms` is a line's |-list of forms.
bool HollowPast(std::string_view forms) {
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  for (std::string_view form : SplitList(forms)) {
    while (!form.empty() && (form[0] == '~' || form[0] == '=' || form[0] == '+')) form.remove_prefix(1);
    std::vector<std::string> w = Words(norm.Normalize(form));
    if (w.empty() || StartsWith(w[0], "ي")) continue;
    const std::string& x = w[0];
    if (x.size() >= 6 && x.compare(x.size() - 4, 2, "ا") == 0) return true;
  }
  return false;
}

// A defective verb's jussive of two root letters (يرد of يردي، يشك of يشكو، يدع of يدعو) spells the present
// of a doubled verb (يردّ "responds", يشكّ "doubts", يدع "leaves"): it is generated only in a phrase whose
// later words fix the sense (يدع إلى الحوار، يلق حتفه).
bool ShortDefective(const std::vector<std::string>& words) {
  return words.size() == 1 && words[0].size() <= 8 && (EndsWith(words[0], "ي") || EndsWith(words[0], "و"));
}

}  // namespace

std::vector<std::string> TriggerLexicon::PastForms(std::string_view p) {
  std::string s(p);
  std::vector<std::string> out = {s};
  if (EndsWith(s, "ي") && s.size() > 4) {  // weak final (ألقى، قضى): القت، القوا، القيا
    std::string x = s.substr(0, s.size() - 2);
    for (const char* suf : {"ت", "وا", "يا", "يتا", "ين"}) out.push_back(x + suf);
    return out;
  }
  for (const char* suf : {"ت", "وا", "ا", "تا", "ن", "تم", "نا"}) out.push_back(s + suf);
  return out;
}

std::vector<std::string> TriggerLexicon::PresentForms(std::string_view y, bool without_ta) {
  std::string s(y);
  std::vector<std::string> out = {s};
  if (!StartsWith(s, "ي") || s.size() < 6) return out;
  std::string rest = s.substr(2);
  for (std::string_view pre : {"ت", "ن", "ا"}) {
    if (!without_ta || pre != "ت") out.push_back(std::string(pre) + rest);
  }
  if (EndsWith(s, "ي")) {  // weak final (يلقي): يلقون، يلقوا
    std::string x = s.substr(0, s.size() - 2);
    for (const char* suf : {"ون", "وا", "ان"}) out.push_back(x + suf);
    out.push_back("ت" + rest.substr(0, rest.size() - 2) + "ون");
    return out;
  }
  for (const char* suf : {"ون", "ان", "وا", "ن"}) out.push_back(s + suf);
  for (const char* suf : {"ون", "ان", "وا"}) out.push_back("ت" + rest + suf);
  return out;
}

std::vector<std::string> TriggerLexicon::JussiveForms(std::string_view y, bool hollow) {
  // Letters of the normalized form (Arabic letters are two bytes in UTF-8; anything else gives no forms).
  std::vector<std::string_view> l;
  for (size_t i = 0; i < y.size();) {
    size_t n = (static_cast<unsigned char>(y[i]) & 0xE0) == 0xC0 ? 2 : 0;
    if (n == 0 || i + n > y.size()) return {};
    l.push_back(y.substr(i, n));
    i += n;
  }
  if (l.size() < 3 || l[0] != "ي") return {};
  auto long_vowel = [](std::string_view x) { return x == "و" || x == "ي" || x == "ا"; };
  size_t drop = l.size();
  if (l.back() == "ي" || l.back() == "و") {
    drop = l.size() - 1;  // defective: يلتقي، يدعو، يلقى (ى is folded to ي)
  } else if (!hollow) {
    return {};  // يؤيد of أيد: a weak middle letter that the past keeps is a consonant
  } else if (l.size() == 4 && long_vowel(l[2])) {
    drop = 2;  // hollow, Forms I and IV: يزور، يقوم، يبيع، ينال، يدين، يقيم
  } else if (l.size() == 5 && l[3] == "ا" && (l[2] == "ت" || l[1] == "ن")) {
    drop = 3;  // hollow, Forms VIII and VII: يختار، يجتاح، ينحاز
  } else if (l.size() == 6 && l[1] == "س" && l[2] == "ت" && long_vowel(l[4])) {
    drop = 4;  // hollow, Form X: يستقيل، يستعيد
  }
  if (drop == l.size()) return {};
  std::string stem;
  for (size_t i = 1; i < l.size(); ++i) {
    if (i != drop) stem += l[i];
  }
  return {"ي" + stem, "ت" + stem, "ن" + stem};
}

std::vector<std::string> TriggerLexicon::DualForms(std::string_view n) {
  std::string s(n);
  if (s.size() < 6) return {};
  if (EndsWith(s, "ه")) {
    std::string x = s.substr(0, s.size() - 2);
    return {x + "تين", x + "تان"};
  }
  if (EndsWith(s, "ات") || EndsWith(s, "ين") || EndsWith(s, "ون")) return {};  // plurals have no dual
  return {s + "ين", s + "ان"};
}

std::string TriggerLexicon::AccusativeForm(std::string_view n) {
  if (n.size() < 6) return {};
  for (std::string_view end : {"ه", "ي", "ا", "ء", "ئ", "ؤ", "ات", "ون", "ين"}) {
    if (EndsWith(n, end)) return {};
  }
  return std::string(n) + "ا";
}

void TriggerLexicon::AddTriggerForm(const std::vector<std::string>& words, uint32_t record, WordSet* ws, uint8_t cls) {
  if (words.empty()) return;
  triggers_.Add(words, record);
  if (ws) ws->AddNormalized(words[0], cls);
}

Status TriggerLexicon::Load(const std::string& data_dir, const Ontology& ontology, WordSet* words) {
  NumberWords numbers;
  Status s = numbers.Load(data_dir + "/text/numbers.tsv");
  if (!s.ok()) return s;
  s = LoadTriggers(data_dir + "/coder/triggers.tsv", "coder/triggers.tsv", ontology, numbers, words);
  if (!s.ok()) return s;
  s = LoadCues(data_dir + "/coder/cues.tsv", "coder/cues.tsv", false, numbers, words);
  if (!s.ok()) return s;
  s = LoadCues(data_dir + "/coder/grammar.tsv", "coder/grammar.tsv", true, numbers, words);
  if (!s.ok()) return s;
  s = LoadOccupations(data_dir + "/coder/occupations.tsv");
  if (!s.ok()) return s;
  return word_kinds_.Load(data_dir + "/coder/word_kinds.tsv", CoderWordKinds());
}

Status TriggerLexicon::LoadOccupations(const std::string& path) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2 || f[0].size() != 3 || f[1].size() != 3) {
      return r.Error("expected the occupied land's and the occupier's ISO3 codes");
    }
    occupiers_.emplace_back(f[0], f[1]);
  }
  return Status::Ok();
}

Status TriggerLexicon::LoadTriggers(const std::string& path, const std::string& label, const Ontology& ontology,
                                    const NumberWords& numbers, WordSet* ws) {
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 3) return r.Error("expected cameo, pos, forms, ...");
    TriggerRecord base;
    base.cameo = std::string(f[0]);
    // "-" marks a phrase that is not an event (هجوم إعلامي، تفجرت الأزمة): as the longest match it
    // keeps the shorter trigger inside it from firing.
    if (base.cameo != "-") {
      const CameoCode* code = ontology.Find(base.cameo);
      if (code == nullptr) return r.Error("unknown CAMEO code '" + base.cameo + "'");
      base.plover = code->plover_type;
    }
    if (f[1] == "noun") base.noun = true;
    else if (f[1] != "verb") return r.Error("pos must be verb or noun");
    auto role = [&](std::string_view v, ArgRole* out) -> bool {
      if (v.empty() || v == "source") *out = ArgRole::kSource;
      else if (v == "target") *out = ArgRole::kTarget;
      else return false;
      return true;
    };
    if (!role(f.size() > 3 ? f[3] : "", &base.subj)) return r.Error("subj must be source or target");
    std::string_view gen = f.size() > 4 ? f[4] : "";
    if (gen.empty()) base.gen = ArgRole::kNone;
    else if (!role(gen, &base.gen)) return r.Error("gen must be source or target");
    if (f.size() > 5) {
      for (std::string_view w : SplitList(f[5])) {
        std::string n = norm.Normalize(w);
        uint16_t way = n == "obj" ? static_cast<uint16_t>(kTargetObject) : TargetWayOf(n);
        if (way == 0) return r.Error("unknown target way '" + std::string(w) + "'");
        base.target |= way;
      }
      // An act on someone (على) may be one against them (ضد): شن غارات ضد مواقع المسلحين.
      if (base.target & kTargetAla) base.target |= kTargetDidd;
    }
    if (f.size() > 6) {
      for (std::string_view w : SplitList(f[6], ',')) {
        if (w == "kill") base.flags |= kFlagKill;
        else if (w == "injure") base.flags |= kFlagInjure;
        else if (w == "capture") base.flags |= kFlagCapture;
        else if (w == "place_is_target") base.flags |= kFlagPlaceIsTarget;
        else if (w == "figurative") base.flags |= kFlagFigurative;
        else if (w == "doer_inside") base.flags |= kFlagDoerInside;
        else if (w == "weapon") base.flags |= kFlagWeapon;
        else if (w == "crowd_doer") base.flags |= kFlagCrowdDoer;
        else if (w == "igo_target") base.flags |= kFlagIgoTarget;
        else if (w == "mutual") base.flags |= kFlagMutual;
        else if (w == "headline") base.flags |= kFlagHeadline;
        else if (w == "court_doer") base.flags |= kFlagCourtDoer;
        else if (w == "show_of_force") base.flags |= kFlagShowOfForce;
        else if (w == "armed_party") base.flags |= kFlagArmedParty;
        else if (w == "protest_purpose") base.flags |= kFlagProtestPurpose;
        else if (w == "warning") base.flags |= kFlagWarning;
        else if (w == "habit") base.flags |= kFlagHabit;
        else if (w == "accident") base.flags |= kFlagAccident;
        else if (w == "armed_clash") base.flags |= kFlagArmedClash;
        else if (w == "armed_doer") base.flags |= kFlagArmedDoer;
        else if (w == "dying") base.flags |= kFlagDying;
        else if (w == "after_chant") base.flags |= kFlagAfterChant;
        else if (w == "reciprocal") base.flags |= kFlagReciprocal;
        else if (w == "loss") base.flags |= kFlagLoss;
        else if (w == "worker_doer") base.flags |= kFlagWorkerDoer;
        else if (w == "unnamed_armed") base.flags |= kFlagUnnamedArmed;
        else if (w == "crowd_target") base.flags |= kFlagCrowdTarget;
        else if (w == "crowd_headline") base.flags |= kFlagCrowdHeadline;
        else return r.Error("unknown flag '" + std::string(w) + "'");
      }
    }
    if (f.size() > 7) base.notes = std::string(f[7]);
    base.low_confidence = base.notes.find("low confidence") != std::string::npos;
    base.origin = {label, static_cast<uint32_t>(r.line_number())};
    auto forms = SplitList(f[2]);
    if (forms.empty()) return r.Error("no forms");
    bool hollow_past = HollowPast(f[2]);
    for (std::string_view form : forms) {
      TriggerRecord rec = base;
      bool passive = !form.empty() && form[0] == '~';
      if (passive) form.remove_prefix(1);
      // =يحرر المدينة: a present whose تـ form is also a Form V verb or verbal noun (تحرر المدينة).
      bool without_ta = !passive && !form.empty() && form[0] == '=';
      if (without_ta) form.remove_prefix(1);
      rec.passive = passive;
      rec.form = std::string(form);
      std::vector<std::string> words = Words(norm.Normalize(form));
      if (words.empty()) return r.Error("empty form");
      rec.first_word = words[0];
      rec.present = !rec.noun && StartsWith(words[0], "ي");
      uint32_t id = static_cast<uint32_t>(records_.size());
      records_.push_back(rec);
      if (rec.noun) {
        // (A crowd's count, آلاف، المئات، is a number the text layer reads as one: taught to the word list as a noun,
        // or with a dual or an accusative of its own, it would be read as no count.)
        if (rec.flags & kFlagCrowdHeadline) {
          crowd_headline_words_.push_back(words[0]);
          AddTriggerForm(words, id, nullptr, kWordNoun);
          continue;
        }
        AddTriggerForm(words, id, ws, kWordNoun);
        if (words.size() == 1) {
          for (const std::string& d : DualForms(words[0])) {
            if (numbers.Find(d) == nullptr) AddTriggerForm({d}, id, ws, kWordNoun);
          }
          if (std::string a = AccusativeForm(words[0]); !a.empty() && numbers.Find(a) == nullptr) {
            AddTriggerForm({a}, id, ws, kWordNoun);
          }
        }
        continue;
      }
      bool present = StartsWith(words[0], "ي");
      std::vector<std::string> firsts = present ? PresentForms(words[0], without_ta) : PastForms(words[0]);
      for (const std::string& first : firsts) {
        if (first != words[0] && numbers.Find(first) != nullptr) continue;  // أثنين is اثنين "two"
        std::vector<std::string> w = words;
        w[0] = first;
        AddTriggerForm(w, id, ws, kWordVerb);
      }
      if (present && !passive) {
        // لم يلتق، لم يزر، لم يقم بزيارة: the shortened jussive, a record of its own read only after its particle.
        std::vector<std::string> jussive = JussiveForms(words[0], hollow_past);
        if (ShortDefective(words)) jussive.clear();
        if (!jussive.empty()) {
          TriggerRecord j = rec;
          j.jussive = true;
          uint32_t j_id = static_cast<uint32_t>(records_.size());
          records_.push_back(std::move(j));
          for (const std::string& first : jussive) {
            std::vector<std::string> w = words;
            w[0] = first;
            AddTriggerForm(w, j_id, ws, kWordVerb);
          }
        }
      }
      if (without_ta && present && words[0].size() >= 6) {
        // تحرر of =يحرر: a record of its own, read only after a named subject opening a headline.
        TriggerRecord ta = rec;
        ta.form_v_ta = true;
        std::vector<std::string> w = words;
        w[0] = "ت" + words[0].substr(std::string_view("ي").size());
        uint32_t ta_id = static_cast<uint32_t>(records_.size());
        records_.push_back(std::move(ta));
        AddTriggerForm(w, ta_id, ws, kWordVerb);
      }
    }
  }
  return Status::Ok();
}

Status TriggerLexicon::LoadCues(const std::string& path, const std::string& label, bool grammar,
                                const NumberWords& numbers, WordSet* ws) {
  if (!std::filesystem::exists(path)) return Status::Error(path + ": cannot open");
  TsvReader r(path);
  if (!r.status().ok()) return r.status();
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  std::vector<std::string_view> f;
  while (r.Next(&f)) {
    if (f.size() < 2) return r.Error("expected cue, kind, scope");
    CueRecord c;
    auto [k, role] = SplitCueRole(f[1]);
    std::span<const GrammarWordName> word_names = GrammarWordNames();
    auto word_kind = std::find_if(word_names.begin(), word_names.end(), [&](const auto& e) { return e.name == k; });
    if (grammar && word_kind != word_names.end()) {
      if (!role.empty()) return r.Error("kind '" + std::string(k) + "' lists single words and takes no role");
      // Single words looked up by their bare form, not cues matched as phrases.
      GrammarWord h = word_kind->word;
      for (std::string_view form : SplitList(f[0])) {
        std::vector<std::string> words = Words(norm.Normalize(form));
        if (words.size() != 1) return r.Error("a word of kind '" + std::string(k) + "' must be one word");
        std::string bare(BareWord(words[0]));
        if (k == "not_century") {
          not_century_.push_back(std::move(bare));
        } else if (grammar_words_.Find(bare) != FlatStringIndex::kNone) {
          return r.Error("'" + std::string(form) + "' is listed twice as a single grammar word");
        } else {
          uint64_t hash = FlatStringIndex::Hash(bare);
          grammar_filter_[hash >> 58] |= uint64_t{1} << ((hash >> 52) & 63);
          grammar_words_.Insert(bare);
          grammar_word_kinds_.push_back(h);
        }
      }
      continue;
    }
    using File = CueKindName::File;
    std::span<const CueKindName> kinds = CueKindNames();
    auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const CueKindName& e) {
      return e.name == k && (e.file == File::kBoth || (e.file == File::kGrammar) == grammar);
    });
    if (kind == kinds.end()) return r.Error("unknown kind '" + std::string(k) + "'");
    c.kind = kind->kind;
    if (!role.empty()) {
      std::span<const CueRoleName> roles = CueRoleNames();
      auto named = std::find_if(roles.begin(), roles.end(), [&](const CueRoleName& e) { return e.name == role; });
      if (named == roles.end()) return r.Error("unknown role '" + std::string(role) + "'");
      c.role = named->role;
    }
    c.happening = kind->happening;
    std::string_view scope = f.size() > 2 && !f[2].empty() ? f[2] : "clause";
    std::span<const CueScopeName> scopes = CueScopeNames();
    auto named_scope = std::find_if(scopes.begin(), scopes.end(), [&](const CueScopeName& e) { return e.name == scope; });
    if (named_scope == scopes.end()) return r.Error("scope must be word, next, clause, sentence, before or object");
    c.scope = named_scope->scope;
    c.origin = {label, static_cast<uint32_t>(r.line_number())};
    // وردت القوات بقصف، ورد الجيش بغارات: the clitic analyzer splits و only off a word the word list does not
    // know whole, and وردت ("came"), ورد ("a rose") are words; a verb of occurrence, government, result or
    // undergoing is matched also as one word with و before its past forms (where و + the verb is no whole
    // word, the analyzer splits it and this key never meets a token). Not before a present (يرد، ترد، and
    // the first person of يصل, اصل, which و makes واصل "went on"), whose unsplit form would read otherwise.
    bool wa_forms = grammar && (c.kind == CueKind::kOccurrence || c.kind == CueKind::kGovern ||
                                c.kind == CueKind::kResult || c.kind == CueKind::kUndergo);
    auto add_cue = [&](std::vector<std::string> w, uint32_t id, bool past) {
      cues_.Add(w, id);
      if (!wa_forms || !past) return;
      w[0].insert(0, "و");
      cues_.Add(w, id);
    };
    for (std::string_view form : SplitList(f[0])) {
      // +شهد, +يشهد: a verb whose other persons are generated as for triggers.
      bool inflect = !form.empty() && form[0] == '+';
      if (inflect) form.remove_prefix(1);
      CueRecord rec = c;
      rec.form = std::string(form);
      std::vector<std::string> words = Words(norm.Normalize(form));
      if (words.empty()) return r.Error("empty form");
      rec.present = inflect && StartsWith(words[0], "ي");
      rec.verb = inflect;
      uint32_t id = static_cast<uint32_t>(cue_records_.size());
      cue_records_.push_back(rec);
      if (!inflect) {
        // A particle never takes the article: المقترح is a noun, whatever cue it is. Nor is a word the Arabic
        // dictionary knows as a noun or a verb (اتهام، متظاهرين، قررت), unless it is listed as a preposition,
        // relative or adverb (ضد، جراء، التي).
        bool particle_kind = c.kind == CueKind::kPreposition || c.kind == CueKind::kRelative || c.kind == CueKind::kAdverb;
        if (ws && words.size() == 1 && !StartsWith(words[0], "ال") &&
            (particle_kind || !(ws->Classes(words[0]) & (kWordNoun | kWordVerb)))) {
          ws->AddNormalized(words[0], kWordFunction);
        }
        bool past = !StartsWith(words[0], "ي") && !StartsWith(words[0], "ت") && !StartsWith(words[0], "ن") &&
                    !StartsWith(words[0], "ا");
        add_cue(std::move(words), id, past);
        continue;
      }
      std::vector<std::string> firsts = StartsWith(words[0], "ي") ? PresentForms(words[0]) : PastForms(words[0]);
      // لم يقم بـ، لم تجر الحكومة محادثات: the jussive of a grammar verb's present (JussiveForms), also of two
      // root letters (يجر of يجري: a grammar verb governs the event noun after it). Not of the verbs of
      // cues.tsv: يرد of يريد "wants" is mostly يرد "responds".
      if (grammar && StartsWith(words[0], "ي")) {
        for (std::string& j : JussiveForms(words[0], HollowPast(f[0]))) firsts.push_back(std::move(j));
      }
      for (const std::string& first : firsts) {
        if (first != words[0] && numbers.Find(first) != nullptr) continue;
        std::vector<std::string> w = words;
        w[0] = first;
        if (ws) ws->AddNormalized(first, kWordVerb);
        add_cue(std::move(w), id, !StartsWith(words[0], "ي"));
      }
    }
  }
  return Status::Ok();
}

}  // namespace rasad
