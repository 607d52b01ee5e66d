// Who met, who went out and whether they did, in wire-style sentences written for this table (none copied from a
// corpus), on what session 49 (args49) worked on, one class of readings per block (the numbers of the brief):
// 1. a dual title in construct with a list of states as its genitive (التقى رئيسا مصر وفرنسا، بحث وزيرا خارجية السعودية
//    وإيران): the title of each state, the first the source and the other the target of a meeting, both ways of an
//    exchange or a signing; the masculine verb agrees with the dual, whose alif is no feminine state name's;
// 2. a crowd named only by its count going out with a purpose of demand or protest and no place (خرج المئات
//    للمطالبة بإسقاط الحكومة، نزل الآلاف إلى الشوارع للاحتجاج): a demonstration by a crowd of civilians of no state
//    told, and the purpose its; not a count going out of a place with no crowd's purpose, nor soldiers; the actor after
//    a protest verb whose subject is such a crowd (احتج المئات على قرار الحكومة) is what they protest;
// 3. a protest denied of anybody (لم يتظاهر أحد ضد القرار): a negated protest with no doer, as an analyst records it;
// 4. talks with a topic of things alone and a town after في closing the clause (عقدت الأطراف جولة مفاوضات بشأن الممرات
//    الآمنة في إسطنبول): the town is the venue; a topic naming a situation, an event, a war or people keeps the place
//    after it (محادثات بشأن الوضع في غزة).
// Every expected type, code prefix, actor and negation was written by hand from the Arabic before the coder ran. An
// actor is "COUNTRY/SECTOR" ("/CVL" is civilians of no country); "*" in either part accepts any value; "" is no actor;
// nullptr is not checked. Rows named guard_ passed before the session's changes and keep the readings they protect;
// every other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::EventPlaceRow;
using testing::NegationRow;
using testing::ProbeRow;

