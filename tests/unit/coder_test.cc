// The event coder on sentences written for these tests; every expectation was checked by hand
// against the Arabic (who did what to whom, where, how many, negated or not, which modality).
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <sstream>

#include "coder/event_json.h"
#include "text/csv_reader.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::TestEngine;

struct Expect {
  const char* name;
  const char* text;
  const char* date;
  const char* event;        // PLOVER type of the event checked
  const char* cameo_root;   // its CAMEO code starts with this
  const char* source;       // "COUNTRY/SECTOR", "" for none, "*" for any
  const char* target;       // likewise, or a fragment of the target's text prefixed with "~"
  const char* place;        // English place name, "" for none, "*" for any
  int fatalities;           // -1: none
  bool negated;
  const char* modality;
  const char* event_date;   // "" to skip
};

std::string ActorKey(const std::optional<EventActor>& a) {
  return a ? a->country + "/" + a->sector : std::string();
}

bool ActorMatches(const std::optional<EventActor>& a, const std::string& want) {
  if (want == "*") return true;
  if (!want.empty() && want[0] == '~') return a && a->text.find(want.substr(1)) != std::string::npos;
  return ActorKey(a) == want;
}

const Expect kCases[] = {
    // A state in the genitive of an event noun that is no fight (اتهام إسرائيل، مساعدات الولايات المتحدة) is
    // its doer, not the place of the event around it; a place noun's genitive (إقليم كوسوفو) is a place.
    {"genitive_doer_of_accusation_is_no_place", "رفضت قطر اتهام إسرائيل لها بدعم الإرهاب.", "2024-05-10", "REJECT",
     "12", "QAT/", "ISR/", "", -1, false, "asserted", ""},
    {"genitive_doer_of_aid_is_no_place", "انتقدت روسيا مساعدات الولايات المتحدة العسكرية لأوكرانيا.", "2024-05-10",
     "ACCUSE", "11", "RUS/", "USA/", "", -1, false, "asserted", ""},
    {"guard_genitive_of_place_noun_is_the_place", "ويخضع إقليم كوسوفو لإدارة الأمم المتحدة منذ عام 1999.", "2024-05-10",
     "CONCEDE", "08", "*", "*", "Kosovo", -1, false, "asserted", ""},
    // The subject of a relative clause holding an event noun's pronoun did what the noun names (المساعدات التي
    // تقدمها الولايات المتحدة); it is not the place. A verb of occurrence has where as its subject (التفجيرات التي
    // شهدتها تونس: Tunisia is no doer, and no target of the condemnation).
    {"relative_clause_doer_of_aid", "انتقدت روسيا المساعدات التي تقدمها الولايات المتحدة لأوكرانيا.", "2024-05-10", "AID",
     "07", "USA/", "UKR/", "", -1, false, "asserted", ""},
    {"relative_clause_doer_of_agreement", "رحب الاتحاد الأوروبي بالاتفاق الذي وقعته إثيوبيا مع الصومال.", "2024-05-10",
     "AGREE", "03", "ETH/", "SOM/", "", -1, false, "asserted", ""},
    {"relative_clause_doer_of_missile_tests", "قال مسؤول إيراني إن التجارب الصاروخية التي أجرتها إيران ستقوي موقفها.",
     "2024-05-10", "MOBILIZE", "15", "IRN/", "", "", -1, false, "reported", ""},
    {"relative_clause_of_witnessing_names_no_doer", "أدانت الجزائر التفجيرات التي شهدتها تونس.", "2024-05-10", "ACCUSE",
     "11", "DZA/", "", "*", -1, false, "asserted", ""},
    {"relative_clause_of_condemning_names_no_doer", "وقع الهجوم الذي أدانته مصر في سيناء.", "2024-05-10", "ASSAULT",
     "19", "", "", "*", -1, false, "asserted", ""},
    // The reason or the date of a call (تنديدا باعتقال، بعد اعتقال) happened, done by others than the caller.
    {"reason_of_a_call_happened_by_others", "دعا الاتحاد العام التونسي للشغل إلى إضراب عام تنديدا باعتقال نقابيين.",
     "2024-05-10", "COERCE", "173", "", "*", "*", -1, false, "asserted", ""},
    {"date_of_a_demand_done_by_others", "طالبت المعارضة بالإفراج عن المعتقلين بعد اعتقال قادتها.", "2024-05-10",
     "COERCE", "173", "", "*", "*", -1, false, "asserted", ""},
    // Machines of war as the subject before the verb: their nationality's military did it; with none, no doer
    // (the speaker before أنّ is not one).
    {"machine_of_war_subject_before_verb", "الطائرات الإسرائيلية قصفت منزلا في رفح.", "2024-05-10", "ASSAULT", "19",
     "ISR/MIL", "PSE/CVL", "Rafah", -1, false, "asserted", ""},
    {"machine_of_war_after_anna_not_the_speaker", "قالت وزارة الصحة إن الطائرات قصفت مستشفى.", "2024-05-10", "ASSAULT",
     "19", "", "*", "*", -1, false, "reported", ""},
    {"violent_noun_subject_before_verb_one_event", "الغارات الإسرائيلية قتلت عشرة مدنيين في رفح.", "2024-05-10",
     "ASSAULT", "195", "ISR/MIL", "PSE/CVL", "Rafah", 10, false, "asserted", ""},
    // The pronoun on a relative clause's verb is the noun the clause describes: an actor only where it is one.
    {"relative_verb_pronoun_is_the_noun_not_an_actor", "أدانت السعودية الهجوم الذي استنكرته الأمم المتحدة.",
     "2024-05-10", "ACCUSE", "111", "/IGO", "", "*", -1, false, "asserted", ""},
    {"guard_relative_verb_pronoun_actor_noun", "أفرجت إيران عن الصحفي الذي اعتقلته الشرطة في طهران.", "2024-05-10",
     "COERCE", "173", "*", "IRN/MED", "*", -1, false, "asserted", ""},
    {"attack_with_owner_object", "هاجمت القوات التركية مواقع لحزب العمال الكردستاني في شمال العراق.", "2024-05-10",
     "ASSAULT", "19", "TUR/MIL", "~حزب العمال", "Iraq", -1, false, "asserted", "2024-05-10"},
    {"arrest_yesterday", "اعتقلت الشرطة المصرية خمسة ناشطين في القاهرة أمس.", "2024-05-10", "COERCE", "173",
     "EGY/COP", "~ناشطين", "Cairo", -1, false, "asserted", "2024-05-09"},
    {"protest", "تظاهر مئات الطلاب أمام مقر البرلمان في تونس احتجاجا على ارتفاع الأسعار.", "2024-05-10", "PROTEST",
     "14", "TUN/EDU", "TUN/LEG", "*", -1, false, "asserted", ""},
    {"negated_attack", "لم تهاجم القوات الإسرائيلية مخيم جنين.", "2024-05-10", "ASSAULT", "19", "ISR/MIL", "*",
     "Jenin", -1, true, "asserted", ""},
    // hunspell-ar lists ولم and فلم as words: they are still the conjunction and the negation.
    {"negated_after_conjunction", "ولم تهاجم القوات الإسرائيلية مخيم جنين.", "2024-05-10", "ASSAULT", "19", "ISR/MIL",
     "*", "Jenin", -1, true, "asserted", ""},
    {"negated_after_fa", "فلم يهاجم الجيش السوري مدينة درعا.", "2024-05-10", "ASSAULT", "19", "SYR/MIL", "*", "Daraa",
     -1, true, "asserted", ""},
    // A preposition with its pronoun: the pronoun is the target, also inside a verb phrase.
    {"pronoun_on_the_preposition", "وصل الوزير الليبي إلى المطار حيث اعتدى عليه مسلحون.", "2024-05-10", "ASSAULT",
     "18", "/UAF", "LBY/GOV", "", -1, false, "asserted", ""},
    {"phrase_across_the_pronoun", "اعتقلت الشرطة المصرية الناشط علاء عبد الفتاح وأطلقت عليه النار.", "2024-05-10",
     "ASSAULT", "193", "EGY/COP", "EGY/CVL", "", -1, false, "asserted", ""},
    // A threat threatens the target of the act it names; the act is the threatener's.
    {"threat_takes_the_act_target", "هدد الحوثيون باستهداف السفن الإسرائيلية في البحر الأحمر.", "2024-05-10",
     "THREATEN", "13", "YEM/REB", "ISR/", "*", -1, false, "asserted", ""},
    {"threatened_act_takes_the_threatener", "هدد الحوثيون باستهداف السفن الإسرائيلية في البحر الأحمر.", "2024-05-10",
     "ASSAULT", "19", "YEM/REB", "ISR/", "*", -1, false, "intended", ""},
    // A phrase that ends in the head of an agent (استدعى السفير) takes the whole agent as its object.
    {"summoned_ambassador_is_his_state", "استدعت وزارة الخارجية المغربية السفير الفرنسي في الرباط.", "2024-05-10",
     "ACCUSE", "114", "MAR/GOV", "FRA/GOV", "Rabat", -1, false, "asserted", ""},
    // An attribution after the event makes it reported.
    {"attribution_after_the_event", "اعتقلت الشرطة المصرية خمسة ناشطين في القاهرة، بحسب مصدر أمني.", "2024-05-10",
     "COERCE", "173", "EGY/COP", "~ناشطين", "Cairo", -1, false, "reported", ""},
    // Verbs of saying in every person (أعلنت، أكدت): the speaker's statement is reported.
    {"feminine_speaker_reports", "أعلنت الشرطة المصرية أنها اعتقلت خمسة ناشطين في القاهرة.", "2024-05-10", "COERCE",
     "173", "*", "~ناشطين", "Cairo", -1, false, "reported", ""},
    // The subject of a verb of trying is the doer of the verbal noun it takes as object.
    {"trying_verb_subject_is_the_doer", "حاول الجيش السوري اقتحام مدينة درعا.", "2024-05-10", "ASSAULT", "19",
     "SYR/MIL", "*", "Daraa", -1, false, "intended", ""},
    {"doing_verb_in_a_war_town", "قامت القوات الروسية بقصف مدينة خاركيف.", "2024-05-10", "ASSAULT", "194", "RUS/MIL",
     "*", "Kharkiv", -1, false, "asserted", ""},
    // A particle is no place name: عند "at" is not العند (Al Anad Air Base in Yemen).
    {"particle_is_no_place", "قتل ثلاثة جنود عند مدخل القرية.", "2024-05-10", "ASSAULT", "19", "", "/MIL", "", 3, false,
     "asserted", ""},
    // A gazetteer town named by a common word (إطار "framework", Atar in Mauritania) needs its country in
    // the document or a place noun before it.
    {"common_word_is_no_town", "قتل مسلحون ثلاثة جنود في إطار هجماتهم على الجيش العراقي.", "2024-05-10", "ASSAULT",
     "19", "/UAF", "*", "", 3, false, "asserted", ""},
    {"common_word_town_after_a_place_noun", "قتل مسلحون ثلاثة جنود في مدينة إطار الموريتانية.", "2024-05-10",
     "ASSAULT", "19", "MRT/UAF", "*", "Atar", 3, false, "asserted", ""},
    // من before a verb is "who": من كان is no place (Cannes).
    {"who_was_is_no_place", "قتل مسلحون ثلاثة جنود قرب الحدود ولا يعرف من كان وراء الهجوم.", "2024-05-10", "ASSAULT",
     "19", "/UAF", "/MIL", "", -1, false, "asserted", ""},
    // A nationality after a territory noun is a place in that country (lexicon/territory_nouns.tsv),
    // and an attack there with no target named hits that state; the capital is its city.
    {"territory_is_the_place", "قصفت الطائرات الإسرائيلية مواقع في الأراضي السورية.", "2024-05-10", "ASSAULT", "195",
     "ISR/MIL", "SYR/", "Syria", -1, false, "asserted", ""},
    {"region_of_a_country", "قصفت الطائرات التركية مواقع في الشمال العراقي.", "2024-05-10", "ASSAULT", "195",
     "TUR/MIL", "IRQ/", "Iraq", -1, false, "asserted", ""},
    {"capital_by_nationality", "انفجرت سيارة مفخخة في العاصمة العراقية.", "2024-05-10", "ASSAULT", "183", "", "",
     "Baghdad", -1, false, "asserted", ""},
    // A whole country gives way to a town within it named in the clause, not to one elsewhere.
    {"town_within_the_country", "قتل ثلاثة جنود في العراق في هجوم على حاجز في مدينة تكريت.", "2024-05-10", "ASSAULT",
     "19", "", "IRQ/MIL", "Tikrit", 3, false, "asserted", ""},
    {"town_in_another_country", "نفذت إسرائيل ضربة جوية في سورية أعلن عنها مسؤول في البنتاغون.", "2024-05-10",
     "ASSAULT", "195", "ISR/", "SYR/", "Syria", -1, false, "reported", ""},
    // وفدا, the indefinite accusative of وفد, is the delegation; from Hamas, it is Hamas's.
    {"delegation_in_the_accusative", "استقبل الرئيس المصري وفدا من حركة حماس في القاهرة.", "2024-05-10", "CONSULT",
     "043", "EGY/GOV", "PSE/REB", "Cairo", -1, false, "asserted", ""},
    // A phrase of agency (بنيران، برصاص) shows the passive even when it names no actor: the soldier is
    // the one killed, not the killer. Snipers belong to whom they are named with (قناصة الجيش).
    {"agency_phrase_without_actor", "قتل جندي تركي بنيران من الجانب الآخر.", "2024-05-10", "ASSAULT", "19", "",
     "TUR/MIL", "", -1, false, "asserted", ""},
    {"snipers_of_the_army", "قتل متظاهر برصاص قناصة الجيش.", "2024-05-10", "ASSAULT", "19", "/MIL", "/CVL", "", -1,
     false, "asserted", ""},
    {"reported_control", "قال المتحدث إن الجيش السوداني سيطر على مدينة ود مدني.", "2024-05-10", "COERCE", "192",
     "SDN/MIL", "", "Wad Madani", -1, false, "reported", ""},
    {"intended_offensive", "يعتزم الجيش الروسي شن هجوم جديد على خاركيف.", "2024-05-10", "ASSAULT", "19", "RUS/MIL",
     "*", "*", -1, false, "intended", ""},
    // The place visited is the place; its state is the host, the target.
    {"visit", "زار وزير الخارجية التركي العاصمة الليبية طرابلس.", "2024-05-10", "CONSULT", "042", "TUR/GOV", "LBY/",
     "Tripoli", -1, false, "asserted", ""},
    {"fatalities_before_victims", "لقي عشرة أشخاص مصرعهم في انفجار سيارة مفخخة في بغداد.", "2024-05-10", "ASSAULT",
     "18", "", "*", "Baghdad", 10, false, "asserted", ""},
    {"counted_victims", "قتل أربعة أشخاص في هجوم على سوق في كركوك.", "2024-05-10", "ASSAULT", "19", "", "IRQ/CVL",
     "Kirkuk", 4, false, "asserted", ""},
    // (A document of the year after: three years or more before the document's year is history since session 34.)
    {"dated_by_year", "اغتيل رئيس الوزراء رفيق الحريري في بيروت في عام 2005.", "2006-03-01", "ASSAULT", "18", "",
     "LBN/ELI", "Beirut", -1, false, "asserted", "2005"},
    // A violent or protest noun reports an event where the sentence presents it as happening.
    {"noun_after_verb_of_occurrence", "تعرضت دورية للجيش العراقي لهجوم قرب الموصل أمس.", "2024-05-10", "ASSAULT",
     "19", "", "*", "Mosul", -1, false, "asserted", "2024-05-09"},
    {"noun_subject_of_reported_clause", "قال مصدر أمني إن هجوما انتحاريا استهدف مركزا للشرطة في كركوك.", "2024-05-10",
     "ASSAULT", "1831", "*", "IRQ/COP", "Kirkuk", -1, false, "reported", ""},
    // (No doer named: the protesters of the state where it took place, Sudan's civilians, since session 63's src17.)
    {"noun_with_recent_date", "خرجت أمس مظاهرة في الخرطوم ضد الحكومة.", "2024-05-10", "PROTEST", "141", "SDN/CVL",
     "SDN/GOV", "Khartoum", -1, false, "asserted", "2024-05-09"},
    // After إنّ / أنّ the subject stands before the verb; the counted noun after it is the object.
    {"subject_after_anna", "قال مسؤولون إن قوات الأمن الباكستانية قتلت ثلاثة مسلحين في بيشاور.", "2024-05-10",
     "ASSAULT", "19", "PAK/COP", "PAK/UAF", "*", 3, false, "reported", ""},
    {"adjective_subject_after_anna", "وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه قرب مركز للشرطة في كركوك.",
     "2024-05-10", "ASSAULT", "1831", "IRQ/UAF", "*", "Kirkuk", -1, false, "reported", ""},
    {"pronoun_on_anna", "أكد الجيش العراقي أنه قتل خمسة مسلحين قرب الموصل.", "2024-05-10", "ASSAULT", "19",
     "IRQ/MIL", "IRQ/UAF", "Mosul", 5, false, "reported", ""},
    // A partitive من names who the count or the unit is made of.
    // (The mosque stormed is the target: an object noun of worshippers, REL.)
    {"partitive_subject", "اقتحمت قوة من الشرطة العراقية مسجدا في تلعفر.", "2024-05-10", "ASSAULT", "19", "IRQ/COP",
     "IRQ/REL", "Tal Afar", -1, false, "asserted", ""},
    {"partitive_count", "تظاهر أمس مئات من الطلاب أمام مقر البرلمان في القاهرة.", "2024-05-10", "PROTEST", "141",
     "EGY/EDU", "EGY/LEG", "Cairo", -1, false, "asserted", "2024-05-09"},
    // Casualty clauses: the counted people are the victims, the doer of the cause did the result.
    {"counted_victims_before_verb", "قال الناطق إن 11 مدنيا قتلوا في انفجار سيارة مفخخة في بغداد.", "2024-05-10",
     "ASSAULT", "18", "", "IRQ/CVL", "Baghdad", 11, false, "reported", ""},
    {"result_of_attack", "قال مصدر إن مسلحين هاجموا حاجزا في كركوك، ما أسفر عن إصابة ثلاثة من عناصر الشرطة.",
     "2024-05-10", "ASSAULT", "19", "IRQ/UAF", "IRQ/COP", "Kirkuk", -1, false, "reported", ""},
    // A protest named without its doers is done by the protesters the sentence names.
    {"protesters_named_later", "اندلعت أمس مظاهرات في عدد من أحياء الخرطوم، ورفع المتظاهرون شعارات ضد الحكومة.",
     "2024-05-10", "PROTEST", "141", "SDN/CVL", "*", "*", -1, false, "asserted", "2024-05-09"},
    // A verb that agrees in the plural has its subject in itself: the actor after it is its object.
    {"plural_verb_object", "أغلق المتظاهرون الطريق ورشقوا الجنود بالحجارة.", "2024-05-10", "PROTEST", "145",
     "/CVL", "/MIL", "", -1, false, "asserted", ""},
    {"counted_subject_with_inclusion", "قال الناطق إن ثمانية أشخاص قتلوا بينهم طفلان.", "2024-05-10", "ASSAULT", "19",
     "", "/CVL", "", 8, false, "reported", ""},
    // هاجم with a speaker as doer is criticism.
    {"verbal_attack", "هاجم رئيس الوزراء الصحف المعارضة في كلمة أمام البرلمان.", "2024-05-10", "ACCUSE", "111",
     "/GOV", "/MED", "*", -1, false, "asserted", ""},
    {"armed_attack", "هاجم مسلحون مركزا للشرطة في كركوك.", "2024-05-10", "ASSAULT", "19", "IRQ/UAF", "IRQ/COP", "Kirkuk",
     -1, false, "asserted", ""},
    // A definite number refers to people counted before: no toll. A toll reports even after عقب.
    {"definite_number_is_no_toll", "أعدم المسلحون الجنود الثلاثة في الصحراء.", "2024-05-10", "ASSAULT", "18",
     "/UAF", "/MIL", "", -1, false, "asserted", ""},
    {"toll_after_temporal_preposition", "وجاءت تصريحاته عقب مقتل 15 جنديا تركيا الجمعة.", "2024-05-10", "ASSAULT",
     "19", "", "TUR/MIL", "", 15, false, "reported", ""},
    // غارة إسرائيلية: the demonym adjective names the doer's state; what happened in the raid is its doer's.
    // The area raided (على جنوب لبنان) is the place; the killing in the raid is one event with it (the raid's
    // code), whose target is the people killed, not only the state raided.
    {"demonym_of_the_attack", "قتل ثلاثة أشخاص في غارة إسرائيلية على جنوب لبنان أمس.", "2024-05-10", "ASSAULT",
     "195", "ISR/", "LBN/CVL", "*", -1, false, "asserted", "2024-05-09"},
    {"killed_in_the_attack", "قتل ثلاثة أشخاص في غارة إسرائيلية على جنوب لبنان أمس.", "2024-05-10", "ASSAULT",
     "195", "ISR/", "LBN/CVL", "*", 3, false, "asserted", "2024-05-09"},
    // A dual is a count of two.
    {"dual_victims", "قتل جنديان في هجوم شنه مسلحون على حاجز قرب الموصل.", "2024-05-10", "ASSAULT", "190", "IRQ/UAF",
     "IRQ/MIL", "Mosul", 2, false, "asserted", ""},
    // وكان ... قد + past is a past perfect (كان is not كأن "as if").
    {"past_perfect", "وكان متظاهرون فلسطينيون قد خرجوا إلى الشوارع السبت في رام الله.", "2024-05-10", "PROTEST",
     "141", "PSE/CVL", "", "Ramallah", -1, false, "asserted", ""},
    // ما before a verb of result is "which"; بدأ (began) is not بدا (seemed).
    {"ma_of_result", "انفجرت عبوة ناسفة في سوق كركوك، ما أسفر عن مقتل ثلاثة أشخاص.", "2024-05-10", "ASSAULT", "18",
     "", "IRQ/CVL", "*", 3, false, "asserted", ""},
    {"attack_began", "وبدأ الهجوم على المبنى في كركوك باستخدام القنابل.", "2024-05-10", "ASSAULT", "19", "", "", "Kirkuk",
     -1, false, "asserted", ""},
    // An event phrase may end in a generic agent used as an adjective (هجوم انتحاري). The killing in
    // the attack (في هجوم) is that attack: one event, with the attack's code and the killing's toll.
    {"suicide_attack_claimed", "قتل خمسة أشخاص في هجوم انتحاري تبنته حركة طالبان قرب كابول أمس.", "2024-05-10",
     "ASSAULT", "1831", "AFG/REB", "/CVL", "*", -1, false, "asserted", "2024-05-09"},
    {"killed_in_claimed_attack", "قتل خمسة أشخاص في هجوم انتحاري تبنته حركة طالبان قرب كابول أمس.", "2024-05-10",
     "ASSAULT", "1831", "AFG/REB", "/CVL", "*", 5, false, "asserted", "2024-05-09"},
    // A relative pronoun is followed by a verb: its subject is the noun before the pronoun.
    {"verb_after_relative", "التقى الوزير السفير الفرنسي الذي طلب مساعدات عاجلة للاجئين.", "2024-05-10", "REQUEST",
     "02", "FRA/GOV", "*", "*", -1, false, "asserted", ""},
    // The subject of تعرض لـ is the target; قد before a past form V verb is not "may".
    {"undergoer_is_target", "وكانت القوات الأميركية قد تعرضت لهجوم في الرمادي مساء الخميس.", "2024-05-10",
     "ASSAULT", "19", "", "USA/MIL", "Ramadi", -1, false, "asserted", ""},
    // A demonstration before a building is addressed to its owner; a protest at an act, to its doer.
    {"protest_before_embassy", "تظاهر نحو مائة طالب أمام السفارة اليونانية في لندن.", "2024-05-10", "PROTEST", "141",
     "*", "GRC/GOV", "London", -1, false, "asserted", ""},
    // (The reason in the accusative, احتجاجا على, is the protest's own: its target and place.)
    {"protest_at_a_visit", "تظاهر المئات في القاهرة احتجاجا على زيارة بوش.", "2024-05-10", "PROTEST", "14", "*",
     "USA/ELI", "Cairo", -1, false, "asserted", ""},
    {"adverbial_accusative", "اعتصم العمال أمام مقر الشركة احتجاجا على تأخر الأجور.", "2024-05-10", "PROTEST", "14",
     "/LAB", "/BUS", "", -1, false, "asserted", ""},
    {"owner_of_what_was_hit", "قتل جنديان في هجوم على دورية للجيش العراقي قرب الرمادي.", "2024-05-10", "ASSAULT",
     "19", "*", "IRQ/MIL", "Ramadi", -1, false, "asserted", ""},
    {"retreat", "انسحبت قوات الدعم السريع من مدينة الفاشر.", "2024-05-10", "RETREAT", "0874", "SDN/REB", "SDN/",
     "El Fasher", -1, false, "asserted", ""},
    {"accusation", "اتهمت الحكومة اليمنية الحوثيين بقصف مدينة تعز.", "2024-05-10", "ACCUSE", "11", "YEM/GOV",
     "YEM/REB", "*", -1, false, "asserted", ""},
    {"what_is_alleged", "اتهمت الحكومة اليمنية الحوثيين بقصف مدينة تعز.", "2024-05-10", "ASSAULT", "19", "YEM/REB",
     "*", "Taiz", -1, false, "alleged", ""},
    // A nationality between the words of an agent (وحدة خاصة) composes with it.
    {"nationality_inside_agent", "اغتالت وحدة أردنية خاصة مسلحا في مدينة إربد.", "2024-05-10", "ASSAULT", "18",
     "JOR/MIL", "*", "*", -1, false, "asserted", ""},
    // The driver of a car bomb set it off; an attack attributed to a group was the group's.
    {"car_bomb_driver", "قتل ثلاثة جنود في تفجير سيارة مفخخة يقودها انتحاري في الموصل.", "2024-05-10", "ASSAULT",
     "1", "IRQ/UAF", "*", "Mosul", 3, false, "asserted", ""},
    {"attributed_to", "قتل جنديان في هجوم نسب إلى المتمردين قرب مدينة الفاشر.", "2024-05-10", "ASSAULT", "1",
     "SDN/REB", "*", "*", 2, false, "asserted", ""},
    // إن قوة من الشرطة: the unit's actor is the subject after أن, and a verb joined by و keeps it.
    {"unit_of_subject", "وقال سكان إن قوة من الشرطة العراقية قامت بمداهمة جامع واعتدت على المصلين.", "2024-05-10",
     "ASSAULT", "18", "IRQ/COP", "IRQ/CVL", "*", -1, false, "reported", ""},
    // What was hit belongs to the actor after تابعة لـ.
    {"owned_object_tabi", "استهدف مسلحون حافلة تابعة للجيش الباكستاني في مدينة بيشاور.", "2024-05-10", "ASSAULT",
     "1", "PAK/UAF", "PAK/MIL", "*", -1, false, "asserted", ""},
    // The subject of a verb of doing or managing does the verbal noun it governs.
    {"managed_to_kill", "قال مصدر إن الجيش نجح في قتل خمسة مسلحين قرب مدينة درنة.", "2024-05-10", "ASSAULT",
     "1", "LBY/MIL", "*", "*", -1, false, "reported", ""},
    {"carried_out_raid", "قامت الشرطة التونسية بمداهمة منزل في مدينة صفاقس.", "2024-05-10", "COERCE", "1",
     "TUN/COP", "*", "*", -1, false, "asserted", ""},
    // Members of a party take the party's sector.
    {"members_of_party", "تظاهر أعضاء حزب الغد أمام مقر البرلمان في القاهرة.", "2024-05-10", "PROTEST", "14",
     "EGY/PTY", "*", "Cairo", -1, false, "asserted", ""},
    // The states of a subject list (also after كل من) are who acts, not where.
    {"subject_list_after_each_of_is_no_place", "أدانت كل من السعودية والإمارات ومصر الهجوم على السفينة.", "2024-05-10",
     "ACCUSE", "111", "ARE/", "*", "", -1, false, "asserted", ""},
    {"port_after_off_is_the_place", "استهدف الحوثيون سفينة قبالة ميناء المخا.", "2024-05-10", "ASSAULT", "19",
     "YEM/REB", "*", "Mocha", -1, false, "asserted", ""},
    // (A downed aircraft with its nationality is that state's military: RUS/MIL since args32.)
    {"oblast_after_over_is_the_place", "أسقطت الدفاعات الجوية الأوكرانية طائرة روسية فوق مقاطعة سومي.", "2024-05-10",
     "ASSAULT", "19", "UKR/MIL", "RUS/MIL", "Sumy Oblast", -1, false, "asserted", ""},
    {"subject_list_is_no_place", "اتفقت مصر والسودان على تنسيق المواقف.", "2024-05-10", "AGREE", "03", "EGY/", "*", "",
     -1, false, "asserted", ""},
};

