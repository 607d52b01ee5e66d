// Sentences and clauses (text/segmenter.h), as a reader would draw them.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

using Texts = std::vector<std::string>;

struct Case {
  std::string text;
  Texts expected;
};

const Case kSentenceCases[] = {
    {"قال الرئيس. وصل الوفد.", {"قال الرئيس.", "وصل الوفد."}},
    {"هل وصل؟ نعم! ثم غادر", {"هل وصل؟", "نعم!", "ثم غادر"}},
    {"Did it? Yes.", {"Did it?", "Yes."}},
    {"انتهى… ثم بدأ", {"انتهى…", "ثم بدأ"}},
    {"انتهى... ثم بدأ", {"انتهى...", "ثم بدأ"}},
    // A line break is a paragraph break.
    {"السطر الأول\nالسطر الثاني", {"السطر الأول", "السطر الثاني"}},
    {"العنوان\r\n\r\nالفقرة الأولى.", {"العنوان", "الفقرة الأولى."}},
    // Runs of stops count once.
    {"يا للهول…!!! ماذا حدث", {"يا للهول…!!!", "ماذا حدث"}},
    {"مصير الصراع … !!!\nامتداد الصراع", {"مصير الصراع … !!!", "امتداد الصراع"}},
    {"حقا؟! نعم", {"حقا؟!", "نعم"}},
    // Not after abbreviations, not inside numbers.
    {"قال د. أحمد إن الوضع خطير.", {"قال د. أحمد إن الوضع خطير."}},
    {"The U.S. forces left. Then", {"The U.S. forces left.", "Then"}},
    {"Mr. Smith arrived.", {"Mr. Smith arrived."}},
    {"بلغ النمو 3.5 بالمئة. ثم", {"بلغ النمو 3.5 بالمئة.", "ثم"}},
    {"بلغ العدد 3. ثم", {"بلغ العدد 3.", "ثم"}},
    // Not inside a quotation that closes in the paragraph; a stop that ends it takes the quote along.
    {"قال «انتهى الأمر. سنعود» ثم غادر.", {"قال «انتهى الأمر. سنعود» ثم غادر."}},
    {"قال «انتهى الأمر.» ثم غادر.", {"قال «انتهى الأمر.»", "ثم غادر."}},
    {"قال \"انتهى. سنعود\" ثم غادر.", {"قال \"انتهى. سنعود\" ثم غادر."}},
    {"قال «انتهى. ثم", {"قال «انتهى.", "ثم"}},
    {"(انتهى.) ثم", {"(انتهى.)", "ثم"}},
    {"", {}},
    {"  \n ", {}},
};

// QuoteKind, which the coder asks too (a group's name in quotes after its head noun: مسلحون من جماعة «...»).
TEST(SegmenterTest, QuoteKindTellsOpeningFromClosingMarks) {
  EXPECT_EQ(QuoteKind("«"), 1);
  EXPECT_EQ(QuoteKind("“"), 1);
  EXPECT_EQ(QuoteKind("»"), 2);
  EXPECT_EQ(QuoteKind("”"), 2);
  EXPECT_EQ(QuoteKind("\""), 3);
  EXPECT_EQ(QuoteKind("،"), 0);
  EXPECT_EQ(QuoteKind("."), 0);
  EXPECT_EQ(QuoteKind("("), 0);
}

TEST(SegmenterTest, Sentences) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const Case& c : kSentenceCases) {
    AnalyzedText t = analyzer.Analyze(c.text);
    EXPECT_EQ(testing::SentenceTexts(t), c.expected) << c.text;
    // Every token belongs to the sentence whose token range holds it.
    for (uint32_t s = 0; s < t.sentences.size(); ++s) {
      for (uint32_t k = t.sentences[s].first_token; k < t.sentences[s].end_token; ++k) {
        EXPECT_EQ(t.tokens[k].sentence, s) << c.text;
      }
    }
  }
}

// Clause markers come from data/text/clause_markers.tsv; the verbs are added here so that the
// و + verb rule does not depend on hunspell.
std::unique_ptr<TextResources> ClauseResources() {
  auto loaded = TextResources::Load(RASAD_DATA_DIR, "");
  if (!loaded.ok()) return nullptr;
  std::unique_ptr<TextResources> res = std::move(loaded).value();
  for (const char* verb : {"أكد", "غادر", "قصف"}) res->words.Add(verb, kWordVerb);
  for (const char* noun : {"وفد", "قوات", "دعم"}) res->words.Add(noun, kWordNoun);
  res->words.Add("تقدم", kWordVerb | kWordNoun);
  return res;
}

const Case kClauseCases[] = {
    {"قصفت الطائرات المدينة فيما انسحبت القوات",
     {"قصفت الطائرات المدينة", "فيما انسحبت القوات"}},
    {"تقدم الجيش بينما تراجع المسلحون", {"تقدم الجيش", "بينما تراجع المسلحون"}},
    {"زار بنغازي حيث التقى حفتر", {"زار بنغازي", "حيث التقى حفتر"}},
    {"سقطت قذيفة ما أدى الى مقتل ثلاثة", {"سقطت قذيفة", "ما أدى الى مقتل ثلاثة"}},
    {"سقطت قذيفة مما أدى الى مقتل ثلاثة", {"سقطت قذيفة", "مما أدى الى مقتل ثلاثة"}},
    {"انسحب الجيش وفيما بعد عاد", {"انسحب الجيش", "وفيما بعد عاد"}},
    // و + a word that can only be a verb opens a clause; و + a noun, or a verb that is also a noun,
    // does not.
    {"زار الوزير المدينة واكد دعمه", {"زار الوزير المدينة", "واكد دعمه"}},
    {"وصل الوزير والوفد", {"وصل الوزير والوفد"}},
    {"وصل الوزير وتقدم الوفد", {"وصل الوزير وتقدم الوفد"}},
    // The first word of a sentence never opens a second clause.
    {"واكد الوزير دعمه", {"واكد الوزير دعمه"}},
    // After a semicolon.
    {"انتهى الاجتماع؛ الوفد غادر", {"انتهى الاجتماع؛", "الوفد غادر"}},
    // Clauses stay within their sentence.
    {"وصل الوفد. فيما غادر الوزير", {"وصل الوفد.", "فيما غادر الوزير"}},
};

TEST(SegmenterTest, Clauses) {
  std::unique_ptr<TextResources> res = ClauseResources();
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res.get());
  for (const Case& c : kClauseCases) {
    AnalyzedText t = analyzer.Analyze(c.text);
    EXPECT_EQ(testing::ClauseTexts(t), c.expected) << c.text;
    uint32_t next = 0;
    for (uint32_t i = 0; i < t.clauses.size(); ++i) {
      const Clause& cl = t.clauses[i];
      EXPECT_EQ(cl.first_token, next) << c.text;  // clauses tile the tokens
      next = cl.end_token;
      const Sentence& s = t.sentences[cl.sentence];
      EXPECT_GE(cl.first_token, s.first_token) << c.text;
      EXPECT_LE(cl.end_token, s.end_token) << c.text;
      for (uint32_t k = cl.first_token; k < cl.end_token; ++k) EXPECT_EQ(t.tokens[k].clause, i) << c.text;
    }
    EXPECT_EQ(next, t.tokens.size()) << c.text;
  }
}

}  // namespace
}  // namespace rasad
