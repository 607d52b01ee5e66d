// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 41:
// - machines of war whose name ends in an adjective of its own (طائرات حربية، مروحيات حربية) followed by a
//   nationality that is also the state's name (تركية، سورية). The recognizer read the nationality as the
//   adjective only after a word the word classes call a noun, which حربية is not: the state's name stayed, and
//   قصفت طائرات حربية تركية gave no event at all (the verb's phrase, قصفت طائرات, seemed to run into a name).
//   Helicopters and bombers "of war" are now listed with the other military aircraft;
// - a protest against a thing that is no event (a decision, a policy, statements, measures) is addressed to
//   the state's body, official or armed force that owns it (its genitive: رفضا لقرارات الرئيس) or made it (the
//   subject of a relative clause on it: رفضا للإجراءات التي اتخذها قائد الجيش). Only such actors: a protest
//   about workers' conditions is not addressed to the workers;
// - a protest against a killing or an arrest whose doer a phrase of agency names after the victim (احتجاجا على
//   مقتل شاب برصاص الشرطة، على اعتقال زملائهم على يد قوات الأمن) is addressed to that doer;
// - the people of a place named with a pronoun (سكانها، أهاليها، مواطنيه: lexicon/word_kinds.tsv inhabitants) are
//   the people of the place or state named before, never of a group, person or body: in قتلت قوات الدعم السريع
//   عشرة من سكانها the recognizer gave the residents to the RSF, and the coder dropped the killing as the RSF's on
//   itself;
// - an insertion between commas after the subject (أطلق حزب الله، المدعوم من إيران، رشقة من الصواريخ; نظمت نقابة
//   المعلمين، التي تضم آلاف الأعضاء، مسيرة) is passed over: the noun after it is the object of the verb before the
//   subject, presented as having happened (before, the comma stopped the search for that verb, and the salvo was
//   no event), and the actors the insertion names are not the noun's doer.
// Every expected code and actor was written by hand from the Arabic before the coder ran; every row failed at
// the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
#include <gtest/gtest.h>

#include <string>

#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;

const CodedEventRow kMachines[] = {
    {"turkish_warplanes_shelled_villages_near_duhok", "2024-05-10", "قصفت طائرات حربية تركية قرى في ريف دهوك.", "19",
     "TUR/MIL", nullptr},
    {"syrian_military_helicopters_shelled_a_village", "2024-05-10", "قصفت مروحيات حربية سورية قرية في ريف إدلب.", "19",
     "SYR/MIL", "*/CVL"},
    {"turkish_warplanes_attacked_pkk_positions_in_qandil", "2024-05-10",
     "هاجمت طائرات حربية تركية مواقع لحزب العمال الكردستاني في جبال قنديل.", "19", "TUR/MIL", "*/REB"},
    {"guard_russian_combat_helicopters_shelled_opposition", "2024-05-10",
     "قصفت مروحيات قتالية روسية مواقع للمعارضة المسلحة في ريف حماة.", "19", "RUS/MIL", nullptr},
    {"guard_turkish_gunboats_fired_on_a_boat", "2024-05-10", "أطلقت زوارق حربية تركية النار على قارب للمهاجرين.",
     "19", "TUR/MIL", nullptr},
};

