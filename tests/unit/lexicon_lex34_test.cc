// Dictionary classes of session 34 (lex34):
//  1. The accusative of broken plurals of people (اعتقلت الشرطة طلابا، قتلت الغارة أطفالا، تجارا، شبانا), on lines of
//     their own as جنودا, and of a broken-plural demonym (سياحا أتراكا). (عمالا pending.)
//  2. Trades and professions news names victims and detainees by: engineers and technicians (LAB; not the singular
//     مهندس, a title before a name), a miner, nuclear scientists (EDU), international inspectors (IGO); the
//     perpetrators of an attack (منفذ الهجوم، مطلق النار: UAF) and of a crime (الجناة: CRM), the Israeli army's مخربين
//     (UAF), sports fans (CVL), a candidate in the accusative (مرشحا).
//  3. Second-tier officials and spokesmen of 2024-2026 (Iraq's military spokesmen, Gaza's health officials, Iran's
//     military spokesmen, UN spokesmen, Turkey's chief of staff since August 2025 and his predecessor as former).
//  4. Prisons and camps as places (سجن صيدنايا، سجن رومية، سجن قزل حصار، سجن طرة، معتقل سدي تيمان ...):
//     حصار in قزل حصار is no siege (نقل المعتقل إلى سجن قزل حصار reports no coercion).
//  5. على, the preposition, is no misspelt علي: the person-name typo check read على دير البلح as al-Shabaab's
//     spokesman علي ديري and lost the town; على دير الزور likewise.
//  6. A sound plural that keeps its ن is no construct head: اقتحم مسلحون سجن إيفين is gunmen and a prison, not
//     "the gunmen of Evin prison".
//  7. حماة after و written on it (في حمص وحماة): the clitic split, then the place with evidence.
//  8. A town named by a common word after على where an attack falls (غارة على صور، غارات على حماة: after an
//     indefinite noun and ending its phrase), not after a verb or its subject (حصل على صور، عثرت القوى الأمنية على
//     صور) nor before a genitive (على صور الأقمار الصناعية); جويا (aerial) is Jouaiya only with place evidence.
//  9. Jerusalemites (مقدسيين) are Palestinians.
// 10. CENTCOM's older name, Iran's supreme leader and the Saudi king by their titles alone, الناطق الرسمي باسم + its
//     body. (A side named by its nationality, الجانب الإسرائيلي, pending.)
// 11. Bare القاعدة as the genitive of al-Qaeda's fighters, leaders and positions (مسلحو القاعدة، عناصر من القاعدة،
//     مواقع للقاعدة), not the military base of عناصر القاعدة العسكرية.
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

using testing::NamedActorRow;
using testing::NamedPlaceRow;
using testing::ProbeRow;

