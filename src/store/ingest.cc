#include "store/ingest.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <variant>

#include "store/near_duplicates.h"

namespace rasad {
namespace {

using Clock = std::chrono::steady_clock;

// A blocking queue with a capacity; Close() ends it for the consumer once drained.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity) {}
  void Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }
  // Moves up to `max` items into *out, waiting for at least one; false when closed and empty.
  bool PopSome(size_t max, std::vector<T>* out) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    for (size_t taken = 0; !items_.empty() && taken < max; ++taken) {
      out->push_back(std::move(items_.front()));
      items_.pop_front();
    }
    not_full_.notify_all();
    return true;
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<T> items_;
  bool closed_ = false;
};

using Item = std::variant<Document, RejectedInput>;

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

// Codes docs[i] for all i on the workers, one thread per worker. `hashes`, when given, holds the
// content hash of each document, already computed.
void CodeInParallel(std::vector<std::unique_ptr<Worker>>& workers, std::vector<Document>& docs,
                    std::vector<CodedDocument>* out, std::vector<std::string>* hashes = nullptr) {
  out->clear();
  out->resize(docs.size());
  std::atomic<size_t> next{0};
  auto run = [&](Worker* w) {
    for (size_t i = next++; i < docs.size(); i = next++) {
      (*out)[i] = CodeForStore(*w, std::move(docs[i]), hashes ? std::move((*hashes)[i]) : std::string());
    }
  };
  if (workers.size() == 1 || docs.size() < 2) {
    run(workers[0].get());
    return;
  }
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers.size(); ++t) threads.emplace_back(run, workers[t].get());
  run(workers[0].get());
  for (auto& t : threads) t.join();
}

// Commits batches on its own thread, one at a time, while the caller codes the next.
class BatchWriter {
 public:
  struct Batch {
    std::vector<CodedDocument> docs;
    std::vector<RejectedInput> rejected;
    int64_t documents_read = 0;
    uint64_t bytes = 0;
  };

  BatchWriter(Store* store, int64_t run, const std::function<void(const IngestProgress&)>& on_progress,
              uint64_t bytes_total)
      : store_(store), run_(run), on_progress_(on_progress), start_(Clock::now()) {
    progress_.bytes_total = bytes_total;
    thread_ = std::thread([this] { Loop(); });
  }
  ~BatchWriter() { Finish(); }

  // Waits until the previous batch is written, then hands over this one. False after an error.
  bool Submit(Batch batch) {
    std::unique_lock lock(mu_);
    idle_.wait(lock, [&] { return !pending_ || !status_.ok(); });
    if (!status_.ok()) return false;
    pending_ = std::move(batch);
    ready_.notify_one();
    return true;
  }

  // Writes what is pending and stops; returns the first error, if any.
  Status Finish() {
    {
      std::lock_guard lock(mu_);
      done_ = true;
      ready_.notify_one();
    }
    if (thread_.joinable()) thread_.join();
    return status_;
  }
  const RunCounts& counts() const { return progress_.counts; }
  double write_seconds = 0;  // time spent in Store::WriteBatch

 private:
  void Loop() {
    while (true) {
      Batch batch;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return pending_.has_value() || done_; });
        if (!pending_) return;
        batch = std::move(*pending_);
      }
      auto w0 = Clock::now();
      Status s = store_->WriteBatch(run_, batch.docs, batch.rejected, batch.documents_read, &progress_.counts);
      write_seconds += std::chrono::duration<double>(Clock::now() - w0).count();
      progress_.bytes_read += batch.bytes;
      progress_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
      if (s.ok() && on_progress_) on_progress_(progress_);
      std::lock_guard lock(mu_);
      pending_.reset();
      if (!s.ok()) status_ = s;
      idle_.notify_all();
      if (!s.ok()) return;
    }
  }

  Store* store_;
  int64_t run_;
  std::function<void(const IngestProgress&)> on_progress_;
  Clock::time_point start_;
  IngestProgress progress_;
  std::mutex mu_;
  std::condition_variable ready_, idle_;
  std::optional<Batch> pending_;
  bool done_ = false;
  Status status_;
  std::thread thread_;
};

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const std::string& p : inputs) {
    std::error_code ec;
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else {
      uint64_t n = fs::file_size(p, ec);
      if (!ec) total += n;
    }
  }
  return total;
}

std::vector<std::unique_ptr<Worker>> MakeWorkers(const Engine& engine, int threads) {
  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < ThreadCount(threads); ++i) workers.push_back(std::make_unique<Worker>(&engine));
  return workers;
}

}  // namespace

CodedDocument CodeForStore(Worker& worker, Document&& doc, std::string content_hash) {
  CodedDocument cd;
  cd.content_hash = content_hash.empty() ? ContentHash(doc.text) : std::move(content_hash);
  cd.minhash = ComputeMinHash(doc.text);
  worker.Code(doc, false, &cd.events);
  cd.doc = std::move(doc);
  PrepareForStore(&cd);
  return cd;
}

