# Tests of the export formats (included from tests/CMakeLists.txt).
