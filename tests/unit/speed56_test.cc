// Guards for the speed work of session 56 (no reading changes; every row is a guard_ that passed before the change
// and must pass after it, its expectation written by hand from the dictionaries' rows):
//   - Lexicon::OneWordForms reads a byte per record from a table per entry kind, by the record's index, where it
//     looked the packed payload up in a hash map. The answers must stay those of the names in data/lexicon: the
//     article on a one-word name (الموساد، العراق), none (!حماس، مصر), or 0 for a record named only in longer
//     names (حزب الله، حزب الله اللبناني ...); the payload's contextual and sure bits do not change the answer; an
//     index past every record of its kind, and a kind no entry has, answer 0.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

struct FormsRow {
  EntryKind kind;  // kActor (by actor_id) or kCountry (by ISO3)
  const char* id;
  uint8_t forms;  // Lexicon::kWithArticle | kWithoutArticle, or 0
};

// The payload of the record `id` of `kind` (an actor's index in actors(), a country's in countries()), or -1.
int64_t PayloadOf(const Lexicon& lex, EntryKind kind, const std::string& id) {
  if (kind == EntryKind::kActor) {
    for (size_t i = 0; i < lex.actors().size(); ++i) {
      const std::vector<uint32_t>& periods = lex.actors()[i].periods;
      if (!periods.empty() && lex.record(periods.back()).actor_id == id) {
        return EntryRef::Pack(kind, static_cast<uint32_t>(i));
      }
    }
  } else if (kind == EntryKind::kCountry) {
    for (size_t i = 0; i < lex.countries().size(); ++i) {
      if (lex.record(lex.countries()[i]).country == id) return EntryRef::Pack(kind, static_cast<uint32_t>(i));
    }
  }
  return -1;
}

TEST(Speed56Test, GuardOneWordFormsOfDictionaryNames) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  const Lexicon& lex = engine->lexicon();
  const std::vector<FormsRow> guard_rows = {
      {EntryKind::kActor, "ISR_MOSSAD", Lexicon::kWithArticle},        // الموساد
      {EntryKind::kActor, "PSE_HAMAS", Lexicon::kWithoutArticle},      // !حماس
      {EntryKind::kActor, "LBN_HEZBOLLAH", 0},                         // حزب الله and longer names only
      {EntryKind::kCountry, "IRQ", Lexicon::kWithArticle},             // العراق
      {EntryKind::kCountry, "EGY", Lexicon::kWithoutArticle},          // مصر
  };
  for (const FormsRow& row : guard_rows) {
    const int64_t payload = PayloadOf(lex, row.kind, row.id);
    ASSERT_GE(payload, 0) << row.id;
    const auto p = static_cast<uint32_t>(payload);
    EXPECT_EQ(lex.OneWordForms(p), row.forms) << row.id;
    // (The marks of a contextual or sure name are not part of the record.)
    EXPECT_EQ(lex.OneWordForms(p | EntryRef::kContextualBit | EntryRef::kSureBit), row.forms) << row.id;
  }
}

TEST(Speed56Test, GuardOneWordFormsOutsideTheTables) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  const Lexicon& lex = engine->lexicon();
  // An index past the last record of its kind, and the three kind values no entry has (5, 6, 7).
  EXPECT_EQ(lex.OneWordForms(EntryRef::Pack(EntryKind::kActor, EntryRef::kIndexMask)), 0);
  EXPECT_EQ(lex.OneWordForms(EntryRef::Pack(EntryKind::kCountry, EntryRef::kIndexMask)), 0);
  for (uint32_t kind = 5; kind < 8; ++kind) EXPECT_EQ(lex.OneWordForms(kind << 28), 0) << kind;
}

}  // namespace
}  // namespace rasad
