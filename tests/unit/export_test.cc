// Exports (src/export): each format is written from hand-made stored events and parsed back (an
// RFC 4180 reader below, TAB splitting, nlohmann::json), and fields are compared with values worked
// out by hand; the ACLED mapping is a table of cases; malformed table lines must be reported with
// file and line.
//
// Suite names start with `export_` so that `ctest -R export` selects them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "coder/ontology.h"
#include "export/exporter.h"

namespace rasad {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// --- Readers used to parse the output back -------------------------------------------------------

// RFC 4180: fields separated by commas, records by CRLF (or LF); a quoted field may hold commas,
// CR/LF and quotes written twice. Fails the test on a malformed quote.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"' && field.empty()) {
      ++i;
      while (true) {
        if (i >= s.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return rows;
        }
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(s[i++]);
      }
      if (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') ADD_FAILURE() << "text after a closing quote";
      any = true;
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      ++i;
      any = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      any = false;
    } else {
      field.push_back(c);
      ++i;
      any = true;
    }
  }
  if (any) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(std::move(cur));
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines = Split(s, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// --- Fixtures ---------------------------------------------------------------------------------

const ExportResources& Resources() {
  static const ExportResources* res = [] {
    auto r = ExportResources::Load(RASAD_DATA_DIR);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      return new ExportResources();
    }
    return new ExportResources(std::move(*r));
  }();
  return *res;
}

EventActor Actor(std::string id, std::string country, std::string sector, std::string name_en, std::string name_ar) {
  EventActor a;
  a.actor_id = std::move(id);
  a.country = std::move(country);
  a.sector = std::move(sector);
  a.name_en = std::move(name_en);
  a.name_ar = std::move(name_ar);
  a.text = a.name_ar;
  return a;
}

EventPlace Gharyan() {
  EventPlace p;
  p.text = "غريان";
  p.name_en = "Gharyan";
  p.name_ar = "غريان";
  p.country = "LBY";
  p.admin1 = "Jabal al Gharbi";
  p.precision = "city";
  p.lat = 32.1722;
  p.lon = 13.0203;
  p.geonameid = 2217362;
  return p;
}

// An air strike by the LNA on civilians in Gharyan, with hostile text in the evidence.
StoredEvent AirStrike() {
  StoredEvent se;
  se.id = 42;
  Event& e = se.event;
  e.event_id = "ev-1";
  e.doc_id = "doc-7";
  e.sentence = 0;
  e.date = "2019-06-26";
  e.event = "ASSAULT";
  e.mode = "heavy-weapons";
  e.cameo = "1951";
  e.quad_class = 4;
  e.goldstein = -10;
  e.source = Actor("LBY_LNA", "LBY", "MIL", "Libyan National Army", "الجيش الوطني الليبي");
  e.target = Actor("LBYCVL", "LBY", "CVL", "", "مدنيون");
  e.location = Gharyan();
  e.fatalities = 12;
  e.trigger_text = "غارة";
  e.evidence = "قال \"المرصد\"، إن غارة\tجوية قتلت 12 مدنيا,\nفي غريان";
  se.num_mentions = 5;
  se.num_articles = 3;
  se.num_sources = 2;
  se.dictionary_version = "abc123";
  se.doc_source = "Al Wasat, Libya";
  se.doc_url = "https://example.org/a?b=1";
  se.doc_title = "غريان";
  return se;
}

// A demonstration in Tripoli (no target), dated to the month only, 80 km from the place.
StoredEvent Protest() {
  StoredEvent se;
  se.id = 7;
  Event& e = se.event;
  e.event_id = "ev-2";
  e.doc_id = "doc-8";
  e.sentence = 3;
  e.date = "2019-06";
  e.event = "PROTEST";
  e.mode = "demo";
  e.cameo = "141";
  e.quad_class = 4;
  e.goldstein = -6.5;
  e.source = Actor("LBYCVL", "LBY", "CVL", "Libyan protesters", "متظاهرون ليبيون");
  EventPlace p;
  p.text = "طرابلس";
  p.name_en = "Tripoli";
  p.name_ar = "طرابلس";
  p.country = "LBY";
  p.admin1 = "Tripoli";
  p.precision = "city";
  p.lat = 32.8872;
  p.lon = 13.1913;
  p.relative = "80 كم جنوب طرابلس";
  e.location = p;
  e.evidence = "تظاهر مئات في طرابلس";
  return se;
}

// A statement of support: verbal cooperation, no location.
StoredEvent Statement() {
  StoredEvent se;
  se.id = 9;
  Event& e = se.event;
  e.event_id = "ev-3";
  e.date = "2019-06-27";
  e.event = "CONSULT";
  e.mode = "visit";
  e.cameo = "042";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.source = Actor("USA", "USA", "", "United States", "الولايات المتحدة");
  e.evidence = "زار وفد أمريكي";
  return se;
}

struct Output {
  std::string text;
  std::vector<bool> written;
};

