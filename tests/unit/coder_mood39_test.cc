// Event or no event, and the date of a scheduled one, session 39, on wire-style sentences written for these tables
// (none copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions,
// one class a block:
// 1. a work that tells a story with a verb of dealing or reviewing (يتناول الفيلم حصار ماريوبول، يستعرض الكتاب قصف
//    هيروشيما، تتناول المسرحية اعتقال المعارضين), or a book or memoirs that tell it (يروي الكتاب حصار سراييفو), reports
//    no event: what follows is the work's content;
// 2. history to the day: an anniversary (في مثل هذا اليوم من عام 1967، في مثل هذا اليوم قبل ثلاثين عاما), an event
//    dated years ago (قبل عشرين عاما اغتيل الحريري) or to a day of a year well before the news (في 14 فبراير 2005), or
//    placed in a named period long past (الانتفاضة الأولى، الانتفاضة الثانية) is history, no event of the news;
//    events of a few days or weeks ago, or of a day of this year, stay events;
// 3. the weekday of a scheduled event (المظاهرات المقررة يوم الأحد، القمة المرتقبة يوم الثلاثاء) is the coming one, while
//    a warning or a statement about it was made by the document's date (حذرت السفارة من المسيرات المرتقبة يوم السبت); two
//    years or months ago (قبل عامين، قبل شهرين) date the event to that year or month;
// 4. what a whole war or a blockade did (الحرب دمرت النظام الصحي، النزاع في الكونغو دمر مئات المدارس، أدى الحصار إلى
//    نقص الأدوية) is a consequence told as background, no dated attack; an act (القصف دمر عشرات المنازل) stays one;
// 5. a killing told in a relative clause with a recent date of its own after a funeral (شيع الآلاف جثمان الشاب الذي
//    قتل برصاص الشرطة أمس) is a real event; the funeral is no protest.
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// except those of the pending table, gaps found and not closed (they state the right reading).
// The document is dated Friday 2024-05-10.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/date_row_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 5. A recent killing told in a relative clause.
    {"idlib_villagers_buried_girl_killed_in_raid", "دفن أهالي القرية الطفلة التي قتلت في غارة جوية أمس على إدلب.", "ASSAULT", "1", nullptr, nullptr, "PROTEST"},
    // (Pending until session 42, whose verb right after a relative pronoun takes the noun it describes as subject: the
    // young man, the verb's victim, and the doer after برصاص.)
    {"funeral_youth_killed_by_police_yesterday", "شيع الآلاف جثمان الشاب الذي قتل برصاص الشرطة أمس.", "ASSAULT", "1", nullptr, nullptr, "PROTEST"},
    {"bamako_hostage_kidnapped_yesterday_released", "أطلق سراح الرهينة الذي خطف أمس في باماكو.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_president_visited_grave_journalist_2005", "زار الرئيس قبر الصحفي الذي اغتيل عام 2005.", "CONSULT", "04", nullptr, nullptr, "ASSAULT"},
    // 2. Recent events stay events.
    {"guard_khartoum_journalist_arrested_two_days_ago", "اعتقلت الشرطة صحفيا قبل يومين في الخرطوم.", "COERCE", "17", "*/COP", nullptr},
    {"guard_mali_soldiers_killed_two_weeks_ago", "قتل مسلحون خمسة جنود في مالي قبل أسبوعين.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_soldiers_killed_five_days_ago", "قتل ثلاثة جنود في هجوم قبل خمسة أيام.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_police_stormed_university_2_may_2024", "اقتحمت الشرطة الجامعة في 2 مايو 2024.", "ASSAULT", "1", "*/COP", nullptr},
    // 4. An act of war.
    {"guard_khan_younis_shelling_destroyed_houses", "القصف دمر عشرات المنازل في خان يونس.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_army_destroyed_rebel_arms_depot", "الجيش دمر مخزن أسلحة للمتمردين.", "ASSAULT", "1", "*/MIL", nullptr},
};

class Mood39Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood39Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood39Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences the coder does not yet give; each passes while the gap stays and fails once it
// is closed, so that the row moves to kCases.
const ProbeRow kPending[] = {
    // 5. قتله is read as one word (قتلة "killers" is written so), no verb with its object pronoun. (The killing in the
    //    relative clause after جثمان, الشاب الذي قتل برصاص الشرطة, is coded since session 42: kCases.)
    {"nablus_funeral_youth_killed_by_soldiers", "شيع المئات في نابلس جثمان الشاب الذي قتله الجنود الإسرائيليون أمس.", "ASSAULT", "1", "ISR/*", nullptr, "PROTEST"},
};