void PrintTo(const Expect& x, std::ostream* os) { *os << x.name; }

// Sentences that mention a violent or protest event without reporting one: no event of the type that
// counts as reported (not negated; asserted, reported or alleged) may come out of them.
struct NotReported {
  const char* name;
  const char* text;
  const char* event;
};

const NotReported kNotReported[] = {
    // The quoted title of a work names no event, whatever its type.
    {"title_of_a_series_occupation", "يتناول مسلسل \"الاجتياح\" معاناة الفلسطينيين في جنين.", "COERCE"},
    {"title_of_a_film_blockade", "عرض فيلم «حصار غزة» في مهرجان القاهرة.", "COERCE"},
    {"relative_clause", "وصل إلى عمان النائب الذي اغتيل شقيقه العام الماضي.", "ASSAULT"},
    {"temporal_clause", "عندما اغتيل رئيس الوزراء كان وزير الخارجية في باريس.", "ASSAULT"},
    {"habitual_imperfective", "الجماعات المسلحة تخطف الأطفال في تلك المنطقة منذ سنوات.", "ASSAULT"},
    {"anniversary", "أحيا الآلاف الذكرى العاشرة لاغتيال رئيس الوزراء.", "ASSAULT"},
    {"condemnation", "أدان مجلس الأمن الهجوم على السفارة التركية.", "ASSAULT"},
    {"investigation", "وصلت إلى المدينة لجنة للتحقيق في مقتل الصحافي.", "ASSAULT"},
    {"protesters_described", "انتقد الوزير المتظاهرين الذين يحتجون على القرار.", "PROTEST"},
    {"nothing_attached", "ولا يعرف أحد لماذا قتل فلان.", "ASSAULT"},
    {"verbal_attack_is_not_assault", "هاجم رئيس الوزراء الصحف المعارضة في كلمة أمام البرلمان.", "ASSAULT"},
    {"dated_by_an_event", "بدأت الاحتفالات منذ بدء الاعتداء على الجيش فجر أمس.", "ASSAULT"},
    {"light_verb_takes_its_own_noun", "وتم خلال العملية ضبط 22 قذيفة هاون ومتفجرات في المخزن.", "ASSAULT"},
    {"state_agents_gather", "تجمعت الشرطة قرب الساحة الرئيسية.", "PROTEST"},
    {"number_before_a_preposition", "أحيا الآلاف الذكرى 13 لمجزرة سريبرينتسا.", "ASSAULT"},
    {"genitive_of_a_noun", "قالت المنظمة إن تكرار خطف الصحافيين مؤشر خطير.", "ASSAULT"},
    {"list_of_abuses", "ندد المجلس بالانتهاكات والاغتيالات في غزة.", "ASSAULT"},
};

