// TsvReader: reads rasad's dictionary files (TAB-separated, `#` comments, `|` lists).
//
// The format is described in data/README.md. The reader hands out one record at a time with its
// line number so that every loader can report `file:line: reason` for a line it cannot use.
#ifndef RASAD_UTIL_TSV_READER_H_
#define RASAD_UTIL_TSV_READER_H_

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace rasad {

class TsvReader {
 public:
  // Opens `path`; check status() before reading.
  explicit TsvReader(std::string path);

  const Status& status() const { return status_; }
  const std::string& path() const { return path_; }
  size_t line_number() const { return line_no_; }

  // Reads the next record into *fields (trailing empty fields kept as read). Returns false at end
  // of file. Comment and blank lines are skipped.
  bool Next(std::vector<std::string_view>* fields);

  // An error "path:line: message" for the current line.
  Status Error(std::string_view message) const;

 private:
  std::string path_;
  std::ifstream in_;
  std::string line_;
  size_t line_no_ = 0;
  Status status_;
};

// Splits a `|`-separated list, trimming spaces and dropping empty items.
std::vector<std::string_view> SplitList(std::string_view field, char sep = '|');

// True for an ISO date as the dictionaries write it: YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12
// and a day 01-31.
bool IsIsoDate(std::string_view d);

// Trims ASCII white space.
std::string_view Trim(std::string_view s);

}  // namespace rasad

#endif  // RASAD_UTIL_TSV_READER_H_
