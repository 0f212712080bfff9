#!/usr/bin/env bash
# Prints a digest of the tokens the working tree's tokenizer makes of every posting (title and
# text) in a JSON Lines file ($1, default ../shared/data/postings.jsonl). Run it before and
# after a change meant to make the tokenizer faster without changing what it produces: the
# two digests must be equal. (End to end, compare the CLI's JSON Lines output with cmp.)
# Needs g++ and libsimdjson-dev (scripts/test.sh installs both).
set -euo pipefail
cd "$(dirname "$0")/.."
postings="$(realpath "${1:-../shared/data/postings.jsonl}")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${CXX:-g++}" -std=c++17 -O2 -Iinclude -Itests/support scripts/lib/token_digest.cpp \
  -o "$tmp/token_digest" -lsimdjson
"$tmp/token_digest" "$postings"