void PrintTo(const NotReported& x, std::ostream* os) { *os << x.name; }

class BackgroundTest : public ::testing::TestWithParam<NotReported> {};

TEST_P(BackgroundTest, ReportsNoNewEvent) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const NotReported& x = GetParam();
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    bool counts = testing::Counts(e);
    EXPECT_FALSE(e.event == x.event && counts) << x.name << ": " << e.event << " " << e.cameo << " '" << e.trigger_text
                                               << "' " << e.modality;
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, BackgroundTest, ::testing::ValuesIn(kNotReported),
                         [](const ::testing::TestParamInfo<NotReported>& i) { return std::string(i.param.name); });

class CoderTest : public ::testing::TestWithParam<Expect> {};

TEST_P(CoderTest, CodesAsAnAnalystWould) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const Expect& x = GetParam();
  std::vector<Event> events = CodeText(x.text, x.date);
  bool found = false;
  std::string seen;
  for (const Event& e : events) {
    seen += e.event + " " + e.cameo + " " + ActorKey(e.source) + " -> " + ActorKey(e.target) + " @ " +
            (e.location ? e.location->name_en : "") + " " + e.modality + (e.negated ? " negated" : "") + "\n";
    if (e.event != x.event || e.cameo.rfind(x.cameo_root, 0) != 0) continue;
    if (!ActorMatches(e.source, x.source) || !ActorMatches(e.target, x.target)) continue;
    std::string place = e.location ? e.location->name_en : "";
    if (std::string(x.place) != "*" && place != x.place) continue;
    if (x.fatalities >= 0 && (!e.fatalities || *e.fatalities != x.fatalities)) continue;
    if (e.negated != x.negated || e.modality != x.modality) continue;
    if (*x.event_date && e.date != x.event_date) continue;
    found = true;
  }
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, CoderTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Expect>& i) { return std::string(i.param.name); });

