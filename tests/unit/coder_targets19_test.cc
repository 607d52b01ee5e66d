// Sources and targets of events in wire-style sentences written for this table (none copied from a corpus), on
// the constructions session 19 fixed in the coder (arguments.cc, trigger_arguments.cc): a demonstrative noun
// (هذه الحركة، هذا التنظيم، هذه القوات) or الأخير / الأخيرة standing for an actor named before, an ethnic or
// regional adjective (القوات الكردية) that names its own group and not the state the story is about, and a
// thing hit whose holder a relative clause after it names (القاعدة التي تستخدمها القوات الأمريكية). Every
// expected type, code prefix and actor was written by hand from the Arabic before the coder ran, following
// data/ontology/cameo.tsv and the sector rules of data/lexicon/sectors.tsv. An actor is "COUNTRY/SECTOR"
// ("ISR/" a state with no sector, "/MIL" no country); "*" in either part accepts any value; "" is no actor;
// nullptr is not checked. Rows named guard_ pass without the session's changes and keep the readings they
// protect; every other row failed before them.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // A demonstrative noun with no name of its own: the last actor before it with the same head noun.
    {"demonstrative_movement_before_qad",
     "أعلنت حركة الشباب مسؤوليتها عن التفجير، وكانت هذه الحركة قد هاجمت قاعدة للجيش الصومالي الشهر الماضي.",
     "ASSAULT", "", "SOM/REB", "SOM/MIL"},
    // (Session 34: the sentence was dated عام 2014, in a document of 2024 now history (mood34); the year gave way to a
    // place, the demonstrative is what the row checks.)
    {"demonstrative_organisation_after_verb", "ظهر تنظيم داعش في ريف دير الزور مجددا، وقد أعدم هذا التنظيم عشرات المدنيين.",
     "ASSAULT", "", "*/REB", "*/CVL"},
    {"demonstrative_group_attacked_ships",
     "تدعم إيران جماعة الحوثي، وقد هاجمت هذه الجماعة قاعدة أمريكية في سوريا.", "ASSAULT", "", "YEM/REB", "USA/*"},
    {"demonstrative_movement_object", "تنشط حركة الشباب في جنوب الصومال، وقد هاجم الجيش الصومالي هذه الحركة.",
     "ASSAULT", "", "SOM/MIL", "SOM/REB"},
    {"demonstrative_forces_object_after_subject",
     "انتشرت قوات الدعم السريع في دارفور، وهاجمت هذه القوات مواقع الجيش السوداني في نيالا.", "ASSAULT", "",
     "SDN/REB", "SDN/MIL"},
    // هذه القوات: the forces named before, not the state named as the place they are in.
    {"demonstrative_forces_not_place_state",
     "انتشرت القوات الروسية في مالي، وقد اتهمت منظمات حقوقية هذه القوات بقتل مدنيين.", "ACCUSE", "", nullptr,
     "RUS/MIL"},
    {"demonstrative_forces_subject_not_place_state",
     "تنتشر قوات فاغنر في ليبيا، وقد قصفت هذه القوات مواقع لحكومة طرابلس.", "ASSAULT", "", "RUS/*", nullptr},
    // الأخير / الأخيرة: the last actor named, not a place; the object follows it.
    {"latter_subject_then_object", "وصل وزير الخارجية الأمريكي إلى القاهرة، والتقى الأخير الرئيس المصري.", "CONSULT",
     "", "USA/GOV", "EGY/GOV"},
    {"latter_announcer_is_doer_of_arrest",
     "سيطرت هيئة تحرير الشام على مدينة حلب، وأعلنت الأخيرة اعتقال عناصر من الجيش السوري.", "COERCE", "173",
     "SYR/*", "SYR/MIL"},
    {"guard_latter_feminine_subject_carried", "اتهمت الحكومة السودانية قوات الدعم السريع بقصف الفاشر، وقصفت الأخيرة مخيم زمزم.",
     "ASSAULT", "", "SDN/REB", nullptr},
    {"guard_last_as_adjective", "قتل الجيش الإسرائيلي خمسة فلسطينيين في الهجوم الأخير على جنين.", "ASSAULT", "",
     "ISR/MIL", "PSE/*"},
    // An ethnic or regional adjective names its own group, never the state the story is about.
    {"ethnic_forces_not_story_state",
     "واصلت تركيا عملياتها العسكرية في شمال سوريا. وقصفت القوات الكردية مواقع تركية قرب منبج.", "ASSAULT", "",
     "/MIL", "TUR/*"},
    {"ethnic_forces_not_story_state_iraq",
     "شنت تركيا غارات على شمال العراق. وقالت مصادر إن القوات الكردية هاجمت موقعا للجيش التركي.", "ASSAULT", "",
     "/MIL", "TUR/MIL"},
    // A thing hit, of no owner of its own, is the holder's whom a relative clause after it names.
    {"holder_base_used_by", "هاجمت فصائل عراقية القاعدة التي تستخدمها القوات الأمريكية في أربيل.", "ASSAULT", "",
     "IRQ/*", "USA/MIL"},
    {"holder_house_lived_in_by_member", "استهدفت مسيرة إسرائيلية المنزل الذي يقيم فيه قيادي في حزب الله.", "ASSAULT",
     "", "ISR/*", "LBN/REB"},
    {"guard_holder_positions_stationed_in",
     "قصف الجيش السوداني المواقع التي تتمركز فيها قوات الدعم السريع في الخرطوم.", "ASSAULT", "", "SDN/MIL",
     "SDN/REB"},
    // The owner's pronoun after لـ on the thing hit: an actor named before, not the subject.
    {"owner_pronoun_after_li", "قالت حركة حماس إن الطائرات الإسرائيلية قصفت مقرا لها في خان يونس.", "ASSAULT", "",
     "ISR/MIL", "PSE/REB"},
    {"owner_pronoun_after_li_masculine", "قال حزب الله إن مسيرة إسرائيلية استهدفت مركزا له في صور.", "ASSAULT", "",
     "ISR/*", "LBN/REB"},
    // A title followed by a person's name is that person (not the title, of the subject's own state).
    {"title_then_person_object", "اعتقلت السلطات التركية عمدة إسطنبول أكرم إمام أوغلو.", "COERCE", "173", "TUR/GOV",
     "TUR/*"},
    // A passive: a plain noun with its nationality, then a phrase of agency that names the doer.
    {"passive_plain_noun_nationality_by_agent", "قتل مهندس صيني على يد مسلحين في باكستان.", "ASSAULT", "", "*/UAF",
     nullptr},
    {"guard_passive_agent_noun_by_agent", "اختطف طبيب فرنسي على يد مسلحين في النيجر.", "ASSAULT", "", "*/UAF",
     "FRA/*"},
    // A capital after a light verb in the feminine is its state, the doer of the noun after it.
    {"capitals_subject_of_light_verb", "فرضت واشنطن ولندن عقوبات على قادة في قوات الدعم السريع.", "COERCE", "",
     "USA/", "SDN/REB"},
    // A noun of no actor before في and a named group (not a state, person or place): a member of the group.
    {"member_engineer_in_group_object", "اغتالت إسرائيل مهندسا في حركة حماس في ماليزيا.", "ASSAULT", "", "ISR/",
     "PSE/REB"},
    {"member_expert_in_group_object", "قتلت القوات الأمريكية خبيرا في تنظيم داعش في العراق.", "ASSAULT", "", "USA/MIL",
     "*/REB"},
    {"guard_member_agent_noun_in_group", "اعتقلت الشرطة التركية مسؤولا في تنظيم داعش في أنقرة.", "COERCE", "",
     "TUR/COP", "*/REB"},
    {"guard_object_in_place_not_member", "قصفت الطائرات الروسية مستودعا في مدينة إدلب.", "ASSAULT", "", "RUS/MIL",
     "SYR/*"},
    // A verb of meeting joined by و after a verb of arrival: the arrival's subject meets the actor after it.
    {"met_after_arrival_opener_is_source", "وصل وزير الخارجية الإيراني إلى بيروت والتقى الأمين العام لحزب الله.",
     "CONSULT", "", "IRN/GOV", "LBN/*"},
    {"guard_met_after_arrival_counterpart", "وصل وزير الخارجية السعودي إلى القاهرة والتقى نظيره المصري.", "CONSULT",
     "", "SAU/GOV", "EGY/GOV"},
    // The owner through لـ of a counted object, or of the object that ends the trigger phrase.
    {"owner_li_after_counted_object", "قصفت الطائرات الروسية عشرات المواقع لتنظيم داعش في البادية.", "ASSAULT", "",
     "RUS/MIL", "*/REB"},
    {"owner_li_after_more_than_count", "قال الجيش الروسي إنه قصف أكثر من عشرين هدفا للجيش الأوكراني في زابوريجيا.",
     "ASSAULT", "", "RUS/MIL", "UKR/MIL"},
    {"owner_li_after_phrase_object", "القوات الأمريكية تضرب مواقع لتنظيم داعش في شرق سوريا.", "ASSAULT", "", "USA/MIL",
     "*/REB"},
    {"guard_owner_through_li", "قصف الجيش السوداني مواقع لقوات الدعم السريع في الخرطوم.", "ASSAULT", "", "SDN/MIL",
     "SDN/REB"},
};

class Targets19Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Targets19Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Targets19Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
