#include "lexicon/lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <unordered_set>

#include "lexicon/lexicon_kinds.h"
#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

namespace fs = std::filesystem;

namespace {

// A listed name without the marker that says how it is matched (? in context, ^ in context and sure,
// ! sure; data/README.md): the name a record shows as its name_ar.
std::string ShownName(std::string_view name) {
  if (!name.empty() && (name[0] == '?' || name[0] == '^' || name[0] == '!')) name.remove_prefix(1);
  return std::string(name);
}

constexpr WordKinds::Kind kLexiconWordKinds[] = {
    {"place_noun", kPlaceNounWord}, {"loyal", kLoyalWord}, {"locative", kLocativeWord}, {"belonging", kBelongingWord},
    {"organisation_head", kOrganisationHead}, {"armed_group_head", kArmedGroupHead},
    {"garment", kGarmentWord}, {"vehicle", kVehicleWord}, {"foreign_name", kForeignNameWord},
    {"so_called", kSoCalledWord}, {"named_site", kNamedSiteWord}, {"qualifying", kQualifyingWord},
    {"caption", kCaptionWord}, {"name_particle", kNameParticleWord}, {"prayer", kPrayerWord}};
// (Bits of their own: lexicon_kinds.h.)
static_assert(kForeignNameWord > kVehicleWord && kSoCalledWord > kForeignNameWord && kNamedSiteWord > kSoCalledWord &&
              kQualifyingWord > kNamedSiteWord && kCaptionWord > kQualifyingWord &&
              kNameParticleWord > kCaptionWord && kPrayerWord > kNameParticleWord);
constexpr WordKinds::Kind kMissionWordKinds[] = {{"mission", kMissionWord}};

}  // namespace

std::span<const WordKinds::Kind> LexiconWordKinds() { return kLexiconWordKinds; }
std::span<const WordKinds::Kind> MissionWordKinds() { return kMissionWordKinds; }

// Reads the dictionary files into a Lexicon. One instance per load.
class LexiconLoader {
 public:
  LexiconLoader(Lexicon* lex, WordSet* words, std::string data_dir)
      : lex_(lex), words_(words), data_dir_(std::move(data_dir)) {}

