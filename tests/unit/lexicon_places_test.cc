// Place names that are also common words, and names of both a state and a town: when the recognizer
// reads them as the place (sentences written for these tests; expectations checked by hand).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lexicon/place_name.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

struct EvidenceCase {
  const char* what;
  CommonWordContext context;
  bool place;
};

// Fields: adjective, place noun before, definite word before, locative before, country in document,
// من after.
const EvidenceCase kEvidence[] = {
    {"a noun, nothing around it", {false, false, false, false, false, false}, false},
    {"حي الشهداء: a place noun in construct", {false, true, false, true, false, false}, true},
    {"في الدورة in a document naming Iraq", {false, false, false, true, true, false}, true},
    {"في الدورة in a document not naming Iraq", {false, false, false, true, false, false}, false},
    {"a noun, the country named, no preposition before it", {false, false, false, false, true, false}, false},
    {"في العديد من: a partitive", {false, false, false, true, true, true}, false},
    {"حي العديد من: a partitive after a place noun", {false, true, false, true, false, true}, false},
    {"an adjective, nothing around it: the name", {true, false, false, false, false, false}, true},
    {"مدينة الجديدة: a place noun in construct", {true, true, false, true, false, false}, true},
    {"المدينة الجديدة: the attribute of a definite noun", {true, true, true, true, false, false}, false},
    {"الحكومة الجديدة: the attribute of a definite noun", {true, false, true, false, true, false}, false},
};

TEST(PlaceNameTest, CommonWordIsPlaceOnlyWithPlaceEvidence) {
  for (const EvidenceCase& c : kEvidence) EXPECT_EQ(CommonWordIsPlace(c.context), c.place) << c.what;
}

struct AgreementCase {
  const char* noun;  // bare matching forms, as the recognizer reads them
  const char* adjective;
  bool agrees;
};

const AgreementCase kAgreement[] = {
    {"حكومه", "جديده", true},   // الحكومة الجديدة
    {"دول", "جديده", true},     // الدول الجديدة: a plural of things takes the feminine
    {"قوات", "بيضاء", true},    // فعلاء is feminine
    {"وضع", "قائم", true},      // الوضع القائم
    {"بيت", "ابيض", true},      // البيت الأبيض
    {"قوات", "قصير", false},    // اقتحمت القوات القصير: the object, not an attribute
    {"حكومه", "جديد", false},
};

TEST(PlaceNameTest, AgreesAsAttributeByGender) {
  for (const AgreementCase& c : kAgreement) {
    EXPECT_EQ(AgreesAsAttribute(c.noun, c.adjective), c.agrees) << c.noun << " " << c.adjective;
  }
}

TEST(PlaceNameTest, PlaceNounNamesTownNotState) {
  EXPECT_TRUE(PlaceNounNamesTown("city"));
  EXPECT_TRUE(PlaceNounNamesTown("district"));
  EXPECT_TRUE(PlaceNounNamesTown("base"));
  EXPECT_FALSE(PlaceNounNamesTown("country"));
}

TEST(PlaceNameTest, WholeAreaIsStateOrRegion) {
  EXPECT_TRUE(WholeArea("country"));
  EXPECT_TRUE(WholeArea("region"));
  EXPECT_FALSE(WholeArea("city"));
  EXPECT_FALSE(WholeArea("district"));
  EXPECT_FALSE(WholeArea("base"));
}

TEST(PlaceNameTest, StateBaseIsNoForeignBase) {
  EXPECT_TRUE(StateBase("base"));
  EXPECT_FALSE(StateBase("foreign_base"));
  EXPECT_FALSE(StateBase("site"));
  EXPECT_FALSE(StateBase("city"));
  EXPECT_FALSE(StateBase("country"));
}

using testing::PlaceRow;

