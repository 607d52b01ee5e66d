// The actors of set 15's first run (session 61, arg15): the doers of air and sea strikes named by nationality, and
// loyalists after the subject. The rows, wire-style sentences written for this table (none copied from a corpus or a
// gold set):
// 1. a second force joined by و to the machines a verb phrase ends in (قصفت طائرات وبوارج حربية فرنسية وبريطانية):
//    that force, named by its nationality, and the nationalities joined after it are the doers (one event each);
//    the owner after ل of the object is the target;
// 2. machines of war between a verb of carrying out and its event noun, a count before the noun (شنت طائرات
//    إسرائيلية عشرات الغارات): their nationality names the doer of the strikes, the state's military;
// 3. a word of loyalty in the nominative plural right after an indefinite subject (هاجم مسلحون موالون لـ ...) is the
//    subject's adjective, never the object; the object comes after the actor it names; a deposed ruler (الرئيس
//    المخلوع، المعزول, lexicon/agents.tsv) is a former office holder whose loyalists take his country;
// 4. guards: the simple forms (طائرات أمريكية وبريطانية، مقاتلات وزوارق حربية إسرائيلية), a named doer of a verb of
//    carrying out, a loyal adjective in the feminine.
// Every expected type, code prefix and actor was written by hand from the Arabic before the coder ran. An actor is
// "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. The rows are coded
// as of 2024-05-10. Rows named guard_ passed before the session's changes and keep the readings they protect; every
// other row failed before them. Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Arg15Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg15Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A force joined to the machines the phrase ends in, with the nationalities after it: each state a doer.
    {"planes_and_french_and_british_warships_struck_is_depots_france",
     "قصفت طائرات وبوارج حربية فرنسية وبريطانية مخازن أسلحة لتنظيم الدولة قرب مدينة الرقة.", "ASSAULT", "19",
     "FRA/*", "*/REB"},
    {"planes_and_french_and_british_warships_struck_is_depots_britain",
     "قصفت طائرات وبوارج حربية فرنسية وبريطانية مخازن أسلحة لتنظيم الدولة قرب مدينة الرقة.", "ASSAULT", "19",
     "GBR/*", "*/REB"},

    // 2. The machines between the verb of carrying out and the event noun: their nationality is the doer.
    {"israeli_planes_launched_dozens_of_raids_on_hezbollah_sites",
     "شنت طائرات إسرائيلية عشرات الغارات على مواقع لحزب الله في سهل البقاع.", "ASSAULT", "19", "ISR/*", "LBN/*"},
    // (Moved from coder_indep56_test's pending table, read since this session.)
    {"jets_carried_out_more_than_twenty_raids",
     "شنت الطائرات الإسرائيلية أكثر من عشرين غارة على مواقع في الجنوب.", "ASSAULT", "1", "ISR/MIL", nullptr},

    // 3. Loyalists in the nominative after the subject: its adjective; the object follows the actor they name.
    {"gunmen_loyal_to_the_rsf_attacked_a_police_station",
     "هاجم مسلحون موالون لقوات الدعم السريع مركزا للشرطة في مدينة الأبيض.", "ASSAULT", "19", "SDN/*", "SDN/COP"},
    {"gunmen_loyal_to_haftar_attacked_government_positions",
     "هاجم مسلحون موالون لحفتر مواقع لقوات الحكومة جنوب طرابلس.", "ASSAULT", "19", "LBY/*", "LBY/GOV"},

    // 3. A deposed ruler (الرئيس المخلوع، المعزول) is a former office holder, whose loyalists take his country.
    {"gunmen_loyal_to_the_deposed_president_bashir_attacked_a_police_station",
     "قال مصدر أمني إن مسلحين موالين للرئيس المخلوع عمر البشير هاجموا مركزا للشرطة في الخرطوم.", "ASSAULT", "19",
     "SDN/*", "SDN/COP"},
    {"gunmen_loyal_to_the_ousted_president_bashir_attacked_a_police_station",
     "هاجم مسلحون موالون للرئيس المعزول عمر البشير مركزا للشرطة.", "ASSAULT", "19", "SDN/*", "SDN/COP"},

    // 4. Guards: the simple forms and a named doer.
    {"guard_american_and_british_planes_struck_houthi_sites_usa",
     "قصفت طائرات أمريكية وبريطانية مواقع للحوثيين في محافظة الحديدة.", "ASSAULT", "19", "USA/*", "YEM/*"},
    {"guard_american_and_british_planes_struck_houthi_sites_britain",
     "قصفت طائرات أمريكية وبريطانية مواقع للحوثيين في محافظة الحديدة.", "ASSAULT", "19", "GBR/*", "YEM/*"},
    {"guard_fighter_jets_and_israeli_gunboats_struck_hezbollah_sites",
     "قصفت مقاتلات وزوارق حربية إسرائيلية مواقع لحزب الله قرب مدينة صور.", "ASSAULT", "19", "ISR/*", "LBN/*"},
    {"guard_the_russian_forces_launched_raids_on_idlib",
     "شنت القوات الروسية غارات على مدينة إدلب.", "ASSAULT", "19", "RUS/*", nullptr},
    {"guard_turkish_fighter_jets_carried_out_a_series_of_raids",
     "نفذت مقاتلات تركية سلسلة غارات على مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT", "19", "TUR/*",
     nullptr},
    {"guard_gunmen_loyal_to_the_former_president_saleh_attacked_an_army_camp",
     "أفادت مصادر بأن مسلحين موالين للرئيس السابق علي عبد الله صالح هاجموا معسكرا للجيش.", "ASSAULT", "19", "YEM/*",
     "YEM/*"},
    {"guard_militias_loyal_to_iran_attacked_an_american_base",
     "هاجمت ميليشيات موالية لإيران قاعدة أمريكية في شرق سوريا.", "ASSAULT", "19", "IRN/*", "USA/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Arg15Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row fails once the coder reads it, and is then moved to kCases.
const ProbeRow kPending[] = {
    // A crowd with no country of its own beside a place of a known country, the place past the protest noun (في
    // مسيرة بوسط مدينة وهران): the crowd does not take the place's country.
    {"thousands_marched_in_central_oran",
     "خرج آلاف الأشخاص في مسيرة بوسط مدينة وهران للمطالبة بالإفراج عن المعتقلين.", "PROTEST", "14", "DZA/*",
     nullptr},
};

class Arg15PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Arg15PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Arg15PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
