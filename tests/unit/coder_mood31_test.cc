// Event or no event, session 31, on wire-style sentences written for these tables (none copied from a corpus),
// each labelled by hand from the Arabic before the coder ran. The analyst's decisions:
// - funerals: a funeral turned into a march or a demonstration against someone (تحولت الجنازة إلى مسيرة غاضبة
//   ضد قوات الأمن، تحول التشييع إلى تظاهرة) is a protest: the noun after the إلى of a verb of becoming happened.
//   A plain funeral (شيع الآلاف جثمان الصحفية) is no event; one of the victims of a strike or a massacre names
//   those deaths, told before, and is no protest. Mourners chanting against someone (ردد المشيعون هتافات تندد
//   بالاحتلال) protest too: pending (the chant is read as a condemnation, 111, or not at all);
// - deaths with no doer (cold, drowning, a road accident, a fire, floods, an earthquake, a heart attack) are no
//   attack; a death in a strike or a shelling is one (قضى خمسة أطفال في غارة: pending, قضى is no verb of dying
//   of grammar.tsv);
// - crowds: a verb of gathering (احتشد، تجمع) reports a protest only where the sentence shows one: protesters,
//   a word of protest purpose or of demanding, or the seat of an actor before which the crowd gathers (أمام
//   مقر الحكومة، أمام السفارة). Worshippers at prayer, fans welcoming a team, refugees waiting at a crossing,
//   the displaced at aid points gather for no protest, and "crowds of" people (حشود من الفلسطينيين) are no
//   build-up of forces (MOBILIZE 154 is troops massing: حشدت روسيا قوات). Fighters massing (احتشد مقاتلو
//   حركة الشباب) are no protest; that they are a build-up, 154, is pending;
// - demands: what a demand or an appeal asks for after بـ (طالبت منظمات حقوقية بوقف الاعتقالات التعسفية، طالب
//   الاتحاد الأوروبي السلطات الإثيوبية بوقف اعتقال الصحفيين، طالبت المعارضة بإنهاء الحصار) is no new event,
//   also with the subject and the one asked between the verb and بـ; the demand is the event (REQUEST), by the
//   one demanding. طالب is also "student": قتل طالب جامعي بهجوم is an attack;
// - anniversaries: the event an anniversary marks (الذكرى العاشرة لاجتياح تنظيم الدولة مدينة الموصل، الذكرى
//   الأولى لاغتيال) was told long ago; the vigil held on it is news;
// - statistics of organisations over a period, opinions (يرى محللون)، questions, conditions (ما لم، إن لم)،
//   the future (سـ، سوف، من المقرر) and denials of a report (نفى الجيش صحة الأنباء عن قصف مستشفى) report no
//   event (guards: rasad already read them so). A cumulative toll since a date (ارتفع عدد القتلى في غزة إلى 35
//   ألفا منذ السابع من أكتوبر) is a statistic too; rasad still codes it (left, not in the tables).
// Rows named fix_ failed before the session's change; rows named guard_ passed and keep what they protect.
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // قضى "perished" in a strike (a pending row closed by args39: triggers.tsv flag dying).
    {"children_perished_in_idlib_air_strike", "قضى خمسة أطفال في غارة جوية على مدينة إدلب.", "ASSAULT", "19", nullptr,
     nullptr},
    // Funerals.
    {"fix_funeral_turned_into_angry_march_kassala", "تحولت جنازة المعلم إلى مسيرة غاضبة ضد قوات الأمن في مدينة كسلا.",
     "PROTEST", "14", nullptr, nullptr},
    {"fix_funeral_turned_into_demonstration_fasher",
     "تحولت جنازة ضحايا القصف في الفاشر إلى مظاهرة تندد بقوات الدعم السريع.", "PROTEST", "14", nullptr, nullptr},
    {"fix_mourning_turned_into_protests_nairobi",
     "تحولت مراسم التشييع إلى احتجاجات على مقتل الشاب برصاص الشرطة في نيروبي.", "PROTEST", "14", nullptr, nullptr},
    {"fix_basra_funeral_turned_into_demonstration", "تحول تشييع الناشط في مدينة البصرة إلى تظاهرة ضد الأحزاب الحاكمة.",
     "PROTEST", "14", nullptr, nullptr},
    {"guard_funeral_of_strike_victims_tyre", "شيع الآلاف جثامين ضحايا الغارة الإسرائيلية في مدينة صور.", nullptr, "",
     nullptr, nullptr, "PROTEST"},
    {"guard_funeral_of_massacre_victims_no_protest", "خرجت جنازة حاشدة لضحايا مجزرة ود النورة.", nullptr, "", nullptr,
     nullptr, "PROTEST"},
    {"guard_gaza_turned_into_mass_grave", "تحولت غزة إلى مقبرة جماعية للأطفال.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    // Deaths.
    {"guard_civilians_died_in_kherson_shelling", "لقي ثلاثة مدنيين حتفهم جراء القصف المدفعي على مدينة خيرسون.",
     "ASSAULT", "19", nullptr, "UKR/CVL"},
    // Crowds.
    {"fix_crowds_of_palestinians_wait_for_aid", "حشود من الفلسطينيين تنتظر المساعدات على شاطئ غزة.", nullptr, "",
     nullptr, nullptr, "MOBILIZE"},
    {"fix_shabaab_fighters_massing_no_protest", "احتشد مقاتلو حركة الشباب قرب بلدة بلعد.", nullptr, "", nullptr,
     nullptr, "PROTEST"},
    {"guard_thousands_massed_before_government_seat", "احتشد الآلاف أمام مقر الحكومة في بغداد.", nullptr, "", nullptr,
     nullptr, "MOBILIZE"},
    {"guard_protesters_massed_in_tahrir_square", "احتشد آلاف المحتجين في ساحة التحرير للمطالبة بإسقاط الحكومة.",
     "PROTEST", "14", nullptr, nullptr, "MOBILIZE"},
    {"guard_hundreds_massed_before_us_embassy", "احتشد المئات أمام السفارة الأمريكية في عمان احتجاجا على الحرب في غزة.",
     "PROTEST", "14", nullptr, "USA/*", "MOBILIZE"},
    {"guard_protesters_gathered_before_basra_governorate", "تجمع المتظاهرون أمام مبنى المحافظة في البصرة.", "PROTEST",
     "14", nullptr, nullptr},
    {"guard_russia_massed_troops_on_border", "حشدت روسيا قوات كبيرة على الحدود مع أوكرانيا.", "MOBILIZE", "154", "RUS/*",
     nullptr},
    {"guard_sudanese_army_massed_reinforcements", "حشد الجيش السوداني تعزيزات عسكرية حول مدينة الأبيض.", "MOBILIZE",
     "154", "SDN/MIL", nullptr},
    // Demands.
    {"fix_rights_groups_demanded_end_of_arrests_egypt", "طالبت منظمات حقوقية بوقف الاعتقالات التعسفية في مصر.",
     "REQUEST", "10", "*/NGO", nullptr, "COERCE"},
    {"fix_eu_demanded_ethiopia_stop_arresting_journalists",
     "طالب الاتحاد الأوروبي السلطات الإثيوبية بوقف اعتقال الصحفيين.", "REQUEST", "10", "*/IGO", "ETH/GOV", "COERCE"},
    {"fix_opposition_demanded_end_of_taiz_siege", "طالبت المعارضة بإنهاء الحصار المفروض على مدينة تعز.", "REQUEST",
     "10", nullptr, nullptr, "COERCE"},
    {"fix_european_parliament_demanded_end_of_arrests_georgia", "طالب البرلمان الأوروبي بوقف الاعتقالات في جورجيا.",
     "REQUEST", "10", nullptr, nullptr, "COERCE"},
    {"guard_amnesty_called_for_release_in_tunisia", "دعت منظمة العفو الدولية إلى الإفراج عن المعتقلين السياسيين في تونس.",
     "REQUEST", "02", nullptr, nullptr, "COERCE"},
    {"guard_families_demanded_release_from_houthis", "طالب ذوو المعتقلين بالإفراج عن أبنائهم المحتجزين لدى الحوثيين.",
     "REQUEST", "10", nullptr, nullptr, "COERCE"},
    {"guard_families_urged_libya_to_free_abducted",
     "ناشدت عائلات المختطفين الحكومة الليبية التدخل لإطلاق سراح ذويهم.", "REQUEST", "02", nullptr, "LBY/GOV", "COERCE"},
    {"guard_hrw_demanded_inquiry_into_killings", "طالبت هيومن رايتس ووتش بالتحقيق في عمليات القتل خارج نطاق القانون في بوركينا فاسو.",
     "REQUEST", "10", nullptr, nullptr, "ASSAULT"},
    {"guard_journalists_union_called_to_stop_prosecutions", "دعت نقابة الصحفيين إلى وقف ملاحقة الصحفيين في العراق.",
     "REQUEST", "02", nullptr, nullptr, "COERCE"},
    {"guard_rights_groups_demanded_sudan_free_activists",
     "طالبت منظمات حقوقية السلطات السودانية بالإفراج عن الناشطين المعتقلين.", "REQUEST", "105", "*/NGO", "SDN/GOV",
     "COERCE"},
    {"guard_un_urged_sudan_parties_to_stop_hospital_attacks",
     "ناشدت الأمم المتحدة أطراف النزاع في السودان بوقف الهجمات على المستشفيات.", "REQUEST", "02", nullptr, nullptr,
     "ASSAULT"},
    {"guard_student_killed_in_mogadishu_attack", "قتل طالب جامعي بهجوم مسلح في مقديشو.", "ASSAULT", "19", nullptr,
     nullptr},
    // Anniversaries.
    {"guard_vigil_on_anniversary_of_journalist_killing",
     "نظم ناشطون وقفة احتجاجية في الذكرى الأولى لاغتيال الصحفية في جنين.", "PROTEST", "14", nullptr, nullptr, "ASSAULT"},
    // (Pending in mood31; coded since the lead's line for a stand organised, نظم ... وقفة, checked by hand: the
    // activists' vigil is a protest, the massacre it marks no event.)
    {"vigil_on_houla_massacre_anniversary", "في الذكرى السنوية لمجزرة الحولة، نظم ناشطون وقفة في إدلب.", "PROTEST",
     "14", nullptr, nullptr, "ASSAULT"},
};

