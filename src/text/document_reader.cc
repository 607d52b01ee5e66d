#include "text/document_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <vector>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <sstream>

#include "text/csv_reader.h"
#include "text/utf8.h"
#include "util/bytes_equal.h"
#include "util/fnv.h"

namespace rasad {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Validates (or repairs) UTF-8, unless `utf8_checked` (the bytes it was decoded from were checked
// already); returns false and fills *reason when the text is rejected.
bool CheckText(Document* doc, const ReadOptions& options, const ReadCallbacks& cb, std::string* reason,
               bool utf8_checked = false) {
  if (utf8_checked) {
    // Nothing to do: a JSON string decoded from valid UTF-8 is valid UTF-8 (both JSON readers
    // refuse an unpaired surrogate escape).
  } else if (options.lenient) {
    size_t n = RepairUtf8(&doc->text);
    if (n > 0 && cb.on_repaired) cb.on_repaired(*doc, n);
  } else {
    size_t bad = FindInvalidUtf8(doc->text);
    if (bad != std::string_view::npos) {
      *reason = fmt::format("byte {}: invalid UTF-8 sequence (0x{:02X}); use --lenient to replace it",
                            bad, static_cast<unsigned char>(doc->text[bad]));
      return false;
    }
  }
  bool blank = doc->text.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank) {
    *reason = "empty text";
    return false;
  }
  return true;
}

std::string OptionalString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "csv") return InputFormat::kCsv;
  return Status::Error(fmt::format("unknown input format '{}' (expected auto, text, jsonl or csv)", name));
}

std::string ContentHash(std::string_view text) {
  std::string out(16, '0');
  WriteHex16(Fnv1a(kFnvOffset, text), out.data());
  return out;
}

namespace {

// The common record, parsed with simdjson: a JSON object whose fields of interest are strings or
// null. Returns false for anything else (malformed JSON, another type in a field rasad reads); the
// caller then drops what was filled and parses the line with nlohmann-json, for its error message
// and its rendering of non-string values. A repeated key keeps its last value, as nlohmann-json does.
// When `padded`, SIMDJSON_PADDING bytes after the line can be read (whatever they hold): simdjson
// then reads the line where it is instead of copying it into a buffer of its own first.
bool ParseSimpleRecord(std::string_view line, bool padded, Document* doc) {
  for (std::string* field : {&doc->id, &doc->text, &doc->date, &doc->title, &doc->source, &doc->url, &doc->origin}) {
    field->clear();  // (a reused document keeps the memory of its strings)
  }
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size(), /*realloc_if_needed=*/!padded).get_object().get(object) !=
      simdjson::SUCCESS) {
    return false;
  }
  bool text_seen = false;
  for (auto [key, value] : object) {
    // The field of `key`, picked by its length and then one comparison (inline: a memcmp call per
    // field and key cost more).
    std::string* field;
    switch (key.size()) {
      case 2:
        if (!TextEqual(key, "id")) continue;
        field = &doc->id;
        break;
      case 3:
        if (!TextEqual(key, "url")) continue;
        field = &doc->url;
        break;
      case 4:
        if (TextEqual(key, "text")) {
          field = &doc->text;
        } else if (TextEqual(key, "date")) {
          field = &doc->date;
        } else {
          continue;
        }
        break;
      case 5:
        if (!TextEqual(key, "title")) continue;
        field = &doc->title;
        break;
      case 6:
        if (!TextEqual(key, "source")) continue;
        field = &doc->source;
        break;
      default:
        continue;
    }
    const bool is_text = field == &doc->text;
    std::string_view s;
    if (value.is_null() && !is_text) {
      field->clear();
    } else if (value.get_string().get(s) == simdjson::SUCCESS) {
      // (Cleared, then appended to: append copies with fewer tests than assign, which allows for
      // a view into the string itself.)
      field->clear();
      field->append(s);
    } else {
      return false;
    }
    text_seen = text_seen || is_text;
  }
  return text_seen;
}

