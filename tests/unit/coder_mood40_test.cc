// Event or no event, the mood of an intended act and the date of a scheduled one, session 40, on wire-style sentences
// written for these tables (none copied from a corpus), each labelled by hand from the Arabic before the coder ran.
// The analyst's decisions, one class a block:
// 1. a visit named after a word of intention with the place visited as the genitive of its noun (يعتزم الرئيس المصري
//    زيارة الجزائر، يعتزم وزير الخارجية الفرنسي زيارة بيروت) is an intended visit by the subject of the intention, to
//    the state of that place, there; the place is no visitor (also in a visit told as begun, بدأ الرئيس المصري زيارة
//    الجزائر); a state in the genitive with the host named after لـ or إلى (زيارة قطر لإسرائيل) is still the visitor;
// 2. المقرر الخاص, the Special Rapporteur, is a person and no word of scheduling: what he did (التقى المقرر الخاص
//    بالوزير يوم الاثنين، اتهمت المقررة الخاصة) is asserted, and a weekday in what he reports (قال المقرر الخاص إن
//    الشرطة اعتقلت ... يوم الأحد) is the past one; a weekday after a scheduled frame (من المقرر أن يلتقي) lies ahead;
// 3. mourners and relatives gathered before a family's house or a hospital (تجمع المعزون أمام منزل العائلة، احتشد ذوو
//    الجرحى أمام المستشفى) hold no protest; a crowd before a seat of power (أمام مقر الحكومة، أمام السفارة) still does;
// 4. what a demand asks the one it names to join (طالبت المعارضة أنصارها بالمشاركة في المسيرة، ناشد الحزب أعضاءه
//    بالخروج في مظاهرات) is asked for, an intended protest, no protest held; its weekday lies ahead;
// 5. a crowd that goes out to celebrate (نزل الآلاف إلى الشوارع احتفالا بتأهل المنتخب، للاحتفال برأس السنة، مسيرات
//    احتفالية) holds no protest, unless its clause names what it protests against (واحتجاجا على الغلاء).
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of the pending table, gaps found and not closed (they state the right reading).
// The document is dated Friday 2024-05-10.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/date_row_support.h"
#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

// An event of a type and modality, not negated, with its source and target (as ActorMatches reads them) and the
// country of its place ("" for no place, nullptr for any).
struct MoodActorRow {
  const char* name;
  const char* text;
  const char* event;
  const char* modality;
  const char* source;
  const char* target;
  const char* place_country;
};

void PrintTo(const MoodActorRow& x, std::ostream* os) { *os << x.name; }

void ExpectMoodActorRow(const MoodActorRow& x) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    const std::string place = e.location ? e.location->country : std::string();
    seen += testing::Describe(e) + "  at '" + place + "'\n";
    found = found || (e.event == x.event && e.modality == x.modality && !e.negated &&
                      testing::ActorMatches(x.source, testing::ActorKey(e.source)) &&
                      testing::ActorMatches(x.target, testing::ActorKey(e.target)) &&
                      (x.place_country == nullptr || place == x.place_country));
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << " " << x.modality << " as expected among:\n" << seen;
}

