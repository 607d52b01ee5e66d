// Sources and targets of events in wire-style sentences written for this table (none copied from a corpus),
// from a probe of 270 such sentences on the syntax that decides who did what to whom: VSO and SVO, a subject
// far from its verb behind a comma-delimited insertion, object pronoun clitics, passives with على يد، من قبل،
// برصاص، verbal nouns with a genitive doer and an object after لـ, two-object verbs, coordinated subjects and
// demonyms, relative clauses, reported speech, headlines with a colon, the object put before the subject,
// demonstratives, run-on sentences and nationality adjectives on generic nouns; from Gaza, the West Bank,
// Lebanon, Syria, Iraq, Yemen, Sudan, Libya, Somalia, Ukraine, Russia, Iran, Pakistan and Congo. Every expected
// type, code prefix and actor was written by hand from the Arabic before the coder ran, following
// data/ontology/cameo.tsv and the sector rules of data/lexicon/sectors.tsv. An actor is "COUNTRY/SECTOR"
// ("ISR/" a state with no sector); "*" in either part accepts any value; "" is no actor; nullptr is not checked.
// kCases are guards: constructions the coder reads right now, kept honest. kPending are the right readings of
// constructions it reads wrong now (one group per pattern of the findings the lead was given); each is
// expected NOT to be coded as written, and the test fails when it is: move the row to kCases.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::ProbeRow;
using testing::TestEngine;

