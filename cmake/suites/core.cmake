# Command-line suites on the example content, and the benchmark smoke run.
# The example keeps an example address (promise.example.org), which check warns about: a council
# sets its own. Given an address of its own, the example content passes check --strict.
add_test(NAME example_content_passes_check_strict
         COMMAND bash -c "rm -rf '${CMAKE_BINARY_DIR}/example-check' && mkdir -p '${CMAKE_BINARY_DIR}/example-check' && cp -r '${CMAKE_SOURCE_DIR}/content' '${CMAKE_SOURCE_DIR}/themes' '${CMAKE_BINARY_DIR}/example-check/' && sed -i 's|^base_url:.*|base_url: https://www.midlothian.gov.uk/keep-the-promise/|' '${CMAKE_BINARY_DIR}/example-check/content/site.yaml' && '$<TARGET_FILE:promisehub>' check --strict --site '${CMAKE_BINARY_DIR}/example-check' --now 2026-11-23")
# As it is, check --strict refuses the example's placeholder address, and says what to do.
add_test(NAME example_address_fails_check_strict
         COMMAND promisehub check --strict --site ${CMAKE_SOURCE_DIR} --now 2026-11-23)
set_tests_properties(example_address_fails_check_strict PROPERTIES
  PASS_REGULAR_EXPRESSION "content/site.yaml:3:11: warning: `base_url` is an example address \\(promise.example.org\\)")
add_test(NAME cli_version COMMAND promisehub --version)
# `cmake --install` puts the program in the prefix's bin/ (on the PATH for /usr/local).
add_test(NAME install_puts_promisehub_in_bin
         COMMAND bash -c "rm -rf '${CMAKE_BINARY_DIR}/install-check' && '${CMAKE_COMMAND}' --install '${CMAKE_BINARY_DIR}' --prefix '${CMAKE_BINARY_DIR}/install-check' >/dev/null && '${CMAKE_BINARY_DIR}/install-check/bin/promisehub' --version")
set_tests_properties(install_puts_promisehub_in_bin PROPERTIES PASS_REGULAR_EXPRESSION "^promisehub [0-9]+\\.[0-9]+\\.[0-9]+")
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

# The second example hub (examples/scotland, spec §11): with a real-looking address it passes
# `check --strict`, and it builds.
add_test(NAME scotland_hub_passes_check_strict
         COMMAND bash -c "rm -rf '${CMAKE_BINARY_DIR}/scotland-check' && mkdir -p '${CMAKE_BINARY_DIR}/scotland-check' && cp -r '${CMAKE_SOURCE_DIR}/examples/scotland/content' '${CMAKE_SOURCE_DIR}/themes' '${CMAKE_BINARY_DIR}/scotland-check/' && sed -i 's|^base_url:.*|base_url: https://scotland.promisehub.scot/|' '${CMAKE_BINARY_DIR}/scotland-check/content/site.yaml' && '$<TARGET_FILE:promisehub>' check --strict --site '${CMAKE_BINARY_DIR}/scotland-check' --now 2026-11-23")
add_test(NAME scotland_hub_builds
         COMMAND promisehub build --site ${CMAKE_SOURCE_DIR}/examples/scotland
                 --out ${CMAKE_BINARY_DIR}/scotland-build --now 2026-11-23)
# Its Midlothian plan, updates, glossary and Language of Care are made from content/ (the one
# source) by scripts/sync-scotland-example.sh: this fails, with the differences, when they drift.
add_test(NAME scotland_hub_has_the_example_content
         COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/sync-scotland-example.sh --check)
