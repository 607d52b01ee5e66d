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

bool IsIsoDate(std::string_view d) {
  bool ok = d.size() == 4 || d.size() == 7 || d.size() == 10;
  for (size_t i = 0; ok && i < d.size(); ++i) ok = (i == 4 || i == 7) ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
  if (ok && d.size() >= 7) ok = d.substr(5, 2) >= "01" && d.substr(5, 2) <= "12";
  if (ok && d.size() == 10) ok = d.substr(8, 2) >= "01" && d.substr(8, 2) <= "31";
  return ok;
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
