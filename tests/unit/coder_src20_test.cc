// Sources the coder left unread (session 66): the shapes of Arabic news in which an event's doer is told without a
// name of its own, beside the nearby shapes that must keep their reading. Wire-style sentences written for this table
// (none copied from a corpus or a gold set):
// 1. an armed attack (هجوم مسلح) whose doer the sentence names nowhere: unidentified armed men (UAF);
// 2. agent nouns of no sector of their own: snipers alone are unidentified armed men, a state's or a force's are its
//    own; guards (حراس) are of what or whom they guard; a goalkeeper is no guard;
// 3. الأمن after برصاص or بنيران: the security forces (of the place's state), not the abstract noun (read in
//    coder_src21_test.cc);
// 4. a subject with ومعها، ومعه ("and with it") and people after it: the first actor is the subject;
// 5. an attack noun closed by its own adjective (قصف مدفعي) and an armed force after لـ: the force did it;
// 6. a group of people in construct with a body qualified by its nationality (مؤيدو المعارضة الغينية): that country;
// 7. a protest with no doer and no state of its own in the sentence, after a dateline: the dateline's state.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ keep the readings near the new ones.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Src20Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Src20Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. An armed attack with no doer named.
    {"five_policemen_killed_in_an_armed_attack_near_mosul",
     "مقتل خمسة من رجال الشرطة في هجوم مسلح على نقطة تفتيش قرب مدينة الموصل", "ASSAULT", "", "*/UAF", nullptr},
    {"armed_attack_on_a_restaurant_in_ouagadougou", "هجوم مسلح على مطعم في واغادوغو", "ASSAULT", "", "*/UAF",
     nullptr},
    {"guard_armed_attack_of_al_shabaab_on_a_base", "هجوم مسلح لحركة الشباب على قاعدة عسكرية في مقديشو", "ASSAULT", "",
     "SOM/REB", nullptr},
    {"guard_an_attack_not_told_as_armed_keeps_no_doer", "هجوم على حاجز للجيش في شمال سيناء", "ASSAULT", "", "",
     nullptr},
    // 2. Snipers and guards.
    {"snipers_fire_on_a_funeral_in_daraa", "قناصة يطلقون النار على المشاركين في جنازة بمدينة درعا", "ASSAULT", "",
     "*/UAF", nullptr},
    {"a_sniper_killed_a_child_in_taiz", "قتل قناص طفلا في حي الروضة بمدينة تعز", "ASSAULT", "", "*/UAF", nullptr},
    {"guard_an_israeli_sniper_is_the_military", "قتل قناص إسرائيلي شابا في مخيم جنين", "ASSAULT", "", "ISR/MIL",
     nullptr},
    {"guard_the_armys_snipers_are_the_army", "أطلق قناصة الجيش النار على المحتجين في الخرطوم", "ASSAULT", "", "*/MIL",
     nullptr},
    {"guards_of_a_party_office_fired_on_protesters", "أطلق حراس مقر الحزب النار على المحتجين في السليمانية",
     "ASSAULT", "", "*/PTY", nullptr},
    {"a_protester_killed_by_the_ministers_guards", "قتل متظاهر برصاص حراس الوزير في بغداد", "ASSAULT", "", "*/GOV",
     nullptr},
    {"guard_a_goalkeeper_saves_a_penalty", "تصدى حارس المرمى لركلة جزاء في الدقيقة الأخيرة", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    {"security_guards_killed_at_a_hotel_in_mogadishu", "قتل ثلاثة حراس أمنيين في هجوم على فندق في مقديشو", "ASSAULT", "",
     nullptr, "SOM/COP"},
    {"guard_hurras_al_din_is_the_group", "هاجم تنظيم حراس الدين مواقع للجيش السوري في ريف إدلب", "ASSAULT", "",
     "SYR/REB", nullptr},
    // 3. الأمن after a noun of gunfire with its nationality.
    {"guard_iranian_security_fire_is_irans", "قتل ثلاثة شبان برصاص الأمن الإيراني في زاهدان", "ASSAULT", "",
     "IRN/COP", nullptr},
    // 4. A subject with ومعها.
    {"police_and_with_them_plainclothes_gunmen_attacked_the_sit_in",
     "قال شهود إن الشرطة ومعها مسلحون بلباس مدني هاجموا المعتصمين في ساحة المدينة", "ASSAULT", "", "*/COP",
     nullptr},
    {"army_forces_and_with_them_tribal_fighters_attacked_villages",
     "قوات الجيش ومعها مقاتلون قبليون هاجمت قرى في شمال دارفور", "ASSAULT", "", "SDN/MIL", nullptr},
    {"guard_plainclothes_gunmen_attacked_the_sit_in",
     "قال شهود إن مسلحين بلباس مدني هاجموا المعتصمين في ساحة المدينة", "ASSAULT", "", "*/UAF", nullptr},
    // 5. An attack noun closed by its adjective, then لـ and an armed force.
    {"army_artillery_shelling_hits_villages_of_idlib", "قصف مدفعي للجيش يطال قرى في ريف إدلب الجنوبي", "ASSAULT",
     "194", "*/MIL", nullptr},
    {"rsf_rocket_shelling_targets_el_fasher", "قصف صاروخي لقوات الدعم السريع يستهدف أحياء مدينة الفاشر", "ASSAULT",
     "", "SDN/*", nullptr},
    {"guard_artillery_shelling_of_army_positions", "قصف مدفعي لمواقع الجيش في ريف حماة الشمالي", "ASSAULT", "194",
     "", nullptr},
    // 6. A group in construct with a body of a nationality.
    {"supporters_of_the_guinean_opposition_demonstrated_in_paris",
     "تظاهر مئات من مؤيدي المعارضة الغينية أمام السفارة في باريس", "PROTEST", "14", "GIN/CVL", nullptr},
    {"guard_kidnappers_of_french_hostages_are_not_french", "طالب خاطفو الرهائن الفرنسيين بفدية كبيرة", "REQUEST", "",
     "/CRM", nullptr},
    {"guard_gunmen_attacked_the_egyptian_soldiers", "هاجم مسلحون الجنود المصريين قرب الحدود", "ASSAULT", "",
     "*/UAF", "EGY/MIL"},
    // 7. A protest after a dateline, with no state of its own in the sentence.
    {"nablus_dateline_marches_condemning_the_storming_of_a_mosque",
     "نابلس - مسيرات حاشدة تنديدا باقتحام المسجد الأقصى", "PROTEST", "14", "PSE/CVL", nullptr},
    {"guard_rabat_dateline_a_sit_in_is_read_as_its_place", "الرباط: وقفة احتجاجية أمام البرلمان تضامنا مع المعتقلين",
     "PROTEST", "14", "MAR/CVL", nullptr},
    {"guard_the_sentences_own_place_wins_over_the_dateline", "القاهرة: مسيرات في عمان تنديدا بالعدوان على غزة",
     "PROTEST", "14", "JOR/CVL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Src20Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
