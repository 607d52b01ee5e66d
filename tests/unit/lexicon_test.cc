// The lexicon: loading, `lexicon check`, and recognition of actors and places in sentences written
// for these tests (expectations checked by hand).
#include <gtest/gtest.h>
#include <unistd.h>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_check.h"
#include "lexicon/phrase_matcher.h"
#include "lexicon/word_kinds.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::MentionsWithText;
using testing::TestEngine;

TEST(LexiconTest, DictionariesHaveNoErrors) {
  for (const LexiconProblem& p : CheckLexicon(RASAD_DATA_DIR)) {
    EXPECT_FALSE(p.error) << p.where << ": " << p.message;
  }
}

TEST(LexiconTest, CheckReportsFileAndLine) {
  std::string dir = ::testing::TempDir() + "/rasad_lexicon_check_" + std::to_string(getpid());
  std::filesystem::create_directories(dir + "/lexicon/actors");
  std::filesystem::create_directories(dir + "/lexicon/places");
  std::filesystem::create_directories(dir + "/ontology");
  std::filesystem::create_directories(dir + "/coder");
  std::ofstream(dir + "/lexicon/places/iso2_to_iso3.tsv") << "LY\tLBY\n";
  std::ofstream(dir + "/lexicon/sectors.tsv") << "GOV\tgovernment\n";
  std::ofstream(dir + "/lexicon/countries.tsv") << "LBY\tLibya\tليبيا\tليبي\n";
  std::ofstream(dir + "/lexicon/actors/x.tsv") << "# comment\nLBY_A\tLBY\tGOV\tA\tحكومة ألف\t2019-13\nLBY_B\tXYZ\tZZZ\tB\tباء\n";
  std::ofstream(dir + "/ontology/cameo.tsv") << "190\tASSAULT\t\t4\t-10\tUse force\n";
  std::ofstream(dir + "/coder/triggers.tsv") << "999\tverb\tهاجم\n";
  std::ofstream(dir + "/lexicon/places/common_words.tsv") << "# word class notes\nالعديد\tquantifier\nالجديدة\tverb\n";
  std::vector<std::string> got;
  for (const LexiconProblem& p : CheckLexicon(dir)) got.push_back(p.where + ": " + p.message);
  std::vector<std::string> want = {
      "lexicon/actors/x.tsv:2: bad date '2019-13'",
      "lexicon/actors/x.tsv:3: unknown country code 'XYZ'",
      "lexicon/actors/x.tsv:3: unknown sector 'ZZZ'",
      "lexicon/places/common_words.tsv:3: class 'verb' is not quantifier, adjective, noun or idiom",
  };
  for (const std::string& w : want) {
    EXPECT_NE(std::find(got.begin(), got.end(), w), got.end()) << "missing: " << w;
  }
  EXPECT_NE(std::find(got.begin(), got.end(), "coder/triggers.tsv:1: unknown CAMEO code '999'"), got.end());
}

// Words of lexicon/word_kinds.tsv (in matching form) and their kinds.
struct WordKindRow {
  const char* word;
  uint32_t kinds;
};

const WordKindRow kLexiconWordKinds[] = {
    {"منطقه", kPlaceNounWord}, {"ريف", kPlaceNounWord}, {"مخيم", kPlaceNounWord},
    {"تابعه", kLoyalWord | kBelongingWord},     {"موالون", kLoyalWord},  {"الي", kLocativeWord},
    {"شمال", kLocativeWord},   {"جيش", 0},              {"مدينة", 0},  // not in matching form
};

TEST(LexiconTest, WordKindsLoad) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  for (const WordKindRow& x : kLexiconWordKinds) {
    EXPECT_EQ(engine->lexicon().word_kinds().Of(x.word), x.kinds) << x.word;
  }
}

// A word-kinds file with one bad line, and the error it gives (after the file's path).
struct BadWordKinds {
  const char* lines;
  const char* error;
};

