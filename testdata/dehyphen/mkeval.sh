#!/bin/sh
# mkeval.sh - regenerate the dehyphenation evaluation set in this directory.
#
# Needs Debian packages python3-pyphen hyphen-it hyphen-en-us hyphen-en-gb (and python3.11-doc,
# debian-handbook, debian-reference-en and the Go toolchain for mkcorpus.py), and the damage
# generator of the dehyphenation kit (inject.py).
# Deterministic: same inputs, same seeds, same files.
#   DEHYPHEN_EVAL_KIT=/path/to/dehyphen-eval sh mkeval.sh
# where the kit's directory holds inject.py and corpus/.
set -eu
INJECT=${DEHYPHEN_EVAL_KIT:?set DEHYPHEN_EVAL_KIT to the dehyphenation kit directory}/inject.py
/usr/bin/python3 mkcorpus.py
n=0
for split in tune heldout dev dev2; do  # in the order the splits were added, so that each keeps its seeds
  for cfg in \
    "it_reflow:--patterns it_IT --mode reflow" \
    "it_keep:--patterns it_IT --mode keep --trailing-space-rate 0.2" \
    "en_keep:--patterns en_US --mode keep" \
    "en_mixed_soft:--patterns en_GB --mode mixed --soft-rate 0.3 --trailing-space-rate 0.1" \
    "it_reflow_var:--patterns it_IT --mode reflow --capitalized no --space-join-rate 0.1 --u2010-rate 0.1"
  do
    n=$((n + 1))
    name=${cfg%%:*}
    args=${cfg#*:}
    # shellcheck disable=SC2086
    /usr/bin/python3 "$INJECT" "$split.clean.txt" $args --seed $((100 + n)) \
      --out-damaged "$split.$name.damaged.txt" --out-truth "/tmp/$split.$name.truth.json"
    /usr/bin/python3 - "$split" "$name" "$args" <<'PY'
import json, sys
split, name, args = sys.argv[1:]
t = json.load(open("/tmp/%s.%s.truth.json" % (split, name), encoding="utf-8"))
compact = {
    "format": "dehyphen-truth-compact/1",
    "clean": split + ".clean.txt",
    "damaged": "%s.%s.damaged.txt" % (split, name),
    "inject_args": args,
    "column_width": t["params"]["column_width"],
    "original_token_count": t["original_token_count"],
    "artifact_tokens": [a["token_index"] for a in t["artifacts"]],
    "artifact_splits": [a["split"] for a in t["artifacts"]],
    "genuine_at_break": len(t["genuine_at_break"]),
}
with open("%s.%s.truth.json" % (split, name), "w", encoding="utf-8") as f:
    json.dump(compact, f, ensure_ascii=False, indent=0)
    f.write("\n")
PY
  done
done
