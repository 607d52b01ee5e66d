// Who did what to whom in wire-style sentences written for this table (none copied from a corpus), on what session 46
// (args46) worked on, one class of readings per block (the numbers of the brief):
// 1. work, classes or court sessions stopped by those who do them (علقت نقابة المهندسين العمل، أوقف المعلمون الدراسة،
//    علق المحامون حضور الجلسات، علق القضاة العمل، أعلنت نقابة الأطباء تعليق العمل): a strike (143), its doers the
//    workers, the professionals or their union; stopped by a government, an agency, a hospital or a company (علقت
//    الحكومة العمل في الدوائر الرسمية، علقت الأمم المتحدة عملها، أوقفت الشركة العمل) it is no strike;
// 2. barricades and roads blocked by protesters with an adjective before the barricades (نصب محتجون غاضبون حواجز) or
//    by the protesters with the article where no protest is told before them (أقام المحتجون حواجز، أغلق المتظاهرون
//    الطريق): a blockade (144), the protesters its doers; by the army or the police, checkpoints, no protest; after a
//    protest told before, or in a sentence that goes on from one before (وأحرق المتظاهرون), the protesters' act belongs
//    to it;
// 3. a call-up of a counted number of reservists (أعلنت روسيا استدعاء 300 ألف جندي احتياط، استدعى الجيش 300 ألف جندي
//    احتياط): a mobilisation (154), its doer the announcer or the subject, not the reservists counted.
// 4. aid sent to support someone (أرسلت إيران أسلحة لدعم الحوثيين في اليمن): the one supported, the genitive of the
//    noun of support after لـ, is the aid's recipient, not the state of the place named after it.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them (40
// rows: 18 that failed, 19 guards, 3 pending; the three pending rows are read since session 47 and moved to the cases).
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Args46Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args46Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. Work stopped by those who do it: a strike; by a government, an agency or a company: none.
    {"engineers_union_suspended_work_on_state_projects",
     "علقت نقابة المهندسين العمل في المشاريع الحكومية احتجاجا على تأخر الرواتب.", "PROTEST", "143", "*/LAB", nullptr},
    {"teachers_stopped_classes_in_irbid_schools", "أوقف المعلمون الدراسة في مدارس محافظة إربد للمطالبة بزيادة الأجور.",
     "PROTEST", "143", "*/EDU", nullptr},
    {"lawyers_suspended_attending_sessions_tunis_courts", "علق المحامون حضور الجلسات في محاكم تونس العاصمة.", "PROTEST",
     "143", "*/JUD", nullptr},
    {"judges_suspended_work_in_lebanese_courts", "علق القضاة العمل في المحاكم اللبنانية احتجاجا على قرار الحكومة.",
     "PROTEST", "143", "*/JUD", nullptr},
    {"sudan_doctors_union_announced_suspending_work",
     "أعلنت نقابة الأطباء في السودان تعليق العمل في المستشفيات الحكومية.", "PROTEST", "143", "SDN/*", nullptr},
    {"hundreds_of_workers_suspended_work_at_baniyas_refinery", "علق مئات العمال العمل في مصفاة بانياس.", "PROTEST", "143",
     "*/LAB", nullptr},
    {"journalists_stopped_work_in_state_media", "أوقف الصحفيون العمل في مؤسسات الإعلام الرسمي احتجاجا على اعتقال زميلهم.",
     "PROTEST", "143", "*/MED", nullptr},
    {"un_suspended_its_work_in_gaza_is_no_strike", "علقت الأمم المتحدة عملها في غزة بعد مقتل موظفين.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_government_suspended_the_constitution", "علقت الحكومة العمل بالدستور بعد الانقلاب.", "COERCE", "172",
     "*/GOV", nullptr, "PROTEST"},
    {"guard_government_suspended_work_in_offices_for_storm",
     "علقت الحكومة العمل في الدوائر الرسمية بسبب العاصفة الثلجية.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_shifa_hospital_went_out_of_service", "توقف مستشفى الشفاء عن العمل بسبب نفاد الوقود.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_company_stopped_work_at_the_factory", "أوقفت الشركة العمل في المصنع بسبب الأزمة.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_ministry_suspended_flights_to_cairo", "علقت الوزارة الرحلات إلى القاهرة.", nullptr, nullptr, nullptr, nullptr,
     "PROTEST"},
    {"guard_teachers_went_on_strike", "أضرب المعلمون عن العمل في المدارس الحكومية.", "PROTEST", "143", "*/EDU", nullptr},
    {"guard_police_detained_three_teachers", "أوقفت الشرطة ثلاثة معلمين في العاصمة.", "COERCE", "173", "*/COP", "*/EDU",
     "PROTEST"},
    // 2. Barricades and roads blocked by protesters: a blockade; by forces: checkpoints, no protest.
    {"angry_protesters_put_up_burning_tyre_barricades_near_sidon",
     "نصب محتجون غاضبون حواجز من الإطارات المشتعلة على الطريق الدولي قرب صيدا.", "PROTEST", "144", "*/CVL", nullptr},
    {"the_protesters_put_up_barricades_on_main_roads",
     "أقام المحتجون حواجز في الطرق الرئيسية المؤدية إلى وسط العاصمة.", "PROTEST", "144", "*/CVL", nullptr},
    {"angry_demonstrators_erected_barricades_nasiriyah", "أقام متظاهرون غاضبون متاريس في شوارع الناصرية.", "PROTEST",
     "144", "*/CVL", nullptr},
    {"the_demonstrators_closed_the_highway_with_burning_tyres",
     "أغلق المتظاهرون الطريق السريع بالإطارات المشتعلة احتجاجا على انقطاع الكهرباء.", "PROTEST", "144", "*/CVL",
     nullptr},
    {"guard_demonstrators_closed_the_road_with_burning_tyres", "أغلق متظاهرون الطريق بالإطارات المشتعلة.", "PROTEST",
     "144", "*/CVL", nullptr},
    {"guard_security_forces_set_up_checkpoints_in_the_capital", "أقامت قوات الأمن حواجز في الطرق الرئيسية للعاصمة.",
     nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_army_set_up_military_checkpoints", "نصب الجيش حواجز عسكرية على مداخل المدينة.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_thousands_demonstrated_in_baghdad_then_closed_road",
     "تظاهر الآلاف في بغداد. وأغلق المتظاهرون الطريق بالإطارات المشتعلة.", "PROTEST", "141", "IRQ/CVL", nullptr},
    {"guard_and_the_protesters_burned_tyres_goes_on_from_before", "وأحرق المتظاهرون الإطارات في شوارع المدينة.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_and_the_protesters_put_up_barricades_goes_on_from_before", "وأقام المحتجون حواجز في الطرق الرئيسية.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
    {"guard_angry_protesters_burned_tyres_in_basra", "أحرق محتجون غاضبون إطارات في شوارع البصرة.", "PROTEST", "145",
     "*/CVL", nullptr},
    // 3. A call-up of a counted number of reservists: a mobilisation by the announcer or the subject.
    {"russia_announced_calling_up_300000_reservists", "أعلنت روسيا استدعاء ٣٠٠ ألف جندي احتياط.", "MOBILIZE", "154",
     "RUS/*", nullptr},
    {"israeli_army_called_up_300000_reservists", "استدعى الجيش الإسرائيلي 300 ألف جندي احتياط.", "MOBILIZE", "154",
     "ISR/MIL", nullptr},
    {"ukrainian_government_announced_calling_up_tens_of_thousands",
     "أعلنت الحكومة الأوكرانية استدعاء عشرات الآلاف من جنود الاحتياط.", "MOBILIZE", "154", "UKR/GOV", nullptr},
    {"armenian_army_announced_calling_up_20000_reservists", "أعلن الجيش الأرميني استدعاء 20 ألف جندي احتياطي.",
     "MOBILIZE", "154", "ARM/MIL", nullptr},
    {"guard_russia_announced_calling_up_the_reservists", "أعلنت روسيا استدعاء جنود الاحتياط.", "MOBILIZE", "154",
     "RUS/*", nullptr},
    {"guard_armenia_declared_general_mobilisation", "أعلنت أرمينيا التعبئة العامة.", "MOBILIZE", "154", "ARM/*", nullptr},
    {"guard_three_reservists_killed_in_border_clashes", "قتل ثلاثة جنود احتياط في اشتباكات على الحدود.", "ASSAULT", "19",
     nullptr, "*/MIL", "MOBILIZE"},
    // 4. Aid sent to support someone: the one supported is the recipient, not the place.
    {"iran_sent_arms_shipments_to_support_the_houthis", "أرسلت إيران شحنات أسلحة لدعم الحوثيين في اليمن.", "AID", "072",
     "IRN/*", "YEM/REB"},
    {"turkey_sent_drones_to_support_the_sudanese_army", "أرسلت تركيا طائرات مسيرة لدعم الجيش السوداني.", "AID", "072",
     "TUR/*", "SDN/MIL"},
    {"guard_us_gave_military_aid_in_support_of_ukraine", "قدمت الولايات المتحدة مساعدات عسكرية دعما لأوكرانيا.", "AID",
     "07", "USA/*", "UKR/*"},
    {"guard_uae_sent_humanitarian_aid_to_gaza", "أرسلت الإمارات مساعدات إنسانية إلى غزة.", "AID", "073", "ARE/*",
     "PSE/*"},
    // 1. The workers' genitive a port named with its town, ميناء البصرة: the rest of the phrase is found past the town
    // (moved from pending in session 47).
    {"basra_port_workers_stopped_working", "توقف عمال ميناء البصرة عن العمل احتجاجا على عدم صرف رواتبهم.", "PROTEST",
     "143", "*/LAB", nullptr},
    // 1. The present of a verb of stopping work after its subject, a profession with the article, as a headline
    // (moved from pending in session 47).
    {"doctors_suspend_work_headline", "الأطباء يعلقون العمل في المستشفيات الحكومية", "PROTEST", "143", "*/HLH", nullptr},
    // 3. A count in the accusative before من, 60 ألفا من جنود الاحتياط (moved from pending in session 47: ألفا is a
    // thousand in text/numbers.tsv).
    {"israeli_army_called_up_60000_of_the_reservists", "استدعى الجيش الإسرائيلي 60 ألفا من جنود الاحتياط.", "MOBILIZE",
     "154", "ISR/MIL", nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args46Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
