// Dictionary classes of session 36 (lex36):
//  1. UN agencies by their bare Arabic acronyms in both spellings (يونيسيف، يونيسكو), which only the forms with the
//     article named (a one-word name listed only with its article is not read from the word without it).
//  2. Communities as adjectives and genitives: شيعة (the Shia, and Shia) and بدو (Bedouins, and Bedouin) right after
//     a group of people are its adjective, as دروز is (مسلحون شيعة، المسلحون الشيعة، مسلحون بدو: one mention, the
//     group's sector), and elsewhere the community (قتل مسلحون عشرة شيعة); a community's definite name is the
//     genitive of a noun in construct before it (قرى الدروز، منازل العلويين: one mention, the villages' and houses'
//     people, CVL, as قرى الفلسطينيين is), not of a sound plural (قتل مسلحون الشيعة: the Shia are the object).
//  3. Karim Souaid, Lebanon's central bank governor since 2025, by his name alone (كريم سعيد, before named only in a
//     document that names Lebanon).
//  4. Generic agents of wire news: commandos (MIL), inghimasi fighters (UAF), supporters by the plural مناصرون (CVL),
//     the military as العسكر (MIL), retirees (CVL), and the Turkish gendarmerie as الجندرمة; and the indefinite
//     accusative singulars of people nouns not yet listed (رضيعا، سائحا، طاقما طبيا), the form of an object. (قائدا is left out: it is mostly a predicate, عين قائدا للجيش.)
//  5. الجوف by context: Yemen's governorate (also with no country named), Saudi Arabia's northern region, Libya's
//     Kufra town.
//  6. Towns the gazetteer missed or spelled otherwise: يعبد، عزون، بيت أمر (West Bank), الشابورة (Rafah), bare عديسة
//     (south Lebanon), تلكلخ (Homs), سكاكا (Saudi Arabia).
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
    // 1. UN agencies by their bare acronyms.
    {"unicef_bare", "2025-06-01", "قالت يونيسيف إن آلاف الأطفال في غزة يعانون من سوء التغذية.", "يونيسيف", "", "IGO"},
    {"unesco_bare", "2025-06-01", "حذرت يونيسكو من تدمير المواقع الأثرية في السودان.", "يونيسكو", "", "IGO"},
    {"guard_unicef_article", "2025-06-01", "انتقدت اليونيسيف الهجوم على المدرسة.", "اليونيسيف", "", "IGO"},
    // 2. Communities as adjectives and genitives.
    {"shia_gunmen", "2025-06-01", "هاجم مسلحون شيعة قافلة في كورام بباكستان.", "مسلحون شيعة", "", "UAF"},
    {"shia_gunmen_definite", "2025-06-01", "هاجم المسلحون الشيعة قوات الأمن في باراتشينار.", "المسلحون الشيعة", "",
     "UAF"},
    {"bedouin_gunmen", "2025-07-15", "هاجم مسلحون بدو قرى الدروز.", "مسلحون بدو", "", "UAF"},
    {"druze_villages", "2025-07-15", "هاجم مسلحون بدو قرى الدروز.", "قرى الدروز", "", "CVL"},
    {"alawite_houses", "2025-03-08", "أحرق مسلحون منازل العلويين في ريف حماة.", "منازل العلويين", "", "CVL"},
    {"guard_shia_counted", "2025-06-01", "قتل مسلحون عشرة شيعة في هجوم على حافلة.", "شيعة", "", "REL"},
    {"guard_shia_object", "2025-06-01", "قتل مسلحون الشيعة في باكستان.", "الشيعة", "PAK", "REL"},
    {"guard_bedouin_detained", "2025-06-01", "اعتقلت الشرطة الإسرائيلية عشرات البدو في النقب.", "البدو", "", "CVL"},
    // 3. Karim Souaid without a title, in a document that does not name Lebanon.
    {"souaid_untitled", "2025-06-01", "أكد كريم سعيد أن الودائع محمية.", "كريم سعيد", "LBN", "GOV"},
    {"guard_souaid_titled", "2025-06-01", "قال حاكم مصرف لبنان كريم سعيد إن الودائع محمية.", "كريم سعيد", "LBN", "GOV"},
    // 4. Generic agents.
    {"commandos", "2025-06-01", "نفذ الكوماندوز الأمريكيون عملية إنزال في سوريا.", "الكوماندوز", "USA", "MIL"},
    {"inghimasis", "2025-06-01", "هاجم انغماسيون قاعدة عسكرية في شمال نيجيريا.", "انغماسيون", "", "UAF"},
    {"supporters", "2025-06-01", "هاجم مناصرون غاضبون مقر اللجنة الانتخابية.", "مناصرون", "", "CVL"},
    {"military_collective", "2025-06-01", "اعتقل العسكر قادة المعارضة في الخرطوم.", "العسكر", "", "MIL"},
    {"retirees", "2025-06-01", "تظاهر متقاعدون أمام البرلمان في بيروت.", "متقاعدون", "", "CVL"},
    // 4. Indefinite accusative singulars of people nouns, which news writes as objects (قتل رضيعا، اختطف سائحا).
    {"infant_accusative", "2025-06-01", "قتل الجيش الإسرائيلي رضيعا في غارة على خان يونس.", "رضيعا", "", "CVL"},
    {"tourist_accusative", "2025-06-01", "اختطف مسلحون سائحا فرنسيا في النيجر.", "سائحا فرنسيا", "FRA", "CVL"},
    {"medical_crew_accusative", "2025-06-01", "قتلت غارة إسرائيلية طاقما طبيا في غزة.", "طاقما طبيا", "", "HLH"},
    {"gendarmerie_turkey", "2025-06-01", "أطلقت الجندرمة النار على مهاجرين على الحدود الإيرانية.", "الجندرمة", "TUR",
     "COP"},
};

