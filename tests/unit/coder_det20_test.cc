// Set 20's detection misses, by class (session 66, det20): a protest or an attack told in a headline's or a wire's
// shape the coder did not read, or an attack read in a sum. Wire-style sentences written for this table (none copied
// from a corpus or a gold set), one class per block:
// 1. (pending) a nominal headline that opens with a count of people (آلاف، مئات الآلاف), then where the crowd stood,
//    a named Friday of protest, a march, or what it is against (ضد، رفضا، تنديدا): the rally;
// 2. crowds (حشود) with a purpose of protest after them: a rally, no build-up of forces;
// 3. protesters closing a border crossing, after the verb or opening a headline before it: a blockade protest;
// 4. a second complement (وإنّ) after the toll of a war or of an event that lasted days: counted over it, no event;
// 5. a supposition on the attackers' branch of a group (يعتقد أنهم من فرع ...): the attack is told as fact;
// 6. a headline's imperfect after a list joined by و, or after a count and its partitive من (المئات من العمال);
// 7. guards of each class; pending rows say what is still not read.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det20Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det20Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A count heading a headline with a word of protest purpose after it (احتجاجا على) is read already.
    {"tens_of_thousands_in_the_streets_of_rabat_against_prices",
     "الرباط: عشرات الآلاف في شوارع العاصمة احتجاجا على غلاء الأسعار", "PROTEST", "14", nullptr, nullptr},
    // 2. Crowds with a purpose of protest after them.
    {"crowds_in_a_square_protesting_price_rises", "حشود في ساحة الشهداء احتجاجا على رفع أسعار الوقود", "PROTEST", "14",
     nullptr, nullptr},
    {"crowds_before_an_embassy_condemning_an_insult", "الرباط: حشود أمام السفارة الفرنسية تنديدا بالإساءة للنبي",
     "PROTEST", "14", nullptr, nullptr},
    // 3. Protesters closing a border crossing.
    {"protesters_close_a_crossing_in_a_headline", "متظاهرون يغلقون معبر جابر الحدودي احتجاجا على الرسوم", "PROTEST",
     "144", nullptr, nullptr},
    {"protesters_closed_the_border_crossing", "أغلق محتجون المعبر الحدودي مع الجزائر لليوم الثالث", "PROTEST", "144",
     nullptr, nullptr},
    // 4. A second complement after the toll of a war or of an event that lasted days.
    {"schools_destroyed_after_the_toll_of_a_war",
     "قالت الوزارة إن حصيلة الحرب تجاوزت عشرة آلاف قتيل، وإن مئات المدارس دمرت", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"homes_demolished_after_the_toll_of_a_bombardment_that_lasted_weeks",
     "أعلن المكتب أن حصيلة القصف الذي استمر أسبوعين بلغت ثلاثمئة قتيل وأن مئات المنازل دمرت", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // 5. A supposition on the attackers' branch of a group is no modality of the attack.
    {"gunmen_believed_of_a_branch_of_al_qaeda_killed_herders",
     "ذكر سكان أن مسلحين يعتقد أنهم من فرع القاعدة في الصحراء قتلوا ستة رعاة", "ASSAULT", "1", nullptr, nullptr},
    // 6. A headline's imperfect after a list joined by و, or after a count and its partitive.
    {"the_army_and_the_militias_storm_a_town", "الجيش السوري والقوات الروسية يقتحمان بلدة في ريف إدلب", "ASSAULT", "1",
     "SYR/*", nullptr},
    {"hundreds_of_teachers_sit_in_before_the_ministry", "المئات من المعلمين يعتصمون أمام وزارة التربية في عمان",
     "PROTEST", "14", nullptr, nullptr},
    {"thousands_of_workers_demonstrate_in_casablanca", "آلاف من العمال يتظاهرون في الدار البيضاء", "PROTEST", "14",
     nullptr, nullptr},
    // (The people counted named by a word of no dictionary; a word with the article is no particle of negation.)
    {"dozens_of_the_roma_sit_in_before_the_town_hall", "العشرات من الغجر يعتصمون أمام مبنى البلدية في صوفيا",
     "PROTEST", "14", nullptr, nullptr},
    // 7. Guards.
    {"guard_thousands_in_displacement_camps", "غزة: آلاف في مخيمات النزوح بلا مأوى", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_thousands_in_a_city_to_welcome_a_team", "آلاف في القاهرة لاستقبال المنتخب", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_thousands_in_a_square_celebrating", "آلاف في ساحة المدينة يحتفلون بفوز المنتخب", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_thousands_of_pilgrims_on_a_mountain", "مكة: مئات الآلاف من الحجاج على صعيد عرفات", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_thousands_killed_in_the_streets", "قتل الآلاف في شوارع المدينة خلال الحرب", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_military_build_up_on_the_border", "حشود عسكرية تركية على الحدود مع سوريا", "MOBILIZE", "154", nullptr,
     nullptr},
    // A count or crowds opening a headline, then في and a square or a named Friday: a rally (session 67's crowd
    // headline).
    {"thousands_in_a_square_of_baghdad_against_corruption", "بغداد: آلاف في ساحة الفردوس ضد الفساد", "PROTEST", "14",
     nullptr, nullptr},
    {"hundreds_of_thousands_on_a_named_friday", "القاهرة: مئات الآلاف في جمعة الغضب", "PROTEST", "14", nullptr,
     nullptr},
    // Crowds opening a headline in a square (حشود في ساحة): a rally.
    {"crowds_in_a_square_with_no_purpose", "صنعاء: حشود في ساحة الجامعة", "PROTEST", "14", nullptr, nullptr},
    {"guard_crowds_in_a_square_with_no_purpose_stay_a_build_up", "حشود للجيش قرب الحدود الشرقية", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_the_authorities_close_a_crossing", "السلطات المصرية تغلق معبر رفح حتى إشعار آخر", "COERCE", "191", nullptr,
     nullptr},
    {"guard_homes_destroyed_after_a_strike_told_first",
     "قال الدفاع المدني إن الغارة أصابت حيا سكنيا، وإن عشرات المنازل دمرت", "ASSAULT", "1", nullptr, nullptr},
    {"guard_gunmen_believed_of_isis_killed_herders", "ذكر سكان أن مسلحين يعتقد أنهم من داعش قتلوا ستة رعاة",
     "ASSAULT", "1", nullptr, nullptr},
    {"guard_the_army_storms_a_town", "الجيش السوري يقتحم بلدة في ريف إدلب", "ASSAULT", "1", "SYR/*", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det20Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A count of people heading a headline of no verb, then where, on what Friday, in what march, or against what: not
    // read. A headline line of the counts (آلاف، مئات الآلاف) gated by the headline's shape read these rows, but the
    // count words' being trigger words at all (their roots cleared outside such headlines) lost protests after a verb
    // (تجمع الآلاف، شارك عشرات الآلاف في مسيرة، الآلاف يتظاهرون) in sets 8-19 and the seed: left for a reading that
    // makes no trigger of the counts.
    {"thousands_of_teachers_in_a_march_rejecting_a_decision",
     "عمان - آلاف المعلمين في مسيرة حاشدة رفضا لقرار الحكومة", "PROTEST", "14", nullptr, nullptr},
    {"hundreds_of_students_in_a_square_against_the_coup", "الخرطوم: المئات من الطلاب في ميدان الجامعة ضد الانقلاب",
     "PROTEST", "14", nullptr, nullptr},
    {"thousands_against_the_election_law", "بيروت: آلاف ضد قانون الانتخاب الجديد", "PROTEST", "14", nullptr, nullptr},
    // A verb of filling a square or the streets with people as its subject (ملأ آلاف ... الساحة): no line reads it; the
    // crowd_doer reading wants a word of protesters, and floods or smoke fill streets too (ملأت المياه الشوارع).
    {"thousands_of_supporters_filled_the_square", "ملأ آلاف من أنصار المعارضة الساحة الرئيسية في باماكو", "PROTEST",
     "14", nullptr, nullptr},
};

class Det20PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det20PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det20PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
