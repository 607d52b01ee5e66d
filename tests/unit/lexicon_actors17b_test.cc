// Actor and place recognition on wire-style sentences written for this test, for faults left after
// actors17: a one-word organisation name read from a common noun with the article (الحماس), عمان and
// الكونغو by the document's context, snipers and pilots of a state, المالية as Malian after a state's
// agent in a document about Mali, the Americas named whole, تنظيم الشباب, and the masculine duals of
// office nouns (الرئيسان الأمريكي والأوكراني). Each row's mention and codes were written by hand, by
// reading the Arabic, before the sentence was run; rows named guards held before the change and must
// keep holding.
#include <gtest/gtest.h>

#include <string>

#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::MentionsWithText;
using testing::TestEngine;

const testing::DatedActor kActors[] = {
    // 1. Hamas by its name (guards).
    {"2025-06-01", "قالت حماس إنها سلمت ردها على المقترح إلى الوسطاء.", "حماس", "PSE", "REB"},  // guard
    {"2025-06-01", "اتهمت إسرائيل حماس بخرق الاتفاق في غزة.", "حماس", "PSE", "REB"},        // guard
    // 2. عمان: Oman as a subject with no context, and with an Omani actor (guards).
    {"2025-06-01", "قالت عمان إنها ستستضيف جولة جديدة من المفاوضات.", "عمان", "OMN", ""},  // guard
    {"2025-06-01", "أعلن الديوان الملكي العماني أن السلطان استقبل في عمان المبعوث الأمريكي.", "عمان", "OMN",
     ""},  // guard
    // 3. The Congos.
    {"2025-06-01", "قالت حكومة الكونغو إن متمردي حركة 23 مارس سيطروا على غوما.", "حكومة الكونغو", "COD", "GOV"},
    {"2025-06-01", "وقعت الكونغو اتفاقا مع الصين لاستغلال مناجم الكوبالت.", "الكونغو", "COD", ""},
    {"2025-06-01", "اتهمت الكونغو رواندا بدعم المتمردين في إيتوري.", "الكونغو", "COD", ""},
    {"2025-06-01", "قال رئيس الكونغو دينيس ساسو نغيسو في برازافيل إن الانتخابات ستجرى في موعدها.",
     "رئيس الكونغو", "COG", "GOV"},  // guard
    // 4. Snipers of a state are its military; of a named group, the group's; alone, of no side.
    {"2025-06-01", "قتل قناص إسرائيلي فتى فلسطينيا في جنين.", "قناص إسرائيلي", "ISR", "MIL"},
    {"2025-06-01", "قتل قناصة روس جنديين أوكرانيين قرب باخموت.", "قناصة روس", "RUS", "MIL"},
    {"2024-06-01", "أطلق قناصة الجيش النار على المتظاهرين في الخرطوم.", "قناصة الجيش", "", "MIL"},   // guard
    {"2024-06-01", "قتل قناصة الدعم السريع مدنيين في الفاشر.", "قناصة الدعم السريع", "SDN", "REB"},  // guard
    {"2025-06-01", "قتل قناص مجهول رجلا في حلب.", "قناص", "", "UAF"},  // guard (snipers of no side: UAF since session 66)
    // 5. A single pilot.
    {"2025-06-01", "قتل طيار إسرائيلي في تحطم مروحية في غزة.", "طيار إسرائيلي", "ISR", "MIL"},
    {"2015-02-03", "أعدم تنظيم الدولة الطيار الأردني بعد أسره في الرقة.", "الطيار الأردني", "JOR", "MIL"},
    {"2025-06-01", "قتل طيار أمريكي في تحطم طائرة حربية.", "طيار أمريكي", "USA", "MIL"},
    // 6. المالية after a state's agent in a document about Mali; financial elsewhere.
    {"2025-06-01", "أعلنت الحكومة المالية في باماكو أنها طردت السفير الفرنسي.", "الحكومة المالية", "MLI", "GOV"},
    {"2025-06-01", "قالت السلطات المالية إن هجوما أسفر عن مقتل عشرة جنود في وسط مالي.", "السلطات المالية", "MLI",
     "GOV"},
    {"2025-06-01", "قالت السلطات المالية البريطانية إنها فرضت غرامة على المصرف.", "السلطات المالية البريطانية", "GBR",
     "GOV"},  // guard
    {"2025-06-01", "قالت وزارة المالية المصرية إن العجز تراجع.", "وزارة المالية المصرية", "EGY", "GOV"},  // guard
    {"2025-06-01", "قال الجيش المالي إنه قتل مسلحين قرب تمبكتو.", "الجيش المالي", "MLI", "MIL"},  // guard
    // 7. The Americas named whole; al-Shabaab as تنظيم الشباب.
    {"2025-06-01", "أدانت دول أمريكا اللاتينية الهجوم على السفارة.", "دول أمريكا اللاتينية", "", "GOV"},
    {"2025-06-01", "قال تنظيم الشباب إنه هاجم قاعدة للجيش الصومالي.", "تنظيم الشباب", "SOM", "REB"},
    {"2025-06-01", "قال مسؤولون صوماليون إن مسلحين من جماعة الشباب هاجموا قاعدة في الصومال.", "جماعة الشباب", "SOM",
     "REB"},
    {"2025-06-01", "قالت حركة الشباب إنها هاجمت قاعدة في مقديشو.", "حركة الشباب", "SOM", "REB"},  // guard
    // 8. Masculine duals of office nouns, and nationalities coordinated after them.
    {"2025-06-01", "وقع الرئيسان الأمريكي والأوكراني اتفاقا للمعادن في واشنطن.", "الرئيسان الأمريكي", "USA", "GOV"},
    {"2025-06-01", "وقع الرئيسان الأمريكي والأوكراني اتفاقا للمعادن في واشنطن.", "والأوكراني", "UKR", "GOV"},
    {"2025-06-01", "بحث الوزيران المصري والسعودي الوضع في غزة.", "الوزيران المصري", "EGY", "GOV"},
    {"2025-06-01", "بحث الوزيران المصري والسعودي الوضع في غزة.", "والسعودي", "SAU", "GOV"},
    {"2025-06-01", "استقبل الرئيس المصري الوزيرين الأردني والإماراتي في القاهرة.", "الوزيرين الأردني", "JOR", "GOV"},
    {"2025-06-01", "قال السفيران الفرنسي والألماني إن بلديهما يدعمان الحوار.", "السفيران الفرنسي", "FRA", "GOV"},
    {"2025-06-01", "اجتمع وزيرا الخارجية الروسي والتركي في أنقرة.", "وزيرا الخارجية الروسي", "RUS", "GOV"},  // guard
    {"2025-06-01", "اجتمع وزيرا الخارجية الروسي والتركي في أنقرة.", "والتركي", "TUR", "GOV"},  // guard
    {"2025-06-01", "التقى رئيسا مصر وتركيا في القاهرة.", "رئيسا مصر", "EGY", "GOV"},
};

