// Negation and modality of events, and sentences that report no event (reporting.cc, data/coder/cues.tsv):
// sentences written for these tests, each labelled by hand.
// An event of the type whose trigger contains `trigger` must have the given negation and modality (the
// checks are described in unit/mood_case_support.h).
#include <gtest/gtest.h>

#include <string>

#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

const Case kCases[] = {
    // A denial of a part in the event (responsibility, a link, involvement) does not deny the event.
    {"denial_of_a_link", "نفت الحركة أي صلة لها بالتفجير الذي استهدف سوقا في مقديشو.", "ASSAULT", "", false, nullptr},
    {"denial_of_responsibility", "نفت إسرائيل مسؤوليتها عن الانفجار الذي وقع في ميناء بندر عباس.", "ASSAULT", "", false,
     nullptr},
    {"guard_denial_of_the_event", "نفى الجيش المالي قتل مدنيين في قرية مورا.", "ASSAULT", "قتل", true, "reported"},
    // عدم وقوع، عدم حدوث: "that no ... occurred" denies the event after أي.
    {"no_occurrence_of_a_clash", "أكد الجيش اللبناني عدم وقوع أي اشتباك على الحدود الجنوبية.", "ASSAULT", "اشتباك", true,
     "reported"},
    {"no_occurrence_of_arrests", "أكدت الشرطة عدم حدوث أي اعتقالات خلال المسيرة.", "COERCE", "اعتقالات", true,
     "reported"},
    // Not stopping, not calming down and "still" assert that the event goes on.
    {"not_stopping_goes_on", "لم يتوقف القصف المدفعي على أطراف مدينة غزة طوال الليل.", "ASSAULT", "القصف", false,
     "asserted"},
    {"not_calming_goes_on", "لم تهدأ الاشتباكات في مدينة الفاشر منذ الصباح.", "ASSAULT", "الاشتباكات", false, "asserted"},
    {"still_before_an_imperfective", "ما زالت الطائرات الروسية تقصف ريف إدلب الجنوبي.", "ASSAULT", "تقصف", false,
     "asserted"},
    {"still_before_a_noun", "لا يزال القصف متواصلا على مدينة خان يونس.", "ASSAULT", "القصف", false, "asserted"},
    // A negated verb of saying or confirming attributes nothing, before or after the event.
    {"nobody_claimed_the_bombing", "لم يعلن أي طرف مسؤوليته عن تفجير استهدف حافلة في كويتا.", "ASSAULT", "تفجير", false,
     "asserted"},
    {"nobody_claimed_the_assassination", "لم تعلن أي جهة مسؤوليتها عن اغتيال القاضي في بغداد.", "ASSAULT", "اغتيال",
     false, "asserted"},
    {"toll_not_confirmed_however", "قتل مسلحون خمسة جنود في كمين، غير أن الجيش لم يؤكد الحصيلة.", "ASSAULT", "قتل", false,
     "asserted"},
    {"toll_not_confirmed_and", "قتل ثلاثة مدنيين في قصف على ريف حلب، ولم تؤكد السلطات الحصيلة.", "ASSAULT", "قتل", false,
     "asserted"},
    // What an actor admits is its word: reported.
    {"admitted_shooting", "اعترفت الشرطة بأنها أطلقت النار على سيارة في نانتير.", "ASSAULT", "أطلقت", false, "reported"},
    {"admitted_killing", "اعترف الجيش الإسرائيلي بأن جنوده قتلوا ثلاثة رهائن بالخطأ في غزة.", "ASSAULT", "قتلوا", false,
     "reported"},
    {"acknowledged_strike", "أقر الجيش الأمريكي بأن غارة قتلت مدنيين في الموصل.", "ASSAULT", "قتلت", false, "reported"},
    {"acknowledged_burning", "أقرت الحكومة البورمية بأن قواتها أحرقت قرى في ولاية راخين.", "ASSAULT", "أحرقت", false,
     "reported"},
    // A negated intention or attempt negates what it would do.
    {"no_intention_of_war", "قال وزير الخارجية إن بلاده لا تنوي شن حرب على أي دولة.", "ASSAULT", "حرب", true, "intended"},
    {"no_attempt_to_storm", "لم يحاول المتظاهرون اقتحام مبنى البرلمان، بحسب الشرطة.", "ASSAULT", "اقتحام", true,
     "intended"},
    // An intention or a possibility does not cover the reason of the act (احتجاجا على), the event after a
    // preposition of time (بعد), nor that event's circumstance.
    {"reason_of_a_planned_strike", "يعتزم المحامون الإضراب عن العمل احتجاجا على اعتقال زميلهم.", "COERCE", "اعتقال",
     false, "asserted"},
    {"reason_of_threatened_protests", "هددت المعارضة بتنظيم مظاهرات بعد اعتقال زعيمها.", "COERCE", "اعتقال", false,
     "asserted"},
    {"time_of_a_vow", "توعدت إيران بالانتقام من إسرائيل بعد اغتيال قائد في دمشق.", "ASSAULT", "", false, "!intended"},
    {"circumstance_of_the_time", "تتوعد الجماعة بالثأر بعد مقتل قائدها في غارة أمريكية.", "ASSAULT", "", false,
     "!intended"},
    {"guard_intention_after_a_time_phrase", "يعتزم الجيش بعد انتهاء الهدنة شن هجوم على المدينة.", "ASSAULT", "هجوم",
     false, "intended"},
    {"guard_intention_reaches_its_object", "يستعد الجيش التركي لشن عملية برية في شمال سوريا.", "ASSAULT", "عملية", false,
     "intended"},
    {"guard_possibility_then_time", "قد يشن الجيش هجوما بعد انسحاب القوات الأممية.", "ASSAULT", "هجوما", false,
     "hypothetical"},
    // No event: a count over a period that opens the sentence is a statistic; the quoted title of a work
    // names it.
    {"since_a_year_at_the_head", "منذ عام 2011، قتل مئات الآلاف في الحرب السورية.", nullptr, "", false, nullptr},
    {"since_a_year_at_the_head_2", "منذ عام 2014، قتل آلاف المدنيين في النزاع باليمن.", nullptr, "", false, nullptr},
    {"during_a_civil_war", "خلال الحرب الأهلية اللبنانية، خطف آلاف الأشخاص ولم يعرف مصيرهم.", nullptr, "", false,
     nullptr},
    {"during_a_civil_war_2", "خلال الحرب الأهلية في الجزائر، قتل عشرات الآلاف من المدنيين.", nullptr, "", false,
     nullptr},
    {"guard_since_the_morning", "منذ الصباح، قتل خمسة مدنيين في قصف على خان يونس.", "ASSAULT", "قتل", false, "asserted"},
    {"guard_during_clashes", "خلال اشتباكات أمس، قتل ثلاثة جنود في درعا.", "ASSAULT", "قتل", false, "asserted"},
    {"title_of_a_report", "أصدرت منظمة هيومن رايتس ووتش تقريرا بعنوان \"قتل المتظاهرين في البصرة\".", nullptr, "", false,
     nullptr},
    {"title_of_an_article", "نشرت الصحيفة مقالا بعنوان «قصف المستشفيات جريمة حرب».", nullptr, "", false, nullptr},
    {"guard_quote_is_no_title", "قال المتحدث إن الشرطة اعتقلت المتظاهرين، وقال ناشطون إن \"الهجوم على المعتصمين\" كان وحشيا.",
     "ASSAULT", "الهجوم", false, "reported"},
};

class Mood18Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood18Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood18Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
