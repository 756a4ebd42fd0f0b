#!/usr/bin/env python3
"""Mutation run: damaged copies of the corpus PDFs must each give exactly one output line.

Makes MUTANTS_PER_FILE (default 5) mutants of every PDF under the corpus with a fixed seed
(truncated at a random point, random bytes flipped, a run of bytes overwritten inside the
body, two files spliced, a block of bytes repeated), runs `dsx extract` over them in one
batch, and checks: exactly one JSON line (a record or an error) per mutant, each path once,
exit code 0 or 2 (never a crash of dsx itself), and the peak RSS of dsx and its largest
worker (wait4) under the --max-memory given. Prints the error kinds seen.

Usage: scripts/mutation_run.py [--dsx PATH] [--corpus DIR] [--seed N] [--max-memory 1G]
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile
import threading


def mutants(data: bytes, other: bytes, rng: random.Random):
    n = len(data)
    # truncated
    yield "trunc", data[: rng.randrange(1, n)]
    # a few random bytes flipped anywhere
    b = bytearray(data)
    for _ in range(rng.randrange(1, 20)):
        i = rng.randrange(n)
        b[i] ^= 1 << rng.randrange(8)
    yield "flip", bytes(b)
    # a run of random bytes in the body (streams, xref, objects)
    b = bytearray(data)
    i = rng.randrange(n)
    run = rng.randrange(1, 512)
    b[i : i + run] = bytes(rng.randrange(256) for _ in range(min(run, n - i)))
    yield "smash", bytes(b)
    # the head of this file and the tail of another
    yield "splice", data[: rng.randrange(1, n)] + other[rng.randrange(len(other)) :]
    # a block repeated (offsets after it shift)
    i = rng.randrange(n)
    j = min(n, i + rng.randrange(1, 4096))
    yield "repeat", data[:j] + data[i:j] * rng.randrange(2, 20) + data[j:]


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dsx", default=os.path.join(here, "..", "target", "release", "dsx"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus", "pdf"))
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-memory", default="1G")
    ap.add_argument("--timeout", default="30")
    ap.add_argument("-j", "--jobs", default="2")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    sources = sorted(
        os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith(".pdf")
    )
    if not sources:
        print(f"no PDFs in {args.corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dsx-mutants-") as tmp:
        made = []
        for k, src in enumerate(sources):
            data = open(src, "rb").read()
            other = open(sources[(k + 1) % len(sources)], "rb").read()
            stem = os.path.splitext(os.path.basename(src))[0]
            for how, m in mutants(data, other, rng):
                path = os.path.join(tmp, f"{stem}.{how}.pdf")
                with open(path, "wb") as f:
                    f.write(m)
                made.append(path)
        cmd = [
            args.dsx, "extract", "-q", "-j", args.jobs,
            "--max-memory", args.max_memory, "--timeout", args.timeout, tmp,
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        got = {}
        readers = [
            threading.Thread(target=lambda k=k, f=f: got.__setitem__(k, f.read()))
            for k, f in (("out", proc.stdout), ("err", proc.stderr))
        ]
        for t in readers:
            t.start()
        # wait4, not Popen.wait: its rusage has the peak RSS of dsx and its workers
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        for t in readers:
            t.join()
        out, err = got["out"], got["err"]
        code = proc.returncode
        peak = usage.ru_maxrss
        lines = out.decode("utf-8").splitlines()
        paths = collections.Counter()
        kinds = collections.Counter()
        for line in lines:
            v = json.loads(line)
            if "error" in v:
                paths[v["error"]["path"]] += 1
                kinds[v["error"]["kind"]] += 1
            else:
                paths[v["source"]["path"]] += 1
                kinds["(record)"] += 1
        problems = []
        if code not in (0, 2):
            problems.append(f"exit code {code}: {err.decode(errors='replace')[-2000:]}")
        if len(lines) != len(made):
            problems.append(f"{len(lines)} lines for {len(made)} inputs")
        missing = [p for p in made if paths[p] != 1]
        if missing:
            problems.append(f"{len(missing)} inputs without exactly one line, e.g. {missing[:3]}")
        print(f"{len(made)} mutants of {len(sources)} PDFs (seed {args.seed}), exit code {code}")
        print(f"peak RSS (dsx or its largest worker): {peak / 1024:.0f} MB "
              f"(--max-memory {args.max_memory})")
        for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {n:4d} {kind}")
        for p in problems:
            print("PROBLEM:", p)
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
