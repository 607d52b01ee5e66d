// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied
// from a corpus), on what session 33 (args33) worked on, one class of readings per block (the numbers of
// the brief):
// 1. an agreement to a ceasefire deal (وافقت الحكومة على اتفاق لوقف إطلاق النار مع لبنان): one event;
// 2. a dual toll joined by و with no comma (لقي جنديان مصرعهما وأصيب ثلاثة آخرون): its wounded are kept;
// 3. a nationality adjective on the thing rejected (رفض طلبا أمريكيا): that state is the target;
// 4. the subject after a time adverbial (هاجمت ليلة الثلاثاء مسيرات روسية مدينة خاركيف);
// 5. a dispersal with live fire (فرقت الشرطة المتظاهرين بالرصاص الحي): no fight of small arms beside it;
// 6. a killing told with the attack it happened in (قتل 300 شخص في هجوم شنته قوات الدعم السريع على مخيم
//    زمزم): one attack by its doer with its dead;
// 7. the parties of a clash after an adjective (دارت اشتباكات عنيفة بين الجيش و...);
// 8. a request made of someone (طلب الرئيس من إسرائيل أن ...): the requester is the source;
// 9. the workers of an organisation (موظفي الأمم المتحدة): the organisation's people;
// 10. a pronoun on إن after a verb of saying with no subject (وقالت إنها ...): the speaker of the
//    sentence before.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder
// ran. An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

// A sentence that gives exactly `events` counted events, of any type, one of them as the row asks.
struct CountRow {
  const char* name;
  const char* text;
  int events;
  const char* event;
  const char* cameo;
  const char* source;
  const char* target;
};

void PrintTo(const CountRow& x, std::ostream* os) { *os << x.name; }

class Args33CountTest : public ::testing::TestWithParam<CountRow> {};

TEST_P(Args33CountTest, GivesOneEventWithItsSides) {
  const CountRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  int events = 0;
  bool found = false;
  std::string seen;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    seen += testing::Describe(e);
    if (!testing::Counts(e)) continue;
    ++events;
    found = found || testing::CountsAs(e, x.event, x.cameo, x.source, x.target);
  }
  EXPECT_EQ(events, x.events) << x.name << ": events:\n" << seen;
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

