#include "coder/document_coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>

#include "text/definite.h"

namespace rasad::detail {

const DateReading& DocumentCoder::DateFor(const Clause& c) const {
  // The date depends on the clause and its sentence only: read it once per clause.
  std::optional<DateReading>& memo = clause_date_[static_cast<size_t>(&c - text_.clauses.data())];
  if (!memo) memo = ReadDate(c);
  return *memo;
}

void DocumentCoder::SetDate(const DateReading& date, Event* e) const {
  e->date = date.value;
  if (date.end <= date.first) return;
  e->date_begin = text_.tokens[date.first].begin;
  e->date_end = text_.tokens[date.end - 1].end;
  e->date_text.assign(doc_.text, e->date_begin, e->date_end - e->date_begin);
}

bool DocumentCoder::YearAt(uint32_t k, uint32_t first, uint32_t to) const {
  const Token& tok = text_.tokens[k];
  if (tok.kind != TokenKind::kNumber || std::isnan(tok.value) || tok.value < 1900 || tok.value > 2100 ||
      text_.Norm(tok).size() != 4) {
    return false;
  }
  // (A year that opens a date in figures, 2023/05/12, is read with its day.)
  if (!FiguresDate(k, to).empty()) return false;
  std::string_view prev = k > first ? Bare(k - 1) : std::string_view();
  if (prev != "عام" && prev != "سنه" && prev != "في") return false;
  // منذ 2008، منذ العام 2008: "since" a year starts a period; it does not date the event in it.
  return prev == "في" || k < first + 2 || Bare(k - 2) != "منذ";
}

bool DocumentCoder::RecalledNounYear(uint32_t k, uint32_t first) const {
  const Token& year = text_.tokens[k];
  if (k < first + 3 || year.kind != TokenKind::kNumber || text_.Norm(year).size() != 4) return false;
  const BareText p = Bare(k - 1);
  if ((p != "عام" && p != "سنه") || text_.tokens[k - 1].prefixes != 0) return false;
  // (Asked while the clause's events are coded, once its triggers are found.)
  const int32_t h = k - 2 < token_trigger_.size() ? token_trigger_[k - 2] : -1;
  if (h < 0 || static_cast<size_t>(h) >= hits_.size() || hits_[h].end != k - 1) return false;
  const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
  if (r == nullptr || !r->noun) return false;
  for (uint32_t j = first; j < hits_[h].first; ++j) {
    if (token_trigger_[j] >= 0) return true;
  }
  return false;
}

void DocumentCoder::ListDateCandidates() const {
  if (date_candidates_listed_) return;
  date_candidates_listed_ = true;
  // The tokens a date may start at: a word that starts a phrase of relative_dates.tsv, or figures.
  // (The words between two tokens of figures in a loop of their own, which tests one byte a word; the arrays read
  // through local pointers, which push_back's stores could alias.)
  const DocumentCoderBuffers::TrieRoots* const roots = token_roots_.data();
  const uint32_t count = static_cast<uint32_t>(text_.tokens.size());
  uint32_t k = 0;
  for (const uint32_t* f = text_.number_tokens.data(), *const f_end = f + text_.number_tokens.size();; ++f) {
    const uint32_t figures = f != f_end ? *f : count;  // the next token of figures, or the end
    for (; k < figures; ++k) {
      if (roots[k].starts_date) date_candidates_.push_back(k);
    }
    if (figures == count) break;
    date_candidates_.push_back(figures);
    k = figures + 1;
  }
}

std::span<const uint32_t> DocumentCoder::DateCandidates(uint32_t from, uint32_t to) const {
  auto first = std::lower_bound(date_candidates_.begin(), date_candidates_.end(), from);
  auto last = std::lower_bound(first, date_candidates_.end(), to);
  return {first, last};
}

bool DocumentCoder::DateWordsAt(const RelativeDate& d, uint32_t k) const {
  // (The words' bare stem and bare form are their lookup keys; figures and punctuation have none,
  // and no phrase holds them.)
  for (size_t w = 0; w < d.words.size(); ++w) {
    const TokenKeys::Keys& key = rec_.keys.tokens[k + w];
    const std::string_view want = BareWord(d.words[w]);
    if (key.count == 0 || (!TextEqual(key.key[0], want) && !TextEqual(key.key[1], want))) return false;
    // A word written with the article needs one in the text: يوم in يوم الاثنين is "day", not اليوم "today".
    if (want.size() != d.words[w].size()) {
      const Token& tok = text_.tokens[k + w];
      if (!(tok.prefixes & kProAl) && !text_.Stem(tok).starts_with("ال")) return false;
    }
  }
  return true;
}

DateReading DocumentCoder::ReadDate(const Clause& c) const {
  // An explicit year in the clause (اغتيال الحريري في عام 2005) dates the event to that year when it
  // is not the document's own year.
  // (A year is a token of figures: the clause's are read from the text's list of them, not by a test of every token.)
  const std::vector<uint32_t>& figures = text_.number_tokens;
  for (auto f = std::lower_bound(figures.begin(), figures.end(), c.first_token); f != figures.end() && *f < c.end_token;
       ++f) {
    const uint32_t k = *f;
    // (A year that dates a recalled event noun dates neither the clause nor its other events.)
    if (!YearAt(k, c.first_token, c.end_token) || RecalledNounYear(k, c.first_token)) continue;
    std::string year(text_.Norm(text_.tokens[k]));
    if (doc_.date.rfind(year, 0) != 0) return DateReading{std::move(year), k, k + 1};
  }
  if (doc_.date.empty()) return WrittenDate(c);
  ListDateCandidates();
  if (DateReading own = DateWithin(c.first_token, c.end_token); own) return own;
  // Else the sentence's, read once per sentence (its clauses ask one after another).
  const Sentence& s = text_.sentences[c.sentence];
  if (c.first_token == s.first_token && c.end_token == s.end_token) return DateReading{doc_.date.substr(0, 10), 0, 0};
  if (sentence_date_read_ != c.sentence) {
    sentence_date_read_ = c.sentence;
    sentence_date_ = DateWithin(s.first_token, s.end_token);
  }
  return sentence_date_ ? sentence_date_ : DateReading{doc_.date.substr(0, 10), 0, 0};
}

DateReading DocumentCoder::DateWithin(uint32_t from, uint32_t to) const {
  const std::span<const uint32_t> candidates = DateCandidates(from, to);
  bool any = false;  // most spans hold no relative date at all: look for a first word first
  for (size_t i = 0; i < candidates.size() && !any; ++i) {
    const uint32_t k = candidates[i];
    const Token& tok = text_.tokens[k];
    any = tok.kind != TokenKind::kNumber || (k + 1 < to && text_.tokens[k + 1].kind == TokenKind::kPunct) ||
          std::isnan(tok.value);
  }
  if (!any) return {};
  if (DateReading calendar = CalendarDate(from, to); calendar) return calendar;
  // The shift first in the list (the longest first) found in the span, at its first place.
  const RelativeDate* best = nullptr;
  uint32_t best_k = 0;
  for (uint32_t k : candidates) {
    const RelativeDate* d = ShiftAt(k, to);
    uint32_t gap_end = 0;
    // (قبل يومين من الانتخابات: a gap to another event, not a date.)
    if (d && (!best || d < best) && CountedLeadAt(k, to, &gap_end) == 0) best = d, best_k = k;
  }
  if (!best) return {};
  return DateReading{ShiftedDate(doc_.date, *best), best_k, best_k + static_cast<uint32_t>(best->words.size())};
}

DateReading DocumentCoder::WrittenDate(const Clause& c) const {
  // A document with no date of its own is dated only by a full date written in it (في 12 مايو 2024،
  // 12/5/2024، أيار 2022), never by one told from a date it does not have (أمس، 3 مايو). Such a date
  // holds a year in figures (or is one token of figures with dots): the calendar is read around each,
  // in the clause first, then in its sentence.
  if (!written_years_read_) {  // (once per document: clauses ask often, and most have none)
    written_years_read_ = true;
    for (uint32_t k : text_.number_tokens) {
      const Token& tok = text_.tokens[k];
      if (std::isnan(tok.value) || (tok.value >= 1300 && tok.value <= 2100 && text_.Norm(tok).size() == 4)) {
        written_years_.push_back(k);
      }
    }
  }
  if (written_years_.empty()) return {};
  auto read = [&](uint32_t from, uint32_t to) -> DateReading {
    for (auto it = std::lower_bound(written_years_.begin(), written_years_.end(), from);
         it != written_years_.end() && *it < to; ++it) {
      const uint32_t k = *it;
      // The words of a date stand within six tokens before its year (يوم الأحد الموافق 12 مايو 2024)
      // and four after it (2024 / 05 / 12، 1445 هـ).
      const uint32_t window_from = std::max(from, k >= 6 ? k - 6 : 0);
      const uint32_t window_to = std::min(to, k + 5);
      DateReading r = CalendarDate(window_from, window_to);
      if (r && r.first <= k && k < r.end) return r;
    }
    return {};
  };
  if (DateReading own = read(c.first_token, c.end_token); own) return own;
  // (The sentence's, read once per sentence: its clauses ask one after another. An undated document keeps it where a
  // dated one keeps ReadDate's second look.)
  if (sentence_date_read_ != c.sentence) {
    const Sentence& s = text_.sentences[c.sentence];
    sentence_date_read_ = c.sentence;
    sentence_date_ = read(s.first_token, s.end_token);
  }
  return sentence_date_;
}

std::vector<DateReading> DocumentCoder::DateMentions() const {
  std::vector<DateReading> out;
  ListDateCandidates();
  for (const Sentence& s : text_.sentences) {
    const size_t sentence_first = out.size();
    // The calendar expressions, one after another.
    for (uint32_t from = s.first_token; from < s.end_token;) {
      DateReading r = CalendarDate(from, s.end_token);
      if (!r) break;
      from = std::max(r.end, from + 1);
      out.push_back(std::move(r));
    }
    // Then the plain shifts and the years outside them, the longest shift at each word.
    auto free = [&](uint32_t first, uint32_t end) {
      for (size_t i = sentence_first; i < out.size(); ++i) {
        if (first < out[i].end && out[i].first < end) return false;
      }
      return true;
    };
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (YearAt(k, s.first_token, s.end_token) && free(k, k + 1)) {
        out.push_back(DateReading{std::string(text_.Norm(text_.tokens[k])), k, k + 1});
        continue;
      }
      if (doc_.date.empty()) continue;
      const RelativeDate* d = DatePhraseAt(k, s.end_token, [&](const RelativeDate& r) {
        return r.kind == RelativeDate::Kind::kShift && free(k, k + static_cast<uint32_t>(r.words.size()));
      });
      if (d) out.push_back(DateReading{ShiftedDate(doc_.date, *d), k, k + static_cast<uint32_t>(d->words.size())});
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(sentence_first), out.end(),
              [](const DateReading& a, const DateReading& b) { return a.first < b.first; });
  }
  return out;
}

