// Document: one input article, as rasad received it.
//
// `text` holds the bytes exactly as given (after --lenient repair, if asked); every span rasad
// outputs is a [start, end) byte range into it.
#ifndef RASAD_TEXT_DOCUMENT_H_
#define RASAD_TEXT_DOCUMENT_H_

#include <string>

namespace rasad {

struct Document {
  std::string id;      // JSONL `id`, else the file name, else a content hash
  std::string text;
  std::string date;    // ISO date or empty
  std::string title;
  std::string source;
  std::string url;
  std::string origin;  // where it was read from: "file.jsonl:12" or "file.txt"
};

}  // namespace rasad

#endif  // RASAD_TEXT_DOCUMENT_H_