const MoodActorRow kIntended[] = {
    // 1. An intended visit to the place in the genitive of its noun.
    {"egyptian_president_intends_to_visit_algeria", "يعتزم الرئيس المصري زيارة الجزائر الأسبوع المقبل.", "CONSULT", "intended", "EGY/GOV", "DZA/*", "DZA"},
    {"french_minister_intends_to_visit_beirut", "يعتزم وزير الخارجية الفرنسي زيارة بيروت يوم الاثنين.", "CONSULT", "intended", "FRA/GOV", "LBN/*", "LBN"},
    {"iraqi_premier_intends_to_visit_tehran", "يعتزم رئيس الوزراء العراقي زيارة طهران الأسبوع المقبل.", "CONSULT", "intended", "IRQ/GOV", "IRN/*", "IRN"},
    {"jordanian_king_plans_to_visit_washington", "يخطط العاهل الأردني لزيارة واشنطن الشهر المقبل.", "CONSULT", "intended", "JOR/GOV", "USA/*", "USA"},
    {"guard_turkey_intends_to_send_troops_to_libya", "تعتزم الحكومة التركية إرسال قوات إلى ليبيا الشهر المقبل.", "MOBILIZE", "intended", "TUR/GOV", "LBY/*", "LBY"},
    {"guard_president_intends_visit_to_beirut_with_ila", "يعتزم الرئيس المصري زيارة إلى بيروت.", "CONSULT", "intended", "EGY/GOV", "LBN/*", "LBN"},
    // (So is a visit told as begun; a state in the genitive with the host after لـ is the visitor.)
    {"egyptian_president_began_visit_to_algeria", "بدأ الرئيس المصري زيارة الجزائر.", "CONSULT", "asserted", "EGY/GOV", "DZA/*", "DZA"},
    {"guard_qatar_visit_to_israel_criticised", "انتقدت إيران زيارة قطر لإسرائيل.", "CONSULT", "asserted", "QAT/*", "ISR/*", nullptr},
    {"guard_american_delegation_visit_to_aden", "ندد الحوثيون بزيارة الوفد الأمريكي إلى عدن.", "CONSULT", "asserted", "USA/*", "YEM/*", "YEM"},
    // 2. What the rapporteur did is asserted.
    {"rapporteur_met_iraqi_interior_minister", "التقت المقررة الخاصة بوزير الداخلية العراقي يوم الاثنين في بغداد.", "CONSULT", "asserted", "*/IGO", "IRQ/GOV", "IRQ"},
    {"rapporteur_accused_israel", "اتهمت المقررة الخاصة إسرائيل بارتكاب جرائم حرب في غزة.", "ACCUSE", "asserted", "*/IGO", "ISR/*", nullptr},
    // 4. A demand to join a protest: the protest is intended.
    {"opposition_asked_supporters_to_join_march", "طالبت المعارضة المالية أنصارها بالمشاركة في مسيرة حاشدة يوم السبت.", "PROTEST", "intended", nullptr, nullptr, nullptr},
    {"guard_kenyan_party_asked_members_to_take_to_protests", "ناشد الحزب الكيني أعضاءه بالخروج في مظاهرات حاشدة في نيروبي.", "PROTEST", "intended", nullptr, nullptr, "KEN"},
    {"guard_turkish_opposition_called_supporters_to_protest", "دعت المعارضة التركية أنصارها إلى الخروج في مظاهرات.", "PROTEST", "intended", nullptr, nullptr, ""},
};

class Mood40IntendedTest : public ::testing::TestWithParam<MoodActorRow> {};

TEST_P(Mood40IntendedTest, CodesMoodSourceAndTarget) { ExpectMoodActorRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood40IntendedTest, ::testing::ValuesIn(kIntended),
                         [](const ::testing::TestParamInfo<MoodActorRow>& i) { return std::string(i.param.name); });

// No event of the type may have the modality named after "!".
const testing::MoodCase kMoods[] = {
    // 2. The rapporteur is no schedule.
    {"rapporteur_meeting_not_scheduled", "التقى المقرر الخاص للأمم المتحدة بوزير الخارجية السوداني يوم الأحد.", "CONSULT", "التقى", false, "!intended"},
    {"rapporteur_call_not_scheduled", "دعا المقرر الخاص إسرائيل إلى وقف هدم المنازل في القدس.", "REQUEST", "دعا", false, "!intended"},
    {"guard_scheduled_meeting_intended", "من المقرر أن يلتقي الرئيس التونسي نظيره الجزائري يوم الأحد.", "CONSULT", "يلتقي", false, "intended"},
    {"guard_march_scheduled_after_it_intended", "ألقت الشرطة القبض على منظمي المسيرة المقررة يوم الأحد في الجزائر.", "PROTEST", "المسيرة", false, "intended"},
};

class Mood40MoodTest : public ::testing::TestWithParam<testing::MoodCase> {};

TEST_P(Mood40MoodTest, CodesMood) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood40MoodTest, ::testing::ValuesIn(kMoods),
                         [](const ::testing::TestParamInfo<testing::MoodCase>& i) { return std::string(i.param.name); });

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 3. A crowd before a seat of power protests.
    {"guard_crowd_before_government_seat_protests", "احتشد المئات أمام مقر الحكومة في بيروت.", "PROTEST", "14", nullptr, nullptr},
    {"guard_mourners_chanted_against_government", "تجمع المعزون في بيت العزاء في كربلاء وهتفوا ضد الحكومة.", "PROTEST", "14", nullptr, nullptr},
    // 4. The demand itself is made; no protest is held.
    {"opposition_demand_is_made_no_protest_held", "طالبت المعارضة أنصارها بالمشاركة في المسيرة يوم السبت.", "REQUEST", "10", "*/OPP", nullptr, "PROTEST"},
    // 5. Celebrating is no protest; a protest named beside it is one.
    {"sudanese_rejoiced_at_agreement_no_protest", "خرج آلاف السودانيين إلى الشوارع ابتهاجا بتوقيع الاتفاق.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_khartoum_celebration_and_protest_against_prices", "نزل الآلاف إلى الشوارع في الخرطوم احتفالا بذكرى الثورة واحتجاجا على الغلاء.", "PROTEST", "14", nullptr, nullptr},
    {"guard_tunis_protest_for_detainees", "تظاهر المئات في تونس للمطالبة بالإفراج عن المعتقلين.", "PROTEST", "14", nullptr, nullptr},
};

