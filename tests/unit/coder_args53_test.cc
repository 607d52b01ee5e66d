// Whom a protest is aimed at and who protested, in wire-style sentences written for this table (none copied from a
// corpus or a gold set), on what session 53 (args) worked on, one class of readings per block (the numbers of the
// brief):
// 1. the body a protest is aimed at, named in a later clause: a participle of blame (متهمين إدارة الشركة بـ، محملين
//    وزارة الصحة مسؤولية), a verb of demand or blame in the third person plural whose subject is the protesters
//    (وطالبوا السلطات المحلية بـ، وحملوا وزارة المالية مسؤولية) or one of their chants (ورددوا هتافات تطالب الحكومة
//    بالاستقالة: before the owner of the building they gathered at), a relative clause with no relative pronoun on the
//    thing rejected (قرار اتخذته وزارة الفلاحة، رسوم فرضتها الحكومة), and a failure to act (احتجاجا على عدم تنفيذ
//    الحكومة وعودها), also past a definite adjective that is a place's name (الضريبة الجديدة التي); only a body of
//    authority (a state's organ, a company's board), never a person quoted or making a demand of his own, and never
//    where a target is named with ضد;
// 2. a protest continued (يواصل عمال ... اعتصامهم، واصل الممرضون إضرابهم): the pronoun on the protest noun is the
//    subject of the verb of going on, not the nearest name before the noun (a state named by a place, a company);
// 3. a passive light verb with the organisers after من قبل or من جانب (نظمت وقفة احتجاجية ... من قبل عائلات
//    المختطفين): the organisers;
// 4. a strike's caller as its doer (إضراب عام دعا إليه اتحاد النقابات), named in a relative clause of calling right
//    after the noun; a call alone, or protests awaited that were called for, stay what they were;
// 5. crowds of a community as the protest's doers: the Haredim (ISR civilians), the people of a town; a conscription
//    law named is no mobilisation.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Args53Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args53Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The body a protest is aimed at, named in a later clause.
    {"dockers_struck_and_held_the_transport_ministry_responsible",
     "أضرب عمال الموانئ في بورتسودان لليوم الثالث، وحملوا وزارة النقل مسؤولية تأخر صرف أجورهم.", "PROTEST", "14",
     "SDN/LAB", "SDN/GOV"},
    {"electricity_employees_sat_in_accusing_the_board",
     "اعتصم موظفو شركة الكهرباء في عدن متهمين مجلس الإدارة بتجاهل مطالبهم.", "PROTEST", "14", "YEM/LAB", "*/BUS"},
    {"bus_drivers_struck_accusing_the_government_lagos",
     "أضرب سائقو الحافلات في لاغوس احتجاجا على رفع أسعار الوقود، متهمين الحكومة بتجاهل معاناتهم.", "PROTEST", "14",
     "NGA/*", "NGA/GOV"},
    {"nurses_stood_holding_the_health_ministry_responsible_amman",
     "نظم الممرضون وقفة احتجاجية في عمان محملين وزارة الصحة مسؤولية نقص الكوادر.", "PROTEST", "14", "JOR/*",
     "JOR/GOV"},
    {"guard_farmers_demonstrated_demanding_of_the_ministry_rabat",
     "تظاهر مئات المزارعين في الرباط مطالبين وزارة الفلاحة بتعويضهم عن خسائر الجفاف.", "PROTEST", "14", "MAR/*",
     "MAR/GOV"},
    {"pensioners_sat_in_and_demanded_of_the_government_algiers",
     "اعتصم عشرات المتقاعدين في الجزائر العاصمة وطالبوا الحكومة بزيادة المعاشات.", "PROTEST", "14", "DZA/*",
     "DZA/GOV"},
    {"students_demonstrated_and_demanded_of_the_government_dhaka",
     "تظاهر آلاف الطلاب في داكا، وطالبوا الحكومة بإلغاء نظام الحصص.", "PROTEST", "14", "BGD/EDU", "BGD/GOV"},
    {"teachers_stood_and_demanded_of_the_finance_ministry_khartoum",
     "نظم المعلمون وقفة احتجاجية في الخرطوم، وطالبوا وزارة المالية بصرف رواتبهم المتأخرة.", "PROTEST", "14",
     "SDN/EDU", "SDN/GOV"},
    {"guard_drivers_protested_fees_which_the_municipality_imposed",
     "تظاهر مئات السائقين في عمان احتجاجا على الرسوم التي فرضتها البلدية على سيارات الأجرة.", "PROTEST", "14",
     "JOR/*", "JOR/GOV"},
    {"traders_struck_rejecting_a_new_tax_the_parliament_passed",
     "أضرب التجار في بغداد رفضا للضريبة الجديدة التي أقرها البرلمان.", "PROTEST", "14", "IRQ/BUS", "IRQ/LEG"},
    {"fishermen_sat_in_against_a_decision_the_ministry_took",
     "اعتصم الصيادون التونسيون في ميناء صفاقس احتجاجا على قرار اتخذته وزارة الفلاحة بمنع الصيد.", "PROTEST", "14",
     "TUN/*", "*/GOV"},
    {"farmers_protested_new_fees_the_government_imposed_amman",
     "تظاهر مئات المزارعين في عمان احتجاجا على رسوم جديدة فرضتها الحكومة على الأعلاف.", "PROTEST", "14", "JOR/*",
     "JOR/GOV"},
    {"doctors_struck_over_the_government_not_carrying_out_an_agreement",
     "أضرب الأطباء في مستشفيات الأردن احتجاجا على عدم تنفيذ الحكومة اتفاق الحوافز.", "PROTEST", "14", "JOR/HLH",
     "JOR/GOV"},
    {"hundreds_protested_the_government_not_keeping_its_promises_tyre",
     "تظاهر المئات في مدينة صور احتجاجا على عدم التزام الحكومة بوعودها.", "PROTEST", "14", "LBN/*", "LBN/GOV"},
    {"young_men_demonstrated_and_chanted_demands_of_the_government_lagos",
     "تظاهر مئات الشبان في لاغوس احتجاجا على انقطاع الكهرباء، ورددوا هتافات تطالب الحكومة بالاستقالة.", "PROTEST",
     "14", "NGA/*", "NGA/GOV"},
    {"journalists_gathered_and_raised_slogans_demanding_of_the_authorities_rabat",
     "تجمع عشرات الصحفيين أمام مقر النقابة في الرباط، ورددوا شعارات تطالب السلطات بالإفراج عن زميلهم.", "PROTEST",
     "14", "MAR/*", "MAR/GOV"},
    // (Precision: a government named in a quotation, a demand of someone else's, a target named with ضد.)
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_a_government_quoted_after_the_protest_is_no_target",
     "تظاهر المئات في تونس احتجاجا على غلاء الأسعار، وقال أحد المحتجين إن الحكومة لم تفعل شيئا.", "PROTEST", "14",
     "TUN/*", "TUN/GOV"},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"guard_a_deputys_own_demand_is_no_target_of_the_protest",
     "تظاهر مئات في بغداد، وطالب النائب محمد الكربولي الحكومة بالاستجابة لمطالبهم.",
     "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    {"guard_the_one_named_with_didd_stays_the_target",
     "تظاهر الآلاف في كاراكاس ضد الرئيس مادورو مطالبين البرلمان بعزله.", "PROTEST", "14", "VEN/*", "VEN/GOV"},

    // 2. A protest continued: the subject's.
    {"nurses_continued_their_strike_lebanon", "واصل الممرضون في مستشفيات لبنان إضرابهم للأسبوع الثاني.",
     "PROTEST", "14", "LBN/HLH", nullptr},
    {"phosphate_workers_continue_their_sit_in_gafsa", "يواصل عمال شركة الفوسفات في قفصة اعتصامهم لليوم العاشر.",
     "PROTEST", "14", "TUN/LAB", nullptr},
    {"truck_drivers_continued_their_strike_jordan",
     "واصل سائقو الشاحنات في الأردن إضرابهم احتجاجا على رفع أسعار الديزل.", "PROTEST", "14", "JOR/CVL", nullptr},

    // 3. A passive light verb with its organisers after من قبل، من جانب: the verb phrase نظم وقفة with no subject or
    //    object of its own is the passive, done by the phrase of agency's actor; a noun of its own (مسيرة، إضراب) already
    //    took it.
    {"a_stand_was_held_by_retired_soldiers_aden",
     "نفذت وقفة احتجاجية في مدينة عدن من جانب المتقاعدين العسكريين للمطالبة بصرف معاشاتهم.", "PROTEST", "14", "YEM/*",
     nullptr},
    {"guard_a_strike_was_held_by_dockers_aqaba", "نفذ إضراب شامل في ميناء العقبة من جانب عمال الشحن والتفريغ.",
     "PROTEST", "14", "JOR/LAB", nullptr},
    {"guard_a_march_was_organised_by_the_teachers_union_amman",
     "نظمت مسيرة في شوارع عمان من قبل نقابة المعلمين الأردنيين.", "PROTEST", "14", "JOR/LAB", nullptr},

    // 4. A protest's caller named in a relative clause of calling right after it: its doer; demonstrations awaited
    //    that someone called for are no protest.
    {"a_general_strike_called_by_the_independent_unions_algeria",
     "عم إضراب عام دعا إليه اتحاد النقابات المستقلة مدن الجزائر.", "PROTEST", "14", "*/LAB", nullptr},
    {"guard_demonstrations_called_for_and_awaited_are_no_protest",
     "تحسبا لمظاهرات دعت إليها المعارضة، نشرت السلطات قوات إضافية في العاصمة الكينية نيروبي.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},

    // 5. Crowds of a community: the Haredim are Israel's civilians; a conscription law is no mobilisation.
    {"tens_of_thousands_of_haredim_demonstrated_in_jerusalem",
     "تظاهر عشرات الآلاف من اليهود الحريديم في القدس ضد قانون التجنيد.", "PROTEST", "14", "ISR/CVL", nullptr,
     "MOBILIZE"},
    {"thousands_of_haredim_went_out_protesting_arrests_bnei_brak",
     "خرج آلاف الحريديم في مدينة بني براك احتجاجا على اعتقال طلاب المدارس الدينية.", "PROTEST", "14", "ISR/CVL",
     nullptr},
    {"guard_hundreds_of_the_people_of_a_town_demonstrated_idlib", "تظاهر المئات من أهالي بلدة كفرنبل في ريف إدلب.",
     "PROTEST", "14", "SYR/CVL", nullptr},
    // (Moved from the pending rows by session 54's reads helper: the families take the state of the place of their
    // stand, and a strike named as the circumstance of closing shops is a protest.)
    {"a_stand_was_organised_by_the_families_of_the_abducted_baghdad",
     "نظمت وقفة احتجاجية أمام مقر البرلمان في بغداد من قبل عائلات المختطفين.", "PROTEST", "14", "IRQ/CVL", nullptr},
    {"shops_closed_in_a_strike_called_by_the_factions_nablus",
     "أغلقت المحلات التجارية أبوابها في مدينة نابلس في إضراب شامل دعت إليه الفصائل الفلسطينية.", "PROTEST", "14",
     "PSE/*", nullptr},
    // (Session 64, hdl18: a pending row, now coded: the government of the protest's state is read for a failure to act
    // with no body read as its doer; البلدية after التزام is still no actor, which this row no longer shows.)
    {"hundreds_protested_the_municipality_not_keeping_its_promises_tyre",
     "تظاهر المئات في مدينة صور احتجاجا على عدم التزام البلدية بوعودها.", "PROTEST", "14", "LBN/*", "LBN/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args53Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 4. A strike's caller named after it (إضراب دعت إليه نقابة المحامين) is now its doer, but the union is given no
    //    state (the courts of Jordan after it are read as the strike's target).
    {"a_comprehensive_strike_called_by_the_bar_association_jordan",
     "عم إضراب شامل دعت إليه نقابة المحامين محاكم الأردن.", "PROTEST", "14", "JOR/*", nullptr},
    // 5. Supporters of a party or of the opposition named (مئات من أنصار المعارضة): agents.tsv codes supporters as
    //    civilians of the supported one's state (CVL); the independent set 7 takes the party's code (OPP). A
    //    convention for the lead to settle before the dictionary changes.
    {"hundreds_of_supporters_of_the_somali_opposition_demonstrated",
     "تظاهر مئات من أنصار المعارضة الصومالية في مقديشو.", "PROTEST", "14", "SOM/OPP", nullptr},
};

class Args53PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args53PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args53PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
