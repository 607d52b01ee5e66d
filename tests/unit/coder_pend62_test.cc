// Older pending readings (session 62, pend): classes of reading earlier sessions left in their pending tables that
// are general in news of any conflict. Wire-style sentences written for this table (none copied from a corpus or a
// gold set), one class per block; the rows moved here from the pending tables of coder_recall59, coder_miss60,
// coder_arg15b and coder_mood32 keep their names:
// 1. machines of war with a nationality as the doer of a verb that needs an armed side (اجتاحت دبابات إسرائيلية،
//    اجتاحت مدرعات إثيوبية): that state's military is armed; guards: a flood that sweeps a place is no attack,
//    military vehicles (آليات عسكرية, an agent of their own) and the forces keep their reading;
// 2. the doers of a protest named in a relative clause with no relative pronoun on the indefinite protest noun
//    (مظاهرة هتف فيها المشيعون، مسيرة شارك فيها آلاف المواطنين), and a town (no actor) as the subject of a verb of
//    occurrence right before the event noun (شهدت مدينة نابلس مسيرة) as its place; guards: a blast is no protest, those
//    wounded in it (أصيب فيه) are not its doers, and the caller of a march (مسيرة دعا إليها) keeps its reading;
// 3. a protest aimed at its doers' own body, both of one code (soldiers demanding their own minister's or
//    commander's resignation), or read so (mourners and the victims of the funeral): the protest keeps its doers as
//    source, the target named twice is dropped;
// 4. machines of war right after أسقط with another machine of war after them (أسقطت مقاتلات إسرائيلية طائرة سورية): the
//    first are the subject (the plural tells no case), the second, or its state, the object; guards: machines of war
//    after the subject, or with no other one after them, are still what was shot down;
// 5. two sides of a clash, the first a unit noun in construct with an actor (اشتبكت قوات الجيش وقوات الدعم السريع):
//    the list after the unit is the clash's sides; guard: a clash with the other side after مع.
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