Output Export(ExportFormat format, const std::vector<StoredEvent>& events, const ExportOptions& options = {}) {
  auto exporter = MakeExporter(format, &Resources(), options);
  Output out;
  if (!exporter) {
    ADD_FAILURE() << "no exporter";
    return out;
  }
  std::ostringstream s;
  exporter->Begin(s);
  for (const StoredEvent& e : events) out.written.push_back(exporter->Write(e, s));
  exporter->End(s);
  out.text = s.str();
  return out;
}

// --- Formats and tables ---------------------------------------------------------------------

TEST(export_formats, ParseNames) {
  struct Case {
    std::string_view name;
    ExportFormat format;
  } cases[] = {{"acled-csv", ExportFormat::kAcledCsv},
               {"plover-jsonl", ExportFormat::kPloverJsonl},
               {"gdelt-tsv", ExportFormat::kGdeltTsv},
               {"geojson", ExportFormat::kGeoJson}};
  for (const Case& c : cases) {
    auto f = ParseExportFormat(c.name);
    ASSERT_TRUE(f.ok()) << c.name;
    EXPECT_EQ(*f, c.format);
    EXPECT_EQ(ExportFormatName(c.format), c.name);
  }
  auto bad = ParseExportFormat("csv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unknown export format 'csv' (valid: acled-csv, plover-jsonl, gdelt-tsv, geojson)");
}

TEST(export_formats, NullResources) {
  EXPECT_EQ(MakeExporter(ExportFormat::kAcledCsv, nullptr), nullptr);
  EXPECT_EQ(MakeExporter(ExportFormat::kGdeltTsv, nullptr), nullptr);
  EXPECT_NE(MakeExporter(ExportFormat::kPloverJsonl, nullptr), nullptr);
  EXPECT_NE(MakeExporter(ExportFormat::kGeoJson, nullptr), nullptr);
}

TEST(export_tables, CountryCodes) {
  const CountryTable& c = Resources().countries;
  EXPECT_GE(c.size(), 240u);
  struct Case {
    std::string_view iso3, admin1, fips, name;
  } cases[] = {
      {"LBY", "", "LY", "Libya"},        {"IRQ", "", "IZ", "Iraq"},     {"SDN", "", "SU", "Sudan"},
      {"SSD", "", "OD", "South Sudan"},  {"DZA", "", "AG", "Algeria"},  {"TUN", "", "TS", "Tunisia"},
      {"TUR", "", "TU", "Turkey"},       {"ARE", "", "AE", "United Arab Emirates"},
      {"PSE", "Gaza Strip", "GZ", "Palestine"}, {"PSE", "", "WE", "Palestine"},
      {"PSE", "Hebron", "WE", "Palestine"},     {"KUR", "", "", ""},
  };
  for (const Case& k : cases) {
    EXPECT_EQ(c.Fips(k.iso3, k.admin1), k.fips) << k.iso3 << " " << k.admin1;
    EXPECT_EQ(c.Name(k.iso3), k.name) << k.iso3;
  }
}

TEST(export_tables, EveryTableLoads) {
  EXPECT_GT(Resources().acled.rules().size(), 30u);
  EXPECT_EQ(Resources().acled.Inter("MIL"), 1);
  EXPECT_EQ(Resources().acled.Inter("REB"), 2);
  EXPECT_EQ(Resources().acled.Inter("CVL"), 7);
  EXPECT_EQ(Resources().acled.Inter("none"), 0);
  EXPECT_EQ(Resources().place_kinds.Find("region").acled_geo_precision, 3);
  EXPECT_EQ(Resources().place_kinds.Find("no-such-kind").gdelt_geo_type, 4);
}

// The 1-based number of the first line of `path` that starts with `prefix`, 0 if none.
size_t LineStarting(const fs::path& path, const std::string& prefix) {
  std::ifstream in(path);
  std::string l;
  for (size_t n = 1; std::getline(in, l); ++n) {
    if (l.starts_with(prefix)) return n;
  }
  return 0;
}

