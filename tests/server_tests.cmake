# Tests of the HTTP server (included from tests/CMakeLists.txt).

# The API against a real server on an ephemeral port (fast tier).
rasad_add_test(server_api_test server/api_test.cc LABELS server)

# The dashboard in headless chromium against `rasad serve` (tests/server/e2e_dashboard.sh). Skipped
# (exit 77) without ../shared, /usr/bin/chromium, node, web/dist or web/node_modules; run it alone
# with `ctest --test-dir build -L e2e`.
if(TARGET rasad)
  add_test(NAME server_e2e_dashboard
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/server/e2e_dashboard.sh $<TARGET_FILE:rasad>
                   ${CMAKE_BINARY_DIR}/e2e-artifacts)
  set_tests_properties(server_e2e_dashboard PROPERTIES LABELS "e2e" SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
