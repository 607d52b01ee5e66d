// Guards for the speed work of session 37 (no reading changes; every row is a guard_ that must pass before
// and after, its expectation written by hand from the Arabic):
//   - CueEndAt(k, end, kind, other) reads the longest cue at a token once for two kinds: a time or an adverb
//     between a verb and its subject (SplitNounPhrase), a time or an adverb after a verb and an insertion
//     between commas opened by a source or a time (PastInsertion) still let the verb find its subject and
//     object.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

struct Row {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type of the event read
  const char* source;  // the source actor's country
};

const Row kRows[] = {
    // A time between the verb and its subject.
    {"guard_time_before_subject", "أطلقت فجر اليوم فصائل عراقية صواريخ على قاعدة أمريكية في سوريا.", "ASSAULT",
     "IRQ"},
    // An adverb of time between the verb and its subject.
    {"guard_adverb_before_subject", "اعتقلت أمس الشرطة التركية عشرين ناشطا في إسطنبول.", "COERCE", "TUR"},
    // An insertion naming the source between the subject and the object.
    {"guard_source_insertion", "قصفت الطائرات الروسية، وفق المرصد السوري لحقوق الإنسان، بلدات في ريف إدلب.",
     "ASSAULT", "RUS"},
    // An insertion naming the time between the subject and the object.
    {"guard_time_insertion", "اعتقلت الشرطة الباكستانية، فجر اليوم، عشرات المتظاهرين في لاهور.", "COERCE", "PAK"},
};

TEST(Speedcoder37CueKindsTest, OneMatchForTwoKinds) {
  ASSERT_NE(testing::TestEngine(), nullptr);
  for (const Row& row : kRows) {
    std::vector<Event> events = testing::CodeText(row.text, "2024-06-01");
    const Event* found = nullptr;
    std::string seen;
    for (const Event& e : events) {
      seen += e.event + " " + e.cameo + " source=" + (e.source ? e.source->country : std::string("-")) + "\n";
      if (found == nullptr && e.event == row.event) found = &e;
    }
    ASSERT_NE(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
    ASSERT_TRUE(found->source.has_value()) << row.name << ": " << row.text << "\n" << seen;
    EXPECT_EQ(found->source->country, row.source) << row.name << ": " << row.text << "\n" << seen;
  }
}

}  // namespace
}  // namespace rasad
