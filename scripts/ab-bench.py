#!/usr/bin/env python3
"""Compares two builds' benchmarks side by side, interleaved, on one CPU.

    scripts/ab-bench.py BUILD_A BUILD_B [--program audit_bench] [--filter 'BM_audit_plain$']
                        [--rounds 6] [--min-time 0.5] [--cpu 1]

BUILD_A and BUILD_B are build directories configured with -DCXAUDIT_BUILD_BENCHMARKS=ON (for
example one of a worktree of the base commit: `git worktree add /tmp/base <commit>`, then
`cmake -S /tmp/base -B /tmp/base-build -DCMAKE_BUILD_TYPE=Release -DCXAUDIT_BUILD_BENCHMARKS=ON
-DCXAUDIT_POSTINGS_JSONL=$PWD/../shared/data/postings.jsonl`). Each round runs
<build>/benchmarks/<program> of both builds, A then B in odd rounds and B then A in even ones,
pinned to one CPU with taskset when it is installed. A machine whose speed drifts from minute to
minute (the VMs this project is measured on drift by 10-30%) then slows both builds alike, and
the per-round ratio B/A is what to read: its median and range are printed for every benchmark
the filter selects, with the MiB/s of each build (SetBytesProcessed; Google Benchmark's MiB).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys


def run_once(build, args):
    program = os.path.join(build, "benchmarks", args.program)
    if not os.access(program, os.X_OK):
        sys.exit(f"ab-bench: no benchmark program {program} (build it first)")
    command = [program, f"--benchmark_filter={args.filter}",
               f"--benchmark_min_time={args.min_time}", "--benchmark_format=json"]
    if shutil.which("taskset") and args.cpu >= 0:
        command = ["taskset", "-c", str(args.cpu)] + command
    p = subprocess.run(command, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"ab-bench: {' '.join(command)} failed:\n{p.stderr}")
    found = {b["name"]: b["bytes_per_second"] / 2**20
             for b in json.loads(p.stdout)["benchmarks"] if "bytes_per_second" in b}
    if not found:
        sys.exit(f"ab-bench: the filter {args.filter!r} selects no benchmark with bytes/s")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build_a")
    parser.add_argument("build_b")
    parser.add_argument("--program", default="audit_bench")
    parser.add_argument("--filter", default="BM_audit_plain$")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--min-time", default="0.5")
    parser.add_argument("--cpu", type=int, default=1, help="CPU to pin to; -1 for none")
    args = parser.parse_args()

    results = {}  # benchmark name -> [(a, b)] per round
    for r in range(args.rounds):
        order = ("a", "b") if r % 2 == 0 else ("b", "a")
        got = {which: run_once(args.build_a if which == "a" else args.build_b, args)
               for which in order}
        for name in sorted(got["a"].keys() & got["b"].keys()):
            results.setdefault(name, []).append((got["a"][name], got["b"][name]))
            print(f"round {r + 1}: {name}: A {got['a'][name]:.1f}  B {got['b'][name]:.1f} MiB/s",
                  flush=True)

    print(f"\n{args.program}, {args.rounds} rounds, --benchmark_min_time={args.min_time}:")
    for name, pairs in results.items():
        a = [x for x, _ in pairs]
        b = [y for _, y in pairs]
        ratios = [y / x for x, y in pairs]
        wins = sum(1 for q in ratios if q > 1)
        print(f"  {name}: A {statistics.mean(a):.1f} MiB/s, B {statistics.mean(b):.1f} MiB/s; "
              f"B/A median {statistics.median(ratios):.3f} "
              f"(range {min(ratios):.3f}-{max(ratios):.3f}; B faster in {wins} of {len(pairs)})")


if __name__ == "__main__":
    main()
