// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied
// from a corpus), on what session 30 (args30) worked on, one class of readings per block (the numbers of
// the brief):
// 1. one incident told by two verbs and a means (لقي ثلاثة جنود مصرعهم وأصيب اثنان آخران بانفجار عبوة، قتل
//    مدنيان وجرح خمسة في قصف مدفعي): one attack, with its killed and its wounded, by the means' doer on the
//    victims; not one event per verb;
// 2. a toll in a clause of result (، ما أسفر عن مقتل جنديين): the toll of the attack it follows; after a
//    relative clause on the main event's target (مع مسلحين هاجموا حاجزا، ما أسفر عن مقتل ثلاثة منهم), or
//    counted among the doers of the attack before it (تصدى الجيش لهجوم شنته ...، ما أسفر عن مقتل العشرات
//    منهم), the toll of the main event, aimed at those it counts;
// 3. a visit followed by حيث التقى or والتقى: the visitor meets the one named after the verb;
// 5. the pending rows of sessions 26, 28 and 29 of their kinds, in new sentences: tear gas named by its
//    grenades, used to disperse (القنابل المسيلة للدموع لتفريق المتظاهرين); a claim naming the attack العملية;
//    a participle of accusation after the main verb's definite object with neither comma nor إياه (pending);
// 6. a passive with على يد and a unit of a group (اعتقل صحفي على يد عناصر من قوات الدعم السريع).
// An accuser the lexicon does not know (4: يتهم الغرب روسيا بقصف) and a subject after a phrase of time stay
// pending (kPending).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder
// ran. An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

