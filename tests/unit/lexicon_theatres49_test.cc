// Generic names read where an actor fights (session 49): bare التحالف is the coalition of the war the document
// is about, by its place and date (data/README.md, `?name@COUNTRIES`): the Saudi-led coalition in Yemen since
// 2015-03-26 (IGO_ARAB_COALITION, coded SAU MIL), the coalition against ISIS in Iraq and Syria since 2014-09
// (IGO_COALITION_ISIS), the Multi-National Force in Iraq in 2004-05-15..2009-12-31 (USA_MNF_I) and ISAF in
// Afghanistan in 2001-12-20..2014-12-28 (IGO_ISAF); elsewhere, before those dates and as تحالف without the
// article, no one. Every expected actor was written by hand from the dates and places before the coder ran. Rows
// named guard_ passed before the change (the limits of the rule, the coalitions' full names); every other row read
// التحالف as no one before it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::CodedEventRow;
using testing::ForEachMention;

// A dated sentence and the actor the mention holding التحالف must be ("" for none: no mention of the word is
// an actor's of the four coalitions).
struct CoalitionRow {
  const char* name;
  const char* date;
  const char* text;
  const char* actor_id;
};

void PrintTo(const CoalitionRow& x, std::ostream* os) { *os << x.name; }

class CoalitionTest : public ::testing::TestWithParam<CoalitionRow> {};

TEST_P(CoalitionTest, ReadsTheCoalitionOfTheWar) {
  const CoalitionRow& x = GetParam();
  std::string seen, got;
  ForEachMention(x.text, x.date, [&](const Mention& m, const std::string& words, const Engine& engine) {
    if (!m.is_actor || m.record < 0 || words.find("تحالف") == std::string::npos) return;
    const std::string& id = engine.lexicon().records()[m.record].actor_id;
    seen += words + " " + id + "\n";
    for (const char* coalition : {"IGO_ARAB_COALITION", "IGO_COALITION_ISIS", "USA_MNF_I", "IGO_ISAF"}) {
      if (id == coalition) got = id;
    }
  });
  EXPECT_EQ(got, x.actor_id) << x.name << "; actors holding the word:\n" << seen;
}

const CoalitionRow kCoalitions[] = {
    // Yemen since 2015: the Saudi-led coalition, as subject, owner and object of a preposition.
    {"yemen_aviation_of_coalition_struck_houthis", "2024-05-10",
     "شن طيران التحالف غارات على مواقع الحوثيين في محافظة صعدة.", "IGO_ARAB_COALITION"},
    {"yemen_coalition_announced_intercepting_drone", "2019-09-02",
     "أعلن التحالف اعتراض طائرة مسيرة أطلقتها جماعة أنصار الله من صنعاء باتجاه خميس مشيط.", "IGO_ARAB_COALITION"},
    {"yemen_spokesman_of_coalition", "2018-03-26",
     "قال المتحدث باسم التحالف إن الدفاعات الجوية اعترضت صاروخا باليستيا أطلق من اليمن.", "IGO_ARAB_COALITION"},
    {"guard_yemen_before_the_coalition", "2010-02-01", "شن طيران التحالف غارات على مواقع الحوثيين في محافظة صعدة.", ""},
    // Iraq and Syria since 2014-09: the coalition against ISIS.
    {"syria_coalition_aircraft_struck_raqqa", "2017-06-12",
     "قصفت طائرات التحالف مواقع لتنظيم الدولة في مدينة الرقة السورية.", "IGO_COALITION_ISIS"},
    {"iraq_coalition_backed_assault_mosul", "2016-11-03",
     "قالت قيادة العمليات المشتركة إن قوات التحالف ساندت تقدم القوات العراقية في الموصل.", "IGO_COALITION_ISIS"},
    // Iraq in 2004-2009: the Multi-National Force; in 2003, before it, no one.
    {"iraq_2007_coalition_forces_arrested", "2007-05-01",
     "قالت مصادر أمنية إن قوات التحالف اعتقلت ثلاثة مسلحين في مدينة الرمادي.", "USA_MNF_I"},
    {"guard_iraq_2003_no_coalition_actor", "2003-05-01",
     "قالت مصادر أمنية إن قوات التحالف اعتقلت ثلاثة مسلحين في مدينة الرمادي.", ""},
    // Afghanistan in 2001-2014: ISAF.
    {"afghanistan_2008_coalition_soldiers_killed", "2008-03-01",
     "قتل جنديان من قوات التحالف في هجوم بولاية هلمند جنوب أفغانستان.", "IGO_ISAF"},
    // Where no coalition fights, and تحالف without the article, التحالف names no one.
    {"guard_somalia_no_coalition", "2024-05-10", "شن طيران التحالف غارات على مواقع حركة الشباب في الصومال.", ""},
    {"guard_yemen_tribal_alliance_is_no_coalition", "2024-05-10",
     "أعلنت قبائل في محافظة مأرب اليمنية تشكيل تحالف قبلي لمواجهة الحوثيين.", ""},
    // The longer names keep their actors wherever they are (guards).
    {"guard_international_coalition_named_in_full", "2024-05-10",
     "أعلن التحالف الدولي لمحاربة داعش مقتل قيادي في التنظيم بغارة.", "IGO_COALITION_ISIS"},
    {"guard_arab_coalition_named_in_full", "2024-05-10", "أعلن التحالف العربي تدمير زورق مفخخ قبالة سواحل الحديدة.",
     "IGO_ARAB_COALITION"},
};