TEST(CoderTest, CompoundActorsGiveOneEventEach) {
  std::vector<Event> events = CodeText("اعترفت إسبانيا وإيرلندا والنرويج بدولة فلسطين.", "2024-05-28");
  std::vector<std::string> sources;
  for (const Event& e : events) {
    if (e.cameo == "054" && e.target && e.target->country == "PSE") sources.push_back(e.source->country);
  }
  EXPECT_EQ(sources, (std::vector<std::string>{"ESP", "IRL", "NOR"}));
}

// A generic agent (الحكومة، المتظاهرون) takes its country from the place or the document: its id carries that
// country too, or the store would keep one actor "GOV" for every state's government.
TEST(CoderTest, GenericAgentsIdCarriesTheirCountry) {
  struct Case {
    const char* text;
    const char* target_id;
  } cases[] = {
      {"تظاهر مئات الطلاب في الرباط ضد الحكومة.", "MARGOV"},
      {"تظاهر مئات الطلاب في بغداد ضد الحكومة.", "IRQGOV"},
      {"تظاهر مئات الطلاب في عمان رفضا لخطة الحكومة الجديدة.", "JORGOV"},
  };
  for (const Case& c : cases) {
    bool found = false;
    for (const Event& e : CodeText(c.text, "2024-05-10")) {
      if (e.event != "PROTEST" || !e.target) continue;
      found = true;
      EXPECT_EQ(e.target->actor_id, c.target_id) << c.text;
      EXPECT_EQ(e.target->actor_id, e.target->country + e.target->sector) << c.text;
    }
    EXPECT_TRUE(found) << c.text;
  }
}

