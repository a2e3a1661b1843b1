#!/usr/bin/env bash
# Installs everything Promise Hub needs on a Debian machine: packages (when run as root) and npm tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build and test dependencies, all from Debian's archive.
packages=(
  build-essential cmake clang clang-format libclang-rt-14-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libboost-filesystem-dev
  libmstch-dev googletest libgtest-dev libcpp-httplib-dev libmimalloc-dev libicu-dev
  nodejs npm chromium default-jre-headless diction hugo time curl
)

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# nodejs/npm may come from elsewhere on the machine: only ask for them when the commands are absent.
if command -v node >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs}")
fi
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: run this script as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# Browser-side and test tools, pinned by package-lock.json.
if [[ -f package-lock.json ]]; then
  if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "setup: installing npm tools pinned by package-lock.json"
    # The lock file lists every platform's optional packages (pagefind's), so `npm ci` installs
    # exactly what it pins and never rewrites it. After changing package.json, run
    # `npm install --package-lock-only --os=linux --os=darwin --os=win32 --os=freebsd` (or plain
    # `npm install`) and commit package-lock.json.
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.package-lock.json
  fi
fi
