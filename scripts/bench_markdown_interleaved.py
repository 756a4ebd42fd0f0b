#!/usr/bin/env python3
"""The Markdown benchmark of scripts/bench_markdown.sh, with the runs interleaved.

hyperfine runs all the runs of one command, then all of the next. On a shared or virtual
machine the state drifts between those blocks (other load, huge pages the kernel has or has
not yet compacted), and one block can come out 10-20 % slower than the same binary run a
minute later. Here each round runs every command once, in an order that rotates from round
to round, so drift falls on all of them alike. Prints, per command, the fastest run, the
25th percentile and the median (wall-clock ms) and each as a ratio of the bare
pulldown-cmark pass (examples/bare_parse.rs).

Usage: scripts/bench_markdown_interleaved.py [CORPUS_DIR]  (default ../shared/corpus)
ROUNDS sets the number of rounds (default 100). Builds the release binaries first.
"""

import os
import statistics
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(root)
corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
dirs = [f"{corpus}/md", f"{corpus}/md-pymupdf4llm"]
rounds = int(os.environ.get("ROUNDS", "100"))
target = os.environ.get("CARGO_TARGET_DIR", "target")
subprocess.run(
    ["cargo", "build", "--release", "--quiet", "--bin", "dsx", "--example", "bare_parse"],
    check=True,
)
dsx = f"{target}/release/dsx"
commands = [
    ("bare pulldown-cmark pass", [f"{target}/release/examples/bare_parse", *dirs]),
    ("dsx extract -j 1", [dsx, "extract", "-q", "-j", "1", *dirs]),
    ("dsx extract -j 2", [dsx, "extract", "-q", "-j", "2", *dirs]),
]
times = [[] for _ in commands]
with open(os.devnull, "wb") as null:
    for _, argv in commands:  # warm the page cache
        subprocess.run(argv, stdout=null, stderr=null)
    for r in range(rounds):
        order = list(range(len(commands)))
        order = order[r % len(order):] + order[: r % len(order)]
        for i in order:
            start = time.perf_counter()
            # dsx exits 2 by design: the corpus holds one empty file
            subprocess.run(commands[i][1], stdout=null, stderr=null)
            times[i].append((time.perf_counter() - start) * 1e3)


def figures(ts):
    ts = sorted(ts)
    return ts[0], ts[len(ts) // 4], statistics.median(ts)


files = sum(1 for d in dirs for _, _, fs in os.walk(d) for f in fs if f.endswith(".md"))
print(f"files: {files}, {rounds} interleaved rounds")
base = figures(times[0])
for (name, _), ts in zip(commands, times):
    f = figures(ts)
    ratio = " / ".join(f"{x / b:.2f}x" for x, b in zip(f, base))
    print(
        f"{name + ':':27}fastest {f[0]:.1f} ms  p25 {f[1]:.1f} ms  median {f[2]:.1f} ms"
        f"  -> {ratio} the bare parse"
    )
