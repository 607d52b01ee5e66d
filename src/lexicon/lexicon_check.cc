#include "lexicon/lexicon_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include "coder/coder_kinds.h"
#include "coder/ontology.h"
#include "coder/trigger_lexicon.h"
#include "lexicon/lexicon_kinds.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/records.h"
#include "text/arabic_normalizer.h"
#include "util/tsv_reader.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;

// The entry of a kinds table (coder_kinds.h, lexicon_kinds.h) named `name`, or null.
template <typename Entry>
const Entry* Named(std::span<const Entry> table, std::string_view name) {
  auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return e.name == name; });
  return it == table.end() ? nullptr : &*it;
}

template <typename Entry>
void AppendNames(std::span<const Entry> table, std::string* out) {
  for (const Entry& e : table) *out += (out->empty() ? "" : ", ") + std::string(e.name);
}

template <typename Entry>
std::string JoinNames(std::span<const Entry> table) {
  std::string out;
  AppendNames(table, &out);
  return out;
}

// Whether cues.tsv (or grammar.tsv, when `grammar`) may name the cue kind `kind`.
bool AllowedIn(const CueKindName& kind, bool grammar) {
  return kind.file == CueKindName::File::kBoth || (kind.file == CueKindName::File::kGrammar) == grammar;
}

std::vector<std::string> WordsOf(const std::string& normalized) {
  std::vector<std::string> out;
  for (std::string_view w : SplitList(normalized, ' ')) out.emplace_back(w);
  return out;
}

class Checker {
 public:
  explicit Checker(std::string dir) : dir_(std::move(dir)) {}

  std::vector<LexiconProblem> Run() {
    LoadCodes();
    CheckCountries("lexicon/countries.tsv");
    std::vector<std::string> actor_files;
    if (fs::is_directory(dir_ + "/lexicon/actors")) {
      for (const auto& e : fs::directory_iterator(dir_ + "/lexicon/actors")) {
        if (e.path().extension() == ".tsv") actor_files.push_back("lexicon/actors/" + e.path().filename().string());
      }
    }
    std::sort(actor_files.begin(), actor_files.end());
    for (const std::string& f : actor_files) CheckActors(f, kOrganisationColumns);
    CheckActors("lexicon/people.tsv", kPersonColumns);
    CheckAgents("lexicon/agents.tsv");
    CheckPlaces("lexicon/places/curated.tsv");
    if (fs::exists(dir_ + "/lexicon/places/common_words.tsv")) CheckCommonPlaceWords("lexicon/places/common_words.tsv");
    CheckTriggers("coder/triggers.tsv");
    CheckWordKinds("lexicon/word_kinds.tsv", LexiconWordKinds());
    if (fs::exists(dir_ + "/lexicon/mission_words.tsv")) CheckWordKinds("lexicon/mission_words.tsv", MissionWordKinds());
    CheckWordKinds("coder/word_kinds.tsv", CoderWordKinds());
    CheckCues("coder/cues.tsv", false);
    CheckCues("coder/grammar.tsv", true);
    CheckCoderLoads();
    for (const auto& [where, id] : references_) {
      if (!actor_ids_.count(id) && !countries_.count(id)) Error(where, fmt::format("'{}' names no actor", id));
    }
    return std::move(problems_);
  }

 private:
  void Error(const std::string& where, std::string msg) { problems_.push_back({true, where, std::move(msg)}); }
  void Warn(const std::string& where, std::string msg) { problems_.push_back({false, where, std::move(msg)}); }
  std::string Where(const std::string& rel, const TsvReader& r) { return fmt::format("{}:{}", rel, r.line_number()); }

  bool Open(const std::string& rel, TsvReader* r) {
    if (!r->status().ok()) {
      Error(rel, "cannot open");
      return false;
    }
    return true;
  }

