// Negation and modality of events, and sentences that report no event (reporting.cc, data/coder/cues.tsv,
// data/coder/grammar.tsv), session 19: sentences written for these tests, each labelled by hand.
// An event of the type whose trigger contains `trigger` must have the given negation and modality (the
// checks are described in unit/mood_case_support.h).
#include <gtest/gtest.h>

#include <string>

#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

const Case kCases[] = {
    // A word of sources that heads a genitive naming no actor, or that is the object of the event's verb,
    // cites nobody: the event stays asserted.
    {"water_sources_shelled", "قصفت القوات الروسية مصادر المياه في مدينة خيرسون.", "ASSAULT", "قصفت", false, "asserted"},
    {"livelihoods_destroyed", "دمرت الميليشيات مصادر رزق المزارعين في دارفور.", "ASSAULT", "دمرت", false, "asserted"},
    {"sources_of_funding_struck", "قصفت المقاتلات مصادر تمويل التنظيم في دير الزور.", "ASSAULT", "قصفت", false, "asserted"},
    {"power_sources_targeted", "استهدفت الطائرات المسيرة الروسية مصادر الكهرباء في مدينة خاركيف.", "ASSAULT", "استهدفت",
     false, "asserted"},
    {"oil_sources_attacked", "هاجم مسلحون مصادر النفط في دلتا النيجر.", "ASSAULT", "هاجم", false, "asserted"},
    {"guard_security_sources_cited", "نقلت مصادر أمنية أن مسلحين هاجموا حاجزا للجيش في سيناء.", "ASSAULT", "هاجموا", false,
     "reported"},
    {"guard_sources_after_the_event", "قصفت المدفعية التركية قرى كردية، بحسب مصادر كردية.", "ASSAULT", "قصفت", false,
     "reported"},
    {"guard_army_sources", "قالت مصادر الجيش إن مسلحين قتلوا جنديين قرب الحدود.", "ASSAULT", "قتلوا", false, "reported"},
    // A negation with an exception after the event restricts what it hit: the event happened. إلا أن
    // "however" opens another statement.
    {"only_military_sites", "ما قصفت الطائرات إلا مواقع عسكرية، بحسب المتحدث.", "ASSAULT", "قصفت", false, "reported"},
    {"nothing_but_militants", "لم يقصف الجيش سوى مواقع المسلحين.", "ASSAULT", "يقصف", false, "asserted"},
    {"only_arms_depots", "لم يستهدف القصف إلا مخازن الأسلحة، حسب الجيش.", "ASSAULT", "يستهدف", false, "reported"},
    {"other_than_the_barracks", "لم يستهدف المتمردون غير الثكنات العسكرية.", "ASSAULT", "يستهدف", false, "asserted"},
    {"guard_non_military_sites", "لم يقصف الجيش مواقع غير عسكرية في المدينة.", "ASSAULT", "يقصف", true, "asserted"},
    {"guard_however_is_no_exception", "لم تقصف الطائرات الروسية مدينة إدلب، إلا أن المدفعية قصفت ريفها.", "ASSAULT", "تقصف",
     true, "asserted"},
    // Refraining from, or not managing, an act: it did not happen.
    {"refrained_from_arresting", "امتنعت الشرطة عن اعتقال المتظاهرين أمام السفارة.", "COERCE", "اعتقال", true, "asserted"},
    {"could_not_arrest", "لم تتمكن الشرطة من اعتقال منفذ الهجوم.", "COERCE", "اعتقال", true, "asserted"},
    // A negated cancellation or prevention undoes nothing.
    {"cancellation_not_made", "لم يتم إلغاء المظاهرة المقررة أمام السفارة.", "PROTEST", "المظاهرة", false, "intended"},
    {"guard_cancellation_made", "ألغت أحزاب المعارضة المسيرة المقررة في العاصمة.", "PROTEST", "المسيرة", true, "intended"},
    // A noun before لم and a verb of result happened: what is negated is its result. A condition (في حال
    // لم) is none.
    {"raid_without_casualties", "الغارة لم تسفر عن سقوط ضحايا، بحسب الدفاع المدني.", "ASSAULT", "الغارة", false,
     "reported"},
    {"guard_condition_is_no_report", "حذر الجيش السكان من قصف منازلهم في حال لم يتم إخلاؤها.", "ASSAULT", "قصف", false,
     "!reported"},
    // Denying a role or a participation in the event does not deny the event.
    {"denied_participation", "نفى الحزب مشاركته في الاحتجاجات.", "PROTEST", "", false, nullptr},
    {"denied_a_role", "نفت تل أبيب أي دور لها في اغتيال العالم النووي.", "ASSAULT", "", false, nullptr},
    // "Any" under a negation of its clause is denied; elsewhere it names no event.
    {"no_attack_of_any_kind", "لم تتعرض القافلة الإنسانية لأي هجوم في طريقها إلى دير الزور.", "ASSAULT", "هجوم", true,
     "asserted"},
    {"no_military_operation", "لم يقم الجيش بأي عملية عسكرية في المنطقة منذ أسابيع.", "ASSAULT", "عملية", true,
     "asserted"},
    {"no_blast_heard", "لم يسمع دوي أي انفجار في العاصمة الليلة الماضية.", "ASSAULT", "انفجار", true, "asserted"},
    {"any_shelling_in_general", "الجيش مستعد للرد على أي قصف يستهدف المدنيين.", nullptr, "", false, nullptr},
    {"guard_any_protests_in_future", "ستعاقب السلطات أي احتجاجات غير مرخصة.", nullptr, "", false, nullptr},
    // Sports, markets and disasters: event words in another sense report no event.
    {"team_attack", "شن المنتخب المغربي هجوما قويا في الشوط الثاني.", nullptr, "", false, nullptr},
    {"attacks_on_goal", "شن الفريق الضيف هجمات متتالية على مرمى الحارس.", nullptr, "", false, nullptr},
    {"team_attack_as_subject", "هجوم النادي الأهلي الأقوى في الدوري هذا الموسم.", nullptr, "", false, nullptr},
    {"team_protest", "احتجاج الفريق على التحكيم لم يغير النتيجة.", nullptr, "", false, nullptr},
    {"team_swept", "اجتاح الفريق ضيفه بخماسية.", nullptr, "", false, nullptr},
    {"team_first_place", "احتل المنتخب المغربي المركز الأول في مجموعته.", nullptr, "", false, nullptr},
    {"player_withdrew", "انسحب اللاعب من بطولة ويمبلدون بسبب الإصابة.", nullptr, "", false, nullptr},
    {"withdrew_from_league", "انسحب الفريق من الدوري بسبب ضائقة مالية.", nullptr, "", false, nullptr},
    {"league_break", "توقف الدوري السعودي في هدنة دولية لمدة أسبوعين.", nullptr, "", false, nullptr},
    {"winter_break", "هدنة الشتاء في الدوري الألماني تنتهي الأسبوع المقبل.", nullptr, "", false, nullptr},
    {"price_war", "شنت شركات الطيران حرب أسعار على خطوط الخليج.", nullptr, "", false, nullptr},
    {"currency_war", "تصاعدت حرب العملات بين الصين والولايات المتحدة.", nullptr, "", false, nullptr},
    {"war_on_corruption", "شنت الحكومة حربا على الفساد والمخدرات.", nullptr, "", false, nullptr},
    {"floods_swept", "اجتاحت السيول عدة قرى في ولاية نهر النيل.", nullptr, "", false, nullptr},
    {"heat_wave", "اجتاحت موجة حر شديدة جنوب أوروبا.", nullptr, "", false, nullptr},
    {"locusts", "هاجمت أسراب الجراد المزارع في اليمن.", nullptr, "", false, nullptr},
    {"virus_killed", "قتل الفيروس آلاف الأشخاص حول العالم.", nullptr, "", false, nullptr},
    {"teams_dominated_the_tournament", "سيطرت الفرق الإنجليزية على البطولة الأوروبية هذا الموسم.", nullptr, "", false,
     nullptr},
    // A noun at the head of a sentence with no verb, whose predicate is a noun of kind, is spoken of in
    // general.
    {"hunger_strike_is_a_means", "إضراب الجوع وسيلة احتجاج قديمة.", nullptr, "", false, nullptr},
    {"boycott_is_a_weapon", "المقاطعة الاقتصادية سلاح فعال في يد الشعوب.", nullptr, "", false, nullptr},
    {"guard_headline_protests", "مظاهرات حاشدة ضد الغلاء في العاصمة الأردنية عمان.", "PROTEST", "مظاهرات", false,
     "asserted"},
    {"guard_protest_against_corruption", "تظاهر الآلاف في بغداد احتجاجا على الفساد.", "PROTEST", "", false, "asserted"},
    {"guard_attack_on_a_match", "هاجم مسلحون مباراة كرة قدم في مقديشو.", "ASSAULT", "هاجم", false, "asserted"},
    {"guard_player_killed", "قتل لاعب كرة قدم في غارة إسرائيلية على غزة.", "ASSAULT", "قتل", false, "asserted"},
    {"guard_fans_attacked_police", "هاجم مشجعون غاضبون الشرطة بعد المباراة في القاهرة.", "ASSAULT", "هاجم", false,
     "asserted"},
    {"guard_player_arrested", "اعتقلت الشرطة الإيرانية لاعب المنتخب بسبب دعمه للاحتجاجات.", "COERCE", "اعتقلت", false,
     "asserted"},
    {"guard_blast_during_a_match", "انفجرت قنبلة قرب ملعب خلال مباراة في مقديشو.", "ASSAULT", "انفجرت", false,
     "asserted"},
    {"guard_troops_withdrew", "انسحبت القوات الروسية من مدينة خيرسون.", "RETREAT", "انسحبت", false, "asserted"},
};

class Mood19Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood19Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood19Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
