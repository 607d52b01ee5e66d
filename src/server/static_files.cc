#include "server/static_files.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace rasad {
namespace fs = std::filesystem;

StaticFiles::StaticFiles(const std::string& dir) {
  std::error_code ec;
  if (!dir.empty() && fs::is_directory(dir, ec)) {
    dir_ = fs::canonical(dir, ec);
    available_ = !ec;
  } else {
    dir_ = dir;
  }
}

std::string MimeType(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},        {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},   {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                        {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},                     {".woff2", "font/woff2"},
      {".woff", "font/woff"},                       {".ttf", "font/ttf"},
      {".map", "application/json; charset=utf-8"},  {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"}};
  std::string ext = fs::path(path).extension().string();
  for (auto [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

std::string StaticFiles::NotBuiltPage(const std::string& dir) {
  return fmt::format(
      "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>rasad</title>"
      "<h1>rasad</h1><p>The dashboard is not built (no directory <code>{}</code>). "
      "Run <code>scripts/setup_web.sh</code>, or pass <code>--web DIR</code>.</p>"
      "<p>The JSON API works: <a href=\"api/health\">api/health</a>, <a href=\"api/events\">api/events</a>.</p></html>",
      dir);
}

StaticFiles::File StaticFiles::Get(const std::string& path) const {
  if (path.empty() || path[0] != '/' || path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) {
    return {400, "bad path", ""};
  }
  // Segment by segment: no "..", no ".", no hidden files.
  std::string rel;
  size_t i = 1;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string seg = path.substr(i, j - i);
    if (seg == ".." || seg == ".") return {400, "bad path", ""};
    if (!seg.empty()) {
      if (seg[0] == '.') return {404, "not found", ""};
      rel += (rel.empty() ? "" : "/") + seg;
    }
    i = j + 1;
  }
  if (!available_) {
    if (rel.empty() || rel == "index.html") return {200, NotBuiltPage(dir_.string()), "text/html; charset=utf-8"};
    return {404, "not found", ""};
  }
  fs::path file = rel.empty() ? dir_ / "index.html" : dir_ / rel;
  std::error_code ec;
  if (fs::is_directory(file, ec)) file /= "index.html";
  fs::path real = fs::canonical(file, ec);
  if (ec || !fs::is_regular_file(real, ec)) return {404, "not found", ""};
  // The resolved file must lie under the web directory (symlinks may not lead out of it).
  auto [d, r] = std::mismatch(dir_.begin(), dir_.end(), real.begin(), real.end());
  if (d != dir_.end()) return {404, "not found", ""};
  std::ifstream in(real, std::ios::binary);
  if (!in) return {404, "not found", ""};
  std::ostringstream ss;
  ss << in.rdbuf();
  return {200, ss.str(), MimeType(real.string())};
}

}  // namespace rasad