TEST(CoderTest, DefiniteNumberIsNoToll) {
  for (const Event& e : CodeText("أعدم المسلحون الجنود الثلاثة في الصحراء.", "2024-05-10")) {
    EXPECT_FALSE(e.fatalities.has_value()) << e.event << " " << e.cameo << " " << *e.fatalities;
  }
}

// An indefinite singular victim is one (قتل جندي تركي، مقتل شرطي، أصيب مدني); a plural without a
// number (جنود) and a victim joined by و to others (وزوجته) give no count.
TEST(CoderTest, SingularVictimIsOne) {
  struct Case {
    const char* text;
    std::optional<int64_t> fatalities, injured;
  } cases[] = {
      {"قتل جندي تركي في هجوم على الحدود.", 1, std::nullopt},
      {"أعلنت الشرطة مقتل شرطي في انفجار عبوة ناسفة.", 1, std::nullopt},
      {"أصيب مدني بجروح في قصف على القرية.", std::nullopt, 1},
      {"قتل جنود في هجوم على الحدود.", std::nullopt, std::nullopt},
      {"أعلنت الشرطة مقتل شرطي وزوجته في انفجار عبوة ناسفة.", std::nullopt, std::nullopt},
  };
  for (const Case& c : cases) {
    bool found = false;
    for (const Event& e : CodeText(c.text, "2024-05-10")) {
      if (e.event != "ASSAULT" || (!e.fatalities && !e.injured && (c.fatalities || c.injured))) continue;
      found = true;
      EXPECT_EQ(e.fatalities, c.fatalities) << c.text;
      EXPECT_EQ(e.injured, c.injured) << c.text;
      break;
    }
    EXPECT_TRUE(found) << c.text;
  }
}

