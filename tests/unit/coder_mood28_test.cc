// Negation, modality and event/no-event, session 28, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions:
// - a definition (الإضراب هو توقف العمال عن العمل، يعرف الحصار بأنه) names a kind of act, not an act: no event;
// - a headline word before a colon: عاجل: opens a report (its event is coded); تحليل:، رأي:، مقابلة: open a
//   piece about events, whose words report none by themselves;
// - a habit or a repeated event without a date (تتعرض المنطقة لقصف يومي، احتجاجات متكررة منذ أشهر) is a
//   situation, not one event an analyst can date and count: no event;
// - a failure to prevent an act (فشلت الشرطة في منع الهجوم) says the act happened: it is coded, not negated;
// - an event that caused no casualties (لم يسفر الانفجار عن ضحايا) happened: only the casualties are negated;
// - an accusation (يتهم الغرب روسيا بقصف) makes its act alleged, and a report of news (وردت أنباء عن
//   اشتباكات) makes its act reported, never dropped nor negated;
// - a ceasefire named as the frame or the background of another act (في إطار وقف إطلاق النار، منذ سريان
//   الهدنة، بموجب اتفاق وقف إطلاق النار) is no declaration of a truce (0871); a truce declared, agreed or
//   taking effect is one;
// - weapons: an enemy's depot destroyed is an attack on property (ASSAULT); one's own weapons burnt, handed
//   over or laid down is a disarmament or a surrender (RETREAT, 087); old munitions destroyed by the
//   authorities or a bomb defused is no attack;
// - a death by drowning, a road accident, a fire, a flood or a disease is no attack;
// - reported (حسبما، وفق ما، نقلا عن), intended (يعتزم، من المقرر، تستعد) and hypothetical (إذا، في حال)
//   events keep their modality.
// Rows named fix_ failed before the session's change; rows named guard_ passed and keep what they protect;
// rows named new_ were written, by hand as the others, after the first run, for the classes being fixed, and
// failed before the change too.
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using Case = testing::MoodCase;

// The checks of unit/mood_case_support.h.
const Case kMoodCases[] = {
    // A failure to prevent an act: the act happened.
    {"fix_police_failed_to_prevent_attack", "فشلت قوات الأمن الصومالية في منع الهجوم الانتحاري على فندق في مقديشو.",
     "ASSAULT", "الهجوم", false, "asserted"},
    {"new_army_failed_to_prevent_boko_haram_attack",
     "فشل الجيش النيجيري في منع هجوم بوكو حرام على قرية في ولاية بورنو.", "ASSAULT", "هجوم", false, "asserted"},
    // An event without casualties happened.
    {"guard_blast_caused_no_casualties", "لم يسفر الانفجار الذي استهدف دورية للجيش في درعا عن وقوع إصابات.", "ASSAULT",
     "الانفجار", false, "asserted"},
    {"guard_shelling_caused_no_victims", "لم يسفر القصف الروسي على خاركيف عن سقوط ضحايا.", "ASSAULT", "القصف", false,
     "asserted"},
    {"guard_strike_caused_no_injuries", "لم تسفر الغارة الإسرائيلية على بلدة الخيام في جنوب لبنان عن إصابات.", "ASSAULT",
     "الغارة", false, "asserted"},
    // An accusation: the act is alleged.
    {"guard_army_accused_rsf_of_shelling_hospital", "اتهم الجيش السوداني قوات الدعم السريع بقصف مستشفى في الفاشر.",
     "ASSAULT", "بقصف", false, "alleged"},
    {"guard_ukraine_accuses_russia_of_striking", "تتهم كييف موسكو باستهداف المدنيين في خيرسون.", "ASSAULT", "باستهداف",
     false, "alleged"},
    // A report of news: reported.
    {"fix_news_of_clashes_came", "وردت أنباء عن اشتباكات بين الجيش وقوات الدعم السريع في مدينة الأبيض.", "ASSAULT",
     "اشتباكات", false, "reported"},
    {"fix_reports_of_air_strikes_came", "وردت تقارير عن غارات جوية على مدينة إدلب.", "ASSAULT", "غارات", false,
     "reported"},
    {"fix_news_of_arrests_came", "ترددت أنباء عن اعتقال عشرات الطلاب في جامعة طهران.", "COERCE", "اعتقال", false,
     "reported"},
    {"new_rumours_of_clashes_in_tripoli", "ترددت أنباء عن اشتباكات عنيفة في مدينة طرابلس الليبية.", "ASSAULT",
     "اشتباكات", false, "reported"},
    {"new_reports_told_of_strikes_on_shabaab", "تحدثت تقارير عن غارات جوية على مواقع لحركة الشباب في جوبا السفلى.",
     "ASSAULT", "غارات", false, "reported"},
    {"new_news_of_demonstrations_in_iraq", "وردت أنباء عن مظاهرات في عدة مدن عراقية.", "PROTEST", "مظاهرات", false,
     "reported"},
    // Reported through a source after the event.
    {"guard_killed_as_authorities_said", "قتل خمسة مدنيين في قصف على مدينة دونيتسك، حسبما أفادت السلطات المحلية.",
     "ASSAULT", "قتل", false, "reported"},
    {"guard_arrested_according_to_agency",
     "اعتقلت قوات الأمن التونسية قياديا في حركة النهضة، وفق ما ذكرت وكالة الأنباء الرسمية.", "COERCE", "اعتقلت",
     false, "reported"},
    // (The strike and the killing it is the means of are one event since session 56 (reads56), told by the killing.)
    {"guard_quoting_security_sources_killed", "نقلا عن مصادر أمنية، قتل قيادي في حركة الشباب في غارة أمريكية.", "ASSAULT",
     "قتل", false, "reported"},
    // Intended: planned, scheduled, prepared, threatened.
    {"guard_union_intends_general_strike", "يعتزم الاتحاد العام التونسي للشغل تنظيم إضراب عام الأسبوع المقبل.", "PROTEST",
     "إضراب", false, "intended"},
    {"guard_scheduled_demonstration", "من المقرر أن ينظم أنصار المعارضة مظاهرة في نيروبي يوم الجمعة.", "PROTEST", "مظاهرة",
     false, "intended"},
    {"guard_houthis_threaten_to_target_ships", "هدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "ASSAULT",
     "باستهداف", false, "intended"},
    // Hypothetical: a condition.
    {"guard_if_israel_attacks", "إذا هاجمت إسرائيل المنشآت النووية الإيرانية فسترد طهران بقوة.", "ASSAULT", "هاجمت", false,
     "hypothetical"},
    {"guard_in_case_army_attacks", "في حال شن الجيش هجوما على رفح، ستتوقف المفاوضات.", "ASSAULT", "شن", false,
     "hypothetical"},
    {"guard_if_police_arrest", "إذا اعتقلت السلطات زعيم المعارضة فستندلع احتجاجات واسعة.", "COERCE", "اعتقلت", false,
     "hypothetical"},
    // Negation scope: the killing is not negated by a negation after it.
    {"guard_killed_but_no_civilian_hurt", "قتل جنديان في هجوم على نقطة تفتيش في سيناء ولم يصب أي مدني.", "ASSAULT",
     "قتل", false, "asserted"},
    {"guard_army_did_not_comment_on_killing",
     "لم يعلق الجيش الإسرائيلي على التقارير عن مقتل عشرة مدنيين في الغارة على مخيم النصيرات.", "ASSAULT", "مقتل",
     false, nullptr},
};