template <typename Wanted>
const RelativeDate* DocumentCoder::DatePhraseAt(uint32_t k, uint32_t to, Wanted wanted) const {
  if (!StartsDate(k)) return nullptr;
  // Only the phrases whose first word is the token's bare stem or bare form, in the list's order
  // (the longest first): the two lists merged by index. (Looked up once per word type: date_phrases_.)
  static const std::vector<uint32_t> kNoPhrases;
  const auto lists = [this](const TokenKeys::Keys& key) {
    auto phrases = [&](std::string_view word) -> const std::vector<uint32_t>* {
      auto it = date_first_words_.find(word);
      return it != date_first_words_.end() ? &it->second : nullptr;
    };
    return DocumentCoderBuffers::DatePhraseLists{phrases(key.key[0]), key.count == 2 ? phrases(key.key[1]) : nullptr};
  };
  const TokenKeys::Keys& key = rec_.keys.tokens[k];  // (a word: StartsDate said so)
  const DocumentCoderBuffers::DatePhraseLists found = date_phrases_.GetPrepared(rec_.keys, key, lists);
  const std::vector<uint32_t>& by_stem = found.by_stem != nullptr ? *found.by_stem : kNoPhrases;
  const std::vector<uint32_t>& by_norm = found.by_norm != nullptr ? *found.by_norm : kNoPhrases;
  size_t a = 0, b = 0;
  while (a < by_stem.size() || b < by_norm.size()) {
    const bool from_stem = b == by_norm.size() || (a < by_stem.size() && by_stem[a] < by_norm[b]);
    const RelativeDate& d = dates_[from_stem ? by_stem[a++] : by_norm[b++]];
    if (k + d.words.size() <= to && wanted(d) && DateWordsAt(d, k)) return &d;
  }
  return nullptr;
}