TEST(CoderTest, SpansSliceTheOriginal) {
  std::string text = "وقُتِلَ ثلاثةُ جنودٍ في هجومٍ على قاعدةٍ عسكريةٍ قرب الموصل.";
  for (const Event& e : CodeText(text)) {
    EXPECT_EQ(text.substr(e.trigger_begin, e.trigger_end - e.trigger_begin), e.trigger_text);
    for (const auto* a : {&e.source, &e.target}) {
      if (*a) {
        EXPECT_EQ(text.substr((*a)->begin, (*a)->end - (*a)->begin), (*a)->text);
      }
    }
    if (e.location) {
      EXPECT_EQ(text.substr(e.location->begin, e.location->end - e.location->begin), e.location->text);
    }
  }
}

TEST(CoderTest, DirectJsonEqualsTheJsonTree) {
  std::vector<Event> events =
      CodeText("قال مصدر إن \"مسلحين\" قتلوا ثلاثة جنود أتراك في هجوم قرب الموصل أمس.\tوأصيب آخرون.", "2024-05-10");
  ASSERT_FALSE(events.empty());
  events[0].explain = {"a \"quoted\" line", "tab\there"};
  // (أمس dated the events: their `date_words` are written by both writers.)
  EXPECT_EQ(events[0].date_text, "أمس");
  for (const Event& e : events) {
    std::string line;
    AppendEventJson(e, &line);
    EXPECT_EQ(nlohmann::json::parse(line), EventToJson(e)) << line;
  }
}

