#include "util/tsv_reader.h"

#include <fmt/format.h>

namespace rasad {

TsvReader::TsvReader(std::string path) : path_(std::move(path)), in_(path_) {
  if (!in_) status_ = Status::Error(fmt::format("{}: cannot open", path_));
}

bool TsvReader::Next(std::vector<std::string_view>* fields) {
  fields->clear();
  while (std::getline(in_, line_)) {
    ++line_no_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    std::string_view view = Trim(line_);
    if (view.empty() || view[0] == '#') continue;
    std::string_view rest = line_;
    while (true) {
      size_t tab = rest.find('\t');
      fields->push_back(Trim(rest.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      rest = rest.substr(tab + 1);
    }
    return true;
  }
  return false;
}

Status TsvReader::Error(std::string_view message) const {
  return Status::Error(fmt::format("{}:{}: {}", path_, line_no_, message));
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string_view> SplitList(std::string_view field, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t at = field.find(sep);
    std::string_view item = Trim(field.substr(0, at));
    if (!item.empty()) out.push_back(item);
    if (at == std::string_view::npos) break;
    field = field.substr(at + 1);
  }
  return out;
}

}  // namespace rasad
