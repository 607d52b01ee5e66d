// The HTTP API (docs/api.md) end to end: a real ApiServer on an ephemeral port over a store
// written from three short Arabic articles with hand-coded events (see kArticles), queried with
// httplib::Client. Expected values are read off kArticles, not copied from the server's output.
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "server/api_server.h"
#include "server/api_handlers.h"
#include "server/api_test_support.h"
#include "server/event_page.h"
#include "store/derived_data.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const TestActor kLna{"قوات حفتر", "LBYLNA", "Libyan National Army", "الجيش الوطني الليبي", "LBY", "MIL"};
const TestActor kGna{"حكومة الوفاق", "LBYGOV", "Government of National Accord", "حكومة الوفاق الوطني", "LBY", "GOV"};
const TestActor kTunCitizens{"المواطنين", "", "", "", "TUN", "CVL"};
const TestActor kTunGov{"الحكومة التونسية", "TUNGOV", "Tunisian government", "الحكومة التونسية", "TUN", "GOV"};
const TestActor kTunUnions{"النقابات", "TUNLAB", "Tunisian unions", "النقابات التونسية", "TUN", "LAB"};
const TestPlace kTripoli{"طرابلس", "Tripoli", "طرابلس", "LBY", 32.8872, 13.1913, 2210247};
const TestPlace kTunis{"تونس", "Tunis", "تونس", "TUN", 36.8190, 10.1658, 2464470};
const TestPlace kGharyan{"غريان", "Gharyan", "غريان", "LBY", 32.1722, 13.0203, 2217362};

// Six events over three days:
//   2019-06-26  E1 ASSAULT  LNA -> GNA at Tripoli (5 killed)
//   2019-06-27  E2 PROTEST  Tunisian citizens at Tunis;  E3 AGREE Tunisian government -> unions
//   2019-06-28  E4 RETREAT  LNA at Gharyan;  E5 ASSAULT LNA at Tripoli;  E6 THREATEN LNA -> GNA
const std::vector<TestArticle> kArticles = {
    {"خبر-طرابلس-١",
     "2019-06-26",
     "قصف طرابلس",
     {"قصفت قوات حفتر مواقع حكومة الوفاق في طرابلس صباح اليوم.", "وقتل خمسة مدنيين في القصف."},
     {{0, "ASSAULT", "195", 4, -10.0, "قصفت", kLna, kGna, kTripoli, 5}}},
    {"بيان-تونس",
     "2019-06-27",
     "احتجاجات في تونس",
     {"تظاهر مئات المواطنين في تونس احتجاجا على الغلاء.", "واتفقت الحكومة التونسية مع النقابات على الحوار."},
     {{0, "PROTEST", "141", 3, -6.5, "تظاهر", kTunCitizens, std::nullopt, kTunis, std::nullopt},
      {1, "AGREE", "057", 1, 8.0, "اتفقت", kTunGov, kTunUnions, std::nullopt, std::nullopt}}},
    {"تقرير/غريان ٢٨",
     "2019-06-28",
     "غريان",
     {"انسحبت قوات حفتر من مدينة غريان.", "وهاجمت قوات حفتر طرابلس مجددا.", "وهددت قوات حفتر حكومة الوفاق بهجوم جديد."},
     {{0, "RETREAT", "0874", 2, 10.0, "انسحبت", kLna, std::nullopt, kGharyan, std::nullopt},
      {1, "ASSAULT", "190", 4, -10.0, "هاجمت", kLna, std::nullopt, kTripoli, std::nullopt},
      {2, "THREATEN", "138", 3, -7.0, "هددت", kLna, kGna, std::nullopt, std::nullopt}}},
};