class Args30IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args30IncidentTest, CodesOneIncidentWithItsToll) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 1. Two verbs of a toll joined by و and a means: one incident.
    {"syrian_soldiers_died_two_wounded_bomb", "لقي ثلاثة جنود سوريين مصرعهم وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم في ريف درعا.",
     1, "183", "", "SYR/MIL", 3, 2},
    {"fasher_civilians_killed_wounded_shelling", "قتل مدنيان وجرح خمسة آخرون في قصف مدفعي لقوات الدعم السريع على مدينة الفاشر.",
     1, "19", "SDN/REB", "*/CVL", 2, 5},
    {"ukrainian_soldiers_drone_kharkiv", "قتل جنديان أوكرانيان وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة روسية على خاركيف.",
     1, "19", "RUS/*", "UKR/MIL", 2, 3},
    {"somali_police_suicide_bombing_shabaab", "قتل خمسة من عناصر الشرطة الصومالية وجرح ثلاثة في تفجير انتحاري تبنته حركة الشباب في مقديشو.",
     1, "18", "SOM/REB", "SOM/COP", 5, 3},
    {"taiz_civilians_houthi_shelling", "قتل ستة مدنيين وأصيب تسعة في قصف للحوثيين على أحياء سكنية في تعز.",
     1, "19", "YEM/REB", "*/CVL", 6, 9},
    {"somali_soldiers_shabaab_base_attack", "قتل جنديان صوماليان وأصيب أربعة آخرون في هجوم شنته حركة الشباب على قاعدة عسكرية في شبيلي السفلى.",
     1, "19", "SOM/REB", "SOM/MIL", 2, 4},
    {"odessa_civilians_russian_shelling", "لقي خمسة مدنيين حتفهم وأصيب عشرة آخرون في قصف روسي على مدينة أوديسا.",
     1, "19", "RUS/*", "*/CVL", 5, 10},
    {"anbar_police_bomb_patrol", "قتل أربعة عناصر من الشرطة العراقية وأصيب اثنان بانفجار عبوة ناسفة استهدفت دوريتهم في الأنبار.",
     1, "18", "", "IRQ/COP", 4, 2},
    {"fasher_children_rsf_shelling", "قتل ثلاثة أطفال وأصيب سبعة آخرون بقصف لقوات الدعم السريع على حي سكني في الفاشر.",
     1, "19", "SDN/REB", "*/CVL", 3, 7},
    {"nablus_palestinians_israeli_fire", "استشهد فلسطينيان وأصيب خمسة آخرون برصاص الجيش الإسرائيلي في نابلس.",
     1, "19", "ISR/MIL", "PSE/*", -1, 5},
    {"borno_soldiers_boko_haram_attack", "قتل ثلاثة جنود نيجيريين وجرح خمسة في هجوم لجماعة بوكو حرام على قاعدة في ولاية بورنو.",
     1, "19", "NGA/REB", "NGA/MIL", 3, 5},
    {"khan_younis_palestinians_israeli_shelling", "استشهد ثلاثة فلسطينيين وأصيب ستة آخرون في قصف إسرائيلي على خان يونس.",
     1, "19", "ISR/*", "PSE/*", 3, 6},
    {"chad_soldiers_boko_haram_lake", "قتل جنديان تشاديان وجرح أربعة في هجوم لجماعة بوكو حرام قرب بحيرة تشاد.",
     1, "19", "*/REB", "TCD/MIL", 2, 4},
    // 2. A toll in a clause of result: the toll of the attack before it.
    {"baidoa_bomber_market_result_seven", "فجر انتحاري نفسه وسط سوق شعبي في مدينة بيدوا، ما أسفر عن مقتل سبعة مدنيين.",
     1, "18", nullptr, "*/CVL", 7, -1},
    {"hasakah_turkish_drone_car_three_sdf", "قصفت مسيرة تركية سيارة في ريف الحسكة، ما أسفر عن مقتل ثلاثة من عناصر قوات سوريا الديمقراطية.",
     1, "19", "TUR/*", "SYR/REB", 3, -1},
    {"mopti_checkpoint_result_two_soldiers", "هاجم مسلحون حاجزا للجيش المالي في منطقة موبتي، ما أسفر عن مقتل جنديين.",
     1, "19", "*/UAF", "MLI/MIL", 2, -1},
    {"shabaab_base_result_five_soldiers", "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي، مما أدى إلى مقتل خمسة جنود.",
     1, "19", "SOM/REB", "SOM/MIL", 5, -1},
    {"rafah_strike_result_five_palestinians", "شن الجيش الإسرائيلي غارة على منزل في رفح، ما أسفر عن مقتل خمسة فلسطينيين.",
     1, "19", "ISR/MIL", "PSE/*", 5, -1},
    {"lebanon_strike_car_hezbollah_two_of_them", "استهدفت غارة إسرائيلية سيارة كانت تقل عناصر من حزب الله في جنوب لبنان، ما أسفر عن مقتل اثنين منهم.",
     1, "19", "ISR/*", "LBN/REB", 2, -1},
    {"marib_drone_qaeda_leaders_two_of_them", "استهدفت مسيرة أمريكية سيارة تقل قياديين في تنظيم القاعدة في مأرب، ما أسفر عن مقتل اثنين منهم.",
     1, "19", "USA/*", "*/REB", 2, -1},
    {"guard_mogadishu_police_station_three_of_its_men", "هاجم مسلحون من حركة الشباب مركزا للشرطة في مقديشو، ما أسفر عن مقتل ثلاثة من عناصرها.",
     1, "19", "SOM/REB", "SOM/COP", 3, -1},
    // 2. After a relative clause on the main event's target, or counted among the doers of the attack
    // before: the main event's toll.
    {"kirkuk_clash_gunmen_who_attacked_three_of_them", "اشتبكت قوات الأمن العراقية مع مسلحين هاجموا حاجزا للجيش في كركوك، ما أسفر عن مقتل ثلاثة منهم.",
     2, "19", "IRQ/COP", "*/UAF", 3, -1},
    {"sirte_army_gunmen_who_attacked_four_of_them", "اشتبك الجيش الليبي مع مسلحين هاجموا نقطة تفتيش قرب سرت، ما أسفر عن مقتل أربعة منهم.",
     2, "19", "LBY/MIL", "*/UAF", 4, -1},
    {"obeid_army_repelled_rsf_dozens_of_them", "تصدى الجيش السوداني لهجوم شنته قوات الدعم السريع على مدينة الأبيض، ما أسفر عن مقتل العشرات منهم.",
     2, "19", "SDN/MIL", "SDN/REB", 0, -1},
    {"bakhmut_ukraine_repelled_russia_dozens_of_them", "تصدت القوات الأوكرانية لهجوم شنته القوات الروسية على باخموت، ما أسفر عن مقتل العشرات منهم.",
     2, "19", "UKR/MIL", "RUS/MIL", 0, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args30IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // 3. A visit followed by حيث التقى or والتقى: the visitor meets the one named after the verb.
    {"turkish_president_riyadh_where_met_crown_prince", "زار الرئيس التركي الرياض حيث التقى ولي العهد السعودي.",
     "CONSULT", "04", "TUR/GOV", "SAU/GOV"},
    {"iraqi_pm_tehran_where_met_iranian_president", "زار رئيس الوزراء العراقي طهران حيث اجتمع بالرئيس الإيراني.",
     "CONSULT", "04", "IRQ/GOV", "IRN/GOV"},
    {"somali_president_nairobi_where_met_counterpart", "توجه الرئيس الصومالي إلى نيروبي حيث التقى نظيره الكيني.",
     "CONSULT", "04", "SOM/GOV", "KEN/*"},
    {"us_defence_secretary_kyiv_where_met_president", "زار وزير الدفاع الأمريكي كييف حيث التقى الرئيس الأوكراني.",
     "CONSULT", "04", "USA/*", "UKR/GOV"},
    {"egyptian_fm_beirut_where_met_lebanese_pm", "زار وزير الخارجية المصري بيروت حيث التقى رئيس الحكومة اللبنانية.",
     "CONSULT", "04", "EGY/GOV", "LBN/GOV"},
    {"us_envoy_baghdad_where_met_iraqi_pm", "زار المبعوث الأمريكي بغداد حيث التقى رئيس الوزراء العراقي.",
     "CONSULT", "04", "USA/*", "IRQ/GOV"},
    {"saudi_fm_tehran_where_met_counterpart", "توجه وزير الخارجية السعودي إلى طهران حيث التقى نظيره الإيراني.",
     "CONSULT", "04", "SAU/GOV", "IRN/*"},
    {"french_president_algeria_and_met", "زار الرئيس الفرنسي الجزائر والتقى الرئيس الجزائري.",
     "CONSULT", "04", "FRA/GOV", "DZA/GOV"},
    {"guard_iranian_fm_arrived_beirut_where_met", "وصل وزير الخارجية الإيراني إلى بيروت حيث التقى رئيس الحكومة اللبنانية.",
     "CONSULT", "04", "IRN/GOV", "LBN/GOV"},
    {"guard_sudan_army_chief_arrived_cairo_where_met", "وصل قائد الجيش السوداني إلى القاهرة حيث التقى الرئيس المصري.",
     "CONSULT", "04", "SDN/MIL", "EGY/GOV"},
    {"guard_ukraine_accuses_russia_zaporizhzhia", "اتهمت أوكرانيا روسيا بقصف محطة زابوريجيا النووية.",
     "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"guard_sudan_army_accuses_rsf_shelling_camp", "اتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين في الفاشر.",
     "ASSAULT", "19", "SDN/REB", "SDN/CVL"},
    // 6. A passive with على يد and a unit of a group: the group is the doer.
    {"sudanese_journalist_arrested_by_rsf_members", "اعتقل صحفي سوداني على يد عناصر من قوات الدعم السريع في الخرطوم.",
     "COERCE", "17", "SDN/REB", "SDN/MED"},
    {"guard_syrian_activist_arrested_by_security", "اعتقل ناشط حقوقي على يد قوات الأمن السورية في حمص.",
     "COERCE", "17", "SYR/COP", "SYR/*"},
    {"guard_mali_soldiers_killed_by_gunmen", "قتل ثلاثة جنود ماليين على يد مسلحين في منطقة موبتي.",
     "ASSAULT", "19", "*/UAF", "MLI/MIL"},
    {"guard_un_staff_abducted_by_shabaab_members", "اختطف ثلاثة موظفين أمميين على يد عناصر من حركة الشباب في جنوب الصومال.",
     "ASSAULT", "18", "SOM/REB", nullptr},
    // 5. The pending rows of sessions 26, 28 and 29 of their kinds (moved to their tables there), in new
    // sentences: tear gas named by its grenades, used to disperse (the dispersed are the target); a claim that
    // names the attack العملية; a participle of accusation after the main clause's definite object, with
    // neither comma nor إياه.
    {"kenyan_police_fired_tear_gas_grenades", "أطلقت الشرطة الكينية القنابل المسيلة للدموع لتفريق المتظاهرين في نيروبي.",
     "ASSAULT", "175", "KEN/COP", "KEN/*"},
    {"sudan_security_used_tear_gas_grenades", "استخدمت قوات الأمن السودانية قنابل الغاز المسيل للدموع لتفريق المحتجين في الخرطوم.",
     "ASSAULT", "175", "SDN/COP", "SDN/*"},
    {"mogadishu_car_bomb_claimed_operation", "انفجرت سيارة مفخخة قرب مقر للشرطة في مقديشو. وتبنت حركة الشباب العملية.",
     "ASSAULT", "18", "SOM/REB", nullptr},
    // Moved from kPending (session 31): a time between the verb of carrying out and its subject (args31).
    {"israeli_fighters_raids_this_morning", "شنت صباح اليوم مقاتلات إسرائيلية غارات على مواقع لحزب الله في البقاع.",
     "ASSAULT", "195", "ISR/*", "LBN/REB"},
    // (Pending until session 38, whose changes give this reading.)
    {"iraqi_soldiers_died_vehicle_bomb_diyala", "لقي جنديان عراقيان مصرعهما وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت عربتهم في ديالى.",
     "ASSAULT", "183", "", "IRQ/MIL"},
};

