#include "lexicon/place_name.h"

#include "text/utf8.h"
#include "util/tsv_reader.h"

namespace rasad {

std::string NewsSpelling(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* p = begin;
  const auto* end = begin + text.size();
  while (p < end) {
    char32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n == 0) {  // not UTF-8: keep the byte
      out.push_back(static_cast<char>(*p++));
      continue;
    }
    bool mark = (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || (cp >= 0x200B && cp <= 0x200F) ||
                (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    if (!mark) {
      if (cp == '\t' || cp == '\n' || cp == '|') out.push_back(' ');
      else out.append(reinterpret_cast<const char*>(p), n);
    }
    p += n;
  }
  return std::string(Trim(out));
}

bool CommonWordIsPlace(const CommonWordContext& c) {
  if (c.partitive_after || c.definite_before || c.dated) return false;
  if (c.adjective || c.place_noun_before) return true;
  return c.locative_before && c.country_in_document;
}

namespace {
bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}
}  // namespace

bool AgreesAsAttribute(std::string_view noun, std::string_view adjective) {
  bool feminine_adjective = EndsWith(adjective, "ه") || EndsWith(adjective, "ة") || EndsWith(adjective, "اء");
  bool feminine_noun = EndsWith(noun, "ه") || EndsWith(noun, "ة") || EndsWith(noun, "ات");
  return feminine_adjective || !feminine_noun;
}

bool PlaceNounNamesTown(std::string_view kind) { return kind != "country"; }

bool WholeArea(std::string_view kind) { return kind == "country" || kind == "region"; }

bool StateBase(std::string_view kind) { return kind == "base"; }

bool MilitaryBase(std::string_view kind) { return kind == "base" || kind == "foreign_base"; }

}  // namespace rasad
