#!/usr/bin/env bash
# Times g++ -O2 on one translation unit that includes <cxaudit/cxaudit.hpp> and audits a
# posting; prints the seconds and fails when they exceed the budget given as $1 (default 6).
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${1:-6}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/tu.cpp" <<'CPP'
#include <cxaudit/cxaudit.hpp>
int main() {
  return static_cast<int>(
      cxaudit::audit("Customer Experience Associate", "Run the register.").findings.size());
}
CPP
best=""
for _ in 1 2 3; do
  t0=$(date +%s.%N)
  g++ -std=c++17 -O2 -Iinclude -c "$tmp/tu.cpp" -o "$tmp/tu.o"
  t1=$(date +%s.%N)
  s=$(echo "$t1 - $t0" | bc -l 2>/dev/null || python3 -c "print($t1 - $t0)")
  if [ -z "$best" ] || [ "$(python3 -c "print(1 if $s < $best else 0)")" = 1 ]; then best=$s; fi
done
printf 'compile time (g++ -O2, umbrella header + one audit, best of 3): %.2f s (budget %s s)\n' "$best" "$budget"
python3 -c "import sys; sys.exit(0 if $best <= $budget else 1)"
