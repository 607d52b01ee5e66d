#include "server/json_reply.h"

namespace rasad {

void WriteReply(ApiReply reply, httplib::Response& res) {
  res.status = reply.status;
  if (!reply.text.empty()) {
    // Moved, not copied: a map page is over a megabyte.
    res.body = std::move(reply.text);
    res.set_header("Content-Type", "application/json; charset=utf-8");
    return;
  }
  res.set_content(reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

std::string ErrorBody(const std::string& message) {
  return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace rasad
