#!/usr/bin/env bash
# Times `dsx load` of the corpus (md + md-pymupdf4llm + pdf) into a fresh SQLite database
# against `dsx extract --format jsonl >/dev/null` on the same input, then a second load into
# the same database (nothing new: files are skipped by sha256 before extraction).
# Goals: fresh load <= 1.3x extract; second load <= 1.1x extract.
# Usage: scripts/bench_load.sh [CORPUS_DIR]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
inputs=("$corpus/md" "$corpus/md-pymupdf4llm" "$corpus/pdf")
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet --bin dsx
dsx="$CARGO_TARGET_DIR/release/dsx"
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# best of $runs wall-clock seconds; $1 = command to run before each timing (setup)
best() {
  local setup=$1; shift
  local best=""
  for _ in $(seq "$runs"); do
    eval "$setup"
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

extract=$(best ":" "$dsx" extract -q --format jsonl "${inputs[@]}")
fresh=$(best "rm -f $tmp/db.sqlite*" "$dsx" load -q --db "$tmp/db.sqlite" "${inputs[@]}")
again=$(best ":" "$dsx" load -q --db "$tmp/db.sqlite" "${inputs[@]}")
files=$(find "${inputs[@]}" -type f \( -name '*.md' -o -name '*.pdf' \) | wc -l)
printf 'files: %s (best of %s runs, %s cores)\n' "$files" "$runs" "$(nproc)"
printf 'dsx extract --format jsonl:  %.3f s\n' "$extract"
printf 'dsx load, fresh database:    %.3f s  (%.2fx extract; goal <= 1.3x)\n' "$fresh" "$(echo "$fresh / $extract" | bc -l)"
printf 'dsx load, nothing new:       %.3f s  (%.2fx extract; goal <= 1.1x)\n' "$again" "$(echo "$again / $extract" | bc -l)"
