// One-word cues of modality and grammar (data/coder/cues.tsv, grammar.tsv) are registered in the engine's
// word set. Only particles become function words: a cue the Arabic dictionary knows as a noun or a verb
// (اتهام، متظاهرين، قررت) stays a content word, or the coder's rules that pass over particles pass over it
// too; a cue listed as a preposition, relative or adverb (ضد، جراء، التي) is a function word whatever the
// dictionary says. Expected classes written by hand from Arabic grammar.
#include <gtest/gtest.h>

#include <string>

#include "text/arabic_normalizer.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

uint8_t ClassOf(const Engine& engine, const std::string& word) {
  return engine.text().words.Classes(ArabicNormalizer::Get().Normalize(word));
}

TEST(CueWordClass, NounAndVerbCuesAreNoParticles) {
  if (!testing::HaveHunspell()) GTEST_SKIP() << "hunspell-ar is not installed";
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const char* w : {"اتهام", "اتهامات", "متظاهرين", "محتجين", "قررت", "مصادر", "جهود", "عمليات"}) {
    EXPECT_EQ(ClassOf(*engine, w) & kWordFunction, 0) << w;
  }
}

TEST(CueWordClass, ParticlesStayFunctionWords) {
  if (!testing::HaveHunspell()) GTEST_SKIP() << "hunspell-ar is not installed";
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const char* w : {"ضد", "جراء", "عقب", "التي", "الذين", "لم", "لن", "قد", "في"}) {
    EXPECT_NE(ClassOf(*engine, w) & kWordFunction, 0) << w;
  }
}

}  // namespace
}  // namespace rasad
