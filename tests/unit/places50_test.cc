// Places the coder missed (session 50, places50), in wire-style sentences written for this table (none copied from a
// corpus), one class of readings per block (the numbers of the brief):
// 1. a place noun before a name (مدينة، بلدة، منطقة، مطار ...) makes a gazetteer or curated name the place wherever it
//    stands, as a verb's object too, even in a document that does not name its country: مدينة أبها is Abha, also
//    where the word list reads the name as a particle (أبها "her father", حولي "around me", هيت). A place noun alone is
//    no name, and a name of common words (صور "pictures", حماة "protectors") still needs its place evidence;
// 2. towns of the Arab world that libgeonames' Arabic catalogue lacks get the Arabic transliterated at build time from
//    GeoNames' BGN/PCGN romanization (tools/gazetteer/bgn_arabic.h): the transliteration table below has the Arabic
//    written by hand from knowledge of each town; such a generated name counts after a place noun, or after a
//    preposition of place in a document that names its country, and not alone in a document about another country;
// 3. curated lines for the news spellings of cities of 500,000+ whose catalogue name news does not write (فالنسيا),
//    and for the Arab world's towns of 60,000+ left without an Arabic name (تمارة، القصر الكبير، الرصيفة).
// Every expected place and event was written by hand from the Arabic before the coder ran. Rows named guard_ passed
// before the session's changes and keep the readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "bgn_arabic.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::PlaceReadRow;
using testing::TestEngine;

// 2. The generator's transliteration: romanized name -> Arabic ("" for a name the rules must not read).
struct TransliterationRow {
  const char* name;
  const char* romanized;
  const char* arabic;
};

const TransliterationRow kTransliterations[] = {
    {"harasta", "Ḩarastā", "حرستا"},
    {"safita", "Şāfītā", "صافيتا"},
    {"al_bab_article", "Al Bāb", "الباب"},
    {"nizwa_alif_maqsura", "Nizwá", "نزوى"},
    {"bajil", "Bājil", "باجل"},
    {"tadif", "Tādif", "تادف"},
    {"suran", "Şūrān", "صوران"},
    {"ad_dana_sun_letter", "Ad Dānā", "الدانا"},
    {"khalis", "Khāliş", "خالص"},
    {"kifri", "Kifrī", "كفري"},
    {"sawakin", "Sawākin", "سواكن"},
    {"bilqas", "Bilqās", "بلقاس"},
    {"tukh", "Ţūkh", "طوخ"},
    {"hawamidiyah_iy_and_ta_marbuta", "Al Ḩawāmidīyah", "الحوامدية"},
    {"hufuf", "Al Hufūf", "الهفوف"},
    {"sultanah", "Sulţānah", "سلطانة"},
    {"abha_initial_alif", "Abhā", "أبها"},
    {"sinjar", "Sinjār", "سنجار"},
    {"zinjibar", "Zinjibār", "زنجبار"},
    {"amran_ain", "‘Amrān", "عمران"},
    {"sabratah", "Şabrātah", "صبراتة"},
    {"tajura_final_hamza", "Tājūrā’", "تاجوراء"},
    {"masallatah", "Masallātah", "مسلاتة"},
    {"waddan_doubled_consonant", "Waddān", "ودان"},
    {"shinas", "Shināş", "شناص"},
    {"ibra", "Ibrā’", "إبراء"},
    {"izki", "Izkī", "إزكي"},
    {"an_nuhud", "An Nuhūd", "النهود"},
    {"abu_arish", "Abū ‘Arīsh", "أبو عريش"},
    {"ad_dawadimi", "Ad Dawādimī", "الدوادمي"},
    {"as_sulayyil_shadda", "As Sulayyil", "السليل"},
    {"dhi_as_sufal", "Dhī as Sufāl", "ذي السفال"},
    {"samail_hamza_on_ya", "Sufālat Samā’il", "سفالة سمائل"},
    {"saddat_al_hindiyah_construct", "Nāḩīyat Saddat al Hindīyah", "ناحية سدة الهندية"},
    {"hawsh_isa", "Ḩawsh ‘Īsá", "حوش عيسى"},
    {"ash_shaykh_uthman_sh_assimilated", "Ash Shaykh ‘Uthmān", "الشيخ عثمان"},
    {"at_tafilah_emphatic_assimilated", "Aţ Ţafīlah", "الطفيلة"},
    {"az_zarqa", "Az Zarqā’", "الزرقاء"},
    {"dayr_az_zawr", "Dayr az Zawr", "دير الزور"},
    {"maarrat_an_numan", "Ma‘arrat an Nu‘mān", "معرة النعمان"},
    {"ras_al_ayn_hamza_on_alif", "Ra’s al ‘Ayn", "رأس العين"},
    {"al_hasakah", "Al Ḩasakah", "الحسكة"},
    // Names the rules cannot read surely: no mark of the romanization (the vowels' length unknown), French-style
    // spelling, letters outside the romanization, an ASCII apostrophe.
    {"douma_unmarked", "Douma", ""},
    {"hajiawa_unmarked", "Hajiawa", ""},
    {"temara_french_style", "Temara", ""},
    {"ain_beida_french_style", "Aïn Beïda", ""},
    {"qir_moav_letters_outside", "Qīr Moāv", ""},
    {"marib_ascii_apostrophe", "Ma'rib", ""},
};

