// Who the actors are (session 42, actors42): families of actors the dictionaries did not name, found among the actor
// misses of the GSR and held-out golds and added as classes, not as the words of those sentences:
// 1. foreigners of no stated nationality (ثلاثة أجانب، القوات الأجنبية، عمال أجانب، مقاتلون أجانب): the pseudo code INT
//    (countries.tsv), with the sector of the noun they qualify; as every pseudo code it gives no country (the record's
//    country is ISO 3166-1 or null), nor do they take the country of the place; a stated nationality wins;
// 2. the duals of the armed-group phrases (مجموعتين مسلحتين): UAF;
// 3. police and security officers (ضابط شرطة، ضابطا أمن: COP, not ضابط's MIL) and the heads of a city's or province's
//    security, a police station and a prison (مدير أمن، مأمور قسم، مدير السجن): COP;
// 4. deans (عميد كلية): EDU; community and social leaders (زعيم مجتمعي، قادة اجتماعيون): ELI; a two-word agent phrase whose
//    noun is a definite broken plural in ة (القادة الاجتماعيون، الطلبة الجامعيون) is read whole (entity_recognizer.cc);
// 5. the public of shops, markets and beaches (متسوقون، زبائن، مصطافون) and nationals abroad (رعايا): CVL;
//    contractors named by their contract (متعاقدون): BUS;
// 6. positions (مواقع) owned by a state (مواقع إسرائيلية): that state's military (MIL?), as a state's sniper is.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using testing::TestEngine;