class Mood28Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood28Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood28Test, ::testing::ValuesIn(kMoodCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // A breaking-news headline before a colon reports its event.
    {"guard_breaking_three_soldiers_killed", "عاجل: مقتل ثلاثة جنود في هجوم على نقطة عسكرية شمال مالي.", "ASSAULT", "",
     nullptr, nullptr},
    {"guard_breaking_clashes_in_fasher", "عاجل: اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر.", "ASSAULT",
     "19", nullptr, nullptr},
    {"guard_urgent_arrest_of_journalist", "عاجل: الشرطة الجزائرية تعتقل صحفيا في العاصمة.", "COERCE", "17", "DZA/COP",
     nullptr},
    // A real truce: declared, agreed, taking effect.
    {"guard_parties_declared_ceasefire", "أعلن الطرفان المتحاربان في السودان وقف إطلاق النار لمدة أسبوع.", "RETREAT", "0871",
     nullptr, nullptr},
    {"guard_yemen_truce_reached", "توصلت الحكومة اليمنية وجماعة الحوثي إلى هدنة لمدة شهرين.", "RETREAT", "0871", nullptr,
     nullptr},
    {"guard_ceasefire_took_effect", "دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ صباح اليوم.", "RETREAT", "0871",
     nullptr, nullptr},
    {"guard_army_declared_humanitarian_truce", "أعلن الجيش السوداني هدنة إنسانية لمدة 72 ساعة.", "RETREAT", "0871",
     "SDN/MIL", nullptr},
    // Despite the truce: the attack is coded, no truce.
    {"guard_shelled_despite_truce", "رغم الهدنة، قصفت القوات الروسية مدينة زابوريجيا.", "ASSAULT", "19", "RUS/*", nullptr},
    // An enemy's weapons destroyed: an attack on property.
    {"guard_army_destroyed_rebel_arms_depot", "دمر الجيش السوداني مخزن أسلحة لقوات الدعم السريع في نيالا.", "ASSAULT", "",
     "SDN/MIL", nullptr},
    {"guard_us_blew_up_isis_ammunition_depot", "فجرت القوات الأمريكية مستودع ذخيرة لتنظيم داعش في صحراء الأنبار.",
     "ASSAULT", "", "USA/MIL", nullptr},
    {"guard_drone_destroyed_houthi_launchers", "دمرت مقاتلات أمريكية منصات إطلاق صواريخ للحوثيين في الحديدة.", "ASSAULT",
     "", "USA/MIL", nullptr},
    // One's own weapons burnt, handed over or laid down: disarmament or surrender, no attack.
    {"guard_fighters_handed_over_weapons", "سلم مئات من مقاتلي حركة الشباب أسلحتهم للجيش الصومالي.", "RETREAT", "087",
     nullptr, nullptr, "ASSAULT"},
    // The authorities' disposal of munitions, a bomb defused: no attack.
    {"guard_old_munitions_destroyed", "أتلفت السلطات الليبية أطنانا من الذخائر القديمة في مصراتة.", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    {"guard_engineers_defused_bomb", "فككت فرق الهندسة العسكرية عبوة ناسفة على طريق في الموصل.", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    // Deaths by accident, a landmine is an attack.
    {"guard_landmine_killed_soldiers", "لقي ثلاثة جنود حتفهم في انفجار لغم أرضي في ولاية بورنو.", "ASSAULT", "",
     nullptr, nullptr},
    // A death under torture is an assault (pending in session 28; made right in session 30, mood30: تحت is a word
    // of means, and the cause of a death is presented by it).
    {"died_under_torture", "توفي معتقل تحت التعذيب في سجن صيدنايا.", "ASSAULT", "", nullptr, nullptr},
};

class Mood28ProbeTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood28ProbeTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood28ProbeTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences rasad does not code so yet (ExpectStillPending).
// - One's own weapons burnt is a disarmament, not the destruction of property (1712): the possessive of the
//   object, أسلحتهم, names the subject's own weapons (a rule of the verb's arguments, trigger_arguments.cc).
// - A protest that the police failed to prevent happened; منع الاحتجاجات is read as one trigger (1721, a ban)
//   that takes the protest in, negated by the failure.
const ProbeRow kPending[] = {
    {"fighters_burnt_their_weapons", "أحرق مئات المقاتلين السابقين أسلحتهم في حفل رسمي بمدينة كيدال.", "RETREAT",
     "087", nullptr, nullptr, "ASSAULT"},
    {"police_failed_to_prevent_protests", "أخفقت الشرطة الفرنسية في منع الاحتجاجات أمام الجمعية الوطنية.", "PROTEST",
     "14", nullptr, nullptr},
};

class Mood28PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood28PendingTest, NotYetCoded) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood28PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // Definitions.
    {"guard_definition_of_strike", "الإضراب هو توقف العمال عن العمل للمطالبة بحقوقهم."},
    {"fix_definition_of_assassination", "الاغتيال السياسي هو قتل شخصية عامة لأسباب سياسية."},
    {"guard_definition_of_siege", "يعرف الحصار بأنه عزل منطقة عن محيطها لإجبار سكانها على الاستسلام."},
    {"fix_definition_of_arbitrary_detention", "الاعتقال التعسفي هو احتجاز شخص دون سند قانوني."},
    {"guard_definition_of_forced_displacement", "التهجير القسري هو نقل السكان من أراضيهم بالقوة."},
    {"new_definition_of_abduction", "الاختطاف هو احتجاز شخص رغما عنه."},
    {"new_definition_of_genocide", "الإبادة الجماعية هي قتل أفراد جماعة قومية أو عرقية أو دينية."},
    // A piece about events, by its headline word.
    {"guard_analysis_will_truce_hold", "تحليل: هل تصمد الهدنة في غزة؟"},
    {"guard_analysis_why_attacks_rise", "تحليل: لماذا تتصاعد الهجمات في منطقة الساحل؟"},
    {"guard_opinion_siege_strangles", "رأي: الحصار يخنق غزة."},
    {"guard_interview_commander_on_battles", "مقابلة: قائد عسكري سوداني يتحدث عن معارك الخرطوم."},
    // Habits and repeated events without a date.
    {"guard_gaza_under_daily_strikes", "يعيش سكان غزة تحت غارات يومية منذ أشهر."},
    {"new_border_villages_daily_shelling", "تعرضت القرى الحدودية لقصف يومي خلال الأسابيع الماضية."},
    {"guard_region_under_daily_shelling", "تتعرض المنطقة الحدودية لقصف يومي من الجيش التركي."},
    {"guard_repeated_protests_for_months", "تشهد مدن إيرانية احتجاجات متكررة منذ أشهر."},
    {"guard_fasher_under_near_daily_shelling", "يتعرض سكان الفاشر لقصف شبه يومي من قوات الدعم السريع."},
    // A truce's terms, a truce in force.
    {"new_truce_in_force_since_november", "تسري الهدنة في جنوب لبنان منذ نوفمبر الماضي."},
    {"guard_agreement_provides_for_release", "ينص الاتفاق على الإفراج عن جميع الأسرى."},
    {"guard_peace_plan_provides_for_withdrawal", "تنص خطة السلام على انسحاب القوات الروسية من الأراضي الأوكرانية."},
    {"fix_truce_provides_for_exchange", "تنص الهدنة على تبادل الأسرى بين الجانبين."},
    {"fix_ceasefire_holds_since_january", "يسري وقف إطلاق النار في غزة منذ 19 يناير."},
    // Deaths by accident, drowning, fire, flood or disease.
    {"guard_migrants_drowned_off_libya", "غرق 40 مهاجرا قبالة سواحل ليبيا."},
    {"guard_soldiers_died_in_road_accident", "لقي خمسة جنود حتفهم في حادث سير في ولاية كسلا."},
    {"guard_detainee_died_of_cancer", "توفي معتقل فلسطيني بمرض السرطان في سجن إسرائيلي."},
    {"guard_opposition_figure_died_after_illness", "توفي المعارض المصري البارز بعد صراع مع المرض."},
    {"guard_ten_died_in_building_collapse", "لقي عشرة أشخاص مصرعهم في انهيار مبنى في حلب."},
    {"guard_killed_in_floods", "قتل 20 شخصا في فيضانات ضربت ولاية سنار."},
};

