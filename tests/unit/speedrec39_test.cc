// Guards for the recognizer speed work of session 39 (no reading changes; every row is a guard_ that
// passes before and after, expectations written by hand from the Arabic):
//   - a token with no keys (a number or a sign: it has no word type, so the per-type memo computed
//     its look-up on every token) takes the empty WordLookup at once: a name right after a number
//     or a sign is still read, a number alone names nobody, and a number inside a name still
//     continues it (digits are read from the token's keys, not from its look-up).
#include <gtest/gtest.h>

#include <string>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/lexicon.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;     // the first word of the mention, as written
  bool present;         // whether a mention starts at that word
  const char* country;  // the mention's country, else its inferred country, else its place's country
};

const MentionRow kMentionRows[] = {
    {"guard_place_after_number", "قتل 12 شخصا في انفجار سيارة مفخخة في بغداد صباح اليوم.", "بغداد", true, "IRQ"},
    {"guard_state_after_comma", "وفي وقت سابق، أعلنت تركيا إغلاق معبرها الحدودي مع سوريا.", "تركيا", true, "TUR"},
    {"guard_number_names_nobody", "أصيب 15 مدنيا في قصف مدفعي على قرية جنوب لبنان.", "15", false, ""},
    {"guard_state_after_quote", "وقال المتحدث: \"إيران لن تتراجع عن برنامجها النووي\".", "إيران", true, "IRN"},
};

TEST(Speedrec39MentionTest, ReadingsStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(testing::MentionCountry(engine, m), row.country) << row.name;
    });
    EXPECT_EQ(found, row.present) << row.name;
  }
}

}  // namespace
}  // namespace rasad
