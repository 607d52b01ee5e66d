// The paths of tests/test_paths.h, given by tests/CMakeLists.txt as the compile definitions
// RASAD_*_PATH of this file only.
#include "test_paths.h"

namespace rasad::test_paths {

const char* SourceDir() { return RASAD_SOURCE_PATH; }
const char* SharedDir() { return RASAD_SHARED_PATH; }
const char* DataDir() { return RASAD_DATA_PATH; }
const char* HunspellDic() { return RASAD_HUNSPELL_PATH; }

}  // namespace rasad::test_paths
