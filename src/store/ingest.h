// Ingest: reads documents from files, directories or standard input, codes them on all cores and
// stores them with their events, batch by batch (store/store.h).
//
// One reader thread parses the inputs; the calling thread takes batches of documents, skips those
// already stored (same content), codes the rest with one Worker per thread, and hands the coded
// batch to a writer thread, which commits it as one transaction while the next batch is coded.
// Documents are stored in input order, so two runs over the same inputs give the same store.
#ifndef RASAD_STORE_INGEST_H_
#define RASAD_STORE_INGEST_H_

#include <functional>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "store/store.h"
#include "text/document_reader.h"
#include "util/status.h"

namespace rasad {

struct IngestProgress {
  RunCounts counts;
  double seconds = 0;
  uint64_t bytes_read = 0;   // bytes of input consumed so far (documents and rejected records)
  uint64_t bytes_total = 0;  // size of the input files (0 when unknown, e.g. standard input)
};

// Where an ingest spent its time (wall clock; coding and writing overlap).
struct IngestTiming {
  double code_seconds = 0;   // coding batches on all threads
  double write_seconds = 0;  // committing batches (writer thread)
};

struct IngestOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for standard input
  ReadOptions read;
  int threads = 0;                  // coding threads; 0 = all cores
  size_t batch_size = 1024;         // documents per transaction
  std::string default_date;         // date for documents that carry none
  // Called from the writer thread after each committed batch.
  std::function<void(const IngestProgress&)> on_progress;
  // Called (from the reader thread) for each rejected input and each skipped file.
  std::function<void(const RejectedInput&)> on_rejected;
  std::function<void(const std::string& path)> on_skipped;
  IngestTiming* timing = nullptr;  // filled at the end when set
};

// Coding a document for the store: its events, its content hash (computed unless given) and its
// MinHash signature.
CodedDocument CodeForStore(Worker& worker, Document&& doc, std::string content_hash = {});

// Runs one ingest into `store` and returns what it did. Errors are those that stop the run (an
// unreadable store, a failed commit); a bad document is not an error (it is counted, recorded in
// the store's `rejected` table and passed to on_rejected). An unreadable input file is recorded as
// rejected too, and the run goes on.
Result<RunCounts> Ingest(const Engine& engine, Store& store, const std::string& dictionary_version,
                         const IngestOptions& options);

// Recodes stored documents whose dictionary version differs from `dictionary_version` (all of them
// when `all`), batch by batch, each batch one transaction.
Result<RunCounts> Recode(const Engine& engine, Store& store, const std::string& dictionary_version, bool all,
                         int threads, const std::function<void(const IngestProgress&)>& on_progress);

}  // namespace rasad

#endif  // RASAD_STORE_INGEST_H_
