#include "text/segmenter.h"

#include <string_view>
#include <vector>

#include "text/text_analyzer.h"

namespace rasad {
namespace {

bool IsTerminator(std::string_view p) {
  if (p.size() == 1) return p[0] == '.' || p[0] == '!' || p[0] == '?';
  return p == "." || p == "!" || p == "?" || (p.size() > 1 && p.find_first_not_of('.') == std::string_view::npos);
}

// Two dots after the first one to three words of a sentence (الموصل.. معلمون يضربون، عاجل.. الجيش يقصف) set off a
// headline's dateline or kicker, as a colon does: the news after them is the same sentence. (Further on, two dots
// trail off a thought and end it.)
bool IsKickerDots(const AnalyzedText& text, uint32_t first, uint32_t dots) {
  constexpr uint32_t kKickerWords = 3;
  if (text.Norm(text.tokens[dots]) != ".." || dots == first || dots > first + kKickerWords) return false;
  if (dots + 1 >= text.tokens.size() || text.tokens[dots + 1].line_break_before) return false;
  for (uint32_t k = first; k < dots; ++k) {
    if (text.tokens[k].kind != TokenKind::kWord) return false;
  }
  return true;
}

// Between two consecutive tokens a and b.
bool LineBreakBetween(const Token& a, const Token& b) { return b.line_break_before; }

}  // namespace

int QuoteKind(std::string_view p) {
  if (p.size() == 1) return p[0] == '"' ? 3 : 0;  // most punctuation: a comma or a stop
  if (p == "«" || p == "“" || p == "‹" || p == "„") return 1;
  if (p == "»" || p == "”" || p == "›") return 2;
  return 0;
}

void SegmentSentences(const TextResources& resources, AnalyzedText* text) {
  std::vector<uint32_t> events;
  for (uint32_t i = 0; i < text->tokens.size(); ++i) {
    const Token& t = text->tokens[i];
    if (t.kind == TokenKind::kPunct || t.line_break_before) events.push_back(i);
  }
  SegmentSentences(resources, text, events);
  for (uint32_t s = 0; s < text->sentences.size(); ++s) {
    for (uint32_t k = text->sentences[s].first_token; k < text->sentences[s].end_token; ++k) text->tokens[k].sentence = s;
  }
}

void SegmentSentences(const TextResources& resources, AnalyzedText* text, std::span<const uint32_t> events) {
  auto& toks = text->tokens;
  const size_t n = toks.size();
  if (n == 0) return;

  // Mark tokens inside quotations that close within their paragraph (one pass: a paragraph starts
  // with no quotation open). Most texts have none: the marks are only made when one closes.
  // (Kept per thread from one text to the next: most texts need neither, and a quotation in a text
  // would otherwise cost an allocation and a free of each.)
  thread_local std::vector<uint8_t> quoted;
  quoted.clear();
  {
    thread_local std::vector<size_t> open;
    open.clear();
    for (uint32_t i : events) {
      if (i > 0 && LineBreakBetween(toks[i - 1], toks[i])) open.clear();
      if (toks[i].kind != TokenKind::kPunct) continue;
      // (Most events: a comma or a stop, no quote, told without a call.)
      const std::string_view mark = text->Norm(toks[i]);
      if (mark.size() == 1 && mark[0] != '"') continue;
      int q = QuoteKind(mark);
      if (q == 0) continue;
      bool closes = (q == 2) || (q == 3 && !open.empty() && QuoteKind(text->Norm(toks[open.back()])) == 3);
      if (closes && !open.empty()) {
        size_t o = open.back();
        open.pop_back();
        if (quoted.empty()) quoted.assign(n, 0);
        for (size_t k = o + 1; k < i; ++k) quoted[k] = 1;
      } else if (q != 2) {
        open.push_back(i);
      }
    }
  }
  auto is_quoted = [&](size_t k) { return !quoted.empty() && quoted[k] != 0; };

  Sentence cur;
  cur.first_token = 0;
  auto close = [&](size_t end_tok) {
    cur.end_token = static_cast<uint32_t>(end_tok);
    cur.begin = toks[cur.first_token].begin;
    cur.end = toks[end_tok - 1].end;
    text->sentences.push_back(cur);
    cur = Sentence();
    cur.first_token = static_cast<uint32_t>(end_tok);
  };

  // Tokens that are not events neither end nor break a sentence; `next` skips the tokens a stop
  // already took along (the rest of a run of stops, closing quotes).
  size_t next = 0;
  for (uint32_t e : events) {
    size_t i = e;
    if (i < next) continue;
    next = i + 1;
    if (i > cur.first_token && LineBreakBetween(toks[i - 1], toks[i])) {
      close(i);
    }
    const Token& t = toks[i];
    if (t.kind != TokenKind::kPunct || !IsTerminator(text->Norm(t))) continue;
    // A run of terminators (… !!!) ends the sentence once, after the run.
    size_t last = i;
    while (last + 1 < n && toks[last + 1].kind == TokenKind::kPunct && IsTerminator(text->Norm(toks[last + 1])) &&
           !LineBreakBetween(toks[last], toks[last + 1])) {
      ++last;
    }
    std::string_view mark = text->Norm(t);
    if (last == i && IsKickerDots(*text, cur.first_token, static_cast<uint32_t>(i))) {
      next = last + 1;
      continue;
    }
    if (mark == "." && i > 0 && last == i) {
      const Token& prev = toks[i - 1];
      std::string_view pw = text->Norm(prev);
      bool adjacent = prev.norm_end == t.norm_begin;
      bool one_letter = (prev.kind == TokenKind::kWord && pw.size() <= 2) ||
                        (prev.kind == TokenKind::kLatin && pw.size() == 1);
      if (adjacent && (one_letter || resources.abbreviations.Find(pw) != FlatStringIndex::kNone)) {
        next = last + 1;
        continue;
      }
    }
    size_t end_tok = last + 1;
    if (is_quoted(i)) {
      // Inside a quotation: a boundary only when the stop closes it (».) or is followed by the close.
      if (end_tok < n && toks[end_tok].kind == TokenKind::kPunct && QuoteKind(text->Norm(toks[end_tok])) >= 2 &&
          !is_quoted(end_tok)) {
        end_tok += 1;
      } else {
        next = last + 1;
        continue;
      }
    }
    // Closing quotes and brackets right after the stop belong to this sentence.
    while (end_tok < n && toks[end_tok].kind == TokenKind::kPunct &&
           (QuoteKind(text->Norm(toks[end_tok])) == 2 || text->Norm(toks[end_tok]) == ")") &&
           !LineBreakBetween(toks[end_tok - 1], toks[end_tok])) {
      ++end_tok;
    }
    close(end_tok);
    next = end_tok;
  }
  if (cur.first_token < n) close(n);
}

ClauseMarkerStart ClauseMarkerStartOf(const TextResources& resources, std::string_view word, std::string_view stem,
                                      uint8_t prefixes, uint8_t word_class) {
  // Marker words are in the word set as function words, so other words skip the lookup.
  ClauseMarkerStart start{FlatStringIndex::kNone, FlatStringIndex::kNone};
  if (!(word_class & kWordFunction)) return start;
  start.whole = resources.clause_marker_firsts.Find(word);
  if (prefixes == kProWa || prefixes == kProFa) start.bare = resources.clause_marker_firsts.Find(stem);
  return start;
}

bool MayOpenClause(ClauseMarkerStart start, uint8_t prefixes, uint8_t word_class, StemSource source) {
  if (start.whole != FlatStringIndex::kNone || start.bare != FlatStringIndex::kNone) return true;
  return (prefixes & kProWa) && IsVerbOnly(word_class) && source == StemSource::kLexicon;
}

void SegmentClauses(const TextResources& resources, AnalyzedText* text) {
  std::vector<uint32_t> candidates;
  for (uint32_t i = 0; i < text->tokens.size(); ++i) {
    const Token& t = text->tokens[i];
    bool may = t.kind == TokenKind::kWord
                   ? MayOpenClause(ClauseMarkerStartOf(resources, text->Norm(t), text->Stem(t), t.prefixes, t.word_class),
                                   t.prefixes, t.word_class, t.stem_source)
                   : t.kind == TokenKind::kPunct && text->Norm(t) == ";";
    if (may) candidates.push_back(i);
  }
  SegmentClauses(resources, text, candidates, {});
}

void SegmentClauses(const TextResources& resources, AnalyzedText* text, std::span<const uint32_t> candidates,
                    std::span<const ClauseMarkerStart> starts_by_type) {
  auto& toks = text->tokens;
  size_t c = 0;  // the next candidate
  for (uint32_t s = 0; s < text->sentences.size(); ++s) {
    const Sentence& sent = text->sentences[s];
    Clause cur;
    cur.first_token = sent.first_token;
    cur.sentence = s;
    auto close = [&](uint32_t end_tok) {
      if (end_tok <= cur.first_token) return;
      cur.end_token = end_tok;
      uint32_t idx = static_cast<uint32_t>(text->clauses.size());
      // (Token::sentence too: SegmentSentences leaves it to this pass over the tokens.)
      for (uint32_t k = cur.first_token; k < end_tok; ++k) {
        toks[k].clause = idx;
        toks[k].sentence = s;
      }
      text->clauses.push_back(cur);
      cur.first_token = end_tok;
    };
    // Tokens that are not candidates never cut a clause.
    for (; c < candidates.size() && candidates[c] < sent.end_token; ++c) {
      const uint32_t i = candidates[c];
      const Token& t = toks[i];
      if (i > cur.first_token) {
        bool boundary = false;
        if (t.kind == TokenKind::kWord) {
          // A clause marker, alone or after و / ف.
          ClauseMarkerStart start = t.type < starts_by_type.size()
                                        ? starts_by_type[t.type]
                                        : ClauseMarkerStartOf(resources, text->Norm(t), text->Stem(t), t.prefixes,
                                                              t.word_class);
          auto marker_at = [&](uint32_t id) {
            if (id == FlatStringIndex::kNone) return false;
            for (uint32_t m : resources.clause_markers_by_first[id]) {
              const std::vector<std::string>& marker = resources.clause_markers[m];
              bool match = i + marker.size() <= sent.end_token;
              for (size_t k = 1; match && k < marker.size(); ++k) {
                std::string_view w = text->Norm(toks[i + k]);
                match = w == marker[k] || text->Stem(toks[i + k]) == marker[k];
              }
              if (match) return true;
            }
            return false;
          };
          boundary = marker_at(start.whole) || marker_at(start.bare);
          // و joined to a word that can only be a verb opens a new verbal clause.
          if (!boundary && (t.prefixes & kProWa) && IsVerbOnly(t.word_class) && t.stem_source == StemSource::kLexicon) {
            boundary = true;
          }
        }
        if (boundary) close(i);
      }
      if (t.kind == TokenKind::kPunct && text->Norm(t) == ";") close(i + 1);
    }
    close(sent.end_token);
  }
}

}  // namespace rasad
