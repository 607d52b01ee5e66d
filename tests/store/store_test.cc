// The store (src/store): ingest idempotence, rejection without loss, near-duplicates and
// corroboration, recode after a dictionary change, query filters and schema versions. Inputs are
// the fixtures of tests/fixtures/ingest (their README says by hand what each record is) and short
// articles written here; expected values are derived from those texts, not from rasad's output.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <atomic>

#include "store/dictionary_version.h"
#include "store/event_query.h"
#include "store/ingest.h"
#include "store/near_duplicates.h"
#include "store/run_owner.h"
#include "store/schema.h"
#include "store/store.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::TestEngine;

std::string Fixture(const std::string& name) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/ingest/" + name; }

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(TestEngine(), nullptr);
    // The pid too: the same test of another build tree may run at the same time.
    dir_ = fs::path(::testing::TempDir()) /
           ("rasad_store_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto s = Store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::make_unique<Store>(std::move(s).value());
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  Result<RunCounts> IngestPaths(std::vector<std::string> paths, size_t batch = 2, const std::string& version = "v1") {
    IngestOptions o;
    o.inputs = std::move(paths);
    o.threads = 2;
    o.batch_size = batch;
    return Ingest(*TestEngine(), *store_, version, o);
  }
  int64_t Int(const std::string& sql) {
    auto v = store_->db().QueryInt(sql);
    EXPECT_TRUE(v.ok()) << v.status().message();
    return v.ok() ? *v : -1;
  }
  std::string WriteFile(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, SchemaVersionAndWal) {
  EXPECT_EQ(Int("PRAGMA user_version"), CurrentSchemaVersion());
  auto mode = store_->db().Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  Status s;
  ASSERT_TRUE(mode->Step(&s));
  EXPECT_EQ(mode->Text(0), "wal");
}

TEST_F(StoreTest, RefusesAStoreFromANewerRasad) {
  ASSERT_TRUE(store_->db().Exec("PRAGMA user_version = 99").ok());
  store_.reset();
  auto again = Store::Open((dir_ / "t.db").string());
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("newer"), std::string::npos) << again.status().message();
}

TEST_F(StoreTest, ManyOpenAFreshStoreAtOnce) {
  // Each opener migrates; the ones that wait for the write lock find the work done.
  for (int round = 0; round < 10; ++round) {
    std::string path = (dir_ / ("fresh" + std::to_string(round) + ".db")).string();
    std::vector<std::thread> threads;
    std::atomic<int> failed{0};
    for (int k = 0; k < 4; ++k) {
      threads.emplace_back([&] {
        auto s = Store::Open(path);
        if (!s.ok()) {
          ++failed;
          ADD_FAILURE() << s.status().message();
        }
      });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(failed.load(), 0);
  }
}

TEST_F(StoreTest, OnlyRunsOfProcessesThatAreGoneAreMarkedInterrupted) {
  auto live = store_->BeginRun("ingest", "live", "v1");
  ASSERT_TRUE(live.ok()) << live.status().message();
  // A process that has exited, as a killed ingest's has.
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(child, nullptr, 0), child);
  RunOwner me = ThisProcess();
  auto add = [&](const std::string& inputs, const std::string& host, std::optional<int64_t> pid) {
    auto stmt = store_->db().Prepare(
        "INSERT INTO ingest_runs(kind, started_at, status, inputs, dictionary_version, host, pid) "
        "VALUES('ingest', '2026-11-30T00:00:00Z', 'running', ?, 'v1', ?, ?)");
    ASSERT_TRUE(stmt.ok());
    stmt->Bind(1, inputs).Bind(2, host).BindOptional(3, pid);
    ASSERT_TRUE(stmt->Run().ok());
  };
  add("killed", me.host, child);
  add("schema 2", me.host, std::nullopt);
  add("elsewhere", "another-host.invalid", 1);

  // A second ingest into the same store while the first is still going.
  auto other = Store::Open((dir_ / "t.db").string());
  ASSERT_TRUE(other.ok()) << other.status().message();
  ASSERT_TRUE(other->BeginRun("ingest", "second", "v1").ok());
  auto status = [&](const std::string& inputs) {
    auto stmt = store_->db().Prepare("SELECT status, finished_at IS NOT NULL FROM ingest_runs WHERE inputs = ?");
    EXPECT_TRUE(stmt.ok());
    stmt->Bind(1, inputs);
    Status s;
    EXPECT_TRUE(stmt->Step(&s)) << inputs;
    return stmt->Text(0) + (stmt->Int(1) ? " finished" : "");
  };
  EXPECT_EQ(status("live"), "running");
  EXPECT_EQ(status("second"), "running");
  EXPECT_EQ(status("killed"), "interrupted finished");
  EXPECT_EQ(status("schema 2"), "interrupted finished");
  EXPECT_EQ(status("elsewhere"), "running");  // cannot be checked from here
}

