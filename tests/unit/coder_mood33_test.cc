// Event or no event, and mood, session 33, on wire-style sentences written for these tables (none copied from a
// corpus), each labelled by hand from the Arabic before the coder ran. The analyst's decisions, one class a block:
// 1. chants and banners: a condemnation, a rejection or a demand voiced by chants or banners (شيع آلاف الفلسطينيين
//    ... مرددين هتافات تندد بالاحتلال، رفع المتظاهرون لافتات تستنكر القصف) is the crowd's protest, 141, aimed at
//    what they denounce; not a statement, 111 (a government's or a minister's condemnation stays 111; the chants of
//    protesters named with the article, المتظاهرون، belong to the protest reported before: pending);
// 2. terms: what a party sets as its condition (تشترط حركة حماس وقفا دائما لإطلاق النار) is a demand, not done; what a
//    meeting included (كان يتضمن اللقاء ملفات ...) took place: يتضمن is a verb of terms only with a text of terms
//    (an agreement, a plan, a programme) or a party as its subject;
// 3. a warrant asked for (طلب المدعي العام إصدار مذكرة اعتقال) is not issued, and no one is arrested;
// 4. a pardon told as the ground of a release (أفرج عن ... بعفو رئاسي، بموجب عفو) is no event beside the release;
// 5. roads and bridges blocked by students or protesters (أغلق الطلاب الجسور والطرق، قطع المحتجون الطريق) are a
//    protest, 144 (pending: see kPending);
// 6. a ship or a flotilla intercepted at sea by a navy (اعترضت البحرية الإسرائيلية سفن أسطول الحرية) is seized, 171;
//    an intercepted missile is no seizure.
// (Rows moved here from coder_mood31_test and coder_mood32_test, where they were pending, keep their sentences.)
// Rows named guard_ passed before the session's change and keep what they protect; every other row of kCases and
// kNoEvents failed before it. An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // 1. Chants and banners.
    {"mourners_jenin_chants_denounce_occupation", "شيع آلاف الفلسطينيين جثامين الشهداء في جنين مرددين هتافات تندد بالاحتلال الإسرائيلي.", "PROTEST", "14", "PSE/*", "ISR/*", "ACCUSE"},
    {"mourners_basra_chants_denounce_factions", "شيع المئات جثمان الناشط في البصرة مرددين هتافات تندد بالفصائل المسلحة.", "PROTEST", "14", nullptr, nullptr, "ACCUSE"},
    {"mourners_wad_madani_chants_against_rsf", "شيع الآلاف ضحايا المجزرة في ود مدني وسط هتافات تندد بقوات الدعم السريع.", "PROTEST", "14", nullptr, "SDN/*", "ACCUSE"},
    {"mourners_nablus_chants_denounce_occupation", "ردد المشيعون هتافات تندد بالاحتلال الإسرائيلي في نابلس.", "PROTEST", "14", nullptr, "ISR/*", "ACCUSE"},
    {"daraa_mourners_banners_decry_russian_shelling", "شيع أهالي درعا قتلاهم رافعين لافتات تستنكر القصف الروسي.", "PROTEST", "14", nullptr, "RUS/*", "ACCUSE"},
    {"mourners_jenin_funeral_chants_denounce_occupation", "ردد المشيعون هتافات تندد بالاحتلال الإسرائيلي خلال تشييع الشهداء في جنين.", "PROTEST", "14", nullptr, nullptr, nullptr},
    {"mourners_mogadishu_slogans_denounce_armed_groups", "هتف المشيعون بشعارات تندد بالجماعات المسلحة في مقديشو.", "PROTEST", "14", nullptr, nullptr, nullptr},
    {"mourners_tripoli_banners_demand_accountability", "رفع المشيعون لافتات تطالب بمحاسبة القتلة في طرابلس.", "PROTEST", "14", nullptr, nullptr, nullptr},
    {"guard_french_minister_denounced_strikes", "ندد وزير الخارجية الفرنسي بالغارات الإسرائيلية على لبنان.", "ACCUSE", "111", "FRA/*", "ISR/*", "PROTEST"},
    // 2. Terms: a party's condition, a meeting's contents.
    {"hamas_requires_permanent_ceasefire", "تشترط حركة حماس وقفا دائما لإطلاق النار.", "REQUEST", "10", "PSE/*", nullptr, "RETREAT"},
    {"guard_hamas_requires_full_withdrawal", "تشترط حماس انسحابا كاملا للقوات الإسرائيلية من قطاع غزة.", "REQUEST", "10", "PSE/*", nullptr, "RETREAT"},
    {"guard_sudan_government_required_rsf_withdrawal", "اشترطت الحكومة السودانية انسحاب قوات الدعم السريع من المدن.", "REQUEST", "10", "SDN/GOV", nullptr, "RETREAT"},
    {"visit_programme_includes_meeting", "يتضمن برنامج الزيارة لقاء مع الرئيس التونسي.", nullptr, "", nullptr, nullptr, "CONSULT"},
    // 3. A warrant asked for.
    {"prosecutor_asked_warrant_rebel_leader", "طلب المدعي العام إصدار مذكرة اعتقال بحق زعيم المتمردين.", "REQUEST", "", nullptr, nullptr, "COERCE"},
    {"icc_prosecutor_asked_warrants", "طلب المدعي العام للمحكمة الجنائية الدولية إصدار مذكرات اعتقال بحق نتنياهو وغالانت.", "REQUEST", "", nullptr, nullptr, "COERCE"},
    {"kenyan_prosecution_asked_arrest", "طلبت النيابة الكينية اعتقال الناشطين الخمسة.", nullptr, "", nullptr, nullptr, "COERCE"},
    {"guard_prosecution_demanded_warrant", "طالبت النيابة العامة بإصدار مذكرة توقيف بحق الرئيس السابق.", "REQUEST", "", nullptr, nullptr, "COERCE"},
    // 4. A pardon as the ground of a release.
    {"egypt_released_activist_by_pardon", "أفرجت السلطات المصرية عن الناشط علاء عبد الفتاح بعفو رئاسي.", "RETREAT", "084", "EGY/*", nullptr, "CONCEDE"},
    {"tunisia_released_detainees_under_pardon", "أفرج عن 30 معتقلا في تونس بموجب عفو رئاسي.", "RETREAT", "084", nullptr, nullptr, "CONCEDE"},
    {"bahrain_released_prisoners_royal_pardon", "أطلقت السلطات البحرينية سراح 500 سجين بعفو ملكي.", "RETREAT", "084", "BHR/*", nullptr, "CONCEDE"},
    {"guard_algerian_president_pardoned_prisoners", "أصدر الرئيس الجزائري عفوا عن أربعة آلاف سجين.", "CONCEDE", "081", "DZA/*", nullptr, nullptr},
    // 5. Roads and bridges blocked (the row of students is pending).
    {"guard_protesters_blocked_bridges_baghdad", "أغلق متظاهرون الجسور في بغداد احتجاجا على نتائج الانتخابات.", "PROTEST", "144", "IRQ/*", nullptr, nullptr},
    // 5. (Moved from pending in session 46: the crowd named with the article opens the protest where none is told before
    // and the sentence goes on from none.)
    {"protesters_blocked_roads_beirut", "أغلق المحتجون الطرق الرئيسية في بيروت بالإطارات المشتعلة.", "PROTEST", "144", nullptr, nullptr, nullptr},
    {"protesters_cut_road_nasiriyah", "قطع المحتجون الطريق الدولي في الناصرية.", "PROTEST", "144", nullptr, nullptr, nullptr},
    // 6. A ship or a flotilla intercepted.
    {"israeli_navy_intercepted_flotilla", "اعترضت البحرية الإسرائيلية سفن أسطول الحرية قبالة سواحل غزة.", "COERCE", "171", "ISR/MIL", nullptr, nullptr},
    {"israeli_forces_intercepted_madleen", "اعترضت القوات الإسرائيلية سفينة مادلين المتجهة إلى غزة.", "COERCE", "171", "ISR/*", nullptr, nullptr},
    {"guard_turkey_condemned_interception", "أدانت تركيا اعتراض البحرية الإسرائيلية سفن الأسطول.", "ACCUSE", "111", "TUR/*", "ISR/*", nullptr},
    {"guard_saudi_air_defence_intercepted_missile", "اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون.", nullptr, "", nullptr, nullptr, "COERCE"},
};