class Args49Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args49Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A dual title in construct with two states: the leaders of each meet, agree, sign or condemn.
    {"presidents_of_egypt_and_france_met_in_paris", "التقى رئيسا مصر وفرنسا في باريس لبحث الأوضاع في غزة.", "CONSULT",
     "04", "EGY/GOV", "FRA/GOV"},
    {"foreign_ministers_of_saudi_and_iran_discussed_relations",
     "بحث وزيرا خارجية السعودية وإيران في بكين سبل تعزيز العلاقات الثنائية.", "CONSULT", "04", "SAU/GOV", "IRN/GOV"},
    {"foreign_ministers_of_russia_and_china_met_in_moscow", "التقى وزيرا خارجية روسيا والصين في موسكو.", "CONSULT",
     "04", "RUS/GOV", "CHN/GOV"},
    {"prime_ministers_of_india_and_pakistan_held_phone_talks", "أجرى رئيسا وزراء الهند وباكستان محادثات هاتفية.",
     "CONSULT", "04", "IND/GOV", "PAK/GOV"},
    // (Moved from pending in session 49: the dual of جيش in construct, جيشا, is a form of its line in agents.tsv.)
    {"armies_of_india_and_pakistan_exchanged_fire", "تبادل جيشا الهند وباكستان إطلاق النار على خط المراقبة.",
     "ASSAULT", "19", "IND/MIL", "PAK/MIL"},
    {"presidents_of_egypt_and_sudan_agreed_on_military_cooperation",
     "اتفق رئيسا مصر والسودان على تعزيز التعاون العسكري بين البلدين.", "AGREE", "03", "EGY/GOV", "SDN/GOV"},
    {"foreign_ministers_of_egypt_and_sudan_signed_memorandum",
     "وقع وزيرا خارجية مصر والسودان مذكرة تفاهم في القاهرة.", "SUPPORT", "057", "EGY/GOV", "SDN/GOV"},
    {"foreign_ministers_of_egypt_and_sudan_signed_memorandum_both_ways",
     "وقع وزيرا خارجية مصر والسودان مذكرة تفاهم في القاهرة.", "SUPPORT", "057", "SDN/GOV", "EGY/GOV"},
    {"presidents_of_egypt_and_jordan_condemned_attack_second",
     "ندد رئيسا مصر والأردن بالهجوم على المسجد الأقصى.", "ACCUSE", "111", "JOR/GOV", nullptr},
    {"presidents_of_kenya_and_somalia_met_in_nairobi", "التقى رئيسا كينيا والصومال في نيروبي.", "CONSULT", "04",
     "KEN/GOV", "SOM/GOV"},
    // 1. (Two titles, or a title and a counterpart, name each side already.)
    {"guard_egyptian_and_french_presidents_met_in_paris", "التقى الرئيس المصري والرئيس الفرنسي في باريس.", "CONSULT",
     "04", "EGY/GOV", "FRA/GOV"},
    {"guard_president_of_egypt_and_president_of_france_met", "التقى رئيس مصر ورئيس فرنسا في باريس.", "CONSULT", "04",
     "EGY/GOV", "FRA/GOV"},
    {"guard_egyptian_fm_and_his_french_counterpart_met", "التقى وزير الخارجية المصري ونظيره الفرنسي في باريس.",
     "CONSULT", "04", "EGY/GOV", "FRA/GOV"},
    {"guard_egypt_and_france_met_in_paris", "اجتمعت مصر وفرنسا في باريس.", "CONSULT", "04", "EGY/*", "FRA/*"},
    {"guard_india_and_pakistan_exchanged_fire", "تبادلت الهند وباكستان إطلاق النار على الحدود.", "ASSAULT", "19",
     "PAK/*", "IND/*"},
    {"guard_army_chiefs_of_sudan_and_chad_agreed_on_security_cooperation",
     "اتفق قائدا الجيشين السوداني والتشادي على تعزيز التعاون الأمني.", "AGREE", "03", "SDN/MIL", "TCD/MIL"},
    // 1. (A feminine verb before a state's government in construct: the government is its subject.)
    {"guard_government_of_egypt_accused_ethiopia", "اتهمت حكومة مصر إثيوبيا بتهديد أمنها المائي.", "ACCUSE", "112",
     "EGY/GOV", "ETH/*"},
    // 2. A crowd named by its count alone going out to demand or protest, with no place: a demonstration.
    // (Since session 55 the government whose fall is demanded is the protest's target: word_kinds.tsv removal.)
    {"hundreds_went_out_to_demand_the_fall_of_the_government", "خرج المئات للمطالبة بإسقاط الحكومة.", "PROTEST", "141",
     "/CVL", "/GOV"},
    {"hundreds_went_out_to_demand_demand_is_the_crowds", "خرج المئات للمطالبة برحيل الحكومة.", "REQUEST", "10", "/CVL",
     nullptr},
    {"thousands_went_out_to_condemn_rising_prices", "خرج الآلاف للتنديد بارتفاع الأسعار.", "PROTEST", "141", "/CVL",
     nullptr},
    {"hundreds_took_to_the_streets_to_protest_fuel_prices",
     "نزل المئات إلى الشوارع للاحتجاج على قرار رفع أسعار الوقود.", "PROTEST", "14", "/CVL", nullptr},
    {"dozens_went_out_to_demand_release_of_detainees", "خرج العشرات للمطالبة بالإفراج عن المعتقلين.", "PROTEST", "141",
     "/CVL", nullptr},
    {"thousands_went_out_in_the_city_streets_to_demand_fall_of_regime",
     "خرج الآلاف في شوارع المدينة للمطالبة بإسقاط النظام.", "PROTEST", "141", "/CVL", nullptr},
    // 2. (The actor after a protest verb whose subject is a crowd counted alone is what they protest, not the doer.)
    {"hundreds_protested_government_decision_to_raise_bread_prices",
     "احتج المئات على قرار الحكومة رفع أسعار الخبز.", "PROTEST", "140", "/CVL", "*/GOV"},
    {"thousands_demonstrated_against_government_decision", "تظاهر الآلاف ضد قرار الحكومة.", "PROTEST", "141", "/CVL",
     "*/GOV"},
    {"dozens_demonstrated_before_us_embassy", "تظاهر العشرات أمام السفارة الأمريكية.", "PROTEST", "141", "/CVL",
     "USA/*"},
    {"guard_hundreds_of_students_demonstrated_against_government_decision",
     "تظاهر المئات من الطلاب ضد قرار الحكومة.", "PROTEST", "141", "*/EDU", "*/GOV"},
    {"guard_students_protested_government_decision", "احتج الطلاب على قرار الحكومة.", "PROTEST", "140", "*/EDU",
     "*/GOV"},
    // 2. (With a place, the crowd is of its state; a count of people names them.)
    {"guard_thousands_went_out_in_sanaa_streets_to_demand", "خرج الآلاف في شوارع صنعاء للمطالبة برحيل الحكومة.",
     "PROTEST", "141", "YEM/CVL", nullptr},
    {"guard_thousands_of_citizens_went_out_to_demand", "خرج آلاف المواطنين للمطالبة بإسقاط الحكومة.", "PROTEST", "141",
     "*/CVL", nullptr},
    {"guard_hundreds_went_out_in_khartoum_to_demand", "خرج المئات في الخرطوم للمطالبة بوقف الحرب.", "PROTEST", "141",
     "SDN/CVL", nullptr},
    // 2. A count going out of a place, soldiers going out, a crowd going out to welcome: no demonstration.
    {"guard_hundreds_left_the_hospital_after_treatment", "خرج المئات من المستشفى بعد تلقي العلاج.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_dozens_of_soldiers_left_the_barracks", "خرج العشرات من الجنود من الثكنة.", nullptr, nullptr, nullptr,
     nullptr, "PROTEST"},
    {"guard_thousands_went_out_to_welcome_the_team", "خرج الآلاف لاستقبال المنتخب الوطني في المطار.", nullptr, nullptr,
     nullptr, nullptr, "PROTEST"},
    {"guard_hundreds_of_worshippers_left_after_friday_prayer", "خرج المئات من المصلين بعد صلاة الجمعة.", nullptr,
     nullptr, nullptr, nullptr, "PROTEST"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args49Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 3. A sentence, a PLOVER type, whether its event of that type is negated, and its source ("" for none).
class Args49NegationTest : public ::testing::TestWithParam<NegationRow> {};

TEST_P(Args49NegationTest, CodesTheProtestNegatedOrNot) { testing::ExpectNegationRow(GetParam()); }

const NegationRow kNegations[] = {
    {"nobody_demonstrated_against_the_decision", "لم يتظاهر أحد ضد القرار.", "PROTEST", true, ""},
    {"nobody_protested_the_government_decision", "لم يحتج أحد على قرار الحكومة.", "PROTEST", true, ""},
    {"nobody_demonstrated_against_government_decision", "لم يتظاهر أحد ضد قرار الحكومة.", "PROTEST", true, ""},
    {"nobody_demonstrated_against_the_new_law_yesterday", "لم يتظاهر أحد أمس ضد القانون الجديد.", "PROTEST", true, ""},
    // (A doer named after the negation, or a place, keeps its reading.)
    {"guard_students_did_not_demonstrate_against_decision", "لم يتظاهر الطلاب ضد القرار.", "PROTEST", true, "*/EDU"},
    {"guard_nobody_demonstrated_in_khartoum", "لم يتظاهر أحد في الخرطوم ضد القرار.", "PROTEST", true, ""},
    {"guard_students_demonstrated_against_decision", "تظاهر الطلاب ضد قرار رفع الرسوم الجامعية.", "PROTEST", false,
     "*/EDU"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args49NegationTest, ::testing::ValuesIn(kNegations),
                         [](const ::testing::TestParamInfo<NegationRow>& i) { return std::string(i.param.name); });

// 4. Talks placed at the town after في that closes the clause, after a topic of things alone (no actor, event, war or
// situation in it): the topic has no place of its own, the town is the venue.
class Args49VenueTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Args49VenueTest, PlacesTheTalksAtTheirVenue) { testing::ExpectEventPlaceRow(GetParam()); }

const EventPlaceRow kVenues[] = {
    {"parties_negotiated_on_safe_corridors_in_istanbul",
     "عقدت الأطراف جولة مفاوضات بشأن الممرات الآمنة في إسطنبول.", "CONSULT", "Istanbul"},
    // (Moved from coder_args48_test's pending rows in session 49.)
    {"negotiations_on_safe_corridors_in_istanbul",
     "عقد وفدا روسيا وأوكرانيا جولة مفاوضات بشأن الممرات الآمنة في إسطنبول.", "CONSULT", "Istanbul"},
    {"two_sides_talks_on_maritime_border_demarcation_in_geneva",
     "أجرى الجانبان محادثات بشأن ترسيم الحدود البحرية في جنيف.", "CONSULT", "Geneva"},
    {"delegations_negotiated_on_the_crossings_in_sharm_el_sheikh",
     "عقد الوفدان جولة مفاوضات بشأن المعابر في شرم الشيخ.", "CONSULT", "Sharm el-Sheikh"},
    {"talks_on_sharing_the_river_waters_in_jeddah", "أجرى ممثلو الطرفين مباحثات حول تقاسم مياه النهر في جدة.",
     "CONSULT", "Jeddah"},
    {"negotiations_on_grain_exports_in_istanbul", "بدأت مفاوضات حول صادرات الحبوب في إسطنبول.", "CONSULT",
     "Istanbul"},
    // (A topic with its own place before the venue; a venue that is a capital.)
    {"guard_talks_on_the_war_in_sudan_held_in_riyadh",
     "عقدت الأطراف السودانية محادثات بشأن الحرب في السودان في الرياض.", "CONSULT", "Riyadh"},
    {"guard_talks_on_the_nuclear_file_in_muscat", "عقد الوفدان محادثات بشأن الملف النووي في مسقط.", "CONSULT",
     "Muscat"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args49VenueTest, ::testing::ValuesIn(kVenues),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

// 4. A situation, an event or people in the topic are located by the place after it: the talks are not placed there.
class Args49TopicPlaceTest : public ::testing::TestWithParam<EventPlaceRow> {};

TEST_P(Args49TopicPlaceTest, LeavesTheTopicsPlaceToTheTopic) {
  const EventPlaceRow& x = GetParam();
  std::string error;
  ASSERT_NE(testing::TestEngine(&error), nullptr) << error;
  std::string seen;
  bool placed = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    placed = placed || (e.event == x.event && e.location && e.location->name_en == x.place_en);
  }
  EXPECT_FALSE(placed) << x.name << ": the " << x.event << " event is placed in the topic's " << x.place_en << ":\n"
                       << seen;
}

const EventPlaceRow kTopicPlaces[] = {
    {"guard_talks_on_the_situation_in_gaza", "انطلقت محادثات بشأن الوضع في غزة.", "CONSULT", "Gaza City"},
    {"guard_negotiations_on_the_hostages_in_gaza", "عقدت مفاوضات بشأن الرهائن في غزة.", "CONSULT", "Gaza City"},
    {"guard_envoy_talks_on_developments_in_el_fasher", "أجرى المبعوث محادثات حول التطورات في الفاشر.", "CONSULT",
     "El Fasher"},
    {"guard_negotiations_on_ceasefire_in_gaza", "بدأت مفاوضات حول وقف إطلاق النار في غزة.", "CONSULT", "Gaza City"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args49TopicPlaceTest, ::testing::ValuesIn(kTopicPlaces),
                         [](const ::testing::TestParamInfo<EventPlaceRow>& i) { return std::string(i.param.name); });

// (No reading is pending: the exchange of fire between the armies of India and Pakistan, pending at args49's end
// for want of the dual جيشا in lexicon/agents.tsv, passes since the lead added it and moved to kCases.)

}  // namespace
}  // namespace rasad