// A record ParseSimpleRecord read: the id made from the text when none is given.
void FinishSimpleRecord(Document* doc) {
  if (doc->id.empty()) doc->id = ContentHash(doc->text);
}

// "NAME:LINE", as fmt's "{}:{}" writes it, without a format call (one per document).
void WriteOrigin(const std::string& name, size_t line_no, std::string* origin) {
  origin->assign(name);
  origin->push_back(':');
  char digits[20];
  origin->append(digits, static_cast<size_t>(std::to_chars(digits, digits + sizeof digits, line_no).ptr - digits));
}

// The records ParseSimpleRecord refuses, read with nlohmann-json for its error messages.
Result<Document> ParseOtherRecord(std::string_view line, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::Error(fmt::format("{}: byte {}: malformed JSON", origin, e.byte > 0 ? e.byte - 1 : 0));
  }
  if (!j.is_object()) return Status::Error(fmt::format("{}: expected a JSON object", origin));
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    return Status::Error(fmt::format("{}: missing string field \"text\"", origin));
  }
  Document doc;
  doc.text = text->get<std::string>();
  doc.id = OptionalString(j, "id");
  if (doc.id.empty()) doc.id = ContentHash(doc.text);
  doc.date = OptionalString(j, "date");
  doc.title = OptionalString(j, "title");
  doc.source = OptionalString(j, "source");
  doc.url = OptionalString(j, "url");
  doc.origin = origin;
  return doc;
}

}  // namespace

Result<Document> ParseJsonlRecord(std::string_view line, const std::string& origin) {
  Document doc;
  if (!ParseSimpleRecord(line, /*padded=*/false, &doc)) return ParseOtherRecord(line, origin);
  FinishSimpleRecord(&doc);
  doc.origin = origin;
  return doc;
}

namespace {

Status ReadDirectory(const std::string& path, const ReadOptions& options, const ReadCallbacks& cb) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file()) files.push_back(it->path());
  }
  if (ec) return Status::Error(fmt::format("{}: cannot list directory: {}", path, ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string ext = f.extension().string();
    if (ext != ".txt" && ext != ".jsonl" && ext != ".csv") {
      if (cb.on_skipped) cb.on_skipped(f.string());
      continue;
    }
    ReadOptions per_file = options;
    per_file.format = InputFormat::kAuto;  // in a directory, each file by its extension
    // A file that cannot be read at all is one rejected input; the other files are still read.
    Status s = ReadDocuments(f.string(), per_file, cb);
    if (!s.ok() && cb.on_rejected) cb.on_rejected({f.string(), s.message(), ""});
  }
  return Status::Ok();
}

Status ReadCsv(std::istream& in, const std::string& name, const ReadOptions& options, const ReadCallbacks& cb) {
  CsvReader reader(&in);
  CsvRecord header;
  Status error;
  if (!reader.Next(&header, &error)) return Status::Ok();  // empty file
  if (!error.ok()) return Status::Error(fmt::format("{}: {}", name, error.message()));
  auto column = [&](std::string_view col) -> int {
    for (size_t i = 0; i < header.fields.size(); ++i) {
      std::string h = header.fields[i];
      if (i == 0 && h.rfind("\xEF\xBB\xBF", 0) == 0) h = h.substr(3);  // byte-order mark
      if (h == col) return static_cast<int>(i);
    }
    return -1;
  };
  int text_col = column(options.text_column);
  if (text_col < 0) {
    // The whole file is one rejected input: nothing in it can be read as a document.
    if (cb.on_rejected) {
      std::string raw(std::istreambuf_iterator<char>(in), {});
      cb.on_rejected({fmt::format("{}:{}", name, header.line),
                      fmt::format("no column named \"{}\" in the header (use --text-column)", options.text_column),
                      header.raw + "\n" + raw});
    }
    return Status::Ok();
  }
  int id_col = column("id"), date_col = column("date"), title_col = column("title"), source_col = column("source"),
      url_col = column("url");
  CsvRecord rec;
  while (reader.Next(&rec, &error)) {
    std::string origin = fmt::format("{}:{}", name, rec.line);
    auto reject = [&](std::string reason) {
      if (cb.on_rejected) cb.on_rejected({origin, std::move(reason), rec.raw});
    };
    if (!error.ok()) {
      reject(error.message());
      continue;
    }
    if (rec.fields.size() != header.fields.size()) {
      reject(fmt::format("{} fields where the header has {}", rec.fields.size(), header.fields.size()));
      continue;
    }
    auto field = [&](int col) { return col >= 0 ? rec.fields[col] : std::string(); };
    Document doc;
    doc.text = field(text_col);
    doc.id = field(id_col);
    doc.date = field(date_col);
    doc.title = field(title_col);
    doc.source = field(source_col);
    doc.url = field(url_col);
    doc.origin = origin;
    std::string reason;
    if (!CheckText(&doc, options, cb, &reason)) {
      reject(reason);
      continue;
    }
    if (doc.id.empty()) doc.id = ContentHash(doc.text);
    if (cb.on_document) cb.on_document(std::move(doc));
  }
  if (in.bad()) return Status::Error(fmt::format("{}: read error", name));
  return Status::Ok();
}

