// Dictionary classes of session 33 (lex33):
//  1. Towns whose one-word name the word list reads as a particle (حماة as حماه "his father-in-law", إب as أب
//     "father"), listed in places/common_words.tsv: the place with place evidence (ريف إب؛ في حماة in a document
//     that names Syria, or joined by و to a place before it: في صنعاء وإب), the common noun after a definite noun
//     (الجنود حماة الحدود).
//  2. طالبان "two students", the dual of طالب, where a dual attribute or a construct says so (طالبان جامعيان،
//     طالبا الجامعة); alone, and in حركة طالبان, it stays the Taliban.
//  3. قوات الشرطة الدولية, the police of a peace operation (PKO), not Interpol's forces; الشرطة الدولية alone stays
//     Interpol.
//  4. The head of a sub-district (مدير ناحية) as a state official, of a provincial directorate of
//     health or education (مدير الصحة، مدير التربية) as its sector's; titles before a body and في + a
//     town (مدير الشرطة في درعا) kept.
//  5. (Pending, reverted: an attack on a camp, مخيم زمزم، as one on its civilians.)
//  6. Victims named by their trade (artisanal gold miners, the kolbars of the Iran-Iraq border), the accusatives
//     حجاجا، سياحا, the spelling إبراهيم كالين of Turkey's intelligence chief, the head of Syria's transitional-justice
//     commission and the spokesman of Gaza's civil defence; municipal workers (عمال بلدية, whole) and aid seekers
//     (منتظرو المساعدات).
// Every sentence was written for this table (none copied from a corpus) and every expected value was written
// by hand from the Arabic before rasad ran. Rows named guard_ passed before the session's entries and keep the
// readings they protect; every other row failed before them.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::DatedEventRow;
using testing::NamedActorRow;
using testing::NamedPlaceRow;

const NamedActorRow kActors[] = {
    // 2. Two students, and the Taliban.
    {"students_dual_university", "2025-03-10", "قتل طالبان جامعيان في حادث إطلاق نار في بغداد.", "طالبان جامعيان", "",
     "EDU"},
    {"students_dual_construct", "2025-03-10", "أصيب طالبا الجامعة برصاص قوات الأمن.", "طالبا الجامعة", "", "EDU"},
    {"students_dual_oblique", "2025-03-10", "اعتقلت الشرطة طالبين جامعيين في القاهرة.", "طالبين جامعيين", "", "EDU"},
    {"students_dual_other", "2025-03-10", "قتل طالبان آخران في القصف على المدرسة.", "طالبان آخران", "", "EDU"},
    {"guard_taliban_movement", "2025-03-10", "هاجمت حركة طالبان مركزا للشرطة في ولاية قندهار.", "طالبان", "AFG", "REB"},
    {"guard_taliban_bare", "2025-03-10", "اعتقلت طالبان صحفيين في كابول.", "طالبان", "AFG", "REB"},
    // 3. International police forces, and Interpol.
    {"intl_police_forces", "2025-03-10", "أطلقت قوات الشرطة الدولية الغاز المسيل للدموع على محتجين في متروفيتسا.",
     "قوات الشرطة الدولية", "", "PKO"},
    {"intl_police_members", "2025-03-10", "اعتقل عناصر الشرطة الدولية مشتبها به في بريشتينا.", "الشرطة الدولية", "",
     "PKO"},
    {"guard_interpol", "2025-03-10", "أصدرت الشرطة الدولية مذكرة توقيف بحق رجل أعمال لبناني.", "الشرطة الدولية", "",
     "IGO"},
    // 6. Trades news names victims by, accusatives of pilgrims and tourists, a spelling of a spy chief.
    {"gold_miners", "2025-03-10", "هاجم مسلحون منقبين عن الذهب في شمال تشاد.", "منقبين عن الذهب", "", "LAB"},
    {"border_porters", "2025-03-10", "قتل عتالون برصاص حرس الحدود الإيراني قرب بانه.", "عتالون", "", "LAB"},
    {"pilgrims_accusative", "2025-03-10", "اعتقلت الشرطة حجاجا في مكة.", "حجاجا", "", "CVL"},
    // (Was the span سياحا: in session 42, actors42, أجانب became a demonym, of the pseudo code INT, and joins the noun;
    // still of no country.)
    {"tourists_accusative", "2025-03-10", "خطف مسلحون سياحا أجانب في مالي.", "سياحا أجانب", "", "CVL"},
    {"kalin_spelling", "2025-05-01", "قال رئيس المخابرات التركية إبراهيم كالين إن أنقرة تدعم استقرار سوريا.",
     "إبراهيم كالين", "TUR", "SPY"},
    {"syr_transitional_justice_head", "2025-09-15",
     "قال رئيس هيئة العدالة الانتقالية في سوريا عبد الباسط عبد اللطيف إن الهيئة بدأت عملها.", "عبد الباسط عبد اللطيف",
     "SYR", "GOV"},
    {"gaza_civil_defence_spokesman", "2025-09-15",
     "قال المتحدث باسم الدفاع المدني في غزة محمود بصل إن الطواقم انتشلت جثثا.", "محمود بصل", "PSE", "HLH"},
};