const BadWordKinds kBadWordKinds[] = {
    {"# words kind notes\nفي|من\tlocative\nقرية\tvillage\n", ":3: unknown kind 'village' (expected place_noun, loyal, locative)"},
    {"في\tlocative\nشمال غرب\tlocative\n", ":2: 'شمال غرب' is not one word"},
    {"في\n", ":1: expected words, kind"},
    {"في|في\tlocative\n", ":1: 'في' is listed twice as locative"},
};

TEST(LexiconTest, WordKindsErrorsNameFileAndLine) {
  static constexpr WordKinds::Kind kKinds[] = {
      {"place_noun", kPlaceNounWord}, {"loyal", kLoyalWord}, {"locative", kLocativeWord}};
  std::string path = ::testing::TempDir() + "/rasad_word_kinds_" + std::to_string(getpid()) + ".tsv";
  for (const BadWordKinds& x : kBadWordKinds) {
    std::ofstream(path, std::ios::trunc) << x.lines;
    WordKinds kinds;
    Status s = kinds.Load(path, kKinds);
    EXPECT_EQ(s.message(), path + x.error);
  }
  std::filesystem::remove(path);
  WordKinds kinds;
  EXPECT_EQ(kinds.Load(path, kKinds).message(), path + ": cannot open");
}

TEST(LexiconTest, BareWordDropsTheArticle) {
  EXPECT_EQ(BareWord("الجزائر"), "جزائر");
  EXPECT_EQ(BareWord("ال"), "ال");
  EXPECT_EQ(BareWord("الي"), "الي");  // two letters left would be one: kept
}

struct Mentioned {
  const char* text;
  const char* span_text;  // the mention as written
  const char* type;       // "actor" (any actor), "place"
  const char* country;
  const char* sector;     // "" for none, "*" for any
  const char* name_en;    // for places; "" to skip
};

