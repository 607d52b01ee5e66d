// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in session 47:
// - a territory retaken names the side it was taken from after من right after the place (استعادت القوات العراقية
//   السيطرة على مدينة تلعفر من تنظيم الدولة): that side is the target. Before, the place was moved out of the target
//   (it is the event's place) and the target was left empty; the verbal noun (استعادة السيطرة) read only على.
// - a definite group before منها or منهم (طرد المسلحين منها, from the town) is no count "of them": the partitive is
//   read after an indefinite count (قتلوا عشرة منهم). Before, the expulsion's target was the army of the clause
//   before.
// - a verb joined by ف, or one hunspell-ar lists whole with its و or ف (فقتلوا، فقتلت), tells the toll of the
//   incident before it as a verb joined by a split و does (هاجم مسلحون دورية للجيش فقتلوا ثلاثة من عناصرها: one
//   attack, three dead), and shares the subject of the verb that opens the sentence where the two agree (اقتحمت قوات
//   الأمن المخيم فقتلت خمسة فلسطينيين). Before, the killing was a second attack with no doer and no target. The
//   doer of "the event before" in an earlier clause is still carried only over a split و: ف more often opens the
//   story's next step with a new doer (فر من منزله، فشن الجنود حملة).
// - a state's government or ministry that announces the deaths of armed men of a group in an operation or an air
//   strike (في عملية عسكرية، في غارات جوية، خلال عمليات) tells its own operation's toll, as its armed forces do:
//   it is the doer. Not after an attack or a clash (في هجوم، في اشتباكات), which the armed men may have made, nor
//   strikes whose doer is named after them (غارات للتحالف، غارات سعودية).
// - the doer of a purpose of support after لـ is the subject of the verb before it also past a place after إلى, which
//   hunspell-ar also holds as a verb (أرسلت تركيا مستشارين عسكريين إلى طرابلس لدعم حكومة الوفاق): before, the verb
//   found was إلى, and the advisers were the supporters.
// - after the subject of a verb of announcing or denying (أعلن الجيش السوداني قصف مواقع، نفى الجيش قصف مخيم), a word
//   spelled as both verb and verbal noun is the noun, the act announced, done by that subject; before, it was read
//   as a passive verb with no doer (d2dbc13 had kept the noun only after verbs of deciding: after one of refusing,
//   رفض ... طلب ... الإفراج, the request is still the verb that makes the release asked for).
// - taking in the displaced (استقبلت مصر آلاف النازحين) or a batch of refugees is granting refuge, 075, as taking in
//   refugees was (triggers.tsv); before, a visit hosted (043).
// - a mediator's parties named after بين past the deal it brokered (توسطت مصر في اتفاق لوقف إطلاق النار بين إسرائيل
//   وحماس): up to ten words after the verb, where other events' بين is read within four.
// - the object right after the doer that ends a phrase (شن الطيران الروسي غارات، شنت طائرات مسيرة إماراتية غارات) is
//   no other event before the target: the owner of the positions after على is found (before, the search stopped at
//   غارات and the place's state was the target).
// - a feminine verb joined by a و hunspell-ar holds with it (واعتقلت) before a masculine people, counted or not
//   (عددا من الشبان), is active: the passive would be masculine (اعتقل). It shares the doer of the event before it.
// Every expected code and actor was written by hand from the Arabic before the coder ran; the rows not named
// guard_ failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

