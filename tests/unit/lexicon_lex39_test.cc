// Dictionary classes of session 39 (lex39):
//  1. A nationality standing for a person: an indefinite singular nationality right after a word that is only a verb
//     (استشهد فلسطيني، أصيبت فلسطينية، استشهد لبناني) is the verb's subject or object, a person of that nation, as its
//     dual and plural already were (أصيب فلسطينيان). Before, the word was read as an adjective with no noun and the
//     event had no target (استشهد لبناني في غارة: no event at all). After a word that is also a noun it may be the
//     adjective of a verbal noun (قصف إسرائيلي، رفض فلسطيني) and stays one; after a noun (مسؤول فلسطيني) it is the
//     noun's adjective, as before.
//  2. A place named by its direction from a town (معسكر اليرموك جنوب طرابلس، منطقة العين جنوب مأرب: شمال، جنوب، شرق،
//     غرب، قرب, a place noun or not before the town) lies in the town's country: a reading of the name in another
//     country (Syria's Yarmouk camp, the Emirates' al-Ain) is another place of that name and no place here, and says
//     nothing of the document's country (before: the camp and the camp's soldiers were Syria's).
//  3. A place name at the head of an idiom is no place (places/common_words.tsv, class idiom): مسقط رأسه "his
//     birthplace" is never Muscat (before: the young man and the police were Oman's); without a pronoun on رأس the
//     name may be the town (في مسقط رأس الدبلوماسية الأمريكية) and stays one.
//  4. Trade unionists are people, a group (نقابيا، نقابية، نقابيات، هيئات نقابية), not only the union as a body: before,
//     the unionist arrested was no one and the union bodies' sit-in had no doer.
//  5. Places of 2024-2026 news the gazetteer lacked: Iraqi Kurdistan's Sidakan and Soran (Turkish strikes) and the
//     Khor Mor gas field (drone strikes).
//  6. Plural part nouns before من (coder/word_kinds.tsv part_noun): مجموعات من المرتزقة، دوريات من الشرطة are the people
//     after من, as مجموعة من، دورية من were (before: no doer, or the patrols read as the army).
// Every sentence was written for this table (none copied from a corpus) and every expected value was written
// from the Arabic. Rows named guard_ passed before the session's change and keep the readings they protect; every
// other row failed before it, except those of the pending table, gaps found and not closed (they state the right
// reading).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;
using testing::NamedActorRow;
using testing::NamedPlaceRow;

const CodedEventRow kEvents[] = {
    // 1. Before, no event: the nationality was no one, and the strike had neither target nor event.
    {"lebanese_killed_in_air_strike", "2025-06-01", "استشهد لبناني في غارة إسرائيلية على بنت جبيل.", "195", "ISR/*",
     "LBN/*"},
    // 2. A place named by its direction from a town of another country.
    {"camp_south_of_tripoli", "2025-06-01", "قصفت طائرات مسيرة معسكر اليرموك جنوب طرابلس.", "195", "", "LBY/MIL"},
    // 3. مسقط رأسه is "his birthplace": the young man and the police are Egypt's.
    {"birthplace_idiom_not_muscat", "2025-06-01", "اعتقلت الشرطة شابا في مسقط رأسه بمحافظة سوهاج.", "173", "EGY/COP",
     "EGY/CVL"},
    // 4. Trade unionists.
    {"unionist_arrested", "2025-06-01", "اعتقلت الشرطة نقابيا في طهران.", "173", "IRN/COP", "IRN/LAB"},
    {"woman_unionist_arrested", "2025-06-01", "اعتقلت الشرطة نقابية في طهران.", "173", "IRN/COP", "IRN/LAB"},
    // (Naming no one it is against: its state's government, coder_tgt21_test.)
    {"union_bodies_sit_in", "2025-06-01", "نظمت هيئات نقابية وقفة احتجاجية في الرباط.", "141", "MAR/LAB", "MAR/GOV"},
    {"guard_unionists_sit_in", "2025-06-01", "اعتصم النقابيون أمام مقر الحكومة في تونس.", "141", "TUN/LAB", "TUN/GOV"},
    // 6. Plural part nouns.
    {"groups_of_mercenaries", "2025-06-01", "هاجمت مجموعات من المرتزقة قرية في دارفور.", "190", "SDN/UAF", "SDN/CVL"},
    {"groups_of_gunmen", "2025-06-01", "هاجمت مجموعات من المسلحين قرية في دارفور.", "190", "SDN/UAF", "SDN/CVL"},
    {"police_patrols", "2025-06-01", "اعتقلت دوريات من الشرطة شبانا في البصرة.", "173", "IRQ/COP", "IRQ/CVL"},
    {"guard_group_of_settlers", "2025-06-01", "اقتحمت مجموعة من المستوطنين بلدة قباطية.", "190", "ISR/CVL", "PSE/*"},
    {"guard_young_palestinian_shot", "2025-06-01", "قتل شاب فلسطيني برصاص مستوطن في الخليل.", "190", "ISR/CVL",
     "PSE/CVL"},
    // 7. (Pending until session 43, whose nationality right after a killing verb with no subject of its own is the
    // victim: قتل is also a noun, and the nationality after it had stayed an adjective.)
    {"palestinian_killed_by_settlers", "2025-06-01", "قتل فلسطيني برصاص مستوطنين في قرية المغير.", "190", "ISR/CVL",
     "PSE/*"},
};

