#!/usr/bin/env bash
# Copies Midlothian's content from the first example (content/) into the second example hub
# (examples/scotland/), which shows it beside other organisations. content/ is the one source:
# edit Midlothian's plan, updates, glossary and Language of Care there, then run this script.
#
#   bash scripts/sync-scotland-example.sh          # bring examples/scotland up to date
#   bash scripts/sync-scotland-example.sh --check  # only say what differs (a test runs this)
#
# What the hub changes on the way, and keeps from its own copy:
# - the plan says `organisation: midlothian-council` (the hub's id for the council);
# - each promise keeps the `contributes_to:` line the hub's copy gives it (the national promises
#   it helps to keep). Write that line in examples/scotland's plan, on one line, as
#   `contributes_to: [plan-21-24/relationships]`; this script puts it after the promise's id.
# The hub's own pages, organisations and other plans are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

src=content
hub=examples/scotland/content
plan=plans/midlothian-2021-24.yaml
updates=updates/midlothian-council

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/plans" "$out/$updates"

# The files that are the same on both sites. Translations (`x.gd.md`) belong to each site's own
# languages and are left to it.
files=(glossary.yaml language.yaml)
cp "$src/glossary.yaml" "$src/language.yaml" "$out/"
for f in "$src"/updates/*.md; do
  name=$(basename "$f")
  [[ $name == *.*.md ]] && continue
  cp "$f" "$out/$updates/$name"
  files+=("$updates/$name")
done

# The plan, with the hub's organisation id and its `contributes_to:` lines.
awk -v hub="$hub/$plan" '
  function action_id(line) { sub(/^  - id: */, "", line); gsub(/["'\'' ]/, "", line); return line }
  BEGIN {
    section = ""
    while ((getline line < hub) > 0) {
      if (line ~ /^[a-z_]+:/) { section = line; sub(/:.*/, "", section); id = "" }
      else if (section == "actions" && line ~ /^  - id:/) id = action_id(line)
      else if (section == "actions" && id != "" && line ~ /^    contributes_to:/) links[id] = line
    }
  }
  /^[a-z_]+:/ { section = $0; sub(/:.*/, "", section) }
  /^organisation:/ { print "organisation: midlothian-council"; next }
  { print }
  section == "actions" && /^  - id:/ { id = action_id($0); if (id in links) print links[id] }
' "$src/$plan" >"$out/$plan"
files+=("$plan")

drifted=()
for f in "${files[@]}"; do
  cmp -s "$out/$f" "$hub/$f" || drifted+=("$f")
done

if $check; then
  if ((${#drifted[@]})); then
    echo "examples/scotland has drifted from content/ in ${#drifted[@]} file(s):" >&2
    for f in "${drifted[@]}"; do
      diff -u "$hub/$f" "$out/$f" --label "examples/scotland/content/$f" --label "from content/" >&2 || true
    done
    echo "Edit Midlothian's files in content/, then run: bash scripts/sync-scotland-example.sh" >&2
    exit 1
  fi
  echo "examples/scotland has the same Midlothian content as content/ (${#files[@]} files)."
  exit 0
fi

for f in "${drifted[@]}"; do
  mkdir -p "$(dirname "$hub/$f")"
  cp "$out/$f" "$hub/$f"
  echo "updated examples/scotland/content/$f"
done
echo "examples/scotland has the same Midlothian content as content/ (${#files[@]} files)."