class Mood31Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood31Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood31Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const testing::NoEventRow kNoEvents[] = {
    // Funerals.
    {"guard_soldiers_funeral_benghazi", "شيع المئات جثامين الجنود في مدينة بنغازي."},
    {"guard_thousands_at_sheikhs_funeral_mosul", "شارك الآلاف في تشييع جثمان الشيخ في مدينة الموصل."},
    {"guard_journalists_funeral_ramallah", "شيع الآلاف في رام الله جثمان الصحفية."},
    // Deaths with no doer.
    {"guard_children_drowned_in_nile", "غرق طفلان في نهر النيل بولاية الجزيرة."},
    {"guard_road_accident_baghdad_kirkuk", "لقي سبعة أشخاص مصرعهم في حادث سير على طريق بغداد كركوك."},
    {"guard_workers_suffocated_in_well_taiz", "توفي خمسة عمال اختناقا داخل بئر في محافظة تعز."},
    {"guard_worker_electrocuted_tripoli", "لقي عامل حتفه صعقا بالكهرباء في مدينة طرابلس."},
    {"guard_migrants_died_of_thirst_niger", "مات عشرات المهاجرين عطشا في الصحراء بين النيجر وليبيا."},
    {"guard_child_drowned_in_torrents_hadramawt", "قضى طفل غرقا في سيول جارفة بمحافظة حضرموت."},
    {"guard_market_fire_mogadishu", "توفي ثلاثة أشخاص في حريق اندلع بسوق شعبي في مقديشو."},
    {"guard_floods_blue_nile", "لقي 15 شخصا حتفهم جراء الفيضانات في ولاية النيل الأزرق."},
    {"guard_heart_attack_doha", "توفي لاعب كرة قدم إثر أزمة قلبية في الدوحة."},
    {"guard_earthquake_hatay", "لقي عشرة أشخاص مصرعهم في زلزال ضرب ولاية هطاي."},
    {"guard_migrant_died_of_heat", "توفي مهاجر من شدة الحر على الحدود بين تونس وليبيا."},
    // Crowds that are no protest.
    {"fix_palestinians_massed_at_rafah_crossing", "احتشد مئات الفلسطينيين عند معبر رفح بانتظار السماح لهم بالعبور."},
    {"fix_displaced_crowds_at_aid_points_khan_younis", "تجمعت حشود من النازحين أمام مراكز توزيع المساعدات في خان يونس."},
    {"fix_worshippers_massed_in_aqsa", "احتشد آلاف المصلين في المسجد الأقصى لأداء صلاة الجمعة."},
    {"fix_crowds_welcomed_libyan_team", "احتشدت الجماهير في شوارع طرابلس لاستقبال المنتخب الليبي."},
    {"fix_refugees_gathered_at_bab_al_hawa", "تجمع مئات اللاجئين السوريين عند معبر باب الهوى بانتظار العودة."},
    {"guard_fans_celebrated_in_rabat", "تجمع مئات المشجعين في شوارع الرباط احتفالا بفوز المنتخب."},
    // Anniversaries.
    {"fix_tenth_anniversary_of_mosul_invasion", "تصادف اليوم الذكرى العاشرة لاجتياح تنظيم الدولة مدينة الموصل."},
    {"guard_nakba_anniversary", "أحيا الفلسطينيون الذكرى السادسة والسبعين للنكبة."},
    {"guard_armenians_commemorate_genocide", "يحيي الأرمن ذكرى الإبادة الجماعية."},
    {"guard_anniversary_of_sit_in_massacre", "أحيا السودانيون الذكرى الخامسة لمجزرة فض اعتصام القيادة العامة."},
    {"guard_thirtieth_anniversary_of_srebrenica", "تحل اليوم الذكرى الثلاثون لمجزرة سربرنيتسا."},
    {"guard_ninth_anniversary_of_sanaa_takeover", "أحيا اليمنيون الذكرى التاسعة لاقتحام الحوثيين صنعاء."},
    // Statistics.
    {"guard_syrian_network_documented_monthly_deaths", "وثقت الشبكة السورية لحقوق الإنسان مقتل 120 مدنيا خلال الشهر الماضي."},
    {"guard_un_counted_displacement_since_war", "أحصت الأمم المتحدة نزوح أكثر من مليون شخص منذ بداية الحرب في السودان."},
    {"guard_who_recorded_attacks_on_health_ukraine", "سجلت منظمة الصحة العالمية 300 هجوم على المرافق الصحية في أوكرانيا منذ بداية العام."},
    {"guard_msf_report_on_2023_camp_attacks", "قالت منظمة أطباء بلا حدود في تقرير إن 45 شخصا قتلوا في هجمات على المخيمات خلال عام 2023."},
    {"guard_observatory_counted_april_arrests_yemen", "رصد مرصد حقوقي اعتقال 85 شخصا في اليمن خلال شهر أبريل."},
    // Opinions, questions, conditions, the future.
    {"guard_analysts_think_russia_will_attack", "يرى محللون أن روسيا ستشن هجوما جديدا في الصيف."},
    {"guard_experts_believe_houthis_will_go_on", "يعتقد خبراء أن الحوثيين سيواصلون استهداف السفن."},
    {"guard_observers_deem_israel_likely_to_strike_iran", "رجح مراقبون أن تقصف إسرائيل المنشآت النووية الإيرانية."},
    {"guard_question_will_israel_attack_rafah", "هل تشن إسرائيل هجوما على رفح؟"},
    {"guard_question_when_attacks_stop_sudan", "متى تتوقف الهجمات على المدنيين في السودان؟"},
    {"guard_unless_attacks_stop_army_will_respond", "إن لم تتوقف الهجمات فإن الجيش سيرد بقوة."},
    {"guard_unless_agreement_forces_will_shell", "ما لم يتم التوصل إلى اتفاق، ستقصف القوات المدينة."},
    {"guard_arab_ministers_will_meet", "سيعقد وزراء الخارجية العرب اجتماعا طارئا يوم الأحد."},
    {"guard_us_forces_will_withdraw_from_iraq", "سوف تنسحب القوات الأمريكية من العراق بحلول نهاية العام."},
    {"guard_turkish_president_scheduled_to_visit_baghdad", "من المقرر أن يزور الرئيس التركي بغداد الأسبوع المقبل."},
    // Denials of a report.
    {"guard_israeli_army_denied_reports_of_hospital_shelling", "نفى الجيش الإسرائيلي صحة الأنباء عن قصف مستشفى في غزة."},
    {"guard_russia_denied_reports_of_targeting_kyiv_homes", "نفت وزارة الدفاع الروسية التقارير عن استهداف مبان سكنية في كييف."},
    {"guard_houthis_denied_reports_of_attacking_ship", "نفى الحوثيون الأنباء عن مهاجمة سفينة تجارية في خليج عدن."},
    {"guard_rsf_denied_reports_of_arresting_journalists", "نفت قوات الدعم السريع ما تردد عن اعتقال صحفيين في الخرطوم."},
};

