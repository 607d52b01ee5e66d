// Which event a word reports, decided by the structure around it (document_coder.cc, reporting.cc,
// triggers.tsv, cues.tsv, grammar.tsv): a drone or a march, a crowd's act, a cancelled or planned
// protest, a festival, a past month, a noun with tanwin, a clause after the conjunction, the words of the
// less frequent types and their wrong senses. Sentences written for these tests, each checked by hand.
// `reported` false: no event of the type may count (not negated, and asserted, reported or alleged);
// true: at least one must, with a CAMEO code starting with `cameo`.
#include <gtest/gtest.h>

#include "coder/trigger_lexicon.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::TestEngine;

struct Case {
  const char* name;
  const char* text;
  const char* event;
  const char* cameo;  // prefix the counted event's code must have ("" for any)
  bool reported;
};

const Case kCases[] = {
    // مسيرة is a drone where it strikes: the subject right after a violent verb, a violent verb right
    // after it, a state's demonym after it; a march where it is organised, joined or peaceful.
    {"drone_subject_of_violent_verb", "استهدفت مسيرة سيارة على الطريق الساحلي قرب مدينة صور أمس.", "PROTEST", "", false},
    {"drone_subject_strike", "استهدفت مسيرة سيارة على الطريق الساحلي قرب مدينة صور أمس.", "ASSAULT", "1952", true},
    {"drone_with_demonym", "قصفت مسيرة تركية موقعا للمسلحين في ريف الحسكة.", "PROTEST", "", false},
    {"drone_with_demonym_strike", "قصفت مسيرة تركية موقعا للمسلحين في ريف الحسكة.", "ASSAULT", "", true},
    {"drone_then_violent_verb", "مسيرة مجهولة تستهدف شاحنة وقود قرب الحدود العراقية.", "PROTEST", "", false},
    {"drones_plural_with_demonym", "شنت مسيرات روسية هجوما ليليا على مدينة أوديسا.", "PROTEST", "", false},
    {"drone_shot_down", "أسقطت الدفاعات الجوية مسيرة أوكرانية فوق مدينة كورسك.", "PROTEST", "", false},
    {"march_organised", "نظم الفلسطينيون مسيرة سلمية في مدينة رام الله.", "PROTEST", "141", true},
    {"march_gone_out_in", "خرج آلاف الأردنيين في مسيرة حاشدة وسط العاصمة عمان.", "PROTEST", "141", true},
    {"march_joined", "شارك المئات في مسيرة احتجاجية وسط الخرطوم أمس.", "PROTEST", "141", true},
    {"march_is_no_drone_strike", "نظم الفلسطينيون مسيرة سلمية في مدينة رام الله.", "ASSAULT", "", false},
    // An organising verb takes the protest noun as its object, whatever subject stands between.
    {"sit_in_subject_between", "نظم أنصار الحزب اعتصاما أمام مقر الحكومة في العاصمة.", "PROTEST", "141", true},
    {"sit_in_with_tanwin", "نظم عمال المصنع اعتصاماً مفتوحاً أمام مبنى المحافظة.", "PROTEST", "141", true},
    {"strike_subject_between", "نفذ سائقو سيارات الأجرة إضرابا شاملا في عمان.", "PROTEST", "143", true},
    {"march_long_subject_between", "نظم معلمون ونقابيون في مدينة صفاقس التونسية مسيرة صامتة وسط المدينة.", "PROTEST",
     "141", true},
    {"vigil_longer_subject_between",
     "نظم أطباء وممرضون من مستشفيات العاصمة في السودان وقفة احتجاجية أمام وزارة الصحة.", "PROTEST", "141", true},
    // A crowd's act: closing, burning, storming with an indefinite crowd right after the verb as subject
    // (a new protest); with another subject, none.
    {"crowd_closes_a_port", "أقفل محتجون ميناء الزويتينة النفطي شرق ليبيا.", "PROTEST", "144", true},
    {"counted_crowd", "أغلق مئات المحتجين طريق المطار في الخرطوم.", "PROTEST", "144", true},
    // The definite crowd, or a crowd before the verb, are protesters of a protest reported before.
    {"definite_crowd", "وأغلق المحتجون مداخل مدينة صفاقس بالحجارة.", "PROTEST", "", false},
    {"crowd_before_the_verb", "وقال شهود إن محتجين أغلقوا مداخل مدينة صفاقس بالحجارة.", "PROTEST", "", false},
    {"shop_closed_by_police", "أغلقت الشرطة المتجر بعد الحادث.", "PROTEST", "", false},
    {"shop_closed_by_its_owner", "أغلق التاجر محله مبكرا يوم الخميس.", "PROTEST", "", false},
    {"crowd_sets_fire", "أضرم محتجون النار في مقر الحزب الحاكم بمدينة بنغازي.", "PROTEST", "145", true},
    {"arson_without_a_crowd", "أضرم مجهول النار في سيارة جاره في حي شعبي.", "PROTEST", "", false},
    {"crowd_storms_parliament", "اقتحم متظاهرون مبنى البرلمان العراقي في بغداد.", "PROTEST", "145", true},
    {"forces_storm_parliament", "اقتحمت القوات الخاصة مبنى البرلمان في بغداد.", "PROTEST", "", false},
    {"crowd_counted_partitive", "خرج عشرات الآلاف من السودانيين إلى الشوارع في أم درمان للمطالبة برحيل الحكومة.",
     "PROTEST", "141", true},
    // A cancelled, postponed, banned or scheduled protest did not happen.
    {"march_cancelled", "ألغت أحزاب المعارضة مسيرة في العاصمة بسبب الأمطار الغزيرة.", "PROTEST", "", false},
    {"strike_cancelled", "ألغى اتحاد العمال إضرابا عاما في قطاع النقل.", "PROTEST", "", false},
    {"strike_postponed", "أرجأت نقابة الأطباء إضرابا مفتوحا إلى الأسبوع المقبل.", "PROTEST", "", false},
    {"demonstration_banned", "منعت الشرطة تظاهرة للمعارضة في وسط المدينة.", "PROTEST", "", false},
    {"march_scheduled", "أعلن المنظمون تفاصيل مسيرة مقررة للمعلمين أمام وزارة التربية.", "PROTEST", "", false},
    {"march_was_scheduled", "تحدث المنظمون عن مسيرة كانت مقررة للمعلمين أمام وزارة التربية.", "PROTEST", "", false},
    // تظاهرة in its other sense: a cultural, sports or artistic event.
    {"cultural_festival", "افتتحت في مدينة تونس تظاهرة ثقافية دولية للاحتفاء بالشعر العربي.", "PROTEST", "", false},
    {"sports_event", "تنطلق غدا فعاليات تظاهرة رياضية كبرى في مدينة أكادير.", "PROTEST", "", false},
    {"demonstration_against_the_government", "شارك الآلاف في تظاهرة حاشدة ضد الحكومة في الرباط أمس.", "PROTEST",
     "141", true},
    // A verbal noun placed in a past month names an earlier event; a verb so dated is still reported.
    {"compensation_past_month", "قررت الحكومة صرف تعويضات لأسر ضحايا الهجوم الذي وقع في مارس الماضي.", "ASSAULT", "",
     false},
    {"anniversary_two_word_month", "أحيا السكان ذكرى ضحايا القصف الذي استهدف المدينة في كانون الثاني الماضي.",
     "ASSAULT", "", false},
    {"trial_bracketed_month", "بدأت محاكمة ثلاثة رجال في قضية تفجير السوق الذي وقع في يوليو (تموز) الماضي.", "ASSAULT",
     "", false},
    {"compensation_announced_past_month",
     "أعلنت وزارة الداخلية صرف تعويضات لعائلات ضحايا تفجير الحافلة في كركوك في فبراير الماضي.", "ASSAULT", "", false},
    // A count after a toll word updates the toll of an event reported before, unless dated as recent; a
    // count right after a background verb of result is that verb's toll.
    {"toll_update_dated_recent", "ارتفعت حصيلة الغارة التي استهدفت سوقا في مدينة حلب أمس إلى 22 قتيلا.", "ASSAULT", "",
     true},
    {"toll_update_of_an_earlier_event", "ارتفعت حصيلة التفجير في سوق الخضار وسط الموصل إلى 41 قتيلا.", "ASSAULT", "",
     false},
    {"toll_of_a_background_verb", "عاد الهدوء إلى المدينة بعد هجوم انتحاري على حافلة للجيش أسفر عن سقوط 25 قتيلا.",
     "ASSAULT", "", false},
    {"verb_in_a_past_month", "قتل مسلحون ثلاثة جنود في كمين قرب الحدود في أبريل الماضي.", "ASSAULT", "", true},
    // A word with tanwin is a noun: قاضياً is a judge, not قاضيا "the two sued".
    {"judge_with_tanwin", "عين مجلس القضاء قاضياً جديداً في محكمة الاستئناف.", "ACCUSE", "", false},
    {"judge_killed", "اغتال مسلحون قاضياً في مدينة كويتا الباكستانية.", "ACCUSE", "", false},
    {"sued_verb", "قاضت الشركة الحكومة أمام المحكمة الإدارية.", "ACCUSE", "115", true},
    // The conjunction before a word in و (ووقع = و + وقع "took place").
    {"occurred_after_conjunction", "ووقع هجوم على حاجز للشرطة في كركوك.", "ASSAULT", "19", true},
    // A noun after في is where or in what something was done, not the object of قام.
    {"noun_after_fi_is_no_object", "وقام المتهم الرئيسي في اغتيال الصحافي بعدة رحلات إلى الخارج.", "ASSAULT", "",
     false},
    {"event_after_fi_of_going_out", "خرج المئات في مظاهرة وسط العاصمة.", "PROTEST", "141", true},
    // A phrase split by its subject and a preposition with its pronoun (فتح + الجنود + عليهم + النار).
    {"phrase_split_by_subject_and_pronoun", "فتح الجنود عليهم النار عند مدخل القرية.", "ASSAULT", "193", true},
    // The predicate of the reported clause is a future (لن): nothing happened; after لم, a past.
    {"future_predicate", "وقال الناطق إنه حتى بعد العملية فإن إطلاق الصواريخ لن يتوقف.", "ASSAULT", "", false},
    // Verbs and verbal nouns of triggers.tsv for the cooperative and the less frequent conflict types, and
    // the wrong senses kept out beside them (a reservist call-up, not reservists; objected to, not
    // intercepted; أوقف "halted", not "arrested"; in need of aid, not given aid).
    {"consult_studied_together", "تدارس وزير الخارجية الأردني مع نظيره المصري مستجدات الأوضاع في غزة.", "CONSULT",
     "040", true},
    {"consult_reviewed_with", "استعرض الرئيس المصري مع نظيره الفرنسي العلاقات الثنائية.", "CONSULT", "040", true},
    {"show_of_force_is_no_consultation", "استعرض الجيش الكوري الشمالي قوته في عرض عسكري ضخم.", "CONSULT", "",
     false},
    {"consult_phone_conversation", "أجرى الملك الأردني محادثة هاتفية مع الرئيس الأمريكي.", "CONSULT", "041", true},
    {"consult_call_received", "تلقى الرئيس اللبناني اتصالا من الرئيس الفرنسي.", "CONSULT", "041", true},
    {"consult_envoy_dispatched", "أوفد الرئيس الفرنسي مبعوثا خاصا إلى لبنان.", "CONSULT", "042", true},
    {"consult_regional_tour", "بدأ وزير الخارجية الصيني جولة إقليمية تشمل السعودية.", "CONSULT", "042", true},
    {"agree_announced_readiness", "أعلنت إيران استعدادها للحوار مع السعودية.", "AGREE", "03", true},
    {"agree_agreed_on", "توافقت الحكومة على موعد الانتخابات.", "AGREE", "03", true},
    {"support_relations_established", "أقامت الإمارات علاقات دبلوماسية مع إسرائيل.", "SUPPORT", "050", true},
    {"cooperate_contract_signed", "وقعت الحكومة العراقية عقدا مع شركة توتال الفرنسية لتطوير حقول الغاز.", "COOPERATE",
     "061", true},
    {"cooperate_air_cover", "قدمت الطائرات الأمريكية غطاء جويا للقوات العراقية.", "COOPERATE", "062", true},
    {"aid_grant", "قدمت السعودية منحة بقيمة مليار دولار لليمن.", "AID", "071", true},
    {"aid_debt_relief", "أعلن نادي باريس شطب ديون العراق.", "AID", "071", true},
    {"aid_medical_shipment", "أرسلت ألمانيا شحنة مساعدات طبية إلى ليبيا.", "AID", "073", true},
    {"aid_field_hospital", "أقامت الأردن مستشفى ميدانيا في قطاع غزة.", "AID", "073", true},
    {"aid_rescue_teams", "أرسلت تركيا فرق إنقاذ إلى سوريا بعد الزلزال.", "AID", "073", true},
    {"aid_refugees_taken_in", "استقبلت تركيا آلاف اللاجئين السوريين.", "AID", "075", true},
    {"refugees_taken_in_are_no_visit", "استقبلت تركيا آلاف اللاجئين السوريين.", "CONSULT", "", false},
    {"in_need_of_aid", "أكثر من مليوني شخص بحاجة إلى مساعدات غذائية.", "AID", "", false},
    {"assistant_is_no_aid", "قالت مساعدة وزير الخارجية الأمريكي إن واشنطن قلقة.", "AID", "", false},
    {"retreat_heavy_weapons", "سحب الجيش الأوكراني أسلحته الثقيلة من خط التماس.", "RETREAT", "087", true},
    {"line_of_contact_is_no_petition", "سحب الجيش الأوكراني أسلحته الثقيلة من خط التماس.", "REQUEST", "", false},
    {"retreat_soldiers_pulled_out", "أعلنت روسيا سحب جنودها من محيط كييف.", "RETREAT", "0874", true},
    {"retreat_observation_point", "أخلت القوات التركية نقطة المراقبة في مورك.", "RETREAT", "0874", true},
    {"retreat_forces_left", "غادرت القوات الفرنسية مالي بعد تسع سنوات.", "RETREAT", "0874", true},
    {"retreat_hostages_handed_over", "سلمت حركة حماس الرهائن إلى الصليب الأحمر.", "RETREAT", "0841", true},
    {"retreat_prisoners_exchanged", "تبادلت روسيا الأسرى مع أوكرانيا.", "RETREAT", "0841", true},
    {"retreat_sanctions_exemption", "منحت واشنطن العراق إعفاء من العقوبات لاستيراد الغاز الإيراني.", "RETREAT", "085",
     true},
    {"concede_gave_up", "تخلت الحكومة عن مشروع قانون الضرائب تحت ضغط الشارع.", "CONCEDE", "080", true},
    {"concede_law_suspended", "جمدت الحكومة العمل بالقانون المثير للجدل.", "CONCEDE", "0832", true},
    {"request_pressed_for", "ألحت المعارضة على إجراء انتخابات مبكرة.", "REQUEST", "100", true},
    {"request_asked_of", "تمنى الرئيس على الحكومة الإسراع في تشكيل اللجنة.", "REQUEST", "020", true},
    {"reject_objected_to", "اعترضت روسيا على مشروع القرار الأمريكي.", "REJECT", "120", true},
    {"interception_is_no_objection", "اعترضت الدفاعات الجوية صاروخا أطلق من اليمن.", "REJECT", "", false},
    {"reject_reservations", "أبدت الصين تحفظها على مشروع القرار.", "REJECT", "120", true},
    {"sanction_arms_exports_halted", "أوقفت ألمانيا صادرات الأسلحة إلى السعودية.", "SANCTION", "1622", true},
    {"arms_exports_halted_is_no_arrest", "أوقفت ألمانيا صادرات الأسلحة إلى السعودية.", "COERCE", "", false},
    {"sanction_recognition_withdrawn", "سحبت مالي اعترافها بالجمهورية الصحراوية.", "SANCTION", "161", true},
    {"recognition_withdrawn_is_no_recognition", "سحبت مالي اعترافها بالجمهورية الصحراوية.", "SUPPORT", "", false},
    {"coerce_tariffs", "فرضت الولايات المتحدة رسوما جمركية على الصين.", "COERCE", "163", true},
    {"coerce_aid_blocked", "منعت إسرائيل دخول المساعدات إلى غزة.", "COERCE", "191", true},
    {"blocked_aid_is_no_aid", "منعت إسرائيل دخول المساعدات إلى غزة.", "AID", "", false},
    {"coerce_raid", "دهمت قوات الأمن منزلا في حي الزهور.", "COERCE", "170", true},
    {"coerce_arrest_warrant", "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق الرئيس الروسي.", "COERCE", "173",
     true},
    {"work_halted_is_no_arrest", "أوقفت الحكومة العمل في المصفاة.", "COERCE", "", false},
    {"mobilize_reservists", "أعلن الجيش الإسرائيلي استدعاء جنود الاحتياط.", "MOBILIZE", "154", true},
    {"mobilize_carrier", "أرسلت الولايات المتحدة حاملة طائرات إلى شرق المتوسط.", "MOBILIZE", "154", true},
    {"mobilize_missiles", "نشرت روسيا صواريخ إسكندر في بيلاروسيا.", "MOBILIZE", "154", true},
    {"protest_million_man_march", "خرجت مليونية في الخرطوم للمطالبة بالحكم المدني.", "PROTEST", "141", true},
    {"assault_ramming", "قتل شخصان في عملية دهس في القدس.", "ASSAULT", "180", true},
    {"cooperate_joint_campaign", "شنت قوات الجيش والشرطة حملة مشتركة على معاقل المهربين.", "COOPERATE", "062", true},
    {"cooperate_forces_trained", "دربت بعثة الاتحاد الأوروبي مئات الجنود الصوماليين.", "COOPERATE", "062", true},
    {"cooperate_wanted_man_handed_over", "سلمت السلطات التركية مطلوبا إلى العراق.", "COOPERATE", "063", true},
    {"cooperate_intelligence_provided", "قدم الجيش الأمريكي معلومات استخباراتية للقوات العراقية.", "COOPERATE", "064",
     true},
    {"team_practice_is_no_training", "تدرب المنتخب الوطني استعدادا للمباراة.", "COOPERATE", "", false},
    {"aid_credit_line", "قدمت الهند خط ائتمان بقيمة مليار دولار لسريلانكا.", "AID", "071", true},
    {"terror_financing_is_no_aid", "اتهمت السلطات رجل الأعمال بتمويل الإرهاب.", "AID", "", false},
    {"blood_donation_is_no_aid", "تبرع الطلاب بالدم للجرحى.", "AID", "", false},
    {"gas_supplies_are_no_aid", "تعاني أوروبا من نقص إمدادات الغاز الروسي.", "AID", "", false},
    {"retreat_operations_halted", "أوقفت إسرائيل عملياتها العسكرية في جنوب لبنان.", "RETREAT", "087", true},
    {"operations_halted_is_no_arrest", "أوقفت إسرائيل عملياتها العسكرية في جنوب لبنان.", "COERCE", "", false},
    {"retreat_freed_from_captivity", "نجحت الوساطة القطرية في فك أسر ثلاثة صحفيين.", "RETREAT", "0841", true},
    {"retreat_frozen_funds_released", "أفرجت الولايات المتحدة عن أموال إيرانية مجمدة.", "RETREAT", "0842", true},
    {"retreat_some_sanctions_lifted", "رفعت الولايات المتحدة بعض العقوبات عن فنزويلا.", "RETREAT", "085", true},
    {"some_sanctions_lifted_are_no_sanctions", "رفعت الولايات المتحدة بعض العقوبات عن فنزويلا.", "COERCE", "", false},
    {"sanctions_in_force_are_no_new_ones", "يعاني الاقتصاد الإيراني من العقوبات المفروضة عليه.", "COERCE", "", false},
    {"civilians_fleeing_are_no_retreat", "فر آلاف السكان من منازلهم هربا من القصف.", "RETREAT", "", false},
    {"race_withdrawal_is_no_retreat", "انسحب المرشح من السباق الرئاسي.", "RETREAT", "", false},
    {"fans_let_in_is_no_access", "سمحت السلطات بدخول الجماهير إلى الملاعب.", "RETREAT", "", false},
    {"response_to_a_call_is_no_concession", "أضرب العمال استجابة لدعوة النقابة.", "CONCEDE", "", false},
    {"sanction_aid_part_suspended", "علقت الولايات المتحدة جزءا من مساعداتها العسكرية لمصر.", "SANCTION", "1622",
     true},
    {"aid_part_suspended_is_no_aid", "علقت الولايات المتحدة جزءا من مساعداتها العسكرية لمصر.", "AID", "", false},
    {"sanction_aid_cut", "قلصت الولايات المتحدة مساعداتها للأردن.", "SANCTION", "162", true},
    {"sanction_consulate_closed", "أغلقت الولايات المتحدة قنصليتها في القدس.", "SANCTION", "161", true},
    {"sanction_participation_suspended", "أعلن الحزب تعليق مشاركته في الحكومة.", "SANCTION", "160", true},
    {"mobilize_forces_reinforced", "عززت تركيا قواتها في شمال سوريا.", "MOBILIZE", "154", true},
    {"search_is_no_consultation", "تبحث فرق الإنقاذ عن ناجين تحت الأنقاض.", "CONSULT", "", false},
    {"match_is_no_meeting", "يتصدر الهلال الترتيب بعد لقاء الفريقين أمس.", "CONSULT", "", false},
    {"bill_debate_is_no_consultation", "ناقش البرلمان مشروع قانون الموازنة.", "CONSULT", "", false},
    {"subsidies_are_no_support", "قررت الحكومة رفع الدعم عن الوقود.", "SUPPORT", "", false},
    {"film_shown_is_no_offer", "عرضت القناة فيلما وثائقيا عن الحرب.", "AGREE", "", false},
    {"achieving_is_no_investigation", "تسعى الحكومة إلى تحقيق الاستقرار في البلاد.", "ACCUSE", "", false},
    {"investigation_opened", "فتحت النيابة تحقيقا في مقتل الصحفي.", "ACCUSE", "090", true},
    {"accuse_levantine_condemned", "دانت وزارة الخارجية القطرية اقتحام المسجد الأقصى.", "ACCUSE", "111", true},
    {"issued_by_is_no_confiscation", "وقال بيان صادر عن وزارة الخارجية إن الوزير سيزور القاهرة.", "COERCE", "", false},
    {"fire_under_control_is_no_occupation", "سيطرت فرق الدفاع المدني على الحريق بعد ساعات.", "COERCE", "", false},
    {"coerce_town_taken", "سيطرت قوات الدعم السريع على مدينة الفاشر.", "COERCE", "192", true},
    {"no_confidence_is_no_blocking", "صوت البرلمان على حجب الثقة عن الحكومة.", "COERCE", "", false},
    {"detention_centres_are_no_arrest", "تحدثت المنظمة عن الظروف السيئة في مراكز احتجاز المهاجرين.", "COERCE", "",
     false},
    {"treaty_is_no_ban", "وقعت الدول الأعضاء على معاهدة حظر انتشار الأسلحة النووية.", "COERCE", "", false},
    {"wages_paid_are_no_arrest", "قبض الموظفون رواتبهم متأخرة.", "COERCE", "", false},
    {"coerce_arrested_thief", "قبضت الشرطة على اللص.", "COERCE", "173", true},
    {"invitation_is_no_appeal", "زار الرئيس التونسي باريس بدعوة من نظيره الفرنسي.", "REQUEST", "", false},
    {"interview_is_no_meeting", "وقال الوزير في لقاء مع قناة الجزيرة إن المفاوضات متعثرة.", "CONSULT", "", false},
    {"cooperate_joint_patrols_joined", "شاركت قوات صومالية في دوريات مشتركة مع قوات الاتحاد الأفريقي.", "COOPERATE",
     "062", true},
    {"truce_discussed_is_no_truce", "وصل وفد من حركة حماس إلى القاهرة لبحث التهدئة.", "RETREAT", "", false},
    {"aid_medicine_sent", "أرسلت الصين أدوية ومستلزمات طبية إلى إيران.", "AID", "073", true},
    {"aid_vaccines_donated", "تبرعت فرنسا بلقاحات لدول أفريقية.", "AID", "073", true},
    {"sanction_ambassador_recalled", "استدعت الجزائر سفيرها للتشاور.", "SANCTION", "161", true},
    {"sanction_funding_halted", "أوقفت واشنطن تمويل وكالة الأونروا.", "SANCTION", "1621", true},
    {"funding_halted_is_no_arrest", "أوقفت واشنطن تمويل وكالة الأونروا.", "COERCE", "", false},
    {"sanction_accord_ended", "أنهت النيجر اتفاقية التعاون العسكري مع الولايات المتحدة.", "SANCTION", "160", true},
    {"accord_ended_is_no_cooperation", "أنهت النيجر اتفاقية التعاون العسكري مع الولايات المتحدة.", "COOPERATE", "",
     false},
    {"tourists_are_no_visit", "زار آلاف السياح مدينة البتراء خلال العطلة.", "CONSULT", "", false},
    {"police_called_is_no_consultation", "اتصل المواطن بالشرطة للإبلاغ عن الحادث.", "CONSULT", "", false},
};

