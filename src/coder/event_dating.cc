#include "coder/document_coder.h"

#include <cmath>
#include <string_view>

namespace rasad::detail {

std::string DocumentCoder::DateFor(const Clause& c) const {
  // The date depends on the clause and its sentence only: read it once per clause.
  std::optional<std::string>& memo = clause_date_[static_cast<size_t>(&c - text_.clauses.data())];
  if (!memo) memo = ReadDate(c);
  return *memo;
}

std::string DocumentCoder::ReadDate(const Clause& c) const {
  // An explicit year in the clause (اغتيال الحريري في عام 2005) dates the event to that year when it
  // is not the document's own year.
  for (uint32_t k = c.first_token; k < c.end_token; ++k) {
    const Token& tok = text_.tokens[k];
    if (tok.kind != TokenKind::kNumber || std::isnan(tok.value) || tok.value < 1900 || tok.value > 2100 ||
        text_.Norm(tok).size() != 4) {
      continue;
    }
    std::string_view prev = k > c.first_token ? Bare(k - 1) : std::string_view();
    if (prev != "عام" && prev != "سنه" && prev != "في") continue;
    // منذ 2008، منذ العام 2008: "since" a year starts a period; it does not date the event in it.
    if (prev != "في" && k >= c.first_token + 2 && Bare(k - 2) == "منذ") continue;
    std::string year(text_.Norm(tok));
    if (doc_.date.rfind(year, 0) != 0) return year;
  }
  if (doc_.date.empty()) return {};
  if (bare_stem_.empty() && !text_.tokens.empty()) {
    // Bare forms of every token, once per document: the relative-date scan compares them often.
    bare_stem_.reserve(text_.tokens.size());
    bare_norm_.reserve(text_.tokens.size());
    for (const Token& tok : text_.tokens) {
      bare_stem_.push_back(BareWord(text_.Stem(tok)));
      bare_norm_.push_back(BareWord(text_.Norm(tok)));
    }
  }
  const Sentence& s = text_.sentences[c.sentence];
  for (uint32_t pass = 0; pass < 2; ++pass) {
    uint32_t from = pass == 0 ? c.first_token : s.first_token;
    uint32_t to = pass == 0 ? c.end_token : s.end_token;
    bool any = false;  // most spans hold no relative date at all: look for a first word first
    for (uint32_t k = from; k < to && !any; ++k) {
      any = date_first_words_.count(bare_stem_[k]) > 0 || date_first_words_.count(bare_norm_[k]) > 0;
    }
    if (!any) continue;
    for (const RelativeDate& d : dates_) {
      for (uint32_t k = from; k + d.words.size() <= to; ++k) {
        bool match = true;
        for (size_t w = 0; match && w < d.words.size(); ++w) {
          std::string_view want = BareWord(d.words[w]);
          match = bare_stem_[k + w] == want || bare_norm_[k + w] == want;
        }
        if (match) return ShiftDate(doc_.date, d.days);
      }
    }
  }
  return doc_.date.substr(0, 10);
}


bool DocumentCoder::RecentDateWithin(uint32_t from, uint32_t to) const {
  auto starts_date = [&](const TokenKeys::Keys& key) {
    for (int i = 0; i < key.count; ++i) {
      if (date_first_words_.count(key.key[i]) > 0) return true;
    }
    return false;
  };
  for (uint32_t k = from; k < to; ++k) {
    // Most words start no relative date: asked once per word type.
    if (!date_first_.Get(&date_first_words_, rec_.keys, k, starts_date)) continue;
    for (const RelativeDate& d : dates_) {
      if (d.days < -7 || d.days > 0 || k + d.words.size() > to) continue;
      bool match = true;
      for (size_t w = 0; match && w < d.words.size(); ++w) {
        const Token& tok = text_.tokens[k + w];
        match = BareWord(text_.Stem(tok)) == BareWord(d.words[w]) || BareWord(text_.Norm(tok)) == BareWord(d.words[w]);
      }
      if (match) return true;
    }
  }
  return false;
}


}  // namespace rasad::detail
