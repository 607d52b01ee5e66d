// Readings session 55 left pending, in wire-style sentences written for this table (none copied from a corpus or a gold
// set), on what session 56 (reads) worked on, one class per block, by how often the construction comes in the news:
// 1. a crowd of people as a protest's subject (تجمع حشد من المواطنين، احتشد جمع غفير من الأهالي، تظاهرت حشود من
//    المعلمين): a crowd word right after the verb (word_kinds.tsv part_noun; جمع is one now), read as no event or as
//    none, with one word of its size allowed (غفير), is the subject's head; its people after من are the subject
//    (arguments.cc). A crowd pouring, flocking or marching on a place (تدفق، توافد، زحف; triggers.tsv protest_purpose)
//    protests as one going out does: with a word of protest purpose after it, or chants against someone in its sentence
//    (وهتفوا ضد الحكومة، ورددوا هتافات ضد الجيش), then one protest, the chant's phrase its own; a verb's crowd is of the
//    state of the square or the streets it goes into (إلى), a protest noun's that spread there is not;
// 2. a strike kept with where its strikers are between the subject and بالإضراب (التزم التجار في أسواق المدينة القديمة
//    بالإضراب): the phrase's rest after في and up to three words may be one word with its preposition and article on it
//    (SplitNounPhrase); traders closing their shops in protest (أغلق التجار محالهم احتجاجا على الضرائب): a strike, 143,
//    only with a word of protest purpose after it (triggers.tsv protest_purpose);
// 3. a toll before a clause of when whose verb is an accident with what it befell (قتل عشرون شخصا عندما سقطت طائرة مدنية،
//    حين انهار مبنى، عندما انقلبت حافلة، عندما غرق قاربهم; grammar.tsv accident): no attack (code_trigger.cc, beside the
//    accident after في or بـ); a verb of occurrence between حين and the violent noun (حين وقعت غارة بطائرة مسيرة) opens
//    the clause the toll is told with: one event, the act's, with the toll's counts (OneIncidentTolls);
// 4. misread doers and words: the victims' family after من (قتل ستة أفراد من عائلة واحدة في قصف إسرائيلي): a count and
//    its unit before من count the people after it, the victims of the killing verb (trigger_arguments.cc), not its doer;
//    آليتهم "their vehicle" is no يتهم: a word written with a madda before its lam has no article for its matching form
//    to lose (ChooseRecord).
// 5. a raid after بعد or عقب in a killing's clause (قتل شاب فلسطيني بعد مداهمة قوات الاحتلال منزله): background after a
//    temporal preposition, as session 55 settled for a battle before a seizure, and one incident with the killing, the
//    raiders its doers (RaidsEndingInKillings, as after خلال or في).
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

using testing::IncidentRow;
using testing::ProbeRow;

