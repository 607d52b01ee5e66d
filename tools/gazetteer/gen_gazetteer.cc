// rasad_gen_gazetteer: writes rasad's generated gazetteer from Debian's libgeonames.
//
// libgeonames embeds the GeoNames "cities15000" list (every city of 15,000+ people) and ships
// translations as a gettext catalogue whose message ids are not English names but keys:
// the geonameid for a city ("2210247"), the alpha-2 code for a country ("LY") and
// "CC.admin1code" for a state ("LY.73"). We read the Arabic catalogue (a GNU .mo file) directly
// instead of going through setlocale/gettext, so the output does not depend on which locales the
// build machine has generated.
//
// The catalogue lacks most of the towns of the Arab world that GeoNames names in the BGN/PCGN
// romanization (Ḩarastā, Nizwá, Al Ḩawāmidīyah): for those, in the countries that use it, the
// Arabic is transliterated (bgn_arabic.h) and marked so in an 11th column. So are the Maghreb's,
// which GeoNames writes in a French-style romanization (Khemis el Khechna; maghreb_arabic.h). A
// --refused file lists the towns whose transliteration is not written (a misreading with no sure
// correction, or a name another, better-known place has).
//
// Usage: rasad_gen_gazetteer --iso-map FILE --out FILE [--catalogue FILE] [--hunspell-dic FILE]
//                            [--refused FILE]
// Output: the places format of data/README.md plus a 10th column, population, and an 11th,
// name_ar_source (catalogue, transliterated, or "transliterated common" for a transliterated
// one-word name that is also a word of the hunspell-ar dictionary). Exit status 0 on
// success; otherwise 1 (bad input) or 2 (bad usage), with a one-line "file: reason" on stderr.
// The output is written to FILE.tmp and renamed, so a failed run never leaves a partial file.

#include "bgn_arabic.h"
#include "maghreb_arabic.h"
#include "lexicon/place_name.h"
#include <geonames.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rasad {
namespace {

constexpr const char* kDefaultCatalogue = "/usr/share/locale/ar/LC_MESSAGES/geonames.mo";
// The layout of one libgeonames city: id, name, admin1 code, admin1 name, country code,
// country name, timezone, population, latitude, longitude. Not part of the public API (which
// hides the geonameid), so it is checked before use.
constexpr const char* kCityType = "(sssssssudd)";

struct Options {
  std::string iso_map_path;
  std::string out_path;
  std::string catalogue_path = kDefaultCatalogue;
  std::string hunspell_dic_path;  // empty: no transliterated name is marked common
  std::string refused_path;       // empty: every transliteration the rules make is written
};

// Parses argv. Returns an error message, empty on success.
std::string ParseArgs(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::string* target = nullptr;
    if (arg == "--iso-map") target = &options->iso_map_path;
    else if (arg == "--out") target = &options->out_path;
    else if (arg == "--catalogue") target = &options->catalogue_path;
    else if (arg == "--hunspell-dic") target = &options->hunspell_dic_path;
    else if (arg == "--refused") target = &options->refused_path;
    else return "unknown argument '" + std::string(arg) + "'";
    if (i + 1 >= argc) return "missing value after " + std::string(arg);
    *target = argv[++i];
  }
  if (options->iso_map_path.empty()) return "--iso-map FILE is required";
  if (options->out_path.empty()) return "--out FILE is required";
  return "";
}

std::string ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": cannot open: " + std::strerror(errno);
  contents->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return path + ": read error";
  return "";
}