const RelativeDate* DocumentCoder::CalendarWordAt(uint32_t k, uint32_t to, uint32_t* end) const {
  const RelativeDate* d = DatePhraseAt(k, to, [](const RelativeDate& r) { return r.kind != RelativeDate::Kind::kShift; });
  if (d) *end = k + static_cast<uint32_t>(d->words.size());
  return d;
}

const RelativeDate* DocumentCoder::ShiftAt(uint32_t k, uint32_t to) const {
  return DatePhraseAt(k, to, [](const RelativeDate& r) { return r.kind == RelativeDate::Kind::kShift; });
}

DateReading DocumentCoder::CalendarDate(uint32_t from, uint32_t to) const {
  using Kind = RelativeDate::Kind;
  auto number_at = [&](uint32_t k) {
    const Token& tok = text_.tokens[k];
    return std::isnan(tok.value) ? -1.0 : tok.value;
  };
  auto kind_at = [&](uint32_t k, uint32_t* end) {
    const RelativeDate* d = k < to ? CalendarWordAt(k, to, end) : nullptr;
    return d != nullptr ? d->kind : Kind::kShift;
  };
  // Whether the span speaks of what is to come (سيزور، سوف، من المقرر): a date may then lie ahead. (Not المقرر
  // الخاص, the rapporteur, who reports what was done: قال المقرر الخاص إن الشرطة اعتقلت يوم الأحد.)
  auto future = [&] {
    for (uint32_t k = from; k < to; ++k) {
      const Token& tok = text_.tokens[k];
      if ((tok.prefixes & kProSa) || Bare(k) == "سوف") return true;
      if ((Bare(k) == "مقرر" || Bare(k) == "المقرر") && !InActorName(k)) return true;
    }
    return false;
  };
  // The day of the month written before token `at` (a month's name or a month_of word): a number (3
  // مايو) or an ordinal (الثالث مايو), either with من before the month (3 من مايو، الثالث من مايو); -1
  // when there is none. `*first` is the day's first token.
  auto day_before = [&](uint32_t at, uint32_t* first) {
    uint32_t e = at;
    if (e > from && Bare(e - 1) == "من") --e;
    // (The ordinals first: the عشر of الخامس عشر has a value of its own.)
    for (uint32_t words = 3; words >= 1; --words) {  // the longest first: الحادي والعشرين
      if (e < from + words) continue;
      uint32_t ordinal_end = 0;
      const RelativeDate* o = CalendarWordAt(e - words, e, &ordinal_end);
      if (o != nullptr && o->kind == Kind::kOrdinal && ordinal_end == e) {
        *first = e - words;
        return o->value;
      }
    }
    // A day in figures (3 مايو); number words (ثلاثة مايو) are no way to write a date.
    if (e > from && text_.tokens[e - 1].kind == TokenKind::kNumber) {
      const double day = number_at(e - 1);
      if (day >= 1 && day <= 31 && day == std::floor(day)) {
        *first = e - 1;
        return static_cast<int>(day);
      }
    }
    return -1;
  };
  // The date a month's word at k (ending at `end`) gives with its neighbours, or none: 3 مايو، 3 أيار
  // 2023، مايو 2023، مايو الماضي، شهر أيار; العاشر من الشهر الماضي؛ 15 رمضان 1445 هـ. With `day_only`,
  // only a date to the day.
  auto month_date = [&](uint32_t k, uint32_t end, const RelativeDate& d, bool day_only) -> DateReading {
    uint32_t after_end = end;
    const Kind after = kind_at(end, &after_end);
    uint32_t day_first = k;
    const int day = day_before(k, &day_first);
    uint32_t part_end = 0;
    const bool part_before = k > from && kind_at(k - 1, &part_end) == Kind::kMonthPart;
    // The words of the date: from its day, or the word before the month (منتصف، شهر), to its end.
    auto reading = [&](std::string value, uint32_t last_end, bool word_before = false) {
      return DateReading{std::move(value), day > 0 ? day_first : word_before ? k - 1 : k, last_end};
    };
    if (d.kind == Kind::kMonth) {
      // A month name alone is often another word (مارس "he practised"), so it needs a day before it, a
      // year, a qualifier or the word شهر; a part of a month (منتصف مايو) says the month is meant as
      // well as شهر does.
      const double year = end < to ? number_at(end) : -1;
      const bool has_year = year >= 1900 && year <= 2100 && text_.Norm(text_.tokens[end]).size() == 4;
      if (day > 0) {
        if (has_year) {
          if (!ValidDate(static_cast<int>(year), d.value, day)) return {};
          return reading(fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(year), d.value, day), end + 1);
        }
        const bool qualified = after == Kind::kPast || after == Kind::kNext;  // (الماضي: the past one anyway)
        return reading(NearestDayOfMonth(doc_.date, d.value, day, future()), qualified ? after_end : end);
      }
      if (day_only) return {};
      const bool month_word = k > from && (Bare(k - 1) == "شهر" || part_before);
      if (has_year) return reading(fmt::format("{:04d}-{:02d}", static_cast<int>(year), d.value), end + 1, month_word);
      if (after == Kind::kPast) return reading(NearestMonth(doc_.date, d.value, -1), after_end, month_word);
      if (after == Kind::kNext) return reading(NearestMonth(doc_.date, d.value, 1), after_end, month_word);
      if (month_word) return reading(NearestMonth(doc_.date, d.value, 0), end, true);
      return {};
    }
    if (d.kind == Kind::kMonthOf) {
      // العاشر من الشهر الماضي، 15 من الشهر الجاري: that day of the month `value` months from the
      // document's; أواخر الشهر الماضي, or الشهر الجاري alone, the month. (الشهر الماضي alone is a plain
      // shift, read after this scan.)
      const std::string month = ShiftMonth(doc_.date, d.value);
      if (month.empty()) return {};
      if (day > 0) {
        const int year = std::stoi(month.substr(0, 4)), number = std::stoi(month.substr(5, 2));
        return ValidDate(year, number, day) ? reading(fmt::format("{}-{:02d}", month, day), end) : DateReading();
      }
      return !day_only && (d.value == 0 || part_before) ? reading(month, end, part_before) : DateReading();
    }
    if (d.kind == Kind::kHijriMonth && day > 0) {
      // 15 رمضان 1445 هـ، العاشر من محرم: a Hijri date, with its year (1300-1600, هـ after it or
      // not) or the one nearest the document date; a month that is also a common word (صفر) needs its
      // year or هـ.
      const double year = end < to ? number_at(end) : -1;
      const bool has_year = year >= 1300 && year <= 1600 && year == std::floor(year);
      const uint32_t mark = has_year ? end + 1 : end;  // where هـ would stand
      const bool hijri_mark = mark < to && Bare(mark) == "ه";
      const uint32_t last_end = hijri_mark ? mark + 1 : mark;
      if (has_year) return reading(HijriToIso(static_cast<int>(year), d.value, day), last_end);
      if (d.needs_context && !hijri_mark) return {};
      return reading(NearestHijriDay(doc_.date, d.value, day, future()), last_end);
    }
    return {};
  };
  // A date written in figures at token j: five tokens, or one with dots.
  auto figures_at = [&](uint32_t j) -> DateReading {
    std::string figures = FiguresDate(j, to);
    if (figures.empty()) return {};
    return DateReading{std::move(figures), j, std::isnan(text_.tokens[j].value) ? j + 1 : j + 5};
  };
  // A date to the day whose month's word (or first figure) is at token j, or none.
  auto day_date_at = [&](uint32_t j) -> DateReading {
    if (DateReading figures = figures_at(j); figures) return figures;
    uint32_t end = j;
    const RelativeDate* d = CalendarWordAt(j, to, &end);
    return d != nullptr ? month_date(j, end, *d, true) : DateReading();
  };
  // (A date starts at figures or at a word that starts a phrase: only those tokens are tried when the
  // document's are listed.)
  const bool listed = date_candidates_listed_;
  const std::span<const uint32_t> candidates = listed ? DateCandidates(from, to) : std::span<const uint32_t>();
  for (uint32_t i = 0, k = from; listed ? i < candidates.size() : k < to; ++i, ++k) {
    if (listed) k = candidates[i];
    if (DateReading figures = figures_at(k); figures) return figures;
    uint32_t end = k;
    const RelativeDate* d = CalendarWordAt(k, to, &end);
    if (d == nullptr) continue;
    uint32_t after_end = end;
    const Kind after = kind_at(end, &after_end);
    if (d->kind == Kind::kWeekday) {
      // يوم الجمعة، فجر السبت، الخميس الماضي; a bare weekday only with its article (الخميس, not the
      // name خميس), and one that is also a common word (الأحد، الاثنين) only in such company.
      // أمس الاثنين، اليوم (الثلاثاء)، مساء أمس الأحد: a weekday right after a shift of a day or two, bare or in
      // brackets, names the day the shift gives; the shift dates it, not the weekday's place in the week (nor its
      // daypart: اليوم is today, not يوم).
      if (DateReading named = ShiftNamingWeekday(k, end, from, to); named) return named;
      uint32_t daypart_end = 0;
      const bool daypart = k > from && kind_at(k - 1, &daypart_end) == Kind::kDaypart;
      const bool qualified = after == Kind::kPast || after == Kind::kNext;
      const bool article = (text_.tokens[k].prefixes & kProAl) != 0;
      if (!daypart && !qualified && (d->needs_context || !article)) continue;
      const uint32_t first = daypart ? k - 1 : k;
      // يوم الأحد 12 مايو، الأحد الموافق 12/5/2024، الأحد (12 مايو): the date written right after the
      // weekday, past punctuation and الموافق ("which is"), says which one.
      const uint32_t weekday_end = qualified ? after_end : end;
      for (uint32_t j = weekday_end; j < to && j < weekday_end + 4; ++j) {
        if (DateReading exact = day_date_at(j); exact) return DateReading{std::move(exact.value), first, exact.end};
        const std::string_view w = Bare(j);
        // (A day's number or ordinal may open the date; its month's word comes next.)
        const bool opens = text_.tokens[j].kind == TokenKind::kNumber || kind_at(j, &daypart_end) == Kind::kOrdinal;
        if (!opens && text_.tokens[j].kind != TokenKind::kPunct && w != "الموافق" && w != "الموافقه" && w != "موافق") break;
      }
      const int today = IsoWeekday(doc_.date);
      if (today == 0) continue;  // (no document date: only a date written after it says which)
      int days = -((today - d->value + 7) % 7);  // the last such day, today included
      if (after == Kind::kPast && days == 0) days = -7;
      // The next such day after المقبل, or in a clause about what is to come (سيزور الجزائر الأحد), or after an
      // act a word of intention or a call governs (يعتزم الرئيس زيارة الجزائر يوم الثلاثاء، دعت النقابات إلى
      // التظاهر يوم الأحد: word_kinds.tsv kind intention, mood38); not a weekday before that act (دعت النقابات يوم
      // الأحد إلى التظاهر: the call was made then).
      // So is the weekday of an event scheduled for it (word_kinds.tsv kind scheduled: القمة المرتقبة يوم الثلاثاء،
      // المظاهرات المقررة يوم الأحد، الاجتماع المقرر عقده الاثنين), the word right before the weekday or one word on (mood39).
      // (Not the rapporteur's title right before it: قال المقرر الخاص يوم الأحد.)
      auto scheduling = [&](uint32_t w) { return (WordKindsAt(w) & kScheduledWord) && !InActorName(w); };
      const bool scheduled = (first > from && scheduling(first - 1)) || (first > from + 1 && scheduling(first - 2));
      if (after == Kind::kNext ||
          (after != Kind::kPast && days != 0 &&
           (future() || scheduled || IntendedActBefore(from, k) || PresentActBefore(from, first)))) {
        days = (d->value - today + 7) % 7 == 0 ? 7 : (d->value - today + 7) % 7;
      }
      return DateReading{ShiftDate(doc_.date.substr(0, 10), days), first, weekday_end};
    }
    if (d->kind == Kind::kMonth || d->kind == Kind::kMonthOf || d->kind == Kind::kHijriMonth) {
      DateReading date = month_date(k, end, *d, false);
      // (المحتجز منذ يوليو 2023: "since" a month starts a period; it does not date the event in it.)
      if (date && date.first > from && Bare(date.first - 1) == "منذ") continue;
      if (date) return date;
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
      uint32_t gap_end = 0;
      if (CountedLeadAt(k, to, &gap_end) != 0) continue;  // قبل ثلاثة أيام من الانتخابات: a gap to another event
      const int days = -static_cast<int>(count) * unit->value;
      const std::string shifted = ShiftDate(doc_.date.substr(0, 10), days);
      if (shifted.empty()) continue;  // (no document date to count from)
      const size_t precision = unit->value >= 365 ? 4 : unit->value >= 28 ? 7 : shifted.size();
      return DateReading{shifted.substr(0, precision), k, unit_end};
    }
  }
  return {};
}

