// `rasad lexicon check` on the word lists and grammar files: each row writes one small bad file into
// an otherwise clean data directory and names a problem the check must report (file:line: message).
// The shipped dictionaries' own check is LexiconTest.DictionariesHaveNoErrors (lexicon_test.cc).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "coder/coder_kinds.h"
#include "lexicon/lexicon_check.h"
#include "lexicon/lexicon_kinds.h"

namespace rasad {
namespace {

// A data directory with just enough clean files for the checks of the word lists and grammar files
// (and the coder's loader, run at the end of the check) to have nothing to say.
class CheckDir {
 public:
  CheckDir() : dir_(::testing::TempDir() + "/rasad_lexicon_check_words_" + std::to_string(getpid())) {
    std::filesystem::remove_all(dir_);
    Write("lexicon/places/iso2_to_iso3.tsv", "LY\tLBY\n");
    Write("lexicon/sectors.tsv", "GOV\tgovernment\n");
    Write("lexicon/countries.tsv", "LBY\tLibya\tليبيا\tليبي\n");
    Write("lexicon/people.tsv", "");
    Write("lexicon/agents.tsv", "");
    Write("lexicon/places/curated.tsv", "");
    Write("ontology/cameo.tsv", "190\tASSAULT\t\t4\t-10\tUse force\n");
    Write("coder/triggers.tsv", "190\tverb\tهاجم\n");
    Write("coder/occupations.tsv", "PSE\tISR\n");
    Write("text/numbers.tsv", "ثلاثة\t3\tunit\n");
    Write("lexicon/word_kinds.tsv", "# words\tkind\tnotes\nمنطقة|مدينة\tplace_noun\nفي|قرب\tlocative\n");
    Write("lexicon/mission_words.tsv", "# words\tkind\tnotes\nسفارة|سفير|قنصلية\tmission\tembassy\n");
    Write("coder/word_kinds.tsv", "عدد|عناصر\tpart_noun\nفي\tmeans\nفي\tafter_passive\nأنه|بأنه\tthat\n");
    Write("coder/cues.tsv", "لم\tnegation\tnext\n+ألغى\tnegation\tobject\n");
    Write("coder/grammar.tsv",
          "مثل\tinclusion\tclause\n+شهد\toccurrence\tnext\n+توفي\tdeath\tnext\nسابق\tformer\tclause\n"
          "الماضي\tpast\tclause\nالأفريقي\tnot_century\n");
  }
  ~CheckDir() { std::filesystem::remove_all(dir_); }

  void Write(const std::string& rel, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(dir_ + "/" + rel).parent_path());
    std::ofstream(dir_ + "/" + rel, std::ios::trunc) << text;
  }

  void Remove(const std::string& rel) { std::filesystem::remove(dir_ + "/" + rel); }

  // Every problem as "error|warning where: message".
  std::vector<std::string> Problems() const {
    std::vector<std::string> out;
    for (const LexiconProblem& p : CheckLexicon(dir_)) {
      out.push_back(std::string(p.error ? "error " : "warning ") + p.where + ": " + p.message);
    }
    return out;
  }

