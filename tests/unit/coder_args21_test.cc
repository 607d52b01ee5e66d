// Who did what to whom, and whether an event happened at all, in wire-style sentences written for this
// table (none copied from a corpus), on what session 21 (args21) fixed: machines of war with no article as
// the verb's subject (دمرت دبابات إسرائيلية منازل، أغارت طائرات أمريكية), machines of war with a pronoun
// opening the complement of أن (أعلنت إسرائيل أن طائراتها قصفت), and words of violence used in figure: a
// thing, a habit or an abstraction as the verb's subject (يقتل التدخين، اجتاحت الاحتفالات الشوارع، الاغتيالات
// تهدد الاستقرار: data/coder/word_kinds.tsv kind inanimate) or a figure as its object (أسر القلوب: kind
// figure_object). Every expected type, code prefix and actor was written by hand from the Arabic before the
// coder ran. An actor is "COUNTRY/SECTOR" ("ISR/" a state with no sector); "*" in either part accepts any
// value; "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and
// keep the readings they protect; every other row of kCases and kNoEvents failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // A machine of war with no article, its nationality after it, as the subject of a violent verb.
    {"indefinite_tanks_destroyed_houses", "دمرت دبابات إسرائيلية منازل في بلدة بيت حانون.", "ASSAULT", "", "ISR/MIL",
     nullptr},
    {"indefinite_aircraft_raided_sites", "أغارت طائرات أمريكية على مواقع لتنظيم القاعدة في اليمن.", "ASSAULT", "19",
     "USA/MIL", nullptr},
    {"indefinite_aircraft_raided_houthis", "أغارت طائرات سعودية على مواقع للحوثيين في صعدة.", "ASSAULT", "19",
     "SAU/MIL", "YEM/REB"},
    {"indefinite_bulldozers_stormed_camp", "اقتحمت جرافات إسرائيلية مخيم نور شمس شرق طولكرم.", "ASSAULT", "", "ISR/MIL",
     nullptr},
    // (targets17's pending demonstrative row: its first verb, the incursion of the tanks, is theirs.)
    {"indefinite_tanks_incursion", "توغلت دبابات إسرائيلية في حي الزيتون، وأطلقت هذه الدبابات قذائف على المنازل.",
     "ASSAULT", "190", "ISR/MIL", nullptr},
    {"guard_indefinite_artillery_shelled", "قصفت مدفعية إسرائيلية بلدة الخيام في جنوب لبنان.", "ASSAULT", "19",
     "ISR/MIL", nullptr},
    {"guard_definite_aircraft", "قصفت الطائرات الإسرائيلية منزلا في رفح.", "ASSAULT", "19", "ISR/MIL", nullptr},
    // Machines of war as the object: the verb has a subject of its own before them.
    {"guard_machines_object_after_subject", "دمرت القوات الأوكرانية دبابات روسية قرب باخموت.", "ASSAULT", "",
     "UKR/MIL", "RUS/*"},
    {"guard_machines_object_after_anna_pronoun", "قال الجيش الأوكراني إنه دمر دبابات روسية في باخموت.", "ASSAULT", "",
     "UKR/MIL", "RUS/*"},
    // Machines of war with a pronoun, the subject opening the complement of أن: the referent's.
    {"pronoun_aircraft_after_anna", "أعلنت إسرائيل أن طائراتها قصفت مواقع لحزب الله في جنوب لبنان.", "ASSAULT", "19",
     "ISR/*", "LBN/REB"},
    // A word of violence used in figure elsewhere in the table leaves a real attack alone.
    {"guard_celebrations_attacked", "هاجم مسلحون احتفالات في مدينة بيشاور.", "ASSAULT", "", "*/UAF", nullptr},
    {"guard_smoking_not_subject", "قتل مسلحون ثلاثة أشخاص في مقهى للتدخين في بغداد.", "ASSAULT", "", "*/UAF",
     nullptr},
    // A relative clause on the cause, between a verb of result and its عن (أسفرت الغارة التي ... عن مقتل):
    // the killing after عن is what the sentence reports (it was "in a relative clause"; the lead's change).
    {"result_after_relative_sources", "أسفرت الغارة التي تحدثت عنها مصادر محلية عن مقتل خمسة أشخاص.", "ASSAULT", "190",
     nullptr, nullptr},
    // (Session 34, mood34: the toll of a verb of result split by its attack is the attack's, one event with the
    // attack's code, 195 and 183 here; both were the bare killing, 190, before. Checked by hand.)
    {"result_after_relative_doer", "أسفرت الغارة التي نفذها الجيش الأمريكي عن مقتل عشرة مدنيين.", "ASSAULT", "195",
     "USA/MIL", "*/CVL"},
    {"result_after_relative_occurrence", "أسفر الانفجار الذي وقع في السوق عن مقتل 12 شخصا.", "ASSAULT", "183", nullptr,
     nullptr},
    // Rows of kPending, read right by session 22 (args22) and moved here.
    {"result_after_relative_machine", "أسفر القصف الذي نفذته طائرات روسية عن مقتل عشرة مدنيين في إدلب.", "ASSAULT", "",
     "RUS/MIL", "*/CVL"},
    {"patrol_of_us_forces", "تعرضت دورية للقوات الأمريكية لهجوم قرب دير الزور.", "ASSAULT", "", nullptr, "USA/MIL"},
    {"missile_launch_show_of_force", "أطلقت كوريا الشمالية صاروخا باليستيا في البحر.", "MOBILIZE", "15", "PRK/*",
     nullptr, "ASSAULT"},
    {"bare_passive_relative_killed", "فيما قتل قريب له في الهجوم.", "ASSAULT", "", "", nullptr},
    // (Pending until session 22: MachineSubjectSplit now also splits a verb that is no trigger alone.)
    {"indefinite_boats_opened_fire", "أطلقت زوارق إيرانية النار على سفينة تجارية في مضيق هرمز.", "ASSAULT", "",
     "IRN/MIL", nullptr},
    // Moved from kPending (session 24): the headline present توقف takes مشتبها به as its object.
    {"police_headline_detains_suspect", "الشرطة توقف مشتبها به في جريمة قتل.", "COERCE", "17", "*/COP", "*/CVL"},
};