// Loads every msgid -> msgstr pair of a GNU .mo catalogue (either byte order). Returns an error
// message naming the file, empty on success.
std::string ReadMoCatalogue(const std::string& path,
                            std::unordered_map<std::string, std::string>* messages) {
  std::string data;
  if (std::string error = ReadFile(path, &data); !error.empty()) return error;
  if (data.size() < 28) return path + ": too short for a .mo catalogue";
  auto u32 = [&data](size_t offset, bool swap) {
    uint32_t v;
    std::memcpy(&v, data.data() + offset, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  bool swap;
  if (u32(0, false) == 0x950412de) swap = false;
  else if (u32(0, true) == 0x950412de) swap = true;
  else return path + ": not a GNU .mo catalogue (bad magic number)";
  const uint32_t count = u32(8, swap), ids = u32(12, swap), strs = u32(16, swap);
  auto in_file = [&data](uint64_t offset, uint64_t length) { return offset + length <= data.size(); };
  if (!in_file(ids, 8ull * count) || !in_file(strs, 8ull * count)) {
    return path + ": string tables lie outside the file";
  }
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t id_len = u32(ids + 8 * i, swap), id_off = u32(ids + 8 * i + 4, swap);
    uint32_t str_len = u32(strs + 8 * i, swap), str_off = u32(strs + 8 * i + 4, swap);
    if (!in_file(id_off, id_len) || !in_file(str_off, str_len)) {
      return path + ": entry " + std::to_string(i) + " lies outside the file";
    }
    (*messages)[data.substr(id_off, id_len)] = data.substr(str_off, str_len);
  }
  return "";
}

// Loads the words of a hunspell .dic file (a count on the first line, then "word[/flags]" lines),
// without their flags.
std::string ReadHunspellWords(const std::string& path, std::unordered_set<std::string>* words) {
  std::ifstream in(path);
  if (!in) return path + ": cannot open: " + std::strerror(errno);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::string word = line.substr(0, line.find_first_of("/\t "));
    if (!word.empty()) words->insert(rasad::NewsSpelling(word));
  }
  return "";
}

// Loads the geonameids of "geonameid TAB name_en TAB reason" lines; '#' lines and blank lines are comments.
std::string ReadRefused(const std::string& path, std::unordered_set<std::string>* ids) {
  std::ifstream in(path);
  if (!in) return path + ": cannot open: " + std::strerror(errno);
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty() || line[0] == '#') continue;
    std::string id = line.substr(0, line.find('\t'));
    size_t fields = 1 + std::count(line.begin(), line.end(), '\t');
    if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos || fields != 3) {
      return path + ":" + std::to_string(line_no) + ": expected 'geonameid<TAB>name_en<TAB>reason', got '" + line +
             "'";
    }
    if (!ids->insert(id).second) return path + ":" + std::to_string(line_no) + ": duplicate geonameid " + id;
  }
  return "";
}

// Loads "iso2 TAB iso3 [TAB name]" lines; '#' lines and blank lines are comments.
std::string ReadIsoMap(const std::string& path, std::map<std::string, std::string>* iso3_of) {
  std::ifstream in(path);
  if (!in) return path + ": cannot open: " + std::strerror(errno);
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string iso2, iso3;
    std::getline(fields, iso2, '\t');
    std::getline(fields, iso3, '\t');
    if (iso2.size() != 2 || iso3.size() != 3) {
      return path + ":" + std::to_string(line_no) + ": expected 'iso2<TAB>iso3', got '" + line + "'";
    }
    if (!iso3_of->emplace(iso2, iso3).second) {
      return path + ":" + std::to_string(line_no) + ": duplicate code " + iso2;
    }
  }
  if (iso3_of->empty()) return path + ": no codes";
  return "";
}

// A catalogue name as written in news: harakat, shadda, sukun, dagger alef, tatweel and
// invisible bidi/format marks removed, a trailing "(...)" qualifier or one after an Arabic comma
// (سالفادور، باهيا "Salvador, Bahia"; تروخيو، بيرو) and stray punctuation dropped.
// Returns "" when the text holds no Arabic letter (an untranslated copy of the English name).
std::string ArabicNewsSpelling(std::string_view text) {
  text = text.substr(0, text.find('('));
  text = text.substr(0, text.find("،"));
  std::string out = rasad::NewsSpelling(text);
  size_t end = out.find_last_not_of(" ,.;:-");
  out.erase(end == std::string::npos ? 0 : end + 1);
  out.erase(0, out.find_first_not_of(' '));
  bool has_arabic = false;
  for (size_t i = 0; i + 1 < out.size() && !has_arabic; ++i) {
    unsigned char c = out[i];
    has_arabic = c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB;  // lead bytes of U+0600-U+06FF
  }
  return has_arabic ? out : "";
}

