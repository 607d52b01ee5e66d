// Dictionary classes of session 41 (lex41):
//  1. The kind of a garment is no one (word_kinds.tsv garment): يرتدي زيا عسكريا، بزي مدني، يرتدون زي الشرطة. The
//     adjective or genitive after زي، لباس، بزة، ملابس says what the uniform is; before, it was read as a soldier, a
//     civilian or the police, and became the victim of the gunmen who wore it.
//  2. A make after a vehicle is no place (word_kinds.tsv vehicle): سيارة تويوتا، شاحنات تويوتا، سيارة من طراز
//     تويوتا are no Toyota, Japan. The town stays a town after a place noun (مدينة تويوتا).
//  3. A town's name read off a word's stem with a pronoun split off is no place (a place takes no possessive
//     pronoun): طمرتها "buried it" is no طمرة (Tamra), جدته "his grandmother" no جدة (Jeddah). A name whose last
//     letters the text layer took for the pronoun (بغانا) stays a place.
//  4. The Ministry of Health in Gaza is a ministry, PSE GOV as every وزارة (it was HLH). (Pending: the seat of a
//     reporting body, وزارة الداخلية في صنعاء، is taken as the event's place over a governorate the sentence gives.)
// Every sentence was written for this table (none copied from a corpus) and every expected value was written from
// the Arabic. Rows named guard_ passed before the session's change and keep the readings they protect; every other
// row failed before it, except those of the pending table, gaps found and not closed (they state the right
// reading).
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;
using testing::NamedActorRow;
using testing::NamedPlaceRow;

const CodedEventRow kEvents[] = {
    // 1. The wearers' victims, not the uniform.
    {"uniform_wearers_kill_civilians", "2025-06-01", "قتل مسلحون يرتدون زيا عسكريا خمسة مدنيين في شمال دارفور.",
     "19", "SDN/UAF", "SDN/CVL"},
    {"police_uniform_wearers_kidnap_traders", "2025-06-01", "خطف مسلحون يرتدون زي الشرطة ثلاثة تجار في بلوشستان.",
     "18", "PAK/UAF", "PAK/BUS"},
    {"guard_man_in_uniform_arrested", "2025-06-01", "اعتقلت الشرطة العراقية رجلا يرتدي زيا عسكريا في البصرة.",
     "173", "IRQ/COP", "IRQ/CVL"},
};

class Lex41EventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(Lex41EventTest, CodesTheEvent) { testing::ExpectCodedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex41EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<CodedEventRow>& i) { return std::string(i.param.name); });

// A word that must not be read as a mention of its kind: no actor (or place) mention's words contain it.
struct NotReadRow {
  const char* name;
  const char* text;
  const char* span_text;
  bool place;  // true: no place mention; false: no actor mention
};

void PrintTo(const NotReadRow& x, std::ostream* os) { *os << x.name; }

const NotReadRow kNotRead[] = {
    // 1. The kind of a garment.
    {"military_dress_no_soldier", "ظهر مسلح يرتدي زيا عسكريا في تسجيل مصور من درعا.", "عسكريا", false},
    {"military_clothes_no_soldier", "اعتقلت الشرطة رجلا يرتدي لباسا عسكريا في البصرة.", "عسكريا", false},
    {"civilian_dress_no_civilian", "اقتحم مسلحون بزي مدني منزلا في طرابلس.", "مدني", false},
    {"police_uniform_no_police", "أطلق مسلحون يرتدون زي الشرطة النار على حافلة في بلوشستان.", "الشرطة", false},
    // 2. A make after a vehicle.
    {"toyota_car_no_place", "انفجرت سيارة تويوتا مفخخة في مقديشو.", "تويوتا", true},
    {"toyota_trucks_no_place", "استولى المسلحون على شاحنات تويوتا في شمال مالي.", "تويوتا", true},
    {"toyota_model_no_place", "ضبطت القوات العراقية سيارة من طراز تويوتا في الأنبار.", "تويوتا", true},
    // 3. A pronoun on a town's name.
    {"buried_it_no_tamra", "انتشلت فرق الدفاع المدني جثة طفلة بعد أن طمرتها الأنقاض في حلب.", "طمرتها", true},
    {"grandmother_no_jeddah", "زار الأسير المحرر جدته في مخيم جنين.", "جدته", true},
};

