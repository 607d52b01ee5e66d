// The actors of set 15's second run (session 61, arg15b): unnamed people beside a place of a known state, the two
// sides of a fight between units of two bodies, and the supporters of a deposed ruler. The rows, wire-style sentences
// written for this table (none copied from a corpus or a gold set):
// 1. unnamed people (sit-in protesters in construct, bank depositors, traders) tied to a place of a known state take
//    its country: معتصمو الساحة in construct (lexicon/agents.tsv lists the construct forms), depositors (مودعون, a
//    new line), a bazaar as a site of a town (coder/word_kinds.tsv town_site: في بازار مدينة تبريز); the civilians
//    a toll names, taken by the act of its temporal clause that names the place (قتل متظاهران عندما أطلقت قوات
//    الأمن النار على مسيرة في مدينة كسلا), are of the place's state;
// 2. a verb of fighting each other (تقاتل، اشتبك) whose subject is a unit of two bodies, من repeated after و
//    (وحدات من الجيش ومن قوات الدعم السريع): the first body is the source, the second the target;
// 3. the supporters of a deposed ruler named with his title (أنصار الرئيس المخلوع عمر البشير) are his, of his country,
//    as the supporters of his name alone are;
// 4. guards: the readings next to them that held before.
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

class Arg15bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg15bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Unnamed people beside a place of a known state.
    {"masked_gunmen_attacked_the_sit_in_protesters_of_a_nasiriyah_square",
     "هاجم مسلحون ملثمون معتصمي ساحة الحبوبي في مدينة الناصرية.", "ASSAULT", "19", nullptr, "IRQ/CVL"},
    {"depositors_held_a_sit_in_before_a_bank_in_beirut",
     "اعتصم مودعون أمام مصرف في بيروت للمطالبة بأموالهم.", "PROTEST", "14", "LBN/CVL", nullptr},
    {"traders_struck_in_the_bazaar_of_tabriz",
     "أضرب التجار في بازار مدينة تبريز احتجاجا على انهيار العملة.", "PROTEST", "14", "IRN/BUS", nullptr},
    {"two_protesters_killed_when_security_forces_fired_on_a_march_in_kassala",
     "قتل متظاهران عندما أطلقت قوات الأمن النار على مسيرة في مدينة كسلا.", "ASSAULT", "19", "SDN/*", "SDN/CVL"},

    // 2. Units of two bodies fighting each other: the first body the source, the second the target.
    // (Moved from coder_arg15_test's pending table, read since this session.)
    {"units_of_the_army_and_of_the_rsf_clashed_in_el_fasher",
     "اشتبكت وحدات من الجيش السوداني ومن قوات الدعم السريع في مدينة الفاشر.", "ASSAULT", "19", "SDN/*", "SDN/*"},
    {"units_of_the_army_and_of_the_rsf_fought_each_other_in_omdurman",
     "تقاتلت وحدات من الجيش السوداني ومن قوات الدعم السريع في مدينة أم درمان.", "ASSAULT", "19", "SDN/MIL",
     "SDN/*"},
    {"elements_of_the_libyan_army_and_of_the_police_fought_each_other",
     "تقاتلت عناصر من الجيش الليبي ومن الشرطة الليبية في مدينة الزاوية.", "ASSAULT", "19", "LBY/MIL", "LBY/COP"},
    // (Moved from the pending table in session 62: arg16s joins قوات الجيش into one mention, the army's forces, so the
    // list joined by و after them is read as the fight's two sides.)
    {"the_army_forces_and_the_rsf_clashed_in_khartoum",
     "اشتبكت قوات الجيش وقوات الدعم السريع في مدينة بحري.", "ASSAULT", "19", "SDN/MIL", "SDN/REB"},

    // 3. The supporters of a deposed ruler named with his title are his.
    {"hundreds_of_supporters_of_the_deposed_president_bashir_demonstrated",
     "تظاهر المئات من أنصار الرئيس المخلوع عمر البشير عقب صلاة الجمعة.", "PROTEST", "14", "SDN/*", nullptr},
    {"supporters_of_the_ousted_president_bashir_held_a_sit_in",
     "اعتصم أنصار الرئيس المعزول عمر البشير أمام مقر النيابة العامة.", "PROTEST", "14", "SDN/*", nullptr},

    // 4. Guards.
    {"guard_supporters_of_bashir_by_his_name_alone",
     "تظاهر أنصار عمر البشير عقب صلاة الجمعة.", "PROTEST", "14", "SDN/*", nullptr},
    {"guard_police_fired_tear_gas_at_protesters_in_basra",
     "أطلقت الشرطة الغاز المسيل للدموع على متظاهرين في مدينة البصرة.", "ASSAULT", "17", "IRQ/COP", "IRQ/CVL"},
    {"guard_thousands_demonstrated_in_the_centre_of_the_sudanese_capital",
     "تظاهر آلاف الأشخاص في وسط العاصمة السودانية للمطالبة بالحكم المدني.", "PROTEST", "14", "SDN/*", nullptr},
    {"guard_elements_of_the_army_and_elements_of_the_police_clashed",
     "اشتبكت عناصر من الجيش الليبي وعناصر من الشرطة في مدينة الزاوية.", "ASSAULT", "19", "LBY/MIL", "LBY/*"},
    {"guard_traders_struck_in_the_isfahan_bazaar",
     "أضرب التجار في بازار أصفهان احتجاجا على الضرائب الجديدة.", "PROTEST", "14", "IRN/BUS", nullptr},
    {"guard_traders_struck_in_the_market_of_tabriz",
     "أضرب التجار في سوق مدينة تبريز احتجاجا على انهيار العملة.", "PROTEST", "14", "IRN/BUS", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg15bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
// (Rows read in session 62 moved to coder_pend62_test.cc.)
const ProbeRow kPending[] = {
    // The other side of a fight between units of two bodies as a source of its own: one event is given, the first
    // body's.
    {"units_of_the_army_and_of_the_rsf_fought_each_other_the_rsf_as_source",
     "تقاتلت وحدات من الجيش السوداني ومن قوات الدعم السريع في مدينة أم درمان.", "ASSAULT", "19", "SDN/REB",
     "SDN/MIL"},
    // People of no protest kind (depositors) storming a bank are not read as a violent protest, and as doers of an
    // attack they do not take the place's country.
    {"dozens_of_depositors_stormed_a_bank_in_sidon",
     "اقتحم عشرات المودعين مقر بنك في مدينة صيدا.", "PROTEST", "14", "LBN/CVL", nullptr},
    // A procession (موكب) fired on, no actor: the marchers are not read as its target.
    {"security_forces_fired_on_a_procession_in_el_obeid",
     "أطلقت قوات الأمن الرصاص على موكب في مدينة الأبيض.", "ASSAULT", "19", "SDN/*", "SDN/*"},
    // A crowd beside an unnamed capital whose state only the speaker names (أفادت الشرطة التونسية ... في وسط
    // العاصمة): the capital is not read as the speaker's state's.
    {"hundreds_marched_in_the_centre_of_the_capital_said_the_tunisian_police",
     "أفادت الشرطة التونسية بأن مئات المحتجين ساروا في وسط العاصمة مطالبين بالإصلاح.", "PROTEST", "14", "TUN/*",
     nullptr},
};

class Arg15bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg15bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Arg15bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