class Mood40Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood40Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood40Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Mood40NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood40NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    // 3. Mourners and relatives gathered, no protest.
    {"mourners_gathered_before_family_house_nablus", "تجمع المعزون أمام منزل العائلة في نابلس."},
    {"mourners_crowded_before_baghdad_hospital", "احتشد المشيعون أمام المستشفى في بغداد."},
    {"relatives_gathered_before_hospital_karachi", "تجمع أقارب المصابين أمام المستشفى المدني في كراتشي."},
    {"fans_crowded_before_cairo_stadium", "احتشد المشجعون أمام الملعب في القاهرة."},
    {"guard_funeral_of_journalist_in_hebron", "شيع الآلاف جثمان الصحفي في الخليل."},
    {"guard_worshippers_gathered_in_aqsa", "تجمع المصلون في المسجد الأقصى."},
    // 5. A crowd celebrating.
    {"algiers_crowds_celebrated_team_qualifying", "نزل الآلاف إلى الشوارع في الجزائر احتفالا بتأهل المنتخب."},
    {"baghdad_crowds_celebrated_new_year", "نزل الآلاف إلى الشوارع في بغداد للاحتفال برأس السنة."},
    {"libyan_cities_celebratory_marches", "خرجت مسيرات احتفالية في المدن الليبية بذكرى الثورة."},
    {"nairobi_celebratory_march", "خرج آلاف الكينيين في مسيرة احتفالية في نيروبي."},
    {"sanaa_marches_celebrating_unity_day", "خرج الآلاف في مسيرات في صنعاء احتفالا بذكرى الوحدة."},
    {"guard_moroccans_celebrated_team_win", "خرج الآلاف إلى الشوارع احتفالا بفوز المنتخب المغربي."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Mood40NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// A sentence, an event of a PLOVER type in it, of any mood, and the date it must have.
using testing::DateRow;

const DateRow kDates[] = {
    // 2. A weekday in what the rapporteur reports is past; after a scheduled frame it lies ahead.
    {"rapporteur_reports_arrests_sunday", "قال المقرر الخاص إن الشرطة اعتقلت عشرات الناشطين يوم الأحد في طهران.", "COERCE", "2024-05-05"},
    {"rapporteur_reported_on_sunday", "قال المقرر الخاص يوم الأحد إن قوات الأمن اعتقلت عشرات الناشطين في طهران.", "COERCE", "2024-05-05"},
    {"rapporteur_reports_killing_tuesday", "أفاد المقرر الخاص المعني بحقوق الإنسان بأن قوات الأمن قتلت ثلاثة متظاهرين يوم الثلاثاء.", "ASSAULT", "2024-05-07"},
    {"guard_rapporteur_met_minister_monday", "التقت المقررة الخاصة بوزير الداخلية العراقي يوم الاثنين في بغداد.", "CONSULT", "2024-05-06"},
    {"guard_rapporteur_scheduled_to_meet_sunday", "من المقرر أن يلتقي المقرر الخاص للأمم المتحدة بوزير الخارجية يوم الأحد.", "CONSULT", "2024-05-12"},
    {"guard_french_minister_scheduled_visit_monday", "ومن المقرر أن يزور وزير الخارجية الفرنسي بيروت يوم الاثنين.", "CONSULT", "2024-05-13"},
    // 4. The weekday of the protest a demand asks for.
    {"opposition_asked_to_join_march_saturday", "طالبت المعارضة المالية أنصارها بالمشاركة في مسيرة حاشدة يوم السبت.", "PROTEST", "2024-05-11"},
    {"minister_intends_beirut_visit_monday", "يعتزم وزير الخارجية الفرنسي زيارة بيروت يوم الاثنين.", "CONSULT", "2024-05-13"},
};

class Mood40DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Mood40DateTest, DatesTheEvent) { testing::ExpectDateRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood40DateTest, ::testing::ValuesIn(kDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
