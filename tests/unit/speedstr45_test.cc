// Guards for the string work of session 45 on the coder (no reading changes; every row is a guard_ that passed
// before the changes and must pass after them, its expectation written by hand from the Arabic):
//   - CodeTrigger fills an event's trigger text and sentence by clearing and appending (not assigning);
//   - the coder asks whether two mentions are the same actor by EntityRecognizer::SameActorId, which compares the
//     two ids in their parts (a record's id, or a country, then a sector) instead of building both: the armies of
//     two states (ids of the same length and the same sector, ISRMIL and SYRMIL) are two sides of an event, not one.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kRows[] = {
    // The Israeli army shelled positions of the Syrian army: two states' militaries, an assault of one on the other.
    {"guard_israeli_army_shelled_syrian_army", "قصف الجيش الإسرائيلي مواقع للجيش السوري جنوب دمشق أمس.", "ASSAULT",
     "19", "ISR/MIL", "SYR/MIL"},
    // The Turkish army shelled positions of the Syrian army near Aleppo.
    {"guard_turkish_army_shelled_syrian_army", "قصف الجيش التركي مواقع للجيش السوري في ريف حلب.", "ASSAULT", "19",
     "TUR/MIL", "SYR/MIL"},
    // The Kenyan police arrested five journalists: a state's police and the media, two sides.
    {"guard_kenyan_police_arrested_journalists", "اعتقلت الشرطة الكينية خمسة صحفيين في مومباسا أمس.", "COERCE", "17",
     "KEN/COP", "*/MED"},
};

class Speedstr45Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Speedstr45Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedstr45Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
