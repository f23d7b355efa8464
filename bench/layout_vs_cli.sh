#!/usr/bin/env bash
# Times the Graphviz command-line tools on the same synthetic graphs that
# bench_layout lays out in process, and prints both side by side.
# Usage: bench/layout_vs_cli.sh BUILD_DIR [TIMEOUT_SECONDS]
#   BUILD_DIR: a build directory holding bin/bench_layout (default build/release)
set -euo pipefail
build=${1:-build/release}
limit=${2:-120}
bench="$build/bin/bench_layout"
[[ -x "$bench" ]] || { echo "no $bench; build the bench_layout target first" >&2; exit 1; }
export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bench" --write-dot="$work"
"$bench" --benchmark_format=csv 2>/dev/null > "$work/inprocess.csv"

printf '%-7s %6s %7s %14s %14s\n' engine nodes edges in-process_ms cli_ms
for file in "$work"/*.gv; do
    name=$(basename "$file" .gv)
    engine=${name%_*}
    nodes=${name#*_}
    edges=$(grep -c -- '->' "$file")
    # Names are "layout/ENGINE/N" plus suffixes such as /real_time or
    # /iterations:1/real_time; times are in the row's own unit (column 5).
    inproc=$(awk -F, -v n="layout/$engine/$nodes" '
        { name = $1; gsub(/"/, "", name) }
        name == n || index(name, n "/") == 1 {
            f = ($5 == "ns") ? 1e-6 : ($5 == "us") ? 1e-3 : ($5 == "s") ? 1e3 : 1
            printf "%.0f", $3 * f; exit
        }' "$work/inprocess.csv")
    start=$(date +%s%N)
    if timeout "$limit" "$engine" -Tdot "$file" > /dev/null 2>&1; then
        cli=$(( ($(date +%s%N) - start) / 1000000 ))
    else
        cli="timeout>${limit}s"
    fi
    printf '%-7s %6s %7s %14s %14s\n' "$engine" "$nodes" "$edges" "${inproc:-n/a}" "$cli"
done | sort -k1,1 -k2,2n
