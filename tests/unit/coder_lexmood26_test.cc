// Wire-style sentences written for this table (none copied from a corpus) on what lexmood26 fixed in
// session 26:
// - members named by a partitive of an organisation's staff (ثلاثة عشر موظفا من موظفي الأمم المتحدة، خمسة
//   عمال من منظمة أطباء بلا حدود): the people are the organisation's (IGO, NGO), not workers (LAB);
// - a medium that belongs to an actor speaks for it (قناة المسيرة التابعة للحوثيين، وكالة أعماق، وكالة سانا
//   الرسمية): a statement, accusation or threat it makes is the owner's (the actor after تابعة لـ, the
//   medium's parent in lexicon/actors, or the state's government for a medium called official), and the
//   owner after تابعة لـ is not the object;
// - a peace force named with the place it serves in (القوات الأفريقية في الصومال، القوات الدولية في جنوب لبنان)
//   is the mission, not the host state;
// - right after إثر or عقب, a killing told with its own dual of victims (مقتل جنديين) is news;
// - ألحق هزيمة بـ (inflicted a defeat on): the victor is the subject, the vanquished after ب.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran;
// every row failed before the session's change (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR" ("LBN/" a state with no sector, "/IGO" an IGO of no country); "*" in either
// part accepts any value, nullptr any actor or none.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::NoEventRow;
using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. Staff named by a partitive are of the organisation after من.
    {"staff_partitive_un_gaza", "قتل ثلاثة عشر موظفا من موظفي الأمم المتحدة في غارة إسرائيلية على مدرسة في مدينة غزة.",
     "ASSAULT", "19", nullptr, "/IGO"},
    {"staff_partitive_wfp_darfur",
     "قتل مسلحون مجهولون خمسة موظفين من موظفي برنامج الأغذية العالمي في ولاية شمال دارفور.", "ASSAULT", "1", nullptr,
     "/IGO"},
    {"staff_partitive_msf_fasher", "أصيب أربعة موظفين من موظفي منظمة أطباء بلا حدود في قصف على مستشفى في مدينة الفاشر.",
     "ASSAULT", "1", nullptr, "/NGO"},
    {"staff_partitive_icrc_mali", "اختطف مسلحون ثلاثة موظفين من موظفي اللجنة الدولية للصليب الأحمر في شمال مالي.",
     "ASSAULT", "18", nullptr, "/NGO"},
    {"workers_from_msf_yemen", "اعتقلت قوات الأمن اليمنية خمسة عمال من منظمة أطباء بلا حدود في محافظة مأرب.", "COERCE",
     "17", "YEM/*", "/NGO"},
    {"guard_elements_from_lna", "اعتقلت عناصر من الجيش الوطني الليبي ثلاثة صحفيين في مدينة بنغازي.", "COERCE", "17",
     "LBY/MIL", "*/*"},
    {"guard_two_of_unrwa_staff", "قتل اثنان من موظفي وكالة الأونروا في قصف على مخيم النصيرات.", "ASSAULT", "1", nullptr,
     "/IGO"},
    {"guard_members_of_iraqi_police", "اعتقل أفراد من الشرطة العراقية ناشطين في مدينة البصرة.", "COERCE", "17", "IRQ/COP",
     "*/*"},
    // 2. A medium that belongs to an actor speaks for it.
    {"masirah_accuses", "اتهمت قناة المسيرة التابعة للحوثيين الولايات المتحدة وبريطانيا بشن غارات على مدينة الحديدة.",
     "ACCUSE", "112", "YEM/REB", "USA/"},
    {"shabaab_media_threaten", "هددت وسائل إعلام تابعة لحركة الشباب بشن هجمات جديدة على القوات الكينية.", "THREATEN",
     "13", "SOM/REB", nullptr},
    {"official_sana_accuses", "اتهمت وكالة سانا الرسمية إسرائيل بقصف مواقع عسكرية قرب دمشق.", "ACCUSE", "112", "SYR/GOV",
     "ISR/"},
    {"manar_accuses", "اتهمت قناة المنار التابعة لحزب الله الجيش الإسرائيلي باغتيال مسعفين في جنوب لبنان.", "ACCUSE", "112",
     "LBN/REB", "ISR/MIL"},
    {"amaq_accuses", "اتهمت وكالة أعماق التابعة لتنظيم الدولة الجيش العراقي بإعدام أسرى في الأنبار.", "ACCUSE", "112",
     "/REB", "IRQ/MIL"},
    {"official_wafa_accuses", "اتهمت وكالة الأنباء الفلسطينية الرسمية وفا المستوطنين بإحراق منازل في قرية ترمسعيا.",
     "ACCUSE", "112", "PSE/GOV", "ISR/*"},
    {"rsf_media_accuse", "اتهمت وسائل إعلام تابعة لقوات الدعم السريع الجيش السوداني بقصف مستشفى في الفاشر.", "ACCUSE",
     "112", "SDN/*", "SDN/MIL"},
    {"aqsa_tv_accuses", "اتهمت قناة الأقصى التابعة لحركة حماس الجيش الإسرائيلي بقصف مدرسة تؤوي نازحين في غزة.", "ACCUSE",
     "112", "PSE/REB", "ISR/MIL"},
    {"tasnim_threatens", "هددت وكالة تسنيم الإيرانية برد قاس على أي هجوم إسرائيلي.", "THREATEN", "13", "IRN/MIL", nullptr},
    // 3. A peace force named with the place it serves in is the mission.
    {"african_forces_in_somalia", "هاجم مسلحون من حركة الشباب القوات الأفريقية في الصومال قرب مدينة بلدوين.", "ASSAULT",
     "19", "SOM/REB", "/IGO"},
    {"international_forces_south_lebanon",
     "استهدفت طائرة مسيرة مقرا للقوات الدولية في جنوب لبنان قرب بلدة الناقورة.", "ASSAULT", "19", nullptr, "/IGO"},
    {"ambush_african_forces", "نصب مقاتلو حركة الشباب كمينا للقوات الإفريقية في الصومال في إقليم شبيلي الوسطى.",
     "ASSAULT", "1", "SOM/REB", "/IGO"},
    {"guard_american_forces_in_iraq", "استهدفت فصائل عراقية مسلحة القوات الأمريكية في العراق بطائرات مسيرة.", "ASSAULT",
     "19", "IRQ/*", "USA/MIL"},
    {"guard_french_forces_in_mali", "هاجم مسلحون القوات الفرنسية في مالي قرب مدينة غاو.", "ASSAULT", "19", "*", "FRA/MIL"},
    {"guard_ethiopian_forces_in_somalia", "استهدفت حركة الشباب القوات الإثيوبية في الصومال بقذائف الهاون.", "ASSAULT", "19",
     "SOM/REB", "ETH/MIL"},
    {"guard_un_forces_in_mali", "قتل مسلحون جنديين من قوات الأمم المتحدة في مالي قرب مدينة كيدال.", "ASSAULT", "1", nullptr,
     "/IGO"},
    // 5. A killing with its own dual of victims right after إثر or عقب is news.
    {"dual_killed_after_ithr_south_lebanon",
     "شنت الطائرات الإسرائيلية غارات على جنوب لبنان إثر مقتل جنديين إسرائيليين بصاروخ مضاد للدروع.", "ASSAULT", "1",
     nullptr, "ISR/MIL"},
    {"dual_killed_after_aqib_border",
     "استدعت وزارة الخارجية التركية السفير الإيراني عقب مقتل جنديين تركيين بقذائف على الحدود.", "ASSAULT", "1", nullptr,
     "TUR/*"},
    {"dual_children_after_ithr_sebha", "فرضت السلطات الليبية حظر التجول في مدينة سبها إثر مقتل طفلين بقذيفة عشوائية.",
     "ASSAULT", "1", nullptr, "*/CVL"},
    {"dual_youths_after_ala_ithr_jabalia",
     "نظم أهالي بلدة جباليا وقفة احتجاجية على إثر مقتل شابين برصاص قناصة إسرائيليين.", "ASSAULT", "1", "ISR/*", nullptr},
    {"guard_killed_after_mine", "قتل ثلاثة جنود إثر انفجار لغم أرضي في ريف درعا.", "ASSAULT", "1", nullptr, "*/MIL"},
    {"guard_counted_after_aqib", "أغلق محتجون الطريق الدولي عقب مقتل ثلاثة شبان برصاص الشرطة في مدينة القصرين.", "ASSAULT",
     "1", nullptr, "*"},
    {"guard_dual_in_past_year", "أعلنت السلطات الحداد إثر مقتل جنديين في هجوم على موقع عسكري عام 2015.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // 6. ألحق هزيمة بـ.
    {"defeat_inflicted_sennar", "ألحق الجيش السوداني هزيمة بقوات الدعم السريع في ولاية سنار.", "ASSAULT", "190", "SDN/MIL",
     "SDN/*"},
    {"defeat_inflicted_kharkiv", "ألحقت القوات الأوكرانية هزيمة بالقوات الروسية قرب مدينة خاركيف.", "ASSAULT", "190",
     "UKR/MIL", "RUS/MIL"},
    {"defeat_inflicted_nangarhar", "ألحقت حركة طالبان هزيمة بمسلحي تنظيم الدولة في ولاية ننغرهار.", "ASSAULT", "190",
     "AFG/*", nullptr},
    // Moved from kPending by session 27 (lex27): a regional demonym left alone as an adjective is no
    // mention, so the trigger phrase جولة خليجية no longer runs into a name.
    {"gulf_tour_france", "بدأ وزير الخارجية الفرنسي جولة خليجية تشمل السعودية وقطر.", "CONSULT", "042", "FRA/GOV", nullptr},
    {"european_tour_india", "بدأ رئيس الوزراء الهندي جولة أوروبية تشمل فرنسا وألمانيا.", "CONSULT", "042", "IND/GOV", nullptr},
    // ودان "and condemned" (و + دان), once read whole as the town Waddan: made right in session 28.
    {"wa_dan_eu", "ودان الاتحاد الأوروبي الهجوم على القافلة الإنسانية في غزة.", "ACCUSE", "111", "/IGO", nullptr},
    {"wa_dan_jordan", "ودان الأردن اقتحام المستوطنين للمسجد الأقصى.", "ACCUSE", "111", "JOR/", nullptr},
    // و + a past verb kept whole (وردت, which the text layer knows as "was reported"): made right in session 30
    // (mood30), the grammar verbs' past forms are matched with و as one word.
    {"wa_raddat_israel", "وردت القوات الإسرائيلية على إطلاق الصواريخ بقصف مواقع في جنوب لبنان.", "ASSAULT", "19", "ISR/MIL",
     nullptr},
    // Moved from kPending in session 42 (actors42): the army, the speaker before وحداته, is read as the shelling's source
    // since positions (مواقع) became a line of their own (MIL? when a state owns them); the coder's path to it was not
    // traced in that session.
    {"units_of_the_army", "قال الجيش السوداني إن وحداته قصفت مواقع لقوات الدعم السريع في مدينة أم درمان.", "ASSAULT", "19",
     "SDN/MIL", "SDN/*"},
};

