// Guards for the speed work of session 52 (speedA), which changes no output; every row is a guard_ row, passing
// before and after the change, its expectation written by hand from the Arabic, the dictionary lines and the
// document date before the coder ran (the sentences were written for this table, none copied from a corpus):
//   - AddPersonsNamedAgain passes a word by the top bits of its key's hash (the word's bare stem is its TokenKeys
//     key[0]) and compares a surname's hash before its bytes: a surname named again two sentences later is still the
//     person (قاسم الأعرجي, then الأعرجي alone), and with two persons named before it, the surname is the one
//     person's whose name ends with it (طارق متري and قاسم الأعرجي, then متري);
//   - AddOrganisationsNamedAgain tests the word's head kinds before anything else of it: الحركة two sentences
//     after حركة الشباب (data/lexicon/actors/transnational.tsv: TRN_SHABAAB, SOM REB) is the movement;
//   - composition asks whether a noun that names an agent only when owned (?أمن in agents.tsv, COP) has an owner
//     once it is done with the mention, instead of an erase_if after it: الأمن with its nationality (الأمن المصري)
//     is Egypt's security forces, and أمن with a state's name as its genitive (أمن إسرائيل) names no one;
//   - ListDateCandidates lists the words between two tokens of figures in a loop of their own: a month right after
//     its day in figures, figures as the document's last tokens, and figures as its first token still date the
//     event (document date 2024-06-05, a Wednesday).
#include <gtest/gtest.h>

#include <string>

#include "coder/event.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::CodeText;
using testing::MentionRow;
using testing::TestEngine;

const MentionRow kMentionRows[] = {
    // قاسم الأعرجي (people.tsv: PER_QASIM_ARAJI, IRQ GOV) named again by his surname two sentences later, after a
    // verb, with the article as he was named.
    {"guard_surname_named_again_two_sentences_later",
     "التقى مستشار الأمن القومي العراقي قاسم الأعرجي السفير التركي في بغداد. وبحث الجانبان ملف المياه والحدود "
     "والتعاون الاقتصادي بين البلدين. وقال الأعرجي إن العراق يرفض أي هجوم على أراضيه.",
     "الأعرجي", true, "PER_QASIM_ARAJI", "IRQ", "GOV", 1},
    // Two persons named in full, then the first by his surname: the word is compared with both surnames, and is
    // only طارق متري's (people.tsv: PER_TAREK_MITRI, LBN GOV).
    {"guard_first_of_two_persons_named_again",
     "قال نائب رئيس الحكومة اللبنانية طارق متري إنه التقى مستشار الأمن القومي العراقي قاسم الأعرجي في بيروت. "
     "وأضاف متري أن البلدين سيوقعان اتفاقا للتعاون الأمني.",
     "متري", true, "PER_TAREK_MITRI", "LBN", "GOV", 1},
    // حركة الشباب (TRN_SHABAAB, SOM REB) named again by its head noun with the article two sentences later.
    {"guard_organisation_named_again_two_sentences_later",
     "هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال. وأعلن الجيش الصومالي أنه صد الهجوم وقتل عددا من المسلحين "
     "قرب مدينة كيسمايو. وقالت الحركة في بيان إن مقاتليها سيطروا على القاعدة.",
     "الحركة", true, "TRN_SHABAAB", "SOM", "REB", 1},
    // ?أمن owned by the nationality after it: one mention of two words, Egypt's (EGY COP).
    {"guard_owned_security_with_nationality", "قالت مصادر إن الأمن المصري اعتقل ثلاثة مشتبه بهم في سيناء.", "الأمن",
     true, "EGYCOP", "EGY", "COP", 2},
    // ... and with a state's name as its genitive, the abstract noun: no mention starts at أمن.
    {"guard_security_of_a_state_is_abstract", "قال الوزير إن أمن إسرائيل لا يتحقق بالحرب.", "أمن", false, nullptr, "",
     "", 0},
};

TEST(SpeedA52Test, NamedAgain) { testing::ExpectMentionRows(kMentionRows); }

struct DateRow {
  const char* name;
  const char* text;
  const char* event;  // the PLOVER type of the event whose date is checked
  const char* date;   // its expected date; the document's is 2024-06-05
};

const DateRow kDateRows[] = {
    // A month's name right after its day in figures: 3 May of the document's year.
    {"guard_month_right_after_day_in_figures", "اقتحم مسلحون قرية في ولاية زمفارا في 3 مايو وقتلوا عشرة من سكانها.",
     "ASSAULT", "2024-05-03"},
    // A date in figures whose year is the document's last token.
    {"guard_figures_last_in_document", "اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة بتاريخ 12-5-2024",
     "COERCE", "2024-05-12"},
    // Figures as the document's first token, and a weekday later in the sentence: last Monday.
    {"guard_figures_first_in_document", "12 صحفيا اعتقلتهم الشرطة المصرية يوم الاثنين في القاهرة.", "COERCE",
     "2024-06-03"},
};

TEST(SpeedA52Test, DatesAroundFigures) {
  std::string error;
  if (TestEngine(&error) == nullptr) GTEST_SKIP() << error;
  for (const DateRow& x : kDateRows) {
    std::string seen;
    bool found = false;
    for (const Event& e : CodeText(x.text, "2024-06-05")) {
      seen += e.event + " " + e.date + "; ";
      if (e.event == x.event && e.date == x.date) found = true;
    }
    EXPECT_TRUE(found) << x.name << ": want " << x.event << " on " << x.date << ", got " << seen;
  }
}

}  // namespace
}  // namespace rasad
