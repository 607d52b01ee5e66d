// Event or no event, and the date of an intended one, session 38, on wire-style sentences written for these tables
// (none copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions,
// one class a block:
// 1. sport told in words of war: the goal or the net (مرمى، شباك) as the object of a violent verb after its subject
//    (قصف مهاجم الفريق مرمى الخصم), a goalkeeper as its subject, and dreams or hopes as its object (اغتال الحكم أحلام
//    الجماهير) report no attack;
// 2. a war, a blockade, sanctions or attacks named as the cause of a change in prices, costs or the economy (أدى الغزو
//    الروسي إلى ارتفاع أسعار القمح، تسببت هجمات الحوثيين على السفن في ارتفاع تكاليف الشحن) are background of the
//    economic news, no event, as is such a cause after بسبب or نتيجة with a market word before it (انخفضت صادرات النفط
//    الإيرانية بسبب العقوبات الأمريكية); a cause whose result is a toll (أسفر القصف عن ارتفاع عدد القتلى) or a destruction
//    stays one;
// 3. history: an event dated by a month of a year well before the document's (اجتاحت القوات العراقية الكويت في أغسطس
//    1990, in a report of 2024) is history, as one dated by the year alone already was; a recent month stays news; one
//    dated to the day was still coded on that day (pending until session 39's mood39, now history too);
// 4. the weekday of an intended or expected act (دعت النقابات إلى التظاهر يوم الأحد، يعتزم الرئيس زيارة الجزائر يوم
//    الثلاثاء، يتوقع أن يزور الوزير القاهرة يوم الأحد) is the coming one, not the last, while the call itself was made
//    by the document's date; a weekday before the act a call governs (دعت النقابات يوم الأحد إلى التظاهر) dates the
//    call, in the past, and an attempt (حاول مسلحون اقتحام سجن يوم الأحد) was made then.
// 5. a count of the events themselves (not of their victims) dated by a whole year or month (سجلت الأمم المتحدة أكثر من
//    200 هجوم على المدارس العام الماضي، نفذت القوات الأمريكية 40 غارة جوية في الصومال هذا العام), or a count of their
//    cases over a period (وثقت المنظمة مئات حالات الاعتقال التعسفي خلال العام الماضي), is a statistic; victims counted
//    last year, or strikes counted last week, stay events;
// 6. a verb of telling with a work as its subject (يروي الفيلم قصة جنود اقتحموا قرية، فاز فيلم يروي حصار سراييفو) tells
//    a story: what follows is its content, no event; people who tell (روى شهود) report what happened.
// Rows named guard_ passed before the session's change and keep what they protect; every other row failed before it,
// (The pending rows of session 38 were closed by session 39's mood39 and moved to kNoEvents.)
// The document is dated Friday 2024-05-10.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/date_row_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. A real attack near a stadium.
    {"guard_mogadishu_bomb_near_stadium", "انفجرت عبوة ناسفة قرب ملعب كرة القدم في مقديشو.", "ASSAULT", "18", nullptr, nullptr},
    // 2. A cause whose result is a toll or a destruction.
    {"guard_khan_younis_shelling_raised_toll", "أسفر القصف الإسرائيلي عن ارتفاع عدد القتلى إلى 20 في خان يونس.", "ASSAULT", "19", "ISR/*", nullptr},
    {"guard_shelling_destroyed_power_station", "أدى القصف إلى تدمير محطة الكهرباء الوحيدة في المدينة.", "ASSAULT", "1", nullptr, nullptr},
    // 3. A recent month.
    {"guard_kharkiv_shelled_april_2024", "قصفت القوات الروسية مدينة خاركيف في أبريل 2024.", "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"guard_turkey_journalists_arrested_march_2023", "اعتقلت الشرطة التركية صحفيين في مارس 2023.", "COERCE", "17", "TUR/*", nullptr},
    // 5. A count of victims, or events counted over a week, stay events.
    {"guard_borno_20_killed_last_year", "قتل 20 شخصا في هجوم على سوق في ولاية بورنو العام الماضي.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_israel_three_strikes_last_week", "شنت إسرائيل ثلاث غارات على جنوب لبنان الأسبوع الماضي.", "ASSAULT", "19", "ISR/*", nullptr},
    {"guard_iran_police_arrested_50_last_month", "اعتقلت الشرطة الإيرانية 50 متظاهرا في طهران الشهر الماضي.", "COERCE", "17", "IRN/*", nullptr},
    // 6. People who tell report what happened.
    {"guard_witnesses_told_soldiers_stormed_village", "روى شهود أن الجنود اقتحموا القرية وأحرقوا المنازل.", "ASSAULT", "19", nullptr, nullptr},
    {"guard_pakistan_army_attack_last_month", "شن الجيش الباكستاني هجوما على مواقع طالبان الشهر الماضي.", "ASSAULT", "19", "PAK/*", nullptr},
};

class Mood38Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood38Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood38Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Mood38NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood38NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

const testing::NoEventRow kNoEvents[] = {
    // 1. Sport.
    {"striker_shelled_opponents_goal", "قصف مهاجم الفريق مرمى الخصم بتسديدة قوية في الدقيقة العشرين."},
    {"egypt_striker_pounded_ghana_goal", "دك مهاجم المنتخب المصري مرمى غانا بهدفين."},
    {"goalkeeper_shelled_ball_out", "قصف حارس المرمى الكرة خارج الملعب."},
    {"referee_assassinated_fans_dreams", "اغتال الحكم أحلام الجماهير بقرار ظالم."},
    {"guard_wydad_player_shelled_raja_net", "قصف لاعب الوداد شباك الرجاء بهدف في الدقيقة الأخيرة."},
    {"liverpool_defender_attacked_chelsea_goal", "هاجم مدافع ليفربول مرمى تشيلسي في الشوط الثاني."},
    // 2. The cause of an economic change.
    {"russian_invasion_raised_wheat_prices", "أدى الغزو الروسي إلى ارتفاع أسعار القمح في العالم."},
    {"blockade_raised_fuel_prices_yemen", "تسبب الحصار في ارتفاع أسعار الوقود في اليمن."},
    {"aggression_on_gaza_collapsed_economy", "أدى العدوان على غزة إلى انهيار الاقتصاد الفلسطيني."},
    {"western_sanctions_raised_gas_prices", "أدت العقوبات الغربية على روسيا إلى ارتفاع أسعار الغاز."},
    {"houthi_attacks_raised_shipping_costs", "تسببت هجمات الحوثيين على السفن في ارتفاع تكاليف الشحن."},
    {"russian_shelling_of_power_raised_prices", "تسبب القصف الروسي لمحطات الطاقة في ارتفاع أسعار الكهرباء في أوكرانيا."},
    {"tanker_attacks_raised_insurance_costs", "أدت الهجمات على ناقلات النفط إلى زيادة تكاليف التأمين."},
    {"russian_car_sales_fell_western_sanctions", "تراجعت مبيعات السيارات في روسيا بسبب العقوبات الغربية."},
    {"iranian_oil_exports_fell_us_sanctions", "انخفضت صادرات النفط الإيرانية بسبب العقوبات الأمريكية."},
    {"guard_red_sea_escalation_cut_suez_revenue", "أدى التصعيد العسكري في البحر الأحمر إلى تراجع إيرادات قناة السويس."},
    // 3. History dated by a month or a day.
    {"iraq_invaded_kuwait_august_1990", "اجتاحت القوات العراقية الكويت في أغسطس 1990."},
    {"us_bombed_libya_april_1986", "قصفت الطائرات الأمريكية ليبيا في أبريل 1986."},
    {"beslan_school_stormed_september_2004", "اقتحمت القوات الروسية مدرسة بيسلان في سبتمبر 2004."},
    {"qaeda_attacked_embassies_august_1998", "هاجم تنظيم القاعدة السفارتين الأمريكيتين في نيروبي ودار السلام في آب 1998."},
    {"sadat_assassinated_october_1981", "اغتيل الرئيس المصري أنور السادات في أكتوبر 1981 خلال عرض عسكري."},
    // (A day written before the month, pending until session 39's mood39.)
    {"iraq_invaded_kuwait_2_august_1990", "اجتاحت القوات العراقية الكويت في الثاني من أغسطس 1990."},
    {"sadat_assassinated_6_october_1981", "اغتيل الرئيس المصري أنور السادات في 6 أكتوبر 1981 خلال عرض عسكري."},
    {"guard_israel_besieged_beirut_1982", "في عام 1982 حاصرت القوات الإسرائيلية بيروت."},
    // 5. The events counted over a year or a month, or in cases.
    {"amnesty_hundreds_of_arrest_cases_last_year", "وثقت منظمة العفو الدولية مئات حالات الاعتقال التعسفي في مصر خلال العام الماضي."},
    {"un_200_attacks_on_schools_last_year", "سجلت الأمم المتحدة أكثر من 200 هجوم على المدارس في بوركينا فاسو العام الماضي."},
    {"gunmen_200_attacks_burkina_last_year", "شن مسلحون 200 هجوم على المدارس في بوركينا فاسو العام الماضي."},
    {"us_40_airstrikes_somalia_this_year", "نفذت القوات الأمريكية 40 غارة جوية في الصومال هذا العام."},
    // 6. The story a work tells.
    {"film_tells_of_soldiers_storming_village_vietnam", "يروي الفيلم قصة جنود أمريكيين اقتحموا قرية في فيتنام."},
    {"novel_tells_of_family_expelled_from_jaffa", "تحكي الرواية قصة عائلة فلسطينية طردتها العصابات الصهيونية من يافا."},
    {"series_tells_of_officer_who_assassinated_gang_leader", "يروي المسلسل قصة ضابط اغتال زعيم عصابة في القاهرة."},
    {"documentary_tells_how_aleppo_hospitals_were_bombed", "يحكي الفيلم الوثائقي كيف قصفت الطائرات الروسية مستشفيات حلب."},
    {"film_telling_sarajevo_siege_won_prize", "فاز فيلم يروي حصار سراييفو بجائزة الدب الذهبي."},
    // (A work's topic after يتناول or يستعرض, pending until session 39's mood39.)
    {"documentary_deals_with_aleppo_shelling", "يتناول الوثائقي قصف حلب."},
    {"exhibition_photos_of_protesters_arrested_2019", "يستعرض المعرض صورا لمتظاهرين اعتقلتهم الشرطة خلال احتجاجات 2019."},
    {"guard_film_events_revolve_around_captured_soldier", "تدور أحداث الفيلم حول جندي أسره مسلحون في أفغانستان."},
    {"guard_hrw_dozens_of_disappearances_2023", "رصدت منظمة هيومن رايتس ووتش عشرات حالات الاختفاء القسري في ليبيا خلال عام 2023."},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Mood38NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// 4. A sentence, an event of a PLOVER type in it, of any mood, and the date it must have.
using testing::DateRow;

const DateRow kDates[] = {
    {"unions_called_protest_sunday", "دعت النقابات إلى التظاهر يوم الأحد أمام مقر الحكومة.", "PROTEST", "2024-05-12"},
    {"ugtt_called_general_strike_thursday", "دعا الاتحاد العام التونسي للشغل إلى إضراب عام يوم الخميس.", "PROTEST", "2024-05-16"},
    {"sudan_committees_called_marches_saturday", "دعت لجان المقاومة السودانية إلى مظاهرات حاشدة يوم السبت في الخرطوم.", "PROTEST", "2024-05-11"},
    {"french_president_intends_algiers_visit_tuesday", "يعتزم الرئيس الفرنسي زيارة الجزائر يوم الثلاثاء.", "CONSULT", "2024-05-14"},
    {"unions_intend_strike_wednesday", "تعتزم النقابات تنظيم إضراب يوم الأربعاء.", "PROTEST", "2024-05-15"},
    {"spanish_pm_plans_morocco_visit_monday", "يخطط رئيس الوزراء الإسباني لزيارة المغرب يوم الاثنين.", "CONSULT", "2024-05-13"},
    {"chinese_fm_expected_in_cairo_sunday", "يتوقع أن يزور وزير الخارجية الصيني القاهرة يوم الأحد.", "CONSULT", "2024-05-12"},
    {"observers_expected_army_attack_sunday", "توقع مراقبون أن يشن الجيش هجوما يوم الأحد.", "ASSAULT", "2024-05-12"},
    // The call itself was made by the document's date.
    {"unions_call_dated_by_the_document", "دعت النقابات إلى التظاهر يوم الأحد أمام مقر الحكومة.", "REQUEST", "2024-05-10"},
    {"ugtt_call_dated_by_the_document", "دعا الاتحاد العام التونسي للشغل إلى إضراب عام يوم الخميس.", "REQUEST", "2024-05-10"},
    {"guard_unions_called_on_sunday", "دعت النقابات يوم الأحد إلى التظاهر أمام البرلمان.", "REQUEST", "2024-05-05"},
    {"guard_gunmen_tried_storm_prison_sunday", "حاول مسلحون اقتحام سجن في شمال نيجيريا يوم الأحد.", "ASSAULT", "2024-05-05"},
    {"guard_teachers_strike_next_monday", "أعلنت نقابة المعلمين الإضراب عن العمل يوم الاثنين المقبل.", "PROTEST", "2024-05-13"},
};

class Mood38DateTest : public ::testing::TestWithParam<DateRow> {};

TEST_P(Mood38DateTest, DatesTheEvent) { testing::ExpectDateRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood38DateTest, ::testing::ValuesIn(kDates),
                         [](const ::testing::TestParamInfo<DateRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
