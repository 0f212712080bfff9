#!/usr/bin/env python3
"""Compares two builds of the cxaudit program end to end, interleaved, on the same input.

    scripts/cli-ab.py PROGRAM_A PROGRAM_B FILE [--threads 2] [--rounds 8]

PROGRAM_A and PROGRAM_B are two cxaudit executables (for example
<build>/examples/cxaudit/cxaudit of a worktree of the base commit and of the head); FILE is a
JSON Lines file of postings (../shared/data/postings.jsonl, or a larger one made by
concatenating it). Each round runs `PROGRAM --in jsonl --out jsonl --threads N FILE >
/dev/null` for both, A then B in odd rounds and B then A in even ones, and times each run (wall
clock, start-up included). The VMs this project is measured on drift by 10-30% from minute to
minute; interleaving slows both builds alike, so the per-round ratio A/B (above 1: B is faster)
is the figure to read. It prints the median time of each and the median and range of the ratio.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(program, path, threads):
    start = time.monotonic()
    p = subprocess.run([program, "--in", "jsonl", "--out", "jsonl", "--threads", str(threads),
                        path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"cli-ab: {program} exited with {p.returncode}:\n{p.stderr}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("program_a")
    parser.add_argument("program_b")
    parser.add_argument("file")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    for program in (args.program_a, args.program_b):
        if not os.access(program, os.X_OK):
            sys.exit(f"cli-ab: {program} is not an executable")
    if not os.path.isfile(args.file):
        sys.exit(f"cli-ab: no input file {args.file}")
    times_a, times_b = [], []
    for r in range(1, args.rounds + 1):
        if r % 2 == 1:
            a = run_once(args.program_a, args.file, args.threads)
            b = run_once(args.program_b, args.file, args.threads)
        else:
            b = run_once(args.program_b, args.file, args.threads)
            a = run_once(args.program_a, args.file, args.threads)
        times_a.append(a)
        times_b.append(b)
        print(f"round {r}: A {a:.3f} s  B {b:.3f} s", flush=True)
    ratios = [a / b for a, b in zip(times_a, times_b)]
    size = os.path.getsize(args.file) / 2**20
    print(f"\n{args.rounds} rounds, --threads {args.threads}, {size:.0f} MiB:")
    print(f"  A {statistics.median(times_a):.3f} s, B {statistics.median(times_b):.3f} s; "
          f"A/B median {statistics.median(ratios):.3f} (range {min(ratios):.3f}-"
          f"{max(ratios):.3f}; B faster in {sum(x > 1 for x in ratios)} of {args.rounds})")


if __name__ == "__main__":
    main()
