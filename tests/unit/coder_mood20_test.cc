// Negation, modality and triggers of session 20, on wire-style sentences written for these tables, each
// labelled by hand from the Arabic before the coder ran: "any" between a verb and the rest of its phrase
// (نفى الجيش شن أي هجوم، لم تطلق القوات أي صاروخ), the event a happening (وقوع، حدوث) presents, which the
// actor before it only speaks of; what a call asks for (دعت المعارضة إلى التظاهر: intended, the caller's);
// the verbal noun مهاجمة; a present verb after أنْ under a cue of fear or plan (يخشى السكان أن تقصف
// الطائرات الحي: hypothetical), and elsewhere no event (من حق الناس أن يدافعوا); and =يوقف after an actor
// opening the sentence with an object after the verb (الشرطة توقف صحفيا). Rows named fix_ failed before
// session 20's change; rows named guard_ passed before and keep the change honest.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

// The checks of unit/mood_case_support.h.
const Case kCases[] = {
    // "Any" splitting a verb phrase: the phrase is read across it, under the negation of its clause.
    {"fix_no_missile_fired", "لم تطلق القوات أي صاروخ على البلدة.", "ASSAULT", "تطلق", true, "asserted"},
    {"fix_no_attack_launched_subject_between", "لم يشن الجيش أي هجوم على المدينة منذ أسبوع.", "ASSAULT", "يشن", true,
     "asserted"},
    {"fix_denied_launching_any_attack", "نفى الجيش شن أي هجوم على المدينة.", "ASSAULT", "شن", true, "reported"},
    {"guard_no_attack_of_any_kind", "لم تتعرض القافلة لأي هجوم في طريقها إلى حلب.", "ASSAULT", "هجوم", true,
     "asserted"},
    {"fix_no_protester_took_to_the_streets", "لم يخرج أي متظاهر إلى الشوارع في أم درمان يوم الجمعة.", "PROTEST",
     "يخرج", true, "asserted"},
    {"fix_no_site_targeted", "لم تستهدف المدفعية التركية أي موقع كردي في منبج.", "ASSAULT", "تستهدف", true,
     "asserted"},
    // The event as the subject of a denied happening; failing to do an act.
    {"fix_attack_did_not_happen", "قال مسؤول أمني إن الهجوم لم يقع.", "ASSAULT", "الهجوم", true, "reported"},
    {"fix_failed_to_storm", "وكانت الميليشيا قد فشلت في اقتحام السجن المركزي.", "ASSAULT", "اقتحام", true, "intended"},
    {"guard_the_attack_failed", "فشل الهجوم الروسي على كييف بعد أسابيع من القتال.", "ASSAULT", "", false, nullptr},
    // What an accusation charges: a part taken in the act, and the act joined to the charge by و.
    {"fix_charged_with_involvement", "اتهمت المعارضة الحكومة بالتورط في اغتيال الصحفي.", "ASSAULT", "اغتيال", false,
     "alleged"},
    {"fix_charged_act_joined", "تتهم الأمم المتحدة الجماعات المسلحة بتجنيد الأطفال وقتلهم.", "ASSAULT", "قتل", false,
     "alleged"},
    {"guard_stood_behind_a_known_killing", "اتهمت الحركة فرقة مجهولة بالوقوف وراء اغتيال القاضي الذي جاء بعد يومين.",
     "ASSAULT", "", false, "!alleged"},
    // Protesters in the streets (في شوارع).
    {"fix_out_in_the_streets", "ذكرت وسائل إعلام محلية أن آلاف المتظاهرين خرجوا في شوارع تل أبيب.", "PROTEST", "خرج",
     false, "reported"},
    // Doers that attack nobody: a company, snow, drought.
    {"fix_company_stormed_a_market", "اقتحمت الشركة الصينية سوق السيارات الكهربائية الأوروبية.", nullptr, "", false,
     nullptr},
    {"fix_snow_trapped_cars", "حاصرت الثلوج مئات السيارات على الطريق السريع في الأناضول.", nullptr, "", false, nullptr},
    {"fix_drought_threatens", "يهدد الجفاف ملايين الأشخاص في القرن الأفريقي.", nullptr, "", false, nullptr},
    {"guard_gunmen_stormed_company", "اقتحم مسلحون مقر شركة نفط في دلتا النيجر.", "ASSAULT", "اقتحم", false,
     "asserted"},
    // What a call asks for has not happened: intended.
    {"fix_called_for_protest", "دعت المعارضة إلى التظاهر يوم الجمعة.", "PROTEST", "التظاهر", false, "intended"},
    {"fix_called_for_general_strike", "دعا الاتحاد العام التونسي للشغل إلى الإضراب العام.", "PROTEST", "الإضراب",
     false, "intended"},
    {"guard_called_for_a_march", "دعت النقابات إلى مسيرة حاشدة في الرباط.", "PROTEST", "مسيرة", false, "intended"},
    // The verbal noun مهاجمة under a cue of preparation or plan.
    {"fix_preparing_to_attack", "تستعد القوات لمهاجمة المدينة.", "ASSAULT", "مهاجمة", false, "intended"},
    {"fix_planning_to_attack", "تخطط الميليشيا لمهاجمة القرى الحدودية.", "ASSAULT", "مهاجمة", false, "intended"},
    // A present verb after أنْ: feared, planned or possible; elsewhere no event.
    {"fix_fear_that_aircraft_shell", "يخشى السكان أن تقصف الطائرات الحي.", "ASSAULT", "تقصف", false, "hypothetical"},
    {"fix_fear_that_gunmen_attack", "تخشى الحكومة أن يهاجم المسلحون القرية.", "ASSAULT", "يهاجم", false,
     "hypothetical"},
    {"fix_scheduled_visit", "من المقرر أن يزور الرئيس التركي بغداد الأسبوع المقبل.", "CONSULT", "يزور", false,
     "intended"},
    {"guard_right_to_defend", "من حق الشعوب أن تدافع عن أرضها.", nullptr, "", false, nullptr},
    {"guard_must_ask_forgiveness", "على الحكومة أن تطلب الصفح من الضحايا.", nullptr, "", false, nullptr},
    {"guard_threat_to_shell", "هدد الجيش بأن يقصف الحي إذا لم ينسحب المسلحون.", "ASSAULT", "يقصف", false,
     "intended"},
    // =يوقف after an actor that opens the sentence, with an object after the verb.
    {"fix_police_detain_journalist", "الشرطة توقف صحفيا في القاهرة.", "COERCE", "توقف", false, "asserted"},
    {"guard_army_stopped_fighting", "الجيش توقف عن القتال.", "COERCE", "", false, "!asserted"},
};

