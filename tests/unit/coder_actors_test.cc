// Who did what to whom: the rules that choose and specify an event's source and target, on sentences
// written for these tests. Every expectation was checked by hand against the Arabic.
#include <gtest/gtest.h>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::TestEngine;

using testing::ActorCase;
using testing::ActorKey;

const ActorCase kCases[] = {
    // A killing or wounding verb with no object is the passive: its subject is the victim.
    {"objectless_kill_after_anna", "قال مصدر في الشرطة إن جنديا سوريا قتل في انفجار عبوة ناسفة قرب حمص.", "ASSAULT",
     "18", "", "SYR/MIL"},
    {"objectless_kill_verb_first", "قتل شرطي أردني وأصيب آخر في هجوم على دورية قرب معان.", "ASSAULT", "19", "",
     "JOR/COP"},
    {"object_after_place_stays_active", "قتل الجيش في الرمادي خمسة مسلحين.", "ASSAULT", "19", "IRQ/MIL", "IRQ/UAF"},
    {"counted_object_stays_active", "قتلت القوات العراقية خمسة مسلحين في الأنبار.", "ASSAULT", "19", "IRQ/MIL",
     "IRQ/UAF"},
    // The doer of a "when"/"after" clause did the victims' event. (Since session 55 the toll whose doer is the clause's
    // is one event with the clause's act, which has the place: the unnamed gunmen and civilians are of its state, as
    // for any act told with its place.)
    {"doer_in_after_clause", "أصيب أربعة مدنيين بعدما أطلق مسلحون النار على حافلة في درعا.", "ASSAULT", "19",
     "SYR/UAF", "SYR/CVL"},
    {"doer_of_noun_in_after_clause", "قتل ثلاثة جنود عراقيين بعدما شن مسلحون هجوما على نقطة تفتيش قرب الفلوجة.",
     "ASSAULT", "19", "IRQ/UAF", "IRQ/MIL"},
    // A generic group is specified by what follows it: من + a group, موالون لـ, في + an organisation, a
    // place in construct.
    {"people_from_a_group", "قتلت القوات الأفغانية عشرين متمردا من طالبان في ولاية هلمند.", "ASSAULT", "19",
     "AFG/MIL", "AFG/REB"},
    {"loyal_to", "اعتقلت الشرطة الباكستانية ثلاثة مسلحين موالين لحركة طالبان في بيشاور.", "COERCE", "173",
     "PAK/COP", "AFG/UAF"},
    {"member_of_organisation", "اعتقلت القوات الإسرائيلية ناشطا في كتائب القسام قرب نابلس.", "COERCE", "173",
     "ISR/MIL", "PSE/REB"},
    // (The accused are CVL since session 23, the lead's decision: agents.tsv.)
    {"agent_in_construct_with_place", "اعتقلت شرطة بغداد خمسة متهمين بالسرقة.", "COERCE", "173", "IRQ/COP", "IRQ/CVL"},
    {"role_noun_takes_the_group_sector", "أصيب ثلاثة من عناصر الجيش في انفجار عبوة ناسفة قرب الرمادي.", "ASSAULT",
     "18", "", "IRQ/MIL"},
    {"most_of_the_counted", "أعلنت السلطات مقتل 9 معظمهم من أفراد الجيش في كمين قرب الحدود.", "ASSAULT", "19", "",
     "/MIL"},
    // A blast "as X passed" targets the people named, the vehicle's owner or its passengers.
    {"passing_patrol_owner", "انفجرت عبوة ناسفة لدى مرور دورية للجيش اللبناني قرب طرابلس.", "ASSAULT", "18", "",
     "LBN/MIL"},
    {"passing_bus_passengers", "انفجرت سيارة مفخخة أثناء مرور حافلة تقل عناصر من الشرطة العراقية في كركوك.",
     "ASSAULT", "18", "", "IRQ/COP"},
    // An actor in construct after a noun is its genitive, not the verb's subject.
    {"genitive_is_no_subject", "أفاد شهود بأن انتحاريا يرتدي زيا مشابها لملابس قوات الشرطة فجر نفسه قرب مركز للتجنيد في بعقوبة.",
     "ASSAULT", "1831", "IRQ/UAF", ""},
    {"count_is_no_genitive_head", "قال مسؤول إن خمسة مدنيين قتلوا في قصف على السوق.", "ASSAULT", "19", "", "/CVL"},
    // A news agency's nationality is not where the events it reports happen.
    {"news_agency_gives_no_country", "ذكرت وكالة الأنباء الألمانية أن الشرطة اعتقلت ثلاثة ناشطين في المدينة.",
     "COERCE", "173", "/COP", "/CVL"},
    // Supporters of a party are civilians of its country.
    {"supporters_are_civilians", "تجمع مئات من أنصار حزب الوفد أمام مقر الحكومة في القاهرة.", "PROTEST", "14",
     "EGY/CVL", "EGY/GOV"},
    // بحسب introduces who says so: neither subject nor object.
    {"according_to_is_no_argument", "وقتل القيادي بحسب المسؤولين الباكستانيين في غارة جوية.", "ASSAULT", "19", "",
     "/"},
    // An actor that is the genitive of another noun (ضريح مؤسس الجمهورية) is not the doer of the
    // verbal noun after it; the crowd the sentence names is.
    {"genitive_of_another_noun_is_no_doer", "توجه مئات المتظاهرين إلى ضريح مؤسس الجمهورية التركية في مسيرة حاشدة أمس.",
     "PROTEST", "141", "/CVL", ""},
    // The subject of a verb of carrying out before an attack noun did it; a definite attack noun
    // carried out later in the sentence gives its doer to the events reported before it.
    {"doer_of_the_attack_named_after_it", "قتل عشرة أشخاص في تفجير انتحاري، وقالت الشرطة إن انتحاريا نفذ الهجوم.",
     "ASSAULT", "1831", "/UAF", "/CVL"},
    {"committed_with_the_subject_after", "قتل خمسة جنود عراقيين في هجوم قرب الموصل، وقد ارتكب الهجوم مسلحون مجهولون.",
     "ASSAULT", "190", "IRQ/UAF", "IRQ/MIL"},
    // People held as hostages are abducted (181), not arrested (173).
    {"hostages_after_the_object", "احتجز مسلحون خمسة موظفين رهائن في مصفاة للنفط.", "ASSAULT", "181", "/UAF", "/LAB"},
    // (The twenty passengers, a counted form since lex35, are the target.)
    {"counted_hostages", "احتجزت الجماعة المسلحة عشرين راكبا كرهائن داخل الطائرة.", "ASSAULT", "181", "/UAF", "/CVL"},
    {"detention_without_hostages", "احتجزت الشرطة الأردنية خمسة متظاهرين في عمان.", "COERCE", "173", "JOR/COP", "JOR/CVL"},
    // A phrase of agency (نسب إلى، من قبل) names the doer of an attack noun without a genitive doer.
    // (The place, near Turkey's border, gives the unnamed rebels and market-goers its state.)
    {"attributed_to", "وقع هجوم بالقذائف على سوق شعبية، نسب إلى المتمردين الأكراد، قرب الحدود التركية.", "ASSAULT",
     "190", "TUR/REB", "TUR/CVL"},
    // A military installation or convoy stands for its force; a violent verb right after an attack
    // noun describes it, and its object is what the attack hit.
    {"installation_is_the_force", "هاجم مسلحون ثكنة عسكرية قرب الحدود أمس.", "ASSAULT", "190", "/UAF", "/MIL"},
    {"object_of_the_describing_verb", "قتل عشرة جنود في هجوم استهدف قاعدة عسكرية أمريكية قرب بغداد.", "ASSAULT", "190",
     "", "USA/MIL"},
    // A verb phrase split by its subject (and a count before it): نزل المعارضون إلى الشوارع.
    // A comma before a word joined by و ends the verb's phrase: no object after it.
    // (The village is the object, an object noun of civilians; the soldiers of the next clause are not.)
    {"object_stops_at_the_next_clause", "هاجم مسلحون قرية نائية، وقالت الشرطة إن الجنود فروا.", "ASSAULT", "190", "/UAF",
     "/CVL"},
    // A verb phrase that holds its subject (فجر انتحاري): the agent inside it is the doer.
    {"subject_inside_the_trigger_phrase", "من ناحية ثانية، فجر انتحاري سيارة مفخخة أمام مطعم في الرمادي.", "ASSAULT",
     "1831", "IRQ/UAF", ""},
    // A form that ends in its own subject, aircraft, which are no actor (قصفت الطائرات): the nationality
    // after it names the doer, and the installation after that is the object, not the subject.
    // (The aircraft of a state are its military.)
    {"doer_inside_with_its_nationality", "قصفت الطائرات الإسرائيلية مواقع عسكرية سورية قرب دمشق.", "ASSAULT", "195",
     "ISR/MIL", "SYR/MIL"},
    {"doer_inside_without_nationality", "قصفت الطائرات مواقع عسكرية سورية قرب دمشق.", "ASSAULT", "195", "",
     "SYR/MIL"},
    // A later verb of claiming with an object pronoun (وقد تبناه) names the doer of the events before it.
    {"claimed_in_a_later_clause",
     "قتل ثلاثة جنود في هجوم على ثكنة عسكرية قرب الحدود، وقد تبناه تنظيم القاعدة في بلاد المغرب الإسلامي.", "ASSAULT",
     "190", "/REB", "/MIL"},
    // The subject of a verb of undergoing is the one attacked, not the doer of the attack's result.
    {"undergoer_is_no_doer_of_the_result", "تعرضت ثكنة عسكرية لاعتداء أدى إلى إصابة ثلاثة مدنيين.", "ASSAULT", "190", "",
     "/CVL"},
    // A verb of result after an attack noun counts victims; the attack's target stays the undergoer.
    {"result_verb_does_not_describe_the_target", "تعرضت ثكنة عسكرية لاعتداء أسفر عن مقتل ثلاثة جنود.", "ASSAULT", "180",
     "", "/MIL"},
    // Died of his wounds: a violent death whose subject is the victim (split by the subject).
    {"died_of_wounds", "وتوفي جندي أمريكي متأثرا بجروحه في مستشفى ببغداد.", "ASSAULT", "190", "", "USA/MIL"},
    // Two-word device nouns in the dual (عبوتين ناسفتين) are listed: the dual is generated for one word only.
    // The bombs are the killing's means: one event with the bombs' code and the soldiers as target (the
    // dual nationality أفغانيان is generated from أفغاني).
    {"dual_roadside_bombs", "قتل جنديان أفغانيان بعبوتين ناسفتين قرب قندهار.", "ASSAULT", "1833", "", "AFG/MIL"},
    {"car_bomb_detonated_by_subject", "فجر مسلحون سيارة مفخخة أمام مقر الحزب.", "ASSAULT", "1832", "/UAF", ""},
    {"verb_phrase_split_by_subject", "ونزل المعارضون إلى الشوارع في المدن الكبرى.", "PROTEST", "141", "/OPP", ""},
    {"verb_phrase_split_by_count_and_subject", "وخرج آلاف الطلاب إلى الشوارع في العاصمة أمس.", "PROTEST", "141", "/EDU",
     ""},
    // The support verb قام بـ + the verbal noun of a light verb (بشن غارات): the subject of قام is the
    // doer, the على phrase the target, whichever side is the state or the armed group.
    {"qama_bi_shann_state_doer", "قامت روسيا بشن غارات على مواقع المعارضة السورية قرب حلب.", "ASSAULT", "195", "RUS/",
     "SYR/OPP"},
    {"qama_bi_shann_rebel_doer", "قام المتمردون بشن هجوم على الجيش في الصباح.", "ASSAULT", "190", "/REB", "/MIL"},
    // A light verb split from its noun by the subject (شنت القوات غارات): the subject is the doer; the
    // owner in construct of the object after على is the target.
    {"light_verb_subject_between", "شنت القوات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق.",
     "ASSAULT", "195", "TUR/MIL", "TUR/REB"},
    // (An armed attack with no doer named: unidentified armed men of the place's state, since session 66.)
    {"owner_in_construct_after_ala", "وقع هجوم مسلح على مقر حزب الوفد في القاهرة أمس.", "ASSAULT", "190", "EGY/UAF",
     "EGY/PTY"},
    // على يد، من قبل introduce the doer: never the object, and they make the verb a passive.
    {"by_agent_is_no_object", "قتل صحفي على يد مسلحين مجهولين في الموصل.", "ASSAULT", "190", "IRQ/UAF", "IRQ/MED"},
    {"by_agent_makes_a_passive", "اختطف موظف أممي من قبل مسلحين في دارفور.", "ASSAULT", "181", "SDN/UAF", "/IGO"},
    {"active_verb_keeps_its_object", "اعتقلت الشرطة الأردنية ناشطا في عمان.", "COERCE", "173", "JOR/COP", "JOR/CVL"},
    // A protest is addressed to those the crowd makes demands of or opposes (not the crowd itself).
    {"protest_demanding_of", "تظاهر مئات العمال في المدينة مطالبين الحكومة العراقية بزيادة الأجور.", "PROTEST", "141",
     "/LAB", "IRQ/GOV"},
    {"protest_banners_against", "اعتصم عشرات المعلمين أمام الوزارة رافعين لافتات مناهضة للحكومة الأردنية.", "PROTEST",
     "141", "/EDU", "JOR/GOV"},
    // The participle of targeting after an attack names what it hit (or its owner through لـ).
    {"targeting_participle_owner", "فجر انتحاري نفسه مستهدفا دورية للجيش العراقي في الموصل.", "ASSAULT", "1831",
     "IRQ/UAF", "IRQ/MIL"},
    // A verb joined by و with no doer of its own shares the doer of the event before it; a passive
    // reading (وقتل شرطي) does not.
    {"joined_verb_shares_the_doer", "رفضت حركة حماس وقف إطلاق النار واحتجزت عشرين رهينة في غزة.", "ASSAULT", "181",
     "PSE/REB", "/CVL"},
    {"joined_passive_keeps_no_doer", "اعتقلت الشرطة ثلاثة متظاهرين وقتل شرطي في الاشتباكات.", "ASSAULT", "190", "",
     "/COP"},
    // Unidentified gunmen from a named armed group are that group's; a group with a sector of its own
    // (مسلحون من العشائر) stays the subject, and the object follows its من phrase.
    {"gunmen_from_a_named_group", "قالت الشرطة إن مسلحين من حركة طالبان هاجموا مركزا للشرطة في قندهار.", "ASSAULT",
     "190", "AFG/REB", "AFG/COP"},
    {"gunmen_from_tribes_stay_gunmen", "وقال إن مسلحين من العشائر هاجموا مركزا للشرطة قرب الرمادي.", "ASSAULT", "190",
     "IRQ/UAF", "IRQ/COP"},
    {"object_after_the_subjects_origin", "هاجم مسلحون من العشائر مركزا للشرطة قرب الرمادي.", "ASSAULT", "190", "IRQ/UAF",
     "IRQ/COP"},
    // A toll noun counts people among those after بين, or, right after بين, the people before it.
    {"toll_among_the_people_after_bayna", "أوقع القصف أكثر من مئة قتيل بين المدنيين في حمص.", "ASSAULT", "190", "",
     "SYR/CVL"},
    // (Session 35: the car bomb the toll was told with names its code, 183, as for لقي ... مصرعهم في انفجار.)
    {"people_before_bayna_qatil_wa_jarih", "سقط عشرات العراقيين بين قتيل وجريح بانفجار سيارة مفخخة في الموصل.",
     "ASSAULT", "183", "", "IRQ/CVL"},
    // A blast at a building (أمام، خارج) aims at the owner named after the building noun.
    {"blast_outside_an_office", "وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب شركة أمريكية في قندهار.",
     "ASSAULT", "1831", "AFG/UAF", "USA/BUS"},
    {"bomb_before_party_offices", "انفجرت قنبلة أمام مقر حزب الوفد في القاهرة.", "ASSAULT", "183", "", "EGY/PTY"},
    // A protest before a building is addressed to its owner, also past a long subject; a clause of
    // contrast (فيما) is other news.
    {"protest_before_parliament_long_subject",
     "تظاهر أمس مئات من أعضاء حزب الوفد المصري المعارض وأنصاره في العاصمة أمام مقر البرلمان للمطالبة بالإصلاح.",
     "PROTEST", "141", "EGY/PTY", "EGY/LEG"},
    {"protest_stops_at_contrast_clause", "تجمع مئات الطلاب في ساحة الجامعة احتجاجا على الرسوم، فيما انتشرت الشرطة حول مقر الحكومة.",
     "PROTEST", "141", "/EDU", ""},
    // The participle مطالبين is done by the clause's doer and made of the noun after it.
    {"demanding_participle_direction", "تظاهر مئات العمال في المدينة مطالبين الحكومة العراقية بزيادة الأجور.", "REQUEST",
     "10", "/LAB", "IRQ/GOV"},
    // A phrase ending in a noun in construct (أدى إلى مقتل) has the actor after it as the victim.
    {"actor_after_construct_phrase_is_victim", "سقطت قذائف على حي سكني ما أدى إلى مقتل مدنيين في حمص.", "ASSAULT", "190",
     "", "SYR/CVL"},
    // A verb right after a violent noun describes it: no subject of its own, the owner of its object
    // the target; the speaker before إن is no doer of the noun.
    {"verb_describing_a_device_noun", "قالت الشرطة إن عبوة ناسفة فجرت حافلة تابعة للجيش اللبناني.", "ASSAULT", "183", "",
     "LBN/MIL"},
    {"speaker_before_anna_is_no_doer", "قالت الشرطة إن عبوة ناسفة فجرت حافلة تابعة للجيش اللبناني.", "ASSAULT", "1833",
     "", "LBN/MIL"},
    // A protest noun of purpose with nothing attached is done by the crowd the sentence names and
    // addressed to the actor whose act it protests.
    {"purpose_noun_done_by_the_crowd", "وشكل مئات المتظاهرين سلسلة بشرية على مشارف المطار للاحتجاج على زيارة الوزير.",
     "PROTEST", "140", "/CVL", "/GOV"},
    // An attack on a thing a demonym qualifies targets that state: after على (past a subject inside the
    // phrase), as a verb's object after its subject, or after a verb describing the attack noun; not
    // a demonym in a place phrase (في) or after another word (قرب).
    // (The aircraft of a state are its military, as a target too: RUS/MIL since args32.)
    {"demonym_after_ala", "أطلق مسلحون النار على الطائرات الروسية قرب الحدود.", "ASSAULT", "193", "/UAF", "RUS/MIL"},
    {"demonym_of_the_object", "هاجم مسلحون القوافل التركية قرب الحدود.", "ASSAULT", "190", "/UAF", "TUR/"},
    {"demonym_after_adjective", "قصفت القوات الأفغانية المناطق الباكستانية الحدودية أمس.", "ASSAULT", "194", "AFG/MIL",
     "PAK/"},
    {"demonym_object_of_describing_verb", "وقالت الشرطة إن ضربة جوية استهدفت المنطقة القبلية الباكستانية أمس.", "ASSAULT",
     "195", "", "PAK/"},
    {"demonym_in_a_place_phrase", "هاجم مسلحون قافلة للمساعدات في المناطق الشمالية الأفغانية.", "ASSAULT", "190", "/UAF",
     ""},
    // (The bus itself is the target: an object noun of civilians.)
    {"demonym_past_another_word", "أطلق مسلحون النار على الحافلة قرب السفارة الروسية.", "ASSAULT", "193", "/UAF",
     "/CVL"},
    // A count between the verb of result and the noun: the doer of the cause did the result (since args38 the toll
    // is the bombing's own, one event, which keeps the market it hit).
    {"result_after_a_count", "فجر انتحاري من حركة طالبان نفسه في سوق مزدحم في كابول، ما أسفر عن ثمانية قتلى.",
     "ASSAULT", "18", "AFG/REB", "/CVL"},
};

class ActorRuleTest : public ::testing::TestWithParam<ActorCase> {};

TEST_P(ActorRuleTest, ChoosesSourceAndTarget) { testing::ExpectActorCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, ActorRuleTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ActorCase>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