// The lines of a stream, read in blocks: each line is a view into the block that holds it, followed
// by at least SIMDJSON_PADDING readable bytes, so that simdjson reads it in place. (std::getline
// copied every line into a string first, at about 300 instructions a line.) Standard input is read a
// line at a time, as it comes: a block would wait for 64 KB of it before the first line.
class LineReader {
 public:
  LineReader(std::istream* in, bool by_line)
      : in_(in), by_line_(by_line), buf_(by_line ? 0 : kBlock + simdjson::SIMDJSON_PADDING, '\0') {}

  // The next line, without its '\n' (the last line of the input may have none), valid until the
  // next call; false at the end of the input, as std::getline.
  bool Next(std::string_view* line) {
    if (by_line_) {
      if (!std::getline(*in_, buf_)) return false;
      buf_.reserve(buf_.size() + simdjson::SIMDJSON_PADDING);
      *line = buf_;
      return true;
    }
    for (;;) {
      const char* b = buf_.data() + begin_;
      if (const auto* nl = static_cast<const char*>(std::memchr(b + scanned_, '\n', filled_ - begin_ - scanned_))) {
        *line = std::string_view(b, static_cast<size_t>(nl - b));
        begin_ = static_cast<size_t>(nl + 1 - buf_.data());
        scanned_ = 0;
        return true;
      }
      scanned_ = filled_ - begin_;
      if (at_end_) {
        if (begin_ == filled_) return false;
        *line = std::string_view(b, filled_ - begin_);
        begin_ = filled_;
        scanned_ = 0;
        return true;
      }
      // The start of a line the block does not hold whole: moved to the front, the block grown when
      // the line fills most of it, and the rest read after it.
      std::memmove(buf_.data(), b, filled_ - begin_);
      filled_ -= begin_;
      begin_ = 0;
      if (filled_ > (buf_.size() - simdjson::SIMDJSON_PADDING) / 2) {
        buf_.resize(2 * (buf_.size() - simdjson::SIMDJSON_PADDING) + simdjson::SIMDJSON_PADDING, '\0');
      }
      in_->read(buf_.data() + filled_, static_cast<std::streamsize>(buf_.size() - simdjson::SIMDJSON_PADDING - filled_));
      const auto got = static_cast<size_t>(in_->gcount());
      filled_ += got;
      if (got == 0 || !*in_) at_end_ = true;
    }
  }

 private:
  static constexpr size_t kBlock = size_t{1} << 16;
  std::istream* in_;
  bool by_line_;
  std::string buf_;  // the block: [begin_, filled_) not yet returned, then at least the padding (by_line_: the line)
  size_t begin_ = 0, filled_ = 0;
  size_t scanned_ = 0;  // bytes after begin_ known to hold no '\n'
  bool at_end_ = false;
};

}  // namespace

