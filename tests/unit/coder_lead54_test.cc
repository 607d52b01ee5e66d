// The lead's readings of session 54: three word lists of reporting.cc moved to coder/grammar.tsv.
// 1. `continuing` (زال، يتوقف، يكتف، يتردد ...): after a negation the verb asserts that the event goes on or happened.
//    The coder had three lists of these verbs: ContinuingVerb (a negated verb of going on before the event's subject,
//    ما زال + subject + imperfective), kStillWords (compared by prefix) and kCeaseWords, each with a part of the class.
//    They are now one kind, so a negated ما انفكت before the event's subject (ما انفكت الاشتباكات تتجدد) reports the
//    clashes as it reported them after لم تتوقف.
// 2. `work_title` (فيلم، كتاب، وسم): a quotation opened right after it is a work's title, no event.
// 3. `general_kind` (وسيلة، جريمة، ظاهرة): the subject of "X is a means, a crime" is a generality, no event.
// 5. (Not a reading.) Five lists of cue forms in reporting.cc (FailForm, AgreeingForm, OrderForm, ParticipationForm,
//    SuccessForm) became roles written after a cue line's kind (cues.tsv negation:failing, grammar.tsv
//    occurrence:success): the forms that carry each role are those the lists held.
// 4. اكتفى "contented itself with, stopped short at" is a verb of occurrence and of govern: the act it leads into through
//    ب happened, and its subject did it (اكتفت قوات الأمن بتفريق المتظاهرين). Its jussive after لم, a verb of kind
//    continuing, says "not only that": the act happened (لم يكتف المسلحون بخطف الصحفيين بل ...). Before, the act was not
//    coded at all (read as the complement of an unknown verb); with the verb of occurrence alone it was coded negated
//    and without its doer. The present after لا (لا يكتفي الاحتلال بهدم المنازل) states a habit: no event.
//    So do the present forms of تردد "hesitate" and توانى "refrain" after لم, with the act after في or عن (لم تتردد
//    الشرطة في إطلاق النار، لم يتوان الجيش عن قصف), when their subject is named after them; the past تردد "hesitated"
//    and the present without لم code nothing. (عن is now a preposition after which a governing verb's subject is the
//    doer, trigger_arguments.cc.)
// The outputs of the golds (GSR, seed, fresh, independent sets 1-8, the dated articles, --explain on detect_dev) are
// byte-identical before and after the move. Every expectation was written by hand from the Arabic before the coder
// ran. Rows named guard_ passed before the change; every other row failed before it. Pending rows state readings
// still missing and fail once they pass.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// 1. A negated verb of going on or of ceasing: the event is reported, not denied.
class Lead54ContinuingTest : public ::testing::TestWithParam<testing::NegationRow> {};

TEST_P(Lead54ContinuingTest, ReportsTheEvent) { testing::ExpectNegationRow(GetParam()); }

const testing::NegationRow kContinuing[] = {
    {"guard_clashes_still_going_on_in_el_fasher",
     "لا تزال الاشتباكات مستمرة بين الجيش وقوات الدعم السريع في مدينة الفاشر.", "ASSAULT", false},
    {"guard_raids_on_south_lebanon_did_not_stop", "لم تتوقف الغارات الإسرائيلية على جنوب لبنان منذ صباح الأحد.",
     "ASSAULT", false},
    {"guard_drones_still_shelling_border_villages", "ما زالت الطائرات المسيرة تقصف القرى الحدودية في ريف إدلب.",
     "ASSAULT", false},
    {"clashes_never_ceased_to_flare_up_in_tripoli", "ما انفكت الاشتباكات تتجدد في أحياء طرابلس الجنوبية.", "ASSAULT",
     false},
    {"guard_confrontations_did_not_calm_down", "لم تهدأ المواجهات بين المحتجين والشرطة في العاصمة.", "PROTEST",
     false},
    // (A negation before any other verb still denies: the class is closed.)
    {"guard_a_plain_negation_still_denies", "لم تقصف الطائرات الروسية مدينة إدلب أمس.", "ASSAULT", true},
};

INSTANTIATE_TEST_SUITE_P(Lead54, Lead54ContinuingTest, ::testing::ValuesIn(kContinuing),
                         [](const auto& info) { return std::string(info.param.name); });

// 2 and 3. The title of a work; a generality.
class Lead54NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Lead54NoEventTest, CodesNothing) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    {"guard_documentary_titled_an_assassination",
     "عرضت قناة الجزيرة فيلما وثائقيا بعنوان «اغتيال في بيروت» مساء الأحد."},
    {"guard_hashtag_stop_killing_civilians", "أطلق ناشطون وسم «أوقفوا قتل المدنيين» على مواقع التواصل."},
    {"guard_political_assassination_is_a_crime", "الاغتيال السياسي جريمة لا تسقط بالتقادم."},
    {"guard_kidnapping_is_a_means_of_extortion", "الخطف وسيلة لابتزاز العائلات."},
};

INSTANTIATE_TEST_SUITE_P(Lead54, Lead54NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const auto& info) { return std::string(info.param.name); });

// 4. Stopping short: the act after ب happened, done by the subject.
class Lead54StoppingShortTest : public ::testing::TestWithParam<testing::ProbeRow> {};

TEST_P(Lead54StoppingShortTest, CodesTheActOfTheSubject) { testing::ExpectProbeRow(GetParam()); }

