#!/usr/bin/env bash
# Scores the English extractor on the held-out English articles (never used for
# tuning) with score.py, and prints the means. Usage: score.sh [CLI] [-v]
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-}; [[ -n "$cli" ]] || cli=/work/main/build/text/bin/guanxi-cli; shift || true
eval_dir=${GUANXI_EVAL_DIR:-/work/shared/eval}
results=$(for art in "$here"/*.txt; do
  gold=${art%.txt}.gold.json
  pub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["published"])' "$gold")
  printf '%-24s ' "$(basename "$art" .txt)"
  "$cli" extract "$art" --published "$pub" | python3 "$eval_dir/score.py" "$gold" - "$@" | tail -1
done)
printf '%s\n' "$results"
printf '%s\n' "$results" | python3 -c '
import re, sys
rows = [l for l in sys.stdin if "entities" in l]
e = [float(re.search(r"entities .*?F1=([\d.]+)", l).group(1)) for l in rows]
r = [float(re.search(r"relations .*?F1=([\d.]+)", l).group(1)) for l in rows]
print("mean entity F1 %.2f, mean relation F1 %.2f over %d articles" % (sum(e) / len(e), sum(r) / len(r), len(rows)))'
