// Who did what to whom, and how many fell, in wire-style sentences written for this table (none copied from a
// corpus), on what session 50 (args50) worked on, one class of readings per block (the numbers of the brief):
// 1. a partitive count of the dead or hurt with a bound (قتل ٢٠ على الأقل من الجنود الماليين، قتل أكثر من ٣٠ من الجنود،
//    ما لا يقل عن ١٥ من أفراد الشرطة، مقتل ١٢ على الأقل من المدنيين): the people after the count's من are the
//    victims, the target; the bound (أكثر من، ما لا يقل عن before the number, على الأقل after it) is part of the
//    count, and its من or عن is no preposition;
// 2. attackers described by the group they are of (مسلحون من جماعة «أنصار الإسلام»، مقاتلون ينتمون إلى حركة
//    الشباب): the group, in quotation marks after its head noun or after a word of affiliation, is the doer (the
//    source), and the object after it the target;
// 3. a protest noun after لـ that a crowd counted alone went out for (خرج المئات للتظاهر ضد الحكومة): the crowd is its
//    doer, civilians of the state where it gathers;
// 4. a participle of demanding after a protest (تظاهر الآلاف في الخرطوم مطالبين بتنحي قائد الجيش): the demand is the
//    protesters', a crowd counted alone too, made of the one named after it or of the one whose concession it demands.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR" (a group of no country of its own takes that of the state it acts in); "*" in either part accepts any value; "" is no actor; nullptr is
// not checked. Rows named guard_ passed before the session's changes and keep the readings they protect; every other
// row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

