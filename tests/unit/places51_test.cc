// Places and names in quotes the coder missed (session 51, places51), in wire-style sentences written for this table
// (none copied from a corpus), one class of readings per block (the numbers of the brief):
// 1. the Maghreb's towns that libgeonames' catalogue leaves without an Arabic name get the Arabic transliterated at
//    build time from GeoNames' French-style romanization (tools/gazetteer/maghreb_arabic.h), as weak names; the
//    readings were checked by hand, and the wrong ones are corrected in curated.tsv (حجوط for Hadjout, which the rules
//    read هاجوت) or not written (transliteration_refused.tsv: El Aïoun, whose العيون is Laayoune's name). The
//    transliteration table has the Arabic written by hand from knowledge of each town;
// 2. the main towns of the conflict zones of 2024-2026 news that rasad did not read (curated.tsv): Kisumu, Mandera,
//    Dire Dawa, Damaturu, Miranshah, Bentiu ...;
// 3. a weak (transliterated) town after على where an attack falls, in a document that names its country: قصف على باجل;
// 4. a group's name in quotation marks after the head noun of an organisation's name, read with the head: حركة «الشباب»
//    is the Shabaab movement, not "the youth".
// Every expected place and event was written by hand from the Arabic before the coder ran. Rows named guard_ passed
// before the session's changes and keep the readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "maghreb_arabic.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;
using testing::PlaceReadRow;

// 1. The generator's transliteration: French-style name of a town of `iso3` -> Arabic ("" for a name the rules must
// not read).
struct MaghrebRow {
  const char* name;
  const char* romanized;
  const char* iso3;
  const char* arabic;
};

const MaghrebRow kMaghrebNames[] = {
    {"khemis_el_khechna_kh_ch_article", "Khemis el Khechna", "DZA", "خميس الخشنة"},
    {"ouled_mimoun_toponym_word", "Ouled Mimoun", "DZA", "أولاد ميمون"},
    {"ain_el_hammam_opening_apostrophe", "’Aïn el Hammam", "DZA", "عين الحمام"},
    {"zeribet_el_oued_construct_and_oued_after_article", "Zeribet el Oued", "DZA", "زريبة الوادي"},
    {"draa_el_mizan", "Draa el Mizan", "DZA", "ذراع الميزان"},
    {"draa_ben_khedda_doubled_consonant", "Draa Ben Khedda", "DZA", "ذراع بن خدة"},
    {"sedrata_last_a_taa_marbuta", "Sedrata", "DZA", "سدراتة"},
    {"reghaia_last_ia", "Reghaïa", "DZA", "رغاية"},
    {"bougaa_g_qaf_in_algeria_aa_ain", "Bougaa", "DZA", "بوقاعة"},
    {"boufarik", "Boufarik", "DZA", "بوفاريك"},
    {"boudjima_dj", "Boudjima", "DZA", "بوجيمة"},
    {"el_affroun_a_after_article_is_ain", "El Affroun", "DZA", "العفرون"},
    {"sidi_moussa_saints_name", "Sidi Moussa", "DZA", "سيدي موسى"},
    {"bordj_zemoura", "Bordj Zemoura", "DZA", "برج زمورة"},
    {"zagora_g_kaf_in_morocco", "Zagora", "MAR", "زاكورة"},
    {"ouezzane_ou_before_vowel", "Ouezzane", "MAR", "وزان"},
    {"al_aaroui_initial_aa", "Al Aaroui", "MAR", "العروي"},
    {"bni_bouayach_bou_before_a", "Bni Bouayach", "MAR", "بني بوعياش"},
    {"kasba_tadla", "Kasba Tadla", "MAR", "قصبة تادلة"},
    {"souq_larba_al_gharb", "Souq Larb’a al Gharb", "MAR", "سوق الأربعاء الغرب"},
    {"ksar_hellal", "Ksar Hellal", "TUN", "قصر هلال"},
    {"mennzel_bou_zelfa", "Mennzel Bou Zelfa", "TUN", "منزل بوزلفة"},
    {"hammam_sousse", "Hammam Sousse", "TUN", "حمام سوسة"},
    // Not read: another country's names (BGN/PCGN's are bgn_arabic's), a BGN/PCGN mark, a digit.
    {"syria_not_maghreb", "Khemis el Khechna", "SYR", ""},
    {"bgn_macron_refused", "Ḩarastā", "DZA", ""},
    {"digit_refused", "Sidi 2", "DZA", ""},
};