const NamedActorRow kActors[] = {
    // 1. Accusative broken plurals.
    {"acc_students", "2025-03-10", "اعتقلت السلطات طلابا إيرانيين في طهران.", "طلابا", "IRN", "EDU"},
    {"acc_children", "2025-03-10", "قتلت الغارة أطفالا فلسطينيين في خان يونس.", "أطفالا", "PSE", "CVL"},
    // Pending (reverted: عمالا read as LAB made the workers a bus carried, not the bus, the target of a shooting in
    // an independent gold sentence, whose annotator codes the bus, CVL): خطف مسلحون عمالا مصريين في ليبيا should
    // give EGY/LAB.
    {"acc_demonym_turks", "2025-03-10", "اعتقلت الشرطة سياحا أتراكا في المطار.", "سياحا أتراكا", "TUR", "CVL"},
    {"acc_young_men", "2025-03-10", "اعتقلت قوات الأمن شبانا سوريين في لبنان.", "شبانا", "SYR", "CVL"},
    {"acc_traders", "2025-03-10", "خطف مسلحون تجارا ليبيين قرب سبها.", "تجارا", "LBY", "BUS"},
    // 2. Trades and professions.
    {"engineers", "2025-03-10", "قتل مهندسون روس في غارة على مطار في السودان.", "مهندسون", "RUS", "LAB"},
    {"engineer_accusative", "2025-03-10", "اعتقلت السلطات مهندسا بريطانيا في طهران.", "مهندسا", "GBR", "LAB"},
    {"technicians", "2025-03-10", "أصيب فنيون يمنيون في انفجار بمحطة كهرباء.", "فنيون", "YEM", "LAB"},
    {"miner", "2025-03-10", "قتل عامل منجم سوداني في انهيار بمنجم للذهب.", "عامل منجم", "SDN", "LAB"},
    {"nuclear_scientist", "2025-03-10", "اغتالت إسرائيل عالما نوويا إيرانيا في طهران.", "عالما نوويا", "IRN", "EDU"},
    {"nuclear_scientists", "2025-03-10", "اعتقلت السلطات الإيرانية علماء نوويين بتهمة التجسس.", "علماء نوويين", "",
     "EDU"},
    {"intl_inspectors", "2025-03-10", "طردت إيران المفتشين الدوليين من منشأة فوردو.", "المفتشين الدوليين", "", "IGO"},
    {"attack_perpetrator", "2025-03-10", "قتلت الشرطة الفرنسية منفذ الهجوم على الكنيسة.", "منفذ الهجوم", "", "UAF"},
    {"shooter", "2025-03-10", "اعتقلت الشرطة الأمريكية مطلق النار بعد الهجوم على المدرسة.", "مطلق النار", "", "UAF"},
    {"idf_saboteurs", "2025-03-10", "قال الجيش الإسرائيلي إنه قتل مخربين في جنين.", "مخربين", "", "UAF"},
    {"crime_perpetrators", "2025-03-10", "اعتقلت الشرطة المصرية الجناة بعد ساعات من الجريمة.", "الجناة", "", "CRM"},
    {"jerusalemites", "2025-03-10", "اعتقلت الشرطة الإسرائيلية مقدسيين في باب العامود.", "مقدسيين", "PSE", "*"},
    {"football_fans", "2025-03-10", "اعتدى مشجعون إسرائيليون على سكان في أمستردام.", "مشجعون", "ISR", "CVL"},
    {"candidate_accusative", "2025-03-10", "اغتال مسلحون مرشحا للانتخابات البرلمانية في العراق.", "مرشحا", "", "PTY"},
    // 10. Sides and titles named without a name.
    // Pending (reverted: ?جانب owned by an organisation in construct, إلى جانب الحوثيين, took the Houthis out of a
    // support's target in coder_probe_targets_test): قال الجانب الإسرائيلي إنه رفض المقترح should read ISR, and
    // رفض الطرف الفلسطيني الشروط PSE.
    {"centcom_old_name", "2025-03-10", "أعلنت قيادة المنطقة الوسطى الأمريكية أنها دمرت مسيرات.",
     "قيادة المنطقة الوسطى الأمريكية", "USA", "MIL"},
    {"supreme_leader_title", "2025-03-10", "قال المرشد الإيراني إن إيران لن تستسلم للضغوط.", "المرشد الإيراني", "IRN",
     "GOV"},
    {"revolution_leader_title", "2025-03-10", "قال المرشد الأعلى للثورة الإسلامية إن المفاوضات لن تجدي.",
     "المرشد الأعلى للثورة الإسلامية", "IRN", "GOV"},
    {"custodian_title", "2025-03-10", "وجه خادم الحرمين الشريفين بإرسال مساعدات إلى غزة.", "خادم الحرمين الشريفين",
     "SAU", "GOV"},
    {"official_spokesman_of", "2025-03-10", "قال الناطق الرسمي باسم الجيش السوداني إن الجيش صد الهجوم.",
     "الناطق الرسمي باسم الجيش السوداني", "SDN", "MIL"},
    // 11. Bare القاعدة as the genitive of al-Qaeda's fighters and positions; a base keeps its adjective.
    {"aq_gunmen", "2025-03-10", "هاجم مسلحو القاعدة نقطة أمنية في محافظة أبين.", "مسلحو القاعدة", "", "REB"},
    {"aq_members_from", "2025-03-10", "قتل عناصر من القاعدة في غارة أمريكية في اليمن.", "القاعدة", "", "REB"},
    {"aq_positions", "2025-03-10", "هاجمت قوات النخبة الحضرمية مواقع للقاعدة في وادي حضرموت.", "للقاعدة", "", "REB"},
    {"guard_base_members", "2025-03-10", "قتل عناصر القاعدة العسكرية في هجوم صاروخي.", "القاعدة العسكرية", "", "MIL"},
    {"guard_inspectors_of_iaea", "2025-03-10", "منعت إيران مفتشي الوكالة الدولية للطاقة الذرية من دخول منشأة فوردو.",
     "مفتشي الوكالة الدولية للطاقة الذرية", "", "IGO"},
    // 3. Officials and spokesmen.
    {"bayraktaroglu", "2025-10-01", "قال رئيس الأركان التركي سلجوق بيرقدار أوغلو إن الجيش مستعد.", "سلجوق بيرقدار أوغلو",
     "TUR", "MIL"},
    {"gurak_former", "2025-10-01", "قال متين غوراك إن تركيا تواجه تحديات أمنية.", "متين غوراك", "TUR", "ELI"},
    {"guard_gurak_in_office", "2024-10-01", "قال رئيس الأركان التركي متين غوراك إن الجيش مستعد.", "متين غوراك", "TUR",
     "MIL"},
    {"iraq_cinc_spokesman", "2025-06-01",
     "قال الناطق باسم القائد العام للقوات المسلحة اللواء صباح النعمان إن القوات أحبطت هجوما.", "صباح النعمان", "IRQ",
     "MIL"},
    {"iraq_security_media_cell", "2025-06-01", "قال رئيس خلية الإعلام الأمني سعد معن إن القوات اعتقلت مطلوبين.",
     "سعد معن", "IRQ", "COP"},
    {"houthi_politburo", "2025-06-01", "قال عضو المكتب السياسي لأنصار الله حزام الأسد إن الجماعة سترد.", "حزام الأسد",
     "YEM", "REB"},
    {"libya_chief_of_staff", "2025-06-01", "قال رئيس الأركان الليبي الفريق محمد الحداد إن الجيش يدعم الحوار.",
     "محمد الحداد", "LBY", "MIL"},
    {"gaza_health_spokesman", "2024-03-10", "قال أشرف القدرة إن المستشفيات في غزة انهارت.", "أشرف القدرة", "PSE", "HLH"},
    {"gaza_health_director", "2025-06-01", "قال منير البرش إن المجاعة تقتل الأطفال في غزة.", "منير البرش", "PSE", "HLH"},
    {"shifa_director", "2025-06-01", "قال مدير مستشفى الشفاء محمد أبو سلمية إن المستشفى خرج عن الخدمة.",
     "محمد أبو سلمية", "PSE", "HLH"},
    {"chikli", "2025-06-01", "هاجم الوزير عميحاي شيكلي رئيس الوزراء البريطاني.", "عميحاي شيكلي", "ISR", "GOV"},
    {"gal_hirsch", "2025-06-01", "التقى غال هيرش عائلات الأسرى في تل أبيب.", "غال هيرش", "ISR", "GOV"},
    {"khatam_spokesman", "2025-06-20", "قال إبراهيم ذو الفقاري إن القوات المسلحة سترد بقوة.", "إبراهيم ذو الفقاري", "IRN",
     "MIL"},
    {"irgc_spokesman", "2025-06-20", "قال علي محمد نائيني إن الحرس الثوري مستعد.", "علي محمد نائيني", "IRN", "MIL"},
    {"armed_forces_spokesman", "2025-06-20", "قال أبو الفضل شكارجي إن الرد سيكون قاسيا.", "أبو الفضل شكارجي", "IRN",
     "MIL"},
    {"jordan_mfa_spokesman", "2025-06-01", "قال سفيان القضاة إن الأردن يدين الاعتداء.", "سفيان القضاة", "JOR", "GOV"},
    {"ryabkov", "2025-06-01", "قال سيرغي ريابكوف إن موسكو لن تقبل الشروط.", "سيرغي ريابكوف", "RUS", "GOV"},
    {"guo_jiakun", "2025-06-01", "قال قوه جيا كون إن الصين تعارض العقوبات.", "قوه جيا كون", "CHN", "GOV"},
    {"fu_cong", "2025-06-01", "قال فو تسونغ إن الصين تدعو إلى وقف إطلاق النار.", "فو تسونغ", "CHN", "GOV"},
    {"leavitt", "2025-06-01", "قالت كارولين ليفيت إن ترامب يدرس الخيارات.", "كارولين ليفيت", "USA", "GOV"},
    {"boehler", "2025-06-01", "التقى آدم بوهلر قادة من حماس في الدوحة.", "آدم بوهلر", "USA", "GOV"},
    {"suica", "2025-06-01", "قالت دوبرافكا شويتسا إن الاتحاد سيزيد مساعداته.", "دوبرافكا شويتسا", "", "IGO"},
    {"farhan_haq", "2025-06-01", "قال فرحان حق إن الأمم المتحدة قلقة.", "فرحان حق", "", "IGO"},
    {"laerke", "2025-06-01", "قال ينس لاركه إن المساعدات لا تدخل غزة.", "ينس لاركه", "", "IGO"},
    {"touma", "2025-06-01", "قالت جولييت توما إن الوكالة لم تتمكن من إدخال الإمدادات.", "جولييت توما", "", "IGO"},
    {"abu_hasna", "2025-06-01", "قال عدنان أبو حسنة إن الوضع في غزة كارثي.", "عدنان أبو حسنة", "", "IGO"},
    {"elder", "2025-06-01", "قال جيمس إلدر إن الأطفال يموتون جوعا.", "جيمس إلدر", "", "IGO"},
    {"whittall", "2025-06-01", "قال جوناثان ويتال إن غزة تتعرض للتجويع.", "جوناثان ويتال", "", "IGO"},
    {"baraa_commander", "2025-06-01", "قال المصباح أبو زيد طلحة إن قواته تقدمت في كردفان.", "المصباح أبو زيد طلحة", "SDN",
     "UAF"},
    {"ali_hassan_khalil", "2025-06-01", "قال علي حسن خليل إن حركة أمل تدعم الرئيس.", "علي حسن خليل", "LBN", "LEG"},
    {"maher_sharaa", "2025-06-01", "استقبل ماهر الشرع وفدا أمريكيا في دمشق.", "ماهر الشرع", "SYR", "GOV"},
};

