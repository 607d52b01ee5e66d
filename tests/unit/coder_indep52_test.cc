// Readings found missing by the seventh independent gold set's error classes (session 52, helper indep), in wire-style
// sentences written for this table (none copied from a corpus or from the gold set), one class per block:
// 1. people followed by a word of subordination (عناصر تابعون لجهاز المخابرات، عناصر تابعة للشرطة العسكرية) are of the
//    body named after it, as with ينتمون إلى: تابع joins the words of affiliation; and a group's name in quotation
//    marks after من or a word of affiliation (مسلحون من «جبهة تحرير ماسينا» كمينا) is the subject's, so that the rest
//    of a phrase split by the subject (نصب ... كمينا) is still found;
// 2. the Maghreb's word for a police or security officer, عون (أعوان) with what he serves (عون أمن، أعوان الحرس
//    الوطني), is the police (COP); bare عون stays "help";
// 3. the offence of a conviction (رجال أدينوا بقتل شرطي، المدانين باغتيال) is, like the offence of a charge, an act
//    reported before: the sentence or the trial is the news;
// 4. an abduction in the pluperfect describing one freed (أفرجت الجماعة عن صحفي كانت قد خطفته) is an earlier act: the
//    release is the news (a pluperfect report with its own subject, وكان مسلحون قد خطفوا, is still one);
// 5. an apposition of a place's kind in construct after a place's name (مدينة كادقلي، عاصمة ولاية جنوب كردفان،) is an
//    insertion between commas, passed over to the verb of undergoing before it (تعرضت ... لقصف).
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. Pending rows state
// readings still missing (classes of the set counted in events_independent7.md and not fixed this session).
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Indep52Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep52Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. People of a body by a word of subordination (تابع).
    {"members_of_intelligence_service_beat_activist",
     "ضرب عناصر تابعون لجهاز المخابرات العامة ناشطا حقوقيا في مدينة بورتسودان.", "ASSAULT", "18", "*/SPY", nullptr},
    {"members_of_military_police_stormed_hospital_nyala",
     "اقتحم عناصر تابعة للشرطة العسكرية مستشفى في مدينة نيالا.", "ASSAULT", "1", "*/MIL", nullptr},
    {"guard_aircraft_of_sudanese_army_bombed_market",
     "قصفت طائرات تابعة للجيش السوداني سوقا في مدينة الفاشر.", "ASSAULT", "19", "SDN/MIL", nullptr},
    {"guard_fighters_belonging_to_shabaab_attacked_village",
     "هاجم مقاتلون ينتمون إلى حركة الشباب قرية قرب مدينة بيدوا.", "ASSAULT", "1", "SOM/REB", nullptr},
    // (and a group's name in quotation marks after من or a word of affiliation, before the rest of a split phrase)
    {"fighters_of_quoted_group_ambushed_patrol",
     "نصب مسلحون من «جبهة تحرير ماسينا» كمينا لدورية عسكرية في وسط مالي.", "ASSAULT", "1", nullptr, nullptr},
    {"fighters_of_quoted_shabaab_fired_mortars_on_base",
     "أطلق مقاتلون من «حركة الشباب» قذائف هاون على قاعدة للجيش الصومالي.", "ASSAULT", "1", "SOM/REB", "SOM/MIL"},
    {"guard_gunmen_belonging_to_quoted_shabaab_attacked_checkpoint",
     "هاجم مسلحون ينتمون إلى «حركة الشباب» حاجزا للشرطة في مقديشو.", "ASSAULT", "1", "SOM/REB", "*/COP"},
    // 2. The Maghreb's security officers (عون أمن، أعوان الحرس).
    {"young_man_stabbed_security_officer_tunis",
     "طعن شاب عون أمن أمام مقر وزارة الداخلية في تونس العاصمة.", "ASSAULT", "18", nullptr, "TUN/COP"},
    {"unknown_men_assaulted_national_guard_officers",
     "اعتدى مجهولون على أعوان الحرس الوطني خلال دورية ليلية في ولاية القصرين.", "ASSAULT", "18", nullptr, "*/COP"},
    {"guard_state_gave_farmers_financial_help", "قدمت الحكومة عونا ماليا للمزارعين المتضررين من الجفاف.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    // 3. The offence of a conviction.
    {"guard_court_jailed_two_men_convicted_of_killing_policeman",
     "قضت محكمة في نيروبي بسجن رجلين أدينا بقتل شرطي قبل ثلاث سنوات.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"jordanian_court_sentenced_man_convicted_of_killing_sister",
     "حكمت محكمة أردنية بالإعدام على رجل أدين بقتل شقيقته.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_appeals_court_upheld_sentence_of_convicted_assassins",
     "أيدت محكمة الاستئناف الأحكام الصادرة بحق المدانين باغتيال الصحفي.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_gunmen_killed_policeman_and_government_condemned",
     "قتل مسلحون شرطيا في نيروبي، وأدانت الحكومة الهجوم.", "ASSAULT", "1", "*/UAF", "*/COP"},
    // 4. An abduction in the pluperfect describing one freed.
    {"group_in_mali_freed_moroccan_drivers_it_had_abducted",
     "أفرجت جماعة مسلحة في مالي عن ثلاثة سائقين مغاربة كانوا قد اختطفوا قرب الحدود.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_kidnappers_freed_chinese_engineer_they_had_abducted",
     "أطلق الخاطفون سراح مهندس صيني كانوا قد خطفوه في ولاية كادونا.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"armed_group_released_journalist_it_had_kidnapped",  // (session 51's pending row)
     "أفرجت جماعة مسلحة عن صحفي كانت قد خطفته قبل شهرين في ولاية النيجر.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
    {"guard_pluperfect_report_with_its_own_subject",
     "وكان مسلحون قد خطفوا المهندس من موقع عمله في ولاية دلتا.", "ASSAULT", "18", "*/UAF", nullptr},
    {"guard_police_killed_man_who_had_stabbed_woman",
     "قتلت الشرطة رجلا كان قد طعن امرأة في سوق المدينة.", "ASSAULT", "1", nullptr, nullptr},
    // 5. A verb of undergoing whose subject, a place, has an apposition of a place's kind between commas.
    {"town_with_apposition_underwent_shelling",
     "تعرضت مدينة كادقلي، عاصمة ولاية جنوب كردفان، لقصف مدفعي من قبل الحركة الشعبية.", "ASSAULT", "19", nullptr,
     nullptr},
    {"el_obeid_with_apposition_underwent_drone_attack",
     "تعرضت مدينة الأبيض، عاصمة ولاية شمال كردفان، لهجوم بطائرات مسيرة فجر الأحد.", "ASSAULT", "1", nullptr, nullptr},
    {"guard_group_with_insertion_fired_rockets",
     "أطلق حزب الله، المدعوم من إيران، رشقة من الصواريخ على الجليل.", "ASSAULT", "1", "LBN/REB", nullptr},
    // (Pending until session 53, whose victims helper read the people of a crowd an attack struck: CrowdStruck.)
    {"soldiers_fired_on_crowds_awaiting_aid",
     "أطلق جنود النار على حشود من المنتظرين قرب نقطة لتوزيع الطحين.", "ASSAULT", "1", nullptr, "*/CVL"},
    // (Pending until session 53, which carried the unnamed people of the sentence before to a plural verb joined by و
    // opening its sentence: coder_actors53_test.)
    {"gunmen_arrived_then_fired_on_mayor",
     "وصل مسلحون ملثمون إلى سوق البلدة ظهر الأحد. وأطلقوا النار على رئيس البلدية قبل أن يفروا.", "ASSAULT", "1",
     "*/UAF", "*/GOV"},
    // (Pending until session 53: a verb with no subject and a phrase of agency after it is the passive.)
    {"vigil_was_held_by_families_of_prisoners",
     "نظمت وقفة احتجاجية أمام مبنى البرلمان من قبل عائلات الأسرى.", "PROTEST", "14", "*/CVL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Indep52Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing (classes of the seventh set not fixed this session): a headline's protest noun with an
// adjective (مفتوح) before its doer after لـ; and, met on the way, a release whose indefinite subject stands between
// أطلق and سراح.
const ProbeRow kPending[] = {
    {"headline_open_sit_in_of_port_workers", "اعتصام مفتوح لعمال ميناء أم قصر للمطالبة بصرف رواتبهم", "PROTEST", "14",
     "*/LAB", nullptr},
    {"indefinite_kidnappers_freed_engineer",  // (the subject between أطلق and سراح is read as one name with them)
     "أطلق خاطفون سراح مهندس صيني كان قد خطف في ولاية كادونا.", "RETREAT", "0841", "*/CRM", nullptr, "ASSAULT"},
};

class Indep52PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Indep52PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Indep52PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
