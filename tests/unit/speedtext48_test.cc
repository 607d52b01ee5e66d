// Guards for the speed work of session 48 on the event writer:
//   - the event writer writes its usual doubles inline and `rasad code` writes records straight into
//     its output buffer (AppendEventJsonLineAt): strings with quotes, backslashes, control bytes, a
//     tab and Arabic, short and long; doubles whole, with decimals, tiny, large, not finite; counts
//     large and small. Every other row is a guard_: the records were written the same before.
// Each expectation is written by hand from the input (Arabic letters are two bytes each).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "coder/event_json.h"

namespace rasad {
namespace {

// An event with a text field of each kind the writer meets; the rows set the fields they test.
Event BaseEvent() {
  Event e;
  e.event_id = "e1";
  e.doc_id = "d1";
  e.event = "ASSAULT";
  e.cameo = "180";
  e.quad_class = 4;
  e.trigger_text = "هاجم";
  e.trigger_begin = 0;
  e.trigger_end = 8;
  e.evidence = "هاجم مسلحون مركزا للشرطة";
  return e;
}

struct StringRow {
  const char* name;
  std::string evidence;  // written into the record's "evidence"
  std::string json;      // as the record must hold it, quotes included
};

const StringRow kStringRows[] = {
    {"guard_short_ascii", "abc", R"("abc")"},
    {"guard_empty", "", R"("")"},
    {"guard_quote_and_backslash", "a\"b\\c", R"("a\"b\\c")"},
    {"guard_newline_tab_return", "a\nb\tc\rd", R"("a\nb\tc\rd")"},
    {"guard_control_bytes", std::string("a\x01") + "b\x1f" + std::string(1, '\0') + "c", R"("a\u0001b\u001f\u0000c")"},
    {"guard_arabic_with_quotes", "قال \"الوزير\" إن", R"("قال \"الوزير\" إن")"},
    // 40 Arabic letters (80 bytes) then a quote, then a tab: the long path's blocks and its escapes.
    {"guard_long_arabic_then_escapes",
     "قتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلق\"ت\tل",
     "\"قتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلقتلق\\\"ت\\tل\""},
    // A backslash at the last byte of a 33-byte string (32 ASCII bytes and it).
    {"guard_backslash_at_the_end_of_a_long_string", "abcdefghijklmnopqrstuvwxyz012345\\",
     R"("abcdefghijklmnopqrstuvwxyz012345\\")"},
    // Exactly 16 and exactly 32 bytes, no escape.
    {"guard_sixteen_bytes", "قتل جرحى.", R"("قتل جرحى.")"},
    {"guard_thirty_two_bytes", "هاجم مسلحون مركزا", R"("هاجم مسلحون مركزا")"},
};

TEST(SpeedText48Test, guard_EventStringsEscaped) {
  for (const StringRow& row : kStringRows) {
    SCOPED_TRACE(row.name);
    Event e = BaseEvent();
    e.evidence = row.evidence;
    std::string out;
    AppendEventJson(e, &out);
    EXPECT_NE(out.find(",\"evidence\":" + row.json + ","), std::string::npos) << out;
    // The record parses to the tree EventToJson builds.
    EXPECT_EQ(nlohmann::json::parse(out), EventToJson(e));
  }
}

struct DoubleRow {
  const char* name;
  double goldstein;
  const char* json;
};

const DoubleRow kDoubleRows[] = {
    {"guard_zero", 0, "0.0"},
    {"guard_one", 1, "1.0"},
    {"guard_minus_two_and_a_half", -2.5, "-2.5"},
    {"guard_one_decimal", 3.4, "3.4"},
    {"guard_minus_ten", -10, "-10.0"},
    {"guard_coordinate", 33.3152, "33.3152"},
    {"guard_five_decimals", 44.36612, "44.36612"},
    {"guard_tiny", 1e-7, "0.0000001"},
    {"guard_nine_decimals", 0.000000001, "0.000000001"},
    {"guard_three_hundred_and_five", 305.25, "305.25"},
    {"guard_large_whole", 3000000000.0, "3000000000.0"},
    {"guard_large_with_a_half", 1234567.5, "1234567.5"},
    {"guard_not_a_number", std::numeric_limits<double>::quiet_NaN(), "null"},
    {"guard_infinity", std::numeric_limits<double>::infinity(), "null"},
};

TEST(SpeedText48Test, guard_EventDoubles) {
  for (const DoubleRow& row : kDoubleRows) {
    SCOPED_TRACE(row.name);
    Event e = BaseEvent();
    e.goldstein = row.goldstein;
    std::string out;
    AppendEventJson(e, &out);
    EXPECT_NE(out.find(std::string(",\"goldstein\":") + row.json + ","), std::string::npos) << out;
  }
}

TEST(SpeedText48Test, guard_EventPlaceAndCounts) {
  Event e = BaseEvent();
  e.fatalities = 0;
  e.injured = 123456;
  e.captured = std::numeric_limits<int64_t>::max();
  EventPlace p;
  p.text = "بغداد";
  p.begin = 30;
  p.end = 40;
  p.name_en = "Baghdad";
  p.country = "IRQ";
  p.lat = 33.34058;
  p.lon = 44.40088;
  p.geonameid = 98182;
  p.confidence = 0.5;
  e.location = p;
  std::string out;
  AppendEventJson(e, &out);
  EXPECT_NE(out.find(R"("fatalities":0,)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("injured":123456,)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("captured":9223372036854775807,)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("location":{"admin1":null,"confidence":0.5,"country":"IRQ","geonameid":98182,)"
                     R"("lat":33.34058,"lon":44.40088,"name_ar":null,"name_en":"Baghdad","precision":null,)"
                     R"("span":[30,40],"text":"بغداد"})"),
            std::string::npos)
      << out;
  EXPECT_EQ(nlohmann::json::parse(out), EventToJson(e));
}

// `rasad code`'s path: lines written one after another into one buffer, the bytes past the used ones
// being room; each line is the record AppendEventJson writes and a newline.
TEST(SpeedText48Test, LinesWrittenInPlace) {
  std::vector<Event> events;
  for (const StringRow& row : kStringRows) {
    Event e = BaseEvent();
    e.evidence = row.evidence;
    events.push_back(e);
  }
  std::string buf, expected;
  size_t used = 0;
  for (const Event& e : events) {
    used = AppendEventJsonLineAt(e, &buf, used);
    AppendEventJson(e, &expected);
    expected += '\n';
  }
  EXPECT_EQ(buf.substr(0, used), expected);
  // Started again at 0 (after a write), the buffer's earlier bytes are written over.
  used = AppendEventJsonLineAt(events[0], &buf, 0);
  std::string first;
  AppendEventJson(events[0], &first);
  EXPECT_EQ(buf.substr(0, used), first + "\n");
}

}  // namespace
}  // namespace rasad
