// Guards for the speed work of session 45 on the coder (no reading changes; every row is a guard_ that passed
// before the changes and must pass after them, its expectation written by hand from the Arabic):
//   - RootsAt, WordKindsAt and StartsDate read their per-word-type memos prepared once per document (no test of
//     the memo's owner and the text's generation per read): triggers, word kinds (a machine of war as the subject,
//     طائرات إسرائيلية) and the first word of a date (أمس between a verb and the rest of its phrase) are read as
//     before, in a document alone and in one coded right after another by the same worker (a new generation);
//   - CodeTrigger looks its reading's CAMEO code up once;
//   - PlaceFor asks for its trigger's reading only where one of the hit's lines is of talks (CAMEO 04): talks are
//     still placed where they are held, not in their topic after بشأن or حول, and a clash around a town is placed
//     in that town;
//   - Modality tells a claim of responsibility after أعلن by an inline compare: the claimed attack is asserted, one
//     that a speaker says gunmen carried out is reported, and a denied claim after the event leaves it asserted;
//   - ExpandInclusion widens an argument in place: a generic actor specified by the named one after ومن بينها is
//     that actor;
//   - ReadVerbArguments and ReadNounArguments move the subject, the object and the doer after لـ into their
//     argument instead of copying them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"
#include "unit/modal_event_support.h"

namespace rasad {
namespace {

using testing::EventPlaceRow;
using testing::ModalEventRow;
using testing::ProbeRow;

// An article of many words, triggers, dates and places, which fills the memos of word types (trie roots, word
// kinds, the first words of dates) with its own before each row is coded by the same worker.
constexpr const char* kLongArticle =
    "أعلن الجيش الصومالي أمس أنه قتل خمسة عشر مسلحا من حركة الشباب في عملية عسكرية بإقليم شبيلي السفلى. "
    "وقال متحدث باسم الجيش إن القوات استعادت السيطرة على ثلاث قرى بعد اشتباكات استمرت ساعات. "
    "وفي العاصمة مقديشو، تظاهر مئات التجار أمام مقر الحكومة احتجاجا على الضرائب الجديدة. "
    "واعتقلت الشرطة عشرة متظاهرين، فيما أغلقت السلطات الأسواق الرئيسية صباح اليوم. "
    "وكانت الولايات المتحدة قد أرسلت الشهر الماضي مساعدات عسكرية إلى الحكومة الصومالية. "
    "ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس وحماية المدنيين.";

const ProbeRow kRows[] = {
    // WordKindsAt (a machine of war) and RootsAt: Israeli aircraft carried out raids on Rafah; their state's
    // military did it.
    {"guard_israeli_aircraft_raided_rafah", "شنت طائرات إسرائيلية غارات على مدينة رفح أمس.", "ASSAULT", "19", "ISR/MIL",
     nullptr},
    // StartsDate: a date (أمس) between the verb and the rest of its phrase (شن غارات); the Sudanese army shelled.
    {"guard_sudanese_army_had_launched_raids_yesterday", "وكان الجيش السوداني قد شن أمس غارات على مواقع في الخرطوم.",
     "ASSAULT", "19", "SDN/MIL", nullptr},
    // ReadVerbArguments (subject and object moved): the Kenyan police arrested five journalists.
    {"guard_kenyan_police_arrested_five_journalists", "اعتقلت الشرطة الكينية خمسة صحفيين في نيروبي أمس.", "COERCE",
     "17", "KEN/COP", "*/MED"},
    // ReadNounArguments (the doer after لـ moved): an attack of the Sudanese army on the RSF's positions.
    {"guard_attack_of_the_sudanese_army_after_li",
     "هجوم للجيش السوداني على مواقع قوات الدعم السريع في الفاشر أسفر عن مقتل عشرة مسلحين.", "ASSAULT", "19",
     "SDN/MIL", "SDN/*"},
    // ExpandInclusion (in place): the militias, the RSF among them, attacked: the RSF is the doer.
    {"guard_militias_among_them_the_rsf_attacked", "هاجمت الميليشيات، ومن بينها قوات الدعم السريع، مدينة الفاشر أمس.",
     "ASSAULT", "19", "SDN/*", nullptr},
};

const EventPlaceRow kPlaces[] = {
    // Talks hosted by Cairo about Gaza: held in Cairo.
    {"guard_talks_hosted_by_cairo_about_gaza", "استضافت القاهرة محادثات بشأن غزة بين وفدين من حماس وإسرائيل.", "CONSULT",
     "Cairo"},
    // Negotiations in Doha on a ceasefire in Gaza: held in Doha.
    {"guard_negotiations_in_doha_on_a_gaza_ceasefire", "بدأت في الدوحة مفاوضات حول وقف إطلاق النار في غزة.", "CONSULT",
     "Doha"},
    // Talks of two ministers in Amman on the situation in Gaza: held in Amman.
    {"guard_ministers_talks_in_amman_on_gaza", "عقد وزيرا الخارجية المصري والأردني محادثات في عمان بشأن الأوضاع في غزة.",
     "CONSULT", "Amman"},
    // No talks: fierce clashes around El Fasher took place there (حول is no topic here).
    {"guard_clashes_around_el_fasher", "اندلعت اشتباكات عنيفة حول مدينة الفاشر أمس.", "ASSAULT", "El Fasher"},
};

const ModalEventRow kModal[] = {
    // Al-Shabaab claimed the attack on a military base: its own word on what it did, asserted.
    {"guard_shabaab_claimed_the_attack_is_asserted",
     "أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في مقديشو أمس.", "ASSAULT", "19", "asserted", nullptr,
     nullptr},
    // The Somali police said gunmen attacked a base: reported on its word.
    {"guard_police_said_gunmen_attacked_is_reported", "أعلنت الشرطة الصومالية أن مسلحين هاجموا قاعدة عسكرية في مقديشو أمس.",
     "ASSAULT", "19", "reported", nullptr, nullptr},
    // Three soldiers killed in an attack on a base in Mogadishu; no party claimed it afterwards: asserted, its
    // victims Somalia's military.
    {"guard_attack_no_party_claimed_is_asserted",
     "قتل ثلاثة جنود في هجوم على قاعدة عسكرية في مقديشو أمس، ولم تعلن أي جهة مسؤوليتها عن الهجوم.", "ASSAULT", "19",
     "asserted", nullptr, "SOM/MIL"},
};

class Speedcoder45Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder45Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker (the memos hold the article's word types, read under
// another generation): the same events, byte for byte, as by a fresh worker; and the article after the row too.
TEST_P(Speedcoder45Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder45Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Speedcoder45PlaceTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Speedcoder45PlaceTest, PlacesTheEvent) { testing::ExpectEventPlaceRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder45PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

class Speedcoder45ModalTest : public ::testing::TestWithParam<ModalEventRow> {};

TEST_P(Speedcoder45ModalTest, CodesTypeModalityAndActors) { testing::ExpectModalEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder45ModalTest, ::testing::ValuesIn(kModal),
                         [](const ::testing::TestParamInfo<ModalEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
