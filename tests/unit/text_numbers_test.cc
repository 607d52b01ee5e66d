// Quantities (text/number_words.h): digits, number words and vague quantifiers as counts.
#include "text/number_words.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "text/text_analyzer.h"
#include "unit/text_test_support.h"

namespace rasad {
namespace {

TEST(NumberWordsTest, ParseDigits) {
  struct Case {
    std::string text;
    double value;  // NaN when not a number
  };
  const Case cases[] = {
      {"80", 80}, {"1,500", 1500}, {"1,500,000", 1500000}, {"3.5", 3.5}, {"2019", 2019},
      {"", NAN},  {"abc", NAN},    {"8a", NAN},
  };
  for (const Case& c : cases) {
    double got = ParseDigits(c.text);
    if (std::isnan(c.value)) {
      EXPECT_TRUE(std::isnan(got)) << c.text;
    } else {
      EXPECT_DOUBLE_EQ(got, c.value) << c.text;
    }
  }
}

struct Expected {
  double value;
  bool vague;
  std::string unit;
  std::string text;  // the quantity's tokens in the original
  QuantityBound bound = QuantityBound::kExact;
};

struct Case {
  std::string text;
  std::vector<Expected> quantities;
};

const Case kCases[] = {
    {"قتل ٨٠ شخصا", {{80, false, "", "٨٠"}}},
    {"نزح 1,500 شخص", {{1500, false, "", "1,500"}}},
    {"نزح ١٬٥٠٠ شخص", {{1500, false, "", "١٬٥٠٠"}}},
    {"بلغ 3.5 مليون", {{3500000, false, "", "3.5 مليون"}}},
    {"ارسلت ثلاثة آلاف جندي", {{3000, false, "", "ثلاثة آلاف"}}},
    {"سقط خمسة وعشرين قتيلا", {{25, false, "", "خمسة وعشرين"}}},
    {"مئة وخمسون", {{150, false, "", "مئة وخمسون"}}},
    {"ألف وخمسمائة", {{1500, false, "", "ألف وخمسمائة"}}},
    {"ثلاثة ملايين", {{3000000, false, "", "ثلاثة ملايين"}}},
    {"مليون لاجئ", {{1000000, false, "", "مليون"}}},
    // Vague quantifiers count as their documented lower bound.
    {"عشرات الجرحى", {{12, true, "", "عشرات"}}},
    {"مئات القتلى", {{100, true, "", "مئات"}}},
    {"مصرع المئات", {{100, true, "", "المئات"}}},
    {"عشرات الآلاف من النازحين", {{12000, true, "", "عشرات الآلاف"}}},
    {"آلاف المتظاهرين", {{1000, true, "", "آلاف"}}},
    {"بضعة جنود", {{3, true, "", "بضعة"}}},
    // A measure word after a number gives the unit.
    {"على بعد ٨٠ كيلومترا", {{80, false, "km", "٨٠ كيلومترا"}}},
    {"على بعد 5 كلم", {{5, false, "km", "5 كلم"}}},
    {"كيلومترا", {}},
    // Two bare numbers in a row are two quantities; sentences are not crossed.
    {"2019 80", {{2019, false, "", "2019"}, {80, false, "", "80"}}},
    {"قتل خمسة. وعشرة جرحى", {{5, false, "", "خمسة"}, {10, false, "", "وعشرة"}}},
    {"لا ارقام هنا", {}},
    // A bounding phrase before the number joins the quantity; the value stays the number's.
    {"عفا عن أكثر من ثمانية آلاف سجين", {{8000, false, "", "أكثر من ثمانية آلاف", QuantityBound::kAtLeast}}},
    {"قدمت مساعدات لأكثر من ألف أسرة", {{1000, false, "", "لأكثر من ألف", QuantityBound::kAtLeast}}},
    {"قتل ما لا يقل عن 20 شخصا", {{20, false, "", "ما لا يقل عن 20", QuantityBound::kAtLeast}}},
    {"اعتقلت الشرطة نحو ثلاثين متظاهرا", {{30, false, "", "نحو ثلاثين", QuantityBound::kAbout}}},
    {"نزح حوالي ٥٠٠ شخص", {{500, false, "", "حوالي ٥٠٠", QuantityBound::kAbout}}},
    {"أصيب أقل من عشرة أشخاص", {{10, false, "", "أقل من عشرة", QuantityBound::kAtMost}}},
    // نحو is a preposition before anything but a number.
    {"تقدمت القوات نحو المدينة ثم قتل 5", {{5, false, "", "5"}}},
};

TEST(NumberWordsTest, Quantities) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    AnalyzedText t = analyzer.Analyze(c.text);
    ASSERT_EQ(t.quantities.size(), c.quantities.size());
    for (size_t i = 0; i < c.quantities.size(); ++i) {
      const Quantity& q = t.quantities[i];
      const Expected& e = c.quantities[i];
      EXPECT_DOUBLE_EQ(q.value, e.value);
      EXPECT_EQ(q.vague, e.vague);
      EXPECT_EQ(q.unit, e.unit);
      EXPECT_EQ(testing::SpanText(t, q.first_token, q.end_token), e.text);
      EXPECT_EQ(q.bound, e.bound);
    }
  }
}

TEST(NumberWordsTest, TokenValues) {
  const TextResources* res = testing::Resources(false);
  ASSERT_NE(res, nullptr);
  TextAnalyzer analyzer(res);
  AnalyzedText t = analyzer.Analyze("قتل ٨٠ وثلاثة");
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_TRUE(std::isnan(t.tokens[0].value));
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(t.Norm(t.tokens[1]), "80");
  EXPECT_DOUBLE_EQ(t.tokens[1].value, 80);
  EXPECT_DOUBLE_EQ(t.tokens[2].value, 3);
}

TEST(NumberWordsTest, LoadErrorsNameFileAndLine) {
  NumberWords n;
  Status s = n.Load("/nonexistent/numbers.tsv");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/numbers.tsv"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace rasad