// 1. A partitive count of the dead or hurt: one event, its victims the people after من, its count theirs.
class Args50PartitiveTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args50PartitiveTest, CodesTheCountedPeopleAsVictims) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kPartitives[] = {
    {"at_least_twenty_of_malian_soldiers_killed_near_timbuktu",
     "قتل ٢٠ على الأقل من الجنود الماليين قرب مدينة تمبكتو شمال البلاد.", 1, "19", nullptr, "MLI/MIL", 20, -1},
    {"shelling_killed_at_least_twelve_of_civilians_idlib", "أسفر القصف عن مقتل ١٢ على الأقل من المدنيين في ريف إدلب.", 1,
     "19", nullptr, "SYR/CVL", 12, -1},
    {"more_than_thirty_of_nigerian_soldiers_killed_borno", "قتل أكثر من ٣٠ من الجنود النيجيريين في ولاية بورنو.", 1, "19",
     nullptr, "NGA/MIL", 30, -1},
    {"no_fewer_than_fifteen_of_somali_police_killed_mogadishu",
     "قتل ما لا يقل عن ١٥ من أفراد الشرطة الصومالية في العاصمة مقديشو.", 1, "19", nullptr, "SOM/COP", 15, -1},
    {"at_least_twelve_of_iraqi_policemen_wounded_south_of_baghdad",
     "أصيب ١٢ على الأقل من رجال الشرطة العراقية جنوب بغداد.", 1, "19", nullptr, "IRQ/COP", -1, 12},
    {"attack_killed_at_least_twenty_five_of_sudanese_army_el_fasher",
     "أدى الهجوم إلى مقتل ٢٥ على الأقل من عناصر الجيش السوداني في مدينة الفاشر.", 1, "19", nullptr, "SDN/MIL", 25, -1},
    {"more_than_forty_of_afghan_soldiers_killed_kandahar", "قتل أكثر من ٤٠ من الجنود الأفغان في ولاية قندهار.", 1, "19",
     nullptr, "AFG/MIL", 40, -1},
    {"guard_twenty_of_malian_soldiers_killed_near_timbuktu", "قتل ٢٠ من الجنود الماليين قرب مدينة تمبكتو.", 1, "19",
     nullptr, "MLI/MIL", 20, -1},
    {"guard_about_forty_of_kenyan_police_killed_mandera", "قتل نحو ٤٠ من عناصر الشرطة الكينية في مقاطعة مانديرا.", 1,
     "19", nullptr, "KEN/COP", 40, -1},
    {"guard_at_least_before_the_count_afghan_soldiers", "قتل على الأقل ١٠ من الجنود الأفغان في ولاية قندهار.", 1, "19",
     nullptr, "AFG/MIL", 10, -1},
    {"guard_shelling_killed_twelve_civilians_at_least_idlib", "أسفر القصف عن مقتل ١٢ مدنيا على الأقل في ريف إدلب.", 1,
     "19", nullptr, "SYR/CVL", 12, -1},
    {"guard_shelling_killed_dozens_of_civilians_khan_younis", "أسفر القصف عن مقتل العشرات من المدنيين في خان يونس.", 1,
     "19", nullptr, "PSE/CVL", 0, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args50PartitiveTest, ::testing::ValuesIn(kPartitives),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

class Args50Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args50Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 2. Attackers described by their group: the group is the doer, the object after it the target.
    {"gunmen_of_jnim_in_quotes_attacked_malian_army_base",
     "هاجم مسلحون من جماعة «نصرة الإسلام والمسلمين» قاعدة للجيش المالي قرب مدينة موبتي.", "ASSAULT", "19", "MLI/REB",
     "MLI/MIL"},
    {"gunmen_of_ttp_in_quotes_targeted_police_station_peshawar",
     "استهدف مسلحون من حركة «طالبان باكستان» مركزا للشرطة في مدينة بيشاور.", "ASSAULT", "19", "PAK/REB", "PAK/COP"},
    {"guard_fighters_belonging_to_shabaab_attacked_somali_army_base",
     "هاجم مقاتلون ينتمون إلى حركة الشباب قاعدة للجيش الصومالي في إقليم شبيلي السفلى.", "ASSAULT", "19", "SOM/REB",
     "SOM/MIL"},
    {"guard_gunmen_belonging_to_isis_attacked_iraqi_army_checkpoint",
     "هاجم مسلحون ينتمون لتنظيم داعش حاجزا للجيش العراقي في محافظة كركوك.", "ASSAULT", "19", "IRQ/REB", "IRQ/MIL"},
    {"guard_gunmen_belonging_to_boko_haram_stormed_village_borno", "اقتحم مسلحون ينتمون إلى جماعة بوكو حرام قرية في ولاية بورنو.",
     "ASSAULT", "19", "NGA/REB", "NGA/CVL"},
    {"gunmen_affiliated_with_hts_attacked_syrian_army_positions",
     "هاجم مسلحون منتمون لهيئة تحرير الشام مواقع للجيش السوري في ريف إدلب.", "ASSAULT", "19", "SYR/REB", "SYR/MIL"},
    {"gunmen_of_hts_in_quotes_attacked_syrian_army_positions",
     "هاجم مسلحون من «هيئة تحرير الشام» مواقع للجيش السوري في ريف إدلب.", "ASSAULT", "19", "SYR/REB", "SYR/MIL"},
    {"gunmen_of_boko_haram_in_quotes_abducted_schoolgirls_borno",
     "خطف مسلحون من جماعة «بوكو حرام» عشرات الطالبات من مدرسة في ولاية بورنو.", "ASSAULT", "181", "NGA/REB", "NGA/*"},
    // (Burkina Faso's Ansarul Islam, BFA/REB: lexicon/actors has only Iraq's Ansar al-Islam, IRQ/REB, so the row
    // asks for a group of any country.)
    {"gunmen_of_ansar_islam_in_quotes_attacked_police_post_burkina",
     "هاجم مسلحون من جماعة «أنصار الإسلام» نقطة للشرطة في شمال بوركينا فاسو.", "ASSAULT", "19", "*/REB", "BFA/COP"},
    {"guard_gunmen_of_shabaab_attacked_somali_army_base", "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي قرب مقديشو.",
     "ASSAULT", "19", "SOM/REB", "SOM/MIL"},
    {"guard_gunmen_attacked_members_of_the_police_zamfara", "هاجم مسلحون عناصر من الشرطة في ولاية زمفرا.", "ASSAULT", "19",
     "*/UAF", "*/COP"},
    {"guard_gunmen_of_rival_tribe_attacked_village_jonglei", "هاجم مسلحون من قبيلة منافسة قرية في ولاية جونقلي.",
     "ASSAULT", "19", "SSD/UAF", "SSD/CVL"},
    {"guard_members_of_isis_attacked_iraqi_army_checkpoint", "هاجم عناصر من تنظيم داعش حاجزا للجيش العراقي في كركوك.",
     "ASSAULT", "19", "IRQ/REB", "IRQ/MIL"},
    // 3. A protest noun after لـ that a crowd counted alone went out for: the crowd is its doer (civilians of the state
    // where it gathers), what it protests against its target.
    {"hundreds_went_out_to_demonstrate_against_government", "خرج المئات للتظاهر ضد الحكومة في العاصمة.", "PROTEST", "14",
     "*/CVL", "*/GOV"},
    {"thousands_went_out_in_khartoum_to_demonstrate", "خرج الآلاف في الخرطوم للتظاهر ضد الحكم العسكري.", "PROTEST", "14",
     "SDN/CVL", nullptr},
    {"thousands_went_out_to_demonstrate_against_saied_tunis", "خرج آلاف للتظاهر ضد الرئيس قيس سعيد في تونس.", "PROTEST",
     "14", "TUN/CVL", "TUN/*"},
    {"dozens_went_out_to_sit_in_before_government_seat_baghdad", "خرج العشرات للاعتصام أمام مقر الحكومة في بغداد.",
     "PROTEST", "14", "IRQ/CVL", nullptr},
    {"hundreds_went_out_to_demonstrate_against_government_hasakah", "وخرج المئات للتظاهر ضد الحكومة في مدينة الحسكة.",
     "PROTEST", "14", "SYR/CVL", "SYR/GOV"},
    {"guard_dozens_went_out_to_protest_power_cuts_basra", "خرج العشرات للاحتجاج على انقطاع الكهرباء في مدينة البصرة.",
     "PROTEST", "14", "IRQ/CVL", nullptr},
    {"guard_president_went_out_no_crowd", "خرج الرئيس من المستشفى بعد أيام من العلاج.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    // 4. A participle of demanding after a protest (مطالبين): the demand is the protesters' (a crowd counted alone
    // too), made of the one named after it or of the one whose concession it demands.
    {"thousands_demonstrated_khartoum_demanding_army_chief_step_down", "تظاهر الآلاف في الخرطوم مطالبين بتنحي قائد الجيش.",
     "REQUEST", "10", "SDN/CVL", "*/MIL"},
    {"hundreds_demonstrated_baghdad_demanding_government_electricity",
     "تظاهر المئات في بغداد مطالبين الحكومة بتوفير الكهرباء.", "REQUEST", "10", "IRQ/CVL", "IRQ/GOV"},
    {"students_demonstrated_dhaka_demanding_prime_minister_resign",
     "تظاهر طلاب الجامعات في داكا مطالبين باستقالة رئيسة الوزراء.", "REQUEST", "10", "BGD/EDU", "BGD/GOV"},
    {"thousands_went_out_algiers_demanding_regime_leave", "خرج الآلاف في الجزائر مطالبين برحيل النظام.", "REQUEST", "10",
     "DZA/CVL", nullptr},
    {"guard_protest_khartoum_against_army_chief_whose_stepping_down_is_demanded",
     "تظاهر الآلاف في الخرطوم مطالبين بتنحي قائد الجيش.", "PROTEST", "14", "SDN/CVL", "*/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args50Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings pending at session 50's end, read since: نزل الآلاف للتظاهر (tests/unit/coder_args51_test.cc) and حركة
// «الشباب», once read as the youth, the movement (tests/unit/places51_test.cc).

}  // namespace
}  // namespace rasad