// Percent-encodes every byte that is not unreserved (as JavaScript's encodeURIComponent does).
std::string Encode(const std::string& s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// Slices `text` by a [start, end) byte span.
std::string Slice(const std::string& text, const json& span) {
  size_t b = span.at(0).get<size_t>(), e = span.at(1).get<size_t>();
  if (b > e || e > text.size()) return "<span out of range>";
  return text.substr(b, e - b);
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("rasad_api_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "web" / "assets");
    std::ofstream(*dir_ / "web" / "index.html") << "<!doctype html><title>لوحة رصد</title>";
    std::ofstream(*dir_ / "web" / "assets" / "app.js") << "console.log('رصد');";
    std::ofstream(*dir_ / "secret.txt") << "root:x:0:0:SECRET";
    WriteTestStore((*dir_ / "store.db").string(), kArticles);
    // The same store with its derived data (free-text index, summaries) built by a writer.
    WriteTestStore((*dir_ / "indexed.db").string(), kArticles);
    {
      auto indexed = Store::Open((*dir_ / "indexed.db").string());
      ASSERT_TRUE(indexed.ok()) << indexed.status().message();
      auto r = RefreshDerivedData(indexed->db());
      ASSERT_TRUE(r.ok()) << r.status().message();
    }
    ApiServerOptions o;
    o.db_path = (*dir_ / "store.db").string();
    o.web_dir = (*dir_ / "web").string();
    o.engine = TestEngine();
    o.rate_limit = 0;  // the rate limit has its own test
    server_ = new RunningServer(o);
    o.db_path = (*dir_ / "indexed.db").string();
    indexed_server_ = new RunningServer(o);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete indexed_server_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  void SetUp() override {
    ASSERT_TRUE(server_->ok()) << server_->error();
    ASSERT_TRUE(indexed_server_->ok()) << indexed_server_->error();
  }

  // Runs `fn` against the store without derived data, then against the one with it: the answers
  // must be the same.
  template <typename Fn>
  static void OnBothStores(Fn fn) {
    for (indexed_ = false;; indexed_ = true) {
      SCOPED_TRACE(indexed_ ? "store with derived data" : "store without derived data");
      fn();
      if (indexed_) break;
    }
    indexed_ = false;
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", (indexed_ ? indexed_server_ : server_)->port());
    c.set_read_timeout(30, 0);
    return c;
  }
  // GET `path` and parse the JSON answer, expecting `status`.
  static json GetJson(const std::string& path, int status = 200) {
    auto c = Client();
    auto res = c.Get(path);
    EXPECT_TRUE(res) << path << ": " << httplib::to_string(res.error());
    if (!res) return json();
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    json j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": " << res->body;
    return j;
  }
  static int64_t Total(const std::string& query) { return GetJson("/api/events?" + query)["total"].get<int64_t>(); }

  static fs::path* dir_;
  static RunningServer* server_;
  static RunningServer* indexed_server_;
  static bool indexed_;  // GetJson asks indexed_server_
};
fs::path* ApiTest::dir_ = nullptr;
RunningServer* ApiTest::server_ = nullptr;
RunningServer* ApiTest::indexed_server_ = nullptr;
bool ApiTest::indexed_ = false;

TEST_F(ApiTest, Health) {
  OnBothStores([] {
    json h = GetJson("/api/health");
    EXPECT_EQ(h["status"], "ok");
    EXPECT_EQ(h["documents"], 3);
    EXPECT_EQ(h["events"], 6);
    EXPECT_TRUE(h["version"].is_string());
    EXPECT_EQ(h["free_text"], indexed_ ? "index" : "scan");
    EXPECT_EQ(h["derived"]["state"], indexed_ ? "up to date" : "absent");
  });
}

TEST_F(ApiTest, EventFilters) {
  struct Case {
    std::string query;
    int64_t total;
  };
  const Case kCases[] = {
      {"", 6},
      {"type=ASSAULT", 2},
      {"type=assault,protest", 3},
      {"from=2019-06-27&to=2019-06-27", 2},
      {"from=2019-06-27", 5},
      {"to=2019-06-26", 1},
      {"actor=LBYLNA", 4},
      {"actor=" + Encode("الوفاق"), 2},     // Arabic name of the GNA
      {"actor=" + Encode("Tunisian"), 1},   // English name: the government (source) and unions (target) of E3
      {"country=TUN", 2},
      {"country=tun", 2},
      {"country=LBY", 4},
      {"place=" + Encode("طرابلس"), 2},
      {"place=2217362", 1},
      {"bbox=10,36,11,37", 1},             // Tunis
      {"bbox=12,32,14,33.5", 3},           // Tripoli twice and Gharyan
      {"q=" + Encode("غريان"), 1},
      {"q=" + Encode("قوات حفتر"), 4},
      {"q=" + Encode("وهاجمت"), 1},        // with the clitic و
      {"q=" + Encode("هاجمت"), 1},
      {"q=" + Encode("في"), 2},            // two letters: always the scan
      {"q=" + Encode("في طرابلس"), 1},
      {"type=ASSAULT&from=2019-06-28", 1},
      {"type=ASSAULT&bbox=10,36,11,37", 0},
  };
  OnBothStores([&] {
    for (const Case& c : kCases) EXPECT_EQ(Total(c.query), c.total) << c.query;
  });
}

TEST_F(ApiTest, EventsNewestFirstWithPagination) {
  // Newest first, then by id (E4, E5, E6 share 2019-06-28 and were stored in that order).
  const std::vector<std::string> kOrder = {"THREATEN", "ASSAULT", "RETREAT", "AGREE", "PROTEST", "ASSAULT"};
  std::vector<std::string> seen;
  for (int offset = 0; offset < 6; offset += 2) {
    json page = GetJson("/api/events?limit=2&offset=" + std::to_string(offset));
    EXPECT_EQ(page["total"], 6);
    EXPECT_EQ(page["limit"], 2);
    EXPECT_EQ(page["offset"], offset);
    ASSERT_EQ(page["events"].size(), 2u);
    for (const json& e : page["events"]) seen.push_back(e["event"]);
  }
  EXPECT_EQ(seen, kOrder);
  json past = GetJson("/api/events?offset=6");
  EXPECT_EQ(past["total"], 6);
  EXPECT_TRUE(past["events"].empty());
}

// /api/events writes its list directly (server/event_list_json.h): each event parses to the same
// JSON as the one-event endpoint's (which builds it as a tree), apart from the mentions list.
TEST_F(ApiTest, EventListMatchesOneEventRecords) {
  json list = GetJson("/api/events?limit=100")["events"];
  ASSERT_EQ(list.size(), 6u);
  for (const json& e : list) {
    json one = GetJson("/api/events/" + std::to_string(e["id"].get<int64_t>()));
    one.erase("mentions");
    json listed = e;
    ASSERT_TRUE(listed.contains("mentions"));  // the record's own evidence spans
    listed.erase("mentions");
    EXPECT_EQ(listed, one);
  }
}

TEST_F(ApiTest, EventRecordFields) {
  json page = GetJson("/api/events?from=2019-06-26&to=2019-06-26");
  ASSERT_EQ(page["events"].size(), 1u);
  const json& e = page["events"][0];
  EXPECT_EQ(e["event"], "ASSAULT");
  EXPECT_EQ(e["cameo"], "195");
  EXPECT_EQ(e["quad_class"], 4);
  EXPECT_EQ(e["goldstein"], -10.0);
  EXPECT_EQ(e["date"], "2019-06-26");
  EXPECT_EQ(e["doc_id"], "خبر-طرابلس-١");
  EXPECT_EQ(e["fatalities"], 5);
  EXPECT_EQ(e["trigger"]["text"], "قصفت");
  EXPECT_EQ(e["source"]["actor_id"], "LBYLNA");
  EXPECT_EQ(e["source"]["name_ar"], "الجيش الوطني الليبي");
  EXPECT_EQ(e["target"]["actor_id"], "LBYGOV");
  EXPECT_EQ(e["location"]["name_en"], "Tripoli");
  EXPECT_EQ(e["location"]["geonameid"], 2210247);
  EXPECT_EQ(e["evidence"], "قصفت قوات حفتر مواقع حكومة الوفاق في طرابلس صباح اليوم.");
  EXPECT_EQ(e["num_mentions"], 1);
  EXPECT_EQ(e["num_articles"], 1);
  EXPECT_EQ(e["dictionary_version"], "test-dictionaries");
  EXPECT_TRUE(e["id"].is_number_integer());
}

TEST_F(ApiTest, OneEventWithMentionsAnd404) {
  json page = GetJson("/api/events?type=THREATEN");
  ASSERT_EQ(page["events"].size(), 1u);
  int64_t id = page["events"][0]["id"];
  json e = GetJson("/api/events/" + std::to_string(id));
  EXPECT_EQ(e["id"], id);
  EXPECT_EQ(e["event"], "THREATEN");
  ASSERT_EQ(e["mentions"].size(), 1u);
  const json& m = e["mentions"][0];
  EXPECT_EQ(m["doc_id"], "تقرير/غريان ٢٨");
  EXPECT_EQ(m["sentence"], 2);
  EXPECT_EQ(m["trigger"]["text"], "هددت");
  EXPECT_EQ(m["evidence"], "وهددت قوات حفتر حكومة الوفاق بهجوم جديد.");

  EXPECT_TRUE(GetJson("/api/events/999999", 404)["error"].is_string());
  EXPECT_NE(GetJson("/api/events/abc", 400)["error"].get<std::string>().find("abc"), std::string::npos);
}

TEST_F(ApiTest, DocumentsWithArabicIdsAndSpansThatSliceTheText) {
  for (const TestArticle& a : kArticles) {
    json d = GetJson("/api/documents/" + Encode(a.id));
    EXPECT_EQ(d["id"], a.id);
    EXPECT_EQ(d["title"], a.title);
    EXPECT_EQ(d["date"], a.date);
    const std::string text = d["text"];
    EXPECT_EQ(text, a.Text());
    ASSERT_EQ(d["events"].size(), a.events.size()) << a.id;
    for (size_t i = 0; i < a.events.size(); ++i) {
      const json& e = d["events"][i];
      const TestEvent& want = a.events[i];
      EXPECT_EQ(e["event"], want.event);
      EXPECT_EQ(Slice(text, e["trigger"]["span"]), want.trigger);
      EXPECT_EQ(e["trigger"]["text"], want.trigger);
      EXPECT_EQ(e["evidence"], a.sentences[want.sentence]);
      if (want.source) {
        EXPECT_EQ(Slice(text, e["source"]["span"]), want.source->text);
      }
      if (want.target) {
        EXPECT_EQ(Slice(text, e["target"]["span"]), want.target->text);
      }
      if (want.place) {
        EXPECT_EQ(Slice(text, e["location"]["span"]), want.place->text);
      }
    }
  }
  EXPECT_TRUE(GetJson("/api/documents/" + Encode("لا-يوجد"), 404)["error"].is_string());
}

TEST_F(ApiTest, Network) {
  OnBothStores([] {
    json net = GetJson("/api/network");
    ASSERT_EQ(net["edges"].size(), 2u);
    // LNA -> GNA: E1 (ASSAULT, -10) and E6 (THREATEN, -7); Tunisian government -> unions: E3 (AGREE, 8).
    const json& lna = net["edges"][0];
    EXPECT_EQ(lna["source"], "LBYLNA");
    EXPECT_EQ(lna["target"], "LBYGOV");
    EXPECT_EQ(lna["count"], 2);
    EXPECT_DOUBLE_EQ(lna["mean_goldstein"].get<double>(), -8.5);
    EXPECT_EQ(lna["kind"], "conflict");
    EXPECT_EQ(lna["types"], json({{"ASSAULT", 1}, {"THREATEN", 1}}));
    const json& tun = net["edges"][1];
    EXPECT_EQ(tun["source"], "TUNGOV");
    EXPECT_EQ(tun["target"], "TUNLAB");
    EXPECT_EQ(tun["kind"], "cooperation");
    EXPECT_EQ(tun["types"], json({{"AGREE", 1}}));
    std::map<std::string, int64_t> nodes;
    for (const json& n : net["nodes"]) nodes[n["id"]] = n["events"];
    // Events each actor takes part in, as source or target: LNA in E1 E4 E5 E6, GNA in E1 E6.
    EXPECT_EQ(nodes, (std::map<std::string, int64_t>{{"LBYLNA", 4}, {"LBYGOV", 2}, {"TUNGOV", 1}, {"TUNLAB", 1}}));
    EXPECT_EQ(GetJson("/api/network?country=TUN")["edges"].size(), 1u);
  });
}

TEST_F(ApiTest, Places) {
  OnBothStores([] {
    // Without a date range the series is by month; a range of at most 366 days (or bucket=day)
    // gives days.
    json all = GetJson("/api/places");
    EXPECT_EQ(all["bucket"], "month");
    json places = all["places"];
    ASSERT_EQ(places.size(), 3u);
    const json& tripoli = places[0];
    EXPECT_EQ(tripoli["geonameid"], 2210247);
    EXPECT_EQ(tripoli["name_ar"], "طرابلس");
    EXPECT_EQ(tripoli["country"], "LBY");
    EXPECT_NEAR(tripoli["lat"].get<double>(), 32.8872, 1e-6);
    EXPECT_NEAR(tripoli["lon"].get<double>(), 13.1913, 1e-6);
    EXPECT_EQ(tripoli["events"], 2);
    EXPECT_EQ(tripoli["types"], json({{"ASSAULT", 2}}));
    EXPECT_EQ(tripoli["by_month"], json::parse(R"([{"month":"2019-06","count":2}])"));
    EXPECT_FALSE(tripoli.contains("by_day"));
    std::set<std::string> others = {places[1]["name_en"], places[2]["name_en"]};
    EXPECT_EQ(others, (std::set<std::string>{"Tunis", "Gharyan"}));
    const json by_day = json::parse(R"([{"date":"2019-06-26","count":1},{"date":"2019-06-28","count":1}])");
    EXPECT_EQ(GetJson("/api/places?bucket=day")["places"][0]["by_day"], by_day);
    json ranged = GetJson("/api/places?from=2019-01-01&to=2019-12-31");
    EXPECT_EQ(ranged["bucket"], "day");
    EXPECT_EQ(ranged["places"][0]["by_day"], by_day);
    EXPECT_EQ(GetJson("/api/places?from=2018-01-01&to=2019-12-31")["bucket"], "month");
    EXPECT_EQ(GetJson("/api/places?type=PROTEST")["places"].size(), 1u);
    EXPECT_EQ(GetJson("/api/places?limit=1")["places"].size(), 1u);
  });
  EXPECT_NE(GetJson("/api/places?bucket=week", 400)["error"].get<std::string>().find("bucket"), std::string::npos);
}

TEST_F(ApiTest, Timeline) {
  OnBothStores([] {
    json days = GetJson("/api/timeline")["days"];
    json want = json::parse(R"([
      {"date": "2019-06-26", "total": 1, "counts": {"ASSAULT": 1}},
      {"date": "2019-06-27", "total": 2, "counts": {"AGREE": 1, "PROTEST": 1}},
      {"date": "2019-06-28", "total": 3, "counts": {"ASSAULT": 1, "RETREAT": 1, "THREATEN": 1}}])");
    EXPECT_EQ(days, want);
    EXPECT_EQ(GetJson("/api/timeline?type=ASSAULT")["days"].size(), 2u);
  });
}

TEST_F(ApiTest, Actors) {
  OnBothStores([] {
    json actors = GetJson("/api/actors")["actors"];
    ASSERT_GE(actors.size(), 5u);
    EXPECT_EQ(actors[0]["actor_id"], "LBYLNA");
    EXPECT_EQ(actors[0]["events"], 4);
    json gna = GetJson("/api/actors?q=" + Encode("الوفاق"))["actors"];
    ASSERT_EQ(gna.size(), 1u);
    EXPECT_EQ(gna[0]["actor_id"], "LBYGOV");
    EXPECT_EQ(gna[0]["events"], 2);
  });
}

TEST_F(ApiTest, BadParametersAre400NamingTheParameter) {
  const std::pair<std::string, std::string> kCases[] = {
      {"/api/events?from=2019-13-01", "from"},     {"/api/events?to=yesterday", "to"},
      {"/api/events?from=2019-06-28&to=2019-06-01", "from"},
      {"/api/events?bbox=1,2,3", "bbox"},          {"/api/events?bbox=10,40,11,37", "bbox"},
      {"/api/events?type=BOMBING", "type"},        {"/api/events?country=Libya", "country"},
      {"/api/events?limit=1001", "limit"},         {"/api/events?limit=ten", "limit"},
      {"/api/events?offset=-1", "offset"},         {"/api/timeline?from=2019-02-30", "from"},
      {"/api/network?type=FOO", "type"},           {"/api/places?bbox=a,b,c,d", "bbox"},
  };
  for (const auto& [path, param] : kCases) {
    json j = GetJson(path, 400);
    ASSERT_TRUE(j["error"].is_string()) << path;
    EXPECT_NE(j["error"].get<std::string>().find(param), std::string::npos) << path << ": " << j["error"];
  }
}

TEST_F(ApiTest, UnknownPathsAndMethods) {
  EXPECT_TRUE(GetJson("/api/nothing-here", 404)["error"].is_string());
  auto c = Client();
  std::vector<httplib::Result> answers;
  answers.push_back(c.Put("/api/events", "", "text/plain"));
  answers.push_back(c.Delete("/api/events/1"));
  answers.push_back(c.Post("/api/health", "", "text/plain"));
  for (const auto& res : answers) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405);
    EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error")) << res->body;
  }
  auto get_code = c.Get("/api/code");
  ASSERT_TRUE(get_code);
  EXPECT_EQ(get_code->status, 405);
  EXPECT_EQ(get_code->get_header_value("Allow"), "POST");
}

