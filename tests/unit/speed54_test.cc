// Guards for the speed work of session 54, which changes no output; every row is a guard_ row, its expectation
// written by hand from the Arabic and the dictionary lines (agents.tsv: مدني CVL civilians, عسكري MIL, صحفي MED
// journalist, شرطة COP) before the coder ran (the sentences were written for this table, none copied from a corpus):
//   - a definite singular nisba of people (المدني، العسكري) right after a definite noun that is no mention is that
//     noun's adjective and names no one; it is now dropped as its mention is resolved, not by a pass after them all.
//     Indefinite (مدني), or right after a mention (الشرطة الصحفي), it is a mention.
//   - the coder's lists per hit are kept from one document to the next, grown and never shrunk, and the
//     recognizer's lists of organisations, persons and heads named are kept per thread: a document is coded the same
//     (events with their explanations, and mentions) alone and after a longer or a shorter one.
//   - the coder's state per clause (the last source, the accused, those charged) is kept in a ClauseMap, a slot per
//     clause, instead of an unordered_map: the rows below say what a look-up finds after the values set.
#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "coder/clause_map.h"
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

// A ClauseMap<int> reset for a document of `clauses` clauses, given the values `set` (clause, value) in order with
// operator[], then asked for clause `asked`.
struct ClauseMapRow {
  const char* name;
  size_t clauses;
  std::vector<std::pair<uint32_t, int>> set;
  uint32_t asked;
  bool found;  // whether find() and count() find the clause
  int value;   // its value, when found
};

const ClauseMapRow kClauseMapRows[] = {
    {"guard_nothing_set_nothing_found", 4, {}, 0, false, 0},
    {"guard_value_set_found", 4, {{2, 7}}, 2, true, 7},
    {"guard_another_clause_not_found", 4, {{2, 7}}, 1, false, 0},
    {"guard_last_value_set_wins", 4, {{2, 7}, {0, 5}, {2, 9}}, 2, true, 9},
    {"guard_first_clause_among_others", 4, {{3, 1}, {0, 5}, {1, 2}}, 0, true, 5},
    {"guard_clause_past_the_documents_found_once_set", 2, {{5, 4}}, 5, true, 4},
    {"guard_clause_before_the_first_asked", 4, {{0, 3}}, UINT32_MAX, false, 0},  // (clause - 1 of clause 0)
};

TEST(Speed54Test, ClauseMapFindsWhatWasSet) {
  for (const ClauseMapRow& row : kClauseMapRows) {
    detail::ClauseMap<int> map;
    // (An earlier document's values, which Reset clears.)
    map.Reset(8);
    for (uint32_t c = 0; c < 8; ++c) map[c] = 100 + static_cast<int>(c);
    map.Reset(row.clauses);
    for (const auto& [clause, value] : row.set) map[clause] = value;
    const auto* entry = map.find(row.asked);
    EXPECT_EQ(entry != map.end(), row.found) << row.name;
    EXPECT_EQ(map.count(row.asked), row.found ? 1u : 0u) << row.name;
    if (entry != map.end() && row.found) {
      EXPECT_EQ(entry->first, row.asked) << row.name;
      EXPECT_EQ(entry->second, row.value) << row.name;
    }
  }
}

TEST(Speed54Test, ClauseMapInsertsDefaultAndKeepsReferences) {
  detail::ClauseMap<int> map;
  map.Reset(4);
  EXPECT_EQ(map[1], 0);  // (a default value inserted)
  EXPECT_EQ(map.count(1), 1u);
  int& first = map[1];
  first = 6;
  for (uint32_t c : {0u, 2u, 3u}) map[c] = 1;  // (within the clauses reset for: no entry moves)
  EXPECT_EQ(&map[1], &first);
  EXPECT_EQ(first, 6);
  EXPECT_EQ(map.size(), 4u);
}

}  // namespace
}  // namespace rasad