class Pend62Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend62Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Machines of war with a nationality overrunning a place: the state's military (from coder_recall59).
    {"israeli_tanks_overran_jenin_camp", "اجتاحت دبابات إسرائيلية مخيم جنين صباح اليوم.", "ASSAULT", "190",
     "ISR/MIL", nullptr},
    {"russian_tanks_overran_a_border_village", "اجتاحت دبابات روسية قرية حدودية في شرق أوكرانيا فجر الأحد.",
     "ASSAULT", "190", "RUS/MIL", nullptr},
    {"ethiopian_armoured_vehicles_overran_a_border_town",
     "اجتاحت مدرعات إثيوبية بلدة حدودية في جنوب الصومال.", "ASSAULT", "190", "ETH/MIL", nullptr},
    {"guard_turkish_military_vehicles_overran_villages_near_afrin",
     "اجتاحت آليات عسكرية تركية عددا من القرى في ريف عفرين.", "ASSAULT", "190", "TUR/MIL", nullptr},
    {"guard_floods_swept_villages_in_kassala", "اجتاحت السيول عددا من القرى في ولاية كسلا شرق السودان.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_israeli_forces_overran_the_camp", "اجتاحت القوات الإسرائيلية مخيم نور شمس في طولكرم.", "ASSAULT", "190",
     "ISR/MIL", nullptr},

    // 2. The doers of an indefinite protest in a relative clause with no pronoun (the first from coder_recall59).
    {"a_funeral_turned_into_a_demonstration_of_mourners_in_hebron",
     "تحولت الجنازة في مدينة الخليل إلى مظاهرة هتف فيها المشيعون ضد الحكومة.", "PROTEST", "14", "PSE/CVL", nullptr},
    {"a_march_thousands_of_citizens_took_part_in_set_out_in_nablus",
     "خرجت في مدينة نابلس مسيرة شارك فيها آلاف المواطنين رفضا للاستيطان.", "PROTEST", "14", "PSE/CVL", nullptr},
    // 2. ... and the town that witnessed it (شهدت مدينة نابلس مسيرة) is where it took place: its crowd is of its state.
    {"nablus_saw_a_march_thousands_of_citizens_took_part_in",
     "شهدت مدينة نابلس مسيرة شارك فيها آلاف المواطنين رفضا للاستيطان.", "PROTEST", "14", "PSE/CVL", nullptr},
    {"mosul_saw_a_demonstration_the_protesters_chanted_in",
     "شهدت مدينة الموصل مظاهرة هتف فيها المحتجون ضد الفساد.", "PROTEST", "14", "IRQ/CVL", nullptr},
    {"guard_a_march_the_labour_union_called_for_set_out_in_sfax",
     "خرجت في مدينة صفاقس مسيرة دعا إليها الاتحاد العام التونسي للشغل.", "PROTEST", "14", "TUN/LAB", nullptr},
    {"guard_a_blast_in_which_civilians_were_wounded",
     "وقع انفجار في سوق شعبي أصيب فيه خمسة مدنيين في مدينة الباب.", "ASSAULT", "18", "", nullptr},

    // 3. Soldiers protesting against their own commander or minister (the first from coder_miss60).
    {"reservists_sat_in_demanding_the_defence_minister_resign",
     "اعتصم جنود احتياط أمام مقر الحكومة في تل أبيب مطالبين باستقالة وزير الدفاع.", "PROTEST", "141", "ISR/MIL",
     nullptr},
    {"retired_officers_demonstrated_demanding_the_army_chief_resign",
     "تظاهر عشرات الجنود المتقاعدين أمام وزارة الدفاع في بيروت مطالبين بإقالة قائد الجيش.", "PROTEST", "14",
     "LBN/MIL", nullptr},
    {"mourners_chanted_against_houthis_taiz", "هتف المشيعون ضد الحوثيين خلال تشييع الضحايا في تعز.", "PROTEST", "14",
     nullptr, nullptr},

    // 4. Machines of war shooting down another (the first from coder_recall59).
    {"israeli_fighters_downed_a_syrian_plane", "أسقطت مقاتلات إسرائيلية طائرة سورية فوق سهل البقاع.", "ASSAULT",
     "190", "ISR/MIL", "SYR/*"},
    {"american_fighters_downed_an_iranian_drone_over_the_gulf",
     "أسقطت مقاتلات أمريكية طائرة إيرانية مسيرة فوق الخليج.", "ASSAULT", "190", "USA/MIL", "IRN/*"},
    {"turkish_fighters_downed_a_russian_warplane_near_the_border",
     "أسقطت مقاتلات تركية طائرة حربية روسية قرب الحدود السورية.", "ASSAULT", "190", "TUR/MIL", "RUS/MIL"},
    {"guard_syrian_air_defences_downed_israeli_fighters",
     "أسقطت الدفاعات الجوية السورية مقاتلات إسرائيلية فوق ريف حماة.", "ASSAULT", "190", "SYR/MIL", "ISR/MIL"},
    {"guard_the_ukrainian_army_downed_russian_fighters",
     "أسقط الجيش الأوكراني مقاتلات روسية فوق مدينة خاركيف.", "ASSAULT", "190", "UKR/MIL", "RUS/MIL"},

    // 5. The two sides of a clash after a unit noun in construct (the first from coder_arg15b).
    {"the_army_forces_and_the_rsf_clashed_in_khartoum",
     "اشتبكت قوات الجيش وقوات الدعم السريع في مدينة بحري.", "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    {"army_troops_and_shabaab_fighters_clashed_near_beledweyne",
     "اشتبكت قوات الجيش ومقاتلو حركة الشباب قرب مدينة بلدوين وسط الصومال.", "ASSAULT", "19", "SOM/MIL", "SOM/*"},
    {"guard_the_army_clashed_with_gunmen_in_the_north",
     "اشتبكت قوات الجيش مع مسلحين مجهولين في ولاية شمال دارفور.", "ASSAULT", "19", "SDN/MIL", "SDN/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Pend62Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 3. The target after ضد gives way to the victims of the funeral (تشييع الضحايا), read as of the mourners' code and
    //    dropped: the Houthis the chant is against are not the target.
    {"mourners_chanted_against_houthis_taiz_the_houthis_as_target",
     "هتف المشيعون ضد الحوثيين خلال تشييع الضحايا في تعز.", "PROTEST", "14", "YEM/CVL", "*/*"},
};

class Pend62PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Pend62PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Pend62PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
