// Guards for the recognizer speed work of session 50 (no reading changes; every row is a guard_ that passes before
// and after, expectations written by hand from the Arabic and the dictionary lines):
//   - a word type's key hashes (TokenKeys::TypeHashes) and its look-up (Recognition::WordLookup) are kept in one
//     entry (Recognition::type_lookups), read once per word met again: TokenKeys::Run::AtKnown writes the keys from
//     the entry; a word met for the first time, a number and a Latin word take the out-of-line path
//     (KeysAndLookupOfNew); a sign is written inline with no keys and the empty look-up.
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
    // !حماس (actors/palestine_israel.tsv PSE_HAMAS, PSE REB) twice in one text: the second time from the type's
    // entry. Both mentions Hamas, one token each.
    {"guard_name_met_twice", "قالت حماس إن القصف استهدف مواقعها، وأكدت حماس أنها سترد على الهجوم.", "حماس", true,
     "PSE_HAMAS", "PSE", "REB", 1},
    // الجيش اللبناني (actors/lebanon.tsv LBN_LAF, LBN MIL) twice, a comma between: two tokens each.
    {"guard_two_words_met_twice", "انتشر الجيش اللبناني في القرى الحدودية، وقال الجيش اللبناني إن الوضع هادئ.",
     "الجيش", true, "LBN_LAF", "LBN", "MIL", 2},
    // اللواء 444 (actors/libya.tsv LBY_444_BRIGADE, LBY MIL) twice: the number (no word type, the out-of-line path
    // each time) continues the name; two tokens each (no قتال after it).
    {"guard_number_continues_name_twice", "اشتبك اللواء 444 مع مسلحين جنوب طرابلس، ثم انسحب اللواء 444 من المنطقة.",
     "اللواء", true, "LBY_444_BRIGADE", "LBY", "MIL", 2},
    // A Latin word has no type and names no one: looked up each time, no mention.
    {"guard_latin_word_twice", "نقلت قناة CNN عن مسؤول أن قناة CNN لم تتلق ردا.", "CNN", false, nullptr, "", "", 0},
};

TEST(Speedrec50MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, twice round: the second time every word is a type with an entry.
TEST(Speedrec50MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

// A short row coded alone and after a long article whose words it shares (حماس، الجيش اللبناني، اللواء 444), both
// ways.
TEST(Speedrec50MentionTest, guard_RowSameAroundLongArticle) {
  const char* article =
      "قال الجيش اللبناني في بيان إن وحداته انتشرت في القرى الحدودية بعد قصف استهدفها، فيما أعلنت حماس أنها "
      "أطلقت صواريخ على مواقع عسكرية. وفي طرابلس، قال مسؤول إن اللواء 444 انسحب من مواقعه جنوب المدينة، ونقلت "
      "قناة CNN عن مصادر أن 3 مدنيين أصيبوا.";
  testing::ExpectRowSameAroundLongArticle(article, "أكدت حماس أن الجيش اللبناني لم يشتبك مع اللواء 444.",
                                          /*mentions=*/true);
}

// Each token's keys are TokenKeys::Compute's, on a text met first (types new) and again after another (types with
// entries); a text with a sign, a number, a Latin word and a word with a proclitic.
TEST(Speedrec50KeysTest, guard_KeysAreComputes) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  const char* texts[] = {"قال الجيش اللبناني، إن 3 جنود أصيبوا وإن قناة CNN نقلت الخبر والجيش ينفي.",
                         "أعلنت حماس أن 5 من عناصرها قتلوا في الغارة.",
                         "قال الجيش اللبناني، إن 3 جنود أصيبوا وإن قناة CNN نقلت الخبر والجيش ينفي."};
  for (const char* t : texts) {
    worker.Analyze(testing::ReuseDoc("k", t));
    const AnalyzedText& text = worker.text();
    const TokenKeys& keys = worker.recognition().keys;
    TokenKeys fresh;
    fresh.Compute(text);
    ASSERT_EQ(fresh.tokens.size(), text.tokens.size()) << t;
    for (size_t i = 0; i < text.tokens.size(); ++i) {
      const TokenKeys::Keys& a = keys.tokens[i];
      const TokenKeys::Keys& b = fresh.tokens[i];
      EXPECT_EQ(a.count, b.count) << t << " token " << i;
      EXPECT_EQ(a.type, b.type) << t << " token " << i;
      EXPECT_EQ(a.digits, b.digits) << t << " token " << i;
      EXPECT_EQ(a.attached, b.attached) << t << " token " << i;
      for (int k = 0; k < (a.digits ? 1 : a.count); ++k) {
        EXPECT_EQ(a.key[k], b.key[k]) << t << " token " << i;
        EXPECT_EQ(a.hash[k], b.hash[k]) << t << " token " << i;
      }
    }
  }
}

// The keys by hand, on the text met the second time (every Arabic word from its entry). Tokens: قال الجيش اللبناني ،
// إن 3 جنود أصيبوا وإن قناة CNN نقلت الخبر والجيش ينفي .
TEST(Speedrec50KeysTest, guard_KeysByHand) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  const char* text = "قال الجيش اللبناني، إن 3 جنود أصيبوا وإن قناة CNN نقلت الخبر والجيش ينفي.";
  worker.Analyze(testing::ReuseDoc("k", text));
  worker.Analyze(testing::ReuseDoc("k", text));
  const TokenKeys& keys = worker.recognition().keys;
  ASSERT_EQ(keys.tokens.size(), 16u);
  // الجيش: the article off both keys, one key (stem and whole word the same).
  EXPECT_EQ(keys.tokens[1].count, 1);
  EXPECT_EQ(keys.tokens[1].key[0], "جيش");
  EXPECT_EQ(keys.tokens[1].hash[0], FlatStringIndex::Hash("جيش"));
  EXPECT_FALSE(keys.tokens[1].attached);
  // The comma: no keys.
  EXPECT_EQ(keys.tokens[3].count, 0);
  EXPECT_FALSE(keys.tokens[3].digits);
  // 3: a number, its digits in key[0].
  EXPECT_EQ(keys.tokens[5].count, 0);
  EXPECT_TRUE(keys.tokens[5].digits);
  EXPECT_EQ(keys.tokens[5].key[0], "3");
  // والجيش: the stem's key جيش, the whole word's والجيش (no article at its start), و attached.
  EXPECT_EQ(keys.tokens[13].count, 2);
  EXPECT_EQ(keys.tokens[13].key[0], "جيش");
  EXPECT_EQ(keys.tokens[13].key[1], "والجيش");
  EXPECT_TRUE(keys.tokens[13].attached);
  // The stop: no keys.
  EXPECT_EQ(keys.tokens[15].count, 0);
}

