// Whom a protest is aimed at and who protests, where the sentence says it only through a phrase of purpose or demand
// or a construct (session 64, hdl18, from set 18's classes of misses; the rows are wire-style sentences written for
// this table, of other places, years and wordings than the set's, none copied from a corpus or a gold set):
// 1. a protest held in a state against an act, or demanding a thing, whose doer the phrase does not name (an arrest,
//    a law, a cut of power, prices, salaries, a release) is aimed at the government of that state;
// 2. workers in construct with a body (عمال شركة، موظفو البنك) are the protest's doers, the body their employer and
//    the target of their strike;
// 3. a protest with no doer named, whose place read is in what it protests (على غزة), is held at the place named
//    before its word of purpose;
// 4. a protest read on its noun of purpose (احتجاجا) after a verb that is none of its own (يرفعون الأعلام) is aimed at
//    the owner of the building before which that verb's crowd stood (أمام السفارة البريطانية);
// 5. guards: a protest against a foreign state's attack, a company's decision, or before a foreign embassy keeps
//    that target;
// 6. the chants' verb of demanding (هتافات تطالب ... بـ) names whom the protest is aimed at also where it is an armed
//    group, which may rule where the crowd is (not only a body of the state).
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

class Hdl18Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Hdl18Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The government of the protest's state, against whose act or of whom the want, no doer named.
    {"students_in_fez_reject_the_arrest_of_their_colleagues",
     "تظاهر مئات الطلاب في مدينة فاس المغربية رفضا لاعتقال زملائهم", "PROTEST", "14", "MAR/*", "MAR/GOV"},
    {"angry_protests_in_diwaniyah_over_power_cuts",
     "خرجت احتجاجات غاضبة في مدينة الديوانية احتجاجا على انقطاع الكهرباء", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    {"a_vigil_in_irbid_demanding_the_release_of_political_detainees",
     "وقفة احتجاجية في مدينة إربد للمطالبة بالإفراج عن المعتقلين السياسيين", "PROTEST", "14", "JOR/*", "JOR/GOV"},
    {"a_march_in_algiers_rejecting_the_new_finance_law",
     "مسيرة في شوارع الجزائر العاصمة رفضا لقانون المالية الجديد", "PROTEST", "14", "DZA/*", "DZA/GOV"},
    {"demonstrations_in_sidon_denouncing_fuel_prices",
     "مظاهرات في صيدا تنديدا بارتفاع أسعار الوقود", "PROTEST", "14", "LBN/*", "LBN/GOV"},
    {"protests_in_sulaymaniyah_demanding_the_payment_of_salaries",
     "احتجاجات في مدينة السليمانية تطالب بصرف رواتب الموظفين", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    {"teachers_in_taiz_strike_demanding_their_salaries",
     "أضرب المعلمون في مدينة تعز عن العمل للمطالبة بصرف رواتبهم", "PROTEST", "143", "YEM/*", "YEM/GOV"},
    {"employees_in_mosul_sit_in_over_their_delayed_salaries",
     "اعتصم مئات الموظفين في مدينة الموصل احتجاجا على تأخر صرف رواتبهم", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},

    // 2. Workers in construct with their employer.
    {"workers_of_the_steel_company_continue_their_strike",
     "عمال شركة الحديد والصلب يواصلون إضرابهم لليوم الثالث", "PROTEST", "143", "*/LAB", "*/BUS"},
    {"electricity_company_workers_in_helwan_strike",
     "أضرب عمال شركة الكهرباء في مدينة حلوان عن العمل", "PROTEST", "143", "EGY/LAB", "EGY/BUS"},

    // 3. The place before the word of purpose, where the place read is in what is protested.
    {"demonstrations_in_jordanian_villages_denounce_the_shelling_of_gaza",
     "تظاهرات في الحصن والمشارع وعدة قرى أردنية تنديدا بالقصف الإسرائيلي على غزة", "PROTEST", "14", "JOR/*",
     "ISR/*"},

    // 4. A protest read on its noun of purpose after a verb that is none of its own: the building the verb's crowd
    //    stood before.
    {"students_raise_flags_before_the_british_embassy_in_protest",
     "طلاب يرفعون الأعلام أمام السفارة البريطانية في بغداد احتجاجا على حرق المصحف", "PROTEST", "14", nullptr,
     "GBR/*"},
    {"citizens_raise_banners_before_parliament_in_beirut_in_protest",
     "مواطنون يرفعون لافتات أمام مقر البرلمان في بيروت احتجاجا على فرض ضرائب جديدة", "PROTEST", "14", "LBN/*",
     "LBN/*"},

    // 5. Other targets and doers, kept.
    {"guard_jordanians_in_amman_denounce_the_israeli_shelling",
     "تظاهر آلاف الأردنيين في عمان تنديدا بالقصف الإسرائيلي على غزة", "PROTEST", "14", "JOR/*", "ISR/*"},
    {"guard_factory_workers_reject_the_company_board_decision",
     "اعتصم عمال المصنع أمام مقر الشركة في مدينة المحلة رفضا لقرار إدارة الشركة تسريحهم", "PROTEST", "14", nullptr,
     "*/BUS"},
    {"guard_moroccans_before_the_french_embassy_in_rabat",
     "تظاهر مئات المغاربة أمام السفارة الفرنسية في الرباط احتجاجا على تصريحات الرئيس الفرنسي", "PROTEST", "14",
     "MAR/*", "FRA/*"},
    {"guard_yemenis_in_sanaa_denounce_the_american_strikes",
     "تظاهر آلاف اليمنيين في صنعاء تنديدا بالغارات الأمريكية", "PROTEST", "14", "YEM/*", "USA/*"},

    // 6. Chants demanding of an armed group that rules where the crowd is.
    {"protests_in_saada_with_chants_demanding_of_the_houthis",
     "مظاهرات في مدينة صعدة وهتافات تطالب الحوثيين بصرف الرواتب", "PROTEST", "14", "YEM/*", "YEM/REB"},
    {"protests_in_idlib_with_chants_demanding_of_hts",
     "احتجاجات في مدينة إدلب وهتافات تطالب هيئة تحرير الشام بالإفراج عن المعتقلين", "PROTEST", "14", "SYR/*",
     "SYR/REB"},
    // An aggression with no doer named, on an occupied land: the occupier (coder/occupations.tsv; coder_s19_test).
    {"marches_in_west_bank_towns_against_the_aggression",
     "مسيرات في مدن الضفة الغربية احتجاجا على العدوان", "PROTEST", "14", "PSE/*", "ISR/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Hdl18Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Hdl18PendingTest : public ::testing::TestWithParam<ProbeRow> {};

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. A union named in the phrase (مقر نقابتهم) leaves the phrase's acts to a body of its own, so the arrest, which
    //    only the state makes, is not read as the government's.
    {"journalists_in_sfax_reject_the_storming_of_their_union_and_the_arrest_of_its_head",
     "تظاهر عشرات الصحفيين في مدينة صفاقس رفضا لاقتحام مقر نقابتهم واعتقال نقيبهم", "PROTEST", "14", "TUN/*",
     "TUN/GOV"},
};

TEST_P(Hdl18PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Hdl18PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