// The fields of one CSV record, read by the project's RFC 4180 reader (the one `rasad ingest` uses).
std::vector<std::string> CsvFields(const std::string& line) {
  std::istringstream in(line);
  CsvReader reader(&in);
  CsvRecord record;
  Status error;
  EXPECT_TRUE(reader.Next(&record, &error)) << line;
  EXPECT_TRUE(error.ok()) << error.message();
  return record.fields;
}

TEST(CoderTest, CsvCarriesTheDateWords) {
  // Dated by أمس: the last three columns are the words and their original bytes; an event with the
  // document's own date leaves them empty. Every record has the header's number of columns.
  const std::string text = "قال مصدر إن \"مسلحين\" قتلوا ثلاثة جنود أتراك في هجوم قرب الموصل أمس.";
  std::vector<std::string> header = CsvFields(EventCsvHeader());
  ASSERT_EQ(header.size(), 31u);
  EXPECT_EQ(header[28], "date_words");
  EXPECT_EQ(header[30], "date_words_end");
  std::vector<Event> events = CodeText(text, "2024-05-10");
  ASSERT_FALSE(events.empty());
  const size_t yesterday = text.find("أمس");
  for (const Event& e : events) {
    std::vector<std::string> row = CsvFields(EventToCsv(e));
    ASSERT_EQ(row.size(), header.size()) << EventToCsv(e);
    EXPECT_EQ(row[3], "2024-05-09");
    EXPECT_EQ(row[28], "أمس");
    EXPECT_EQ(row[29], std::to_string(yesterday));
    EXPECT_EQ(row[30], std::to_string(yesterday + std::string("أمس").size()));
  }
  for (const Event& e : CodeText("قتل مسلحون ثلاثة جنود أتراك قرب الموصل.", "2024-05-10")) {
    std::vector<std::string> row = CsvFields(EventToCsv(e));
    ASSERT_EQ(row.size(), header.size());
    EXPECT_EQ(row[3], "2024-05-10");
    EXPECT_EQ(row[28], "");
    EXPECT_EQ(row[29], "");
    EXPECT_EQ(row[30], "");
  }
}

TEST(CoderTest, JsonEscapesEveryByteThatNeedsIt) {
  // Each character JSON must escape, at every offset across the writer's 8- and 16-byte blocks, inside
  // Arabic text; the record must parse back to the same strings.
  const std::string specials[] = {"\"", "\\", "\n", "\r", "\t", std::string(1, '\x01'), std::string(1, '\x1f')};
  for (const std::string& special : specials) {
    for (size_t at = 0; at < 40; ++at) {
      Event e;
      e.doc_id = "d";
      e.evidence = std::string("قتل") + std::string(at, 'x') + special + "جنود";
      e.trigger_text = special;
      e.goldstein = -10;
      std::string line;
      AppendEventJson(e, &line);
      nlohmann::json j = nlohmann::json::parse(line);
      EXPECT_EQ(j["evidence"], e.evidence) << at;
      EXPECT_EQ(j["trigger"]["text"], special);
      EXPECT_TRUE(j["goldstein"].is_number_float()) << line;
      EXPECT_EQ(j["goldstein"].get<double>(), -10.0);
    }
  }
}