class Places50TransliterationTest : public ::testing::TestWithParam<TransliterationRow> {};

TEST_P(Places50TransliterationTest, WritesTheTownsArabic) {
  std::string error;
  static std::unique_ptr<BgnArabic> bgn = BgnArabic::Create(&error);
  ASSERT_NE(bgn, nullptr) << error;
  EXPECT_EQ(bgn->ToArabic(GetParam().romanized), GetParam().arabic) << GetParam().romanized;
}

INSTANTIATE_TEST_SUITE_P(
    Names, Places50TransliterationTest, ::testing::ValuesIn(kTransliterations),
    [](const ::testing::TestParamInfo<TransliterationRow>& i) { return std::string(i.param.name); });

TEST(Places50TransliterationTest, OnlyTheCountriesOfTheRomanization) {
  EXPECT_TRUE(UsesBgnArabic("SYR"));
  EXPECT_TRUE(UsesBgnArabic("SDN"));
  EXPECT_FALSE(UsesBgnArabic("MAR"));  // French-style names
  EXPECT_FALSE(UsesBgnArabic("IRN"));  // Persian, not Arabic
}

const PlaceReadRow kPlaces[] = {
    // 1. After a place noun, as a verb's object too, with no country in the document.
    {"abha_after_city_after_in", "قصفت طائرات مسيرة أهدافا في مدينة أبها أمس.", "أبها", "Abha", "SAU"},
    {"abha_after_city_as_object", "قصفت طائرات مسيرة مدينة أبها أمس.", "أبها", "Abha", "SAU"},
    {"abha_after_in_with_saudi_arabia", "أطلق الحوثيون صواريخ على مطار في أبها جنوب السعودية.", "أبها", "Abha", "SAU"},
    {"hawalli_after_area", "اعتقلت الشرطة الكويتية متظاهرين في منطقة حولي.", "حولي", "Ḩawallī", "KWT"},
    {"hit_after_city_as_object", "قصف الطيران مدينة هيت غرب العراق.", "هيت", "Hit", "IRQ"},
    {"guard_tyre_after_city", "نفذ مسلحون عملية في مدينة صور.", "صور", "Tyre", "LBN"},
    {"guard_hama_after_city_as_object", "ضرب الزلزال مدينة حماة.", "مدينة حماة", "Hama", "SYR"},
    // The safeguards: a name of common words alone is no place.
    {"guard_abha_after_in_no_country", "قصفت طائرات مسيرة أهدافا في أبها أمس.", "أبها", "", ""},
    {"guard_abha_her_father", "قال الرجل إن أبها كان جنديا.", "أبها", "", ""},
    {"guard_hawalli_around_me", "جلس الصحفيون حولي في القاعة.", "حولي", "", ""},
    {"guard_tyre_pictures", "نشر الناشطون صور الجنود.", "صور", "", ""},
    {"guard_hama_protectors", "هتف المتظاهرون بأنهم حماة الوطن.", "حماة", "", ""},
    // 2. Transliterated towns: after a place noun, or after a preposition of place with their country named.
    {"tadif_after_town", "استهدف القصف بلدة تادف شرق حلب.", "تادف", "Tādif", "SYR"},
    {"nizwa_after_city", "قصفت طائرات مسيرة أهدافا في مدينة نزوى.", "نزوى", "Nizwá", "OMN"},
    {"nizwa_after_in_omani_police", "اعتقلت الشرطة العمانية عشرة محتجين في نزوى.", "نزوى", "Nizwá", "OMN"},
    {"bajil_after_in_yemen", "قتل ثلاثة مدنيين في قصف مدفعي في باجل بمحافظة الحديدة اليمنية.", "باجل", "Bājil",
     "YEM"},
    {"hawamidiyah_after_city", "تظاهر المئات في مدينة الحوامدية جنوب القاهرة.", "الحوامدية",
     "Al Ḩawāmidīyah", "EGY"},
    {"bilqas_after_in_egyptian_police", "اعتقلت الشرطة المصرية عشرين شخصا في بلقاس.", "بلقاس", "Bilqās", "EGY"},
    {"ad_dana_after_in_idlib", "سقطت قذائف على حي في الدانا بريف إدلب.", "الدانا", "Ad Dānā", "SYR"},
    {"sawakin_after_city_common_word", "رست سفينة حربية في ميناء مدينة سواكن السودانية.", "سواكن", "Sawākin",
     "SDN"},
    // ... and not alone in a document about another country.
    {"guard_bajil_after_from_in_paris", "التقى الرئيس الفرنسي في باريس وفدا من باجل.", "باجل", "", ""},
    {"guard_tukh_after_in_german_report", "أعلنت هيئة الطيران الألمانية أن طائرة هبطت في طوخ.", "طوخ", "", ""},
    // 3. Modern news spellings of large foreign cities (curated.tsv), their country decided by the document.
    {"valencia_spain_news_spelling", "اجتاحت الفيضانات مدينة فالنسيا الإسبانية.", "فالنسيا", "Valencia", "ESP"},
    {"valencia_venezuela_news_spelling", "تظاهر الآلاف في فالنسيا في فنزويلا.", "فالنسيا", "Valencia", "VEN"},
    {"palermo_news_spelling", "قتل شرطي في هجوم في مدينة باليرمو الإيطالية.", "باليرمو", "Palermo", "ITA"},
    {"benin_city_not_the_state", "هاجم مسلحون مركزا للشرطة في بنين سيتي جنوب نيجيريا.", "بنين سيتي", "Benin City",
     "NGA"},
    // ... and of Arab-world towns of 60,000+ that neither the catalogue nor the transliteration names (the Maghreb's
    // French-style names, unmarked names), written by hand.
    {"temara_after_city", "تظاهر المئات في مدينة تمارة قرب الرباط.", "تمارة", "Temara", "MAR"},
    {"ksar_el_kebir_after_in_moroccan_police", "اعتقلت الشرطة المغربية ناشطين في القصر الكبير.", "القصر الكبير",
     "Ksar El Kebir", "MAR"},
    {"russeifa_after_in", "اندلعت احتجاجات في الرصيفة بمحافظة الزرقاء.", "الرصيفة", "Russeifa", "JOR"},
    {"el_eulma_after_in_algeria", "قتل خمسة في هجوم على سوق في العلمة شرق الجزائر.", "العلمة", "El Eulma", "DZA"},
    {"la_marsa_after_in_tunisian_police", "اعتقلت الشرطة التونسية شبانا في المرسى.", "المرسى", "La Marsa", "TUN"},
    {"guard_marsa_the_anchorage", "رست السفينة في المرسى.", "المرسى", "", ""},
};

