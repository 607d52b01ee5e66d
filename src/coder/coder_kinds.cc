#include "coder/coder_kinds.h"

#include <bit>
#include <cstdint>

namespace rasad {
namespace {

constexpr WordKinds::Kind kCoderWordKinds[] = {
    {"part_noun", kPartNounWord},     {"descriptor", kDescriptorWord},
    {"direction", kDirectionWord},    {"time_unit", kTimeUnitWord},
    {"after_passive", kAfterPassiveWord}, {"means", kMeansWord},
    {"that", kThatWord},              {"temporal_preposition", kTemporalPrepositionWord},
    {"aspect", kAspectWord},          {"long_period", kLongPeriodWord},
    {"superlative", kSuperlativeWord}, {"machine", kMachineWord},
    {"carry", kCarryWord},            {"itinerant", kItinerantWord},
    {"competition", kCompetitionWord}, {"sport_context", kSportContextWord},
    {"team", kTeamWord},              {"market", kMarketWord},
    {"inanimate", kInanimateWord},    {"figure_object", kFigureObjectWord},
    {"repel", kRepelWord},            {"war", kWarWord},
    {"against", kAgainstWord},
    {"munition", kMunitionWord},      {"parties", kPartiesWord},
    {"official", kOfficialWord},      {"danger", kDangerWord},
    {"remains", kRemainsWord},
    {"accusing", kAccusingWord},      {"retaliation", kRetaliationWord},
    {"claim", kClaimWord},            {"operation", kOperationWord},
    {"continuation", kContinuationWord},
    {"gathering", kGatheringWord},    {"anniversary", kAnniversaryWord},
    {"becoming", kBecomingWord},      {"chant", kChantWord},
    {"terms", kTermsWord}, {"asking", kAskingWord}, {"legal_ground", kLegalGroundWord},
    {"topic", kTopicWord},            {"whole_war", kWholeWarWord},
    {"score", kScoreWord},            {"backing", kBackingWord},
    {"phenomenon", kPhenomenonWord},  {"constituting", kConstitutingWord},
    {"tolerating", kToleratingWord}, {"trend", kTrendWord},
    {"intention", kIntentionWord},    {"dual_toll", kDualTollWord},
    {"scheduled", kScheduledWord},    {"joining", kJoiningWord},
    {"celebration", kCelebrationWord}, {"hard_target", kHardTargetWord},
    {"situation", kSituationWord},    {"affiliation", kAffiliationWord},
    {"town_site", kTownSiteWord},     {"heading", kHeadingWord},
    {"removal", kRemovalWord},        {"period_opening", kPeriodOpeningWord},
    {"following", kFollowingWord},    {"partitive", kPartitiveWord},
    {"growing", kGrowingWord},        {"motion", kMotionWord},
};

// Each kind is one bit of its own: two kinds added at once on one free bit would read each other's words.
constexpr bool OneDistinctBitEach(std::span<const WordKinds::Kind> kinds) {
  uint64_t seen = 0;
  for (const WordKinds::Kind& k : kinds) {
    if (!std::has_single_bit(k.bit) || (seen & k.bit) != 0) return false;
    seen |= k.bit;
  }
  return true;
}
static_assert(OneDistinctBitEach(kCoderWordKinds), "coder/word_kinds.tsv's kinds need one distinct bit each");

using F = CueKindName::File;
constexpr CueKindName kCueKindNames[] = {
    {"negation", CueKind::kNegation, F::kBoth},
    {"reported", CueKind::kReported, F::kBoth},
    {"alleged", CueKind::kAlleged, F::kBoth},
    {"intended", CueKind::kIntended, F::kBoth},
    {"hypothetical", CueKind::kHypothetical, F::kBoth},
    {"opinion", CueKind::kOpinion, F::kBoth},
    {"history", CueKind::kHistory, F::kCues},
    {"recap", CueKind::kRecap, F::kCues},
    {"inclusion", CueKind::kInclusion, F::kGrammar},
    {"receive", CueKind::kReceive, F::kGrammar},
    {"by_agent", CueKind::kByAgent, F::kGrammar},
    {"latter", CueKind::kLatter, F::kGrammar},
    {"perpetrate", CueKind::kPerpetrate, F::kGrammar},
    {"preposition", CueKind::kPreposition, F::kGrammar},
    {"occurrence", CueKind::kOccurrence, F::kGrammar},
    {"happening", CueKind::kOccurrence, F::kGrammar, /*happening=*/true},
    {"relative", CueKind::kRelative, F::kGrammar},
    {"temporal", CueKind::kTemporal, F::kGrammar},
    {"classifier", CueKind::kClassifier, F::kGrammar},
    {"result", CueKind::kResult, F::kGrammar},
    {"crowd", CueKind::kCrowd, F::kGrammar},
    {"undergo", CueKind::kUndergo, F::kGrammar},
    {"govern", CueKind::kGovern, F::kGrammar},
    {"death", CueKind::kDeath, F::kGrammar, false, /*past_only=*/true},
    {"speech", CueKind::kSpeech, F::kGrammar},
    {"condemn", CueKind::kCondemn, F::kGrammar},
    {"adverb", CueKind::kAdverb, F::kGrammar},
    {"saw", CueKind::kSaw, F::kGrammar, false, /*past_only=*/true},
    {"light", CueKind::kLight, F::kGrammar},
    {"accident", CueKind::kAccident, F::kGrammar},
    {"time", CueKind::kTime, F::kGrammar},
};

constexpr GrammarWordName kGrammarWordNames[] = {
    {"decade", GrammarWord::kDecade},       {"century", GrammarWord::kCentury},
    {"era", GrammarWord::kEra},             {"former", GrammarWord::kFormer},
    {"not_century", GrammarWord::kNone},    {"month", GrammarWord::kMonth},
    {"past", GrammarWord::kPast},           {"reference", GrammarWord::kReference},
    {"toll", GrammarWord::kToll},           {"demanding", GrammarWord::kDemanding},
    {"opposing", GrammarWord::kOpposing},   {"targeting", GrammarWord::kTargeting},
    {"at", GrammarWord::kAt},               {"not_object", GrammarWord::kNotObject},
    {"charge", GrammarWord::kCharge},       {"circumstance", GrammarWord::kCircumstance},
    {"protest_purpose", GrammarWord::kProtestPurpose}, {"facility", GrammarWord::kFacility},
    {"narrating", GrammarWord::kNarrating}, {"frame", GrammarWord::kFrame},
    {"rally_purpose", GrammarWord::kRallyPurpose}, {"continuing", GrammarWord::kContinuing},
    {"work_title", GrammarWord::kWorkTitle}, {"general_kind", GrammarWord::kGeneralKind},
    {"responsibility", GrammarWord::kResponsibility}, {"reason", GrammarWord::kReason},
    {"responsible", GrammarWord::kResponsible}, {"striving", GrammarWord::kStriving},
    {"funeral", GrammarWord::kFuneral},     {"operating", GrammarWord::kOperating},
    {"election", GrammarWord::kElection},   {"crowd_venue", GrammarWord::kCrowdVenue},
};

constexpr CueRoleName kCueRoleNames[] = {
    {"failing", CueRole::kFailing},         {"agreeing", CueRole::kAgreeing}, {"ordering", CueRole::kOrdering},
    {"participation", CueRole::kParticipation}, {"success", CueRole::kSuccess},
    {"habitual", CueRole::kHabitual},
};

constexpr CueScopeName kCueScopeNames[] = {
    {"word", CueScope::kWord},     {"next", CueScope::kNext},     {"clause", CueScope::kClause},
    {"sentence", CueScope::kSentence}, {"before", CueScope::kBefore}, {"object", CueScope::kObject},
};

}  // namespace

std::span<const WordKinds::Kind> CoderWordKinds() { return kCoderWordKinds; }
std::span<const CueKindName> CueKindNames() { return kCueKindNames; }
std::span<const GrammarWordName> GrammarWordNames() { return kGrammarWordNames; }
std::span<const CueScopeName> CueScopeNames() { return kCueScopeNames; }
std::span<const CueRoleName> CueRoleNames() { return kCueRoleNames; }

std::pair<std::string_view, std::string_view> SplitCueRole(std::string_view field) {
  size_t colon = field.find(':');
  if (colon == std::string_view::npos) return {field, {}};
  return {field.substr(0, colon), field.substr(colon + 1)};
}

}  // namespace rasad
