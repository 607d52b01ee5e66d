// The independent event gold sets (tests/fixtures/events_independent*_{detect,actors}.jsonl, see
// events_independent*.md): detection and actor sentences written from scratch and labelled before rasad
// was run on them. Each set was held out from development when it was written: set 1 (84 detection,
// 40 actor sentences) has since guided rules; set 2 (90 and 40), set 3 (91 and 47, session 42), set 4
// (100 and 50, session 49; partly used for development since), set 5 (100 and 52, session 50; partly
// used since), set 6 (100 and 60, session 51; partly used since) and set 7 (100 and 60, session 52) are
// held out. They measure how the coder does on unseen text; the floors are the figures of the first run (or
// of the last session that improved them) less about one sentence each, so that a change which makes them
// worse fails here. Do not tune dictionaries to the held-out sentences: that would turn a measure into a
// target. Scored as ../shared/tools/score.py does (coder/evaluation.h).
#include <gtest/gtest.h>

#include <string>

#include "coder/evaluation.h"
#include "golden/gold_test_support.h"

namespace rasad {
namespace {

using testing::CodeFile;
using testing::TestEngine;

struct Floors {
  double f1, recall, precision;
};

struct IndependentSet {
  const char* name;  // as printed: "independent2 detect: {...}"
  const char* prefix;  // the fixtures' names: PREFIX_detect.jsonl, PREFIX_actors.jsonl
  size_t detect_rows, actor_rows;
  Floors assault, protest;
  int source_records, target_records;
  double source_accuracy, target_accuracy;
};

void PrintTo(const IndependentSet& s, std::ostream* os) { *os << s.name; }

const IndependentSet kSets[] = {
    // Set 1. First run (2026-11-30): ASSAULT tp 25 fp 1 fn 2, P 0.9615 R 0.9259 F1 0.9434; PROTEST tp 10 fp 2
    // fn 5, P 0.8333 R 0.6667 F1 0.7407. Since then used for development (see events_independent.md): at
    // e23ec99 every sentence is right (ASSAULT tp 27, PROTEST tp 15, no false alarm). Actors: first run source
    // 0.4848 (16/33), target 0.3636 (12/33); at e23ec99 0.7273 (24/33) and 0.5758 (19/33); source 30/33 at
    // session 16's end (29/33 at 14's).
    {"independent", "events_independent", 84, 40, {0.98, 0.96, 0.96}, {0.96, 0.93, 0.93}, 33, 33, 0.87, 0.54},
    // Set 2. First run (2026-11-30, main at 25a76a2): ASSAULT tp 27 fp 3 fn 1, P 0.9 R 0.9643 F1 0.931;
    // PROTEST tp 10 fp 2 fn 7, P 0.8333 R 0.5882 F1 0.6897. After that session's detection and actor work
    // (made without this set, e23ec99): ASSAULT unchanged; PROTEST tp 12 fp 1 fn 5, P 0.9231 R 0.7059
    // F1 0.80. Actors: first run source 0.4054 (15/37), target 0.5625 (18/32); e23ec99 0.4595 (17/37) and
    // 0.5938 (19/32); source 19/37 at session 14's end; target 23/32 at session 20's end (22/32 at 15's,
    // 21/32 at 14's).
    {"independent2", "events_independent2", 90, 40, {0.91, 0.92, 0.87}, {0.75, 0.64, 0.85}, 37, 32, 0.48, 0.71},
    // Set 3. First run (2026-12-04, main at 8aaee7f): ASSAULT tp 29 fp 2 fn 1, P 0.9355 R 0.9667 F1 0.9508;
    // PROTEST tp 14 fp 2 fn 4, P 0.875 R 0.7778 F1 0.8235. Actors: source 0.6364 (28/44), target 0.7222
    // (26/36).
    {"independent3", "events_independent3", 91, 47, {0.93, 0.93, 0.90}, {0.78, 0.72, 0.82}, 44, 36, 0.61, 0.69},
    // Set 4. First run (2026-12-05, main at 9c5e5f5): ASSAULT tp 30 fp 3 fn 0, P 0.9091 R 1.0 F1 0.9524;
    // PROTEST tp 15 fp 0 fn 5, P 1.0 R 0.75 F1 0.8571. Actors: source 0.766 (36/47), target 0.6667 (28/42).
    {"independent4", "events_independent4", 100, 50, {0.93, 0.96, 0.88}, {0.82, 0.70, 0.93}, 47, 42, 0.74, 0.64},
    // Set 5. First run (2026-12-05, main at 714dd2c): ASSAULT tp 31 fp 5 fn 0, P 0.8611 R 1.0 F1 0.9254;
    // PROTEST tp 18 fp 2 fn 3, P 0.9 R 0.8571 F1 0.878. Actors: source 0.6471 (33/51), target 0.6136 (27/44).
    {"independent5", "events_independent5", 100, 52, {0.91, 0.96, 0.83}, {0.84, 0.80, 0.85}, 51, 44, 0.62, 0.59},
    // Set 6. First run (2026-12-05, main at 5c74e64): ASSAULT tp 38 fp 3 fn 2, P 0.9268 R 0.95 F1 0.9383;
    // PROTEST tp 19 fp 2 fn 1, P 0.9048 R 0.95 F1 0.9268. Actors: source 0.4561 (26/57), target 0.4828 (28/58).
    // Actor floors raised in session 53 to one item below that session's final figures, 37/57 and 36/58.
    {"independent6", "events_independent6", 100, 60, {0.92, 0.92, 0.90}, {0.90, 0.90, 0.86}, 57, 58, 0.63, 0.60},
    // Set 7 (the forms of wire copy: datelines, attribution chains, headlines, passives, run-on clauses). First
    // run (2026-12-06, main at 7d47de6): ASSAULT tp 40 fp 2 fn 0, P 0.9524 R 1.0 F1 0.9756; PROTEST tp 18 fp 2
    // fn 2, P 0.9 R 0.9 F1 0.9. Actors: source 0.5345 (31/58), target 0.60 (36/60).
    // Actor floors raised in session 53 to one item below that session's final figures, 37/58 and 46/60.
    {"independent7", "events_independent7", 100, 60, {0.95, 0.97, 0.93}, {0.86, 0.85, 0.85}, 58, 60, 0.62, 0.83},
    // Set 8 (daily local and domestic news: security forces, labour protest, ministries' own statements,
    // humanitarian tolls; the Maghreb, the Gulf, Kurdistan, Kordofan, Darfur, the Sahel, the Horn). First run
    // (2026-12-06, main at 5695678, gold f61b8bb): ASSAULT tp 40 fp 1 fn 0, P 0.9756 R 1.0 F1 0.9877; PROTEST
    // tp 20 fp 1 fn 0, P 0.9524 R 1.0 F1 0.9756. Actors: source 0.7414 (43/58), target 0.8333 (50/60).
    // Actor floors raised at session 53's end to one item below its final figures, 45/58 and 51/60.
    {"independent8", "events_independent8", 100, 60, {0.97, 0.97, 0.95}, {0.94, 0.94, 0.90}, 58, 60, 0.75, 0.83},
    // Set 9 (the wars and crises of 2023-2026: Sudan, Gaza and the West Bank, Lebanon 2024, Syria after 2024,
    // Yemen and shipping, Iraq's factions, Libya, the Sahel; GenZ 212, hostage families, Jordan's marches). First
    // run (2026-12-06, main at 5d42c72, gold 8c8e2fd): ASSAULT tp 37 fp 0 fn 3, P 1.0 R 0.925 F1 0.961; PROTEST
    // tp 18 fp 1 fn 2, P 0.9474 R 0.9 F1 0.9231. Actors: source 0.7966 (47/59), target 0.5167 (31/60).
    // Floors raised at session 54's end to one item below its final figures: ASSAULT tp 39 fn 1, source 51/59,
    // target 33/60 (the set is partly used: events_independent9.md).
    {"independent9", "events_independent9", 100, 60, {0.97, 0.95, 0.97}, {0.89, 0.85, 0.90}, 59, 60, 0.84, 0.80},
    // Set 10 (the decade 2011-2020: the Arab Spring, Egypt 2013, Syria's war, Iraq and ISIS, Yemen's war, Sinai, Libya
    // 2011 and 2014-2020, the protests of 2019; 22 items dated). First run (2026-12-06, main at 751f385, gold 65c00d6 and
    // 5ac91ed): ASSAULT tp 40 fp 0 fn 0, P 1.0 R 1.0 F1 1.0; PROTEST tp 18 fp 0 fn 2, P 1.0 R 0.9 F1 0.9474. Actors: source
    // 0.807 (46/57), target 0.7551 (37/49). Floors one item below session 55's final figures (source 47/57, the RSF's
    // date range; the set is partly used: events_independent10.md).
    {"independent10", "events_independent10", 100, 60, {0.98, 0.97, 0.97}, {0.91, 0.85, 0.94}, 57, 49, 0.80, 0.73},
    // Set 11 (the decade 2000-2010: Iraq 2003-2010, Lebanon 2005-2008, the Second Intifada and Gaza 2007-2009, Darfur,
    // Somalia, the Saada wars, AQIM, Egypt's Kefaya and Mahalla, Iran 2009, Afghanistan and Pakistan; 28 items dated;
    // a third of the items are analysis paragraphs mixing a new event with recalled ones). First run (2026-12-06,
    // main at cb6e80a, gold 63433e9): ASSAULT tp 37 fp 4 fn 3, P 0.9024 R 0.925 F1 0.9136; PROTEST tp 15 fp 0 fn 5,
    // P 1.0 R 0.75 F1 0.8571. Actors: source 0.6545 (36/55), target 0.7255 (37/51). Floors one item below session
    // 56's final figures (ASSAULT tp 38, PROTEST tp 16, source 39/55, target 39/51; the set is partly used:
    // events_independent11.md).
    {"independent11", "events_independent11", 100, 60, {0.91, 0.92, 0.88}, {0.85, 0.75, 0.94}, 55, 51, 0.69, 0.74},
    // Set 12 (the decade 1990-1999: Iraq and Kuwait, the 1991 uprisings, Algeria's civil war, Lebanon and Israel's
    // operations of 1993 and 1996, Hamas's bombs, Yemen 1994, Sudan's war, Somalia 1991-1995, Luxor, Khobar, the
    // Taliban, the strikes of 1998; 27 items dated; 37 PROTEST items about protests, 16 of them no new protest). First
    // run (2026-12-06, main at d71f46a, gold 9470462 with the IGO sector correction of 7943b08): ASSAULT tp 38 fp 0 fn 2,
    // P 1.0 R 0.95 F1 0.9744; PROTEST tp 25 fp 2 fn 2, P 0.9259 R 0.9259 F1 0.9259. Actors: source 0.7031 (45/64),
    // target 0.6724 (39/58). Floors one item below session 57's final figures (source 46/64, target 40/58, Sudan's
    // second civil war dated; the set is partly used: events_independent12.md).
    {"independent12", "events_independent12", 100, 67, {0.96, 0.92, 0.97}, {0.90, 0.88, 0.89}, 64, 58, 0.70, 0.77},
    // Set 13 (the decade 1980-1989: the Iran-Iraq war, Halabja and the Anfal, Lebanon 1982-1989, the Beirut bombings
    // of 1983, the first intifada, Sadat, Hama, Sudan's war and Nimeiri's fall, Afghanistan against the Soviets, Libya
    // 1981 and 1986, the bread riots of 1984, October 1988; 35 items dated; 32 items of follow-up reporting: tolls,
    // funerals, trials, claims, anniversaries, statistics, threats, denials). First run (2026-12-06, main at b127968,
    // gold ed2d172, the build's gazetteer): ASSAULT tp 32 fp 3 fn 2, P 0.9143 R 0.9412 F1 0.9275; PROTEST tp 30 fp 2
    // fn 1, P 0.9375 R 0.9677 F1 0.9524. Actors: source 0.7742 (48/62), target 0.6792 (36/53). Floors one item below.
    {"independent13", "events_independent13", 100, 65, {0.91, 0.91, 0.88}, {0.93, 0.93, 0.90}, 62, 53, 0.75, 0.79},
    // Set 14 (the decade 1970-1979: Black September, the October war, Lebanon's war from Ain el-Remmaneh to Tel
    // al-Zaatar, the bread riots of 1977, Sadat's visit and Camp David, Iran's revolution, the Grand Mosque, Western
    // Sahara, Dhofar, Munich, Entebbe, the Litani; 65 items dated; 33 items naming violence or protest with no new
    // event: opinion, generic statements, accusations, threats, hypotheticals, other senses of the trigger words).
    // First run (2026-12-07, main at da95328, gold 6dfbf1a, the build's gazetteer): ASSAULT tp 31 fp 3 fn 2, P 0.9118
    // R 0.9394 F1 0.9254; PROTEST tp 29 fp 2 fn 3, P 0.9355 R 0.9062 F1 0.9206. Actors: source 0.8 (48/60), target
    // 0.6863 (35/51). Floors one item below the first run.
    {"independent14", "events_independent14", 100, 65, {0.90, 0.90, 0.88}, {0.90, 0.87, 0.90}, 60, 51, 0.78, 0.76},
    // Set 15 (the news of 2019-2026: Sudan's war from April 2023, Gaza from October 2023, Lebanon 2019-2025, Syria
    // before and after December 2024, Yemen and the Red Sea, Libya 2019-2022, Iraq's Tishreen, Iran 2019-2022, the
    // Hirak, Tunisia after July 2021; 92 items dated; reported, claimed, denied and multi-event sentences; 8 items of
    // the actors file only). First run (2026-12-07, main at 6d956b3, gold 1b2ae08, the build's gazetteer): ASSAULT
    // tp 26 fp 1 fn 3, P 0.963 R 0.8966 F1 0.9286; PROTEST tp 25 fp 3 fn 4, P 0.8929 R 0.8621 F1 0.8772. Actors:
    // source 0.7419 (46/62), target 0.7167 (43/60). Floors one item below the first run (target 42/60 = 0.70 exactly,
    // floored at 0.69 so that a rounding of the ratio cannot fail it). Session 60 read its misses (a development set
    // since): ASSAULT tp 28 fp 0 fn 1, PROTEST tp 28 fp 1 fn 1, source 56/62, target 50/60; the floors now one item
    // below those, so that what was learnt from it cannot silently go.
    {"independent15", "events_independent15", 100, 66, {0.96, 0.93, 0.94}, {0.93, 0.93, 0.93}, 62, 60, 0.88, 0.91},
    // Set 16 (the decade 2010-2018: the uprisings of 2011 in Tunisia, Egypt, Libya, Yemen, Bahrain and Syria, Egypt
    // 2013, the Islamic State 2014-2017, Yemen's war from 2015, Anbar 2012-2013 and Basra 2018, the Rif and Jerada,
    // Sudan 2013 and December 2018; 98 items dated; short documents of two or three sentences, with follow-up items
    // naming a past event and no new one). First run (2026-12-07, the branch at c08eb24, gold bd2243d, the build's
    // gazetteer): ASSAULT tp 28 fp 1 fn 0, P 0.9655 R 1.0 F1 0.9825; PROTEST tp 23 fp 2 fn 5, P 0.92 R 0.8214
    // F1 0.8679. Actors: source 0.6949 (41/59), target 0.6786 (38/56). Used for development in session 61 (det16,
    // det16b, arg16s, arg16t, arg16b read its misses): ASSAULT tp 28 fp 0 fn 0; PROTEST tp 28 fp 1 fn 0; source 51/59,
    // target 48/56. Floors one item below those.
    {"independent16", "events_independent16", 100, 65, {0.96, 0.96, 0.96}, {0.93, 0.96, 0.96}, 59, 56, 0.84, 0.87},
    // Set 17 (newspaper documents of four sentences, 2019-2026: analysis, reportage and editorials on the Sahel and
    // the Maghreb, Somalia, Sudan's war, Lebanon 2023-2025, Iraqi Kurdistan and the PKK, Iran's protests and Jordan;
    // every item dated; events told in passing amid background, quotes and denials, and many documents naming only
    // old events). First run (2026-12-07, the branch at 5216cb5, gold 8d7e91b, the build's gazetteer): ASSAULT tp 25
    // fp 2 fn 1, P 0.9259 R 0.9615 F1 0.9434; PROTEST tp 23 fp 4 fn 3, P 0.8519 R 0.8846 F1 0.8679. Actors: source
    // 0.7581 (47/62), target 0.5846 (38/65). Used for development in session 62 (the helpers' 63: det17, tgt17, src17,
    // kinds63, tgt17b read its misses): ASSAULT tp 26 fp 0 fn 0; PROTEST tp 25 fp 0 fn 1; source 61/62, target 51/65;
    // target 55/65 after session 63 (set 18's readings of protests' purposes). Floors one item below those.
    {"independent17", "events_independent17", 100, 65, {0.98, 0.96, 0.96}, {0.96, 0.92, 0.96}, 62, 65, 0.96, 0.89},
    // Set 18 (headlines, breaking-news lines, leads and captions of 2023-2026: Gaza and the West Bank, Syria after
    // December 2024, Yemen and the Red Sea, Iraq's factions, Libya, Egypt, Tunisia and the Gulf; every item dated;
    // a third of the items a headline with no event of the type). First run (2026-12-07, the branch at 68229105,
    // gold bf0d107b, the build's gazetteer): ASSAULT tp 23 fp 3 fn 3, P 0.8846 R 0.8846 F1 0.8846; PROTEST tp 19
    // fp 0 fn 7, P 1.0 R 0.7308 F1 0.8444. Actors: source 0.4603 (29/63), target 0.4769 (31/65). Used for development
    // in session 63 (the helpers' 64: det18p, det18a, hdl18, src18b, asl18b read its misses): ASSAULT tp 26 fp 0 fn 0;
    // PROTEST tp 25 fp 0 fn 1; source 58/63, target 51/65. Floors one item below those. Session 66: target 55/65,
    // its floor raised to 54/65.
    {"independent18", "events_independent18", 100, 65, {0.98, 0.96, 0.96}, {0.96, 0.92, 0.96}, 63, 65, 0.90, 0.84},
    // Set 19 (half headlines, breaking-news lines, leads and captions, half agency body sentences, of 2011-2025: Sudan
    // from the 2018 uprising to the war of 2023-2025, the Hirak, Lebanon 2019-2021, Iraq's Tishreen and ISIS, Syria
    // 2012-2020, Yemen 2015-2022, Libya 2011-2020, al-Shabaab, Jordan, the Rif, Mauritania, Palestine before 2023;
    // every item dated; a third of the items with violent or protest words and no event of the type). First run
    // (2026-12-07, the branch at a9ec648d, gold 4ed7eb5a, the build's gazetteer): ASSAULT tp 21 fp 1 fn 5, P 0.9545
    // R 0.8077 F1 0.875; PROTEST tp 20 fp 0 fn 6, P 1.0 R 0.7692 F1 0.8696. Actors: source 0.6875 (44/64), target
    // 0.5231 (34/65). Used for development in session 65 (hdl19, prot19, src19, tgt19, pend65a, pend65b read its
    // misses): ASSAULT tp 25 fp 0 fn 1; PROTEST tp 26 fp 0 fn 0; source 57/64, target 53/65. Floors one item below those.
    // Session 66 (s19 read its leftovers): source 58/64, target 58/65; the actor floors raised to 57/64 and 57/65.
    {"independent19", "events_independent19", 100, 65, {0.96, 0.92, 0.96}, {0.98, 0.96, 0.96}, 64, 65, 0.89, 0.89},
    // Set 20 (half headlines, breaking-news lines, leads and captions, half agency body sentences, of 2008-2024: Egypt
    // 2011-2014 and Sinai 2015-2017, Tunisia 2011 and 2021-2023, Bahrain, Qatif, Kuwait and Sohar 2011-2013, Afrin,
    // Ras al-Ain, Kirkuk and Sulaymaniyah, Iran 2019 and 2022, the Red Sea 2024, Lebanon 2023-2024, the West Bank
    // 2021-2024, Gaza 2008-2014, Mali, Western Sahara, Djibouti and the Comoros; every item dated; a third of the
    // items with violent or protest words and no event of the type). First run (2026-12-07, the branch at 054a4532,
    // gold 37ca3d4d, the build's gazetteer): ASSAULT tp 24 fp 1 fn 2, P 0.96 R 0.9231 F1 0.9412; PROTEST tp 20 fp 0
    // fn 6, P 1.0 R 0.7692 F1 0.8696. Actors: source 0.6613 (41/62), target 0.4923 (32/65). Floors one item below
    // the first run (ASSAULT F1 with one more miss is 0.92 exactly). Used for development in session 66 (det20, src20,
    // tgt20, tgt20b and s19 read its classed misses): ASSAULT tp 26 fp 0 fn 0; PROTEST tp 22 fp 0 fn 4; source 53/62,
    // target 46/65. Floors one item below those. Session 67 (set 21's readings, a protest naming no one aimed at its
    // state's government): PROTEST tp 25 fp 0 fn 1; source 57/62, target 53/65; floors one item below.
    {"independent20", "events_independent20", 100, 65, {0.98, 0.96, 0.96}, {0.96, 0.92, 0.95}, 62, 65, 0.90, 0.80},
    // Set 21 (half headlines, breaking-news lines, leads and captions, half agency body sentences, of 2008-2023: Yemen
    // 2011, Syria 2011-2012, Libya 2011 and 2014, Iraq 2011-2018 (Hawija, Karrada, west Mosul, Basra), Sudan (Darfur
    // 2008, September 2013, Gedaref 2018), Lebanon 2013-2021, Egypt 2012 and 2019-2020, Morocco (20 February, the Rif,
    // Jerada), Algeria 2011-2015, Tunisia 2015-2018, Jordan 2012-2020, Somalia, Mauritania, Gaza 2019; every item
    // dated; a third of the items with violent or protest words and no event of the type). First run (2026-12-07,
    // the branch at e198999d, gold 39fe2dc7, main's build of e198999d): ASSAULT tp 24 fp 1 fn 2, P 0.96 R 0.9231 F1
    // 0.9412; PROTEST tp 18 fp 1 fn 8, P 0.9474 R 0.6923 F1 0.8. Actors: source 0.6508 (41/63), target 0.4923
    // (32/65). Floors one item below the first run (ASSAULT F1 with one more miss is 0.92 exactly). Used for
    // development in session 67 (det21, src21, tgt21 read its classed misses): ASSAULT tp 25 fp 1 fn 1; PROTEST tp 23
    // fp 0 fn 3; source 50/63, target 42/65. Floors one item below those.
    {"independent21", "events_independent21", 100, 65, {0.94, 0.92, 0.92}, {0.90, 0.84, 0.95}, 63, 65, 0.77, 0.63},
    // Set 22 (half headlines, breaking-news lines, leads and captions, half agency body sentences, of 2011-2023: the
    // West Bank, Jerusalem and Israel 2015-2023, Iraqi Kurdistan and Iraq 2017-2022, Syria's Sweida and Deraa
    // 2018-2023, Yemen and the Gulf 2015-2022, Libya 2019-2022, Tunisia 2021-2023, Sudan 2021-2022, Egypt, Jordan,
    // Bahrain, Qatif, and a quarter outside the Arab world: Iran, Afghanistan, Pakistan, Nigeria, France, Niger, Sri
    // Lanka, New Zealand, Kenya, Burkina Faso, Turkey; every item dated; a third of the items with violent or protest
    // words and no event of the type). First run (2026-12-07, the branch at 5dec4b1a, gold cbee8e38): ASSAULT tp 20
    // fp 4 fn 6, P 0.8333 R 0.7692 F1 0.8; PROTEST tp 13 fp 0 fn 13, P 1.0 R 0.5 F1 0.6667. Actors: source 0.5763
    // (34/59), target 0.4308 (28/65). Floors one item below the first run (ASSAULT precision with one more false
    // alarm is 0.80 exactly). Held out in session 67; at its end: detection unchanged, source 34/59, target 31/65
    // (target floor one item below that).
    {"independent22", "events_independent22", 100, 65, {0.77, 0.73, 0.80}, {0.63, 0.46, 0.92}, 59, 65, 0.55, 0.46},
};

std::string FixturePath(const std::string& name) { return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/" + name; }

void ExpectFloors(const nlohmann::json& res, const char* type, const Floors& floors) {
  EXPECT_GE(res[type]["f1"].get<double>(), floors.f1) << type;
  EXPECT_GE(res[type]["recall"].get<double>(), floors.recall) << type;
  EXPECT_GE(res[type]["precision"].get<double>(), floors.precision) << type;
}

class IndependentGoldTest : public ::testing::TestWithParam<IndependentSet> {};

TEST_P(IndependentGoldTest, DetectionDoesNotRegress) {
  const IndependentSet& s = GetParam();
  ASSERT_NE(TestEngine(), nullptr);
  const std::string path = FixturePath(std::string(s.prefix) + "_detect.jsonl");
  auto gold = ReadJsonLines(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), s.detect_rows);
  nlohmann::json res = EvaluateDetect(CodeFile(path), *gold);
  std::cout << s.name << " detect: " << res.dump() << "\n";
  ExpectFloors(res, "ASSAULT", s.assault);
  ExpectFloors(res, "PROTEST", s.protest);
}

TEST_P(IndependentGoldTest, ActorCodingDoesNotRegress) {
  const IndependentSet& s = GetParam();
  ASSERT_NE(TestEngine(), nullptr);
  const std::string path = FixturePath(std::string(s.prefix) + "_actors.jsonl");
  auto gold = ReadJsonLines(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->size(), s.actor_rows);
  nlohmann::json res = EvaluateActors(CodeFile(path), *gold);
  std::cout << s.name << " actors: " << res.dump() << "\n";
  EXPECT_EQ(res["source"]["records"].get<int>(), s.source_records);
  EXPECT_EQ(res["target"]["records"].get<int>(), s.target_records);
  EXPECT_GE(res["source"]["accuracy"].get<double>(), s.source_accuracy);
  EXPECT_GE(res["target"]["accuracy"].get<double>(), s.target_accuracy);
}

INSTANTIATE_TEST_SUITE_P(Sets, IndependentGoldTest, ::testing::ValuesIn(kSets),
                         [](const ::testing::TestParamInfo<IndependentSet>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
