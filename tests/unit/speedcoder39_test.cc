// Guards for the speed work of session 39 (no reading changes; every row is a guard_ that must pass before
// and after, its expectation written by hand):
//   - FindTriggersAndCues goes on at once from a token that starts no trigger: triggers after such words, a
//     verb phrase split by its subject (أطلق مسلحون النار) and a sentence with no trigger still read as before.
//   - JsonWriter writes a string of up to 32 bytes and a number below 10,000 inline: strings of 15, 16, 17,
//     31, 32 and 33 bytes, plain or with a byte to escape first, in the middle or last, and numbers of four
//     and five digits, are written as JSON requires.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "coder/event_json.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

struct Row {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type
  bool present;        // whether an event of that type is read
  const char* source;  // when present and not empty: the source actor's country
};

const Row kRows[] = {
    {"guard_strike_after_plain_words", "وفي تطور لاحق قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان أمس.", "ASSAULT",
     true, "ISR"},
    {"guard_split_by_subject", "أطلق مسلحون النار على حافلة ركاب في ولاية بلاتو النيجيرية.", "ASSAULT", true, ""},
    {"guard_protest_after_plain_words", "وبحسب شهود عيان تظاهر آلاف الطلاب في نيروبي احتجاجا على رفع الضرائب.",
     "PROTEST", true, ""},
    {"guard_no_trigger", "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في موعده المحدد.", "ASSAULT", false, ""},
};

TEST(Speedcoder39Test, ReadingsKeptAfterWordsThatStartNoTrigger) {
  ASSERT_NE(testing::TestEngine(), nullptr);
  for (const Row& row : kRows) {
    std::vector<Event> events = testing::CodeText(row.text, "2024-06-01");
    const Event* found = nullptr;
    std::string seen;
    for (const Event& e : events) {
      seen += e.event + " " + e.cameo + " source=" + (e.source ? e.source->country : std::string("-")) + "\n";
      if (found == nullptr && e.event == row.event) found = &e;
    }
    if (!row.present) {
      EXPECT_EQ(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
      continue;
    }
    ASSERT_NE(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
    if (*row.source) {
      ASSERT_TRUE(found->source.has_value()) << row.name << ": " << row.text << "\n" << seen;
      EXPECT_EQ(found->source->country, row.source) << row.name << ": " << row.text << "\n" << seen;
    }
  }
}

struct JsonRow {
  const char* name;
  std::string text;      // the trigger's text
  const char* expected;  // as JSON writes it, quotes included
};

const JsonRow kJsonRows[] = {
    {"guard_15_plain", "abcdefghijklmno", R"("abcdefghijklmno")"},
    {"guard_16_plain", "abcdefghijklmnop", R"("abcdefghijklmnop")"},
    {"guard_16_quote_last", "abcdefghijklmno\"", R"("abcdefghijklmno\"")"},
    {"guard_17_quote_first", "\"bcdefghijklmnopq", R"("\"bcdefghijklmnopq")"},
    {"guard_19_backslash_middle", "abcdefghij\\lmnopqrs", R"("abcdefghij\\lmnopqrs")"},
    {"guard_31_control_last", std::string("abcdefghijklmnopqrstuvwxyz1234") + '\x01',
     R"("abcdefghijklmnopqrstuvwxyz1234\u0001")"},
    {"guard_32_arabic", "قوات الدعم السريع", R"("قوات الدعم السريع")"},
    {"guard_32_newline_first", "\nbcdefghijklmnopqrstuvwxyz123456", R"("\nbcdefghijklmnopqrstuvwxyz123456")"},
    {"guard_33_tab_last", "abcdefghijklmnopqrstuvwxyz123456\t", R"("abcdefghijklmnopqrstuvwxyz123456\t")"},
};

TEST(Speedcoder39JsonTest, StringsAndNumbersWrittenAsJsonRequires) {
  ASSERT_EQ(std::string("قوات الدعم السريع").size(), 32u);
  for (const JsonRow& row : kJsonRows) {
    Event e;
    e.sentence = 12345;
    e.trigger_text = row.text;
    e.trigger_begin = 9999;
    e.trigger_end = 10000;
    std::string line;
    AppendEventJson(e, &line);
    const std::string tail = std::string(R"("trigger":{"span":[9999,10000],"text":)") + row.expected + "}}";
    ASSERT_GE(line.size(), tail.size()) << row.name;
    EXPECT_EQ(line.substr(line.size() - tail.size()), tail) << row.name << "\n" << line;
    EXPECT_NE(line.find(R"("sentence":12345,)"), std::string::npos) << row.name << "\n" << line;
    EXPECT_EQ(nlohmann::json::parse(line), EventToJson(e)) << row.name;
  }
}

}  // namespace
}  // namespace rasad
