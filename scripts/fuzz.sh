#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang and runs each for SECONDS (default 60), one
# after the other, on a copy of its seed corpus (fuzz/corpus/<target>/) in a temporary
# directory: nothing is written into the repository but the build directory. Fails when any
# target finds a crash, a leak, a timeout or an out-of-memory; its reproducer is kept and named.
#
#   bash scripts/fuzz.sh [SECONDS]
#
# A long campaign, each target to 10 million executions (about 25–100 min per target per core
# under ASan+UBSan on a 2-vCPU machine; run two at once with different CXAUDIT_FUZZ_TARGETS):
#   CXAUDIT_FUZZ_ARGS=-runs=10000000 CXAUDIT_FUZZ_TARGETS=fuzz_audit bash scripts/fuzz.sh 86400
#
# Environment (all optional): CXAUDIT_BUILD_DIR (build/fuzz), CXAUDIT_FUZZ_TARGETS (a subset,
# e.g. "fuzz_tokenizer fuzz_audit"), CXAUDIT_FUZZ_ARGS (more libFuzzer flags, e.g. -jobs=2),
# CXAUDIT_CMAKE_ARGS (more configure arguments, e.g. -DCXAUDIT_FUZZ_SANITIZERS=fuzzer,address),
# CXAUDIT_FUZZ_WORK (where corpora and reproducers go; default a new directory in /tmp),
# CXAUDIT_JOBS (parallel build jobs; default all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/deps.sh

seconds="${1:-60}"
case "$seconds" in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# shellcheck disable=SC2046  # the Boost package name, or nothing
cxaudit_install_missing clang libclang-rt-14-dev cmake make libsimdjson-dev \
  $(cxaudit_boost_package)

all_targets="fuzz_tokenizer fuzz_audit fuzz_lexicon_format fuzz_jsonl_reader fuzz_csv_reader"
targets="${CXAUDIT_FUZZ_TARGETS:-$all_targets}"
build="${CXAUDIT_BUILD_DIR:-build/fuzz}"
# no CMAKE_BUILD_TYPE: its flags would add -DNDEBUG (the targets set -O1 -g themselves)
# shellcheck disable=SC2086,SC2206
cmake_args=(-DCXAUDIT_BUILD_FUZZERS=ON -DCXAUDIT_BUILD_TESTS=OFF -DCXAUDIT_BUILD_EXAMPLES=OFF
            ${CXAUDIT_CMAKE_ARGS:-})
CC=clang CXX=clang++ cmake -S . -B "$build" "${cmake_args[@]}"
# shellcheck disable=SC2086
cmake --build "$build" -j "${CXAUDIT_JOBS:-$(cxaudit_jobs)}" --target $targets

work="${CXAUDIT_FUZZ_WORK:-$(mktemp -d /tmp/cxaudit-fuzz.XXXXXX)}"
mkdir -p "$work"
bin="$(cd "$build/fuzz" && pwd)"
failed=()
summary=()
for t in $targets; do
  corpus="$work/corpus/$t"
  artifacts="$work/artifacts/$t"
  rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  cp -R "fuzz/corpus/$t/." "$corpus/"
  log="$work/$t.log"
  echo "== $t: ${seconds}s on $(find "$corpus" -type f | wc -l) seed files (log: $log)"
  status=0
  # shellcheck disable=SC2086
  (cd "$work" && "$bin/$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
     -timeout=10 -max_len=4096 -print_final_stats=1 -artifact_prefix="$artifacts/" \
     ${CXAUDIT_FUZZ_ARGS:-} "$corpus") >"$log" 2>&1 || status=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
  found="$(find "$artifacts" -type f | head -n 1)"
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    failed+=("$t")
    result="FAILED (exit $status)${found:+, reproducer: $found}"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|\*\*\* fuzz check failed)' "$log" | head -n 5 >&2 || true
  else
    result="ok"
  fi
  line="$(printf '%-20s %12s execs %8s exec/s  %s' "$t" "${execs:-?}" "${rate:-?}" "$result")"
  echo "$line"
  summary+=("$line")
done

echo
echo "== summary (${seconds}s per target; work directory $work)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
rm -rf "$work/corpus"  # reproducers and logs stay; the grown corpora are throwaway
