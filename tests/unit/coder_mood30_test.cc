// Negation, modality and event/no-event, session 30, on wire-style sentences written for these tables (none
// copied from a corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions:
// - و + a form of رد "responded" (وردت القوات بقصف، وردت إيران بإطلاق صواريخ) is the verb of response,
//   whose act after بـ took place, as فردت and ردت are; وردت أنباء عن ("news came of") stays a report;
// - a negation before casualties (لم تسجل إصابات، لم تقع إصابات، لم تسجل أي خسائر بشرية) denies the
//   casualties only: the shelling, the strike or the blast named as their circumstance (جراء القصف، في
//   الغارة) took place; a negation before a verb of carrying out (لم تشن القوات هجوما) still denies the attack;
// - a negated claim (لم يتبن أحد التفجير، لم تتبن أي جهة الهجوم) denies the claim, not the act (the verbs of
//   claiming are now data: coder/word_kinds.tsv kind claim);
// - a death of disease, hunger, malnutrition or thirst (لقي 30 شخصا حتفهم بسبب الكوليرا), a drowning, a
//   road accident or a collapse is no attack; a death under torture is one (by the jailers);
// - a funeral is no event; one turned into a march against someone, or mourners chanting against the
//   government, is a protest (pending: see below);
// - reported (حسبما، وفق ما نقلت)، alleged (بزعم)، intended (تستعد ل، من المقرر، يعتزم، تخطط)، hypothetical
//   (إذا، لو، في حال، من المتوقع) events keep their modality; a denial (نفى أن يكون قد قصف، نفت قصف أي أحياء)
//   negates; a threat (هدد بضرب، هددت بشن عملية) is no attack; the response a threat promises, بالرد على
//   اغتيال قادتها, is a noun: the assassination after it is an act told before, no new one;
// - what a call or a demand asks to stop (دعا إلى وقف القصف، طالبت بوقف الاعتقالات) is no new event (the
//   violent nouns are guarded here; a definite arrest noun after وقف is still coded, not fixed this session);
// - stone throwing in response (وردوا بإلقاء الحجارة على الجنود) is coded as a riot (145), not an assault as
//   first labelled: the row is left out, the class (و + ردت) is covered by the rows above.
// Rows named fix_ failed before the session's change; rows named guard_ passed and keep what they protect.
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using Case = testing::MoodCase;