class Mood20Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood20Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood20Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

// Who did an event whether or not it counts: the source of the event of the type whose trigger contains
// `trigger` is `source` ("COUNTRY/SECTOR", "*" for any part, "" for none).
struct SourceCase {
  const char* name;
  const char* text;
  const char* event;
  const char* trigger;
  const char* source;
};

void PrintTo(const SourceCase& x, std::ostream* os) { *os << x.name; }

const SourceCase kSources[] = {
    // The denier of an attack it is said to have launched is its doer; of an attack it says did not
    // happen (وقوع، حدوث), nobody.
    {"fix_denied_launching_attack_by_army", "نفى الجيش شن أي هجوم على المدينة.", "ASSAULT", "", "/MIL"},
    {"fix_denied_any_attack_happened", "نفت الشرطة وقوع أي هجوم على مركزها.", "ASSAULT", "هجوم", ""},
    {"fix_confirmed_a_blast_happened", "أكد الجيش حدوث انفجار قرب الثكنة.", "ASSAULT", "انفجار", ""},
    {"guard_accused_shelled", "تتهم موسكو كييف بقصف محطة الكهرباء.", "ASSAULT", "قصف", "UKR/*"},
    // Who calls for a protest organises it.
    {"fix_protest_called_by_opposition", "دعت المعارضة إلى التظاهر يوم الجمعة.", "PROTEST", "التظاهر", "/OPP"},
    {"fix_no_missile_by_forces", "لم تطلق القوات أي صاروخ على البلدة.", "ASSAULT", "تطلق", "/MIL"},
};

class Mood20SourceTest : public ::testing::TestWithParam<SourceCase> {};

TEST_P(Mood20SourceTest, HasTheSource) {
  const SourceCase& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (e.event != x.event || e.trigger_text.find(x.trigger) == std::string::npos) continue;
    found = found || testing::ActorMatches(x.source, testing::ActorKey(e.source));
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << " with source '" << x.source << "' among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood20SourceTest, ::testing::ValuesIn(kSources),
                         [](const ::testing::TestParamInfo<SourceCase>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
