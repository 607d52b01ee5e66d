// Readings found missing by the ninth independent gold set's error classes (session 54, helper indep), in wire-style
// sentences written for this table (none copied from a corpus or from the gold set), one class per block:
// 1. a suicide or attack drone (مسيرة انتحارية، مسيرات هجومية) is a weapon, as a loitering munition (مسيرة
//    انقضاضية) is: the adjective fixes the weapon sense of مسيرة, which is otherwise a march (PROTEST) and whose
//    adjective was read as a suicide bomber (UAF), the attack's source;
// 2. "opened the fire of their weapons" (فتحت الشرطة نيران أسلحتها على، فتحوا النيران على) is an opening of fire,
//    as فتح النار على;
// 3. military vehicles (ناقلة جند، عربة مدرعة، جرافة عسكرية) hit by an attack stand for the force that owns them,
//    as آلية عسكرية and a military convoy do (lexicon/agents.tsv);
// 4. graduates (خريجو الجامعات) and the Maghreb's public-service staff (أعوان الصحة، أعوان التربية، أعوان البلديات)
//    are protesters of a sector (lexicon/agents.tsv);
// 5. a claim of responsibility with nothing after it closing its sentence (وأعلنت حركة الشباب مسؤوليتها.) gives the
//    attack told before it its doer (document_coder.cc ClaimedBefore);
// 6. the two sides of a clash follow بين past where it was fought (دارت اشتباكات في حي ... بمدينة ... بين الجيش
//    و...), not only within four words of it (code_trigger.cc).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent9.md and held by no other helper).
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Indep54Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep54Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A suicide or attack drone is a weapon, not a march, and its adjective is no suicide bomber.
    {"rsf_launched_suicide_drones_at_merowe_airport",
     "أطلقت قوات الدعم السريع مسيرات انتحارية على مطار مدينة مروي.", "ASSAULT", "1", "SDN/REB", nullptr, "PROTEST"},
    {"suicide_drone_fell_on_market_in_omdurman",
     "سقطت مسيرة انتحارية على سوق شعبي في أم درمان، ما أدى إلى مقتل خمسة مدنيين.", "ASSAULT", "1", "", "*/CVL",
     "PROTEST"},
    {"suicide_drone_hit_town_hall_in_kosti",
     "أصابت مسيرة انتحارية مبنى البلدية في مدينة كوستي مساء الخميس.", "ASSAULT", "1", "", "SDN/GOV", "PROTEST"},
    {"guard_attack_drones_struck_oil_field",
     "قصفت مسيرات هجومية حقلاً نفطياً في ولاية غرب كردفان.", "ASSAULT", "1", nullptr, nullptr, "PROTEST"},
    {"guard_students_marched_peacefully_to_wilaya_seat",
     "خرج مئات الطلاب في مسيرة سلمية نحو مقر الولاية في مدينة سطيف.", "PROTEST", "14", nullptr, nullptr, "ASSAULT"},
    {"guard_drone_of_houthis_struck_ship",
     "استهدفت مسيرة حوثية سفينة شحن في خليج عدن.", "ASSAULT", "1", "YEM/*", nullptr, "PROTEST"},
    // 2. The fire of their weapons opened on someone.
    {"police_opened_fire_of_their_weapons_on_protesters_in_kassala",
     "فتحت الشرطة نيران أسلحتها على محتجين في مدينة كسلا.", "ASSAULT", "1", "*/COP", "*/CVL"},
    {"navy_soldiers_opened_fire_of_their_weapons_on_fishing_boat",
     "فتح جنود البحرية نيران أسلحتهم على قارب صيد قبالة سواحل خان يونس.", "ASSAULT", "1", "*/MIL", "*/CVL"},
    {"gunmen_opened_fires_on_worshippers_leaving_mosque",
     "فتح مسلحون النيران على مصلين أثناء خروجهم من مسجد في ولاية زمفارا.", "ASSAULT", "1", "*/UAF", "*/*"},
    {"guard_soldiers_opened_fire_on_car_at_checkpoint",
     "فتح جنود النار على سيارة مدنية عند حاجز قرب قلقيلية.", "ASSAULT", "1", "*/MIL", "*/CVL"},
    // 3. A military vehicle hit stands for the force that owns it.
    {"qassam_fighters_destroyed_israeli_troop_carrier",
     "دمر مقاتلون من كتائب القسام ناقلة جند إسرائيلية شرق رفح.", "ASSAULT", "1", "PSE/*", "ISR/MIL"},
    {"bomb_hit_armoured_vehicle_of_nigerian_army_in_borno",
     "انفجرت عبوة ناسفة بعربة مدرعة تابعة للجيش النيجيري في ولاية بورنو.", "ASSAULT", "1", nullptr, "NGA/MIL"},
    {"hezbollah_targeted_israeli_military_bulldozer",
     "استهدف حزب الله جرافة عسكرية إسرائيلية قرب بلدة المطلة.", "ASSAULT", "1", "LBN/*", "ISR/MIL"},
    {"guard_ukrainian_forces_destroyed_russian_tank",
     "دمرت القوات الأوكرانية دبابة روسية قرب بلدة بوكروفسك.", "ASSAULT", "1", "UKR/MIL", "RUS/MIL"},
    // 4. Graduates and the Maghreb's public-service staff (أعوان الصحة، أعوان التربية، أعوان البلديات) are protesters of
    //    a sector, as job seekers, nurses, teachers and workers are.
    {"education_graduates_blocked_road_in_kut",
     "قطع خريجو كليات التربية الطريق العام وسط مدينة الكوت احتجاجاً على البطالة.", "PROTEST", "14", "IRQ/CVL",
     nullptr},
    {"oil_institute_graduates_sat_in_before_oil_ministry",
     "اعتصم خريجو معاهد النفط أمام مبنى وزارة النفط في بغداد.", "PROTEST", "14", "IRQ/CVL", nullptr},
    {"municipal_workers_struck_in_gabes",
     "أضرب أعوان البلديات في ولاية قابس عن العمل ثلاثة أيام.", "PROTEST", "14", "TUN/LAB", nullptr},
    {"school_staff_stood_in_protest_before_ministry_in_tunis",
     "نفذ أعوان التربية وقفة احتجاجية أمام مقر وزارة التربية بتونس العاصمة.", "PROTEST", "14", "TUN/EDU", nullptr},
    {"public_health_staff_of_hospital_struck",
     "أضرب أعوان الصحة العمومية بمستشفى الهادي شاكر عن العمل.", "PROTEST", "14", "*/HLH", nullptr},
    // 5. A claimant announcing its responsibility, with nothing after it, closing the sentence claims the attack told
    //    before it with no doer (in a clause joined by و, or in the sentence before).
    {"shabaab_announced_responsibility_for_car_bomb_that_killed_soldiers",
     "قتل أربعة جنود صوماليين بانفجار سيارة مفخخة قرب قاعدة عسكرية في بلدوين، وأعلنت حركة الشباب مسؤوليتها.",
     "ASSAULT", "1", "SOM/*", "SOM/MIL"},
    {"pakistani_taliban_announced_responsibility_in_next_sentence",
     "استهدف انفجار سيارة مفخخة قافلة للشرطة في مدينة بنو. وأعلنت حركة طالبان باكستان مسؤوليتها.", "ASSAULT", "1",
     "PAK/*", nullptr},
    {"guard_police_responsibility_for_investigation_is_no_claim",
     "قتل مسلحون ثلاثة مزارعين في ولاية بلاتو، وأعلنت الشرطة مسؤوليتها عن التحقيق.", "ASSAULT", "1", "*/UAF",
     nullptr},
    // 6. The two sides of a clash after بين past where it was fought (places, a quarter, no actor or event word).
    {"clashes_near_tinzaouaten_between_army_and_azawad_fighters",
     "دارت اشتباكات عنيفة قرب بلدة تينزاواتن الحدودية بين الجيش المالي ومقاتلي جبهة تحرير أزواد.", "ASSAULT", "1",
     "MLI/MIL", "MLI/*"},
    {"confrontations_in_quarter_of_geneina_between_rsf_and_masalit_gunmen",
     "اندلعت مواجهات مسلحة في حي الجبل بمدينة الجنينة بين قوات الدعم السريع ومسلحين من قبيلة المساليت.", "ASSAULT",
     "1", "SDN/REB", "SDN/*"},
    {"guard_clashes_in_area_between_two_towns_have_no_sides",
     "وقعت اشتباكات في المنطقة الواقعة بين مدينتي حلب وإدلب.", "ASSAULT", "1", "", ""},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep54Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing (classes of the ninth set not fixed this session and held by no other helper): a tank named by
// its model; a power station hit by a drone with no doer named. (A road blocked by a group that is no crowd word and the
// demanded act's object as a protest's target are read since session 55: coder_reads55_test.cc.)
const ProbeRow kPending[] = {
    {"suicide_drone_hit_power_station_in_kosti",  // (a hit on infrastructure with no doer named: no event at all)
     "أصابت مسيرة انتحارية محطة الكهرباء الرئيسية في مدينة كوستي فجر الأحد.", "ASSAULT", "1", nullptr, nullptr},
    // (The Russian forces' destroyed Leopard tank of Ukraine: read since session 57, its row in coder_actors57_test.)
};

class Indep54PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep54PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep54PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
