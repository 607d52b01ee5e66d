// Shared by the gold-set tests: a JSON Lines or text file coded as `rasad code` codes it, one
// Worker over the test engine, every event rendered as its JSON record.
#ifndef RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_
#define RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "coder/event_json.h"
#include "text/document_reader.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

inline std::vector<nlohmann::json> CodeFile(const std::string& path) {
  Worker worker(TestEngine());
  std::vector<nlohmann::json> out;
  std::vector<Event> events;
  ReadCallbacks cb;
  cb.on_document = [&](Document&& doc) {
    events.clear();
    worker.Code(doc, false, &events);
    for (const Event& e : events) out.push_back(EventToJson(e));
  };
  EXPECT_TRUE(ReadDocuments(path, ReadOptions{}, cb).ok()) << path;
  return out;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_GOLDEN_GOLD_TEST_SUPPORT_H_
