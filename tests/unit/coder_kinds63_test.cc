// Readings that need a word list of their own (session 63, kinds63): grammar.tsv kinds funeral, operating and
// election. Wire-style sentences written for this table (none copied from a corpus or a gold set):
// 1. an attack named in the object of a funeral's verb (شيع، ودع، يدفن) or after a funeral's noun (تشييع، جنازة), also
//    in a relative clause on the dead, is the one they fell in, told before: the funeral is the news, no new attack;
//    an attack on a funeral (told before the funeral word, or after a preposition past its noun), mourners shot at
//    and a funeral turned into a protest stay what they are (guards);
// 2. a machine of war with a relative clause naming its operator (مسيرة يشغلها الجيش، تسيرها القوات) opening the verb's
//    clause or the complement of إن is the operator's; one the army detected (رصدها) is not (guard);
// 3. a protest rejecting a vote (رافضين إجراء الانتخابات، احتجاجا على نتائج الاقتراع) with no maker named is addressed to
//    the government of its state; a named body's decision on the vote keeps that body (guard).
// Every expected type and code prefix was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they
// protect.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Kinds63Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Kinds63Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A funeral's object names an attack told before.
    // (Moved from coder_det17_test's kPending.)
    {"thousands_buried_the_victims_of_a_market_attack",
     "شيع آلاف العراقيين في بغداد ضحايا الهجوم الذي استهدف سوقاً شعبياً يوم الجمعة.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"mourners_in_quetta_buried_the_victims_of_the_twin_bombings",
     "شيّع آلاف الباكستانيين في مدينة كويتا ضحايا التفجيرين الانتحاريين في السوق المركزي يوم السبت.", nullptr, "",
     nullptr, nullptr, "ASSAULT"},
    {"residents_bade_farewell_to_the_victims_of_an_air_strike",
     "ودّع أهالي مدينة إدلب ضحايا الغارة الجوية على سوق الخضار يوم الأحد.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"mourners_buried_dead_who_fell_in_a_car_bombing",
     "شيع الآلاف في مقديشو قتلى سقطوا في تفجير سيارة مفخخة قرب الفندق.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"a_funeral_of_the_victims_of_shelling_in_a_phrase_of_time",
     "خرج آلاف السكان خلال تشييع ضحايا القصف المدفعي في مدينة خاركيف.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    // Guards: an attack on a funeral, mourners shot at, a funeral turned into a protest.
    {"guard_a_suicide_bombing_targeted_a_funeral",
     "استهدف تفجير انتحاري جنازة زعيم قبلي في مدينة بيشاور أمس.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_police_fired_on_mourners_at_a_funeral",
     "أطلقت قوات الأمن النار على المشيعين في جنازة متظاهر في أم درمان.", "ASSAULT", "19", nullptr, nullptr},
    {"guard_an_attack_on_a_funeral_after_a_preposition",
     "قتل عشرة أشخاص خلال جنازة في هجوم انتحاري بمدينة بيشاور.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_a_funeral_attacked_after_a_preposition_past_its_noun",
     "شهدت جنازة زعيم قبلي في بيشاور أمس هجوما انتحاريا أوقع عشرة قتلى.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_the_dead_who_fell_in_a_car_bombing_after_a_relative_pronoun",
     "شيّع الآلاف في مقديشو القتلى الذين سقطوا في تفجير السيارة المفخخة قرب الفندق.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"guard_a_funeral_turned_into_a_protest",
     "تحولت جنازة ضحايا الهجوم في الخرطوم إلى مظاهرة غاضبة ضد الحكومة.", "PROTEST", "14", nullptr, nullptr},
    // 2. A machine of war with a relative clause naming its operator is the operator's.
    // (Moved from coder_src17_test's kPending.)
    {"a_drone_the_sudanese_army_operates_struck_a_market",
     "قال شهود إن مسيرة يشغلها الجيش السوداني قصفت سوقا شعبيا في مدينة نيالا فقتلت عشرين مدنيا.", "ASSAULT", "19",
     "SDN/MIL", nullptr},
    {"a_drone_the_russian_forces_steer_shelled_a_village",
     "قالت مصادر محلية إن طائرة مسيرة تسيرها القوات الروسية قصفت قرية في ريف إدلب.", "ASSAULT", "194", "RUS/MIL",
     nullptr},
    // Guard: a drone the army detected is not the army's.
    {"guard_a_drone_the_malian_army_detected_is_not_its_own",
     "قال السكان إن طائرة مسيرة رصدها الجيش المالي قصفت قرية قرب تمبكتو.", "ASSAULT", "194", "", nullptr},
    // 3. A protest rejecting a vote with no maker named is addressed to the government of its state.
    // (Moved from coder_tgt17_test's kPending.)
    {"crowds_rejecting_the_holding_of_elections_target_the_government_kinshasa",
     "تظاهر آلاف المعارضين في كينشاسا رافضين إجراء الانتخابات في موعدها.", "PROTEST", "14", "COD/*", "COD/GOV"},
    {"supporters_of_the_opposition_protesting_the_results_of_the_ballot_lagos",
     "تظاهر آلاف من أنصار المعارضة في لاغوس احتجاجا على نتائج الاقتراع.", "PROTEST", "14", nullptr, "NGA/GOV"},
    // Guard: a named body's decision on the vote keeps that body.
    {"guard_crowds_rejecting_a_courts_decision_to_postpone_the_vote",
     "تظاهر المئات في كينشاسا رافضين قرار المحكمة الدستورية تأجيل الانتخابات.", "PROTEST", "14", nullptr, "*/JUD"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Kinds63Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A drone launched by a named side (أطلقها، أطلقتها): أطلق is a light verb of grammar.tsv (أطلقت الشرطة حملة) and a
    // word has one grammar kind; the launcher as the doer is not read.
    {"a_drone_the_houthis_launched_hit_a_ship",
     "قالت البحرية الأمريكية إن مسيرة أطلقها الحوثيون أصابت سفينة تجارية في البحر الأحمر.", "ASSAULT", "19", "YEM/*",
     nullptr},
};

class Kinds63PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Kinds63PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Kinds63PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