class Args21Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args21Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Args21Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Sentences that report no event: a word of violence, threat or meeting whose subject is a thing, a
// habit, a disease, a feeling or the event noun itself (a generality), or whose object is a figure.
const testing::NoEventRow kNoEvents[] = {
    {"smoking_kills", "يقتل التدخين ملايين الأشخاص سنويا."},
    {"malaria_kills", "تقتل الملاريا مئات الآلاف من الأطفال في أفريقيا كل عام."},
    {"hunger_kills", "يقتل الجوع طفلا كل عشر ثوان."},
    {"celebrations_swept_streets", "اجتاحت الاحتفالات شوارع الجزائر بعد فوز المنتخب."},
    {"joy_swept_streets", "اجتاحت الفرحة شوارع الرباط بعد تأهل المنتخب."},
    {"products_invaded_markets", "غزت المنتجات الصينية الأسواق الأفريقية."},
    {"goods_invaded_markets", "غزت السلع التركية أسواق العراق."},
    {"corruption_assassinated_dreams", "اغتال الفساد أحلام الشباب."},
    {"unemployment_hit_youth", "ضربت البطالة الشباب في تونس."},
    {"inflation_threatens", "يهدد التضخم القدرة الشرائية للمواطنين."},
    {"assassinations_threaten_generality", "الاغتيالات تهدد الاستقرار في المنطقة."},
    {"bombings_threaten_generality", "التفجيرات تهدد السياحة في البلاد."},
    {"conference_discusses", "يناقش المؤتمر أسباب العنف في المدارس."},
    {"symposium_discusses", "تناقش الندوة دور الإعلام في مكافحة التطرف."},
    {"singer_captured_hearts", "أسر المطرب قلوب الجماهير في حفله الأخير بالقاهرة."},
    {"song_captured_hearts", "أسرت الأغنية قلوب الملايين."},
    {"guard_candidate_withdrew_race", "انسحب المرشح من السباق الرئاسي في السنغال."},
    {"guard_floods_killed", "قتلت الفيضانات عشرات الأشخاص في ليبيا."},
};

class Args21NoEventTest : public ::testing::TestWithParam<testing::NoEventRow> {};

TEST_P(Args21NoEventTest, CodesNoEvent) { testing::ExpectNoEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args21NoEventTest, ::testing::ValuesIn(kNoEvents),
                         [](const ::testing::TestParamInfo<testing::NoEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
