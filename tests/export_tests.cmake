# Tests of the export formats (included from tests/CMakeLists.txt).
rasad_add_test(export_test unit/export_test.cc)