class Reads56Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads56Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A crowd of people as the subject: its people after من; a crowd pouring into a square and chanting: one protest.
    {"a_crowd_of_citizens_gathered_before_parliament_beirut",
     "تجمع حشد من المواطنين أمام البرلمان في بيروت احتجاجا على غلاء الأسعار.", "PROTEST", "14", "LBN/CVL", nullptr},
    {"a_great_crowd_of_residents_massed_before_the_governorate_basra",
     "احتشد جمع غفير من الأهالي أمام مبنى المحافظة في البصرة.", "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"a_crowd_of_students_demonstrated_before_the_ministry_khartoum",
     "تظاهر حشد من الطلاب أمام مقر وزارة التعليم في الخرطوم.", "PROTEST", "14", "SDN/EDU", "SDN/GOV"},  // (reads55's pending row)
    {"crowds_of_teachers_demonstrated_before_the_ministry_amman",
     "تظاهرت حشود من المعلمين أمام مقر وزارة التربية في عمان.", "PROTEST", "14", "JOR/EDU", "JOR/GOV"},
    {"a_crowd_of_detainees_families_sat_in_before_the_court_cairo",
     "اعتصم جمع من أهالي المعتقلين أمام مبنى المحكمة في القاهرة.", "PROTEST", "14", "EGY/CVL", "EGY/JUD"},
    {"thousands_of_students_went_out_into_the_streets_of_algiers",
     "خرج آلاف من الطلاب إلى شوارع الجزائر العاصمة للمطالبة بإصلاح الجامعة.", "PROTEST", "14", "DZA/EDU", nullptr},
    {"protesters_poured_into_tahrir_square_and_chanted_against_the_government",
     "تدفق المحتجون إلى ساحة التحرير في بغداد وهتفوا ضد الحكومة.", "PROTEST", "14", "IRQ/CVL", "IRQ/GOV"},
    {"demonstrators_flocked_to_martyrs_square_chanting_against_the_government",
     "توافد المتظاهرون إلى ساحة الشهداء في بيروت ورددوا هتافات ضد الحكومة.", "PROTEST", "14", "LBN/CVL", "LBN/GOV"},
    {"throngs_of_protesters_marched_on_the_palace_chanting_against_the_army",
     "زحفت جموع المتظاهرين نحو القصر الرئاسي في الخرطوم ورددوا هتافات ضد الجيش.", "PROTEST", "14", "SDN/CVL",
     "SDN/MIL"},
    {"a_crowd_of_settlers_attacked_a_village_near_ramallah", "هاجم حشد من المستوطنين قرية ترمسعيا شمال رام الله.",
     "ASSAULT", "", "ISR/*", nullptr},
    {"a_crowd_of_citizens_gathered_before_the_municipality_tripoli",
     "تجمع حشد من المواطنين أمام مبنى البلدية في مدينة طرابلس.", "PROTEST", "14", "LBY/CVL", "LBY/GOV"},  // (reads54's)
    {"young_men_streamed_to_square_and_chanted_against_government", "تدفق آلاف الشبان إلى ساحة الشهداء وهتفوا ضد الحكومة.",
     "PROTEST", "14", "*/CVL", nullptr},  // (indep55's pending row, dated 2019-10-20 there)
    {"group_of_the_army_storms", "اقتحمت مجموعة من الجيش الإسرائيلي بلدة قباطية.", "ASSAULT", "190", "ISR/MIL",
     "PSE/*"},  // (lex39's pending row, dated 2025-06-01 there: a unit word before the army, as a crowd word)
    {"guard_tens_of_workers_gathered_before_the_company_sfax",
     "تجمع عشرات من العمال أمام مقر الشركة في صفاقس مطالبين بصرف رواتبهم.", "PROTEST", "14", "TUN/LAB", nullptr},
    {"guard_worshippers_flocked_to_the_mosque", "توافد المصلون إلى المسجد الأقصى لأداء صلاة الجمعة.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_fans_marched_to_the_airport_cheering_the_king",
     "زحفت الجماهير إلى المطار لاستقبال المنتخب وسط هتافات بحياة الملك.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_russian_forces_advanced_on_the_town", "زحفت القوات الروسية نحو مدينة باخموت من ثلاثة محاور.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_the_displaced_poured_across_the_crossing", "تدفق آلاف النازحين على معبر رفح هربا من القصف.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},

    // 2. A strike kept with a place between the subject and بالإضراب; traders closing their shops in protest.
    {"traders_in_the_old_city_markets_kept_to_the_strike",
     "التزم التجار في أسواق المدينة القديمة بالإضراب احتجاجا على الضرائب الجديدة.", "PROTEST", "143", "*/BUS", nullptr},
    {"teachers_in_sweida_schools_kept_to_the_strike",
     "التزم المعلمون في مدارس محافظة السويداء بالإضراب للمطالبة بزيادة الرواتب.", "PROTEST", "143", "SYR/EDU", nullptr},
    {"traders_closed_their_shops_in_the_hamidiya_souk_in_protest",
     "أغلق التجار محالهم في سوق الحميدية احتجاجا على رفع الضرائب.", "PROTEST", "143", "*/BUS", nullptr},
    {"traders_in_the_markets_of_damascus_kept_to_the_strike",
     "التزم التجار في أسواق دمشق بالإضراب احتجاجا على الضرائب الجديدة.", "PROTEST", "143", "SYR/BUS", nullptr},  // (reads54's)
    {"guard_the_traders_kept_to_the_strike", "التزم التجار بالإضراب الشامل في مدينة جنين.", "PROTEST", "143", nullptr,
     nullptr},
    {"guard_port_workers_went_on_an_open_strike", "دخل عمال الموانئ في إضراب مفتوح في ميناء البصرة.", "PROTEST", "143",
     "IRQ/LAB", nullptr},

    // 3. A toll before a clause of when whose verb is an accident: no attack.
    {"twenty_killed_when_a_civilian_plane_crashed_khartoum", "قتل عشرون شخصا عندما سقطت طائرة مدنية قرب مطار الخرطوم.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"twelve_workers_died_when_a_building_collapsed_cairo",
     "لقي اثنا عشر عاملا حتفهم حين انهار مبنى قيد الإنشاء في القاهرة.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"fifteen_passengers_killed_when_a_bus_overturned_hodeidah",
     "قتل خمسة عشر راكبا عندما انقلبت حافلة على طريق الحديدة صنعاء.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"eight_died_when_a_military_helicopter_crashed_kwara",
     "لقي ثمانية أشخاص مصرعهم عندما تحطمت مروحية عسكرية في ولاية كوارا.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"seven_migrants_killed_when_their_boat_sank_off_libya", "قتل سبعة مهاجرين عندما غرق قاربهم قبالة سواحل ليبيا.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"six_killed_when_a_truck_collided_with_a_bus_setif", "قتل ستة أشخاص عندما اصطدمت شاحنة بحافلة ركاب في ولاية سطيف.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"three_workers_died_when_a_residential_block_collapsed_algiers",
     "توفي ثلاثة عمال حين انهارت بناية سكنية في حي باب الواد بالجزائر العاصمة.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_ten_soldiers_killed_when_shells_fell_on_their_barracks",
     "قتل عشرة جنود عندما سقطت قذائف على ثكنتهم في مدينة دونيتسك.", "ASSAULT", "19", nullptr, "*/MIL"},
    {"guard_five_killed_when_a_car_bomb_went_off_mogadishu",
     "قتل خمسة أشخاص عندما انفجرت سيارة مفخخة في سوق مدينة مقديشو.", "ASSAULT", "183", nullptr, "SOM/CVL"},

    // 5. A raid after بعد in the killing's clause: no coercion of its own (actors55's pending row).
    {"israeli_forces_kill_a_young_man_after_raiding_his_home_in_qabatiya",
     "قتلت القوات الإسرائيلية شابا فلسطينيا بعد مداهمة منزله في بلدة قباطية.", "ASSAULT", "1", "ISR/MIL", "PSE/*",
     "COERCE"},

    // 4. آليتهم "their vehicle": no accusation.
    {"a_drone_targeted_their_vehicle_near_maroun_al_ras", "استهدفت طائرة مسيرة إسرائيلية آليتهم قرب بلدة مارون الراس.",
     "ASSAULT", "195", "ISR/*", nullptr, "ACCUSE"},
    {"gunmen_targeted_their_vehicle_blue_nile",
     "قتل أربعة من عناصر الشرطة حين استهدف مسلحون آليتهم في ولاية النيل الأزرق.", "ASSAULT", "", "*/UAF", nullptr,
     "ACCUSE"},
    {"guard_the_minister_accuses_the_opposition", "يتهم وزير الداخلية المعارضة بالتحريض على العنف.", "ACCUSE", "112",
     nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads56Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 3. A verb of occurrence between حين or عندما and the violent noun: one event, the act's, with the toll's counts.
class Reads56IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Reads56IncidentTest, CodesOneIncident) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    {"four_civilians_killed_when_a_drone_strike_hit_their_car_marib",
     "قتل أربعة مدنيين حين وقعت غارة بطائرة مسيرة على سيارتهم في مأرب.", 1, "195", nullptr, "*/CVL", 4, -1},
    {"three_children_killed_when_an_israeli_strike_hit_their_home",
     "قتل ثلاثة أطفال حين وقعت غارة إسرائيلية على منزلهم في بيت لاهيا.", 1, "195", "ISR/*", "PSE/CVL", 3, -1},
    {"seven_soldiers_wounded_when_a_drone_attack_hit_a_base_white_nile",
     "أصيب سبعة جنود عندما وقع هجوم بطائرة مسيرة على قاعدة عسكرية في ولاية النيل الأبيض.", 1, "195", nullptr,
     "SDN/MIL", -1, 7},
    // 4. The victims' family after من: the victims, the strike's doer the toll's.
    // (args37's and args50's pending rows: a means with its doer's nationality after the victims, the doer named after
    //    the means, no longer kept apart.)
    {"shabaab_leader_killed_in_us_strike_one_event", "قتل قيادي بارز في حركة الشباب بغارة أمريكية في جنوب الصومال.", 1,
     "19", "USA/*", "SOM/*", 1, -1},
    {"civilians_killed_in_russian_shelling_on_sumy", "قتل ثلاثة مدنيين بينهم طفلان في قصف روسي على مدينة سومي.", 1, "19",
     "RUS/*", "UKR/CVL", 3, -1},
    {"at_least_twenty_of_shabaab_killed_in_american_strike_one_event",
     "قتل ٢٠ على الأقل من عناصر حركة الشباب في غارة أمريكية جنوب الصومال.", 1, "19", "USA/*", "SOM/REB", 20, -1},
    {"six_of_one_family_killed_in_israeli_shelling_deir_al_balah",
     "قتل ستة أفراد من عائلة واحدة في قصف إسرائيلي على منزلهم في دير البلح.", 1, "19", "ISR/*", "PSE/*", 6, -1},
    {"five_of_one_family_killed_in_a_russian_air_strike_idlib",
     "قتل خمسة أفراد من أسرة واحدة في غارة جوية روسية على بلدة في ريف إدلب.", 1, "195", "RUS/*", "SYR/*", 5, -1},
    {"four_of_one_family_wounded_in_rsf_shelling_el_fasher",
     "أصيب أربعة أفراد من عائلة واحدة في قصف مدفعي لقوات الدعم السريع على حي سكني في الفاشر.", 1, "194", "SDN/*",
     "SDN/*", -1, 4},
    {"guard_six_of_one_family_killed_in_israeli_shelling",
     "قتل ستة من عائلة واحدة في غارة إسرائيلية على منزلهم في مخيم النصيرات.", 1, "195", "ISR/*", "PSE/*", 6, -1},
    // 5. A raid after بعد or عقب in the killing's clause: one incident, the killing, by the raiders.
    {"a_young_man_killed_after_occupation_forces_raided_his_home_jenin",
     "قتل شاب فلسطيني بعد مداهمة قوات الاحتلال منزله في مخيم جنين.", 1, "19", "ISR/*", "PSE/CVL", 1, -1},
    {"police_killed_two_gunmen_after_raiding_their_hideout_borno",
     "قتلت الشرطة مسلحين اثنين عقب مداهمة مخبأ لهم في ولاية بورنو.", 1, "19", "NGA/COP", "*/UAF", 2, -1},
    {"guard_police_killed_four_gunmen_during_a_raid",
     "قتلت الشرطة أربعة مسلحين خلال مداهمة لمخبأ في ضواحي مدينة الموصل.", 1, "19", "IRQ/COP", nullptr, 4, -1},
    {"guard_eight_soldiers_died_when_a_bomber_blew_himself_up_kismayo",
     "قتل ثمانية جنود حين فجر انتحاري حزامه الناسف قرب ثكنة عسكرية في مدينة كسمايو.", 1, "1831", "*/UAF", "*/MIL", 8,
     -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Reads56IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. Protesters named with the article chanting with no verb of protest before (هتف المحتجون ضد الحكومة) are taken
    //    for the acts of a protest told before (AfterChant): alone in a document, no protest is coded.
    {"protesters_chanted_against_the_government_alone", "هتف المحتجون ضد الحكومة في ساحة التحرير ببغداد.", "PROTEST",
     "14", "IRQ/CVL", "IRQ/GOV"},
};

class Reads56PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Reads56PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Reads56PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
