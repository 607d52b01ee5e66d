// Negation, modality and the doers of acts asked for, session 22, on wire-style sentences written for these
// tables, each labelled by hand from the Arabic before the coder ran: an order, an instruction or a threat
// brandished with ب and a verbal noun (أمر الرئيس بقصف، أصدر أوامر باقتحام، لوحت أنقرة بشن عملية) is a
// plan, not an act done, but an order to detain is the legal action itself (أمرت النيابة بحبس) and an
// ordered act followed by its result was carried out; the noun الأمر "the matter" orders nothing. What a
// call or an urging asks for is done by the one addressed (دعت المعارضة الجيش إلى اعتقال: the army). The
// act a threatened reply answers (توعد بالرد على اغتيال) and one whose doers or victims are named (ملاحقة
// منفذي الهجوم) happened: it is not what is intended. A wave of cold is a disaster, no doer. Rows
// named fix_ failed before session 22's change; rows named guard_ passed before and keep the change honest.
#include <gtest/gtest.h>

#include <string>

#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

// The checks of unit/mood_case_support.h.
const Case kCases[] = {
    // Ordered, instructed, brandished: intended.
    {"fix_ordered_shelling", "أمر الرئيس السوري بقصف مواقع المتمردين في إدلب.", "ASSAULT", "قصف", false, "intended"},
    {"fix_issued_orders_to_storm", "أصدر قائد الجيش أوامر باقتحام المخيم.", "ASSAULT", "اقتحام", false, "intended"},
    {"fix_ordered_dispersal", "أمرت وزارة الداخلية بتفريق الاعتصام بالقوة.", "ASSAULT", "تفريق", false, "intended"},
    {"fix_brandished_operation", "لوح الرئيس التركي بشن عملية عسكرية جديدة في شمال سوريا.", "ASSAULT", "عملية", false,
     "intended"},
    {"fix_green_light_for_strikes", "أعطى الرئيس الضوء الأخضر لشن ضربات على مواقع الحوثيين.", "ASSAULT", "ضربات", false,
     "intended"},
    {"fix_urged_supporters_to_protest", "حث الزعيم المعارض أنصاره على التظاهر أمام البرلمان.", "PROTEST", "التظاهر",
     false, "intended"},
    // An order to detain is the legal action; a result shows the ordered act was done; الأمر "the matter".
    {"guard_ordered_pretrial_detention", "أمرت النيابة العامة بحبس ثمانية مسؤولين احتياطيا.", "COERCE", "حبس", false,
     "asserted"},
    {"guard_ordered_strikes_that_killed",
     "أمرت القوات الأمريكية بضربات جوية على مركز للشرطة أسفرت عن مقتل تسعة من رجال الشرطة.", "ASSAULT", "ضربات", false,
     "asserted"},
    {"guard_the_matter_orders_nothing", "يتعلق الأمر بهجوم شنه مسلحون على حاجز للجيش المصري في سيناء.", "ASSAULT",
     "هجوم", false, "asserted"},
    // What a threatened reply answers, and an act whose doers or victims are named, happened: not intended.
    {"fix_reply_to_an_assassination", "توعد زعيم حزب الله بالرد على اغتيال القائد العسكري.", "ASSAULT", "اغتيال", false,
     "!intended"},
    {"fix_revenge_for_a_killing", "توعدت الحركة بالانتقام لمقتل قائدها.", "ASSAULT", "مقتل", false, "!intended"},
    {"fix_perpetrators_of_the_attack", "تعهد الرئيس بملاحقة منفذي الهجوم على السفارة.", "ASSAULT", "الهجوم", false,
     "!intended"},
    {"fix_those_responsible_for_shelling", "تعهدت الحكومة بمحاسبة المسؤولين عن قصف المستشفى.", "ASSAULT", "قصف",
     false, "!intended"},
    {"guard_threatened_shelling", "تهدد روسيا بقصف مراكز القرار في كييف.", "ASSAULT", "قصف", false, "intended"},
    // A possibility weighed with غير (unlikely, not ruled out) is no denial and no report.
    {"fix_unlikely_attack", "من غير المرجح أن تشن إسرائيل هجوما على إيران قبل الانتخابات الأمريكية.", "ASSAULT", "هجوم",
     false, "hypothetical"},
    {"fix_not_ruled_out_arrests", "من غير المستبعد أن تعتقل السلطات مزيدا من الناشطين.", "COERCE", "تعتقل", false,
     "hypothetical"},
    // A wave of cold sweeping the mountains attacks nobody.
    {"fix_cold_wave_swept", "اجتاحت موجة من البرد القارس المناطق الجبلية.", nullptr, "", false, nullptr},
};

class Mood22Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood22Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood22Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

// Who would do the act asked for: the event of the type whose trigger contains `trigger` has a source whose
// text contains `source` ("" for no source at all).
struct DoerCase {
  const char* name;
  const char* text;
  const char* event;
  const char* trigger;
  const char* source;
};

void PrintTo(const DoerCase& x, std::ostream* os) { *os << x.name; }

const DoerCase kDoers[] = {
    // The one addressed does what the call asks for, not the caller.
    {"fix_supporters_would_attack", "دعا زعيم الجماعة أنصاره إلى مهاجمة المقرات الحكومية.", "ASSAULT", "مهاجمة",
     "أنصاره"},
    {"fix_army_asked_to_arrest", "دعت المعارضة الجيش إلى اعتقال قادة الانقلاب.", "COERCE", "اعتقال", "الجيش"},
    {"fix_counterpart_asked_to_try", "دعا القاضي الإسباني نظيره المغربي إلى محاكمة المتهم في الرباط.", "COERCE",
     "محاكمة", "المغربي"},
    {"guard_no_one_addressed", "دعا زعيم التنظيم إلى شن هجمات في أوروبا.", "ASSAULT", "هجمات", ""},
    {"guard_caller_organises_protest", "دعت المعارضة إلى التظاهر يوم الجمعة.", "PROTEST", "التظاهر", "المعارضة"},
};

class Mood22DoerTest : public ::testing::TestWithParam<DoerCase> {};

TEST_P(Mood22DoerTest, HasTheDoer) {
  const DoerCase& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += e.event + " '" + e.trigger_text + "' source '" + (e.source ? e.source->text : "") + "'\n";
    if (e.event != x.event || e.trigger_text.find(x.trigger) == std::string::npos) continue;
    std::string_view want(x.source);
    found = found || (want.empty() ? !e.source : (e.source && e.source->text.find(want) != std::string::npos));
  }
  EXPECT_TRUE(found) << x.name << ": no " << x.event << " '" << x.trigger << "' with source '" << x.source
                     << "' among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood22DoerTest, ::testing::ValuesIn(kDoers),
                         [](const ::testing::TestParamInfo<DoerCase>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
