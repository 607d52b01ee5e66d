// The text layer on Arabic news: about 1 MB built from the GSR detection set's texts
// (../shared/data/gsr/detect_dev.jsonl, repeated), or from a paragraph written here when ../shared is
// absent. Reports bytes/s, tokens/s and the process's peak resident memory (max_rss_mb). main()
// comes from benchmark::benchmark_main.
//
//   build/bench/rasad_bench_text [--benchmark_filter=...]
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "text/arabic_normalizer.h"
#include "text/document_reader.h"
#include "text/text_analyzer.h"

namespace rasad {
namespace {

constexpr size_t kTargetBytes = 1 << 20;

// A paragraph of Arabic news used when ../shared is absent.
constexpr const char* kFallback =
    "قال مسؤول عسكري إن قوات حكومة الوفاق الوطني سيطرت على مدينة غريان الواقعة على بعد ٨٠ كيلومترا "
    "جنوب طرابلس، فيما انسحبت قوات حفتر نحو الشرق بعد معارك عنيفة أسفرت عن مقتل خمسة وعشرين شخصاً "
    "وإصابة العشرات. وأضاف في تصريح لوكالة الأنباء أن الطائرات المسيّرة قصفت مواقع للمسلحين، ما أدى "
    "إلى مصرع المئات من المقاتلين. وأكد الرئيس أن الحكومة ستواصل عملياتها حتى استعادة الأمن في البلاد.\n";

struct Corpus {
  std::string text;
  std::string source;
};

const Corpus& News() {
  static const Corpus corpus = [] {
    Corpus c;
    std::string path = std::string(RASAD_SHARED_DIR) + "/data/gsr/detect_dev.jsonl";
    std::string joined;
    if (std::filesystem::exists(path)) {
      ReadCallbacks cb;
      cb.on_document = [&](Document&& d) {
        joined += d.text;
        joined += '\n';
      };
      ReadDocuments(path, ReadOptions{InputFormat::kJsonl, false}, cb);
      c.source = path;
    }
    if (joined.empty()) {
      joined = kFallback;
      c.source = "built-in paragraph";
    }
    while (c.text.size() < kTargetBytes) c.text += joined;
    return c;
  }();
  return corpus;
}

const TextResources& Resources() {
  static const std::unique_ptr<TextResources> res = [] {
    std::string dic = std::filesystem::exists(kDefaultHunspellDic) ? kDefaultHunspellDic : "";
    auto r = TextResources::Load(RASAD_DATA_DIR, dic);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(2);
    }
    return std::move(r).value();
  }();
  return *res;
}

void ReportMemory(benchmark::State& state) {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  state.counters["max_rss_mb"] = static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
}

// Normalize + tokenize + clitics + sentences + clauses + quantities, one thread.
void BM_AnalyzeArabicNews(benchmark::State& state) {
  const Corpus& news = News();
  TextAnalyzer analyzer(&Resources());
  AnalyzedText text;
  size_t tokens = 0;
  for (auto _ : state) {
    analyzer.Analyze(news.text, &text);
    tokens += text.tokens.size();
    benchmark::DoNotOptimize(text.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * news.text.size()));
  state.counters["tokens_per_s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["doc_mb"] = static_cast<double>(news.text.size()) / (1 << 20);
  state.SetLabel(news.source);
  ReportMemory(state);
}
BENCHMARK(BM_AnalyzeArabicNews)->Unit(benchmark::kMillisecond);

// The same, one document (GSR record) at a time, as the CLI and server see them.
void BM_AnalyzeArabicNewsPerDocument(benchmark::State& state) {
  std::vector<std::string> docs;
  std::string path = std::string(RASAD_SHARED_DIR) + "/data/gsr/detect_dev.jsonl";
  ReadCallbacks cb;
  cb.on_document = [&](Document&& d) { docs.push_back(std::move(d.text)); };
  if (std::filesystem::exists(path)) ReadDocuments(path, ReadOptions{InputFormat::kJsonl, false}, cb);
  if (docs.empty()) docs.emplace_back(kFallback);
  TextAnalyzer analyzer(&Resources());
  AnalyzedText text;
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      analyzer.Analyze(d, &text);
      tokens += text.tokens.size();
      bytes += d.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["tokens_per_s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["docs"] = static_cast<double>(docs.size());
  ReportMemory(state);
}
BENCHMARK(BM_AnalyzeArabicNewsPerDocument)->Unit(benchmark::kMillisecond);

// Normalization alone, with the byte map.
void BM_NormalizeArabicNews(benchmark::State& state) {
  const Corpus& news = News();
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  std::string out;
  OffsetMap map;
  for (auto _ : state) {
    out.clear();
    map.clear();
    norm.Normalize(news.text, 0, &out, &map);
    benchmark::DoNotOptimize(out.data());
    benchmark::DoNotOptimize(map.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * news.text.size()));
  ReportMemory(state);
}
BENCHMARK(BM_NormalizeArabicNews)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rasad

