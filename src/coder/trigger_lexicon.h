// TriggerLexicon: the verbs and verbal nouns that report events (data/coder/triggers.tsv), the
// negation and modality cues (data/coder/cues.tsv) and the small grammar words the coder relies on
// (data/coder/grammar.tsv), compiled into phrase matchers, and the single words the coder asks about
// a token by kind (data/coder/word_kinds.tsv).
//
// Verbs are listed by their 3rd person masculine singular past and present forms; the other persons
// (هاجمت، هاجموا، تهاجم، يهاجمون ...) are generated here. A leading `~` marks a passive form. Nouns
// get their dual forms (تفجيرين، غارتين) generated, and a one-word noun that takes the alif of the
// indefinite accusative (هجوم -> هجوما، اعتصام -> اعتصاما) that form too.
#ifndef RASAD_CODER_TRIGGER_LEXICON_H_
#define RASAD_CODER_TRIGGER_LEXICON_H_

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/phrase_matcher.h"
#include "lexicon/records.h"
#include "lexicon/word_kinds.h"
#include "util/status.h"

namespace rasad {

class NumberWords;
class WordSet;
class Ontology;
enum class PloverType : uint8_t;  // coder/ontology.h

enum class ArgRole : uint8_t { kSource, kTarget, kNone };

// How a trigger's target is introduced (bits).
enum TargetWay : uint16_t {
  kTargetObject = 1 << 0,
  kTargetAla = 1 << 1,    // على
  kTargetDidd = 1 << 2,   // ضد
  kTargetBi = 1 << 3,     // ب
  kTargetLi = 1 << 4,     // ل
  kTargetMaa = 1 << 5,    // مع
  kTargetMin = 1 << 6,    // من
  kTargetIla = 1 << 7,    // الى
  kTargetFi = 1 << 8,     // في
  kTargetAn = 1 << 9,     // عن
  kTargetLada = 1 << 10,  // لدى (an envoy accredited to, a complaint lodged with)
  kTargetToward = 1 << 11,  // تجاه، نحو، إزاء (a stance or a policy towards)
};

// The TargetWay of a preposition in bare matching form (علي، ضد، الي ...; ب and ل as words), or 0.
uint16_t TargetWayOf(std::string_view preposition);

enum TriggerFlag : uint32_t {
  kFlagKill = 1 << 0,
  kFlagInjure = 1 << 1,
  kFlagCapture = 1 << 2,
  kFlagPlaceIsTarget = 1 << 3,
  kFlagFigurative = 1 << 4,  // with a speaker as doer (a person, a party, the media) it is criticism
  kFlagDoerInside = 1 << 5,  // verbs: the form ends in its own subject (قصفت الطائرات), not an actor
  // nouns: the word also names a weapon (مسيرة: a march, and a drone); this line is its weapon
  // reading, taken only where the structure shows the weapon (DocumentCoder::WeaponReading).
  kFlagWeapon = 1 << 6,
  // verbs: the event only with a crowd (grammar.tsv `crowd`) as subject (أغلق محتجون الطريق); with
  // another subject the word is another sense, or the other lines of the same form apply.
  kFlagCrowdDoer = 1 << 7,
  // the line is read only where the target the word takes is an international organisation
  // (انسحبت مالي من الاتحاد الأفريقي: 166, not the military withdrawal 0874); elsewhere the word's
  // other lines apply.
  kFlagIgoTarget = 1 << 8,
  // the event is between its parties alike (agree, meet, negotiate, cooperate, clash): a list as
  // subject with no other target is both sides (اتفقت روسيا وتركيا: Russia with Turkey), as after بين.
  kFlagMutual = 1 << 9,
  // nouns: the verbal noun is read only at the head of a headline (at the head of its sentence, or after
  // a dateline's colon: إحباط هجوم إرهابي في سيناء، الأردن: تفكيك خلية), where it reports the act; inside a
  // sentence (تعاون في تفكيك شبكة، جهود لإحباط) it is an aim or a topic, and the word's other lines apply.
  kFlagHeadline = 1 << 10,
  // verbs: the line is read only with a court (sector JUD) as subject, right after the verb or just
  // before it (أدانت محكمة فرنسية ساركوزي: 116, found guilty); with another subject the word's other
  // lines apply (أدانت مصر الهجوم: 111).
  kFlagCourtDoer = 1 << 11,
  // verbs: a launch of missiles (أطلق صاروخا باليستيا) by a state or its military with no target, no toll
  // and no على، باتجاه، نحو، صوب، تجاه، ضد after the verb is a show of force (150: أطلقت كوريا الشمالية
  // صاروخا في البحر), not an attack; with any of them the line's own code stands.
  kFlagShowOfForce = 1 << 12,
  // a defeat (هزم، هزيمة): an event only with an armed side or a state as source or target; a team, a
  // candidate or a party is defeated in a contest, no event.
  kFlagArmedParty = 1 << 13,
  // verbs of going out (خرج، نزل): the event only where a word of protest purpose (grammar.tsv
  // `protest_purpose` or `demanding`: تنديدا، احتجاجا، للمطالبة) follows in the verb's clause (خرج آلاف
  // الأردنيين في عمان تنديدا بالعدوان); elsewhere the word's other lines apply, or none (خرج من المستشفى).
  kFlagProtestPurpose = 1 << 14,
  // verbs and nouns of warning (حذر، تحذير): a warning whose من names a danger (coder/word_kinds.tsv kind
  // danger: حذرت منظمة الصحة من تفشي الكوليرا) threatens no one, no event; with another من (حذرت روسيا
  // الغرب من رد حاسم) or none, the line's own code stands.
  kFlagWarning = 1 << 15,
  // "-" lines of a noun qualified by a word of frequency (مداهمات يومية): a habit, no event; a violent or
  // protest noun joined to it by و shares the qualifier (مداهمات واعتقالات يومية) and is a habit too.
  kFlagHabit = 1 << 16,
  // "-" lines of an accident that is no grammar.tsv cue (انفجار خزان غاز، انفجار صهريج وقود): a killing or a
  // wounding it is the circumstance of (في، جراء، إثر، بـ right before it) is no attack.
  kFlagAccident = 1 << 17,
  // a confrontation (مواجهات، صدامات): where both sides are named and armed, one of them a force other
  // than the police, and neither is civilians or a crowd (مواجهات بين الجيش وقوات الدعم السريع), it is an
  // armed clash (193), not a riot (145).
  kFlagArmedClash = 1 << 18,
  // args36's flag (bit 19):
  // nouns whose genitive is what they hit (قصف المدينة): an armed force in the genitive (a military, a police, an
  // armed group; not a state's name) is the doer where the noun stands as a cause, the subject of أدى or أسفر, after
  // جراء، إثر، بسبب، نتيجة، في, or after تعرض لـ (أدى قصف الجيش السوداني إلى مقتل عشرة مدنيين).
  kFlagArmedDoer = 1 << 19,
  // args39's flag (bit 20):
  // verbs of dying that name no violence (توفي، مات، قضى): read as a killing only where a violent noun (an attack
  // line of triggers.tsv, no accident) follows in the clause after a word of circumstance, في، جراء، إثر، بسبب،
  // نتيجة or خلال (توفي ثلاثة مدنيين في انفجار عبوة ناسفة، قضى جنديان في هجوم لمسلحين): the dead are then
  // its victims, as after استشهد; elsewhere (توفي الرئيس السابق في باريس، قضى الوزير يومين في القاهرة) no event.
  kFlagDying = 1 << 20,
  // mood33's flags (bits 21-22):
  // the line is read only right after a word of chanting or a banner (coder/word_kinds.tsv kind chant:
  // هتافات تندد بالاحتلال، لافتات تستنكر القصف): the crowd voices a protest, 141, not a statement; elsewhere
  // the word's other lines apply (نددت الحكومة بالهجوم: 111).
  kFlagAfterChant = 1 << 21,
  // (bit 24) an act each of its two parties does to the other (تبادل القصف، تبادل إطلاق النار) or does with it alike
  // (وقع اتفاقية): two parties, a pair as subject (تبادلت القوات الهندية والباكستانية إطلاق النار) or one after مع,
  // give the event in both directions, each party the source once.
  kFlagReciprocal = 1 << 24,
  // args41's flag (bit 25):
  // verbs of losing one's own people (فقد، خسر), read as `dying` lines are (a violent noun told as the cause after a
  // word of circumstance) and only with the loser named right after the verb and a count of its people right after
  // the loser (فقد الجيش خمسة من جنوده في انفجار عبوة ناسفة; DocumentCoder::LoserAndDeadAfter): the loser is the target
  // and the count its dead. فقد is also ف + قد before a verb (فقد أعلن الجيش مقتل خمسة في هجوم), where no one is named
  // after it; خسر الجيش مواقع loses no people.
  kFlagLoss = 1 << 25,
  // verbs and nouns of work stopped (علق العمل، أوقف الدراسة، توقف عن العمل، تعليق العمل): a strike (143) only where
  // those who stop are people who do the work, of a working sector (workers, doctors, teachers, lawyers, judges,
  // journalists, traders, farmers), or a union (DocumentCoder::WorkerSubject); by a government, a company or an
  // institution (علقت الحكومة العمل في الدوائر الرسمية، علقت الأمم المتحدة عملها) the word's other lines apply, or
  // none.
  kFlagWorkerDoer = 1 << 26,
  // nouns of an attack told as armed (هجوم مسلح): with no doer named, it was done by unidentified armed men (UAF) of the
  // state where it took place (DocumentCoder::UnnamedArmedDoers), as مسلحون with no side named reads.
  kFlagUnnamedArmed = 1 << 27,
  // verbs of breaking up a protest (فض الاعتصام): where no one is read as the target (the sit-in named by where it is
  // held, اعتصام القيادة العامة، اعتصاما أمام مقر الحكومة), the crowd of the protest broken up is, the people of the
  // state where it was held (DocumentCoder::CrowdsBrokenUp).
  kFlagCrowdTarget = 1 << 28,
  // nouns of a crowd, a vague count or its word (آلاف، مئات، حشود): the line is read only where the crowd opens a headline
  // and its predicate is where it stands, في and a square, a street or a protest (grammar.tsv crowd_venue), or its chant
  // (DocumentCoder::CrowdHeadline: صنعاء: حشود في ساحة التغيير، مئات يهتفون ضد الرئيس); elsewhere the word's other lines
  // apply, or none.
  kFlagCrowdHeadline = 1 << 29,
};

struct TriggerRecord {
  std::string cameo;
  bool noun = false;
  bool passive = false;
  ArgRole subj = ArgRole::kSource;
  ArgRole gen = ArgRole::kSource;
  uint16_t target = 0;  // TargetWay bits
  // The PLOVER type of `cameo` (kNone, 0, for none or "-"), set at load: the loops that ask whether a hit has a line
  // of a type (a protest word before, a demand after) compare a byte, with no look-up of the code per line.
  PloverType plover{};
  uint32_t flags = 0;   // TriggerFlag bits
  std::string form;     // the dictionary form, for --explain
  std::string first_word;  // the form's first word, normalized (اتهم): tells the person of a verb
  std::string notes;
  bool low_confidence = false;  // notes say "low confidence": the event needs a source or target
  bool present = false;         // a verb form listed by its present (يهاجم): imperfective
  // The تـ person of a present written =يحرر: also a Form V verb or its verbal noun (تحرر المدينة), it is
  // this verb only after a named subject that opens a headline (الجيش العراقي يحرر، قوات سوريا الديمقراطية تحرر).
  bool form_v_ta = false;
  // A jussive form generated from the present (يلتق، يزر، يقم of يلتقي، يزور، يقوم): read only right after
  // a particle that takes the jussive (لم، لما، لا), as its letters often spell another verb (يرد، يشك).
  bool jussive = false;
  Origin origin;
};

enum class CueKind : uint8_t {
  kNegation, kReported, kAlleged, kIntended, kHypothetical, kOpinion,
  // grammar.tsv
  kInclusion,  // بما في ذلك، مثل، وخاصة: a list of actors that specifies a group
  kReceive,    // تلقى: "X received Y from Z" codes Y with source Z and target X
  kByAgent,    // على يد، من قبل، بنيران: the source of a passive or of a noun
  kLatter,     // الأخير، الأخيرة: the last actor mentioned
  kPerpetrate, // نفذه، تبنته: the subject carried out the event named just before
  kPreposition,
  kOccurrence, // وقع، شهد، تعرض لـ، أسفر عن، شن: presents the event noun next to it as happening
  kRelative,   // الذي، التي: opens a relative clause, which describes a noun rather than reports
  kTemporal,   // عندما، بعد أن: opens a temporal clause, which situates the main event
  kClassifier, // عمليات، جرائم، أعمال: a noun of kind before a verbal noun (جرائم قتل)
  kResult,     // أسفر عن، أدى إلى: an occurrence whose result was done by the doer of the cause
  kCrowd,      // المتظاهرون: the people who protest
  kUndergo,    // تعرض لـ: an occurrence whose subject is the target of the event noun
  kGovern,     // قام بـ، نجح في، تمكن من: a verb whose subject does the verbal noun it governs
  kDeath,      // توفي، مات: a death; a violent noun given as its cause (نتيجة التعذيب) happened to the dead
  kSpeech,     // واصفا، متهما، ما وصفه: the doer of the verb before it was speaking (a verbal attack)
  kCondemn,    // أدان، استنكر، ندد: the violent noun it takes as object names an event reported elsewhere
  kAdverb,     // بشدة، تماما، بالقطع: stands between a verb and the verbal noun it governs
  kSaw,        // شاهد: a past verb of seeing; the imperfective violent verb after its object is the scene seen
  kLight,      // فرض، أطلق: a light verb whose subject, between it and the event noun, did the event
  kAccident,   // حادث سير، غرق، زلزال: a cause of death that is no attack
  kTime,       // أمس، يوم الاثنين، صباح اليوم: a date or time that may stand between a subject and its object
  // cues.tsv again
  kHistory,    // الحرب العالمية الثانية، حرب أكتوبر: a named period long past; its clause's event is history
  kRecap,      // يذكر أن، تجدر الإشارة: opening a sentence, the writer's own recap of earlier events
};

// Single words of grammar.tsv, looked up by their bare form rather than matched as phrases: the
// kinds `decade`, `century`, `era`, `former`, `not_century`, `month`, `past`, `reference` and `toll`
// place an event in history (HistoricalPeriod in reporting.cc) or make a verbal noun one of reference
// in a past month (Background); `demanding`, `opposing`, `targeting`, `at` and `not_object` lead the
// coder to a target (trigger_arguments.cc).
enum class GrammarWord : uint8_t {
  kNone,
  kDecade,   // الستينات، التسعينيات: places the event of its clause in a past decade
  kCentury,  // قرن: with a word after it that names no region (القرن السابع عشر), a past century
  kEra,      // عهد، حكم: an era, history when a kFormer word follows (في عهد النظام السابق)
  kFormer,   // سابق، بائد، مخلوع: a former regime or ruler
  kMonth,    // أكتوبر، تشرين، شهر: a month, a past one when a kPast word follows (أكتوبر الماضي)
  kPast,     // الماضي، المنصرم، الفائت
  kReference,  // ضحايا، تعويضات، ذكرى، محاكمة: a noun whose violent genitive names an earlier event
  kToll,       // حصيلة: a toll; a count in its clause updates the toll of an event reported before
  kDemanding,  // مطالبين: the actor after it is whom a protest makes demands of
  kOpposing,   // مناهضة: the actor after it, through لـ, is whom a protest opposes
  kTargeting,  // مستهدفا: after an attack, the object after it is what was attacked
  kAt,         // أمام، داخل، قرب: a blast at the building after it aims at the building or its owner
  kNotObject,  // يد، خلفية، لسان: after على, a noun that makes على a phrase of agency or cause, not an object
  kCharge,     // تهمة، متهم: before a violent noun, the offence a charge names (an act reported before)
  kCircumstance,  // في، جراء، إثر: before a violent noun, the means or circumstance of a reported act
  kProtestPurpose,  // تنديدا، احتجاجا، تضامنا: after a verb of going out, the crowd went out to protest
  kRallyPurpose,    // دعم، تأييد، تضامن after لـ (لدعم الحكومة): after a crowd going out or gathering, a rally
  kFacility,   // مركز، نقطة، منصة: before a verbal noun, a place named by what it is for (مراكز الاحتجاز)
  kNarrating,  // يروي، تحكي، يجسد: with a work as its subject (word_kinds.tsv inanimate), what follows is its story
  kFrame,      // إطار (after في)، ضمن، بموجب: the noun after it names the deal or campaign an act told before is part of
  kContinuing,  // زال، يتوقف، يكتف، يتردد: after a negation, the verb asserts that the event goes on or happened
  kWorkTitle,   // فيلم، كتاب، مقال، وسم: a quotation opened right after it is the title of a work
  kGeneralKind,  // وسيلة، سلاح، ظاهرة، نوع: an indefinite predicate after a violent noun states a generality
  kResponsibility,  // مسؤولية: with a pronoun, after a verb of reporting and its actor, a claim of what came before
  kReason,       // احتجاجا، تنديدا، ردا، انتقاما: the act after it (على، ضد، لـ، بـ) is the reason of another, done before
  kResponsible,  // مسؤول، مسؤولين: before عن, those responsible for an act: the act was done
  kStriving,     // سعى، مساعي، يهدف: with its doer after it, the act after إلى is one the doer strives to do
  kFuneral,      // شيع، ودع، يدفن، جنازة: an attack named in its object is the one the dead fell in, told before
  kOperating,    // يشغلها، يسيرها، يديرها: after a drone or an aircraft, its subject is the machine's operator
  kElection,     // انتخابات، الاقتراع، الاستفتاء: a vote, held by the state, whom a protest rejecting it addresses
  kCrowdVenue,   // ساحة، ميدان، شارع، تظاهرة، مسيرة: after في, where a crowd opening a headline stands: its protest
};

// Kinds of the single words of coder/word_kinds.tsv (WordKinds bits): asked of a token's bare stem
// (kThatWord: of the whole word as written).
enum CoderWordKind : uint64_t {
  kPartNounWord = uint64_t{1} << 0,     // عدد، قوة، عناصر، عشرات: a part, a unit or a count that من specifies
  kDescriptorWord = uint64_t{1} << 1,   // مدينة، محافظة، هذه: between a preposition and the name it governs
  kDirectionWord = uint64_t{1} << 2,    // شمال، قرب، داخل: the same, and itself locative
  kTimeUnitWord = uint64_t{1} << 3,     // سنوات، أيام، ساعات
  kAfterPassiveWord = uint64_t{1} << 4,  // في، خلال، أمس، بحسب: may follow a passive verb in place of an object
  kMeansWord = uint64_t{1} << 5,        // في، جراء، إثر: before a verbal noun, its means or circumstance
  kThatWord = uint64_t{1} << 6,         // أنه، بأنه، وأنها: opens a statement of fact
  kTemporalPrepositionWord = uint64_t{1} << 7,  // بعد، قبل، منذ: the verbal noun after it dates another event
  kAspectWord = uint64_t{1} << 8,       // بدء، نهاية، استمرار: between a temporal preposition and its noun
  kLongPeriodWord = uint64_t{1} << 9,   // أشهر، سنوات، مطلع: a count over it is a statistic
  kSuperlativeWord = uint64_t{1} << 10,  // أعنف، أكبر، أول: compares one event with those before it
  kCarryWord = uint64_t{1} << 12,        // تقل، ينقل: a vehicle hit "carrying" people: they were hit
  kMachineWord = uint64_t{1} << 11,      // طائرات، مقاتلات، بوارج، دبابات: a machine of war, no actor, whose nationality names its doer
  kItinerantWord = uint64_t{1} << 13,    // رهائن، أسرى، سفينة: the event's place gives them no country
  kCompetitionWord = uint64_t{1} << 14,  // بطولة، مباراة، مرمى: a sports competition, a sentence of sport by itself
  kSportContextWord = uint64_t{1} << 15,  // ملعب، كرة، مدرب: with a team's word, a sentence of sport
  kTeamWord = uint64_t{1} << 16,         // فريق، نادي، لاعب: a team or players, in a sentence of sport
  kMarketWord = uint64_t{1} << 17,       // أسعار، عملات، فساد: prices and markets, the figurative targets of a "war"
  kInanimateWord = uint64_t{1} << 18,    // التدخين، الاحتفالات، المنتجات: a thing or a habit, a violent verb's subject only in figure
  kFigureObjectWord = uint64_t{1} << 19,  // قلوب، الأنظار: the object of a violent verb in figure (أسر القلوب)
  kRepelWord = uint64_t{1} << 20,         // صد، تصدت، دحر: a verb of repelling, before the attack it repelled
  kWarWord = uint64_t{1} << 21,           // حرب، نزاع، انقلاب: a war, a conflict, an invasion or a coup, which a toll is counted since
  kAgainstWord = uint64_t{1} << 22,       // احتجاجا، تنديدا، رفضا، ضد: a protest against the act named after it
  kMunitionWord = uint64_t{1} << 23,      // صواريخ، قذائف، قنابل: munitions, listed with drones (بالصواريخ والمسيرات)
  kPartiesWord = uint64_t{1} << 24,       // البلدان، الجانبان، الطرفان: the two parties, named by a dual
  kOfficialWord = uint64_t{1} << 25,      // رسمية، حكومية: after a medium's name, its state's government speaks
  kDangerWord = uint64_t{1} << 26,        // كارثة، مجاعة، تفشي، انهيار: a calamity, what a warning of danger names
  kRemainsWord = uint64_t{1} << 27,       // جثث، جثامين، رفات: the dead of an event told before, named by their remains
  kAccusingWord = uint64_t{1} << 28,      // متهما، محملة: a participle of accusation after a main clause, done by its subject
  kRetaliationWord = uint64_t{1} << 29,   // الرد، الانتقام، الثأر: a threat of it is aimed at the doer of an act told before
  kClaimWord = uint64_t{1} << 30,         // تبنى، يتبنى، تتبن: a verb of claiming, whose object is the event (mood30)
  kOperationWord = uint64_t{1} << 31,     // عملية: an operation, which closing a claim names the attack told before
  kContinuationWord = uint64_t{1} << 32,  // استأنف، واصل، كثف: a verb of going on, whose object (a verbal noun) its subject does (args31)
  // mood31's kinds (bits 40 on):
  kGatheringWord = uint64_t{1} << 40,     // احتشد، تجمع، تجمهر: a verb of gathering, a protest only with a sign of one
  kAnniversaryWord = uint64_t{1} << 41,   // ذكرى: an anniversary, whose event after لـ was told before
  kBecomingWord = uint64_t{1} << 42,      // تحولت، حولوا: a verb of becoming, whose protest noun after إلى happened
  kChantWord = uint64_t{1} << 43,         // هتافات، شعارات، مرددين، رافعين: chants and banners, a sign of protest
  // mood33's kinds (bits 44-47):
  kTermsWord = uint64_t{1} << 44,         // اتفاق، خطة، مقترح، شروط: a text of terms, what a verb of terms (يتضمن) speaks of
  kAskingWord = uint64_t{1} << 45,        // طلب، يطلب: a verb of asking, whose object with no بـ is what it asks for
  kLegalGroundWord = uint64_t{1} << 46,   // عفو، بموجب: a pardon or a legal ground, after بـ the means of a release
  // mood34's kinds (bits 35-36, 47):
  kTopicWord = uint64_t{1} << 35,         // بحث، ناقش، تناول: a verb of discussing, whose object is the topic of talks
  kWholeWarWord = uint64_t{1} << 36,      // حرب، نزاع، صراع: a war as a whole, whose toll is a statistic
  // args36's kind (bit 33):
  kBackingWord = uint64_t{1} << 33,       // دعم، إسناد، مساندة، مساعدات: backing, whose من names the backer, not a place
  // mood35's kind (bit 37):
  kScoreWord = uint64_t{1} << 37,         // رباعية، ثلاثية، هدفين: a score, which after بـ makes a verb one of sport
  // mood36's kinds (bits 38, 48):
  kPhenomenonWord = uint64_t{1} << 38,    // إرهاب، تطرف، عنف، جفاف: a phenomenon, the subject of a generality in the present
  kConstitutingWord = uint64_t{1} << 48,  // يشكل، تمثل: a verb of constituting, whose threat noun is a predicate
  // mood37's kind (bit 51):
  kToleratingWord = uint64_t{1} << 51,    // تسمح، تتهاون، تقبل: a verb of tolerating, whose object after لن is refused
  kTrendWord = uint64_t{1} << 52,         // ارتفاع، انخفاض، معدل: a trend or a rate, whose event noun is a statistic
  // mood38's kind (bit 53):
  kIntentionWord = uint64_t{1} << 53,     // يعتزم، يخطط، دعا: intention or a call, whose act's weekday lies ahead
  // args39's kind (bit 49):
  kDualTollWord = uint64_t{1} << 49,      // قتيلين، جريحان: the dual of a casualty noun, a toll of two
  // mood39's kind (bit 54):
  kScheduledWord = uint64_t{1} << 54,     // المقرر، المرتقب، المزمع: a scheduled event, whose weekday lies ahead
  // mood40's kind (bit 39):
  kJoiningWord = uint64_t{1} << 39,       // المشاركة، الخروج، الانضمام: taking part, whose event after في or إلى a demand asks for
  kCelebrationWord = uint64_t{1} << 47,   // احتفالا، ابتهاجا، احتفالية: celebrating, the purpose of a crowd that holds no protest
  // lead44's kind (bit 57):
  kHardTargetWord = uint64_t{1} << 57,    // سفن، منشآت، قواعد، مطار: a thing only force hits, so a speaker's attack on it is no criticism
  // args49's kind (bit 58):
  kSituationWord = uint64_t{1} << 58,     // الوضع، التطورات: a situation, located by the place after في in a topic
  // args50's kind (bit 59):
  kAffiliationWord = uint64_t{1} << 59,   // ينتمون، منتمين: people's belonging to the group named after إلى or لـ
  // lead53's kinds (bits 60-61):
  kTownSiteWord = uint64_t{1} << 60,      // شارع، سوق، أحد: a site of a town, a link in a chain of place nouns after في
  kHeadingWord = uint64_t{1} << 61,       // قادمة، متجهة: coming or heading, whose من or إلى names no place of the event
  // reads55's kind (bit 62):
  kRemovalWord = uint64_t{1} << 62,       // إقالة، طرد، إسقاط، رحيل: removal, whose genitive a protest demanding it is against
  // lead58's kind (bit 56):
  kFollowingWord = uint64_t{1} << 56,     // بعد، عقب: after, before an act that came first (قتل شاب بعد مداهمة منزله)
  // tense58's kind (bit 34):
  kPeriodOpeningWord = uint64_t{1} << 34,  // منذ، حتى: a period up to a time, so the date after it places no event
  // gsr59's kind (bit 50):
  kPartitiveWord = uint64_t{1} << 50,     // من: the partitive between a count and the people counted (عشرات من)
  // fa60's kind (bit 55):
  kGrowingWord = uint64_t{1} << 55,       // تتزايد، تتصاعد، تتكرر: a present verb of growth or recurrence (a trend)
  // det16's kind (bit 63, the last free one):
  kMotionWord = uint64_t{1} << 63,        // سار، توجه، زحف: a crowd's motion, whose march noun after في took place
};

// kWord: the word the cue governs, right after it or after one light verbal noun (بقصد قتل، بغية شن
// هجوم, كل من قام باعتداء); kNext: the triggers close after it in its clause; kClause, kSentence;
// kBefore: the trigger right before it, or one word before it (مسيرة كانت مقررة); kObject: the
// first trigger after a verb cue and its subject (ألغت المعارضة مسيرة).
enum class CueScope : uint8_t { kNext, kClause, kSentence, kWord, kBefore, kObject };

// What a few cue lines say beyond their kind, written after it with a colon (cues.tsv `negation:failing`): the coder
// asks of these cues where the event they govern stands, or what it is.
enum class CueRole : uint8_t {
  kNone,
  kFailing,        // فشل، أخفق: the act that failed follows في (فشلت الشرطة في اعتقال المهربين)
  kAgreeing,       // وافق، اتفق: the act agreed to follows على; a request or a proposal agreed to was made
  kOrdering,       // أمر، أوامر: what is ordered is intended, and the orderer's
  kParticipation,  // شارك، ساهم، انخرط: the event taken part in follows في
  kSuccess,        // نجح: what succeeded follows في, and happened
  kHabitual,       // يوميا، عاما بعد عام: an adverb of habit; a violent subject noun of it is a habit (Trend)
};

struct CueRecord {
  CueKind kind;
  CueScope scope = CueScope::kClause;
  bool present = false;  // a verb listed by its present (+يشهد): its forms are imperfective
  bool verb = false;     // a verb listed with + (+يتضمن، +شهد): its persons are generated
  // A verb of occurrence whose subject is the event (grammar.tsv kind `happening`: وقع، اندلع، انطلق),
  // as against one whose object is (شهد، نفذ، أعلن: kind `occurrence`). Both are kOccurrence.
  bool happening = false;
  CueRole role = CueRole::kNone;  // the role after the kind's colon, or none
  std::string form;
  Origin origin;
};

class TriggerLexicon {
 public:
  // Loads triggers.tsv, cues.tsv, grammar.tsv, occupations.tsv and word_kinds.tsv from data_dir/coder; checks every
  // CAMEO code against `ontology`; adds every generated form to `words` so that clitics are split off them.
  // A generated form that is a number word of data_dir/text/numbers.tsv is left out: a number is
  // never a verb form (أثنى "praised" would give أثنين, read as اثنين "two").
  Status Load(const std::string& data_dir, const Ontology& ontology, WordSet* words);

