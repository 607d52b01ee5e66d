// The derived data (store/derived_data.h): the trigram free-text index finds exactly what the
// substring scan finds (Arabic queries with and without clitics, two-letter queries, Latin case,
// quotes, diacritics), the summary tables answer the unfiltered aggregates exactly as the events
// do, and the state says "stale" after new, re-worded or deleted events until a refresh.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "server/api_test_support.h"
#include "store/aggregates.h"
#include "store/derived_data.h"
#include "store/event_query.h"
#include "store/text_index.h"

namespace rasad::testing {
namespace {

namespace fs = std::filesystem;

const TestActor kLna{"قوات حفتر", "LBYLNA", "Libyan National Army", "الجيش الوطني الليبي", "LBY", "MIL"};
const TestActor kGna{"حكومة الوفاق", "LBYGOV", "Government of National Accord", "حكومة الوفاق الوطني", "LBY", "GOV"};
const TestActor kUn{"الأمم المتحدة", "IGOUNO", "United Nations", "الأمم المتحدة", "", "IGO"};
const TestPlace kTripoli{"طرابلس", "Tripoli", "طرابلس", "LBY", 32.8872, 13.1913, 2210247};
const TestPlace kGharyan{"غريان", "Gharyan", "غريان", "LBY", 32.1722, 13.0203, 2217362};

// Sentences chosen for the text cases below: clitic forms (وبالقصف, للقوات), a vowelled word
// (قُصفت), Latin words in two cases, a quote character and SQL wildcard characters.
const std::vector<TestArticle> kArticles = {
    {"a1", "2019-06-26", "", {"قصفت قوات حفتر مواقع حكومة الوفاق في طرابلس."},
     {{0, "ASSAULT", "195", 4, -10.0, "قصفت", kLna, kGna, kTripoli, 5}}},
    {"a2", "2019-06-27", "", {"وبالقصف ردت حكومة الوفاق على قوات حفتر في غريان."},
     {{0, "ASSAULT", "190", 4, -10.0, "ردت", kGna, kLna, kGharyan, std::nullopt}}},
    {"a3", "2019-07-02", "", {"قُصفت مواقع للقوات في غريان وقال UN إن \"الهدنة\" انتهت بنسبة 100%."},
     {{0, "ASSAULT", "190", 4, -10.0, "قُصفت", std::nullopt, std::nullopt, kGharyan, std::nullopt}}},
    {"a4", "2019-07-03", "", {"هددت الأمم المتحدة un_panel قوات حفتر بعقوبات."},
     {{0, "THREATEN", "138", 3, -7.0, "هددت", kUn, kLna, std::nullopt, std::nullopt}}},
};
const std::vector<TestArticle> kLater = {
    {"a5", "2019-08-01", "", {"اتفقت حكومة الوفاق مع قوات حفتر على هدنة في طرابلس."},
     {{0, "AGREE", "057", 1, 8.0, "اتفقت", kGna, kLna, kTripoli, std::nullopt}}},
};

class DerivedDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("rasad_derived_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
    WriteTestStore(path_, kArticles);
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::make_unique<Store>(std::move(store).value());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  SqliteDb& db() { return store_->db(); }

  DerivedState State() {
    auto st = ReadDerivedState(db());
    EXPECT_TRUE(st.ok()) << st.status().message();
    return st.ok() ? *st : DerivedState{};
  }
  void Refresh() {
    auto r = RefreshDerivedData(db());
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  // The ids of the events whose evidence contains `text`, through the index or the scan.
  std::vector<int64_t> Search(const std::string& text, bool use_derived) {
    EventFilter f;
    f.text = text;
    f.use_derived = use_derived;
    std::vector<int64_t> ids;
    Status s = ForEachEvent(db(), f, -1, 0, [&](StoredEvent&& e) { ids.push_back(e.id); });
    EXPECT_TRUE(s.ok()) << s.message();
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  // The number of rows the text index alone finds for `text` (0 for an unusable query).
  int64_t IndexHits(const std::string& text) {
    if (!TextIndexCanSearch(text)) return 0;
    auto stmt = db().Prepare("SELECT count(*) FROM event_text WHERE event_text MATCH ?");
    EXPECT_TRUE(stmt.ok());
    stmt->Bind(1, TextIndexPhrase(text));
    Status s;
    return stmt->Step(&s) ? stmt->Int(0) : -1;
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST(TextIndexQuery, WhichQueriesTheIndexCanAnswer) {
  struct Case {
    std::string text;
    bool can;
  };
  const Case kCases[] = {
      {"في", false},          // two letters: no trigram
      {"ab", false},
      {"قصف", true},          // three letters (six bytes)
      {"abc", true},
      {std::string("a\0bc", 4), false},  // NUL
      {"\xD9", false},        // invalid UTF-8
      {"\xD9\x82\xD8", false},
  };
  for (const Case& c : kCases) EXPECT_EQ(TextIndexCanSearch(c.text), c.can) << c.text;
  EXPECT_EQ(TextIndexPhrase("قال \"لا\""), "\"قال \"\"لا\"\"\"");
}

TEST_F(DerivedDataTest, IndexFindsExactlyWhatTheScanFinds) {
  EXPECT_EQ(State().Describe(), std::string("absent"));
  Refresh();
  EXPECT_TRUE(State().up_to_date());
  struct Case {
    std::string text;
    size_t matches;  // read off kArticles
  };
  const Case kCases[] = {
      {"قوات حفتر", 3},     // a1 a2 a4
      {"وبالقصف", 1},       // clitic prefix: only the prefixed form
      {"بالقصف", 1},        // inside the prefixed word
      {"القصف", 1},
      {"قصفت", 1},          // not the vowelled قُصفت of a3
      {"قُصفت", 1},
      {"للقوات", 1},        // clitic: not قوات
      {"قوات", 4},          // inside للقوات too
      {"في", 3},            // two letters: the scan (also inside words)
      {"غريان", 2},
      {"UN", 1},            // two Latin letters, case-sensitive: a3 only (un_panel is lower case)
      {"un_", 1},           // an SQL wildcard is a plain character
      {"100%", 1},
      {"\"الهدنة\"", 1},    // quotes are part of the phrase
      {"هدنة", 1},          // inside الهدنة
      {"طرابلس صباحا", 0},
  };
  for (const Case& c : kCases) {
    std::vector<int64_t> scan = Search(c.text, false), index = Search(c.text, true);
    EXPECT_EQ(index, scan) << c.text;
    EXPECT_EQ(scan.size(), c.matches) << c.text;
  }
  // The index itself (not the fallback) answered the three-letter queries.
  EXPECT_EQ(IndexHits("قوات حفتر"), 3);
  EXPECT_EQ(IndexHits("وبالقصف"), 1);
  EXPECT_EQ(IndexHits("في"), 0);
}

TEST_F(DerivedDataTest, StaleAfterNewEventsUntilRefreshed) {
  Refresh();
  WriteTestStore(path_, kLater);
  DerivedState st = State();
  EXPECT_TRUE(st.present);
  EXPECT_FALSE(st.up_to_date());
  EXPECT_EQ(st.Describe(), std::string("stale"));
  // Counts stay exact while stale: the last refresh's plus the rows added since.
  auto counts = CountStored(db(), st);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 5);
  EXPECT_EQ(counts->documents, 5);
  auto r = RefreshDerivedData(db());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_FALSE(r->built);
  EXPECT_EQ(r->events_indexed, 1);
  EXPECT_FALSE(r->summaries_rebuilt);
  EXPECT_TRUE(State().up_to_date());
  EXPECT_EQ(Search("هدنة في طرابلس", true).size(), 1u);
  EXPECT_EQ(IndexHits("هدنة في طرابلس"), 1);
}

TEST_F(DerivedDataTest, RewordedAndDeletedEventsAreReindexed) {
  Refresh();
  // What recode does: a new first mention re-words an event; an event left without evidence goes.
  ASSERT_TRUE(db().Exec("UPDATE events SET evidence = 'انسحبت قوات حفتر من غريان.' WHERE id = 1").ok());
  ASSERT_TRUE(db().Exec("DELETE FROM event_mentions WHERE event = 4; DELETE FROM events WHERE id = 4").ok());
  DerivedState st = State();
  EXPECT_TRUE(st.dirty);
  EXPECT_FALSE(st.up_to_date());
  auto counts = CountStored(db(), st);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 3);
  auto r = RefreshDerivedData(db());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->events_changed, 2);
  EXPECT_TRUE(r->summaries_rebuilt);
  EXPECT_TRUE(State().up_to_date());
  for (std::string q : {"انسحبت", "قصفت قوات", "هددت", "قوات حفتر"}) EXPECT_EQ(Search(q, true), Search(q, false)) << q;
  EXPECT_EQ(IndexHits("انسحبت"), 1);
  EXPECT_EQ(IndexHits("قصفت قوات"), 0);  // the old wording is out of the index
  EXPECT_EQ(IndexHits("هددت"), 0);       // so is the deleted event
  // The index is consistent with its content table (FTS5's own check).
  EXPECT_TRUE(db().Exec("INSERT INTO event_text(event_text, rank) VALUES('integrity-check', 1)").ok());
}

TEST_F(DerivedDataTest, SummariesAnswerLikeTheEvents) {
  WriteTestStore(path_, kLater);
  Refresh();
  EventFilter scan, derived;
  derived.use_derived = true;
  auto t1 = Timeline(db(), scan), t2 = Timeline(db(), derived);
  ASSERT_TRUE(t1.ok() && t2.ok());
  ASSERT_EQ(t1->size(), t2->size());
  ASSERT_EQ(t1->size(), 5u);
  for (size_t i = 0; i < t1->size(); ++i) {
    EXPECT_EQ((*t1)[i].date, (*t2)[i].date);
    EXPECT_EQ((*t1)[i].counts, (*t2)[i].counts);
  }
  scan.types = derived.types = {"ASSAULT"};
  t1 = Timeline(db(), scan);
  t2 = Timeline(db(), derived);
  ASSERT_TRUE(t1.ok() && t2.ok());
  ASSERT_EQ(t1->size(), 3u);
  ASSERT_EQ(t2->size(), 3u);
  scan.types.clear();
  derived.types.clear();

  auto a1 = TopActors(db(), scan, "", 10), a2 = TopActors(db(), derived, "", 10);
  ASSERT_TRUE(a1.ok() && a2.ok());
  ASSERT_EQ(a1->size(), 3u);
  ASSERT_EQ(a2->size(), a1->size());
  for (size_t i = 0; i < a1->size(); ++i) {
    EXPECT_EQ((*a1)[i].actor_id, (*a2)[i].actor_id);
    EXPECT_EQ((*a1)[i].events, (*a2)[i].events);
  }
  EXPECT_EQ((*a1)[0].actor_id, "LBYLNA");
  EXPECT_EQ((*a1)[0].events, 4);

  auto n1 = ActorNetwork(db(), scan, 10), n2 = ActorNetwork(db(), derived, 10);
  ASSERT_TRUE(n1.ok() && n2.ok());
  ASSERT_EQ(n1->edges.size(), 3u);  // LNA -> GNA, GNA -> LNA, UN -> LNA
  ASSERT_EQ(n2->edges.size(), n1->edges.size());
  for (size_t i = 0; i < n1->edges.size(); ++i) {
    EXPECT_EQ(n1->edges[i].source, n2->edges[i].source);
    EXPECT_EQ(n1->edges[i].target, n2->edges[i].target);
    EXPECT_EQ(n1->edges[i].count, n2->edges[i].count);
    EXPECT_NEAR(n1->edges[i].mean_goldstein, n2->edges[i].mean_goldstein, 1e-9);
    EXPECT_EQ(n1->edges[i].types, n2->edges[i].types);
  }
  ASSERT_EQ(n1->nodes.size(), n2->nodes.size());
  for (size_t i = 0; i < n1->nodes.size(); ++i) EXPECT_EQ(n1->nodes[i].events, n2->nodes[i].events);

  auto p1 = TopPlaces(db(), scan, 10, DateBucket::kMonth), p2 = TopPlaces(db(), derived, 10, DateBucket::kMonth);
  ASSERT_TRUE(p1.ok() && p2.ok());
  ASSERT_EQ(p1->size(), 2u);
  ASSERT_EQ(p2->size(), 2u);
  for (size_t i = 0; i < p1->size(); ++i) {
    EXPECT_EQ((*p1)[i].name_en, (*p2)[i].name_en);
    EXPECT_EQ((*p1)[i].events, (*p2)[i].events);
    EXPECT_EQ((*p1)[i].types, (*p2)[i].types);
    EXPECT_EQ((*p1)[i].by_date, (*p2)[i].by_date);
  }
  // Tripoli: June (a1) and August (a5).
  EXPECT_EQ((*p1)[0].by_date, (std::vector<std::pair<std::string, int64_t>>{{"2019-06", 1}, {"2019-08", 1}}));
}

}  // namespace
}  // namespace rasad::testing
