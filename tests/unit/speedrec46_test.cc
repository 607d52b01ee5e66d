// Guards for the recognizer speed work of session 46 (no reading changes; every row is a guard_ that passes
// before and after, expectations written by hand from the Arabic and the dictionary lines):
//   - the document's country weights are added to and read (weight_of) by plain loops, and a place's candidate
//     countries are counted by one: a town named in a text about its state's people is that state's town (عمان
//     among Jordanians is Amman, no Oman), a person's record and an army's nationality keep their country;
//   - the words of direction and the heads of names named again are looked up by plain loops: الحركة after حركة
//     الشباب is al-Shabaab again;
//   - the payloads taken away from a match (a garment's kind, a vehicle's make) by a plain loop: بزي مدني names no
//     civilian, سيارة تويوتا no place;
//   - AtLeastLetters answers from the word's size: the person-name typo (دونالد رامب) and the place typo after a
//     place noun (منطقة مرهونة) still read their words;
//   - a match with a sure entry is not weak before its words are read: الجيش السوداني, a name with a nationality.
#include <gtest/gtest.h>

#include <span>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kMentionRows[] = {
    // عمان names Oman (the state) and Amman (JOR's capital): among Jordanian and Egyptian ministers the context
    // weighs JOR, and the name is the town, no actor.
    {"guard_amman_among_jordanians", "التقى وزير الخارجية الأردني نظيره المصري في عمان أمس.", "عمان", true, nullptr,
     "JOR", "", 1},
    // Donald Trump (people.tsv: دونالد ترامب, USA GOV from 2025-01-20) with a one-letter typo in his second name.
    {"guard_person_name_typo", "قال دونالد رامب إن المحادثات ستستأنف الأسبوع المقبل.", "دونالد", true,
     "PER_DONALD_TRUMP", "USA", "GOV", 2},
    // ... and named in full with his title (a listed form, one mention of four words).
    {"guard_person_with_title", "قال الرئيس الأمريكي دونالد ترامب إن بلاده سترد.", "الرئيس", true, "PER_DONALD_TRUMP",
     "USA", "GOV", 4},
    // مرهونة after منطقة, in a text about Libya: the curated town ترهونة (LBY), one letter off.
    {"guard_place_typo_after_place_noun", "سقطت قذائف على منطقة مرهونة جنوب شرق العاصمة الليبية.", "مرهونة", true,
     nullptr, "LBY", "", 1},
    // حركة الشباب (TRN_SHABAAB, SOM REB), then الحركة alone: the same movement named again.
    {"guard_movement_named_again", "هاجمت حركة الشباب قاعدة عسكرية، وقالت الحركة في بيان إنها قتلت جنودا.", "الحركة",
     true, "TRN_SHABAAB", "SOM", "REB", 1},
    // بزي مدني: the garment's kind, no civilian of the sentence.
    {"guard_garment_kind_no_person", "اعتقل رجال بزي مدني ناشطا في الشارع.", "مدني", false, nullptr, "", "", 0},
    // ... where مدني alone is a civilian (agents.tsv, CVL).
    {"guard_civilian_named", "قتل مدني في القصف.", "مدني", true, "CVL", "", "CVL", 1},
    // بزي الشرطة: whose uniform it is, no police of the sentence; الشرطة elsewhere is the police (COP).
    {"guard_garment_owner_no_police", "اعتقل رجال بزي الشرطة ناشطا.", "الشرطة", false, nullptr, "", "", 0},
    {"guard_police_named", "اعتقلت الشرطة ناشطا.", "الشرطة", true, "COP", "", "COP", 1},
    // سيارة تويوتا: the vehicle's make, no place; after إلى, تويوتا is the Japanese town.
    {"guard_vehicle_make_no_place", "انفجرت سيارة تويوتا في السوق المركزي.", "تويوتا", false, nullptr, "", "", 0},
    {"guard_town_no_vehicle_before", "وصل الوفد إلى تويوتا اليابانية.", "تويوتا", true, nullptr, "JPN", "", 1},
    // الجيش السوداني: a listed name of the Sudanese Armed Forces (actors/sudan.tsv SDN_SAF, SDN MIL), whose second
    // word is a nationality, one mention of two words. (First written SDNMIL, the agent جيش with the nationality:
    // the actor's own line, checked by hand, names it first.)
    {"guard_army_and_nationality", "قصف الجيش السوداني مواقع المتمردين في دارفور.", "الجيش", true, "SDN_SAF", "SDN",
     "MIL", 2},
};

TEST(Speedrec46MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, one after another and twice round: the country weights, the payload lists and the
// heads named again of an earlier text leave nothing behind.
TEST(Speedrec46MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

}  // namespace
}  // namespace rasad
