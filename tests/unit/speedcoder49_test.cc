// Guards for the speed work of session 49 (speedcoder49) on the coder (no reading changes; every row is a guard_ that
// passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - CodeTrigger looks for the machines of war and their nationality before a noun of attack (شنت طائرات أمريكية
//     غارات) only in a document with a verb of carrying out: the nationality, a list of them or one supposed (قيل
//     إنها روسية) still names the doer there, and a noun of attack in a document with none still takes its doer from
//     its own adjective (غارة إسرائيلية);
//   - FindTriggersAndCues takes the match ViolentNounSubject made of the word after a verb of result (أودى القصف
//     الإسرائيلي بحياة) instead of making it again: the violent noun is still the verb's subject and the attack;
//   - FindTriggersAndCues reads each token's trie roots in place and passes the tokens that open nothing in a loop
//     of their own: every row's triggers are still found;
//   - QuotedTitle looks for a verb of telling only in a document that has one: a story a film tells is still no
//     event, and the same killing told by witnesses, or with no telling at all, still is one.
// Each row is also coded after a long article on the same worker (and the article after it), byte for byte as alone:
// the article has a verb of carrying out and a verb of telling, which a row without them must not inherit.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article with a verb of carrying out (شنت), a verb of telling (يروي) and a verb of result (أودى), coded by the same
// worker before and after each row.
constexpr const char* kLongArticle =
    "شنت طائرات أمريكية غارات على مواقع للحوثيين في محافظة الحديدة. "
    "ويروي فيلم وثائقي جديد قصة جنود قتلوا عائلة في قرية نائية. "
    "وأودى القصف الروسي بحياة عشرة مدنيين في ريف إدلب، وقال ناشطون إن الطائرات عادت مساء أمس. "
    "واعتقلت الشرطة المصرية خمسة مهربين في سيناء.";

const ProbeRow kRows[] = {
    // American and British aircraft launched raids on Houthi positions in Yemen: a list of two nationalities after the
    // machines, between the verb of carrying out and the noun; the first state's military is a doer, the Houthis
    // (rebels in Yemen) the target.
    {"guard_aircraft_of_two_states_launched_raids", "شنت طائرات أمريكية وبريطانية غارات على مواقع للحوثيين في اليمن.",
     "ASSAULT", "19", "USA/MIL", "YEM/REB"},
    // Aircraft said to be Russian launched raids on the Idlib countryside: the supposed nationality names Russia's
    // military as the doer.
    {"guard_aircraft_said_to_be_russian_launched_raids", "شنت طائرات قيل إنها روسية غارات على ريف إدلب.", "ASSAULT",
     "19", "RUS/MIL", nullptr},
    // Five civilians were killed in an Israeli strike on south Lebanon: no verb of carrying out in the document; the
    // strike's doer is its demonym adjective's state, the civilians of Lebanon its victims.
    {"guard_strike_noun_with_its_adjective_and_no_verb_of_carrying_out",
     "قتل خمسة مدنيين في غارة إسرائيلية على جنوب لبنان.", "ASSAULT", "19", "ISR/*", "LBN/CVL"},
    // Egypt condemned the Israeli attack on the city of Rafah: a condemnation (CAMEO 111) by Egypt of the attack's doer,
    // Israel; no verb of carrying out in the document.
    {"guard_condemned_attack_with_no_verb_of_carrying_out", "أدانت مصر الهجوم الإسرائيلي على مدينة رفح.", "ACCUSE", "11",
     "EGY/*", "ISR/*"},
    // The Israeli shelling took the lives of five civilians in Gaza: the violent noun after the verb of result is its
    // subject and the attack, Israel its doer, civilians of Palestine its victims.
    {"guard_shelling_took_the_lives_of_civilians", "أودى القصف الإسرائيلي بحياة خمسة مدنيين في غزة.", "ASSAULT", "19",
     "ISR/*", "PSE/CVL"},
    // The suicide attack killed twenty people in Baghdad: a suicide bombing (CAMEO 18) with no doer named, civilians of
    // Iraq its victims.
    {"guard_suicide_attack_resulted_in_deaths", "أسفر الهجوم الانتحاري عن مقتل عشرين شخصا في بغداد.", "ASSAULT", "18", "",
     "IRQ/CVL"},
    // An Israeli air strike destroyed a bridge in south Lebanon: the violent noun right after the verb is its subject,
    // its nationality the doer, an air strike's being the military.
    {"guard_strike_destroyed_a_bridge", "دمرت غارة إسرائيلية جسرا في جنوب لبنان.", "ASSAULT", "17", "ISR/MIL", nullptr},
    // The film tells the story of soldiers who killed a family in a village: the story a work tells, no event.
    {"guard_story_a_film_tells_is_no_event", "يروي الفيلم قصة جنود قتلوا عائلة في قرية.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // Soldiers killed three civilians in a village in the south of the country: no verb of telling, an attack by
    // soldiers (a military of no state named) on civilians.
    {"guard_soldiers_killed_civilians_with_no_telling", "قتل جنود ثلاثة مدنيين في قرية جنوبي البلاد.", "ASSAULT", "19",
     "*/MIL", "*/CVL"},
    // Witnesses told that the soldiers killed three civilians in the village: people who tell report what happened
    // (no work as the teller): still the attack.
    {"guard_witnesses_told_of_a_killing", "روى شهود أن الجنود قتلوا ثلاثة مدنيين في القرية.", "ASSAULT", "19", "*/MIL",
     "*/CVL"},
};

class Speedcoder49Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder49Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker: the same events, byte for byte, as by a fresh worker;
// and the article after the row too.
TEST_P(Speedcoder49Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder49Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
