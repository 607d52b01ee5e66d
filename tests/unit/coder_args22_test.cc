// Who did what to whom, and whether an event happened at all, in wire-style sentences written for this
// table (none copied from a corpus), on what session 22 (args22) fixed: forces named after لـ with the
// article (للقوات الأمريكية: the text layer leaves the article's ل on a stem it knows, لقوات), an agent in
// a sound plural with its ن before a definite actor (هاجم مسلحون القوات التركية: two phrases, no construct),
// machines of war with no article as the subject of a relative clause on the event (القصف الذي نفذته طائرات
// روسية), a state's launch of missiles at no one (show of force, 150), kin as the victims of a bare
// passive (فيما قتل قريب له), and a noun with an adjective of its own that heads no construct (طائرة مسيرة
// دورية). Every expected type, code prefix and actor was written by hand from the Arabic before the coder
// ran. An actor is "COUNTRY/SECTOR" ("ISR/" a state with no sector); "*" in either part accepts any
// value; "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes
// and keep the readings they protect; every other row of kCases and kNotGenitive failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // لـ + the article + forces + nationality: the owner of what was hit.
    {"convoy_of_french_forces", "تعرض موكب للقوات الفرنسية لهجوم في شمال النيجر.", "ASSAULT", "", nullptr,
     "FRA/MIL"},
    {"patrol_of_russian_forces", "تعرضت دورية للقوات الروسية لهجوم بعبوة ناسفة في درعا.", "ASSAULT", "", nullptr,
     "RUS/MIL"},
    {"post_of_government_forces", "هاجم مسلحون مقرا للقوات الحكومية في درعا.", "ASSAULT", "", "*/UAF", "*/MIL"},
    {"drone_hit_patrol_of_turkish_forces", "استهدفت طائرة مسيرة دورية للقوات التركية في ريف حلب.", "ASSAULT", "",
     nullptr, "TUR/MIL"},
    // An indefinite sound plural with its ن (no construct head) before a definite actor: subject and object.
    {"gunmen_attacked_turkish_forces", "هاجم مسلحون القوات التركية في شمال العراق.", "ASSAULT", "", "*/UAF",
     "TUR/MIL"},
    {"gunmen_attacked_niger_army", "هاجم مسلحون الجيش النيجري قرب الحدود مع مالي.", "ASSAULT", "", "*/UAF",
     "NER/MIL"},
    {"unknown_men_targeted_lebanese_army", "استهدف مجهولون الجيش اللبناني في طرابلس.", "ASSAULT", "", nullptr,
     "LBN/MIL"},
    {"guard_gunmen_houthi_adjective", "اختطف مسلحون حوثيون موظفين أمميين في صنعاء.", "ASSAULT", "181", "YEM/*",
     "*/IGO"},
    {"guard_gunmen_kidnapped_journalist", "خطف مسلحون الصحفي الفرنسي في مالي.", "ASSAULT", "181", "*/UAF", "FRA/*"},
    // Machines of war with no article as the subject of a relative clause on the event: the state's military.
    {"relative_drones_no_article", "أسفر الهجوم الذي نفذته مسيرات أوكرانية عن اندلاع حريق في مصفاة روسية.",
     "ASSAULT", "", "UKR/MIL", nullptr},
    {"relative_aircraft_no_article_result", "أسفرت الغارة التي شنتها طائرات أمريكية عن مقتل قيادي في تنظيم القاعدة.",
     "ASSAULT", "", "USA/MIL", nullptr},
    // A state's launch of missiles at no one is a show of force; at someone, an attack.
    {"two_missiles_off_coast", "أطلقت كوريا الشمالية صاروخين باليستيين قبالة ساحلها الشرقي.", "MOBILIZE", "150",
     "PRK/*", "", "ASSAULT"},
    {"army_test_launch", "أطلق الجيش الروسي صاروخا عابرا للقارات في تجربة.", "MOBILIZE", "150", "RUS/MIL", "",
     "ASSAULT"},
    {"guard_state_missiles_at_city", "أطلقت روسيا صواريخ على مدينة كييف.", "ASSAULT", "194", "RUS/*", "UKR/*"},
    {"guard_rebel_missile_at_city", "أطلق الحوثيون صاروخا باليستيا على إيلات.", "ASSAULT", "194", "YEM/REB", "ISR/*"},
    {"guard_missile_test_noun", "أجرت إيران تجربة صاروخية جديدة.", "MOBILIZE", "150", "IRN/*", nullptr},
    // Kin as the victims of a bare passive.
    {"sister_wounded_in_shelling", "أصيب شقيق لها في القصف الإسرائيلي على رفح.", "ASSAULT", "", nullptr, "*/CVL"},
    {"relative_killed_bare_passive", "فيما قتل أحد أقاربه في الهجوم.", "ASSAULT", "", "", "*/CVL"},
    // A killing "in the attack" named before it is reported as that attack is: here, as happening.
    // A machine of war with no article between أطلق and النار (MachineSubjectSplit after a verb that is no
    // two-word hit; moved from the pending rows in the review).
    {"indefinite_tanks_opened_fire", "أطلقت دبابات إسرائيلية النار على منازل في جنين.", "ASSAULT", "", "ISR/MIL",
     nullptr},
    {"indefinite_boats_opened_fire", "أطلقت زوارق إيرانية النار على سفينة تجارية في مضيق هرمز.", "ASSAULT", "",
     "IRN/MIL", nullptr},
    {"guard_killed_in_the_strike", "شنت إسرائيل غارة على رفح، فيما قتل خمسة أشخاص في الغارة.", "ASSAULT", "190", nullptr,
     "*/CVL"},
    // Moved from kPending (session 24): the headline present توقف takes مشتبها به as its object.
    {"generic_police_headline_arrest", "الشرطة توقف مشتبها به في سرقة بنك.", "COERCE", "17", "*/COP", "*/CVL"},
};