 private:
  std::string dir_;
};

TEST(LexiconCheckTest, CleanWordListsGiveNoProblem) {
  CheckDir dir;
  for (const std::string& p : dir.Problems()) {
    bool ours = p.find("word_kinds.tsv") != std::string::npos || p.find("mission_words.tsv") != std::string::npos ||
                p.find("coder/") != std::string::npos;
    EXPECT_FALSE(ours) << p;
  }
}

struct BadFile {
  const char* file;
  const char* lines;
  const char* problem;  // the start of one reported problem
};

const BadFile kBadFiles[] = {
    // Malformed rows.
    // (lex41 added garment and vehicle, places52 foreign_name, lead58 so_called, arg16b named_site, det18a qualifying
    // and caption.)
    {"lexicon/word_kinds.tsv", "في\tlocative\nقرية\tvillage\n",
     "error lexicon/word_kinds.tsv:2: unknown kind 'village' (expected place_noun, loyal, locative, belonging, organisation_head, "
     "armed_group_head, garment, vehicle, foreign_name, so_called, named_site, qualifying, caption, name_particle, "
     "prayer)"},
    {"lexicon/word_kinds.tsv", "في\n", "error lexicon/word_kinds.tsv:1: expected words, kind, notes"},
    {"lexicon/word_kinds.tsv", "في\tlocative\nشمال غرب\tlocative\n",
     "error lexicon/word_kinds.tsv:2: 'شمال غرب' is not one word"},
    {"coder/word_kinds.tsv", "عدد\tcount\n", "error coder/word_kinds.tsv:1: unknown kind 'count' (expected part_noun,"},
    // Duplicates: a line written twice; two spellings of one matching form (ة and ه fold alike).
    {"coder/word_kinds.tsv", "عدد\tpart_noun\nعدد\tpart_noun\n", "warning coder/word_kinds.tsv:2: duplicate of line 1"},
    {"coder/word_kinds.tsv", "قوة\tpart_noun\nعناصر|قوه\tpart_noun\n",
     "error coder/word_kinds.tsv:2: 'قوه' is listed twice as part_noun (as 'قوة' on line 1, the same matching form)"},
    // Words are listed by the bare form a token is looked up by: اليوم and يوم are one entry.
    {"coder/word_kinds.tsv", "اليوم\tafter_passive\nيوم\tafter_passive\n",
     "error coder/word_kinds.tsv:2: 'يوم' is listed twice as after_passive (as 'اليوم' on line 1, the same matching form)"},
    // cues.tsv: its own kinds only, and the scopes of the header.
    {"coder/cues.tsv", "لم\tdenial\tnext\n", "error coder/cues.tsv:1: unknown kind 'denial' (expected negation,"},
    {"coder/cues.tsv", "مثل\tinclusion\tclause\n", "error coder/cues.tsv:1: unknown kind 'inclusion'"},
    {"coder/cues.tsv", "لم\tnegation\tparagraph\n",
     "error coder/cues.tsv:1: scope 'paragraph' is not word, next, clause, sentence, before, object"},
    {"coder/cues.tsv", "لم\n", "error coder/cues.tsv:1: expected phrase, kind, scope, notes"},
    // A role after the kind's colon: one of the roles (session 54), and none on a kind of single words.
    {"coder/cues.tsv", "+فشل\tnegation:failure\tobject\n",
     "error coder/cues.tsv:1: unknown role 'failure' (expected failing, agreeing, ordering, participation, success, habitual)"},
    {"coder/cues.tsv", "+فشل\tdenial:failing\tobject\n", "error coder/cues.tsv:1: unknown kind 'denial'"},
    {"coder/grammar.tsv", "قرن\tcentury:success\tclause\n",
     "error coder/grammar.tsv:1: kind century lists single words and takes no role"},
    // grammar.tsv: phrases.
    {"coder/grammar.tsv", "مثل\tinclude\tclause\n", "error coder/grammar.tsv:1: unknown kind 'include'"},
    // A kind of cues.tsv only (the loader reads history and recap there alone).
    {"coder/grammar.tsv", "الحرب العالمية الثانية\thistory\tclause\n", "error coder/grammar.tsv:1: unknown kind 'history'"},
    {"coder/grammar.tsv", "تلقى\treceive\tclause\nتلقي\treceive\tclause\n",
     "warning coder/grammar.tsv:2: 'تلقي' is listed again as receive (as 'تلقى' on line 1, the same matching form)"},
    {"coder/grammar.tsv", "+يموت\tdeath\tnext\n",
     "warning coder/grammar.tsv:1: '+يموت' generates present forms, but kind death is read in the past only"},
    // grammar.tsv: single words, one word each, one kind each (by their bare form), no + forms.
    {"coder/grammar.tsv", "شمال غرب\tat\tclause\n",
     "error coder/grammar.tsv:1: a word of kind 'at' must be one word: 'شمال غرب'"},
    {"coder/grammar.tsv", "الماضي\tpast\tclause\nماضي\tmonth\tclause\n",
     "error coder/grammar.tsv:2: 'ماضي' is listed twice as a single grammar word (as 'الماضي', past, on line 1)"},
    {"coder/grammar.tsv", "+عهد\tera\tclause\n", "warning coder/grammar.tsv:1: '+عهد' can never match"},
    // mission_words.tsv: one kind, mission; one word per entry, each once.
    {"lexicon/mission_words.tsv", "سفارة\tmission\nقنصلية\tembassy\n",
     "error lexicon/mission_words.tsv:2: unknown kind 'embassy' (expected mission)"},
    {"lexicon/mission_words.tsv", "سفارة\n", "error lexicon/mission_words.tsv:1: expected words, kind, notes"},
    {"lexicon/mission_words.tsv", "سفارة|السفارة\tmission\n",
     "error lexicon/mission_words.tsv:1: 'السفارة' is listed twice as mission"},
    {"lexicon/mission_words.tsv", "سفارة عامة\tmission\n", "error lexicon/mission_words.tsv:1: 'سفارة عامة' is not one word"},
};

TEST(LexiconCheckTest, BadLinesAreReportedWithFileAndLine) {
  for (const BadFile& x : kBadFiles) {
    CheckDir dir;
    dir.Write(x.file, x.lines);
    std::vector<std::string> got = dir.Problems();
    bool found = std::any_of(got.begin(), got.end(), [&](const std::string& p) { return p.starts_with(x.problem); });
    std::string all;
    for (const std::string& p : got) all += "\n  " + p;
    EXPECT_TRUE(found) << "missing: " << x.problem << "\ngot:" << all;
  }
}

// Every kind the tables of coder_kinds.h and lexicon_kinds.h name, written in a file that may name it, passes
// both the check and the loaders it runs: the two read one table, so neither can lag behind the other.
TEST(LexiconCheckTest, EveryKindOfTheTablesIsAccepted) {
  CheckDir dir;
  std::string coder_words, lexicon_words, cues, grammar;
  for (const WordKinds::Kind& k : CoderWordKinds()) coder_words += "عدد\t" + std::string(k.name) + "\n";
  for (const WordKinds::Kind& k : LexiconWordKinds()) lexicon_words += "منطقة\t" + std::string(k.name) + "\n";
  for (const CueKindName& k : CueKindNames()) {
    std::string line = "مثل\t" + std::string(k.name) + "\tclause\n";
    if (k.file != CueKindName::File::kGrammar) cues += line;
    if (k.file != CueKindName::File::kCues) grammar += line;
  }
  // Every role, after a kind of both files.
  for (const CueRoleName& r : CueRoleNames()) {
    std::string line = "+فشل\tintended:" + std::string(r.name) + "\tobject\n";
    cues += line;
    grammar += line;
  }
  // One single word per grammar word kind (each word is listed once).
  const char* kWords[] = {"عقد", "قرن", "عصر", "سابق", "الأفريقي", "شهر", "الماضي", "مرجع", "حصيلة", "مطالب", "رافض",
                          "مستهدف", "عند", "نحو", "تهمة", "ظرف", "احتجاجا", "منشأة", "رواية", "إطار", "نصرة",
                          "زال", "فيلم", "وسيلة", "مسؤولية", "انتقاما",
                          "مسؤول", "يسعى", "جنازة", "يشغل", "انتخابات", "ساحة"};
  ASSERT_EQ(std::size(kWords), GrammarWordNames().size());
  for (size_t i = 0; i < std::size(kWords); ++i) {
    grammar += std::string(kWords[i]) + "\t" + std::string(GrammarWordNames()[i].name) + "\n";
  }
  dir.Write("coder/word_kinds.tsv", coder_words);
  dir.Write("lexicon/word_kinds.tsv", lexicon_words);
  dir.Write("coder/cues.tsv", cues);
  dir.Write("coder/grammar.tsv", grammar);
  for (const std::string& p : dir.Problems()) {
    EXPECT_EQ(p.find("unknown kind"), std::string::npos) << p;
    EXPECT_EQ(p.find("error coder/"), std::string::npos) << p;
  }
}

TEST(LexiconCheckTest, MissingGrammarFileIsReported) {
  CheckDir dir;
  dir.Remove("coder/grammar.tsv");
  std::vector<std::string> got = dir.Problems();
  EXPECT_NE(std::find(got.begin(), got.end(), "error coder/grammar.tsv: cannot open"), got.end());
}

}  // namespace
}  // namespace rasad
