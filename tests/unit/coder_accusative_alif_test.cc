// The coder's one test of the indefinite accusative's alif (src/coder/accusative_alif.h), which six readings of the
// coder share: words written for this table, in the original text's form (with or without tanwin) and in the
// normalized form the coder mostly gives it. Every expected value was written by hand from the Arabic.
#include <gtest/gtest.h>

#include "coder/accusative_alif.h"

namespace rasad::detail {
namespace {

TEST(AccusativeAlif, TheAlifAndTheTanwinAfterIt) {
  EXPECT_TRUE(EndsInAccusativeAlif("قتيلا"));
  EXPECT_TRUE(EndsInAccusativeAlif("احتجاجا"));
  EXPECT_TRUE(EndsInAccusativeAlif("احتجاجاً"));  // the tanwin the original text may keep
  EXPECT_FALSE(EndsInAccusativeAlif("احتجاج"));
  EXPECT_FALSE(EndsInAccusativeAlif("الاحتجاجات"));
  EXPECT_FALSE(EndsInAccusativeAlif("مبنى"));  // alif maqsura is no accusative's alif
  EXPECT_FALSE(EndsInAccusativeAlif("نبأ"));   // nor a hamza on alif in the original text
  EXPECT_FALSE(EndsInAccusativeAlif(""));
  EXPECT_TRUE(EndsInAccusativeAlif("ا"));  // with no letters asked for before it, the alif alone
}

TEST(AccusativeAlif, LettersBeforeTheAlif) {
  EXPECT_FALSE(EndsInAccusativeAlif("ا", 1));
  EXPECT_TRUE(EndsInAccusativeAlif("ما", 1));
  EXPECT_FALSE(EndsInAccusativeAlif("ما", 2));  // a word of one letter and an alif
  EXPECT_TRUE(EndsInAccusativeAlif("جنديا", 2));
  EXPECT_TRUE(EndsInAccusativeAlif("جنديا", 4));
  EXPECT_FALSE(EndsInAccusativeAlif("جنديا", 5));
  EXPECT_FALSE(EndsInAccusativeAlif("ماً", 2));  // the tanwin is no letter before the alif
  EXPECT_TRUE(EndsInAccusativeAlif("هجوماً", 4));
}

TEST(AccusativeAlif, NotAfterYa) {
  EXPECT_TRUE(EndsInAccusativeAlifNotYa("جريحا"));
  EXPECT_TRUE(EndsInAccusativeAlifNotYa("شهيداً"));
  EXPECT_FALSE(EndsInAccusativeAlifNotYa("ضحايا"));  // a plural in ايا
  EXPECT_FALSE(EndsInAccusativeAlifNotYa("روسيا"));  // a name in يا
  EXPECT_FALSE(EndsInAccusativeAlifNotYa("قتلى"));
}

TEST(AccusativeAlif, WhatComesBeforeIt) {
  EXPECT_EQ(BeforeAccusativeAlif("هجوما"), "هجوم");
  EXPECT_EQ(BeforeAccusativeAlif("هجوماً"), "هجوم");
  EXPECT_EQ(BeforeAccusativeAlif("هجوم"), "");
}

}  // namespace
}  // namespace rasad::detail
