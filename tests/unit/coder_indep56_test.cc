// Readings found missing by the eleventh independent gold set's error classes (session 56, helper indep; the set covers
// 2000-2010 and analysis paragraphs), in wire-style sentences written for this table (none copied from a corpus or
// from the gold set), one class per block:
// 1. suicide bombers blowing themselves up with the subject between the verb and the reflexive pronoun: the verb stays
//    singular before a plural or dual subject (فجر ثلاثة مهاجمين أنفسهم، فجرت انتحاريتان أنفسهما). Only the singular
//    (فجر انتحاري نفسه) and the plural verb (فجروا أنفسهم) were listed; now coder/triggers.tsv has the VSO forms beside
//    the line that already did this for fighters giving themselves up (سلم عشرات المقاتلين أنفسهم);
// 2. Egypt's protest bodies of 2004-2010 (lexicon/actors/egypt.tsv, with dates): Kefaya by its full name, الحركة
//    المصرية من أجل التغيير (only حركة كفاية was listed, and the unread name's من أجل was taken for a purpose, making
//    the protest an intention), Youth for Change, the National Association for Change (2010), the Judges' Club, the
//    March 9 movement of university professors and the real-estate tax collectors' independent union (2008);
// 3. the marines named as forces (قوات مشاة البحرية، قوات المارينز) before their nationality (lexicon/agents.tsv):
//    the bare unit was listed, so قوات مشاة was read alone and the nationality went to the target.
// 4. the US-led coalition in Iraq (?التحالف@IRQ) was read only in the Multi-National Force's years (2004-05-15 to
//    2009-12-31): the invasion and CJTF-7 (from 2003-03-20) and United States Forces - Iraq (2010 to the withdrawal,
//    2011-12-18) were missing (lexicon/actors/world.tsv).
// 5. Gaza's Salafi-jihadi groups of 2006-2009 (lexicon/actors/palestine_israel.tsv): Jaysh al-Islam (bare only in a
//    document naming Palestine; elsewhere it is Syria's group of 2013 on), Jund Ansar Allah (read as the Houthis'
//    أنصار الله before) and Jaysh al-Umma.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent11.md and held by no other helper).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/dated_row_support.h"