class Lex36ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name is of the expected country and sector.
TEST_P(Lex36ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex36ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // 5. Al-Jawf by context.
    {"jawf_yemen", "2025-06-01", "شن الحوثيون هجوما على مواقع القوات الحكومية في الجوف.", "الجوف", "YEM"},
    {"jawf_saudi", "2025-06-01", "اعتقلت السلطات السعودية مهربين في منطقة الجوف.", "الجوف", "SAU"},
    {"jawf_libya", "2025-06-01", "اشتبكت قوات الكفرة مع مهربين في الجوف جنوب ليبيا.", "الجوف", "LBY"},
    {"jawf_no_country", "2025-06-01", "قصفت طائرات أمريكية مواقع في الجوف.", "الجوف", "YEM"},
    {"guard_jawf_governorate", "2025-06-01", "قصفت طائرات التحالف مواقع الحوثيين في محافظة الجوف شمال اليمن.",
     "محافظة الجوف", "YEM"},
    // 6. Towns.
    {"yabad", "2025-06-01", "اقتحمت القوات الإسرائيلية بلدة يعبد جنوب جنين.", "يعبد", "PSE"},
    {"azzun", "2025-06-01", "اقتحمت القوات الإسرائيلية قرية عزون شرق قلقيلية.", "عزون", "PSE"},
    {"beit_ummar", "2025-06-01", "اعتقلت القوات الإسرائيلية شبانا من بلدة بيت أمر شمال الخليل.", "بيت أمر", "PSE"},
    {"shaboura", "2025-06-01", "قصفت المدفعية الإسرائيلية حي الشابورة في رفح.", "الشابورة", "PSE"},
    {"odaisseh_bare", "2025-06-01", "قصف الجيش الإسرائيلي بلدة عديسة في جنوب لبنان.", "عديسة", "LBN"},
    {"tall_kalakh", "2025-06-01", "اعتقلت قوات الأمن السورية مسلحين في تلكلخ بريف حمص.", "تلكلخ", "SYR"},
    {"sakaka", "2025-06-01", "سقطت طائرة مسيرة قرب مدينة سكاكا في شمال السعودية.", "سكاكا", "SAU"},
};

class Lex36PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex36PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex36PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

const DatedEventRow kEvents[] = {
    // 2. The Druze villages attacked are the target (civilians of Syria, from Suwayda), not the community alone.
    {"druze_villages_attacked", "2025-07-15", "هاجم مسلحون قرى الدروز في ريف السويداء.", "SYR/UAF", "SYR/CVL"},
    // 2. Shia gunmen kill ten people: the people are the target, not the Shia.
    {"shia_gunmen_kill", "2025-06-01", "قتل مسلحون شيعة عشرة أشخاص في كورام بباكستان.", "PAK/UAF", "PAK/CVL"},
    // 2. Bedouin gunmen attack the Druze villages: the Bedouins are no target.
    // 4. The kidnapped French tourist is the target; the gunmen are of Niger, where they act.
    {"tourist_kidnapped", "2025-06-01", "اختطف مسلحون سائحا فرنسيا في النيجر.", "NER/UAF", "FRA/CVL"},
    {"bedouin_gunmen_attack", "2025-07-15", "هاجم مسلحون بدو قرى الدروز في ريف السويداء.", "SYR/UAF", "SYR/CVL"},
};

class Lex36EventTest : public ::testing::TestWithParam<DatedEventRow> {};

TEST_P(Lex36EventTest, CodesTheEvent) { testing::ExpectDatedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex36EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<DatedEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
