#!/usr/bin/env bash
# Sets up what is missing, builds the cxaudit command-line tool (Release), and audits the
# sample postings in examples/data, printing the table people read.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/deps.sh
cxaudit_install_missing ca-certificates g++ make cmake libsimdjson-dev $(cxaudit_boost_package)

build="${CXAUDIT_BUILD_DIR:-build/release}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCXAUDIT_BUILD_TESTS=OFF \
      -DCXAUDIT_BUILD_EXAMPLES=ON > /dev/null
cmake --build "$build" --target cxaudit_cli -j "$(cxaudit_jobs)"
"$build/examples/cxaudit/cxaudit" --out table --summary examples/data
