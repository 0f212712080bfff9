#!/usr/bin/env bash
# Times g++ -O2 on one translation unit that includes <cxaudit/cxaudit.hpp> and audits a
# posting, in both ways of using the library:
#   header-only (the default): fails above BUDGET seconds ($1, default 6);
#   separate compilation (-DCXAUDIT_SEPARATE_COMPILATION, the grammar compiled once in a file
#   that includes <cxaudit/src.hpp>): the same file fails above SEPARATE_BUDGET ($2, default
#   3); the one-off src.hpp file is timed too, for information.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-6}"
separate_budget="${2:-3}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scripts/lib/compile_tu.cpp "$tmp/tu.cpp"
echo '#include <cxaudit/src.hpp>' > "$tmp/src.cpp"
# CPU seconds (user + system) of the compiler, best of three: unlike wall time it does not
# count waiting for a core that another job holds. Wall time is printed too.
python3 - "$tmp" "$budget" "$separate_budget" <<'PY'
import resource, subprocess, sys, time
tmp, budget, separate_budget = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])

def best_of_3(source, *flags):
    best_cpu = best_wall = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run(["g++", "-std=c++17", "-O2", *flags, "-Iinclude", "-c",
                        f"{tmp}/{source}.cpp", "-o", f"{tmp}/{source}{len(flags)}.o"],
                       check=True)
        wall = time.monotonic() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        best_wall = wall if best_wall is None else min(best_wall, wall)
    return best_cpu, best_wall

sep = ["-DCXAUDIT_SEPARATE_COMPILATION"]
# This project's VMs have slow spells that make a compile take up to 1.5 times as long for a
# minute or two. A figure over budget is measured again (up to three rounds, a pause between
# them) and the best of all rounds counts: a real regression stays over budget in every round.
header_cpu = header_wall = separate_cpu = separate_wall = src_cpu = src_wall = None
for attempt in range(3):
    if attempt > 0:
        print(f"  over budget (header-only {header_cpu:.2f} s, separate {separate_cpu:.2f} s): "
              "measuring again in 30 s", flush=True)
        time.sleep(30)
    h = best_of_3("tu")
    s = best_of_3("tu", *sep)
    c = best_of_3("src", *sep)
    if header_cpu is None or h[0] < header_cpu:
        header_cpu, header_wall = h
    if separate_cpu is None or s[0] < separate_cpu:
        separate_cpu, separate_wall = s
    if src_cpu is None or c[0] < src_cpu:
        src_cpu, src_wall = c
    if header_cpu <= budget and separate_cpu <= separate_budget:
        break
subprocess.run(["g++", f"{tmp}/tu1.o", f"{tmp}/src1.o", "-o", f"{tmp}/app"], check=True)
linked = subprocess.run([f"{tmp}/app"]).returncode  # the number of findings: links and runs
print(f"compile time, g++ -O2, umbrella header + one audit, best of {3 * (attempt + 1)} "
      "(CPU s, wall s):")
print(f"  header-only:                    {header_cpu:.2f} s CPU, {header_wall:.2f} s wall "
      f"(budget {budget:g} s CPU)")
print(f"  CXAUDIT_SEPARATE_COMPILATION:   {separate_cpu:.2f} s CPU, {separate_wall:.2f} s wall "
      f"(budget {separate_budget:g} s CPU)")
print(f"    + once per program, src.hpp:  {src_cpu:.2f} s CPU, {src_wall:.2f} s wall "
      f"(linked program found {linked} findings)")
ok = header_cpu <= budget and separate_cpu <= separate_budget and linked > 0
sys.exit(0 if ok else 1)
PY
