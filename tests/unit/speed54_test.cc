// Guards for the speed work of session 54, which changes no output; every row is a guard_ row, its expectation
// written by hand from the Arabic and the dictionary lines (agents.tsv: مدني CVL civilians, عسكري MIL, صحفي MED
// journalist, شرطة COP) before the coder ran (the sentences were written for this table, none copied from a corpus):
//   - a definite singular nisba of people (المدني، العسكري) right after a definite noun that is no mention is that
//     noun's adjective and names no one; it is now dropped as its mention is resolved, not by a pass after them all.
//     Indefinite (مدني), or right after a mention (الشرطة الصحفي), it is a mention.
//   - the coder's lists per hit are kept from one document to the next, grown and never shrunk, and the
//     recognizer's lists of organisations, persons and heads named are kept per thread: a document is coded the same
//     (events with their explanations, and mentions) alone and after a longer or a shorter one.
#include <gtest/gtest.h>

#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kNisbaRows[] = {
    {"guard_civil_nisba_after_a_definite_noun_names_no_one", "دعا المتظاهرون إلى عودة الحكم المدني في البلاد.",
     "المدني", false, nullptr, "", "", 0},
    {"guard_military_nisba_after_a_definite_noun_names_no_one", "حذر الوزير من التصعيد العسكري على الحدود الشمالية.",
     "العسكري", false, nullptr, "", "", 0},
    {"guard_indefinite_civilian_is_a_mention", "قتل مدني في قصف على البلدة.", "مدني", true, "CVL", "", "CVL", 1},
    {"guard_definite_nisba_right_after_a_mention_is_one", "اعتقلت الشرطة الصحفي في مطار المدينة.", "الصحفي", true,
     "MED", "", "MED", 1},
};

TEST(Speed54Test, NisbaAdjectiveDroppedAsResolved) { testing::ExpectMentionRows(kNisbaRows); }

// An article of several events (a pronoun argument among them: قواته، منهم، عليه), and short documents of one event or
// none, each coded alone and around the article on one Worker.
constexpr const char* kArticle =
    "شنت طائرات حربية غارات على مواقع في شمال البلاد. وقال الجيش إن قواته قتلت عشرين مسلحا في الاشتباكات. وتظاهر "
    "مئات في العاصمة احتجاجا على الغارات، واعتقلت الشرطة عشرة منهم. وأدانت الحكومة الهجوم وقالت إنها سترد عليه. "
    "والتقى رئيس الوزراء وفدا من حركة حماس في القاهرة، وقالت الحركة إنها ترفض الاتهامات.";

constexpr const char* kShortRows[] = {
    "قتل مدني في قصف على البلدة.",
    "دعا المتظاهرون إلى عودة الحكم المدني في البلاد.",
    "اعتقلت الشرطة الصحفي في مطار المدينة وأفرجت عنه بعد ساعات.",
};

TEST(Speed54Test, ShortDocumentsCodedTheSameAroundAnArticle) {
  for (const char* row : kShortRows) testing::ExpectRowSameAroundLongArticle(kArticle, row, /*mentions=*/true);
}

}  // namespace
}  // namespace rasad