const ProbeRow kCases[] = {
    // The side a place was taken from.
    {"iraqi_forces_retook_tal_afar_from_isis", "استعادت القوات العراقية السيطرة على مدينة تلعفر من تنظيم الدولة.",
     "COERCE", "192", "IRQ/MIL", "*/REB"},
    {"sudanese_army_retook_wad_madani_from_rsf",
     "استعاد الجيش السوداني السيطرة على مدينة ود مدني من قوات الدعم السريع.", "COERCE", "192", "SDN/*", "SDN/*"},
    {"yemeni_forces_retook_hays_from_houthis", "استعادت القوات اليمنية السيطرة على مديرية حيس من الحوثيين.", "COERCE",
     "192", "YEM/MIL", "YEM/REB"},
    {"libyan_army_announced_retaking_sirte_from_isis",
     "أعلن الجيش الليبي استعادة السيطرة على مدينة سرت من تنظيم داعش.", "COERCE", "192", "LBY/MIL", "*/REB"},
    // No side named: the place is the event's, no target.
    {"guard_army_retook_khartoum_airport", "استعاد الجيش السيطرة على مطار الخرطوم.", "COERCE", "192", nullptr, ""},
    // من جديد (anew) names no side.
    {"guard_army_retook_tal_afar_anew", "استعاد الجيش العراقي السيطرة على تلعفر من جديد.", "COERCE", "192", "IRQ/MIL", ""},

    // A definite group before منها is the one expelled, not a count of the army before.
    {"army_took_the_town_after_expelling_the_gunmen", "سيطر الجيش على البلدة بعد طرد المسلحين منها.", "COERCE",
     "174", nullptr, "/UAF"},
    {"iraqi_forces_entered_after_expelling_the_rebels", "دخلت القوات العراقية المدينة بعد طرد المتمردين منها.",
     "COERCE", "174", nullptr, "*/REB"},

    // A killing joined by ف shares the subject of the verb that opens the sentence.
    {"security_forces_stormed_the_camp_and_killed_five",
     "اقتحمت قوات الأمن المخيم فقتلت خمسة فلسطينيين.", "ASSAULT", "190", "/COP", "PSE/*"},
    {"ukrainian_forces_repelled_and_killed_forty", "صدت القوات الأوكرانية الهجوم فقتلت 40 جنديا روسيا.", "ASSAULT",
     "190", "UKR/*", "RUS/MIL"},
    {"guard_ukrainian_forces_repelled_and_killed_forty_joined_by_waw",
     "صدت القوات الأوكرانية الهجوم وقتلت 40 جنديا روسيا.", "ASSAULT", "190", "UKR/*", "RUS/MIL"},

    // A state's government or ministry announcing its enemies' deaths in an operation or an air strike tells its own
    // operation, as its armed forces do.
    {"somali_government_announced_shabaab_killed_in_an_operation",
     "أعلنت الحكومة الصومالية مقتل 30 عنصرا من حركة الشباب في عملية عسكرية جنوب البلاد.", "ASSAULT", "19", "SOM/GOV",
     "*/REB"},
    {"iraqi_interior_ministry_announced_terrorists_killed_in_a_security_operation",
     "أعلنت وزارة الداخلية العراقية مقتل خمسة إرهابيين في عملية أمنية غرب الأنبار.", "ASSAULT", "19", "IRQ/GOV",
     "*/UAF"},
    {"nigerian_government_announced_boko_haram_killed_in_air_strikes",
     "أعلنت الحكومة النيجيرية مقتل 40 مسلحا من بوكو حرام في غارات جوية.", "ASSAULT", "19", "NGA/GOV", "NGA/*"},
    {"pakistani_government_announced_militants_killed_in_operations",
     "أعلنت الحكومة الباكستانية مقتل 15 مسلحا خلال عمليات في وزيرستان.", "ASSAULT", "19", "PAK/GOV", "*/UAF"},
    // Not an attack or a clash the enemies may have made, nor strikes of a side named after them, nor the
    // deaths of civilians.
    // (The Houthis' adjective in the accusative, حوثيا, names them as حوثي does.)
    {"yemeni_government_announced_houthis_killed_in_air_strikes",
     "أعلنت الحكومة اليمنية مقتل 20 مسلحا حوثيا في غارات جوية.", "ASSAULT", "19", "YEM/GOV", "YEM/REB"},
    {"guard_yemeni_government_announced_houthis_killed_in_an_attack",
     "أعلنت الحكومة اليمنية مقتل 20 مسلحا في هجوم على مواقعها.", "ASSAULT", "19", "", nullptr},
    {"guard_iraqi_government_announced_gunmen_killed_in_tribal_clashes",
     "أعلنت الحكومة العراقية مقتل 12 مسلحا في اشتباكات عشائرية.", "ASSAULT", "19", "", nullptr},
    // (The source was "" until session 49, when bare التحالف in a document about Yemen became the Saudi-led
    // coalition, the strikes' doer; the government that announces them is still not.)
    {"guard_yemeni_government_announced_houthis_killed_in_coalition_strikes",
     "أعلنت الحكومة اليمنية مقتل 20 مسلحا في غارات للتحالف.", "ASSAULT", "19", "SAU/MIL", nullptr},
    {"guard_palestinian_health_ministry_announced_civilians_killed_in_strikes",
     "أعلنت وزارة الصحة الفلسطينية مقتل 30 مدنيا في غارات جوية.", "ASSAULT", "19", "", "*/CVL"},

    // The purpose's doer is the subject of the verb before it, past a place after إلى (which the word list also
    // holds as a verb).
    {"turkey_sent_advisers_to_tripoli_to_support_the_gna",
     "أرسلت تركيا مستشارين عسكريين إلى طرابلس لدعم حكومة الوفاق.", "SUPPORT", "05", "TUR/", "LBY/*"},
    {"russia_sent_troops_to_syria_to_support_the_government",
     "أرسلت روسيا قوات إضافية إلى سوريا لدعم الحكومة السورية.", "SUPPORT", "05", "RUS/", "SYR/GOV"},
    {"guard_turkey_sent_advisers_to_support_the_gna", "أرسلت تركيا مستشارين عسكريين لدعم حكومة الوفاق.", "SUPPORT", "05",
     "TUR/", "LBY/*"},

    // After the subject of a verb of announcing or denying, a word spelled as both verb and verbal noun is the noun,
    // the act announced or denied, done by that subject.
    {"sudanese_army_announced_shelling_rsf_positions", "أعلن الجيش السوداني قصف مواقع للدعم السريع في دارفور.",
     "ASSAULT", "194", "SDN/*", "SDN/*"},
    {"guard_israeli_army_confirmed_shelling_in_south_lebanon", "أكد الجيش الإسرائيلي قصف أهداف في جنوب لبنان.", "ASSAULT",
     "194", "ISR/*", nullptr},
    // (Not after a verb of refusing: the request's release is still asked for, no release done.)
    {"guard_niger_junta_rejected_the_request_to_release_bazoum",
     "رفض المجلس العسكري في النيجر طلب مجموعة إيكواس الإفراج عن الرئيس المعزول محمد بازوم.", "REJECT", "12", "NER/*",
     nullptr, "RETREAT"},

    // Taking in the displaced, or a batch of refugees, is granting refuge (075), no visit hosted (043).
    {"egypt_took_in_thousands_of_sudanese_displaced", "استقبلت مصر آلاف النازحين السودانيين.", "AID", "075", "EGY/",
     "SDN/*", "CONSULT"},
    {"jordan_took_in_a_new_batch_of_syrian_refugees", "استقبل الأردن دفعة جديدة من اللاجئين السوريين.", "AID", "075",
     "JOR/", nullptr, "CONSULT"},
    {"guard_lebanon_takes_in_hundreds_of_refugees", "يستقبل لبنان مئات اللاجئين السوريين.", "AID", "075", "LBN/",
     "SYR/*"},
    {"guard_egyptian_president_received_the_us_secretary", "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.",
     "CONSULT", "043", "EGY/GOV", "USA/GOV"},

    // A mediator's parties after the deal it brokered.
    {"egypt_mediated_a_ceasefire_deal_between_israel_and_hamas",
     "توسطت مصر في اتفاق لوقف إطلاق النار بين إسرائيل وحركة حماس.", "CONSULT", "045", "EGY/", "ISR/"},
    {"qatar_mediates_a_prisoner_deal_between_the_two_sides",
     "تتوسط قطر في صفقة لتبادل المحتجزين بين روسيا وأوكرانيا.", "CONSULT", "045", "QAT/", "UKR/"},
    {"guard_qatar_mediated_between_hamas_and_israel", "توسطت قطر بين حماس وإسرائيل.", "CONSULT", "045", "QAT/", "ISR/"},

    // The object of a phrase that ends in its own doer (or its nationality) is no other event: the target after it.
    {"emirati_drones_struck_gna_positions", "شنت طائرات مسيرة إماراتية غارات على مواقع لقوات الوفاق جنوب طرابلس.",
     "ASSAULT", "195", "ARE/*", "LBY/MIL"},
    {"russian_aviation_struck_opposition_positions", "شن الطيران الروسي غارات على مواقع للمعارضة في إدلب.", "ASSAULT",
     "195", "RUS/MIL", "SYR/OPP"},
    {"guard_israeli_aircraft_struck_hezbollah_positions",
     "شنت الطائرات الإسرائيلية غارات على مواقع لحزب الله في جنوب لبنان.", "ASSAULT", "195", "ISR/MIL", "LBN/*"},

    // A feminine verb held whole with its و before a masculine people is active: the doer of the event before.
    {"us_forces_raided_homes_and_arrested_a_number_of_young_men",
     "وأفاد شهود عيان بأن القوات الأمريكية داهمت منازل في بغداد واعتقلت عددا من الشبان.", "COERCE", "173", "USA/MIL",
     nullptr},
    {"guard_police_raided_the_headquarters_and_arrested_five_leaders",
     "قالت مصادر إن الشرطة المصرية داهمت مقر الحزب واعتقلت خمسة من قياداته.", "COERCE", "173", "EGY/COP", nullptr},
};

