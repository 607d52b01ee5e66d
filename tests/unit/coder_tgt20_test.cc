// Targets of protests and attacks (session 66): the shapes of Arabic news in which the coder left a protest or an
// attack with no target, or took a place for it, beside the nearby shapes that must not change. Wire-style sentences
// written for this table (none copied from a corpus or a gold set):
// 1. a place of worship after a word of place (قرب مسجد، أمام الضريح) is where a crowd gathers, not whom it addresses;
//    an embassy or a government building there still is;
// 2. a government named in a protest's demand (محاسبة الوزراء) is the protesters' state's own: the demand is still
//    aimed at that state's government; a company named there is not;
// 3. a word of chanting whose بـ tells what is chanted for (هاتفين برحيل الحكومة، هتافات بإسقاط الحكومة) is a
//    demand of removal, aimed at the one to be removed;
// 4. the dead counted alone after an attack told with no one hit (فض اعتصام: عشرات القتلى) are the place's people;
//    after an attack that names whom it hit they stay its toll;
// 5. party offices by the broken plural مقار, and cargo ships (ناقلة بضائع، سفينة بضائع), as objects of attacks and
//    riots;
// 6. a clash's first side qualified by an adjective (بين شبان غاضبين والشرطة) is still listed with the second.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they protect.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Tgt20Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt20Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A place of worship is where the crowd gathers.
    {"sit_in_near_a_mosque_in_cairo_against_arrests",
     "اعتصم المئات من أنصار الحزب قرب مسجد النور في القاهرة رفضا لاعتقال عدد من الناشطين", "PROTEST", "14", nullptr,
     "EGY/GOV"},
    {"worshippers_massed_near_a_shrine_in_karbala_demanding_the_detainees_release",
     "احتشد مئات المصلين قرب ضريح الإمام في كربلاء مطالبين بالإفراج عن المعتقلين", "PROTEST", "14", nullptr,
     "IRQ/GOV"},
    {"guard_protest_before_the_french_embassy_in_beirut", "تظاهر العشرات أمام السفارة الفرنسية في بيروت", "PROTEST",
     "14", "LBN/*", "FRA/*"},
    {"guard_protesters_gathered_before_the_governorate_building_in_basra",
     "تجمع محتجون أمام مبنى المحافظة في البصرة", "PROTEST", "14", "IRQ/*", "IRQ/GOV"},
    // 2. The state's own government named in the demand.
    {"road_blocked_in_nasiriyah_demanding_services_and_the_ministers_prosecution",
     "قطع محتجون طريقا رئيسيا في الناصرية مطالبين بتحسين الخدمات وملاحقة الوزراء الفاسدين قضائيا", "PROTEST", "14",
     "IRQ/*", "IRQ/GOV"},
    {"guard_demand_that_a_company_answer_is_aimed_at_the_company",
     "تظاهر العشرات في عمان مطالبين بمحاسبة إدارة شركة الكهرباء", "PROTEST", "14", "JOR/*", "JOR/BUS"},
    // 3. Chanting for a removal.
    {"thousands_in_rabat_chanting_for_the_government_to_fall",
     "خرج آلاف إلى شوارع الرباط مرددين هتافات بإسقاط الحكومة", "PROTEST", "14", "MAR/*", "MAR/GOV"},
    {"guard_crowd_in_tunis_chanting_for_the_government_to_go_over_an_activists_death",
     "تجمع مئات في وسط تونس هاتفين برحيل الحكومة، احتجاجا على وفاة الناشط بعد اعتقاله", "PROTEST", "14", "TUN/*",
     "TUN/GOV"},
    // 4. The dead counted alone after an attack told with no one hit.
    {"sit_in_dispersed_dozens_dead_by_security_fire_in_giza",
     "فض اعتصام ميدان النهضة: عشرات القتلى برصاص الأمن في الجيزة", "ASSAULT", "", nullptr, "EGY/CVL"},
    {"guard_car_bomb_near_a_police_station_its_toll_is_its_own",
     "انفجرت سيارة مفخخة قرب مركز للشرطة في كركوك ما خلف ستة قتلى", "ASSAULT", "", nullptr, "IRQ/COP"},
    // 5. Party offices by مقار; cargo ships.
    {"protesters_burnt_the_parties_offices_in_kut", "أحرق محتجون مقار الأحزاب في مدينة الكوت", "PROTEST", "145",
     "IRQ/*", "IRQ/PTY"},
    {"guard_protesters_stormed_the_baath_party_offices", "اقتحم متظاهرون غاضبون مقار حزب البعث في دمشق", "PROTEST",
     "145", nullptr, "SYR/PTY"},
    {"drone_targeted_a_cargo_tanker_off_yemen", "استهدفت طائرة مسيرة ناقلة بضائع قبالة سواحل اليمن", "ASSAULT", "",
     nullptr, "*/BUS"},
    {"missile_hit_a_cargo_ship_in_the_red_sea", "أصاب صاروخ سفينة بضائع في البحر الأحمر", "ASSAULT", "", nullptr,
     "*/BUS"},
    // 6. A clash's first side qualified by an adjective before the second (بين شبان غاضبين والشرطة).
    {"clashes_between_angry_youths_and_police_in_kasserine", "مواجهات بين شبان غاضبين والشرطة في القصرين", "PROTEST",
     "145", "TUN/*", "TUN/COP"},
    {"clashes_between_angry_students_and_security_forces_in_khartoum",
     "مواجهات بين طلاب غاضبين وقوات الأمن في الخرطوم", "PROTEST", "145", "SDN/*", "SDN/COP"},
    {"guard_clashes_between_the_youths_and_police_in_kasserine", "مواجهات بين الشبان والشرطة في القصرين", "PROTEST",
     "145", "TUN/*", "TUN/COP"},
    // 7. A dateline set off by two dots (الموصل..) opens the news as a colon does.
    {"mosul_dateline_teachers_strike_over_late_salaries", "الموصل.. معلمون يضربون عن العمل احتجاجا على تأخر الرواتب",
     "PROTEST", "143", nullptr, "IRQ/GOV"},
    // 8. A demand told by a finite verb joined by و to the protest (وطالبوا بتحسين الأجور), or a participle of
    // demanding after such a verb (وهتفوا مطالبين), names no addressee: it is the state's government's.
    {"sit_in_in_manama_and_they_demanded_better_wages", "اعتصم آلاف في المنامة وطالبوا بتحسين الأجور", "PROTEST", "14",
     "BHR/*", "BHR/GOV"},
    {"road_blocked_in_sohar_and_they_chanted_demanding_jobs", "سد المحتجون الطريق في صحار وهتفوا مطالبين بفرص عمل",
     "PROTEST", "14", "OMN/*", "OMN/GOV"},
    // 9. A headline's present verb describing its attack noun tells what it hit.
    {"roadside_bomb_targets_a_police_patrol_in_mosul", "عبوة ناسفة تستهدف دورية للشرطة في الموصل", "ASSAULT", "",
     nullptr, "IRQ/COP"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt20Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A headline's bomb and the present verb that tells whom it killed (عبوة ناسفة تقتل جنديين): the verb's object is
    // the bomb's target; a verb of killing is read as counting victims, not what was hit, and is left (the present
    // verb of hitting, تستهدف, is read in a headline).
    {"roadside_bomb_kills_two_soldiers_in_arish", "عبوة ناسفة تقتل جنديين في العريش", "ASSAULT", "", nullptr,
     "EGY/MIL"},
};

class Tgt20PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Tgt20PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Tgt20PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
