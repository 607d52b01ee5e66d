// Places of conflict news (task places16): common words that are also place names need place
// evidence, and the first-level divisions of the world's conflicts (Indian and Nigerian states,
// Ukrainian oblasts, Myanmar's states, Ethiopia's regions, DR Congo's and Afghanistan's provinces)
// are places. Sentences written for these tests; every expectation checked by hand.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::PlaceRow;
using testing::TestEngine;

const PlaceRow kPlaces[] = {
    // Common words of news that the gazetteer or curated.tsv has as a town: no place without place
    // evidence (a place noun before, or a preposition and the place's country in the document).
    {"قتلت قوات الدعم السريع أكثر من مئة مدني في قرية بولاية الجزيرة.", "مدني", "", ""},
    {"قتل مدني وأصيب آخرون في قصف مدفعي.", "مدني", "", ""},
    {"نفذت البحرية هجوم بحري على سفن الصيد.", "بحري", "", ""},
    {"خرجت تظاهرات سلمية تطالب بالإصلاح.", "سلمية", "", ""},
    {"نشر الجيش صور الدمار في القرية.", "صور", "", ""},
    {"تسلم الجيش أسلحة حديثة من الحلفاء.", "حديثة", "", ""},
    {"قال الوزير إن الحرب تدمر الاقتصاد.", "تدمر", "", ""},
    {"قال الجيش في بيانه إن الهجوم فشل.", "بيانه", "", ""},
    {"الكويت (كونا) - أدانت الكويت الهجوم.", "كونا", "", ""},
    {"طالب المحتجون بحياة كريمة.", "كريمة", "", ""},
    {"أدان البيان جلب المرتزقة إلى البلاد.", "جلب", "", ""},
    {"قال الشيخ جاسم إن قطر تدعم الحوار.", "جاسم", "", ""},
    {"أكد الوزير أن جوهر الخلاف سياسي.", "جوهر", "", ""},
    {"احتفل الآلاف في الميادين بالنصر.", "الميادين", "", ""},
    {"أكد الرئيس أن الحرب ستنتهي على المدى المتوسط.", "المتوسط", "", ""},
    {"أكد الأمين العام أن ميله إلى الحوار ثابت.", "ميله", "", ""},
    {"أطلقت الشرطة الغاز على العيون.", "العيون", "", ""},
    {"قتل ثلاثة أشخاص في أعمال عنف في ولاية مانيبور الهندية.", "الهندية", "", ""},
    {"انضمت المغرب إلى الاتفاقيات الإبراهيمية.", "الإبراهيمية", "", ""},
    {"أصدرت الرابطة المحمدية للعلماء بيانا.", "المحمدية", "", ""},
    // Guards (passed before): بحجة "on the pretext" in a document naming no Yemen; with place
    // evidence the listed words are the places.
    {"اعتقلت الشرطة الصحفي بحجة نشر أخبار كاذبة.", "بحجة", "", ""},
    {"سيطر الجيش السوداني على مدينة ود مدني.", "ود مدني", "Wad Madani", "SDN"},
    {"قصف الجيش مواقع في مدينة بحري.", "بحري", "Khartoum North (Bahri)", "SDN"},
    {"قصفت الطائرات الإسرائيلية مدينة صور في جنوب لبنان.", "صور", "Tyre", "LBN"},
    {"قتل خمسة في قصف على مديرية في محافظة حجة.", "حجة", "Hajjah", "YEM"},
    {"وقع انفجار في مدينة المحمدية المغربية.", "المحمدية", "Mohammedia", "MAR"},
    {"قتل جنود في هجوم على قاعدة في مدينة جوهر بولاية هيرشبيلي.", "جوهر", "Jowhar", "SOM"},
    // India's states (ولاية), Pakistan's provinces (إقليم), Kashmir.
    {"اندلعت اشتباكات عرقية جديدة بولاية مانيبور شمال شرقي الهند.", "بولاية مانيبور", "Manipur", "IND"},
    {"قتل ثلاثة أشخاص في أعمال عنف في ولاية مانيبور الهندية.", "ولاية مانيبور", "Manipur", "IND"},
    {"قتل عشرة متمردين ماويين في مواجهة مع الشرطة بولاية تشهاتيسغار.", "بولاية تشهاتيسغار", "Chhattisgarh",
     "IND"},
    {"اندلعت مواجهات بين الشرطة والمزارعين في ولاية البنجاب الهندية.", "ولاية البنجاب الهندية", "Punjab (India)",
     "IND"},
    {"قتل مسلحون شرطيين في إقليم البنجاب الباكستاني.", "إقليم البنجاب الباكستاني", "Punjab (Pakistan)", "PAK"},
    {"اندلعت احتجاجات في إقليم السند.", "إقليم السند", "Sindh", "PAK"},
    {"قتل مسلحون أربعة في منطقة شمال وزيرستان.", "منطقة شمال وزيرستان", "North Waziristan", "PAK"},
    {"قتلت قوات الأمن الهندية مسلحين اثنين في إقليم كشمير.", "إقليم كشمير", "Kashmir", ""},
    {"هاجم مسلحون دورية للجيش الهندي في جامو وكشمير.", "جامو وكشمير", "Jammu and Kashmir", "IND"},
    // Afghanistan.
    {"قتل ثلاثة في انفجار في ولاية ننغرهار شرقي أفغانستان.", "ولاية ننغرهار", "Nangarhar", "AFG"},
    {"اعتقلت طالبان ناشطين في ولاية باميان.", "ولاية باميان", "Bamyan", "AFG"},
    {"قتل عشرة في تفجير في مسجد بكابل.", "بكابل", "Kabul", "AFG"},
    // Ukraine and Russia's border: the oblast with its place noun, the city without.
    {"قصفت القوات الروسية مواقع في مقاطعة دونيتسك شرقي أوكرانيا.", "مقاطعة دونيتسك", "Donetsk Oblast", "UKR"},
    {"سيطرت القوات الروسية على قرية في مقاطعة لوغانسك.", "مقاطعة لوغانسك", "Luhansk Oblast", "UKR"},
    {"قتل ثلاثة أشخاص في قصف على مقاطعة سومي.", "مقاطعة سومي", "Sumy Oblast", "UKR"},
    {"أعلنت موسكو ضم شبه جزيرة القرم عام 2014.", "شبه جزيرة القرم", "Crimea", "UKR"},
    {"تقدمت القوات الروسية في إقليم دونباس.", "إقليم دونباس", "Donbas", "UKR"},
    {"أعلنت كييف صد هجوم روسي قرب بلدة تشاسيف يار.", "تشاسيف يار", "Chasiv Yar", "UKR"},
    {"توغلت القوات الأوكرانية في مقاطعة كورسك الروسية.", "مقاطعة كورسك", "Kursk Oblast", "RUS"},
    // Myanmar: شان، مون alone are other words; the Arakan Army is no place.
    {"قصف الجيش البورمي قرى في ولاية شان.", "ولاية شان", "Shan State", "MMR"},
    {"سيطرت جماعات مسلحة على مواقع للجيش في ولاية كاشين.", "ولاية كاشين", "Kachin State", "MMR"},
    {"اندلعت معارك بين الجيش وجيش أراكان في ولاية راخين غربي ميانمار.", "ولاية راخين", "Rakhine State", "MMR"},
    {"قتل مدنيون في غارة جوية على منطقة ساغاينغ.", "منطقة ساغاينغ", "Sagaing Region", "MMR"},
    // Ethiopia.
    {"اندلعت اشتباكات بين الجيش الإثيوبي وميليشيا فانو في إقليم أمهرة.", "إقليم أمهرة", "Amhara Region", "ETH"},
    {"قصفت طائرة مسيرة مدينة ميكيلي عاصمة إقليم تيغراي.", "ميكيلي", "Mekelle", "ETH"},
    {"قصفت طائرة مسيرة مدينة ميكيلي عاصمة إقليم تيغراي.", "إقليم تيغراي", "Tigray", "ETH"},
    {"اندلعت اشتباكات في إقليم الصومال الإثيوبي.", "إقليم الصومال الإثيوبي", "Somali Region (Ethiopia)", "ETH"},
    // DR Congo.
    {"هاجم متمردو حركة 23 مارس مواقع للجيش في إقليم شمال كيفو.", "إقليم شمال كيفو", "North Kivu", "COD"},
    {"قتل عشرون مدنيا في هجوم لقوات التحالف الديمقراطي في إقليم إيتوري.", "إقليم إيتوري", "Ituri", "COD"},
    {"دخل المتمردون مدينة بوكافو.", "بوكافو", "Bukavu", "COD"},
    // Nigeria: ولاية النيجر is Niger State, not the Republic of Niger.
    {"هاجم مقاتلو بوكو حرام قاعدة عسكرية في ولاية يوبي.", "ولاية يوبي", "Yobe State", "NGA"},
    {"خطف مسلحون طلابا من مدرسة في ولاية النيجر وسط نيجيريا.", "ولاية النيجر", "Niger State", "NGA"},
    {"قتل رعاة مسلحون مزارعين في ولاية بينوي.", "ولاية بينوي", "Benue State", "NGA"},
    // Elsewhere.
    {"هاجم مسلحون بلدة في إقليم كابو ديلغادو شمالي موزمبيق.", "إقليم كابو ديلغادو", "Cabo Delgado", "MOZ"},
    {"اندلعت اشتباكات في ولاية أعالي النيل.", "ولاية أعالي النيل", "Upper Nile State", "SSD"},
    {"قتل جنديان في انفجار في إقليم ناراثيوات جنوبي تايلاند.", "إقليم ناراثيوات", "Narathiwat", "THA"},
    {"قتل ثلاثة في تفجير في ديار بكر.", "ديار بكر", "Diyarbakır", "TUR"},
    {"اندلعت احتجاجات في إقليم كردستان الإيراني.", "إقليم كردستان الإيراني", "Kurdistan Province (Iran)", "IRN"},
    {"قتل جندي إسرائيلي في الجليل.", "الجليل", "Galilee", "ISR"},
    {"نعى الأزهر الشيخ الجليل.", "الجليل", "", ""},  // guard: "venerable", the attribute
    {"اقتحم مستوطنون قرية المغير.", "المغير", "Al-Mughayyir", "PSE"},  // was Maghar, Israel
    {"قتل ثلاثة في قصف على كوستيانتينيفكا.", "كوستيانتينيفكا", "Kostiantynivka", "UKR"},
    {"قتل فلسطيني في حي الشيخ جراح بالقدس.", "حي الشيخ جراح", "Sheikh Jarrah", "PSE"},
    {"اقتحمت القوات الإسرائيلية منازل في صور باهر.", "صور باهر", "Sur Baher", "PSE"},
};

