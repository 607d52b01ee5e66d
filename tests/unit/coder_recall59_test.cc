// Recall (session 59, recall): classes of event an analyst codes in any conflict's news that the coder missed, beside
// the other senses of the same words. Wire-style sentences written for this table (none copied from a corpus or a gold
// set), one class per block:
// 1. an aircraft shot down (أسقط with an aircraft as its object, the dual told by its case: طائرتين the object,
//    مقاتلتان the shooters; the verbal noun إسقاط with the dual): an attack with conventional military force (190);
//    guards: أسقط with a government, a charge, a nationality, a right or a bill as object is no attack;
// 2. an invasion (اجتاح، اجتياح، غزا) by armed forces: an attack (190, ASSAULT), not the holding of land (192);
//    guards: floods, a heat wave, a crowd, goods that sweep a place are no invasion;
// 3. a march that sets off (انطلق في مسيرة، انطلقت مسيرة) as a protest; guards: missiles, a campaign, a career
//    that "set off" are none;
// 4. crowds named by a condition or a bond (the disabled, mothers, female mourners) as the protest's doers, of the
//    state where they march; guards: mourners and a counted crowd in a capital, read before;
// 5. the protest's target after مطالبين باستقالة X and ضد الاحتلال (guards: read before).
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

class Recall59Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Recall59Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Aircraft shot down: the dual in the accusative is the object, in the nominative the shooters.
    {"syrian_air_defences_downed_two_israeli_reconnaissance_planes",
     "أسقطت الدفاعات الجوية السورية طائرتي استطلاع إسرائيليتين فوق هضبة الجولان.", "ASSAULT", "190", "SYR/MIL",
     "ISR/*"},
    {"two_french_fighters_downed_two_libyan_planes",
     "أسقطت مقاتلتان فرنسيتان طائرتين ليبيتين فوق شمال تشاد صباح اليوم.", "ASSAULT", "190", "FRA/MIL", "LBY/*"},
    {"the_indian_army_downed_two_pakistani_helicopters",
     "أسقط الجيش الهندي مروحيتين باكستانيتين قرب خط المراقبة في إقليم كشمير.", "ASSAULT", "190", "IND/MIL", "PAK/*"},
    {"iran_announced_downing_two_iraqi_fighters",
     "أعلنت إيران إسقاط مقاتلتين عراقيتين فوق مدينة الأهواز.", "ASSAULT", "190", "IRN/*", nullptr},
    {"guard_saudi_air_defences_downed_a_drone",
     "أسقطت الدفاعات الجوية السعودية طائرة مسيرة فوق مدينة جازان.", "ASSAULT", "19", "SAU/MIL", nullptr},
    {"guard_parliament_brought_down_the_government", "أسقط البرلمان الحكومة في تصويت على سحب الثقة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_the_court_dropped_the_charges", "أسقطت المحكمة التهم الموجهة إلى الناشط الحقوقي.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_the_authorities_stripped_an_opponent_of_his_nationality",
     "أسقطت السلطات الجنسية عن معارض بارز يقيم في الخارج.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_the_player_waived_his_right_to_appeal", "أسقط اللاعب حقه في الطعن على قرار الإيقاف.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    {"guard_congress_voted_down_the_bill", "أسقط الكونغرس مشروع القانون بأغلبية كبيرة.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},

    // 2. An invasion by armed forces is an attack.
    {"iraqi_forces_invaded_kuwait", "اجتاحت القوات العراقية الكويت فجر اليوم.", "ASSAULT", "190", "IRQ/MIL",
     "KWT/*"},
    {"the_israeli_army_overran_rafah", "اجتاح الجيش الإسرائيلي مدينة رفح بالدبابات والجرافات.", "ASSAULT", "190",
     "ISR/MIL", "PSE/*"},
    {"the_turkish_army_overran_a_syrian_town", "اجتاح الجيش التركي بلدة عفرين في شمال سوريا.", "ASSAULT", "190",
     "TUR/MIL", "SYR/*"},
    {"the_invasion_of_ukraine_by_russian_forces_began",
     "بدأ اجتياح القوات الروسية لأوكرانيا فجر اليوم من ثلاثة محاور.", "ASSAULT", "190", "RUS/MIL", "UKR/*"},
    {"guard_floods_swept_villages", "اجتاحت السيول عشرات القرى في ولاية كسلا.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_a_heat_wave_swept_southern_europe", "اجتاحت موجة حر شديدة جنوب أوروبا.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_protesters_stormed_parliament", "اجتاح المحتجون مبنى البرلمان في بغداد.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_chinese_goods_invaded_the_markets", "غزت المنتجات الصينية الأسواق العربية.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_the_minister_recalled_the_invasion_of_1982",
     "قال الوزير إن البلاد لن تنسى الاجتياح الإسرائيلي عام 1982.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},

    // 3. A march that sets off.
    {"guard_a_march_set_off_from_martyrs_square",
     "انطلقت مسيرة حاشدة من ساحة الشهداء في بيروت تطالب بالإفراج عن المعتقلين.", "PROTEST", "14", nullptr, nullptr},
    {"guard_protesters_set_off_in_a_march_to_the_palace",
     "انطلق آلاف المحتجين في مسيرة نحو القصر الرئاسي في الخرطوم مطالبين برحيل الحكومة.", "PROTEST", "14", "SDN/*",
     "SDN/*"},
    {"guard_a_demonstration_set_off_in_algiers", "انطلقت في الجزائر العاصمة تظاهرة حاشدة ضد النظام.", "PROTEST",
     "14", nullptr, nullptr},
    {"guard_missiles_set_off_from_south_lebanon", "انطلقت الصواريخ من جنوب لبنان باتجاه الجليل.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_the_election_campaign_set_off", "انطلقت الحملة الانتخابية في البلاد اليوم.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_the_president_set_off_on_a_long_political_career",
     "انطلق الرئيس في مسيرة سياسية طويلة بعد تخرجه من الجامعة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},

    // 4. Crowds named by a condition or a bond.
    {"disabled_people_set_off_in_a_march_in_beirut",
     "انطلق مئات المعوقين على كراسيهم المتحركة في مسيرة في شوارع بيروت.", "PROTEST", "14", "LBN/CVL", nullptr},
    {"mothers_of_the_missing_sat_in_before_the_government_in_beirut",
     "اعتصمت أمهات المفقودين أمام مقر الحكومة في بيروت.", "PROTEST", "14", "LBN/CVL", nullptr},
    {"female_mourners_chanted_against_the_occupation_in_nablus",
     "هتفت المشيعات بشعارات ضد الاحتلال في مدينة نابلس.", "PROTEST", "14", "PSE/CVL", "ISR/*"},
    {"guard_mourners_chanted_against_the_occupation_in_nablus",
     "هتف المشيعون بشعارات ضد الاحتلال خلال تشييع الشاب في مدينة نابلس.", "PROTEST", "14", "PSE/CVL", "ISR/*"},
    {"guard_hundreds_demonstrated_in_cairo", "تظاهر المئات في القاهرة مطالبين باستقالة الحكومة.", "PROTEST", "14",
     "EGY/CVL", "*/GOV"},

    // 5. The protest's target after مطالبين باستقالة and ضد الاحتلال.
    {"guard_thousands_in_tunis_demanded_the_prime_minister_resign",
     "تظاهر الآلاف في تونس مطالبين باستقالة رئيس الوزراء.", "PROTEST", "14", "TUN/CVL", "*/GOV"},
    {"guard_students_marched_against_the_occupation_in_hebron",
     "خرج الطلاب في مسيرة ضد الاحتلال في مدينة الخليل.", "PROTEST", "14", "PSE/*", "ISR/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Recall59Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
// (Rows read in session 62 moved to coder_pend62_test.cc.)
const ProbeRow kPending[] = {
    // 3. A peace march told indefinite (مسيرة سلام) is blocked by the "-" line of the peace process (مسيرة السلام): the
    //    matcher reads both alike, the article dropped; only the definite phrase is the process.
    {"dozens_set_off_in_a_peace_march_to_the_capital", "انطلق العشرات في مسيرة سلام نحو العاصمة.", "PROTEST", "14",
     nullptr, nullptr},
};

class Recall59PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Recall59PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Recall59PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
