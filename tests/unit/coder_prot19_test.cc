// Protests lost and a verdict read as an execution (session 65): the shapes of Arabic news that tell a protest, or a
// sentence passed, which the coder missed or misread, beside the same shapes telling no such event. Wire-style
// sentences written for this table (none copied from a corpus or a gold set), one class per block:
// 1. a crowd going out, flocking or gathering, its demand or its purpose far on in the verb's own clause, past places,
//    times and prayers: the protest (the clause bounds the purpose, not a count of words);
// 2. the participle of keeping up (مواصلين، مستمرين في) with a sit-in or a strike as its object, after the crowd's
//    clause: the protest goes on, so it took place, done by the clause's doer;
// 3. a violent noun naming the subject's people (ذوو ضحايا تفجير، عائلات قتلى قصف، أسر شهداء هجوم): an event told
//    before, no new attack; the families' sit-in or vigil after it is the event;
// 4. a verdict headline with no verb (الإعدام لسبعة متهمين، المؤبد لأربعة مدانين): a sentence passed (116), not an
//    execution; an execution told by its verb or its own phrase stays one.
// Guards (guard_ rows) keep the readings these shapes lie beside: a minister or worshippers going out, soldiers
// advancing, a bare stand (وقفة مع الذات) and executions carried out.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they protect.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Prot19Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Prot19Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A crowd's going out or flocking with its demand far on in its clause.
    {"protesters_went_out_in_many_towns_after_friday_prayers_demanding_the_governor_go",
     "خرج آلاف المحتجين في مدن وقرى عديدة بمحافظتي ذي قار والبصرة عقب صلاة الجمعة مطالبين بإقالة المحافظ.", "PROTEST",
     "14", "*/CVL", nullptr},
    {"guard_students_went_down_into_the_streets_of_several_towns_to_demand_a_decision_revoked",
     "نزل مئات الطلاب إلى شوارع مدن عدة في ولايات الشرق الجزائري صباح الثلاثاء للمطالبة بإلغاء قرار الوزارة.",
     "PROTEST", "14", "DZA/*", nullptr},
    {"farmers_flocked_from_villages_to_the_governorate_square_since_early_morning_demanding",
     "توافد آلاف المزارعين من قرى الريف المجاور إلى ساحة مبنى المحافظة في مدينة أسيوط منذ ساعات الصباح الأولى "
     "مطالبين بخفض أسعار الأسمدة.",
     "PROTEST", "14", "EGY/*", nullptr},
    {"guard_hundreds_went_out_in_beirut_to_demand_the_government_go",
     "خرج المئات في بيروت للمطالبة برحيل الحكومة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_the_minister_went_out_of_the_hospital_after_a_visit", "خرج وزير الصحة من المستشفى في عمان بعد زيارة "
     "استمرت ساعات للاطمئنان على المصابين.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_worshippers_went_out_of_the_mosque_after_friday_prayers",
     "خرج آلاف المصلين من المسجد الأقصى بعد أداء صلاة الجمعة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_soldiers_advanced_on_the_town_ordering_people_out",
     "زحف آلاف الجنود نحو المدينة من محاور عدة في ريف حماة الشمالي صباح اليوم مطالبين السكان بالمغادرة.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    // A bare count as the subject before a past verb of protest (coder_pend65b_test).
    {"witnesses_said_thousands_demonstrated_in_martyrs_square",
     "قال شهود إن الآلاف تظاهروا في ساحة الشهداء ببيروت مطالبين برحيل الحكومة.", "PROTEST", "14", nullptr, nullptr},
    // 2. The participle of keeping up with a sit-in or a strike as its object.
    {"textile_workers_stayed_before_the_factory_keeping_up_their_strike",
     "بقي مئات عمال النسيج أمام مقر المصنع في مدينة المحلة الكبرى لليوم الخامس، مواصلين إضرابهم عن العمل.",
     "PROTEST", "14", "EGY/*", nullptr},
    {"students_returned_to_the_campus_square_keeping_up_their_sit_in",
     "عاد الطلاب إلى ساحة الجامعة في الخرطوم صباح الأحد مواصلين اعتصامهم.", "PROTEST", "14", nullptr, nullptr},
    {"guard_detainees_remained_on_hunger_strike",
     "ظل المعتقلون في سجن عوفر مستمرين في إضرابهم عن الطعام لليوم العشرين.", "PROTEST", "14", nullptr, nullptr},
    {"guard_doctors_kept_up_their_strike_in_tunis", "واصل الأطباء إضرابهم في مستشفيات العاصمة تونس.", "PROTEST",
     "14", nullptr, nullptr},
    // A stand: with a purpose after it a protest vigil; alone, in its other senses, none.
    {"guard_a_silent_stand_in_nablus_in_solidarity_with_prisoners",
     "نابلس: وقفة صامتة أمام مقر الصليب الأحمر تضامناً مع الأسرى.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_stand_with_oneself_after_a_year_of_war", "وقفة مع الذات بعد عام من الحرب.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    // 3. The event naming the subject's people: told before; the families' act is the news.
    {"families_of_the_church_bombing_victims_held_a_sit_in_before_parliament",
     "نفذ ذوو ضحايا تفجير الكنيسة اعتصاما أمام مبنى البرلمان في القاهرة.", "PROTEST", "14", "EGY/CVL", nullptr,
     "ASSAULT"},
    {"families_of_those_killed_in_the_market_shelling_held_a_vigil",
     "نظمت عائلات قتلى قصف السوق وقفة احتجاجية أمام مقر الأمم المتحدة في صنعاء.", "PROTEST", "14", "YEM/CVL",
     nullptr, "ASSAULT"},
    {"guard_families_of_the_martyrs_of_the_mosque_attack_demanded_a_trial",
     "طالبت أسر شهداء هجوم المسجد بمحاكمة المسؤولين عنه.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_ten_killed_in_a_bombing_of_a_church_in_alexandria",
     "قتل عشرة أشخاص في تفجير استهدف كنيسة في الإسكندرية.", "ASSAULT", "", nullptr, nullptr},
    {"guard_families_of_the_missing_held_a_sit_in_in_baghdad",
     "نفذت عائلات المفقودين اعتصاما أمام مقر الحكومة في بغداد.", "PROTEST", "14", "IRQ/CVL", nullptr},
    // 4. A verdict headline: a sentence passed, no execution.
    {"verdict_headline_death_for_seven_accused_in_a_case",
     "محكمة جنايات القاهرة: الإعدام لسبعة متهمين في قضية اقتحام قسم الشرطة.", "ACCUSE", "116", nullptr, nullptr,
     "ASSAULT"},
    {"verdict_headline_life_for_four_accused", "المؤبد لأربعة متهمين في قضية تهريب أسلحة.", "ACCUSE", "116",
     nullptr, nullptr, "ASSAULT"},
    {"verdict_headline_death_for_three_sentenced_for_killing_policemen",
     "الإعدام لثلاثة محكومين بقتل شرطيين في البحرين.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // (The convicts, مدانين، محكومين, are people of the dictionaries: agents.tsv; coder_pend65b_test.)
    {"verdict_headline_death_for_five_convicts_is_a_sentence",
     "الإعدام لخمسة مدانين في قضية خلية إرهابية.", "ACCUSE", "116", nullptr, nullptr},
    {"guard_iranian_authorities_executed_four_convicts", "أعدمت السلطات الإيرانية أربعة مدانين بتهم إرهاب.",
     "ASSAULT", "18", nullptr, nullptr},
    {"guard_authorities_carried_out_the_death_sentence_on_five_convicts",
     "نفذت السلطات حكم الإعدام بحق خمسة مدانين في قضية تفجير.", "ASSAULT", "18", nullptr, nullptr},
    {"guard_a_military_court_sentenced_six_accused_to_death",
     "قضت محكمة عسكرية بإعدام ستة متهمين في قضية اغتيال.", "ACCUSE", "116", nullptr, nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Prot19Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // The crowd's country where its places are named by a dual (بمحافظتي ذي قار والبصرة): the protest is read, its
    // crowd has no country.
    {"protesters_in_two_governorates_are_iraqis",
     "خرج آلاف المحتجين في مدن وقرى عديدة بمحافظتي ذي قار والبصرة عقب صلاة الجمعة مطالبين بإقالة المحافظ.", "PROTEST",
     "14", "IRQ/*", nullptr},
};

class Prot19PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Prot19PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Prot19PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
