// `rasad code` end to end on Arabic news, one core: text layer, lexicon recognition and event
// coding with the full dictionaries loaded, then JSON output of every event (the work of the CLI
// minus file I/O). Documents are the 1,528 sentences of the GSR detection set
// (../shared/data/gsr/detect_dev.jsonl), or a few paragraphs written here when ../shared is absent
// (BM_CodeArabicNews); the same file read and parsed on every pass, as the CLI reads it
// (BM_CodeJsonlFile); the 40 articles of data/sample/corpus.jsonl (BM_CodeArticles); and the GSR
// sentences dated and joined 40 to a document, as news articles come (BM_CodeDatedArticles). Reports
// sentences/s, bytes/s, events/s and peak resident memory (max_rss_mb), plus the time to load the
// dictionaries and the lexicon's recognition throughput alone.
//
//   build/bench/rasad_bench_code [--benchmark_filter=...]
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "coder/event_json.h"
#include "text/document_reader.h"

namespace rasad {
namespace {

constexpr const char* kFallback[] = {
    "قال مسؤول عسكري إن قوات حكومة الوفاق الوطني سيطرت على مدينة غريان الواقعة جنوب طرابلس.",
    "انسحبت قوات حفتر نحو الشرق بعد معارك عنيفة أسفرت عن مقتل خمسة وعشرين شخصا وإصابة العشرات.",
    "تظاهر آلاف المواطنين في العاصمة التونسية احتجاجا على ارتفاع الأسعار، واعتقلت الشرطة عشرة منهم.",
    "زار وزير الخارجية التركي بغداد والتقى نظيره العراقي لبحث التعاون الأمني بين البلدين.",
};

double MaxRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

const std::vector<Document>& Docs() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::string path = std::string(RASAD_SHARED_DIR) + "/data/gsr/detect_dev.jsonl";
    if (std::filesystem::exists(path)) {
      ReadCallbacks cb;
      cb.on_document = [&](Document&& d) { out.push_back(std::move(d)); };
      ReadDocuments(path, ReadOptions{InputFormat::kJsonl, false}, cb);
    }
    if (out.empty()) {
      for (const char* t : kFallback) {
        Document d;
        d.id = ContentHash(t);
        d.text = t;
        out.push_back(std::move(d));
      }
    }
    return out;
  }();
  return docs;
}

// The 40 multi-sentence articles of data/sample/corpus.jsonl (4 to 7 sentences each): the per-document
// costs spread over several sentences, as in real news.
const std::vector<Document>& Articles() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    ReadCallbacks cb;
    cb.on_document = [&](Document&& d) { out.push_back(std::move(d)); };
    ReadDocuments(RASAD_SAMPLE_CORPUS, ReadOptions{InputFormat::kJsonl, false}, cb);
    return out;
  }();
  return docs;
}

const Engine& TheEngine() {
  static const std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Load(DefaultEngineOptions());
    if (!e.ok()) {
      std::fprintf(stderr, "cannot load dictionaries: %s\n", e.status().message().c_str());
      std::exit(1);
    }
    return std::move(e).value();
  }();
  return *engine;
}

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto e = Engine::Load(DefaultEngineOptions());
    benchmark::DoNotOptimize(e);
  }
  state.counters["max_rss_mb"] = MaxRssMb();
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3);

// Codes documents one by one and writes each event's JSON line, as the CLI does, keeping the counts
// a benchmark reports.
class CodeTally {
 public:
  CodeTally() : worker_(&TheEngine()) {}

  void Code(const Document& d) {
    RecycleEvents(&events_);  // (as the CLI: the memory of the last events is reused)
    worker_.Code(d, false, &events_);
    sentences_ += worker_.text().sentences.size();
    bytes_ += d.text.size();
    for (const Event& e : events_) {
      line_.clear();
      AppendEventJson(e, &line_);
      benchmark::DoNotOptimize(line_.data());
    }
    emitted_ += events_.size();
  }

  void Report(benchmark::State& state) const {
    state.SetBytesProcessed(static_cast<int64_t>(bytes_));
    state.counters["sentences_per_s"] = benchmark::Counter(static_cast<double>(sentences_), benchmark::Counter::kIsRate);
    state.counters["events_per_s"] = benchmark::Counter(static_cast<double>(emitted_), benchmark::Counter::kIsRate);
    state.counters["max_rss_mb"] = MaxRssMb();
  }

 private:
  Worker worker_;
  std::vector<Event> events_;
  std::string line_;
  size_t bytes_ = 0, sentences_ = 0, emitted_ = 0;
};

void CodeAll(benchmark::State& state, const std::vector<Document>& docs) {
  CodeTally tally;
  for (auto _ : state) {
    for (const Document& d : docs) tally.Code(d);
  }
  tally.Report(state);
}
void BM_CodeArabicNews(benchmark::State& state) { CodeAll(state, Docs()); }
BENCHMARK(BM_CodeArabicNews)->Unit(benchmark::kMillisecond);

void BM_CodeArticles(benchmark::State& state) { CodeAll(state, Articles()); }
BENCHMARK(BM_CodeArticles)->Unit(benchmark::kMillisecond);

// The sentences of BM_CodeArabicNews as news comes in: dated (relative dates are then read: أمس،
// الأسبوع الماضي) and 40 to a document, one a line (reference and the search for cues span the document).
const std::vector<Document>& DatedArticles() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    const std::vector<Document>& sentences = Docs();
    for (size_t i = 0; i < sentences.size(); i += 40) {
      Document d;
      for (size_t j = i; j < std::min(sentences.size(), i + 40); ++j) d.text += (j > i ? "\n" : "") + sentences[j].text;
      d.id = ContentHash(d.text);
      d.date = "2024-06-01";
      out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}
void BM_CodeDatedArticles(benchmark::State& state) { CodeAll(state, DatedArticles()); }
BENCHMARK(BM_CodeDatedArticles)->Unit(benchmark::kMillisecond);

// As BM_CodeArabicNews, but from the JSON Lines file itself, as `rasad code FILE.jsonl` runs: each
// pass reads and checks the records (UTF-8, JSON) before coding them. Skipped without ../shared.
void BM_CodeJsonlFile(benchmark::State& state) {
  const std::string path = std::string(RASAD_SHARED_DIR) + "/data/gsr/detect_dev.jsonl";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("../shared/data/gsr/detect_dev.jsonl not found");
    return;
  }
  CodeTally tally;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { tally.Code(d); };
  for (auto _ : state) ReadDocuments(path, ReadOptions{InputFormat::kJsonl, false}, cb);
  tally.Report(state);
}
BENCHMARK(BM_CodeJsonlFile)->Unit(benchmark::kMillisecond);

// Text layer + entity recognition only (the lexicon's throughput).
void BM_RecognizeEntities(benchmark::State& state) {
  const Engine& engine = TheEngine();
  const std::vector<Document>& docs = Docs();
  Worker worker(&engine);
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const Document& d : docs) {
      worker.Analyze(d);
      tokens += worker.text().tokens.size();
      bytes += d.text.size();
      benchmark::DoNotOptimize(worker.recognition().mentions.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["tokens_per_s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RecognizeEntities)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rasad
