// Guards for the speed work of session 42 on the JSON writer of events (no output changes; every row
// is a guard_ that must pass before and after):
//   - the writer keeps its position in two pointers that the out-of-line pieces (long or escaped
//     strings, numbers with decimals, growth of the line) take and give back: every field of a record
//     lands where the fixed layout puts it, after what the line held before, also when the record is
//     longer than the room first given to it;
//   - strings: escapes (quote, backslash, the control bytes, NUL), non-ASCII kept as it is, at every
//     length the writer reads differently (empty, below 16 bytes, 16 to 32, more, a byte to escape in
//     the last, overlapping block);
//   - numbers with decimals rounded without nearbyint: Goldstein values, coordinates, confidences,
//     negative zero, a number too large for the short form.
// Each expected record is written by hand from the event's fields.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coder/event.h"
#include "coder/event_json.h"

namespace rasad {
namespace {

struct StringRow {
  const char* name;
  std::string text;      // the field's bytes
  std::string expected;  // its JSON, quotes included
};

// A string in three places that the writer reaches by different paths: the trigger (inline), the
// evidence (and so the out-of-line copy for long strings) and an actor's English name.
TEST(SpeedIo42, StringsAreEscapedWhereverTheyStand) {
  const std::vector<StringRow> rows = {
      {"guard_empty", "", R"("")"},
      {"guard_quote", "a\"b", R"("a\"b")"},
      {"guard_backslash", "\\", R"("\\")"},
      {"guard_newline_return_tab", "x\ny\rz\t", R"("x\ny\rz\t")"},
      {"guard_other_controls_and_del", "\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\""},
      {"guard_nul_inside", std::string("ab\0cd", 5), R"("ab\u0000cd")"},
      {"guard_arabic_short", "غزة", "\"غزة\""},
      {"guard_quote_at_byte_15", "abcdefghijklmn\"", R"("abcdefghijklmn\"")"},
      {"guard_sixteen_plain", "0123456789abcdef", R"("0123456789abcdef")"},
      {"guard_sixteen_newline_last", "0123456789abcde\n", R"("0123456789abcde\n")"},
      {"guard_arabic_31_bytes", "الجيش الإسرائيلي", "\"الجيش الإسرائيلي\""},
      {"guard_32_quote_first", "\"123456789abcdef0123456789abcdef", R"("\"123456789abcdef0123456789abcdef")"},
      {"guard_48_plain", "0123456789abcdef0123456789abcdef0123456789abcdef",
       R"("0123456789abcdef0123456789abcdef0123456789abcdef")"},
      {"guard_47_backslash_in_last_block", "0123456789abcdef0123456789abcdef01234567\\9abcde",
       R"("0123456789abcdef0123456789abcdef01234567\\9abcde")"},
      {"guard_arabic_quote_long", "قال المتحدث: \"لن نتراجع\" ثم غادر\\انتهى",
       "\"قال المتحدث: \\\"لن نتراجع\\\" ثم غادر\\\\انتهى\""},
      {"guard_arabic_tab_long", "قصفت الطائرات المدينة\tوقتل خمسة", "\"قصفت الطائرات المدينة\\tوقتل خمسة\""},
  };
  for (const StringRow& row : rows) {
    Event e;
    e.trigger_text = row.text;
    e.evidence = row.text;
    e.source = EventActor();
    e.source->name_en = row.text;
    std::string line;
    AppendEventJson(e, &line);
    const std::string evidence = ",\"evidence\":" + row.expected + ",\"fatalities\":";
    EXPECT_NE(line.find(evidence), std::string::npos) << row.name << "\n" << line;
    // (An empty English name is null.)
    const std::string name = ",\"name_en\":" + (row.text.empty() ? std::string("null") : row.expected) + ",\"sector\":";
    EXPECT_NE(line.find(name), std::string::npos) << row.name << "\n" << line;
    const std::string tail = R"(,"trigger":{"span":[0,0],"text":)" + row.expected + "}}";
    ASSERT_GE(line.size(), tail.size()) << row.name;
    EXPECT_EQ(line.substr(line.size() - tail.size()), tail) << row.name << "\n" << line;
    EXPECT_EQ(nlohmann::json::parse(line), EventToJson(e)) << row.name;
  }
}

// A whole record: every field, in the layout's order, after a line already there.
TEST(SpeedIo42, WholeRecordAfterWhatTheLineHeld) {
  Event e;
  e.event_id = "e1";
  e.doc_id = "d\"1";
  e.sentence = 3;
  e.date = "2024-05-01";
  e.date_text = "أمس";
  e.date_begin = 10;
  e.date_end = 16;
  e.event = "ASSAULT";
  e.cameo = "190";
  e.quad_class = 4;
  e.goldstein = -10.0;
  EventActor army;
  army.text = "الجيش";
  army.begin = 0;
  army.end = 10;
  army.actor_id = "ISR_MIL";
  army.name_en = "Israeli military";
  army.name_ar = "الجيش الإسرائيلي";
  army.country = "ISR";
  army.sector = "MIL";
  e.source = army;
  EventPlace gaza;
  gaza.text = "غزة";
  gaza.begin = 20;
  gaza.end = 26;
  gaza.name_en = "Gaza";
  gaza.name_ar = "غزة";
  gaza.country = "PSE";
  gaza.precision = "city";
  gaza.lat = 31.5;
  gaza.lon = 34.4667;
  gaza.geonameid = 281133;
  e.location = gaza;
  e.fatalities = 12;
  e.captured = 0;
  e.negated = true;
  e.trigger_text = "قصف";
  e.trigger_begin = 12;
  e.trigger_end = 18;
  e.evidence = "قال \"الجيش\":\tقصف\\غزة";
  e.mentions.push_back({3, "قصف", 12, 18, 0, 40});
  e.explain = {"pattern: a\\b", "line\n2"};
  const std::string expected =
      "{\"cameo\":\"190\",\"captured\":0,\"date\":\"2024-05-01\","
      "\"date_words\":{\"span\":[10,16],\"text\":\"أمس\"},\"doc_id\":\"d\\\"1\",\"event\":\"ASSAULT\","
      "\"event_id\":\"e1\",\"evidence\":\"قال \\\"الجيش\\\":\\tقصف\\\\غزة\","
      "\"explain\":[\"pattern: a\\\\b\",\"line\\n2\"],\"fatalities\":12,\"goldstein\":-10.0,\"injured\":null,"
      "\"location\":{\"admin1\":null,\"confidence\":1.0,\"country\":\"PSE\",\"geonameid\":281133,"
      "\"lat\":31.5,\"lon\":34.4667,\"name_ar\":\"غزة\",\"name_en\":\"Gaza\",\"precision\":\"city\","
      "\"span\":[20,26],\"text\":\"غزة\"},"
      "\"mentions\":[{\"evidence_span\":[0,40],\"sentence\":3,\"trigger\":{\"span\":[12,18],\"text\":\"قصف\"}}],"
      "\"modality\":\"asserted\",\"mode\":null,\"negated\":true,\"quad_class\":4,\"sentence\":3,"
      "\"source\":{\"actor_id\":\"ISR_MIL\",\"country\":\"ISR\",\"name_ar\":\"الجيش الإسرائيلي\","
      "\"name_en\":\"Israeli military\",\"sector\":\"MIL\",\"span\":[0,10],\"text\":\"الجيش\"},"
      "\"target\":null,\"trigger\":{\"span\":[12,18],\"text\":\"قصف\"}}";
  std::string line = "{\"before\":1}\n";
  AppendEventJson(e, &line);
  EXPECT_EQ(line, "{\"before\":1}\n" + expected);
  EXPECT_EQ(nlohmann::json::parse(expected), EventToJson(e));
}

// The longest run of literals the writer puts down without a room test (a null source, then a target
// with none of its names: keys and nulls only), after evidence of 600 to 899 bytes, so that the end of
// the writer's buffer (grown a little at a time by these records, as long as no longer record came
// before them: this test comes before LongRecordGrowsTheLine) falls at many places of the run.
TEST(SpeedIo42, LongestRunOfLiteralsAtManyPlacesOfTheBuffer) {
  Event e;
  e.target = EventActor();
  const std::string expected =
      "{\"cameo\":\"\",\"captured\":null,\"date\":null,\"date_words\":null,\"doc_id\":\"\",\"event\":\"\","
      "\"event_id\":\"\",\"evidence\":\"EVIDENCE\",\"fatalities\":null,\"goldstein\":0.0,\"injured\":null,"
      "\"location\":null,\"mentions\":[],\"modality\":\"asserted\",\"mode\":null,\"negated\":false,"
      "\"quad_class\":0,\"sentence\":0,\"source\":null,\"target\":{\"actor_id\":null,\"country\":null,"
      "\"name_ar\":null,\"name_en\":null,\"sector\":null,\"span\":[0,0],\"text\":\"\"},"
      "\"trigger\":{\"span\":[0,0],\"text\":\"\"}}";
  std::string line, lines;
  for (size_t i = 0; i < 300; ++i) {
    e.evidence.assign(600 + i, 'a');
    AppendEventJson(e, &line);
    line += "\n";
    std::string record = expected;
    record.replace(record.find("EVIDENCE"), 8, e.evidence);
    lines += record + "\n";
  }
  EXPECT_EQ(line, lines);
}

// A record much longer than the first room (a long evidence with escapes, many mentions and explain
// lines, numbers of many digits): the line grows while pieces are written, none is lost or moved.
TEST(SpeedIo42, LongRecordGrowsTheLine) {
  Event e;
  std::string evidence, escaped;
  for (int i = 0; i < 200; ++i) {
    evidence += "قتل \"جندي\"\\";
    escaped += "قتل \\\"جندي\\\"\\\\";
  }
  e.evidence = evidence;
  for (uint32_t i = 0; i < 60; ++i) e.mentions.push_back({i, "قتل", 100000 + i, 100006 + i, 99999, 2000000});
  for (int i = 0; i < 40; ++i) e.explain.push_back("dictionary line \"" + std::to_string(i) + "\"");
  e.fatalities = 1234567;
  e.injured = -5;
  std::string line = "x";
  AppendEventJson(e, &line);
  EXPECT_EQ(line.substr(0, 1), "x");
  EXPECT_NE(line.find(",\"evidence\":\"" + escaped + "\",\"explain\":[\"dictionary line \\\"0\\\"\","),
            std::string::npos);
  EXPECT_NE(line.find("\"dictionary line \\\"39\\\"\"],\"fatalities\":1234567,\"goldstein\":0.0,\"injured\":-5,"),
            std::string::npos);
  EXPECT_NE(line.find("{\"evidence_span\":[99999,2000000],\"sentence\":59,"
                      "\"trigger\":{\"span\":[100059,100065],\"text\":\"قتل\"}}],"),
            std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(line.substr(1)), EventToJson(e));
}

struct NumberRow {
  const char* name;
  double goldstein;
  double lat, lon;
  float confidence;
  const char* expected;  // the place's confidence, lat and lon and the record's Goldstein value as written
};

TEST(SpeedIo42, NumbersWithDecimals) {
  const std::vector<NumberRow> rows = {
      {"guard_one_decimal", 3.4, 33.5, 36.3, 0.5f, "0.5|33.5|36.3|3.4"},
      {"guard_whole_numbers", -10.0, 0.0, 45.0, 1.0f, "1.0|0.0|45.0|-10.0"},
      {"guard_four_decimals", 7.0, 36.2021, -3.7038, 0.75f, "0.75|36.2021|-3.7038|7.0"},
      {"guard_negative_zero", -0.0, -0.5, -33.8688, 0.25f, "0.25|-0.5|-33.8688|-0.0"},
      {"guard_small_fraction", -0.1, 0.0001, -0.05, 0.125f, "0.125|0.0001|-0.05|-0.1"},
      {"guard_nine_decimals", 1.5, 12.123456789, 0.000000001, 0.0f, "0.0|12.123456789|0.000000001|1.5"},
      {"guard_whole_part_of_two_to_six_digits", 10.0, 123.456, -999999.5, 1.0f, "1.0|123.456|-999999.5|10.0"},
      {"guard_too_large_for_short_form", 2.0, 1234567.25, -2000000.0, 1.0f, "1.0|1234567.25|-2000000.0|2.0"},
  };
  for (const NumberRow& row : rows) {
    Event e;
    e.goldstein = row.goldstein;
    e.location = EventPlace();
    e.location->lat = row.lat;
    e.location->lon = row.lon;
    e.location->confidence = row.confidence;
    std::string line;
    AppendEventJson(e, &line);
    const nlohmann::json j = nlohmann::json::parse(line);
    auto between = [&](const std::string& from, const std::string& to) {
      size_t b = line.find(from);
      if (b == std::string::npos) return std::string("?");
      b += from.size();
      return line.substr(b, line.find(to, b) - b);
    };
    const std::string got = between("\"confidence\":", ",") + "|" + between("\"lat\":", ",") + "|" +
                            between("\"lon\":", ",") + "|" + between("\"goldstein\":", ",");
    EXPECT_EQ(got, row.expected) << row.name << "\n" << line;
    EXPECT_EQ(j["goldstein"].get<double>(), row.goldstein) << row.name;
    EXPECT_EQ(j["location"]["lat"].get<double>(), row.lat) << row.name;
    EXPECT_EQ(j["location"]["lon"].get<double>(), row.lon) << row.name;
  }
}

}  // namespace
}  // namespace rasad
