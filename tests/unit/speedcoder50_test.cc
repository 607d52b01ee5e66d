// Guards for the speed work of session 50 (speedcoder50) on the coder (no reading changes; every row is a guard_ that
// passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - FindTriggersAndCues tells a preposition or a word of inclusion that carries the article (بالمثل "likewise",
//     الخاصة "special", البعد "the distance") by the bare stem's length instead of a compare of its letters with the
//     stem: the bare words (بعد، من بينهم، خاصة) are still cues, and the words with the article still none, so every
//     row's event keeps its source and target;
//   - the words compared with literals (the word before a protest's building, أمام; a word of topic, حول; the word
//     before a year, عام; أن after a speaker; مطالبين after a crowd) and IsArmed's and IsStateAgent's sector codes are
//     compared inline (BareText, TextEqual) instead of through string_view's ==, and so are an event's codes and
//     modality where reactions and announced threats read them: the same readings.
// Each row is also coded after a long article on the same worker (and the article after it), byte for byte as alone:
// the article has the same cue words, with and without the article.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article with cue words of inclusion and prepositions, bare (بعد، خاصة، من بينهم) and with the article (الخاصة،
// بالمثل), coded by the same worker before and after each row.
constexpr const char* kLongArticle =
    "قالت مصادر أمنية إن القوات الخاصة اعتقلت عشرة أشخاص بعد اشتباكات عنيفة، خاصة في الأحياء الشرقية من المدينة. "
    "وقتل ثلاثة مدنيين من بينهم طفل في قصف على سوق شعبي، وردت الفصائل المسلحة بالمثل. "
    "وأعلنت الحكومة إجراءاتها الخاصة لحماية المدنيين.";

const ProbeRow kRows[] = {
    // The Turkish police arrested five journalists after raiding their homes in Istanbul: an arrest (CAMEO 17x) by the
    // police of Turkey, the journalists (media) its target; بعد is a bare preposition.
    {"guard_arrest_after_a_raid", "اعتقلت الشرطة التركية خمسة صحفيين بعد مداهمة منازلهم في إسطنبول.", "COERCE", "17",
     "TUR/COP", "*/MED"},
    // Five civilians, among them two women, were killed in a Russian air strike on the Hama countryside: the strike's
    // doer is its demonym adjective's state, the civilians its victims; من بينهم is a word of inclusion.
    {"guard_civilians_killed_among_them_women", "قتل خمسة مدنيين من بينهم امرأتان في غارة روسية على ريف حماة.",
     "ASSAULT", "19", "RUS/*", "*/CVL"},
    // The Iraqi special forces arrested ten gunmen in Anbar province: the special forces (الخاصة with the article, no
    // word of inclusion) are Iraq's military, the doer.
    {"guard_special_forces_arrested_gunmen", "اعتقلت القوات الخاصة العراقية عشرة مسلحين في محافظة الأنبار.", "COERCE",
     "17", "IRQ/MIL", nullptr},
    // Gunmen attacked villages in the north of Nigeria, especially in Zamfara state: an attack by unidentified armed
    // men of Nigeria; وخاصة is a word of inclusion after the place.
    {"guard_gunmen_attacked_villages_especially_in_a_state", "هاجم مسلحون قرى في شمال نيجيريا، وخاصة في ولاية زامفارا.",
     "ASSAULT", "19", "NGA/UAF", nullptr},
    // Russian aircraft bombed opposition positions in Idlib, and the opposition factions replied in kind: the bombing
    // by the aircraft of a state is its military's; بالمثل (ب and the article) is no preposition مثل.
    {"guard_aircraft_bombed_and_the_reply_in_kind",
     "قصفت الطائرات الروسية مواقع للمعارضة في إدلب، وردت فصائل المعارضة بالمثل.", "ASSAULT", "19", "RUS/MIL", nullptr},
    // Gunmen attacked a tourist bus in Giza, and the Egyptian government announced its special measures to protect
    // tourists: the attack is the gunmen's; الخاصة, an adjective with the article, is no word of inclusion. (Told after
    // بعد, the attack would be the background of the announcement, no event of its own.)
    {"guard_attack_on_a_bus_and_special_measures",
     "هاجم مسلحون حافلة سياحية في الجيزة، وأعلنت الحكومة المصرية إجراءاتها الخاصة لحماية السياح.", "ASSAULT", "19",
     "*/UAF", nullptr},
    // Hundreds of students demonstrated before the building of the Iraqi parliament in Baghdad: a protest (CAMEO 14x)
    // addressed to the owner of the building it was held before, Iraq's legislature.
    {"guard_protest_before_the_parliament", "تظاهر مئات الطلاب أمام مقر البرلمان العراقي في بغداد.", "PROTEST", "14",
     nullptr, "IRQ/LEG"},
    // Thousands of workers in Tunisia demonstrated demanding that the government raise wages: the workers (labour) of
    // Tunisia protest, the government they make demands of is the target.
    {"guard_workers_demanding_of_the_government", "تظاهر آلاف العمال في تونس مطالبين الحكومة برفع الأجور.", "PROTEST",
     "14", "TUN/LAB", "TUN/GOV"},
    // The Pakistani police said that gunmen killed five soldiers in Balochistan: the police are the speaker, not the
    // doer; the gunmen attacked soldiers (the military).
    {"guard_police_said_gunmen_killed_soldiers", "قالت الشرطة الباكستانية إن مسلحين قتلوا خمسة جنود في إقليم بلوشستان.",
     "ASSAULT", "19", "*/UAF", "*/MIL"},
    // The Egyptian foreign minister discussed with his Jordanian counterpart in Amman the situation around Gaza: a
    // consultation (CAMEO 04x) of the two governments; حول opens its topic.
    {"guard_ministers_discussed_the_situation_around_gaza",
     "بحث وزير الخارجية المصري مع نظيره الأردني في عمان الأوضاع حول قطاع غزة.", "CONSULT", "04", "EGY/GOV", "JOR/GOV"},
    // The American army killed dozens of civilians in Fallujah in the year 2004: a killing of twenty years before the
    // report's date (2024) is its background, no event.
    {"guard_killing_in_a_long_past_year", "قتل الجيش الأمريكي عشرات المدنيين في الفلوجة عام 2004.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // The leader of the Houthis threatened to target American ships: a threat (CAMEO 13x) aimed at whom the attack it
    // announces would hit, the ships of the United States.
    {"guard_threat_to_target_american_ships", "هدد زعيم الحوثيين باستهداف السفن الأمريكية في البحر الأحمر.", "THREATEN",
     "13", nullptr, "USA/*"},
};

class Speedcoder50Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder50Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker: the same events, byte for byte, as by a fresh worker;
// and the article after the row too.
TEST_P(Speedcoder50Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder50Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
