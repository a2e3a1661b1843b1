# Browser suites: the example site in headless Chromium (axe-core, quick exit, keyboard, touch
# targets, search, look and screenshots) and the Nu HTML Checker. They need Node.js, Java,
# Chromium and the npm packages at the repository root (`npm ci`).
#
# This file is also run as a script (cmake -P) by the fixture test `browser.site`, which builds
# the example site into the build folder with one `promisehub build`, search index included.

if(CMAKE_SCRIPT_MODE_FILE)
  # ---- Fixture: build the site under test -----------------------------------------------------
  set(pagefind ${SOURCE_DIR}/node_modules/pagefind/lib/index.js)
  if(NOT EXISTS ${pagefind} OR NOT EXISTS ${SOURCE_DIR}/node_modules/playwright-core)
    message(FATAL_ERROR "The browser tests need the npm packages: run `npm ci` in ${SOURCE_DIR} "
                        "(or configure with -DPROMISEHUB_BROWSER_TESTS=OFF)")
  endif()
  if(NOT SITE_SOURCE)
    set(SITE_SOURCE ${SOURCE_DIR})  # the example site; -DSITE_SOURCE= chooses another hub
  endif()
  file(REMOVE_RECURSE ${SITE_DIR})
  execute_process(COMMAND ${PROMISEHUB} build --site ${SITE_SOURCE} --out ${SITE_DIR} --now 2026-11-23
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "promisehub build failed (exit ${rc}): ${err}")
  endif()
  if(NOT EXISTS ${SITE_DIR}/pagefind/pagefind-entry.json)
    message(FATAL_ERROR "promisehub build made no search index in ${SITE_DIR}: ${err}")
  endif()
  return()
endif()

if(NOT PROMISEHUB_BROWSER_TESTS)
  return()
endif()

find_program(PROMISEHUB_NODE NAMES node nodejs)
find_program(PROMISEHUB_JAVA NAMES java)
find_program(PROMISEHUB_CHROMIUM NAMES chromium chromium-browser google-chrome)
promisehub_require(PROMISEHUB_NODE "Node.js (for the browser tests)" "nodejs npm")
promisehub_require(PROMISEHUB_JAVA "Java (for the Nu HTML Checker)" default-jre-headless)
promisehub_require(PROMISEHUB_CHROMIUM "Chromium (for the browser tests)" chromium)

set(PROMISEHUB_SITE_UNDER_TEST ${CMAKE_BINARY_DIR}/site-under-test)

add_test(NAME browser.site
         COMMAND ${CMAKE_COMMAND} -DPROMISEHUB=$<TARGET_FILE:promisehub> -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
                 -DSITE_DIR=${PROMISEHUB_SITE_UNDER_TEST} -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(browser.site PROPERTIES FIXTURES_SETUP promisehub_site_under_test TIMEOUT 180
                                             LABELS browser)

# One CTest test per file, so a failure names the area, and `ctest -j` can run them side by side.
# Seconds, generous for a busy 2-core machine; each takes well under a minute when it is quiet.
set(browser_suites accessibility 300 quick-exit 120 keyboard 120 touch-targets 180 search 120
                   look 120 html-validity 180 reader 180 listen 120)
while(browser_suites)
  list(POP_FRONT browser_suites suite timeout)
  add_test(NAME browser.${suite}
           COMMAND ${PROMISEHUB_NODE} --test tests/browser/${suite}.test.js
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(browser.${suite} PROPERTIES
    FIXTURES_REQUIRED promisehub_site_under_test
    ENVIRONMENT "PROMISEHUB_SITE_DIR=${PROMISEHUB_SITE_UNDER_TEST};PROMISEHUB_CHROMIUM=${PROMISEHUB_CHROMIUM}"
    TIMEOUT ${timeout}
    LABELS browser)
endwhile()

# The second example hub (examples/scotland: many organisations, spec §11) under the suites that
# judge every page (axe at 320 px, no requests off the site, touch targets, Nu checker), the
# quick exit, and national.test.js for its own pages (the tile map, filters without JavaScript,
# forced colours).
set(PROMISEHUB_SCOTLAND_UNDER_TEST ${CMAKE_BINARY_DIR}/scotland-under-test)
add_test(NAME browser.scotland.site
         COMMAND ${CMAKE_COMMAND} -DPROMISEHUB=$<TARGET_FILE:promisehub> -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
                 -DSITE_SOURCE=${CMAKE_SOURCE_DIR}/examples/scotland
                 -DSITE_DIR=${PROMISEHUB_SCOTLAND_UNDER_TEST} -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(browser.scotland.site PROPERTIES FIXTURES_SETUP promisehub_scotland_under_test
                                                      TIMEOUT 180 LABELS browser)
set(scotland_suites accessibility 400 quick-exit 120 touch-targets 240 html-validity 240
                    national 180)
while(scotland_suites)
  list(POP_FRONT scotland_suites suite timeout)
  add_test(NAME browser.scotland.${suite}
           COMMAND ${PROMISEHUB_NODE} --test tests/browser/${suite}.test.js
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(browser.scotland.${suite} PROPERTIES
    FIXTURES_REQUIRED promisehub_scotland_under_test
    ENVIRONMENT "PROMISEHUB_SITE_DIR=${PROMISEHUB_SCOTLAND_UNDER_TEST};PROMISEHUB_CHROMIUM=${PROMISEHUB_CHROMIUM}"
    TIMEOUT ${timeout}
    LABELS browser)
endwhile()

# serve's problems panel in a real browser: on screen after a broken save, cleared by a fix.
add_test(NAME browser.serve-errors
         COMMAND ${PROMISEHUB_NODE} --test tests/browser/serve-errors.test.js
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(browser.serve-errors PROPERTIES
  ENVIRONMENT "PROMISEHUB_BINARY=$<TARGET_FILE:promisehub>;PROMISEHUB_CHROMIUM=${PROMISEHUB_CHROMIUM}"
  TIMEOUT 180
  LABELS browser)

# serve's search in a real browser: an edited title is found by the preview's search.
add_test(NAME browser.serve-search
         COMMAND ${PROMISEHUB_NODE} --test tests/browser/serve-search.test.js
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(browser.serve-search PROPERTIES
  ENVIRONMENT "PROMISEHUB_BINARY=$<TARGET_FILE:promisehub>;PROMISEHUB_CHROMIUM=${PROMISEHUB_CHROMIUM}"
  TIMEOUT 180
  LABELS browser)

# Lighthouse (issue 17): performance, accessibility, best practices and SEO on each kind of page,
# the example site's and the Scotland hub's own (organisations and areas). Its performance score
# measures time, so it runs alone, not beside the other suites on the same cores.
set(lighthouse_runs browser.lighthouse ${PROMISEHUB_SITE_UNDER_TEST} promisehub_site_under_test
                    browser.scotland.lighthouse ${PROMISEHUB_SCOTLAND_UNDER_TEST}
                    promisehub_scotland_under_test)
while(lighthouse_runs)
  list(POP_FRONT lighthouse_runs name site fixture)
  add_test(NAME ${name}
           COMMAND ${PROMISEHUB_NODE} --test tests/browser/lighthouse.test.js
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES
    FIXTURES_REQUIRED ${fixture}
    ENVIRONMENT "PROMISEHUB_SITE_DIR=${site};PROMISEHUB_CHROMIUM=${PROMISEHUB_CHROMIUM}"
    RUN_SERIAL TRUE
    TIMEOUT 300
    LABELS "browser;lighthouse")
endwhile()
