#include "server/event_list_json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "coder/event_json.h"

namespace rasad {
namespace {

void AppendString(const std::string& s, std::string* out) {
  *out += nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void AppendStoredEventJson(const StoredEvent& e, std::string* out) {
  size_t start = out->size();
  AppendEventJson(e.event, out);
  // The record is one object: reopen it to add the store's fields.
  if (out->size() == start || out->back() != '}') return;
  out->pop_back();
  fmt::format_to(std::back_inserter(*out), ",\"id\":{},\"num_mentions\":{},\"num_articles\":{},\"num_sources\":{},"
                 "\"num_independent\":{},\"dictionary_version\":",
                 e.id, e.num_mentions, e.num_articles, e.num_sources, e.num_independent);
  AppendString(e.dictionary_version, out);
  *out += ",\"doc_source\":";
  AppendString(e.doc_source, out);
  *out += ",\"doc_url\":";
  AppendString(e.doc_url, out);
  *out += ",\"doc_title\":";
  AppendString(e.doc_title, out);
  *out += '}';
}

}  // namespace rasad
