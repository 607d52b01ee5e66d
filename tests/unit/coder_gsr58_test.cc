// The conduct of a protest told before (session 58, gsr): an analyst codes a demonstration once. A riot or a blockade
// done by "the protesters" (المتظاهرون، المحتجون with the article) in a sentence that goes on from one before it (it
// opens with و or ف) or after a protest the document tells is how that protest went on, no new event; the GSR labels
// such sentences no. The rows, wire-style sentences written for this table (none copied from a corpus or a gold set):
// 1. stones thrown, tyres burned, roads cut by the definite protesters in a sentence opening with و, or in a second
//    sentence after a demonstration: no PROTEST event of its own (the document's protest is the first sentence's);
//    likewise the definite protest next to a verb of occurrence (وجرت المظاهرة بهدوء، وانطلقت المسيرة) there;
// 2. guards: an indefinite or counted crowd (محتجون، مئات المتظاهرين) starts a protest of its own; the definite crowd
//    in a lead sentence with no protest before it is the protest's own; a sit-in or a march (141) by the protesters is
//    not read by this rule; a two-sentence report keeps its demonstration; an indefinite protest that broke out
//    (واندلعت مظاهرات) is news.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Gsr58Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Gsr58Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The riot or the blockade of protesters already told: no new protest.
    {"and_the_protesters_pelted_the_police_with_stones",
     "ورشق المتظاهرون عناصر الشرطة بالحجارة والزجاجات الفارغة قرب مبنى البلدية.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"and_the_protesters_set_tyres_alight_at_the_main_square",
     "وأشعل المحتجون الإطارات في الساحة الرئيسية للمدينة حتى ساعة متأخرة من الليل.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"so_the_protesters_stoned_the_ruling_party_office",
     "فرشق المتظاهرون مقر الحزب الحاكم بالحجارة وحطموا واجهته الزجاجية.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"witnesses_said_the_protesters_cut_the_road_to_the_airport",
     "وقال شهود عيان إن المتظاهرين قطعوا الطريق المؤدية إلى المطار لعدة ساعات.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    // 1. The definite protest next to a verb of occurrence in such a sentence: how the protest went, told before.
    {"and_the_demonstration_went_on_calmly",
     "وجرت المظاهرة بهدوء ولم تسجل أي حوادث تذكر.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"so_the_demonstration_set_off_right_after_friday_prayers",
     "فانطلقت التظاهرة بعد صلاة الجمعة مباشرة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},

    // 2. A crowd that starts a protest, the protest's own lead, other acts of the protesters: still coded.
    {"guard_protesters_pelted_the_police_with_stones",
     "رشق محتجون غاضبون عناصر الشرطة بالحجارة أمام مقر المحافظة في مدينة الحسيمة.", "PROTEST", "145", nullptr,
     nullptr},
    {"guard_hundreds_of_the_protesters_burned_tyres",
     "وأحرق مئات المتظاهرين الإطارات المطاطية في شوارع العاصمة الأردنية عمان.", "PROTEST", "145", nullptr, nullptr},
    {"guard_the_protesters_burned_tyres_in_a_lead_sentence",
     "أحرق المتظاهرون الإطارات المطاطية في شوارع مدينة صيدا احتجاجا على انقطاع الكهرباء.", "PROTEST", "14", nullptr,
     nullptr},
    {"guard_and_the_protesters_sat_in_before_parliament",
     "واعتصم المتظاهرون أمام مبنى البرلمان في بغداد طوال يوم الجمعة.", "PROTEST", "141", nullptr, nullptr},
    {"guard_students_demonstrated_then_the_protesters_threw_stones",
     "تظاهر مئات الطلاب أمس في مدينة الخرطوم ضد غلاء الأسعار. ورشق المتظاهرون قوات الأمن بالحجارة.", "PROTEST", "141",
     nullptr, nullptr},
    {"guard_the_march_set_off_right_after_friday_prayers_in_a_lead_sentence",
     "انطلقت المسيرة بعد صلاة الجمعة مباشرة.", "PROTEST", "141", nullptr, nullptr},
    {"guard_and_angry_demonstrations_broke_out_in_several_districts",
     "واندلعت مظاهرات غاضبة في عدة أحياء من العاصمة السودانية الخرطوم.", "PROTEST", "141", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Gsr58Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The two-sentence report of guard_students_demonstrated_then_the_protesters_threw_stones codes its demonstration
// once: the first sentence's (141), and no second protest for the stones the protesters threw after it (a riot, 145,
// of their own would be a second). The guard row above asserts the first; this asserts the second (session 58's
// review).
TEST(Gsr58TwoSentences, TheStonesAfterTheDemonstrationAddNoSecondProtest) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int protests = 0;
  int demonstrations = 0;
  std::string seen;
  for (const Event& e : testing::CodeText(
           "تظاهر مئات الطلاب أمس في مدينة الخرطوم ضد غلاء الأسعار. ورشق المتظاهرون قوات الأمن بالحجارة.",
           "2024-05-10")) {
    seen += testing::Describe(e);
    if (!testing::Counts(e) || e.event != "PROTEST") continue;
    ++protests;
    if (e.cameo.starts_with("141")) ++demonstrations;
  }
  EXPECT_EQ(protests, 1) << seen;
  EXPECT_EQ(demonstrations, 1) << seen;
}

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. A riot clause after حيث in the middle of a sentence that opens with no و, no protest word before it: the
    //    protesters are named as known, but nothing in the sentence marks the protest as told before.
    //    (The arrest the report opens with is its news.)
    {"police_arrested_youths_where_the_protesters_burned_tyres",
     "اعتقلت الشرطة أمس عشرة شبان في مدينة صيدا. هكذا وصف أحد السكان ما جرى، حيث أشعل المتظاهرون الإطارات ورشقوا "
     "السيارات بالحجارة.",
     "COERCE", "17", nullptr, nullptr, "PROTEST"},
    // 2. The definite march with the building it set off from (من أمام الجامعة): the building's owner is read as the
    //    protest's target, so the noun is no longer bare, and the rule for a protest told before is not asked.
    {"police_arrested_students_and_the_march_set_off_from_before_the_university",
     "اعتقلت الشرطة أمس خمسة طلاب في مدينة الرباط. وانطلقت المسيرة من أمام الجامعة باتجاه مبنى الوزارة.", "COERCE",
     "17", nullptr, nullptr, "PROTEST"},
};

class Gsr58PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Gsr58PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Gsr58PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
