#!/usr/bin/env bash
# Counts the instructions g++ -O2's compiler proper (cc1plus) executes to compile the
# translation unit scripts/lib/compile_tu.cpp (the umbrella header and one audit), under
# valgrind's cachegrind. Unlike compile time, the count does not move with the machine: this
# project's VMs drift by 10-40% from minute to minute, so a change that makes the compile 5%
# cheaper shows here and nowhere else. It takes about three minutes per count.
#
#   scripts/compile-instructions.sh [INCLUDE_DIR ...]   (default: include)
#
# With several include directories (for example a worktree of the base commit and this one),
# each is counted in turn, then the full compile and the parse alone (-fsyntax-only).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/deps.sh
cxaudit_install_missing g++ valgrind $(cxaudit_boost_package)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scripts/lib/compile_tu.cpp "$tmp/tu.cpp"
# the compiler proper, as the driver runs it (without the assembler)
cc1plus=$(g++ -print-prog-name=cc1plus)
multiarch=$(g++ -print-multiarch)
count() {  # include dir, extra flags...
  local dir=$1
  shift
  if ! valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$cc1plus" -quiet -I "$dir" ${multiarch:+-imultiarch "$multiarch"} -D_GNU_SOURCE \
    "$tmp/tu.cpp" -O2 -std=c++17 "$@" -o "$tmp/tu.s" \
    > "$tmp/log" 2>&1; then
    cat "$tmp/log" >&2
    return 1
  fi
  awk '/I *refs/ { gsub(",", "", $NF); print $NF }' "$tmp/log"
}
for dir in "${@:-include}"; do
  full=$(count "$dir")
  parse=$(count "$dir" -fsyntax-only)
  printf '%s: %s instructions to compile (-O2), %s of them to parse (-fsyntax-only)\n' \
    "$dir" "$full" "$parse"
done
