// Material conflict in news-style sentences written for this table (none copied from a corpus): air
// strikes, shelling, drones, bombings, clashes, killings, kidnappings, arrests, raids, sieges, seizures
// of towns, withdrawals, deployments and tolls, from Sudan, Gaza and the West Bank, Yemen, Syria, Iraq,
// Lebanon, Libya, the Sahel, Somalia and Ukraine. Every expected type, code prefix, actor, place and count
// was written by hand from the Arabic before the coder ran, following data/ontology/cameo.tsv and the sector
// rules of data/lexicon/sectors.tsv. An actor is "COUNTRY/SECTOR" ("/CVL" when the country is unknown; a
// place hit is its state, "PSE/"); "*" in either part accepts any value; "" is no actor; nullptr is not
// checked. `place` is the ISO code of the event's location; `fatalities` -1 is not checked. A row with a
// null event expects no counted ASSAULT event at all. The rows named fix_ failed before the dictionary
// entries of the probe (coder/triggers.tsv, lexicon/agents.tsv) that they test.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::TestEngine;

struct ViolentCase {
  const char* name;
  const char* text;
  const char* event;   // PLOVER type; nullptr: no counted ASSAULT event
  const char* cameo;   // the CAMEO code starts with this
  const char* source;  // "COUNTRY/SECTOR", "*" for any part, "" for none, nullptr for any
  const char* target;  // likewise
  const char* place;   // ISO code of the location's country, nullptr for any
  int fatalities;      // -1 for any
};

void PrintTo(const ViolentCase& x, std::ostream* os) { *os << x.name; }

