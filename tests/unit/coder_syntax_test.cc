// What the structure of the sentence decides beyond the dictionaries: a verb phrase split by its
// subject (VSO), a phrase that runs into an actor name, the target that changes an event's code, a
// threat announced as a future act, what a rejection or a call leaves undone, a pronoun after a
// preposition, and targets of the non-violent types. Sentences written for these tests; every
// expected code and actor checked by hand against Arabic grammar and data/ontology/cameo.tsv.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ActorKey;
using testing::CodeText;
using testing::TestEngine;

struct SyntaxCase {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type
  const char* cameo;   // the CAMEO code starts with this
  const char* source;  // "COUNTRY/SECTOR", "" for none, nullptr for any
  const char* target;  // likewise
  bool counted;        // true: such an event counts (not negated; asserted, reported or alleged);
                       // false: no counted event of the type and code prefix, whatever its actors
};

void PrintTo(const SyntaxCase& x, std::ostream* os) { *os << x.name; }

const SyntaxCase kCases[] = {
    // 1. A multi-word verb line with its subject between the verb and the rest (VSO). The rest may be
    // a pronoun-possessed object, a noun in construct, a prepositional complement, or come after the
    // subject's place and the object's count; a one-word trigger (أوقف 173، طرد 174، قطع 144) is
    // read as the longer phrase.
    {"readiness_pronoun_object", "أبدت إثيوبيا استعدادها لاستئناف المحادثات مع مصر.", "AGREE", "030", "ETH/",
     nullptr, true},
    {"readiness_in_construct", "وأبدى رئيس الوزراء العراقي استعداد بغداد للتوسط بين طهران والرياض.", "AGREE",
     "030", "IRQ/GOV", nullptr, true},
    {"relations_broken_verb_alone_is_a_crowd_act", "قطعت بوليفيا علاقاتها الدبلوماسية مع إسرائيل.", "SANCTION",
     "161", "BOL/", "ISR/", true},
    {"presence_stepped_up", "كثفت الشرطة التونسية انتشارها في شوارع العاصمة.", "MOBILIZE", "153", "TUN/COP",
     nullptr, true},
    {"entry_allowed_prepositional_complement", "سمحت إسرائيل بدخول 30 شاحنة وقود إلى قطاع غزة.", "RETREAT",
     "086", "ISR/", nullptr, true},
    {"broadcast_stopped", "أوقفت هيئة الإعلام العراقية بث قناة فضائية لمدة شهر.", "COERCE", "172", "IRQ/MED",
     "/MED", true},
    {"broadcast_stopped_is_no_arrest", "أوقفت هيئة الإعلام العراقية بث قناة فضائية لمدة شهر.", "COERCE", "173",
     nullptr, nullptr, false},
    {"diplomats_expelled_after_place_and_count", "طردت السلطات في بوركينا فاسو ثلاثة دبلوماسيين فرنسيين.",
     "SANCTION", "161", "BFA/GOV", "FRA/GOV", true},
    {"diplomats_expelled_is_no_deportation", "طردت السلطات في بوركينا فاسو ثلاثة دبلوماسيين فرنسيين.", "COERCE",
     "174", nullptr, nullptr, false},
    {"ambassador_expelled", "طردت الحكومة الإيرانية السفير البريطاني.", "SANCTION", "161", "IRN/GOV", "GBR/GOV",
     true},
    {"remains_returned_indefinite_object", "أعادت القوات الإسرائيلية جثامين 80 فلسطينيا إلى غزة.", "RETREAT",
     "0842", "ISR/MIL", nullptr, true},
    {"hostages_are_the_target", "احتجز المسلحون رهائن في المدرسة.", "ASSAULT", "181", "/UAF", "/CVL", true},
    // The rest of the split phrase is its object, not an event of its own.
    {"aid_suspended", "علقت الحكومة الأمريكية المساعدات لمصر.", "SANCTION", "162", "USA/GOV", nullptr, true},
    {"aid_suspended_is_no_aid", "علقت الحكومة الأمريكية المساعدات لمصر.", "AID", "", nullptr, nullptr, false},
    // A word of the rest naming the same event is one event with the phrase: its target after على.
    // (The village hit at home is the state's own people's: section 8.)
    {"air_strikes_after_the_doers_place", "شن الجيش في ميانمار غارات جوية على قرية.", "ASSAULT", "195", "MMR/MIL",
     "MMR/CVL", true},
    // A one-word trigger read as a protest phrase needs an indefinite crowd, as a crowd's act does.
    {"definite_crowd_burning_tyres", "وأحرق المتظاهرون الإطارات في حي ماتاري.", "PROTEST", "", nullptr, nullptr,
     false},
    // 2. A phrase whose last word is the head of an actor's name (طرد السفير + السفير الإيراني): in a
    // line that takes an object, the actor is that object; the phrase is not cut short to طرد (174).
    {"ambassador_expulsion_noun", "أعلنت الحكومة البحرينية طرد السفير الإيراني.", "SANCTION", "161", "BHR/GOV",
     "IRN/GOV", true},
    {"ambassador_expulsion_is_no_deportation", "أعلنت الحكومة البحرينية طرد السفير الإيراني.", "COERCE", "174",
     nullptr, nullptr, false},
    {"ambassador_summoned_after_anna", "وقالت إن وزارة الخارجية الفرنسية استدعت السفير الإسرائيلي في باريس.",
     "ACCUSE", "114", "FRA/GOV", "ISR/GOV", true},
    // A line without an object (فجر مهاجم انتحاري) holds its subject: the bomber is the doer.
    {"bomber_named_in_the_phrase_is_the_doer", "فجر مهاجم انتحاري سعودي نفسه في السوق.", "ASSAULT", "1831",
     "SAU/UAF", nullptr, true},
    // 3. Withdrawing from an international organisation is leaving a body (166 SANCTION), not a
    // military withdrawal (0874), which it stays with a place.
    {"withdrawal_noun_from_the_african_union", "أعلنت مالي انسحابها من الاتحاد الأفريقي.", "SANCTION", "166",
     "MLI/", "/IGO", true},
    {"withdrew_from_the_who", "انسحبت الولايات المتحدة من منظمة الصحة العالمية.", "SANCTION", "166", "USA/",
     "/IGO", true},
    {"withdrew_from_an_island", "انسحبت القوات الروسية من جزيرة الأفعى.", "RETREAT", "0874", "RUS/MIL", nullptr,
     true},
    {"withdrew_from_an_island_is_no_sanction", "انسحبت القوات الروسية من جزيرة الأفعى.", "SANCTION", "", nullptr,
     nullptr, false},
    // 5. What a rejection refuses and what a call asks for, also the second of two verbal nouns joined
    // by و, has not happened; the rejection and the call have.
    {"mediation_rejected", "رفضت الحكومة الإثيوبية الوساطة الكينية في النزاع مع الصومال.", "CONSULT", "",
     nullptr, nullptr, false},
    {"mediation_rejected_rejection_counts", "رفضت الحكومة الإثيوبية الوساطة الكينية في النزاع مع الصومال.",
     "REJECT", "12", "ETH/GOV", nullptr, true},
    {"talks_refused_by_protesters", "ورفض المتظاهرون إجراء مفاوضات مع صربيا.", "CONSULT", "", nullptr, nullptr,
     false},
    {"declined_to_be_named_is_no_rejection_of_the_kidnapping",
     "ونقلت الوكالة عن مسؤول رفض الكشف عن هويته أن مسلحين خطفوا خمسة عمال أمس.", "ASSAULT", "181", nullptr,
     nullptr, true},
    {"call_second_complement_joined_by_wa",
     "دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في السودان وفتح ممرات إنسانية آمنة.", "RETREAT",
     "", nullptr, nullptr, false},
    {"call_itself_counts",
     "دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في السودان وفتح ممرات إنسانية آمنة.", "REQUEST",
     "02", nullptr, nullptr, true},
    // 6. A pronoun after a preposition: هم refers to people, not to an object noun (the checkpoint),
    // nor to the doer; the preposition with its pronoun may stand between the verb and its subject.
    {"pronoun_after_preposition_is_the_protesters", "وصل المتظاهرون إلى الحاجز ففتح الجنود عليهم النار.",
     "ASSAULT", "193", "/MIL", "/CVL", true},
    {"pronoun_after_preposition_is_not_the_village", "اقترب الجنود من القرية ففتح المسلحون عليهم النار.",
     "ASSAULT", "193", "/UAF", "/MIL", true},
    {"verb_preposition_pronoun_subject_object",
     "قال شهود إن الصحفي كان يقود سيارته وسط المدينة فأطلق عليه مسلحون النار.", "ASSAULT", "193", "/UAF",
     "/MED", true},
    // 4. A future act announced by its doer (his forces, his group, we) is a threat by the speaker
    // (138 for force), beside the act intended; an act attributed to another is not.
    {"forces_will_storm_is_a_threat",
     "قال قائد قوات الدعم السريع إن قواته ستقتحم مدينة الفاشر خلال أيام ما لم ينسحب منها الجيش.", "THREATEN",
     "138", "SDN/REB", nullptr, true},
    {"forces_will_storm_has_not_happened",
     "قال قائد قوات الدعم السريع إن قواته ستقتحم مدينة الفاشر خلال أيام ما لم ينسحب منها الجيش.", "ASSAULT", "",
     nullptr, nullptr, false},
    {"we_will_bomb_is_a_threat", "قال المتحدث باسم الجيش إننا سنقصف مواقع المتمردين.", "THREATEN", "138", "/MIL",
     "/REB", true},
    {"another_will_attack_is_no_threat_of_the_speaker", "قال مسؤول أمريكي إن إسرائيل ستهاجم مدينة رفح.",
     "THREATEN", "", nullptr, nullptr, false},
    // 7. A counterpart (نظيره السنغالي، نظيرتها الليبية) holds the doer's role in the state its demonym
    // names: object, after the trigger's preposition, or with the preposition attached.
    {"counterpart_congratulated", "هنأ الرئيس المصري عبد الفتاح السيسي نظيره السنغالي بفوزه في الانتخابات.",
     "SUPPORT", "051", "EGY/GOV", "SEN/GOV", true},
    {"counterpart_police_cooperate", "تعاونت الشرطة الإيطالية مع نظيرتها الليبية في تفكيك شبكة لتهريب المهاجرين.",
     "COOPERATE", "06", "ITA/COP", "LBY/COP", true},
    {"counterpart_phone_call", "أجرى وزير الخارجية الأردني اتصالا هاتفيا بنظيره الإيراني.", "CONSULT", "041",
     "JOR/GOV", "IRN/GOV", true},
    {"counterpart_met", "التقى الرئيس المصري نظيره الفرنسي في القاهرة.", "CONSULT", "04", "EGY/GOV", "FRA/GOV",
     true},
    // An expression of readiness takes the target of the act it is ready for.
    {"readiness_target_from_the_act", "أبدت إثيوبيا استعدادها لاستئناف المحادثات الثلاثية مع مصر والسودان.", "AGREE",
     "030", "ETH/", "EGY/", true},
    // A town attacked as the verb's object stays the place; its state is the target, unless it is the
    // attacker's own.
    {"town_shelled_targets_its_state", "قصفت القوات الروسية مدينة خاركيف بالصواريخ.", "ASSAULT", "194", "RUS/MIL",
     "UKR/", true},
    {"own_town_shelled_no_state_target", "قصف الجيش السوري مدينة إدلب.", "ASSAULT", "194", "SYR/MIL", "", true},
    // 8. The parties of a mutual event (agree, meet, clash) listed as its subject are its two sides; a
    // nationality joined by و to "agent + nationality" is that of a second such agent; a list found
    // from its end is read from its first member.
    {"mutual_agreement_of_a_listed_subject", "اتفقت مصر والسودان على تنسيق مواقفهما بشأن سد النهضة.", "AGREE",
     "030", "EGY/", "SDN/", true},
    {"mutual_clash_of_a_listed_subject", "اشتبكت قوات الجيش السوداني وقوات الدعم السريع في مدينة الأبيض.",
     "ASSAULT", "193", "SDN/MIL", "SDN/REB", true},
    {"listed_subject_of_a_one_sided_act_is_two_doers", "قصفت روسيا وسوريا بلدات في ريف إدلب.", "ASSAULT", "194",
     "SYR/", nullptr, true},
    {"second_nationality_of_one_agent", "أجرت القوات الأردنية والإماراتية تدريبات عسكرية مشتركة قرب العقبة.",
     "COOPERATE", "062", "JOR/MIL", "ARE/MIL", true},
    // A nationality qualifying the object (its mediation, its position) names the target; after a
    // man's office with words between, a feminine nationality is the object's, not his.
    {"mediation_of_a_state_rejected", "رفض الجيش السوداني الوساطة الجزائرية في الأزمة.", "REJECT", "126",
     "SDN/MIL", "DZA/", true},
    {"position_of_a_state_rejected", "رفضت الحكومة اللبنانية الموقف الفرنسي من الانتخابات.", "REJECT", "12",
     "LBN/GOV", "FRA/", true},
    {"feminine_nationality_after_the_object_is_not_the_presidents", "رفض الرئيس الوساطة الإثيوبية.", "REJECT",
     "126", "/GOV", "ETH/", true},
    // A one-word name that is also a common word counts where the dictionary marks it sure (!حماس).
    {"sure_name_without_context", "رفضت حماس الشروط الجديدة.", "REJECT", "12", "PSE/REB", nullptr, true},
    {"common_word_with_a_preposition_is_no_name", "استقبل الجمهور المنتخب بحماس كبير.", "CONSULT", "043", nullptr,
     "", true},
    // Preachers are speakers: their "attack" is criticism.
    {"preachers_attack_is_criticism", "هاجم خطباء حماس إضرابات الموظفين.", "ACCUSE", "111", "PSE/REL", nullptr,
     true},
    // A deployment, withdrawal or aid with no target is aimed at the state of its place, unless the
    // doer is that state or its forces at home.
    {"reinforcements_into_another_state", "دفع الجيش التركي بتعزيزات عسكرية إلى ريف حلب الشمالي.", "MOBILIZE",
     "15", "TUR/MIL", "SYR/", true},
    {"withdrawal_from_a_town_of_another_state", "انسحب الجيش الإسرائيلي من مدينة جنين بعد عملية استمرت يومين.",
     "RETREAT", "087", "ISR/MIL", "PSE/", true},
    {"reinforcements_at_home_have_no_target", "دفع الجيش السوداني بتعزيزات إلى مدينة الأبيض.", "MOBILIZE", "15",
     "SDN/MIL", "", true},
    // Unnamed people a state's forces act on at home are that state's people; abroad they are the
    // people of the place where the event took place, not the forces' state.
    {"people_arrested_at_home_are_the_states", "اعتقلت قوات الأمن العراقية عشرات الشبان في مدينة البصرة.",
     "COERCE", "173", "IRQ/COP", "IRQ/CVL", true},
    {"people_arrested_abroad_are_of_the_place", "اعتقلت القوات الإسرائيلية عشرات الشبان في مدينة جنين.", "COERCE",
     "173", "ISR/MIL", "PSE/CVL", true},
    {"preachers_attack_is_no_assault", "هاجم خطباء حماس إضرابات الموظفين.", "ASSAULT", "", nullptr, nullptr, false},
    // 9. A count between a preposition and its noun (عن أكثر من خمسين أسيرا) leaves the noun the
    // preposition's; the count's bounding words (أكثر من، ما لا يقل عن، نحو) are part of the count.
    {"released_more_than_a_count_of_prisoners", "أفرجت إسرائيل عن أكثر من خمسين أسيرا فلسطينيا.", "RETREAT",
     "0841", "ISR/", "PSE/CVL", true},
    {"aid_to_more_than_a_count_of_refugees", "قدمت قطر مساعدات لأكثر من ثلاثة آلاف لاجئ سوري.", "AID", "07",
     "QAT/", "SYR/REF", true},
    {"killed_no_fewer_than_a_count_of_soldiers", "أسفر القصف عن مقتل ما لا يقل عن عشرة جنود أتراك.", "ASSAULT",
     "190", nullptr, "TUR/MIL", true},
    // A list after a preposition is no object: each member is the preposition's.
    {"asylum_to_the_first_of_a_listed_count", "منحت فرنسا حق اللجوء لعشرات الناشطين والصحفيين الإيرانيين.", "AID",
     "075", "FRA/", "/CVL", true},
    {"asylum_to_the_second_of_a_listed_count", "منحت فرنسا حق اللجوء لعشرات الناشطين والصحفيين الإيرانيين.", "AID",
     "075", "FRA/", "IRN/MED", true},
    // A noun that is also a cue (المقترح: what it proposes has not happened) takes a nationality.
    {"proposal_of_a_state_rejected", "رفض الجيش السوداني المقترح الأمريكي لوقف القتال.", "REJECT", "12",
     "SDN/MIL", "USA/", true},
    // A definite office names its organisation through لـ; the holder's name after it takes the title.
    {"envoy_of_the_un_through_li", "دعا المبعوث الخاص للأمم المتحدة إلى اليمن الحوثيين إلى إطلاق الأسرى.",
     "REQUEST", "02", "/IGO", "YEM/REB", true},
    {"un_adjective_names_the_un", "رحب المبعوث الأممي بالاتفاق بين الحكومة والمتمردين.", "SUPPORT", "05", "/IGO",
     nullptr, true},
    {"secretary_general_of_the_league_with_his_name",
     "التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية العراقي.", "CONSULT", "04", nullptr,
     "IRQ/GOV", true},
    // A town an attack is aimed at with على is the place; the target is its state, not the attacker's own.
    {"air_strikes_on_a_town_abroad", "شن الجيش التركي غارات على مدينة دهوك.", "ASSAULT", "195", "TUR/MIL", "IRQ/",
     true},
    {"air_strikes_on_a_town_at_home_have_no_target", "شن الجيش السوري غارات على مدينة إدلب.", "ASSAULT", "195",
     "SYR/MIL", "", true},
    // A named group's relational adjective on the object (المبادرة الحوثية) names the target, also of the
    // doer's own country.
    {"proposal_of_a_group_rejected", "رفض التحالف العربي المبادرة الحوثية لتبادل الأسرى.", "REJECT", "12", nullptr,
     "YEM/REB", true},
    // A claim with the claimant between the verb and مسؤوليته عن presents the attack as having happened,
    // done by the claimant.
    {"claim_with_the_claimant_between", "أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في مقديشو.",
     "ASSAULT", "19", "SOM/REB", nullptr, true},
    // A definite agent joins only a definite name (المتمردين الحوثيين); before an indefinite-headed name
    // it is no construct head: the government is not al-Shabaab's.
    {"definite_agent_and_a_group_qualifying_it", "اتهمت الحكومة اليمنية المتمردين الحوثيين بقصف المدينة.",
     "ACCUSE", "11", "YEM/GOV", "YEM/REB", true},
    {"definite_agent_before_a_group_is_no_construct", "انتقدت الحكومة حركة الشباب بشدة.", "ACCUSE", "111", "/GOV",
     "SOM/REB", true},
    // What happened in an attack (في هجوم شنه مسلحون) was done by its doer, also the killing joined by و
    // to the wounding before it; not what happened in a march, by the marchers.
    {"killing_joined_to_the_wounding_in_an_attack",
     "قتل أربعة رجال شرطة وأصيب ستة آخرون في هجوم شنه مسلحون على مركز أمني في مدينة العريش.", "ASSAULT", "190",
     "EGY/UAF", "/COP", true},
    {"hurt_in_a_march_not_by_the_marchers", "أصيب عشرات المتظاهرين في مسيرة نظمها أهالي القرية.", "ASSAULT", "",
     "/CVL", nullptr, false},
    // An adjective of a sound plural agrees with it in case: the accusative noun after مسلحون مجهولون is the
    // object, and the nationality after it is the object's.
    {"accusative_object_between_agent_and_nationality", "اختطف مسلحون مجهولون مهندسين أتراك في ليبيا.", "ASSAULT",
     "181", "LBY/UAF", "TUR/LAB", true},
    // A verbal noun with a pronoun: where the word list knows the stem as a verb (سيطرت), the ت before
    // the pronoun is the noun's ta marbuta; the pronoun is the doer, and an actor or count after the noun
    // its object.
    {"control_noun_with_its_pronoun", "أعلنت قوات الدعم السريع سيطرتها على مدينة بابنوسة.", "COERCE", "192",
     "SDN/REB", nullptr, true},
    {"resignation_noun_with_its_pronoun", "قدم وزير الداخلية العراقي استقالته.", "CONCEDE", "0831", "IRQ/GOV", nullptr,
     true},
    {"arrest_noun_with_its_doers_pronoun", "أعلن الجيش اللبناني اعتقاله ثلاثة مسلحين في عرسال.", "COERCE", "173",
     "LBN/MIL", "LBN/UAF", true},
    {"arrest_noun_with_a_count_after_it", "أعلنت الشرطة الأردنية اعتقالها عشرة مشتبه بهم.", "COERCE", "173",
     "JOR/COP", nullptr, true},
    // A visit is aimed at the state of the place visited; a verb of travel before it (وصل، توجه) gives
    // its visitor.
    {"visit_after_a_verb_of_travel", "وصل وزير الخارجية الإيراني إلى بيروت في زيارة رسمية.", "CONSULT", "042",
     "IRN/GOV", "LBN/", true},
    // تزويد X ب: the genitive is who is supplied.
    {"supplying_is_aimed_at_its_genitive", "اتهمت الحكومة الإثيوبية مصر بتزويد المتمردين بالأسلحة.", "AID", "07",
     "EGY/", "/REB", true},
    // The owner of the thing the trigger's ب or لـ introduces (بقرار مجلس الأمن) is the target.
    {"welcomed_the_decision_of_a_body", "رحبت الحكومة السودانية بقرار مجلس الأمن الدولي.", "SUPPORT", "05", "SDN/GOV",
     "/IGO", true},
    {"condemned_the_statements_of_a_minister", "نددت الخارجية الأردنية بتصريحات وزير المالية الإسرائيلي.", "ACCUSE",
     "11", "JOR/GOV", "ISR/GOV", true},
    // An attack noun and its adjective in the indefinite accusative (هجوما انتحاريا) are the trigger; the
    // adjective is no suicide bomber of its own.
    {"accusative_suicide_attack", "نفذت حركة الشباب هجوما انتحاريا على قاعدة عسكرية في مقديشو.", "ASSAULT", "1831",
     "SOM/REB", nullptr, true},
    {"accusative_suicide_attack_has_no_other_doer", "نفذت حركة الشباب هجوما انتحاريا على قاعدة عسكرية في مقديشو.",
     "ASSAULT", "", "/UAF", nullptr, false},
    // A verbal noun of purpose (للمطالبة) is done by the doer of the clause's event before it; not a
    // violent noun after لـ (تعرض لهجوم).
    {"demand_of_the_protesters", "تظاهر آلاف السودانيين في الخرطوم للمطالبة برحيل المجلس العسكري.", "REQUEST", "10",
     "SDN/CVL", nullptr, true},
    // A protest is aimed at whom the demand that follows it in its clause is made of.
    {"protest_aimed_at_whom_it_demands_of", "تظاهر آلاف السودانيين في الخرطوم للمطالبة برحيل المجلس العسكري.",
     "PROTEST", "14", "SDN/CVL", "SDN/MIL", true},
    {"attack_undergone_is_not_the_undergoers", "قالت طهران إنها سترد في حال تعرض إيران لهجوم أمريكي.", "ASSAULT", "",
     "IRN/", nullptr, false},
    // The parties to a conflict (as phrases only) in a state are that state's.
    {"warring_parties_in_a_state", "دعا الأمين العام للجامعة العربية الأطراف المتحاربة في ليبيا إلى الحوار.", "REQUEST",
     "02", "/IGO", "LBY/", true},
    // The duals of nationalities are generated (إسرائيليان، أمريكيتان); a dual victim counts two.
    {"dual_nationality_of_dual_soldiers", "قتل جنديان إسرائيليان في هجوم قرب الخليل.", "ASSAULT", "190", nullptr,
     "ISR/MIL", true},
    // With no place named, an army or air force is not taken to act at home: the people it hits keep no
    // country.
    {"foreign_air_force_without_a_place", "قصفت طائرات روسية مواقع المعارضة.", "ASSAULT", "19", "RUS/MIL", "/OPP",
     true},
    // 10. With a doer named, the parties listed after بين are the targets, states and capitals
    // standing for their governments.
    {"mediated_between_first_party", "توسطت مصر بين حماس وإسرائيل.", "CONSULT", "045", "EGY/", "PSE/REB", true},
    {"mediated_between_second_party", "توسطت مصر بين حماس وإسرائيل.", "CONSULT", "045", "EGY/", "ISR/", true},
    {"ready_to_mediate_between_capitals", "أبدت سلطنة عمان استعدادها للتوسط بين واشنطن وطهران.", "AGREE", "030",
     "OMN/", "IRN/", true},
    // An office of an organisation followed by its holder's name is his title: the name is no object.
    {"leader_of_a_party_with_his_name", "انتقد زعيم حزب الله حسن نصر الله الحكومة اللبنانية.", "ACCUSE", "11", "LBN/REB",
     "LBN/GOV", true},
    // A threat of a violent or coercive act (ب + its verbal noun) is aimed at what the act would hit.
    {"threat_aimed_at_the_bases_it_would_hit", "هددت كوريا الشمالية باستهداف القواعد الأمريكية في المنطقة.",
     "THREATEN", "13", "PRK/", "USA/MIL", true},
    {"threat_of_arrest_aimed_at_the_arrested", "هددت السلطات باعتقال الصحفيين الأجانب.", "THREATEN", "13", nullptr,
     "/MED", true},
    // What is massed (troops) is no target of the mobilisation.
    {"troops_massed_are_no_target", "حشدت روسيا عشرات الآلاف من الجنود.", "MOBILIZE", "154", "RUS/", "", true},
    // قبلت (the 3ms قبل is "before"); a second nationality after the first qualifies the same noun; the
    // object after the rest of a phrase split by its subject takes its nationality.
    {"accepted_an_initiative", "قبلت الحكومة السودانية المبادرة الإثيوبية.", "AGREE", "03", "SDN/GOV", "ETH/", true},
    {"second_nationality_of_a_proposal", "رفضت إسرائيل المقترح المصري القطري.", "REJECT", "12", "ISR/", "QAT/", true},
    {"object_after_a_split_phrase", "أعلنت الحكومة اليمنية رفضها المبادرة الإيرانية.", "REJECT", "12", "YEM/GOV",
     "IRN/", true},
    // Revoking a suspension or a ban is a concession to whom it struck; through عن, the owner of the
    // noun it introduces is the target.
    {"ban_on_parties_revoked", "ألغت الحكومة التونسية قرار حظر نشاط الأحزاب الدينية.", "CONCEDE", "081", "TUN/GOV",
     "TUN/PTY", true},
    // A capital right after a verb in the feminine (which agrees with a city) is its subject and
    // stands for its state; after a masculine verb it is the object.
    {"capital_rejects", "رفضت موسكو المقترح الأوكراني.", "REJECT", "12", "RUS/", "UKR/", true},
    {"capital_accuses_capital", "اتهمت طهران واشنطن بدعم الإرهاب.", "ACCUSE", "112", "IRN/", "USA/", true},
    {"capital_after_a_masculine_verb_is_the_object", "انتقد الرئيس الأوكراني موسكو.", "ACCUSE", "11", "UKR/GOV",
     "RUS/", true},
    // A condemnation is aimed at the doer of the act it condemns: the subject of a relative clause of
    // carrying out, or the genitive where the act's noun takes its doer so (not the victim of اغتيال).
    {"condemned_attack_carried_out_by", "أدانت الأمم المتحدة الهجوم الذي نفذته حركة الشباب.", "ACCUSE", "111", "/IGO",
     "SOM/REB", true},
    {"condemned_attacks_of_a_group", "أدانت مصر هجمات الحوثيين على السفن.", "ACCUSE", "111", "EGY/", "YEM/REB", true},
    {"condemned_assassination_is_not_aimed_at_the_victim", "أدان الرئيس اغتيال الحريري.", "ACCUSE", "111", "/GOV",
     "", true},
    // With words between, a nationality agrees in gender with a definite agent it qualifies, and a
    // definite office takes its nationality first: here the nationality is the object's.
    {"feminine_agent_masculine_nationality", "رفضت الحكومة المقترح الإسرائيلي.", "REJECT", "12", "/GOV", "ISR/", true},
    {"office_then_object_then_nationality", "رفض الرئيس المقترح الأمريكي.", "REJECT", "12", "/GOV", "USA/", true},
    // What a call or a demand in construct asks for has not happened.
    {"called_for_disarmament_is_not_done", "رفضت الميليشيا دعوات نزع سلاحها.", "RETREAT", "087", nullptr, nullptr,
     false},
    // A state takes no nationality after it: the people named next are the object.
    {"state_then_a_people_as_object", "اتهمت روسيا الأوكرانيين بقصف المدينة.", "ACCUSE", "112", "RUS/", "UKR/", true},
    // Dictionary lines whose target column was empty or too narrow: sanctions threatened on X, military
    // aid halted to X, an office closed (its owner after it).
    {"sanctions_threatened_on_a_state", "هددت بريطانيا بفرض عقوبات على إيران.", "THREATEN", "1312", "GBR/", "IRN/",
     true},
    {"military_aid_halted_to_a_state", "أوقفت ألمانيا المساعدات العسكرية لإسرائيل.", "SANCTION", "1622", "DEU/", "ISR/",
     true},
    {"office_of_a_party_closed", "أغلقت الشرطة التركية مكتب حزب الشعوب الديمقراطي في أنقرة.", "COERCE", "172",
     "TUR/COP", "TUR/PTY", true},
    {"ban_lifted_from_the_activities_of_unions", "رفعت الحكومة الأردنية الحظر عن أنشطة النقابات.", "CONCEDE", "081",
     "JOR/GOV", "JOR/LAB", true},
    // Target columns filled in the dictionary for non-violent lines: the addressee of a request (إلى),
    // a mediation offered على or sought لدى, a truce, talks or a treaty with مع, the object of a verbal
    // noun after a nationality or an adjective (ل), restrictions eased on على, a formal protest lodged
    // لدى, a rejected mediator or frozen assets as the owner after the phrase, captives handed over.
    {"request_addressed_to_an_organisation", "تقدم لبنان بطلب رسمي إلى الأمم المتحدة.", "REQUEST", "020", "LBN/",
     "/IGO", true},
    {"mediation_offered_to_the_parties", "عرضت الجزائر وساطتها على مالي والنيجر.", "AGREE", "039", "DZA/", "MLI/",
     true},
    {"mediation_sought_with_a_state", "توسطت مصر لدى إسرائيل للإفراج عن الأسرى.", "CONSULT", "045", "EGY/", "ISR/",
     true},
    {"fighting_halted_with_rebels", "أعلن الجيش السوداني وقف القتال مع قوات الدعم السريع.", "RETREAT", "0871",
     "SDN/MIL", "SDN/REB", true},
    {"funding_to_an_army_after_a_nationality", "كشفت الصحيفة عن تمويل سعودي للجيش اللبناني.", "AID", "071", nullptr,
     "LBN/MIL", true},
    {"arming_to_rebels_after_an_adjective", "اتهمت الحكومة اليمنية إيران بتسليح متواصل للحوثيين.", "AID", "072",
     "IRN/", "YEM/REB", true},
    {"restrictions_eased_on_companies", "أعلنت الحكومة الصينية تخفيف القيود على الشركات الأمريكية.", "CONCEDE",
     "081", "CHN/GOV", "USA/BUS", true},
    {"talks_demanded_with_the_president", "طالبت الأحزاب التونسية بالحوار مع الرئيس.", "REQUEST", "106", "TUN/PTY",
     "TUN/GOV", true},
    {"protest_lodged_with_an_embassy", "قدمت الجزائر احتجاجا رسميا لدى السفارة الفرنسية.", "ACCUSE", "114", "DZA/",
     "FRA/GOV", true},
    {"negotiation_refused_with_rebels", "رفض الجيش السوداني التفاوض مع قوات الدعم السريع.", "REJECT", "125",
     "SDN/MIL", "SDN/REB", true},
    {"mediator_rejected", "رفضت الحكومة الإثيوبية وساطة مصر.", "REJECT", "126", "ETH/GOV", "EGY/", true},
    {"talks_halt_threatened", "هددت الحكومة الأفغانية بتعليق المفاوضات مع حركة طالبان.", "THREATEN", "134",
     "AFG/GOV", "AFG/REB", true},
    {"assets_of_a_bank_frozen", "جمدت بريطانيا أصول البنك المركزي الروسي.", "COERCE", "163", "GBR/", "RUS/GOV", true},
    {"treaty_left_with_a_state", "انسحبت الولايات المتحدة من المعاهدة مع روسيا.", "SANCTION", "166", "USA/", "RUS/",
     true},
    {"arrests_against_journalists", "شنت الشرطة التركية حملة اعتقالات ضد صحفيين معارضين.", "COERCE", "173",
     "TUR/COP", "TUR/MED", true},
    {"corridor_opened_to_a_town", "فتحت القوات الروسية ممرا إنسانيا إلى ماريوبول.", "RETREAT", "0863", nullptr,
     "UKR/", true},
    {"wanted_man_handed_to_authorities", "سلمت الشرطة التركية المطلوب للسلطات العراقية.", "COOPERATE", "063",
     "TUR/COP", "IRQ/GOV", true},
    {"withdrawal_of_forces_demanded", "طالبت فرنسا بانسحاب القوات الروسية من أوكرانيا.", "REQUEST", "1056", "FRA/",
     "RUS/MIL", true},
    {"captives_handed_over", "أعلنت هيئة تحرير الشام تسليم الأسرى الأتراك.", "RETREAT", "0841", "SYR/REB", "TUR/CVL",
     true},
    {"government_recommended_to", "أوصى البرلمان العراقي الحكومة بطرد السفير التركي.", "REQUEST", "020", "IRQ/LEG",
     "IRQ/GOV", true},
    // A condemned attack, aggression or crime names its doer as genitive: the target of the condemnation;
    // the genitive of a condemned assassination is its victim, no target.
    {"condemned_attack_aims_at_its_doer", "أدانت تركيا هجوم حزب العمال الكردستاني على قاعدة عسكرية.", "ACCUSE", "111",
     "TUR/", "TUR/REB", true},
    {"denounced_attack_aims_at_its_doer", "ندد الأردن بهجوم المستوطنين على بلدة حوارة.", "ACCUSE", "111", "JOR/",
     "ISR/CVL", true},
    {"condemned_assassination_victim_is_no_target", "أدانت الحكومة الباكستانية اغتيال الصحفي الأمريكي.", "ACCUSE",
     "111", "PAK/GOV", "", true},
    // The forces put on alert are no target; the enemy follows ضد.
    {"forces_alerted_are_no_target", "استنفرت الحكومة الباكستانية قواتها.", "MOBILIZE", "152", "PAK/GOV", "", true},
    {"forces_alerted_against_a_state", "استنفرت الهند قواتها ضد باكستان.", "MOBILIZE", "152", "IND/", "PAK/", true},
    // After a verb of saying and its subject, a word with a pronoun is the verb's object, a verbal noun
    // whose pronoun is the sayer (not "supported her"); a capital that says is its state.
    {"support_announced_by_a_capital", "أعلنت واشنطن دعمها للحكومة العراقية.", "SUPPORT", "050", "USA/", "IRQ/GOV",
     true},
    {"support_confirmed_by_a_state", "أكدت تركيا دعمها لحكومة الوفاق.", "SUPPORT", "050", "TUR/", "LBY/GOV", true},
    // A noun whose genitive is its target, as the object of a verb of saying, is done by the sayer; the
    // genitive after أصول is their owner. Not a death a ministry announces.
    {"asset_freeze_owner_is_the_target", "أعلنت الحكومة الأمريكية تجميد أصول البنك المركزي الأفغاني.", "COERCE",
     "163", "USA/GOV", "AFG/GOV", true},
    {"arrest_announced_by_its_doer", "أعلن الجيش الأردني اعتقال خمسة مهربين.", "COERCE", "173", "JOR/MIL", "/CRM",
     true},
    // A definite genitive of a state or its forces followed by an indefinite noun is the doer, and that
    // noun (or its owner) the target; the condemnation is aimed at that doer. The people an act is done
    // to, followed by a name, stay the target.
    {"confiscation_genitive_doer_then_object", "نددت المنظمة بمصادرة الجيش الإسرائيلي أراضي الفلسطينيين.", "COERCE",
     "1711", "ISR/MIL", "PSE/", true},
    {"condemnation_aimed_at_the_confiscator", "نددت المنظمة بمصادرة الجيش الإسرائيلي أراضي الفلسطينيين.", "ACCUSE",
     "111", nullptr, "ISR/MIL", true},
    {"arrest_genitive_doer_then_object", "أدانت الخارجية الأردنية اعتقال الشرطة الإسرائيلية صحفيين فلسطينيين.",
     "COERCE", "173", "ISR/COP", "PSE/MED", true},
    {"condemnation_aimed_at_the_arresters", "أدانت الخارجية الأردنية اعتقال الشرطة الإسرائيلية صحفيين فلسطينيين.",
     "ACCUSE", "111", "JOR/GOV", "ISR/COP", true},
    {"released_hostage_before_her_name_is_the_target", "أعلنت الحكومة الكولومبية إطلاق سراح الرهينة انغريد بيتانكور.",
     "RETREAT", "0841", "COL/GOV", "COL/CVL", true},
    // Gunmen, rebels or members "from" a named organisation are its own, as in construct; a unit of a
    // state's forces keeps its nationality.
    {"gunmen_from_an_organisation_are_its_fighters",
     "قتل ثلاثة جنود أتراك في هجوم شنه مسلحون من حزب العمال الكردستاني.", "ASSAULT", "190", "TUR/REB", "TUR/MIL",
     true},
    // Headline style: a named subject opens the sentence and the imperfective follows; it reports the
    // news, the subject is the doer and the actor after the verb its object. A class of people stated
    // about in the imperfective is a generality.
    {"headline_armed_group_targets_a_ship", "الحوثيون يستهدفون سفينة تجارية في البحر الأحمر.", "ASSAULT", "190",
     "YEM/REB", "/BUS", true},
    {"headline_president_receives_a_prime_minister", "السيسي يستقبل رئيس الوزراء الفلسطيني في القاهرة.", "CONSULT",
     "043", "EGY/GOV", "PSE/GOV", true},
    {"headline_capital_imposes_sanctions", "واشنطن تفرض عقوبات على إيران.", "COERCE", "163", "USA/", "IRN/", true},
    {"class_of_people_in_the_imperfective_is_a_generality", "المتظاهرون يحتجون على تسمية الخليج.", "PROTEST", "",
     nullptr, nullptr, false},
    // An indefinite event noun whose genitive would be its doer names the doer with لـ.
    {"attack_of_a_group_named_with_li", "قتل خمسة جنود في هجوم للحوثيين على موقع عسكري.", "ASSAULT", "190",
     "YEM/REB", "/MIL", true},
    // A past verb in the feminine does not take a masculine singular noun after it as subject: that
    // noun is the object and the subject is carried from before.
    {"feminine_verb_masculine_noun_is_the_object",
     "نفت قوات الدعم السريع انسحابها من المدينة، واتهمت الجيش بقصف الأحياء السكنية.", "ACCUSE", "112", "SDN/REB",
     "SDN/MIL", true},
    {"feminine_verb_president_received", "استقبلت الرئيس الفرنسي في قصر الإليزيه.", "CONSULT", "043", "", "FRA/GOV",
     true},
    // A capturing verb without object whose subject could not capture anyone is the passive.
    {"journalist_arrested_is_the_target", "اعتقل صحفي فرنسي في طهران.", "COERCE", "173", "", "FRA/MED", true},
    // The nationality of the object noun is the target, also where the object is an event noun or
    // follows the preposition the trigger takes joined to it; not across another preposition (the
    // opponents called on are the target, not Yemen of the unity called for).
    {"accusations_of_a_state_rejected", "رفضت طهران الاتهامات الأمريكية.", "REJECT", "120", "IRN/", "USA/", true},
    {"operation_of_a_state_opposed", "عارضت فرنسا العملية العسكرية التركية في شمال سوريا.", "REJECT", "120", "FRA/",
     "TUR/", true},
    {"initiative_praised_after_bi", "أشادت مصر بالمبادرة السعودية.", "SUPPORT", "051", "EGY/", "SAU/", true},
    {"support_of_a_state_valued", "ثمنت الحكومة اللبنانية الدعم القطري للجيش اللبناني.", "SUPPORT", "051",
     "LBN/GOV", "QAT/", true},
    {"nationality_across_a_preposition_is_no_target",
     "دعا الرئيس اليمني معارضيه إلى الحفاظ على الوحدة اليمنية.", "REQUEST", "020", "YEM/GOV", "YEM/OPP", true},
    // The launcher of a drone carried out its strike; a sit-in broken up is violent repression of its
    // owners.
    {"drone_launched_by_a_group", "أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون.", "ASSAULT", "1952",
     "YEM/REB", nullptr, true},
    {"sit_in_broken_up", "فضت قوات الأمن اعتصاما للمعلمين أمام مقر الحكومة.", "ASSAULT", "175", "/COP", "/EDU",
     true},
    {"shelling_of_an_army_named_with_li_before_ala", "قتل مدنيان في قصف للجيش السوري على إدلب.", "ASSAULT", "194",
     "SYR/MIL", nullptr, true},
    // A state or capital after أن is the subject; a noun with its owner's pronoun inside the phrase is the
    // object, not the subject; the subject of a denial does the target-genitive noun it denies.
    {"capital_after_anna_withdraws_its_forces", "أعلن مسؤول أمريكي أن واشنطن سحبت قواتها من سوريا.", "RETREAT",
     "0874", "USA/", "SYR/", true},
    {"denied_attack_is_not_counted", "نفى المتحدث باسم الحوثيين استهداف أي سفينة أمريكية.", "ASSAULT", "190",
     nullptr, nullptr, false},
    {"attack_confirmed_by_a_spokesman_of_his_group", "أكد المتحدث باسم الحوثيين استهداف سفينة أمريكية.", "ASSAULT",
     "190", "YEM/REB", "USA/", true},
    // Taking part in a march or a protest is protesting; taking part in an attack names one reported
    // elsewhere.
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"took_part_in_a_march", "شارك آلاف المغاربة في مسيرة بالرباط.", "PROTEST", "141", "MAR/CVL", "MAR/GOV", true},
    {"took_part_in_a_kidnapping_is_no_new_event", "في عام 1986 شارك في عملية خطف جنديين إسرائيليين.", "ASSAULT",
     "181", nullptr, nullptr, false},
    // A protest noun in the accusative of purpose after a protest is its reason, not a second protest.
    {"protest_reason_is_no_second_protest", "تظاهر مئات الطلاب أمام السفارة الأمريكية احتجاجا على الحرب في غزة.",
     "PROTEST", "140", nullptr, nullptr, false},
    // A verb phrase split by a count and its actor, with a one-word rest that shows it belongs to the
    // phrase (the article or a pronoun).
    {"toll_split_by_count_and_actor", "لقي 15 شخصا حتفهم في انفجار بسوق شعبي.", "ASSAULT", "18", "", "/CVL", true},
    {"fire_opened_by_counted_gunmen", "أطلق ثلاثة مسلحين النار على حاجز للجيش.", "ASSAULT", "193", "/UAF", nullptr,
     true},
    // A state's drone is its military's, and so is the doer of what happened in its strike (one event with
    // the strike, and its code).
    {"killed_in_a_drone_strike_of_a_state", "قتل أربعة مدنيين في غارة لطائرة مسيرة أمريكية في شمال غرب باكستان.",
     "ASSAULT", "195", "USA/MIL", "PAK/CVL", true},
    {"deaths_announced_by_a_ministry_have_no_doer", "أعلنت وزارة الصحة الفلسطينية مقتل خمسة أشخاص.", "ASSAULT",
     "190", "", "/CVL", true},
    // The speaker of a report is not the doer of the cause of the result it reports.
    {"ministry_reporting_a_result_is_not_its_cause", "قالت وزارة الصحة إن القصف أسفر عن مقتل عشرة أشخاص.",
     "ASSAULT", "190", "", "/CVL", true},
    // A nationality adjective names the doer of a noun whose genitive is its target (shelling, siege),
    // and so of the toll that noun caused; after killing or capture it is the victim (a noun).
    // (Session 34, mood34: the toll after the عن of a verb of result split by the shelling is the shelling's, one
    // event coded as shelling, 194; it was a bare killing, 190, before. Checked by hand.)
    {"nationality_adjective_of_shelling", "أسفر القصف الروسي على إدلب عن مقتل عشرة مدنيين.", "ASSAULT", "194",
     "RUS/", "SYR/CVL", true},
    // A state that announces an abduction reports a crime of others.
    {"army_announcing_an_abduction_did_not_do_it", "أعلن الجيش اختطاف بريطاني في مالي.", "ASSAULT", "181", "MLI/MIL",
     nullptr, false},
    // A light verb's subject, between it and the event noun, did the event.
    {"siege_imposed_by_forces_after_the_verb", "فرضت القوات الروسية حصارا على المدينة.", "COERCE", "191", "RUS/MIL",
     nullptr, true},
    {"arrest_campaign_launched_by_the_police", "أطلقت الشرطة حملة اعتقالات في المدينة.", "COERCE", "173", "/COP",
     nullptr, true},
    // The year of a date in figures places a counted noun in the past.
    // A state's name that is also its feminine nationality (تركية، سورية) is the adjective after an
    // indefinite noun, and the state elsewhere.
    {"feminine_nationality_that_is_also_a_state_name", "قصفت طائرات تركية مواقع للمسلحين.", "ASSAULT", "195",
     "TUR/MIL", "/UAF", true},
    {"state_name_after_a_verb_and_its_subject", "زار الوزير تركية الأسبوع الماضي.", "CONSULT", "042", nullptr, "TUR/",
     true},
    // A subject that is no actor (aircraft) between a verb of carrying out and its noun names its
    // doer by its nationality: that state's military.
    {"raids_carried_out_by_aircraft_of_a_nationality", "شنت الطائرات الإسرائيلية غارات على جنوب لبنان.", "ASSAULT",
     "195", "ISR/MIL", "LBN/", true},
    // A verb phrase split by a list of subjects joined by و (the two sides of a mutual act).
    {"exchange_of_fire_split_by_two_sides", "تبادل الجيش الإسرائيلي وحزب الله القصف عبر الحدود.", "ASSAULT", "194",
     "ISR/MIL", "LBN/REB", true},
    {"joint_exercises_of_two_armies", "أجرت القوات المصرية والسعودية مناورات عسكرية مشتركة في البحر الأحمر.",
     "COOPERATE", "062", "EGY/MIL", "SAU/MIL", true},
    // Headlines: after a dateline of a place and a colon, and with a verb of saying in the present.
    {"headline_after_a_dateline", "اليمن: الحوثيون يقصفون مواقع للجيش في مأرب", "ASSAULT", "194", "YEM/REB", "YEM/MIL",
     true},
    // (A warship with its nationality is that state's military: USA/MIL since args32.)
    {"headline_announcing_a_strike", "الحوثيون يعلنون استهداف مدمرة أمريكية في البحر الأحمر", "ASSAULT", "190",
     "YEM/REB", "USA/MIL", true},
    // The nationality after the genitive of a noun whose genitive is its target is the genitive's.
    {"nationality_of_the_target_not_the_doer", "الحوثيون يعلنون استهداف مدمرة أمريكية في البحر الأحمر", "ASSAULT",
     "190", "USA/MIL", nullptr, false},
    // The doer at the hands of whom (بأيدي، في يد، في قبضة): of a passive, and of a phrase whose
    // subject is its target and that ends in such a noun (a town fell to).
    {"killed_at_the_hands_of_gunmen", "قتل ثلاثة مدنيين بأيدي مسلحين مجهولين.", "ASSAULT", "190", "/UAF", "/CVL", true},
    {"town_fell_to_a_force", "مدينة الفاشر سقطت في يد قوات الدعم السريع.", "COERCE", "192", "SDN/REB", nullptr, true},
    // (Verb first, the place after the noun of its kind.)
    {"town_fell_to_a_force_verb_first", "سقطت مدينة الفاشر في يد قوات الدعم السريع.", "COERCE", "192", "SDN/REB",
     nullptr, true},
    {"town_that_would_fall_is_no_event", "حذرت الأمم المتحدة من مجازر إذا سقطت مدينة الفاشر بيد قوات الدعم السريع.",
     "COERCE", "192", nullptr, nullptr, false},
    {"town_fell_into_the_grip_of_a_force", "سقطت بلدة غريان في قبضة قوات حكومة الوفاق.", "COERCE", "192", "LBY/MIL",
     nullptr, true},
    // A verb whose subject is an attack with a nationality: that state did it (an air strike: its
    // military).
    {"bridge_destroyed_by_a_strike_of_a_nationality", "دمرت غارة إسرائيلية جسرا في جنوب لبنان.", "ASSAULT", "17",
     "ISR/MIL", nullptr, true},
    {"killed_by_shelling_of_a_nationality", "قتل القصف الإسرائيلي عشرة مدنيين.", "ASSAULT", "19", "ISR/", nullptr, true},
    // Deaths and wounds in an accident or a disaster are no attack; a shooting incident is one.
    {"deaths_in_a_road_accident", "لقي خمسة أشخاص مصرعهم في حادث سير على الطريق الدولي.", "ASSAULT", "", nullptr,
     nullptr, false},
    {"deaths_in_a_building_collapse", "قتل عشرة أشخاص جراء انهيار مبنى في القاهرة.", "ASSAULT", "", nullptr, nullptr,
     false},
    {"wounds_in_an_earthquake_that_struck", "أصيب خمسة أشخاص بجروح في زلزال ضرب المدينة.", "ASSAULT", "", nullptr,
     nullptr, false},
    {"deaths_in_a_shooting_incident", "قتل شخصان في حادث إطلاق نار في بغداد.", "ASSAULT", "19", nullptr, "IRQ/CVL", true},
    // (Not a protest the wounded were in: a noun of another type stays its own event.)
    {"protest_the_wounded_were_in_stays", "أصيب عشرة متظاهرين في مظاهرة في الخرطوم.", "PROTEST", "141", nullptr,
     nullptr, true},
    // A verb of targeting (also "aimed at") is an attack with an armed subject right after it and an
    // indefinite object; not with a government that aims at a policy.
    {"army_targeted_a_car_verb_first", "استهدف الجيش الإسرائيلي سيارة في جنوب لبنان.", "ASSAULT", "190", "ISR/MIL",
     nullptr, true},
    {"forces_targeted_a_power_station", "استهدفت القوات الروسية محطة كهرباء في خاركيف.", "ASSAULT", "190",
     "RUS/MIL", nullptr, true},
    {"army_aims_at_a_policy", "يستهدف الجيش تعزيز قدراته الدفاعية.", "ASSAULT", "", nullptr, nullptr, false},
    // The owner after لـ of an object named by a phrase that is no event (منصات إطلاق), or by a noun
    // with a verbal noun in construct (مواقع إطلاق صواريخ), is the target.
    {"owner_of_rocket_launchers", "قصف الجيش السوداني منصات إطلاق صواريخ لقوات الدعم السريع.", "ASSAULT", "194",
     "SDN/MIL", "SDN/REB", true},
    {"owner_of_launch_sites", "استهدفت القوات الأمريكية مواقع إطلاق صواريخ للحوثيين في الحديدة.", "ASSAULT", "190",
     "USA/MIL", "YEM/REB", true},
    // A machine of war with a nationality as the subject of a violent verb: that state's military.
    {"tanks_of_a_nationality_destroyed_houses", "دمرت الدبابات الإسرائيلية منازل في رفح.", "ASSAULT", "17",
     "ISR/MIL", nullptr, true},
    {"warplanes_with_an_adjective_then_a_nationality", "قصفت الطائرات الحربية الروسية مستشفى في إدلب.", "ASSAULT",
     "19", "RUS/MIL", nullptr, true},
    {"machine_without_a_nationality_has_no_doer", "قصفت الطائرات مواقع المسلحين الأفغان.", "ASSAULT", "19", "",
     nullptr, true},
    // The people a vehicle that was hit was carrying (سيارة تقل صحفيين) are the target.
    {"people_carried_by_a_car_fired_on", "فتح مسلحون النار على سيارة تقل صحفيين في إدلب.", "ASSAULT", "19", "SYR/UAF",
     "SYR/MED", true},
    {"people_carried_by_a_car_a_drone_targeted", "استهدفت مسيرة إسرائيلية سيارة تقل عناصر من حزب الله في صور.",
     "ASSAULT", "195", "ISR/MIL", "LBN/REB", true},
    // ضد is a target preposition wherever على is.
    {"strikes_against_sites_of_a_group", "شنت الطائرات الأمريكية غارات ضد مواقع لتنظيم داعش في العراق.", "ASSAULT",
     "195", "USA/MIL", "/REB", true},
    // A place in a phrase after a preposition on the object says where: it is no object.
    {"place_on_the_road_is_no_target", "استهدف الجيش الإسرائيلي سيارة على طريق بلدة الناقورة.", "ASSAULT", "190",
     "ISR/MIL", "", true},
    // A condemnation is aimed at the doer of the act it names, also where that act (reported elsewhere)
    // gives no event of its own.
    {"condemned_shelling_gives_its_doer_as_target", "أدانت الخارجية الأردنية قصف الجيش الإسرائيلي مدرسة في غزة.",
     "ACCUSE", "11", "JOR/GOV", "ISR/MIL", true},
    // A verbal noun with its doer as genitive may take its object after لـ, on a count too.
    {"condemned_shelling_with_a_li_object", "ندد الاتحاد الأوروبي بقصف روسيا لمحطات الطاقة في أوكرانيا.", "ACCUSE",
     "11", nullptr, "RUS/", true},
    {"arrest_with_its_doer_and_a_li_object", "رفع المتظاهرون لافتات تندد باعتقال السلطات البحرينية لمعارضين.",
     "COERCE", "173", "BHR/GOV", "BHR/OPP", true},
    {"arrest_with_its_doer_and_a_counted_li_object", "تحدث التقرير عن اعتقال الشرطة المصرية لعشرات المعارضين.",
     "COERCE", "173", "EGY/COP", "EGY/OPP", true},
    // The accusative عددا counts the people after من, as عدد does.
    {"arrested_a_number_of_protesters", "اعتقلت الشرطة عددا من المتظاهرين في الخرطوم.", "COERCE", "173", "SDN/COP", "SDN/CVL",
     true},
    // What a device went off on is hit: its owner after لـ (the device, the verb's subject, stands between).
    {"device_exploded_on_a_patrol_of_an_army", "انفجرت عبوة ناسفة على دورية للجيش العراقي في الموصل.", "ASSAULT",
     "183", "", "IRQ/MIL", true},
    // An attack with no target named, by a doer of one state on a place of another, is aimed at that
    // state; at a place of the doer's own state, who was hit is not said.
    {"rockets_on_a_city_of_another_state", "أطلق حزب الله صواريخ على حيفا.", "ASSAULT", "194", "LBN/REB", "ISR/", true},
    {"shelling_of_a_city_of_another_state", "قصفت القوات الروسية مدينة حلب.", "ASSAULT", "194", "RUS/MIL", "SYR/", true},
    {"shelling_of_a_city_of_the_doers_state", "قصفت قوات الدعم السريع مدينة الأبيض.", "ASSAULT", "194", "SDN/REB", "",
     true},
    // A counted subject before a rest that keeps its plural pronoun (أنفسهم), and the group a subject
    // comes from (من حركة الشباب، من العشائر), stand between a verb and the rest of its phrase.
    {"counted_subject_before_a_pronoun_rest", "سلم عشرات المقاتلين أنفسهم للجيش.", "RETREAT", "0874", "/UAF", "/MIL",
     true},
    {"counted_subject_from_a_group", "سلم عشرات المقاتلين من حركة الشباب أنفسهم للجيش الصومالي.", "RETREAT",
     "0874", "SOM/REB", "SOM/MIL", true},
    {"gunmen_from_the_clans_opened_fire", "أطلق مسلحون من العشائر النار على دورية للشرطة.", "ASSAULT", "19", "/UAF",
     "/COP", true},
    // The object may stand between the subject and the rest of a verb phrase too: حمّل X Y المسؤولية.
    {"held_responsible_object_before_the_rest", "حملت إيران إسرائيل مسؤولية الهجوم.", "ACCUSE", "112", "IRN/", "ISR/",
     true},
    {"held_responsible_a_force_before_the_definite_rest",
     "حمل الجيش السوداني قوات الدعم السريع المسؤولية عن المجزرة.", "ACCUSE", "112", "SDN/MIL", "SDN/REB", true},
    // A capital right after a verb in the feminine is its subject before any actor further on.
    {"capital_threatens_an_alliance", "هددت موسكو دول حلف الناتو بالرد.", "THREATEN", "13", "RUS/", nullptr, true},
    {"abduction_dated_in_figures_to_a_past_year", "في 3/8/ 1985، شارك في عملية خطف ثلاثة جنود.", "ASSAULT", "181",
     nullptr, nullptr, false},
    // A headline that opens with its speaker and a colon: the news after the colon is read as a
    // sentence of its own, the imperfective after its named subject reporting it.
    {"headline_after_its_speaker", "الجيش السوداني: قوات الدعم السريع تقصف الأحياء السكنية في الفاشر.", "ASSAULT",
     "19", "SDN/REB", nullptr, true},
    {"headline_after_a_ministry", "الخارجية الروسية: أوكرانيا تقصف محطة زابوريجيا.", "ASSAULT", "19", "UKR/", nullptr,
     true},
    // The subject of a verb of undergoing is who suffered the event after its ل: a noun of another
    // event there (قافلة مساعدات) is no event, and the owner of a thing that underwent it is the target.
    {"undergoer_aid_convoy_is_no_aid", "تعرضت قافلة مساعدات أممية لهجوم مسلح في دارفور.", "AID", "07", nullptr,
     nullptr, false},
    // (An armed attack with no doer named: unidentified armed men, of the place's state, since session 66.)
    {"undergoer_aid_convoy_was_attacked", "تعرضت قافلة مساعدات أممية لهجوم مسلح في دارفور.", "ASSAULT", "19", "SDN/UAF",
     "/IGO", true},
    {"undergoer_owner_after_li", "تعرضت قافلة تابعة للأمم المتحدة لهجوم مسلح.", "ASSAULT", "19", "/UAF", "/IGO", true},
    {"undergoer_owner_in_construct", "تعرضت مقرات حزب الأمة لهجوم.", "ASSAULT", "19", "", "SDN/PTY", true},
    {"undergoer_owner_is_no_critic", "تعرضت مقرات حزب الأمة لهجوم.", "ACCUSE", "111", nullptr, nullptr, false},
    {"undergoer_of_criticism", "تعرض الرئيس التونسي لانتقادات حادة من المعارضة.", "ACCUSE", "111", nullptr,
     "TUN/GOV", true},
    {"undergoer_forces_guard", "تعرضت القوات الأمريكية لهجوم بطائرة مسيرة.", "ASSAULT", "19", "", "USA/MIL", true},
    // تصدى ل is a verb of undergoing too: the attack it stands up to happened, on its subject, also one
    // standing before it.
    {"air_defences_stood_up_to_an_aggression", "ذكرت الوكالة أن الدفاعات الجوية السورية تصدت لعدوان إسرائيلي.",
     "ASSAULT", "19", "ISR/", "SYR/MIL", true},
    // (The place attacked, after على and a direction word, محيط، قبالة, names the target first.)
    // (Since args25 the attack repelled is aimed at who repelled it, the air defences, SYR/MIL; the state of
    // the place, SYR/, was the reading before.)
    {"aggression_on_the_vicinity_of_a_capital", "ذكرت الوكالة أن الدفاعات الجوية تصدت لعدوان إسرائيلي على محيط دمشق.",
     "ASSAULT", "19", "ISR/", "SYR/MIL", true},
    {"undergoer_before_its_verb", "القوات الأمريكية تعرضت لهجوم بطائرة مسيرة في سوريا.", "ASSAULT", "19", "",
     "USA/MIL", true},
    // Armed forces of a state announcing the deaths of armed men of a group, or of another state's
    // forces, announce their own operation's toll; the deaths of their own men are others' doing.
    {"army_announces_the_toll_of_a_group", "أعلن الجيش الصومالي مقتل 30 عنصرا من حركة الشباب في عملية عسكرية.",
     "ASSAULT", "19", "SOM/MIL", "SOM/REB", true},
    {"army_announces_the_toll_of_another_army", "أعلن الجيش الأوكراني مقتل 500 جندي روسي خلال يوم واحد.", "ASSAULT",
     "19", "UKR/MIL", "RUS/MIL", true},
    {"army_announces_its_own_dead", "أعلن الجيش الإسرائيلي مقتل جنديين في معارك شمال قطاع غزة.", "ASSAULT", "19", "",
     "ISR/MIL", true},
    // (Session 35: the killing is the explosion it was told with, one event coded as a bombing, 183.)
    {"police_announce_civilian_dead", "أعلنت الشرطة مقتل ثلاثة مدنيين في انفجار.", "ASSAULT", "183", "", "/CVL", true},
    // كل من opens a list that is the subject, not a phrase after من.
    {"each_of_a_list_condemned_first", "أدانت كل من السعودية والإمارات ومصر الهجوم على السفينة.", "ACCUSE", "111",
     "SAU/", nullptr, true},
    {"each_of_a_list_condemned_last", "أدانت كل من السعودية والإمارات ومصر الهجوم على السفينة.", "ACCUSE", "111",
     "EGY/", nullptr, true},
    // Towns after بين, with the doer named, are where, not the sides; the object between the subject and
    // the rest is the partner.
    {"joint_patrols_with_an_object_between",
     "وشاركت قوات صومالية قوات الاتحاد الأفريقي في دوريات مشتركة على طول الطريق بين مقديشو وأفجوي.", "COOPERATE",
     "062", "SOM/MIL", "/MIL", true},
    // A word of a longer rest (دوريات مشتركة) names the phrase's own act: it is no object.
    {"joint_patrols_with_a_partner", "سيرت القوات الروسية دوريات مشتركة مع القوات التركية.", "COOPERATE", "062",
     "RUS/MIL", "TUR/MIL", true},
    // بدور is ب + دور in news (hunspell-ar lists it whole): the owner of the role praised is the target.
    {"praised_the_role_of_a_state", "أشاد الرئيس الأمريكي بدور قطر في الوساطة.", "SUPPORT", "051", "USA/GOV", "QAT/",
     true},
    // Direction words (قبالة، فوق، سواحل) and descriptors of ports and oblasts (ميناء، مقاطعة) before a
    // place make it where the event happened, not its object.
    {"ship_off_a_port_is_where", "استهدف الحوثيون سفينة قبالة ميناء المخا.", "ASSAULT", "19", "YEM/REB", "", true},
    {"undergone_attempt_guard", "تعرض وزير الدفاع الصومالي لمحاولة اغتيال في مقديشو.", "ASSAULT", "18", "", nullptr,
     true},
    // A one-word adverb (بشدة، أيضا) between a verb with its subject and its object.
    {"adverb_before_the_condemned_act", "أدانت الخارجية الأردنية بشدة قصف الجيش الإسرائيلي مدرسة.", "ACCUSE", "111",
     "JOR/GOV", "ISR/MIL", true},
    {"adverb_before_a_demonym_object", "أدانت قطر بشدة القصف الإسرائيلي على غزة.", "ACCUSE", "111", "QAT/", "ISR/",
     true},
    {"adverb_before_an_indefinite_object", "استهدفت القوات الأوكرانية أيضا مصفاة روسية.", "ASSAULT", "19", "UKR/MIL",
     "RUS/", true},
    {"adverb_before_a_threatened_act", "هدد الحوثيون مجددا باستهداف السفن الإسرائيلية.", "THREATEN", "13", "YEM/REB",
     "ISR/", true},
    // A genitive actor followed by a named object (a place, or an actor of its own mention) is the
    // verbal noun's doer, whatever its sector when the object is a place.
    {"settlers_storming_a_mosque", "أدانت قطر اقتحام المستوطنين المسجد الأقصى.", "ACCUSE", "111", "QAT/", "ISR/CVL",
     true},
    {"settlers_storming_a_city_named_after_its_kind", "أدانت قطر اقتحام المستوطنين مدينة جنين.", "ACCUSE", "111",
     "QAT/", "ISR/CVL", true},
    {"police_storming_a_mosque", "أدانت قطر اقتحام الشرطة الإسرائيلية المسجد الأقصى.", "ACCUSE", "111", "QAT/",
     "ISR/COP", true},
    {"security_forces_arresting_protesters", "أعلنت الحكومة اعتقال قوات الأمن المتظاهرين.", "COERCE", "173", "/COP",
     "/CVL", true},
    // A VSO subject whose generic head is in construct (أهالي المعتقلين) holds its genitive: the object
    // comes after it. Not a capital (تبليسي), nor a sound plural (مسلحون), which is no head in construct.
    {"families_of_detainees_appealed_to_the_authorities", "ناشد أهالي المعتقلين السلطات المصرية الإفراج عن أبنائهم.",
     "REQUEST", "02", "/CVL", "EGY/GOV", true},
    {"families_of_detainees_demanded_of_the_authorities", "طالب أهالي المعتقلين السلطات بالإفراج عنهم.", "REQUEST",
     "10", "/CVL", "/GOV", true},
    {"capital_subject_then_its_object", "اتهمت تبليسي الجيوش الروسية بإطلاق نار على المدنيين.", "ACCUSE", "112",
     "GEO/", "RUS/MIL", true},
    {"sound_plural_subject_then_its_object", "هاجم مسلحون الشرطة في كركوك.", "ASSAULT", "19", "IRQ/UAF", "IRQ/COP", true},
    // A threat to carry out an act through a light verb's noun (بشن) threatens the act's target.
    {"threat_to_launch_an_operation_in_a_state", "هدد وزير الدفاع الإسرائيلي بشن عملية عسكرية واسعة في لبنان.",
     "THREATEN", "13", nullptr, "LBN/", true},
    {"threat_to_launch_an_operation_against_a_group", "هددت تركيا بشن عملية عسكرية ضد قوات سوريا الديمقراطية.",
     "THREATEN", "13", "TUR/", "SYR/REB", true},
    // Taking a place of another state (CAMEO 192) is aimed at that state, as an attack on it is; a
    // place of the doer's own state names no target.
    {"town_of_another_state_taken", "سيطرت القوات الروسية على بلدة في دونيتسك.", "COERCE", "192", "RUS/MIL", "UKR/",
     true},
    {"positions_in_another_state_occupied", "احتلت القوات الإسرائيلية مواقع في جنوب سوريا.", "COERCE", "192", "ISR/MIL",
     "SYR/", true},
    {"city_of_the_doers_state_taken", "سيطرت قوات الدعم السريع على مدينة الفاشر.", "COERCE", "192", "SDN/REB", "",
     true},
    // A gathering at which (وسط، قرب) a blast took place is where it happened: its people are the
    // target, and it is no protest.
    {"suicide_bomber_amid_a_police_gathering", "فجر انتحاري نفسه وسط تجمع لعناصر الشرطة في مقديشو.", "ASSAULT",
     "1831", "SOM/UAF", "SOM/COP", true},
    {"police_gathering_is_no_protest", "فجر انتحاري نفسه وسط تجمع لعناصر الشرطة في مقديشو.", "PROTEST", "14", nullptr,
     nullptr, false},
    {"bomb_near_an_opposition_rally", "انفجرت قنبلة قرب مظاهرة للمعارضة في كراتشي.", "ASSAULT", "183", "", "PAK/OPP",
     true},
    // A count between a verb of carrying out and its noun: the verb's subject still did it.
    {"count_between_launched_and_raids", "الطيران الروسي شن أكثر من عشرين غارة على ريف إدلب.", "ASSAULT", "195",
     "RUS/MIL", nullptr, true},
    {"dozens_between_launched_and_raids", "أعلن التحالف بقيادة السعودية أن مقاتلاته شنت عشرات الغارات على مواقع للحوثيين.",
     "ASSAULT", "195", "SAU/MIL", "YEM/REB", true},
    {"rally_near_the_blast_is_no_event_of_its_own", "انفجرت قنبلة قرب مظاهرة للمعارضة في كراتشي.", "PROTEST", "14",
     nullptr, nullptr, false},
    // A headline's verbal sentence: the imperfective opens the sentence and a named subject follows
    // it. It reports the news, as the named subject before the verb does; a class of people, or a
    // verb joined by و to the text before it, states a habit.
    {"headline_present_verb_then_named_subject", "تقصف المدفعية الروسية مدينة خاركيف منذ الصباح.", "ASSAULT", "19",
     "RUS/MIL", "UKR/", true},
    {"headline_present_light_verb_subject_then_noun", "تشن إسرائيل غارات على جنوب لبنان.", "ASSAULT", "195", "ISR/",
     "LBN/", true},
    {"headline_present_verb_then_named_group", "يستهدف الحوثيون سفينة تجارية في البحر الأحمر.", "ASSAULT", "19",
     "YEM/REB", nullptr, true},
    {"present_verb_after_wa_is_a_habit", "وتستهدف إسرائيل المستشفيات بشكل ممنهج.", "ASSAULT", "19", nullptr, nullptr,
     false},
    // A nationality joined by و to "forces + nationality" names the same forces of another state,
    // where the dictionaries name the first as an actor of their own (القوات الروسية) and where the
    // second nationality has two words; the nationality of aircraft inside the verb phrase likewise.
    {"coordinated_nationality_after_a_named_force", "قصفت القوات الروسية والسورية مواقع المعارضة في إدلب.",
     "ASSAULT", "19", "SYR/MIL", nullptr, true},
    {"coordinated_nationality_after_a_named_force_first", "قصفت القوات الروسية والسورية مواقع المعارضة في إدلب.",
     "ASSAULT", "19", "RUS/MIL", nullptr, true},
    {"coordinated_nationality_of_two_words", "أدانت الحكومة الأمريكية والكورية الجنوبية إطلاق الصاروخ.", "ACCUSE",
     "111", "KOR/GOV", nullptr, true},
    {"coordinated_nationality_of_aircraft", "قصفت الطائرات الروسية والسورية مدينة إدلب.", "ASSAULT", "195", "SYR/MIL",
     nullptr, true},
    {"coordinated_nationality_of_police", "اعتقلت الشرطة الفرنسية والبلجيكية عشرة مشتبهين.", "COERCE", "173",
     "BEL/COP", nullptr, true},
    // Dates, times and insertions between commas (a source, a circumstance, a relative clause, an
    // apposition of the subject) may stand between a verb with its subject and its object, and between
    // a headline's subject and its verb; a one-word kicker before a colon opens a headline.
    {"date_between_subject_and_condemned_act", "أدانت مصر يوم الاثنين الهجوم الإسرائيلي على مدينة رفح.", "ACCUSE",
     "111", "EGY/", "ISR/", true},
    {"source_insertion_before_the_object",
     "اعتقلت قوات الأمن الإيرانية، وفق ما نقلته وكالة تسنيم عن مصدر أمني، صحفية بريطانية في طهران.", "COERCE", "173",
     "IRN/COP", "GBR/MED", true},
    {"circumstance_insertion_before_the_victims", "قتل الجيش الإسرائيلي، خلال عملية عسكرية في مخيم جنين، تسعة فلسطينيين.",
     "ASSAULT", "190", "ISR/MIL", "PSE/CVL", true},
    {"relative_clause_insertion_before_the_rest", "أطلق حزب الله، الذي تدعمه إيران، صواريخ على حيفا.", "ASSAULT", "19",
     "LBN/REB", "ISR/", true},
    {"date_before_the_rest_of_a_split_phrase", "أطلق حزب الله يوم الاثنين صواريخ على شمال إسرائيل.", "ASSAULT", "19",
     "LBN/REB", nullptr, true},
    {"speech_insertion_before_the_object",
     "دعا غوتيريش، في كلمة أمام الجمعية العامة في نيويورك، إسرائيل إلى وقف إطلاق النار.", "REQUEST", "02", nullptr, "ISR/",
     true},
    {"time_of_day_before_the_object", "قصفت القوات الروسية صباح اليوم مدينة خاركيف.", "ASSAULT", "19", "RUS/MIL", "UKR/",
     true},
    // (Expelling the ambassador is the phrase طرد السفير, breaking relations, 161, as without the date.)
    {"date_before_the_expelled_ambassador", "طردت النيجر يوم الاثنين السفير الفرنسي.", "SANCTION", "161", "NER/",
     "FRA/GOV", true},
    {"kicker_before_a_headline", "عاجل: الجيش الإسرائيلي يقصف مبنى في حي الرمال بمدينة غزة.", "ASSAULT", "19", "ISR/MIL",
     nullptr, true},
    {"date_between_headline_subject_and_verb", "الحوثيون اليوم يستهدفون سفينة تجارية في البحر الأحمر.", "ASSAULT", "19",
     "YEM/REB", nullptr, true},
    {"insertion_between_headline_subject_and_verb",
     "الجيش الإسرائيلي، بحسب مصادر محلية، يقصف مبنى في حي الرمال بمدينة غزة.", "ASSAULT", "19", "ISR/MIL", nullptr, true},
    // A verb joined by و shares the named subject of a verb that is no event (arriving, entering) which
    // opens the sentence.
    {"attack_after_arriving_shares_its_subject", "وصلت قوات الدعم السريع إلى الأبيض وهاجمت مواقع الجيش السوداني.",
     "ASSAULT", "19", "SDN/REB", "SDN/MIL", true},
    {"arrest_after_entering_shares_its_subject", "دخلت القوات الإسرائيلية مدينة جنين واعتقلت عشرة شبان.", "COERCE",
     "173", "ISR/MIL", "PSE/CVL", true},
    // The doer of a strike from afar is not where it landed: the place gives the unnamed gunmen no state.
    {"rockets_from_afar_give_the_doer_no_state", "أطلق مسلحون صواريخ على مدينة سديروت.", "ASSAULT", "19", "/UAF",
     nullptr, true},
    {"present_verb_with_a_class_of_people_is_a_habit", "يحتج المتظاهرون كل أسبوع أمام البرلمان.", "PROTEST", "14",
     nullptr, nullptr, false},
};