// A malformed line in any table is reported as path:line: reason.
TEST(export_tables, LoadErrorsNameFileAndLine) {
  struct Case {
    std::string file;     // under export/
    std::string line;     // appended to the real file
    std::string message;  // expected after "path:line: "
  } cases[] = {
      {"acled_mapping.tsv", "19x\tASSAULT\t\t\t\t\tBattles\tArmed clash", "'19x' is not a CAMEO code prefix (2-4 digits)"},
      {"acled_mapping.tsv", "19\tATTACK\t\t\t\t\tBattles\tArmed clash", "'ATTACK' is not a PLOVER event type"},
      {"acled_mapping.tsv", "19\tASSAULT\t\t@nobody\t\t\tBattles\tArmed clash", "undefined alias @nobody"},
      {"acled_mapping.tsv", "19\tASSAULT\t\tsoldiers\t\t\tBattles\tArmed clash",
       "'soldiers' is not a sector code, none, state or unknown"},
      {"acled_mapping.tsv", "19\tASSAULT\t\t\t\tsometimes\tBattles\tArmed clash", "unknown condition 'sometimes' (negated, fatal)"},
      {"acled_mapping.tsv", "19\tASSAULT\t\t\t\t\tBattles\tAir/drone strike",
       "'Battles' / 'Air/drone strike' is not an ACLED event type and sub-event type"},
      {"acled_mapping.tsv", "1951\tASSAULT\t\t\t\t\tBattles\tArmed clash",
       "rule is unreachable: line {195} matches every event it would"},
      {"acled_mapping.tsv", "19\tASSAULT", "expected cameo, plover, mode, source, target, when, event_type, sub_event_type"},
      {"acled_inter.tsv", "XYZ\t9\tNobody", "inter must be 1-8"},
      {"iso3_to_fips.tsv", "LIBYA\tLY\tLibya", "'LIBYA' is not an ISO 3166-1 alpha-3 code"},
      {"iso3_to_fips.tsv", "LBY\tLY\tLibya", "duplicate line for LBY"},
      {"place_kinds.tsv", "hamlet\t4\t4", "acled_geo_precision must be 1, 2 or 3"},
  };
  const fs::path src = fs::path(RASAD_DATA_DIR) / "export";
  int n = 0;
  for (const Case& c : cases) {
    fs::path dir = fs::path(testing::TempDir()) / ("rasad_export_" + std::to_string(getpid()) + "_" + std::to_string(n++));
    fs::remove_all(dir);
    fs::create_directories(dir / "export");
    for (const auto& entry : fs::directory_iterator(src)) fs::copy_file(entry.path(), dir / "export" / entry.path().filename());
    fs::path bad = dir / "export" / c.file;
    size_t lines = 0;
    {
      std::ifstream in(bad);
      std::string l;
      while (std::getline(in, l)) ++lines;
    }
    std::ofstream(bad, std::ios::app) << c.line << "\n";
    std::string message = c.message;
    if (size_t at = message.find("{195}"); at != std::string::npos) {
      message.replace(at, 5, std::to_string(LineStarting(bad, "195\tASSAULT\t")));
    }
    auto r = ExportResources::Load(dir.string());
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_EQ(r.status().message(), bad.string() + ":" + std::to_string(lines + 1) + ": " + message);
  }
  auto missing = ExportResources::Load("/nonexistent");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/nonexistent/export/iso3_to_fips.tsv: cannot open");
}

// --- The ACLED mapping ------------------------------------------------------------------------

struct MapCase {
  std::string cameo, plover, mode;
  std::string source, target;  // sector, "state" (a country as a whole), "-" for no actor
  bool negated;
  std::string modality;
  std::optional<int64_t> fatalities;
  std::string event_type, sub_event_type;  // "" = skipped
};

std::optional<EventActor> SideActor(const std::string& s) {
  if (s == "-") return std::nullopt;
  if (s == "state") return Actor("LBY", "LBY", "", "Libya", "ليبيا");
  return Actor("LBY" + s, "LBY", s, "", "");
}