// Each token's look-up is the same when its type is met first and when it is read from the type's entry.
TEST(Speedrec50LookupTest, guard_LookupsSameFromEntry) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const char* text = "أكدت حماس أن الجيش اللبناني لم يشتبك مع اللواء 444، ولقوات الأمن في منطقة مرهونة دوريات.";
  Worker first(engine);
  first.Analyze(testing::ReuseDoc("l", text));
  const std::vector<Recognition::WordLookup> alone(
      first.recognition().token_lookups.begin(),
      first.recognition().token_lookups.begin() + static_cast<std::ptrdiff_t>(first.text().tokens.size()));
  Worker again(engine);
  again.Analyze(testing::ReuseDoc("l", text));
  again.Analyze(testing::ReuseDoc("o", "قال الجيش إن حماس انسحبت من المنطقة."));
  again.Analyze(testing::ReuseDoc("l", text));
  ASSERT_EQ(again.text().tokens.size(), alone.size());
  for (size_t i = 0; i < alone.size(); ++i) {
    const Recognition::WordLookup& a = alone[i];
    const Recognition::WordLookup& b = again.recognition().token_lookups[i];
    EXPECT_EQ(a.roots.node[0], b.roots.node[0]) << i;
    EXPECT_EQ(a.roots.node[1], b.roots.node[1]) << i;
    EXPECT_EQ(a.clitic, b.clitic) << i;
    EXPECT_EQ(a.clitic_rest, b.clitic_rest) << i;
    EXPECT_EQ(a.common, b.common) << i;
    EXPECT_EQ(a.kinds, b.kinds) << i;
    EXPECT_EQ(a.person_first, b.person_first) << i;
    EXPECT_EQ(a.clitic_on_whole, b.clitic_on_whole) << i;
    EXPECT_EQ(a.nationality, b.nationality) << i;
    EXPECT_EQ(a.patrol, b.patrol) << i;
    EXPECT_EQ(a.read_on, b.read_on) << i;
    EXPECT_EQ(a.vehicle, b.vehicle) << i;
    EXPECT_EQ(a.territory, b.territory) << i;
  }
  // حماس (token 1) starts a name; the comma after 444 (token 10) is the empty look-up.
  EXPECT_TRUE(alone[1].read_on);
  EXPECT_TRUE(alone[1].roots.any());
  EXPECT_FALSE(alone[10].read_on);
  EXPECT_FALSE(alone[10].roots.any());
  EXPECT_EQ(alone[10].kinds, 0);
}

}  // namespace
}  // namespace rasad
