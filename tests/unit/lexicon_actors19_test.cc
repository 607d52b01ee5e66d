// Actor recognition checked as families (session 19): nouns that name an agent only when a state or an
// organisation owns them (الأمن المصري، القضاء العراقي، أمن حماس, but not الأمن والاستقرار), relational
// adjectives that are also agents (السياسة الخارجية), state names whose last letters the text layer
// took for a pronoun (بغانا، لأستانا), a state's name shared with a town abroad (بولونيا), and broken
// plurals in ة (الطلبة، الباعة، الغزاة). Each row's mention and codes were written by hand, by reading
// the Arabic, before the sentence was run. Rows named guards held before the change and must keep
// holding.
#include <gtest/gtest.h>

#include <string>

#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

// الأمن + a state's nationality is that state's police and security forces; القضاء + nationality its
// judiciary; أمن + a named organisation in construct, that organisation's security service.
const testing::DatedActor kOwned[] = {
    {"2025-06-01", "اعتقل الأمن المصري ثلاثة ناشطين في القاهرة.", "الأمن المصري", "EGY", "COP"},
    {"2025-06-01", "وقال الأمن العراقي في بيان إنه أحبط عملية تهريب.", "الأمن العراقي", "IRQ", "COP"},
    {"2025-06-01", "فرق الأمن التونسي مظاهرة أمام البرلمان.", "الأمن التونسي", "TUN", "COP"},
    {"2025-06-01", "اعتقل الأمن الإسرائيلي شابين في الخليل.", "الأمن الإسرائيلي", "ISR", "COP"},
    {"2025-06-01", "داهم الأمن السوداني مقر الحزب في الخرطوم.", "الأمن السوداني", "SDN", "COP"},
    {"2025-06-01", "اعتقل الأمن الفلسطيني ناشطين من حماس في نابلس.", "الأمن الفلسطيني", "PSE", "COP"},
    {"2025-06-01", "سلم المطلوب نفسه للأمن المصري بعد أيام من الفرار.", "للأمن المصري", "EGY", "COP"},
    {"2025-06-01", "اعتقل أمن السلطة الفلسطينية ناشطين في جنين.", "أمن السلطة الفلسطينية", "PSE", "COP"},
    {"2025-06-01", "أصدر القضاء العراقي حكما بسجن المتهمين.", "القضاء العراقي", "IRQ", "JUD"},
    {"2025-06-01", "أصدر القضاء الإسرائيلي قرارا بهدم المنازل.", "القضاء الإسرائيلي", "ISR", "JUD"},
    {"2025-06-01", "أحال القضاء التونسي عشرات المعارضين إلى المحاكمة.", "القضاء التونسي", "TUN", "JUD"},
    {"2025-06-01", "نددت الرئاسة الفلسطينية بالهجوم على المدنيين.", "الرئاسة الفلسطينية", "PSE", "GOV"},  // guard
    {"2025-06-01", "قالت الاستخبارات التركية إنها أحبطت مخططا.", "الاستخبارات التركية", "TUR", "SPY"},  // guard
    {"2025-06-01", "اعتقلت المخابرات المصرية ضابطا سابقا.", "المخابرات المصرية", "EGY", "SPY"},       // guard
};

TEST(LexiconActors19Test, NounsThatNameAnAgentWhenAStateOwnsThem) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kOwned);
}

// Alone, after adjectives of their own, or before a state's name they are abstract nouns; a relational
// adjective in ية after a definite noun is no ministry or navy.
const testing::NotActor kNotOwned[] = {
    {"ناقش الوزراء الأمن والاستقرار في المنطقة.", "الأمن"},  // guard
    {"قال الرئيس إن الأمن مستتب في البلاد.", "الأمن"},  // guard
    {"يعد الأمن الغذائي أولوية للحكومة.", "الأمن"},  // guard
    {"يهدد التصعيد الأمن القومي المصري بحسب خبراء.", "الأمن"},  // guard
    {"قال الوزير إن أمن إسرائيل خط أحمر.", "أمن إسرائيل"},  // guard
    {"تعهدت الحكومة بالقضاء على الإرهاب.", "بالقضاء"},  // guard
    {"دعا إلى القضاء على الفساد في المؤسسات.", "القضاء"},  // guard
    {"تحدث الوزير عن السياسة الخارجية للبلاد.", "الخارجية"},
    {"تراجعت التجارة الخارجية هذا العام.", "الخارجية"},
    {"ناقش الطرفان الشؤون الداخلية والخارجية.", "الداخلية"},
    {"رسمت الحدود البحرية بين البلدين.", "البحرية"},
    {"ونقلت السفينة الصواريخ البحرية إلى الميناء.", "البحرية"},
    {"جرت الانتخابات البرلمانية أمس.", "البرلمانية"},
};

TEST(LexiconActors19Test, UnownedNounsAndAdjectivesNameNoOne) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectNoActors(engine, kNotOwned, "2025-06-01");
}