class Lex34ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name is of the expected country and sector.
TEST_P(Lex34ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex34ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // 4. Prisons and camps.
    {"saydnaya_prison", "2025-03-10", "أفرج عن مئات المعتقلين من سجن صيدنايا قرب دمشق.", "سجن صيدنايا", "SYR"},
    {"adra_prison", "2025-03-10", "نقل الموقوفون إلى سجن عدرا المركزي.", "سجن عدرا", "SYR"},
    {"ghwayran_prison", "2025-03-10", "حاول مسلحون اقتحام سجن غويران.", "سجن غويران", "SYR"},
    {"roumieh_prison", "2025-03-10", "أضرب سجناء في سجن رومية عن الطعام.", "سجن رومية", "LBN"},
    {"ghezel_hesar_prison", "2025-03-10", "نقل المعتقل إلى سجن قزل حصار.", "سجن قزل حصار", "IRN"},
    {"tora_prison", "2025-03-10", "أفرجت السلطات عن معتقلين من سجن طرة.", "سجن طرة", "EGY"},
    // Pending (reverted: the place made one more event of a fresh gold sentence, unseen, counted a false
    // positive): نقل الأسير إلى سجن عوفر should read Ofer prison, PSE.
    {"sde_teiman", "2025-03-10", "قتل محتجزون في معتقل سدي تيمان.", "سدي تيمان", "ISR"},
    {"hout_prison", "2025-03-10", "نفذت السلطات أحكام إعدام في سجن الحوت.", "سجن الحوت", "IRQ"},
    {"guard_evin_prison", "2025-03-10", "نقلت السلطات الناشطة إلى سجن إيفين.", "سجن إيفين", "IRN"},
    {"guard_abu_ghraib", "2025-03-10", "قتل سجناء في تمرد داخل سجن أبو غريب.", "أبو غريب", "IRQ"},
    // 5. Places after على.
    {"ala_deir_al_balah", "2025-03-10", "شنت الطائرات الإسرائيلية غارات على دير البلح.", "دير البلح", "PSE"},
    {"ala_deir_ez_zor", "2025-03-10", "سيطرت قوات سوريا الديمقراطية على دير الزور.", "دير الزور", "SYR"},
    // 8. A town named by a common word after على where an attack falls.
    {"tyre_strike", "2025-03-10", "شنت إسرائيل غارة على صور في جنوب لبنان.", "صور", "LBN"},
    {"tyre_rockets", "2025-03-10", "سقطت صواريخ على صور في جنوب لبنان.", "صور", "LBN"},
    {"hama_raids", "2025-03-10", "قصفت الطائرات السورية مواقع في ريف إدلب وشنت غارات على حماة.", "حماة", "SYR"},
    {"guard_jouaiya_town", "2025-03-10", "قصفت المسيرات بلدة جويا في جنوب لبنان.", "جويا", "LBN"},
    // 7. حماة with a clitic.
    {"hama_after_wa", "2025-03-10", "انتشرت قوات الأمن السورية في حمص وحماة.", "حماة", "SYR"},
    {"guard_hama_after_bi", "2025-03-10", "قتل مدنيون في قصف بحماة في سوريا.", "حماة", "SYR"},
    {"guard_hama_after_fi", "2025-03-10", "قصفت طائرات سورية أحياء سكنية في حماة.", "حماة", "SYR"},
};

