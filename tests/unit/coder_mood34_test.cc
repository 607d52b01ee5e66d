// Event or no event, how many events, and mood, session 34, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions, one
// class a block:
// 1. the topic of talks: what two parties discussed (بحث الرئيس المصري مع نظيره الأمريكي الانسحاب الإسرائيلي،
//    تناولت المحادثات تبادل الأسرى) is talked about, not done; the talks are the event;
// 2. a breach a speaker says another commits (قالت قطر إن إسرائيل تنتهك القانون الدولي) is the speaker's accusation,
//    112, of the one it names, not a defiance of the law, 128, by that one;
// 3. history by a year: an event placed in a year well before the news (اغتيل الحريري عام 2005 in a report of 2024)
//    is background, not a new event;
// 4. a definite verbal noun that names again an event told before in the document (محاولة الاغتيال، عملية الخطف،
//    الهجوم) is that event, not a second one;
// 5. a killing told as the result of the attack it happened in (أسفر القصف الإسرائيلي على رفح عن مقتل 20 شخصا) is
//    one attack with its toll;
// 6. the toll of a whole war (أسفرت الحرب في سوريا عن مقتل أكثر من 500 ألف شخص، قتلت الحرب في غزة 35 ألفا) is a
//    statistic, no event;
// 7. a crowd's act after the protest told before it belongs to that protest (guard). Roads blocked by a crowd named
//    with the article with no protest told before (أغلق المحتجون الطريق الدولي) were read as a protest of their own,
//    which cost a false protest on the GSR dev set: reverted, found and not fixed.
// Found and not fixed (no row): after نجا من محاولة اغتيال, the attempt named again in a reported clause (وقال مسؤول إن
// محاولة الاغتيال نفذت بثلاث طائرات مسيرة) is still a second event; the retold noun of a kidnapping is folded.
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it.
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. The topic of talks.
    {"egypt_us_discussed_israeli_withdrawal", "بحث الرئيس المصري مع نظيره الأمريكي الانسحاب الإسرائيلي من قطاع غزة.", "CONSULT", "04", "EGY/*", "USA/*", "RETREAT"},
    {"turkey_iran_discussed_withdrawal_syria", "ناقش الرئيس التركي مع نظيره الإيراني الانسحاب من شمال سوريا.", "CONSULT", "04", "TUR/*", "IRN/*", "RETREAT"},
    {"talks_russia_ukraine_covered_prisoner_exchange", "تناولت المحادثات بين روسيا وأوكرانيا تبادل الأسرى.", "CONSULT", "04", "RUS/*", "UKR/*", "RETREAT"},
    {"libya_unsmil_meeting_covered_release", "تناول الاجتماع بين الحكومة الليبية والبعثة الأممية إطلاق سراح المعتقلين.", "CONSULT", "04", "LBY/*", nullptr, "RETREAT"},
    {"iraq_us_discussed_us_withdrawal", "بحث رئيس الوزراء العراقي مع السفير الأمريكي انسحاب القوات الأمريكية من العراق.", "CONSULT", "04", "IRQ/*", "USA/*", "RETREAT"},
    {"guard_us_israel_discussed_rafah_offensive", "ناقش وزير الدفاع الأمريكي مع نظيره الإسرائيلي الهجوم على رفح.", "CONSULT", "04", "USA/*", "ISR/*", "ASSAULT"},
    {"guard_egypt_us_discussed_developments", "بحث الرئيس المصري مع نظيره الأمريكي التطورات في قطاع غزة.", "CONSULT", "04", "EGY/*", "USA/*", nullptr},
    {"guard_strike_beside_talks", "بحث وزير الخارجية التركي مع نظيره الروسي الأوضاع في سوريا، فيما قصفت الطائرات الروسية ريف إدلب.", "ASSAULT", "19", "RUS/*", nullptr, nullptr},
    // 2. A breach a speaker says another commits.
    {"qatar_says_israel_violates_law", "قالت قطر إن إسرائيل تنتهك القانون الدولي.", "ACCUSE", "112", "QAT/*", "ISR/*", "REJECT"},
    {"qatar_says_israel_violated_law", "قالت قطر إن إسرائيل انتهكت القانون الدولي.", "ACCUSE", "112", "QAT/*", "ISR/*", "REJECT"},
    {"ukraine_president_says_russia_violates_law", "أكد الرئيس الأوكراني أن روسيا تنتهك القانون الدولي.", "ACCUSE", "112", "UKR/*", "RUS/*", "REJECT"},
    {"sudan_army_says_rsf_violate_rights", "قال الجيش السوداني إن قوات الدعم السريع تنتهك حقوق الإنسان.", "ACCUSE", "112", "SDN/MIL", "SDN/*", "REJECT"},
    {"amnesty_says_egypt_violates_detainee_rights", "قالت منظمة العفو الدولية إن السلطات المصرية تنتهك حقوق المعتقلين.", "ACCUSE", "112", nullptr, "EGY/*", "REJECT"},
    {"guard_qatar_accused_israel", "اتهمت قطر إسرائيل بانتهاك القانون الدولي.", "ACCUSE", "112", "QAT/*", "ISR/*", nullptr},
    // 3. A year of the present stays news.
    {"guard_israel_struck_rafah_this_year", "قصفت الطائرات الإسرائيلية مدينة رفح في عام 2024.", "ASSAULT", "19", "ISR/*", nullptr, nullptr},
    // 5. A killing as the result of its attack: the attack's code with the toll (one event: kOneEvent).
    {"israeli_shelling_rafah_result_toll", "أسفر القصف الإسرائيلي على رفح عن مقتل 20 شخصا.", "ASSAULT", "19", "ISR/*", "PSE/*", nullptr},
    // 6. A war's toll is no event; an aggression's toll is one.
    {"guard_aggression_toll_gaza", "أسفر العدوان الإسرائيلي على غزة أمس عن مقتل 30 فلسطينيا.", "ASSAULT", "19", "ISR/*", "PSE/*", nullptr},
};

