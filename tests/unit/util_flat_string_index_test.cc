// FlatStringIndex (util/flat_string_index.h): ids in insertion order, lookups, and a hash that
// reads every byte of a key whatever its length.
#include "util/flat_string_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasad {
namespace {

TEST(FlatStringIndexTest, IdsInInsertionOrder) {
  FlatStringIndex index;
  EXPECT_EQ(index.Find("قوات"), FlatStringIndex::kNone);
  EXPECT_EQ(index.Insert("قوات"), 0u);
  EXPECT_EQ(index.Insert("حفتر"), 1u);
  EXPECT_EQ(index.Insert("قوات"), 0u);
  EXPECT_EQ(index.Find("حفتر"), 1u);
  EXPECT_EQ(index.Find("حفت"), FlatStringIndex::kNone);
  EXPECT_EQ(index.key(1), "حفتر");
  EXPECT_EQ(index.size(), 2u);
}

TEST(FlatStringIndexTest, ManyKeysSurviveGrowth) {
  FlatStringIndex index;
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back("k" + std::to_string(i * 7919));
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(index.Insert(keys[i]), i);
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(index.Find(keys[i]), i) << keys[i];
  EXPECT_EQ(index.Find("k1"), FlatStringIndex::kNone);
}

// The tail of a key (its last 1-7 bytes) is read in pieces; a byte that no piece covered would
// leave two keys differing only there with one hash. Flip each byte of keys of every length.
TEST(FlatStringIndexTest, HashReadsEveryByte) {
  for (size_t length = 1; length <= 24; ++length) {
    std::string key(length, 'a');
    for (size_t i = 0; i < length; ++i) key[i] = static_cast<char>('a' + i % 26);
    const uint64_t h = FlatStringIndex::Hash(key);
    for (size_t i = 0; i < length; ++i) {
      std::string other = key;
      other[i] = static_cast<char>(other[i] ^ 0x40);
      EXPECT_NE(FlatStringIndex::Hash(other), h) << "length " << length << ", byte " << i;
    }
    // A prefix (the same bytes, one fewer) hashes differently too.
    EXPECT_NE(FlatStringIndex::Hash(key.substr(0, length - 1)), h) << "length " << length;
  }
}

TEST(FlatStringIndexTest, HashIsAFunctionOfTheBytes) {
  const std::string a = "مدينة غريان";
  const std::string b(a.data(), a.size());  // another buffer, the same bytes
  EXPECT_EQ(FlatStringIndex::Hash(a), FlatStringIndex::Hash(b));
  EXPECT_EQ(FlatStringIndex::Hash(std::string_view(a).substr(2, 5)),
            FlatStringIndex::Hash(std::string(a.substr(2, 5))));
}

}  // namespace
}  // namespace rasad