TEST(RunOwnerTest, AReusedPidIsNotTheOwner) {
  RunOwner me = ThisProcess();
  EXPECT_EQ(CheckOwner(me), OwnerState::kAlive);
  if (me.start_ticks == 0) GTEST_SKIP() << "no /proc here";
  RunOwner earlier = me;
  earlier.start_ticks -= 1;  // a process that had this pid before
  EXPECT_EQ(CheckOwner(earlier), OwnerState::kGone);
  RunOwner remote = me;
  remote.host = "another-host.invalid";
  EXPECT_EQ(CheckOwner(remote), OwnerState::kUnknown);
}

TEST_F(StoreTest, IngestIsIdempotent) {
  auto first = IngestPaths({Fixture("good.jsonl")});
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(first->documents_read, 5);
  EXPECT_EQ(first->documents_stored, 5);
  EXPECT_EQ(first->rejected, 0);
  int64_t events = Int("SELECT count(*) FROM events");
  int64_t mentions = Int("SELECT count(*) FROM event_mentions");
  EXPECT_GT(events, 0);

  auto second = IngestPaths({Fixture("good.jsonl")});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->documents_read, 5);
  EXPECT_EQ(second->documents_stored, 0);
  EXPECT_EQ(second->duplicates, 5);
  EXPECT_EQ(second->events, 0);
  EXPECT_EQ(Int("SELECT count(*) FROM documents"), 5);
  EXPECT_EQ(Int("SELECT count(*) FROM events"), events);
  EXPECT_EQ(Int("SELECT count(*) FROM event_mentions"), mentions);
  EXPECT_EQ(Int("SELECT count(*) FROM ingest_runs WHERE status = 'completed'"), 2);
  // Documents are kept whole, with their metadata.
  EXPECT_EQ(Int("SELECT count(*) FROM documents WHERE doc_id = 'good-1' AND date = '2021-06-14'"), 1);
}

TEST_F(StoreTest, BadInputIsRejectedWithItsBytesAndTheRestIsStored) {
  auto counts = IngestPaths({Fixture("bad.jsonl")}, 1);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->documents_stored, 3);
  EXPECT_EQ(counts->rejected, 3);
  std::set<std::string> ids;
  auto docs = store_->db().Prepare("SELECT doc_id FROM documents");
  Status s;
  while (docs->Step(&s)) ids.insert(docs->Text(0));
  EXPECT_EQ(ids, (std::set<std::string>{"bad-ok-1", "bad-ok-2", "bad-ok-3"}));

  // Each rejected line is kept byte for byte, with its file:line and reason.
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(Fixture("bad.jsonl")));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 6u);
  auto rej = store_->db().Prepare("SELECT origin, reason, raw FROM rejected ORDER BY id");
  std::vector<std::tuple<std::string, std::string, std::string>> rows;
  while (rej->Step(&s)) rows.emplace_back(rej->Text(0), rej->Text(1), std::string(rej->Blob(2)));
  ASSERT_EQ(rows.size(), 3u);
  const std::pair<int, const char*> expected[] = {{2, "malformed JSON"}, {4, "empty text"}, {5, "invalid UTF-8"}};
  for (size_t i = 0; i < 3; ++i) {
    auto [line, reason] = expected[i];
    EXPECT_EQ(std::get<0>(rows[i]), Fixture("bad.jsonl") + ":" + std::to_string(line));
    EXPECT_NE(std::get<1>(rows[i]).find(reason), std::string::npos) << std::get<1>(rows[i]);
    EXPECT_EQ(std::get<2>(rows[i]), lines[line - 1]);
  }
  EXPECT_NE(std::get<1>(rows[2]).find("byte 141"), std::string::npos);
}

TEST_F(StoreTest, UnreadableFileIsRecordedAndTheRunGoesOn) {
  auto counts = IngestPaths({(dir_ / "no-such-file.txt").string(), Fixture("good.jsonl")});
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->rejected, 1);
  EXPECT_EQ(counts->documents_stored, 5);
  EXPECT_EQ(Int("SELECT count(*) FROM rejected WHERE reason LIKE '%cannot open%'"), 1);
}