Status ReadDocuments(const std::string& path, const ReadOptions& options, const ReadCallbacks& cb) {
  bool is_stdin = path == "-";
  std::ifstream file;
  if (!is_stdin) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return ReadDirectory(path, options, cb);
    file.open(path, std::ios::binary);
    if (!file) return Status::Error(fmt::format("{}: cannot open", path));
  }
  std::istream& in = is_stdin ? std::cin : file;
  std::string name = is_stdin ? std::string("<stdin>") : path;
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) {
    format = EndsWith(path, ".jsonl") ? InputFormat::kJsonl
             : EndsWith(path, ".csv") ? InputFormat::kCsv
                                      : InputFormat::kText;
  }
  if (format == InputFormat::kCsv) return ReadCsv(in, name, options, cb);

  if (format == InputFormat::kText) {
    Document doc;
    doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::Error(fmt::format("{}: read error", name));
    doc.id = is_stdin ? ContentHash(doc.text) : std::filesystem::path(path).filename().string();
    doc.origin = name;
    std::string reason;
    if (!CheckText(&doc, options, cb, &reason)) {
      if (cb.on_rejected) cb.on_rejected({name, reason, doc.text});
      return Status::Ok();
    }
    if (cb.on_document) cb.on_document(std::move(doc));
    return Status::Ok();
  }

  LineReader lines(&in, /*by_line=*/is_stdin);
  std::string_view line;
  std::string origin, repaired_line;
  size_t line_no = 0;
  // One document, reused from line to line: the memory of its strings is kept unless the callback
  // moves them out.
  Document doc;
  while (lines.Next(&line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    size_t repaired = 0;
    if (options.lenient) {
      // Repaired in a copy, whose capacity keeps room for simdjson's padding.
      repaired_line.assign(line);
      repaired = RepairUtf8(&repaired_line);
      repaired_line.reserve(repaired_line.size() + simdjson::SIMDJSON_PADDING);
      line = repaired_line;
    }
    // simdjson checks the UTF-8 of the whole line as it parses it, so a line it reads is valid.
    // Any other line is checked here, before the slower parser, so that the message names the byte.
    // The origin is written into the document read (not copied there from another string), or, for
    // the other lines, into `origin`.
    if (ParseSimpleRecord(line, /*padded=*/true, &doc)) {
      FinishSimpleRecord(&doc);
      WriteOrigin(name, line_no, &doc.origin);
    } else {
      WriteOrigin(name, line_no, &origin);
      if (!options.lenient) {
        size_t bad = FindInvalidUtf8(line);
        if (bad != std::string_view::npos) {
          if (cb.on_rejected) {
            cb.on_rejected({origin,
                            fmt::format("byte {}: invalid UTF-8 sequence (0x{:02X}); use --lenient to replace it",
                                        bad, static_cast<unsigned char>(line[bad])),
                            std::string(line)});
          }
          continue;
        }
      }
      Result<Document> other = ParseOtherRecord(line, origin);
      if (!other.ok()) {
        if (cb.on_rejected) {
          std::string msg = other.status().message();
          std::string prefix = origin + ": ";
          if (msg.rfind(prefix, 0) == 0) msg = msg.substr(prefix.size());
          cb.on_rejected({origin, msg, std::string(line)});
        }
        continue;
      }
      doc = std::move(other).value();
    }
    std::string reason;
    if (!CheckText(&doc, options, cb, &reason, /*utf8_checked=*/true)) {
      if (cb.on_rejected) cb.on_rejected({doc.origin, reason, std::string(line)});
      continue;
    }
    if (repaired > 0 && cb.on_repaired) cb.on_repaired(doc, repaired);
    if (cb.on_document) cb.on_document(std::move(doc));
  }
  if (in.bad()) return Status::Error(fmt::format("{}: read error after line {}", name, line_no));
  return Status::Ok();
}

}  // namespace rasad