class Lead47CaseTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead47CaseTest, CodesTheSidesAsExpected) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead47CaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// A toll told by a verb joined by ف is the toll of the attack before it: one event with its dead.
const IncidentRow kIncidents[] = {
    {"gunmen_attacked_an_army_patrol_and_killed_three_of_its_men",
     "هاجم مسلحون دورية للجيش فقتلوا ثلاثة من عناصرها.", 1, "190", "/UAF", "/MIL", 3, -1},
    {"gunmen_attacked_a_police_post_and_killed_four_of_its_men", "هاجم مسلحون موقعا للشرطة فقتلوا أربعة من أفراده.", 1,
     "190", "/UAF", "/COP", 4, -1},
    {"gunmen_attacked_the_army_and_killed_three_of_its_men", "هاجم مسلحون الجيش فقتلوا ثلاثة من أفراده.", 1, "190",
     "/UAF", "/MIL", 3, -1},
    // (The same with و split off the verb.)
    {"guard_gunmen_attacked_the_army_and_killed_three_joined_by_waw", "هاجم مسلحون الجيش وقتلوا ثلاثة من عناصره.", 1,
     "190", "/UAF", "/MIL", 3, -1},
    // (An indefinite count before منهم is the partitive, the dead among the rebels attacked.)
    {"guard_army_attacked_the_rebels_and_killed_ten_of_them", "هاجم الجيش المتمردين وقتل عشرة منهم.", 1, "190",
     "/MIL", "*/REB", 10, -1},
};

class Lead47IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Lead47IncidentTest, CodesOneIncidentWithItsToll) { testing::ExpectIncidentRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead47IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
