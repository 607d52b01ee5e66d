#include "text/segmenter.h"

#include <string_view>
#include <vector>

#include "text/text_analyzer.h"

namespace rasad {
namespace {

bool IsTerminator(std::string_view p) {
  return p == "." || p == "!" || p == "?" || (p.size() > 1 && p.find_first_not_of('.') == std::string_view::npos);
}

// Quote characters in matching form: 0 = not a quote, 1 = opening, 2 = closing, 3 = either.
int QuoteKind(std::string_view p) {
  if (p == "«" || p == "“" || p == "‹" || p == "„") return 1;
  if (p == "»" || p == "”" || p == "›") return 2;
  if (p == "\"") return 3;
  return 0;
}

// Between two consecutive tokens a and b.
bool LineBreakBetween(const Token& a, const Token& b) { return b.line_break_before; }

}  // namespace

void SegmentSentences(const TextResources& resources, AnalyzedText* text) {
  auto& toks = text->tokens;
  const size_t n = toks.size();
  if (n == 0) return;

  // Mark tokens inside quotations that close within their paragraph (one pass: a paragraph starts
  // with no quotation open).
  std::vector<uint8_t> quoted(n, 0);
  {
    std::vector<size_t> open;
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && LineBreakBetween(toks[i - 1], toks[i])) open.clear();
      if (toks[i].kind != TokenKind::kPunct) continue;
      int q = QuoteKind(text->Norm(toks[i]));
      if (q == 0) continue;
      bool closes = (q == 2) || (q == 3 && !open.empty() && QuoteKind(text->Norm(toks[open.back()])) == 3);
      if (closes && !open.empty()) {
        size_t o = open.back();
        open.pop_back();
        for (size_t k = o + 1; k < i; ++k) quoted[k] = 1;
      } else if (q != 2) {
        open.push_back(i);
      }
    }
  }

  Sentence cur;
  cur.first_token = 0;
  auto close = [&](size_t end_tok) {
    cur.end_token = static_cast<uint32_t>(end_tok);
    cur.begin = toks[cur.first_token].begin;
    cur.end = toks[end_tok - 1].end;
    uint32_t idx = static_cast<uint32_t>(text->sentences.size());
    for (size_t k = cur.first_token; k < end_tok; ++k) toks[k].sentence = idx;
    text->sentences.push_back(cur);
    cur = Sentence();
    cur.first_token = static_cast<uint32_t>(end_tok);
  };

  for (size_t i = 0; i < n; ++i) {
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
    if (mark == "." && i > 0 && last == i) {
      const Token& prev = toks[i - 1];
      std::string_view pw = text->Norm(prev);
      bool adjacent = prev.norm_end == t.norm_begin;
      bool one_letter = (prev.kind == TokenKind::kWord && pw.size() <= 2) ||
                        (prev.kind == TokenKind::kLatin && pw.size() == 1);
      if (adjacent && (one_letter || resources.abbreviations.count(std::string(pw)))) {
        i = last;
        continue;
      }
    }
    size_t end_tok = last + 1;
    if (quoted[i]) {
      // Inside a quotation: a boundary only when the stop closes it (».) or is followed by the close.
      if (end_tok < n && toks[end_tok].kind == TokenKind::kPunct && QuoteKind(text->Norm(toks[end_tok])) >= 2 &&
          !quoted[end_tok]) {
        end_tok += 1;
      } else {
        i = last;
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
    i = end_tok - 1;
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

void SegmentClauses(const TextResources& resources, AnalyzedText* text,
                    std::span<const ClauseMarkerStart> starts_by_type) {
  auto& toks = text->tokens;
  for (uint32_t s = 0; s < text->sentences.size(); ++s) {
    const Sentence& sent = text->sentences[s];
    Clause cur;
    cur.first_token = sent.first_token;
    cur.sentence = s;
    auto close = [&](uint32_t end_tok) {
      if (end_tok <= cur.first_token) return;
      cur.end_token = end_tok;
      uint32_t idx = static_cast<uint32_t>(text->clauses.size());
      for (uint32_t k = cur.first_token; k < end_tok; ++k) toks[k].clause = idx;
      text->clauses.push_back(cur);
      cur.first_token = end_tok;
    };
    for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
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
          if (!boundary && (t.prefixes & kProWa) && (t.word_class & kWordVerb) &&
              !(t.word_class & (kWordNoun | kWordName | kWordLexicon)) &&
              t.stem_source == StemSource::kLexicon) {
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
