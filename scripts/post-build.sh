#!/usr/bin/env bash
# After `promisehub build`: adds the files other tools make to the built site.
#   - the web editor's script (Decap CMS) under admin/, copied from node_modules (no CDN);
#   - the search index (Pagefind) under pagefind/, when Pagefind is installed.
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

# Decap CMS: decap-cms.js loads its other parts (NNN.decap-cms.js, *.wasm) from beside itself.
decap="$root/node_modules/decap-cms/dist"
if [[ -d "$out/admin" ]]; then
  if [[ -f "$decap/decap-cms.js" ]]; then
    shopt -s nullglob
    cp "$decap"/decap-cms.js "$decap"/decap-cms.js.LICENSE.txt "$decap"/[0-9]*.decap-cms.js \
      "$decap"/*.wasm "$out/admin/"
    shopt -u nullglob
  else
    echo "post-build: node_modules/decap-cms is missing, so /admin/ will not work;" \
      "run npm ci (or scripts/setup.sh) first" >&2
    exit 1
  fi
fi

# Pagefind: the search page works without it, and says so.
pagefind="$root/node_modules/.bin/pagefind"
if [[ -x "$pagefind" ]]; then
  "$pagefind" --site "$out" --output-subdir pagefind --silent
else
  echo "post-build: Pagefind is not installed; the search page will offer the plan pages instead" >&2
fi
