// Guards for the recognizer speed work of session 44 (no reading changes; every row is a guard_ that passes
// before and after, expectations written by hand from the Arabic):
//   - the pass that gives unnamed state forces a country (inferred_country) reads the words after a mention
//     (foreigners: جنود أجانب) only for a mention it would change: the police still take the country of the
//     place right after them or named before them, foreign soldiers none, police in a text of no country none;
//   - a word type's look-up keeps the word's kinds (word_kinds.tsv) and its territory noun, which the passes
//     read per token instead of asking the word list: a garment's kind names nobody, a vehicle's make no
//     place, a nationality after a territory noun or the capital is a place, a region after في names no
//     region's states, an agent loyal to a group takes its country, an organisation's head noun names it again;
//   - a one-word match is checked against the place idioms (مسقط رأسه) only when it names a place;
//   - a mention's English name is appended to in place (ActorNameEn).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

struct MentionRow {
  const char* name;
  const char* text;
  const char* word;     // the first word of the mention, as written
  bool present;         // whether a mention starts at that word
  const char* country;  // the mention's country, else its inferred country, else its place's country
  const char* sector;   // the mention's role (CAMEO sector), or ""
  uint32_t tokens;      // the mention's length in tokens
};

const MentionRow kMentionRows[] = {
    // Unnamed state forces: the country of the place right after them (في تونس).
    {"guard_police_take_place_after", "اعتقلت الشرطة في تونس عشرة أشخاص.", "الشرطة", true, "TUN", "COP", 1},
    // ... else the country named before them in the sentence.
    {"guard_police_take_country_before", "وفي سوريا، اعتقلت الشرطة ثلاثة متظاهرين.", "الشرطة", true, "SYR", "COP", 1},
    // ... and none in a text that names no country.
    {"guard_police_of_no_country", "اعتقلت الشرطة ثلاثة أشخاص.", "الشرطة", true, "", "COP", 1},
    // Foreign soldiers are of no country the text names (العراق before them).
    {"guard_foreign_soldiers_no_country", "وفي العراق، قتل جنود أجانب في هجوم على قاعدة عسكرية.", "جنود", true, "",
     "MIL", 2},
    // ... where a military base after them in the sentence takes العراق.
    {"guard_base_after_foreigners_takes_country", "وفي العراق، قتل جنود أجانب في هجوم على قاعدة عسكرية.", "قاعدة", true,
     "IRQ", "MIL", 2},
    // The kind of a garment (زي الشرطة) names nobody.
    {"guard_garment_kind_names_nobody", "أطلق رجل يرتدي زي الشرطة النار على المارة.", "الشرطة", false, "", "", 0},
    // A vehicle's make (سيارة تويوتا) is no place; alone, تويوتا is Toyota City in Japan.
    {"guard_vehicle_make_no_place", "انفجرت سيارة تويوتا مفخخة في السوق.", "تويوتا", false, "", "", 0},
    {"guard_make_alone_is_place", "زار الوفد تويوتا.", "تويوتا", true, "JPN", "", 1},
    // A nationality after a territory noun, both with the article, is a place of that country: the noun and
    // the nationality.
    {"guard_territory_noun_place", "سقطت قذائف في الأراضي السورية.", "الأراضي", true, "SYR", "", 2},
    {"guard_capital_noun_place", "وصل الوفد إلى العاصمة العراقية أمس.", "العاصمة", true, "IRQ", "", 2},
    // A region after في names no region's states; as a subject it does (Europe, of no country or sector).
    {"guard_region_after_locative", "عقد الاجتماع في أوروبا أمس.", "أوروبا", false, "", "", 0},
    {"guard_region_as_subject", "أوروبا ترفض القرار.", "أوروبا", true, "", "", 1},
    // Gunmen loyal to the Taliban (موالون لـ) take its country and keep their sector.
    {"guard_loyal_gunmen_take_country", "هاجم مسلحون موالون لحركة طالبان نقطة تفتيش.", "مسلحون", true, "AFG", "UAF",
     1},
    // الحركة after حركة حماس names Hamas again.
    {"guard_organisation_named_again", "قالت حركة حماس في بيان إن الحركة ترفض المقترح.", "الحركة", true, "PSE", "REB",
     1},
    // مسقط رأسه "his birthplace" is no place; مسقط alone is Muscat.
    {"guard_place_idiom_no_place", "ولد الرئيس في مسقط رأسه عام 1950.", "مسقط", false, "", "", 0},
    {"guard_place_alone_is_place", "وصل الوزير إلى مسقط أمس.", "مسقط", true, "OMN", "", 1},
};

TEST(Speedrec44MentionTest, ReadingsStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const MentionRow& row : kMentionRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(testing::MentionCountry(engine, m), row.country) << row.name;
      EXPECT_EQ(m.sector, row.sector) << row.name;
      EXPECT_EQ(m.end_token - m.first_token, row.tokens) << row.name;
    });
    EXPECT_EQ(found, row.present) << row.name;
  }
}

// A mention's English name (EntityRecognizer::ActorNameEn), built in place: a state's name with its agent after it,
// an agent's alone, a state's name with "people" after it for a nationality of people.
struct NameRow {
  const char* name;
  const char* text;
  const char* word;     // the first word of the mention, as written
  const char* name_en;  // its English name
};

const NameRow kNameRows[] = {
    {"guard_state_and_agent_name", "اعتقلت الشرطة الموريتانية عشرة أشخاص.", "الشرطة", "Mauritania (police)"},
    {"guard_agent_name_alone", "اعتقلت الشرطة ثلاثة أشخاص.", "الشرطة", "police"},
    {"guard_nationality_people_name", "قتل ثلاثة سوريين في الهجوم.", "سوريين", "Syria (people)"},
};

TEST(Speedrec44MentionTest, EnglishNamesStay) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const EntityRecognizer recognizer(&engine->lexicon());
  for (const NameRow& row : kNameRows) {
    bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
      EXPECT_EQ(recognizer.ActorNameEn(m), row.name_en) << row.name;
    });
    EXPECT_TRUE(found) << row.name;
  }
}

// The same rows on one Worker, one after another and twice round: a word type's look-up (its kinds and
// territory noun among them) kept from an earlier text reads the same.
TEST(Speedrec44MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

}  // namespace
}  // namespace rasad