TEST(Places16Test, CommonWordsAndConflictRegions) { testing::ExpectPlaceRows(kPlaces); }

// The event's place: the region or town above, never the common word.
struct EventPlaceCase {
  const char* text;
  const char* event;  // PLOVER type of the event looked at
  const char* place;  // its location's name_en, or "" for none
};

const EventPlaceCase kEventPlaces[] = {
    {"قتلت أكثر من مئة مدني في هجوم.", "ASSAULT", ""},  // was at Wad Madani
    {"قتلت غارة جوية أكثر من مئة مدني.", "ASSAULT", ""},  // guard: the civilians are the target
    {"اندلعت اشتباكات عرقية جديدة بولاية مانيبور شمال شرقي الهند.", "ASSAULT", "Manipur"},
    {"قتل ثلاثة أشخاص في قصف على مقاطعة سومي.", "ASSAULT", "Sumy Oblast"},
    {"قتل عشرة في تفجير في ولاية هلمند.", "ASSAULT", "Helmand"},
    {"خطف مسلحون ركاب حافلة في ولاية كاتسينا.", "ASSAULT", "Katsina State"},
    {"قتل مدنيون في غارة جوية على منطقة ساغاينغ.", "ASSAULT", "Sagaing Region"},
    {"قتل عشرات المدنيين في هجوم في إقليم أوروميا.", "ASSAULT", "Oromia"},
};

TEST(Places16Test, EventTakesTheRegionNotTheCommonWord) {
  std::string error;
  ASSERT_NE(TestEngine(&error), nullptr) << error;
  for (const EventPlaceCase& x : kEventPlaces) {
    bool found = false;
    std::string seen;
    for (const Event& e : CodeText(x.text, "2026-11-30")) {
      std::string place = e.location ? e.location->name_en : "";
      seen += e.event + " @ " + place + "\n";
      if (e.event == x.event && place == x.place) found = true;
    }
    EXPECT_TRUE(found) << x.text << ": want " << x.event << " @ '" << x.place << "' among:\n" << seen;
  }
}

}  // namespace
}  // namespace rasad