class Lexmood26Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lexmood26Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lexmood26Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// A defeat in sport or at the polls is no event (armed_party), with ألحق as with هزم.
const NoEventRow kNoEvents[] = {
    {"guard_defeat_in_football", "ألحق فريق الهلال هزيمة قاسية بمنافسه في الدوري السعودي."},
    {"guard_defeat_at_the_polls", "ألحق الحزب الحاكم هزيمة بالمعارضة في الانتخابات البرلمانية."},
};

class Lexmood26NoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Lexmood26NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lexmood26NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<NoEventRow>& i) { return std::string(i.param.name); });

// Readings rasad does not give yet (ExpectStillPending):
// - soldiers of the peacekeepers wounded (أصيب جنود من قوات حفظ السلام بجروح في قصف): no event is coded;
// - aid workers of the UN named through التابعين لـ after a partitive of another noun;
// - a rebel coalition with no country in a document about its country (فصائل المعارضة المسلحة ... في سوريا);
// - a force's units with a pronoun (ألويتها): ألويتها (ألوية + ها) is not split by the text layer (وحداته: see
//   units_of_the_army, moved to kCases in session 42);
const ProbeRow kPending[] = {
    {"peacekeepers_wounded", "أصيب جنود من قوات حفظ السلام الدولية بجروح في قصف مدفعي على موقعهم في جنوب لبنان.", "ASSAULT",
     "19", nullptr, "/IGO"},
    {"aid_workers_of_the_un", "خطف مسلحون عاملين من عمال الإغاثة التابعين للأمم المتحدة في شمال مالي.", "ASSAULT", "18",
     nullptr, "/IGO"},
    {"opposition_factions_in_syria", "قصفت فصائل المعارضة المسلحة مواقع القوات الروسية في سوريا.", "ASSAULT", "19", "SYR/*",
     "RUS/MIL"},
    {"brigades_of_qassam", "قالت كتائب القسام إن ألويتها استهدفت دبابات إسرائيلية في خان يونس.", "ASSAULT", "19", "PSE/REB",
     "ISR/MIL"},
};

class Lexmood26PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lexmood26PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lexmood26PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
