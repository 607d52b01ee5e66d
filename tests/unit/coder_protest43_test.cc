// Protests told in other words than "they demonstrated", in wire-style sentences written for this table (none copied
// from a corpus), on what session 43 (protest43) worked on, one class of readings per block (the numbers of the brief):
// 1. a crowd's own act as the protest: barricades and tents put up by protesters named right after the verb (نصب محتجون
//    حواجز من الإطارات المشتعلة 144، نصب معتصمون خياما 141); with the army or the police as subject, checkpoints, no event;
// 2. a strike, a sit-in or protests as the subject of a verb of spreading, lasting or entering a new day (عم إضراب شامل
//    المدينة، امتدت المظاهرات، اتسعت رقعة الاحتجاجات، دخل اعتصام العمال يومه العاشر، شل إضراب عام الحركة), and of the
//    present of a verb of going on (تتواصل الاحتجاجات، يتواصل اعتصام الأطباء): the protest happened, its doers the noun's
//    genitive;
// 3. a walkout or a boycott of a session, or a withdrawal in protest (انسحب نواب المعارضة من الجلسة احتجاجا على، محتجين
//    على، قاطع الوزراء جلسة الحكومة): political dissent (140), its doers the subject; a military withdrawal stays RETREAT;
//    work suspended (علق المحامون عملهم) is a strike (143);
// 4. a strike announced for the future or under a condition (سيعلن العمال إضرابا مفتوحا إذا لم ...): intended, not a
//    protest that took place.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Protest43Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Protest43Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Barricades and tents put up by protesters: a blockade (144), a sit-in (141).
    {"protesters_put_up_burning_tyre_barricades_beirut",
     "نصب محتجون حواجز من الإطارات المشتعلة على طريق المطار في بيروت.", "PROTEST", "144", "*/CVL", nullptr},
    {"demonstrators_erected_barricades_in_basra_streets",
     "أقام متظاهرون متاريس في شوارع البصرة احتجاجا على انقطاع الكهرباء.", "PROTEST", "144", "*/CVL", nullptr},
    {"protesters_laid_earth_barriers_on_oilfield_road", "وضع محتجون حواجز ترابية على الطريق المؤدي إلى حقل الشرارة.",
     "PROTEST", "144", "*/CVL", nullptr},
    {"sit_in_strikers_pitched_tents_before_parliament_amman", "نصب معتصمون خياما أمام مجلس النواب في عمان.", "PROTEST",
     "141", "*/*", nullptr},
    {"guard_lebanese_army_set_up_checkpoints_tripoli", "أقام الجيش اللبناني حواجز على مداخل مدينة طرابلس.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_egyptian_police_put_up_iron_barriers_tahrir", "نصبت الشرطة المصرية حواجز حديدية حول ميدان التحرير.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_protesters_closed_homs_tartus_road", "أغلق محتجون الطريق الدولي بين حمص وطرطوس.", "PROTEST", "144", "*/CVL",
     nullptr},
    {"guard_gunmen_ambushed_army_patrol_diyala", "نصب مسلحون كمينا لدورية للجيش العراقي في ديالى.", "ASSAULT", "190",
     nullptr, nullptr, "PROTEST"},
    // 1. (Moved from pending in session 46: an adjective of the crowd before a one-word indefinite rest.)
    {"angry_protesters_put_up_barricades_beirut", "نصب محتجون غاضبون حواجز على طريق المطار في بيروت.", "PROTEST", "144",
     "*/CVL", nullptr},
    // 2. A protest as the subject of a verb of spreading, lasting or entering a new day.
    {"general_strike_swept_hebron_in_mourning", "عم إضراب شامل مدينة الخليل حدادا على أرواح الشهداء.", "PROTEST", "143",
     nullptr, nullptr},
    {"guard_phosphate_miners_sit_in_entered_tenth_day", "دخل اعتصام عمال مناجم الفوسفات في قفصة يومه العاشر.", "PROTEST",
     "141", "*/LAB", nullptr},
    {"protests_widened_in_iranian_cities", "اتسعت رقعة الاحتجاجات في المدن الإيرانية رغم حملة القمع.", "PROTEST", "14",
     nullptr, nullptr},
    {"demonstrations_extended_to_southern_iraqi_cities", "امتدت المظاهرات إلى مدن الناصرية والديوانية في جنوب العراق.",
     "PROTEST", "141", nullptr, nullptr},
    {"demonstrations_swept_west_bank_cities", "عمت المظاهرات مدن الضفة الغربية تنديدا بالعدوان على غزة.", "PROTEST", "141",
     nullptr, nullptr},
    {"general_strike_paralysed_trade_in_tripoli", "شل إضراب عام الحركة التجارية في مدينة طرابلس اللبنانية.", "PROTEST",
     "143", nullptr, nullptr},
    // 2. The present of a verb of going on, the protest right after it.
    {"protests_go_on_in_sweida_third_week", "تتواصل الاحتجاجات في مدينة السويداء للأسبوع الثالث على التوالي.", "PROTEST",
     "14", nullptr, nullptr},
    {"resident_doctors_sit_in_goes_on_rabat", "يتواصل اعتصام الأطباء المقيمين أمام وزارة الصحة في الرباط.", "PROTEST",
     "141", "*/HLH", nullptr},
    {"and_demonstrations_go_on_in_algiers", "وتستمر المظاهرات في شوارع الجزائر العاصمة للجمعة الخامسة.", "PROTEST", "141",
     nullptr, nullptr},
    {"guard_protests_continued_fifth_day_south_iraq", "تواصلت الاحتجاجات في مدن جنوب العراق لليوم الخامس.", "PROTEST",
     "14", nullptr, nullptr},
    {"guard_protests_will_go_on_until_government_leaves", "ستتواصل الاحتجاجات حتى رحيل الحكومة.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    // 3. A walkout or a boycott of a session, a withdrawal in protest: dissent (140), by deputies and ministers too.
    {"opposition_mps_walked_out_of_jordanian_session_in_protest",
     "انسحب نواب المعارضة من جلسة مجلس النواب الأردني احتجاجا على قانون الضمان الاجتماعي.", "PROTEST", "140", "*/OPP",
     nullptr, "RETREAT"},
    {"syrian_delegation_walked_out_of_arab_ministers_meeting",
     "انسحب الوفد السوري من اجتماع وزراء الخارجية العرب احتجاجا على كلمة الوفد القطري.", "PROTEST", "140", "SYR/*", nullptr,
     "RETREAT"},
    {"sadrist_mps_withdrew_from_parliament_protesting_delay",
     "انسحب نواب التيار الصدري من البرلمان العراقي محتجين على تأجيل التصويت.", "PROTEST", "140", "*/*", nullptr,
     "RETREAT"},
    {"deputies_walked_out_of_the_session", "انسحب النواب من الجلسة.", "PROTEST", "140", "*/LEG", nullptr, "RETREAT"},
    {"hezbollah_and_amal_ministers_boycotted_cabinet_session", "قاطع وزراء حزب الله وحركة أمل جلسة مجلس الوزراء اللبناني.",
     "PROTEST", "140", "*/*", nullptr},
    {"guard_russian_forces_withdrew_from_lyman", "انسحبت القوات الروسية من بلدة ليمان في شرق أوكرانيا.", "RETREAT", "0874",
     "RUS/MIL", nullptr, "PROTEST"},
    {"guard_army_withdrew_from_its_positions_idlib", "انسحب الجيش السوري من مواقعه في ريف إدلب الجنوبي.", "RETREAT", "0874",
     "SYR/MIL", nullptr, "PROTEST"},
    {"guard_algerian_team_withdrew_from_arab_cup", "انسحب المنتخب الجزائري من البطولة العربية.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_mauritanian_opposition_boycotted_municipal_elections", "قاطعت أحزاب المعارضة الموريتانية الانتخابات البلدية.",
     "PROTEST", "143", "*/*", nullptr},
    // 3. Work suspended: a strike (143), which lawyers and judges hold too; the constitution suspended is none.
    {"lawyers_suspended_work_in_courts_in_protest", "علق المحامون عملهم في محاكم القاهرة احتجاجا على اعتقال زميلهم.",
     "PROTEST", "143", "*/JUD", nullptr},
    {"iraqi_judges_suspended_their_work", "علق القضاة عملهم في محاكم بغداد.", "PROTEST", "143", "*/JUD", nullptr},
    {"guard_government_suspended_the_constitution", "علقت الحكومة العمل بالدستور.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    // 3. (Moved from pending in session 46: work suspended by a union whose name splits the phrase.)
    {"doctors_syndicate_suspended_work_in_hospitals", "علقت نقابة الأطباء العمل في المستشفيات الحكومية.", "PROTEST", "143",
     "*/*", nullptr},
    // 4. A strike declared in the future or under a condition: intended, no protest that took place.
    {"teachers_union_said_teachers_will_declare_open_strike_if",
     "قال الأمين العام لنقابة المعلمين إن المعلمين سيعلنون إضرابا مفتوحا إذا لم تصرف رواتبهم.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"aqaba_port_workers_will_declare_open_strike", "سيعلن عمال الموانئ في العقبة إضرابا مفتوحا.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_port_workers_will_declare_general_strike_next_week", "سيعلن عمال الموانئ إضرابا عاما الأسبوع المقبل.",
     nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_iraqi_teachers_threatened_to_strike", "هدد المعلمون في العراق بالإضراب عن الدوام.", "THREATEN", "13", nullptr,
     nullptr, "PROTEST"},
    {"guard_ugtt_declared_general_strike_in_transport",
     "أعلن الاتحاد العام التونسي للشغل إضرابا عاما في قطاع النقل.", "PROTEST", "143", nullptr, nullptr},
    // 5. A hunger strike entered (دخل, now a verb of happening, with the strike after في).
    {"prisoner_named_entered_open_hunger_strike", "دخل الأسير خليل عواودة في إضراب مفتوح عن الطعام.", "PROTEST", "142",
     "*/*", nullptr},
    // 5. (Hunger strikes told by their verb were read before.)
    {"guard_palestinian_prisoner_went_on_hunger_strike_ofer", "أضرب الأسير الفلسطيني عن الطعام في سجن عوفر.", "PROTEST",
     "142", "*/*", nullptr},
    // 5. (Moved from pending in session 45: the strikers in the genitive between إضراب and عن الطعام.)
    {"prisoners_hunger_strike_entered_twentieth_day", "دخل إضراب الأسرى الفلسطينيين عن الطعام يومه العشرين.", "PROTEST",
     "142", "PSE/*", nullptr},
    // 4. (Moved from pending in session 45: a past declaration under a condition after it, إذا لم, is intended.)
    {"workers_declared_open_strike_if_demands_unmet", "أعلن العمال إضرابا مفتوحا إذا لم تستجب الحكومة لمطالبهم.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Protest43Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 5. (المعتقل "the detainee" is no actor in the lexicon, also "the detention camp": the split phrase has no subject.)
    {"detainee_went_on_hunger_strike", "أضرب المعتقل عن الطعام احتجاجا على اعتقاله الإداري.", "PROTEST", "142", nullptr,
     nullptr},
    // 5. (An indefinite civil disobedience with an adjective after بدأ is not reported.)
    {"comprehensive_civil_disobedience_began_in_sudan", "بدأ عصيان مدني شامل في مدن السودان.", "PROTEST", "140", nullptr,
     nullptr},
};

class Protest43PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Protest43PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Protest43PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (The pending row of a strike declared under a condition after it, إذا لم, is read as intended since session 45: it
// moved to kCases.)

}  // namespace
}  // namespace rasad