class Mood39PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood39PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood39PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Mood39NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood39NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    // 1. The story a work tells.
    {"book_tells_sarajevo_siege", "يروي الكتاب حصار سراييفو."},
    {"new_book_reviews_hiroshima_bombing", "يستعرض الكتاب الجديد قصف الطائرات الأمريكية لهيروشيما."},
    {"play_deals_with_arrests_in_syrian_prisons", "تتناول المسرحية اعتقال المعارضين في سجون النظام السوري."},
    {"new_film_deals_with_mariupol_siege", "يتناول الفيلم الجديد حصار ماريوبول."},
    {"exhibition_reviews_bahrain_arrests", "يستعرض المعرض اعتقال الناشطين في البحرين."},
    {"general_memoirs_tell_kuwait_invasion", "تروي مذكرات الجنرال اجتياح العراق للكويت."},
    {"guard_talks_dealt_with_halting_ship_attacks", "تناولت المحادثات بين الجانبين وقف الهجمات على السفن."},
    // 2. History to the day, years ago, or in a named period.
    {"this_day_1967_israel_occupied_east_jerusalem", "في مثل هذا اليوم من عام 1967 احتلت إسرائيل القدس الشرقية."},
    {"this_day_thirty_years_ago_rwanda_genocide", "في مثل هذا اليوم قبل ثلاثين عاما بدأت الإبادة الجماعية في رواندا."},
    {"twenty_years_ago_hariri_assassinated", "قبل عشرين عاما اغتيل رفيق الحريري في بيروت."},
    {"ten_years_ago_isis_stormed_mosul", "قبل عشر سنوات اقتحم تنظيم الدولة مدينة الموصل."},
    {"hariri_assassinated_14_february_2005", "في 14 فبراير 2005 اغتيل رئيس الوزراء اللبناني رفيق الحريري."},
    {"egypt_arrested_islamists_3_july_2013", "اعتقلت السلطات المصرية آلاف الإسلاميين في 3 يوليو 2013."},
    {"this_day_2011_tahrir_protest", "تظاهر الآلاف في مثل هذا اليوم من عام 2011 في ميدان التحرير."},
    {"this_day_last_year_ahli_hospital_bombed", "في مثل هذا اليوم من العام الماضي قصفت إسرائيل مستشفى المعمداني."},
    {"police_announced_arrest_five_years_ago", "أعلنت الشرطة أنها اعتقلت قبل خمس سنوات زعيم العصابة."},
    {"writer_joined_first_intifada_protests", "ولد الكاتب في غزة وشارك في مظاهرات الانتفاضة الأولى."},
    {"poet_arrested_in_second_intifada", "اعتقل الجيش الإسرائيلي الشاعر خلال الانتفاضة الثانية."},
    // 4. What a whole war or a blockade did.
    {"war_destroyed_sudan_health_system", "الحرب دمرت النظام الصحي في السودان."},
    {"msf_war_destroyed_sudan_health_system", "قالت منظمة أطباء بلا حدود إن الحرب دمرت النظام الصحي في السودان."},
    {"gaza_war_killed_35000", "الحرب في غزة قتلت أكثر من 35 ألف فلسطيني."},
    {"congo_conflict_destroyed_hundreds_of_schools", "النزاع في الكونغو دمر مئات المدارس."},
    {"ukraine_war_destroyed_dozens_of_hospitals", "الحرب في أوكرانيا دمرت عشرات المستشفيات."},
    {"gaza_blockade_caused_medicine_shortage", "أدى الحصار إلى نقص الأدوية في غزة."},
    {"taiz_blockade_caused_water_scarcity", "تسبب الحصار المفروض على تعز في شح المياه."},
    {"guard_yemen_war_left_millions_displaced", "الحرب في اليمن خلفت ملايين النازحين."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Mood39NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// 3. A sentence, an event of a PLOVER type in it, of any mood, and the date it must have.
using testing::DateRow;

const DateRow kDates[] = {
    {"opposition_skips_protests_scheduled_sunday", "لن تشارك المعارضة في المظاهرات المقررة يوم الأحد.", "PROTEST", "2024-05-12"},
    {"president_in_summit_expected_tuesday", "يشارك الرئيس في القمة المرتقبة يوم الثلاثاء في الرياض.", "CONSULT", "2024-05-14"},
    {"embassy_warned_of_marches_expected_saturday", "حذرت السفارة الأمريكية من المسيرات المرتقبة يوم السبت في بغداد.", "PROTEST", "2024-05-11"},
    // The warning itself was made by the document's date.
    {"embassy_warning_dated_by_the_document", "حذرت السفارة الأمريكية من المسيرات المرتقبة يوم السبت في بغداد.", "THREATEN", "2024-05-10"},
    // (A dual count of months or years ago has no figure before its unit.)
    {"iran_activists_arrested_two_years_ago", "اعتقلت قوات الأمن ناشطين قبل عامين في طهران.", "COERCE", "2022"},
    {"sanaa_journalist_kidnapped_two_months_ago", "اختطف مسلحون صحفيا في صنعاء قبل شهرين.", "ASSAULT", "2024-03"},
    {"guard_police_dispersed_protest_sunday", "فرقت الشرطة المظاهرة يوم الأحد في الجزائر.", "ASSAULT", "2024-05-05"},
    {"guard_president_intends_algiers_visit_next_week", "يعتزم الرئيس زيارة الجزائر الأسبوع المقبل.", "CONSULT", "2024-05-17"},
};

class Mood39DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Mood39DateTest, DatesTheEvent) { testing::ExpectDateRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood39DateTest, ::testing::ValuesIn(kDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
