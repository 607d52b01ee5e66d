// The names the coder's data files give a word's or a cue's kind (data/README.md), with what each
// stands for. TriggerLexicon's loaders and `rasad check` (lexicon_check.cc) read these tables, so a
// kind is added in one place and both accept it.
#ifndef RASAD_CODER_CODER_KINDS_H_
#define RASAD_CODER_CODER_KINDS_H_

#include <span>
#include <string_view>
#include <utility>

#include "coder/trigger_lexicon.h"
#include "lexicon/word_kinds.h"

namespace rasad {

// coder/word_kinds.tsv's kinds and their bits (kPartNounWord ...).
std::span<const WordKinds::Kind> CoderWordKinds();

// A kind of cue: a phrase of cues.tsv or grammar.tsv.
struct CueKindName {
  enum class File : uint8_t { kBoth, kCues, kGrammar };  // the file(s) that may name it
  std::string_view name;
  CueKind kind;
  File file;
  bool happening = false;  // grammar.tsv's `happening`: an occurrence that is itself told as happening
  bool past_only = false;  // a verb of this kind is read in the past only: a +form in ي would be never met
};
// In the order `rasad check` lists them: the kinds of both files, cues.tsv's own, then grammar.tsv's.
std::span<const CueKindName> CueKindNames();

// A role a cue line may add to its kind after a colon (negation:failing).
struct CueRoleName {
  std::string_view name;
  CueRole role;
};
std::span<const CueRoleName> CueRoleNames();
// Splits a kind field, `kind` or `kind:role`, into its kind and role (empty when none is written).
std::pair<std::string_view, std::string_view> SplitCueRole(std::string_view field);

// grammar.tsv's single words, looked up by their bare form (`not_century` is GrammarWord::kNone).
struct GrammarWordName {
  std::string_view name;
  GrammarWord word;
};
std::span<const GrammarWordName> GrammarWordNames();

// A cue's scope (the third column).
struct CueScopeName {
  std::string_view name;
  CueScope scope;
};
std::span<const CueScopeName> CueScopeNames();

}  // namespace rasad

#endif  // RASAD_CODER_CODER_KINDS_H_