TEST(export_acled_mapping, Table) {
  const MapCase cases[] = {
      // Battles and violence against civilians: the target decides.
      {"193", "ASSAULT", "firearms", "MIL", "REB", false, "asserted", {}, "Battles", "Armed clash"},
      {"193", "ASSAULT", "firearms", "-", "-", false, "asserted", {}, "Battles", "Armed clash"},
      {"193", "ASSAULT", "firearms", "UAF", "CVL", false, "asserted", {}, "Violence against civilians", "Attack"},
      {"190", "ASSAULT", "", "-", "CVL", false, "asserted", 3, "Violence against civilians", "Attack"},
      {"190", "ASSAULT", "", "MIL", "-", false, "asserted", {}, "Violence against civilians", "Attack"},
      {"190", "ASSAULT", "", "REB", "state", false, "reported", {}, "Battles", "Armed clash"},
      {"196", "ASSAULT", "", "MIL", "UAF", false, "alleged", {}, "Battles", "Armed clash"},
      {"180", "ASSAULT", "", "INS", "COP", false, "asserted", {}, "Battles", "Armed clash"},
      {"186", "ASSAULT", "assassinate", "-", "GOV", false, "asserted", 1, "Violence against civilians", "Attack"},
      {"1823", "ASSAULT", "", "IMG", "MIL", false, "asserted", 5, "Violence against civilians", "Attack"},
      {"202", "ASSAULT", "massacre", "MIL", "CVL", false, "asserted", {}, "Violence against civilians", "Attack"},
      {"201", "ASSAULT", "cleansing", "MIL", "CVL", false, "asserted", {}, "Strategic developments", "Other"},
      // Explosions/remote violence: the weapon decides.
      {"1951", "ASSAULT", "heavy-weapons", "MIL", "CVL", false, "asserted", 12, "Explosions/Remote violence", "Air/drone strike"},
      {"1952", "ASSAULT", "heavy-weapons", "MIL", "MIL", false, "asserted", {}, "Explosions/Remote violence", "Air/drone strike"},
      {"194", "ASSAULT", "heavy-weapons", "REB", "-", false, "asserted", {}, "Explosions/Remote violence",
       "Shelling/artillery/missile attack"},
      {"1831", "ASSAULT", "suicide-attack", "IMG", "CVL", false, "asserted", {}, "Explosions/Remote violence", "Suicide bomb"},
      {"1833", "ASSAULT", "explosives", "-", "MIL", false, "asserted", {}, "Explosions/Remote violence",
       "Remote explosive/landmine/IED"},
      {"183", "ASSAULT", "suicide-attack", "-", "-", false, "asserted", {}, "Explosions/Remote violence",
       "Remote explosive/landmine/IED"},
      {"2041", "ASSAULT", "unconventional", "MIL", "CVL", false, "asserted", {}, "Explosions/Remote violence", "Chemical weapon"},
      {"195", "ASSAULT", "heavy-weapons", "MIL", "-", true, "asserted", {}, "Strategic developments", "Disrupted weapons use"},
      {"1833", "ASSAULT", "explosives", "COP", "-", true, "intended", {}, "Strategic developments", "Disrupted weapons use"},
      // Other violence against civilians.
      {"1821", "ASSAULT", "sexual", "MIL", "CVL", false, "asserted", {}, "Violence against civilians", "Sexual violence"},
      {"181", "ASSAULT", "abduct", "UAF", "MIL", false, "asserted", {}, "Violence against civilians",
       "Abduction/forced disappearance"},
      {"173", "COERCE", "arrest", "UAF", "CVL", false, "asserted", {}, "Violence against civilians",
       "Abduction/forced disappearance"},
      {"173", "COERCE", "arrest", "COP", "OPP", false, "asserted", {}, "Strategic developments", "Arrests"},
      // Protests and riots.
      {"141", "PROTEST", "demo", "CVL", "GOV", false, "asserted", {}, "Protests", "Peaceful protest"},
      {"143", "PROTEST", "boycott", "LAB", "-", false, "asserted", {}, "Protests", "Peaceful protest"},
      {"143", "PROTEST", "boycott", "LEG", "-", false, "asserted", {}, "", ""},
      {"145", "PROTEST", "riot", "CVL", "COP", false, "asserted", {}, "Riots", "Violent demonstration"},
      {"175", "ASSAULT", "pro_autocracy", "COP", "CVL", false, "asserted", {}, "Protests", "Protest with intervention"},
      {"175", "ASSAULT", "pro_autocracy", "COP", "CVL", false, "asserted", 2, "Protests", "Excessive force against protesters"},
      {"182", "ASSAULT", "beat", "CVL", "unknown", false, "asserted", {}, "Riots", "Mob violence"},
      // Territory, property, agreements, other strategic developments.
      {"192", "COERCE", "seize", "MIL", "-", false, "asserted", {}, "Battles", "Government regains territory"},
      {"192", "COERCE", "seize", "state", "-", false, "asserted", {}, "Battles", "Government regains territory"},
      {"192", "COERCE", "seize", "REB", "MIL", false, "asserted", {}, "Battles", "Non-state actor overtakes territory"},
      {"192", "COERCE", "seize", "-", "-", false, "asserted", {}, "Strategic developments", "Non-violent transfer of territory"},
      {"0874", "RETREAT", "disarm", "MIL", "-", false, "asserted", {}, "Strategic developments",
       "Non-violent transfer of territory"},
      {"1712", "ASSAULT", "seize", "UAF", "-", false, "asserted", {}, "Strategic developments", "Looting/property destruction"},
      {"171", "COERCE", "seize", "-", "-", false, "asserted", {}, "Strategic developments", "Looting/property destruction"},
      {"0871", "RETREAT", "ceasefire", "GOV", "MIL", false, "asserted", {}, "Strategic developments", "Agreement"},
      {"0841", "RETREAT", "release", "REB", "-", false, "asserted", {}, "Strategic developments", "Agreement"},
      {"057", "SUPPORT", "", "GOV", "REB", false, "asserted", {}, "Strategic developments", "Agreement"},
      {"057", "SUPPORT", "", "BUS", "MIL", false, "asserted", {}, "Strategic developments", "Agreement"},
      {"057", "SUPPORT", "", "LEG", "BUS", false, "asserted", {}, "", ""},
      {"154", "MOBILIZE", "troops", "MIL", "-", false, "asserted", {}, "Strategic developments", "Change to group/activity"},
      {"1723", "COERCE", "curfew", "GOV", "-", false, "asserted", {}, "Strategic developments", "Other"},
      {"191", "COERCE", "restrict", "MIL", "CVL", false, "asserted", {}, "Strategic developments", "Other"},
      // No counterpart: verbal events, threats, sanctions; events that did not (yet) happen.
      {"042", "CONSULT", "visit", "GOV", "GOV", false, "asserted", {}, "", ""},
      {"111", "ACCUSE", "disapprove", "GOV", "MIL", false, "asserted", {}, "", ""},
      {"1383", "THREATEN", "violence", "IMG", "-", false, "asserted", {}, "", ""},
      {"163", "COERCE", "restrict", "state", "state", false, "asserted", {}, "", ""},
      {"072", "AID", "", "state", "MIL", false, "asserted", {}, "", ""},
      {"193", "ASSAULT", "firearms", "MIL", "REB", true, "asserted", {}, "", ""},
      {"193", "ASSAULT", "firearms", "MIL", "REB", false, "intended", {}, "", ""},
      {"193", "ASSAULT", "firearms", "MIL", "REB", false, "hypothetical", {}, "", ""},
  };
  for (const MapCase& c : cases) {
    Event e;
    e.cameo = c.cameo;
    e.event = c.plover;
    e.mode = c.mode;
    e.source = SideActor(c.source);
    e.target = SideActor(c.target);
    e.negated = c.negated;
    e.modality = c.modality;
    e.fatalities = c.fatalities;
    std::optional<AcledCategory> got = Resources().acled.Map(e);
    std::string where = c.cameo + " " + c.source + "->" + c.target + (c.negated ? " negated" : "") + " " + c.modality;
    if (c.event_type.empty()) {
      EXPECT_FALSE(got) << where << " mapped to " << got->event_type << " / " << got->sub_event_type << " (line "
                        << got->rule_line << ")";
    } else {
      ASSERT_TRUE(got) << where;
      EXPECT_EQ(got->event_type, c.event_type) << where;
      EXPECT_EQ(got->sub_event_type, c.sub_event_type) << where << " (line " << got->rule_line << ")";
    }
  }
}

