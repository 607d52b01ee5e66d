// How triggers are found and chosen, on wire-style sentences written for this table (none copied from a corpus):
// verbal nouns that open a headline with no verb (إحباط هجوم، تفكيك خلية), a count between a word and the rest of its
// phrase (أسقطت خمس طائرات، إسقاط خمس طائرات، طرد 12 موظفا من السفارة), a word with a pronoun whose whole form the
// dictionary lists (استدعت سفيرها: 161, its own ambassador, not 114), فض with its object, a court as the subject of
// أدان (116, found guilty or liable: CAMEO's own code for a conviction), an order to another party (أمرت محكمة العدل
// الدولية إسرائيل بوقف عملياتها: a demand, 1056, not a ceasefire), and a state before a present verb whose object's
// demonym is no doer (باكستان تسقط طائرات حربية هندية). Every expected type, code prefix and actor was written by hand
// from the Arabic before the coder ran, following data/ontology/cameo.tsv. An actor is "COUNTRY/SECTOR"; "*" in either
// part accepts any value; nullptr is not checked; `absent` names a type no counted event of the sentence may have. The
// rows named fix_ failed before session 18's change they test; the rows named guard_ passed before and keep the
// change and its neighbours honest.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // Verbal nouns opening a headline, with and without a dateline (the `headline` lines), and the same nouns inside
    // a sentence, where they are an aim or a topic.
    {"fix_hl_foil_attack", "إحباط هجوم إرهابي في شمال سيناء.", "COERCE", "170", nullptr, nullptr, "ASSAULT"},
    {"fix_hl_foil_dateline_infiltration", "الأردن: إحباط محاولة تسلل من الأراضي السورية.", "COERCE", "170", nullptr,
     nullptr},
    {"fix_hl_foil_dateline_smuggling", "مصر: إحباط محاولة تهريب أسلحة عبر الحدود الليبية.", "COERCE", "170", nullptr,
     nullptr},
    {"fix_hl_dismantle_cell", "تفكيك خلية تابعة لتنظيم داعش في ريف حلب.", "COERCE", "173", nullptr, nullptr},
    {"fix_hl_dismantle_dateline_network", "المغرب: تفكيك شبكة لتهريب المخدرات.", "COERCE", "173", nullptr, nullptr},
    {"guard_in_sentence_foil_aim", "أكدت الحكومة أن الجهود مستمرة من أجل إحباط هجمات محتملة.", nullptr, "", nullptr,
     nullptr, "COERCE"},
    {"guard_in_sentence_dismantle_cooperation", "تعاونت الأجهزة الأمنية في البلدين في تفكيك شبكات تهريب البشر.",
     nullptr, "", nullptr, nullptr, "COERCE"},
    {"guard_hl_defused_bomb", "تفكيك عبوة ناسفة على طريق المطار.", nullptr, "", nullptr, nullptr, "COERCE"},
    // A word with a pronoun: the line listing its whole form wins over its stem's (own ambassador 161, own weapons 087).
    {"fix_recall_own_ambassador_to", "استدعت الجزائر سفيرها لدى فرنسا.", "SANCTION", "161", "DZA/*", "FRA/*"},
    {"fix_recall_own_ambassador_in", "استدعت مالي سفيرها في الجزائر.", "SANCTION", "161", "MLI/*", nullptr},
    {"fix_recall_own_ambassador_from", "استدعت بوليفيا سفيرها من تل أبيب.", "SANCTION", "161", "BOL/*", nullptr},
    {"fix_recall_own_ambassador_target", "استدعى العراق سفيره لدى إيران.", "SANCTION", "161", "IRQ/*", "IRN/*"},
    {"guard_recall_own_ambassador_contiguous", "سحبت السعودية سفيرها من بيروت.", "SANCTION", "161", "SAU/*", "LBN/*"},
    {"guard_summon_foreign_ambassador", "استدعت الخارجية المصرية السفير الإسرائيلي.", "ACCUSE", "114", "EGY/*",
     nullptr},
    {"fix_hand_over_own_weapons", "سلم مقاتلو حزب العمال الكردستاني أسلحتهم.", "RETREAT", "087", nullptr, nullptr,
     "AID"},
    // فض with its object is no low-confidence reading.
    {"fix_disperse_sitin", "فضت الشرطة الاعتصام أمام البرلمان.", "ASSAULT", "175", "*/COP", nullptr},
    {"fix_disperse_present", "الشرطة الكينية تفض مظاهرة في نيروبي.", "ASSAULT", "175", "KEN/COP", nullptr},
    {"guard_disperse_sitin_of", "فضت قوات الأمن اعتصاما للمعلمين في الرباط.", "ASSAULT", "175", nullptr, nullptr},
    // A court as the subject of أدان: found guilty or liable (116); another subject condemns (111).
    {"fix_court_convicts_activist", "أدانت محكمة عسكرية ناشطا بتهمة التحريض.", "ACCUSE", "116", "*/JUD", "*/CVL"},
    {"fix_court_convicts_spy", "أدانت محكمة أمريكية رجلا بالتجسس لصالح الصين.", "ACCUSE", "116", "USA/JUD", nullptr},
    {"fix_court_finds_liable", "أدانت المحكمة العليا الحكومة بانتهاك الدستور.", "ACCUSE", "116", "*/JUD", "*/GOV"},
    {"guard_state_condemns", "أدانت مصر الهجوم على الكنيسة.", "ACCUSE", "111", "EGY/*", nullptr},
    {"guard_ngo_condemns", "أدانت منظمة العفو الدولية إعدام المعارضين.", "ACCUSE", "111", "*/NGO", nullptr},
    // An order to another party, named between the subject and ب + the act: a demand.
    {"fix_icj_orders_halt", "أمرت محكمة العدل الدولية إسرائيل بوقف عملياتها العسكرية في رفح.", "REQUEST", "1056",
     nullptr, "ISR/*", "RETREAT"},
    {"fix_court_orders_release", "أمرت المحكمة العليا الحكومة بالإفراج عن المعتقلين.", "REQUEST", "1053", "*/JUD",
     "*/GOV", "RETREAT"},
    {"fix_us_court_orders_release", "أمرت محكمة أمريكية الإدارة بالإفراج عن طالب فلسطيني.", "REQUEST", "1053",
     "USA/JUD", "*/GOV", "RETREAT"},
    // Aircraft downed: the demonym of the aircraft is the target, not the doer; a count may stand before them.
    {"fix_pak_downs_jets", "باكستان تسقط طائرات حربية هندية.", "ASSAULT", "190", "PAK/*", "IND/MIL"},
    {"fix_count_downed_drones", "أسقطت الدفاعات الجوية خمس طائرات مسيرة أوكرانية.", "ASSAULT", "190", "*/MIL",
     "UKR/*"},
    {"fix_count_downed_fighters", "أسقطت القوات الروسية ثلاث مقاتلات أوكرانية.", "ASSAULT", "190", "RUS/MIL", "UKR/*"},
    {"fix_count_noun_downed", "أعلن الجيش الباكستاني إسقاط خمس طائرات هندية.", "ASSAULT", "190", "PAK/MIL", nullptr},
    {"guard_downed_drone", "أسقطت إيران طائرة مسيرة أمريكية.", "ASSAULT", "190", "IRN/*", "USA/*"},
    // A count between the verb and its object.
    {"fix_count_expelled_embassy_staff", "طردت الجزائر 12 موظفا من السفارة الفرنسية.", "SANCTION", "161", "DZA/*",
     nullptr, "COERCE"},
    {"guard_count_expelled_diplomats", "طردت روسيا 12 دبلوماسيا أوروبيا.", "SANCTION", "161", "RUS/*", nullptr},
    {"guard_count_arrested", "اعتقلت الشرطة 30 متظاهرا في كراتشي.", "COERCE", "173", "PAK/COP", "PAK/CVL"},
    {"guard_count_killed", "قتل الجيش 12 مسلحا في هجوم على معسكر.", "ASSAULT", "190", "*/MIL", nullptr},
    {"guard_count_released", "أطلقت إسرائيل سراح 90 أسيرا فلسطينيا.", "RETREAT", "084", "ISR/*", "PSE/*"},
    // Fixed in session 17 (were pending rows):
    {"fixed_hl_gunmen_attack_village", "مسلحون يهاجمون قرية في زامفارا.", "ASSAULT", "19", nullptr, nullptr},
    {"fixed_hl_protesters_storm", "متظاهرون يقتحمون مبنى البرلمان في بغداد.", "PROTEST", "14", nullptr, nullptr},
    {"hl_present_fires_a_missile", "الحوثيون يطلقون صاروخا على إيلات.", "ASSAULT", "194", "YEM/REB", "ISR/*"},
    {"hl_present_fires_shells", "حزب الله يطلق قذائف على كريات شمونة.", "ASSAULT", "194", "LBN/REB", "ISR/*"},
    {"hl_present_disperses_definite_protesters", "قوات الأمن تفرق المحتجين في الخرطوم.", "ASSAULT", "175", "SDN/COP",
     nullptr},
    {"fixed_hl_counted_crowd_storms", "مئات المتظاهرين يقتحمون مقر الحكومة في عدن.", "PROTEST", "14", "YEM/CVL", nullptr},
    {"guard_hl_definite_plural_is_general", "المسلحون يهاجمون القرى عادة في موسم الحصاد.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"fixed_hl_protesters_block", "محتجون يغلقون الطرق في بيروت.", "PROTEST", "14", nullptr, nullptr},
    // Fixed in session 19 (was a pending row): the means after a noun of killing gives its code.
    {"fixed_killed_by_device", "مقتل ثلاثة جنود بانفجار عبوة ناسفة في ديالى.", "ASSAULT", "183", nullptr, nullptr},
    // Fixed in session 19 (was a pending row): actors19 made الأمن + nationality an actor.
    {"fixed_disperse_security_adjective", "فض الأمن المصري اعتصام رابعة بالقوة.", "ASSAULT", "175", "EGY/*", nullptr},
};

class Triggers18Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Triggers18Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Triggers18Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (Its pending rows were all fixed in session 19 and moved to the cases.)

}  // namespace
}  // namespace rasad
