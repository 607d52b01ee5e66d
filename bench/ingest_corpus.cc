// Ingest + code + store on a corpus of synthetic articles, on all cores, into a fresh SQLite store:
// the figure of issue 5 (articles/s on this machine; goal at least 1,000).
//
// The corpus is built from text rasad has: the sentences of the bundled sample corpus
// (data/sample/corpus.jsonl, 40 articles written for rasad) and, when ../shared is present, the
// 1,528 newswire sentences of the GSR detection set. Each article draws 6 to 16 of them with a
// fixed pseudo-random sequence (the same corpus every run), gets an id, a date, an outlet and a
// URL, and is written as JSON Lines to a temporary directory. The program then runs rasad::Ingest
// (reader thread, coding on every core, batched transactions) into an empty store, and a second
// time over the same input (every article is then recognised as already stored).
//
//   build/bench/rasad_bench_ingest [--articles 10000] [--threads 0] [--batch 1024] [--keep DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>
#include <unistd.h>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "store/dictionary_version.h"
#include "store/ingest.h"
#include "store/store.h"
#include "text/document_reader.h"

namespace fs = std::filesystem;
using rasad::Document;

namespace {

double MaxRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Splits a news text into sentences at . ! ? and paragraph breaks (a generator's split, not the
// analyzer's: it only needs whole sentences to recombine).
void SplitSentences(const std::string& text, std::vector<std::string>* out) {
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      if (cur.find_first_not_of(' ') != std::string::npos) out->push_back(cur);
      cur.clear();
      continue;
    }
    cur += c;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      size_t start = cur.find_first_not_of(' ');
      if (start != std::string::npos) out->push_back(cur.substr(start));
      cur.clear();
    }
  }
  size_t start = cur.find_first_not_of(' ');
  if (start != std::string::npos) out->push_back(cur.substr(start));
}

std::vector<std::string> SentencePool() {
  std::vector<std::string> pool;
  auto read = [&](const std::string& path) {
    rasad::ReadCallbacks cb;
    cb.on_document = [&](Document&& d) { SplitSentences(d.text, &pool); };
    rasad::ReadDocuments(path, rasad::ReadOptions{rasad::InputFormat::kJsonl, false}, cb);
  };
  read(std::string(RASAD_SOURCE_DIR) + "/data/sample/corpus.jsonl");
  std::string gsr = std::string(RASAD_SHARED_DIR) + "/data/gsr/detect_dev.jsonl";
  if (fs::exists(gsr)) read(gsr);
  return pool;
}

struct Corpus {
  size_t articles = 0, sentences = 0, bytes = 0;
};

Corpus WriteCorpus(const std::string& path, size_t articles) {
  static const char* kOutlets[] = {"وكالة الأنباء العربية", "صحيفة المساء", "موقع الخبر اليومي", "إذاعة الشرق",
                                   "قناة المدينة",          "صحيفة الوطن", "وكالة المغرب العربي للأنباء", "نشرة الساحل"};
  std::vector<std::string> pool = SentencePool();
  std::mt19937_64 rng(20261129);
  std::ofstream out(path, std::ios::binary);
  Corpus c;
  for (size_t i = 0; i < articles; ++i) {
    size_t n = 6 + rng() % 11;
    std::string text;
    for (size_t k = 0; k < n; ++k) {
      if (k) text += (k % 4 == 0) ? "\n" : " ";
      text += pool[rng() % pool.size()];
    }
    int day = static_cast<int>(i % 1800);
    int y = 2019 + day / 360, m = 1 + (day % 360) / 30, d = 1 + day % 28;
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
    char id[32];
    std::snprintf(id, sizeof id, "bench-%06zu", i);
    nlohmann::json j = {{"id", id},
                        {"date", date},
                        {"source", kOutlets[i % 8]},
                        {"url", std::string("https://example.org/bench/") + id},
                        {"title", text.substr(0, text.find(' ', 60))},
                        {"text", text}};
    out << j.dump() << "\n";
    c.articles++;
    c.sentences += n;
    c.bytes += text.size();
  }
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 10000;
  int threads = 0;
  size_t batch = 1024;
  std::string keep;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--articles") articles = std::strtoul(argv[i + 1], nullptr, 10);
    else if (a == "--threads") threads = std::atoi(argv[i + 1]);
    else if (a == "--batch") batch = std::strtoul(argv[i + 1], nullptr, 10);
    else if (a == "--keep") keep = argv[i + 1];
    else {
      std::cerr << "usage: rasad_bench_ingest [--articles N] [--threads N] [--batch N] [--keep DIR]\n";
      return 2;
    }
  }
  fs::path dir = keep.empty() ? fs::temp_directory_path() / ("rasad_bench_ingest_" + std::to_string(getpid())) : fs::path(keep);
  fs::create_directories(dir);
  std::string corpus_path = (dir / "corpus.jsonl").string();
  std::string db_path = (dir / "bench.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path + suffix);

  Corpus corpus = WriteCorpus(corpus_path, articles);
  auto engine = rasad::Engine::Load(rasad::DefaultEngineOptions());
  if (!engine.ok()) {
    std::cerr << engine.status().message() << "\n";
    return 1;
  }
  auto version = rasad::DictionaryVersion((*engine)->options());
  auto store = rasad::Store::Open(db_path);
  if (!store.ok() || !version.ok()) {
    std::cerr << (store.ok() ? version.status().message() : store.status().message()) << "\n";
    return 1;
  }
  rasad::IngestOptions io;
  io.inputs = {corpus_path};
  io.threads = threads;
  io.batch_size = batch;
  rasad::IngestTiming timing;
  io.timing = &timing;
  auto run = [&](const char* label) {
    auto t0 = std::chrono::steady_clock::now();
    auto counts = rasad::Ingest(**engine, *store, *version, io);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!counts.ok()) {
      std::cerr << counts.status().message() << "\n";
      std::exit(1);
    }
    std::printf("%-22s %8zu articles in %6.2f s: %7.0f articles/s, %8.0f sentences/s, %5.1f MB/s; stored %lld, "
                "duplicates %lld, near-duplicates %lld, event mentions %lld\n",
                label, corpus.articles, s, corpus.articles / s, corpus.sentences / s, corpus.bytes / s / 1e6,
                static_cast<long long>(counts->documents_stored), static_cast<long long>(counts->duplicates),
                static_cast<long long>(counts->near_duplicates), static_cast<long long>(counts->events));
    std::printf("%-22s coding %.2f s, writing %.2f s (overlapping)\n", "", timing.code_seconds, timing.write_seconds);
  };
  std::printf("corpus: %zu articles, %zu sentences, %.1f MB of text; %u hardware threads, coding threads %d, "
              "batch %zu\n",
              corpus.articles, corpus.sentences, corpus.bytes / 1e6, std::thread::hardware_concurrency(), threads,
              batch);
  run("ingest (empty store)");
  run("re-ingest (all stored)");
  auto stats = store->Stats();
  std::printf("store: %lld documents, %lld events, %lld mentions, %.1f MB on disk; peak RSS %.0f MB\n",
              static_cast<long long>(stats->documents), static_cast<long long>(stats->events),
              static_cast<long long>(stats->mentions), fs::file_size(db_path) / 1e6, MaxRssMb());
  if (keep.empty()) fs::remove_all(dir);
  return 0;
}
