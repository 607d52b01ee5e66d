// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 32:
// - a negation or other cue over a clause (نفى، أنكر) stops at a verb of saying that opens a new
//   statement after a comma (ونفى الجيش الحصيلة، وقال إنه دمر مواقع): what is said next is not denied;
// - areas named by who holds them (في مناطق سيطرة الحوثيين، المناطق الخاضعة لسيطرة الدعم السريع) are a
//   standing state, no taking of control: triggers.tsv "-" line;
// - a ban on a group's activities (حظر نشاطات جماعة الإخوان) is a ban on the group (1722), whose genitive
//   is what is banned, not the banner: triggers.tsv;
// - a confrontation between armed forces (مواجهات بين الجيش وقوات الدعم السريع) is an armed clash (193),
//   which had given no event (a riot's doer cannot be a state force); one between protesters and the
//   police stays a riot: triggers.tsv flag armed_clash;
// - an organisation named again by the head noun of its name with ل (مواقع للحركة after حركة الشباب) is
//   the one named before, as without ل (the recognizer);
// - a verb whose form ends in its own subject, with the subject's nationality after it (وقصفت الطائرات
//   الإسرائيلية), does not share the doer of the verb before it joined by و;
// - منطقة الساحل السوري is the Syrian coast, not the Sahel (places/curated.tsv);
// - the ways of an act (بحث معه سبل دعم الاقتصاد) are a topic of talks, not the act: cues.tsv;
// - where something comes from or heads to (الطرق القادمة من السنغال، الأسطول المتجه إلى غزة) is not where
//   the event is;
// - a protest before an attack named in its clause (إضراب عام ... تندد بالحرب الإسرائيلية) was not done by the
//   attack's doer;
// - وقع إعلان مبادئ, a declaration of principles signed, is a formal agreement (057): triggers.tsv.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran;
// every row failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::NoEventRow;
using testing::ProbeRow;

const ProbeRow kCases[] = {
    // A new statement after a denial is not denied.
    {"claim_after_denied_toll", "ونفى الجيش الباكستاني هذه الحصيلة، وقال إنه دمر عدة مواقع لحركة طالبان على الحدود.",
     "ASSAULT", "", "PAK/MIL", "AFG/*"},
    {"killing_told_after_a_denied_toll", "ونفى الجيش الإسرائيلي هذه الحصيلة، وقال إنه قتل عشرات المسلحين في غزة.",
     "ASSAULT", "19", "ISR/MIL", "PSE/*"},
    {"arrests_told_after_a_denial", "نفى الجيش المالي الخبر، وقال إنه اعتقل عشرة مسلحين قرب تمبكتو.", "COERCE", "173",
     "MLI/MIL", "MLI/*"},
    {"guard_denied_shelling_stays_denied", "نفى الجيش قصف المستشفى، وقال إن قواته تلتزم بالقانون الدولي.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // A ban on a group's activities.
    {"ban_on_brotherhood_activities", "أعلنت وزارة الداخلية الأردنية حظر نشاطات جماعة الإخوان المسلمين.", "COERCE",
     "172", "JOR/GOV", "*/PTY"},
    {"ban_on_brotherhood_activities_plural", "أعلنت السلطات المصرية حظر أنشطة جماعة الإخوان المسلمين في البلاد.", "COERCE",
     "172", "EGY/GOV", "*/PTY"},
    // A confrontation between armed forces is an armed clash.
    {"confrontation_army_rsf", "اندلعت مواجهات بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر.", "ASSAULT",
     "193", "SDN/MIL", "SDN/REB"},
    {"clashes_army_shabaab", "وقعت صدامات بين الجيش الصومالي ومقاتلي حركة الشباب في إقليم هيران.", "ASSAULT",
     "193", "SOM/MIL", "SOM/REB"},
    {"guard_confrontation_protesters_police", "اندلعت مواجهات بين المحتجين وقوات الأمن في بغداد.", "PROTEST", "145",
     "IRQ/CVL", "IRQ/COP"},
    // An organisation named again by its head noun with ل (مواقع للحركة) is the one named before.
    {"sites_of_the_movement_named_before",
     "هاجمت حركة الشباب قاعدة للجيش الصومالي. وشنت القيادة الأمريكية في أفريقيا غارة جوية على مواقع للحركة قرب المنطقة.",
     "ASSAULT", "195", "USA/MIL", "SOM/REB"},
    {"headquarters_of_the_body_named_before",
     "سيطرت هيئة تحرير الشام على بلدة في ريف حماة. وقصف الطيران الروسي مقرات تابعة للهيئة في إدلب.", "ASSAULT", "19",
     "RUS/MIL", "SYR/REB"},
    // A verb whose form ends in its own subject, with a nationality after it, does not share the subject
    // of the verb before it joined by و.
    {"israeli_aircraft_after_hamas_rockets",
     "أطلقت حركة حماس صواريخ على عسقلان، وقصفت الطائرات الإسرائيلية مواقع للحركة في خان يونس.", "ASSAULT", "195",
     "ISR/MIL", "PSE/REB"},
    // The ways of an act (سبل، كيفية) are a topic of talks, not the act.
    {"ways_of_support_discussed", "التقى الرئيس السوري وزير الخارجية السعودي، وبحث معه سبل دعم الاقتصاد السوري.", "CONSULT",
     "04", "SYR/GOV", "SAU/GOV", "SUPPORT"},
    {"ways_of_supporting_the_army", "بحث وزير الخارجية الفرنسي مع نظيره اللبناني سبل دعم الجيش اللبناني.", nullptr, nullptr,
     nullptr, nullptr, "SUPPORT"},
    {"guard_support_given", "قدمت السعودية دعما ماليا للاقتصاد السوري.", "AID", "07", "SAU/*", "SYR/*"},
    // A declaration of principles signed is a formal agreement.
    {"declaration_of_principles_signed", "وقعت الحكومة الكونغولية وحركة إم 23 إعلان مبادئ في الدوحة.", "SUPPORT", "057",
     "COD/GOV", "COD/REB"},
    // Taking control is an event.
    {"guard_control_taken", "بسط الجيش السوداني سيطرته على مدينة ود مدني.", "COERCE", "192", "SDN/MIL", nullptr},
};

class Lead32Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead32Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead32Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& info) { return std::string(info.param.name); });