const ProbeRow kCases[] = {
    {"guard_vso_army_shells_camp", "قصف الجيش الإسرائيلي مخيم جباليا شمال قطاع غزة فجر اليوم.", "ASSAULT", "19",
     "ISR/MIL", "PSE/*"},
    {"guard_vso_arrest_demonym_object", "اعتقلت قوات الأمن الإيرانية صحفية بريطانية في طهران.", "COERCE", "173",
     "IRN/COP", "GBR/MED"},
    {"guard_vso_kill_counted_demonym", "قتل الجيش الإسرائيلي تسعة فلسطينيين في مخيم جنين.", "ASSAULT", "", "ISR/MIL",
     "PSE/*"},
    {"guard_svo_object_genitive_owner", "هاجمت قوات الدعم السريع مواقع الجيش السوداني في الأبيض.", "ASSAULT", "",
     "SDN/REB", "SDN/MIL"},
    {"guard_svo_positions_of_government", "هاجمت قوات حفتر مواقع الحكومة الليبية جنوب العاصمة.", "ASSAULT", "",
     "LBY/MIL", "LBY/GOV"},
    {"guard_rocket_salvo_on_city", "أطلقت كتائب القسام رشقة صاروخية على مدينة تل أبيب.", "ASSAULT", "", "PSE/REB",
     "ISR/*"},
    {"guard_aircraft_demonym_subject", "قصفت الطائرات الإسرائيلية مخيم النصيرات.", "ASSAULT", "", "ISR/MIL", "PSE/*"},
    {"guard_condemn_state_genitive_li", "أدانت مصر قصف إسرائيل لمدرسة في غزة.", "ACCUSE", "11", "EGY/", "ISR/*"},
    {"guard_condemn_police_genitive_li", "نددت قطر باقتحام الشرطة الإسرائيلية للمسجد الأقصى.", "ACCUSE", "", "QAT/",
     "ISR/COP"},
    {"guard_condemn_army_genitive_li", "أدانت الجامعة العربية قصف الجيش الإسرائيلي لمستشفى المعمداني في غزة.", "ACCUSE",
     "", "*/IGO", "ISR/MIL"},
    {"guard_headline_noun_demonym_no_dateline", "غارة إسرائيلية تستهدف سيارة في بلدة بنت جبيل.", "ASSAULT", "", "ISR/*",
     "LBN/*"},
    {"guard_headline_dateline_gives_context", "الأردن: الشرطة تعتقل عشرة متظاهرين في عمان.", "COERCE", "173", "JOR/COP",
     "JOR/CVL"},
    {"guard_member_partitive_min", "قتل الجيش الإسرائيلي عنصرين من حزب الله في غارة.", "ASSAULT", "", "ISR/MIL",
     "LBN/REB"},
    {"guard_meet_titles_both_sides", "التقى الرئيس الفرنسي رئيس البرلمان اللبناني نبيه بري.", "CONSULT", "", "FRA/GOV",
     "LBN/LEG"},
    {"guard_target_ship_indefinite_flag", "استهدف الحوثيون سفينة ترفع العلم الليبيري في البحر الأحمر.", "ASSAULT", "",
     "YEM/REB", "LBR/*"},
    {"guard_downed_drone_pronoun_forces", "قالت وزارة الدفاع الروسية إن قواتها أسقطت طائرة مسيرة أوكرانية.", "ASSAULT",
     "", "RUS/MIL", "UKR/*"},
    {"guard_two_objects_gave_jets", "منحت فرنسا أوكرانيا طائرات مقاتلة.", "AID", "07", "FRA/", "UKR/"},
    {"guard_clitic_welcomed_him_haythu",
     "وصل وزير الخارجية الأمريكي إلى الرياض حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.", "CONSULT", "",
     "SAU/GOV", "USA/GOV"},
    {"guard_clitic_shelled_them_coordinated", "تقدمت القوات الأوكرانية في منطقة كورسك وقصفتها المدفعية الروسية بشدة.",
     "ASSAULT", "", "RUS/MIL", "UKR/MIL"},
    {"guard_passive_by_bullets_of", "قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في مدينة نابلس.", "ASSAULT", "",
     "ISR/MIL", "PSE/*"},
    {"guard_passive_ala_yad", "اعتقل صحفي سوداني على يد قوات الدعم السريع في مدينة ود مدني.", "COERCE", "", "SDN/REB",
     "SDN/MED"},
    {"guard_speech_state_attacked_state", "قال زيلينسكي إن روسيا هاجمت أوكرانيا بأكثر من مئة صاروخ الليلة الماضية.",
     "ASSAULT", "", "RUS/*", "UKR/*"},
    {"guard_demonym_forces_civilians", "قتلت قوات إسرائيلية مدنيين فلسطينيين في مخيم طولكرم.", "ASSAULT", "", "ISR/MIL",
     "PSE/CVL"},
    {"guard_coord_subjects_sanctions", "فرضت الولايات المتحدة وبريطانيا عقوبات على قادة في حركة حماس.", "COERCE", "",
     "USA/", "PSE/REB"},
    {"guard_one_word_adverb_before_object", "أدانت قطر بشدة الهجوم الإسرائيلي على مدينة رفح.", "ACCUSE", "", "QAT/",
     "ISR/*"},
    // Fixed in session 17 (were pending rows):
    {"fixed_coord_demonyms_forces", "شنت القوات الروسية والسورية غارات على ريف إدلب الجنوبي.", "ASSAULT", "",
     "RUS/MIL", nullptr},
    {"fixed_day_before_object_condemn", "أدانت مصر يوم الاثنين الهجوم الإسرائيلي على مدينة رفح.", "ACCUSE", "",
     "EGY/", "ISR/*"},
    {"fixed_day_before_object_rockets", "أطلق حزب الله يوم الاثنين صواريخ على مستوطنة كريات شمونة في شمال إسرائيل.",
     "ASSAULT", "", "LBN/REB", "ISR/*"},
    {"fixed_headline_urgent_svo", "عاجل: الجيش الإسرائيلي يقصف مبنى في حي الرمال بمدينة غزة.", "ASSAULT", "",
     "ISR/MIL", "PSE/*"},
    {"fixed_insertion_kill_not_passive", "قتل الجيش الإسرائيلي، خلال عملية عسكرية في مخيم جنين، تسعة فلسطينيين.",
     "ASSAULT", "", "ISR/MIL", "PSE/*"},
    {"fixed_insertion_object_after_wafq",
     "اعتقلت قوات الأمن الإيرانية، وفق ما نقلته وكالة تسنيم عن مصدر أمني، صحفية بريطانية في طهران.", "COERCE", "173",
     "IRN/COP", "GBR/MED"},
    {"fixed_yesterday_before_object_reject", "رفضت كوريا الشمالية أمس العرض الأمريكي للحوار.", "REJECT", "", "PRK/",
     "USA/*"},
    {"fixed_lowconf_definite_ship", "استهدف الحوثيون السفينة في البحر الأحمر.", "ASSAULT", "", "YEM/REB", nullptr},
    {"fixed_lowconf_state_targets_facilities", "استهدفت روسيا منشآت الطاقة في غرب أوكرانيا.", "ASSAULT", "", "RUS/*",
     "UKR/*"},
    {"fixed_place_country_displaced_camp", "قصفت قوات الدعم السريع مخيما للنازحين في الفاشر.", "ASSAULT", "",
     "SDN/REB", "SDN/*"},
    {"fixed_place_country_gunmen", "قتل الجيش الباكستاني ثمانية مسلحين في وزيرستان.", "ASSAULT", "", "PAK/MIL",
     "PAK/*"},
    {"fixed_place_country_houses", "الجيش الإسرائيلي يقصف منازل في خان يونس.", "ASSAULT", "", "ISR/MIL", "PSE/*"},
    {"fixed_coordinated_verb_after_arrival", "وصلت قوات الدعم السريع إلى الأبيض وهاجمت مواقع الجيش السوداني.",
     "ASSAULT", "", "SDN/REB", "SDN/MIL"},
    // (Was pending P16: the masculine dual الرئيسان is an office noun since actors17b.)
    {"coord_demonyms_dual_presidents", "التقى الرئيسان التركي والروسي في مدينة سوتشي.", "CONSULT", "", "*/GOV",
     "*/GOV"},
    {"fixed_condemned_state_genitive_li_phrase", "استنكرت إيران اغتيال إسرائيل لقادة في الحرس الثوري بدمشق.",
     "ACCUSE", "", "IRN/", "ISR/*"},
    {"fixed_welcomed_release_by_group", "رحبت الأمم المتحدة بإفراج حماس عن ثلاث رهائن إسرائيليات.", "SUPPORT", "",
     "*/IGO", "PSE/REB"},
    {"fixed_agent_of_condemned_noun_not_source", "تركيا تدين اقتحام المسجد الأقصى من قبل مستوطنين إسرائيليين.",
     "ACCUSE", "", "TUR/", "ISR/*"},
    // Pending after session 17, coded as written since session 18 (أسقط with the aircraft downed as its object).
    {"fix18_lowconf_counted_drones",
     "قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت ثلاثين طائرة مسيرة أوكرانية.", "ASSAULT", "", nullptr,
     "UKR/*"},
    // Fixed in session 18 (were pending rows):
    {"fixed_topic_object_ship_resumptive", "سفينة تجارية يونانية استهدفها الحوثيون قبالة الحديدة.", "ASSAULT", "",
     "YEM/REB", "GRC/*"},
    {"fixed_topic_object_minister_received", "وزير الخارجية الإيراني استقبله الرئيس السوري بشار الأسد في دمشق.",
     "CONSULT", "", "SYR/GOV", "IRN/GOV"},
    {"fixed_topic_object_tanker_seized", "ناقلة النفط الروسية احتجزتها السلطات الإستونية في بحر البلطيق.", "COERCE",
     "", "EST/GOV", "RUS/*"},
    {"fixed_aircraft_of_army_subject", "قصفت طائرات الجيش السوداني سوقا في الكومة.", "ASSAULT", "", "SDN/MIL",
     nullptr},
    {"fixed_clitic_coordinated_shelled_cell",
     "رصد الجيش الإسرائيلي خلية لحماس قرب السياج الحدودي وقصفها بطائرة مسيرة.", "ASSAULT", "", "ISR/MIL", "PSE/REB"},
    {"fixed_clitic_coordinated_antecedent_not_source", "رصد الجيش الإسرائيلي مسلحين من حماس وقصفهم بطائرة مسيرة.",
     "ASSAULT", "", "ISR/MIL", "PSE/REB"},
    {"fixed_clitic_person_not_place", "دخل الصحفي الأمريكي إلى سوريا فاعتقلته السلطات السورية.", "COERCE", "",
     "SYR/GOV", "USA/MED"},
    {"fixed_member_leader_in_group", "اغتالت إسرائيل قياديا بارزا في حماس في بيروت.", "ASSAULT", "", "ISR/",
     "PSE/REB"},
    {"fixed_possessive_positions_her", "أكدت الحكومة الليبية أن قوات حفتر هاجمت مواقعها جنوب العاصمة.", "ASSAULT", "",
     "LBY/MIL", "LBY/GOV"},
    {"fixed_relative_in_subject_steals_object", "هاجمت الجماعات المسلحة التي تدعمها إيران قاعدة أمريكية في سوريا.",
     "ASSAULT", "", "*/UAF", "USA/MIL"},
    // Fixed in session 18 (were pending rows):
    {"fixed_noun_subject_demonym_verb_one_event", "الغارات الإسرائيلية قتلت أربعين فلسطينيا خلال يوم واحد.",
     "ASSAULT", "", "ISR/*", "PSE/*"},
    {"fixed_noun_subject_present_verb_one_event", "القصف الروسي يقتل عشرة مدنيين في خاركيف.", "ASSAULT", "", "RUS/*",
     "*/CVL"},
    // Fixed in session 19 (were pending rows).
    {"fixed_member_commander_in_brigades", "اغتالت إسرائيل قائدا في كتائب القسام بخان يونس.", "ASSAULT", "", "ISR/",
     "PSE/REB"},
    {"fixed_coordinated_met_after_arrival", "وصل المبعوث الأممي إلى صنعاء والتقى زعيم الحوثيين.", "CONSULT", "",
     "*/IGO", "YEM/REB"},
    {"fixed_demonstrative_this_group",
     "تسيطر حركة الشباب على مناطق في جنوب الصومال، وقد شن هذا التنظيم هجوما على قاعدة للجيش.", "ASSAULT", "", "SOM/REB",
     "SOM/MIL"},
    // (Was pending: read right once Lula da Silva was listed with his dates in people.tsv, session 24.)
    {"criticized_war_relative_doer", "انتقد الرئيس البرازيلي لولا دا سيلفا الحرب التي تشنها إسرائيل على غزة.",
     "ACCUSE", "", "BRA/GOV", "ISR/*"},
    // (Was pending: an office of one nation before a person of another is no title of his, session 26.)
    {"fixed_merged_minister_president", "التقى الوزير الأمريكي الرئيس الفلسطيني محمود عباس في رام الله.", "CONSULT",
     "", "USA/GOV", "PSE/GOV"},
    // Moved from kPending in session 28 (right after that session's merges; checked by hand: the Qassam
    // Brigades, named before the apposition, fired the salvo at Tel Aviv).
    {"insertion_apposition_subject",
     "أطلقت كتائب القسام، الجناح العسكري لحركة حماس، رشقة صاروخية على مدينة تل أبيب.", "ASSAULT", "", "PSE/REB",
     "ISR/*"},
    // Moved from kPending in session 37 (args37: a definite noun no dictionary names right after a verb that takes
    // an object is its subject, and the actor after it the object).
    {"nonactor_subject_statement", "طالب البيان الختامي إسرائيل بالانسحاب من غزة.", "REQUEST", "", nullptr, "ISR/"},
    // Moved from pending in session 46: the demonym adjective of the noun names its doer, not the state before the colon.
    {"headline_dateline_not_source", "لبنان: غارة إسرائيلية تستهدف سيارة في بلدة بنت جبيل.", "ASSAULT", "", "ISR/*",
     "LBN/*"},
};

