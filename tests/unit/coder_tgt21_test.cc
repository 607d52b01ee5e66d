// A protest that names no one it is against (session 67): a march, a sit-in or a road block in a state, with no target
// word, a slogan against the regime or no purpose told at all, is read as aimed at that state's government, beside the
// shapes that keep no such target: protesters of another state, another state named in the sentence, a protest against
// an armed attack whose doer is unnamed, a company named by its name, a strike, an occupied land. Wire-style sentences
// written for this table (none copied from a corpus or a gold set). Every expected type, code prefix and actor was
// written by hand from the Arabic before the coder ran. An actor is "COUNTRY/SECTOR"; "*" in either part accepts any
// value; "" is no actor; nullptr is not checked. The rows are coded as of 2024-05-10. Rows named guard_ keep the
// readings they protect.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Tgt21Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt21Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    {"thousands_marched_in_sfax_naming_no_one", "خرج آلاف المحتجين في مسيرة حاشدة وسط مدينة صفاقس مساء السبت",
     "PROTEST", "14", "TUN/*", "TUN/GOV"},
    {"young_men_sat_in_at_tahrir_square_in_baghdad_till_dawn",
     "اعتصم مئات الشبان في ساحة التحرير ببغداد حتى ساعات الفجر", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    {"syrians_gathered_in_homs_chanting_for_the_regimes_fall",
     "تجمع آلاف السوريين في ساحة الساعة بحمص وهم يهتفون بسقوط النظام", "PROTEST", "14", "SYR/*", "SYR/GOV"},
    {"protesters_cut_the_main_road_of_kufra_with_burning_tyres",
     "قطع محتجون الطريق الرئيسي في مدينة الكفرة بالإطارات المشتعلة", "PROTEST", "14", "LBY/*", "LBY/GOV"},
    {"guard_jordanians_in_amman_for_gaza_another_land_named", "تظاهر آلاف الأردنيين في عمان تضامنا مع غزة", "PROTEST",
     "14", "JOR/*", ""},
    {"guard_sit_in_in_beirut_against_shelling_no_doer", "اعتصم المئات في بيروت احتجاجا على القصف", "PROTEST", "14",
     "LBN/*", ""},
    {"guard_sudanese_demonstrating_in_cairo", "تظاهر مئات السودانيين في القاهرة", "PROTEST", "14", "SDN/*", ""},
    // A strike is aimed at its employer, a hunger strike at its jailer; on an occupied land a march may be against the
    // occupier or the authority: the place tells neither.
    {"guard_oil_workers_strike_in_basra", "دخل عمال النفط في إضراب شامل في البصرة.", "PROTEST", "143", "IRQ/*", ""},
    {"guard_march_in_nablus_on_occupied_land", "خرج مئات الفلسطينيين في مسيرة وسط مدينة نابلس.", "PROTEST", "14",
     "PSE/*", ""},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt21Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
