# Tests of the store and ingest (included from tests/CMakeLists.txt).
