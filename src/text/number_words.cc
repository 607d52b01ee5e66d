#include "text/number_words.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <utility>

#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "util/bytes_equal.h"
#include "util/tsv_reader.h"

namespace rasad {

namespace {

// One proclitic the word list may keep on the first word of a bounding phrase whole (لأكثر،
// وحوالي، بنحو).
constexpr std::pair<std::string_view, uint8_t> kKept[] = {{"و", kProWa}, {"ف", kProFa}, {"ب", kProBi}, {"ل", kProLi}};

}  // namespace

Status NumberWords::Load(const std::string& path) {
  TsvReader reader(path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> f;
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  while (reader.Next(&f)) {
    if (f.size() < 3) return reader.Error("expected: word, value, kind");
    NumberWord w;
    std::string_view kind = f[2];
    if (kind == "bound") {
      BoundPhrase b;
      if (f[1] == "at_least") b.bound = QuantityBound::kAtLeast;
      else if (f[1] == "about") b.bound = QuantityBound::kAbout;
      else if (f[1] == "at_most") b.bound = QuantityBound::kAtMost;
      else return reader.Error("a bound is at_least, about or at_most, not '" + std::string(f[1]) + "'");
      for (std::string_view phrase : SplitList(f[0])) {
        b.words.clear();
        for (size_t at = 0; at <= phrase.size();) {
          size_t space = std::min(phrase.find(' ', at), phrase.size());
          if (space > at) b.words.push_back(norm.Normalize(phrase.substr(at, space - at)));
          at = space + 1;
        }
        if (b.words.empty()) return reader.Error("empty bounding phrase");
        bound_last_words_.Insert(b.words.back());
        if (b.words.size() == 1) {
          for (const auto& [letter, bit] : kKept) bound_last_words_.Insert(std::string(letter) + b.words[0]);
        }
        bounds_.push_back(b);
      }
      continue;
    }
    if (kind == "unit") w.kind = NumberKind::kUnit;
    else if (kind == "tens") w.kind = NumberKind::kTens;
    else if (kind == "hundreds") w.kind = NumberKind::kHundreds;
    else if (kind == "scale") w.kind = NumberKind::kScale;
    else if (kind == "vague") w.kind = NumberKind::kVague;
    else if (kind == "measure") w.kind = NumberKind::kMeasure;
    else return reader.Error("unknown kind '" + std::string(kind) + "'");
    if (w.kind == NumberKind::kMeasure) {
      w.unit.assign(f[1]);
    } else {
      w.value = ParseDigits(f[1]);
      if (std::isnan(w.value)) return reader.Error("value is not a number");
    }
    bool plural = f.size() > 3 && f[3].find("plural") != std::string_view::npos;
    if (w.kind == NumberKind::kScale && plural) w.kind = NumberKind::kScalePlural;
    w.no_article = f.size() > 3 && f[3].find("no article") != std::string_view::npos;
    for (std::string_view word : SplitList(f[0])) {
      if (word.find(' ') != std::string_view::npos) return reader.Error("number words are single words");
      std::string key = norm.Normalize(word);
      const uint32_t id = word_ids_.Insert(key);
      if (id == words_.size()) words_.push_back(w);
      else words_[id] = w;  // listed again: the last line holds
      // The same word with the article (العشرات، الآلاف) means the same.
    }
  }
  return Status::Ok();
}

void NumberWords::ExportTo(WordSet* words) const {
  for (uint32_t id = 0; id < word_ids_.size(); ++id) words->AddNormalized(word_ids_.key(id), kWordNumber | kWordNoun);
}

double ParseDigits(std::string_view s) {
  // Most numbers: up to 15 digits and nothing else, an integer under 2^53 that a double holds
  // exactly (what from_chars gives for them), read without a copy and a call.
  if (!s.empty() && s.size() <= 15) {
    uint64_t n = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) n = n * 10 + static_cast<uint64_t>(s[i] - '0');
    if (i == s.size()) return static_cast<double>(n);
  }
  std::string digits;
  digits.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == ',' && i + 3 < s.size() + 1) {
      continue;  // thousands separator
    } else if (c == '.') {
      digits.push_back('.');
    } else if (c == '-' && i == 0) {
      digits.push_back('-');
    } else {
      return NAN;
    }
  }
  if (digits.empty()) return NAN;
  double v = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return NAN;
  return v;
}

uint32_t NumberWords::BoundBefore(const AnalyzedText& text, uint32_t first, QuantityBound* bound,
                                  uint8_t* prefixes) const {
  // Every phrase ends with a word of the number's sentence right before it, written as one of
  // bound_last_words_ (its matching form, or its stem for a one-word phrase).
  if (first == 0) return 0;
  const Token& before = text.tokens[first - 1];
  if (before.kind != TokenKind::kWord || before.sentence != text.tokens[first].sentence) return 0;
  if (bound_last_words_.Find(text.Norm(before)) == FlatStringIndex::kNone &&
      bound_last_words_.Find(text.Stem(before)) == FlatStringIndex::kNone) {
    return 0;
  }
  uint32_t best = 0;
  for (const BoundPhrase& b : bounds_) {
    const uint32_t len = static_cast<uint32_t>(b.words.size());
    if (len <= best || len > first) continue;
    // The word right before the number turns most phrases away: tested before the loop below,
    // which tests it again.
    if (len > 1 && !TextEqual(text.Norm(text.tokens[first - 1]), b.words[len - 1])) continue;
    uint8_t kept = 0;
    bool match = true;
    for (uint32_t w = 0; w < len && match; ++w) {
      const Token& t = text.tokens[first - len + w];
      match = t.kind == TokenKind::kWord && t.sentence == text.tokens[first].sentence;
      if (!match) break;
      if (w > 0) {
        match = TextEqual(text.Norm(t), b.words[w]);
        continue;
      }
      std::string_view stem = text.Stem(t);
      match = TextEqual(stem, b.words[0]);
      for (const auto& [letter, bit] : kKept) {
        if (match) break;
        if (stem.size() == letter.size() + b.words[0].size() && stem.starts_with(letter) && stem.ends_with(b.words[0])) {
          match = true;
          kept = bit;
        }
      }
    }
    if (match) {
      best = len;
      *bound = b.bound;
      *prefixes = text.tokens[first - len].prefixes | kept;
    }
  }
  return best;
}

