// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on
// how session 25 (lex25) recognizes actor names in running text:
// - a name whose first letters the text layer read as a proclitic (كيم of Kim Yo Jong: ك + يم "sea") is
//   matched from the word whole, and the mention has no proclitic (it was read as كـ "like", no subject);
// - a feminine loanword in -ia (ميليشيا) heading a name after a verb in the feminine is its subject, not a
//   masculine noun the verb cannot agree with (قصفت ميليشيا الدعم السريع);
// - an office composed with what it heads and its nationality, right before a person of that nation, is
//   the person's title in apposition (زعيم المعارضة الهندي راهول غاندي): one mention, the person;
// - peacekeepers, and a force named by a (regional) nationality, are not of the state they serve in
//   (قوات حفظ السلام في جنوب لبنان، القوات الأفريقية في الصومال), and soldiers of the peacekeepers are
//   peacekeepers (جنود قوة حفظ السلام، جندي من قوات حفظ السلام);
// - حماس before an indefinite masculine adjective (بحماس كبير) is "enthusiasm", not Hamas, unless the
//   document is clearly about Palestine;
// - a few names of 2023-2026 conflicts the dictionaries lacked (Tamazuj, Koglweogo, the Dozo, Ansarul Islam
//   of Burkina Faso, Lebanon's finance minister Yassine Jaber, بوحبيب written as one word).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran.
// An actor is "COUNTRY/SECTOR" ("KOR/" a state with no sector; "/MIL" an international organisation's
// forces, which have no country); "*" in either part accepts any value; "" is no actor; nullptr is not
// checked. Rows named guard_ passed before the session's changes and keep the readings they protect;
// every other row failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // A person's name read from its first word whole, after a verb in the feminine.
    {"kim_yo_jong_threatens", "هددت كيم يو جونغ كوريا الجنوبية برد عسكري.", "THREATEN", "13", "PRK/GOV", "KOR/"},
    {"kim_yo_jong_criticizes", "انتقدت كيم يو جونغ الرئيس الكوري الجنوبي.", "ACCUSE", "11", "PRK/GOV", "KOR/GOV"},
    {"guard_harris_visits", "زارت كامالا هاريس بولندا لبحث الحرب في أوكرانيا.", "CONSULT", "042", "USA/GOV", "POL/"},
    {"guard_baerbock_hosts", "استقبلت أنالينا بيربوك وزير الخارجية الأردني في برلين.", "CONSULT", "043", "DEU/GOV",
     "JOR/GOV"},
    {"guard_meloni_meets", "التقت جورجيا ميلوني الرئيس التونسي قيس سعيد في تونس.", "CONSULT", "04", "ITA/GOV",
     "TUN/GOV"},
    // A militia (ميليشيا، feminine) heading a name after a verb in the feminine.
    {"rsf_militia_shells", "قصفت ميليشيا الدعم السريع أحياء في مدينة الفاشر.", "ASSAULT", "19", "SDN/REB", nullptr},
    {"rsf_militia_adjective_attacks", "هاجمت ميليشيا الدعم السريع المتمردة مدينة الأبيض.", "ASSAULT", "19", "SDN/REB",
     nullptr},
    {"wagner_militia_kills", "قتلت ميليشيا فاغنر مدنيين في وسط مالي.", "ASSAULT", "", "RUS/UAF", "*/CVL"},
    {"guard_houthi_militias_attack", "هاجمت ميليشيات الحوثي سفينة تجارية في البحر الأحمر.", "ASSAULT", "19",
     "YEM/REB", nullptr},
    {"guard_hezbollah_militias_shell", "قصفت ميليشيات حزب الله مواقع إسرائيلية في الجليل.", "ASSAULT", "19", "LBN/REB",
     "ISR/*"},
    {"guard_hts_members_arrest", "اعتقلت عناصر هيئة تحرير الشام ناشطين في إدلب.", "COERCE", "17", "SYR/REB", "*/CVL"},
    // An office with what it heads and its nationality, then the person of that nation.
    {"opposition_leader_title_and_name", "انتقد زعيم المعارضة الهندي راهول غاندي الحكومة الهندية.", "ACCUSE", "11",
     "IND/OPP", "IND/GOV"},
    {"guard_foreign_minister_title_and_name",
     "التقت وزيرة الخارجية الألمانية أنالينا بيربوك نظيرها الأردني أيمن الصفدي في عمان.", "CONSULT", "04", "DEU/GOV",
     "JOR/GOV"},
    {"guard_vice_president_title_and_name", "اتهمت نائبة الرئيس الأمريكي كامالا هاريس روسيا بارتكاب جرائم حرب.",
     "ACCUSE", "112", "USA/GOV", "RUS/"},
    // Peacekeepers and foreign forces are not of the state they serve in.
    {"african_peacekeepers_in_somalia", "قصفت قوات حفظ السلام الأفريقية في الصومال مواقع لحركة الشباب.", "ASSAULT",
     "19", "/PKO", "SOM/REB"},
    {"soldier_of_peacekeepers_in_lebanon", "قتل جندي من قوات حفظ السلام في جنوب لبنان بنيران مجهولة.", "ASSAULT", "",
     nullptr, "/PKO"},
    {"guard_aussom_forces_arrest", "اعتقلت قوات أوصوم ثلاثة من عناصر حركة الشباب.", "COERCE", "17", "/IGO",
     "SOM/REB"},
    {"guard_au_mission_soldiers_kill", "قتل جنود بعثة الاتحاد الأفريقي في الصومال عشرة من مسلحي حركة الشباب.",
     "ASSAULT", "", "/MIL", "SOM/REB"},
    {"guard_unifil_patrol_targeted", "استهدفت مسيرة إسرائيلية دورية لقوات اليونيفيل قرب الناقورة.", "ASSAULT", "19",
     "ISR/MIL", "/IGO"},
    // Names added to the dictionaries: Sudan's Tamazuj, the Sahel's militias and Ansarul Islam, Lebanon's
    // ministers.
    {"tamazuj_forces_attack", "هاجمت قوات تمازج مواقع للجيش السوداني في دارفور.", "ASSAULT", "19", "SDN/REB",
     "SDN/MIL"},
    {"guard_koglweogo_militias_kill", "قتلت ميليشيات كوغلويغو مدنيين في شمال بوركينا فاسو.", "ASSAULT", "",
     "BFA/UAF", "*/CVL"},
    {"dozo_hunters_attack", "هاجم صيادو الدوزو قرية في وسط مالي.", "ASSAULT", "19", "MLI/UAF", nullptr},
    {"ansarul_islam_attacks", "هاجمت جماعة أنصار الإسلام في بوركينا فاسو ثكنة للجيش البوركيني.", "ASSAULT", "19",
     "BFA/REB", "BFA/MIL"},
    {"lebanese_finance_minister_meets", "التقى ياسين جابر وفد صندوق النقد الدولي في بيروت.", "CONSULT", "04",
     "LBN/GOV", "*/IGO"},
    {"bou_habib_in_one_word_hosts", "استقبل عبد الله بوحبيب السفير الأمريكي في بيروت.", "CONSULT", "043", "LBN/GOV",
     "USA/GOV"},
    // حماس a name, after ب, where no adjective follows.
    {"guard_mediators_contacted_hamas", "اتصل الوسطاء المصريون بحماس لبحث المقترح.", "CONSULT", "04", "EGY/GOV",
     "PSE/REB"},
};

