// Guards for the recognizer speed work of session 45 (no reading changes; every row is a guard_ that passes
// before and after, expectations written by hand from the Arabic and the dictionary lines):
//   - persons named again by their surname (AddPersonsNamedAgain) compare each later word with the surname and
//     the article of each person named before it, both now computed once per person: a surname without the
//     article (متري) and one with it (الأعرجي) name the person again, with his id, country and role; the
//     surname without the article of a person named with it (حلبي after مروان الحلبي) and a surname two persons
//     share (بدر) name no one;
//   - six passes over the dictionary matches pass over a match without the kind of entry they take away or ask
//     for (agent, actor, place, nationality), and the pass over the shorter names inside a refused name runs only
//     when there are some: the enthusiasm of بحماس كبير is no Hamas while حماس is, the foreign policy of السياسة
//     الخارجية is no ministry while الخارجية المصرية is, a drone's طيار is no pilot while a pilot is, a count's
//     طالبا are students, a town after a place noun (مدينة عمان) is the town, a town listed with its article
//     (الخليل) is not read from the word without it;
//   - the token keys and the per-type look-up read their arrays through locals (TokenKeys::Run, TypeMemo::View),
//     read again after a word type met for the first time: the rows read the same one after another on one Worker.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coder/engine.h"
#include "lexicon/entity_recognizer.h"
#include "unit/engine_test_support.h"
#include "unit/speed_support.h"

namespace rasad {
namespace {

using testing::MentionRow;

const MentionRow kMentionRows[] = {
    // Persons named again: Tarek Mitri (people.tsv: طارق متري, LBN GOV since 2025-02-08) by his surname without
    // the article, after a verb.
    {"guard_surname_named_again", "قال نائب رئيس الحكومة اللبنانية طارق متري إن الحكومة ستواصل الإصلاحات، وأضاف متري أن الانتخابات ستجري في موعدها.",
     "متري", true, "PER_TAREK_MITRI", "LBN", "GOV", 1},
    // ... Qasim al-Araji (قاسم الأعرجي, IRQ GOV) by his surname with the article.
    {"guard_surname_with_article_named_again", "التقى مستشار الأمن القومي العراقي قاسم الأعرجي السفير الإيراني في بغداد، وبحث الأعرجي معه الأوضاع الأمنية.",
     "الأعرجي", true, "PER_QASIM_ARAJI", "IRQ", "GOV", 1},
    // ... not by the surname without the article when he was named with it (مروان الحلبي, then حلبي).
    {"guard_surname_without_its_article", "قال وزير التعليم العالي مروان الحلبي إن الجامعات ستفتح، وقال حلبي إن الطلاب سيعودون.",
     "حلبي", false, nullptr, "", "", 0},
    // ... nor by a surname two persons named before it share (أمجد بدر، يعرب بدر).
    {"guard_shared_surname_names_neither", "اجتمع وزير الزراعة أمجد بدر مع وزير الطاقة يعرب بدر في دمشق، وقال بدر إن الاجتماع كان مثمرا.",
     "بدر", false, nullptr, "", "", 0},
    // بحماس كبير "with great enthusiasm" names no Hamas; حماس as a subject does (PSE_HAMAS, PSE REB).
    {"guard_enthusiasm_is_no_hamas", "استقبل الأهالي القرار بحماس كبير.", "بحماس", false, nullptr, "", "", 0},
    {"guard_hamas_named", "قالت حماس في بيان إنها ترفض المقترح.", "حماس", true, "PSE_HAMAS", "PSE", "REB", 1},
    // السياسة الخارجية is foreign policy, no ministry; الخارجية المصرية is Egypt's foreign ministry (GOV), the
    // agent and its nationality.
    {"guard_foreign_policy_no_ministry", "ناقش المجلس السياسة الخارجية للبلاد.", "الخارجية", false, nullptr, "", "", 0},
    {"guard_foreign_ministry_named", "قالت الخارجية المصرية في بيان إنها تتابع الأوضاع.", "الخارجية", true, "EGYGOV", "EGY",
     "GOV", 2},
    // طائرة بدون طيار is a drone: طيار names no pilot there; elsewhere a pilot is of the military (MIL).
    {"guard_drone_names_no_pilot", "أسقطت الدفاعات الجوية طائرة بدون طيار قرب الحدود.", "طيار", false, nullptr, "", "", 0},
    {"guard_pilot_named", "قتل طيار في تحطم مروحية عسكرية.", "طيار", true, "MIL", "", "MIL", 1},
    // 20 طالبا: twenty students (agents.tsv %طالبا, EDU), of no country the text names.
    {"guard_counted_students", "اعتقلت الشرطة 20 طالبا في الجامعة.", "طالبا", true, "EDU", "", "EDU", 1},
    // After a place noun عمان is Amman, Jordan's capital, not Oman.
    {"guard_town_after_place_noun", "وصل الوفد إلى مدينة عمان أمس.", "عمان", true, nullptr, "JOR", "", 1},
    // الخليل (Hebron) is listed with its article: خليل alone is a given name, no place.
    {"guard_town_with_its_article", "اقتحمت القوات الإسرائيلية مدينة الخليل فجر اليوم.", "الخليل", true, nullptr, "PSE", "",
     1},
    {"guard_name_without_the_article_no_town", "وصل خليل إلى المدينة أمس.", "خليل", false, nullptr, "", "", 0},
};

TEST(Speedrec45MentionTest, ReadingsStay) { testing::ExpectMentionRows(kMentionRows); }

// The same rows on one Worker, one after another and twice round: the token keys and the look-ups of word types
// met in an earlier text (and those met for the first time, which grow the memos the loop reads through locals)
// read the same.
TEST(Speedrec45MentionTest, guard_SameOnOneWorker) {
  testing::ExpectSameOnOneWorker(std::span<const MentionRow>(kMentionRows));
}

}  // namespace
}  // namespace rasad
