// CsvReader: reads RFC 4180 CSV records (quoted fields with "" escapes and embedded newlines, CRLF
// or LF line ends) from a stream, one record at a time, keeping the record's raw bytes and the line
// it starts on so that a bad record can be reported and kept.
#ifndef RASAD_TEXT_CSV_READER_H_
#define RASAD_TEXT_CSV_READER_H_

#include <istream>
#include <string>
#include <vector>

#include "util/status.h"

namespace rasad {

struct CsvRecord {
  std::vector<std::string> fields;
  size_t line = 0;  // 1-based line where the record starts
  std::string raw;  // the record as read, without its final line end
};

class CsvReader {
 public:
  explicit CsvReader(std::istream* in) : in_(in) {}

  // Reads the next record into *record. Returns false at the end of input. A record with an
  // unterminated quoted field is returned with *error set ("line N: unterminated quoted field").
  bool Next(CsvRecord* record, Status* error);

 private:
  std::istream* in_;
  size_t line_ = 0;
};

}  // namespace rasad

#endif  // RASAD_TEXT_CSV_READER_H_
