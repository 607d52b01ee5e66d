// The dates of events named in passing and of present-tense visits, and the doer of an event whose part is denied,
// session 41, on wire-style sentences written for these tables (none copied from a corpus), each labelled by hand from
// the Arabic before the coder ran. The analyst's decisions, one class a block:
// 1. an event named after a lead phrase (غداة هجوم، عشية إضراب، بعد يومين من مقتل، بعد أسبوعين على تفجير) is dated from
//    the event of its clause by the phrase's shift (غداة: the day before, عشية: the day after, بعد N من: N days before);
//    the clause's event keeps its own date, and a count before من (قبل يومين من الانتخابات، قبل ثلاثة أيام من
//    الانتخابات) is a gap to another event, no date of the clause's event (which keeps the document's);
// 2. a present verb with a weekday (يزور الرئيس الجزائر يوم الأحد، يستقبل العاهل ... يوم الخميس) tells a visit ahead: the
//    next such day, intended; a past verb, a jussive after لم, or منذ before the weekday keep the past one;
// 3. an actor that denies its part in an event (نفت حماس أي علاقة لها بالهجوم، نفى الحزب مسؤوليته عن التفجير) is no doer
//    of it: the event took place, with no source from the denier;
// 4. guards of the negation and modality audit (a question, a condition, a threat, a denial of the act itself).
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of the pending tables, gaps found and not closed (they state the right reading).
// The document is dated Friday 2024-05-10.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/date_row_support.h"
#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::DateRow;

// A sentence, an event of a PLOVER type in it, of any mood, and the date it must have.
const DateRow kDates[] = {
    // 1. The event after a lead phrase, and the clause's own event.
    {"us_strikes_day_after_drone_attack", "شنت القوات الأمريكية غارات على مواقع لفصائل عراقية غداة هجوم بطائرة مسيرة على قاعدة التنف.", "ASSAULT", "2024-05-09"},
    {"gaza_shelling_day_after_hamas_attack", "قصفت المدفعية الإسرائيلية شرق رفح غداة هجوم شنته حماس على موقع عسكري.", "ASSAULT", "2024-05-09"},
    {"guard_gaza_shelling_itself_today", "قصفت المدفعية الإسرائيلية شرق رفح غداة هجوم شنته حماس على موقع عسكري.", "ASSAULT", "2024-05-10"},
    {"sanaa_assassination_day_before_protest", "تظاهر آلاف اليمنيين في صنعاء غداة اغتيال قيادي حوثي.", "ASSAULT", "2024-05-09"},
    {"guard_sanaa_protest_itself_today", "تظاهر آلاف اليمنيين في صنعاء غداة اغتيال قيادي حوثي.", "PROTEST", "2024-05-10"},
    {"baghdad_bombing_two_weeks_before_arrests", "بعد أسبوعين على تفجير استهدف سوقا شعبيا في بغداد، اعتقلت القوات العراقية خمسة مشتبه بهم.", "ASSAULT", "2024-04-26"},
    {"guard_baghdad_arrests_themselves_today", "بعد أسبوعين على تفجير استهدف سوقا شعبيا في بغداد، اعتقلت القوات العراقية خمسة مشتبه بهم.", "COERCE", "2024-05-10"},
    {"cairo_arrests_two_days_before_elections", "اعتقلت الشرطة المصرية عشرات الناشطين قبل يومين من الانتخابات الرئاسية.", "COERCE", "2024-05-10"},
    {"algiers_arrests_three_days_before_elections", "قبل ثلاثة أيام من الانتخابات التشريعية، اعتقلت الشرطة الجزائرية عشرات المعارضين.", "COERCE", "2024-05-10"},
    {"guard_gaza_killing_two_days_ago_despite", "واصل الصحفي عمله على الرغم من مقتل زميله قبل يومين في غارة على خان يونس.", "ASSAULT", "2024-05-08"},
    {"guard_cairo_arrests_two_days_ago", "اعتقلت الشرطة المصرية عشرات الناشطين قبل يومين.", "COERCE", "2024-05-08"},
    // 2. A present verb with a weekday: the next one; a past verb, لم or منذ: the last one.
    {"french_president_visits_algiers_sunday", "يزور الرئيس الفرنسي الجزائر يوم الأحد.", "CONSULT", "2024-05-12"},
    {"jordan_king_receives_abbas_thursday", "يستقبل العاهل الأردني الرئيس الفلسطيني يوم الخميس في عمان.", "CONSULT", "2024-05-16"},
    {"turkish_minister_meets_russian_monday", "يلتقي وزير الخارجية التركي نظيره الروسي يوم الاثنين في أنقرة.", "CONSULT", "2024-05-13"},
    {"guard_french_president_visited_algiers_sunday", "زار الرئيس الفرنسي الجزائر يوم الأحد.", "CONSULT", "2024-05-05"},
    {"guard_french_president_did_not_visit_sunday", "لم يزر الرئيس الفرنسي الجزائر يوم الأحد.", "CONSULT", "2024-05-05"},
    {"guard_fashir_clashes_go_on_since_sunday", "تتواصل الاشتباكات في الفاشر منذ يوم الأحد.", "ASSAULT", "2024-05-05"},
};