Result<RunCounts> Ingest(const Engine& engine, Store& store, const std::string& dictionary_version,
                         const IngestOptions& options) {
  std::string inputs;
  for (const std::string& p : options.inputs) inputs += (inputs.empty() ? "" : " ") + p;
  auto run = store.BeginRun("ingest", inputs, dictionary_version);
  if (!run.ok()) return run.status();

  BoundedQueue<Item> queue(options.batch_size * 2);
  std::thread reader([&] {
    ReadCallbacks cb;
    cb.on_document = [&](Document&& d) {
      if (d.date.empty()) d.date = options.default_date;
      queue.Push(std::move(d));
    };
    cb.on_rejected = [&](Rejected&& r) {
      RejectedInput ri{std::move(r.origin), std::move(r.reason), std::move(r.raw)};
      if (options.on_rejected) options.on_rejected(ri);
      queue.Push(std::move(ri));
    };
    cb.on_skipped = options.on_skipped;
    for (const std::string& path : options.inputs) {
      Status s = ReadDocuments(path, options.read, cb);
      if (!s.ok()) {
        RejectedInput ri{path, s.message(), ""};
        if (options.on_rejected) options.on_rejected(ri);
        queue.Push(std::move(ri));
      }
    }
    queue.Close();
  });

  std::vector<std::unique_ptr<Worker>> workers = MakeWorkers(engine, options.threads);
  // Content already stored or already sent to the writer: not coded again. A copy, because the
  // writer thread updates the store's own set.
  std::unordered_set<std::string> seen = store.content_hashes();
  BatchWriter writer(&store, *run, options.on_progress, InputBytes(options.inputs));
  std::vector<Item> items;
  double code_seconds = 0;
  std::vector<Document> to_code;
  std::vector<std::string> to_code_hashes;
  bool writer_ok = true;
  while (writer_ok) {
    items.clear();
    if (!queue.PopSome(options.batch_size, &items)) break;
    // Fill the batch up to its size unless the input has ended.
    while (items.size() < options.batch_size && queue.PopSome(options.batch_size - items.size(), &items)) {
    }
    BatchWriter::Batch batch;
    to_code.clear();
    to_code_hashes.clear();
    std::vector<size_t> slots;  // where each coded document goes in batch.docs (input order)
    for (Item& item : items) {
      if (auto* doc = std::get_if<Document>(&item)) {
        batch.bytes += doc->text.size();
        ++batch.documents_read;
        std::string hash = ContentHash(doc->text);
        if (!seen.insert(hash).second) {
          // Already stored or queued: WriteBatch counts it as a duplicate without coding it again.
          CodedDocument cd;
          cd.content_hash = std::move(hash);
          batch.docs.push_back(std::move(cd));
          continue;
        }
        slots.push_back(batch.docs.size());
        batch.docs.emplace_back();
        to_code.push_back(std::move(*doc));
        to_code_hashes.push_back(std::move(hash));
      } else {
        auto& r = std::get<RejectedInput>(item);
        batch.bytes += r.raw.size();
        batch.rejected.push_back(std::move(r));
      }
    }
    std::vector<CodedDocument> coded;
    auto c0 = Clock::now();
    CodeInParallel(workers, to_code, &coded, &to_code_hashes);
    code_seconds += std::chrono::duration<double>(Clock::now() - c0).count();
    for (size_t i = 0; i < coded.size(); ++i) batch.docs[slots[i]] = std::move(coded[i]);
    writer_ok = writer.Submit(std::move(batch));
  }
  // Drain the reader so it can finish even when the writer failed.
  if (!writer_ok) {
    while (queue.PopSome(options.batch_size, &items)) items.clear();
  }
  reader.join();
  Status s = writer.Finish();
  if (!s.ok()) {
    store.FinishRun(*run, "failed");
    return s;
  }
  if (options.timing) {
    options.timing->code_seconds = code_seconds;
    options.timing->write_seconds = writer.write_seconds;
  }
  s = store.FinishRun(*run, "completed");
  if (!s.ok()) return s;
  return writer.counts();
}

Result<RunCounts> Recode(const Engine& engine, Store& store, const std::string& dictionary_version, bool all,
                         int threads, const std::function<void(const IngestProgress&)>& on_progress) {
  auto run = store.BeginRun("recode", all ? "all" : "stale", dictionary_version);
  if (!run.ok()) return run.status();
  std::vector<std::unique_ptr<Worker>> workers = MakeWorkers(engine, threads);
  RunCounts counts;
  IngestProgress progress;
  auto start = Clock::now();
  int64_t after = 0;
  const int kBatch = 512;
  // With `all`, documents already recoded by this run carry the new version; walking by row id
  // visits each once either way.
  std::string stale_version = all ? "" : dictionary_version;
  while (true) {
    std::vector<Document> docs;
    Status s = store.ForEachStaleDocument(stale_version, after, kBatch, [&](int64_t row, Document&& d) {
      after = row;
      docs.push_back(std::move(d));
    });
    if (!s.ok()) return s;
    if (docs.empty()) break;
    std::vector<CodedDocument> coded;
    CodeInParallel(workers, docs, &coded);
    s = store.ReplaceEvents(*run, coded, dictionary_version, &counts);
    if (!s.ok()) {
      store.FinishRun(*run, "failed");
      return s;
    }
    progress.counts = counts;
    progress.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (on_progress) on_progress(progress);
  }
  Status s = store.FinishRun(*run, "completed");
  if (!s.ok()) return s;
  return counts;
}

}  // namespace rasad
