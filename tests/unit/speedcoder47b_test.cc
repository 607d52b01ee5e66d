// Guards for the speed work of session 47 (speedcoder47b) on the coder (no reading changes; every row of kRows and
// kPlaces is a guard_ that passed before the changes and must pass after them, its expectation written by hand from
// the Arabic):
//   - GrammarWordAt reads what a word says of a period (grammar.tsv: decade, century, era, former, month, demanding,
//     ...) from the token's trie roots, looked up once per word type, instead of a hashed look-up per token: an
//     event placed in a past decade, century, a former regime's era or a month of a year long past is history (no
//     event), the same event dated yesterday is news, القرن الأفريقي is a region and no century, and protesters
//     "demanding" the government address their protest to it; only a document with a word of a decade, century
//     or era is read word by word for one (ReadTokenRoots notes the kinds its words have);
//   - PlaceFor's walks go from a word in no mention to the next mention met (places before and after the trigger);
//   - PrepTarget reads the word before each token for what a vehicle hit was carrying only for a trigger whose
//     target comes after على، ضد or ب: a bus carrying soldiers that gunmen fired on is still the soldiers hit, and a
//     counterpart after ب or مع is still the target.
// (Its pending row, talks on the war in Sudan held in Riyadh, is read since session 48: it moved to coder_args48_test.)
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::EventPlaceRow;
using testing::ProbeRow;

// An article of many events, sides, places and dates, coded by the same worker before and after each row.
constexpr const char* kLongArticle =
    "قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر اليوم، وقال الجيش اللبناني إن القصف طال ثلاث قرى. "
    "وكانت القوات الإسرائيلية قد اجتاحت جنوب لبنان في عام 1982. "
    "واعتقلت قوات الأمن العراقية سبعة مطلوبين في محافظة البصرة. "
    "وتظاهر مئات الطلاب أمام جامعة الخرطوم احتجاجا على إغلاقها. "
    "والتقى وزير الخارجية المصري نظيره الأردني في عمان لبحث الأوضاع في غزة.";

