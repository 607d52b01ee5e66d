// Guards for the speed work of session 47 on the coder (no reading changes; every row is a guard_ that passed
// before the changes and must pass after them, its expectation written by hand from the Arabic):
//   - FindTriggersAndCues asks the readings of a phrase split after its first word (SplitNounPhrase, DateSplit,
//     PartiesSplit, MachineSubjectSplit, the readings across a count, أي or a pronoun) only of a word that starts
//     a trigger phrase of two words or more (kept per word type with its trie roots): a phrase split by its
//     subject or a date is still read whole, and a one-word verb still gives its event;
//   - Run hashes an event's id part by part into the event's own string, kept with its memory from one document
//     to the next: the id is still ContentHash of doc_id|key|sentence, alone and after other documents;
//   - ReadNounArguments' loops for a verb of receiving, doing, carrying out or going on, and CodeTrigger's for a verb
//     of undergoing or a cause of accident, read no cue where the document has none of their kinds (CuesOfKindsIn):
//     the subject of such a verb is still the noun's target or doer, and the victims of a flood are no assault;
//   - ComplementTargets asks whether an act follows only a hit with a condemnation, a threat or an agreement among
//     its events, and PartiesNamedByDual passes the hits without events: a condemnation of an act is still aimed
//     at its doer, a threat at the act's target, and an agreement signed by "the two sides" is still between the
//     two named before.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/document_reader.h"
#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

// An article of many events, sides and places, coded by the same worker before and after each row: its events
// leave memory (strings, ids, mention lists) that the row's events then reuse.
constexpr const char* kLongArticle =
    "شنت الطائرات الإسرائيلية غارات على مواقع في جنوب لبنان فجر اليوم، وقال الجيش اللبناني إن القصف طال ثلاث قرى. "
    "واعتقلت قوات الأمن العراقية سبعة مطلوبين في محافظة البصرة. "
    "وخرج مئات الطلاب إلى الشوارع في الخرطوم احتجاجا على إغلاق جامعتهم. "
    "والتقى وزير الخارجية المصري نظيره الأردني في عمان، ووقع الجانبان مذكرة تفاهم. "
    "وهدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.";

