#include "text/csv_reader.h"

#include <fmt/format.h>

namespace rasad {

bool CsvReader::Next(CsvRecord* record, Status* error) {
  record->fields.clear();
  record->raw.clear();
  *error = Status::Ok();
  std::string line;
  // Skip blank lines between records.
  do {
    if (!std::getline(*in_, line)) return false;
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
  } while (line.empty());
  record->line = line_;
  record->raw = line;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field began with a quote
  size_t i = 0;
  while (true) {
    if (i == line.size()) {
      if (quoted) {
        // The quoted field goes on past the line end.
        std::string next;
        if (!std::getline(*in_, next)) {
          *error = Status::Error(fmt::format("line {}: unterminated quoted field", record->line));
          record->fields.push_back(field);
          return true;
        }
        ++line_;
        if (!next.empty() && next.back() == '\r') next.pop_back();
        field.push_back('\n');
        record->raw += "\n" + next;
        line = std::move(next);
        i = 0;
        continue;
      }
      record->fields.push_back(field);
      return true;
    }
    char c = line[i++];
    if (quoted) {
      if (c == '"') {
        if (i < line.size() && line[i] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == ',') {
      record->fields.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else {
      field.push_back(c);
    }
  }
}

}  // namespace rasad
