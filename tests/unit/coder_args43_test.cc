// Dates, counts and doers of events, in wire-style sentences written for this table (none copied from a corpus), on
// what session 43 (args43) worked on, one class of readings per block (the numbers of the brief):
// 1. a weekday right after أمس، اليوم or أول أمس, bare or in brackets (اعتقلت الشرطة أمس الأربعاء، أعلن الجيش اليوم
//    (الثلاثاء)): the event is dated yesterday or today, whatever week the weekday alone would fall in, and a count
//    after the date still belongs to the verb (فقدنا أمس (الخميس) ستة من جنودنا);
// 2. a date of two words between the loser and its count (خسرت القوات العراقية الليلة الماضية ثلاثة من عناصرها، فقد
//    الجيش صباح اليوم جنديين): the count is read, a dual as two;
// 3. machines of war after لـ with their nationality after them (قصف لطائرات روسية على إدلب، قصف لدبابات إسرائيلية):
//    the nationality's military is the doer;
// 4. نجح ... في before the verbal noun of an act (نجح انتحاري في تفجير نفسه): the act happened; لم ينجح and فشل في: it
//    did not (negated, as before);
// 5. a noun of unrest qualified as mental or medical (يعاني من اضطرابات عقلية، مصابة باضطرابات نفسية، مصاب بمرض نفسي)
//    is no riot, and the act of the one described (أقدم ... على، قام ... بـ) is read.
// Every expected type, code prefix, actor, count and date was written by hand from the Arabic before the coder ran.
// The document is dated Friday 2024-05-10. An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is
// no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep the readings they
// protect; every other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/date_row_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::DateRow;
using testing::IncidentRow;
using testing::ProbeRow;

// 1. A weekday after a shift of a day or two: the shift's date.
class Args43DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Args43DateTest, DatesByTheShift) { testing::ExpectDateRow(GetParam()); }

