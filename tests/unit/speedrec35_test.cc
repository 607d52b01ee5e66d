// Guards for the recognizer speed work of session 35 (no reading changes; every row of the mention tables
// is a guard_ that passes before and after, expectations written by hand from the Arabic):
//   - the person-name typo check reads each candidate word's LetterSet (kept at load beside
//     Lexicon::PersonNamesAfter) and turns away a word whose set differs from the text's word in three
//     letters or more before it compares the two: the filter must let through every pair within one
//     edit (the table of pairs below), and a misspelt second name is still read as the person;
//   - whether a word names a country or a nationality is kept per word type (WordLookup::nationality):
//     an agent split by its nationality (وحدة إسرائيلية خاصة), a patrol named by its nationality;
//   - SpecifyGenericAgents reads words of loyalty with the hashes of the text's keys: مسلحون موالون لطالبان;
//   - the lexicon's maps by code are looked up with views (StateRecord, CapitalPlace): unnamed police in a
//     story about one state, the capital named by a nationality (العاصمة العراقية).
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

struct LetterRow {
  const char* name;
  const char* a;
  const char* b;
  bool one_edit;  // within one edit (written by hand)
};

const LetterRow kLetterRows[] = {
    {"deleted_first_letter", "ترامب", "رامب", true},
    {"replaced_last_letter", "حفتر", "حفتز", true},
    {"replaced_middle_letter", "سراج", "سراح", true},
    {"inserted_letter", "محسن", "محمسن", true},
    {"same_word", "غوتيريش", "غوتيريش", true},
    {"repeated_letter_deleted", "حسن", "حسسن", true},
    {"latin_replaced", "trump", "tramp", true},
    {"two_letters_replaced", "سلامة", "سلاحف", false},
    {"other_word", "قاسم", "البلح", false},
};

TEST(Speedrec35LetterSetTest, LetsThroughEveryPairWithinOneEdit) {
  for (const LetterRow& row : kLetterRows) {
    std::string a = ArabicNormalizer::Get().Normalize(row.a), b = ArabicNormalizer::Get().Normalize(row.b);
    EXPECT_EQ(WithinOneEdit(a, b), row.one_edit) << row.name;
    if (row.one_edit) {
      EXPECT_TRUE(WithinTwoLetters(LetterSet(a), LetterSet(b))) << row.name;
    }
  }
  // Words of no letter in common differ in every letter of both.
  EXPECT_FALSE(WithinTwoLetters(LetterSet("قاسم"), LetterSet("البلح")));
}

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;      // the first word of the mention, as written
  const char* country;   // the mention's country, or its inferred country when it has none
  const char* corrected_to;  // the name's word read through the typo check (matching form), or ""
};

const MentionRow kMentionRows[] = {
    {"guard_typo_in_second_name", "قال الرئيس الأمريكي دونالد رامب إن بلاده لن تتراجع.", "الرئيس", "USA", "ترامب"},
    {"guard_split_agent", "اقتحمت وحدة إسرائيلية خاصة مخيم جنين فجر اليوم.", "وحدة", "ISR", ""},
    {"guard_patrol_by_nationality", "تعرضت دورية إسرائيلية لإطلاق نار قرب الحدود.", "دورية", "ISR", ""},
    {"guard_loyal_to_a_group", "هاجم مسلحون موالون لحركة طالبان نقطة للشرطة في ولاية قندوز.", "مسلحون", "AFG", ""},
    {"guard_police_in_a_state", "وفي تونس اعتقلت الشرطة عشرة محتجين أمس.", "الشرطة", "TUN", ""},
};

TEST(Speedrec35MentionTest, ReadingsStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(m.country.empty() ? m.inferred_country : m.country, row.country) << row.name;
      EXPECT_EQ(m.corrected ? m.corrected_to : std::string(), ArabicNormalizer::Get().Normalize(row.corrected_to))
          << row.name;
    });
    EXPECT_TRUE(found) << row.name;
  }
}

TEST(Speedrec35MentionTest, guard_CapitalNamedByNationality) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  Document doc;
  doc.id = "t";
  doc.text = "سقطت قذيفتان في العاصمة العراقية مساء أمس دون إصابات.";
  worker.Analyze(doc);
  bool baghdad = false;
  for (const Mention& m : worker.recognition().mentions) {
    if (m.is_place()) baghdad = baghdad || engine->lexicon().places()[m.place].name_en == "Baghdad";
  }
  EXPECT_TRUE(baghdad);
}

}  // namespace
}  // namespace rasad