class Args30Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args30Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args30Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give (see the report of session 30): each row passes while the
// reading is missing and fails once it is produced, to be moved to a table of cases then.
const ProbeRow kPending[] = {
    // 1. (لقي ... مصرعهما, the dual: the wounding joined after it gives no event, the bomb stays apart.)
    // 1. (The dead policemen get no country, the wounded the checkpoint the means hit, taken for the army's:
    // the two sides differ, and the toll stays a second event.)
    {"sinai_police_killed_wounded_gunmen_checkpoint", "قتل شرطيان وأصيب ثلاثة آخرون في هجوم لمسلحين على نقطة تفتيش في سيناء.",
     "ASSAULT", "19", "*/UAF", "EGY/COP"},
    // 4. (الغرب is no actor: countries.tsv's regions are not matched; and the accused after it is read
    // neither as the object nor as the alleged act's doer.)
    {"west_accuses_russia_energy_strikes", "يتهم الغرب روسيا بقصف البنية التحتية للطاقة في أوكرانيا.",
     "ASSAULT", "19", "RUS/*", nullptr},
    {"west_accused_russia_accusation_target", "اتهم الغرب روسيا بقصف البنية التحتية للطاقة.",
     "ACCUSE", "112", nullptr, "RUS/*"},
    {"west_accused_iran_supplying_russia", "اتهم الغرب إيران بتزويد روسيا بطائرات مسيرة.",
     "ACCUSE", "112", nullptr, "IRN/*"},
    // 5. (The accusation is found, but read as intended after رفض: reporting.cc gives the verb of refusal's
    // modality to the participle.)
    {"sudan_army_rejected_initiative_accusing_uae", "رفض الجيش السوداني المبادرة متهما الإمارات بدعم قوات الدعم السريع.",
     "ACCUSE", "112", "SDN/MIL", "ARE/*"},
    // 5. (علقت is no trigger and المالية is read as "financial", not Malian: the subject is الحكومة alone.)
    {"mali_government_suspended_agreement_accusing_algeria", "علقت الحكومة المالية الاتفاق متهمة الجزائر بالتدخل في شؤونها.",
     "ACCUSE", "112", "MLI/GOV", "DZA/*"},
    // 6. (A subject after a date or a phrase of time: the split phrase شن ... غارات is not found past it.)
    {"israeli_jets_raids_after_time_phrase", "شنت خلال الساعات الماضية طائرات حربية إسرائيلية غارات على بلدات في جنوب لبنان.",
     "ASSAULT", "195", "ISR/*", nullptr},
};

class Args30PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args30PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args30PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
