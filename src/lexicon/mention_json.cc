#include "lexicon/mention_json.h"

namespace rasad {
namespace {

nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

std::string MentionText(const AnalyzedText& text, const Mention& m) {
  uint32_t b = text.tokens[m.first_token].begin, e = text.tokens[m.end_token - 1].end;
  return std::string(text.original.substr(b, e - b));
}

}  // namespace

const char* ActorMentionType(const Lexicon& lex, const Mention& m) {
  if (m.record >= 0 && m.agent < 0) {
    const ActorRecord& r = lex.record(m.record);
    if (r.is_person) return "person";
    if (!r.is_state) return "organization";
  }
  return "actor";
}

nlohmann::json ActorJson(const EntityRecognizer& rec, const Lexicon& lex, const AnalyzedText& text, const Mention& m) {
  nlohmann::json j = {
      {"text", MentionText(text, m)},
      {"span", SpanJson(text, m.first_token, m.end_token)},
      {"actor_id", OrNull(rec.ActorId(m))},
      {"name_en", OrNull(rec.ActorNameEn(m))},
      {"name_ar", OrNull(rec.ActorNameAr(text, m))},
      {"country", OrNull(m.country.empty() ? m.inferred_country : m.country)},
      {"sector", OrNull(m.sector)},
  };
  if (m.country.empty() && !m.inferred_country.empty()) j["country_inferred"] = true;
  if (m.corrected) j["corrected"] = m.corrected_to;
  return j;
}

nlohmann::json PlaceJson(const Lexicon& lex, const AnalyzedText& text, const Mention& m) {
  const PlaceRecord& p = lex.places()[m.place];
  nlohmann::json j = {
      {"text", MentionText(text, m)},
      {"span", SpanJson(text, m.first_token, m.end_token)},
      {"name_en", OrNull(p.name_en)},
      {"name_ar", OrNull(p.name_ar)},
      {"country", OrNull(p.country)},
      {"admin1", OrNull(p.admin1)},
      {"lat", p.lat},
      {"lon", p.lon},
      {"geonameid", p.geonameid > 0 ? nlohmann::json(p.geonameid) : nlohmann::json(nullptr)},
      {"precision", p.kind.empty() ? "city" : p.kind},
      {"confidence", m.place_confidence},
  };
  if (m.corrected) j["corrected"] = m.corrected_to;
  return j;
}

}  // namespace rasad
