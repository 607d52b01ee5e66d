// Guards for the recognizer speed work of session 47 (no reading changes; every row is a guard_ that passes before
// and after, expectations written by hand from the Arabic and the dictionary lines):
//   - TokenKeys::tokens grows without writing its new entries (TokenKeys::Start), and Run::At writes count,
//     attached, digits and type for every token, the keys of a word and the digits of a number: a text coded after
//     a shorter one reads the same keys, mentions and events as on its own; a number after the earlier text's
//     length still continues a name (اللواء 444، الوحدة 8200، فرانس 24), a sign still ends one, and a word with a
//     clitic still continues one only whole (التحالف بقيادة السعودية).
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

// In the order ExpectSameOnOneWorker codes them: a short text first, then longer ones, so that the later rows' last
// tokens (the numbers among them) fall in entries of the keys' buffer that no text wrote before.
const MentionRow kMentionRows[] = {
    // مدني alone is a civilian (agents.tsv مدني|مدنيون..., CVL). Three tokens.
    {"guard_short_civilian", "قتل مدني.", "مدني", true, "CVL", "", "CVL", 1},
    // اللواء 444 (actors/libya.tsv LBY_444_BRIGADE, LBY MIL), its number the ninth token; ومسلحين, with و, does not
    // continue it.
    {"guard_brigade_number_late", "قالت مصادر محلية إن اشتباكات اندلعت بين اللواء 444 ومسلحين جنوب طرابلس.",
     "اللواء", true, "LBY_444_BRIGADE", "LBY", "MIL", 2},
    // الوحدة 8200 (actors/palestine_israel.tsv ISR_UNIT_8200, ISR SPY).
    {"guard_unit_number", "كشفت تقارير إسرائيلية أن الوحدة 8200 تقف وراء الهجوم الإلكتروني على الشبكة.", "الوحدة",
     true, "ISR_UNIT_8200", "ISR", "SPY", 2},
    // قناة فرانس 24 (actors/world.tsv FRA_FRANCE24, FRA MED, from 2006-12-06), three tokens ending in the number.
    {"guard_channel_number", "نقلت قناة فرانس 24 عن مسؤول فرنسي أن المفاوضات ستستأنف الأسبوع المقبل في باريس.",
     "قناة", true, "FRA_FRANCE24", "FRA", "MED", 3},
    // التحالف بقيادة السعودية (actors/igo.tsv IGO_ARAB_COALITION, SAU MIL): بقيادة has the clitic ب and continues
    // the name as a whole word.
    {"guard_coalition_clitic_word_whole", "شن التحالف بقيادة السعودية غارات جوية على مواقع الحوثيين في صنعاء.",
     "التحالف", true, "IGO_ARAB_COALITION", "SAU", "MIL", 3},
    // الجيش السوداني (actors/sudan.tsv SDN_SAF, SDN MIL), then signs and a number: the comma ends the name.
    {"guard_army_before_signs", "أعلن الجيش السوداني، في بيان مساء أمس، مقتل 12 مسلحا في هجوم على بلدة بدارفور.",
     "الجيش", true, "SDN_SAF", "SDN", "MIL", 2},
};

TEST(Speedrec47MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, one after another and twice round: the keys' buffer, grown by a longer text, reads
// nothing an earlier text left in it.
TEST(Speedrec47MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

// What Run::At writes of a token's keys: count, attached, digits and type always; the keys and hashes a count (or,
// for a number, digits) says are there.
// (The word types are each Worker's own numbering: `got`'s are checked against its text's tokens.)
void ExpectSameWrittenKeys(const TokenKeys& got, const AnalyzedText& got_text, const TokenKeys& want,
                           const char* label) {
  ASSERT_EQ(got.tokens.size(), want.tokens.size()) << label;
  for (size_t i = 0; i < want.tokens.size(); ++i) {
    const TokenKeys::Keys& g = got.tokens[i];
    const TokenKeys::Keys& w = want.tokens[i];
    EXPECT_EQ(g.count, w.count) << label << " token " << i;
    EXPECT_EQ(g.attached, w.attached) << label << " token " << i;
    EXPECT_EQ(g.digits, w.digits) << label << " token " << i;
    EXPECT_EQ(g.type, got_text.tokens[i].type) << label << " token " << i;
    for (int k = 0; k < (w.digits ? 1 : w.count); ++k) {
      EXPECT_EQ(g.key[k], w.key[k]) << label << " token " << i;
      EXPECT_EQ(g.hash[k], w.hash[k]) << label << " token " << i;
    }
  }
}

// One Worker's keys (Recognition::keys, which the recognizer computes) for a short text, a longer one, then the short
// one again: each time what a fresh Worker's keys hold, and as many entries as the text has tokens.
TEST(Speedrec47KeysTest, guard_GrownBufferWritesEveryToken) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::string short_text = "قتل مدني.";
  const std::string long_text = "وقال الجيش، في بيان، إن 12 مسلحا قتلوا بالقرب من الحدود.";
  Worker reused(engine);
  for (const std::string* text : {&short_text, &long_text, &short_text}) {
    const Document doc = testing::ReuseDoc("k", *text);
    reused.Analyze(doc);
    Worker fresh(engine);
    fresh.Analyze(doc);
    const char* label = text == &short_text ? "short" : "long";
    ExpectSameWrittenKeys(reused.recognition().keys, reused.text(), fresh.recognition().keys, label);
    EXPECT_EQ(reused.recognition().keys.tokens.size(), reused.text().tokens.size()) << label;
  }
  // By hand, in the long text, fourteen tokens: وقال الجيش ، في بيان ، إن 12 مسلحا قتلوا بالقرب من الحدود .
  reused.Analyze(testing::ReuseDoc("k", long_text));
  const TokenKeys& keys = reused.recognition().keys;
  ASSERT_EQ(keys.tokens.size(), 14u);
  const TokenKeys::Keys& wa_qala = keys.tokens[0];  // و + قال: a conjunction clitic
  EXPECT_TRUE(wa_qala.attached);
  EXPECT_FALSE(wa_qala.digits);
  EXPECT_EQ(wa_qala.key[0], "قال");
  const TokenKeys::Keys& comma = keys.tokens[2];  // a sign: no key, nothing attached
  EXPECT_EQ(comma.count, 0);
  EXPECT_FALSE(comma.attached);
  EXPECT_FALSE(comma.digits);
  const TokenKeys::Keys& twelve = keys.tokens[7];  // a number: its digits in key[0]
  EXPECT_EQ(twelve.count, 0);
  EXPECT_TRUE(twelve.digits);
  EXPECT_FALSE(twelve.attached);
  EXPECT_EQ(twelve.key[0], "12");
  EXPECT_EQ(twelve.hash[0], FlatStringIndex::Hash("12"));
  const TokenKeys::Keys& bil_qurb = keys.tokens[10];  // ب + ال + قرب: both keys, the bare stem first
  EXPECT_TRUE(bil_qurb.attached);
  EXPECT_EQ(bil_qurb.count, 2);
  EXPECT_EQ(bil_qurb.key[0], "قرب");
  const TokenKeys::Keys& hudud = keys.tokens[12];  // الحدود: its stem and whole form the same once bare
  EXPECT_FALSE(hudud.attached);
  EXPECT_EQ(hudud.count, 1);
  EXPECT_EQ(hudud.key[0], "حدود");
}

}  // namespace
}  // namespace rasad