  void CheckDuplicateLine(const std::string& rel, const TsvReader& r, const std::vector<std::string_view>& f) {
    std::string key = rel + "\x01";
    for (std::string_view x : f) key += std::string(x) + "\t";
    auto [it, fresh] = lines_.emplace(key, Where(rel, r));
    if (!fresh) Warn(Where(rel, r), "duplicate of line " + it->second.substr(it->second.rfind(':') + 1));
  }

  // A name of two records is a mistake, except a name shared by organisations of different countries
  // (الأمن العام of Jordan, Lebanon and Syria; الأسايش of Iraq's Kurdistan and of north-east Syria):
  // the recognizer reads it as the organisation of the document's country. `country` is empty for a
  // name that is not an organisation's (a state's, a person's).
  void CheckName(const std::string& rel, const TsvReader& r, std::string_view name, const std::string& owner,
                 std::string_view country = {}) {
    if (!name.empty() && (name[0] == '?' || name[0] == '^')) name.remove_prefix(1);
    std::string n = ArabicNormalizer::Get().Normalize(name);
    auto [it, fresh] = names_.emplace(n, NameOwner{owner, Where(rel, r), std::string(country)});
    if (fresh || it->second.owner == owner) return;
    if (!country.empty() && !it->second.country.empty() && it->second.country != country) return;
    Warn(Where(rel, r), fmt::format("name '{}' also names {} ({})", name, it->second.owner, it->second.where));
  }

  void CheckDate(const std::string& rel, const TsvReader& r, std::string_view d) {
    if (!d.empty() && !IsIsoDate(d)) Error(Where(rel, r), fmt::format("bad date '{}'", d));
  }

  void CheckCountry(const std::string& rel, const TsvReader& r, std::string_view c) {
    if (!c.empty() && !countries_.count(std::string(c))) Error(Where(rel, r), fmt::format("unknown country code '{}'", c));
  }
  void CheckSector(const std::string& rel, const TsvReader& r, std::string_view s) {
    if (!s.empty() && !sectors_.empty() && !sectors_.count(std::string(s))) {
      Error(Where(rel, r), fmt::format("unknown sector '{}'", s));
    }
  }

  void LoadCodes() {
    TsvReader iso(dir_ + "/lexicon/places/iso2_to_iso3.tsv");
    std::vector<std::string_view> f;
    if (iso.status().ok()) {
      while (iso.Next(&f)) {
        if (f.size() >= 2) countries_.insert(std::string(f[1]));
      }
    }
    TsvReader sec(dir_ + "/lexicon/sectors.tsv");
    if (sec.status().ok()) {
      while (sec.Next(&f)) sectors_.insert(std::string(f[0]));
    }
  }

