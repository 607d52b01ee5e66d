// Relative date expressions (أمس، الأسبوع الماضي، مؤخرا) and the shift of a document date they give.
#ifndef RASAD_CODER_RELATIVE_DATE_H_
#define RASAD_CODER_RELATIVE_DATE_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace rasad {

struct RelativeDate {
  std::vector<std::string> words;  // matching form
  int days = 0;
};

// Loads relative_dates.tsv.
Result<std::vector<RelativeDate>> LoadRelativeDates(const std::string& path);

// Adds `days` to an ISO date (YYYY-MM-DD); returns the input unchanged when it is not a full date.
std::string ShiftDate(const std::string& iso, int days);

}  // namespace rasad

#endif  // RASAD_CODER_RELATIVE_DATE_H_