class Lex33ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name is of the expected country and sector.
TEST_P(Lex33ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex33ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // 1. حماة and إب with place evidence.
    {"hama_after_fi", "2025-03-10", "قصفت طائرات سورية أحياء سكنية في حماة.", "حماة", "SYR"},
    {"hama_after_ila", "2025-03-10", "وصل الرئيس السوري أحمد الشرع إلى حماة.", "حماة", "SYR"},
    {"ibb_after_fi", "2025-03-10", "اعتقل الحوثيون صحفيين في إب.", "إب", "YEM"},
    {"ibb_countryside", "2025-03-10", "قتل مدنيون في قصف على ريف إب.", "إب", "YEM"},
    {"ibb_listed_after_place", "2025-03-10", "اعتقل الحوثيون ناشطين في صنعاء وإب.", "إب", "YEM"},
    {"guard_hama_governorate", "2025-03-10", "شنت قوات الأمن السورية حملة تمشيط في محافظة حماة.", "محافظة حماة", "SYR"},
    {"guard_ibb_governorate", "2025-03-10", "تظاهر مئات في محافظة إب احتجاجا على الغلاء.", "محافظة إب", "YEM"},
};

class Lex33PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex33PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex33PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

// حماة "protectors" after a definite noun are no
// places (guards: they were never read so).
const testing::PlaceRow kNotPlaces[] = {
    {"قال الرئيس السوري إن الجنود حماة الحدود.", "حماة", "", ""},
    {"وصفت الحركة السورية مقاتليها بأنهم حماة الوطن.", "حماة", "", ""},
};

TEST(Lex33NotPlaceTest, GuardCommonNounsAreNoPlaces) { testing::ExpectPlaceRows(kNotPlaces); }

const DatedEventRow kEvents[] = {
    // 5. Pending (reverted at the hard stop: naming camps without مخيم made مخيم the target of a retreat or a
    // shelling in coder_probe tests): قصفت قوات الدعم السريع مخيم زمزم should hit SDN/CVL, not the state.
    // 4. Local officials (their country is the place's, which the mention alone does not carry).
    {"subdistrict_director", "2025-03-10", "اغتال مسلحون مدير ناحية العظيم في محافظة ديالى.", "IRQ/UAF", "IRQ/GOV"},
    {"village_council_head", "2025-03-10", "هاجم مستوطنون رئيس مجلس قروي في الضفة الغربية.", "ISR/*", "PSE/GOV"},
    {"guard_police_director_in_town", "2025-03-10", "قتل مدير الشرطة في درعا في انفجار عبوة ناسفة.", nullptr,
     "SYR/COP"},
    {"guard_local_council_head", "2025-03-10", "اعتقلت قوات الأمن رئيس المجلس المحلي في بلدة جاسم.", "SYR/COP",
     "SYR/GOV"},
    // 6. Municipal workers whole (not عمال + a municipality), aid seekers.
    {"municipal_workers", "2025-03-10", "قتل عمال بلدية في غارة إسرائيلية على جنوب لبنان.", "ISR/*", "LBN/LAB"},
    {"aid_seekers", "2025-07-10", "أطلق الجيش الإسرائيلي النار على منتظري المساعدات في خان يونس.", "ISR/MIL", "PSE/CVL"},
    // 4. Directors of a provincial directorate.
    {"education_director", "2025-03-10", "قتل مدير التربية في ريف حلب برصاص مجهولين.", "SYR/UAF", "SYR/EDU"},
    // 3. International police as the doer.
    {"intl_police_tear_gas", "2025-03-10", "أطلقت قوات الشرطة الدولية الغاز المسيل للدموع على محتجين في متروفيتسا.",
     "*/PKO", "*/CVL"},
};

class Lex33EventTest : public ::testing::TestWithParam<DatedEventRow> {};

TEST_P(Lex33EventTest, CodesSourceAndTarget) { testing::ExpectDatedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex33EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<DatedEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
