// Who did what to whom, and how many events, in wire-style sentences written for this table (none copied
// from a corpus), on what session 34 (args34) worked on, one class of readings per block (the numbers of
// the brief):
// 1. a host with a place between the verb and the guest (استقبل رئيس الوزراء العراقي في بغداد وزير الخارجية
//    التركي، وبحث معه): the verb joined by و is the host's, never the guest's (folded into the visit);
// 2. a capital as the subject of a verb of speech, decision or diplomacy (وردت باريس بطرد، أعلنت موسكو طرد):
//    found as the doer. (The rows first asked its government, GOV; that reading was dropped at the end of the
//    session as earlier tables, coder_syntax_test, keep a capital as its state with no sector: the sector is
//    not checked.)
// 3. a verbal noun spelled as a verb after the subject of a verb of deciding or saying (قررت الجزائر طرد 12
//    موظفا في السفارة الفرنسية): the subject is the doer, the people after it the target;
// 6. an arrest a verb of condemning takes as its object (وأدانت نقابة الصحفيين اعتقاله): the condemner
//    does not make it;
// 4. a call for an act on an actor (ودعت إلى تصنيف قوات الدعم السريع منظمة إرهابية): the caller is the
//    source, never the actor the act would be done to;
// 7. an exchange of fire by a dual (وتبادل البلدان القصف، تبادل الجانبان إطلاق النار): one fight between the
//    two parties told before, as اشتباكات بين الهند وباكستان is;
// 9. a clash told with دارت, its parties after بين (a bare الجيش too) (a riot the police are named first in
//    is pending);
// 10. الأخير as the subject of a saying: the speaker of إنه after it (a counterpart as الأخير is pending);
// 11. a time adverbial between a verb of a split phrase and its subject (أطلقت فجر اليوم فصائل عراقية
//    صواريخ، وصل مساء الأحد وزير الخارجية ... في زيارة).
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder
// ran. An actor is "COUNTRY/SECTOR" ("RUS/" a state with no sector); "*" in either part accepts any value;
// "" is no actor; nullptr is not checked. Rows named guard_ passed before the session's changes and keep
// the readings they protect; every other row failed before them. Pending rows state readings still
// missing.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::ProbeRow;