class Targets17Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Targets17Test, CodesTypeSourceAndTarget) {
  testing::ExpectProbeRow(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Targets17Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // P0: A date or time (يوم الاثنين، أمس) between the subject and the object: only a one-word adverb is skipped, so
    // the object is lost or the event is dropped.
    // P1: A comma-delimited insertion (في بيان، وفق ما نقلته، خلال، an apposition) between the verb and its object: the
    // object is lost or taken from inside the insertion, a killing verb turns passive, or the event is lost.
    // P2: A generic noun as target (منازل، مسلحين، نازحين) takes no country from the place of the event in the same
    // clause.
    // P3: The object put first with a resumptive pronoun on the verb (سفينة ... استهدفها الحوثيون) is read as the
    // subject.
    // P4: استهدف، أسقط with a state as doer, or a definite or counted thing as object: the low-confidence check drops
    // the event.
    // P5: A condemned, welcomed or criticized act: its doer (genitive followed by لـ or عن, or subject of a relative
    // clause) is not the target.
    // P6: Agency phrases and unvocalized passives: من قبل of the condemned noun taken as the source of the condemning
    // verb; a device planted by X, a helicopter downed, a journalist killed.
    {"pending_passive_destroyed_tank_device_planted",
     "دمرت دبابة إسرائيلية بعبوة ناسفة زرعها مقاتلو سرايا القدس في جنين.", "ASSAULT", "", "PSE/REB", "ISR/MIL"},
    {"pending_passive_killed_journalist_relative", "قتل الصحفي الذي كان يغطي المعارك في غزة بغارة إسرائيلية.",
     "ASSAULT", "", "ISR/*", "*/MED"},
    // P7: Headlines: عاجل before a colon loses an SVO headline. (A state before a colon as the source of a noun headline
    // with its demonym adjective moved to kCases in session 46.)
    {"pending_headline_dateline_drone_base", "العراق: مسيرة تستهدف قاعدة حرير الأمريكية في أربيل.", "ASSAULT", "", "",
     "USA/*"},
    // P8: Aircraft with an owner (طائرات الجيش، تابعة للجيش، الطيران الإسرائيلي) as subject: the owner is lost or made
    // the target.
    // (طائرات حربية تابعة للجيش السوداني: fixed in session 39, coder_lead39_test.)
    {"pending_raids_of_air_force_continue", "تتواصل غارات الطيران الإسرائيلي على جنوب لبنان.", "ASSAULT", "", "ISR/*",
     "LBN/*"},
    // P9: An object pronoun on a verb joined by و or ف: unresolved, resolved to the source, or to a place instead of a
    // person.
    // P10: A verb joined by و after a verb that is no event (وصل) does not share its subject.
    // P11: Demonstrative subjects of things (هذه الدبابات) are not resolved (groups are since session 19). The
    // row checks the shelling (194); the incursion before it (توغلت دبابات إسرائيلية) is coded since args21
    // (coder_args21_test.cc, indefinite_tanks_incursion).
    {"pending_demonstrative_these_tanks",
     "توغلت دبابات إسرائيلية في حي الزيتون، وأطلقت هذه الدبابات قذائف على المنازل.", "ASSAULT", "194", "ISR/*", nullptr},
    // P12: A member of a group through في (قيادي في حماس، قائد في كتائب القسام) is an actor with no country or sector.
    // P13: The recognizer joins the subject and the object into one mention (مسلحون مجهولون عمالا صينيين).
    {"pending_merged_gunmen_workers", "قتل مسلحون مجهولون عمالا صينيين في منجم للذهب.", "ASSAULT", "", "*/UAF",
     "CHN/*"},
    // P15: A possessive pronoun on the object noun (مواقعها) is not resolved to its owner.
    {"pending_possessive_positions_his", "أوضح بيان للجيش الكونغولي أن متمردي حركة إم 23 هاجموا مواقعه قرب غوما.",
     "ASSAULT", "", "COD/REB", "COD/MIL"},
    // P17: A relative clause inside the subject takes the object; a bare place name after على is no target.
    {"pending_bare_place_after_ala", "أطلق حزب الله عشرات الصواريخ على صفد.", "ASSAULT", "", "LBN/REB", "ISR/*"},
};

class Targets17PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Targets17PendingTest, IsStillAGap) {
  testing::ExpectStillPending(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Targets17PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