class Lex41NotReadTest : public ::testing::TestWithParam<NotReadRow> {};

TEST_P(Lex41NotReadTest, WordIsNoMentionOfItsKind) {
  const NotReadRow& x = GetParam();
  std::string seen;
  bool read = false;
  testing::ForEachMention(x.text, "2025-06-01", [&](const Mention& m, const std::string& words, const Engine&) {
    seen += words + (m.is_place() ? " place" : "") + (m.is_actor ? " actor" : "") + "\n";
    read = read || ((x.place ? m.is_place() : m.is_actor) && words.find(x.span_text) != std::string::npos);
  });
  EXPECT_FALSE(read) << x.name << ": '" << x.span_text << "' read as " << (x.place ? "a place" : "an actor")
                     << "; mentions:\n"
                     << seen;
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex41NotReadTest, ::testing::ValuesIn(kNotRead),
                         [](const ::testing::TestParamInfo<NotReadRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // 2. and 3. The towns themselves.
    {"guard_toyota_city", "2025-06-01", "زار الوزير مدينة تويوتا اليابانية.", "تويوتا", "JPN"},
    {"guard_jeddah", "2025-06-01", "وصل الوفد السوداني إلى جدة.", "جدة", "SAU"},
    {"guard_ghana_after_bi", "2025-06-01", "احتج المعلمون في أكرا بغانا.", "بغانا", "GHA"},
};

class Lex41PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex41PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex41PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

const NamedActorRow kActors[] = {
    // 4. A ministry.
    {"gaza_health_ministry", "2025-06-01", "أعلنت وزارة الصحة في غزة ارتفاع عدد القتلى.", "وزارة الصحة في غزة", "PSE",
     "GOV"},
    {"gaza_health_ministry_bi", "2025-06-01", "قالت وزارة الصحة بغزة إن المستشفيات خرجت عن الخدمة.", "وزارة الصحة بغزة",
     "PSE", "GOV"},
};

class Lex41ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name stands for the actor of the expected country and sector.
TEST_P(Lex41ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex41ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

// Pending: gaps found and not closed; each row states the right reading, passes while the gap stays and fails once
// it is closed (then make it a row that must hold). The seat of a body that reports an event (وزارة الداخلية في
// صنعاء، الشرطة في بغداد) is where the body sits, not where the event is: a governorate the sentence gives is the
// event's place. The coder's place choice (coder/arguments.cc PlaceFor) lets a region give way to a town named
// anywhere in the clause, the seat before the trigger included.
struct EventPlaceRow {
  const char* name;
  const char* text;
  const char* cameo;
  const char* place_text;  // the event's place as written
};

void PrintTo(const EventPlaceRow& x, std::ostream* os) { *os << x.name; }

const EventPlaceRow kPendingPlaces[] = {
    {"seat_of_interior_ministry_not_the_place", "أعلنت وزارة الداخلية في صنعاء اعتقال خلية في محافظة إب.", "173",
     "محافظة إب"},
    {"seat_of_police_not_the_place", "أعلنت الشرطة في بغداد اعتقال عصابة في محافظة ديالى.", "173", "محافظة ديالى"},
};

class Lex41PendingPlaceTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Lex41PendingPlaceTest, IsStillAGap) {
  const EventPlaceRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  bool right = false;
  for (const Event& e : testing::CodeText(x.text, "2025-06-01")) {
    right = right || (e.cameo.starts_with(x.cameo) && e.location && e.location->text == x.place_text);
  }
  EXPECT_FALSE(right) << x.name << ": the gap is closed; make the row one that must hold";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Lex41PendingPlaceTest, ::testing::ValuesIn(kPendingPlaces),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
