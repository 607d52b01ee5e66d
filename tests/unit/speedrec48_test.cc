// Guards for the recognizer speed work of session 48 (no reading changes; every row is a guard_ that passes before
// and after, expectations written by hand from the Arabic and the dictionary lines):
//   - TokenKeys::Run::At reads the memo of a word type met before first, before it tests the token's kind (only an
//     Arabic word has a type): a word met again, in the same text or after another one, has the keys it had the
//     first time; a number, a sign and a Latin word (no type) still take their own paths, so a number still
//     continues a name, a sign still ends one, and a word with a proclitic still starts one.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/phrase_matcher.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kMentionRows[] = {
    // الجيش اللبناني (actors/lebanon.tsv LBN_LAF, LBN MIL) twice in one text: the second time its two words are
    // types met before, read from the memo. Both mentions are the army, two tokens each.
    {"guard_army_named_twice", "انتشر الجيش اللبناني في البلدة، ثم انسحب الجيش اللبناني منها مساء أمس.", "الجيش", true,
     "LBN_LAF", "LBN", "MIL", 2},
    // والحرس الثوري: و on the first word, which may start a name (actors/gulf_iran_turkey.tsv IRN_IRGC, IRN MIL).
    {"guard_clitic_word_starts_name", "هدد قادة الجيش والحرس الثوري بالرد على أي هجوم.", "والحرس", true, "IRN_IRGC",
     "IRN", "MIL", 2},
    // مدنيين (agents.tsv مدني|مدنيون|مدنيين..., CVL) twice, each after a number: the number takes its own path.
    {"guard_civilians_after_numbers", "قتل 3 مدنيين في قصف على السوق، وأصيب 5 مدنيين آخرين بجروح.", "مدنيين", true,
     "CVL", "", "CVL", 1},
    // A Latin word has no type and names no one here (world.tsv lists Reuters' Arabic names only).
    {"guard_latin_word_no_name", "نقلت وكالة Reuters عن مصدر أمني أن الاشتباكات توقفت.", "Reuters", false, nullptr, "",
     "", 0},
    // حزب الله (actors/lebanon.tsv LBN_HEZBOLLAH, LBN REB), then a comma: the sign ends the name at two tokens.
    {"guard_sign_ends_name", "أكد حزب الله، في بيان، أنه استهدف موقعا عسكريا بصاروخين.", "حزب", true,
     "LBN_HEZBOLLAH", "LBN", "REB", 2},
};

TEST(Speedrec48MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, twice round: the second time every word is a type met before.
TEST(Speedrec48MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

// A short row coded alone and after a long article whose words it shares (الجيش اللبناني، حزب الله), both ways.
TEST(Speedrec48MentionTest, guard_RowSameAroundLongArticle) {
  const char* article =
      "قال الجيش اللبناني في بيان إن وحداته انتشرت في عدد من البلدات الحدودية بعد قصف استهدفها، فيما أعلن حزب "
      "الله أنه استهدف موقعا عسكريا إسرائيليا بصاروخين. وأضاف البيان أن 3 مدنيين قتلوا وأصيب 5 آخرون، وأن فرق "
      "الإسعاف نقلت الجرحى إلى مستشفى في صور.";
  testing::ExpectRowSameAroundLongArticle(article, "انسحب الجيش اللبناني من البلدة بعد قصف حزب الله.",
                                          /*mentions=*/true);
}

// The keys Run::At writes for a word met twice in one text, a number, a sign and a Latin word, by hand. Tokens:
// قتل 3 مدنيين ، وأصيب 5 مدنيين Reuters .
TEST(Speedrec48KeysTest, guard_WordMetAgainKeepsItsKeys) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  worker.Analyze(testing::ReuseDoc("k", "قتل 3 مدنيين، وأصيب 5 مدنيين Reuters."));
  const AnalyzedText& text = worker.text();
  const TokenKeys& keys = worker.recognition().keys;
  ASSERT_EQ(keys.tokens.size(), 9u);
  ASSERT_EQ(text.tokens.size(), 9u);
  const TokenKeys::Keys& first = keys.tokens[2];   // مدنيين, its type met for the first time
  const TokenKeys::Keys& second = keys.tokens[6];  // مدنيين again: the memo's
  EXPECT_EQ(text.tokens[2].type, text.tokens[6].type);
  EXPECT_EQ(first.count, 1);  // its stem and whole form the same
  EXPECT_EQ(first.key[0], "مدنيين");
  EXPECT_EQ(second.count, first.count);
  EXPECT_EQ(second.key[0], first.key[0]);
  EXPECT_EQ(second.hash[0], FlatStringIndex::Hash("مدنيين"));
  EXPECT_FALSE(second.attached);
  EXPECT_FALSE(second.digits);
  const TokenKeys::Keys& three = keys.tokens[1];  // a number: its digits in key[0], no word key
  EXPECT_TRUE(three.digits);
  EXPECT_EQ(three.count, 0);
  EXPECT_EQ(three.key[0], "3");
  const TokenKeys::Keys& comma = keys.tokens[3];  // a sign: no key
  EXPECT_EQ(comma.count, 0);
  EXPECT_FALSE(comma.digits);
  EXPECT_FALSE(comma.attached);
  const TokenKeys::Keys& wa_usib = keys.tokens[4];  // و + أصيب: a conjunction clitic
  EXPECT_TRUE(wa_usib.attached);
  const TokenKeys::Keys& latin = keys.tokens[7];  // Reuters: no type, keys hashed each time
  EXPECT_EQ(text.tokens[7].type, kNoWordType);
  EXPECT_GE(latin.count, 1);
  EXPECT_FALSE(latin.digits);
  EXPECT_EQ(latin.hash[0], FlatStringIndex::Hash(latin.key[0]));
}

}  // namespace
}  // namespace rasad