const testing::ProbeRow kStoppingShort[] = {
    {"gunmen_did_not_stop_at_kidnapping_journalists", "لم يكتف المسلحون بخطف الصحفيين بل أحرقوا سيارتهم.",
     "ASSAULT", "181", "*/UAF", "*/MED"},
    {"israeli_army_did_not_stop_at_shelling_beit_hanoun",
     "لم يكتف الجيش الإسرائيلي بقصف المنازل في بيت حانون بل جرف الأراضي الزراعية.", "ASSAULT", "19", "ISR/MIL",
     nullptr},
    {"militia_did_not_stop_at_abducting_activists", "لم تكتف الميليشيا باختطاف الناشطين بل عذبتهم.", "ASSAULT", "181",
     "*/UAF", "*/CVL"},
    {"army_did_not_refrain_from_shelling_rebels_in_shan", "لم يتوان الجيش عن قصف مواقع المتمردين في ولاية شان.",
     "ASSAULT", "19", "*/MIL", "*/REB"},
    {"army_did_not_hesitate_to_shell_rebels_in_shan", "لم يتردد الجيش في قصف مواقع المتمردين في ولاية شان.",
     "ASSAULT", "19", "*/MIL", "*/REB"},
    {"security_forces_did_not_hesitate_to_fire_on_protesters",
     "لم تتردد قوات الأمن في إطلاق النار على المحتجين في الخرطوم.", "ASSAULT", "19", "SDN/COP", "SDN/CVL"},
    {"settlers_did_not_refrain_from_attacking_farmers",
     "لم يتوان المستوطنون عن مهاجمة المزارعين الفلسطينيين قرب نابلس.", "ASSAULT", "", "ISR/*", "PSE/*"},
    {"security_forces_contented_themselves_with_dispersing",
     "اكتفت قوات الأمن بتفريق المتظاهرين بالغاز المسيل للدموع.", "ASSAULT", "175", "*/COP", "*/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Lead54, Lead54StoppingShortTest, ::testing::ValuesIn(kStoppingShort),
                         [](const auto& info) { return std::string(info.param.name); });

// The present after لا states a habit; a threat stopped short at stays a threat.
const testing::NoEventRow kHabits[] = {
    {"guard_occupation_does_not_stop_at_demolishing_homes", "لا يكتفي الاحتلال بهدم المنازل."},
    {"guard_army_does_not_hesitate_a_habit", "لا يتردد الجيش في قصف الأحياء السكنية."},
    {"guard_army_hesitates_to_shell", "يتردد الجيش في قصف المدينة خوفا على المدنيين."},
    {"guard_army_hesitated_to_shell", "تردد الجيش في قصف المدينة."},
    {"guard_did_not_hesitate_to_attack_the_government_in_a_speech", "لم يتردد في مهاجمة الحكومة في خطابه."},
};

INSTANTIATE_TEST_SUITE_P(Lead54Habit, Lead54NoEventTest, ::testing::ValuesIn(kHabits),
                         [](const auto& info) { return std::string(info.param.name); });

// (Pending: a negated verb of ceasing with its subject before the act after عن, لم يتوقف الجيش عن قصف القرى, and ما برحت
// read as ب + رحت. Both are read since session 55: coder_reads55_test.cc, block 1.)

// 6. (The review.) The words of reason before an act through على، ضد، لـ or بـ (grammar.tsv reason, with
// protest_purpose's words of protest) and those responsible before عن (grammar.tsv responsible) were lists in
// reporting.cc: the act they name was done before the intention of the sentence, and is no intended act of it. The
// lists of لـ and بـ had only some of the words: استنكارا لاغتيال was read as an intended assassination.
TEST(Lead54ReasonTest, TheActOfAReasonIsNoIntendedAct) {
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  struct Row {
    const char* name;
    const char* text;
  };
  const Row kRows[] = {
      {"sit_in_planned_in_condemnation_of_an_assassination",
       "يعتزم الصحفيون الاعتصام أمام البرلمان استنكارا لاغتيال زميلهم."},
      {"guard_those_responsible_for_the_bombing", "تعهدت الحكومة بملاحقة المسؤولين عن التفجير."},
  };
  for (const Row& x : kRows) {
    for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
      EXPECT_NE(e.event, "ASSAULT") << x.name << ": " << testing::Describe(e);
    }
  }
}

// 5. The cue lines with a role: the forms of each are the former lists (written out by hand from them); the line of
// ordering also has أوامره، أوامرها, the plural with a pronoun, of the cue line the list was asked of.
TEST(Lead54CueRoleTest, TheFormsOfEachRoleAreTheFormerLists) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  std::map<CueRole, std::set<std::string>> forms;
  for (uint32_t i = 0; i < engine->triggers().cue_count(); ++i) {
    const CueRecord& c = engine->triggers().cue(i);
    if (c.role != CueRole::kNone) forms[c.role].insert(c.form);
  }
  EXPECT_EQ(forms[CueRole::kFailing], (std::set<std::string>{"فشل", "يفشل", "أخفق", "يخفق"}));
  EXPECT_EQ(forms[CueRole::kAgreeing], (std::set<std::string>{"وافق", "يوافق", "اتفق", "يتفق"}));
  EXPECT_EQ(forms[CueRole::kOrdering], (std::set<std::string>{"أمر", "أمرت", "أمروا", "يأمر", "تأمر", "يأمرون", "أوامر",
                                                              "أوامره", "أوامرها", "أمرا"}));
  EXPECT_EQ(forms[CueRole::kParticipation],
            (std::set<std::string>{"شارك", "يشارك", "ساهم", "يساهم", "انخرط", "ينخرط"}));
  EXPECT_EQ(forms[CueRole::kSuccess], (std::set<std::string>{"نجح"}));
}

}  // namespace
}  // namespace rasad