TEST_F(ApiTest, CodeArabicJsonAndPlainText) {
  const std::string article = "قصفت القوات الحكومية مدينة إدلب أمس.";
  auto c = Client();
  auto check = [&](const httplib::Result& res) {
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    json j = json::parse(res->body);
    EXPECT_EQ(j["document"]["text"], article);
    ASSERT_EQ(j["events"].size(), 1u) << res->body;
    const json& e = j["events"][0];
    EXPECT_EQ(e["event"], "ASSAULT");
    EXPECT_EQ(e["trigger"]["text"], "قصفت");
    EXPECT_EQ(Slice(article, e["trigger"]["span"]), "قصفت");
    EXPECT_EQ(e["location"]["name_en"], "Idlib");
    EXPECT_FALSE(e.contains("id"));
  };
  json body = {{"text", article}, {"date", "2019-06-26"}};
  auto res = c.Post("/api/code", body.dump(), "application/json");
  check(res);
  EXPECT_EQ(json::parse(res->body)["document"]["date"], "2019-06-26");
  check(c.Post("/api/code", article, "text/plain; charset=utf-8"));
  // Nothing was stored.
  EXPECT_EQ(GetJson("/api/health")["events"], 6);

  auto bad_date = c.Post("/api/code", json({{"text", article}, {"date", "26/06/2019"}}).dump(), "application/json");
  ASSERT_TRUE(bad_date);
  EXPECT_EQ(bad_date->status, 400);
  auto bad_json = c.Post("/api/code", "{\"text\": ", "application/json");
  ASSERT_TRUE(bad_json);
  EXPECT_EQ(bad_json->status, 400);
  auto invalid_utf8 = c.Post("/api/code", std::string("\xd9\x82\xff\xfe"), "text/plain");
  ASSERT_TRUE(invalid_utf8);
  EXPECT_EQ(invalid_utf8->status, 400);
}

