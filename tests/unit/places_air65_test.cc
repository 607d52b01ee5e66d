// The airports and air bases of conflict and protest news (curated places of kinds airport, base and foreign_base):
// each is read as itself with its country, not as the town it is named after, and an attack on it as one on its state
// (an airport) or its state's military (an air base). A base or airport named after a town is listed only with its
// noun, so the bare town is still the town (guard_ rows). Wire-style sentences written for this table (none copied
// from a corpus or a gold set); every expected place, type and actor was written by hand from the Arabic before the
// coder ran. An actor is "COUNTRY/SECTOR"; "*" in either part accepts any value; nullptr is not checked.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

TEST(Air65PlaceTest, AirportsAndAirBasesAreReadWithTheirCountry) {
  const testing::PlaceRow rows[] = {
      {"قصفت طائرات مسيرة مطار أربيل الدولي مساء الثلاثاء.", "مطار أربيل الدولي", "Erbil International Airport",
       "IRQ"},
      {"علقت الرحلات في مطار الخرطوم بعد اندلاع المعارك.", "مطار الخرطوم", "Khartoum International Airport", "SDN"},
      {"استهدفت مسيرة قاعدة مروي الجوية شمالي السودان.", "قاعدة مروي الجوية", "Merowe Airport", "SDN"},
      {"سقطت صواريخ على قاعدة القيارة جنوب الموصل.", "قاعدة القيارة", "Qayyarah Airfield West", "IRQ"},
      {"أغلقت السلطات مطار الملكة علياء الدولي أمام الرحلات.", "مطار الملكة علياء الدولي",
       "Queen Alia International Airport", "JOR"},
      {"هبطت الطائرة في مطار بن غوريون قرب تل أبيب.", "مطار بن غوريون", "Ben Gurion Airport", "ISR"},
      {"شنت طائرات إسرائيلية غارات على مطار دير الزور العسكري.", "مطار دير الزور العسكري",
       "Deir ez-Zor Military Airport", "SYR"},
      {"قصفت طائرات مطار الثعلة العسكري في ريف السويداء.", "مطار الثعلة العسكري", "Tha'la Airbase", "SYR"},
      {"أعلن الجيش الأمريكي إصابة جنديين في هجوم على معسكر ليمونييه في جيبوتي.", "معسكر ليمونييه", "Camp Lemonnier",
       "DJI"},
      {"احتشد آلاف المسافرين في مطار حامد كرزاي الدولي في كابول.", "مطار حامد كرزاي الدولي",
       "Hamid Karzai International Airport", "AFG"},
      {"ضربت مسيرات أوكرانية قاعدة إنغلز الجوية في منطقة ساراتوف.", "قاعدة إنغلز الجوية", "Engels Air Base", "RUS"},
      {"تظاهر عمال في مطار هواري بومدين احتجاجا على الأجور.", "مطار هواري بومدين", "Houari Boumediene Airport", "DZA"},
      {"قصفت قوات الدعم السريع مطار الفاشر بالمدفعية.", "مطار الفاشر", "El Fasher Airport", "SDN"},
      {"اعترضت الدفاعات الجوية مسيرة أطلقت نحو مطار جازان.", "مطار جازان", "Jizan Airport", "SAU"},
      // Other spellings of bases already listed.
      {"أعلنت تركيا إغلاق المجال الجوي فوق قاعدة إنجيرليك مؤقتا.", "قاعدة إنجيرليك", "Incirlik Air Base", "TUR"},
      {"استهدفت غارات إسرائيلية مطار التياس العسكري في ريف حمص الشرقي.", "مطار التياس", "Tiyas (T-4) Airbase", "SYR"},
      // Guards: the town a base or an airport is named after is still the town.
      {"قتل شخصان في انفجار عبوة ناسفة في أربيل.", "أربيل", "Erbil", "IRQ"},
      {"خرج مئات المتظاهرين في مدينة مروي.", "مروي", "Merowe", "SDN"},
      {"فر السكان من القيارة بعد الاشتباكات.", "القيارة", "Qayyarah", "IRQ"},
      {"دخلت قوات الأمن العام إلى بلدة الثعلة في ريف السويداء.", "الثعلة", "Thaala", "SYR"},
      {"قتل ثلاثة مدنيين في قصف على مدينة الفاشر.", "الفاشر", "El Fasher", "SDN"},
  };
  testing::ExpectPlaceRows(rows);
}

using testing::ProbeRow;

class Air65Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Air65Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

// An attacked airport is its state, an attacked air base its state's military.
const ProbeRow kCases[] = {
    {"drones_struck_erbil_airport", "قصفت طائرات مسيرة مطار أربيل الدولي", "ASSAULT", "", nullptr, "IRQ/"},
    {"houthis_struck_jizan_airport_with_a_drone", "قصف الحوثيون مطار جازان بطائرة مسيرة", "ASSAULT", "", nullptr,
     "SAU/"},
    {"rsf_struck_wadi_seidna_air_base_with_drones", "استهدفت قوات الدعم السريع قاعدة وادي سيدنا الجوية بطائرات مسيرة",
     "ASSAULT", "", nullptr, "SDN/MIL"},
    {"ukrainian_drones_struck_engels_air_base", "قصفت طائرات مسيرة أوكرانية قاعدة إنغلز الجوية", "ASSAULT", "",
     "UKR/*", "RUS/MIL"},
    {"rockets_fell_on_qayyarah_air_base", "سقطت صواريخ على قاعدة القيارة الجوية جنوب الموصل", "ASSAULT", "", nullptr,
     "IRQ/MIL"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Air65Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