TEST_F(StoreTest, ExactCopiesAreSkippedAndNearCopiesMarked) {
  auto counts = IngestPaths({Fixture("dup.jsonl")});
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents_read, 3);
  EXPECT_EQ(counts->documents_stored, 2);  // dup-2 is dup-1's text
  EXPECT_EQ(counts->duplicates, 1);
  EXPECT_EQ(counts->near_duplicates, 1);   // dup-3: one sentence rewritten, first word changed
  EXPECT_EQ(Int("SELECT count(*) FROM documents WHERE doc_id = 'dup-2'"), 0);
  EXPECT_EQ(Int("SELECT count(*) FROM documents d JOIN documents o ON o.id = d.near_duplicate_of "
                "WHERE d.doc_id = 'dup-3' AND o.doc_id = 'dup-1'"),
            1);
  // Sentences 3-5 are the same in both: their events are corroborated by two articles from two
  // outlets, which are one independent report (a wire copy).
  EXPECT_GT(Int("SELECT count(*) FROM events WHERE num_articles = 2 AND num_sources = 2 AND num_independent = 1 "
                "AND num_mentions = 2"),
            0);
  EXPECT_EQ(Int("SELECT count(*) FROM events WHERE num_articles > 2"), 0);
  // Counts agree with the mentions.
  EXPECT_EQ(Int("SELECT count(*) FROM events e WHERE num_mentions <> "
                "(SELECT count(*) FROM event_mentions m WHERE m.event = e.id)"),
            0);
}

// Two writers on one store (two `rasad ingest` at once): each keeps in memory the documents stored
// when its run began and those it stored itself, not those the other stores meanwhile. A text the
// other stored under an id this writer also uses is seen in the store, and this writer's text is
// stored under id~hash as in a single run, instead of the batch failing on the unique id.
TEST_F(StoreTest, AnIdTakenByAnotherWriterMeanwhileIsRenamed) {
  auto other = Store::Open((dir_ / "t.db").string());
  ASSERT_TRUE(other.ok()) << other.status().message();
  auto run_a = store_->BeginRun("ingest", "a", "v1");
  auto run_b = other->BeginRun("ingest", "b", "v1");
  ASSERT_TRUE(run_a.ok() && run_b.ok());
  auto coded = [](const std::string& id, const std::string& text) {
    Worker worker(TestEngine());
    Document d;
    d.id = id;
    d.text = text;
    d.date = "2024-05-10";
    std::vector<CodedDocument> docs;
    docs.push_back(CodeForStore(worker, std::move(d)));
    return docs;
  };
  auto own = coded("b-own", "تجمع مئات من أنصار حزب الوفد أمام مقر الحكومة في القاهرة.");
  auto first = coded("same-id", "اعتقلت الشرطة الأردنية خمسة متظاهرين في عمان.");
  auto second = coded("same-id", "قتل شرطي أردني وأصيب آخر في هجوم على دورية قرب معان.");
  RunCounts a, b;
  ASSERT_TRUE(other->WriteBatch(*run_b, own, {}, 1, &b).ok());
  ASSERT_TRUE(store_->WriteBatch(*run_a, first, {}, 1, &a).ok());
  Status s = other->WriteBatch(*run_b, second, {}, 1, &b);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(b.documents_stored, 2);
  EXPECT_EQ(Int("SELECT count(*) FROM documents"), 3);
  const std::string renamed = "same-id~" + second[0].content_hash.substr(0, 8);
  EXPECT_EQ(Int("SELECT count(*) FROM documents WHERE doc_id = '" + renamed + "'"), 1);
  // The renamed document's events carry its new id.
  const std::string mentions =
      "SELECT count(*) FROM event_mentions m JOIN documents d ON d.id = m.document WHERE d.doc_id = '" + renamed + "'";
  EXPECT_GT(Int(mentions), 0);
  EXPECT_EQ(Int(mentions + " AND instr(m.record, '\"doc_id\":\"" + renamed + "\"') = 0"), 0);
}

