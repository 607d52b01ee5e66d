// Guards for the speed work of session 41 (no reading changes; every row is a guard_ that must pass before and
// after, its expectation written by hand from the Arabic):
//   - The doer of a noun is the subject of a verb of carrying out or of going on before it (شنت القوات الروسية
//     غارات، واصل الجيش قصف، استأنفت روسيا قصف): the search now tests a cue's place before the kinds of its word.
//   - MachineSubjectSplit (a reorder tried and dropped): a verb split by a machine of war with its nationality
//     (أسقطت طائرات أردنية مساعدات) is read as the verb's phrase.
//   - PlaceFor (a change tried and dropped: it read whether the trigger is one of talks only where a topic word
//     asks): the place of talks is the host or where they are held, not their topic (بشأن، حول), and the place of
//     other events is read as before.
#include <gtest/gtest.h>

#include <string>

#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;

const CodedEventRow kDoerRows[] = {
    // A verb of going on: its subject does the act it keeps up.
    {"guard_going_on_army_shelling", "2024-05-10", "واصل الجيش الإسرائيلي قصف مخيم جباليا شمال قطاع غزة.", "19",
     "ISR/MIL", nullptr},
    {"guard_going_on_state_shelling", "2025-03-02", "استأنفت روسيا قصف مدينة خاركيف بالصواريخ والمسيرات.", "19", "RUS/*",
     nullptr},
    {"guard_going_on_siege", "2025-03-02", "تواصل قوات الدعم السريع حصار مدينة الفاشر منذ أشهر.", "19", "SDN/*", nullptr},
    {"guard_going_on_supply", "2024-05-10", "استأنفت الولايات المتحدة تزويد أوكرانيا بالأسلحة الثقيلة.", "07", "USA/*",
     "UKR/*"},
    // A verb of carrying out: its subject, a machine of war with its nationality, names the doer.
    {"guard_carried_out_by_aircraft", "2025-03-02", "شنت الطائرات الأمريكية غارات على مواقع الحوثيين في صنعاء.", "19",
     "USA/*", "YEM/*"},
    // A verb split by its subject, a machine of war with its nationality (MachineSubjectSplit): the aircraft's state
    // drops the aid.
    {"guard_machine_subject_split", "2024-03-10", "أسقطت طائرات أردنية مساعدات إنسانية على شمال غزة.", "07", "JOR/*",
     nullptr},
    {"guard_machine_subject_split_definite", "2024-03-10", "أسقطت الطائرات الأمريكية مساعدات غذائية على قطاع غزة.", "07",
     "USA/*", nullptr},
};

class Speedcoder41EventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Speedcoder41EventTest, ReadWithItsDoer) { testing::ExpectCodedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder41EventTest, ::testing::ValuesIn(kDoerRows),
                         [](const ::testing::TestParamInfo<CodedEventRow>& info) { return std::string(info.param.name); });

// A sentence at a date, the CAMEO code (or its first digits) of an event it reports and the country of that
// event's place.
struct PlaceOfEventRow {
  const char* name;
  const char* date;
  const char* text;
  const char* cameo;
  const char* country;
};

void PrintTo(const PlaceOfEventRow& x, std::ostream* os) { *os << x.name; }

const PlaceOfEventRow kPlaceRows[] = {
    // Talks hosted by a capital: the host is where, their topic (غزة) is not.
    {"guard_talks_host_not_topic", "2024-05-10", "استضافت القاهرة محادثات بشأن غزة بين وفدي حماس وإسرائيل.", "04", "EGY"},
    // Talks held in a town named before them, their topic after حول.
    {"guard_talks_held_before_topic", "2023-06-01",
     "جرت في جدة مفاوضات حول الحرب في السودان بين الجيش وقوات الدعم السريع.", "04", "SAU"},
    // A protest (no talks): where it is comes first; the topic word after it changes nothing.
    {"guard_protest_place_before_topic", "2024-05-10", "احتج مئات الطلاب في لندن بشأن الحرب.", "14", "GBR"},
    // An attack (no talks) with حول "around" before its place.
    {"guard_attack_around_a_town", "2024-05-10", "اندلعت اشتباكات عنيفة حول مدينة الفاشر في شمال دارفور.", "19", "SDN"},
};

class Speedcoder41PlaceTest : public ::testing::TestWithParam<PlaceOfEventRow> {};

TEST_P(Speedcoder41PlaceTest, PlaceOfTheEvent) {
  const PlaceOfEventRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, x.date)) {
    std::string country = e.location ? e.location->country : "";
    seen += e.cameo + " @" + (e.location ? e.location->name_en : "-") + " " + country + "\n";
    found = found || (testing::Counts(e) && e.cameo.starts_with(x.cameo) && country == x.country);
  }
  EXPECT_TRUE(found) << x.name << ": no event placed as expected among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder41PlaceTest, ::testing::ValuesIn(kPlaceRows),
                         [](const ::testing::TestParamInfo<PlaceOfEventRow>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
