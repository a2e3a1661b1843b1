#!/usr/bin/env bash
# What CI does with every change (.github/workflows/site.yml), for a person to run by hand:
#   1. install what is missing (scripts/setup.sh) and compile promisehub;
#   2. `promisehub check --strict`: any error or warning stops here, and nothing is deployed;
#   3. build the site into public/ for today (the site's time zone), with its search index;
#   4. the fast tests (everything but the browser, sanitizer, fuzz and benchmark suites);
#   5. deploy with netlify-cli, when asked: a preview (its address is printed, and written to
#      $GITHUB_OUTPUT as preview_url under GitHub Actions) or the live site.
#
# Usage: scripts/ci-site.sh [--deploy none|preview|production] [--alias NAME]
#   --deploy none        (default) check, build and test only
#   --deploy preview     upload public/ as a Netlify deploy preview (draft URL), e.g. for a pull
#                        request; without NETLIFY_AUTH_TOKEN and NETLIFY_SITE_ID it says so and
#                        skips the upload (pull requests from forks get no secrets)
#   --deploy production  upload public/ to the live site; without the secrets this fails
#   --alias NAME         the preview's name (pr-12 gives https://pr-12--<site>.netlify.app)
# The check's findings are also kept in build/ci/check.txt, for CI to show on the pull request.
set -euo pipefail
cd "$(dirname "$0")/.."

deploy=none
alias_name=
while (($#)); do
  case $1 in
    --deploy) deploy=${2:-}; shift 2 ;;
    --alias) alias_name=${2:-}; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ci-site: unknown option $1 (see scripts/ci-site.sh --help)" >&2; exit 2 ;;
  esac
done
case $deploy in
  none | preview | production) ;;
  *) echo "ci-site: --deploy takes none, preview or production, not '$deploy'" >&2; exit 2 ;;
esac

step() { printf '\n== %s\n' "$*"; }

step "Install what is missing, and compile"
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROMISEHUB_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"

step "Check the content (check --strict: any warning stops the deploy)"
mkdir -p build/ci
set +e
./build/promisehub check --site . --strict >build/ci/check.txt 2>&1
status=$?
set -e
cat build/ci/check.txt
if ((status != 0)); then
  echo "ci-site: check found problems (above, also in build/ci/check.txt): nothing was deployed." >&2
  echo "ci-site: fix each one at the file, line and column it names, then push again." >&2
  exit "$status"
fi

step "Build the site into public/"
./build/promisehub build --site . --out public

step "Fast tests"
(cd build && ctest -j"$(nproc)" --output-on-failure \
  -E "browser|publishing|sanitizers|fuzz|bench|lighthouse|local_editor")

if [[ $deploy == none ]]; then
  echo "ci-site: checked, built and tested; not deployed (use --deploy preview or production)."
  exit 0
fi

step "Deploy ($deploy)"
if [[ -z ${NETLIFY_AUTH_TOKEN:-} || -z ${NETLIFY_SITE_ID:-} ]]; then
  msg="NETLIFY_AUTH_TOKEN and NETLIFY_SITE_ID are not set, so nothing was uploaded to Netlify. Add them as the repository's secrets (docs/publishing.md, Set up once, step 4)."
  if [[ $deploy == production ]]; then
    echo "ci-site: $msg" >&2
    exit 1
  fi
  echo "ci-site: no deploy preview: $msg"
  [[ -n ${GITHUB_OUTPUT:-} ]] && echo "preview_skipped=$msg" >>"$GITHUB_OUTPUT"
  exit 0
fi

netlify=node_modules/.bin/netlify
if [[ $deploy == production ]]; then
  "$netlify" deploy --prod --dir public --message "$(git log -1 --format='%h %s' 2>/dev/null || echo build)"
  exit 0
fi
args=(deploy --dir public --json)
[[ -n $alias_name ]] && args+=(--alias "$alias_name")
"$netlify" "${args[@]}" >build/ci/deploy.json
url=$(node -e 'const d = require(process.argv[1]); console.log(d.deploy_url || "")' \
  "$PWD/build/ci/deploy.json")
if [[ -z $url ]]; then
  echo "ci-site: netlify deploy gave no address; its answer is in build/ci/deploy.json" >&2
  exit 1
fi
echo "ci-site: deploy preview at $url"
[[ -n ${GITHUB_OUTPUT:-} ]] && echo "preview_url=$url" >>"$GITHUB_OUTPUT"
exit 0