  const PhraseMatcher& triggers() const { return triggers_; }
  const PhraseMatcher& cues() const { return cues_; }
  const TriggerRecord& trigger(uint32_t i) const { return records_[i]; }
  const CueRecord& cue(uint32_t i) const { return cue_records_[i]; }
  size_t trigger_count() const { return records_.size(); }
  size_t cue_count() const { return cue_records_.size(); }
  // The kind of a single grammar word (bare matching form), from grammar.tsv; kNone for most words.
  GrammarWord grammar_word(std::string_view bare) const { return grammar_word(bare, FlatStringIndex::Hash(bare)); }
  // The same for a word whose hash (FlatStringIndex::Hash) is known: asked of every token of a clause.
  GrammarWord grammar_word(std::string_view bare, uint64_t hash) const {
    // Nearly every word is none: a bit per value of the hash's top bits answers most without a probe.
    if (!((grammar_filter_[hash >> 58] >> ((hash >> 52) & 63)) & 1)) return GrammarWord::kNone;
    uint32_t id = grammar_words_.Find(bare, hash);
    return id == FlatStringIndex::kNone ? GrammarWord::kNone : grammar_word_kinds_[id];
  }
  // The coder's single words by kind (word_kinds.tsv; CoderWordKind bits).
  const WordKinds& word_kinds() const { return word_kinds_; }
  // Parts of a word that, right after a kCentury word, make the pair a region, not a period (القرن
  // الأفريقي: the Horn of Africa); matched anywhere in that word's bare form.
  const std::vector<std::string>& not_century() const { return not_century_; }
  // Whether `word` (normalized) is a first word of a crowd_headline line (آلاف، المئات، حشود): a dozen, searched in
  // order.
  bool IsCrowdHeadlineWord(std::string_view word) const {
    return std::find(crowd_headline_words_.begin(), crowd_headline_words_.end(), word) != crowd_headline_words_.end();
  }
  // The state occupying the land of `state` (coder/occupations.tsv: an ISO3 code), or "" for a land no other holds.
  std::string_view OccupierOf(std::string_view state) const {
    for (const auto& [occupied, occupier] : occupiers_) {
      if (occupied == state) return occupier;
    }
    return {};
  }

