// Readings found missing by the sixth independent gold set's error classes (session 51, helper indep), in wire-style
// sentences written for this table (none copied from a corpus or from the gold set), one class per block:
// 1. an installation blown up with the 3ms past فجر (فجر مسلحون أنبوبا للغاز، فجر مجهولون برجا لنقل الكهرباء): فجر
//    is "dawn" unless an object follows that is blown up, and pipelines, stations, towers, railways, wells, dams,
//    tunnels, depots and places of worship are such objects, as bridges and buildings were;
// 2. deaths with a non-human cause: a stampede (لقي ... مصرعهم في تدافع) is an accident; the wounded told in a
//    clause joined by و (لقي ستة مصرعهم وأصيب ١٥ آخرون في حادث سير) stand between the dead and the accident; and a
//    verb of killing or destroying joined by و or ف to a clause that opens with a verb and a disaster as its subject
//    (اجتاحت السيول ... فدمرت) has that subject too: no attack in any of them;
// 3. Sudan's processions (موكب جماهيري، مواكب شعبية، سيرت ... موكبا) are protest marches, a funeral's or a
//    president's motorcade is not;
// 4. job seekers and the unemployed (الباحثون عن عمل، العاطلون عن العمل) are civilians, not researchers;
// 5. federations of unions named generically (اتحاد النقابات، اتحاد العمال، الاتحاد العام للعمال، مؤتمر النقابات) are a
//    trade union body, the doer of the strike they hold;
// 6. guard and border posts (موقع حراسة، مخفر حدودي، نقطة حدودية) are, like positions, the military's of the state that
//    owns them.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent6.md and not fixed this session).
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::NoEventRow;
using testing::ProbeRow;