// The checks of unit/mood_case_support.h.
const Case kMoodCases[] = {
    {"fix_and_russians_responded_by_shelling", "وردت القوات الروسية بقصف مواقع أوكرانية في خيرسون.", "ASSAULT", "قصف", false, "asserted"},
    {"fix_and_rsf_responded_by_shelling_fasher", "وردت قوات الدعم السريع بقصف مدفعي على أحياء مدينة الفاشر.", "ASSAULT", "قصف", false, "asserted"},
    {"fix_and_shabaab_responded_with_attack", "وردت حركة الشباب بهجوم على قاعدة للجيش الصومالي في شبيلي السفلى.", "ASSAULT", "هجوم", false, "asserted"},
    {"guard_news_came_of_clashes_in_zawiya", "وردت أنباء عن اشتباكات عنيفة في مدينة الزاوية الليبية.", "ASSAULT", "اشتباكات", false, "reported"},
    {"fix_no_injuries_from_russian_shelling", "لم تسجل إصابات جراء القصف الروسي على خاركيف.", "ASSAULT", "القصف", false, "asserted"},
    {"fix_no_news_of_injuries_in_dahiyeh_strike", "لم ترد أنباء عن وقوع إصابات في الغارة الإسرائيلية على الضاحية الجنوبية.", "ASSAULT", "الغارة", false, "asserted"},
    {"fix_no_victims_reported_in_mali_attack", "لم يبلغ عن سقوط ضحايا في الهجوم على قاعدة للجيش المالي.", "ASSAULT", "الهجوم", false, "asserted"},
    {"fix_no_civilian_injuries_from_mogadishu_blast", "لم تقع إصابات في صفوف المدنيين جراء انفجار العبوة الناسفة في مقديشو.", "ASSAULT", "انفجار", false, "asserted"},
    {"fix_nobody_hurt_in_erbil_airport_shelling", "لم يصب أحد في القصف الذي استهدف مطار أربيل.", "ASSAULT", "القصف", false, "asserted"},
    {"fix_no_human_losses_in_marib_strike", "لم تسجل أي خسائر بشرية في الغارة التي استهدفت مدينة مأرب.", "ASSAULT", "الغارة", false, "asserted"},
    {"guard_israel_has_not_launched_ground_attack_on_rafah", "لم تشن القوات الإسرائيلية هجوما بريا على رفح حتى الآن.", "ASSAULT", "هجوم", true, "asserted"},
    {"guard_sudanese_army_carried_out_no_attack", "لم ينفذ الجيش السوداني أي هجوم على مدينة ود مدني.", "ASSAULT", "هجوم", true, "asserted"},
    {"guard_us_strikes_on_sanaa_killed_no_one", "لم تسفر الضربات الأمريكية على صنعاء عن قتلى.", "ASSAULT", "الضربات", false, "asserted"},
    {"guard_nobody_claimed_mogadishu_market_bombing", "لم يتبن أحد التفجير الذي استهدف سوقا في مقديشو.", "ASSAULT", "التفجير", false, nullptr},
    {"guard_no_group_claimed_attack_on_kirkuk_patrol", "لم تتبن أي جهة الهجوم على دورية للجيش العراقي في كركوك.", "ASSAULT", "الهجوم", false, nullptr},
    {"guard_killed_in_mali_drone_strike_as_officials_said", "قتل خمسة مدنيين في غارة بطائرة مسيرة على سوق في شمال مالي، حسبما أفاد مسؤولون محليون.", "ASSAULT", "قتل", false, "reported"},
    {"guard_nigerian_soldiers_killed_quoting_reuters", "قتل ثلاثة جنود نيجيريين في كمين لبوكو حرام، وفق ما نقلت وكالة رويترز عن مصادر عسكرية.", "ASSAULT", "قتل", false, "reported"},
    {"guard_activists_arrested_on_alleged_attack", "اعتقلت قوات الأمن السورية ناشطين بزعم المشاركة في هجوم على حاجز عسكري.", "ASSAULT", "هجوم", false, "!asserted"},
    {"guard_ukrainians_prepare_counteroffensive", "تستعد القوات الأوكرانية لشن هجوم مضاد في زابوريجيا.", "ASSAULT", "هجوم", false, "intended"},
    {"guard_jordan_teachers_scheduled_to_demonstrate", "من المقرر أن يتظاهر المعلمون أمام البرلمان الأردني يوم الأحد.", "PROTEST", "يتظاهر", false, "intended"},
    {"guard_tunisian_unions_prepare_general_strike", "تستعد النقابات التونسية لتنفيذ إضراب عام الأسبوع المقبل.", "PROTEST", "إضراب", false, "intended"},
    {"guard_if_israel_attacks_rafah", "إذا هاجمت إسرائيل رفح فإن كارثة إنسانية ستقع.", "ASSAULT", "هاجمت", false, "!asserted"},
    {"guard_had_russia_shelled_zaporizhzhia_plant", "لو قصفت روسيا محطة زابوريجيا لحدثت كارثة نووية.", "ASSAULT", "قصفت", false, "!asserted"},
    {"guard_if_israelis_storm_jenin", "في حال اقتحمت القوات الإسرائيلية مخيم جنين ستندلع مواجهات.", "ASSAULT", "اقتحمت", false, "!asserted"},
    {"guard_houthis_intend_to_expand_attacks", "يعتزم الحوثيون توسيع هجماتهم على السفن في البحر الأحمر.", "ASSAULT", "هجمات", false, "!asserted"},
    {"guard_israel_plans_to_expand_operations", "تخطط إسرائيل لتوسيع عملياتها العسكرية في رفح.", "ASSAULT", "عمليات", false, "!asserted"},
    {"guard_russia_expected_to_attack_kharkiv", "من المتوقع أن تشن روسيا هجوما جديدا على خاركيف.", "ASSAULT", "هجوم", false, "!asserted"},
    {"guard_israeli_army_denied_shelling_school", "نفى الجيش الإسرائيلي أن يكون قد قصف مدرسة في جباليا.", "ASSAULT", "قصف", true, "reported"},
    {"guard_russia_denied_targeting_childrens_hospital", "نفت روسيا أن تكون قد استهدفت مستشفى للأطفال في كييف.", "ASSAULT", "استهدفت", true, "reported"},
    {"guard_ethiopia_denied_killing_civilians", "نفت الحكومة الإثيوبية أن تكون قواتها قد قتلت مدنيين في إقليم أمهرة.", "ASSAULT", "قتلت", true, "reported"},
    {"guard_sudanese_army_denied_shelling_nyala", "نفت القوات المسلحة السودانية قصف أي أحياء سكنية في نيالا.", "ASSAULT", "قصف", true, "reported"},
    {"fix_and_they_responded_with_shelling_hama", "وردوا بقصف مدفعي على مواقع الجيش في ريف حماة.", "ASSAULT", "قصف", false, "asserted"},
    {"fix_no_dead_recorded_in_russian_strike_idlib", "لم يسجل سقوط قتلى في الغارة الروسية على إدلب.", "ASSAULT", "الغارة", false, "asserted"},
    {"guard_nobody_killed_in_sinai_checkpoint_attack", "لم يقتل أحد في الهجوم على الحاجز العسكري في سيناء.", "ASSAULT", "الهجوم", false, "asserted"},
    {"guard_information_came_of_arrests_in_homs", "وردت معلومات عن اعتقال ناشطين في مدينة حمص.", "COERCE", "اعتقال", false, "reported"},
    {"guard_and_statement_said_forces_shelled", "وورد في البيان أن القوات قصفت مواقع للمتمردين.", "ASSAULT", "قصفت", false, "reported"},
};