const ProbeRow kRows[] = {
    // Unknown gunmen opened fire on a police patrol in Mosul: أطلق ... النار, the phrase split by its subject
    // (193, an assault with small arms), read whole.
    {"guard_gunmen_opened_fire_past_their_subject", "أطلق مسلحون مجهولون النار على دورية للشرطة في الموصل أمس.",
     "ASSAULT", "193", nullptr, nullptr},
    // Algeria expelled the French ambassador: طردت ... السفير split by the subject (161, diplomats expelled), by
    // Algeria against France.
    {"guard_algeria_expelled_the_french_ambassador", "طردت الجزائر السفير الفرنسي أمس.", "SANCTION", "161", "DZA/*",
     "FRA/*"},
    // The warplanes had launched strikes yesterday on the militants' positions: شنت ... غارات split by a date
    // alone (195, air strikes).
    {"guard_strikes_split_by_a_date", "وكانت الطائرات الحربية قد شنت أمس غارات على مواقع المسلحين.", "ASSAULT", "195",
     nullptr, nullptr},
    // Unknown gunmen assassinated a judge in Basra: اغتال starts no longer phrase, and is still an assassination
    // (186).
    {"guard_gunmen_assassinated_a_judge", "اغتال مسلحون مجهولون قاضيا في مدينة البصرة أمس.", "ASSAULT", "186", nullptr,
     nullptr},
    // The Iraqi police arrested five suspects in Baghdad: اعتقل starts no longer phrase; an arrest (17) by Iraq's
    // police.
    {"guard_iraqi_police_arrested_five_suspects", "اعتقلت الشرطة العراقية خمسة مشتبه بهم في بغداد أمس.", "COERCE",
     "17", "IRQ/COP", nullptr},
    // Jordan's foreign ministry condemned the Israeli police's arrest of Palestinian journalists: the condemnation
    // (11) is aimed at the doer of the act it names (ComplementTargets).
    {"guard_jordan_condemned_an_arrest_by_israeli_police",
     "أدانت الخارجية الأردنية اعتقال الشرطة الإسرائيلية صحفيين فلسطينيين أمس.", "ACCUSE", "11", "JOR/GOV", "ISR/COP"},
    // The Houthis threatened to target Israeli ships in the Red Sea: the threat (13) is against the target of the
    // act threatened, Israel's ships (ComplementTargets).
    {"guard_houthis_threatened_to_target_israeli_ships", "هدد الحوثيون باستهداف السفن الإسرائيلية في البحر الأحمر.",
     "THREATEN", "13", nullptr, "ISR/*"},
    // The Egyptian foreign minister met his Jordanian counterpart, and "the two sides" signed an agreement: the
    // signing (057, SUPPORT in the ontology's cameo.tsv) is between the two (PartiesNamedByDual).
    {"guard_two_sides_signed_an_agreement",
     "التقى وزير الخارجية المصري نظيره الأردني في عمان أمس، ووقع الجانبان اتفاقية للتعاون الاقتصادي.", "SUPPORT", "057",
     "EGY/GOV", "JOR/GOV"},
    // ReadNounArguments' and CodeTrigger's loops over the cues of one kind (none read where the document has no
    // cue of that kind): a Lebanese army patrol underwent an armed attack near the border, the army its target
    // (a verb of undergoing, تعرض لـ)...
    {"guard_army_patrol_underwent_an_attack", "تعرضت دورية للجيش اللبناني لهجوم مسلح قرب الحدود أمس.", "ASSAULT", "1",
     nullptr, "LBN/MIL"},
    // ... Russian forces carried out strikes on Idlib, the forces the doer of the strikes (a verb of doing, قام بـ,
    // governing the noun: 195, air strikes)...
    {"guard_russian_forces_carried_out_strikes", "قامت القوات الروسية بشن غارات على مدينة إدلب أمس.", "ASSAULT", "195",
     "RUS/MIL", nullptr},
    // ... the Lebanese army received military aid from the United States: the aid is the United States' to the army
    // (a verb of receiving, تلقى)...
    {"guard_lebanese_army_received_american_aid", "تلقى الجيش اللبناني مساعدات عسكرية من الولايات المتحدة أمس.", "AID",
     "07", "USA/*", "LBN/MIL"},
    // ... and the toll of the floods in Libya counts the victims of a disaster: no assault.
    {"guard_flood_victims_are_no_assault", "ارتفع عدد ضحايا الفيضانات في ليبيا إلى أربعة آلاف قتيل.", nullptr, nullptr,
     nullptr, nullptr, "ASSAULT"},
};

class Speedcoder47Test : public ::testing::TestWithParam<ProbeRow> {};

// Each row as a document of its own.
TEST_P(Speedcoder47Test, CodesTheRowsEvent) { testing::ExpectProbeRow(GetParam()); }

// Each row right after the long article, by the same worker (its events' memory, ids included, kept for the
// row's): the same events, byte for byte, as by a fresh worker; and the article after the row too.
TEST_P(Speedcoder47Test, AfterALongArticleCodesTheSameEvents) {
  testing::ExpectRowSameAroundLongArticle(kLongArticle, GetParam().text, /*mentions=*/false);
}

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder47Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// The id of each event, written into the memory an earlier document's event left, is ContentHash of
// doc_id|key|sentence: for a document coded alone and for one coded after it (its ids' strings reused).
TEST(Speedcoder47, EventIdsInRecycledStringsAreContentHashes) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  std::vector<Event> events;
  for (const char* id : {"first-document", "a-second-document-with-a-longer-id"}) {
    RecycleEvents(&events);
    worker.Code(testing::ReuseDoc(id, kLongArticle), /*explain=*/false, &events);
    ASSERT_GE(events.size(), 5u) << id;
    for (const Event& e : events) {
      std::string input = std::string(id) + "|" + e.event + "|" + (e.source ? e.source->actor_id : "") + "|" +
                          (e.target ? e.target->actor_id : "") + "|" + (e.location ? e.location->name_en : "") + "|" +
                          (e.negated ? "true" : "false") + "|" + e.modality + "|" + e.cameo.substr(0, 2) + "|" +
                          std::to_string(e.sentence);
      EXPECT_EQ(e.event_id, ContentHash(input)) << id << " " << testing::Describe(e);
      EXPECT_EQ(e.event_id.size(), 16u) << id;
    }
  }
}

}  // namespace
}  // namespace rasad