class Lex25Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lex25Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex25Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give: each row passes while the reading is missing and fails once
// it is produced, to be moved to kCases then.
const ProbeRow kPending[] = {
    // The mention جنود قوة حفظ السلام is read (PKO), but the coder takes the owner after التابعة لـ (the
    // UN, IGO) as the target instead.
    // A force named by a regional nationality (القوات الأفريقية) is no longer made Somali by في الصومال,
    // but the recognizer's unnamed-state-forces rule and the coder's place rule still give it the
    // country of the document and of the place (they would need to tell regions from ethnic groups,
    // أكراد, whose forces are of the state they live in).
    {"pending_african_forces_in_somalia", "قتلت القوات الأفريقية في الصومال خمسة من عناصر حركة الشباب.", "ASSAULT",
     "", "/MIL", "SOM/REB"},
    {"pending_soldiers_of_un_peacekeeping_force", "هاجم مسلحون جنود قوة حفظ السلام التابعة للأمم المتحدة في مالي.",
     "ASSAULT", "19", "*/UAF", "*/PKO"},
};

class Lex25PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lex25PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex25PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// بحماس before an indefinite masculine adjective is "with enthusiasm", in a document not about Palestine;
// before none, it is Hamas. (Without ب, ساد حماس كبير, the word after may be an object and is left alone.)
struct HamasRow {
  const char* name;
  const char* text;
  bool hamas;  // whether the sentence names Hamas
};

void PrintTo(const HamasRow& x, std::ostream* os) { *os << x.name; }

const HamasRow kHamas[] = {
    {"fans_with_great_enthusiasm", "استقبل المشجعون المنتخب المغربي بحماس كبير في الرباط.", false},
    {"guard_hamas_claim_before_object", "كما أن تبني حماس إطلاق الصواريخ زاد من التصعيد.", true},
    {"watched_with_strong_enthusiasm", "تابع الجمهور المباراة بحماس شديد.", false},
    {"guard_contacted_hamas", "اتصل الوسطاء المصريون بحماس لبحث المقترح.", true},
    {"guard_met_hamas_in_cairo", "التقى الوفد المصري بحماس في القاهرة.", true},
};

class Lex25HamasTest : public ::testing::TestWithParam<HamasRow> {};

TEST_P(Lex25HamasTest, NamesHamasOnlyAsAName) {
  const HamasRow& x = GetParam();
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  Document doc;
  doc.text = x.text;
  doc.date = "2024-05-10";
  worker.Analyze(doc);
  bool hamas = false;
  for (const Mention& m : worker.recognition().mentions) {
    hamas = hamas || (m.is_actor && m.record >= 0 && engine->lexicon().record(m.record).actor_id == "PSE_HAMAS");
  }
  EXPECT_EQ(hamas, x.hamas) << x.name;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex25HamasTest, ::testing::ValuesIn(kHamas),
                         [](const ::testing::TestParamInfo<HamasRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