TEST_F(StoreTest, IndependentReportsCorroborateOneEvent) {
  // Two differently worded reports, by two outlets, of one attack: five Iraqi soldiers killed
  // at a checkpoint in Mosul "yesterday" (2023-03-09).
  std::string path = WriteFile("ind.jsonl",
                               "{\"id\":\"ind-1\",\"date\":\"2023-03-10\",\"source\":\"وكالة أ\",\"text\":\"قتل خمسة "
                               "جنود عراقيين أمس في هجوم شنه مسلحون على نقطة تفتيش للجيش في مدينة الموصل، بحسب مصدر "
                               "أمني.\"}\n"
                               "{\"id\":\"ind-2\",\"date\":\"2023-03-10\",\"source\":\"صحيفة ب\",\"text\":\"أعلن مصدر في "
                               "الشرطة أن مسلحين هاجموا أمس نقطة تفتيش تابعة للجيش العراقي في الموصل، ما أسفر عن "
                               "مقتل خمسة جنود.\"}\n");
  auto counts = IngestPaths({path});
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->near_duplicates, 0);
  EventFilter f;
  f.types = {"ASSAULT"};
  int corroborated = 0;
  ASSERT_TRUE(ForEachEvent(store_->db(), f, -1, 0, [&](StoredEvent&& e) {
                EXPECT_EQ(e.event.date, "2023-03-09");
                if (e.num_articles == 2) {
                  ++corroborated;
                  EXPECT_EQ(e.num_sources, 2);
                  EXPECT_EQ(e.num_independent, 2);
                  ASSERT_TRUE(e.event.location.has_value());
                  EXPECT_EQ(e.event.location->name_en, "Mosul");
                }
              }).ok());
  EXPECT_GE(corroborated, 1);
}

TEST_F(StoreTest, RecodeAfterADictionaryChange) {
  ASSERT_TRUE(IngestPaths({Fixture("good.jsonl")}, 5, "v1").ok());
  EventFilter protests;
  protests.types = {"PROTEST"};
  auto before = CountEvents(store_->db(), protests);
  ASSERT_TRUE(before.ok());
  ASSERT_GT(*before, 0);  // good-2 is a protest in Rabat

  // New dictionaries: the same data without the protest triggers (CAMEO 14x).
  fs::path data = dir_ / "data";
  fs::copy(RASAD_DATA_DIR, data, fs::copy_options::recursive);
  std::string triggers = ReadFile((data / "coder/triggers.tsv").string());
  std::istringstream in(triggers);
  std::ofstream out(data / "coder/triggers.tsv", std::ios::binary | std::ios::trunc);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("14", 0) != 0) out << line << "\n";
  }
  out.close();
  EngineOptions o = TestEngine()->options();
  o.data_dir = data.string();
  auto engine = Engine::Load(o);
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  auto v2 = DictionaryVersion(o);
  auto v1 = DictionaryVersion(TestEngine()->options());
  ASSERT_TRUE(v2.ok() && v1.ok());
  EXPECT_NE(*v1, *v2);

  auto counts = Recode(**engine, *store_, *v2, /*all=*/false, 2, nullptr);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->documents_stored, 5);
  auto after = CountEvents(store_->db(), protests);
  EXPECT_EQ(*after, 0);
  EXPECT_EQ(Int("SELECT count(*) FROM events WHERE dictionary_version <> '" + *v2 + "'"), 0);
  EXPECT_EQ(Int("SELECT count(*) FROM documents WHERE dictionary_version <> '" + *v2 + "'"), 0);
  EXPECT_EQ(Int("SELECT count(*) FROM events WHERE num_mentions = 0"), 0);
  EXPECT_EQ(Int("SELECT count(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event WHERE e.id IS NULL"), 0);
  // Nothing is stale any more.
  auto again = Recode(**engine, *store_, *v2, false, 2, nullptr);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->documents_stored, 0);
}

