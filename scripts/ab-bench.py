#!/usr/bin/env python3
"""Compares two builds' benchmarks side by side, interleaved, on one CPU.

    scripts/ab-bench.py BUILD_A BUILD_B [--program audit_bench] [--filter 'BM_audit_plain$']
                        [--rounds 6] [--min-time 0.5] [--repetitions 1] [--cpu 1]

BUILD_A and BUILD_B are build directories configured with -DCXAUDIT_BUILD_BENCHMARKS=ON (for
example one of a worktree of the base commit: `git worktree add /tmp/base <commit>`, then
`cmake -S /tmp/base -B /tmp/base-build -DCMAKE_BUILD_TYPE=Release -DCXAUDIT_BUILD_BENCHMARKS=ON
-DCXAUDIT_POSTINGS_JSONL=$PWD/../shared/data/postings.jsonl`). Each round runs
<build>/benchmarks/<program> of both builds, A then B in odd rounds and B then A in even ones,
pinned to one CPU with taskset when it is installed. A machine whose speed drifts from minute to
minute (the VMs this project is measured on drift by 10-30%) then slows both builds alike, and
the per-round ratio B/A is what to read: its median and range are printed for every benchmark
the filter selects, with the MiB/s of each build (SetBytesProcessed; Google Benchmark's MiB).

The best run of each build is printed too, and their ratio. Noise on these VMs only ever slows
a run, so the fastest of many short runs is a steadier estimate of what the code can do. With
--repetitions 5 --min-time 0.2 --rounds 8 (40 runs of each build), one binary compared with
itself (tokenizer_bench and audit_bench, plain and HTML; 2026-12-03) gave best-run ratios of
0.990 to 1.027, where the medians of the per-round ratios ranged from 0.911 to 1.036 and single
rounds from 0.72 to 1.34: read a difference of under 3% in either as no difference.
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
               f"--benchmark_min_time={args.min_time}",
               f"--benchmark_repetitions={args.repetitions}", "--benchmark_format=json"]
    if shutil.which("taskset") and args.cpu >= 0:
        command = ["taskset", "-c", str(args.cpu)] + command
    p = subprocess.run(command, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"ab-bench: {' '.join(command)} failed:\n{p.stderr}")
    found = {}  # benchmark name -> MiB/s of each repetition
    for b in json.loads(p.stdout)["benchmarks"]:
        if "bytes_per_second" in b and b.get("run_type", "iteration") == "iteration":
            name = b.get("run_name", b["name"])
            found.setdefault(name, []).append(b["bytes_per_second"] / 2**20)
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
    parser.add_argument("--repetitions", type=int, default=1,
                        help="runs of each benchmark per round (their median is the round's)")
    parser.add_argument("--cpu", type=int, default=1, help="CPU to pin to; -1 for none")
    args = parser.parse_args()

    results = {}  # benchmark name -> [(a, b)] per round
    best = {}  # benchmark name -> (the fastest run of A, of B)
    for r in range(args.rounds):
        order = ("a", "b") if r % 2 == 0 else ("b", "a")
        got = {which: run_once(args.build_a if which == "a" else args.build_b, args)
               for which in order}
        for name in sorted(got["a"].keys() & got["b"].keys()):
            a, b = statistics.median(got["a"][name]), statistics.median(got["b"][name])
            results.setdefault(name, []).append((a, b))
            best_a, best_b = best.get(name, (0.0, 0.0))
            best[name] = (max(best_a, *got["a"][name]), max(best_b, *got["b"][name]))
            print(f"round {r + 1}: {name}: A {a:.1f}  B {b:.1f} MiB/s", flush=True)

    print(f"\n{args.program}, {args.rounds} rounds of {args.repetitions} "
          f"(--benchmark_min_time={args.min_time}):")
    for name, pairs in results.items():
        a = [x for x, _ in pairs]
        b = [y for _, y in pairs]
        ratios = [y / x for x, y in pairs]
        wins = sum(1 for q in ratios if q > 1)
        best_a, best_b = best[name]
        print(f"  {name}: A {statistics.mean(a):.1f} MiB/s, B {statistics.mean(b):.1f} MiB/s; "
              f"B/A median {statistics.median(ratios):.3f} "
              f"(range {min(ratios):.3f}-{max(ratios):.3f}; B faster in {wins} of {len(pairs)}); "
              f"best runs A {best_a:.1f}, B {best_b:.1f}: B/A {best_b / best_a:.3f}")


if __name__ == "__main__":
    main()