INSTANTIATE_TEST_SUITE_P(Theatres49, CoalitionTest, ::testing::ValuesIn(kCoalitions),
                         [](const auto& info) { return std::string(info.param.name); });

// The events such a coalition takes part in: it is their doer, and the strikes' target is the state the town is in.
class CoalitionEventTest : public ::testing::TestWithParam<CodedEventRow> {};

TEST_P(CoalitionEventTest, CodesTheCoalitionAsDoer) { testing::ExpectCodedEvent(GetParam()); }

const CodedEventRow kCoalitionEvents[] = {
    {"yemen_coalition_strikes_on_sanaa", "2022-01-18", "شن طيران التحالف غارات على العاصمة اليمنية صنعاء.", "19",
     "SAU/MIL", "YEM/*"},
    {"yemen_coalition_struck_houthi_positions", "2024-05-10",
     "شن طيران التحالف غارات على مواقع الحوثيين في محافظة صعدة.", "19", "SAU/MIL", "YEM/REB"},
};

INSTANTIATE_TEST_SUITE_P(Theatres49, CoalitionEventTest, ::testing::ValuesIn(kCoalitionEvents),
                         [](const auto& info) { return std::string(info.param.name); });

// A name with countries after @ must be a generic one (?) and the countries ISO 3166 alpha-3 codes; the error
// names the file and the line.
struct BadTheatre {
  const char* names;
  const char* error;
};

const BadTheatre kBadTheatres[] = {
    {"تحالف ألف|التحالف@LBY", "lexicon/actors/x.tsv:2: a name with @countries must be generic (start with ?): التحالف@LBY"},
    {"تحالف ألف|?التحالف@Lby", "lexicon/actors/x.tsv:2: expected ISO 3166 alpha-3 codes after @ in ?التحالف@Lby"},
    {"تحالف ألف|?التحالف@", "lexicon/actors/x.tsv:2: expected ISO 3166 alpha-3 codes after @ in ?التحالف@"},
    {"تحالف ألف|?التحالف@LBY,", "lexicon/actors/x.tsv:2: expected ISO 3166 alpha-3 codes after @ in ?التحالف@LBY,"},
    {"تحالف ألف|?التحالف@LBY,,TUN", "lexicon/actors/x.tsv:2: expected ISO 3166 alpha-3 codes after @ in ?التحالف@LBY,,TUN"},
};

TEST(TheatresTest, BadCountriesAfterAtNameTheFileAndLine) {
  std::string dir = ::testing::TempDir() + "/rasad_theatres_" + std::to_string(getpid());
  std::filesystem::create_directories(dir + "/lexicon/places");
  std::filesystem::create_directories(dir + "/lexicon/actors");
  std::ofstream(dir + "/lexicon/places/iso2_to_iso3.tsv") << "LY\tLBY\n";
  std::ofstream(dir + "/lexicon/sectors.tsv") << "MIL\tmilitary\n";
  std::ofstream(dir + "/lexicon/countries.tsv") << "LBY\tLibya\tليبيا\tليبي\n";
  std::ofstream(dir + "/lexicon/word_kinds.tsv") << "في\tlocative\n";
  std::ofstream(dir + "/lexicon/places/curated.tsv") << "";
  for (const BadTheatre& x : kBadTheatres) {
    std::ofstream(dir + "/lexicon/actors/x.tsv", std::ios::trunc) << "# a coalition\nIGO_A\t\tMIL\tA\t" << x.names << "\n";
    auto lexicon = Lexicon::Load({dir, ""}, nullptr);
    ASSERT_FALSE(lexicon.ok()) << x.names;
    EXPECT_NE(lexicon.status().message().find(x.error), std::string::npos) << lexicon.status().message();
  }
  // A good line loads, its countries the actor's theatres.
  std::ofstream(dir + "/lexicon/actors/x.tsv", std::ios::trunc) << "IGO_A\t\tMIL\tA\tتحالف ألف|?التحالف@LBY,TUN\n";
  auto lexicon = Lexicon::Load({dir, ""}, nullptr);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  ASSERT_EQ((*lexicon)->actors().size(), 1u);
  EXPECT_EQ((*lexicon)->actors()[0].theatres, (std::vector<std::string>{"LBY", "TUN"}));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rasad
