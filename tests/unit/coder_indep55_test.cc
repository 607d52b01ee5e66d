// Readings found missing by the tenth independent gold set's error classes (session 55, helper indep; the set covers
// 2011-2020), in wire-style sentences written for this table (none copied from a corpus or from the gold set), one
// class per block:
// 1. the date ranges of the decade's actors: the Rapid Support Forces were a state force (MIL: under the security
//    service from 2013, legalised under the army in 2017) until their war on the army began on 2023-04-15, and are
//    REB from then on; a document with no date gets the open period, REB, as before (lexicon/actors/sudan.tsv);
// 2. Syria's armed opposition coalitions and brigades of 2012-2018, since dissolved or merged, were missing: the
//    Islamic Front (bare الجبهة الإسلامية only in documents about Syria), Liwa al-Tawhid, Suqour al-Sham, the Syria
//    Revolutionaries Front, the Army of Mujahideen, Fastaqim, the Yarmouk Martyrs Brigade and the Euphrates Shield
//    factions (lexicon/actors/syria.tsv);
// 3. an office holder's first period starts when the office did: Fayez al-Sarraj headed the Presidential Council
//    from the Skhirat agreement (2015-12-17), not from his arrival in Tripoli; a date before every period of a
//    person gave his last one ("former head", ELI);
// 4. طيران, an agent of no one ("aviation"), is the air force of the owner named right after it, as aircraft are: a
//    strike "of the aviation of X" after لـ (غارة لطيران الجيش السوري) or after a phrase of agency (من قبل طيران
//    الجيش السوري) is X's (trigger_arguments.cc ReadNounArguments, arguments.cc ByAgent). (Before, the place's
//    country stood in where the place was known, and an owner with a dictionary line was read whole: the guards.);
// 5. "the regime's forces" and its aircraft and artillery (قوات النظام، مروحيات النظام) are the Syrian army's in a
//    document about Syria dated before the regime's fall (lexicon/actors/syria.tsv, generic names @SYR); elsewhere,
//    and in an undated document (read as today's), they stayed forces of no country (since session 56, an undated
//    document about Syria reads them as Assad's army, no living force being so called: coder_actors56_test).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent10.md and held by no other helper).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/dated_row_support.h"

