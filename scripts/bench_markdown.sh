#!/usr/bin/env bash
# Times the whole dsx pipeline (parse, structure, values, JSON out) over every Markdown file
# of the corpus against a bare pulldown-cmark pass over the same files (the baseline), and
# -j 2 against -j 1, in one run. Reports the best of RUNS runs, as wall-clock seconds and as
# CPU seconds (user+sys: steadier when the machine is busy with other work).
# Usage: scripts/bench_markdown.sh [CORPUS_DIR]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
dirs=("$corpus/md" "$corpus/md-pymupdf4llm")
cargo build --release --quiet --bin dsx --example bare_parse
runs=${RUNS:-10}
target=${CARGO_TARGET_DIR:-target}

# best "wall cpu" over $runs runs of a command
best() {
  local out
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o /tmp/dsx-bench-time "$@" >/dev/null 2>&1 || true
    tail -1 /tmp/dsx-bench-time | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
  done | sort -n -k1,1 | head -1 > /tmp/dsx-bench-wall
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o /tmp/dsx-bench-time "$@" >/dev/null 2>&1 || true
    tail -1 /tmp/dsx-bench-time | awk '{ printf "%.3f\n", $2 + $3 }'
  done | sort -n | head -1 > /tmp/dsx-bench-cpu
  echo "$(cut -d' ' -f1 /tmp/dsx-bench-wall) $(cat /tmp/dsx-bench-cpu)"
}

read -r bare_w bare_c <<<"$(best "$target/release/examples/bare_parse" "${dirs[@]}")"
read -r j1_w j1_c <<<"$(best "$target/release/dsx" extract -q -j 1 "${dirs[@]}")"
read -r j2_w j2_c <<<"$(best "$target/release/dsx" extract -q -j 2 "${dirs[@]}")"
files=$(find "${dirs[@]}" -name '*.md' | wc -l)
awk -v n="$files" -v r="$runs" -v bw="$bare_w" -v bc="$bare_c" -v w1="$j1_w" -v c1="$j1_c" -v w2="$j2_w" 'BEGIN {
  printf "files: %d (best of %d runs)\n", n, r
  printf "bare pulldown-cmark pass:  wall %.3f s  cpu %.3f s\n", bw, bc
  printf "dsx extract -j 1:          wall %.3f s  cpu %.3f s  -> %.2fx the bare parse (wall), %.2fx (cpu)\n", w1, c1, w1 / bw, (bc > 0 ? c1 / bc : 0)
  printf "dsx extract -j 2:          wall %.3f s  -> -j 2 is %.2fx faster than -j 1\n", w2, w1 / w2
}'
