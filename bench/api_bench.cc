// rasad_bench_api: latency of the HTTP API (`rasad serve`) over a store of 1,000,000 events.
//
//   build/bench/rasad_bench_api [--events N] [--db PATH] [--requests N] [--threads N] [--regenerate]
//                               [--no-index] [--only NAME]   (only the scenarios whose name contains NAME)
//
// Generates (once; reused while its event count matches) a synthetic store written directly with
// SQL in one transaction: five years of dates (2019-2023), the 16 PLOVER types with a skewed mix,
// 500 actors and 2,000 places (with coordinates) drawn with Zipf-like popularity, five events per
// document, and mention records produced by the coder's own JSON writer. A store of an older
// schema is migrated. Unless --no-index, it then brings the derived data up to date (as `rasad
// index` does: the free-text index and summary tables; timed and printed). It then starts an
// ApiServer in-process on an ephemeral port (rate limit off) and times GET requests from one
// keep-alive client, one at a time, after a warm-up: p50/p95/p99 per scenario, printed as a table.
// A plain program, not a Google Benchmark: the figures are latency percentiles of whole requests.
#include <fmt/format.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "coder/event.h"
#include "coder/event_json.h"
#include "server/api_server.h"
#include "store/derived_data.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace rasad {
namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  int64_t events = 1000000;
  // Named by schema version: builds of different versions on one machine keep their own store
  // instead of migrating or regenerating each other's.
  std::string db =
      (std::filesystem::temp_directory_path() / fmt::format("rasad_api_bench_v{}.db", CurrentSchemaVersion()))
          .string();
  int requests = 60;
  int threads = 0;
  bool regenerate = false;
  bool no_index = false;  // leave the derived data as it is (absent on a fresh store)
  std::string only;  // run only the scenarios whose name contains this
};

struct TypeInfo {
  const char* event;
  const char* cameo;
  int quad;
  double goldstein;
  const char* trigger;
  double weight;
};
constexpr TypeInfo kTypes[] = {
    {"AGREE", "057", 1, 8.0, "اتفقت", 4},        {"CONSULT", "040", 1, 1.0, "التقت", 8},
    {"SUPPORT", "051", 1, 3.4, "أيدت", 3},       {"CONCEDE", "080", 2, 5.0, "تنازلت", 1},
    {"COOPERATE", "061", 2, 6.4, "تعاونت", 2},   {"AID", "073", 2, 7.4, "قدمت", 3},
    {"RETREAT", "0874", 2, 10.0, "انسحبت", 2},   {"REQUEST", "020", 1, 3.0, "طالبت", 6},
    {"ACCUSE", "112", 3, -2.0, "اتهمت", 7},      {"REJECT", "120", 3, -4.0, "رفضت", 4},
    {"THREATEN", "138", 3, -7.0, "هددت", 4},     {"PROTEST", "141", 3, -6.5, "تظاهر", 10},
    {"SANCTION", "163", 4, -8.0, "فرضت", 2},     {"MOBILIZE", "150", 4, -7.2, "حشدت", 3},
    {"COERCE", "173", 4, -5.0, "اعتقلت", 9},     {"ASSAULT", "190", 4, -10.0, "قصفت", 30},
};
constexpr const char* kCountries[] = {"SYR", "LBY", "YEM", "IRQ", "EGY", "TUN", "SDN", "LBN", "PSE", "JOR",
                                      "SAU", "DZA", "MAR", "TUR", "IRN", "ISR", "SOM", "MLI", "NER", "TCD"};
