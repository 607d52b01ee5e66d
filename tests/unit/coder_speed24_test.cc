// Guards for the speed work of session 24: the memory of events kept from one document to the next
// (RecycleEvents, DocumentCoder::NewEvent). Expected triggers, types and sentences were written by
// hand from the Arabic; the rest compares a document coded after others with the same document coded
// alone.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "coder/event_coder.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// Every field of an event as one line, to compare two codings of the same document.
std::string Fields(const Event& e) {
  auto actor = [](const std::optional<EventActor>& a) {
    if (!a) return std::string("-");
    return a->text + "|" + std::to_string(a->begin) + "|" + std::to_string(a->end) + "|" + a->actor_id + "|" +
           a->name_en + "|" + a->name_ar + "|" + a->country + "|" + a->sector + "|" +
           (a->corrected ? "c" : "") + a->corrected_to;
  };
  std::string s = e.event_id + "|" + e.doc_id + "|" + std::to_string(e.sentence) + "|" + e.date + "|" + e.date_text +
                  "|" + std::to_string(e.date_begin) + "|" + std::to_string(e.date_end) + "|" + e.event + "|" +
                  e.mode + "|" + e.cameo + "|" + std::to_string(e.quad_class) + "|" + std::to_string(e.goldstein) +
                  "|" + actor(e.source) + "|" + actor(e.target) + "|";
  s += e.location ? e.location->text + "|" + e.location->name_en + "|" + e.location->country : "-";
  for (const std::optional<int64_t>* n : {&e.fatalities, &e.injured, &e.captured}) {
    s += "|" + (*n ? std::to_string(**n) : std::string("-"));
  }
  s += std::string("|") + (e.negated ? "neg" : "") + "|" + e.modality + "|" + e.trigger_text + "|" +
       std::to_string(e.trigger_begin) + "|" + std::to_string(e.trigger_end) + "|" + e.evidence;
  for (const EventMention& m : e.mentions) {
    s += "|m:" + std::to_string(m.sentence) + ":" + m.trigger_text + ":" + std::to_string(m.trigger_begin) + ":" +
         std::to_string(m.trigger_end) + ":" + std::to_string(m.sentence_begin) + ":" + std::to_string(m.sentence_end);
  }
  for (const std::string& x : e.explain) s += "|x:" + x;
  return s;
}

std::vector<std::string> AllFields(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(Fields(e));
  return out;
}

Document Doc(const std::string& id, const std::string& text, const std::string& date) {
  Document d;
  d.id = id;
  d.text = text;
  d.date = date;
  return d;
}

// Documents coded one after another into one vector (RecycleEvents between them, as `rasad code`
// does) give each the events it gives coded alone by a fresh worker.
TEST(Speed24EventReuseTest, DocumentsAfterOthersCodeAsAlone) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::vector<Document> docs = {
      // A long sentence with a source, a target, a place and a relative date...
      Doc("a", "قصفت الطائرات الإسرائيلية مخيم جباليا في شمال قطاع غزة أمس وقتلت عشرة مدنيين على الأقل.",
          "2024-05-10"),
      // ... then a short one with no date words and no place: none of the first's may remain.
      Doc("b", "تظاهر الطلاب.", ""),
      // Two events from one sentence, then one: the second slot's memory is reused.
      Doc("c", "اعتقلت الشرطة عشرين متظاهرا وأصابت خمسة آخرين في العاصمة.", "2024-05-10"),
      Doc("d", "أدان الرئيس الفرنسي الهجوم.", "2024-05-10"),
      // The same words in a later document (the memo of word types kept across documents).
      Doc("e", "قصفت الطائرات الإسرائيلية مخيم جباليا في شمال قطاع غزة أمس وقتلت عشرة مدنيين على الأقل.",
          "2024-05-11"),
      Doc("f", "تظاهر الطلاب.", ""),
  };
  for (bool explain : {false, true}) {
    Worker reused(engine);
    std::vector<Event> events;
    for (const Document& d : docs) {
      RecycleEvents(&events);
      EXPECT_TRUE(events.empty());
      reused.Code(d, explain, &events);
      Worker fresh(engine);
      std::vector<Event> alone;
      fresh.Code(d, explain, &alone);
      EXPECT_EQ(AllFields(events), AllFields(alone)) << d.id << (explain ? " explain" : "");
    }
  }
}

TEST(Speed24EventReuseTest, HandCheckedFieldsOfAReusedEvent) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  std::vector<Event> events;
  const std::string first = "قصفت الطائرات الإسرائيلية مخيم جباليا في شمال قطاع غزة أمس وقتلت عشرة مدنيين على الأقل.";
  worker.Code(Doc("a", first, "2024-05-10"), false, &events);
  ASSERT_FALSE(events.empty());
  // (The air strike, its trigger opening with قصفت (with or without its doer الطائرات, a phrase of
  // triggers.tsv), with its sentence as evidence.)
  EXPECT_EQ(events[0].trigger_text.rfind("قصفت", 0), 0u) << events[0].trigger_text;
  EXPECT_EQ(events[0].evidence, first);
  const size_t evidence_capacity = events[0].evidence.capacity();
  RecycleEvents(&events);
  ASSERT_TRUE(events.empty());
  const std::string second = "تظاهر الطلاب.";
  worker.Code(Doc("b", second, ""), false, &events);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  // تظاهر: a demonstration, no date given in the text or the document, no place, no toll.
  EXPECT_EQ(e.event, "PROTEST");
  EXPECT_EQ(e.doc_id, "b");
  EXPECT_EQ(e.trigger_text, "تظاهر");
  EXPECT_EQ(e.trigger_begin, 0u);
  EXPECT_EQ(e.trigger_end, std::string("تظاهر").size());
  EXPECT_EQ(e.evidence, second);
  EXPECT_EQ(e.date, "");
  EXPECT_EQ(e.date_text, "");
  EXPECT_FALSE(e.location);
  EXPECT_FALSE(e.fatalities);
  EXPECT_FALSE(e.negated);
  EXPECT_EQ(e.modality, "asserted");
  ASSERT_EQ(e.mentions.size(), 1u);
  EXPECT_EQ(e.mentions[0].trigger_text, "تظاهر");
  EXPECT_EQ(e.mentions[0].sentence_begin, 0u);
  EXPECT_EQ(e.mentions[0].sentence_end, second.size());
  EXPECT_TRUE(e.explain.empty());
  // The evidence was written into the first event's memory, not a new buffer.
  EXPECT_GE(e.evidence.capacity(), evidence_capacity);
}

TEST(Speed24EventReuseTest, RecycleClearsAnyVector) {
  std::vector<Event> events(3);
  events[0].evidence = std::string(200, 'x');
  events[1].mentions.push_back({0, "قتل", 0, 6, 0, 200});
  events[2].explain.push_back("why");
  RecycleEvents(&events);
  EXPECT_TRUE(events.empty());
  RecycleEvents(&events);  // (an empty vector: nothing to keep)
  EXPECT_TRUE(events.empty());
}

}  // namespace
}  // namespace rasad
