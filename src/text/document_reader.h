// DocumentReader: reads input documents from plain-text files, JSON Lines and standard input.
//
// Formats (../shared/data/README.md): a plain-text file is one document whose id is the file name;
// a JSON Lines file holds one `{"id","text",...}` object per line (optional `date`, `title`,
// `source`, `url`); a CSV file (RFC 4180, header row) holds one document per record, its text in
// the column named by `text_column` and optional `id`, `date`, `title`, `source`, `url` columns.
// The format is chosen by the caller or automatically by extension (`.jsonl`, `.csv`, else text).
// A directory is read recursively, its `.txt`, `.jsonl` and `.csv` files in name order; other
// files are reported as skipped. Bad input does not stop the reader: each bad document (invalid UTF-8, a malformed JSON line,
// a missing or empty text) is reported as a Rejected record naming the file, line or byte offset,
// and reading goes on.
#ifndef RASAD_TEXT_DOCUMENT_READER_H_
#define RASAD_TEXT_DOCUMENT_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "text/document.h"
#include "util/status.h"

namespace rasad {

enum class InputFormat { kAuto, kText, kJsonl, kCsv };

// Parses "auto", "text", "jsonl" or "csv".
Result<InputFormat> ParseInputFormat(std::string_view name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  bool lenient = false;  // repair invalid UTF-8 with U+FFFD instead of rejecting the document
  std::string text_column = "text";  // CSV: the column holding the text
};

struct Rejected {
  std::string origin;  // "file.jsonl:12" or "file.txt"
  std::string reason;  // one line, names the byte offset where relevant
  std::string raw;     // the input as read (the JSON line, CSV record or file), so nothing is lost
};

struct ReadCallbacks {
  std::function<void(Document&&)> on_document;
  std::function<void(Rejected&&)> on_rejected;
  // Called with the number of bytes replaced by --lenient repair in a document (only when > 0).
  std::function<void(const Document&, size_t)> on_repaired;
  // Called for a file in a directory that is not read (not .txt, .jsonl or .csv).
  std::function<void(const std::string& path)> on_skipped;
};

// Reads `path` ("-" is standard input) and calls back once per document or rejected input.
// Returns an error only when the file itself cannot be read; bad documents go to on_rejected.
Status ReadDocuments(const std::string& path, const ReadOptions& options, const ReadCallbacks& callbacks);

// Parses one JSON Lines record. `origin` names it in error messages ("file:line").
Result<Document> ParseJsonlRecord(std::string_view line, const std::string& origin);

// A short stable hash of `text` (hex), used as an id when none is given.
std::string ContentHash(std::string_view text);

}  // namespace rasad

#endif  // RASAD_TEXT_DOCUMENT_READER_H_
