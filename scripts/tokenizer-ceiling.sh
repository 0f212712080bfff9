#!/usr/bin/env bash
# How fast a tokenizer that classifies each byte once, in 64-byte blocks, could take the words
# of real postings, next to the library's tokenizer and full audit in the same process, and
# what such a tokenizer would make of the audit (see scripts/lib/tokenizer_ceiling.cpp). Reads $1, default ../shared/data/postings.jsonl; pinned
# to CPU 1 when taskset is installed. Needs g++ and libsimdjson-dev (scripts/test.sh installs
# both).
set -euo pipefail
cd "$(dirname "$0")/.."
postings="$(realpath "${1:-../shared/data/postings.jsonl}")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${CXX:-g++}" -std=c++17 -O3 -DNDEBUG -Iinclude -Itests/support \
  scripts/lib/tokenizer_ceiling.cpp -o "$tmp/tokenizer_ceiling" -lsimdjson
pin=()
if command -v taskset > /dev/null; then pin=(taskset -c 1); fi
"${pin[@]}" "$tmp/tokenizer_ceiling" "$postings"