const Mentioned kMentions[] = {
    {"قال الجيش التركي إن قواته جاهزة.", "الجيش التركي", "actor", "TUR", "MIL", ""},
    {"التقى وزير الخارجية الإيطالي نظيره المصري.", "وزير الخارجية الإيطالي", "actor", "ITA", "GOV", ""},
    {"وصل مرتزقة سودانيون إلى ليبيا.", "مرتزقة سودانيون", "actor", "SDN", "*", ""},
    {"سيطرت قوات حفتر على المدينة.", "قوات حفتر", "actor", "LBY", "MIL", ""},
    // A role noun without a sector (member, element) takes the sector of the organisation.
    {"تظاهر أعضاء حزب الغد أمام البرلمان.", "أعضاء حزب الغد", "actor", "EGY", "PTY", ""},
    // Supporters are civilians (agents.tsv), of the country of whom they support.
    {"احتشد أنصار الحريري في الساحة.", "أنصار الحريري", "actor", "LBN", "CVL", ""},
    // The nationality comes before the agent's other adjective: وحدة خاصة + إسرائيلية.
    {"اقتحمت وحدة إسرائيلية خاصة المنزل.", "وحدة إسرائيلية", "actor", "ISR", "MIL", ""},
    {"وقعت اشتباكات في طرابلس الليبية.", "طرابلس", "place", "LBY", "*", "Tripoli"},
    {"زار الوفد مدينة بنغازي وبلدة غريان.", "بنغازي", "place", "LBY", "*", "Benghazi"},
    // The title belongs to the person's mention; رامب is read as ترامب.
    {"وصل الرئيس دونالد رامب إلى البيت الأبيض.", "الرئيس دونالد رامب", "actor", "USA", "*", ""},
    // A role inside an organisation (forces, authorities, head, staff) of a named non-state organisation
    // takes the organisation's sector, in construct or through a pronoun; of a state it keeps its own.
    {"قال قائد قوات الدعم السريع إن قواته ستقتحم المدينة.", "قواته", "actor", "SDN", "REB", ""},
    {"اعتقلت سلطات الحوثيين موظفين أمميين.", "سلطات الحوثيين", "actor", "YEM", "REB", ""},
    {"قال رئيس حزب الوفد إن الانتخابات نزيهة.", "رئيس حزب الوفد", "actor", "EGY", "PTY", ""},
    {"انتقد رئيس منظمة العفو الدولية الحكومة.", "رئيس منظمة العفو الدولية", "actor", "", "NGO", ""},
    {"قتل موظفو الأونروا في غزة.", "موظفو الأونروا", "actor", "", "IGO", ""},
    // (Forces in construct with a state's army are that army, one mention: arg16s.)
    {"تقدمت قوات الجيش السوري نحو المدينة.", "قوات الجيش السوري", "actor", "SYR", "MIL", ""},
    {"قال وزير الخارجية الإيراني إن بلاده مستعدة.", "وزير الخارجية الإيراني", "actor", "IRN", "GOV", ""},
    {"قال الجيش التركي إن قواته جاهزة.", "قواته", "actor", "TUR", "MIL", ""},
    {"اندلعت معارك بين قوات الناتو ومسلحي طالبان.", "قوات الناتو", "actor", "", "MIL", ""},
    // A name with a number in it: the number continues the name (it is a quantity too).
    {"اشتبك اللواء 444 قتال مع مسلحين في طرابلس.", "اللواء 444 قتال", "actor", "LBY", "*", ""},
    {"قالت الوحدة 8200 إنها رصدت الاتصالات.", "الوحدة 8200", "actor", "ISR", "*", ""},
    {"هاجم اللواء 106 مواقع في بنغازي.", "اللواء 106", "actor", "LBY", "*", ""},
    {"نظمت حركة 6 أبريل وقفة احتجاجية.", "حركة 6 أبريل", "actor", "EGY", "*", ""},
    {"قالت قناة فرانس 24 إن الوضع هادئ.", "قناة فرانس 24", "actor", "FRA", "MED", ""},
    // A name whose first word carries لـ covers that word, as with the other clitics.
    {"وجهت الحكومة اتهامات لقوات الدعم السريع بارتكاب انتهاكات.", "لقوات الدعم السريع", "actor", "SDN", "REB", ""},
    {"قدمت الولايات المتحدة أسلحة لقوات الدعم السريع.", "لقوات الدعم السريع", "actor", "SDN", "REB", ""},
    {"وجهت الحكومة اتهامات بقوات الدعم السريع.", "بقوات الدعم السريع", "actor", "SDN", "REB", ""},
    // A name of generic wording refused by the context (?الحكومة الشرعية is Yemen's) leaves the
    // shorter names inside it: الحكومة, of the state after في; in a Yemeni document the whole name.
    {"قالت الحكومة الشرعية في ليبيا إنها سترد.", "الحكومة", "actor", "LBY", "GOV", ""},
    {"قالت الحكومة الشرعية في اليمن إنها سترد.", "الحكومة الشرعية في اليمن", "actor", "YEM", "*", ""},
    {"قال الحزب الشيوعي التركي إنه سيشارك في الانتخابات.", "الحزب الشيوعي التركي", "actor", "TUR", "PTY", ""},
    // Factions of a non-state armed group with a nationality, in construct, are of its country, with
    // their own sector, as الفصائل الفلسطينية.
    {"هاجمت فصائل المقاومة الفلسطينية مواقع للجيش الإسرائيلي.", "فصائل المقاومة الفلسطينية", "actor", "PSE", "REB",
     ""},
    {"أعلنت الفصائل الفلسطينية الهدنة.", "الفصائل الفلسطينية", "actor", "PSE", "REB", ""},
    // An indefinite accusative is the object, not a genitive: قناص and شابا are two mentions.
    {"وقتل قناص شابا في المدينة.", "شابا", "actor", "", "CVL", ""},
    {"وقتل قناص شابا في المدينة.", "قناص", "actor", "", "UAF", ""},  // (a sniper of no side: UAF, agents.tsv MIL?UAF)
};