class Mood34Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood34Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood34Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // 3. History by a year (documents dated 2024-05-10).
    {"hariri_assassinated_2005", "اغتيل رئيس الوزراء اللبناني رفيق الحريري عام 2005 في بيروت."},
    {"iraq_invaded_kuwait_1990", "اجتاحت القوات العراقية الكويت عام 1990."},
    {"us_bombed_amiriyah_shelter_1991", "قصفت الطائرات الأمريكية ملجأ العامرية في بغداد عام 1991."},
    {"egypt_arrested_islamists_2013", "اعتقلت السلطات المصرية آلاف الإسلاميين في عام 2013."},
    // 6. The toll of a whole war.
    {"syria_war_toll", "أسفرت الحرب في سوريا عن مقتل أكثر من 500 ألف شخص."},
    {"sudan_war_toll_estimates", "تشير التقديرات إلى أن الحرب أسفرت عن مقتل 150 ألف شخص في السودان."},
    {"gaza_war_killed_toll", "قتلت الحرب في غزة أكثر من 35 ألف فلسطيني بحسب وزارة الصحة."},
    {"congo_conflict_toll", "أسفر النزاع في شرق الكونغو عن مقتل آلاف المدنيين."},
};

class Mood34NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood34NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood34NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// A text, an event type and how many counted events of that type it reports (one event told twice is one), with the
// toll the first of them carries (0: not checked).
struct OneEventRow {
  const char* name;
  const char* text;
  const char* event;
  size_t count;
  int64_t fatalities;
};

void PrintTo(const OneEventRow& x, std::ostream* os) { *os << x.name; }

const OneEventRow kOneEvent[] = {
    // 4. A definite verbal noun naming again an event told before.
    {"kaduna_kidnapping_told_again", "خطف مسلحون 20 تلميذا من مدرسة في ولاية كادونا النيجيرية الثلاثاء. وقالت الشرطة إن عملية الخطف وقعت صباحا.", "ASSAULT", 1, 0},
    {"guard_plateau_bus_attack_told_again", "هاجم مسلحون حافلة تقل زوارا في ولاية بلاتو النيجيرية. وقال مسؤول محلي إن الهجوم وقع مساء الأحد.", "ASSAULT", 1, 0},
    {"guard_kidal_shelling_told_again", "قصفت طائرات مسيرة تابعة للجيش المالي مواقع للمتمردين في كيدال. وقالت مصادر محلية إن القصف وقع فجرا.", "ASSAULT", 1, 0},
    // 5. A killing as the result of its attack.
    {"israeli_shelling_rafah_one_event", "أسفر القصف الإسرائيلي على رفح عن مقتل 20 شخصا.", "ASSAULT", 1, 20},
    {"russian_strike_idlib_one_event", "أسفرت غارة روسية على ريف إدلب عن مقتل 7 مدنيين.", "ASSAULT", 1, 7},
    {"guard_shabaab_attack_base_one_event", "أسفر هجوم لحركة الشباب على قاعدة عسكرية عن مقتل 12 جنديا.", "ASSAULT", 1, 12},
    {"mogadishu_car_bomb_one_event", "أسفر انفجار سيارة مفخخة في مقديشو عن مقتل 9 أشخاص.", "ASSAULT", 1, 9},
    // 7. A crowd's act after the protest told before it belongs to that protest.
    {"guard_beirut_march_then_roads_blocked", "خرج آلاف المتظاهرين في مسيرة في بيروت. وأغلق المتظاهرون الطرق المؤدية إلى البرلمان.", "PROTEST", 1, 0},
};

class Mood34OneEventTest : public ::testing::TestWithParam<OneEventRow> {};

TEST_P(Mood34OneEventTest, CountsEachEventOnce) {
  const OneEventRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  size_t count = 0;
  std::optional<int64_t> toll;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (!testing::Counts(e) || e.event != x.event) continue;
    if (count++ == 0) toll = e.fatalities;
  }
  EXPECT_EQ(count, x.count) << x.name << ":\n" << seen;
  if (x.fatalities > 0) {
    EXPECT_EQ(toll.value_or(0), x.fatalities) << x.name << ":\n" << seen;
  }
}

INSTANTIATE_TEST_SUITE_P(Texts, Mood34OneEventTest, ::testing::ValuesIn(kOneEvent),
                         [](const ::testing::TestParamInfo<OneEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
