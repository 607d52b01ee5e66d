// Guards for the speed work of session 38 (no reading changes; every row is a guard_ that must pass before
// and after, its expectation written by hand from the Arabic):
//   - Modality compares the word before a trigger with the forms of أي only when it has their shape (ends
//     in اي, or in اي and one letter): "any" after a negation, also with a clitic (لأي، بأي), still negates.
//   - Background tests a token's kind before asking whether it is an earlier year: a verbal noun in a clause
//     with a year before the document's is still a past event, and a count that is no year changes nothing.
//   - PrepTarget asks CounterpartAt only of a word before a mention: a counterpart after the trigger's
//     preposition (بنظيره الإيراني، مع نظيره الروسي) is still the target.
//   - OtherSense tests SportAt's opening (a word of competition or of a team, منتخب، دوري) inline: a sentence
//     of sport still names no attack, and منتخب as an adjective ("elected") still leaves the event.
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
  const char* event;   // PLOVER type
  bool present;        // whether an event of that type is read
  bool negated;        // when present: whether it is negated
  const char* source;  // when present and not empty: the source actor's country
  const char* target;  // when present and not empty: the target actor's country
};

const Row kRows[] = {
    // "Any" with a clitic after a negation.
    {"guard_negation_before_li_any", "لم تتعرض القافلة الإنسانية لأي هجوم قرب مدينة حلب.", "ASSAULT", true, true, "",
     ""},
    {"guard_negation_before_bi_any", "لم تقم القوات الحكومية بأي هجوم على مواقع المتمردين في دارفور.", "ASSAULT", true,
     true, "", ""},
    // A verbal noun dated by a year before the document's is a past event.
    {"guard_earlier_year", "شهدت العاصمة اللبنانية اغتيال رئيس الوزراء رفيق الحريري عام 2005.", "ASSAULT", false,
     false, "", ""},
    // A count is no year.
    {"guard_count_no_year", "قتل 12 مدنيا في قصف على مدينة حمص أمس.", "ASSAULT", true, false, "", ""},
    // A counterpart after the trigger's preposition.
    {"guard_counterpart_bi", "اتصل وزير الخارجية الأردني بنظيره الإيراني.", "CONSULT", true, false, "JOR", "IRN"},
    {"guard_counterpart_maa", "التقى الرئيس التركي مع نظيره الروسي في سوتشي.", "CONSULT", true, false, "TUR", "RUS"},
    // Sentences of sport name no attack.
    {"guard_sport_score", "سحق الأهلي الزمالك بثلاثية نظيفة في الدوري المصري.", "ASSAULT", false, false, "", ""},
    {"guard_sport_team", "هاجم لاعبو المنتخب الحكم بعد نهاية المباراة.", "ASSAULT", false, false, "", ""},
    // منتخب after a definite noun is an adjective ("elected"): the killing stays.
    {"guard_elected_not_team", "اغتال مسلحون رئيس البلدية المنتخب في ولاية ميتشواكان المكسيكية.", "ASSAULT", true,
     false, "", ""},
};

TEST(Speedcoder38Test, ReadingsKeptByTheFasterTests) {
  ASSERT_NE(testing::TestEngine(), nullptr);
  for (const Row& row : kRows) {
    std::vector<Event> events = testing::CodeText(row.text, "2024-06-01");
    const Event* found = nullptr;
    std::string seen;
    for (const Event& e : events) {
      seen += e.event + " " + e.cameo + (e.negated ? " negated" : "") +
              " source=" + (e.source ? e.source->country : std::string("-")) +
              " target=" + (e.target ? e.target->country : std::string("-")) + "\n";
      if (found == nullptr && e.event == row.event) found = &e;
    }
    if (!row.present) {
      EXPECT_EQ(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
      continue;
    }
    ASSERT_NE(found, nullptr) << row.name << ": " << row.text << "\n" << seen;
    EXPECT_EQ(found->negated, row.negated) << row.name << ": " << row.text << "\n" << seen;
    if (*row.source) {
      ASSERT_TRUE(found->source.has_value()) << row.name << ": " << row.text << "\n" << seen;
      EXPECT_EQ(found->source->country, row.source) << row.name << ": " << row.text << "\n" << seen;
    }
    if (*row.target) {
      ASSERT_TRUE(found->target.has_value()) << row.name << ": " << row.text << "\n" << seen;
      EXPECT_EQ(found->target->country, row.target) << row.name << ": " << row.text << "\n" << seen;
    }
  }
}

}  // namespace
}  // namespace rasad