void PrintTo(const Case& x, std::ostream* os) { *os << x.name; }

class DetectionTest : public ::testing::TestWithParam<Case> {};

TEST_P(DetectionTest, CodesTheEventTheStructureShows) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const Case& x = GetParam();
  std::string seen;
  bool counted = testing::ReportsEvent(x.text, x.event, x.cameo, &seen);
  EXPECT_EQ(counted, x.reported) << x.name << ":\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, DetectionTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

// The indefinite accusative a noun of triggers.tsv also gets (matching forms: ة is ه, ى is ي).
TEST(AccusativeFormTest, TakesAlifOnlyWhereArabicWritesIt) {
  struct {
    const char* noun;
    const char* accusative;
  } const kForms[] = {
      {"اعتصام", "اعتصاما"}, {"قتيل", "قتيلا"},  {"عدوان", "عدوانا"},   // takes alif
      {"غاره", ""},          {"قتلي", ""},       {"اعتداء", ""},        // ة، ى، ء: no alif
      {"هجمات", ""},         {"متظاهرين", ""},   {"محتجون", ""},        // sound plurals
      {"ضحايا", ""},         {"اب", ""},                                // ends in ا; too short
  };
  for (const auto& f : kForms) EXPECT_EQ(TriggerLexicon::AccusativeForm(f.noun), f.accusative) << f.noun;
}

}  // namespace
}  // namespace rasad