TEST_F(StoreTest, QueryFilters) {
  ASSERT_TRUE(IngestPaths({Fixture("good.jsonl")}).ok());
  auto count = [&](EventFilter f) {
    auto n = CountEvents(store_->db(), f);
    EXPECT_TRUE(n.ok()) << n.status().message();
    int64_t listed = 0;
    EXPECT_TRUE(ForEachEvent(store_->db(), f, -1, 0, [&](StoredEvent&&) { ++listed; }).ok());
    EXPECT_EQ(listed, n.ok() ? *n : -1);
    return n.ok() ? *n : -1;
  };
  int64_t all = count({});
  ASSERT_GT(all, 0);
  // good-4 (2020-02-27) is the only article of 2020: air strikes on Idlib's countryside.
  EventFilter y2020;
  y2020.from = "2020-01-01";
  y2020.to = "2020-12-31";
  int64_t in_2020 = count(y2020);
  EXPECT_GT(in_2020, 0);
  EXPECT_LT(in_2020, all);
  EventFilter doc4;
  doc4.doc_id = "good-4";
  EXPECT_EQ(count(doc4), in_2020);
  // A box around Idlib (36.0-37.2 E, 35.4-36.3 N) holds no other article's place.
  EventFilter syria_box;
  syria_box.bbox = {{36.0, 35.4, 37.2, 36.3}};
  int64_t boxed = count(syria_box);
  EXPECT_GT(boxed, 0);
  EventFilter syria;
  syria.country = "SYR";
  EXPECT_GE(count(syria), boxed);
  // Free text in the evidence: the Arabic word for Idlib.
  EventFilter idlib;
  idlib.text = "إدلب";
  EXPECT_GT(count(idlib), 0);
  EventFilter nothing;
  nothing.text = "كلمة-لا-ترد-في-أي-نص";
  EXPECT_EQ(count(nothing), 0);
  // Pagination: pages cover the whole set without overlap.
  std::set<int64_t> seen;
  for (int64_t off = 0; off < all; off += 3) {
    ASSERT_TRUE(ForEachEvent(store_->db(), {}, 3, off, [&](StoredEvent&& e) { EXPECT_TRUE(seen.insert(e.id).second); })
                    .ok());
  }
  EXPECT_EQ(static_cast<int64_t>(seen.size()), all);
  // Spans of a stored event slice its document.
  ASSERT_TRUE(ForEachEvent(store_->db(), doc4, -1, 0, [&](StoredEvent&& e) {
                auto text = store_->db().Prepare("SELECT text FROM documents WHERE doc_id = ?");
                text->Bind(1, e.event.doc_id);
                Status s;
                ASSERT_TRUE(text->Step(&s));
                std::string doc = text->Text(0);
                EXPECT_EQ(doc.substr(e.event.trigger_begin, e.event.trigger_end - e.event.trigger_begin),
                          e.event.trigger_text);
                EXPECT_NE(doc.find(e.event.evidence), std::string::npos);
              }).ok());
}

TEST(NearDuplicatesTest, ResemblanceOfCopiesAndOfOtherTexts) {
  // A story, a copy with another opening word and one more closing sentence, and an unrelated text.
  std::string story =
      "أفادت مصادر طبية بمقتل سبعة مدنيين وإصابة عشرين آخرين في قصف مدفعي استهدف سوقا شعبية في مدينة الفاشر "
      "صباح اليوم. وقال شهود إن القذائف سقطت على الجزء الشرقي من السوق المزدحم بالباعة والمتسوقين. وأضافوا أن "
      "فرق الإسعاف نقلت الجرحى إلى المستشفى الجنوبي الذي يعاني نقصا حادا في الأدوية والكوادر.";
  std::string copy = "ذكرت" + story.substr(std::string("أفادت").size()) + " ولم يصدر أي تعليق رسمي حتى الآن.";
  std::string other =
      "وقع وزيرا خارجية البلدين اتفاقية للتعاون الاقتصادي تشمل تسهيل التجارة وإلغاء الرسوم الجمركية على "
      "المنتجات الزراعية، وذلك خلال زيارة رسمية استمرت يومين إلى العاصمة.";
  MinHashSignature a = ComputeMinHash(story), b = ComputeMinHash(copy), c = ComputeMinHash(other);
  EXPECT_EQ(Resemblance(a, ComputeMinHash(story)), 1.0);
  EXPECT_GE(Resemblance(a, b), NearDuplicateIndex::kThreshold);
  EXPECT_LT(Resemblance(a, c), 0.2);
  EXPECT_EQ(SignatureFromBlob(SignatureToBlob(b)), b);
  NearDuplicateIndex index;
  index.Add(a, 7);
  EXPECT_EQ(index.Find(b), 7);
  EXPECT_EQ(index.Find(c), 0);
}

TEST(EventQueryTest, BadFilterValues) {
  const char* bad_boxes[] = {"1,2,3", "a,2,3,4", "10,0,5,5", "0,0,200,5", "1,2,3,4,5", "", "nan,nan,nan,nan",
                             "0,0,inf,5", "-inf,0,5,5"};
  for (const char* b : bad_boxes) EXPECT_FALSE(ParseBbox(b).ok()) << b;
  EXPECT_TRUE(ParseBbox("9.3,19.5,25.2,33.2").ok());
  auto types = ParseEventTypes("assault,PROTEST");
  ASSERT_TRUE(types.ok());
  EXPECT_EQ(*types, (std::vector<std::string>{"ASSAULT", "PROTEST"}));
  EXPECT_FALSE(ParseEventTypes("ATTACK").ok());
}

}  // namespace
}  // namespace rasad
