// Readings session 56 left pending, in wire-style sentences written for this table (none copied from a corpus or a gold
// set), on what session 57 (reads) worked on, one class per block, by how often the construction comes in the news:
// 1. a violent verbal noun joined by و to the verbal noun of a material act before it, a retreat, an arrest, a flight
//    (أدى ذلك إلى فرار المتمردين وقتل قادتهم، أعلن الجيش اعتقال عشرة من المسلحين وقتل قائدهم): the two nouns are
//    coordinates of the same head, and the second is reported as the first is (reporting.cc Background: "joined by و to
//    a reported event", which took only a violent or protest noun before). Its doer is the clause's doer carried from
//    the act before where the two acts are of one side of the quad classes, none where they are not (a retreat is
//    material cooperation); its genitive is its target;
// 2. سار "marched" as a protest verb (سار آلاف في شوارع عمان مطالبين بإسقاط الحكومة): read as خرج is, only with a word
//    of protest purpose or a demand after it, or chants against someone (triggers.tsv protest_purpose); alone (سارت
//    الأمور، سار على نهج أبيه، سار موكب الرئيس) no event;
// 3. the owners of shops, stores, bakeries and workshops (أصحاب المحلات، أصحاب المتاجر، أصحاب المخابز) as an actor:
//    traders, BUS (agents.tsv), their state the place's; traders named by their market in construct, and where it is,
//    before their shops (أغلق تجار سوق الذهب في بغداد محلاتهم): the phrase أغلق محلاتهم split by all of it, a one-word rest
//    with the subject's pronoun (SplitNounPhrase);
// 4. a raid told with the arrest it ended in (اعتقلت الشرطة ثلاثة بعد مداهمة منزلهم، داهمت قوات الاحتلال منزلا
//    واعتقلت شابين): one incident, the arrest, as a raid with the killing it ended in (RaidsEndingInKillings);
// 5. أمطر a place with shells or rockets (أمطرت القوات الروسية مدينة خاركيف بالقذائف): shelling, 194 (triggers.tsv), the
//    phrase split by its subject and by the place it hit as its first object (SplitNounPhrase, as an actor object).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "/CVL" is civilians of no known state; "" is no actor;
// nullptr is not checked. Rows named guard_ passed before the session's changes and keep the readings they protect;
// every other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CountRow;
using testing::ProbeRow;

