// Fixtures for the HTTP API tests: a small store written from hand-made Arabic articles and
// hand-coded events (so every expected value in api_test.cc can be read off this file), and an
// ApiServer running on an ephemeral port in a background thread.
#ifndef RASAD_TESTS_SERVER_API_TEST_SUPPORT_H_
#define RASAD_TESTS_SERVER_API_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "server/api_server.h"
#include "store/store.h"

namespace rasad::testing {

struct TestActor {
  std::string text, actor_id, name_en, name_ar, country, sector;
};
struct TestPlace {
  std::string text, name_en, name_ar, country;
  double lat, lon;
  int64_t geonameid;
};
struct TestEvent {
  size_t sentence;  // index into TestArticle::sentences
  std::string event, cameo;
  int quad_class;
  double goldstein;
  std::string trigger;  // found in the sentence
  std::optional<TestActor> source, target;
  std::optional<TestPlace> place;
  std::optional<int64_t> fatalities;
};
struct TestArticle {
  std::string id, date, title;
  std::vector<std::string> sentences;  // joined with one space into the text
  std::vector<TestEvent> events;
  std::string Text() const {
    std::string t;
    for (const auto& s : sentences) t += (t.empty() ? "" : " ") + s;
    return t;
  }
};

// Writes `articles` (documents and their events, spans located in the text) into the store at
// `path` (created when new). Fails the current test on error.
inline void WriteTestStore(const std::string& path, const std::vector<TestArticle>& articles) {
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto run = store->BeginRun("ingest", "api_test", "test-dictionaries");
  ASSERT_TRUE(run.ok()) << run.status().message();
  store->set_dictionary_version("test-dictionaries");
  std::vector<CodedDocument> docs;
  uint32_t n = 0;
  for (const TestArticle& a : articles) {
    CodedDocument cd;
    cd.doc.id = a.id;
    cd.doc.text = a.Text();
    cd.doc.date = a.date;
    cd.doc.title = a.title;
    cd.doc.source = "test";
    // Unique per document id, so that a later call can add articles to the same store.
    size_t h = std::hash<std::string>()(a.id);
    cd.content_hash = "hash-" + a.id;
    for (size_t i = 0; i < cd.minhash.size(); ++i) cd.minhash[i] = static_cast<uint16_t>(h * 7919 + i * 104729);
    std::vector<size_t> starts;
    size_t pos = 0;
    for (const auto& s : a.sentences) {
      starts.push_back(pos);
      pos += s.size() + 1;
    }
    for (const TestEvent& te : a.events) {
      const std::string& sentence = a.sentences.at(te.sentence);
      size_t base = starts[te.sentence];
      auto locate = [&](const std::string& what, uint32_t* b, uint32_t* e) {
        size_t at = sentence.find(what);
        ASSERT_NE(at, std::string::npos) << what << " not in " << sentence;
        *b = static_cast<uint32_t>(base + at);
        *e = static_cast<uint32_t>(base + at + what.size());
      };
      Event e;
      e.event_id = a.id + "#" + std::to_string(n++);
      e.doc_id = a.id;
      e.sentence = static_cast<uint32_t>(te.sentence);
      e.date = a.date;
      e.event = te.event;
      e.cameo = te.cameo;
      e.quad_class = te.quad_class;
      e.goldstein = te.goldstein;
      e.trigger_text = te.trigger;
      locate(te.trigger, &e.trigger_begin, &e.trigger_end);
      e.evidence = sentence;
      e.fatalities = te.fatalities;
      for (auto [from, to] : {std::pair{&te.source, &e.source}, std::pair{&te.target, &e.target}}) {
        if (!*from) continue;
        EventActor actor;
        actor.text = (*from)->text;
        locate(actor.text, &actor.begin, &actor.end);
        actor.actor_id = (*from)->actor_id;
        actor.name_en = (*from)->name_en;
        actor.name_ar = (*from)->name_ar;
        actor.country = (*from)->country;
        actor.sector = (*from)->sector;
        *to = actor;
      }
      if (te.place) {
        EventPlace p;
        p.text = te.place->text;
        locate(p.text, &p.begin, &p.end);
        p.name_en = te.place->name_en;
        p.name_ar = te.place->name_ar;
        p.country = te.place->country;
        p.lat = te.place->lat;
        p.lon = te.place->lon;
        p.geonameid = te.place->geonameid;
        p.precision = "city";
        e.location = p;
      }
      EventMention m;
      m.sentence = e.sentence;
      m.trigger_text = e.trigger_text;
      m.trigger_begin = e.trigger_begin;
      m.trigger_end = e.trigger_end;
      m.sentence_begin = static_cast<uint32_t>(base);
      m.sentence_end = static_cast<uint32_t>(base + sentence.size());
      e.mentions.push_back(m);
      cd.events.push_back(std::move(e));
    }
    docs.push_back(std::move(cd));
  }
  RunCounts counts;
  Status s = store->WriteBatch(*run, docs, {}, static_cast<int64_t>(articles.size()), &counts);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(store->FinishRun(*run, "completed").ok());
}

// An ApiServer on 127.0.0.1 and an ephemeral port, serving from a background thread until the
// object is destroyed.
class RunningServer {
 public:
  explicit RunningServer(ApiServerOptions options) {
    auto server = ApiServer::Create(std::move(options));
    if (!server.ok()) {
      error_ = server.status().message();
      return;
    }
    server_ = std::move(server).value();
    auto port = server_->Bind("127.0.0.1", 0);
    if (!port.ok()) {
      error_ = port.status().message();
      return;
    }
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
    // Stop() only reaches a server that is listening: wait for it.
    for (int i = 0; i < 5000 && !server_->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~RunningServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  int port() const { return port_; }

 private:
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::string error_;
};

}  // namespace rasad::testing

#endif  // RASAD_TESTS_SERVER_API_TEST_SUPPORT_H_