DateReading DocumentCoder::ShiftNamingWeekday(uint32_t k, uint32_t end, uint32_t from, uint32_t to) const {
  // (The weekday with its article: اثنين without it is "two", أمس اثنين من أفرادها.)
  if (!IsDefinite(text_, text_.tokens[k])) return {};
  const bool bracket = k > from && text_.Norm(text_.tokens[k - 1]) == "(";
  const uint32_t at = bracket ? k - 1 : k;  // where the shift must end
  // (The longest shift first: أول من أمس before أمس. A word of the shift written with the article must have it:
  // اليوم is today, يوم a daypart.)
  for (uint32_t words = 3; words >= 1; --words) {
    if (at < from + words) continue;
    const uint32_t first = at - words;
    const RelativeDate* d = ShiftAt(first, at);
    if (d == nullptr || d->words.size() != words || d->unit != RelativeDate::Unit::kDays || d->days < -2 || d->days > 0) {
      continue;
    }
    bool written = true;
    for (uint32_t w = 0; w < words; ++w) {
      written = written && (!d->words[w].starts_with("ال") || IsDefinite(text_, text_.tokens[first + w]));
    }
    if (!written) continue;
    const bool closed = bracket && end < to && text_.Norm(text_.tokens[end]) == ")";
    return DateReading{ShiftedDate(doc_.date, *d), first, closed ? end + 1 : end};
  }
  return {};
}

