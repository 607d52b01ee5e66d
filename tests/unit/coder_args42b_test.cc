// Who did what to whom, how many events and victims, in wire-style sentences written for this table (none copied
// from a corpus), on what session 42 (args42b) worked on, one class of readings per block (the numbers of the brief):
// 1. a loss of one's own people told in the first person or with a pronoun subject, or with a date between the verb
//    and its loser or its count (فقدنا أمس خمسة من جنودنا في انفجار عبوة ناسفة، فقد الجيش أمس خمسة من جنوده في
//    انفجار): a killing, the victims the count's people (or the loser named), the count its dead; with no violent cause
//    (خسرنا المباراة، فقدنا ثلاثة لاعبين بسبب الإصابة) or a war as a whole no event;
// 2. a light verb (قام بـ، أقدم على) whose subject has a long description before its verbal noun (قامت مجموعة مسلحة
//    تابعة لتنظيم القاعدة في بلاد المغرب الإسلامي باختطاف، أقدم مستوطن من سكان مستوطنة يتسهار على إحراق): the noun
//    after بـ or على is the event and the subject its doer; after a verb of responding (ردت إسرائيل على الهجوم) the
//    noun after على is the act responded to, not the subject's;
// 3. a ditransitive verb whose fixed phrase is split by its subject and its first object, with an adjective on that
//    object or an object the lexicon does not name (منحت روسيا الرئيس السوري المخلوع حق اللجوء، منحت روسيا الأسد حق
//    اللجوء): the phrase's rest after both; the recipient named is the target.
// Every expected type, code prefix, actor and count was written by hand from the Arabic before the coder ran. An actor
// is "COUNTRY/SECTOR"; "*" in either part accepts any value; "" is no actor; nullptr is not checked. Rows named guard_
// passed before the session's changes and keep the readings they protect; every other row failed before them.
// Pending rows state readings still missing.
#include <gtest/gtest.h>

#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::IncidentRow;
using testing::ProbeRow;

// 1. A loss of one's own people with a violent cause: one killing, its count the dead.
class Args42bLossTest : public ::testing::TestWithParam<IncidentRow> {};

TEST_P(Args42bLossTest, CodesTheLosersDead) { testing::ExpectIncidentRow(GetParam()); }

const IncidentRow kLosses[] = {
    {"we_lost_five_soldiers_yesterday_in_bomb_blast", "فقدنا أمس خمسة من جنودنا في انفجار عبوة ناسفة قرب الحدود.", 1,
     "183", nullptr, "*/MIL", 5, -1},
    {"libyan_commander_we_lost_six_men_in_drone_shelling",
     "وقال قائد ميداني في الجيش الوطني الليبي: خسرنا الأحد ستة من رجالنا في قصف بالطائرات المسيرة جنوب طرابلس.", 1, "19",
     nullptr, nullptr, 6, -1},
    {"we_lost_three_of_our_members_in_attack", "خسرنا ثلاثة من عناصرنا في هجوم على مواقعنا.", 1, "19", nullptr, nullptr, 3,
     -1},
    {"army_lost_five_yesterday_in_bomb_blast", "فقد الجيش أمس خمسة من جنوده في انفجار عبوة ناسفة.", 1, "183", nullptr,
     "*/MIL", 5, -1},
    {"egyptian_forces_lost_seven_yesterday_in_sinai_attack",
     "فقدت القوات المصرية أمس سبعة من جنودها في هجوم إرهابي بشمال سيناء.", 1, "18", nullptr, "EGY/MIL", 7, -1},
    {"police_said_it_lost_two_yesterday_in_armed_attack", "وأكدت الشرطة أنها فقدت أمس اثنين من أفرادها في هجوم مسلح.", 1,
     "19", nullptr, "*/COP", 2, -1},
    {"guard_pakistani_army_lost_five_in_bomb_blast",
     "فقد الجيش الباكستاني خمسة من جنوده في انفجار عبوة ناسفة في إقليم بلوشستان.", 1, "183", nullptr, "PAK/MIL", 5, -1},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args42bLossTest, ::testing::ValuesIn(kLosses),
                         [](const ::testing::TestParamInfo<IncidentRow>& i) { return std::string(i.param.name); });

class Args42bTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args42bTest, CodesTypeSourceAndTarget) { testing::ExpectProbeRow(GetParam()); }

