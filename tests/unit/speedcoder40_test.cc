// Guards for the speed work of session 40 (no reading changes; every row is a guard_ that must pass before and
// after, its expectation written by hand from the Arabic):
//   - Modality passes over a cue of no modality kind (grammar.tsv's prepositions, times, verbs of occurrence;
//     cues.tsv's history and recap) at once: each of the six kinds it reads (negation, reported, alleged,
//     intended, hypothetical, opinion) still gives its reading in a sentence full of such other cues, and a
//     sentence of those alone stays asserted.
#include <gtest/gtest.h>

#include <string>

#include "unit/mood_case_support.h"

namespace rasad {
namespace {

using Case = testing::MoodCase;

const Case kModalityCases[] = {
    // Negation: a particle before the verb, with "any", a time and prepositions after it.
    {"guard_negation_among_prepositions", "لم تعتقل الشرطة أي متظاهر خلال المسيرة في وسط نيروبي أمس.", "COERCE", "تعتقل",
     true, "asserted"},
    // Reported: a verb of saying before the event, with a place and a time in its clause.
    {"guard_reported_among_prepositions", "قال مصدر أمني إن مسلحين هاجموا مركزا للشرطة في ولاية زمفارا أمس.", "ASSAULT",
     "هاجموا", false, "reported"},
    // Alleged: a claim named as the source after the event.
    {"guard_alleged_after_the_event", "قصفت الطائرات الحكومية سوقا شعبيا في ولاية جنوب كردفان، بحسب ما زعم المتمردون.",
     "ASSAULT", "قصفت", false, "alleged"},
    // Intended: a verb of intention before the strike, its subject between.
    {"guard_intended_among_prepositions", "يعتزم الأطباء تنظيم إضراب عن العمل في مستشفيات العاصمة الأسبوع المقبل.",
     "PROTEST", "إضراب", false, "intended"},
    // Hypothetical: a condition opening the clause.
    {"guard_hypothetical_condition", "إذا اقتحمت القوات المخيم فسيفر آلاف المدنيين نحو الحدود مع الأردن.", "ASSAULT",
     "اقتحمت", false, "hypothetical"},
    // Opinion (read as hypothetical): analysts' view of what will happen.
    {"guard_opinion_of_analysts", "يرى محللون أن الجيش سيشن هجوما واسعا على مواقع المتمردين في الشمال.", "ASSAULT", "هجوم",
     false, "hypothetical"},
    // No modality cue: prepositions, a time and a verb of result alone leave the event asserted.
    {"guard_grammar_cues_only", "قتل خمسة جنود في هجوم على نقطة تفتيش قرب الحدود مع مالي صباح اليوم.", "ASSAULT", "قتل",
     false, "asserted"},
};

class Speedcoder40ModalityTest : public ::testing::TestWithParam<Case> {};

TEST_P(Speedcoder40ModalityTest, ReadingKeptPastOtherCues) { testing::ExpectMoodCase(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Speedcoder40ModalityTest, ::testing::ValuesIn(kModalityCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasad
