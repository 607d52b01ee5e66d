// Detection of set 15's leftover classes (session 61, det15b), beside the other senses of the same words. Wire-style
// sentences written for this table (none copied from a corpus or a gold set), one class per block:
// 1. a convention: a strike or a sit-in ended with أنهى is no new protest, as with علق، أوقف، فك، رفع (det15): a daily
//    event dataset records the protest on the days it ran, and its end is none, unless the text says it went on or
//    was broken up; a march concluded at a place (اختتم، أنهى + a march) ran that day (guards);
// 2. a strike or a sit-in called off whose strikers are a noun in construct (عمال النفط، موظفو الإدارات العامة) and
//    whose object is one word (إضرابا، إضرابهم);
// 3. a right stated (من حق المواطنين التظاهر، يحق للعمال الإضراب) is no protest;
// 4. what attacks have become (أصبحت الهجمات أمرا يوميا، باتت الاعتداءات ظاهرة متكررة) is a trend, no incident;
// 5. people named by their anger (مودعون غاضبون) are a crowd, their storming a violent protest;
// 6. fighting told after a verb of capture or arrest (سيطر على المدينة بعد معارك مع) is news with it.
// Every expected type and code prefix was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ pass before and after the session's changes and keep the readings they
// protect. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Det15bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det15bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. أنهى over a strike or a sit-in: its end, no new protest.
    {"nurses_ended_their_open_strike",
     "أنهت نقابة الممرضين إضرابها المفتوح بعد اتفاق مع وزارة الصحة على زيادة الأجور.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"students_ended_their_sit_in_after_a_month",
     "أنهى الطلاب اعتصامهم في حرم الجامعة بعد شهر من بدئه.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"the_unions_will_end_the_general_strike",
     "قالت النقابات إنها تنهي الإضراب العام مساء اليوم بعد تلبية مطالبها.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (Ended by force is a protest broken up: 175, the repression of the ones ending it.)
    {"police_ended_the_sit_in_by_force",
     "أنهت قوات الأمن الاعتصام بالقوة أمام مبنى البرلمان في الخرطوم.", "ASSAULT", "175", nullptr, nullptr},
    // A march concluded at a place ran that day; a sit-in that went on is one.
    {"guard_protesters_concluded_their_march_at_parliament",
     "اختتم المتظاهرون مسيرتهم أمام مبنى البرلمان بعد ثلاث ساعات.", "PROTEST", "14", nullptr, nullptr},
    {"guard_demonstrators_ended_their_march_at_the_ministry",
     "أنهى المتظاهرون مسيرتهم أمام مبنى وزارة العمل في عمان.", "PROTEST", "14", nullptr, nullptr},
    {"guard_sit_in_went_on",
     "واصل المعتصمون اعتصامهم أمام وزارة الصحة لليوم العاشر على التوالي.", "PROTEST", "14", nullptr, nullptr},
    {"guard_the_government_ended_the_state_of_emergency",
     "أنهت الحكومة حالة الطوارئ في العاصمة بعد عودة الهدوء.", nullptr, "", nullptr, nullptr, "PROTEST"},

    // 2. A strike called off, the strikers a noun in construct, the object one word.
    {"oil_workers_suspended_a_strike_that_paralysed_the_fields",
     "علق عمال النفط إضرابا شل حقول الجنوب أسبوعين.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_dock_workers_suspended_their_strike",
     "علق عمال الموانئ إضرابهم بعد اتفاق مع هيئة الموانئ.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // (أوقف over the strike is its end, no arrest.)
    {"guard_public_hospital_doctors_stopped_a_strike",
     "أوقف أطباء المستشفيات الحكومية إضرابا استمر شهرا بعد اتفاق مع الوزارة.", nullptr, "", nullptr, nullptr,
     "COERCE"},
    {"guard_public_hospital_doctors_stopped_a_strike_no_protest",
     "أوقف أطباء المستشفيات الحكومية إضرابا استمر شهرا بعد اتفاق مع الوزارة.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_municipal_employees_ended_their_sit_in",
     "فك موظفو البلديات الفلسطينية اعتصامهم بعد صرف الرواتب المتأخرة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"public_school_teachers_ended_a_strike_of_a_month",
     "أنهى معلمو المدارس الحكومية إضرابا دام شهرا بعد اتفاق مع الوزارة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"refinery_workers_stopped_a_strike_after_a_pay_rise",
     "أوقف عمال المصافي الحكومية إضرابا دام أسبوعين بعد زيادة الأجور.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_public_administration_employees_went_on_strike",
     "أضرب موظفو الإدارات العامة عن العمل احتجاجا على تدني الرواتب.", "PROTEST", "14", nullptr, nullptr},
    {"guard_general_security_men_arrested_an_activist",
     "اعتقل عناصر الأمن العام ناشطا بارزا في مدينة حمص.", "COERCE", "17", nullptr, nullptr},

    // 3. A right stated: what it allows is no event.
    {"the_minister_said_citizens_have_the_right_to_demonstrate",
     "قال وزير الداخلية إن من حق المواطنين التظاهر السلمي.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_union_said_workers_have_the_right_to_strike",
     "أكدت النقابة أن من حق العمال الإضراب للمطالبة برواتبهم المتأخرة.", nullptr, "", nullptr, nullptr, "PROTEST"},
    {"guard_the_court_said_teachers_may_protest",
     "قالت المحكمة إنه يحق للمعلمين الاحتجاج على قرار الوزارة وفق القانون.", nullptr, "", nullptr, nullptr,
     "PROTEST"},
    {"guard_teachers_demonstrated_for_their_right",
     "تظاهر آلاف المعلمين في الرباط للمطالبة بحقهم في زيادة الأجور.", "PROTEST", "14", nullptr, nullptr},
    {"guard_a_massacre_against_civilians",
     "ارتكبت قوات الاحتلال مجزرة بحق المدنيين في مخيم جباليا.", "ASSAULT", "", nullptr, nullptr},

    // 4. What attacks have become: a trend.
    {"guard_attacks_on_aid_convoys_became_a_daily_matter",
     "أصبحت الهجمات على القوافل الإنسانية أمرا يوميا في دارفور.", nullptr, "", nullptr, nullptr, "ASSAULT"},
    {"assaults_on_journalists_in_the_north_became_recurrent",
     "قالت منظمة حقوقية إن الاعتداءات على الصحافيين في شمال البلاد باتت ظاهرة متكررة.", nullptr, "", nullptr,
     nullptr, "ASSAULT"},
    {"the_un_said_attacks_on_hospitals_became_usual",
     "قالت الأمم المتحدة إن الهجمات على المستشفيات في شمال البلاد أصبحت أمرا معتادا.", nullptr, "", nullptr, nullptr,
     "ASSAULT"},
    {"guard_an_attack_on_an_aid_convoy_killed_three",
     "قتل ثلاثة أشخاص في هجوم على قافلة إنسانية في دارفور.", "ASSAULT", "", nullptr, nullptr},
    {"guard_the_attack_on_the_convoy_resulted_in_deaths",
     "الهجوم على القافلة الإنسانية أسفر عن مقتل ثلاثة من عمال الإغاثة.", "ASSAULT", "", nullptr, nullptr},

    // 5. People named by their anger (مودعون غاضبون، شبان غاضبون) are a crowd: their storming or burning is a violent
    //    protest, PROTEST by the GSR's convention (set 14's p44 class); one armed depositor, or the police, are none.
    {"angry_depositors_stormed_a_bank_demanding_their_savings",
     "اقتحم مودعون غاضبون مصرفا في صيدا مطالبين باسترداد ودائعهم.", "PROTEST", "14", nullptr, nullptr},
    {"angry_youths_burnt_tyres_in_the_streets",
     "أحرق شبان غاضبون إطارات السيارات في شوارع المدينة.", "PROTEST", "14", nullptr, nullptr},
    {"guard_angry_farmers_blocked_the_highway",
     "أغلق مزارعون غاضبون الطريق السريع بالجرارات قرب مدينة ليل.", "PROTEST", "144", nullptr, nullptr},
    {"guard_an_armed_depositor_held_bank_staff",
     "اقتحم مودع مسلح مصرفا في بيروت واحتجز موظفيه رهائن.", "ASSAULT", "", nullptr, nullptr, "PROTEST"},
    {"guard_security_forces_stormed_a_bank",
     "اقتحمت قوات الأمن مصرفا في صيدا واعتقلت مديره.", "ASSAULT", "190", nullptr, nullptr, "PROTEST"},

    // 6. Fighting told after a verb of capture or arrest (سيطر على ... بعد معارك عنيفة مع): the fighting the act came
    //    out of is news with it (set 14's a36 class); fighting recalled with the article dates the act only.
    {"the_army_took_the_town_after_fierce_battles",
     "سيطر الجيش السوداني على مدينة سنجة بعد معارك عنيفة مع قوات الدعم السريع.", "ASSAULT", "19", nullptr, nullptr},
    {"the_police_arrested_ten_after_clashes_with_protesters",
     "اعتقلت الشرطة عشرة أشخاص بعد اشتباكات مع المحتجين في وسط المدينة.", "ASSAULT", "19", nullptr, nullptr},
    {"guard_forces_took_the_village_after_the_battles_of_last_week",
     "سيطرت القوات الحكومية على القرية بعد المعارك التي دارت فيها الأسبوع الماضي.", "COERCE", "19", nullptr, nullptr,
     "ASSAULT"},
    {"guard_the_army_entered_the_town_after_the_rebels_withdrew",
     "سيطر الجيش على البلدة بعد انسحاب المتمردين منها دون قتال.", "COERCE", "19", nullptr, nullptr, "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Det15bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
// (det15's kPending holds its own rows of these classes.)
// (The bare procession whose purpose names a killing by the police, تنديدا بقتل طالبين برصاص الشرطة, is read since
// det16b: coder_det16b_test.)
const ProbeRow kPending[] = {
    // A strike called off whose strikers' genitive has the adjective العامة, which the text layer keeps whole (its
    // article not split off): SplitNounPhrase's genitive and adjectives do not reach the one-word object past it, and
    // the strike is read as a new one (a test of the article kept in the word was tried and did not reach it).
    {"refinery_workers_stopped_a_strike_of_two_weeks",
     "أوقف عمال المصافي العامة إضرابا دام أسبوعين بعد زيادة الأجور.", nullptr, "", nullptr, nullptr, "PROTEST"},
    // Drones as the subject of ضربت, a relative clause after them (انطلقت من مناطق ...) and no place named: the thing
    // hit past the relative clause is not read as the object, and the strike with no target and no place is lost
    // (the object's search, arg15b's files; a place in the relative clause, انطلقت من نيالا, keeps it).
    {"drones_launched_from_rebel_areas_struck_the_airport",
     "ضربت مسيرات انطلقت من مناطق المتمردين مطار المدينة فجر اليوم.", "ASSAULT", "195", nullptr, nullptr},
    // A quoted slogan chanted by a group, no word of "against": DocumentCoder has no reading of هتف + «...». (det16b
    // tried a one-word هتف line, protest_purpose, read by ProtestPurpose where a crowd's quoted slogan has a word of
    // removal or against in it: this row passed, but the split phrase هتف المشيعون ضد الحكومة then lost its event,
    // after ChooseRecord had chosen its line; the cause was not found in the time, and the line was left out.)
    {"workers_chanted_a_quoted_slogan_before_the_government_seat",
     "هتف مئات العمال «الشعب يريد إسقاط النظام» أمام مقر الحكومة.", "PROTEST", "14", nullptr, nullptr},
};

class Det15bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Det15bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Det15bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