const DateRow kDates[] = {
    {"tunisian_police_arrested_militants_yesterday_wednesday",
     "اعتقلت الشرطة التونسية أمس الأربعاء خمسة متشددين في ولاية القصرين.", "COERCE", "2024-05-09"},
    {"israeli_army_announced_arrests_today_tuesday_in_brackets",
     "أعلن الجيش الإسرائيلي اليوم (الثلاثاء) أنه اعتقل عشرة فلسطينيين في الضفة الغربية.", "COERCE", "2024-05-10"},
    {"settlers_attacked_village_today_wednesday", "هاجم مستوطنون إسرائيليون اليوم الأربعاء قرية ترمسعيا قرب رام الله.",
     "ASSAULT", "2024-05-10"},
    {"mine_killed_two_soldiers_day_before_yesterday_tuesday",
     "قتل أول أمس (الثلاثاء) جنديان في انفجار لغم بمحافظة الجوف.", "ASSAULT", "2024-05-08"},
    {"gunmen_attacked_zamfara_village_yesterday_evening_wednesday",
     "هاجم مسلحون مساء أمس الأربعاء قرية في ولاية زمفارا.", "ASSAULT", "2024-05-09"},
    {"guard_isis_attack_killed_syrian_soldiers_yesterday_thursday",
     "قتل ثلاثة جنود سوريين أمس (الخميس) في هجوم لتنظيم داعش على حاجز قرب تدمر.", "ASSAULT", "2024-05-09"},
    {"guard_moroccans_demonstrated_yesterday_sunday", "تظاهر آلاف المغاربة أمس الأحد في الرباط تضامنا مع غزة.", "PROTEST",
     "2024-05-09"},
    {"guard_port_workers_struck_today_monday", "أضرب عمال الموانئ اليوم (الاثنين) في ميناء حيفا.", "PROTEST",
     "2024-05-10"},
    {"guard_russian_aircraft_shelled_idlib_today_friday", "قصفت طائرات روسية اليوم الجمعة بلدات في ريف إدلب.", "ASSAULT",
     "2024-05-10"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args43DateTest, ::testing::ValuesIn(kDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

// 1, 2. A count after a date: the verb's dead (a loss's: the loser's own people).
class Args43CountTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args43CountTest, CountsTheDeadPastTheDate) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kCounts[] = {
    // 1. A weekday in brackets after أمس, then the count.
    {"we_lost_six_soldiers_yesterday_thursday_in_bomb_blast_mali",
     "فقدنا أمس (الخميس) ستة من جنودنا في انفجار عبوة ناسفة شمال مالي.", 1, "183", nullptr, "*/MIL", 6, -1},
    {"guard_four_iraqi_soldiers_killed_yesterday_thursday_diyala",
     "قتل أمس (الخميس) أربعة جنود عراقيين في هجوم على ثكنة للجيش في ديالى.", 1, "19", nullptr, "IRQ/MIL", 4, -1},
    // (اثنان after أمس is a count, not the weekday الاثنين.)
    {"guard_two_policemen_killed_yesterday_arish", "قتل أمس اثنان من عناصر الشرطة في هجوم مسلح على دورية بمدينة العريش.",
     1, "19", nullptr, "EGY/COP", 2, -1},
    // 2. A date of two words between the loser and its count (args42b's pending row), or a dual as the count.
    {"iraqi_forces_lost_three_last_night_in_isis_attack",
     "خسرت القوات العراقية الليلة الماضية ثلاثة من عناصرها في هجوم لتنظيم داعش.", 1, "19", "*/REB", "IRQ/MIL", 3, -1},
    {"nigerian_army_lost_seven_yesterday_evening_in_boko_haram_attack",
     "خسر الجيش النيجيري مساء أمس سبعة من جنوده في هجوم لجماعة بوكو حرام.", 1, "19", "*/REB", "NGA/MIL", 7, -1},
    {"pakistani_police_lost_four_at_dawn_in_checkpoint_attack",
     "فقدت الشرطة الباكستانية فجر اليوم أربعة من أفرادها في هجوم مسلح على نقطة تفتيش.", 1, "19", nullptr, "PAK/COP", 4,
     -1},
    {"army_lost_two_soldiers_this_morning_in_bomb_blast_daraa",
     "فقد الجيش صباح اليوم جنديين في انفجار عبوة ناسفة بريف درعا.", 1, "183", nullptr, "*/MIL", 2, -1},
    {"we_lost_two_soldiers_yesterday_in_attack_on_our_position", "خسرنا أمس جنديين في هجوم على موقعنا.", 1, "19",
     nullptr, "*/MIL", 2, -1},
    // 1. (Moved from pending in session 45: the count before من and the people counted, before the verb of a clause
    // after أن.)
    {"army_announced_today_tuesday_three_soldiers_killed", "أعلن الجيش اليوم (الثلاثاء) أن ثلاثة من جنوده قتلوا في هجوم.",
     1, "19", nullptr, "*/MIL", 3, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args43CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

class Args43Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args43Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 2. A loss with no people lost, or no violent cause: no event.
    {"guard_moroccan_team_lost_last_night_to_france", "خسر المنتخب المغربي الليلة الماضية أمام فرنسا.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_company_lost_three_senior_staff_this_morning", "فقدت الشركة صباح اليوم ثلاثة من كبار موظفيها.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    // 3. Machines of war after لـ, their nationality after them, على on what was hit: that state's military (args42's
    // pending row first).
    {"children_killed_in_shelling_by_russian_aircraft_idlib", "قتل ثلاثة أطفال في قصف لطائرات روسية على مدينة إدلب.",
     "ASSAULT", "19", "RUS/MIL", "SYR/CVL"},
    {"two_killed_in_shelling_by_israeli_tanks_jabalia", "قتل شخصان في قصف لدبابات إسرائيلية على مخيم جباليا.", "ASSAULT",
     "19", "ISR/MIL", "PSE/*"},
    {"guard_two_civilians_killed_in_shelling_by_syrian_military_helicopters_hama",
     "قتل مدنيان في قصف لمروحيات عسكرية سورية على بلدة في ريف حماة.", "ASSAULT", "19", "SYR/MIL", "SYR/CVL"},
    {"guard_ten_wounded_in_shelling_by_russian_warships_on_odesa_port", "أصيب عشرة أشخاص في قصف لبوارج روسية على ميناء أوديسا.",
     "ASSAULT", "19", "RUS/MIL", "UKR/*"},
    {"guard_five_civilians_wounded_in_turkish_aircraft_raid_northern_iraq",
     "أصيب خمسة مدنيين في غارة لطائرات تركية على قرية شمال العراق.", "ASSAULT", "195", "TUR/MIL", "IRQ/CVL"},
    {"guard_five_palestinians_killed_in_israeli_fighter_jets_raid_khan_younis",
     "استشهد خمسة فلسطينيين في غارة لمقاتلات إسرائيلية على خان يونس.", "ASSAULT", "195", "ISR/MIL", "PSE/*"},
    // 4. نجح ... في: the act happened (args42's pending row first); لم ينجح، فشل في: it did not.
    {"bomber_succeeded_in_blowing_himself_up_quetta", "نجح انتحاري في تفجير نفسه وسط تجمع للشرطة في مدينة كويتا.",
     "ASSAULT", "1831", "PAK/*", nullptr},
    {"houthis_succeeded_in_downing_us_drone_marib", "نجح الحوثيون في إسقاط طائرة مسيرة أمريكية فوق محافظة مأرب.",
     "ASSAULT", "19", "YEM/REB", nullptr},
    {"guard_gunmen_succeeded_in_kidnapping_chinese_engineers_niger",
     "نجح مسلحون في اختطاف ثلاثة مهندسين صينيين في ولاية النيجر.", "ASSAULT", "181", "*/*", "CHN/*"},
    {"guard_iraqi_forces_succeeded_in_arresting_isis_leaders_kirkuk",
     "نجحت قوات الأمن العراقية في اعتقال خمسة من قادة تنظيم داعش في كركوك.", "COERCE", "173", "IRQ/*", nullptr},
    {"guard_bomber_managed_to_blow_himself_up_quetta", "تمكن انتحاري من تفجير نفسه قرب مقر للشرطة في كويتا.", "ASSAULT",
     "1831", "PAK/*", nullptr},
    {"guard_bomber_did_not_succeed_in_blowing_himself_up", "لم ينجح انتحاري في تفجير نفسه قرب مقر الشرطة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_police_did_not_succeed_in_arresting_church_attacker", "لم تنجح الشرطة في اعتقال منفذ الهجوم على الكنيسة.",
     nullptr, nullptr, nullptr, nullptr, "COERCE"},
    {"guard_gunmen_failed_to_storm_prison_nigeria", "فشل مسلحون في اقتحام سجن في شمال نيجيريا.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // 5. Disorders of the mind: no riot, and the act of the one they describe is read.
    {"man_with_mental_disorders_killed_his_mother_oran",
     "أقدم رجل يعاني من اضطرابات عقلية على قتل والدته في مدينة وهران.", "ASSAULT", "19", "DZA/*", nullptr, "PROTEST"},
    {"soldier_with_psychological_disorders_opened_fire_on_comrades_texas",
     "أقدم جندي يعاني من اضطرابات نفسية على إطلاق النار على زملائه في قاعدة عسكرية بولاية تكساس.", "ASSAULT", "19",
     "USA/MIL", nullptr, "PROTEST"},
    {"woman_with_mental_disorders_stabbed_policeman_munich",
     "أقدمت امرأة مصابة باضطرابات نفسية على طعن شرطي في محطة قطار بمدينة ميونيخ.", "ASSAULT", "182", "*/CVL", "*/COP",
     "PROTEST"},
    {"young_man_with_mental_illness_stabbed_policeman_hamburg",
     "قام شاب مصاب بمرض نفسي بطعن شرطي في محطة قطار بمدينة هامبورغ الألمانية.", "ASSAULT", "182", "DEU/CVL", "DEU/COP"},
    {"gaza_children_suffer_psychological_disorders", "يعاني آلاف الأطفال في غزة من اضطرابات نفسية بسبب الحرب.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_kenyan_capital_saw_wide_unrest_after_election_results",
     "شهدت العاصمة الكينية اضطرابات واسعة بعد إعلان نتائج الانتخابات.", "PROTEST", "145", nullptr, nullptr},
    // 5. (One attacker and the people of another noun, both civilians of one state, are two sides: a young man and
    // three people.)
    {"young_man_stabbed_three_people_in_shanghai_market", "طعن شاب ثلاثة أشخاص في سوق بمدينة شنغهاي.", "ASSAULT", "182",
     "CHN/CVL", "CHN/CVL"},
    // 4. (Moved from pending in session 45: the nationality after the noun phrase of downing that ends in the craft is
    // the target's.)
    {"houthis_succeeded_in_downing_us_drone_marib_target", "نجح الحوثيون في إسقاط طائرة مسيرة أمريكية فوق محافظة مأرب.",
     "ASSAULT", "19", "YEM/REB", "USA/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args43Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (The pending rows of a downed drone's nationality as its target and of a count before the verb of a clause after أن
// are read since session 45: they moved to kCases and kCounts.)

// (The pending no-event row, أصيب الرئيس السابق باضطرابات في النوم read as a wounding, gives no event since session 44: a
// disorder after أصيب بـ is an illness, flagged accident in triggers.tsv. Its row moved to coder_args44_test.)

}  // namespace
}  // namespace rasad
