// Lexicon::PersonNamesAfter, the index the recognizer's person-name typo check reads (the words after
// a first word that complete a person's name), and guards on that check in sentences written for
// these tests (expectations checked by hand).
#include <gtest/gtest.h>

#include <string>

#include "coder/engine.h"
#include "lexicon/phrase_matcher.h"
#include "text/arabic_normalizer.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::TestEngine;

// The bare matching form of a word as written.
std::string Bare(std::string_view written) { return std::string(BareWord(ArabicNormalizer::Get().Normalize(written))); }

struct PersonNameRow {
  const char* first;
  const char* second;
  bool listed;  // whether `second` completes a person's name after `first`
};

const PersonNameRow kPersonNameRows[] = {
    {"خليفة", "حفتر", true},    // Khalifa Haftar
    {"فايز", "السراج", true},   // Fayez al-Sarraj
    {"الجيش", "الوطني", false},  // an army, no person
    {"مجلس", "الأمن", false},    // the Security Council
};

TEST(LexiconPersonNamesTest, PersonNamesAfterListsTheSecondWordsOfPeople) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  const Lexicon& lex = engine->lexicon();
  const PhraseMatcher& pm = lex.matcher();
  for (const PersonNameRow& row : kPersonNameRows) {
    uint32_t first = pm.WordId(Bare(row.first));
    ASSERT_NE(first, PhraseMatcher::kNoWord) << row.first;
    uint32_t node = pm.Step(0, first);
    ASSERT_NE(node, 0u) << row.first;
    uint32_t second = pm.WordId(Bare(row.second));
    bool listed = false;
    for (const auto& [word, child] : lex.PersonNamesAfter(node)) {
      EXPECT_NE(pm.Payloads(child), nullptr) << row.first;
      listed = listed || word == second;
    }
    EXPECT_EQ(listed, row.listed) << row.first << " " << row.second;
  }
  EXPECT_TRUE(lex.PersonNamesAfter(0).empty());  // the root is no first word
}

struct TypoRow {
  const char* text;
  const char* corrected_to;  // bare matching form of the word read, or "" for no correction
};

// Guards: these pass before the index too (the typo check reads the same words in the same order).
const TypoRow kTypoRows[] = {
    {"قال فايز السراح إن الحكومة ستواصل الحوار.", "سراج"},
    {"التقى المبعوث الأممي خليفة حفتز في بنغازي أمس.", "حفتر"},
    {"التقى المبعوث الأممي خليفة حفتر في بنغازي أمس.", ""},
};

TEST(LexiconPersonNamesTest, TypoInASecondNameIsReadAsThePerson) {
  const Engine* engine = TestEngine();
  ASSERT_NE(engine, nullptr);
  for (const TypoRow& row : kTypoRows) {
    Worker worker(engine);
    Document doc;
    doc.id = "t";
    doc.text = row.text;
    worker.Analyze(doc);
    std::string corrected;
    for (const Mention& m : worker.recognition().mentions) {
      if (m.corrected) corrected = m.corrected_to;
    }
    EXPECT_EQ(corrected, row.corrected_to) << row.text;
  }
}

}  // namespace
}  // namespace rasad