namespace rasad {
namespace {

using testing::DatedRow;

class Indep56Test : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep56Test, CodesTypeSourceAndTargetOnItsDate) { testing::ExpectDatedRow(GetParam()); }

const DatedRow kCases[] = {
    // 1. Bombers blowing themselves up, the subject between the verb and أنفسهم or أنفسهما.
    {"four_attackers_blew_themselves_up_at_a_hotel_gate", "",
     "فجر أربعة مهاجمين أنفسهم عند مدخل الفندق في المدينة.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_two_women_bombers_blew_themselves_up_in_a_market", "",
     "فجرت انتحاريتان أنفسهما داخل سوق للخضار في البلدة.", "ASSAULT", "18", nullptr, nullptr},
    {"the_three_bombers_blew_themselves_up_at_a_police_post", "",
     "فجر الانتحاريون الثلاثة أنفسهم أمام مقر للشرطة.", "ASSAULT", "18", nullptr, "*/COP"},
    {"guard_one_attacker_blew_himself_up_at_a_police_post", "", "فجر مهاجم نفسه أمام مقر للشرطة.", "ASSAULT", "18",
     nullptr, "*/COP"},
    {"guard_bombers_who_blew_themselves_up_after_their_subject", "",
     "قال شهود إن ثلاثة انتحاريين فجروا أنفسهم في السوق المركزي.", "ASSAULT", "18", nullptr, nullptr},

    // 2. Egypt's protest bodies of 2004-2010.
    {"kefaya_by_its_full_name_stood_before_the_press_syndicate", "2005-12-12",
     "نظمت الحركة المصرية من أجل التغيير وقفة احتجاجية أمام مبنى نقابة الصحفيين في القاهرة.", "PROTEST", "14",
     "EGY/OPP", nullptr},
    {"youth_for_change_demonstrated_before_a_court", "2006-05-11",
     "تظاهر أعضاء حركة شباب من أجل التغيير أمام محكمة في وسط القاهرة.", "PROTEST", "14", "EGY/OPP", nullptr},
    {"the_national_association_for_change_stood_before_parliament", "2010-04-06",
     "نظمت الجمعية الوطنية للتغيير وقفة أمام مجلس الشعب للمطالبة بتعديل الدستور.", "PROTEST", "14", "EGY/OPP",
     nullptr},
    {"the_judges_club_sat_in_at_its_seat", "2006-05-01",
     "اعتصم أعضاء نادي القضاة المصري في مقر النادي احتجاجاً على إحالة قاضيين إلى التأديب.", "PROTEST", "14",
     "EGY/JUD", nullptr},
    {"the_march_9_professors_stood_at_cairo_university", "2008-03-09",
     "نظم أساتذة حركة 9 مارس لاستقلال الجامعات وقفة احتجاجية في جامعة القاهرة.", "PROTEST", "14", "EGY/EDU",
     nullptr},
    {"the_tax_collectors_union_struck_in_several_governorates", "2009-06-01",
     "أضرب أعضاء نقابة العاملين بالضرائب العقارية عن العمل في عدة محافظات.", "PROTEST", "14", "EGY/LAB", nullptr},
    {"guard_kefaya_by_its_short_name_in_tahrir", "2005-09-07", "نظمت حركة كفاية تظاهرة في ميدان التحرير ضد التوريث.",
     "PROTEST", "14", "EGY/OPP", nullptr},
    {"guard_april_6_members_before_the_lawyers_syndicate", "2009-04-06",
     "تظاهر أعضاء حركة شباب 6 أبريل أمام نقابة المحامين.", "PROTEST", "14", "EGY/OPP", nullptr},

    // 3. The marines named as forces, before their nationality.
    {"us_marine_forces_stormed_a_quarter", "2004-11-10",
     "اقتحمت قوات مشاة البحرية الأمريكية حياً في المدينة بعد منتصف الليل.", "ASSAULT", "1", "USA/MIL", nullptr},
    {"british_marine_forces_clashed_with_gunmen", "", "اشتبكت قوات المارينز البريطانية مع مسلحين قرب الميناء.",
     "ASSAULT", "1", "GBR/MIL", nullptr},
    {"guard_us_marines_shelled_gunmen", "", "قصفت مشاة البحرية الأمريكية مواقع المسلحين.", "ASSAULT", "1", "USA/MIL",
     nullptr},

    // 4. The US-led coalition in Iraq from the invasion to the withdrawal.
    {"coalition_jets_near_ramadi_in_2003", "2003-11-01", "قصفت طائرات التحالف مواقع للمسلحين قرب مدينة الرمادي في العراق.",
     "ASSAULT", "1", "USA/MIL", nullptr},
    {"coalition_forces_clashed_in_tikrit_during_the_invasion", "2003-04-10",
     "اشتبكت قوات التحالف مع مسلحين في مدينة تكريت العراقية.", "ASSAULT", "1", "USA/MIL", nullptr},
    {"coalition_aircraft_struck_in_diyala_in_2011", "2011-06-01",
     "قصفت طائرات التحالف مواقع للمسلحين في محافظة ديالى العراقية.", "ASSAULT", "1", "USA/MIL", nullptr},
    {"guard_coalition_forces_clashed_in_ramadi_in_2006", "2006-09-01",
     "اشتبكت قوات التحالف مع مسلحين في مدينة الرمادي العراقية.", "ASSAULT", "1", "USA/MIL", nullptr},

    // 5. Gaza's Salafi-jihadi groups of 2006-2009.
    {"gaza_jaysh_al_islam_attacked_an_israeli_checkpoint_in_2006", "2006-06-25",
     "هاجم مسلحو جيش الإسلام حاجزا إسرائيليا جنوب غزة.", "ASSAULT", "1", "PSE/REB", nullptr},
    {"guard_palestinian_jaysh_al_islam_attacked_an_army_post_in_2006", "2006-06-25",
     "هاجم مسلحو جيش الإسلام الفلسطيني موقعا للجيش الإسرائيلي قرب معبر كرم أبو سالم.", "ASSAULT", "1", "PSE/REB",
     nullptr},
    {"jund_ansar_allah_clashed_with_police_in_rafah", "2009-08-14",
     "اشتبك عناصر جند أنصار الله مع الشرطة في مدينة رفح.", "ASSAULT", "1", "PSE/REB", nullptr},
    {"jaysh_al_umma_fired_mortars_east_of_gaza", "2008-01-10",
     "أطلقت جماعة جيش الأمة قذائف هاون على موقع إسرائيلي شرق غزة.", "ASSAULT", "1", "PSE/REB", nullptr},
    {"guard_syria_jaysh_al_islam_shelled_the_army_in_2016", "2016-05-01",
     "قصف جيش الإسلام مواقع للجيش السوري في ريف دمشق.", "ASSAULT", "1", "SYR/REB", nullptr},
    {"guard_the_houthis_as_ansar_allah_attacked_in_saada", "2015-06-01",
     "هاجم مسلحو أنصار الله مواقع للجيش في محافظة صعدة.", "ASSAULT", "1", "YEM/REB", nullptr},
    // Soldiers as protesters with a demand after the verb (read since miss60; moved from the pending table).
    {"demobilised_soldiers_gathered_demanding_their_pay", "",
     "تجمع مئات من الجنود المسرحين أمام مقر الوزارة مطالبين بصرف رواتبهم.", "PROTEST", "14", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep56Test, ::testing::ValuesIn(kCases),
                         testing::DatedRowName);

// Readings still missing (classes of the eleventh set not fixed this session and held by no other helper): a protest
// held inside a university named bare or by a name the gazetteer lacks (the university, an EDU agent, takes the
// place of the event); a dome (قبة) blown up; a
// crowd gathering "a week after the assassination of" someone (بعد أسبوع على اغتيال: with مقتل it is read); bare
// جيش الإسلام in a document of 2007 placed only by Gaza's places, still Syria's group of 2013 on (a name of two
// actors where the date does not decide; with an Israeli place or side named it is Gaza's). (سار, "marched", as a protest
// verb and أمطر ... بالقذائف, "rained shells on", are read now: their rows moved to coder_reads57_test; a light verb with
// a count before its noun, شنت ... أكثر من عشرين غارة, since session 61: its row moved to coder_arg15_test.)
const DatedRow kPending[] = {
    {"students_demonstrated_inside_the_university", "", "تظاهر مئات الطلاب في الجامعة ضد رفع الرسوم الدراسية.",
     "PROTEST", "14", "*/EDU", nullptr},
    {"gunmen_blew_up_the_dome_of_a_shrine", "", "فجر مسلحون قبة ضريح في البلدة.", "ASSAULT", "1", "*/UAF", nullptr},
    // (Bare جيش الإسلام placed only by مدينة غزة in 2007: read since session 57, its row in coder_actors57_test.)
    {"a_crowd_gathered_a_week_after_an_assassination", "",
     "احتشد آلاف المواطنين في الساحة بعد أسبوع على اغتيال الناشط.", "PROTEST", "14", "*/CVL", nullptr},
};

class Indep56PendingTest : public ::testing::TestWithParam<DatedRow> {};

TEST_P(Indep56PendingTest, IsStillAGap) { testing::ExpectDatedRowStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep56PendingTest, ::testing::ValuesIn(kPending),
                         testing::DatedRowName);

}  // namespace
}  // namespace rasad
