#include "coder/evaluation.h"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include "text/arabic_normalizer.h"
#include "text/utf8.h"

namespace rasad {
namespace {

using nlohmann::json;

double Round4(double x) { return std::round(x * 10000.0) / 10000.0; }

std::string Str(const json& j) {
  if (j.is_null()) return {};
  if (j.is_string()) return j.get<std::string>();
  return j.dump();
}

// score.py's norm(): the matching form with punctuation as space and white space collapsed.
std::string Norm(const json& j) {
  std::string folded = ArabicNormalizer::Get().Normalize(Str(j));
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  const auto* end = p + folded.size();
  bool space = true;
  while (p < end) {
    char32_t cp;
    int n = DecodeUtf8(p, end, &cp);
    if (n == 0) {
      ++p;
      continue;
    }
    bool word = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || cp == '_' || cp >= 0x80;
    bool punct_like = cp < 0x80 && !word;
    if (cp >= 0x2000 && cp <= 0x206F) punct_like = true;  // general punctuation (quotes, dashes)
    if (cp == 0xAB || cp == 0xBB) punct_like = true;       // « »
    if (punct_like) {
      if (!space) out.push_back(' ');
      space = true;
    } else {
      out.append(reinterpret_cast<const char*>(p), n);
      space = false;
    }
    p += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string StripClitics(const std::string& w) {
  static const char* kPrefixes[] = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"};
  auto letters = [](std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  for (const char* p : kPrefixes) {
    std::string_view ps(p);
    if (w.compare(0, ps.size(), ps) == 0 && letters(w) - letters(ps) >= 2) return w.substr(ps.size());
  }
  return w;
}

std::string Loose(const json& j) {
  std::string n = Norm(j), out;
  size_t start = 0;
  while (start <= n.size()) {
    size_t sp = n.find(' ', start);
    std::string w = n.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
    if (!w.empty()) {
      if (!out.empty()) out += ' ';
      out += StripClitics(w);
    }
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return out;
}

bool Counts(const json& e) {
  bool negated = e.value("negated", false);
  json m = e.contains("modality") ? e["modality"] : json(nullptr);
  bool asserted = m.is_null() || m == "asserted" || m == "reported" || m == "alleged";
  return !negated && asserted;
}

std::map<std::string, std::vector<const json*>> ByDoc(const std::vector<json>& events) {
  std::map<std::string, std::vector<const json*>> docs;
  for (const json& e : events) docs[Str(e.value("doc_id", json(nullptr)))].push_back(&e);
  return docs;
}

json Prf(int tp, int fp, int fn) {
  double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0;
  double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  return {{"precision", Round4(p)}, {"recall", Round4(r)}, {"f1", Round4(f)}};
}

bool RoleOk(const json& pred, const json& gold) {
  if (!pred.is_object()) return false;
  for (const char* k : {"country", "sector"}) {
    if (gold.contains(k) && !gold[k].is_null() && !Str(gold[k]).empty()) {
      if (!pred.contains(k) || Str(pred[k]) != Str(gold[k])) return false;
    }
  }
  return true;
}

std::string ActorText(const json& a) {
  std::string out;
  for (const char* k : {"text", "name", "name_en", "name_ar", "actor_id"}) {
    if (!a.contains(k) || a[k].is_null() || Str(a[k]).empty()) continue;
    if (!out.empty()) out += " | ";
    out += Norm(a[k]);
  }
  return out;
}

bool ActorOk(const json& pred, const json& want) {
  if (want.is_null()) return true;
  if (!pred.is_object()) return false;
  if (want.contains("country") && !want["country"].is_null() && Str(want["country"]) != Str(pred.value("country", json(nullptr)))) {
    return false;
  }
  if (want.contains("hint") && want["hint"].is_array() && !want["hint"].empty()) {
    std::string text = ActorText(pred);
    for (const json& h : want["hint"]) {
      std::string n = Norm(h);
      if (!n.empty() && text.find(n) != std::string::npos) return true;
    }
    return false;
  }
  return true;
}

bool PlaceOk(const json& pred, const json& names) {
  if (!names.is_array() || names.empty()) return true;
  if (!pred.is_object()) return false;
  std::string text;
  for (const char* k : {"text", "name", "name_en", "name_ar"}) {
    if (!pred.contains(k) || pred[k].is_null() || Str(pred[k]).empty()) continue;
    if (!text.empty()) text += " | ";
    text += Loose(pred[k]);
  }
  for (const json& n : names) {
    if (text.find(Loose(n)) != std::string::npos) return true;
  }
  return false;
}

bool SeedMatch(const json& e, const json& g) {
  const json& types = g["event"];
  if (std::find(types.begin(), types.end(), e.value("event", json(nullptr))) == types.end() || !Counts(e)) return false;
  if (g.contains("cameo_root") && g["cameo_root"].is_array() && !g["cameo_root"].empty()) {
    std::string cameo = Str(e.value("cameo", json("")));
    bool ok = false;
    for (const json& r : g["cameo_root"]) ok = ok || cameo.rfind(Str(r), 0) == 0;
    if (!ok) return false;
  }
  auto get = [](const json& j, const char* k) { return j.contains(k) ? j[k] : json(nullptr); };
  double fat = e.contains("fatalities") && e["fatalities"].is_number() ? e["fatalities"].get<double>() : 0;
  double need = g.contains("fatalities_min") ? g["fatalities_min"].get<double>() : 0;
  return ActorOk(get(e, "source"), get(g, "source")) && ActorOk(get(e, "target"), get(g, "target")) &&
         PlaceOk(get(e, "location"), get(g, "place")) && fat >= need;
}

}  // namespace

Result<std::vector<json>> ReadJsonLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::vector<json> out;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      out.push_back(json::parse(line));
    } catch (const json::parse_error& e) {
      return Status::Error(fmt::format("{}:{}: not JSON: {}", path, n, e.what()));
    }
  }
  return out;
}

json EvaluateDetect(const std::vector<json>& events, const std::vector<json>& gold) {
  auto docs = ByDoc(events);
  std::set<std::string> types;
  for (const json& g : gold) types.insert(Str(g["type"]));
  json res = json::object();
  for (const std::string& type : types) {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (const json& g : gold) {
      if (Str(g["type"]) != type) continue;
      bool hit = false;
      for (const json* e : docs[Str(g["id"])]) hit = hit || (Str(e->value("event", json(nullptr))) == type && Counts(*e));
      bool yes = Str(g["label"]) == "yes";
      tp += hit && yes;
      fp += hit && !yes;
      fn += yes && !hit;
      tn += !yes && !hit;
    }
    json r = {{"tp", tp}, {"fp", fp}, {"fn", fn}, {"tn", tn}};
    r.update(Prf(tp, fp, fn));
    res[type] = r;
  }
  return res;
}

json EvaluateActors(const std::vector<json>& events, const std::vector<json>& gold) {
  auto docs = ByDoc(events);
  json res = json::object();
  for (const char* side : {"source", "target"}) {
    int scored = 0, right = 0;
    for (const json& g : gold) {
      std::vector<const json*> spans;
      for (const json& s : g["events"]) {
        const json& a = s[side];
        if ((a.contains("country") && !a["country"].is_null()) || (a.contains("sector") && !a["sector"].is_null())) {
          spans.push_back(&a);
        }
      }
      if (spans.empty()) continue;
      ++scored;
      bool ok = false;
      for (const json* e : docs[Str(g["id"])]) {
        if (Str(e->value("event", json(nullptr))) != Str(g["type"]) || !Counts(*e)) continue;
        json pred = e->contains(side) ? (*e)[side] : json(nullptr);
        for (const json* s : spans) ok = ok || RoleOk(pred, *s);
      }
      right += ok;
    }
    res[side] = {{"records", scored}, {"correct", right},
                 {"accuracy", scored ? Round4(static_cast<double>(right) / scored) : 0.0}};
  }
  return res;
}

json EvaluateSeed(const std::vector<json>& events, const std::vector<json>& gold) {
  json missed = json::array(), optional_found = json::array(), violated = json::array();
  int required = 0;
  for (const json& g : gold) {
    bool req = g.value("required", false), forb = g.value("forbidden", false);
    bool any = false;
    for (const json& e : events) any = any || SeedMatch(e, g);
    if (req) {
      ++required;
      if (!any) missed.push_back(g["id"]);
    } else if (forb) {
      if (any) violated.push_back(g["id"]);
    } else if (any) {
      optional_found.push_back(g["id"]);
    }
  }
  return {{"required", required},
          {"found", required - static_cast<int>(missed.size())},
          {"missed", missed},
          {"optional_found", optional_found},
          {"forbidden_violated", violated},
          {"events_emitted", events.size()}};
}

Result<json> Evaluate(const std::string& task, const std::string& events_path, const std::string& gold_path) {
  if (task != "detect" && task != "actors" && task != "seed") {
    return Status::Error("unknown task '" + task + "' (expected detect, actors or seed)");
  }
  auto events = ReadJsonLines(events_path);
  if (!events.ok()) return events.status();
  auto gold = ReadJsonLines(gold_path);
  if (!gold.ok()) return gold.status();
  try {
    if (task == "detect") return EvaluateDetect(*events, *gold);
    if (task == "actors") return EvaluateActors(*events, *gold);
    return EvaluateSeed(*events, *gold);
  } catch (const json::exception& e) {
    return Status::Error(gold_path + ": not a " + task + " gold file: " + e.what());
  }
}

}  // namespace rasad
