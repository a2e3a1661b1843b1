#!/usr/bin/env bash
# Refreshes the committed seed corpora (fuzz/corpus/<target>/) from the example content and the
# hostile-content corpus. Run it after either changes; the fuzzers start from these files.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/fuzz/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"/{front_matter,site_config,plan,update,page,glossary,language,markdown,static_svg,glossary_linker}

seed() {  # seed TARGET FILE NAME
  if [ -f "$2" ] && [ ! -L "$2" ]; then cp "$2" "$corpus/$1/$3"; fi
}
for dir in "$root/content" "$root/tests/hostile/base/content" "$root"/tests/hostile/cases/*/content; do
  case "$dir" in
    "$root/content") tag=example ;;
    "$root/tests/hostile/base/content") tag=base ;;
    *) tag=$(basename "$(dirname "$dir")") ;;
  esac
  seed site_config "$dir/site.yaml" "$tag-site.yaml"
  seed glossary "$dir/glossary.yaml" "$tag-glossary.yaml"
  seed language "$dir/language.yaml" "$tag-language.yaml"
  for f in "$dir"/plans/*.yaml; do seed plan "$f" "$tag-$(basename "$f")"; done
  for f in "$dir"/updates/*.md; do
    seed update "$f" "$tag-$(basename "$f")"
    seed front_matter "$f" "$tag-$(basename "$f")"
    # The body alone, as Markdown; the hostile ones also as `allow_html: true` ("!html" first).
    if [ -f "$f" ]; then awk 'n>=2{print} /^---$/{n++}' "$f" >"$corpus/markdown/$tag-$(basename "$f")"; fi
    if [ "$tag" != example ] && [ -f "$f" ]; then
      { echo '!html'; awk 'n>=2{print} /^---$/{n++}' "$f"; } >"$corpus/markdown/$tag-html-$(basename "$f")"
    fi
  done
  for f in "$dir"/static/*.svg "$dir"/static/*/*.svg; do seed static_svg "$f" "$tag-$(basename "$f")"; done
  for f in "$dir"/pages/*.md; do
    seed page "$f" "$tag-$(basename "$f")"
    seed front_matter "$f" "$tag-page-$(basename "$f")"
    if [ -f "$f" ]; then awk 'n>=2{print} /^---$/{n++}' "$f" >"$corpus/markdown/$tag-page-$(basename "$f")"; fi
  done
done
# Markdown that once got through, or freed a node twice, and the inputs cmark-gfm is slow on.
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%b' "$line" >"$corpus/markdown/vector-$n.md"
  printf '!html\n%b' "$line" >"$corpus/markdown/vector-html-$n.md"
done <<'VECTORS'
![<b onclick=alert(1)>alt</b>](data:x) and ![[in](javascript:a)](javascript:b)
[![i](javascript:a)](javascript:b) [r][e]\n\n[e]: javascript:alert(1)
<a href="javascript&#58;alert(1)">x</a> <a href="jav&#x09;ascript:alert(1)">y</a>
<div title="x\n\nonclick=alert(1) class=y>z</div>
<div\n\nonclick=alert(1)>z</div>
a<![CDATA[<![CDATA[<![CDATA[<!A <!A <? <?
a|b\n-|-\n||||||||||||||||\n| x | y |
www.a_www.a_www.a_ a_@b_a_@b_ - [x] a\n- [ ] b
[^x" onclick="alert(1)]\n\n[^x" onclick="alert(1)]: note
VECTORS

# SVG as drawing programs save it, and the tricks the check of content/static/ must see.
printf '%s' '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><style>.a{fill:red}</style><a xlink:href="https://x.example/"><text>a &amp; b</text></a><image href="data:image/png;base64,AAAA"/><![CDATA[ <script> ]]><!-- <script> --></svg>' >"$corpus/static_svg/drawing.svg"
printf '%s' '<svg><svg:script xmlns:svg="http://www.w3.org/2000/svg"/><a href="java&#x09;script&#58;x">a</a><set attributeName="xlink:href" to="#x"/><rect onclick="x()"/></svg>' >"$corpus/static_svg/vectors.svg"
# The glossary linker: the example glossary's terms on the first line, then each example body;
# and terms spelled like the insides of character references, with text that escapes them.
terms=$(sed -n 's/^ *- term: //p' "$root/content/glossary.yaml" | paste -sd '|')
for f in "$root"/content/updates/*.md "$root"/content/pages/*.md; do
  { echo "$terms"; awk 'n>=2{print} /^---$/{n++}' "$f"; } >"$corpus/glossary_linker/example-$(basename "$f")"
done
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%b' "$line" >"$corpus/glossary_linker/vector-$n.md"
done <<'VECTORS'
Children's Hearing|Health & Social Care|CEYP\nAt a Children's Hearing, Health & Social Care and CEYPs.
quot|amp|lt|gt|nbsp|rsquo|39|x27|x2019\n\\"quot\\" & \\<lt\\> it's 'x27' nbsp rsquo
quot|amp|39|x27\n!html\n<p title="quot amp">It&#39;s &#x27;x27&#x27;&nbsp;now&rsquo; &amp;amp; &quot;quot&quot;</p>
Caf\xc3\xa9 club|care plan\nThe CAF\xc3\x89 CLUB and a care\nplan, `care plan`, [care plan](/x).
VECTORS

# Remove empty seeds and duplicates (same bytes).
find "$corpus" -type f -empty -delete
for d in "$corpus"/*/; do
  (cd "$d" && sha1sum * | sort | awk 'seen[$1]++{print $2}' | xargs -r rm -f)
done
du -sh "$corpus"/* | sed "s|$root/||"
