// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on
// what session 28 (args28) worked on, one class of readings per block (the numbers of the brief):
// 1. machines of war with their nationality before the verb, indefinite, after أن (طائرات تركية قصفت): that
//    state's military is the doer;
// 2. a bombing placed by a building (أمام/قرب/بالقرب من مقر الشرطة، مبنى الوزارة): the building's owner
//    is the target, also after the noun of the blast and its device (انفجار سيارة مفخخة أمام مبنى الوزارة);
// 3. a protest against an act (احتجاجا على اعتقال قوات الأمن ...، ضد القصف الروسي، تنديدا بالعدوان الأمريكي):
//    the doer of the act is the target;
// 4. a passive abduction or arrest (اختطف ثلاثة عمال إغاثة، اختطف مهندس تركي على يد ...): the subject is the
//    target (a person's nationality, its state), على يد / من قبل the source;
// 5. a participle of accusation after the main clause (..., متهما إياها بدعم ...): the accuser is the
//    subject of the clause, the accused its object (pending: no line reads the participle as an event);
// 6. employees of an organisation (موظفا أمميا، موظفين في الأمم المتحدة، عمال إغاثة تابعين لـ): the
//    organisation's actor.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran.
// An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row of kCases failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // (The crowd of no name, المئات, is of its city's country: a pending row closed by args39.)
    {"khartoum_protest_government_decision", "تظاهر المئات في الخرطوم احتجاجا على قرار الحكومة السودانية رفع أسعار الوقود.",
     "PROTEST", "", "SDN/*", "SDN/GOV"},
    // 2. A bombing by a building: the building's owner is the target.
    {"guard_car_bomb_before_somali_police_hq", "انفجرت سيارة مفخخة أمام مقر الشرطة الصومالية في مقديشو.",
     "ASSAULT", "", nullptr, "SOM/COP"},
    {"guard_bomb_near_libyan_interior_ministry", "انفجرت عبوة ناسفة قرب مبنى وزارة الداخلية الليبية في طرابلس.",
     "ASSAULT", "", nullptr, "LBY/GOV"},
    {"guard_car_bomb_near_syrian_army_command", "انفجرت سيارة مفخخة بالقرب من مقر قيادة الجيش السوري في دمشق.",
     "ASSAULT", "", nullptr, "SYR/MIL"},
    {"guard_suicide_bomber_before_iraqi_police_station", "فجر انتحاري نفسه أمام مركز للشرطة العراقية في الرمادي.",
     "ASSAULT", "", nullptr, "IRQ/COP"},
    {"guard_bomb_near_us_embassy_baghdad", "انفجرت عبوة ناسفة قرب السفارة الأمريكية في بغداد.",
     "ASSAULT", "", nullptr, "USA/*"},
    {"guard_car_bomb_before_african_union_mission", "انفجرت سيارة مفخخة أمام مقر بعثة الاتحاد الأفريقي في مقديشو.",
     "ASSAULT", "", nullptr, "*/IGO"},
    {"car_bomb_noun_before_afghan_defence_ministry", "أسفر انفجار سيارة مفخخة أمام مبنى وزارة الدفاع الأفغانية في كابول عن مقتل عشرة أشخاص.",
     "ASSAULT", "", nullptr, "AFG/*"},
    {"guard_bomb_before_umma_party_hq", "انفجرت قنبلة أمام مقر حزب الأمة القومي في أم درمان.",
     "ASSAULT", "", nullptr, "SDN/*"},
    {"guard_bomb_near_rsf_post", "انفجرت عبوة ناسفة بالقرب من مقر لقوات الدعم السريع في الخرطوم بحري.",
     "ASSAULT", "", nullptr, "SDN/REB"},
    {"guard_bomb_before_turkish_consulate", "انفجرت عبوة ناسفة أمام مقر القنصلية التركية في الموصل.",
     "ASSAULT", "", nullptr, "TUR/*"},
    // 3. A protest against an act: the doer of the act is the target.
    {"baghdad_protest_arrest_by_security_forces", "تظاهر آلاف العراقيين في بغداد ضد اعتقال قوات الأمن ناشطين في الاحتجاجات.",
     "PROTEST", "", "IRQ/*", "IRQ/COP"},
    {"guard_ramallah_protest_army_raid_jenin", "تظاهر مئات الفلسطينيين في رام الله احتجاجا على اقتحام الجيش الإسرائيلي مخيم جنين.",
     "PROTEST", "", "PSE/*", "ISR/MIL"},
    {"tunis_journalists_against_police_arrest", "نظم عشرات الصحفيين وقفة احتجاجية في تونس رفضا لاعتقال الشرطة التونسية زميلا لهم.",
     "PROTEST", "", "TUN/MED", "TUN/COP"},
    {"guard_fasher_students_protest_rsf_shelling", "تظاهر مئات الطلاب في الفاشر احتجاجا على قصف قوات الدعم السريع للمدينة.",
     "PROTEST", "", "SDN/*", "SDN/REB"},
    {"kyiv_protest_russian_shelling", "تظاهر آلاف الأوكرانيين في كييف احتجاجا على القصف الروسي للمدن.",
     "PROTEST", "", "UKR/*", "RUS/*"},
    {"beirut_protest_at_un_against_israeli_strikes", "تظاهر مئات اللبنانيين أمام مقر الأمم المتحدة في بيروت احتجاجا على الغارات الإسرائيلية.",
     "PROTEST", "", "LBN/*", "ISR/*"},
    {"sanaa_marches_condemning_us_aggression", "خرج الآلاف في مسيرات بصنعاء تنديدا بالعدوان الأمريكي على اليمن.",
     "PROTEST", "", nullptr, "USA/*"},
    {"aden_vigil_against_stc_detention", "نظم أهالي المعتقلين وقفة احتجاجية في عدن ضد احتجاز قوات المجلس الانتقالي الجنوبي لأبنائهم.",
     "PROTEST", "", nullptr, "YEM/*"},
    {"guard_tripoli_protest_parliament_decision", "تظاهر عشرات الليبيين في طرابلس احتجاجا على قرار مجلس النواب عزل رئيس الحكومة.",
     "PROTEST", "", "LBY/*", "LBY/*"},
    {"guard_hasakah_protest_sdf_practices", "تظاهر سكان من الحسكة احتجاجا على ممارسات قوات سوريا الديمقراطية.",
     "PROTEST", "", "SYR/*", "SYR/REB"},
    {"guard_students_protest_ministry_decision", "احتج مئات الطلاب في الخرطوم على قرار وزارة التعليم العالي إغلاق الجامعات.",
     "PROTEST", "", "SDN/*", "SDN/GOV"},
    // 4. A passive abduction or arrest: the subject is the target, على يد / من قبل the doer.
    {"guard_foreign_aid_workers_abducted_mali", "اختطف ثلاثة عمال إغاثة أجانب في شمال مالي.",
     "ASSAULT", "181", "", "*/NGO"},
    {"guard_sudanese_journalist_arrested_by_rsf", "اعتقل صحفي سوداني على يد قوات الدعم السريع في الفاشر.",
     "COERCE", "173", "SDN/REB", "SDN/MED"},
    {"turkish_engineer_abducted_by_gunmen", "اختطف مهندس تركي من قبل مسلحين مجهولين في طرابلس.",
     "ASSAULT", "181", "*/UAF", "TUR/*"},
    {"guard_israeli_soldiers_abducted_by_hamas", "اختطف جنديان إسرائيليان على يد مقاتلين من حركة حماس قرب غزة.",
     "ASSAULT", "181", "PSE/REB", "ISR/MIL"},
    {"guard_yemeni_activist_arrested_by_houthis", "اعتقل ناشط حقوقي يمني من قبل جماعة الحوثي في صنعاء.",
     "COERCE", "173", "YEM/REB", "YEM/*"},
    {"guard_egyptian_fishermen_abducted_libya", "اختطف صيادون مصريون على يد مسلحين في شرق ليبيا.",
     "ASSAULT", "181", "*/UAF", "EGY/*"},
    {"guard_iran_journalists_arrested_by_security", "اعتقل ثلاثة صحفيين أجانب من قبل قوات الأمن الإيرانية في طهران.",
     "COERCE", "173", "IRN/COP", "*/MED"},
    {"guard_libyan_doctor_abducted_by_gunmen", "خطف طبيب ليبي على أيدي مسلحين في بنغازي.",
     "ASSAULT", "181", "*/UAF", "LBY/*"},
    {"guard_turkish_citizen_abducted_by_shabaab", "اختطف مواطن تركي في العاصمة الصومالية على يد مسلحين من حركة الشباب.",
     "ASSAULT", "181", "SOM/REB", "TUR/*"},
    {"french_engineer_abducted_in_niger", "اختطف مهندس فرنسي على يد مسلحين في شمال النيجر.",
     "ASSAULT", "181", "*/UAF", "FRA/*"},
    // 6. Employees of an organisation: the organisation's actor.
    {"gunmen_abducted_un_employee", "اختطف مسلحون موظفا أمميا في ولاية جونقلي بجنوب السودان.",
     "ASSAULT", "181", "*/UAF", "/IGO"},
    {"guard_un_employees_killed_rafah", "قتل ثلاثة موظفين في الأمم المتحدة في غارة إسرائيلية على رفح.",
     "ASSAULT", "", "ISR/*", "/IGO"},
    {"guard_houthis_detained_un_employees", "اعتقلت جماعة الحوثي عشرة موظفين أمميين في صنعاء.",
     "COERCE", "173", "YEM/REB", "/IGO"},
    {"guard_gunmen_killed_red_cross_workers", "قتل مسلحون عمال إغاثة تابعين للصليب الأحمر في شمال دارفور.",
     "ASSAULT", "", "*/UAF", "/NGO"},
    {"guard_rsf_detained_wfp_staff", "احتجزت قوات الدعم السريع موظفين تابعين لبرنامج الأغذية العالمي في الجنينة.",
     "COERCE", "173", "SDN/REB", "/IGO"},
    {"guard_unrwa_employee_wounded_khan_younis", "أصيب موظف في وكالة الأونروا بقصف إسرائيلي على خان يونس.",
     "ASSAULT", "", "ISR/*", "/IGO"},
    {"two_un_employees_killed_south_sudan", "قتل موظفان أمميان في هجوم على قافلة إغاثة في جنوب السودان.",
     "ASSAULT", "", nullptr, "/IGO"},
    {"guard_houthis_detained_unicef_employee", "اعتقلت قوات الأمن الحوثية موظفة في منظمة اليونيسف في صنعاء.",
     "COERCE", "173", "YEM/*", "/IGO"},
    {"guard_gunmen_abducted_msf_staff", "خطف مسلحون موظفين تابعين لمنظمة أطباء بلا حدود في شمال دارفور.",
     "ASSAULT", "181", "*/UAF", "/NGO"},
    // 1. Machines of war with their nationality, the subject before the verb after أن (args26's pending rows).
    {"turkish_aircraft_after_inna", "قالت مصادر محلية إن طائرات تركية قصفت مواقع لحزب العمال الكردستاني في شمال العراق.",
     "ASSAULT", "", "TUR/MIL", "TUR/REB"},
    {"guard_israeli_warplanes_after_anna", "أكد شهود عيان أن طائرات حربية إسرائيلية قصفت منزلا في بلدة بنت جبيل.",
     "ASSAULT", "", "ISR/MIL", nullptr},
    {"guard_definite_russian_aircraft_after_anna", "أفاد ناشطون بأن الطائرات الروسية قصفت مواقع للفصائل المسلحة في ريف حماة.",
     "ASSAULT", "", "RUS/MIL", "SYR/REB"},
    // 2. and 5.: pending in session 28, right since session 29 (args29): the province in construct gives the
    // police chief its state; the participle of accusation is read (triggers.tsv, word_kinds.tsv accusing).
    {"bomb_before_basra_police_chief_house", "انفجرت عبوة ناسفة أمام منزل قائد شرطة محافظة البصرة.",
     "ASSAULT", "", nullptr, "IRQ/COP"},
    {"saudi_minister_accusing_iran", "هاجم وزير الخارجية السعودي إيران متهما إياها بدعم الحوثيين.",
     "ACCUSE", "112", "SAU/GOV", "IRN/*"},
    {"sudan_government_accusing_uae", "انتقدت الحكومة السودانية الإمارات متهمة إياها بتسليح قوات الدعم السريع.",
     "ACCUSE", "112", "SDN/GOV", "ARE/*"},
    {"hamas_withdrew_accusing_israel", "انسحبت حركة حماس من المفاوضات، متهمة إسرائيل بخرق الهدنة.",
     "ACCUSE", "112", "PSE/REB", "ISR/*"},
    {"lebanese_army_condemned_accusing_israel", "أدان الجيش اللبناني الغارة، متهما إسرائيل بانتهاك السيادة اللبنانية.",
     "ACCUSE", "112", "LBN/MIL", "ISR/*"},
    {"ukraine_president_accusing_russia", "ندد الرئيس الأوكراني بالهجوم، متهما روسيا باستهداف المدنيين عمدا.",
     "ACCUSE", "112", "UKR/GOV", "RUS/*"},
    {"somali_president_criticism_accusing_ethiopia", "وجه الرئيس الصومالي انتقادات حادة لإثيوبيا متهما إياها بالتدخل في شؤون بلاده.",
     "ACCUSE", "112", "SOM/GOV", "ETH/*"},
    {"yemen_government_suspended_accusing_houthis", "علقت الحكومة اليمنية مشاركتها في المحادثات، متهمة الحوثيين بعرقلة تنفيذ الاتفاق.",
     "ACCUSE", "112", "YEM/GOV", "YEM/REB"},
    // Moved from kPending (session 30): after the main verb's definite object, no comma is needed.
    {"somali_government_accusing_ethiopia", "رفضت الحكومة الصومالية الاتفاق متهمة إثيوبيا بانتهاك سيادة البلاد.",
     "ACCUSE", "112", "SOM/GOV", "ETH/*"},
};

class Args28Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args28Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args28Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 28): each row passes while the
// reading is missing and fails once it is produced, to be moved to kCases then.
const ProbeRow kPending[] = {
    // 3. (No doer named: the protest's reason, احتجاجا على, still gives the arrested as its target.)
    {"protest_arrest_of_activists_not_their_doing", "تظاهر مئات السودانيين في أم درمان احتجاجا على اعتقال الناشطين.",
     "PROTEST", "", "SDN/*", ""},
};

class Args28PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args28PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args28PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
