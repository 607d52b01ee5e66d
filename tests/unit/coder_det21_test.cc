// Set 21's detection misses, by class (session 67): a protest or an attack told in a headline's shape the coder did not
// read, and a statement on the right to protest read as a protest. Wire-style sentences written for this table (none
// copied from a corpus or a gold set), one class per block:
// 1. a headline whose subject is a crowd, counted (آلاف، عشرات الآلاف) or named (حشود), and whose predicate is في and
//    a square, a street or a protest, or the crowd's chant: the rally, with no verb of one;
// 2. after a place's dateline, a definite subject (الجيش، المحتجون) and an imperfect: the news of that place, no
//    generality;
// 3. a noun of protest whose predicate is a noun of kind (حق، جريمة) after a headline's label, a speaker's or a
//    dateline's: a generality, no event;
// 4. guards of each class; pending rows say what is still not read.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det21Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det21Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A crowd heading a headline, then where it stands or what it chants.
    {"thousands_in_a_square_of_algiers_against_a_fifth_term", "الجزائر: آلاف في ساحة البريد المركزي ضد العهدة الخامسة",
     "PROTEST", "14", nullptr, nullptr},
    {"tens_of_thousands_in_a_march_towards_the_palace", "الخرطوم: عشرات الآلاف في مسيرة نحو القصر الرئاسي", "PROTEST",
     "14", nullptr, nullptr},
    {"angry_crowds_in_a_square_demanding_the_government_go", "بيروت - حشود غاضبة في ساحة الشهداء تطالب برحيل الحكومة",
     "PROTEST", "14", nullptr, nullptr},
    {"hundreds_chanting_against_prices_before_parliament", "عمان: مئات يهتفون ضد الغلاء أمام مجلس النواب", "PROTEST",
     "14", nullptr, nullptr},
    {"thousands_of_iraqis_in_the_streets_of_basra", "البصرة: آلاف العراقيين في شوارع المدينة ضد انقطاع الكهرباء",
     "PROTEST", "14", nullptr, nullptr},
    // 2. A definite subject after a place's dateline.
    {"daraa_the_army_shells_the_southern_districts_for_a_fifth_day", "درعا: الجيش يقصف الأحياء الجنوبية لليوم الخامس",
     "ASSAULT", "19", "SYR/MIL", nullptr},
    {"sfax_the_workers_sit_in_before_the_governorate", "صفاقس - العمال يعتصمون أمام مقر الولاية", "PROTEST", "14",
     nullptr, nullptr},
    // 3. A noun of protest with a noun of kind as its predicate after a headline's label: no event.
    {"a_minister_says_the_strike_is_a_right", "وزير الداخلية: الإضراب حق دستوري والفوضى جريمة", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // 4. Guards.
    {"guard_tourists_in_the_streets_are_no_crowd", "مراكش: آلاف السياح في شوارع المدينة القديمة", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_a_count_inside_a_sentence_is_only_a_count", "قال التقرير إن آلاف في المخيمات يعانون من البرد", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_a_count_in_a_headline_with_no_venue", "غزة: آلاف بلا مأوى بعد القصف", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_thousands_demonstrated_in_a_square", "تظاهر الآلاف في ساحة التحرير ببغداد", "PROTEST", "14", nullptr,
     nullptr},
    {"guard_tens_of_thousands_took_part_in_a_march", "شارك عشرات الآلاف في مسيرة حاشدة في الرباط", "PROTEST", "14",
     nullptr, nullptr},
    {"guard_the_thousands_demonstrate_in_oran", "الآلاف يتظاهرون في وهران", "PROTEST", "14", nullptr, nullptr},
    {"guard_troops_massed_on_the_border", "حشود عسكرية على الحدود الشمالية", "MOBILIZE", "", nullptr, nullptr,
     "PROTEST"},
    {"guard_gunmen_attack_villages_as_a_generality", "المسلحون يهاجمون القرى النائية في كل موسم", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_strike_as_a_means_of_protest", "الإضراب وسيلة احتجاج مشروعة", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_a_general_strike_after_a_dateline", "تونس: إضراب عام في صفاقس", "PROTEST", "14", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det21Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // The count with the article before a vigil (الآلاف في وقفة): no event, where آلاف في مسيرة and الآلاف يتظاهرون are
    // read; not looked into for lack of time.
    {"thousands_in_a_vigil_of_solidarity", "الرباط: الآلاف في وقفة تضامنية مع غزة", "PROTEST", "14", nullptr, nullptr},
    // التظاهر, the verbal noun spelled as the past verb, with a noun of kind after it: still read as the verb's line.
    {"a_dateline_then_peaceful_protest_is_a_right", "الجزائر: التظاهر السلمي حق مكفول للجميع", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
};

class Det21PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det21PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det21PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