// Areas named by who holds them: no event.
const NoEventRow kNoEvents[] = {
    {"areas_under_houthi_control", "يعاني السكان من نقص الغذاء في مناطق سيطرة جماعة الحوثي شمال اليمن."},
    {"areas_subject_to_rsf_control", "يعيش نحو مليون نازح في المناطق الخاضعة لسيطرة قوات الدعم السريع في دارفور."},
    {"area_under_sdf_control", "يقع المخيم في منطقة تحت سيطرة قوات سوريا الديمقراطية شرق الفرات."},
};

class Lead32NoEventTest : public ::testing::TestWithParam<NoEventRow> {};

TEST_P(Lead32NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead32NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<NoEventRow>& info) { return std::string(info.param.name); });

// Where something comes from or heads to (القادمة من، المتجه إلى) is not where the event is, nor whom it
// aims at.
TEST(Lead32Test, PlaceOfPassageIsNoEventPlace) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  struct Row {
    const char* text;
    const char* event;
    const char* not_place;  // name_en of the place the event must not be given
    const char* not_country;  // nor may its target be of this country
  };
  const Row rows[] = {
      {"هاجم مسلحو الجماعة قوافل صهاريج الوقود على الطرق القادمة من السنغال.", "ASSAULT", "Senegal", "SEN"},
      {"اعترضت البحرية الإسرائيلية سفن الأسطول المتجه إلى غزة، واحتجزت مئات الناشطين على متنها.", "COERCE", "Gaza City",
       "PSE"},
  };
  for (const Row& x : rows) {
    bool found = false;
    for (const Event& e : testing::CodeText(x.text, "2025-08-31")) {
      if (e.event != x.event) continue;
      found = true;
      EXPECT_FALSE(e.location && e.location->name_en == x.not_place) << x.text << "\n" << testing::Describe(e);
      EXPECT_FALSE(e.target && e.target->country == x.not_country) << x.text << "\n" << testing::Describe(e);
    }
    EXPECT_TRUE(found) << x.text;
  }
  // guard: a place after من or إلى with no word of passage is still the event's.
  bool bamako = false;
  for (const Event& e : testing::CodeText("وصل وزير الخارجية الفرنسي إلى باماكو والتقى الرئيس المالي.", "2025-08-31")) {
    bamako = bamako || (e.location && e.location->name_en == "Bamako");
  }
  EXPECT_TRUE(bamako);
}

// A confrontation with one side unnamed stays a riot, even with an armed force on the other.
TEST(Lead32Test, ConfrontationWithOneSideUnnamedIsNoArmedClash) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool riot = false;
  for (const Event& e : testing::CodeText("قتل اثنان من المتظاهرين أثناء المصادمات مع قوات الجيش في العاصمة.", "2025-03-01")) {
    EXPECT_NE(e.cameo, "193") << testing::Describe(e);
    riot = riot || e.cameo == "145";
  }
  EXPECT_TRUE(riot);  // the confrontation is still read, as the line's riot
}

// A protest before an attack named in its clause was not done by the attack's doer.
TEST(Lead32Test, StrikeIsNotDoneByTheWarItDenounces) {
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool strike = false;
  for (const Event& e : testing::CodeText(
           "خرج عشرات الآلاف في مدن إيطالية عدة في إضراب عام تضامنا مع غزة، ورددوا هتافات تندد بالحرب الإسرائيلية.",
           "2025-10-03")) {
    if (e.event != "PROTEST") continue;
    strike = true;
    EXPECT_FALSE(e.source && e.source->country == "ISR") << testing::Describe(e);
  }
  EXPECT_TRUE(strike);
}

// منطقة الساحل السوري is the Syrian coast, not the Sahel that منطقة الساحل names.
TEST(Lead32Test, SyrianCoastIsNoSahel) {
  const testing::PlaceRow rows[] = {
      {"قتل مئات المدنيين في منطقة الساحل السوري خلال عمليات أمنية.", "منطقة الساحل السوري", "Syrian coast", "SYR"},
      {"قتل ثلاثة جنود في هجوم في منطقة الساحل.", "منطقة الساحل", "Sahel", ""},
  };
  testing::ExpectPlaceRows(rows);
}

}  // namespace
}  // namespace rasad
