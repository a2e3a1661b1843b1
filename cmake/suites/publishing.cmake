# Publishing: the site as Netlify serves it (netlify-cli with netlify.toml, offline) checked with
# real HTTP requests and in Chromium. The fixture builds the example site with one
# `promisehub build` (search index and editor included), as a deploy does. The GoogleTest parts (serve, new, the editor's
# config) are in promisehub_tests.
find_program(PROMISEHUB_NODE node)
if(NOT PROMISEHUB_NODE)
  message(STATUS "node not found: the publishing suites are not registered (apt-get install nodejs)")
  return()
endif()

set(PROMISEHUB_PUBLISHING_SITE ${CMAKE_BINARY_DIR}/site-publishing)
set(PROMISEHUB_PUBLISHING_ENV
    PROMISEHUB_PUBLISHING_SITE=${PROMISEHUB_PUBLISHING_SITE}
    PROMISEHUB_SOURCE_DIR=${CMAKE_SOURCE_DIR}
    PROMISEHUB_BINARY=$<TARGET_FILE:promisehub>)

add_test(NAME publishing_build_site
         COMMAND $<TARGET_FILE:promisehub> build --site ${CMAKE_SOURCE_DIR}
                 --out ${PROMISEHUB_PUBLISHING_SITE} --now 2026-11-23)
set_tests_properties(publishing_build_site PROPERTIES FIXTURES_SETUP publishing_site TIMEOUT 120)

function(promisehub_add_publishing_test name file timeout)
  add_test(NAME ${name}
           COMMAND ${PROMISEHUB_NODE} --test ${CMAKE_SOURCE_DIR}/tests/publishing/${file}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES
    FIXTURES_REQUIRED publishing_site
    ENVIRONMENT "${PROMISEHUB_PUBLISHING_ENV}"
    TIMEOUT ${timeout}
    LABELS publishing)
endfunction()

promisehub_add_publishing_test(publishing_netlify_headers netlify_headers.test.js 180)
if(PROMISEHUB_BROWSER_TESTS)
  promisehub_add_publishing_test(publishing_csp_in_chromium csp_browser.test.js 300)
  # The real editor against the local files (promisehub serve + decap-server on its fixed port).
  promisehub_add_publishing_test(publishing_local_editor local_editor.test.js 180)
  set_tests_properties(publishing_local_editor PROPERTIES RESOURCE_LOCK decap_server_port_8081)
  # The same, on a hub with organisations and Gaelic: each organisation's updates, translations.
  promisehub_add_publishing_test(publishing_editor_organisations_translations
                                 editor_organisations_translations.test.js 240)
  set_tests_properties(publishing_editor_organisations_translations PROPERTIES
                       RESOURCE_LOCK decap_server_port_8081)
endif()
