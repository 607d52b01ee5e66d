// StaticFiles: the dashboard's built files (web/dist) served under `/`.
//
// Only regular files inside the web directory are served: a path with a `..` or `.` segment, a
// backslash or a NUL byte (after percent-decoding, so `%2e%2e` counts too) is refused, and the
// resolved path must still lie under the directory (no symlink escapes). `/` is index.html. When
// the directory does not exist, `/` answers a short page saying the dashboard is not built.
#ifndef RASAD_SERVER_STATIC_FILES_H_
#define RASAD_SERVER_STATIC_FILES_H_

#include <filesystem>
#include <optional>
#include <string>

namespace rasad {

class StaticFiles {
 public:
  // `dir` may be missing (then only the "not built" page is served).
  explicit StaticFiles(const std::string& dir);

  struct File {
    int status = 200;          // 200, 400 (bad path) or 404
    std::string body;          // file contents, or a message for errors
    std::string content_type;  // for 200
  };

  // The file for the decoded request path `path` (starting with '/').
  File Get(const std::string& path) const;
  bool available() const { return available_; }
  const std::filesystem::path& dir() const { return dir_; }

  // The page `/` shows when the dashboard is not built.
  static std::string NotBuiltPage(const std::string& dir);

 private:
  std::filesystem::path dir_;
  bool available_ = false;
};

// The MIME type for a file name by its extension (application/octet-stream when unknown).
std::string MimeType(const std::string& path);

}  // namespace rasad

#endif  // RASAD_SERVER_STATIC_FILES_H_
