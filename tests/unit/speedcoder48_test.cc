// Guards for the speed work of session 48 (speedcoder48) on the coder (no reading changes; every row is a guard_ that
// passed before the change and must pass after it, its expectation written by hand from the Arabic):
//   - PastDateAt (the token after a time adverbial that stands right after a trigger: هاجمت ليلة الثلاثاء مسيرات
//     روسية) keeps its last two answers past its first test, for the same words asked again by the subject, the
//     machine of war and the count readings of the same trigger: the subject past the date is still the doer, a
//     date between a nationality and the noun of a strike still leaves the state the doer, and a trigger with no
//     date after it still reads its subject right after it.
// Each row is also coded after a long article on the same worker (and the article after it), byte for byte as alone:
// the answers are one document's.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article of many events with dates right after their verbs, coded by the same worker before and after each row.
constexpr const char* kLongArticle =
    "أطلقت صباح اليوم فصائل فلسطينية صواريخ على مستوطنات إسرائيلية قرب غزة. "
    "واعتقلت مساء الأحد الشرطة التونسية خمسة مهربين في مدينة صفاقس. "
    "وقصفت أمس الطائرات الروسية مواقع للمعارضة في ريف إدلب، وقال ناشطون إن القصف أوقع قتلى. "
    "ووقع وزيرا الخارجية المصري والأردني يوم الخميس اتفاقية للتعاون في عمان.";

const ProbeRow kRows[] = {
    // Russian drones attacked the city of Kharkiv on Tuesday night: the subject past the night of Tuesday is the doer,
    // machines of war whose nationality names Russia's military; an attack by air on a Ukrainian city.
    {"guard_drones_attacked_kharkiv_past_tuesday_night", "هاجمت ليلة الثلاثاء مسيرات روسية مدينة خاركيف.", "ASSAULT",
     "19", "RUS/MIL", "UKR/*"},
    // Israeli aircraft shelled Hezbollah's positions in south Lebanon on Sunday morning: Israel's military past the date,
    // the positions' owner (لـ) the target.
    {"guard_israeli_aircraft_shelled_past_sunday_morning", "قصفت صباح الأحد طائرات إسرائيلية مواقع لحزب الله في جنوب لبنان.",
     "ASSAULT", "19", "ISR/MIL", "LBN/*"},
    // The Israeli aircraft carried out raids on positions in Gaza this morning: a date between the nationality and the
    // noun of the strike (غارات), which still has Israel's military as doer.
    {"guard_raids_after_a_date_after_the_nationality", "شنت الطائرات الإسرائيلية صباح اليوم غارات على مواقع في غزة.",
     "ASSAULT", "19", "ISR/MIL", nullptr},
    // The Egyptian police arrested ten smugglers in Sinai yesterday: no date after the verb, the subject right after
    // it (Egypt's police), and the arrested smugglers the target (the date comes last).
    {"guard_arrest_with_the_date_at_the_end", "اعتقلت الشرطة المصرية عشرة مهربين في سيناء أمس.", "COERCE", "17",
     "EGY/COP", "EGY/*"},
    // The Jordanian police arrested five suspects in Amman on Monday evening: the subject past the date.
    {"guard_arrest_past_monday_evening", "اعتقلت مساء الاثنين الشرطة الأردنية خمسة مشتبه بهم في عمان.", "COERCE", "17",
     "JOR/COP", nullptr},
};

class Speedcoder48Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder48Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker: the same events, byte for byte, as by a fresh worker;
// and the article after the row too.
TEST_P(Speedcoder48Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder48Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
