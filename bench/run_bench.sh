#!/usr/bin/env bash
# Benchmarks promisehub against Hugo on the same synthetic hub, where users build: on disk, into an
# empty folder and into the folder the previous build left, with and without the search index.
#
# For each size, bench/make_sites.py writes one seeded, synthetic hub: in Promise Hub's content
# format (with a copy of themes/), as a Hugo site with like templates (bench/hugo/), and as the
# same Hugo content with minimal templates (bench/hugo-minimal/: baseof, single, list). Each tool
# is built --runs times in each mode, interleaved; /usr/bin/time measures wall time, user+sys CPU
# time and peak RSS. The medians go into a Markdown table with tool/promisehub ratios.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
prog=${0##*/}

usage() {
  cat <<EOF
Usage: $prog [--binary PATH] [--updates N[,N...]] [--plans P] [--actions A] [--runs R]
       [--only TOOL[,TOOL...]] [--modes MODE[,MODE]] [--smoke] [--keep] [--out-md FILE]

  --binary PATH    the promisehub binary (default: bench/../build/promisehub)
  --updates N,...  progress updates in the hub; a comma list runs several sizes (default 1000)
  --plans P        action plans (default 20)
  --actions A      actions per plan (default 100), in 5 groups per plan
  --runs R         builds of each tool per size; medians are reported (default 3)
  --only TOOLS     build only these, a comma list of: promisehub (build --no-search),
                   promisehub+search (build: the one command, search index included), hugo
                   (like templates), hugo-minimal (baseof, single, list); default: all four
                   (without promisehub+search when Pagefind is not installed)
  --modes MODES    empty (a new, empty output folder every run), again (the folder the
                   previous build of the same tool left, as every build after the first
                   one); default: empty,again
  --smoke          one run at the given size: print the table and fail only if a build
                   fails or writes no HTML (no timing assertion)
  --keep           keep the generated sites and the last outputs (under \${TMPDIR:-/tmp})
  --out-md FILE    also write the table to FILE
  --seed S         seed of the generator (default 2026)
  --now DATE       build date given to promisehub; every update is dated before it (default 2026-01-01)
EOF
}

die() {
  printf '%s: %s\n' "$prog" "$*" >&2
  exit 1
}

is_count() { [[ $1 =~ ^[0-9]+$ ]] && ((10#$1 > 0)); }

binary="$here/../build/promisehub"
sizes=1000
plans=20
actions=100
runs=3
only=""
modes="empty,again"
smoke=0
keep=0
out_md=""
seed=2026
now=2026-01-01

while (($#)); do
  case $1 in
    --binary | --updates | --plans | --actions | --runs | --only | --modes | --out-md | --seed | --now)
      (($# >= 2)) || die "$1 needs a value (see --help)"
      case $1 in
        --binary) binary=$2 ;;
        --updates) sizes=$2 ;;
        --plans) plans=$2 ;;
        --actions) actions=$2 ;;
        --runs) runs=$2 ;;
        --only) only=$2 ;;
        --modes) modes=$2 ;;
        --out-md) out_md=$2 ;;
        --seed) seed=$2 ;;
        --now) now=$2 ;;
      esac
      shift 2
      ;;
    --smoke) smoke=1; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

