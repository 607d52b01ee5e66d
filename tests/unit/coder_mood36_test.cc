// Event or no event and mood, session 36, on wire-style sentences written for these tables (none copied from a
// corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions, one class a block:
// 1. ما before a past verb that is not the event's (رفعت الحكومة أسعار الوقود ما أثار احتجاجات واسعة) is the relative
//    "which", also with no comma before it: the protests it names are not negated (they did happen: pending, see
//    kPending); the negating ما stands right before the verb it negates (ما قصف);
// 2. a claim of responsibility denied or not made (نفت حركة الشباب مسؤوليتها عن التفجير، لم تعلن حماس مسؤوليتها عن
//    الهجوم) names no doer: the act took place, but not by the denier;
// 3. the number of the dead (بلغ عدد القتلى في الصراع السوري أكثر من 500 ألف شخص) is a toll, as حصيلة is: a statistic
//    or the update of an event told before, no new event; عدد من before the victims (قتل عدد من الجنود) is no toll;
// 4. a war that caused deaths (تسببت الحرب في مقتل أكثر من 15 ألف شخص) gives the toll of the whole war, a statistic, as
//    after أسفر; an attack that caused them (تسبب القصف الروسي في مقتل 15 شخصا) is one event, by the attack's doer;
// 5. a phenomenon as the subject of a present verb (قال الرئيس إن الإرهاب يهدد أمن المنطقة، يهدد الجفاف حياة الملايين)
//    states a generality, whoever speaks: no threat;
// 6. a threat noun after a verb of constituting and its subject (يشكل العنف المسلح تهديدا لاستقرار الساحل) is a
//    predicate, a danger something is, no threat made (mood35's pending row, closed here and moved to its
//    kNoEvents);
// 7. a warning that a fight or a siege will lead to a calamity (حذرت الأمم المتحدة من أن القتال قد يؤدي إلى كارثة
//    إنسانية) threatens no one, as one whose clause opens with the calamity (mood35).
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of kPending and kPendingNoEvents, gaps found and not closed (they state the right reading).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. The negating ما right before its verb.
    {"guard_army_says_it_did_not_shell_homes", "قال الجيش إنه ما قصف أي منازل في القرية.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // 2. A claim made stays the claimant's.
    {"guard_shabaab_claimed_bombing", "أعلنت حركة الشباب مسؤوليتها عن التفجير في مقديشو.", "ASSAULT", "18", "SOM/REB", nullptr},
    // 3. عدد من is no toll.
    {"guard_soldiers_killed_five_wounded", "قتل عدد من الجنود في هجوم على حاجز في شمال سيناء وأصيب 5 آخرون.", "ASSAULT", "19", nullptr, "EGY/MIL"},
    {"guard_gaza_strike_twelve_killed", "قتل 12 شخصا في غارة إسرائيلية على خان يونس.", "ASSAULT", "19", "ISR/*", "PSE/CVL"},
    // 4. An attack that caused deaths.
    {"russian_shelling_caused_deaths_kharkiv", "تسبب القصف الروسي في مقتل 15 شخصا في خاركيف.", "ASSAULT", "19", "RUS/*", nullptr},
    {"israeli_strike_caused_deaths_rafah", "تسببت الغارة الإسرائيلية في مقتل 7 أشخاص في رفح.", "ASSAULT", "19", "ISR/*", nullptr},
    // 5. An actor's threat stays one.
    {"guard_houthis_threatened_american_ships", "هدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "THREATEN", "13", "YEM/REB", nullptr},
    // 6. A threat addressed to another.
    {"guard_north_korea_threat_to_south", "وجهت كوريا الشمالية تهديدا لكوريا الجنوبية.", "THREATEN", "13", "PRK/*", "KOR/*"},
    // 7. A warning of a calamity; a warning of an attack.
    {"msf_warned_siege_famine_gaza", "حذرت منظمة أطباء بلا حدود من أن الحصار سيؤدي إلى مجاعة في غزة.", nullptr, nullptr, nullptr, nullptr, "THREATEN"},
    {"guard_russia_warned_ukraine_preparing_attack", "حذرت روسيا من أن أوكرانيا تستعد لشن هجوم على القرم.", "THREATEN", "13", "RUS/*", nullptr},
};

class Mood36Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood36Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood36Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // 3. The number of the dead.
    {"syrian_conflict_dead_number", "بلغ عدد القتلى في الصراع السوري أكثر من 500 ألف شخص."},
    // 4. A war that caused deaths.
    {"war_caused_deaths_sudan", "تسببت الحرب في مقتل أكثر من 15 ألف شخص في السودان."},
    {"darfur_conflict_caused_deaths", "تسبب الصراع في دارفور في مقتل 300 ألف شخص."},
    {"yemen_civil_war_caused_deaths", "تسببت الحرب الأهلية في اليمن في مقتل عشرات الآلاف."},
    // 5. A phenomenon as the subject of a present verb.
    {"nigeria_president_terrorism_threatens_region", "قال الرئيس النيجيري إن الإرهاب يهدد أمن المنطقة بأسرها."},
    {"un_violence_threatens_haiti_elections", "قالت الأمم المتحدة إن العنف يهدد الانتخابات في هايتي."},
    {"jordan_king_extremism_threatens_peace", "أكد العاهل الأردني أن التطرف يهدد السلم الاجتماعي."},
    {"somali_minister_drought_threatens_millions", "قال الوزير الصومالي إن الجفاف يهدد حياة الملايين."},
    {"violence_threatens_nigeria_elections", "العنف يهدد الانتخابات في نيجيريا."},
    {"terrorism_threatens_sahel_states", "يهدد الإرهاب استقرار دول الساحل."},
    // 6. A threat as a predicate.
    {"cyberattacks_threat_to_europe_infrastructure", "تشكل الهجمات الإلكترونية تهديدا للبنية التحتية في أوروبا."},
    {"guard_militias_direct_threat_iraq", "تشكل الميليشيات المسلحة تهديدا مباشرا للدولة العراقية."},
    {"guard_iranian_missiles_threat_to_region", "قال وزير الدفاع إن الصواريخ الإيرانية تشكل تهديدا للمنطقة."},
    // 7. A warning that a fight leads to a calamity.
    {"un_warned_fighting_fasher_catastrophe", "حذرت الأمم المتحدة من أن القتال في الفاشر قد يؤدي إلى كارثة إنسانية."},
    {"wfp_warned_battles_sudan_famine", "حذر برنامج الأغذية العالمي من أن استمرار المعارك في السودان قد يتسبب في مجاعة."},
    {"au_warned_infighting_somalia_collapse", "حذر الاتحاد الأفريقي من أن الاقتتال في الصومال قد يؤدي إلى انهيار الدولة."},
};