constexpr const char* kSectors[] = {"GOV", "MIL", "REB", "OPP", "COP", "CVL", "PTY", "MED", "IGO", "NGO"};
struct City {
  const char* en;
  const char* ar;
  const char* country;
  double lat, lon;
};
constexpr City kCities[] = {
    {"Aleppo", "حلب", "SYR", 36.20, 37.16},        {"Damascus", "دمشق", "SYR", 33.51, 36.29},
    {"Idlib", "إدلب", "SYR", 35.93, 36.63},        {"Homs", "حمص", "SYR", 34.73, 36.71},
    {"Tripoli", "طرابلس", "LBY", 32.89, 13.19},    {"Benghazi", "بنغازي", "LBY", 32.12, 20.07},
    {"Gharyan", "غريان", "LBY", 32.17, 13.02},     {"Misrata", "مصراتة", "LBY", 32.38, 15.09},
    {"Sanaa", "صنعاء", "YEM", 15.35, 44.21},       {"Aden", "عدن", "YEM", 12.78, 45.04},
    {"Taiz", "تعز", "YEM", 13.58, 44.02},          {"Hodeidah", "الحديدة", "YEM", 14.80, 42.95},
    {"Baghdad", "بغداد", "IRQ", 33.34, 44.40},     {"Mosul", "الموصل", "IRQ", 36.34, 43.13},
    {"Basra", "البصرة", "IRQ", 30.51, 47.78},      {"Cairo", "القاهرة", "EGY", 30.04, 31.24},
    {"Alexandria", "الإسكندرية", "EGY", 31.20, 29.92}, {"Tunis", "تونس", "TUN", 36.82, 10.17},
    {"Khartoum", "الخرطوم", "SDN", 15.50, 32.56},  {"Beirut", "بيروت", "LBN", 33.89, 35.50},
    {"Gaza", "غزة", "PSE", 31.50, 34.47},          {"Amman", "عمان", "JOR", 31.96, 35.95},
    {"Riyadh", "الرياض", "SAU", 24.69, 46.72},     {"Algiers", "الجزائر", "DZA", 36.75, 3.06},
    {"Rabat", "الرباط", "MAR", 34.02, -6.83},      {"Mogadishu", "مقديشو", "SOM", 2.04, 45.34},
};

// Draws an index in [0, n) with probability proportional to 1 / (i + 1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) {
    double sum = 0;
    for (size_t i = 0; i < n; ++i) cdf_.push_back(sum += 1.0 / std::pow(static_cast<double>(i + 1), s));
    for (double& c : cdf_) c /= sum;
  }
  size_t operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::min<size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin(), cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

struct Actor {
  std::string key, name_en, name_ar, country, sector;
};
struct Place {
  std::string name_en, name_ar, country;
  double lat, lon;
  int64_t geonameid;
};

std::string DateOf(int day) {  // day 0 = 2019-01-01
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 2019;
  for (;;) {
    int len = (y % 4 == 0) ? 366 : 365;
    if (day < len) break;
    day -= len;
    ++y;
  }
  int m = 0;
  for (;; ++m) {
    int len = kDays[m] + (m == 1 && y % 4 == 0 ? 1 : 0);
    if (day < len) break;
    day -= len;
  }
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m + 1, day + 1);
}

#define BENCH_TRY(expr)                                      \
  do {                                                       \
    Status _s = (expr);                                      \
    if (!_s.ok()) {                                          \
      std::cerr << "rasad_bench_api: " << _s.message() << "\n"; \
      return false;                                          \
    }                                                        \
  } while (0)