const ProbeRow kCases[] = {
    // 1. A verb of loss in the first person with no violent cause, or a war as a whole: no event.
    {"guard_we_lost_the_match_yesterday", "خسرنا المباراة أمس أمام اليابان.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_we_lost_contact_with_the_plane", "فقدنا أمس الاتصال بالطائرة.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    {"guard_we_lost_three_seats_in_elections", "خسرنا ثلاثة مقاعد في الانتخابات البلدية.", nullptr, nullptr, nullptr,
     nullptr, "ASSAULT"},
    {"guard_we_lost_thousands_in_the_war", "فقدنا آلاف الجنود في الحرب.", nullptr, nullptr, nullptr, nullptr, "ASSAULT"},
    // 2. A light verb whose subject's description stands before its verbal noun: the subject is the doer.
    {"armed_group_of_aqim_kidnapped_french_tourists_niger",
     "قامت مجموعة مسلحة تابعة لتنظيم القاعدة في بلاد المغرب الإسلامي باختطاف سائحين فرنسيين في النيجر.", "ASSAULT", "181",
     "*/REB", "FRA/CVL"},
    {"young_palestinian_went_as_far_as_stabbing_settler", "أقدم شاب فلسطيني على طعن مستوطن قرب الخليل.", "ASSAULT", "182",
     "PSE/*", "ISR/*"},
    {"settler_from_yitzhar_went_as_far_as_burning_car_nablus",
     "أقدم مستوطن من سكان مستوطنة يتسهار على إحراق سيارة فلسطينية في نابلس.", "ASSAULT", "17", "ISR/*", nullptr},
    {"man_in_his_thirties_went_as_far_as_stabbing_policeman_lyon",
     "أقدم شاب في الثلاثين من عمره على طعن شرطي في مدينة ليون.", "ASSAULT", "182", "FRA/*", "FRA/COP"},
    {"guard_belgian_convert_woman_blew_herself_up_baghdad", "قامت امرأة بلجيكية اعتنقت الإسلام بتفجير نفسها في بغداد.",
     "ASSAULT", "1831", "BEL/*", nullptr},
    {"guard_young_man_in_his_twenties_stabbed_policeman_paris", "قام شاب في العشرينات من عمره بطعن شرطي في باريس.",
     "ASSAULT", "182", "*/*", "FRA/COP"},
    {"guard_syrian_aged_26_stabbed_three_in_solingen",
     "قام شاب سوري الجنسية يبلغ من العمر 26 عاما بطعن ثلاثة أشخاص في مدينة زولينغن الألمانية.", "ASSAULT", "182", "SYR/*",
     "DEU/CVL"},
    {"guard_gunmen_in_four_wheel_drive_kidnapped_chinese_engineers",
     "قام مسلحون مجهولون يستقلون سيارة رباعية الدفع باختطاف ثلاثة مهندسين صينيين في ولاية النيجر.", "ASSAULT", "181", "*/*",
     "CHN/*"},
    // 2. (After a verb of responding, the noun after على is the act responded to: not done by the responder.)
    {"guard_israel_responded_to_attack_with_shelling", "ردت إسرائيل على الهجوم بقصف مواقع لحماس في غزة.", "ASSAULT", "19",
     "ISR/*", nullptr},
    // 3. A ditransitive phrase split by its subject and its first object, an adjective on the object.
    // (A deposed president is a former office holder, ELI, since session 61: lexicon/agents.tsv, الرئيس المخلوع.)
    {"russia_granted_deposed_syrian_president_asylum", "منحت روسيا الرئيس السوري المخلوع حق اللجوء لأسباب إنسانية.", "AID",
     "075", "RUS/*", "SYR/ELI"},
    {"turkey_granted_prominent_egyptian_opponent_asylum", "منحت تركيا المعارض المصري البارز حق اللجوء.", "AID", "075",
     "TUR/*", "EGY/*"},
    // 3. The first object a name the lexicon leaves out as ambiguous (bare الأسد, also a lion): the grant, its recipient
    // unnamed (see kPending).
    {"russia_granted_assad_asylum", "منحت روسيا الأسد حق اللجوء.", "AID", "075", "RUS/*", nullptr},
    {"guard_germany_granted_activist_political_asylum", "منحت ألمانيا الناشط اللجوء السياسي.", "AID", "075", "DEU/*",
     "*/*"},
    {"guard_sweden_granted_iranian_journalist_political_asylum", "منحت السويد الصحفي الإيراني حق اللجوء السياسي.", "AID",
     "075", "SWE/*", "IRN/*"},
    {"guard_russia_granted_syrian_president_asylum", "منحت روسيا الرئيس السوري حق اللجوء.", "AID", "075", "RUS/*",
     "SYR/GOV"},
    // 3. (The object's own phrase word right after it is the rest: حمّل ... المسؤولية.)
    {"guard_iran_held_israel_responsible_for_attack", "حملت إيران إسرائيل المسؤولية عن الهجوم.", "ACCUSE", "112", "IRN/*",
     "ISR/*"},
    // 3. An adjective on the object before a one-word rest.
    {"palestinian_ministry_held_extremist_israeli_government_responsible",
     "حملت الخارجية الفلسطينية الحكومة الإسرائيلية المتطرفة مسؤولية الجريمة.", "ACCUSE", "112", "PSE/*", "ISR/*"},
    // 1. (An injury is no attack: players lost to injury.)
    {"we_lost_three_players_to_injury_today", "فقدنا اليوم ثلاثة لاعبين بسبب الإصابة.", nullptr, nullptr, nullptr, nullptr,
     "ASSAULT"},
};

INSTANTIATE_TEST_SUITE_P(Sentences, Args42bTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

// (The pending loss with a date of two words before its count, الليلة الماضية, is read since session 43: its row moved
// to coder_args43_test.)
const ProbeRow kPending[] = {
    // 2. (A noun of unrest in the doer's description, مصابة باضطرابات نفسية "suffering from mental disorders", is no riot
    // since session 43 and the stabbing after على is read, but the woman and the children, both civilians of China,
    // are taken for one actor and the act skipped as a party's on itself: امرأة is no singular form of its line for the
    // lexicon, so she is no lone attacker.)
    {"woman_with_mental_disorders_stabbed_children_shanghai",
     "أقدمت امرأة مصابة باضطرابات نفسية على طعن ثلاثة أطفال في حضانة بمدينة شنغهاي الصينية.", "ASSAULT", "182", "CHN/*",
     "CHN/*"},
    // 3. (Bare الأسد is no actor in the lexicon, which leaves it out as ambiguous: the recipient is not named.)
    {"russia_granted_assad_asylum_recipient", "منحت روسيا الأسد حق اللجوء.", "AID", "075", "RUS/*", "SYR/*"},
};

class Args42bPendingTest : public ::testing::TestWithParam<ProbeRow> {};

TEST_P(Args42bPendingTest, IsStillAGap) { testing::ExpectStillPending(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Args42bPendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<ProbeRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
