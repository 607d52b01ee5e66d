// Readings found missing by the twelfth independent gold set's error classes (session 57, helper indep; the set covers
// 1990-1999 and protest reporting), in wire-style sentences written for this table (none copied from a corpus or from
// the gold set), one class per block:
// 1. Sudan's second civil war (1983-2005) with its dates (lexicon/actors/sudan.tsv, people.tsv): the SPLM/A were coded
//    South Sudanese (SSD) from 1983, a country that did not exist before 2011; an analyst codes them Sudanese rebels
//    (SDN REB) until the CPA (2005-07-09), and John Garang with them. The war's other bodies were missing: SPLA-Nasir
//    and the South Sudan Independence Movement (Riek Machar's split of 1991, with his periods to 2011), the South
//    Sudan Defence Forces of the Khartoum agreement (1997-2006), the National Islamic Front, the junta of 1989-1993
//    (مجلس قيادة ثورة الإنقاذ الوطني) and the opposition's National Democratic Alliance.
// 2. Heads of state and government and armed leaders of the conflicts of 1990-1999 (people.tsv, one line per period):
//    Najibullah, Rabbani and Hekmatyar's 1992-1996 periods (Afghanistan); Aidid and Ali Mahdi (Somalia); Chadli,
//    Boudiaf, Ali Kafi and Zeroual (Algeria); Rabin and Peres's offices of 1992-1996 (Israel); Abbas al-Musawi, Elias
//    Hrawi and Michel Aoun's military government of 1988-1990 (Lebanon); Ali Salem al-Beidh (Yemen, 1990-1994).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent12.md and held by no other helper).
// Class 1 needed a code change as well: a person's organisation was taken in its latest period whatever the
// person's own (Lexicon::FindActorOn now reads it at the start of the person's line, so قوات جون قرنق in 1994 are the
// SPLA of the war, and a commander of the RSF before 2019 its state period).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/dated_row_support.h"

