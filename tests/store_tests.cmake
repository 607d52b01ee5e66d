# Tests of the store and ingest (included from tests/CMakeLists.txt).
rasad_add_test(store_test store/store_test.cc)

# Crash consistency: kills `rasad ingest` with SIGKILL mid-run and checks the store, then re-runs.
if(TARGET rasad)
  rasad_add_test(ingest_crash_test cli/ingest_crash_test.cc)
  target_compile_definitions(ingest_crash_test PRIVATE RASAD_CLI="$<TARGET_FILE:rasad>")
  add_dependencies(ingest_crash_test rasad)
endif()