bool DocumentCoder::IntendedActBefore(uint32_t from, uint32_t k) const {
  // (The triggers are known only while the document is coded; DateMentions lists dates without them.)
  if (token_trigger_.size() < k) return false;
  for (uint32_t i = from; i + 1 < k; ++i) {
    if (!(WordKindsAt(i) & kIntentionWord)) continue;
    for (uint32_t j = i + 1; j < k; ++j) {
      if (token_trigger_[j] >= 0 && token_trigger_[j] != token_trigger_[i]) return true;
    }
    return false;
  }
  return false;
}

bool DocumentCoder::PresentActBefore(uint32_t from, uint32_t k) const {
  // (The triggers are known only while the document is coded; DateMentions lists dates without them.)
  if (token_trigger_.size() < k) return false;
  for (uint32_t i = k; i-- > from;) {
    const int32_t h = token_trigger_[i];
    if (h < 0) continue;
    if (!hit_verb_[h] || hits_[h].first != i) return false;
    const TriggerRecord* r = ChooseRecord(hits_[h], *hit_payloads_[h]);
    // لم يزر الرئيس الجزائر يوم الأحد: a jussive or a negated present tells a past; تتواصل الاشتباكات منذ
    // الأحد: منذ starts a period that has begun.
    if (r == nullptr || !r->present || JussiveParticleBefore(i)) return false;
    return !(i > 0 && Bare(i - 1) == "لن") && !(k > from && Bare(k - 1) == "منذ") && !(k > from + 1 && Bare(k - 2) == "منذ");
  }
  return false;
}

