// A person named in full and then by the last word of the name alone (AddPersonsNamedAgain): the word is the
// person, where a name can stand and where the document names no one else so. The dictionaries leave such
// surnames out on their own (الأسد is also a lion, and names three men), so before session 44 the later word
// named nobody: واتهم الأسد تركيا had no accuser.
// Wire-style documents written for this table (none copied from a corpus); every expectation was written by
// hand from the Arabic before the recognizer ran. The rows not named guard_ failed at the session's start.
#include <gtest/gtest.h>

#include <string>

#include "coder/engine.h"
#include "lexicon/lexicon.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using testing::TestEngine;

struct SurnameRow {
  const char* name;
  const char* text;
  const char* word;      // a word of the text, as written, where a mention may start
  const char* actor_id;  // the person a mention starting at the word names, or "" for none
};

void PrintTo(const SurnameRow& x, std::ostream* os) { *os << x.name; }

const SurnameRow kSurnames[] = {
    {"assad_named_again_as_accuser",
     "قال الرئيس السوري بشار الأسد إن بلاده لن تتفاوض مع المعارضة. واتهم الأسد تركيا بدعم الإرهابيين.", "الأسد",
     "PER_BASHAR_ASSAD"},
    // (السوداني alone is also the adjective "Sudanese": after a verb, with an object after it, it is the man.)
    {"sudani_named_again_before_object",
     "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني في بغداد. وانتقد السوداني الضربات "
     "الأمريكية على الأراضي العراقية.",
     "السوداني", "PER_MOHAMMED_SHIA_SUDANI"},
    {"assad_joined_to_putin_by_wa",
     "التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في موسكو. وبحث بوتين والأسد الوضع في سوريا.",
     "والأسد", "PER_BASHAR_ASSAD"},
    // (A weekday after the name is the date, not its attribute.)
    {"assad_with_weekday_after",
     "قال الرئيس السوري بشار الأسد إن الجيش سيستعيد إدلب. وقال الأسد الأحد إن تركيا تدعم الإرهاب.", "الأسد",
     "PER_BASHAR_ASSAD"},
    {"sudanese_government_spokesman_named_again",
     "قال المتحدث باسم الحكومة السودانية خالد الإعيسر إن الجيش استعاد مدينة ود مدني. واتهم الإعيسر قوات الدعم "
     "السريع بارتكاب انتهاكات.",
     "الإعيسر", "PER_KHALID_ALEISER"},
    // Two men named الأسد before the word: either may be meant, so neither is.
    {"guard_two_assads_name_neither",
     "التقى بشار الأسد شقيقه ماهر الأسد في دمشق. واتهم الأسد تركيا بدعم الإرهابيين.", "الأسد", ""},
    // سلمان alone after محمد بن سلمان is his father's name, not his.
    {"guard_bin_salman_not_salman",
     "التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي. واستقبل سلمان الوفد.", "سلمان", ""},
    // The nationality after a noun it qualifies (الموقف السوداني: Sudan's position), with a clitic on the noun.
    {"guard_sudanese_adjective_after_noun_with_clitic",
     "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني في بغداد. ورحبت إيران بالموقف السوداني "
     "من الحرب.",
     "السوداني", ""},
    // In construct after a common noun the word keeps its sense: the lion's den, a wounded lion.
    {"guard_lion_in_construct",
     "قال الرئيس السوري بشار الأسد إن الجيش سيستعيد إدلب. وأطلق الجيش على العملية اسم عرين الأسد.", "الأسد", ""},
    {"guard_lion_after_noun_with_attribute",
     "قال الرئيس السوري بشار الأسد إن الجيش سيستعيد إدلب. وشاهد الزوار الأسد الجريح في حديقة الحيوان.", "الأسد", ""},
    // A name without the article that is also a common word (سلام: peace) is read as the word.
    {"guard_salam_peace_not_the_prime_minister",
     "استقبل رئيس الحكومة اللبنانية نواف سلام المبعوث الأمريكي في بيروت. ودعا الوزير إلى سلام دائم في المنطقة.",
     "سلام", ""},
    // A ruler's ordinal is no surname.
    {"guard_regnal_number_no_surname",
     "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الأمريكي في عمان. وقال الثاني من المتحدثين إن "
     "المنطقة تمر بظروف صعبة.",
     "الثاني", ""},
};

class SurnameTest : public ::testing::TestWithParam<SurnameRow> {};

TEST_P(SurnameTest, NamesThePersonNamedBefore) {
  const SurnameRow& row = GetParam();
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  std::string named;  // the persons named by mentions starting at the word
  bool found = testing::ForMentionsAt(engine, row.text, row.word, [&](const Mention& m) {
    if (m.record >= 0 && engine->lexicon().record(m.record).is_person) named += engine->lexicon().record(m.record).actor_id;
  });
  if (*row.actor_id != '\0') {
    EXPECT_TRUE(found) << row.name;
  }
  EXPECT_EQ(named, row.actor_id) << row.name;
}

INSTANTIATE_TEST_SUITE_P(PersonsNamedAgain, SurnameTest, ::testing::ValuesIn(kSurnames),
                         [](const auto& info) { return std::string(info.param.name); });

// The events the surname takes part in (dated 2024-05-10: Assad is still president). An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
const ProbeRow kEvents[] = {
    {"assad_accused_turkey", "قال الرئيس السوري بشار الأسد إن بلاده لن تتفاوض مع المعارضة. واتهم الأسد تركيا بدعم "
     "الإرهابيين.", "ACCUSE", "112", "SYR/GOV", "TUR/*"},
    {"sudani_criticised_us_strikes",
     "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الإيراني في بغداد. وانتقد السوداني الضربات "
     "الأمريكية على الأراضي العراقية.",
     "ACCUSE", "111", "IRQ/GOV", "USA/*"},
    {"putin_and_assad_discussed_syria",
     "التقى الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في موسكو. وبحث بوتين والأسد الوضع في سوريا.",
     "CONSULT", "04", "RUS/GOV", "SYR/GOV"},
    {"yemeni_minister_called_on_world",
     "قال وزير الإعلام اليمني معمر الإرياني إن الحوثيين قصفوا أحياء سكنية في تعز. ودعا الإرياني المجتمع الدولي إلى "
     "إدانة الهجوم.",
     "REQUEST", "02", "YEM/GOV", nullptr},
    {"guard_two_assads_accuser_unknown",
     "التقى بشار الأسد شقيقه ماهر الأسد في دمشق. واتهم الأسد تركيا بدعم الإرهابيين.", "ACCUSE", "112", "", nullptr},
};

class SurnameEventTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(SurnameEventTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(PersonsNamedAgain, SurnameEventTest, ::testing::ValuesIn(kEvents),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
