# Test suites beyond the GoogleTest binary, each in its own file, all registered with CTest.
file(GLOB PROMISEHUB_SUITE_FILES ${CMAKE_SOURCE_DIR}/cmake/suites/*.cmake)
list(SORT PROMISEHUB_SUITE_FILES)
foreach(suite ${PROMISEHUB_SUITE_FILES})
  include(${suite})
endforeach()
