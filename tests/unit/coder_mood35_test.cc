// Event or no event, how many events, and mood, session 35, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions, one
// class a block:
// 1. a foiled attack (أفشل الجيش المصري هجوما لمسلحين، أفشلت القوات الأوكرانية هجوما روسيا) did not take place as its
//    doer meant it: أفشل reads as أحبط does (coder_args23_test), the foiler acting on the plotters (170) and the
//    attack not counted; an attack repelled (صد) took place; foiled talks or a foiled deal are no coercion;
// 2. a ceasefire breached is never a ceasefire agreed (0871): a breach as an act of its own is 196 (واصل الجيش
//    الإسرائيلي خرق اتفاق وقف إطلاق النار); one a speaker says another commits is the speaker's accusation, 112 (قالت
//    روسيا إن أوكرانيا تنتهك اتفاق وقف إطلاق النار); one that qualifies the act of its clause (قصفت المدفعية ... في خرق
//    جديد لوقف إطلاق النار) is that act, no second event;
// 3. an assassination attempt named again, definite, in a reported clause after the sentence that told it (وقال
//    المتحدث إن محاولة الاغتيال كانت مدبرة) is that attempt, not a second one;
// 4. what estimates indicate (تشير تقديرات إلى أن قوات الدعم السريع قتلت مئات المدنيين) is alleged, not asserted;
// 5. a storm, floods or fires as the doer (اجتاحت العاصفة السواحل الليبية) and the dead counted as a disaster's victims
//    (ارتفع عدد ضحايا الفيضانات إلى 4000 قتيل) are no attack;
// 6. what is commemorated (استذكر العراقيون مجزرة سبايكر، يحيي الفلسطينيون ذكرى مجزرة دير ياسين) is an event told long
//    ago, no new one;
// 7. a threat or a danger as a predicate (يشكل العنف المسلح تهديدا لاستقرار الساحل) is a judgement, no threat made;
// 8. the offence of the accused a verdict names (حكمت المحكمة بإعدام المتهمين بتفجير الكرادة) is the act the
//    prosecution is about, reported before, not one the verdict alleges;
// 9. a score after a violent verb (سحق ريال مدريد برشلونة برباعية، اجتاح ليفربول مانشستر يونايتد بسباعية) makes it a
//    verb of sport, whoever the teams are;
// 10. a warning that a calamity opening the clause after من أن will come (حذر خبراء من أن تغير المناخ قد يؤدي إلى
//     حروب) threatens no one.
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of kPendingNoEvents, gaps found and not closed (they state the right reading: no event; one, the
// threat as a predicate with its subject between, was closed in session 36 and moved to kNoEvents).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. A foiled attack.
    {"egypt_army_foiled_gunmen_attack", "أفشل الجيش المصري هجوما لمسلحين على حاجز في شمال سيناء.", "COERCE", "170", "EGY/MIL", "EGY/UAF", "ASSAULT"},
    {"somali_forces_foiled_shabaab_attack", "أفشلت القوات الصومالية هجوما لحركة الشباب على قاعدة عسكرية قرب مقديشو.", "COERCE", "170", "SOM/MIL", "SOM/REB", "ASSAULT"},
    {"ukraine_foiled_russian_attack_pokrovsk", "أفشلت القوات الأوكرانية هجوما روسيا على مدينة بوكروفسك.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"iraq_forces_foiled_isis_attack_kirkuk", "أفشلت قوات الأمن العراقية هجوما لتنظيم داعش على قرية في كركوك.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_disputes_foiled_talks_venezuela", "أفشلت الخلافات المفاوضات بين الحكومة والمعارضة في فنزويلا.", nullptr, nullptr, nullptr, nullptr, "COERCE"},
    {"guard_mali_army_repelled_attack", "صد الجيش المالي هجوما لمسلحين على قاعدة عسكرية في موبتي.", "ASSAULT", "19", nullptr, "MLI/MIL"},
    {"guard_police_foiled_suicide_attack", "أحبطت الشرطة الباكستانية هجوما انتحاريا على مسجد في بيشاور.", "COERCE", "170", "PAK/COP", nullptr, "ASSAULT"},
    // 2. A ceasefire breached.
    {"israel_army_kept_breaching_ceasefire_lebanon", "واصل الجيش الإسرائيلي خرق اتفاق وقف إطلاق النار مع لبنان.", "ASSAULT", "196", "ISR/MIL", nullptr, "RETREAT"},
    {"azerbaijan_forces_violated_ceasefire_agreement", "انتهكت القوات الأذربيجانية اتفاق وقف إطلاق النار على الحدود مع أرمينيا.", "ASSAULT", "196", "AZE/MIL", nullptr, "RETREAT"},
    {"russia_says_ukraine_violates_ceasefire", "قالت روسيا إن أوكرانيا تنتهك اتفاق وقف إطلاق النار.", "ACCUSE", "112", "RUS/*", "UKR/*", "RETREAT"},
    {"sudan_army_says_rsf_breached_truce", "قال الجيش السوداني إن قوات الدعم السريع خرقت الهدنة في الفاشر.", "ACCUSE", "112", "SDN/MIL", "SDN/REB", "RETREAT"},
    {"hamas_accused_israel_of_breaching_ceasefire", "اتهمت حماس إسرائيل بخرق اتفاق وقف إطلاق النار في غزة.", "ACCUSE", "112", "PSE/*", "ISR/*", "RETREAT"},
    {"israeli_shelling_khiam_in_breach", "قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان في خرق جديد لوقف إطلاق النار.", "ASSAULT", "19", "ISR/*", nullptr, "RETREAT"},
    {"armenian_fire_in_breach_of_truce", "أطلقت القوات الأرمينية النار على مواقع أذربيجانية خرقا للهدنة.", "ASSAULT", "19", "ARM/MIL", nullptr, "RETREAT"},
    {"guard_rsf_breached_truce", "خرقت قوات الدعم السريع الهدنة في الفاشر.", "ASSAULT", "196", "SDN/REB", nullptr, "RETREAT"},
    {"guard_sudan_parties_agreed_ceasefire", "اتفقت الأطراف المتحاربة في السودان على وقف إطلاق النار.", "AGREE", "03", nullptr, nullptr},
    {"guard_houthis_declared_ceasefire", "أعلن الحوثيون وقف إطلاق النار مع الولايات المتحدة.", "RETREAT", "0871", "YEM/REB", "USA/*"},
    // 9. A count of munitions is no score.
    {"guard_israeli_jets_struck_south_lebanon_three_missiles", "قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان بثلاثة صواريخ.", "ASSAULT", "19", "ISR/*", nullptr},
    // 10. A warning of an attack is a threat.
    {"guard_iran_warned_any_israeli_attack", "حذرت إيران من أن أي هجوم إسرائيلي سيقابل برد قاس.", "THREATEN", "13", "IRN/*", nullptr},
    // 8. The offence of the accused in a verdict.
    {"iraq_court_sentenced_accused_of_karrada_bombing", "أصدرت محكمة عراقية حكما بإعدام المتهمين بتفجير الكرادة.", "ACCUSE", "116", nullptr, nullptr, "ASSAULT"},
    {"tunisia_court_jailed_accused_of_belaid_killing", "قضت محكمة تونسية بسجن المتهمين باغتيال المعارض شكري بلعيد.", "ACCUSE", "116", "TUN/JUD", nullptr, "ASSAULT"},
    {"egypt_court_sentenced_accused_of_killing_police", "حكمت محكمة مصرية بإعدام 12 من المتهمين بقتل ضباط شرطة في كرداسة.", "ACCUSE", "116", "EGY/JUD", nullptr, "ASSAULT"},
    {"guard_kenya_police_arrested_accused_of_kidnapping", "اعتقلت الشرطة الكينية المتهمين بخطف سائحين في مومباسا.", "COERCE", "173", "KEN/COP", nullptr, "ASSAULT"},
};

class Mood35Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood35Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood35Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // 5. A disaster as the doer; a disaster's victims counted.
    {"storm_swept_libyan_coast", "اجتاحت العاصفة السواحل الليبية وأدت إلى مقتل العشرات."},
    {"storms_destroyed_homes_syria", "دمرت العواصف مئات المنازل في شمال سوريا."},
    {"libya_flood_victims_rose", "ارتفع عدد ضحايا الفيضانات في ليبيا إلى 4000 قتيل."},
    {"fires_destroyed_forests_algeria", "دمرت الحرائق آلاف الهكتارات من الغابات في الجزائر."},
    {"guard_morocco_quake_toll_rose", "ارتفعت حصيلة قتلى الزلزال في المغرب إلى 2900 شخص."},
    // 9. A score after a violent verb.
    {"real_madrid_crushed_barcelona_by_four", "سحق ريال مدريد برشلونة برباعية في الدوري الإسباني."},
    {"liverpool_swept_united_by_seven", "اجتاح ليفربول مانشستر يونايتد بسباعية."},
    {"bayern_destroyed_dortmund_by_four", "دمر بايرن ميونخ بوروسيا دورتموند برباعية."},
    // 10. A warning that a calamity opening the clause after من أن will come.
    {"experts_warned_climate_change_wars", "حذر خبراء من أن تغير المناخ قد يؤدي إلى حروب على المياه."},
    {"world_bank_warned_drought_morocco", "حذر البنك الدولي من أن الجفاف سيدفع آلاف المزارعين إلى الهجرة في المغرب."},
    // 6. A commemoration.
    {"iraqis_remembered_speicher_massacre", "استذكر العراقيون مجزرة سبايكر في ذكراها العاشرة."},
    {"guard_palestinians_commemorate_deir_yassin", "يحيي الفلسطينيون ذكرى مجزرة دير ياسين."},
    {"guard_lebanese_commemorated_port_blast", "أحيا اللبنانيون الذكرى السنوية لانفجار مرفأ بيروت."},
    // 7. A threat or a danger as a predicate.
    {"guard_gangs_danger_to_security_haiti", "تشكل العصابات المسلحة خطرا على الأمن في هايتي."},
    {"minister_says_militias_direct_threat", "قال الوزير العراقي إن الميليشيات تمثل تهديدا مباشرا للدولة."},
    // (Pending until session 36, whose kind constituting of word_kinds.tsv reads the verb before the subject.)
    {"armed_violence_threat_to_sahel", "يشكل العنف المسلح تهديدا لاستقرار منطقة الساحل."},
};

