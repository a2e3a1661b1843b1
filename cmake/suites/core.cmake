# Command-line suites on the example content, and the benchmark smoke run.
add_test(NAME example_content_passes_check_strict
         COMMAND promisehub check --strict --site ${CMAKE_SOURCE_DIR} --now 2026-11-23)
add_test(NAME cli_version COMMAND promisehub --version)
set_tests_properties(cli_version PROPERTIES PASS_REGULAR_EXPRESSION "^promisehub [0-9]+\\.[0-9]+\\.[0-9]+")
add_test(NAME cli_unknown_option_is_an_error COMMAND promisehub build --colour red)
set_tests_properties(cli_unknown_option_is_an_error PROPERTIES WILL_FAIL TRUE)
add_test(NAME bench_smoke
         COMMAND bash ${CMAKE_SOURCE_DIR}/bench/run_bench.sh --smoke --updates 1000
                 --binary $<TARGET_FILE:promisehub>)
set_tests_properties(bench_smoke PROPERTIES TIMEOUT 900)
# The instant-rebuild benchmark on a copy of the example site (it edits a file).
add_test(NAME bench_incremental_smoke
         COMMAND bash -c "rm -rf '${CMAKE_BINARY_DIR}/bench-incremental' && mkdir -p '${CMAKE_BINARY_DIR}/bench-incremental' && cp -r '${CMAKE_SOURCE_DIR}/content' '${CMAKE_SOURCE_DIR}/themes' '${CMAKE_BINARY_DIR}/bench-incremental/' && '$<TARGET_FILE:promisehub_bench_incremental>' --site '${CMAKE_BINARY_DIR}/bench-incremental' --edits 3 --now 2026-11-23")
set_tests_properties(bench_incremental_smoke PROPERTIES PASS_REGULAR_EXPRESSION "edit one update, listing content/, median")
# Save-to-served through a real `serve` on a copy of the example site (no timing assertion).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME bench_serve_latency_smoke
           COMMAND bash -c "rm -rf '${CMAKE_BINARY_DIR}/bench-serve' && mkdir -p '${CMAKE_BINARY_DIR}/bench-serve' && cp -r '${CMAKE_SOURCE_DIR}/content' '${CMAKE_SOURCE_DIR}/themes' '${CMAKE_BINARY_DIR}/bench-serve/' && '${Python3_EXECUTABLE}' '${CMAKE_SOURCE_DIR}/bench/serve_latency.py' --binary '$<TARGET_FILE:promisehub>' --site '${CMAKE_BINARY_DIR}/bench-serve' --edits 3 --now 2026-11-23")
  set_tests_properties(bench_serve_latency_smoke PROPERTIES
                       PASS_REGULAR_EXPRESSION "edit one update, until served: median" TIMEOUT 300)
endif()