const CodedEventRow kProtests[] = {
    {"tunisians_marched_rejecting_the_presidents_decisions", "2023-03-01",
     "خرج آلاف التونسيين في مسيرة رفضا لقرارات الرئيس قيس سعيد.", "14", "TUN/*", "TUN/GOV"},
    {"sudanese_protested_measures_the_army_chief_took", "2023-03-01",
     "تظاهر مئات السودانيين في أم درمان رفضا للإجراءات التي اتخذها قائد الجيش.", "14", "SDN/*", "SDN/MIL"},
    {"iraqis_protested_the_governments_policies", "2024-05-10",
     "تظاهر آلاف العراقيين في البصرة تنديدا بسياسات الحكومة العراقية.", "14", "IRQ/*", "IRQ/GOV"},
    {"guard_parisians_protested_the_interior_ministers_words", "2024-05-10",
     "تظاهر المئات في باريس احتجاجا على تصريحات وزير الداخلية الفرنسي.", "14", nullptr, "FRA/GOV"},
    {"protest_at_a_youth_shot_dead_by_the_police", "2024-05-10",
     "تظاهر المئات في نيروبي احتجاجا على مقتل شاب برصاص الشرطة.", "14", nullptr, "*/COP"},
    {"sit_in_at_students_arrested_by_the_security_forces", "2024-05-10",
     "اعتصم عشرات الطلاب في الخرطوم احتجاجا على اعتقال زملائهم على يد قوات الأمن.", "14", nullptr, "*/COP"},
    {"villagers_protested_a_farmer_killed_by_army_fire", "2024-05-10",
     "تظاهر سكان القرية احتجاجا على مقتل مزارع بنيران الجيش.", "14", nullptr, "*/MIL"},
    {"guard_protest_at_the_governments_decision", "2024-05-10",
     "تظاهر المئات في عمان احتجاجا على قرار الحكومة رفع الأسعار.", "14", nullptr, "*/GOV"},
    {"guard_protest_at_the_police_arresting_activists", "2024-05-10",
     "تظاهر الآلاف احتجاجا على اعتقال الشرطة ناشطين.", "14", nullptr, "*/COP"},
    // (Session 64, hdl18: a protest against an act or a want with no doer named is aimed at the government of the
    // protest's state, as the independent sets code it; this row asserted no target before.)
    {"guard_protest_at_rising_fees_is_aimed_at_the_government", "2024-05-10",
     "تظاهر الطلاب في الرباط احتجاجا على ارتفاع الرسوم الجامعية.", "14", nullptr, "MAR/GOV"},
};

const CodedEventRow kInhabitants[] = {
    {"rsf_killed_ten_of_its_residents", "2024-06-06", "قتلت قوات الدعم السريع عشرة من سكانها.", "19", "SDN/REB",
     "*/CVL"},
    {"guard_gunmen_stormed_a_village_killed_its_people", "2024-06-06",
     "اقتحم مسلحون قرية في ولاية زمفارا وقتلوا عشرين من سكانها.", "19", "*/UAF", "NGA/CVL"},
    {"forces_raided_a_camp_and_arrested_its_residents", "2024-06-06",
     "داهمت القوات الإسرائيلية مخيم جنين واعتقلت عشرة من سكانه.", "17", "ISR/MIL", "PSE/CVL"},
};

const CodedEventRow kInsertions[] = {
    {"hezbollah_backed_by_iran_fired_a_salvo", "2024-06-06",
     "أطلق حزب الله، المدعوم من إيران، رشقة من الصواريخ على الجليل.", "19", "LBN/REB", "ISR/*"},
    {"saraya_al_quds_the_armed_wing_fired_shells", "2024-06-06",
     "أطلقت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، رشقة من القذائف على سديروت.", "19", "PSE/REB",
     "ISR/*"},
    {"teachers_union_with_its_members_held_a_march", "2024-06-06",
     "نظمت نقابة المعلمين، التي تضم آلاف الأعضاء، مسيرة في عمان.", "14", "JOR/*", nullptr},
};

// Each table is one class of readings; a row passes when the sentence has a counted event of its code, source
// and target.
class Lead41EventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lead41EventTest, CodesTheEventWithItsActors) { testing::ExpectCodedEvent(GetParam()); }

std::string RowName(const ::testing::TestParamInfo<CodedEventRow>& i) { return i.param.name; }

INSTANTIATE_TEST_SUITE_P(MachinesOfWar, Lead41EventTest, ::testing::ValuesIn(kMachines), RowName);
INSTANTIATE_TEST_SUITE_P(ProtestAddressee, Lead41EventTest, ::testing::ValuesIn(kProtests), RowName);
INSTANTIATE_TEST_SUITE_P(PeopleOfAPlace, Lead41EventTest, ::testing::ValuesIn(kInhabitants), RowName);
INSTANTIATE_TEST_SUITE_P(InsertionAfterSubject, Lead41EventTest, ::testing::ValuesIn(kInsertions), RowName);

}  // namespace
}  // namespace rasad