int DocumentCoder::CountedLeadAt(uint32_t k, uint32_t to, uint32_t* end) const {
  using Kind = RelativeDate::Kind;
  const RelativeDate* lead = DatePhraseAt(k, to, [](const RelativeDate& r) { return r.kind == Kind::kLead && r.needs_context; });
  if (lead == nullptr || k + 2 >= to) return 0;
  // A count (ثلاثة، 3) and its unit, or a unit alone, one of it or a dual (أسبوع، يومين).
  const Token& first = text_.tokens[k + 1];
  const bool counted = first.kind == TokenKind::kNumber || (!std::isnan(first.value) && first.value >= 1);
  const uint32_t unit_at = counted ? k + 2 : k + 1;
  const double count = counted ? first.value : 1;
  if (unit_at + 1 >= to || std::isnan(count) || count < 1 || count > 100 || count != std::floor(count)) return 0;
  const RelativeDate* unit = DatePhraseAt(unit_at, to, [](const RelativeDate& r) { return r.kind == Kind::kUnit; });
  if (unit == nullptr || unit->value >= 28) return 0;
  const std::string_view link = Bare(unit_at + 1);
  if (link != "من" && link != "علي") return 0;
  if (link == "علي" && unit_at + 2 < to && Bare(unit_at + 2) == "اقل") return 0;
  *end = unit_at + 2;
  return lead->value * static_cast<int>(count) * unit->value;
}

