// Modality read from the cues of its own sentence only, in documents of one sentence and of several, with few cues of
// modality and with more than a short list (speedC51: Modality's loop reads a list of the modality cues alone,
// DocumentCoder::ModalityCuesIn, read whole when short and searched by token when longer than kShortList).
// A verb of saying before the act (قالت مصادر أمنية إن) makes it reported; an act in the next sentence, with no cue of
// its own, is asserted; nine sentences of a statement and a negation before it (eighteen cues of modality, more than
// the short list) change neither. Every expected type, code prefix and modality was written by hand from the Arabic
// before the coder ran; every row is a guard_ row: it passed before the change and keeps the reading it protects.
#include <gtest/gtest.h>

#include <string>

#include "unit/modal_event_support.h"

namespace rasad {
namespace {

using testing::ModalEventRow;

class SpeedModality51Test : public ::testing::TestWithParam<ModalEventRow> {};

TEST_P(SpeedModality51Test, ReadsTheCuesOfTheSentence) { testing::ExpectModalEvent(GetParam()); }

// The long rows open with nine sentences, each with a verb of saying (reported) and a negation (لم): eighteen cues
// of modality, in other sentences than the attack's.
const ModalEventRow kRows[] = {
    {"guard_security_sources_said_gunmen_attacked_police_station",
     "قالت مصادر أمنية إن مسلحين هاجموا مركزا للشرطة في مدينة العريش.", "ASSAULT", "19", "reported", nullptr, nullptr},
    {"guard_gunmen_attacked_police_station", "هاجم مسلحون مركزا للشرطة في مدينة العريش.", "ASSAULT", "19", "asserted",
     nullptr, nullptr},
    {"guard_attack_after_a_reported_sentence_is_asserted",
     "قالت مصادر أمنية إن الجيش قصف مواقع للمتمردين. وهاجم مسلحون مركزا للشرطة في مدينة العريش.", "ASSAULT", "190",
     "asserted", nullptr, nullptr},
    {"guard_attack_after_eighteen_cues_of_other_sentences_is_asserted",
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وهاجم مسلحون مركزا للشرطة في مدينة العريش.", "ASSAULT", "19", "asserted", nullptr,
     nullptr},
    {"guard_attack_reported_after_eighteen_cues_of_other_sentences",
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقال مسؤول محلي إن الشرطة لم تعتقل أحدا. "
     "وقالت مصادر أمنية إن مسلحين هاجموا مركزا للشرطة في مدينة العريش.", "ASSAULT", "19",
     "reported", nullptr, nullptr},
};

INSTANTIATE_TEST_SUITE_P(Sentences, SpeedModality51Test, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<ModalEventRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad
