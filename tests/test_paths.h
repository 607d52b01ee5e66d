// Where the tests find the files of this checkout: the repository root, ../shared beside it,
// rasad's dictionaries and hunspell-ar's dictionary. Every test file sees this header (it is
// force-included by rasad_add_test in tests/CMakeLists.txt) and uses the four names below as
// C strings, e.g. std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/x.jsonl".
//
// The paths themselves are compiled into test_paths.cc alone. Test files then compile to the same
// object in every checkout of the repository, so a second checkout (a git worktree) takes them from
// the compiler cache instead of building them again.
#pragma once

namespace rasad::test_paths {

const char* SourceDir();    // the repository root; fixtures live in tests/fixtures/
const char* SharedDir();    // ../shared beside the repository (seed, GSR); it may be absent
const char* DataDir();      // rasad's dictionaries (the repository's data/)
const char* HunspellDic();  // hunspell-ar's dictionary; it may be absent

}  // namespace rasad::test_paths

#define RASAD_SOURCE_DIR (::rasad::test_paths::SourceDir())
#define RASAD_SHARED_DIR (::rasad::test_paths::SharedDir())
#define RASAD_DATA_DIR (::rasad::test_paths::DataDir())
#define RASAD_HUNSPELL_DIC (::rasad::test_paths::HunspellDic())
