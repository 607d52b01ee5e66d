// Protests told in the headline's order (session 64, det18p): a subject, then a protest verb in the imperfective,
// then the protest's purpose or demand (رفضا لـ، تضامنا مع، تنديدا بـ، مطالبين، للمطالبة بـ). Wire-style sentences
// written for this table (none copied from a corpus or a gold set), one class per block:
// 1. a protest verb in the imperfective after a subject a generality could have (a class with the article, a bare
//    count, a subject with its complement), with its purpose after it: the purpose names one occasion's motive, and
//    the protest is reported beside the purpose's own event;
//    also a bare count as the subject (مئات يتظاهرون) and one adjective of the crowd's own before the verb
//    (متظاهرون غاضبون يقتحمون); the march a headline's present verb of going out goes out in (يخرجون ... في مسيرة);
//    a protest named as the circumstance of an arrest (اعتقال ناشطين خلال وقفة احتجاجية); تجمع with a count and a
//    purpose (تجمع المئات ... تضامنا مع);
// 2. guards: the past tense, an indefinite subject, and an adverb of habit (a generality, no protest of the day);
// 3. pending: the shapes of set 18's other PROTEST misses still not read (see kPending).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they protect.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det18pTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det18pTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Subject, imperfective protest verb, purpose: the protest is reported.
    {"nurses_demonstrate_before_the_health_ministry_rejecting_a_freeze",
     "الممرضون يتظاهرون أمام وزارة الصحة في الرباط رفضا لتجميد الترقيات", "PROTEST", "14", nullptr, nullptr},
    {"thousands_demonstrate_in_beirut_in_solidarity_with_prisoners",
     "آلاف يتظاهرون في ساحة الشهداء ببيروت تضامنا مع الأسرى في السجون الإسرائيلية", "PROTEST", "14", nullptr,
     nullptr},
    {"journalists_demonstrate_before_parliament_denouncing_arrests",
     "الصحفيون يتظاهرون أمام البرلمان في تونس تنديدا باعتقال زملائهم", "PROTEST", "14", nullptr, nullptr},
    {"pensioners_sit_in_before_the_government_seat_to_demand_pensions",
     "المتقاعدون يعتصمون أمام مقر الحكومة في بغداد للمطالبة بصرف رواتبهم المتأخرة", "PROTEST", "14", nullptr,
     nullptr},
    {"villagers_demonstrate_demanding_water",
     "أهالي القرية يتظاهرون أمام مبنى المحافظة في أسوان مطالبين بتوفير مياه الشرب", "PROTEST", "14", nullptr,
     nullptr},
    // A count alone as the headline's subject (the people it counts unnamed): no generality counts anyone.
    {"hundreds_demonstrate_before_the_american_embassy_in_amman",
     "مئات يتظاهرون أمام السفارة الأمريكية في عمان", "PROTEST", "14", nullptr, nullptr},
    {"dozens_sit_in_before_parliament_in_nairobi", "عشرات يعتصمون أمام البرلمان في نيروبي", "PROTEST", "14", nullptr,
     nullptr},
    // One adjective of the crowd's own between the headline's crowd and its verb.
    {"angry_protesters_storm_the_governorate_building",
     "متظاهرون غاضبون يقتحمون مبنى المحافظة في البصرة", "PROTEST", "14", nullptr, nullptr},
    {"angry_protesters_burn_the_ruling_partys_office",
     "محتجون غاضبون يحرقون مقر الحزب الحاكم في نواكشوط", "PROTEST", "14", nullptr, nullptr},
    // The present of a verb of going out after a headline's subject, the march after في a few words on.
    {"thousands_of_jordanians_go_out_after_friday_prayers_in_a_march",
     "آلاف الأردنيين يخرجون بعد صلاة الجمعة في مسيرة حاشدة وسط عمان", "PROTEST", "14", "JOR/*", nullptr},
    // A protest named as the circumstance of an arrest the clause reports (خلال، أثناء): the arrest happened at it, so
    // it took place; a bare stand (وقفة) is a protest vigil with a demand after it.
    {"journalists_arrested_during_a_protest_vigil_in_rabat",
     "اعتقال صحفيين خلال وقفة احتجاجية أمام البرلمان في الرباط", "PROTEST", "14", nullptr, nullptr},
    {"students_arrested_during_a_stand_demanding_their_grants",
     "اعتقال طلاب خلال وقفة أمام وزارة التعليم العالي في الجزائر للمطالبة بصرف المنح", "PROTEST", "14", nullptr,
     nullptr},
    // A verb of other senses (تجمع) with a count right after it and its protest's purpose: a crowd gathered to protest.
    {"hundreds_gathered_in_a_square_in_solidarity_with_the_sudanese",
     "تجمع المئات في ساحة الحرية بالخرطوم تضامنا مع النازحين", "PROTEST", "14", nullptr, nullptr},
    // 2. Guards: the past tense with its subject after it, an indefinite subject, an adverb of habit.
    {"guard_hundreds_of_doctors_demonstrated_rejecting_the_ministers_decision",
     "تظاهر مئات الأطباء أمام وزارة الصحة في الخرطوم رفضا لقرار الوزير", "PROTEST", "14", nullptr, nullptr},
    {"guard_masked_protesters_burn_the_ruling_partys_office",
     "محتجون ملثمون يحرقون مقر الحزب الحاكم في نواكشوط", "PROTEST", "14", nullptr, nullptr},
    {"guard_police_dispersed_protesters_during_a_march", "فرقت الشرطة المحتجين أثناء مسيرة في الرباط", "PROTEST", "14",
     nullptr, nullptr},
    {"guard_released_those_arrested_during_last_months_protests",
     "أفرجت السلطات الأوغندية عن ثلاثين شخصا اعتقلوا خلال احتجاجات الشهر الماضي في كمبالا", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_released_those_arrested_during_protests",
     "أفرجت السلطات الأوغندية عن ثلاثين شخصا اعتقلوا خلال احتجاجات في كمبالا", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_dozens_gathered_before_parliament_demanding_the_detainees_release",
     "تجمع العشرات أمام البرلمان في الرباط للمطالبة بالإفراج عن المعتقلين", "PROTEST", "14", nullptr, nullptr},
    {"guard_hundreds_gathered_for_friday_prayers", "تجمع المئات في المسجد الكبير لأداء صلاة الجمعة", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_pilgrims_on_the_day_of_arafah", "الحجاج يصعدون إلى جبل عرفات في وقفة عرفة", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    // A count alone sitting in before the seat of an international body: the count right before the verb is its crowd,
    // of the city's state (coder_pend65b_test).
    {"dozens_sit_in_before_the_un_office_in_juba", "عشرات يعتصمون أمام مقر الأمم المتحدة في جوبا", "PROTEST", "14",
     nullptr, nullptr},
    {"guard_students_demonstrate_in_algiers", "طلاب يتظاهرون في الجزائر العاصمة", "PROTEST", "14", nullptr, nullptr},
    {"guard_workers_sit_in_every_month_a_habit",
     "العمال يعتصمون كل شهر أمام الوزارة رفضا لتأخير الرواتب", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_protesters_go_out_every_week_in_marches_a_habit", "المتظاهرون يخرجون كل أسبوع في مسيرات ضد الحكومة",
     nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_protesters_demonstrate_every_week_a_habit", "المتظاهرون يتظاهرون كل أسبوع في تل أبيب", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det18pTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // Clashes between crowds told by their peoples' adjectives (متظاهرين أكراد وعرب) after a toll (قتلى وجرحى في): no
    // event at all, where the same with sects' nouns (متظاهرين سنة وشيعة) or without the toll is read. (Also with no
    // crowd: قتلى وجرحى في اشتباكات بين أكراد وتركمان gives nothing; the cause was not found.)
    {"dead_and_wounded_in_clashes_between_kurdish_and_arab_protesters",
     "قتلى وجرحى في مواجهات بين متظاهرين أكراد وعرب في الحسكة", "PROTEST", "14", nullptr, nullptr},
};

class Det18pPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det18pPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det18pPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
