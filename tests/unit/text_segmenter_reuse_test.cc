// Sentences (text/segmenter.h) of texts segmented one after another on one thread: what the
// segmenter keeps between texts (its marks of quotations, the quotations left open) never carries
// over from one text to the next. Guards of the buffers kept per thread (session 22).
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

struct Row {
  const char* before;  // segmented first, on the same thread
  const char* text;
  std::vector<std::string> expected;
};

TEST(SegmenterReuseTest, NothingCarriesOverFromTheTextBefore) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  const std::vector<Row> rows = {
      // A longer text before, whose quotation held tokens 2-9: the stops of this one are no quotation.
      {"قال «انتهى الأمر. سنعود الآن. ثم نرى» ثم غادر.", "وصل الوفد. ثم غادر. وعاد.",
       {"وصل الوفد.", "ثم غادر.", "وعاد."}},
      // A quotation left open at the end of the text before: this text's » closes nothing.
      {"قال «انتهى.", "وصل. ثم غادر. نعم» ثم عاد.", {"وصل.", "ثم غادر.", "نعم» ثم عاد."}},
      // And a quotation in this text is still one.
      {"وصل الوفد. ثم غادر.", "قال «انتهى الأمر. سنعود» ثم غادر.", {"قال «انتهى الأمر. سنعود» ثم غادر."}},
  };
  for (const Row& row : rows) {
    TextAnalyzer analyzer(res);
    analyzer.Analyze(row.before);
    AnalyzedText t = analyzer.Analyze(row.text);
    EXPECT_EQ(testing::SentenceTexts(t), row.expected) << row.before << " | " << row.text;
  }
}

}  // namespace
}  // namespace rasad
