# libFuzzer targets (fuzz/), and a CTest smoke run of them that works from the normal gcc build.
#
# With -DPROMISEHUB_FUZZ=ON and clang (CC=clang CXX=clang++), every fuzz/fuzz_*.cpp becomes a
# fuzzer (target promisehub_fuzzers builds them all), and the code they reach is built with
# coverage, AddressSanitizer and UBSan. In any other
# build, the test `fuzz.smoke` runs fuzz/run_fuzz_smoke.sh: it configures and builds
# ${CMAKE_BINARY_DIR}/fuzz-build with clang, then runs each fuzzer for PROMISEHUB_FUZZ_SECONDS
# (default 30) over a copy of its seed corpus in fuzz/corpus/<target>/. Any crash fails it.

file(GLOB PROMISEHUB_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/fuzz_*.cpp)

if(PROMISEHUB_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PROMISEHUB_FUZZ needs clang's libFuzzer: configure with CC=clang CXX=clang++ "
                        "(sudo apt-get install clang)")
  endif()
  # Coverage for the fuzzer, and the sanitizers, in every line it reaches.
  target_compile_options(promisehub_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                    -fno-sanitize-recover=undefined
                                                    -fno-omit-frame-pointer)
  target_link_options(promisehub_flags INTERFACE -fsanitize=address,undefined)
  # Only the stages the fuzzers reach (load, validate, model, Markdown, the glossary linker): a
  # quicker build, and one that does not depend on the rest compiling with this clang.
  file(GLOB PROMISEHUB_FUZZED_SOURCES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/src/core/*.cpp ${CMAKE_SOURCE_DIR}/src/load/*.cpp
       ${CMAKE_SOURCE_DIR}/src/validate/*.cpp ${CMAKE_SOURCE_DIR}/src/model/*.cpp
       ${CMAKE_SOURCE_DIR}/src/i18n/*.cpp)
  add_library(promisehub_fuzzed STATIC ${PROMISEHUB_FUZZED_SOURCES}
              ${CMAKE_SOURCE_DIR}/src/render/markdown.cpp ${CMAKE_SOURCE_DIR}/src/render/raw_html.cpp
              ${CMAKE_SOURCE_DIR}/src/render/html_text.cpp
              ${CMAKE_SOURCE_DIR}/src/render/glossary_linker.cpp)
  target_include_directories(promisehub_fuzzed PUBLIC ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(promisehub_fuzzed PUBLIC promisehub_flags yaml-cpp Boost::filesystem Threads::Threads
                                                 PkgConfig::CMARK_GFM ${CMARK_GFM_EXTENSIONS_LIB} ICU::i18n ICU::uc)
  add_custom_target(promisehub_fuzzers)
  foreach(source ${PROMISEHUB_FUZZ_SOURCES})
    get_filename_component(name ${source} NAME_WE)
    add_executable(${name} ${source})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests)
    target_link_libraries(${name} PRIVATE promisehub_fuzzed)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    add_dependencies(promisehub_fuzzers ${name})
  endforeach()
  return()
endif()

if(PROMISEHUB_SANITIZE)
  return()  # the sanitizer build (cmake/suites/sanitizers.cmake) runs the tests, not the fuzzers
endif()
option(PROMISEHUB_FUZZ_SMOKE "Register the fuzzing smoke run with CTest (needs clang)" ON)
if(NOT PROMISEHUB_FUZZ_SMOKE)
  return()
endif()

find_program(PROMISEHUB_BASH bash REQUIRED)
add_test(NAME fuzz.smoke
         COMMAND ${PROMISEHUB_BASH} ${CMAKE_SOURCE_DIR}/fuzz/run_fuzz_smoke.sh
                 ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/fuzz-build)
# Building the instrumented library takes a few minutes on 2 cores, then 9 fuzzers × 30 s.
set_tests_properties(fuzz.smoke PROPERTIES TIMEOUT 1800 LABELS fuzz)
