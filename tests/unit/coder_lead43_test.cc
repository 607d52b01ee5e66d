// Wire-style sentences written for this table (none copied from a corpus) on what the lead fixed in
// session 43:
// - aid let through (سمحت إسرائيل بوصول المساعدات، بدخول شاحنات المساعدات، السماح بإيصال المساعدات) is access
//   allowed (CAMEO 0863) by the one who allows it, not aid given by it; asked for (دعا إلى ... السماح بوصول
//   المساعدات) it is asked for, not done. Before, بوصول and بإيصال were no trigger and left a bare aid noun,
//   asserted, and an entry allowed in general (سمح بدخول, 086) kept the aid after it as an event of its own.
// Every expected code and actor was written by hand from the Arabic before the coder ran; the rows not named
// guard_ failed at the session's start (the guard_ rows passed and keep what they protect).
// An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value, "" means no actor, nullptr any.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Lead43Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lead43Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kAidLetThrough[] = {
    {"israel_allowed_aid_to_reach_north_gaza", "سمحت إسرائيل بوصول المساعدات الإنسانية إلى شمال قطاع غزة.", "RETREAT",
     "0863", "ISR/*", nullptr, "AID"},
    {"sudanese_army_allowed_delivery_of_aid", "سمح الجيش السوداني بإيصال المساعدات إلى مدينة الفاشر المحاصرة.", "RETREAT",
     "0863", "SDN/MIL", nullptr, "AID"},
    {"government_will_allow_aid_to_reach_camps", "قالت الحكومة الإثيوبية إنها تسمح بوصول المساعدات إلى المخيمات في تيغراي.",
     "RETREAT", "0863", "ETH/GOV", nullptr, "AID"},
    {"eu_called_for_end_of_fighting_and_aid_access", "دعا الاتحاد الأوروبي إلى وقف القتال والسماح بوصول المساعدات إلى غزة.",
     "REQUEST", "02", "*/IGO", nullptr, "AID"},
    {"un_urged_parties_to_allow_delivery_of_aid", "حثت الأمم المتحدة طرفي النزاع في اليمن على السماح بإيصال المساعدات.",
     "REQUEST", "02", "*/IGO", nullptr, "AID"},
    // (Refused, the access is denied: no aid, and no access counted.)
    {"authorities_refused_to_allow_aid_to_reach_camp", "رفضت السلطات السماح بوصول المساعدات إلى المخيم.", nullptr, nullptr,
     nullptr, nullptr, "AID"},
    {"guard_uae_sent_aid_to_sudan", "أرسلت الإمارات مساعدات إنسانية إلى السودان.", "AID", "07", "ARE/*", nullptr},
    {"israel_allowed_aid_trucks_into_rafah", "سمحت إسرائيل بدخول شاحنات المساعدات إلى رفح.", "RETREAT", "0863", "ISR/*",
     nullptr, "AID"},
    // (Access of people allowed: no aid.)
    {"guard_authorities_allowed_journalists_to_reach_site", "سمحت السلطات بوصول الصحفيين إلى موقع الانفجار.", nullptr,
     nullptr, nullptr, nullptr, "AID"},
    {"guard_aid_reached_besieged_city", "وصلت المساعدات الإنسانية إلى مدينة تعز المحاصرة.", "AID", "07", nullptr, nullptr},
};

std::string RowName(const ::testing::TestParamInfo<ProbeRow>& i) { return i.param.name; }

INSTANTIATE_TEST_SUITE_P(AidLetThrough, Lead43Test, ::testing::ValuesIn(kAidLetThrough), RowName);

}  // namespace
}  // namespace rasad
