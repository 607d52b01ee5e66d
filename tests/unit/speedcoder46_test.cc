// Guards for the speed work of session 46 on the coder (no reading changes; every row is a guard_ that passed
// before the changes and must pass after them, its expectation written by hand from the Arabic):
//   - CodeTrigger builds an event's source, target and place in the event's own optional (BuiltBy) instead of
//     moving a made one into it: the sides keep their country and sector, and the rules that amend them after
//     (a counterpart holding the other side's role, unnamed people of the state whose forces act at home) still
//     read and write them there; the place keeps its name;
//   - PlaceFor tests one flag per word while it looks for the topic word of talks (بشأن، حول), cleared once found:
//     talks are still placed where they are held, not in their topic;
//   - CodeTrigger holds its CAMEO code as a view of a dictionary line's or a literal, not a copy;
//   - Background looks for a past year of a verbal noun's clause among the analyzer's tokens in figures only;
//   - Run hands the memory of the events merged away to the next events (KeepEventMemory): a document whose
//     event is told twice gives the same events alone and after other documents on the same worker, and so do
//     the documents coded after it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::EventPlaceRow;
using testing::ProbeRow;

// An article of many events, sides and places, coded by the same worker before and after each row: its events
// leave memory (strings, mention lists) that the row's events then reuse.
constexpr const char* kLongArticle =
    "قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر اليوم، وقال الجيش اللبناني إن القصف طال ثلاث قرى. "
    "واعتقلت قوات الأمن العراقية سبعة مطلوبين في محافظة البصرة. "
    "وتظاهر مئات الطلاب أمام جامعة الخرطوم احتجاجا على إغلاقها. "
    "والتقى وزير الخارجية المصري نظيره الأردني في عمان لبحث الأوضاع في غزة. "
    "وقصفت الطائرات الإسرائيلية مواقع في جنوب لبنان مرة أخرى مساء اليوم.";

const ProbeRow kRows[] = {
    // The Egyptian police arrested twenty students in Cairo: the police are Egypt's, and the students, unnamed
    // people its forces act on at home, are Egypt's too (a rule that writes into the target built in place).
    {"guard_egyptian_police_arrested_students_in_cairo", "اعتقلت الشرطة المصرية عشرين طالبا في القاهرة أمس.", "COERCE",
     "17", "EGY/COP", "EGY/*"},
    // The Saudi foreign minister met his Iranian counterpart: a consultation between two governments (the
    // counterpart takes the minister's sector in his own state).
    {"guard_saudi_minister_met_his_iranian_counterpart", "التقى وزير الخارجية السعودي نظيره الإيراني في الرياض أمس.",
     "CONSULT", "04", "SAU/GOV", "IRN/GOV"},
    // Israeli aircraft shelled Gaza City: Israel's military (the aircraft of a state, set in the source built in
    // place).
    {"guard_israeli_aircraft_shelled_gaza", "قصفت طائرات إسرائيلية مدينة غزة الليلة الماضية.", "ASSAULT", "19", "ISR/MIL",
     nullptr},
    // The same shelling told twice in one document: one event (the second merged into the first), Israel's military.
    {"guard_shelling_told_twice_is_one_event",
     "قصفت الطائرات الإسرائيلية مدينة رفح صباح اليوم. وقصفت الطائرات الإسرائيلية مدينة رفح مرة أخرى بعد الظهر.",
     "ASSAULT", "19", "ISR/MIL", nullptr},
    // CodeTrigger's CAMEO code held as a view and set anew from other lines or literals: gunmen who held four
    // policemen hostage in Kirkuk abducted them (181, not an arrest)...
    {"guard_gunmen_held_policemen_hostage_is_abduction", "احتجز مسلحون أربعة من رجال الشرطة رهائن في مدينة كركوك أمس.",
     "ASSAULT", "181", nullptr, "IRQ/COP"},
    // ... Mali's withdrawal from the African Union is its leaving a body (the igo_target line, 166)...
    {"guard_mali_withdrew_from_the_african_union", "انسحبت مالي من الاتحاد الأفريقي أمس.", "SANCTION", "166", "MLI/*",
     "*/IGO"},
    // ... and a party leader who "attacked" the government in a speech criticised it (111).
    {"guard_party_leader_attacked_the_government_in_a_speech", "هاجم رئيس الحزب الحكومة في خطاب أمس.", "ACCUSE", "111",
     "*/PTY", "*/GOV"},
    // Background reads only the clause's tokens in figures for a year before the document's: a suicide bombing
    // the city saw in 2005 is an earlier event (no ASSAULT counted)...
    {"guard_bombing_in_2005_is_an_earlier_event",
     "وشهدت المدينة تفجيرا انتحاريا في عام 2005 أسفر عن مقتل عشرين شخصا.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    // ... and so is an attack on a market dated 17/2/ 1986 in figures;
    {"guard_attack_in_a_date_of_1986_is_an_earlier_event", "وكانت بغداد قد شهدت في 17/2/ 1986 هجوما على سوق شعبي.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // ... while the same bombing yesterday is news: an assault (a suicide bombing) on civilians, by no one named.
    {"guard_bombing_yesterday_is_news", "وشهدت المدينة أمس تفجيرا انتحاريا أسفر عن مقتل عشرين شخصا.", "ASSAULT", "18", "",
     "*/CVL"},
};

const EventPlaceRow kPlaces[] = {
    // Thousands demonstrated in Khartoum against the government: the protest is in Khartoum.
    {"guard_protest_in_khartoum", "تظاهر آلاف السودانيين في الخرطوم ضد الحكومة أمس.", "PROTEST", "Khartoum"},
    // A car bomb went off in Baghdad, killing five: the attack is in Baghdad.
    {"guard_car_bomb_in_baghdad", "انفجرت سيارة مفخخة في بغداد أمس مما أسفر عن مقتل خمسة أشخاص.", "ASSAULT", "Baghdad"},
    // Armed clashes broke out in Tripoli last night: they are in Tripoli.
    {"guard_clashes_in_tripoli", "اندلعت اشتباكات مسلحة في طرابلس الليلة الماضية.", "ASSAULT", "Tripoli"},
    // PlaceFor looks for the topic word of talks (حول) until it finds it: the talks on Libya are held in Cairo,
    // not in their topic.
    {"guard_talks_on_libya_held_in_cairo", "أجرى الوفدان محادثات حول الأوضاع في ليبيا في القاهرة أمس.", "CONSULT", "Cairo"},
    // Talks with no topic word: the French president's talks with his Egyptian counterpart are in Paris.
    {"guard_presidents_talks_in_paris", "بحث الرئيس الفرنسي مع نظيره المصري في باريس الأوضاع في السودان.", "CONSULT",
     "Paris"},
};

class Speedcoder46Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder46Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker (its events' memory kept for the row's): the same
// events, byte for byte, as by a fresh worker; and the article after the row too.
TEST_P(Speedcoder46Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder46Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Speedcoder46PlaceTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Speedcoder46PlaceTest, PlacesTheEvent) { testing::ExpectEventPlaceRow(GetParam()); }

// The place rows right after the long article too (its places' memory): the same events as alone.
TEST_P(Speedcoder46PlaceTest, AfterALongArticleCodesTheSameEvents) {
  const char* const article[] = {kLongArticle};
  const char* const row[] = {GetParam().text};
  testing::ExpectSameAloneAndAfterLong(article, row, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder46PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