TEST(LexiconTest, RecognizesActorsAndPlaces) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  for (const Mentioned& x : kMentions) {
    Document doc;
    doc.text = x.text;
    worker.Analyze(doc);
    bool found = false;
    for (const Mention* mp : MentionsWithText(worker, x.span_text)) {
      const Mention& m = *mp;
      if (std::string(x.type) == "place") {
        if (!m.is_place()) continue;
        const PlaceRecord& p = engine->lexicon().places()[m.place];
        found = p.country == x.country && (!*x.name_en || p.name_en == x.name_en);
      } else {
        found = m.is_actor && m.country == x.country && (std::string(x.sector) == "*" || m.sector == x.sector);
      }
      if (found) break;
    }
    EXPECT_TRUE(found) << x.text << ": expected " << x.type << " '" << x.span_text << "' " << x.country;
  }
}

// One name codes differently by date: the line of people.tsv in force on the document date.
const testing::DatedActor kDatedRoles[] = {
    {"2010-05-01", "قال حامد كرزاي إن الحكومة مستعدة للحوار.", "حامد كرزاي", "AFG", "GOV"},
    {"2016-05-01", "قال حامد كرزاي إن الحكومة مستعدة للحوار.", "حامد كرزاي", "AFG", "ELI"},
    {"2005-03-01", "استقبل برويز مشرف السفير في إسلام آباد.", "برويز مشرف", "PAK", "GOV"},
    {"2010-03-01", "استقبل برويز مشرف السفير في إسلام آباد.", "برويز مشرف", "PAK", "ELI"},
    {"2007-10-18", "عادت بي نظير بوتو إلى كراتشي.", "بي نظير بوتو", "PAK", "OPP"},
    {"2018-06-01", "أصدر هبة الله أخوندزاده بيانا.", "هبة الله أخوندزاده", "AFG", "REB"},
    {"2022-06-01", "أصدر هبة الله أخوندزاده بيانا.", "هبة الله أخوندزاده", "AFG", "GOV"},
};

TEST(LexiconTest, PeopleCodeByTheRoleInForceOnTheDate) {
  std::string error;
  const Engine* engine = TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectDatedActors(engine, kDatedRoles);
}

// The line of a person an undated document takes: an open line, a current role before an open
// "former ..." line (which people.tsv gives a living office holder once his office ends), else the
// last line. A small people.tsv, so that a person can have both open lines.
struct UndatedRole {
  const char* actor_id;
  const char* date;
  const char* sector;
};

const UndatedRole kUndatedRoles[] = {
    {"PER_A", "", "OPP"},            // a party leader now, and former president: the current role
    {"PER_A", "2015-01-01", "GOV"},  // dated: the line in force
    {"PER_B", "", "ELI"},            // only the former line is open: he is a former minister
    {"PER_C", "", "GOV"},            // no open line (the dead get none): the last one
};

