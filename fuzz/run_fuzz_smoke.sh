#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build folder, then runs each one for a
# bounded time over a copy of its seed corpus. Any crash, sanitizer report or time-out fails.
#
#   fuzz/run_fuzz_smoke.sh [SOURCE_DIR] [BUILD_DIR] [TARGET…]
#
#   PROMISEHUB_FUZZ_SECONDS  seconds per fuzzer (default 30)
#   PROMISEHUB_FUZZ_MAX_LEN  largest input in bytes (default 8192)
#   PROMISEHUB_FUZZ_JOBS     build jobs (default: number of cores)
#
# Findings (crash-*, timeout-*, oom-*) and the grown corpora are kept in BUILD_DIR/runs/.
set -euo pipefail

source_dir=$(cd "${1:-$(dirname "$0")/..}" && pwd)
build_dir=${2:-$source_dir/build-fuzz}
shift $(( $# < 2 ? $# : 2 ))
seconds=${PROMISEHUB_FUZZ_SECONDS:-30}
max_len=${PROMISEHUB_FUZZ_MAX_LEN:-8192}
jobs=${PROMISEHUB_FUZZ_JOBS:-$(nproc)}

for tool in clang clang++; do
  if ! command -v "$tool" >/dev/null; then
    echo "run_fuzz_smoke: $tool not found. Install it with: sudo apt-get install clang" >&2
    exit 1
  fi
done

echo "== Building the fuzzers in $build_dir"
mkdir -p "$build_dir"
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPROMISEHUB_FUZZ=ON -DPROMISEHUB_BROWSER_TESTS=OFF >"$build_dir/configure.log" 2>&1 || {
  cat "$build_dir/configure.log" >&2
  exit 1
}
cmake --build "$build_dir" --target promisehub_fuzzers -j "$jobs"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$source_dir"/fuzz/fuzz_*.cpp; do
    targets+=("$(basename "$f" .cpp)")
  done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  seeds="$source_dir/fuzz/corpus/$name"
  run="$build_dir/runs/$name"
  rm -rf "$run"
  mkdir -p "$run/corpus" "$run/findings"
  if [ -d "$seeds" ]; then cp -r "$seeds/." "$run/corpus/"; fi
  # Markdown, SVG and the glossary linker (which reads Markdown) share the dictionary of HTML
  # pieces; every other target reads YAML.
  dict=(-dict="$source_dir/fuzz/yaml.dict")
  case "$name" in markdown | static_svg | glossary_linker) dict=(-dict="$source_dir/fuzz/markdown.dict") ;; esac
  echo "== $target: ${seconds}s, max_len $max_len, $(ls "$run/corpus" | wc -l) seeds"
  if "$build_dir/$target" "$run/corpus" "${dict[@]}" -max_total_time="$seconds" -max_len="$max_len" \
       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$run/findings/" \
       >"$run/log.txt" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$run/log.txt" || true
    echo "   corpus: $(ls "$run/corpus" | wc -l) inputs"
  else
    echo "!! $target failed; the end of its log ($run/log.txt):" >&2
    tail -n 60 "$run/log.txt" >&2
    ls "$run/findings" >&2 || true
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "Fuzzers with findings: ${failed[*]}" >&2
  exit 1
fi
echo "All ${#targets[@]} fuzzers ran ${seconds}s each without a finding."
