#!/usr/bin/env bash
# README command 2: set up, compile (normal and sanitizer builds), and run every test suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROMISEHUB_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
cd build
ctest --output-on-failure -j"$jobs" "$@"