TEST(LexiconTest, UndatedDocumentsTakeTheCurrentRole) {
  std::string dir = ::testing::TempDir() + "/rasad_lexicon_undated_" + std::to_string(getpid());
  std::filesystem::create_directories(dir + "/lexicon/places");
  std::ofstream(dir + "/lexicon/places/iso2_to_iso3.tsv") << "LY\tLBY\n";
  std::ofstream(dir + "/lexicon/sectors.tsv") << "GOV\tgovernment\nOPP\topposition\nELI\telites\n";
  std::ofstream(dir + "/lexicon/countries.tsv") << "LBY\tLibya\tليبيا\tليبي\n";
  std::ofstream(dir + "/lexicon/word_kinds.tsv") << "في\tlocative\n";
  std::ofstream(dir + "/lexicon/places/curated.tsv") << "";
  std::ofstream(dir + "/lexicon/people.tsv")
      << "PER_A\tA\tألف باء\tLBY\tGOV\tpresident\t2010-01-01\t2018-01-01\n"
         "PER_A\tA\tألف باء\tLBY\tOPP\tparty leader\t2018-01-01\t\n"
         "PER_A\tA\tألف باء\tLBY\tELI\tformer president\t2018-01-01\t\n"
         "PER_B\tB\tجيم دال\tLBY\tGOV\tminister\t2010-01-01\t2015-01-01\n"
         "PER_B\tB\tجيم دال\tLBY\tELI\tformer minister\t2015-01-01\t\n"
         "PER_C\tC\tهاء واو\tLBY\tGOV\tpresident\t2000-01-01\t2005-01-01\n";
  auto lexicon = Lexicon::Load({dir, ""}, nullptr);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  const Lexicon& lex = **lexicon;
  for (const UndatedRole& x : kUndatedRoles) {
    const Actor* actor = nullptr;
    for (const Actor& a : lex.actors()) {
      if (lex.record(a.periods[0]).actor_id == x.actor_id) actor = &a;
    }
    ASSERT_NE(actor, nullptr) << x.actor_id;
    EXPECT_EQ(lex.RecordOn(*actor, x.date).sector, x.sector) << x.actor_id << " on '" << x.date << "'";
  }
  std::filesystem::remove_all(dir);
}

TEST(LexiconTest, PlaceNounsAreNotPlaceNames) {
  // المدينة is "the city" here, not Medina.
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  Document doc;
  doc.text = "فرت القوات من المدينة.";
  worker.Analyze(doc);
  for (const Mention& m : worker.recognition().mentions) EXPECT_FALSE(m.is_place());
}

TEST(LexiconTest, WithinOneEdit) {
  EXPECT_TRUE(WithinOneEdit("رامب", "ترامب"));
  EXPECT_TRUE(WithinOneEdit("مرهونه", "ترهونه"));
  EXPECT_TRUE(WithinOneEdit("abc", "abc"));
  EXPECT_FALSE(WithinOneEdit("رامب", "ترامبي1"));
  EXPECT_FALSE(WithinOneEdit("حفتر", "سراج"));
  // Edits counted in code points, whatever their bytes share (Arabic letters share lead bytes).
  struct Case {
    const char* a;
    const char* b;
    bool within;
  };
  const Case cases[] = {
      {"باب", "بات", true},         // last letter replaced (same lead byte)
      {"باب", "تاب", true},         // first letter replaced
      {"بابا", "تاتا", false},      // two replaced
      {"كتاب", "كتب", true},        // one deleted in the middle
      {"كتاب", "كتابة", true},      // one added at the end
      {"كتاب", "الكتاب", false},    // two added
      {"سوريا", "سورية", true},
      {"ab", "ba", false},          // a transposition is two edits
      {"", "a", true},
      {"", "ab", false},
      {"aaa", "aa", true},          // prefix and suffix overlap
      {"a€b", "a$b", true},         // a three-byte code point replaced by one byte
      {"a€€b", "a$$b", false},
      // Five bytes or more: first and last code points both changed is never one edit.
      {"abcde", "zbcdy", false},
      {"abcde", "abcdz", true},
      {"abcde", "zbcde", true},
      {"باباب", "تاباتا", false},
      {"€abcd", "$abcd", true},     // a first three-byte code point replaced by one byte
      {"abcd€", "abcd$", true},
      {"abcd€", "abcd₤", true},     // last bytes differ within one code point
      {"غريان", "غريان", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(WithinOneEdit(c.a, c.b), c.within) << c.a << " / " << c.b;
    EXPECT_EQ(WithinOneEdit(c.b, c.a), c.within) << c.b << " / " << c.a;
  }
}

}  // namespace
}  // namespace rasad
