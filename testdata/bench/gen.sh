#!/bin/sh
# gen.sh DIR [N]: writes N articles (default 10000) into DIR for the batch
# measurements in PERFORMANCE.md. Each is a copy of one of the development
# articles in testdata/gold (text and HTML, taken in turn) with a small
# variation, so that no two files are the same: an archive reference line at
# the end of a text article, a comment at the end of an HTML page, and every
# seventh copy has its paragraphs' second half dropped.
set -eu
dir=${1:?usage: gen.sh DIR [N]}
n=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
gold="$here/../gold"
mkdir -p "$dir"
set -- "$gold"/*.txt "$gold"/*.html
count=$#
i=0
while [ "$i" -lt "$n" ]; do
	k=$((i % count + 1))
	eval "src=\${$k}"
	base=$(basename "$src")
	out=$(printf '%s/%05d-%s' "$dir" "$i" "$base")
	case "$base" in
	*.html)
		{ cat "$src"; printf '\n<!-- archive copy %d -->\n' "$i"; } >"$out" ;;
	*)
		if [ $((i % 7)) -eq 6 ]; then
			lines=$(wc -l <"$src")
			head -n $((lines * 2 / 3 + 1)) "$src" >"$out"
		else
			{ cat "$src"; printf '\nArchive reference %d.\n' "$i"; } >"$out"
		fi ;;
	esac
	i=$((i + 1))
done
