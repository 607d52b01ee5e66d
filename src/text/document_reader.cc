#include "text/document_reader.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/utf8.h"

namespace rasad {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Validates (or repairs) UTF-8; returns false and fills *reason when the text is rejected.
bool CheckText(Document* doc, const ReadOptions& options, const ReadCallbacks& cb, std::string* reason) {
  if (options.lenient) {
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
  return Status::Error(fmt::format("unknown input format '{}' (expected auto, text or jsonl)", name));
}

std::string ContentHash(std::string_view text) {
  // FNV-1a 64: stable across platforms and runs.
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

Result<Document> ParseJsonlRecord(std::string_view line, const std::string& origin) {
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

Status ReadDocuments(const std::string& path, const ReadOptions& options, const ReadCallbacks& cb) {
  bool is_stdin = path == "-";
  std::ifstream file;
  if (!is_stdin) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::Error(fmt::format("{}: is a directory", path));
    file.open(path, std::ios::binary);
    if (!file) return Status::Error(fmt::format("{}: cannot open", path));
  }
  std::istream& in = is_stdin ? std::cin : file;
  std::string name = is_stdin ? std::string("<stdin>") : path;
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = EndsWith(path, ".jsonl") ? InputFormat::kJsonl : InputFormat::kText;

  if (format == InputFormat::kText) {
    Document doc;
    doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::Error(fmt::format("{}: read error", name));
    doc.id = is_stdin ? ContentHash(doc.text) : std::filesystem::path(path).filename().string();
    doc.origin = name;
    std::string reason;
    if (!CheckText(&doc, options, cb, &reason)) {
      if (cb.on_rejected) cb.on_rejected({name, reason});
      return Status::Ok();
    }
    if (cb.on_document) cb.on_document(std::move(doc));
    return Status::Ok();
  }

  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string origin = fmt::format("{}:{}", name, line_no);
    // JSON parsers reject invalid UTF-8 in strings; check first so the message names the byte.
    if (!options.lenient) {
      size_t bad = FindInvalidUtf8(line);
      if (bad != std::string_view::npos) {
        if (cb.on_rejected) {
          cb.on_rejected({origin, fmt::format("byte {}: invalid UTF-8 sequence (0x{:02X}); use --lenient to replace it",
                                              bad, static_cast<unsigned char>(line[bad]))});
        }
        continue;
      }
    }
    size_t repaired = options.lenient ? RepairUtf8(&line) : 0;
    Result<Document> doc = ParseJsonlRecord(line, origin);
    if (!doc.ok()) {
      if (cb.on_rejected) {
        std::string msg = doc.status().message();
        std::string prefix = origin + ": ";
        if (msg.rfind(prefix, 0) == 0) msg = msg.substr(prefix.size());
        cb.on_rejected({origin, msg});
      }
      continue;
    }
    std::string reason;
    if (!CheckText(&doc.value(), options, cb, &reason)) {
      if (cb.on_rejected) cb.on_rejected({origin, reason});
      continue;
    }
    if (repaired > 0 && cb.on_repaired) cb.on_repaired(*doc, repaired);
    if (cb.on_document) cb.on_document(std::move(doc).value());
  }
  if (in.bad()) return Status::Error(fmt::format("{}: read error after line {}", name, line_no));
  return Status::Ok();
}

}  // namespace rasad
