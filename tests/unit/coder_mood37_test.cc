// Event or no event, how many events and mood, session 37, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions, one class
// a block:
// 1. one event told twice in one sentence, by the writer and again by a source past a verb of saying (قصف الجيش
//    القرية، وقال مصدر إن القصف أسفر عن مقتل ثلاثة), is one event: the definite noun, or the verb of result right after
//    it, names the event told before (a second, indefinite one, هجوما آخر, is another);
// 2. what a speaker resolves not to tolerate (لن نسمح بأي اعتداء، لن تتهاون مع أي تهديد لأمنها) is no event of any
//    mood: no attack denied, no threat made;
// 3. a cause (بسبب، نتيجة) names an event told before as a time word does (تراجعت السياحة نتيجة الهجمات); a violent verb
//    reported before it keeps it as its circumstance (قتل ثلاثة مدنيين جراء القصف); a blockade or a closure so named in
//    economy news (انخفضت صادرات الحبوب بسبب الحصار الروسي) reports no new coercion either (closed by mood38);
// 4. a warning that another actor may act (حذرت واشنطن من أن الصين قد تغزو تايوان) is a forecast, no threat; the
//    warner's own state (حذر الرئيس الروسي من أن روسيا قد تستخدم السلاح النووي) or another's preparations stay one;
// 5. a trend or a rate of events (سجلت الشرطة ارتفاعا في جرائم القتل، معدل الاعتقالات انخفض) is a statistic: no event;
//    so is the economy a war destroyed (دمرت الحرب الاقتصاد), a figure (closed by mood38).
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of the pending tables, gaps found and not closed (they state the right reading).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. The event told once stays coded, with its doer.
    {"guard_idlib_shelling_told_again_keeps_doer", "قصف الجيش السوري قرية في ريف إدلب، وقال مصدر محلي إن القصف أسفر عن مقتل ثلاثة مدنيين.", "ASSAULT", "19", "SYR/MIL", nullptr},
    // 3. The circumstance of a violent verb.
    {"guard_lebanon_civilians_killed_in_shelling", "قتل ثلاثة مدنيين جراء القصف الإسرائيلي على جنوب لبنان.", "ASSAULT", "19", "ISR/*", nullptr},
    // 4. The warner's own state; another's preparations.
    {"guard_russian_president_warned_moscow_may_use_nuclear", "حذر الرئيس الروسي من أن روسيا قد تستخدم السلاح النووي.", "THREATEN", "13", "RUS/*", nullptr},
    {"guard_iran_warned_it_may_respond", "حذرت إيران من أنها قد ترد على أي هجوم إسرائيلي.", "THREATEN", "13", "IRN/*", nullptr},
    // 5. A real attack, a real destruction.
    {"guard_burkina_soldiers_killed_checkpoint", "قتل ثلاثة جنود في هجوم على حاجز في شمال بوركينا فاسو.", "ASSAULT", "19", nullptr, nullptr},
    {"guard_israeli_strikes_destroyed_infrastructure", "دمرت الغارات الإسرائيلية البنية التحتية في جنوب لبنان.", "ASSAULT", "17", "ISR/*", nullptr},
};

class Mood37Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood37Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 1. A sentence and how many counted events of one PLOVER type it reports.
struct CountRow {
  const char* name;
  const char* text;
  const char* event;  // PLOVER type
  int count;          // counted events of that type
};

void PrintTo(const CountRow& x, std::ostream* os) { *os << x.name; }

int CountedOfType(const CountRow& x, std::string* seen) {
  int n = 0;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    if (!testing::Counts(e) || e.event != x.event) continue;
    ++n;
    *seen += testing::Describe(e);
  }
  return n;
}

const CountRow kCounts[] = {
    {"idlib_shelling_told_again", "قصف الجيش السوري قرية في ريف إدلب، وقال مصدر محلي إن القصف أسفر عن مقتل ثلاثة مدنيين.", "ASSAULT", 1},
    {"nuseirat_strike_told_again", "شنت طائرات إسرائيلية غارة على مخيم النصيرات، وقال الدفاع المدني إن الغارة أدت إلى مقتل خمسة أشخاص.", "ASSAULT", 1},
    {"mali_base_attack_told_again", "هاجم مسلحون قاعدة عسكرية في شمال مالي، وأفادت مصادر أمنية بأن الهجوم أسفر عن مقتل عشرة جنود.", "ASSAULT", 1},
    {"baghdad_bombing_told_again", "فجر انتحاري نفسه في سوق شعبي ببغداد، وقالت الشرطة إن التفجير أسفر عن مقتل 12 شخصا.", "ASSAULT", 1},
    {"kherson_shelling_told_again", "قصفت المدفعية الروسية مدينة خيرسون، وقال الحاكم الأوكراني إن القصف أسفر عن مقتل امرأتين.", "ASSAULT", 1},
    {"guard_kharkiv_shelling_told_again", "قصفت القوات الروسية مدينة خاركيف، وقال رئيس البلدية إن القصف استهدف حيا سكنيا.", "ASSAULT", 1},
    {"guard_turkey_arrest_told_again", "اعتقلت قوات الأمن التركية صحفيين في إسطنبول، وذكرت نقابة الصحفيين أن الاعتقال جرى فجر الأحد.", "COERCE", 1},
};

