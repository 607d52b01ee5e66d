// A row coded by a worker that has just coded a long article must give the same events, byte for byte, as by a
// fresh worker: the per-document buffers and memos a worker keeps (speedcoder44, speedcoder45) hold nothing over.
#ifndef RASAD_TESTS_UNIT_REUSED_WORKER_SUPPORT_H_
#define RASAD_TESTS_UNIT_REUSED_WORKER_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/event_json.h"
#include "text/document_reader.h"
#include "unit/engine_test_support.h"

namespace rasad::testing {

// The events as the JSON Lines `rasad code` prints.
inline std::string JsonOf(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    AppendEventJson(e, &out);
    out += '\n';
  }
  return out;
}

// `text` as a document dated 2024-05-10, coded by `worker`.
inline std::vector<Event> CodeWith(Worker* worker, const char* text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = "2024-05-10";
  std::vector<Event> events;
  worker->Code(doc, false, &events);
  return events;
}

// `text` coded right after `article` by the same worker gives what a fresh worker gives, and so does the article
// after it (the article must give five events at least, to fill the worker's buffers).
inline void ExpectSameAfterArticle(const char* name, const char* text, const char* article) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker fresh(engine);
  const std::string alone = JsonOf(CodeWith(&fresh, text));
  Worker reused(engine);
  EXPECT_GE(CodeWith(&reused, article).size(), 5u) << "the article should give several events";
  EXPECT_EQ(JsonOf(CodeWith(&reused, text)), alone) << name;
  Worker fresh_article(engine);
  EXPECT_EQ(JsonOf(CodeWith(&reused, article)), JsonOf(CodeWith(&fresh_article, article))) << name;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_UNIT_REUSED_WORKER_SUPPORT_H_