bool Generate(const Options& o) {
  std::filesystem::remove(o.db);
  std::filesystem::remove(o.db + "-wal");
  std::filesystem::remove(o.db + "-shm");
  auto opened = SqliteDb::Open(o.db, false, true);
  if (!opened.ok()) {
    std::cerr << opened.status().message() << "\n";
    return false;
  }
  SqliteDb& db = *opened;
  BENCH_TRY(MigrateSchema(db));
  BENCH_TRY(db.Exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-2000000"));
  auto t0 = Clock::now();
  std::mt19937_64 rng(20190626);

  std::vector<Actor> actors;
  for (int i = 0; i < 500; ++i) {
    const char* c = kCountries[i % std::size(kCountries)];
    const char* sec = kSectors[(i / std::size(kCountries)) % std::size(kSectors)];
    actors.push_back({fmt::format("{}{}{}", c, sec, i), fmt::format("{} {} group {}", c, sec, i),
                      fmt::format("جماعة {} رقم {}", sec, i), c, sec});
  }
  std::vector<Place> places;
  for (const City& c : kCities) places.push_back({c.en, c.ar, c.country, c.lat, c.lon, 0});
  std::uniform_real_distribution<double> jitter(-1.5, 1.5);
  while (places.size() < 2000) {
    const City& near = kCities[places.size() % std::size(kCities)];
    size_t i = places.size();
    places.push_back({fmt::format("Village {}", i), fmt::format("قرية {}", i), near.country, near.lat + jitter(rng),
                      near.lon + jitter(rng), 0});
  }
  for (size_t i = 0; i < places.size(); ++i) places[i].geonameid = 1000000 + static_cast<int64_t>(i);

  BENCH_TRY(db.Exec("BEGIN"));
  {
    auto ins = db.Prepare("INSERT INTO actors(id, actor_key, actor_id, name_en, name_ar, country, sector) VALUES (?,?,?,?,?,?,?)");
    if (!ins.ok()) return false;
    for (size_t i = 0; i < actors.size(); ++i) {
      const Actor& a = actors[i];
      ins->Bind(1, static_cast<int64_t>(i + 1)).Bind(2, a.key).Bind(3, a.key).Bind(4, a.name_en).Bind(5, a.name_ar)
          .Bind(6, a.country).Bind(7, a.sector);
      BENCH_TRY(ins->Run());
    }
    auto insp = db.Prepare(
        "INSERT INTO places(id, place_key, geonameid, name_en, name_ar, country, admin1, lat, lon, precision) "
        "VALUES (?,?,?,?,?,?,'',?,?,'city')");
    if (!insp.ok()) return false;
    for (size_t i = 0; i < places.size(); ++i) {
      const Place& p = places[i];
      insp->Bind(1, static_cast<int64_t>(i + 1)).Bind(2, std::to_string(p.geonameid)).Bind(3, p.geonameid)
          .Bind(4, p.name_en).Bind(5, p.name_ar).Bind(6, p.country).Bind(7, p.lat).Bind(8, p.lon);
      BENCH_TRY(insp->Run());
    }
  }
  auto ins_doc = db.Prepare(
      "INSERT INTO documents(id, doc_id, content_hash, minhash, date, source, url, title, origin, text, run, "
      "dictionary_version) VALUES (?,?,?,x'',?,?,?,?,'bench',?,NULL,'bench')");
  auto ins_event = db.Prepare(
      "INSERT INTO events(id, event_key, date, event, mode, cameo, quad_class, goldstein, source_actor, target_actor, "
      "place, source_country, target_country, place_country, lat, lon, fatalities, injured, captured, negated, "
      "modality, evidence, num_mentions, num_articles, num_sources, num_independent, first_mention, "
      "dictionary_version) VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL,0,'asserted',?,1,1,1,1,?,'bench')");
  // Stores whose mentions point at their sentence (sentence_begin/end) get those columns too.
  auto spans = db.QueryInt("SELECT count(*) FROM pragma_table_info('event_mentions') WHERE name = 'sentence_begin'");
  bool with_spans = spans.ok() && *spans > 0;
  auto ins_mention = db.Prepare(
      with_spans ? "INSERT INTO event_mentions(id, event, document, event_id, sentence, trigger_begin, trigger_end, "
                   "record, sentence_begin, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?)"
                 : "INSERT INTO event_mentions(id, event, document, event_id, sentence, trigger_begin, trigger_end, "
                   "record) VALUES (?,?,?,?,?,?,?,?)");
  if (!ins_doc.ok() || !ins_event.ok() || !ins_mention.ok()) {
    std::cerr << "rasad_bench_api: cannot prepare the inserts\n";
    return false;
  }
  std::vector<double> weights;
  for (const TypeInfo& t : kTypes) weights.push_back(t.weight);
  std::discrete_distribution<int> type_dist(weights.begin(), weights.end());
  Zipf actor_zipf(actors.size(), 1.0), place_zipf(places.size(), 1.0);
  std::uniform_int_distribution<int> day_dist(0, 5 * 365);
  std::uniform_real_distribution<double> unit(0, 1);
  constexpr int kPerDoc = 5;
  int64_t id = 0;
  std::string record;
  for (int64_t doc = 1; id < o.events; ++doc) {
    int day = day_dist(rng);
    std::string date = DateOf(day);
    std::vector<Event> evs;
    std::string text;
    for (int k = 0; k < kPerDoc && id + static_cast<int64_t>(evs.size()) < o.events; ++k) {
      const TypeInfo& t = kTypes[type_dist(rng)];
      Event e;
      e.doc_id = fmt::format("bench-{}", doc);
      e.sentence = static_cast<uint32_t>(k);
      e.date = date;
      e.event = t.event;
      e.cameo = t.cameo;
      e.quad_class = t.quad;
      e.goldstein = t.goldstein;
      if (!text.empty()) text += " ";
      uint32_t base = static_cast<uint32_t>(text.size());
      std::string sentence = t.trigger;
      e.trigger_text = t.trigger;
      e.trigger_begin = base;
      e.trigger_end = base + static_cast<uint32_t>(sentence.size());
      auto add_actor = [&](std::optional<EventActor>* slot) {
        const Actor& a = actors[actor_zipf(rng)];
        EventActor ea;
        ea.text = a.name_ar;
        sentence += " ";
        ea.begin = base + static_cast<uint32_t>(sentence.size());
        sentence += a.name_ar;
        ea.end = base + static_cast<uint32_t>(sentence.size());
        ea.actor_id = a.key;
        ea.name_en = a.name_en;
        ea.name_ar = a.name_ar;
        ea.country = a.country;
        ea.sector = a.sector;
        *slot = ea;
      };
      if (unit(rng) < 0.85) add_actor(&e.source);
      if (unit(rng) < 0.55) add_actor(&e.target);
      if (e.source && e.target && e.source->actor_id == e.target->actor_id) e.target.reset();
      if (unit(rng) < 0.75) {
        const Place& p = places[place_zipf(rng)];
        sentence += " في ";
        EventPlace ep;
        ep.text = p.name_ar;
        ep.begin = base + static_cast<uint32_t>(sentence.size());
        sentence += p.name_ar;
        ep.end = base + static_cast<uint32_t>(sentence.size());
        ep.name_en = p.name_en;
        ep.name_ar = p.name_ar;
        ep.country = p.country;
        ep.lat = p.lat;
        ep.lon = p.lon;
        ep.geonameid = p.geonameid;
        ep.precision = "city";
        e.location = ep;
      }
      if (std::strcmp(t.event, "ASSAULT") == 0 && unit(rng) < 0.4) e.fatalities = 1 + static_cast<int64_t>(unit(rng) * 20);
      sentence += " وفق مصادر محلية.";
      e.evidence = sentence;
      EventMention m;
      m.sentence = e.sentence;
      m.trigger_text = e.trigger_text;
      m.trigger_begin = e.trigger_begin;
      m.trigger_end = e.trigger_end;
      m.sentence_begin = base;
      m.sentence_end = base + static_cast<uint32_t>(sentence.size());
      e.mentions.push_back(m);
      text += sentence;
      evs.push_back(std::move(e));
    }
    ins_doc->Bind(1, doc).Bind(2, fmt::format("bench-{}", doc)).Bind(3, fmt::format("h{}", doc)).Bind(4, date)
        .Bind(5, "bench").Bind(6, fmt::format("https://example.org/{}", doc)).Bind(7, fmt::format("تقرير {}", doc))
        .Bind(8, text);
    BENCH_TRY(ins_doc->Run());
    for (Event& e : evs) {
      ++id;
      e.event_id = fmt::format("{:016x}", static_cast<uint64_t>(id) * 0x9E3779B97F4A7C15ULL);
      auto& s = *ins_event;
      s.Bind(1, id).Bind(2, fmt::format("bench:{}", id)).Bind(3, e.date).Bind(4, e.event).Bind(5, e.cameo)
          .Bind(6, int64_t{e.quad_class}).Bind(7, e.goldstein);
      auto actor_row = [&](const std::optional<EventActor>& a) -> std::optional<int64_t> {
        if (!a) return std::nullopt;
        // actor keys end with their index
        size_t i = a->actor_id.find_first_of("0123456789");
        return std::stoll(a->actor_id.substr(i)) + 1;
      };
      s.BindOptional(8, actor_row(e.source)).BindOptional(9, actor_row(e.target));
      if (e.location) s.Bind(10, e.location->geonameid - 1000000 + 1);
      else s.BindNull(10);
      s.BindTextOrNull(11, e.source ? e.source->country : "").BindTextOrNull(12, e.target ? e.target->country : "")
          .BindTextOrNull(13, e.location ? e.location->country : "");
      if (e.location) s.Bind(14, e.location->lat).Bind(15, e.location->lon);
      else s.BindNull(14).BindNull(15);
      s.BindOptional(16, e.fatalities).Bind(17, e.evidence).Bind(18, id);
      BENCH_TRY(s.Run());
      record.clear();
      AppendEventJson(e, &record);
      ins_mention->Bind(1, id).Bind(2, id).Bind(3, doc).Bind(4, e.event_id).Bind(5, int64_t{e.sentence})
          .Bind(6, int64_t{e.trigger_begin}).Bind(7, int64_t{e.trigger_end}).Bind(8, record);
      if (with_spans) {
        ins_mention->Bind(9, int64_t{e.mentions[0].sentence_begin}).Bind(10, int64_t{e.mentions[0].sentence_end});
      }
      BENCH_TRY(ins_mention->Run());
    }
    if (doc % 40000 == 0) {
      std::cerr << fmt::format("\r  generated {} events ({:.0f} s)", id,
                               std::chrono::duration<double>(Clock::now() - t0).count())
                << std::flush;
    }
  }
  BENCH_TRY(db.Exec("COMMIT"));
  BENCH_TRY(db.Exec("PRAGMA journal_mode=WAL"));
  std::cerr << fmt::format("\r  generated {} events in {:.1f} s\n", id,
                           std::chrono::duration<double>(Clock::now() - t0).count());
  return true;
}

// The events in the store at `path`, migrated to the current schema first; -1 when there is no
// usable store.
int64_t StoredEvents(const std::string& path) {
  if (!std::filesystem::exists(path)) return -1;
  auto db = SqliteDb::Open(path, false, false);
  if (!db.ok()) return -1;
  auto v = db->QueryInt("PRAGMA user_version");
  if (!v.ok() || *v > CurrentSchemaVersion()) return -1;
  if (*v < CurrentSchemaVersion()) {
    std::cerr << "rasad_bench_api: migrating " << path << " from schema " << *v << "\n";
    if (!MigrateSchema(*db).ok()) return -1;
  }
  auto n = db->QueryInt("SELECT count(*) FROM events");
  return n.ok() ? *n : -1;
}

// Brings the derived data up to date (what `rasad index` does), printing what it took.
bool RefreshIndex(const std::string& path) {
  auto db = SqliteDb::Open(path, false, false);
  if (!db.ok()) return false;
  auto state = ReadDerivedState(*db);
  if (!state.ok()) return false;
  if (state->up_to_date()) {
    std::cerr << "rasad_bench_api: derived data up to date (refreshed " << state->refreshed_at << ")\n";
    return true;
  }
  auto r = RefreshDerivedData(*db);
  if (!r.ok()) {
    std::cerr << "rasad_bench_api: " << r.status().message() << "\n";
    return false;
  }
  std::cerr << fmt::format("rasad_bench_api: derived data {} in {:.1f} s ({} events indexed); store {} MB\n",
                           r->built ? "built" : "refreshed", r->seconds, r->events_indexed,
                           std::filesystem::file_size(path) >> 20);
  return true;
}

struct Scenario {
  const char* name;
  std::string path;
};

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(std::ceil(p / 100.0 * v.size())) - 1;
  return v[std::min(i, v.size() - 1)];
}

}  // namespace
}  // namespace rasad