namespace rasad {
namespace {

using testing::DatedRow;

class Indep55Test : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep55Test, CodesTypeSourceAndTargetOnItsDate) { testing::ExpectDatedRow(GetParam()); }

const DatedRow kCases[] = {
    // 1. The RSF: a state force before 2023-04-15, rebels after it.
    {"rsf_fired_on_protesters_in_omdurman_in_2019", "2019-06-10",
     "أطلقت قوات الدعم السريع الرصاص على محتجين في مدينة أم درمان.", "ASSAULT", "1", "SDN/MIL", "SDN/CVL"},
    {"rsf_attacked_villages_of_jebel_marra_in_2016", "2016-02-15",
     "هاجمت قوات الدعم السريع قرى في منطقة جبل مرة بدارفور.", "ASSAULT", "1", "SDN/MIL", nullptr},
    {"guard_rsf_shelled_el_fasher_in_2024", "2024-11-02", "قصفت قوات الدعم السريع أحياء في مدينة الفاشر.",
     "ASSAULT", "1", "SDN/REB", nullptr},
    {"guard_rsf_with_no_date_is_rebel", "", "قصفت قوات الدعم السريع أحياء في مدينة الأبيض.", "ASSAULT", "1",
     "SDN/REB", nullptr},
    // 2. Syria's opposition coalitions and brigades of 2012-2018.
    {"islamic_front_attacked_regime_positions_in_aleppo", "2014-02-01",
     "شنت الجبهة الإسلامية هجوماً على مواقع لقوات النظام في حلب.", "ASSAULT", "1", "SYR/REB", nullptr},
    {"liwa_tawhid_shelled_menagh_airbase", "2013-05-01", "قصف لواء التوحيد مطار منغ العسكري بقذائف الهاون.",
     "ASSAULT", "1", "SYR/REB", nullptr},
    {"suqour_al_sham_targeted_checkpoint_in_idlib", "2013-04-12",
     "استهدفت ألوية صقور الشام حاجزاً لقوات النظام في ريف إدلب الجنوبي.", "ASSAULT", "1", "SYR/REB", nullptr},
    {"syria_revolutionaries_front_clashed_with_nusra", "2014-10-28",
     "اندلعت اشتباكات بين جبهة ثوار سوريا وجبهة النصرة في جبل الزاوية.", "ASSAULT", "1", "SYR/REB", "SYR/REB"},
    {"euphrates_shield_factions_attacked_isis_south_of_al_rai", "2016-09-10",
     "هاجمت فصائل درع الفرات مواقع لتنظيم داعش جنوب بلدة الراعي.", "ASSAULT", "1", "SYR/REB", nullptr},
    {"yarmouk_martyrs_brigade_attacked_southern_front", "2015-12-01",
     "هاجم لواء شهداء اليرموك مواقع لفصائل الجبهة الجنوبية في حوض اليرموك.", "ASSAULT", "1", "SYR/REB", nullptr},
    {"guard_algerias_islamic_salvation_front_is_no_syrian_front", "1991-12-30",
     "اتهمت الجبهة الإسلامية للإنقاذ السلطات الجزائرية بتزوير الانتخابات.", "ACCUSE", "11", "DZA/PTY", nullptr},
    // 3. An office from its start: Sarraj in January 2016, before he reached Tripoli.
    {"sarraj_accused_haftar_forces_in_january_2016", "2016-01-20",
     "اتهم فايز السراج قوات حفتر بقصف أحياء سكنية في بنغازي.", "ACCUSE", "11", "LBY/GOV", nullptr},
    {"guard_sarraj_after_his_office_is_former_head", "2022-03-01",
     "اتهم فايز السراج قوات حفتر بقصف أحياء سكنية في بنغازي.", "ACCUSE", "11", "LBY/ELI", nullptr},
    // 4. The aviation of an owner named after it.
    {"raid_of_syrian_army_aviation_hit_convoy_near_border", "2016-05-01",
     "استهدفت غارة لطيران الجيش السوري قافلة للمسلحين قرب الحدود.", "ASSAULT", "19", "SYR/MIL", nullptr},
    {"isis_fighters_killed_in_raids_of_iraqi_army_aviation", "2016-03-01",
     "قتل عشرون مسلحاً من تنظيم داعش في غارات لطيران الجيش العراقي قرب الرطبة.", "ASSAULT", "1", "IRQ/MIL",
     nullptr},
    {"convoy_shelled_by_syrian_army_aviation", "2016-05-01",
     "قصفت قافلة للمسلحين قرب الحدود من قبل طيران الجيش السوري.", "ASSAULT", "19", "SYR/MIL", nullptr},
    {"guard_arsal_heights_shelled_by_lebanese_army_aviation", "2017-08-01",
     "قصفت مواقع للمسلحين في جرود عرسال من قبل طيران الجيش اللبناني.", "ASSAULT", "19", "LBN/MIL", nullptr},
    {"guard_raid_of_coalition_aircraft_hit_fuel_truck", "2018-05-10",
     "استهدفت غارة لطائرات التحالف العربي شاحنة وقود في محافظة الجوف.", "ASSAULT", "19", "SAU/MIL", nullptr},
    // 5. The regime's forces in Syria's war.
    {"regime_forces_shelled_andan_near_aleppo", "2013-06-01", "قصفت قوات النظام بلدة عندان قرب حلب.", "ASSAULT", "19",
     "SYR/MIL", nullptr},
    {"regime_helicopters_dropped_barrels_on_nawa", "2014-03-01",
     "ألقت مروحيات النظام براميل متفجرة على بلدة نوى في ريف درعا.", "ASSAULT", "19", "SYR/MIL", nullptr},
    // (Pending until session 60, whose arg15b joins a group noun to a titled ruler's mention: أنصار الرئيس المخلوع X.)
    {"supporters_of_deposed_president_bashir_demonstrated", "2024-05-10",
     "تظاهر المئات من أنصار الرئيس المخلوع عمر البشير.", "PROTEST", "14", "SDN/CVL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep55Test, ::testing::ValuesIn(kCases),
                         testing::DatedRowName);

// Readings still missing (classes of the tenth set not fixed this session and held by no other helper; the supporters
// of an office holder named with an adjective of his fall, المخلوع، المعزول, are read since session 60): the
// aviation of an owner as the doer of a relative clause (غارة شنها طيران قوات حفتر), and the coalition's bare name
// after لـ in a document placed only by a province (غارة لطيران التحالف ... في محافظة مأرب); a group named after ما
// يعرف بـ; a chant against someone after a crowd's verb of moving (تدفق ... وهتفوا ضد); an army's attack on "the
// army's positions" lost. (The regime's forces in Libya's war of 2011 and in an undated document about Syria,
// Khartoum's Burri quarter read as Brea, USA, and a leader after بقيادة taken for the target were pending here and
// are read since session 56: coder_actors56_test.)
const DatedRow kPending[] = {
    {"seven_hurt_in_raid_by_aviation_of_haftar_forces", "2024-05-10",
     "أصيب سبعة أشخاص في غارة شنها طيران قوات حفتر على بلدة غريان.", "ASSAULT", "1", "LBY/MIL", nullptr},
    {"raid_of_the_coalitions_aviation_hit_car_in_marib", "2018-05-10",
     "استهدفت غارة لطيران التحالف سيارة في محافظة مأرب.", "ASSAULT", "1", "SAU/MIL", nullptr},
    {"gunmen_of_what_is_known_as_ansar_bait_al_maqdis", "2013-09-10",
     "هاجم مسلحو ما يعرف بتنظيم أنصار بيت المقدس حاجزاً للجيش في رفح.", "ASSAULT", "1", "EGY/*", nullptr},
    {"army_of_conquest_attacked_the_armys_positions", "2015-05-10",
     "هاجم جيش الفتح مواقع للجيش قرب أريحا.", "ASSAULT", "1", "SYR/REB", "*/MIL"},
};

class Indep55PendingTest : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep55PendingTest, IsStillAGap) { testing::ExpectDatedRowStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep55PendingTest, ::testing::ValuesIn(kPending),
                         testing::DatedRowName);

}  // namespace
}  // namespace rasad