class Places50PlaceTest : public ::testing::TestWithParam<PlaceReadRow> {};

TEST_P(Places50PlaceTest, ReadsThePlace) { testing::ExpectPlaceRead(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Places50PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<PlaceReadRow>& i) { return std::string(i.param.name); });

// (The reading that was missing here, a transliterated town after على where an attack falls, قصف على باجل, is read
// since session 51: tests/unit/places51_test.cc.)

// The event of a sentence with no actor is emitted with the place now read.
struct EventPlaceRow {
  const char* name;
  const char* text;
  const char* event;  // PLOVER type
  const char* place;  // its location's name_en
};

const EventPlaceRow kEvents[] = {
    {"drones_struck_targets_in_city_of_abha", "قصفت طائرات مسيرة أهدافا في مدينة أبها أمس.", "ASSAULT", "Abha"},
    {"drones_struck_city_of_abha", "قصفت طائرات مسيرة مدينة أبها أمس.", "ASSAULT", "Abha"},
    {"shelling_targeted_town_of_tadif", "استهدف القصف بلدة تادف شرق حلب.", "ASSAULT", "Tādif"},
    {"hundreds_protested_in_hawamidiyah", "تظاهر المئات في مدينة الحوامدية جنوب القاهرة.", "PROTEST", "Al Ḩawāmidīyah"},
};

class Places50EventTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Places50EventTest, EventAtThePlace) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  const EventPlaceRow& x = GetParam();
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2026-11-30")) {
    std::string place = e.location ? e.location->name_en : "";
    seen += e.event + " @ " + place + "\n";
    if (e.event == x.event && place == x.place) found = true;
  }
  EXPECT_TRUE(found) << x.text << ": want " << x.event << " @ '" << x.place << "' among:\n" << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Places50EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