class Mood37CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Mood37CountTest, CountsEachEventOnce) {
  const CountRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_EQ(CountedOfType(x, &seen), x.count) << x.name << ":\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

// 2. Sentences that report no event of any mood: no event at all, negated, intended or hypothetical included.
class Mood37NoneAtAllTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood37NoneAtAllTest, CodesNoEventOfAnyMood) {
  const testing::NoEventRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) seen += testing::Describe(e);
  EXPECT_TRUE(seen.empty()) << x.name << ": an event the sentence does not report:\n" << seen;
}

const testing::NoEventRow kNoneAtAll[] = {
    {"saudi_will_not_tolerate_any_threat", "قال وزير الدفاع السعودي إن المملكة لن تتهاون مع أي تهديد لأمنها."},
    {"algeria_will_not_allow_any_aggression", "أكد الرئيس الجزائري أن بلاده لن تسمح بأي اعتداء على حدودها."},
    {"lebanese_army_will_not_accept_aggression", "شدد قائد الجيش اللبناني على أن الجيش لن يقبل بأي اعتداء على السيادة."},
    {"egypt_will_not_allow_threat_to_water", "أكدت الخارجية المصرية أن مصر لن تسمح بأي تهديد لأمنها المائي."},
    {"jordan_will_not_tolerate_attempt_to_target", "قال وزير الداخلية الأردني إن الأجهزة الأمنية لن تتهاون في التعامل مع أي محاولة لاستهداف المملكة."},
    {"chad_will_not_allow_repeated_attacks", "أعلن الرئيس التشادي أن بلاده لن تسمح بتكرار الهجمات على قواتها."},
    {"guard_iraq_will_not_tolerate_attack_on_missions", "قال رئيس الوزراء العراقي إن الحكومة لن تتسامح مع أي هجوم على البعثات الدبلوماسية."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37NoneAtAllTest, ::testing::ValuesIn(kNoneAtAll),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

class Mood37NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood37NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    // 3. A cause in economy news.
    {"guard_egypt_tourism_fell_terrorist_attacks", "تراجعت السياحة في مصر نتيجة الهجمات الإرهابية."},
    {"guard_khartoum_schools_closed_clashes", "أغلقت المدارس في الخرطوم بسبب الاشتباكات بين الجيش والدعم السريع."},
    // 4. A warning of what another may do.
    {"us_officials_warned_iran_may_attack_israel", "حذر مسؤولون أمريكيون من أن إيران قد تهاجم إسرائيل خلال الأيام المقبلة."},
    {"washington_warned_china_may_invade_taiwan", "حذرت واشنطن من أن الصين قد تغزو تايوان."},
    {"france_warned_russia_may_attack_moldova", "حذر وزير الخارجية الفرنسي من أن روسيا قد تهاجم مولدوفا."},
    {"kyiv_warned_russia_may_launch_new_attack", "حذرت كييف من أن روسيا قد تشن هجوما جديدا على العاصمة."},
    // 5. A trend or a rate; the economy a war destroyed.
    {"south_africa_police_rise_in_murders", "سجلت الشرطة ارتفاعا في جرائم القتل في جنوب أفريقيا هذا العام."},
    {"government_arrest_rate_fell", "قالت الحكومة إن معدل الاعتقالات انخفض بنسبة 20 في المئة."},
    {"guard_un_increase_in_kidnappings_haiti", "رصدت الأمم المتحدة زيادة في عمليات الخطف في هايتي."},
    // Pending rows closed in session 38 (mood38: a market word, the economy or exports, before a cause or as a
    // violent verb's object).
    {"world_bank_war_destroyed_sudan_economy", "قال البنك الدولي إن الحرب في السودان دمرت الاقتصاد."},
    {"ukraine_grain_exports_fell_russian_blockade", "انخفضت صادرات الحبوب الأوكرانية بسبب الحصار الروسي للموانئ."},
    {"lebanon_exports_fell_closure_of_crossings", "تراجعت الصادرات اللبنانية نتيجة إغلاق المعابر الحدودية مع سوريا."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Pending: sentences that report no event but are still given one; each passes while the gap stays and fails once
// it is closed, so that the row moves to kNoEvents.
const testing::NoEventRow kPendingNoEvents[] = {
    // 3. A coercion noun (a blockade, a closure) after a cause is still coded where the clause before it names losses,
    //    no market word (mood38 closed the rows with one: exports, the economy).
    {"airlines_losses_airspace_closure", "تكبدت شركات الطيران خسائر بسبب إغلاق المجال الجوي إثر الهجوم الإيراني."},
};

class Mood37PendingNoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood37PendingNoEventTest, IsStillAGap) { testing::ExpectStillGivenAnEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37PendingNoEventTest, ::testing::ValuesIn(kPendingNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Pending: sentences that tell one event twice but are still given two; each passes while the gap stays and fails
// once it is closed, so that the row moves to kCounts.
const CountRow kPendingCounts[] = {
    // 1. A verb (not a noun) in the source's clause tells the act again: الشرطة أطلقت is read as a second act.
    {"nairobi_police_dispersal_told_again_by_verb", "فرقت الشرطة الكينية مظاهرة في نيروبي، وقال شهود إن الشرطة أطلقت الغاز المسيل للدموع على المتظاهرين.", "ASSAULT", 1},
};

class Mood37PendingCountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Mood37PendingCountTest, IsStillAGap) {
  const CountRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  EXPECT_NE(CountedOfType(x, &seen), x.count) << x.name << ": now counted right, move the row to kCounts:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood37PendingCountTest, ::testing::ValuesIn(kPendingCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
