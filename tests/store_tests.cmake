# Tests of the store and ingest (included from tests/CMakeLists.txt).
rasad_add_test(store_test store/store_test.cc)

# Crash consistency: kills `rasad ingest` with SIGKILL mid-run and checks the store, then re-runs.
if(TARGET rasad)
  rasad_add_test(ingest_crash_test cli/ingest_crash_test.cc)
  target_compile_definitions(ingest_crash_test PRIVATE RASAD_CLI="$<TARGET_FILE:rasad>")
  add_dependencies(ingest_crash_test rasad)
endif()

# `rasad ingest/query/export/stats/recode` end to end, each export format parsed back.
if(TARGET rasad)
  rasad_add_test(store_cli_test cli/store_cli_test.cc)
  target_compile_definitions(store_cli_test PRIVATE RASAD_CLI="$<TARGET_FILE:rasad>")
  add_dependencies(store_cli_test rasad)
endif()

# The derived data (free-text index, summary tables) against the events it is derived from.
rasad_add_test(store_derived_data_test store/derived_data_test.cc)

# `rasad index` and the refresh at the end of `rasad ingest`.
if(TARGET rasad)
  rasad_add_test(store_index_cli_test store/index_cli_test.cc)
  target_compile_definitions(store_index_cli_test PRIVATE RASAD_CLI="$<TARGET_FILE:rasad>")
  add_dependencies(store_index_cli_test rasad)
endif()