class Args34Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args34Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A host with a place between the verb and the guest.
    {"guard_algerian_president_hosted_italian_fm_at_palace",
     "استقبل الرئيس الجزائري بقصر المرادية وزير الخارجية الإيطالي.", "CONSULT", "043", "DZA/GOV", "ITA/GOV"},
    // 2. A capital that speaks, decides or deals with another state: its government.
    {"paris_responded_by_expelling_algerian_diplomats", "وردت باريس بطرد دبلوماسيين جزائريين.", "SANCTION", "161",
     "FRA/*", "DZA/GOV"},
    {"moscow_announced_expelling_british_diplomats", "أعلنت موسكو طرد دبلوماسيين بريطانيين.", "SANCTION", "161",
     "RUS/*", "GBR/GOV"},
    {"kigali_accused_kinshasa_of_backing_fdlr",
     "اتهمت كيغالي كينشاسا بدعم متمردي القوات الديمقراطية لتحرير رواندا.", "ACCUSE", "112", "RWA/*", "COD/*"},
    {"paris_summoned_algerian_ambassador", "استدعت باريس السفير الجزائري.", "ACCUSE", "114", "FRA/*", "DZA/GOV"},
    {"tehran_rejected_us_accusations", "رفضت طهران الاتهامات الأمريكية.", "REJECT", "12", "IRN/*", "USA/*"},
    {"guard_russia_announced_expelling_british_diplomats", "أعلنت روسيا طرد دبلوماسيين بريطانيين.", "SANCTION", "161",
     "RUS/", "GBR/GOV"},
    // 4. A call for an act on an actor: the caller is the source.
    {"sudan_government_condemned_and_called_for_rsf_designation",
     "أدانت الحكومة السودانية الهجوم على الفاشر، ودعت إلى تصنيف قوات الدعم السريع منظمة إرهابية.", "REQUEST", "02",
     "SDN/GOV", nullptr},
    {"yemeni_government_welcomed_and_called_for_houthi_designation",
     "رحبت الحكومة اليمنية بالقرار، ودعت إلى تصنيف جماعة الحوثي منظمة إرهابية.", "REQUEST", "02", "YEM/GOV", nullptr},
    {"somali_government_condemned_and_called_for_pursuing_shabaab",
     "أدانت الحكومة الصومالية التفجير، ودعت إلى ملاحقة عناصر حركة الشباب.", "REQUEST", "02", "SOM/GOV", nullptr},
    // 11. A time adverbial between the verb of a split phrase and its subject.
    {"iraqi_factions_launched_rockets_at_dawn", "أطلقت فجر اليوم فصائل عراقية صواريخ على قاعدة عين الأسد.", "ASSAULT",
     "19", "IRQ/*", nullptr},
    {"hamas_launched_rockets_yesterday_tel_aviv", "أطلقت أمس حركة حماس صواريخ على تل أبيب.", "ASSAULT", "19", "PSE/*",
     "ISR/*"},
    {"hezbollah_launched_rockets_sunday_evening", "أطلق مساء الأحد حزب الله صواريخ على شمال إسرائيل.", "ASSAULT", "19",
     "LBN/*", "ISR/*"},
    {"guard_iranian_fm_arrived_beirut_sunday_evening_visit",
     "وصل مساء الأحد وزير الخارجية الإيراني إلى بيروت في زيارة رسمية.", "CONSULT", "042", "IRN/GOV", "LBN/*"},
    // 9. A clash told with دارت (took place): its parties after بين, also after an adjective and with a bare
    // الجيش; a confrontation that stays a riot is the crowd's.
    {"violent_clashes_took_place_army_rsf_omdurman", "دارت صدامات عنيفة بين الجيش وقوات الدعم السريع في أم درمان.",
     "ASSAULT", "193", "SDN/MIL", "SDN/REB"},
    {"confrontations_took_place_congolese_army_m23_goma",
     "دارت مواجهات بين الجيش الكونغولي ومتمردي حركة إم23 في غوما.", "ASSAULT", "193", "COD/MIL", "COD/REB"},
    {"guard_confrontations_protesters_police_karachi", "اندلعت مواجهات بين المحتجين والشرطة في كراتشي.", "PROTEST",
     "145", "PAK/*", "PAK/COP"},
    // 10. الأخير as the subject of a saying: the speaker of إنه after it.
    {"latter_nigerian_army_said_it_killed_thirty",
     "هاجم مسلحو بوكو حرام موقعا للجيش النيجيري، وقال الأخير إنه قتل ثلاثين مسلحا.", "ASSAULT", "19", "NGA/MIL", nullptr},
    // 7. An exchange of fire by a dual: one fight between the two parties told before.
    {"thailand_cambodia_sides_exchanged_fire", "اتهمت تايلاند كمبوديا بخرق الهدنة. وتبادل الجانبان إطلاق النار على الحدود.",
     "ASSAULT", "193", "THA/", "KHM/"},
    {"india_pakistan_countries_exchanged_shelling",
     "اتهمت الهند باكستان بدعم الإرهاب. وتبادل البلدان القصف على طول خط المراقبة.", "ASSAULT", "194", "IND/", "PAK/"},
    {"armenia_azerbaijan_countries_exchanged_fire",
     "اتهمت أرمينيا أذربيجان بانتهاك الهدنة، وتبادل البلدان إطلاق النار على الحدود.", "ASSAULT", "193", "ARM/", "AZE/"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args34Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Whether the row's sentence (dated 2024-05-10) gives an event of the row's type (any where null), code prefix,
// source and target, whatever its modality; `seen` lists the events it gives.
bool CodedInAnyModality(const ProbeRow& x, std::string* seen) {
  bool found = false;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    *seen += testing::Describe(e);
    found = found || ((x.event == nullptr || e.event == x.event) && e.cameo.rfind(x.cameo, 0) == 0 &&
                      testing::ActorMatches(x.source, testing::ActorKey(e.source)) &&
                      testing::ActorMatches(x.target, testing::ActorKey(e.target)));
  }
  return found;
}

