// POST /api/code: codes a pasted article with a leased Worker; nothing is stored.
#include <fmt/format.h>

#include "coder/event_json.h"
#include "server/api_handlers.h"
#include "server/request_params.h"
#include "text/document.h"
#include "text/utf8.h"

namespace rasad {
namespace {

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

ApiReply HandleCode(ApiContext& ctx, const httplib::Request& req) {
  if (!ctx.workers) return ApiReply::Error(500, "this server runs without the coder");
  std::string type = req.get_header_value("Content-Type");
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Document doc;
  doc.id = "pasted";
  doc.date = Param(req.params, "date");
  if (type.find("json") != std::string::npos) {
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) return ApiReply::Error(400, "body: not a JSON object");
    if (!body.contains("text") || !body["text"].is_string()) return ApiReply::Error(400, "text: missing or not a string");
    doc.text = body["text"].get<std::string>();
    if (body.contains("date") && !body["date"].is_null()) {
      if (!body["date"].is_string()) return ApiReply::Error(400, "date: not a string");
      doc.date = body["date"].get<std::string>();
    }
    if (body.contains("id") && body["id"].is_string() && !body["id"].get<std::string>().empty()) {
      doc.id = body["id"].get<std::string>();
    }
  } else if (type.empty() || StartsWith(type, "text/plain")) {
    doc.text = req.body;
  } else {
    return ApiReply::Error(400, fmt::format("Content-Type '{}': expected application/json or text/plain", type));
  }
  if (Status s = ValidateUtf8(doc.text, "text"); !s.ok()) return ApiReply::Error(400, s.message());
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return ApiReply::Error(400, "text: empty");
  if (!doc.date.empty() && !IsIsoDate(doc.date)) {
    return ApiReply::Error(400, fmt::format("date: '{}' is not a date (YYYY-MM-DD)", doc.date));
  }
  std::vector<Event> events;
  {
    WorkerPool::Lease lease = ctx.workers->Acquire();
    lease.worker().Code(doc, /*explain=*/false, &events);
  }
  nlohmann::json list = nlohmann::json::array();
  for (const Event& e : events) list.push_back(EventToJson(e));
  return ApiReply::Ok({{"document",
                        {{"id", doc.id},
                         {"text", doc.text},
                         {"date", doc.date.empty() ? nlohmann::json() : nlohmann::json(doc.date)}}},
                       {"events", std::move(list)}});
}

}  // namespace rasad