class Mood28NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood28NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood28NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// A sentence that reports no event of a CAMEO code (the acts it reports beside may be coded).
struct NoCodeRow {
  const char* name;
  const char* text;
  const char* cameo;  // no counted event's code may start with this
};

void PrintTo(const NoCodeRow& x, std::ostream* os) { *os << x.name; }

// A ceasefire named as the frame or the background of another act: no truce declared (0871).
const NoCodeRow kNoCodes[] = {
    {"fix_within_the_ceasefire", "في إطار وقف إطلاق النار، أفرجت حماس عن ثلاثة رهائن إسرائيليين.", "0871"},
    {"new_within_the_humanitarian_truce", "في إطار الهدنة الإنسانية، دخلت قافلة مساعدات إلى مدينة الفاشر.", "0871"},
    {"guard_under_the_truce_houthis_released", "بموجب الهدنة، أفرج الحوثيون عن 20 أسيرا من القوات الحكومية.", "0871"},
    {"new_during_the_truce_russia_shelled", "خلال الهدنة، قصفت القوات الروسية قرى في منطقة خيرسون.", "0871"},
    {"new_since_the_truce_took_hold_in_yemen", "منذ بدء سريان الهدنة في اليمن، تراجعت الغارات الجوية بشكل كبير.",
     "0871"},
    {"new_after_collapse_of_truce", "بعد انهيار الهدنة، استأنف الجيش السوداني غاراته على نيالا.", "0871"},
    {"fix_since_the_ceasefire_took_hold", "منذ سريان وقف إطلاق النار في لبنان، قتلت الغارات الإسرائيلية أكثر من 30 شخصا.",
     "0871"},
    {"fix_during_the_ceasefire_trucks", "خلال وقف إطلاق النار، دخلت مئات الشاحنات المحملة بالمساعدات إلى غزة.", "0871"},
    {"fix_under_the_ceasefire_agreement", "بموجب اتفاق وقف إطلاق النار، انسحبت القوات الإسرائيلية من جنوب لبنان.",
     "0871"},
    {"fix_with_collapse_of_ceasefire", "مع انهيار وقف إطلاق النار في السودان، تجددت الاشتباكات في الخرطوم.", "0871"},
    {"guard_violated_the_humanitarian_truce", "انتهكت قوات الدعم السريع الهدنة الإنسانية في الفاشر.", "0871"},
    {"guard_despite_the_truce", "رغم الهدنة، قصفت القوات الروسية مدينة زابوريجيا.", "0871"},
    {"fix_killed_in_breach_of_ceasefire", "قتل فلسطينيان برصاص الجيش الإسرائيلي في خرق لوقف إطلاق النار شرق خان يونس.",
     "0871"},
};

class Mood28NoCodeTest : public ::testing::TestWithParam<NoCodeRow> {};

TEST_P(Mood28NoCodeTest, CodesNoEventOfTheCode) {
  const NoCodeRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    if (testing::Counts(e) && e.cameo.rfind(x.cameo, 0) == 0) {
      ADD_FAILURE() << x.name << ": an event of " << x.cameo << ":\n" << testing::Describe(e);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, Mood28NoCodeTest, ::testing::ValuesIn(kNoCodes),
                         [](const ::testing::TestParamInfo<NoCodeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
