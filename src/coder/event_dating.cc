#include "coder/document_coder.h"

#include <fmt/format.h>

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
    if (std::string calendar = CalendarDate(from, to); !calendar.empty()) return calendar;
    for (const RelativeDate& d : dates_) {
      if (d.kind != RelativeDate::Kind::kShift) break;  // (the shifts come first)
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

const RelativeDate* DocumentCoder::CalendarWordAt(uint32_t k, uint32_t to, uint32_t* end) const {
  for (const RelativeDate& d : dates_) {  // longest phrases first
    if (d.kind == RelativeDate::Kind::kShift || k + d.words.size() > to) continue;
    bool match = true;
    for (size_t w = 0; match && w < d.words.size(); ++w) {
      std::string_view want = BareWord(d.words[w]);
      match = bare_stem_[k + w] == want || bare_norm_[k + w] == want;
    }
    if (match) {
      *end = k + static_cast<uint32_t>(d.words.size());
      return &d;
    }
  }
  return nullptr;
}

std::string DocumentCoder::CalendarDate(uint32_t from, uint32_t to) const {
  using Kind = RelativeDate::Kind;
  auto number_at = [&](uint32_t k) {
    const Token& tok = text_.tokens[k];
    return std::isnan(tok.value) ? -1.0 : tok.value;
  };
  auto kind_at = [&](uint32_t k, uint32_t* end) {
    const RelativeDate* d = k < to ? CalendarWordAt(k, to, end) : nullptr;
    return d != nullptr ? d->kind : Kind::kShift;
  };
  // Whether the span speaks of what is to come (سيزور، سوف، من المقرر): a date may then lie ahead.
  auto future = [&] {
    for (uint32_t k = from; k < to; ++k) {
      const Token& tok = text_.tokens[k];
      if ((tok.prefixes & kProSa) || Bare(k) == "سوف" || Bare(k) == "مقرر" || Bare(k) == "المقرر") return true;
    }
    return false;
  };
  for (uint32_t k = from; k < to; ++k) {
    uint32_t end = k;
    const RelativeDate* d = CalendarWordAt(k, to, &end);
    if (d == nullptr) continue;
    uint32_t after_end = end;
    const Kind after = kind_at(end, &after_end);
    if (d->kind == Kind::kWeekday) {
      // يوم الجمعة، فجر السبت، الخميس الماضي; a bare weekday only with its article (الخميس, not the
      // name خميس), and one that is also a common word (الأحد، الاثنين) only in such company.
      uint32_t daypart_end = 0;
      const bool daypart = k > from && CalendarWordAt(k - 1, k, &daypart_end) != nullptr &&
                           CalendarWordAt(k - 1, k, &daypart_end)->kind == Kind::kDaypart;
      const bool qualified = after == Kind::kPast || after == Kind::kNext;
      const bool article = (text_.tokens[k].prefixes & kProAl) != 0;
      if (!daypart && !qualified && (d->needs_context || !article)) continue;
      const int today = IsoWeekday(doc_.date);
      if (today == 0) return {};
      int days = -((today - d->value + 7) % 7);  // the last such day, today included
      if (after == Kind::kPast && days == 0) days = -7;
      // The next such day after المقبل, or in a clause about what is to come (سيزور الجزائر الأحد).
      if (after == Kind::kNext || (after != Kind::kPast && days != 0 && future())) {
        days = (d->value - today + 7) % 7 == 0 ? 7 : (d->value - today + 7) % 7;
      }
      return ShiftDate(doc_.date.substr(0, 10), days);
    }
    if (d->kind == Kind::kMonth) {
      // 3 مايو، 3 أيار 2023، مايو 2023، مايو الماضي، شهر أيار: a month name alone is often another word
      // (مارس "he practised"), so it needs a day before it, a year, a qualifier or the word شهر.
      const double day = k > from ? number_at(k - 1) : -1;
      const double year = end < to ? number_at(end) : -1;
      const bool has_year = year >= 1900 && year <= 2100 && text_.Norm(text_.tokens[end]).size() == 4;
      const bool has_day = day >= 1 && day <= 31 && day == std::floor(day);
      const bool month_word = k > from && Bare(k - 1) == "شهر";
      if (has_day) {
        if (has_year) {
          return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(year), d->value, static_cast<int>(day));
        }
        std::string date = NearestDayOfMonth(doc_.date, d->value, static_cast<int>(day), future());
        if (!date.empty()) return date;
        continue;
      }
      if (has_year) return fmt::format("{:04d}-{:02d}", static_cast<int>(year), d->value);
      if (after == Kind::kPast) return NearestMonth(doc_.date, d->value, -1);
      if (after == Kind::kNext) return NearestMonth(doc_.date, d->value, 1);
      if (month_word) return NearestMonth(doc_.date, d->value, 0);
      continue;
    }
    if (d->kind == Kind::kAgo && end < to) {
      // قبل ثلاثة أيام، منذ 10 سنوات: the count's unit says how precise the date is.
      const double count = number_at(end);
      uint32_t unit_end = end + 1;
      const RelativeDate* unit = end + 1 < to ? CalendarWordAt(end + 1, to, &unit_end) : nullptr;
      if (count < 1 || count > 1000 || count != std::floor(count) || unit == nullptr || unit->kind != Kind::kUnit) {
        continue;
      }
      const int days = -static_cast<int>(count) * unit->value;
      const std::string shifted = ShiftDate(doc_.date.substr(0, 10), days);
      if (unit->value >= 365) return shifted.substr(0, 4);
      if (unit->value >= 28) return shifted.substr(0, 7);
      return shifted;
    }
  }
  return {};
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
      if (d.kind != RelativeDate::Kind::kShift) break;  // (the shifts come first)
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