void NumberWords::FindQuantities(AnalyzedText* text) const {
  std::vector<uint32_t> starts;
  for (uint32_t i = 0; i < text->tokens.size(); ++i) {
    const Token& t = text->tokens[i];
    if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kWord && (t.word_class & kWordNumber))) starts.push_back(i);
  }
  FindQuantities(text, starts);
}

void NumberWords::FindQuantities(AnalyzedText* text, std::span<const uint32_t> starts) const {
  auto& toks = text->tokens;
  const size_t n = toks.size();
  // The number word a word token is, if any. Number words are in the word set as kWordNumber
  // (ExportTo), and a token's class is its stem's: other words skip the lookup.
  auto number_word = [&](const Token& u) -> const NumberWord* {
    return (u.word_class & kWordNumber) ? Find(text->Stem(u)) : nullptr;
  };
  size_t i = 0;
  // Other tokens never start a quantity: go from one possible start to the next.
  for (size_t next_start = 0; next_start < starts.size();) {
    if (starts[next_start] < i) {
      ++next_start;
      continue;
    }
    i = starts[next_start];
    Token& t = toks[i];
    const NumberWord* w = nullptr;
    bool is_digit = t.kind == TokenKind::kNumber;
    if (!is_digit && t.kind == TokenKind::kWord) w = number_word(t);
    if (!is_digit && (w == nullptr || w->kind == NumberKind::kMeasure)) {
      ++i;
      continue;
    }
    // A word that counts only without the article (الأحد is Sunday: مساء الأحد، يوم الأحد) starts no count with it,
    // except before the ten of a teen (الأحد عشر).
    if (!is_digit && w->no_article && (t.prefixes & kProAl)) {
      const NumberWord* ten = i + 1 < n && toks[i + 1].kind == TokenKind::kWord && toks[i + 1].sentence == t.sentence
                                  ? number_word(toks[i + 1])
                                  : nullptr;
      if (ten == nullptr || ten->kind != NumberKind::kUnit || ten->value != 10) {
        ++i;
        continue;
      }
    }
    // A quantity starts here: accumulate as "total + current", scales multiplying current.
    Quantity q;
    q.first_token = static_cast<uint32_t>(i);
    double total = 0, current = 0;
    bool any = false;
    size_t j = i;
    while (j < n) {
      Token& u = toks[j];
      if (u.sentence != t.sentence) break;
      double v = NAN;
      const NumberWord* uw = nullptr;
      if (u.kind == TokenKind::kNumber) {
        v = ParseDigits(text->Norm(u));
        if (std::isnan(v)) break;
        if (any && !(u.prefixes & kProWa)) {
          // Two bare numbers in a row ("2019 80") are two quantities.
          break;
        }
        u.value = v;
        current += v;
      } else if (u.kind == TokenKind::kWord && (uw = j == i ? w : number_word(u)) != nullptr &&
                 uw->kind != NumberKind::kMeasure) {
        // A continuation after the first word must be a scale (آلاف), joined by و (وعشرين), or the
        // عشر/عشرة of a teen after a unit (اثنا عشر).
        bool teen = any && uw->kind == NumberKind::kUnit && uw->value == 10 && current > 0 && current < 10;
        bool joins = !any || (u.prefixes & kProWa) || uw->kind == NumberKind::kScale ||
                     uw->kind == NumberKind::kScalePlural || teen;
        if (!joins) break;
        u.value = uw->value;
        switch (uw->kind) {
          case NumberKind::kScale:
          case NumberKind::kScalePlural:
            if (!any && uw->kind == NumberKind::kScalePlural) q.vague = true;  // آلاف alone
            current = (any && current > 0 ? current : 1) * uw->value;
            total += current;
            current = 0;
            break;
          case NumberKind::kVague:
            q.vague = true;
            current += uw->value;
            break;
          default:
            current += uw->value;
        }
      } else {
        break;
      }
      any = true;
      ++j;
    }
    if (!any) {
      ++i;
      continue;
    }
    q.end_token = static_cast<uint32_t>(j);
    q.value = total + current;
    if (j < n && toks[j].kind == TokenKind::kWord && toks[j].sentence == t.sentence) {
      const NumberWord* m = number_word(toks[j]);
      if (m && m->kind == NumberKind::kMeasure) {
        q.unit = m->unit;
        q.end_token = static_cast<uint32_t>(j + 1);
      }
    }
    // أكثر من ثمانية آلاف: the bounding phrase before the number is part of the count (never
    // reaching back into the quantity before it).
    uint32_t floor = text->quantities.empty() ? 0 : text->quantities.back().end_token;
    uint8_t lead_prefixes = 0;
    uint32_t lead = BoundBefore(*text, q.first_token, &q.bound, &lead_prefixes);
    if (lead > 0 && q.first_token - lead >= floor) {
      q.first_token -= lead;
      q.prefixes = lead_prefixes;
    } else {
      q.bound = QuantityBound::kExact;
      q.prefixes = toks[q.first_token].prefixes;
    }
    text->quantities.push_back(std::move(q));
    i = text->quantities.back().end_token;
  }
}

}  // namespace rasad