  // The inflected forms generated for a verb stem (matching form). Exposed for tests.
  static std::vector<std::string> PastForms(std::string_view past);
  // without_ta: no 3rd person feminine singular (تحرر), for a present written =يحرر in triggers.tsv
  // whose تـ form is also a Form V verb or its verbal noun (تحرر المدينة "the city's liberation"): the
  // loader files that form under a record of its own, marked form_v_ta.
  static std::vector<std::string> PresentForms(std::string_view present, bool without_ta = false);
  // The jussive of a weak present (matching form), whose singular persons (يـ، تـ، نـ) lose a long vowel
  // after لم: a final one (يلتقي -> يلتق، يدعو -> يدع) or, in a hollow verb, the middle one (يزور -> يزر،
  // يدين -> يدن، يختار -> يختر، يستقيل -> يستقل), where `hollow` says the verb's past shows it hollow (زار،
  // أدان: ا before the last letter; يؤيد of أيد is not). Empty for a sound or doubled verb, whose jussive
  // is spelt as its present.
  static std::vector<std::string> JussiveForms(std::string_view present, bool hollow);
  static std::vector<std::string> DualForms(std::string_view noun);
  // The indefinite accusative written with alif (اعتصاما), or "" for a noun that takes none: one
  // ending in ة، ى، ي، ا، ء or a sound plural (غارةً، قتلى، اعتداءً، هجماتٍ).
  static std::string AccusativeForm(std::string_view noun);

 private:
  Status LoadTriggers(const std::string& path, const std::string& label, const Ontology& ontology,
                      const NumberWords& numbers, WordSet* words);
  Status LoadCues(const std::string& path, const std::string& label, bool grammar, const NumberWords& numbers,
                  WordSet* words);
  void AddTriggerForm(const std::vector<std::string>& words, uint32_t record, WordSet* ws, uint8_t cls);
  Status LoadOccupations(const std::string& path);

  PhraseMatcher triggers_;
  PhraseMatcher cues_;
  std::vector<TriggerRecord> records_;
  std::vector<CueRecord> cue_records_;
  FlatStringIndex grammar_words_;            // bare forms; ids index grammar_word_kinds_
  std::array<uint64_t, 64> grammar_filter_{};  // bit (hash >> 52) set for the hash of every grammar word
  std::vector<GrammarWord> grammar_word_kinds_;
  std::vector<std::string> not_century_;
  WordKinds word_kinds_;
  std::vector<std::string> crowd_headline_words_;
  std::vector<std::pair<std::string, std::string>> occupiers_;  // (occupied, occupier): a line or two, searched in order
};

}  // namespace rasad

#endif  // RASAD_CODER_TRIGGER_LEXICON_H_
