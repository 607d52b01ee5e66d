// Guards for the recognizer speed work of session 49 (no reading changes; every row is a guard_ that passes before
// and after, expectations written by hand from the Arabic and the dictionary lines):
//   - the phrase matcher keeps, per trie node, the marks of its payloads or-ed (PhraseMatcher::Add's `marks`,
//     PhraseMatcher::Marks): the recognizer's raw matches read whether a match is sure, contextual and which kinds
//     of entry it holds from them (EntryRef::Marks) instead of walking the payloads; a place idiom that takes the
//     place payloads away still reads the payloads left;
//   - the keys and the look-up of every token are computed in a function of their own (ComputeKeysAndLookups), with
//     the memo of word types kept across texts as before;
//   - the matching loop walks a run of words that start nothing with a pointer, noting a place typo after a place
//     noun as before.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "lexicon/lexicon.h"
#include "lexicon/phrase_matcher.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kMentionRows[] = {
    // !حماس (actors/palestine_israel.tsv PSE_HAMAS, PSE REB): a sure entry, a name alone though a common word.
    {"guard_sure_name_alone", "أعلنت حماس مسؤوليتها عن الهجوم على الموقع العسكري.", "حماس", true, "PSE_HAMAS", "PSE",
     "REB", 1},
    // ?الحكومة الشرعية (actors/yemen.tsv YEM_GOV, YEM GOV): a contextual name, read in a text about Yemen (الحوثي،
    // تعز اليمنية). Two tokens.
    {"guard_contextual_name_in_context",
     "قالت الحكومة الشرعية في بيان إن جماعة الحوثي قصفت أحياء في مدينة تعز اليمنية.", "الحكومة", true, "YEM_GOV",
     "YEM", "GOV", 2},
    // مسقط رأسه (places/common_words.tsv مسقط رأس+, idiom): the place payload of مسقط (Oman's capital) is taken
    // away, and nothing is left: no mention.
    {"guard_place_idiom_no_place", "دفن الشاعر في مسقط رأسه بعد وفاته في المنفى.", "مسقط", false, nullptr, "", "", 0},
    // مسقط without the idiom: Muscat, a place of Oman (countries.tsv OMN's capital), one token.
    {"guard_place_without_idiom", "وصل وزير الخارجية الإيراني إلى مسقط أمس في زيارة رسمية.", "مسقط", true, nullptr,
     "OMN", "", 1},
    // الجيش اللبناني (actors/lebanon.tsv LBN_LAF, LBN MIL): a phrase of two words whose node holds an actor.
    {"guard_two_word_actor", "انتشر الجيش اللبناني في البلدات الحدودية صباح اليوم.", "الجيش", true, "LBN_LAF", "LBN",
     "MIL", 2},
    // منطقة مرهونة: a word after a place noun (منطقة) among words that start no name, one letter off ترهونة, a town
    // of Libya (the text is about Libya: طرابلس الليبية): read as the town, one token.
    {"guard_place_typo_after_place_noun", "اندلعت اشتباكات عنيفة في منطقة مرهونة جنوب شرق طرابلس الليبية.", "مرهونة",
     true, nullptr, "LBY", "", 1},
};

TEST(Speedrec49MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, twice round: the second time every word's look-up is the memo's.
TEST(Speedrec49MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

// A short row coded alone and after a long article whose words it shares (حماس، مسقط، الجيش اللبناني), both ways.
TEST(Speedrec49MentionTest, guard_RowSameAroundLongArticle) {
  const char* article =
      "قال الجيش اللبناني في بيان إن وحداته انتشرت في البلدات الحدودية بعد قصف استهدفها، فيما أعلنت حماس أنها "
      "أطلقت صواريخ على مواقع عسكرية. وفي مسقط، التقى وزير الخارجية العماني نظيره الإيراني لبحث التهدئة، وقال إن "
      "المحادثات ستستمر الأسبوع المقبل.";
  testing::ExpectRowSameAroundLongArticle(article, "أعلنت حماس أن الجيش اللبناني انتشر في مسقط رأس القائد.",
                                          /*mentions=*/true);
}

// EntryRef::Marks by hand: the kind's bit (1 << kind: country 0, demonym 1, actor 2, agent 3, place 4), the sure
// mark, and the contextual mark only for an entry that is no demonym.
TEST(Speedrec49MarksTest, guard_EntryMarks) {
  EXPECT_EQ(EntryRef::Marks(EntryRef::Pack(EntryKind::kPlace, 7)), 0x10);
  EXPECT_EQ(EntryRef::Marks(EntryRef::Pack(EntryKind::kCountry, 3)), 0x01);
  EXPECT_EQ(EntryRef::Marks(EntryRef::Pack(EntryKind::kAgent, 5, /*contextual=*/true)),
            0x08 | EntryRef::kContextualMark);
  EXPECT_EQ(EntryRef::Marks(EntryRef::Pack(EntryKind::kDemonym, 2, /*contextual=*/true)), 0x02);
  EXPECT_EQ(EntryRef::Marks(EntryRef::Pack(EntryKind::kActor, 9) | EntryRef::kSureBit), 0x04 | EntryRef::kSureMark);
}

// A matcher's marks are those of the payloads of the phrase matched, or-ed: حزب الله with two payloads (marks 0x01
// and 0x04) and حزب alone with one (0x10). Tokens: أعلن حزب الله أمس .
TEST(Speedrec49MarksTest, guard_MatchMarksArePhrases) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  worker.Analyze(testing::ReuseDoc("m", "أعلن حزب الله أمس."));
  const TokenKeys& keys = worker.recognition().keys;
  ASSERT_EQ(keys.tokens.size(), 5u);
  PhraseMatcher matcher;
  matcher.Add({"حزب", "الله"}, 1, 0x01);
  matcher.Add({"حزب", "الله"}, 2, 0x04);
  matcher.Add({"حزب", "الله"}, 2, 0x04);  // the same payload again: added once
  matcher.Add({"حزب"}, 3, 0x10);
  PhraseMatcher::Match both = matcher.Longest(keys, 1, 5);
  ASSERT_EQ(both.length, 2u);
  EXPECT_EQ(both.payloads->size(), 2u);
  EXPECT_EQ(matcher.Marks(both), 0x05);
  PhraseMatcher::Match one = matcher.Longest(keys, 1, 2);  // the sentence cut after حزب
  ASSERT_EQ(one.length, 1u);
  EXPECT_EQ(matcher.Marks(one), 0x10);
}

}  // namespace
}  // namespace rasad
