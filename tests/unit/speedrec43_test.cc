// Guards for the recognizer speed work of session 43 (no reading changes; every row is a guard_ that passes
// before and after, expectations written by hand from the Arabic):
//   - the matching loop passes over a word that starts nothing it reads (WordLookup::read_on, kept per word
//     type: no trie root, no name after a clitic, not the patrol word دورية) at once, but for the place typo
//     after a place noun: a name after such words is still read, a misspelt town after a place noun is still
//     corrected, a name read off its clitic (لقوات), a patrol named by its nationality and a misspelt second
//     name of a person still are; words that start nothing name nobody, and the adjective دورية no patrol;
//   - the token keys are read before they are stored (TokenKeys::ComputeAt) and the per-type memo is checked
//     once per text (TypeMemo::Prepare): every row reads each token's keys and its type's look-up.
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

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;          // the first word of the mention, as written
  bool present;              // whether a mention starts at that word
  const char* country;       // the mention's country, else its inferred country, else its place's country
  const char* sector;        // the mention's role (CAMEO sector), or ""
  uint32_t tokens;           // the mention's length in tokens
  const char* corrected_to;  // the name's word read through a typo check (as written in the dictionary), or ""
};

const MentionRow kMentionRows[] = {
    // The army and its nationality after words that start nothing (قال، شهود، إن).
    {"guard_name_after_quiet_words", "قال شهود عيان إن الجيش السوري قصف بلدة في ريف إدلب.", "الجيش", true, "SYR",
     "MIL", 2, ""},
    // مرهونة starts nothing: passed over at once, it is still the place typo after منطقة (ترهونة, Libya).
    {"guard_place_typo_after_place_noun", "اندلعت اشتباكات عنيفة في ليبيا قرب منطقة مرهونة جنوب العاصمة طرابلس.",
     "مرهونة", true, "LBY", "", 1, "ترهونة"},
    // The Rapid Support Forces read off the clitic of لقوات.
    {"guard_cliticked_name", "وجهت الحكومة السودانية اتهامات لقوات الدعم السريع بقصف أحياء سكنية في مدينة الفاشر.",
     "لقوات", true, "SDN", "REB", 3, ""},
    // دورية before a nationality: an Israeli patrol.
    {"guard_patrol_with_nationality", "أطلق مسلحون النار على دورية إسرائيلية قرب مدينة جنين في الضفة الغربية.",
     "دورية", true, "ISR", "MIL", 2, ""},
    // دورية after a feminine plural noun is its adjective "periodic": no patrol.
    {"guard_patrol_adjective", "تعقد اللجنة اجتماعات دورية لمتابعة الأوضاع الأمنية.", "دورية", false, "", "", 0, ""},
    // A misspelt second name of a person after his first name (Trump, president on 2025-05-01).
    {"guard_person_typo_second_name", "وقال دونالد رامب للصحفيين إن المفاوضات ستستمر.", "دونالد", true, "USA", "GOV", 2,
     "ترامب"},
    // Words that start nothing name nobody.
    {"guard_quiet_words_name_nobody", "وقال إنه لن يتراجع عن قراره مهما كانت الظروف.", "قراره", false, "", "", 0, ""},
};

TEST(Speedrec43MentionTest, ReadingsStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(testing::MentionCountry(engine, m), row.country) << row.name;
      EXPECT_EQ(m.sector, row.sector) << row.name;
      EXPECT_EQ(m.end_token - m.first_token, row.tokens) << row.name;
      // (A person's word is kept in matching form, a place's name as its record writes it: both compared in
      // matching form.)
      std::string expected = *row.corrected_to ? std::string(BareWord(norm.Normalize(row.corrected_to))) : std::string();
      EXPECT_EQ(m.corrected ? std::string(BareWord(norm.Normalize(m.corrected_to))) : std::string(), expected)
          << row.name;
    });
    EXPECT_EQ(found, row.present) << row.name;
  }
}

// The same rows on one Worker, one after another and twice round: a word type's look-up kept from an earlier
// text (the memo is checked once per text) reads the same.
TEST(Speedrec43MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

}  // namespace
}  // namespace rasad