const CountRow kCounts[] = {
    // 1. An agreement to a ceasefire deal with a party: one agreement to de-escalate, by the subject,
    // with the party after مع.
    {"israeli_government_agreed_ceasefire_deal_with_lebanon", "وافقت الحكومة الإسرائيلية على اتفاق لوقف إطلاق النار مع لبنان.",
     1, "AGREE", "0356", "ISR/GOV", "LBN/"},
    {"sudan_army_agreed_ceasefire_deal_with_rsf", "وافق الجيش السوداني على اتفاق لوقف إطلاق النار مع قوات الدعم السريع.",
     1, "AGREE", "0356", "SDN/MIL", "SDN/REB"},
    {"ethiopia_agreed_cessation_of_hostilities_with_tplf", "وافقت الحكومة الإثيوبية على اتفاق لوقف الأعمال العدائية مع جبهة تحرير تيغراي.",
     1, "AGREE", "0356", "ETH/GOV", "ETH/*"},
    {"hamas_agreed_ceasefire_proposal_gaza", "وافقت حركة حماس على مقترح لوقف إطلاق النار في غزة.",
     1, "AGREE", "0356", "PSE/*", nullptr},
    {"russia_agreed_truce_with_ukraine", "وافقت روسيا على هدنة مع أوكرانيا لمدة ثلاثين يوما.",
     1, "AGREE", "0356", "RUS/", "UKR/"},
    // 5. A dispersal with live fire: one act of repression, no fight of small arms beside it.
    {"police_dispersed_protesters_live_fire", "فرقت الشرطة المتظاهرين بالرصاص الحي.", 1, "ASSAULT", "17", "*/COP", nullptr},
    {"kenyan_security_dispersed_protesters_live_fire_nairobi", "فرقت قوات الأمن الكينية المحتجين بالرصاص الحي في نيروبي.",
     1, "ASSAULT", "17", "KEN/COP", "KEN/*"},
    {"iraqi_police_dispersed_demonstrators_live_fire_nasiriyah", "فرقت الشرطة العراقية المتظاهرين بالرصاص الحي في الناصرية.",
     1, "ASSAULT", "17", "IRQ/COP", "IRQ/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args33CountTest, ::testing::ValuesIn(kCounts),
                         [](const ::testing::TestParamInfo<CountRow>& i) { return std::string(i.param.name); });

class Args33IncidentTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args33IncidentTest, CodesOneIncidentWithItsSides) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kIncidents[] = {
    // 2. A dual toll with its wounded joined by و, no comma between: one incident with both counts.
    {"two_soldiers_died_three_wounded_shabaab_mogadishu", "لقي جنديان مصرعهما وأصيب ثلاثة آخرون في هجوم لحركة الشباب في مقديشو.",
     1, "1", "SOM/REB", "SOM/MIL", 2, 3},
    {"two_policemen_died_four_wounded_ied_diyala", "لقي شرطيان مصرعهما وأصيب أربعة آخرون بانفجار عبوة ناسفة في ديالى.",
     1, "18", nullptr, "IRQ/COP", 2, 4},
    {"two_civilians_died_five_wounded_russian_shelling_kharkiv", "لقي مدنيان مصرعهما وأصيب خمسة آخرون في قصف روسي على خاركيف.",
     1, "19", "RUS/*", "*/CVL", 2, 5},
    {"two_children_died_six_wounded_sudan_army_nyala", "لقي طفلان مصرعهما وأصيب ستة آخرون بقصف للجيش السوداني على نيالا.",
     1, "19", "SDN/MIL", "*/CVL", 2, 6},
    // 6. A killing told with the attack it happened in: one attack, by the attack's doer, with the dead.
    {"rsf_attack_zamzam_camp_300_killed", "قتل 300 شخص في هجوم شنته قوات الدعم السريع على مخيم زمزم.",
     1, "1", "SDN/REB", "SDN/*", 300, -1},
    {"shabaab_attack_hotel_mogadishu_20_civilians", "قتل 20 مدنيا في هجوم شنته حركة الشباب على فندق في مقديشو.",
     1, "1", "SOM/REB", "SOM/*", 20, -1},
    {"gunmen_attack_village_plateau_15_killed", "قتل 15 شخصا في هجوم شنه مسلحون على قرية في ولاية بلاتو.",
     1, "1", "NGA/*", "NGA/*", 15, -1},
    {"isis_attack_iraqi_checkpoint_kirkuk_ten_soldiers", "قتل عشرة جنود في هجوم شنه تنظيم الدولة الإسلامية على حاجز للجيش العراقي في كركوك.",
     1, "1", "*", "IRQ/MIL", 10, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args33IncidentTest, ::testing::ValuesIn(kIncidents),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

const ProbeRow kCases[] = {
    // 3. A nationality adjective on the proposal, request or offer rejected: that state is the target.
    {"sudan_president_rejected_us_request", "رفض الرئيس السوداني طلبا أمريكيا بوقف القتال.", "REJECT", "12", "SDN/GOV", "USA/*"},
    {"hamas_rejected_egyptian_proposal", "رفضت حركة حماس مقترحا مصريا لتبادل الأسرى.", "REJECT", "12", "PSE/*", "EGY/*"},
    {"israel_rejected_qatari_proposal", "رفضت إسرائيل مقترحا قطريا لإنهاء الحرب.", "REJECT", "12", "ISR/", "QAT/*"},
    {"houthis_rejected_saudi_proposal", "رفض الحوثيون مقترحا سعوديا للهدنة.", "REJECT", "12", "YEM/REB", "SAU/*"},
    {"moscow_rejected_turkish_initiative", "رفضت موسكو مبادرة تركية لوقف الحرب.", "REJECT", "12", "RUS/*", "TUR/*"},
    // 4. The subject after a time adverbial between the verb and it.
    {"russian_drones_attacked_kharkiv_tuesday_night", "هاجمت ليلة الثلاثاء مسيرات روسية مدينة خاركيف.", "ASSAULT", "19", "RUS/*", "UKR/*"},
    {"israeli_jets_shelled_hezbollah_sunday_morning", "قصفت صباح الأحد طائرات إسرائيلية مواقع لحزب الله في جنوب لبنان.",
     "ASSAULT", "19", "ISR/*", "LBN/*"},
    {"occupation_forces_arrested_nablus_at_dawn", "اعتقلت فجر اليوم قوات الاحتلال عشرة فلسطينيين في نابلس.", "COERCE", "17", "ISR/MIL", "PSE/*"},
    {"shabaab_attacked_base_friday_evening", "هاجمت مساء الجمعة عناصر من حركة الشباب قاعدة عسكرية في شبيلي السفلى.",
     "ASSAULT", "19", "SOM/REB", "SOM/*"},
    // 7. The parties of a clash after an adjective of the clash.
    {"violent_clashes_sudan_army_rsf_khartoum", "دارت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.",
     "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    {"violent_clashes_somali_army_shabaab_hiran", "دارت اشتباكات عنيفة بين الجيش الصومالي وحركة الشباب في هيران.",
     "ASSAULT", "19", "SOM/MIL", "SOM/REB"},
    {"violent_clashes_army_rsf_khartoum_bare_army", "دارت صدامات عنيفة بين الجيش وقوات الدعم السريع في الخرطوم.",
     "ASSAULT", "19", "SDN/MIL", "SDN/REB"},
    {"fierce_clashes_ukrainian_russian_forces_bakhmut", "دارت اشتباكات ضارية بين القوات الأوكرانية والقوات الروسية في باخموت.",
     "ASSAULT", "19", "UKR/MIL", "RUS/MIL"},
    // 8. A request made of someone (طلب من X أن): the requester is the source, X the target.
    {"us_president_asked_israel_to_stop_rafah", "طلب الرئيس الأمريكي من إسرائيل أن توقف العمليات في رفح.", "REQUEST", "10", "USA/GOV", "ISR/"},
    {"egypt_asked_hamas_to_accept", "طلبت مصر من حركة حماس أن تقبل المقترح.", "REQUEST", "10", "EGY/", "PSE/*"},
    {"un_asked_sudan_government_open_crossings", "طلبت الأمم المتحدة من الحكومة السودانية أن تفتح المعابر.", "REQUEST", "10", "*/IGO", "SDN/GOV"},
    {"us_secretary_asked_russian_counterpart", "طلب وزير الخارجية الأمريكي من نظيره الروسي أن يضغط على إيران.", "REQUEST", "10", "USA/GOV", "RUS/GOV"},
    // 9. The workers of an organisation are its people.
    {"houthis_detained_un_agency_workers", "اعتقل الحوثيون العاملين في وكالات الأمم المتحدة في صنعاء.", "COERCE", "17", "YEM/REB", "*/IGO"},
    {"houthis_detained_un_staff", "احتجز الحوثيون موظفي الأمم المتحدة في صنعاء.", "COERCE", "17", "YEM/REB", "*/IGO"},
    {"sudan_security_arrested_msf_workers", "اعتقلت قوات الأمن السودانية عددا من العاملين في منظمة أطباء بلا حدود.", "COERCE", "17", "SDN/COP", "*/NGO"},
    // 10. وقالت إنها after a sentence naming the speaker: the pronoun is the speaker's.
    {"egyptian_police_said_it_arrested_five", "أعلنت الشرطة المصرية ضبط أسلحة بحوزة الموقوفين في الجيزة. وقالت إنها اعتقلت خمسة آخرين في القاهرة.",
     "COERCE", "17", "EGY/COP", "EGY/*"},
    {"nigerian_army_said_it_arrested_twenty", "أكد الجيش النيجيري مقتل عدد من المسلحين. وقال إنه اعتقل عشرين مشتبها بهم في ولاية بورنو.",
     "COERCE", "17", "NGA/MIL", "NGA/*"},
    {"pakistani_police_said_it_detained_three", "نقلت الشرطة الباكستانية المعتقلين إلى السجن. وقالت إنها أوقفت ثلاثة من المشتبه بهم في كراتشي.",
     "COERCE", "17", "PAK/COP", "PAK/*"},
};

class Args33Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args33Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args33Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
