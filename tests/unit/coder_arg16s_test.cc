// The sources of set 16's first run (session 62, arg16s): state forces named in construct with their body and its
// nationality, one nationality after two coordinated bodies of forces, and a dispersal told with "by force" between
// its subject and its object. The rows, wire-style sentences written for this table (none copied from a corpus or a
// gold set):
// 1. forces in construct with a state's army or police (قوات الجيش الكيني، قوات الشرطة الجزائرية) are that body's,
//    of the state the nationality after it names (lexicon: entity_recognizer.cc joins the construct; before, the bare
//    forces were the doer, with no state);
// 2. one nationality after two bodies of forces joined by و (قوات الأمن والجيش السورية، قوات الشرطة والجيش الأردنية)
//    names the state of both: the first, the doer, is of that state too;
// 3. بالقوة "by force" between the subject and the object of a split phrase (فضت قوات الأمن بالقوة اعتصاما) is an
//    adverb (coder/grammar.tsv), as بقوة was: the phrase is still read;
// 4. a relative clause on the subject, its pronoun, a verb and that verb's named subject (شن التحالف الذي تقوده
//    فرنسا غارات), between the subject and the rest of a split phrase: the phrase is still read (before, no attack
//    was read at all);
// 5. a clash "with" a side (واندلعت اشتباكات مع مسلحين) in a clause joined by و to a lead clause that opens with its
//    verb and subject (أزالت قوات الشرطة الكينية خيام المحتجين): the lead's subject is the clash's other side, its
//    source (document_coder.cc, ClashWithLeadSubject);
// 6. guards: the readings next to them that held before.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Arg16sTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16sTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Forces in construct with a state's army or police, its nationality after it.
    {"forces_of_the_kenyan_army_shelled_shabaab_positions",
     "قصفت قوات الجيش الكيني مواقع لحركة الشباب في جنوب الصومال.", "ASSAULT", "19", "KEN/MIL", nullptr},
    {"forces_of_the_tunisian_police_stormed_the_journalists_union",
     "اقتحمت قوات الشرطة التونسية مقر نقابة الصحفيين.", "ASSAULT", "1", "TUN/COP", nullptr},
    {"forces_of_the_kenyan_police_fired_tear_gas_at_protesters",
     "أطلقت قوات الشرطة الكينية الغاز المسيل للدموع على متظاهرين في نيروبي.", "ASSAULT", "17", "KEN/COP", nullptr},
    {"forces_of_the_algerian_police_broke_up_a_doctors_sit_in",
     "فضت قوات الشرطة الجزائرية اعتصاما للأطباء أمام وزارة الصحة.", "ASSAULT", "17", "DZA/COP", nullptr},

    // 2. One nationality after two coordinated bodies of forces names both.
    {"security_forces_and_army_syrian_fired_on_protesters",
     "أطلقت قوات الأمن والجيش السورية النار على متظاهرين.", "ASSAULT", "1", "SYR/COP", nullptr},
    {"police_and_army_forces_jordanian_broke_up_a_teachers_sit_in",
     "فضت قوات الشرطة والجيش الأردنية اعتصاما للمعلمين.", "ASSAULT", "17", "JOR/COP", nullptr},
    {"army_and_police_forces_philippine_shelled_rebel_positions",
     "قصفت قوات الجيش والشرطة الفلبينية مواقع للمتمردين.", "ASSAULT", "19", "PHL/MIL", nullptr},

    // 3. بالقوة between the subject and the object of a dispersal.
    {"jordanian_security_forces_broke_up_a_sit_in_by_force",
     "فضت قوات الأمن الأردنية بالقوة اعتصاما للمعلمين أمام مقر الحكومة.", "ASSAULT", "17", "JOR/COP", nullptr},

    // 4. A relative clause on the subject of a split phrase, before its rest.
    {"factions_backed_by_turkey_fired_shells_at_manbij",
     "أطلقت الفصائل التي تدعمها تركيا قذائف على مدينة منبج.", "ASSAULT", "19", "*/*", nullptr},
    {"militias_backed_by_iran_fired_rockets_at_ain_al_asad",
     "أطلقت الميليشيات التي تدعمها إيران صواريخ على قاعدة عين الأسد.", "ASSAULT", "19", "*/*", nullptr},

    // 5. A clash "with" a side, in a clause joined by و to a lead clause that opens with its verb and subject: the
    // lead's subject is the clash's other side.
    {"kenyan_police_removed_tents_and_clashes_broke_out_with_youths",
     "أزالت قوات الشرطة الكينية خيام المحتجين في نيروبي، واندلعت اشتباكات مع شبان غاضبين.", "ASSAULT", "19",
     "KEN/COP", nullptr},
    {"turkish_forces_entered_a_town_and_clashes_broke_out_with_kurdish_fighters",
     "دخلت القوات التركية بلدة في ريف حلب واندلعت اشتباكات مع مقاتلين أكراد.", "ASSAULT", "19", "TUR/MIL", nullptr},

    // 6. Guards.
    {"guard_clashes_with_gunmen_and_no_lead_subject",
     "اندلعت اشتباكات مع مسلحين في بلدة قرب الحدود.", "ASSAULT", "19", "", nullptr},
    {"guard_russian_aircraft_struck_positions_of_factions_backed_by_turkey",
     "قصفت الطائرات الروسية مواقع للفصائل التي تدعمها تركيا في ريف حلب.", "ASSAULT", "19", "RUS/MIL", nullptr},
    {"guard_clashes_between_gunmen_and_the_nigerian_army",
     "اندلعت اشتباكات بين مسلحين والجيش النيجيري.", "ASSAULT", "19", "/UAF", "NGA/MIL"},
    {"guard_the_kenyan_air_force_shelled_shabaab_positions",
     "قصفت القوات الجوية الكينية مواقع لحركة الشباب.", "ASSAULT", "19", "KEN/MIL", nullptr},
    {"guard_iraqi_security_forces_broke_up_a_sit_in",
     "فضت قوات الأمن العراقية اعتصاما للمحتجين في الناصرية.", "ASSAULT", "17", "IRQ/COP", nullptr},
    {"guard_forces_of_haftar_by_his_name_alone",
     "شنت قوات خليفة حفتر غارات على مواقع في طرابلس.", "ASSAULT", "19", "LBY/*", nullptr},
    {"guard_the_police_strongly_dispersed_the_protesters",
     "أطلقت الشرطة التونسية الغاز المسيل للدموع بكثافة على المحتجين.", "ASSAULT", "17", "TUN/COP", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16sTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // (The forces of a retired general, قوات اللواء المتقاعد خليفة حفتر, are read since arg16b: coder_arg16b_test.)
    // A verb of beginning (بدأ) before a verbal noun of attack: its subject is not read as the attack's doer. Since
    // arg16b بدأ is a light verb (coder/grammar.tsv: بدأت الشرطة تفريق المحتجين is read), but قصف after it is read as
    // the verb "shelled", in the passive with مواقع its subject, not as the verbal noun the light verb governs.
    {"the_ethiopian_army_began_shelling_tigray_positions",
     "بدأ الجيش الإثيوبي قصف مواقع لجبهة تحرير تيغراي.", "ASSAULT", "19", "ETH/MIL", nullptr},
    // A national army the dictionaries name as one actor (الجيش المصري) after و: its nationality is not lent to the
    // police before it.
    {"the_police_and_the_egyptian_army_stormed_the_square",
     "اقتحمت الشرطة والجيش المصري ميدان التحرير.", "ASSAULT", "1", "EGY/COP", nullptr},
    // A relative clause on a subject the lexicon reads as no actor here (bare التحالف, a coalition named by the
    // document's state only in Iraq, Syria or Yemen): the split phrase is not read past it, and no attack is read.
    {"the_coalition_led_by_france_launched_strikes_in_northern_mali",
     "شن التحالف الذي تقوده فرنسا غارات على مواقع للمسلحين في شمال مالي.", "ASSAULT", "19", "*/*", nullptr},
    // A government's forces backed by a state named in the relative clause after them: the forces are read as that
    // state's (القوات الحكومية التي تدعمها روسيا read as Russia's), not the document's place's.
    {"government_forces_backed_by_russia_launched_an_attack_in_idlib",
     "شنت القوات الحكومية التي تدعمها روسيا هجوما على بلدة في ريف إدلب.", "ASSAULT", "19", "SYR/MIL", nullptr},
    // (The aircraft of a state's air force in construct, طائرات القوات الجوية الكينية, are read since arg16b.)
};

class Arg16sPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg16sPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Arg16sPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
