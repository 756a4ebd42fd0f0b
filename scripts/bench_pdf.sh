#!/usr/bin/env bash
# Time `dsx extract` over a folder of PDFs against `pdftotext -layout`, check thread scaling
# and peak memory.
# Usage: [DSX=BINARY] scripts/bench_pdf.sh [DIR]   (default ../shared/corpus/pdf)
#
# Prints: dsx -j1 wall time (PDFs read in worker processes, the default), pdftotext -layout
# time (one process per file, sequential), their ratio; the cost of the worker processes
# (-j1 against -j1 --isolate none); dsx -j2 time and its speed-up over -j1; peak RSS
# (/usr/bin/time -v: dsx or its largest worker) of `dsx extract -j2` over the folder and
# over ten symlinked copies of it. DSX=path/to/dsx times that binary instead of building. Wall times are the
# best of $RUNS runs (default 3): other load on the machine only ever adds time. CPU
# seconds (user + system) of one run each are printed too: on a busy machine they compare
# the two tools more fairly than wall time (and -j2 cannot scale without a free core).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath "${1:-../shared/corpus/pdf}")
runs=${RUNS:-3}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
if [ -z "${DSX:-}" ]; then
  cargo build -q --release --bin dsx
fi
dsx=${DSX:-$CARGO_TARGET_DIR/release/dsx}
files=("$dir"/*.pdf)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
# best_of CMD...: the smallest wall time of $runs runs, in seconds.
best_of() {
  local best="" t0 t1 d
  for _ in $(seq "$runs"); do
    t0=$(now)
    "$@" >/dev/null 2>&1 || true
    t1=$(now)
    d=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    if [ -z "$best" ] || awk -v d="$d" -v b="$best" 'BEGIN { exit !(d < b) }'; then best=$d; fi
  done
  echo "$best"
}
# cpu_of CMD...: user + system CPU seconds of one run (children included); unlike wall
# time, it does not grow when other processes compete for the cores.
cpu_of() {
  { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{ print $1 + $2 }'
}
pdftotext_all() { for f in "${files[@]}"; do pdftotext -layout "$f" - >/dev/null 2>&1 || true; done; }
# peak_kb DIR: maximum resident set size of `dsx extract -j2 DIR`, in kB.
peak_kb() {
  { /usr/bin/time -v "$dsx" extract -q -j 2 "$1" 2>&1 >/dev/null || true; } \
    | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }'
}

j1=$(best_of "$dsx" extract -q -j 1 "$dir")
j1_none=$(best_of "$dsx" extract -q -j 1 --isolate none "$dir")
ptt=$(best_of pdftotext_all)
j2=$(best_of "$dsx" extract -q -j 2 "$dir")
cpu_dsx=$(cpu_of "$dsx" extract -q -j 1 "$dir")
cpu_none=$(cpu_of "$dsx" extract -q -j 1 --isolate none "$dir")
cpu_ptt=$(cpu_of bash -c 'for f in "$@"; do pdftotext -layout "$f" - >/dev/null 2>&1 || true; done' _ "${files[@]}")

for i in $(seq 10); do
  mkdir "$tmp/copy$i"
  for f in "${files[@]}"; do ln -s "$f" "$tmp/copy$i/"; done
done
rss1=$(peak_kb "$dir")
rss10=$(peak_kb "$tmp")

awk -v n="${#files[@]}" -v cd="$cpu_dsx" -v cn="$cpu_none" -v j1n="$j1_none" -v cp="$cpu_ptt" -v j1="$j1" -v ptt="$ptt" -v j2="$j2" -v r1="$rss1" -v r10="$rss10" 'BEGIN {
  printf "%d files\n", n
  printf "dsx extract -j1      %6.2fs\n", j1
  printf "pdftotext -layout    %6.2fs\n", ptt
  printf "ratio dsx/pdftotext  %6.2f   (goal <= 1.0)\n", j1 / ptt
  printf "CPU dsx / pdftotext  %6.2fs / %.2fs = %.2f\n", cd, cp, cd / cp
  printf "dsx -j1 --isolate none %4.2fs: workers cost %.2fx (CPU %.2fs / %.2fs = %.2fx)\n", j1n, j1 / j1n, cd, cn, cd / cn
  printf "dsx extract -j2      %6.2fs\n", j2
  printf "speed-up -j2 vs -j1  %6.2fx  (goal >= 1.7)\n", j1 / j2
  printf "peak RSS 1x folder   %6.0f MB\n", r1 / 1024
  printf "peak RSS 10x folder  %6.0f MB  (goal < 300, not growing)\n", r10 / 1024
}'
