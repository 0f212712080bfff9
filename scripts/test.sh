#!/usr/bin/env bash
# Sets up what is missing, builds everything, and runs the whole test suite through CTest.
# Environment (all optional): CXAUDIT_BUILD_DIR (build/test), CXAUDIT_BUILD_TYPE (Release),
# CC/CXX (compilers), CXAUDIT_SANITIZE (e.g. address,undefined), CXAUDIT_CMAKE_ARGS (extra
# configure arguments), CXAUDIT_BUILD_TARGETS (build only these targets), CXAUDIT_CTEST_ARGS
# (e.g. -R threads_test).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/deps.sh
cxaudit_install_missing ca-certificates g++ make cmake doctest-dev libsimdjson-dev python3 \
  parallel chromium $(cxaudit_boost_package) ${CXAUDIT_EXTRA_PACKAGES:-}

build="${CXAUDIT_BUILD_DIR:-build/test}"
args=(-DCMAKE_BUILD_TYPE="${CXAUDIT_BUILD_TYPE:-Release}" -DCXAUDIT_BUILD_TESTS=ON
      -DCXAUDIT_BUILD_EXAMPLES=ON)
if [ -n "${CXAUDIT_SANITIZE:-}" ]; then
  flags="-fsanitize=${CXAUDIT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all"
  args+=("-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_C_FLAGS=$flags"
         "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=${CXAUDIT_SANITIZE}"
         "-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=${CXAUDIT_SANITIZE}")
fi
# shellcheck disable=SC2086,SC2206
args+=(${CXAUDIT_CMAKE_ARGS:-})
cmake -S . -B "$build" "${args[@]}"
# shellcheck disable=SC2086
cmake --build "$build" -j "$(cxaudit_jobs)" ${CXAUDIT_BUILD_TARGETS:+--target $CXAUDIT_BUILD_TARGETS}
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure -j "$(cxaudit_jobs)" ${CXAUDIT_CTEST_ARGS:-}