class Indep51Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep51Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. An installation blown up with the 3ms past فجر.
    {"gunmen_blew_up_gas_pipeline_anbar", "فجر مسلحون أنبوبا لنقل الغاز في محافظة الأنبار.", "ASSAULT", "18", "*/UAF",
     nullptr},
    {"isis_members_blew_up_power_tower_kirkuk", "فجر عناصر من تنظيم داعش برجا لنقل الكهرباء في ريف كركوك.", "ASSAULT",
     "18", "*/*", nullptr},
    {"unknown_men_blew_up_gas_line_north_sinai",
     "فجر مجهولون خط الغاز الواصل إلى الأردن في شمال سيناء.", "ASSAULT", "18",
     "*/UAF", nullptr},
    {"rebels_blew_up_railway_near_quetta",
     "فجر المتمردون سكة الحديد قرب مدينة كويتا.", "ASSAULT", "18", "*/*", nullptr},
    {"gunmen_blew_up_water_pumping_station", "فجر مسلحون محطة لضخ المياه جنوب العاصمة.", "ASSAULT", "18", "*/UAF",
     nullptr},
    {"guard_gunmen_blew_up_bridge", "فجر مسلحون مجهولون جسرا على الطريق الدولي.", "ASSAULT", "18", "*/UAF", nullptr},
    {"guard_dawn_convoy_reached_station",
     "فجر الأحد وصلت قافلة المساعدات إلى المحطة.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_journey_ended_at_dawn_at_station", "انتهت الرحلة فجر الاثنين في محطة القطارات.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    // 2. Deaths with a non-human cause: no attack.
    {"nine_killed_in_stampede_at_stadium_gate", "لقي ٩ أشخاص مصرعهم في تدافع عند بوابة ملعب لكرة القدم في العاصمة.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"twenty_pilgrims_killed_in_stampede", "قتل ٢٠ حاجا في تدافع خلال رمي الجمرات.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"six_killed_fifteen_hurt_in_road_accident",
     "لقي ٦ أشخاص حتفهم وأصيب ١٥ آخرون في حادث سير على الطريق الصحراوي.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"four_workers_killed_dozens_hurt_in_building_collapse",
     "لقي ٤ عمال مصرعهم وأصيب العشرات في انهيار مبنى قيد الإنشاء.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"floods_swept_villages_and_destroyed_houses",
     "اجتاحت السيول قرى الإقليم فدمرت عشرات المنازل.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_five_soldiers_killed_three_hurt_in_attack_by_gunmen",
     "لقي ٥ جنود مصرعهم وأصيب ثلاثة آخرون في هجوم شنه مسلحون على حاجز للجيش.", "ASSAULT", "1", nullptr, "*/MIL"},
    {"guard_earthquake_then_gunmen_killed_relief_workers",
     "ضرب زلزال المنطقة أمس، وقتل مسلحون ثلاثة من عمال الإغاثة في اليوم التالي.", "ASSAULT", "1", "*/UAF", nullptr},
    {"guard_gunmen_stormed_village_and_killed_five",
     "هاجم مسلحون القرية وقتلوا خمسة من سكانها.", "ASSAULT", "1", "*/UAF",
     nullptr},
    // 3. Sudan's processions.
    {"resistance_committees_ran_procession_to_palace", "سيرت لجان المقاومة موكبا إلى القصر الجمهوري في الخرطوم.",
     "PROTEST", "14", nullptr, nullptr},
    {"popular_processions_set_out_in_several_towns", "انطلقت مواكب شعبية في مدن سودانية عدة للمطالبة بالحكم المدني.",
     "PROTEST", "14", nullptr, nullptr},
    {"guard_hundreds_buried_poet_in_solemn_procession", "شيع المئات جثمان الشاعر في موكب مهيب.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_presidents_motorcade_passed", "مر موكب الرئيس في شارع النيل وسط إجراءات أمنية مشددة.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // 4. Job seekers and the unemployed.
    {"job_seekers_sat_in_before_governorate_gafsa", "اعتصم العشرات من الباحثين عن عمل أمام مقر الولاية في قفصة.",
     "PROTEST", "14", "*/CVL", nullptr},
    {"unemployed_demonstrated_before_jordanian_parliament",
     "تظاهر عاطلون عن العمل أمام مجلس النواب الأردني.", "PROTEST",
     "14", "*/CVL", nullptr},
    {"guard_researchers_demonstrated_before_ministry",
     "تظاهر باحثون من جامعة بغداد أمام وزارة التعليم العالي.", "PROTEST",
     "14", "IRQ/EDU", nullptr},
    // 5. Federations of unions by their generic names.
    {"union_federation_in_chile_held_general_strike",
     "نفذ اتحاد النقابات في تشيلي إضرابا عاما احتجاجا على خفض الأجور.", "PROTEST", "14", "CHL/LAB", nullptr},
    {"guard_united_workers_federation_struck_against_pension_law",
     "أضرب اتحاد العمال الموحد في تشيلي عن العمل احتجاجا على قانون التقاعد.",
     "PROTEST", "14", "CHL/LAB", nullptr},
    {"general_confederation_of_labour_france_called_strike",
     "دعا الاتحاد العام للعمال في فرنسا إلى إضراب وطني.", "REQUEST",
     "02", "FRA/LAB", nullptr},
    {"guard_teachers_union_held_general_strike", "نفذت نقابة المعلمين إضرابا عاما في العاصمة.", "PROTEST", "14", "*/*",
     nullptr},
    {"guard_european_union_signed_agreement_no_strike",
     "وقع الاتحاد الأوروبي اتفاقا مع تونس.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    // 6. Guard and border posts: a state's are its military's.
    {"eritrean_soldiers_fired_on_ethiopian_guard_post", "أطلق جنود إريتريون النار على موقع حراسة إثيوبي قرب الحدود.",
     "ASSAULT", "19", "ERI/MIL", "ETH/MIL"},
    {"guard_drone_struck_jordanian_border_post",
     "استهدفت طائرة مسيرة موقعا حدوديا أردنيا شمال البلاد.", "ASSAULT", "19", nullptr,
     "JOR/MIL"},
    {"guard_artillery_shelled_border_point_of_afghan_army",
     "قصفت المدفعية نقطة حدودية تابعة للجيش الأفغاني.", "ASSAULT",
     "19", nullptr, "AFG/MIL"},
    // (Pending until session 53: the pronoun on the object of a verb of going on is the verb's subject.)
    {"doctors_in_france_continued_their_strike", "واصل الأطباء في فرنسا إضرابهم.", "PROTEST", "14", "*/HLH", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep51Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing (classes of the sixth set not fixed this session): a procession noun after شارك في; a
// protest's subject after a light verb when a phrase or a long name stands between it and the protest noun; a
// stabbing whose subject carries an age in decades; a ship that rams a boat.
const ProbeRow kPending[] = {
    {"thousands_joined_mass_procession_kassala", "شارك الآلاف في موكب جماهيري بمدينة كسلا رفضا للحرب.", "PROTEST", "14",
     nullptr, nullptr},
    {"employees_of_national_power_company_held_vigil",
     "نظم موظفو شركة الكهرباء الوطنية وقفة احتجاجية أمام مقر الشركة.", "PROTEST", "14", "*/LAB", nullptr},
    {"man_in_his_fifties_stabbed_three_at_bus_station",
     "طعن رجل في الخمسينات من عمره ثلاثة أشخاص بسكين في محطة للحافلات.", "ASSAULT", "18", "*/*", "*/CVL"},
    {"warship_rammed_fishing_boat", "صدمت سفينة حربية زورقا لصيادين قرب الجزر المتنازع عليها.", "ASSAULT", "18",
     nullptr, nullptr},
};

class Indep51PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep51PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep51PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Sentences that report no event but are still given one: a disaster subject of ضرب with the toll in a verb joined to
// it (ضرب إعصار ... وأودى بحياة: OtherSense's reading of block 2 does not reach it, while اجتاحت السيول ... فدمرت is
// read); a strike that an agreement ends. (The abduction told in a pluperfect clause of a release is read since
// session 52: its row is in coder_indep52_test.cc.)
const NoEventRow kPendingNoEvent[] = {
    {"cyclone_struck_bangladesh_and_killed_thirty",
     "ضرب إعصار قوي سواحل بنغلاديش ليل الأحد، وأودى بحياة ٣٠ شخصا ودمر آلاف المنازل."},
    {"agreement_with_teachers_union_ends_month_long_strike",
     "وقعت الحكومة اتفاقا مع نقابة المعلمين ينهي إضرابا استمر شهرا."},
};

class Indep51PendingNoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Indep51PendingNoEventTest, IsStillGivenAnEvent) { testing::ExpectStillGivenAnEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep51PendingNoEventTest, ::testing::ValuesIn(kPendingNoEvent),
                         [](const ::testing::TestParamInfo<NoEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
