// Guards for the speed work of session 67 (no reading changes): each place knows whether it is its country's
// capital (PlaceRecord::capital, set at load where Lexicon::CapitalPlace's map takes it), and the recognizer reads
// the flag instead of looking the country up. The flag must agree with CapitalPlace for every place of the
// dictionaries; Baghdad is Iraq's capital and Basra, a city of Iraq, is not (written by hand).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "coder/engine.h"
#include "lexicon/lexicon.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

TEST(LexiconSpeed67Test, guard_CapitalFlagAgreesWithCapitalPlace) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const Lexicon& lex = engine->lexicon();
  size_t capitals = 0;
  for (size_t i = 0; i < lex.places().size(); ++i) {
    const PlaceRecord& p = lex.places()[i];
    const bool expected = !p.country.empty() && lex.CapitalPlace(p.country) == static_cast<int32_t>(i);
    EXPECT_EQ(p.capital, expected) << p.name_en << " (" << p.country << ")";
    if (p.capital) ++capitals;
  }
  EXPECT_GT(capitals, 0u);
}

TEST(LexiconSpeed67Test, guard_BaghdadIsIraqsCapitalAndBasraIsNot) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const Lexicon& lex = engine->lexicon();
  bool baghdad = false, basra = false;
  for (const PlaceRecord& p : lex.places()) {
    if (p.country != "IRQ" || !p.capital) continue;
    baghdad = baghdad || p.name_en == "Baghdad";
    basra = basra || p.name_en == "Basra";
  }
  EXPECT_TRUE(baghdad);
  EXPECT_FALSE(basra);
}

}  // namespace
}  // namespace rasad