class Lex34PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex34PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex34PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

// حماة "his father-in-law" with و on it is no place (guard: it never was).
// Pictures after على (guards: a verb before على, or a genitive after صور) and an aerial attack (جويا, which named
// Jouaiya before: 8).
const testing::PlaceRow kNotPlaces[] = {
    {"قال الرجل إن أباه وحماه قتلا في الحرب.", "وحماه", "", ""},
    {"حصل الجيش اللبناني على صور تظهر الدمار في الجنوب.", "صور", "", ""},
    {"عثرت القوى الأمنية اللبنانية على صور في هاتف المتهم.", "صور", "", ""},
    {"عثر محققون لبنانيون على صور في هاتف المتهم.", "صور", "", ""},
    {"اطلع الرئيس اللبناني على صور الأقمار الصناعية.", "صور", "", ""},
    {"شنت إسرائيل هجوما جويا على مواقع في جنوب لبنان.", "جويا", "", ""},
};

TEST(Lex34NotPlaceTest, GuardCommonNounsAreNoPlaces) { testing::ExpectPlaceRows(kNotPlaces); }

const ProbeRow kEvents[] = {
    // 5. The air strike on Deir al-Balah is Israel's, not a Somali spokesman's.
    {"ala_deir_al_balah_strike", "شنت الطائرات الإسرائيلية غارات على دير البلح.", "ASSAULT", "195", "ISR/MIL", nullptr},
    // (على دير "on a monastery" made the spokesman a critic of the attack.)
    {"ala_monastery", "قتل مسلحون رهبانا في هجوم على دير في بوركينا فاسو.", "ASSAULT", "", "*/UAF", nullptr, "ACCUSE"},
    // 4. حصار in the prison's name is no siege.
    {"ghezel_hesar_no_siege", "نقلت السلطات الإيرانية المعتقل إلى سجن قزل حصار.", nullptr, nullptr, nullptr, nullptr,
     "COERCE"},
    {"ghezel_hesar_execution_no_siege", "نفذت السلطات الإيرانية حكم الإعدام بحق سجين في سجن قزل حصار.", "ASSAULT", "",
     "IRN/GOV", nullptr, "COERCE"},
};

class Lex34EventTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Lex34EventTest, CodesTheEvent) { testing::ExpectProbeRow(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex34EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// 6. Gunmen who storm a prison are a mention of their own, the prison another.
TEST(Lex34ConstructTest, SoundPluralWithItsNunIsNoConstructHead) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  for (const char* text : {"اقتحم مسلحون سجن إيفين في طهران.", "هاجم مسلحون سجن صيدنايا."}) {
    Worker worker(engine);
    Document doc;
    doc.text = text;
    doc.date = "2025-03-10";
    worker.Analyze(doc);
    EXPECT_FALSE(testing::MentionsWithText(worker, "مسلحون").empty()) << text;
  }
}

}  // namespace
}  // namespace rasad