// Every ASSAULT code of the ontology has an ACLED category, whoever the target is.
TEST(export_acled_mapping, EveryAssaultCodeMaps) {
  Ontology ontology;
  ASSERT_TRUE(ontology.Load(std::string(RASAD_DATA_DIR) + "/ontology/cameo.tsv").ok());
  for (const auto& [code, c] : ontology.codes()) {
    if (c.plover != "ASSAULT") continue;
    for (std::string target : {"-", "CVL", "MIL", "REB", "GOV", "state", "unknown"}) {
      Event e;
      e.cameo = code;
      e.event = c.plover;
      e.mode = c.mode;
      e.target = SideActor(target);
      EXPECT_TRUE(Resources().acled.Map(e)) << code << " against " << target;
    }
  }
}

// --- ACLED-style CSV --------------------------------------------------------------------------

TEST(export_acled_csv, RowsParseBackToHandComputedValues) {
  StoredEvent no_date = AirStrike();
  no_date.event.date = "";
  StoredEvent negated = AirStrike();
  negated.event.cameo = "190";
  negated.event.negated = true;
  StoredEvent unknown_deaths = AirStrike();
  unknown_deaths.event.fatalities.reset();
  unknown_deaths.event.source.reset();
  Output out = Export(ExportFormat::kAcledCsv, {AirStrike(), Statement(), Protest(), no_date, negated, unknown_deaths});
  EXPECT_EQ(out.written, (std::vector<bool>{true, false, true, false, false, true}));
  EXPECT_NE(out.text.find("\r\n"), std::string::npos);

  auto rows = ParseCsv(out.text);
  ASSERT_EQ(rows.size(), 4u);
  const std::vector<std::string>& header = rows[0];
  for (const char* name : {"event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                           "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
                           "geo_precision", "source", "notes", "fatalities"}) {
    EXPECT_NE(std::find(header.begin(), header.end(), name), header.end()) << name;
  }
  auto row = [&](size_t r) {
    std::map<std::string, std::string> m;
    EXPECT_EQ(rows[r].size(), header.size()) << "row " << r;
    for (size_t i = 0; i < header.size() && i < rows[r].size(); ++i) m[header[i]] = rows[r][i];
    return m;
  };

  auto strike = row(1);
  EXPECT_EQ(strike["event_id_cnty"], "LBY42");
  EXPECT_EQ(strike["event_date"], "2019-06-26");
  EXPECT_EQ(strike["year"], "2019");
  EXPECT_EQ(strike["time_precision"], "1");
  EXPECT_EQ(strike["disorder_type"], "Political violence");
  EXPECT_EQ(strike["event_type"], "Explosions/Remote violence");
  EXPECT_EQ(strike["sub_event_type"], "Air/drone strike");
  EXPECT_EQ(strike["actor1"], "Libyan National Army");
  EXPECT_EQ(strike["assoc_actor_1"], "");
  EXPECT_EQ(strike["inter1"], "1");
  EXPECT_EQ(strike["actor2"], "Civilians (Libya)");
  EXPECT_EQ(strike["assoc_actor_2"], "مدنيون");  // no English name: the Arabic one
  EXPECT_EQ(strike["inter2"], "7");
  EXPECT_EQ(strike["interaction"], "17");
  EXPECT_EQ(strike["civilian_targeting"], "Civilian targeting");
  EXPECT_EQ(strike["iso3"], "LBY");
  EXPECT_EQ(strike["country"], "Libya");
  EXPECT_EQ(strike["admin1"], "Jabal al Gharbi");
  EXPECT_EQ(strike["location"], "Gharyan");
  EXPECT_EQ(strike["latitude"], "32.1722");
  EXPECT_EQ(strike["longitude"], "13.0203");
  EXPECT_EQ(strike["geo_precision"], "1");
  EXPECT_EQ(strike["source"], "Al Wasat, Libya");
  EXPECT_EQ(strike["source_url"], "https://example.org/a?b=1");
  EXPECT_EQ(strike["notes"], AirStrike().event.evidence);  // quotes, comma, TAB and newline survive
  EXPECT_EQ(strike["fatalities"], "12");
  EXPECT_EQ(strike["plover_event"], "ASSAULT");
  EXPECT_EQ(strike["plover_mode"], "heavy-weapons");
  EXPECT_EQ(strike["cameo"], "1951");
  EXPECT_EQ(strike["rasad_event_id"], "ev-1");
  EXPECT_EQ(strike["num_sources"], "2");

  auto protest = row(2);
  EXPECT_EQ(protest["event_date"], "2019-06-15");  // month only: mid-month, time_precision 3
  EXPECT_EQ(protest["time_precision"], "3");
  EXPECT_EQ(protest["disorder_type"], "Demonstrations");
  EXPECT_EQ(protest["event_type"], "Protests");
  EXPECT_EQ(protest["sub_event_type"], "Peaceful protest");
  EXPECT_EQ(protest["actor1"], "Protesters (Libya)");
  EXPECT_EQ(protest["assoc_actor_1"], "Libyan protesters");
  EXPECT_EQ(protest["inter1"], "6");
  EXPECT_EQ(protest["actor2"], "");
  EXPECT_EQ(protest["inter2"], "");
  EXPECT_EQ(protest["interaction"], "60");
  EXPECT_EQ(protest["civilian_targeting"], "");
  EXPECT_EQ(protest["geo_precision"], "2");  // "80 km south of": near the town
  EXPECT_EQ(protest["fatalities"], "0");
  EXPECT_EQ(protest["source"], "doc-8");  // no outlet name: the document id

  auto unknown = row(3);
  EXPECT_EQ(unknown["fatalities"], "0");  // ACLED writes 0 when unknown
  EXPECT_EQ(unknown["actor1"], "Unidentified Armed Group (Libya)");
  EXPECT_EQ(unknown["inter1"], "3");
  EXPECT_EQ(unknown["interaction"], "37");
}