class Args22Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args22Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args22Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Sentences whose doer is no one's genitive: a noun with an adjective of its own heads no construct.
const ProbeRow kNotGenitive[] = {
    {"drone_patrol_not_genitive", "استهدفت طائرة مسيرة دورية عسكرية في ريف حلب.", "ASSAULT", "1952", "", nullptr},
};

class Args22NotGenitiveTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args22NotGenitiveTest, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args22NotGenitiveTest, ::testing::ValuesIn(kNotGenitive),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// A violent verb whose object is a figure (word_kinds.tsv figure_object), also after a subject named right
// after the verb: no event (session 22's review, from mood22's report). Each row but the guards failed
// before (an ASSAULT was coded); the guards keep real attacks on people named like a figure (أمل).
struct FigureRow {
  const char* name;
  const char* text;
  bool event;  // whether the sentence reports an event
};

inline void PrintTo(const FigureRow& x, std::ostream* os) { *os << x.name; }

const FigureRow kFigures[] = {
    {"referee_killed_joy", "اغتال الحكم فرحة الجماهير في الدقيقة الأخيرة.", false},
    {"newspaper_exploded_scandal", "فجرت الصحيفة فضيحة فساد في وزارة الصحة.", false},
    {"team_snatched_victory", "خطف المنتخب المغربي الفوز من نظيره الإسباني.", false},
    {"guard_team_snatched_title", "خطف الفريق اللقب في المباراة النهائية.", false},
    {"guard_woman_named_amal_killed", "قتل الجيش أمل الحسن في غارة على القرية.", true},
    {"guard_gunmen_kidnapped_judge", "خطف مسلحون القاضي من منزله في طرابلس.", true},
};

class Args22FigureTest : public ::testing::TestWithParam<FigureRow> {};

TEST_P(Args22FigureTest, CodesAnEventOnlyWhenOneHappened) {
  const FigureRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool any = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    if (!testing::Counts(e)) continue;
    any = true;
    seen += testing::Describe(e);
  }
  EXPECT_EQ(any, x.event) << x.name << (x.event ? ": no event" : ": an event the sentence does not report:\n") << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args22FigureTest, ::testing::ValuesIn(kFigures),
                         [](const ::testing::TestParamInfo<FigureRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