// 2. and 3. Events a sentence intends or denies (قررت، نفت) do not count: a row of this table asks for an
// event of the type (any type where null), code prefix, source and target, whatever its modality.
class Args34AnyModalityTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args34AnyModalityTest, CodesTypeSourceAndTarget) {
  const ProbeRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = CodedInAnyModality(x, &seen);
  EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
}

const ProbeRow kAnyModality[] = {
    // 3. The subject of the verb of deciding expels; the staff of an embassy are its state's.
    {"algeria_decided_to_expel_french_embassy_staff", "قررت الجزائر طرد 12 موظفا في السفارة الفرنسية.", "COERCE", "174",
     "DZA/*", "FRA/*"},
    {"congo_government_decided_to_expel_rwandan_embassy_staff",
     "قررت الحكومة الكونغولية طرد 3 موظفين في السفارة الرواندية.", "COERCE", "174", "COD/GOV", "RWA/*"},
    {"paris_decided_to_expel_algerian_diplomats", "قررت باريس طرد 12 دبلوماسيا جزائريا.", nullptr, "1", "FRA/*",
     "DZA/GOV"},
    // 2. A capital that denies its support: its government.
    {"kigali_denied_supporting_m23", "نفت كيغالي دعمها لحركة إم23.", "SUPPORT", "05", "RWA/*", "COD/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args34AnyModalityTest, ::testing::ValuesIn(kAnyModality),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 1. and 6. A sentence whose counted events of a type must not have a source: the guest does not consult the
// host, the condemner of an arrest does not make it.
struct NotDoerRow {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type
  const char* source;  // "COUNTRY/SECTOR" no counted event of the type may have as source
};

void PrintTo(const NotDoerRow& x, std::ostream* os) { *os << x.name; }

class Args34NotDoerTest : public ::testing::TestWithParam<NotDoerRow> {};

TEST_P(Args34NotDoerTest, GivesTheActToNoWrongDoer) {
  const NotDoerRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  for (const Event& e : testing::CodeText(x.text, "2024-05-10")) {
    EXPECT_FALSE(testing::Counts(e) && e.event == x.event && e.source &&
                 testing::ActorMatches(x.source, testing::ActorKey(e.source)))
        << x.name << ": " << testing::Describe(e);
  }
}

const NotDoerRow kNotDoers[] = {
    // 1. A host with a place between the verb and the guest: the verb joined by و (وبحث معه) is the host's,
    // never the guest's. (These rows were first written as a consultation 040 by the host with the guest; the
    // coder folds وبحث معه into the visit where no place stands between, as the lead's binary showed before
    // any change, and now does so with the place too: the rows ask that no consultation be the guest's.)
    {"iraqi_pm_hosted_turkish_fm_in_baghdad_discussed_with_him",
     "استقبل رئيس الوزراء العراقي في بغداد وزير الخارجية التركي هاكان فيدان، وبحث معه العلاقات الثنائية.", "CONSULT",
     "TUR/*"},
    {"egyptian_president_hosted_qatari_pm_in_cairo_discussed_with_him",
     "استقبل الرئيس المصري في القاهرة رئيس الوزراء القطري، وبحث معه العلاقات بين البلدين.", "CONSULT", "QAT/*"},
    {"jordanian_king_hosted_us_secretary_in_amman_discussed_with_him",
     "استقبل العاهل الأردني في عمان وزير الخارجية الأمريكي، وناقش معه الأوضاع في المنطقة.", "CONSULT", "USA/*"},
    {"saudi_crown_prince_hosted_ukrainian_president_in_jeddah_discussed_with_him",
     "استقبل ولي العهد السعودي في جدة الرئيس الأوكراني، وبحث معه مساعي السلام.", "CONSULT", "UKR/*"},
    // 6. An arrest a verb of condemning takes as its object: the condemner does not make it.
    {"journalists_union_condemned_arrest_by_turkish_police", "اعتقلت الشرطة التركية الصحفي، وأدانت نقابة الصحفيين اعتقاله.",
     "COERCE", "*/LAB"},
    {"amnesty_denounced_detention_by_egyptian_authorities",
     "احتجزت السلطات المصرية الناشط علاء عبد الفتاح، ونددت منظمة العفو الدولية باحتجازه.", "COERCE", "*/NGO"},
    {"lawyers_union_condemned_arrest_of_lawyer_iran",
     "اعتقلت قوات الأمن الإيرانية المحامية، واستنكرت نقابة المحامين اعتقالها.", "COERCE", "*/LAB"},
    {"guard_journalists_union_protested_arrest", "أعلنت نقابة الصحفيين احتجاجها على توقيف الصحفي محمد علي.", "COERCE",
     "*/LAB"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args34NotDoerTest, ::testing::ValuesIn(kNotDoers),
                         [](const ::testing::TestParamInfo<NotDoerRow>& i) { return std::string(i.param.name); });

const ProbeRow kPending[] = {
    // 9. (A riot between the police and a crowd the list names second gives no event: the crowd's reading, with
    // the sides swapped, was tried and dropped, as it cost two false protests on the GSR dev set.)
    {"confrontations_security_forces_protesters_khartoum", "اندلعت مواجهات بين قوات الأمن والمحتجين في الخرطوم.",
     "PROTEST", "145", "SDN/*", "SDN/COP"},
    {"clashes_police_student_protesters_dhaka", "وقعت صدامات بين الشرطة والطلاب المحتجين في داكا.", "PROTEST", "145",
     "BGD/*", "BGD/COP"},
    // 10. (A counterpart named by its demonym, نظيره الأذربيجاني, is no actor الأخير finds: the latter is read as
    // the host.)
    {"latter_azerbaijani_counterpart_affirmed_support", "التقى الرئيس التركي نظيره الأذربيجاني، وأكد الأخير دعمه لأنقرة.",
     "SUPPORT", "05", "AZE/*", "TUR/*"},
    // 2. (The capital is now found as the doer of the act ردت governs; the town after an adjective of the
    // shelling, بقصف مكثف على كييف, is no target yet.)
    {"moscow_responded_with_heavy_shelling_of_kyiv", "ردت موسكو بقصف مكثف على كييف.", "ASSAULT", "19", "RUS/*",
     "UKR/*"},
};

class Args34PendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args34PendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args34PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Right readings rasad does not yet give: each row passes while the reading is missing and fails once it is
// produced, to be moved to its table then.
class Args34PendingAnyModalityTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args34PendingAnyModalityTest, IsStillAGap) {
  const ProbeRow& x = GetParam();
  std::string error;
  if (testing::TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  std::string seen;
  bool found = CodedInAnyModality(x, &seen);
  EXPECT_FALSE(found) << x.name << ": now coded as expected, move the row to kAnyModality:\n" << seen;
}

const ProbeRow kPendingAnyModality[] = {
    // 3. (السلطات المالية is read as the financial authorities, no state: the verb reading of طرد is kept and
    // the staff's embassy is its doer. The demonym المالية, Malian or financial, is ambiguous in the lexicon.)
    {"malian_authorities_decided_to_expel_algerian_embassy_staff",
     "قررت السلطات المالية طرد 5 موظفين في السفارة الجزائرية.", "COERCE", "174", "MLI/GOV", "DZA/*"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args34PendingAnyModalityTest, ::testing::ValuesIn(kPendingAnyModality),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
