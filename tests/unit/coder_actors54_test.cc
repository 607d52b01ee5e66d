// Actors of session 54 (actors), in wire-style sentences written for this table (none copied from a corpus or a gold
// set), one class per block, in the order of how often Arabic news tells them:
// 1. a raid beside the killing it ended in (داهمت قوات الأمن منزلا في مدينة الرمادي وقتلت مسلحين اثنين): the killing's
//    doers are the raiders, its victims those killed. The people right after the verb in the oblique case of a sound
//    plural or a dual (مسلحين، فلسطينيين، جنديين) were read as its subject (the gunmen as the killers, the Palestinians
//    as the killers of no one); they are its object, and the verb joined by و keeps the subject of the raid. Whether
//    the raid is an event of its own: the independent sets code the killing alone (ind6-a56, a raid killing 22; ind7-
//    a05, a raid and an abduction), so the raid beside a killing is one incident with it; folding the raid's COERCE
//    into the killing is still pending (below);
// 2. protesters of a town (خرج المئات من أبناء منطقة الحويجة في مظاهرة، أغلق محتجون من أهالي مدينة الكفرة الطريق):
//    civilians of the state of the town. أبناء of a word of place in construct (agents.tsv) are the town's people as
//    أهالي are, and the people of a place (أهالي، سكان) may name the place's kind before its name (مدينة الكفرة) and
//    still take its state; before, أبناء named nobody and أهالي مدينة X left the town to be read as the object;
// 3. a bomb or a shell named with its dropper or launcher as the subject (قتلت قنابل ألقتها طائرات مسيرة ستة
//    مدنيين): the machines of war that dropped or fired it did what it did; their owner (تابعة لـ, in construct) is
//    the source, and the object follows the machines. Before, the search for the object stopped at the verb of
//    dropping and the machines named no doer (a launcher named as an actor, صواريخ أطلقها الحوثيون, was read);
// 4. an object after the subject's place phrase (خطف مسلحون في ضواحي مدينة بورت أو برنس ثلاثة مبشرين): the place
//    where the subject is may open with a word of direction (ضواحي، أطراف) and be named by its direction from
//    another (في مدينة كاتسينا شمالي نيجيريا); before, only في and a place right after it were passed over;
// 5. a subject understood from two sentences back (وصل مسلحون إلى قرية. وكانت الساعة تشير إلى منتصف الليل.
//    وأحرقوا المنازل): session 53 carried the unnamed people of the sentence before to a plural verb joined by و that
//    opens its sentence; where the sentence between names no actor, holds no event and quotes no one, they are
//    carried past it (never past a quote of another speaker: actors53's pending row keeps its reading unread).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's change; every other row failed before it. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

auto RowName = [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); };

