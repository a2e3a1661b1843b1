# The unit and end-to-end tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
#
# The CTest test `sanitizers.asan_ubsan` configures and builds ${CMAKE_BINARY_DIR}/asan-build with
# -DPROMISEHUB_SANITIZE=ON (only promisehub and promisehub_tests), then runs every test of that
# promisehub_tests binary; the end-to-end tests in it run that build's promisehub too. Any
# sanitizer report, leak or failing test fails it; nothing is skipped.
#
# This file is also run as a script (cmake -P) by that test.

if(CMAKE_SCRIPT_MODE_FILE)
  function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "sanitizers: ${what} failed (${rc})")
    endif()
  endfunction()
  cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
  message(STATUS "Configuring ${BUILD_DIR}")
  run("configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -DCMAKE_BUILD_TYPE=RelWithDebInfo
      -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
      -DPROMISEHUB_SANITIZE=ON -DPROMISEHUB_BROWSER_TESTS=OFF -DPROMISEHUB_FUZZ=OFF
      -DPROMISEHUB_FUZZ_SMOKE=OFF -DPROMISEHUB_SANITIZER_SUITE=OFF)
  message(STATUS "Building promisehub and promisehub_tests with ASan and UBSan")
  run("build" ${CMAKE_COMMAND} --build ${BUILD_DIR} --target promisehub_tests -j ${cores})
  # detect_leaks: LeakSanitizer too. abort_on_error/halt_on_error: the first report fails the run.
  set(ENV{ASAN_OPTIONS} "detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1")
  set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1")
  message(STATUS "Running ${BUILD_DIR}/promisehub_tests")
  run("promisehub_tests" ${BUILD_DIR}/promisehub_tests --gtest_brief=1 WORKING_DIRECTORY ${SOURCE_DIR})
  return()
endif()

# No test of a sanitizer build from inside one (or from the fuzzing build).
if(PROMISEHUB_SANITIZE OR PROMISEHUB_FUZZ)
  return()
endif()
option(PROMISEHUB_SANITIZER_SUITE "Register the ASan/UBSan run of the tests with CTest" ON)
if(NOT PROMISEHUB_SANITIZER_SUITE)
  return()
endif()

add_test(NAME sanitizers.asan_ubsan
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DBUILD_DIR=${CMAKE_BINARY_DIR}/asan-build
                 -DC_COMPILER=${CMAKE_C_COMPILER} -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
                 -P ${CMAKE_CURRENT_LIST_FILE})
# A second full build (several minutes on 2 cores) and the whole suite, a few times slower.
set_tests_properties(sanitizers.asan_ubsan PROPERTIES TIMEOUT 2700 LABELS sanitizers)
