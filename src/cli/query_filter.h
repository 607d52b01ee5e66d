// The event filter flags shared by `rasad query` and `rasad export`.
#ifndef RASAD_CLI_QUERY_FILTER_H_
#define RASAD_CLI_QUERY_FILTER_H_

#include <CLI/CLI.hpp>
#include <string>

#include "store/event_query.h"

namespace rasad::cli {

struct FilterFlags {
  std::string from, to, actor, country, type, place, bbox, text, doc;
  bool asserted = false;
  void Register(CLI::App* cmd);
  // The filter, with --type and --bbox parsed; errors name the bad flag value.
  Result<EventFilter> ToFilter() const;
};

}  // namespace rasad::cli

#endif  // RASAD_CLI_QUERY_FILTER_H_