const ProbeRow kRows[] = {
    // The Egyptian authorities arrested thousands of opponents in the sixties: a past decade, history (no arrest)...
    {"guard_arrests_in_the_sixties_are_history", "اعتقلت السلطات المصرية آلاف المعارضين في الستينات.", nullptr, nullptr,
     nullptr, nullptr, "COERCE"},
    // ... while the same arrests yesterday are news: the Egyptian government arrested Egyptian opponents.
    {"guard_arrests_yesterday_are_news", "اعتقلت السلطات المصرية آلاف المعارضين أمس.", "COERCE", "17", "EGY/GOV",
     "EGY/OPP"},
    // The Jordanian police arrested thirty protesters in Amman yesterday, in a document whose second sentence recalls
    // arrests in the seventies: the document has a word of a decade, so its clauses are read for one, and the
    // arrest of yesterday stays news (Jordan's police, protesters in Jordan).
    {"guard_arrest_yesterday_beside_a_decade_in_the_next_sentence",
     "اعتقلت الشرطة الأردنية ثلاثين متظاهرا في عمان أمس. وكانت السلطات قد اعتقلت آلاف المعارضين في السبعينات.",
     "COERCE", "17", "JOR/COP", "JOR/*"},
    // The French army occupied the city of Algiers in the nineteenth century: a past century, history...
    {"guard_occupation_in_the_nineteenth_century_is_history", "احتل الجيش الفرنسي مدينة الجزائر في القرن التاسع عشر.",
     nullptr, nullptr, nullptr, nullptr, "COERCE"},
    // ... while its occupying Timbuktu yesterday is news: France's military seizes a town of Mali (192).
    {"guard_occupation_yesterday_is_news", "احتل الجيش الفرنسي مدينة تمبكتو أمس.", "COERCE", "192", "FRA/MIL", "MLI/*"},
    // Drones shelled al-Shabaab's positions in the Horn of Africa (القرن الأفريقي) yesterday: a region, not a
    // century; an air strike on Somali rebels by no one named.
    {"guard_strike_in_the_horn_of_africa_is_news", "قصفت طائرات مسيرة مواقع لحركة الشباب في القرن الأفريقي أمس.",
     "ASSAULT", "19", nullptr, "SOM/REB"},
    // The security services arrested thousands of opponents in the era of the former regime: history.
    {"guard_arrests_in_the_former_regimes_era_are_history", "اعتقلت الأجهزة الأمنية آلاف المعارضين في عهد النظام السابق.",
     nullptr, nullptr, nullptr, nullptr, "COERCE"},
    // Iraqi forces invaded Kuwait in August 1990 (a month of a year long past): history...
    {"guard_invasion_in_august_1990_is_history", "اجتاحت القوات العراقية الكويت في أغسطس 1990.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // ... while their storming a Kuwaiti border town yesterday is news: Iraq's military overruns Kuwaiti ground, an
    // attack with conventional military force (190 since recall59; it was read as 192, occupying territory, before).
    {"guard_storming_a_border_town_yesterday_is_news", "اجتاحت القوات العراقية بلدة حدودية كويتية أمس.", "ASSAULT",
     "190", "IRQ/MIL", "KWT/*"},
    // Hundreds of students demonstrated in Tunis demanding the government resign: a protest by students addressed to
    // Tunisia's government (مطالبين, a word of demanding).
    {"guard_students_demanding_the_government_resign", "تظاهر مئات الطلاب أمام وزارة التعليم في تونس مطالبين الحكومة بالاستقالة.",
     "PROTEST", "14", "TUN/EDU", "TUN/GOV"},
    // Gunmen opened fire on a bus carrying soldiers in Daraa: the soldiers it carried are hit (على: the carried
    // people's test), by unidentified gunmen in Syria.
    {"guard_gunmen_fired_on_a_bus_carrying_soldiers", "أطلق مسلحون النار على حافلة تقل جنودا في درعا أمس.", "ASSAULT",
     "19", "SYR/UAF", "SYR/MIL"},
    // The Qatari foreign minister called his American counterpart (بنظيره): the counterpart after ب is the target.
    {"guard_qatari_minister_called_his_american_counterpart", "اتصل وزير الخارجية القطري بنظيره الأمريكي أمس.", "CONSULT",
     "04", "QAT/GOV", "USA/GOV"},
    // The Italian police cooperated with their Libyan counterpart (مع نظيرتها): a trigger whose target comes after
    // مع, not على، ضد or ب, still finds the counterpart.
    {"guard_italian_police_cooperated_with_their_libyan_counterpart",
     "تعاونت الشرطة الإيطالية مع نظيرتها الليبية في ملاحقة المهربين.", "COOPERATE", "06", "ITA/COP", "LBY/COP"},
    // Turkey sent humanitarian aid to Sudan (إلى): the target after إلى.
    {"guard_turkey_sent_aid_to_sudan", "أرسلت تركيا مساعدات إنسانية إلى السودان أمس.", "AID", "07", "TUR/*", "SDN/*"},
};

const EventPlaceRow kPlaces[] = {
    // The Turkish police arrested five people in Istanbul: the arrest is in Istanbul (a place after the trigger).
    {"guard_arrest_in_istanbul", "اعتقلت الشرطة التركية خمسة أشخاص في إسطنبول أمس.", "COERCE", "Istanbul"},
    // In Mosul, Iraqi forces arrested three gunmen: the place named before the trigger, in an earlier clause.
    {"guard_arrest_in_mosul_named_first", "وفي مدينة الموصل، اعتقلت القوات العراقية ثلاثة مسلحين أمس.", "COERCE", "Mosul"},
};

// (The pending row of talks on (بشأن) the war in Sudan held in Riyadh is read since session 48, the topic word بشأن
// held whole by the tokenizer read too: the row moved to coder_args48_test, and the pending test with it.)

class Speedcoder47bTest : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder47bTest, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker: the same events, byte for byte, as by a fresh worker;
// and the article after the row too.
TEST_P(Speedcoder47bTest, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder47bTest, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Speedcoder47bPlaceTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Speedcoder47bPlaceTest, PlacesTheEvent) { testing::ExpectEventPlaceRow(GetParam()); }

TEST_P(Speedcoder47bPlaceTest, AfterALongArticleCodesTheSameEvents) {
  const char* const article[] = {kLongArticle};
  const char* const row[] = {GetParam().text};
  testing::ExpectSameAloneAndAfterLong(article, row, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder47bPlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