// The same words where they name agents.
const testing::DatedActor kAgentsStill[] = {
    {"2025-06-01", "قالت الخارجية في بيان إن السفير استدعي.", "الخارجية", "", "GOV"},             // guard
    {"2025-06-01", "استدعت الخارجية الروسية السفير البريطاني.", "الخارجية الروسية", "RUS", "GOV"},  // guard
    {"2025-06-01", "أطلقت البحرية الأمريكية صواريخ على مواقع الحوثيين.", "البحرية الأمريكية", "USA", "MIL"},  // guard
    {"2025-06-01", "اعتقلت الشرطة الصحفية أمس في العاصمة.", "الصحفية", "", "MED"},                 // guard
    {"2025-06-01", "اعتقلت قوات الأمن محتجين في العاصمة.", "قوات الأمن", "", "COP"},                // guard
};

TEST(LexiconActors19Test, TheSameWordsAsAgents) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kAgentsStill);
}

// A state's name after ب or ل whose last letters the text layer read as a pronoun (بغانا: بغا + نا),
// and بولونيا, Poland, which a town of the gazetteer (Bologna) also names.
const testing::DatedActor kStates[] = {
    {"2025-06-01", "أشاد الرئيس بغانا ودورها في المنطقة.", "بغانا", "GHA", ""},
    {"2025-06-01", "قدم البنك الدولي قرضا لغانا الشهر الماضي.", "لغانا", "GHA", ""},
    {"2025-06-01", "قدم البنك الدولي قرضا لبوتسوانا الشهر الماضي.", "لبوتسوانا", "BWA", ""},  // guard
    {"2025-06-01", "وقعت نيجيريا وغانا اتفاقا تجاريا.", "وغانا", "GHA", ""},                     // guard
    {"2025-06-01", "وجهت فرنسا انتقادات لروسيا بسبب الهجوم.", "لروسيا", "RUS", ""},               // guard
    {"2025-06-01", "انتقدت أستراليا وكندا القرار.", "وكندا", "CAN", ""},                           // guard
    {"2025-06-01", "وقعت بولونيا وألمانيا اتفاقا للدفاع المشترك.", "بولونيا", "POL", ""},
    {"2025-06-01", "استدعت بولونيا السفير الروسي.", "بولونيا", "POL", ""},
    {"2025-06-01", "قالت الحكومة البولونية إنها ستغلق الحدود.", "الحكومة البولونية", "POL", "GOV"},
};

TEST(LexiconActors19Test, StateNamesWithCliticsAndSharedWithTowns) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kStates);
}

// Broken plurals in ة that fold to a word with the pronoun ه (طلبه "his request", باعه "sold it") are
// read with the article only; others are listed whole.
const testing::DatedActor kPlurals[] = {
    {"2025-06-01", "تظاهر الطلبة أمام مبنى الجامعة.", "الطلبة", "", "EDU"},
    {"2025-06-01", "شارك الأساتذة والطلبة في الإضراب.", "والطلبة", "", "EDU"},
    {"2025-06-01", "قدمت الوزارة منحا للطلبة المتفوقين.", "للطلبة", "", "EDU"},
    {"2025-06-01", "احتج الباعة على إغلاق السوق.", "الباعة", "", "BUS"},
    {"2025-06-01", "أضرب الصيادلة في العاصمة.", "الصيادلة", "", "HLH"},
    {"2025-06-01", "قاوم الأهالي الغزاة في القرية.", "الغزاة", "", "MIL"},
    {"2025-06-01", "قال الجيش إنه طرد البغاة من المدينة.", "البغاة", "", "REB"},
    {"2025-06-01", "تقدمت قوات المشاة نحو البلدة.", "قوات المشاة", "", "MIL"},
    {"2025-06-01", "أضرب القضاة احتجاجا على القانون.", "القضاة", "", "JUD"},            // guard
    {"2025-06-01", "هاجم مسلحون الرعاة في المنطقة.", "الرعاة", "", "AGR"},              // guard
    {"2025-06-01", "اعتقلت السلطات عددا من الدعاة.", "الدعاة", "", "REL"},              // guard
    {"2025-06-01", "أضرب العمال في المصنع.", "العمال", "", "LAB"},                      // guard
};

const testing::NotActor kNotPlurals[] = {
    {"قدم المحامي طلبه إلى المحكمة أمس.", "طلبه"},  // guard
    {"رفض القاضي طلبة الإفراج عنه.", "طلبة"},  // guard
    {"قال التاجر إنه باعه بثمن بخس.", "باعه"},  // guard
    {"قصفت الطائرات مدينة حماة.", "حماة"},  // guard
};

TEST(LexiconActors19Test, BrokenPluralsInTaMarbuta) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kPlurals);
  testing::ExpectNoActors(engine, kNotPlurals, "2025-06-01");
}

}  // namespace
}  // namespace rasad
