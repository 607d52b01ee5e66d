// Guards for the recognizer speed work of session 36 (no reading changes; every row of the mention table
// is a guard_ that passes before and after, expectations written by hand from the Arabic):
//   - the place-typo check reads each candidate name's LetterSet, kept at load beside the country's names
//     (Lexicon::PlaceNames), and turns away a name whose set differs from the word's in three letters or
//     more before it compares the two: every name keeps its set, and a misspelt town after a place noun
//     is still read as the town of the document's country;
//   - the person-name typo check runs only after a word whose type starts a person's name
//     (WordLookup::person_first, kept per word type): a misspelt second name is still read as the person;
//   - a token's trie roots and place-noun bit are read from its WordLookup (Recognition's separate per-token
//     arrays are gone): an agent split by its nationality, a place after a place noun.
#include <gtest/gtest.h>

#include <string>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/lexicon.h"
#include "text/arabic_normalizer.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

TEST(Speedrec36PlaceNamesTest, EveryNameKeepsItsLetterSet) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const char* iso3 : {"LBY", "SYR", "YEM", "IRQ"}) {
    const Lexicon::PlaceNames* places = engine->lexicon().PlacesIn(iso3);
    ASSERT_NE(places, nullptr) << iso3;
    EXPECT_FALSE(places->names.empty()) << iso3;
    ASSERT_EQ(places->letters.size(), places->names.size()) << iso3;
    for (size_t j = 0; j < places->names.size(); ++j) {
      EXPECT_EQ(places->letters[j], LetterSet(places->names[j].first)) << iso3 << " " << places->names[j].first;
      if (j > 0) {
        EXPECT_LE(places->names[j - 1].first.size(), places->names[j].first.size()) << iso3;
      }
    }
  }
}

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;          // the first word of the mention, as written
  const char* country;       // the mention's country, else its inferred country, else its place's country
  const char* corrected_to;  // the name's word read through a typo check (as written in the dictionary), or ""
};

const MentionRow kMentionRows[] = {
    {"guard_place_typo_after_place_noun",
     "قالت حكومة الوحدة الوطنية الليبية إن اشتباكات اندلعت في مدينة ترهونه الليبية وفي منطقة مرهونة جنوب طرابلس.",
     "مرهونة", "LBY", "ترهونة"},
    {"guard_person_typo_second_name", "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهوو إن الحرب ستستمر.", "رئيس", "ISR",
     "نتنياهو"},
    {"guard_split_agent_roots", "اقتحمت وحدات عراقية خاصة وكرا لتنظيم داعش في محافظة الأنبار.", "وحدات", "IRQ", ""},
};

TEST(Speedrec36MentionTest, ReadingsStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(testing::MentionCountry(engine, m), row.country) << row.name;
      // (A person's word is kept in matching form, a place's name as its record writes it: both compared
      // in matching form.)
      const ArabicNormalizer& norm = ArabicNormalizer::Get();
      std::string expected = *row.corrected_to ? std::string(BareWord(norm.Normalize(row.corrected_to))) : std::string();
      EXPECT_EQ(m.corrected ? std::string(BareWord(norm.Normalize(m.corrected_to))) : std::string(), expected)
          << row.name;
    });
    EXPECT_TRUE(found) << row.name;
  }
}

}  // namespace
}  // namespace rasad