// The names_ar list for one city. The catalogue sometimes gives the name of the surrounding
// unit ("شعبية سرت", "ولاية الجلفة" for the cities Sirte and Djelfa): the bare name is listed
// first, then the catalogue form. The prefix is kept alone when it is part of the city's own
// name, as the English name shows ("مدينة زايد" = Zayed City, "ناحية غماس" = Nahiyat Ghammas).
std::string ArabicNames(std::string_view catalogue_name, std::string_view name_en) {
  std::string name = ArabicNewsSpelling(catalogue_name);
  static constexpr std::string_view kUnitWords[] = {
      "شعبية ", "ولاية ", "بلدية ", "محافظة ", "قضاء ", "ناحية ", "مدينة ", "قرية ", "بلدة "};
  static constexpr std::string_view kEnglishUnitWords[] = {"City", "Madīnat", "Madinat",
                                                           "Qaryat", "Nahiyat", "Nāḩiyat",
                                                           "Village", "Town", "District"};
  for (std::string_view word : kUnitWords) {
    if (name.size() <= word.size() || name.compare(0, word.size(), word) != 0) continue;
    for (std::string_view english : kEnglishUnitWords) {
      if (name_en.find(english) != std::string_view::npos) return name;
    }
    return name.substr(word.size()) + "|" + name;
  }
  return name;
}

// A field value safe for the TSV format: no TAB, newline or list separator inside.
std::string Field(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
  }
  return out;
}

struct Counts {
  size_t cities = 0;
  size_t with_arabic = 0;
  size_t transliterated = 0;
};

// The generator's inputs besides the city list.
struct Sources {
  std::unordered_map<std::string, std::string> arabic;  // catalogue: geonameid -> Arabic name
  std::map<std::string, std::string> iso3_of;
  std::unordered_set<std::string> common_words;  // hunspell-ar's words
  std::unordered_set<std::string> refused;       // geonameids whose transliteration is not written
  std::unique_ptr<BgnArabic> bgn;
  std::unique_ptr<MaghrebArabic> maghreb;
};

// The Arabic for a city the catalogue lacks, in a country whose GeoNames names are BGN/PCGN or
// French-style romanized, and its name_ar_source; both empty when the rules cannot read the name or
// the --refused file lists the city.
std::pair<std::string, std::string> TransliteratedName(const Sources& sources, std::string_view iso3,
                                                       std::string_view id, std::string_view name_en) {
  if (sources.refused.count(std::string(id))) return {};
  std::string name;
  if (UsesBgnArabic(iso3)) name = sources.bgn->ToArabic(name_en);
  else if (UsesMaghrebFrench(iso3)) name = sources.maghreb->ToArabic(name_en, iso3);
  if (name.empty()) return {};
  std::string_view word = name;
  if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
  bool common = name.find(' ') == std::string::npos && sources.common_words.count(std::string(word)) > 0;
  return {name, common ? "transliterated common" : "transliterated"};
}