int DocumentCoder::LeadDaysBefore(uint32_t k, uint32_t from, uint32_t* first) const {
  using Kind = RelativeDate::Kind;
  if (k == from) return 0;
  // غداة هجوم، عشية الانتخابات: the lead right before the noun.
  const RelativeDate* lead =
      DatePhraseAt(k - 1, k, [](const RelativeDate& r) { return r.kind == Kind::kLead && !r.needs_context; });
  if (lead != nullptr) {
    *first = k - 1;
    return lead->value;
  }
  // بعد يومين من مقتل، قبل ثلاثة أيام من الانتخابات: a counted lead three or four words before it.
  const std::string_view link = Bare(k - 1);
  if (link != "من" && link != "علي") return 0;
  for (uint32_t back = 3; back <= 4 && k >= from + back; ++back) {
    uint32_t end = 0;
    const int days = CountedLeadAt(k - back, k, &end);
    if (days != 0 && end == k) {
      *first = k - back;
      return days;
    }
  }
  return 0;
}

DateReading DocumentCoder::PassingDate(const TriggerHit& t, const Clause& c, const DateReading& date) const {
  uint32_t first = 0;
  const int days = LeadDaysBefore(t.first, c.first_token, &first);
  if (days == 0 || date.value.size() != 10) return {};
  return DateReading{ShiftDate(date.value, days), first, t.first};
}

