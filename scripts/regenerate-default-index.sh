#!/usr/bin/env bash
# Recompiles the built-in lexicon's matching tables ahead of time
# (include/cxaudit/detail/lexicon/default_index.hpp) from its entries. Run it after changing a
# built-in entry; tests/default_index_test.cpp fails until the tables match the entries.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${CXX:-g++}" -std=c++17 -O1 -Iinclude scripts/lib/print_default_index.cpp -o "$tmp/print"
"$tmp/print" > "$tmp/default_index.hpp"
mv "$tmp/default_index.hpp" include/cxaudit/detail/lexicon/default_index.hpp
echo "wrote include/cxaudit/detail/lexicon/default_index.hpp"
