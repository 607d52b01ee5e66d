// A process-wide Engine over rasad's real dictionaries, for tests of the lexicon and the coder.
#ifndef RASAD_TESTS_ENGINE_TEST_SUPPORT_H_
#define RASAD_TESTS_ENGINE_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "coder/engine.h"

namespace rasad::testing {

inline bool HaveHunspell() { return std::filesystem::exists(RASAD_HUNSPELL_DIC); }
inline std::string SharedPath(const std::string& rel) { return std::string(RASAD_SHARED_DIR) + "/" + rel; }
inline bool HaveShared(const std::string& rel) { return std::filesystem::exists(SharedPath(rel)); }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The engine, loaded once; null (with the reason in *error) when it cannot load.
inline const Engine* TestEngine(std::string* error = nullptr) {
  static std::string load_error;
  static std::unique_ptr<Engine> engine = [] {
    EngineOptions o = DefaultEngineOptions();
    o.data_dir = RASAD_DATA_DIR;
    o.hunspell_dic = std::filesystem::exists(RASAD_HUNSPELL_DIC) ? RASAD_HUNSPELL_DIC : "";
    auto e = Engine::Load(o);
    if (!e.ok()) {
      load_error = e.status().message();
      return std::unique_ptr<Engine>();
    }
    return std::move(e).value();
  }();
  if (error) *error = load_error;
  return engine.get();
}

inline std::vector<Event> CodeText(const std::string& text, const std::string& date = "") {
  const Engine* engine = TestEngine();
  Worker worker(engine);
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = date;
  std::vector<Event> events;
  worker.Code(doc, false, &events);
  return events;
}

}  // namespace rasad::testing

#endif  // RASAD_TESTS_ENGINE_TEST_SUPPORT_H_
