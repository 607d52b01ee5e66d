// Guards for the speed work of session 53, which changes no output; every row is a guard_ row, its expectation
// written by hand from the Arabic and the dictionary lines (agents.tsv: شرطة COP, قوات الأمن COP, ?أمن an agent only
// when owned) before the coder ran (the sentences were written for this table, none copied from a corpus):
//   - composition reads each mention where it stands and marks the mentions it joins to the one before them (or drops,
//     as ?أمن with no owner) for JoinTitles to drop, instead of moving the mentions after each joined one: an agent
//     with its nationality (الشرطة الأردنية) and another after it in the sentence (قوات الأمن العراقية) are each one
//     mention of their own state, as is one after a dropped ?أمن, and one in the next sentence.
#include <gtest/gtest.h>

#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kCompositionRows[] = {
    // Two agents, each with its nationality after it: the second is composed after the first was joined.
    {"guard_first_agent_with_nationality",
     "أعلنت الشرطة الأردنية أن قوات الأمن العراقية سلمتها ثلاثة مطلوبين عند معبر طريبيل.", "الشرطة", true, "JORCOP",
     "JOR", "COP", 2},
    {"guard_second_agent_with_nationality_after_a_joined_one",
     "أعلنت الشرطة الأردنية أن قوات الأمن العراقية سلمتها ثلاثة مطلوبين عند معبر طريبيل.", "قوات", true, "IRQCOP",
     "IRQ", "COP", 3},
    // الأمن with no owner (الأمن والاستقرار) is the abstract noun: no mention starts there ...
    {"guard_unowned_security_dropped", "أكد الوزير أن الأمن والاستقرار أولوية، وقالت الشرطة الأردنية إنها أحبطت محاولة تهريب.",
     "الأمن", false, nullptr, "", "", 0},
    // ... and the agent after it keeps its nationality.
    {"guard_agent_after_a_dropped_one",
     "أكد الوزير أن الأمن والاستقرار أولوية، وقالت الشرطة الأردنية إنها أحبطت محاولة تهريب.", "الشرطة", true,
     "JORCOP", "JOR", "COP", 2},
    // A join in the first sentence, and an agent with its nationality in the next.
    {"guard_agent_in_the_sentence_after_a_join",
     "أعلنت الشرطة الأردنية ضبط شحنة مخدرات. وقالت قوات الأمن العراقية إنها اعتقلت مهربين قرب الحدود.", "قوات", true,
     "IRQCOP", "IRQ", "COP", 3},
};

TEST(Speed53Test, CompositionInPlace) { testing::ExpectMentionRows(kCompositionRows); }

}  // namespace
}  // namespace rasad
