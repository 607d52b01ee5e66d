#include "text/number_words.h"

#include <charconv>
#include <cmath>

#include "text/arabic_normalizer.h"
#include "text/word_set.h"
#include "util/tsv_reader.h"

namespace rasad {

Status NumberWords::Load(const std::string& path) {
  TsvReader reader(path);
  if (!reader.status().ok()) return reader.status();
  std::vector<std::string_view> f;
  const ArabicNormalizer& norm = ArabicNormalizer::Get();
  while (reader.Next(&f)) {
    if (f.size() < 3) return reader.Error("expected: word, value, kind");
    NumberWord w;
    std::string_view kind = f[2];
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
    for (std::string_view word : SplitList(f[0])) {
      if (word.find(' ') != std::string_view::npos) return reader.Error("number words are single words");
      std::string key = norm.Normalize(word);
      words_[key] = w;
      // The same word with the article (العشرات، الآلاف) means the same.
    }
  }
  return Status::Ok();
}

void NumberWords::ExportTo(WordSet* words) const {
  for (const auto& [word, entry] : words_) words->AddNormalized(word, kWordNumber | kWordNoun);
}

double ParseDigits(std::string_view s) {
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

void NumberWords::FindQuantities(AnalyzedText* text) const {
  auto& toks = text->tokens;
  const size_t n = toks.size();
  size_t i = 0;
  while (i < n) {
    Token& t = toks[i];
    const NumberWord* w = nullptr;
    bool is_digit = t.kind == TokenKind::kNumber;
    // Number words are in the word set as kWordNumber (ExportTo): skip the lookup for other words.
    if (!is_digit && t.kind == TokenKind::kWord && (t.word_class & kWordNumber)) w = Find(text->Stem(t));
    if (!is_digit && (w == nullptr || w->kind == NumberKind::kMeasure)) {
      ++i;
      continue;
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
      } else if (u.kind == TokenKind::kWord && (uw = Find(text->Stem(u))) != nullptr &&
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
      const NumberWord* m = Find(text->Stem(toks[j]));
      if (m && m->kind == NumberKind::kMeasure) {
        q.unit = m->unit;
        q.end_token = static_cast<uint32_t>(j + 1);
      }
    }
    text->quantities.push_back(std::move(q));
    i = text->quantities.back().end_token;
  }
}

}  // namespace rasad