class SyntaxTest : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(SyntaxTest, CodesWhatTheStructureShows) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const SyntaxCase& x = GetParam();
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    bool counted = testing::Counts(e);
    seen += testing::Describe(e);
    if (!counted || e.event != x.event || e.cameo.rfind(x.cameo, 0) != 0) continue;
    if (x.source != nullptr && ActorKey(e.source) != x.source) continue;
    if (x.target != nullptr && ActorKey(e.target) != x.target) continue;
    found = true;
  }
  EXPECT_EQ(found, x.counted) << x.name << ":\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, SyntaxTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<SyntaxCase>& i) { return std::string(i.param.name); });

// Reports that are one event: exactly one event of the type, with these codes (nullptr, -1: any).
struct OneEventCase {
  const char* name;
  const char* text;
  const char* event;
  const char* cameo;
  const char* source;
  const char* target;
  int64_t fatalities;
  int64_t captured;
};

const OneEventCase kOneEventCases[] = {
    // A phrase of killing split by the violent noun that caused it (أودى القصف بحياة): one event, the
    // attack's code, its doer by the noun's nationality or genitive, the dead as target and toll.
    {"killing_split_by_its_cause_a_shelling", "أودى القصف الروسي بحياة ثمانية مدنيين في خاركيف.", "ASSAULT", "194",
     "RUS/", "UKR/CVL", 8, -1},
    {"killing_split_by_an_attack_with_its_doer", "أودى هجوم حركة الشباب بحياة عشرة جنود في مقديشو.", "ASSAULT",
     "190", "SOM/REB", "SOM/MIL", 10, -1},  // (soldiers killed in Mogadishu: Somalia's, by the place rule)
    {"killing_verb_with_a_shelling_as_subject", "قتل القصف الروسي سبعة مدنيين في خاركيف.", "ASSAULT", "194", "RUS/",
     "UKR/CVL", 7, -1},
    {"killing_split_by_an_air_strike", "أودت الغارة الجوية بحياة أربعة أطفال.", "ASSAULT", "195", "", "/CVL", 4, -1},
    // The same-type noun inside a split phrase does not add a second event.
    {"exercises_by_forces_named_before_them", "أجرت القوات البحرية المصرية مناورات بالذخيرة الحية في البحر المتوسط.",
     "MOBILIZE", nullptr, "EGY/MIL", nullptr, -1, -1},
    // The noun in the rest of a verb phrase split by its subject names the phrase's event, with the
    // target either reading found.
    {"raids_in_the_rest_of_the_phrase", "شن الجيش الإسرائيلي غارات على مخيم جنين.", "ASSAULT", nullptr, "ISR/MIL",
     "PSE/", -1, -1},
    {"rejection_noun_in_the_rest_of_the_phrase", "أعلنت الحكومة الأردنية رفضها للمقترح.", "REJECT", nullptr, "JOR/GOV",
     nullptr, -1, -1},
    // A noun of the same type after ب a few words after a verb phrase is the verb's means, whose code
    // it takes where the verb is a bare killing (190).
    {"dispersal_with_tear_gas", "فرقت قوات الأمن التونسية متظاهرين بالغاز المسيل للدموع.", "ASSAULT", "175", "TUN/COP",
     "TUN/CVL", -1, -1},
    {"killing_by_an_air_strike", "قتل الجيش الباكستاني ثلاثة مسلحين بغارة جوية.", "ASSAULT", "195", nullptr, nullptr, 3,
     -1},
    // Two reports merged into one event keep the code under the root (173 arrest, not 170) and the count.
    {"raid_and_arrest", "داهمت الشرطة المصرية منزلا في الجيزة واعتقلت خمسة شبان.", "COERCE", "173", nullptr, nullptr,
     -1, 5},
    // The toll after a verb of result was caused by the doer of its cause: the strike split from its
    // عن as the verb's subject, or named before the verb in its clause.
    {"toll_after_a_verb_of_result_split_by_its_cause", "أسفرت الغارة الإسرائيلية على خان يونس عن مقتل خمسة فلسطينيين.",
     "ASSAULT", "195", "ISR/", "PSE/CVL", 5, -1},
    {"toll_of_an_air_strike_in_the_same_clause", "شنت إسرائيل غارة على خان يونس أسفرت عن مقتل خمسة فلسطينيين.",
     "ASSAULT", "195", "ISR/", "PSE/", 5, -1},
    // The weapon of a violent verb, before or after its object, is the means of the verb's act.
    {"mortars_between_subject_and_object", "استهدفت فصائل المعارضة السورية بقذائف الهاون مقر الفرقة الرابعة.",
     "ASSAULT", "194", "SYR/REB", "SYR/MIL", -1, -1},
    {"mortars_after_the_object", "استهدفت فصائل المعارضة السورية مقر الفرقة الرابعة بقذائف الهاون.", "ASSAULT",
     "194", "SYR/REB", "SYR/MIL", -1, -1},
    {"artillery_shells_between_subject_and_object", "استهدف الجيش بقذائف المدفعية مواقع المسلحين.", "ASSAULT", "194",
     "/MIL", "/UAF", -1, -1},
    // The oblique dual of a noun with no sound plural counts two (مدنيين, also a plural, does not).
    {"two_soldiers_in_the_oblique_dual", "أسفر الهجوم عن مقتل جنديين.", "ASSAULT", "190", "", "/MIL", 2, -1},
    // A violent noun after في right after a killing's arguments is the killing, whose code it gives.
    {"killing_in_shelling_named_after_fi", "قتل سبعة مدنيين في قصف مدفعي لقوات الدعم السريع على مدينة الفاشر.",
     "ASSAULT", "194", "SDN/REB", "SDN/CVL", 7, -1},
    {"killing_in_an_israeli_shelling", "قتل سبعة مدنيين في قصف إسرائيلي على خان يونس.", "ASSAULT", "194", "ISR/",
     "PSE/CVL", 7, -1},
    // A violent verb right after the violent noun it describes (and the noun's nationality) is that
    // event: its object is the noun's target. So the state the strike took place in yields to it.
    {"strike_that_targeted_a_leader", "نفذ الجيش الأمريكي ضربة جوية استهدفت قياديا في تنظيم داعش بسوريا.", "ASSAULT",
     "195", "USA/MIL", "SYR/REB", -1, -1},
    {"raid_of_a_state_that_targeted_a_house", "أسفرت غارة إسرائيلية استهدفت منزلا في رفح عن مقتل ثمانية أشخاص.",
     "ASSAULT", "195", "ISR/", "PSE/CVL", 8, -1},
    {"car_bomb_that_blew_up_a_bus", "قالت وكالة الأنباء إن سيارة مفخخة فجرت حافلة مملوكة للحرس الثوري.", "ASSAULT",
     "1832", "", "IRN/MIL", -1, -1},
};

class OneEventTest : public ::testing::TestWithParam<OneEventCase> {};

TEST_P(OneEventTest, ReportsOneEvent) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const OneEventCase& x = GetParam();
  int found = 0;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    if (e.event != x.event) continue;
    ++found;
    if (x.cameo != nullptr) {
      EXPECT_EQ(e.cameo, x.cameo);
    }
    if (x.source != nullptr) {
      EXPECT_EQ(ActorKey(e.source), x.source);
    }
    if (x.target != nullptr) {
      EXPECT_EQ(ActorKey(e.target), x.target);
    }
    if (x.fatalities >= 0) {
      EXPECT_EQ(e.fatalities, std::optional<int64_t>(x.fatalities));
    }
    if (x.captured >= 0) {
      EXPECT_EQ(e.captured, std::optional<int64_t>(x.captured));
    }
  }
  EXPECT_EQ(found, 1) << x.name;
}

INSTANTIATE_TEST_SUITE_P(Sentences, OneEventTest, ::testing::ValuesIn(kOneEventCases),
                         [](const ::testing::TestParamInfo<OneEventCase>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
