#!/usr/bin/env bash
# Times the whole dsx pipeline over every Markdown file of the corpus against a bare
# pulldown-cmark pass over the same files (the baseline), and -j 2 against -j 1.
# Usage: scripts/bench_markdown.sh [CORPUS_DIR]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
dirs=("$corpus/md" "$corpus/md-pymupdf4llm")
cargo build --release --quiet --bin dsx --example bare_parse
runs=${RUNS:-10}

# best of $runs wall-clock seconds for a command
best() {
  local best=""
  for _ in $(seq "$runs"); do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

bare=$(best target/release/examples/bare_parse "${dirs[@]}")
j1=$(best target/release/dsx extract -q -j 1 "${dirs[@]}")
j2=$(best target/release/dsx extract -q -j 2 "${dirs[@]}")
files=$(find "${dirs[@]}" -name '*.md' | wc -l)
printf 'files: %s (best of %s runs)\n' "$files" "$runs"
printf 'bare pulldown-cmark pass:   %.3f s\n' "$bare"
printf 'dsx extract -j 1:           %.3f s  (%.2fx the bare parse)\n' "$j1" "$(echo "$j1 / $bare" | bc -l)"
printf 'dsx extract -j 2:           %.3f s  (-j 2 is %.2fx faster than -j 1)\n' "$j2" "$(echo "$j1 / $j2" | bc -l)"