class Mood31NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Mood31NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood31NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences rasad does not code so yet (ExpectStillPending).
// - Mourners chanting a demand amid a funeral (وسط هتافات تطالب): at a funeral it is the protest itself. (Session 33
//   coded هتافات تندد as a protest, session 51 شعارات مناهضة and هتف ضد: those rows moved to coder_mood33_test and
//   coder_args51_test.)
// (قضى "perished" in a strike: closed by args39, its row moved to kCases.)
// - Fighters massing (احتشد مقاتلو حركة الشباب): a build-up of forces, 154; the verb of gathering has no 154 line.
// - A vigil (وقفة) without احتجاجية, and marches named by بـ after a verb of commemorating (أحيا ... بمسيرات).
const ProbeRow kPending[] = {
    {"misrata_funeral_amid_chants_demanding_accountability",
     "شيع أهالي مدينة مصراتة جثمان الشاب وسط هتافات تطالب بمحاسبة الميليشيات.", "PROTEST", "14", nullptr, nullptr},
    {"shabaab_fighters_massed_near_balad", "احتشد مقاتلو حركة الشباب قرب بلدة بلعد.", "MOBILIZE", "154", nullptr,
     nullptr},
    {"sudanese_commemorated_massacre_with_marches", "أحيا السودانيون ذكرى مجزرة القيادة العامة بمسيرات في الخرطوم.",
     "PROTEST", "14", nullptr, nullptr, "ASSAULT"},
};

class Mood31PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood31PendingTest, NotYetCoded) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood31PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