// ACLED's actor conventions for protests and riots: the crowd is actor1 ("Protesters (Country)" /
// "Rioters (Country)") with the named group as associated actor, whichever side rasad coded it on.
TEST(export_acled_csv, CrowdActors) {
  StoredEvent dispersal = AirStrike();  // police disperse protesters: 175, police -> protesters
  Event& d = dispersal.event;
  d.cameo = "175";
  d.event = "ASSAULT";
  d.mode = "pro_autocracy";
  d.source = Actor("LBYCOP", "LBY", "COP", "Libyan police", "الشرطة الليبية");
  d.target = Actor("LBYCVL", "LBY", "CVL", "protesters", "متظاهرون");
  d.fatalities.reset();
  StoredEvent mob = AirStrike();  // residents beat a man: 182, civilians -> unknown
  Event& m = mob.event;
  m.cameo = "182";
  m.mode = "beat";
  m.source = Actor("LBYCVL", "LBY", "CVL", "residents", "أهالي");
  m.target = Actor("", "", "", "", "رجل");
  m.location->precision = "region";
  auto rows = ParseCsv(Export(ExportFormat::kAcledCsv, {dispersal, mob}).text);
  ASSERT_EQ(rows.size(), 3u);
  const auto& h = rows[0];
  auto col = [&](size_t r, const std::string& name) {
    return rows[r][std::find(h.begin(), h.end(), name) - h.begin()];
  };
  EXPECT_EQ(col(1, "sub_event_type"), "Protest with intervention");
  EXPECT_EQ(col(1, "actor1"), "Protesters (Libya)");
  EXPECT_EQ(col(1, "assoc_actor_1"), "protesters");
  EXPECT_EQ(col(1, "inter1"), "6");
  EXPECT_EQ(col(1, "actor2"), "Libyan police");
  EXPECT_EQ(col(1, "inter2"), "1");
  EXPECT_EQ(col(1, "interaction"), "16");
  EXPECT_EQ(col(1, "civilian_targeting"), "");
  EXPECT_EQ(col(2, "event_type"), "Riots");
  EXPECT_EQ(col(2, "sub_event_type"), "Mob violence");
  EXPECT_EQ(col(2, "disorder_type"), "Political violence");
  EXPECT_EQ(col(2, "actor1"), "Rioters (Libya)");
  EXPECT_EQ(col(2, "assoc_actor_1"), "residents");
  EXPECT_EQ(col(2, "actor2"), "رجل");
  EXPECT_EQ(col(2, "inter2"), "");  // an actor without a sector
  EXPECT_EQ(col(2, "interaction"), "50");
  EXPECT_EQ(col(2, "geo_precision"), "3");
}

TEST(export_acled_csv, HeaderOnlyWithoutEvents) {
  auto rows = ParseCsv(Export(ExportFormat::kAcledCsv, {}).text);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], "event_id_cnty");
}

// --- GDELT 2.0 event TSV ----------------------------------------------------------------------