int main(int argc, char** argv) {
  using namespace rasad;
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--events") o.events = std::stoll(next());
    else if (a == "--db") o.db = next();
    else if (a == "--requests") o.requests = std::stoi(next());
    else if (a == "--threads") o.threads = std::stoi(next());
    else if (a == "--regenerate") o.regenerate = true;
    else if (a == "--no-index") o.no_index = true;
    else if (a == "--only") o.only = next();
    else {
      std::cerr << "usage: rasad_bench_api [--events N] [--db PATH] [--requests N] [--threads N] [--regenerate] [--no-index] [--only NAME]\n";
      return 2;
    }
  }
  if (o.regenerate || StoredEvents(o.db) != o.events) {
    std::cerr << "rasad_bench_api: generating " << o.events << " events into " << o.db << "\n";
    if (!Generate(o)) return 1;
  } else {
    std::cerr << "rasad_bench_api: reusing " << o.db << "\n";
  }
  if (!o.no_index && !RefreshIndex(o.db)) return 1;
  ApiServerOptions so;
  so.db_path = o.db;
  so.web_dir = "";
  so.rate_limit = 0;
  so.threads = o.threads;
  auto server = ApiServer::Create(so);
  if (!server.ok()) {
    std::cerr << "rasad_bench_api: " << server.status().message() << "\n";
    return 1;
  }
  auto port = (*server)->Bind("127.0.0.1", 0);
  if (!port.ok()) {
    std::cerr << "rasad_bench_api: " << port.status().message() << "\n";
    return 1;
  }
  std::thread runner([&] { (*server)->Run(); });
  while (!(*server)->running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  auto enc = [](const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += std::isalnum(c) || c == '-' ? std::string(1, c) : fmt::format("%{:02X}", c);
    return out;
  };
  const std::vector<Scenario> scenarios = {
      {"events: no filter, first page", "/api/events?limit=100"},
      {"events: type + date range", "/api/events?type=ASSAULT&from=2021-01-01&to=2021-03-31&limit=100"},
      {"events: type list, one year", "/api/events?type=PROTEST,COERCE&from=2020-01-01&to=2020-12-31&limit=100"},
      {"events: country", "/api/events?country=YEM&limit=100"},
      {"events: bbox", "/api/events?bbox=35,32,37,34&limit=100"},
      {"events: actor id", "/api/events?actor=SYRMIL20&limit=100"},
      {"events: actor name (Arabic)", "/api/events?actor=" + enc("رقم 123") + "&limit=100"},
      {"events: free text (common)", "/api/events?q=" + enc("حلب") + "&limit=100"},
      {"events: free text (rare)", "/api/events?q=" + enc("قرية 1999") + "&limit=100"},
      {"events: free text (2 letters)", "/api/events?q=" + enc("في") + "&limit=100"},
      {"events: deep offset 50000", "/api/events?limit=100&offset=50000"},
      {"events: map page (bbox world, 1000)", "/api/events?bbox=-180,-90,180,90&limit=1000"},
      {"timeline: no filter", "/api/timeline"},
      {"timeline: type", "/api/timeline?type=ASSAULT"},
      {"network: no filter", "/api/network"},
      {"network: country + year", "/api/network?country=SYR&from=2022-01-01&to=2022-12-31"},
      {"places: no filter", "/api/places"},
      {"places: 500 by day (old default)", "/api/places?limit=500&bucket=day"},
      {"places: type + year", "/api/places?type=ASSAULT&from=2021-01-01&to=2021-12-31"},
      {"actors: top 300", "/api/actors?limit=300"},
      {"health", "/api/health"},
  };
  httplib::Client client("127.0.0.1", *port);
  client.set_keep_alive(true);
  client.set_read_timeout(120, 0);
  std::cout << fmt::format("{:<38} {:>7} {:>9} {:>9} {:>9} {:>9}  {}\n", "scenario", "n", "p50 ms", "p95 ms", "p99 ms",
                           "total", "bytes");
  int failures = 0;
  for (const Scenario& sc : scenarios) {
    if (!o.only.empty() && std::string(sc.name).find(o.only) == std::string::npos) continue;
    std::vector<double> ms;
    std::string total = "-";
    size_t bytes = 0;
    auto budget_end = Clock::now() + std::chrono::seconds(30);
    for (int i = 0; i < o.requests + 2; ++i) {
      auto t = Clock::now();
      auto res = client.Get(sc.path);
      double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
      if (!res || res->status != 200) {
        std::cerr << sc.path << ": " << (res ? std::to_string(res->status) + " " + res->body : "no answer") << "\n";
        ++failures;
        break;
      }
      if (i == 0) {
        bytes = res->body.size();
        auto j = nlohmann::json::parse(res->body, nullptr, false);
        if (j.contains("total")) total = std::to_string(j["total"].get<int64_t>());
      }
      if (i >= 2) ms.push_back(elapsed);  // two warm-up requests
      if (Clock::now() > budget_end && ms.size() >= 10) break;
    }
    if (ms.empty()) continue;
    std::cout << fmt::format("{:<38} {:>7} {:>9.1f} {:>9.1f} {:>9.1f} {:>9}  {}\n", sc.name, ms.size(),
                             Percentile(ms, 50), Percentile(ms, 95), Percentile(ms, 99), total, bytes)
              << std::flush;
  }
  (*server)->Stop();
  runner.join();
  return failures ? 1 : 0;
}
