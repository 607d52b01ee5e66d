// Guards for session 26's changes of speed in the coder (speedcoder26), which change no output:
// - Modality's lists of "any" (أي، لأي، بأي) and of the verbs of wanting (ينوي، يعتزم، يحاول) are
//   constants of the file instead of lists built at each call;
// - SportAt turns away, inline, a word of no kind of sport that is not منتخب or دوري;
// - the JSON writer of events writes its punctuation and keys as literals, with no state of commas.
// The sentences were written for this table (none copied from a corpus), their expected types, code
// prefixes and actors by hand from the Arabic before the coder ran; every row is a guard_ row: it
// passed before the change and keeps what it protects. The JSON records below were written by hand too.
// An actor is "COUNTRY/SECTOR" ("SDN/" a state with no sector); "*" in either part accepts any value.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "coder/event_json.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

const ProbeRow kCases[] = {
    // "Any" before the noun: a case in general, not an attack that happened.
    {"guard_any_attack_is_no_event", "هددت الحكومة اليمنية بالرد بقوة على أي هجوم يستهدف موانئ الحديدة.", nullptr,
     nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_any_with_li_is_no_event", "أعلن الجيش الصومالي استعداده للتصدي لأي هجوم على مقديشو.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // A negated verb of wanting negates the act it governs.
    {"guard_negated_intention", "قال مسؤول إن الحكومة السودانية لا تنوي شن هجوم على مدينة الفاشر.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // Without أي the attack is reported.
    {"guard_attack_without_any", "شنت طائرات مسيرة أوكرانية هجوما على مصفاة نفط في منطقة بريانسك الروسية.",
     "ASSAULT", "1", nullptr, nullptr},
    // A team in a sentence of sport: a defeat in a match is no attack.
    {"guard_national_team_in_match", "هزم المنتخب المغربي نظيره الجزائري في مباراة ودية بالرباط.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
    // منتخب as the adjective "elected" after a definite noun is no team.
    {"guard_elected_president_not_team", "اعتقلت الشرطة الصومالية عشرات من أنصار الرئيس المنتخب في مقديشو.",
     "COERCE", "17", "SOM/COP", nullptr},
    // A word of kind team (فريق) with no competition in the sentence keeps its other sense.
    {"guard_team_word_without_sport", "قتل مسلحون مجهولون عضوين في فريق الإغاثة التابع للأمم المتحدة في دارفور.",
     "ASSAULT", "1", nullptr, nullptr},
};

class SpeedCoder26Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(SpeedCoder26Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, SpeedCoder26Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

std::string Line(const Event& e) {
  std::string line;
  AppendEventJson(e, &line);
  return line;
}

// Every optional part of a record present: the date's words, the explanation, a place with its
// relative phrase, two mentions, a corrected source; and a quote to escape in the evidence.
TEST(SpeedCoder26JsonTest, FullRecordWrittenByHand) {
  Event e;
  e.cameo = "190";
  e.date = "2024-05-10";
  e.date_text = "أمس";
  e.date_begin = 10;
  e.date_end = 16;
  e.doc_id = "d1";
  e.event = "ASSAULT";
  e.event_id = "e1";
  e.evidence = "قصف \"الجيش\"";
  e.explain = {"a", "b"};
  e.fatalities = 3;
  e.goldstein = -10;
  EventPlace p;
  p.text = "غزة";
  p.begin = 20;
  p.end = 26;
  p.name_en = "Gaza";
  p.name_ar = "غزة";
  p.country = "PSE";
  p.precision = "city";
  p.lat = 31.5;
  p.lon = 34.25;
  p.geonameid = 281133;
  p.confidence = 0.5;
  p.relative = "north of";
  e.location = p;
  EventMention m1;
  m1.sentence = 0;
  m1.trigger_text = "قصف";
  m1.trigger_begin = 0;
  m1.trigger_end = 6;
  m1.sentence_begin = 0;
  m1.sentence_end = 40;
  EventMention m2;
  m2.sentence = 1;
  m2.trigger_text = "غارة";
  m2.trigger_begin = 41;
  m2.trigger_end = 49;
  m2.sentence_begin = 41;
  m2.sentence_end = 80;
  e.mentions = {m1, m2};
  e.quad_class = 4;
  EventActor a;
  a.text = "الجيش";
  a.begin = 7;
  a.end = 19;
  a.actor_id = "ISR_MIL";
  a.name_en = "Israeli military";
  a.country = "ISR";
  a.sector = "MIL";
  a.corrected = true;
  a.corrected_to = "ISR_GOV";
  e.source = a;
  e.trigger_text = "قصف";
  e.trigger_begin = 0;
  e.trigger_end = 6;
  const std::string expected =
      R"({"cameo":"190","captured":null,"date":"2024-05-10","date_words":{"span":[10,16],"text":"أمس"},)"
      R"("doc_id":"d1","event":"ASSAULT","event_id":"e1","evidence":"قصف \"الجيش\"","explain":["a","b"],)"
      R"("fatalities":3,"goldstein":-10.0,"injured":null,"location":{"admin1":null,"confidence":0.5,)"
      R"("country":"PSE","geonameid":281133,"lat":31.5,"lon":34.25,"name_ar":"غزة","name_en":"Gaza",)"
      R"("precision":"city","relative":"north of","span":[20,26],"text":"غزة"},"mentions":[)"
      R"({"evidence_span":[0,40],"sentence":0,"trigger":{"span":[0,6],"text":"قصف"}},)"
      R"({"evidence_span":[41,80],"sentence":1,"trigger":{"span":[41,49],"text":"غارة"}}],)"
      R"("modality":"asserted","mode":null,"negated":false,"quad_class":4,"sentence":0,)"
      R"("source":{"actor_id":"ISR_MIL","country":"ISR","corrected":"ISR_GOV","name_ar":null,)"
      R"("name_en":"Israeli military","sector":"MIL","span":[7,19],"text":"الجيش"},"target":null,)"
      R"("trigger":{"span":[0,6],"text":"قصف"}})";
  EXPECT_EQ(Line(e), expected);
  EXPECT_EQ(nlohmann::json::parse(Line(e)), EventToJson(e));
}

// Every optional part absent: no explanation key, an empty list of mentions, nulls.
TEST(SpeedCoder26JsonTest, EmptyRecordWrittenByHand) {
  Event e;
  e.negated = true;
  const std::string expected =
      R"({"cameo":"","captured":null,"date":null,"date_words":null,"doc_id":"","event":"","event_id":"",)"
      R"("evidence":"","fatalities":null,"goldstein":0.0,"injured":null,"location":null,"mentions":[],)"
      R"("modality":"asserted","mode":null,"negated":true,"quad_class":0,"sentence":0,"source":null,)"
      R"("target":null,"trigger":{"span":[0,0],"text":""}})";
  EXPECT_EQ(Line(e), expected);
  EXPECT_EQ(nlohmann::json::parse(Line(e)), EventToJson(e));
}

}  // namespace
}  // namespace rasad