class Lex39EventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex39EventTest, CodesTheEvent) { testing::ExpectCodedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex39EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

// Pending: gaps found and not closed; each row states the right reading, passes while the gap stays and fails once
// it is closed (then move it to kEvents).
const CodedEventRow kPendingEvents[] = {
    // (The town in construct after a building after في, سوق دمشق، مساجد بغداد: closed by lex40, whose table has the
    // rows.)
    // After an agent in construct (عمال النفط) the place in construct with حقول is not taken, so no country.
    {"oil_workers_in_basra_fields", "2025-06-01", "أضرب عمال النفط في حقول البصرة.", "143", "IRQ/LAB", ""},
};

class Lex39PendingEventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex39PendingEventTest, IsStillAGap) {
  const CodedEventRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  std::string seen;
  EXPECT_FALSE(testing::HasCodedEvent(x, &seen)) << x.name << ": the gap is closed; move the row to kEvents";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex39PendingEventTest, ::testing::ValuesIn(kPendingEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

const NamedActorRow kActors[] = {
    // 1. A nationality right after a word that is only a verb is a person of that nation.
    {"palestinian_martyred", "2025-06-01", "استشهد فلسطيني برصاص الجيش الإسرائيلي في طولكرم.", "فلسطيني", "PSE", "*"},
    {"palestinian_woman_wounded", "2025-06-01", "أصيبت فلسطينية برصاص مستوطنين قرب رام الله.", "فلسطينية", "PSE",
     "*"},
    {"lebanese_martyred", "2025-06-01", "استشهد لبناني في غارة إسرائيلية على بنت جبيل.", "لبناني", "LBN", "*"},
    {"sudanese_wounded", "2025-06-01", "أصيب سوداني بشظايا قذيفة في أم درمان.", "سوداني", "SDN", "*"},
    {"guard_official_adjective", "2025-06-01", "أعلن مسؤول فلسطيني رفض الخطة.", "مسؤول فلسطيني", "PSE", "GOV"},
};

const NamedPlaceRow kPlaces[] = {
    // 2. A place named by its direction from a town of its own country keeps its reading.
    {"guard_yarmouk_south_of_damascus", "2025-06-01", "قصفت طائرات النظام مخيم اليرموك جنوب دمشق.", "اليرموك", "SYR"},
    {"guard_duma_south_of_nablus", "2025-06-01", "هاجم مستوطنون قرية دوما جنوب نابلس.", "دوما", "PSE"},
    // 5. Iraqi Kurdistan's places of 2024-2026 news.
    {"sidakan", "2025-06-01", "قصفت مسيرة تركية منطقة سيدكان.", "سيدكان", "IRQ"},
    {"khor_mor_gas_field", "2025-06-01", "قصفت مسيرة حقل كورمور للغاز.", "كورمور", "IRQ"},
    {"soran", "2025-06-01", "اعتقلت قوات الأسايش ناشطين في سوران.", "سوران", "IRQ"},
    {"guard_taybeh_near_marjayoun", "2025-06-01", "قصفت مسيرة بلدة الطيبة قرب مرجعيون.", "الطيبة", "LBN"},
    // 3. Muscat itself, and Muscat before رأس with no pronoun on it.
    {"guard_muscat", "2025-06-01", "وصل وزير الخارجية الإيراني إلى مسقط.", "مسقط", "OMN"},
    {"guard_muscat_head_of_diplomacy", "2025-06-01", "استقبل السلطان في مسقط رأس الدبلوماسية الأمريكية.", "مسقط",
     "OMN"},
};

class Lex39PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex39PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex39PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

class Lex39ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name stands for the actor of the expected country and sector.
TEST_P(Lex39ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex39ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