// 1. A raid beside the killing it ended in.
class Actors54RaidKillingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54RaidKillingTest, CodesTheRaidersKilling) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kRaidKillings[] = {
    {"iraqi_security_forces_raid_a_house_in_ramadi_and_kill_two_gunmen",
     "داهمت قوات الأمن العراقية منزلا في مدينة الرمادي وقتلت مسلحين اثنين.", "ASSAULT", "1", "IRQ/COP", "IRQ/UAF"},
    {"israeli_forces_raid_jenin_and_kill_two_palestinians",
     "داهمت القوات الإسرائيلية مدينة جنين وقتلت فلسطينيين اثنين.", "ASSAULT", "1", "ISR/MIL", "PSE/*"},
    {"sudanese_police_raid_a_den_in_kassala_and_kill_two_smugglers",
     "داهمت الشرطة السودانية وكرا في مدينة كسلا وقتلت مهربين اثنين.", "ASSAULT", "1", "SDN/COP", "SDN/*"},
    {"guard_somali_security_forces_raid_a_house_and_kill_a_shabaab_leader",
     "داهمت قوات الأمن الصومالية منزلا في مقديشو وقتلت قياديا في حركة الشباب.", "ASSAULT", "1", "SOM/COP", "SOM/*"},
    {"guard_mexican_police_raid_a_farm_and_kill_three_gang_members",
     "داهمت الشرطة المكسيكية مزرعة في ولاية سينالوا وقتلت ثلاثة من أفراد عصابة.", "ASSAULT", "1", "MEX/COP",
     "MEX/*"},
    {"guard_police_raid_a_smugglers_den_in_kufra_and_kill_two_of_them",
     "داهمت الشرطة وكرا للمهربين في مدينة الكفرة وقتلت اثنين منهم.", "ASSAULT", "1", "LBY/COP", "LBY/*"},
    {"guard_egyptian_police_kill_four_gunmen_during_a_raid_in_north_sinai",
     "قتلت الشرطة المصرية أربعة مسلحين خلال مداهمة لمخبأ في محافظة شمال سيناء.", "ASSAULT", "1", "EGY/COP",
     "EGY/UAF"},
    {"guard_a_raid_by_pakistani_police_in_karachi_kills_three_gunmen",
     "أسفرت مداهمة نفذتها الشرطة الباكستانية في مدينة كراتشي عن مقتل ثلاثة مسلحين.", "ASSAULT", "1", "PAK/COP",
     "PAK/UAF"},
    // The count before the people: their genitive, the victims of a killing whose doer is named after them.
    {"guard_three_civilians_killed_after_a_count",
     "قتل ثلاثة مدنيين في قصف شنته طائرات الجيش السوري على مدينة إدلب.", "ASSAULT", "1", nullptr, "SYR/CVL"},
    // A raid ending in arrests is a coercion all through.
    {"guard_kenyan_police_raid_a_quarter_of_nairobi_and_arrest_twenty",
     "داهمت الشرطة الكينية حيا في نيروبي واعتقلت عشرين شخصا.", "COERCE", "173", "KEN/COP", "KEN/CVL"},
    {"guard_a_raid_alone_is_a_coercion", "داهمت القوات الإسرائيلية مخيم بلاطة في مدينة نابلس.", "COERCE", "17",
     "ISR/MIL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54RaidKillingTest, ::testing::ValuesIn(kRaidKillings), RowName);

// 2. Protesters of a town.
class Actors54TownProtestersTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54TownProtestersTest, GivesTheProtestersTheTownsState) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kTownProtesters[] = {
    {"hundreds_of_the_people_of_hawija_march",
     "خرج المئات من أبناء منطقة الحويجة في مظاهرة للمطالبة بالإفراج عن المعتقلين.", "PROTEST", "14", "IRQ/CVL",
     nullptr},
    {"dozens_of_the_people_of_mahra_protest_foreign_forces",
     "احتج العشرات من أبناء محافظة المهرة على وجود القوات الأجنبية.", "PROTEST", "14", "YEM/CVL", nullptr},
    {"protesters_of_zintan_block_the_coastal_road",
     "أغلق محتجون من أبناء مدينة الزنتان الطريق الساحلي احتجاجا على انقطاع الوقود.", "PROTEST", "14", "LBY/CVL",
     "LBY/GOV"},  // (hdl18, session 64: the government of the protest's state; no target before)
    {"protesters_of_ghat_block_the_main_road",  // (session 53's pending row, Actors53PendingTest)
     "أغلق محتجون من أبناء منطقة غات الطريق الرئيسي احتجاجا على انقطاع الكهرباء.", "PROTEST", "14", "LBY/CVL",
     nullptr},
    {"dozens_of_the_people_of_bani_walid_before_the_council",
     "تظاهر العشرات من أبناء بلدة بني وليد أمام مقر المجلس المحلي.", "PROTEST", "14", "LBY/CVL", nullptr},
    {"the_people_of_jerada_hold_a_sit_in", "نظم العشرات من أبناء مدينة جرادة وقفة احتجاجية للمطالبة بفرص عمل.",
     "PROTEST", "14", "MAR/CVL", nullptr},
    // (A protest naming no one it is against: its state's government, coder_tgt21_test.)
    {"protesters_of_the_people_of_kufra_block_the_airport_road",
     "أغلق محتجون من أهالي مدينة الكفرة الطريق المؤدي إلى المطار.", "PROTEST", "14", "LBY/CVL", "LBY/GOV"},
    {"guard_dozens_of_the_people_of_kafr_nabl_protest_shelling",
     "تظاهر العشرات من أهالي بلدة كفرنبل احتجاجا على القصف.", "PROTEST", "14", "SYR/CVL", nullptr},
    {"guard_hundreds_of_the_people_of_suwayda_before_the_governorate",
     "نظم المئات من أهالي مدينة السويداء وقفة احتجاجية أمام مبنى المحافظة.", "PROTEST", "14", "SYR/CVL", "SYR/GOV"},
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54TownProtestersTest, ::testing::ValuesIn(kTownProtesters), RowName);

// 3. A munition dropped or fired by machines of war as the verb's subject.
class Actors54DroppedMunitionTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54DroppedMunitionTest, CodesTheDroppersAttack) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kDroppedMunitions[] = {
    {"bombs_dropped_by_rsf_drones_kill_six_civilians_el_obeid",
     "قتلت قنابل ألقتها طائرات مسيرة تابعة لقوات الدعم السريع ستة مدنيين في مدينة الأبيض.", "ASSAULT", "1",
     "SDN/REB", "SDN/CVL"},
    {"bombs_dropped_by_drones_wound_eight_civilians_dilling",
     "أصابت قنابل ألقتها طائرات مسيرة ثمانية مدنيين في سوق بمدينة الدلنج.", "ASSAULT", "1", nullptr, "SDN/CVL"},
    {"barrel_bombs_dropped_by_syrian_army_helicopters_kill_ten_in_darayya",
     "قتلت براميل متفجرة ألقتها مروحيات الجيش السوري عشرة مدنيين في مدينة داريا.", "ASSAULT", "1", "SYR/MIL",
     "SYR/CVL"},
    {"guard_shells_fired_by_warplanes_of_the_coalition_kill_a_family_in_hodeidah",
     "قتلت قذائف أطلقتها طائرات حربية تابعة للتحالف خمسة أفراد من عائلة واحدة في مدينة الحديدة.", "ASSAULT", "1",
     nullptr, "YEM/CVL"},
    {"guard_bombs_dropped_by_army_helicopters_destroy_homes_south_kordofan",
     "دمرت قنابل ألقتها مروحيات الجيش السوداني منازل في قرية بولاية جنوب كردفان.", "ASSAULT", "1", "SDN/MIL",
     nullptr},
    // A launcher named as an actor was read before.
    {"guard_missiles_fired_by_the_houthis_kill_three_civilians_marib",
     "قتلت صواريخ أطلقها الحوثيون ثلاثة مدنيين في مدينة مأرب.", "ASSAULT", "1", "YEM/*", "YEM/CVL"},
    {"guard_shells_fired_by_the_rsf_hit_a_hospital_el_fasher",
     "أصابت قذائف أطلقتها قوات الدعم السريع مستشفى في مدينة الفاشر.", "ASSAULT", "1", "SDN/REB", "SDN/*"},
    {"guard_shells_fired_by_the_israeli_army_kill_fishermen_khan_younis",
     "قتلت قذائف أطلقها الجيش الإسرائيلي أربعة صيادين في مدينة خان يونس.", "ASSAULT", "1", "ISR/MIL", "PSE/*"},
    // The machines as the verb's own subject, the bombs its means.
    {"guard_drones_drop_bombs_on_a_market_and_kill_six",
     "ألقت طائرات مسيرة قنابل على سوق في مدينة الأبيض فقتلت ستة مدنيين.", "ASSAULT", "1", nullptr, "SDN/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54DroppedMunitionTest, ::testing::ValuesIn(kDroppedMunitions), RowName);

// 4. An object after the subject's place phrase.
class Actors54ObjectPastPlaceTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54ObjectPastPlaceTest, ReadsTheObject) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kObjectsPastPlaces[] = {
    {"gunmen_in_the_suburbs_of_port_au_prince_abduct_american_missionaries",
     "خطف مسلحون في ضواحي مدينة بورت أو برنس ثلاثة مبشرين أمريكيين.", "ASSAULT", "18", nullptr, "USA/*"},
    {"guard_gunmen_in_katsina_north_of_nigeria_attack_a_police_station",
     "هاجم مسلحون في مدينة كاتسينا شمالي نيجيريا مركزا للشرطة.", "ASSAULT", "1", "NGA/UAF", "NGA/COP"},
    {"gunmen_in_kayes_west_of_mali_abduct_indian_workers",
     "اختطف مسلحون في منطقة كايس غربي مالي خمسة عمال هنود.", "ASSAULT", "18", nullptr, "IND/*"},
    {"guard_gunmen_in_the_outskirts_of_kirkuk_kill_two_soldiers",
     "قتل مسلحون في أطراف مدينة كركوك جنديين عراقيين.", "ASSAULT", "1", "IRQ/UAF", "IRQ/MIL"},
    {"guard_gunmen_abduct_an_american_nurse_with_the_place_after",
     "اختطف مسلحون ممرضة أمريكية في مدينة كاب هايسيان.", "ASSAULT", "18", nullptr, "USA/*"},
    {"guard_a_court_in_casablanca_sentences_six", "أصدرت محكمة في الدار البيضاء أحكاما بالسجن على ستة متهمين.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54ObjectPastPlaceTest, ::testing::ValuesIn(kObjectsPastPlaces), RowName);

// 5. A subject understood from two sentences back.
class Actors54SubjectTwoBackTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54SubjectTwoBackTest, CodesTheDoers) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kSubjectsTwoBack[] = {
    {"gunmen_reach_a_village_zamfara_midnight_then_burn_and_kill",
     "وصل مسلحون على دراجات نارية إلى قرية في ولاية زامفارا. وكانت الساعة تشير إلى منتصف الليل. وأحرقوا عشرات "
     "المنازل وقتلوا تسعة قرويين.",
     "ASSAULT", "1", "NGA/UAF", "NGA/CVL"},
    {"masked_gunmen_slip_into_derna_darkness_then_abduct_two_doctors",
     "تسلل مسلحون ملثمون إلى حي سكني في مدينة درنة. وكان الظلام يخيم على المكان. واختطفوا طبيبين من منزلهما.",
     "ASSAULT", "18", "LBY/UAF", "LBY/*"},
    {"gunmen_reach_a_market_afgooye_it_was_crowded_then_fire_on_shoppers",
     "وصل مسلحون إلى سوق في بلدة أفجوي. وكان السوق مزدحما في ذلك الوقت. وأطلقوا النار على المتسوقين.", "ASSAULT",
     "19", "SOM/UAF", "SOM/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54SubjectTwoBackTest, ::testing::ValuesIn(kSubjectsTwoBack), RowName);

// Readings still missing: each row fails once the coder reads it, and is then moved to its table.
class Actors54PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Actors54PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

const ProbeRow kPending[] = {
    // (Class 1's pending rows, the raid beside the killing, are read since session 55: coder_actors55_test.cc.)
    // 5. The gunmen carried from the sentence right before to the verb opening the next keep no state where the
    //    first sentence's place is in construct with a word of place (بلدة الحويجة; the place itself is read).
    {"gunmen_arrive_in_hawija_then_fire_on_a_patrol",
     "وصل مسلحون ملثمون إلى بلدة الحويجة. وأطلقوا النار على دورية للشرطة.", "ASSAULT", "19", "IRQ/UAF", "IRQ/COP"},
    // (Class 2's district of Aden and the sons of the fallen are read since session 55: coder_actors55_test.cc.)
};

INSTANTIATE_TEST_SUITE_P(Actors54, Actors54PendingTest, ::testing::ValuesIn(kPending), RowName);

}  // namespace
}  // namespace rasad