TEST_F(ApiTest, BodyOverOneMegabyteIs413) {
  auto c = Client();
  std::string big(1024 * 1024 + 1, 'a');
  auto res = c.Post("/api/code", big, "text/plain");
  ASSERT_TRUE(res) << httplib::to_string(res.error());
  EXPECT_EQ(res->status, 413);
  EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error")) << res->body;
}

TEST_F(ApiTest, StaticFilesAndPathTraversal) {
  auto c = Client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("لوحة رصد"), std::string::npos);
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos);
  EXPECT_EQ(c.Get("/assets/missing.js")->status, 404);
  const char* kAttacks[] = {
      "/../../etc/passwd",          "/../secret.txt",          "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/secret.txt",
      "/assets/../../secret.txt",   "/..%2fsecret.txt",        "/%2E%2E%2Fsecret.txt",      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/..\\secret.txt",            "/assets/..%5c..%5csecret.txt", "//etc/passwd",         "/./../secret.txt",
  };
  for (const char* path : kAttacks) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << path << " -> " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("SECRET"), std::string::npos) << path;
  }
}

// Any offset up to INT64_MAX is accepted. Past a count stopped at the cap (a large store), the page
// plan used to compute offset + limit in int64_t: signed overflow, caught by UBSan.
TEST_F(ApiTest, LargestOffsetIsAnEmptyPage) {
  json page = GetJson("/api/events?offset=9223372036854775807&limit=1000");
  EXPECT_TRUE(page["events"].empty());
  auto store = Store::Open((*dir_ / "store.db").string(), /*read_only=*/true);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EventFilter assaults;  // a filter: without one the plan does not need the estimate
  assaults.types = {"ASSAULT"};
  int calls = 0;
  Status s = ForEachEventPage(store->db(), assaults, kMaxLimit, INT64_MAX, EventCount{kTotalCap, false},
                              [&](StoredEvent&&) { ++calls; });
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(calls, 0);
}