class Mood33Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood33Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood33Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Pending: the right reading of sentences rasad does not code so yet (ExpectStillPending).
// - What a meeting included (كان يتضمن اللقاء ملفات الأمن): the meeting is no longer bound by يتضمن, but it is not
//   reported either (a definite noun with nothing attached).
// - Roads and bridges blocked by students (أغلق الطلاب الجسور والطرق): students are no crowd of grammar.tsv, so the
//   crowd's line is not read (the rows of a crowd named with the article moved to kCases in session 46).
// - Chants and banners of protesters named with the article (رفع المتظاهرون لافتات تندد بالحرب، ردد المحتجون هتافات):
//   read, as their other acts are, as details of a protest reported before (the GSR dev set labels such sentences
//   "no"), so the condemnation stays 111; a protest told by them alone, with nothing before, is not told apart.
const ProbeRow kPending[] = {
    {"protesters_rabat_banners_denounce_war", "رفع المتظاهرون لافتات تندد بالحرب على غزة في الرباط.", "PROTEST", "14", nullptr, nullptr, "ACCUSE"},
    {"protesters_chants_denounce_turkish_intervention", "ردد المحتجون هتافات تندد بالتدخل التركي في شمال العراق.", "PROTEST", "14", nullptr, "TUR/*", "ACCUSE"},
    {"women_aden_banners_decry_arrests", "رفعت المتظاهرات لافتات تستنكر اعتقال الناشطين في عدن.", "PROTEST", "14", nullptr, nullptr, "COERCE"},
    {"meeting_included_security_files", "كان يتضمن اللقاء ملفات الأمن والطاقة بين البلدين.", "CONSULT", "04", nullptr, nullptr, nullptr},
    {"students_blocked_bridges_dhaka", "أغلق الطلاب الجسور والطرق في دكا.", "PROTEST", "144", nullptr, nullptr, nullptr},
};

class Mood33PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Mood33PendingTest, NotYetCoded) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Mood33PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
