#!/usr/bin/env bash
# The web editor's file server for one computer (decap-server, pinned in package-lock.json).
# It has no password, so it listens on this computer only (127.0.0.1), never on the office
# network. Run it from the site's folder (or pass the folder) beside `promisehub serve`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:-.}"
cd "$site"
export BIND_HOST=127.0.0.1 PORT="${PORT:-8081}" MODE="${MODE:-fs}"
exec "$repo/node_modules/.bin/decap-server"