std::string DocumentCoder::FiguresDate(uint32_t k, uint32_t to) const {
  // Five tokens with nothing between them: a number, a separator, a number, the same separator, a
  // number (or, with dots, one token). Arabic news writes the day first (12/5/2024); a year of four figures first is read
  // year/month/day (2024/05/12).
  // With dots, the whole date is one number token (12.5.2024, 2024.05.12).
  if (k < to && text_.tokens[k].kind == TokenKind::kNumber && std::isnan(text_.tokens[k].value)) {
    int parts[3] = {-1, -1, -1};
    size_t sizes[3] = {0, 0, 0};
    size_t part = 0;
    for (char ch : text_.Norm(text_.tokens[k])) {
      if (ch == '.' && part < 2 && sizes[part] > 0) {
        ++part;
      } else if (ch >= '0' && ch <= '9' && sizes[part] < 4) {
        parts[part] = (parts[part] < 0 ? 0 : parts[part] * 10) + (ch - '0');
        ++sizes[part];
      } else {
        return {};
      }
    }
    if (part != 2 || sizes[2] == 0 || sizes[1] > 2) return {};
    int day = parts[0], month = parts[1], year = parts[2];
    if (sizes[0] == 4 && sizes[2] <= 2) std::swap(day, year);
    else if (sizes[2] != 4 || sizes[0] > 2) return {};
    if (year < 1900 || year > 2100 || !ValidDate(year, month, day)) return {};
    return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  }
  if (k + 5 > to) return {};
  const Token* t = &text_.tokens[k];
  for (uint32_t i = 0; i < 5; ++i) {
    const bool number = i % 2 == 0;
    if ((t[i].kind == TokenKind::kNumber) != number || (i > 0 && t[i].begin != t[i - 1].end)) return {};
  }
  const std::string_view separator = text_.Norm(t[1]);
  if ((separator != "/" && separator != "-" && separator != ".") || text_.Norm(t[3]) != separator) return {};
  auto whole = [](const Token& n) { return n.value >= 0 && n.value == std::floor(n.value) ? static_cast<int>(n.value) : -1; };
  int day = whole(t[0]), month = whole(t[2]), year = whole(t[4]);
  if (text_.Norm(t[0]).size() == 4) std::swap(day, year);
  else if (text_.Norm(t[4]).size() != 4) return {};
  if (year < 1900 || year > 2100 || !ValidDate(year, month, day)) return {};
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

uint32_t DocumentCoder::PastDateAt(uint32_t k, uint32_t to) const {
  // (A part of a day before a weekday, ليلة الثلاثاء، صباح الأحد, starts no phrase of its own.)
  if (k >= to || !(StartsDate(k) || (k + 1 < to && StartsDate(k + 1)))) return k;
  for (const PastDateAnswer& a : past_date_answers_) {
    if (a.k == k && a.to == to) return a.end;
  }
  const uint32_t past = ReadPastDate(k, to);
  past_date_answers_[past_date_next_] = {k, to, past};
  past_date_next_ ^= 1;
  return past;
}

uint32_t DocumentCoder::ReadPastDate(uint32_t k, uint32_t to) const {
  uint32_t end = std::min(to, k + 4);
  // (A weekday in brackets, أمس (الاثنين)، أول من أمس (الثلاثاء): up to its closing bracket.)
  for (uint32_t j = k + 1; j < end; ++j) {
    if (text_.tokens[j].kind == TokenKind::kPunct && text_.Norm(text_.tokens[j]) == "(") {
      end = std::min(to, j + 3);
      break;
    }
  }
  if (date_candidates_listed_) {
    DateReading d = DateWithin(k, end);
    return d && d.first == k ? d.end : k;
  }
  // (An undated document lists no date candidates, ReadDate not asking for them: only the few tokens of the
  // window are listed, as ListDateCandidates would list them, and the list is emptied again, so that a
  // phrase after a verb costs no walk over a long article.)
  for (uint32_t j = k; j < end; ++j) {
    if (std::binary_search(text_.number_tokens.begin(), text_.number_tokens.end(), j) || StartsDate(j)) {
      date_candidates_.push_back(j);
    }
  }
  DateReading d = DateWithin(k, end);
  date_candidates_.clear();
  return d && d.first == k ? d.end : k;
}

bool DocumentCoder::WeekdayOfLastWeekAt(uint32_t k, uint32_t to) const {
  using Kind = RelativeDate::Kind;
  // (Only after يوم: the recent date it was before اليوم was read apart from يوم. Other parts of a day, مساء
  // الخميس, are no recent date, as before: counting them added two toll updates the GSR labels no, and changed
  // nothing else.)
  if (k + 1 >= to || Bare(k) != "يوم") return false;
  uint32_t day_end = 0, after_end = 0;
  const RelativeDate* day = CalendarWordAt(k + 1, to, &day_end);
  if (day == nullptr || day->kind != Kind::kWeekday) return false;
  const RelativeDate* after = day_end < to ? CalendarWordAt(day_end, to, &after_end) : nullptr;
  return after == nullptr || after->kind != Kind::kNext;
}

bool DocumentCoder::RecentDateWithin(uint32_t from, uint32_t to, int oldest) const {
  auto recent = [oldest](const RelativeDate& d) {
    return d.kind == RelativeDate::Kind::kShift && d.unit == RelativeDate::Unit::kDays && d.days >= oldest && d.days <= 0;
  };
  for (uint32_t k = from; k < to; ++k) {
    // (Most words start no date: they are passed on the memo's answer, without ShiftAt's call.)
    if (!StartsDate(k)) continue;
    // (The longest phrase at k is read, and its words skipped: أمس in أول من أمس is no date of its own.)
    const RelativeDate* d = ShiftAt(k, to);
    if (d == nullptr) {
      if (oldest <= -7 && WeekdayOfLastWeekAt(k, to)) return true;
      continue;
    }
    // (في مثل هذا اليوم: "on the like of this day", an anniversary, not today; mood39. في ذلك اليوم، تلك الليلة: the far
    // demonstrative points back to a day the text told, not today.)
    if (recent(*d) && !(k > 0 && (Bare(k - 1) == "مثل" || Bare(k - 1) == "ذلك" || Bare(k - 1) == "تلك")) &&
        !(k > 1 && Bare(k - 2) == "مثل")) {
      return true;
    }
    k += static_cast<uint32_t>(d->words.size()) - 1;
  }
  return false;
}


}  // namespace rasad::detail
