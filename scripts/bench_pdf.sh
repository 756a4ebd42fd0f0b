#!/usr/bin/env bash
# Time dsx's PDF reader against `pdftotext -layout` over a folder of PDFs.
# Usage: scripts/bench_pdf.sh [DIR]   (default /work/shared/corpus/pdf)
set -euo pipefail
dir=${1:-/work/shared/corpus/pdf}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-pdf}
cargo build -q --release --example pdf_dump
dump="$CARGO_TARGET_DIR/release/examples/pdf_dump"
files=("$dir"/*.pdf)
now() { date +%s.%N; }
t0=$(now)
"$dump" --quiet "${files[@]}"
t1=$(now)
for f in "${files[@]}"; do pdftotext -layout "$f" - >/dev/null 2>&1 || true; done
t2=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="${#files[@]}" 'BEGIN {
  dsx = b - a; ptt = c - b;
  printf "%d files: dsx pdf reader %.2fs, pdftotext -layout %.2fs, ratio %.2f\n", n, dsx, ptt, dsx / ptt
}'
