// Events an analyst would not code, in wire-style sentences written for this table (none copied from a corpus or a
// gold set), on what session 53 (fixA) worked on, one class of readings per block (the numbers of the brief):
// 1. a demand or a condemnation voiced by the chants or banners of a protest the sentence reports (خرج المحتجون
//    ورددوا هتافات تطالب الحكومة بالرحيل) is that protest's: no demand of its own, and the one demanded of is never
//    its demander; chants that are a protest of their own (ردد المشيعون هتافات تطالب) stay one;
// 2. a verb of massing split by its subject from the forces it masses (حشد الجيش السوداني تعزيزات عسكرية) is one
//    build-up, not a second one of the noun تعزيزات;
// 3. a raid noun that is the circumstance of a killing (قتل مسلح أثناء مداهمة للجيش العراقي): the armed force after لـ
//    is the raid's doer, not its target, and the killed is not the raid's doer; in a raid during which people were
//    arrested (اعتقل ثلاثة مطلوبين في مداهمة للشرطة) that force is the arrest's doer, not the arrested.
// Every expected type, code prefix, count and actor was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them. Pending
// rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CountRow;
using testing::ProbeRow;

class FixA53CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(FixA53CountTest, CodesTheEventsOnce) { testing::ExpectCountRow(GetParam()); }

const CountRow kCounts[] = {
    // 1. The chants of a protest reported before them: one event, the protest.
    {"protesters_in_baghdad_chanted_demanding_the_prime_minister_leave",
     "خرج آلاف المحتجين إلى شوارع بغداد ورددوا هتافات تطالب رئيس الوزراء بالرحيل.", 1, "PROTEST", "14", nullptr,
     nullptr},
    {"workers_sat_in_and_raised_banners_denouncing_the_ministry",
     "اعتصم مئات العمال أمام مقر وزارة الصناعة في تونس ورفعوا لافتات تستنكر قرار الوزارة.", 1, "PROTEST", "14",
     nullptr, nullptr},

    // 2. A verb of massing and the forces it masses after its subject: one build-up.
    {"the_sudanese_army_massed_reinforcements_near_el_fasher",
     "حشد الجيش السوداني تعزيزات عسكرية قرب مدينة الفاشر.", 1, "MOBILIZE", "154", "SDN/MIL", nullptr},
    {"guard_the_malian_army_massed_troops_near_kidal", "حشد الجيش المالي قوات كبيرة قرب مدينة كيدال.", 1, "MOBILIZE", "154",
     "MLI/MIL", nullptr},
    {"the_ethiopian_army_is_massing_reinforcements_on_the_border",
     "يحشد الجيش الإثيوبي تعزيزات عسكرية على الحدود مع إريتريا.", 1, "MOBILIZE", "154", "ETH/MIL", nullptr},
    {"guard_the_sudanese_army_sent_reinforcements_to_el_fasher",
     "أرسل الجيش السوداني تعزيزات عسكرية إلى مدينة الفاشر.", 1, "MOBILIZE", "154", "SDN/MIL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, FixA53CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

class FixA53Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(FixA53Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The one demanded of in a protest's chants is no demander.
    {"the_government_is_no_demander_in_the_protesters_chants",
     "تظاهر مئات الطلاب في وسط الخرطوم ورددوا هتافات تطالب الحكومة بالاستقالة.", "PROTEST", "14", nullptr, nullptr,
     "REQUEST"},
    {"guard_mourners_chants_demanding_accountability_are_a_protest",
     "ردد المشيعون في مدينة البصرة هتافات تطالب بمحاسبة القتلة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_minister_demanding_release_is_a_demand",
     "طالب وزير الخارجية الفرنسي إيران بالإفراج عن المواطنين الفرنسيين المحتجزين.", "REQUEST", "10", "FRA/*", "IRN/*"},

    // 3. The armed force after لـ of a raid during which someone was killed: the raid's doer.
    {"the_iraqi_army_raided_during_which_an_isis_member_was_killed",
     "قتل مسلح من تنظيم داعش أثناء مداهمة للجيش العراقي في محافظة كركوك.", "COERCE", "17", "IRQ/MIL", ""},
    //    (Since session 55 the raid with a killing in it is that incident, the raiders' killing, where the one killed is
    //    read as a passive's subject, as the pending row below asks: coder_actors55_test.cc.)
    {"somali_forces_raided_during_which_two_shabaab_fighters_were_killed",
     "قتل مسلحان من حركة الشباب خلال مداهمة للقوات الصومالية في قرية قرب مقديشو.", "ASSAULT", "19", "SOM/MIL",
     "SOM/*", "COERCE"},
    // 3. The same for a raid during which people were arrested: the force after لـ arrested them.
    {"the_iraqi_police_arrested_three_wanted_men_in_a_raid",
     "اعتقل ثلاثة مطلوبين في مداهمة للشرطة في حي الشعلة ببغداد.", "COERCE", "173", "IRQ/COP", nullptr},
    {"the_lebanese_army_arrested_five_smugglers_in_a_raid",
     "اعتقل خمسة مهربين خلال مداهمة للجيش اللبناني في منطقة البقاع.", "COERCE", "173", "LBN/MIL", "LBN/CRM"},
    {"guard_iraqi_forces_raided_the_house_of_an_isis_leader",
     "نفذت القوات العراقية مداهمة لمنزل قيادي في تنظيم داعش بمحافظة نينوى.", "COERCE", "17", "IRQ/MIL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, FixA53Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // 3. The raid a killing happened in is that incident: one event, the raiders' killing of the one killed, and no
    //    raid of its own. The unvowelled قتل with its victim after it is still read as active here (the killed as the
    //    killer), and the raid, a coercion noun, is not folded into the killing as a violent noun is (في غارة للتحالف).
    {"an_isis_member_killed_in_an_iraqi_army_raid_is_one_incident",
     "قتل مسلح من تنظيم داعش أثناء مداهمة للجيش العراقي في محافظة كركوك.", "ASSAULT", "19", "IRQ/MIL", "*/*",
     "COERCE"},
};

class FixA53PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(FixA53PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, FixA53PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
