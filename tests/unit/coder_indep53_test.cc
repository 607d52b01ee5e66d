// Readings found missing by the eighth independent gold set's error classes (session 53, helper indep), in wire-style
// sentences written for this table (none copied from a corpus or from the gold set), one class per block:
// 1. deaths and wounds in an accident named after a noun of kind (في حادث غرق قارب، بحادثة انهيار منزل) are no
//    attack, as right after في or بـ (في غرق قارب): the noun of kind (grammar.tsv classifier) names the same accident;
// 2. the offence of a conviction in the verbal noun with a pronoun (بعد إدانته بقتل جاره) and an offence after a part
//    taken in it (بعد إدانتهم بالمشاركة في احتجاجات، بتهمة المشاركة في أعمال شغب) is an act reported before: the
//    verdict or the arrest is the news (an accusation's part taken, اتهمت ... بالتورط في تفجير, stays alleged);
// 3. من طرف, the Maghreb's من قبل, introduces the doer of a passive or a verbal noun (قتل سائق من طرف مسلحين: the
//    gunmen are the source, not the target);
// 4. a bomb or a barrel named with a relative of dropping (براميل متفجرة ألقاها الطيران) was dropped by its doer, as
//    with أطلقها "launched it";
// 5. a phrase of agency (على يد، من قبل) past the usual eight words after its verb, across an object, a means and a
//    place with no punctuation or other event word between (قُتل صحفي بالرصاص داخل سيارته في مدينة ... بولاية غيريرو على
//    يد مسلحين), is the verb's.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent8.md and held by no other helper).
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Indep53Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep53Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. An accident after a noun of kind.
    {"fishermen_died_in_accident_of_sinking_boat",
     "لقي ثلاثة صيادين حتفهم في حادث غرق قارب قبالة سواحل نواذيبو.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"two_children_died_in_incident_of_house_collapse",
     "توفي طفلان وأصيبت والدتهما بحادثة انهيار منزل قديم في حي شعبي بمدينة فاس.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"workers_killed_in_accident_of_gas_cylinder_blast",
     "قتل خمسة عمال وأصيب آخرون في حادث انفجار أسطوانة غاز داخل مطعم في مدينة الزرقاء.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_three_killed_in_incident_of_shooting_in_market",
     "قتل ثلاثة أشخاص في حادث إطلاق نار داخل سوق شعبي في مدينة سبها.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_two_policemen_died_in_armed_attack_on_checkpoint",
     "لقي شرطيان مصرعهما في هجوم مسلح على حاجز أمني قرب مدينة العريش.", "ASSAULT", "1", nullptr, "*/COP"},
    // 2. The offence of a conviction in the verbal noun, and after a part taken in it.
    {"man_jailed_after_his_conviction_of_killing_neighbour",
     "قضت المحكمة بسجن رجل عشر سنوات بعد إدانته بقتل جاره في قرية قرب مكناس.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"activists_jailed_after_conviction_of_taking_part_in_protests",
     "أيدت محكمة الاستئناف سجن ناشطين بعد إدانتهم بالمشاركة في احتجاجات غير مرخصة.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_soldier_sentenced_after_conviction_of_involvement_in_assassination",
     "حكمت محكمة عسكرية على جندي بالسجن المؤبد بعد إدانته بالتورط في اغتيال ضابط.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_youths_arrested_on_charge_of_taking_part_in_riots",
     "اعتقلت الشرطة شابين بتهمة المشاركة في أعمال شغب بوسط العاصمة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_government_accused_opposition_of_involvement_in_bombing",
     "اتهمت الحكومة المعارضة بالتورط في تفجير استهدف مركزا للشرطة.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_gunmen_killed_soldiers_and_government_condemned_it",
     "قتل مسلحون ثلاثة جنود قرب الحدود، وأعلنت الحكومة إدانتها للهجوم.", "ASSAULT", "1", "*/UAF", "*/MIL"},
    // 3. من طرف introduces the doer.
    {"truck_driver_killed_by_unknown_gunmen",
     "قتل سائق شاحنة من طرف مسلحين مجهولين على طريق قرب مدينة تمبكتو.", "ASSAULT", "1", "*/UAF", "*/CVL"},
    {"gendarmes_wounded_in_attack_by_smugglers",
     "أصيب ثلاثة دركيين بجروح إثر تعرضهم لهجوم من طرف مهربين قرب الحدود.", "ASSAULT", "1", "*/CRM", "*/COP"},
    {"journalist_assaulted_by_police_officers_in_oran",
     "تعرض صحفي للاعتداء من طرف عناصر من الشرطة خلال تغطيته وقفة في مدينة وهران.", "ASSAULT", "18", "*/COP",
     "*/MED"},
    {"policemen_wounded_after_stoning_by_angry_youths",
     "أصيب شرطيان بجروح إثر تعرضهما للرشق بالحجارة من طرف شبان غاضبين في حي شعبي.", "ASSAULT", "1", "*/CVL",
     "*/COP"},
    // 4. A relative of dropping after the bomb.
    {"barrel_bombs_dropped_by_air_force_destroyed_houses",
     "دمرت براميل متفجرة ألقاها الطيران الحربي منازل في بلدة قرب حماة.", "ASSAULT", "1", "*/MIL", nullptr},
    {"guard_drone_launched_by_houthis_hit_ship",
     "أصابت طائرة مسيرة أطلقها الحوثيون سفينة تجارية في البحر الأحمر.", "ASSAULT", "1", "YEM/*", nullptr},
    // 5. A phrase of agency past an object, a means and a place (no punctuation or other event word between).
    {"journalist_shot_in_his_car_in_guerrero_at_hands_of_gunmen",
     "قُتل صحفي بالرصاص داخل سيارته في مدينة تشيلبانسينغو بولاية غيريرو على يد مسلحين فروا من المكان.", "ASSAULT",
     "1", "*/UAF", "*/MED"},
    {"activist_assassinated_before_his_home_in_nyala_by_armed_men",
     "اغتيل ناشط حقوقي أمام منزله في حي الرياض بمدينة نيالا على أيدي عناصر مسلحة.", "ASSAULT", "18", "*/UAF",
     nullptr},
    {"shells_dropped_by_army_helicopters_hit_hospital",  // (pending until helper fixB: ألقتها as أطلقتها)
     "أصابت قذائف ألقتها مروحيات الجيش مستشفى في ولاية شان.", "ASSAULT", "1", "*/MIL", nullptr},
    {"farmer_killed_in_his_field_at_hands_of_gunmen",  // (pending until the merge of h53args: its agent_only)
     "قُتل مزارع بالرصاص داخل حقله في قرية بولاية كادونا على يد مسلحين.", "ASSAULT", "1", "*/UAF", nullptr},
    // 6. The object after a place phrase of the subject that opens with a word of direction and is named by its
    //    direction from a state (pending until session 54, helper actors).
    {"gunmen_in_suburb_kidnapped_chinese_engineers",
     "اختطف مسلحون في ضواحي مدينة غوساو شمالي نيجيريا مهندسين صينيين من موقع بناء.", "ASSAULT", "18", nullptr,
     "CHN/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep53Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing (classes of the eighth set not fixed this session and held by no other helper): a violent
// verb after بعد أن (an attack told as what set off the news). (The object after a place phrase of the subject is read
// since session 54, helper actors: its row is in kCases.)
const ProbeRow kPending[] = {
    {"riot_broke_out_after_inmates_attacked_guards",
     "اندلعت أعمال شغب في سجن مدينة بوصاصو بعد أن هاجم نزلاء حراسهم بالعصي.", "ASSAULT", "1", nullptr, nullptr},
};

class Indep53PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep53PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep53PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