TEST(CoderTest, JsonEscapesOnlyTheBytesThatNeedIt) {
  // The bytes next to the escaped ones in value (space, #, !, ], DEL, Arabic letters) are written as
  // they are, before and after an escape, at every offset and length across the 8- and 16-byte blocks.
  const std::pair<std::string, std::string> escapes[] = {
      {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {std::string(1, '\x01'), "\\u0001"},
      {std::string(1, '\x1f'), "\\u001f"}};
  const std::string neighbours = " #![]\x7f";
  auto filler = [&](size_t n) {
    std::string f;
    for (size_t k = 0; k < n; ++k) f += k % 5 == 4 ? std::string("ق") : std::string(1, neighbours[k % neighbours.size()]);
    return f;
  };
  for (const auto& [special, escaped] : escapes) {
    for (size_t before = 0; before < 20; ++before) {
      for (size_t after = 0; after < 20; ++after) {
        Event e;
        e.doc_id = "d";
        e.evidence = filler(before) + special + filler(after);
        std::string line;
        AppendEventJson(e, &line);
        std::string expected = "\"evidence\":\"" + filler(before) + escaped + filler(after) + "\"";
        EXPECT_NE(line.find(expected), std::string::npos) << before << " " << after << ": " << line;
      }
    }
  }
}

TEST(CoderTest, JsonDoublesAreTheShortestFormThatReadsBack) {
  // Up to nine decimals take a fast path; everything else goes through to_chars. Either way a float
  // keeps a decimal point.
  const std::pair<double, const char*> cases[] = {
      {-10, "-10.0"},   {-9.5, "-9.5"},   {2.8, "2.8"},          {0.1, "0.1"},
      {-0.0, "-0.0"},   {0, "0.0"},       {-0.5, "-0.5"},        {0.1 + 0.2, "0.30000000000000004"},
      {13.1913, "13.1913"}, {32.8872, "32.8872"}, {123456.7, "123456.7"}, {1e-7, "0.0000001"},
      {3.0000000000000004, "3.0000000000000004"}, {35.123456789, "35.123456789"}, {1e-9, "0.000000001"},
      {1e-10, "0.0000000001"}, {-0.000123, "-0.000123"},
  };
  for (const auto& [value, text] : cases) {
    Event e;
    e.goldstein = value;
    std::string line;
    AppendEventJson(e, &line);
    std::string want = std::string("\"goldstein\":") + text + ",";
    EXPECT_NE(line.find(want), std::string::npos) << want << " in " << line;
    EXPECT_EQ(nlohmann::json::parse(line)["goldstein"].get<double>(), value) << text;
  }
}

TEST(CoderTest, ShiftDate) {
  EXPECT_EQ(ShiftDate("2024-03-01", -1), "2024-02-29");
  EXPECT_EQ(ShiftDate("2024-01-01", -7), "2023-12-25");
  EXPECT_EQ(ShiftDate("2024", -1), "2024");
}

// Words of coder/word_kinds.tsv (in matching form) and their kinds.
struct WordKindRow {
  const char* word;
  uint32_t kinds;
};

const WordKindRow kCoderWordKinds[] = {
    {"عدد", kPartNounWord},
    {"اف", kPartNounWord},  // آلاف: listed and looked up by a token's bare form (الاف, its ال taken off)
    {"مدينه", kDescriptorWord},
    {"بحق", kDescriptorWord},
    {"شمال", kDirectionWord | kAfterPassiveWord},
    {"ايام", kTimeUnitWord},
    {"سنوات", kTimeUnitWord | kLongPeriodWord},
    {"في", kAfterPassiveWord | kMeansWord},
    {"اثر", kAfterPassiveWord | kMeansWord | kTemporalPrepositionWord},
    {"بانه", kThatWord},
    {"بدء", kAspectWord},
    {"اعنف", kSuperlativeWord},
    {"ريف", kDescriptorWord},  // ريف دمشق: a place descriptor like منطقة
    {"هجوم", 0},
};

TEST(CoderTest, WordKindsLoad) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  for (const WordKindRow& x : kCoderWordKinds) {
    EXPECT_EQ(engine->triggers().word_kinds().Of(x.word), x.kinds) << x.word;
  }
}

TEST(CoderTest, BadWordKindsLineNamesFileAndLine) {
  // The real coder dictionaries, with a line of an unknown kind added to word_kinds.tsv.
  namespace fs = std::filesystem;
  std::string dir = ::testing::TempDir() + "/rasad_coder_word_kinds_" + std::to_string(getpid());
  fs::create_directories(dir + "/text");
  fs::copy(std::string(RASAD_DATA_DIR) + "/coder", dir + "/coder", fs::copy_options::recursive);
  fs::copy_file(std::string(RASAD_DATA_DIR) + "/text/numbers.tsv", dir + "/text/numbers.tsv");
  std::string path = dir + "/coder/word_kinds.tsv";
  std::string content = testing::ReadFile(path);
  size_t lines = std::count(content.begin(), content.end(), '\n');
  std::ofstream(path, std::ios::app) << "قرية\tvillage\n";
  Ontology ontology;
  ASSERT_TRUE(ontology.Load(std::string(RASAD_DATA_DIR) + "/ontology/cameo.tsv").ok());
  TriggerLexicon triggers;
  Status s = triggers.Load(dir, ontology, nullptr);
  EXPECT_EQ(s.message(), fmt::format("{}:{}: unknown kind 'village' (expected part_noun, descriptor, direction, "
                                     "time_unit, after_passive, means, that, temporal_preposition, aspect, "
                                     "long_period, superlative, machine, carry, itinerant, competition, sport_context, team, market, "
                                     "inanimate, figure_object, repel, war, against, munition, parties, official, danger, "
                                     "remains, accusing, retaliation, claim, operation, continuation, gathering, "
                                     "anniversary, becoming, chant, terms, asking, legal_ground, topic, whole_war, score, "
                                     "backing, phenomenon, constituting, tolerating, trend, intention, dual_toll, scheduled, joining, celebration, "
                                     "hard_target, situation, affiliation, town_site, heading, removal, period_opening, following, "
                                     "partitive, growing, motion)",
                                     path, lines + 1));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace rasad