IFS=, read -r -a size_list <<<"$sizes"
((${#size_list[@]})) || die "--updates needs at least one number"
for n in "${size_list[@]}"; do
  is_count "$n" || die "--updates takes positive whole numbers, like 1000 or 1000,10000 (got '$n')"
done
is_count "$plans" || die "--plans must be a positive whole number (got '$plans')"
is_count "$actions" || die "--actions must be a positive whole number (got '$actions')"
is_count "$runs" || die "--runs must be a positive whole number (got '$runs')"
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a whole number (got '$seed')"
[[ $now =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "--now must be YYYY-MM-DD (got '$now')"
((smoke)) && runs=1

if [[ -z $only ]]; then
  only="promisehub,promisehub+search,hugo,hugo-minimal"
  if [[ ! -f $here/../node_modules/pagefind/lib/index.js ]]; then
    only="promisehub,hugo,hugo-minimal"
    printf '%s: Pagefind is not installed (npm ci): leaving out promisehub+search\n' "$prog" >&2
  fi
fi
IFS=, read -r -a tools <<<"$only"
((${#tools[@]})) || die "--only needs at least one tool"
for t in "${tools[@]}"; do
  case $t in
    promisehub | promisehub+search | hugo | hugo-minimal) ;;
    *) die "--only takes promisehub, promisehub+search, hugo or hugo-minimal (got '$t')" ;;
  esac
done
IFS=, read -r -a mode_list <<<"$modes"
((${#mode_list[@]})) || die "--modes needs at least one mode"
for m in "${mode_list[@]}"; do
  [[ $m == empty || $m == again ]] || die "--modes takes empty and again (got '$m')"
done
uses() { [[ " ${tools[*]} " == *" $1 "* ]]; }
uses_hugo() { uses hugo || uses hugo-minimal; }
uses_ours() { uses promisehub || uses promisehub+search; }

# ---- What we need ---------------------------------------------------------------------------------
[[ -x /usr/bin/time ]] ||
  die "/usr/bin/time is missing. Install it with: sudo apt-get install time (or run scripts/setup.sh as root)"
command -v python3 >/dev/null 2>&1 || die "python3 is missing; it runs bench/make_sites.py"
if uses_hugo; then
  command -v hugo >/dev/null 2>&1 ||
    die "hugo is missing. Install it with: sudo apt-get install hugo (or run scripts/setup.sh as root), or pass --only promisehub"
  hugo_version=$(hugo version 2>/dev/null | awk '{print $2}')
fi
if uses_ours; then
  [[ -x $binary && ! -d $binary ]] ||
    die "no promisehub binary at $binary. Build it (cmake -S . -B build && cmake --build build --target promisehub), pass --binary PATH, or pass --only hugo"
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fi
if [[ -n $out_md ]]; then
  : >"$out_md" 2>/dev/null || die "cannot write --out-md file $out_md"
fi
if uses promisehub+search && [[ ! -f $here/../node_modules/pagefind/lib/index.js ]]; then
  die "promisehub+search needs Pagefind: run npm ci (or scripts/setup.sh) first, or leave it out of --only"
fi
themes="$here/../themes"
[[ -d $themes/promise ]] || printf '%s: warning: %s/promise is missing; promisehub may refuse the site\n' \
  "$prog" "$themes" >&2

# ---- Scratch space, removed on exit unless --keep -------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/promisehub-bench.XXXXXX")
cleanup() {
  if ((keep)); then
    printf '%s: kept %s\n' "$prog" "$work" >&2
  else
    rm -rf -- "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export HUGO_CACHEDIR="$work/hugo-cache"

log() { printf '%s\n' "$*" >&2; }

median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'
}

thousands() { printf '%s' "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }

declare -A walls cpus rsss files htmls

# Builds one tool once: run_build TOOL SIZE MODE RUN (RUN 0: a warm-up, not recorded). Records
# wall, CPU and peak RSS; fails loudly.
run_build() {
  local tool=$1 size=$2 mode=$3 run=$4
  local dir="$work/$size" out="$work/$size/$mode-$tool/public" timing="$work/$size/time-$tool-$mode-$run"
  local logfile="$work/$size/log-$tool-$mode-$run" rc=0
  if [[ $mode == empty ]]; then
    rm -rf -- "$out"
    mkdir -p -- "$out"
  fi
  local -a cmd
  case $tool in
    promisehub) cmd=("$binary" build --site "$dir/ours" --out "$out" --now "$now" --no-search) ;;
    # The one command: the build finds Pagefind in the node_modules linked beside the site.
    promisehub+search) cmd=("$binary" build --site "$dir/ours" --out "$out" --now "$now") ;;
    hugo | hugo-minimal)
      local source="$dir/hugo"
      [[ $tool == hugo-minimal ]] && source="$dir/hugo-minimal"
      cmd=(hugo --source "$source" --destination "$out" --quiet)
      # Into an empty folder, a clean build: no resources or caches left by the previous run.
      [[ $mode == empty ]] && rm -rf -- "$source/resources" "$HUGO_CACHEDIR"
      ;;
  esac
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "${cmd[@]}" >"$logfile" 2>&1 || rc=$?
  if ((rc)); then
    log "$prog: $tool failed (exit $rc) at $size updates, $mode folder, run $run:"
    log "  ${cmd[*]}"
    tail -n 30 "$logfile" | sed 's/^/  | /' >&2
    log "  (run again with --keep to look at the generated site)"
    exit 1
  fi
  ((run)) || return 0
  local wall user sys kib
  read -r wall user sys kib < <(tail -n 1 "$timing")
  local key="$size:$mode:$tool"
  walls[$key]+="$wall "
  cpus[$key]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') "
  rsss[$key]+="$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }') "
  files[$key]=$(find "$out" -type f -not -path '*/pagefind/*' | wc -l)
  htmls[$key]=$(find "$out" -type f -name '*.html' | wc -l)
  log "  $tool, $mode folder, run $run/$runs: ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') s CPU, $((kib / 1024)) MiB, ${files[$key]} files"
  if [[ ${htmls[$key]} -eq 0 ]]; then
    log "$prog: $tool wrote no HTML at $size updates; its output was:"
    tail -n 30 "$logfile" | sed 's/^/  | /' >&2
    log "  (run again with --keep to look at the site and the output folder)"
    exit 1
  fi
}

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
log "$prog: ${runs} run(s) per tool and mode (${mode_list[*]}), ${plans} plans × ${actions} actions, sizes: ${size_list[*]}; scratch: $work"

for size in "${size_list[@]}"; do
  log "$size updates: generating the sites"
  mkdir -p -- "$work/$size"
  python3 "$here/make_sites.py" --updates "$size" --plans "$plans" --actions "$actions" \
    --seed "$seed" --now "$now" --themes "$themes" \
    --ours "$work/$size/ours" --hugo "$work/$size/hugo" >&2
  # The npm packages a site has beside it (Pagefind, Decap CMS), as in a clone after npm ci.
  [[ -d $here/../node_modules ]] && ln -s "$(cd "$here/.." && pwd)/node_modules" "$work/$size/ours/node_modules"
  if uses hugo-minimal; then
    # The same content, config and assets; only the templates differ.
    mkdir -p -- "$work/$size/hugo-minimal"
    cp -r -- "$work/$size/hugo/content" "$work/$size/hugo/assets" "$work/$size/hugo/static" \
      "$work/$size/hugo/config.yaml" "$work/$size/hugo-minimal/"
    cp -r -- "$here/hugo-minimal/layouts" "$work/$size/hugo-minimal/"
  fi
  # Into the previous build's folder: two builds first, so that each tool is in its everyday
  # state (Promise Hub keeps the generation before the live one beside it).
  for mode in "${mode_list[@]}"; do
    [[ $mode == again ]] || continue
    for tool in "${tools[@]}"; do
      run_build "$tool" "$size" again 0
      run_build "$tool" "$size" again 0
    done
  done
  for ((run = 1; run <= runs; run++)); do
    for mode in "${mode_list[@]}"; do
      for tool in "${tools[@]}"; do # interleaved, so that drift in the machine hits all
        run_build "$tool" "$size" "$mode" "$run"
      done
    done
  done
  ((keep)) || rm -rf -- "$work/$size"/empty-* "$work/$size"/again-*
done

# ---- Report ---------------------------------------------------------------------------------------
report() {
  echo "Promise Hub vs Hugo: medians of $runs interleaved run(s); ${plans} plans × ${actions} actions; $(nproc) CPUs${cpu_model:+ ($cpu_model)}${hugo_version:+; hugo $hugo_version}; scratch on $(df -P "$work" | awk 'NR == 2 { print $1 }'); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| size | output folder | tool | wall s | CPU s | peak MiB | tool ÷ promisehub: wall | CPU | memory |"
  echo "|---|---|---|--:|--:|--:|--:|--:|--:|"
  local size mode tool key w c m
  declare -A mw mc mm
  for size in "${size_list[@]}"; do
    for mode in "${mode_list[@]}"; do
      for tool in "${tools[@]}"; do
        key="$size:$mode:$tool"
        # shellcheck disable=SC2086 # the lists are space-separated numbers
        w=$(median ${walls[$key]})
        # shellcheck disable=SC2086
        c=$(median ${cpus[$key]})
        # shellcheck disable=SC2086
        m=$(median ${rsss[$key]})
        mw[$key]=$w
        mc[$key]=$c
        mm[$key]=$m
        local base="$size:$mode:promisehub" rw="" rcpu="" rmem=""
        if [[ $tool != promisehub && -n ${mw[$base]:-} ]]; then
          rw=$(ratio "$w" "${mw[$base]}")
          rcpu=$(ratio "$c" "${mc[$base]}")
          rmem=$(ratio "$m" "${mm[$base]}")
        fi
        local where="new, empty"
        [[ $mode == again ]] && where="previous build's"
        printf '| %s updates | %s | %s | %.2f | %.2f | %.1f | %s | %s | %s |\n' "$(thousands "$size")" \
          "$where" "$tool" "$w" "$c" "$m" "$rw" "$rcpu" "$rmem"
      done
    done
  done
  echo
  for size in "${size_list[@]}"; do
    local line
    line="Sanity, $(thousands "$size") updates:"
    for tool in "${tools[@]}"; do
      key="$size:${mode_list[0]}:$tool"
      line+=" $tool wrote $(thousands "${files[$key]}") files ($(thousands "${htmls[$key]}") HTML);"
    done
    echo "${line%;}."
  done
}

table=$(report)
printf '%s\n' "$table"
if [[ -n $out_md ]]; then
  printf '%s\n' "$table" >"$out_md"
fi