class Places51MaghrebTest : public ::testing::TestWithParam<MaghrebRow> {};

TEST_P(Places51MaghrebTest, WritesTheTownsArabic) {
  std::string error;
  static std::unique_ptr<MaghrebArabic> maghreb = MaghrebArabic::Create(&error);
  ASSERT_NE(maghreb, nullptr) << error;
  EXPECT_EQ(maghreb->ToArabic(GetParam().romanized, GetParam().iso3), GetParam().arabic) << GetParam().romanized;
}

INSTANTIATE_TEST_SUITE_P(Names, Places51MaghrebTest, ::testing::ValuesIn(kMaghrebNames),
                         [](const ::testing::TestParamInfo<MaghrebRow>& i) { return std::string(i.param.name); });

TEST(Places51MaghrebTest, OnlyTheMaghrebsCountries) {
  EXPECT_TRUE(UsesMaghrebFrench("DZA"));
  EXPECT_TRUE(UsesMaghrebFrench("MRT"));
  EXPECT_FALSE(UsesMaghrebFrench("LBY"));  // BGN/PCGN names
  EXPECT_FALSE(UsesMaghrebFrench("FRA"));
}

const PlaceReadRow kPlaces[] = {
    // 1. Transliterated Maghreb towns: after a place noun, or after a preposition of place with their country named.
    {"boufarik_after_city", "تظاهر المئات في مدينة بوفاريك جنوب العاصمة الجزائرية.", "بوفاريك", "Boufarik", "DZA"},
    {"draa_el_mizan_after_in_algerian_police", "اعتقلت الشرطة الجزائرية شبانا في ذراع الميزان.", "ذراع الميزان",
     "Draa el Mizan", "DZA"},
    {"ksar_hellal_after_in_tunisia", "أضرب عمال مصانع النسيج في قصر هلال بولاية المنستير التونسية.", "قصر هلال",
     "Ksar Hellal", "TUN"},
    // ... the misread ones corrected by curated lines ...
    {"hadjout_corrected", "اندلعت مواجهات بين الشرطة ومحتجين في حجوط غرب العاصمة الجزائرية.", "حجوط", "Hadjout",
     "DZA"},
    {"azazga_corrected_after_town", "قتل جنديان في كمين قرب بلدة عزازقة بولاية تيزي وزو.", "عزازقة", "Azazga", "DZA"},
    {"guercif_corrected_after_city", "اعتقلت الشرطة المغربية محتجين في مدينة جرسيف.", "جرسيف", "Guercif", "MAR"},
    {"carthage_corrected", "احتج مئات الطلاب في قرطاج قرب العاصمة التونسية.", "قرطاج", "Carthage", "TUN"},
    {"chebba_common_word_after_in_tunisian_police", "اعتقلت الشرطة التونسية ناشطين في الشابة.", "الشابة", "Chebba",
     "TUN"},
    // ... a name that is a common word of news is no town without place evidence ...
    {"guard_chebba_the_young_woman", "خرجت الشابة إلى السوق في تونس.", "الشابة", "", ""},
    {"guard_meftah_key", "قال الوزير إن مفتاح الحل بيد الحكومة الجزائرية.", "مفتاح", "", ""},
    {"guard_larbaa_wednesday", "عقد المجلس اجتماعا يوم الأربعاء في الجزائر.", "الأربعاء", "", ""},
    // ... and a refused reading does not take a better-known place's name: العيون is Laayoune.
    {"guard_el_aioun_refused_laayoune_kept", "اعتقلت الشرطة المغربية محتجين في مدينة العيون.", "العيون", "Laayoune",
     "ESH"},
    // 2. Towns of the conflict zones.
    {"kisumu", "قتل خمسة أشخاص في هجوم على بلدة كيسومو غرب كينيا.", "كيسومو", "Kisumu", "KEN"},
    {"mandera_after_near", "اشتبك الجيش الكيني مع مسلحين قرب مانديرا شمال شرق البلاد.", "مانديرا", "Mandera", "KEN"},
    {"dire_dawa_after_city", "قصفت طائرات مسيرة مدينة دير داوا شرق إثيوبيا.", "دير داوا", "Dire Dawa", "ETH"},
    {"damaturu_after_town", "هاجم مسلحون من بوكو حرام بلدة داماتورو في ولاية يوبي.", "داماتورو", "Damaturu", "NGA"},
    {"miranshah_after_in", "فجر انتحاري نفسه في سوق في ميرانشاه بإقليم وزيرستان الباكستاني.", "ميرانشاه", "Miranshah",
     "PAK"},
    {"bentiu_after_in", "قتل عشرة مدنيين في اشتباكات في بانتيو في جنوب السودان.", "بانتيو", "Bentiu", "SSD"},
    {"ghazni_news_spelling", "فجر انتحاري سيارة مفخخة في غزني وسط أفغانستان.", "غزني", "Ghazni", "AFG"},
    {"palma_after_town", "هاجم مسلحون بلدة بالما في إقليم كابو ديلغادو في موزمبيق.", "بالما", "Palma", "MOZ"},
    {"nova_kakhovka_after_city", "قصفت القوات الروسية مدينة نوفا كاخوفكا في أوكرانيا.", "نوفا كاخوفكا", "Nova Kakhovka",
     "UKR"},
    {"loikaw_after_city", "اندلعت معارك عنيفة في مدينة لويكاو شرق ميانمار.", "لويكاو", "Loikaw", "MMR"},
    {"guard_and_pains_no_town", "عانى الجرحى من جروح وآلام شديدة في النيجر.", "وآلام", "", ""},
    // 3. A weak town where an attack falls, after على, its country named.
    {"bajil_after_on_in_yemen", "قتل ثلاثة مدنيين في قصف على باجل في محافظة الحديدة اليمنية.", "باجل", "Bājil",
     "YEM"},
    {"bajil_after_shells_on", "سقطت قذائف على باجل في اليمن.", "باجل", "Bājil", "YEM"},
    {"tadif_after_attack_on_then_east_of", "قتل جنديان في هجوم على تادف شرق حلب في سوريا.", "تادف", "Tādif", "SYR"},
    {"guard_nizwa_after_raid_on", "شن الطيران غارة على نزوى في سلطنة عمان.", "نزوى", "Nizwá", "OMN"},
    {"guard_bajil_after_on_no_country", "قتل ثلاثة مدنيين في قصف على باجل.", "باجل", "", ""},
    {"guard_tyre_pictures_after_got", "حصل الصحفي على صور الأقمار الصناعية في لبنان.", "صور", "", ""},
};

