// Attackers in other clauses (session 65, set 19's source classes): the shapes of Arabic news that put the doer of an
// attack beside a clause of its own, one class per block:
// 1. a relative clause on the attacker (الذي/التي + a verb with the pronoun of the noun + that verb's subject) between
//    the subject and its verb, in both word orders: the attack is reported, and its doer is the subject the clause
//    describes, not the relative clause's subject; guards: a trigger inside a relative clause on another noun stays
//    background, and a relative pronoun before a preposition (التي في حوزته) opens no verb;
// 2. a role noun with the pronoun of the body that reports (أعلنت الشرطة أن عناصرها اشتبكوا): the body is the doer;
// 3. a toll, then the attack after بعد or عقب, an indefinite doer in its genitive: the attack's doer is the toll's.
// Wire-style sentences written for this table (none copied from a corpus or a gold set). Every expected type, code
// prefix and actor was written by hand from the Arabic before the coder ran. An actor is "COUNTRY/SECTOR"; "*" in
// either part accepts any value; "" is no actor; nullptr is not checked; "/MIL" is a body with no country (the
// coalition against ISIS). The rows are coded as of 2024-05-10. Rows named guard_ pass before and after the session's
// changes and keep the readings they protect. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Src19Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Src19Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A relative clause on the attacker: the pronoun's verb is not in the word list with its pronoun (تقوده is
    //    kept whole where a dictionary name holds it), and the attack verb past it was read inside the clause.
    {"coalition_led_by_the_us_launched_strikes_subject_first",
     "التحالف الذي تقوده الولايات المتحدة شن غارات جوية على مواقع لتنظيم داعش في دير الزور.", "ASSAULT", "195",
     "/MIL", nullptr},
    {"coalition_led_by_washington_launched_strikes_verb_first",
     "شن التحالف الذي تقوده واشنطن غارات على مواقع لداعش في صحراء الأنبار.", "ASSAULT", "195", "/MIL", nullptr},
    // The verb read alone, its object past the relative clause on its subject, whose subject is a capital.
    {"coalition_led_by_washington_shelled_isis_positions",
     "قصف التحالف الذي تقوده واشنطن مواقع لتنظيم داعش قرب الموصل.", "ASSAULT", "194", "/MIL", "/REB"},
    // (The Saudi-led coalition named with its relative clause is a dictionary name: its state's military.)
    {"guard_coalition_led_by_riyadh_launched_strikes",
     "التحالف الذي تقوده الرياض شن غارات على مواقع للحوثيين في محافظة حجة.", "ASSAULT", "195", "SAU/MIL",
     "YEM/REB"},
    // (A relative verb that is a trigger of its own, يدعم, was already read as the clause's one verb.)
    {"guard_militias_backed_by_iran_fired_rockets_at_a_base",
     "الميليشيات التي تدعمها إيران أطلقت صواريخ على قاعدة عسكرية أمريكية في شرق سوريا.", "ASSAULT", "19", nullptr,
     "USA/MIL"},
    // A shelling told in a relative clause on the place visited, a month back, is no news of the report.
    {"guard_minister_visited_the_town_the_army_shelled_last_month",
     "زار الوزير البلدة التي قصفها الجيش الشهر الماضي.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    // A relative pronoun before a preposition opens no verb: the killings after it are what the evidence suggests.
    {"guard_the_evidence_in_his_possession_suggests_killings_took_place",
     "قال المحقق إن الشهادات التي في حوزته توحي بأن عمليات القتل وقعت في القرية قبل عشر سنوات.", nullptr, "",
     nullptr, nullptr, "ASSAULT"},
    // The relative verb of leading with its pronoun (تقودها, grammar.tsv perpetrate) and a state as its subject: the
    // object after the clause is what was shelled (coder_pend65b_test).
    {"coalition_forces_led_by_saudi_arabia_shelled_houthi_positions",
     "قصفت قوات التحالف التي تقودها السعودية مواقع للحوثيين في صعدة.", "ASSAULT", "194", "SAU/MIL", "YEM/REB"},
    // 2. A role noun with the pronoun of the body that reports it (عناصرها after أعلنت الشرطة أن), its owner not read
    //    by the recognizer where the body has no nationality: the body is the doer, of the document's country.
    {"police_announced_its_members_clashed_with_gunmen_in_kirkuk",
     "أعلنت الشرطة أن عناصرها اشتبكوا مع مسلحين في مدينة كركوك.", "ASSAULT", "19", "IRQ/COP", nullptr},
    {"guard_iraqi_police_said_its_members_clashed_with_gunmen",
     "قالت الشرطة العراقية إن عناصرها اشتبكوا مع مسلحين في مدينة كركوك.", "ASSAULT", "19", "IRQ/COP", nullptr},
    // 3. A toll, then the attack after بعد or عقب (one incident): the attack's doer is the toll's. An indefinite
    //    genitive of the attack noun is its doer where the object after it has the accusative alif (مسلحين فندقاً).
    {"eight_killed_after_gunmen_stormed_a_hotel",
     "قتل ثمانية أشخاص بعد اقتحام مسلحين فندقاً في العاصمة الصومالية.", "ASSAULT", "19", "*/UAF", "*/CVL"},
    {"guard_a_youth_killed_after_occupation_forces_raided_his_home",
     "قتل شاب بعد مداهمة قوات الاحتلال منزله في مخيم جنين.", "ASSAULT", "19", "ISR/MIL", "PSE/CVL"},
    {"guard_three_soldiers_killed_in_an_attack_claimed_by_the_taliban",
     "قتل ثلاثة جنود في هجوم تبنته حركة طالبان في ولاية هلمند.", "ASSAULT", "19", "AFG/REB", "AFG/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Src19Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 1. Aircraft in construct with the coalition, verb first: مقاتلات is read as the relative clause's state's
    //    (the recognizer lends الولايات المتحدة to it), and the split phrase شنت ... غارات is not read past it.
    {"fighters_of_the_us_led_coalition_launched_strikes_verb_first",
     "شنت مقاتلات التحالف الذي تقوده الولايات المتحدة غارات على مواقع لداعش قرب الميادين.", "ASSAULT", "195",
     "/MIL", nullptr},
    // A relative clause whose subject is a person: the split phrase is not read past it (verb first), and the verb
    // after it is read as a passive with no doer (subject first).
    {"forces_led_by_haftar_launched_strikes_verb_first",
     "شنت القوات التي يقودها حفتر غارات على مواقع للمسلحين في مدينة درنة.", "ASSAULT", "195", "LBY/MIL", nullptr},
    {"the_army_led_by_burhan_shelled_rsf_positions",
     "الجيش الذي يقوده الفريق البرهان قصف مواقع لقوات الدعم السريع في أم درمان.", "ASSAULT", "194", "SDN/MIL",
     "SDN/REB"},
    // 2. The units of the reporting body as the subject of a verb that is no attack, and the fighting after إثر with
    //    no doer: the fighting is the army's.
    {"army_said_its_units_retook_a_town_after_fierce_fighting_with_boko_haram",
     "أعلن الجيش النيجيري أن وحداته استعادت بلدة في ولاية بورنو إثر معارك عنيفة مع مسلحي بوكو حرام.", "ASSAULT",
     "19", "NGA/MIL", nullptr},
    // 3. A headline toll with no verb (ستة قتلى) before the attack after بعد: the attack noun is read with the toll and
    //    passes it no doer.
    {"six_dead_after_shabaab_fighters_stormed_a_restaurant",
     "ستة قتلى بعد اقتحام مسلحي حركة الشباب مطعماً في مقديشو.", "ASSAULT", "19", "SOM/*", nullptr},
};

class Src19PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Src19PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Src19PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
