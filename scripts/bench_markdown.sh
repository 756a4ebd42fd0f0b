#!/usr/bin/env bash
# Times the whole dsx pipeline (parse, structure, values, JSON out) over every Markdown file
# of the corpus against a bare pulldown-cmark pass over the same files (the baseline,
# examples/bare_parse.rs), and -j 2 against -j 1, in one hyperfine run. Reports the ratios
# of the mean and of the fastest runs (the fastest are steadier when the machine is busy).
# Usage: scripts/bench_markdown.sh [CORPUS_DIR]   (default ../shared/corpus)
# Needs hyperfine (apt-get install hyperfine). RUNS sets the number of runs (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
dirs="$corpus/md $corpus/md-pymupdf4llm"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet --bin dsx --example bare_parse
runs=${RUNS:-100}
target=${CARGO_TARGET_DIR:-target}
csv=$(mktemp)
trap 'rm -f "$csv"' EXIT

# -i: the corpus holds one empty file, so dsx exits 2 (one file failed) by design
hyperfine -N -i -w 10 -r "$runs" --export-csv "$csv" --style none \
  "$target/release/examples/bare_parse $dirs" \
  "$target/release/dsx extract -q -j 1 $dirs" \
  "$target/release/dsx extract -q -j 2 $dirs" >/dev/null

files=$(find $dirs -name '*.md' | wc -l)
# CSV columns: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, -v n="$files" -v r="$runs" 'NR > 1 { mean[NR - 1] = $2; min[NR - 1] = $7 }
END {
  printf "files: %d, %d runs each (hyperfine)\n", n, r
  printf "bare pulldown-cmark pass:  mean %.1f ms  fastest %.1f ms\n", mean[1] * 1e3, min[1] * 1e3
  printf "dsx extract -j 1:          mean %.1f ms  fastest %.1f ms  -> %.2fx the bare parse (mean), %.2fx (fastest)\n", mean[2] * 1e3, min[2] * 1e3, mean[2] / mean[1], min[2] / min[1]
  printf "dsx extract -j 2:          mean %.1f ms  fastest %.1f ms  -> -j 2 is %.2fx faster than -j 1 (mean), %.2fx (fastest)\n", mean[3] * 1e3, min[3] * 1e3, mean[2] / mean[3], min[2] / min[3]
}' "$csv"
