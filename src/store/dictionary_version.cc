#include "store/dictionary_version.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "util/fnv.h"

namespace rasad {
namespace {

// FNV-1a 64 over everything added, in order.
class Fnv64 {
 public:
  void Add(std::string_view bytes) { h_ = Fnv1a(h_, bytes); }
  uint64_t value() const { return h_; }

 private:
  uint64_t h_ = kFnvOffset;
};

Status AddFile(const std::filesystem::path& path, const std::string& name, Fnv64* h) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(fmt::format("{}: cannot read", path.string()));
  h->Add(name);
  h->Add(std::string_view("\0", 1));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) h->Add(std::string_view(buf, static_cast<size_t>(in.gcount())));
  return Status::Ok();
}

}  // namespace

Result<std::string> DictionaryVersion(const EngineOptions& options) {
  namespace fs = std::filesystem;
  Fnv64 h;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(options.data_dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".md" || it->path().string().find("/sample/") != std::string::npos) continue;  // docs, samples
    files.push_back(it->path());
  }
  if (ec) return Status::Error(fmt::format("{}: {}", options.data_dir, ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    Status s = AddFile(f, fs::relative(f, options.data_dir).string(), &h);
    if (!s.ok()) return s;
  }
  if (!options.gazetteer.empty() && fs::exists(options.gazetteer)) {
    Status s = AddFile(options.gazetteer, "gazetteer", &h);
    if (!s.ok()) return s;
  }
  return fmt::format("{:016x}", h.value());
}

}  // namespace rasad