class Mood30Test : public ::testing::TestWithParam<Case> {};

TEST_P(Mood30Test, AsLabelled) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood30Test, ::testing::ValuesIn(kMoodCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    {"fix_and_iran_responded_with_missiles", "وردت إيران بإطلاق صواريخ باليستية على قاعدة عين الأسد في العراق.", "ASSAULT", "19", "IRN/*", nullptr, nullptr},
    {"fix_and_factions_responded_with_rockets", "وردت الفصائل الفلسطينية بإطلاق رشقات صاروخية على مستوطنات غلاف غزة.", "ASSAULT", "19", nullptr, nullptr, nullptr},
    {"fix_prisoner_died_under_torture_in_saydnaya", "توفي شاب تحت التعذيب في سجن صيدنايا.", "ASSAULT", "18", nullptr, nullptr, nullptr},
    {"fix_palestinian_detainee_died_under_torture_in_ofer", "توفي معتقل فلسطيني تحت التعذيب في سجن عوفر الإسرائيلي.", "ASSAULT", "18", nullptr, nullptr, nullptr},
    {"guard_houthis_threatened_us_ships_if", "هدد الحوثيون بضرب السفن الأمريكية إذا استمر العدوان على غزة.", "THREATEN", "13", "YEM/*", nullptr, "ASSAULT"},
    {"guard_turkey_threatened_new_operation", "هددت تركيا بشن عملية عسكرية جديدة في شمال سوريا.", "THREATEN", "13", "TUR/*", nullptr, "ASSAULT"},
    {"fix_hamas_vowed_to_respond_to_assassination", "توعدت حماس بالرد على اغتيال قادتها في لبنان.", "THREATEN", "13", nullptr, nullptr, "ASSAULT"},
    {"guard_un_chief_called_to_stop_shelling", "دعا الأمين العام للأمم المتحدة إلى وقف القصف على غزة.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"guard_arab_league_called_to_stop_attacks", "دعت الجامعة العربية إلى وقف الهجمات على المدنيين في السودان.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"guard_protesters_demanded_end_of_shelling", "طالب المحتجون بالإفراج عن المعتقلين ووقف قصف المدن في دارفور.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"guard_pope_called_to_end_war", "دعا البابا إلى وقف الحرب في أوكرانيا.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"guard_families_demanded_fate_of_detainees", "طالبت عائلات المعتقلين بالكشف عن مصير أبنائها في اليمن.", nullptr, "", nullptr, nullptr, "COERCE"},
    {"fix_and_israeli_army_responded_with_strikes", "ورد الجيش الإسرائيلي بغارات على بلدات في جنوب لبنان.", "ASSAULT", "19", "ISR/*", nullptr, nullptr},
    {"guard_prisoner_died_of_torture_in_abu_ghraib", "توفي سجين جراء التعذيب في سجن أبو غريب.", "ASSAULT", "18", nullptr, nullptr, nullptr},
    {"fix_shelling_caused_human_losses", "أسفر القصف عن خسائر بشرية كبيرة في صفوف المدنيين.", "ASSAULT", "19", nullptr, nullptr, nullptr},
};