class Mood36NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood36NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood36NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// A sentence whose act took place but not by the actor named: no counted event of the type has that source.
struct DeniedDoerRow {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type
  const char* source;  // "COUNTRY/SECTOR" the event must not have as its source
};

void PrintTo(const DeniedDoerRow& x, std::ostream* os) { *os << x.name; }

const DeniedDoerRow kDeniedDoers[] = {
    // 2. A claim denied or not made.
    {"shabaab_denied_mogadishu_bombing", "نفت حركة الشباب مسؤوليتها عن التفجير الذي وقع في مقديشو.", "ASSAULT", "SOM/REB"},
    {"hezbollah_denied_rockets_on_israel", "نفى حزب الله مسؤوليته عن إطلاق الصواريخ على شمال إسرائيل.", "ASSAULT", "LBN/REB"},
    {"hts_denied_assassination_idlib", "نفت هيئة تحرير الشام مسؤوليتها عن اغتيال القيادي في إدلب.", "ASSAULT", "SYR/REB"},
    {"boko_haram_denied_kaduna_kidnapping", "نفت جماعة بوكو حرام مسؤوليتها عن خطف الطالبات في ولاية كادونا.", "ASSAULT", "NGA/REB"},
    {"hamas_claimed_no_bus_attack", "لم تعلن حركة حماس مسؤوليتها عن الهجوم على الحافلة في القدس.", "ASSAULT", "PSE/*"},
};

class Mood36DeniedDoerTest : public ::testing::TestWithParam<DeniedDoerRow> {};

TEST_P(Mood36DeniedDoerTest, DoesNotCreditTheDenier) {
  const DeniedDoerRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    EXPECT_FALSE(testing::Counts(e) && e.event == x.event && testing::ActorMatches(x.source, testing::ActorKey(e.source)))
        << x.name << ": the denier is given as the doer:\n" << testing::Describe(e);
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood36DeniedDoerTest, ::testing::ValuesIn(kDeniedDoers),
                         [](const ::testing::TestParamInfo<DeniedDoerRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences rasad does not yet code so; each passes while the gap stays and fails once
// it is closed, so that the row moves to kCases.
const ProbeRow kPending[] = {

    // 1. ما "which" before a verb of causing no longer negates the protests (they were coded negated before this
    //    session), but the noun after أثار، فجر is not read as reported: no verb of causing is a verb of occurrence.
    {"roads_closed_which_stirred_protests", "أغلقت السلطات الطريق الرئيسي ما أثار احتجاجات في المدينة.", "PROTEST", "14", nullptr, nullptr},
    {"iran_activist_arrest_which_sparked_demonstrations", "اعتقلت الشرطة الإيرانية ناشطة بارزة ما فجر مظاهرات في طهران.", "PROTEST", "14", nullptr, nullptr},
};

class Mood36PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood36PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood36PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending: sentences that report no event but are still given one; each passes while the gap stays and fails once
// it is closed, so that the row moves to kNoEvents.
const testing::NoEventRow kPendingNoEvents[] = {
    // 3. After عدد the casualty noun الضحايا is not found as a trigger of its own when another (قتيل) gives the count, so
    //    the count is read as a new event (ASSAULT with 300,000 dead).
    {"darfur_conflict_victims_number", "بلغ عدد الضحايا في النزاع بدارفور 300 ألف قتيل."},
};

class Mood36PendingNoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood36PendingNoEventTest, IsStillAGap) { testing::ExpectStillGivenAnEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood36PendingNoEventTest, ::testing::ValuesIn(kPendingNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
