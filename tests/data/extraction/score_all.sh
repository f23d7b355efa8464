#!/usr/bin/env bash
# Dev loop: scores the extractor on the sample and dev articles with score.py.
# Usage: score_all.sh [CLI] [-v] [extra guanxi-cli extract options...]
cli=${1:-}; [[ -n "$cli" ]] || cli=/work/main/build/extract/bin/guanxi-cli; shift || true
verbose=""
if [[ "${1:-}" == "-v" ]]; then verbose=-v; shift; elif [[ "${1-x}" == "" ]]; then shift; fi
eval_dir=${GUANXI_EVAL_DIR:-/work/shared/eval}
for art in "$eval_dir"/*.txt "$eval_dir"/dev/*.txt; do
  gold=${art%.txt}.gold.json
  [[ -f "$gold" ]] || continue
  pub=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["published"])' "$gold")
  printf '%-28s ' "$(basename "$art" .txt)"
  "$cli" extract "$art" --published "$pub" "$@" | python3 "$eval_dir/score.py" "$gold" - $verbose
done