TEST(export_gdelt_tsv, SixtyOneColumnsWithHandComputedValues) {
  StoredEvent tabs = AirStrike();
  tabs.id = 43;
  tabs.event.source->name_en = "Libyan\tNational\nArmy";
  tabs.event.sentence = 2;
  StoredEvent gaza = AirStrike();
  gaza.id = 44;
  gaza.event.location->country = "PSE";
  gaza.event.location->admin1 = "Gaza Strip";
  gaza.event.location->name_en = "Rafah";
  StoredEvent negated = AirStrike();
  negated.event.negated = true;
  StoredEvent month_only = Protest();
  Output out = Export(ExportFormat::kGdeltTsv, {AirStrike(), Statement(), tabs, gaza, negated, month_only});
  EXPECT_EQ(out.written, (std::vector<bool>{true, true, true, true, false, false}));
  std::vector<std::string> lines = Lines(out.text);
  ASSERT_EQ(lines.size(), 4u);  // no header by default
  for (const std::string& l : lines) EXPECT_EQ(Split(l, '\t').size(), 61u) << l;

  std::vector<std::string> f = Split(lines[0], '\t');
  const std::vector<std::pair<int, std::string>> expected = {
      {0, "42"}, {1, "20190626"}, {2, "201906"}, {3, "2019"},
      {4, "2019.5644"},  // 2019 + (6 * 30 + 26) / 365
      {5, "LBYMIL"}, {6, "LIBYAN NATIONAL ARMY"}, {7, "LBY"}, {8, ""}, {12, "MIL"}, {13, ""},
      {15, "LBYCVL"}, {16, "مدنيون"}, {17, "LBY"}, {22, "CVL"},
      {25, "1"}, {26, "1951"}, {27, "195"}, {28, "19"}, {29, "4"}, {30, "-10"},
      {31, "5"}, {32, "2"}, {33, "3"}, {34, "0"},
      {35, "0"}, {36, ""}, {43, "0"},  // actor geo: not known
      {51, "4"}, {52, "Gharyan, Jabal al Gharbi, Libya"}, {53, "LY"}, {54, "LY"}, {55, ""},
      {56, "32.1722"}, {57, "13.0203"}, {58, "2217362"},
      {59, "20190626000000"}, {60, "https://example.org/a?b=1"},
  };
  for (const auto& [col, value] : expected) EXPECT_EQ(f[col], value) << "column " << col + 1;

  std::vector<std::string> statement = Split(lines[1], '\t');
  EXPECT_EQ(statement[5], "USA");  // a country as a whole: no role code
  EXPECT_EQ(statement[6], "UNITED STATES");
  EXPECT_EQ(statement[15], "");    // no target
  EXPECT_EQ(statement[26], "042");
  EXPECT_EQ(statement[27], "042");
  EXPECT_EQ(statement[28], "04");
  EXPECT_EQ(statement[30], "1.9");
  EXPECT_EQ(statement[51], "0");  // no location
  EXPECT_EQ(statement[60], "");

  std::vector<std::string> t = Split(lines[2], '\t');
  EXPECT_EQ(t[6], "LIBYAN NATIONAL ARMY");  // TAB and newline blanked
  EXPECT_EQ(t[25], "0");                    // not the lead sentence

  EXPECT_EQ(Split(lines[3], '\t')[53], "GZ");
}

TEST(export_gdelt_tsv, HeaderAndDateAddedOptions) {
  ExportOptions options;
  options.gdelt_header = true;
  options.date_added = "20261129120000";
  StoredEvent country_level = AirStrike();
  country_level.event.location->precision = "country";
  StoredEvent us = AirStrike();
  us.event.location->country = "USA";
  Output out = Export(ExportFormat::kGdeltTsv, {country_level, us}, options);
  std::vector<std::string> lines = Lines(out.text);
  ASSERT_EQ(lines.size(), 3u);
  std::vector<std::string> header = Split(lines[0], '\t');
  ASSERT_EQ(header.size(), 61u);
  EXPECT_EQ(header[0], "GLOBALEVENTID");
  EXPECT_EQ(header[34], "AvgTone");
  EXPECT_EQ(header[51], "ActionGeo_Type");
  EXPECT_EQ(header[60], "SOURCEURL");
  std::vector<std::string> c = Split(lines[1], '\t');
  EXPECT_EQ(c[51], "1");
  EXPECT_EQ(c[52], "Libya");
  EXPECT_EQ(c[58], "LY");  // a country's feature id is its FIPS code
  EXPECT_EQ(c[59], "20261129120000");
  EXPECT_EQ(Split(lines[2], '\t')[51], "3");  // a US city
  EXPECT_EQ(Split(lines[2], '\t')[53], "US");
}

// --- PLOVER JSON Lines ------------------------------------------------------------------------