const PlaceRow kPlaces[] = {
    // A quantifier before a partitive من, with or without a preposition before it.
    {"قتل العديد من المدنيين في غارة جوية على مدينة حلب.", "العديد", "", ""},
    {"شارك الوزير في العديد من المؤتمرات الدولية.", "العديد", "", ""},
    // The longer name is the base.
    {"هبطت طائرة أمريكية في قاعدة العديد في قطر.", "قاعدة العديد", "Al Udeid Air Base", "QAT"},
    // Common nouns without place evidence.
    {"شيع آلاف المواطنين جثامين الشهداء في مدينة غزة.", "الشهداء", "", ""},
    {"استقبل الرئيس المصري وزير الخارجية في القصر الجمهوري بالقاهرة.", "القصر", "", ""},
    {"افتتحت الدورة الجديدة للبرلمان العراقي في بغداد.", "الدورة", "", ""},
    // The attribute of a definite noun.
    {"أعلنت الحكومة الجديدة في تونس عن خطة إصلاح اقتصادي.", "الجديدة", "", ""},
    {"افتتحت الدورة الجديدة للبرلمان العراقي في بغداد.", "الجديدة", "", ""},
    {"سقطت قذيفة في المدينة الجديدة.", "الجديدة", "", ""},
    // Place evidence: a place noun in construct, or في in a document naming the country.
    {"وصل الوفد إلى مدينة الجديدة المغربية.", "الجديدة", "El Jadida", "MAR"},
    {"انفجرت عبوة ناسفة في الدورة جنوبي بغداد.", "الدورة", "Dora", "IRQ"},
    // إلى is a preposition, not a definite noun.
    {"وصلت تعزيزات عسكرية إلى القصير في ريف حمص.", "القصير", "Al-Qusayr", "SYR"},
    {"تسعى الحكومة إلى الحفاظ على الوضع القائم.", "القائم", "", ""},
    // An adjective without a noun before it is the name.
    {"قتل ثلاثة مقاتلين في معارك القصير غربي حمص.", "القصير", "Al-Qusayr", "SYR"},
    // A masculine adjective does not agree with a feminine noun: the object of the verb.
    {"اقتحمت القوات السورية القصير.", "القصير", "Al-Qusayr", "SYR"},
    {"انضمت الدول الجديدة إلى الاتحاد.", "الجديدة", "", ""},
    // ريف is a place noun (the countryside of a town), not the Rif; ساحة الشهداء names Beirut's square
    // in a document about Lebanon.
    {"قصفت الطائرات مواقع للمسلحين في ريف الحسكة.", "ريف الحسكة", "Al-Hasakah countryside", "SYR"},
    {"تجمع المتظاهرون اللبنانيون في ساحة الشهداء.", "ساحة الشهداء", "Martyrs' Square (Beirut)", "LBN"},
    // A nationality after a territory noun is a place in that country: both with the article, or (session 55) both
    // without it, the noun a part (cities, villages, provinces, air); an indefinite capital noun names no capital.
    {"قصفت الطائرات مواقع في الأراضي السورية.", "الأراضي السورية", "Syria", "SYR"},
    {"تظاهر آلاف الطلاب في عدة مدن تونسية أمس.", "مدن تونسية", "Tunisia", "TUN"},
    {"سقطت قذائف على قرى لبنانية حدودية.", "قرى لبنانية", "Lebanon", "LBN"},
    {"أضرب المعلمون في محافظات يمنية عدة.", "محافظات يمنية", "Yemen", "YEM"},
    {"اخترقت طائرة مسيرة أجواء عراقية.", "أجواء عراقية", "Iraq", "IRQ"},
    {"وصل الوفد إلى عاصمة عراقية.", "عاصمة عراقية", "", ""},
    // عمان: Amman after the capital noun or with Jordan in the document, else Oman as before.
    {"عقد الاجتماع في العاصمة عمان.", "عمان", "Amman", "JOR"},
    {"التقى وزير الخارجية الأردني نظيره السوري في عمان.", "عمان", "Amman", "JOR"},
    {"وصل وزير الخارجية العماني إلى عمان.", "عمان", "Oman", "OMN"},
    // Conflict places added from a probe, with their spelling variants.
    {"سقطت صواريخ أطلقت من غزة على عسقلان.", "عسقلان", "Ashkelon", "ISR"},
    {"أطلق حزب الله صواريخ على كريات شمونه في شمال إسرائيل.", "كريات شمونه", "Kiryat Shmona", "ISR"},
    {"قتل عشرة أشخاص في تفجير انتحاري في مايدوجوري بولاية بورنو.", "مايدوجوري", "Maiduguri", "NGA"},
    {"هاجم مسلحون مركزا للشرطة في كويتا عاصمة إقليم بلوشستان.", "إقليم بلوشستان", "Balochistan (Pakistan)", "PAK"},
    {"قتل مدنيون في هجوم على ود النورة بولاية الجزيرة.", "ود النورة", "Wad al-Nourah", "SDN"},
    {"قصفت مسيرة ميناء بندر عباس.", "بندر عباس", "Bandar Abbas", "IRN"},
    // بيتا is also "a house": Beita only with place evidence.
    {"استشهد شاب فلسطيني برصاص الاحتلال في بيتا جنوب نابلس.", "بيتا", "Beita", "PSE"},
    {"هدمت قوات الاحتلال بيتا في الخليل.", "بيتا", "", ""},
    // ميدان التحرير: Cairo's square, Sanaa's when the text names Yemen.
    {"قصفت الطائرات ميدان التحرير بصنعاء.", "ميدان التحرير", "Tahrir Square (Sanaa)", "YEM"},
    {"تظاهر الآلاف في ميدان التحرير.", "ميدان التحرير", "Tahrir Square (Cairo)", "EGY"},
};

TEST(PlaceNameTest, CommonWordsAndAmbiguousNames) { testing::ExpectPlaceRows(kPlaces); }

// عمان names Oman and Amman: resolved to Amman by the context, the mention does not name the state.
struct StateOrTownCase {
  const char* text;
  const char* place_en;
  bool state;  // whether the mention is also the state Oman, an actor
};

const StateOrTownCase kStateOrTown[] = {
    {"تظاهر مئات الأردنيين في عمان احتجاجا على رفع الأسعار.", "Amman", false},
    {"قالت وزارة الخارجية العمانية في بيان إن الوساطة مستمرة في عمان.", "Oman", true},
};

TEST(PlaceNameTest, AmmanIsNotTheStateOman) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  for (const StateOrTownCase& x : kStateOrTown) {
    Document doc;
    doc.text = x.text;
    worker.Analyze(doc);
    const AnalyzedText& t = worker.text();
    bool found = false;
    for (const Mention& m : worker.recognition().mentions) {
      uint32_t b = t.tokens[m.first_token].begin, e = t.tokens[m.end_token - 1].end;
      if (t.original.substr(b, e - b) != "عمان" || !m.is_place()) continue;
      found = true;
      EXPECT_EQ(engine->lexicon().places()[m.place].name_en, x.place_en) << x.text;
      EXPECT_EQ(m.is_actor, x.state) << x.text;
    }
    EXPECT_TRUE(found) << x.text;
  }
}

}  // namespace
}  // namespace rasad
