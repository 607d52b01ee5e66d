// Guards for the recognizer speed work of session 38 (no reading changes; every row is a guard_ that
// passes before and after, expectations written by hand from the Arabic):
//   - the patrol word (دورية) is compared on the token's keys, not on a bare stem made again: a patrol
//     with its nationality is still that state's unit;
//   - في before a mission's town is compared on the keys too: السفارة الأمريكية في عمان is still in Amman;
//   - the words of "without" (بدون، دون، بلا) likewise: طائرة بدون طيار names no pilot;
//   - a match's payloads are read in one pass for whether none is sure and whether one is contextual,
//     and AnyPayload / AllPayloads replace std::any_of / all_of / none_of over them: a name of common
//     words (a weak match) still needs its context, and a sure name keeps its country;
//   - WordLookup packs its yes-or-no fields into bits: a place after a place noun, an agent split by
//     its nationality.
// PhraseMatcher::Extend's node flags (one byte per node for payloads and children) are guarded by
// lexicon_phrase_matcher_test (limits, one-word entries, phrases that go on).
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
    {"guard_patrol_with_nationality", "أطلقت دورية إسرائيلية النار على مزارعين قرب خان يونس.", "دورية", true, "ISR"},
    {"guard_mission_in_town", "تظاهر مئات المحتجين أمام السفارة الأمريكية في عمان احتجاجا على الحرب.", "عمان", true,
     "JOR"},
    {"guard_without_pilot", "أسقطت الدفاعات الجوية السورية طائرة بدون طيار فوق ريف دمشق.", "طيار", false, ""},
    {"guard_sure_name_country", "قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تسمح بذلك.", "الرئيس", true, "TUR"},
    {"guard_place_after_place_noun", "قصفت الطائرات الروسية مدينة إدلب شمال غرب سوريا.", "إدلب", true, "SYR"},
    {"guard_split_agent_nationality", "اقتحمت وحدات عراقية خاصة وكرا لتنظيم داعش في محافظة الأنبار.", "وحدات", true,
     "IRQ"},
};

TEST(Speedrec38MentionTest, ReadingsStay) {
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
