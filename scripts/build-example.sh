#!/usr/bin/env bash
# README command 1: set up, compile, and build the example site into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
./build/promisehub build --site . --out public "$@"
if [[ -x node_modules/.bin/pagefind ]]; then
  node_modules/.bin/pagefind --site public --output-subdir pagefind --silent
fi
echo "Built the example site into public/. Open public/index.html or run: ./build/promisehub serve"