class Actors42Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors42Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Foreigners (the pseudo code INT: no country), with the sector of the noun the adjective qualifies.
    {"abducted_foreign_workers_niger_delta", "خطف مسلحون ثلاثة عمال أجانب من موقع لشركة نفطية في ولاية دلتا النيجيرية.",
     "ASSAULT", "18", "*/UAF", "/LAB"},
    {"foreign_forces_shelled_village_helmand", "قصفت القوات الأجنبية قرية في ولاية هلمند جنوب أفغانستان.", "ASSAULT", "19",
     "/MIL", "AFG/*"},
    {"foreign_soldiers_wounded_by_roadside_bomb", "أصيب أربعة جنود أجانب بجروح في انفجار عبوة ناسفة قرب مدينة قندهار.",
     "ASSAULT", "18", nullptr, "/MIL"},
    {"two_foreign_tourists_killed_in_south", "قتل مسلحون مجهولون سائحين أجنبيين في منطقة جبلية جنوب الجزائر.", "ASSAULT",
     "19", "*/UAF", "/CVL"},
    {"foreign_fighters_attacked_army_positions", "هاجم مقاتلون أجانب مواقع للجيش السوري في ريف إدلب الجنوبي.", "ASSAULT",
     "19", "/UAF", "SYR/MIL"},
    {"three_foreigners_killed_in_kabul_hotel_attack", "قتل ثلاثة أجانب في هجوم مسلح على فندق في العاصمة الأفغانية كابول.",
     "ASSAULT", "19", nullptr, "/*"},
    {"foreign_nationals_abducted_north_mali", "خطف مسلحون رعايا أجانب قرب مدينة تمبكتو شمال مالي.", "ASSAULT", "18", "*/UAF",
     "/CVL"},
    // 1. A stated nationality is the actor's country.
    {"guard_british_employee_abducted_port_harcourt", "خطف مسلحون موظفا بريطانيا في مدينة بورت هاركورت النيجيرية.",
     "ASSAULT", "18", "*/UAF", "GBR/LAB"},
    {"guard_workers_protest_sale_to_foreign_investor",
     "تظاهر مئات العمال في مدينة صفاقس احتجاجا على بيع مصنعهم لمستثمر أجنبي.", "PROTEST", "14", "TUN/LAB", nullptr},
    // 3. Police and security officers and chiefs: COP.
    {"police_officer_shot_dead_arish", "قتل ضابط شرطة برصاص مسلحين مجهولين في مدينة العريش.", "ASSAULT", "19", "*/UAF",
     "EGY/COP"},
    {"two_security_officers_wounded_mosul_checkpoint", "أصيب ضابطا أمن في هجوم شنه مسلحون على حاجز تفتيش في الموصل.",
     "ASSAULT", "19", "*/UAF", "IRQ/COP"},
    {"gunmen_assassinated_lahj_security_chief", "اغتال مسلحون مدير أمن محافظة لحج في مدينة الحوطة.", "ASSAULT", "186",
     "*/UAF", "YEM/COP"},
    // (The prisoners' country is not inferred from the town: a coder matter; the row is about the target.)
    {"prisoners_assaulted_prison_director_tripoli_lebanon", "اعتدى سجناء بالضرب على مدير السجن في مدينة طرابلس اللبنانية.",
     "ASSAULT", "180", "*/CVL", "LBN/COP"},
    // 3. An officer of the army stays the army's.
    {"guard_army_officer_killed_by_sniper", "قتل ضابط في الجيش برصاص قناص في مدينة دير الزور.", "ASSAULT", "19", nullptr,
     "SYR/MIL"},
    // 4. Deans and community leaders.
    {"security_forces_arrested_law_dean_khartoum", "اعتقلت قوات الأمن عميد كلية القانون في جامعة الخرطوم.", "COERCE",
     "173", "SDN/COP", "SDN/EDU"},
    {"gunmen_killed_social_leader_michoacan", "قتل مسلحون قائدا اجتماعيا في ولاية ميتشواكان المكسيكية.", "ASSAULT", "19",
     "*/UAF", "MEX/ELI"},
    {"two_community_leaders_abducted_zamfara", "خطف مسلحون زعيمين مجتمعيين في ولاية زامفارا شمال غرب نيجيريا.", "ASSAULT",
     "18", "*/UAF", "NGA/ELI"},
    // 4. The definite phrase, whose noun is a broken plural in ة (القادة): it was cut before its adjective, as a feminine
    // singular before a sound plural is (اتهمت الحكومة الحوثيين), until the recognizer kept a two-word agent phrase whole.
    {"gunmen_killed_two_of_the_social_leaders_guerrero", "قتل مسلحون اثنين من القادة الاجتماعيين في ولاية غيريرو المكسيكية.",
     "ASSAULT", "19", "*/UAF", "MEX/ELI"},
    // 4. Teachers under contract (Morocco) are teachers.
    {"guard_contract_teachers_protest_rabat", "نظم الأساتذة المتعاقدون وقفة احتجاجية أمام مقر البرلمان في الرباط.", "PROTEST",
     "14", "MAR/EDU", nullptr},
    // 5. Shoppers, holidaymakers: civilians; contractors: business.
    {"gunman_fired_on_shoppers_texas", "أطلق مسلح النار على متسوقين في مدينة إل باسو الأمريكية.", "ASSAULT", "19", "USA/*",
     "USA/CVL"},
    {"holidaymakers_wounded_in_beach_attack_sousse", "أصيب مصطافون في هجوم مسلح على شاطئ بمدينة سوسة التونسية.", "ASSAULT",
     "19", nullptr, "TUN/CVL"},
    {"four_american_contractors_killed_falluja", "قتل مسلحون أربعة متعاقدين أمريكيين في مدينة الفلوجة.", "ASSAULT", "19",
     "*/UAF", "USA/BUS"},
    {"turkish_contractor_abducted_kirkuk", "خطف مسلحون متعاقدا تركيا يعمل في مشروع بناء قرب كركوك.", "ASSAULT", "18", "*/UAF",
     "TUR/BUS"},
    // 6. A state's positions are its military.
    {"hezbollah_targeted_israeli_positions", "استهدف حزب الله مواقع إسرائيلية في مزارع شبعا بصواريخ موجهة.", "ASSAULT", "19",
     "LBN/REB", "ISR/MIL"},
    {"guard_army_shelled_positions_of_factions", "قصف الجيش السوري مواقع للفصائل المسلحة في ريف إدلب.", "ASSAULT", "19",
     "SYR/MIL", "SYR/REB"},
    // 1. Hostages among foreigners (الرهائن من الأجانب): civilians of no country, not of the place's state. (Pending while
    // foreigners were output as INT; foreigners give no country since the lead's review of session 42.)
    {"hostages_among_foreigners_seized", "احتجز مسلحون عشرات الرهائن من الأجانب في منشأة للغاز جنوب الجزائر.", "ASSAULT",
     "18", "*/UAF", "/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Actors42Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The mentions themselves, each class with its forms (span, country, sector).
const testing::DatedActor kMentions[] = {
    {"2024-05-10", "أفرج الخاطفون عن ثلاثة أجانب بعد أسبوعين.", "أجانب", "", ""},
    {"2024-05-10", "قتل 12 أجنبيا في الهجوم على الفندق.", "أجنبيا", "", ""},
    {"2024-05-10", "طالبت الحكومة بانسحاب القوات الأجنبية من البلاد.", "القوات الأجنبية", "", "MIL"},
    {"2024-05-10", "اعتقلت الشرطة صحفيين أجانب في العاصمة.", "صحفيين أجانب", "", "MED"},
    {"2024-05-10", "طردت الحكومة دبلوماسيا أجنبيا من البلاد.", "دبلوماسيا أجنبيا", "", "GOV"},
    {"2024-05-10", "عبر المقاتلون الأجانب الحدود إلى سوريا.", "المقاتلون الأجانب", "", "UAF"},
    {"2024-05-10", "خطف مسلحون سائحا فرنسيا في الصحراء.", "سائحا فرنسيا", "FRA", "CVL"},  // guard
    {"2024-05-10", "وقعت مواجهات بين جماعتين مسلحتين قرب المدينة.", "جماعتين مسلحتين", "", "UAF"},
    {"2024-05-10", "قال ضابط شرطة إن المهاجمين فروا.", "ضابط شرطة", "", "COP"},
    {"2024-05-10", "قال مدير أمن البصرة إن الوضع تحت السيطرة.", "مدير أمن البصرة", "IRQ", "COP"},
    {"2024-05-10", "أوقف مأمور القسم المتهمين.", "مأمور القسم", "", "COP"},
    {"2024-05-10", "قال مفوض الشرطة في ولاية كانو إن الهجوم أحبط.", "مفوض الشرطة", "", "COP"},
    {"2024-05-10", "قال مدير شرطة كركوك إن الانفجار وقع صباحا.", "مدير شرطة كركوك", "IRQ", "COP"},  // guard
    {"2024-05-10", "استقال عميد كلية الطب احتجاجا على القرار.", "عميد كلية", "", "EDU"},
    {"2024-05-10", "قال رئيس جامعة بغداد إن الدوام مستمر.", "رئيس جامعة بغداد", "IRQ", "EDU"},  // guard
    {"2024-05-10", "اجتمع زعماء مجتمعيون مع ممثلي الحكومة.", "زعماء مجتمعيون", "", "ELI"},
    {"2024-05-10", "قتل أكثر من مئة قائد اجتماعي منذ بداية العام.", "قائد اجتماعي", "", "ELI"},
    // Two-word agent phrases whose noun is a definite broken plural in ة: one mention, not the noun alone.
    {"2024-05-10", "اجتمع القادة المجتمعيون مع المحافظ.", "القادة المجتمعيون", "", "ELI"},
    {"2024-05-10", "اعتصم الأساتذة المتعاقدون أمام الوزارة.", "الأساتذة المتعاقدون", "", "EDU"},
    {"2024-05-10", "قال الطلبة الجامعيون إنهم سيواصلون الإضراب.", "الطلبة الجامعيون", "", "EDU"},
    {"2024-05-10", "طردت البلدية الباعة المتجولين من الساحة.", "الباعة المتجولين", "", "BUS"},
    // (A feminine singular before a sound plural is still no phrase: the government, and the Houthis apart.)
    {"2024-05-10", "اتهمت الحكومة الحوثيين بخرق الهدنة.", "الحكومة", "", "GOV"},  // guard
    // (The leaders of the international community are no community leaders: the role noun alone, of no sector.)
    {"2024-05-10", "دعا قادة المجتمع الدولي إلى وقف إطلاق النار.", "قادة", "", ""},  // guard
    {"2024-05-10", "هرع المتسوقون إلى الخارج بعد الانفجار.", "المتسوقون", "", "CVL"},
    {"2024-05-10", "أصيب زبائن المقهى بحالة من الذعر.", "زبائن", "", "CVL"},
    {"2024-05-10", "دعت السفارة رعاياها إلى مغادرة البلاد.", "رعاياها", "", "CVL"},
    {"2024-05-10", "قتل متعاقدون في هجوم على القاعدة.", "متعاقدون", "", "BUS"},
    {"2024-05-10", "قصفت المدفعية مواقع روسية قرب المدينة.", "مواقع روسية", "RUS", "MIL"},
    {"2024-05-10", "نشرت مواقع إخبارية سورية صور الدمار.", "مواقع إخبارية سورية", "SYR", "MED"},  // guard
};

TEST(LexiconActors42Test, FamiliesOfActors) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kMentions);
}

// Neighbours that must name no one: the adjective أجنبي after an abstract noun, the contracting parties and positions
// with no owner.
const testing::NotActor kNotActors[] = {
    {"ارتفعت احتياطيات البنك المركزي من العملات الأجنبية.", "الأجنبية"},  // guard
    {"رفض البرلمان التدخل الأجنبي في شؤون البلاد.", "الأجنبي"},           // guard
    {"وقع الطرفان المتعاقدان على ملحق للعقد.", "المتعاقدان"},             // guard
    {"التزمت الشركة المتعاقدة بموعد التسليم.", "المتعاقدة"},              // guard
    {"قصفت الطائرات مواقع في المنطقة الجبلية.", "مواقع"},                  // guard
};

TEST(LexiconActors42Test, NeighboursNameNoOne) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectNoActors(engine, kNotActors, "2024-05-10");
}

// (The pending clash between two armed groups named by one dual is read since session 55: coder_actors55_test.cc.)

}  // namespace
}  // namespace rasad
