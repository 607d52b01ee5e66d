// ApiReply: what an API handler answers, a JSON body and an HTTP status, and how it is written.
//
// Handlers return errors as values: ApiReply::Error(400, "bbox: ...") becomes the body
// {"error": "bbox: ..."} of docs/api.md. Invalid UTF-8 in stored text never makes a reply fail:
// it is replaced by U+FFFD when the body is written.
#ifndef RASAD_SERVER_JSON_REPLY_H_
#define RASAD_SERVER_JSON_REPLY_H_

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "util/status.h"

namespace rasad {

struct ApiReply {
  int status = 200;
  nlohmann::json body;
  std::string text;  // when not empty, the body as already written JSON (`body` is then unused)

  static ApiReply Ok(nlohmann::json body) { return ApiReply{200, std::move(body), {}}; }
  // A 200 whose body the handler wrote itself; `json_text` must be one valid JSON value.
  static ApiReply OkText(std::string json_text) { return ApiReply{200, nullptr, std::move(json_text)}; }
  static ApiReply Error(int status, const std::string& message) {
    return ApiReply{status, nlohmann::json{{"error", message}}, {}};
  }
  // A failure of the store or another internal error (500).
  static ApiReply Internal(const Status& s) { return Error(500, s.message()); }
};

// Writes `reply` to `res` as application/json (UTF-8).
// Sets `res` to the reply (status, JSON body, Content-Type).
void WriteReply(ApiReply reply, httplib::Response& res);

// The JSON error body for `status` with `message`, as a string.
std::string ErrorBody(const std::string& message);

}  // namespace rasad

#endif  // RASAD_SERVER_JSON_REPLY_H_
