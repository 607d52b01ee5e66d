// Guards for the speed work of session 48 (speedsplit48) on the split readings of FindTriggersAndCues: a trigger
// phrase split by its subject (SplitNounPhrase, asked after SubjectMayFollow), by a date alone (DateSplit) or by a
// machine of war with its nationality (MachineSubjectSplit). No reading changes: every row is a guard_ that passed
// before the change and must pass after it, its expectation written by hand from the Arabic. The near misses are
// sentences whose verb opens a split phrase but whose words after the subject continue none: no split, no event of
// the phrase's type.
// Each row is also coded after a long article of split phrases on the same worker, byte for byte as alone.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article of split phrases and near misses, coded by the same worker before and after each row.
constexpr const char* kLongArticle =
    "أطلق مسلحون مجهولون النار على حاجز للجيش قرب الموصل. "
    "وخرج عشرات الآلاف من المتظاهرين إلى الشوارع في بيروت احتجاجا على الغلاء. "
    "وخرج وزير الخارجية من الاجتماع دون أن يدلي بتصريح. "
    "وكانت الحكومة قد قطعت الشهر الماضي علاقاتها مع كاراكاس. "
    "وأسقطت طائرات أمريكية مساعدات غذائية على شمال غزة.";

const ProbeRow kRows[] = {
    // Gunmen opened fire on a police patrol in Baghdad: أطلق النار split by its indefinite subject, a fight with small
    // arms (193).
    {"guard_split_gunmen_opened_fire", "أطلق مسلحون النار على دورية للشرطة في بغداد.", "ASSAULT", "193", nullptr,
     nullptr},
    // The protesters took to the streets of Khartoum to demand civilian rule: نزل إلى الشوارع split by its subject, a
    // demonstration (141).
    {"guard_split_protesters_took_to_the_streets", "نزل المتظاهرون إلى الشوارع في الخرطوم للمطالبة بحكم مدني.",
     "PROTEST", "141", nullptr, nullptr},
    // Thousands of students went out into the streets of Algiers in protest: خرج إلى الشوارع split by a count and the
    // people counted.
    {"guard_split_thousands_of_students_went_out", "خرج آلاف الطلاب إلى الشوارع في الجزائر احتجاجا على قرار الحكومة.",
     "PROTEST", "14", nullptr, nullptr},
    // The authorities in Burkina Faso expelled three French diplomats: طرد ثلاثة دبلوماسيين split by the subject and
    // where it is; a break of diplomatic relations (161) by Burkina Faso.
    {"guard_split_authorities_in_burkina_faso_expelled_diplomats", "طردت السلطات في بوركينا فاسو ثلاثة دبلوماسيين فرنسيين.",
     "SANCTION", "161", "BFA/*", nullptr},
    // The forces had launched raids on the rebels' positions yesterday: شن غارات split by a date alone, its subject
    // before the verb (DateSplit).
    {"guard_split_by_a_date_raids_launched_yesterday", "وكانت القوات الحكومية قد شنت أمس غارات على مواقع المتمردين.",
     "ASSAULT", "195", nullptr, nullptr},
    // Jordanian aircraft airdropped aid on northern Gaza: أسقط مساعدات split by the machines of war and their nationality
    // (MachineSubjectSplit), humanitarian aid (073) by Jordan.
    {"guard_split_by_machines_jordanian_aircraft_dropped_aid", "أسقطت طائرات أردنية مساعدات على شمال غزة.", "AID", "073",
     "JOR/*", nullptr},
    // Near misses. The president left the hospital after a successful operation: خرج with no street after its subject
    // is no demonstration.
    {"guard_no_split_president_left_the_hospital", "خرج الرئيس من المستشفى بعد عملية جراحية ناجحة.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // The president launched a new initiative for national dialogue: أطلق with no fire after its subject is no attack.
    {"guard_no_split_president_launched_an_initiative", "أطلق الرئيس مبادرة جديدة للحوار الوطني.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // The Arab ministers stayed at a hotel in the Jordanian capital: نزل with a hotel after its subject is no
    // demonstration.
    {"guard_no_split_ministers_stayed_at_a_hotel", "نزل الوزراء العرب في فندق بالعاصمة الأردنية.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // The authorities expelled the irregular migrants from the city: طرد with no diplomat after its subject breaks no
    // diplomatic relations.
    {"guard_no_split_authorities_expelled_migrants", "طردت السلطات المهاجرين غير النظاميين من المدينة.", nullptr, nullptr,
     nullptr, nullptr, "SANCTION"},
};

class Speedsplit48Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedsplit48Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedsplit48Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Every row coded alone and right after the long article by the same worker: the same events, byte for byte.
TEST(Speedsplit48ReuseTest, EveryRowTheSameAloneAndAfterALongArticle) {
  std::vector<const char*> rows;
  for (const ProbeRow& row : kRows) rows.push_back(row.text);
  const char* const articles[] = {kLongArticle};
  testing::ExpectSameAloneAndAfterLong(articles, rows, /*mentions=*/false);
}

}  // namespace
}  // namespace rasad
