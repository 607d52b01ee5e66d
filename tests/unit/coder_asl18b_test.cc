// The doer of a strike named by its machine of war (session 64, asl18b): a machine of war (a drone, an aircraft,
// artillery, tanks, gunboats) in the genitive of a noun of striking is what struck, never what was hit, so the
// nationality after it is the doer's state, of the strike and of the killing or the wounding it is the means of.
// Wire-style sentences written for this table (none copied from a corpus or a gold set), one class per block:
// 1. the means of a killing or a wounding after بـ: بقصف مسيرة تركية، بقصف طائرة مسيرة روسية، بقصف مدفعية روسية،
//    بغارة طائرة حربية أمريكية، بقصف زوارق إسرائيلية: the machine's state is the doer of the killing;
// 2. the shelling itself in a headline, its machine in its genitive (قصف مسيرة تركية على بلدة), and a storming by
//    machines (اقتحام آليات إسرائيلية لبلدة): the machine's state is the doer, the place hit the target;
// guards: a machine destroyed or shot down is what was hit (تدمير دبابة روسية), a nationality adjective on the strike
// noun itself (غارة روسية تقتل) and on an adjective of the strike (قصف مدفعي روسي) keep their doer;
// 3. people of a known group or force opening a headline (مسلحون من حركة الشباب يهاجمون، عناصر من حزب الله يطلقون), the
//    group specified by من right before a plural verb: they are the headline's subject (its present verb is news) and
//    the group the doer (the plural verb agrees with them, so the noun after it is its object);
// 4. pending: a building after قرب is where, not whom; a group of no country as that partitive (عناصر من الشرطة
//    يخطفون); a missile's nationality; a drone shot down by a phrase of its own (see kPending).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Asl18bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Asl18bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The machine's nationality in the means of a killing or a wounding is the doer's.
    {"civilians_killed_by_a_turkish_drone_shelling_a_village",
     "مقتل ثلاثة مدنيين بقصف مسيرة تركية على قرية في ريف الحسكة", "ASSAULT", "19", "TUR/*", "SYR/*"},
    {"civilians_killed_by_a_russian_drone_shelling",
     "مقتل خمسة مدنيين بقصف طائرة مسيرة روسية على قرية في ريف خاركيف", "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"people_killed_by_russian_artillery_shelling_a_city",
     "مقتل ستة أشخاص بقصف مدفعية روسية على مدينة خيرسون", "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"civilians_wounded_by_a_ukrainian_drone_shelling_a_russian_town",
     "إصابة ثلاثة مدنيين بقصف مسيرة أوكرانية على بلدة في مقاطعة بيلغورود", "ASSAULT", "19", "UKR/*", "RUS/*"},
    {"a_child_killed_by_israeli_tanks_shelling_a_camp",
     "مقتل طفل بقصف دبابات إسرائيلية على مخيم البريج", "ASSAULT", "19", "ISR/*", "PSE/*"},
    {"civilians_killed_in_a_turkish_drone_shelling_after_fi",
     "مقتل أربعة مدنيين في قصف مسيرة تركية على قرية قرب عين العرب", "ASSAULT", "19", "TUR/*", "SYR/*"},
    // 2. The shelling or the storming itself, its machine in its genitive.
    {"a_turkish_drone_shelling_told_as_a_cause",
     "أسفر قصف مسيرة تركية على قرية قرب منبج عن مقتل مدنيين", "ASSAULT", "19", "TUR/*", "SYR/*"},
    {"israeli_vehicles_storming_a_town", "اقتحام آليات إسرائيلية لبلدة قباطية جنوب جنين", "ASSAULT", "19", "ISR/*",
     "PSE/*"},
    {"guard_a_turkish_drone_shelling_a_town_with_a_toll",
     "قصف مسيرة تركية على بلدة في ريف الحسكة يوقع قتيلين", "ASSAULT", "19", "TUR/*", "SYR/*"},
    {"guard_fishermen_wounded_by_israeli_gunboats_shelling",
     "إصابة صيادين اثنين بقصف زوارق إسرائيلية قبالة ساحل خان يونس", "ASSAULT", "19", "ISR/*", nullptr},
    {"guard_fighters_killed_by_an_american_warplane_strike",
     "مقتل أربعة مسلحين بغارة طائرة حربية أمريكية في جنوب الصومال", "ASSAULT", "19", "USA/*", "SOM/*"},
    {"guard_soldiers_killed_by_a_houthi_drone_shelling",
     "مقتل جنديين بقصف مسيرة حوثية على موقع في جازان", "ASSAULT", "19", "YEM/*", "SAU/*"},
    // Guards: a machine destroyed is what was hit; a nationality on the strike noun or on its adjective.
    {"guard_a_russian_tank_destroyed_is_the_target", "تدمير دبابة روسية في ريف خاركيف", "ASSAULT", "1", nullptr,
     "RUS/*"},
    {"guard_a_russian_strike_kills_civilians", "غارة روسية تقتل خمسة مدنيين في ريف إدلب", "ASSAULT", "19", "RUS/*",
     "SYR/*"},
    {"guard_russian_artillery_shelling_adjective", "مقتل ثلاثة مدنيين بقصف مدفعي روسي على قرية في ريف خاركيف",
     "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"guard_a_drone_strike_with_its_state_after_the_noun",
     "مقتل قيادي في حركة الشباب بغارة مسيرة أمريكية في جنوب الصومال", "ASSAULT", "19", "USA/*", nullptr},
    // 3. People of a known group or force (عناصر من، مسلحون من، جنود من) opening a headline before a plural verb: the
    // group is the doer, what follows the verb its object.
    {"gunmen_of_the_islamic_state_kill_soldiers",
     "مسلحون من تنظيم الدولة يقتلون عشرة جنود في ريف دير الزور", "ASSAULT", "19", "*/*", "SYR/*"},
    {"fighters_of_al_shabaab_kill_soldiers",
     "مقاتلون من حركة الشباب يقتلون ثمانية جنود في شبيلي السفلى", "ASSAULT", "19", "SOM/*", "SOM/*"},
    {"members_of_the_police_arrest_activists",
     "عناصر من الشرطة يعتقلون ناشطين في الخرطوم", "COERCE", "17", "SDN/*", "SDN/*"},
    {"soldiers_of_the_israeli_army_arrest_young_men",
     "جنود من الجيش الإسرائيلي يعتقلون ثلاثة شبان في نابلس", "COERCE", "17", "ISR/*", "PSE/*"},
    // (With no count after the verb, a headline's present verb needs that subject to be news.)
    {"gunmen_of_the_rsf_attack_a_village",
     "مسلحون من قوات الدعم السريع يهاجمون قرية في شمال دارفور", "ASSAULT", "19", "SDN/*", "SDN/*"},
    {"members_of_hezbollah_fire_rockets_at_the_galilee",
     "عناصر من حزب الله يطلقون صواريخ على الجليل الأعلى", "ASSAULT", "19", "LBN/*", "ISR/*"},
    {"gunmen_of_al_shabaab_execute_three_men",
     "مسلحون من حركة الشباب يعدمون ثلاثة رجال في جوبا السفلى", "ASSAULT", "18", "SOM/*", "SOM/*"},
    // Moved from coder_det18a_test's pending rows.
    {"members_of_al_shabaab_attack_a_somali_army_base",
     "عناصر من حركة الشباب يهاجمون قاعدة للجيش الصومالي في شبيلي السفلى", "ASSAULT", "19", "SOM/*", "SOM/*"},
    {"guard_gunmen_alone_storm_a_village", "مسلحون يقتحمون قرية في شمال دارفور", "ASSAULT", "19", "SDN/*", "SDN/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Asl18bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A building after بالقرب من (or قرب، بجوار، على مقربة من) is where a blast was, not whom it aimed at: the owner of
    // the embassy is read as the target (the "at" words of grammar.tsv make no difference between أمام and قرب).
    {"a_car_bomb_near_the_turkish_embassy_in_mogadishu",
     "انفجار سيارة مفخخة بالقرب من السفارة التركية في مقديشو", "ASSAULT", "18", nullptr, "SOM/*"},
    // The partitive of a group the dictionaries name with no country (الشرطة alone) is no headline subject: no event.
    {"members_of_the_police_abduct_activists",
     "عناصر من الشرطة يخطفون ناشطين في الخرطوم", "ASSAULT", "18", nullptr, nullptr},
    // A drone shot down by a phrase of its own (إسقاط مسيرة): its nationality is read as the doer, not the target.
    {"a_turkish_drone_shot_down_is_the_target", "إسقاط مسيرة تركية في ريف الحسكة", "ASSAULT", "1", nullptr, "TUR/*"},
    // A missile's nationality in the means of a killing (بصاروخ روسي): صاروخ is a munition, no strike noun, and the
    // killing takes no doer from it.
    {"people_killed_by_a_russian_missile_on_a_building",
     "مقتل ثلاثة أشخاص بصاروخ روسي على مبنى سكني في أوديسا", "ASSAULT", "19", "RUS/*", "UKR/*"},
};

class Asl18bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Asl18bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Asl18bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
