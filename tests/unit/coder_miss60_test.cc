// Misses (session 60, miss): classes of event an analyst codes in any conflict's news that the coder missed, beside the
// other senses of the same words. Wire-style sentences written for this table (none copied from a corpus or a gold
// set), one class per block:
// 1. a vehicle, a vessel or an aircraft blown up (فجر with a train, a boat or an airliner as its object): an attack
//    by explosives (183), as أسقط with an aircraft is 190; guards: فجر "dawn" before a day and vehicles or tanks as
//    the subject of another verb after it;
// 2. a stabbing (طعن X) beside an appeal (طعن في/ب/على a ruling, a result, a decision, an appointment): the appeal
//    is no assault, with any of the three prepositions;
// 3. a crowd attacking (هاجم متظاهرون، هاجم محتجون): a riot, a violent protest (145) as a crowd burning or storming
//    is: pending (see there); guards: gunmen attacking and a crowd burning keep their readings;
// 4. soldiers named as people (جنود احتياط) who sit in with a demand: a protest; guards: a protest word with an
//    armed doer and no demand keeps its other sense.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they protect.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Miss60Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Miss60Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A vehicle, a vessel or an aircraft blown up.
    {"gunmen_blew_up_a_fuel_train_in_baluchistan", "فجر مسلحون قطارا لنقل الوقود قرب مدينة كويتا في إقليم بلوشستان.",
     "ASSAULT", "183", "*/UAF", nullptr},
    {"the_hijackers_blew_up_the_emptied_airliner", "فجر الخاطفون الطائرة المخطوفة بعد إنزال ركابها في مطار صحراوي.",
     "ASSAULT", "183", nullptr, nullptr},
    {"gunmen_blew_up_an_empty_airliner_at_tripoli_airport", "فجر مسلحون طائرة ركاب خالية في مطار طرابلس الدولي.",
     "ASSAULT", "183", "*/UAF", nullptr},
    {"gunmen_blew_up_a_boat_in_hodeidah_port", "فجر مسلحون زورقا للصيد في ميناء الحديدة غرب اليمن.", "ASSAULT", "183",
     "*/UAF", nullptr},
    {"guard_gunmen_blew_up_a_bus_carrying_soldiers", "فجر مسلحون حافلة تقل جنودا قرب مدينة العريش.", "ASSAULT",
     "183", "*/UAF", nullptr},
    {"guard_the_planes_took_off_at_dawn_on_friday", "أقلعت الطائرات فجر الجمعة من قاعدة جوية قرب العاصمة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    // (فجر اليوم، فجر الأحد: a date splitting the phrase before the subject of another verb is no bombing.)
    {"guard_aid_lorries_entered_gaza_at_dawn", "دخلت فجر اليوم شاحنات مساعدات إلى قطاع غزة عبر معبر رفح.", "AID",
     "07", nullptr, nullptr, "ASSAULT"},
    {"guard_israeli_tanks_stormed_a_town_at_dawn", "اقتحمت فجر الأحد دبابات إسرائيلية بلدة قباطية جنوب جنين.",
     "ASSAULT", "190", "ISR/MIL", nullptr},
    {"guard_the_train_arrived_at_dawn", "وصل القطار فجر اليوم إلى محطة القاهرة قادما من أسوان.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},

    // 2. A stabbing beside an appeal.
    {"the_party_appealed_against_the_municipal_results",
     "طعن الحزب بنتائج الانتخابات البلدية أمام المحكمة الإدارية العليا.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"the_lawyer_appealed_against_a_referral_decision", "طعن المحامي على قرار إحالة موكله إلى محكمة الجنايات.",
     nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"the_losing_candidate_appealed_against_an_appointment",
     "طعن المرشح الخاسر في تعيين رئيس اللجنة الانتخابية أمام القضاء.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_a_young_man_stabbed_a_policeman_in_munich", "طعن شاب شرطيا بسكين في محطة القطارات بمدينة ميونخ.",
     "ASSAULT", "182", "*/CVL", "DEU/COP"},
    {"guard_a_settler_stabbed_a_palestinian_near_nablus", "طعن مستوطن فلسطينيا في بلدة حوارة جنوب نابلس.", "ASSAULT",
     "182", "ISR/*", "PSE/*"},
    {"guard_the_lawyer_appealed_against_the_ruling", "طعن المحامي في الحكم الصادر بحق موكله.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},

    // 3. A crowd attacking: the readings kept (the riot reading is pending, below).
    {"guard_gunmen_attacked_a_police_station", "هاجم مسلحون مركزا للشرطة في مدينة الناصرية جنوب العراق.", "ASSAULT",
     "190", "IRQ/UAF", "IRQ/COP"},
    {"guard_protesters_set_fire_to_the_ruling_party_office",
     "أحرق متظاهرون غاضبون مقر الحزب الحاكم في مدينة صفاقس.", "PROTEST", "145", "TUN/CVL", nullptr},

    // 4. Soldiers who sit in with a demand.
    {"reservists_sat_in_demanding_the_prime_minister_resign",
     "اعتصم جنود احتياط أمام مقر الحكومة في تل أبيب مطالبين باستقالة رئيس الحكومة.", "PROTEST", "141", "ISR/MIL",
     nullptr},
    {"soldiers_demonstrated_demanding_their_pay", "تظاهر عشرات الجنود أمام البرلمان في بغداد مطالبين برواتبهم.",
     "PROTEST", "141", "IRQ/MIL", nullptr},
    {"guard_retired_officers_sat_in_before_the_government",
     "اعتصم متقاعدون عسكريون أمام مقر الحكومة في عمان مطالبين بزيادة رواتبهم.", "PROTEST", "141", "JOR/*", nullptr},
    {"guard_the_soldiers_gathered_in_the_camp_square", "تجمع الجنود في ساحة المعسكر قبل بدء العرض العسكري.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    // (miss60's pending row, read once args60 made the fedayeen agents: the split phrase فجر ... طائرتين مخطوفتين.)
    {"fedayeen_blew_up_two_hijacked_airliners", "فجر فدائيون طائرتين مخطوفتين في مطار صحراوي بعد إنزال الركاب.",
     "ASSAULT", "183", "*/REB", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Miss60Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
// (Rows read in session 62 moved to coder_pend62_test.cc.)
const ProbeRow kPending[] = {
    // 2. An unknown assailant (مجهول) and a player (لاعب) are no agents: the verb has no actor to read. (Also, with
    //    أمام منزله after the object, طعن مجهول شرطيا gives no event: not understood this session.)
    {"an_unknown_man_stabbed_a_player_in_alexandria", "طعن مجهول لاعبا أمام منزله في مدينة الإسكندرية.", "ASSAULT",
     "182", nullptr, nullptr},
    // 3. A crowd attacking (هاجم with a crowd as subject) as a riot (145 crowd_doer, as أحرق and اقتحم are): written
    //    and taken out this session. It costs one GSR PROTEST false alarm (a GSR "difficult no" of protesters attacking
    //    an embassy, a sentence going on from another) and turns two guards of other tables (coder_actor_objects,
    //    coder_actors53: protesters attacking an embassy, ASSAULT 19) into PROTEST; the lead decides the reading.
    {"angry_protesters_attacked_the_town_hall_with_stones",
     "هاجم محتجون غاضبون مقر البلدية بالحجارة في مدينة القصرين.", "PROTEST", "145", "TUN/CVL", nullptr, "ASSAULT"},
    {"hundreds_of_protesters_attacked_a_police_station",
     "هاجم مئات المحتجين مركزا للشرطة في مدينة الناصرية جنوب العراق.", "PROTEST", "145", "IRQ/CVL", "IRQ/COP",
     "ASSAULT"},
    // 4. A march after في with a verb of motion and its object or its direction between (عبر X الحدود في مسيرة،
    //    توجه X إلى الحدود في مسيرة): the noun after في is no event unless a verb of grammar.tsv kind happening
    //    (انطلق، خرج) presents it; the verbs of motion are not of that kind (grammar.tsv is not this helper's).
    {"refugees_crossed_the_border_in_a_peaceful_march",
     "عبر آلاف اللاجئين الحدود في مسيرة سلمية للمطالبة بحق العودة.", "PROTEST", "141", nullptr, nullptr},
};

class Miss60PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Miss60PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Miss60PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