TEST(export_plover_jsonl, ObjectsParseBack) {
  StoredEvent negated = Protest();
  negated.event.negated = true;
  Output out = Export(ExportFormat::kPloverJsonl, {AirStrike(), Statement(), negated});
  EXPECT_EQ(out.written, (std::vector<bool>{true, true, true}));  // everything, flags included
  std::vector<std::string> lines = Lines(out.text);
  ASSERT_EQ(lines.size(), 3u);
  json a = json::parse(lines[0]);
  EXPECT_EQ(a["id"], "ev-1");
  EXPECT_EQ(a["date"], "2019-06-26");
  EXPECT_EQ(a["event"], "ASSAULT");
  EXPECT_EQ(a["mode"], "heavy-weapons");
  EXPECT_EQ(a["context"], json::array());
  EXPECT_EQ(a["source"], "LBYMIL");
  EXPECT_EQ(a["source_actor"], "LBY_LNA");
  EXPECT_EQ(a["source_agent"], "MIL");
  EXPECT_EQ(a["source_country"], "LBY");
  EXPECT_EQ(a["source_name"], "Libyan National Army");
  EXPECT_EQ(a["source_name_ar"], "الجيش الوطني الليبي");
  EXPECT_EQ(a["target"], "LBYCVL");
  EXPECT_EQ(a["target_name"], nullptr);
  EXPECT_EQ(a["target_name_ar"], "مدنيون");
  EXPECT_EQ(a["location"]["placename"], "Gharyan");
  EXPECT_EQ(a["location"]["placename_ar"], "غريان");
  EXPECT_DOUBLE_EQ(a["location"]["lat"].get<double>(), 32.1722);
  EXPECT_DOUBLE_EQ(a["location"]["lon"].get<double>(), 13.0203);
  EXPECT_EQ(a["location"]["geonameid"], 2217362);
  EXPECT_EQ(a["fatalities"], 12);
  EXPECT_EQ(a["injured"], nullptr);
  EXPECT_EQ(a["quad_class"], 4);
  EXPECT_EQ(a["text"], AirStrike().event.evidence);
  EXPECT_EQ(a["trigger"], "غارة");
  EXPECT_EQ(a["negated"], false);
  EXPECT_EQ(a["modality"], "asserted");
  EXPECT_EQ(a["cameo"], "1951");
  EXPECT_DOUBLE_EQ(a["goldstein"].get<double>(), -10);
  EXPECT_EQ(a["store_id"], 42);
  EXPECT_EQ(a["num_articles"], 3);
  EXPECT_EQ(a["doc_title"], "غريان");

  json s = json::parse(lines[1]);
  EXPECT_EQ(s["source"], "USA");
  EXPECT_EQ(s["source_agent"], nullptr);
  EXPECT_EQ(s["target"], nullptr);
  EXPECT_EQ(s["target_actor"], nullptr);
  EXPECT_EQ(s["location"], nullptr);
  EXPECT_EQ(s["fatalities"], nullptr);

  EXPECT_EQ(json::parse(lines[2])["negated"], true);
}

TEST(export_plover_jsonl, InvalidUtf8DoesNotThrow) {
  StoredEvent bad = AirStrike();
  bad.event.evidence = "abc\xff";
  Output out = Export(ExportFormat::kPloverJsonl, {bad});
  json j = json::parse(Lines(out.text).at(0));
  EXPECT_EQ(j["text"], "abc\xEF\xBF\xBD");  // U+FFFD
}

// --- GeoJSON ----------------------------------------------------------------------------------

TEST(export_geojson, FeatureCollectionOfLocatedEvents) {
  StoredEvent zero = AirStrike();
  zero.event.location->lat = 0;
  zero.event.location->lon = 0;
  Output out = Export(ExportFormat::kGeoJson, {AirStrike(), Statement(), Protest(), zero});
  EXPECT_EQ(out.written, (std::vector<bool>{true, false, true, false}));
  json fc = json::parse(out.text);
  EXPECT_EQ(fc["type"], "FeatureCollection");
  ASSERT_EQ(fc["features"].size(), 2u);
  const json& f = fc["features"][0];
  EXPECT_EQ(f["type"], "Feature");
  EXPECT_EQ(f["id"], 42);
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), 13.0203);  // [lon, lat]
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][1].get<double>(), 32.1722);
  const json& p = f["properties"];
  EXPECT_EQ(p["event"], "ASSAULT");
  EXPECT_EQ(p["cameo"], "1951");
  EXPECT_EQ(p["source"], "LBY_LNA");
  EXPECT_EQ(p["source_name"], "Libyan National Army");
  EXPECT_EQ(p["target_name"], "مدنيون");
  EXPECT_EQ(p["place"], "Gharyan");
  EXPECT_EQ(p["place_ar"], "غريان");
  EXPECT_EQ(p["fatalities"], 12);
  EXPECT_EQ(p["evidence"], AirStrike().event.evidence);
  EXPECT_EQ(fc["features"][1]["properties"]["date"], "2019-06");
}

TEST(export_geojson, EmptyCollectionIsValid) {
  json fc = json::parse(Export(ExportFormat::kGeoJson, {Statement()}).text);
  EXPECT_EQ(fc["type"], "FeatureCollection");
  EXPECT_EQ(fc["features"], json::array());
}

}  // namespace
}  // namespace rasad