class Mood41DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Mood41DateTest, DatesTheEvent) { testing::ExpectDateRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood41DateTest, ::testing::ValuesIn(kDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

// Pending: the date an event named in passing should have, where the coder does not code that event yet; each passes
// while the gap stays and fails once it is closed, so that the row moves to kDates.
const DateRow kPendingDates[] = {
    // 1. The strike after عشية is not coded (إضراب عام with no verb); it would be dated the day after the arrests.
    {"tehran_strike_on_the_eve_of_arrests", "اعتقلت قوات الأمن الإيرانية عشرات الطلاب عشية إضراب عام في طهران.", "PROTEST", "2024-05-11"},
    // 1. The assassination after بعد يومين من is not coded at all (a verbal noun after من with a count before it).
    {"yemen_assassination_two_days_before_protest", "تظاهر آلاف اليمنيين في صنعاء أمس بعد يومين من اغتيال قيادي حوثي.", "ASSAULT", "2024-05-07"},
};

class Mood41PendingDateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Mood41PendingDateTest, IsStillAGap) {
  const DateRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) found = found || (e.event == x.event && e.date == x.date);
  EXPECT_FALSE(found) << x.name << ": now dated as expected, move the row to kDates";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood41PendingDateTest, ::testing::ValuesIn(kPendingDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

// The sentence's event, its trigger, negation and modality.
const testing::MoodCase kMoods[] = {
    // 2. A visit told in the present with a weekday is planned.
    {"french_president_visit_sunday_intended", "يزور الرئيس الفرنسي الجزائر يوم الأحد.", "CONSULT", "يزور", false, "intended"},
    {"jordan_king_receives_thursday_intended", "يستقبل العاهل الأردني الرئيس الفلسطيني يوم الخميس في عمان.", "CONSULT", "يستقبل", false, "intended"},
    {"guard_french_president_visited_sunday_asserted", "زار الرئيس الفرنسي الجزائر يوم الأحد.", "CONSULT", "زار", false, "asserted"},
    // 3. A part denied: the event still took place.
    {"guard_hamas_denies_link_attack_happened", "نفت حركة حماس أي علاقة لها بالهجوم على الحافلة في القدس.", "ASSAULT", "الهجوم", false, "reported"},
    // 4. The audit's guards.
    {"guard_question_did_israel_strike_consulate", "هل قصفت إسرائيل القنصلية الإيرانية في دمشق؟", "ASSAULT", "قصفت", false, "hypothetical"},
    {"guard_if_iran_attacks_israel", "إذا هاجمت إيران إسرائيل فإن الولايات المتحدة سترد.", "ASSAULT", "هاجمت", false, "hypothetical"},
    {"guard_houthis_threaten_to_strike_ships", "هدد الحوثيون بقصف السفن الأمريكية في البحر الأحمر.", "ASSAULT", "قصف", false, "intended"},
    {"guard_sudan_army_denies_shelling_camp", "نفى الجيش السوداني قصف مخيم للنازحين في دارفور.", "ASSAULT", "قصف", true, "reported"},
    {"guard_if_russia_struck_kyiv", "لو قصفت روسيا كييف لردت أوكرانيا بقوة.", "ASSAULT", "قصفت", false, "hypothetical"},
    {"guard_in_case_israel_attacks_rafah", "في حال هاجمت إسرائيل رفح فإن مصر ستعلق معاهدة السلام.", "ASSAULT", "هاجمت", false, "hypothetical"},
    {"guard_question_did_algerian_police_arrest", "هل اعتقلت الشرطة الجزائرية الصحفي؟", "COERCE", "اعتقلت", false, "hypothetical"},
    {"guard_russia_denies_shelling_kharkiv_hospital", "نفت وزارة الدفاع الروسية قصف مستشفى في خاركيف.", "ASSAULT", "قصف", true, "reported"},
    {"guard_israeli_army_denies_having_targeted", "نفى الجيش الإسرائيلي أن يكون قد استهدف سيارة إسعاف في غزة.", "ASSAULT", "استهدف", true, "reported"},
    {"guard_iranian_media_claim_isfahan_strike", "زعمت وسائل إعلام إيرانية أن إسرائيل قصفت منشأة نووية في أصفهان.", "ASSAULT", "قصفت", false, "alleged"},
    {"guard_residents_fear_sudan_air_strikes", "يخشى السكان أن تقصف الطائرات السودانية الأحياء السكنية.", "ASSAULT", "تقصف", false, "hypothetical"},
    {"guard_tunisia_police_arrested_no_protester", "لم تعتقل الشرطة التونسية أي متظاهر خلال الاحتجاجات.", "COERCE", "تعتقل", true, "asserted"},
    {"guard_turkey_threatens_operation_syria", "هددت تركيا بشن عملية عسكرية في شمال سوريا.", "ASSAULT", "عملية", false, "intended"},
    {"guard_spokesman_says_army_killed_jenin", "قال المتحدث إن الجيش الإسرائيلي قتل ثلاثة مسلحين في جنين.", "ASSAULT", "قتل", false, "reported"},
};

class Mood41MoodTest : public ::testing::TestWithParam<testing::MoodCase> {};

TEST_P(Mood41MoodTest, CodesMood) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood41MoodTest, ::testing::ValuesIn(kMoods),
                         [](const ::testing::TestParamInfo<testing::MoodCase>& i) { return std::string(i.param.name); });

// 3. The event whose part an actor denies, with no source (""), any target.
const testing::CodedEventRow kDeniedParts[] = {
    {"hamas_denies_link_to_bus_attack", "2024-05-10", "نفت حركة حماس أي علاقة لها بالهجوم على الحافلة في القدس.", "19", "", nullptr},
    {"rsf_denies_tie_to_zamzam_attack", "2024-05-10", "نفت ميليشيا الدعم السريع أي صلة لها بالهجوم على مخيم زمزم.", "19", "", nullptr},
    {"guard_shabaab_denies_responsibility_bombing", "2024-05-10", "نفت حركة الشباب مسؤوليتها عن التفجير في مقديشو.", "18", "", nullptr},
    {"guard_syria_denies_responsibility_duma_attack", "2024-05-10", "نفت الحكومة السورية مسؤوليتها عن الهجوم الكيميائي على دوما.", "20", "", nullptr},
};

class Mood41DeniedPartTest : public ::testing::TestWithParam<testing::CodedEventRow> {};

TEST_P(Mood41DeniedPartTest, NoDoerFromTheDenier) { testing::ExpectCodedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood41DeniedPartTest, ::testing::ValuesIn(kDeniedParts),
                         [](const ::testing::TestParamInfo<testing::CodedEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