class Places51PlaceTest : public ::testing::TestWithParam<PlaceReadRow> {};

TEST_P(Places51PlaceTest, ReadsThePlace) { testing::ExpectPlaceRead(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Places51PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<PlaceReadRow>& i) { return std::string(i.param.name); });

// 4. A group's name in quotation marks after its head noun (جماعة الشباب, a generic name elsewhere, "the youth group",
// is al-Shabaab's in a document clearly about Somalia: lexicon/actors/transnational.tsv).
const ProbeRow kQuotedNames[] = {
    {"gunmen_of_shabaab_in_quotes_attacked_somali_army_base",
     "هاجم مسلحون من حركة «الشباب» قاعدة للجيش الصومالي قرب مقديشو.", "ASSAULT", "19", "SOM/REB", "SOM/MIL"},
    {"gunmen_of_shabaab_group_in_quotes_killed_somali_soldiers",
     "قتل مسلحون من جماعة «الشباب» خمسة جنود صوماليين في هجوم على قاعدة عسكرية جنوب الصومال.", "ASSAULT", "1",
     "SOM/REB", "SOM/MIL"},
    {"guard_the_youth_unquoted_protested_khartoum", "تظاهر الشباب في الخرطوم ضد الحكم العسكري.", "PROTEST", "14",
     "SDN/CVL", nullptr},
};

class Places51QuotedNameTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Places51QuotedNameTest, ReadsTheGroup) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Places51QuotedNameTest, ::testing::ValuesIn(kQuotedNames),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