const ViolentCase kCases[] = {
    // Dictionary entries of the probe. Machines as the subject of a violent verb (the form holds its
    // subject): drones, tanks, bulldozers, a blast that rocks a town.
    {"fix_drone_subject", "هاجمت طائرات مسيرة مجهولة قاعدة التنف.", "ASSAULT", "1952", "", "", "SYR", -1},
    {"fix_drone_subject_2", "قصفت طائرة مسيرة مجهولة مواقع في مدينة الزاوية.", "ASSAULT", "1952", "", "", "LBY", -1},
    {"fix_drone_subject_3", "قصفت طائرة بدون طيار روسية منزلا في إدلب.",
     "ASSAULT", "1952", "RUS/MIL", "SYR/CVL", "SYR", -1},
    {"fix_tanks_shelled", "قصفت الدبابات الإسرائيلية مخيم البريج.", "ASSAULT", "194", "ISR/MIL", "PSE/", "PSE", -1},
    {"fix_bulldozers", "هدمت الجرافات الإسرائيلية منازل فلسطينيين في القدس الشرقية.",
     "ASSAULT", "1712", "ISR/MIL", "PSE/CVL", nullptr, -1},
    {"fix_blast_rocked", "هز انفجار ضخم وسط العاصمة الأفغانية كابل.", "ASSAULT", "183", "", "", "AFG", -1},
    // Drone strikes named by the weapon, series of strikes, fighting that raged, exchanges of fire,
    // anti-tank missiles, a force fought off.
    {"fix_loitering_drones", "أطلق حزب الله سربا من المسيرات الانقضاضية على قاعدة عسكرية إسرائيلية.",
     "ASSAULT", "1952", "LBN/REB", "ISR/MIL", nullptr, -1},
    // (The power station hit is Sudan's, the state of its place, as the gold sets code it: no target before session 53.)
    {"fix_attack_with_drones", "شنت قوات الدعم السريع هجوما بالمسيرات على محطة كهرباء في مروي.",
     "ASSAULT", "1952", "SDN/REB", "SDN/*", "SDN", -1},
    {"fix_series_of_strikes", "شن سلاح الجو الإسرائيلي سلسلة غارات على مواقع لحزب الله في البقاع.",
     "ASSAULT", "195", "ISR/MIL", "LBN/REB", "LBN", -1},
    {"fix_fighting_raged", "دارت معارك ضارية بين الجيش الأوكراني والقوات الروسية في محيط باخموت.",
     "ASSAULT", "193", "UKR/MIL", "RUS/MIL", nullptr, -1},
    {"fix_exchange_fire_with", "تبادل الجيش الإسرائيلي القصف مع حزب الله.",
     "ASSAULT", "194", "ISR/MIL", "LBN/REB", nullptr, -1},
    {"fix_antitank_missile", "قتل ثلاثة جنود إسرائيليين بصاروخ مضاد للدروع أطلقه حزب الله.",
     "ASSAULT", "194", "LBN/REB", "ISR/MIL", nullptr, 3},
    {"fix_fought_off_force", "تصدت الفصائل الفلسطينية لقوات الاحتلال المتوغلة شرق خان يونس.",
     "ASSAULT", "190", "PSE/REB", "ISR/", nullptr, -1},
    // Sieges and cordons imposed or tightened, districts retaken, units and columns deployed, landings.
    {"fix_siege_imposed", "فرضت القوات الروسية حصارا على مدينة ماريوبول.", "COERCE", "191", "RUS/MIL", "", "UKR", -1},
    {"fix_siege_tightened", "أحكمت قوات الجيش السوداني الحصار على مقرات الدعم السريع في الخرطوم.",
     "COERCE", "191", "SDN/MIL", "SDN/REB", "SDN", -1},
    {"fix_cordon", "ضربت قوات الأمن طوقا أمنيا حول حي الخالدية.", "COERCE", "191", "/COP", "", nullptr, -1},
    {"fix_liberated_district", "حررت القوات العراقية قضاء تلعفر من سيطرة داعش.",
     "COERCE", "192", "IRQ/MIL", "", nullptr, -1},
    {"fix_brigades_deployed", "نشرت إسرائيل لواءين إضافيين في الضفة الغربية.",
     "MOBILIZE", "154", "ISR/", "PSE/", "PSE", -1},
    {"fix_column_sent", "دفع الجيش الوطني الليبي برتل عسكري إلى مدينة سبها.",
     "MOBILIZE", "154", "LBY/MIL", "", "LBY", -1},
    {"fix_air_landing", "نفذت القوات الأمريكية إنزالا جويا في ريف دير الزور.",
     "ASSAULT", "190", "USA/MIL", "SYR/", "SYR", -1},  // (a foreign doer's attack: the place's state)
    // Role nouns in the accusative (قياديا، قرويين) and a verb with a pronoun object (قصفتنا).
    {"fix_leader_accusative", "اعتقل جهاز المخابرات العامة الصومالي قياديا في حركة الشباب.",
     "COERCE", "173", "SOM/SPY", "SOM/REB", nullptr, -1},
    {"fix_leader_accusative_2", "إسرائيل تغتال قياديا في حزب الله بضربة على بيروت",
     "ASSAULT", "186", "ISR/", "LBN/REB", "LBN", -1},
    {"fix_pronoun_object", "الميليشيا قصفتنا بالهاون وأحرقت منازلنا.", "ASSAULT", "194", "/UAF", "", nullptr, -1},
    {"fix_villagers", "ذبح مسلحون من بوكو حرام عشرة قرويين في ولاية بورنو.",
     "ASSAULT", "1823", "NGA/REB", "NGA/CVL", nullptr, 10},
    // Natural disasters that strike are no attack.
    {"no_earthquake", "ضرب زلزال عنيف مدينة حلب.", nullptr, "", nullptr, nullptr, nullptr, -1},
    {"no_storm", "ضربت عاصفة رملية مدينة الكويت أمس.", nullptr, "", nullptr, nullptr, nullptr, -1},
    // Coverage: events the coder already gets right, one or two per kind.
    {"artillery_shelled", "دكت المدفعية التركية قرى في ريف منبج.", "ASSAULT", "194", "TUR/MIL", "SYR/CVL", "SYR", -1},
    {"air_01", "شنت طائرات حربية إسرائيلية غارات على مدينة خان يونس جنوبي قطاع غزة.",
     "ASSAULT", "195", "ISR/MIL", "PSE/", "PSE", -1},
    {"air_06", "قتل خمسة أشخاص في غارة جوية استهدفت سوقا شعبيا في الفاشر.", "ASSAULT", "195", "", "SDN/CVL", "SDN", 5},
    {"air_09", "قالت وزارة الصحة في غزة إن 20 فلسطينيا قتلوا في غارات إسرائيلية على رفح.",
     "ASSAULT", "195", "ISR/", "PSE/CVL", "PSE", 20},
    {"air_11", "شنت القوات الجوية الأمريكية غارة على مخبأ لحركة الشباب في الصومال.",
     "ASSAULT", "195", "USA/MIL", "SOM/REB", "SOM", -1},
    {"shell_01", "قصفت قوات الدعم السريع أحياء سكنية في مدينة الأبيض بالمدفعية الثقيلة.",
     "ASSAULT", "194", "SDN/REB", "SDN/CVL", "SDN", -1},
    {"shell_04", "أطلق حزب الله عشرات الصواريخ على شمال إسرائيل.", "ASSAULT", "194", "LBN/REB", "ISR/", "ISR", -1},
    {"shell_11", "قصف الجيش السوداني مواقع لقوات الدعم السريع شرق النيل.",
     "ASSAULT", "194", "SDN/MIL", "SDN/REB", nullptr, -1},
    {"drone_05", "استهدفت مسيرة أوكرانية مصفاة نفط في روسيا.", "ASSAULT", "1952", "UKR/MIL", "RUS/", "RUS", -1},
    {"bomb_03", "فجر انتحاري نفسه داخل مسجد في مدينة بيشاور.", "ASSAULT", "1831", "*", "PAK/REL", "PAK", -1},
    {"bomb_05", "قتل جنديان عراقيان بانفجار عبوة ناسفة على طريق في محافظة ديالى.",
     "ASSAULT", "183", "", "IRQ/MIL", "IRQ", 2},
    {"clash_01", "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر.",
     "ASSAULT", "193", "SDN/MIL", "SDN/REB", "SDN", -1},
    {"clash_13", "أطلق جنود إسرائيليون النار على شاب فلسطيني قرب نابلس.",
     "ASSAULT", "193", "ISR/MIL", "PSE/CVL", "PSE", -1},
    {"kill_06", "قتل الجيش الإسرائيلي ثلاثة فلسطينيين في طولكرم.", "ASSAULT", "190", "ISR/MIL", "PSE/CVL", "PSE", 3},
    {"kill_14", "قتلت حركة الشباب ستة من عناصر الجيش الصومالي في كمين.",
     "ASSAULT", "190", "SOM/REB", "SOM/MIL", nullptr, 6},
    {"kill_21", "نجا وزير الداخلية الصومالي من محاولة اغتيال في مقديشو.", "ASSAULT", "185", "", "SOM/GOV", "SOM", -1},
    {"kill_29", "أعدمت جماعة الحوثي تسعة أشخاص في ميدان التحرير بصنعاء.",
     "ASSAULT", "1823", "YEM/REB", "YEM/CVL", nullptr, 9},
    {"kidnap_06", "اختطفت قوات الدعم السريع عشرات النساء في دارفور.", "ASSAULT", "181", "SDN/REB", "SDN/CVL", "SDN", -1},
    {"arrest_01", "اعتقلت القوات الإسرائيلية 25 فلسطينيا في حملة مداهمات بالضفة الغربية.",
     "COERCE", "173", "ISR/MIL", "PSE/CVL", "PSE", -1},
    {"arrest_08", "اعتقل الحوثيون عشرات المعلمين في صنعاء.", "COERCE", "173", "YEM/REB", "YEM/EDU", "YEM", -1},
    {"raid_03", "اقتحم الجيش الإسرائيلي مستشفى الشفاء في غزة.", "ASSAULT", "190", "ISR/MIL", "PSE/", "PSE", -1},
    {"seize_01", "سيطرت قوات الدعم السريع على مدينة ود مدني عاصمة ولاية الجزيرة.",
     "COERCE", "192", "SDN/REB", "", "SDN", -1},
    {"seize_02", "استعاد الجيش السوداني السيطرة على مدينة سنجة.", "COERCE", "192", "SDN/MIL", "", "SDN", -1},
    {"withdraw_01", "انسحبت قوات الدعم السريع من مدينة سنجة بعد معارك مع الجيش.",
     "RETREAT", "0874", "SDN/REB", "SDN/", "SDN", -1},
    {"withdraw_10", "أخلت القوات التركية نقطة مراقبة في ريف إدلب.", "RETREAT", "0874", "TUR/MIL", "SYR/", "SYR", -1},
    {"mob_04", "استدعى الجيش الإسرائيلي آلاف جنود الاحتياط.", "MOBILIZE", "154", "ISR/MIL", "", nullptr, -1},
    {"toll_10", "لقي 14 جنديا حتفهم في كمين نصبه مسلحون في شمال بوركينا فاسو.",
     "ASSAULT", "190", "*/UAF", "BFA/MIL", "BFA", 14},
    {"toll_25", "قتل خمسة من عناصر الشرطة الصومالية في تفجير انتحاري بمقديشو.",
     "ASSAULT", "1831", "", "SOM/COP", "SOM", 5},
};

class ViolentProbeTest : public ::testing::TestWithParam<ViolentCase> {};

TEST_P(ViolentProbeTest, CodesTypeActorsPlaceAndToll) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_FAIL() << error;
  const ViolentCase& x = GetParam();
  bool found = false;
  std::string seen;
  for (const Event& e : CodeText(x.text, "2024-05-10")) {
    bool counted = testing::Counts(e);
    seen += testing::Describe(e);
    if (x.event == nullptr) {
      if (counted && e.event == "ASSAULT") {
        ADD_FAILURE() << x.name << ": an attack where there is none:\n" << testing::Describe(e);
      }
      continue;
    }
    std::string place = e.location ? e.location->country : std::string();
    if (testing::CountsAs(e, x.event, x.cameo, x.source, x.target) && (x.place == nullptr || place == x.place) &&
        (x.fatalities < 0 || (e.fatalities && *e.fatalities == x.fatalities))) {
      found = true;
    }
  }
  if (x.event != nullptr) {
    EXPECT_TRUE(found) << x.name << ": no event as expected among:\n" << seen;
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, ViolentProbeTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ViolentCase>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