class Reads57Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads57Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A violent verbal noun joined by و to the noun of a material act: reported as that act is.
    {"the_crushing_of_the_rebels_forces_after_their_retreat", "أدى ذلك إلى اندحار المتمردين وسحق قواتهم في المدينة.",
     "ASSAULT", "19", "", "*/MIL"},  // (lead56's pending row; its retreat is material cooperation: no doer carried)
    {"the_flight_of_the_gunmen_and_the_killing_of_army_officers",
     "شهدت بلدة تل تمر فرار المسلحين وقتل ضباط الجيش السوري.", "ASSAULT", "19", "", "SYR/MIL"},
    {"the_arrest_of_shabaab_fighters_and_the_killing_of_their_commander",
     "أعلن الجيش الصومالي اعتقال عشرة من مقاتلي حركة الشباب وقتل قائدهم في إقليم شبيلي السفلى.", "ASSAULT", "19",
     "SOM/MIL", nullptr},
    {"the_arrest_of_the_smugglers_and_the_killing_of_their_leader",
     "أسفرت الحملة عن اعتقال عشرين من المهربين واغتيال زعيمهم قرب الحدود الليبية.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_the_defeat_of_the_rebels_and_the_killing_of_their_leaders", "أدى ذلك إلى هزيمة المتمردين وقتل قادتهم.",
     "ASSAULT", "19", nullptr, nullptr},

    // 2. سار as a protest verb, with a demand, a word of protest purpose or chants against someone after it.
    {"thousands_marched_in_amman_demanding_the_fall_of_the_government",
     "سار آلاف في شوارع العاصمة الأردنية عمان مطالبين بإسقاط الحكومة.", "PROTEST", "14", "JOR/CVL", nullptr},
    {"protesters_marched_in_khartoum_chanting_against_the_military",
     "سار آلاف المحتجين في شوارع الخرطوم وهم يهتفون ضد العسكر.", "PROTEST", "14", "SDN/CVL", "SDN/MIL"},
    {"students_marched_in_rabat_in_protest_at_the_reform",
     "سار مئات الطلاب في شوارع الرباط احتجاجا على إصلاح التعليم.", "PROTEST", "14", "MAR/EDU", nullptr},
    {"crowds_of_teachers_marched_in_beirut_denouncing_late_pay",
     "سارت حشود من المعلمين في شوارع بيروت تنديدا بتأخر الرواتب.", "PROTEST", "14", "LBN/EDU", nullptr},
    {"demonstrators_marched_in_sfax_rejecting_the_finance_law",
     "سار آلاف المتظاهرين في شوارع صفاقس رافضين قانون المالية الجديد.", "PROTEST", "14", "TUN/CVL", nullptr},
    {"protesters_marched_through_the_capital", "سار آلاف المحتجين في شوارع العاصمة رافعين لافتات ضد الحكومة.",
     "PROTEST", "14", "*/CVL", nullptr},  // (indep56's pending row)
    {"guard_things_went_well", "سارت الأمور على ما يرام في اجتماع الوزراء.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_the_president_followed_his_fathers_path", "سار الرئيس على نهج أبيه في الحكم.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_the_presidents_motorcade_amid_cheers", "سار موكب الرئيس في شوارع المدينة وسط هتافات بحياته.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},

    // 3. The owners of shops, stores, bakeries and workshops: traders, BUS, of the place's state.
    {"shopkeepers_in_central_nablus_kept_to_the_general_strike",
     "التزم أصحاب المحلات في وسط مدينة نابلس بالإضراب الشامل حدادا على الشهداء.", "PROTEST", "143", "PSE/BUS",
     nullptr},  // (reads56's pending row, its source now checked)
    {"store_owners_in_sidon_closed_their_shops_in_protest",
     "أغلق أصحاب المتاجر في مدينة صيدا محلاتهم احتجاجا على ارتفاع الأسعار.", "PROTEST", "143", "LBN/BUS", nullptr},
    {"bakery_owners_in_irbid_struck_against_the_flour_price",
     "أضرب أصحاب المخابز في محافظة إربد احتجاجا على رفع سعر الطحين.", "PROTEST", "143", "JOR/BUS", nullptr},
    {"shop_owners_demonstrated_before_the_municipality_tripoli",
     "تظاهر أصحاب المحلات التجارية أمام مقر البلدية في مدينة طرابلس.", "PROTEST", "14", "LBY/BUS", nullptr},
    {"workshop_owners_sat_in_before_the_governorate_sulaymaniyah",
     "اعتصم أصحاب الورش أمام مقر المحافظة في مدينة السليمانية.", "PROTEST", "14", "IRQ/BUS", nullptr},
    // 3. Traders named by their market in construct, and where it is, before their shops: a strike.
    {"gold_traders_of_baghdad_closed_their_shops_denouncing_the_tax",
     "أغلق تجار سوق الذهب في بغداد محلاتهم تنديدا بقرار فرض ضريبة جديدة.", "PROTEST", "143", "IRQ/BUS",
     nullptr},  // (reads56's pending row)
    {"hamidiya_traders_in_damascus_closed_their_shops_in_protest",
     "أغلق تجار سوق الحميدية في دمشق محالهم احتجاجا على رفع الضرائب.", "PROTEST", "143", "SYR/BUS", nullptr},
    {"vegetable_market_traders_in_mosul_closed_their_shops_in_protest",
     "أغلق تجار سوق الخضار في مدينة الموصل محلاتهم احتجاجا على رسوم البلدية.", "PROTEST", "143", "IRQ/BUS", nullptr},
    {"guard_traders_in_hebron_markets_kept_to_the_strike",
     "التزم التجار في أسواق مدينة الخليل بالإضراب احتجاجا على الضرائب.", "PROTEST", "143", "PSE/BUS", nullptr},

    // 5. أمطر a place with shells or rockets: shelling, the phrase split by its subject and the place it hit.
    {"russian_forces_showered_kharkiv_with_shells", "أمطرت القوات الروسية مدينة خاركيف بالقذائف.", "ASSAULT", "194",
     "RUS/MIL", "UKR/*"},
    {"israeli_artillery_showered_khiam_with_phosphorus_shells",
     "أمطرت المدفعية الإسرائيلية بلدة الخيام بالقذائف الفوسفورية.", "ASSAULT", "194", "ISR/MIL", "LBN/*"},
    {"the_army_showered_the_eastern_quarters_with_shells", "أمطر الجيش السوداني الأحياء الشرقية بالقذائف.", "ASSAULT",
     "194", "SDN/MIL", nullptr},
    {"gunmen_rained_shells_on_a_town", "أمطر المسلحون البلدة بعشرات القذائف.", "ASSAULT", "1", "*/UAF",
     nullptr},  // (indep56's pending row)
    {"guard_the_sky_showered_the_city_with_snow", "أمطرت السماء المدينة بالثلوج.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_journalists_showered_the_minister_with_questions", "أمطر الصحفيون الوزير بالأسئلة.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // det18p (session 64): a march told in the present with its purpose after it (يسير آلاف المتظاهرين رافضين) is
    // reported, as a protest in the imperfective with its purpose is (moved from kPending).
    {"demonstrators_march_in_tunis_rejecting_the_finance_law",
     "يسير آلاف المتظاهرين في شوارع تونس رافضين قانون المالية الجديد.", "PROTEST", "14", "TUN/CVL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads57Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 4. A raid told with the arrest it ended in: one event, the arrest.
class Reads57CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Reads57CountTest, GivesTheEventsExpected) { testing::ExpectCountRow(GetParam()); }

const CountRow kCounts[] = {
    {"police_arrested_three_after_raiding_their_home_shujaiyya",
     "اعتقلت الشرطة ثلاثة أشخاص بعد مداهمة منزلهم في حي الشجاعية.", 1, "COERCE", "173", "PSE/COP", "PSE/*"},
    {"iraqi_forces_arrested_five_wanted_after_raiding_their_hideout",
     "اعتقلت قوات الأمن العراقية خمسة مطلوبين عقب مداهمة مخبئهم في قضاء الطارمية.", 1, "COERCE", "173", "IRQ/*",
     nullptr},
    {"occupation_forces_raided_a_home_in_beita_and_arrested_two",
     "داهمت قوات الاحتلال منزلا في بلدة بيتا واعتقلت شابين.", 1, "COERCE", "173", "ISR/*", "PSE/*"},
    {"turkish_police_raided_an_association_and_arrested_ten",
     "داهمت الشرطة التركية مقر جمعية في إسطنبول واعتقلت عشرة أشخاص.", 1, "COERCE", "173", "TUR/COP", nullptr},
    {"police_arrested_four_suspects_during_a_raid_on_a_warehouse_kano",
     "ألقت الشرطة القبض على أربعة مشتبه بهم خلال مداهمة لمستودع في مدينة كانو.", 1, "COERCE", "173", "NGA/COP",
     nullptr},
    {"guard_security_forces_raided_a_home_in_ramadi", "داهمت قوات الأمن منزلا في مدينة الرمادي.", 1, "COERCE", "170",
     "IRQ/*", nullptr},
    {"guard_kenyan_police_arrested_six_in_nairobi", "اعتقلت الشرطة الكينية ستة أشخاص في نيروبي.", 1, "COERCE", "173",
     "KEN/COP", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads57CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. The killing is coded now, but a role noun of no sector with its pronoun in a verbal noun's genitive (قتل قادتهم)
    //    is not read as the antecedent's (the rebels'): the target names no one. (lead56's pending row; after a verb,
    //    هاجم الجيش المتمردين وقتل قادتهم, the pronoun is read.)
    {"the_killing_of_their_leaders_after_their_flight", "أدى ذلك إلى فرار المتمردين وقتل قادتهم في المدينة.",
     "ASSAULT", "19", "", "*/REB"},
    // 2. A protest inside a university named bare or by its campus (في حرم جامعة القاهرة، داخل الجامعة الأردنية): the
    //    university names no place, and the protesters' state is not read from it.
    {"students_demonstrated_on_the_cairo_university_campus",
     "تظاهر مئات الطلاب في حرم جامعة القاهرة احتجاجا على اعتقال زملائهم.", "PROTEST", "14", "EGY/EDU", nullptr},
    // 3. A market in construct with the town named bare (تجار سوق المدينة محلاتهم): the one-word أغلق, 144, is read.
    {"town_market_traders_closed_their_shops_in_protest", "أغلق تجار سوق المدينة محلاتهم احتجاجا على الضرائب.",
     "PROTEST", "143", "*/BUS", nullptr},
    // 5. The place hit after بوابل من (أمطر الحوثيون مدينة مأرب بوابل من الصواريخ): the shelling is read, the place is not
    //    its target yet.
    {"houthis_showered_marib_with_a_barrage_of_rockets", "أمطر الحوثيون مدينة مأرب بوابل من الصواريخ.", "ASSAULT",
     "194", "YEM/*", "YEM/*"},
    // 2. Chants alone, with no protest told before in the document (هتف الطلاب ضد الرئيس): AfterChant takes them for
    //    the acts of a protest told before, and codes none.
    {"students_chanted_against_the_president_on_campus", "هتف مئات الطلاب ضد الرئيس أمام مبنى البرلمان في نواكشوط.",
     "PROTEST", "14", "MRT/EDU", nullptr},
};

class Reads57PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads57PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Reads57PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
