// Doers a sentence names away from the act (session 63, set 17's source misses): an analyst still codes who did it.
// A protest told with no subject of its own, a claim in the sentence after an attack, soldiers before a clause that
// describes them. The rows, wire-style sentences written for this table (none copied from a corpus or a gold set):
// 1. a noun of purpose (احتجاجا، رفضا) after a verb joined by و whose subject is its pronoun (ونصبوا، وتجمعوا), or
//    a protest verb so joined (وأضربوا): the subject of the verb that opens the sentence, traders or farmers of the
//    state where they gather;
// 2. a protest whose doers the sentence names nowhere (خرجت احتجاجات في، سارت مواكب في): the protesters, civilians of
//    the state where it takes place;
// 3. the kin of the dead (ذوو القتلى، أهالي الضحايا) as civilians;
// 4. guards: a protest with its own subject keeps it; a negated protest stays uncounted;
// 5. a claim (تبناه) after فيما or بينما in the sentence after an attack with no doer, which only retells the attack:
//    the claimant is the doer; guard: a claim in the attack's own sentence.
// 6. indefinite soldiers with a nationality and a clause with their pronoun after them (جنودا ماليين ترافقهم عناصر
//    أجنبية), before a verb in the plural: the soldiers, not the clause's subject, do what the verb says.
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

class Src17Test : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Src17Test, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. The noun of purpose after a verb joined by و, whose doers are the opening verb's subject.
    {"moroccan_farmers_closed_the_port_gate_and_pitched_tents_in_protest",
     "أغلق مئات المزارعين المغاربة مدخل ميناء طنجة ونصبوا خياما أمامه احتجاجا على ارتفاع أسعار الأسمدة.", "PROTEST",
     "14", "MAR/*", nullptr},
    {"aleppo_traders_shut_their_shops_and_gathered_in_protest",
     "أغلق تجار سوق الخضار في مدينة حلب محالهم وتجمعوا أمام مبنى المحافظة احتجاجا على فرض ضرائب جديدة.", "PROTEST",
     "14", "SYR/BUS", nullptr},
    // 1. A protest verb joined by و: the opening verb's subject is its doer.
    {"mosul_bakers_shut_their_shops_and_went_on_strike",
     "أغلق أصحاب المخابز في مدينة الموصل محالهم وأضربوا عن العمل رفضا لرفع سعر الطحين.", "PROTEST", "14", "IRQ/BUS",
     nullptr},
    // 2. No doer named: the protesters of the place's state.
    {"angry_protests_broke_out_in_basra",
     "خرجت احتجاجات غاضبة في مدينة البصرة بعد انقطاع الكهرباء لساعات طويلة.", "PROTEST", "14", "IRQ/CVL", nullptr},
    {"huge_processions_marched_in_atbara",
     "سارت مواكب حاشدة في مدينة عطبرة مساء الخميس رفضا لرفع أسعار الوقود.", "PROTEST", "14", "SDN/*", nullptr},
    // 3. The kin of the dead.
    {"the_kin_of_the_ferry_dead_sat_in_in_nouakchott",
     "اعتصم ذوو قتلى غرق العبارة أمام مقر الحكومة في العاصمة الموريتانية نواكشوط.", "PROTEST", "141", "MRT/CVL",
     nullptr},

    // 5. A claim after فيما or بينما in the sentence after the attack, which only retells it (الهجوم، التفجير with no
    //    event of its own): the claimant is the doer of the attack before, where none or unidentified men were named.
    {"nigerian_soldiers_killed_then_the_claim_in_the_next_sentence",
     "قتل أربعة جنود نيجيريين حين هاجم مسلحون ثكنة في ولاية بورنو. واتهمت الحكومة جماعة بوكو حرام بالوقوف وراء "
     "الهجوم، فيما تبنته ولاية غرب أفريقيا التابعة لتنظيم الدولة.",
     "ASSAULT", "1", "*/REB", nullptr},
    {"kenyan_police_hit_by_a_bomb_then_the_claim_after_baynama",
     "أصيب خمسة من عناصر الشرطة الكينية حين انفجرت عبوة ناسفة بدوريتهم في مقاطعة مانديرا. وحملت السلطات متشددين "
     "المسؤولية عن التفجير، بينما تبنته حركة الشباب.",
     "ASSAULT", "18", "*/REB", nullptr},

    // 6. Indefinite soldiers with a nationality, then a clause with their pronoun that describes them (ترافقهم عناصر
    //    ...), before a verb in the plural: the soldiers are its subject, not the describing clause's.
    {"burkinabe_soldiers_accompanied_by_militiamen_executed_villagers",
     "وأفادت منظمات حقوقية بأن جنودا بوركينيين ترافقهم عناصر مسلحة موالية للحكومة أعدموا عشرين قرويا في شمال البلاد.",
     "ASSAULT", "18", "BFA/*", nullptr},
    {"chadian_soldiers_accompanied_by_foreign_french_speakers_executed_villagers",
     "وأفادت شهادات بأن جنودا تشاديين ترافقهم عناصر أجنبية ناطقة بالفرنسية أعدموا عشرين قرويا في شمال البلاد.",
     "ASSAULT", "18", "TCD/*", nullptr},

    // 4. A protest with its own subject, a negated protest: unchanged.
    {"guard_algerian_students_blocked_the_motorway_in_protest",
     "أغلق الطلاب الجزائريون الطريق السريع احتجاجا على قرار الوزارة.", "PROTEST", "14", "DZA/EDU", nullptr},
    {"guard_iranians_demonstrated_before_their_embassy_in_london",
     "تظاهر مئات الإيرانيين أمام سفارة بلادهم في لندن احتجاجا على حملة الإعدامات.", "PROTEST", "14", "IRN/*",
     nullptr},
    {"guard_no_protests_went_out_in_oran",
     "لم تخرج أي احتجاجات في مدينة وهران رغم دعوات المعارضة.", nullptr, nullptr, nullptr, nullptr, "PROTEST"},
    // 5. A claim in the attack's own sentence: unchanged.
    {"guard_chadian_soldiers_killed_and_the_claim_in_the_same_sentence",
     "قتل ثلاثة جنود تشاديين في هجوم على ثكنة قرب بحيرة تشاد، وقد تبناه تنظيم بوكو حرام.", "ASSAULT", "1", "*/REB",
     nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Src17Test, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// Readings still missing: none. (Its one pending row, the drone its operator's,
// a_drone_the_sudanese_army_operates_struck_a_market, moved to coder_kinds63_test: grammar.tsv operating.)

}  // namespace
}  // namespace rasad