TEST_F(ApiTest, ConcurrentClientsGetConsistentAnswers) {
  // Each request leases its own read-only connection and (for /api/code) its own Worker.
  const std::string article = "قصفت القوات الحكومية مدينة إدلب أمس.";
  std::atomic<int> failures{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      auto c = Client();
      for (int i = 0; i < 15; ++i) {
        if (t % 2 == 0) {
          auto res = c.Get("/api/events?type=ASSAULT");
          if (!res || res->status != 200 || json::parse(res->body)["total"] != 2) ++failures;
        } else {
          auto res = c.Post("/api/code", article, "text/plain");
          if (!res || res->status != 200 || json::parse(res->body)["events"].size() != 1) ++failures;
        }
      }
    });
  }
  for (auto& th : clients) th.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST(ApiServerTest, RateLimitGives429) {
  auto dir = fs::temp_directory_path() / ("rasad_api_rate_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  WriteTestStore((dir / "store.db").string(), {kArticles[0]});
  ApiServerOptions o;
  o.db_path = (dir / "store.db").string();
  o.web_dir = (dir / "no-web").string();
  o.rate_limit = 2;
  o.rate_burst = 5;
  {
    RunningServer server(o);
    ASSERT_TRUE(server.ok()) << server.error();
    httplib::Client c("127.0.0.1", server.port());
    int ok = 0, limited = 0;
    for (int i = 0; i < 12; ++i) {
      auto res = c.Get("/api/health");
      ASSERT_TRUE(res);
      if (res->status == 200) ++ok;
      if (res->status == 429) {
        ++limited;
        EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error"));
        EXPECT_EQ(res->get_header_value("Retry-After"), "1");
      }
    }
    EXPECT_GE(ok, 5);
    EXPECT_LE(ok, 7);  // the burst, plus what refills while the loop runs
    EXPECT_GE(limited, 5);
    // The dashboard is not built here: `/` says so, the API still answers.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    auto page = c.Get("/");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_NE(page->body.find("setup_web.sh"), std::string::npos);
  }
  fs::remove_all(dir);
}

TEST(ApiServerTest, MissingStoreIsAnError) {
  ApiServerOptions o;
  o.db_path = "/nonexistent/rasad.db";
  auto server = ApiServer::Create(o);
  EXPECT_FALSE(server.ok());
}

}  // namespace
}  // namespace rasad::testing
