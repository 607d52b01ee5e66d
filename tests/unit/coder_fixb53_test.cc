// The doer of an unvocalised passive named far after it (session 53, helper fixB), in wire-style sentences written for
// this table (none copied from a corpus or from a gold set): a killing, kidnapping or arresting verb whose victim is
// described at length (its work, a relative clause, a place) before على يد / من قبل is the passive, and the phrase's
// actor its doer, also where the victim's description holds an event noun that only names the victim's work in
// construct (موظف إغاثة "aid worker", متطوع إغاثة, سائق إسعاف): such a noun is no act with a doer of its own, so it
// does not cut the verb off from its phrase of agency; and where a noun after the subject was read as the verb's
// object (مراسل قناة فضائية، رجل أعمال يملك شركة), على يد، من قبل، من طرف (which follow a passive only, unlike
// بنيران، برصاص) naming a third actor show the passive all the same.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. A munition subject dropped by the
// actor after ألقتها is that actor's strike, as one launched (أطلقتها) is. Rows named guard_ passed before the
// change and keep the readings they protect; every other row failed before it.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class FixB53Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(FixB53Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // A noun of the victim's work in construct, then a relative clause and a place, then the phrase of agency.
    {"aid_worker_working_in_camp_in_borno_killed_at_hands_of_gunmen",
     "قتل موظف إغاثة يعمل في مخيم للنازحين في ولاية بورنو على يد مسلحين.", "ASSAULT", "1", "*/UAF", "*/*"},
    {"un_aid_worker_in_borno_camp_killed_at_hands_of_boko_haram_gunmen",
     "قتل موظف إغاثة أممي يعمل في مخيم في ولاية بورنو على يد مسلحين من بوكو حرام.", "ASSAULT", "1", "NGA/*",
     "*/*"},
    {"aid_volunteer_in_omdurman_arrested_by_rapid_support_forces",
     "اعتقل متطوع إغاثة يعمل في مطبخ خيري بحي شعبي في مدينة أم درمان من قبل قوات الدعم السريع.", "COERCE", "17",
     "SDN/*", "*/*"},
    // A noun read as the verb's object that is the subject's genitive (مراسل قناة) or the object of a clause
    // describing it (يملك شركة), before على يد، من قبل naming a third actor: the verb is the passive.
    {"lebanese_businessman_owning_company_in_kano_kidnapped_by_gunmen",
     "اختطف رجل أعمال لبناني يملك شركة للاستيراد في مدينة كانو شمالي نيجيريا على يد مسلحين.", "ASSAULT", "18",
     "*/UAF", "LBN/*"},
    {"correspondent_of_arab_channel_in_port_sudan_arrested_by_security_forces",
     "اعتقل مراسل قناة فضائية عربية في مدينة بورتسودان شرقي السودان من قبل قوات الأمن.", "COERCE", "17", "*/COP",
     "*/MED"},
    // برصاص names the means of an active verb too: its subject stays the doer.
    {"guard_forces_killed_protester_with_live_bullets_in_omdurman",
     "قتلت القوات متظاهرا برصاص حي في مدينة أم درمان.", "ASSAULT", "1", "SDN/MIL", "*/*"},
    // The same shapes with no event word in the description.
    {"guard_chinese_road_engineer_in_niger_state_kidnapped_by_gunmen",
     "اختطف مهندس صيني يعمل في شركة لبناء الطرق في ولاية النيجر على يد مسلحين.", "ASSAULT", "18", "*/UAF",
     "CHN/*"},
    {"guard_employee_working_in_camp_in_borno_killed_at_hands_of_gunmen",
     "قتل موظف يعمل في مخيم في ولاية بورنو في نيجيريا على يد مسلحين.", "ASSAULT", "1", "*/UAF", "*/*"},
    // A munition that is the verb's subject, dropped by the actor after the verb of dropping that carries its pronoun
    // (ألقتها، ألقاها, as أطلقتها "launched it"): the dropper struck, and is no target.
    {"bombs_dropped_by_warplanes_hit_market_in_fashir",
     "أصابت قنابل ألقتها طائرات حربية سوقا شعبية في مدينة الفاشر.", "ASSAULT", "1", "*/MIL", "*/CVL"},
    {"guard_shells_dropped_by_army_helicopters_destroyed_bridge",
     "دمرت قذائف ألقتها مروحيات الجيش جسرا في ولاية الجزيرة.", "ASSAULT", "1", "*/MIL", nullptr},
    {"guard_missiles_launched_by_warplanes_hit_market_in_fashir",
     "أصابت صواريخ أطلقتها طائرات حربية سوقا شعبية في مدينة الفاشر.", "ASSAULT", "1", "*/MIL", "*/CVL"},
    // (Pending until session 54, helper actors: the object past the machines that dropped the munition.)
    {"bombs_dropped_by_drones_killed_five_civilians",
     "قتلت قنابل ألقتها طائرات مسيرة خمسة مدنيين في قرية بولاية النيل الأزرق.", "ASSAULT", "1", nullptr, "*/CVL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, FixB53Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (Its one pending row, a munition dropped by unnamed drones as the verb's subject, is read since session 54 and
// moved to kCases.)

}  // namespace
}  // namespace rasad