class Mood35NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood35NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood35NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Pending: sentences that report no event but are still given one; each passes while the gap stays and fails once
// it is closed, so that the row moves to kNoEvents.
const testing::NoEventRow kPendingNoEvents[] = {
    // 10. After the warning, a present verb of threat whose subject is the calamity (تفشي الكوليرا ... يهدد) takes the
    //     warner as its source.
    {"who_warned_cholera_sudan", "حذرت منظمة الصحة العالمية من أن تفشي الكوليرا في السودان يهدد الملايين."},
};

class Mood35PendingNoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood35PendingNoEventTest, IsStillAGap) { testing::ExpectStillGivenAnEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood35PendingNoEventTest, ::testing::ValuesIn(kPendingNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// A text, an event type and how many counted events of that type it reports (one event told twice is one).
struct OneEventRow {
  const char* name;
  const char* text;
  const char* event;
  size_t count;
};

void PrintTo(const OneEventRow& x, std::ostream* os) { *os << x.name; }

const OneEventRow kOneEvent[] = {
    // 3. An assassination attempt named again.
    {"somali_minister_attempt_told_again", "نجا وزير الداخلية الصومالي من محاولة اغتيال في مقديشو أمس. وقال المتحدث باسم الحكومة إن محاولة الاغتيال كانت مدبرة.", "ASSAULT", 1},
    {"zamfara_governor_attempt_told_again", "نجا حاكم ولاية زامفارا من محاولة اغتيال على طريق غوساو. وأكدت الشرطة أن محاولة الاغتيال نفذها مسلحون.", "ASSAULT", 1},
    {"guard_libyan_minister_attempt_told_again", "تعرض وزير الداخلية الليبي لمحاولة اغتيال في طرابلس. وقال مكتبه إن محاولة الاغتيال لن تثنيه عن عمله.", "ASSAULT", 1},
    // 2. A breach that qualifies the act of its clause.
    {"guard_israeli_shelling_khiam_one_event", "قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان في خرق جديد لوقف إطلاق النار.", "ASSAULT", 1},
};

class Mood35OneEventTest : public ::testing::TestWithParam<OneEventRow> {};

TEST_P(Mood35OneEventTest, CountsEachEventOnce) {
  const OneEventRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  size_t count = 0;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (testing::Counts(e) && e.event == x.event) ++count;
  }
  EXPECT_EQ(count, x.count) << x.name << ":\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Texts, Mood35OneEventTest, ::testing::ValuesIn(kOneEvent),
                         [](const ::testing::TestParamInfo<OneEventRow>& i) { return std::string(i.param.name); });

// A sentence, an event type and the modality its first event of that type has.
using testing::MoodRow;

const MoodRow kMoods[] = {
    // 4. What estimates indicate.
    {"estimates_rsf_killed_civilians", "تشير تقديرات إلى أن قوات الدعم السريع قتلت مئات المدنيين في الجنينة.", "ASSAULT", "alleged"},
    {"estimates_clashes_tripoli_toll", "تشير التقديرات إلى أن الاشتباكات في طرابلس أودت بحياة 50 شخصا.", "ASSAULT", "alleged"},
    {"by_estimates_iran_arrested_thousands", "بحسب التقديرات، اعتقلت السلطات الإيرانية أكثر من 20 ألف شخص.", "COERCE", "alleged"},
    {"guard_observers_deem_militia_behind_attack", "يرجح مراقبون أن تكون الميليشيا وراء الهجوم على القاعدة الأمريكية.", "ASSAULT", "hypothetical"},
};

class Mood35ModalityTest : public ::testing::TestWithParam<MoodRow> {};

TEST_P(Mood35ModalityTest, HasTheModality) { testing::ExpectMoodRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood35ModalityTest, ::testing::ValuesIn(kMoods),
                         [](const ::testing::TestParamInfo<MoodRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