TEST(LexiconActors17bTest, ActorsOfTheProbe) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kActors);
}

// Words that name no actor: a common noun with the article that is an organisation's name without
// it, and a noun after "without".
const testing::NotActor kNotActors[] = {
    {"قال المدرب إن الحماس يسود صفوف الفريق قبل المباراة.", "الحماس"},
    {"استقبل الجمهور المنتخب الفلسطيني بالحماس في ملعب غزة.", "بالحماس"},
    {"ساد الحماس بين المشجعين في رام الله.", "الحماس"},
    {"أسقطت الدفاعات الجوية طائرة بدون طيار فوق دمشق.", "طيار"},     // guard
    {"أسقط الجيش الإسرائيلي طائرة من دون طيار فوق الجليل.", "طيار"},  // guard
    {"رصدت البحرية طائرة بلا طيار قرب السفينة.", "طيار"},             // guard
};

TEST(LexiconActors17bTest, CommonNounsNameNoActor) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectNoActors(engine, kNotActors, "2025-06-01");
}

// عمان and الكونغو by the document's context; with none, عمان after a preposition of place is Amman
// and الكونغو the DR Congo. The Americas are regions of no country.
const testing::PlaceRow kPlaces[] = {
    {"تظاهر مئات في عمان أمام السفارة الإسرائيلية.", "عمان", "Amman", "JOR"},
    {"اعتقلت دائرة المخابرات العامة خلية في عمان خططت لهجمات.", "عمان", "Amman", "JOR"},
    {"قال وزير الخارجية الأردني في عمان إن بلاده ترفض التهجير.", "عمان", "Amman", "JOR"},  // guard
    {"وصل وزير الخارجية الإيراني إلى عمان لإجراء محادثات مع نظيره العماني.", "عمان", "Oman", "OMN"},  // guard
    {"استضافت سلطنة عمان جولة محادثات في مسقط.", "سلطنة عمان", "Oman", "OMN"},  // guard
    {"قتل 20 مدنيا في هجوم في شمال كيفو شرق الكونغو.", "الكونغو", "DR Congo", "COD"},
    {"فاز منتخب الكونغو على نظيره الغابوني في برازافيل.", "الكونغو", "Congo", "COG"},  // guard
    {"تعاني أمريكا اللاتينية من موجة جفاف.", "أمريكا اللاتينية", "Latin America", ""},
    {"ضربت موجة حر أمريكا الجنوبية.", "أمريكا الجنوبية", "South America", ""},
};

TEST(LexiconActors17bTest, PlacesByContext) { testing::ExpectPlaceRows(kPlaces); }

}  // namespace
}  // namespace rasad