std::string WriteGazetteer(const Options& options, const Sources& sources, Counts* counts) {
  const auto& arabic = sources.arabic;
  const auto& iso3_of = sources.iso3_of;
  const std::string tmp_path = options.out_path + ".tmp";
  std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
  if (!out) return tmp_path + ": cannot create: " + std::strerror(errno);
  out << "# rasad gazetteer, GENERATED by tools/gazetteer/rasad_gen_gazetteer: do not edit, edit\n"
         "# data/lexicon/places/curated.tsv instead.\n"
         "# Source: Debian libgeonames (GeoNames cities of 15,000+ people, geonames.org, CC BY 4.0);\n"
         "# Arabic names from its gettext catalogue " << options.catalogue_path << ",\n"
         "# with diacritics removed; for cities it lacks in the Arab states whose GeoNames names are\n"
         "# BGN/PCGN or French-style romanized, transliterated from the English name\n"
         "# (tools/gazetteer/bgn_arabic.h, maghreb_arabic.h).\n"
         "# Columns: names_ar  name_en  country  admin1  lat  lon  geonameid  kind  coord_source  population\n"
         "#          name_ar_source\n"
         "# The first nine are the places format of data/README.md. The 10th, population, is an\n"
         "# extension of this file: the GeoNames population count (0 when unknown), for ranking\n"
         "# places that share a name. admin1 is the GeoNames first-level division name in English.\n"
         "# The 11th says where names_ar comes from: catalogue, transliterated, or \"transliterated\n"
         "# common\" (a one-word name that is also a word of hunspell-ar's); empty with no Arabic name.\n";
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (city == nullptr || !g_variant_is_of_type(city, G_VARIANT_TYPE(kCityType))) {
      std::string type = city ? g_variant_get_type_string(city) : "null";
      if (city) geonames_city_free(city);
      return "libgeonames: city " + std::to_string(i) + " has layout " + type + ", expected " +
             kCityType;
    }
    const char *id, *name, *admin1_code, *admin1, *cc, *country, *timezone;
    guint32 population;
    double lat, lon;
    g_variant_get(city, "(&s&s&s&s&s&s&sudd)", &id, &name, &admin1_code, &admin1, &cc, &country,
                  &timezone, &population, &lat, &lon);
    auto iso3 = iso3_of.find(cc);
    if (iso3 == iso3_of.end()) {
      std::string error = options.iso_map_path + ": no alpha-3 code for '" + cc + "' (" + country +
                          ", city " + name + ")";
      geonames_city_free(city);
      return error;
    }
    std::string name_ar, source;
    if (auto it = arabic.find(id); it != arabic.end()) name_ar = ArabicNames(it->second, name);
    if (!name_ar.empty()) {
      source = "catalogue";
    } else {
      std::tie(name_ar, source) = TransliteratedName(sources, iso3->second, id, name);
      if (!name_ar.empty()) ++counts->transliterated;
    }
    char coords[64];
    std::snprintf(coords, sizeof coords, "%.5f\t%.5f", lat, lon);
    out << name_ar << '\t' << Field(name) << '\t' << iso3->second << '\t' << Field(admin1) << '\t'
        << coords << '\t' << id << "\tcity\tlibgeonames\t" << population << '\t' << source << '\n';
    ++counts->cities;
    if (!name_ar.empty()) ++counts->with_arabic;
    geonames_city_free(city);
  }
  out.close();
  if (!out) return tmp_path + ": write error";
  if (std::rename(tmp_path.c_str(), options.out_path.c_str()) != 0) {
    return options.out_path + ": cannot rename from " + tmp_path + ": " + std::strerror(errno);
  }
  return "";
}

int Main(int argc, char** argv) {
  Options options;
  if (std::string error = ParseArgs(argc, argv, &options); !error.empty()) {
    std::cerr << "rasad_gen_gazetteer: " << error
              << "\nusage: rasad_gen_gazetteer --iso-map FILE --out FILE [--catalogue FILE] [--hunspell-dic FILE]"
                 " [--refused FILE]\n";
    return 2;
  }
  Sources sources;
  Counts counts;
  std::string error = ReadIsoMap(options.iso_map_path, &sources.iso3_of);
  if (error.empty()) error = ReadMoCatalogue(options.catalogue_path, &sources.arabic);
  if (error.empty() && !options.hunspell_dic_path.empty()) {
    error = ReadHunspellWords(options.hunspell_dic_path, &sources.common_words);
  }
  if (error.empty() && !options.refused_path.empty()) error = ReadRefused(options.refused_path, &sources.refused);
  if (error.empty()) sources.bgn = BgnArabic::Create(&error);
  if (error.empty()) sources.maghreb = MaghrebArabic::Create(&error);
  if (error.empty()) error = WriteGazetteer(options, sources, &counts);
  if (!error.empty()) {
    std::remove((options.out_path + ".tmp").c_str());
    std::cerr << "rasad_gen_gazetteer: " << error << "\n";
    return 1;
  }
  std::cerr << "rasad_gen_gazetteer: wrote " << counts.cities << " cities (" << counts.with_arabic
            << " with an Arabic name, " << counts.transliterated << " of them transliterated) to "
            << options.out_path << "\n";
  return 0;
}

}  // namespace
}  // namespace rasad

int main(int argc, char** argv) { return rasad::Main(argc, argv); }