  Status LoadAll(const LexiconPaths& paths) {
    Status s = LoadCodes();
    if (s.ok()) s = LoadCountries("lexicon/countries.tsv");
    if (s.ok()) s = LoadSectors("lexicon/sectors.tsv");
    if (s.ok()) s = LoadActorFiles();
    if (s.ok() && Optional("lexicon/people.tsv")) s = LoadActors("lexicon/people.tsv", kPersonColumns);
    if (s.ok()) s = LoadAgents("lexicon/agents.tsv");
    if (s.ok()) s = LoadTerritoryNouns("lexicon/territory_nouns.tsv");
    if (s.ok()) s = LoadWordKinds("lexicon/word_kinds.tsv");
    if (s.ok() && Optional("lexicon/mission_words.tsv")) s = LoadMissionWords("lexicon/mission_words.tsv");
    if (s.ok()) s = LoadCommonPlaceWords("lexicon/places/common_words.tsv");
    if (s.ok()) s = LoadPlaces(data_dir_ + "/lexicon/places/curated.tsv", "lexicon/places/curated.tsv", true);
    if (s.ok() && !paths.gazetteer_path.empty()) {
      if (fs::exists(paths.gazetteer_path)) {
        s = LoadPlaces(paths.gazetteer_path, paths.gazetteer_path, false);
      } else {
        lex_->warnings_.push_back(fmt::format("{}: gazetteer not found; only curated places are known",
                                              paths.gazetteer_path));
      }
    }
    if (!s.ok()) return s;
    // By byte length (stable: load order within a length), so that typo correction reads only the
    // names within one letter of a word's length.
    for (auto& [country, places] : lex_->places_by_country_) {
      std::vector<std::pair<std::string, uint32_t>>& names = places.names;
      std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() < b.first.size(); });
      places.letters.clear();
      for (const auto& [name, pi] : names) places.letters.push_back(LetterSet(name));
    }
    for (Actor& a : lex_->actors_) {
      std::stable_sort(a.periods.begin(), a.periods.end(), [&](uint32_t x, uint32_t y) {
        return lex_->records_[x].from < lex_->records_[y].from;
      });
    }
    return Status::Ok();
  }

 private:
  bool Optional(const std::string& rel) {
    if (fs::exists(data_dir_ + "/" + rel)) return true;
    lex_->warnings_.push_back(fmt::format("{}/{}: not found", data_dir_, rel));
    return false;
  }

  // Adds a name (any spelling) as a phrase for `payload`.
  void AddName(std::string_view name, uint32_t payload, uint8_t word_class = kWordLexicon) {
    if (!name.empty() && name[0] == '?') {
      name.remove_prefix(1);
      payload |= EntryRef::kContextualBit;
    } else if (!name.empty() && name[0] == '^') {
      name.remove_prefix(1);
      payload |= EntryRef::kContextualBit | EntryRef::kSureBit;
    } else if (!name.empty() && name[0] == '!') {
      name.remove_prefix(1);
      payload |= EntryRef::kSureBit;
    }
    std::string norm = ArabicNormalizer::Get().Normalize(name);
    std::vector<std::string> words;
    for (std::string_view w : SplitList(norm, ' ')) words.emplace_back(w);
    if (words.empty()) return;
    EntryKind kind = EntryRef::Unpack(payload).kind;
    if (words.size() == 1 && (kind == EntryKind::kCountry || kind == EntryKind::kPlace || kind == EntryKind::kActor)) {
      std::vector<uint8_t>& forms = lex_->one_word_forms_[static_cast<size_t>(kind)];
      const uint32_t index = EntryRef::Unpack(payload).index;
      if (index >= forms.size()) forms.resize(index + 1);
      forms[index] |= words[0].rfind("ال", 0) == 0 ? Lexicon::kWithArticle : Lexicon::kWithoutArticle;
    }
    // Every word of a name is a known word, so that clitics split off it (ومجموعات مسلحة).
    // Words inside longer names are added without the article, the form names are matched in, so
    // that the analyzer still splits ال off them (العسكرية in حملة حفتر العسكرية).
    if (words_) {
      if (words.size() == 1) {
        words_->AddNormalized(words[0], word_class);
      } else {
        for (const std::string& w : words) {
          std::string_view bare = BareWord(w);
          // لحزب in "التابعة لحزب العمال" is ل + حزب and للجيش in "الموالية للجيش" is ل + ال + جيش:
          // not words of their own.
          bool clitic = false;
          for (std::string_view p : {"وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك"}) {
            clitic = clitic || (bare.size() >= p.size() + 4 && bare.substr(0, p.size()) == p &&
                                words_->Contains(bare.substr(p.size())));
          }
          if (!clitic) words_->AddNormalized(std::string(bare), kWordLexicon);
        }
      }
    }
    lex_->matcher_.Add(words, payload, EntryRef::Marks(payload));
  }

  Status CheckDate(const TsvReader& r, std::string_view d) {
    if (d.empty() || IsIsoDate(d)) return Status::Ok();
    return r.Error(fmt::format("bad date '{}' (expected YYYY, YYYY-MM or YYYY-MM-DD)", d));
  }

  Status LoadCodes() {
    std::string path = data_dir_ + "/lexicon/places/iso2_to_iso3.tsv";
    if (!fs::exists(path)) return Status::Ok();
    TsvReader r(path);
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      if (f.size() >= 2) lex_->country_codes_[std::string(f[1])] = true;
    }
    return Status::Ok();
  }

  Status LoadSectors(const std::string& rel) {
    if (!Optional(rel)) return Status::Ok();
    TsvReader r(data_dir_ + "/" + rel);
    std::vector<std::string_view> f;
    while (r.Next(&f)) lex_->sectors_[std::string(f[0])] = true;
    return Status::Ok();
  }

  Status LoadTerritoryNouns(const std::string& rel) {
    if (!Optional(rel)) return Status::Ok();
    TsvReader r(data_dir_ + "/" + rel);
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      std::string norm = ArabicNormalizer::Get().Normalize(f[0]);
      if (norm.empty() || norm.find(' ') != std::string::npos) return r.Error("expected one word");
      // Both forms: a word the word list knows whole with its article (الشمال) keeps it in its stem.
      std::string bare(BareWord(norm));
      bool capital = f.size() > 1 && f[1] == "capital";
      if (f.size() > 1 && !f[1].empty() && !capital) return r.Error(fmt::format("unknown mark '{}'", f[1]));
      FlatStringIndex& index = capital ? lex_->capital_nouns_ : lex_->territory_nouns_;
      index.Insert(bare);
      index.Insert("ال" + bare);
    }
    return Status::Ok();
  }

  Status LoadWordKinds(const std::string& rel) {
    return lex_->word_kinds_.Load(data_dir_ + "/" + rel, LexiconWordKinds());
  }

  Status LoadMissionWords(const std::string& rel) {
    return lex_->mission_words_.Load(data_dir_ + "/" + rel, MissionWordKinds());
  }

  // lexicon/places/common_words.tsv: `word  class  notes`, one word with its article as news
  // writes it; class quantifier, adjective or noun.
  Status LoadCommonPlaceWords(const std::string& rel) {
    if (!Optional(rel)) return Status::Ok();
    TsvReader r(data_dir_ + "/" + rel);
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      std::string norm = ArabicNormalizer::Get().Normalize(f[0]);
      if (f.size() >= 2 && f[1] == "idiom") {
        // مسقط رأس+: the place name and the word after it (+: with a pronoun on it).
        std::string_view words = f[0];
        bool pronoun = words.ends_with('+');
        if (pronoun) words.remove_suffix(1);
        norm = ArabicNormalizer::Get().Normalize(words);
        size_t space = norm.find(' ');
        if (space == std::string::npos || norm.find(' ', space + 1) != std::string::npos) {
          return r.Error("expected an idiom of two words: the place name and the word after it");
        }
        lex_->place_idioms_.push_back({std::string(BareWord(std::string_view(norm).substr(0, space))),
                                       std::string(BareWord(std::string_view(norm).substr(space + 1))), pronoun});
        continue;
      }
      if (norm.empty() || norm.find(' ') != std::string::npos) return r.Error("expected one word");
      if (f.size() < 2 || (f[1] != "quantifier" && f[1] != "adjective" && f[1] != "noun")) {
        return r.Error("expected a class: quantifier, adjective, noun or idiom");
      }
      // Tokens are looked up by their bare stem (a word known whole with its article keeps it in
      // its stem, and BareWord removes it).
      FlatStringIndex& index = f[1] == "adjective" ? lex_->common_place_adjectives_ : lex_->common_place_words_;
      index.Insert(BareWord(norm));
    }
    return Status::Ok();
  }

  Status LoadCountries(const std::string& rel) {
    if (!Optional(rel)) return Status::Ok();
    TsvReader r(data_dir_ + "/" + rel);
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      if (f.size() < 3) return r.Error("expected at least iso3, name_en, names_ar");
      std::string code(f[0]);
      if (code.size() != 3) return r.Error(fmt::format("'{}' is not a 3-letter code", code));
      bool iso = lex_->country_codes_.empty() || lex_->country_codes_.count(code);
      lex_->country_codes_[code] = true;
      auto names = SplitList(f[2]);
      if (iso && !names.empty()) {
        ActorRecord rec;
        rec.actor_id = code;
        rec.name_en = std::string(f[1]);
        rec.name_ar = ShownName(names[0]);
        rec.country = code;
        rec.is_state = true;
        rec.origin = {rel, static_cast<uint32_t>(r.line_number())};
        uint32_t ri = static_cast<uint32_t>(lex_->records_.size());
        lex_->records_.push_back(std::move(rec));
        uint32_t ci = static_cast<uint32_t>(lex_->countries_.size());
        lex_->countries_.push_back(ri);
        lex_->state_by_iso3_[code] = ri;
        for (std::string_view n : names) AddName(n, EntryRef::Pack(EntryKind::kCountry, ci));
        if (f.size() > 4 && !f[4].empty()) {
          capitals_.emplace(code, std::string(BareWord(ArabicNormalizer::Get().Normalize(SplitList(f[4])[0]))));
        }
      } else if (!names.empty()) {
        // A region (CAMEO's WST, EUR, PGS ...) is no state: its names (العالم الغربي، أوروبا) name an actor
        // of no country whose actor_id is the region's code. A one-word name is read only where marked `!`
        // (!أوروبا، !الغرب "the West"): an unmarked one (الخليج "the gulf") would be taken whole into the word
        // list, which would make it no common word.
        ActorRecord rec;
        rec.actor_id = code;
        rec.name_en = std::string(f[1]);
        rec.name_ar = ShownName(names[0]);
        rec.origin = {rel, static_cast<uint32_t>(r.line_number())};
        uint32_t ai = ActorIndex(code);
        lex_->actors_[ai].periods.push_back(static_cast<uint32_t>(lex_->records_.size()));
        lex_->records_.push_back(std::move(rec));
        for (std::string_view n : names) {
          if (n.find(' ') == std::string_view::npos && !n.starts_with('!')) continue;
          AddName(n, EntryRef::Pack(EntryKind::kActor, ai));
        }
      }
      if (f.size() > 3) {
        auto add_demonym = [&](std::string_view d, bool plural) {
          DemonymRecord dem;
          dem.country = code;
          dem.regional = !iso;  // a regional pseudo code (AFR, EUR ...): a null country on output
          dem.form = std::string(d.starts_with('?') ? d.substr(1) : d);
          dem.plural = plural;
          dem.origin = {rel, static_cast<uint32_t>(r.line_number())};
          uint32_t di = static_cast<uint32_t>(lex_->demonyms_.size());
          lex_->demonyms_.push_back(std::move(dem));
          AddName(d, EntryRef::Pack(EntryKind::kDemonym, di));
        };
        for (std::string_view d : SplitList(f[3])) {
          std::string n = ArabicNormalizer::Get().Normalize(d);
          bool masculine = n.ends_with("ي"), feminine = n.size() >= 4 && n.ends_with("يه");
          add_demonym(d, !(masculine || feminine));
          // The duals, which the file does not list: جنديان أفغانيان، دوريتان إسرائيليتان (the masculine
          // oblique dual is the plural's أفغانيين).
          if (masculine) add_demonym(std::string(d) + "ان", true);
          if (feminine) {
            std::string stem(d.substr(0, d.size() - std::string_view("ة").size()));
            add_demonym(stem + "تان", true);
            add_demonym(stem + "تين", true);
          }
        }
      }
    }
    return Status::Ok();
  }

  Status LoadActorFiles() {
    std::string dir = data_dir_ + "/lexicon/actors";
    if (!fs::is_directory(dir)) {
      lex_->warnings_.push_back(dir + ": not found");
      return Status::Ok();
    }
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".tsv") files.push_back(e.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& name : files) {
      Status s = LoadActors("lexicon/actors/" + name, kOrganisationColumns);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  uint32_t ActorIndex(const std::string& id) {
    auto it = lex_->actor_by_id_.find(id);
    if (it != lex_->actor_by_id_.end()) return it->second;
    uint32_t ai = static_cast<uint32_t>(lex_->actors_.size());
    lex_->actors_.emplace_back();
    lex_->actor_by_id_.emplace(id, ai);
    return ai;
  }

  // Loads organisations or people, whose lines differ only in column order.
  Status LoadActors(const std::string& rel, const ActorColumns& col) {
    TsvReader r(data_dir_ + "/" + rel);
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    auto field = [&](int i) { return i >= 0 && static_cast<size_t>(i) < f.size() ? std::string(f[i]) : std::string(); };
    while (r.Next(&f)) {
      if (f.size() < col.required) return r.Error(std::string("expected ") + col.expected);
      ActorRecord rec;
      rec.is_person = col.person;
      rec.actor_id = field(col.id);
      rec.name_en = field(col.name_en);
      rec.country = field(col.country);
      rec.sector = field(col.sector);
      rec.role = field(col.role);
      rec.from = field(col.from);
      rec.to = field(col.to);
      rec.affiliation = field(col.reference);
      auto names = SplitList(f[col.names]);
      if (rec.actor_id.empty() || names.empty()) return r.Error("actor_id and names_ar are required");
      rec.name_ar = ShownName(names[0]);
      for (std::string_view d : {std::string_view(rec.from), std::string_view(rec.to)}) {
        Status s = CheckDate(r, d);
        if (!s.ok()) return s;
      }
      rec.origin = {rel, static_cast<uint32_t>(r.line_number())};
      uint32_t ai = ActorIndex(rec.actor_id);
      lex_->actors_[ai].periods.push_back(static_cast<uint32_t>(lex_->records_.size()));
      lex_->records_.push_back(std::move(rec));
      for (std::string_view n : names) {
        Status s = ReadTheatres(r, &n, &lex_->actors_[ai]);
        if (!s.ok()) return s;
        AddName(n, EntryRef::Pack(EntryKind::kActor, ai));
      }
    }
    return Status::Ok();
  }

  // ?التحالف@YEM or @IRQ,SYR: a generic name read in documents about those countries, not the actor's
  // own. Takes the countries off the name into the actor's theatres.
  static Status ReadTheatres(const TsvReader& r, std::string_view* name, Actor* actor) {
    size_t at = name->find('@');
    if (at == std::string_view::npos) return Status::Ok();
    if (!name->starts_with('?')) {
      return r.Error("a name with @countries must be generic (start with ?): " + std::string(*name));
    }
    // (Read code by code up to each comma: an empty code, ?التحالف@ or @YEM,, is an error, as SplitList would skip it.)
    std::string_view rest = name->substr(at + 1);
    for (;;) {
      const size_t comma = rest.find(',');
      const std::string_view c = rest.substr(0, comma);
      bool iso3 = c.size() == 3 && std::all_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
      if (!iso3) return r.Error("expected ISO 3166 alpha-3 codes after @ in " + std::string(*name));
      if (std::find(actor->theatres.begin(), actor->theatres.end(), c) == actor->theatres.end()) {
        actor->theatres.emplace_back(c);
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    *name = name->substr(0, at);
    return Status::Ok();
  }

  Status LoadAgents(const std::string& rel) {
    if (!Optional(rel)) return Status::Ok();
    TsvReader r(data_dir_ + "/" + rel);
    std::vector<std::string_view> f;
    while (r.Next(&f)) {
      if (f.size() < 2) return r.Error("expected names_ar, sector, name_en, kind");
      AgentRecord a;
      a.sector = std::string(f[1]);
      // MIL? (a state's when a state owns it, else none) or MIL?UAF (and UAF when nothing owns it).
      if (size_t q = a.sector.find('?'); q != std::string::npos) {
        a.lone_sector = a.sector.substr(q + 1);
        a.sector.resize(q);
        a.state_sector = std::move(a.sector);
        a.sector.clear();
      }
      if (f.size() > 2) a.name_en = std::string(f[2]);
      a.kind = f.size() > 3 && !f[3].empty() ? std::string(f[3]) : "group";
      a.object = a.kind == "object";
      a.kind_id = a.kind == "group"    ? AgentKind::kGroup
                  : a.kind == "office" ? AgentKind::kOffice
                  : a.kind == "body"   ? AgentKind::kBody
                  : a.object           ? AgentKind::kObject
                                       : AgentKind::kOther;
      a.origin = {rel, static_cast<uint32_t>(r.line_number())};
      uint32_t gi = static_cast<uint32_t>(lex_->agents_.size());
      lex_->agents_.push_back(std::move(a));
      auto forms = SplitList(f[0]);
      // %طالبا: a counted form, the accusative after a count of 11 to 99 that is another word elsewhere (طالبا
      // "demanding", متهما "accusing"): the recognizer reads it only after such a count (entity_recognizer.cc). Its
      // singular is an agent's singular form, whether the line lists it (متهم) or leaves it out as another word
      // (طالب "demanded").
      for (std::string_view& n : forms) {
        if (!n.starts_with('%')) continue;
        n.remove_prefix(1);
        std::string x(BareWord(ArabicNormalizer::Get().Normalize(n)));
        if (!x.ends_with("ا")) continue;
        lex_->counted_agent_forms_.Insert(x);
        lex_->singular_agent_forms_.Insert(x.substr(0, x.size() - std::string_view("ا").size()));
      }
      for (std::string_view n : forms) AddName(n, EntryRef::Pack(EntryKind::kAgent, gi), kWordNoun);
      // A one-word form is a singular when the line also lists its accusative (جنديا) or its dual
      // (جنديان): a broken plural has neither (جنود).
      std::vector<std::string> bare;
      for (std::string_view n : forms) bare.emplace_back(BareWord(ArabicNormalizer::Get().Normalize(n)));
      for (const std::string& x : bare) {
        if (x.find(' ') != std::string::npos || x.size() < 4) continue;
        bool singular = std::find(bare.begin(), bare.end(), x + "ا") != bare.end() ||
                        std::find(bare.begin(), bare.end(), x + "ان") != bare.end();
        if (singular) lex_->singular_agent_forms_.Insert(x);
        // The oblique dual (جنديين، شرطيين) where the line lists the nominative dual and no sound
        // plural: مدنيين, beside مدنيون, is also the plural.
        bool dual = x.ends_with("ين") && std::find(bare.begin(), bare.end(), x.substr(0, x.size() - 4) + "ان") != bare.end() &&
                    std::find(bare.begin(), bare.end(), x.substr(0, x.size() - 4) + "ون") == bare.end();
        if (dual) lex_->oblique_dual_agent_forms_.Insert(x);
      }
      // The feminine duals, which lines list seldom (they list the masculine ones: جنديان، ضابطين): from
      // a singular in ة whose plural in ات the line lists, صحفية، صحفيات: صحفيتان، صحفيتين (an oblique
      // dual, as no sound plural ends so).
      for (const std::string& x : bare) {
        if (x.find(' ') != std::string::npos || !x.ends_with("ه") || x.size() < 6) continue;
        std::string stem = x.substr(0, x.size() - std::string_view("ه").size());
        if (std::find(bare.begin(), bare.end(), stem + "ات") == bare.end()) continue;
        for (std::string dual : {stem + "تان", stem + "تين"}) {
          if (std::find(bare.begin(), bare.end(), dual) != bare.end()) continue;
          AddName(dual, EntryRef::Pack(EntryKind::kAgent, gi), kWordNoun);
          if (dual.ends_with("ين")) lex_->oblique_dual_agent_forms_.Insert(dual);
        }
      }
      // (A loanword in -ia, ميليشيا، مافيا, is feminine as one in ة is: قصفت ميليشيا الدعم السريع.)
      const std::string& head = bare.front();
      if (!head.empty() && head.find(' ') == std::string::npos && !head.ends_with("ه") && !head.ends_with("ات") &&
          !head.ends_with("يا")) {
        lex_->masculine_agent_forms_.Insert(head);
      }
      // The first word of a form in ة or -ia is a noun in the feminine (حكومة، قوة، مجموعة مسلحة، ميليشيا) in a
      // body's line, or where the line lists its plural in ات (قوة، قوات; مجموعة مسلحة، مجموعات مسلحة); not
      // the plurals of people in ة (الغزاة، المارة، رعاة), which a verb in the masculine takes.
      for (const std::string& x : bare) {
        std::string_view word = std::string_view(x).substr(0, x.find(' '));
        if (!word.ends_with("ه") && !word.ends_with("يا")) continue;
        std::string plural(word.ends_with("ه") ? word.substr(0, word.size() - std::string_view("ه").size()) : word);
        plural += word.ends_with("ه") ? "ات" : "ت";
        bool listed = std::any_of(bare.begin(), bare.end(), [&](const std::string& y) {
          return std::string_view(y).substr(0, y.find(' ')) == plural;
        });
        if (lex_->agents_[gi].kind_id == AgentKind::kBody || listed) lex_->feminine_agent_forms_.Insert(word);
      }
    }
    return Status::Ok();
  }

  Status LoadPlaces(const std::string& path, const std::string& label, bool curated) {
    if (curated && !fs::exists(path)) {
      lex_->warnings_.push_back(path + ": not found");
      return Status::Ok();
    }
    TsvReader r(path);
    if (!r.status().ok()) return r.status();
    std::vector<std::string_view> f;
    auto number = [](std::string_view s, double* out) {
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
      return ec == std::errc() && p == s.data() + s.size();
    };
    while (r.Next(&f)) {
      if (f.size() < 6) return r.Error("expected names_ar, name_en, country, admin1, lat, lon, ...");
      PlaceRecord p;
      auto names = SplitList(f[0]);
      p.name_ar = names.empty() ? std::string() : ShownName(names[0]);
      p.name_en = std::string(f[1]);
      p.country = std::string(f[2]);
      p.admin1 = std::string(f[3]);
      if (!number(f[4], &p.lat) || !number(f[5], &p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 ||
          p.lon > 180) {
        return r.Error("lat/lon are not valid coordinates");
      }
      if (f.size() > 6 && !f[6].empty()) {
        double g = 0;
        if (number(f[6], &g)) p.geonameid = static_cast<int64_t>(g);
      }
      if (f.size() > 7) p.kind = std::string(f[7]);
      if (f.size() > 8) p.coord_source = std::string(f[8]);
      if (curated && p.coord_source.empty()) return r.Error("coord_source is required for curated places");
      if (f.size() > 9 && !f[9].empty()) {
        double pop = 0;
        if (number(f[9], &pop)) p.population = static_cast<int64_t>(pop);
      }
      p.curated = curated;
      p.origin = {label, static_cast<uint32_t>(r.line_number())};
      if (names.empty()) continue;  // English-only gazetteer rows: Arabic text cannot mention them
      // A name the generator transliterated from GeoNames' romanization (11th column) is weak, as generic
      // wording is (?): it names the town after a place noun (بلدة تادف), or after a preposition of place in a
      // document that names its country. One that is also a word of hunspell-ar's (سواكن "still ones") is a
      // common word too (common_words.tsv). A town its country already has by that name (curated أبها) is
      // not added twice, nor one whose name the actor files give to an actor (بوش, Būsh in Egypt: George W. Bush).
      const bool transliterated = !curated && f.size() > 10 && f[10].starts_with("transliterated");
      if (transliterated && (KnownInCountry(p.country, names[0]) || NamesActor(names[0]))) continue;
      // The curated file corrects the generated gazetteer: a curated geonameid wins.
      if (p.geonameid > 0) {
        if (!curated && curated_ids_.count(p.geonameid)) continue;
        if (curated) curated_ids_.insert(p.geonameid);
      }
      uint32_t pi = static_cast<uint32_t>(lex_->places_.size());
      if (curated && p.kind == "country") lex_->country_place_.emplace(p.country, static_cast<int32_t>(pi));
      lex_->places_.push_back(std::move(p));
      for (std::string_view n : names) {
        if (transliterated) {
          std::string weak = "?";  // (appended, not "?" + n: GCC 12 warns of a false overlap in operator+)
          weak += n;
          AddName(weak, EntryRef::Pack(EntryKind::kPlace, pi));
          std::string norm = ArabicNormalizer::Get().Normalize(n);
          if (f[10] == "transliterated common" && norm.find(' ') == std::string::npos) {
            lex_->common_place_words_.Insert(BareWord(norm));
          }
          continue;
        }
        AddName(n, EntryRef::Pack(EntryKind::kPlace, pi));
        if (!n.empty() && n[0] == '?') continue;  // generic wording (?القطاع) is no name to correct a typo to
        std::string norm = ArabicNormalizer::Get().Normalize(n);
        // The place of each capital: the first of its country's places (curated first) with its name,
        // of one word or several (إسلام آباد، أديس أبابا).
        if (auto c = capitals_.find(lex_->places_[pi].country); c != capitals_.end() && c->second == BareWord(norm)) {
          if (lex_->capital_place_.emplace(c->first, static_cast<int32_t>(pi)).second) lex_->places_[pi].capital = true;
        }
        if (norm.find(' ') == std::string::npos) {
          lex_->places_by_country_[lex_->places_[pi].country].names.emplace_back(std::string(BareWord(norm)), pi);
        }
      }
    }
    return Status::Ok();
  }

  // Whether a one-word place of `country` loaded so far is named `name`.
  bool KnownInCountry(const std::string& country, std::string_view name) {
    auto it = lex_->places_by_country_.find(country);
    if (it == lex_->places_by_country_.end()) return false;
    std::string bare(BareWord(ArabicNormalizer::Get().Normalize(name)));
    for (const auto& [known, pi] : it->second.names) {
      if (known == bare) return true;
    }
    return false;
  }

  // Whether `name`, whole, is a name of an actor or a person (the actor files load before the places).
  bool NamesActor(std::string_view name) {
    const PhraseMatcher& m = lex_->matcher_;
    uint32_t node = 0;
    // (The normalized name kept for the loop: SplitList's views point into it.)
    const std::string norm = ArabicNormalizer::Get().Normalize(name);
    for (std::string_view w : SplitList(norm, ' ')) {
      node = m.Step(node, m.WordId(BareWord(w)));
      if (node == 0) return false;
    }
    const std::vector<uint32_t>* payloads = m.Payloads(node);
    return payloads != nullptr && std::any_of(payloads->begin(), payloads->end(), [](uint32_t p) {
             return EntryRef::Unpack(p).kind == EntryKind::kActor;
           });
  }

  Lexicon* lex_;
  WordSet* words_;
  std::string data_dir_;
  std::unordered_set<int64_t> curated_ids_;
  std::unordered_map<std::string, std::string> capitals_;  // iso3 -> capital's bare name
};

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const LexiconPaths& paths, WordSet* words) {
  auto lex = std::unique_ptr<Lexicon>(new Lexicon());
  LexiconLoader loader(lex.get(), words, paths.data_dir);
  Status s = loader.LoadAll(paths);
  if (!s.ok()) return s;
  lex->IndexPersonNames();
  return lex;
}

void Lexicon::IndexPersonNames() {
  for (const auto& [first_word, node] : matcher_.Continuations(0)) {
    auto begin = static_cast<uint32_t>(person_names_.size());
    for (const auto& [word, child] : matcher_.Continuations(node)) {
      const std::vector<uint32_t>* payloads = matcher_.Payloads(child);
      if (payloads == nullptr) continue;
      bool person = std::any_of(payloads->begin(), payloads->end(), [&](uint32_t p) {
        EntryRef ref = EntryRef::Unpack(p);
        return ref.kind == EntryKind::kActor && records_[actors_[ref.index].periods.back()].is_person;
      });
      if (person) {
        person_names_.push_back({word, child});
        person_name_letters_.push_back(LetterSet(matcher_.Word(word)));
      }
    }
    auto end = static_cast<uint32_t>(person_names_.size());
    if (end == begin) continue;
    person_names_after_.Insert(node, static_cast<uint32_t>(person_name_spans_.size()));
    person_name_spans_.push_back({begin, end});
  }
}

namespace {

// A person's line for the time after an office: sector ELI and a role written "former ..." (the
// convention of people.tsv's header).
bool IsFormerLine(const ActorRecord& r) {
  return r.is_person && r.sector == "ELI" && r.role.starts_with("former");
}

}  // namespace

const ActorRecord& Lexicon::RecordOn(const Actor& actor, std::string_view date) const {
  const ActorRecord* best = &records_[actor.periods.back()];
  if (date.empty()) {
    // Prefer a period still open; else the latest. Among open periods, a current role wins over the
    // open "former ..." line (people.tsv: the ELI line a living office holder gets once his office
    // ends), which is taken only when no other period is open.
    const ActorRecord* former = nullptr;
    const ActorRecord* current = nullptr;
    for (uint32_t i : actor.periods) {
      const ActorRecord& r = records_[i];
      if (!r.to.empty()) continue;
      (IsFormerLine(r) ? former : current) = &r;
    }
    if (current != nullptr) return *current;
    return former != nullptr ? *former : *best;
  }
  // Outside every period, the first one not yet ended by the date: a date before every period gets the first (the
  // "former ..." line that follows an office can never precede it: محمد مرسي in 2010 was no deposed president, and the
  // party chairman he became in 2011 is nearer), a date between two periods the one he was on the way to (Morsi as
  // president-elect), and only a date after every period the last.
  for (uint32_t i : actor.periods) {
    const ActorRecord& r = records_[i];
    if (r.Covers(date) || (!r.to.empty() && date < r.to)) return r;
  }
  return *best;
}

int64_t Lexicon::StateRecord(std::string_view iso3) const {
  auto it = state_by_iso3_.find(iso3);
  // (Both arms int64_t: with `-1 : it->second` the common type is uint32_t, and a code of no state, such as
  // a pseudo code, gave 4294967295, not -1.)
  return it == state_by_iso3_.end() ? int64_t{-1} : int64_t{it->second};
}

int64_t Lexicon::FindActor(std::string_view actor_id) const { return FindActorOn(actor_id, {}); }

int64_t Lexicon::FindActorOn(std::string_view actor_id, std::string_view date) const {
  auto it = actor_by_id_.find(actor_id);
  if (it == actor_by_id_.end()) return StateRecord(actor_id);
  if (date.empty()) return actors_[it->second].periods.back();
  return &RecordOn(actors_[it->second], date) - records_.data();
}

const Lexicon::PlaceNames* Lexicon::PlacesIn(std::string_view iso3) const {
  auto it = places_by_country_.find(iso3);
  return it == places_by_country_.end() ? nullptr : &it->second;
}

int32_t Lexicon::CountryPlace(std::string_view iso3) const {
  auto it = country_place_.find(iso3);
  return it == country_place_.end() ? -1 : it->second;
}

int32_t Lexicon::CapitalPlace(std::string_view iso3) const {
  auto it = capital_place_.find(iso3);
  return it == capital_place_.end() ? -1 : it->second;
}

bool Lexicon::KnownSector(std::string_view code) const { return sectors_.contains(code); }
bool Lexicon::KnownCountry(std::string_view code) const { return country_codes_.contains(code); }

}  // namespace rasad