namespace rasad {
namespace {

using testing::DatedRow;

class Indep57Test : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep57Test, CodesTypeSourceAndTargetOnItsDate) { testing::ExpectDatedRow(GetParam()); }

const DatedRow kCases[] = {
    // 1. Sudan's second civil war, 1983-2005.
    {"spla_fighters_attacked_an_army_garrison_in_1995", "1995-03-10",
     "هاجم مقاتلو الجيش الشعبي لتحرير السودان حامية للجيش السوداني قرب مدينة توريت.", "ASSAULT", "1", "SDN/REB",
     "SDN/MIL"},
    {"splm_fighters_ambushed_a_convoy_in_1988", "1988-11-02",
     "نصب مسلحو الحركة الشعبية لتحرير السودان كميناً لقافلة عسكرية على طريق جوبا.", "ASSAULT", "1", "SDN/REB",
     nullptr},
    {"garangs_forces_shelled_a_town_in_1994", "1994-02-15", "قصفت قوات جون قرنق مدينة كبويتا في الجنوب.", "ASSAULT",
     "1", "SDN/REB", nullptr},
    {"machars_forces_clashed_with_garangs_in_1992", "1992-10-01",
     "اشتبكت قوات رياك مشار مع مقاتلي جون قرنق قرب بلدة أيود.", "ASSAULT", "1", "SDN/REB", "SDN/REB"},
    {"the_independence_movement_attacked_spla_positions_in_1995", "1995-06-01",
     "هاجمت حركة استقلال جنوب السودان مواقع للجيش الشعبي في أعالي النيل.", "ASSAULT", "1", "SDN/REB", "SDN/REB"},
    {"the_south_sudan_defence_forces_clashed_with_the_spla_in_1999", "1999-05-01",
     "اشتبكت قوات دفاع جنوب السودان مع مقاتلي الجيش الشعبي في ولاية الوحدة.", "ASSAULT", "1", "SDN/MIL", "SDN/REB"},
    {"the_national_islamic_front_marched_against_sanctions_in_1997", "1997-11-05",
     "نظمت الجبهة الإسلامية القومية مسيرة في الخرطوم تنديداً بالعقوبات الأمريكية.", "PROTEST", "14", "SDN/PTY",
     nullptr},
    {"students_demonstrated_against_the_junta_in_1990", "1990-04-10",
     "تظاهر مئات الطلاب في شوارع الخرطوم ضد مجلس قيادة ثورة الإنقاذ الوطني.", "PROTEST", "14", nullptr, "SDN/GOV"},
    {"the_national_democratic_alliance_attacked_in_the_east_in_1997", "1997-01-15",
     "هاجمت قوات التجمع الوطني الديمقراطي السوداني مواقع للجيش قرب كسلا.", "ASSAULT", "1", "SDN/OPP", nullptr},
    {"guard_the_spla_in_abyei_in_2008", "2008-05-20",
     "اشتبك الجيش الشعبي لتحرير السودان مع القوات المسلحة السودانية في أبيي.", "ASSAULT", "1", "SSD/MIL", "SDN/MIL"},
    {"guard_the_south_sudanese_army_in_2020", "2020-03-01",
     "اشتبكت قوات دفاع شعب جنوب السودان مع مسلحين في ولاية جونقلي.", "ASSAULT", "1", "SSD/MIL", nullptr},
    {"guard_algerias_rnd_demonstrated_in_1998", "1998-02-01",
     "نظم التجمع الوطني الديمقراطي مسيرة في العاصمة الجزائرية ضد الإرهاب.", "PROTEST", "14", "DZA/PTY", nullptr},

    // 2. Leaders in office in 1990-1999.
    {"najibullahs_forces_shelled_the_mujahideen_in_1990", "1990-03-07",
     "قصفت قوات الرئيس نجيب الله مواقع المجاهدين حول جلال آباد.", "ASSAULT", "1", "AFG/*", nullptr},
    {"rabbanis_forces_shelled_hekmatyars_positions_in_1994", "1994-01-15",
     "قصفت قوات برهان الدين رباني مواقع حكمتيار جنوب كابول.", "ASSAULT", "1", "AFG/*", "AFG/REB"},
    {"aidids_fighters_shelled_a_peacekeepers_base_in_1993", "1993-06-05",
     "قصف مقاتلو محمد فارح عيديد مقر القوات الباكستانية في مقديشو.", "ASSAULT", "1", "SOM/*", nullptr},
    {"ali_mahdis_militias_clashed_with_aidids_in_1992", "1992-01-10",
     "اشتبكت ميليشيات علي مهدي محمد مع مقاتلي عيديد في شمال مقديشو.", "ASSAULT", "1", "SOM/*", "SOM/*"},
    {"a_lieutenant_assassinated_boudiaf_in_1992", "1992-06-29",
     "اغتال ملازم في الحرس الرئاسي الرئيس محمد بوضياف في عنابة.", "ASSAULT", "1", nullptr, "DZA/GOV"},
    {"gunmen_fired_on_zerouals_motorcade_in_1996", "1996-05-02", "أطلق مسلحون قذائف على موكب اليمين زروال قرب البليدة.",
     "ASSAULT", "1", nullptr, "DZA/GOV"},
    {"guard_crowds_demonstrated_against_chadli_in_1991", "1991-06-01",
     "تظاهر الآلاف في الجزائر العاصمة ضد الرئيس الشاذلي بن جديد.", "PROTEST", "14", nullptr, "DZA/GOV"},
    {"guard_settlers_demonstrated_against_rabin_in_1994", "1994-03-20",
     "تظاهر آلاف المستوطنين في القدس ضد رئيس الوزراء إسحاق رابين.", "PROTEST", "14", nullptr, "ISR/GOV"},
    {"guard_israelis_demonstrated_against_peres_in_1996", "1996-03-05", "تظاهر آلاف الإسرائيليين في تل أبيب ضد شمعون بيريز.",
     "PROTEST", "14", nullptr, "ISR/GOV"},
    {"helicopters_killed_abbas_musawi_in_1992", "1992-02-16",
     "قتلت مروحيات إسرائيلية عباس الموسوي في جنوب لبنان.", "ASSAULT", "1", "ISR/MIL", "LBN/REB"},
    {"guard_gunmen_fired_on_hrawis_motorcade_in_1990", "1990-01-20",
     "أطلق مسلحون النار على موكب الرئيس إلياس الهراوي في بيروت.", "ASSAULT", "1", nullptr, "LBN/GOV"},
    {"aouns_forces_shelled_syrian_positions_in_1989", "1989-03-14", "قصفت قوات ميشال عون مواقع سورية في بيروت الغربية.",
     "ASSAULT", "1", "LBN/MIL", nullptr},
    {"beidhs_forces_shelled_army_positions_in_1994", "1994-05-30",
     "قصفت قوات علي سالم البيض مواقع الجيش قرب مأرب.", "ASSAULT", "1", "YEM/*", nullptr},
    {"guard_saddams_forces_shelled_a_city_in_1991", "1991-03-12", "قصفت قوات صدام حسين أحياء مدينة النجف.", "ASSAULT",
     "1", "IRQ/*", nullptr},
    // (Pending until session 60, whose arg15b joins a group noun to a titled ruler's mention: قوات الرئيس X.)
    {"forces_of_the_president_named_by_his_full_name", "1994-01-15",
     "قصفت قوات الرئيس برهان الدين رباني مواقع المعارضين جنوب كابول.", "ASSAULT", "1", "AFG/*", nullptr},
    // (Pending until session 63, whose src17 gives a protest with no doer read the protesters of the state where it
    // takes place: the crowd counted with نحو is still not read, the place gives its state.)
    {"about_fifty_thousand_moroccans_gathered", "",
     "احتشد نحو خمسين ألف مغربي في الرباط تضامناً مع الشعب العراقي.", "PROTEST", "14", "MAR/*", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep57Test, ::testing::ValuesIn(kCases),
                         testing::DatedRowName);

// Readings still missing (classes of the twelfth set not fixed this session and held by no other helper; the set's
// acts inside a protest told elsewhere, its fronted قبل أشهر, its crowds whose country is only in the place and its
// هاجم read as a verbal attack are counted in events_independent12.md: the first two are "no event", which a row of
// this shape cannot state, and sentences of our own of the last two were read right, so their exact reading is not
// isolated yet; forces of a president named by title and full name, قوات الرئيس برهان الدين رباني, are read since
// session 60): a light verb واصل with a verbal
// noun carrying a possessive pronoun (واصلت ... قصفها); a counted subject after its verb read as the object (خطف
// خمسة مسلحين طائرة); the Republican Guard with no country, placed by a city; بدأ with a verbal noun (بدأت
// الطائرات قصف); ظل with an imperfect (ظلت ... تقصف). (A crowd counted with نحو and a singular nationality noun,
// احتشد نحو خمسين ألف مغربي, is coded since session 63 by the place's state, its row moved to kCases.)
const DatedRow kPending[] = {
    {"artillery_continued_its_shelling", "", "واصلت المدفعية السورية قصفها لأحياء المدينة.", "ASSAULT", "1", "SYR/MIL",
     nullptr},
    {"five_gunmen_hijacked_an_airliner", "", "اختطف خمسة مسلحين طائرة ركاب هندية بعد إقلاعها.", "ASSAULT", "1",
     "*/UAF", "IND/*"},
    {"the_republican_guard_shelled_an_iraqi_city", "1991-03-10",
     "قصفت قوات الحرس الجمهوري أحياء في مدينة الناصرية.", "ASSAULT", "1", "IRQ/MIL", nullptr},
    {"french_jets_began_shelling_rebels", "", "بدأت الطائرات الفرنسية قصف مواقع المتمردين شمال البلاد.", "ASSAULT", "1",
     "FRA/MIL", nullptr},
    {"the_artillery_kept_shelling_the_town", "", "ظلت المدفعية تقصف المدينة طوال الليل.", "ASSAULT", "1", nullptr,
     nullptr},
};

class Indep57PendingTest : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep57PendingTest, IsStillAGap) { testing::ExpectDatedRowStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep57PendingTest, ::testing::ValuesIn(kPending),
                         testing::DatedRowName);

}  // namespace
}  // namespace rasad
