#!/bin/sh
# Regenerates the expected scores of the eval tests with the reference
# scorer, score.py, whose path is the only argument:
#
#   cd testdata/eval && python3 gen_preds.py && sh regen.sh path/to/score.py
#
# want/SET.json and want/SET.txt are score.py's --json output and printout for all of gold/ against
# pred/SET/; want/SET/NAME.json is its output for article NAME alone.
set -eu
score=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in perfect perturbed; do
	mkdir -p "want/$set"
	python3 "$score" gold "pred/$set" --json "want/$set.json" >"want/$set.txt"
	for g in gold/*.gold.json; do
		name=$(basename "$g" .gold.json)
		rm -rf "$tmp/g" "$tmp/p"
		mkdir -p "$tmp/g" "$tmp/p"
		cp "$g" "$tmp/g/"
		if [ -f "pred/$set/$name.json" ]; then cp "pred/$set/$name.json" "$tmp/p/"; fi
		python3 "$score" "$tmp/g" "$tmp/p" --json "want/$set/$name.json" >/dev/null
	done
done
