#!/usr/bin/env bash
# After `promisehub build`: adds the search index (Pagefind) under pagefind/, when Pagefind is
# installed. (The web editor's script, Decap CMS, is copied into admin/ by the build itself.)
# Usage: scripts/post-build.sh OUT_DIR      (e.g. scripts/post-build.sh public)
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: scripts/post-build.sh OUT_DIR   (the folder promisehub build wrote, e.g. public)" >&2
  exit 2
fi
out=$1
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ ! -f "$out/index.html" ]]; then
  echo "post-build: $out/index.html not found; run promisehub build first" >&2
  exit 1
fi

# Pagefind: the search page works without it, and says so. It indexes what readers look for:
# the home page, pages (one folder down: help, glossary, what to expect, your own pages), every
# update, plan and promise, in any language's folder too. Not the lists and filter pages
# (updates/page/N/, plans/P/status/S/ …): their words are the updates' and promises' again.
pages='{index.html,*/index.html,**/updates/*/index.html,**/plans/*/index.html,**/plans/*/*/index.html}'
pagefind="$root/node_modules/.bin/pagefind"
if [[ -x "$pagefind" ]]; then
  "$pagefind" --site "$out" --output-subdir pagefind --silent --glob "$pages"
else
  echo "post-build: Pagefind is not installed; the search page will offer the plan pages instead" >&2
fi