class Mood30ProbeTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood30ProbeTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood30ProbeTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    {"guard_children_starved_in_zamzam", "مات ثلاثة أطفال جوعا في مخيم زمزم للنازحين."},
    {"guard_children_died_of_malnutrition_darfur", "توفي عشرة أطفال بسبب سوء التغذية في شمال دارفور."},
    {"fix_died_of_cholera_in_hodeidah", "لقي 30 شخصا حتفهم بسبب الكوليرا في محافظة الحديدة."},
    {"guard_migrants_drowned_off_tobruk", "غرق 40 مهاجرا قبالة سواحل طبرق الليبية."},
    {"guard_soldiers_died_in_road_accident_borno", "لقي خمسة جنود مصرعهم في حادث سير بولاية بورنو."},
    {"guard_migrants_drowned_off_lampedusa", "توفي ثلاثة مهاجرين غرقا قبالة جزيرة لامبيدوزا."},
    {"guard_bus_overturned_sanaa_hodeidah", "قضى 12 شخصا في انقلاب حافلة على طريق صنعاء الحديدة."},
    {"guard_funeral_of_artist_in_khartoum", "شيع المئات في الخرطوم جثمان الفنان الراحل."},
    {"guard_funeral_of_soldiers_in_moscow", "جرت مراسم تشييع الجنود في العاصمة الروسية موسكو."},
    {"guard_children_died_of_cold_in_camps", "توفي طفلان جراء البرد في مخيمات النازحين بشمال سوريا."},
    {"guard_building_collapsed_in_aleppo", "لقي 25 شخصا حتفهم في انهيار مبنى بمدينة حلب."},
    {"fix_children_died_of_measles_darfur", "لقي عشرة أطفال حتفهم جراء الحصبة في جنوب دارفور."},
    {"guard_name_came_in_experts_report", "ورد اسم القيادي في تقرير لجنة الخبراء الأممية."},
    {"fix_children_died_of_hunger_in_gaza", "لقي خمسة أطفال حتفهم بسبب الجوع في شمال غزة."},
};

class Mood30NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood30NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood30NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences rasad does not code so yet (ExpectStillPending).
// - A funeral turned into a march (حول المشيعون الجنازة إلى مظاهرة): a verb of becoming presents its noun as
//   happening. Since session 31 تحولت الجنازة إلى مظاهرة is read so (word_kinds.tsv kind becoming), but not the
//   3ms حوّل, which unvocalized is also حول "around, about" (نقاش حول الدعوة إلى التظاهر).
// (Mourners chanting against someone, هتف المشيعون بشعارات ضد الجيش, are coded since session 51: the row is in
// coder_args51_test.)
const ProbeRow kPending[] = {
    {"mourners_turned_funeral_into_demonstration", "حول المشيعون الجنازة إلى مظاهرة ضد الحكومة في السويداء.",
     "PROTEST", "14", nullptr, nullptr},
};

class Mood30PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood30PendingTest, NotYetCoded) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood30PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
