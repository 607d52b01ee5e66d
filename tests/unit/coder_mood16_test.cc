// Negation and modality of events (reporting.cc, data/coder/cues.tsv): sentences written for these tests,
// each labelled by hand. An event of the type whose trigger contains `trigger` must have the given
// negation and modality; with modality null, no event of the type may be negated (the checks are
// described in unit/mood_case_support.h).
#include <gtest/gtest.h>

#include <string>

#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

const Case kCases[] = {
    // A denial is a statement: the denied event is negated and attributed to whoever denies it, as after
    // قال ... إنه لم; it covers its own complement, not the clause before it (guards: an accusation denied
    // stays alleged; an event before the denial stays asserted).
    {"denial_of_a_verbal_noun", "نفت وزارة الدفاع التركية قصف قرى في شمال العراق.", "ASSAULT", "قصف", true, "reported"},
    {"denial_with_a_complement", "نفى الجيش الإسرائيلي أن تكون طائراته قد قصفت مدرسة في مخيم جباليا.", "ASSAULT", "قصفت", true, "reported"},
    {"denial_in_the_present", "الشرطة الكينية تنفي اعتقال صحفيين في نيروبي.", "COERCE", "اعتقال", true, "reported"},
    {"guard_denial_then_an_accusation", "نفت الحكومة اتهامات بتعذيب المعتقلين في سجونها.", "ASSAULT", "تعذيب", true, "alleged"},
    {"guard_denial_does_not_reach_back", "قصفت المدفعية الأوكرانية مدينة دونيتسك، بينما نفت موسكو وقوع إصابات.", "ASSAULT", "قصفت", false, "asserted"},
    // لن negates a future: the event is negated and intended, as the future prefix makes it intended.
    {"future_negation_is_intended", "لن تهاجم القوات التركية المدنيين في شمال سوريا.", "ASSAULT", "تهاجم", true, "intended"},
    {"future_negation_reported", "قال وزير الدفاع إن الجيش لن يقصف المنشآت المدنية في غزة.", "ASSAULT", "يقصف", true, "intended"},
    {"future_negation_over_the_governing_verb", "لن تشن الولايات المتحدة غارات جديدة على العراق.", "ASSAULT", "غارات", true, "intended"},
    // A noun trigger takes the negation and the tense of the verb of occurrence that governs it.
    {"negation_over_the_governing_verb", "لم تنفذ الطائرات الأمريكية أي غارة على اليمن أمس.", "ASSAULT", "غارة", true, "asserted"},
    {"future_prefix_of_the_governing_verb", "ستنظم النقابات مسيرة حاشدة في الرباط يوم الأحد.", "PROTEST", "مسيرة", false, "intended"},
    // Not confirming or not ruling out denies nothing: the event is a claim, or a possibility.
    {"not_confirmed_is_alleged", "لم يؤكد الجيش الباكستاني قصف مواقع في أفغانستان.", "ASSAULT", "قصف", false, "alleged"},
    {"not_ruled_out_is_hypothetical", "لم تستبعد الحكومة أن تشن القوات هجوما على معاقل المتمردين.", "ASSAULT", "هجوما", false, "hypothetical"},
    // An intention with a pronoun (عزمه) or in the accusative (مخططا) is an intention.
    {"resolve_with_a_pronoun", "أكد الجيش السوداني عزمه شن هجوم على مواقع الدعم السريع.", "ASSAULT", "هجوم", false, "intended"},
    {"foiled_plot_accusative", "أحبطت الشرطة الألمانية مخططا لتنفيذ هجوم على سوق عيد الميلاد.", "ASSAULT", "هجوم", true, "intended"},
    // A headline's speaker before a colon attributes what follows; a place there is a dateline.
    {"headline_source_organization", "الجيش الأمريكي: قصفنا مواقع للحوثيين في اليمن.", "ASSAULT", "قصفنا", false, "reported"},
    {"headline_source_ministry", "وزارة الداخلية العراقية: مقتل خمسة إرهابيين في عملية بالأنبار.", "ASSAULT", "مقتل", false, "reported"},
    {"headline_source_agency", "رويترز: احتجاجات في مدن عدة بعد رفع أسعار الوقود في نيجيريا.", "PROTEST", "احتجاجات", false, "reported"},
    // (Session 51: a toll denied of the blast named after it leaves the blast alone, told as having taken place.)
    {"headline_negated_with_source", "الشرطة: لم يقتل أحد في الانفجار قرب السفارة.", "ASSAULT", "الانفجار", false,
     "reported"},
    // A verb of saying opening, with و after a comma, a statement with its own complement does not
    // attribute the event before it; nor does a negated one. A claim named after the event makes it alleged.
    {"new_statement_after_the_event", "قتل أربعة جنود في كمين بشمال مالي، وقال الجيش إن المهاجمين انسحبوا.", "ASSAULT", "قتل", false, "asserted"},
    {"new_statement_with_added", "هاجم مسلحون مركزا للشرطة في بلوشستان، وأضاف مسؤول أن التحقيق بدأ.", "ASSAULT", "هاجم", false, "asserted"},
    {"negated_attribution_after_the_event", "قتل جنديان في انفجار عبوة في دير الزور، ولم تعلن أي جهة مسؤوليتها.", "ASSAULT", "قتل", false, "asserted"},
    {"without_attribution_after_the_event", "قتل خمسة أشخاص في تفجير بسوق في كابول دون أن تعلن أي جهة مسؤوليتها.", "ASSAULT", "قتل", false, "asserted"},
    {"new_statement_with_a_plural_pronoun", "اعتقلت الشرطة الأردنية ثلاثة أشخاص، وقالت إنهم كانوا يخططون لتنفيذ هجمات.", "COERCE", "اعتقلت", false, "asserted"},
    {"claim_named_after_the_event", "قتل الجيش النيجيري عشرات المدنيين في غارة على حفل ديني، بحسب ما زعمت منظمة محلية.", "ASSAULT", "قتل", false, "alleged"},
    // يذكر أن opens the writer's own background.
    {"worth_noting_is_the_writer", "يذكر أن هجوما مماثلا استهدف المعسكر نفسه الشهر الماضي.", "ASSAULT", "هجوما", false, "asserted"},
    // A UN agency is no news agency, and statements protested against are no attribution.
    {"un_agency_is_no_source", "قصفت الطائرات الإسرائيلية مدرسة تابعة لوكالة الأونروا في رفح.", "ASSAULT", "قصفت", false, "asserted"},
    {"statements_as_an_object", "تظاهر مئات الطلاب في الجزائر احتجاجا على تصريحات الرئيس الفرنسي.", "PROTEST", "تظاهر", false, "asserted"},
    // ما زال، لا يزال "still" and a negated copula before a definite subject deny no event
    // (expected: no negated event of the type).
    {"still_is_no_negation", "لا تزال الاشتباكات مستمرة في مدينة الفاشر.", "ASSAULT", "اشتباكات", false, nullptr},
    {"still_is_no_negation_ma", "ما زالت المعارك متواصلة في ريف حلب الجنوبي.", "ASSAULT", "معارك", false, nullptr},
    {"copula_negates_the_predicate", "لم يكن الهجوم على السفارة الأول من نوعه.", "ASSAULT", "هجوم", false, nullptr},
    // Guards: attribution after the event without a new statement, قد before a past verb, negation of
    // another clause or another verb, a pretext, a dateline, a statement, a news agency.
    {"guard_attribution_after_the_event", "قتل ثلاثة مدنيين في غارة على قرية قرب إدلب، بحسب الدفاع المدني.", "ASSAULT", "قتل", false, "reported"},
    {"guard_postposed_said", "قتل عشرة مدنيين في هجوم على قرية بإقليم إيتوري، قال مسؤول محلي.", "ASSAULT", "قتل", false, "reported"},
    {"guard_according_to_with_a_complement", "قتل سبعة مدنيين في غارة على بلدة في تيغراي، وفقا لمصادر طبية قالت إن بين القتلى أطفالا.", "ASSAULT", "قتل", false, "reported"},
    {"guard_qad_before_a_past_verb", "قالت الشرطة إن الدورية قد تعرضت لهجوم قرب الحدود.", "ASSAULT", "هجوم", false, "reported"},
    {"guard_negation_of_a_second_clause", "قتل جنديان في قصف على موقع عسكري، ولم يعلق الجيش على الحادث.", "ASSAULT", "قتل", false, "asserted"},
    {"guard_negation_of_another_event", "أفاد شاهد بأن قوات الأمن قتلت متظاهرا ولم تعتقل أحدا.", "ASSAULT", "قتلت", false, "reported"},
    {"guard_pretext_covers_the_pretext", "اعتقلت السلطات المصرية صحفيا بدعوى نشر أخبار كاذبة.", "COERCE", "اعتقلت", false, "asserted"},
    {"guard_said_then_negated", "قال الجيش إن جنوده لم يطلقوا النار على المتظاهرين.", "ASSAULT", "يطلقوا", true, "reported"},
    {"guard_headline_dateline_place", "غزة: مقتل عشرة فلسطينيين في غارة على مخيم جباليا.", "ASSAULT", "مقتل", false, "asserted"},
    {"guard_in_a_statement", "قتل ثلاثة جنود في هجوم على حاجز قرب العريش، في تصريحات لمصدر أمني.", "ASSAULT", "قتل", false, "reported"},
    {"guard_news_agency", "قتل خمسة أشخاص في انفجار بمدينة كويتا، وفق وكالة الأنباء الباكستانية.", "ASSAULT", "قتل", false, "reported"},
    {"guard_relative_ma_before_an_attribution", "قصفت القوات الروسية محطة كهرباء في منطقة خاركيف، على ما أعلنت السلطات الأوكرانية.", "ASSAULT", "قصفت", false, "reported"},
};

class MoodTest : public ::testing::TestWithParam<Case> {};

TEST_P(MoodTest, NegationAndModalityAsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, MoodTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
