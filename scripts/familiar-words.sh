#!/usr/bin/env bash
# Makes data/familiar_words.txt, the words the reading-age check never counts as hard.
#
# Source: the New Dale-Chall list (Chall and Dale, 1995) of about 3,000 words that 80% of
# American fourth graders (aged 9 to 10) know, as packaged on npm by Titus Wormer:
# dale-chall 2.0.1, MIT licence (https://github.com/words/dale-chall). The package's tarball
# is checked against the integrity hash npm publishes for it, so the list is always the same.
#
# Run it from the repository (needs npm, node, openssl and tar); commit what it writes.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.0.1
integrity=sha512-PcTrFy9XMcnIaGa3qe8KBL+zSxqR224TDi9WZ2un4o9RAutxAjMaCrQ5BQ5QdB0CyFv/SC/Px4d7ORhaJq6T1Q==
out=data/familiar_words.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "dale-chall@$version" >/dev/null)
tarball="$work/dale-chall-$version.tgz"
got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [[ $got != "$integrity" ]]; then
  echo "familiar-words: dale-chall $version is not the package this list was made from" >&2
  echo "  expected $integrity" >&2
  echo "  got      $got" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work"

{
  echo "# Words the reading-age check never counts as hard (src/lint/familiar_words.h)."
  echo "# The New Dale-Chall list (Chall and Dale, 1995): words that 80% of American fourth"
  echo "# graders (aged 9 to 10) know. From the npm package dale-chall $version by Titus Wormer,"
  echo "# MIT licence, https://github.com/words/dale-chall"
  echo "# Made by scripts/familiar-words.sh: do not edit by hand."
  node --input-type=module -e "
    const { daleChall } = await import('$work/package/index.js');
    const words = [...new Set(daleChall.map((w) => w.trim().toLowerCase()).filter(Boolean))];
    words.sort();
    process.stdout.write(words.join('\n') + '\n');
  "
} >"$out"
echo "familiar-words: wrote $(grep -vc '^#' "$out") words to $out"