  void CheckCountries(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 3) {
        Error(Where(rel, r), "expected iso3, name_en, names_ar, ...");
        continue;
      }
      if (f[0].size() != 3) Error(Where(rel, r), fmt::format("'{}' is not a 3-letter code", f[0]));
      countries_.insert(std::string(f[0]));
      for (std::string_view n : SplitList(f[2])) CheckName(rel, r, n, std::string(f[0]));
      if (f.size() > 3) {
        for (std::string_view n : SplitList(f[3])) CheckName(rel, r, n, std::string(f[0]));
      }
    }
  }

  void Define(const std::string& rel, const TsvReader& r, const std::string& id) {
    auto [it, fresh] = actor_files_.emplace(id, rel);
    if (!fresh && it->second != rel) Error(Where(rel, r), fmt::format("actor_id {} is also defined in {}", id, it->second));
    actor_ids_.insert(id);
  }

  void CheckActors(const std::string& rel, const ActorColumns& col) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    auto field = [&](int i) { return i >= 0 && static_cast<size_t>(i) < f.size() ? f[i] : std::string_view(); };
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < col.required) {
        Error(Where(rel, r), std::string("expected ") + col.expected);
        continue;
      }
      std::string id(f[col.id]);
      Define(rel, r, id);
      CheckCountry(rel, r, field(col.country));
      CheckSector(rel, r, field(col.sector));
      // (people.tsv's are persons: a name two of them share is always reported.)
      std::string_view org_country = col.person ? std::string_view() : field(col.country);
      for (std::string_view n : SplitList(f[col.names])) {
        // ?التحالف@YEM: a generic name read where the actor fights. Names so scoped to different
        // countries (the coalitions of Yemen and of Iraq) may be shared, as organisations' of
        // different countries may.
        size_t at = n.find('@');
        if (at == std::string_view::npos) {
          CheckName(rel, r, n, id, org_country);
          continue;
        }
        for (std::string_view c : SplitList(n.substr(at + 1), ',')) CheckCountry(rel, r, c);
        CheckName(rel, r, n.substr(0, at), id, n.substr(at + 1));
      }
      CheckDate(rel, r, field(col.from));
      CheckDate(rel, r, field(col.to));
      if (!field(col.reference).empty()) references_.emplace_back(Where(rel, r), std::string(field(col.reference)));
    }
  }

  void CheckAgents(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 2) {
        Error(Where(rel, r), "expected names_ar, sector, name_en, kind");
        continue;
      }
      std::string_view sector = f[1];
      // (MIL?: the sector when a state owns it; MIL?UAF: and the one when nothing owns it.)
      if (size_t q = sector.find('?'); q != std::string_view::npos) {
        CheckSector(rel, r, sector.substr(q + 1));
        sector = sector.substr(0, q);
      }
      CheckSector(rel, r, sector);
      if (f.size() > 3 && !f[3].empty() && f[3] != "group" && f[3] != "office" && f[3] != "body" &&
          f[3] != "object") {
        Error(Where(rel, r), fmt::format("kind '{}' is not group, office, body or object", f[3]));
      }
    }
  }

  void CheckPlaces(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 9) {
        Error(Where(rel, r), "expected names_ar, name_en, country, admin1, lat, lon, geonameid, kind, coord_source");
        continue;
      }
      CheckCountry(rel, r, f[2]);
      double lat = 0, lon = 0;
      auto a = std::from_chars(f[4].data(), f[4].data() + f[4].size(), lat);
      auto b = std::from_chars(f[5].data(), f[5].data() + f[5].size(), lon);
      if (a.ec != std::errc() || b.ec != std::errc() || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        Error(Where(rel, r), "lat/lon are not valid coordinates");
      }
      if (f[8].empty()) Error(Where(rel, r), "coord_source is required");
    }
  }

  void CheckCommonPlaceWords(const std::string& rel) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      std::string_view c = f.size() > 1 ? f[1] : std::string_view();
      if (c == "idiom") {
        // مسقط رأس+: two words, the place name and the word after it (+: with a pronoun on it).
        size_t space = f[0].find(' ');
        if (space == std::string_view::npos || f[0].find(' ', space + 1) != std::string_view::npos) {
          Error(Where(rel, r), "expected an idiom of two words: the place name and the word after it");
        }
        continue;
      }
      if (f[0].find(' ') != std::string_view::npos) Error(Where(rel, r), "expected one word");
      if (c != "quantifier" && c != "adjective" && c != "noun") {
        Error(Where(rel, r), fmt::format("class '{}' is not quantifier, adjective, noun or idiom", c));
      }
    }
  }

  void CheckTriggers(const std::string& rel) {
    Ontology& ont = ontology_;
    Status s = ont.Load(dir_ + "/ontology/cameo.tsv");
    if (!s.ok()) {
      Error("ontology/cameo.tsv", s.message());
      return;
    }
    ontology_loaded_ = true;
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 3) {
        Error(Where(rel, r), "expected cameo, pos, forms, ...");
        continue;
      }
      if (f[0] != "-" && ont.Find(f[0]) == nullptr) Error(Where(rel, r), fmt::format("unknown CAMEO code '{}'", f[0]));
      if (f[1] != "verb" && f[1] != "noun") Error(Where(rel, r), "pos must be verb or noun");
    }
  }



  // lexicon/word_kinds.tsv, coder/word_kinds.tsv: `words  kind  notes` (WordKinds::Load).
  void CheckWordKinds(const std::string& rel, std::span<const WordKinds::Kind> kinds) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    const ArabicNormalizer& norm = ArabicNormalizer::Get();
    std::map<std::pair<std::string, std::string>, std::pair<std::string, size_t>> seen;  // (kind, word)
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 2 || f[1].empty()) {
        Error(Where(rel, r), "expected words, kind, notes");
        continue;
      }
      if (!Named(kinds, f[1])) {
        Error(Where(rel, r), fmt::format("unknown kind '{}' (expected {})", f[1], JoinNames(kinds)));
        continue;
      }
      std::vector<std::string_view> items = SplitList(f[0]);
      if (items.empty()) Error(Where(rel, r), "no words");
      for (std::string_view item : items) {
        // (Listed by the bare form a token is looked up by, as the loader does: آلاف is اف.)
        std::string word(BareWord(norm.Normalize(item)));
        if (word.empty() || word.find(' ') != std::string::npos) {
          Error(Where(rel, r), fmt::format("'{}' is not one word", item));
          continue;
        }
        auto [it, fresh] = seen.emplace(std::make_pair(std::string(f[1]), word),
                                        std::make_pair(std::string(item), r.line_number()));
        if (!fresh) {
          Error(Where(rel, r), fmt::format("'{}' is listed twice as {} (as '{}' on line {}, the same matching form)",
                                           item, f[1], it->second.first, it->second.second));
        }
      }
    }
  }

  // coder/cues.tsv (`cue  kind  scope  notes`) and coder/grammar.tsv (the same layout, more kinds,
  // and single words looked up by their bare form), as TriggerLexicon::LoadCues reads them.
  void CheckCues(const std::string& rel, bool grammar) {
    TsvReader r(dir_ + "/" + rel);
    if (!Open(rel, &r)) return;
    const ArabicNormalizer& norm = ArabicNormalizer::Get();
    std::map<std::string, std::pair<std::string, size_t>> phrases;  // kind, +, matching form
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      CheckDuplicateLine(rel, r, f);
      if (f.size() < 2 || f[1].empty()) {
        Error(Where(rel, r), "expected phrase, kind, scope, notes");
        continue;
      }
      auto [kind, role] = SplitCueRole(f[1]);
      if (!role.empty() && !Named(CueRoleNames(), role)) {
        Error(Where(rel, r), fmt::format("unknown role '{}' (expected {})", role, JoinNames(CueRoleNames())));
        continue;
      }
      if (grammar && Named(GrammarWordNames(), kind)) {
        if (!role.empty()) Error(Where(rel, r), fmt::format("kind {} lists single words and takes no role", kind));
        CheckGrammarWords(rel, r, f[0], kind);
        continue;
      }
      const CueKindName* cue_kind = Named(CueKindNames(), kind);
      if (!cue_kind || !AllowedIn(*cue_kind, grammar)) {
        std::string known;
        for (const CueKindName& k : CueKindNames()) {
          if (AllowedIn(k, grammar)) known += (known.empty() ? "" : ", ") + std::string(k.name);
        }
        if (grammar) AppendNames(GrammarWordNames(), &known);
        Error(Where(rel, r), fmt::format("unknown kind '{}' (expected {})", kind, known));
        continue;
      }
      std::string_view scope = f.size() > 2 ? f[2] : std::string_view();
      if (!scope.empty() && !Named(CueScopeNames(), scope)) {
        Error(Where(rel, r), fmt::format("scope '{}' is not {}", scope, JoinNames(CueScopeNames())));
      }
      std::vector<std::string_view> forms = SplitList(f[0]);
      if (forms.empty()) Error(Where(rel, r), "no phrase");
      for (std::string_view form : forms) {
        bool inflect = form[0] == '+';
        std::string_view written = inflect ? form.substr(1) : form;
        std::vector<std::string> words = WordsOf(norm.Normalize(written));
        if (words.empty()) {
          Error(Where(rel, r), fmt::format("'{}' is an empty form", form));
          continue;
        }
        if (inflect && words[0].starts_with("ي") && cue_kind->past_only) {
          Warn(Where(rel, r), fmt::format("'{}' generates present forms, but kind {} is read in the past only", form,
                                          kind));
        }
        std::string key = std::string(kind) + (inflect ? "\t+" : "\t");
        for (const std::string& w : words) key += "\t" + w;
        auto [it, fresh] = phrases.emplace(key, std::make_pair(std::string(form), r.line_number()));
        if (!fresh) {
          Warn(Where(rel, r), fmt::format("'{}' is listed again as {} (as '{}' on line {}, the same matching form)",
                                          form, kind, it->second.first, it->second.second));
        }
      }
    }
  }

  // grammar.tsv's single words: one word each, looked up by its bare form; one kind per word
  // (not_century aside, a list of parts of its own).
  void CheckGrammarWords(const std::string& rel, const TsvReader& r, std::string_view field, std::string_view kind) {
    const ArabicNormalizer& norm = ArabicNormalizer::Get();
    std::vector<std::string_view> forms = SplitList(field);
    if (forms.empty()) Error(Where(rel, r), "no words");
    for (std::string_view form : forms) {
      if (form[0] == '+') {
        Warn(Where(rel, r), fmt::format("'{}' can never match: kind {} is looked up as written, no persons are "
                                        "generated from +",
                                        form, kind));
        continue;
      }
      std::vector<std::string> words = WordsOf(norm.Normalize(form));
      if (words.size() != 1) {
        Error(Where(rel, r), fmt::format("a word of kind '{}' must be one word: '{}'", kind, form));
        continue;
      }
      auto& index = kind == "not_century" ? not_century_ : grammar_words_;
      auto [it, fresh] = index.emplace(std::string(BareWord(words[0])),
                                       std::make_tuple(std::string(form), std::string(kind), r.line_number()));
      if (fresh) continue;
      auto& [first_form, first_kind, first_line] = it->second;
      std::string msg = fmt::format("'{}' is listed twice as a single grammar word (as '{}', {}, on line {})", form,
                                    first_form, first_kind, first_line);
      if (kind == "not_century") {
        Warn(Where(rel, r), msg);
      } else {
        Error(Where(rel, r), msg);
      }
    }
  }

  // The coder's loader, run once the lines above are clean: whatever it still refuses (a rule this
  // check does not know yet) is an error too.
  void CheckCoderLoads() {
    if (!ontology_loaded_) return;
    for (const LexiconProblem& p : problems_) {
      if (p.error && p.where.starts_with("coder/")) return;
    }
    TriggerLexicon lexicon;
    Status s = lexicon.Load(dir_, ontology_, nullptr);
    if (s.ok()) return;
    std::string msg = s.message();
    if (msg.starts_with(dir_ + "/")) msg.erase(0, dir_.size() + 1);
    Error("coder", "the coder's dictionaries do not load: " + msg);
  }

  std::string dir_;
  std::vector<LexiconProblem> problems_;
  Ontology ontology_;
  bool ontology_loaded_ = false;
  // grammar.tsv's single words by bare form: (as written, kind, line).
  std::unordered_map<std::string, std::tuple<std::string, std::string, size_t>> grammar_words_, not_century_;
  std::set<std::string> countries_, sectors_, actor_ids_;
  std::unordered_map<std::string, std::string> actor_files_;
  struct NameOwner {
    std::string owner;    // the record's id
    std::string where;    // file:line
    std::string country;  // an organisation's country, else empty
  };
  std::unordered_map<std::string, NameOwner> names_;
  std::unordered_map<std::string, std::string> lines_;
  std::vector<std::pair<std::string, std::string>> references_;
};

}  // namespace

std::vector<LexiconProblem> CheckLexicon(const std::string& data_dir) { return Checker(data_dir).Run(); }

}  // namespace rasad
