# The committed CI workflow and the script it runs: the workflow file is valid for GitHub Actions
# (action-validator, pinned in package-lock.json), and the script refuses what it does not know.
set(PROMISEHUB_ACTION_VALIDATOR ${CMAKE_SOURCE_DIR}/node_modules/.bin/action-validator)
add_test(NAME ci_workflow_is_valid
         COMMAND bash -c "if [ ! -x \"$1\" ]; then echo 'action-validator is not installed: run npm ci (or scripts/setup.sh)' >&2; exit 1; fi; for f in \"$2\"/.github/workflows/*.yml; do echo \"$f\"; \"$1\" \"$f\" || exit 1; done"
                 validate ${PROMISEHUB_ACTION_VALIDATOR} ${CMAKE_SOURCE_DIR})
add_test(NAME ci_site_script_parses COMMAND bash -n ${CMAKE_SOURCE_DIR}/scripts/ci-site.sh)
add_test(NAME ci_site_script_refuses_an_unknown_deploy
         COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/ci-site.sh --deploy live)
set_tests_properties(ci_site_script_refuses_an_unknown_deploy PROPERTIES
  PASS_REGULAR_EXPRESSION "ci-site: --deploy takes none, preview or production, not 'live'")
