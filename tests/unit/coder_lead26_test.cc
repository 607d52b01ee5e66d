// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 26:
// - a verb of going out (خرج، نزل) followed in its clause by a word of protest purpose (تنديدا، احتجاجا،
//   للمطالبة، تضامنا) is a demonstration (141); bare, it is no event (خرج الرئيس من المستشفى), and forces
//   deployed in support are no crowd;
// - a verb of surviving (نجا، تنجو) makes its subject the target of the attack it escaped, which
//   happened: نجا الرئيس من هجوم is no criticism by the president;
// - foiling (أحبط، إحباط) negates the act it governs, not every event of its clause: the arrests made
//   with it are real;
// - a pledge of retaliation or revenge (تعهد بالرد، توعد بالانتقام) is a threat, not a promise (030);
// - a court ruling (قضت محكمة الجنايات بإعدام سبعة متهمين، قضت المحكمة بسجن) is a sentence (116) with the
//   court as source, not an execution;
// - a verbal noun after a facility noun without the article (مركز لتوزيع المساعدات، مراكز الاحتجاز) names
//   what the place is for: no event;
// - staying away (غاب، تغيب عن) from a meeting: the meeting did not take place with the one absent;
// - an office and its holder's name with a definite noun between (زعيم الجماعة عبد الملك الحوثي) are one
//   mention; an office of one nation before the name of a person of another (وزير الخارجية الإيراني
//   نتنياهو) is no title of his: the name is the object.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran;
// every row failed before the session's change (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR" ("LBN/" a state with no sector); "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // Going out with a purpose of protest.
    {"went_out_condemning", "خرج آلاف الأردنيين في عمان تنديدا بالعدوان الإسرائيلي على غزة.", "PROTEST", "141",
     "JOR/*", nullptr},
    {"went_out_demanding", "خرج آلاف العراقيين في البصرة للمطالبة بتوفير الكهرباء والماء.", "PROTEST", "141",
     "IRQ/*", nullptr},
    {"went_down_in_protest", "نزل مئات الطلاب إلى ساحة الجامعة احتجاجا على رفع الرسوم الدراسية.", "PROTEST", "14",
     nullptr, nullptr},
    {"went_out_in_solidarity", "وخرج الآلاف في مدينة تعز تضامنا مع الشعب الفلسطيني.", "PROTEST", "141", nullptr,
     nullptr},
    {"guard_left_hospital", "خرج الرئيس الجزائري من المستشفى بعد أسبوعين من العلاج في ألمانيا.", nullptr, "",
     nullptr, nullptr, "PROTEST"},
    {"guard_army_deployed_in_support_is_no_crowd", "نزل الجيش السوداني إلى شوارع الخرطوم دعما لقوات الشرطة.", nullptr, "",
     nullptr, nullptr, "PROTEST"},
    {"guard_definite_crowd_took_to_streets", "ونزل المتظاهرون إلى الشوارع في عدة مدن مغربية.", "PROTEST", "141",
     nullptr, nullptr},
    // Surviving an attack.
    {"president_survived_bombing",
     "نجا الرئيس الصومالي حسن شيخ محمود من هجوم بعبوة ناسفة استهدف موكبه في مقديشو.", "ASSAULT", "1", nullptr,
     "SOM/GOV"},
    {"convoy_survived_attack", "نجت قافلة تابعة للأمم المتحدة من هجوم مسلح في ولاية شمال دارفور.", "ASSAULT", "1",
     nullptr, "*/IGO"},
    {"police_chief_survived_blast", "ونجا قائد الشرطة في كركوك من انفجار عبوة ناسفة استهدفت سيارته.", "ASSAULT", "18",
     nullptr, "IRQ/COP"},
    {"guard_survived_attack_is_no_criticism", "نجا وزير الداخلية الأفغاني من هجوم انتحاري في كابل.", nullptr, "", nullptr,
     nullptr, "ACCUSE"},
    // Foiling negates the act it governs only.
    {"foiled_plots_and_arrested", "أعلنت المخابرات الأردنية إحباط مخططات تستهدف الأمن الوطني واعتقال 16 شخصا.",
     "COERCE", "173", "JOR/*", nullptr},
    {"guard_foiled_attack_and_arrested", "أحبطت الشرطة العراقية هجوما انتحاريا في بغداد واعتقلت ثلاثة مشتبه بهم.", "COERCE",
     "173", "IRQ/COP", nullptr},
    {"guard_foiled_attack_did_not_happen", "أحبطت الشرطة العراقية هجوما انتحاريا في بغداد.", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    // A pledge of retaliation is a threat.
    {"pledged_retaliation", "تعهد قائد الحرس الثوري الإيراني بالرد على الهجوم الإسرائيلي.", "THREATEN", "13",
     "IRN/*", nullptr},
    {"pledged_retaliation_no_promise", "تعهد قائد الحرس الثوري الإيراني بالرد على الهجوم الإسرائيلي.", nullptr, "",
     nullptr, nullptr, "AGREE"},
    {"guard_vowed_revenge", "وتوعد حزب الله بالانتقام لمقتل قائده العسكري.", "THREATEN", "13", "LBN/*", nullptr},
    {"guard_pledged_aid", "تعهدت ألمانيا بتقديم مساعدات إنسانية للسودان.", "AGREE", "03", "DEU/", nullptr},
    // Staying away from a meeting.
    {"absent_from_summit", "غابت إسرائيل وحماس عن القمة التي عقدت في شرم الشيخ.", nullptr, "", nullptr, nullptr,
     "CONSULT"},
    {"minister_absent_from_meeting", "تغيب وزير الخارجية السوري عن اجتماع الجامعة العربية في القاهرة.", nullptr, "",
     nullptr, nullptr, "CONSULT"},
    // A court's ruling of death or prison (قضت بإعدام، قضت بسجن) is a sentence, not an execution.
    {"court_sentenced_to_death", "قضت محكمة عسكرية في الكونغو بإعدام ثلاثة أمريكيين بتهمة محاولة الانقلاب.",
     "ACCUSE", "116", "COD/JUD", "USA/*"},
    {"death_sentence_is_no_execution",
     "قضت محكمة الجنايات في القاهرة بإعدام سبعة متهمين في قضية اغتيال النائب العام.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"guard_court_sentenced_to_prison", "قضت محكمة تونسية بسجن المحامية سنية الدهماني عامين.", "ACCUSE", "116", "TUN/JUD",
     nullptr},
    // A verbal noun after a facility noun names what the place is for.
    {"aid_distribution_centre_is_no_aid", "قتل عشرة فلسطينيين قرب مركز لتوزيع المساعدات في رفح.", nullptr, "",
     nullptr, nullptr, "AID"},
    {"guard_at_its_core_is_no_facility", "وستوجه النيابة إلى المتهم لائحة اتهام في مركزها اتهامه بقتل زوجته.", "ACCUSE",
     "112", "*/CVL", nullptr},
    {"guard_factory_workers_sit_in", "نظم عمال المصنع اعتصاماً مفتوحاً أمام مبنى المحافظة.", "PROTEST", "141",
     nullptr, nullptr},
    // Titles and names.
    {"leader_of_the_group_and_name", "وتعهد زعيم الجماعة عبد الملك الحوثي بالرد على الغارات الأمريكية.", "THREATEN",
     "13", "YEM/*", nullptr},
    {"foreign_minister_criticised_other_nation",
     "انتقد وزير الخارجية الإيراني نتنياهو في مؤتمر صحفي في طهران.", "ACCUSE", "11", "IRN/GOV", "ISR/*"},
};

// Gaps found on the way, not mended: each row states the reading an analyst gives.
const ProbeRow kPending[] = {
    // The attack and its means are two events (190 with the target, 1833 without it); one bombing is meant.
    {"survived_bombing_is_one_event",
     "نجا الرئيس الصومالي حسن شيخ محمود من هجوم بعبوة ناسفة استهدف موكبه في مقديشو.", "ASSAULT", "183", nullptr,
     "SOM/GOV"},
    // The arrest joined by و to the noun the foiling governs (لاستهداف) takes its negation.
    {"foiled_plot_and_arrested", "أعلنت المخابرات الأردنية إحباط مخطط لاستهداف منشآت أمنية واعتقال 16 شخصا.",
     "COERCE", "173", "JOR/*", nullptr},
};

class Lead26Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead26Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead26Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

class Lead26PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead26PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lead26PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
